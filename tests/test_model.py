"""Tests of the core records: Hedge, Figure, Source, Provenance and Claim."""

from __future__ import annotations

import inspect
import math
import os
import subprocess
import sys
import zoneinfo
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from claimtrack import quantities
from claimtrack.exceptions import IncompatibleUnits, InvalidClaim, UnitParseError
from claimtrack.model import Claim, Figure, Hedge, Provenance, Source
from claimtrack.policy import DEFAULT_POLICY, Policy

PARIS = timezone(timedelta(hours=1))
STAMP = datetime(2022, 2, 2, 9, 30, tzinfo=PARIS)

# "the Pentagon said it would send nearly 3,000 troops" (FRANCE 24 with AFP, 2 Feb 2022)
TROOPS = Figure.of(3000, "troops", hedge=Hedge.NEARLY, text="nearly 3,000 troops")
PENTAGON = Source("Pentagon", kind="military", reported_by=Source("AFP", kind="agency"))

UNITS = ["troop", "soldier", "person", "kilometre", "metre", "mile", "percent", "dollar"]
SINGLE_HEDGES = [h for h in Hedge if h not in (Hedge.RANGE, Hedge.VAGUE)]
finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)


def make_claim(**changes: Any) -> Claim:
    """Build the seed claim with ``changes`` applied."""
    fields: dict[str, Any] = {
        "subject": "US troops sent to eastern Europe",
        "figure": TROOPS,
        "source": PENTAGON,
        "stated_at": STAMP,
        "provenance": Provenance(
            url="https://www.france24.com/en/live-news/20220202",
            published=STAMP + timedelta(minutes=5),
            outlet="FRANCE 24",
            document="france24-liveblog-2022-02-02.txt",
            quote="nearly 3,000 troops",
            span=(120, 139),
        ),
    }
    fields.update(changes)
    return Claim(**fields)


# ---------------------------------------------------------------------------
# Figure validators
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, Decimal("NaN")])
@pytest.mark.parametrize("field", ["value", "low", "high"])
def test_figure_rejects_non_finite_numbers(field: str, bad: Any) -> None:
    """NaN and infinities are rejected in the value and in either bound."""
    values: dict[str, Any] = {"value": 5.0, "low": 4.0, "high": 6.0}
    values[field] = bad
    with pytest.raises(InvalidClaim, match="finite"):
        Figure(**values, unit="kilometre")


@pytest.mark.parametrize("bad", ["5", True, [5], 10**400, Decimal("sNaN")])
def test_figure_rejects_non_numbers(bad: Any) -> None:
    """Strings, booleans, lists and numbers that do not fit a float raise InvalidClaim."""
    with pytest.raises(InvalidClaim):
        Figure(bad, None, None, Hedge.APPROX)


def test_figure_converts_int_and_decimal_to_float() -> None:
    """Ints and Decimals are stored as floats."""
    figure = Figure(3, Decimal("2.5"), 4)
    assert (figure.value, figure.low, figure.high) == (3.0, 2.5, 4.0)
    assert all(type(x) is float for x in (figure.value, figure.low, figure.high))


def test_figure_rejects_low_above_high() -> None:
    """A lower bound above the upper bound is rejected."""
    with pytest.raises(InvalidClaim, match="must not exceed"):
        Figure(None, 10, 5, Hedge.RANGE, "kilometre")


@pytest.mark.parametrize(("value", "low", "high"), [(3.0, 4.0, 6.0), (7.0, 4.0, 6.0)])
def test_figure_rejects_value_outside_interval(value: float, low: float, high: float) -> None:
    """The stated value must lie inside [low, high]."""
    with pytest.raises(InvalidClaim, match="lies"):
        Figure(value, low, high, Hedge.APPROX, "kilometre")


def test_figure_needs_a_value_or_a_bound() -> None:
    """A figure with neither value nor bounds is rejected."""
    with pytest.raises(InvalidClaim, match="at least one bound"):
        Figure(None, None, None, Hedge.VAGUE)


def test_exact_figure_needs_a_value() -> None:
    """An exact figure must state its value."""
    with pytest.raises(InvalidClaim, match="exact"):
        Figure(None, 1, 2, Hedge.EXACT)


