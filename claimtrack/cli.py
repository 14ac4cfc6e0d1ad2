"""The ``claimtrack`` command: parses arguments, calls the public API and prints.

Every sub-command is a thin layer over the library: ``extract`` over
:func:`claimtrack.extract.extract_claims`, ``add``/``import``/``export``/``delete``
over :class:`claimtrack.store.ClaimStore`, ``check`` over
:func:`claimtrack.consistency.check` and ``timeline`` over
:func:`claimtrack.consistency.timeline` and :mod:`claimtrack.plots`.

Exit statuses: 0 on success (and, for ``check``, when nothing is flagged), 1
when ``check`` finds conflicts or sum mismatches, 2 for bad input or usage
(including a ``timeline`` subject that matches no dated claims, ``delete``
of an id that is not stored, and a closed standard input or output that the
command needs), 141 when the reader of standard output goes away (``| head``).
Errors are printed as one line on standard error,
``claimtrack: error: <file>:<line>: <reason>``, never as a traceback.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import errno
import functools
import io
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NoReturn

import attrs

from claimtrack.articles import Article, html_to_text, looks_like_html, read_article
from claimtrack.exceptions import ClaimFormatError, ClaimtrackError, StoreError

if TYPE_CHECKING:
    from rich.console import Console

    from claimtrack.model import Claim
    from claimtrack.store import ClaimStore, ImportResult

__all__ = ["build_parser", "main"]

PROG = "claimtrack"

CLAIM_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
"""File suffixes read as claim files (not articles) by ``check`` and ``timeline``."""

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

PROGRESS_THRESHOLD = 3
"""Show a progress bar on a terminal when more files than this are read."""


class UsageError(Exception):
    """Bad command-line usage; reported as one line with exit status 2."""


# ---------------------------------------------------------------------------
# reading inputs
# ---------------------------------------------------------------------------


def _read_article(path: str) -> Article:
    """Read a text or HTML file (``-`` is standard input) as an article."""
    if path == "-":
        stdin: Any = sys.stdin
        if not _has_buffer(stdin):  # a text-only stream standing in for stdin
            return read_article(stdin.read())
        data = stdin.buffer.read()
    else:
        data = Path(path).read_bytes()
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        name = "<stdin>" if path == "-" else path
        raise UsageError(f"{name}:{line}: not UTF-8 text (byte {exc.start})") from None
    if Path(path).suffix.lower() in HTML_SUFFIXES and not looks_like_html(raw):
        return Article(html_to_text(raw))  # a fragment saved as .html
    return read_article(raw)


def _parse_published(
    text: str, option: str = "--published", order: str | None = None
) -> date | datetime:
    """Parse ``--published``: an ISO date, or a time :func:`parse_time` reads (relative to now).

    A weekday or a month-day without a year is the most recent one ("Thursday", "10 Feb").
    A numeric date is read in ``order`` (``--date-order``); without one, a numeric date
    that reads as two days ("10/02/2022": 10 February or 2 October) is refused, naming
    both and their ISO forms.

    A bare ISO date stays a date: :func:`extract_claims` then reads it as midnight
    in the zone of a live blog's time stamps.  ``option`` names the option in errors.
    """
    from claimtrack.times import parse_time

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        pass
    now = datetime.now(UTC).astimezone()
    try:
        # "Thursday": the one gone by
        found = parse_time(text, reference=now, prefer="past", date_order=order)
    except ClaimtrackError as exc:
        raise UsageError(f"{option} {text!r}: {_one_line(exc)}") from None
    if order is not None:
        return found
    readings = []
    for order in ("DMY", "MDY"):
        with contextlib.suppress(ClaimtrackError):
            readings.append(parse_time(text, reference=now, prefer="past", date_order=order))
    if len(readings) == 2 and readings[0] != readings[1]:
        # "10/02/2022": 10 February in Europe, 2 October in the US; a guess would go unseen
        day_first, month_first = (f"{r:%d %B %Y}".lstrip("0") for r in readings)
        raise UsageError(
            f"{option} {text!r} is {day_first} if the day comes first and {month_first} if "
            f"the month does: write it as {readings[0]:%Y-%m-%d} or {readings[1]:%Y-%m-%d}, "
            "or give --date-order DMY or MDY"
        )
    return found


_MICROSECOND = timedelta(microseconds=1)


def _local_midnight(day: date) -> datetime:
    """The start of ``day`` in this computer's time zone (daylight saving time included)."""
    return datetime.combine(day, time()).astimezone()


def _period(option: str, text: str, order: str | None = None) -> tuple[datetime, datetime]:
    """Parse ``--since``/``--until`` DATE: the first instant it covers and the first after it.

    A date, or a phrase without a time of day ("yesterday", "10 February 2022"), is
    that whole day in this computer's time zone, as ``--published`` reads "yesterday";
    ``2022-02``, ``February 2022`` and ``Feb 2022`` are that month, ``Q1 2022`` that
    quarter and ``2022`` that year; a date-time
    (``2022-02-10T18:00+01:00``; without an offset, in this computer's zone) is that
    instant.  A numeric date is read in ``order``, as ``--published`` reads one.
    """
    try:
        return _period_of(option, text, order)
    except (ValueError, OverflowError) as exc:  # year 0, the day after 9999-12-31
        raise UsageError(f"{option} {text!r}: {_one_line(exc)}") from None


_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_IN = r"(?:in\s+)?"
_YEAR_OR_MONTH = re.compile(_IN + r"(\d{4})(?:-(\d{2}))?", re.I)
_MONTH_OF_YEAR = re.compile(_IN + r"(?:([a-z]{3,9})\.?,?\s+(\d{4})|(\d{4})\s+([a-z]{3,9}))", re.I)
_QUARTER = re.compile(_IN + r"(?:q([1-4])\s*(\d{4})|(\d{4})\s*q([1-4]))", re.I)


def _month_number(word: str) -> int | None:
    """The month a name or abbreviation names ("Feb", "Sept", "february"), or None."""
    lw = word.lower()
    for number, name in enumerate(_MONTHS, start=1):
        if name.startswith(lw) and len(lw) >= 3:
            return number
    return None


def _months(year: int, first: int, count: int) -> tuple[datetime, datetime]:
    """The period of ``count`` months from month ``first`` of ``year``, in this computer's zone."""
    end_year, end_month = year + (first - 1 + count) // 12, (first - 1 + count) % 12 + 1
    return _local_midnight(date(year, first, 1)), _local_midnight(date(end_year, end_month, 1))


