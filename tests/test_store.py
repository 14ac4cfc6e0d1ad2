"""Tests of the SQLite claim store: contents, queries, import/export, versions and crash safety."""

from __future__ import annotations

import csv
import errno
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack import formats, quantities, store
from claimtrack.exceptions import (
    ClaimFormatError,
    InvalidClaim,
    StoreError,
    StoreVersionError,
    UnitParseError,
)
from claimtrack.model import Claim, Figure, Hedge, Provenance, Source
from claimtrack.store import SCHEMA_VERSION, ClaimStore, ImportResult

ROOT = Path(__file__).resolve().parent.parent
T0 = datetime(2022, 2, 10, 9, 0, tzinfo=UTC)

# ---------------------------------------------------------------------------
# Helpers and strategies
# ---------------------------------------------------------------------------


def make(
    value: float = 100_000,
    *,
    subject: str = "Russian troops near Ukraine",
    source: str = "US officials",
    unit: str = "troops",
    minutes: int | None = 0,
    tags: tuple[str, ...] = (),
) -> Claim:
    """Build a small claim stated ``minutes`` after T0."""
    return Claim(
        subject=subject,
        figure=Figure.of(value, unit),
        source=Source(source),
        stated_at=None if minutes is None else T0 + timedelta(minutes=minutes),
        tags=tags,
    )


def first_of_each_id(claims: list[Claim]) -> list[Claim]:
    """Return the first claim of each id, in order of first appearance."""
    first: dict[str, Claim] = {}
    for claim in claims:
        first.setdefault(claim.id, claim)
    return list(first.values())


def run_python(code: str, *args: str) -> subprocess.Popen[bytes]:
    """Start ``python -c code args`` with the project importable."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def sha256(path: Path) -> str:
    """Return the hex digest of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def signed_zero_figure(low: float | None, high: float | None, hedge: Hedge, unit: str) -> Figure:
    """Build a figure of value -0.0 with these bounds, or plain -0.0 if they are invalid."""
    name = quantities.canonical_unit_name(unit)
    try:
        return Figure(-0.0, low, high, hedge, name)
    except InvalidClaim:
        return Figure(-0.0, -0.0, 0.0, Hedge.EXACT, name)