@pytest.mark.parametrize(
    ("value", "low", "high", "hedge"),
    [
        (-5.0, -6.0, -4.0, Hedge.EXACT),
        (None, -10.0, 5.0, Hedge.RANGE),
        (None, None, -5.0, Hedge.AT_MOST),
    ],
)
def test_counts_cannot_be_negative(
    value: float | None, low: float | None, high: float | None, hedge: Hedge
) -> None:
    """A count of troops is never negative, in its value or in either bound."""
    with pytest.raises(InvalidClaim, match="cannot be negative"):
        Figure(value, low, high, hedge, "troop")


def test_non_counts_may_be_negative() -> None:
    """Lengths and money may be negative (a change, a loss)."""
    assert Figure(-5, -6, -4, Hedge.EXACT, "dollar").value == -5.0
    assert Figure(None, None, -5, Hedge.AT_MOST, "kilometre").high == -5.0


@pytest.mark.parametrize("unit", ["troops", "Troop", "km", "bogus", "", 5, ["troop"]])
def test_figure_requires_canonical_unit(unit: Any) -> None:
    """Aliases, unknown names and non-strings are rejected by the constructor."""
    with pytest.raises(InvalidClaim, match="unit"):
        Figure(1, 1, 1, Hedge.EXACT, unit)


def test_non_canonical_unit_error_suggests_the_name() -> None:
    """The error for an alias names the canonical unit to use."""
    with pytest.raises(InvalidClaim, match="did you mean 'troop'"):
        Figure(1, 1, 1, Hedge.EXACT, "troops")


@pytest.mark.parametrize(("field", "bad"), [("hedge", "nearly"), ("text", None), ("text", 3)])
def test_figure_rejects_wrong_types(field: str, bad: Any) -> None:
    """A hedge that is not a Hedge, or a text that is not a string, is an InvalidClaim."""
    kwargs: dict[str, Any] = {field: bad}
    with pytest.raises(InvalidClaim, match=field):
        Figure(1, 1, 1, **kwargs)


# ---------------------------------------------------------------------------
# Figure.of, Figure.between, to, quantity, midpoint
# ---------------------------------------------------------------------------


def test_figure_of_seed_examples() -> None:
    """Figure.of gives the documented intervals for the seed figures."""
    nearly = Figure.of(3000, "troops", hedge=Hedge.NEARLY)
    assert (nearly.value, nearly.low, nearly.high, nearly.unit) == (3000.0, 2700.0, 3000.0, "troop")
    more = Figure.of(100_000, "soldiers", hedge=Hedge.MORE_THAN)
    assert (more.low, more.high, more.unit) == (100_000.0, None, "soldier")
    about = Figure.of(100_000, "troops", hedge=Hedge.APPROX)
    assert (about.low, about.high) == (80_000.0, 120_000.0)


def test_figure_of_uses_given_policy() -> None:
    """A policy passed to Figure.of decides the interval."""
    strict = Policy(approx_rel_cap=0.1)
    figure = Figure.of(100_000, "troops", hedge=Hedge.APPROX, policy=strict)
    assert (figure.low, figure.high) == (90_000.0, 110_000.0)


@pytest.mark.parametrize("hedge", [Hedge.RANGE, Hedge.VAGUE])
def test_figure_of_rejects_stated_bound_hedges(hedge: Hedge) -> None:
    """Range and vague hedges need Figure.between."""
    with pytest.raises(InvalidClaim, match="between"):
        Figure.of(5, hedge=hedge)


@pytest.mark.parametrize("bad", [math.nan, math.inf, "5", True])
def test_figure_of_rejects_bad_values(bad: Any) -> None:
    """Figure.of rejects non-finite and non-numeric values."""
    with pytest.raises(InvalidClaim):
        Figure.of(bad, "troops")


def test_figure_of_rejects_negative_counts_and_unknown_units() -> None:
    """Figure.of rejects a negative count and raises UnitParseError for an unknown unit."""
    with pytest.raises(InvalidClaim, match="negative"):
        Figure.of(-3, "troops")
    with pytest.raises(UnitParseError):
        Figure.of(3, "flurbs")


