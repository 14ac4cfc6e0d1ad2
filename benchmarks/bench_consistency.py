"""Benchmark of claimtrack.consistency.check on synthetic claims: time, memory, growth.

Claims are spread over subject groups of uniform or Zipf-skewed sizes, 500 sources,
60 days; every group has a true value, most claims hedge around it and 1% are
outliers.  Prints wall-clock seconds (the target) and CPU seconds (steadier on a
shared machine), peak traced memory per claim (tracemalloc, beyond the claim
objects) and the growth ratio per 10x, against the targets: 10^6 claims in <= 3 s,
growth no worse than n log n, <= 400 bytes per claim.  At the largest size it also
prints the extraction floor: the CPU time of merely reading the 13 attributes the
check needs from every claim into lists, which no columnar design can avoid.

Run: ``python benchmarks/bench_consistency.py [--max 1000000]``.
"""

from __future__ import annotations

import argparse
import gc
import math
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from operator import attrgetter

import numpy as np

from claimtrack.consistency import check
from claimtrack.model import Claim, Figure, Hedge, Source

TIME_TARGET = 3.0
BYTES_TARGET = 400.0


def synthetic(n: int, *, skewed: bool, seed: int = 0) -> list[Claim]:
    """Build ``n`` claims over ``n // 100`` subjects (uniform or Zipf sizes)."""
    rng = np.random.default_rng(seed)
    nsub = max(1, n // 100)
    sub = np.minimum(rng.zipf(1.3, n) - 1, nsub - 1) if skewed else rng.integers(0, nsub, n)
    truth = rng.integers(10, 1000, nsub) * 100
    value = truth[sub] * (1 + rng.normal(0, 0.005, n))
    outlier = rng.random(n) < 0.01
    value = np.where(outlier, value * rng.choice([0.3, 3.0], n), value).round()
    hedge_pick = rng.integers(0, 3, n)
    day = rng.integers(0, 60 * 24, n)
    src = rng.integers(0, 500, n)
    subjects = [f"subject {i} deaths" for i in range(nsub)]
    sources = [Source(f"source {i}") for i in range(500)]
    base = datetime(2022, 1, 1, tzinfo=UTC)
    hours = [base + timedelta(hours=h) for h in range(60 * 24)]
    hedges = [Hedge.EXACT, Hedge.APPROX, Hedge.NEARLY]
    out = []
    for i, (s, v, h, d, so) in enumerate(
        zip(
            sub.tolist(),
            value.tolist(),
            hedge_pick.tolist(),
            day.tolist(),
            src.tolist(),
            strict=True,
        )
    ):
        hedge = hedges[h]
        w = v * (0.03 if h == 1 else 0.01)
        fig = Figure(v, v - w, v if h == 2 else v + w, hedge, "person")
        out.append(Claim(subject=subjects[s], figure=fig, source=sources[so],
                         stated_at=hours[d], id=f"c{i}"))  # fmt: skip
    return out


CLAIM_FIELDS = ("id", "subject", "group", "figure", "source", "stated_at", "valid_at", "key",
                "parts_of")  # fmt: skip
FIGURE_FIELDS = ("unit", "low", "high", "value")


def extraction_floor(claims: list[Claim]) -> float:
    """Return the CPU seconds of reading every attribute the check uses into lists, once."""
    t = time.process_time()
    columns = [list(map(attrgetter(name), claims)) for name in CLAIM_FIELDS]
    columns += [list(map(attrgetter(name), columns[3])) for name in FIGURE_FIELDS]
    seconds = time.process_time() - t
    del columns
    return seconds


def measure(n: int, *, skewed: bool) -> tuple[float, float, float, int, float]:
    """Return (seconds, CPU seconds, peak bytes per claim, findings, extraction floor)."""
    claims = synthetic(n, skewed=skewed)
    gc.collect()
    t, cpu = time.perf_counter(), time.process_time()
    report = check(claims)
    seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
    nfind = len(report.findings)
    del report
    gc.collect()
    tracemalloc.start()
    report = check(claims)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del report
    return seconds, cpu, peak / n, nfind, extraction_floor(claims)


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print figures, growth ratios and targets."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max", type=int, default=1_000_000, help="largest size (default 10^6)")
    parser.add_argument("--min", type=int, default=10_000, help="smallest size (default 10^4)")
    args = parser.parse_args(argv)
    sizes = []
    n = args.min
    while n <= args.max:
        sizes.append(n)
        n *= 10
    check(synthetic(1000, skewed=False))  # warm up: unit registry and caches load on first use
    print(
        f"targets: 10^6 claims <= {TIME_TARGET} s; <= {BYTES_TARGET:.0f} B/claim; growth <= n log n"
    )
    for skewed in (False, True):
        label = "zipf" if skewed else "uniform"
        prev: tuple[int, float] | None = None
        for n in sizes:
            sec, cpu, per, nfind, floor = measure(n, skewed=skewed)
            growth = ""
            if prev is not None:
                # growth is judged on CPU time: wall time on a shared machine measures the load
                ratio = cpu / prev[1]
                nlogn = (n * math.log(n)) / (prev[0] * math.log(prev[0]))
                verdict = "met" if ratio <= nlogn * 1.25 else "MISSED"
                growth = f" cpu growth x{ratio:.1f} (n log n: x{nlogn:.1f}, {verdict})"
            time_note = ""
            if n == 1_000_000:
                wall_ok = "met" if sec <= TIME_TARGET else "MISSED"
                cpu_ok = "met" if cpu <= TIME_TARGET else "MISSED"
                time_note = f" time target {wall_ok} (on cpu time: {cpu_ok});"
            mem_ok = "met" if per <= BYTES_TARGET else "MISSED"
            print(f"{label:8s} n={n:>9,} {sec:7.3f} s (cpu {cpu:.3f} s)  {per:4.0f} B/claim "
                  f"({mem_ok}){time_note}{growth}  findings={nfind:,}")  # fmt: skip
            if n == sizes[-1]:
                print(f"{'':8s} extraction floor (13 attributes into lists): cpu {floor:.3f} s "
                      f"= {floor / cpu:.0%} of the check")  # fmt: skip
            prev = (n, cpu)


if __name__ == "__main__":
    main()
