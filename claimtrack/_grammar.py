"""The figure scanner behind :mod:`claimtrack.mentions` (private: use that module).

The word tables, patterns and the left-to-right scan that find quantity phrases
and read their figures live here, apart from the public records, so that this
module alone can be compiled with mypyc (an optional build, about 1.7x faster)
while :class:`claimtrack.mentions.Mention` stays a plain attrs class.  The pure
Python module is the reference; both give the same results.

This module does not import pint: units are looked up in the alias tables of
:mod:`claimtrack.quantities`, imported on first use.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from claimtrack.exceptions import ClaimtrackError, UnitParseError
from claimtrack.model import Figure, Hedge, _build_figure
from claimtrack.times import ZONE_ABBREVIATIONS

if TYPE_CHECKING:
    from claimtrack.policy import Policy

__all__ = [
    "FRACTION_WORDS",
    "GLUED_ONLY",
    "HEDGE_WORDS",
    "SENTENCE_END",
    "SEPARATOR_WORDS",
    "counted_noun_at",
    "default_policy",
    "is_count",
    "prev_word",
    "rate_after",
    "scan",
]

# ---------------------------------------------------------------------------
# Word tables
# ---------------------------------------------------------------------------

_UNITS_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_MULTIPLIERS: dict[str, int] = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "lakh": 100_000,  # South Asian English: "2 lakh people", "Rs 500 crore"
    "crore": 10_000_000,
}
_SCALE_WORDS: dict[str, int] = {k: v for k, v in _MULTIPLIERS.items() if k != "dozen"}
_SCALE_WORDS["lakh crore"] = 10**12  # "Rs 5.2 lakh crore"
# Vulgar fractions glued to a whole number: "2½ years", "a 3½-hour meeting".
_VULGAR: dict[str, Decimal] = {
    "½": Decimal(1) / 2, "¼": Decimal(1) / 4, "¾": Decimal(3) / 4,
    "⅓": Decimal(1) / 3, "⅔": Decimal(2) / 3, "⅛": Decimal(1) / 8,
    "⅜": Decimal(3) / 8, "⅝": Decimal(5) / 8, "⅞": Decimal(7) / 8,
}  # fmt: skip
_SCALE_ABBR: dict[str, int] = {
    "k": 1_000, "thousand": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
    "bn": 1_000_000_000, "b": 1_000_000_000, "bln": 1_000_000_000,
    "tn": 1_000_000_000_000, "trn": 1_000_000_000_000, "t": 1_000_000_000_000,
}  # fmt: skip
# Plural orders of magnitude: word -> (policy vague key, scale).
_VAGUE_PLURALS: dict[str, tuple[str, int]] = {
    "tens": ("tens", 1),
    "dozens": ("dozens", 1),
    "scores": ("scores", 1),
    "hundreds": ("hundreds", 1),
    "thousands": ("thousands", 1),
    "millions": ("plural", 1_000_000),
    "billions": ("plural", 1_000_000_000),
    "trillions": ("plural", 1_000_000_000_000),
}
_OF_SCALES: dict[str, int] = {
    "thousands": 1_000,
    "millions": 1_000_000,
    "billions": 1_000_000_000,
    "trillions": 1_000_000_000_000,
}
# Quantifiers that need a scale word after them ("several thousand", "a few hundred").
_VAGUE_QUANTIFIERS: dict[str, str] = {"several": "several", "few": "a few", "many": "many"}

HEDGE_WORDS: dict[str, Hedge] = {
    "about": Hedge.APPROX,
    "around": Hedge.APPROX,
    "approximately": Hedge.APPROX,
    "approx.": Hedge.APPROX,
    "approx": Hedge.APPROX,
    "some": Hedge.APPROX,
    "roughly": Hedge.APPROX,
    "an estimated": Hedge.APPROX,
    "estimated": Hedge.APPROX,
    "circa": Hedge.APPROX,
    "maybe": Hedge.APPROX,  # "maybe 20,000 people": a guess at the number
    "perhaps": Hedge.APPROX,
    "possibly": Hedge.APPROX,
    "or so": Hedge.APPROX,
    "~": Hedge.APPROX,
    "≈": Hedge.APPROX,
    "nearly": Hedge.NEARLY,
    "almost": Hedge.NEARLY,
    "just under": Hedge.NEARLY,
    "just shy of": Hedge.NEARLY,
    "close to": Hedge.NEARLY,
    "more than": Hedge.MORE_THAN,
    "greater than": Hedge.MORE_THAN,
    "higher than": Hedge.MORE_THAN,
    "over": Hedge.MORE_THAN,
    "just over": Hedge.MORE_THAN,
    "well over": Hedge.MORE_THAN,
    "upwards of": Hedge.MORE_THAN,
    "in excess of": Hedge.MORE_THAN,
    "above": Hedge.MORE_THAN,
    "exceeded": Hedge.MORE_THAN,  # "the death toll exceeded 4,300", said of a count
    "exceeds": Hedge.MORE_THAN,
    "surpassed": Hedge.MORE_THAN,
    "surpasses": Hedge.MORE_THAN,
    "topped": Hedge.MORE_THAN,
    "passed": Hedge.MORE_THAN,  # "the toll has passed 4,300"; only after a figure noun or "has"
    "crossed": Hedge.MORE_THAN,
    ">": Hedge.MORE_THAN,
    "at least": Hedge.AT_LEAST,
    "no fewer than": Hedge.AT_LEAST,
    "no less than": Hedge.AT_LEAST,
    "a minimum of": Hedge.AT_LEAST,
    "≥": Hedge.AT_LEAST,
    "fewer than": Hedge.LESS_THAN,
    "less than": Hedge.LESS_THAN,
    "lower than": Hedge.LESS_THAN,
    "under": Hedge.LESS_THAN,
    "below": Hedge.LESS_THAN,
    "<": Hedge.LESS_THAN,
    "at most": Hedge.AT_MOST,
    "no more than": Hedge.AT_MOST,
    "a maximum of": Hedge.AT_MOST,
    "≤": Hedge.AT_MOST,
    "up to": Hedge.UP_TO,
    "as many as": Hedge.UP_TO,
    "as much as": Hedge.UP_TO,
}
"""Hedge expressions (lower case) and the hedge each one maps to."""

# Currency signs and codes written before the number.
_CURRENCY_PREFIX: dict[str, str] = {
    "$": "dollar", "us$": "dollar", "us $": "dollar", "u.s.$": "dollar", "usd": "dollar",
    "€": "euro", "eur": "euro", "£": "pound_sterling", "gbp": "pound_sterling",
    "¥": "japanese_yen", "jpy": "japanese_yen", "₹": "indian_rupee", "rs": "indian_rupee",
    "rs.": "indian_rupee", "inr": "indian_rupee", "a$": "australian_dollar",
    "au$": "australian_dollar", "aud": "australian_dollar", "c$": "canadian_dollar",
    "ca$": "canadian_dollar", "cad": "canadian_dollar", "hk$": "hong_kong_dollar",
    "chf": "swiss_franc", "rm": "malaysian_ringgit", "nz$": "new_zealand_dollar",
    "nzd": "new_zealand_dollar", "ps": "pound_sterling", "r$": "brazilian_real",
    "s$": "singapore_dollar", "nt$": "taiwan_dollar", "mx$": "mexican_peso",
}  # fmt: skip

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# Words that end a noun phrase: they cannot be a modifier of the counted noun.
_STOP: frozenset[str] = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "from",
        "by",
        "for",
        "with",
        "and",
        "or",
        "but",
        "nor",
        "as",
        "than",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "this",
        "these",
        "those",
        "there",
        "their",
        "its",
        "his",
        "her",
        "our",
        "your",
        "my",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "not",
        "no",
        "so",
        "if",
        "then",
        "when",
        "while",
        "where",
        "after",
        "before",
        "since",
        "until",
        "per",
        "each",
        "every",
        "all",
        "any",
        "some",
        "more",
        "most",
        "less",
        "least",
        "over",
        "under",
        "about",
        "around",
        "into",
        "onto",
        "out",
        "up",
        "down",
        "off",
        "via",
        "against",
        "between",
        "among",
        "during",
        "without",
        "within",
        "through",
        "across",
        "toward",
        "towards",
        "upon",
        "says",
        "said",
        "say",
        "told",
        "according",
        "including",
        "last",  # "41 last year", "2.1 last season": a time adverbial, not a modifier
        "next",
        "why",
        "how",
        "what",
        "also",
        "just",
        "only",
        "even",
        "still",
        "yet",
        "ago",
        "later",
        "earlier",
        "again",
        "apiece",
        "each",
        "a.m.",
        "p.m.",
        "am",
        "pm",
        "i",
        "he",
        "she",
        "it",
        "we",
        "they",
        "you",
    ]
)
# Single-word unit spellings that are too ambiguous in prose to be read with a space
# before them ("5 in the", "3 m"); they count only when glued to the number ("5in", "3m").
GLUED_ONLY: frozenset[str] = frozenset(
    [
        "in",
        "m",
        "s",
        "t",
        "h",
        "l",
        "g",
        "ha",
        "pc",
        "min",
        "mins",
        "sec",
        "secs",
        "hr",
        "hrs",
        "yr",
        "yrs",
        "mi",
        "pp",
        "p",
        "count",
    ]
)
# Before "X to Y" these make it a change, not a range: "increased by $43.6 billion to ...".
_CHANGE_VERBS: frozenset[str] = frozenset(
    [
        "by",
        "rose",
        "fell",
        "rise",
        "fall",
        "rising",
        "falling",
        "increased",
        "decreased",
        "increase",
        "decrease",
        "up",
        "down",
        "climbed",
        "jumped",
        "dropped",
        "declined",
        "grew",
        "gained",
        "lost",
        "slid",
        "slipped",
        "plunged",
        "soared",
        "surged",
        "cut",
        "raised",
        "lowered",
        "at",
        "was",
        "is",
    ]
)
_FRACTION_WORDS = ("out of", "half", "third", "fourth", "quarter", "fifth", "tenth")
_SEPARATOR_WORDS: frozenset[str] = frozenset(
    [
        "another",
        "further",
        "additional",
        "and",
        "or",
        "but",
        "while",
        "whereas",
        "than",
        "versus",
        "vs",
        "vs.",
        "only",
        "just",
    ]
)

# ---------------------------------------------------------------------------
# Regular expressions (all linear: no nested unbounded repetition)
# ---------------------------------------------------------------------------


def _trie_pattern(words: list[str]) -> str:
    """Return a regex alternation of ``words`` factored as a trie (faster than a flat list)."""
    trie: dict[str, Any] = {}
    for word in words:
        node: dict[str, Any] = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if optional else body

    return walk(trie)


# A candidate starts at a digit or at a number word.
_SPACE = "[ \u00a0\u2009\u202f]"
_FRACTION_DEN: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
FRACTION_WORDS: frozenset[str] = frozenset(
    {*_FRACTION_DEN, *(w + "s" for w in _FRACTION_DEN if w not in ("half", "halves"))}
)
"""The words of fractions ("half", "third", "quarters"), which name a figure, not a thing."""
_FRACTION_ALT = _trie_pattern(sorted(FRACTION_WORDS))


_CANDIDATE_WORDS = sorted(
    {
        *_UNITS_WORDS,
        *_MULTIPLIERS,
        *_VAGUE_PLURALS,
        *_VAGUE_QUANTIFIERS,
        *FRACTION_WORDS,
    }
)
_CANDIDATE_FIRSTS = "".join(sorted({w[0] for w in _CANDIDATE_WORDS}))
_CANDIDATE_TRIE = _trie_pattern(_CANDIDATE_WORDS)
# A word in lower case is matched as written, which is faster than ignoring case; any other
# (with capitals, or with letters that (?i) folds: "ſ", "\u212a") is matched ignoring case.
_CANDIDATE_WORD = (
    rf"(?=[{_CANDIDATE_FIRSTS}{_CANDIDATE_FIRSTS.upper()}])"
    rf"((?:{_CANDIDATE_TRIE}|(?![a-z]+\b)(?i:{_CANDIDATE_TRIE})))\b"
)
# A candidate starts at a digit, at a number word or at a fraction word ("half", "a third").
# The scanner opens with one character class, a digit or a separator, so that the regex
# engine skips letters in C; a word's match opens with the separator before it (group 1
# is the word).  A word at the very start of the text has no separator: _FIRST_WORD.
# The class is "not an ASCII letter", cheaper to test than [\W\d]; the look-behinds then
# keep a digit or a separator (\W) only.
_CANDIDATE = re.compile(rf"[^A-Za-z](?:(?<=\d)|(?<=\W){_CANDIDATE_WORD})")
_FIRST_WORD = re.compile(_CANDIDATE_WORD)
_FIRST_LETTERS = frozenset(_CANDIDATE_FIRSTS + _CANDIDATE_FIRSTS.upper())


def _next_candidate(text: str, pos: int) -> int:
    """Return where the next digit or number word at or after ``pos`` starts, or -1."""
    if pos == 0:
        if text[:1] in _FIRST_LETTERS and _FIRST_WORD.match(text) is not None:
            return 0
    elif not text[pos - 1].isdigit():
        pos -= 1  # the separator before a word at ``pos`` opens the word's match
    m = _CANDIDATE.search(text, pos)
    if m is None:
        return -1
    word = m.start(1)
    return word if word >= 0 else m.start()


_SMALL_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten"
_SCALE_ALT = "(?:hundred|thousand|million|billion|trillion)"
# "two-thirds of", "a quarter of the", "half the", "one out of three", "one in five"
_FRACTION = re.compile(
    rf"(?P<num>{_SMALL_WORDS})[ -](?P<den>(?!quarter){_FRACTION_ALT})\b(?![-–])"
    rf"|(?:(?P<num1>{_SMALL_WORDS})[ -])?(?P<den1>{_FRACTION_ALT})\b"
    # a fraction word alone counts before "of", "the"... or as a whole phrase ("almost half")
    rf"(?={_SPACE}+(?:of|the|their|its|his|her|our|all|(?:an?{_SPACE}+)?{_SCALE_ALT})\b|\Z)"
    rf"|(?P<num2>{_SMALL_WORDS}){_SPACE}+(?:out{_SPACE}+of|in){_SPACE}+(?P<den2>\d{{1,3}}\b|"
    rf"(?:{_SMALL_WORDS}|hundred|thousand)\b)(?![ -](?:thousand|hundred|million|billion)\b)",
    re.I,
)
# A fraction word alone, read after "by" ("rose by a third", "cut by half") and in a figure
# given on its own; elsewhere it must be followed by "of", "the" and the like (``_FRACTION``).
_FRACTION_WORD_ALONE = re.compile(
    rf"(?:(?P<num1>{_SMALL_WORDS})[ -])?(?P<den1>{_FRACTION_ALT})\b(?![-–]|{_SPACE}+an?{_SPACE})",
    re.I,
)
_BY_BEFORE = re.compile(rf"\bby{_SPACE}+(?:(?:a|one){_SPACE}+)?\Z", re.I)
_BY_LAST = frozenset("yYaAeE \u00a0\u2009\u202f")


def _after_by(text: str, pos: int) -> bool:
    """Whether "by" (and "a") stands just before ``pos``: "by a third", "by half"."""
    return (
        pos >= 3
        and text[pos - 1] in _SPACE_CHARS  # cheap test before the regex: "y", "a" or "e"
        and text[pos - 2] in _BY_LAST  # ("by", "a", "one") or a space before the space
        and _BY_BEFORE.search(text, max(0, pos - 9), pos) is not None
    )


# Words before a fraction word that make it an ordinal or a period ("the second half", "Q3").
_NOT_FRACTION_BEFORE: frozenset[str] = frozenset(
    [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "last",
        "final",
        "next",
        "previous",
        "the",
        "this",
        "that",
        "each",
        "every",
        "per",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "latest",
        "same",
        "other",
    ]
)
_DIGITS = re.compile(
    rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d])"
    rf"|\d{{1,3}}(?:{_SPACE}\d{{3}})+(?![\d,]|\.\d|mm\b)"  # a calibre: "3 155mm shells"
    r"|\d+(?:\.\d+)?"
)
_SCIENTIFIC = re.compile(
    rf"{_SPACE}?[×x*]{_SPACE}?10(?:(?:\^|\*\*)([-−]?\d{{1,3}})|(−\d{{1,3}}|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,3}}))"
    r"(?!\d|[.,]\d)"
    r"|[eE]([-+]?\d{1,3})(?![\w.])"
)
_SCI_FIRST = frozenset(" \u00a0\u2009\u202f×x*eE")
_SCI_TIMES = frozenset("×x*")  # after a space, in _SCIENTIFIC
# What a scale word or letter of _SCALE_AFTER starts with, past one space ("-million").
_SCALE_FIRST = frozenset("-hHtTmMbBlLcCkK\u212a")  # "\u212a", the Kelvin sign, is (?i) "k"
_SUPERSCRIPTS = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")
_FRACTION_SCALE = re.compile(  # "half a million", "a quarter of a million", "a third million"
    rf"{_SPACE}+(?:(?:of{_SPACE}+)?an?{_SPACE}+)?(hundred|thousand|million|billion|trillion)\b",
    re.I,
)
# What may stand between a fraction and the noun it divides: "of the", "of its", "the".
_FRACTION_OF = re.compile(
    rf"(?:{_SPACE}+of)?(?:{_SPACE}+(?:the|their|its|his|her|our|all|these|those))?(?={_SPACE})",
    re.I,
)
_OF_A = re.compile(rf"{_SPACE}+of{_SPACE}+an?(?={_SPACE})", re.I)
_MIXED_FRACTION = re.compile(rf"{_SPACE}(\d{{1,2}})/(\d{{1,2}})(?![\d/.,])")
_AND_A_HALF = re.compile(
    rf"{_SPACE}+and{_SPACE}+a{_SPACE}+half\b(?![-–])"
    rf"(?:{_SPACE}+(hundred|thousand|million|billion|trillion)\b)?",
    re.I,
)
_BARE_FRACTION = re.compile(r"\d+(?![\d.,])")
_WORD_SPLIT = re.compile(r"([ \u00a0-]|[ \u00a0]and[ \u00a0])")
_DIGIT_RUN = re.compile(r"[\d.,]*\d")
_WORD = re.compile(r"[A-Za-z]+")
_NUMBER_WORDS_SEQ = re.compile(r"(?i:[a-z]+(?:(?:[ \u00a0-]|[ \u00a0]and[ \u00a0])[a-z]+){0,8})")
_SCALE_AFTER = re.compile(
    rf"{_SPACE}?(?:-)?(?i:(hundred|thousand|million|billion|trillion|lakh{_SPACE}crore|lakh|crore)s?)\b"
    r"|(?i:(k|mn|mln|bn|bln|tn|trn))\b"
    r"|(m|b|t|M|B|T|K)\b"
    rf"|{_SPACE}(bn|mn|tn|mln|bln|trn)\b"
)
# Plural nouns a year qualifies: "from 2019 levels", "at 2010 prices".
_YEAR_NOUNS = frozenset({"levels", "prices", "values", "terms"})
# Plural nouns of what a year (1900 to 2099) is the period of, as a company's or a vote's:
# "had 1988 sales of $14 million", "its 2019 earnings", "the 2018 elections". A number
# written otherwise ("1,988 sales") still counts them.
_PERIOD_NOUNS = frozenset(
    [
        *("sales", "revenues", "earnings", "profits", "losses", "results", "figures"),
        *("budgets", "finances", "forecasts", "elections", "midterms", "primaries"),
    ]
)
_PLUS_AFTER = re.compile(r"(?:\+|-(?i:plus))(?![\w+.,])")
_PERIOD_RATE_AFTER = re.compile(
    rf"{_SPACE}+(?:an?|per|each|every){_SPACE}+(?:hour|day|week|fortnight|month|year|annum)\b", re.I
)
_BEFORE_YEAR = frozenset(
    [
        *("in", "since", "by", "until", "till", "from", "before", "after", "during", "of"),
        *("between", "and", "to", "through", "early", "late", "mid"),
    ]
)
_RESOLUTION_AFTER = re.compile(
    rf"{_SPACE}*(?:(?i:screens?|displays?|monitors?|televisions?|resolution|videos?|footage"
    r"|streaming|content|cameras?|projectors?|gaming)\b|(?:TVs?|UHD|HDR|OLED|Ultra)\b)"
)
_VAGUE_OF = re.compile(rf"{_SPACE}+of{_SPACE}+(thousands|millions|billions|trillions)\b", re.I)
_QUANT_SCALE = re.compile(
    rf"{_SPACE}+(hundred|thousand|million|billion|trillion)s?\b(?:{_SPACE}+of\b)?", re.I
)
_RANGE_JOIN = re.compile(rf"{_SPACE}*(?:-to-|-|–|—|to)(?={_SPACE}*[\d$€£¥₹a-z])", re.I)
_RANGE_OR = re.compile(rf"{_SPACE}+or{_SPACE}+(?=\w)", re.I)
_RANGE_AND = re.compile(rf"{_SPACE}+and{_SPACE}+", re.I)
_TO_WORD = re.compile(rf"{_SPACE}+to{_SPACE}+", re.I)
_OF_WORD = re.compile(rf"{_SPACE}+of(?={_SPACE})", re.I)
_NOUN_WORD = re.compile(
    rf"{_SPACE}+((?>[A-Za-z](?:(?:\.[A-Za-z])+|[A-Za-z'’]*(?:-[A-Za-z]+)*))\.?|\d+)(?![\w/])"
)
_SPACED_POWER = re.compile(rf"{_SPACE}+([A-Za-z]{{1,3}}[23])(?![\w])")
_NEXT_WORD = re.compile(
    rf"{_SPACE}+((?>[A-Za-zµμ](?:(?:\.[A-Za-z])+|[A-Za-z'’]*(?:[-/][A-Za-z]+)*))[²³]?\.?)(?![\w])"
)
_RATIO_AFTER = re.compile(r"-to-(\d{1,6})(?!\d|[.,]\d)")
_SCORE_AFTER = re.compile(r"[-–]\d{1,2}(?!\d|[.,]\d|[%€£$¥₹]|[-–]?[A-Za-z])")
# A zone after four digits makes them a wire-style clock time: "1545 GMT", "0300 local time".
# The zones are those the live-blog stamps know (``times.ZONE_ABBREVIATIONS``), in capitals.
_WIRE_ZONES = "|".join(sorted((z.upper() for z in ZONE_ABBREVIATIONS), key=len, reverse=True))
_WIRE_CLOCK_AFTER = re.compile(rf"{_SPACE}(?:(?-i:{_WIRE_ZONES})\b|(?i:local{_SPACE}time)\b)")


def _is_hhmm(digits: str) -> bool:
    """Whether four digits read as a time of day, "0000" to "2359"."""
    return int(digits[:2]) < 24 and int(digits[2:]) < 60


_OF_AFTER_M = re.compile(rf"{_SPACE}+of\b", re.I)
_MILLION_CONTEXT = re.compile(rf"{_SPACE}+(?:of|people|users|customers|viewers|homes)\b", re.I)
# The upper end of a range in millions after a first end glued to "m": "1m to 2m", "24m–466m".
_MILLIONS_RANGE_END = re.compile(
    rf"(?:{_SPACE}*[-–—]{_SPACE}*|{_SPACE}+(?:to|and){_SPACE}+)[$€£¥₹]?\d{{1,3}}(?:\.\d+)?[mM]\b",
    re.I,
)
_NUMBER_NEXT = re.compile(
    rf"{_SPACE}+(?:\d|(?:{_SMALL_WORDS}|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b)",
    re.I,
)
_ONE_OF = re.compile(
    rf"{_SPACE}+of{_SPACE}+(?:the|my|his|her|its|our|their|your|these|those)(?={_SPACE})", re.I
)
_GLUED_TOKEN = re.compile(r"[A-Za-z°µμ²³/]+")
# A size after a number glued to "m": "1.8m tall", "a 2.5m-high wall"; not "high-risk".
_SIZE_AFTER = re.compile(
    rf"(?:{_SPACE}|-)(?:tall|high|long|wide|deep|thick)\b(?!-)"
    rf"|{_SPACE}in{_SPACE}(?:height|length|diameter|width|depth)\b",
    re.I,
)
# A temperature scale after a degree sign and a space: "100° Celsius", "30° C".
_SCALE_AFTER_DEGREE = re.compile(
    rf"{_SPACE}(?:(?i:celsius|centigrade)|C(?![\w-]))|{_SPACE}(?:(?i:fahrenheit)|F(?![\w-]))"
)
_HYPHEN_WORD = re.compile(r"-([A-Za-z]+(?:-olds?\b)?)")


# A rate after the unit: "$3,500 a month", "63 cents per share", "$15.4/hour",
# "800,000 barrels a day", "52,000 barrel-a-day", "300 people each week".
_RATE_AFTER = re.compile(
    rf"(?:{_SPACE}*/{_SPACE}*|{_SPACE}+(per|an?|each|every)(?:{_SPACE}+|-)|-(a)-)"
    rf"((?:(?:square|sq|cubic|troy|metric){_SPACE}+)?(?:[A-Za-z]*watt{_SPACE}+hours?|[A-Za-z]+))"
    r"(?![\w-])",
    re.I,
)
# "a year ago", "a week earlier": a time, not a rate.
_RATE_NOT_BEFORE = re.compile(
    rf"{_SPACE}+(?:ago|earlier|later|before|after|since|from|of|old)\b|-old\b", re.I
)
_SPACE_RUN = re.compile(rf"{_SPACE}+")
_JOINED = re.compile(r"[-/]")
_RATE_PEOPLE = frozenset(("capita", "head"))
_RATE_TIME = frozenset(("second", "minute", "hour", "day", "week", "month", "year"))


_CURRENCY_BEFORE = re.compile(
    r"(?:(?<![\w$])(?P<code>us|u\.s\.|au|a|ca|c|hk|nz|nt|mx|r|s)?(?P<sym>\$)(?P<after>us|a|nz)?"
    rf"|(?P<sign>[€£¥₹])|(?<![\w])(?P<word>usd|eur|gbp|jpy|inr|aud|cad|chf|nzd|rs\.?|rm){_SPACE}?"
    # "PS" is how ASCII transliteration writes the pound sign ("PS6m", "PS21,700")
    r"|(?<![\w])(?P<ps>(?-i:PS))"
    # "Y=" is how wire copy writes the yen sign in market reports ("to Y=28,030")
    r"|(?<![\w])(?P<yen>(?-i:Y)=)"
    rf"|(?<![\w])(?P<us>us|(?-i:HK|NZ|AU|CA|C)){_SPACE}(?P<sym2>\$))"  # wire style: "C $6"
    rf"{_SPACE}?\Z",
    re.I,
)
_MONTH_NAMES = tuple(_MONTHS.split("|"))
_MONTH_BEFORE = re.compile(rf"(?<![\w])(?:{_MONTHS})\.?,?{_SPACE}+\Z", re.I)
# A lower-case "may" before another word is the verb ("aged 16 may enter"); before a
# year, "that year" or a punctuation mark it is the month ("on 1 may that year").
_MAY_VERB = rf"(?-i:may){_SPACE}+(?!\d{{4}}\b|(?i:that|this|last|next|of|in|to)\b)(?=[A-Za-z])"
_MONTH_AFTER = re.compile(
    rf"(?:st|nd|rd|th)?(?:{_SPACE}*(?:,|and|or|to|-|–){_SPACE}*\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf",?{_SPACE}+(?:of{_SPACE}+)?(?!{_MAY_VERB})(?:{_MONTHS})\b",
    re.I,
)
_CLOCK_AFTER = re.compile(
    rf"(?::\d\d(?::\d\d)?|[.:]\d\d{_SPACE}?(?:am|pm|a\.m\.|p\.m\.)|{_SPACE}?(?:am|pm|a\.m\.|p\.m\.))(?![a-z])",
    re.I,
)
_COLON_RATIO_AFTER = re.compile(r":\d[\d,]*(?:\.\d+)?")  # after the clock times ("3:15") are read
_SLASH_DATE = re.compile(r"[/.-]\d{1,2}[/.-]\d{2,4}\b|/\d{1,4}\b")
_ISO_DATE = re.compile(r"-\d\d-\d\d\b")
_PHONE = re.compile(
    r"\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,5}"
    r"|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b"
    r"|0\d(?:[ .]\d\d){4}\b"
    r"|0\d{2,4}[ .]\d{3,4}[ .]\d{3,4}\b"  # "020 7946 0000", "0800 123 4567"
    r"|1[ .-]\d{3}[ .-]\d{3}[ .-]\d{4}\b"  # "1-800-273-8255"
)
_PHONE_FOURTH = frozenset(") .-")
_LIST_NUMBER = re.compile(r"(?:[.)]|:)[ \t]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“‘(])|\n")


# ---------------------------------------------------------------------------
# Unit lookup (through the quantities tables, imported lazily)
# ---------------------------------------------------------------------------


@functools.cache
def _quantities():  # type: ignore[no-untyped-def]
    from claimtrack import quantities

    return quantities


@functools.cache
def _alias_memo() -> dict[str, str | None]:
    """Return the memo of quantities.unit_alias (one dict for the process, never replaced)."""
    memo: dict[str, str | None] = _quantities()._ALIAS_MEMO
    return memo


def _alias(text: str) -> str | None:
    # Most words were looked up before: read the memo here rather than pay for a call into
    # quantities ("" means not looked up yet; no unit is named "").
    found = _alias_memo().get(text, "")
    if found == "":
        found = _quantities().unit_alias(text)
    return found


@functools.cache
def _table_counts() -> tuple[frozenset[str], frozenset[str]]:
    """Return (count units, other units) among the units the tables know, looked up once."""
    counts: set[str] = set()
    others: set[str] = set()
    for unit in _quantities().known_units():
        (counts if _ask_is_count(unit) else others).add(unit)
    return frozenset(counts), frozenset(others)


def _ask_is_count(unit: str) -> bool:
    try:
        return bool(_quantities().is_count(unit))
    except ClaimtrackError:
        return False


@functools.lru_cache(maxsize=8192)
def _is_count_other(unit: str) -> bool:
    return _ask_is_count(unit)


def _is_count(unit: str) -> bool:
    """Whether ``unit`` counts things; the table units are looked up once, in bulk."""
    counts, others = _table_counts()
    if unit in counts:
        return True
    if unit in others:
        return False
    return _is_count_other(unit)  # a noun defined later with define_count_noun


# ---------------------------------------------------------------------------
# Parsing pieces
# ---------------------------------------------------------------------------


# The scanner's scratch records are plain classes, not attrs classes: mypyc compiles a plain
# class in this module into a native one (fields read without a dictionary lookup), and
# the records never leave the module.
class _Amount:
    """A number read at one place: exact value or vague (key, scale)."""

    __slots__ = (
        "currency", "end", "evidence_end", "plain_digits", "scaled", "vague", "value", "words",
    )  # fmt: skip

    def __init__(
        self,
        value: Decimal | None,
        end: int,
        scaled: bool = False,
        vague: tuple[str, int] | None = None,
        words: bool = False,
        plain_digits: str = "",
    ) -> None:
        self.value = value
        self.end = end
        self.scaled = scaled
        self.vague = vague
        self.words = words
        self.plain_digits = plain_digits
        self.currency = ""  # the currency written before a range's upper end ("and $9")
        self.evidence_end = 0  # where the words that scale the number end ("35m of")


def _dollar(code: str) -> str:
    """The currency of a dollar sign with a country code glued to it ("US$", "$A", "C$")."""
    return _CURRENCY_PREFIX.get(f"{code}$", "dollar")


def _read_digits(text: str, pos: int, *, money: bool, run_end: int = 0) -> _Amount | None:
    """Read the number in digits at ``pos`` ("3,000", "2.5", "1 500", "6.02e23", "5m").

    ``run_end`` is where the run of digits, points and commas at ``pos`` ends, if known
    (``_skip_token_end``): a run of digits alone is then the number, unless a space and a
    digit follow ("12 000"), without the regex.
    """
    if (
        run_end > pos
        and text[pos:run_end].isdecimal()  # what \d matches
        and not (
            run_end - pos <= 3
            and text[run_end : run_end + 1] in _SPACE_CHARS
            and text[run_end + 1 : run_end + 2].isdecimal()
        )
    ):
        raw = digits = text[pos:run_end]
        plain = True
        end = run_end
    else:
        m = _DIGITS.match(text, pos)
        if m is None:
            return None
        raw = m.group()
        plain = raw.isdigit()
        digits = raw
        if not plain and not raw.replace(".", "", 1).isdigit():  # thousands separators
            digits = raw.replace(",", "").replace(" ", "").replace("\u00a0", "")
            digits = digits.replace("\u2009", "").replace("\u202f", "")
        end = m.end()
    try:
        value = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the pattern only admits digits
        return None
    # The characters after the number ("" at the end of the text) decide which of the
    # regexes below can match: cheap tests before them.
    after = text[end : end + 1]
    spaced = after != "" and after in _SPACE_CHARS
    second = text[end + 1 : end + 2] if spaced else ""
    if after in _SCI_FIRST and (not spaced or second in _SCI_TIMES):
        sci = _SCIENTIFIC.match(text, end)
        if sci is not None:  # "2.998×10−8", "6.02e23", "1.5 x 10^6"
            exponent = (sci.group(1) or sci.group(2) or sci.group(3)).translate(_SUPERSCRIPTS)
            power = int(exponent.replace("−", "-"))
            return _Amount(value.scaleb(power), sci.end(), scaled=True)
    if plain and after in _VULGAR:
        return _Amount(value + _VULGAR[after], end + 1)  # "2½ years"
    if plain and spaced and second.isdigit():
        mixed = _MIXED_FRACTION.match(text, end)
        if mixed is not None and 0 < int(mixed.group(1)) < int(mixed.group(2)):
            # "7 3/4 %", "2 1/2 in": a whole number and a fraction
            value += Decimal(int(mixed.group(1))) / Decimal(int(mixed.group(2)))
            return _Amount(value, mixed.end())
    amount = _Amount(value, end, plain_digits=raw if plain else "")
    if after not in _SCALE_FIRST and second not in _SCALE_FIRST:
        return amount  # no scale word or letter follows
    s = _SCALE_AFTER.match(text, end)
    if s is not None:
        word = s.group(1) or s.group(2) or s.group(3) or s.group(4)
        key = word.lower()
        if key[:5] == "lakh" and len(key) > 6:
            key = "lakh crore"  # "lakh\u00a0crores"
        glued_single = s.group(3) is not None
        if glued_single and key in ("b", "t") and not (money or word.isupper()):
            return amount
        if (
            key == "k"
            and raw in ("4", "8")
            and not money
            and _RESOLUTION_AFTER.match(text, s.end())
        ):
            return None  # a display's name, as "5G" is a network's: "a 4K screen", "8K TVs"
        if (
            glued_single
            and word == "m"
            and not money
            and (
                ("." not in raw and not _millions_after(text, s.end()))
                or _SIZE_AFTER.match(text, s.end()) is not None
            )
        ):
            # "100m" is a hundred metres and "1.8m tall" metres; "2.7m", "$5m", "500m
            # soldiers" are millions
            return amount
        if glued_single and word == "m" and not money and "." not in raw:
            of = _OF_AFTER_M.match(text, s.end())
            if of is not None:  # "35m of": the phrase must hold the "of" that makes millions
                amount.evidence_end = of.end()
        scale = _SCALE_WORDS.get(key) or _SCALE_ABBR.get(key)
        if scale:
            amount.value = value * scale
            amount.end = s.end()
            amount.scaled = True
            amount.plain_digits = ""
    return amount


def _millions_after(text: str, pos: int) -> bool:
    """Whether what follows a whole number glued to "m" at ``pos`` makes the "m" millions.

    It does before people or a currency ("500m soldiers", "20m people", "500m dollars"), and
    in a range whose upper end does ("1m to 2m people", "24m–466m refugees").
    """
    if _MILLION_CONTEXT.match(text, pos) or _counted_after(text, pos):
        return True
    upper = _MILLIONS_RANGE_END.match(text, pos)
    return upper is not None and (
        _MILLION_CONTEXT.match(text, upper.end()) is not None or _counted_after(text, upper.end())
    )


def _counted_after(text: str, pos: int) -> bool:
    """Whether a count noun or a currency follows at ``pos`` ("500m soldiers", "500m dollars")."""
    unit = _spaced_unit(text, pos, max_modifiers=1)
    if unit is None:
        return False
    return unit.unit in _quantities().CURRENCIES or (unit.unit != "count" and _is_count(unit.unit))


def _read_words(text: str, pos: int) -> _Amount | None:
    """Read a number written in words ("twenty-five", "two hundred and ten", "a dozen")."""
    m = _NUMBER_WORDS_SEQ.match(text, pos)
    if m is None:
        return None
    tokens = _WORD_SPLIT.split(m.group())
    total = 0
    current = 0
    seen = False
    offset = pos
    end = pos
    last_kind = ""
    pending_sep = ""
    for token in tokens:
        if not token:
            continue
        if token in (" ", "\u00a0", "-") or token[1:-1] == "and":
            pending_sep = " and " if len(token) == 5 else " "
            offset += len(token)
            continue
        word = token.lower()
        if word == "and" and last_kind == "mult" and pending_sep == " ":
            pending_sep = " and "
            offset += len(token)
            continue
        if pending_sep == " and " and last_kind != "mult":
            break
        if word in _UNITS_WORDS:
            v = _UNITS_WORDS[word]
            if last_kind == "unit" and not (current % 100 >= 20 and current % 10 == 0 and v < 10):
                break
            if last_kind == "unit" and pending_sep == " and ":
                break
            current += v
            last_kind = "unit"
        elif word in _MULTIPLIERS:
            mult = _MULTIPLIERS[word]
            if mult >= 1000:
                total += (current or 1) * mult
                current = 0
            else:
                current = (current or 1) * mult
            last_kind = "mult"
        else:
            break
        seen = True
        offset += len(token)
        end = offset
        pending_sep = ""
    if not seen:
        return None
    scaled = current == 0 and total > 0 and last_kind == "mult"
    return _Amount(Decimal(total + current), end, words=True, scaled=scaled)


def _read_vague(text: str, pos: int) -> _Amount | None:
    """Read "tens of thousands", "hundreds", "several thousand", "a few hundred", "dozens"."""
    m = _WORD.match(text, pos)
    if m is None:
        return None
    word = m.group().lower()
    end = m.end()
    if word in _VAGUE_PLURALS:
        key, scale = _VAGUE_PLURALS[word]
        of = _VAGUE_OF.match(text, end)
        if of is not None and scale == 1:
            scale = _OF_SCALES[of.group(1).lower()]
            end = of.end()
        return _Amount(None, end, vague=(key, scale), words=True)
    if word in _VAGUE_QUANTIFIERS:
        q = _QUANT_SCALE.match(text, end)
        if q is None:
            return None
        scale = _SCALE_WORDS[q.group(1).lower()]
        plural = text[q.end(1) : q.end(1) + 1] in ("s", "S")  # "" at the end of the text
        return _Amount(None, q.end(1) + (1 if plural else 0),
                       vague=(_VAGUE_QUANTIFIERS[word], scale), words=True)  # fmt: skip
    return None


class _Unit:
    """The unit read after a number: its name, where it ends, the counted noun and modifiers."""

    __slots__ = ("end", "modifiers", "noun", "unit")

    def __init__(
        self, unit: str, end: int, noun: str | None = None, modifiers: tuple[str, ...] = ()
    ) -> None:
        self.unit = unit
        self.end = end
        self.noun = noun
        self.modifiers = modifiers


def _glued_unit(text: str, pos: int) -> tuple[_Unit | None, bool]:
    """Read a unit glued to the number ("5km", "3%", "24-hour"); (unit, letters_follow)."""
    if pos >= len(text):
        return None, False
    ch = text[pos]
    if ch == " ":  # most numbers stand before a space and a word: "5 people"
        nxt = text[pos + 1 : pos + 2]
        if nxt not in _AFTER_SPACE_MARKS or (
            nxt in _CURRENCY_SIGNS and not _lone_sign(text, pos + 1)
        ):
            return None, False
        pos += 1  # "5 °C", "7.57 %", "15 €"
        ch = text[pos]
    if ch == "%":
        return _Unit("percent", pos + 1), False
    if ch in "€£$¥₹" and not text[pos + 1 : pos + 2].isalnum():
        return _Unit(_CURRENCY_PREFIX[ch], pos + 1), False  # a sign after: "1,200€"
    if ch == "-":
        hm = _HYPHEN_WORD.match(text, pos)
        if hm is not None:
            unit = _alias(hm.group(1))
            if unit is not None and hm.group(1).lower() not in GLUED_ONLY:
                return _Unit(unit, hm.end(), noun=hm.group(1)), False
        return None, False
    m = _GLUED_TOKEN.match(text, pos)
    if m is None:
        return None, False
    token = m.group()
    end = m.end()
    if text[end : end + 1].isdigit():  # "5km2" is square kilometres; "369t5" is no unit
        if text[end] not in "23" or text[end + 1 : end + 2].isalnum():
            return None, True
        token, end = text[pos : end + 1], end + 1
    if len(token) == 1 and token in _GLUED_LETTERS:
        glued = _glued_letter(text, pos, end)
        return glued, glued is None
    if token == "°":
        scale = _SCALE_AFTER_DEGREE.match(text, end)
        if scale is not None:
            celsius = scale.group().lstrip()[0] in "Cc"
            return _Unit("degree_Celsius" if celsius else "degree_Fahrenheit", scale.end()), False
    unit = _alias(token)
    if unit is not None and not (len(token) == 1 and token.isupper() and token != "L"):
        if token.lower() in ("s",):
            return None, True
        return _Unit(unit, end), False
    return None, True


# The marks that may follow a number after a space: "5 °C", "7.57 %", "15 €".
_AFTER_SPACE_MARKS = frozenset("°%€£$¥₹")
_CURRENCY_SIGNS = frozenset("€£$¥₹")


def _lone_sign(text: str, pos: int) -> bool:
    """Whether the currency sign at ``pos`` stands alone after a number: "15 €", "10 $ is".

    Not before a word or an amount of its own ("5 $ 10 bills", "19 % to hk $ 10.05").
    """
    after = text[pos + 1 : pos + 3]
    return not (after[:1].isalnum() or (after[:1] in _SPACE_CHARS and after[1:2].isdigit()))


def _spaced_unit(text: str, pos: int, *, max_modifiers: int = 3, one: bool = False) -> _Unit | None:
    """Read the unit noun phrase after the number ("American troops", "per cent").

    ``one``: the number is one, so a singular noun may be what it counts ("one base unit").
    """
    # A word (or "km2") is read only after a space: before a full stop, a comma, a bracket or
    # at the end of the text there is no unit, and no pattern need be tried.
    if pos >= len(text) or text[pos] not in _SPACE_CHARS:
        return None
    words: list[tuple[str, int, int]] = []
    p = pos  # where the next word would start; -1 once the phrase has ended
    heads = _quantities().alias_heads()
    for i in range(max_modifiers + 1):
        if len(words) == i and p >= 0:  # read words only as they are needed
            p = _read_word(_NEXT_WORD, text, p, words)
        if i >= len(words):
            if i == 0:  # no word: perhaps a unit squared or cubed, "603,628 km2"
                square = _SPACED_POWER.match(text, pos)
                unit = _alias(square.group(1)) if square is not None else None
                if square is not None and unit is not None:
                    return _Unit(unit, square.end())
            break
        w, w_start, _ = words[i]
        if i == 0 and len(w) <= 2 and w.rstrip(".") in _SPACED_LETTERS:
            return _unit_letter(text, words[0])
        first_lower = w.lower()
        if i == 0 and first_lower in _MULTIPLIERS:
            return None  # "5 dozen eggs": a number word, not the unit "dozen" of a price
        multi = first_lower in heads
        if multi:  # a multi-word spelling ("per cent", "service members"): two words more
            while len(words) < i + 3 and p >= 0:
                p = _read_word(_NEXT_WORD, text, p, words)
        n = len(words)
        for k in (3, 2, 1) if multi else (1,):
            if i + k > n:
                continue
            # one word is its own surface; a longer spelling runs to the end of its last word
            surface = w if k == 1 else text[w_start : words[i + k - 1][2]]
            key = surface.rstrip(".") if surface[-1] == "." else surface
            if key[-1] in "'’" and k == 1:
                key = key[:-1]  # a possessive plural: "six weeks' time", "three days' notice"
            unit = _alias(key)
            if unit is None and k == 1 and ("-" in key or "/" in key):
                head = _JOINED.split(key, 1)[0]  # "barrel-a-day", "euros/day"
                unit = _alias(head) if head.lower() not in _NOT_HEADS else None
                key = head if unit is not None else key
            if unit is None or unit == "count":
                continue
            if k == 1 and key.lower() in GLUED_ONLY:
                continue
            # Only a counted noun may be a modifier of the next word ("Navy ships"): the next
            # word is read, and looked up, for it alone ("1.4 times book value" is no count).
            if k == 1 and unit != "time" and _is_count(unit):
                j = i + 1
                if j >= n and p >= 0:
                    _read_word(_NEXT_WORD, text, p, words)  # the word after the noun, if any
                    n = len(words)
                if j < n and words[j][0].lower() not in GLUED_ONLY:
                    after = words[j][0]
                    head = after[:-1] if _ends_sentence(after) else after
                    later = _alias(head)  # "136 civilian deaths." ends a sentence: no dot
                    if (
                        later is not None
                        and later != "count"
                        and _is_count(later)  # "troops in." ends with no unit "in" (inch)
                        and (one or head.lower() != later)
                    ):
                        # a noun used as a modifier: "separatist regions", "Navy ships"; not
                        # before a singular noun, which the number cannot count: "3 cylinder
                        # engine" counts cylinders
                        i, unit, key = j, later, head
            end = words[i][1] + len(key)
            mods = tuple([x for x, _, _ in words[:i]]) if i else ()
            return _Unit(unit, end, key, mods)
        lw = first_lower.rstrip(".")
        ends = w[-1] == "." and _ends_sentence(w)
        if i == 0 and lw in _MORE_OR_FEWER and not ends:
            continue  # "3,000 more troops", "500 fewer jobs"
        if lw in _STOP or lw in _UNITS_WORDS or lw in _MULTIPLIERS or ends:
            break
    return None


def _read_word(
    pattern: re.Pattern[str], text: str, p: int, words: list[tuple[str, int, int]]
) -> int:
    """Append the word that ``pattern`` reads at ``p`` to ``words``; return where it ends.

    Return -1 where the phrase ends: where no word follows, and after a word that ends a
    sentence ("troops."). The word is the pattern's group 1, which runs to the match's end.
    """
    m = pattern.match(text, p)
    if m is None:
        return -1
    w = m.group(1)
    words.append((w, m.start(1), m.end(1)))
    return -1 if w[-1] == "." and _ends_sentence(w) else m.end()


_MORE_OR_FEWER = frozenset(("more", "fewer"))
# Units whose spelling also opens a joined word that is no unit: "500 yo-yos" are toys.
_NOT_HEADS = frozenset(("yo",))


# A unit written as one capital letter after a number: "30 C outside", "a 65 W charger".
_UNIT_LETTERS = {"C": "degree_Celsius", "F": "degree_Fahrenheit", "W": "watt", "V": "volt"}
# Spaced, "p" is pence too: "down 68 p at 1112 p" (glued, "5p" is in the unit table).
_SPACED_LETTERS = {**_UNIT_LETTERS, "p": "penny"}
# Glued: "a 100W bulb", "a 12V battery", "hit 40C (104F)"; not "5G", "4K", "3M".
_GLUED_LETTERS = frozenset("WVCF")
_LOWER_WORD_AFTER = re.compile(rf"{_SPACE}+[a-z]")
# An acronym and a word in lower case after "W" or "V": "a 5 W USB-C charger", "a 12 V DC motor".
_ACRONYM_NOUN_AFTER = re.compile(rf"{_SPACE}+[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)?{_SPACE}+[a-z]")
# A latitude just before: "45 N 60 W", "51.5N, 0.1W" give a longitude, not watts.
_LATITUDE_BEFORE = re.compile(rf"\d[\d.]*{_SPACE}?°?{_SPACE}?[NS],?{_SPACE}*[\d.]+{_SPACE}?\Z")


def _unit_letter(text: str, word: tuple[str, int, int]) -> _Unit | None:
    """Read "C", "F", "W", "V" or "p" alone after a number ("30 C outside", "down 68 p at").

    Only where the letter ends the text, stands before a punctuation mark other than a
    hyphen, or before a word in lower case (for "W" and "V" also before an acronym and such a
    word: "a 5 W USB-C charger"): "5 C-130s" and "23456 F Block" are names, and a "W" after a
    latitude is a longitude ("45 N 60 W").
    """
    letter, start, end = word
    after = text[end : end + 1]
    if after == "-" or (
        after
        and after in _SPACE_CHARS
        and not _LOWER_WORD_AFTER.match(text, end)
        and not (letter in ("W", "V") and _ACRONYM_NOUN_AFTER.match(text, end))
    ):
        return None
    if letter[0] == "W" and _LATITUDE_BEFORE.search(text, max(0, start - 24), start):
        return None
    return _Unit(_SPACED_LETTERS[letter.rstrip(".")], end - letter.endswith("."))


def _glued_letter(text: str, pos: int, end: int) -> _Unit | None:
    """Read a unit letter glued to the number ("100W", "12V", "40C", "104F").

    Not an oil grade ("5W-30"), a longitude ("45N 60W"), nor part of a name after a
    capitalised word ("Room 40C", "Class 1F").
    """
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isdigit():
        return None
    if text[pos] == "W" and _LATITUDE_BEFORE.search(text, max(0, pos - 24), pos):
        return None
    floor = max(0, pos - 40)  # a number is short: never look back to the start of a long line
    space = max(text.rfind(" ", floor, pos), text.rfind("\u00a0", floor, pos))
    if space > 0:
        name = _CAP_NAME_BEFORE.search(text, max(0, space - 24), space + 1)
        if name is not None and name.group(1).lower() not in _STOP:
            return None
    return _Unit(_UNIT_LETTERS[text[pos]], end)


def _prime(text: str, end: int, before: str, num_start: int, *, phrase: bool) -> _Unit | None:
    """Read a foot or an inch written as a prime after a number: 6′, 30', 5'11", 11″.

    An apostrophe is a foot unless the number opens a quotation ('30'); a straight
    double quote is an inch only after a foot written that way ("5'11"") or in a figure
    given alone (``phrase``). Neither is a unit before a letter ("1990's").
    """
    mark = text[end]
    if text[end + 1 : end + 2].isalpha():
        return None
    if mark == "′" or (mark == "'" and before not in "'‘\"“"):
        return _Unit("foot", end + 1)
    if mark == "″" or (
        mark == '"'
        and (phrase or (before in "'′" and num_start >= 2 and text[num_start - 2].isdigit()))
    ):
        return _Unit("inch", end + 1)
    return None


def _ends_sentence(word: str) -> bool:
    """Whether a word read after a number ends with a full stop ("troops."; not "U.S.")."""
    return word.endswith(".") and "." not in word[:-1]


def _unknown_noun(text: str, pos: int, *, singular: bool = False) -> _Unit | None:
    """Read the counted noun after a phrase ("bosses", "Kia and Hyundai vehicles").

    The head is the first plural word in lower case (its unit is the table's if the table
    knows the noun, else ``count``); capitalised words, model numbers
    ("Model 3 sedans") and adjectives joined by "and" ("digital and physical sales") may
    stand before it. After "one" (``singular``) the head is the last word of a short phrase
    that ends at a stop word or a punctuation mark ("one solution that", "in one area.").
    """
    # A word is read only after a space: before a full stop, a comma, a bracket or at the end
    # of the text there is no noun, and no pattern need be tried.
    if pos >= len(text) or text[pos] not in _SPACE_CHARS:
        return None
    words: list[tuple[str, int, int]] = []  # six at most
    p = pos  # where the next word may start; -1 once the phrase has ended
    for i in range(6):
        if len(words) == i and p >= 0:  # read words only as they are needed
            p = _read_word(_NOUN_WORD, text, p, words)
        if i >= len(words):
            break
        w, _start, end = words[i]
        lw = w.lower()
        if w[0].isdigit():
            if i == 0 or not words[i - 1][0][0].isupper():
                return None  # a model number only after a name: "Model 3 sedans"
            continue
        if i == 0 and lw in ("most", "least"):
            continue  # "one of the most spectacular catches"
        if i == 0 and lw in _MORE_OR_FEWER:
            continue  # "300 more vehicles"
        if lw == "and" and i > 0 and not words[i - 1][0][0].isdigit():
            if len(words) == i + 1 and p >= 0 and i < 5:
                p = _read_word(_NOUN_WORD, text, p, words)  # is there a word after "and"?
            if i < len(words) - 1:
                continue  # "Kia and Hyundai vehicles", "digital and physical sales"
        word = lw.rstrip(".")  # a noun may end the sentence: "digital copies."
        if word in _STOP or word in _UNITS_WORDS or word in _MULTIPLIERS:
            if singular and i and word in _STOP:
                return _singular_head(words, i)
            return None
        if (
            len(word) > 3
            and word.isalpha()
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is", "ous"))
            and (w[0].islower() or word.endswith("ans"))  # "millions of Americans"
        ) or (
            (w[0].isupper() and _PLURAL_ACRONYM.fullmatch(w.rstrip(".")))  # "650 MPs", "3 SUVs"
            or (w[0].islower() and word in _quantities().SHARED_CURRENCY_NOUNS)  # "5 kroner"
        ):
            if i and words[i - 1][0].lower() == "and":
                return None  # coordinated with the word before: "4,000 screen and costs"
            noun = w[: len(word)]
            mods = tuple([x for x, _, _ in words[:i]])
            known = _alias(noun)  # a table noun behind a long phrase: "Kia and Hyundai vehicles"
            if known is not None and known != "count" and not _is_count(known):
                return None  # a measure, not a counted noun
            unit = known if known is not None else "count"
            return _Unit(unit, end - len(w) + len(noun), noun, mods)
        if _ends_sentence(w):
            return _singular_head(words, i + 1) if singular else None
    if singular and words and len(words) < 6 and words[-1][2] >= len(text):
        return _singular_head(words, len(words))  # the phrase ends the text
    return None


def _singular_head(words: list[tuple[str, int, int]], n: int) -> _Unit | None:
    """The last of the first ``n`` words as a singular counted noun ("one solution")."""
    if n > 3:
        return None
    w, start, _ = words[n - 1]
    w = w.rstrip(".")
    if len(w) < 3 or not w.isalpha() or not w.islower() or w.endswith(("ly", "ed")):
        return None
    if w in _STOP or w in _UNITS_WORDS or w in _MULTIPLIERS or w in _FRACTION_DEN:
        return None  # "two-thirds and ...": a joining word or a number word is no noun
    mods = tuple([x for x, _, _ in words[: n - 1]])
    return _Unit("count", start + len(w), noun=w, modifiers=mods)


class _Phrase:
    """One figure phrase found by the scan: offsets, the figure's parts, unit, noun, modifiers."""

    __slots__ = (
        "end", "figure_args", "modifiers", "noun", "number_end", "number_start", "start", "unit"
    )  # fmt: skip

    def __init__(
        self,
        start: int,
        end: int,
        number_start: int,
        number_end: int,
        figure_args: tuple[Decimal | None, Decimal | None, Hedge, tuple[str, int] | None],
        unit: str,
        noun: str | None,
        modifiers: tuple[str, ...],
    ) -> None:
        self.start = start
        self.end = end
        self.number_start = number_start
        self.number_end = number_end
        self.figure_args = figure_args
        self.unit = unit
        self.noun = noun
        self.modifiers = modifiers


@functools.cache
def _iso_codes() -> dict[str, str]:
    """Return the currencies of the table by ISO 4217 code ("NOK": "norwegian_krone")."""
    codes: dict[str, str] = _quantities().currency_names()
    return codes


# ISO codes that also name things before a number: a climate summit ("COP 27"), a
# programming language ("PHP 8"), a petrol grade ("RON 95"), a holiday ("CNY 2024"). Before
# a number they are money only when it is written as money: "COP 1.2 billion", "PHP 5,000".
_CODE_NAMES = frozenset(("COP", "PHP", "RON", "CNY"))


def _iso_code_before(text: str, end: int) -> int:
    """Return where an ISO 4217 code in capitals ending at ``end`` starts ("NOK 14,000"), or -1.

    Only a code of the currency table, standing alone: "SEK" in "SEK 5m", not "ASEK 5" nor
    "X-SEK 5". In capitals only, so that words are never read as codes ("try 5").
    """
    start = end - 3
    if start < 0:
        return -1
    code = text[start:end]
    if not (code.isascii() and code.isalpha() and code.isupper()):
        return -1
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_'’.$€£¥₹"):
        return -1
    return start if code in _iso_codes() else -1


# South African rand written "R" before a scaled amount: "R400 billion", "R2.5bn", "R30m";
# "R35" alone is a name (a road, a model).
_RAND_AMOUNT = re.compile(
    rf"\d[\d,]*(?:\.\d+)?(?:{_SPACE}?(?i:billion|million|trillion|bn|mn|tn)|m)\b"
)


def _rand_at(text: str, pos: int) -> bool:
    """Whether the digits at ``pos`` after an "R" are an amount in rand ("R400 billion")."""
    return (
        pos >= 1
        and text[pos - 1] == "R"
        and (pos < 2 or not (text[pos - 2].isalnum() or text[pos - 2] in "-_"))
        and _RAND_AMOUNT.match(text, pos) is not None
    )


# What may stand before a fraction word given alone to parse_figure: "half", "a third",
# "one quarter". Matched from the start and failing at the first other character, so that a
# long text costs nothing per candidate.
_LONE_PREFIX = re.compile(r"\s*(?:(?i:a|one)\s*)?")
_SUBUNITS = frozenset(("cent", "penny", "sen"))  # prices too: "5p a litre", "63 cents a share"


_RATE_FIRST = frozenset(" \u00a0\u2009\u202f/-")
_RATE_SECOND = " \u00a0\u2009\u202f/pPaAeE"  # a string: "" (the end of the text) is in it


def _rate_after(text: str, pos: int, unit: str) -> tuple[str, int] | None:
    """Read "per month", "a share", "/hour" after a figure's ``unit``; (rate unit, end) or None.

    After "a", "an", "each" or "every" a time or a count noun makes a rate
    ("$3,500 a month", "20 cents a share"), and so does any unit after a price
    ("€1.80 a litre"); after "per" or "/" any known unit does ("$10 per gram").
    A time followed by "ago", "earlier" and the like is a date, not a rate
    ("$5m a year ago").
    """
    # Every rate opens with a space, "/" or "-" ("a month", "/hour", "-a-day") and, after the
    # first character, a space, "/" or the first letter of "per", "a", "an", "each" or
    # "every": most figures end before ", " or " in ", which need no pattern to be rejected.
    if pos >= len(text) or text[pos] not in _RATE_FIRST:
        return None
    if text[pos] != "/" and text[pos + 1 : pos + 2] not in _RATE_SECOND:
        return None
    m = _RATE_AFTER.match(text, pos)
    if m is None:
        return None
    word = m.group(3)
    lw = word.lower()
    if lw in _RATE_PEOPLE and m.group(1):
        den: str | None = "person"
    else:  # "square  metre" is "square metre"; one word needs no pattern run
        den = _alias(lw if lw.isalpha() else _SPACE_RUN.sub(" ", lw))
    if den is None or den in ("count", "percent", "cent"):
        return None
    if den == "dozen" and not _per_dozen(text, m.end(), unit):
        return None  # "300 troops a dozen miles away", "$2bn a dozen years ago"
    joiner = (m.group(1) or m.group(2) or "/").lower()
    if den in _quantities().CURRENCIES and not (
        joiner == "per" and unit in _quantities().CURRENCIES and unit != den
    ):
        return None  # money per money is an exchange rate only as "84 roubles per dollar"
    if (
        joiner not in ("per", "/")
        and den not in _RATE_TIME
        and not _is_count(den)
        and unit not in _quantities().CURRENCIES
        and unit not in _SUBUNITS
    ):
        return None  # "troops a mile from the border"; but a price: "€1.80 a litre"
    if joiner == "/" and lw in GLUED_ONLY and den not in _RATE_TIME:
        return None  # "$5/m": a month or a metre
    if _RATE_NOT_BEFORE.match(text, m.end()):
        return None
    name: str = _quantities().rate_unit(unit, den)  # both are canonical: it cannot fail
    return name, m.end()


def _per_dozen(text: str, end: int, unit: str) -> bool:
    """Whether "a dozen" ending at ``end`` is what a price is per ("64.2 cents a dozen").

    Only after money, and with no noun after it that the dozen would count ("a dozen years").
    """
    if unit not in _quantities().CURRENCIES and unit not in _SUBUNITS:
        return False
    noun = _NOUN_WORD.match(text, end)
    return noun is None or noun.group(1).lower() in _STOP


def _rate_after_material(text: str, pos: int, unit: str) -> tuple[str, int, int] | None:
    """Read a rate in time after what a measure is of: "2,000 tonnes of steel a day".

    At ``pos`` stands " of " and one or two words in lower case (not a joining word);
    only a time makes the rate there ("30 tonnes of coal an hour", "4,000 cubic metres
    of natural gas per hour"). Returns (rate unit, end, end of what is measured) or None.
    """
    p = pos + 3
    for _ in range(2):
        m = _NEXT_WORD.match(text, p)
        if m is None:
            return None
        word = m.group(1)
        if not word.isalpha() or not word.islower() or word in _STOP:
            return None
        p = m.end()
        per = _RATE_AFTER.match(text, p)
        if per is not None and _alias(per.group(3)) in _RATE_TIME:
            rate = _rate_after(text, p, unit)
            return None if rate is None else (*rate, p)
    return None


def _skip_token_end(text: str, pos: int) -> int:
    """Return where the digit run at ``pos`` ends (so a skipped number is skipped whole)."""
    run = _DIGIT_RUN.match(text, pos)  # its trailing "." and "," left out
    return pos + 1 if run is None else max(run.end(), pos + 1)


def _prev_word(text: str, pos: int) -> str:
    """Return the word just before ``pos`` (separated by spaces), or ""."""
    words = _words_before(text, pos, 1)
    return words[0][0] if words else ""


_WEEKDAY_NAMES = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)  # no name: a day before a figure dates what follows ("Police said Monday 45 died")
_CAP_NAME_BEFORE = re.compile(r"(?<![\w.'’-])([a-z]*[A-Z][A-Za-z]*)[ \u00a0]\Z")
# Words that a number after them labels, as an item is numbered: "day 300", "round 2"; or
# names, as a road, an exit or a clause is named: "highway 115", "exit 436", "article 5".
_LABEL_BEFORE = re.compile(
    r"\b(?i:day|week|round|stage|phase|game|lap|chapter|page|section|item|level|tier|grade"
    r"|episode|season|gate|room|flight|platform|number|no\.|highway|route|interstate|exit"
    r"|junction|terminal|pier|article|clause|verse|amendment)[ \u00a0]+\Z"
)
# Words that open a sentence before a figure without naming anything: "Yesterday 300 ...".
_SENTENCE_OPENERS = frozenset(
    [
        *("yesterday", "today", "tonight", "overall", "altogether", "meanwhile", "still", "now"),
        *("then", "thus", "also", "since", "until", "after", "before", "during", "only", "just"),
        *("another", "some", "over", "under", "perhaps", "maybe", "last", "next", "nearly"),
    ]
)


