"""The consistency check: which figures disagree, which were revised, which parts do not add up.

:func:`check` takes claims from many documents and returns a :class:`Report` of
:class:`Finding` records, each explained in one sentence that quotes the figures,
their sources and their dates:

* **conflict**: comparable claims from different sources whose intervals cannot
  both hold;
* **change**: one source's figure for a subject moving over time;
* **sum_mismatch**: declared parts (``Claim.parts_of``) that cannot add up to
  their whole;
* **corroboration**: independent sources whose figures agree.

Claims are compared only within a subject group (see :func:`match_subjects`), in
compatible units (converted to one base unit per dimension), and at about the same
time (``Policy.same_time_window``).  The work is columnar: claims are read into
numpy arrays once, and every group is handled by sorting, so the cost grows as
``n log n``.  Small groups are explained pair by pair; in larger ones each claim
is compared with the largest mutually consistent set of its time slice.  See
``docs/explanation/consistency.md``.
"""

from __future__ import annotations

import enum
import functools
import gc
import itertools
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from operator import attrgetter
from types import MappingProxyType
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt

from claimtrack import quantities
from claimtrack.exceptions import ClaimtrackError, IncompatibleUnits, InvalidClaim
from claimtrack.model import Claim, Figure, Hedge, Source
from claimtrack.policy import DEFAULT_POLICY, Policy

__all__ = [
    "Finding",
    "FindingKind",
    "GroupSummary",
    "Report",
    "Severity",
    "Timeline",
    "TimelinePoint",
    "check",
    "match_subjects",
    "timeline",
]

_EPS = 1e-9
"""Relative slack added to every bound, so that unit conversions cannot flip a verdict."""

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


class FindingKind(enum.Enum):
    """What a finding reports."""

    CONFLICT = "conflict"
    """Comparable figures from different sources that cannot both hold."""
    CHANGE = "change"
    """One source's figure for a subject moved over time."""
    SUM_MISMATCH = "sum_mismatch"
    """Declared parts cannot add up to their whole."""
    CORROBORATION = "corroboration"
    """Independent sources agree."""


class Severity(enum.Enum):
    """How much a finding should worry a fact-checker."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


_KIND_ORDER = {k: i for i, k in enumerate(FindingKind)}


def _claims_tuple(value: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(value)


def _check_claims(_: Any, attribute: attrs.Attribute[Any], value: tuple[Claim, ...]) -> None:
    if not value or not all(isinstance(c, Claim) for c in value):
        raise InvalidClaim(f"{attribute.name} must be a non-empty tuple of Claim, got {value!r}")


@attrs.frozen(slots=True)
class Finding:
    """One result of the consistency check, explained in one sentence.

    Attributes:
        kind: What is reported.
        claims: The claims involved (for a conflict in a small group the two claims;
            for an outlier of a large group the outlier alone; for a change the
            earlier then the later claim; for a sum the whole then its parts).
        explanation: One sentence quoting the figures, sources and dates.
        severity: How serious it is.
        subject: The subject group the finding belongs to.
    """

    kind: FindingKind = attrs.field(validator=attrs.validators.instance_of(FindingKind))
    claims: tuple[Claim, ...] = attrs.field(converter=_claims_tuple, validator=_check_claims)
    explanation: str = attrs.field(validator=attrs.validators.instance_of(str))
    severity: Severity = attrs.field(validator=attrs.validators.instance_of(Severity))
    subject: str = attrs.field(validator=attrs.validators.instance_of(str))

    def _key(self) -> tuple[int, str, tuple[str, ...], str]:
        return (
            _KIND_ORDER[self.kind],
            self.subject,
            tuple(c.id for c in self.claims),
            self.explanation,
        )

    def __str__(self) -> str:
        return f"[{self.kind.value}] {self.explanation}"


@attrs.frozen(slots=True)
class GroupSummary:
    """Where the claims of one subject group (in one kind of unit) lie, all times together.

    Attributes:
        group: The subject group.
        unit: The base unit the bounds are expressed in (``"person_count_base"``
            for people, ``"meter"`` for lengths).
        forecast: Whether this summary covers forecasts rather than current figures.
        count: Number of claims.
        sources: Number of distinct claimants.
        low: Lowest lower bound (the envelope), ``-inf`` when unbounded.
        high: Highest upper bound, ``inf`` when unbounded.
        consensus_low: Lower end of the range where the largest mutually consistent
            set of claims agrees.
        consensus_high: Upper end of that range.
        consensus_size: Number of claims in that set.
        consensus_sources: Number of distinct claimants in that set.
        outliers: Claims outside that set (time is ignored here: see the findings).
    """

    group: str
    unit: str
    forecast: bool
    count: int
    sources: int
    low: float
    high: float
    consensus_low: float
    consensus_high: float
    consensus_size: int
    consensus_sources: int
    outliers: tuple[Claim, ...]


@attrs.frozen(slots=True)
class Report:
    """The result of :func:`check`.

    Attributes:
        findings: Every finding, ordered by kind, subject and claim ids.
        groups: Subject group name -> its claims (ordered by time, then value).
        summaries: One :class:`GroupSummary` per group, unit dimension and
            forecast flag, ordered by group.
        conflict_counts: Claim id -> number of claims it conflicts with (only
            claims with at least one conflict appear).
    """

    findings: tuple[Finding, ...]
    groups: Mapping[str, tuple[Claim, ...]]
    summaries: tuple[GroupSummary, ...]
    conflict_counts: Mapping[str, int]

    def by_kind(self, kind: FindingKind | str) -> tuple[Finding, ...]:
        """Return the findings of one kind (an enum member or its value, ``"conflict"``)."""
        k = FindingKind(kind)
        return tuple(f for f in self.findings if f.kind is k)

    @property
    def has_problems(self) -> bool:
        """Whether any conflict or sum mismatch was found (the CLI then exits with 1)."""
        return any(
            f.kind in (FindingKind.CONFLICT, FindingKind.SUM_MISMATCH) for f in self.findings
        )

    def summary(self, group: str) -> tuple[GroupSummary, ...]:
        """Return the summaries of one subject group."""
        return tuple(s for s in self.summaries if s.group == group)


# ---------------------------------------------------------------------------
# Subject matching
# ---------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


_STOP = frozenset(
    _words(
        """a an the of in on at to near around along across inside into onto from by for with
        and or its their his her it this that these those some any all as over under about
        amassed massed mass stationed deployed deploy deployment positioned gathered based
        sent send sending reportedly total number toll figure estimated estimate count
        being been be is are was were has have had will would could new"""
    )
)

# Words that name the same concept: concept -> its words.
_CONCEPT_WORDS = {
    "troops": "troop soldier force serviceman servicemember personnel army military armed",
    "border": "border frontier borderland",
    "death": "death dead die died kill killed fatality casualty toll",
    "injured": "injury injured wounded hurt",
    "protester": "protester demonstrator marcher striker",
    "people": "people person individual",
    "earthquake": "quake earthquake tremor",
}
_CONCEPTS = {w: concept for concept, ws in _CONCEPT_WORDS.items() for w in _words(ws)}

# Places, their demonyms and capitals: place -> its words.
_PLACE_WORDS = {
    "russia": "russia russian moscow kremlin",
    "ukraine": "ukraine ukrainian kyiv kiev",
    "belarus": "belarus belarusian minsk",
    "usa": "us usa american america washington pentagon",
    "uk": "uk britain british london",
    "france": "france french paris",
    "germany": "germany german berlin",
    "poland": "poland polish warsaw",
    "romania": "romania romanian bucharest",
    "nato": "nato",
    "china": "china chinese beijing",
    "afghanistan": "afghanistan afghan kabul",
    "herat": "herat",
    "crimea": "crimea crimean",
    "donbas": "donbas donbass",
    "denmark": "denmark danish",
}
_PLACES = {w: place for place, ws in _PLACE_WORDS.items() for w in _words(ws)}

_WORD = re.compile(r"[A-Za-z0-9]+(?:[.'’][A-Za-z0-9]+)*")


def _stem(word: str) -> str:
    """Reduce an English plural to its singular with a few suffix rules."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@attrs.frozen(slots=True)
