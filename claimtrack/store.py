"""A persistent claim store on SQLite: the one place where sqlite3 is used.

A :class:`ClaimStore` is one SQLite file.  Each claim is kept once, keyed by its
content-derived :attr:`~claimtrack.Claim.id`, as one compact row (about 150 bytes):
subjects, source chains, units and documents are interned in side tables, numbers
and times are columns, and only the fields left that are not at their defaults go
into a small JSON object.  Claims read back are equal to those stored, down to
``-0.0`` and the UTC offsets of their date-times::

    >>> from claimtrack.model import Claim, Figure, Source
    >>> from claimtrack.store import ClaimStore
    >>> claim = Claim(subject="US troops in Poland", figure=Figure.of(1700, "troops"),
    ...               source=Source("Pentagon"))
    >>> with ClaimStore(":memory:") as store:
    ...     store.add(claim), store.add(claim), len(store), store.get(claim.id) == claim
    (True, False, 1, True)

Several processes on one machine may read and write the same file at once (WAL
mode; a writer waits up to ``timeout`` seconds for another to finish).  Every
write call is one transaction: a crash or a kill in the middle of
:meth:`ClaimStore.add_many` leaves the store as it was before the call.
``docs/how-to/share-a-store.md`` explains sharing, backups and migrations.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import json
import math
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, NoReturn

import attrs

from claimtrack import formats, quantities
from claimtrack.exceptions import (
    ClaimFormatError,
    ClaimNotFound,
    ClaimtrackError,
    InvalidClaim,
    StoreError,
    StoreVersionError,
)
from claimtrack.model import Claim, Figure, Hedge, Provenance, Source

__all__ = ["SCHEMA_VERSION", "ClaimStore", "ImportResult", "RevisionResult"]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_CHUNK = 20_000  # rows handed to one executemany call
_PAGE = 2_000  # rows fetched per page when iterating
_BULK_CACHE_KIB = 512 * 1024  # page cache during add_many / import_file (allocated as used)
_CACHE_KIB = 32 * 1024  # page cache otherwise
_CASEFOLD = "claimtrack_casefold"  # str.casefold, registered on each connection
_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}

# ---------------------------------------------------------------------------
# Schema and migrations
# ---------------------------------------------------------------------------

_V1_DDL = (
    """
    CREATE TABLE claims (
        id          TEXT PRIMARY KEY,  -- Claim.id (content-derived)
        subject     TEXT NOT NULL,
        source_name TEXT NOT NULL,     -- Claim.source.name (the claimant)
        stated_at   INTEGER,           -- microseconds since 1970-01-01 UTC, or NULL
        unit        TEXT NOT NULL,     -- canonical unit name
        dimension   TEXT NOT NULL,     -- quantities.dimension(unit), e.g. "[person]"
        value       REAL,
        low         REAL,
        high        REAL,
        record      TEXT NOT NULL      -- json.dumps(formats.claim_to_dict(claim))
    )
    """,
    "CREATE INDEX claims_by_subject ON claims (subject, dimension, stated_at, low, high, value)",
    "CREATE INDEX claims_by_source ON claims (source_name, stated_at)",
    "CREATE INDEX claims_by_time ON claims (stated_at)",
    "CREATE INDEX claims_by_dimension ON claims (dimension, unit, stated_at)",
    """
    CREATE TABLE claim_tags (
        id  TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (id, tag)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX claim_tags_by_tag ON claim_tags (tag, id)",
)
"""The version 1 layout, kept verbatim: one wide row a claim with its full JSON record."""


def _create_v1(db: sqlite3.Connection) -> None:
    """Migrate an empty database (version 0) to version 1: create the tables and indexes."""
    for statement in _V1_DDL:
        db.execute(statement)


_V2_TABLES = (
    # Interned values: a claim row holds small integers instead of repeated text.
    "CREATE TABLE subjects (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    # A source chain as its compact JSON (the claimant first); name is the claimant's.
    "CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
    " record TEXT NOT NULL UNIQUE)",
    "CREATE INDEX sources_by_name ON sources (name)",
    """
    CREATE TABLE units (
        id        INTEGER PRIMARY KEY,
        name      TEXT NOT NULL UNIQUE,  -- canonical unit name
        dimension TEXT NOT NULL          -- quantities.dimension(name), e.g. "[person]"
    )
    """,
    "CREATE INDEX units_by_dimension ON units (dimension)",
    # The document part of a provenance (url, published, outlet, document) as compact
    # JSON; the per-claim quote and span stay in claims.extra.
    "CREATE TABLE documents (id INTEGER PRIMARY KEY, record TEXT NOT NULL UNIQUE)",
)

_V2_CLAIMS = (
    """
    CREATE TABLE claims (
        id          TEXT NOT NULL UNIQUE,  -- Claim.id
        subject_id  INTEGER NOT NULL,      -- subjects.id
        source_id   INTEGER NOT NULL,      -- sources.id
        unit_id     INTEGER NOT NULL,      -- units.id
        stated_at   INTEGER,               -- microseconds since 1970-01-01 UTC, or NULL
        value       REAL,
        low         REAL,
        high        REAL,
        hedge       TEXT NOT NULL,         -- Hedge.value
        document_id INTEGER,               -- documents.id, NULL when none
        extra       TEXT                   -- compact JSON of the other non-default fields
    )
    """,
    # Narrow indexes: each entry ends with the rowid, so that one subject's (or
    # source's) claims come out in insertion order without a sort.  Every index
    # costs about 1 us a claim on import; none on unit_id: a store holds few units,
    # so a unit or dimension matches a large share of the claims and a scan in
    # rowid order serves it as well.
    "CREATE INDEX claims_by_subject ON claims (subject_id)",
    "CREATE INDEX claims_by_source ON claims (source_id)",
    "CREATE INDEX claims_by_time ON claims (stated_at)",
)

