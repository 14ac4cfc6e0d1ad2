"""Benchmark extract_claims on whole articles: throughput and linear growth, beside quantulum3.

The two FRANCE 24 live blogs in examples/data/ (FRANCE 24 with AFP) are joined and
repeated 1, 10 and 40 times.  For each size the script prints the time claimtrack
needs to turn the text into attributed, dated claims, the MB/s and claims/s, and
the growth ratio per size step (linear time means the ratio tracks the size
ratio).  quantulum3, the peer, is timed on the same text for the same job it can
do (finding quantities, without attribution or times), and the ratio is printed.

    python benchmarks/bench_extract.py [--sizes 1,10,40] [--no-peer]
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from claimtrack import extract_claims

DATA = Path(__file__).resolve().parent.parent / "examples" / "data"
BLOGS = ("france24-liveblog-2022-02-02.txt", "france24-liveblog-2022-02-10.txt")


def _corpus(repeat: int) -> str:
    text = "\n".join((DATA / name).read_text(encoding="utf-8") for name in BLOGS)
    return "\n".join([text] * repeat)


def _best(fn: object, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: Sequence[str] | None = None) -> dict[str, float]:
    """Run the benchmark and return the figures of the largest size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,40", help="repetitions of the two blogs")
    parser.add_argument("--no-peer", action="store_true", help="skip quantulum3")
    parser.add_argument(
        "--peer-max",
        type=int,
        default=10,
        help="largest size timed for quantulum3 (it takes minutes on 0.7 MB)",
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    peer = None
    if not args.no_peer:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                from quantulum3 import parser as q3
            peer = q3
        except ImportError:
            print("quantulum3 is not installed: peer column skipped")
    extract_claims(_corpus(1), published=date(2022, 2, 10))  # warm caches
    print(
        f"{'size':>6} {'MB':>7} {'seconds':>8} {'MB/s':>6} {'claims/s':>9} {'growth':>7}"
        f" {'q3 s':>7} {'ratio':>6}"
    )
    previous: tuple[int, float] | None = None
    result: dict[str, float] = {}
    for size in sizes:
        text = _corpus(size)
        mb = len(text.encode("utf-8")) / 1e6
        claims: list[object] = []

        def run(text: str = text, claims: list[object] = claims) -> None:
            claims[:] = extract_claims(text, published=date(2022, 2, 10))

        seconds = _best(run, 3 if size <= 10 else 1)
        growth = "" if previous is None else f"{seconds / previous[1]:.1f}x/{size // previous[0]}x"
        q3_seconds = ratio = float("nan")
        if peer is not None and size <= args.peer_max:
            q3_seconds = _best(lambda text=text: peer.parse(text), 1)
            ratio = q3_seconds / seconds
        print(
            f"{size:>6} {mb:>7.3f} {seconds:>8.3f} {mb / seconds:>6.2f} "
            f"{len(claims) / seconds:>9.0f} {growth:>7} {q3_seconds:>7.2f} {ratio:>5.1f}x"
        )
        previous = (size, seconds)
        result = {"mb_per_s": mb / seconds, "claims_per_s": len(claims) / seconds, "ratio": ratio}
    print("claimtrack does more than the peer here: attribution, subjects and times as well.")
    return result


if __name__ == "__main__":
    main()