OFFSETS = st.sampled_from(
    [UTC, timezone(timedelta(hours=1)), timezone(timedelta(hours=-9, minutes=-30))]
)
AWARE = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=OFFSETS
)
TEXT = st.text(st.characters(codec="utf-8"), max_size=12)
NAMES = TEXT.filter(lambda s: bool(s.strip()))
UNITS = st.sampled_from(["troops", "count", "tanks", "km", "percent", "dollar"])
HEDGES = st.sampled_from([h for h in Hedge if h not in (Hedge.RANGE, Hedge.VAGUE)])
FIGURES = st.builds(
    Figure.of,
    st.integers(0, 10**7) | st.floats(0, 1e9, allow_nan=False, allow_infinity=False),
    UNITS,
    hedge=HEDGES,
    text=TEXT,
) | st.builds(
    lambda low, high, hedge, unit: signed_zero_figure(low, high, hedge, unit),
    st.sampled_from([None, -0.0, 0.0]),
    st.sampled_from([None, -0.0, 0.0, 2.5]),
    HEDGES,
    UNITS,
)
SOURCES = st.recursive(
    st.builds(Source, NAMES, st.none() | NAMES),
    lambda inner: st.builds(Source, NAMES, st.none() | NAMES, inner),
    max_leaves=3,
)
PROVENANCES = st.builds(
    Provenance,
    url=st.none() | TEXT,
    published=st.none() | AWARE,
    outlet=st.none() | TEXT,
    document=st.none() | TEXT,
    quote=st.none() | TEXT,
    span=st.none() | st.tuples(st.integers(0, 999), st.integers(0, 999)).map(sorted).map(tuple),
)
CLAIMS = st.builds(
    Claim,
    subject=NAMES,
    figure=FIGURES,
    source=SOURCES,
    stated_at=st.none() | AWARE,
    valid_at=st.none() | AWARE,
    provenance=PROVENANCES,
    key=st.none() | NAMES,
    parts_of=st.none() | NAMES,
    group=st.none() | NAMES,
    tags=st.frozensets(NAMES, max_size=3),
)
# Few subjects and sources, so that queries and duplicates have something to find.
SMALL_CLAIMS = st.builds(
    make,
    st.integers(0, 5),
    subject=st.sampled_from(["troops", "tanks in Belarus", "Troops at the border"]),
    source=st.sampled_from(["Pentagon", "Kremlin"]),
    minutes=st.none() | st.integers(-3, 3),
    tags=st.sampled_from([(), ("a",), ("a", "b")]),
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[ClaimStore]:
    """Yield a fresh store in a temporary file."""
    with ClaimStore(tmp_path / "claims.db") as opened:
        yield opened


# ---------------------------------------------------------------------------
# Contents
# ---------------------------------------------------------------------------


def test_add_stores_a_claim_once(db: ClaimStore) -> None:
    """add() returns True for a new claim and False for the same claim again."""
    claim = make()
    assert db.add(claim) is True
    assert db.add(make()) is False
    assert len(db) == 1
    assert db.get(claim.id) == claim


def test_add_many_counts_only_new_claims(db: ClaimStore) -> None:
    """add_many() returns the number of new claims, ignoring repeats in and across batches."""
    first = [make(n) for n in range(5)]
    assert db.add_many(first) == 5
    assert db.add_many([make(3), make(7), make(7), make(8)]) == 2
    assert len(db) == 7


def test_first_of_two_claims_with_one_id_keeps_its_tags(db: ClaimStore) -> None:
    """A claim differing only by tags has the stored claim's id and leaves it unchanged."""
    plain, tagged = make(), make(tags=("x",))
    assert plain.id == tagged.id
    assert db.add_many([plain, tagged]) == 1
    assert db.get(plain.id).tags == frozenset()
    assert db.count(tag="x") == 0
    assert db.add(tagged) is False
    assert db.count(tag="x") == 0


def test_get_missing_id_raises_key_error(db: ClaimStore) -> None:
    """get() of an unknown id raises KeyError naming the id."""
    with pytest.raises(KeyError, match="nope"):
        db.get("nope")


def test_contains_accepts_claims_and_ids(db: ClaimStore) -> None:
    """`in` works with a claim or its id, and is False for other objects."""
    claim = make()
    assert claim not in db
    db.add(claim)
    assert claim in db
    assert claim.id in db
    assert make(5) not in db
    assert 42 not in db


def test_iteration_yields_all_claims_in_insertion_order(db: ClaimStore) -> None:
    """Iterating a store yields every claim, in the order they were first added."""
    claims = [make(n, minutes=-n) for n in range(4500)]  # more than one page
    db.add_many(claims)
    assert list(db) == claims


def test_add_many_is_all_or_nothing(db: ClaimStore) -> None:
    """An error in the middle of add_many() leaves the store as it was."""
    db.add(make(1))

    def claims() -> Iterator[Claim]:
        for n in range(30_000):  # more than one executemany chunk
            yield make(n + 10)
        raise RuntimeError("source failed")

    with pytest.raises(RuntimeError, match="source failed"):
        db.add_many(claims())
    with pytest.raises(TypeError, match="expected a Claim"):
        db.add_many([make(2), "not a claim"])  # type: ignore[list-item]
    assert len(db) == 1
    assert [c.figure.value for c in db] == [1.0]


def test_delete_by_id_and_by_claim(db: ClaimStore) -> None:
    """delete() takes ids or claims, returns how many were stored, and drops their tags."""
    claims = [make(n, tags=("t",)) for n in range(4)]
    db.add_many(claims)
    assert db.delete([claims[0].id, claims[1], "unknown"]) == 2
    assert db.delete(claims[2]) == 1
    assert db.delete(claims[2].id) == 0
    assert list(db) == [claims[3]]
    assert db.count(tag="t") == 1
    db.add(make(0))  # same id as claims[0], now without tags
    assert db.count(tag="t") == 1


def test_subjects_are_counted_most_claimed_first(db: ClaimStore) -> None:
    """subjects() lists each subject with its count, most claimed first, ties by name."""
    db.add_many([make(n, subject="b") for n in range(3)] + [make(n, subject="a") for n in range(3)])
    db.add(make(1, subject="c"))
    db.add_many([make(n, subject="d") for n in range(5)])
    assert db.subjects() == [("d", 5), ("a", 3), ("b", 3), ("c", 1)]


# ---------------------------------------------------------------------------
# Queries
# ---------------------------------------------------------------------------


def test_query_filters(db: ClaimStore) -> None:
    """Each query filter selects the matching claims, and count() agrees with query()."""
    claims = [
        make(1, subject="Russian troops near Ukraine", source="Pentagon", minutes=0),
        make(2, subject="Russian troops in Belarus", source="Kremlin", minutes=10, tags=("x",)),
        make(3, subject="tanks in Belarus", unit="tanks", source="Pentagon", minutes=20),
        make(4, subject="distance", unit="km", source="Kremlin", minutes=None, tags=("x", "y")),
        make(5, subject="soldiers", unit="soldiers", source="Pentagon", minutes=30),
    ]
    db.add_many(claims)

    def values(**filters: object) -> list[float | None]:
        found = db.query(**filters)  # type: ignore[arg-type]
        filters.pop("limit", None)
        assert db.count(**filters) >= len(found)  # type: ignore[arg-type]
        return [c.figure.value for c in found]

    assert values(subject="tanks in Belarus") == [3]
    assert values(subject_like="russian troops%") == [1, 2]
    assert values(subject_like="%belarus") == [2, 3]
    assert values(source="Pentagon") == [1, 3, 5]
    assert values(since=T0 + timedelta(minutes=10)) == [2, 3, 5]
    assert values(until=T0 + timedelta(minutes=10)) == [1]
    assert values(
        since=T0.astimezone(timezone(timedelta(hours=5))), until=T0 + timedelta(minutes=21)
    ) == [1, 2, 3]
    assert values(dimension="[person]") == [1, 2, 5]
    assert values(dimension="troops") == [1, 2, 5]
    assert values(dimension="[length]") == [4]
    assert values(unit="troops") == [1, 2]
    assert values(unit="soldier") == [5]
    assert values(tag="x") == [2, 4]
    assert values(tag="y") == [4]
    assert values(source="Pentagon", since=T0 + timedelta(minutes=1), unit="tank") == [3]
    assert values(limit=2) == [1, 2]
    assert values(limit=0) == []
    assert values() == [1, 2, 3, 4, 5]
    assert db.count(source="Kremlin") == 2
    assert db.count() == 5


def test_query_rejects_naive_datetimes_bad_limits_and_units(db: ClaimStore) -> None:
    """Naive since/until, a negative limit and an unknown unit raise errors."""
    with pytest.raises(ValueError, match="since must be a timezone-aware"):
        db.query(since=datetime(2022, 2, 10))
    with pytest.raises(ValueError, match="limit"):
        db.query(limit=-1)
    with pytest.raises(UnitParseError):
        db.query(unit="no such unit at all")


@given(st.lists(SMALL_CLAIMS, max_size=25), st.integers(-4, 4))
def test_query_agrees_with_filtering_in_python(claims: list[Claim], minutes: int) -> None:
    """query() returns what filtering the distinct claims in Python returns, in insertion order."""
    distinct = first_of_each_id(claims)
    moment = T0 + timedelta(minutes=minutes)
    with ClaimStore(":memory:") as db:
        assert db.add_many(claims) == len(distinct)
        assert db.query() == distinct
        for subject in ("troops", "Troops at the border"):
            assert db.query(subject=subject) == [c for c in distinct if c.subject == subject]
        assert db.query(source="Kremlin", tag="a") == [
            c for c in distinct if c.source.name == "Kremlin" and "a" in c.tags
        ]
        early = db.query(until=moment)
        late = db.query(since=moment)
        assert early == [c for c in distinct if c.stated_at is not None and c.stated_at < moment]
        assert late == [c for c in distinct if c.stated_at is not None and c.stated_at >= moment]
        assert db.count(until=moment) + db.count(since=moment) == sum(
            c.stated_at is not None for c in distinct
        )
        subjects = {s: sum(c.subject == s for c in distinct) for s in {c.subject for c in distinct}}
        assert dict(db.subjects()) == subjects


def test_subject_contains_folds_any_case_and_takes_wildcards_literally(db: ClaimStore) -> None:
    """subject_contains matches casefolded text, beyond ASCII, with % and _ as plain characters."""
    db.add_many(
        [
            make(1, subject="Évacués de Kherson"),
            make(2, subject="a_b troops"),
            make(3, subject="axb troops"),
            make(4, subject="100% turnout"),
            make(5, subject="1000 turnout"),
            make(6, subject="STRASSE blocked"),
        ]
    )

    def values(text: str) -> list[float | None]:
        found = db.query(subject_contains=text)
        assert db.count(subject_contains=text) == len(found)
        return [c.figure.value for c in found]

    assert values("ÉVACUÉS") == values("évacués") == [1]
    assert values("a_b") == [2]
    assert values("100%") == [4]
    assert values("straße") == [6]  # casefold: ß is ss
    assert values("") == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize("field", ["subject", "source"])
@given(
    names=st.lists(
        st.sampled_from(["Évacués", "ÉVACUÉS x", "a_b", "axb", "100%", "ǅ ß"]), max_size=6
    ),
    text=TEXT,
)
def test_contains_agrees_with_casefold_in_python(field: str, names: list[str], text: str) -> None:
    """query(subject_contains=t) and query(source_contains=t) keep what str.casefold keeps."""
    claims = [make(n, **{field: name}) for n, name in enumerate(names)]

    def name_of(claim: Claim) -> str:
        return claim.subject if field == "subject" else claim.source.name

    with ClaimStore(":memory:") as db:
        db.add_many(claims)
        for wanted in (text, *names, *(name[1:3] for name in names)):
            expected = [c for c in claims if wanted.casefold() in name_of(c).casefold()]
            assert db.query(**{f"{field}_contains": wanted}) == expected


def test_source_contains_folds_case_and_matches_the_claimant_only(
    db: ClaimStore, tmp_path: Path
) -> None:
    """source_contains matches the claimant's casefolded name, not a relay's, also in export."""
    claims = [
        make(1, source="Pentagon"),
        make(2, source="the PENTAGON's spokesman"),
        make(3, source="Ministère des Armées"),
        make(4, source="100% Fact"),
        Claim(
            subject="troops",
            figure=Figure.of(5, "troops"),
            source=Source("Russia's Defence Ministry", reported_by=Source("Interfax")),
        ),
    ]
    db.add_many(claims)

    def values(text: str) -> list[float | None]:
        found = db.query(source_contains=text)
        assert db.count(source_contains=text) == len(found)
        return [c.figure.value for c in found]

    assert values("pentagon") == [1, 2]
    assert values("MINISTÈRE") == [3]
    assert values("ministry") == [5]
    assert values("interfax") == []  # the relay is not the source
    assert values("0%") == [4]
    assert values("%") == [4]  # no wildcard
    assert values("") == [1, 2, 3, 4, 5]
    assert [c.figure.value for c in db.query(source_contains="pentagon", source="Pentagon")] == [1]
    out = tmp_path / "pentagon.jsonl"
    assert db.export(out, source_contains="PENTAGON", limit=1) == 1
    assert formats.read_jsonl(out) == [claims[0]]


# ---------------------------------------------------------------------------
# Round trip (Hypothesis)
# ---------------------------------------------------------------------------


@given(st.lists(CLAIMS, max_size=8))
def test_claims_read_back_equal_the_originals(claims: list[Claim]) -> None:
    """Claims added then read back by get() and by iteration equal the originals, field by field."""
    distinct = first_of_each_id(claims)
    with ClaimStore(":memory:") as db:
        db.add_many(claims)
        assert list(db) == distinct
        for claim in distinct:
            back = db.get(claim.id)
            assert back == claim
            assert formats.claim_to_dict(back) == formats.claim_to_dict(claim)


def test_claims_with_default_fields_need_no_extra_record(db: ClaimStore) -> None:
    """A claim whose optional fields are all default is stored in columns only (no JSON)."""
    claims = [make(1), make(2, tags=("t",)), make(-0.0), make(3, minutes=None)]
    db.add_many(claims)
    extras = [row[0] for row in db._db.execute("SELECT extra FROM claims ORDER BY rowid")]
    assert (extras[0], extras[1], extras[3]) == (None, '{"tags":["t"]}', None)
    assert extras[2].startswith('{"value":-0.0')
    assert list(db) == claims
    assert str(db.get(claims[2].id).figure.value) == "-0.0"


@given(st.lists(CLAIMS, min_size=1, max_size=6))
def test_row_and_reader_round_trip_exactly(claims: list[Claim]) -> None:
    """Rows written then read back rebuild each claim with an identical dict form."""
    with ClaimStore(":memory:") as db:
        db.add_many(claims)
        for claim in first_of_each_id(claims):
            row = db._db.execute(f"{store._SELECT} WHERE c.id = ?", (claim.id,)).fetchone()
            back = store._Reader().claim(row)
            assert back == claim
            assert json.dumps(formats.claim_to_dict(back)) == json.dumps(
                formats.claim_to_dict(claim)
            )


def test_same_name_sources_and_units_of_one_dimension_are_found(db: ClaimStore) -> None:
    """Queries by source name, unit and dimension match every interned variant."""
    direct = make(1, source="NATO")
    relayed = Claim(
        subject="troops",
        figure=Figure.of(2, "soldiers"),
        source=Source("NATO", kind="alliance", reported_by=Source("AFP", kind="agency")),
    )
    db.add_many([direct, relayed, make(3, source="AFP", unit="tanks")])
    assert db.query(source="NATO") == [direct, relayed]
    assert db.query(source="AFP") == [make(3, source="AFP", unit="tanks")]
    assert db.query(dimension="[person]") == [direct, relayed]
    assert db.query(unit="soldier") == [relayed]
    assert db.count(unit="tank") == 1


def test_interned_values_survive_a_rolled_back_import(db: ClaimStore) -> None:
    """A failed add_many that created new subjects and sources leaves later adds correct."""

    def claims() -> Iterator[Claim]:
        yield make(1, subject="never stored", source="ghost")
        raise RuntimeError("source failed")

    with pytest.raises(RuntimeError):
        db.add_many(claims())
    kept = make(2, subject="kept", source="real")
    db.add(kept)
    assert list(db) == [kept]
    assert db.subjects() == [("kept", 1)]
    assert db.query(source="ghost") == []


def test_claims_survive_closing_and_reopening(tmp_path: Path) -> None:
    """A store reopened from its file holds the same claims and schema version."""
    path = tmp_path / "claims.db"
    claims = [make(n, tags=("kept",)) for n in range(10)]
    with ClaimStore(path) as db:
        db.add_many(claims)
    with ClaimStore(path) as db:
        assert list(db) == claims
        assert db.count(tag="kept") == 10
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


# ---------------------------------------------------------------------------
# Opening: versions, migrations, bad files
# ---------------------------------------------------------------------------


def test_newer_store_raises_version_error_and_is_untouched(tmp_path: Path) -> None:
    """A newer-schema store raises StoreVersionError naming both versions; file unchanged."""
    path = tmp_path / "future.db"
    with ClaimStore(path) as db:
        db.add(make())
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    raw.execute("PRAGMA journal_mode=DELETE")
    raw.close()
    before = sha256(path)
    with pytest.raises(StoreVersionError) as caught:
        ClaimStore(path)
    message = str(caught.value)
    assert str(path) in message
    assert f"version {SCHEMA_VERSION + 1}" in message
    assert f"up to {SCHEMA_VERSION}" in message
    assert sha256(path) == before
    assert not Path(f"{path}-wal").exists()


def test_older_store_is_migrated_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening a store of an older schema applies each later migration once and keeps the claims."""
    path = tmp_path / "old.db"
    with ClaimStore(path) as db:
        db.add(make())
    applied: list[int] = []

    def to_v2(conn: sqlite3.Connection) -> None:
        applied.append(2)
        conn.execute("CREATE TABLE notes (text TEXT)")

    def to_v3(conn: sqlite3.Connection) -> None:
        applied.append(3)
        conn.execute("INSERT INTO notes VALUES ('v3')")

    monkeypatch.setattr(store, "_MIGRATIONS", [*store._MIGRATIONS, to_v2, to_v3])
    monkeypatch.setattr(store, "SCHEMA_VERSION", SCHEMA_VERSION + 2)
    with ClaimStore(path) as db:
        assert list(db) == [make()]
    with ClaimStore(path):
        pass
    assert applied == [2, 3]
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 2
        assert raw.execute("SELECT text FROM notes").fetchall() == [("v3",)]


def write_v1_store(path: Path, claims: list[Claim]) -> None:
    """Write a schema version 1 store holding these claims, as claimtrack 0.1 wrote it."""
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("BEGIN")
    for statement in store._V1_DDL:
        raw.execute(statement)
    for claim in claims:
        f = claim.figure
        stated = claim.stated_at
        raw.execute(
            "INSERT OR IGNORE INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                claim.id,
                claim.subject,
                claim.source.name,
                None if stated is None else (stated - store._EPOCH) // timedelta(microseconds=1),
                f.unit,
                quantities.dimension(f.unit),
                f.value,
                f.low,
                f.high,
                json.dumps(formats.claim_to_dict(claim), separators=(",", ":")),
            ),
        )
        raw.executemany(
            "INSERT OR IGNORE INTO claim_tags VALUES (?, ?)", [(claim.id, t) for t in claim.tags]
        )
    raw.execute("PRAGMA user_version=1")
    raw.execute("COMMIT")
    raw.close()


def test_version_1_store_is_migrated_with_order_tags_and_queries(tmp_path: Path) -> None:
    """A schema 1 store opens as the current schema with its claims, order, tags and queries."""
    path = tmp_path / "v1.db"
    relayed = Source("NATO", kind="alliance", reported_by=Source("AFP", kind="agency"))
    claims = [
        make(5, subject="b", minutes=3, tags=("x",)),
        make(1, subject="a", source="Kremlin", minutes=None),
        Claim(
            subject="a",
            figure=Figure.of(-0.0, "km", text="zero km"),
            source=relayed,
            stated_at=datetime(2022, 2, 10, 9, 0, tzinfo=timezone(timedelta(hours=3))),
            valid_at=T0,
            provenance=Provenance(url="u", outlet="o", quote="q", span=(1, 2), published=T0),
            key="k",
            group="g",
            tags=("x", "y"),
        ),
    ]
    write_v1_store(path, claims)
    with ClaimStore(path) as db:
        assert list(db) == claims
        assert [formats.claim_to_dict(c) for c in db] == [formats.claim_to_dict(c) for c in claims]
        assert db.count(tag="x") == 2
        assert db.query(tag="y") == [claims[2]]
        assert db.query(subject="a") == claims[1:]
        assert db.query(source="NATO", dimension="[length]") == [claims[2]]
        assert db.subjects() == [("a", 2), ("b", 1)]
        assert db.add(claims[0]) is False
        assert db.add(make(9)) is True
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []


def test_version_2_store_names_its_currencies(tmp_path: Path) -> None:
    """A schema 2 store, which kept currencies by ISO code, opens with them named and ids kept."""
    path = tmp_path / "v2.db"
    money = Claim(subject="aid pledged", figure=Figure.of(5e6, "$"), source=Source("EU"))
    euros = Claim(subject="aid pledged", figure=Figure.of(2e6, "euros"), source=Source("EU"))
    tries = Claim(subject="attempts", figure=Figure.of(3, "times"), source=Source("EU"))
    with ClaimStore(path) as db:
        db.add_many([money, euros, make(1), tries])
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE units SET dimension = '[time]' WHERE name = 'time'")
        raw.execute("UPDATE units SET name = 'USD' WHERE name = 'dollar'")
        raw.execute("UPDATE units SET name = 'EUR' WHERE name = 'euro'")
        raw.execute("PRAGMA user_version=2")
    with ClaimStore(path) as db:
        assert list(db) == [money, euros, make(1), tries]
        assert db.query(unit="USD") == [money]
        assert db.query(dimension="[time]") == []
        assert db.query(dimension="[occasion]") == [tries]
        assert db.add(money) is False
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        names = {name for (name,) in raw.execute("SELECT name FROM units")}
        assert names == {"dollar", "euro", "troop", "time"}


def test_version_3_store_spells_metres_the_si_way(tmp_path: Path) -> None:
    """A schema 3 store, which spelled "kilometer", opens with "kilometre" and ids kept."""
    path = tmp_path / "v3.db"
    road = Claim(subject="convoy length", figure=Figure.of(64, "km"), source=Source("Maxar"))
    fuel = Claim(subject="fuel", figure=Figure.of(1.8, "euros per litre"), source=Source("EU"))
    walk = Claim(subject="march", figure=Figure.of(3, "miles"), source=Source("EU"))
    with ClaimStore(path) as db:
        db.add_many([road, fuel, walk, make(1)])
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE units SET name = 'kilometer' WHERE name = 'kilometre'")
        raw.execute("UPDATE units SET name = 'euro_per_liter' WHERE name = 'euro_per_litre'")
        # a store may hold both spellings: the older one is merged into the newer
        raw.execute("INSERT INTO units (name, dimension) VALUES ('kilometre', '[length]')")
        raw.execute("PRAGMA user_version=3")
    with ClaimStore(path) as db:
        assert list(db) == [road, fuel, walk, make(1)]
        assert db.query(unit="kilometer") == [road]
        assert db.query(unit="euro_per_litre") == [fuel]
        assert db.add(road) is False
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 4
        names = {name for (name,) in raw.execute("SELECT name FROM units")}
        assert names == {"kilometre", "euro_per_litre", "mile", "troop"}
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []


def test_failed_migration_leaves_the_version_1_store_unchanged(tmp_path: Path) -> None:
    """A version 1 record that cannot be read stops the migration, naming file and claim."""
    path = tmp_path / "v1.db"
    write_v1_store(path, [make(1), make(2)])
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE claims SET record = '{\"subject\": 1}' WHERE rowid = 2")
    with pytest.raises(StoreError, match=rf"v1\.db.*{make(2).id}"):
        ClaimStore(path)
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
        assert raw.execute("SELECT count(*) FROM claims").fetchone()[0] == 2
        assert (
            raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'subjects'").fetchone()[0]
            == 0
        )


READ_ONLY_READER = """
import sys
from claimtrack.exceptions import StoreError
from claimtrack.store import ClaimStore
try:
    ClaimStore(sys.argv[1])
except StoreError as exc:
    print("writable open:", exc)
with ClaimStore(sys.argv[1], read_only=True) as db:
    print(len(db), len(db.query(subject_contains="UKRAINE")))
    try:
        db.add_many([])
    except StoreError as exc:
        print("write:", exc)
"""


def test_store_in_a_read_only_folder_opens_read_only(read_only_folder: Any) -> None:
    """read_only=True reads a WAL store where no -shm can be made; a plain open says why not."""
    path = read_only_folder.path / "claims.db"
    with ClaimStore(path) as db:
        db.add_many([make(n) for n in range(3)])
    read_only_folder.lock()
    done = read_only_folder.run("-c", READ_ONLY_READER, str(path))
    assert done.returncode == 0, done.stderr
    plain, counts, write = done.stdout.splitlines()
    assert "folder is not writable and SQLite needs to create claims.db-shm" in plain
    assert counts == "3 3"
    assert write.endswith("cannot add claims: the store is open read-only")
    assert sorted(p.name for p in read_only_folder.path.iterdir()) == ["claims.db"]


def test_read_only_open_refuses_a_pending_log_it_cannot_read(read_only_folder: Any) -> None:
    """A -wal with changes and no way to make a -shm gives an error saying so, not stale claims."""
    path = read_only_folder.path / "claims.db"
    with ClaimStore(path) as db:
        db._db.execute("PRAGMA wal_autocheckpoint=0")
        db.add_many([make(n) for n in range(3)])
        copy = {p.name: p.read_bytes() for p in read_only_folder.path.iterdir()}
    for name, data in copy.items():
        if not name.endswith("-shm"):
            (read_only_folder.path / name).write_bytes(data)
    read_only_folder.lock()
    code = "import sys, claimtrack.store as s; s.ClaimStore(sys.argv[1], read_only=True)"
    done = read_only_folder.run("-c", code, str(path))
    assert "claims.db-wal holds changes not yet in the store" in done.stderr


def test_read_only_open_leaves_the_folder_as_it_was(tmp_path: Path) -> None:
    """read_only=True on a writable store reads it and leaves no -wal or -shm file behind."""
    path = tmp_path / "claims.db"
    with ClaimStore(path) as db:
        db.add_many([make(n) for n in range(3)])
    before = sha256(path)
    with ClaimStore(path, read_only=True) as db:
        assert [c.figure.value for c in db] == [0, 1, 2]
        with pytest.raises(StoreError, match="read-only"):
            db.add(make(4))
    assert [p.name for p in tmp_path.iterdir()] == ["claims.db"]
    assert sha256(path) == before


READ_COUNT = """
import sys
from claimtrack.store import ClaimStore
with ClaimStore(sys.argv[1], read_only=True) as db:
    print(len(db))
"""


def test_reader_that_may_not_write_the_file_leaves_no_files(read_only_folder: Any) -> None:
    """A reader who may not write the store (but its folder) makes no -wal/-shm of its own."""
    folder = read_only_folder.path
    path = folder / "claims.db"
    with ClaimStore(path) as db:
        db.add_many([make(n) for n in range(3)])
    path.chmod(0o444)
    probe = read_only_folder.run("-c", f"open({str(path)!r}, 'a')")
    if probe.returncode == 0:
        pytest.skip("this system lets the test write to a read-only file")
    done = read_only_folder.run("-c", READ_COUNT, str(path))
    assert (done.returncode, done.stdout) == (0, "3\n"), done.stderr
    assert [p.name for p in folder.iterdir()] == ["claims.db"]
    # With a writer at work, the reader shares its -wal and -shm and sees its claims.
    path.chmod(0o644)
    with ClaimStore(path) as db:
        db._db.execute("PRAGMA wal_autocheckpoint=0")
        db.add(make(4))
        during = sorted(p.name for p in folder.iterdir())
        path.chmod(0o444)
        done = read_only_folder.run("-c", READ_COUNT, str(path))
        assert (done.returncode, done.stdout) == (0, "4\n"), done.stderr
        assert sorted(p.name for p in folder.iterdir()) == during
        path.chmod(0o644)
    assert [p.name for p in folder.iterdir()] == ["claims.db"]


def test_read_only_open_needs_an_existing_current_store(tmp_path: Path) -> None:
    """read_only=True refuses a missing file and an empty database rather than creating one."""
    with pytest.raises(StoreError, match="no such claim store") as missing:
        ClaimStore(tmp_path / "missing.db", read_only=True)
    assert missing.value.errno == errno.ENOENT  # what a program tells a missing store by
    sqlite3.connect(tmp_path / "empty.db").close()
    (tmp_path / "empty.db").write_bytes(b"")
    with pytest.raises(StoreError, match="not a claim store") as empty:
        ClaimStore(tmp_path / "empty.db", read_only=True)
    assert empty.value.errno is None
    assert not (tmp_path / "missing.db").exists()


def test_open_without_create_changes_a_store_but_never_makes_one(tmp_path: Path) -> None:
    """create=False refuses a missing file and one without a store, leaving both as they were."""
    with pytest.raises(StoreError, match=r"missing\.db: no such claim store"):
        ClaimStore(tmp_path / "missing.db", create=False)
    (tmp_path / "empty.db").write_bytes(b"")
    with pytest.raises(StoreError, match=r"empty\.db: not a claim store \(an empty file\)"):
        ClaimStore(tmp_path / "empty.db", create=False)
    with sqlite3.connect(tmp_path / "other.db") as raw:
        raw.execute("CREATE TABLE people (name TEXT)")
    raw.close()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(StoreError, match=r"other\.db: not a claim store \(a SQLite database with"):
        ClaimStore(tmp_path / "other.db", create=False)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    with ClaimStore(tmp_path / "claims.db") as db:
        db.add(make(1))
    with ClaimStore(tmp_path / "claims.db", create=False) as db:
        assert db.add(make(2))
        assert len(db) == 2


def test_file_that_is_not_sqlite_raises_store_error(tmp_path: Path) -> None:
    """Opening a file that is not a SQLite database raises StoreError naming it, and keeps it."""
    path = tmp_path / "notes.db"
    path.write_text("these are not claims\n" * 20)
    before = sha256(path)
    with pytest.raises(StoreError, match=r"notes\.db.*not a claim store"):
        ClaimStore(path)
    assert sha256(path) == before


def test_other_sqlite_database_raises_store_error(tmp_path: Path) -> None:
    """Opening a SQLite database with other tables raises StoreError instead of adding ours."""
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE people (name TEXT)")
    with pytest.raises(StoreError, match=r"other\.db.*other tables"):
        ClaimStore(path)


def test_closed_store_raises_store_error(tmp_path: Path) -> None:
    """Using a closed store raises StoreError naming the file."""
    db = ClaimStore(tmp_path / "c.db")
    db.close()
    with pytest.raises(StoreError, match=r"c\.db"):
        len(db)


def test_full_disk_names_the_store_and_sqlites_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that runs out of room names the store and SQLite's temporary folder; no change."""
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp_path))
    with ClaimStore(tmp_path / "full.db") as db:
        db.add(make(1))
        (pages,) = db._db.execute("PRAGMA page_count").fetchone()
        db._db.execute(f"PRAGMA max_page_count={pages}")  # no room for one more page
        claims = [make(n, subject=f"subject {n} " + "x" * 200) for n in range(2, 500)]
        with pytest.raises(StoreError) as raised:
            db.add_many(claims)
        assert str(raised.value) == (
            f"{tmp_path / 'full.db'}: cannot add claims: database or disk is full (no room on "
            f"the disk of {tmp_path / 'full.db'}, or in {tmp_path}, where SQLite keeps temporary "
            "files while it sorts and writes: SQLITE_TMPDIR names another folder)"
        )
        assert [c.figure.value for c in db] == [1]


