"""The figure grammar: where quantities are mentioned in a text, and what they say.

:func:`find_figures` scans a text for quantity mentions ("nearly 3,000 American
troops", "between 1,700 and 2,000 soldiers", "tens of thousands of troops",
"$2.4 billion") and returns each as a :class:`Mention`: the parsed
:class:`~claimtrack.model.Figure`, the character span of the whole phrase
(hedge, number and unit noun), the counted noun as written and its modifiers.

There is one grammar (in the private module ``claimtrack._grammar``):
:func:`claimtrack.quantities.parse_figure` reads one phrase with it, so the text at
every mention's span parses back to the same figure. Scanning starts at a digit, a
number word or a fraction word and looks *back* for hedges, range openers and
currency signs with a short backward word scan (no regex search over a window), so
the cost per number is bounded; every pattern is linear in the length of the text.

Besides plain numbers the grammar reads fractions ("two-thirds of", "one in
five", unit ``fraction``), ranges with the unit at both ends ("44 mg to 50 mg")
or written "three or four years", currency codes glued to the amount ("EUR50m",
"$US113", "RM2.05", "PS6m" for an ASCII-transliterated pound sign) or in capitals
before it ("NOK 14,000", "SEK 5m"), or a sign after it ("1,200€", "15 €"), scientific notation
("2.998×10−8") and bare decimals (".534").

Not quantities, and skipped: clock times ("21:30", "02:25 am", "at 9 this evening"), dates
("February 11", "Feb. 7, 2022", "11/02/2022"), years ("the 2015 agreement", "its 2019
sales"),
ordinals and names ("82nd Airborne", "Covid-19", "FRANCE 24", "GMT+1", "G7",
"F-16", "highway 115", "exit 436"), list numbering and phone numbers.

This module does not import pint: units are looked up in the alias tables of
:mod:`claimtrack.quantities`, imported on first use.
"""

from __future__ import annotations

import functools
import math
import re
from decimal import Decimal
from types import ModuleType
from typing import TYPE_CHECKING

import attrs

from claimtrack._grammar import (
    FRACTION_WORDS,
    GLUED_ONLY,
    HEDGE_WORDS,
    SENTENCE_END,
    SEPARATOR_WORDS,
    counted_noun_at,
    default_policy,
    is_count,
    prev_word,
    rate_after,
    scan,
)
from claimtrack.exceptions import ClaimtrackError, FigureParseError
from claimtrack.model import Figure, Hedge

if TYPE_CHECKING:
    from claimtrack.policy import Policy

__all__ = [
    "FRACTION_WORDS",
    "GLUED_ONLY",
    "HEDGE_WORDS",
    "Mention",
    "find_figures",
    "in_time_window",
    "names_age_group",
    "parse_phrase",
]

# ---------------------------------------------------------------------------
# The record
# ---------------------------------------------------------------------------


def _check_span(_: object, attribute: attrs.Attribute[tuple[int, int]], value: object) -> None:
    if not (
        type(value) is tuple
        and len(value) == 2
        and type(value[0]) is int
        and type(value[1]) is int
        and 0 <= value[0] < value[1]
    ):
        raise FigureParseError(f"{attribute.name} must be (start, end) with start < end: {value!r}")


def _to_str_tuple(value: object) -> tuple[str, ...]:
    if value == ():
        return ()  # the common case, no modifiers
    if type(value) is tuple:
        for v in value:
            if type(v) is not str:
                break
        else:  # the scanner's case: str(v) would return each v itself
            return value
    if isinstance(value, str) or not isinstance(value, tuple | list):
        raise FigureParseError(f"modifiers must be a tuple of strings, got {value!r}")
    return tuple(str(v) for v in value)


@attrs.frozen(slots=True)
class Mention:
    """One quantity mentioned in a text.

    Attributes:
        figure: The figure the phrase states.
        span: ``(start, end)`` offsets of the whole phrase (hedge, number, unit noun).
        surface: The text at ``span``.
        noun: The counted head noun as written ("troops", "service members"),
            or ``None`` when no noun follows the number. A noun the unit table
            does not know is kept here while the unit stays ``count``
            ("35 sections", "460 Kia and Hyundai vehicles", "one solution").
        modifiers: Words between the number and the noun ("American", "Germany-based").
        unit_inferred: Whether the unit comes from the context rather than from the
            text at ``span``: an earlier mention by ellipsis ("1,700 US troops ... and
            another 300"), a parallel construction ("the highest is 84.75 cents, the
            lowest is 74.07"), the number after it ("7- or 8-inch"), an age after a
            name ("Maddon, 66, said") or a rate written after a bracketed conversion
            ("C $6 (US $4.46) per share").
        number_span: ``(start, end)`` offsets of the number itself.
    """

    figure: Figure
    span: tuple[int, int]
    surface: str
    noun: str | None = None
    modifiers: tuple[str, ...] = ()
    unit_inferred: bool = False
    number_span: tuple[int, int] | None = None

    def __attrs_post_init__(self) -> None:
        # Every field is checked here, in one call: mentions are built by the thousand.
        if not isinstance(self.figure, Figure):
            raise TypeError(f"'figure' must be a Figure, got {self.figure!r}")
        _check_span(self, _SPAN_FIELD, self.span)
        if type(self.surface) is not str:
            raise TypeError(f"'surface' must be a str, got {self.surface!r}")
        if self.modifiers != ():
            object.__setattr__(self, "modifiers", _to_str_tuple(self.modifiers))

    @property
    def text(self) -> str:
        """The surface text of the mention (the text at :attr:`span`)."""
        return self.surface

    @property
    def start(self) -> int:
        """Offset of the first character of the phrase."""
        return self.span[0]

    @property
    def end(self) -> int:
        """Offset just past the last character of the phrase."""
        return self.span[1]


_SPAN_FIELD = attrs.fields(Mention).span

