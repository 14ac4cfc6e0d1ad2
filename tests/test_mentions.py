"""Tests of the figure grammar: find_figures and Mention."""

from __future__ import annotations

import itertools
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.exceptions import FigureParseError
from claimtrack.mentions import Mention, find_figures, parse_phrase
from claimtrack.model import Hedge
from claimtrack.policy import DEFAULT_POLICY, Policy
from claimtrack.quantities import is_count, parse_figure

# Seed live blogs: FRANCE 24 with AFP, February 2022.


def _by_text(path: Path) -> dict[str, Mention]:
    text = path.read_text(encoding="utf-8")
    return {m.text: m for m in find_figures(text)}


def test_seed_blog_0202(data_dir: Path) -> None:
    """The 2 February live blog yields the troop figures with hedges, units and modifiers."""
    path = data_dir / "france24-liveblog-2022-02-02.txt"
    text = path.read_text(encoding="utf-8")
    found = _by_text(path)
    nearly = found["nearly 3,000 American troops"]
    assert nearly.figure.hedge is Hedge.NEARLY
    assert nearly.figure.unit == "troop"
    assert nearly.modifiers == ("American",)
    assert nearly.noun == "troops"
    assert text[nearly.span[0] : nearly.span[1]] == nearly.text
    assert found["around 1,700 service members"].figure.unit == "service_member"
    assert found["several thousand troops"].figure.hedge is Hedge.VAGUE
    assert found["several hundred troops"].figure.low == 200
    assert found["Hundreds of thousands of people"].figure.low == 100_000
    assert found["About 1,000 Germany-based troops"].modifiers == ("Germany-based",)
    assert found["More than 13,000 people"].figure.hedge is Hedge.MORE_THAN
    another = next(m for m in find_figures(text) if m.unit_inferred)
    assert another.text == "300"
    assert another.figure.unit == "troop"
    # skipped: "82nd Airborne", "since 2014", "FRANCE 24"
    assert not any("82" in m.text or "2014" in m.text for m in found.values())


def test_seed_blog_0210(data_dir: Path) -> None:
    """The 10 February live blog yields the Russian build-up figures and skips times and dates."""
    found = _by_text(data_dir / "france24-liveblog-2022-02-10.txt")
    assert found["more than 100,000 soldiers"].figure.unit == "soldier"
    assert found["tens of thousands of troops"].figure.low == 10_000
    assert found["approximately 100,000 troops"].figure.hedge is Hedge.APPROX
    assert found["Six Russian warships"].figure.value == 6
    assert found["30,000 troops personnel"].figure.unit == "personnel"
    assert not any(t.startswith(("02", "12", "11", "2015", "24")) for t in found)


SKIPPED = [
    "It happened at 02:25 am Paris time.",
    "The vote is at 21:30.",
    "The strike hit at 0300 local time.",  # wire style: four digits before a zone
    "At 1545 GMT, talks resumed.",
    "Talks resume at 8 this evening.",  # an hour with a part of the day
    "The polls close tonight at 10.",
    "The ferry left at seven in the morning.",
    "The bells rang at 6 o'clock.",
    "The bells rang at 6 o’clock.",
    "The talks ran until 11 this evening.",
    "They met at about 9 tonight.",
    "Talks resume on February 11.",
    "he was fined on 1 may that year.",  # lower-case text: "may" before "that year" is a month
    "Signed on Feb. 7, 2022 in Paris.",
    "Filed on 11/02/2022.",
    "Under the 2015 agreement, nothing changed.",
    "Fighting since 2014 has not stopped.",
    "It was in 2017.",
    "The 82nd Airborne Division moved.",
    "Covid-19 cases rose.",
    "He spoke to FRANCE 24 on Monday.",
    "Paris (GMT+1) is quiet.",
    "The G7 met.",
    "An F-16 flew past.",
    "1. Introduction\n2. Methods",
    "Call +33 1 23 45 67 89 now.",
    "Call (555) 123-4567 now.",
    "Call 1-800-273-8255 now.",
    "Ring 020 7946 0000 or 0800 123 4567 today.",
    "Ring 01632 960 001 today.",
    "The TV has a 4K screen.",
]


@pytest.mark.parametrize("text", SKIPPED)
def test_skip_list(text: str) -> None:
    """Times, dates, years, ordinals, names, list numbers and phone numbers are not figures."""
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Police held 14 people this morning at 7.", ["14 people"]),
        ("Prices rose at 3 percent this morning.", ["3 percent"]),
        ("He sped at 15 tonight.", ["15"]),  # no hour of a clock
        ("Shares rose by 3 this morning.", ["3"]),  # "by": how much
        ("The shop is at 9 Elm Row.", []),  # a name after it: no figure either way
        ("They played at 40 this evening.", ["40"]),
    ],
)
def test_only_an_hour_with_a_part_of_the_day_is_a_clock_time(text: str, found: list[str]) -> None:
    """A bare hour after "at" is a clock time only next to a part of the day ("at 7 tonight")."""
    assert [m.text for m in find_figures(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("At two, one can already walk.", ["two"]),
        ("One must ask why 3 ships sank.", ["3 ships"]),
        ("One could argue either way.", []),
        ("One can of paint was left.", ["One"]),  # a tin, not the verb
    ],
)
def test_one_before_a_modal_verb_is_a_pronoun(text: str, found: list[str]) -> None:
    """The word "one" before "can", "must" or "could" is a pronoun, not a count."""
    assert [m.text for m in find_figures(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Roses sold at $30 a dozen.", [("$30 a dozen", "dollar_per_dozen")]),
        ("Eggs fetched 90 pence per dozen.", [("90 pence per dozen", "penny_per_dozen")]),
        ("They baked 4 dozen rolls.", [("4", "count")]),  # a number word, no unit
        (
            "It cost $2 billion a dozen years ago.",
            [("$2 billion", "dollar"), ("a dozen years", "year")],
        ),
        ("300 troops a dozen miles away", [("300 troops", "troop"), ("a dozen miles", "mile")]),
    ],
)
def test_a_price_per_dozen(text: str, found: list[tuple[str, str]]) -> None:
    """A price "a dozen" is per dozen; "a dozen" before a noun stays twelve of it."""
    mentions = find_figures(text)
    assert [(m.text, m.figure.unit) for m in mentions] == found
    for m in mentions:
        assert parse_figure(m.text) == m.figure


def test_counts_in_words_and_vague_amounts() -> None:
    """Counts written as words and vague amounts are kept."""
    texts = [m.text for m in find_figures("Six Russian warships and dozens of tanks arrived.")]
    assert texts == ["Six Russian warships", "dozens of tanks"]


def test_sorted_and_disjoint() -> None:
    """Mentions come sorted by start and never overlap."""
    found = find_figures("Between 1,700 and 2,000 soldiers, $2.4 billion and about 19 per cent.")
    assert [m.text for m in found] == [
        "Between 1,700 and 2,000 soldiers",
        "$2.4 billion",
        "about 19 per cent",
    ]
    assert all(a.span[1] <= b.span[0] for a, b in itertools.pairwise(found))


def test_number_span() -> None:
    """number_span points at the number inside the phrase."""
    text = "nearly 3,000 troops"
    (m,) = find_figures(text)
    assert m.number_span is not None
    assert text[m.number_span[0] : m.number_span[1]] == "3,000"


_PIECES = [*"0123456789 ,.-$%:/()abnorstuy", " about ", " nearly ", " troops", " million"]
_PIECES += [" between ", " and ", " tens of ", " thousands", " February ", " 2015 ", " more than "]
_PIECES += ["\u00a0", "\u202f"]
_PIECES += [
    " compared with ",
    " of the ",
    " a year",
    " U.S. ",
    " Kia and Ford ",
    "Lisbon, ",
    " may ",
]
_PIECES += [" one ", " C ", "Y=", " Nm", " vehicles", " cents", " by ", " is ", " who was ", "e"]
_PIECES += [" half", " a third", " two-thirds", " one in five ", " the ", " of the "]
_PIECES += ["'", "′", "″", '"', " F", " F-", " TDs", "'s ", " up from ", " last year", " yen"]
_PIECES += ["e85", " tonnes", " of steel", " a day"]
_PIECES += ["½", " lakh", " crore", "m", " tall", "°", " Celsius", "W", "V", "C", "/4", " rand"]
NEWSY = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@given(st.one_of(st.text(max_size=60), NEWSY))
def test_never_raises_and_spans_index_the_text(text: str) -> None:
    """find_figures never raises; spans index the text and are sorted."""
    found = find_figures(text)
    last = 0
    for m in found:
        assert 0 <= m.span[0] < m.span[1] <= len(text)
        assert text[m.span[0] : m.span[1]] == m.text
        assert m.span[0] >= last
        last = m.span[1]


@pytest.mark.parametrize(
    ("text", "high"),
    [("8-5e85 troops", 5e85), ("between 8 and 5e85", 5e85), ("8 to 5e40 tonnes", 5e40)],
)
def test_huge_upper_end_of_a_range(text: str, high: float) -> None:
    """A range whose upper end is beyond what a Decimal divides exactly is read, not raised."""
    (m,) = find_figures(text)
    assert (m.text, m.figure.high) == (text, high)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("A magnitude 7.8 earthquake struck Turkey.", "magnitude 7.8", 7.8),
        ("The quake, of magnitude 7.8, struck at dawn.", "magnitude 7.8", 7.8),
        ("A 7.8-magnitude quake hit Syria.", "7.8-magnitude", 7.8),
        ("a 6.1 magnitude aftershock", "6.1 magnitude", 6.1),
    ],
)
def test_earthquake_magnitudes(text: str, surface: str, value: float) -> None:
    """A magnitude before or after the number is the unit, not a count of earthquakes."""
    (m,) = find_figures(text)
    assert (m.text, m.figure.value, m.figure.unit) == (surface, value, "magnitude")
    assert not is_count(m.figure.unit)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("They fired 3 155mm shells.", [("3", "shell"), ("155mm", "millimetre")]),
        ("They bought 2 120mm mortars.", [("2", "count"), ("120mm", "millimetre")]),
        ("It is 1 500km long.", [("1 500km", "kilometre")]),
        ("a crowd of 1 000 000 people", [("1 000 000 people", "person")]),
    ],
)
def test_a_count_before_a_calibre(text: str, figures: list[tuple[str, str]]) -> None:
    """A number before a calibre in mm is a count, not a thousands group: "3 155mm shells"."""
    assert [(m.text, m.figure.unit) for m in find_figures(text)] == figures