def _opens_sentence(word: str) -> bool:
    """Whether a capitalised word opening a sentence may stand before a figure it does not name."""
    low = word.lower()
    return low in _SENTENCE_OPENERS or low.endswith("ly")


_ADDRESS_AFTER = re.compile(
    rf"(?:{_SPACE}+[A-Z][a-z]+){{1,3}}{_SPACE}+"
    r"(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Way|Place|Square|Court)\b"
)
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")
# Nouns a score stands before: "a 2-0 win", "a 3-1 defeat" are results, not counts.
_RESULT_NOUNS = frozenset(
    (
        "win",
        "wins",
        "victory",
        "defeat",
        "loss",
        "lead",
        "draw",
        "scoreline",
        "triumph",
        "thrashing",
    )
)
_RANGE_AHEAD = re.compile(r"[-–]\d")
_THEN_NOW = re.compile(r"(?<![\w-])(?:[Nn]ow|[Tt]hen)-\Z")
_PRIMES = frozenset("'′\"″")
_MAGNITUDE_BEFORE = re.compile(rf"(?i:\bmagnitude){_SPACE}+\Z")
# The hedges the parse compares and returns, as module constants: ``Hedge.EXACT`` passes
# through the enum's __getattr__ hook at each use (about 80 ns).
_EXACT = Hedge.EXACT
_APPROX = Hedge.APPROX
_MORE_THAN = Hedge.MORE_THAN
_RANGE_HEDGE = Hedge.RANGE


