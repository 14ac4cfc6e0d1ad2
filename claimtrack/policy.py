"""The policy: how hedges become intervals, and how tolerant the consistency check is.

One documented, replaceable object holds every number claimtrack uses to read
and compare figures.  Build a variant with :func:`attrs.evolve`::

    >>> from claimtrack import Policy
    >>> strict = Policy(approx_rel_cap=0.1)
    >>> strict.interval(100_000, Hedge.APPROX, count=True)
    (90000.0, 110000.0)

The rules and their sources are explained in ``docs/explanation/hedges.md``.
"""

from __future__ import annotations

import math
from datetime import timedelta
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import attrs

from claimtrack.exceptions import InvalidClaim
from claimtrack.model import Hedge

__all__ = ["DEFAULT_POLICY", "Policy", "rounding_unit"]


def rounding_unit(value: float) -> float:
    """Return the place value of the last significant digit of ``value``.

    Trailing zeros of whole numbers are read as not significant, so 100,000 has
    a rounding unit of 100,000, 1,700 of 100 and 2,053 of 1; 2.5 has 0.1.

    Example:
        >>> rounding_unit(1700), rounding_unit(100_000), rounding_unit(2.25)
        (100.0, 100000.0, 0.01)
    """
    x = abs(value)
    if x == 0 or not math.isfinite(x):
        return 1.0
    if x == int(x) and x < 1e18:
        n = int(x)
        unit = 1
        while n % 10 == 0:
            n //= 10
            unit *= 10
        return float(unit)
    exponent = Decimal(repr(x)).normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return float(Decimal(1).scaleb(exponent))


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_fraction(_: Any, attribute: attrs.Attribute[Any], value: float) -> None:
    if not (_is_number(value) and 0 <= value <= 1):
        raise InvalidClaim(f"{attribute.name} must be a number between 0 and 1, got {value!r}")


def _check_non_negative(_: Any, attribute: attrs.Attribute[Any], value: float) -> None:
    if not (_is_number(value) and value >= 0 and math.isfinite(value)):
        raise InvalidClaim(f"{attribute.name} must be a finite number >= 0, got {value!r}")


def _seconds(value: float | timedelta) -> float:
    """Return a time window in seconds: a :class:`~datetime.timedelta` is converted.

    Any other value passes unchanged, for the validator to check.
    """
    return value.total_seconds() if isinstance(value, timedelta) else value