@given(NEWSY)
def test_span_text_parses_to_the_same_figure(text: str) -> None:
    """The text at each span, given to parse_figure, gives the same figure (unless inferred)."""
    for m in find_figures(text):
        if m.unit_inferred:
            continue
        f = parse_figure(m.text)
        assert (f.value, f.low, f.high, f.hedge, f.unit) == (
            m.figure.value,
            m.figure.low,
            m.figure.high,
            m.figure.hedge,
            m.figure.unit,
        )


def test_a_spaced_sign_before_an_amount_of_its_own_is_that_amount_s() -> None:
    """A sign after a space and before another amount ("5 $ 10") is the second amount's."""
    found = [(m.text, m.figure.unit) for m in find_figures("It fell 5 $ 10 short.")]
    assert found == [("5", "count"), ("$ 10", "dollar")]


def test_linear_on_adversarial_input() -> None:
    """A long run of digits, commas and hedge words is scanned without blowing up."""
    text = ("1,000,000 about nearly 12 345 " * 2000) + "9" * 20000
    found = find_figures(text)
    assert found
    assert found[-1].span[1] <= len(text)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("worth $US55,931,000 in all", "$US55,931,000", 55_931_000, "dollar"),
        ("priced at $A82,615,680 there", "$A82,615,680", 82_615_680, "australian_dollar"),
        ("Bonia climbed to RM2.05 on Monday", "RM2.05", 2.05, "malaysian_ringgit"),
        ("revenue amounted to EUR50m last year", "EUR50m", 50_000_000, "euro"),
        ("a package worth up to PS2.7m", "up to PS2.7m", 2_700_000, "pound_sterling"),
        ("a fare of HK $216,925", "HK $216,925", 216_925, "hong_kong_dollar"),
        ("a notebook for 1,200€ only", "1,200€", 1200, "euro"),
        ("a notebook for 1 200 € only", "1 200 €", 1200, "euro"),  # a sign after a space
        ("The lamp costs 35 £.", "35 £", 35, "pound_sterling"),
        ("Sony shares fell to Y=5,182.", "Y=5,182", 5182, "japanese_yen"),
        ("an offer of C $8 a share", "C $8 a share", 8, "canadian_dollar_per_share"),
        ("Petrobras raised R$5 billion.", "R$5 billion", 5e9, "brazilian_real"),
        ("a S$3.2 million deal", "S$3.2 million", 3.2e6, "singapore_dollar"),
        ("TSMC spent NT$10 billion", "NT$10 billion", 1e10, "taiwan_dollar"),
        ("Eskom owes R400 billion.", "R400 billion", 4e11, "south_african_rand"),
        ("a R2.5bn deal", "R2.5bn", 2.5e9, "south_african_rand"),
        ("a fine of NOK 14,000 in all", "NOK 14,000", 14_000, "norwegian_krone"),
        ("a DKK 2bn deal", "DKK 2bn", 2e9, "danish_krone"),
        ("a SEK 5m prize", "SEK 5m", 5e6, "swedish_krona"),
        ("CHF 3.5 million was paid", "CHF 3.5 million", 3.5e6, "swiss_franc"),
        ("tickets at CAD 120 each", "CAD 120", 120, "canadian_dollar"),
        ("a fee of about ZAR 500", "about ZAR 500", 500, "south_african_rand"),
        ("Colombia spent COP 1.2 billion", "COP 1.2 billion", 1.2e9, "colombian_peso"),
    ],
)
def test_currency_codes_glued_or_spaced(text: str, surface: str, value: float, unit: str) -> None:
    """Currency codes glued to the amount or before it, "PS" for the pound and signs after it."""
    (m,) = find_figures(text)
    assert (m.text, m.figure.value, m.figure.unit) == (surface, value, unit)
    assert parse_figure(m.text) == m.figure


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The COP 27 summit ended.", []),  # a code that names a thing, before a plain number
        ("It runs PHP 8 on RON 95 petrol.", []),
        ("a sek 5 coin", [("5 coin", "coin")]),  # a code before a number is read in capitals only
        ("the X-SEK 5 model", [("5", "count")]),  # part of a name
    ],
)
def test_what_is_no_currency_code_before_a_number(text: str, found: list[tuple[str, str]]) -> None:
    """A code in lower case, inside a name, or naming a thing before a plain number is no money."""
    assert [(m.text, m.figure.unit) for m in find_figures(text)] == found


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Eskom owes 400 billion rand.", "400 billion rand", "south_african_rand"),
        ("a 1.2 trillion Korean won budget", "1.2 trillion Korean won", "south_korean_won"),
        ("It cost 300 billion naira.", "300 billion naira", "nigerian_naira"),
        ("a fine of 4.5 billion Swedish kronor", "4.5 billion Swedish kronor", "swedish_krona"),
        ("50 million Egyptian pounds", "50 million Egyptian pounds", "egyptian_pound"),
        ("50 million pounds", "50 million pounds", "pound_sterling"),
        ("10,000 CFA francs a month", "10,000 CFA francs a month", "cfa_franc_per_month"),
        ("5 billion pesos", "5 billion pesos", "count"),  # which peso is not said
        ("It cost 1.92 trillion kroner.", "1.92 trillion kroner", "count"),  # Danish or Norwegian
        ("a 5 billion krone fund", "5 billion krone", "count"),
        ("a fine of 20 million kronor", "20 million kronor", "swedish_krona"),
        ("5 billion Swedish crowns", "5 billion Swedish crowns", "swedish_krona"),
        ("3 billion Danish crowns", "3 billion Danish crowns", "danish_krone"),
        ("2 billion Norwegian crowns", "2 billion Norwegian crowns", "norwegian_krone"),
        ("One cop was hurt.", "One cop", "count"),  # "COP" is a currency only in capitals
    ],
)
def test_currencies_of_world_news(text: str, surface: str, unit: str) -> None:
    """Currencies are read by name after the amount; a name several share needs its country."""
    (m,) = find_figures(text)
    assert (m.text, m.figure.unit) == (surface, unit)
    assert parse_figure(m.text) == m.figure


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("a 15-kiloton bomb", "15-kiloton", "kilotonne"),
        ("36.8 gigatonnes of CO2", "36.8 gigatonnes", "gigatonne"),
        ("a pressure of 985 hPa", "985 hPa", "hectopascal"),
        (
            "Nord Stream 2 could carry 55 bcm a year.",
            "55 bcm a year",
            "billion_cubic_metre_per_year",
        ),
        ("a dose of 20 millisieverts", "20 millisieverts", "millisievert"),
        ("a star 4.2 light years away", "4.2 light years", "light_year"),
        ("in 200 milliseconds", "200 milliseconds", "millisecond"),
        ("a 3-nanometer chip", "3-nanometer", "nanometre"),
        ("a 10-carat diamond", "10-carat", "carat"),
        ("an average of 100 Mbps", "100 Mbps", "megabit_per_second"),
        ("a 1Gbps line", "1Gbps", "gigabit_per_second"),
    ],
)
def test_units_of_world_news(text: str, surface: str, unit: str) -> None:
    """Yields, emissions, pressures, gas volumes, doses and the like are measures, not counts."""
    (m,) = find_figures(text)
    assert (m.text, m.figure.unit) == (surface, unit)
    assert parse_figure(m.text) == m.figure


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("an area of 603,628 km2", [("603,628 km2", "square_kilometre")]),
        ("in six weeks' time", [("six weeks", "week")]),  # a possessive plural
        ("at three days' notice", [("three days", "day")]),
        ("They were given 45 and 50 mg.", [("45", "milligram"), ("50 mg", "milligram")]),
        ("I have seen 45 and 50 cases.", [("45", "count"), ("50 cases", "case")]),
        ("around 10-15 exabytes of data", [("around 10-15 exabytes", "count")]),  # no score
        ("a 3-1 win", []),  # a score
        ("a 2.48×10−5, with", [("2.48×10−5", "count")]),
        ("a 100 cl bottle", [("100 cl", "centilitre")]),
        ("Petrol rose to 191.5p a litre.", [("191.5p a litre", "penny_per_litre")]),
        ("a bandgap of 1.7 eV", [("1.7 eV", "electron_volt")]),
        ("20 EV models", [("20 EV models", "count")]),  # an electric vehicle, not electronvolts
    ],
)
def test_units_written_after_the_number(text: str, found: list[tuple[str, str]]) -> None:
    """Spaced powers, possessive plurals, pairs of one measure, exponents and symbols."""
    assert [(m.text, m.figure.unit) for m in find_figures(text)] == found


@pytest.mark.parametrize("text", ["the R35 road", "Model R8", "R2-D2", "GR400 billion"])
def test_an_r_before_a_number_is_a_name_unless_scaled(text: str) -> None:
    """An "R" glued to digits is rand only before a scale word; "R35" is a name."""
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "unit", "inferred"),
    [
        ("The lira fell to 18.6 per dollar.", "18.6 per dollar", "turkish_lira_per_dollar", True),
        ("The rouble weakened to 84 against the dollar.", "84 against the dollar",
         "russian_rouble_per_dollar", True),
        ("The yen hit 150 to the dollar.", "150 to the dollar", "japanese_yen_per_dollar", True),
        ("The yen hit 150\u00a0to\u00a0the dollar.", "150\u00a0to\u00a0the dollar",
         "japanese_yen_per_dollar", True),  # no-break spaces, and no " to " elsewhere
        ("It sold at 84 roubles per dollar.", "84 roubles per dollar", "russian_rouble_per_dollar",
         False),
        ("He paid 5 per dollar.", "5", "count", False),  # no currency named before
    ],
)  # fmt: skip
def test_exchange_rates(text: str, surface: str, unit: str, inferred: bool) -> None:
    """A number quoted against a currency is an exchange rate of the currency named before it."""
    (m,) = find_figures(text)
    assert (m.text, m.figure.unit, m.unit_inferred) == (surface, unit, inferred)


def test_a_time_window_lends_no_unit() -> None:
    """A duration that says when ("in the past 24 hours") lends no unit to a bare number."""
    text = "It reported 24,300 new cases in the past 24 hours, up from 19,000 a day earlier."
    assert [(m.text, m.figure.unit) for m in find_figures(text)] == [
        ("24,300 new cases", "case"),
        ("24 hours", "hour"),
        ("19,000", "case"),
    ]


