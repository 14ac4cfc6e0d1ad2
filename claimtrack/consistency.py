"""The consistency check: which figures disagree, which were revised, which parts do not add up.

:func:`check` takes claims from many documents and returns a :class:`Report` of
:class:`Finding` records, each explained in one sentence that quotes the figures,
their sources and their dates:

* **conflict**: comparable claims from different sources whose intervals cannot
  both hold, or one source's two such figures with no time between them that no
  document puts in order;
* **change**: one source's figure for a subject moving over time, or restated later
  in one document with no time between the two ("In a later update, ...");
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

import bisect
import enum
import functools
import gc
import itertools
import math
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from operator import attrgetter
from types import MappingProxyType
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt

from claimtrack import quantities
from claimtrack.exceptions import ClaimtrackError, IncompatibleUnits, InvalidClaim
from claimtrack.model import CHANGE_PREFIXES, PART_PREFIX, Claim, Figure, Hedge, Source
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
    """Comparable figures that cannot both hold: of two sources, or of one at one moment."""
    CHANGE = "change"
    """One source's figure for a subject moved over time, or later in one document."""
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
_claim_id = attrgetter("id")


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
            earlier then the later claim, or within one moment the one the document
            states first; for a sum the whole then its parts).
        explanation: One sentence quoting the figures, sources and dates.
        severity: How serious it is.
        subject: The subject group the finding belongs to.
    """

    kind: FindingKind = attrs.field(validator=attrs.validators.instance_of(FindingKind))
    claims: tuple[Claim, ...] = attrs.field(converter=_claims_tuple, validator=_check_claims)
    explanation: str = attrs.field(validator=attrs.validators.instance_of(str))
    severity: Severity = attrs.field(validator=attrs.validators.instance_of(Severity))
    subject: str = attrs.field(validator=attrs.validators.instance_of(str))

    def sort_key(self) -> tuple[int, str, tuple[str, ...], str]:
        """The order of :attr:`Report.findings`: kind, subject group, claim ids, explanation."""
        return (
            _KIND_ORDER[self.kind],
            self.subject,
            tuple(map(_claim_id, self.claims)),
            self.explanation,
        )

    def __str__(self) -> str:
        return f"[{self.kind.value}] {self.explanation}"


# The slots' own setters: a finding this module builds from claims it has checked skips the
# validators of ``Finding.__init__`` (about a third of the cost of each of 10^5 findings).
_new_object = object.__new__
_set_kind = Finding.__dict__["kind"].__set__
_set_claims = Finding.__dict__["claims"].__set__
_set_explanation = Finding.__dict__["explanation"].__set__
_set_severity = Finding.__dict__["severity"].__set__
_set_subject = Finding.__dict__["subject"].__set__


def _finding(
    kind: FindingKind, claims: tuple[Claim, ...], explanation: str, severity: Severity,
    subject: str,
) -> Finding:  # fmt: skip
    """Build a finding of valid parts (as ``Finding(...)``, without checking them again)."""
    f: Finding = _new_object(Finding)
    _set_kind(f, kind)
    _set_claims(f, claims)
    _set_explanation(f, explanation)
    _set_severity(f, severity)
    _set_subject(f, subject)
    return f


@attrs.frozen(slots=True)
class GroupSummary:
    """Where the claims of one subject group (in one kind of unit) lie, all times together.

    Attributes:
        group: The subject group.
        unit: The base unit the bounds are expressed in (``"person_count_base"``
            for people, ``"metre"`` for lengths).
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
        groups: Subject group name -> its claims (ordered by time, then value);
            from :func:`check` a read-only mapping whose tuples are built on access.
        summaries: One :class:`GroupSummary` per group, unit dimension and
            forecast flag, ordered by group.
        conflict_counts: Claim id -> number of claims it conflicts with (only
            claims with at least one conflict appear, in id order); from
            :func:`check` a read-only mapping built on first access.
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


class _GroupsView(Mapping[str, tuple[Claim, ...]]):
    """Subject group -> its claims, ordered by time then value, derived on first look-up.

    It keeps the claims and their group, time and bound columns; one sort orders every
    group when a group is first looked up, and each group's tuple is built when asked for.
    """

    __slots__ = ("_bounds", "_claims", "_columns", "_names", "_order")

    def __init__(
        self, claims: list[Claim], names: list[str], group: IntArray, time: FloatArray,
        lo: FloatArray, hi: FloatArray,
    ) -> None:  # fmt: skip
        self._claims = claims
        self._names = names  # sorted: group k is names[k]
        self._columns: tuple[IntArray, FloatArray, FloatArray, FloatArray] | None = (
            group, time, lo, hi,
        )  # fmt: skip
        self._order: IntArray = np.empty(0, dtype=np.int64)
        self._bounds: list[int] = []

    def _rows(self, k: int) -> list[int]:
        """The rows of group ``k`` in report order (sorting all groups on first use)."""
        if self._columns is not None:
            group, time, lo, hi = self._columns
            order = np.lexsort((hi, lo, np.nan_to_num(time, nan=np.inf), group))
            sizes = np.bincount(group, minlength=len(self._names))
            self._bounds = [0, *np.cumsum(sizes).tolist()]
            self._order = order
            self._columns = None
        rows: list[int] = self._order[self._bounds[k] : self._bounds[k + 1]].tolist()
        return rows

    def _index(self, name: object) -> int:
        k = bisect.bisect_left(self._names, name) if isinstance(name, str) else len(self._names)
        if k == len(self._names) or self._names[k] != name:
            raise KeyError(name)
        return k

    def __getitem__(self, name: str) -> tuple[Claim, ...]:
        return tuple(map(self._claims.__getitem__, self._rows(self._index(name))))

    def __contains__(self, name: object) -> bool:
        try:
            self._index(name)
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __repr__(self) -> str:
        return f"<groups: {len(self._names)} subject groups of {len(self._claims)} claims>"