def test_figure_between_builds_ranges_and_vague_amounts() -> None:
    """Figure.between keeps the stated bounds, no value, and the canonical unit."""
    span = Figure.between(1700, 2000, "soldiers", text="between 1,700 and 2,000 soldiers")
    assert (span.value, span.low, span.high, span.hedge, span.unit) == (
        None,
        1700.0,
        2000.0,
        Hedge.RANGE,
        "soldier",
    )
    vague = Figure.between(10_000, 100_000, "troops", hedge=Hedge.VAGUE)
    assert vague.hedge is Hedge.VAGUE
    with pytest.raises(InvalidClaim):
        Figure.between(2000, 1700, "soldiers")


def test_midpoint() -> None:
    """The midpoint is the value, else the middle of two bounds, else None."""
    assert TROOPS.midpoint == 3000.0
    assert Figure.between(1700, 2000, "soldiers").midpoint == 1850.0
    assert Figure.of(100_000, "troops", hedge=Hedge.MORE_THAN).midpoint == 100_000.0
    assert Figure.between(100_000, None, "troops", hedge=Hedge.VAGUE).midpoint is None


def test_quantity_is_a_fresh_pint_quantity() -> None:
    """Figure.quantity gives the midpoint in the figure's unit, new on each access."""
    quantity = Figure.between(1, 3, "kilometre").quantity
    assert quantity.magnitude == 2.0
    assert str(quantity.units) == "kilometer"  # pint spells it its own way
    assert TROOPS.quantity is not TROOPS.quantity
    with pytest.raises(InvalidClaim, match="no single value"):
        _ = Figure.between(5, None, "kilometre", hedge=Hedge.VAGUE).quantity


def test_to_converts_value_and_bounds() -> None:
    """Figure.to converts the value and both bounds, and keeps hedge and text."""
    distance = Figure.of(2, "km", hedge=Hedge.APPROX, text="about 2 km")
    metres = distance.to("metres")
    assert metres.unit == "metre"
    assert (metres.value, metres.low, metres.high) == (2000.0, 1600.0, 2400.0)
    assert (metres.hedge, metres.text) == (Hedge.APPROX, "about 2 km")
    assert distance.to("kilometre") is distance
    open_ended = Figure.of(100_000, "troops", hedge=Hedge.MORE_THAN).to("soldiers")
    assert (open_ended.low, open_ended.high, open_ended.unit) == (100_000.0, None, "soldier")


def test_to_rejects_incompatible_and_unknown_units() -> None:
    """Converting troops to tanks or to an unknown unit raises."""
    with pytest.raises(IncompatibleUnits):
        TROOPS.to("tanks")
    with pytest.raises(UnitParseError):
        TROOPS.to("flurbs")


@given(
    value=finite,
    hedge=st.sampled_from(SINGLE_HEDGES),
    unit=st.sampled_from(UNITS),
)
def test_figure_of_interval_contains_value(value: float, hedge: Hedge, unit: str) -> None:
    """For any finite value, hedge and unit, low <= value <= high wherever defined."""
    if quantities.is_count(unit):
        value = abs(value)
    figure = Figure.of(value, unit, hedge=hedge)
    assert figure.value == value
    assert figure.low is None or figure.low <= value
    assert figure.high is None or value <= figure.high
    if quantities.is_count(unit):
        assert figure.low is None or figure.low >= 0


@given(
    value=st.floats(min_value=0, max_value=1e9, allow_nan=False),
    hedge=st.sampled_from(SINGLE_HEDGES),
    pair=st.sampled_from(
        [
            ("troop", "soldier"),
            ("troop", "person"),
            ("kilometre", "metre"),
            ("kilometre", "mile"),
            ("mile", "metre"),
            ("percent", "percent"),
            ("dollar", "dollar"),
        ]
    ),
)
def test_converting_there_and_back_changes_nothing(
    value: float, hedge: Hedge, pair: tuple[str, str]
) -> None:
    """Converting a figure to a compatible unit and back gives the same numbers."""
    unit, other = pair
    figure = Figure.of(value, unit, hedge=hedge)
    back = figure.to(other).to(unit)
    assert back.unit == figure.unit
    assert back.hedge is figure.hedge
    for before, after in zip(
        (figure.value, figure.low, figure.high), (back.value, back.low, back.high), strict=True
    ):
        assert (before is None) == (after is None)
        if before is not None and after is not None:
            assert math.isclose(before, after, rel_tol=1e-9, abs_tol=1e-9)