def test_letters_glued_to_digits_are_still_names() -> None:
    """Letters that are not a currency code glued to a number still make a name (G7, A320)."""
    assert find_figures("The G7 met and an A320 landed; MACS J1149 was seen.") == []


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Nearly two-thirds of the sales", "Nearly two-thirds of the sales", 2 / 3, "fraction"),
        ("One out of three Germans", "One out of three Germans", 1 / 3, "fraction"),
        ("one in five adults", "one in five adults", 0.2, "fraction"),
        ("A third of the population", "A third of the population", 1 / 3, "fraction"),
        ("almost half of which are", "almost half", 0.5, "fraction"),
        ("three quarters of a mile", "three quarters of a mile", 0.75, "mile"),
        ("two and a half miles away", "two and a half miles", 2.5, "mile"),
    ],
)
def test_fractions(text: str, surface: str, value: float, unit: str) -> None:
    """Fractions in words are figures in the unit fraction (or the unit named), with their whole."""
    (m,) = find_figures(text)
    assert m.text == surface
    assert m.figure.value == pytest.approx(value)
    assert m.figure.unit == unit


@pytest.mark.parametrize(
    "text",
    ["in the second half of the game", "the third quarter of 2019", "at half-time", "a third time"],
)
def test_fraction_words_that_are_not_fractions(text: str) -> None:
    """Ordinal and period uses of fraction words are not figures."""
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("They were given 44 mg to 50 mg of it.", 44, 50, "milligram"),
        ("between 5 km and 8 km wide", 5, 8, "kilometre"),
        ("three or four years ago", 3, 4, "year"),
        ("2 or 3 million people", 2_000_000, 3_000_000, "person"),
        ("at a speed of 15-22 miles per hour", 15, 22, "mile_per_hour"),
        ("hiring from 1000 to 2000 workers", 1000, 2000, "worker"),
    ],
)
def test_more_ranges(text: str, low: float, high: float, unit: str) -> None:
    """Units at both ends, "N or M" and round counts that look like years make ranges."""
    (m,) = find_figures(text)
    assert (m.figure.hedge, m.figure.low, m.figure.high, m.figure.unit) == (
        Hedge.RANGE,
        low,
        high,
        unit,
    )


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("between 1m and 2m people", 1_000_000, 2_000_000, "person"),
        ("24m\u2013466m refugees", 24_000_000, 466_000_000, "refugee"),
        ("237m-628m soldiers", 237_000_000, 628_000_000, "soldier"),
        ("from\u00a0402m\u00a0to\u00a0724m\u00a0civilians", 402_000_000, 724_000_000, "civilian"),
        ("between 85m and 85.2m people", 85_000_000, 85_200_000, "person"),
        ("the 100m to 200m events", 100_000_000, 200_000_000, "event"),
        ("between 100m and 200m", 100, 200, "metre"),
    ],
)
def test_glued_m_ranges(text: str, low: float, high: float, unit: str) -> None:
    """A whole number glued to "m" is millions when the range's upper end counts things."""
    (m,) = find_figures(text)
    f = m.figure
    assert (f.hedge, f.low, f.high, f.unit) == (Hedge.RANGE, low, high, unit)
    assert parse_figure(m.text) == f


def test_falling_from_to_gives_two_figures() -> None:
    """A change written high to low is two figures, not an inverted range."""
    found = find_figures("Growth slows from 4.8 percent to 4.7 percent.")
    assert [(m.figure.value, m.figure.unit) for m in found] == [(4.8, "percent"), (4.7, "percent")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("approximately 2.998×10−8 meters per second", 2.998e-8, "metre_per_second"),
        ("about 6.02e23 atoms", 6.02e23, "count"),
        ("a 4.6 apg and .534 FG", 0.534, "count"),
        ("temperatures of -18 °C overnight", -18, "degree_Celsius"),
        ("rose 6.5% to 164p.", 164, "penny"),
        ("only for $15.4/hour", 15.4, "dollar_per_hour"),
    ],
)
def test_number_forms(text: str, value: float, unit: str) -> None:
    """Scientific notation, bare decimals, spaced degree signs, pence and prices per hour."""
    m = find_figures(text)[-1]
    assert m.figure.value == pytest.approx(value)
    assert m.figure.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "Chorlton 575 Wilbraham Road, Manchester",
        "about 63000 Model 3 sedans",
        "At 2-0 down it was easy to give up",
        "They secured a 2-0 win over Chelsea.",
        "It ended in a 2-2 draw.",
    ],
)
def test_more_names(text: str) -> None:
    """Street numbers, model names and scores are not figures (the hedged count stays)."""
    assert all(m.figure.value not in (575, 3, 2) for m in find_figures(text))


def test_scores_do_not_swallow_ranges_with_units() -> None:
    """Two small numbers joined by a hyphen are a score only when no unit follows."""
    (m,) = find_figures("prices of 20-30€ each")
    assert (m.figure.low, m.figure.high, m.figure.unit) == (20, 30, "euro")


def test_plural_acronym_noun_is_not_a_name() -> None:
    """A number before a plural acronym ("2 TDs") is a count, not part of a name."""
    assert [m.figure.value for m in find_figures("ran for 138 yards and 2 TDs")] == [138, 2]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("bonds of 7 3/4 % due", 7.75, "percent"),
        ("half a million people fled", 500_000, "person"),
        ("a quarter million us dollars", 250_000, "dollar"),
        ("500m soldiers", 500_000_000, "soldier"),
        ("the 100m sprint", 100, "metre"),
        ("40\u00a0per\u00a0cent", 40, "percent"),
        ("two\u00a0dozen\u00a0tanks", 24, "tank"),
    ],
)
def test_mixed_fractions_scales_and_spacing(text: str, value: float, unit: str) -> None:
    """Mixed fractions, fractions of a scale word, "m" before a noun and no-break spaces."""
    (m,) = find_figures(text)
    assert m.figure.value == pytest.approx(value)
    assert m.figure.unit == unit


def test_years_stay_out_of_ranges_but_phrases_parse() -> None:
    """Two years are no range in running text, yet a phrase given alone is read as written."""
    assert find_figures("between 2014 and 2017 the war went on") == []
    f = parse_figure("between 2014 and 2017")
    assert (f.hedge, f.low, f.high) == (Hedge.RANGE, 2014, 2017)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Two soldiers died", ["Two soldiers"]),
        ("(three tanks) and 4 jets", ["three tanks", "4 jets"]),
        ("5million_two 7", ["7"]),
        ("G7 leaders, then twelve ships", ["twelve ships"]),
        ("tens of thousands of troops", ["tens of thousands of troops"]),
        ("eleventh hour, seven days", ["seven days"]),
    ],
)
def test_scanner_finds_number_words_only_standing_alone(text: str, surfaces: list[str]) -> None:
    """Number words count at the start of the text or after a separator, never inside a word."""
    assert [m.text for m in find_figures(text)] == surfaces


def test_mention_checks_its_fields() -> None:
    """A Mention rejects an empty span, a non-figure and string modifiers; lists become tuples."""
    m = find_figures("about 3,000 troops")[0]
    with pytest.raises(FigureParseError):
        attrs.evolve(m, span=(3, 3))
    with pytest.raises(TypeError):
        attrs.evolve(m, figure=3000)
    with pytest.raises(TypeError):
        attrs.evolve(m, surface=None)
    with pytest.raises(FigureParseError):
        attrs.evolve(m, modifiers="US")
    assert attrs.evolve(m, modifiers=["US", 1]).modifiers == ("US", "1")


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["about", "nearly", ""]))
def test_intervals_follow_the_policy_given(value: int, hedge: str) -> None:
    """The default policy's remembered intervals never leak into another policy's figures."""
    text = f"{hedge} {value:,} troops".strip()
    strict = Policy(approx_rel_cap=0.01, nearly_rel_cap=0.01, exact_rel_cap=0.001)
    for policy in (DEFAULT_POLICY, strict, DEFAULT_POLICY):
        fig = find_figures(text, policy=policy)[0].figure
        assert (fig.low, fig.high) == policy.interval(fig.value, fig.hedge, count=True)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The rent is $3,500 a month now.", "$3,500 a month", "dollar_per_month"),
        ("crude was at US $58.24 per barrel", "US $58.24 per barrel", "dollar_per_barrel"),
        ("earnings of 63 cents per share", "63 cents per share", "cent_per_share"),
        ("output of 800,000 barrels a day", "800,000 barrels a day", "barrel_per_day"),
        ("a 52,000 barrel-a-day refinery", "52,000 barrel-a-day", "barrel_per_day"),
        ("paid between $48,000 and $90,000 a year", "between $48,000 and $90,000 a year",
         "dollar_per_year"),
        ("only for $15.4/hour", "$15.4/hour", "dollar_per_hour"),
        ("nurses earn $48,000 a year on average", "$48,000 a year", "dollar_per_year"),
        ("some 300 people each week", "some 300 people each week", "person_per_week"),
        ("income of $40,000 per capita", "$40,000 per capita", "dollar_per_person"),
        ("petrol costs €1.80 a litre", "€1.80 a litre", "euro_per_litre"),
        ("diesel at 95 cents a litre", "95 cents a litre", "cent_per_litre"),
        ("priced at $21.25 per square foot", "$21.25 per square foot", "dollar_per_square_foot"),
        ("it makes 2,000 tonnes of steel a day", "2,000 tonnes of steel a day",
         "metric_ton_per_day"),
        ("1.2 million barrels of crude oil per day", "1.2 million barrels of crude oil per day",
         "barrel_per_day"),
        ("55 billion cubic metres of gas a year.", "55 billion cubic metres of gas a year",
         "cubic_metre_per_year"),
    ],
)  # fmt: skip
def test_rates(text: str, surface: str, unit: str) -> None:
    """A figure followed by "a month", "per share" or "/hour" (also after "of steel") is a rate."""
    (m,) = find_figures(text)
    assert (m.text, m.figure.unit) == (surface, unit)
    assert parse_phrase(m.text).unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("sales of $5m a year ago", "$5m", "dollar"),
        ("3,000 troops a US official said", "3,000 troops", "troop"),
        ("growth of 5 per cent", "5 per cent", "percent"),
        ("they cost $100 each", "$100", "dollar"),
        ("3,000 troops a week earlier", "3,000 troops", "troop"),
        ("a 10 percent a year rise", "10 percent", "percent"),
        ("3,000 troops a mile from the border", "3,000 troops", "troop"),
        ("a fee of $5/m", "$5", "dollar"),
        ("worth $5 a flibbertigibbet", "$5", "dollar"),
        ("2,000 tonnes of steel a year ago", "2,000 tonnes", "metric_ton"),
        ("2,000 tonnes of the steel a day", "2,000 tonnes", "metric_ton"),
        ("5 kg of rice a bag", "5 kg", "kilogram"),
        ("30 tonnes of coal a mile away", "30 tonnes", "metric_ton"),
    ],
)
def test_not_rates(text: str, surface: str, unit: str) -> None:
    """A time before "ago" or "earlier", a non-unit word, "of the" or a percentage is no rate."""
    (m,) = find_figures(text)
    assert (m.text, m.figure.unit) == (surface, unit)