def _at_line_start(text: str, pos: int) -> bool:
    """Whether only spaces, tabs or "(" stand between the start of the line and ``pos``.

    Looks back over those characters only, never to the start of a long line, so
    that scanning a text without line breaks stays linear.
    """
    i = pos
    while i > 0 and text[i - 1] in " \t(":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _parse_at(text: str, pos: int, *, phrase: bool) -> tuple[_Phrase | None, int]:
    """Parse the mention whose number starts at ``pos``; return (phrase or None, resume)."""
    ch = text[pos]
    is_digit = ch.isdigit()
    before = text[pos - 1] if pos else " "
    negative = False
    leading_point = False
    num_start = pos
    if is_digit:
        skip_to = _skip_token_end(text, pos)
        if before == " ":  # the common case: of the marks below only "minus " may stand there
            if pos >= 6 and text[pos - 2] in "sS" and text[pos - 6 : pos - 1].lower() == "minus":
                negative, num_start = True, pos - 6
        # glued to letters or to a name with a hyphen: G7, F-16, Covid-19, GMT+1, A320, #3;
        # but a currency code may be glued to its amount: "EUR50m", "$US113", "RM23.50"
        elif (
            before.isdigit()
            or before in "#_@&"
            or (
                before.isalpha()
                and not _rand_at(text, pos)
                and _CURRENCY_BEFORE.search(text, max(0, pos - 8), pos) is None
            )
        ):
            return None, skip_to
        elif before in "-−" and text[max(0, pos - 6) : pos - 1].lower() == "minus":
            negative, num_start = True, pos - 6
        elif before in "-−" and (pos == 1 or text[pos - 2] in " \t\n($"):
            negative, num_start = True, pos - 1
        elif (
            before in "-−+/."
            and pos >= 2
            and text[pos - 2].isalnum()
            and not (before == "-" and _THEN_NOW.search(text, max(0, pos - 6), pos))
        ):
            return None, skip_to  # a name; but "the then-18-year-old", "her now-18-month-old"
        elif (
            before == "."
            and (pos == 1 or text[pos - 2] in " (\t\n")
            and _BARE_FRACTION.match(text, pos) is not None
        ):
            leading_point = True
            num_start = pos - 1  # ".534": a decimal written without its leading zero
        elif before in ".,":
            return None, skip_to
        # a phone number starts with "+", "(", "0", "1-" or three digits, a separator and
        # a digit past it ("555-1234", "(555) 123")
        if (
            before in "+("
            or ch == "0"
            or (
                text[pos + 3 : pos + 4] in _PHONE_FOURTH
                and (text[pos + 4 : pos + 5].isdigit() or text[pos + 5 : pos + 6].isdigit())
            )
            or (ch == "1" and text[pos + 1 : pos + 2] in _PHONE_FOURTH)
        ):
            phone = _PHONE.match(text, pos - 1 if before in "+(" else pos)
            if phone is not None:
                return None, max(phone.end(), pos + 1)
    else:
        skip_to = pos + 1
        if before.isalnum() or before == "-":
            return None, _WORD.match(text, pos).end()  # type: ignore[union-attr]
        fraction = _FRACTION.match(text, pos)
        if fraction is None and (
            _after_by(text, pos) or (phrase and _LONE_PREFIX.fullmatch(text, 0, pos) is not None)
        ):
            fraction = _FRACTION_WORD_ALONE.match(text, pos)  # "rose by a third", "cut by half"
        if fraction is not None:
            return _fraction_phrase(text, pos, fraction)
        if text[pos : pos + 1].lower() in "hqtfsen" and _FRACTION_DEN.get(
            _WORD.match(text, pos).group().lower().rstrip("s")  # type: ignore[union-attr]
        ):
            return None, _WORD.match(text, pos).end()  # type: ignore[union-attr]

    # --- the number ---
    money: str | None = None
    cur = None
    spaced = False  # a space before the number
    if is_digit and num_start:
        spaced = num_start > 1 and text[num_start - 1] in _SPACE_CHARS
        j = num_start - 1 if spaced else num_start
        if text[j - 1] in _CURRENCY_LAST_CHARS:  # cheap tests before the regex
            tail = text[max(0, j - 4) : j].lower()
            if "$" in tail or tail.endswith(_CURRENCY_TAILS):
                cur = _CURRENCY_BEFORE.search(text, max(0, num_start - 10), num_start)
    start = num_start
    if cur is None and before == "R" and is_digit and _rand_at(text, pos):
        money, start = "south_african_rand", pos - 1  # "R400 billion"
    if cur is not None and is_digit:
        sym = (cur.group("code") or cur.group("us") or "").lower().replace(".", "")
        if cur.group("us") == "C" and _CAP_NAME_BEFORE.search(
            text, max(0, cur.start() - 24), cur.start()
        ):
            money = "dollar"  # a name's letter, not a wire-style code: "Plan C $6 billion"
            start = cur.start("sym2")
        elif cur.group("sym") or cur.group("sym2"):
            money = _dollar(sym or (cur.group("after") or "").lower())
        elif cur.group("sign"):
            money = _CURRENCY_PREFIX[cur.group("sign")]
        elif cur.group("ps"):
            money = "pound_sterling"
        elif cur.group("yen"):
            money = "japanese_yen"
        else:
            money = _CURRENCY_PREFIX[cur.group("word").lower()]
        if start == num_start:
            start = cur.start()
    named_code = False  # a code that also names a thing: money only if written as money
    if money is None and spaced and num_start >= 4 and text[num_start - 2].isupper():
        code_start = _iso_code_before(text, num_start - 1)
        if code_start >= 0:  # "NOK 14,000", "SEK 5m", "DKK 2bn"
            code = text[code_start : num_start - 1]
            money, start = _iso_codes()[code], code_start
            named_code = code in _CODE_NAMES
    magnitude = False  # "magnitude 7.8", "of magnitude 7.8": the unit written before
    if (
        money is None
        and spaced
        and num_start >= 10
        and text[num_start - 2] in _MAGNITUDE_LAST  # cheap test before the regex
    ):
        before_unit = _MAGNITUDE_BEFORE.search(text, max(0, num_start - 12), num_start)
        if before_unit is not None:
            magnitude, start = True, before_unit.start()
    amount: _Amount | None
    if is_digit:
        amount = _read_digits(text, pos, money=money is not None, run_end=skip_to)
    else:
        amount = _read_vague(text, pos) or _read_words(text, pos)
        if amount is not None and amount.vague is None:
            first = _WORD.match(text, pos).group().lower()  # type: ignore[union-attr]
            if first in _VAGUE_QUANTIFIERS or first in _VAGUE_PLURALS:
                amount = None
    if amount is None:
        return None, skip_to if is_digit else _WORD.match(text, pos).end()  # type: ignore[union-attr]
    if named_code and not (amount.scaled or "," in text[pos : amount.end]):
        money, start = None, num_start  # "COP 27", "RON 95": the number of a name
    if is_digit and leading_point and amount.value is not None:
        raw = text[pos : _BARE_FRACTION.match(text, pos).end()]  # type: ignore[union-attr]
        scale = amount.value / Decimal(raw) if int(raw) else Decimal(1)
        amount.value = Decimal("0." + raw) * scale
        amount.plain_digits = ""
    half = (
        _AND_A_HALF.match(text, amount.end)
        if not amount.scaled
        and amount.value is not None
        # cheap test before the regex: a space, then "and" or more spaces
        and text[amount.end : amount.end + 1] in _SPACE_CHARS
        and text[amount.end + 1 : amount.end + 2] in _AND_FIRST
        else None
    )
    if half is not None and amount.value is not None:
        amount.value += Decimal("0.5")  # "two and a half miles", "1 and a half million"
        amount.end = half.end()
        amount.plain_digits = ""
        if half.group(1):
            amount.value *= _SCALE_WORDS[half.group(1).lower()]
            amount.scaled = True
    if negative and amount.value is not None:
        amount.value = -amount.value
        amount.plain_digits = ""
    end = amount.end
    resume = max(end, skip_to)
    digits = amount.plain_digits  # the amount's fields no longer change below
    scaled = amount.scaled
    # The character after the number ("" at the end), for the cheap tests before the
    # regexes; kept up to date with ``end`` until the range is read.
    follow = text[end : end + 1]

    # --- what a digit must not be: times, dates, ordinals, list numbers ---
    if is_digit:
        # the two characters after the number, past one space
        k = end + 1 if follow != "" and follow in _SPACE_CHARS else end
        next_char = text[k : k + 1]
        clock = (
            _CLOCK_AFTER.match(text, end)
            if not scaled
            and (
                (next_char in _CLOCK_POINTS and text[k + 1 : k + 2].isdecimal())  # ":15", ".30"
                or (next_char in _CLOCK_AMPM and text[k + 1 : k + 2] in _CLOCK_M)  # "am", "p.m."
            )
            else None
        )
        if (
            clock is None
            and len(digits) == 4
            and k > end
            and next_char in _WIRE_FIRST
            and _is_hhmm(digits)
        ):
            clock = _WIRE_CLOCK_AFTER.match(text, end)  # "at 1545 GMT", "0300 local time"
        if clock is not None:
            return None, clock.end()
        if follow == ":":
            ratio = _COLON_RATIO_AFTER.match(text, end)
            if ratio is not None:  # a ratio or a score: "a 2:1 majority", "won 3:1", "1:100,000"
                return None, ratio.end()
        if not scaled and digits:
            date = (
                _SLASH_DATE.match(text, end) or _ISO_DATE.match(text, end)
                if follow in ("/", ".", "-")  # cheap test before the regexes
                else None
            )
            if date is not None:
                share = _slash_fraction(text, end, digits)
                if share is not None:  # "a 1/4 mile oval", "2/3 of the land"
                    found = _fraction_rest(text, pos, start, share[2], share[0], share[1])
                    if found[0] is not None and found[0].end > share[2]:
                        return found  # alone, "4/6" is no fraction: the span must say of what
                return None, date.end()
            if len(digits) <= 2 and (
                _month_before(text, num_start)
                or (next_char in _MONTH_AFTER_FIRST and _MONTH_AFTER.match(text, end))
            ):
                return None, resume
        if (
            not phrase
            and digits
            and len(digits) <= 3
            and follow in (".", ")", ":")  # cheap test before the look back
            and _at_line_start(text, pos)
            and _LIST_NUMBER.match(text, end)
        ):
            return None, resume
        if (
            not scaled
            and 0 < len(digits) <= 3
            and k > end  # cheap test before the regex: a space, then "out", "in" or a space
            and next_char in _OUT_OF_FIRST
        ):
            out_of = _OUT_OF.match(text, end)  # "3 in 10 adults", "3 out of 10"
            if out_of is not None and _out_of_counts(text, out_of, amount):
                return _fraction_rest(
                    text, pos, start, out_of.end(), int(digits), int(out_of.group(1))
                )
    # a leading article: "a dozen", "a hundred", "a few hundred"
    first_word = "" if is_digit else text[pos:end].split()[0].lower().split("-")[0]
    if not is_digit:
        art = _article_before(text, pos)
        if first_word == "few":
            if art < 0:
                return None, resume
            start = art
        elif first_word in _MULTIPLIERS and art >= 0:
            start = art
        elif first_word in _MULTIPLIERS and not phrase:
            return None, resume
    # --- hedges and range openers, looked for before the start ---
    before_words = _words_before(text, start, 1)
    word_before = before_words[0][0].lower() if before_words else ""
    opener = ""
    opener_start = start
    if word_before in ("between", "from"):
        opener, opener_start = word_before, before_words[0][1]
    if word_before in _HEDGE_LAST_WORDS:
        # a hedge of several words may end here: read two words more
        before_words += _words_before(text, before_words[0][1], 2)
        hedge, hedge_start = _hedge_before(text, start, before_words)
    elif before_words:
        hedge, hedge_start = _EXACT, start  # nor does a hedge sign stand before a word
    else:
        hedge, hedge_start = _hedge_before(text, start, before_words)
    if (follow == "+" or follow == "-") and (hedge is _EXACT or hedge is _MORE_THAN):
        plus = _PLUS_AFTER.match(text, end)
        if plus is not None:  # "1,000+ people", "the 100,000-plus spectators"
            hedge = _MORE_THAN
            end = plus.end()
            follow = text[end : end + 1]
    # --- a glued unit or scale, a range, the unit noun ---
    value = amount.value
    low = high = value
    unit_info: _Unit | None = None
    unit_end = end
    if magnitude:
        unit_info = _Unit("magnitude", end)  # the noun after is what it measures
    elif is_digit and not scaled and money is None and follow in _PRIMES:
        unit_info = _prime(text, end, before, num_start, phrase=phrase)
    elif is_digit and not scaled:
        glued, letters = _glued_unit(text, end)
        if glued is not None and money is None:
            unit_info = glued
            if glued.unit == "metre" and not amount.plain_digits:
                size = _SIZE_AFTER.match(text, glued.end)
                if size is not None:  # "1.8m tall": the size word makes the "m" metres
                    glued.end = size.end()
        elif letters and money is not None and text[end] == "/":
            pass  # a price per something: "$15.4/hour" is a price in dollars
        elif letters and money is None:
            m = _GLUED_TOKEN.match(text, end)
            token = m.group() if m else ""
            if phrase:
                raise UnitParseError(f"cannot read the unit {token!r} in {text!r}")
            return None, m.end() if m else resume
        elif letters:
            m = _GLUED_TOKEN.match(text, end)
            return None, m.end() if m else resume
    if not phrase and follow == "-" and digits and text[end : end + 4] == "-to-":
        ratio = _RATIO_AFTER.match(text, end)
        if ratio is not None and int(ratio.group(1)) <= int(digits):
            # a ratio or a vote: "passed 3-to-1", "a 6-to-3 ruling"; "5-to-10-year" is a range
            return None, ratio.end()
    if (
        not phrase
        and is_digit
        and unit_info is None
        and (follow == "-" or follow == "–")  # cheap test before the regex
        and len(digits) in (1, 2)
        and _SCORE_AFTER.match(text, end)
    ):
        sm = _SCORE_AFTER.match(text, end)
        assert sm is not None
        noun = _spaced_unit(text, sm.end()) or _unknown_noun(text, sm.end())
        result = noun is not None and (noun.noun or "").lower() in _RESULT_NOUNS
        score = noun is None or (result and int(digits) >= int(sm.group()[1:]))
        if score and _QUANT_SCALE.match(text, sm.end()) is None:
            return None, sm.end()  # a score: "2-0 down", "a 3-1 defeat"; not "15-22 miles"
    if not is_digit and follow == "-" and amount.vague is None:
        glued, _ = _glued_unit(text, end)
        if glued is None:
            hw = _HYPHEN_WORD.match(text, end)
            return None, hw.end() if hw else resume  # "two-thirds", "three-bed"
        unit_info = glued
    range_hi: _Amount | None = None
    if negative:
        pass
    elif unit_info is None or unit_info.unit == "percent":
        range_hi, range_end = _read_range(text, unit_info.end if unit_info else end, amount,
                                          opener=opener, is_digit=is_digit, start=start,
                                          glued=unit_info is not None, phrase=phrase)  # fmt: skip
        if range_hi is not None:
            assert range_hi.value is not None
            assert amount.value is not None
            lo_v = amount.value
            if (
                range_hi.scaled
                and not scaled
                and amount.vague is None
                and lo_v <= (range_hi.value / _scale_of(range_hi.value))
            ):
                lo_v = lo_v * _scale_of(range_hi.value)
            if lo_v <= range_hi.value:
                low, high = lo_v, range_hi.value
                if money is None and range_hi.currency:
                    money = range_hi.currency  # "between 5 and $9"
                hedge = _RANGE_HEDGE
                value = None
                end = range_end
                if opener:
                    hedge_start = opener_start
                if unit_info is not None and unit_info.unit == "percent":
                    g2, _ = _glued_unit(text, end)
                    if g2 is not None and g2.unit == "percent":
                        end = g2.end
                    unit_end = end
                else:
                    g2, _ = _glued_unit(text, end) if not range_hi.scaled else (None, False)
                    if g2 is not None:
                        unit_info = g2
            else:
                range_hi = None
    if (
        unit_info is None
        and money is None
        and amount.vague is None
        and (first_word == "one" or is_digit or first_word in _UNITS_WORDS)
        and range_hi is None
    ):
        ofm = (
            _ONE_OF.match(text, end)  # "one of the people", "498 of its soldiers"
            if follow in _SPACE_CHARS and text[end + 1 : end + 2] in _OF_FIRST  # (no range read)
            else None
        )
        if ofm is not None and _NUMBER_NEXT.match(text, ofm.end()):
            ofm = None  # a part of a counted whole: "five of the three-ton satellites"
        if ofm is not None:
            unit_info = _spaced_unit(text, ofm.end())
            if unit_info is None:
                unit_info = _unknown_noun(text, ofm.end())
    if unit_info is None and money is None:
        after = end
        if amount.vague is not None and range_hi is None:
            of = _OF_WORD.match(text, after)
            if of is not None:
                after = of.end()
        unit_info = _spaced_unit(text, after, one=amount.value == 1)
        if unit_info is None and (amount.vague is not None or after == end):
            of = _ONE_OF.match(text, end) if is_digit and amount.scaled else None
            singular = first_word == "one" and amount.vague is None
            unit_info = _unknown_noun(  # "2.7m digital sales", "35m of its Echo devices"
                text, of.end() if of else after, singular=singular
            )
        if unit_info is None and after != end:
            unit_info = None
    if (
        range_hi is None
        and not negative
        and unit_info is not None
        and not unit_info.modifiers
        and amount.value is not None
    ):
        # the unit written at both ends: "44 mg to 50 mg", "between 5 km and 8 km"
        hi, _hi_end = _read_range(text, unit_info.end, amount, opener=opener,
                                  is_digit=is_digit, glued=False, start=start,
                                  phrase=phrase, money=False)  # fmt: skip
        if hi is not None and hi.value is not None and amount.value <= hi.value:
            second_unit = _glued_unit(text, hi.end)[0] or _spaced_unit(text, hi.end)
            if second_unit is not None and second_unit.unit == unit_info.unit:
                range_hi, unit_info, hedge, value = hi, second_unit, _RANGE_HEDGE, None
                low, high = amount.value, hi.value
                if opener:
                    hedge_start = opener_start
    unit = money or (unit_info.unit if unit_info else "count")
    unit_end = max(unit_end, unit_info.end) if unit_info is not None else max(unit_end, end)
    if unit != "count" and unit != "percent" and not negative and unit_end < len(text):
        rate = _rate_after(text, unit_end, unit)
        if rate is None and text.startswith(" of ", unit_end):
            material = _rate_after_material(text, unit_end, unit)
            if material is not None:
                rate, material_end = material[:2], material[2]
                if unit_info is not None and unit_info.noun is not None:
                    # the noun says what is measured: "tonnes of steel", as "barrels of oil"
                    noun_start = unit_info.end - len(unit_info.noun)
                    unit_info.noun = text[noun_start:material_end]
        if rate is not None:
            unit, unit_end = rate
    # --- contextual skips (not for a phrase given on its own) ---
    if (
        not phrase
        and is_digit
        and money is None
        and len(digits) == 4
        and 1000 <= int(digits) <= 2100
        and range_hi is None
        and (
            unit == "count"
            or (_is_count(unit) and not _plural_noun(unit_info))
            or (_is_count(unit) and digits[:2] in ("19", "20") and _after_possessive(text, start))
            or (unit_info is not None and (unit_info.noun or "").lower() in _YEAR_NOUNS)
            or (
                digits[:2] in ("19", "20")
                and unit_info is not None
                and (unit_info.noun or "").lower() in _PERIOD_NOUNS
            )
        )
        and (hedge is _EXACT or _prev_word(text, start).lower() in _YEAR_HEDGES)
        and not (
            text[end : end + 1] in _SPACE_CHARS  # cheap test before the regex
            and text[end + 1 : end + 2] in _PERIOD_RATE_FIRST
            and _PERIOD_RATE_AFTER.match(text, end)
            and _prev_word(text, start).lower() not in _BEFORE_YEAR
        )  # "earns 2000 a month"; not "in 2019 a year later"
    ):
        return None, resume  # a year: "since 2014", "the 2015 agreement", "2019 levels"
    if (
        not phrase
        and is_digit
        and hedge is _EXACT
        and money is None
        and (unit == "count" or _is_count(unit))
    ):
        if before == "(" and text[end : end + 1] == ")" and len(digits) <= 2:
            return None, resume  # "Dak Prescott (4)": a shirt number or a note
        if (
            digits
            and text[end : end + 1] in _SPACE_CHARS  # cheap test before the regex
            and (text[end + 1 : end + 2].isupper() or text[end + 1 : end + 2] in _SPACE_CHARS)
            and _ADDRESS_AFTER.match(text, end)
        ):
            return None, resume  # a street number: "575 Wilbraham Road", "10 Downing Street"
        if (
            digits
            and unit_info is None
            and start >= 2
            and text[start - 1] in " \u00a0"  # cheap test before the regex
            and text[start - 2] in _LABEL_LAST
            and _LABEL_BEFORE.search(text, max(0, start - 12), start)
        ):
            return None, resume  # an item's number: "key events on day 300", "in round 2"
        cap = (
            _CAP_NAME_BEFORE.search(text, max(0, start - 24), start)
            if start >= 2
            and text[start - 1] in " \u00a0"  # cheap test before the regex: a space
            and text[start - 2].isascii()  # after a letter
            and text[start - 2].isalpha()
            and not text[max(0, start - 24) : start].islower()  # a capital letter
            else None
        )
        nxt = _NEXT_WORD.match(text, end) if unit_info is None and digits else None
        if unit_info is None and nxt is not None and nxt.group(1)[0].isupper() and digits:
            word = nxt.group(1)
            if word.lower() not in _STOP and not _PLURAL_ACRONYM.fullmatch(word):
                return None, resume  # a name: "iPhone 11 Pro", "Stoxx 50"; not "2 TDs"
        if (
            cap is not None
            and cap.group(1).lower() not in _STOP
            and cap.group(1).lower() not in _WEEKDAY_NAMES  # "said Monday 45 people died"
            and (len(digits) in (1, 2, 3) or (len(digits) == 4 and unit_info is None))
        ):
            # a name: "FRANCE 24", "Model 3 sedans", "Big 12", "Resolution 2334"
            sentence_start = cap.start() == 0 or text[
                max(0, cap.start() - 2) : cap.start()
            ].strip() in ("", ".", "!", "?")
            if not sentence_start or cap.group(1).isupper() or not _opens_sentence(cap.group(1)):
                return None, resume  # "Apollo 11 landed"; but "Yesterday 300 people marched"
        if unit_info is None and text[end : end + 2] in ("'s", "’s"):
            return None, resume  # "FRANCE 24's correspondent"
    if (
        not is_digit
        and amount.vague is None
        and amount.value is not None
        and not phrase
        and first_word == "one"
        and _is_pronoun_one(text, pos, end)
    ):
        return None, resume
    if (
        not phrase
        and unit_info is None
        and money is None
        and (hedge is _EXACT or hedge is _APPROX)
        and not scaled
        and end - pos <= 6  # "9", "10.30", "twelve"
        and value is not None
        and 0 < value < 13
        and (
            # cheap tests before the regexes: a part of the day's first letter after a
            # space, or "at " before
            (text[end : end + 1] in _SPACE_CHARS and text[end + 1 : end + 2] in _PART_OF_DAY_FIRST)
            or (
                start >= 3
                and text[start - 1] in _SPACE_CHARS
                and text[start - 3 : start - 1].lower() == "at"
            )
        )
        and _clock_hour(text, pos, min(hedge_start, start), end)
    ):
        return None, resume  # "at 9 this evening", "this morning at 10", "9 o'clock"
    if hedge is _RANGE_HEDGE:
        figure_low, figure_high = low, high
    else:
        figure_low, figure_high = value, None
    return (
        _Phrase(
            start=min(hedge_start, start),
            end=max(unit_end, amount.evidence_end),
            number_start=pos,
            number_end=amount.end,
            figure_args=(figure_low, figure_high, hedge, amount.vague),
            unit=unit,
            noun=unit_info.noun if unit_info else None,
            modifiers=unit_info.modifiers if unit_info else (),
        ),
        max(unit_end, resume),
    )