# The slots' own setters, for _build_mention (see _build_figure in claimtrack.model).
_new_object = object.__new__
_set_figure = Mention.__dict__["figure"].__set__
_set_span = Mention.__dict__["span"].__set__
_set_surface = Mention.__dict__["surface"].__set__
_set_noun = Mention.__dict__["noun"].__set__
_set_modifiers = Mention.__dict__["modifiers"].__set__
_set_unit_inferred = Mention.__dict__["unit_inferred"].__set__
_set_number_span = Mention.__dict__["number_span"].__set__


def _build_mention(
    figure: Figure,
    span: tuple[int, int],
    surface: str,
    noun: str | None,
    modifiers: tuple[str, ...],
    unit_inferred: bool,
    number_span: tuple[int, int] | None,
) -> Mention:
    """``Mention(figure, span, ...)`` with every field given, built faster.

    The same checks (``__attrs_post_init__``), so the same mention or the same error,
    without the setattr by name that attrs' generic ``__init__`` makes for every field:
    find_figures builds one mention for every figure found.
    """
    mention: Mention = _new_object(Mention)
    _set_figure(mention, figure)
    _set_span(mention, span)
    _set_surface(mention, surface)
    _set_noun(mention, noun)
    _set_modifiers(mention, modifiers)
    _set_unit_inferred(mention, unit_inferred)
    _set_number_span(mention, number_span)
    mention.__attrs_post_init__()
    return mention


@functools.cache
def _quantities() -> ModuleType:
    """Return :mod:`claimtrack.quantities` (and pint), imported on first use.

    A cached call, not an import statement in each function: an import statement costs
    about a microsecond even when the module is loaded, and these run for every figure.
    """
    from claimtrack import quantities

    return quantities


_CURRENCY_SIGNS = frozenset("$€£¥₹")
# Words that open both halves of a parallel pair: "the highest is 84.75 cents, the lowest
# is 74.07", "rose by 2 percent, fell by 1"; and "from ... to" ("from 208 pounds to 193").
_PARALLEL_WORDS = frozenset(("is", "was", "by", "at", "to", "of", "from"))


# An age written as a bare number or in words: after a name and a comma ("Maddon, 66,",
# "Dewayne Johnson, 46." at the end of a sentence), or after "who is / was", "aged" or
# "the age of" at the end of a clause ("who was 10.", "aged eight").
_AGE_APPOSITION = re.compile(r"(?<![\w.'’-])[A-Z][a-z]+(?:[-'’][A-Za-z]+)?,[ \u00a0]\Z")
_AGE_VERB = re.compile(r"(?:\bwho[ \u00a0]+(?:is|was|turned|turns)|\baged)[ \u00a0]+\Z", re.I)
_AGE_OF = re.compile(r"\bage[ \u00a0]+of[ \u00a0]+\Z", re.I)
# "at age 87", "a man of age 87", "by age five": "age" in lower case just before the number.
_AGE_WORD = re.compile(r"(?<![\w-])age[ \u00a0]+\Z")
_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[,.;:!?)]|\Z)")
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)]*(?:\s|\Z)")
_AGE_IN_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")


def _is_age(text: str, mention: Mention) -> bool:
    """Whether a bare number is a person's age ("Senard, 65, now", "who was 10.", "aged eight")."""
    fig = mention.figure
    start, end = mention.span
    surface = text[start:end]
    if (
        fig.hedge is not Hedge.EXACT
        or fig.value is None
        or not 0 < fig.value <= 120
        or not (
            (0 < end - start <= 3 and surface.isdigit())
            or _AGE_IN_WORDS.fullmatch(surface) is not None  # "aged eight", "Smith, forty,"
        )
    ):
        return False
    floor = max(0, start - 24)
    before = text[floor:start]
    name = _AGE_APPOSITION.search(before)
    if name is not None:
        # "Maddon, 66, has used"; not "Paris, 3 days" nor a list "in Paris, 3, 4 and 5"
        if text[end : end + 1] == ",":
            return not text[end + 1 : end + 3].strip()[:1].isdigit()
        # at a sentence's end, after a word that is no joint: "went to John Smith, 46."; not
        # a count whose noun is left out ("52 seats and Democrats, 46.") nor a list of
        # places ("London, 26; Paris, 31.")
        word = prev_word(text, floor + name.start())
        return (
            _SENTENCE_STOP.match(text, end) is not None
            and word.isalpha()
            and word.lower() not in SEPARATOR_WORDS
        )
    if _AGE_OF.search(before) is not None or _AGE_WORD.search(before) is not None:
        return True  # "under the age of 16", "at age 87"
    return _AGE_VERB.search(before) is not None and _CLAUSE_END.match(text, end) is not None


# A group named by its age: "children under five", "people over 65 years", "those under 18".
_AGE_GROUPS = (
    r"\b(?i:children|kids|people|adults|those|anyone|women|men|girls|boys|patients|pupils"
    r"|teenagers|youngsters|infants|babies|residents|voters)"
)
_AGE_GROUP_BEFORE = re.compile(rf"{_AGE_GROUPS}[ \u00a0]+\Z")
# "children aged 5 to 11", "men aged between 18 and 34", "people aged 65": ages of a group.
_AGED_GROUP_BEFORE = re.compile(
    rf"{_AGE_GROUPS}[ \u00a0]+(?i:aged)[ \u00a0]+(?:(?i:between)[ \u00a0]+)?\Z"
)


def names_age_group(text: str, mention: Mention) -> bool:
    """Whether a mention is the age that names a group ("children under five"): no claim.

    So is an age that is the group's name itself: "five-year-olds", "12-month-olds".
    """
    fig = mention.figure
    start = mention.span[0]
    if fig.unit.endswith("_of_age") and (mention.noun or "").lower().endswith("-olds"):
        return True
    if fig.unit != "year_of_age":
        return False
    if fig.hedge in (Hedge.LESS_THAN, Hedge.MORE_THAN):
        return _AGE_GROUP_BEFORE.search(text, max(0, start - 16), start) is not None
    return _AGED_GROUP_BEFORE.search(text, max(0, start - 28), start) is not None


