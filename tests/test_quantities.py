"""Tests of the unit registry, parse_figure and render_figure."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.exceptions import FigureParseError, IncompatibleUnits, UnitParseError
from claimtrack.model import Figure, Hedge
from claimtrack.policy import DEFAULT_POLICY, Policy
from claimtrack.quantities import (
    alias_heads,
    canonical_unit_name,
    compatible,
    converter,
    currency_code,
    dimension,
    is_count,
    known_units,
    parse_figure,
    rate_unit,
    render_figure,
    unit_alias,
    unit_words,
)

# ---------------------------------------------------------------------------
# parse_figure: every form of the contract
# ---------------------------------------------------------------------------

SEEDS = [
    # (text, value, low, high, hedge, unit) -- seed figures from FRANCE 24 with AFP
    ("nearly 3,000 American troops", 3000, 2700, 3000, Hedge.NEARLY, "troop"),
    ("more than 100,000 soldiers", 100_000, 100_000, None, Hedge.MORE_THAN, "soldier"),
    ("approximately 100,000 troops", 100_000, 80_000, 120_000, Hedge.APPROX, "troop"),
    ("tens of thousands of troops", None, 10_000, 100_000, Hedge.VAGUE, "troop"),
    ("Hundreds of thousands of people", None, 100_000, 1_000_000, Hedge.VAGUE, "person"),
    ("30,000 troops personnel", 30_000, 28_500, 31_500, Hedge.EXACT, "personnel"),
    ("1,700 service members", 1700, 1650, 1750, Hedge.EXACT, "service_member"),
]


@pytest.mark.parametrize(("text", "value", "low", "high", "hedge", "unit"), SEEDS)
def test_seed_figures(
    text: str, value: float | None, low: float, high: float | None, hedge: Hedge, unit: str
) -> None:
    """The seed figures of the live blogs parse to the documented value, interval, hedge, unit."""
    f = parse_figure(text)
    assert (f.value, f.low, f.high, f.hedge, f.unit) == (value, low, high, hedge, unit)
    assert f.text == text


def test_person_dimension_of_personnel() -> None:
    """The words troops personnel count in a unit of the person dimension."""
    assert dimension(parse_figure("30,000 troops personnel").unit) == dimension("troop")


@pytest.mark.parametrize("text", ["136 deaths", "12 fatalities", "40 casualties", "5 civilians"])
def test_deaths_count_people(text: str) -> None:
    """A death toll counts persons, so "136 civilian deaths" and "2,000 civilians" compare."""
    unit = parse_figure(text).unit
    assert dimension(unit) == dimension("person")
    assert compatible(unit, "person")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("100,000", 100_000),
        ("100 000", 100_000),
        ("100\u00a0000", 100_000),
        ("100\u2009000", 100_000),
        ("100\u202f000", 100_000),
        ("1,234,567", 1_234_567),
        ("2.5", 2.5),
        ("12,345.75", 12_345.75),
        ("1.5 million", 1_500_000),
        ("3bn", 3_000_000_000),
        ("100k", 100_000),
        ("2.7m", 2_700_000),
        ("six", 6),
        ("twenty-five", 25),
        ("two hundred and ten", 210),
        ("a dozen", 12),
        ("a hundred", 100),
        ("five thousand", 5000),
    ],
)
def test_numbers(text: str, value: float) -> None:
    """Separators (including no-break and thin spaces), decimals, scales and words read right."""
    f = parse_figure(text)
    assert f.value == value
    assert f.hedge is Hedge.EXACT
    assert f.unit == "count"


def test_money_and_units() -> None:
    """Currency signs, per cent and physical units are read and canonicalised."""
    f = parse_figure("$2.4 billion")
    assert (f.value, f.unit) == (2_400_000_000, "dollar")
    assert parse_figure("19 per cent").unit == "percent"
    assert parse_figure("19%").unit == "percent"
    assert parse_figure("35 miles").unit == "mile"
    assert parse_figure("3,000 American troops").unit == "troop"
    assert parse_figure("€5 million").unit == "euro"
    assert parse_figure("1.5mm").unit == "millimetre"


@pytest.mark.parametrize(
    ("text", "word", "scale"),
    [
        ("tens of thousands", "tens", 1000),
        ("hundreds of thousands", "hundreds", 1000),
        ("several thousand", "several", 1000),
        ("a few hundred", "a few", 100),
        ("dozens", "dozens", 1),
        ("thousands", "thousands", 1),
        ("millions", "plural", 1_000_000),
    ],
)
def test_vague_orders(text: str, word: str, scale: float) -> None:
    """Vague orders of magnitude take their interval from Policy.vague_interval."""
    f = parse_figure(text)
    assert f.value is None
    assert f.hedge is Hedge.VAGUE
    assert (f.low, f.high) == DEFAULT_POLICY.vague_interval(word, scale)


@pytest.mark.parametrize(
    "text",
    [
        "between 1,700 and 2,000",
        "1,700-2,000",
        "1,700 to 2,000",
        "from 1,700 to 2,000",
        "1,700–2,000",
    ],
)
def test_ranges(text: str) -> None:
    """Every range form gives a RANGE figure with the stated bounds and no value."""
    f = parse_figure(text)
    assert (f.value, f.low, f.high, f.hedge) == (None, 1700, 2000, Hedge.RANGE)


def test_range_shares_the_scale_word() -> None:
    """A range such as between 1.5 and 2 million applies the scale word to both ends."""
    f = parse_figure("between 1.5 and 2 million people")
    assert (f.low, f.high, f.unit) == (1_500_000, 2_000_000, "person")


HEDGES = {
    "about": Hedge.APPROX,
    "around": Hedge.APPROX,
    "approximately": Hedge.APPROX,
    "some": Hedge.APPROX,
    "roughly": Hedge.APPROX,
    "an estimated": Hedge.APPROX,
    "maybe": Hedge.APPROX,
    "perhaps": Hedge.APPROX,
    "possibly": Hedge.APPROX,
    "nearly": Hedge.NEARLY,
    "almost": Hedge.NEARLY,
    "just under": Hedge.NEARLY,
    "more than": Hedge.MORE_THAN,
    "over": Hedge.MORE_THAN,
    "upwards of": Hedge.MORE_THAN,
    "at least": Hedge.AT_LEAST,
    "no fewer than": Hedge.AT_LEAST,
    "fewer than": Hedge.LESS_THAN,
    "less than": Hedge.LESS_THAN,
    "under": Hedge.LESS_THAN,
    "at most": Hedge.AT_MOST,
    "no more than": Hedge.AT_MOST,
    "up to": Hedge.UP_TO,
    "as many as": Hedge.UP_TO,
}


@pytest.mark.parametrize(("word", "hedge"), sorted(HEDGES.items()))
def test_hedges(word: str, hedge: Hedge) -> None:
    """Each hedge word maps to its Hedge and the policy's interval."""
    f = parse_figure(f"{word} 3,000 troops")
    assert f.hedge is hedge
    assert f.value == 3000
    assert (f.low, f.high) == DEFAULT_POLICY.interval(3000, hedge, count=True)


