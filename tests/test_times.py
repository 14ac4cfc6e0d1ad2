"""Tests of claimtrack.times: parse_time, live-blog stamps and their resolution.

Stamp lines quoted from the seed live blogs are FRANCE 24 with AFP (February 2022).
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.exceptions import ClaimtrackError, TimeParseError
from claimtrack.times import (
    CITY_ZONES,
    MAX_TEXT_LENGTH,
    StampMatch,
    clear_cache,
    find_stamp,
    find_stamp_prefix,
    parse_time,
    resolve_stamp,
    resolve_stamps,
)

PARIS = ZoneInfo("Europe/Paris")
BLOG_10 = date(2022, 2, 10)  # a Thursday
BLOG_02 = date(2022, 2, 2)
DATA = Path(__file__).resolve().parent.parent / "examples" / "data"


def _iso(text: str, **kwargs: object) -> str:
    return parse_time(text, **kwargs).isoformat()  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# ISO 8601
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-02-10", "2022-02-10T00:00:00+01:00"),
        ("2022-02-10T21:30:00+01:00", "2022-02-10T21:30:00+01:00"),
        ("2022-02-10T21:30:00Z", "2022-02-10T21:30:00+00:00"),
        ("2022-02-10 21:30", "2022-02-10T21:30:00+01:00"),
    ],
)
def test_iso_strings(text: str, expected: str) -> None:
    """ISO 8601 strings are read by the standard library; naive ones get the reference zone."""
    assert _iso(text, reference=BLOG_10, tz="Europe/Paris") == expected


# ---------------------------------------------------------------------------
# live-blog stamps through parse_time
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("12:15 am Paris time", BLOG_10, "2022-02-10T00:15:00+01:00"),
        ("02:25 am Paris time", BLOG_10, "2022-02-10T02:25:00+01:00"),
        ("6:30 pm Paris time", BLOG_10, "2022-02-10T18:30:00+01:00"),
        ("3 pm Paris time", BLOG_10, "2022-02-10T15:00:00+01:00"),
        ("21:30 Paris (GMT+1)", BLOG_02, "2022-02-02T21:30:00+01:00"),
        ("- 21:30 Paris (GMT+1)", BLOG_02, "2022-02-02T21:30:00+01:00"),
        ("- 20:07 Paris time (GMT+1)", BLOG_02, "2022-02-02T20:07:00+01:00"),
        ("12:15 am Paris time, February 11", BLOG_10, "2022-02-11T00:15:00+01:00"),
        ("February 11, 12:15 am Paris time", BLOG_10, "2022-02-11T00:15:00+01:00"),
        ("9.30 a.m. Kyiv time", BLOG_10, "2022-02-10T09:30:00+02:00"),
        ("10:00 am Kiev time", BLOG_10, "2022-02-10T10:00:00+02:00"),
        ("1:00 pm Moscow time", BLOG_10, "2022-02-10T13:00:00+03:00"),
        ("9 am Washington time", BLOG_10, "2022-02-10T09:00:00-05:00"),
        ("21:30 CET", BLOG_10, "2022-02-10T21:30:00+01:00"),
        ("21:30 UTC+1", BLOG_10, "2022-02-10T21:30:00+01:00"),
        ("21:30 GMT", BLOG_10, "2022-02-10T21:30:00+00:00"),
    ],
)
def test_news_stamps(text: str, reference: date, expected: str) -> None:
    """City-time stamps dateparser cannot read get the city's zone and the reference's date."""
    assert _iso(text, reference=reference) == expected


def test_stamp_without_zone_takes_reference_zone() -> None:
    """A bare clock time is read in the reference's zone."""
    assert _iso("21:30", reference=BLOG_02, tz="Europe/Paris") == "2022-02-02T21:30:00+01:00"
    assert _iso("21:30", reference=BLOG_02) == "2022-02-02T21:30:00+00:00"


def test_city_offset_disagreement_keeps_the_stated_offset() -> None:
    """When a city and an explicit offset disagree, the explicit offset wins."""
    result = parse_time("21:30 Paris (GMT+3)", reference=BLOG_02)
    assert result.utcoffset() == timedelta(hours=3)
    assert result.hour == 21


def test_city_zone_is_dst_aware() -> None:
    """A city stamp in summer uses the city's summer offset."""
    assert _iso("6:30 pm Paris time", reference=date(2022, 7, 1)) == "2022-07-01T18:30:00+02:00"


def test_stamp_date_from_aware_reference_in_stamp_zone() -> None:
    """An aware reference gives the stamp its date as seen in the stamp's zone."""
    ref = datetime(2022, 2, 10, 23, 30, tzinfo=UTC)  # 00:30 on 11 February in Paris
    assert _iso("02:25 am Paris time", reference=ref) == "2022-02-11T02:25:00+01:00"


# ---------------------------------------------------------------------------
# relative news words
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Thursday", date(2022, 2, 10)),
        ("Thursday", date(2022, 2, 10)),
        ("on Tuesday", date(2022, 2, 8)),
        ("Friday", date(2022, 2, 11)),
        ("last Thursday", date(2022, 2, 3)),
        ("next Thursday", date(2022, 2, 17)),
        ("last week", date(2022, 2, 3)),
        ("yesterday", date(2022, 2, 9)),
        ("today", date(2022, 2, 10)),
        ("tomorrow", date(2022, 2, 11)),
        ("February 11", date(2022, 2, 11)),
        ("Feb. 7", date(2022, 2, 7)),
        ("February 7", date(2022, 2, 7)),
        ("7 February", date(2022, 2, 7)),
        ("on Thursday, February 10", date(2022, 2, 10)),
        ("February 20, 2015", date(2015, 2, 20)),
        ("December 25", date(2021, 12, 25)),
    ],
)
def test_relative_words_nearest(text: str, expected: date) -> None:
    """Weekdays, month-days and relative words resolve to the nearest day, at local midnight."""
    result = parse_time(text, reference=BLOG_10, tz="Europe/Paris")
    assert result.date() == expected
    assert (result.hour, result.minute) == (0, 0)
    assert result.tzinfo is PARIS


@pytest.mark.parametrize(
    ("text", "prefer", "expected"),
    [
        ("on Tuesday", "past", date(2022, 2, 8)),
        ("on Tuesday", "nearest", date(2022, 2, 8)),
        ("on Tuesday", "future", date(2022, 2, 15)),
        ("Friday", "past", date(2022, 2, 4)),
        ("Friday", "future", date(2022, 2, 11)),
        ("Thursday", "past", date(2022, 2, 10)),
        ("Thursday", "future", date(2022, 2, 10)),
        ("February 11", "past", date(2022, 2, 11)),
        ("February 7", "future", date(2022, 2, 7)),
        ("December 25", "future", date(2022, 12, 25)),
        ("March 1", "past", date(2021, 3, 1)),
    ],
)
def test_prefer(text: str, prefer: str, expected: date) -> None:
    """`prefer` settles ambiguous weekdays and distant month-days, not a day-away month-day."""
    assert parse_time(text, reference=BLOG_10, prefer=prefer).date() == expected