def _aged_group(text: str, mention: Mention, policy: Policy | None) -> Mention | None:
    """The ages in "children aged 5 to 11" or "men aged between 18 and 34" as ages, or None."""
    fig = mention.figure
    start = mention.span[0]
    low, high = (fig.low, fig.high) if fig.hedge is Hedge.RANGE else (fig.value, fig.value)
    if (
        fig.unit not in ("count", "year")
        or (mention.noun is not None and fig.unit != "year")
        or low is None
        or high is None
        or not 0 <= low <= high <= 120
        or _AGED_GROUP_BEFORE.search(text, max(0, start - 28), start) is None
    ):
        return None
    if fig.hedge is Hedge.RANGE:
        figure = Figure(None, low, high, Hedge.RANGE, "year_of_age", fig.text)
    else:
        figure = Figure.of(
            Decimal(repr(low)), "year_of_age", hedge=fig.hedge, text=fig.text, policy=policy
        )
    return attrs.evolve(mention, figure=figure, unit_inferred=True)


def _age_group(text: str, mention: Mention, policy: Policy | None) -> Mention | None:
    """The age in "children under five" or "people over 65 years" as an age, or None.

    The span ends at the number (or at "years"): in "children under five account for 80%"
    the word after the age is a verb, not a counted noun.
    """
    fig = mention.figure
    if fig.hedge in (Hedge.RANGE, Hedge.EXACT):
        return _aged_group(text, mention, policy)
    if (
        fig.hedge not in (Hedge.LESS_THAN, Hedge.MORE_THAN)
        or fig.value is None
        or not 0 < fig.value <= 120
        or mention.number_span is None
    ):
        return None
    singular = mention.noun is not None and not mention.noun.lower().endswith("s")
    if not (fig.unit in ("count", "year") or (singular and is_count(fig.unit))):
        return None
    start = mention.span[0]
    if _AGE_GROUP_BEFORE.search(text, max(0, start - 16), start) is None:
        return None
    end = mention.span[1] if fig.unit == "year" else mention.number_span[1]
    surface = text[start:end]
    try:
        figure = Figure.of(
            Decimal(repr(fig.value)), "year_of_age", hedge=fig.hedge, text=surface, policy=policy
        )
    except ClaimtrackError:  # pragma: no cover - an age in (0, 120] is always valid
        return None
    return Mention(figure, (start, end), surface, None, (), True, mention.number_span)


# A first number that leaves its unit to the second: "7- or 8-inch", "10- to 15-minute"
# (a suspended hyphen), "8 or $9" (the currency sign on the second only), "280 million of
# the 1.5 billion shekels", "29 of 31 drones" (a part of a stated whole).
_SUSPENDED = re.compile(r"[-–][ \u00a0]+(?:or|to|and)[ \u00a0]+\Z")
_JOINED_PAIR = re.compile(r"[ \u00a0]+(?:or|to|and)[ \u00a0]+\Z")
_PART_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their|his|her|our)[ \u00a0]+)?\Z")


def _shares_unit_ahead(text: str, mention: Mention, following: Mention) -> bool:
    """Whether a bare number takes the unit written only on the number after it."""
    unit = following.figure.unit
    if unit == "count" or following.number_span is None:
        return False
    if following.span[0] - mention.span[1] > 12:
        return False  # longer than " of their " or "- and ": no joint
    between = text[mention.span[1] : following.span[0]]
    if _SUSPENDED.match(between) is not None:
        return text[following.number_span[1] : following.number_span[1] + 1] == "-"
    if _PART_OF.match(between) is not None:
        # a part of a stated whole: "280 million of the 1.5 billion shekels"; but not of a
        # measure used as an adjective: "five of the three-ton satellites"
        return text[following.number_span[1] : following.number_span[1] + 1] != "-"
    if _JOINED_PAIR.match(between) is None:
        return False
    if between.strip() == "to" and prev_word(text, mention.span[0]).lower() == "from":
        return True  # "from 24.2 to 33-35 billion euros"
    if between.strip() in ("and", "or") and not is_count(unit):
        return True  # two values of one measure: "45 and 50 mg", "5 or 10 percent"
    return (
        following.number_span[0] > following.span[0] and text[following.span[0]] in _CURRENCY_SIGNS
    )


_COMPARED = re.compile(
    r"(?:\bcompared[ \u00a0]+(?:with|to)|\bagainst|\bversus|\bvs\.?|\b(?:up|down)[ \u00a0]+from)"
    r"[ \u00a0]+\Z",
    re.I,
)
# A period named after a number, as a figure is set against an earlier one: "2.1 last
# year", "4.8 a year earlier", "63 in 2018", "3.9 the previous month".
_PERIOD_AFTER = re.compile(
    r",?[ \u00a0]+(?:(?:last|the[ \u00a0]+(?:previous|prior|same))[ \u00a0]+"
    r"(?:year|month|week|quarter|season|day)\b"
    r"|(?:a|one)[ \u00a0]+(?:year|month|week|quarter|season|day)[ \u00a0]+(?:earlier|ago|before)\b"
    r"|in[ \u00a0]+(?:19|20)\d\d\b)",
    re.I,
)


def _compared(text: str, earlier: Mention, mention: Mention) -> bool:
    """Whether a bare number is compared with the figure before it.

    Either a word says so ("460 cars, against 63", "5.2%, up from 4.9"), or the number is
    dated against the earlier one ("a -1.4 degree angle in 2018 and 2.1 last year").
    """
    if SENTENCE_END.search(text, earlier.span[1], mention.span[0]) is not None:
        return False
    if _COMPARED.search(text, max(0, mention.span[0] - 16), mention.span[0]) is not None:
        return True
    if _PERIOD_AFTER.match(text, mention.span[1]) is None:
        return False
    # joined to the earlier figure, not a new level after a change ("rose 5% to 120 in 2019")
    before = text[max(0, mention.span[0] - 2) : mention.span[0]]
    return before.endswith((", ", ",\u00a0")) or prev_word(text, mention.span[0]).lower() in (
        "and",
        "from",
        "with",
    )