def test_scanner_build_is_the_one_expected() -> None:
    """The scanner in use is the build asked for, and no compiled copy shadows a source checkout.

    ``CLAIMTRACK_SCANNER=compiled`` (set by ``tox -e tests-mypyc``) requires the mypyc build;
    otherwise a checkout that holds ``pyproject.toml`` must run its own ``_grammar.py``, which a
    stale compiled module left beside it would silently replace.
    """
    import os
    from pathlib import Path

    from claimtrack import _grammar

    where = Path(_grammar.__file__ or "")
    if os.environ.get("CLAIMTRACK_SCANNER") == "compiled":
        assert where.suffix in (".so", ".pyd"), where
    elif (where.parent.parent / "pyproject.toml").exists():
        assert where.suffix == ".py", f"{where} shadows claimtrack/_grammar.py: delete it"


@given(
    value=st.integers(min_value=1, max_value=10**9),
    numerator=st.sampled_from(
        [("$", "", "dollar"), ("", " euros", "euro"), ("", " barrels", "barrel")]
    ),
    joiner=st.sampled_from([" a ", " per ", " each ", "/"]),
    denominator=st.sampled_from(["day", "week", "month", "year", "hour"]),
    before=st.sampled_from(["", "It said ", "Output rose to "]),
    after=st.sampled_from(["", ".", " on average.", ", officials said."]),
)
def test_rates_in_context_parse_back(
    value: int,
    numerator: tuple[str, str, str],
    joiner: str,
    denominator: str,
    before: str,
    after: str,
) -> None:
    """A rate in a sentence is one mention whose span reads back to the same rate figure."""
    prefix, suffix, unit = numerator
    text = f"{before}{prefix}{value:,}{suffix}{joiner}{denominator}{after}"
    (m,) = find_figures(text)
    assert m.figure.unit == f"{unit}_per_{denominator}"
    assert m.figure.value == value
    assert text[m.start : m.end] == m.text
    back = parse_phrase(m.text)
    assert (back.value, back.low, back.high, back.unit) == (
        m.figure.value,
        m.figure.low,
        m.figure.high,
        m.figure.unit,
    )


def test_micro_units_after_a_space() -> None:
    """A unit written with the micro sign or the Greek mu reads after a space as well as glued."""
    found = [(m.text, m.figure.unit) for m in find_figures("pitches of 352 µm and 40 μm")]
    assert found == [("352 µm", "micrometre"), ("40 μm", "micrometre")]


@pytest.mark.parametrize(
    ("text", "surface", "noun", "modifiers", "unit"),
    [
        ("Police found 120 Ford and Toyota pickups abandoned.", "120 Ford and Toyota pickups",
         "pickups", ("Ford", "and", "Toyota"), "count"),
        ("It sold 9000 Series 5 hatchbacks last year.", "9000 Series 5 hatchbacks", "hatchbacks",
         ("Series", "5"), "count"),
        ("The label shipped 1.5m printed and digital pamphlets.",
         "1.5m printed and digital pamphlets", "pamphlets", ("printed", "and", "digital"), "count"),
        ("It has sold 12m of its Kindle tablets.", "12m of its Kindle tablets", "tablets",
         ("Kindle",), "count"),
        ("It was one of the most daring rescues of the war.",
         "one of the most daring rescues", "rescues", ("most", "daring"), "count"),
        ("They found one solution that works.", "one solution", "solution", (), "count"),
        ("The problem lies in just one courtroom.", "one courtroom", "courtroom", (), "count"),
        ("It built 9,000 Model S and Model X cars.", "9,000 Model S and Model X cars", "cars",
         ("Model", "S", "and", "Model", "X"), "car"),
        ("It has sold 12m of its Kindle readers.", "12m of its Kindle readers", "readers",
         ("Kindle",), "reader"),
        ("Data on millions of Europeans including their addresses leaked.",
         "millions of Europeans", "Europeans", (), "count"),
    ],
)  # fmt: skip
def test_counted_nouns_after_a_phrase(
    text: str, surface: str, noun: str, modifiers: tuple[str, ...], unit: str
) -> None:
    """The counted noun after names, model numbers or joined adjectives is kept, with its modifiers.

    Its unit is the table's when the table knows the noun, else ``count``.
    """
    (m,) = find_figures(text)
    assert (m.text, m.noun, m.modifiers, m.figure.unit) == (surface, noun, modifiers, unit)


@pytest.mark.parametrize(
    "text",
    ["She had only one big, bold idea.", "Only one remained.", "That is one reason why."],
)
def test_one_before_a_word_that_is_not_its_noun(text: str) -> None:
    """After "one", an adjective before a comma, a verb or a question word is not the noun."""
    (m,) = find_figures(text)
    assert m.noun in (None, "reason")
    assert m.noun != "why"


def test_table_noun_after_a_long_phrase_keeps_its_unit() -> None:
    """A counted noun the tables know keeps its unit after names joined by "and"."""
    (m,) = find_figures("About 460 Kia and Hyundai vehicles were stolen.")
    assert (m.figure.unit, m.noun, m.modifiers) == (
        "vehicle",
        "vehicles",
        ("Kia", "and", "Hyundai"),
    )


def test_times_is_not_a_modifier() -> None:
    """The count noun "times" before another noun is the unit ("1.4 times book value")."""
    (m,) = find_figures("It trades at 1.4 times book value.")
    assert m.figure.unit == "time"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The highest bid was 96.5 cents, while the lowest was 71.25.", 71.25, "cent"),
        ("Exports rose by 3 percent and imports fell by 2.", 2, "percent"),
        ("He went from 95 kg to 82 in a year.", 82, "kilogram"),
        ("Lisbon, 41, said she would run.", 41, "year_of_age"),
        ("His son, who was 9.", 9, "year_of_age"),
        ("No one under the age of 16 may enter.", 16, "year_of_age"),
        ("The money went to John Smith, 46.", 46, "year_of_age"),
        ("He hired 3 lawyers to defend John Smith, 46.", 46, "year_of_age"),
        ("He joined the academy aged eight", 8, "year_of_age"),
        ("His son, who was nine.", 9, "year_of_age"),
        ("No one under the age of sixteen may enter.", 16, "year_of_age"),
        ("She retired at age 70 in Lyon.", 70, "year_of_age"),
        ("A woman of age 54 was hurt.", 54, "year_of_age"),
        ("Maddon, sixty-six, said he was tired.", 66, "year_of_age"),
        ("It has a 6- or 7-inch screen.", 6, "inch"),
        ("A 20- to 25-minute walk.", 20, "minute"),
        ("Lunch costs 11 or $12.", 11, "dollar"),
        ("Only 2 million of the 9 million euros arrived.", 2_000_000, "euro"),
        ("Four of the 11 ships sank.", 4, "ship"),
        (
            "Police seized 300 Ford and Toyota cars this year, compared with 41 last year.",
            41,
            "car",
        ),
        ("Turnout was 54 percent versus 48 in 2019.", 48, "percent"),
        ("Unemployment rose to 5.2%, up from 4.9 a year earlier.", 4.9, "percent"),
        ("The FTSE 100 fell 45.2 points, or 0.6%, to 7,512.3.", 7512.3, "point"),
        ("At 6 ft 5 in, he is the tallest player.", 5, "inch"),
        ("Inflation fell to 3.1% from 3.4 in March.", 3.4, "percent"),
        ("A launch angle of 1.4 degrees in 2018 and 2.1 last year.", 2.1, "degree"),
        ("It cost 6 euros in 2019 and 8 the previous month.", 8, "euro"),
        (
            "It costs 2,435,000 yen ($22,480) for the manual and 2,380,000 ($21,972) for the CVT.",
            2_380_000,
            "japanese_yen",
        ),
    ],
)
def test_units_from_context(text: str, value: float, unit: str) -> None:
    """A bare number takes its unit from a parallel measure or is read as an age."""
    (m,) = [m for m in find_figures(text) if m.figure.value == value]
    assert (m.figure.unit, m.unit_inferred) == (unit, True)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (
            "Most children walk at around 12 months of age.",
            "around 12 months of age",
            "month_of_age",
        ),
        (
            "Pupils between 5 and 11 years of age may enrol.",
            "between 5 and 11 years of age",
            "year_of_age",
        ),
        ("A 64 yo woman was admitted with chest pain.", "64 yo", "year_of_age"),
        ("The shop sold 500 yo-yos.", "500", "count"),
    ],
)
def test_ages_written_of_age_or_yo(text: str, surface: str, unit: str) -> None:
    """An age written "N years of age" or "N yo" is an age; "yo-yos" is no unit."""
    (m,) = find_figures(text)
    assert (m.text, m.figure.unit) == (surface, unit)


def test_an_age_after_a_name_takes_no_unit_from_an_earlier_figure() -> None:
    """An age after a name and a comma is an age, not compared with the amount before it."""
    text = (
        "A jury ordered the company to pay $289 million to groundskeeper Dewayne Johnson, 46,"
        " in 2018."
    )
    found = [(m.text, m.figure.value, m.figure.unit) for m in find_figures(text)]
    assert found == [("$289 million", 289e6, "dollar"), ("46", 46, "year_of_age")]