# An hour of the day, in digits or words: "9", "10.30", "twelve".
_HOUR = re.compile(r"(?:0?[1-9]|1[0-2])(?:[.:][0-5]\d)?")
_HOUR_WORDS = frozenset({w for w, v in _UNITS_WORDS.items() if 1 <= v <= 12})
# A part of the day after the hour ("at 9 this evening", "at 10 tonight", "at 7 in the
# morning"), or before "at" and the hour ("this evening at 9", "Sunday morning at 10").
_PART_OF_DAY_AFTER = re.compile(
    rf"{_SPACE}+(?i:o['’]clock|tonight|this{_SPACE}+(?:morning|afternoon|evening)"
    rf"|(?:in|on){_SPACE}+the{_SPACE}+(?:morning|afternoon|evening)|at{_SPACE}+night"
    rf"|(?:last|tomorrow|yesterday|[a-z]+day){_SPACE}+(?:night|morning|afternoon|evening))\b"
)
_PART_OF_DAY_BEFORE = re.compile(
    rf"\b(?i:morning|afternoon|evening|night|tonight),?{_SPACE}+(?i:at){_SPACE}+\Z"
)
# What the first word of _PART_OF_DAY_AFTER starts with ("o'clock", "tonight", "this", "in",
# "on", "at", "last", "tomorrow", "yesterday", "Sunday"...; "\u017f" is (?i) "s").
_PART_OF_DAY_FIRST = frozenset("oOtTiIaAlLyYmMwWfFsS\u017f")
# Prepositions before an hour of the day: "at 9 tonight", "until 10 this evening" (not
# "by": "shares rose by 3 this morning").
_HOUR_PREPOSITIONS = frozenset(("at", "until", "till", "from", "before", "after", "since"))


