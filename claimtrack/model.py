"""The records claimtrack works with: figures, sources, provenance and claims.

All classes are frozen, slotted attrs classes whose ``__init__`` only stores and
validates.  Parsing lives in functions (:func:`claimtrack.parse_figure`,
:func:`claimtrack.parse_time`) and in classmethods such as :meth:`Figure.of`.
"""

from __future__ import annotations

import enum
import functools
import hashlib
import math
import numbers
import struct
from collections.abc import Iterable
from datetime import UTC, datetime, timezone, tzinfo
from decimal import Decimal
from types import ModuleType
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import attrs

from claimtrack.exceptions import ClaimtrackError, InvalidClaim

if TYPE_CHECKING:
    import pint

    from claimtrack.policy import Policy

__all__ = ["Claim", "Figure", "Hedge", "Provenance", "Source"]


CHANGE_PREFIXES: tuple[str, ...] = ("rise in ", "fall in ")
"""How a claim's subject marks a change: "rise in unemployment" is by how much it rose."""
PART_PREFIX = "part of "
"""How a claim's subject marks a part of a stated whole: "part of people injured, critically"."""


class Hedge(enum.Enum):
    """How a figure is hedged: the word that comes before the number.

    The hedge and the stated value together decide the interval a figure commits
    to; see :class:`claimtrack.Policy` and ``docs/explanation/hedges.md``.
    """

    EXACT = "exact"
    """A bare number: "1,700 service members"."""
    APPROX = "approx"
    """About, around, approximately, some, roughly, an estimated, maybe, perhaps."""
    NEARLY = "nearly"
    """Nearly, almost, just under: at most the value and close to it."""
    MORE_THAN = "more_than"
    """More than, over, upwards of: strictly above the value."""
    AT_LEAST = "at_least"
    """At least, no fewer than: the value or above."""
    LESS_THAN = "less_than"
    """Less than, fewer than, under: strictly below the value."""
    AT_MOST = "at_most"
    """At most, no more than: the value or below."""
    UP_TO = "up_to"
    """Up to, as many as: an upper bound that may be reached."""
    RANGE = "range"
    """Between a and b, a-b, from a to b."""
    VAGUE = "vague"
    """An order of magnitude without a number: "tens of thousands"."""


# ---------------------------------------------------------------------------
# validators and converters (kept small: they run on every construction)
# ---------------------------------------------------------------------------


def _to_number(value: Any) -> float | None:
    """Convert an int, float or Decimal to float; keep None."""
    if value is None or type(value) is float:
        return value  # type: ignore[no-any-return, unused-ignore]
    if isinstance(value, bool) or not isinstance(value, numbers.Real | Decimal):
        raise InvalidClaim(f"expected a number, got {value!r}")
    try:
        return float(value)
    except (OverflowError, ValueError):  # 10**400, Decimal("sNaN")
        raise InvalidClaim(f"expected a finite number, got {value!r}") from None