def _period_of(option: str, text: str, order: str | None) -> tuple[datetime, datetime]:
    stripped = text.strip()
    # A year, a month or a quarter is the whole of it: parse_time reads each as one day.
    whole = _YEAR_OR_MONTH.fullmatch(stripped)
    if whole:
        year, month = int(whole[1]), int(whole[2] or 0)
        if whole[2] is None:
            return _months(year, 1, 12)
        if not 1 <= month <= 12:
            raise ValueError(f"no month {month} in a year")
        return _months(year, month, 1)
    named = _MONTH_OF_YEAR.fullmatch(stripped)
    named_month = _month_number(named[1] or named[4]) if named else None
    if named and named_month is not None:  # "February 2022", "2022 Feb"
        return _months(int(named[2] or named[3]), named_month, 1)
    quarter = _QUARTER.fullmatch(stripped)
    if quarter:  # "Q1 2022", "2022Q1"
        return _months(int(quarter[2] or quarter[3]), 3 * int(quarter[1] or quarter[4]) - 2, 3)
    try:
        date.fromisoformat(stripped)
    except ValueError:
        try:
            moment = datetime.fromisoformat(stripped)
        except ValueError:
            pass
        else:  # an ISO date-time: the offset it gives, else this computer's (on that day)
            moment = moment if moment.utcoffset() is not None else moment.astimezone()
            return moment, moment + _MICROSECOND
    value = _parse_published(text, option, order)
    if isinstance(value, datetime):
        if value.time() != time():
            return value, value + _MICROSECOND
        value = value.date()
    return _local_midnight(value), _local_midnight(value + timedelta(days=1))


def _contains(text: str, wanted: str | None) -> bool:
    """Whether ``text`` contains ``wanted`` (None: anything), as the store's ``*_contains`` do."""
    return wanted is None or wanted.casefold() in text.casefold()


@attrs.frozen
class _Selection:
    """The claims a command keeps (``--subject``, ``--source``, ``--since``, ``--until``).

    One rule for both inputs: :meth:`filters` are :meth:`ClaimStore.query`'s keywords
    for ``--db``, and :meth:`keeps` passes a claim read from a file exactly when that
    query would return it (both ends of ``since``/``until`` as the store compares them).
    """

    subject: str | None = None
    source: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    since_text: str | None = None
    until_text: str | None = None

    def __bool__(self) -> bool:
        return any(v is not None for v in (self.subject, self.source, self.since, self.until))

    def filters(self) -> dict[str, Any]:
        """The keywords of :meth:`ClaimStore.query` that select the same claims."""
        return {
            "subject_contains": self.subject,
            "source_contains": self.source,
            "since": self.since,
            "until": self.until,
        }

    def keeps(self, claim: Claim) -> bool:
        """Whether ``claim`` is selected: what the store's query with :meth:`filters` returns."""
        if not (
            _contains(claim.subject, self.subject) and _contains(claim.source.name, self.source)
        ):
            return False
        if self.since is None and self.until is None:
            return True
        stated = claim.stated_at
        return (
            stated is not None
            and (self.since is None or stated >= self.since)
            and (self.until is None or stated < self.until)
        )

    def describe(self) -> str:
        """The selection in words, for messages: "whose source contains 'US', stated since ..."."""
        parts = []
        if self.subject is not None:
            parts.append(f"whose subject contains {self.subject!r}")
        if self.source is not None:
            parts.append(f"whose source contains {self.source!r}")
        text = " and ".join(parts)
        if self.since_text is not None and self.until_text is not None:
            when = f"stated from {self.since_text} until {self.until_text}"
        elif self.since_text is not None:
            when = f"stated since {self.since_text}"
        elif self.until_text is not None:
            when = f"stated until {self.until_text}"
        else:
            return text
        return f"{text}, {when}" if text else when


def _selection(args: argparse.Namespace, *, subject: str | None = None) -> _Selection:
    """The selection of a command's ``--source``/``--since``/``--until`` and ``subject``."""
    order = getattr(args, "date_order", None)
    since = None if args.since is None else _period("--since", args.since, order)[0]
    until = None if args.until is None else _period("--until", args.until, order)[1]
    if since is not None and until is not None and since >= until:
        raise UsageError(
            f"--since {args.since!r} is after --until {args.until!r}: "
            "no claim can be stated between them"
        )
    return _Selection(subject, args.source, since, until, args.since, args.until)


def _published_for(
    path: str, given: date | datetime | None, article: Article
) -> date | datetime | None:
    """When ``path`` was published: ``given``, else its page's metadata, else its file name."""
    if given is not None:
        return given
    if article.published is not None or path == "-":
        return article.published
    from claimtrack.times import date_from_name

    return date_from_name(path)


def _document_name(path: str) -> str:
    return "<stdin>" if path == "-" else Path(path).name


def _document_names(paths: Sequence[str]) -> dict[str, str]:
    """Name each article of one command: by its file name, unless another file shares it.

    Files of one name in two folders (``a/blog.txt``, ``b/blog.txt``) are two documents:
    each is then named by its path as given (normalised), so that neither the check nor a
    store takes their claims for one document's.  The same file given twice keeps its name.
    """
    files: dict[str, set[str]] = {}
    for path in paths:
        if path != "-":
            files.setdefault(_document_name(path), set()).add(os.path.realpath(path))
    return {
        path: name if path == "-" or len(files[name]) == 1 else os.path.normpath(path)
        for path, name in ((path, _document_name(path)) for path in paths)
    }


def _extract_file(
    path: str,
    *,
    published: date | datetime | None,
    url: str | None,
    outlet: str | None,
    document: str | None = None,
    date_order: str | None = None,
) -> list[Claim]:
    from claimtrack.extract import extract_claims

    article = _read_article(path)
    try:
        return extract_claims(
            article.text,
            published=_published_for(path, published, article),
            url=url or article.url,
            outlet=outlet or article.outlet,
            document=document or _document_name(path),
            date_order=date_order,
        )
    except ClaimtrackError as exc:
        raise _located(exc, path) from None


def _located(exc: BaseException, path: str) -> UsageError:
    """Return ``exc`` as a one-line error that names ``path`` unless it already does."""
    message = _one_line(exc)
    name = "<stdin>" if path == "-" else path
    if not message.startswith(name):
        message = f"{name}: {message}"
    return UsageError(message)


def _progress(paths: Sequence[str], console: Console, what: str) -> Iterator[str]:
    """Yield ``paths``, showing a progress bar on a terminal when there are many."""
    if len(paths) <= PROGRESS_THRESHOLD or not console.is_terminal:
        yield from paths
        return
    from rich.progress import track

    yield from track(paths, description=what, console=console, transient=True)


def _extract_many(args: argparse.Namespace, paths: Sequence[str], err: Console) -> list[Claim]:
    order = args.date_order
    published = _parse_published(args.published, order=order) if args.published else None
    names = _document_names(paths)
    claims: list[Claim] = []
    for path in _progress(paths, err, "Extracting"):
        claims.extend(
            _extract_file(
                path,
                published=published,
                url=args.url,
                outlet=args.outlet,
                document=names[path],
                date_order=order,
            )
        )
    return claims