def test_dateparser_fallback_is_aware_and_relative() -> None:
    """Phrases outside the fast path go to dateparser with the reference as base."""
    ref = datetime(2022, 2, 10, 12, 0, tzinfo=PARIS)
    assert _iso("2 days ago", reference=ref) == "2022-02-08T12:00:00+01:00"
    assert _iso("in 3 hours", reference=ref) == "2022-02-10T15:00:00+01:00"


def test_dateparser_fallback_with_fixed_offset_zone() -> None:
    """A fixed-offset reference zone (not an IANA zone) also reaches dateparser correctly."""
    ref = datetime(2022, 2, 10, 12, 0, tzinfo=timezone(timedelta(hours=-3)))
    assert _iso("2 days ago", reference=ref) == "2022-02-08T12:00:00-03:00"


def test_naive_reference_takes_tz() -> None:
    """A naive datetime reference is read in `tz` (an IANA name or a tzinfo)."""
    assert _iso("today", reference=datetime(2022, 2, 10, 9), tz="Europe/Paris") == (
        "2022-02-10T00:00:00+01:00"
    )
    assert _iso("today", reference=datetime(2022, 2, 10, 9), tz=PARIS) == (
        "2022-02-10T00:00:00+01:00"
    )


def test_same_instant_other_zone_is_not_confused_by_the_cache() -> None:
    """Two references at the same instant in different zones keep their own local dates."""
    utc = datetime(2022, 2, 10, 23, 30, tzinfo=UTC)
    paris = utc.astimezone(PARIS)
    assert parse_time("today", reference=utc).date() == date(2022, 2, 10)
    assert parse_time("today", reference=paris).date() == date(2022, 2, 11)


def test_cache_returns_equal_results_after_clearing() -> None:
    """Cached and freshly computed results agree."""
    first = parse_time("on Tuesday", reference=BLOG_10)
    assert parse_time("on Tuesday", reference=BLOG_10) == first
    clear_cache()
    assert parse_time("on Tuesday", reference=BLOG_10) == first


# ---------------------------------------------------------------------------
# errors
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "xyzzy",
        "the quick brown fox",
        "",
        "   ",
        "99:99 Paris time",
        "x" * 500,
        "Russia has massed more than 100,000 soldiers",
    ],
)
def test_garbage_raises_time_parse_error_naming_the_text(text: str) -> None:
    """Unreadable text raises TimeParseError (a ValueError) whose message names the text."""
    with pytest.raises(TimeParseError) as info:
        parse_time(text, reference=BLOG_10)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, ClaimtrackError)
    assert repr(text)[:40].rstrip("'") in str(info.value)


def test_long_text_is_rejected_before_dateparser() -> None:
    """A text over MAX_TEXT_LENGTH is rejected even if it mentions a date."""
    text = "on Tuesday " + "and so on " * MAX_TEXT_LENGTH
    with pytest.raises(TimeParseError):
        parse_time(text, reference=BLOG_10)


def test_bad_arguments() -> None:
    """An unknown `prefer` or zone name is a ValueError naming it."""
    with pytest.raises(ValueError, match="sometimes"):
        parse_time("today", reference=BLOG_10, prefer="sometimes")
    with pytest.raises(ValueError, match="Mars/Olympus"):
        parse_time("today", reference=BLOG_10, tz="Mars/Olympus")


# ---------------------------------------------------------------------------
# find_stamp
# ---------------------------------------------------------------------------


def test_find_stamp_pieces() -> None:
    """find_stamp returns the hour, minute, zone, stated offset and date of a stamp line."""
    s = find_stamp("- 21:30 Paris (GMT+1)")
    assert s is not None
    assert (s.hour, s.minute, s.zone, s.offset, s.month, s.day) == (
        21,
        30,
        PARIS,
        timedelta(hours=1),
        None,
        None,
    )
    s = find_stamp("12:15 am Paris time, February 11")
    assert s is not None
    assert (s.hour, s.minute, s.zone, s.offset, s.month, s.day, s.year) == (
        0,
        15,
        PARIS,
        None,
        2,
        11,
        None,
    )
    assert s.has_date


@pytest.mark.parametrize(
    "line",
    [
        "2022",
        "3",
        "100,000",
        "10.50",
        "February 11",
        "Russia has massed more than 100,000 soldiers near Ukraine's borders.",
        "13 pm Paris time",
        "21:30 Paris time, February 30",
    ],
)
def test_find_stamp_rejects_non_stamps(line: str) -> None:
    """Numbers, dates without a time, prose and impossible times are not stamps."""
    assert find_stamp(line) is None


@pytest.mark.parametrize(
    ("name", "path"), [("2022-02-02", "2022-02-02"), ("2022-02-10", "2022-02-10")]
)
def test_find_stamp_on_seed_blogs_finds_only_stamp_lines(name: str, path: str) -> None:
    """In the seed blogs, the stamp lines and only they are recognised."""
    lines = (DATA / f"france24-liveblog-{path}.txt").read_text(encoding="utf-8").splitlines()
    found = [line for line in lines if find_stamp(line) is not None]
    assert found, name
    assert all("Paris" in line and len(line) < 40 for line in found)
    assert len(found) == {"2022-02-02": 11, "2022-02-10": 13}[name]


def test_stamp_match_validates() -> None:
    """StampMatch rejects out-of-range pieces and a day without a month."""
    with pytest.raises(ValueError, match="hour"):
        StampMatch(text="x", hour=24)
    with pytest.raises(ValueError, match="month and day"):
        StampMatch(text="x", hour=1, day=3)
    with pytest.raises(ValueError, match="day"):
        StampMatch(text="x", hour=1, month=2, day=30)


# ---------------------------------------------------------------------------
# resolving the stamps of a document
# ---------------------------------------------------------------------------

SEED_10 = [
    "2022-02-11T02:25:00+01:00",
    "2022-02-11T02:20:00+01:00",
    "2022-02-11T00:15:00+01:00",
    "2022-02-10T23:25:00+01:00",
    "2022-02-10T18:30:00+01:00",
    "2022-02-10T15:00:00+01:00",
    "2022-02-10T11:30:00+01:00",
    "2022-02-10T11:15:00+01:00",
    "2022-02-10T10:30:00+01:00",
    "2022-02-10T10:20:00+01:00",
    "2022-02-10T10:05:00+01:00",
    "2022-02-10T09:00:00+01:00",
    "2022-02-10T08:30:00+01:00",
]
SEED_02 = [
    f"2022-02-02T{hm}:00+01:00"
    for hm in [
        "21:30",
        "20:07",
        "19:30",
        "19:10",
        "18:39",
        "18:15",
        "17:58",
        "17:32",
        "17:18",
        "16:48",
        "16:28",
    ]
]


