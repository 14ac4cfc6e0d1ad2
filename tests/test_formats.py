"""Tests of claimtrack.formats: JSON Lines, CSV, ClaimReview and Parquet."""

from __future__ import annotations

import builtins
import csv
import io
import json
import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack import formats
from claimtrack.exceptions import ClaimFormatError
from claimtrack.formats import (
    CSV_COLUMNS,
    PARQUET_COLUMNS,
    SCHEMA_VERSION,
    claim_from_dict,
    claim_to_dict,
    from_dataframe,
    iter_jsonl,
    read_csv,
    read_jsonl,
    read_parquet,
    to_claimreview,
    to_dataframe,
    write_claimreview,
    write_csv,
    write_jsonl,
    write_parquet,
)
from claimtrack.model import Claim, Figure, Hedge, Provenance, Source

# ---------------------------------------------------------------------------
# A local strategy of arbitrary claims
# ---------------------------------------------------------------------------

UNITS = ["troop", "soldier", "person", "tank", "kilometre", "percent", "dollar", "count"]
ZONES = [
    UTC,
    timezone(timedelta(hours=1)),
    timezone(timedelta(hours=-5)),
    timezone(timedelta(hours=5, minutes=30)),
    timezone(timedelta(hours=-9, minutes=-30)),
    timezone(timedelta(hours=14)),
]
SINGLE_HEDGES = [h for h in Hedge if h not in (Hedge.RANGE, Hedge.VAGUE)]

texts = st.text(max_size=12)
names = st.text(min_size=1, max_size=12).filter(str.strip)
optional_texts = st.none() | texts
times = st.none() | st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.sampled_from(ZONES)
)
numbers = st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False)

single_figures = st.builds(
    Figure.of,
    numbers,
    st.sampled_from(UNITS),
    hedge=st.sampled_from(SINGLE_HEDGES),
    text=texts,
)


@st.composite
def range_figures(draw: st.DrawFn) -> Figure:
    a, b = sorted((draw(numbers), draw(numbers)))
    low = draw(st.sampled_from([a, None])) if draw(st.booleans()) else a
    high = b if low is None else draw(st.sampled_from([b, None]))
    return Figure.between(
        low,
        high,
        draw(st.sampled_from(UNITS)),
        hedge=draw(st.sampled_from([Hedge.RANGE, Hedge.VAGUE])),
        text=draw(texts),
    )


figures = single_figures | range_figures()
sources = st.recursive(
    st.builds(Source, names, optional_texts),
    lambda inner: st.builds(Source, names, optional_texts, inner),
    max_leaves=4,
)
spans = st.none() | st.tuples(st.integers(0, 10**9), st.integers(0, 10**9)).map(
    lambda t: tuple(sorted(t))
)
provenances = st.builds(
    Provenance,
    url=optional_texts,
    published=times,
    outlet=optional_texts,
    document=optional_texts,
    quote=optional_texts,
    span=spans,
)
claim_kwargs = {
    "subject": names,
    "figure": figures,
    "source": sources,
    "stated_at": times,
    "valid_at": times,
    "provenance": provenances,
    "key": optional_texts,
    "parts_of": optional_texts,
    "group": optional_texts,
    "tags": st.frozensets(st.text(min_size=1, max_size=8), max_size=3),
}
claims = st.builds(Claim, **claim_kwargs) | st.builds(Claim, id=names, **claim_kwargs)


def offsets(claim: Claim) -> list[timedelta | None]:
    """Return the UTC offsets of a claim's three times (== on datetimes ignores them)."""
    moments = (claim.stated_at, claim.valid_at, claim.provenance.published)
    return [None if m is None else m.utcoffset() for m in moments]


def assert_same(got: list[Claim], want: list[Claim]) -> None:
    """Check that claims are equal, ids and UTC offsets included."""
    assert got == want
    assert [c.id for c in got] == [c.id for c in want]
    assert [offsets(c) for c in got] == [offsets(c) for c in want]