def _clock_hour(text: str, pos: int, start: int, end: int) -> bool:
    """Whether the bare number from ``pos`` to ``end`` is an hour of a part of the day.

    "9 o'clock"; after "at", "until", "since" and the like with a part of the day after it
    ("at 9 this evening", "until 10 tonight") or after "at" with one before ("this evening
    at 9"). ``start`` is where the phrase starts, before a hedge ("at about 9 tonight").
    """
    raw = text[pos:end]
    if _HOUR.fullmatch(raw) is None and raw.lower() not in _HOUR_WORDS:
        return False
    after = _PART_OF_DAY_AFTER.match(text, end)
    if after is not None:
        return (
            after.group().lstrip(_SPACE_CHARS)[:1] in ("o", "O")  # "9 o'clock"
            or _prev_word(text, start).lower() in _HOUR_PREPOSITIONS
        )
    return _PART_OF_DAY_BEFORE.search(text, max(0, start - 24), start) is not None


# Hedges that may stand before a year as before a number: "around 2015", "perhaps 2023 was".
_YEAR_HEDGES = frozenset(("around", "about", "maybe", "perhaps", "possibly"))
_NUMBER_VALUES: dict[str, int] = {**_UNITS_WORDS, "hundred": 100, "thousand": 1000}


def _fraction_phrase(text: str, pos: int, m: re.Match[str]) -> tuple[_Phrase | None, int]:
    """Build the phrase of a fraction ("two-thirds", "a quarter", "one in five") at ``pos``."""
    end = m.end()
    g = m.groupdict()  # _FRACTION_WORD_ALONE has only the groups of a fraction word alone
    if g.get("den") is not None or g.get("den1") is not None:
        num_word = g.get("num") or g.get("num1")
        numerator = _UNITS_WORDS[num_word.lower()] if num_word else 1
        den_word = (g.get("den") or g["den1"]).lower()
        denominator = _FRACTION_DEN[den_word if den_word == "halves" else den_word.rstrip("s")]
    else:
        numerator = _UNITS_WORDS[m.group("num2").lower()]
        den = m.group("den2").lower()
        denominator = int(den) if den.isdigit() else _NUMBER_VALUES[den]
    if not 0 < numerator <= 2 * denominator:
        return None, end
    start = pos
    if g.get("den1") is not None and g.get("num1") is None:
        art = _article_before(text, pos)
        if art >= 0:
            start = art
        elif _prev_word(text, pos).lower() in _NOT_FRACTION_BEFORE:
            return None, end  # "the second half", "the third quarter"
    return _fraction_rest(text, pos, start, end, numerator, denominator)


