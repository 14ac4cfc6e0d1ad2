"""Timeline plots: one subject's figure over time, per source, as PNG or HTML.

Drawing needs matplotlib (the ``plot`` extra: ``pip install -e ".[plot]"``),
imported only when a plot is drawn; the figures are rendered with the Agg
backend, without pyplot, so plotting works on servers and leaves pyplot's state
alone.

Each source gets a colour (named in the legend); each claim is drawn at the
time it applies as a translucent bar over the interval its hedge commits to
and, when a number was stated, a dot at that number.  An interval that is open
on one side ("more than 100,000") runs to the edge of the plot and ends in an
arrow head there.
"""

from __future__ import annotations

import base64
import html
import io
import os
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import attrs

from claimtrack.exceptions import ClaimtrackError, MissingDependency

if TYPE_CHECKING:
    from matplotlib.figure import Figure as MplFigure

    from claimtrack.consistency import Timeline
    from claimtrack.model import Claim

__all__ = [
    "TimelineRow",
    "plot_timeline",
    "plot_timeline_html",
    "timeline_rows",
    "timeline_unit",
    "unit_label",
]

_INSTALL_HINT = 'pip install -e ".[plot]" in a claimtrack clone'

FIGSIZE = (10.0, 5.0)
"""Size of a timeline plot in inches."""

DPI = 100
"""Resolution of a timeline plot: a 1000 x 500 pixel PNG by default."""


@attrs.frozen(slots=True)
class TimelineRow:
    """One claim of a timeline, flattened for drawing and tables.

    Attributes:
        source: The claimant as shown in the legend.
        time: When the figure applies (aware).
        value: The stated number in the timeline's unit, or ``None`` for vague
            amounts and ranges (drawn as a bar without a dot).
        low: Lower end of the interval, or ``None`` when open below.
        high: Upper end of the interval, or ``None`` when open above.
        hedge: The hedge's name (``"nearly"``, ``"more_than"``, ...).
        text: The figure as written ("more than 100,000 soldiers").
        claim: The claim itself.
    """

    source: str
    time: datetime
    value: float | None
    low: float | None
    high: float | None
    hedge: str
    text: str
    claim: Claim


def timeline_rows(timeline: Timeline) -> list[TimelineRow]:
    """Flatten a timeline into rows ordered by time, then source.

    Args:
        timeline: A timeline from :func:`claimtrack.consistency.timeline`.

    Returns:
        One row per point of the timeline.
    """
    rows: list[TimelineRow] = []
    for source, points in timeline.series.items():
        for point in points:
            figure = point.claim.figure
            rows.append(
                TimelineRow(
                    source=str(source),
                    time=point.time,
                    value=point.value if figure.value is not None else None,
                    low=point.low,
                    high=point.high,
                    hedge=point.hedge.value,
                    text=figure.text or str(figure),
                    claim=point.claim,
                )
            )
    rows.sort(key=lambda r: (r.time, r.source))
    return rows


def timeline_unit(timeline: Timeline) -> str | None:
    """Return the unit the timeline's figures are expressed in, if it has one."""
    return timeline.unit if timeline.series else None


def _import_matplotlib() -> Any:
    try:
        import matplotlib
        import matplotlib.dates
        import matplotlib.figure
        import matplotlib.ticker
        from matplotlib.backends.backend_agg import FigureCanvasAgg
    except ImportError as exc:
        raise MissingDependency(
            f"timeline plots need matplotlib, which is not installed: {_INSTALL_HINT}"
        ) from exc
    del FigureCanvasAgg
    return matplotlib


def unit_label(unit: str | None) -> str:
    """Return the axis label for a unit: the plural of a count noun, else the unit name.

    Example:
        >>> unit_label("troop"), unit_label("person"), unit_label("kilometre")
        ('troops', 'people', 'kilometre')
    """
    if not unit or unit == "count":
        return "count"
    from claimtrack import quantities

    try:
        count = quantities.is_count(unit) and quantities.dimension(unit) != "[]"
    except ClaimtrackError:  # an unknown unit is only a label here
        count = False
    if not count:
        return unit
    irregular = {"person": "people", "child": "children", "man": "men", "woman": "women"}
    if unit in irregular:
        return irregular[unit]
    if unit.endswith(("s", "x", "ch", "sh")):
        return unit + "es"
    if unit.endswith("y") and unit[-2:-1] not in "aeiou":
        return unit[:-1] + "ies"
    return unit + "s"