def test_hedge_is_case_insensitive() -> None:
    """A capitalised hedge at the start of a sentence still counts."""
    assert parse_figure("Nearly 3,000 troops").hedge is Hedge.NEARLY


def test_policy_is_used() -> None:
    """A custom policy changes the interval of a hedged figure."""
    f = parse_figure("about 100,000 troops", policy=Policy(approx_rel_cap=0.1))
    assert (f.low, f.high) == (90_000, 110_000)


@pytest.mark.parametrize("text", ["", "troops", "no figure here", "the army"])
def test_no_figure(text: str) -> None:
    """A text without a number raises FigureParseError."""
    with pytest.raises(FigureParseError):
        parse_figure(text)


def test_several_figures_is_an_error() -> None:
    """A text with two figures is not one figure phrase."""
    with pytest.raises(FigureParseError, match="2 figures"):
        parse_figure("3,000 troops and 40 tanks")


def test_unreadable_glued_unit() -> None:
    """A unit glued to the number that no table knows raises UnitParseError."""
    with pytest.raises(UnitParseError):
        parse_figure("12qzx")


def test_unknown_noun_is_a_count() -> None:
    """An unknown counted noun gives a bare count."""
    assert parse_figure("40 flibbertigibbets").unit == "count"


# ---------------------------------------------------------------------------
# The registry
# ---------------------------------------------------------------------------