def _read_claim_file(path: str, kind: str) -> list[Claim]:
    from claimtrack import formats

    try:
        if kind == "jsonl":
            return list(formats.read_jsonl(path))
        if kind == "csv":
            return list(formats.read_csv(path))
        return list(formats.read_parquet(path))
    except ClaimtrackError as exc:
        raise _located(exc, path) from None


def _open_for_reading(db: str) -> ClaimStore:
    """Open a store to read from it: read-only, so that nothing is created or left beside it.

    A store that cannot be read read-only but may be written (one from an older
    claimtrack, to migrate) is opened as a writer opens it, never creating one:
    a missing or empty file is refused the same way.
    """
    from claimtrack.store import ClaimStore

    try:
        return ClaimStore(db, read_only=True)
    except StoreError:
        folder = os.path.dirname(os.path.abspath(db))
        if not (os.access(db, os.W_OK) and os.access(folder, os.W_OK)):
            raise
    return ClaimStore(db, create=False)


def _load_claims(args: argparse.Namespace, err: Console, selection: _Selection) -> list[Claim]:
    """The selected claims from ``--db`` or from FILEs (claim files read, articles extracted)."""
    if args.files and args.db is not None:
        raise UsageError("give either --db or FILEs, not both")
    if not args.files:
        try:
            store = _open_for_reading(args.db or "claims.db")
        except StoreError as exc:
            if exc.errno != errno.ENOENT:
                raise
            raise UsageError(f"{exc}; give FILEs or create it with 'claimtrack add'") from None
        with store:
            return store.query(**selection.filters())
    order = getattr(args, "date_order", None)
    published = (
        _parse_published(args.published, order=order) if getattr(args, "published", None) else None
    )
    names = _document_names(args.files)
    claims: list[Claim] = []
    for path in _progress(args.files, err, "Reading"):
        kind = CLAIM_SUFFIXES.get(Path(path).suffix.lower()) if path != "-" else None
        if kind is not None:
            claims.extend(_read_claim_file(path, kind))
        else:
            claims.extend(
                _extract_file(
                    path,
                    published=published,
                    url=getattr(args, "url", None),
                    outlet=getattr(args, "outlet", None),
                    document=names[path],
                    date_order=order,
                )
            )
    return [claim for claim in claims if selection.keeps(claim)]


# ---------------------------------------------------------------------------
# presentation helpers
# ---------------------------------------------------------------------------


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.filename is not None and exc.strerror:
        return f"{exc.filename}: {exc.strerror}"
    text = str(exc) or type(exc).__name__
    return " ".join(text.split())


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "-"
    return moment.strftime("%Y-%m-%d %H:%M %Z").strip() if moment.tzname() else moment.isoformat()


def _number(x: float | None) -> str:
    if x is None:
        return "∞"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.4g}"


def _interval(low: float | None, high: float | None) -> str:
    infinity = "∞" if _can_write("∞") else "inf"
    lo = f"-{infinity}" if low is None else _number(low)
    hi = infinity if high is None else _number(high)
    return f"[{lo}, {hi}]"


def _can_write(text: str) -> bool:
    """Whether standard output's encoding has these characters."""
    try:
        text.encode(getattr(sys.stdout, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _claims_table(claims: Sequence[Claim], *, title: str | None = None, ids: bool = False) -> Any:
    from rich.table import Table

    table = Table(title=title, show_lines=False, expand=False)
    if ids:
        table.add_column("id", no_wrap=True)
    table.add_column("figure", overflow="fold")
    table.add_column("unit")
    table.add_column("source", overflow="fold")
    table.add_column("subject", overflow="fold")
    table.add_column("stated_at", no_wrap=True)
    for claim in claims:
        table.add_row(
            *([claim.id] if ids else []),
            claim.figure.text or str(claim.figure),
            claim.figure.unit,
            str(claim.source),
            claim.subject,
            _when(claim.stated_at),
        )
    return table


def _say(console: Console, message: str) -> None:
    """Print a plain message as one line (no wrapping, no markup)."""
    console.print(message, soft_wrap=True, markup=False, highlight=False)


def _stdout_console() -> Console:
    return _console_class()(file=sys.stdout, highlight=False)


def _stderr_console() -> Console:
    return _console_class()(file=sys.stderr, highlight=False)


@functools.cache
def _console_class() -> type[Console]:
    """A rich console whose broken pipe ends the command as any other write's does.

    Rich's own handling exits with status 1, which ``check`` uses for "conflicts
    found"; re-raised, :func:`_dispatch` ends the command quietly with status 141.
    """
    from rich.console import Console

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))

    return PipeConsole


# ---------------------------------------------------------------------------
# commands
# ---------------------------------------------------------------------------


def _cmd_extract(args: argparse.Namespace) -> int:
    from claimtrack import formats

    out, err = _stdout_console(), _stderr_console()
    if args.output:
        _refuse_overwriting(args.output, args.files)
    claims = _extract_many(args, args.files, err)
    if args.output:
        formats.write_jsonl(claims, args.output)
        _say(err, f"wrote {_count(len(claims), 'claim')} to {args.output}")
    elif not sys.stdout.isatty():
        stdout: Any = sys.stdout
        if _speaks_utf(stdout) or not hasattr(stdout, "buffer"):
            formats.write_jsonl(claims, stdout)
        else:  # JSON Lines are UTF-8, whatever the locale's encoding
            stdout.flush()
            utf8 = io.TextIOWrapper(stdout.buffer, encoding="utf-8", newline="\n")
            try:
                formats.write_jsonl(claims, utf8)
            finally:
                utf8.detach()
    else:
        out.print(_claims_table(claims, title=f"{len(claims)} claims"))
    return 0


def _cmd_add(args: argparse.Namespace) -> int:
    from claimtrack.store import ClaimStore

    out, err = _stdout_console(), _stderr_console()
    if args.revised and "-" in args.files and not args.url:
        raise UsageError(
            "--revised with '-' needs --url: standard input has no file name that tells "
            "which stored article it revises"
        )
    claims = _extract_many(args, args.files, err)
    with ClaimStore(args.db) as store:
        if args.revised:
            revision = store.revise(claims)
            added, removed = revision.added, f", {revision.removed} of earlier versions removed"
        else:
            added, removed = store.add_many(claims), ""
    _say(
        out,
        f"added {_count(added, 'new claim')} ({len(claims) - added} already stored{removed}) "
        f"from {len(args.files)} file(s) to {args.db}",
    )
    return 0


def _finding_json(finding: Any) -> dict[str, Any]:
    from claimtrack.formats import claim_to_dict

    return {
        "kind": _kind_name(finding),
        "severity": _severity(finding),
        "subject": finding.subject,
        "explanation": finding.explanation,
        "claims": [claim_to_dict(c) for c in finding.claims],
    }


def _severity(finding: Any) -> Any:
    severity = finding.severity
    return getattr(severity, "value", severity)


def _kind_name(finding: Any) -> str:
    kind = finding.kind
    return str(getattr(kind, "value", kind))