_IN_AFTER = re.compile(r"[ \u00a0]+in\b(?![ \u00a0]+(?:the|a|an|[A-Z0-9]))")


def _inches_after_feet(text: str, feet: Mention, mention: Mention) -> bool:
    """Whether "5 in" after "6 ft" is five inches: "6 ft 5 in", "6 feet 2 in tall"."""
    return (
        feet.figure.unit == "foot"
        and text[feet.span[1] : mention.span[0]].strip() == ""
        and _IN_AFTER.match(text, mention.span[1]) is not None
    )


def _index_level(text: str, points: Mention, mention: Mention) -> bool:
    """Whether a bare number after "to" is the level an index moved to, in points.

    "The FTSE 100 fell 45.2 points, or 0.6%, to 7,512.3"; "edged down 0.03% to a close of
    1,463.87 points, while the TA-125 climbed 0.1% to 1,333.18".
    """
    return (
        prev_word(text, mention.span[0]).lower() == "to"
        and SENTENCE_END.search(text, points.span[1], mention.span[0]) is None
    )


def _parallel(text: str, measured: Mention, mention: Mention) -> bool:
    """Whether a bare number repeats the construction of the measure before it."""
    word = prev_word(text, mention.span[0]).lower()
    if word not in _PARALLEL_WORDS:
        return False
    first = prev_word(text, measured.span[0]).lower()
    if word != first and {word, first} != {"to", "from"}:  # "from 208 pounds to 193"
        return False
    return SENTENCE_END.search(text, measured.span[1], mention.span[0]) is None


_ASIDE_OPEN = re.compile(r"[ \u00a0]*\(\Z")


def _in_brackets_after(text: str, mention: Mention, aside: Mention) -> bool:
    """Whether ``aside`` stands alone in brackets just after ``mention``: "3 billion ($8m)"."""
    return (
        text[aside.span[1] : aside.span[1] + 1] == ")"
        and _ASIDE_OPEN.match(text[mention.span[1] : aside.span[0]]) is not None
    )


def _is_aside(text: str, mention: Mention, aside: Mention) -> bool:
    """Whether ``aside`` converts the amount before it in brackets: "9bn shekels ($2.4bn)"."""
    currencies = _quantities().CURRENCIES
    return (
        mention.figure.unit in currencies
        and aside.figure.unit in currencies
        and _in_brackets_after(text, mention, aside)
    )


def _converted_alike(
    text: str, converted: tuple[Mention, Mention], mention: Mention, aside: Mention
) -> bool:
    """Whether a bare number and its bracketed conversion repeat an earlier pair.

    "2,435,000 yen ($22,480) for the manual and 2,380,000 ($21,972) for the CVT": the
    second amount is in yen, as the first, since both are converted into dollars.
    """
    return (
        aside.figure.unit == converted[1].figure.unit
        and _in_brackets_after(text, mention, aside)
        and SENTENCE_END.search(text, converted[1].span[1], mention.span[0]) is None
    )


_SCALES = (10**3, 10**6, 10**9, 10**12)
_LEADING_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _scale_carried(text: str, earlier: Mention, mention: Mention) -> int:
    """The scale word of ``earlier`` that a bare number leaves unsaid, or 1.

    "$5.2 billion from 4.9" means 4.9 billion, and "$5m, against 3 a year before" 3
    million: a bare number written like the earlier one (at most ten times larger or
    smaller) takes its scale. A number with digits of its own ("against 300,000") does not.
    """
    value = earlier.figure.value if earlier.figure.value is not None else earlier.figure.low
    if value is None or earlier.number_span is None or mention.figure.value is None:
        return 1
    digits = _LEADING_DIGITS.match(text, earlier.number_span[0], earlier.number_span[1])
    if digits is None:
        return 1  # a number in words
    number = float(digits.group().replace(",", ""))
    if number == 0 or not text[mention.span[0] : mention.span[1]].replace(".", "").isdigit():
        return 1
    ratio = abs(mention.figure.value / number)
    if not 0.1 <= ratio <= 10:
        return 1
    return next((s for s in _SCALES if math.isclose(abs(value / number), s)), 1)


def _measure_between(text: str, mention: Mention, measure: Mention) -> bool:
    """Whether a measure stands between a bare count and its noun: "two 155mm howitzers"."""
    unit = measure.figure.unit
    return (
        measure.span[0] == mention.span[1] + 1
        and text[mention.span[1]] in " \u00a0"
        and measure.figure.hedge is Hedge.EXACT
        and unit != "count"
        and unit != "percent"
        and not is_count(unit)
        and unit not in _quantities().CURRENCIES
    )


def _counts_past_measure(text: str, mention: Mention, measure: Mention) -> Mention:
    """The bare count with the noun after the measure that describes it, if one is there.

    "two 155mm howitzers" counts howitzers; "eight million 250ml bottles" counts bottles.
    """
    found = counted_noun_at(text, measure.span[1])
    if found is None:
        return mention
    unit, noun, modifiers, _end = found
    try:
        figure = attrs.evolve(mention.figure, unit=unit)
    except ClaimtrackError:
        return mention
    return attrs.evolve(
        mention,
        figure=figure,
        noun=noun,
        modifiers=(measure.text, *modifiers),
        unit_inferred=unit != "count",
    )


def _rated(text: str, mention: Mention, pos: int) -> Mention | None:
    """The mention with the rate written at ``pos`` as its unit, or None if none is."""
    rate = rate_after(text, pos, mention.figure.unit)
    if rate is None:
        return None
    try:
        figure = attrs.evolve(mention.figure, unit=rate[0])
    except ClaimtrackError:
        return None
    return attrs.evolve(mention, figure=figure, unit_inferred=True)