def test_canonical_names() -> None:
    """Plural, case and spelling variants normalise to one canonical name."""
    assert canonical_unit_name("Troops") == "troop"
    assert canonical_unit_name("service members") == "service_member"
    assert canonical_unit_name("per cent") == "percent"
    assert canonical_unit_name("$") == "dollar"
    assert canonical_unit_name("kilometres") == "kilometre"
    assert canonical_unit_name("years") == "year"
    assert unit_alias("flibbertigibbets") is None
    with pytest.raises(UnitParseError):
        canonical_unit_name("flibbertigibbets")


def test_troops_and_tanks_do_not_mix() -> None:
    """Troops and tanks are incompatible; troops and soldiers convert 1:1."""
    assert compatible("troops", "soldiers")
    assert not compatible("troops", "tanks")
    with pytest.raises(IncompatibleUnits):
        converter("troop", "tank")
    with pytest.raises(IncompatibleUnits):
        Figure.of(3000, "troops").to("tank")
    assert Figure.of(3000, "troops").to("soldier").value == 3000


def test_added_nouns_are_counts() -> None:
    """The count nouns added for news text are real count units."""
    for noun in ("player", "game", "station", "user", "time", "goal", "kid"):
        assert is_count(canonical_unit_name(noun)), noun
    assert compatible("teachers", "people")


# ---------------------------------------------------------------------------
# render_figure and properties
# ---------------------------------------------------------------------------


def test_render_examples() -> None:
    """Figures render as the English phrases of the contract."""
    assert render_figure(Figure.of(3000, "troops", hedge=Hedge.NEARLY)) == "nearly 3,000 troops"
    assert render_figure(Figure.between(1700, 2000, "soldiers")) == (
        "between 1,700 and 2,000 soldiers"
    )
    assert str(parse_figure("tens of thousands of people")) == "tens of thousands of people"
    assert render_figure(parse_figure("$2.4 billion")) == "$2.4 billion"


def test_render_vague_amounts() -> None:
    """Vague amounts render as English: "of" after plural orders, not after a scale word."""
    assert render_figure(parse_figure("thousands of troops")) == "thousands of troops"
    assert render_figure(parse_figure("a few thousand troops")) == "several thousand troops"
    assert render_figure(parse_figure("several million dollars")) == "several million dollars"
    assert render_figure(parse_figure("tens of millions of euros")) == "tens of millions of euros"


def test_render_open_ended_vague_amounts() -> None:
    """A vague amount whose policy sets only a floor renders as its vague phrase."""
    floors = Policy(vague={word: (low, None) for word, (low, _) in DEFAULT_POLICY.vague.items()})
    for text in ("thousands of troops", "tens of thousands of people", "several hundred tanks"):
        f = parse_figure(text, policy=floors)
        assert f.high is None
        rendered = render_figure(f)
        assert rendered == text
        assert _key(parse_figure(rendered, policy=floors)) == _key(f)


def test_every_table_unit_is_defined() -> None:
    """Every unit the alias tables name is canonical and has a dimension."""
    for unit in known_units():
        assert canonical_unit_name(unit) == unit
        assert "[" in dimension(unit)