_KIND_STYLE = {
    "conflict": ("red", "CONFLICT"),
    "sum_mismatch": ("red", "SUM MISMATCH"),
    "change": ("yellow", "CHANGE"),
    "corroboration": ("green", "CORROBORATION"),
}


def _summary(findings: Sequence[Any], claims: int) -> str:
    counts: dict[str, int] = {}
    for finding in findings:
        counts[_kind_name(finding)] = counts.get(_kind_name(finding), 0) + 1
    subjects = len({f.subject for f in findings})

    def plural(n: int, word: str) -> str:
        return f"{n} {word}" if n == 1 else f"{n} {word}s"

    parts = [
        plural(counts.pop("conflict", 0), "conflict"),
        plural(counts.pop("sum_mismatch", 0), "sum mismatch").replace("mismatchs", "mismatches"),
        plural(counts.pop("change", 0), "change"),
        plural(counts.pop("corroboration", 0), "corroboration"),
        *(plural(n, k) for k, n in sorted(counts.items())),
    ]
    return f"{', '.join(parts)} across {plural(subjects, 'subject')} in {plural(claims, 'claim')}"


def _finding_panel(finding: Any) -> Any:
    from rich.console import Group
    from rich.padding import Padding
    from rich.panel import Panel
    from rich.text import Text

    style, label = _KIND_STYLE.get(_kind_name(finding), ("blue", _kind_name(finding).upper()))
    parts: list[Any] = [Text(str(finding.explanation)), Text("")]
    for claim in finding.claims:
        head = Text("• ")
        head.append(str(claim.source), style="bold")
        head.append(": ")
        head.append(claim.figure.text or str(claim.figure), style=style)
        head.append(f"  {_interval(claim.figure.low, claim.figure.high)}", style="dim")
        parts.append(head)
        doc = claim.provenance.document or claim.provenance.url
        where = Text(f"stated {_when(claim.stated_at)}" + (f" in {doc}" if doc else ""))
        where.stylize("dim")
        parts.append(Padding(where, (0, 0, 0, 2)))
        if claim.provenance.quote:
            parts.append(Padding(Text(f"“{claim.provenance.quote}”", style="italic"), (0, 0, 0, 2)))
    return Panel(
        Group(*parts),
        title=f"[bold {style}]{label}[/] ({_severity(finding)})",
        title_align="left",
        border_style=style,
    )


def _count(n: int, noun: str) -> str:
    """'1 new claim', '31 new claims'."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _cmd_check(args: argparse.Namespace) -> int:
    from rich.rule import Rule

    from claimtrack import consistency

    out, err = _stdout_console(), _stderr_console()
    selection = _selection(args, subject=args.subject)
    claims = _load_claims(args, err, selection)
    if selection and not claims:
        # a typo must not pass a script's check: say so, as timeline does
        raise UsageError(f"no claims {selection.describe()}")
    report = consistency.check(claims)
    findings = list(report.findings)
    distinct = len({c.id for c in claims})  # a claim read twice counts once, as check counts it
    if args.json:
        payload = {
            "claims": distinct,
            "has_problems": bool(report.has_problems),
            "summary": _summary(findings, distinct),
            "findings": [_finding_json(f) for f in findings],
        }
        ascii_only = not _speaks_utf(sys.stdout)  # \u escapes keep every character
        sys.stdout.write(json.dumps(payload, ensure_ascii=ascii_only, indent=2) + "\n")
    else:
        by_subject: dict[str, list[Any]] = {}
        for finding in findings:
            by_subject.setdefault(finding.subject, []).append(finding)
        for subject, group in by_subject.items():
            out.print(Rule(f"[bold]{subject}[/]", align="left"))
            for finding in group:
                out.print(_finding_panel(finding))
        style = "bold red" if report.has_problems else "bold green"
        out.print(f"[{style}]{_summary(findings, distinct)}[/]", soft_wrap=True)
    return 1 if report.has_problems else 0


def _cmd_timeline(args: argparse.Namespace) -> int:
    from claimtrack import consistency

    out, err = _stdout_console(), _stderr_console()
    selection = _selection(args)
    claims = _load_claims(args, err, selection)
    timeline = consistency.timeline(claims, args.subject)
    if not timeline.series:
        near = sorted({c.subject for c in claims if _contains(c.subject, args.subject)})
        hint = f"; subjects containing it: {'; '.join(near[:5])}" if near else ""
        among = f" {selection.describe()}" if selection else ""
        # Nothing to show or draw: bad input (status 2), not an empty table or image.
        raise UsageError(f"no dated claims about {args.subject!r}{among}{hint}")
    if args.png or args.html:
        from claimtrack import plots

        if args.png:
            plots.plot_timeline(timeline, args.png, title=args.subject)
            _say(err, f"wrote {args.png}")
        if args.html:
            plots.plot_timeline_html(timeline, args.html, title=args.subject)
            _say(err, f"wrote {args.html}")
        return 0
    out.print(_timeline_table(timeline, args.subject))
    return 0


def _timeline_table(timeline: Any, subject: str) -> Any:
    from rich.table import Table

    from claimtrack import plots

    rows = plots.timeline_rows(timeline)
    unit = plots.timeline_unit(timeline)
    table = Table(title=f"{subject} ({plots.unit_label(unit)})" if unit else subject)
    table.add_column("stated", no_wrap=True)
    table.add_column("source", overflow="fold", ratio=1)
    table.add_column("figure", overflow="fold", ratio=2)
    table.add_column("interval", no_wrap=True, justify="right")
    for row in rows:
        table.add_row(_when(row.time), row.source, row.text, _interval(row.low, row.high))
    return table


def _import_one(store: ClaimStore, path: str, args: argparse.Namespace) -> ImportResult:
    """Import one FILE; ``-`` is standard input, kept in a temporary file while it is read."""
    from claimtrack.store import ImportResult

    options: dict[str, Any] = {
        "format": args.format,
        "on_error": "skip" if args.skip_bad else "refuse",
        "rejects": args.rejects,
        "replace": args.replace,
    }
    if path != "-":
        return store.import_file(path, **options)
    with _Spool(
        "<stdin>",
        "stdin",
        "keep standard input while it is imported",
        "nothing from it was imported",
    ) as spool:
        try:
            with open(spool.path, "wb") as copy:
                _copy_stdin(copy)
            if options["format"] is None:
                options["format"] = _sniff_format(spool.path)
        except OSError as exc:
            raise spool.failed(exc) from None
        try:
            result = store.import_file(spool.path, **options)
        except ClaimtrackError as exc:
            raise ClaimtrackError(_one_line(exc).replace(spool.path, "<stdin>")) from None
    rejected = [ClaimFormatError(e.reason, path="<stdin>", line=e.line) for e in result.rejected]
    return ImportResult(result.added, result.duplicates, rejected, result.replaced)


def _copy_stdin(copy: BinaryIO) -> None:
    """Copy standard input's bytes to ``copy``; a failed read names standard input."""
    stdin: Any = sys.stdin
    if not _has_buffer(stdin):  # a text-only stream standing in for stdin
        copy.write(stdin.read().encode("utf-8"))
        return
    while True:
        try:
            chunk = stdin.buffer.read(1 << 20)
        except OSError as exc:  # "< folder": not the spool's fault
            raise UsageError(f"<stdin>: cannot read standard input: {_one_line(exc)}") from None
        if not chunk:
            return
        copy.write(chunk)