class _CountsView(Mapping[str, int]):
    """Claim id -> number of conflicting claims (non-zero only), a dict built on first access."""

    __slots__ = ("_counts", "_dict", "_ids", "_rows")

    def __init__(self, ids: list[str], counts: IntArray) -> None:
        self._ids = ids
        self._rows = np.flatnonzero(counts)
        self._counts = counts[self._rows]
        self._dict: dict[str, int] | None = None

    def _built(self) -> dict[str, int]:
        if self._dict is None:
            keys = map(self._ids.__getitem__, self._rows.tolist())
            self._dict = dict(sorted(zip(keys, self._counts.tolist(), strict=True)))
        return self._dict

    def __getitem__(self, claim_id: str) -> int:
        return self._built()[claim_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._built())

    def __len__(self) -> int:
        return len(self._rows)

    def __repr__(self) -> str:
        return f"<conflict counts of {len(self._rows)} claims>"


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
        sent send sending reportedly total number toll figure estimated estimate count share
        being been be is are was were has have had will would could new"""
    )
)

# Words that name the same concept: concept -> its words.
_CONCEPT_WORDS = {
    "troops": "troop soldier force serviceman servicemember personnel army military armed",
    "border": "border frontier borderland",
    "death": "death dead die died kill killed fatality casualty toll drowned perished",
    "injured": "injury injured wounded hurt",
    "protester": "protester demonstrator marcher striker",
    "people": "people person individual",
    "earthquake": "quake earthquake tremor",
}
# Concepts that count different people of one event: the dead are not the injured, and
# "killed and injured" is neither count alone.
_TOLLS = frozenset({"death", "injured"})
# Words of losing: soldiers lost are soldiers killed ("Moscow says it has lost 498 servicemen").
_LOSS_WORDS = frozenset({"lost", "loss", "lose", "losing"})
# Heads that name no event or measure alone: a subject of only these matches only its like.
_GENERIC = frozenset(
    {"people", "count", "percent", "share", "number", "total"}
    | {"area", "volume", "temperature", "weight", "speed"}  # a measure named by its dimension
)
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
# A rate's period or base in a subject: "people died per day", "cases per 100,000 people".
_PER_PERIOD = re.compile(
    r"\bper (second|minute|hour|day|night|week|month|quarter|year|capita|head"
    r"|[\d.,]+(?: (?:million|thousand|billion))?(?: [a-z]+){1,2})\b",
    re.I,
)


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
    change: str = ""  # "rise" or "fall" for a change ("rise in unemployment"), "" for a level
    period: str = ""  # the period of a rate ("people died per day"), "" for a total

    @property
    def entities(self) -> frozenset[str]:
        return self.actors | self.places


@functools.lru_cache(maxsize=65536)
def _signature(subject: str) -> _Signature:
    """Split a subject into actor entities, place entities and 'what' concepts."""
    change = ""
    for prefix in (*CHANGE_PREFIXES, PART_PREFIX):
        if subject.startswith(prefix):
            change, subject = prefix.split(" ", 1)[0], subject[len(prefix) :]
            break  # a part ("part of people injured") meets only parts, as a rise only rises
    rate = _PER_PERIOD.search(subject)
    period = rate.group(1).lower() if rate is not None else ""
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
    if "troops" in what and what & _LOSS_WORDS:
        what = (what - _LOSS_WORDS) | {"death"}  # an army's losses are its dead
    return _Signature(frozenset(actors), frozenset(places), frozenset(what), change, period)


def _says_little(subject: str) -> bool:
    """Whether a subject names nothing but a measure or a generic word: "euros", "percent".

    Such a subject ("people", "share", "rise in percent", "hectares", "degrees celsius",
    "kroner") says nothing about what is measured, so two claims with it need not be about
    one thing. :func:`claimtrack.extract_claims` gives each such claim a group of its own.
    """
    sig = _signature(subject)
    if sig.entities or sig.period:
        return False
    if sig.what <= _GENERIC:
        return True
    bare = subject.split(" ", 2)[-1] if sig.change else subject  # "rise in percent"
    if bare.lower() in quantities.SHARED_CURRENCY_NOUNS:
        return True
    unit = quantities.unit_alias(bare)
    return unit is not None and unit != "count" and not quantities.is_count(unit)


def _similar(a: _Signature, b: _Signature, threshold: float) -> bool:
    """Whether two subject signatures name the same thing (see the module docs)."""
    if a.change != b.change:
        return False  # a rise is no level, and no fall: "rise in unemployment", "unemployment"
    if a.period != b.period:
        return False  # a rate is no total: "people died per day", "people died"
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
    if a.what != b.what and (a.what <= _GENERIC or b.what <= _GENERIC):
        return False  # a bare "people" says too little to join "people killed" or "people fled"
    if a.what & _TOLLS and b.what & _TOLLS and a.what & _TOLLS != b.what & _TOLLS:
        return False  # "people died in the blast" and "people injured in the blast"
    shared = a.what & b.what
    if union - _GENERIC:  # "people" says nothing of what happened to them: weigh the rest
        shared, union = shared - _GENERIC, union - _GENERIC
    return len(shared) / len(union) >= threshold and bool(shared)


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


@functools.lru_cache(maxsize=1024)
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
    words = _HEDGE_WORDS.get(fig.hedge)
    if fig.value is not None and words is not None:
        return f"{words}{_number(fig.value)}{_unit_words(fig.unit, fig.value != 1)}"
    low = "?" if fig.low is None else _number(fig.low)
    high = "?" if fig.high is None else _number(fig.high)
    return f"between {low} and {high}{_unit_words(fig.unit, True)}"


def _date(d: datetime | None) -> str:
    return "undated" if d is None else _day(d.year, d.month, d.day)


@functools.lru_cache(maxsize=4096)
def _day(year: int, month: int, day: int) -> str:
    """'2 Feb 2022' (the day as written in the claim's own time zone)."""
    return f"{day} {date(year, month, day):%b %Y}"


def _quote(c: Claim, clock: bool = False) -> str:
    """'The Pentagon said nearly 3,000 troops (2 Feb 2022)'; with ``clock``, the time too."""
    when = c.stated_at or c.valid_at
    return f"{c.source} said {_figure_text(c.figure)} ({_when(when) if clock else _date(when)})"


def _when(d: datetime | None) -> str:
    """'17 Jan 2024, 10:15 UTC': a day and its time of day, for two figures of one day."""
    if d is None:
        return "undated"
    zone = d.tzname() or ""
    return f"{_date(d)}, {d:%H:%M}{' ' + zone if zone else ''}"


def _same_day(a: datetime | None, b: datetime | None) -> bool:
    """Whether two times fall on one day but differ: their day alone would not tell them apart."""
    return a is not None and b is not None and a != b and _date(a) == _date(b)


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

_ID = attrgetter("id")
_SUBJECT = attrgetter("subject")
_GROUP = attrgetter("group")
_FIGURE = attrgetter("figure")
_SOURCE = attrgetter("source")
_STATED = attrgetter("stated_at")
_VALID = attrgetter("valid_at")
_KEY = attrgetter("key")
_PARTS_OF = attrgetter("parts_of")
_UNIT = attrgetter("unit")
_LOW = attrgetter("low")
_HIGH = attrgetter("high")
_VALUE = attrgetter("value")
_HEDGE_OF = attrgetter("hedge")


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


def _unique_claims(claims: Iterable[Claim]) -> tuple[list[Claim], list[str]]:
    """Return the claims, the first of each ``id`` only, in input order, and their ids.

    Ids are compared by their hashes in numpy; only ids whose hashes collide are
    compared as strings, so input without duplicates costs no Python work per claim.
    """
    cl = list(claims)
    ids = list(map(_ID, cl))
    n = len(cl)
    hashes = np.fromiter(map(hash, ids), np.int64, n)
    ordered = np.sort(hashes)
    if not (ordered[1:] == ordered[:-1]).any():
        return cl, ids
    order = np.argsort(hashes, kind="stable")
    hs = hashes[order]
    twin = np.zeros(n, dtype=np.bool_)
    twin[1:] = hs[1:] == hs[:-1]
    twin[:-1] |= twin[1:]
    seen: set[str] = set()
    keep = np.ones(n, dtype=np.bool_)
    for i in np.sort(order[twin]).tolist():
        if ids[i] in seen:
            keep[i] = False
        seen.add(ids[i])
    flags = keep.tolist()
    return list(itertools.compress(cl, flags)), list(itertools.compress(ids, flags))


def _codes(values: list[Any]) -> tuple[IntArray, list[Any]]:
    """Number equal values alike, in sorted order of the distinct values (dict interning)."""
    distinct = sorted(dict.fromkeys(values))
    index = dict(zip(distinct, range(len(distinct)), strict=True))
    return np.fromiter(map(index.__getitem__, values), np.int64, len(values)), distinct


def _by_identity(values: list[Any]) -> tuple[IntArray, list[Any]]:
    """Number the distinct objects of ``values`` (by identity) in order of first appearance.

    One C-level pass: ``setdefault`` keeps the row where each object first appears, which
    numbers the objects by rows; those numbers are then made dense.
    """
    first: dict[int, int] = {}
    n = len(values)
    rows = np.fromiter(map(first.setdefault, map(id, values), range(n)), np.int64, n)
    firsts = list(first.values())
    dense = np.empty(n, dtype=np.int64)
    dense[firsts] = np.arange(len(firsts))
    return dense[rows], [values[r] for r in firsts]


def _timestamps(values: list[datetime | None]) -> tuple[FloatArray, IntArray, FloatArray]:
    """Seconds since the epoch (NaN for None), converting each distinct datetime once.

    Datetimes are interned by value: equal aware datetimes are the same instant.  Also
    returns each value's number among the distinct datetimes and their seconds, from which
    :func:`_columns` ranks the times without a sort per claim.
    """
    if values.count(None) == len(values):
        return np.full(len(values), np.nan), np.zeros(len(values), np.int64), np.full(1, np.nan)
    distinct = list(dict.fromkeys(values))
    index = dict(zip(distinct, range(len(distinct)), strict=True))
    codes = np.fromiter(map(index.__getitem__, values), np.int64, len(values))
    stamps = np.array([math.nan if d is None else d.timestamp() for d in distinct], np.float64)
    return stamps[codes], codes, stamps


def _source_root(s: Source) -> str:
    while s.reported_by is not None:
        s = s.reported_by
    return s.name


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


@attrs.define(slots=True)
class _Columns:
    group: IntArray
    group_names: list[str]
    dim: IntArray
    base_units: list[str]
    lo: FloatArray
    hi: FloatArray
    rep: FloatArray
    time: FloatArray
    time_rank: IntArray  # the dense rank of ``time`` (NaN last): equal ranks, equal times
    ntimes: int  # an upper bound of ``time_rank`` and ``stated_rank``
    stated: FloatArray
    stated_rank: IntArray  # the rank of ``stated`` among the same times
    forecast: BoolArray
    source: IntArray
    root: IntArray


def _columns(claims: list[Claim], pol: Policy, groups: Mapping[str, str] | None) -> _Columns:
    """Read the claims into arrays: a C-level pass per attribute, Python work per distinct value."""
    group, group_names = _group_codes(claims, pol, groups)
    dim, base_units, lo, hi, rep = _bounds(
        list(map(_FIGURE, claims)), vague_upper_binding=pol.vague_upper_binding
    )
    valid, valid_code, valid_stamps = _timestamps(list(map(_VALID, claims)))
    stated, stated_code, stated_stamps = _timestamps(list(map(_STATED, claims)))
    undated = np.isnan(valid)
    time = np.where(undated, stated, valid)
    # the rank of each time among all of them (NaN last), from the few distinct datetimes
    ordered = np.unique(np.concatenate([valid_stamps, stated_stamps]))
    stated_rank = np.searchsorted(ordered, stated_stamps)[stated_code]
    time_rank = np.where(undated, stated_rank, np.searchsorted(ordered, valid_stamps)[valid_code])
    del undated, valid_code, stated_code
    with np.errstate(invalid="ignore"):
        forecast = (valid - stated) > pol.forecast_window
    del valid
    source, root = _source_codes(list(map(_SOURCE, claims)))
    return _Columns(
        group, group_names, dim, base_units, lo, hi, rep, time, time_rank, len(ordered), stated,
        stated_rank, forecast, source, root,
    )  # fmt: skip


def _group_codes(
    claims: list[Claim], pol: Policy, groups: Mapping[str, str] | None
) -> tuple[IntArray, list[str]]:
    """Each claim's subject group (``Claim.group``, then ``groups``, then the matcher)."""
    subjects = list(map(_SUBJECT, claims))
    explicit = list(map(_GROUP, claims))
    mapping = dict(groups or {})
    if explicit.count(None) == len(claims):  # the common case: label distinct subjects only
        code, distinct = _codes(subjects)
        del subjects
        mapping.update(match_subjects(set(distinct) - set(mapping), policy=pol))
        labels, names = _codes([mapping[s] for s in distinct])
        return labels[code], names
    pairs = zip(subjects, explicit, strict=True)
    unmatched = {s for s, g in pairs if g is None} - set(mapping)
    mapping.update(match_subjects(unmatched, policy=pol))
    pairs = zip(subjects, explicit, strict=True)
    return _codes([g if g is not None else mapping[s] for s, g in pairs])


def _bounds(
    figures: list[Figure], *, vague_upper_binding: bool = True
) -> tuple[IntArray, list[str], FloatArray, FloatArray, FloatArray]:
    """Dimension index, base unit names, and bounds and representative value in base units.

    Unless ``vague_upper_binding``, the upper bound of a vague figure ("thousands of
    troops") is dropped after the representative value is taken: it is the usual
    reading of the word, not a commitment that a conflict can rest on.
    """
    unit_id, units = _codes(list(map(_UNIT, figures)))
    lo, hi, val = (_floats(figures, get) for get in (_LOW, _HIGH, _VALUE))
    np.nan_to_num(lo, copy=False, nan=-np.inf)
    np.nan_to_num(hi, copy=False, nan=np.inf)
    bases = [_base(u) for u in units]
    dims = sorted({b[0] for b in bases})
    dim = np.array([dims.index(b[0]) for b in bases], dtype=np.int64)[unit_id]
    base_units = [""] * len(dims)
    for b in bases:
        base_units[dims.index(b[0])] = b[1]
    f = np.array([b[3] for b in bases], dtype=np.float64)[unit_id]
    with np.errstate(invalid="ignore"):
        lo *= f
        hi *= f
        val *= f
    del f
    for u, b in enumerate(bases):
        if b[2] is not None:  # offset units (temperatures): convert one by one
            sel = np.flatnonzero(unit_id == u)
            conv = np.vectorize(b[2], otypes=[np.float64])
            for arr in (lo, hi, val):
                finite = sel[np.isfinite(arr[sel])]
                arr[finite] = conv(arr[finite])
    # The midpoint of a bounded interval, else its one finite end (or inf): added only
    # where both ends are finite, since -inf + inf would warn "invalid value".
    bounded = np.isfinite(lo) & np.isfinite(hi)
    mid = np.where(np.isfinite(lo), lo, hi)
    np.add(lo, hi, out=mid, where=bounded)
    np.multiply(mid, 0.5, out=mid, where=bounded)
    rep = np.where(np.isnan(val), mid, val)
    if not vague_upper_binding:
        hedges = list(map(_HEDGE_OF, figures))
        if Hedge.VAGUE in hedges:  # one C-level scan spares the array where none is vague
            flags = map(operator.is_, hedges, itertools.repeat(Hedge.VAGUE))
            vague = np.fromiter(flags, np.bool_, len(hedges))
            hi[vague] = np.inf
    return dim, base_units, lo, hi, rep


def _floats(records: list[Any], get: Callable[[Any], float | None]) -> FloatArray:
    """One optional float attribute of every record as an array (NaN for None)."""
    try:
        return np.fromiter(map(get, records), np.float64, len(records))
    except TypeError:  # a None among the values
        return np.fromiter(map(get, records), object, len(records)).astype(np.float64)


def _source_codes(sources: list[Source]) -> tuple[IntArray, IntArray]:
    """Claimant and chain-root numbers, in sorted order of the normalised names."""
    code, distinct = _by_identity(sources)
    names, _ = _codes([_norm(s.name) for s in distinct])
    roots, _ = _codes([_norm(_source_root(s)) for s in distinct])
    return names[code], roots[code]


# ---------------------------------------------------------------------------
# Sweeps over sorted bounds
# ---------------------------------------------------------------------------


@attrs.define(slots=True)
class _Ranked:
    """Dense ranks of the widened bounds: comparing ranks is comparing values."""

    rlo: IntArray
    rhi: IntArray
    size: int
    values: FloatArray  # the distinct bound values, by rank

    def apart(self, a: IntArray, b: IntArray) -> BoolArray:
        """Whether the widened intervals of each pair are disjoint: both cannot hold."""
        disjoint: BoolArray = (self.rhi[a] < self.rlo[b]) | (self.rhi[b] < self.rlo[a])
        return disjoint


def _moved(cols: _Columns, pol: Policy, ranked: _Ranked, a: IntArray, b: IntArray) -> BoolArray:
    """Whether each pair's figures differ by more than ``min_change`` and cannot both hold."""
    ra, rb = cols.rep[a], cols.rep[b]
    big: BoolArray = np.abs(rb - ra) > pol.min_change * np.maximum(np.abs(ra), np.abs(rb))
    return big & ranked.apart(a, b)


def _rank(lo: FloatArray, hi: FloatArray) -> _Ranked:
    """Rank the lower and upper bounds together (one sort)."""
    both = np.concatenate([lo, hi])
    order = np.argsort(both)
    s = both[order]
    del both
    new = np.empty(len(s), dtype=np.bool_)
    new[:1] = False
    np.not_equal(s[1:], s[:-1], out=new[1:])
    dense = np.empty(len(s), dtype=np.int64)
    dense[order] = np.cumsum(new)
    new[:1] = True
    n = len(lo)
    return _Ranked(dense[:n], dense[n:], int(dense.max(initial=0)) + 1, s[new])


@attrs.define(slots=True)
class _Sweep:
    """The leftmost point of maximal depth of each key, and who covers it."""

    best: IntArray  # per key: rank of the best point (-1 for absent keys)
    depth: IntArray  # per key: number of intervals covering it
    inlier: BoolArray  # per claim: covers its key's best point
    conflicts: IntArray  # per claim: intervals of its key disjoint from it


def _sweep(key: IntArray, r: _Ranked, nkeys: int) -> _Sweep:
    """Find, per key, the largest set of mutually overlapping intervals (max depth).

    Starts and ends are sorted on the composite ``key * m + rank``; every
    ``searchsorted`` then runs on sorted queries, and results go back to claims
    through the sorting permutations.
    """
    m = r.size + 1
    n = len(key)
    base = key * m
    by_start, starts = _sort_below(base + r.rlo, nkeys * m)
    by_end, ends = _sort_below(base + r.rhi, nkeys * m)
    del base
    offset = np.zeros(nkeys + 1, dtype=np.int64)
    np.cumsum(np.bincount(key, minlength=nkeys), out=offset[1:])
    ended = np.searchsorted(ends, starts, "left")  # intervals ending before each start
    depth_at = np.searchsorted(starts, starts, "right") - ended
    skey = key[by_start]
    best = np.full(nkeys, -1, dtype=np.int64)
    depth = np.zeros(nkeys, dtype=np.int64)
    if n:
        seg = offset[:-1][offset[1:] > offset[:-1]]
        peak = np.maximum.reduceat(depth_at, seg)
        at_peak = np.flatnonzero(depth_at == np.repeat(peak, np.diff(np.r_[seg, n])))
        first = at_peak[np.r_[True, skey[at_peak][1:] != skey[at_peak][:-1]]]
        best[skey[first]] = starts[first] % m
        depth[skey[first]] = depth_at[first]
    b = best[key]
    inlier = (r.rlo <= b) & (r.rhi >= b)
    conflicts = np.empty(n, dtype=np.int64)
    conflicts[by_start] = ended - offset[skey]  # wholly below
    del ended, skey
    after = np.searchsorted(starts, ends, "right")
    conflicts[by_end] += offset[key[by_end] + 1] - after  # wholly above
    return _Sweep(best, depth, inlier, conflicts)


def _sort_below(values: IntArray, top: int) -> tuple[IntArray, IntArray]:
    """The sorting permutation of non-negative integers below ``top``, and the sorted values.

    When the row numbers fit in the bits the values leave free, each value carries its row
    in its low bits and a plain sort (faster than ``argsort``) gives both at once; rows of
    equal values then come in row order, a tie order no caller depends on.
    """
    n = len(values)
    bits = max(1, (n - 1).bit_length())
    if top > 1 << (62 - bits):
        order = np.argsort(values)
        return order, values[order]
    packed = np.sort((values << bits) | np.arange(n))
    return packed & ((1 << bits) - 1), packed >> bits


def _distinct_per_key(key: IntArray, value: IntArray, nkeys: int) -> IntArray:
    """Count distinct values per key."""
    if not len(key):
        return np.zeros(nkeys, dtype=np.int64)
    width = int(value.max()) + 1
    if nkeys * width <= 8 * len(key) + 4096:
        # few possible pairs: mark each in a table of them, a row per key, without a sort
        seen = np.zeros(nkeys * width, dtype=np.bool_)
        seen[key * width + value] = True
        counts: IntArray = seen.reshape(nkeys, width).sum(axis=1, dtype=np.int64)
        return counts
    pairs = np.sort(key * width + value)
    pairs = pairs[np.r_[True, pairs[1:] != pairs[:-1]]]
    return np.bincount(pairs // width, minlength=nkeys).astype(np.int64)


def _equal_next(order: IntArray, at: IntArray, keys: Sequence[npt.NDArray[Any]]) -> BoolArray:
    """For positions ``at`` of ``order``, whether that row equals the next on every key.

    NaN equals NaN here: an undated claim ties with another undated claim.
    """
    a, b = order[at], order[at + 1]
    equal = np.ones(len(at), dtype=np.bool_)
    for k in keys:
        va, vb = k[a], k[b]
        same = va == vb
        if va.dtype.kind == "f":
            same |= np.isnan(va) & np.isnan(vb)
        equal &= same
    return equal


def _sorted_rows(
    rows: IntArray, keys: Sequence[npt.NDArray[Any]], ids: list[str], lead: int
) -> IntArray:
    """Order ``rows`` by ``keys`` (the last most significant, as ``np.lexsort``), then by id.

    Only the ``lead`` most significant keys are sorted over all rows; rows tied on them
    are then ordered by every key and, where still equal, by claim id, so that the
    input order never matters and the minor keys cost time for ties only.  NaN (no
    time) ties with NaN.
    """
    major = keys[len(keys) - lead :]
    # the order of ties on the major keys does not matter: they are ordered below
    order = rows[np.argsort(major[0][rows]) if lead == 1 else np.lexsort([k[rows] for k in major])]
    at = np.arange(max(0, len(order) - 1))
    if lead < len(keys):
        at = at[_equal_next(order, at, major)]
        tied = np.zeros(len(order), dtype=np.bool_)
        tied[at] = True
        tied[at + 1] = True
        sub = order[tied]
        order[tied] = sub[np.lexsort([k[sub] for k in keys])]
    at = at[_equal_next(order, at, keys)]
    if not len(at):
        return order
    equal = np.zeros(len(order), dtype=np.bool_)
    equal[at] = True
    starts = np.flatnonzero(~np.r_[False, equal[:-1]])
    ends = np.r_[starts[1:], len(order)]
    tied_runs = ends - starts > 1
    for s, e in zip(starts[tied_runs].tolist(), ends[tied_runs].tolist(), strict=True):
        order[s:e] = sorted(order[s:e].tolist(), key=ids.__getitem__)
    return order


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


@attrs.define(slots=True)
class _Cells:
    """Comparable sets: cells (group, dimension, forecast flag) and their time slices."""

    cell: IntArray  # per claim: its cell
    ids: IntArray  # per cell: (group * ndim + dim) * 2 + forecast
    size: IntArray  # per cell: number of claims
    dated: BoolArray  # per claim: has a time
    slice_key: IntArray  # per claim: its time slice (undated claims: slice 0 of the cell)
    nslice: int


def _cells(cols: _Columns, pol: Policy) -> _Cells:
    """Number the cells and cut them into time slices counted from each cell's first time."""
    ndim = max(1, len(cols.base_units))
    cell_raw = (cols.group * ndim + cols.dim) * 2 + cols.forecast.astype(np.int64)
    cell_ids, cell = _unique_inverse(cell_raw)
    ncell = len(cell_ids)
    dated = ~np.isnan(cols.time)
    t0 = np.full(ncell, np.inf)
    np.minimum.at(t0, cell[dated], cols.time[dated])
    rel = np.where(dated, cols.time - t0[cell], 0.0)
    if pol.same_time_window > 0:
        slot = np.floor(rel / pol.same_time_window).astype(np.int64)
    else:
        slot = np.unique(rel, return_inverse=True)[1].astype(np.int64).ravel()
    slot = np.where(dated, slot + 1, 0)
    slice_ids, slice_key = _unique_inverse(cell * (int(slot.max(initial=0)) + 1) + slot)
    size = np.bincount(cell, minlength=ncell)
    return _Cells(cell, cell_ids, size, dated, slice_key, len(slice_ids))


def _unique_inverse(values: IntArray) -> tuple[IntArray, IntArray]:
    """``np.unique(values, return_inverse=True)`` for non-negative integers.

    Values of a range not much wider than their number are numbered by marking them in
    a table of that range, without a sort.
    """
    top = int(values.max(initial=-1)) + 1
    if top > 2 * len(values) + 1024:
        distinct, inverse = np.unique(values, return_inverse=True)
        return distinct, inverse.astype(np.int64).ravel()
    present = np.zeros(top, dtype=np.bool_)
    present[values] = True
    rank = np.cumsum(present, dtype=np.int64) - 1
    return np.flatnonzero(present), rank[values]


def _check(
    claims: Iterable[Claim], policy: Policy | None, groups: Mapping[str, str] | None
) -> Report:
    pol = policy or DEFAULT_POLICY
    cl, ids = _unique_claims(claims)
    cols = _columns(cl, pol, groups)
    tol = pol.tolerance + _EPS
    ranked = _rank(cols.lo - tol * np.abs(cols.lo), cols.hi + tol * np.abs(cols.hi))
    cells = _cells(cols, pol)
    sliced = _sweep(cells.slice_key, ranked, cells.nslice)
    whole = _sweep(cells.cell, ranked, len(cells.ids))
    counts = np.zeros(len(cl), dtype=np.int64)
    moments = _moments(cl, cols, ranked)
    findings = _pair_conflicts(cl, ids, cols, cells, ranked, pol, counts, moments)
    findings.extend(_outlier_conflicts(cl, cols, cells, ranked, sliced, whole, pol, counts))
    findings.extend(_changes(cl, ids, cols, pol, ranked))
    findings.extend(_restatements(cl, ids, cols, pol, ranked, moments))
    findings.extend(_corroborations(cl, ids, cols, cells, sliced))
    findings.extend(_sums(cl, ids, cols, pol))
    findings.sort(key=Finding.sort_key)
    summaries = _summaries(cl, ids, cols, cells, whole)
    return Report(
        tuple(findings),
        _GroupsView(cl, cols.group_names, cols.group, cols.time, cols.lo, cols.hi),
        summaries,
        _CountsView(ids, counts),
    )


def _pair_conflicts(
    cl: list[Claim],
    ids: list[str],
    cols: _Columns,
    cells: _Cells,
    ranked: _Ranked,
    pol: Policy,
    counts: IntArray,
    moments: _Moments,
) -> list[Finding]:
    """Conflicts in small cells: exact, pair by pair (adds to ``counts``).

    Claims of different sources conflict within the time window; one source's claims
    only at one moment, when no text orders them (see :class:`_Moments`).
    """
    small = np.flatnonzero(cells.size[cells.cell] <= pol.pairwise_limit)
    order = small[np.lexsort((cols.time[small], cells.cell[small]))]
    pi, pj = _pairs_within(cells.cell[order], pol.pairwise_limit)
    a, b = order[pi], order[pj]
    del order, pi, pj
    t = cols.time
    with np.errstate(invalid="ignore"):
        near = np.isnan(t[a]) | np.isnan(t[b]) | (np.abs(t[a] - t[b]) <= pol.same_time_window)
    own = cols.source[a] == cols.source[b]
    # one source's two figures with no time between them, which no text orders, conflict too
    clash = ranked.apart(a, b) & np.where(own, moments.unordered(a, b), near)
    a, b = a[clash], b[clash]
    np.add.at(counts, a, 1)
    np.add.at(counts, b, 1)
    out: list[Finding] = []
    for x, y in zip(*_earlier_first(a, b, ids, cols), strict=True):
        first, second = cl[x], cl[y]
        if cols.source[x] == cols.source[y]:
            if _unordered_key(second, cols.rep[y]) < _unordered_key(first, cols.rep[x]):
                x, y, first, second = y, x, second, first
            text = _self_conflict(first, second)
        else:
            clock = _same_day(
                first.stated_at or first.valid_at, second.stated_at or second.valid_at
            )
            text = (
                f"{_cap(_quote(first, clock))} but {_quote(second, clock)} about "
                f"{first.subject}: the figures cannot both hold."
            )
        out.append(
            _finding(
                FindingKind.CONFLICT,
                (first, second),
                text,
                Severity.ERROR,
                cols.group_names[cols.group[x]],
            )
        )
    return out


def _same_moment(cols: _Columns, a: IntArray, b: IntArray) -> BoolArray:
    """Whether the claims of each pair have no time between them.

    Both are stated at one instant or both without a statement time, and their
    figures apply at one instant or both without a time: no time separates them.
    """
    same = np.ones(len(a), dtype=np.bool_)
    for col in (cols.time, cols.stated):
        va, vb = col[a], col[b]
        same &= (va == vb) | (np.isnan(va) & np.isnan(vb))
    return same


@attrs.define(slots=True)
class _Moments:
    """Where one source's claims of one moment stand: which document, offset and sentence.

    A *moment* is a source's claims of one stream (subject group, unit dimension,
    forecast flag, claimant) with no time between them (:func:`_same_moment`). Two of
    them in one document at different offsets are in the text's order; one sentence
    holding two of them relates them itself ("18 of 20 missiles", "67.4%, up from 61%",
    "cut its forecast to 2% from 2.5%"), a figure of more ("another 1,000", "500
    more") adds to another, and a document's own voice (its outlet or name, which
    :func:`claimtrack.extract_claims` gives figures nobody is named for) tells of
    many things a subject may not tell apart ("The first blast killed 20 people. A
    second blast killed 15 people."): such claims are compared with no claim of their
    moment.  Only claims that share their moment with another are looked at.
    """

    moment: IntArray  # per claim: its moment (-1: alone in it)
    doc: IntArray  # per claim: its document, as equal provenance but quote and span (-1: none)
    offset: IntArray  # per claim: its offset in the document (-1: unknown)
    aside: BoolArray  # per claim: left out (shares its sentence, adds, or is the narrator's)

    def unordered(self, a: IntArray, b: IntArray) -> BoolArray:
        """Whether each pair is of one moment that no document orders (nor one sentence)."""
        same: BoolArray = (self.moment[a] == self.moment[b]) & (self.moment[a] >= 0)
        same &= ~(self.aside[a] | self.aside[b]) & ~self.ordered(a, b)
        return same

    def ordered(self, a: IntArray, b: IntArray) -> BoolArray:
        """Whether each pair stands in one document at two known offsets."""
        known: BoolArray = (self.offset[a] >= 0) & (self.offset[b] >= 0) & (self.doc[a] >= 0)
        known &= (self.doc[a] == self.doc[b]) & (self.offset[a] != self.offset[b])
        return known


def _moments(cl: list[Claim], cols: _Columns, ranked: _Ranked) -> _Moments:
    """Find the claims that share their source's moment, and where each of them stands.

    A moment whose figures all overlap (by the widened bounds of ``ranked``, which
    conflicts and restatements compare) can give no finding: its claims are left
    alone in it, before any work per claim.
    """
    n = len(cl)
    moment = np.full(n, -1, dtype=np.int64)
    doc = np.full(n, -1, dtype=np.int64)
    offset = np.full(n, -1, dtype=np.int64)
    aside = np.zeros(n, dtype=np.bool_)
    out = _Moments(moment, doc, offset, aside)
    if n < 2:
        return out
    stream = _stream(cols)
    # only a stream of two claims or more can share a moment: sort the rest out on one key
    by_stream, sorted_stream = _sort_below(stream, int(stream.max()) + 1)
    twice = np.r_[False, sorted_stream[1:] == sorted_stream[:-1]]
    twice[:-1] |= twice[1:]
    few = by_stream[twice]
    del by_stream, sorted_stream, twice
    keys: tuple[npt.NDArray[Any], ...]
    nt = cols.ntimes
    if int(stream.max()) < (2**62) // (nt * nt):
        # one integer key for (stream, time, statement time), ranks standing for the times
        # (NaN last); the order within a moment does not matter
        keys = ((stream[few] * nt + cols.time_rank[few]) * nt + cols.stated_rank[few],)
        order = np.argsort(keys[0])
    else:
        keys = (
            np.nan_to_num(cols.stated[few], nan=np.inf),
            np.nan_to_num(cols.time[few], nan=np.inf),
            stream[few],
        )
        order = np.lexsort(keys)
    at = np.arange(max(0, len(few) - 1))
    tied = at[_equal_next(order, at, keys)]
    if not len(tied):
        return out
    starts = np.ones(len(few), dtype=np.bool_)
    starts[tied + 1] = False
    order = few[order]
    moment[order] = np.cumsum(starts) - 1
    shared = np.zeros(n, dtype=np.bool_)
    shared[order[tied]] = True
    shared[order[tied + 1]] = True
    # The claims of a moment are one run of ``order``: keep the runs with two figures that
    # cannot both hold (some upper bound below some lower bound).
    runs = order[shared[order]]
    run_of = moment[runs]
    heads = np.flatnonzero(np.r_[True, run_of[1:] != run_of[:-1]])
    disagree = np.minimum.reduceat(ranked.rhi[runs], heads) < np.maximum.reduceat(
        ranked.rlo[runs], heads
    )
    shared[runs[~np.repeat(disagree, np.diff(np.r_[heads, len(runs)]))]] = False
    moment[~shared] = -1
    rows = np.flatnonzero(shared)
    if not len(rows):
        return out
    provs = [cl[i].provenance for i in rows.tolist()]
    docs = [repr((p.url, p.document, p.outlet, p.published)) for p in provs]
    doc[rows] = _codes(docs)[0]
    offset[rows] = [-1 if p.span is None else p.span[0] for p in provs]
    sentences: dict[tuple[int, str, str], int] = {}
    said = [(m, d, p.quote) for m, d, p in zip(moment[rows].tolist(), docs, provs, strict=True)]
    for m, d, q in said:
        if q is not None:
            sentences[m, d, q] = sentences.get((m, d, q), 0) + 1
    aside[rows] = [
        (q is not None and sentences[m, d, q] > 1) or _adds(cl[i]) or _narrates(cl[i])
        for (m, d, q), i in zip(said, rows.tolist(), strict=True)
    ]
    return out


_UNATTRIBUTED = "unattributed"
"""The narrator of a document without outlet or name (``claimtrack.extract.UNATTRIBUTED``)."""


def _narrates(c: Claim) -> bool:
    """Whether a claim is its document's own voice: its outlet or document name, unrelayed."""
    s, p = c.source, c.provenance
    return (
        s.kind == "outlet"
        and s.reported_by is None
        and s.name in (p.outlet, p.document, _UNATTRIBUTED)
    )


# Words that make a figure an addition to another: "another 1,000", "a further 300", "500 more".
_ADDING_BEFORE = frozenset({"another", "further", "additional", "extra"})
_ADDING_AFTER = frozenset({"more", "additional", "extra", "further"})
_EDGE_WORD = re.compile(r"[A-Za-z]+")


def _adds(c: Claim) -> bool:
    """Whether a claim's quote reads its figure as an addition: "Another 1,000 will follow".

    Such a figure counts more of the thing beside an earlier figure, not the thing anew,
    so it is no restatement of the source's other figure of that moment.
    """
    quote, text = c.provenance.quote, c.figure.text
    if not quote or not text:
        return False
    at = quote.find(text)
    if at < 0:
        return False
    before = _EDGE_WORD.findall(quote[max(0, at - 20) : at])
    after = _EDGE_WORD.match(quote[at + len(text) :].lstrip())
    return bool(
        (before and before[-1].lower() in _ADDING_BEFORE)
        or (after is not None and after.group().lower() in _ADDING_AFTER)
    )


def _where(c: Claim) -> str:
    """' in a.txt': the document a claim appeared in, by name or address ('' if unknown)."""
    name = c.provenance.document or c.provenance.url
    return f" in {name}" if name else ""


def _unordered_key(c: Claim, rep: float) -> tuple[str, float, str]:
    """Order one source's two figures of one moment: by document name, then value, then id."""
    return (c.provenance.document or c.provenance.url or "", rep, c.id)


def _self_conflict(first: Claim, second: Claim) -> str:
    """Explain one source's two figures of one moment that no text puts in order.

    "The ministry said 20 people in a.txt but also 35 people in b.txt about people killed,
    with no time between them (both undated): the figures cannot both hold."
    """
    where_a, where_b = _where(first), _where(second)
    if where_a == where_b:  # one document (or none named) that does not order them
        where_a = where_b = ""
    # one claimant may come relayed by two intermediaries, or named in two spellings
    then = "also" if str(first.source) == str(second.source) else f"{second.source} said"
    return (
        f"{_cap(str(first.source))} said {_figure_text(first.figure)}{where_a} but {then} "
        f"{_figure_text(second.figure)}{where_b} about {first.subject}, with no time between "
        f"them ({_both(second)}): the figures cannot both hold."
    )


def _both(c: Claim) -> str:
    """'both 1 Mar 2023' or 'both undated': the one time two claims share, ``c`` one of them."""
    return f"both {_date(c.applies_at)}"


def _earlier_first(
    a: IntArray, b: IntArray, ids: list[str], cols: _Columns
) -> tuple[list[int], list[int]]:
    """Order each pair earlier claim first (undated last; ties: claimant name, then id)."""
    ta, tb = np.nan_to_num(cols.time[a], nan=np.inf), np.nan_to_num(cols.time[b], nan=np.inf)
    sa, sb = cols.source[a], cols.source[b]
    swap = (tb < ta) | ((tb == ta) & (sb < sa))
    tied = np.flatnonzero((tb == ta) & (sb == sa))
    swap[tied] = [ids[y] < ids[x] for x, y in zip(a[tied].tolist(), b[tied].tolist(), strict=True)]
    return np.where(swap, b, a).tolist(), np.where(swap, a, b).tolist()


def _outlier_conflicts(
    cl: list[Claim],
    cols: _Columns,
    cells: _Cells,
    ranked: _Ranked,
    sliced: _Sweep,
    whole: _Sweep,
    pol: Policy,
    counts: IntArray,
) -> list[Finding]:
    """Conflicts in large cells: outliers of their slice (undated: of their cell)."""
    cell, slice_key, dated = cells.cell, cells.slice_key, cells.dated
    ncell, nslice = len(cells.ids), cells.nslice
    large = cells.size[cell] > pol.pairwise_limit
    # a claim contradicted by most of its comparable claims is reported (monotone in tolerance)
    conf = np.where(dated, sliced.conflicts, whole.conflicts)
    peers = np.where(dated, np.bincount(slice_key, minlength=nslice)[slice_key], cells.size[cell])
    outlier = np.flatnonzero(large & (2 * conf > peers - 1))
    counts[large] = conf[large]
    if not len(outlier):
        return []
    si, ci = sliced.inlier, whole.inlier
    slice_sources = _distinct_per_key(slice_key[si], cols.source[si], nslice)
    cell_sources = _distinct_per_key(cell[ci], cols.source[ci], ncell)
    s_range = _agreed_ranges(slice_key, sliced, ranked, nslice)
    c_range = _agreed_ranges(cell, whole, ranked, ncell)
    out: list[Finding] = []
    for x in outlier.tolist():
        c = cl[x]
        if dated[x]:
            k, sw, srcs, (lo_r, hi_r) = int(slice_key[x]), sliced, slice_sources, s_range
        else:
            k, sw, srcs, (lo_r, hi_r) = int(cell[x]), whole, cell_sources, c_range
        when = "claims of the same days" if dated[x] else "claims"
        out.append(
            _finding(
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
    return out


# A first word of lower-case letters only ("health", "police's", "so-called"): a common
# word that a sentence capitalises; "eBay", "france24-liveblog.txt" or "2" keep their case.
_COMMON_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*(?=[\s,:;'’]|$)")


def _cap(text: str) -> str:
    """Open a sentence: 'health ministry said' -> 'Health ministry said'.

    Only a first word written in lower-case letters alone is capitalised: a name
    written "eBay" or a file name "france24-liveblog-2022-02-10.txt" keeps its case, and
    nothing after the first letter changes.
    """
    if _COMMON_WORD.match(text) is None:
        return text
    return text[:1].upper() + text[1:]


def _agreed_ranges(
    keys: IntArray, sw: _Sweep, ranked: _Ranked, nkeys: int
) -> tuple[FloatArray, FloatArray]:
    """Per key, the range (widened values) where all its inliers overlap."""
    sel = sw.inlier
    top = np.full(nkeys, 0, dtype=np.int64)
    bottom = np.full(nkeys, len(ranked.values) - 1, dtype=np.int64)
    np.maximum.at(top, keys[sel], ranked.rlo[sel])
    np.minimum.at(bottom, keys[sel], ranked.rhi[sel])
    return ranked.values[top], ranked.values[bottom]


def _stream(cols: _Columns) -> IntArray:
    """One number per (group, dimension, forecast flag, claimant), ordered as those are."""
    ndim = max(1, len(cols.base_units))
    nsrc = int(cols.source.max(initial=0)) + 1
    cell = (cols.group * ndim + cols.dim) * 2 + cols.forecast.astype(np.int64)
    return cell * nsrc + cols.source


def _changes(
    cl: list[Claim], ids: list[str], cols: _Columns, pol: Policy, ranked: _Ranked
) -> list[Finding]:
    """Consecutive dated claims of one source whose figures cannot both hold and moved."""
    dated = np.flatnonzero(~np.isnan(cols.time))
    if len(dated) < 2:
        return []
    stream = _stream(cols)
    stated = np.nan_to_num(cols.stated, nan=-np.inf)
    minor: tuple[npt.NDArray[Any], ...] = (cols.hi, cols.lo, cols.rep, stated)
    if int(stream.max()) < (2**62) // cols.ntimes:
        # one integer key orders by stream, then time: one sort, not lexsort's two
        keys = (*minor, stream * cols.ntimes + cols.time_rank)
        order = _sorted_rows(dated, keys, ids, lead=1)
    else:
        order = _sorted_rows(dated, (*minor, cols.time, stream), ids, lead=2)
    del stated, dated
    a, b = order[:-1], order[1:]
    same = (stream[a] == stream[b]) & ~_same_moment(cols, a, b)  # same moment: _restatements
    moved = same & _moved(cols, pol, ranked, a, b)
    a, b = a[moved], b[moved]
    # a claim is often the end of one change and the start of the next: render it once
    said = {i: _said(cl[i]) for i in np.union1d(a, b).tolist()}
    units = [_change_unit(base) for base in cols.base_units]
    rows = (a.tolist(), b.tolist(), cols.rep[a].tolist(), cols.rep[b].tolist())
    labels = map(cols.group_names.__getitem__, cols.group[a].tolist())
    dims = cols.dim[a].tolist()
    return [
        _change(cl[x], cl[y], *said[x], *said[y], va, vb, units[d], group)
        for (x, y, va, vb), d, group in zip(zip(*rows, strict=True), dims, labels, strict=True)
    ]


def _said(c: Claim) -> tuple[str, str]:
    """A claim's figure ('about 100,000 troops'), and with its date ('... (20 Jan 2022)')."""
    text = _figure_text(c.figure)
    return text, f"{text} ({_date(c.applies_at)})"


def _change(
    before: Claim, after: Claim, text_before: str, said_before: str, text_after: str,
    said_after: str, va: float, vb: float, unit: str, group: str,
) -> Finding:  # fmt: skip
    """Explain one source's move from ``va`` to ``vb`` (base-unit values, figures rendered).

    Two figures of one day say their times of day too ("29 (17 Jan 2024, 10:15 UTC)").

    A source that gives a thing's figures for two periods ("58.1% in 2019", "63.4% now") says
    how the thing went; one that gives a new figure for the same period, or for the present,
    changed its figure.
    """
    if _same_day(before.applies_at, after.applies_at):
        said_before = f"{text_before} ({_when(before.applies_at)})"
        said_after = f"{text_after} ({_when(after.applies_at)})"
    if before.valid_at != after.valid_at:
        name = str(after.source)
        whose = f"{name}'" if name.endswith("s") else f"{name}'s"
        moved = f"{_cap(whose)} figure for {after.subject} went from {said_before} to {said_after}"
    else:
        whose = "their" if after.source.kind == "person" else "its"
        moved = (
            f"{_cap(str(after.source))} changed {whose} figure for {after.subject}"
            f" from {said_before} to {said_after}"
        )
    return _finding(
        FindingKind.CHANGE,
        (before, after),
        f"{moved}, {_movement(before, after, va, vb, unit)}.",
        Severity.INFO,
        group,
    )


def _movement(before: Claim, after: Claim, va: float, vb: float, unit: str) -> str:
    """'up 15 (+75%)': how far a figure moved from ``va`` to ``vb`` (base-unit values)."""
    direction = "up" if vb > va else "down"
    rel = f" ({(vb - va) / abs(va):+.0%})" if va else ""
    size = f"{_number(abs(vb - va))}{unit}"
    own = after.figure.midpoint  # its number in its own unit, as ``vb`` is in the base unit
    if own is None:
        own = after.figure.low if after.figure.low is not None else after.figure.high
    if "_per_" in after.figure.unit and before.figure.unit == after.figure.unit and own and vb:
        # a rate in its own unit, not per second: "down 174,000 jobs per month"
        words = quantities.unit_words(after.figure.unit)
        size = f"{_number(round(abs(vb - va) * own / vb, 6))} {words}"
    if before.figure.unit == after.figure.unit == "percent":
        # a percentage moves by percentage points: "from 58.1% to 63.4%, up 5.3 percentage points"
        size = f"{_number(round(abs(vb - va) * 100, 10))} percentage points"
    return f"{direction} {size}{rel}"


def _restatements(
    cl: list[Claim], ids: list[str], cols: _Columns, pol: Policy, ranked: _Ranked,
    moments: _Moments,
) -> list[Finding]:  # fmt: skip
    """One source's figures of one moment that one document states one after the other.

    The claims of a moment (see :class:`_Moments`) are taken in the order of their
    offsets in their document; each figure that cannot hold with the one stated before
    it there is a change: a news article appends its updates ("In a later update, ...").
    Figures that no text orders (other documents, no offsets) are conflicts instead, and
    figures that share a sentence are neither.
    """
    m = moments
    rows = np.flatnonzero((m.moment >= 0) & (m.offset >= 0) & (m.doc >= 0) & ~m.aside)
    if len(rows) < 2:
        return []
    order = _sorted_rows(rows, (m.offset, m.doc, m.moment), ids, lead=3)
    a, b = order[:-1], order[1:]
    follows = (m.moment[a] == m.moment[b]) & m.ordered(a, b) & _moved(cols, pol, ranked, a, b)
    units = [_change_unit(base) for base in cols.base_units]
    out: list[Finding] = []
    for x, y in zip(a[follows].tolist(), b[follows].tolist(), strict=True):
        before, after = cl[x], cl[y]
        whose = "their" if after.source.kind == "person" else "its"
        where = _where(after) or " in one document"
        movement = _movement(
            before, after, float(cols.rep[x]), float(cols.rep[y]), units[cols.dim[x]]
        )
        out.append(
            _finding(
                FindingKind.CHANGE,
                (before, after),
                f"{_cap(str(after.source))} changed {whose} figure for {after.subject}{where} "
                "with no time "
                f"between the two ({_both(after)}): "
                f"first {_figure_text(before.figure)}, then {_figure_text(after.figure)}, "
                f"{movement}.",
                Severity.INFO,
                cols.group_names[cols.group[x]],
            )
        )
    return out


def _change_unit(base: str) -> str:
    """The unit words after a change's size: none for counts of people or things."""
    if base.endswith("count_base"):
        return ""
    return _unit_words(base, True).replace("count base", "").rstrip()


def _corroborations(
    cl: list[Claim], ids: list[str], cols: _Columns, cells: _Cells, sw: _Sweep
) -> list[Finding]:
    """One finding per group cell: its time slice with the largest agreeing set, if independent.

    Two of the independent sources must give bounded figures: "more than 4,300" and "at
    least 18" never contradict each other, but neither confirms the other. Open figures that
    agree are shown with the bounded ones.
    """
    slice_key, nslice = cells.slice_key, cells.nslice
    inl = np.flatnonzero(sw.inlier)
    keys = slice_key[inl]
    bounded = np.isfinite(cols.lo[inl]) & np.isfinite(cols.hi[inl])
    names = _distinct_per_key(keys[bounded], cols.source[inl][bounded], nslice)
    roots = _distinct_per_key(keys[bounded], cols.root[inl][bounded], nslice)
    good = (names >= 2) & (roots >= 2)
    # per cell, the good slice with the most claims agreeing (ties: the earliest slice)
    slice_cell = np.full(nslice, -1, dtype=np.int64)
    slice_cell[slice_key] = cells.cell
    cand = np.flatnonzero(good)
    if not len(cand):
        return []
    cand = cand[np.lexsort((cand, -sw.depth[cand], slice_cell[cand]))]
    chosen = cand[np.r_[True, slice_cell[cand][1:] != slice_cell[cand][:-1]]]
    keep = np.zeros(nslice, dtype=np.bool_)
    keep[chosen] = True
    inl = inl[keep[keys]]
    c = cols
    order = _sorted_rows(inl, (c.hi, c.lo, c.source, c.time, slice_key), ids, lead=5)
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
            _finding(
                FindingKind.CORROBORATION,
                tuple(members),
                f"{int(names[k])} independent sources agree on {group}: {shown}{more}.",
                Severity.INFO,
                group,
            )
        )
    return out


def _wholes(cl: list[Claim], ids: list[str], wanted: set[str]) -> dict[str, list[int]]:
    """Rows whose ``id`` or ``key`` is one of ``wanted``, per reference, ascending."""
    found: dict[str, set[int]] = {}
    for refs in (ids, list(map(_KEY, cl))):
        hit = wanted.intersection(refs)
        if hit:
            rows = itertools.compress(range(len(refs)), map(hit.__contains__, refs))
            for i in rows:
                found.setdefault(refs[i], set()).add(i)
    return {ref: sorted(rows) for ref, rows in found.items()}


def _sums(cl: list[Claim], ids: list[str], cols: _Columns, pol: Policy) -> list[Finding]:
    """Wholes whose declared parts cannot add up to them (interval arithmetic)."""
    parts_of = list(map(_PARTS_OF, cl))
    if parts_of.count(None) == len(cl):
        return []
    parts = [i for i, ref in enumerate(parts_of) if ref is not None]
    wholes = _wholes(cl, ids, {parts_of[p] or "" for p in parts})
    by_whole: dict[int, list[int]] = {}
    for p in parts:
        for w in wholes.get(parts_of[p] or "", []):
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
                _finding(
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
    cl: list[Claim], ids: list[str], cols: _Columns, cells: _Cells, whole: _Sweep
) -> tuple[GroupSummary, ...]:
    """Per cell: envelope, consensus and outliers."""
    cell = cells.cell
    ncell = len(cells.ids)
    low = np.full(ncell, np.inf)
    high = np.full(ncell, -np.inf)
    np.minimum.at(low, cell, cols.lo)
    np.maximum.at(high, cell, cols.hi)
    inl = whole.inlier
    inl_sources = _distinct_per_key(cell[inl], cols.source[inl], ncell)
    cell_sources = _distinct_per_key(cell, cols.source, ncell)
    c_lo = np.full(ncell, -np.inf)
    c_hi = np.full(ncell, np.inf)
    np.maximum.at(c_lo, cell[inl], cols.lo[inl])
    np.minimum.at(c_hi, cell[inl], cols.hi[inl])
    # the outliers in id order (ids are unique), then grouped by cell keeping that order
    out_rows = np.flatnonzero(~inl).tolist()
    out_rows.sort(key=ids.__getitem__)
    by_cell = np.asarray(out_rows, dtype=np.int64)
    by_cell = by_cell[np.argsort(cell[by_cell], kind="stable")]
    cuts = np.searchsorted(cell[by_cell], np.arange(ncell + 1)).tolist()
    outliers = list(map(cl.__getitem__, by_cell.tolist()))
    ndim = max(1, len(cols.base_units))
    summaries = []
    for k, raw in enumerate(cells.ids.tolist()):
        g, rest = divmod(raw, 2 * ndim)
        d, fc = divmod(rest, 2)
        summaries.append(
            GroupSummary(
                cols.group_names[g], cols.base_units[d], bool(fc), int(cells.size[k]),
                int(cell_sources[k]), float(low[k]), float(high[k]), float(c_lo[k]),
                float(c_hi[k]), int(whole.depth[k]), int(inl_sources[k]),
                tuple(outliers[cuts[k] : cuts[k + 1]]),
            )
        )  # fmt: skip
    return tuple(summaries)


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