RATES = [
    "dollar_per_month",
    "euro_per_year",
    "barrel_per_day",
    "cent_per_share",
    "pound_sterling_per_week",
    "person_per_day",
    "australian_dollar_per_month",
    "dollar_per_square_foot",
]
UNITS = sorted(known_units()) + RATES
SINGLE_HEDGES = [h for h in Hedge if h not in (Hedge.RANGE, Hedge.VAGUE)]
VALUES = st.one_of(
    st.integers(min_value=0, max_value=10**13).map(float),
    st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False).map(float),
)
VAGUE_PHRASES = [
    "tens",
    "hundreds",
    "thousands",
    "dozens",
    "tens of thousands",
    "hundreds of thousands",
    "millions",
    "tens of millions",
    "several hundred",
    "several thousand",
    "a few thousand",
    "billions",
]


@st.composite
def figures(draw: st.DrawFn) -> Figure:
    """Any valid figure that has an English phrase: single-valued, range or vague."""
    unit = draw(st.sampled_from(UNITS))
    kind = draw(st.sampled_from(["single", "range", "vague"]))
    if kind == "single":
        return Figure.of(draw(VALUES), unit, hedge=draw(st.sampled_from(SINGLE_HEDGES)))
    if kind == "range":
        a, b = sorted((draw(VALUES), draw(VALUES)))
        return Figure.between(a, b, unit)
    base = parse_figure(draw(st.sampled_from(VAGUE_PHRASES)))
    return Figure.between(base.low, base.high, unit, hedge=Hedge.VAGUE)


def _key(f: Figure) -> tuple[object, ...]:
    return (f.value, f.low, f.high, f.hedge, f.unit)


@given(figures())
def test_render_parse_round_trip(figure: Figure) -> None:
    """parse_figure(render_figure(f)) gives back the value, bounds, hedge and unit."""
    assert _key(parse_figure(render_figure(figure))) == _key(figure)


@given(figures())
def test_value_within_bounds(figure: Figure) -> None:
    """A parsed figure's value lies within its interval."""
    f = parse_figure(render_figure(figure))
    if f.value is not None:
        assert f.low is None or f.low <= f.value
        assert f.high is None or f.value <= f.high
    if f.low is not None and f.high is not None:
        assert f.low <= f.high


@given(
    st.floats(min_value=0, max_value=1e9, allow_nan=False),
    st.sampled_from(
        [("kilometre", "mile"), ("troop", "soldier"), ("metre", "foot"), ("percent", "percent")]
    ),
)
def test_convert_and_back(value: float, units: tuple[str, str]) -> None:
    """Converting a figure's unit and back changes nothing."""
    f = Figure.of(value, units[0], hedge=Hedge.APPROX)
    back = f.to(units[1]).to(units[0])
    for a, b in ((f.value, back.value), (f.low, back.low), (f.high, back.high)):
        assert a is not None
        assert b is not None
        assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("1520 sq m", "square_metre"),
        ("1200 parts per million", "ppm"),
        ("44 mg", "milligram"),
        ("23 mpg", "mile_per_gallon"),
        ("5,000 mAh", "milliampere_hour"),
        ("300 PS", "metric_horsepower"),
        ("18 sen", "sen"),
        ("164p", "penny"),
        ("NZ$40", "new_zealand_dollar"),
        ("13 units", "unit"),
        ("3 bedrooms", "bedroom"),
        ("12 billion cubic metres", "cubic_metre"),
        ("30 m³", "cubic_metre"),
        ("5m3", "cubic_metre"),
        ("5km2", "square_kilometre"),
        ("0.9 trillion cubic feet", "cubic_foot"),
        ("300 staff", "staff"),
        ("3,000 police", "police"),
    ],
)
def test_more_units(text: str, unit: str) -> None:
    """Common news units and count nouns added to the tables parse to their canonical names."""
    assert parse_figure(text).unit == unit


def test_pence_sen_and_fractions_convert() -> None:
    """Pence and sen are hundredths of their currency; a fraction is a hundred percent."""
    assert converter("penny", "pound_sterling")(164) == pytest.approx(1.64)
    assert converter("sen", "malaysian_ringgit")(18) == pytest.approx(0.18)
    assert converter("fraction", "percent")(0.5) == pytest.approx(50)
    assert not is_count("fraction")
    assert not is_count("penny")