def _seed_stamps(path: str) -> list[StampMatch]:
    lines = (DATA / f"france24-liveblog-{path}.txt").read_text(encoding="utf-8").splitlines()
    return [s for s in map(find_stamp, lines) if s is not None]


@pytest.mark.parametrize(
    ("path", "reference", "expected"),
    [("2022-02-10", BLOG_10, SEED_10), ("2022-02-02", BLOG_02, SEED_02)],
)
def test_seed_blog_stamps_resolve(path: str, reference: date, expected: list[str]) -> None:
    """Every stamp of each seed blog resolves to the right aware datetime, across midnight."""
    times = resolve_stamps(_seed_stamps(path), reference=reference)
    assert [t.isoformat() for t in times] == expected


def test_seed_blog_without_the_dated_stamp_anchors_on_earliest_entry() -> None:
    """With no dated stamp, the earliest entry falls on the blog's date."""
    stamps = [s for s in _seed_stamps("2022-02-10") if not s.has_date]
    times = resolve_stamps(stamps, reference=BLOG_10)
    assert [t.isoformat() for t in times] == [x for x in SEED_10 if "00:15" not in x]


def test_resolve_stamps_oldest_first_across_midnight() -> None:
    """An oldest-first blog moves to the next day when the clock wraps."""
    stamps = [find_stamp(x) for x in ["22:00", "23:30", "00:10", "01:00"]]
    times = resolve_stamps([s for s in stamps if s], reference=BLOG_10, tz="Europe/Paris")
    assert [t.isoformat() for t in times] == [
        "2022-02-10T22:00:00+01:00",
        "2022-02-10T23:30:00+01:00",
        "2022-02-11T00:10:00+01:00",
        "2022-02-11T01:00:00+01:00",
    ]


def test_resolve_stamps_each_dated_stamp_reanchors() -> None:
    """Every dated stamp is placed on its own date and the following stamps follow it."""
    lines = [
        "10:00 am Paris time, February 9",
        "11:00 am",
        "9:00 am Paris time, February 11",
        "9:30",
    ]
    stamps = [s for s in map(find_stamp, lines) if s]
    times = resolve_stamps(stamps, reference=BLOG_10, tz="Europe/Paris")
    assert [t.date().day for t in times] == [9, 9, 11, 11]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["February 25, 2022 - 8:10 am Paris time", "9:45 am", "10:00 GMT", "11:00"],
            ["08:10:00+01:00", "09:45:00+01:00", "10:00:00+00:00", "11:00:00+00:00"],
        ),
        (["9:45 am", "10:30 am Paris time"], ["09:45:00+01:00", "10:30:00+01:00"]),
        (["9:45 am", "10:00"], ["09:45:00+00:00", "10:00:00+00:00"]),
    ],
)
def test_resolve_stamps_carries_the_blogs_zone(lines: list[str], expected: list[str]) -> None:
    """A stamp without a zone is read in the zone its blog last named, else the first named."""
    stamps = [s for s in map(find_stamp, lines) if s]
    times = resolve_stamps(stamps, reference=date(2022, 2, 25))
    assert [t.isoformat()[11:] for t in times] == expected


@pytest.mark.parametrize(
    ("line", "text", "start"),
    [
        ("4:02 pm: Kyiv's mayor said", "4:02 pm", 9),
        ("  15:16 GMT - Russia said", "15:16 GMT", 14),
        ("10:30 am Paris time – The ministry said", "10:30 am Paris time", 22),
        ("12:15 am Paris time, February 11: text", "12:15 am Paris time, February 11", 34),
        ("1516 GMT - Russia said", "1516 GMT", 11),  # four digits before a zone: wire style
        ("Updated 14:32 CET: The army said", "Updated 14:32 CET", 19),
    ],
)
def test_find_stamp_prefix(line: str, text: str, start: int) -> None:
    """A stamp that opens a line, set off by a colon or a dash, is found with the text's start."""
    found = find_stamp_prefix(line)
    assert found is not None
    assert (found[0].text, found[1]) == (text, start)
    assert find_stamp(text) == found[0]


@pytest.mark.parametrize(
    "line",
    [
        "1516 - x",  # four digits without a zone are no time
        "2516 GMT - x",
        "3,000 troops: a first wave",
        "5 pm - 6 pm: closed",
        "4:02 pm",
        "The 2-1 win: x",
    ],
)
def test_find_stamp_prefix_rejects(line: str) -> None:
    """A bare number, a figure, a stamp before a number or a stamp alone opens no entry text."""
    assert find_stamp_prefix(line) is None


@given(st.text(max_size=80))
def test_find_stamp_prefix_never_raises(line: str) -> None:
    """find_stamp_prefix never raises, and the text it finds starts inside the line."""
    found = find_stamp_prefix(line)
    assert found is None or 0 < found[1] < len(line)


def test_resolve_stamps_empty() -> None:
    """No stamps give no times."""
    assert resolve_stamps([], reference=BLOG_10) == []


def test_resolve_stamp_single_steps() -> None:
    """resolve_stamp takes the stamp's date, else the day nearest `previous`, else the reference."""
    dated = find_stamp("12:15 am Paris time, February 11")
    late = find_stamp("11:25 pm Paris time")
    assert dated is not None
    assert late is not None
    anchor = resolve_stamp(dated, reference=BLOG_10)
    assert anchor.isoformat() == "2022-02-11T00:15:00+01:00"
    assert resolve_stamp(late, reference=BLOG_10, previous=anchor).isoformat() == (
        "2022-02-10T23:25:00+01:00"
    )
    assert resolve_stamp(late, reference=BLOG_10).isoformat() == "2022-02-10T23:25:00+01:00"


# ---------------------------------------------------------------------------
# properties
# ---------------------------------------------------------------------------

_offsets = st.timedeltas(min_value=timedelta(hours=-23, minutes=-59), max_value=timedelta(hours=23))
_zones = st.one_of(st.timezones(), st.builds(timezone, _offsets))


@given(st.datetimes(timezones=_zones), st.dates())
def test_iso_round_trip(d: datetime, reference: date) -> None:
    """For any aware datetime d, parse_time(d.isoformat()) is d: same wall time, same offset.

    Python compares a datetime in a DST gap or fold unequal to every other zone
    (PEP 495), so ``==`` is asserted only for datetimes that exist unambiguously.
    """
    result = parse_time(d.isoformat(), reference=reference)
    assert result.replace(tzinfo=None) == d.replace(tzinfo=None)
    assert result.utcoffset() == d.utcoffset()
    if d.replace(fold=1 - d.fold).utcoffset() == d.utcoffset():
        assert result == d


