"""Dates and times in news text: ``parse_time`` and live-blog entry stamps.

This is the only module that imports dateparser.  Most times a news pipeline
meets are handled by a regex fast path before dateparser is ever called:

* ISO 8601 strings (``2022-02-10``, ``2022-02-10T21:30:00+01:00``, ``...Z``),
  read by :meth:`datetime.fromisoformat`;
* live-blog stamps such as ``02:25 am Paris time``, ``- 21:30 Paris (GMT+1)``
  or ``12:15 am Paris time, February 11``, which dateparser returns ``None``
  for (city names are mapped to IANA zones through :data:`CITY_ZONES`, zone
  abbreviations through :data:`ZONE_ABBREVIATIONS`, ``GMT+1``/``UTC+1``
  offsets are read as fixed offsets);
* month-days (``February 11``, ``Feb. 7``, ``7 February 2022``), days of the
  month alone (``the 10th``), weekdays (``on Thursday``, ``last Tuesday``) and
  ``today``/``yesterday``/``tomorrow``/``last week``, resolved to the *nearest*
  such day around the reference rather than a year, a month or a week too early
  (see ``docs/explanation/times.md``);
* numeric dates (``10/02/2022``, ``10.02.22``, ``10/02``) in the order the
  caller names with ``date_order`` (``"DMY"``, ``"MDY"``, ``"YMD"``), alone or
  with a clock time; an impossible one is an error naming the text;
* ``midnight`` and ``noon`` (00:00 and 12:00), alone, with a zone or on a day
  (``at midnight on Tuesday`` is 00:00 *on* Tuesday, the start of the day named);
* a clock time with a part of the day (``at 9 this evening``, ``this morning at
  10``, ``11 at night``): a bare hour is read in the half of the day the part is in.

Anything else goes to dateparser (``languages=["en"]``, ``RELATIVE_BASE`` set to
the reference) unless a cheap check shows that the text cannot hold a date.
Results are cached on ``(text, reference, zone, prefer)``.

Live blogs: :func:`find_stamp` recognises a line that is only an entry stamp,
and :func:`resolve_stamps` turns all the stamps of a document into aware
datetimes, handling blogs that run newest-first across midnight.

Example:
    >>> from datetime import date
    >>> parse_time("02:25 am Paris time", reference=date(2022, 2, 10)).isoformat()
    '2022-02-10T02:25:00+01:00'
    >>> parse_time("on Tuesday", reference=date(2022, 2, 10), tz="Europe/Paris").date()
    datetime.date(2022, 2, 8)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from pathlib import PurePath
from types import MappingProxyType
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from claimtrack.exceptions import TimeParseError

__all__ = [
    "CITY_ZONES",
    "MAX_TEXT_LENGTH",
    "ZONE_ABBREVIATIONS",
    "StampMatch",
    "clear_cache",
    "date_from_name",
    "find_stamp",
    "find_stamp_prefix",
    "parse_time",
    "resolve_stamp",
    "resolve_stamps",
]

Prefer = Literal["nearest", "past", "future"]

MAX_TEXT_LENGTH = 120
"""Texts longer than this (after trimming) are rejected without calling dateparser.

A date expression in news is a few words; long texts are sentences, and
dateparser spends tens of milliseconds failing on them.
"""

CITY_ZONES: Mapping[str, str] = MappingProxyType(
    {
        "paris": "Europe/Paris",
        "london": "Europe/London",
        "kyiv": "Europe/Kyiv",
        "kiev": "Europe/Kyiv",
        "moscow": "Europe/Moscow",
        "minsk": "Europe/Minsk",
        "warsaw": "Europe/Warsaw",
        "berlin": "Europe/Berlin",
        "brussels": "Europe/Brussels",
        "geneva": "Europe/Zurich",
        "vienna": "Europe/Vienna",
        "rome": "Europe/Rome",
        "madrid": "Europe/Madrid",
        "ankara": "Europe/Istanbul",
        "istanbul": "Europe/Istanbul",
        "jerusalem": "Asia/Jerusalem",
        "tehran": "Asia/Tehran",
        "dubai": "Asia/Dubai",
        "new delhi": "Asia/Kolkata",
        "delhi": "Asia/Kolkata",
        "beijing": "Asia/Shanghai",
        "hong kong": "Asia/Hong_Kong",
        "tokyo": "Asia/Tokyo",
        "seoul": "Asia/Seoul",
        "sydney": "Australia/Sydney",
        "washington": "America/New_York",
        "new york": "America/New_York",
        "los angeles": "America/Los_Angeles",
        "brasilia": "America/Sao_Paulo",
    }
)
"""City names (lower case) as written in news stamps, mapped to IANA zone names."""

ZONE_ABBREVIATIONS: Mapping[str, timedelta] = MappingProxyType(
    {
        "gmt": timedelta(0),
        "utc": timedelta(0),
        "wet": timedelta(0),
        "bst": timedelta(hours=1),
        "cet": timedelta(hours=1),
        "cest": timedelta(hours=2),
        "eet": timedelta(hours=2),
        "eest": timedelta(hours=3),
        "msk": timedelta(hours=3),
        "est": timedelta(hours=-5),
        "edt": timedelta(hours=-4),
        "pst": timedelta(hours=-8),
        "pdt": timedelta(hours=-7),
        "jst": timedelta(hours=9),
    }
)
"""Zone abbreviations (lower case) read as fixed UTC offsets (EST is the US one)."""

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip


def _alternation(words: Mapping[str, object]) -> str:
    """Return a regex alternation of ``words``, longest first so prefixes lose."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH_RE = _alternation(_MONTHS)
_WEEKDAY_RE = _alternation(_WEEKDAYS)
_CITY_RE = _alternation(CITY_ZONES)
_ABBR_RE = _alternation(ZONE_ABBREVIATIONS)


def _date_re(p: str) -> str:
    """Return the month-day pattern with group names prefixed by ``p``."""
    return (
        rf"(?:(?:{_WEEKDAY_RE})\.?,?\s+)?"
        rf"(?:(?P<{p}mon>{_MONTH_RE})\.?\s+(?P<{p}day>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"|(?P<{p}day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<{p}mon2>{_MONTH_RE})\.?)"
        rf"(?:,?\s+(?P<{p}year>\d{{4}}))?"
    )


def _numeric_date_re(p: str) -> str:
    """Return a numeric date with a four-digit year or none, group names prefixed by ``p``.

    ``2022-02-10``, ``10/02/2022``, ``10.02.2022``, ``10/02`` (a slash, no year).  A
    two-digit year is not read in a stamp: its century depends on the reference.  The
    pattern starts with a lookahead so that a line not opening with one fails at once.
    """
    return (
        rf"(?=\d{{1,4}}[/.\-])"
        rf"(?P<{p}>(?P<{p}y>\d{{4}})(?P<{p}ys>[/.\-])(?P<{p}ym>\d{{1,2}})(?P={p}ys)(?P<{p}yd>\d{{1,2}})"
        rf"|(?P<{p}a>\d{{1,2}})(?P<{p}s>[/.\-])(?P<{p}b>\d{{1,2}})(?P={p}s)(?P<{p}c>\d{{4}})"
        rf"|(?P<{p}p>\d{{1,2}})/(?P<{p}q>\d{{1,2}}))"
    )