def test_alias_heads_follow_new_spellings() -> None:
    """alias_heads names the first word of every multi-word spelling, new ones included."""
    assert "per" in alias_heads()
    assert "service" in alias_heads()
    from claimtrack.quantities import define_count_noun

    define_count_noun("patrol boat", dimension="vessel", aliases=["patrol boats"])
    assert "patrol" in alias_heads()
    assert parse_figure("12 patrol boats").unit == "patrol_boat"


def test_unit_alias_follows_new_spellings() -> None:
    """A word looked up before define_count_noun names it is read as the new noun after."""
    from claimtrack.quantities import define_count_noun

    assert unit_alias("Gyrocopters") is None
    assert parse_figure("12 gyrocopters").unit == "count"
    define_count_noun("gyrocopter", dimension="rotorcraft")
    assert unit_alias("Gyrocopters") == "gyrocopter"
    assert parse_figure("12 gyrocopters").unit == "gyrocopter"


# ---------------------------------------------------------------------------
# Currencies by name and rates
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "code"),
    [
        ("$", "dollar", "USD"),
        ("USD", "dollar", "USD"),
        ("euros", "euro", "EUR"),
        ("£", "pound_sterling", "GBP"),
        ("yuan", "chinese_yuan", "CNY"),
        ("Australian dollars", "australian_dollar", "AUD"),
        ("HKD", "hong_kong_dollar", "HKD"),
        ("shekels", "shekel", "ILS"),
        ("rand", "south_african_rand", "ZAR"),
        ("TRY", "turkish_lira", "TRY"),
        ("Swedish kronor", "swedish_krona", "SEK"),
        ("Swedish crowns", "swedish_krona", "SEK"),
        ("Norwegian crowns", "norwegian_krone", "NOK"),
        ("Danish crowns", "danish_krone", "DKK"),
        ("CFA francs", "cfa_franc", "XOF"),
        ("R$", "brazilian_real", "BRL"),
    ],
)
def test_currencies_by_name_and_code(text: str, unit: str, code: str) -> None:
    """A currency's sign, code and names give one canonical name, which gives back the ISO code."""
    assert canonical_unit_name(text) == unit
    assert currency_code(text) == code


@pytest.mark.parametrize("word", ["try", "cop", "pesos", "francs", "riyals", "kroner", "shillings"])
def test_words_that_are_no_one_currency(word: str) -> None:
    """A code that is an English word, or a name that several currencies share, is no currency."""
    with pytest.raises(UnitParseError):
        canonical_unit_name(word)


def test_currency_code_of_other_units() -> None:
    """Units that are not money have no ISO code."""
    assert currency_code("troops") is None
    assert currency_code("dollar_per_month") is None


def test_yields_and_gas_volumes_convert() -> None:
    """A gigatonne is a billion tonnes and a bcm a billion cubic metres."""
    assert converter("gigatonne", "metric_ton")(2) == pytest.approx(2e9)
    assert converter("kilotonne", "metric_ton")(15) == pytest.approx(15e3)
    assert converter("billion_cubic_metre", "cubic_metre")(55) == pytest.approx(55e9)


def test_currencies_never_mix() -> None:
    """Currencies never convert into each other; a cent is a hundredth of a dollar."""
    assert not compatible("dollar", "australian_dollar")
    assert converter("cent", "dollar")(250) == pytest.approx(2.5)
    with pytest.raises(IncompatibleUnits):
        converter("euro", "dollar")


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("dollars per month", "dollar_per_month"),
        ("$/month", "dollar_per_month"),
        ("dollar_per_month", "dollar_per_month"),
        ("barrels per day", "barrel_per_day"),
        ("cents / share", "cent_per_share"),
        ("EUR per year", "euro_per_year"),
    ],
)
def test_rate_names(text: str, rate: str) -> None:
    """A rate written with per or a slash has one canonical name."""
    assert canonical_unit_name(text) == rate