def test_a_count_left_out_after_a_name_is_no_age() -> None:
    """A number after "and" and a name at a sentence's end counts what the figure before does."""
    (_, m) = find_figures("Republicans won 52 seats and Democrats, 46.")
    assert (m.figure.unit, m.unit_inferred) == ("seat", True)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Fees rise by up to £24 a-year.", "up to £24 a-year", "pound_sterling_per_year"),
        ("Tickets cost between 40 and $55.", "between 40 and $55", "dollar"),
        (
            "Profit of between $US16 million and $US17 million.",
            "between $US16 million and $US17 million",
            "dollar",
        ),
        ("A range of between A$5 and A$9.", "between A$5 and A$9", "australian_dollar"),
    ],
)
def test_units_written_once(text: str, surface: str, unit: str) -> None:
    """A rate joined by a hyphen and a currency sign on a range's upper end are read."""
    (m,) = find_figures(text)
    assert (m.text, m.figure.unit, m.unit_inferred) == (surface, unit, False)


@pytest.mark.parametrize(
    "text",
    [
        "The highest bid was 96.5 cents. The lowest was 71.",  # another sentence
        "It rose by 3 percent, by 40 people and by 2.",  # a count in between
        "In Paris, 3, 4 and 5 were closed.",  # a list after a place name
        "The bid was 96.5 cents and 71 went home.",  # not the same construction
        "Police seized 300 cars. Compared with 41 in 2019, that is a lot.",  # another sentence
        "It ordered five of the three-ton satellites.",  # a part of things, not of tons
        "Turnout was 54 percent. In 2019, 48 voted.",  # the period names another sentence
        "It cost 9 euros ($10) and 3 (the third) went home.",  # no conversion in brackets
        "It cost 9 euros ($10). Then 3 ($4) more.",  # a conversion in another sentence
        "Exports rose 5% to 120 in 2019.",  # a new level after a change, not a percentage
        "He scored 31 points. Sales rose to 40.",  # index points in another sentence
        "It rose 6 ft 5 in the storm.",  # "in" before "the" is a preposition
        "The index fell 2% to 3,200 last week.",
        "Temperatures: London, 26; Paris, 31.",  # a list of places, not ages
    ],
)
def test_no_unit_from_context(text: str) -> None:
    """A bare number keeps no unit outside a sentence's parallel pair or an age apposition."""
    assert not any(m.unit_inferred for m in find_figures(text))


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("A bid of C $8 (US $6.10) per share.", ["canadian_dollar_per_share", "dollar_per_share"]),
        ("A 4 billion euro ($4.4 billion) a year trade.", ["euro_per_year", "dollar_per_year"]),
        ("It cost $5 (€4) a year ago.", ["dollar", "euro"]),
        ("A $5 (€4.50) fee.", ["dollar", "euro"]),
    ],
)
def test_rate_after_a_bracketed_conversion(text: str, units: list[str]) -> None:
    """A rate written after an amount and its conversion in brackets applies to both."""
    found = find_figures(text)
    assert [m.figure.unit for m in found] == units
    assert all(m.unit_inferred == ("_per_" in m.figure.unit) for m in found)


@pytest.mark.parametrize(
    ("text", "surface", "unit", "modifiers"),
    [
        ("Some 3,000 U.S. troops left.", "Some 3,000 U.S. troops", "troop", ("U.S.",)),
        ("About 400 U.K. soldiers stayed.", "About 400 U.K. soldiers", "soldier", ("U.K.",)),
        ("Gusts reached 80 m.p.h. on the coast.", "80 m.p.h", "mile_per_hour", ()),
        ("They flew 3,000 miles to the U.S. The trip was long.", "3,000 miles", "mile", ()),
    ],
)
def test_abbreviations_with_inner_dots(
    text: str, surface: str, unit: str, modifiers: tuple[str, ...]
) -> None:
    """Dotted abbreviations ("U.S.", "m.p.h.") are words of the phrase, not a sentence end."""
    (m,) = find_figures(text)
    assert (m.text, m.figure.unit, m.modifiers) == (surface, unit, modifiers)


def test_vague_amount_at_the_end_of_the_text() -> None:
    """A vague amount that ends the text keeps its span inside the text (found by Hypothesis)."""
    (m,) = find_figures("A FEW THOUSAND")
    assert (m.span, m.figure.low, m.figure.high) == ((0, 14), 2000.0, 10000.0)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It makes 450 Nm of torque.", "newton_metre"),
        ("A 420Nm engine.", "newton_metre"),
        ("Gas rose to $2.24 per mmBTU.", "dollar_per_million_british_thermal_unit"),
        ("It burns 3 billion BTUs a year.", "british_thermal_unit_per_year"),
    ],
)
def test_energy_and_torque_symbols(text: str, unit: str) -> None:
    """The symbol Nm (its case tells it from nm), BTU and mmBTU are read as units."""
    (m,) = find_figures(text)
    assert m.figure.unit == unit


def test_lower_case_may_before_a_word_is_the_verb() -> None:
    """A lower-case "may" followed by a verb does not make the number a date."""
    assert [m.text for m in find_figures("The 12 may be wrong.")] == ["12"]
    assert [m.text for m in find_figures("The 5 may or may not come.")] == ["5"]


@pytest.mark.parametrize(
    ("text", "noun", "modifiers"),
    [
        ("One fourth of the US population is vaccinated.", "population", ("US",)),
        ("Half the condos have sold.", "condos", ()),
        ("A quarter of Ukrainians fled.", "Ukrainians", ()),
        ("About a third of the vote went to him.", "vote", ()),
    ],
)
def test_a_fraction_keeps_its_whole(text: str, noun: str, modifiers: tuple[str, ...]) -> None:
    """A fraction keeps the noun it divides, so that shares of different things are told apart."""
    (m,) = find_figures(text)
    assert (m.figure.unit, m.noun, m.modifiers) == ("fraction", noun, modifiers)
    assert parse_figure(m.text) == m.figure


@pytest.mark.parametrize(
    "text", ["half of those polled", "almost half of which are", "Half the 300 troops left"]
)
def test_a_fraction_without_its_whole_reads_back(text: str) -> None:
    """A fraction word whose whole is not a noun still has a span that parses to the same figure."""
    m = find_figures(text)[0]
    assert parse_figure(m.text) == m.figure


def test_a_joining_word_is_not_a_noun() -> None:
    """A joining word after a fraction is not its whole (Hypothesis found "two-thirds and")."""
    found = find_figures("two-thirds two-thirds and  between")
    assert [(m.text, m.noun) for m in found] == [("two-thirds", None), ("two-thirds", None)]


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("It was 30 C outside.", "30 C", "degree_Celsius"),
        ("Lows of minus 12 C.", "minus 12 C", "degree_Celsius"),
        ("Highs of 90 F on Friday.", "90 F", "degree_Fahrenheit"),
        ("It flew at 30' when it hit.", "30'", "foot"),
        ("A 6′ wall.", "6′", "foot"),
        ("A 12″ pizza.", "12″", "inch"),
    ],
)
def test_temperature_letters_and_primes(text: str, surface: str, unit: str) -> None:
    """A lone "C" or "F" after a number is degrees; a prime is a foot, a double prime an inch."""
    (m,) = find_figures(text)
    assert (m.text, m.figure.unit) == (surface, unit)
    assert parse_figure(m.text) == m.figure


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Temperatures hit 40 Celsius in Seville.", [("40 Celsius", "degree_Celsius")]),
        (
            "It reached 40C (104F) on Saturday.",
            [("40C", "degree_Celsius"), ("104F", "degree_Fahrenheit")],
        ),
        ("The world must hold warming to 1.5C.", [("1.5C", "degree_Celsius")]),
        ("Now it is -10C.", [("-10C", "degree_Celsius")]),
        ("Set it to 70 degrees F.", [("70 degrees F", "degree_Fahrenheit")]),
        ("It was 6 deg c outside.", [("6 deg c", "degree_Celsius")]),
        ("A fever of 100.2 degrees farenheit.", [("100.2 degrees farenheit", "degree_Fahrenheit")]),
        ("Water at 10.5 celcius.", [("10.5 celcius", "degree_Celsius")]),
        ("Room 40C is shut.", []),  # a name after a capitalised word
        ("The 5G network.", []),
    ],
)
def test_temperatures_in_the_ways_news_writes_them(text: str, found: list[tuple[str, str]]) -> None:
    """A scale named alone, glued as a letter, after "deg" or misspelt still reads as degrees."""
    mentions = find_figures(text)
    assert [(m.text, m.figure.unit) for m in mentions] == found
    for m in mentions:
        assert parse_figure(m.text) == m.figure


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("It took 2½ years.", "2½ years", 2.5, "year"),
        ("after a 3½-hour meeting", "3½-hour", 3.5, "hour"),
        ("a budget of Rs 500 crore", "Rs 500 crore", 5e9, "indian_rupee"),
        ("Nearly 2 lakh people voted.", "Nearly 2 lakh people", 2e5, "person"),
        ("a Rs 5.2 lakh crore plan", "Rs 5.2 lakh crore", 5.2e12, "indian_rupee"),
        ("five lakh people", "five lakh people", 5e5, "person"),
        ("He is 1.8m tall.", "1.8m tall", 1.8, "metre"),
        ("a 2.5m-high wall", "2.5m-high", 2.5, "metre"),
        ("2.5m high-risk patients", "2.5m high-risk patients", 2.5e6, "patient"),
        ("Water boils at 100° Celsius.", "100° Celsius", 100, "degree_Celsius"),
        ("the 35m of the", "35m of", 35e6, "count"),  # the "of" that makes millions is kept
    ],
)
def test_scales_and_fractions_of_news_english(
    text: str, surface: str, value: float, unit: str
) -> None:
    """Vulgar fractions, lakh and crore, sizes in metres and "° Celsius" read as written."""
    (m,) = find_figures(text)
    assert (m.text, m.figure.value, m.figure.unit) == (surface, pytest.approx(value), unit)
    assert parse_figure(m.text) == m.figure


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It is a 1/4 mile oval.", [("1/4 mile", 0.25, "mile", None)]),
        ("Nearly 1/3 of voters agreed.", [("Nearly 1/3 of voters", 1 / 3, "fraction", "voters")]),
        ("It lasted 1/10 of a second.", [("1/10 of a second", 0.1, "second", None)]),
        ("The 9/11 attacks.", []),  # a name: no measure and no "of" after it
        ("Open 24/7.", []),
        ("Due on 1/2/2022.", []),
        ("She scored 3/5 on the test.", []),
    ],
)
def test_fractions_written_with_a_slash(
    text: str, found: list[tuple[str, float, str, str | None]]
) -> None:
    """A slashed fraction before a measure or "of" is read; other slashed numbers stay skipped."""
    mentions = find_figures(text)
    got = [(m.text, m.figure.value, m.figure.unit, m.noun) for m in mentions]
    assert got == [(t, pytest.approx(v), u, n) for t, v, u, n in found]
    for m in mentions:
        assert parse_figure(m.text) == m.figure


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It comes with a 65 W charger.", [("65 W", "watt")]),
        ("It draws 5W.", [("5W", "watt")]),
        ("A 100W bulb and a 12V battery.", [("100W", "watt"), ("12V", "volt")]),
        ("A 3.7 V cell.", [("3.7 V", "volt")]),
        ("It ships with a 30 W USB-C adapter.", [("30 W", "watt")]),  # an acronym, then a noun
        ("A 24 V DC pump.", [("24 V", "volt")]),
        ("They live at 20 W Main Street.", []),  # a capitalised word: a name
        ("Use 5W-30 oil.", []),  # an oil grade
        ("The ship was at 45 N 60 W.", []),  # a position: the W is west
        ("It is at 51.5N, 0.1W today.", []),
        ("4G and 5G networks.", []),  # a generation, no unit
    ],
)
def test_watts_and_volts_written_as_letters(text: str, found: list[tuple[str, str]]) -> None:
    """A "W" or "V" after a number, glued or alone, is watts or volts; not after a latitude."""
    mentions = find_figures(text)
    assert [(m.text, m.figure.unit) for m in mentions] == found
    for m in mentions:
        assert parse_figure(m.text) == m.figure


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A 25m2 flat.", [("25m2", "square_metre")]),
        ("A 30 km² park.", [("30 km²", "square_kilometre")]),
        ("Part 369t5 failed.", []),  # letters and digits mixed: a code
        ("Code 4711kg2 here.", []),
    ],
)
def test_glued_unit_before_a_digit(text: str, found: list[tuple[str, str]]) -> None:
    """A glued "2" or "3" squares or cubes the unit; other digits make the token a code."""
    assert [(m.text, m.figure.unit) for m in find_figures(text)] == found