_TIME_RE = (
    # wire style, four digits before a zone: "1545 GMT", "0930 CET"
    rf"(?:(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s*\(?\s*(?:GMT|UTC|{_ABBR_RE})\b)"
    r"|(?P<hour>\d{1,2})(?:(?P<sep>[:.h])(?P<minute>\d{2}))?"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?)"
)
_ZONE_RE = (
    rf"(?:\s*\(?\s*(?:(?P<city>{_CITY_RE})|(?P<local>local))(?:\s+time)?\s*\)?)?"
    r"(?:\s*\(?\s*(?:(?:GMT|UTC)\s*(?P<sign>[+\-−–])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?"
    rf"|(?P<abbr>{_ABBR_RE})|(?P<region>(?-i:ET|CT|MT|PT)))(?:\s+time)?\s*\)?)?"
)
# US time regions as US outlets write them ("10:30 a.m. ET"): daylight saving follows the date.
_REGION_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
_STAMP = re.compile(
    r"(?:[-–—•*]\s*)?(?:(?:last\s+)?(?:updated|posted)(?:\s+at)?:?\s+)?(?:(?:at|on)\s+)?"
    rf"(?:(?:{_date_re('a')}|{_numeric_date_re('na')})\s*(?:,|-|–|—|at)?\s*)?"
    rf"{_TIME_RE}{_ZONE_RE}"
    rf"(?:\s*(?:,|-|–|—|on)?\s*(?:{_date_re('b')}|{_numeric_date_re('nb')}))?"
    r"\s*\.?",
    re.IGNORECASE,
)
_DATE_ONLY = re.compile(rf"(?:on\s+)?{_date_re('a')}\s*\.?", re.IGNORECASE)
_WEEKDAY_ONLY = re.compile(
    rf"(?:on\s+)?(?:(?P<which>last|next|this|past|coming)\s+)?(?P<wd>{_WEEKDAY_RE})\.?",
    re.IGNORECASE,
)
# A weekday with a day of the month and no month: "Tuesday 8", "on Thursday, 10", "Tuesday the
# 8th" (a dateline cut short: "Tuesday 8 February").  dateparser read "Tuesday 8" as 8 August.
_WEEKDAY_DAY = re.compile(
    rf"(?:on\s+)?(?P<wd>{_WEEKDAY_RE})\.?,?\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?",
    re.IGNORECASE,
)
_RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    "last week": -7,
    "next week": 7,
}
_RELATIVE = re.compile(rf"(?:{_alternation(_RELATIVE_DAYS)})\.?", re.IGNORECASE)
# A day of the month alone: "the 10th", "on the 10th", "the 1st" (the ordinal suffix is required:
# "the 10" is no date).
_DAY_OF_MONTH = re.compile(
    r"(?:on\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)\.?", re.IGNORECASE
)
# Numeric dates: year first ("2022/02/10", whatever the order: a four-digit first number
# is a year), two numbers then a year ("10/02/2022", "10.02.22"), or two numbers and a slash
# ("10/02", no year).  The separators of one date are the same.
_NUMERIC_DATE_RE = (
    r"(?<![\d/.\-])(?:(?P<y>\d{4})(?P<ys>[/.\-])(?P<ym>\d{1,2})(?P=ys)(?P<yd>\d{1,2})"
    r"|(?P<a>\d{1,2})(?P<s>[/.\-])(?P<b>\d{1,2})(?P=s)(?P<c>\d{4}|\d{2})"
    r"|(?P<p>\d{1,2})/(?P<q>\d{1,2}))(?![\d/\-]|\.\d)"
)
_NUMERIC_DATE = re.compile(_NUMERIC_DATE_RE)
_NUMERIC_ALONE = re.compile(rf"(?:on\s+)?(?:{_NUMERIC_DATE_RE})\s*\.?", re.IGNORECASE)
# What may stand between a numeric date and the clock time after or before it:
# "10/02/2022 21:30", "10/02/2022, at 9:30 pm Paris time", "21:30, 10/02/2022".
_NUMERIC_LEAD = re.compile(r"\s*(?:on\s+)?", re.IGNORECASE)
# Nothing but a full stop after a date or a clock word: it ends the text.
_END_ONLY = re.compile(r"\s*\.?\s*")
_DATE_ORDERS = ("DMY", "MDY", "YMD")
_ORDER_NAMES = {"DMY": "day-month-year", "MDY": "month-day-year", "YMD": "year-month-day"}
# Midnight and noon, the clock times "12:00 am" and "12:00 pm" written as words.
_CLOCK_WORD = re.compile(r"\b(?:12\s+)?(?P<word>midnight|noon|midday)\b", re.IGNORECASE)
# What may stand between a clock word and the day it is on: "at midnight on Tuesday",
# "Tuesday at midnight", "midnight, February 11".
_CLOCK_LEAD = re.compile(r"\s*(?:at\s+)?", re.IGNORECASE)
_CLOCK_AFTER_DAY = re.compile(r"\s*,?\s*(?:at\s*)?$", re.IGNORECASE)
# Night phrases: the midnight "tonight" or "last night" names ends the day the phrase starts on.
_NIGHTS = frozenset({"tonight", "last night"})
# The relative words that name a whole day, before a part of it ("yesterday evening").
_DAY_WORDS = frozenset({"today", "yesterday", "tomorrow"})
# Parts of the day and the hours of the 24-hour clock each covers.  A bare hour said with one
# ("at 9 this evening", "this morning at 10", "11 at night") is the one of its two readings on
# the 12-hour clock that falls in the part; a time that falls in none ("9 pm this morning") is
# an error.  The morning runs from midnight ("at 3 this morning" is 03:00); "tonight" and a
# named night ("last night", "Tuesday night") take in the evening; "at night" alone is late.
_MORNING = frozenset(range(12))
_AFTERNOON = frozenset(range(12, 18))
_EVENING = frozenset(range(17, 24))
_LATE_NIGHT = frozenset((20, 21, 22, 23, 0, 1, 2, 3, 4))
_PART_HOURS = {
    "morning": _MORNING,
    "afternoon": _AFTERNOON,
    "evening": _EVENING,
    "night": _EVENING | _LATE_NIGHT,
}
_PART_WORD = re.compile(r"\b(?:tonight|morning|afternoon|evening|night)\b", re.IGNORECASE)
# "9 o'clock" is the bare hour 9.
_OCLOCK = re.compile(r"\s*o['’]?\s?clock$", re.IGNORECASE)
# A clock time on a day: "at 10 on Tuesday", "until 9 tomorrow", "on Tuesday at 10",
# "yesterday at 9", "Tuesday, 10:30".  The words before the clock time that make a bare hour a
# time of day ("at 10"), and the clock time with its zone (read again by ``_STAMP``).
_CLOCK_PREP = r"(?P<prep>at|by|until|till|before|after|from)"
_CLOCK_AND_ZONE = rf"(?P<clock>{_TIME_RE}(?:\s*o['’]?\s?clock)?{_ZONE_RE})"
_CLOCK_THEN_DAY = re.compile(
    rf"(?:{_CLOCK_PREP}\s+)?{_CLOCK_AND_ZONE}(?:\s*,?\s+(?P<day>[^\d\s].*?))?\s*\.?",
    re.IGNORECASE,
)
_DAY_THEN_CLOCK = re.compile(
    rf"(?P<day>.+?)(?:\s*,\s*|\s+(?=(?:at|by|until|till|before|after|from)\s))"
    rf"(?:{_CLOCK_PREP}\s+)?{_CLOCK_AND_ZONE}\s*\.?",
    re.IGNORECASE,
)
# A range of clock times: "from 9 to 5 on Monday", "at 9-11", "between 9 and 11 tomorrow".  It
# names no one time; dateparser read "9-11 on Monday" as 11 September.
_HOUR = r"\d{1,2}(?:[:.h]\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?"
_CLOCK_RANGE = re.compile(
    rf"(?:(?P<prep>at|from|between)\s+)?{_HOUR}\s*(?:-|–|—|to|and|until|till|or)\s*{_HOUR}"
    rf"{_ZONE_RE}(?:\s*,?\s+(?P<day>[^\d\s].*?))?\s*\.?",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# Text that might hold a date: a date word, or digits shaped like a date
# ("10/02/2022", "2022", "3rd", "12") rather than a count ("100,000 soldiers").
# Anything else is rejected before dateparser, which spends 0.3-50 ms failing.
_MAYBE_DATE = re.compile(
    r"\d\s*[:/.\-]\s*\d|\b\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\b(?!,\d)|\b(?:"
    + "|".join(
        [
            _MONTH_RE,
            _WEEKDAY_RE,
            "now|today|tonight|yesterday|tomorrow|noon|midnight|ago|in|next|last|this",
            "day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|second|seconds",
            "fortnight|decade|weekend|morning|afternoon|evening|night",
        ]
    )
    + r")\b",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
_ISO_START = re.compile(r"[+-]?\d{4}")
# A year and month alone ("2022-02"): that month's first day; dateparser reads "2022-13"
# as 13 January.
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
# A UTC offset with seconds or microseconds ("+00:00:00.000001"), which Python 3.11's
# datetime.fromisoformat reads but then drops.
_ISO_FINE_OFFSET = re.compile(r"([+-])(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$")
_UTC = UTC
# Month-days within this many days on the "wrong" side of the reference still
# count under prefer="past"/"future": "February 11" in a 10 February blog is
# tomorrow, not last year.
_SLACK = timedelta(days=3)


# ---------------------------------------------------------------------------
# stamps
# ---------------------------------------------------------------------------


def _check_range(low: int, high: int) -> Any:
    def check(_: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
        if value is None:
            return
        if type(value) is not int or not low <= value <= high:
            raise ValueError(f"{attribute.name} must be an int in [{low}, {high}], got {value!r}")

    return check


def _check_tz(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, tzinfo):
        raise ValueError(f"{attribute.name} must be a tzinfo or None, got {value!r}")


@attrs.frozen(slots=True)
class StampMatch:
    """The pieces of a live-blog entry stamp such as ``12:15 am Paris time, February 11``.

    A stamp holds a clock time, possibly a zone and possibly a date.  Turn it
    into an aware datetime with :func:`resolve_stamp` or, for all the stamps of
    one document, :func:`resolve_stamps`.

    Attributes:
        text: The stamp as written (trimmed).
        hour: The hour on a 24-hour clock (``12:15 am`` gives 0).
        minute: The minute.
        zone: The zone the stamp names: an IANA zone for a city, a fixed offset
            for ``GMT+1`` or ``CET``; ``None`` when the stamp names none.
        offset: The UTC offset the stamp states explicitly (``GMT+1``, ``CET``),
            if any.  When both a city and an offset are given, the city's zone is
            used if it has that offset at the stamp's time, else the offset.
        month: The month, if the stamp gives a date.
        day: The day of the month, if the stamp gives a date.
        year: The year, if the stamp gives one.
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    hour: int = attrs.field(validator=_check_range(0, 23))
    minute: int = attrs.field(default=0, validator=_check_range(0, 59))
    zone: tzinfo | None = attrs.field(default=None, validator=_check_tz)
    offset: timedelta | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(timedelta)),
    )
    month: int | None = attrs.field(default=None, validator=_check_range(1, 12))
    day: int | None = attrs.field(default=None, validator=_check_range(1, 31))
    year: int | None = attrs.field(default=None, validator=_check_range(1, 9999))

    def __attrs_post_init__(self) -> None:
        if (self.month is None) != (self.day is None):
            raise ValueError(f"a stamp needs both month and day or neither: {self!r}")
        if self.year is not None and self.month is None:
            raise ValueError(f"a stamp with a year needs a month and day: {self!r}")
        if self.month is not None and self.day is not None:
            date(self.year or 2000, self.month, self.day)  # raises ValueError if invalid

    @property
    def has_date(self) -> bool:
        """Whether the stamp gives its own month and day."""
        return self.month is not None


def _month_day(m: re.Match[str], p: str) -> tuple[int, int, int | None] | None:
    """Return ``(month, day, year)`` from the date groups prefixed ``p``, if matched."""
    month = m.group(f"{p}mon") or m.group(f"{p}mon2")
    if month is None:
        return None
    day = m.group(f"{p}day") or m.group(f"{p}day2")
    year = m.group(f"{p}year")
    return _MONTHS[month.lower()], int(day), int(year) if year else None


def _stamp_numeric(
    m: re.Match[str], p: str, order: str | None, guess: bool
) -> tuple[int, int, int | None] | None:
    """Return ``(month, day, year)`` from the numeric date groups prefixed ``p``, if matched.

    The date is read in ``order`` as :func:`parse_time` reads one; one impossible in
    it gives month 0, which no date has.  Without an order and without ``guess``, a
    date with two readings (``10/02/2022``) gives month -1: the stamp is left undated.
    """
    if m.group(f"{p}y") is not None:
        return int(m.group(f"{p}ym")), int(m.group(f"{p}yd")), int(m.group(f"{p}y"))
    if m.group(f"{p}a") is not None:
        first, second, year = m.group(f"{p}a"), m.group(f"{p}b"), int(m.group(f"{p}c"))
    elif m.group(f"{p}p") is not None:
        first, second, year = m.group(f"{p}p"), m.group(f"{p}q"), None
    else:
        return None
    if order == "YMD" and year is not None:
        return 0, 0, None  # a four-digit year cannot come last in year-month-day order
    month_first, day_first = (int(first), int(second)), (int(second), int(first))
    if order is not None:
        readings = [day_first if order == "DMY" else month_first]
    else:
        readings = list(dict.fromkeys([month_first, day_first]))
    found = [(month, day, year) for month, day in readings if _valid_date(month, day, year)]
    if len(found) > 1 and not guess:
        return -1, -1, None
    return found[0] if found else (0, 0, None)


def _valid_date(month: int, day: int, year: int | None) -> bool:
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: February 29 is a valid month-day
    except ValueError:
        return False
    return year is None or year >= 1


def _stamp_from_match(
    m: re.Match[str],
    text: str,
    *,
    clock: bool = False,
    order: str | None = None,
    guess: bool = True,
) -> StampMatch | None:
    """Build a :class:`StampMatch` from a match of ``_STAMP``, or None if out of range.

    With ``clock`` the text is known to be a time (a part of the day goes with it:
    "at 9 this evening", "9.30 tonight"), so a bare hour and a time written with a
    full stop are read too.  A numeric date is read in ``order``; one impossible in
    it makes no stamp.  Without an order, one with two readings is read month first
    with ``guess``, else left out (the stamp keeps its clock time, undated).
    """
    if m.group("hh") is not None:  # "1545 GMT": the zone after it makes it a time
        hour, minute = int(m.group("hh")), int(m.group("mm"))
    else:
        hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
    ampm, sep = m.group("ampm"), m.group("sep")
    has_zone = bool(m.group("city") or m.group("abbr") or m.group("sign") or m.group("region"))
    if m.group("minute") is None and ampm is None and m.group("hh") is None and not clock:
        return None  # a bare number is not a time
    if sep == "." and ampm is None and not has_zone and not clock:
        return None  # "10.50" alone is more likely a number than a time
    if minute > 59:
        return None
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    elif hour > 23:
        return None
    zone: tzinfo | None = None
    offset: timedelta | None = None
    if m.group("sign"):
        sign = -1 if m.group("sign") != "+" else 1
        hours, minutes = int(m.group("oh")), int(m.group("om") or 0)
        if hours > 14 or minutes > 59:
            return None
        offset = sign * timedelta(hours=hours, minutes=minutes)
    elif m.group("abbr"):
        offset = ZONE_ABBREVIATIONS[m.group("abbr").lower()]
    if m.group("city"):
        zone = ZoneInfo(CITY_ZONES[_SPACES.sub(" ", m.group("city").lower())])
    elif m.group("region"):
        zone = ZoneInfo(_REGION_ZONES[m.group("region")])
    elif offset is not None:
        zone = timezone(offset)
    found = (
        _month_day(m, "a"),
        _stamp_numeric(m, "na", order, guess) if m.group("na") else None,
        _month_day(m, "b"),
        _stamp_numeric(m, "nb", order, guess) if m.group("nb") else None,
    )
    dates = [d for d in found if d is not None]
    if len(dates) > 1:
        return None
    if dates and dates[0][0] == -1:  # "10/02/2022 21:30" with no order: the clock time alone
        dates = []
    month = day = year = None
    if dates:
        month, day, year = dates[0]
        if not _valid_date(month, day, year):
            return None
    return StampMatch(
        text=text,
        hour=hour,
        minute=minute,
        zone=zone,
        offset=offset,
        month=month,
        day=day,
        year=year,
    )


def find_stamp(line: str, *, date_order: str | None = None) -> StampMatch | None:
    """Recognise a line that is only a live-blog entry time stamp.

    The line must consist of a clock time (``21:30``, ``02:25 am``, ``3 pm``),
    optionally a city or zone (``Paris time``, ``Paris (GMT+1)``, ``GMT+1``,
    ``CET``) and optionally a date (``February 11``, ``10/02/2022``, ``10/02``)
    before or after it, optionally starting with a dash or bullet.  A bare number
    is not a stamp.

    Args:
        line: One line of a document.
        date_order: The order of a numeric date's day, month and year, as for
            :func:`parse_time`; a line whose numeric date is impossible in it is no
            stamp.  Without an order, a numeric date that reads as two days
            (``10/02/2022``: 10 February or 2 October) is left out rather than
            guessed, and the stamp is undated; one with a single reading
            (``13/02/2022``, ``2022-02-10``) is read.  A two-digit year is not read
            in a stamp (its century depends on the reference).

    Returns:
        The stamp's pieces, or ``None`` if the line is not a stamp.

    Raises:
        ValueError: If ``date_order`` is not valid.

    Example:
        >>> s = find_stamp("12:15 am Paris time, February 11")
        >>> (s.hour, s.minute, str(s.zone), s.month, s.day)
        (0, 15, 'Europe/Paris', 2, 11)
        >>> find_stamp("10/02/2022 21:30 GMT", date_order="DMY").month
        2
        >>> find_stamp("Russia has massed 100,000 troops") is None
        True
    """
    _check_order(date_order)
    text = line.strip()
    if not text or len(text) > MAX_TEXT_LENGTH:
        return None
    m = _STAMP.fullmatch(text)
    return None if m is None else _stamp_from_match(m, text, order=date_order, guess=False)


# What ends a stamp that opens a line of text: a colon or a dash, then the text.
_PREFIX_END = re.compile(r"[ \t]*(?::|-|–|—)[ \t]+(?=[^\d\s])")


def find_stamp_prefix(line: str, *, date_order: str | None = None) -> tuple[StampMatch, int] | None:
    """Recognise an entry time stamp that opens a line of text, set off by a colon or a dash.

    Some live blogs write the stamp on the entry's first line: ``4:02 pm: Kyiv's mayor
    said ...``, ``1516 GMT - ...`` (four digits are a time only before a zone),
    ``Updated 14:32 CET: ...``.  A line that is only a stamp is :func:`find_stamp`'s.

    Args:
        line: One line of a document.
        date_order: The order of a numeric date in the stamp, as for :func:`find_stamp`.

    Returns:
        The stamp and the offset in ``line`` where the entry's text starts, or ``None``.

    Raises:
        ValueError: If ``date_order`` is not valid.

    Example:
        >>> stamp, start = find_stamp_prefix("4:02 pm: Kyiv's mayor said ...")
        >>> (stamp.hour, stamp.minute, stamp.text, start)
        (16, 2, '4:02 pm', 9)
        >>> find_stamp_prefix("3,000 troops: a first wave") is None
        True
    """
    _check_order(date_order)
    lead = len(line) - len(line.lstrip())
    head = line[lead : lead + MAX_TEXT_LENGTH]
    m = _STAMP.match(head)
    if m is None:
        return None
    sep = _PREFIX_END.match(head, m.end())
    if sep is None:
        return None
    stamp = _stamp_from_match(m, head[: m.end()].strip(), order=date_order, guess=False)
    return None if stamp is None else (stamp, lead + sep.end())


def _check_order(date_order: str | None) -> None:
    """Raise ValueError unless ``date_order`` is ``"DMY"``, ``"MDY"``, ``"YMD"`` or None."""
    if date_order is not None and date_order not in _DATE_ORDERS:
        raise ValueError(f"date_order must be 'DMY', 'MDY', 'YMD' or None, got {date_order!r}")


# ---------------------------------------------------------------------------
# references and zones
# ---------------------------------------------------------------------------


def _zone(tz: str | tzinfo | None) -> tzinfo:
    """Return the tzinfo named by ``tz`` (UTC when None)."""
    if tz is None:
        return _UTC
    if isinstance(tz, tzinfo):
        return tz
    if isinstance(tz, str):
        try:
            return ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {tz!r}") from exc
    raise TypeError(f"tz must be an IANA zone name, a tzinfo or None, got {tz!r}")


@attrs.frozen(slots=True)
class _Ref:
    """A normalised reference: an aware moment and whether only its date was given."""

    moment: datetime
    is_date: bool

    def date_in(self, zone: tzinfo) -> date:
        """Return the reference's calendar date as seen in ``zone``."""
        if self.is_date:
            return self.moment.date()
        return self.moment.astimezone(zone).date()


def _reference(reference: datetime | date, tz: str | tzinfo | None) -> _Ref:
    if isinstance(reference, datetime):
        if reference.tzinfo is None or reference.utcoffset() is None:
            return _Ref(reference.replace(tzinfo=_zone(tz)), False)
        return _Ref(reference, False)
    if isinstance(reference, date):
        return _Ref(datetime.combine(reference, time(), _zone(tz)), True)
    raise TypeError(f"reference must be a datetime or a date, got {reference!r}")


def _at(day: date, hour: int, minute: int, zone: tzinfo) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def _stamp_zone(stamp: StampMatch, default: tzinfo, day: date) -> tzinfo:
    """Return the zone to read ``stamp`` in on ``day``: its city, its offset or ``default``."""
    zone = stamp.zone
    if zone is None:
        return default
    if (
        stamp.offset is not None
        and not isinstance(zone, timezone)
        and _at(day, stamp.hour, stamp.minute, zone).utcoffset() != stamp.offset
    ):
        return timezone(stamp.offset)
    return zone


def _place(stamp: StampMatch, day: date, default: tzinfo) -> datetime:
    """Return the stamp's clock time on ``day`` in its zone."""
    return _at(day, stamp.hour, stamp.minute, _stamp_zone(stamp, default, day))


def _resolve_month_day(month: int, day: int, ref: date, prefer: str) -> date:
    """Return the year-resolved date of a month-day around ``ref`` (see module docs)."""
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:  # February 29 in a common year, or out of range
            continue
    if not candidates:  # February 29 with no leap year around: take the nearest leap year
        candidates = [
            date(y, month, day) for y in range(ref.year - 4, ref.year + 5) if _ok(y, month, day)
        ]
    if not candidates:
        raise ValueError(f"no year near {ref.year} has {month}-{day}")
    return _choose(candidates, ref, prefer)


def _resolve_day_of_month(day: int, ref: date, prefer: str) -> date:
    """Return the date of a day of the month alone ("the 10th") around ``ref``.

    The candidates are that day in the two months before the reference's, its own
    and the two after (any two months in a row include one with 29, 30 or 31
    days); :func:`_choose` picks one by the rule month-days without a year follow.
    """
    candidates = []
    for shift in range(-2, 3):
        year, month0 = divmod(ref.year * 12 + ref.month - 1 + shift, 12)
        if 1 <= year <= 9999 and _ok(year, month0 + 1, day):
            candidates.append(date(year, month0 + 1, day))
    if not candidates:
        raise ValueError(f"no month near {ref.isoformat()} has a day {day}")
    return _choose(candidates, ref, prefer)


def _choose(candidates: list[date], ref: date, prefer: str) -> date:
    """Pick the candidate ``prefer`` asks for, the preferred side extended by ``_SLACK``.

    ``"past"``: the latest not after ``ref`` + 3 days; ``"future"``: the earliest not
    before ``ref`` - 3 days; ``"nearest"``: the closest (the earlier on a tie).
    ``candidates`` is sorted.
    """
    if prefer == "past":
        eligible = [c for c in candidates if c <= ref + _SLACK]
        return max(eligible) if eligible else min(candidates)
    if prefer == "future":
        eligible = [c for c in candidates if c >= ref - _SLACK]
        return min(eligible) if eligible else max(candidates)
    return min(candidates, key=lambda c: (abs((c - ref).days), c))


def _ok(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _stamp_date(stamp: StampMatch, ref: _Ref, default: tzinfo) -> date:
    """Return the date a dated stamp names (its year resolved around the reference)."""
    assert stamp.month is not None
    assert stamp.day is not None
    if stamp.year is not None:
        return date(stamp.year, stamp.month, stamp.day)
    zone = stamp.zone or default
    return _resolve_month_day(stamp.month, stamp.day, ref.date_in(zone), "nearest")


def _nearest_to(stamp: StampMatch, previous: datetime, default: tzinfo) -> datetime:
    """Place an undated stamp on the day that puts it closest to ``previous``."""
    base = previous.astimezone(stamp.zone or default).date()
    best: datetime | None = None
    for shift in (0, -1, 1):  # ties go to the same day
        try:
            candidate = _place(stamp, base + timedelta(days=shift), default)
        except OverflowError:
            continue
        if best is None or abs(candidate - previous) < abs(best - previous):
            best = candidate
    if best is None:
        raise TimeParseError(f"cannot place stamp {stamp.text!r} near {previous.isoformat()}")
    return best


def resolve_stamp(
    stamp: StampMatch,
    *,
    reference: datetime | date,
    previous: datetime | None = None,
    tz: str | tzinfo | None = None,
) -> datetime:
    """Turn one stamp into an aware datetime.

    The zone is the stamp's own (city or offset), else the reference's zone
    (``tz`` for a naive or date reference, UTC by default).  The date is:

    1. the stamp's own date, if it gives one (the year resolved to the nearest
       around ``reference``);
    2. else, if ``previous`` (the resolved time of the stamp before it in
       document order) is given, the day before, of, or after ``previous`` that
       puts the stamp closest to it: a jump of more than 12 hours against the
       flow is read as crossing midnight;
    3. else the reference's date (in the stamp's zone when ``reference`` is a
       datetime; as given when it is a date).

    For a whole document prefer :func:`resolve_stamps`: it also places the
    stamps that come *before* the first dated one.

    Args:
        stamp: A stamp from :func:`find_stamp`.
        reference: The date (or moment) the document was written.
        previous: The resolved time of the previous stamp in document order.
        tz: The zone of a naive or date ``reference`` (IANA name or tzinfo).

    Returns:
        An aware datetime.

    Raises:
        TimeParseError: If the stamp cannot be dated (a date out of range).

    Example:
        >>> from datetime import date
        >>> blog = date(2022, 2, 10)
        >>> prev = resolve_stamp(find_stamp("12:15 am Paris time, February 11"), reference=blog)
        >>> late = find_stamp("11:25 pm Paris time")
        >>> resolve_stamp(late, reference=blog, previous=prev).isoformat()
        '2022-02-10T23:25:00+01:00'
    """
    ref = _reference(reference, tz)
    try:
        return _resolve_one(stamp, ref, previous)
    except (ValueError, OverflowError) as exc:
        if isinstance(exc, TimeParseError):
            raise
        raise TimeParseError(f"cannot date stamp {stamp.text!r}: {exc}") from exc


def _resolve_one(stamp: StampMatch, ref: _Ref, previous: datetime | None) -> datetime:
    default = ref.moment.tzinfo or _UTC
    if stamp.has_date:
        return _place(stamp, _stamp_date(stamp, ref, default), default)
    if previous is not None:
        if previous.tzinfo is None or previous.utcoffset() is None:
            previous = previous.replace(tzinfo=default)
        return _nearest_to(stamp, previous, default)
    return _place(stamp, ref.date_in(stamp.zone or default), default)


def resolve_stamps(
    stamps: Sequence[StampMatch],
    *,
    reference: datetime | date,
    tz: str | tzinfo | None = None,
) -> list[datetime]:
    """Turn all the entry stamps of one document, in document order, into aware datetimes.

    Live blogs list entries newest-first or oldest-first and cross midnight
    without saying so; only some stamps carry a date.  The rule:

    1. consecutive stamps are chained: each undated stamp goes on the day
       (before, of, or after its neighbour's) that puts it closest to its
       neighbour, so a clock jump of more than 12 hours against the flow is
       read as crossing midnight (works in either reading direction);
    2. a stamp with a date is placed on that date and anchors the chain: the
       stamps before the first dated one are chained backwards from it, those
       after it forwards (each later dated stamp re-anchors);
    3. with no dated stamp, the chain is shifted so that the *earliest* entry
       falls on the reference's date (a live blog is dated by the day it
       starts).

    A stamp without a zone ("9:45 am") is read in the zone of the nearest stamp
    before it that names one ("8:10 am Paris time"); stamps before the first
    such stamp take its zone; with none at all, the reference's zone.

    Args:
        stamps: The stamps of one document, in document order.
        reference: The date the document is dated (for a live blog: the day it
            starts); a datetime is read in its own zone.
        tz: The zone of a naive or date ``reference`` (IANA name or tzinfo).

    Returns:
        One aware datetime per stamp, in the same order.

    Raises:
        TimeParseError: If a stamp cannot be dated (a date out of range).

    Example:
        >>> from datetime import date
        >>> lines = ["02:25 am Paris time", "12:15 am Paris time, February 11", "11:25 pm"]
        >>> stamps = [find_stamp(x) for x in lines]
        >>> times = resolve_stamps(stamps, reference=date(2022, 2, 10), tz="Europe/Paris")
        >>> [t.isoformat() for t in times]
        ['2022-02-11T02:25:00+01:00', '2022-02-11T00:15:00+01:00', '2022-02-10T23:25:00+01:00']
    """
    ref = _reference(reference, tz)
    try:
        return _resolve_all(stamps, ref)
    except (ValueError, OverflowError) as exc:
        if isinstance(exc, TimeParseError):
            raise
        texts = ", ".join(repr(s.text) for s in stamps[:3])
        raise TimeParseError(f"cannot date the stamps {texts}...: {exc}") from exc


def _carried_zones(stamps: Sequence[StampMatch], default: tzinfo) -> list[tzinfo]:
    """Return the zone each stamp is read in: its own, else the one its blog last named.

    A stamp without a zone takes the zone of the nearest stamp before it that names one;
    stamps before the first such stamp take its zone; with none, ``default``.
    """
    first = next((s.zone for s in stamps if s.zone is not None), None)
    carried = first or default
    zones: list[tzinfo] = []
    for stamp in stamps:
        if stamp.zone is not None:
            carried = stamp.zone
        zones.append(carried)
    return zones


def _resolve_all(stamps: Sequence[StampMatch], ref: _Ref) -> list[datetime]:
    zones = _carried_zones(stamps, ref.moment.tzinfo or _UTC)
    n = len(stamps)
    out: list[datetime | None] = [None] * n
    first_dated = next((i for i, s in enumerate(stamps) if s.has_date), None)
    if first_dated is None:
        if n == 0:
            return []
        out[0] = _place(stamps[0], ref.date_in(zones[0]), zones[0])
        for i in range(1, n):
            previous = out[i - 1]
            assert previous is not None
            out[i] = _nearest_to(stamps[i], previous, zones[i])
        placed = [t for t in out if t is not None]
        earliest = min(range(n), key=lambda i: placed[i])
        zone = placed[earliest].tzinfo or zones[earliest]
        shift = ref.date_in(zone) - placed[earliest].date()
        return [
            _place(s, t.date() + shift, z) if shift else t
            for s, t, z in zip(stamps, placed, zones, strict=True)
        ]
    out[first_dated] = _place(
        stamps[first_dated],
        _stamp_date(stamps[first_dated], ref, zones[first_dated]),
        zones[first_dated],
    )
    for i in range(first_dated - 1, -1, -1):
        following = out[i + 1]
        assert following is not None
        out[i] = _nearest_to(stamps[i], following, zones[i])
    for i in range(first_dated + 1, n):
        if stamps[i].has_date:
            out[i] = _place(stamps[i], _stamp_date(stamps[i], ref, zones[i]), zones[i])
        else:
            previous = out[i - 1]
            assert previous is not None
            out[i] = _nearest_to(stamps[i], previous, zones[i])
    return [t for t in out if t is not None]


# ---------------------------------------------------------------------------
# parse_time
# ---------------------------------------------------------------------------


def parse_time(
    text: str,
    *,
    reference: datetime | date,
    tz: str | tzinfo | None = None,
    prefer: str = "nearest",
    date_order: str | None = None,
) -> datetime:
    """Read a date or time from news text; always return an aware datetime.

    Forms tried in order: ISO 8601; a live-blog stamp (``02:25 am Paris time``,
    ``- 21:30 Paris (GMT+1)``, ``12:15 am Paris time, February 11``) whose date
    comes from ``reference`` unless it gives one; a month-day (``February 11``,
    ``Feb. 7``); a weekday (``on Tuesday``, ``last Thursday``), with a day
    number (``Tuesday 8``: that day on that weekday, near the reference); a day of the
    month alone (``the 10th``, a day of the reference's month or one next to it,
    picked as month-days are); a numeric date (``10/02/2022``, in
    ``date_order``), alone or with a clock time; ``midnight`` and ``noon`` alone or on such a
    day (``at midnight on Tuesday`` is 00:00 on Tuesday); a clock time with a part
    of the day (``this evening at 9`` is 21:00, ``at 3 this afternoon`` 15:00: a
    bare hour is its am or pm reading that falls in the part, and a time in neither
    is an error); ``today``,
    ``yesterday``, ``tomorrow``, ``last week``; a clock time on such a day (``at 10
    on Tuesday``, ``yesterday at 9``: a bare hour after "at", "by", "until" and the
    like is on the 24-hour clock, never a month; a range of times is an error); then
    dateparser.  Day-level phrases give local midnight of that day in the
    reference's zone.

    Args:
        text: The text to read, such as ``"on Thursday"`` or ``"3 pm Paris time"``.
        reference: When the text was written (a live blog's date, an entry's
            time stamp).  Relative phrases are resolved against it.
        tz: The zone of a naive or date ``reference`` (IANA name or tzinfo;
            UTC by default).  Ignored when ``reference`` is aware.
        prefer: How to read an ambiguous weekday, month-day or day of the
            month: ``"nearest"``
            (default: the closest such day, the same day included), ``"past"``
            or ``"future"``.  A month-day at most 3 days on the other side of
            the reference is still taken ("February 11" written on 10 February
            is the next day even under ``"past"``); so is a day of the month
            ("the 11th").
        date_order: The order of a numeric date's day, month and year:
            ``"DMY"`` (``10/02/2022`` is 10 February, as most of the world and
            British, Irish and Indian English write it), ``"MDY"`` (US order:
            10/02/2022 is 2 October) or ``"YMD"``.  With an order, a date
            impossible in it is an error (``13/02/2022`` in ``"MDY"``): a source
            that breaks its order may have been misread elsewhere.  ``None``
            (default: the order is not known) reads month first, as dateparser
            and earlier releases did for English, but takes the only possible
            reading when month first is impossible (``13/02/2022`` is 13
            February).  A four-digit first number is a year in every order
            (``2022/02/10``); a two-digit year is the one nearest the
            reference's; ``10/02`` without a year is placed as a month-day is.

    Returns:
        An aware datetime.

    Raises:
        TimeParseError: If no date or time can be read from ``text``, or what it
            says contradicts itself (``this morning at 9 pm``, a numeric date
            impossible in ``date_order``) or is a range of clock times (``from 9 to
            5 on Monday``); the message names the text.
        ValueError: If ``prefer``, ``date_order`` or ``tz`` is not valid.

    Example:
        >>> from datetime import date
        >>> parse_time("February 11", reference=date(2022, 2, 10)).isoformat()
        '2022-02-11T00:00:00+00:00'
        >>> parse_time("- 21:30 Paris (GMT+1)", reference=date(2022, 2, 2)).isoformat()
        '2022-02-02T21:30:00+01:00'
        >>> parse_time("10/02/2022", reference=date(2022, 2, 2), date_order="DMY").date()
        datetime.date(2022, 2, 10)
    """
    if prefer not in ("nearest", "past", "future"):
        raise ValueError(f"prefer must be 'nearest', 'past' or 'future', got {prefer!r}")
    _check_order(date_order)
    if not isinstance(text, str):
        raise TimeParseError(f"expected a string, got {text!r}")
    ref = _reference(reference, tz)
    zone = ref.moment.tzinfo or _UTC
    try:
        hash(zone)
    except TypeError:  # an unhashable tzinfo: skip the cache
        return _parse(text, ref.moment, ref.is_date, prefer, date_order)
    return _parse_cached(text, ref.moment.astimezone(_UTC), zone, ref.is_date, prefer, date_order)


@functools.lru_cache(maxsize=1 << 16)
def _parse_cached(
    text: str, instant: datetime, zone: tzinfo, is_date: bool, prefer: str, order: str | None
) -> datetime:
    # The key holds the UTC instant *and* the zone: aware datetimes that are the
    # same instant compare (and hash) equal, but their local dates may differ.
    return _parse(text, instant.astimezone(zone), is_date, prefer, order)


def clear_cache() -> None:
    """Empty the cache of :func:`parse_time` (for benchmarks and long-running processes)."""
    _parse_cached.cache_clear()


def _parse(text: str, moment: datetime, is_date: bool, prefer: str, order: str | None) -> datetime:
    try:
        result = _parse_uncaught(text, _Ref(moment, is_date), prefer, order)
    except TimeParseError:
        raise
    except (ValueError, OverflowError, ArithmeticError) as exc:
        raise TimeParseError(f"cannot read a date or time from {_show(text)}: {exc}") from exc
    if result is None:
        raise TimeParseError(f"no date or time in {_show(text)}")
    if result.tzinfo is None or result.utcoffset() is None:  # pragma: no cover - defensive
        result = result.replace(tzinfo=moment.tzinfo)
    return result


def _show(text: str) -> str:
    """Return ``repr(text)``, cut after 100 characters."""
    return repr(text) if len(text) <= 100 else f"{text[:100]!r}... ({len(text)} characters)"


def _parse_uncaught(text: str, ref: _Ref, prefer: str, order: str | None) -> datetime | None:
    s = _SPACES.sub(" ", text).strip()
    if not s or len(s) > MAX_TEXT_LENGTH:
        return None
    zone = ref.moment.tzinfo or _UTC
    today = ref.date_in(zone)
    if _ISO_START.match(s):
        ym = _YEAR_MONTH.fullmatch(s)
        if ym is not None:
            month = int(ym.group(2))
            if not 1 <= month <= 12:
                raise TimeParseError(f"no month {month} in {_show(text)}")
            return datetime(int(ym.group(1)), month, 1, tzinfo=zone)
        try:
            iso = datetime.fromisoformat(s)
        except ValueError:
            pass
        else:
            if iso.tzinfo is None:
                return iso.replace(tzinfo=zone)
            fine = _ISO_FINE_OFFSET.search(s)
            if fine is not None:
                sign = -1 if fine[1] == "-" else 1
                offset = sign * timedelta(
                    hours=int(fine[2]),
                    minutes=int(fine[3]),
                    seconds=int(fine[4]),
                    microseconds=int((fine[5] or "0").ljust(6, "0")),
                )
                iso = iso.replace(tzinfo=timezone(offset))
            return iso
    numeric = _numeric_with_clock(s, today, zone, prefer, order)
    if numeric is not None:
        return numeric
    word = _CLOCK_WORD.search(s)
    if word is not None:
        found = _clock_word(s, word, ref, prefer, order)
        if found is not None:
            return found
    m = _STAMP.fullmatch(s)
    if m is not None:
        stamp = _stamp_from_match(m, s, order=order)
        if stamp is not None and stamp.day is not None and stamp.year is None:
            # "9 pm, February 11": the month-day is placed with ``prefer``, as it is alone
            assert stamp.month is not None
            local = ref.date_in(stamp.zone or zone)
            return _place(stamp, _resolve_month_day(stamp.month, stamp.day, local, prefer), zone)
        if stamp is not None:
            return resolve_stamp(stamp, reference=today if ref.is_date else ref.moment, tz=zone)
    day = _day_phrase(s, today, prefer, order)
    if day is not None:
        return datetime.combine(day, time(), zone)
    if not _MAYBE_DATE.search(s):  # a part of the day is a date word: checked after this
        return None
    part = _PART_WORD.search(s)
    if part is not None:
        found = _part_of_day(s, part, ref, prefer, order)
        if found is not None:
            return found
    if _DIGIT.search(s):
        found = _clock_on_day(s, ref, prefer, order)
        if found is not None:
            return found
    return _dateparser(s, ref.moment, prefer, order)


def _numeric_with_clock(
    s: str, today: date, zone: tzinfo, prefer: str, order: str | None
) -> datetime | None:
    """Check every numeric date in ``s``; read ``s`` if it is one with a clock time.

    Every numeric date in the text is read in ``order`` first, so that one impossible
    in it is an error even inside a text left to dateparser (which would swap day
    and month).  A text that is one numeric date and a stamp (a clock time, maybe
    a zone), in either order, is the stamp's time on that date.

    Raises:
        TimeParseError: If a numeric date is impossible in ``order``.
    """
    dates = [(m, _numeric_date(m, order, s, today, prefer)) for m in _NUMERIC_DATE.finditer(s)]
    if len(dates) != 1:
        return None
    m, day = dates[0]
    before, after = s[: m.start()], s[m.end() :]
    if _NUMERIC_LEAD.fullmatch(before) and not _END_ONLY.fullmatch(after):
        rest = after.lstrip(" ,")
    elif _END_ONLY.fullmatch(after) and before.strip():
        rest = before.rstrip(" ,")
    else:
        return None
    stamp_match = _STAMP.fullmatch(rest)
    stamp = None if stamp_match is None else _stamp_from_match(stamp_match, rest)
    if stamp is None or stamp.has_date:
        return None
    return _place(stamp, day, zone)


def _numeric_date(m: re.Match[str], order: str | None, text: str, today: date, prefer: str) -> date:
    """Return the date a match of ``_NUMERIC_DATE`` names, read in ``order``.

    A four-digit first number is a year in every order.  ``order=None`` reads the
    two numbers before a year month first, unless only day first gives a date.  A
    two-digit year is the one nearest the reference's; without a year, the
    month-day is placed as a written one is.

    Raises:
        TimeParseError: If the date is impossible in ``order`` (in every order for None).
    """
    if m.group("y") is not None:
        orders: tuple[str, ...] = ("YMD",)
        fields = (m.group("y"), m.group("ym"), m.group("yd"))
    else:
        orders = (order,) if order is not None else ("MDY", "DMY")
        if m.group("p") is not None:
            fields = (m.group("p"), m.group("q"), "")
        else:
            fields = (m.group("a"), m.group("b"), m.group("c"))
    for each in orders:
        found = _numeric_reading(fields, each, today, prefer)
        if found is not None:
            return found
    names = " or ".join(_ORDER_NAMES[o] for o in orders)
    where = _show(text) if m.group(0) == text.strip() else f"{m.group(0)!r} in {_show(text)}"
    raise TimeParseError(f"{where} is not a date in {names} order")


def _numeric_reading(
    fields: tuple[str, str, str], order: str, today: date, prefer: str
) -> date | None:
    """Return the date ``fields`` (as written; the last empty without a year) give in ``order``."""
    first, second, last = fields
    if order == "YMD" and len(first) == 4:
        year, month, day = first, second, last
    elif order == "YMD":
        if len(last) == 4:
            return None  # a four-digit year cannot come last in year-month-day order
        year, month, day = (first, second, last) if last else ("", first, second)
    elif order == "DMY":
        year, month, day = last, second, first
    else:
        year, month, day = last, first, second
    y = None if not year else int(year) if len(year) == 4 else _near_year(int(year), today)
    if not _valid_date(int(month), int(day), y):
        return None
    if y is None:
        return _resolve_month_day(int(month), int(day), today, prefer)
    return date(y, int(month), int(day))


def _near_year(two_digits: int, today: date) -> int:
    """Return the year written ``two_digits`` ("22") nearest the reference's (earlier on a tie)."""
    base = today.year - today.year % 100 + two_digits
    years = [y for y in (base - 100, base, base + 100) if 1 <= y <= 9999]
    return min(years, key=lambda y: (abs(y - today.year), y))


def _clock_word(
    s: str, word: re.Match[str], ref: _Ref, prefer: str, order: str | None
) -> datetime | None:
    """Read a text that holds ``midnight`` or ``noon`` (matched by ``word``), or return None.

    Midnight is 00:00 and noon 12:00, the clock times "12:00 am" and "12:00 pm":

    * with a day-level phrase before or after it ("at midnight on Tuesday",
      "Tuesday at noon", "midnight, February 11", "midnight on the 10th"), the
      clock time on that day, the day read as :func:`_day_phrase` reads it:
      midnight on Tuesday is 00:00 *on* Tuesday, the start of the day the text
      names.  "midnight tonight" and "midnight last night" are the midnights that
      end the evening the phrase names.
    * else, as the stamp the text is with the clock time written out
      ("midnight Paris time", "noon GMT", "at midnight"): on the reference's day
      unless the stamp names a date.  A midnight on no named day is, under
      ``prefer="future"``, the one that ends the reference's day: the one that
      starts it is not to come.
    """
    zone = ref.moment.tzinfo or _UTC
    today = ref.date_in(zone)
    midnight = word.group("word").lower() == "midnight"
    clock = "12:00 am" if midnight else "12:00 pm"
    before, after = s[: word.start()], s[word.end() :]
    phrase = None
    if _CLOCK_LEAD.fullmatch(before):
        phrase = after.lstrip(" ,")
    elif _END_ONLY.fullmatch(after):
        phrase = _CLOCK_AFTER_DAY.sub("", before)
    day = None if not phrase else _day_phrase(phrase, today, prefer, order)
    if phrase and day is not None:
        night = _RELATIVE.fullmatch(phrase)
        if midnight and night is not None and _relative_key(night) in _NIGHTS:
            day += timedelta(days=1)
        return datetime.combine(day, time(0 if midnight else 12), zone)
    m = _STAMP.fullmatch(f"{before}{clock}{after}")
    stamp = None if m is None else _stamp_from_match(m, s, order=order)
    if stamp is None:
        return None
    found = resolve_stamp(stamp, reference=today if ref.is_date else ref.moment, tz=zone)
    if midnight and prefer == "future" and not stamp.has_date:
        found = _place(stamp, found.date() + timedelta(days=1), zone)
    return found


def _part_of_day(
    s: str, part: re.Match[str], ref: _Ref, prefer: str, order: str | None
) -> datetime | None:
    """Read a clock time said with a part of the day (matched by ``part``), or return None.

    The forms: the clock time then the part ("at 9 this evening", "9:30 tonight",
    "11 at night", "9 in the morning", "at 9 pm on Tuesday evening") or the part then
    the clock time ("this evening at 9", "last night at 11 Paris time").  The part is
    "tonight", or "morning", "afternoon", "evening" or "night" after "this", "in the"
    (not night), "at" (night), "last" (night) or a day phrase :func:`_day_phrase`
    reads ("yesterday", "Tuesday", "February 11").  A bare hour is the reading on the
    12-hour clock that falls in the part (see ``_PART_HOURS``); an hour after midnight
    on a named night ("tonight at 1", "at 2 last night") is on the next day.

    Raises:
        TimeParseError: If the time the text writes out (with am/pm or on the 24-hour
            clock), or both readings of a bare hour, fall outside the part of the day.
    """
    word = part.group(0).lower()
    before, after = s[: part.start()], s[part.end() :]
    if _END_ONLY.fullmatch(after):  # "at 9 this evening": the clock, then the day's words
        words = before.split()
        cuts = [
            (" ".join(words[:k]).rstrip(","), " ".join(words[k:])) for k in range(len(words), 0, -1)
        ]
    elif after[:1] in " ,":  # "this evening at 9"
        cuts = [(after.strip(" ,"), before.strip())]
    else:
        return None
    for clock, lead in cuts:
        read = _clock_of_part(clock)
        if read is None:
            continue
        stamp, written = read
        zone = ref.moment.tzinfo or _UTC
        today = ref.date_in(stamp.zone or zone)
        named = _day_of_part(lead, word, today, prefer, order)
        if named is None:
            continue
        day, night = named
        hours = _PART_HOURS["night" if word == "tonight" else word]
        if word == "night" and lead.lower() == "at":
            hours = _LATE_NIGHT
        if written:
            hour: int | None = stamp.hour if stamp.hour in hours else None
        else:
            hour = next((h for h in (stamp.hour % 12, stamp.hour % 12 + 12) if h in hours), None)
        if hour is None:
            when = "tonight" if word == "tonight" else f"in the {word}"
            raise TimeParseError(f"{clock!r} is not {when}: {_show(s)}")
        if night and hour < 12:
            day += timedelta(days=1)
        return _place(attrs.evolve(stamp, hour=hour), day, zone)
    return None


def _clock_on_day(s: str, ref: _Ref, prefer: str, order: str | None) -> datetime | None:
    """Read a clock time on a day ("at 10 on Tuesday", "yesterday at 9"), or return None.

    The clock time comes before the day (``at 10 on Tuesday``, ``until 9 tomorrow``,
    ``10:30, February 8``) or after it (``on Tuesday at 10``, ``Tuesday, 10:30``); the day
    is read as :func:`_day_phrase` reads it, with ``prefer``.  A bare hour (``10``, ``10.30``,
    ``10 o'clock``) is a clock time after "at", "by", "until", "till", "before", "after" or
    "from", and is read on the 24-hour clock: ``at 10`` is 10:00, ``at 21`` 21:00, as
    ``10:30`` is 10:30; so is a bare hour right before a day (``9 on Tuesday``, ``9
    tomorrow``).  A clock time with no day (``at 9``, ``by 5``) is on the
    reference's day, as any clock time without a date is.  A day with a part of the day ("on Tuesday
    evening") is :func:`_part_of_day`'s.

    Raises:
        TimeParseError: If the text is a range of clock times ("from 9 to 5 on Monday",
            "at 9-11"), which names no one time, or names a day no month has.
    """
    for pattern in (_CLOCK_THEN_DAY, _DAY_THEN_CLOCK):
        m = pattern.fullmatch(s)
        if m is None:
            continue
        clock, prep = m.group("clock"), m.group("prep")
        bare_clock = _OCLOCK.sub("", clock)
        read = _STAMP.fullmatch(bare_clock)
        # a bare hour is a time after "at" and the like, with "o'clock", or right before a day
        is_clock = (
            prep is not None
            or bare_clock != clock
            or (pattern is _CLOCK_THEN_DAY and m.group("day") is not None)
        )
        stamp = None if read is None else _stamp_from_match(read, bare_clock, clock=is_clock)
        if stamp is None or stamp.has_date:
            continue
        zone = ref.moment.tzinfo or _UTC
        today = ref.date_in(stamp.zone or zone)
        phrase = m.group("day")
        if phrase is None:
            if prep is None:
                continue  # "10:30" alone is a stamp, read before
            return resolve_stamp(stamp, reference=today if ref.is_date else ref.moment, tz=zone)
        phrase = phrase.strip(" ,")
        if _PART_WORD.search(phrase):
            return None  # "at 9 on Tuesday evening": the part of the day decides the half
        day = _day_phrase(phrase, today, prefer, order)
        if day is not None:
            return _place(stamp, day, zone)
    m = _CLOCK_RANGE.fullmatch(s)
    if m is None:
        return None
    phrase = m.group("day")
    today = ref.date_in(ref.moment.tzinfo or _UTC)
    if m.group("prep") is not None or (phrase and _day_phrase(phrase, today, prefer, order)):
        raise TimeParseError(f"{_show(s)} is a range of times, not one time")
    return None


def _clock_of_part(clock: str) -> tuple[StampMatch, bool] | None:
    """Read the clock time said with a part of the day, and whether it is written out.

    A time is written out when it has am/pm or is on the 24-hour clock ("21:30",
    "09:00", "00:15"); a bare hour or an hour and minutes from 1 to 12 ("9", "9.30",
    "9 o'clock") is not: the part of the day says which half of the day it is in.
    """
    clock = _OCLOCK.sub("", clock)
    m = _STAMP.fullmatch(clock)
    stamp = None if m is None else _stamp_from_match(m, clock, clock=True)
    if m is None or stamp is None or stamp.has_date:
        return None
    hour = m.group("hour")
    written = (
        m.group("ampm") is not None
        or hour is None  # "2130 GMT"
        or not 1 <= int(hour) <= 12
        or hour.startswith("0")
    )
    return stamp, written


def _day_of_part(
    lead: str, word: str, today: date, prefer: str, order: str | None
) -> tuple[date, bool] | None:
    """Return the day the words before a part of the day name, and whether it is a named night.

    ``lead`` is what stands before ``word`` ("this", "last", "in the", "at",
    "Tuesday", "" before "tonight"); None when it is no day for the part.
    """
    low = lead.lower()
    if word == "tonight":
        return (today, True) if not low else None
    if low == "this":
        return today, word == "night"
    if low == "last":
        return (today - timedelta(days=1), True) if word == "night" else None
    if low == "in the":
        return (today, False) if word != "night" else None
    if low == "at":
        return (today, False) if word == "night" else None
    if not low or (_RELATIVE.fullmatch(lead) and low.rstrip(".") not in _DAY_WORDS):
        return None  # "9 evening", "this morning evening"
    try:
        day = _day_phrase(lead, today, prefer, order)
    except TimeParseError:
        return None
    return None if day is None else (day, word == "night")


def _day_phrase(s: str, today: date, prefer: str, order: str | None) -> date | None:
    """Return the day a day-level phrase names, or None if ``s`` is not one.

    The phrases: a month-day (``February 11``, ``7 February 2022``), a weekday
    (``on Tuesday``, ``last Thursday``), a relative word (``yesterday``), a day
    of the month alone (``the 10th``) and a numeric date (``10/02/2022``, read in
    ``order``).  ``s`` is trimmed, its spaces single.

    Raises:
        TimeParseError: If ``s`` names a day of the month no month has (``the 32nd``)
            or a numeric date impossible in ``order``.
    """
    m = _NUMERIC_ALONE.fullmatch(s)
    if m is not None:
        return _numeric_date(m, order, s, today, prefer)
    m = _DATE_ONLY.fullmatch(s)
    if m is not None:
        parts = _month_day(m, "a")
        if parts is not None and _valid_date(*parts):
            month, day, year = parts
            if year is None:
                return _resolve_month_day(month, day, today, prefer)
            return date(year, month, day)
    m = _WEEKDAY_DAY.fullmatch(s)
    if m is not None:
        weekday, day = _WEEKDAYS[m.group("wd").lower()], int(m.group("day"))
        found = _resolve_weekday_day(weekday, day, today, prefer)
        if found is None:
            when = f"{m.group('wd').capitalize()} the {day}"
            raise TimeParseError(f"no month near {today:%B %Y} has a {when}: {_show(s)}")
        return found
    m = _WEEKDAY_ONLY.fullmatch(s)
    if m is not None:
        return _resolve_weekday(_WEEKDAYS[m.group("wd").lower()], today, m.group("which"), prefer)
    m = _RELATIVE.fullmatch(s)
    if m is not None:
        return today + timedelta(days=_RELATIVE_DAYS[_relative_key(m)])
    m = _DAY_OF_MONTH.fullmatch(s)
    if m is not None:
        day = int(m.group("day"))
        if not 1 <= day <= 31:
            raise TimeParseError(f"no month has a day {day}: {_show(s)}")
        return _resolve_day_of_month(day, today, prefer)
    return None


def _resolve_weekday_day(weekday: int, day: int, today: date, prefer: str) -> date | None:
    """Return the day ``day`` of a month that falls on ``weekday``, around ``today``.

    The months searched are those a day of the month alone ("the 8th") is looked for in: the
    reference's and the two before and after it; ``prefer`` picks among the days there that
    fall on the weekday, as for month-days.  None if there is none: the weekday and the day
    contradict each other near the reference ("Tuesday 10" written on 10 February 2022).
    """
    base = today.year * 12 + today.month - 1
    candidates = []
    for k in range(base - 2, base + 3):
        year, month = divmod(k, 12)
        if 1 <= year <= 9999 and _ok(year, month + 1, day):
            found = date(year, month + 1, day)
            if found.weekday() == weekday:
                candidates.append(found)
    return _choose(candidates, today, prefer) if candidates else None


def _relative_key(m: re.Match[str]) -> str:
    """Return the key in ``_RELATIVE_DAYS`` of a match of ``_RELATIVE``."""
    return _SPACES.sub(" ", m.group(0).rstrip(".").lower())


def _resolve_weekday(weekday: int, today: date, which: str | None, prefer: str) -> date:
    """Return the date of ``weekday`` around ``today``.

    ``last``/``past`` means strictly before today, ``next``/``coming`` strictly
    after; otherwise ``prefer`` decides between the most recent (same day
    included) and the next (same day included) one.
    """
    back = (today.weekday() - weekday) % 7
    ahead = (weekday - today.weekday()) % 7
    which = which.lower() if which else None
    if which in ("last", "past"):
        return today - timedelta(days=back or 7)
    if which in ("next", "coming"):
        return today + timedelta(days=ahead or 7)
    if prefer == "past":
        return today - timedelta(days=back)
    if prefer == "future":
        return today + timedelta(days=ahead)
    return today - timedelta(days=back) if back <= ahead else today + timedelta(days=ahead)


# A year in a text for dateparser: four digits, or the word ("last year", "2 years ago").
_NAMES_YEAR = re.compile(r"\b\d{4}\b|\byears?\b", re.IGNORECASE)
# An offset from the reference ("3 months ago", "in 2 years", "a year from now") is exact:
# its day and month are the reference's, not the first of a period.
_COUNT_WORDS = r"\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several"
_OFFSET = re.compile(
    rf"\bago\b|\bfrom now\b|\bin\s+(?:{_COUNT_WORDS})\s+(?:days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
_DATEPARSER_PREFER = {"nearest": "current_period", "past": "past", "future": "future"}


def _dateparser(text: str, moment: datetime, prefer: str, order: str | None) -> datetime | None:
    """Ask dateparser, with the reference as relative base, in the reference's zone."""
    import dateparser  # imported here: its first import and call take seconds

    zone = moment.tzinfo or _UTC
    name = getattr(zone, "key", None)
    if not isinstance(name, str):
        offset = moment.utcoffset() or timedelta(0)
        minutes = int(offset.total_seconds()) // 60
        sign = "-" if minutes < 0 else "+"
        name = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    shifted = _OFFSET.search(text) is not None  # "3 months ago": the reference's day
    settings = {
        "RELATIVE_BASE": moment.replace(tzinfo=None),
        "TIMEZONE": name,
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DATES_FROM": _DATEPARSER_PREFER[prefer],
        # a month without a day is its first day, a year alone its 1 January, as
        # "by March" is in extraction; dateparser's default fills in today's day and month.
        # A text that names no year keeps the reference's month: with "first", dateparser
        # put "9 in the evening" and "by midnight" in January.  An offset ("3 months ago",
        # "in 2 years") keeps the reference's day and month.
        "PREFER_DAY_OF_MONTH": "current" if shifted else "first",
        "PREFER_MONTH_OF_YEAR": "first" if _NAMES_YEAR.search(text) and not shifted else "current",
    }
    if order is not None:
        settings["DATE_ORDER"] = order
    try:
        result = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises many kinds of error on odd input
        return None
    if not isinstance(result, datetime):
        return None
    if result.tzinfo is None or result.utcoffset() is None:
        result = result.replace(tzinfo=zone)
    return result


# ---------------------------------------------------------------------------
# dates in file names
# ---------------------------------------------------------------------------

_NAME_DATE = re.compile(r"(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")


def date_from_name(name: str) -> date | None:
    """Return the last calendar date written in a file name, if any.

    ``france24-liveblog-2022-02-10.txt`` gives 10 February 2022; ``20220210``,
    ``2022_02_10`` and ``2022.02.10`` are read too.

    Example:
        >>> date_from_name("examples/data/france24-liveblog-2022-02-10.txt")
        datetime.date(2022, 2, 10)
        >>> date_from_name("notes.txt") is None
        True
    """
    for match in reversed(list(_NAME_DATE.finditer(PurePath(name).name))):
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            continue
    return None
