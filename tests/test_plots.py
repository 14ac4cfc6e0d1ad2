"""Tests of the timeline plots (PNG and HTML)."""

from __future__ import annotations

import base64
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("matplotlib")

import matplotlib.image

from claimtrack import plots
from claimtrack.consistency import Timeline, timeline
from claimtrack.exceptions import MissingDependency
from claimtrack.model import Claim, Figure, Hedge, Provenance, Source

PARIS = timezone(timedelta(hours=1), "CET")
SUBJECT = "Russian troops near Ukraine's border"


def _claim(source: str, figure: Figure, day: int, hour: int = 12, quote: str = "") -> Claim:
    return Claim(
        subject=SUBJECT,
        figure=figure,
        source=Source(source),
        stated_at=datetime(2022, 2, day, hour, tzinfo=PARIS),
        provenance=Provenance(quote=quote or f"{source} said {figure.text}"),
    )


@pytest.fixture
def claims() -> list[Claim]:
    """Claims about one subject from three sources, with open and vague intervals."""
    return [
        _claim(
            "US officials",
            Figure.of(100_000, "troops", hedge=Hedge.MORE_THAN, text="more than 100,000 troops"),
            2,
        ),
        _claim(
            "US officials",
            Figure.of(130_000, "troops", hedge=Hedge.APPROX, text="about 130,000 troops"),
            10,
        ),
        _claim(
            "Ukraine",
            Figure.between(
                10_000, 100_000, "troops", hedge=Hedge.VAGUE, text="tens of thousands of troops"
            ),
            5,
            quote="<b>tens</b> of thousands & more",
        ),
        _claim("NATO", Figure.of(100_000, "troops", hedge=Hedge.NEARLY, text="nearly 100,000"), 2),
    ]


@pytest.fixture
def line(claims: list[Claim]) -> Timeline:
    """The timeline of the fixture claims."""
    return timeline(claims, SUBJECT)


def test_png_has_expected_size_and_data_in_plot_area(line: Timeline, tmp_path: Path) -> None:
    """The PNG is 1000 x 500 pixels and its plot area holds coloured (non-grey) pixels."""
    path = tmp_path / "t.png"
    fig = plots.plot_timeline(line, path)
    image = matplotlib.image.imread(path)
    assert image.shape[:2] == (500, 1000)
    ax = fig.axes[0]
    x0, y0, x1, y1 = (round(v) for v in ax.get_window_extent().extents)
    area = image[500 - y1 : 500 - y0, x0:x1, :3]
    spread = area.max(axis=2) - area.min(axis=2)  # zero for white, black and greys
    assert (spread > 0.2).sum() > 200


def test_each_source_is_in_the_legend(line: Timeline) -> None:
    """Every source of the timeline gets a legend entry, and the axis names the unit."""
    ax = plots.plot_timeline(line).axes[0]
    labels = {t.get_text() for t in ax.get_legend().get_texts()}
    assert labels == {"US officials", "Ukraine", "NATO"}
    assert ax.get_ylabel() == "troops"
    assert ax.get_title(loc="left") == line.subject


def test_open_interval_ends_with_arrow_at_axis_edge(line: Timeline) -> None:
    """An open "more than 100,000" runs to the top of the axis and ends in an up arrow."""
    ax = plots.plot_timeline(line, title="T").axes[0]
    top = ax.get_ylim()[1]
    arrows = [ln for ln in ax.get_lines() if ln.get_marker() == "^" and len(ln.get_ydata())]
    assert arrows
    assert all(ln.get_ydata()[0] == pytest.approx(top) for ln in arrows)
    assert ax.get_title(loc="left") == "T"


def test_rows_are_in_time_order_and_vague_has_no_value(line: Timeline) -> None:
    """timeline_rows sorts by time; a vague amount keeps its interval but no stated value."""
    rows = plots.timeline_rows(line)
    assert [r.time for r in rows] == sorted(r.time for r in rows)
    vague = [r for r in rows if r.hedge == "vague"]
    assert len(vague) == 1
    assert vague[0].value is None
    assert (vague[0].low, vague[0].high) == (10_000, 100_000)


def test_empty_timeline_draws_a_message(tmp_path: Path) -> None:
    """A timeline without claims still gives an image that says so."""
    empty = timeline([], "nothing")
    fig = plots.plot_timeline(empty, tmp_path / "e.png")
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "no dated claims about this subject" in texts
    assert matplotlib.image.imread(tmp_path / "e.png").shape[:2] == (500, 1000)


def test_html_page_is_self_contained(line: Timeline, tmp_path: Path) -> None:
    """The HTML page embeds a decodable PNG and a table row per claim, with text escaped."""
    path = tmp_path / "t.html"
    page = plots.plot_timeline_html(line, path)
    assert path.read_text(encoding="utf-8") == page
    match = re.search(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert match is not None
    assert base64.b64decode(match[1]).startswith(b"\x89PNG\r\n\x1a\n")
    assert page.count("<tr><td>") == len(plots.timeline_rows(line))
    assert "&lt;b&gt;tens&lt;/b&gt; of thousands &amp; more" in page
    assert "<b>tens" not in page
    assert 'src="http' not in page


def test_unit_label_pluralises_count_nouns() -> None:
    """Count nouns are pluralised for the axis label; other units are left as named."""
    assert plots.unit_label("soldier") == "soldiers"
    assert plots.unit_label("person") == "people"
    assert plots.unit_label("count") == "count"
    assert plots.unit_label("percent") == "percent"


_HEDGES = [Hedge.EXACT, Hedge.APPROX, Hedge.NEARLY, Hedge.MORE_THAN, Hedge.UP_TO, Hedge.AT_LEAST]


@settings(max_examples=15)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["A", "B", "C"]),
            st.integers(1, 2_000_000),
            st.sampled_from(_HEDGES),
            st.integers(0, 240),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_axis_limits_hold_every_finite_bound(
    items: list[tuple[str, int, Hedge, int]],
) -> None:
    """Whatever the figures, every stated value and finite bound lies inside the y limits."""
    start = datetime(2022, 2, 1, tzinfo=PARIS)
    claims = [
        Claim(
            subject=SUBJECT,
            figure=Figure.of(value, "troops", hedge=hedge),
            source=Source(source),
            stated_at=start + timedelta(hours=hours),
        )
        for source, value, hedge, hours in items
    ]
    line = timeline(claims, SUBJECT)
    ax = plots.plot_timeline(line).axes[0]
    bottom, top = ax.get_ylim()
    for row in plots.timeline_rows(line):
        for x in (row.low, row.value, row.high):
            if x is not None:
                assert bottom <= x <= top


def test_missing_matplotlib_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without matplotlib, drawing raises MissingDependency with a command that installs it."""
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    hint = re.escape('pip install -e ".[plot]" in a claimtrack clone')
    with pytest.raises(MissingDependency, match=hint):
        plots._import_matplotlib()
