"""Tests of the policy: hedge intervals, rounding units and the policy's validators."""

from __future__ import annotations

import math
from datetime import timedelta
from types import MappingProxyType
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.exceptions import InvalidClaim
from claimtrack.model import Hedge
from claimtrack.policy import DEFAULT_POLICY, Policy, rounding_unit

SINGLE_HEDGES = [h for h in Hedge if h not in (Hedge.RANGE, Hedge.VAGUE)]


@pytest.mark.parametrize(
    ("value", "unit"),
    [
        (1700, 100.0),
        (100_000, 100_000.0),
        (2053, 1.0),
        (3000, 1000.0),
        (2.5, 0.1),
        (2.25, 0.01),
        (-1700, 100.0),
        (0, 1.0),
        (math.inf, 1.0),
        (1e-7, 1e-7),
        (2.5e20, 1e19),
    ],
)
def test_rounding_unit(value: float, unit: float) -> None:
    """The rounding unit is the place value of the last significant digit."""
    assert rounding_unit(value) == pytest.approx(unit)


@pytest.mark.parametrize(
    ("value", "hedge", "expected"),
    [
        (3000, Hedge.NEARLY, (2700.0, 3000.0)),  # "nearly 3,000 American troops"
        (100_000, Hedge.APPROX, (80_000.0, 120_000.0)),  # capped at 20 %, not ±200,000
        (100_000, Hedge.MORE_THAN, (100_000.0, None)),  # "more than 100,000 soldiers"
        (30_000, Hedge.AT_LEAST, (30_000.0, None)),
        (50, Hedge.LESS_THAN, (0.0, 50.0)),
        (300, Hedge.AT_MOST, (0.0, 300.0)),
        (5000, Hedge.UP_TO, (0.0, 5000.0)),
        (1700, Hedge.EXACT, (1650.0, 1750.0)),  # "1,700 service members"
        (2053, Hedge.EXACT, (2052.5, 2053.5)),
        (8500, Hedge.APPROX, (8300.0, 8700.0)),  # "some 8,500 troops": ±2 hundreds
        (0, Hedge.EXACT, (0.0, 0.0)),
    ],
)
def test_interval_for_each_hedge_on_counts(
    value: float, hedge: Hedge, expected: tuple[float | None, float | None]
) -> None:
    """Each hedge on a count gives the documented interval (seed examples included)."""
    assert DEFAULT_POLICY.interval(value, hedge, count=True) == expected


def test_interval_is_not_clamped_for_non_counts() -> None:
    """Upper-bound hedges on non-counts are unbounded below; exact ones keep their width."""
    assert DEFAULT_POLICY.interval(5, Hedge.LESS_THAN) == (None, 5.0)
    assert DEFAULT_POLICY.interval(-3, Hedge.EXACT) == (-3.15, -2.85)


def test_exact_interval_is_clamped_at_zero_for_counts() -> None:
    """A count's interval never reaches below zero."""
    low, high = DEFAULT_POLICY.interval(1, Hedge.APPROX, count=True)
    assert low == 0.8
    assert high == 1.2
    assert DEFAULT_POLICY.interval(2, Hedge.APPROX, count=True)[0] == 1.6


@pytest.mark.parametrize("hedge", [Hedge.RANGE, Hedge.VAGUE])
def test_interval_rejects_stated_bound_hedges(hedge: Hedge) -> None:
    """Range and vague hedges have no interval derived from one value."""
    with pytest.raises(InvalidClaim, match="stated bounds"):
        DEFAULT_POLICY.interval(5, hedge)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_interval_rejects_non_finite_values(value: float) -> None:
    """A non-finite value has no interval."""
    with pytest.raises(InvalidClaim, match="finite"):
        DEFAULT_POLICY.interval(value, Hedge.APPROX)


def test_interval_rejects_negative_counts() -> None:
    """A negative count has no interval."""
    with pytest.raises(InvalidClaim, match="negative"):
        DEFAULT_POLICY.interval(-5, Hedge.AT_MOST, count=True)


def test_policy_fields_change_intervals() -> None:
    """Each width setting widens or narrows its hedge's interval."""
    strict = Policy(approx_rel_cap=0.1)
    assert strict.interval(100_000, Hedge.APPROX, count=True) == (90_000.0, 110_000.0)
    assert Policy(nearly_rel_cap=0.05).interval(3000, Hedge.NEARLY) == (2850.0, 3000.0)
    assert Policy(exact_units=0).interval(1700, Hedge.EXACT) == (1700.0, 1700.0)


def test_vague_interval() -> None:
    """Vague words multiply the scale; unknown words raise naming the known ones."""
    assert DEFAULT_POLICY.vague_interval("tens", 1000) == (10_000.0, 100_000.0)
    assert DEFAULT_POLICY.vague_interval("hundreds") == (100.0, 1000.0)
    with pytest.raises(InvalidClaim, match=r"known: .*tens"):
        DEFAULT_POLICY.vague_interval("zillions")


def test_vague_table_is_read_only_and_copied() -> None:
    """The vague table is frozen, and a policy keeps its own copy of a given table."""
    table = {"heaps": (5, 50)}
    policy = Policy(vague=table)
    table["heaps"] = (1, 2)
    assert policy.vague["heaps"] == (5.0, 50.0)
    assert isinstance(policy.vague, MappingProxyType)
    with pytest.raises(TypeError):
        policy.vague["more"] = (1.0, 2.0)  # type: ignore[index]