_WORDS = [
    "on", "Thursday", "last", "next", "week", "February", "Feb.", "11", "2022", "am", "pm",
    "Paris", "time", "(GMT+1)", "-", ",", "21:30", "12:15", "yesterday", "today", "ago",
    "days", "3", "in", "hours", "UTC+14", "Kyiv", "29", "noon", "x", "99",
]  # fmt: skip
_phrases = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6).map(" ".join)
_references = st.one_of(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
)


@given(st.one_of(st.text(max_size=40), _phrases), _references)
def test_parse_time_raises_only_time_parse_error_and_never_returns_naive(
    text: str, reference: date
) -> None:
    """On arbitrary text parse_time either returns an aware datetime or raises TimeParseError."""
    try:
        result = parse_time(text, reference=reference, tz="Europe/Paris")
    except TimeParseError:
        return
    assert result.tzinfo is not None
    assert result.utcoffset() is not None


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
    st.sampled_from(["nearest", "past", "future"]),
)
def test_weekday_law(reference: date, name: str, prefer: str) -> None:
    """A weekday resolves to that weekday, within 3 days (nearest) or 6 on the preferred side."""
    day = parse_time(name, reference=reference, prefer=prefer).date()
    assert day.strftime("%A") == name
    gap = (day - reference).days
    assert {"nearest": -3 <= gap <= 3, "past": -6 <= gap <= 0, "future": 0 <= gap <= 6}[prefer]


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)), st.dates())
def test_month_day_law(reference: date, target: date) -> None:
    """A month-day resolves to that month and day, within half a year of the reference."""
    text = f"{target:%B} {target.day}"
    day = parse_time(text, reference=reference).date()
    assert (day.month, day.day) == (target.month, target.day)
    limit = 183 if (target.month, target.day) != (2, 29) else 3 * 366
    assert abs((day - reference).days) <= limit


@given(
    st.datetimes(min_value=datetime(2022, 1, 5), max_value=datetime(2022, 2, 20)),
    st.lists(st.integers(min_value=1, max_value=11 * 60 + 59), min_size=1, max_size=12),
    st.booleans(),
)
def test_resolve_stamps_recovers_any_sequence_with_short_gaps(
    start: datetime, gaps: list[int], newest_first: bool
) -> None:
    """Clock-only stamps of entries less than 12 h apart resolve back to their true times."""
    start = start.replace(second=0, microsecond=0, tzinfo=PARIS)
    truth = [start]
    for gap in gaps:
        truth.append(truth[-1] + timedelta(minutes=gap))
    if newest_first:
        truth.reverse()
    stamps = [find_stamp(f"- {t:%H:%M} Paris time (GMT+1)") for t in truth]
    assert all(stamps)
    times = resolve_stamps([s for s in stamps if s], reference=start.date())
    assert times == truth
    assert all(t.tzinfo is not None for t in times)


@given(
    st.datetimes(min_value=datetime(2022, 3, 26, 12), max_value=datetime(2022, 3, 27, 3)),
    st.lists(st.integers(min_value=1, max_value=10 * 60 + 59), min_size=1, max_size=8),
    st.booleans(),
)
def test_resolve_stamps_across_the_spring_change_of_clocks(
    start: datetime, gaps: list[int], newest_first: bool
) -> None:
    """City stamps around the night clocks go forward resolve to their true instants."""
    truth = [start.replace(second=0, microsecond=0, tzinfo=UTC)]
    for gap in gaps:
        truth.append(truth[-1] + timedelta(minutes=gap))
    if newest_first:
        truth.reverse()
    stamps = [find_stamp(f"{t.astimezone(PARIS):%H:%M} Paris time") for t in truth]
    first = min(truth).astimezone(PARIS).date()
    times = resolve_stamps([s for s in stamps if s], reference=first)
    assert times == truth
    assert [t.utcoffset() for t in times] == [t.astimezone(PARIS).utcoffset() for t in truth]


@pytest.mark.parametrize(
    ("lines", "reference", "expected"),
    [
        (
            ["01:30 am Paris time", "03:15 am Paris time"],
            date(2022, 3, 27),
            ["2022-03-27T01:30:00+01:00", "2022-03-27T03:15:00+02:00"],
        ),
        (
            ["03:15 am Paris time", "01:30 am Paris time", "11:50 pm Paris time"],
            date(2022, 3, 26),
            ["2022-03-27T03:15:00+02:00", "2022-03-27T01:30:00+01:00", "2022-03-26T23:50:00+01:00"],
        ),
        (
            ["01:30 am Paris time", "03:15 am Paris time"],
            date(2022, 10, 30),
            ["2022-10-30T01:30:00+02:00", "2022-10-30T03:15:00+01:00"],
        ),
    ],
)
def test_stamps_on_the_night_clocks_change(
    lines: list[str], reference: date, expected: list[str]
) -> None:
    """Stamps either side of a change of clocks get the offset of their own moment."""
    stamps = [find_stamp(line) for line in lines]
    times = resolve_stamps([s for s in stamps if s], reference=reference)
    assert [t.isoformat() for t in times] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12:15 am Paris time", "2022-07-10T00:15:00+02:00"),
        ("21:30 Paris (GMT+2)", "2022-07-10T21:30:00+02:00"),
        ("21:30 Paris (GMT+1)", "2022-07-10T21:30:00+01:00"),
    ],
)
def test_summer_stamps_in_paris(text: str, expected: str) -> None:
    """In July a Paris stamp is at +02:00, unless it states another offset, which wins."""
    assert _iso(text, reference=date(2022, 7, 10)) == expected


def test_city_table_names_real_zones() -> None:
    """Every city in the table maps to an IANA zone that exists."""
    for city, name in CITY_ZONES.items():
        assert ZoneInfo(name) is not None, city


def test_resolve_stamps_out_of_range_raises_time_parse_error() -> None:
    """Stamps that would fall past the last representable day raise TimeParseError naming them."""
    stamps = [find_stamp("00:30 Paris time"), find_stamp("23:30 Paris time")]
    with pytest.raises(TimeParseError, match="00:30 Paris time"):
        resolve_stamps([s for s in stamps if s], reference=date(9999, 12, 31))


@pytest.mark.parametrize(
    "offset", [timedelta(microseconds=1), -timedelta(hours=5, seconds=30), timedelta(seconds=59)]
)
def test_iso_offsets_finer_than_a_minute_are_kept(offset: timedelta) -> None:
    """An ISO offset with seconds or microseconds survives (Python 3.11 alone would drop it)."""
    moment = datetime(2000, 1, 1, tzinfo=timezone(offset))
    parsed = parse_time(moment.isoformat(), reference=date(2000, 1, 1))
    assert parsed.utcoffset() == offset
    assert parsed == moment