def _with_asides(text: str, mentions: list[Mention]) -> list[Mention]:
    """Give an amount and its bracketed conversion the rate written after both."""
    out = list(mentions)
    for i in range(len(out) - 1):
        if _is_aside(text, out[i], out[i + 1]):
            after = out[i + 1].span[1] + 1  # past the closing bracket
            first, aside = _rated(text, out[i], after), _rated(text, out[i + 1], after)
            if first is not None and aside is not None:
                out[i], out[i + 1] = first, aside
    return out


# A verb that gives another party's count of the same thing at the end of a clause ("the
# ministry counted 1.27 million.", "organisers said 40,000."): the number counts the
# previous noun.
_TALLY_VERBS = frozenset(
    [
        "said",
        "says",
        "say",
        "counted",
        "counts",
        "estimated",
        "estimates",
        "put",
        "puts",
        "claimed",
        "claims",
        "reported",
        "reports",
        "recorded",
        "registered",
        "tallied",
    ]
)

# Another party's count given as an estimate of "the figure": "the interior ministry put
# the figure at 1.27 million", "organisers put it at 50,000". ``claimtrack.extract`` reads the
# same words as attribution.
PUT_VERBS = frozenset(("put", "puts", "putting", "placed", "places", "pegged", "pegs"))
FIGURE_NOUNS = frozenset(
    ("figure", "number", "total", "count", "tally", "toll", "crowd", "turnout")
)
_FIGURE_AT = re.compile(
    rf"\b(?:{'|'.join(sorted(PUT_VERBS))}|estimated|estimates)[ \u00a0]+"
    r"(?:(?:the|its|their)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    rf"(?:{'|'.join(sorted(FIGURE_NOUNS))})|it)"  # "put it at 50,000"
    r"[ \u00a0]+at[ \u00a0]+\Z",
    re.I,
)


def _figure_at(text: str, pos: int) -> bool:
    """Whether "put the figure at" or the like ends just before ``pos``."""
    return _FIGURE_AT.search(text, max(0, pos - 50), pos) is not None


def _number_start(mention: Mention) -> int:
    """Where a mention's number starts (after its hedge: "nearly 3,000" → the 3)."""
    return mention.number_span[0] if mention.number_span else mention.span[0]


def _another_in_next_sentence(text: str, previous: Mention, mention: Mention) -> bool:
    """Whether "Another 1,000" opens the next sentence after a count ("3,000 troops ... .").

    Such an ellipsis reaches across one sentence end in the same paragraph, not further.
    """
    start = _number_start(mention)
    if start - previous.span[1] > 160 or "\n" in text[previous.span[1] : start]:
        return False
    if prev_word(text, start).lower() not in _ANOTHER | _COUNTING:
        return False  # "Another 1,000 ...", "... That is false: police counted 87,000."
    ends = SENTENCE_END.findall(text, previous.span[1], start)
    return len(ends) == 1


_ANOTHER = frozenset({"another", "further", "additional"})
# Verbs of counting after which a bare number counts what the count before it counts.
_COUNTING = frozenset({"counted", "tallied", "estimated", "recorded", "registered"})


def _infer_units(text: str, mentions: list[Mention], policy: Policy | None) -> list[Mention]:
    """Give a bare number the unit its sentence implies.

    A bare number takes the unit written on the number after it ("7- or 8-inch", "8 or
    $9", "280 million of the 1.5 billion shekels"), else the unit of the measure before
    it in a parallel construction ("the highest forecast is 84.75 cents, the lowest is
    74.07") or of the figure it is compared with ("460 vehicles stolen, compared with
    63", "5.2%, up from 4.9", "2.1 last year"), or of an earlier amount converted as this
    one is ("2,435,000 yen ($22,480) ... and 2,380,000 ($21,972)"), else it is an age when
    it follows a name and a comma or "who was", "aged", "age" or "the age of" ("Maddon, 66,
    has"). A bare count takes the unit of the previous count by ellipsis ("1,700 troops
    ... and another 300").
    """
    out: list[Mention] = []
    previous: Mention | None = None
    counted: list[Mention] = []  # the figures with a noun so far, for ", up from N"
    measured: Mention | None = None  # the last figure with a unit that is not a count
    with_unit: Mention | None = None  # the last figure with any unit
    converted: tuple[Mention, Mention] | None = None  # the last amount and its conversion
    points: Mention | None = None  # the last figure in index points
    brackets = ")" in text  # no bracket, no conversion in brackets: one test for the text
    for index, mention in enumerate(mentions):
        fig = mention.figure
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if previous is not None and fig.unit == "count" and mention.noun is None:
            anchor = _compared_past_place(text, counted, previous, mention)
            if anchor is not None:  # "3,500 residents ... from six villages, up from 2,100"
                previous = with_unit = anchor
        if fig.unit == "count" and mention.noun is None and fig.hedge is not Hedge.RANGE:
            unit, scale = None, 1
            if following is not None and _measure_between(text, mention, following):
                mention = _counts_past_measure(text, mention, following)
                fig = mention.figure
            elif following is not None and _shares_unit_ahead(text, mention, following):
                unit, scale = following.figure.unit, _scale_carried(text, following, mention)
            elif _is_age(text, mention):
                # before the figures it might be compared with: "pay $289 million to Dewayne
                # Johnson, 46, in 2018" is an age, not millions of dollars
                unit = "year_of_age"
            elif (
                converted is not None
                and following is not None
                and _converted_alike(text, converted, mention, following)
            ):
                unit = converted[0].figure.unit
            elif measured is not None and _parallel(text, measured, mention):
                unit, scale = measured.figure.unit, _scale_carried(text, measured, mention)
            elif with_unit is not None and _compared(text, with_unit, mention):
                unit, scale = with_unit.figure.unit, _scale_carried(text, with_unit, mention)
            elif points is not None and _index_level(text, points, mention):
                unit = "point"
            elif out and _inches_after_feet(text, out[-1], mention):
                unit = "inch"
            if unit is not None:
                try:
                    if scale != 1 and fig.value is not None:
                        fig = Figure.of(
                            Decimal(repr(fig.value)) * scale,
                            unit,
                            hedge=fig.hedge,
                            text=fig.text,
                            policy=policy,
                        )
                    else:
                        fig = attrs.evolve(fig, unit=unit)
                except ClaimtrackError:  # "-3" cannot count vehicles: keep the bare number
                    pass
                else:
                    mention = attrs.evolve(mention, figure=fig, unit_inferred=True)
        if (
            previous is not None
            and fig.unit == "count"
            and mention.noun is None
            and (previous.noun is not None or previous.unit_inferred)
            and previous.figure.unit not in ("count", "time")  # "rose 45-fold, to 42,000"
            and is_count(previous.figure.unit)
            and (
                SENTENCE_END.search(text, previous.span[1], mention.span[0]) is None
                or _another_in_next_sentence(text, previous, mention)
            )
        ):
            before = text[previous.span[1] : mention.span[0]]
            number_start = _number_start(mention)
            prev = prev_word(text, number_start).lower()
            nxt = text[mention.span[1] : mention.span[1] + 2]
            if (
                (prev in SEPARATOR_WORDS or before.rstrip().endswith(","))
                and nxt[:1] in ("", " ", ",", ".", ";")
            ) or (
                (prev in _TALLY_VERBS or _figure_at(text, number_start))
                and (
                    nxt[:1] in ("", ",", ".", ";")
                    or text.startswith((" and ", " but ", " while "), mention.span[1])
                )
            ):  # "police counted 87,000 and organisers said 150,000"
                try:
                    fig = attrs.evolve(fig, unit=previous.figure.unit)
                except ClaimtrackError:
                    fig = mention.figure
                else:
                    mention = attrs.evolve(mention, figure=fig, unit_inferred=True)
        out.append(mention)
        if brackets and following is not None and _is_aside(text, mention, following):
            converted = (mention, following)
        fig_unit = fig.unit
        if fig_unit == "point":
            points = mention
        if mention.noun is not None or mention.unit_inferred:
            previous = mention
            counted.append(mention)
        if fig_unit in TIME_UNITS and in_time_window(text, mention):  # the unit first: a set lookup
            continue  # "in the past 24 hours": when, not a measure to compare with
        if fig_unit == "count":
            if mention.noun is not None:
                measured = None  # a count in between breaks the pair
        else:
            with_unit = mention
            measured = None if is_count(fig_unit) else mention
    return out


