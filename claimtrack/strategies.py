"""Hypothesis strategies that generate claimtrack records for your own property tests.

The strategies follow Hypothesis's conventions: plural names, keyword-only
arguments with defaults that allow any valid value, and arguments checked when
the strategy is created (a bad argument raises
:class:`hypothesis.errors.InvalidArgument` at once, not at the first draw).

* :func:`units`: canonical unit names.
* :func:`figures`: valid :class:`~claimtrack.model.Figure` values of every hedge,
  with realistic magnitudes.
* :func:`sources`, :func:`provenances`, :func:`claims`: the other records.
* :func:`claim_sets`: lists of claims with *planted* conflicts, changes and sum
  mismatches, so that a pipeline can be checked to flag them.
* :func:`figure_phrases`: ``(text, figure)`` pairs, a news phrase and the figure
  :func:`claimtrack.parse_figure` must read from it.

Installing claimtrack registers a Hypothesis entry point, so
``st.from_type(Claim)`` (and ``Figure``, ``Source``, ``Provenance``, ``Hedge``)
works in any test suite; see ``docs/how-to/hypothesis.md``.

This is the only module of claimtrack that imports Hypothesis.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Collection, Iterable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
from hypothesis import assume
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from claimtrack.model import Claim, Figure, Hedge, Provenance, Source
from claimtrack.policy import DEFAULT_POLICY, Policy

if TYPE_CHECKING:
    from claimtrack.consistency import Finding, FindingKind

__all__ = [
    "ClaimSet",
    "Planted",
    "claim_sets",
    "claims",
    "figure_phrases",
    "figures",
    "provenances",
    "sources",
    "units",
]

T = TypeVar("T")

_SINGLE = tuple(h for h in Hedge if h not in (Hedge.RANGE, Hedge.VAGUE))
_DEFAULT_START = datetime(2000, 1, 1, tzinfo=UTC)
_DEFAULT_END = datetime(2030, 12, 31, 23, 59, 59, tzinfo=UTC)
_ZONES: tuple[tzinfo, ...] = (
    UTC,
    timezone(timedelta(hours=1)),
    timezone(timedelta(hours=2)),
    timezone(timedelta(hours=3)),
    timezone(timedelta(hours=-5)),
    timezone(timedelta(hours=-8)),
    timezone(timedelta(hours=5, minutes=30)),
    timezone(timedelta(hours=9)),
    timezone(timedelta(hours=-3, minutes=-30)),
)

# Units tried first (and shrunk towards) when any unit will do.
_COMMON_UNITS = (
    "count",
    "troop",
    "soldier",
    "person",
    "civilian",
    "refugee",
    "tank",
    "kilometre",
    "dollar",
    "euro",
    "dollar_per_month",
    "percent",
)

# Realistic vague orders: (policy word, scale).  Other words of a custom policy get
# every scale of _VAGUE_SCALES.
_VAGUE_ORDERS: tuple[tuple[str, float], ...] = (
    ("dozens", 1.0),
    ("scores", 1.0),
    ("tens", 1.0),
    ("hundreds", 1.0),
    ("thousands", 1.0),
    ("tens", 1e3),
    ("hundreds", 1e3),
    ("plural", 1e6),
    ("tens", 1e6),
    ("hundreds", 1e6),
    ("plural", 1e9),
    ("several", 1e2),
    ("several", 1e3),
    ("several", 1e6),
    ("a few", 1e2),
    ("a few", 1e3),
    ("a few", 1e6),
    ("many", 1e3),
)
_VAGUE_SCALES = (1.0, 1e2, 1e3, 1e6, 1e9)

# ---------------------------------------------------------------------------
# argument checking
# ---------------------------------------------------------------------------


def _check_number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise InvalidArgument(f"{name}={value!r} must be a real number")
    try:
        number = float(value)
    except OverflowError:
        raise InvalidArgument(f"{name}={value!r} must be a finite number") from None
    if not math.isfinite(number):
        raise InvalidArgument(f"{name}={value!r} must be a finite number")
    return number


def _check_count(name: str, value: object, *, low: int = 0, high: int | None = None) -> int:
    if type(value) is not int or value < low or (high is not None and value > high):
        upper = "" if high is None else f" and <= {high}"
        raise InvalidArgument(f"{name}={value!r} must be an int >= {low}{upper}")
    return value


def _check_strategy(name: str, value: object) -> None:
    if not isinstance(value, SearchStrategy):
        raise InvalidArgument(f"{name}={value!r} must be a Hypothesis strategy or None")


def _check_hedges(value: object) -> tuple[Hedge, ...] | None:
    if value is None:
        return None
    if isinstance(value, Hedge | str | bytes):
        raise InvalidArgument(f"hedges={value!r} must be a collection of Hedge, not one value")
    try:
        hedges = tuple(dict.fromkeys(value))  # type: ignore[call-overload]
    except TypeError:
        raise InvalidArgument(f"hedges={value!r} must be a collection of Hedge") from None
    for hedge in hedges:
        if not isinstance(hedge, Hedge):
            raise InvalidArgument(f"hedges must hold Hedge members, got {hedge!r}")
    if not hedges:
        raise InvalidArgument("hedges must not be empty")
    return hedges


def _check_policy(value: object) -> Policy:
    if value is None:
        return DEFAULT_POLICY
    if not isinstance(value, Policy):
        raise InvalidArgument(f"policy={value!r} must be a claimtrack Policy or None")
    return value


def _canonical_units(value: object, name: str = "units") -> tuple[str, ...]:
    """Canonicalise a collection of unit names, raising InvalidArgument for unknown ones."""
    from claimtrack import quantities
    from claimtrack.exceptions import ClaimtrackError

    if isinstance(value, str | bytes):
        raise InvalidArgument(f"{name}={value!r} must be a collection of unit names, not a string")
    try:
        items = list(value)  # type: ignore[call-overload]
    except TypeError:
        raise InvalidArgument(f"{name}={value!r} must be a strategy or a collection") from None
    out: list[str] = []
    for item in items:
        try:
            canonical = quantities.canonical_unit_name(item)
        except ClaimtrackError as exc:
            raise InvalidArgument(f"{name} holds an unknown unit {item!r}: {exc}") from None
        if canonical not in out:
            out.append(canonical)
    if not out:
        raise InvalidArgument(f"{name} must not be empty")
    return tuple(out)


def _check_aware(name: str, value: object) -> datetime:
    if not isinstance(value, datetime):
        raise InvalidArgument(f"{name}={value!r} must be a datetime")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidArgument(f"{name}={value!r} must be timezone-aware")
    return value


def _check_window(start: object, end: object) -> tuple[datetime, datetime]:
    a, b = _check_aware("start", start), _check_aware("end", end)
    if a > b:
        raise InvalidArgument(f"start={a.isoformat()} must not be after end={b.isoformat()}")
    return a, b


# ---------------------------------------------------------------------------
# units
# ---------------------------------------------------------------------------


def _all_units() -> tuple[str, ...]:
    """Every canonical unit name that a Figure accepts, common ones first."""
    from claimtrack import quantities
    from claimtrack.exceptions import ClaimtrackError

    names: list[str] = []
    for name in sorted(quantities.known_units()):
        try:
            ok = quantities.canonical_unit_name(name) == name
            quantities.dimension_of(name)
        except ClaimtrackError:
            ok = False
        if ok:
            names.append(name)
    first = [u for u in _COMMON_UNITS if u in names]
    return (*first, *(u for u in names if u not in first))


def units(*, dimension: str | None = None) -> SearchStrategy[str]:
    """Generate canonical unit names, optionally of one dimension only.

    Args:
        dimension: A dimension as :func:`claimtrack.quantities.dimension` writes it
            (``"[person]"``, ``"[length]"``); any unit if None.

    Returns:
        A strategy of canonical names (``"troop"``, ``"kilometre"``, ``"dollar"``),
        shrinking towards ``"count"`` and other common units.

    Raises:
        InvalidArgument: If ``dimension`` is not a string or no known unit has it.
    """
    from claimtrack import quantities

    names = _all_units()
    if dimension is not None:
        if type(dimension) is not str:
            raise InvalidArgument(f"dimension={dimension!r} must be a string or None")
        names = tuple(u for u in names if quantities.dimension_of(u) == dimension)
        if not names:
            known = sorted({quantities.dimension_of(u) for u in _all_units()})
            raise InvalidArgument(
                f"no known unit has dimension {dimension!r}; known: {', '.join(known[:12])}, ..."
            )
    return st.sampled_from(names)


# ---------------------------------------------------------------------------
# numbers and figures
# ---------------------------------------------------------------------------


def _round_to(n: int, digits: int) -> int:
    """Round a positive int to ``digits`` significant digits (2,053 -> 2,000 for 1)."""
    drop = len(str(n)) - digits
    if drop <= 0:
        return n
    step = 10**drop
    return int(((n + step // 2) // step) * step)


@st.composite
def _positive(draw: st.DrawFn, lo: float, hi: float, whole: bool) -> float:
    """A realistic non-negative number in [lo, hi] (0 <= lo <= hi)."""
    ilo, ihi = math.ceil(lo), math.floor(hi)
    if ilo > ihi:  # no whole number in range
        return draw(st.floats(lo, hi, allow_nan=False, allow_infinity=False))
    lo_digits, hi_digits = len(str(ilo)), len(str(ihi))
    digits = draw(st.integers(lo_digits, hi_digits))
    band_lo = max(ilo, 10 ** (digits - 1) if digits > 1 else 0)
    band_hi = min(ihi, 10**digits - 1)
    n = draw(st.integers(band_lo, band_hi))
    sig = draw(st.sampled_from((1, 2, 0, 3)))  # 0: keep every digit
    if sig and n > 0:
        rounded = _round_to(n, sig)
        if ilo <= rounded <= ihi:
            n = rounded
    if not whole and draw(st.booleans()):
        cents = draw(st.sampled_from((5, 25, 50, 1, 75, 99)))
        value = float(Decimal(n) + Decimal(cents) / 100)
        if lo <= value <= hi:
            return value
    return float(n)


def _numbers(lo: float, hi: float, *, whole: bool) -> SearchStrategy[float]:
    """Realistic numbers in [lo, hi]: round ones (100,000), exact ones (2,053), decimals."""
    branches: list[SearchStrategy[float]] = []
    if hi >= 0:
        branches.append(_positive(max(lo, 0.0), hi, whole))
    if lo < 0:
        branches.append(_positive(max(-hi, 0.0), -lo, whole).map(lambda x: -x))
    return st.one_of(branches)


def _vague_orders(policy: Policy, lo: float, hi: float) -> tuple[tuple[str, float], ...]:
    """The (word, scale) pairs of the policy whose interval lies within [lo, hi]."""
    pairs = [(w, s) for w, s in _VAGUE_ORDERS if w in policy.vague]
    pairs += [(w, s) for w in policy.vague for s in _VAGUE_SCALES if w not in dict(_VAGUE_ORDERS)]
    out = []
    for word, scale in pairs:
        a, b = policy.vague_interval(word, scale)
        if lo <= a and (b <= hi if b is not None else 10 * a <= hi):
            out.append((word, scale))
    return tuple(out)


def figures(
    *,
    units: SearchStrategy[str] | Collection[str] | None = None,
    hedges: Collection[Hedge] | None = None,
    min_value: float = 0,
    max_value: float = 10**9,
    policy: Policy | None = None,
) -> SearchStrategy[Figure]:
    """Generate valid figures of every hedge with realistic magnitudes.

    Single-value hedges are built with :meth:`Figure.of` (so the interval is the
    policy's), ranges with :meth:`Figure.between` over two distinct numbers, and
    vague amounts with the bounds of :meth:`Policy.vague_interval` ("tens of
    thousands" is ``[10,000, 100,000]``).  Numbers are realistic: round ones
    (100,000, 3,000), exact ones (2,053) and, outside counts, decimals (2.25).

    Args:
        units: A strategy of unit names, or a collection of names (aliases are
            accepted: ``"troops"``); any unit if None.
        hedges: The hedges to use; all if None (a hedge that cannot fit the
            value range is then left out).
        min_value: Smallest stated number (the value, or a range's or vague
            amount's bounds); counts never go below zero.  The interval a hedge
            derives from a value may reach beyond (exact 10**9 reaches 1.05e9).
        max_value: Largest stated number.
        policy: The policy that turns hedges into intervals; the default if None.

    Returns:
        A strategy of :class:`~claimtrack.model.Figure` with an empty ``text``.

    Raises:
        InvalidArgument: For a bad argument, or a hedge that cannot produce a
            figure within ``[min_value, max_value]``.
    """
    from claimtrack import quantities

    lo = _check_number("min_value", min_value)
    hi = _check_number("max_value", max_value)
    if lo > hi:
        raise InvalidArgument(f"min_value={min_value!r} must not exceed max_value={max_value!r}")
    pol = _check_policy(policy)
    chosen = _check_hedges(hedges)
    unit_strategy: SearchStrategy[str]
    if units is None:
        names = _all_units()
        if hi < 0:
            names = tuple(u for u in names if not quantities.is_count(u))
        unit_strategy = st.sampled_from(names)
    elif isinstance(units, SearchStrategy):
        unit_strategy = units
    else:
        names = _canonical_units(units)
        if hi < 0 and all(quantities.is_count(u) for u in names):
            raise InvalidArgument(
                f"max_value={max_value!r} is negative but every unit counts things"
            )
        unit_strategy = st.sampled_from(names)
    vague = _vague_orders(pol, lo, hi)
    available = [h for h in Hedge if not (h is Hedge.VAGUE and not vague)]
    if lo == hi:
        available.remove(Hedge.RANGE)
    if chosen is None:
        chosen = tuple(available)
    else:
        impossible = [h.name for h in chosen if h not in available]
        if impossible:
            raise InvalidArgument(
                f"hedges {', '.join(impossible)} cannot produce a figure within "
                f"[{min_value!r}, {max_value!r}]"
            )

    @st.composite
    def build(draw: st.DrawFn) -> Figure:
        unit = draw(unit_strategy)
        count = quantities.is_count(unit)
        ulo = max(lo, 0.0) if count else lo
        assume(ulo <= hi)
        hedge = draw(st.sampled_from(chosen))
        if hedge is Hedge.VAGUE:
            word, scale = draw(st.sampled_from(vague))
            a, b = pol.vague_interval(word, scale)
            return Figure.between(a, b, unit, hedge=Hedge.VAGUE)
        numbers = _numbers(ulo, hi, whole=count)
        if hedge is Hedge.RANGE:
            assume(ulo < hi)
            pair = draw(st.lists(numbers, min_size=2, max_size=2, unique=True))
            return Figure.between(min(pair), max(pair), unit)
        return Figure.of(draw(numbers), unit, hedge=hedge, policy=pol)

    return build()


# ---------------------------------------------------------------------------
# sources, provenance, claims
# ---------------------------------------------------------------------------

_CLAIMANTS: tuple[tuple[str, str], ...] = (
    ("the Pentagon", "military"),
    ("Russia's Defence Ministry", "government"),
    ("the Kremlin", "government"),
    ("Ukraine's armed forces", "military"),
    ("NATO", "organisation"),
    ("the UN refugee agency", "organisation"),
    ("Amnesty International", "ngo"),
    ("the regional governor", "person"),
    ("the mayor", "person"),
    ("a senior US official", "person"),
    ("a military source", "unnamed"),
    ("the interior ministry", "government"),
    ("the CGT union", "organisation"),
    ("the World Health Organization", "organisation"),
    ("the Red Cross", "ngo"),
    ("the police", "government"),
    ("organisers", "unnamed"),
    ("the health ministry", "government"),
    ("the White House", "government"),
    ("Downing Street", "government"),
)
_OUTLETS: tuple[tuple[str, str], ...] = (
    ("AFP", "agency"),
    ("Reuters", "agency"),
    ("Interfax", "agency"),
    ("TASS", "agency"),
    ("AP", "agency"),
    ("FRANCE 24", "outlet"),
    ("CNN", "outlet"),
    ("the BBC", "outlet"),
    ("The New York Times", "outlet"),
    ("Le Monde", "outlet"),
)
_KINDS = ("person", "organisation", "government", "military", "outlet", "agency", "ngo", "unnamed")


def _names() -> SearchStrategy[str]:
    realistic = st.sampled_from([n for n, _ in _CLAIMANTS + _OUTLETS])
    return st.one_of(realistic, st.text(min_size=1, max_size=30).filter(lambda s: bool(s.strip())))


def sources(
    *, kinds: Collection[str | None] | None = None, max_chain: int = 2
) -> SearchStrategy[Source]:
    """Generate sources, some reported through a chain of intermediaries.

    Names are mostly realistic ("the Pentagon", "Interfax"), sometimes arbitrary
    text, as a user's data may hold.

    Args:
        kinds: The kinds to draw (``None`` in it allows sources without a kind);
            the usual kinds and ``None`` if None.
        max_chain: Most intermediaries (``reported_by`` links) behind the claimant;
            0 for none.

    Returns:
        A strategy of :class:`~claimtrack.model.Source`.

    Raises:
        InvalidArgument: For an empty or ill-typed ``kinds``, or a negative ``max_chain``.
    """
    _check_count("max_chain", max_chain, high=100)
    if kinds is None:
        kind_list: list[str | None] = [*_KINDS, None]
    else:
        if isinstance(kinds, str | bytes):
            raise InvalidArgument(f"kinds={kinds!r} must be a collection, not a string")
        try:
            kind_list = list(dict.fromkeys(kinds))
        except TypeError:
            raise InvalidArgument(f"kinds={kinds!r} must be a collection of str or None") from None
        if not kind_list:
            raise InvalidArgument("kinds must not be empty")
        for kind in kind_list:
            if kind is not None and type(kind) is not str:
                raise InvalidArgument(f"kinds must hold strings or None, got {kind!r}")
    kind_strategy = st.sampled_from(kind_list)

    @st.composite
    def build(draw: st.DrawFn) -> Source:
        links = draw(st.integers(0, max_chain))
        node: Source | None = None
        for _ in range(links):
            node = Source(draw(_names()), kind=draw(kind_strategy), reported_by=node)
        return Source(draw(_names()), kind=draw(kind_strategy), reported_by=node)

    return build()


def _instants(
    start: datetime, end: datetime, zones: SearchStrategy[tzinfo]
) -> SearchStrategy[datetime]:
    """Aware datetimes whose instant lies in [start, end], written in a drawn zone."""
    lo = start.astimezone(UTC).replace(tzinfo=None)
    hi = end.astimezone(UTC).replace(tzinfo=None)

    @st.composite
    def build(draw: st.DrawFn) -> datetime:
        moment = draw(st.datetimes(lo, hi)).replace(tzinfo=UTC)
        zone = draw(zones)
        try:
            return moment.astimezone(zone)
        except (OverflowError, ValueError):  # near datetime.min/max
            return moment

    return build()


def _zones(timezones: SearchStrategy[tzinfo] | None) -> SearchStrategy[tzinfo]:
    if timezones is None:
        return st.sampled_from(_ZONES)
    _check_strategy("timezones", timezones)
    return timezones


def provenances(
    *,
    start: datetime = _DEFAULT_START,
    end: datetime = _DEFAULT_END,
    timezones: SearchStrategy[tzinfo] | None = None,
) -> SearchStrategy[Provenance]:
    """Generate provenance records: url, publication time, outlet, document, quote, span.

    Args:
        start: Earliest publication instant (aware).
        end: Latest publication instant (aware).
        timezones: A strategy of tzinfo for writing times; fixed offsets if None
            (pass ``st.timezones()`` for IANA zones).

    Returns:
        A strategy of :class:`~claimtrack.model.Provenance`; every field may be None.

    Raises:
        InvalidArgument: For naive or inverted bounds, or a ``timezones`` that is
            not a strategy.
    """
    a, b = _check_window(start, end)
    zones = _zones(timezones)
    slugs = st.from_regex(r"[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}", fullmatch=True)
    spans = st.tuples(st.integers(0, 100_000), st.integers(0, 500)).map(
        lambda p: (p[0], p[0] + p[1])
    )
    return st.builds(
        Provenance,
        url=st.none() | slugs.map(lambda s: f"https://news.example/{s}"),
        published=st.none() | _instants(a, b, zones),
        outlet=st.none() | st.sampled_from([n for n, _ in _OUTLETS]),
        document=st.none() | slugs.map(lambda s: f"{s}.html"),
        quote=st.none() | st.text(max_size=80),
        span=st.none() | spans,
    )


_WHATS = (
    "troops",
    "soldiers",
    "tanks",
    "civilians killed",
    "people displaced",
    "refugees arriving",
    "protesters",
    "aid pledged",
    "length of the front line",
    "cases reported",
)
_ACTORS = ("", "", "Russian ", "Ukrainian ", "American ", "NATO ")
_PREPOSITIONS = ("in", "near", "around")
# fmt: off
_PLACES: tuple[str, ...] = (
    "Lviv", "Odesa", "Kharkiv", "Dnipro", "Mariupol", "Kherson", "Mykolaiv", "Chernihiv", "Sumy",
    "Poltava", "Vinnytsia", "Rivne", "Lutsk", "Uzhhorod", "Ternopil", "Zhytomyr", "Cherkasy",
    "Izium", "Bakhmut", "Avdiivka", "Kramatorsk", "Sloviansk", "Melitopol", "Berdiansk", "Mosul",
    "Aleppo", "Homs", "Idlib", "Raqqa", "Benghazi", "Tripoli", "Sanaa", "Aden", "Goma", "Juba",
    "Khartoum", "Mogadishu", "Kandahar", "Jalalabad", "Quetta", "Peshawar", "Lahore", "Dhaka",
    "Yangon", "Mandalay", "Manila", "Cebu", "Davao", "Jakarta", "Surabaya", "Medan", "Lima",
    "Quito", "Bogota", "Caracas", "Maracaibo", "Tijuana", "Juarez", "Monterrey", "Valencia",
    "Seville", "Porto", "Lyon", "Marseille", "Toulouse", "Lille", "Naples", "Turin", "Genoa",
    "Palermo", "Gdansk", "Krakow", "Wroclaw", "Poznan", "Brno", "Kosice", "Varna", "Plovdiv",
    "Tartu", "Kaunas"
)
# fmt: on


def _subjects() -> SearchStrategy[str]:
    realistic = st.builds(
        lambda actor, what, prep, place: f"{actor}{what} {prep} {place}",
        st.sampled_from(_ACTORS),
        st.sampled_from(_WHATS),
        st.sampled_from(_PREPOSITIONS),
        st.sampled_from(_PLACES),
    )
    return st.one_of(realistic, st.text(min_size=1, max_size=40).filter(lambda s: bool(s.strip())))


def claims(
    *,
    subjects: SearchStrategy[str] | None = None,
    figures: SearchStrategy[Figure] | None = None,
    sources: SearchStrategy[Source] | None = None,
    start: datetime = _DEFAULT_START,
    end: datetime = _DEFAULT_END,
    timezones: SearchStrategy[tzinfo] | None = None,
) -> SearchStrategy[Claim]:
    """Generate valid claims with aware times, an optional ``valid_at`` and provenance.

    ``stated_at`` lies within ``[start, end]`` (it is None now and then: undated
    claims are valid too); ``valid_at`` is mostly None, else up to 60 days before
    (a retrospective count) or after (a forecast) the statement.  The provenance
    is published at or after the statement.  ``key``, ``parts_of`` and
    ``group`` stay None (see :func:`claim_sets` for claims that refer to others).

    Args:
        subjects: A strategy of subjects; realistic ones ("Russian troops near
            Lviv") and arbitrary text if None.
        figures: A strategy of figures; :func:`figures` if None.
        sources: A strategy of sources; :func:`sources` if None.
        start: Earliest statement instant (aware).
        end: Latest statement instant (aware).
        timezones: A strategy of tzinfo the times are written in; fixed offsets
            if None (pass ``st.timezones()`` for IANA zones).

    Returns:
        A strategy of :class:`~claimtrack.model.Claim`.

    Raises:
        InvalidArgument: For a bad argument.
    """
    a, b = _check_window(start, end)
    zones = _zones(timezones)
    for name, value in (("subjects", subjects), ("figures", figures), ("sources", sources)):
        if value is not None:
            _check_strategy(name, value)
    subject_s = subjects if subjects is not None else _subjects()
    figure_s = figures if figures is not None else st.deferred(lambda: _figures())
    source_s = sources if sources is not None else st.deferred(lambda: _sources())
    when = _instants(a, b, zones)
    offsets = st.integers(-60 * 86400, 60 * 86400).map(lambda s: timedelta(seconds=s))
    tags = st.frozensets(st.sampled_from(("live-blog", "headline", "update", "correction")))

    @st.composite
    def build(draw: st.DrawFn) -> Claim:
        stated = draw(st.one_of(when, st.none()))
        valid = None
        if stated is not None and draw(st.integers(0, 3)) == 0:
            try:
                valid = stated + draw(offsets)
            except OverflowError:
                valid = None
        prov = draw(provenances(start=a, end=b, timezones=zones))
        if stated is not None and prov.published is not None and prov.published < stated:
            prov = attrs.evolve(prov, published=stated)
        return Claim(
            subject=draw(subject_s),
            figure=draw(figure_s),
            source=draw(source_s),
            stated_at=stated,
            valid_at=valid,
            provenance=prov,
            tags=draw(tags),
        )

    return build()


_figures = figures
_sources = sources


# ---------------------------------------------------------------------------
# claim sets with planted findings
# ---------------------------------------------------------------------------


def _to_claims(value: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(value)


def _to_ids(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _to_planted(value: Iterable[Planted]) -> tuple[Planted, ...]:
    return tuple(value)


@attrs.frozen(slots=True)
class Planted:
    """A finding that :func:`claim_sets` planted on purpose.

    Attributes:
        kind: ``FindingKind.CONFLICT``, ``CHANGE`` or ``SUM_MISMATCH``.
        claim_ids: The ids of the claims involved: the two conflicting claims; the
            earlier then the later claim of a change; the whole then its parts.
        subject: The subject of the (first) claim involved.
    """

    kind: FindingKind
    claim_ids: tuple[str, ...] = attrs.field(converter=_to_ids)
    subject: str

    def matches(self, finding: Finding) -> bool:
        """Return whether ``finding`` reports this planted finding (same kind, same claims)."""
        return finding.kind is self.kind and {c.id for c in finding.claims} == set(self.claim_ids)


@attrs.frozen(slots=True)
class ClaimSet:
    """Claims with planted findings, as :func:`claim_sets` generates them.

    Attributes:
        claims: Every claim, planted and background, in a drawn order.
        planted: The findings planted on purpose.
    """

    claims: tuple[Claim, ...] = attrs.field(converter=_to_claims)
    planted: tuple[Planted, ...] = attrs.field(converter=_to_planted)

    @property
    def background(self) -> tuple[Claim, ...]:
        """The claims that take part in no planted finding."""
        used = {i for p in self.planted for i in p.claim_ids}
        return tuple(c for c in self.claims if c.id not in used)

    def of_kind(self, kind: FindingKind | str) -> tuple[Planted, ...]:
        """Return the planted findings of one kind (a ``FindingKind`` or its value)."""
        from claimtrack.consistency import FindingKind

        k = FindingKind(kind)
        return tuple(p for p in self.planted if p.kind is k)

    def missing(self, findings: Iterable[Finding]) -> tuple[Planted, ...]:
        """Return the planted findings that none of ``findings`` reports."""
        found = list(findings)
        return tuple(p for p in self.planted if not any(p.matches(f) for f in found))


# Unit families for claim sets: (subject head, units that convert 1:1 or are the same).
_FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("troops", ("troop", "soldier", "service_member")),
    ("people displaced", ("person",)),
    ("civilians evacuated", ("civilian", "person")),
    ("refugees arriving", ("refugee",)),
    ("tanks", ("tank",)),
    ("aid pledged", ("dollar",)),
    ("length of the front line", ("kilometre",)),
)
_LOW_SIDE = (Hedge.EXACT, Hedge.APPROX, Hedge.NEARLY, Hedge.LESS_THAN, Hedge.AT_MOST, Hedge.UP_TO)
_HIGH_SIDE = (Hedge.EXACT, Hedge.APPROX, Hedge.NEARLY, Hedge.MORE_THAN, Hedge.AT_LEAST)
_BOUNDED = (Hedge.EXACT, Hedge.APPROX, Hedge.NEARLY)
_PER_SUM = 4  # subjects a sum may use: the whole and up to three parts


class _Builder:
    """Draws the pieces of one claim set: distinct subjects, sources and times."""

    def __init__(self, draw: st.DrawFn, start: datetime, end: datetime) -> None:
        self.draw = draw
        self.places = list(draw(st.permutations(_PLACES)))
        # leave room for the offsets added to a drawn time (up to 60 days)
        self.when = _instants(start, max(start, end - timedelta(days=61)), st.sampled_from(_ZONES))
        self.keys = 0

    def subject(self) -> tuple[str, tuple[str, ...]]:
        head, family = self.draw(st.sampled_from(_FAMILIES))
        return f"{head} in {self.places.pop()}", family

    def sources(self, n: int) -> list[Source]:
        """``n`` sources whose chains share no name."""
        claimants = self.draw(st.permutations(_CLAIMANTS))[:n]
        outlets = list(self.draw(st.permutations(_OUTLETS)))
        out = []
        for name, kind in claimants:
            via = None
            if outlets and self.draw(st.integers(0, 2)) == 0:
                o_name, o_kind = outlets.pop()
                via = Source(o_name, kind=o_kind)
            out.append(Source(name, kind=kind, reported_by=via))
        return out

    def value(self, lo: float, hi: float) -> int:
        return int(self.draw(_positive(lo, hi, True)))

    def claim(
        self, subject: str, figure: Figure, source: Source, when: datetime | None, **kw: Any
    ) -> Claim:
        published = None if when is None else when + timedelta(hours=self.draw(st.integers(0, 6)))
        prov = Provenance(
            url=f"https://news.example/{self.draw(st.integers(1, 10**6))}",
            published=published,
            outlet=self.draw(st.sampled_from([n for n, _ in _OUTLETS])),
        )
        return Claim(
            subject=subject, figure=figure, source=source, stated_at=when, provenance=prov, **kw
        )

    def key(self) -> str:
        self.keys += 1
        return f"total-{self.keys}"


def _plant_conflict(b: _Builder) -> tuple[list[Claim], tuple[str, ...], str]:
    subject, family = b.subject()
    low_src, high_src = b.sources(2)
    v = b.value(100, 10**6)
    factor = b.draw(st.integers(3, 20))
    low_fig = Figure.of(
        v, b.draw(st.sampled_from(family)), hedge=b.draw(st.sampled_from(_LOW_SIDE))
    )
    high_fig = Figure.of(
        v * factor, b.draw(st.sampled_from(family)), hedge=b.draw(st.sampled_from(_HIGH_SIDE))
    )
    t0 = b.draw(b.when)
    t1 = (t0 + timedelta(minutes=b.draw(st.integers(0, 12 * 60)))).astimezone(
        b.draw(st.sampled_from(_ZONES))
    )
    first, second = b.draw(st.permutations([(low_fig, low_src), (high_fig, high_src)]))
    pair = [b.claim(subject, first[0], first[1], t0), b.claim(subject, second[0], second[1], t1)]
    return pair, (pair[0].id, pair[1].id), subject


def _plant_change(b: _Builder) -> tuple[list[Claim], tuple[str, ...], str]:
    subject, family = b.subject()
    (src,) = b.sources(1)
    v = b.value(100, 10**6)
    values = [v, v * b.draw(st.integers(2, 5))]
    if b.draw(st.booleans()):
        values.reverse()
    unit = b.draw(st.sampled_from(family))
    t0 = b.draw(b.when)
    t1 = t0 + timedelta(days=b.draw(st.integers(1, 60)), hours=b.draw(st.integers(0, 23)))
    before = b.claim(
        subject, Figure.of(values[0], unit, hedge=b.draw(st.sampled_from(_BOUNDED))), src, t0
    )
    after = b.claim(
        subject, Figure.of(values[1], unit, hedge=b.draw(st.sampled_from(_BOUNDED))), src, t1
    )
    return [before, after], (before.id, after.id), subject


def _split(b: _Builder, total: int, parts: int) -> list[int]:
    """Split a positive ``total`` into ``parts`` positive ints."""
    cuts = sorted(
        b.draw(
            st.lists(st.integers(1, total - 1), min_size=parts - 1, max_size=parts - 1, unique=True)
        )
    )
    bounds = [0, *cuts, total]
    return [y - x for x, y in itertools.pairwise(bounds)]


def _sum_claims(
    b: _Builder, whole_value: int, part_total: int
) -> tuple[list[Claim], tuple[str, ...], str]:
    subject, family = b.subject()
    unit = family[0]
    when = b.draw(b.when)
    key = b.key()
    (whole_src,) = b.sources(1)
    whole = b.claim(subject, Figure.of(whole_value, unit), whole_src, when, key=key)
    n = b.draw(st.integers(2, 3))
    out = [whole]
    for amount in _split(b, part_total, n):
        part_subject = f"{subject.split(' in ')[0]} in {b.places.pop()}"
        (src,) = b.sources(1)
        out.append(b.claim(part_subject, Figure.of(amount, unit), src, when, parts_of=key))
    return out, tuple(c.id for c in out), subject


def _plant_sum(b: _Builder) -> tuple[list[Claim], tuple[str, ...], str]:
    whole = b.value(1000, 10**6)
    if b.draw(st.booleans()):
        total = max(3, whole * b.draw(st.integers(10, 50)) // 100)  # parts add up to <= half
    else:
        total = whole * b.draw(st.integers(2, 5))  # parts add up to twice or more
    return _sum_claims(b, whole, total)


def _agreeing(b: _Builder, centre: int, unit: str) -> Figure:
    """A figure whose interval contains ``centre``."""
    shape = b.draw(st.sampled_from(("exact", "approx", "nearly", "above", "below", "range")))
    if shape == "exact":
        return Figure.of(centre, unit)
    if shape == "approx":
        return Figure.of(centre, unit, hedge=Hedge.APPROX)
    if shape == "nearly":
        return Figure.of(centre, unit, hedge=Hedge.NEARLY)
    if shape == "above":
        hedge = b.draw(st.sampled_from((Hedge.MORE_THAN, Hedge.AT_LEAST)))
        return Figure.of(_round_to(centre // 2, 1), unit, hedge=hedge)
    if shape == "below":
        hedge = b.draw(st.sampled_from((Hedge.LESS_THAN, Hedge.AT_MOST, Hedge.UP_TO)))
        return Figure.of(centre * 2, unit, hedge=hedge)
    return Figure.between(_round_to(centre // 2, 1), centre * 2, unit)


def _background(b: _Builder) -> list[Claim]:
    if b.draw(st.integers(0, 4)) == 0:  # a whole whose parts add up
        whole = b.value(1000, 10**6)
        return _sum_claims(b, whole, whole)[0]
    subject, family = b.subject()
    centre = b.value(100, 10**6)
    srcs = b.sources(b.draw(st.integers(1, 3)))
    out = []
    for src in srcs:
        when = b.draw(st.one_of(b.when, st.none()))
        fig = _agreeing(b, centre, b.draw(st.sampled_from(family)))
        out.append(b.claim(subject, fig, src, when))
        if when is not None and b.draw(st.integers(0, 3)) == 0:  # the source repeats itself
            later = when + timedelta(days=b.draw(st.integers(1, 30)))
            out.append(b.claim(subject, fig, src, later))
    return out


def claim_sets(
    *,
    conflicts: int = 1,
    changes: int = 0,
    sum_mismatches: int = 0,
    background: int | None = None,
    start: datetime = _DEFAULT_START,
    end: datetime = _DEFAULT_END,
) -> SearchStrategy[ClaimSet]:
    """Generate claims with planted conflicts, changes and sum mismatches.

    Every planted finding and every background group has a subject of its own
    ("troops in Lviv", "tanks in Odesa": distinct places, so subject matching
    never merges two of them); within one subject the wording is identical.

    * A **conflict** is two claims about one subject from two sources whose
      reporting chains share no name, stated within 12 hours of each other, with
      figures ``v`` (hedged exact, about, nearly, less than, at most or up to) and
      ``k·v`` for ``k >= 3`` (exact, about, nearly, more than or at least), in one
      unit or two units that convert 1:1 (troops and soldiers).
    * A **change** is two claims of one source about one subject, 1 to 60 days
      apart, whose values (hedged exact, about or nearly) differ by a factor of 2
      to 5 (up or down), so that their intervals are disjoint.
    * A **sum mismatch** is a whole (exact, with a ``key``) and two or three exact
      parts (``parts_of`` = that key, each about a subject of its own) adding up to
      at most half or at least twice the whole.
    * **Background** claims create none of these: each background subject holds
      one to three sources whose figures all contain one common value (a source
      may restate the identical figure days later), or is a whole whose parts add
      up exactly.

    Guarantee: under the default :class:`~claimtrack.Policy` (and any policy whose
    relative caps are at most 0.2, tolerance at most 0.25 and ``min_change`` below
    0.5), :func:`claimtrack.check` reports exactly the planted conflicts, changes
    and sum mismatches, and no other finding of those kinds.  Corroborations may
    appear.  Claims are dated except some background ones; none is a forecast.

    Args:
        conflicts: Number of planted conflicts.
        changes: Number of planted changes.
        sum_mismatches: Number of planted sum mismatches.
        background: Number of background subjects; 0 to 5 if None.
        start: Earliest statement instant (aware).
        end: Latest statement instant (aware; claims may fall up to 60 days later
            than ``end - 61 days``).

    Returns:
        A strategy of :class:`ClaimSet`, claims in a drawn order.

    Raises:
        InvalidArgument: For negative counts, or more subjects than the 80 places
            available (each conflict or change uses one, each sum or background
            subject up to four).
    """
    from claimtrack.consistency import FindingKind

    counts = {
        "conflicts": conflicts,
        "changes": changes,
        "sum_mismatches": sum_mismatches,
    }
    for name, value in counts.items():
        _check_count(name, value)
    if background is not None:
        _check_count("background", background)
    a, b_end = _check_window(start, end)
    if b_end - a < timedelta(days=62):
        raise InvalidArgument("start and end must be at least 62 days apart")
    used = conflicts + changes + _PER_SUM * sum_mismatches
    room = len(_PLACES) - used
    if room < _PER_SUM * (background or 0) or room < 0:
        raise InvalidArgument(
            f"conflicts + changes + {_PER_SUM}*(sum_mismatches + background) must be at most "
            f"{len(_PLACES)}, got {used + _PER_SUM * (background or 0)}"
        )
    background_s = (
        st.just(background) if background is not None else st.integers(0, min(5, room // _PER_SUM))
    )
    plans: tuple[tuple[FindingKind, int, Callable[[_Builder], Any]], ...] = (
        (FindingKind.CONFLICT, conflicts, _plant_conflict),
        (FindingKind.CHANGE, changes, _plant_change),
        (FindingKind.SUM_MISMATCH, sum_mismatches, _plant_sum),
    )

    @st.composite
    def build(draw: st.DrawFn) -> ClaimSet:
        b = _Builder(draw, a, b_end)
        out: list[Claim] = []
        planted: list[Planted] = []
        for kind, n, plant in plans:
            for _ in range(n):
                made, ids, subject = plant(b)
                out.extend(made)
                planted.append(Planted(kind, ids, subject))
        for _ in range(draw(background_s)):
            out.extend(_background(b))
        return ClaimSet(draw(st.permutations(out)), planted)

    return build()


# ---------------------------------------------------------------------------
# figure phrases
# ---------------------------------------------------------------------------

_HEDGE_WORDS: dict[Hedge, tuple[str, ...]] = {
    Hedge.EXACT: ("",),
    Hedge.APPROX: ("about", "around", "approximately", "some", "roughly", "an estimated"),
    Hedge.NEARLY: ("nearly", "almost", "just under"),
    Hedge.MORE_THAN: ("more than", "over", "upwards of"),
    Hedge.AT_LEAST: ("at least", "no fewer than"),
    Hedge.LESS_THAN: ("fewer than", "less than", "under"),
    Hedge.AT_MOST: ("at most", "no more than"),
    Hedge.UP_TO: ("up to", "as many as"),
}
# fmt: off
_NUMBER_WORDS: tuple[tuple[str, int], ...] = (
    ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
    ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("fifteen", 15),
    ("twenty", 20), ("twenty-five", 25), ("thirty", 30), ("fifty", 50), ("a dozen", 12),
    ("two dozen", 24), ("a hundred", 100), ("a thousand", 1000),
)
# fmt: on
_RANGE_WORDS = tuple((w, n) for w, n in _NUMBER_WORDS if " " not in w)
_SCALES: tuple[tuple[str, int, bool], ...] = (  # word, scale, glued to the number
    ("million", 10**6, False),
    ("billion", 10**9, False),
    ("m", 10**6, True),
    ("bn", 10**9, True),
    ("k", 10**3, True),
)
_GROUP_SEPARATORS = (",", "\u00a0", "\u202f", "\u2009", " ")
_RANGE_FORMS = ("between {a} and {b}", "{a}\u2013{b}", "{a}-{b}", "{a} to {b}", "from {a} to {b}")
_VAGUE_PHRASES: tuple[tuple[str, float, str, str], ...] = (  # word, scale, phrase, joiner
    ("dozens", 1.0, "dozens", " of "),
    ("scores", 1.0, "scores", " of "),
    ("hundreds", 1.0, "hundreds", " of "),
    ("thousands", 1.0, "thousands", " of "),
    ("tens", 1e3, "tens of thousands", " of "),
    ("hundreds", 1e3, "hundreds of thousands", " of "),
    ("plural", 1e6, "millions", " of "),
    ("tens", 1e6, "tens of millions", " of "),
    ("several", 1e2, "several hundred", " "),
    ("several", 1e3, "several thousand", " "),
    ("several", 1e6, "several million", " "),
    ("a few", 1e2, "a few hundred", " "),
    ("a few", 1e3, "a few thousand", " "),
)
_ADJECTIVES = ("American", "Russian", "additional", "foreign")


@attrs.frozen(slots=True)
class _UnitWords:
    """How a unit is written around a number."""

    unit: str
    singular: str
    plurals: tuple[str, ...]
    prefix: str = ""  # a currency sign written before the number
    whole: bool = True  # only whole numbers (counts of things)
    vague: bool = True  # "tens of thousands of ...", "1.5 million ..." read naturally
    people: bool = False  # takes adjectives such as "American"
    small: bool = False  # numbers up to 100 only (percentages)


_UNIT_WORDS: dict[str, _UnitWords] = {
    w.unit: w
    for w in (
        _UnitWords("count", "", ("",)),
        _UnitWords("troop", "troop", ("troops",), people=True),
        _UnitWords("soldier", "soldier", ("soldiers",), people=True),
        _UnitWords("person", "person", ("people",)),
        _UnitWords("civilian", "civilian", ("civilians",)),
        _UnitWords("refugee", "refugee", ("refugees",)),
        _UnitWords("tank", "tank", ("tanks",)),
        _UnitWords("kilometre", "km", ("km", "kilometres", "kilometers"), whole=False, vague=False),
        _UnitWords("dollar", "dollar", ("dollars",), prefix="$", whole=False),
        _UnitWords(
            "percent",
            "percent",
            ("percent", "per cent", "%"),
            whole=False,
            vague=False,
            small=True,
        ),
    )
}
_DEFAULT_PHRASE_UNITS = tuple(_UNIT_WORDS)


def _unit_words(unit: str) -> _UnitWords:
    """The spellings of ``unit``; for a unit outside the table, its name and a plural."""
    from claimtrack import quantities
    from claimtrack.exceptions import ClaimtrackError

    if unit in _UNIT_WORDS:
        return _UNIT_WORDS[unit]
    word = unit.replace("_", " ")
    plurals = [p for p in (quantities._plural(word), word) if _reads_as(p, unit)]
    if not plurals:
        raise InvalidArgument(f"cannot write unit {unit!r} as a word that reads back")
    try:
        whole = quantities.is_count(unit)
    except ClaimtrackError:
        whole = False
    singular = word if _reads_as(word, unit) else plurals[0]
    return _UnitWords(unit, singular, tuple(plurals), whole=whole, vague=whole)


def _reads_as(word: str, unit: str) -> bool:
    from claimtrack import quantities
    from claimtrack.exceptions import ClaimtrackError

    try:
        return quantities.canonical_unit_name(word) == unit
    except ClaimtrackError:
        return False


def _styles(words: _UnitWords) -> tuple[str, ...]:
    styles = ["plain"] if words.small else ["grouped", "plain"]
    if words.vague:
        styles.append("scale")
    if not words.prefix and words.unit != "percent":
        styles.append("words")
    if not words.whole:
        styles.append("decimal")
    return tuple(styles)


@st.composite
def _mantissa(draw: st.DrawFn, scale: int) -> str:
    whole = draw(st.integers(1, 999 if scale < 10**9 else 99))
    tenths = draw(st.sampled_from((0, 0, 5, 2)))
    return f"{whole}.{tenths}" if tenths and whole < 100 else str(whole)


@st.composite
def _number_text(
    draw: st.DrawFn, words: _UnitWords, hedge_word: str, style: str, *, in_range: bool = False
) -> tuple[str, float]:
    """A number written in one style ("grouped", "plain", "scale", "words", "decimal")."""
    if style == "words":
        text, value = draw(st.sampled_from(_RANGE_WORDS if in_range else _NUMBER_WORDS))
        if text.startswith("a ") and hedge_word in ("some", "an estimated"):
            text, value = "six", 6
        return text, float(value)
    if style == "scale":
        word, scale, glued = draw(st.sampled_from(_SCALES))
        if words.unit == "count" and word == "m":  # a bare "500m" reads as metres
            word, glued = "million", False
        mantissa = draw(_mantissa(scale))
        return f"{mantissa}{'' if glued else ' '}{word}", float(Decimal(mantissa) * scale)
    if style == "decimal":
        n = draw(st.integers(0, 99 if words.small else 9999))
        frac = draw(st.sampled_from(("5", "25", "1", "75")))
        return f"{n:,}.{frac}", float(Decimal(f"{n}.{frac}"))
    if style == "plain":
        small = draw(_positive(1, 100 if words.small else 9999, True))
        return str(int(small)), small
    n = int(draw(_positive(1000, 10**9 - 1, True)))
    sep = draw(st.sampled_from(_GROUP_SEPARATORS))
    return f"{n:,}".replace(",", sep), float(n)


@st.composite
def _range_numbers(draw: st.DrawFn, words: _UnitWords, form: str) -> tuple[str, str, float, float]:
    """Two numbers of one style for a range, ordered ("1.5" and "2 million" may share a scale)."""
    styles = _styles(words)
    if "{a}-" in form or "{a}\u2013" in form:  # "six-eight" is not written
        styles = tuple(x for x in styles if x != "words")
    style = draw(st.sampled_from(styles))
    if style == "scale":
        word, scale, glued = draw(st.sampled_from(_SCALES))
        if words.unit == "count" and word == "m":
            word, glued = "million", False
        m1, m2 = draw(_mantissa(scale)), draw(_mantissa(scale))
        assume(Decimal(m1) != Decimal(m2))
        if Decimal(m1) > Decimal(m2):
            m1, m2 = m2, m1
        suffix = f"{'' if glued else ' '}{word}"
        first = m1 if draw(st.booleans()) else m1 + suffix  # "1.5-2 million"
        return first, m2 + suffix, float(Decimal(m1) * scale), float(Decimal(m2) * scale)
    a_text, a = draw(_number_text(words, "", style, in_range=True))
    b_text, b = draw(_number_text(words, "", style, in_range=True))
    assume(a != b)
    if a > b:
        a_text, a, b_text, b = b_text, b, a_text, a
    return a_text, b_text, a, b


def _noun(draw: st.DrawFn, words: _UnitWords, plural: bool) -> str:
    """The unit written after a number ("troops", "American troops", "%"); "" for counts."""
    if words.unit == "count":
        return ""
    noun = draw(st.sampled_from(words.plurals)) if plural else words.singular
    if words.people and draw(st.integers(0, 3)) == 0:
        noun = f"{draw(st.sampled_from(_ADJECTIVES))} {noun}"
    return noun if noun == "%" else f" {noun}"


def _noise(text: str, case: str) -> str:
    if case == "upper":
        return text.upper()
    if case == "capital":
        return text[:1].upper() + text[1:]
    return text


def figure_phrases(
    *,
    hedges: Collection[Hedge] | None = None,
    units: Collection[str] | None = None,
) -> SearchStrategy[tuple[str, Figure]]:
    """Generate ``(text, figure)``: a figure phrase and the figure it must parse to.

    Phrases cover every hedge word and its synonyms ("about", "some", "an
    estimated", "just under", "upwards of", "no fewer than", "as many as", ...),
    ranges ("between a and b", "a–b" with an en dash, "a-b", "a to b", "from a to
    b"), vague orders ("tens of thousands", "several hundred"), and number styles
    ("100,000", "100 000" with ordinary, no-break U+00A0, narrow no-break U+202F
    or thin U+2009 spaces, "1.5 million", "3bn", "100k", "six", "a dozen",
    "twenty-five"), with noise: sentence or upper case, no-break spaces between
    words, adjectives before the noun ("3,000 American troops").  The figure is
    what :func:`claimtrack.parse_figure` must return under the default policy,
    its ``text`` being the phrase.

    Args:
        hedges: The hedges to write; all if None.
        units: Canonical unit names (or aliases) to write; common news units if
            None (troops, people, tanks, km, dollars, percent, bare counts).

    Returns:
        A strategy of ``(text, figure)`` pairs.

    Raises:
        InvalidArgument: For a bad hedge, or a unit that cannot be written as a word
            that reads back to it.
    """
    chosen = _check_hedges(hedges) or tuple(Hedge)
    names = _DEFAULT_PHRASE_UNITS if units is None else _canonical_units(units)
    table = tuple(_unit_words(u) for u in names)
    if Hedge.VAGUE in chosen and not any(w.vague for w in table):
        raise InvalidArgument(f"none of the units {names!r} takes a vague amount")

    @st.composite
    def build(draw: st.DrawFn) -> tuple[str, Figure]:
        hedge = draw(st.sampled_from(chosen))
        pool = [w for w in table if w.vague] if hedge is Hedge.VAGUE else list(table)
        words = draw(st.sampled_from(pool))
        space = draw(st.sampled_from((" ", " ", "\u00a0")))
        case = draw(st.sampled_from(("lower", "capital", "upper")))
        if hedge is Hedge.VAGUE:
            word, scale, phrase, joiner = draw(st.sampled_from(_VAGUE_PHRASES))
            low, high = DEFAULT_POLICY.vague_interval(word, scale)
            if words.unit == "count":
                text = phrase
            else:
                noun = draw(st.sampled_from(words.plurals))
                text = f"{phrase}{joiner}{noun}"
            text = _noise(text.replace(" ", space), case)
            return text, Figure.between(low, high, words.unit, hedge=Hedge.VAGUE, text=text)
        dollar = bool(words.prefix) and draw(st.booleans())
        if hedge is Hedge.RANGE:
            form = draw(st.sampled_from(_RANGE_FORMS))
            a_text, b_text, a, b = draw(_range_numbers(words, form))
            if dollar:
                body = form.format(a=words.prefix + a_text, b=words.prefix + b_text)
            else:
                body = form.format(a=a_text, b=b_text) + _noun(draw, words, True)
            text = _noise(body.replace(" ", space), case)
            return text, Figure.between(a, b, words.unit, text=text)
        hedge_word = draw(st.sampled_from(_HEDGE_WORDS[hedge]))
        style = draw(st.sampled_from(_styles(words)))
        if dollar and style == "words":
            style = "grouped"
        number, value = draw(_number_text(words, hedge_word, style))
        body = words.prefix + number if dollar else number + _noun(draw, words, value != 1)
        if hedge_word:
            body = f"{hedge_word} {body}"
        text = _noise(body.replace(" ", space), case)
        return text, Figure.of(value, words.unit, hedge=hedge, text=text)

    return build()