def test_rates_convert_within_their_dimension() -> None:
    """A monthly rate converts to a yearly one, and never to its numerator alone."""
    assert converter("dollar_per_month", "dollar_per_year")(1000) == pytest.approx(12_000, rel=1e-3)
    assert is_count("barrel_per_day") is False
    with pytest.raises(IncompatibleUnits):
        converter("dollar_per_month", "dollar")


@pytest.mark.parametrize(
    ("numerator", "denominator"), [("count", "day"), ("dollar", "count"), ("dollars", "month")]
)
def test_rate_unit_needs_two_canonical_units(numerator: str, denominator: str) -> None:
    """rate_unit refuses a bare count and names that are not canonical."""
    with pytest.raises(UnitParseError):
        rate_unit(numerator, denominator)


def test_unknown_rate_is_an_error() -> None:
    """A rate of an unknown unit is an unknown unit, not a guess."""
    with pytest.raises(UnitParseError, match="flibbertigibbet"):
        canonical_unit_name("dollars per flibbertigibbet")


def test_render_rates() -> None:
    """Rates render with "per" and read back."""
    assert render_figure(parse_figure("$3,500 a month")) == "$3,500 per month"
    assert render_figure(parse_figure("800,000 barrels a day")) == "800,000 barrels per day"
    assert render_figure(parse_figure("tens of millions of euros a year")) == (
        "tens of millions of euros per year"
    )


def test_durations_are_not_counts() -> None:
    """A span of time is a measure, not a count; "three times" counts occasions."""
    assert is_count("year") is False
    assert is_count("time") is True
    assert not compatible("times", "years")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("65-year-old", "year_of_age"),
        ("66 years old", "year_of_age"),
        ("three-month-old", "month_of_age"),
        ("70 years of age", "year_of_age"),
        ("about twenty months of age", "month_of_age"),
        ("8 weeks of age", "week_of_age"),
        ("a 40 day old", "day_of_age"),
        ("64 yo", "year_of_age"),
        ("64 y/o", "year_of_age"),
        ("332 lb-ft", "foot_pound"),
        ("15.3 ppg", "point_per_game"),
        ("300 newton-metres", "newton_metre"),
        ("10-year", "year"),
    ],
)
def test_ages_and_torque(text: str, unit: str) -> None:
    """Ages are their own unit, converting like the span they count; "lb-ft" is torque."""
    assert parse_figure(text).unit == unit


def test_cubic_metres_convert_to_cubic_feet() -> None:
    """A cubic metre is about 35.3 cubic feet; pint's "cubic_meter" is the same unit."""
    assert converter("cubic_metre", "cubic_foot")(1) == pytest.approx(35.3147, rel=1e-5)
    assert canonical_unit_name("cubic_meter") == "cubic_metre"


def test_age_converts_like_its_span() -> None:
    """An age in months converts to an age in years."""
    assert converter("month_of_age", "year_of_age")(18) == pytest.approx(1.5, rel=1e-3)


@pytest.mark.parametrize(
    ("pint_name", "si_name"),
    [
        ("kilometer", "kilometre"),
        ("meter", "metre"),
        ("square_meter", "square_metre"),
        ("square_kilometer", "square_kilometre"),
        ("newton_meter", "newton_metre"),
        ("meter_per_second", "metre_per_second"),
        ("kilometer_per_hour", "kilometre_per_hour"),
        ("milliliter", "millilitre"),
        ("euro_per_liter", "euro_per_litre"),
        ("hectoliter", "hectolitre"),
    ],
)
def test_pint_spellings_read_as_si_names(pint_name: str, si_name: str) -> None:
    """The spellings "meter" and "liter" of pint read as the SI names and convert alike."""
    assert canonical_unit_name(pint_name) == si_name
    assert converter(pint_name, si_name)(2.5) == 2.5