def test_locked_store_raises_store_error_after_timeout(tmp_path: Path) -> None:
    """A writer that waits longer than its timeout for another one gets a StoreError."""
    path = tmp_path / "busy.db"
    with ClaimStore(path) as first, ClaimStore(path, timeout=0.05) as second:

        def claims() -> Iterator[Claim]:
            yield make(1)
            second.add(make(2))  # first holds the write lock here

        with pytest.raises(StoreError, match="locked"):
            first.add_many(claims())
        assert len(second) == 0


# ---------------------------------------------------------------------------
# Import and export
# ---------------------------------------------------------------------------


def _jsonl_with_bad_lines(path: Path) -> list[Claim]:
    good = [make(n) for n in range(4)]
    lines = [json.dumps(formats.claim_to_dict(c)) for c in good]
    lines.insert(1, '{"subject": "no figure"}')
    lines.insert(4, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return good


def _in(document: str | None, claim: Claim, url: str | None = None) -> Claim:
    return claim.evolve(provenance=Provenance(document=document, url=url))


def test_revise_replaces_what_the_earlier_version_of_a_document_said(db: ClaimStore) -> None:
    """Revising deletes the claims a document's new version no longer makes; others stay."""
    kept = _in("a.txt", make(7, tags=("checked",)))
    db.add_many([_in("a.txt", make(100)), kept, _in("b.txt", make(100)), _in(None, make(1))])
    db.add_many([_in("a.txt", make(5), url="https://x.org/1"), _in("page", make(6), url="u2")])
    result = db.revise([_in("a.txt", make(130)), _in("a.txt", make(7)), _in("c.txt", make(9))])
    assert result == store.RevisionResult(added=2, unchanged=1, removed=2)
    assert [c.figure.value for c in db] == [7, 100, 1, 6, 130, 9]
    assert db.get(kept.id).tags == {"checked"}  # left as it was stored
    # Known by its address where the new version has one, whatever its name.
    result = db.revise([_in("renamed.html", make(8), url="u2")])
    assert result == store.RevisionResult(added=1, unchanged=0, removed=1)
    assert [c.figure.value for c in db] == [7, 100, 1, 130, 9, 8]


def test_revise_is_all_or_nothing(db: ClaimStore) -> None:
    """A bad item in revise, named by the error, deletes nothing and adds nothing."""
    db.add_many([_in("a.txt", make(100))])
    with pytest.raises(TypeError, match=r"^expected a Claim, got 'not a claim'$"):
        db.revise([_in("a.txt", make(130)), "not a claim"])  # type: ignore[list-item]
    assert [c.figure.value for c in db] == [100]


def test_a_claim_is_corrected_in_place_with_replace(db: ClaimStore) -> None:
    """add(..., replace=True) with the stored claim's id replaces it, tags and all; no copy."""
    wrong = make(100_000, source="the United Nations", tags=("flood",))
    db.add(wrong)
    right = wrong.evolve(source=Source("UNHCR"), id=wrong.id, tags={"checked"})
    assert db.add(right) is False  # without replace the stored claim is kept
    assert db.get(wrong.id).source.name == "the United Nations"
    assert db.add(right, replace=True) is True
    assert len(db) == 1
    stored = db.get(wrong.id)
    assert (stored.source.name, stored.tags) == ("UNHCR", frozenset({"checked"}))


def test_import_with_replace_takes_an_edited_export(db: ClaimStore, tmp_path: Path) -> None:
    """An exported file, edited and imported with replace=True, corrects the stored claims."""
    claims = [make(1), make(2, source="Reuters")]
    db.add_many(claims)
    path = tmp_path / "fix.jsonl"
    formats.write_jsonl(
        [
            c.evolve(source=Source("AFP"), id=c.id) if c.source.name == "Reuters" else c
            for c in claims
        ],
        path,
    )
    skipped = db.import_file(path)
    assert (skipped.added, skipped.duplicates, skipped.replaced) == (0, 2, 0)
    assert db.get(claims[1].id).source.name == "Reuters"
    fixed = db.import_file(path, replace=True)
    assert (fixed.added, fixed.duplicates, fixed.replaced) == (0, 0, 2)
    assert db.get(claims[1].id).source.name == "AFP"
    assert len(db) == 2


def test_import_refuses_a_file_with_bad_records(db: ClaimStore, tmp_path: Path) -> None:
    """By default one bad record refuses the file, naming file and line and counting the rest."""
    db.add(make(99))
    source = tmp_path / "in.jsonl"
    _jsonl_with_bad_lines(source)
    with pytest.raises(ClaimFormatError) as caught:
        db.import_file(source)
    error = caught.value
    assert error.path == str(source)
    assert error.line == 2
    assert "and 1 other bad record" in str(error)
    assert str(error).startswith(f"{source}:2: ")
    assert list(db) == [make(99)]


def test_import_skip_keeps_good_records_and_writes_rejects(db: ClaimStore, tmp_path: Path) -> None:
    """on_error='skip' adds the good records, lists the bad ones and writes their raw lines."""
    db.add(make(0))
    source, rejects = tmp_path / "in.jsonl", tmp_path / "rejects.jsonl"
    good = _jsonl_with_bad_lines(source)
    result = db.import_file(source, on_error="skip", rejects=rejects)
    assert result.added == 3
    assert result.duplicates == 1
    assert [(e.path, e.line) for e in result.rejected] == [(str(source), 2), (str(source), 5)]
    assert list(db) == good
    assert rejects.read_text(encoding="utf-8") == '{"subject": "no figure"}\n{not json\n'


def test_import_csv_skip_writes_header_and_bad_rows(db: ClaimStore, tmp_path: Path) -> None:
    """Rejected CSV rows are written after the header, whole even when a cell spans lines."""
    source, rejects = tmp_path / "in.csv", tmp_path / "rejects.csv"
    claims = [make(n, subject=f"line one\nline two {n}") for n in range(3)]
    formats.write_csv(claims, source)
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    unit = rows[0].index("unit")
    rows[2][unit] = "no such unit"
    with source.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    result = db.import_file(source, on_error="skip", rejects=rejects)
    assert result == ImportResult(2, 0, result.rejected)
    assert [e.line for e in result.rejected] == [4]  # row 2 starts on line 4
    with rejects.open(encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle)) == [rows[0], rows[2]]
    assert list(db) == [claims[0], claims[2]]