# ---------------------------------------------------------------------------
# Source and Provenance
# ---------------------------------------------------------------------------


def test_source_chain_and_str() -> None:
    """A reporting chain lists the claimant first; str names each intermediary."""
    interfax = Source("Interfax", kind="outlet")
    ministry = Source("Russia's Defence Ministry", kind="government", reported_by=interfax)
    assert ministry.chain == (ministry, interfax)
    assert interfax.chain == (interfax,)
    assert str(ministry) == "Russia's Defence Ministry (via Interfax)"
    relayed = Source("a soldier", reported_by=Source("his commander", reported_by=interfax))
    assert str(relayed) == "a soldier (via his commander (via Interfax))"
    assert [s.name for s in relayed.chain] == ["a soldier", "his commander", "Interfax"]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"name": 5}, "name"),
        ({"name": "AFP", "kind": 3}, "kind"),
        ({"name": "AFP", "reported_by": "Reuters"}, "reported_by"),
    ],
)
def test_source_validators(kwargs: dict[str, Any], field: str) -> None:
    """Names must be non-blank strings, kinds strings, reporters Sources."""
    with pytest.raises(InvalidClaim, match=field):
        Source(**kwargs)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"url": 5}, "url"),
        ({"outlet": b"AFP"}, "outlet"),
        ({"document": 1}, "document"),
        ({"quote": ["x"]}, "quote"),
        ({"published": "2022-02-02"}, "published"),
        ({"published": datetime(2022, 2, 2, 9, 30)}, "timezone-aware"),
        ({"span": (5, 3)}, "span"),
        ({"span": (-1, 3)}, "span"),
        ({"span": (1.0, 3)}, "span"),
        ({"span": (True, 3)}, "span"),
        ({"span": 5}, "span"),
        ({"span": (1, 2, 3)}, "span"),
        ({"span": (0, 2**63)}, "span"),
    ],
)
def test_provenance_validators(kwargs: dict[str, Any], match: str) -> None:
    """Texts must be strings, times aware, spans two ordered non-negative ints."""
    with pytest.raises(InvalidClaim, match=match):
        Provenance(**kwargs)


def test_provenance_span_becomes_a_tuple() -> None:
    """A span given as a list is stored as a tuple."""
    assert Provenance(span=[3, 8]).span == (3, 8)


# ---------------------------------------------------------------------------
# Claim
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "match"),
    [
        ({"subject": ""}, "subject"),
        ({"subject": "  "}, "subject"),
        ({"subject": None}, "subject"),
        ({"figure": 3000}, "figure"),
        ({"source": "Pentagon"}, "source"),
        ({"stated_at": datetime(2022, 2, 2, 9, 30)}, "timezone-aware"),
        ({"valid_at": datetime(2022, 2, 2, 9, 30)}, "timezone-aware"),
        ({"stated_at": "2022-02-02"}, "stated_at"),
        ({"provenance": "FRANCE 24"}, "provenance"),
        ({"key": 1}, "key"),
        ({"parts_of": 1}, "parts_of"),
        ({"group": 1}, "group"),
        ({"tags": "troops"}, "tags"),
        ({"tags": 5}, "tags"),
        ({"tags": [""]}, "tags"),
        ({"tags": [1]}, "tags"),
        ({"tags": [["nested"]]}, "tags"),
        ({"id": ""}, "id"),
        ({"id": 5}, "id"),
    ],
)
def test_claim_validators(changes: dict[str, Any], match: str) -> None:
    """Every invalid field of a claim raises InvalidClaim naming it."""
    with pytest.raises(InvalidClaim, match=match):
        make_claim(**changes)


def test_claim_tags_are_a_frozenset() -> None:
    """Tags given as any collection of strings are stored as a frozenset."""
    assert make_claim(tags=["seed", "seed", "troops"]).tags == frozenset({"seed", "troops"})
    assert make_claim().tags == frozenset()


def test_applies_at() -> None:
    """applies_at is valid_at when given, else stated_at, else None."""
    later = STAMP + timedelta(days=30)
    assert make_claim().applies_at == STAMP
    assert make_claim(valid_at=later).applies_at == later
    assert make_claim(stated_at=None).applies_at is None


