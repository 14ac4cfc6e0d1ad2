"""Reading and writing claims: JSON Lines, CSV, schema.org ClaimReview and Parquet.

JSON Lines is the lossless interchange format: one claim a line, every field kept
exactly (floats by their shortest repr, aware datetimes with their UTC offset,
tags, spans, the whole reporting chain, ids).  Records carry ``"schema": 1``; the
layout is documented field by field in ``docs/reference/jsonl-schema.md``.

CSV flattens a claim into one row of :data:`CSV_COLUMNS` for spreadsheets; it keeps
every field except the difference between an empty and a missing optional text.
ClaimReview produces schema.org JSON-LD for fact-check pages.  Parquet (the
``claimtrack[parquet]`` extra: pyarrow and pandas, imported only when used) is a
columnar, lossless format for large collections and data frames.

The dict form of a claim is produced and read by one :mod:`cattrs` converter with
hooks for datetimes, hedges, tags, spans and figure numbers.
"""

from __future__ import annotations

import contextlib
import csv
import json
import math
import os
import re
import shutil
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

import cattrs
from cattrs.gen import make_dict_structure_fn, override

from claimtrack.exceptions import ClaimFormatError, ClaimtrackError, MissingDependency
from claimtrack.model import Claim, Figure, Hedge, Provenance, Source

if TYPE_CHECKING:
    import _csv

    import pandas
    import pyarrow

__all__ = [
    "CHAIN_SEPARATOR",
    "CSV_COLUMNS",
    "MAX_CHAIN",
    "PARQUET_COLUMNS",
    "SCHEMA_VERSION",
    "TAG_SEPARATOR",
    "claim_from_dict",
    "claim_to_dict",
    "from_dataframe",
    "iter_jsonl",
    "parquet_schema",
    "read_csv",
    "read_jsonl",
    "read_parquet",
    "to_claimreview",
    "to_dataframe",
    "write_claimreview",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]

SCHEMA_VERSION = 1
"""The version of the claim record layout written by this claimtrack."""

PathOrFile = str | os.PathLike[str] | TextIO

# ---------------------------------------------------------------------------
# The cattrs converter (dict form of a claim)
# ---------------------------------------------------------------------------


class _BadValue(ValueError):
    """A hook rejected a value; the message is the whole reason."""


def _structure_str(value: Any, _: type) -> str:
    if type(value) is not str:
        raise _BadValue(f"expected a string, got {value!r}")
    return value


def _structure_number(value: Any, _: type) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _BadValue(f"expected a number or null, got {value!r}")
    try:
        number = float(value)
    except OverflowError:
        raise _BadValue(f"number out of range: {value!r}") from None
    if not math.isfinite(number):
        raise _BadValue(f"expected a finite number, got {value!r}")
    return number


def _structure_unit(value: Any, _: type) -> str:
    from claimtrack import quantities

    if type(value) is not str:
        raise _BadValue(f"expected a unit name, got {value!r}")
    if not value.strip():
        raise _BadValue(f"unknown unit {value!r} (leave the unit out for a plain count)")
    try:
        return quantities.canonical_unit_name(value)
    except ClaimtrackError as exc:
        raise _BadValue(
            f"unknown unit {value!r} (define custom count nouns with define_count_noun() "
            "before reading)"
        ) from exc


def _structure_hedge(value: Any, _: type) -> Hedge:
    try:
        return Hedge(value)
    except ValueError:
        known = ", ".join(h.value for h in Hedge)
        raise _BadValue(f"unknown hedge {value!r} (one of {known})") from None


def _unstructure_datetime(value: datetime) -> str:
    return value.isoformat()


def _structure_datetime(value: Any, _: type) -> datetime:
    if type(value) is not str:
        raise _BadValue(f"expected an ISO 8601 date-time string, got {value!r}")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise _BadValue(f"not an ISO 8601 date-time: {value!r}") from None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise _BadValue(f"naive date-time {value!r}: add a UTC offset such as +00:00")
    return parsed


def _unstructure_tags(value: frozenset[str]) -> list[str]:
    return sorted(value)


def _structure_tags(value: Any, _: type) -> frozenset[str]:
    if not isinstance(value, list):
        raise _BadValue(f"expected a list of strings, got {value!r}")
    for tag in value:
        if type(tag) is not str or not tag:
            raise _BadValue(f"tags must be non-empty strings, got {tag!r}")
    return frozenset(value)


def _unstructure_span(value: tuple[int, int]) -> list[int]:
    return [value[0], value[1]]


def _structure_span(value: Any, _: type) -> tuple[int, int]:
    if (
        not isinstance(value, list | tuple)
        or len(value) != 2
        or not all(type(x) is int and x >= 0 for x in value)
        or value[0] > value[1]
    ):
        raise _BadValue(f"span must be [start, end] with 0 <= start <= end, got {value!r}")
    return (value[0], value[1])


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(Hedge, _structure_hedge)
    conv.register_unstructure_hook(Hedge, lambda h: h.value)
    conv.register_structure_hook(datetime, _structure_datetime)
    conv.register_unstructure_hook(datetime, _unstructure_datetime)
    # Generic aliases are not classes: match them with predicates.
    conv.register_structure_hook_func(lambda t: t == frozenset[str], _structure_tags)
    conv.register_unstructure_hook_func(lambda t: t == frozenset[str], _unstructure_tags)
    conv.register_structure_hook_func(lambda t: t == tuple[int, int], _structure_span)
    conv.register_unstructure_hook_func(lambda t: t == tuple[int, int], _unstructure_span)
    number = override(struct_hook=_structure_number)
    conv.register_structure_hook(
        Figure,
        make_dict_structure_fn(
            Figure,
            conv,
            _cattrs_forbid_extra_keys=True,
            value=number,
            low=number,
            high=number,
            unit=override(struct_hook=_structure_unit),
        ),
    )
    return conv


_converter = _make_converter()


def _format_exception(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, _BadValue | ClaimtrackError):
        return str(exc)
    if isinstance(exc, KeyError):
        return "required field missing"
    return cattrs.v.format_exception(exc, type_)