def seed_claims() -> list[Claim]:
    """Two claims from the FRANCE 24 (with AFP) live blog of 10 Feb 2022."""
    paris = timezone(timedelta(hours=1))
    blog = Provenance(
        url="https://www.france24.com/en/europe/20220210-live-russia-belarus-military-drills",
        published=datetime(2022, 2, 10, 18, 0, tzinfo=paris),
        outlet="FRANCE 24",
        document="france24-liveblog-2022-02-10.txt",
        quote="Russia has massed more than 100,000 troops near Ukraine's border",
        span=(18, 40),
    )
    return [
        Claim(
            subject="Russian troops near Ukraine's border",
            figure=Figure.of(100_000, "troops", hedge=Hedge.MORE_THAN, text="more than 100,000"),
            source=Source("Western officials", "government", Source("AFP", "agency")),
            stated_at=datetime(2022, 2, 10, 9, 30, tzinfo=paris),
            provenance=blog,
            tags={"buildup", "seed"},
        ),
        Claim(
            subject="Russian troops in Belarus",
            figure=Figure.between(10_000, 100_000, "troops", hedge=Hedge.VAGUE, text="tens of"),
            source=Source("NATO", "organisation"),
            stated_at=datetime(2022, 2, 10, 12, 15, tzinfo=paris),
            provenance=blog,
            key="belarus",
            group="russian-troops",
        ),
    ]


# ---------------------------------------------------------------------------
# dict form and JSON Lines
# ---------------------------------------------------------------------------


def test_claim_dict_is_plain_json_with_schema() -> None:
    """claim_to_dict gives plain JSON data carrying the schema version."""
    d = claim_to_dict(seed_claims()[0])
    assert d["schema"] == SCHEMA_VERSION == 1
    assert json.loads(json.dumps(d)) == d
    assert d["stated_at"] == "2022-02-10T09:30:00+01:00"
    assert d["source"]["reported_by"] == {"name": "AFP", "kind": "agency", "reported_by": None}
    assert d["tags"] == ["buildup", "seed"]
    assert d["provenance"]["span"] == [18, 40]


@given(claims)
def test_dict_round_trip(claim: Claim) -> None:
    """Any claim survives claim_to_dict then claim_from_dict, through JSON text."""
    back = claim_from_dict(json.loads(json.dumps(claim_to_dict(claim))))
    assert_same([back], [claim])


@given(st.lists(claims, max_size=5))
def test_jsonl_round_trip(items: list[Claim]) -> None:
    """Arbitrary claims written to JSON Lines read back equal, ids and offsets included."""
    buffer = io.StringIO()
    assert write_jsonl(items, buffer) == len(items)
    assert buffer.getvalue().count("\n") == len(items)
    buffer.seek(0)
    assert_same(read_jsonl(buffer), items)


def test_jsonl_file_round_trip(tmp_path: Path) -> None:
    """write_jsonl and read_jsonl work on paths, one record a line, blank lines skipped."""
    path = tmp_path / "claims.jsonl"
    assert write_jsonl(seed_claims(), path) == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["schema"] for line in lines] == [1, 1]
    path.write_text("\n" + lines[0] + "\n\n   \n" + lines[1] + "\n", encoding="utf-8")
    assert_same(read_jsonl(path), seed_claims())
    assert_same(list(iter_jsonl(str(path))), seed_claims())


def test_missing_optional_fields_take_defaults() -> None:
    """A hand-written minimal record reads, with a derived id and canonical unit."""
    claim = claim_from_dict(
        {
            "subject": "troops",
            "figure": {
                "value": 3000,
                "low": None,
                "high": None,
                "hedge": "approx",
                "unit": "troops",
            },
            "source": {"name": "AFP"},
        }
    )
    assert claim.figure.unit == "troop"
    assert claim.figure.value == 3000.0
    assert claim.id == Claim(subject="troops", figure=claim.figure, source=Source("AFP")).id


BAD_RECORDS: list[tuple[str, Any, str]] = [
    ("malformed JSON", None, "malformed JSON"),
    ("missing field", {"subject": None}, "source: required field missing"),
    ("unknown unit", {"figure.unit": "zorkmid"}, "figure.unit: unknown unit 'zorkmid'"),
    ("naive datetime", {"stated_at": "2022-02-10T09:30:00"}, "stated_at: naive date-time"),
    ("newer schema", {"schema": 2}, "written by a newer claimtrack"),
    ("wrong type", {"subject": 7}, "subject: expected a string"),
    ("string number", {"figure.value": "3000"}, "figure.value: expected a number"),
    ("bad figure", {"figure.low": 5e6}, "figure:"),
    ("unknown hedge", {"figure.hedge": "roughly"}, "figure.hedge: unknown hedge"),
    ("extra field", {"colour": "red"}, "extra fields found (colour)"),
    ("not an object", [1, 2], "expected a JSON object"),
]


def _bad_line(change: Any) -> str:
    """Return a JSON line for the seed claim with one change applied (None: not JSON)."""
    if change is None:
        return '{"schema": 1, "subject": '
    if isinstance(change, list):
        return json.dumps(change)
    d = claim_to_dict(seed_claims()[0])
    for dotted, value in change.items():
        if dotted == "subject" and value is None:
            del d["source"]
            continue
        *parents, leaf = dotted.split(".")
        node = d
        for parent in parents:
            node = node[parent]
        node[leaf] = value
    return json.dumps(d)