# Prepositions whose count names where or whence, not the thing a clause counts.
_PLACE_PREPS = frozenset({"from", "in", "across", "at", "into", "over", "among"})
_UP_FROM_AFTER = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:up|down)[ \u00a0]+from[ \u00a0]+\Z", re.I)


def _compared_past_place(
    text: str, counted: list[Mention], previous: Mention, mention: Mention
) -> Mention | None:
    """The count ", up from N" compares N with, when a count of places stands between.

    "3,500 residents had been evacuated from six villages, up from 2,100": the 2,100 counts
    residents, not villages. ``counted`` are the figures with a noun before ``mention``.
    """
    start = _number_start(mention)
    if not _UP_FROM_AFTER.fullmatch(text, previous.span[1], start) or not _after_place_prep(
        text, previous
    ):
        return None
    for earlier in counted[-1:-9:-1]:  # a few back: the walk stays short on any text
        if SENTENCE_END.search(text, earlier.span[1], start) is not None:
            return None  # only the sentence's own counts
        if earlier is not previous and not _after_place_prep(text, earlier):
            return earlier
    return None


def _after_place_prep(text: str, mention: Mention) -> bool:
    """Whether a preposition of place or source stands before a figure: "from six villages"."""
    return prev_word(text, _number_start(mention)).lower() in _PLACE_PREPS


