"""Benchmark the core records: validated claims and figures built per second.

Prints claims built per second (validated, with a derived content id and with an
explicit id), figures built per second with :meth:`Figure.of`, and, when
``claimtrack.quantities.parse_figure`` exists, figures parsed per second against
quantulum3 on the same news phrases.  Run ``python benchmarks/bench_core.py``.

Each figure is the best of several timed repeats, timed in CPU seconds of this
process (:func:`time.process_time`), so that other work on a shared machine
counts as little as possible; pass ``--wall`` for wall-clock time.  Every input is
built before the clock starts, and the cyclic garbage collector is paused while
the clock runs, as :mod:`timeit` does (the records hold no cycles; pass ``--gc``
to leave it running).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from claimtrack.model import Claim, Figure, Hedge, Provenance, Source

CLAIMS_TARGET = 300_000  # validated claims with a derived id, per second
PARSE_RATIO_TARGET = 50.0  # parse_figure speed over quantulum3's

PHRASES: tuple[str, ...] = (
    "nearly 3,000 troops",
    "more than 100,000 soldiers",
    "about 100,000 troops",
    "tens of thousands of troops",
    "1,700 service members",
    "some 8,500 troops",
    "at least 30,000 soldiers",
    "up to 5,000 troops",
    "between 1,700 and 2,000 soldiers",
    "almost 130,000 troops",
    "fewer than 50 tanks",
    "over 60 battalion tactical groups",
    "around 1,000 paratroopers",
    "2,000 troops",
    "3,000 US troops",
    "roughly 40 percent",
    "12.5 percent",
    "$1.5 billion",
    "more than $600 million",
    "about 200 kilometres",
    "some 30 km",
    "5 miles",
    "at most 300 people",
    "hundreds of civilians",
    "thousands of refugees",
    "an estimated 70,000 people",
    "as many as 175,000 troops",
    "100 000 troops",
    "no more than 20 warships",
    "several thousand soldiers",
)
"""News figure phrases in the style of the seed live blogs (FRANCE 24 with AFP)."""


PAUSE_GC = True
CLOCK: Callable[[], float] = time.process_time


def best_rate(run: Callable[[], object], count: int, repeats: int) -> float:
    """Return the best of ``repeats`` rates (items per second) of ``run`` doing ``count`` items."""
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        if PAUSE_GC:
            gc.disable()
        try:
            start = CLOCK()
            run()
            best = min(best, CLOCK() - start)
        finally:
            gc.enable()
    return count / best


def claim_inputs(n: int, *, shared_times: bool) -> list[dict[str, Any]]:
    """Build ``n`` distinct claims' keyword arguments (a new figure and provenance each).

    With ``shared_times`` the claims share datetime objects the way a live blog's do
    (one ``published`` per document, one ``stated_at`` per entry of ten claims);
    without it every datetime is a fresh object, as after reading a file.
    """
    paris = timezone(timedelta(hours=1))
    sources = [
        Source(f"Ministry {i}", kind="government", reported_by=Source("AFP", kind="agency"))
        if i % 2
        else Source(f"Official {i}", kind="person")
        for i in range(20)
    ]
    start = datetime(2022, 2, 2, 6, 0, tzinfo=paris)
    out: list[dict[str, Any]] = []
    published = start
    stated = start
    for i in range(n):
        if shared_times:
            if i % 500 == 0:
                published = start + timedelta(days=i // 500)
            if i % 10 == 0:
                stated = published + timedelta(minutes=i % 500)
        else:
            published = start + timedelta(days=i // 500)
            stated = published + timedelta(minutes=i % 500)
        value = 1000 + i
        out.append(
            {
                "subject": f"Russian troops near the border {i % 97}",
                "figure": Figure(float(value), value - 50.0, float(value), Hedge.NEARLY, "troop"),
                "source": sources[i % len(sources)],
                "stated_at": stated,
                "provenance": Provenance(
                    url=f"https://www.france24.com/en/live/{i // 500}",
                    published=published,
                    outlet="FRANCE 24",
                    quote=f"nearly {value:,} troops have been deployed",
                    span=(i % 400, i % 400 + 20),
                ),
            }
        )
    return out


def bench_claims(n: int, repeats: int) -> dict[str, float]:
    """Return claims built per second for each way of building them."""
    rates: dict[str, float] = {}
    for label, shared in (("auto id, live-blog times", True), ("auto id, fresh times", False)):
        inputs = claim_inputs(n, shared_times=shared)
        rates[label] = best_rate(lambda inputs=inputs: [Claim(**kw) for kw in inputs], n, repeats)
    inputs = claim_inputs(n, shared_times=False)
    for i, kw in enumerate(inputs):
        kw["id"] = f"claim-{i}"
    rates["explicit id"] = best_rate(lambda: [Claim(**kw) for kw in inputs], n, repeats)
    return rates


def bench_figures(n: int, repeats: int) -> float:
    """Return figures built per second with :meth:`Figure.of` (hedge and unit varied)."""
    hedges = [Hedge.EXACT, Hedge.APPROX, Hedge.NEARLY, Hedge.MORE_THAN, Hedge.UP_TO]
    units = ["troops", "soldier", "kilometre", "percent", "dollar"]
    args = [(float(1000 + i), units[i % 5], hedges[i % 5]) for i in range(n)]
    return best_rate(lambda: [Figure.of(v, u, hedge=h) for v, u, h in args], n, repeats)


def bench_parsing(repeats: int) -> tuple[float, float] | None:
    """Return phrases parsed per second by claimtrack and by quantulum3, if both exist."""
    quantities = importlib.import_module("claimtrack.quantities")
    parse_figure = getattr(quantities, "parse_figure", None)
    if parse_figure is None:
        return None
    try:
        from quantulum3 import parser  # type: ignore[import-untyped]
    except ImportError:
        return None
    phrases = list(PHRASES)
    failures = 0
    for phrase in phrases:  # warm caches, and count what claimtrack cannot read
        try:
            parse_figure(phrase)
        except Exception:  # a phrase it cannot read still costs time
            failures += 1
        parser.parse(phrase)
    if failures:
        print(f"  (parse_figure raised on {failures} of {len(phrases)} phrases)")

    def ours() -> None:
        for _ in range(20):
            for phrase in phrases:
                try:
                    parse_figure(phrase)
                except Exception:
                    continue

    def peer() -> None:
        for phrase in phrases:
            parser.parse(phrase)

    return (
        best_rate(ours, 20 * len(phrases), repeats),
        best_rate(peer, len(phrases), max(2, repeats // 2)),
    )


def verdict(met: bool) -> str:
    """Return the word printed after a target."""
    return "met" if met else "NOT met"


def main(argv: Sequence[str] | None = None) -> dict[str, float]:
    """Run the core benchmarks, print the figures and targets, and return the figures."""
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("-n", type=int, default=100_000, help="claims and figures per run")
    cli.add_argument("--repeats", type=int, default=5, help="timed runs; the best counts")
    cli.add_argument("--gc", action="store_true", help="leave the garbage collector running")
    cli.add_argument("--wall", action="store_true", help="time wall-clock, not CPU, seconds")
    args = cli.parse_args(argv)
    global PAUSE_GC, CLOCK
    PAUSE_GC = not args.gc
    CLOCK = time.perf_counter if args.wall else time.process_time
    results: dict[str, float] = {}

    notes = ("gc running" if args.gc else "gc paused", "wall clock" if args.wall else "CPU time")
    print(f"claimtrack core benchmark: n={args.n:,}, best of {args.repeats}, " + ", ".join(notes))
    for label, rate in bench_claims(args.n, args.repeats).items():
        results[f"claims/s {label}"] = rate
        print(f"  claims built/s ({label}): {rate:>12,.0f}")
    auto = min(rate for label, rate in results.items() if "auto id" in label)
    met = verdict(auto >= CLAIMS_TARGET)
    print(f"  target >= {CLAIMS_TARGET:,} claims/s with a derived id (slowest way): {met}")

    figures = bench_figures(args.n, args.repeats)
    results["figures/s Figure.of"] = figures
    print(f"  figures built/s (Figure.of): {figures:>12,.0f}")

    parsed = bench_parsing(args.repeats)
    if parsed is None:
        print("  parse_figure vs quantulum3: skipped (parse_figure or quantulum3 missing)")
    else:
        ours, peer = parsed
        ratio = ours / peer
        results.update({"parsed/s claimtrack": ours, "parsed/s quantulum3": peer, "ratio": ratio})
        print(f"  figures parsed/s: claimtrack {ours:,.0f}, quantulum3 {peer:,.0f}")
        print(
            f"  ratio {ratio:,.1f}x; target >= {PARSE_RATIO_TARGET:.0f}x: "
            f"{verdict(ratio >= PARSE_RATIO_TARGET)}"
        )
    return results


if __name__ == "__main__":
    main()