def _reason(exc: BaseException) -> str:
    """Turn a cattrs error tree into one readable reason naming each field at fault."""
    if isinstance(exc, ClaimtrackError):
        return str(exc)
    messages = cattrs.transform_error(exc, path="$", format_exception=_format_exception)
    parts = []
    for message in messages:
        text, _, where = message.rpartition(" @ ")
        field = where.removeprefix("$").removeprefix(".")
        parts.append(f"{field}: {text}" if field and text else text or message)
    return "; ".join(parts)


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    """Return a claim as a plain, JSON-serialisable dict carrying ``"schema"``.

    The layout is documented in ``docs/reference/jsonl-schema.md``: nested
    ``figure``, ``source`` (with its ``reported_by`` chain) and ``provenance``
    objects, ISO 8601 date-times with their UTC offset, sorted tags, a span as
    ``[start, end]``.

    Example:
        >>> d = claim_to_dict(Claim(subject="troops", figure=Figure.of(5), source=Source("X")))
        >>> d["schema"], d["figure"]["value"], d["tags"]
        (1, 5.0, [])
    """
    body: dict[str, Any] = _converter.unstructure(claim)
    return {"schema": SCHEMA_VERSION, "id": body.pop("id"), **body}


def _check_schema(record: dict[str, Any]) -> None:
    version = record.get("schema", SCHEMA_VERSION)
    if type(version) is not int:
        raise _BadValue(f"schema: expected an integer version, got {version!r}")
    if version > SCHEMA_VERSION:
        raise _BadValue(
            f"schema {version} was written by a newer claimtrack (this one reads schema "
            f"{SCHEMA_VERSION}); upgrade claimtrack"
        )
    if version < 1:
        raise _BadValue(f"unknown schema version {version}")


MAX_CHAIN = 100
"""The most intermediaries a claim's reporting chain may have when read from a file."""


def _check_chain(source: Any) -> None:
    """Raise if a source record's ``reported_by`` chain is longer than :data:`MAX_CHAIN`."""
    links = 0
    while isinstance(source, dict) and source.get("reported_by") is not None:
        source = source["reported_by"]
        links += 1
        if links > MAX_CHAIN:
            raise _BadValue(f"source: a reporting chain of more than {MAX_CHAIN} intermediaries")


def _from_dict(record: Any, path: str | None, line: int | None) -> Claim:
    if not isinstance(record, dict):
        raise ClaimFormatError(
            f"expected a JSON object, got {type(record).__name__}", path=path, line=line
        )
    try:
        _check_schema(record)
        _check_chain(record.get("source"))
        body = {k: v for k, v in record.items() if k != "schema"}
        claim: Claim = _converter.structure(body, Claim)
    except _BadValue as exc:
        raise ClaimFormatError(str(exc), path=path, line=line) from exc
    except (cattrs.BaseValidationError, ClaimtrackError) as exc:
        raise ClaimFormatError(_reason(exc), path=path, line=line) from exc
    except RecursionError:
        raise ClaimFormatError("nested too deeply", path=path, line=line) from None
    return claim


def claim_from_dict(d: dict[str, Any], *, where: str | None = None) -> Claim:
    """Build a claim from its dict form, validating every field.

    Keys with defaults (``valid_at``, ``provenance``, ``tags``, ``id``, ...) may be
    left out; ``schema`` defaults to the current version; a missing ``id`` is
    derived from the content.  Unit aliases are canonicalised (``"troops"``).

    Args:
        d: The dict, as produced by :func:`claim_to_dict` or read from JSON.
        where: Where the record comes from (a file name, ``"file:line"``), named
            in errors.

    Returns:
        The claim.

    Raises:
        ClaimFormatError: For a missing field, a wrong type, an unknown unit or hedge,
            a naive date-time, an invalid figure, or a schema from a newer claimtrack.
    """
    return _from_dict(d, where, None)


# ---------------------------------------------------------------------------
# File helpers
# ---------------------------------------------------------------------------


def _name_of(target: PathOrFile) -> str:
    if isinstance(target, str | os.PathLike):
        return os.fspath(target)
    return str(getattr(target, "name", "<stream>"))


@contextmanager
def _opened(target: PathOrFile, mode: str, *, newline: str | None = None) -> Iterator[TextIO]:
    if not isinstance(target, str | os.PathLike):
        yield target
    elif "r" in mode:
        # Reading keeps bytes that are not UTF-8 as lone surrogates, so that the
        # line holding them is reported (see _not_utf8) and the others still read;
        # utf-8-sig drops the byte order mark that Excel's "CSV UTF-8" starts with.
        with open(
            target, mode, encoding="utf-8-sig", newline=newline, errors="surrogateescape"
        ) as f:
            yield cast(TextIO, f)
    else:
        with _replaced(target) as temp, open(temp, mode, encoding="utf-8", newline=newline) as f:
            yield cast(TextIO, f)


class _Replacement:
    """A new file written beside ``target`` that replaces it only when complete.

    The file is created at once (so that a bad folder fails before any work is
    done), with the permissions a new file gets, or those of the file it replaces.
    :meth:`commit` renames it over ``target`` in one step, :meth:`discard` removes
    it: a failed write leaves ``target`` as it was.  A ``target`` that exists but
    is no regular file (``/dev/stdout``, a pipe) is written in place.
    """

    def __init__(self, target: str | os.PathLike[str]) -> None:
        self.target = os.path.realpath(target)
        self.temp: str | None = None
        if os.path.exists(self.target) and not os.path.isfile(self.target):
            return
        folder, base = os.path.split(self.target)
        temp = os.path.join(folder, f".{base}.{uuid.uuid4().hex[:12]}.tmp")
        try:
            open(temp, "x").close()
        except OSError as exc:
            # Name the file asked for, not the temporary one (OSError picks the subclass).
            raise OSError(exc.errno, exc.strerror, os.fspath(target)) from None
        self.temp = temp

    @property
    def path(self) -> str:
        """The file to write to."""
        return self.temp or self.target

    def commit(self) -> None:
        """Put the written file in place of the target."""
        if self.temp is None:
            return
        if os.path.isfile(self.target):
            shutil.copymode(self.target, self.temp)
        os.replace(self.temp, self.target)
        self.temp = None

    def discard(self) -> None:
        """Remove the written file, leaving the target untouched."""
        if self.temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.temp)
            self.temp = None