FRACTIONS = [
    "exact_rel_cap",
    "approx_rel_cap",
    "nearly_rel_cap",
    "tolerance",
    "subject_threshold",
    "min_change",
]
NON_NEGATIVE = [
    "exact_units",
    "approx_units",
    "nearly_units",
    "same_time_window",
    "forecast_window",
]


@pytest.mark.parametrize("field", FRACTIONS)
@pytest.mark.parametrize("bad", [-0.1, 1.5, math.nan, "0.5", True, None])
def test_fraction_fields_are_validated(field: str, bad: Any) -> None:
    """Fractions must be numbers between 0 and 1."""
    with pytest.raises(InvalidClaim, match=field):
        Policy(**{field: bad})


@pytest.mark.parametrize("field", NON_NEGATIVE)
@pytest.mark.parametrize("bad", [-1, math.inf, math.nan, "2", False, None])
def test_non_negative_fields_are_validated(field: str, bad: Any) -> None:
    """Widths and windows must be finite numbers >= 0."""
    with pytest.raises(InvalidClaim, match=field):
        Policy(**{field: bad})


@pytest.mark.parametrize("field", ["same_time_window", "forecast_window"])
def test_time_windows_accept_a_timedelta(field: str) -> None:
    """A time window given as a timedelta is stored as its seconds, also through evolve."""
    assert getattr(Policy(**{field: timedelta(days=5)}), field) == 5 * 86400.0
    assert getattr(Policy(**{field: timedelta(hours=1, seconds=30)}), field) == 3630.0
    evolved = attrs.evolve(DEFAULT_POLICY, **{field: timedelta(days=2)})
    assert getattr(evolved, field) == 2 * 86400.0
    assert Policy(**{field: timedelta(days=2)}) == evolved
    with pytest.raises(InvalidClaim, match=field):
        Policy(**{field: timedelta(days=-1)})


@pytest.mark.parametrize(
    "bad",
    [5, {"tens": 5}, {"tens": (1, 2, 3)}, {"tens": (100, 10)}, {"tens": (-1, 10)}, {"": (1, 2)}],
)
def test_vague_table_is_validated(bad: Any) -> None:
    """The vague table must map words to pairs with 0 <= low <= high."""
    with pytest.raises(InvalidClaim, match="vague"):
        Policy(vague=bad)


def test_policy_is_frozen_and_evolvable() -> None:
    """A policy cannot be changed in place; attrs.evolve builds a validated variant."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        DEFAULT_POLICY.tolerance = 0.5  # type: ignore[misc]
    assert attrs.evolve(DEFAULT_POLICY, tolerance=0.5).tolerance == 0.5
    with pytest.raises(InvalidClaim):
        attrs.evolve(DEFAULT_POLICY, tolerance=2)


value_st = st.floats(min_value=0, max_value=1e12, allow_nan=False)
cap_st = st.floats(min_value=0, max_value=1)


@given(value=value_st, cap=cap_st, wider=cap_st, count=st.booleans())
def test_widening_approx_cap_never_narrows(
    value: float, cap: float, wider: float, count: bool
) -> None:
    """A larger approx_rel_cap gives an interval containing the smaller cap's."""
    cap, wider = sorted((cap, wider))
    low, high = Policy(approx_rel_cap=cap).interval(value, Hedge.APPROX, count=count)
    wide_low, wide_high = Policy(approx_rel_cap=wider).interval(value, Hedge.APPROX, count=count)
    assert low is not None
    assert high is not None
    assert wide_low is not None
    assert wide_high is not None
    assert wide_low <= low
    assert high <= wide_high


@given(
    value=st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
    hedge=st.sampled_from(SINGLE_HEDGES),
    count=st.booleans(),
)
def test_interval_contains_the_value(value: float, hedge: Hedge, count: bool) -> None:
    """Every derived interval contains its value, and a count's never goes below zero."""
    if count:
        value = abs(value)
    low, high = DEFAULT_POLICY.interval(value, hedge, count=count)
    assert low is None or low <= value
    assert high is None or value <= high
    if count:
        assert low is not None
        assert low >= 0


@given(value=st.floats(min_value=1e-6, max_value=1e15, allow_nan=False))
def test_rounding_unit_divides_the_value(value: float) -> None:
    """The value is a whole multiple of its rounding unit, and the unit is a power of ten."""
    unit = rounding_unit(value)
    exponent = math.log10(unit)
    assert math.isclose(exponent, round(exponent), abs_tol=1e-9)
    multiple = value / unit
    assert math.isclose(multiple, round(multiple), rel_tol=1e-9)


def test_policy_pickles_with_the_standard_library() -> None:
    """A policy survives pickle (its read-only vague table included) and compares equal."""
    import pickle

    policy = Policy(approx_rel_cap=0.1, vague={"tens": (20, 100)}, vague_upper_binding=True)
    again = pickle.loads(pickle.dumps(policy))
    assert again == policy
    assert again.vague["tens"] == (20.0, 100.0)