def _fraction_rest(
    text: str, pos: int, start: int, end: int, numerator: int, denominator: int
) -> tuple[_Phrase | None, int]:
    """Finish a fraction read from ``pos`` to ``end``: its hedge, scale and the noun it divides."""
    hedge, hedge_start = _hedge_before(text, start)
    value = Decimal(numerator) / Decimal(denominator)
    number_end = end
    unit = "fraction"
    scaled = _FRACTION_SCALE.match(text, end)
    if scaled is not None:  # "half a million people", "a quarter million dollars"
        value *= _SCALE_WORDS[scaled.group(1).lower()]
        number_end = end = scaled.end()
        noun = _spaced_unit(text, end) or _unknown_noun(text, end)
        if noun is not None:
            unit, end = noun.unit, noun.end
        else:
            unit = "count"
    else:
        of_a = _OF_A.match(text, end)
        measure = _spaced_unit(text, of_a.end() if of_a else end, max_modifiers=0)
        if measure is not None and not _is_count(measure.unit):
            unit, end = measure.unit, measure.end  # "one-half mile", "three quarters of a mile"
        else:
            whole = _fraction_of(text, end)  # "two-thirds of the people", "half the condos"
            if whole is not None:
                return (
                    _Phrase(hedge_start, whole.end, pos, number_end,
                            (value, None, hedge, None), unit, whole.noun, whole.modifiers),
                    whole.end,
                )  # fmt: skip
    return (
        _Phrase(
            start=hedge_start,
            end=end,
            number_start=pos,
            number_end=number_end,
            figure_args=(value, None, hedge, None),
            unit=unit,
            noun=None,
            modifiers=(),
        ),
        end,
    )


