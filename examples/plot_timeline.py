"""Draw how the figures for one subject moved over time, per source.

Extracts the troop figures of both FRANCE 24 live blogs (FRANCE 24 with AFP) and
writes a PNG timeline of the Russian build-up near Ukraine's borders into the
current folder (needs the ``plot`` extra: matplotlib).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimtrack import extract_claims, timeline
from claimtrack.plots import plot_timeline

DATA = Path(__file__).resolve().parent / "data"


def main() -> None:
    claims = []
    for name, published in (
        ("france24-liveblog-2022-02-02.txt", date(2022, 2, 2)),
        ("france24-liveblog-2022-02-10.txt", date(2022, 2, 10)),
    ):
        text = (DATA / name).read_text(encoding="utf-8")
        claims += extract_claims(text, published=published, outlet="FRANCE 24", document=name)
    line = timeline(claims, "Russian troops massed near Ukraine's borders")
    for source, points in line.series.items():
        for point in points:
            print(f"{point.time:%d %b %H:%M}  {source:<20} {point.claim.figure.text}")
    out = Path("russian-troops-timeline.png")
    plot_timeline(line, out, title="Russian troops near Ukraine's borders")
    print(f"wrote {out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