def test_evolve_derives_a_new_id_unless_given() -> None:
    """Evolve re-derives the id from the new content, or keeps one given explicitly."""
    claim = make_claim()
    changed = claim.evolve(subject="US troops in Poland")
    assert changed.subject == "US troops in Poland"
    assert changed.id == make_claim(subject="US troops in Poland").id != claim.id
    assert claim.evolve(subject="x", id="mine").id == "mine"
    assert claim.evolve(tags={"checked"}).id == claim.id
    with pytest.raises(InvalidClaim, match="subject"):
        claim.evolve(subject="")
    with pytest.raises(TypeError):
        claim.evolve(colour="red")


def test_evolve_drops_an_explicit_id_on_change() -> None:
    """An explicit id does not survive a content change made without one."""
    claim = make_claim(id="mine")
    assert claim.evolve(subject="other").id == make_claim(subject="other").id


def test_id_ignores_tags_and_follows_content() -> None:
    """Equal content gives equal ids whatever the tags; any content change changes the id."""
    base = make_claim()
    assert make_claim(tags={"a", "b"}).id == base.id
    assert len(base.id) == 16
    assert int(base.id, 16) >= 0
    later = STAMP + timedelta(hours=1)
    changes: list[dict[str, Any]] = [
        {"subject": "US troops in Romania"},
        {"figure": Figure.of(3000, "troops", hedge=Hedge.APPROX, text="nearly 3,000 troops")},
        {"figure": Figure.of(3000, "soldiers", hedge=Hedge.NEARLY, text="nearly 3,000 troops")},
        {"figure": Figure.of(3000, "troops", hedge=Hedge.NEARLY)},
        {"source": Source("Pentagon", kind="military")},
        {"source": Source("Pentagon", reported_by=Source("AFP", kind="agency"))},
        {"source": Source("Pentagon", kind="military", reported_by=Source("Reuters"))},
        {"stated_at": later},
        {"stated_at": None},
        {"valid_at": later},
        {"provenance": Provenance()},
        {"provenance": attrs.evolve(base.provenance, span=(121, 139))},
        {"provenance": attrs.evolve(base.provenance, span=None)},
        {"provenance": attrs.evolve(base.provenance, published=later)},
        {"provenance": attrs.evolve(base.provenance, quote="3,000 troops")},
        {"key": "us-troops"},
        {"parts_of": "nato-troops"},
        {"group": "us-deployment"},
    ]
    ids = [make_claim(**change).id for change in changes]
    assert base.id not in ids
    assert len(set(ids)) == len(ids)


def test_id_is_the_same_for_equal_instants_in_other_zones() -> None:
    """The same instant written in another time zone compares equal and gets the same id."""
    utc = STAMP.astimezone(UTC)
    assert utc == STAMP
    assert make_claim(stated_at=utc) == make_claim(stated_at=STAMP)


ZONES = [
    UTC,
    PARIS,
    timezone(timedelta(hours=-5), "EST"),
    timezone(timedelta(hours=5, minutes=30)),
    zoneinfo.ZoneInfo("Europe/Paris"),
    zoneinfo.ZoneInfo("America/New_York"),
]


@given(
    stated=st.datetimes(
        min_value=datetime(1900, 1, 1),
        max_value=datetime(2100, 1, 1),
        timezones=st.sampled_from(ZONES),
    ),
    published=st.datetimes(
        min_value=datetime(1900, 1, 1),
        max_value=datetime(2100, 1, 1),
        timezones=st.sampled_from(ZONES),
    ),
)
def test_id_depends_only_on_the_instants(stated: datetime, published: datetime) -> None:
    """Times in any zone, fixed or with daylight saving, give the id of the same UTC instants."""
    provenance = Provenance(outlet="FRANCE 24", published=published)
    utc_provenance = Provenance(outlet="FRANCE 24", published=published.astimezone(UTC))
    one = make_claim(stated_at=stated, provenance=provenance)
    two = make_claim(stated_at=stated.astimezone(UTC), provenance=utc_provenance)
    assert one.id == two.id
    later = make_claim(stated_at=stated + timedelta(microseconds=1), provenance=provenance)
    assert later.id != one.id