@pytest.mark.parametrize(
    ("line", "hour", "zone"),
    [
        ("10:30 a.m. ET", 10, "America/New_York"),
        ("3:15 p.m. PT", 15, "America/Los_Angeles"),
        ("Feb 25, 2022, 11:05 a.m. ET", 11, "America/New_York"),
        ("Updated 9:05 p.m. CT", 21, "America/Chicago"),
    ],
)
def test_us_stamps_in_time_regions(line: str, hour: int, zone: str) -> None:
    """US stamps ("10:30 a.m. ET") are read in the region's IANA zone."""
    stamp = find_stamp(line)
    assert stamp is not None
    assert (stamp.hour, str(stamp.zone)) == (hour, zone)


def test_lower_case_region_is_no_zone() -> None:
    """Only capital "ET" names a zone: "et" is a word."""
    assert find_stamp("10:30 et") is None


_MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


@given(st.integers(1990, 2040), st.integers(1, 12), st.sampled_from(["name", "iso"]))
def test_month_without_day_is_its_first_day(year: int, month: int, form: str) -> None:
    """A month without a day ("February 2022", "2022-02") is that month's first day, not today's."""
    text = f"{_MONTH_NAMES[month - 1]} {year}" if form == "name" else f"{year}-{month:02d}"
    found = parse_time(text, reference=date(2026, 12, 7))
    assert found == datetime(year, month, 1, tzinfo=UTC)


def test_year_alone_is_its_first_of_january() -> None:
    """A year alone is 1 January of that year, not today's day and month in it."""
    assert parse_time("2022", reference=date(2026, 12, 7)) == datetime(2022, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 years ago", datetime(2020, 2, 10, 12, tzinfo=UTC)),
        ("a year ago", datetime(2021, 2, 10, 12, tzinfo=UTC)),
        ("3 months ago", datetime(2021, 11, 10, 12, tzinfo=UTC)),
        ("in three months", datetime(2022, 5, 10, 12, tzinfo=UTC)),
        ("2 years from now", datetime(2024, 2, 10, 12, tzinfo=UTC)),
        ("last month", datetime(2022, 1, 1, 12, tzinfo=UTC)),  # a period: its first day
    ],
)
def test_offset_keeps_the_reference_day(text: str, expected: datetime) -> None:
    """An offset ("3 months ago", "in 2 years") keeps the reference's day and month."""
    assert parse_time(text, reference=datetime(2022, 2, 10, 12, tzinfo=UTC)) == expected


@given(st.integers(1, 60), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
def test_months_ago_law(months: int, day: date) -> None:
    """An offset of N months ("3 months ago") is that day N months back, or the month's last."""
    reference = datetime.combine(day, datetime.min.time(), UTC).replace(hour=12)
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    expected = reference.replace(year=year, month=month0 + 1, day=min(day.day, last))
    assert parse_time(f"{months} months ago", reference=reference) == expected


@pytest.mark.parametrize("text", ["2022-13", "2022-00"])
def test_year_and_impossible_month_is_an_error(text: str) -> None:
    """A year with an impossible month ("2022-13") is an error naming the text, not 13 January."""
    with pytest.raises(TimeParseError, match=text):
        parse_time(text, reference=date(2026, 12, 7))


# ---------------------------------------------------------------------------
# a day of the month alone
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "prefer", "expected"),
    [
        ("the 10th", "nearest", date(2022, 2, 10)),
        ("on the 10th", "past", date(2022, 2, 10)),
        ("the 3rd", "nearest", date(2022, 2, 3)),
        ("the 1st", "future", date(2022, 3, 1)),
        ("the 25th", "nearest", date(2022, 2, 25)),
        ("the 25th", "past", date(2022, 1, 25)),
        ("on the 12th", "past", date(2022, 2, 12)),
        ("on the 31st", "nearest", date(2022, 1, 31)),
        ("the 30th", "future", date(2022, 3, 30)),
    ],
)
def test_day_of_month_alone(text: str, prefer: str, expected: date) -> None:
    """A day of the month alone ("the 10th") is read near the reference as month-days are."""
    result = parse_time(text, reference=BLOG_10, tz="Europe/Paris", prefer=prefer)
    assert result == datetime.combine(expected, datetime.min.time(), PARIS)


@pytest.mark.parametrize("text", ["the 32nd", "on the 0th", "the 99th"])
def test_day_of_month_no_month_has_is_an_error(text: str) -> None:
    """A day of the month no month has is an error naming the text."""
    with pytest.raises(TimeParseError, match=text):
        parse_time(text, reference=BLOG_10)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"the {n}{suffix}"


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(1, 31),
    st.sampled_from(["nearest", "past", "future"]),
)
def test_day_of_month_law(reference: date, day: int, prefer: str) -> None:
    """A day of the month alone ("the Nth") is day N of the month `prefer` picks.

    nearest: no day N is closer; past: the latest not after the reference + 3 days;
    future: the earliest not before the reference - 3 days.
    """
    found = parse_time(_ordinal(day), reference=reference, prefer=prefer).date()
    assert found.day == day
    gap = (found - reference).days
    others = [
        date(y, m, day)
        for y in (reference.year - 1, reference.year, reference.year + 1)
        for m in range(1, 13)
        if day <= calendar.monthrange(y, m)[1]
    ]
    if prefer == "nearest":
        assert all(abs(gap) <= abs((o - reference).days) for o in others)
    elif prefer == "past":
        assert gap <= 3
        assert not any(found < o <= reference + timedelta(days=3) for o in others)
    else:
        assert gap >= -3
        assert not any(reference - timedelta(days=3) <= o < found for o in others)


# ---------------------------------------------------------------------------
# midnight and noon
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "prefer", "expected"),
    [
        ("midnight", "nearest", "2022-02-10T00:00:00+01:00"),
        ("at midnight", "past", "2022-02-10T00:00:00+01:00"),
        ("at midnight", "future", "2022-02-11T00:00:00+01:00"),
        ("12 midnight", "nearest", "2022-02-10T00:00:00+01:00"),
        ("noon", "nearest", "2022-02-10T12:00:00+01:00"),
        ("at midday", "future", "2022-02-10T12:00:00+01:00"),
        ("at midnight on Tuesday", "nearest", "2022-02-08T00:00:00+01:00"),
        ("midnight Tuesday", "past", "2022-02-08T00:00:00+01:00"),
        ("on Tuesday at midnight", "future", "2022-02-15T00:00:00+01:00"),
        ("Tuesday, noon", "nearest", "2022-02-08T12:00:00+01:00"),
        ("at noon on February 11", "past", "2022-02-11T12:00:00+01:00"),
        ("midnight on the 10th", "nearest", "2022-02-10T00:00:00+01:00"),
        ("midnight, February 11", "nearest", "2022-02-11T00:00:00+01:00"),
        ("noon tomorrow", "nearest", "2022-02-11T12:00:00+01:00"),
        ("midnight last night", "past", "2022-02-10T00:00:00+01:00"),
        ("tonight at midnight", "nearest", "2022-02-11T00:00:00+01:00"),
        ("midnight Moscow time", "nearest", "2022-02-10T00:00:00+03:00"),
        ("at midnight (GMT+2)", "future", "2022-02-11T00:00:00+02:00"),
    ],
)
def test_midnight_and_noon(text: str, prefer: str, expected: str) -> None:
    """Midnight is 00:00 and noon 12:00, of the reference's day or of the day the text names."""
    assert _iso(text, reference=BLOG_10, tz="Europe/Paris", prefer=prefer) == expected