@contextmanager
def _replaced(target: str | os.PathLike[str]) -> Iterator[str]:
    """Yield a path to write; on success it replaces ``target``, on failure it is removed."""
    replacement = _Replacement(target)
    try:
        yield replacement.path
    except BaseException:
        replacement.discard()
        raise
    replacement.commit()


def _same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Return whether two paths name one existing file (through links, too)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _detached(error: ClaimFormatError) -> ClaimFormatError:
    """Drop an error's traceback and chained exceptions before it is kept in a list.

    A kept traceback keeps its frames (and the chained JSON or CSV error keeps its
    own) alive; with hundreds of thousands of bad lines the garbage collector then
    walks them all again and again, and reading stops being linear.
    """
    error.__traceback__ = None
    error.__context__ = None
    error.__cause__ = None
    return error


_UNDECODABLE = re.compile("[\udc80-\udcff]")


def _not_utf8(text: str, name: str | None, line: int) -> ClaimFormatError | None:
    """Return an error if ``text`` holds bytes that were not UTF-8, else None."""
    bad = _UNDECODABLE.search(text)
    if bad is None:
        return None
    byte = ord(bad.group()) - 0xDC00
    return ClaimFormatError(
        f"not UTF-8: byte 0x{byte:02x} at column {bad.start() + 1}", path=name, line=line
    )


# ---------------------------------------------------------------------------
# JSON Lines
# ---------------------------------------------------------------------------