def _check_finite(_: Any, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and not math.isfinite(value):
        raise InvalidClaim(f"{attribute.name} must be finite, got {value!r}")


def _check_text(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if type(value) is not str or not value.strip():
        raise InvalidClaim(f"{attribute.name} must be a non-empty string, got {value!r}")


def _check_str(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if type(value) is not str:
        raise InvalidClaim(f"{attribute.name} must be a string, got {value!r}")


def _check_hedge(_: Any, attribute: attrs.Attribute[Any], value: Hedge) -> None:
    if type(value) is not Hedge:
        raise InvalidClaim(f"{attribute.name} must be a Hedge, got {value!r}")


def _check_optional_text(_: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and type(value) is not str:
        raise InvalidClaim(f"{attribute.name} must be a string or None, got {value!r}")


def _check_aware(_: Any, attribute: attrs.Attribute[Any], value: datetime | None) -> None:
    if value is None:
        return
    if not isinstance(value, datetime):
        raise InvalidClaim(f"{attribute.name} must be a datetime, got {value!r}")
    if type(value.tzinfo) in _ALWAYS_AWARE:  # these always give an offset
        return
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidClaim(
            f"{attribute.name} must be timezone-aware, got naive {value.isoformat()}; "
            "use parse_time() or datetime(..., tzinfo=...)"
        )


_ALWAYS_AWARE = (timezone, ZoneInfo)  # tzinfo types whose utcoffset() is never None


_KNOWN_UNITS: set[str] = set()


def _check_unit(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if type(value) is str and value in _KNOWN_UNITS:
        return
    from claimtrack import quantities  # late import: quantities imports this module

    canonical: str | None = None
    if type(value) is str:
        try:
            canonical = quantities.canonical_unit_name(value)
        except ClaimtrackError:  # reported as InvalidClaim below
            canonical = None
    if canonical != value:
        hint = f"; did you mean {canonical!r}?" if canonical else ""
        raise InvalidClaim(f"unknown or non-canonical unit {value!r}{hint}")
    _KNOWN_UNITS.add(value)


_NO_TAGS: frozenset[str] = frozenset()


@functools.cache
def _quantities() -> ModuleType:
    """Return :mod:`claimtrack.quantities`, imported on first use (it may import this module)."""
    from claimtrack import quantities

    return quantities


@functools.cache
def _default_policy() -> Policy:
    """Return :data:`claimtrack.policy.DEFAULT_POLICY` (policy imports this module)."""
    from claimtrack.policy import DEFAULT_POLICY

    return DEFAULT_POLICY


def _to_tags(value: Iterable[str]) -> frozenset[str]:
    if value is _NO_TAGS:
        return _NO_TAGS
    if isinstance(value, str | bytes):
        raise InvalidClaim(f"tags must be a collection of strings, not the string {value!r}")
    try:
        tags = frozenset(value)
    except TypeError:  # not iterable, or holds unhashable items
        raise InvalidClaim(f"tags must be a collection of strings, got {value!r}") from None
    for tag in tags:
        if type(tag) is not str or not tag:
            raise InvalidClaim(f"tags must be non-empty strings, got {tag!r}")
    return tags


def _to_span(value: Any) -> tuple[int, int] | None:
    if value is None:
        return None
    try:
        start, end = value
    except (TypeError, ValueError):
        raise InvalidClaim(f"span must be a (start, end) pair, got {value!r}") from None
    if not (type(start) is int and type(end) is int and 0 <= start <= end < 2**63):
        raise InvalidClaim(f"span must be two ints with 0 <= start <= end < 2**63, got {value!r}")
    return (start, end)


# ---------------------------------------------------------------------------
# Figure
# ---------------------------------------------------------------------------


@attrs.frozen(slots=True)
class Figure:
    """A hedged quantity: a stated number with its unit and the interval it commits to.

    ``value`` is the number as stated ("nearly 3,000" stores 3000); it is ``None``
    for vague amounts ("tens of thousands") and ranges.  ``low`` and ``high`` are
    the interval the statement commits to under a :class:`~claimtrack.Policy`;
    ``None`` means unbounded on that side ("more than 100,000" has no upper
    bound).  Build figures from text with :func:`claimtrack.parse_figure` or from
    numbers with :meth:`Figure.of`.

    Attributes:
        value: The literal number, or ``None`` for vague amounts and ranges.
        low: Lower end of the interval, or ``None`` when unbounded below.
        high: Upper end of the interval, or ``None`` when unbounded above.
        hedge: The hedge that qualifies the number.
        unit: A canonical unit name (``"troop"``, ``"kilometre"``, ``"percent"``,
            ``"dollar"``, ``"dollar_per_month"``, ``"count"`` for a bare count).
        text: The surface text the figure was read from, if any.
    """

    value: float | None = attrs.field(converter=_to_number)
    low: float | None = attrs.field(converter=_to_number)
    high: float | None = attrs.field(converter=_to_number)
    hedge: Hedge = Hedge.EXACT
    unit: str = "count"
    text: str = ""

    def __attrs_post_init__(self) -> None:
        # Every field is checked here, in one call: figures are built by the hundred thousand.
        low, high, value = self.low, self.high, self.value
        if (
            (value is not None and not _isfinite(value))
            or (low is not None and not _isfinite(low))
            or (high is not None and not _isfinite(high))
        ):
            for name, number in (("value", value), ("low", low), ("high", high)):
                _check_finite(self, getattr(_FIGURE_FIELDS, name), number)
        if type(self.hedge) is not Hedge:
            _check_hedge(self, _FIGURE_FIELDS.hedge, self.hedge)
        unit = self.unit
        if type(unit) is not str or unit not in _KNOWN_UNITS:
            _check_unit(self, _FIGURE_FIELDS.unit, unit)
        if type(self.text) is not str:
            _check_str(self, _FIGURE_FIELDS.text, self.text)
        if low is not None and high is not None and low > high:
            raise InvalidClaim(f"low ({low:g}) must not exceed high ({high:g}) in {self!r}")
        if value is not None:
            if low is not None and value < low:
                raise InvalidClaim(f"value ({value:g}) lies below low ({low:g}) in {self!r}")
            if high is not None and value > high:
                raise InvalidClaim(f"value ({value:g}) lies above high ({high:g}) in {self!r}")
        if value is None and low is None and high is None:
            raise InvalidClaim("a figure needs a value or at least one bound")
        if value is None and self.hedge is Hedge.EXACT:  # the value first: Hedge.EXACT is slower
            raise InvalidClaim("an exact figure needs a value")
        if (
            (value is not None and value < 0)
            or (low is not None and low < 0)
            or (high is not None and high < 0)
        ):
            from claimtrack import quantities

            if quantities.is_count(self.unit):
                raise InvalidClaim(f"a count of {self.unit} cannot be negative: {self!r}")

    @classmethod
    def of(
        cls,
        value: float | Decimal,
        unit: str = "count",
        *,
        hedge: Hedge = Hedge.EXACT,
        text: str = "",
        policy: Policy | None = None,
    ) -> Figure:
        """Build a figure from a number, deriving its interval from the hedge.

        Args:
            value: The number as stated.
            unit: A unit name or alias (``"troops"`` becomes ``"troop"``).
            hedge: The hedge; not ``RANGE`` or ``VAGUE`` (use :meth:`between`).
            text: The surface text, if any.
            policy: The hedge policy; the default :class:`~claimtrack.Policy` if None.

        Returns:
            The figure with ``low`` and ``high`` set by the policy.

        Raises:
            InvalidClaim: For a range or vague hedge, or an invalid number.
            UnitParseError: If the unit is unknown.

        Example:
            >>> Figure.of(3000, "troops", hedge=Hedge.NEARLY).high
            3000.0
        """
        quantities = _quantities()
        if hedge in (Hedge.RANGE, Hedge.VAGUE):
            raise InvalidClaim(
                f"Figure.of() takes a single value; use Figure.between() for {hedge}"
            )
        number = _to_number(value)
        assert number is not None
        if not math.isfinite(number):
            raise InvalidClaim(f"value must be finite, got {value!r}")
        name = quantities.canonical_unit_name(unit)
        count = quantities.is_count(name)
        if count and number < 0:
            raise InvalidClaim(f"a count of {name} cannot be negative, got {number:g}")
        low, high = (policy or _default_policy()).interval(number, hedge, count=count)
        return cls(number, low, high, hedge, name, text)

    @classmethod
    def between(
        cls,
        low: float | Decimal | None,
        high: float | Decimal | None,
        unit: str = "count",
        *,
        hedge: Hedge = Hedge.RANGE,
        text: str = "",
    ) -> Figure:
        """Build a range ("between 1,700 and 2,000") or vague figure from its bounds.

        Example:
            >>> Figure.between(1700, 2000, "soldiers").unit
            'soldier'
        """
        return cls(None, low, high, hedge, _quantities().canonical_unit_name(unit), text)

    @property
    def midpoint(self) -> float | None:
        """The stated value, else the middle of a two-sided interval, else ``None``."""
        if self.value is not None:
            return self.value
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return None

    @property
    def quantity(self) -> pint.Quantity[Any]:
        """The figure as a pint Quantity (the stated value, or the interval's midpoint).

        Built on each access; pint is only touched when this is asked for.

        Raises:
            InvalidClaim: For a one-sided figure without a value.
        """
        from claimtrack import quantities

        mid = self.midpoint
        if mid is None:
            raise InvalidClaim(
                f"{self.text or self!r} has no single value to express as a quantity"
            )
        result: pint.Quantity[Any] = quantities.quantity(mid, self.unit)
        return result

    def to(self, unit: str) -> Figure:
        """Return the same figure expressed in another, compatible unit.

        Raises:
            IncompatibleUnits: If ``unit`` measures something else.
            UnitParseError: If ``unit`` is unknown.
        """
        from claimtrack import quantities

        name = quantities.canonical_unit_name(unit)
        if name == self.unit:
            return self
        convert = quantities.converter(self.unit, name)

        def conv(x: float | None) -> float | None:
            return None if x is None else convert(x)

        return Figure(
            conv(self.value), conv(self.low), conv(self.high), self.hedge, name, self.text
        )

    def __str__(self) -> str:
        from claimtrack import quantities

        return quantities.render_figure(self)


_FIGURE_FIELDS = attrs.fields(Figure)
_isfinite = math.isfinite

# The slots' own setters: storing through them skips the lookup of the attribute by name
# that the setattr in attrs' generated __init__ makes for every field.
_new_object = object.__new__
_set_value = Figure.__dict__["value"].__set__
_set_low = Figure.__dict__["low"].__set__
_set_high = Figure.__dict__["high"].__set__
_set_hedge = Figure.__dict__["hedge"].__set__
_set_unit = Figure.__dict__["unit"].__set__
_set_text = Figure.__dict__["text"].__set__


def _build_figure(value: Any, low: Any, high: Any, hedge: Hedge, unit: str, text: str) -> Figure:
    """``Figure(value, low, high, hedge, unit, text)``, built faster; private to claimtrack.

    The same conversions and checks (so the same figure, or the same error): the
    converters are only called for a bound that is not already a float or None (they
    return those as they are), and ``__attrs_post_init__`` checks every field. About a
    quarter cheaper than the class call (0.8 against 1.1 µs), which matters to the
    scanner: it builds a figure for every number it reads.
    """
    if value is not None and type(value) is not float:
        value = _to_number(value)
    if low is not None and type(low) is not float:
        low = _to_number(low)
    if high is not None and type(high) is not float:
        high = _to_number(high)
    figure: Figure = _new_object(Figure)
    _set_value(figure, value)
    _set_low(figure, low)
    _set_high(figure, high)
    _set_hedge(figure, hedge)
    _set_unit(figure, unit)
    _set_text(figure, text)
    figure.__attrs_post_init__()
    return figure


# ---------------------------------------------------------------------------
# Source and provenance
# ---------------------------------------------------------------------------


def _check_reporter(_: Any, attribute: attrs.Attribute[Any], value: Source | None) -> None:
    if value is not None and not isinstance(value, Source):
        raise InvalidClaim(f"reported_by must be a Source or None, got {value!r}")


@attrs.frozen(slots=True)
class Source:
    """Who asserts a figure, and through whom it reached the page.

    "Interfax cited Russia's Defence Ministry as saying" gives
    ``Source("Russia's Defence Ministry", kind="government",
    reported_by=Source("Interfax", kind="outlet"))``.

    Attributes:
        name: The claimant as named in the text.
        kind: Optional category: ``person``, ``organisation``, ``government``,
            ``military``, ``outlet``, ``agency``, ``ngo``, ``unnamed`` or another word.
        reported_by: The intermediary that relayed the claim, if any.
    """

    name: str = attrs.field(validator=_check_text)
    kind: str | None = attrs.field(default=None, validator=_check_optional_text)
    reported_by: Source | None = attrs.field(default=None, validator=_check_reporter)

    @property
    def chain(self) -> tuple[Source, ...]:
        """The claimant followed by each intermediary, innermost first."""
        out: list[Source] = []
        node: Source | None = self
        while node is not None:
            out.append(node)
            node = node.reported_by
        return tuple(out)

    def __str__(self) -> str:
        if self.reported_by is None:
            return self.name
        return f"{self.name} (via {self.reported_by})"


@attrs.frozen(slots=True)
class Provenance:
    """Where a claim appeared.

    Attributes:
        url: The document's address.
        published: When the outlet published the document (aware).
        outlet: The publishing outlet ("FRANCE 24").
        document: A local identifier of the document (a file name, an archive id).
        quote: The sentence or passage that carries the claim.
        span: ``(start, end)`` character offsets of the figure in the document.
    """

    url: str | None = attrs.field(default=None, validator=_check_optional_text)
    published: datetime | None = attrs.field(default=None, validator=_check_aware)
    outlet: str | None = attrs.field(default=None, validator=_check_optional_text)
    document: str | None = attrs.field(default=None, validator=_check_optional_text)
    quote: str | None = attrs.field(default=None, validator=_check_optional_text)
    span: tuple[int, int] | None = attrs.field(default=None, converter=_to_span)


_NO_PROVENANCE = Provenance()


# ---------------------------------------------------------------------------
# Claim
# ---------------------------------------------------------------------------


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NO_NUMBER = math.nan  # figures are finite: marks a missing value or bound
_NO_DAYS = -(2**31)  # below any day count between two datetimes: marks a missing time
# value, low, high; (days, seconds, microseconds) since the epoch for the three times; span
_NUMBERS = struct.Struct("<3d9i2q")
_SEP = "\x1f"
_FIXED_SEPS = 12  # separators in the text part outside the source chain

# The epoch in the last fixed-offset zone seen.  Subtracting two datetimes that share
# one tzinfo object skips both offset look-ups, and is exact as the offset is fixed;
# a live blog's times share one zone.  One tuple, swapped atomically across threads.
_LAST_ZONE: tuple[tzinfo | None, datetime] = (UTC, _EPOCH)


def _epoch_in(zone: tzinfo | None) -> datetime:
    """Return the epoch to subtract from a datetime in ``zone`` (cached for fixed offsets)."""
    global _LAST_ZONE
    if type(zone) is timezone:
        epoch = _EPOCH.astimezone(zone)
        _LAST_ZONE = (zone, epoch)
        return epoch
    return _EPOCH  # a zone with daylight saving: an aware subtraction looks its offset up


def _content_id(
    subject: str,
    f: Figure,
    s: Source,
    stated_at: datetime | None,
    valid_at: datetime | None,
    p: Provenance,
    key: str | None,
    parts_of: str | None,
    group: str | None,
) -> str:
    """Derive a stable identifier from everything a claim asserts (tags excluded).

    The id is the hex BLAKE2b-64 digest of the claim's text fields joined by the
    unit separator U+001F (an escaped ``ascii()`` encoding replaces the join when a field
    itself holds that character, so the encoding stays unambiguous), followed by
    its numbers packed little-endian: the figure's value and bounds (``-0.0`` read
    as ``0.0``), each of the three times as the (days, seconds, microseconds) of its
    distance from the Unix epoch (equal instants written in different time zones give
    the same id, as they compare equal) and the span.  A missing optional text and an
    empty one count as the same content.  Nothing depends on ``hash()``, so ids agree
    across processes, platforms and Python versions.
    """
    try:
        reporter = s.reported_by
        if reporter is None:
            chain = f"1\x1f{s.name}\x1f{s.kind or ''}"
            seps = _FIXED_SEPS + 1
        elif reporter.reported_by is None:
            chain = f"2\x1f{s.name}\x1f{s.kind or ''}\x1f{reporter.name}\x1f{reporter.kind or ''}"
            seps = _FIXED_SEPS + 3
        else:
            names = [f"{x.name}\x1f{x.kind or ''}" for x in s.chain]
            chain = f"{len(names)}\x1f" + _SEP.join(names)
            seps = _FIXED_SEPS + 2 * len(names) - 1
        text = (
            f"{subject}\x1f{f.hedge._value_}\x1f{f.unit}\x1f{f.text}\x1f"
            f"{p.url or ''}\x1f{p.outlet or ''}\x1f{p.document or ''}\x1f{p.quote or ''}\x1f"
            f"{key or ''}\x1f{parts_of or ''}\x1f{group or ''}\x1f{chain}"
        )
        if text.count(_SEP) != seps:
            text = _escaped_text(subject, f, s, p, key, parts_of, group)
        value, low, high, span = f.value, f.low, f.high, p.span
        zone, epoch = _LAST_ZONE
        moment = stated_at
        if moment is None:
            sd, ss, su = _NO_DAYS, 0, 0
        else:
            if moment.tzinfo is not zone:
                zone, epoch = moment.tzinfo, _epoch_in(moment.tzinfo)
            delta = moment - epoch
            sd, ss, su = delta.days, delta.seconds, delta.microseconds
        moment = valid_at
        if moment is None:
            vd, vs, vu = _NO_DAYS, 0, 0
        else:
            if moment.tzinfo is not zone:
                zone, epoch = moment.tzinfo, _epoch_in(moment.tzinfo)
            delta = moment - epoch
            vd, vs, vu = delta.days, delta.seconds, delta.microseconds
        moment = p.published
        if moment is None:
            pd, ps, pu = _NO_DAYS, 0, 0
        else:
            if moment.tzinfo is not zone:
                epoch = _epoch_in(moment.tzinfo)
            delta = moment - epoch
            pd, ps, pu = delta.days, delta.seconds, delta.microseconds
        data = text.encode("utf-8", "surrogatepass") + _NUMBERS.pack(
            _NO_NUMBER if value is None else value + 0.0,
            _NO_NUMBER if low is None else low + 0.0,
            _NO_NUMBER if high is None else high + 0.0,
            sd,
            ss,
            su,
            vd,
            vs,
            vu,
            pd,
            ps,
            pu,
            -1 if span is None else span[0],
            -1 if span is None else span[1],
        )
    except (AttributeError, TypeError, ValueError, OverflowError, struct.error):
        return ""  # a field has the wrong type or value: the validators name it
    digest = _ID_HASH.copy()  # as hashlib.blake2b(data, digest_size=8), ~0.1 µs sooner
    digest.update(data)
    return digest.hexdigest()


_ID_HASH = hashlib.blake2b(digest_size=8)  # never updated itself: only copied


def _escaped_text(
    subject: str,
    f: Figure,
    s: Source,
    p: Provenance,
    key: str | None,
    parts_of: str | None,
    group: str | None,
) -> str:
    """Encode a claim's text fields unambiguously when one of them holds the separator.

    The result holds no separator, so it never equals a plain joined encoding.
    """
    chain = [(x.name, x.kind or "") for x in s.chain]
    fields = (
        subject,
        f.hedge._value_,
        f.unit,
        f.text,
        p.url or "",
        p.outlet or "",
        p.document or "",
        p.quote or "",
        key or "",
        parts_of or "",
        group or "",
        chain,
    )
    return "\x00" + ascii(fields)


def _claim_id(claim: Claim) -> str:
    """Derive the content id of a built ``claim`` (the ``id`` field's declared default)."""
    return _content_id(
        claim.subject,
        claim.figure,
        claim.source,
        claim.stated_at,
        claim.valid_at,
        claim.provenance,
        claim.key,
        claim.parts_of,
        claim.group,
    )


_DERIVE_ID: Any = attrs.NOTHING  # the id argument's default: derive it from the content


@attrs.frozen(slots=True, kw_only=True, init=False)
class Claim:
    """One source's assertion of one figure about one subject at one time.

    Attributes:
        subject: What is measured ("Russian troops near Ukraine's border"). A subject
            that opens with "rise in " or "fall in " (:data:`CHANGE_PREFIXES`) says the
            figure is how much the thing changed ("rise in unemployment" for "unemployment
            rose 0.2%"), never compared with the thing's level; one that opens with
            "part of " (:data:`PART_PREFIX`) counts a part of a whole ("part of people
            injured, critically"), compared only with parts.
        figure: The hedged figure with its unit.
        source: Who asserted it (and who reported it).
        stated_at: When the claimant said it (aware), if known.
        valid_at: When the figure applies (aware), if it differs from ``stated_at``:
            a forecast applies later, a retrospective count earlier.
        provenance: Where the claim appeared.
        key: A user-given name for this figure, so that parts can refer to it.
        parts_of: The ``key`` (or ``id``) of a whole this figure is a part of.
        group: An explicit subject group; overrides subject matching.
        tags: Free labels.
        id: A stable identifier, derived from the content when not given (see
            ``docs/explanation/data-model.md``): equal content gives equal ids in
            every process; tags do not count.

    Every field is validated on construction (:class:`InvalidClaim` names the
    field).  Claims are built by the hundred thousand, so ``__init__`` is written
    out: it stores each field through its slot and runs every check in one place,
    with the same fields, defaults and converters as declared below.
    """

    subject: str
    figure: Figure
    source: Source
    stated_at: datetime | None = None
    valid_at: datetime | None = None
    provenance: Provenance = _NO_PROVENANCE
    key: str | None = None
    parts_of: str | None = None
    group: str | None = None
    tags: frozenset[str] = attrs.field(default=_NO_TAGS, converter=_to_tags)
    id: str = attrs.field(default=attrs.Factory(_claim_id, takes_self=True))

    def __init__(
        self,
        *,
        subject: str,
        figure: Figure,
        source: Source,
        stated_at: datetime | None = None,
        valid_at: datetime | None = None,
        provenance: Provenance = _NO_PROVENANCE,
        key: str | None = None,
        parts_of: str | None = None,
        group: str | None = None,
        tags: Iterable[str] = _NO_TAGS,
        id: str = _DERIVE_ID,
    ) -> None:
        if tags is not _NO_TAGS:  # converted first, as attrs would
            tags = _to_tags(tags)
        if type(subject) is not str or not subject.strip():
            raise InvalidClaim(f"subject must be a non-empty string, got {subject!r}")
        if type(figure) is not Figure and not isinstance(figure, Figure):
            raise InvalidClaim(f"figure must be a Figure, got {figure!r}")
        if type(source) is not Source and not isinstance(source, Source):
            raise InvalidClaim(f"source must be a Source, got {source!r}")
        # a ``timezone`` or ``ZoneInfo`` always gives an offset: skip the utcoffset() call
        if stated_at is not None and (
            type(stated_at) is not datetime
            or (type(stated_at.tzinfo) not in _ALWAYS_AWARE and stated_at.utcoffset() is None)
        ):
            _check_aware(self, _CLAIM_FIELDS.stated_at, stated_at)
        if valid_at is not None and (
            type(valid_at) is not datetime
            or (type(valid_at.tzinfo) not in _ALWAYS_AWARE and valid_at.utcoffset() is None)
        ):
            _check_aware(self, _CLAIM_FIELDS.valid_at, valid_at)
        if type(provenance) is not Provenance and not isinstance(provenance, Provenance):
            raise InvalidClaim(f"provenance must be a Provenance, got {provenance!r}")
        if (
            (key is not None and type(key) is not str)
            or (parts_of is not None and type(parts_of) is not str)
            or (group is not None and type(group) is not str)
        ):
            for name, value in (("key", key), ("parts_of", parts_of), ("group", group)):
                _check_optional_text(self, getattr(_CLAIM_FIELDS, name), value)
        if id is _DERIVE_ID:
            id = _content_id(
                subject, figure, source, stated_at, valid_at, provenance, key, parts_of, group
            )
        if type(id) is not str or not id.strip():
            raise InvalidClaim(f"id must be a non-empty string, got {id!r}")
        _set_subject(self, subject)
        _set_figure(self, figure)
        _set_source(self, source)
        _set_stated_at(self, stated_at)
        _set_valid_at(self, valid_at)
        _set_provenance(self, provenance)
        _set_key(self, key)
        _set_parts_of(self, parts_of)
        _set_group(self, group)
        _set_tags(self, tags)
        _set_id(self, id)

    @property
    def applies_at(self) -> datetime | None:
        """When the figure applies: ``valid_at`` if given, else ``stated_at``."""
        return self.valid_at if self.valid_at is not None else self.stated_at

    def evolve(self, **changes: Any) -> Claim:
        """Return a copy with ``changes`` applied and the id derived anew unless given.

        Raises:
            TypeError: If a change names no field of :class:`Claim`.
            InvalidClaim: If a changed value is invalid.
        """
        if "id" in changes:
            return attrs.evolve(self, **changes)
        values = {name: getattr(self, name) for name in _CLAIM_CONTENT}
        values.update(changes)
        return Claim(**values)

    def __str__(self) -> str:
        when = f" on {self.stated_at:%Y-%m-%d %H:%M %Z}" if self.stated_at else ""
        return f"{self.source}: {self.figure} ({self.subject}){when}"


_CLAIM_FIELDS = attrs.fields(Claim)
# The slots' own setters: a frozen class refuses ``self.x = ...``.
_set_subject = Claim.__dict__["subject"].__set__
_set_figure = Claim.__dict__["figure"].__set__
_set_source = Claim.__dict__["source"].__set__
_set_stated_at = Claim.__dict__["stated_at"].__set__
_set_valid_at = Claim.__dict__["valid_at"].__set__
_set_provenance = Claim.__dict__["provenance"].__set__
_set_key = Claim.__dict__["key"].__set__
_set_parts_of = Claim.__dict__["parts_of"].__set__
_set_group = Claim.__dict__["group"].__set__
_set_tags = Claim.__dict__["tags"].__set__
_set_id = Claim.__dict__["id"].__set__
_CLAIM_CONTENT = tuple(a.name for a in _CLAIM_FIELDS if a.name != "id")