@pytest.mark.parametrize(
    ("label", "change", "message"), BAD_RECORDS, ids=[b[0] for b in BAD_RECORDS]
)
def test_bad_line_raises_naming_file_and_line(
    tmp_path: Path, label: str, change: Any, message: str
) -> None:
    """A bad JSON Lines record raises ClaimFormatError naming the file, line and fault."""
    path = tmp_path / "bad.jsonl"
    good = json.dumps(claim_to_dict(seed_claims()[1]))
    path.write_text(f"{good}\n\n{_bad_line(change)}\n{good}\n", encoding="utf-8")
    with pytest.raises(ClaimFormatError) as info:
        read_jsonl(path)
    assert info.value.path == str(path)
    assert info.value.line == 3
    assert message in info.value.reason
    assert str(info.value).startswith(f"{path}:3: ")


def test_errors_list_collects_bad_lines_and_keeps_good_claims(tmp_path: Path) -> None:
    """With errors=[], every bad line is reported and every good claim returned."""
    path = tmp_path / "mixed.jsonl"
    good = [json.dumps(claim_to_dict(c)) for c in seed_claims()]
    bad = [_bad_line(change) for _, change, _ in BAD_RECORDS]
    path.write_text("\n".join([good[0], *bad, good[1]]) + "\n", encoding="utf-8")
    errors: list[ClaimFormatError] = []
    assert_same(read_jsonl(path, errors=errors), seed_claims())
    assert [e.line for e in errors] == list(range(2, 2 + len(BAD_RECORDS)))
    assert all(e.path == str(path) for e in errors)
    for error, (_, _, message) in zip(errors, BAD_RECORDS, strict=True):
        assert message in error.reason


@pytest.mark.parametrize(
    ("record", "where"),
    [
        ('"subject": "s\\ud800"', "subject: lone surrogate \\ud800 at character 2"),
        ('"tags": ["a", "\\udfff"]', "tags[1]: lone surrogate \\udfff"),
        ('"source": {"name": "A", "kind": "\\udc00x"}', "source.kind: lone"),
        ('"\\ud800": 1', "record: key '\\ud800' holds a lone surrogate"),
    ],
)
def test_lone_surrogate_escapes_are_refused_naming_line(
    tmp_path: Path, record: str, where: str
) -> None:
    """Valid JSON escaping a lone surrogate is not Unicode: refused on its line, others read."""
    good = claim_to_dict(seed_claims()[0])
    base = {"subject": "s", "figure": {"value": 1, "low": 1, "high": 1}, "source": {"name": "A"}}
    bad = json.loads("{" + record + "}", object_pairs_hook=lambda pairs: pairs)
    keys = {k for k, _ in bad}
    line = json.dumps({k: v for k, v in base.items() if k not in keys})[:-1] + ", " + record + "}"
    path = tmp_path / "claims.jsonl"
    path.write_text(
        json.dumps(good) + "\n" + line + "\n" + json.dumps(good) + "\n", encoding="utf-8"
    )
    with pytest.raises(ClaimFormatError, match=re.escape(where)) as info:
        read_jsonl(path)
    assert (info.value.path, info.value.line) == (str(path), 2)
    errors: list[ClaimFormatError] = []
    assert len(read_jsonl(path, errors=errors)) == 2
    assert [e.line for e in errors] == [2]
    str(errors[0]).encode("utf-8")  # the message itself is printable


def test_escaped_surrogate_pairs_and_backslashes_still_read() -> None:
    """A surrogate pair escapes one character, and an escaped backslash is no escape at all."""
    text = (
        '{"subject": "s \\ud83d\\ude00", "figure": {"value": 1, "low": 1, "high": 1},'
        ' "source": {"name": "A"}, "tags": ["\\\\ud800"]}\n'
    )
    (claim,) = read_jsonl(io.StringIO(text))
    assert claim.subject == "s \U0001f600"
    assert claim.tags == {"\\ud800"}


def test_deeply_nested_json_is_a_bad_line(tmp_path: Path) -> None:
    """JSON nested beyond the decoder's depth is an error on its line, and skippable."""
    path = tmp_path / "deep.jsonl"
    good = json.dumps(claim_to_dict(seed_claims()[0]))
    path.write_text(good + "\n" + "[" * 100_000 + "]" * 100_000 + "\n" + good + "\n", "utf-8")
    with pytest.raises(ClaimFormatError, match="nested too deeply") as info:
        read_jsonl(path)
    assert info.value.line == 2
    errors: list[ClaimFormatError] = []
    assert len(read_jsonl(path, errors=errors)) == 2
    assert [e.line for e in errors] == [2]


