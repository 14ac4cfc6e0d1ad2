"""Running time of every text entry point on adversarial input grows linearly, up to 1 MB.

Each input is built from pieces that stress figure grammars and attribution rules:
runs of digits and thousands separators, stacked hedge words, dashes, scale words,
quotes without an end, and long lines without a full stop.  For sizes 128 KB to
1 MB the script prints the seconds each entry point takes and the growth
exponent fitted over all sizes (the slope of log time against log size, which a
single noisy step on a shared machine moves little): linear time is 1.0, the
target is below 1.3 (quadratic would be 2).

    python benchmarks/bench_adversarial.py [--max-kb 1024]
"""

from __future__ import annotations

import argparse
import contextlib
import math
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from claimtrack import (
    ClaimtrackError,
    extract_claims,
    find_figures,
    parse_figure,
    parse_time,
    read_csv,
    read_jsonl,
)
from claimtrack.times import clear_cache

PATTERNS: dict[str, str] = {
    "digits and commas": "1,000,000,000,1,1,1,1 000 000 000.5.5.5 ",
    "stacked hedges": "more than nearly about at least up to as many as over 3,000 ",
    "scale words": "tens of hundreds of thousands of millions of billions of 5 ",
    "dashes and ranges": "1-2-3-4-5\u20136\u20137 to 8 to 9 between 1 and between 2 and ",
    "open quote": '"more than 100,000 soldiers were said, ',
    "no-break spaces": "100\u00a0000\u202f000\u2009000 troops ",
    "citing and reporting": ", citing officials, Reuters reported 5-to-3 1,000+ the statement said",
    "changes and names": "In 2010, Amazon said on Monday it rose by 5% each day, up 3%, than the "
    "2% in Turkey and Syria, the highest in 40 years, Joe Biden Greens would win 9 seats ",
}


def _time(fn: Callable[[], object]) -> float:
    """Return the seconds one call of ``fn`` takes.

    A call under 50 ms is repeated until 0.2 s have gone by and the fastest call is
    kept: one slow spell of a shared machine would otherwise set a point of the fit
    (``parse_time`` on a megabyte takes milliseconds).  The entry points timed so
    fast keep no cache of a whole text (``parse_time``'s is cleared in its call).
    """
    best = math.inf
    spent = 0.0
    while True:
        start = time.perf_counter()
        with contextlib.suppress(ClaimtrackError):
            fn()
        took = time.perf_counter() - start
        best = min(best, took)
        spent += took
        if took >= 0.05 or spent >= 0.2:
            return best


def _exponent(sizes: list[int], seconds: list[float]) -> float:
    """Least-squares slope of log(seconds) against log(size); 0 when too fast to time."""
    points = [(math.log(n), math.log(t)) for n, t in zip(sizes, seconds, strict=True) if t > 1e-3]
    if len(points) < 2:
        return 0.0
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / sxx


def _entry_points(text: str, folder: Path) -> dict[str, Callable[[], object]]:
    jsonl = folder / "in.jsonl"
    jsonl.write_text(text.replace(" ", "\n"), encoding="utf-8")
    csv = folder / "in.csv"
    # every piece a row, with the columns a claim needs: pieces with commas make bad rows
    csv.write_text("subject,value,source_name\n" + text.replace(" ", ",1,X\n"), encoding="utf-8")
    return {
        "find_figures": lambda: find_figures(text),
        "extract_claims": lambda: extract_claims(text, published=date(2022, 2, 10)),
        "parse_figure": lambda: parse_figure(text),
        "parse_time": lambda: (clear_cache(), parse_time(text, reference=date(2022, 2, 10))),
        "read_jsonl": lambda: read_jsonl(jsonl, errors=[]),
        "read_csv": lambda: read_csv(csv, errors=[]),
    }


def main(argv: Sequence[str] | None = None) -> dict[str, float]:
    """Run the benchmark and return the worst growth ratio per doubling."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-kb", type=int, default=1024, help="largest input in KB")
    args = parser.parse_args(argv)
    sizes = []
    kb = 128
    while kb <= args.max_kb:
        sizes.append(kb)
        kb *= 2
    worst: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for name, piece in PATTERNS.items():
            print(f"\n{name}: {piece!r}", flush=True)
            print(f"{'entry point':<16}" + "".join(f"{s:>9} KB" for s in sizes) + "   exponent")
            rows: dict[str, list[float]] = {}
            for size in sizes:
                text = (piece * (size * 1024 // len(piece) + 1))[: size * 1024]
                for entry, fn in _entry_points(text, folder).items():
                    rows.setdefault(entry, []).append(_time(fn))
            for entry, seconds in rows.items():
                growth = _exponent(sizes, seconds)
                worst[entry] = max(worst.get(entry, 0.0), growth)
                cells = "".join(f"{s:>11.3f}s"[:12] for s in seconds)
                print(f"{entry:<16}{cells}   {growth:.2f}")
    print("\nworst growth exponent over the patterns (linear = 1.0, target < 1.3):")
    for entry, growth in worst.items():
        verdict = "ok" if growth < 1.3 else "SUPERLINEAR"
        print(f"  {entry:<16} {growth:5.2f}  {verdict}")
    return worst


if __name__ == "__main__":
    main()