def test_id_does_not_confuse_fields_holding_separators() -> None:
    """Moving a separator character between two fields gives a different id."""
    one = make_claim(subject="a\x1fb", key="c")
    two = make_claim(subject="a", key="b\x1fc")
    assert one.id != two.id
    assert make_claim(subject="\ud800 lone surrogate").id != make_claim(subject="x").id


@given(
    subject=st.text(min_size=1).filter(str.strip),
    other=st.text(min_size=1).filter(str.strip),
    value=st.floats(min_value=0, max_value=1e9),
)
def test_id_is_a_function_of_content(subject: str, other: str, value: float) -> None:
    """Equal content gives equal ids and a different subject a different id."""
    assume(subject != other)
    figure = Figure.of(value, "troops")
    one = make_claim(subject=subject, figure=figure)
    assert make_claim(subject=subject, figure=Figure.of(value, "troops")).id == one.id
    assert make_claim(subject=other, figure=figure).id != one.id


def test_id_follows_every_link_of_a_reporting_chain() -> None:
    """Chains of one, two and three links give distinct ids; equal chains give equal ids."""
    interfax = Source("Interfax", kind="outlet")
    ministry = Source("Russia's Defence Ministry", kind="government")
    chains = [
        ministry,
        attrs.evolve(ministry, reported_by=interfax),
        attrs.evolve(ministry, reported_by=Source("TASS", reported_by=interfax)),
        attrs.evolve(ministry, reported_by=Source("TASS", reported_by=Source("Interfax"))),
    ]
    ids = [make_claim(source=chain).id for chain in chains]
    assert len(set(ids)) == len(ids)
    again = Source(
        "Russia's Defence Ministry",
        kind="government",
        reported_by=Source("TASS", reported_by=Source("Interfax", kind="outlet")),
    )
    assert make_claim(source=again).id == ids[2]


def test_id_does_not_confuse_separators_in_a_reporter() -> None:
    """A separator moved between a claimant's and its reporter's names changes the id."""
    one = Source("a\x1fb", reported_by=Source("c"))
    two = Source("a", reported_by=Source("b\x1fc"))
    assert make_claim(source=one).id != make_claim(source=two).id


def test_id_reads_negative_zero_as_zero() -> None:
    """A figure of -0.0 and one of 0.0 state the same content and get one id."""
    zero = Figure(0.0, -0.0, 0.0, Hedge.EXACT, "dollar")
    negative = Figure(-0.0, 0.0, -0.0, Hedge.EXACT, "dollar")
    assert make_claim(figure=zero).id == make_claim(figure=negative).id


def test_claim_checks_fields_before_deriving_the_id() -> None:
    """A claim's errors name the bad field, for the derived and the explicit id alike."""
    with pytest.raises(InvalidClaim, match="figure"):
        make_claim(figure=None)
    with pytest.raises(InvalidClaim, match="stated_at"):
        make_claim(stated_at=5, id="mine")
    with pytest.raises(InvalidClaim, match="id must"):
        make_claim(id=None)


ID_SCRIPT = """
from datetime import datetime, timedelta, timezone
from claimtrack.model import Claim, Figure, Hedge, Provenance, Source
paris = timezone(timedelta(hours=1))
claim = Claim(
    subject="Russian troops near Ukraine's border",
    figure=Figure.of(100_000, "soldiers", hedge=Hedge.MORE_THAN, text="more than 100,000 soldiers"),
    source=Source("Russia's Defence Ministry", kind="government", reported_by=Source("Interfax")),
    stated_at=datetime(2022, 2, 10, 9, 15, tzinfo=paris),
    provenance=Provenance(outlet="FRANCE 24", quote="\u00e9t\u00e9", span=(4, 30)),
    tags={"seed"},
)
print(claim.id)
"""


def test_id_is_the_same_in_another_process() -> None:
    """A claim's id is the same in a fresh interpreter with another hash seed."""
    namespace: dict[str, Any] = {}
    exec(ID_SCRIPT.replace("print(claim.id)", ""), namespace)
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run(
        [sys.executable, "-c", ID_SCRIPT], capture_output=True, text=True, check=True, env=env
    )
    assert result.stdout.strip() == namespace["claim"].id