@pytest.mark.parametrize(
    ("text", "rendered"),
    [
        ("5 km", "5 kilometres"),
        ("1 km", "1 kilometre"),
        ("3 sq km", "3 square kilometres"),
        ("1.5 ml", "1.5 millilitres"),
        ("50 mph", "50 miles per hour"),
        ("1 mph", "1 mile per hour"),
        ("1 tonne", "1 tonne"),
        ("3 feet", "3 feet"),
        ("1 foot", "1 foot"),
        ("1 lb-ft", "1 foot-pound"),
        ("5 °C", "5 degrees celsius"),
        ("1 °C", "1 degree Celsius"),
    ],
)
def test_render_units_in_words(text: str, rendered: str) -> None:
    """Units are written out in full, in the singular for one, and read back the same."""
    figure = parse_figure(text)
    assert render_figure(figure) == rendered
    assert parse_figure(rendered).unit == figure.unit


@pytest.mark.parametrize(
    ("unit", "plural", "singular"),
    [
        ("metric_ton", "tonnes", "tonne"),
        ("pound_sterling", "pounds sterling", "pound sterling"),
        ("penny", "pence", "penny"),
        ("foot", "feet", "foot"),
        ("japanese_yen", "japanese yen", "japanese yen"),
        ("dollar_per_month", "dollars per month", "dollar per month"),
        ("milliampere_hour", "milliampere hours", "milliampere hour"),
        ("troop", "troops", "troop"),
        ("count", "", ""),
    ],
)
def test_unit_words(unit: str, plural: str, singular: str) -> None:
    """unit_words names a unit in words, in the plural or the singular, as render_figure does."""
    assert (unit_words(unit), unit_words(unit, singular=True)) == (plural, singular)


@pytest.mark.parametrize("unit", sorted(u for u in known_units() if u != "count"))
def test_unit_words_read_back(unit: str) -> None:
    """Two of any known unit written with unit_words read back as that unit."""
    assert parse_figure(f"2 {unit_words(unit)}").unit == unit


def test_the_registry_is_built_once_when_threads_ask_at_once() -> None:
    """Threads that first use units together share one registry; none sees a unit missing."""
    code = (
        "import threading\n"
        "from claimtrack.quantities import is_count\n"
        "errors = []\n"
        "def use():\n"
        "    try:\n"
        "        is_count('troop')\n"
        "    except Exception as exc:\n"
        "        errors.append(exc)\n"
        "threads = [threading.Thread(target=use) for _ in range(8)]\n"
        "for t in threads: t.start()\n"
        "for t in threads: t.join()\n"
        "print(len(errors))\n"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert done.stdout.strip() == "0"


def test_cubic_kilometres_are_a_volume() -> None:
    """'3 cubic kilometres' and '3 km3' are cubic kilometres, not kilometres."""
    assert parse_figure("3 cubic kilometres").unit == "cubic_kilometre"
    assert parse_figure("3 km3").unit == "cubic_kilometre"


def test_a_price_per_dozen_is_a_rate_of_its_own() -> None:
    """A price per dozen converts to a price per dozen only, never to the price alone."""
    figure = parse_figure("64.2 cents a dozen")
    assert figure.unit == "cent_per_dozen"
    assert compatible("cent_per_dozen", "dollar_per_dozen")
    assert not compatible("cent_per_dozen", "cent")


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("unit_words('dollar_per_month')", "dollars per month"),
        ("unit_words('troop_per_day', singular=True)", "troop per day"),
        ("is_count('dollar_per_month')", False),
        ("dimension_of('dollar_per_month')", "[currency_USD] / [time]"),
    ],
)
def test_a_rate_not_yet_named_in_this_process_is_a_rate(expression: str, expected: object) -> None:
    """A rate read before any text named it (a fresh process) is written and measured as one."""
    code = (
        "from claimtrack.quantities import dimension_of, is_count, unit_words\n"
        f"print(repr({expression}))\n"
    )
    fresh = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert fresh == repr(expected)