_SLASH_SHARE = re.compile(r"/([1-9]\d?)(?![\w/.,-])")
_OF_AFTER = re.compile(rf"{_SPACE}+of{_SPACE}")


def _slash_fraction(text: str, pos: int, numerator: str) -> tuple[int, int, int] | None:
    """Read "/4" after "1" as a fraction before a measure or "of"; (num, den, end) or None.

    "a 1/4 mile oval", "2/3 of the land"; but "9/11 attacks", "24/7" and "1/2/2022" are
    names and dates.
    """
    m = _SLASH_SHARE.match(text, pos)
    if m is None or len(numerator) > 2:
        return None
    top, bottom = int(numerator), int(m.group(1))
    if not 0 < top < bottom <= 16:
        return None
    end = m.end()
    if _OF_AFTER.match(text, end) is None:
        measure = _spaced_unit(text, end, max_modifiers=0)
        if measure is None or measure.unit == "count" or _is_count(measure.unit):
            return None
    return top, bottom, end


_OUT_OF = re.compile(
    rf"{_SPACE}+(?:out{_SPACE}+of|in){_SPACE}+(\d{{1,3}})(?![\d.,]\d|[\w%$€£¥₹-])", re.I
)


def _out_of_counts(text: str, out_of: re.Match[str], amount: _Amount) -> bool:
    """Whether "N in M" is a share ("3 in 10 adults"), not a rate ("3 in 10 minutes")."""
    numerator, denominator = int(amount.plain_digits), int(out_of.group(1))
    if not 0 < numerator <= denominator or amount.plain_digits != str(numerator):
        return False
    after = _glued_unit(text, out_of.end())[0] or _spaced_unit(text, out_of.end())
    return after is None or after.unit == "count" or _is_count(after.unit)


def _fraction_of(text: str, pos: int) -> _Unit | None:
    """Read what a fraction is a fraction of ("of the US population", "adults"), if a noun."""
    of = _FRACTION_OF.match(text, pos)
    after = of.end() if of is not None else pos
    whole = _spaced_unit(text, after) or _unknown_noun(text, after, singular=True)
    if whole is None or whole.noun is None or not _is_count(whole.unit):
        return None  # a measure is read above; a bare fraction has no noun
    return whole


_SPACE_CHARS = " \u00a0\u2009\u202f"
# Cheap tests before the regexes of _parse_at: what the character at a place must be for a
# regex to match there ("" at the end of the text passes: the regex then says no).
_MAGNITUDE_LAST = "eE" + _SPACE_CHARS  # before the space after "magnitude"
_AND_FIRST = "aA" + _SPACE_CHARS  # after a space, for "and a half"
_CLOCK_POINTS = frozenset(":.")  # after the number, then a digit
_CLOCK_AMPM = frozenset("aApP")  # after the number, past one space, then "m" or "."
_CLOCK_M = frozenset("mM.")
# After the number and a space: a zone's first letter, or "local time".
_WIRE_FIRST = frozenset({z[0].upper() for z in ZONE_ABBREVIATIONS} | {"l", "L"})
# After the number, past one space: an ordinal's suffix, a joint (",", "and", "-") or a
# month ("\u017f" is (?i) "s").
_MONTH_AFTER_FIRST = frozenset("sS\u017fnNrRtT,aAoO-–jJfFmMdD" + _SPACE_CHARS)
_PERIOD_RATE_FIRST = "aApPeE" + _SPACE_CHARS  # after a space: "a", "per", "each"...
_OUT_OF_FIRST = "oOiI\u0130\u0131" + _SPACE_CHARS  # after a space ("İ", "ı": (?i) "i")
_OF_FIRST = "oO" + _SPACE_CHARS  # after a space, for " of the"
# The last letter of the words of _LABEL_BEFORE ("day", "no."; "\u212a" is (?i) "k").
_LABEL_LAST = frozenset("ykdeprnmlt.YKDEPRNMLT\u212a \u00a0")
# The last character of every currency sign or code that _CURRENCY_BEFORE reads.
_CURRENCY_LAST_CHARS = frozenset("$€£¥₹dDrRpPyYfFsSmMaAzZ.=")
# How the text before the amount ends for _CURRENCY_BEFORE to match, lower case ("$" aside).
_CURRENCY_TAILS = ("€", "£", "¥", "₹", *(w for w in _CURRENCY_PREFIX if w.isalpha()), "rs.", "y=")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.'’")
_HEDGE_SYMBOLS: dict[str, Hedge] = {w: h for w, h in HEDGE_WORDS.items() if not w[0].isalpha()}
_HEDGE_BY_WORDS: dict[tuple[str, ...], Hedge] = {
    tuple(w.split()): h for w, h in HEDGE_WORDS.items() if w[0].isalpha() and w != "or so"
}
# The word a hedge ends with, just before the number: only after one is a longer look needed.
_HEDGE_LAST_WORDS: frozenset[str] = frozenset(words[-1] for words in _HEDGE_BY_WORDS)