class _Signature:
    actors: frozenset[str]
    places: frozenset[str]
    what: frozenset[str]

    @property
    def entities(self) -> frozenset[str]:
        return self.actors | self.places


@functools.lru_cache(maxsize=65536)
def _signature(subject: str) -> _Signature:
    """Split a subject into actor entities, place entities and 'what' concepts."""
    actors: set[str] = set()
    places: set[str] = set()
    what: set[str] = set()
    seen_head = False
    for raw in _WORD.findall(subject):
        word = raw.replace("’", "'")
        if word.lower().endswith("'s"):
            word = word[:-2]
        low = word.lower().replace(".", "")
        capital = raw[0].isupper() and raw is not None
        place = _PLACES.get(low)
        if place is None and (low.isdigit() or (capital and low not in _STOP and seen_head)):
            place = low
        if place is not None:
            (places if seen_head else actors).add(place)
            continue
        if low in _STOP:
            continue
        stem = _stem(low)
        concept = _CONCEPTS.get(low, _CONCEPTS.get(stem, stem))
        if capital and not seen_head:
            actors.add(concept)
            continue
        what.add(concept)
        seen_head = True
    return _Signature(frozenset(actors), frozenset(places), frozenset(what))


def _similar(a: _Signature, b: _Signature, threshold: float) -> bool:
    """Whether two subject signatures name the same thing (see the module docs)."""
    ea, eb = a.entities, b.entities
    if not (a.places <= eb and b.places <= ea):
        return False
    if a.actors and b.actors and not (a.actors & b.actors):
        return False
    if a.actors != b.actors and not (a.places or b.places):
        return False  # a missing actor is tolerated only where a place anchors both
    union = a.what | b.what
    if not union:
        return ea == eb
    return len(a.what & b.what) / len(union) >= threshold and bool(a.what & b.what)


