"""The records claimtrack works with: figures, sources, provenance and claims.

All classes are frozen, slotted attrs classes whose ``__init__`` only stores and
validates.  Parsing lives in functions (:func:`claimtrack.parse_figure`,
:func:`claimtrack.parse_time`) and in classmethods such as :meth:`Figure.of`.
"""

from __future__ import annotations

import enum
import hashlib
import math
import numbers
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from claimtrack.exceptions import InvalidClaim

if TYPE_CHECKING:
    import pint

    from claimtrack.policy import Policy

__all__ = ["Claim", "Figure", "Hedge", "Provenance", "Source"]


class Hedge(enum.Enum):
    """How a figure is hedged: the word that comes before the number.

    The hedge and the stated value together decide the interval a figure commits
    to; see :class:`claimtrack.Policy` and ``docs/explanation/hedges.md``.
    """

    EXACT = "exact"
    """A bare number: "1,700 service members"."""
    APPROX = "approx"
    """About, around, approximately, some, roughly, an estimated."""
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
        return value  # type: ignore[no-any-return]
    if isinstance(value, bool) or not isinstance(value, numbers.Real | Decimal):
        raise InvalidClaim(f"expected a number, got {value!r}")
    return float(value)


def _check_finite(_: Any, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and not math.isfinite(value):
        raise InvalidClaim(f"{attribute.name} must be finite, got {value!r}")


def _check_text(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if type(value) is not str or not value.strip():
        raise InvalidClaim(f"{attribute.name} must be a non-empty string, got {value!r}")


def _check_optional_text(_: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and type(value) is not str:
        raise InvalidClaim(f"{attribute.name} must be a string or None, got {value!r}")


def _check_aware(_: Any, attribute: attrs.Attribute[Any], value: datetime | None) -> None:
    if value is None:
        return
    if not isinstance(value, datetime):
        raise InvalidClaim(f"{attribute.name} must be a datetime, got {value!r}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidClaim(
            f"{attribute.name} must be timezone-aware, got naive {value.isoformat()}; "
            "use parse_time() or datetime(..., tzinfo=...)"
        )


_KNOWN_UNITS: set[str] = set()


def _check_unit(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if value in _KNOWN_UNITS:
        return
    from claimtrack import quantities  # late import: quantities imports this module

    if type(value) is not str or quantities.canonical_unit_name(value) != value:
        try:
            canonical = quantities.canonical_unit_name(value)
        except Exception:  # noqa: BLE001 - reported as InvalidClaim below
            canonical = None
        hint = f"; did you mean {canonical!r}?" if canonical and canonical != value else ""
        raise InvalidClaim(f"unknown or non-canonical unit {value!r}{hint}")
    _KNOWN_UNITS.add(value)


def _to_tags(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        raise InvalidClaim(f"tags must be a collection of strings, not the string {value!r}")
    tags = frozenset(value)
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
    if not (type(start) is int and type(end) is int and 0 <= start <= end):
        raise InvalidClaim(f"span must be two ints with 0 <= start <= end, got {value!r}")
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
        unit: A canonical unit name (``"troop"``, ``"kilometer"``, ``"percent"``,
            ``"USD"``, ``"count"`` for a bare count).
        text: The surface text the figure was read from, if any.
    """

    value: float | None = attrs.field(converter=_to_number, validator=_check_finite)
    low: float | None = attrs.field(converter=_to_number, validator=_check_finite)
    high: float | None = attrs.field(converter=_to_number, validator=_check_finite)
    hedge: Hedge = attrs.field(default=Hedge.EXACT, validator=attrs.validators.instance_of(Hedge))
    unit: str = attrs.field(default="count", validator=_check_unit)
    text: str = attrs.field(default="", validator=attrs.validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        low, high, value = self.low, self.high, self.value
        if low is not None and high is not None and low > high:
            raise InvalidClaim(f"low ({low:g}) must not exceed high ({high:g}) in {self!r}")
        if value is not None:
            if low is not None and value < low:
                raise InvalidClaim(f"value ({value:g}) lies below low ({low:g}) in {self!r}")
            if high is not None and value > high:
                raise InvalidClaim(f"value ({value:g}) lies above high ({high:g}) in {self!r}")
        if value is None and low is None and high is None:
            raise InvalidClaim("a figure needs a value or at least one bound")
        if self.hedge is Hedge.EXACT and value is None:
            raise InvalidClaim("an exact figure needs a value")
        if (value is not None and value < 0) or (low is not None and low < 0):
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
        from claimtrack import quantities
        from claimtrack.policy import DEFAULT_POLICY

        if hedge in (Hedge.RANGE, Hedge.VAGUE):
            raise InvalidClaim(f"Figure.of() takes a single value; use Figure.between() for {hedge}")
        number = _to_number(value)
        assert number is not None
        if not math.isfinite(number):
            raise InvalidClaim(f"value must be finite, got {value!r}")
        name = quantities.canonical_unit_name(unit)
        count = quantities.is_count(name)
        if count and number < 0:
            raise InvalidClaim(f"a count of {name} cannot be negative, got {number:g}")
        low, high = (policy or DEFAULT_POLICY).interval(number, hedge, count=count)
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
        from claimtrack import quantities

        return cls(None, low, high, hedge, quantities.canonical_unit_name(unit), text)

    @property
    def midpoint(self) -> float | None:
        """The stated value, else the middle of a two-sided interval, else ``None``."""
        if self.value is not None:
            return self.value
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return None

    @property
    def quantity(self) -> pint.Quantity:
        """The figure as a pint Quantity (the stated value, or the interval's midpoint).

        Built on each access; pint is only touched when this is asked for.

        Raises:
            InvalidClaim: For a one-sided figure without a value.
        """
        from claimtrack import quantities

        mid = self.midpoint
        if mid is None:
            raise InvalidClaim(f"{self.text or self!r} has no single value to express as a quantity")
        return quantities.quantity(mid, self.unit)

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

        return Figure(conv(self.value), conv(self.low), conv(self.high), self.hedge, name, self.text)

    def __str__(self) -> str:
        from claimtrack import quantities

        return quantities.render_figure(self)


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


def _content_id(claim: Claim) -> str:
    """Derive a stable identifier from everything a claim asserts (tags excluded)."""
    f, s, p = claim.figure, claim.source, claim.provenance
    chain = "\x1e".join(f"{x.name}\x1d{x.kind}" for x in s.chain)
    parts = (
        claim.subject,
        repr(f.value),
        repr(f.low),
        repr(f.high),
        f.hedge.value,
        f.unit,
        f.text,
        chain,
        claim.stated_at.isoformat() if claim.stated_at else "",
        claim.valid_at.isoformat() if claim.valid_at else "",
        p.url or "",
        p.published.isoformat() if p.published else "",
        p.outlet or "",
        p.document or "",
        p.quote or "",
        repr(p.span),
        claim.key or "",
        claim.parts_of or "",
        claim.group or "",
    )
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8)
    return digest.hexdigest()


@attrs.frozen(slots=True, kw_only=True)
class Claim:
    """One source's assertion of one figure about one subject at one time.

    Attributes:
        subject: What is measured ("Russian troops near Ukraine's border").
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
        id: A stable identifier, derived from the content when not given.
    """

    subject: str = attrs.field(validator=_check_text)
    figure: Figure = attrs.field(validator=attrs.validators.instance_of(Figure))
    source: Source = attrs.field(validator=attrs.validators.instance_of(Source))
    stated_at: datetime | None = attrs.field(default=None, validator=_check_aware)
    valid_at: datetime | None = attrs.field(default=None, validator=_check_aware)
    provenance: Provenance = attrs.field(
        default=_NO_PROVENANCE, validator=attrs.validators.instance_of(Provenance)
    )
    key: str | None = attrs.field(default=None, validator=_check_optional_text)
    parts_of: str | None = attrs.field(default=None, validator=_check_optional_text)
    group: str | None = attrs.field(default=None, validator=_check_optional_text)
    tags: frozenset[str] = attrs.field(default=frozenset(), converter=_to_tags)
    id: str = attrs.field(
        default=attrs.Factory(_content_id, takes_self=True), validator=_check_text
    )

    @property
    def applies_at(self) -> datetime | None:
        """When the figure applies: ``valid_at`` if given, else ``stated_at``."""
        return self.valid_at if self.valid_at is not None else self.stated_at

    def evolve(self, **changes: Any) -> Claim:
        """Return a copy with ``changes`` applied and the id derived anew unless given."""
        if "id" not in changes:
            changes["id"] = _content_id(attrs.evolve(self, id="-", **changes))
        return attrs.evolve(self, **changes)

    def __str__(self) -> str:
        when = f" on {self.stated_at:%Y-%m-%d %H:%M %Z}" if self.stated_at else ""
        return f"{self.source}: {self.figure} ({self.subject}){when}"