def test_midnight_against_an_aware_reference() -> None:
    """A bare midnight is the start of the reference's day in its zone (the end under future)."""
    ref = datetime(2022, 2, 10, 23, 30, tzinfo=UTC)  # 00:30 on 11 February in Paris
    assert _iso("midnight", reference=ref.astimezone(PARIS)) == "2022-02-11T00:00:00+01:00"
    assert _iso("midnight", reference=ref) == "2022-02-10T00:00:00+00:00"
    assert _iso("midnight", reference=ref, prefer="future") == "2022-02-11T00:00:00+00:00"


@pytest.mark.parametrize("text", ["by midnight", "9 in the evening"])
def test_time_of_day_through_dateparser_keeps_the_reference_month(text: str) -> None:
    """A time of day without a date stays in the reference's month, not January."""
    assert parse_time(text, reference=BLOG_10).date() == BLOG_10


JULY_10 = datetime(2022, 7, 10, tzinfo=UTC)  # a Sunday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("this evening at 9", "2022-07-10T21:00:00+00:00"),
        ("at 9 this evening", "2022-07-10T21:00:00+00:00"),
        ("at 9 tonight", "2022-07-10T21:00:00+00:00"),
        ("9 o'clock tonight", "2022-07-10T21:00:00+00:00"),
        ("this morning at 10", "2022-07-10T10:00:00+00:00"),
        ("at 3 this morning", "2022-07-10T03:00:00+00:00"),
        ("at 3 this afternoon", "2022-07-10T15:00:00+00:00"),
        ("this afternoon at 12", "2022-07-10T12:00:00+00:00"),
        ("9 in the morning", "2022-07-10T09:00:00+00:00"),
        ("9 in the evening", "2022-07-10T21:00:00+00:00"),
        ("at 9:30 this evening", "2022-07-10T21:30:00+00:00"),
        ("9.30 this evening", "2022-07-10T21:30:00+00:00"),
        ("at 9, this evening", "2022-07-10T21:00:00+00:00"),
        ("this evening, at 9", "2022-07-10T21:00:00+00:00"),
        ("21:30 this evening", "2022-07-10T21:30:00+00:00"),
        ("at 9 pm this evening", "2022-07-10T21:00:00+00:00"),
        ("11 at night", "2022-07-10T23:00:00+00:00"),
        ("at 2 at night", "2022-07-10T02:00:00+00:00"),
        ("last night at 11", "2022-07-09T23:00:00+00:00"),
        ("at 2 last night", "2022-07-10T02:00:00+00:00"),
        ("at 12 tonight", "2022-07-11T00:00:00+00:00"),
        ("yesterday evening at 7", "2022-07-09T19:00:00+00:00"),
        ("tomorrow morning at 8:30", "2022-07-11T08:30:00+00:00"),
        ("at 9 on Tuesday evening", "2022-07-12T21:00:00+00:00"),
        ("tonight at 9 Paris time", "2022-07-10T21:00:00+02:00"),
    ],
)
def test_hour_with_a_part_of_the_day(text: str, expected: str) -> None:
    """A bare hour said with a part of the day is its reading in that part, on the day named."""
    assert _iso(text, reference=JULY_10) == expected


@pytest.mark.parametrize(
    "text",
    ["this morning at 9 pm", "9 am tonight", "09:00 this evening", "at 6 this afternoon"],
)
def test_time_outside_its_part_of_the_day_is_an_error(text: str) -> None:
    """A time that falls outside the part of the day it is said with is an error naming the text."""
    with pytest.raises(TimeParseError, match=re.escape(repr(text))):
        parse_time(text, reference=JULY_10)


@given(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.integers(1, 12),
    st.sampled_from(["this morning", "this afternoon", "this evening", "tonight", "last night"]),
)
def test_part_of_the_day_picks_one_half_of_the_clock(
    reference: datetime, hour: int, part: str
) -> None:
    """A bare hour with a part of the day reads as the am or pm time that fits, in either order."""

    def read(text: str) -> datetime | None:
        try:
            return parse_time(text, reference=reference, tz="Europe/Paris")
        except TimeParseError:
            return None

    after, before = read(f"at {hour} {part}"), read(f"{part} at {hour}")
    assert after == before
    written = [read(f"at {hour} {half} {part}") for half in ("am", "pm")]
    fits = [w for w in written if w is not None]
    assert len(fits) <= 1
    assert after == (fits[0] if fits else None)


_DAY_PHRASES = st.sampled_from(
    ["on Tuesday", "last Friday", "next Sunday", "yesterday", "tomorrow", "on Feb 11", "the 3rd"]
)


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    _DAY_PHRASES,
    st.sampled_from(["nearest", "past", "future"]),
    st.sampled_from(["at {clock} {day}", "{clock}, {day}", "{day} at {clock}", "{day}, {clock}"]),
)
def test_clock_word_on_a_day_is_that_day_at_the_clock_time(
    reference: date, day: str, prefer: str, form: str
) -> None:
    """Midnight on a day is 00:00 on the day the phrase names; noon is 12:00 on it."""
    named = parse_time(day, reference=reference, tz="Europe/Paris", prefer=prefer)
    for clock, hour in (("midnight", 0), ("noon", 12)):
        text = form.format(clock=clock, day=day)
        found = parse_time(text, reference=reference, tz="Europe/Paris", prefer=prefer)
        assert found == named.replace(hour=hour)