def match_subjects(subjects: Iterable[str], *, policy: Policy | None = None) -> dict[str, str]:
    """Group differently worded subjects about the same thing; return subject -> group label.

    Each subject is read as actors (entities before the first common noun:
    "*Russian* troops"), places (entities after it: "near *Ukraine*'s border") and
    "what" concepts (lower-cased, plural-stemmed, stop words dropped, synonyms such
    as troops/forces/soldiers mapped to one concept).  Two subjects match when each
    one's places are named by the other, their actors do not differ (a missing actor
    is tolerated only when a place anchors both), and the Jaccard similarity of
    their concepts reaches ``policy.subject_threshold``.  Matches are joined
    transitively; a group is labelled by its alphabetically first subject.

    Example:
        >>> labels = match_subjects(["Russian troops near Ukraine's border",
        ...     "soldiers massed around the borders of Ukraine", "Russian troops in Belarus"])
        >>> labels["soldiers massed around the borders of Ukraine"]
        "Russian troops near Ukraine's border"
        >>> labels["Russian troops in Belarus"]
        'Russian troops in Belarus'
    """
    pol = policy or DEFAULT_POLICY
    uniq = sorted(set(subjects))
    sigs = [_signature(s) for s in uniq]
    # identical signatures are one group at once; compare distinct signatures by blocks
    by_sig: dict[_Signature, list[int]] = {}
    for i, sig in enumerate(sigs):
        by_sig.setdefault(sig, []).append(i)
    distinct = list(by_sig)
    parent = list(range(len(distinct)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    blocks: dict[str, list[int]] = {}
    for k, sig in enumerate(distinct):
        for token in sig.entities or {"\x00" + w for w in sig.what}:
            blocks.setdefault(token, []).append(k)
    for members in blocks.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                a, b = members[x], members[y]
                ra, rb = find(a), find(b)
                if ra != rb and _similar(distinct[a], distinct[b], pol.subject_threshold):
                    parent[max(ra, rb)] = min(ra, rb)
    label: dict[int, str] = {}
    out: dict[str, str] = {}
    for k, sig in enumerate(distinct):
        root = find(k)
        first = uniq[by_sig[sig][0]]
        if root not in label or first < label[root]:
            label[root] = first
    for k, sig in enumerate(distinct):
        for i in by_sig[sig]:
            out[uniq[i]] = label[find(k)]
    return out


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

_HEDGE_WORDS = {
    Hedge.EXACT: "",
    Hedge.APPROX: "about ",
    Hedge.NEARLY: "nearly ",
    Hedge.MORE_THAN: "more than ",
    Hedge.AT_LEAST: "at least ",
    Hedge.LESS_THAN: "less than ",
    Hedge.AT_MOST: "at most ",
    Hedge.UP_TO: "up to ",
}


def _number(x: float) -> str:
    if math.isinf(x):
        return "unbounded" if x > 0 else "-unbounded"
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:,.6g}"


def _unit_words(unit: str, plural: bool) -> str:
    if unit == "count":
        return ""
    word = unit.replace("_", " ")
    if plural and quantities.is_count(unit) and not word.endswith("s"):
        word = (
            word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"
        )
    return " " + word


def _figure_text(fig: Figure) -> str:
    """Quote a figure: its surface text if known, else a rendering of its value and hedge."""
    if fig.text:
        return fig.text
    if fig.value is not None and fig.hedge in _HEDGE_WORDS:
        return (
            f"{_HEDGE_WORDS[fig.hedge]}{_number(fig.value)}{_unit_words(fig.unit, fig.value != 1)}"
        )
    low = "?" if fig.low is None else _number(fig.low)
    high = "?" if fig.high is None else _number(fig.high)
    return f"between {low} and {high}{_unit_words(fig.unit, True)}"


def _date(d: datetime | None) -> str:
    return "undated" if d is None else f"{d.day} {d:%b %Y}"


def _quote(c: Claim) -> str:
    """'The Pentagon said nearly 3,000 troops (2 Feb 2022)'."""
    return f"{c.source} said {_figure_text(c.figure)} ({_date(c.stated_at or c.valid_at)})"


def _range(low: float, high: float, unit: str) -> str:
    unit_name = "" if unit in ("count", "person_count_base") else " " + unit.replace("_", " ")
    if low == high:
        return f"{_number(low)}{unit_name}"
    if math.isinf(low):
        return f"at most {_number(high)}{unit_name}"
    if math.isinf(high):
        return f"at least {_number(low)}{unit_name}"
    return f"{_number(low)}-{_number(high)}{unit_name}"


# ---------------------------------------------------------------------------
# Columns
# ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=1024)
def _base(unit: str) -> tuple[str, str, Callable[[float], float] | None, float]:
    """Return (dimension, base unit, offset converter or None, factor) for a canonical unit."""
    dim = quantities.dimension(unit)
    try:
        units = str(quantities.quantity(1.0, unit).to_base_units().units)
        base = quantities.canonical_unit_name(units if units != "dimensionless" else "count")
        conv = quantities.converter(unit, base)
    except ClaimtrackError:
        return dim, unit, None, 1.0
    zero = conv(0.0)
    if zero != 0.0:
        return dim, base, conv, 1.0
    return dim, base, None, conv(1.0)


def _timestamps(values: Sequence[datetime | None]) -> FloatArray:
    """Seconds since the epoch (NaN for None), converting each distinct object once."""
    n = len(values)
    if n == 0:
        return np.empty(0, np.float64)
    _, first, inverse = np.unique(
        np.fromiter(map(id, values), np.int64, n), return_index=True, return_inverse=True
    )
    stamps = np.fromiter(
        (math.nan if (d := values[i]) is None else d.timestamp() for i in first.tolist()),
        np.float64,
        len(first),
    )
    return stamps[inverse.ravel()]


def _source_root(s: Source) -> str:
    while s.reported_by is not None:
        s = s.reported_by
    return s.name


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


def _intern(values: Sequence[Any]) -> tuple[IntArray, list[Any]]:
    """Map values to ints numbered in sorted order of the distinct values."""
    distinct = sorted(set(values))
    index = {v: i for i, v in enumerate(distinct)}
    return np.fromiter(map(index.__getitem__, values), np.int64, len(values)), distinct


@attrs.define(slots=True)
class _Columns:
    claims: list[Claim]
    group: IntArray
    group_names: list[str]
    dim: IntArray
    base_units: list[str]
    lo: FloatArray
    hi: FloatArray
    rep: FloatArray
    time: FloatArray
    stated: FloatArray
    forecast: BoolArray
    source: IntArray
    root: IntArray


def _columns(claims: list[Claim], pol: Policy, groups: Mapping[str, str] | None) -> _Columns:
    n = len(claims)
    subjects = list(map(attrgetter("subject"), claims))
    explicit = list(map(attrgetter("group"), claims))
    mapping = dict(groups or {})
    unmatched = {s for s, g in zip(subjects, explicit, strict=True) if g is None} - set(mapping)
    mapping.update(match_subjects(unmatched, policy=pol))
    labels = [g if g is not None else mapping[s] for s, g in zip(subjects, explicit, strict=True)]
    group, group_names = _intern(labels)

    figures = list(map(attrgetter("figure"), claims))
    unit_id, units = _intern(list(map(attrgetter("unit"), figures)))
    lo = np.array(list(map(attrgetter("low"), figures)), dtype=np.float64)
    hi = np.array(list(map(attrgetter("high"), figures)), dtype=np.float64)
    val = np.array(list(map(attrgetter("value"), figures)), dtype=np.float64)
    np.nan_to_num(lo, copy=False, nan=-np.inf)
    np.nan_to_num(hi, copy=False, nan=np.inf)
    bases = [_base(u) for u in units]
    dims = sorted({b[0] for b in bases})
    dim_of_unit = np.array([dims.index(b[0]) for b in bases], dtype=np.int64)
    factor = np.array([b[3] for b in bases], dtype=np.float64)
    dim = dim_of_unit[unit_id]
    base_units = [""] * len(dims)
    for b in bases:
        base_units[dims.index(b[0])] = b[1]
    f = factor[unit_id]
    with np.errstate(invalid="ignore"):
        lo, hi, val = lo * f, hi * f, val * f
    for u, b in enumerate(bases):
        if b[2] is not None:  # offset units (temperatures): convert one by one
            sel = np.flatnonzero(unit_id == u)
            conv = np.vectorize(b[2], otypes=[np.float64])
            for arr in (lo, hi, val):
                finite = sel[np.isfinite(arr[sel])]
                arr[finite] = conv(arr[finite])
    mid = np.where(
        np.isfinite(lo) & np.isfinite(hi), (lo + hi) / 2, np.where(np.isfinite(lo), lo, hi)
    )
    rep = np.where(np.isnan(val), mid, val)

    valid = _timestamps(list(map(attrgetter("valid_at"), claims)))
    stated = _timestamps(list(map(attrgetter("stated_at"), claims)))
    time = np.where(np.isnan(valid), stated, valid)
    forecast = (valid - stated) > pol.forecast_window

    sources = list(map(attrgetter("source"), claims))
    obj_ids, first, inverse = np.unique(
        np.fromiter(map(id, sources), np.int64, n), return_index=True, return_inverse=True
    )
    distinct = [sources[i] for i in first.tolist()]
    names, _ = _intern([_norm(s.name) for s in distinct])
    roots, _ = _intern([_norm(_source_root(s)) for s in distinct])
    del sources, obj_ids
    source = names[inverse.ravel()]
    root = roots[inverse.ravel()]
    del n
    return _Columns(
        claims, group, group_names, dim, base_units, lo, hi, rep, time, stated, forecast, source,
        root,
    )  # fmt: skip


# ---------------------------------------------------------------------------
# Sweeps over sorted bounds
# ---------------------------------------------------------------------------


@attrs.define(slots=True)
class _Ranked:
    """Dense ranks of the widened bounds: comparing ranks is comparing values."""

    rlo: IntArray
    rhi: IntArray
    size: int


def _rank(lo: FloatArray, hi: FloatArray) -> _Ranked:
    both = np.concatenate([lo, hi])
    order = np.argsort(both, kind="stable")
    s = both[order]
    dense = np.empty(len(both), dtype=np.int64)
    if len(both):
        dense[order] = np.cumsum(np.r_[0, (s[1:] != s[:-1]).astype(np.int64)])
    n = len(lo)
    return _Ranked(dense[:n], dense[n:], int(dense.max(initial=0)) + 1)


@attrs.define(slots=True)
class _Sweep:
    """The leftmost point of maximal depth of each key, and who covers it."""

    best: IntArray  # per key: rank of the best point (-1 for absent keys)
    depth: IntArray  # per key: number of intervals covering it
    inlier: BoolArray  # per claim: covers its key's best point
    conflicts: IntArray  # per claim: intervals of its key disjoint from it


def _sweep(key: IntArray, r: _Ranked, nkeys: int) -> _Sweep:
    """Find, per key, the largest set of mutually overlapping intervals (max depth)."""
    m = r.size + 1
    starts = np.sort(key * m + r.rlo)
    ends = np.sort(key * m + r.rhi)
    depth_at = np.searchsorted(starts, starts, "right") - np.searchsorted(ends, starts, "left")
    skey = starts // m
    best = np.full(nkeys, -1, dtype=np.int64)
    depth = np.zeros(nkeys, dtype=np.int64)
    if len(starts):
        seg = np.flatnonzero(np.r_[True, skey[1:] != skey[:-1]])
        peak = np.maximum.reduceat(depth_at, seg)
        owner = np.repeat(np.arange(len(seg)), np.diff(np.r_[seg, len(skey)]))
        at_peak = np.flatnonzero(depth_at == peak[owner])
        first = at_peak[np.r_[True, skey[at_peak][1:] != skey[at_peak][:-1]]]
        best[skey[first]] = starts[first] % m
        depth[skey[first]] = depth_at[first]
    b = best[key]
    inlier = (r.rlo <= b) & (r.rhi >= b)
    below = np.searchsorted(ends, key * m + r.rlo, "left") - np.searchsorted(ends, key * m, "left")
    above = np.searchsorted(starts, (key + 1) * m, "left") - np.searchsorted(
        starts, key * m + r.rhi, "right"
    )
    return _Sweep(best, depth, inlier, below + above)


def _distinct_per_key(key: IntArray, value: IntArray, nkeys: int) -> IntArray:
    """Count distinct values per key."""
    if not len(key):
        return np.zeros(nkeys, dtype=np.int64)
    width = int(value.max()) + 1
    pairs = np.sort(key * width + value)
    pairs = pairs[np.r_[True, pairs[1:] != pairs[:-1]]]
    return np.bincount(pairs // width, minlength=nkeys).astype(np.int64)


# ---------------------------------------------------------------------------
# check
# ---------------------------------------------------------------------------


def _pairs_within(cell_sorted: IntArray, limit: int) -> tuple[IntArray, IntArray]:
    """All pairs of positions (i < j) within runs of equal cells no longer than ``limit``."""
    n = len(cell_sorted)
    if n == 0:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    seg = np.flatnonzero(np.r_[True, cell_sorted[1:] != cell_sorted[:-1]])
    size = np.diff(np.r_[seg, n])
    end = np.repeat(seg + size, size)
    small = np.repeat(size <= limit, size)
    pos = np.arange(n)
    out_i: list[IntArray] = []
    out_j: list[IntArray] = []
    for d in range(1, max(1, min(limit, int(size.max())))):
        ok = small & (pos + d < end)
        i = pos[ok]
        out_i.append(i)
        out_j.append(i + d)
    if not out_i:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    return np.concatenate(out_i), np.concatenate(out_j)


def check(
    claims: Iterable[Claim],
    *,
    policy: Policy | None = None,
    groups: Mapping[str, str] | None = None,
) -> Report:
    """Check claims against each other and report conflicts, changes, sums and agreement.

    Args:
        claims: The claims; duplicates (same ``id``) count once.
        policy: Tolerances and windows; :data:`~claimtrack.policy.DEFAULT_POLICY` if None.
        groups: Subject -> group name overrides for subject matching
            (``Claim.group`` takes precedence over it).

    Returns:
        The report; its findings do not depend on the order of ``claims``.

    Raises:
        IncompatibleUnits: If a part (``parts_of``) measures something else than its whole.

    Example:
        >>> from datetime import datetime, timezone
        >>> from claimtrack.model import Claim, Figure, Source
        >>> day = datetime(2023, 3, 7, tzinfo=timezone.utc)
        >>> cgt = Claim(subject="pension protesters in France", source=Source("CGT"),
        ...     figure=Figure.of(3_500_000, "protesters"), stated_at=day)
        >>> ministry = Claim(subject="pension protesters in France",
        ...     source=Source("the interior ministry"),
        ...     figure=Figure.of(1_280_000, "protesters"), stated_at=day)
        >>> [f.kind.value for f in check([cgt, ministry]).findings]
        ['conflict']
    """
    enabled = gc.isenabled()
    gc.disable()  # the check allocates no cycles; collections over 10^6 claims cost seconds
    try:
        return _check(claims, policy, groups)
    finally:
        if enabled:
            gc.enable()


def _check(
    claims: Iterable[Claim], policy: Policy | None, groups: Mapping[str, str] | None
) -> Report:
    pol = policy or DEFAULT_POLICY
    unique: dict[str, Claim] = {}
    for c in claims:
        unique.setdefault(c.id, c)
    cl = list(unique.values())
    cols = _columns(cl, pol, groups)
    n = len(cl)
    findings: list[Finding] = []
    counts = np.zeros(n, dtype=np.int64)

    tol = pol.tolerance + _EPS
    lo_w = cols.lo - tol * np.abs(cols.lo)
    hi_w = cols.hi + tol * np.abs(cols.hi)
    ranked = _rank(lo_w, hi_w)

    ndim = max(1, len(cols.base_units))
    cell_raw = (cols.group * ndim + cols.dim) * 2 + cols.forecast.astype(np.int64)
    cell_ids, cell = np.unique(cell_raw, return_inverse=True)
    cell = cell.astype(np.int64).ravel()
    ncell = len(cell_ids)
    cell_size = np.bincount(cell, minlength=ncell)
    large = cell_size[cell] > pol.pairwise_limit

    # time slices: dated claims fall in windows counted from their cell's first time
    dated = ~np.isnan(cols.time)
    t0 = np.full(ncell, np.inf)
    np.minimum.at(t0, cell[dated], cols.time[dated])
    rel = np.where(dated, cols.time - t0[cell], 0.0)
    if pol.same_time_window > 0:
        slot = np.floor(rel / pol.same_time_window).astype(np.int64)
    else:
        slot = np.unique(rel, return_inverse=True)[1].astype(np.int64).ravel()
    slot = np.where(dated, slot + 1, 0)
    slice_ids, slice_key = np.unique(
        cell * (int(slot.max(initial=0)) + 1) + slot, return_inverse=True
    )
    slice_key = slice_key.astype(np.int64).ravel()
    nslice = len(slice_ids)
    sliced = _sweep(slice_key, ranked, nslice)
    whole = _sweep(cell, ranked, ncell)

    # -- conflicts in small cells: exact, pair by pair --------------------------------
    order = np.lexsort((cols.time, cell))
    pi, pj = _pairs_within(cell[order], pol.pairwise_limit)
    a, b = order[pi], order[pj]
    w = pol.same_time_window
    with np.errstate(invalid="ignore"):
        near = (
            np.isnan(cols.time[a])
            | np.isnan(cols.time[b])
            | (np.abs(cols.time[a] - cols.time[b]) <= w)
        )
    clash = (
        (cols.source[a] != cols.source[b])
        & near
        & ((ranked.rhi[a] < ranked.rlo[b]) | (ranked.rhi[b] < ranked.rlo[a]))
    )
    a, b = a[clash], b[clash]
    np.add.at(counts, a, 1)
    np.add.at(counts, b, 1)
    for x, y in zip(a.tolist(), b.tolist(), strict=True):
        first, second = sorted((cl[x], cl[y]), key=_time_source_id)
        findings.append(
            Finding(
                FindingKind.CONFLICT,
                (first, second),
                f"{_cap(_quote(first))} but {_quote(second)} about {first.subject}: "
                "the figures cannot both hold.",
                Severity.ERROR,
                cols.group_names[cols.group[x]],
            )
        )

    # -- conflicts in large cells: outliers of their slice (undated: of their cell) ---
    si, ci = sliced.inlier, whole.inlier
    slice_sources = _distinct_per_key(slice_key[si], cols.source[si], nslice)
    cell_sources = _distinct_per_key(cell[ci], cols.source[ci], ncell)
    # a claim contradicted by most of its comparable claims is reported (monotone in tolerance)
    conf = np.where(dated, sliced.conflicts, whole.conflicts)
    peers = np.where(dated, np.bincount(slice_key, minlength=nslice)[slice_key], cell_size[cell])
    outlier = large & (2 * conf > peers - 1)
    counts[large] = conf[large]
    inv_rank = np.unique(np.concatenate([lo_w, hi_w]))
    s_range = _agreed_ranges(slice_key, sliced, ranked, inv_rank, nslice)
    c_range = _agreed_ranges(cell, whole, ranked, inv_rank, ncell)
    for x in np.flatnonzero(outlier).tolist():
        c = cl[x]
        if dated[x]:
            k, sw, srcs, (lo_r, hi_r) = int(slice_key[x]), sliced, slice_sources, s_range
        else:
            k, sw, srcs, (lo_r, hi_r) = int(cell[x]), whole, cell_sources, c_range
        when = "claims of the same days" if dated[x] else "claims"
        findings.append(
            Finding(
                FindingKind.CONFLICT,
                (c,),
                f"{_cap(_quote(c))} about {c.subject}, which cannot hold with {int(conf[x])} of "
                f"the {int(peers[x]) - 1} other {when}; the largest agreeing set, "
                f"{int(sw.depth[k])} claims from {int(srcs[k])} sources, lies at "
                f"{_range(float(lo_r[k]), float(hi_r[k]), cols.base_units[cols.dim[x]])}.",
                Severity.ERROR,
                cols.group_names[cols.group[x]],
            )
        )

    findings.extend(_changes(cl, cols, pol, ranked))
    findings.extend(_corroborations(cl, cols, slice_key, cell, sliced, nslice))
    findings.extend(_sums(cl, cols, pol))
    findings.sort(key=Finding._key)

    report_groups, summaries = _summaries(cl, cols, cell, cell_ids, whole, cell_sources)
    conflict_counts = {cl[i].id: int(counts[i]) for i in np.flatnonzero(counts).tolist()}
    return Report(
        tuple(findings),
        MappingProxyType(report_groups),
        summaries,
        MappingProxyType(dict(sorted(conflict_counts.items()))),
    )


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _time_then_id(c: Claim) -> tuple[float, str]:
    t = c.applies_at
    return (math.inf if t is None else t.timestamp(), c.id)


def _time_source_id(c: Claim) -> tuple[float, str, str]:
    t = c.applies_at
    return (math.inf if t is None else t.timestamp(), _norm(c.source.name), c.id)


def _agreed_ranges(
    keys: IntArray, sw: _Sweep, ranked: _Ranked, inv_rank: FloatArray, nkeys: int
) -> tuple[FloatArray, FloatArray]:
    """Per key, the range (widened values) where all its inliers overlap."""
    sel = sw.inlier
    top = np.full(nkeys, 0, dtype=np.int64)
    bottom = np.full(nkeys, len(inv_rank) - 1, dtype=np.int64)
    np.maximum.at(top, keys[sel], ranked.rlo[sel])
    np.minimum.at(bottom, keys[sel], ranked.rhi[sel])
    return inv_rank[top], inv_rank[bottom]


def _changes(cl: list[Claim], cols: _Columns, pol: Policy, ranked: _Ranked) -> list[Finding]:
    """Consecutive dated claims of one source whose figures cannot both hold and moved."""
    dated = np.flatnonzero(~np.isnan(cols.time))
    if len(dated) < 2:
        return []
    stated = np.nan_to_num(cols.stated[dated], nan=-np.inf)
    c = cols
    keys = (c.hi[dated], c.lo[dated], c.rep[dated], stated, c.time[dated],
            c.source[dated], c.forecast[dated], c.dim[dated], c.group[dated])  # fmt: skip
    order = dated[np.lexsort(keys)]
    full = (cols.hi, cols.lo, cols.rep, np.nan_to_num(cols.stated, nan=-np.inf), cols.time,
            cols.source, cols.forecast, cols.dim, cols.group)  # fmt: skip
    order = _break_ties(cl, order, full)
    a, b = order[:-1], order[1:]
    same = (
        (cols.group[a] == cols.group[b])
        & (cols.dim[a] == cols.dim[b])
        & (cols.forecast[a] == cols.forecast[b])
        & (cols.source[a] == cols.source[b])
        & ((cols.time[a] != cols.time[b]) | (cols.stated[a] != cols.stated[b]))
    )
    ra, rb = cols.rep[a], cols.rep[b]
    moved = same & (np.abs(rb - ra) > pol.min_change * np.maximum(np.abs(ra), np.abs(rb)))
    moved &= (ranked.rhi[a] < ranked.rlo[b]) | (ranked.rhi[b] < ranked.rlo[a])
    out: list[Finding] = []
    for x, y in zip(a[moved].tolist(), b[moved].tolist(), strict=True):
        before, after = cl[x], cl[y]
        va, vb = float(cols.rep[x]), float(cols.rep[y])
        direction = "up" if vb > va else "down"
        rel = f" ({(vb - va) / abs(va):+.0%})" if va else ""
        unit = _unit_words(cols.base_units[cols.dim[x]], True).replace("count base", "").rstrip()
        unit = "" if cols.base_units[cols.dim[x]].endswith("count_base") else unit
        out.append(
            Finding(
                FindingKind.CHANGE,
                (before, after),
                f"{after.source} changed its figure for {after.subject} from "
                f"{_figure_text(before.figure)} ({_date(before.applies_at)}) to "
                f"{_figure_text(after.figure)} ({_date(after.applies_at)}), "
                f"{direction} {_number(abs(vb - va))}{unit}{rel}.",
                Severity.INFO,
                cols.group_names[cols.group[x]],
            )
        )
    return out


def _break_ties(cl: list[Claim], order: IntArray, keys: tuple[npt.NDArray[Any], ...]) -> IntArray:
    """Reorder runs of ``order`` equal on every key by claim id, so input order never matters."""
    if len(order) < 2:
        return order
    equal = np.ones(len(order) - 1, dtype=np.bool_)
    for k in keys:
        v = k[order]
        equal &= v[1:] == v[:-1]
    if not equal.any():
        return order
    order = order.copy()
    starts = np.flatnonzero(np.r_[True, ~equal])
    ends = np.r_[starts[1:], len(order)]
    tied = ends - starts > 1
    for s, e in zip(starts[tied].tolist(), ends[tied].tolist(), strict=True):
        order[s:e] = sorted(order[s:e].tolist(), key=lambda i: cl[i].id)
    return order


def _corroborations(
    cl: list[Claim], cols: _Columns, slice_key: IntArray, cell: IntArray, sw: _Sweep, nslice: int
) -> list[Finding]:
    """One finding per group cell: its time slice with the largest agreeing set, if independent."""
    inl = np.flatnonzero(sw.inlier)
    keys = slice_key[inl]
    names = _distinct_per_key(keys, cols.source[inl], nslice)
    roots = _distinct_per_key(keys, cols.root[inl], nslice)
    good = (names >= 2) & (roots >= 2)
    # per cell, the good slice with the most claims agreeing (ties: the earliest slice)
    slice_cell = np.full(nslice, -1, dtype=np.int64)
    slice_cell[slice_key] = cell
    cand = np.flatnonzero(good)
    if not len(cand):
        return []
    cand = cand[np.lexsort((cand, -sw.depth[cand], slice_cell[cand]))]
    chosen = cand[np.r_[True, slice_cell[cand][1:] != slice_cell[cand][:-1]]]
    keep = np.zeros(nslice, dtype=np.bool_)
    keep[chosen] = True
    inl = inl[keep[keys]]
    c = cols
    order = inl[np.lexsort((c.hi[inl], c.lo[inl], c.source[inl], c.time[inl], slice_key[inl]))]
    order = _break_ties(cl, order, (c.hi, c.lo, c.source, c.time, slice_key))
    seg = np.flatnonzero(np.r_[True, slice_key[order][1:] != slice_key[order][:-1]])
    out: list[Finding] = []
    for part in np.split(order, seg[1:]):
        members = [cl[i] for i in part.tolist()]
        k = int(slice_key[part[0]])
        group = cols.group_names[cols.group[part[0]]]
        shown = ", ".join(_quote(m) for m in members[:4])
        rest = len(members) - 4
        more = f" and {rest} other claim{'s' if rest > 1 else ''}" if rest > 0 else ""
        out.append(
            Finding(
                FindingKind.CORROBORATION,
                tuple(members),
                f"{int(names[k])} independent sources agree on {group}: {shown}{more}.",
                Severity.INFO,
                group,
            )
        )
    return out


def _sums(cl: list[Claim], cols: _Columns, pol: Policy) -> list[Finding]:
    """Wholes whose declared parts cannot add up to them (interval arithmetic)."""
    parts = [i for i, c in enumerate(cl) if c.parts_of is not None]
    if not parts:
        return []
    wholes: dict[str, list[int]] = {}
    for i, c in enumerate(cl):
        for ref in {c.id, c.key}:
            if ref is not None:
                wholes.setdefault(ref, []).append(i)
    by_whole: dict[int, list[int]] = {}
    for p in parts:
        for w in wholes.get(cl[p].parts_of or "", []):
            if w != p:
                by_whole.setdefault(w, []).append(p)
    tol = pol.tolerance + _EPS
    out: list[Finding] = []
    for w, ps in by_whole.items():
        whole = cl[w]
        for p in ps:
            if cols.dim[p] != cols.dim[w]:
                raise IncompatibleUnits(
                    f"part {cl[p].figure.unit} {_figure_text(cl[p].figure)!r} ({cl[p].subject}) "
                    f"cannot add up to {whole.figure.unit} {_figure_text(whole.figure)!r}"
                )
        low = float(np.sum(cols.lo[ps]))
        high = float(np.sum(cols.hi[ps]))
        wl, wh = float(cols.lo[w]), float(cols.hi[w])
        if high + tol * abs(high) < wl - tol * abs(wl) or wh + tol * abs(wh) < low - tol * abs(low):
            members = sorted((cl[p] for p in ps), key=lambda c: c.id)
            terms = " + ".join(f"{_figure_text(c.figure)} ({c.source})" for c in members)
            unit = cols.base_units[cols.dim[w]]
            out.append(
                Finding(
                    FindingKind.SUM_MISMATCH,
                    (whole, *members),
                    f"The parts {terms} add up to {_range(low, high, unit)}, which cannot match "
                    f"the {_figure_text(whole.figure)} {whole.source} gave "
                    f"({_date(whole.stated_at or whole.valid_at)}) for {whole.subject}.",
                    Severity.ERROR,
                    cols.group_names[cols.group[w]],
                )
            )
    return out


def _summaries(
    cl: list[Claim],
    cols: _Columns,
    cell: IntArray,
    cell_ids: IntArray,
    whole: _Sweep,
    cell_sources: IntArray,
) -> tuple[dict[str, tuple[Claim, ...]], tuple[GroupSummary, ...]]:
    """Per group: its claims; per cell: envelope, consensus and outliers."""
    n = len(cl)
    ncell = len(cell_ids)
    order = np.lexsort((cols.hi, cols.lo, np.nan_to_num(cols.time, nan=np.inf), cols.group))
    gsorted = cols.group[order]
    seg = np.flatnonzero(np.r_[True, gsorted[1:] != gsorted[:-1]]) if n else np.empty(0, np.int64)
    ordered = [cl[i] for i in order.tolist()]
    bounds = np.r_[seg, n].tolist()
    groups = {
        cols.group_names[int(gsorted[s])]: tuple(ordered[s:e])
        for s, e in itertools.pairwise(bounds)
    }
    low = np.full(ncell, np.inf)
    high = np.full(ncell, -np.inf)
    np.minimum.at(low, cell, cols.lo)
    np.maximum.at(high, cell, cols.hi)
    inl = whole.inlier
    inl_sources = _distinct_per_key(cell[inl], cols.source[inl], ncell)
    c_lo = np.full(ncell, -np.inf)
    c_hi = np.full(ncell, np.inf)
    np.maximum.at(c_lo, cell[inl], cols.lo[inl])
    np.minimum.at(c_hi, cell[inl], cols.hi[inl])
    out_idx = np.flatnonzero(~inl)
    outliers: dict[int, list[Claim]] = {}
    for i in out_idx[np.argsort(cell[out_idx], kind="stable")].tolist():
        outliers.setdefault(int(cell[i]), []).append(cl[i])
    ndim = max(1, len(cols.base_units))
    count = np.bincount(cell, minlength=ncell)
    summaries = []
    for k, raw in enumerate(cell_ids.tolist()):
        g, rest = divmod(raw, 2 * ndim)
        d, fc = divmod(rest, 2)
        summaries.append(
            GroupSummary(
                cols.group_names[g], cols.base_units[d], bool(fc), int(count[k]),
                int(cell_sources[k]), float(low[k]), float(high[k]), float(c_lo[k]),
                float(c_hi[k]), int(whole.depth[k]), int(inl_sources[k]),
                tuple(sorted(outliers.get(k, []), key=lambda c: c.id)),
            )
        )  # fmt: skip
    return groups, tuple(summaries)


# ---------------------------------------------------------------------------
# timeline
# ---------------------------------------------------------------------------


@attrs.frozen(slots=True)
class TimelinePoint:
    """One dated figure of one source.

    Attributes:
        time: When the figure applies.
        value: The representative value (stated value, else the interval's middle,
            else its finite bound), in the timeline's unit.
        low: Lower bound in the timeline's unit (``None`` when unbounded).
        high: Upper bound (``None`` when unbounded).
        hedge: The figure's hedge.
        claim: The claim itself.
    """

    time: datetime
    value: float
    low: float | None
    high: float | None
    hedge: Hedge
    claim: Claim


@attrs.frozen(slots=True)
class Timeline:
    """Per source, one subject's figure over time, ready for plotting and tables.

    Attributes:
        subject: The subject group.
        unit: The unit of every value (the most frequent unit among the claims).
        series: Source name -> its points in time order.
    """

    subject: str
    unit: str
    series: Mapping[str, tuple[TimelinePoint, ...]]

    def rows(self) -> list[tuple[str, datetime, float, float | None, float | None, str]]:
        """Return (source, time, value, low, high, hedge) rows, source by source."""
        return [
            (name, p.time, p.value, p.low, p.high, p.hedge.value)
            for name, points in self.series.items()
            for p in points
        ]


def timeline(claims: Iterable[Claim], subject: str, *, policy: Policy | None = None) -> Timeline:
    """Return, per source, the figures over time of the group that ``subject`` belongs to.

    Args:
        claims: The claims to draw from.
        subject: A subject text or a group label; the subject matcher decides which
            claims belong to it, as in :func:`check`.
        policy: The matcher threshold comes from it.

    Returns:
        The timeline; undated claims and claims whose unit does not convert to the
        most frequent one are left out.
    """
    pol = policy or DEFAULT_POLICY
    cl = list({c.id: c for c in claims}.values())
    free = {c.subject for c in cl if c.group is None} | {subject}
    labels = match_subjects(free, policy=pol)
    target = {subject, labels[subject]}
    chosen = [
        c for c in cl
        if c.applies_at is not None
        and ((c.group or labels[c.subject]) in target or c.subject == subject)
    ]  # fmt: skip
    if not chosen:
        return Timeline(subject, "count", MappingProxyType({}))
    freq: dict[str, int] = {}
    for c in chosen:
        freq[c.figure.unit] = freq.get(c.figure.unit, 0) + 1
    unit = min(freq, key=lambda u: (-freq[u], u))
    series: dict[str, list[TimelinePoint]] = {}
    for c in chosen:
        try:
            fig = c.figure.to(unit)
        except (IncompatibleUnits, ClaimtrackError):
            continue
        value = fig.midpoint
        if value is None:
            value = fig.low if fig.low is not None else fig.high
        assert value is not None
        assert c.applies_at is not None
        series.setdefault(str(c.source), []).append(
            TimelinePoint(c.applies_at, value, fig.low, fig.high, fig.hedge, c)
        )
    frozen = {
        k: tuple(sorted(v, key=lambda p: (p.time, p.claim.id))) for k, v in sorted(series.items())
    }
    return Timeline(labels[subject], unit, MappingProxyType(frozen))
