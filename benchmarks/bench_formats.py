"""Throughput of claim formats: JSON Lines, CSV and Parquet, writing and reading.

Run ``python benchmarks/bench_formats.py [--n 100000] [--repeat 1]``.  Prints claims/s
and MB/s (file size over time) for each format and direction, and each format's
speed as a ratio to JSON Lines.  Parquet is skipped when pyarrow is not installed.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from claimtrack import formats
from claimtrack.model import Claim, Figure, Hedge, Provenance, Source

SUBJECTS = [
    "Russian troops near Ukraine's border",
    "Russian troops in Belarus",
    "US troops deployed to Poland",
    "tanks massed in Crimea",
    "civilians evacuated from Donetsk",
]
UNITS = ["troop", "soldier", "tank", "person", "dollar", "kilometre"]
OUTLETS = ["FRANCE 24", "AFP", "Reuters", "Interfax"]
HEDGES = [Hedge.EXACT, Hedge.APPROX, Hedge.NEARLY, Hedge.MORE_THAN, Hedge.UP_TO]


def make_claims(n: int, seed: int = 0) -> list[Claim]:
    """Build ``n`` varied, realistic claims (fixed seed)."""
    rng = random.Random(seed)
    paris = timezone(timedelta(hours=1))
    start = datetime(2022, 2, 1, tzinfo=paris)
    out: list[Claim] = []
    for i in range(n):
        unit = rng.choice(UNITS)
        value = rng.choice([1_700, 3_000, 8_500, 30_000, 100_000, 130_000]) * rng.randint(1, 3)
        if i % 7 == 0:
            figure = Figure.between(value, value * 10, unit, hedge=Hedge.VAGUE, text="tens of")
        else:
            figure = Figure.of(value, unit, hedge=rng.choice(HEDGES), text=f"{value:,} {unit}s")
        reporter = Source(rng.choice(OUTLETS), "outlet") if i % 3 else None
        stated = start + timedelta(minutes=rng.randint(0, 40_000))
        out.append(
            Claim(
                subject=rng.choice(SUBJECTS),
                figure=figure,
                source=Source(f"official {i % 50}", "government", reporter),
                stated_at=stated,
                valid_at=stated + timedelta(days=7) if i % 5 == 0 else None,
                provenance=Provenance(
                    url=f"https://news.example/{i // 40}",
                    published=stated + timedelta(hours=1),
                    outlet=rng.choice(OUTLETS),
                    document=f"liveblog-{i // 40}.txt",
                    quote=f"The ministry said {figure.text} were near the border, line {i}.",
                    span=(i % 500, i % 500 + 12),
                ),
                group="russian-troops" if i % 2 else None,
                tags={"liveblog"} if i % 4 else frozenset(),
            )
        )
    return out


def _best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def main(argv: Sequence[str] | None = None) -> dict[str, dict[str, float]]:
    """Run the benchmark, print a table, and return {format: {figure: value}}."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000, help="number of claims")
    parser.add_argument("--repeat", type=int, default=1, help="best of this many runs")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    claims = make_claims(args.n)
    print(f"built {args.n:,} claims in {time.perf_counter() - t0:.2f} s")

    cases: list[tuple[str, str, Callable[..., Any], Callable[..., Any]]] = [
        ("JSON Lines", "claims.jsonl", formats.write_jsonl, formats.read_jsonl),
        ("CSV", "claims.csv", formats.write_csv, formats.read_csv),
    ]
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        print("pyarrow not installed: Parquet skipped (pip install claimtrack[parquet])")
    else:
        cases.append(("Parquet", "claims.parquet", formats.write_parquet, formats.read_parquet))

    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for label, filename, write, read in cases:
            path = Path(folder) / filename
            wt, _ = _best(lambda w=write, p=path: w(claims, p), args.repeat)
            size = os.path.getsize(path) / 1e6
            rt, back = _best(lambda r=read, p=path: r(p), args.repeat)
            if back != claims:
                print(f"{label}: round trip FAILED", file=sys.stderr)
                raise SystemExit(1)
            results[label] = {
                "size_mb": size,
                "write_s": wt,
                "read_s": rt,
                "write_claims_per_s": args.n / wt,
                "read_claims_per_s": args.n / rt,
                "write_mb_per_s": size / wt,
                "read_mb_per_s": size / rt,
            }

    base = results["JSON Lines"]
    print(
        f"\n{'format':<11} {'size MB':>8} {'write c/s':>11} {'MB/s':>7}"
        f" {'read c/s':>11} {'MB/s':>7}"
        f" {'write x':>8} {'read x':>7}"
    )
    for label, r in results.items():
        print(
            f"{label:<11} {r['size_mb']:8.1f} {r['write_claims_per_s']:11,.0f} "
            f"{r['write_mb_per_s']:7.1f} {r['read_claims_per_s']:11,.0f} {r['read_mb_per_s']:7.1f} "
            f"{r['write_claims_per_s'] / base['write_claims_per_s']:8.2f} "
            f"{r['read_claims_per_s'] / base['read_claims_per_s']:7.2f}"
        )
    print("(write x / read x: claims/s relative to JSON Lines; every format read back equal)")
    return results


if __name__ == "__main__":
    main()