def test_feet_and_inches_written_with_primes() -> None:
    """'5'11"' reads as five feet and eleven inches; a straight quote is an inch only there."""
    assert [m.figure.unit for m in find_figures("He is 5'11\" tall.")] == ["foot", "inch"]
    assert [m.figure.unit for m in find_figures('He said "30" was enough.')] == ["count"]


@pytest.mark.parametrize(
    "text",
    [
        "They flew five C-130s.",  # a name after the number
        "PA 23456 F Block",  # an address
        "He said '30' was enough.",  # a quotation
        "In the 1990's, prices rose.",  # an apostrophe before a letter
    ],
)
def test_letters_and_quotes_that_are_not_units(text: str) -> None:
    """A letter before a hyphen or a name, and a quotation mark, are not units."""
    assert not any(m.figure.unit != "count" for m in find_figures(text))


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("He threw 2 TDs in the game.", "TDs"),
        ("There are 650 MPs in the house.", "MPs"),
        ("Some 40 NGOs signed.", "NGOs"),
    ],
)
def test_plural_acronym_is_a_counted_noun(text: str, noun: str) -> None:
    """An acronym with a plural "s" is the counted noun ("650 MPs")."""
    (m,) = find_figures(text)
    assert (m.figure.unit, m.noun) == ("count", noun)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Merck's 2018 sales jumped.", []),
        ("The banks' 2019 profits fell.", []),
        ("Merck's 1500 employees struck.", [1500]),
        ("It's 2000 people at most.", [2000]),
        ("There's 2000 people outside.", [2000]),
    ],
)
def test_year_after_a_possessive(text: str, found: list[int]) -> None:
    """A four-digit 19xx or 20xx number after a possessive is a year, not a count."""
    assert [m.figure.value for m in find_figures(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The retailer had 1997 sales of about $9 million.", [9_000_000]),
        ("Its 2021 quarterly earnings beat forecasts.", []),
        ("Voters stayed home in the 2022 elections.", []),
        ("The shop logged 1,997 sales last month.", [1997]),
        ("About 2021 people signed the petition.", [2021]),
        ("Hackers reached 1900 accounts.", [1900]),  # bank accounts are counted
    ],
)
def test_year_before_a_noun_of_its_period(text: str, found: list[float]) -> None:
    """A year before the plural noun of a period's totals ("1997 sales") is no count."""
    assert [m.figure.value for m in find_figures(text)] == found


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The then-18-year-old winger scored.", "18-year-old", "year_of_age"),
        ("Her now-3 month-old son slept.", "3 month-old", "month_of_age"),
    ],
)
def test_number_after_then_or_now(text: str, surface: str, unit: str) -> None:
    """A number after "then-" or "now-" is no name ("the then-18-year-old")."""
    (m,) = find_figures(text)
    assert (m.text, m.figure.unit) == (surface, unit)


@pytest.mark.parametrize("text", ["Covid-19 cases rose.", "Snow-18 fell.", "Athen-18 won."])
def test_hyphenated_names_stay_names(text: str) -> None:
    """A word joined to a number by a hyphen still makes a name, unless it is "then" or "now"."""
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "unit", "noun", "inferred"),
    [
        ("They sent two 120mm mortars.", "count", "mortars", False),
        ("It made eight million 250ml bottles.", "bottle", "bottles", True),
        ("They shipped 10 40ft containers.", "container", "containers", True),
    ],
)
def test_count_past_a_measure(text: str, unit: str, noun: str, inferred: bool) -> None:
    """A count before a measure counts the noun after it; the measure stays a figure."""
    count, measure = find_figures(text)
    assert (count.figure.unit, count.noun, count.unit_inferred) == (unit, noun, inferred)
    assert count.modifiers == (measure.text,)
    assert measure.figure.unit != "count"


@pytest.mark.parametrize(
    "text",
    [
        "It rose 3 5% points.",  # a percentage is no measure of a thing
        "He paid 3 $5 fees.",  # nor is an amount of money
        "They sent two 120mm.",  # no noun after the measure
    ],
)
def test_no_count_past_a_measure(text: str) -> None:
    """A count keeps no noun across a percentage, money or a measure with nothing after it."""
    assert all(m.noun is None for m in find_figures(text) if m.figure.unit == "count")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It weighs 200 pounds.", "pound_mass"),
        ("The baby weighed seven pounds.", "pound_mass"),
        ("He lost 30 pounds in a year.", "pound_mass"),
        ("Police seized 500 pounds of fentanyl.", "pound_mass"),
        ("They dropped a 2,000-pound bomb.", "pound_mass"),
        ("She bought a twenty pound bag of rice.", "pound_mass"),
        ("He hoped to drop 15 pounds by June.", "pound_mass"),
        ("She slimmed, dropping from 190 pounds.", "pound_mass"),
        ("A short ton is equal to 2,000 pounds.", "pound_mass"),
        ("A stone equals 14 pounds.", "pound_mass"),
        ("The ticket fare dropped 5 pounds.", "pound_sterling"),
        ("The rent has dropped from 900 pounds.", "pound_sterling"),
        ("The price per tonne is 50 pounds.", "pound_sterling"),
        ("Tea costs more: a kilo is 30 pounds.", "pound_sterling"),
        ("He paid 200 pounds.", "pound_sterling"),
        ("It raised 2 million pounds of funding.", "pound_sterling"),
        ("It cost 200 pounds of your money.", "pound_sterling"),
        ("He found a five-pound note.", "pound_sterling"),
        ("It cost 20 pound to enter.", "pound_sterling"),
        ("It was 20 pounds sterling.", "pound_sterling"),
        ("It weighs £200.", "pound_sterling"),
    ],
)
def test_pounds_weigh_or_pay(text: str, unit: str) -> None:
    """The word "pounds" is a mass where the sentence weighs something, else sterling."""
    (m,) = find_figures(text)
    assert m.figure.unit == unit
    assert m.unit_inferred == (unit == "pound_mass")


@pytest.mark.parametrize(
    "text", ["The crate held 50 kg (110 pounds) of nails.", "The crate held 110 pounds (50 kg)."]
)
def test_pounds_converted_from_a_mass_are_a_mass(text: str) -> None:
    """Pounds given as the conversion of a mass in brackets, or converted to one, weigh."""
    units = {m.figure.unit for m in find_figures(text)}
    assert units == {"kilogram", "pound_mass"}
    money = find_figures("The entry cost 40 pounds (about 46 euros).")
    assert [m.figure.unit for m in money] == ["pound_sterling", "euro"]


def test_pounds_weighed_in_one_sentence_only() -> None:
    """A weight word in one sentence does not make the pounds of the next one a mass."""
    found = find_figures("He weighed 200 pounds. He paid 30 pounds.")
    assert [m.figure.unit for m in found] == ["pound_mass", "pound_sterling"]


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("Revenue rose to $5.2 billion from 4.9 a year earlier.", 4.9e9, 4.85e9, 4.95e9),
        ("Sales were $5m, against 3 a year before.", 3e6, 2.85e6, 3.15e6),
        ("The highest bid is $5.2bn, the lowest is 4.1.", 4.1e9, 4.05e9, 4.15e9),
        ("Sales were $5m, against 300 a year before.", 300, 285, 315),  # not written alike
        ("It cost 1,200 euros in 2019 and 900 last year.", 900, 855, 945),  # no scale word
    ],
)
def test_scale_carried_with_the_unit(text: str, value: float, low: float, high: float) -> None:
    """A bare number written like the earlier scaled figure takes its scale with its unit."""
    m = find_figures(text)[-1]
    assert m.unit_inferred
    assert (m.figure.value, m.figure.low, m.figure.high) == (value, low, high)