class _Spool:
    """A temporary file that holds data on its way (standard input to a store, an export to stdout).

    Used as a context manager: it makes a private folder in the temporary folder
    (``TMPDIR``) on entry and removes it, with the file, on exit.  :meth:`failed`
    turns an ``OSError`` of writing the file (a full temporary folder) into an
    error naming the file, what it was for and what was not done.
    """

    def __init__(self, stream: str, name: str, doing: str, consequence: str) -> None:
        self.stream = stream
        self.name = name
        self.doing = doing
        self.consequence = consequence
        self.path = ""

    def _error(self, what: str, exc: OSError) -> ClaimtrackError:
        reason = exc.strerror or _one_line(exc)
        return ClaimtrackError(
            f"{self.stream}: cannot {self.doing}: {what}: {reason}; {self.consequence} "
            "(TMPDIR names the folder for temporary files)"
        )

    def __enter__(self) -> _Spool:
        try:
            folder = tempfile.mkdtemp(prefix="claimtrack-")
        except OSError as exc:  # no usable temporary folder, or no room for one
            where = tempfile.tempdir or os.environ.get("TMPDIR") or "the temporary folder"
            raise self._error(f"cannot create a folder in {where}", exc) from None
        self.path = os.path.join(folder, self.name)
        return self

    def __exit__(self, *exc_info: object) -> None:
        shutil.rmtree(os.path.dirname(self.path), ignore_errors=True)

    def failed(self, exc: OSError) -> ClaimtrackError:
        """The error of a failure to write (or read back) the temporary file."""
        return self._error(f"writing the temporary file {self.path} failed", exc)


def _sniff_format(path: str) -> str:
    """Tell the format of claims on standard input from their first bytes.

    Parquet by its magic bytes, JSON Lines if the first record opens with "{", else CSV;
    each format's reader then names a bad line.
    """
    with open(path, "rb") as spool:
        head = spool.read(4096)
    if head.startswith(b"PAR1"):
        return "parquet"
    text = head.removeprefix(codecs.BOM_UTF8).lstrip()
    return "jsonl" if not text or text.startswith(b"{") else "csv"


def _cmd_import(args: argparse.Namespace) -> int:
    from claimtrack.store import ClaimStore

    out, err = _stdout_console(), _stderr_console()
    if args.rejects and len(args.files) > 1:
        raise UsageError("--rejects takes one FILE at a time")
    for path in args.files if args.format is None else ():
        if path != "-" and Path(path).suffix.lower() not in CLAIM_SUFFIXES:
            raise UsageError(
                f"{path}: cannot tell the format of the suffix {Path(path).suffix!r}; "
                "give --format jsonl, csv or parquet"
            )
    added = duplicates = replaced = 0
    rejected: list[ClaimtrackError] = []
    done: list[str] = []
    with ClaimStore(args.db) as store:
        for path in _progress(args.files, err, "Importing"):
            try:
                result = _import_one(store, path, args)
            except (ClaimtrackError, UsageError) as exc:  # UsageError: a closed stdin
                # Each file is imported whole or not at all: say which ones were.
                message = str(_located(exc, path))
                if done:
                    message += (
                        f"; imported before it: {', '.join(done)} "
                        f"({_count(added, 'new claim')}, {duplicates} already stored)"
                    )
                rest = args.files[len(done) + 1 :]
                if rest:
                    message += f"; not imported: {', '.join(rest)}"
                raise UsageError(message) from None
            done.append(path)
            added += result.added
            duplicates += result.duplicates
            replaced += result.replaced
            rejected.extend(result.rejected)
    for error in rejected:
        _say(err, f"{PROG}: skipped: {_one_line(error)}")
    kept = f", kept in {args.rejects}" if rejected and args.rejects else ""
    corrected = f"{replaced} replaced, " if args.replace else ""
    _say(
        out,
        f"imported {_count(added, 'new claim')} into {args.db} "
        f"({corrected}{duplicates} already stored, {len(rejected)} rejected{kept})",
    )
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    to_stdout = args.output == "-"
    fmt = args.format or ("jsonl" if to_stdout else _format_from_suffix(args.output))
    if fmt == "claimreview" and not (args.rating and args.reviewer):
        raise UsageError("--format claimreview needs --rating and --reviewer")
    if fmt != "claimreview" and (args.rating or args.reviewer):
        raise UsageError("--rating and --reviewer only apply to --format claimreview")
    selection = _selection(args, subject=args.subject or None)
    if to_stdout and fmt == "parquet" and (sys.stdout.isatty() or not _has_buffer(sys.stdout)):
        raise UsageError(
            "-: Parquet is binary, not for a terminal; "
            "redirect standard output (> claims.parquet) or give OUT a file name"
        )
    if to_stdout and _is_stdout(args.db):
        raise UsageError(
            f"{args.db}: standard output is the claim store itself; redirect it to another file"
        )
    if to_stdout:
        # Written whole to a file first, so that a failed export writes nothing at all.
        with _Spool(
            "<stdout>",
            f"export.{fmt}",
            "keep the export until it is complete",
            "nothing was written to standard output",
        ) as spool:
            try:
                with _open_for_reading(args.db) as store:
                    _export(store, spool.path, fmt, args, selection)
            except ClaimtrackError as exc:
                raise UsageError(_one_line(exc).replace(spool.path, "<stdout>")) from None
            except OSError as exc:  # the store's own errors are ClaimtrackErrors
                raise spool.failed(exc) from None
            _copy_to_stdout(spool.path)
        return 0
    _refuse_overwriting(
        args.output, [args.db, f"{args.db}-wal", f"{args.db}-shm"], "the claim store"
    )
    with _open_for_reading(args.db) as store:
        count = _export(store, args.output, fmt, args, selection)
    _say(_stdout_console(), f"exported {_count(count, 'claim')} to {args.output} ({fmt})")
    return 0


def _export(
    store: ClaimStore, path: str, fmt: str, args: argparse.Namespace, selection: _Selection
) -> int:
    """Write the selected claims (at most ``--limit``) to ``path`` as ``fmt``; return how many."""
    if fmt != "claimreview":
        return store.export(path, format=fmt, limit=args.limit, **selection.filters())
    from claimtrack import formats

    reviews = [
        formats.to_claimreview(c, rating=args.rating, reviewer=args.reviewer)
        for c in store.query(limit=args.limit, **selection.filters())
    ]
    return formats.write_claimreview(reviews, path)