THURSDAY_NOON = datetime(2022, 2, 10, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at 10 on Tuesday", "2022-02-08T10:00:00+00:00"),
        ("on Tuesday at 10", "2022-02-08T10:00:00+00:00"),
        ("at 10 o'clock on Tuesday", "2022-02-08T10:00:00+00:00"),
        ("at 10.30 on Tuesday", "2022-02-08T10:30:00+00:00"),
        ("Tuesday at 10:30", "2022-02-08T10:30:00+00:00"),
        ("yesterday at 9", "2022-02-09T09:00:00+00:00"),
        ("at 9", "2022-02-10T09:00:00+00:00"),
        ("at 21", "2022-02-10T21:00:00+00:00"),
        ("at 0", "2022-02-10T00:00:00+00:00"),
        ("by 5 on Friday", "2022-02-11T05:00:00+00:00"),
        ("by 17:00 on Friday", "2022-02-11T17:00:00+00:00"),
        ("until 9 tomorrow", "2022-02-11T09:00:00+00:00"),
        ("at 9 on February 8", "2022-02-08T09:00:00+00:00"),
        ("February 8, at 9", "2022-02-08T09:00:00+00:00"),
        ("at 10 on the 8th", "2022-02-08T10:00:00+00:00"),
        ("at 10 last Tuesday", "2022-02-08T10:00:00+00:00"),
        ("at 9 Paris time on Tuesday", "2022-02-08T09:00:00+01:00"),
        ("at 9 pm on Tuesday", "2022-02-08T21:00:00+00:00"),
        ("at 0:30 on Feb 11", "2022-02-11T00:30:00+00:00"),
        ("9 on Tuesday", "2022-02-08T09:00:00+00:00"),
        ("9 tomorrow", "2022-02-11T09:00:00+00:00"),
    ],
)
def test_bare_hour_on_a_day_is_that_day_on_the_24_hour_clock(text: str, expected: str) -> None:
    """A bare hour after "at", "by", "until" or before a day is on the 24-hour clock, that day."""
    assert _iso(text, reference=THURSDAY_NOON) == expected


def test_clock_time_on_a_month_day_follows_prefer() -> None:
    """A clock time on a month-day places the month-day with `prefer`, as the month-day alone."""
    new_year = date(2000, 1, 1)
    assert _iso("at 0:30 on Feb 11", reference=new_year, prefer="past") == (
        "1999-02-11T00:30:00+00:00"
    )
    assert _iso("9 pm, February 11", reference=new_year, prefer="past").startswith("1999-02-11")
    assert _iso("9 pm, February 11", reference=new_year).startswith("2000-02-11")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuesday 8", date(2022, 2, 8)),
        ("on Tuesday, 8", date(2022, 2, 8)),
        ("Thursday the 10th", date(2022, 2, 10)),
        ("Tuesday 25", date(2022, 1, 25)),
        ("at 10 on Tuesday 8", date(2022, 2, 8)),
    ],
)
def test_weekday_with_a_day_of_the_month(text: str, expected: date) -> None:
    """A weekday with a day number is that day of a month near the reference, on that weekday."""
    assert parse_time(text, reference=THURSDAY_NOON).date() == expected


@pytest.mark.parametrize("text", ["Tuesday, 10", "Friday 32"])
def test_weekday_not_on_its_day_of_the_month_is_an_error(text: str) -> None:
    """A weekday and day number that do not meet near the reference are an error naming the text."""
    with pytest.raises(TimeParseError, match=re.escape(repr(text))):
        parse_time(text, reference=THURSDAY_NOON)


@given(
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)),
    st.integers(-13, 13),
)
def test_weekday_and_day_of_a_nearby_date_read_back(reference: date, shift: int) -> None:
    """A date within 13 days of the reference, written "Tuesday 8", reads back as itself."""
    day = reference + timedelta(days=shift)
    assert parse_time(f"{day:%A} {day.day}", reference=reference).date() == day


@pytest.mark.parametrize(
    "text",
    [
        "from 9 to 5 on Monday",
        "at 9-11 on Monday",
        "9-11 on Monday",
        "between 9 and 11 tomorrow",
        "from 9 am to 5 pm",
        "at 10 or 11 on Tuesday",
    ],
)
def test_range_of_clock_times_is_an_error(text: str) -> None:
    """A range of clock times names no one time: an error naming the text, never a month."""
    with pytest.raises(TimeParseError, match=re.escape(repr(text))):
        parse_time(text, reference=THURSDAY_NOON)


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    _DAY_PHRASES,
    st.integers(0, 23),
    st.sampled_from(["", ":30", ".30"]),
    st.sampled_from(["nearest", "past", "future"]),
    st.sampled_from(
        [
            "at {clock} {day}",
            "{day} at {clock}",
            "{day}, at {clock}",
            "by {clock} {day}",
            "{clock} {day}",
        ]
    ),
)
def test_clock_time_on_a_day_is_on_that_day(
    reference: date, day: str, hour: int, minutes: str, prefer: str, form: str
) -> None:
    """A clock time said with a day is on the day the phrase alone names, at the hour written."""
    named = parse_time(day, reference=reference, tz="Europe/Paris", prefer=prefer)
    text = form.format(clock=f"{hour}{minutes}", day=day)
    found = parse_time(text, reference=reference, tz="Europe/Paris", prefer=prefer)
    assert found == named.replace(hour=hour, minute=30 if minutes else 0)


@given(
    st.one_of(
        st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
        st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    ),
    st.sampled_from(["nearest", "past", "future"]),
)
def test_midnight_and_noon_are_the_clock_times(reference: date, prefer: str) -> None:
    """Noon is "12:00 pm"; midnight is "12:00 am", or a day later under prefer="future"."""

    def read(text: str) -> datetime:
        return parse_time(text, reference=reference, tz="Europe/Paris", prefer=prefer)

    assert read("at noon") == read("12:00 pm")
    later = timedelta(days=1 if prefer == "future" else 0)
    assert read("at midnight").replace(tzinfo=None) == read("12:00 am").replace(tzinfo=None) + later


# ---------------------------------------------------------------------------
# numeric dates and date_order
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("10/02/2022", "DMY", date(2022, 2, 10)),
        ("10/02/2022", "MDY", date(2022, 10, 2)),
        ("10/02/2022", None, date(2022, 10, 2)),
        ("10.02.2022", "DMY", date(2022, 2, 10)),
        ("10-02-2022", "DMY", date(2022, 2, 10)),
        ("on 10/2/22", "DMY", date(2022, 2, 10)),
        ("22/02/10", "YMD", date(2022, 2, 10)),
        ("2022/02/10", "DMY", date(2022, 2, 10)),
        ("2022/02/10", "MDY", date(2022, 2, 10)),
        ("13/02/2022", None, date(2022, 2, 13)),
        ("02/13/2022", None, date(2022, 2, 13)),
        ("10/02", "DMY", date(2022, 2, 10)),
        ("10/02", None, date(2021, 10, 2)),
        ("1/3/99", "DMY", date(1999, 3, 1)),
    ],
)
def test_numeric_dates_in_the_order_given(text: str, order: str | None, expected: date) -> None:
    """A numeric date is read in `date_order`; by default month first unless impossible."""
    found = parse_time(text, reference=BLOG_10, tz="Europe/Paris", date_order=order)
    assert found == datetime.combine(expected, datetime.min.time(), PARIS)


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("13/25/2022", None),
        ("13/25/2022", "DMY"),
        ("13/02/2022", "MDY"),
        ("02/13/2022", "DMY"),
        ("10/02/2022", "YMD"),
        ("2022/13/10", None),
        ("31/02/2022", "DMY"),
        ("13/02", "MDY"),
    ],
)
def test_numeric_date_impossible_in_the_order_is_an_error(text: str, order: str | None) -> None:
    """A numeric date impossible in the order given is a TimeParseError naming the text."""
    with pytest.raises(TimeParseError, match=re.escape(repr(text))) as info:
        parse_time(text, reference=BLOG_10, date_order=order)
    assert "order" in str(info.value)


