"""News articles given as HTML pages: their visible text and what their markup says about them.

:func:`read_article` turns a page (or plain text) into an :class:`Article`: the text that
:func:`claimtrack.extract_claims` reads, one block per line, and the page's own metadata,
which fills in what the caller did not give: when it was published (``article:published_time``,
``datePublished`` in schema.org JSON-LD or microdata, a ``<time datetime>`` marked as the
publication date), its address (``<link rel="canonical">``, ``og:url``) and its outlet
(``og:site_name``, the JSON-LD publisher).  Everything is read with the standard library's
:mod:`html.parser` and :mod:`json`; nothing is fetched.

Example:
    >>> page = (
    ...     '<html><head><meta property="article:published_time" content="2022-02-10T09:00:00Z">'
    ...     '<meta property="og:site_name" content="FRANCE 24"></head>'
    ...     "<body><p>Russia has massed more than 100,000 soldiers.</p></body></html>"
    ... )
    >>> article = read_article(page)
    >>> article.text, article.outlet, article.published.isoformat()
    ('Russia has massed more than 100,000 soldiers.', 'FRANCE 24', '2022-02-10T09:00:00+00:00')
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from html.parser import HTMLParser
from typing import Any

import attrs

__all__ = ["Article", "html_to_text", "looks_like_html", "read_article"]

_BLOCK_TAGS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt"),
        *("fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5"),
        *("h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary"),
        *("table", "td", "th", "tr", "ul", "title"),
    }
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})

# Meta tags that give the publication time, the address and the outlet, by attribute value.
_PUBLISHED_META = (  # most specific first
    *("article:published_time", "og:published_time", "datepublished", "pubdate"),
    *("publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued"),
    *("dcterms.created", "date"),
)
_URL_META = ("og:url", "twitter:url")
_OUTLET_META = ("og:site_name", "application-name")
_OPTIONAL_STR = attrs.validators.optional(attrs.validators.instance_of(str))


@attrs.frozen(slots=True)
class Article:
    """A news article's text and what its page says about it.

    Attributes:
        text: The visible text, one block (paragraph, heading, list item) per line.
        title: The page's title, if it names one.
        published: When the article was published, if the page says: an aware datetime,
            or a date when the page gives no time or no zone.
        url: The page's canonical address, if it names one.
        outlet: The outlet that published it, if the page names one.
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    title: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    published: date | datetime | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(date))
    )
    url: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    outlet: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)


class _PageReader(HTMLParser):
    """Collect a page's visible text, one line per block element, and its metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_title = False
        self.pre = 0
        self.title: list[str] = []
        self.meta: dict[str, str] = {}  # first value of each metadata key (lower case)
        self.json_ld: list[str] = []
        self.in_json_ld = False

    def _note(self, key: str | None, value: str | None) -> None:
        if key and value and value.strip():
            self.meta.setdefault(key.strip().lower(), value.strip())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "meta":
            key = found.get("property") or found.get("name") or found.get("itemprop")
            self._note(key, found.get("content"))
        elif tag == "link" and "canonical" in (found.get("rel") or "").lower().split():
            self._note("canonical", found.get("href"))
        elif tag == "time" and found.get("datetime"):
            if (found.get("itemprop") or "").lower() == "datepublished":
                self._note("datepublished", found.get("datetime"))
            elif "pubdate" in found or "published" in (found.get("class") or "").lower():
                self._note("pubdate", found.get("datetime"))
        elif tag == "script" and (found.get("type") or "").lower() == "application/ld+json":
            self.in_json_ld = True
            self.json_ld.append("")
        if tag == "title":
            self.in_title = True
        if tag == "pre":
            self.pre += 1
        if tag in _SKIP_TAGS and tag != "head":
            self.skip += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "link", "time"):
            self.handle_starttag(tag, attrs)
            if tag == "time":
                return
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_json_ld = False
        if tag == "title":
            self.in_title = False
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag in _SKIP_TAGS and tag != "head" and self.skip:
            self.skip -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_json_ld:
            self.json_ld[-1] += data
        elif self.in_title:
            self.title.append(data)
        elif not self.skip:
            # HTML collapses white space, line breaks included, except inside <pre>.
            self.parts.append(data if self.pre else re.sub(r"\s+", " ", data))

    def text(self) -> str:
        lines = (
            re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip()
            for line in "".join(self.parts).split("\n")
        )
        return "\n".join(line for line in lines if line)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` starts like an HTML page (a doctype, ``<html>``, or a ``<body>`` early).

    Example:
        >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
        True
        >>> looks_like_html("Hi")
        False
    """
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head


def html_to_text(html: str) -> str:
    r"""Return the visible text of an HTML page, keeping block-level line breaks.

    Block elements (paragraphs, headings, list items, ``<br>``, table cells, ...) end a
    line, runs of spaces inside a line collapse to one, scripts, styles and the page
    title are dropped and character references are decoded.

    Args:
        html: The page source.

    Returns:
        The text, one block per line, without blank lines.

    Example:
        >>> html_to_text("<h1>Ukraine</h1><p>About 3,000&nbsp;troops.<br>More soon.</p>")
        'Ukraine\nAbout 3,000 troops.\nMore soon.'
    """
    return _read(html).text()


def _read(html: str) -> _PageReader:
    reader = _PageReader()
    reader.feed(html)
    reader.close()
    return reader


def _json_ld_items(blocks: list[str]) -> list[dict[str, Any]]:
    """The objects in a page's JSON-LD blocks (``@graph`` lists opened); bad JSON is skipped."""
    items: list[dict[str, Any]] = []
    for block in blocks:
        try:
            data = json.loads(block)
        except ValueError:
            continue  # a page's broken JSON-LD must not stop its text from being read
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                items.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return items


def _when(value: str) -> date | datetime | None:
    """An ISO 8601 date or time from page metadata: aware datetime, or a date; else None."""
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.date()  # a time without a zone cannot be placed: keep its day
    return moment


def read_article(page: str) -> Article:
    """Read an article from an HTML page, or from plain text (which has no metadata).

    The page's markup fills in the metadata: the publication time from
    ``article:published_time`` and like meta tags, a ``datePublished`` in JSON-LD or
    microdata, or a ``<time>`` marked as the publication date (a time without a zone
    keeps only its date); the address from ``<link rel="canonical">`` or ``og:url``; the
    outlet from ``og:site_name`` or the JSON-LD publisher. Unreadable metadata is
    ignored, never an error: the text is what matters.

    Args:
        page: The page source, or plain text.

    Returns:
        The article; plain text is returned as it is, with no metadata.
    """
    if not looks_like_html(page):
        return Article(page)
    reader = _read(page)
    meta = reader.meta
    items = _json_ld_items(reader.json_ld)
    published = next(
        (w for key in _PUBLISHED_META if key in meta and (w := _when(meta[key]))), None
    )
    if published is None:
        published = next(
            (
                w
                for item in items
                if isinstance(item.get("datePublished"), str)
                and (w := _when(item["datePublished"]))
            ),
            None,
        )
    url = meta.get("canonical") or next((meta[k] for k in _URL_META if k in meta), None)
    outlet = next((meta[k] for k in _OUTLET_META if k in meta), None)
    if outlet is None:
        outlet = next(
            (
                item["publisher"]["name"].strip()
                for item in items
                if isinstance(item.get("publisher"), dict)
                and isinstance(item["publisher"].get("name"), str)
                and item["publisher"]["name"].strip()
            ),
            None,
        )
    title = " ".join("".join(reader.title).split()) or meta.get("og:title")
    return Article(reader.text(), title or None, published, url, outlet)
