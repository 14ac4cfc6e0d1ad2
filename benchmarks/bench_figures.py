"""Figures parsed per second: claimtrack's parse_figure against quantulum3 on the same phrases."""

from __future__ import annotations

import time
import warnings

PHRASES = [
    "nearly 3,000 American troops",
    "more than 100,000 soldiers",
    "approximately 100,000 troops",
    "tens of thousands of troops",
    "Hundreds of thousands of people",
    "30,000 troops personnel",
    "1,700 service members",
    "$2.4 billion",
    "between 1,700 and 2,000 soldiers",
    "about 19 per cent",
    "35 miles",
    "1.5 million people",
    "Six Russian warships",
    "up to 3,000 troops",
    "100\u00a0000 troops",
]


def _rate(fn: object, phrases: list[str], seconds: float) -> float:
    call = fn  # type: ignore[assignment]
    done = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for p in phrases:
            call(p)  # type: ignore[operator]
        done += len(phrases)
    return done / (time.perf_counter() - start)


def main(seconds: float = 3.0) -> dict[str, float]:
    """Time both parsers on the same phrases and print figures per second and the ratio."""
    from claimtrack.quantities import parse_figure

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    for p in PHRASES:  # warm-up: registry, caches, classifier
        parse_figure(p)
        parser.parse(p)
    ours = _rate(parse_figure, PHRASES, seconds)
    peer = _rate(parser.parse, PHRASES, seconds)
    print(f"claimtrack parse_figure: {ours:12,.0f} figures/s")
    print(f"quantulum3 parse:        {peer:12,.0f} figures/s")
    print(f"ratio:                   {ours / peer:12.1f}x (target >= 50x)")
    return {"claimtrack": ours, "quantulum3": peer, "ratio": ours / peer}


if __name__ == "__main__":
    main()