def _chained(links: int) -> Claim:
    source = Source("claimant")
    for n in range(links):
        source = Source("claimant", reported_by=attrs.evolve(source, name=f"relay {n}"))
    return attrs.evolve(seed_claims()[0], source=source)


@pytest.mark.parametrize("suffix", ["jsonl", "csv", "parquet"])
def test_reporting_chains_longer_than_max_chain_are_refused(tmp_path: Path, suffix: str) -> None:
    """A chain of MAX_CHAIN intermediaries round-trips; one more is a clean error, not recursion."""
    if suffix == "parquet":
        pytest.importorskip("pyarrow")
    write, read = {
        "jsonl": (write_jsonl, read_jsonl),
        "csv": (write_csv, read_csv),
        "parquet": (write_parquet, read_parquet),
    }[suffix]
    path = tmp_path / f"claims.{suffix}"
    longest = _chained(formats.MAX_CHAIN)
    write([longest], path)
    assert read(path) == [longest]
    write([_chained(formats.MAX_CHAIN + 1)], path)
    with pytest.raises(ClaimFormatError, match="reporting chain of more than 100"):
        read(path)


def test_json_reporting_chain_of_thousands_is_a_clean_error() -> None:
    """A reported_by chain of 5,000 nested objects gives one error line, not RecursionError."""
    source = "null"
    for n in range(5000):
        source = f'{{"name": "n{n}", "reported_by": {source}}}'
    line = f'{{"subject": "x", "figure": {{"value": 1, "low": 1, "high": 1}}, "source": {source}}}'
    errors: list[ClaimFormatError] = []
    assert read_jsonl(io.StringIO(line + "\n"), errors=errors) == []
    assert "nested too deeply" in errors[0].reason


def test_empty_unit_is_an_error_in_json_and_the_default_in_csv() -> None:
    """An empty JSON unit is refused as unknown; empty CSV unit and hedge cells take the default."""
    figure = {"value": 5, "low": 5, "high": 5, "unit": ""}
    line = json.dumps({"subject": "x", "figure": figure, "source": {"name": "A"}})
    with pytest.raises(ClaimFormatError, match=re.escape("figure.unit: unknown unit ''")):
        read_jsonl(io.StringIO(line + "\n"))
    text = "subject,value,low,high,hedge,unit,source_name\nx,5,5,5,,,A\n"
    (claim,) = read_csv(io.StringIO(text))
    assert claim.figure == Figure(5.0, 5.0, 5.0, Hedge.EXACT, "count")


def test_claim_from_dict_names_where() -> None:
    """claim_from_dict puts ``where`` in front of the reason."""
    with pytest.raises(ClaimFormatError, match=r"^store:12: subject: required field missing"):
        claim_from_dict({"figure": {}, "source": {"name": "x"}}, where="store:12")


def test_schema_must_be_a_known_integer() -> None:
    """A non-integer or zero schema version is rejected."""
    d = claim_to_dict(seed_claims()[0])
    for bad in ("1", 0, True):
        with pytest.raises(ClaimFormatError, match="schema"):
            claim_from_dict({**d, "schema": bad})


# ---------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------


def _csv_view(claim: Claim) -> Claim:
    """Return what CSV keeps of a claim: empty optional texts become None, the id stays."""

    def opt(x: str | None) -> str | None:
        return x or None

    chain = [Source(n.name, opt(n.kind)) for n in claim.source.chain]
    source: Source | None = None
    for node in reversed(chain):
        source = Source(node.name, node.kind, source)
    assert source is not None
    p = claim.provenance
    return attrs.evolve(
        claim,
        source=source,
        provenance=attrs.evolve(
            p, url=opt(p.url), outlet=opt(p.outlet), document=opt(p.document), quote=opt(p.quote)
        ),
        key=opt(claim.key),
        parts_of=opt(claim.parts_of),
        group=opt(claim.group),
    )


def _csv_holds(claim: Claim) -> bool:
    """Return whether the chain and tags split back from their CSV cells."""
    chain = claim.source.chain[1:]
    for parts, sep in (
        ([n.name for n in chain], formats.CHAIN_SEPARATOR),
        ([n.kind or "" for n in chain], formats.CHAIN_SEPARATOR),
        (sorted(claim.tags), formats.TAG_SEPARATOR),
    ):
        if parts and sep.join(parts).split(sep) != parts:
            return False
    return True


