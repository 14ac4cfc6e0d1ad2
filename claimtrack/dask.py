"""Extraction and consistency checks on a Dask cluster (the ``claimtrack[dask]`` extra).

:func:`extract_corpus` maps :func:`~claimtrack.extract.extract_claims` over a
corpus of documents (file paths, fsspec URLs or :class:`Document` records) held in
a Dask bag and writes the claims as a Parquet dataset with the columns and types of
:func:`claimtrack.formats.parquet_schema`, one file per partition, so
:func:`claimtrack.formats.read_parquet`, :func:`claims_frame` and
:func:`claims_bag` all read it back.

:func:`check_distributed` runs :func:`~claimtrack.consistency.check` over a
partitioned claim set and returns the report the single-process check gives on the
same claims.  It works in four steps:

1. collect the distinct subjects (of claims without an explicit ``group``) and
   the ``parts_of`` references, both small, on the client;
2. run :func:`~claimtrack.consistency.match_subjects` once on those subjects, so
   every claim gets the group label the single-process check would give it; groups
   whose claims are parts of a whole in another group are merged into one *shard*;
3. shuffle the claims by shard, so that every subject group (and every whole with
   its parts) lands in one partition;
4. check each partition with the broadcast subject -> group mapping as ``groups=``
   and merge the partial reports (findings re-sorted by kind, subject, claim ids
   and explanation; groups and summaries by group name; conflict counts by id).

The check compares claims only within a subject group, so the findings of a
partition holding whole groups are exactly the findings of those groups in the
full check.  Claims that share an ``id`` must share their content (true of derived
ids): the check keeps one claim per id, and two claims with one id but different
subjects could land in different partitions.

Everything runs on the Dask client given as ``client=``, else on the current
default client (``distributed.Client(...)`` makes itself the default), else on
Dask's local scheduler.  Paths may be fsspec URLs (``s3://bucket/claims/``) with
``storage_options``.  See ``docs/how-to/dask.md``.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from pathlib import PurePosixPath
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from claimtrack.consistency import Finding, GroupSummary, Report, check
from claimtrack.consistency import match_subjects as _match_subjects
from claimtrack.exceptions import ClaimtrackError, InvalidClaim, MissingDependency, StoreError
from claimtrack.extract import extract_claims
from claimtrack.formats import PARQUET_COLUMNS, from_dataframe, parquet_schema, to_dataframe
from claimtrack.model import Claim
from claimtrack.policy import Policy
from claimtrack.times import date_from_name

_INSTALL_HINT = 'pip install -e ".[dask]" in a claimtrack clone'

try:
    import dask
    import dask.bag
    import dask.dataframe
    import pandas

    fsspec: Any = importlib.import_module("fsspec")  # a dependency of dask, untyped
except ImportError as _exc:  # pragma: no cover - exercised by simulating a missing dask
    raise MissingDependency(
        f"claimtrack.dask needs dask, dask.dataframe and pandas, which are not installed: "
        f"{_INSTALL_HINT}"
    ) from _exc

if TYPE_CHECKING:
    from distributed import Client

# dask's functions are only partly typed: call them through these untyped handles
_dask: Any = dask
_db: Any = dask.bag
_dd: Any = dask.dataframe

__all__ = [
    "Document",
    "ExtractionSummary",
    "check_distributed",
    "claims_bag",
    "claims_frame",
    "extract_corpus",
]

_ORDER = "__claimtrack_order"
_SHARD = "__claimtrack_shard"
_PART_BITS = 32
"""A claim's position in its input: partition number << 32 | row number."""

PathLike = str | os.PathLike[str]

# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------