@given(
    st.sampled_from([("m", 10**6), ("bn", 10**9), (" million", 10**6), (" billion", 10**9)]),
    st.integers(min_value=11, max_value=99),
    st.integers(min_value=11, max_value=99),
)
def test_scale_carried_matches_the_scale_written(
    scale: tuple[str, int], first: int, second: int
) -> None:
    """Leaving the scale word off the second number gives the figure that writing it gives."""
    word, _ = scale
    said = find_figures(f"Sales were ${first / 10}{word}, against {second / 10} in 2019.")[-1]
    written = find_figures(f"Sales were ${first / 10}{word}, against ${second / 10}{word} in 2019.")
    assert (said.figure.value, said.figure.low, said.figure.high) == (
        written[-1].figure.value,
        written[-1].figure.low,
        written[-1].figure.high,
    )


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Plan C $6 billion was approved.", "$6 billion", "dollar"),
        ("Nevsun said C $6 a share.", "C $6 a share", "canadian_dollar_per_share"),
    ],
)
def test_letter_c_before_dollars(text: str, surface: str, unit: str) -> None:
    """A "C" before "$" is Canadian dollars, unless it ends a name such as "Plan C"."""
    (m,) = find_figures(text)
    assert (m.text, m.figure.unit) == (surface, unit)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Output reached 7-8 million barrels.", 7e6, 8e6, "barrel"),
        ("It is worth 33-35 billion euros.", 33e9, 35e9, "euro"),
        ("They won 2-1 in the final.", None, None, None),  # a score
    ],
)
def test_hyphen_range_with_a_scale_word(
    text: str, low: float | None, high: float | None, unit: str | None
) -> None:
    """A hyphenated range before a scale word is a range, not a score ("7-8 million")."""
    found = [(m.figure.low, m.figure.high, m.figure.unit) for m in find_figures(text)]
    assert found == ([] if unit is None else [(low, high, unit)])


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Its value will rise from 24.2 to 33-35 billion euros.", 24.2e9, "euro"),
        ("Output rose from 5 to 7-8 million barrels.", 5e6, "barrel"),
        ("Growth slowed from 4.8 to 4.7 percent.", 4.8, "percent"),
        ("It cost 8 or $9 million.", 8e6, "dollar"),
    ],
)
def test_first_number_takes_unit_and_scale_of_the_second(
    text: str, value: float, unit: str
) -> None:
    """In "from X to Y unit" and "X or $Y million" the first number takes Y's unit and scale."""
    first = find_figures(text)[0]
    assert (first.figure.value, first.figure.unit, first.unit_inferred) == (value, unit, True)


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("About 3 in 10 adults said so.", 0.3, "adults"),
        ("3 out of 10 doctors agree.", 0.3, "doctors"),
        ("It was rated 7 out of 10.", 0.7, None),
        ("1 in 4 Americans voted.", 0.25, "Americans"),
    ],
)
def test_share_written_in_digits(text: str, value: float, noun: str | None) -> None:
    """Shares in digits ("N in M", "N out of M") divide the noun after them."""
    (m,) = find_figures(text)
    assert (m.figure.value, m.figure.unit, m.noun) == (value, "fraction", noun)
    assert parse_figure(m.text) == m.figure


@pytest.mark.parametrize(
    "text", ["He scored 3 in 10 minutes.", "It fell 3 in 2019.", "It was 5 in 3 days."]
)
def test_digits_in_a_period_are_no_share(text: str) -> None:
    """A count in a period ("3 in 10 minutes") is no share, nor is "5 in 3"."""
    assert not any(m.figure.unit == "fraction" for m in find_figures(text))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Unions said 2.8 million people marched; the ministry counted 1.27 million.", "person"),
        ("Police put the crowd at 15,000 people but organisers said 40,000.", "person"),
        ("Police said 15,000 people came and the budget reported 2 million in costs.", "count"),
        ("15,000 people came, officials said 3 were hurt.", "count"),
        (
            "2.8 million people marched, while the ministry put the figure at 1.27 million.",
            "person",
        ),
        ("2.8 million people marched, while the ministry put the budget at 1.27 million.", "count"),
    ],
)
def test_another_partys_count(text: str, unit: str) -> None:
    """A number a tally verb or "put the figure at" gives at a clause end counts the noun before."""
    assert find_figures(text)[-1].figure.unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Moscow says 498 of its soldiers have died.", "498 of its soldiers", "soldier"),
        ("Three of their children died.", "Three of their children", "child"),
        ("Two of the world's biggest banks failed.", "Two of the world's biggest banks", "bank"),
    ],
)
def test_part_of_a_group_counts_its_noun(text: str, surface: str, unit: str) -> None:
    """A part of a group ("498 of its soldiers") counts the group's noun and reads back."""
    (m,) = find_figures(text)
    assert (m.text, m.figure.unit) == (surface, unit)
    assert parse_figure(m.text) == m.figure


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Air defences destroyed 18 of 20 missiles.", "missile"),
        ("Ukraine shot down 29 of the 31 drones.", "drone"),
        ("They sold 280 million of the 1.5 billion shekels.", "shekel"),
    ],
)
def test_a_part_of_a_stated_whole_takes_its_unit(text: str, unit: str) -> None:
    """The first number of "18 of 20 missiles", with or without "the", counts missiles."""
    part, whole = find_figures(text)
    assert (part.figure.unit, part.unit_inferred) == (unit, True)
    assert whole.figure.unit == unit


def test_part_of_a_measured_whole_keeps_the_measure() -> None:
    """In "five of the three-ton satellites" the three tons stay a figure of their own."""
    found = find_figures("It ordered five of the three-ton satellites.")
    assert [(m.text, m.figure.unit) for m in found] == [
        ("five", "count"),
        ("three-ton", "metric_ton"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Cases rose by a third in a week.", "a third", 1 / 3),
        ("It cut costs by half.", "half", 0.5),
        ("It grew by a quarter, officials said.", "a quarter", 0.25),
    ],
)
def test_fraction_word_after_by(text: str, surface: str, value: float) -> None:
    """A fraction word alone after "by" is the size of a change ("rose by a third")."""
    (m,) = find_figures(text)
    assert (m.text, m.figure.unit) == (surface, "fraction")
    assert m.figure.value == pytest.approx(value)
    assert parse_figure(m.text) == m.figure


@pytest.mark.parametrize("text", ["He came a third time.", "It rose by half a point."])
def test_fraction_word_that_is_no_share(text: str) -> None:
    """An ordinal ("a third time") or "half a" before a unit is no share."""
    assert find_figures(text) == []


def test_range_of_results_is_a_range() -> None:
    """A range of wins ("3-4 wins a season") is no score: its first number is the lower."""
    (m,) = find_figures("They had 3-4 wins a season.")
    assert (m.figure.low, m.figure.high) == (3, 4)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Unite Group fell 68 p to 1112 p.", [("68 p", 68), ("1112 p", 1112)]),
        ("JD Sports, down 1.95 p at 125.8 p, led.", [("1.95 p", 1.95), ("125.8 p", 125.8)]),
        ("The meeting ends at 5 p.m. today.", []),
        ("Vol 5 p 23 says so.", [("23", 23)]),  # a volume and a page, not pence
    ],
)
def test_pence_written_with_a_spaced_p(text: str, found: list[tuple[str, float]]) -> None:
    """A "p" alone after a number, before a lower-case word or a mark, is pence; not "p.m."."""
    mentions = find_figures(text)
    assert [(m.text, m.figure.value) for m in mentions] == [(t, pytest.approx(v)) for t, v in found]
    assert all(m.figure.unit == "penny" for m in mentions if m.text.endswith("p"))
    for m in mentions:
        assert parse_figure(m.text) == m.figure


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He earns 2000 a month.", [2000]),
        ("The fee is 1500 per year.", [1500]),
        ("In 2019 a year later he left.", []),
        ("Since 2014 each year has been hotter.", []),
        ("The 2015 agreement holds.", []),
    ],
)
def test_year_like_number_paid_per_period(text: str, found: list[float]) -> None:
    """A year-like number before "a month" or "per year" is an amount, unless a time word leads."""
    assert [m.figure.value for m in find_figures(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The TV has a 4K screen.", []),
        ("It films 8K video.", []),
        ("Sales of 4K TVs rose.", []),
        ("He has 4K followers.", [("4K followers", 4000)]),
        ("They paid $4K for it.", [("$4K", 4000)]),
        ("She ran a 10K race.", [("10K race", 10000)]),
    ],
)
def test_display_resolutions_are_names(text: str, found: list[tuple[str, float]]) -> None:
    """A "4K" or "8K" before a screen, a TV or video names a resolution, as "5G" a network."""
    assert [(m.text, m.figure.value) for m in find_figures(text)] == found


def test_plural_after_and_is_no_counted_noun() -> None:
    """A plural right after "and" is a second noun, not the head of the first count."""
    [m] = find_figures("It has 4,000 screen and costs are high.")
    assert (m.text, m.noun) == ("4,000", None)
    [m] = find_figures("Kia and Hyundai sold 12 red and blue cars.")
    assert m.noun == "cars"


@pytest.mark.parametrize(
    ("text", "surface", "low"),
    [
        ("The death toll exceeded 4,300.", "exceeded 4,300", 4300),
        ("Sales topped $5 billion.", "topped $5 billion", 5e9),
        ("Its share surpasses 10% now.", "surpasses 10%", 10),
        ("The death toll has passed 4,300.", "passed 4,300", 4300),
        ("The toll passed 4,300 on Tuesday.", "passed 4,300", 4300),
        ("Cases have crossed 10,000.", "crossed 10,000", 10000),
    ],
)
def test_verbs_that_say_more_than(text: str, surface: str, low: float) -> None:
    """A count that "exceeded", "topped", "has passed" or "crossed" a number is more than it."""
    [m] = find_figures(text)
    assert (m.text, m.figure.hedge, m.figure.low, m.figure.high) == (
        surface,
        Hedge.MORE_THAN,
        low,
        None,
    )
    assert parse_figure(m.text) == m.figure


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Maybe 20,000 people marched.", "Maybe 20,000 people"),
        ("The police said perhaps 20,000 people came.", "perhaps 20,000 people"),
        ("The toll could be possibly 300.", "possibly 300"),
    ],
)
def test_guesses_are_approximate(text: str, surface: str) -> None:
    """A number after "maybe", "perhaps" or "possibly" is hedged as one after "about" is."""
    [m] = find_figures(text)
    assert (m.text, m.figure.hedge) == (surface, Hedge.APPROX)
    assert parse_figure(m.text) == m.figure


def test_a_guessed_year_is_a_year() -> None:
    """A year after "perhaps" is skipped as one after "around" is."""
    assert find_figures("Perhaps 2023 was the year.") == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He passed 3 exams last year.", "3 exams"),
        ("Migrants crossed 2 borders on foot.", "2 borders"),
        ("The Senate passed 12 bills.", "12 bills"),
    ],
)
def test_passing_things_is_no_hedge(text: str, surface: str) -> None:
    """Without "has" or a figure noun before it, "passed" or "crossed" a count is exact."""
    [m] = find_figures(text)
    assert (m.text, m.figure.hedge) == (surface, Hedge.EXACT)


