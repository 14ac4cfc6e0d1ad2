"""Benchmark claimtrack.times.parse_time against plain dateparser on news time phrases.

Prints calls per second for claimtrack cold (cache cleared before each pass) and
cached, and for plain ``dateparser.parse`` on the same strings (``languages=["en"]``,
``RELATIVE_BASE`` = the blog's date, past preference as a news reader would set it),
the speed ratios, and how many strings each gets wrong or cannot read.  The
expected answers are written by hand from the FRANCE 24 live blog of Thursday
10 February 2022 (Paris time, UTC+1).

Run: ``python benchmarks/bench_times.py [--passes N]``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

import dateparser

from claimtrack.times import clear_cache, parse_time

PARIS = ZoneInfo("Europe/Paris")
BLOG = date(2022, 2, 10)  # Thursday
BASE = datetime(2022, 2, 10, 12, 0)  # dateparser's relative base: midday of the blog's day

# (text, expected local date, expected (hour, minute) or None when only the date matters)
STAMPS: list[tuple[str, date, tuple[int, int] | None]] = [
    ("12:15 am Paris time", BLOG, (0, 15)),
    ("02:25 am Paris time", BLOG, (2, 25)),
    ("6:30 pm Paris time", BLOG, (18, 30)),
    ("3 pm Paris time", BLOG, (15, 0)),
    ("11:25 pm Paris time", BLOG, (23, 25)),
    ("8:30 am Paris time", BLOG, (8, 30)),
    ("21:30 Paris (GMT+1)", BLOG, (21, 30)),
    ("- 20:07 Paris time (GMT+1)", BLOG, (20, 7)),
    ("- 16:28 Paris time (GMT+1)", BLOG, (16, 28)),
    ("12:15 am Paris time, February 11", date(2022, 2, 11), (0, 15)),
    ("10:05 am Paris time", BLOG, (10, 5)),
    ("21:30 CET", BLOG, (21, 30)),
]
RELATIVE: list[tuple[str, date, tuple[int, int] | None]] = [
    ("on Thursday", BLOG, None),
    ("Thursday", BLOG, None),
    ("on Tuesday", date(2022, 2, 8), None),
    ("on Wednesday", date(2022, 2, 9), None),
    ("last week", date(2022, 2, 3), None),
    ("yesterday", date(2022, 2, 9), None),
    ("today", BLOG, None),
    ("February 11", date(2022, 2, 11), None),
    ("Feb. 7", date(2022, 2, 7), None),
    ("February 7", date(2022, 2, 7), None),
    ("February 20", date(2022, 2, 20), None),
    ("2022-02-10T21:30:00+01:00", BLOG, (21, 30)),
]
# Phrases the fast path leaves to dateparser: claimtrack pays dateparser's price once.
FALLBACK: list[tuple[str, date, tuple[int, int] | None]] = [
    ("2 days ago", date(2022, 2, 8), None),
    ("three days ago", date(2022, 2, 7), None),
    ("in 3 hours", BLOG, (15, 0)),
    ("10 February 2022 at 3 pm", BLOG, (15, 0)),
]
# Strings that hold no date: sentences a pipeline may throw at the parser.
FAILING = [
    "Russia has massed more than 100,000 soldiers near Ukraine's borders",
    "Moscow promptly condemned the move",
    "the Western alliance",
    "xyzzy",
]


def _claimtrack(text: str) -> datetime:
    return parse_time(text, reference=BASE, tz="Europe/Paris")


def _dateparser(text: str) -> datetime | None:
    result: datetime | None = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "RELATIVE_BASE": BASE,
            "TIMEZONE": "Europe/Paris",
            "RETURN_AS_TIMEZONE_AWARE": True,
            "PREFER_DATES_FROM": "past",
        },
    )
    return result


def _safe_claimtrack(text: str) -> datetime | None:
    try:
        return _claimtrack(text)
    except ValueError:
        return None


def _rate(fn: Callable[[str], object], texts: Sequence[str], passes: int, *, cold: bool) -> float:
    """Return calls per second of ``fn`` over ``passes`` passes of ``texts``."""
    elapsed = 0.0
    for _ in range(passes):
        if cold:
            clear_cache()
        start = time.perf_counter()
        for text in texts:
            fn(text)
        elapsed += time.perf_counter() - start
    return passes * len(texts) / elapsed


def _score(
    fn: Callable[[str], datetime | None], cases: Sequence[tuple[str, date, tuple[int, int] | None]]
) -> tuple[int, int, list[str]]:
    """Return (wrong, none, examples) of ``fn`` against the expected answers."""
    wrong = none = 0
    examples: list[str] = []
    for text, day, hm in cases:
        got = fn(text)
        if got is None:
            none += 1
            examples.append(f"{text!r} -> None")
            continue
        local = got.astimezone(PARIS)
        if local.date() != day or (hm is not None and (local.hour, local.minute) != hm):
            wrong += 1
            examples.append(f"{text!r} -> {got.isoformat()} (expected {day} {hm or ''})".strip())
    return wrong, none, examples


def main(argv: Sequence[str] | None = None) -> dict[str, float]:
    """Run the benchmark, print the figures and return them by name."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=200, help="passes over each string set")
    args = parser.parse_args(argv)
    passes: int = args.passes

    start = time.perf_counter()
    _dateparser("on Tuesday")
    first_call = time.perf_counter() - start
    print(f"dateparser first call (imports, language data): {first_call * 1000:.0f} ms")

    figures: dict[str, float] = {"dateparser_first_call_ms": first_call * 1000}
    groups = {
        "news stamps": STAMPS,
        "relative phrases": RELATIVE,
        "dateparser fallback": FALLBACK,
    }
    print(
        f"\n{'strings':<22}{'n':>3}{'cold/s':>11}{'cached/s':>11}{'dateparser/s':>14}"
        f"{'cold x':>8}{'cached x':>10}"
    )
    for name, cases in groups.items():
        texts = [c[0] for c in cases]
        dp_passes = max(1, passes // 10)
        cold = _rate(_claimtrack, texts, passes, cold=True)
        cached = _rate(_claimtrack, texts, passes, cold=False)
        plain = _rate(_dateparser, texts, dp_passes, cold=False)
        print(
            f"{name:<22}{len(texts):>3}{cold:>11,.0f}{cached:>11,.0f}{plain:>14,.0f}"
            f"{cold / plain:>8.1f}{cached / plain:>10.0f}"
        )
        key = name.replace(" ", "_")
        figures |= {
            f"{key}_cold_per_s": cold,
            f"{key}_cached_per_s": cached,
            f"{key}_dateparser_per_s": plain,
        }
    fail_ct = _rate(_safe_claimtrack, FAILING, passes, cold=True)
    fail_dp = _rate(_dateparser, FAILING, max(1, passes // 20), cold=False)
    print(
        f"{'no date (sentences)':<22}{len(FAILING):>3}{fail_ct:>11,.0f}{'':>11}{fail_dp:>14,.0f}"
        f"{fail_ct / fail_dp:>8.1f}"
    )
    figures |= {"failing_cold_per_s": fail_ct, "failing_dateparser_per_s": fail_dp}

    print("\ncorrectness against hand-written answers (10 Feb 2022 blog, Paris time):")
    for name, cases in groups.items():
        for label, fn in (("claimtrack", _safe_claimtrack), ("dateparser", _dateparser)):
            wrong, none, examples = _score(fn, cases)
            print(f"  {name:<20} {label:<11} wrong {wrong:>2}  None {none:>2}  of {len(cases)}")
            for example in examples[:4]:
                print(f"      {example}")
            figures[f"{name.replace(' ', '_')}_{label}_wrong_or_none"] = wrong + none
    return figures


if __name__ == "__main__":
    main()