def _check_name(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if type(value) is not str or not value.strip():
        raise InvalidClaim(f"{attribute.name} must be a non-empty string, got {value!r}")


def _check_text(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if type(value) is not str:
        raise InvalidClaim(f"{attribute.name} must be a string, got {type(value).__name__}")


def _check_published(_: Any, attribute: attrs.Attribute[Any], value: date | None) -> None:
    if value is None:
        return
    if not isinstance(value, date):
        raise InvalidClaim(f"{attribute.name} must be a date or datetime, got {value!r}")
    if isinstance(value, datetime) and value.utcoffset() is None:
        raise InvalidClaim(f"{attribute.name} must be an aware datetime, got {value!r}")


_optional_str = attrs.validators.optional(attrs.validators.instance_of(str))


@attrs.frozen(slots=True)
class Document:
    """One document of a corpus: its name, its text and where and when it was published.

    Attributes:
        name: A local name (a file name); it becomes ``Provenance.document`` and is
            the source of claims nobody is named for when there is no ``outlet``.
        text: The document's text.
        published: When it was published (a date, or an aware datetime).
        url: Its address.
        outlet: The publishing outlet.
    """

    name: str = attrs.field(validator=_check_name)
    text: str = attrs.field(repr=False, validator=_check_text)
    published: date | datetime | None = attrs.field(default=None, validator=_check_published)
    url: str | None = attrs.field(default=None, validator=_optional_str)
    outlet: str | None = attrs.field(default=None, validator=_optional_str)

    @classmethod
    def read(
        cls,
        path: PathLike,
        *,
        published: date | datetime | None = None,
        url: str | None = None,
        outlet: str | None = None,
        storage_options: Mapping[str, Any] | None = None,
    ) -> Document:
        """Read a UTF-8 text file (a local path or an fsspec URL) as a document.

        Without ``published``, a date written in the file name is used
        (``france24-liveblog-2022-02-10.txt`` is 10 February 2022), as the
        ``claimtrack extract`` command does.

        Raises:
            OSError: If the file cannot be read.
            ClaimFormatError: If it is not UTF-8 text.
        """
        from claimtrack.exceptions import ClaimFormatError

        name = os.fspath(path)
        with fsspec.open(name, "rb", **dict(storage_options or {})) as handle:
            data = handle.read()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise ClaimFormatError(
                f"not UTF-8 text (byte {exc.start})", path=name, line=line
            ) from None
        base = PurePosixPath(name.replace("\\", "/")).name
        when = published if published is not None else date_from_name(base)
        return cls(base, text, when, url, outlet)

    def claims(self, *, policy: Policy | None = None) -> list[Claim]:
        """Return the claims :func:`~claimtrack.extract.extract_claims` reads in this document.

        Raises:
            ClaimtrackError: As ``extract_claims`` does, with a note naming the document.
        """
        try:
            return extract_claims(
                self.text,
                published=self.published,
                url=self.url,
                outlet=self.outlet,
                document=self.name,
                policy=policy,
            )
        except ClaimtrackError as exc:
            exc.add_note(f"while extracting claims from document {self.name!r}")
            raise


_DEFAULT_PUBLISHED = attrs.fields(Document).published


@attrs.frozen(slots=True)
class _Defaults:
    """What :func:`extract_corpus` applies to paths and to documents that leave fields out."""

    published: date | datetime | None
    url: str | None
    outlet: str | None
    storage_options: tuple[tuple[str, Any], ...]
    policy: Policy | None


def _document(item: Document | PathLike, d: _Defaults) -> Document:
    if isinstance(item, Document):
        return attrs.evolve(
            item,
            published=item.published if item.published is not None else d.published,
            url=item.url if item.url is not None else d.url,
            outlet=item.outlet if item.outlet is not None else d.outlet,
        )
    return Document.read(
        item,
        published=d.published,
        url=d.url,
        outlet=d.outlet,
        storage_options=dict(d.storage_options),
    )


def _extract_frame(items: Iterable[Document | PathLike], d: _Defaults) -> pandas.DataFrame:
    claims: list[Claim] = []
    for item in items:
        claims.extend(_document(item, d).claims(policy=d.policy))
    return to_dataframe(claims)


# ---------------------------------------------------------------------------
# Scheduling helpers
# ---------------------------------------------------------------------------


def _compute(client: Client | None, *objects: Any) -> tuple[Any, ...]:
    """Compute Dask objects together on ``client`` (default: the current default scheduler)."""
    if client is not None:
        return tuple(_dask.compute(*objects, scheduler=client))
    return tuple(_dask.compute(*objects))


def _workers(client: Client | None) -> int:
    """The number of worker threads of ``client`` or of the default client, else the CPUs."""
    found: Any = client
    if found is None:
        try:
            found = importlib.import_module("distributed").default_client()
        except (ImportError, ValueError):
            return os.cpu_count() or 1
    return max(1, int(sum(found.nthreads().values())))


def _shuffle_method(client: Client | None) -> str:
    """Dask's peer-to-peer shuffle (columnar) on a distributed cluster, else the task shuffle."""
    if client is not None or _dask.config.get("scheduler", None) in (
        "dask.distributed",
        "distributed",
    ):
        return "p2p"
    return "tasks"


def _no_strings() -> Any:
    """A config context keeping object columns (lists of tags, reporter chains) as objects."""
    return _dask.config.set({"dataframe.convert-string": False})


def _from_frames(frames: Sequence[Any], meta: pandas.DataFrame) -> dask.dataframe.DataFrame:
    with _no_strings():
        ddf: dask.dataframe.DataFrame = _dd.from_delayed(list(frames), meta=meta, verify_meta=False)
        return ddf


# ---------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------


@attrs.frozen(slots=True)
class ExtractionSummary:
    """What :func:`extract_corpus` wrote.

    Attributes:
        path: The dataset directory (or URL).
        documents: Number of documents read.
        claims: Number of claims written.
        partitions: Number of Parquet files (one per partition).
    """

    path: str
    documents: int
    claims: int
    partitions: int


def _part_name(i: int) -> str:
    return f"part-{i:05d}.parquet"


def extract_corpus(
    documents: Iterable[Document | PathLike] | dask.bag.Bag,
    *,
    output: PathLike,
    npartitions: int | None = None,
    published: date | datetime | None = None,
    url: str | None = None,
    outlet: str | None = None,
    policy: Policy | None = None,
    client: Client | None = None,
    storage_options: Mapping[str, Any] | None = None,
    overwrite: bool = False,
) -> ExtractionSummary:
    """Extract the claims of a corpus on Dask and write them as a partitioned Parquet dataset.

    Each partition of documents becomes one file ``part-NNNNN.parquet`` under
    ``output`` with the columns of :func:`claimtrack.formats.parquet_schema`;
    the claims of a partition are in document order, then text order, so reading
    the files in name order gives the claims in corpus order.

    Args:
        documents: :class:`Document` records, or paths / fsspec URLs of UTF-8 text
            files (read by the workers, so they must be reachable from them), or a
            ``dask.bag.Bag`` of either.
        output: The dataset directory (local path or fsspec URL such as
            ``s3://bucket/claims/``).
        npartitions: Partitions to split ``documents`` into (ignored for a bag);
            default: four per worker thread, at most one per document.
        published: Publication date for documents that give none (for paths: when
            the file name holds no date).
        url: Address for documents that give none.
        outlet: Outlet for documents that give none.
        policy: The hedge policy used to read figures.
        client: The Dask client to run on; default: the current default client.
        storage_options: fsspec options (credentials, endpoint) for ``output`` and
            for document URLs.
        overwrite: Replace an existing non-empty ``output``.

    Returns:
        How many documents were read and claims written.

    Raises:
        StoreError: If ``output`` exists, is not empty and ``overwrite`` is False.
        InvalidClaim: If ``published`` is a naive datetime.
        ClaimtrackError: If a document cannot be read (the exception notes which).

    Example:
        >>> import tempfile
        >>> docs = [Document("a.txt", "The Pentagon said 3,000 troops would deploy.")]
        >>> out = tempfile.mkdtemp() + "/claims"
        >>> extract_corpus(docs, output=out, outlet="FRANCE 24")
        ExtractionSummary(path=..., documents=1, claims=1, partitions=1)
    """
    _check_published(None, _DEFAULT_PUBLISHED, published)
    options = dict(storage_options or {})
    target = os.fspath(output)
    fs, root = fsspec.core.url_to_fs(target, **options)
    if fs.exists(root) and fs.ls(root) and not overwrite:
        raise StoreError(f"{target}: the output folder is not empty; pass overwrite=True")
    defaults = _Defaults(published, url, outlet, tuple(sorted(options.items())), policy)
    bag: Any
    items: list[Document | PathLike] | None = None
    if isinstance(documents, dask.bag.Bag):
        bag = documents
    else:
        items = list(documents)
        if not items:
            items_parts = 1
        else:
            wanted = npartitions if npartitions is not None else 4 * _workers(client)
            items_parts = max(1, min(len(items), wanted))
        bag = _db.from_sequence(items, npartitions=items_parts)
    parts = bag.to_delayed()
    frames = [_dask.delayed(_extract_frame)(p, defaults) for p in parts]
    if not frames:
        frames = [_dask.delayed(_extract_frame)([], defaults)]
    ddf: Any = _from_frames(frames, to_dataframe([]))
    with _no_strings():
        write = ddf.to_parquet(
            target,
            schema=parquet_schema(),
            write_index=False,
            name_function=_part_name,
            custom_metadata=dict(parquet_schema().metadata),
            storage_options=options,
            overwrite=overwrite and fs.exists(root),
            compute=False,
        )
    counts = ddf.map_partitions(len, meta=(None, "int64"))
    _, n_claims = _compute(client, write, counts.sum())
    # counting a bag runs its graph once more (not the extraction): a list is counted here
    n_docs = len(items) if items is not None else _compute(client, bag.count())[0]
    return ExtractionSummary(target, int(n_docs), int(n_claims), len(frames))


def claims_frame(
    path: PathLike, *, storage_options: Mapping[str, Any] | None = None
) -> dask.dataframe.DataFrame:
    """Return a Parquet claim dataset (or file) as a Dask DataFrame, one partition per file.

    The columns are :data:`claimtrack.formats.PARQUET_COLUMNS`, typed as
    :func:`claimtrack.formats.to_dataframe` types them; each partition goes back to
    claims with :func:`claimtrack.formats.from_dataframe`.
    """
    with _no_strings():
        frame: dask.dataframe.DataFrame = _dd.read_parquet(
            os.fspath(path),
            columns=list(PARQUET_COLUMNS),
            storage_options=dict(storage_options or {}),
        )
    return frame


def claims_bag(path: PathLike, *, storage_options: Mapping[str, Any] | None = None) -> dask.bag.Bag:
    """Return a Parquet claim dataset (or file) as a Dask bag of :class:`~claimtrack.Claim`."""
    frame: Any = claims_frame(path, storage_options=storage_options)
    frames = frame.to_delayed()
    bag: dask.bag.Bag = _db.from_delayed([_dask.delayed(from_dataframe)(f) for f in frames])
    return bag


# ---------------------------------------------------------------------------
# The distributed check
# ---------------------------------------------------------------------------


def _scan(frame: pandas.DataFrame) -> tuple[set[str], set[tuple[str, str, str | None]]]:
    """Subjects of claims without a group, and (parts_of, subject, group) of the parts."""
    free = set(frame["subject"][frame["group"].isna()].tolist())
    parts = frame[frame["parts_of"].notna()]
    refs = {
        (p, s, None if pandas.isna(g) else g)
        for p, s, g in zip(parts["parts_of"], parts["subject"], parts["group"], strict=True)
    }
    return free, refs


def _wholes(frame: pandas.DataFrame, refs: frozenset[str]) -> set[tuple[str, str, str | None]]:
    """(reference, subject, group) of the claims a ``parts_of`` names by id or key."""
    out: set[tuple[str, str, str | None]] = set()
    for column in ("id", "key"):
        hit = frame[frame[column].isin(refs)]
        for ref, s, g in zip(hit[column], hit["subject"], hit["group"], strict=True):
            out.add((ref, s, None if pandas.isna(g) else g))
    return out


def _label(frame: pandas.DataFrame, mapping: Mapping[str, str]) -> list[str]:
    subjects = frame["subject"].tolist()
    groups = frame["group"].tolist()
    return [mapping[s] if pandas.isna(g) else g for s, g in zip(subjects, groups, strict=True)]


def _sharded(
    frame: pandas.DataFrame, number: int, mapping: Mapping[str, str], shards: Mapping[str, str]
) -> pandas.DataFrame:
    """Add each claim's input position and shard (its group, or its merged component)."""
    out = frame.copy()
    out[_ORDER] = pandas.Series(range(len(frame)), index=frame.index, dtype="int64") + (
        number << _PART_BITS
    )
    labels = _label(frame, mapping)
    out[_SHARD] = pandas.Series([shards.get(g, g) for g in labels], index=frame.index, dtype=object)
    return out


_Partial = tuple[
    tuple[Finding, ...], dict[str, tuple[Claim, ...]], tuple[GroupSummary, ...], dict[str, int]
]


def _check_shard(
    frame: pandas.DataFrame, policy: Policy | None, mapping: Mapping[str, str]
) -> _Partial | None:
    """Check the claims of one shuffled partition (whole groups), in their input order."""
    if not len(frame):
        return None
    frame = frame.sort_values(_ORDER, kind="stable")
    claims = from_dataframe(frame[list(PARQUET_COLUMNS)].reset_index(drop=True))
    report = check(claims, policy=policy, groups=mapping)
    return (
        report.findings,
        dict(report.groups),
        report.summaries,
        dict(report.conflict_counts),
    )


def _merge(partials: Iterable[_Partial | None]) -> Report:
    findings: list[Finding] = []
    groups: dict[str, tuple[Claim, ...]] = {}
    summaries: list[GroupSummary] = []
    counts: dict[str, int] = {}
    for part in partials:
        if part is None:
            continue
        findings.extend(part[0])
        groups.update(part[1])
        summaries.extend(part[2])
        counts.update(part[3])
    findings.sort(key=Finding.sort_key)
    summaries.sort(key=lambda s: s.group)  # stable: a group's summaries come from one shard
    return Report(
        tuple(findings),
        MappingProxyType(dict(sorted(groups.items()))),
        tuple(summaries),
        MappingProxyType(dict(sorted(counts.items()))),
    )


class _Components:
    """Union-find over group labels (groups joined by parts_of references)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def mapping(self) -> dict[str, str]:
        return {x: self.find(x) for x in self.parent}


def _as_frame(
    claims_or_path: PathLike | dask.dataframe.DataFrame | dask.bag.Bag | Iterable[Claim],
    npartitions: int | None,
    client: Client | None,
    storage_options: Mapping[str, Any] | None,
) -> dask.dataframe.DataFrame:
    if isinstance(claims_or_path, str | os.PathLike):
        return claims_frame(claims_or_path, storage_options=storage_options)
    if isinstance(claims_or_path, dask.dataframe.DataFrame):
        return claims_or_path
    if isinstance(claims_or_path, dask.bag.Bag):
        bag: Any = claims_or_path
        frames = [_dask.delayed(to_dataframe)(p) for p in bag.to_delayed()]
        ddf: Any = _from_frames(frames, to_dataframe([]))
        # the bag's graph (an extraction, say) must not run once per pass below
        runner: Any = client if client is not None else _dask
        persisted: dask.dataframe.DataFrame = runner.persist(ddf)
        return persisted
    claims = list(claims_or_path)
    if not all(isinstance(c, Claim) for c in claims):
        bad = next(c for c in claims if not isinstance(c, Claim))
        raise InvalidClaim(f"check_distributed() needs claims, got {bad!r}")
    n = npartitions if npartitions is not None else _workers(client)
    n = max(1, min(n, len(claims)))
    step = -(-len(claims) // n) if claims else 1
    frames = [
        _dask.delayed(to_dataframe)(claims[i : i + step])
        for i in range(0, max(len(claims), 1), step)
    ]
    return _from_frames(frames, to_dataframe([]))


def check_distributed(
    claims_or_path: PathLike | dask.dataframe.DataFrame | dask.bag.Bag | Iterable[Claim],
    *,
    policy: Policy | None = None,
    groups: Mapping[str, str] | None = None,
    client: Client | None = None,
    npartitions: int | None = None,
    storage_options: Mapping[str, Any] | None = None,
) -> Report:
    """Check a partitioned claim set on Dask; return the report :func:`check` gives.

    Subjects are matched once on the client, claims are shuffled so that each
    subject group (with the wholes and parts it is linked to by ``parts_of``) sits
    in one partition, each partition is checked where it lives, and the partial
    reports are merged.  The result equals ``check(claims, policy=policy,
    groups=groups)`` on the same claims in the same order: findings, groups,
    summaries and conflict counts.

    Args:
        claims_or_path: A Parquet claim dataset (path or fsspec URL), a Dask
            DataFrame shaped like :func:`claims_frame`'s, a Dask bag of claims, or
            claims (split into ``npartitions`` partitions on the client).
        policy: Tolerances and windows; the default policy if None.
        groups: Subject -> group overrides, as for :func:`check`.
        client: The Dask client to run on; default: the current default client.
        npartitions: Partitions after the shuffle (and for claims given in memory);
            default: as many as the input has.
        storage_options: fsspec options for a path.

    Returns:
        The report; every claim comes back to the client (``Report.groups`` holds
        them all).

    Raises:
        IncompatibleUnits: If a part measures something else than its whole.

    Example:
        >>> from claimtrack.model import Claim, Figure, Source
        >>> a = Claim(subject="protesters in Paris", source=Source("CGT"),
        ...     figure=Figure.of(500_000, "protesters"))
        >>> b = Claim(subject="protesters in Paris", source=Source("police"),
        ...     figure=Figure.of(87_000, "protesters"))
        >>> [f.kind.value for f in check_distributed([a, b], npartitions=2).findings]
        ['conflict']
    """
    ddf: Any = _as_frame(claims_or_path, npartitions, client, storage_options)
    parts = ddf.to_delayed()
    # the first passes read only the columns they need (projected into the Parquet reads)
    scanned = ddf[["subject", "group", "parts_of"]].to_delayed()
    scans = _compute(client, *[_dask.delayed(_scan)(p) for p in scanned])
    free: set[str] = set().union(*(s[0] for s in scans))
    part_refs: set[tuple[str, str, str | None]] = set().union(*(s[1] for s in scans))
    mapping: dict[str, str] = dict(groups or {})
    mapping.update(_match_subjects(free - mapping.keys(), policy=policy))

    components = _Components()
    if part_refs:
        refs = frozenset(r for r, _, _ in part_refs)
        keyed = ddf[["id", "key", "subject", "group"]].to_delayed()
        found = _compute(client, *[_dask.delayed(_wholes)(p, refs) for p in keyed])
        whole_groups: dict[str, set[str]] = {}
        for ref, s, g in set().union(*found):
            whole_groups.setdefault(ref, set()).add(g if g is not None else mapping[s])
        for ref, s, g in part_refs:
            label = g if g is not None else mapping[s]
            for other in whole_groups.get(ref, ()):
                components.union(label, other)
    shards = {k: v for k, v in components.mapping().items() if k != v}

    shared_mapping = _dask.delayed(mapping, traverse=False)
    shared_shards = _dask.delayed(shards, traverse=False)
    meta = _sharded(to_dataframe([]), 0, {}, {})
    labelled = _from_frames(
        [_dask.delayed(_sharded)(p, i, shared_mapping, shared_shards) for i, p in enumerate(parts)],
        meta,
    )
    n_out = npartitions if npartitions is not None else labelled.npartitions
    with _no_strings():
        shuffled = labelled.shuffle(
            _SHARD, npartitions=n_out, shuffle_method=_shuffle_method(client)
        )
    partials = _compute(
        client,
        *[_dask.delayed(_check_shard)(p, policy, shared_mapping) for p in shuffled.to_delayed()],
    )
    return _merge(partials)