def _words_before(text: str, pos: int, count: int = 3) -> list[tuple[str, int]]:
    """Return up to ``count`` words before ``pos``, nearest first, as (word, start) pairs.

    Each word is separated from the next by spaces (not newlines) and stands on its own
    (not glued to a letter, digit or hyphen before it): a backward scan, no regex.
    """
    out: list[tuple[str, int]] = []
    i = pos
    while len(out) < count:
        j = i
        while j > 0 and text[j - 1] in _SPACE_CHARS:
            j -= 1
        if j == i or j == 0:
            break
        # Most words are ASCII letters after a plain space: found by rfind, in C.
        k = text.rfind(" ", j - 32 if j > 32 else 0, j) + 1  # 0 when none
        word = text[k:j]
        if (k or j <= 32) and word.isalpha() and word.isascii():
            out.append((word, k))
            i = k
            continue
        k = j
        while k > 0 and text[k - 1] in _WORD_CHARS:
            k -= 1
        while k < j and not text[k].isalpha():
            k += 1
        if k == j or (k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_-")):
            break
        out.append((text[k:j], k))
        i = k
    return out


def _month_before(text: str, pos: int) -> bool:
    """Whether a month name ends just before ``pos`` ("Feb. 7", "February 11")."""
    window = max(0, pos - 16)
    if not text[window:pos].lower().rstrip(_SPACE_CHARS + ",.").endswith(_MONTH_NAMES):
        return False  # cheap test before the regex
    return _MONTH_BEFORE.search(text, window, pos) is not None


def _article_before(text: str, pos: int) -> int:
    """Return where an article "a"/"an" just before ``pos`` starts, or -1."""
    words = _words_before(text, pos, 1)
    if words and words[0][0].lower() in ("a", "an"):
        return words[0][1]
    return -1


def _hedge_before(
    text: str, start: int, words: list[tuple[str, int]] | None = None
) -> tuple[Hedge, int]:
    """Return the hedge written just before ``start`` and where it starts (EXACT, start if none)."""
    if words is None:
        words = _words_before(text, start)
    if not words:  # a hedge sign: a word read before would end with a letter, "." or "'"
        j = start
        while j > 0 and text[j - 1] in _SPACE_CHARS:
            j -= 1
        if j > 0 and text[j - 1] in _HEDGE_SYMBOLS:
            return _HEDGE_SYMBOLS[text[j - 1]], j - 1
        return _EXACT, start
    if words[0][0].lower() not in _HEDGE_LAST_WORDS:
        return _EXACT, start  # no hedge ends with the word before
    lowered = [w.lower() for w, _ in words]
    for n in range(len(words), 0, -1):
        found = _HEDGE_BY_WORDS.get(tuple(lowered[n - 1 :: -1]))
        if found is not None:
            if found is Hedge.UP_TO and n < len(words) and lowered[n] in _RISE_VERBS:
                return _EXACT, start  # a particle: "the rate ticked up to 3.7%"
            if n == 1 and lowered[0] in _PASSING and len(words) > 1 and lowered[1] not in _PASSERS:
                return _EXACT, start  # "He passed 3 exams", "crossed 2 borders"
            return found, words[n - 1][1]
    return _EXACT, start


# "passed" and "crossed" say more than after what a count is kept in ("the toll passed
# 4,300") or after "has" ("has crossed 10,000"); else they pass or cross things.
_PASSING = frozenset(("passed", "crossed"))
_PASSERS = frozenset(
    ("has", "have", "had", "now", "already", "toll", "tally", "total", "number", "count", "figure")
)


# Verbs of movement whose "up" is a particle, not the hedge "up to": "edged up to 3.7%".
_RISE_VERBS = frozenset(
    [
        "bump", "bumped", "bumping", "bumps", "climb", "climbed", "climbing", "climbs", "crawl",
        "crawled", "crawling", "crawls", "creep", "creeping", "creeps", "crept", "drift",
        "drifted", "drifting", "drifts", "edge", "edged", "edges", "edging", "go", "goes",
        "going", "gone", "head", "headed", "heading", "heads", "inch", "inched", "inches",
        "inching", "jump", "jumped", "jumping", "jumps", "move", "moved", "moves", "moving",
        "notch", "notched", "notches", "notching", "nudge", "nudged", "nudges", "nudging", "push",
        "pushed", "pushes", "pushing", "race", "raced", "races", "racing", "rallied", "rallies",
        "rally", "rallying", "revise", "revised", "revises", "revising", "rise", "risen", "rises",
        "rising", "rose", "shift", "shifted", "shifting", "shifts", "shoot", "shooting", "shoots",
        "shot", "soar", "soared", "soaring", "soars", "spike", "spiked", "spikes", "spiking",
        "step", "stepped", "stepping", "steps", "surge", "surged", "surges", "surging", "tick",
        "ticked", "ticking", "ticks", "went",
    ]
)  # fmt: skip


_CONTRACTED_IS = frozenset(("it", "that", "there", "here", "he", "she", "what", "who", "where"))


def _after_possessive(text: str, pos: int) -> bool:
    """Whether a possessive ("Merck's ", "the banks' ") ends just before ``pos``.

    "It's", "there's" and the like are "is", not possessives.
    """
    if pos < 3 or text[pos - 1] != " ":
        return False
    if text[pos - 2] in "'’":
        return True  # "the banks' "
    if text[pos - 2] not in "sS" or text[pos - 3] not in "'’":
        return False
    i = pos - 3
    while i > 0 and text[i - 1].isalpha() and pos - 3 - i < 6:
        i -= 1
    return text[i : pos - 3].lower() not in _CONTRACTED_IS


def _is_year(digits: str) -> bool:
    return len(digits) == 4 and 1000 <= int(digits) <= 2100


def _plural_noun(unit: _Unit | None) -> bool:
    """Whether the counted noun is written as a plural ("2000 people", not "2018 level")."""
    if unit is None or unit.noun is None:
        return False
    noun = unit.noun.lower()
    return noun.endswith("s") or noun in ("people", "personnel", "men", "women", "children")


def _is_pronoun_one(text: str, pos: int, end: int) -> bool:
    """Whether "one" is a pronoun or part of an idiom ("no one", "one another", "one can")."""
    if text[pos] == "O" and pos > 2 and text[pos - 2] not in ".!?\n":
        return True  # "BBC One"
    follow = text[end : end + 12].lower()
    if follow[:1] == " " and (follow[1:2].isdigit() or follow[1:].startswith(_FRACTION_WORDS)):
        return True  # "one 52,000 barrel-a-day refinery", "one out of three", "one fourth"
    prev = _prev_word(text, pos).lower()
    if prev in ("no", "any", "every", "the", "this", "that", "which", "little", "each", "same"):
        return True
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or nxt.group(1).lower() not in _AFTER_PRONOUN_ONE:
        return False
    return nxt.group(1).lower() != "can" or not text.startswith(" of ", nxt.end())  # a tin


# Words after "one" that make it a pronoun or an idiom: "one another", "one day"; a modal
# verb: "one can already see", "one must ask".
_AFTER_PRONOUN_ONE = frozenset(
    [
        *("another", "day", "way", "thing"),
        *("can", "cannot", "can't", "could", "should", "must", "might", "would", "shall"),
    ]
)


def _scale_of(value: Decimal) -> Decimal:
    """Return the largest power of 1,000 from a thousand to a trillion not above ``value``, or 1.

    No division: a huge value ("5e85") is beyond what a Decimal can divide exactly.
    """
    for scale in (10**12, 10**9, 10**6, 10**3):
        if value >= scale:
            return Decimal(scale)
    return Decimal(1)


# A currency sign before the upper end of a range, with a code glued before or after it.
_RANGE_CURRENCY = re.compile(r"(US|A|AU|C|CA|HK|NZ)?([$€£¥₹])(US|A|NZ)?(?=\d)")
# What may follow a number, past one space, when a range joint comes next ("-", "to", "or").
_JOIN_FIRST = frozenset(_SPACE_CHARS + "-–—tToOaA")


def _read_range(
    text: str,
    pos: int,
    first: _Amount,
    *,
    opener: str,
    is_digit: bool,
    glued: bool,
    start: int,
    phrase: bool = False,
    money: bool = True,
) -> tuple[_Amount | None, int]:
    """Read the upper end of a range after its lower end at ``pos``.

    Outside ``phrase`` mode two years ("2014-2022", "2019-20") are not a range.  With
    ``money`` false a glued "m" on the upper end may be metres ("100m to 200m").
    """
    if first.vague is not None or first.value is None:
        return None, pos
    follow = text[pos : pos + 1]
    if follow and follow in _SPACE_CHARS:
        follow = text[pos + 1 : pos + 2]
    if follow not in _JOIN_FIRST:  # cheap test before the regexes
        return None, pos
    alt = _RANGE_OR.match(text, pos) if not opener and not first.scaled and not glued else None
    if alt is not None:
        # "three or four years", "10 or 12 days": two neighbouring counts of one noun
        second_or = (
            _read_digits(text, alt.end(), money=False)
            if text[alt.end()].isdigit()
            else _read_words(text, alt.end())
        )
        if second_or is not None and second_or.value is not None:
            hi = second_or.value
            scale = _scale_of(hi) if second_or.scaled else Decimal(1)
            if (
                first.value * scale < hi <= 2 * first.value * scale
                and text[second_or.end : second_or.end + 1] == " "
                and (
                    _spaced_unit(text, second_or.end) is not None
                    or _unknown_noun(text, second_or.end) is not None
                )
            ):
                return second_or, second_or.end
        return None, pos
    if opener == "between":
        joint = _RANGE_AND.match(text, pos)
        if joint is None:
            joint = _RANGE_JOIN.match(text, pos)
    else:
        joint = _RANGE_JOIN.match(text, pos)
        if (
            joint is not None
            and joint.group().strip().lower() == "to"
            and not opener
            and (
                glued
                or _prev_word(text, start).lower() in _CHANGE_VERBS
                or (
                    _is_year(first.plain_digits)
                    and _prev_word(text, start).lower() in ("since", "in")
                )
            )
        ):
            return None, pos  # "rose by 3% to", "since 2020 to 4,000", "in 2000 to 9.7 million"
    if joint is None:
        return None, pos
    p = joint.end()
    while p < len(text) and text[p] in " \u00a0\u2009\u202f":
        p += 1
    currency = ""
    if p < len(text) and (text[p] in "$€£¥₹" or text[p] in "UACHN"):
        cm = _RANGE_CURRENCY.match(text, p)  # "$9", "$US171 million", "US$9", "A$9"
        if cm is not None:
            sign, code = cm.group(2), (cm.group(1) or cm.group(3) or "").lower()
            currency = _dollar(code) if sign == "$" else _CURRENCY_PREFIX[sign]
            p = cm.end()
    if p >= len(text):
        return None, pos
    second: _Amount | None
    if text[p].isdigit():
        second = _read_digits(text, p, money=money)
        if second is not None and text[joint.start() : joint.end()].strip() in "-–—":
            if (
                _GLUED_TOKEN.match(text, second.end)
                and not _glued_unit(text, second.end)[0]
                and not _SCALE_AFTER.match(text, second.end)
            ):
                return None, pos
            if not phrase and _is_year(first.plain_digits) and len(second.plain_digits) == 2:
                return None, pos  # "2019-20": seasons
        if (
            not phrase
            and second is not None
            and _is_year(first.plain_digits)
            and _is_year(second.plain_digits)
        ):
            noun = _spaced_unit(text, second.end) or _unknown_noun(text, second.end)
            round_counts = first.plain_digits[-1] == second.plain_digits[-1] == "0"
            measured = noun is not None and noun.unit != "count" and not _is_count(noun.unit)
            if not (measured or (round_counts and _plural_noun(noun))):
                return None, pos  # "between 2014 and 2017", "2014-2022": years; not "hires"
    else:
        second = _read_words(text, p)
    if second is None or second.value is None:
        return None, pos
    if _RANGE_AHEAD.match(text, second.end) is not None:
        return None, pos  # "from 24.2 to 33-35 billion euros": the upper end is a range itself
    second.currency = currency
    return second, second.end


# A module constant: ``Hedge.RANGE`` passes through the enum's __getattr__ hook at each use.
_RANGE = Hedge.RANGE


def _figure(p: _Phrase, text: str, policy: Policy) -> Figure | None:
    low, high, hedge, vague = p.figure_args
    unit = p.unit
    try:
        # _build_figure: Figure(...) with the same checks, without attrs' generic __init__
        if vague is not None:
            a, b = policy.vague_interval(vague[0], float(vague[1]))
            return _build_figure(None, a, b, Hedge.VAGUE, unit, text)
        if hedge is _RANGE:
            assert low is not None
            assert high is not None
            return _build_figure(None, float(low), float(high), _RANGE, unit, text)
        assert low is not None
        value = float(low)
        lo, hi = _interval(policy, value, hedge, _is_count(unit))
        return _build_figure(value, lo, hi, hedge, unit, text)
    except ClaimtrackError:
        return None


# Intervals of the default policy already computed: (value, hedge name, count) -> (low, high).
# The hedge's name, not the hedge: an enum member's hash is a Python call, a name's is cached.
_DEFAULT_INTERVALS: dict[tuple[float, str, bool], tuple[float | None, float | None]] = {}
_MAX_CACHED_INTERVALS = 4096


def _interval(
    policy: Policy, value: float, hedge: Hedge, count: bool
) -> tuple[float | None, float | None]:
    """Return ``policy.interval(value, hedge, count=count)``, remembered for the default policy.

    Policies are frozen, so an interval never changes; news repeats the same round numbers.
    Zero is not remembered (0.0 and -0.0 are one key but not one interval).
    """
    if policy is not _default_policy() or not value:
        return policy.interval(value, hedge, count=count)
    key = (value, hedge._name_, count)
    found = _DEFAULT_INTERVALS.get(key)
    if found is None:
        found = policy.interval(value, hedge, count=count)
        if len(_DEFAULT_INTERVALS) >= _MAX_CACHED_INTERVALS:
            _DEFAULT_INTERVALS.clear()
        _DEFAULT_INTERVALS[key] = found
    return found


def _scan(text: str, policy: Policy, *, phrase: bool) -> list[tuple[_Phrase, Figure]]:
    """Scan ``text`` left to right; return each phrase found with its figure.

    In ``phrase`` mode (one phrase given on its own) each figure's text is the whole
    text; otherwise it is the text at the phrase's span.
    """
    found_list: list[tuple[_Phrase, Figure]] = []
    pos = 0
    n = len(text)
    last_end = 0
    while pos < n:
        start = _next_candidate(text, pos)
        if start < 0:
            break
        found, resume = _parse_at(text, start, phrase=phrase)
        if found is not None and found.start >= last_end:  # not overlapping the previous one
            figure = _figure(found, text if phrase else text[found.start : found.end], policy)
            if figure is not None:
                found_list.append((found, figure))
                last_end = found.end
        pos = resume if resume > start else start + 1  # not max(): a call per candidate
    return found_list


@functools.cache
def _default_policy() -> Policy:
    from claimtrack.policy import DEFAULT_POLICY

    return DEFAULT_POLICY


def _counted_noun_at(text: str, pos: int) -> tuple[str, str, tuple[str, ...], int] | None:
    """Read the counted noun phrase at ``pos``: (unit, noun, modifiers, end), or None.

    Only a count: a measure ("km") or a name is no counted noun.
    """
    found = _spaced_unit(text, pos) or _unknown_noun(text, pos)
    if found is None or found.noun is None or not (found.unit == "count" or _is_count(found.unit)):
        return None
    return found.unit, found.noun, found.modifiers, found.end


# The names claimtrack.mentions uses.
counted_noun_at = _counted_noun_at
default_policy = _default_policy
is_count = _is_count
prev_word = _prev_word
rate_after = _rate_after
scan = _scan
SENTENCE_END = _SENTENCE_END
SEPARATOR_WORDS = _SEPARATOR_WORDS