def _is_stdout(path: str) -> bool:
    """Whether standard output is the file at ``path`` ("export - --db s.db >> s.db")."""
    try:
        out, there = os.fstat(sys.stdout.fileno()), os.stat(path)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return False  # no such file, or a stream without a descriptor
    return (out.st_dev, out.st_ino) == (there.st_dev, there.st_ino)


def _has_buffer(stream: Any) -> bool:
    return getattr(stream, "buffer", None) is not None


def _copy_to_stdout(path: str) -> None:
    """Copy a file's bytes to standard output (text as UTF-8, whatever the locale)."""
    stdout: Any = sys.stdout
    stdout.flush()
    with open(path, "rb") as spool:
        if _has_buffer(stdout):
            shutil.copyfileobj(spool, stdout.buffer)
            stdout.buffer.flush()
        else:  # a text-only stream standing in for stdout
            stdout.write(spool.read().decode("utf-8"))
            stdout.flush()


def _stdin_lines() -> Iterator[tuple[int, str]]:
    """Yield standard input's lines with their numbers, decoded as UTF-8 line by line."""
    stdin: Any = sys.stdin
    if not _has_buffer(stdin):  # a text-only stream standing in for stdin
        yield from enumerate(stdin, start=1)
        return
    for number, data in enumerate(stdin.buffer, start=1):
        try:
            yield number, data.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            raise UsageError(f"<stdin>:{number}: not UTF-8 text") from None


def _ids_from_stdin() -> list[str]:
    """Read claim ids from standard input: one a line, or JSON Lines records with an ``id``."""
    ids = []
    for number, line in _stdin_lines():
        text = line.strip()
        if not text:
            continue
        if text.startswith("{"):
            try:
                record = json.loads(text)
            except ValueError as exc:
                raise UsageError(f"<stdin>:{number}: malformed JSON: {exc}") from None
            claim_id = record.get("id") if isinstance(record, dict) else None
            if not isinstance(claim_id, str) or not claim_id.strip():
                raise UsageError(f'<stdin>:{number}: a JSON record without an "id"')
            text = claim_id
        ids.append(text)
    return ids


def _refuse_unknown(store: ClaimStore, ids: Sequence[str]) -> None:
    """Raise a usage error naming the ids that ``store`` does not hold."""
    unknown = [claim_id for claim_id in ids if claim_id not in store]
    if unknown:
        shown = ", ".join(repr(claim_id) for claim_id in unknown[:5])
        more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
        which = "claim with id" if len(unknown) == 1 else "claims with ids"
        raise UsageError(f"{store.path}: no {which} {shown}{more}; nothing was deleted")


def _cmd_delete(args: argparse.Namespace) -> int:
    from claimtrack.store import ClaimStore

    out = _stdout_console()
    given: list[str] = []
    for item in args.ids:
        given.extend(_ids_from_stdin() if item == "-" else [item])
    ids = list(dict.fromkeys(given))  # an id given twice is deleted once
    if not ids:  # "export - --db typo.db | claimtrack delete -" must not look like success
        raise UsageError("<stdin>: no claim ids on standard input; nothing was deleted")
    if args.dry_run:
        with _open_for_reading(args.db) as store:
            _refuse_unknown(store, ids)
            claims = [store.get(claim_id) for claim_id in ids]
        if claims:
            out.print(_claims_table(claims, ids=True))
        _say(out, f"would delete {_count(len(ids), 'claim')} from {args.db} (dry run)")
        return 0
    with ClaimStore(args.db, create=False) as store:
        _refuse_unknown(store, ids)
        deleted = store.delete(ids)
    gone = len(ids) - deleted
    meanwhile = f" ({gone} deleted meanwhile by another process)" if gone else ""
    _say(out, f"deleted {_count(deleted, 'claim')} from {args.db}{meanwhile}")
    return 0


def _refuse_overwriting(output: str, inputs: Sequence[str], what: str = "an input") -> None:
    """Raise a usage error if ``output`` is the same file as one of ``inputs``."""
    from claimtrack import formats

    for path in inputs:
        if path != "-" and formats._same_file(output, path):
            raise UsageError(f"{output}: is {what} ({path}); write to another file")