_WINDOW_BEFORE = re.compile(
    r"\b(?:in|over|during|for|within|across)[ \u00a0]+the[ \u00a0]+"
    r"(?:past|last|next|previous|preceding|coming|first|final)[ \u00a0]+\Z",
    re.IGNORECASE,
)
# "in less than 48 hours", "within 24 hours": how soon, not a measure.
_WITHIN_BEFORE = re.compile(r"\b(in|within)[ \u00a0]+\Z", re.IGNORECASE)
# A period that ends at a month: "in the three months to September", "the year to June".
_WINDOW_THE_BEFORE = re.compile(r"\b(?:in|over|during)[ \u00a0]+the[ \u00a0]+\Z", re.IGNORECASE)
_WINDOW_TO_MONTH = re.compile(
    r"[ \u00a0]+(?:to|through|ending|ended)[ \u00a0]+"
    r"(?:(?:the[ \u00a0]+)?end[ \u00a0]+of[ \u00a0]+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
# A superlative measured against a stretch of time: "the highest rate in 40 years", "the worst
# drought for 500 years", "for the first time in 20 years".
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:(?:high|low|larg|bigg|small|long|short|great|strong|weak|fast|slow|warm|cold|hott"
    r"|wett|dri|dead|deadli|bloodi|costli|earli|busi|wid|steep|sharp|deep|heavi|clos|fin|cheap"
    r"|dear|poor|rich)est|most|worst|best"
    r"|first|record)\b[^.,;:!?\d]{0,40}?\b(?:in|for)[ \u00a0]+\Z",
    re.IGNORECASE,
)
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
# The letters that end the last word of those patterns, with every letter IGNORECASE matches
# to them ("ſ" is an "s"): "in" and "within"; "in" and "for"; "past" ... "final"; "the".
_IN_ENDS = frozenset("nN")
_IN_FOR_ENDS = frozenset("nNrR")
_WINDOW_ENDS = frozenset("tTsSſgGlL")
_THE_ENDS = frozenset("eE")
# A duration that dates something: "four years ago"; "in the 24 hours after the debate".
_AGO_AFTER = re.compile(r"[ \u00a0]+ago\b", re.IGNORECASE)
_WINDOW_EVENT_AFTER = re.compile(
    r"[ \u00a0]+(?:after|before|since|following|leading[ \u00a0]+up[ \u00a0]+to)\b", re.IGNORECASE
)


def in_time_window(text: str, mention: Mention) -> bool:
    """Whether a duration only says when: "in the past 24 hours", "in the three months to May".

    So do "four years ago" and "in the 24 hours after the debate".
    """
    s, e = mention.span
    if mention.figure.unit not in TIME_UNITS:
        return False
    # Each pattern before the number ends in a word and the spaces after it: the letter before
    # the spaces is tested first, as the (case-blind) searches are slow, the superlative's most.
    last = text[max(0, s - 60) : s].rstrip(" \u00a0")[-1:]
    if mention.figure.hedge in (Hedge.LESS_THAN, Hedge.UP_TO, Hedge.EXACT) and last in _IN_ENDS:
        within = _WITHIN_BEFORE.search(text, max(0, s - 8), s)
        if within is not None and (
            within.group(1).lower() == "within" or mention.figure.hedge is not Hedge.EXACT
        ):
            return True  # "fled in less than 48 hours", "within 24 hours"
    if mention.figure.hedge is not Hedge.EXACT:
        return False
    if _AGO_AFTER.match(text, e) is not None:
        return True  # "four years ago": when
    if last in _IN_FOR_ENDS and _SUPERLATIVE_BEFORE.search(text, max(0, s - 60), s) is not None:
        return True  # "the highest rate in 40 years", "the first time in a decade"
    if last in _WINDOW_ENDS and _WINDOW_BEFORE.search(text, max(0, s - 40), s) is not None:
        return True
    return (
        last in _THE_ENDS
        and _WINDOW_THE_BEFORE.search(text, max(0, s - 12), s) is not None
        and (
            _WINDOW_TO_MONTH.match(text, e) is not None
            or _WINDOW_EVENT_AFTER.match(text, e) is not None  # "in the 24 hours after"
        )
    )


# "Pounds" written as a word is sterling, unless the sentence weighs something: a weight
# word before it ("weighs 200 pounds"), a loss or gain of it ("lost 30 pounds", "to drop 25
# pounds", "dropping from 208 pounds"), a quantity of a substance ("500 pounds of
# fentanyl"), a thing described by it ("a 2,000-pound bomb"; but "a five-pound note" is
# money), or another unit of mass it is set equal to ("a tonne is equal to 2,204.62
# pounds", "100 kg (220 pounds)", "220 pounds (100 kg)").
_WEIGHT_BEFORE = re.compile(
    r"\b(?:weigh(?:s|ed|ing|t|ts)?|heav(?:y|ier|iest))\b[^.!?;]{0,40}\Z", re.I
)
_WEIGHT_CHANGE = re.compile(
    r"\b(?:lost|lose|loses|losing|shed|sheds|shedding|gained|gain|gains|gaining|put[ \u00a0]+on"
    r"|(drop|drops|dropped|dropping))[ \u00a0]+(?:from[ \u00a0]+)?\Z",
    re.I,
)
# A price may drop too, or be per tonne: "the fare dropped 5 pounds", "the price per tonne
# is 50 pounds", "coffee costs more: a kilo is 20 pounds" are money.
_PRICE_BEFORE = re.compile(
    r"\b(?:prices?|costs?|fares?|fees?|rents?|bills?|tariffs?|wages?|salar(?:y|ies)|pay|value"
    r"|per)\b[^.!?;]{0,50}\Z",
    re.I,
)
_MASS_WORDS = r"(?:kilo(?:gram|gramme)?s?|kg|tonnes?|tons?|grams?|ounces?|oz|stones?)"
_MASS_EQUAL_BEFORE = re.compile(
    rf"\b{_MASS_WORDS}\b\)?[ \u00a0]*(?:\(|=|(?:is|are|equals?|(?:is[ \u00a0]+)?equal[ \u00a0]+to)"
    r"[ \u00a0]+)\Z",
    re.I,
)
_MASS_AFTER = re.compile(rf"[ \u00a0]*\([^()]{{0,20}}?\d[ \u00a0]*{_MASS_WORDS}\)", re.I)
_POUNDS_OF = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?!(?:the[ \u00a0]+)?(?:money|cash|fund|funds|funding|investment|"
    r"taxpayers|taxpayer|public|savings|debt|revenue|income|profits?|sales|spending|aid|your|"
    r"their|his|her|our|my|its)\b)[a-z]",
    re.I,
)
_MONEY_THINGS = re.compile(
    r"[ \u00a0]+(?:note|notes|coin|coins|fine|fines|bill|bills|ticket|tickets|fee|fees|voucher|"
    r"vouchers|prize|bet|bets|deal|bonus|payment|payments|price|increase|rise|cut)\b",
    re.I,
)


_NOUN_AFTER = re.compile(
    r"[ \u00a0]+(?!(?:to|for|a|an|the|and|or|in|on|at|of|each|per|from|by|with|is|was)\b)[a-z]"
)


def _weighed_pounds(text: str, mentions: list[Mention]) -> list[Mention]:
    """Read "pounds" as a mass where the sentence weighs something (see ``_WEIGHT_BEFORE``)."""
    out = []
    for m in mentions:
        if m.figure.unit == "pound_sterling" and _weighs(text, m):
            try:
                figure = attrs.evolve(m.figure, unit="pound_mass")
            except ClaimtrackError:
                pass
            else:
                m = attrs.evolve(m, figure=figure, unit_inferred=True)
        out.append(m)
    return out


def _weighs(text: str, mention: Mention) -> bool:
    """Whether the word "pounds" after this figure is a weight (see ``_WEIGHT_BEFORE``)."""
    surface = mention.text.lower()
    if not surface.endswith(("pound", "pounds")) or "sterling" in surface:
        return False
    scaled = mention.figure.value is not None and abs(mention.figure.value) >= 1_000_000
    start, end = mention.span
    if surface.endswith("-pound") or (surface.endswith(" pound") and mention.figure.value != 1):
        # "a 2,000-pound bomb", "a twenty pound bag"; not "a five-pound note", "20 pound to"
        return _MONEY_THINGS.match(text, end) is None and _NOUN_AFTER.match(text, end) is not None
    if scaled:
        return False  # "2 million pounds" is money
    if _POUNDS_OF.match(text, end) is not None:
        return True
    change = _WEIGHT_CHANGE.search(text, max(0, start - 26), start)
    if change is not None and (
        change.group(1) is None
        or _PRICE_BEFORE.search(text, max(0, change.start() - 50), change.start()) is None
    ):
        return True
    equal = _MASS_EQUAL_BEFORE.search(text, max(0, start - 40), start)
    if equal is not None and _PRICE_BEFORE.search(text, max(0, equal.start() - 50), start) is None:
        return True  # "a tonne is equal to 2,204.62 pounds", "100 kg (220 pounds)"
    if text[end : end + 2] in (" (", "(") and _MASS_AFTER.match(text, end) is not None:
        return True  # "220 pounds (100 kg)"
    return _WEIGHT_BEFORE.search(text, max(0, start - 60), start) is not None


# A currency after a bare number: "18.6 per dollar", "84 against the dollar", "150 to the dollar".
_PER_CURRENCY = re.compile(
    r"[ \u00a0]+(?:per|against[ \u00a0]+the|to[ \u00a0]+the|to[ \u00a0]+one)"
    r"[ \u00a0]+([A-Za-z]+)\b",
    re.I,
)
_WORD_BEFORE = re.compile(r"[A-Za-z]+")
_PER_STARTS = (" per", " against", " to", "\u00a0per", "\u00a0against", "\u00a0to")


def _exchange_rate(text: str, mention: Mention) -> Mention:
    """A bare number quoted against a currency is an exchange rate of the currency named before.

    "The lira fell to 18.6 per dollar" is 18.6 `turkish_lira_per_dollar`; "the rouble
    weakened to 84 against the dollar" 84 `russian_rouble_per_dollar`. The unit comes from
    the sentence (``unit_inferred``); without a currency named before, the number stays bare.
    """
    if not text.startswith(_PER_STARTS, mention.span[1]):
        return mention  # the cheap test first: most bare numbers have no "per" after them
    # imported after the cheap test: an import statement costs about a microsecond
    from claimtrack.quantities import CURRENCIES, rate_unit, unit_alias

    per = _PER_CURRENCY.match(text, mention.span[1])
    if per is None:
        return mention
    den = unit_alias(per.group(1))
    if den is None or den not in CURRENCIES:
        return mention
    start = max(0, mention.span[0] - 160)
    for stop in SENTENCE_END.finditer(text, start, mention.span[0]):
        start = stop.end()  # the sentence's start: after the last full stop before the number
    named = [unit_alias(w.group()) for w in _WORD_BEFORE.finditer(text, start, mention.span[0])]
    numerator = next((u for u in reversed(named) if u in CURRENCIES and u != den), None)
    if numerator is None:
        return mention
    try:
        figure = attrs.evolve(mention.figure, unit=rate_unit(numerator, den))
    except ClaimtrackError:
        return mention
    end = per.end()
    return attrs.evolve(
        mention,
        figure=figure,
        span=(mention.span[0], end),
        surface=text[mention.span[0] : end],
        unit_inferred=True,
    )


def find_figures(text: str, *, policy: Policy | None = None) -> list[Mention]:
    """Return every quantity mentioned in ``text``, in order of position.

    Args:
        text: Any text.
        policy: The hedge policy for the figures' intervals; the default if None.

    Returns:
        The mentions, sorted by the start of their span.

    Example:
        >>> [m.text for m in find_figures("Nearly 3,000 American troops left at 21:30 on Feb. 7.")]
        ['Nearly 3,000 American troops']
        >>> find_figures("tens of thousands of troops")[0].figure.low
        10000.0
    """
    if type(text) is not str:
        raise FigureParseError(f"find_figures() needs a string, got {type(text).__name__}")

    mentions = [
        _build_mention(
            figure,
            (p.start, p.end),
            figure.text,
            p.noun,
            p.modifiers,
            False,
            (p.number_start, p.number_end),
        )
        for p, figure in scan(text, policy or default_policy(), phrase=False)
    ]
    if "pound" in text and mentions:
        mentions = _weighed_pounds(text, mentions)
    if mentions and ("under" in text or "over" in text or "aged" in text):  # a cheap test first
        for i, m in enumerate(mentions):
            mentions[i] = _age_group(text, m, policy) or m
    if "per" in text or "against" in text or " to " in text or "\u00a0to" in text:  # cheap tests
        for i, m in enumerate(mentions):
            if m.figure.unit == "count" and m.noun is None and m.figure.hedge is not Hedge.RANGE:
                mentions[i] = _exchange_rate(text, m)  # "The lira fell to 18.6 per dollar"
    if len(mentions) > 1:
        if ")" in text:
            mentions = _with_asides(text, mentions)
        return _infer_units(text, mentions, policy)
    if mentions and mentions[0].figure.unit == "count" and mentions[0].noun is None:
        return _infer_units(text, mentions, policy)  # a lone bare number may be an age
    return mentions


def parse_phrase(text: str, *, policy: Policy | None = None) -> Figure:
    """Read one figure phrase; the grammar behind :func:`claimtrack.quantities.parse_figure`.

    Raises:
        FigureParseError: If the text holds no figure, or several.
        UnitParseError: If a unit glued to the number cannot be read ("12qx").
    """
    if type(text) is not str:
        raise FigureParseError(f"parse_figure() needs a string, got {text!r}")
    found = scan(text, policy or default_policy(), phrase=True)
    if not found:
        raise FigureParseError(f"no figure in {text!r}")
    if len(found) > 1:
        pieces = ", ".join(repr(text[p.start : p.end]) for p, _ in found)
        raise FigureParseError(
            f"{text!r} holds {len(found)} figures ({pieces}); "
            "give one figure phrase or use find_figures()"
        )
    return found[0][1]