def _number(value: float, _pos: object = None) -> str:
    if abs(value) >= 1000 or float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.3g}"


def _y_limits(rows: Sequence[TimelineRow]) -> tuple[float, float]:
    known = [x for r in rows for x in (r.low, r.value, r.high) if x is not None]
    lo, hi = min(known), max(known)
    span = hi - lo or abs(hi) * 0.2 or 1.0
    bottom = lo - 0.08 * span
    top = hi + 0.08 * span
    if any(r.high is None for r in rows):
        top += 0.15 * span
    if any(r.low is None for r in rows):
        bottom -= 0.15 * span
    if lo >= 0 and bottom < 0 and all(r.low is not None for r in rows):
        bottom = 0.0
    if lo >= 0 > bottom and all(r.low is None or r.low >= 0 for r in rows):
        bottom = max(bottom, -0.02 * span) if any(r.low is None for r in rows) else 0.0
    return bottom, top


def _offsets(rows: Sequence[TimelineRow], sources: Sequence[str]) -> dict[str, timedelta]:
    """Shift each source a little sideways so that bars at the same time stay apart."""
    times = [r.time for r in rows]
    span = max(times) - min(times)
    step = span * 0.006 if span > timedelta(0) else timedelta(hours=1)
    middle = (len(sources) - 1) / 2
    return {s: step * (i - middle) for i, s in enumerate(sources)}


