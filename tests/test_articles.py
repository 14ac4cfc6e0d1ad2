"""Tests for claimtrack.articles: the text and metadata of HTML pages."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack import Article, read_article
from claimtrack.articles import html_to_text, looks_like_html


def test_html_to_text_keeps_blocks_and_drops_scripts() -> None:
    """Block elements end lines, inline tags vanish, scripts/styles/titles are dropped."""
    page = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<h1>Live</h1><script>var x = 1;</script>"
        "<p>Russia has <b>more than 100,000</b>\n   soldiers.</p><ul><li>a</li><li>b</li></ul>"
        "<p>5 &lt; 6 &amp; 7</p></body></html>"
    )
    assert html_to_text(page) == "Live\nRussia has more than 100,000 soldiers.\na\nb\n5 < 6 & 7"


@given(st.lists(st.text(alphabet="abc xyz,0123456789", min_size=1), min_size=1, max_size=5))
def test_html_paragraphs_become_lines(paragraphs: list[str]) -> None:
    """Each non-blank paragraph becomes exactly one line, its spaces collapsed."""
    page = "".join(f"<p>{p}</p>" for p in paragraphs)
    expected = [" ".join(p.split()) for p in paragraphs if p.strip()]
    assert html_to_text(page).split("\n") == (expected or [""])


def test_plain_text_is_an_article_without_metadata() -> None:
    """Text that does not look like HTML is returned as it is."""
    assert read_article("Some 3,000 troops <b>left</b>.") == Article(
        "Some 3,000 troops <b>left</b>."
    )
    assert not looks_like_html("Some 3,000 troops")


PARIS = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ('<meta property="article:published_time" content="2022-02-10T09:00:00+01:00">',
         datetime(2022, 2, 10, 9, tzinfo=PARIS)),
        ('<meta name="pubdate" content="2022-02-10">', date(2022, 2, 10)),
        ('<meta itemprop="datePublished" content="2022-02-10T09:00:00">', date(2022, 2, 10)),
        ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
         '"datePublished": "2022-02-10T08:00:00Z"}]}</script>',
         datetime(2022, 2, 10, 8, tzinfo=UTC)),
        ('<meta property="article:published_time" content="not a date">', None),
        ('<script type="application/ld+json">{broken</script>', None),
    ],
)  # fmt: skip
def test_publication_time_from_the_markup(head: str, published: date | None) -> None:
    """The publication time comes from meta tags or JSON-LD; a time without a zone keeps its day."""
    page = f"<html><head>{head}</head><body><p>Some 3,000 troops left.</p></body></html>"
    article = read_article(page)
    assert article.published == published
    assert article.text == "Some 3,000 troops left."


def test_time_element_marked_as_published() -> None:
    """A ``<time itemprop="datePublished">`` in the body dates the article."""
    page = (
        "<html><body><p>By A. Writer, "
        '<time itemprop="datePublished" datetime="2022-02-10T09:00:00+01:00">10 Feb</time></p>'
        "<p>Some 3,000 troops left.</p></body></html>"
    )
    article = read_article(page)
    assert article.published == datetime(2022, 2, 10, 9, tzinfo=PARIS)
    assert article.text == "By A. Writer, 10 Feb\nSome 3,000 troops left."


def test_address_outlet_and_title() -> None:
    """The canonical link, the site name (or JSON-LD publisher) and the title are read."""
    page = (
        "<html><head><title> Live:  Ukraine </title>"
        '<link rel="canonical" href="https://example.org/live">'
        '<meta property="og:url" content="https://example.org/other">'
        '<script type="application/ld+json">{"publisher": {"name": "Example News"}}</script>'
        "</head><body><p>Text.</p></body></html>"
    )
    article = read_article(page)
    assert (article.title, article.url, article.outlet) == (
        "Live: Ukraine",
        "https://example.org/live",
        "Example News",
    )


@given(st.text(max_size=300))
def test_read_article_never_raises(page: str) -> None:
    """Any string, HTML-like or not, gives an article."""
    assert isinstance(read_article("<html><body>" + page).text, str)