def test_import_refuses_to_write_rejects_over_its_input_or_the_store(
    db: ClaimStore, tmp_path: Path
) -> None:
    """Rejects over the imported file or the store, or importing the store, raise; all is kept."""
    source = tmp_path / "in.jsonl"
    _jsonl_with_bad_lines(source)
    before = source.read_bytes()
    link = tmp_path / "link.jsonl"
    link.symlink_to(source)
    for rejects in (source, link, Path(db.path)):
        with pytest.raises(ClaimFormatError, match="rejects file"):
            db.import_file(source, on_error="skip", rejects=rejects)
    with pytest.raises(ClaimFormatError, match="is the claim store"):
        db.import_file(db.path, format="jsonl", on_error="skip")
    assert source.read_bytes() == before
    assert len(db) == 0


def test_import_checks_the_rejects_folder_before_storing(db: ClaimStore, tmp_path: Path) -> None:
    """A rejects file that cannot be created raises before any claim is stored."""
    source = tmp_path / "in.jsonl"
    _jsonl_with_bad_lines(source)
    with pytest.raises(FileNotFoundError, match="no such folder"):
        db.import_file(source, on_error="skip", rejects=tmp_path / "no such folder" / "r.jsonl")
    assert len(db) == 0
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_rejects_keep_the_bytes_of_lines_that_are_not_utf8(db: ClaimStore, tmp_path: Path) -> None:
    """Rejected lines are written byte for byte: bytes that are not UTF-8 and CRLF ends included."""
    source, rejects = tmp_path / "in.jsonl", tmp_path / "rejects.jsonl"
    good = [json.dumps(formats.claim_to_dict(make(n))).encode() + b"\n" for n in (1, 2)]
    bad = [b"caf\xe9 \xff\r\n", b'{"subject": "\xc3\xa9vacu\xc3\xa9s"}\n']
    source.write_bytes(good[0] + bad[0] + good[1] + bad[1])
    result = db.import_file(source, on_error="skip", rejects=rejects)
    assert [e.line for e in result.rejected] == [2, 4]
    assert rejects.read_bytes() == b"".join(bad)
    assert len(db) == 2