def test_numeric_date_impossible_inside_a_longer_text_is_an_error() -> None:
    """An impossible numeric date is an error even in a text dateparser would have read."""
    with pytest.raises(TimeParseError, match="13/02/2022"):
        parse_time("on 13/02/2022 in the evening", reference=BLOG_10, date_order="MDY")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10/02/2022 21:30", "2022-02-10T21:30:00+01:00"),
        ("10/02/2022, 9:30 pm Paris time", "2022-02-10T21:30:00+01:00"),
        ("21:30 GMT, 10/02/2022", "2022-02-10T21:30:00+00:00"),
        ("at midnight on 10/02/2022", "2022-02-10T00:00:00+01:00"),
    ],
)
def test_numeric_date_with_a_clock_time(text: str, expected: str) -> None:
    """A numeric date with a clock time before or after it is that time on that date."""
    assert _iso(text, reference=BLOG_02, tz="Europe/Paris", date_order="DMY") == expected


@pytest.mark.parametrize(
    ("line", "order", "expected"),
    [
        ("10/02/2022 21:30 GMT", "DMY", (2, 10, 2022)),
        ("10/02/2022 21:30 GMT", "MDY", (10, 2, 2022)),
        ("- 21:30 Paris time, 10.02.2022", "DMY", (2, 10, 2022)),
        ("2022-02-10 21:30 GMT", "MDY", (2, 10, 2022)),
        ("10/02 21:30", "DMY", (2, 10, None)),
        ("13/02/2022 21:30", None, (2, 13, 2022)),
        ("10/02/2022 21:30", None, (None, None, None)),
        ("05/05/2022 21:30", None, (5, 5, 2022)),
    ],
)
def test_stamp_with_a_numeric_date(
    line: str, order: str | None, expected: tuple[int | None, int | None, int | None]
) -> None:
    """A stamp's numeric date is read in `date_order`; with none, one read two ways is left out."""
    stamp = find_stamp(line, date_order=order)
    assert stamp is not None
    assert (stamp.hour, stamp.minute) == (21, 30)
    assert (stamp.month, stamp.day, stamp.year) == expected


@pytest.mark.parametrize(
    ("line", "order"),
    [("13/02/2022 21:30", "MDY"), ("10/02/2022 21:30", "YMD"), ("10/02/22 21:30", "DMY")],
)
def test_stamp_with_an_impossible_numeric_date_is_no_stamp(line: str, order: str) -> None:
    """A line with a numeric date impossible in the order, or a two-digit year, is no stamp."""
    assert find_stamp(line, date_order=order) is None


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)), st.sampled_from("/.-"))
def test_stamp_numeric_date_round_trip(day: date, sep: str) -> None:
    """A stamp's date written in each order reads back in that order; without one, never wrongly."""
    written = {
        "DMY": f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}",
        "MDY": f"{day.month}{sep}{day.day}{sep}{day.year}",
        "YMD": f"{day.year}{sep}{day.month:02d}{sep}{day.day:02d}",
    }
    for order, text in written.items():
        for line in (f"{text} 21:30 GMT", f"21:30 GMT, {text}"):
            stamp = find_stamp(line, date_order=order)
            assert stamp is not None
            assert (stamp.year, stamp.month, stamp.day) == (day.year, day.month, day.day)
            guessed = find_stamp(line)
            assert guessed is not None
            if guessed.month is not None:  # no order: the date only when it has one reading
                assert (guessed.year, guessed.month, guessed.day) == (day.year, day.month, day.day)
            else:
                assert order != "YMD"
                assert day.day <= 12
                assert day.day != day.month


def test_stamp_prefix_with_a_numeric_date() -> None:
    """A stamp with a numeric date may open an entry's line too."""
    found = find_stamp_prefix("10/02/2022 21:30 GMT: the Pentagon said", date_order="DMY")
    assert found is not None
    assert (found[0].month, found[0].day, found[1]) == (2, 10, 22)


def test_stamp_bad_date_order() -> None:
    """An unknown `date_order` is a ValueError naming it, for stamps as for parse_time."""
    with pytest.raises(ValueError, match="DYM"):
        find_stamp("10/02/2022 21:30", date_order="DYM")
    with pytest.raises(ValueError, match="DYM"):
        find_stamp_prefix("21:30: text", date_order="DYM")


def test_date_order_reaches_dateparser() -> None:
    """Text left to dateparser is read in the order given too."""
    found = parse_time("10/02/2022 in the evening", reference=BLOG_02, date_order="DMY")
    assert found.date() == date(2022, 2, 10)


def test_bad_date_order() -> None:
    """An unknown `date_order` is a ValueError naming it."""
    with pytest.raises(ValueError, match="DYM"):
        parse_time("10/02/2022", reference=BLOG_10, date_order="DYM")


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.sampled_from(["/", ".", "-"]),
)
def test_numeric_date_round_trip(reference: date, day: date, sep: str) -> None:
    """A date written in each order with a four-digit year reads back in that order."""
    year = f"{day.year:04d}"
    written = {
        "DMY": f"{day.day:02d}{sep}{day.month:02d}{sep}{year}",
        "MDY": f"{day.month}{sep}{day.day}{sep}{year}",
        "YMD": f"{year}{sep}{day.month:02d}{sep}{day.day:02d}",
    }
    for order, text in written.items():
        assert parse_time(text, reference=reference, date_order=order).date() == day
    # without an order, month first unless that is impossible
    ambiguous = day.day <= 12
    month_first = date(day.year, day.day, day.month) if ambiguous else day
    assert parse_time(written["DMY"], reference=reference).date() == month_first


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(13, 99),
    st.integers(13, 99),
)
def test_numeric_date_with_no_month_reading_is_an_error(
    reference: date, first: int, second: int
) -> None:
    """Two numbers neither of which can be the month are an error in every order."""
    text = f"{first}/{second}/2022"
    for order in (None, "DMY", "MDY"):
        with pytest.raises(TimeParseError, match=re.escape(text)):
            parse_time(text, reference=reference, date_order=order)