@given(st.lists(claims.filter(_csv_holds), max_size=5))
def test_csv_keeps_every_field_it_can_hold(items: list[Claim]) -> None:
    """Claims written to CSV read back equal up to empty-vs-missing optional texts."""
    buffer = io.StringIO(newline="")
    assert write_csv(items, buffer) == len(items)
    buffer.seek(0)
    assert_same(read_csv(buffer), [_csv_view(c) for c in items])


def test_csv_layout(tmp_path: Path) -> None:
    """The CSV header is CSV_COLUMNS and the chain is flattened with ' > '."""
    path = tmp_path / "claims.csv"
    claim = seed_claims()[0].evolve(
        source=Source("Defence Ministry", "government", Source("Interfax", "outlet", Source("AFP")))
    )
    write_csv([claim], path)
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["reported_by"] == "Interfax > AFP"
    assert rows[0]["reported_by_kind"] == "outlet > "
    assert rows[0]["value"] == "100000.0"
    assert rows[0]["tags"] == "buildup|seed"
    assert_same(read_csv(path), [claim])


def test_csv_refuses_what_it_cannot_hold() -> None:
    """Writing a tag with '|' or an intermediary that does not split back raises."""
    base = seed_claims()[1]
    for claim in (
        base.evolve(tags={"a|b"}),
        base.evolve(source=Source("x", reported_by=Source("A > B"))),
        base.evolve(source=Source("x", reported_by=Source("A >", reported_by=Source("B")))),
    ):
        with pytest.raises(ClaimFormatError, match="CSV cannot hold"):
            write_csv([claim], io.StringIO())