def test_export_refuses_to_overwrite_the_store(db: ClaimStore, tmp_path: Path) -> None:
    """export() to the store's own file raises and leaves the store readable and whole."""
    db.add_many([make(n) for n in range(3)])
    with pytest.raises(ClaimFormatError, match="is the claim store"):
        db.export(db.path, format="jsonl")
    assert len(db) == 3
    with ClaimStore(db.path) as again:
        assert len(again) == 3


def test_import_csv_skip_skips_a_row_the_csv_module_refuses(
    db: ClaimStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row csv cannot parse is skipped and kept in the rejects; the rows around it import."""
    monkeypatch.setattr(formats, "_CSV_FIELD_LIMIT", 300)
    previous = csv.field_size_limit(300)
    try:
        source, rejects = tmp_path / "in.csv", tmp_path / "rejects.csv"
        claims = [make(1), make(2, subject="x" * 400), make(3)]
        formats.write_csv(claims, source)
        result = db.import_file(source, on_error="skip", rejects=rejects)
    finally:
        csv.field_size_limit(previous)
    assert [(e.line, "field larger" in e.reason) for e in result.rejected] == [(3, True)]
    assert list(db) == [claims[0], claims[2]]
    header, _, bad, _ = source.read_text(encoding="utf-8").splitlines(keepends=True)
    assert rejects.read_text(encoding="utf-8") == header + bad


def test_import_accepts_a_byte_order_mark(db: ClaimStore, tmp_path: Path) -> None:
    """CSV and JSON Lines files saved with a byte order mark import every record."""
    claims = [make(n) for n in range(3)]
    for suffix, write in (("csv", formats.write_csv), ("jsonl", formats.write_jsonl)):
        path = tmp_path / f"bom.{suffix}"
        write(claims, path)
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
        assert db.import_file(path).rejected == ()
    assert list(db) == claims


def test_import_counts_duplicates_and_guesses_format(db: ClaimStore, tmp_path: Path) -> None:
    """import_file() reads the format from the suffix and counts already stored claims."""
    claims = [make(n) for n in range(5)]
    formats.write_jsonl(claims, tmp_path / "a.jsonl")
    formats.write_csv(claims, tmp_path / "a.csv")
    assert db.import_file(tmp_path / "a.jsonl") == ImportResult(5, 0)
    assert db.import_file(tmp_path / "a.csv") == ImportResult(0, 5)
    (tmp_path / "a.txt").write_text("")
    with pytest.raises(ClaimFormatError, match=r"a\.txt.*suffix"):
        db.import_file(tmp_path / "a.txt")
    assert db.import_file(tmp_path / "a.txt", format="jsonl") == ImportResult(0, 0)


def test_export_then_import_round_trips(db: ClaimStore, tmp_path: Path) -> None:
    """export() writes the filtered claims; importing the file into a new store restores them."""
    claims = [make(n, source="A" if n % 2 else "B", tags=("t",)) for n in range(6)]
    db.add_many(claims)
    for suffix in (".jsonl", ".csv", ".parquet"):
        target = tmp_path / f"out{suffix}"
        assert db.export(target, source="A") == 3
        with ClaimStore(tmp_path / f"copy{suffix}.db") as copy:
            assert copy.import_file(target).added == 3
            assert list(copy) == [c for c in claims if c.source.name == "A"]


# ---------------------------------------------------------------------------
# Several processes, and a killed one
# ---------------------------------------------------------------------------

WRITER = """
import sys
from claimtrack.model import Claim, Figure, Source
from claimtrack.store import ClaimStore
path, name = sys.argv[1], sys.argv[2]
claims = [
    Claim(subject=f"subject {i % 7}", figure=Figure.of(i, "troops"), source=Source(name))
    for i in range(1500)
]
with ClaimStore(path) as db:
    for start in range(0, len(claims), 25):  # many small transactions, interleaved
        db.add_many(claims[start:start + 25])
"""


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    """Two processes creating and filling one new store file at the same time lose no claim."""
    path = tmp_path / "shared.db"
    writers = [run_python(WRITER, str(path), name) for name in ("alpha", "beta")]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err.decode()
    with ClaimStore(path) as db:
        assert len(db) == 3000
        assert db.count(source="alpha") == db.count(source="beta") == 1500
        expected = {
            Claim(subject=f"subject {i % 7}", figure=Figure.of(i, "troops"), source=Source(n)).id
            for i in range(1500)
            for n in ("alpha", "beta")
        }
        assert {c.id for c in db} == expected


KILLED = """
import pathlib, sys
from claimtrack.model import Claim, Figure, Source
from claimtrack.store import ClaimStore
path, marker = sys.argv[1], pathlib.Path(sys.argv[2])
figure, source = Figure.of(5, "troops"), Source("doomed")

def claims():
    for i in range(200_000):
        if i == 50_000:  # two executemany chunks are already written
            marker.write_text("inside")
        yield Claim(subject=f"batch {i}", figure=figure, source=source)

with ClaimStore(path) as db:
    db.add_many(claims())
marker.write_text("done")
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_process_killed_inside_add_many_leaves_store_unchanged(tmp_path: Path) -> None:
    """SIGKILL inside a 200k-claim add_many leaves the earlier claims and a sound file."""
    path, marker = tmp_path / "killed.db", tmp_path / "marker"
    before = [make(n) for n in range(100)]
    with ClaimStore(path) as db:
        db.add_many(before)
    child = run_python(KILLED, str(path), str(marker))
    deadline = time.monotonic() + 120
    # Wait for the text, not the file: write_text() creates the file before it writes.
    while (
        not (marker.exists() and marker.read_text())
        and child.poll() is None
        and time.monotonic() < deadline
    ):
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)
    assert marker.read_text() == "inside", "the child ended before it could be killed"
    assert child.returncode == -signal.SIGKILL
    with ClaimStore(path) as db:
        assert len(db) == 100
        assert list(db) == before
        assert db.count(source="doomed") == 0
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