def _format_from_suffix(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in CLAIM_SUFFIXES:
        return CLAIM_SUFFIXES[suffix]
    if suffix == ".json":
        return "claimreview"
    raise UsageError(f"{path}: cannot tell the format from the suffix; give --format")


# ---------------------------------------------------------------------------
# the parser
# ---------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports usage errors as one line and exits 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


_FORMATTER = argparse.RawDescriptionHelpFormatter

_MAIN_EPILOG = """\
examples:
  claimtrack check examples/data/*.txt          find conflicting figures across articles
  claimtrack extract article.html -o claims.jsonl
  claimtrack add examples/data/*.txt --db claims.db
  claimtrack timeline "Russian troops near Ukraine" --db claims.db --png troops.png
  claimtrack export - --db claims.db --source pentagon --since 2022-02-01 > pentagon.jsonl
  claimtrack delete 9b8c346353a5c5f3 --db claims.db

exit status: 0 ok, 1 'check' flagged conflicts or sum mismatches, 2 bad input or usage.
"""

_SELECTION_NOTE = """\
--source keeps the claims whose source (the claimant, not an outlet that
relayed it) contains TEXT, ignoring case.  --since and --until take a date
(2022-02-10, or a phrase such as 'yesterday': that whole day, in this
computer's time zone), a month (2022-02), a year (2022) or a date-time
(2022-02-10T18:00+01:00); both ends are included, and claims without a
stated time are left out.
"""

_EXTRACT_EPILOG = """\
Text and HTML files are read (HTML tags are stripped, block elements keep their
line breaks); '-' reads standard input.  Claims go to --output as JSON Lines, or
to standard output as JSON Lines when it is not a terminal, else as a table.

The publication date anchors relative times ("Thursday", "02:25 am Paris time").
Without --published it is read from a date in the file name, e.g.
france24-liveblog-2022-02-10.txt is taken as published on 10 February 2022.

examples:
  claimtrack extract examples/data/france24-liveblog-2022-02-10.txt
  claimtrack extract page.html --published 2022-02-10 --outlet "FRANCE 24" -o claims.jsonl
  curl -s https://example.org/news | claimtrack extract - --published yesterday > claims.jsonl
"""

_ADD_EPILOG = """\
A claim is stored once, however often its article is added.  An article that
was revised after it was added (a figure updated, a paragraph inserted) makes
claims of its own; with --revised they take the place of the claims of the
version stored before, which is known by its file name, or by --url when given.

examples:
  claimtrack add examples/data/*.txt
  claimtrack add page.html --published 2022-02-10 --outlet "FRANCE 24" --db news.db
  claimtrack add page.html --url https://example.org/news/1 --revised --db news.db
"""

_CHECK_EPILOG = f"""\
FILEs may be claim files (.jsonl, .ndjson, .csv, .parquet) or text/HTML
articles, which are extracted on the fly; without FILEs the claims come from
--db.

{_SELECTION_NOTE}
exit status: 0 nothing flagged, 1 conflicts or sum mismatches, 2 bad input
(including --subject, --source, --since or --until leaving no claims).

examples:
  claimtrack check examples/data/*.txt
  claimtrack check --db claims.db --subject troops
  claimtrack check --db claims.db --source "interior ministry" --since 2023-01-01
  claimtrack check claims.jsonl --json > findings.json
"""

_TIMELINE_EPILOG = f"""\
SUBJECT is matched as 'check' groups subjects, so differently worded subjects
about the same thing come together.

{_SELECTION_NOTE}
exit status: 0 ok, 2 bad input, or no dated claims about SUBJECT (then nothing
is printed or written but an error naming the subjects that contain SUBJECT).

examples:
  claimtrack timeline "Russian troops near Ukraine" examples/data/*.txt
  claimtrack timeline "people demonstrated across France" --db claims.db --png protests.png
  claimtrack timeline "US troops deployed to Poland" --db claims.db --html poland.html
  claimtrack timeline "Russian troops near Ukraine" examples/data/*.txt --since 2022-02-10
"""

_IMPORT_EPILOG = """\
The format is read from each file's suffix (.jsonl, .ndjson, .csv, .parquet)
unless --format is given.  A bad record stops the import unless --skip-bad is
given; --rejects then keeps the rejected lines.

examples:
  claimtrack import claims.jsonl more.csv --db claims.db
  claimtrack import scraped.jsonl --skip-bad --rejects rejected.jsonl
"""

_EXPORT_EPILOG = f"""\
The format is read from OUT's suffix (.jsonl, .ndjson, .csv, .parquet; .json
for ClaimReview) unless --format is given.  OUT '-' is standard output, as
JSON Lines unless --format is given (Parquet only when it is not a terminal);
nothing is written there unless the whole export succeeds.

{_SELECTION_NOTE}
--limit keeps the first N selected claims, in the order they were stored.

examples:
  claimtrack export claims.csv --db claims.db --subject troops
  claimtrack export claims.parquet
  claimtrack export reviews.json --format claimreview --rating Misleading --reviewer "Fact Desk"
  claimtrack export - --db claims.db --source "interior ministry" --since 2023-01-01
  claimtrack export - --format csv --until 2022-02-10 --limit 10 | head -3
"""

_DELETE_EPILOG = """\
IDs are the claims' "id" fields, as 'export' and 'check --json' write them.
'-' reads IDs from standard input, one a line; a line may also be a whole JSON
Lines record, so that the output of 'export -' can be piped in.  Every ID must
be stored: if one is not, the error names it and nothing is deleted.

A deleted claim comes back if its article is added again with 'add'; to fix a
claim, correct it instead (see 'claimtrack import --help', --replace).

examples:
  claimtrack delete 9b8c346353a5c5f3 054076777455cb55 --db claims.db
  claimtrack export - --source "liz truss" | claimtrack delete - --dry-run
  claimtrack export - --source "liz truss" | claimtrack delete -
"""


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("claimtrack")
    except PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the ``claimtrack`` command and its sub-commands.

    Example:
        >>> build_parser().parse_args(["check", "a.txt", "--json"]).json
        True
    """
    parser = _Parser(
        prog=PROG,
        description="Track numeric claims in news: extract them, store them, find conflicts.",
        epilog=_MAIN_EPILOG,
        formatter_class=_FORMATTER,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_: str, epilog: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = sub.add_parser(
            name, help=help_, description=help_, epilog=epilog, formatter_class=_FORMATTER
        )
        return p

    def article_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--published",
            metavar="DATE",
            help="publication date (ISO, or e.g. 'yesterday'); default: a date in the file name",
        )
        p.add_argument("--url", help="the articles' address, kept as provenance")
        p.add_argument("--outlet", metavar="NAME", help="the publishing outlet, kept as provenance")
        date_order_option(p)

    def date_order_option(p: argparse.ArgumentParser) -> None:
        """--date-order: how a numeric date (10/02/2022) in dates given or read is read."""
        p.add_argument(
            "--date-order",
            type=str.upper,
            choices=["DMY", "MDY", "YMD"],
            help="read numeric dates such as 10/02/2022 day first (DMY: 10 February), month "
            "first (MDY: 2 October) or year first (YMD), in the date options and in the "
            "articles' time stamps; without it an option with two readings is refused and a "
            "stamp's date with two readings is left out",
        )

    p = command("extract", "extract claims from text or HTML articles", _EXTRACT_EPILOG)
    p.add_argument(
        "files", nargs="+", metavar="FILE", help="text or HTML file; '-' is standard input"
    )
    article_options(p)
    p.add_argument("-o", "--output", metavar="PATH", help="write the claims as JSON Lines to PATH")
    p.set_defaults(run=_cmd_extract)

    p = command("add", "extract claims from articles and store them", _ADD_EPILOG)
    p.add_argument(
        "files", nargs="+", metavar="FILE", help="text or HTML file; '-' is standard input"
    )
    article_options(p)
    p.add_argument("--db", default="claims.db", help="the claim store (default: %(default)s)")
    p.add_argument(
        "--revised",
        action="store_true",
        help="FILEs are new versions of stored articles (same file name, or --url): "
        "drop the claims the earlier versions made and these no longer do",
    )
    p.set_defaults(run=_cmd_add)

    def claim_inputs(p: argparse.ArgumentParser) -> None:
        """FILEs (claim files or articles) or a store, and how to read the articles."""
        p.add_argument(
            "files", nargs="*", metavar="FILE", help="claim file or article; '-' is stdin"
        )
        p.add_argument(
            "--db", help="read the claims from this store (default without FILEs: claims.db)"
        )
        article_options(p)

    def selection_options(p: argparse.ArgumentParser) -> None:
        """--source, --since and --until: the same meaning for FILEs and for --db."""
        p.add_argument(
            "--source", metavar="TEXT", help="only claims whose source contains TEXT (any case)"
        )
        p.add_argument(
            "--since", metavar="DATE", help="only claims stated on DATE or later (ISO, 'yesterday')"
        )
        p.add_argument(
            "--until", metavar="DATE", help="only claims stated on DATE or earlier (ISO, 'today')"
        )

    p = command("check", "find conflicting, changing and corroborating figures", _CHECK_EPILOG)
    claim_inputs(p)
    p.add_argument("--subject", metavar="TEXT", help="only claims whose subject contains TEXT")
    selection_options(p)
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p.set_defaults(run=_cmd_check)

    p = command("timeline", "show one subject's figure over time, per source", _TIMELINE_EPILOG)
    p.add_argument(
        "subject", metavar="SUBJECT", help="the subject (as claimtrack matches subjects)"
    )
    claim_inputs(p)
    selection_options(p)
    p.add_argument("--png", metavar="PATH", help="draw the timeline to a PNG image")
    p.add_argument("--html", metavar="PATH", help="write a self-contained HTML page")
    p.set_defaults(run=_cmd_timeline)

    p = command("import", "import claim files into the store", _IMPORT_EPILOG)
    p.add_argument(
        "files", nargs="+", metavar="FILE", help="a .jsonl, .ndjson, .csv or .parquet claim file"
    )
    p.add_argument("--db", default="claims.db", help="the claim store (default: %(default)s)")
    p.add_argument("--format", choices=["jsonl", "csv", "parquet"], help="the files' format")
    p.add_argument("--skip-bad", action="store_true", help="skip bad records instead of stopping")
    p.add_argument("--rejects", metavar="PATH", help="with --skip-bad, write bad records here")
    p.add_argument(
        "--replace",
        action="store_true",
        help="a record whose id is stored already replaces the stored claim (corrections)",
    )
    p.set_defaults(run=_cmd_import)

    p = command("export", "export stored claims to a file or standard output", _EXPORT_EPILOG)
    p.add_argument("output", metavar="OUT", help="the file to write; '-' is standard output")
    p.add_argument("--db", default="claims.db", help="the claim store (default: %(default)s)")
    p.add_argument(
        "--format",
        choices=["jsonl", "csv", "parquet", "claimreview"],
        help="default: from OUT's suffix; jsonl for '-'",
    )
    p.add_argument("--subject", metavar="TEXT", help="only claims whose subject contains TEXT")
    selection_options(p)
    date_order_option(p)
    p.add_argument("--limit", metavar="N", type=_limit, help="export at most N claims")
    p.add_argument("--rating", help="ClaimReview rating (alternateName), e.g. 'Misleading'")
    p.add_argument(
        "--reviewer", metavar="NAME", help="ClaimReview author (the reviewing organisation)"
    )
    p.set_defaults(run=_cmd_export)

    p = command("delete", "delete stored claims by id", _DELETE_EPILOG)
    p.add_argument(
        "ids", nargs="+", metavar="ID", help="a claim id; '-' reads ids from standard input"
    )
    p.add_argument("--db", default="claims.db", help="the claim store (default: %(default)s)")
    p.add_argument(
        "-n",
        "--dry-run",
        action="store_true",
        help="show the claims that would be deleted, and delete nothing",
    )
    p.set_defaults(run=_cmd_delete)
    return parser


def _limit(text: str) -> int:
    """Parse ``--limit``: a whole number of claims, 0 or more."""
    digits = text.strip()
    number = int(digits) if digits.isascii() and digits.isdigit() else -1
    if not 0 <= number <= _MAX_LIMIT:
        raise argparse.ArgumentTypeError(
            f"expected a whole number from 0 to {_MAX_LIMIT}, got {text!r}"
        )
    return number


_MAX_LIMIT = 2**63 - 1  # SQLite's largest integer


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``claimtrack`` command and return its exit status.

    Args:
        argv: The arguments after the program name; ``sys.argv[1:]`` if None.

    Returns:
        0 on success, 1 when ``check`` flags problems, 2 for bad input or usage, 141
        when the reader of standard output went away.
    """
    with _tolerant_output(), _closed_streams_named():
        return _dispatch(argv)


def _dispatch(argv: Sequence[str] | None) -> int:
    """Parse the arguments and run the command, turning errors into an exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if getattr(args, "run", None) is None:
            parser.print_help(sys.stderr)
            return 2
        if getattr(args, "rejects", None) and not args.skip_bad:
            raise UsageError("--rejects needs --skip-bad")
        status: int = args.run(args)
        return status
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0
    except UsageError as exc:
        return _fail(str(exc))
    except ClaimtrackError as exc:
        return _fail(_one_line(exc))
    except BrokenPipeError:  # before OSError, which it is
        # The reader went away (``claimtrack extract ... | head``): stop quietly.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except OSError as exc:
        return _fail(_one_line(exc))
    except ImportError as exc:
        return _fail(_one_line(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", status=130)


def _speaks_utf(stream: Any) -> bool:
    """Whether a text stream's encoding can write any text (a UTF encoding)."""
    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "utf-8").name.startswith("utf")
    except LookupError:
        return False