def test_csv_bad_rows_name_file_and_line(tmp_path: Path) -> None:
    """Bad CSV rows raise naming the line where the row starts; errors=[] keeps good rows."""
    path = tmp_path / "claims.csv"
    write_csv(seed_claims(), path)
    header, row1, row2 = path.read_text(encoding="utf-8").splitlines()
    bad_unit = row2.replace(",troop,", ",zorkmid,")
    naive = row2.replace("2022-02-10T12:15:00+01:00", "2022-02-10T12:15:00")
    not_number = row2.replace("10000.0", "ten thousand")
    quoted = '"multi\nline subject"'
    multiline = row1.replace("Russian troops near Ukraine's border", quoted)
    path.write_text(
        "\n".join([header, multiline, bad_unit, naive, "", not_number, row2, "a,b"]) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(ClaimFormatError, match="zorkmid") as info:
        read_csv(path)
    assert (info.value.path, info.value.line) == (str(path), 4)
    errors: list[ClaimFormatError] = []
    got = read_csv(path, errors=errors)
    assert [c.subject for c in got] == ["multi\nline subject", seed_claims()[1].subject]
    assert [e.line for e in errors] == [4, 5, 7, 9]
    assert "naive" in errors[1].reason
    assert "not a number" in errors[2].reason
    assert "expected 25 cells" in errors[3].reason


def test_csv_header_is_checked(tmp_path: Path) -> None:
    """An unknown column is reported on line 1; a partial header with the needed columns reads."""
    path = tmp_path / "claims.csv"
    path.write_text("subject,value,colour\nx,1,red\n", encoding="utf-8")
    with pytest.raises(ClaimFormatError, match="unknown columns") as info:
        read_csv(path)
    assert info.value.line == 1
    path.write_text("subject,value,unit,source_name\ntroops,3000,troops,AFP\n", encoding="utf-8")
    (claim,) = read_csv(path)
    assert claim.figure == Figure.of(3000, "troops")
    assert claim.source == Source("AFP")


def test_csv_without_bounds_columns_derives_them_as_figure_of() -> None:
    """Without low/high columns a figure's interval comes from its value and hedge, as Figure.of."""
    text = (
        "subject,value,hedge,unit,source_name\n"
        "troops,100000,exact,troops,US\n"
        "troops,5,more_than,troops,UK\n"
        "troops,5,range,troops,FR\n"
    )
    errors: list[ClaimFormatError] = []
    us, uk = read_csv(io.StringIO(text), errors=errors)
    assert us.figure == Figure.of(100_000, "troops")
    assert uk.figure == Figure.of(5, "troops", hedge=Hedge.MORE_THAN)
    assert [(e.line, e.reason) for e in errors] == [
        (4, "figure.hedge: a range figure needs low and high columns")
    ]


@pytest.mark.parametrize(
    ("header", "missing"),
    [
        ("subject,value,low,source_name", "['high']"),
        ("subject,high,source_name", "['low']"),
        ("subject,unit,source_name", "['value']"),
        ("value,low,high,source_name", "['subject']"),
        ("subject,value,low,high", "['source_name']"),
    ],
)
def test_csv_header_without_needed_columns_is_refused(header: str, missing: str) -> None:
    """A header lacking subject, source_name, or both bounds and the value is refused on line 1."""
    with pytest.raises(ClaimFormatError, match=re.escape(f"missing columns {missing}")) as info:
        read_csv(io.StringIO(f"{header}\n"), errors=[])
    assert info.value.line == 1


def _tagged(tag: str) -> Claim:
    return attrs.evolve(seed_claims()[1], tags={tag})


@pytest.mark.parametrize(
    ("write", "suffix"),
    [(write_csv, "csv"), (write_jsonl, "jsonl"), (write_parquet, "parquet")],
)
def test_failed_write_leaves_the_existing_file_as_it_was(
    tmp_path: Path, write: Any, suffix: str
) -> None:
    """A write that fails part way leaves the old file byte for byte, and no temporary file."""
    pytest.importorskip("pyarrow")
    path = tmp_path / f"out.{suffix}"
    path.write_bytes(b"the old export\n")
    path.chmod(0o640)

    def claims() -> Any:
        yield seed_claims()[0]
        if suffix == "csv":
            yield _tagged("a|b")  # CSV cannot hold it
        raise OSError("the source went away")

    with pytest.raises((ClaimFormatError, OSError)):
        write(claims(), path)
    assert path.read_bytes() == b"the old export\n"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    assert write(seed_claims(), path) == 2
    assert path.stat().st_mode & 0o777 == 0o640  # the replaced file keeps its permissions


def test_write_through_a_link_replaces_the_linked_file(tmp_path: Path) -> None:
    """Writing to a symbolic link replaces the file it points to and keeps the link."""
    target, link = tmp_path / "target.jsonl", tmp_path / "link.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link.symlink_to(target)
    write_jsonl(seed_claims(), link)
    assert link.is_symlink()
    assert read_jsonl(target) == seed_claims()


def test_write_into_a_missing_folder_names_the_file(tmp_path: Path) -> None:
    """A path in a missing folder raises FileNotFoundError naming that path, not a temporary one."""
    path = tmp_path / "no such folder" / "out.jsonl"
    with pytest.raises(FileNotFoundError) as info:
        write_jsonl(seed_claims(), path)
    assert info.value.filename == str(path)


@pytest.mark.parametrize(("write", "read"), [(write_csv, read_csv), (write_jsonl, read_jsonl)])
def test_byte_order_mark_at_the_start_is_accepted(tmp_path: Path, write: Any, read: Any) -> None:
    """A file starting with a UTF-8 byte order mark (Excel's "CSV UTF-8") reads as without it."""
    path = tmp_path / "claims"
    write(seed_claims(), path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert read(path) == seed_claims()


@pytest.fixture
def csv_field_limit() -> Any:
    """Restore the csv module's process-wide field size limit after the test."""
    previous = csv.field_size_limit()
    yield csv.field_size_limit
    csv.field_size_limit(previous)


def test_csv_round_trips_cells_longer_than_the_csv_default_limit(
    tmp_path: Path, csv_field_limit: Any
) -> None:
    """A quote of 200,000 characters is written and read back, past csv's 131,072 default."""
    csv_field_limit(131_072)
    claims = [attrs.evolve(seed_claims()[0], provenance=Provenance(quote="x" * 200_000))]
    write_csv(claims, tmp_path / "long.csv")
    assert read_csv(tmp_path / "long.csv") == claims


def test_csv_row_the_csv_module_refuses_is_skipped_with_the_others(
    tmp_path: Path, csv_field_limit: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row the csv module raises on is named by its line; with errors=[] the rest still read."""
    monkeypatch.setattr(formats, "_CSV_FIELD_LIMIT", 400)
    csv_field_limit(400)
    path = tmp_path / "claims.csv"
    first, second = seed_claims()
    write_csv([first, attrs.evolve(first, subject="x" * 500), second], path)
    with pytest.raises(ClaimFormatError, match="malformed CSV: field larger") as info:
        read_csv(path)
    assert info.value.line == 3
    errors: list[ClaimFormatError] = []
    assert read_csv(path, errors=errors) == [first, second]
    assert [e.line for e in errors] == [3]


# ---------------------------------------------------------------------------
# ClaimReview
# ---------------------------------------------------------------------------


def test_claimreview_has_google_required_and_recommended_fields(tmp_path: Path) -> None:
    """to_claimreview emits Google's required and recommended ClaimReview properties."""
    claim = seed_claims()[0]
    review = to_claimreview(
        claim,
        rating="Accurate",
        reviewer="Example Fact Check",
        review_url="https://factcheck.example/russian-troops",
        review_date=date(2022, 2, 11),
        rating_value=5,
        best=5,
        worst=1,
    )
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert "more than 100,000" in review["claimReviewed"]
    assert review["url"] == "https://factcheck.example/russian-troops"
    assert review["author"] == {"@type": "Organization", "name": "Example Fact Check"}
    assert review["datePublished"] == "2022-02-11"
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Accurate",
        "ratingValue": 5,
        "bestRating": 5,
        "worstRating": 1,
    }
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Organization", "name": "Western officials"}
    assert item["datePublished"] == "2022-02-10T09:30:00+01:00"
    appearance = item["appearance"]
    assert appearance["url"] == claim.provenance.url
    assert appearance["datePublished"] == "2022-02-10T18:00:00+01:00"
    assert appearance["publisher"] == {"@type": "Organization", "name": "FRANCE 24"}
    assert json.loads(json.dumps(review)) == review


def test_claimreview_minimal_and_person_author() -> None:
    """Without optional arguments only given properties appear; a person claimant is a Person."""
    claim = Claim(subject="troops", figure=Figure.of(5, "troop"), source=Source("Biden", "person"))
    review = to_claimreview(claim, rating="False", reviewer="FC")
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "False"}
    assert review["itemReviewed"]["author"]["@type"] == "Person"
    assert "url" not in review
    assert "appearance" not in review["itemReviewed"]


def test_claimreview_rejects_bad_ratings() -> None:
    """A rating outside the scale, an empty verdict or a naive review time is refused."""
    claim = seed_claims()[1]
    with pytest.raises(ClaimFormatError, match="outside"):
        to_claimreview(claim, rating="False", reviewer="FC", rating_value=7, best=5, worst=1)
    with pytest.raises(ClaimFormatError, match="non-empty"):
        to_claimreview(claim, rating=" ", reviewer="FC")
    with pytest.raises(ClaimFormatError, match="timezone-aware"):
        to_claimreview(claim, rating="False", reviewer="FC", review_date=datetime(2022, 2, 11))


def test_write_claimreview_array_and_graph(tmp_path: Path) -> None:
    """write_claimreview writes a JSON array, or one @graph document."""
    reviews = [to_claimreview(c, rating="Unproven", reviewer="FC") for c in seed_claims()]
    path = tmp_path / "reviews.json"
    assert write_claimreview(reviews, path) == 2
    assert json.loads(path.read_text(encoding="utf-8")) == reviews
    assert write_claimreview(reviews, path, graph=True) == 2
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["@context"] == "https://schema.org"
    assert [r["@type"] for r in doc["@graph"]] == ["ClaimReview", "ClaimReview"]
    assert all("@context" not in r for r in doc["@graph"])


# ---------------------------------------------------------------------------
# Parquet and data frames
# ---------------------------------------------------------------------------


@given(st.lists(claims, max_size=5))
def test_parquet_round_trip(items: list[Claim]) -> None:
    """Arbitrary claims written to Parquet read back equal, ids and offsets included."""
    buffer = io.BytesIO()
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(formats._to_table(items), buffer)
    buffer.seek(0)
    assert_same(formats._from_table(pq.read_table(buffer), "<buffer>"), items)


def test_parquet_file_schema_and_metadata(tmp_path: Path) -> None:
    """write_parquet writes the explicit schema with the version in the file metadata."""
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "claims.parquet"
    assert write_parquet(seed_claims(), path) == 2
    schema = pq.read_schema(path)
    assert tuple(schema.names) == PARQUET_COLUMNS
    assert schema.metadata[b"claimtrack.schema"] == b"1"
    assert str(schema.field("stated_at").type) == "timestamp[us, tz=UTC]"
    table = pq.read_table(path)
    assert table.column("stated_at_offset").to_pylist() == [60, 60]
    assert table.column("reported_by").to_pylist()[0] == [{"name": "AFP", "kind": "agency"}]
    assert_same(read_parquet(path), seed_claims())


@given(st.lists(claims, min_size=1, max_size=6))
def test_partitioned_dataset_round_trip(items: list[Claim]) -> None:
    """A dataset partitioned by unit and group reads back the same claims (order aside)."""
    import tempfile

    pytest.importorskip("pyarrow")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "ds"
        if any(
            c.group is not None and not re.fullmatch(r"[^\x00-\x1f\x7f/\\]+", c.group)
            for c in items
        ):
            with pytest.raises(ClaimFormatError, match="cannot partition by group"):
                write_parquet(items, root, partition_cols=["unit", "group"])
            return
        write_parquet(items, root, partition_cols=["unit", "group"])
        got = read_parquet(root)

    def order(claim: Claim) -> str:
        return json.dumps(claim_to_dict(claim), sort_keys=True)

    assert_same(sorted(got, key=order), sorted(items, key=order))


def test_parquet_newer_schema_is_refused(tmp_path: Path) -> None:
    """A Parquet file whose metadata says a newer schema is refused with a clear message."""
    pq = pytest.importorskip("pyarrow.parquet")
    table = formats._to_table(seed_claims())
    table = table.replace_schema_metadata({b"claimtrack.schema": b"2"})
    path = tmp_path / "new.parquet"
    pq.write_table(table, path)
    with pytest.raises(ClaimFormatError, match="written by a newer claimtrack"):
        read_parquet(path)


def test_parquet_refuses_sub_minute_offsets(tmp_path: Path) -> None:
    """An offset that is not whole minutes cannot be stored and says so."""
    pytest.importorskip("pyarrow")
    odd = timezone(timedelta(minutes=9, seconds=21))
    claim = seed_claims()[1].evolve(stated_at=datetime(1900, 1, 1, tzinfo=odd))
    with pytest.raises(ClaimFormatError, match="whole minutes"):
        write_parquet([claim], tmp_path / "x.parquet")


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("figure_text", None, "row 1: figure_text: empty (null) in a column every claim needs"),
        ("id", None, "row 1: id: empty (null)"),
        ("tags", None, "row 1: tags: empty (null)"),
        ("stated_at_offset", 100_000, "row 1: stated_at_offset: 100000 minutes is no UTC offset"),
        ("stated_at", 2**62, "row 1: stated_at: 4611686018427387904 microseconds is out of range"),
        ("reported_by", [{"name": None, "kind": None}], "row 1: reported_by: name must be"),
    ],
)
def test_parquet_bad_cell_names_row_and_column(
    tmp_path: Path, column: str, value: Any, message: str
) -> None:
    """A null in a needed column or an out-of-range time raises naming the file, row and column."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = formats._to_table(seed_claims())
    field = table.schema.field(column)
    cells = table.column(column).cast(pa.int64()) if column == "stated_at" else table[column]
    values = cells.to_pylist()
    values[1] = value
    array = pa.array(values, pa.int64() if column == "stated_at" else field.type)
    if column == "stated_at":
        array = array.cast(field.type)
    table = table.set_column(table.schema.get_field_index(column), field.with_nullable(True), array)
    path = tmp_path / "bad.parquet"
    pq.write_table(table, path)
    with pytest.raises(ClaimFormatError, match=re.escape(message)) as info:
        read_parquet(path)
    assert info.value.path == str(path)


@given(st.lists(claims, max_size=5))
def test_dataframe_round_trip(items: list[Claim]) -> None:
    """to_dataframe then from_dataframe gives back the same claims."""
    pytest.importorskip("pandas")
    frame = to_dataframe(items)
    assert tuple(frame.columns) == PARQUET_COLUMNS
    assert len(frame) == len(items)
    assert_same(from_dataframe(frame), items)


def test_dataframe_bad_row_is_named() -> None:
    """An invalid row in a data frame raises ClaimFormatError naming the row."""
    pytest.importorskip("pandas")
    frame = to_dataframe(seed_claims())
    frame.loc[1, "unit"] = "zorkmid"
    with pytest.raises(ClaimFormatError, match=r"row 1: .*zorkmid"):
        from_dataframe(frame)


# claimtrack is not on PyPI: the hint installs the extra from a clone.
PARQUET_HINT = re.escape('pip install -e ".[parquet]" in a claimtrack clone')


@pytest.mark.parametrize("missing", ["pyarrow", "pandas"])
def test_missing_optional_dependency_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, missing: str
) -> None:
    """Without pyarrow or pandas the Parquet functions raise ImportError naming the extra."""
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == missing or name.startswith(missing + "."):
            raise ModuleNotFoundError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(ImportError, match=PARQUET_HINT):
        to_dataframe(seed_claims())
    if missing == "pyarrow":
        with pytest.raises(ImportError, match=PARQUET_HINT):
            write_parquet(seed_claims(), tmp_path / "x.parquet")
        with pytest.raises(ImportError, match=PARQUET_HINT):
            read_parquet(tmp_path / "x.parquet")
