"""Fuzzing of every text entry point: any text or bytes give a result or a ClaimtrackError.

Linear running time on adversarial input is measured in benchmarks/bench_adversarial.py,
not here (no timed unit tests).
"""

from __future__ import annotations

import contextlib
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack import (
    ClaimStore,
    ClaimtrackError,
    extract_claims,
    find_figures,
    parse_figure,
    parse_time,
    read_csv,
    read_jsonl,
)
from claimtrack.formats import CSV_COLUMNS

# Text with the ingredients that make figure grammars misbehave: digits, separators,
# hedge words, scale words, units, dashes and odd spaces.
PIECES = st.sampled_from(
    [
        "1", "100", ",000", ".5", " ", "\u00a0", "\u202f", "-", "\u2013", "more than ", "nearly ",
        "about ", "between ", " and ", " to ", "tens of ", "thousands", " million", "bn", "k",
        "$", "%", " troops", " people", " km", "am ", "pm ", "Paris time", "February 11", "said ",
        "according to ", '"', "\n", "2015", "82nd", "Covid-19", "GMT+1", "per cent", "a dozen ",
    ]
)  # fmt: skip
NEWSY = st.lists(PIECES, max_size=40).map("".join)
TEXT = st.one_of(st.text(max_size=200), NEWSY)
FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT)
def test_parse_figure_gives_a_figure_or_a_claimtrack_error(text: str) -> None:
    """parse_figure returns a Figure or raises a ClaimtrackError, nothing else."""
    try:
        figure = parse_figure(text)
    except ClaimtrackError:
        return
    assert figure.text == text


@FAST
@given(TEXT)
def test_find_figures_never_raises(text: str) -> None:
    """find_figures returns mentions whose spans index the text, on any text."""
    for mention in find_figures(text):
        start, end = mention.span
        assert 0 <= start < end <= len(text)


@FAST
@given(TEXT, st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
def test_extract_claims_never_raises(text: str, published: date) -> None:
    """extract_claims returns claims or raises a ClaimtrackError, on any text and date."""
    try:
        claims = extract_claims(text, published=published)
    except ClaimtrackError:
        return
    for claim in claims:
        assert claim.provenance.span is not None


@FAST
@given(TEXT)
def test_parse_time_gives_an_aware_time_or_a_claimtrack_error(text: str) -> None:
    """parse_time returns an aware datetime or raises a ClaimtrackError."""
    reference = datetime(2022, 2, 10, 12, 0, tzinfo=UTC)
    try:
        moment = parse_time(text, reference=reference)
    except ClaimtrackError:
        return
    assert moment.tzinfo is not None


JSONISH = st.one_of(
    st.binary(max_size=300),
    st.lists(
        st.sampled_from(
            [b"{", b"}", b'"schema": 1', b'"subject": "x"', b",", b"\n", b"[", b"]", b"null",
             b'"figure": {"value": 1, "low": 1, "high": 1, "unit": "troop"}', b"\xff", b"3"]
        ),
        max_size=30,
    ).map(b"".join),
)  # fmt: skip


@FAST
@given(JSONISH)
def test_read_jsonl_on_any_bytes(data: bytes) -> None:
    """read_jsonl raises only ClaimFormatError-like errors; collecting mode never raises."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "claims.jsonl")
        path.write_bytes(data)
        with contextlib.suppress(ClaimtrackError):
            read_jsonl(path)
        errors: list[ClaimtrackError] = []
        claims = read_jsonl(path, errors=errors)  # type: ignore[arg-type]
        assert all(str(e) for e in errors)
        assert len(claims) + len(errors) <= len(data.splitlines()) + 1


CSVISH = st.one_of(
    st.binary(max_size=300),
    st.lists(
        st.sampled_from([",".join(CSV_COLUMNS).encode(), b"\n", b",", b'"', b"x", b"1", b"\xfe"]),
        max_size=30,
    ).map(b"".join),
)


@FAST
@given(CSVISH)
def test_read_csv_on_any_bytes(data: bytes) -> None:
    """read_csv raises only ClaimtrackErrors; collecting mode never raises."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "claims.csv")
        path.write_bytes(data)
        with contextlib.suppress(ClaimtrackError):
            read_csv(path)
        errors: list[ClaimtrackError] = []
        # a file-level fault (an unreadable header) cannot be collected row by row
        with contextlib.suppress(ClaimtrackError):
            read_csv(path, errors=errors)  # type: ignore[arg-type]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(JSONISH, CSVISH), st.sampled_from(["jsonl", "csv"]))
def test_failed_import_leaves_the_store_as_it_was(data: bytes, suffix: str) -> None:
    """Importing any bytes adds claims or raises a ClaimtrackError; a refusal writes nothing."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, f"input.{suffix}")
        path.write_bytes(data)
        with ClaimStore(Path(folder, "claims.db")) as store:
            try:
                result = store.import_file(path)
            except ClaimtrackError:
                assert len(store) == 0
                return
            assert len(store) == result.added