@contextlib.contextmanager
def _tolerant_output() -> Iterator[None]:
    """Print characters a narrow stdout or stderr encoding lacks (cp1252: no ∞) as ``?``.

    Human output degrades instead of raising ``UnicodeEncodeError``; JSON output is
    written so that it needs no such replacement (see :func:`_cmd_check`, :func:`_cmd_extract`).
    """
    changed = []
    for stream in (sys.stdout, sys.stderr):
        if (
            isinstance(stream, io.TextIOWrapper)
            and stream.errors == "strict"
            and not _speaks_utf(stream)
        ):
            stream.reconfigure(errors="replace")
            changed.append(stream)
    try:
        yield
    finally:
        for stream in changed:
            with contextlib.suppress(ValueError, OSError):  # closed, or a broken pipe
                stream.reconfigure(errors="strict")


class _ClosedStream(io.TextIOBase):
    """Stands in for standard input or output when its descriptor is closed (``<&-``, ``>&-``).

    Python sets such a stream to None; reading or writing this one raises a usage
    error that names the stream, reported as any other bad input (status 2).
    """

    def __init__(self, name: str, message: str) -> None:
        self._name = name
        self._message = message

    def _refuse(self) -> NoReturn:
        raise UsageError(f"{self._name}: {self._message}")

    def read(self, size: int | None = -1, /) -> str:
        self._refuse()

    def readline(self, size: int = -1, /) -> str:  # type: ignore[override]
        self._refuse()

    def write(self, text: str) -> int:
        self._refuse()


@contextlib.contextmanager
def _closed_streams_named() -> Iterator[None]:
    """Put a :class:`_ClosedStream` in place of a closed standard input or output meanwhile."""
    stand_ins = {
        "stdin": _ClosedStream(
            "<stdin>", "standard input is closed; redirect it from a file or a pipe"
        ),
        "stdout": _ClosedStream(
            "<stdout>",
            "standard output is closed; redirect it to a file (or to /dev/null to discard it)",
        ),
    }
    replaced = [name for name in stand_ins if getattr(sys, name) is None]
    for name in replaced:
        setattr(sys, name, stand_ins[name])
    try:
        yield
    finally:
        for name in replaced:
            if getattr(sys, name) is stand_ins[name]:
                setattr(sys, name, None)


def _fail(message: str, *, status: int = 2) -> int:
    if sys.stderr is None:  # closed (2>&-): the status alone tells
        return status
    sys.stderr.write(f"{PROG}: error: {' '.join(message.split())}\n")
    sys.stderr.flush()
    return status