_V2_TAGS = (
    """
    CREATE TABLE claim_tags (
        id  TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (id, tag)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX claim_tags_by_tag ON claim_tags (tag, id)",
)


def _v1_to_v2(db: sqlite3.Connection) -> None:
    """Migrate version 1 to 2: intern subjects, sources, units and documents; compact records.

    Version 1 kept about 900 bytes a claim (a full JSON record next to wide
    indexed text columns), which made a million-claim import write 1.8 GB.  Each
    version 1 record is decoded with :func:`claimtrack.formats.claim_from_dict`
    and rewritten under its old rowid, so that insertion order and tags survive.
    """
    for statement in _V2_TABLES:
        db.execute(statement)
    db.execute(_V2_CLAIMS[0].replace("CREATE TABLE claims", "CREATE TABLE claims_v2", 1))
    writer = _Writer(db, table="claims_v2", explicit_rowid=True)
    last = 0
    while True:
        page = db.execute(
            "SELECT rowid, id, record FROM claims WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (last, _PAGE),
        ).fetchall()
        rows = []
        for rowid, claim_id, record in page:
            try:
                claim = formats.claim_from_dict(json.loads(record))
            except (ValueError, TypeError) as exc:
                raise StoreError(f"stored claim {claim_id} cannot be read: {exc}") from exc
            rows.append((rowid, *writer.row(claim)))
        db.executemany(writer.sql, rows)
        writer.forget_objects()
        if len(page) < _PAGE:
            break
        last = page[-1][0]
    # Dropping claims would cascade to claim_tags: drop the tags first, and put them back.
    tags = db.execute("SELECT id, tag FROM claim_tags").fetchall()
    db.execute("DROP TABLE claim_tags")
    db.execute("DROP TABLE claims")
    db.execute("ALTER TABLE claims_v2 RENAME TO claims")
    for statement in _V2_CLAIMS[1:] + _V2_TAGS:
        db.execute(statement)
    db.executemany("INSERT INTO claim_tags (id, tag) VALUES (?, ?)", tags)


def _v2_to_v3(db: sqlite3.Connection) -> None:
    """Migrate version 2 to 3: currencies are named ("dollar") instead of coded ("USD").

    Only the interned units change: currency names, and the dimension of the count
    noun "time" (occasions, no longer durations).  Each claim keeps the id it was
    stored under, so references between claims hold.
    """
    for code, name in quantities.currency_names().items():
        db.execute("UPDATE units SET name = ? WHERE name = ?", (name, code))
    for (name,) in db.execute("SELECT name FROM units").fetchall():
        try:
            dimension = quantities.dimension(name)
        except ClaimtrackError:
            continue  # a count noun this process has not defined keeps its row as it is
        db.execute("UPDATE units SET dimension = ? WHERE name = ?", (dimension, name))


def _v3_to_v4(db: sqlite3.Connection) -> None:
    """Migrate version 3 to 4: metres and litres are spelled the SI way ("kilometre").

    Every interned unit takes its current canonical name ("kilometer" becomes
    "kilometre", "euro_per_liter" "euro_per_litre"); a unit whose new name is already
    interned is merged into that row.  Claims keep the ids they were stored under.
    """
    for unit_id, name in db.execute("SELECT id, name FROM units").fetchall():
        try:
            canonical = quantities.canonical_unit_name(name)
        except ClaimtrackError:
            continue  # a count noun this process has not defined keeps its row as it is
        if canonical == name:
            continue
        row = db.execute("SELECT id FROM units WHERE name = ?", (canonical,)).fetchone()
        if row is None:
            db.execute("UPDATE units SET name = ? WHERE id = ?", (canonical, unit_id))
        else:
            db.execute("UPDATE claims SET unit_id = ? WHERE unit_id = ?", (row[0], unit_id))
            db.execute("DELETE FROM units WHERE id = ?", (unit_id,))


_MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _create_v1,
    _v1_to_v2,
    _v2_to_v3,
    _v3_to_v4,
]
"""``_MIGRATIONS[n]`` takes a store from schema version ``n`` to ``n + 1``.

Append a function to change the schema; never edit one that has shipped.
"""

SCHEMA_VERSION = len(_MIGRATIONS)
"""The store schema version this code writes (kept in ``PRAGMA user_version``)."""


# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------


def _check_count(_: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    if type(value) is not int or value < 0:
        raise ValueError(f"{attribute.name} must be a non-negative int, got {value!r}")


def _to_errors(value: Iterable[ClaimFormatError]) -> tuple[ClaimFormatError, ...]:
    return tuple(value)


def _check_errors(_: Any, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    if not all(isinstance(e, ClaimFormatError) for e in value):
        raise ValueError(f"{attribute.name} must hold ClaimFormatError instances")


@attrs.frozen(slots=True)
class ImportResult:
    """What :meth:`ClaimStore.import_file` did.

    Attributes:
        added: Claims newly written to the store.
        duplicates: Good records whose claim was already stored (or repeated in the file),
            and so not written.
        rejected: The bad records skipped, each naming file and line (only with
            ``on_error="skip"``).
        replaced: Stored claims that records with their ids replaced (only with
            ``replace=True``).
    """

    added: int = attrs.field(validator=_check_count)
    duplicates: int = attrs.field(validator=_check_count)
    rejected: tuple[ClaimFormatError, ...] = attrs.field(
        default=(), converter=_to_errors, validator=_check_errors
    )
    replaced: int = attrs.field(default=0, validator=_check_count)


@attrs.frozen(slots=True)
class RevisionResult:
    """What :meth:`ClaimStore.revise` did.

    Attributes:
        added: Claims of the new versions newly written to the store.
        unchanged: Claims of the new versions stored already (kept as stored), or repeated.
        removed: Stored claims of the earlier versions that the new ones no longer
            make, deleted.
    """

    added: int = attrs.field(validator=_check_count)
    unchanged: int = attrs.field(validator=_check_count)
    removed: int = attrs.field(validator=_check_count)


# ---------------------------------------------------------------------------
# Helpers: rows out of claims, claims out of rows
# ---------------------------------------------------------------------------


def _micros(moment: datetime) -> int:
    """Return an aware datetime as whole microseconds since the Unix epoch (UTC)."""
    return (moment - _EPOCH) // _MICROSECOND


def _check_moment(name: str, moment: datetime | None) -> int | None:
    if moment is None:
        return None
    if not isinstance(moment, datetime) or moment.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {moment!r}")
    return _micros(moment)


_quote = json.encoder.encode_basestring_ascii  # the C string encoder json.dumps uses
_HEDGES = {hedge.value: hedge for hedge in Hedge}


def _source_json(source: Source) -> str:
    """Return a source chain as compact JSON, leaving out null fields."""
    text = '{"name":' + _quote(source.name)
    if source.kind is not None:
        text += ',"kind":' + _quote(source.kind)
    if source.reported_by is not None:
        text += ',"reported_by":' + _source_json(source.reported_by)
    return text + "}"


def _source_from(record: dict[str, Any]) -> Source:
    by = record.get("reported_by")
    return Source(record["name"], record.get("kind"), None if by is None else _source_from(by))


def _document_json(p: Provenance) -> str | None:
    """Return the document part of a provenance as compact JSON, or None if it is empty."""
    parts = []
    if p.url is not None:
        parts.append('"url":' + _quote(p.url))
    if p.published is not None:
        parts.append(f'"published":"{p.published.isoformat()}"')
    if p.outlet is not None:
        parts.append('"outlet":' + _quote(p.outlet))
    if p.document is not None:
        parts.append('"document":' + _quote(p.document))
    return "{" + ",".join(parts) + "}" if parts else None


def _is_negative_zero(number: float | None) -> bool:
    return number is not None and number == 0 and math.copysign(1.0, number) < 0


def _extra_json(claim: Claim) -> str | None:
    """Return the claim's fields that no column holds, as compact JSON; None if all default.

    A column cannot keep ``-0.0`` (SQLite stores it as ``0``) or the UTC offset of
    ``stated_at``: those go here too when they matter.
    """
    f = claim.figure
    p = claim.provenance
    stated = claim.stated_at
    if (
        not f.text
        and p.quote is None
        and p.span is None
        and claim.valid_at is None
        and claim.key is None
        and claim.parts_of is None
        and claim.group is None
        and not claim.tags
        and (stated is None or stated.tzinfo is UTC)
        and f.value != 0
        and f.low != 0
        and f.high != 0
    ):
        return None  # the common case of a bulk import, checked first
    parts = []
    if f.text:
        parts.append('"text":' + _quote(f.text))
    if _is_negative_zero(f.value):
        parts.append('"value":-0.0')
    if _is_negative_zero(f.low):
        parts.append('"low":-0.0')
    if _is_negative_zero(f.high):
        parts.append('"high":-0.0')
    if stated is not None and stated.tzinfo is not UTC and stated.utcoffset():
        parts.append(f'"stated_at":"{stated.isoformat()}"')
    if claim.valid_at is not None:
        parts.append(f'"valid_at":"{claim.valid_at.isoformat()}"')
    if p.quote is not None:
        parts.append('"quote":' + _quote(p.quote))
    if p.span is not None:
        parts.append(f'"span":[{p.span[0]},{p.span[1]}]')
    for name, text in (("key", claim.key), ("parts_of", claim.parts_of), ("group", claim.group)):
        if text is not None:
            parts.append(f'"{name}":' + _quote(text))
    if claim.tags:
        parts.append('"tags":[' + ",".join(_quote(t) for t in sorted(claim.tags)) + "]")
    return "{" + ",".join(parts) + "}" if parts else None


class _Writer:
    """Turns claims into ``claims`` rows, interning subjects, sources, units and documents.

    Interned ids found or created here are remembered for the writer's lifetime;
    a writer lives inside one transaction, so a rollback cannot leave it holding
    ids that no longer exist.
    """

    def __init__(
        self, db: sqlite3.Connection, *, table: str = "claims", explicit_rowid: bool = False
    ) -> None:
        self.db = db
        columns = (
            "id, subject_id, source_id, unit_id, stated_at, value, low, high, hedge,"
            " document_id, extra"
        )
        marks = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
        if explicit_rowid:
            columns, marks = f"rowid, {columns}", f"?, {marks}"
        self.sql = f"INSERT OR IGNORE INTO {table} ({columns}) VALUES ({marks})"
        self.subjects: dict[str, int] = {}
        self.units: dict[str, int] = {}
        self.sources: dict[Source, int] = {}
        self.documents: dict[str | None, int | None] = {None: None}
        # By object identity (the object is kept alive, so its id() is not reused):
        # claims built in bulk share their Source and Provenance objects.
        self.seen_sources: dict[int, tuple[Source, int]] = {}
        self.seen_provenances: dict[int, tuple[Provenance, int | None]] = {}

    def forget_objects(self) -> None:
        """Empty the identity caches (which keep their objects alive); call once a chunk."""
        self.seen_sources.clear()
        self.seen_provenances.clear()

    def _intern(self, insert: str, select: str, values: tuple[Any, ...], key: Any) -> int:
        self.db.execute(insert, values)
        (found,) = self.db.execute(select, (key,)).fetchone()
        return int(found)

    def subject(self, name: str) -> int:
        found = self.subjects[name] = self._intern(
            "INSERT OR IGNORE INTO subjects (name) VALUES (?)",
            "SELECT id FROM subjects WHERE name = ?",
            (name,),
            name,
        )
        return found

    def unit(self, name: str) -> int:
        found = self.units[name] = self._intern(
            "INSERT OR IGNORE INTO units (name, dimension) VALUES (?, ?)",
            "SELECT id FROM units WHERE name = ?",
            (name, quantities.dimension(name)),
            name,
        )
        return found

    def source(self, source: Source) -> int:
        found = self.sources.get(source)
        if found is None:
            record = _source_json(source)
            found = self.sources[source] = self._intern(
                "INSERT OR IGNORE INTO sources (name, record) VALUES (?, ?)",
                "SELECT id FROM sources WHERE record = ?",
                (source.name, record),
                record,
            )
        self.seen_sources[id(source)] = (source, found)
        return found

    def document(self, provenance: Provenance) -> int | None:
        record = _document_json(provenance)  # by text: equal datetimes may differ in offset
        found = self.documents.get(record, -1)
        if found == -1:
            found = self.documents[record] = self._intern(
                "INSERT OR IGNORE INTO documents (record) VALUES (?)",
                "SELECT id FROM documents WHERE record = ?",
                (record,),
                record,
            )
        self.seen_provenances[id(provenance)] = (provenance, found)
        return found

    def row(self, claim: Claim) -> tuple[Any, ...]:
        """Return the ``claims`` row of one claim (the slow, general path of :meth:`rows`)."""
        figure = claim.figure
        stated = claim.stated_at
        return (
            claim.id,
            self.subjects.get(claim.subject) or self.subject(claim.subject),
            self.source(claim.source),
            self.units.get(figure.unit) or self.unit(figure.unit),
            None if stated is None else _micros(stated),
            figure.value,
            figure.low,
            figure.high,
            figure.hedge.value,
            self.document(claim.provenance),
            _extra_json(claim),
        )


_SELECT = (
    "SELECT c.id, s.name, r.record, u.name, c.stated_at, c.value, c.low, c.high, c.hedge,"
    " d.record, c.extra FROM claims c"
    " JOIN subjects s ON s.id = c.subject_id"
    " JOIN sources r ON r.id = c.source_id"
    " JOIN units u ON u.id = c.unit_id"
    " LEFT JOIN documents d ON d.id = c.document_id"
)
"""The columns :class:`_Reader` turns back into a claim."""

_NO_PROVENANCE = Provenance()
_CACHE_LIMIT = 50_000  # decoded sources and documents kept per store


class _Reader:
    """Builds claims back from ``_SELECT`` rows, without cattrs (about 4x faster).

    Decoded sources and documents are cached by their JSON text, which never
    changes meaning, so the caches stay right whatever other processes write.
    """

    def __init__(self) -> None:
        self.sources: dict[str, Source] = {}
        self.documents: dict[str, dict[str, Any]] = {}

    def source(self, record: str) -> Source:
        source = self.sources.get(record)
        if source is None:
            if len(self.sources) >= _CACHE_LIMIT:
                self.sources.clear()
            source = self.sources[record] = _source_from(json.loads(record))
        return source

    def document(self, record: str) -> dict[str, Any]:
        document = self.documents.get(record)
        if document is None:
            if len(self.documents) >= _CACHE_LIMIT:
                self.documents.clear()
            document = json.loads(record)
            if "published" in document:
                document["published"] = _aware(document["published"])
            self.documents[record] = document
        return document

    def claim(self, row: tuple[Any, ...]) -> Claim:
        """Return the claim of one ``_SELECT`` row."""
        cid, subject, source, unit, stated, value, low, high, hedge, document, extra = row
        more: dict[str, Any] = {} if extra is None else json.loads(extra)
        if more:
            value = more.get("value", value)
            low = more.get("low", low)
            high = more.get("high", high)
        figure = Figure(value, low, high, _HEDGES[hedge], unit, more.get("text", ""))
        if "stated_at" in more:
            stated_at: datetime | None = _aware(more["stated_at"])
        else:
            stated_at = None if stated is None else _EPOCH + timedelta(microseconds=stated)
        quote = more.get("quote")
        span = more.get("span")
        if document is None and quote is None and span is None:
            provenance = _NO_PROVENANCE
        else:
            fields = {} if document is None else self.document(document)
            provenance = Provenance(quote=quote, span=span, **fields)
        valid_at = more.get("valid_at")
        return Claim(
            subject=subject,
            figure=figure,
            source=self.source(source),
            stated_at=stated_at,
            valid_at=None if valid_at is None else _aware(valid_at),
            provenance=provenance,
            key=more.get("key"),
            parts_of=more.get("parts_of"),
            group=more.get("group"),
            tags=more.get("tags", _NO_TAGS),
            id=cid,
        )


def _sqlite_temp_folder() -> str:
    """The folder where SQLite puts its temporary files (large sorts, statement journals).

    SQLite's Unix rule: the first of ``SQLITE_TMPDIR``, ``TMPDIR``, ``/var/tmp``,
    ``/usr/tmp`` and ``/tmp`` that is a folder it may write to, else the current one.
    """
    for folder in (
        os.environ.get("SQLITE_TMPDIR"),
        os.environ.get("TMPDIR"),
        "/var/tmp",
        "/usr/tmp",
        "/tmp",
    ):
        if folder and os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK):
            return folder
    return os.curdir


def _aware(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.utcoffset() is None:
        raise ValueError(f"naive date-time {text!r}")
    return moment


_NO_TAGS: frozenset[str] = frozenset()


# ---------------------------------------------------------------------------
# The store
# ---------------------------------------------------------------------------


class ClaimStore:
    """A file of claims, queryable by subject, source, time, unit, dimension and tag.

    Opening a file creates it (and its schema) if needed and migrates a store
    written by an older claimtrack.  The store runs in WAL mode with
    ``synchronous=NORMAL``: a committed transaction survives a crash of the
    process, but the last transactions before a power cut or an operating-system
    crash may be lost (the file itself stays consistent).  Pass ``durable=True``
    for ``synchronous=FULL``, which syncs at every commit and is slower.

    A store object belongs to the thread that opened it; open one per thread or
    per process.  Use it as a context manager, or call :meth:`close`.

    ``read_only=True`` opens an existing store for reading only, without
    migrating it or creating it, which also works where the store cannot be
    written: read-only media, another user's store, a folder the process may not
    write to.  It creates, changes and leaves behind no file (no ``-wal`` or
    ``-shm`` either).  Where the process may not write the store and no writer
    has it open, the file is read as immutable, which assumes nobody starts
    writing to it meanwhile.

    Args:
        path: The database file, or ``":memory:"`` for a private in-memory store.
        timeout: Seconds a write waits for another process's transaction to end.
        durable: Sync to disk at every commit (``synchronous=FULL``).
        read_only: Open an existing store for reading only; writing raises
            :class:`StoreError`.
        create: Create the file and the store's tables where there are none yet
            (a missing file, an empty one, an empty SQLite database).  If False,
            those raise :class:`StoreError` and are left as they were: for a
            program that changes a store but must not start a new one.

    Raises:
        StoreVersionError: The file was written by a newer claimtrack (the file
            is left untouched).
        StoreError: The file cannot be opened or is not a claim store, or (with
            ``read_only``) needs migrating, or (with ``read_only`` or without
            ``create``) does not exist (its ``errno`` then ``ENOENT``) or holds no
            store yet.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] = "claims.db",
        *,
        timeout: float = 30.0,
        durable: bool = False,
        read_only: bool = False,
        create: bool = True,
    ) -> None:
        self.path = os.fspath(path)
        self.timeout = timeout
        self.read_only = read_only
        self._create = create and not read_only
        self._reader = _Reader()
        try:
            if read_only:
                self._db = self._connect_read_only()
            elif not create:
                self._refuse_missing()
                self._db = self._connect_uri(f"{Path(self.path).absolute().as_uri()}?mode=rw")
            else:
                self._db = sqlite3.connect(
                    self.path, timeout=timeout, isolation_level=None, check_same_thread=True
                )
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the claim store: {exc}") from exc
        self._db.create_function(_CASEFOLD, 1, str.casefold, deterministic=True)
        try:
            self._setup(durable)
        except BaseException:
            self._db.close()
            raise

    # -- opening -------------------------------------------------------------

    def _connect_read_only(self) -> sqlite3.Connection:
        """Open the file to read it, creating, changing and leaving behind no file.

        Where this process may write the file and its folder, the file is opened
        read-write (``mode=rw``, which never creates it) under ``PRAGMA query_only``:
        a WAL reader like any other, whose ``-wal`` and ``-shm`` files SQLite removes
        when the last connection closes; a ``mode=ro`` reader cannot remove them, and
        would leave them behind.  Elsewhere (another user's store, read-only media),
        the ``-wal`` and ``-shm`` of a writer that has the store open are shared
        with ``mode=ro``; without them nobody is writing and the file holds every
        committed claim, so it is read as ``immutable=1``, which makes no file
        either (``mode=ro`` would make both, owned by this user, and the owner
        could not write the store again until they were removed).
        """
        self._refuse_missing()
        uri = Path(self.path).absolute().as_uri()
        folder = os.path.dirname(os.path.abspath(self.path))
        if os.access(self.path, os.W_OK) and os.access(folder, os.W_OK):
            db = self._connect_uri(f"{uri}?mode=rw")
            db.execute("PRAGMA query_only=ON")
            return db
        wal = f"{self.path}-wal"
        if os.path.exists(wal) and os.path.exists(f"{self.path}-shm"):
            db = self._connect_uri(f"{uri}?mode=ro")
            try:
                db.execute("PRAGMA user_version").fetchone()  # opens the shared -shm
                return db
            except sqlite3.OperationalError:
                db.close()  # a -shm this process may not even read: read the file alone
        if os.path.exists(wal) and os.path.getsize(wal) > 0:
            # Changes an immutable reader would miss, and no -shm to read them with.
            raise StoreError(
                f"{self.path}: cannot open the claim store read-only: {wal} holds changes "
                "not yet in the store, and SQLite cannot read them without writing "
                f"{os.path.basename(self.path)}-shm beside it; copy the store and its -wal "
                "file to a folder you may write to, or open it once for writing"
            )
        return self._connect_uri(f"{uri}?mode=ro&immutable=1")

    def _connect_uri(self, uri: str) -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=self.timeout, isolation_level=None)

    def _refuse_missing(self) -> None:
        """Raise unless the store's file exists (for an open that must not create it).

        A missing store's :class:`StoreError` has ``errno`` ``ENOENT``, so that a
        program can tell it from a file that is no store and say how to make one.
        """
        if self.path == ":memory:" or not os.path.exists(self.path):
            missing = StoreError(f"{self.path}: no such claim store")
            missing.errno = errno.ENOENT
            raise missing
        if os.path.isdir(self.path):
            raise StoreError(f"{self.path}: not a claim store (a folder)")

    def _refuse_no_store(self) -> NoReturn:
        """Raise for a file of schema version 0 that this open may not turn into a store."""
        if os.path.getsize(self.path) == 0:
            what = "an empty file"
        else:
            with self._errors("open the claim store"):
                (tables,) = self._db.execute(
                    "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                ).fetchone()
            what = "a SQLite database with other tables" if tables else "an empty database"
        raise StoreError(f"{self.path}: not a claim store ({what})")

    def _version(self) -> int:
        try:
            row = self._db.execute("PRAGMA user_version").fetchone()
        except sqlite3.OperationalError as exc:
            hint = ""
            folder = os.path.dirname(os.path.abspath(self.path))
            if not self.read_only and not os.access(folder, os.W_OK):
                hint = (
                    f"; its folder is not writable and SQLite needs to create "
                    f"{os.path.basename(self.path)}-shm there: open it read-only"
                )
            raise StoreError(f"{self.path}: cannot open the claim store: {exc}{hint}") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: not a claim store (not a SQLite database: {exc})"
            ) from exc
        return int(row[0])

    def _check_version(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise StoreVersionError(
                f"{self.path}: the claim store has schema version {version}, written by a newer "
                f"claimtrack; this version reads up to {SCHEMA_VERSION}. Upgrade claimtrack."
            )

    def _setup(self, durable: bool) -> None:
        """Check the version (writing nothing if too new), set pragmas, create or migrate."""
        version = self._version()
        self._check_version(version)
        if version == 0 and not self._create:
            self._refuse_no_store()  # before journal_mode=WAL writes to the file
        if self.read_only:
            if version < SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: the claim store has schema version {version}, from an older "
                    "claimtrack, and cannot be migrated read-only: open it once for writing"
                )
            with self._errors("configure"):
                self._db.execute(f"PRAGMA cache_size={-_CACHE_KIB}")
            return
        with self._errors("configure"):
            self._wal()
            self._db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute(f"PRAGMA cache_size={-_CACHE_KIB}")
        self._migrate()

    def _wal(self) -> None:
        """Switch to write-ahead logging, waiting up to ``timeout`` for another process.

        SQLite does not wait on its busy timeout when two connections switch a new file's
        journal mode at once: one gets "database is locked" at once, so it tries again.
        """
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.01)

    def _migrate(self) -> None:
        """Bring the schema up to :data:`SCHEMA_VERSION`, one migration at a time, atomically."""
        if self._version() == SCHEMA_VERSION:
            return
        with self._transaction("migrate"):
            version = self._version()  # again, under the write lock: another process may have won
            self._check_version(version)
            if version == 0:
                tables = self._db.execute(
                    "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                ).fetchone()[0]
                if tables:
                    raise StoreError(
                        f"{self.path}: not a claim store (a SQLite database with other tables)"
                    )
            for step in _MIGRATIONS[version:]:
                try:
                    step(self._db)
                except StoreError as exc:
                    raise StoreError(f"{self.path}: cannot migrate the claim store: {exc}") from exc
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    # -- plumbing ------------------------------------------------------------

    @contextlib.contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """Translate sqlite3 errors into :class:`StoreError` naming the file."""
        try:
            yield
        except sqlite3.Error as exc:
            hint = ""
            if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
                hint = (
                    f" (no room on the disk of {self.path}, or in {_sqlite_temp_folder()}, "
                    "where SQLite keeps temporary files while it sorts and writes: "
                    "SQLITE_TMPDIR names another folder)"
                )
            raise StoreError(f"{self.path}: cannot {action}: {exc}{hint}") from exc
        except UnicodeEncodeError as exc:
            raise InvalidClaim(
                f"{self.path}: cannot store text that is not valid Unicode: {exc}"
            ) from exc

    @contextlib.contextmanager
    def _transaction(self, action: str) -> Iterator[None]:
        """Run the body in one write transaction, rolled back on any exception."""
        if self.read_only:
            raise StoreError(f"{self.path}: cannot {action}: the store is open read-only")
        with self._errors(action):
            self._db.execute("BEGIN IMMEDIATE")
        try:
            with self._errors(action):
                yield
                self._db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def _bulk(self) -> Iterator[None]:
        """Enlarge the page cache for a large write, and shrink it back afterwards.

        Inserting into the id and subject indexes touches pages all over the
        file; with SQLite's default 2 MB cache, pages are written out and read
        back again and again (a 300k-claim add_many took 2.4x longer).
        """
        with self._errors("configure"):
            (previous,) = self._db.execute("PRAGMA cache_size").fetchone()
            self._db.execute(f"PRAGMA cache_size={-_BULK_CACHE_KIB}")
        try:
            yield
        finally:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute(f"PRAGMA cache_size={int(previous)}")

    def _decode(self, row: tuple[Any, ...]) -> Claim:
        try:
            return self._reader.claim(row)
        except (ValueError, TypeError, KeyError, ClaimtrackError) as exc:
            raise StoreError(f"{self.path}: stored claim {row[0]} cannot be read: {exc}") from exc

    def close(self) -> None:
        """Close the store; further calls raise :class:`StoreError`."""
        self._db.close()

    def __enter__(self) -> ClaimStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ClaimStore({self.path!r})"

    # -- writing -------------------------------------------------------------

    def _insert(self, claims: Iterable[Claim], *, replace: bool = False) -> tuple[int, int, int]:
        """Insert claims inside the current transaction; return (seen, written, replaced).

        The first of several claims with one id wins, whether it was stored
        before or comes earlier in ``claims``; later ones are ignored.  With
        ``replace``, a stored claim with the id of one of ``claims`` is deleted
        first (its tags with it), so the new one takes its place: "written" then
        counts it too, and "replaced" how many stored claims gave way.  This loop
        is the bulk-import hot path: the common cases of :meth:`_Writer.row` are
        inlined.
        """
        db = self._db
        writer = _Writer(db)
        insert = writer.sql
        subjects, units = writer.subjects, writer.units
        seen_sources, seen_provenances = writer.seen_sources, writer.seen_provenances
        epoch, micro, extra_json = _EPOCH, _MICROSECOND, _extra_json
        seen = added = replaced = 0
        rows: list[tuple[Any, ...]] = []
        chunk_ids: set[str] = set()
        tagged: dict[str, frozenset[str]] = {}

        def flush() -> int:
            nonlocal replaced
            if replace:
                gone = db.executemany("DELETE FROM claims WHERE id = ?", [(r[0],) for r in rows])
                replaced += max(gone.rowcount, 0)
            (first,) = db.execute("SELECT coalesce(max(rowid), 0) FROM claims").fetchone()
            count = db.executemany(insert, rows).rowcount
            if tagged:
                # Tags go to rows created by this chunk only (rowid > first): a claim
                # that was already stored keeps its own tags.
                db.executemany(
                    "INSERT OR IGNORE INTO claim_tags (id, tag)"
                    " SELECT id, ? FROM claims WHERE id = ? AND rowid > ?",
                    [(tag, cid, first) for cid, tags in tagged.items() for tag in sorted(tags)],
                )
            rows.clear()
            chunk_ids.clear()
            tagged.clear()
            writer.forget_objects()
            return max(count, 0)

        for claim in claims:
            if type(claim) is not Claim and not isinstance(claim, Claim):
                raise TypeError(f"expected a Claim, got {claim!r}")
            seen += 1
            cid = claim.id
            if cid in chunk_ids:
                continue  # a repeat within this chunk: the first one wins
            chunk_ids.add(cid)
            if claim.tags:
                tagged[cid] = claim.tags
            figure = claim.figure
            stated = claim.stated_at
            source = claim.source
            provenance = claim.provenance
            known_source = seen_sources.get(id(source))
            known_provenance = seen_provenances.get(id(provenance))
            rows.append(
                (
                    cid,
                    subjects.get(claim.subject) or writer.subject(claim.subject),
                    writer.source(source) if known_source is None else known_source[1],
                    units.get(figure.unit) or writer.unit(figure.unit),
                    None if stated is None else (stated - epoch) // micro,
                    figure.value,
                    figure.low,
                    figure.high,
                    figure.hedge._value_,
                    writer.document(provenance)
                    if known_provenance is None
                    else known_provenance[1],
                    extra_json(claim),
                )
            )
            if len(rows) >= _CHUNK:
                added += flush()
        if rows:
            added += flush()
        return seen, added, replaced

    def add(self, claim: Claim, *, replace: bool = False) -> bool:
        """Store one claim; return whether it was written.

        A claim whose id is already stored is not written again (tags included:
        the stored claim is kept as it is), unless ``replace``: then it takes the
        stored claim's place. To correct a stored claim, keep its id:
        ``store.add(claim.evolve(source=Source("UNHCR"), id=claim.id), replace=True)``.

        Raises:
            StoreError: The store cannot be written (locked longer than ``timeout``).
        """
        return self.add_many((claim,), replace=replace) == 1

    def add_many(self, claims: Iterable[Claim], *, replace: bool = False) -> int:
        """Store many claims in one transaction; return how many were written.

        All or nothing: if anything fails (a bad item, an error from the
        iterable, a full disk, a killed process), the store is left exactly as
        it was.  ``claims`` may be a generator; it is consumed in chunks, inside
        the transaction, so other writers wait until the call ends.  A claim
        whose id is stored already is skipped, or with ``replace`` takes the
        stored claim's place (corrections: see :meth:`add`).

        Raises:
            TypeError: An item is not a :class:`~claimtrack.Claim`.
            StoreError: The store cannot be written.
        """
        with self._bulk(), self._transaction("add claims"):
            return self._insert(claims, replace=replace)[1]

    def revise(self, claims: Iterable[Claim]) -> RevisionResult:
        """Store the claims of new versions of documents in place of the earlier versions'.

        A document is known by its address (``provenance.url``) where a claim has
        one, else by its name (``provenance.document``): the stored claims of each
        document of ``claims`` that ``claims`` no longer hold (by id) are deleted,
        and ``claims`` are added, in one transaction.  A claim the revision left
        as it was keeps its stored row, tags and all; one whose text moved or
        changed has a new id, so a correction made to it is lost with the earlier
        version.  Claims with neither address nor name are only added.

        Example:
            >>> from claimtrack.model import Claim, Figure, Provenance, Source
            >>> def claim(n: int) -> Claim:
            ...     return Claim(subject="troops", figure=Figure.of(n, "troops"),
            ...                  source=Source("US"), provenance=Provenance(document="a.txt"))
            >>> with ClaimStore(":memory:") as store:
            ...     _ = store.add_many([claim(100), claim(7)])
            ...     store.revise([claim(130), claim(7)]), [c.figure.value for c in store]
            (RevisionResult(added=1, unchanged=1, removed=1), [7.0, 130.0])

        Raises:
            TypeError: An item is not a :class:`~claimtrack.Claim`.
            StoreError: The store cannot be written.
        """
        new = list(claims)
        with self._bulk(), self._transaction("revise claims"):
            # inserted first, each item checked as it is (a TypeError naming the first that
            # is no Claim undoes the transaction); the earlier versions' claims go after
            seen, added, _ = self._insert(new)
            urls = {c.provenance.url for c in new if c.provenance.url is not None}
            names = {
                c.provenance.document
                for c in new
                if c.provenance.url is None and c.provenance.document is not None
            }
            keep = {c.id for c in new}
            documents = [
                document_id
                for document_id, record in self._db.execute("SELECT id, record FROM documents")
                if (fields := json.loads(record)).get("url") in urls
                or fields.get("document") in names
            ]
            stored: set[str] = set()
            for start in range(0, len(documents), 500):  # one scan (no index) per 500
                chunk = documents[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT id FROM claims WHERE document_id IN ({marks})", chunk
                )
                stored.update(claim_id for (claim_id,) in rows)
            gone = sorted(stored - keep)
            self._db.executemany("DELETE FROM claims WHERE id = ?", [(i,) for i in gone])
        return RevisionResult(added, seen - added, len(gone))

    def delete(self, claims: str | Claim | Iterable[str | Claim]) -> int:
        """Delete claims given by id or as claims, in one transaction; return how many were stored.

        Unknown ids are ignored.
        """
        items: Iterable[str | Claim] = (claims,) if isinstance(claims, str | Claim) else claims
        ids = [(c.id if isinstance(c, Claim) else c,) for c in items]
        with self._transaction("delete claims"):
            return max(self._db.executemany("DELETE FROM claims WHERE id = ?", ids).rowcount, 0)

    # -- reading -------------------------------------------------------------

    def __len__(self) -> int:
        with self._errors("count claims"):
            return int(self._db.execute("SELECT count(*) FROM claims").fetchone()[0])

    def __contains__(self, item: object) -> bool:
        claim_id = item.id if isinstance(item, Claim) else item
        if not isinstance(claim_id, str):
            return False
        with self._errors("look up a claim"):
            row = self._db.execute("SELECT 1 FROM claims WHERE id = ?", (claim_id,)).fetchone()
        return row is not None

    def __iter__(self) -> Iterator[Claim]:
        """Yield every claim in insertion order, a page at a time (safe to write meanwhile)."""
        last = 0
        while True:
            with self._errors("read claims"):
                page = self._db.execute(
                    f"SELECT c.rowid, {_SELECT[7:]} WHERE c.rowid > ? ORDER BY c.rowid LIMIT ?",
                    (last, _PAGE),
                ).fetchall()
            for row in page:
                yield self._decode(row[1:])
            if page:
                last = page[-1][0]
            if len(page) < _PAGE:
                return

    def get(self, claim_id: str) -> Claim:
        """Return the claim with this id.

        Raises:
            ClaimNotFound: No claim has this id (a KeyError).
        """
        with self._errors("read a claim"):
            row = self._db.execute(f"{_SELECT} WHERE c.id = ?", (claim_id,)).fetchone()
        if row is None:
            raise ClaimNotFound(f"{self.path}: no claim with id {claim_id!r}")
        return self._decode(row)

    @staticmethod
    def _where(
        *,
        subject: str | None = None,
        subject_like: str | None = None,
        subject_contains: str | None = None,
        source: str | None = None,
        source_contains: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        dimension: str | None = None,
        unit: str | None = None,
        tag: str | None = None,
    ) -> tuple[str, list[Any]]:
        """Build the WHERE clause (empty or starting with ``WHERE``) and its parameters."""
        terms: list[str] = []
        params: list[Any] = []
        if subject is not None:
            terms.append("c.subject_id = (SELECT id FROM subjects WHERE name = ?)")
            params.append(subject)
        if subject_like is not None:
            terms.append("c.subject_id IN (SELECT id FROM subjects WHERE name LIKE ?)")
            params.append(subject_like)
        if subject_contains is not None:
            # Scans the interned subjects (one row per distinct subject, not per claim)
            # with Python's casefold, so that it matches exactly as str.casefold() does.
            terms.append(
                f"c.subject_id IN (SELECT id FROM subjects WHERE instr({_CASEFOLD}(name), ?) > 0)"
            )
            params.append(subject_contains.casefold())
        if source is not None:
            terms.append("c.source_id IN (SELECT id FROM sources WHERE name = ?)")
            params.append(source)
        if source_contains is not None:
            terms.append(
                f"c.source_id IN (SELECT id FROM sources WHERE instr({_CASEFOLD}(name), ?) > 0)"
            )
            params.append(source_contains.casefold())
        start = _check_moment("since", since)
        if start is not None:
            terms.append("c.stated_at >= ?")
            params.append(start)
        end = _check_moment("until", until)
        if end is not None:
            terms.append("c.stated_at < ?")
            params.append(end)
        if dimension is not None:
            terms.append("c.unit_id IN (SELECT id FROM units WHERE dimension = ?)")
            params.append(
                dimension if dimension.startswith("[") else quantities.dimension(dimension)
            )
        if unit is not None:
            name = quantities.canonical_unit_name(unit)
            terms.append("c.unit_id = (SELECT id FROM units WHERE name = ?)")
            params.append(name)
        if tag is not None:
            terms.append("c.id IN (SELECT id FROM claim_tags WHERE tag = ?)")
            params.append(tag)
        return ("WHERE " + " AND ".join(terms) if terms else ""), params

    def _select(self, where: str, params: list[Any], limit: int | None) -> Iterator[Claim]:
        sql = f"{_SELECT} {where} ORDER BY c.rowid"
        if limit is not None:
            if type(limit) is not int or limit < 0:
                raise ValueError(f"limit must be a non-negative int or None, got {limit!r}")
            sql += " LIMIT ?"
            params = [*params, limit]
        with self._errors("query claims"):
            cursor = self._db.execute(sql, params)
            while page := cursor.fetchmany(_PAGE):
                for row in page:
                    yield self._decode(row)

    def query(
        self,
        *,
        subject: str | None = None,
        subject_like: str | None = None,
        subject_contains: str | None = None,
        source: str | None = None,
        source_contains: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        dimension: str | None = None,
        unit: str | None = None,
        tag: str | None = None,
        limit: int | None = None,
    ) -> list[Claim]:
        """Return the claims that pass every given filter, in insertion order.

        Args:
            subject: The exact subject.
            subject_like: An SQL ``LIKE`` pattern on the subject (``%`` any text,
                ``_`` one character; only ASCII letters match case-insensitively).
            subject_contains: Text the subject contains, compared case-insensitively
                as ``str.casefold`` compares (``"évacués"`` finds ``"Évacués"``; ``%``
                and ``_`` are plain characters): the ``--subject`` of the command line.
            source: The exact name of the claimant (``Claim.source.name``).
            source_contains: Text the claimant's name (``Claim.source.name``, not the
                outlets that relayed it) contains, compared as ``subject_contains``
                compares: the ``--source`` of the command line.
            since: Stated at or after this aware datetime.
            until: Stated strictly before this aware datetime (``since``/``until``
                leave out claims without ``stated_at``).
            dimension: What the figure measures, as :func:`claimtrack.quantities.dimension`
                writes it (``"[person]"``), or a unit whose dimension to use (``"troops"``).
            unit: A unit name or alias; matches the canonical unit exactly.
            tag: A tag the claim carries.
            limit: At most this many claims.

        Raises:
            ValueError: A naive datetime or a bad limit.
            UnitParseError: An unknown unit.

        Example:
            >>> from claimtrack.model import Claim, Figure, Source
            >>> store = ClaimStore(":memory:")
            >>> _ = store.add_many([
            ...     Claim(subject="troops", figure=Figure.of(n, "troops"), source=Source(s))
            ...     for n, s in [(100_000, "US"), (130_000, "UK"), (3, "US")]])
            >>> [c.figure.value for c in store.query(source="US", dimension="soldiers")]
            [100000.0, 3.0]
            >>> store.close()
        """
        where, params = self._where(
            subject=subject,
            subject_like=subject_like,
            subject_contains=subject_contains,
            source=source,
            source_contains=source_contains,
            since=since,
            until=until,
            dimension=dimension,
            unit=unit,
            tag=tag,
        )
        return list(self._select(where, params, limit))

    def count(
        self,
        *,
        subject: str | None = None,
        subject_like: str | None = None,
        subject_contains: str | None = None,
        source: str | None = None,
        source_contains: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        dimension: str | None = None,
        unit: str | None = None,
        tag: str | None = None,
    ) -> int:
        """Return how many claims :meth:`query` would return with the same filters and no limit."""
        where, params = self._where(
            subject=subject,
            subject_like=subject_like,
            subject_contains=subject_contains,
            source=source,
            source_contains=source_contains,
            since=since,
            until=until,
            dimension=dimension,
            unit=unit,
            tag=tag,
        )
        with self._errors("count claims"):
            return int(
                self._db.execute(f"SELECT count(*) FROM claims c {where}", params).fetchone()[0]
            )

    def subjects(self) -> list[tuple[str, int]]:
        """Return each subject with its number of claims, most claimed first (ties by name)."""
        with self._errors("list subjects"):
            rows = self._db.execute(
                "SELECT s.name, n FROM (SELECT subject_id, count(*) AS n FROM claims"
                " GROUP BY subject_id) JOIN subjects s ON s.id = subject_id ORDER BY n DESC, s.name"
            ).fetchall()
        return [(subject, int(n)) for subject, n in rows]

    # -- import and export ---------------------------------------------------

    @staticmethod
    def _format(path: Path, format: str | None) -> str:
        if format is not None:
            if format not in {"jsonl", "csv", "parquet"}:
                raise ClaimFormatError(
                    f"unknown format {format!r}; use 'jsonl', 'csv' or 'parquet'", path=str(path)
                )
            return format
        try:
            return _FORMATS[path.suffix.lower()]
        except KeyError:
            raise ClaimFormatError(
                f"cannot tell the format from the suffix {path.suffix!r}; "
                "pass format='jsonl', 'csv' or 'parquet'",
                path=str(path),
            ) from None

    def import_file(
        self,
        path: str | os.PathLike[str],
        *,
        format: str | None = None,
        on_error: Literal["refuse", "skip"] = "refuse",
        rejects: str | os.PathLike[str] | None = None,
        replace: bool = False,
    ) -> ImportResult:
        """Add every claim of a JSON Lines, CSV or Parquet file, in one transaction.

        Args:
            path: The file to read.
            format: ``"jsonl"``, ``"csv"`` or ``"parquet"``; from the suffix
                (``.jsonl``, ``.ndjson``, ``.csv``, ``.parquet``) if None.
            on_error: ``"refuse"``: if any record is bad, write nothing and raise.
                ``"skip"``: write the good records and list the bad ones in the result.
            rejects: With ``"skip"``, a file that receives the bad records, byte for
                byte: their raw lines for JSON Lines, the header and their raw rows for
                CSV, nothing for Parquet (whose reader refuses a file at its first bad
                row).  Created before anything is read and written before the import
                commits (possibly empty); it may not be ``path`` or the store itself.
            replace: Whether a record whose id is stored already takes the stored
                claim's place (a corrected export imported again) instead of being
                skipped as a duplicate.

        Returns:
            How many claims were added, already stored (or replaced), and rejected.

        Raises:
            ClaimFormatError: With ``"refuse"``, the first bad record (naming file
                and line, and how many others are bad); an unknown format; ``path``
                or ``rejects`` naming the store, or ``rejects`` naming ``path``.
            OSError: The rejects file cannot be created (nothing is imported).
            StoreError: The store cannot be written.
        """
        source = Path(path)
        kind = self._format(source, format)
        if on_error not in ("refuse", "skip"):
            raise ValueError(f"on_error must be 'refuse' or 'skip', got {on_error!r}")
        self._refuse_own_files(source, "the file to import")
        out: formats._Replacement | None = None
        if rejects is not None:
            if formats._same_file(rejects, source):
                raise ClaimFormatError(
                    f"the rejects file {os.fspath(rejects)} is the file being imported; "
                    "write the rejected records to another file",
                    path=str(source),
                )
            self._refuse_own_files(Path(rejects), "the rejects file")
            out = formats._Replacement(rejects)  # fails now on a bad folder, not after the import
        errors: list[ClaimFormatError] = []
        claims: Iterable[Claim]
        try:
            with _reading(source):
                if kind == "jsonl":
                    claims = formats.iter_jsonl(source, errors=errors)
                elif kind == "csv":
                    claims = formats.read_csv(source, errors=errors)
                else:
                    claims = formats.read_parquet(source)  # stops at the first bad row
            with self._bulk(), self._transaction(f"import {source}"):
                with _reading(source):
                    seen, added, replaced = self._insert(claims, replace=replace)
                if errors and on_error == "refuse":
                    first = errors[0]
                    others = len(errors) - 1
                    more = (
                        f" (and {others} other bad record{'s' * (others != 1)})" if others else ""
                    )
                    raise ClaimFormatError(
                        f"{first.reason}{more}; nothing from this file was imported",
                        path=first.path,
                        line=first.line,
                    ) from first
                if out is not None:
                    # Before the commit: claims are never stored without their rejects.
                    _write_rejects(source, kind, errors, out.path)
                    out.commit()
        finally:
            if out is not None:
                out.discard()
        return ImportResult(added - replaced, seen - added, tuple(errors), replaced)

    def _refuse_own_files(self, path: Path, what: str) -> None:
        """Raise if ``path`` is the store's database file or one of its companions."""
        for own in (self.path, f"{self.path}-wal", f"{self.path}-shm"):
            if formats._same_file(path, own):
                raise ClaimFormatError(
                    f"{what} is the claim store {self.path} itself", path=os.fspath(path)
                )

    def export(
        self,
        path: str | os.PathLike[str],
        *,
        format: str | None = None,
        subject: str | None = None,
        subject_like: str | None = None,
        subject_contains: str | None = None,
        source: str | None = None,
        source_contains: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        dimension: str | None = None,
        unit: str | None = None,
        tag: str | None = None,
        limit: int | None = None,
    ) -> int:
        """Write the claims that pass the :meth:`query` filters to a file; return how many.

        Args:
            path: The file to write; an existing file is replaced only once the new
                one is complete, and the store's own file is refused.
            format: ``"jsonl"``, ``"csv"`` or ``"parquet"``; from the suffix if None.
            subject: See :meth:`query`, like the other filters.
            subject_like: See :meth:`query`.
            subject_contains: See :meth:`query`.
            source: See :meth:`query`.
            source_contains: See :meth:`query`.
            since: See :meth:`query`.
            until: See :meth:`query`.
            dimension: See :meth:`query`.
            unit: See :meth:`query`.
            tag: See :meth:`query`.
            limit: See :meth:`query`.
        """
        target = Path(path)
        kind = self._format(target, format)
        self._refuse_own_files(target, "the file to export to")
        where, params = self._where(
            subject=subject,
            subject_like=subject_like,
            subject_contains=subject_contains,
            source=source,
            source_contains=source_contains,
            since=since,
            until=until,
            dimension=dimension,
            unit=unit,
            tag=tag,
        )
        claims = list(self._select(where, params, limit))
        if kind == "jsonl":
            formats.write_jsonl(claims, target)
        elif kind == "csv":
            formats.write_csv(claims, target)
        else:
            formats.write_parquet(claims, target)
        return len(claims)


@contextlib.contextmanager
def _reading(source: Path) -> Iterator[None]:
    """Report a file that cannot be read or decoded as a :class:`ClaimFormatError` naming it."""
    try:
        yield
    except UnicodeDecodeError as exc:
        raise ClaimFormatError(f"not UTF-8 text: {exc}", path=str(source)) from exc
    except OSError as exc:
        if isinstance(exc, StoreError):
            raise
        raise ClaimFormatError(f"cannot read: {exc}", path=str(source)) from exc


def _write_rejects(source: Path, kind: str, errors: list[ClaimFormatError], target: str) -> None:
    """Write the raw text of the bad records of ``source`` to ``target``, byte for byte.

    JSON Lines: the bad lines.  CSV: the header, then each bad record's lines (a
    quoted cell may span several).  Parquet: nothing (its reader rejects whole files).
    Bytes that are not UTF-8 pass through unchanged (as lone surrogates in between).
    """
    bad = {e.line for e in errors if e.line is not None}
    raw_text: dict[str, Any] = {"encoding": "utf-8", "errors": "surrogateescape", "newline": ""}
    with open(target, "w", **raw_text) as out:
        if kind == "parquet":
            return
        with source.open(**raw_text) as raw:
            if kind == "jsonl":
                for number, text in enumerate(raw, start=1):
                    if number in bad:
                        out.write(text if text.endswith(("\n", "\r")) else text + "\n")
                return
            lines: list[str] = []

            def remember() -> Iterator[str]:
                for text in raw:
                    lines.append(text)
                    yield text

            reader = formats._csv_reader(remember())
            next(reader, None)
            out.writelines(lines)  # the header
            while True:
                start = reader.line_num + 1
                del lines[:]
                try:
                    next(reader)
                except StopIteration:
                    break
                except csv.Error:
                    pass
                if start in bad:
                    out.writelines(lines)