def plot_timeline(
    timeline: Timeline,
    path: str | os.PathLike[str] | None = None,
    *,
    title: str | None = None,
) -> MplFigure:
    """Draw a subject's figure over time, one colour per source.

    Args:
        timeline: A timeline from :func:`claimtrack.consistency.timeline`.
        path: If given, the PNG file to write (``.png`` is not added).
        title: The plot title; the timeline's subject if None.

    Returns:
        The matplotlib figure (10 x 5 inches at 100 dpi), for further styling or
        saving in another format.

    Raises:
        ImportError: matplotlib is not installed.
    """
    mpl = _import_matplotlib()
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    rows = timeline_rows(timeline)
    unit = timeline_unit(timeline)
    fig: MplFigure = mpl.figure.Figure(figsize=FIGSIZE, dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_title(title if title is not None else str(timeline.subject), loc="left", fontsize=13)
    ax.set_ylabel(unit_label(unit))
    ax.grid(True, axis="y", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if not rows:
        ax.text(
            0.5,
            0.5,
            "no dated claims about this subject",
            ha="center",
            va="center",
            transform=ax.transAxes,
        )
        ax.set_xticks([])
        ax.set_yticks([])
        if path is not None:
            fig.savefig(path, dpi=DPI)
        return fig

    sources = list(dict.fromkeys(r.source for r in rows))
    colours = mpl.colormaps["tab10"].colors
    offsets = _offsets(rows, sources)
    bottom, top = _y_limits(rows)
    zone = rows[0].time.tzinfo
    date2num = mpl.dates.date2num
    for index, source in enumerate(sources):
        colour = colours[index % len(colours)]
        mine = [r for r in rows if r.source == source]
        xs = [date2num(r.time + offsets[source]) for r in mine]
        for x, r in zip(xs, mine, strict=True):
            low = bottom if r.low is None else r.low
            high = top if r.high is None else r.high
            ax.vlines(x, low, high, colors=[colour], linewidth=7, alpha=0.35, capstyle="butt")
            if r.high is None:
                ax.plot([x], [top], marker="^", markersize=9, color=colour, clip_on=False)
            if r.low is None:
                ax.plot([x], [bottom], marker="v", markersize=9, color=colour, clip_on=False)
        points = [(x, r.value) for x, r in zip(xs, mine, strict=True) if r.value is not None]
        if len(points) > 1:
            ax.plot(*zip(*points, strict=True), color=colour, linewidth=1, alpha=0.5)
        ax.plot(
            [p[0] for p in points],
            [p[1] for p in points],
            linestyle="none",
            marker="o",
            markersize=7,
            markeredgecolor="white",
            color=colour,
        )
        ax.plot([], [], color=colour, marker="o", linewidth=6, alpha=0.8, label=source)
    ax.set_ylim(bottom, top)
    first, last = rows[0].time, rows[-1].time
    pad = (last - first) * 0.05 if last > first else timedelta(hours=12)
    ax.set_xlim(date2num(first - pad), date2num(last + pad))
    locator = mpl.dates.AutoDateLocator(tz=zone, minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mpl.dates.ConciseDateFormatter(locator, tz=zone))
    ax.yaxis.set_major_formatter(mpl.ticker.FuncFormatter(_number))
    ax.set_xlabel(f"time stated ({rows[0].time.tzname() or 'UTC'})", color="#444444")
    ax.legend(
        title="source",
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
        fontsize=9,
        title_fontsize=9,
    )
    ax.text(
        1.0,
        -0.12 if len(sources) else 0,
        "bars: interval the hedge commits to; ▲/▼: open-ended; dots: stated value",
        transform=ax.transAxes,
        ha="right",
        va="top",
        fontsize=8,
        color="#666666",
    )
    if path is not None:
        fig.savefig(path, dpi=DPI)
    return fig


def _interval(low: float | None, high: float | None) -> str:
    lo = "−∞" if low is None else _number(low)
    hi = "∞" if high is None else _number(high)
    return f"[{lo}, {hi}]"


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1040px; color: #222; }}
table {{ border-collapse: collapse; width: 100%; font-size: 0.9em; }}
th, td {{ border-bottom: 1px solid #ddd; padding: 0.35em 0.6em; text-align: left;
  vertical-align: top; }}
td.num {{ text-align: right; white-space: nowrap; }}
img {{ max-width: 100%; }}
</style>
</head>
<body>
<h1>{title}</h1>
<img alt="{title}: figure over time per source" src="data:image/png;base64,{png}">
<table>
<thead><tr><th>stated</th><th>source</th><th>figure</th><th>interval ({unit})</th>
<th>quote</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</body>
</html>
"""


def plot_timeline_html(
    timeline: Timeline,
    path: str | os.PathLike[str] | None = None,
    *,
    title: str | None = None,
) -> str:
    """Render a timeline as a self-contained HTML page: the plot and a table of claims.

    The PNG from :func:`plot_timeline` is embedded as base64, so the page needs
    no other file.

    Args:
        timeline: A timeline from :func:`claimtrack.consistency.timeline`.
        path: If given, the HTML file to write (UTF-8).
        title: The page and plot title; the timeline's subject if None.

    Returns:
        The HTML page.

    Raises:
        ImportError: matplotlib is not installed.
    """
    heading = title if title is not None else str(timeline.subject)
    fig = plot_timeline(timeline, title=heading)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI)
    png = base64.b64encode(buffer.getvalue()).decode("ascii")
    cells = []
    for r in timeline_rows(timeline):
        quote = r.claim.provenance.quote or ""
        cells.append(
            "<tr>"
            f"<td>{html.escape(r.time.strftime('%Y-%m-%d %H:%M %Z').strip())}</td>"
            f"<td>{html.escape(r.source)}</td>"
            f"<td>{html.escape(r.text)}</td>"
            f'<td class="num">{html.escape(_interval(r.low, r.high))}</td>'
            f"<td>{html.escape(quote)}</td>"
            "</tr>"
        )
    page = _PAGE.format(
        title=html.escape(heading),
        png=png,
        unit=html.escape(unit_label(timeline_unit(timeline))),
        rows="\n".join(cells),
    )
    if path is not None:
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            out.write(page)
    return page