@pytest.mark.parametrize(
    ("text", "surface", "hedge"),
    [
        ("The unemployment rate ticked up to 3.7%.", "3.7%", Hedge.EXACT),
        ("Prices went up to $5.", "$5", Hedge.EXACT),
        ("He could be fined up to $10,000.", "up to $10,000", Hedge.UP_TO),
        ("Fines of up to $5,000 apply.", "up to $5,000", Hedge.UP_TO),
    ],
)
def test_up_after_a_verb_of_movement_is_a_particle(text: str, surface: str, hedge: Hedge) -> None:
    """The "up" of "ticked up to 3.7%" belongs to the verb; "fined up to $10,000" is a hedge."""
    [m] = find_figures(text)
    assert (m.text, m.figure.hedge) == (surface, hedge)


def test_a_year_after_since_starts_no_range() -> None:
    """A year after "since" is a time, so "since 2020 to 4,000" is no range."""
    assert [m.text for m in find_figures("the total since 2020 to 4,000")] == ["4,000"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A quarter of a million people signed.", [("A quarter of a million people", 250_000)]),
        ("Three quarters of a billion dollars.", [("Three quarters of a billion dollars", 7.5e8)]),
        ("The 100,000-plus spectators cheered.", [("100,000-plus spectators", 100_000)]),
        ("More than 1,000+ people attended.", [("More than 1,000+ people", 1000)]),
        ("It has 5+ years of data.", [("5+ years", 5)]),
        ("The vote passed 3-to-1.", []),  # a ratio
        ("It was a 6-to-3 ruling.", []),
        ("They won a 2:1 majority.", []),  # a ratio, a score
        ("Chelsea won 3:1 against 40,000 fans.", [("40,000 fans", 40_000)]),
        ("A 1:100,000 map covers 300 km.", [("300 km", 300)]),
        ("Updated 2022-02-10T21:30:00Z.", []),  # a time stamp
        ("Note 1: 300 people died.", [("300 people", 300)]),
        ("He got a 5-to-10-year sentence.", [("5-to-10-year", None)]),  # a range
        ("The population grew from 8.1 million in 2000 to 9.7 million.",
         [("8.1 million", 8.1e6), ("9.7 million", 9.7e6)]),
        ("UN Resolution 2334 was cited.", []),  # a name
    ],
)  # fmt: skip
def test_scaled_fractions_plus_signs_ratios_and_names(
    text: str, found: list[tuple[str, float | None]]
) -> None:
    """Fractions of a million, "+" and "-plus", ratios, "in 2000 to" and numbered names."""
    mentions = find_figures(text)
    assert [(m.text, m.figure.value) for m in mentions] == [
        (t, pytest.approx(v) if v is not None else None) for t, v in found
    ]
    for m in mentions:
        assert parse_figure(m.text) == m.figure
    assert all(m.figure.hedge is Hedge.MORE_THAN for m in mentions if "+" in m.text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Children under five account for 80% of deaths.",
         [("under five", "year_of_age", True), ("80%", "percent", False)]),
        ("People over 65 years are at risk.", [("over 65 years", "year_of_age", True)]),
        ("Only 30% of children aged 5 to 11 had the jab.",
         [("30%", "percent", False), ("5 to 11", "year_of_age", True)]),
        ("Women aged between 25 and 54 were hired.",
         [("between 25 and 54", "year_of_age", True)]),
        ("People aged 65 are at risk.", [("65", "year_of_age", True)]),
        ("Over 300 people died.", [("Over 300 people", "person", False)]),
        ("Measles cases rose 45-fold.", [("45-fold", "time", False)]),
        ("Emissions must fall 43% from 2019 levels.", [("43%", "percent", False)]),
        ("He has 2000 dollars.", [("2000 dollars", "dollar", False)]),
    ],
)  # fmt: skip
def test_age_groups_folds_and_year_levels(text: str, found: list[tuple[str, str, bool]]) -> None:
    """An age naming a group is an age; "45-fold" is times; "2019 levels" is a year."""
    got = [(m.text, m.figure.unit, m.unit_inferred) for m in find_figures(text)]
    assert got == found


@pytest.mark.parametrize(
    ("text", "value"),
    [("Revenue hit 2.3 mln euros.", 2.3e6), ("It has 5 bln users.", 5e9), ("1.2 trn yen", 1.2e12)],
)
def test_spaced_wire_scale_abbreviations(text: str, value: float) -> None:
    """Wire-style "mln", "bln" and "trn" after a space scale the number."""
    [m] = find_figures(text)
    assert m.figure.value == pytest.approx(value)
    assert parse_figure(m.text) == m.figure


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Key events on day 300 of the war.", []),
        ("In round 2, 40 votes were cast.", ["40 votes"]),
        ("Every day 300 people die.", ["300 people"]),  # a noun after it: a count
        ("The storm reached level 4.", []),
        ("Traffic on highway 7 and route 9 (exit 12) moved 3 km.", ["3 km"]),
        ("They invoked article 4 and took interstate 80 west.", []),
        ("Crews shut 12 highways and 4 exits.", ["12 highways", "4 exits"]),
    ],
)
def test_numbers_that_label_an_item(text: str, found: list[str]) -> None:
    """A bare number after "day", "round", "highway", "exit" and the like numbers an item."""
    assert [m.text for m in find_figures(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Apollo 11 landed in July.", []),
        ("Title 42 expired.", []),
        ("Formula 1 returns.", []),
        ("Yesterday 300 people marched.", ["300 people"]),
        ("Officially 40 died.", ["40"]),
    ],
)
def test_names_that_open_a_sentence(text: str, found: list[str]) -> None:
    """A capitalised name opening a sentence is a name before its number, unlike "Yesterday"."""
    assert [m.text for m in find_figures(text)] == found


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("About 3,000 troops will deploy. Another 1,000 will follow next week.", "troop"),
        ("About 3,000 troops will deploy. A further 500 are on alert.", "troop"),
        ("About 3,000 troops will deploy. It rained. Another 1,000 will follow.", "count"),
        ("About 3,000 troops will deploy.\nAnother 1,000 will follow.", "count"),
    ],
)
def test_another_in_the_next_sentence_counts_the_same(text: str, unit: str) -> None:
    """A count after "another" in the next sentence counts what the count before counted."""
    *_, last = find_figures(text)
    assert last.figure.unit == unit
    assert last.unit_inferred is (unit != "count")


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("They served a three course meal.", "three course", "course"),
        ("It has a 12 cylinder engine under the bonnet.", "12 cylinder", "cylinder"),
        ("There were 40 civilian deaths last week.", "40 civilian deaths", "death"),
        ("It holds one base unit.", "one base unit", "unit"),
    ],
)
def test_a_singular_noun_after_a_modifier_is_not_what_many_count(
    text: str, surface: str, unit: str
) -> None:
    """A number above one counts the plural noun: "3 course meal" counts courses, not meals."""
    (m,) = find_figures(text)
    assert (m.surface, m.figure.unit) == (surface, unit)


@pytest.mark.parametrize("end", [".", ", officials said."])
def test_a_noun_used_as_a_modifier_before_a_sentences_end(end: str) -> None:
    """A noun used as a modifier counts the noun after it, at a sentence's end too."""
    (m,) = find_figures(f"There were 136 civilian deaths{end}")
    assert m.surface == "136 civilian deaths"
    assert (m.figure.unit, m.modifiers) == ("death", ("civilian",))


@pytest.mark.parametrize("text", ["nearly 3,000 American troops in.", "12 officers in."])
def test_a_preposition_ending_a_sentence_is_no_unit(text: str) -> None:
    """A preposition ending a sentence after a count ("troops in.") is no abbreviated inch."""
    (m,) = find_figures(text)
    assert m.figure.unit in {"troop", "officer"}
    assert parse_figure(m.surface) == m.figure


def test_the_people_of_an_age_are_an_age() -> None:
    """'five-year-olds' is an age, as '65-year-old' is, not five years."""
    [m] = find_figures("Uptake among five-year-olds fell.")
    assert (m.text, m.figure.unit, m.figure.value) == ("five-year-olds", "year_of_age", 5.0)
    [plan] = find_figures("a five-year plan")
    assert plan.figure.unit == "year"


def test_up_from_takes_the_unit_of_the_clause_count() -> None:
    """', up from 2,100' after '3,500 residents ... from six villages' counts residents."""
    text = "3,500 residents were evacuated from six villages, up from 2,100 on Monday."
    assert [m.figure.unit for m in find_figures(text)] == ["resident", "village", "resident"]


@pytest.mark.parametrize(
    "text", ["Police said Monday 45 people died.", "On Monday 300 people marched."]
)
def test_a_weekday_before_a_figure_is_no_name(text: str) -> None:
    """'Monday 45 people' counts people: a weekday is never a name with a number ('Apollo 11')."""
    assert [m.noun for m in find_figures(text)] == ["people"]


@given(
    st.sampled_from([(0, 3), (2, 1), (-1, 2), "x"]),
    st.sampled_from(["300", 300]),
    st.sampled_from([None, "troops"]),
    st.sampled_from([(), ("US",), ["US", "Army"], "US", (1,)]),
    st.sampled_from([None, (0, 3)]),
)
def test_scanner_fast_mention_is_the_class_call(
    span: object, surface: object, noun: object, modifiers: object, number_span: object
) -> None:
    """find_figures' private _build_mention makes what Mention(...) makes, or the same error."""
    from claimtrack.mentions import _build_mention

    figure = parse_figure("300 troops")
    args = (figure, span, surface, noun, modifiers, False, number_span)

    def outcome(build: object) -> object:
        try:
            return build(*args)  # type: ignore[operator]
        except Exception as exc:  # compared below: the same error either way
            return (type(exc), str(exc))

    assert outcome(_build_mention) == outcome(Mention)


def test_scanner_fast_mention_knows_every_field() -> None:
    """Mention has the fields, and no validators, that _build_mention sets and checks."""
    fields = attrs.fields(Mention)
    names = ["figure", "span", "surface", "noun", "modifiers", "unit_inferred", "number_span"]
    assert [f.name for f in fields] == names
    assert all(f.validator is None and f.converter is None for f in fields)