def _check_positive_int(_: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    if type(value) is not int or value < 2:
        raise InvalidClaim(f"{attribute.name} must be an int >= 2, got {value!r}")


# Vague orders keep both ends, as news annotators read them (NewsQuant: "millions" is
# 1,000,000-10,000,000).  The upper end is a usual reading, not a commitment: on
# 10 February 2022 Liz Truss called 100,000 troops "the thousands of troops amassed on
# the border".  The consistency check therefore lets vague upper ends bind only when
# ``vague_upper_binding`` is set.
_VAGUE_DEFAULT: dict[str, tuple[float, float | None]] = {
    "tens": (10.0, 100.0),
    "dozens": (24.0, 144.0),
    "scores": (40.0, 200.0),
    "hundreds": (100.0, 1000.0),
    "thousands": (1000.0, 10000.0),
    "several": (2.0, 10.0),
    "a few": (2.0, 10.0),
    "many": (2.0, 10.0),
    "plural": (1.0, 10.0),
}


def _freeze_vague(value: Any) -> MappingProxyType[str, tuple[float, float | None]]:
    """Copy a word -> (low, high) mapping into a read-only one, checking every pair.

    ``high`` may be None: the word then sets only a lower bound.
    """
    try:
        items = dict(value).items()
    except (TypeError, ValueError):
        raise InvalidClaim(f"vague must map words to (low, high) pairs, got {value!r}") from None
    frozen: dict[str, tuple[float, float | None]] = {}
    for word, pair in items:
        try:
            raw_low, raw_high = pair
            low = float(raw_low)
            high = None if raw_high is None else float(raw_high)
        except (TypeError, ValueError):
            raise InvalidClaim(
                f"vague[{word!r}] must be a (low, high) pair, got {pair!r}"
            ) from None
        if type(word) is not str or not word:
            raise InvalidClaim(f"vague words must be non-empty strings, got {word!r}")
        if not (
            math.isfinite(low)
            and low >= 0
            and (high is None or (math.isfinite(high) and low <= high))
        ):
            raise InvalidClaim(f"vague[{word!r}] must satisfy 0 <= low <= high, got {pair!r}")
        frozen[word] = (low, high)
    return MappingProxyType(frozen)


@attrs.frozen(slots=True, kw_only=True)
class Policy:
    """Every tolerance claimtrack applies, in one object.

    Hedge intervals (see ``docs/explanation/hedges.md``); ``u`` is the place value
    of the last significant digit (:func:`rounding_unit`):

    * exact ``x``: ``x ± min(exact_units·u, exact_rel_cap·|x|)``
    * about ``x``: ``x ± min(approx_units·u, approx_rel_cap·|x|)``
    * nearly ``x``: ``[x − min(nearly_units·u, nearly_rel_cap·|x|), x]``
    * more than / at least ``x``: ``[x, ∞)``; less than / at most / up to ``x``:
      ``(−∞, x]``, clamped at zero for counts.
    * vague orders: ``vague[word]`` multiplies the scale ("tens of thousands" is
      ``tens`` × 1,000 = [10,000, 100,000]).

    The remaining attributes tune the consistency check (see
    ``docs/explanation/consistency.md``).

    Attributes:
        exact_units: Half-width of a bare number, in rounding units.
        exact_rel_cap: Cap on that half-width relative to the value.
        approx_units: Half-width of "about x", in rounding units.
        approx_rel_cap: Cap on that half-width relative to the value.
        nearly_units: Depth below x of "nearly x", in rounding units.
        nearly_rel_cap: Cap on that depth relative to the value.
        vague: Multipliers ``(low, high)`` of the scale for vague words.
        tolerance: Extra relative slack when comparing two intervals; two figures
            conflict only when the gap between them exceeds this fraction of the
            larger magnitude.
        same_time_window: Seconds within which two claims count as about the same
            moment (claims further apart are a change, not a conflict); 3 days by
            default.  A :class:`~datetime.timedelta` may be given and is stored as
            its seconds.
        forecast_window: Seconds after its statement beyond which a ``valid_at``
            makes a claim a forecast that is not compared with current counts; 1 day
            by default.  A :class:`~datetime.timedelta` is stored as its seconds.
        subject_threshold: Similarity (0-1) above which two differently worded
            subjects are grouped together by the matcher.
        min_change: Relative movement below which a source's figure is not
            reported as changed.
        pairwise_limit: Largest number of claims (per subject group, unit dimension
            and forecast flag) whose conflicts are explained pair by pair; larger
            groups report each outlier against the largest set of claims that agree.
        vague_upper_binding: Whether the upper end of a vague amount ("thousands",
            "tens of thousands") can make a conflict, a change or a sum mismatch.
            Off by default: vague words commit to a floor, their ceiling is only the
            usual reading (binding ends make more findings, so turning this on is a
            narrowing of tolerance).
    """

    exact_units: float = attrs.field(default=0.5, validator=_check_non_negative)
    exact_rel_cap: float = attrs.field(default=0.05, validator=_check_fraction)
    approx_units: float = attrs.field(default=2.0, validator=_check_non_negative)
    approx_rel_cap: float = attrs.field(default=0.2, validator=_check_fraction)
    nearly_units: float = attrs.field(default=0.5, validator=_check_non_negative)
    nearly_rel_cap: float = attrs.field(default=0.1, validator=_check_fraction)
    vague: MappingProxyType[str, tuple[float, float | None]] = attrs.field(
        default=_freeze_vague(_VAGUE_DEFAULT), converter=_freeze_vague
    )
    tolerance: float = attrs.field(default=0.0, validator=_check_fraction)
    same_time_window: float = attrs.field(
        default=3 * 86400.0, converter=_seconds, validator=_check_non_negative
    )
    forecast_window: float = attrs.field(
        default=86400.0, converter=_seconds, validator=_check_non_negative
    )
    subject_threshold: float = attrs.field(default=0.5, validator=_check_fraction)
    min_change: float = attrs.field(default=0.0, validator=_check_fraction)
    pairwise_limit: int = attrs.field(default=12, validator=_check_positive_int)
    vague_upper_binding: bool = attrs.field(
        default=False, validator=attrs.validators.instance_of(bool)
    )

    def __reduce__(self) -> tuple[Any, tuple[dict[str, Any]]]:
        """Pickle by field values (the read-only ``vague`` mapping itself cannot be pickled)."""
        fields = {a.name: getattr(self, a.name) for a in attrs.fields(Policy)}
        fields["vague"] = dict(self.vague)
        return _policy_from_fields, (fields,)

    def interval(
        self, value: float, hedge: Hedge, *, count: bool = False
    ) -> tuple[float | None, float | None]:
        """Return the interval ``(low, high)`` that ``hedge value`` commits to.

        Args:
            value: The stated number.
            hedge: Any hedge but ``RANGE`` and ``VAGUE``, whose bounds are stated.
            count: Whether the unit counts things (then the interval stops at zero).

        Returns:
            ``(low, high)``; ``None`` means unbounded on that side.

        Raises:
            InvalidClaim: For ``RANGE`` or ``VAGUE``, a value that is not finite, or
                a negative count.

        Example:
            >>> DEFAULT_POLICY.interval(3000, Hedge.NEARLY, count=True)
            (2700.0, 3000.0)
        """
        x = float(value)
        if not math.isfinite(x):
            raise InvalidClaim(f"a hedged value must be finite, got {value!r}")
        if count and x < 0:
            raise InvalidClaim(f"a count cannot be negative, got {value!r}")
        floor: float | None = 0.0 if count else None
        if hedge is Hedge.EXACT:
            w = min(self.exact_units * rounding_unit(x), self.exact_rel_cap * abs(x))
            return _clamp(x - w, floor), x + w
        if hedge is Hedge.APPROX:
            w = min(self.approx_units * rounding_unit(x), self.approx_rel_cap * abs(x))
            return _clamp(x - w, floor), x + w
        if hedge is Hedge.NEARLY:
            w = min(self.nearly_units * rounding_unit(x), self.nearly_rel_cap * abs(x))
            return _clamp(x - w, floor), x
        if hedge in (Hedge.MORE_THAN, Hedge.AT_LEAST):
            return x, None
        if hedge in (Hedge.LESS_THAN, Hedge.AT_MOST, Hedge.UP_TO):
            return floor, x
        raise InvalidClaim(f"{hedge} has stated bounds, not an interval derived from one value")

    def vague_interval(self, word: str, scale: float = 1.0) -> tuple[float, float | None]:
        """Return the interval of a vague amount: ``word`` times ``scale``.

        The upper end is None for words that a policy makes open-ended.

        Example:
            >>> DEFAULT_POLICY.vague_interval("tens", 1000)
            (10000.0, 100000.0)
            >>> DEFAULT_POLICY.vague_interval("thousands")
            (1000.0, 10000.0)
        """
        try:
            a, b = self.vague[word]
        except KeyError:
            raise InvalidClaim(
                f"no vague rule for {word!r}; known: {', '.join(sorted(self.vague))}"
            ) from None
        return a * scale, None if b is None else b * scale


def _policy_from_fields(fields: dict[str, Any]) -> Policy:
    """Rebuild a pickled policy."""
    return Policy(**fields)


def _clamp(x: float, floor: float | None) -> float:
    return x if floor is None or x >= floor else floor


DEFAULT_POLICY = Policy()
"""The policy used when none is given."""