# ---------------------------------------------------------------------------
# frozen, slotted records
# ---------------------------------------------------------------------------


RECORDS: list[Any] = [TROOPS, PENTAGON, Provenance(outlet="FRANCE 24"), make_claim()]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_records_are_frozen(record: Any) -> None:
    """Assigning to a field of any record raises FrozenInstanceError."""
    name = attrs.fields(type(record))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, name, getattr(record, name))


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_records_are_slotted_and_hashable(record: Any) -> None:
    """Records have slots and no instance dict, and equal records hash equal."""
    assert not hasattr(record, "__dict__")
    assert "__slots__" in type(record).__dict__
    assert hash(record) == hash(attrs.evolve(record))


def test_field_order_is_stable() -> None:
    """The public field order that other modules and formats rely on is unchanged."""
    assert [a.name for a in attrs.fields(Figure)] == [
        "value",
        "low",
        "high",
        "hedge",
        "unit",
        "text",
    ]
    assert [a.name for a in attrs.fields(Source)] == ["name", "kind", "reported_by"]
    assert [a.name for a in attrs.fields(Provenance)] == [
        "url",
        "published",
        "outlet",
        "document",
        "quote",
        "span",
    ]
    assert [a.name for a in attrs.fields(Claim)] == [
        "subject",
        "figure",
        "source",
        "stated_at",
        "valid_at",
        "provenance",
        "key",
        "parts_of",
        "group",
        "tags",
        "id",
    ]


def test_claim_init_matches_the_declared_fields() -> None:
    """Claim's written-out __init__ takes exactly the declared fields, with their defaults."""
    params = inspect.signature(Claim.__init__).parameters
    fields = attrs.fields(Claim)
    assert list(params)[1:] == [a.name for a in fields]
    for a in fields:
        assert params[a.name].kind is inspect.Parameter.KEYWORD_ONLY
        if a.default is attrs.NOTHING:
            assert params[a.name].default is inspect.Parameter.empty
        elif not isinstance(a.default, attrs.Factory):  # type: ignore[arg-type]
            assert params[a.name].default is a.default
    claim = make_claim(tags=("a", "b"))
    converter = fields.tags.converter
    assert callable(converter)
    assert claim.tags == converter(["b", "a"])
    assert claim.id == fields.id.default.factory(claim)


def test_hedge_values_are_stable() -> None:
    """Hedge values, which formats store, are the lower-case names."""
    assert {h.value for h in Hedge} == {h.name.lower() for h in Hedge}


def test_default_policy_is_used_by_figure_of() -> None:
    """Figure.of without a policy gives DEFAULT_POLICY's interval."""
    low, high = DEFAULT_POLICY.interval(1700, Hedge.EXACT, count=True)
    figure = Figure.of(1700, "service members")
    assert (figure.low, figure.high) == (low, high) == (1650.0, 1750.0)


_ANY_NUMBER = st.one_of(
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**20), 10**20),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.sampled_from(["12", "x", True]),
)


def _outcome(build: Any, *args: Any) -> Any:
    """The figure ``build(*args)`` makes, or the type and message of the error it raises."""
    try:
        return build(*args)
    except Exception as exc:  # compared below: the same error either way
        return (type(exc), str(exc))


@given(
    _ANY_NUMBER,
    _ANY_NUMBER,
    _ANY_NUMBER,
    st.sampled_from(list(Hedge)),
    st.sampled_from(["count", "troop", "percent", "metre", "dollar"]),
    st.text(max_size=8),
)
def test_scanner_fast_figure_is_the_class_call(
    value: Any, low: Any, high: Any, hedge: Hedge, unit: str, text: str
) -> None:
    """The scanner's private _build_figure makes the figure Figure(...) makes, or the same error."""
    from claimtrack.model import _build_figure

    args = (value, low, high, hedge, unit, text)
    assert _outcome(_build_figure, *args) == _outcome(Figure, *args)


def test_scanner_fast_figure_knows_every_field() -> None:
    """Figure has the fields, and no validators, that _build_figure sets (a new one goes there)."""
    fields = attrs.fields(Figure)
    assert [f.name for f in fields] == ["value", "low", "high", "hedge", "unit", "text"]
    assert all(f.validator is None for f in fields)  # converters: called by both