def _check_unicode(record: Any, name: str | None, line: int) -> None:
    r"""Raise if a decoded JSON value holds a lone surrogate, as the escape ``\ud800`` gives.

    Such text is valid JSON but not Unicode: it cannot be stored, printed or encoded.
    """
    stack: list[tuple[str, Any]] = [("record", record)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, dict):
            for key in value:
                if _SURROGATE.search(key):
                    raise ClaimFormatError(
                        f"{where}: key {key!a} holds a lone surrogate: it is not Unicode",
                        path=name,
                        line=line,
                    )
            prefix = "" if where == "record" else f"{where}."
            stack.extend((f"{prefix}{k}", v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((f"{where}[{i}]", v) for i, v in enumerate(value))
        elif isinstance(value, str):
            bad = _SURROGATE.search(value)
            if bad is not None:
                raise ClaimFormatError(
                    f"{where}: lone surrogate \\u{ord(bad.group()):04x} at character "
                    f"{bad.start() + 1}: the text is not Unicode",
                    path=name,
                    line=line,
                )


_SURROGATE = re.compile("[\ud800-\udfff]")


def write_jsonl(claims: Iterable[Claim], path: PathOrFile) -> int:
    """Write claims as JSON Lines, one record a line, and return how many were written.

    Args:
        claims: The claims.
        path: A file path (UTF-8; replaced only once the whole file is written, so
            a failed write leaves it as it was) or an open text file.

    Returns:
        The number of claims written.
    """
    dumps = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode
    count = 0
    with _opened(path, "w", newline="\n") as out:
        for claim in claims:
            out.write(dumps(claim_to_dict(claim)))
            out.write("\n")
            count += 1
    return count


def iter_jsonl(
    path: PathOrFile, *, errors: list[ClaimFormatError] | None = None
) -> Iterator[Claim]:
    """Yield the claims of a JSON Lines file one by one.

    Args:
        path: A file path or an open text file.
        errors: If None, the first bad line raises; if a list, each bad line's
            error is appended to it and reading goes on.

    Yields:
        Each valid claim, in file order; blank lines are skipped.

    Raises:
        ClaimFormatError: For a bad line (when ``errors`` is None), naming file and line.
    """
    name = _name_of(path)
    decode = json.JSONDecoder().decode
    with _opened(path, "r") as handle:
        for number, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            try:
                undecodable = _not_utf8(text, name, number)
                if undecodable is not None:
                    raise undecodable
                try:
                    record = decode(text)
                except ValueError as exc:
                    raise ClaimFormatError(
                        f"malformed JSON: {exc}", path=name, line=number
                    ) from None
                except RecursionError:
                    raise ClaimFormatError(
                        "malformed JSON: arrays or objects nested too deeply",
                        path=name,
                        line=number,
                    ) from None
                if "\\ud" in text or "\\uD" in text:  # an escaped surrogate, maybe lone
                    _check_unicode(record, name, number)
                claim = _from_dict(record, name, number)
            except ClaimFormatError as exc:
                if errors is None:
                    raise
                errors.append(_detached(exc))
                continue
            yield claim


def read_jsonl(path: PathOrFile, *, errors: list[ClaimFormatError] | None = None) -> list[Claim]:
    """Read every claim of a JSON Lines file.

    Args:
        path: A file path or an open text file.
        errors: If None, the first bad line raises; if a list, bad lines are
            appended to it (each naming file and line) and every good claim is returned.

    Returns:
        The claims in file order.

    Raises:
        ClaimFormatError: For a bad line when ``errors`` is None.
    """
    return list(iter_jsonl(path, errors=errors))


# ---------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------

CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "subject",
    "value",
    "low",
    "high",
    "hedge",
    "unit",
    "figure_text",
    "source_name",
    "source_kind",
    "reported_by",
    "reported_by_kind",
    "stated_at",
    "valid_at",
    "url",
    "published",
    "outlet",
    "document",
    "quote",
    "span_start",
    "span_end",
    "key",
    "parts_of",
    "group",
    "tags",
)
"""The CSV header, in order (see ``docs/how-to/formats.md`` for each column)."""

CHAIN_SEPARATOR = " > "
"""Joins the names (and kinds) of the reporting chain in a CSV cell, innermost first."""

TAG_SEPARATOR = "|"
"""Joins sorted tags in a CSV cell."""


def _csv_row(claim: Claim) -> list[str]:
    f, s, p = claim.figure, claim.source, claim.provenance
    chain = s.chain[1:]
    names = CHAIN_SEPARATOR.join(n.name for n in chain)
    kinds = CHAIN_SEPARATOR.join(n.kind or "" for n in chain)
    tags = TAG_SEPARATOR.join(sorted(claim.tags))
    for column, joined, parts, sep in (
        ("reported_by", names, [n.name for n in chain], CHAIN_SEPARATOR),
        ("reported_by_kind", kinds, [n.kind or "" for n in chain], CHAIN_SEPARATOR),
        ("tags", tags, sorted(claim.tags), TAG_SEPARATOR),
    ):
        if parts and joined.split(sep) != parts:
            raise ClaimFormatError(
                f"claim {claim.id}: CSV cannot hold {column} {parts!r} (joined with "
                f"{sep!r} it does not split back); use JSON Lines or Parquet"
            )

    def num(x: float | None) -> str:
        return "" if x is None else repr(x)

    def when(x: datetime | None) -> str:
        return "" if x is None else x.isoformat()

    return [
        claim.id,
        claim.subject,
        num(f.value),
        num(f.low),
        num(f.high),
        f.hedge.value,
        f.unit,
        f.text,
        s.name,
        s.kind or "",
        names,
        kinds,
        when(claim.stated_at),
        when(claim.valid_at),
        p.url or "",
        when(p.published),
        p.outlet or "",
        p.document or "",
        p.quote or "",
        "" if p.span is None else str(p.span[0]),
        "" if p.span is None else str(p.span[1]),
        claim.key or "",
        claim.parts_of or "",
        claim.group or "",
        tags,
    ]


def write_csv(claims: Iterable[Claim], path: PathOrFile) -> int:
    """Write claims as CSV with the header :data:`CSV_COLUMNS`, one row a claim.

    Args:
        claims: The claims.
        path: A file path (UTF-8; replaced only once the whole file is written, so
            a failed write leaves it as it was) or an open text file (opened with
            ``newline=""``).

    Returns:
        The number of claims written.

    Raises:
        ClaimFormatError: For a claim CSV cannot hold: intermediary names or kinds
            that do not split back at ``" > "``, tags that do not split back at ``"|"``.
    """
    count = 0
    with _opened(path, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for claim in claims:
            writer.writerow(_csv_row(claim))
            count += 1
    return count


def _csv_number(column: str, text: str) -> float | None:
    if text == "":
        return None
    try:
        return float(text)
    except ValueError:
        raise _BadValue(f"{column}: not a number: {text!r}") from None


def _csv_int(column: str, text: str) -> int | None:
    if text == "":
        return None
    try:
        return int(text)
    except ValueError:
        raise _BadValue(f"{column}: not an integer: {text!r}") from None


def _derived_bounds(value: float | None, row: dict[str, str]) -> tuple[float | None, float | None]:
    """Return the interval a CSV row without ``low``/``high`` columns commits to.

    The bounds come from the value and the hedge, as :meth:`Figure.of` derives them.
    """
    if value is None:
        raise _BadValue("value: empty, and the file has no low and high columns")
    try:
        hedge = _structure_hedge(row.get("hedge") or Hedge.EXACT.value, Hedge)
    except _BadValue as exc:
        raise _BadValue(f"figure.hedge: {exc}") from None
    if hedge in (Hedge.RANGE, Hedge.VAGUE):
        raise _BadValue(f"figure.hedge: a {hedge.value} figure needs low and high columns")
    try:
        unit = _structure_unit(row.get("unit") or "count", str)
    except _BadValue as exc:
        raise _BadValue(f"figure.unit: {exc}") from None
    try:
        figure = Figure.of(value, unit, hedge=hedge)
    except ClaimtrackError as exc:
        raise _BadValue(f"figure: {exc}") from None
    return figure.low, figure.high


def _csv_record(row: dict[str, str]) -> dict[str, Any]:
    """Turn a CSV row into the dict form read by :func:`claim_from_dict`."""

    def opt(column: str) -> str | None:
        return row.get(column) or None

    figure: dict[str, Any] = {k: _csv_number(k, row.get(k, "")) for k in ("value", "low", "high")}
    for column, key in (("hedge", "hedge"), ("unit", "unit")):
        if row.get(column):  # an empty cell takes the default, as a missing column does
            figure[key] = row[column]
    if "figure_text" in row:
        figure["text"] = row["figure_text"]
    if "low" not in row and "high" not in row:
        figure["low"], figure["high"] = _derived_bounds(figure["value"], row)
    source: dict[str, Any] | None = None
    names = row.get("reported_by", "")
    if names:
        kinds = row.get("reported_by_kind", "").split(CHAIN_SEPARATOR)
        chain = names.split(CHAIN_SEPARATOR)
        if len(chain) > MAX_CHAIN:
            raise _BadValue(
                f"reported_by: a reporting chain of more than {MAX_CHAIN} intermediaries"
            )
        if len(kinds) != len(chain):
            if kinds != [""]:
                raise _BadValue(
                    f"reported_by_kind: {len(kinds)} kinds for {len(chain)} intermediaries"
                )
            kinds = [""] * len(chain)
        for name, kind in zip(reversed(chain), reversed(kinds), strict=True):
            source = {"name": name, "kind": kind or None, "reported_by": source}
    record: dict[str, Any] = {
        "figure": figure,
        "source": {"kind": opt("source_kind"), "reported_by": source},
        "stated_at": opt("stated_at"),
        "valid_at": opt("valid_at"),
        "key": opt("key"),
        "parts_of": opt("parts_of"),
        "group": opt("group"),
        "tags": [t for t in row.get("tags", "").split(TAG_SEPARATOR) if t],
    }
    if "source_name" in row:
        record["source"]["name"] = row["source_name"]
    if "subject" in row:
        record["subject"] = row["subject"]
    if row.get("id"):
        record["id"] = row["id"]
    start, end = (
        _csv_int("span_start", row.get("span_start", "")),
        _csv_int("span_end", row.get("span_end", "")),
    )
    if (start is None) != (end is None):
        raise _BadValue("span_start and span_end must be both given or both empty")
    record["provenance"] = {
        "url": opt("url"),
        "published": opt("published"),
        "outlet": opt("outlet"),
        "document": opt("document"),
        "quote": opt("quote"),
        "span": None if start is None else [start, end],
    }
    return record


_CSV_FIELD_LIMIT = 2**31 - 1  # the largest the csv module takes on every platform


def _csv_reader(lines: Iterable[str]) -> _csv.Reader:
    """Return a CSV reader that takes cells of any length, as :func:`write_csv` writes them.

    The csv module refuses cells over 131,072 characters by default; its limit is
    process-wide, so it is raised (never lowered) for every reader in the process.
    """
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
    return csv.reader(lines)


def _check_csv_header(header: list[str], name: str) -> None:
    """Raise unless the header names known columns, once each, and the needed ones."""
    unknown = [c for c in header if c not in CSV_COLUMNS]
    if unknown or len(set(header)) != len(header):
        what = f"unknown columns {unknown}" if unknown else "repeated columns"
        raise ClaimFormatError(f"bad CSV header: {what}", path=name, line=1)
    columns = set(header)
    needed = ["subject", "source_name"]
    if "low" in columns or "high" in columns:
        needed += ["low", "high"]
    else:
        needed.append("value")
    missing = [c for c in needed if c not in columns]
    if missing:
        raise ClaimFormatError(
            f"bad CSV header: missing columns {missing} (needed: subject, source_name, and "
            "low and high, or value to derive them from)",
            path=name,
            line=1,
        )


def read_csv(path: PathOrFile, *, errors: list[ClaimFormatError] | None = None) -> list[Claim]:
    """Read claims from a CSV file written by :func:`write_csv` (or by hand).

    The header must name columns of :data:`CSV_COLUMNS` (in any order; ``subject``,
    ``source_name`` and the figure's ``low`` and ``high`` are needed, the others may
    be left out).  Without ``low`` and ``high`` columns, each figure's interval is
    derived from its ``value`` and ``hedge`` as :meth:`Figure.of` does.  Empty cells
    are missing values (an empty ``low`` or ``high`` is an open end).

    Args:
        path: A file path or an open text file (opened with ``newline=""``).
        errors: If None, the first bad row raises; if a list, bad rows are appended
            to it and every good claim is returned.

    Returns:
        The claims in file order.

    Raises:
        ClaimFormatError: For a bad header, or a bad row when ``errors`` is None,
            naming the file and the line where the row starts.
    """
    name = _name_of(path)
    claims: list[Claim] = []
    with _opened(path, "r", newline="") as handle:
        reader = _csv_reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            return claims
        undecodable = _not_utf8("\x1f".join(header), name, 1)
        if undecodable is not None:
            raise undecodable
        _check_csv_header(header, name)
        while True:
            start = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                # The reader goes on with the next line: a bad row is skipped like the others.
                error = ClaimFormatError(f"malformed CSV: {exc}", path=name, line=start)
                if errors is None:
                    raise error from exc
                errors.append(error)
                continue
            if not cells or all(not c.strip() for c in cells):
                continue
            try:
                undecodable = _not_utf8("\x1f".join(cells), name, start)
                if undecodable is not None:
                    raise undecodable
                if len(cells) != len(header):
                    raise ClaimFormatError(
                        f"expected {len(header)} cells, got {len(cells)}", path=name, line=start
                    )
                try:
                    record = _csv_record(dict(zip(header, cells, strict=True)))
                except _BadValue as exc:
                    raise ClaimFormatError(str(exc), path=name, line=start) from exc
                claims.append(_from_dict(record, name, start))
            except ClaimFormatError as exc:
                if errors is None:
                    raise
                errors.append(_detached(exc))
    return claims


# ---------------------------------------------------------------------------
# ClaimReview (schema.org JSON-LD)
# ---------------------------------------------------------------------------

_PERSON_KINDS = frozenset({"person", "official", "spokesperson", "unnamed"})


def _figure_phrase(figure: Figure) -> str:
    """The figure as stated, or rendered as a phrase when no surface text was kept."""
    return figure.text or str(figure)


def _party(source: Source) -> dict[str, Any]:
    kind = (source.kind or "").lower()
    return {"@type": "Person" if kind in _PERSON_KINDS else "Organization", "name": source.name}


def _iso_date(value: date | datetime) -> str:
    if isinstance(value, datetime) and (value.tzinfo is None or value.utcoffset() is None):
        raise ClaimFormatError(f"review_date must be timezone-aware, got {value.isoformat()}")
    return value.isoformat()


def to_claimreview(
    claim: Claim,
    *,
    rating: str,
    reviewer: str,
    review_url: str | None = None,
    review_date: date | datetime | None = None,
    rating_value: int | None = None,
    best: int | None = None,
    worst: int | None = None,
) -> dict[str, Any]:
    """Describe a fact check of a claim as schema.org ClaimReview JSON-LD.

    Follows Google's fact-check structured data: ``claimReviewed`` (``"subject:
    figure"``; replace it with your own summary of under 75 characters if needed),
    ``reviewRating`` (a Rating with ``alternateName``), ``url`` of the review and
    ``author`` (the fact-checking organisation), and the recommended
    ``itemReviewed`` Claim with its ``author`` (the claimant), ``datePublished``
    (when it was stated) and ``appearance`` (the document, its date and publisher).

    Args:
        claim: The claim reviewed.
        rating: The textual verdict ("False", "Misleading", "Accurate").
        reviewer: The fact-checking organisation.
        review_url: The page hosting the fact check (required by Google; left out if None).
        review_date: When the review was published.
        rating_value: A numeric rating on the scale ``worst``..``best``.
        best: The best rating of the scale.
        worst: The worst rating of the scale.

    Returns:
        A JSON-serialisable dict with ``"@context": "https://schema.org"``.

    Raises:
        ClaimFormatError: For an empty rating or reviewer, a naive review date, or a
            numeric rating outside the scale.
    """
    if not rating.strip() or not reviewer.strip():
        raise ClaimFormatError("a ClaimReview needs a non-empty rating and reviewer")
    low = worst if worst is not None else None
    high = best if best is not None else None
    if low is not None and high is not None and low > high:
        raise ClaimFormatError(f"worst rating {low} exceeds best rating {high}")
    if rating_value is not None and (
        (low is not None and rating_value < low) or (high is not None and rating_value > high)
    ):
        raise ClaimFormatError(f"rating_value {rating_value} lies outside {low}..{high}")
    review_rating: dict[str, Any] = {"@type": "Rating", "alternateName": rating}
    for key, number in (
        ("ratingValue", rating_value),
        ("bestRating", best),
        ("worstRating", worst),
    ):
        if number is not None:
            review_rating[key] = number
    item: dict[str, Any] = {
        "@type": "Claim",
        "author": _party(claim.source),
        "name": claim.subject,
    }
    if claim.stated_at is not None:
        item["datePublished"] = claim.stated_at.isoformat()
    p = claim.provenance
    if p.url or p.outlet or p.published:
        appearance: dict[str, Any] = {"@type": "CreativeWork"}
        if p.url:
            appearance["url"] = p.url
        if p.published is not None:
            appearance["datePublished"] = p.published.isoformat()
        if p.outlet:
            appearance["publisher"] = {"@type": "Organization", "name": p.outlet}
        if p.quote:
            appearance["text"] = p.quote
        item["appearance"] = appearance
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": f"{claim.subject}: {_figure_phrase(claim.figure)}",
        "author": {"@type": "Organization", "name": reviewer},
        "reviewRating": review_rating,
        "itemReviewed": item,
    }
    if review_url is not None:
        review["url"] = review_url
    if review_date is not None:
        review["datePublished"] = _iso_date(review_date)
    return review


def write_claimreview(
    reviews: Iterable[dict[str, Any]], path: PathOrFile, *, graph: bool = False
) -> int:
    """Write ClaimReview dicts as one JSON-LD document and return how many were written.

    Args:
        reviews: Dicts from :func:`to_claimreview`.
        path: A file path (UTF-8; replaced only once the whole file is written, so
            a failed write leaves it as it was) or an open text file.
        graph: If False, a JSON array of reviews (each with its ``@context``); if
            True, one ``{"@context": ..., "@graph": [...]}`` object.

    Returns:
        The number of reviews written.
    """
    items = list(reviews)
    document: Any
    if graph:
        document = {
            "@context": "https://schema.org",
            "@graph": [{k: v for k, v in r.items() if k != "@context"} for r in items],
        }
    else:
        document = items
    with _opened(path, "w", newline="\n") as out:
        json.dump(document, out, ensure_ascii=False, indent=2, allow_nan=False)
        out.write("\n")
    return len(items)


# ---------------------------------------------------------------------------
# Parquet and data frames (optional: pyarrow, pandas)
# ---------------------------------------------------------------------------

_INSTALL_HINT = 'pip install -e ".[parquet]" in a claimtrack clone'


def _import_pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.compute
        import pyarrow.dataset
        import pyarrow.parquet
    except ImportError as exc:
        raise MissingDependency(
            f"Parquet support needs pyarrow, which is not installed: {_INSTALL_HINT}"
        ) from exc
    return pyarrow


def _import_pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise MissingDependency(
            f"data frame support needs pandas, which is not installed: {_INSTALL_HINT}"
        ) from exc
    return pandas


_TIME_COLUMNS = ("stated_at", "valid_at", "published")

PARQUET_COLUMNS: tuple[str, ...] = (
    "id",
    "subject",
    "value",
    "low",
    "high",
    "hedge",
    "unit",
    "figure_text",
    "source_name",
    "source_kind",
    "reported_by",
    "stated_at",
    "stated_at_offset",
    "valid_at",
    "valid_at_offset",
    "url",
    "published",
    "published_offset",
    "outlet",
    "document",
    "quote",
    "span_start",
    "span_end",
    "key",
    "parts_of",
    "group",
    "tags",
)
"""The columns of the Parquet file and of :func:`to_dataframe`, in order."""


def parquet_schema() -> pyarrow.Schema:
    """Return the explicit pyarrow schema of claim tables (with the schema version).

    Raises:
        ImportError: If pyarrow is not installed.
    """
    pa = _import_pyarrow()
    text = pa.string()
    stamp = pa.timestamp("us", tz="UTC")
    chain = pa.list_(pa.struct([("name", text), ("kind", text)]))
    types: dict[str, Any] = {
        "id": text,
        "subject": text,
        "value": pa.float64(),
        "low": pa.float64(),
        "high": pa.float64(),
        "hedge": text,
        "unit": text,
        "figure_text": text,
        "source_name": text,
        "source_kind": text,
        "reported_by": chain,
        "stated_at": stamp,
        "stated_at_offset": pa.int32(),
        "valid_at": stamp,
        "valid_at_offset": pa.int32(),
        "url": text,
        "published": stamp,
        "published_offset": pa.int32(),
        "outlet": text,
        "document": text,
        "quote": text,
        "span_start": pa.int64(),
        "span_end": pa.int64(),
        "key": text,
        "parts_of": text,
        "group": text,
        "tags": pa.list_(text),
    }
    required = {"id", "subject", "hedge", "unit", "figure_text", "source_name", "tags"}
    fields = [pa.field(n, types[n], nullable=n not in required) for n in PARQUET_COLUMNS]
    return pa.schema(fields, metadata={b"claimtrack.schema": str(SCHEMA_VERSION).encode()})


def _offset_minutes(claim: Claim, column: str, value: datetime | None) -> int | None:
    if value is None:
        return None
    offset = value.utcoffset()
    assert offset is not None
    seconds = offset.total_seconds()
    if seconds % 60:
        raise ClaimFormatError(
            f"claim {claim.id}: Parquet keeps UTC offsets in whole minutes; {column} has "
            f"{offset}; use JSON Lines"
        )
    return int(seconds // 60)


def _columns(claims: Iterable[Claim]) -> dict[str, list[Any]]:
    cols: dict[str, list[Any]] = {name: [] for name in PARQUET_COLUMNS}
    add = {name: cols[name].append for name in PARQUET_COLUMNS}
    for c in claims:
        f, s, p = c.figure, c.source, c.provenance
        add["id"](c.id)
        add["subject"](c.subject)
        add["value"](f.value)
        add["low"](f.low)
        add["high"](f.high)
        add["hedge"](f.hedge.value)
        add["unit"](f.unit)
        add["figure_text"](f.text)
        add["source_name"](s.name)
        add["source_kind"](s.kind)
        reporter, chain = s.reported_by, []
        while reporter is not None:
            chain.append({"name": reporter.name, "kind": reporter.kind})
            reporter = reporter.reported_by
        add["reported_by"](chain)
        for column, value in (
            ("stated_at", c.stated_at),
            ("valid_at", c.valid_at),
            ("published", p.published),
        ):
            add[column](value)
            add[f"{column}_offset"](_offset_minutes(c, column, value))
        add["url"](p.url)
        add["outlet"](p.outlet)
        add["document"](p.document)
        add["quote"](p.quote)
        add["span_start"](None if p.span is None else p.span[0])
        add["span_end"](None if p.span is None else p.span[1])
        add["key"](c.key)
        add["parts_of"](c.parts_of)
        add["group"](c.group)
        add["tags"](sorted(c.tags))
    return cols


def _to_table(claims: Iterable[Claim]) -> pyarrow.Table:
    pa = _import_pyarrow()
    schema = parquet_schema()
    cols = _columns(claims)
    arrays = [pa.array(cols[f.name], type=f.type) for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


def _check_table_version(metadata: dict[bytes, bytes] | None, name: str) -> None:
    raw = (metadata or {}).get(b"claimtrack.schema")
    if raw is None:
        return
    try:
        version = int(raw)
    except ValueError:
        raise ClaimFormatError(f"bad claimtrack schema version {raw!r}", path=name) from None
    if version > SCHEMA_VERSION:
        raise ClaimFormatError(
            f"schema {version} was written by a newer claimtrack (this one reads schema "
            f"{SCHEMA_VERSION}); upgrade claimtrack",
            path=name,
        )


class _Times:
    """Rebuild aware datetimes from UTC microseconds and an offset in minutes (cached epochs)."""

    def __init__(self) -> None:
        self._epochs: dict[int, datetime] = {}

    def __call__(self, micros: int | None, minutes: int | None, column: str) -> datetime | None:
        if micros is None:
            return None
        offset = minutes or 0
        epoch = self._epochs.get(offset)
        if epoch is None:
            if not -_DAY_MINUTES < offset < _DAY_MINUTES:
                raise _BadValue(
                    f"{column}_offset: {offset} minutes is no UTC offset (under 24 hours)"
                )
            zone = UTC if offset == 0 else timezone(timedelta(minutes=offset))
            epoch = self._epochs[offset] = _EPOCH.astimezone(zone)
        try:
            return epoch + timedelta(microseconds=micros)
        except OverflowError:
            raise _BadValue(f"{column}: {micros} microseconds is out of range") from None


_DAY_MINUTES = 24 * 60


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _from_table(table: pyarrow.Table, name: str) -> list[Claim]:
    pa = _import_pyarrow()
    _check_table_version(table.schema.metadata, name)
    schema = parquet_schema()
    missing = [c for c in PARQUET_COLUMNS if c not in table.column_names]
    if missing:
        raise ClaimFormatError(f"missing columns {missing}", path=name)
    for field in schema:
        data = table.column(field.name)
        if not field.nullable and data.null_count:
            row = pa.compute.index(data.is_null(), True).as_py()
            raise ClaimFormatError(
                f"row {row}: {field.name}: empty (null) in a column every claim needs", path=name
            )
    try:
        table = table.select(list(PARQUET_COLUMNS)).cast(schema)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError) as exc:
        raise ClaimFormatError(f"columns do not match the claim schema: {exc}", path=name) from exc
    columns = []
    for column in PARQUET_COLUMNS:
        data = table.column(column)
        if column in _TIME_COLUMNS:  # integers are much cheaper to bring into Python
            data = data.cast(pa.int64())
        columns.append(data.to_pylist())
    hedges = {h.value: h for h in Hedge}
    units: dict[str, str] = {}
    reporters: dict[tuple[tuple[str, str | None], ...], Source] = {}
    when = _Times()
    claims: list[Claim] = []
    for row, (
        id_,
        subject,
        value,
        low,
        high,
        hedge_name,
        unit_name,
        figure_text,
        source_name,
        source_kind,
        chain,
        stated_at,
        stated_at_offset,
        valid_at,
        valid_at_offset,
        url,
        published,
        published_offset,
        outlet,
        document,
        quote,
        span_start,
        span_end,
        key,
        parts_of,
        group,
        tags,
    ) in enumerate(zip(*columns, strict=True)):
        try:
            hedge = hedges.get(hedge_name)
            if hedge is None:
                raise _BadValue(f"hedge: unknown hedge {hedge_name!r}")
            unit = units.get(unit_name)
            if unit is None:
                unit = units[unit_name] = _structure_unit(unit_name, str)
            reporter: Source | None = None
            if chain:
                if len(chain) > MAX_CHAIN:
                    raise _BadValue(
                        f"reported_by: a reporting chain of more than {MAX_CHAIN} intermediaries"
                    )
                links = tuple((node["name"], node["kind"]) for node in chain)
                reporter = reporters.get(links)
                if reporter is None:
                    try:
                        for link_name, link_kind in reversed(links):
                            reporter = Source(link_name, link_kind, reporter)
                    except ClaimtrackError as exc:
                        raise _BadValue(f"reported_by: {exc}") from None
                    assert reporter is not None
                    reporters[links] = reporter
            claims.append(
                Claim(
                    id=id_,
                    subject=subject,
                    figure=Figure(value, low, high, hedge, unit, figure_text),
                    source=Source(source_name, source_kind, reporter),
                    stated_at=when(stated_at, stated_at_offset, "stated_at"),
                    valid_at=when(valid_at, valid_at_offset, "valid_at"),
                    provenance=Provenance(
                        url=url,
                        published=when(published, published_offset, "published"),
                        outlet=outlet,
                        document=document,
                        quote=quote,
                        span=None
                        if span_start is None and span_end is None
                        else (span_start, span_end),
                    ),
                    key=key,
                    parts_of=parts_of,
                    group=group,
                    tags=tags or (),
                )
            )
        except (ClaimtrackError, TypeError, ValueError) as exc:  # _BadValue is a ValueError
            raise ClaimFormatError(f"row {row}: {exc}", path=name) from exc
    return claims


def write_parquet(
    claims: Iterable[Claim],
    path: str | os.PathLike[str],
    *,
    partition_cols: Sequence[str] | None = None,
) -> int:
    """Write claims to a Parquet file (or a partitioned dataset directory).

    The columns are :data:`PARQUET_COLUMNS` with the types of :func:`parquet_schema`;
    the file metadata holds ``claimtrack.schema``.  Times are UTC timestamps with
    their original UTC offset in minutes beside them, so reading gives back the
    same offsets.

    Args:
        claims: The claims.
        path: The file to write (replaced only once complete), or the dataset
            directory if ``partition_cols`` is given.
        partition_cols: Columns to partition a hive-style dataset by (low-cardinality
            text columns such as ``group``, ``unit``, ``outlet``); row order is then
            not kept.

    Returns:
        The number of claims written.

    Raises:
        ImportError: If pyarrow is not installed.
        ClaimFormatError: For a time whose UTC offset is not a whole number of minutes,
            an unknown partition column, or a partition value that cannot name a
            folder (empty, or with control characters or slashes).
    """
    pa = _import_pyarrow()
    table = _to_table(claims)
    if partition_cols:
        bad = [c for c in partition_cols if c not in PARQUET_COLUMNS]
        if bad:
            raise ClaimFormatError(f"unknown partition columns {bad}", path=os.fspath(path))
        for column in partition_cols:
            for value in set(table.column(column).to_pylist()):
                if isinstance(value, str) and not _PARTITION_SAFE.fullmatch(value):
                    raise ClaimFormatError(
                        f"cannot partition by {column}={value!r}: a partition value must be "
                        "a non-empty name without control characters, '/' or '\\'",
                        path=os.fspath(path),
                    )
        schema = parquet_schema()
        pa.dataset.write_dataset(
            table,
            os.fspath(path),
            format="parquet",
            partitioning=pa.dataset.partitioning(
                pa.schema([schema.field(c) for c in partition_cols]), flavor="hive"
            ),
            basename_template=f"part-{uuid.uuid4().hex}-{{i}}.parquet",
            existing_data_behavior="overwrite_or_ignore",
        )
    else:
        with _replaced(path) as temp:
            pa.parquet.write_table(table, temp)
    return int(table.num_rows)


_PARTITION_SAFE = re.compile(r"[^\x00-\x1f\x7f/\\]+")


def read_parquet(path: str | os.PathLike[str]) -> list[Claim]:
    """Read claims from a Parquet file or a (hive-partitioned) dataset directory.

    Raises:
        ImportError: If pyarrow is not installed.
        ClaimFormatError: For a file from a newer claimtrack, missing or mistyped
            columns, or an invalid row (named by its 0-based row number).
    """
    pa = _import_pyarrow()
    name = os.fspath(path)
    if Path(name).is_dir():
        schema = parquet_schema()
        partitioning = _nested_partitioning(pa, Path(name), schema)
        dataset = pa.dataset.dataset(
            name, format="parquet", partitioning=partitioning, schema=schema
        )
        table = dataset.to_table()
        metadata = None
        for fragment in dataset.get_fragments():
            metadata = fragment.physical_schema.metadata
            break
        _check_table_version(metadata, name)
    else:
        try:
            table = pa.parquet.read_table(name)
        except pa.ArrowInvalid as exc:
            raise ClaimFormatError(f"not a Parquet file: {exc}", path=name) from exc
    return _from_table(table, name)


def _nested_partitioning(pa: Any, root: Path, schema: Any) -> Any:
    """Discover hive partition keys by walking the first path of ``key=value`` folders."""
    keys: list[str] = []
    node = root
    while True:
        subdirs = sorted(d for d in node.iterdir() if d.is_dir() and "=" in d.name)
        if not subdirs:
            break
        key = subdirs[0].name.split("=", 1)[0]
        if key not in schema.names or key in keys:
            raise ClaimFormatError(f"unknown partition folder {subdirs[0].name!r}", path=str(root))
        keys.append(key)
        node = subdirs[0]
    return pa.dataset.partitioning(pa.schema([schema.field(k) for k in keys]), flavor="hive")


def to_dataframe(claims: Iterable[Claim]) -> pandas.DataFrame:
    """Return claims as a pandas DataFrame with the columns :data:`PARQUET_COLUMNS`.

    Times are ``datetime64[us, UTC]`` beside their ``*_offset`` columns (minutes);
    spans and offsets are nullable integers; ``reported_by`` holds lists of
    ``{"name", "kind"}`` dicts, innermost intermediary first; ``tags`` holds lists.

    Raises:
        ImportError: If pyarrow or pandas is not installed.
    """
    pd = _import_pandas()
    pa = _import_pyarrow()
    mapper = {pa.int64(): pd.Int64Dtype(), pa.int32(): pd.Int32Dtype()}.get
    frame = _to_table(claims).to_pandas(types_mapper=mapper)
    return frame


def from_dataframe(df: pandas.DataFrame) -> list[Claim]:
    """Build claims from a DataFrame shaped like :func:`to_dataframe`'s output.

    Raises:
        ImportError: If pyarrow or pandas is not installed.
        ClaimFormatError: For missing or mistyped columns or an invalid row.
    """
    _import_pandas()
    pa = _import_pyarrow()
    try:
        table = pa.Table.from_pandas(df, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise ClaimFormatError(f"cannot read the data frame: {exc}", path="<DataFrame>") from exc
    return _from_table(table, "<DataFrame>")
