"""Claims from text: who states which figure about what, and when.

:func:`extract_claims` turns every figure that :func:`find_figures` reads in a
text into a :class:`~claimtrack.Claim`.  It adds three things the figure
grammar does not know:

* **the source** — from the reporting patterns news uses ("X said", "said X",
  "according to X", "X cited Y as saying", a quote attributed before or after
  it, "a source familiar with the details said"); the outlet when nobody is
  named;
* **the subject** — a short description of what is counted, built from the
  counted noun, its modifiers, the verb that governs it, the country or named
  body that does or owns it, and a prepositional phrase ("Russian troops massed
  near Ukraine's borders", "jets delivered by Boeing");
* **the times** — live-blog entry stamps ("02:20 am Paris time") date the entries
  under them; a day named with the reporting verb ("said on Tuesday") moves
  ``stated_at`` to that day; "by the end of January" sets ``valid_at``.

Everything is rule-based, deterministic and linear in the length of the text:
no model, no network.  The rules are documented in
``docs/reference/extraction.md``.

Example:
    >>> from datetime import date
    >>> text = "The Pentagon said nearly 3,000 American troops would deploy to eastern Europe."
    >>> [claim] = extract_claims(text, published=date(2022, 2, 2), outlet="FRANCE 24")
    >>> claim.source.name, claim.subject
    ('Pentagon', 'American troops deployed to eastern Europe')
"""

from __future__ import annotations

import bisect
import calendar
import functools
import re
from collections import deque
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo

import attrs

from claimtrack.exceptions import ClaimtrackError, InvalidClaim, TimeParseError
from claimtrack.mentions import (
    FIGURE_NOUNS,
    FRACTION_WORDS,
    PUT_VERBS,
    TIME_UNITS,
    Mention,
    find_figures,
    in_time_window,
    names_age_group,
)
from claimtrack.model import CHANGE_PREFIXES, PART_PREFIX, Claim, Hedge, Provenance, Source
from claimtrack.policy import Policy
from claimtrack.quantities import is_count
from claimtrack.times import (
    StampMatch,
    find_stamp,
    find_stamp_prefix,
    parse_time,
    resolve_stamps,
)

__all__ = [
    "MAX_SENTENCE",
    "Mention",
    "extract_claims",
    "find_figures",
    "split_sentences",
]

UNATTRIBUTED = "unattributed"
"""The source name used when nobody is named and neither ``outlet`` nor ``document`` is given."""

# ---------------------------------------------------------------------------
# word lists
# ---------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    """Return the white-space separated words of ``text`` as a set."""
    return frozenset(text.split())


_REPORTING_VERBS = _words(
    """said says say told tells announced announces estimated estimates estimate warned
    warns added adds confirmed confirms stated states reported reports claimed claims
    insisted insists noted notes wrote writes tweeted explained acknowledged revealed
    disclosed accused accuses believes believed predicted predicts forecast forecasts expects expect
    projects acknowledges admits admitted concedes conceded believe claim warn confirm insist
    predict acknowledge admit concede"""
)
# Reporting verbs that are also plural nouns, the last words of names in capitals: "the United
# States", "Consumer Reports".
_NAME_NOUNS = frozenset({"states", "reports", "claims", "notes", "estimates", "forecasts"})
_PARTICIPIAL = frozenset({"saying", "adding", "warning", "insisting", "noting", "claiming"})
# Participles whose agent after "by" made a figure: "the 1 million claimed by some MPs".
_PASSIVE_REPORTING = frozenset(
    {"claimed", "estimated", "reported", "cited", "quoted", "given", "announced", "forecast"}
)
_AGENT_QUANTIFIERS = frozenset({"some", "many", "several", "most", "other", "few"})
# A poll, survey or study speaks through what it found: "a poll by Rating found", "an Ifop
# survey showed", "according to a survey by Ipsos"; its source is whoever made it.
_STUDY_WORDS = _words(
    """poll polls survey surveys study studies report analysis census figures data statistics
    results statement statements"""
)
# Makers named in lower case before their figures: "customs data", "police figures".
_MAKERS = _words("""customs police government army military company industry""")
_FINDING_VERBS = _words(
    """found finds showed shows show suggested suggests suggest indicated indicates indicate"""
)
# "The IMF cut its global growth forecast to 3.6%": the forecast is the IMF's.
_REVISING_VERBS = _words(
    """cut cuts raised raises lowered lowers revised revises upgraded upgrades downgraded
    downgrades trimmed trims lifted lifts slashed slashes updated updates"""
)
_OWN_ESTIMATES = _words(
    """forecast forecasts estimate estimates projection projections outlook guidance
    prediction predictions target"""
)
_STUDY_BY = _words(
    """by from conducted carried out commissioned for released published compiled provided"""
)
_CITE_VERBS = frozenset({"cited", "quoted", "cites", "quotes"})
# Auxiliaries and adverbs between a speaker and its reporting verb, no part of its name:
# "Officials later said", "The Pentagon then said", "Shell has also said".
_AUX_BEFORE_REPORTING = _words(
    """has have had also later earlier previously now still separately then again
    initially subsequently repeatedly publicly"""
)

# Title and role words: a person's name follows them ("Pentagon spokesman John Kirby").
_TITLES = _words(
    """spokesman spokeswoman spokesperson minister secretary secretary-general president
    vice vice-president chancellor envoy director chief ambassador commander general admiral
    colonel lieutenant sergeant captain marshal governor mayor senator congressman
    congresswoman representative premier prime leader head adviser advisor correspondent
    editor analyst king queen pope officer official counterpart deputy foreign defence
    defense interior affairs regional national security policy new former senior top
    acting executive chairman chairwoman chair ceo founder professor journalist journalists
    reporter reporters photographer correspondents manager prefect"""
)
# Title words that describe a role but name none: "the Office for National Statistics" has
# no person "Statistics" in it, while "Foreign Minister Sergei Lavrov" does.
_TITLE_ADJECTIVES = _words(
    """foreign defence defense interior affairs regional national security policy new former
    senior top acting deputy vice prime"""
)
# Words that make a phrase an organisation, a government body or an outlet.
_GOVERNMENT_WORDS = _words(
    """ministry department government pentagon kremlin office administration cabinet
    presidency embassy army navy military armed forces police authorities state house
    council parliament duma senate congress prefecture municipality governorate regulator
    court authority bureau watchdog downing elysee élysée whitehall customs guard force"""
)
_OUTLET_WORDS = frozenset(
    {"agency", "newspaper", "broadcaster", "daily", "television", "tv", "media"}
)
# The head words of bodies a lower-case field word may stand before ("health ministry").
_BODY_HEADS = frozenset(
    {"ministry", "department", "agency", "office", "committee", "commission", "service"}
    | {"services"}
    | {"company", "firm", "group", "media", "party"}
    | {"bank", "authority", "board", "bureau", "institute", "regulator", "watchdog", "union"}
    | {"court", "council", "tribunal", "guard", "police", "force"}
)
# Trades that describe a company or a body before its name, or name it alone after "the":
# "Retailer Tesco said", "according to the charity".
_TRADES = _words(
    """charity utility carmaker automaker planemaker steelmaker airline retailer supermarket
    lender insurer operator pollster broadcaster chipmaker drugmaker manufacturer developer
    exporter importer supplier distributor refiner shipper railway club hospital
    conglomerate rival startup publisher chain bank company firm group maker giant regulator
    watchdog"""
)
# Trades that also open bodies' names in capitals: "Club Brugge", "Bank Negara", "Group Lotus".
_NAME_OPENERS = _words("""club hospital railway chain bank company firm group maker giant""")
# Lower-case words inside a person's name: "Ursula von der Leyen", "Vincent van Gogh".
_NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "da", "de", "dos", "del", "di", "du", "bin", "al"}
)
# Roles a lower-case field word may stand before ("the health minister").
_ROLE_HEADS = frozenset(
    {
        "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chief",
        "director", "commissioner", "envoy", "coordinator",
    }
)  # fmt: skip
# Adjectives between "according to the" and the source: "the latest UN figures".
_SOURCE_ADJECTIVES = _words("""latest official new preliminary provisional final recent initial""")
_ESTIMATES = frozenset(
    {"estimates", "figures", "data", "intelligence", "tallies", "counts", "results"}
)
# An owner's own documents speak for it: "according to its annual report".
_OWN_DOCUMENTS = _words(
    """report reports statement statements filing filings accounts records website tally
    count census survey assessment"""
)
# Groups that news cites without a name ("according to organisers", "unions said").
_GROUP_SOURCES = _words(
    """unions organisers organizers analysts experts residents witnesses doctors medics
    prosecutors investigators researchers activists rescuers economists scientists
    observers monitors campaigners protesters regulators lawmakers diplomats officials
    firefighters paramedics lawyers companies utilities hospitals airlines insurers lenders
    retailers traders farmers teachers nurses pollsters forecasters workers staff crews
    volunteers"""
)
# The last words of companies' names, which name no person: "Sky Sports", "Northwind
# Software", "Tata Motors", "Delta Airlines".
_COMPANY_NAME_ENDS = _words(
    """sports software airlines airways motors energy labs systems pharmaceuticals pharma
    industries holdings"""
)
_ORG_WORDS = _COMPANY_NAME_ENDS | _words(
    """nato eu un osce imf who unicef unhcr alliance union nations cross organisation
    organization committee group company bank fund institute foundation watch amnesty
    association society university observatory federation corporation network board
    party fire brigade"""
)
# Lower-case heads that name a speaker: "the ministry, which gave no details, said".
# The heads of descriptions that stand before a body's name: "regulator Ofgem".
_DESCRIPTOR_HEADS = (_BODY_HEADS | _GOVERNMENT_WORDS | _ORG_WORDS) - {"state", "house"}
_NAMED_HEADS = (
    _GOVERNMENT_WORDS | _OUTLET_WORDS | _BODY_HEADS | _TITLES | _ORG_WORDS | _GROUP_SOURCES
)
_OUTLETS = _words(
    """interfax afp reuters ap tass ria bloomberg bbc cnn nbc cbs abc zdf xinhua kyodo dpa
    ukrinform yonhap"""
)
_OUTLET_PHRASES = (
    "associated press",
    "france 24",
    "nbc news",
    "fox news",
    "sky news",
    "al jazeera",
    "new york times",
    "washington post",
    "el pais",
    "ria novosti",
    "the guardian",
)
# Place -> demonym, used for kinds (a country speaks as a government) and for the
# agent of a verb ("Russia has massed ... soldiers" -> "Russian troops").
_DEMONYMS = {
    "russia": "Russian", "moscow": "Russian", "kremlin": "Russian",
    "ukraine": "Ukrainian", "kyiv": "Ukrainian", "kiev": "Ukrainian",
    "united states": "US", "us": "US", "u.s": "US", "usa": "US", "america": "American",
    "washington": "US", "pentagon": "US", "white house": "US",
    "britain": "British", "uk": "British", "united kingdom": "British", "london": "British",
    "france": "French", "paris": "French", "germany": "German", "berlin": "German",
    "belarus": "Belarusian", "minsk": "Belarusian", "china": "Chinese", "beijing": "Chinese",
    "poland": "Polish", "warsaw": "Polish", "romania": "Romanian", "denmark": "Danish",
    "turkey": "Turkish", "ankara": "Turkish", "iran": "Iranian", "israel": "Israeli",
    "japan": "Japanese", "india": "Indian", "canada": "Canadian", "spain": "Spanish",
    "italy": "Italian", "netherlands": "Dutch", "sweden": "Swedish", "finland": "Finnish",
    "norway": "Norwegian", "lithuania": "Lithuanian", "latvia": "Latvian",
    "estonia": "Estonian", "georgia": "Georgian", "syria": "Syrian", "nato": "NATO",
    "eu": "EU", "european union": "EU",
}  # fmt: skip
_DEMONYM_WORDS = frozenset(_DEMONYMS.values())
_COUNTRIES = frozenset(
    k for k in _DEMONYMS if k not in {"kremlin", "pentagon", "white house", "nato", "eu"}
)
_PRONOUNS = frozenset({"he", "she", "it", "they", "his", "her", "its", "their"})
# The writer or the reader: no source ("We believe the stock is worth $9").
_FIRST_PERSON = frozenset({"i", "we", "you", "us", "me"})
_ANAPHORS = frozenset({"statement", "source", "ministry", "official", "spokesman"})
_UNNAMED_HEADS = _words(
    """source sources official officials diplomat diplomats insider insiders witness resident
    doctor medic rescuer survivor analyst expert witnesses residents doctors medics rescuers
    survivors analysts experts"""
)
_DETERMINERS = _words(
    """the a an this that these those some its their his her our my your another further"""
)
_FUNCTION_CAPS = _words(
    """the a an but and however meanwhile earlier later also in on at when while after
    before speaking separately yesterday today this that there then so if as for with by
    from responding asked"""
)
_DROP_MODIFIERS = frozenset(
    {"other", "further", "more", "additional", "extra", "another", "some", "new", "the"}
)
_MILITARY_UNITS = frozenset(
    {"troop", "soldier", "service_member", "personnel", "serviceman", "force"}
)

# Verbs and their participles for subjects.  Regular verbs are handled by rule.
_IRREGULAR = {
    "send": "sent", "sends": "sent", "sending": "sent", "put": "put", "puts": "put",
    "putting": "put", "hold": "held", "holds": "held", "holding": "held", "leave": "left",
    "leaves": "left", "leaving": "left", "take": "taken", "takes": "taken", "took": "taken",
    "go": "gone", "goes": "gone", "went": "gone", "flee": "fled", "flees": "fled",
    "fled": "fled", "fleeing": "fled", "build": "built", "builds": "built", "keep": "kept",
    "keeps": "kept", "bring": "brought", "brings": "brought", "stand": "stood",
    "stands": "stood", "sent": "sent", "held": "held", "left": "left", "kept": "kept",
    "brought": "brought", "built": "built", "stood": "stood", "taken": "taken",
    "gone": "gone", "die": "died", "dies": "died", "dying": "died", "died": "died",
    "lead": "led", "leads": "led", "led": "led", "lose": "lost",
    "lost": "lost", "see": "seen", "sees": "seen", "seen": "seen", "saw": "seen",
    "find": "found", "found": "found", "make": "made", "made": "made", "give": "given",
    "given": "given", "show": "shown", "shown": "shown", "catch": "caught",
    "caught": "caught", "drive": "driven", "driven": "driven", "fly": "flown",
    "flown": "flown", "flew": "flown", "hit": "hit", "shot": "shot", "shoot": "shot",
    "wounded": "wounded", "fight": "fought", "fights": "fought", "fought": "fought",
    "withdraw": "withdrawn", "withdraws": "withdrawn", "withdrew": "withdrawn",
    "withdrawn": "withdrawn", "cut": "cut", "cuts": "cut", "cutting": "cut", "shed": "shed",
    "sheds": "shed", "shedding": "shed", "pay": "paid", "pays": "paid", "paying": "paid",
    "paid": "paid", "spend": "spent", "spends": "spent", "spending": "spent", "spent": "spent",
    "sell": "sold", "sells": "sold", "selling": "sold", "sold": "sold", "buy": "bought",
    "buys": "bought", "buying": "bought", "bought": "bought", "lay": "laid", "lays": "laid",
    "laying": "laid", "laid": "laid", "hurt": "hurt", "hurts": "hurt", "hurting": "hurt",
}  # fmt: skip
_IRREGULAR_PARTICIPLES = frozenset(v for v in _IRREGULAR.values() if " " not in v) - {"put"}
_VERBS = _words(
    """deploy dispatch mass amass station move head kill wound injure evacuate arrest
    detain displace live gather participate arrive withdraw place position remain join
    train march return rotate transfer mobilise mobilize redeploy stay cross enter
    patrol protest rally fight serve work vote infect hospitalise hospitalize test
    vaccinate axe slash hire create invest borrow export import produce deliver recall close
    donate pledge allocate seize destroy damage rescue release capture launch fire order
    save raise employ recruit sign ship"""
) | frozenset(_IRREGULAR)
_NOMINALISATIONS = {
    "deployment": "deployed", "dispatch": "dispatched", "withdrawal": "withdrawn",
    "arrival": "arrived", "redeployment": "redeployed", "departure": "departed",
    "evacuation": "evacuated", "mobilisation": "mobilised", "mobilization": "mobilized",
    "build-up": "built up", "buildup": "built up", "massing": "massed",
}  # fmt: skip
_AUX = _words(
    """will would could can may might should must shall is are was were be been being has
    have had am"""
)
_ADVERBS = _words(
    """also not still already now soon reportedly then currently later just all both"""
)
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
_NOT_VERBS = _words(
    """need united red armed based limited related interested concerned alleged so-called
    expected"""
) - {"based"}
_PREPS = _words(
    """to into in near on along at around across inside within towards toward throughout
    outside off onto over from"""
)
_STOP_WORDS = _words(
    """and but or if because while which who whom that as when where after before since
    though although whether than so apart"""
)
_OTHER_PREPS = _words(
    """for by against under about amid during despite between without via per than like
    until since"""
)
# Words that may open the object of "to" (anything else lowercase reads as an infinitive).
_OBJECT_STARTS = _DETERMINERS | _words(
    """several many all both each every other few more most eastern western northern
    southern central north south east west north-eastern north-western south-eastern
    south-western high full ready"""
)
_TIME_WORDS = _words(
    """last next past previous preceding coming ago yesterday today tomorrow tonight monday
    tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december"""
)
_OBJECT_WORDS_MAX = 5
_CURRENCY_SIGNS = frozenset("$€£¥₹")
# Words a hedged figure may open with: "less than 48 hours", "nearly 3,000".
_HEDGE_STARTS = _words(
    """less more fewer nearly almost about around roughly some approximately over under up
    at least maybe perhaps possibly"""
)
_WINDOW = 14

# ---------------------------------------------------------------------------
# regexes
# ---------------------------------------------------------------------------

# A number with thousands separators is one token ("12,000"), so that its comma ends no clause.
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|[^\W_]+(?:[-'’.&][^\W_]+)*|[^\w\s]")
_BOUNDARY = re.compile(r"[.!?]+")
_ABBREVIATIONS = _words(
    """mr mrs ms dr st gen lt col sgt capt maj rep sen gov prof jr sr no vs etc inc corp
    ltd co jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u st"""
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# A numeric date: "10/02/2022", "10.02.22", "2022-02-10", or after "on" and "as of" "10/02" with
# a slash and no year, when a punctuation mark or a small word follows it ("on 10/02, ...",
# "said on 10/02 that"; not "on 2/3 of the seats" or "on 24/7 alert"; "by 1/3" is a fraction as
# often). Only in these places is it a date: elsewhere "10/02" is a score or a fraction as
# often. It is read through claimtrack.times in extract_claims' date_order.
_NUMERIC_FULL_DAY = (
    r"(?:\d{4}(?:/\d{1,2}/|\.\d{1,2}\.|-\d{1,2}-)\d{1,2}"
    r"|\d{1,2}(?:/\d{1,2}/|\.\d{1,2}\.|-\d{1,2}-)(?:\d{4}|\d{2}))(?![/.\-]?\d)"
)
_NUMERIC_DAY = (
    rf"(?:{_NUMERIC_FULL_DAY}|\d{{1,2}}/\d{{1,2}}(?![/.\-]?\d)"
    r"(?=[ \u00a0]*(?:[,.;:!?)\]]|$)|[ \u00a0]+(?:at|in|on|and|but|when|as|after|before|to|the"
    r"|a|an|that|with|from|for|by|while)\b))"
)
_NUMERIC_DAY_ONLY = re.compile(_NUMERIC_DAY)
# A day named with a reporting verb: "on Thursday", "last week", "on February 24", "on
# 24/02/2022"; and the day a figure is counted up to: "as of February 7".
_DAY_ALT = (
    rf"(?:on\s+)?(?:(?:last|this|next|past)\s+)?{_WEEKDAY}"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|on\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|{_NUMERIC_DAY})(?!\d)"
    rf"|as\s+of\s+(?:{_WEEKDAY}|{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|{_NUMERIC_DAY})(?!\d)"
    r"|last\s+week|yesterday|last\s+night|earlier\s+today|today"
)
_AS_OF = re.compile(r"as\s+of\s+", re.IGNORECASE)
_DAY_EXPR = re.compile(rf"\b(?:{_DAY_ALT})\b")
# A day that opens a sentence, set off by a comma: "On Thursday, ", "Last week, ".
_DAY_OPENING = re.compile(rf"(?i:({_DAY_ALT}))\s*,\s*")
_BY_EXPR = re.compile(
    rf"\bby\s+(?:(?P<end>the\s+end\s+of|the\s+middle\s+of|mid-?|early|late)\s*)?"
    rf"(?P<when>{_MONTH}(?:\s+\d{{1,2}}(?!\d))?|\d{{1,2}}\s+{_MONTH}|next\s+week|{_WEEKDAY}"
    rf"|{_NUMERIC_FULL_DAY}"
    r"|the\s+end\s+of\s+the\s+(?:week|month|year))\b"
)
_TITLED_NAME = re.compile(
    r"\b(?:[Ss]pokes(?:man|woman|person)|[Mm]inister|[Ss]ecretary(?:-[Gg]eneral)?|[Pp]resident"
    r"|[Cc]hancellor|[Ee]nvoy|[Dd]irector|[Cc]hief|[Aa]mbassador|[Cc]ommander|[Gg]eneral"
    r"|[Pp]remier|[Ll]eader|[Cc]orrespondent|[Ee]ditor|[Gg]overnor|[Mm]ayor|[Ss]enator)"
    r"\s+(?P<name>[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){1,2})\b(?!['’]s)"
)
_PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night)$")
_MONTHS = {
    m.lower(): i
    for i, m in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        start=1,
    )
}


# ---------------------------------------------------------------------------
# document structure: entries, paragraphs, sentences, quotes
# ---------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Paragraph:
    """One line of text with its sentences and quoted stretches (offsets into the text)."""

    start: int
    end: int
    entry: int
    sentences: tuple[tuple[int, int], ...]
    quotes: tuple[tuple[int, int, bool], ...]  # (start, end, closed)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences; return their ``(start, end)`` offsets.

    A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes) followed by
    white space and a capital letter, a digit or an opening quote; not after a
    known abbreviation ("Mr.", "U.S.") or an initial, and never inside a quotation
    that closes later in the same stretch.  Offsets index ``text``; surrounding
    white space is trimmed.  A "sentence" longer than ``MAX_SENTENCE`` characters
    (no news sentence is; a table or a run of numbers can be) is cut at white
    space into pieces of at most that length, which keeps extraction linear.

    Args:
        text: The text.
        start: Where the stretch to split begins.
        end: Where it ends (the end of the text if None).

    Returns:
        The sentences' offsets, in order; empty for a blank stretch.

    Example:
        >>> s = 'Mr. Kirby spoke. "It is over. Done," he said. Then he left.'
        >>> [s[a:b] for a, b in split_sentences(s)]
        ['Mr. Kirby spoke.', '"It is over. Done," he said.', 'Then he left.']
    """
    stop = len(text) if end is None else end
    quotes = _quote_spans(text, start, stop)
    out: list[tuple[int, int]] = []
    begin = start
    qi = 0
    for m in _BOUNDARY.finditer(text, start, stop):
        close = m.end()
        while close < stop and text[close] in '"”’)]':
            close += 1
        while qi < len(quotes) and quotes[qi][1] <= m.start():
            qi += 1
        if (
            qi < len(quotes)
            and quotes[qi][0] < m.start() < quotes[qi][1]
            and quotes[qi][2]
            and quotes[qi][1] > close
        ):
            continue  # inside a closed quotation
        nxt = close
        while nxt < stop and text[nxt] in " \t":
            nxt += 1
        if nxt == close and close < stop:
            continue  # no space after the stop: "U.S.-led", "3.5"
        if nxt < stop and not (text[nxt].isupper() or text[nxt].isdigit() or text[nxt] in '"“‘('):
            continue
        if m.group() == "." and _is_abbreviation(text, m.start(), begin):
            continue
        _add_capped(text, begin, close, out)
        begin = close
    _add_capped(text, begin, stop, out)
    return out


MAX_SENTENCE = 1000
"""The longest stretch of text that extraction treats as one sentence."""


def _add_capped(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    """Add ``text[a:b]`` as one sentence, or as pieces of at most MAX_SENTENCE characters."""
    while b - a > MAX_SENTENCE:
        cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
        if cut <= a:
            cut = a + MAX_SENTENCE
        _add_trimmed(text, a, cut, out)
        a = cut
    _add_trimmed(text, a, b, out)


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    i = dot
    while i > floor and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower()
    if not word:
        return False
    glued = i > floor and text[i - 1].isdigit()  # a unit glued to a number: "hit 45C."
    return word in _ABBREVIATIONS or (len(word) == 1 and text[dot - 1].isupper() and not glued)


def _add_trimmed(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b:
        out.append((a, b))


def _quote_spans(text: str, start: int, stop: int) -> list[tuple[int, int, bool]]:
    """Return the quoted stretches of ``text[start:stop]`` as ``(open, close_end, closed)``.

    ``“`` opens, ``”`` closes, a straight ``"`` does whichever is needed.  An
    unclosed quotation runs to ``stop`` (a quote continued in the next paragraph).
    """
    out: list[tuple[int, int, bool]] = []
    opened: int | None = None
    for i in range(start, stop):
        c = text[i]
        if c == "“" or (c == '"' and opened is None):
            if opened is None:
                opened = i
        elif c in '”"' and opened is not None:
            out.append((opened, i + 1, True))
            opened = None
    if opened is not None:
        out.append((opened, stop, False))
    return out


def _paragraphs(
    text: str, date_order: str | None = None
) -> tuple[list[_Paragraph], list[StampMatch]]:
    """Split ``text`` into paragraphs; return them and the stamps that start the entries.

    Entry 0 is the lead (before any stamp); each stamp starts a new entry, on a line of
    its own ("02:25 am Paris time") or opening the entry's first line ("4:02 pm: ...").
    The stamps are dated later by :func:`_entry_times`; a numeric date in one is read in
    ``date_order``.
    """
    paragraphs: list[_Paragraph] = []
    stamps: list[StampMatch] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        if line.strip():
            stamp = find_stamp(line, date_order=date_order) if len(line) <= 120 else None
            if stamp is not None:
                stamps.append(stamp)
            else:
                start = pos
                prefix = find_stamp_prefix(line, date_order=date_order)
                if prefix is not None:
                    stamps.append(prefix[0])
                    start = pos + prefix[1]
                paragraphs.append(
                    _Paragraph(
                        start,
                        end,
                        len(stamps),
                        tuple(split_sentences(text, start, end)),
                        tuple(_quote_spans(text, start, end)),
                    )
                )
        if nl < 0:
            break
        pos = nl + 1
    return paragraphs, stamps


def _as_moment(published: date | datetime | None, zone: tzinfo | None) -> datetime | None:
    """Return ``published`` as an aware datetime (a date becomes midnight in ``zone`` or UTC)."""
    if published is None:
        return None
    if isinstance(published, datetime):
        if published.tzinfo is None or published.utcoffset() is None:
            raise InvalidClaim(
                f"published must be timezone-aware, got naive {published.isoformat()}; "
                "pass a date or an aware datetime"
            )
        return published
    if isinstance(published, date):
        return datetime.combine(published, time(), zone or UTC)
    raise InvalidClaim(f"published must be a date or datetime, got {published!r}")


def _entry_times(
    found: list[StampMatch], published: date | datetime | None
) -> tuple[list[datetime | None], datetime | None]:
    """Date every entry; return the entry times and ``published`` as an aware datetime."""
    zone = next((s.zone for s in found if s.zone is not None), None)
    moment = _as_moment(published, zone)
    times: list[datetime | None] = [moment]
    reference: date | datetime | None = published
    if reference is None:  # a stamp with a full date dates the blog: "11:05 a.m. ET, Feb 25, 2022"
        reference = next(
            (date(s.year, s.month, s.day) for s in found if s.year and s.month and s.day), None
        )
    if reference is None or not found:
        return times + [None] * len(found), moment
    try:
        resolved: Sequence[datetime | None] = resolve_stamps(found, reference=reference)
    except TimeParseError:
        resolved = [None] * len(found)
    return times + list(resolved), moment


# ---------------------------------------------------------------------------
# tokens
# ---------------------------------------------------------------------------


class _Tok:
    """A token of a sentence: its text, offsets and lower-case form (read many times)."""

    __slots__ = ("end", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _base(word: str) -> str:
    """Strip a possessive ending: "Ukraine’s" -> "Ukraine"."""
    for suffix in ("'s", "’s", "s'", "s’"):
        if word.endswith(suffix) and len(word) > 2:
            return word[: -len(suffix)] + ("s" if suffix[0] == "s" else "")
    return word


def _is_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’")) and len(word) > 2


def _clean(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").split())


# ---------------------------------------------------------------------------
# sources
# ---------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Clause:
    """A reporting clause found in a sentence."""

    start: int  # start of the clause (its noun phrase or verb)
    verb_end: int  # end of the reporting verb (or of "as saying" / "according to X")
    source: Source | None  # None: an anaphor still to resolve
    anaphor: str | None  # "he", "she", "it", "they", "source", "statement", "his office"...
    postposed: bool  # introduced by a comma or a closing quote: ", X said"
    agent: bool = False  # "claimed by X" right after a figure: X's, and no other figure's
    bounded: bool = False  # "The claim that N ...": only figures before the next comma


_ClausesOf = Callable[[tuple[int, int]], list[_Clause]]


def _np_before(toks: list[_Tok], i: int) -> tuple[int, int]:
    """Return the token range ``[a, i)`` of the noun phrase that ends just before token ``i``."""
    j = i
    while j > 0 and (
        toks[j - 1].low in _AUX_BEFORE_REPORTING
        or (j > 1 and toks[j - 1].low == "far" and toks[j - 2].low == "so")
    ):
        j -= 2 if toks[j - 1].low == "far" else 1  # "have so far counted"
    if (
        j >= 4
        and toks[j - 1].text == ")"
        and toks[j - 3].text == "("
        and toks[j - 2].text.isupper()
    ):
        j -= 3  # a body's acronym: "The World Health Organization (WHO) said"
    named = _appositive_name(toks, j)
    if named is not None:
        return named
    # "Maddon, 66, said": a name with an age between commas
    if (
        j >= 4
        and toks[j - 1].text == ","
        and toks[j - 3].text == ","
        and toks[j - 2].text.isdigit()
        and len(toks[j - 2].text) <= 3
        and toks[j - 4].cap
    ):
        j -= 3
    # "Diageo, which is the world's biggest spirits company, said", "John Smith, a spokesman
    # for the coastguard, said": the name before the clause or the description
    if j >= 4 and toks[j - 1].text == ",":
        for w in range(j - 2, max(0, j - 18), -1):
            if toks[w].text in {",", ";", "“", "”", '"'}:
                if (
                    toks[w].text == ","
                    and w + 1 < j - 1
                    and (
                        toks[w + 1].low in {"which", "who", "citing", "a", "an", "the"}
                        or toks[w + 1].low in _OWNER_PRONOUNS  # "Airbus, its European rival,"
                        or toks[w + 1].low in _TITLES
                        or _participle_opens(toks[w + 1])  # ", speaking to reporters,"
                        or _owned_description(toks, w + 1, j - 1)
                    )
                    and (toks[w - 1].cap or toks[w - 1].low in _NAMED_HEADS)
                ):
                    j = w
                break
    # "X on Tuesday said"
    if j >= 2 and re.fullmatch(_WEEKDAY, toks[j - 1].text) and toks[j - 2].low == "on":
        j -= 2
    end = j
    a = j
    if a > 0 and toks[a - 1].low in {"he", "she", "it", "they"}:
        return a - 1, end
    if a > 1 and toks[a - 1].low in _OWN_DOCUMENTS:  # "its quarterly report said"
        for k in range(a - 2, max(-1, a - 5), -1):
            if toks[k].low in _OWNER_PRONOUNS:
                return k, end
            if toks[k].cap or not toks[k].low.isalpha():
                break
    inner_the = -1  # a "the" inside the name: "Save the Children", "Institute for the Study"
    while a > 0:
        t = toks[a - 1]
        low = t.low
        if t.cap and not (a - 1 == 0 and low in _FUNCTION_CAPS and low not in {"the", "a", "an"}):
            if low in _FUNCTION_CAPS and low not in {"the", "a", "an"}:
                break
            a -= 1
            if low in {"the", "a", "an"}:
                break
            continue
        if (
            low in _TITLES
            or low in _GOVERNMENT_WORDS
            or low in _OUTLET_WORDS
            or low in _ORG_WORDS
            or low in _GROUP_SOURCES
            or low == "news"
            # "the electoral commission said", "the weather service IPMA said"
            or (low in _BODY_HEADS and (a == end or toks[a].cap))
            or (low in _ANAPHORS and a == end)  # "the statement said"
            or (a == end and not t.cap and (low in _STUDY_WORDS or low in _OWN_DOCUMENTS))
        ):
            a -= 1
            continue
        if a == end - 1 and (toks[a].low in _STUDY_WORDS or toks[a].low in _OWN_DOCUMENTS):
            # an owner in lower case before its document: "the ministry's statement", "the
            # company's annual report"
            k = a - 1
            while k > 0 and a - k <= 2 and _plain_word(toks[k].text):
                k -= 1
            if _is_possessive(toks[k].text) and _owner_opens(toks, k):
                a = k
                continue
        if low in {"of", "for", "and", "de", "&"} and a - 1 > 0 and a < end and toks[a - 2].cap:
            a -= 1
            continue
        if low in _NAME_PARTICLES and a < end:
            p = a - 1
            while p > 0 and toks[p - 1].low in _NAME_PARTICLES:
                p -= 1
            if p > 0 and toks[p - 1].cap:
                a = p  # "Ursula von der Leyen", "Ursula von der"
                continue
            if p == 0 or toks[p - 1].text in {",", ";", "“", '"', "”"}:
                a = p  # the name starts with its particles: "..., von der Leyen said"
                break
        if a < end and (
            toks[a].low in _BODY_HEADS
            or toks[a].low in _ROLE_HEADS
            or (toks[a].low in _GROUP_SOURCES and a == end - 1)  # "utility companies said"
        ):
            field = _field_words(toks, a)
            if field:
                a -= field  # a body's field: "the health ministry", "UN human rights office"
                continue
        if low == "the" and inner_the < 0 and a < end and toks[a].cap and _the_inside(toks, a - 1):
            inner_the = a - 1
            a -= 1
            continue
        if (
            low == "the"
            and a >= 3
            and toks[a - 2].low in {"of", "for"}
            and (toks[a - 3].low in _TITLES or toks[a - 3].low in _ROLE_HEADS)
            and _name_ends(toks, a, end)
        ):
            a -= 3  # an office of a body before a name: "Head of the IAEA Rafael Grossi"
            continue
        if low in {"the", "a", "an", "his", "her", "its", "their"}:
            a -= 1
            break
        if t.text[:1].isdigit() and a - 1 > 0 and toks[a - 2].text.isupper():
            a -= 1  # "FRANCE 24"
            continue
        break
    if inner_the >= 0 and a > 0 and toks[a - 1].low in _FUNCTION_CAPS | _PREPS | _OTHER_PREPS:
        a = inner_the  # "In Bakhmut the Wagner Group said": a place before the name
    while a < end and toks[a].low in {"of", "for", "and", "de", "&"}:
        a += 1
    return a, end


def _the_inside(toks: list[_Tok], k: int) -> bool:
    """Whether the lower-case "the" at ``k``, before a capitalised word, is inside a name.

    It is after a capitalised word of a name ("Save the Children") or after "of" or "for"
    that follows one ("Institute for the Study of War", "Doctors of the World"); not after a
    day, a month or a place ("On Monday the Pentagon said", "Kyiv the ...").
    """
    if k < 1:
        return False
    before = toks[k - 1]
    if before.low in {"of", "for"} and k >= 2:
        before = toks[k - 2]
    return (
        before.cap
        and before.text.isalpha()
        and before.low not in _FUNCTION_CAPS
        and before.low not in _TIME_WORDS
        and before.low not in _DAYS_BEFORE_NAMES
        and before.low not in _DEMONYMS
        and before.text not in _DEMONYM_WORDS
        and before.low not in _TITLES
    )


def _owned_description(toks: list[_Tok], a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` describe a name by its owner's office: "Tesco's chief executive".

    A capitalised owner opens it ("Tesco's", "Britain's"), and a title, a body's head or a
    trade ends it within four words, with nothing but plain words and titles between: "Ken
    Murphy, Tesco's chief executive, said", "Shell, Britain's biggest oil company, said",
    "Tesco's CEO"; not a clause ("Tesco's sales rose 7%").
    """
    if b - a < 2 or b - a > 5 or not toks[a].cap or not _is_possessive(toks[a].text):
        return False
    words = toks[a + 1 : b]
    last = words[-1].low
    return (last in _TITLES or last in _NAMED_HEADS or last in _TRADES) and all(
        _plain_word(t.text) or t.low in _TITLES for t in words
    )


def _name_ends(toks: list[_Tok], a: int, end: int) -> bool:
    """Whether tokens ``[a, end)`` end with a name after a body's: "IAEA Rafael Grossi".

    Two capitalised words at least, the last no acronym: "the UN" and "the European
    Commission" hold a body's name only, and so may "the IAEA Grossi" hold a person's.
    """
    last = toks[end - 1].text
    return last[:1].isupper() and not last.isupper() and sum(1 for t in toks[a:end] if t.cap) >= 2


def _participle_opens(tok: _Tok) -> bool:
    """Whether ``tok`` opens a participle's phrase between commas: ", speaking on condition ..."."""
    word = tok.text
    return (
        word.endswith("ing")
        and len(word) > 5
        and word.isalpha()
        and word.islower()
        and word not in {"including", "according", "excluding", "following", "during"}
    )


def _appositive_name(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """Read the name between commas after a title before token ``j``.

    "The governor of the Kharkiv region, Oleh Synegubov, said": Oleh Synegubov speaks. The
    phrase before the first comma must hold a title ("governor", "spokesman", ...), so
    that a place between commas ("Officials in Kharkiv, Ukraine, said") is no speaker.
    """
    if j < 4 or toks[j - 1].text != ",":
        return None
    m = j - 2
    while m >= 0 and j - 2 - m < 4 and toks[m].cap and toks[m].text.replace("-", "").isalpha():
        m -= 1
    if m < 1 or m == j - 2 or toks[m].text != ",":
        return None
    if not any(t.low in _TITLES for t in toks[max(0, m - 8) : m]):
        return None
    return m + 1, j - 1


def _field_words(toks: list[_Tok], head: int) -> int:
    """How many lower-case field words stand before a body's head word at ``head``.

    At most three, and only after "the", a comma or a capitalised word: "the health
    ministry", "the UN human rights office", ", satellite company Maxar". An owner in lower
    case counts as one of them, after "the", a title or a capitalised word: "the country's
    disaster agency", "the governor's office", "Texas governor's office".
    """
    n = 0
    k = head - 1
    while k >= 0 and n < 3:
        t = toks[k]
        if t.cap or t.low in {"the", ","}:
            return n
        if _is_possessive(t.text) and _owner_opens(toks, k):
            return n + 1  # the owner before the field: "the country's disaster agency"
        if not t.low.isalpha() or t.low in _STOP_WORDS or t.low in _DETERMINERS:
            return 0
        n += 1
        k -= 1
    return n if k < 0 else 0


def _owner_opens(toks: list[_Tok], k: int) -> bool:
    """Whether an owner in lower case at ``k`` opens a phrase: "Texas governor's"."""
    if not toks[k].low.rstrip("'’s").replace("-", "").isalpha():
        return False
    before = toks[k - 1] if k else None
    return before is None or before.low in {"the", "a", "an"} or before.cap or before.low in _TITLES


def _np_after(toks: list[_Tok], i: int) -> tuple[int, int]:
    """Return the token range ``[i, b)`` of the noun phrase that starts at token ``i``."""
    b = i
    if b < len(toks) and toks[b].low in {"the", "a", "an"}:
        b += 1
        if b < len(toks) and toks[b].low in _SOURCE_ADJECTIVES and not toks[b].cap:
            while b < len(toks) and toks[b].low in _SOURCE_ADJECTIVES and not toks[b].cap:
                b += 1  # "according to the latest UN figures"; not "the New York Times"
            i = b
    while b < len(toks):
        t = toks[b]
        low = t.low
        if b > i and _is_possessive(t.text):
            head = _field_head(toks, b + 1)
            if head:
                b = head  # "the Paris prosecutor's office", "the city's health department"
                continue
        if (
            low.isalpha()
            and low not in _STOP_WORDS
            and low not in _DETERMINERS
            and low not in _PREPS
            and low not in _OTHER_PREPS
        ):
            head = _field_head(toks, b + 1)
            if head:
                b = head  # a field before a body: "local authorities", "research firm NPD",
                continue  # "local health officials"
        if (
            t.cap
            or low in _TITLES
            or low in _GOVERNMENT_WORDS
            or low in _OUTLET_WORDS
            or low in _ORG_WORDS
            or low in _GROUP_SOURCES
        ):
            b += 1
            continue
        if low == "news" or (
            low in {"of", "for", "and", "&"} and b + 1 < len(toks) and toks[b + 1].cap and b > i
        ):
            b += 1
            continue
        if (
            low in {"of", "for"}
            and b > i
            and b + 2 < len(toks)
            and toks[b + 1].low == "the"
            and toks[b + 2].cap
            and toks[b - 1].cap
        ):
            b += 1  # "Institute for the Study of War": "the" goes on below
            continue
        if (
            low == "the"
            and b > i
            and b + 1 < len(toks)
            and toks[b + 1].cap
            and toks[b + 1].low not in _FUNCTION_CAPS
            and _the_inside(toks, b)
        ):
            b += 1  # "according to Save the Children", "the Institute for the Study of War"
            continue
        if low in _ESTIMATES and b > i:
            b += 1  # "according to Western estimates", "according to UN figures"
            break
        if t.text[:1].isdigit() and b > i and toks[b - 1].text.isupper():
            b += 1
            continue
        break
    return i, b


def _field_head(toks: list[_Tok], k: int) -> int:
    """Where a body's head ends if it stands at token ``k`` after at most one field word.

    "officials" and "health officials" both end there; 0 if no head follows.
    """
    if k < len(toks) and toks[k].low in _NAMED_HEADS:
        return k + 1
    if (
        k + 1 < len(toks)
        and toks[k + 1].low in _NAMED_HEADS
        and not toks[k].cap
        and _plain_word(toks[k].text)
    ):
        return k + 2  # "health officials", "health department"
    return 0


def _phrase(text: str, toks: list[_Tok], a: int, b: int) -> str:
    return _clean(text[toks[a].start : toks[b - 1].end]) if a < b else ""


def _make_source(phrase: str) -> Source | None:
    """Build a source from a noun phrase such as "Pentagon spokesman John Kirby".

    Persons lose their titles ("John Kirby"); a leading article is dropped
    ("The Pentagon" -> "Pentagon") except before plural names and "United ..."
    ("the United States"); "news agency" is dropped after an agency's name.
    """
    words = phrase.split()
    while len(words) > 1 and words[0].lower() in _CONJUNCTIONS:
        words = words[1:]  # "but official figures put it at 4.1%"
    while len(words) > 1 and words[0].lower().rstrip(",") in _DAYS_BEFORE_NAMES:
        words = words[1:]  # "On Monday Zelensky said": the day is no part of the name
    if not words:
        return None
    lows = [_base(w).lower() for w in words]
    if (
        lows[-1] in _PRONOUNS
        or lows[-1] in _FIRST_PERSON
        or (len(words) == 1 and lows[0] in _DETERMINERS)
    ):
        return None  # "he", "we", or "a" in "according to a survey"
    k = len(words)
    while k > 0 and (
        words[k - 1][:1].isupper()
        or (words[k - 1] == "&" and k > 1 and words[k - 2][:1].isupper())  # "Karen Clark & Co"
    ):
        k -= 1
    office_of = _office_of(lows)
    if 0 < k < len(words) and words[k - 1][:1].islower() and lows[k - 1] in _DESCRIPTOR_HEADS:
        # a body described before its name: "regulator Ofgem", "satellite company Maxar";
        # an office of one before a person's: "Head of the agency Rafael Grossi"
        if office_of:
            return Source(" ".join(_last_name_words(words[k:])), kind="person")
        return Source(" ".join(words[k:]), kind=_kind(" ".join(lows[:k])) or "organisation")
    if len(words) > 1 and lows[0] in _TRADES - _NAME_OPENERS and words[1][:1].isupper():
        # a trade that opens a sentence: "Retailer Tesco said", "Pollster Ipsos put"
        return Source(" ".join(words[1:]), kind=_kind(lows[0]) or "organisation")
    # a person: a trailing run of capitalised name words after a title or possessive
    run = len(words)
    while run > 0:
        w = words[run - 1]
        low = lows[run - 1]
        if low in _NAME_PARTICLES and run > 1 and run < len(words) and words[run - 2][:1].isupper():
            run -= 1  # "von" in "Ursula von der Leyen"
            continue
        if (
            low in _NAME_PARTICLES
            and run > 2
            and run < len(words)
            and lows[run - 2] in _NAME_PARTICLES
        ):
            run -= 1  # "der" in "von der"
            continue
        if (
            low in _NAME_PARTICLES
            and run < len(words)
            and all(x in _NAME_PARTICLES for x in lows[: run - 1])
        ):
            run -= 1  # a name that opens with its particles: "von der Leyen"
            continue
        if not w[:1].isupper() or _is_possessive(w) or low in _TITLES or low in _GOVERNMENT_WORDS:
            break
        if low.rstrip(".") in _HONORIFICS and run < len(words):
            break  # "Mr Biden", "Dr. Fauci": a courtesy title, no part of the name
        if low in _ORG_WORDS or low in _OUTLETS or low in _DEMONYMS or low in {"affairs"}:
            break
        if low in _GROUP_SOURCES:
            break  # "Analysts said": a group, not a person
        if w.isupper() and len(w) > 1:
            break
        run -= 1
    name_words = words[run:]
    nationality = 0
    while run == 0 and nationality < len(words) - 1 and words[nationality] in _DEMONYM_WORDS:
        nationality += 1
    if nationality and len(words) - nationality > 1:
        # a nationality describes the name after it: "Ukrainian Volodymyr Zelensky"
        return _make_source(" ".join(words[nationality:]))
    if nationality:
        name_words = []  # no first name: "Dutch Shell", "Russian Railways" name bodies
    office_holder = False  # a name after an office of a body: "Head of the IAEA Rafael Grossi"
    if office_of:
        caps = sum(1 for w in name_words if w[:1].isupper())
        if name_words and (lows[run - 1] not in _NAME_JOINERS | {"the"} or caps > 2):
            name_words = _last_name_words(name_words)
            office_holder = True
        elif lows[office_of + 1] == "the":
            # no name after the office: the body speaks ("the head of the IAEA said": IAEA;
            # "an official for the UN said": UN)
            return _make_source(" ".join(words[office_of + 1 :]))
    if name_words and name_words[0].lower() in _TIME_WORDS:
        name_words = []  # "On Thursday": a day, not a person; but "Theresa May" is one
    if name_words and run > 0 and _is_possessive(words[run - 1]) and lows[-1] in _BODY_HEADS:
        name_words = []  # an owner's body, by its name: "Italy's Civil Protection Agency"
    before = lows[:run]
    titled = (
        office_holder
        or (
            any(x in _TITLES or x.rstrip(".") in _HONORIFICS for x in before)
            and lows[run - 1] not in _TITLE_ADJECTIVES
            and lows[run - 1] not in _NAME_JOINERS  # "the National Bureau of Statistics"
        )
        or (run > 0 and _is_possessive(words[run - 1]))
    )
    phrase_low = " ".join(lows)
    if name_words and name_words[0].lower() == "the":
        name_words = []  # "The Philippines": a person's name never opens with "The"
    if name_words and (
        (titled and len(name_words) >= 1)
        or (run == 0 and len(name_words) >= 2 and not _orgish(phrase_low))
        or (
            run == 0
            and len(name_words) == 1
            and not _orgish(phrase_low)
            and not _company_like(name_words[0])
        )
    ):
        if before and before[0] in {"the", "a", "an"} and not titled:
            pass
        else:
            return Source(" ".join(name_words).replace("’", "'"), kind="person")
    # an organisation, a government or an outlet
    if lows[0] in {"the", "a", "an"} and len(words) > 1:
        last = words[-1]
        keep = (
            lows[1] == "united"
            or (
                len(words) == 2  # "the Netherlands"; not "the Office for National Statistics"
                and last[:1].isupper()
                and last.endswith("s")
                and not last.endswith("ss")
                and not _is_possessive(last)
                and last.lower() not in _OUTLETS  # "Reuters" is no plural
            )
        )
        words = ["the", *words[1:]] if keep else words[1:]
        lows = lows[1:] if not keep else lows
    name = _clean(" ".join(words))
    low = " ".join(_base(w).lower() for w in name.split())
    kind = _kind(low)
    if kind == "outlet":
        # "Interfax news agency", "an AFP journalist": the outlet itself
        stripped = re.sub(
            r"\s+(?:(?:news\s+)?agency|journalists?|reporters?|correspondents?|photographer)$",
            "",
            name,
            flags=re.I,
        )
        if stripped and stripped != name and stripped.lower() not in {"the", "news"}:
            name = stripped
    if " " not in name and _is_possessive(name):
        name = _base(name)  # "according to AFP's tally"
    if kind is None and len(name) > 1 and (name.isupper() or _company_like(name)):
        kind = "organisation"  # an acronym ("AFAD", "IPMA") or a company's name ("YouGov")
    return Source(name, kind=kind)


# Courtesy titles before a surname, which the name drops as it drops an office: "Mr Biden" is
# the "Joe Biden" named before ("Sir", "Lord" and "Dame" go with a first name, and stay).
_HONORIFICS = _words("""mr mrs ms miss mx dr prof""")


def _office_of(lows: list[str]) -> int:
    """Where the "of" is if lower-cased words open with an office of a body, else 0.

    Title words, then "of" or "for" and more words, perhaps after an article: "head of the
    IAEA ...", "Minister of the Interior Gerald Darmanin", "the President of the European
    Commission ...".
    """
    k = 1 if lows and lows[0] in {"the", "a", "an"} else 0
    first = k
    while k < len(lows) and (lows[k] in _TITLES or lows[k] in _ROLE_HEADS):
        k += 1
    return k if first < k < len(lows) - 1 and lows[k] in {"of", "for"} else 0


def _last_name_words(words: list[str]) -> list[str]:
    """A person's name at the end of capitalised words that name a body first.

    "European Commission Ursula von der Leyen" ends with "Ursula von der Leyen": a first
    name and a surname, with the particles between them; the body's name ends before.
    """
    caps = 0
    k = len(words)
    while k > 0 and caps < 2:
        k -= 1
        if words[k][:1].isupper():
            caps += 1
    return words[k:]


_CONJUNCTIONS = frozenset({"but", "and", "or", "while", "whereas", "yet"})
# Words that join the words of a body's name: "Bureau of Statistics", "Office for ...".
_NAME_JOINERS = frozenset({"of", "for", "and", "de", "&"})
# Days that may stand before a name in a reporting clause; months that are also first names
# (April, May, June, August) are left out.
_DAYS_BEFORE_NAMES = _words(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    tomorrow january february march july september october november december"""
)


def _company_like(word: str) -> bool:
    """Whether one word reads as a body's name, not a surname: "YouGov", "Eurostat", "Gazprom".

    A capital inside the word (but not after Mc, Mac, De, Di, Le, La, Van or O': "McCarthy",
    "DeSantis"), or an ending that names bodies ("-stat", "-corp", "-tech", "-bank", ...).
    """
    if " " in word or not word[:1].isupper():
        return False
    inner = [i for i, ch in enumerate(word) if i and ch.isupper()]
    if inner and word[: inner[0]] not in _SURNAME_PREFIXES and not word.isupper():
        return True
    return word.lower().endswith(_BODY_ENDINGS) and len(word) > 5


# The last words of news outlets' names: "the Financial Times", "France Info".
_OUTLET_NAME_ENDS = _words(
    """times post journal herald gazette telegraph tribune chronicle info inquirer courier"""
)
_SURNAME_PREFIXES = frozenset({"Mc", "Mac", "De", "Di", "Da", "Le", "La", "Van", "Von", "O'", "D'"})
_BODY_ENDINGS = ("stat", "corp", "tech", "soft", "bank", "gaz", "prom", "neft")


def _outlet_name(low: str) -> bool:
    """Whether a lower-cased name is a news outlet's by its words: "france info", "radio france"."""
    names = low.removeprefix("the ").split()
    return len(names) > 1 and (names[-1] in _OUTLET_NAME_ENDS or names[0] == "radio")


def _orgish(low: str) -> bool:
    words = set(low.split())
    return bool(
        _outlet_name(low)
        or words & (_ORG_WORDS | _GOVERNMENT_WORDS | _OUTLET_WORDS | _OUTLETS)
        or low in _DEMONYMS
        or any(p in low for p in _OUTLET_PHRASES)
        or any(w in _COUNTRIES for w in words)
        or "united" in words
    )


def _kind(low: str) -> str | None:
    words = set(low.replace("the ", "").split())
    outlet_words = words & (_OUTLETS | _OUTLET_WORDS)
    if outlet_words == {"agency"} and "news" not in words:
        outlet_words = set()  # "the UN refugee agency" is no news agency
    if any(p in low for p in _OUTLET_PHRASES) or outlet_words:
        return "outlet"
    if _outlet_name(low):
        return "outlet"
    if low.rsplit(" ", 1)[-1] in _HEADS_OF:
        return "person"  # an office holder left unnamed: "the UN refugee chief"
    if words & _GOVERNMENT_WORDS or low.removeprefix("the ") in _COUNTRIES:
        return "government"
    if low.rsplit(" ", 1)[-1] == "minister":
        return "government"  # "Ukraine's health minister", unnamed
    if words & _ORG_WORDS or low.removeprefix("the ") in _DEMONYMS:
        return "organisation"
    if low.rsplit(" ", 1)[-1] in _UNNAMED_HEADS or low.rsplit(" ", 1)[-1] in _ESTIMATES:
        return "unnamed"  # "according to officials", as "officials said"; "official results"
    if " and " in f" {low} " and all(w in _COUNTRIES or w == "and" for w in words):
        return "government"
    last = low.rsplit(" ", 1)[-1]
    if last in _BODY_HEADS:
        return "organisation"  # "the service said"
    if last in _GROUP_SOURCES:
        return "unnamed"  # "organisers said", "according to analysts"
    if last in _TITLES and last not in _TITLE_ADJECTIVES:
        return "person"  # an office holder left unnamed: "the governor said"
    return "organisation" if len(words) > 1 else None  # acronyms: see _make_source


# Heads of a body, named by their office: "the UN refugee chief", "the WHO regional director".
_HEADS_OF = frozenset({"chief", "director", "commissioner", "envoy", "coordinator"})


def _unnamed(text: str, toks: list[_Tok], verb: int, floor: int) -> tuple[int, str] | None:
    """Find "a source familiar with the details" ending just before token ``verb``."""
    for k in range(verb - 1, max(floor, verb - 9) - 1, -1):
        t = toks[k]
        if t.text in {",", ";", "“", "”", '"'}:
            return None
        if t.low in _UNNAMED_HEADS:
            if t.cap and _opens_name(toks, k + 1, verb):
                return None  # a head word that opens a name: "Doctors Without Borders said"
            a = k
            while a > floor and k - a < 5 and toks[a - 1].text not in {",", ";"}:
                a -= 1
                if toks[a].low in {"a", "an", "one", "two", "three", "several", "the", "some"}:
                    break
            if toks[a].low in {"the", "this", "that"} and a == k - 1:
                return a, "the source"
            while a < k and toks[a].low in _CONJUNCTIONS:
                a += 1  # "but official figures put it at 4.1%"
            first = a + 1 if toks[a].low in {"a", "an", "the", "one"} else a
            end = verb
            while end > k + 1:
                if toks[end - 1].low in _AUX_BEFORE_REPORTING:
                    end -= 1  # "Officials later said": "later" is no part of who speaks
                elif end > k + 2 and toks[end - 2].low == "on" and _is_weekday(toks[end - 1]):
                    end -= 2  # "Officials on Tuesday said"
                else:
                    break
            return a, _clean(" ".join(w.text for w in toks[first:end]))
    return None


def _opens_name(toks: list[_Tok], k: int, limit: int) -> bool:
    """Whether the words at ``k`` go on a name: "Without Borders", "of the World", "for Peace"."""
    if k < limit and toks[k].low in {"of", "for"}:
        k += 2 if k + 1 < limit and toks[k + 1].low == "the" else 1
    return k < limit and toks[k].cap and toks[k].low not in _TIME_WORDS


def _clauses(
    doc: _Document, start: int, end: int, masked: str, toks: list[_Tok] | None = None
) -> list[_Clause]:
    """Find the reporting clauses of the sentence ``doc.text[start:end]`` outside quotations.

    ``toks`` are the tokens of ``masked[start:end]``, if the caller has them already.
    """
    text = doc.text
    if toks is None:
        toks = _tokens(masked, start, end)
    out: list[_Clause] = []
    headline = _headline_speaker(text, toks)
    if headline is not None:
        out.append(headline)
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        low = t.low
        skip = _according_to(toks, i) if low in _ACCORDING_STARTS else 0
        if skip:  # "according to X"; "Per X, ..." opening a sentence
            study = _study_source(doc, toks, i + skip, n)
            if study is not None:  # "according to a survey by Ipsos"
                post = _after_its_figure(toks, i)
                out.append(_Clause(t.start, toks[study[1] - 1].end, study[0], None, post))
                i = study[1]
                continue
            owned = _owned_role(toks, i + skip, n)
            if owned is not None:  # "according to its defence ministry": an anaphor
                post = _after_its_figure(toks, i)
                out.append(
                    _Clause(
                        t.start,
                        toks[owned - 1].end,
                        None,
                        _phrase(masked, toks, i + skip, owned).lower(),
                        post,
                    )
                )
                i = owned
                continue
            a, b = _np_after(toks, i + skip)
            src = _make_source(_phrase(text, toks, a, b)) if b > a else None
            if src is not None and _name_in_s(toks, b - 1, b):
                src = _itself(doc, src, toks[b - 1].text)  # "according to Moody's"
            trade = _trade_after(doc, toks, i + skip, n) if src is None else None
            if trade is None and src is None:
                trade = _trade_alone(toks, i + skip, n)  # "according to the charity"
            if trade is None and src is None:
                trade = _unnamed_after(text, toks, i + skip, n)  # "according to sources"
            if trade is not None:  # "according to utility Entergy"
                src, b = trade
            shared = _shared_item_after(toks, i + skip, n) if src is None else None
            if shared is not None:  # "according to a widely shared post"
                src, b = shared
            if src is not None:
                post = _after_its_figure(toks, i)
                out.append(_Clause(t.start, toks[b - 1].end, src, None, post))
                i = b
                continue
        elif (
            low in _CLAIM_NOUNS
            and i + 1 < n
            and toks[i + 1].low == "that"
            and (i == 0 or toks[i - 1].low in _DETERMINERS or _is_possessive(toks[i - 1].text))
        ):
            # "The claim that the vaccine killed 50,000 people is false": a claim being checked,
            # by its owner if it has one ("Trump's claim that"), never the writer's
            possessive = i > 0 and _is_possessive(toks[i - 1].text)
            owner = _make_source(_base(toks[i - 1].text)) if possessive else None
            src = owner or Source(_CLAIM_NOUNS[low], kind="unnamed")
            begin = toks[i - 1].start if owner else t.start
            out.append(_Clause(begin, toks[i + 1].end, src, None, False, bounded=True))
        elif (
            low in _CITE_VERBS
            and i > 0
            and toks[i - 1].low in {"was", "were"}
            and i + 2 < n
            and toks[i + 1].low == "as"
            and toks[i + 2].low in {"saying", "telling"}
        ):
            # "The mayor was quoted as saying": the mayor speaks
            xa, xb = _np_before(toks, i - 1)
            if xb == xa and i >= 3 and toks[i - 3].low == "the":
                xa, xb = i - 3, i - 1  # "the mayor"
            src = _make_source(_phrase(text, toks, xa, xb)) if xb > xa else None
            if src is not None:
                post = xa > 0 and toks[xa - 1].text == ","
                out.append(_Clause(toks[xa].start, toks[i + 2].end, src, None, post))
                i += 3
                continue
        elif low in _CITE_VERBS:
            # "X cited Y as saying"
            k = i + 1
            while k < n and k < i + 12 and toks[k].low != "as":
                k += 1
            if k + 1 < n and toks[k].low == "as" and toks[k + 1].low in {"saying", "telling"}:
                ya, yb = _np_after(toks, i + 1)
                xa, xb = _np_before(toks, i)
                claimant = _make_source(_phrase(text, toks, ya, yb)) if yb > ya else None
                reporter = _make_source(_phrase(text, toks, xa, xb)) if xb > xa else None
                if claimant is not None:
                    if reporter is not None:
                        claimant = attrs.evolve(claimant, reported_by=reporter)
                    post = xa > 0 and toks[xa - 1].text == ","
                    begin = toks[xa].start if xb > xa else t.start
                    out.append(_Clause(begin, toks[k + 1].end, claimant, None, post))
                    i = k + 2
                    continue
        elif low in _PASSIVE_REPORTING and i + 2 < n and toks[i + 1].low == "by":
            # "not the 1 million claimed by some MPs", "a figure estimated by the UN"
            a, b = _np_after(toks, i + 2)
            if b == a and toks[i + 2].low in _AGENT_QUANTIFIERS:
                a, b = _np_after(toks, i + 3)
                a = i + 2  # "some MPs", "many economists"
            src = _make_source(_phrase(text, toks, a, b)) if b > a else None
            if src is not None:
                out.append(_Clause(t.start, toks[b - 1].end, src, None, False, agent=True))
                i = b
                continue
        elif low in _REPORTING_VERBS and not (
            t.cap and low in _NAME_NOUNS and i > 0 and toks[i - 1].cap
        ):  # not the noun of a name: "the United States", "Consumer Reports"
            found = _reporting_clause(doc, toks, i)
            outlet = _interviewer(toks, i) if found else None
            if outlet is not None:
                # "A Western diplomat told AFP", "Speaking to CNN, Zelensky said": the outlet
                # reports what the speaker said
                found = [
                    attrs.evolve(c, source=attrs.evolve(c.source, reported_by=outlet))
                    if c.source is not None and c.source.kind != "outlet"
                    else c
                    for c in found
                ]
            cited = _citing(text, toks, i) if found else None
            if cited is not None:  # "Citing people familiar with the matter, Bloomberg reported"
                found = [
                    attrs.evolve(c, source=attrs.evolve(cited, reported_by=c.source))
                    for c in found
                    if c.source is not None
                ] or found
            out.extend(found)
        elif low in _COUNTING_VERBS and _figure_follows(masked, t.end):
            out.extend(_reporting_clause(doc, toks, i))  # "police counted 87,000 marchers"
        elif low in _REVISING_VERBS and _revises_own_figure(toks, i):
            out.extend(_reporting_clause(doc, toks, i))  # "The IMF cut its growth forecast to"
        elif low in PUT_VERBS and _puts_figure_at(toks, i):  # an estimate, like "estimated"
            out.extend(_reporting_clause(doc, toks, i))  # "the ministry put the figure at"
        elif low in _FINDING_VERBS:
            at = _study_before(toks, i)  # "a poll by Rating found"
            study = _study_source(doc, toks, at, i) if at is not None else None
            if at is not None and study is not None:
                post = at > 0 and toks[at - 1].text == ","
                out.append(_Clause(toks[at].start, t.end, study[0], None, post))
        elif low in _PARTICIPIAL and i > 1 and toks[i - 1].text == ",":
            before = [c for c in out if c.verb_end <= t.start]
            if before:  # "..., police said, adding that 12 officers were injured": police
                last = before[-1]
                out.append(_Clause(t.start, t.end, last.source, last.anaphor, False))
            elif toks[0].cap and toks[0].low not in _HEDGE_STARTS:
                a, b = _np_after(toks, 0)  # "Truss called Russia's bluff, saying ..."
                src = _make_source(_phrase(text, toks, a, b)) if 0 < b < i else None
                if src is not None:
                    out.append(_Clause(t.start, t.end, src, None, False))
        i += 1
    ends = {t.end for t in toks if t.low in _GAPPING_VERBS}
    counting = [c for c in out if c.verb_end in ends]
    if counting:
        out.extend(_gapped(text, toks, counting))
    return [_settle_kind(doc, c) for c in out]


def _settle_kind(doc: _Document, clause: _Clause) -> _Clause:
    """The clause with a one-word person's kind settled by the text (``_one_word_kind``)."""
    src = clause.source
    if src is None or src.kind != "person" or " " in src.name or not src.name[:1].isupper():
        return clause
    if _role(src.name):
        return clause  # an office, no name: "the President said"
    at = doc.text.find(src.name, clause.start, max(clause.verb_end, clause.start + 200))
    title = _TITLE_BEFORE.search(doc.text, max(0, at - 40), at) if at > 0 else None
    if title is not None and title.group(1).lower() in _TITLES | _COURTESY_TITLES:
        return clause  # "spokesman Kirby said", "said Mr Biden"
    kind = _one_word_kind(doc, src.name)
    return clause if kind == "person" else attrs.evolve(clause, source=attrs.evolve(src, kind=kind))


def _headline_speaker(text: str, toks: list[_Tok]) -> _Clause | None:
    """Read a speaker named before a colon that opens a sentence: "Zelensky: 1,300 killed".

    Headlines and live-blog entries attribute so ("UN: More than 1.5 million refugees have
    fled", "Kirby: "We estimate ...""). The name is one to four capitalised words that
    ``_make_source`` accepts; labels ("Update:", "Key events:") are no speakers.
    """
    k = next((j for j, t in enumerate(toks[:6]) if t.text == ":"), None)
    if k is None or k == 0 or toks[k].start != toks[k - 1].end:
        return None
    if not all(t.cap and t.text.replace(".", "").replace("-", "").isalpha() for t in toks[:k]):
        return None  # "02:25", "Key events:" pass the first test, not this one
    if any(t.low in _LABELS for t in toks[:k]):
        return None
    src = _make_source(_phrase(text, toks, 0, k))
    if src is None:
        return None
    return _Clause(toks[0].start, toks[k].end, src, None, False)


# Words that label a headline rather than name its speaker: "Update: ...", "Key events: ...".
_LABELS = _words(
    """update updates breaking live watch read note exclusive analysis opinion explainer
    timeline key events latest correction factbox graphic video photos map recap summary
    what why how who when where here today tonight morning evening briefing"""
)


def _gapped(text: str, toks: list[_Tok], found: list[_Clause]) -> list[_Clause]:
    """Find sources whose reporting verb is left out after the first: ", the CGT 500,000".

    In "police counted 87,000 demonstrators, the CGT 500,000" the verb of the first clause
    is understood in the second: a name (or a group that news cites, "organisers") right
    after a comma, a semicolon or "while", followed at once by a number, is its source.
    Only after a verb of counting or estimating (``found``): after "said", a name before a
    number is as often a place ("20 died in Kharkiv, Kyiv 12").
    """
    out: list[_Clause] = []
    first = min(c.verb_end for c in found)
    n = len(toks)
    for j, t in enumerate(toks):
        if t.end <= first or j + 2 >= n or t.low not in _GAP_JOINERS:
            continue
        a, b = _np_after(toks, j + 1)
        while b > a + 1 and toks[b - 1].text[:1].isdigit():
            b -= 1  # "the CGT 500,000": the number is not part of the name
        if b <= a or b >= n or not (toks[b].text[:1].isdigit() or toks[b].text in _CURRENCY_SIGNS):
            continue
        if not any(w.cap for w in toks[a:b]) and toks[b - 1].low not in _GROUP_SOURCES:
            continue
        src = _make_source(_phrase(text, toks, a, b))
        if src is not None and src.kind != "outlet":
            out.append(_Clause(toks[a].start, toks[b - 1].end, src, None, False))
    return out


_GAP_JOINERS = frozenset({",", ";", "while", "whereas"})


_ACCORDING_STARTS = frozenset({"according", "per"})


# Things shared online or handed out that make claims: "A viral video claims that ...".
_SHARED_ITEMS = _words(
    """post posts video videos tweet tweets message messages meme memes image images graphic
    graphics screenshot screenshots leaflet leaflets flyer flyers petition petitions rumour
    rumours rumor rumors chain"""
)
_SHARED_ADJECTIVES = _words("""viral widely social online anonymous fake doctored several many""")
_SHARED_ITEM_KIND = "shared item"
"""The kind of a source that is a post, video, meme or leaflet rather than a person or body."""


def _shared_item(toks: list[_Tok], head: int) -> tuple[int, Source]:
    """Name the shared item whose head noun is token ``head``, with its modifiers and platform.

    "A viral video" -> "viral video", "Posts shared thousands of times on Facebook" -> "posts
    on Facebook". Returns where its phrase starts (its article included) and the source.
    """
    a = head
    while (
        a > 0
        and head - a < 3
        and toks[a - 1].text[:1].isalpha()
        and toks[a - 1].low not in _DETERMINERS
        and toks[a - 1].low not in _STOP_WORDS
        and toks[a - 1].low not in _PREPS
        and toks[a - 1].low not in _REPORTING_VERBS
    ):
        a -= 1  # "widely shared", "viral", "Facebook"
    words = [t.text for t in toks[a : head + 1]]
    for j in range(head + 1, min(len(toks) - 1, head + 8)):
        if not toks[j].text[:1].isalnum() or toks[j].low in _REPORTING_VERBS:
            break
        if toks[j].low == "on" and toks[j + 1].cap:
            words += ["on", toks[j + 1].text]  # "posts shared ... on Facebook"
            break
    if toks[a].low in _SHARED_ITEMS or toks[a].low in _SHARED_ADJECTIVES:
        words[0] = words[0].lower()  # "Posts ... claim", "Viral videos show"; not "Facebook"
    start = a - 1 if a > 0 and toks[a - 1].low in _DETERMINERS else a
    return start, Source(" ".join(words), kind=_SHARED_ITEM_KIND)


def _shared_item_before(toks: list[_Tok], verb: int) -> tuple[int, Source] | None:
    """A shared item that is the subject of the reporting verb at ``verb``, with where it starts.

    Its head noun stands right before the verb ("A viral video claims") or opens the clause
    with a short description between ("Posts shared thousands of times on Facebook claim").
    """
    for j in range(verb - 1, max(-1, verb - 10), -1):
        t = toks[j]
        if not t.text[:1].isalnum() and t.text not in {"-"}:
            return None
        if t.low not in _SHARED_ITEMS:
            continue
        if (
            t.low in {"chain", "chains"}
            and j == verb - 1
            and not (j > 0 and _platform(toks[j - 1]))
        ):
            continue  # a business: "The fast-food chain said"; but "A WhatsApp chain claims"
        opens = j == 0 or toks[j - 1].low in _DETERMINERS or not toks[j - 1].text[:1].isalnum()
        if j != verb - 1 and not opens:
            return None
        k, item = _shared_item(toks, j)
        if j + 2 < verb and toks[j + 1].low in {"by", "from"}:
            maker = _make_source(" ".join(t.text for t in toks[j + 2 : verb]))
            if maker is not None:
                return k, maker  # "A tweet by the minister said": the minister
        return k, item
    return None


def _platform(tok: _Tok) -> bool:
    """Whether ``tok`` may name where an item is shared: "WhatsApp", "Facebook", "viral"."""
    return (tok.cap and tok.low not in _DETERMINERS) or tok.low in _SHARED_ADJECTIVES


def _shared_item_after(toks: list[_Tok], i: int, limit: int) -> tuple[Source, int] | None:
    """A shared item named after "according to" at token ``i``: (source, end), or None."""
    for j in range(i, min(limit, i + 5)):
        if not toks[j].text[:1].isalpha():
            return None
        if toks[j].low in _SHARED_ITEMS:
            return _shared_item(toks, j)[1], j + 1
    return None


# Nouns of a claim whose "that" clause states it: "The claim that 50,000 people died".
_CLAIM_NOUNS = {
    **dict.fromkeys(("claim", "claims", "assertion"), "claim"),
    **dict.fromkeys(("rumour", "rumours", "rumor", "rumors"), "rumour"),
    **dict.fromkeys(("allegation", "allegations"), "allegation"),
}


def _according_to(toks: list[_Tok], i: int) -> int:
    """How many words of "according to" (2) or of a sentence-opening "Per" (1) start at ``i``.

    "Per the latest UN figures, 8 million people have fled"; elsewhere "per" makes a rate
    ("$5 per barrel"). 0 if neither.
    """
    low = toks[i].low
    if low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
        return 2
    if i == 0 and low == "per" and len(toks) > 2 and toks[0].cap and toks[1].text[:1].isalpha():
        return 1
    return 0


def _after_its_figure(toks: list[_Tok], i: int) -> bool:
    """Whether "according to" at ``i`` follows what it attributes, as after a comma.

    "..., against more than two million according to the CGT" attributes the figure before
    it; at the start of a sentence or of a new clause ("and according to the UN, ...") it
    attributes what follows.
    """
    return i > 0 and toks[i - 1].low not in _ACCORDING_OPENERS


_ACCORDING_OPENERS = frozenset({"and", "but", "that", "while", "whereas", "(", "so", "or"})


def _interviewer(toks: list[_Tok], verb: int) -> Source | None:
    """The outlet a speaker told, next to the reporting verb at ``verb``, if any.

    "told AFP", "Speaking to CNN, Zelensky said", "in an interview with Reuters".
    """
    if toks[verb].low in {"told", "tells"}:
        found = _outlet_at(toks, verb + 1)
        if found is not None:
            return found
    for j in range(max(0, verb - 12), min(len(toks) - 1, verb + 12)):
        if (toks[j].low == "to" and j > 0 and toks[j - 1].low in {"speaking", "talking"}) or (
            toks[j].low == "with" and j > 0 and toks[j - 1].low == "interview"
        ):
            found = _outlet_at(toks, j + 1)
            if found is not None:
                return found
    return None


def _outlet_at(toks: list[_Tok], k: int) -> Source | None:
    """The news outlet named at token ``k`` ("AFP", "the BBC", "France Info"), if one is."""
    if k < len(toks) and toks[k].low in _OUTLETS:
        return Source(toks[k].text, kind="outlet")
    if k < len(toks) and toks[k].low == "the":
        k += 1
    end = k
    while end < len(toks) and end - k < 4 and (toks[end].cap or toks[end].text.isdigit()):
        end += 1  # a name: "France Info", "the Financial Times", "France 24"
    if end == k:
        return None
    src = _make_source(" ".join(t.text for t in toks[k:end]))
    return src if src is not None and src.kind == "outlet" else None


def _citing(text: str, toks: list[_Tok], verb: int) -> Source | None:
    """Who a reporter cites with "citing" next to its verb at ``verb``, if anyone.

    "Citing two people familiar with the matter, Bloomberg reported", "Bloomberg, citing
    sources, reported" and "Reuters reported, citing officials": the cited are the source.
    """
    for j in range(max(0, verb - 16), min(len(toks), verb + 3)):  # near the verb only
        t = toks[j]
        if t.low != "citing" or not (j == 0 or toks[j - 1].text == ","):
            continue
        if j < verb and any(x.text in {";", ":"} for x in toks[j:verb]):
            continue
        end = j + 1
        while end < len(toks) and end < j + 12 and toks[end].text not in {",", ";", ".", ":"}:
            end += 1
        if end == j + 1 or (j < verb < end):
            continue
        phrase = _phrase(text, toks, j + 1, end)
        if any(x.low in _CITED_UNNAMED for x in toks[j + 1 : end]):
            return Source(phrase, kind="unnamed")  # "two people familiar with the matter"
        if not any(x.cap or x.low in _NAMED_HEADS for x in toks[j + 1 : end]):
            return None  # a reason, not a speaker: "citing rising costs"
        src = _make_source(phrase)
        return src if src is not None and src.kind is not None else None
    return None


# Words that leave a cited source unnamed: "sources", "people familiar with the matter".
_CITED_UNNAMED = _UNNAMED_HEADS | _words("""people person familiar""")
_UNNAMED_COUNTS = _words("""a an one two three four several some""")


def _unnamed_after(text: str, toks: list[_Tok], i: int, limit: int) -> tuple[Source, int] | None:
    """An unnamed source after "according to" at ``i``, up to a mark: (source, end), or None.

    "according to sources", "according to two people familiar with the matter", "according to
    a source close to the talks" (kind `unnamed`, named by the whole phrase, as "citing" names).
    """
    k = i + 1 if i < limit and toks[i].low in _UNNAMED_COUNTS else i
    if k >= limit or toks[k].low not in _CITED_UNNAMED or (toks[k].cap and k > i):
        return None
    end = k + 1
    while end < limit and end - k < 10 and toks[end].text[:1].isalnum():
        end += 1
    first = k if toks[i].low in {"a", "an", "one"} else i
    return Source(_phrase(text, toks, first, end), kind="unnamed"), end


def _owned_role(toks: list[_Tok], k: int, limit: int) -> int | None:
    """Where "its defence ministry" or "their spokesman" that starts at ``k`` ends, or None.

    The owner pronoun is followed by one to three lower-case words, the last a body, a role
    or a word for figures ("ministry", "spokesman", "chief executive", "latest estimates").
    """
    if k >= limit or toks[k].low not in _OWNER_PRONOUNS:
        return None
    end = k + 1
    while end < limit and end - k <= 3 and toks[end].low.isalpha() and not toks[end].cap:
        end += 1
    last = toks[end - 1].low
    if end == k + 1 or not (
        last in _TITLES
        or last in _GOVERNMENT_WORDS
        or last in _BODY_HEADS
        or last in _ESTIMATES
        or last in _OWN_DOCUMENTS
    ):
        return None
    return end


def _role(name: str) -> bool:
    """Whether a source's name ends in a person's role: "Kyiv's mayor", "the health minister"."""
    last = name.rsplit(" ", 1)[-1].lower()
    return last in _TITLES and last not in _TITLE_ADJECTIVES


# Verbs of counting: who counted a crowd states its size ("police counted 87,000").
_COUNTING_VERBS = frozenset({"counted", "tallied", "counts", "tallies"})
# Verbs whose figure a later clause may leave out: "police put it at 40,000, organisers 100,000".
_GAPPING_VERBS = _COUNTING_VERBS | {"estimated", "estimates", "put", "puts", "placed", "pegged"}
_FIGURE_AHEAD = re.compile(
    r"\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|at\s+least|up\s+to)\s+)?"
    r"[$€£¥₹]?\d"
)


def _figure_follows(masked: str, end: int) -> bool:
    """Whether a number, perhaps hedged, follows a verb ending at ``end``."""
    return _FIGURE_AHEAD.match(masked, end) is not None


def _revises_own_figure(toks: list[_Tok], i: int) -> bool:
    """Whether the verb at ``i`` revises the doer's own estimate: "cut its growth forecast".

    So does one that revises "the" toll, figure or count to a number: "AFAD revised the death
    toll to 41" is AFAD's figure.
    """
    if i + 1 >= len(toks):
        return False
    if toks[i + 1].low == "the":
        for j in range(i + 2, min(len(toks) - 1, i + 5)):
            if toks[j].low in FIGURE_NOUNS or toks[j].low in _OWN_ESTIMATES:
                return toks[j + 1].low in {"to", "at"}
        return False
    if toks[i + 1].low not in {"its", "their", "his", "her"}:
        return False
    return any(t.low in _OWN_ESTIMATES for t in toks[i + 2 : i + 7])


def _puts_figure_at(toks: list[_Tok], i: int) -> bool:
    """Whether the verb at ``i`` gives an estimate: "put the figure at", "put it at"."""
    if i + 2 < len(toks) and toks[i + 1].low in {"it", "them"} and toks[i + 2].low == "at":
        return True  # "organisers put it at 50,000"
    j = i + 1
    if j < len(toks) and (toks[j].low in {"the", "its", "their"} or _is_possessive(toks[j].text)):
        j += 1  # "put the death toll at", "put Labour's share at 39%"
    if j + 1 >= len(toks):
        return False  # "put turnout at" needs no article
    if j > i + 1 and _estimate_of_thing(toks, j):
        return True  # "The council put the cost at £5m", "put Labour's share at 39%"
    k = j + 1 if j + 2 < len(toks) and toks[j + 1].low in FIGURE_NOUNS else j
    if toks[k].low not in FIGURE_NOUNS:
        return False
    if toks[k + 1].low == "at":
        return True  # "put the death toll at"
    if toks[k + 1].low not in _FIGURE_NOUN_PREPS:
        return False
    for t in toks[k + 2 : k + 8]:  # "put the toll in the rebel-held northwest at 900"
        if t.low == "at":
            return True
        if not t.text[:1].isalnum() or t.low in _REPORTING_VERBS:
            return False
    return False


_FIGURE_HEDGES = frozenset(
    {"about", "around", "some", "nearly", "almost", "roughly", "over", "more", "least", "up"}
)


def _estimate_of_thing(toks: list[_Tok], j: int) -> bool:
    """Whether "<thing> at <figure>" follows "put the" at ``j``: "the cost at £5m".

    The thing is at most four words, of letters only; a number (perhaps hedged: "at nearly
    5,000", "at more than") must follow "at", so "put the troops at the border" is no estimate.
    """
    k = j
    while k < len(toks) and k - j < 4 and toks[k].low != "at":
        if not toks[k].text.replace("-", "").isalpha() or toks[k].low in _REPORTING_VERBS:
            return False
        k += 1
    if k == j or k + 1 >= len(toks) or toks[k].low != "at":
        return False
    m = k + 1
    while m < len(toks) and m - k <= 3 and toks[m].low in _FIGURE_HEDGES | {"than", "at", "to"}:
        m += 1
    return m < len(toks) and toks[m].text[:1] in _FIGURE_FIRSTS


_FIGURE_FIRSTS = frozenset("0123456789$€£¥₹")
# Prepositions of a place or a cause that may follow a figure noun: "the toll in Syria".
_FIGURE_NOUN_PREPS = frozenset({"in", "from", "on", "among", "across"})


def _figure_noun_with_place(toks: list[_Tok], k: int) -> str | None:
    """Read "toll in the rebel-held northwest" when a place phrase ending at ``k`` follows one.

    "put the toll in the rebel-held northwest at 900" estimates the toll there, not the
    northwest.
    """
    q = k
    while q > 0 and k - q < 6 and toks[q].low not in _FIGURE_NOUN_PREPS:
        q -= 1
    if q <= 0 or toks[q].low not in _FIGURE_NOUN_PREPS or toks[q - 1].low not in FIGURE_NOUNS:
        return None
    head = _np_back(toks, q - 1, object_of_verb=True)
    return f"{head} {' '.join(t.text for t in toks[q : k + 1])}" if head else None


def _study_before(toks: list[_Tok], verb: int) -> int | None:
    """Return where the noun phrase of a poll or study before the verb at ``verb`` starts.

    The phrase holds a study word ("poll", "survey", "study") at most twelve tokens back, with
    no comma or quotation mark between ("An Ifop survey published on Sunday showed").
    """
    for k in range(verb - 1, max(-1, verb - 13), -1):
        t = toks[k]
        if t.text in {",", ";", ":", "“", "”", '"'}:
            return None
        if t.low in _STUDY_WORDS:
            a = k
            while a > 0 and (
                toks[a - 1].cap or toks[a - 1].text in {"/", "-"} or toks[a - 1].low in _MAKERS
            ):
                a -= 1  # the maker named before it: "a Reuters/Ipsos poll", "customs data"
            if a > 0 and toks[a - 1].low in _DETERMINERS:
                a -= 1
            return a
    return None


# Words between the article and the maker of a poll: "the latest YouGov poll".
_STUDY_ADJECTIVES = _words("""latest new recent fresh weekly monthly annual separate""")


def _study_source(
    doc: _Document, toks: list[_Tok], a: int, limit: int
) -> tuple[Source, int] | None:
    """Read who made the poll or study whose noun phrase starts at token ``a``.

    The maker is named after "by" ("a survey by Ipsos", "a poll conducted by Rating") or
    before the study word ("a Reuters/Ipsos poll", "an Ifop survey"). Returns the source and
    the end of the phrase, or None if no study word opens the phrase or no maker is named.
    """
    k = a + 1 if a < limit and toks[a].low in _DETERMINERS else a
    while k < limit and toks[k].low in _STUDY_ADJECTIVES and not toks[k].cap:
        k += 1  # "the latest YouGov poll"; not "a New York Times poll"
    first = k
    while (
        k < limit
        and (toks[k].cap or toks[k].text in {"/", "-"} or toks[k].low in _MAKERS)
        and toks[k].low not in _STUDY_WORDS  # "Data from Eurostat"
    ):
        k += 1
    if k >= limit or toks[k].low not in _STUDY_WORDS:
        return None
    maker = (first, k)
    end = k + 1
    j = end
    while j < limit and j < end + 3 and toks[j].low in _STUDY_BY:
        j += 1
    if j > end and toks[j - 1].low in {"by", "from", "for"}:
        na, nb = _np_after(toks, j)
        if any(t.cap or t.low in _NAMED_HEADS for t in toks[na:nb]):  # "by the interior ministry"
            maker, end = (na, nb), nb
        else:
            trade = _trade_after(doc, toks, j, limit)  # "from tracking site PowerOutage.us"
            if trade is not None:
                return trade
    if maker[1] <= maker[0]:
        return None
    src = _make_source(_phrase(doc.text, toks, *maker))
    if src is None:
        return None
    if src.kind in (None, "person") and not _is_possessive(toks[maker[1] - 1].text):
        src = attrs.evolve(src, kind="organisation")  # "Rating", "Ifop": pollsters
    return src, end


def _reporting_clause(doc: _Document, toks: list[_Tok], i: int) -> list[_Clause]:
    text = doc.text
    t = toks[i]
    if i > 0 and _is_possessive(toks[i - 1].text) and not _name_in_s(toks, i - 1, i):
        return []  # a noun, not a verb: "the Fed's forecasts of 3%"
    if (
        i > 1
        and toks[i - 1].text in {"'", "’"}
        and toks[i - 2].low.endswith("s")
        and toks[i - 1].start == toks[i - 2].end
    ):
        return []  # a plural's noun: "beating analysts' estimates"
    if i > 1 and toks[i - 1].text == "who" and toks[i - 2].text == ",":
        # "..., said Yi Fuxian, a researcher ..., who estimates": the one named before, not WHO
        return [_Clause(toks[i - 1].start, t.end, None, "who", False)]
    a, b = _np_before(toks, i)
    role = _role_for(toks, a) if b > a else None
    if role is not None:  # "a spokesman for Fraport said": Fraport speaks through them
        begin = role
        src = _make_source(_phrase(text, toks, a, b))
        described = toks[a - 1].low != "for"  # "a spokesman for operator Fraport"
        if src is not None and src.kind == "person" and " " not in src.name and described:
            src = attrs.evolve(src, kind="organisation")
        if src is not None:
            post = begin > 0 and toks[begin - 1].text in {",", "”", '"'}
            return [_Clause(toks[begin].start, t.end, src, None, post)]
    post_mark = a > 0 and toks[a - 1].text in {",", "”", '"'}
    shared = _shared_item_before(toks, i)
    if shared is not None and (b == a or shared[0] < a):
        # "A viral video claims that ...", "Posts shared thousands of times on Facebook claim"
        k, src = shared
        post = k > 0 and toks[k - 1].text in {",", "”", '"'}
        return [_Clause(toks[k].start, t.end, src, None, post)]
    unnamed = _unnamed(text, toks, i, 0)
    if unnamed is not None and (b == a or unnamed[0] <= a or toks[b - 1].low in _UNNAMED_HEADS):
        k, name = unnamed
        begin = toks[k].start
        post = k > 0 and toks[k - 1].text == ","
        if name == "the source":
            return [_Clause(begin, t.end, None, "source", post)]
        return [_Clause(begin, t.end, Source(name or "source", kind="unnamed"), None, post)]
    if b > a:
        words = [w.low for w in toks[a:b]]
        begin = toks[a].start
        described = False
        trade = _trade_before(toks, a) if toks[a].cap else None
        if trade is not None:
            # ", utility Iberdrola said", ", the carmaker Stellantis said", ", grid operator
            # Enedis said": a body's trade, not a person's title, before its name
            described = toks[a - 1].low not in _TITLES
            if not post_mark and trade[1]:
                begin, post_mark = toks[trade[0]].start, True
        if words[-1] in _PRONOUNS:
            return [_Clause(begin, t.end, None, words[-1], post_mark)]
        if (
            words[0] in {"his", "her", "its", "their"}
            and 2 <= len(words) <= 4
            and not any(w.cap for w in toks[a + 1 : b])
        ):  # "its spokesman", "its chief executive", "their defence ministry"
            return [_Clause(begin, t.end, None, " ".join(words), post_mark)]
        if (words[0] in {"the", "this"} and len(words) == 2 and words[1] in _ANAPHORS) or (
            words[0] in {"a", "an", "the"} and len(words) == 2 and words[1] in _SPOKES
        ):
            own = None if words[1] == "statement" else _make_source(_phrase(text, toks, a, b))
            return [_Clause(begin, t.end, own, words[1], post_mark)]
        if not toks[b - 1].cap and (words[-1] in _STUDY_WORDS or words[-1] in _OWN_DOCUMENTS):
            # a document speaks for its maker: "a Reuters report said", "the ministry's
            # statement said"; "a statement said": nobody
            owner = next((q for q in range(b - 2, a - 1, -1) if _is_possessive(toks[q].text)), None)
            if owner is None and not any(
                w.cap and w.low not in _DETERMINERS for w in toks[a : b - 1]
            ):
                return []
            b = owner + 1 if owner is not None else b - 1  # "Pfizer's annual report": Pfizer
            described = True  # a maker of polls or reports: "A Reuters/Ipsos poll put"
        src = _make_source(_phrase(text, toks, a, b))
        if src is not None and _name_in_s(toks, b - 1, b):
            src = _itself(doc, src, toks[b - 1].text)  # "Moody's said"
        elif src is not None and src.kind == "person" and " " not in src.name:
            j = i + 1
            if j + 1 < len(toks) and toks[j].low in {"on", "last"}:
                j += 2  # "Amazon said on Thursday it would"
            elif j + 2 < len(toks) and toks[j].low == "in" and toks[j + 2].low == "statement":
                j += 3  # "Pfizer said in a statement its"
            if j < len(toks) and toks[j].low == "that":
                j += 1
            after = [x.low for x in toks[j : j + 2]]
            if (
                after[:1] == ["its"] or (after[:1] == ["it"] and after[1:] not in (["was"], ["is"]))
            ) and src.name not in doc.given_names():
                # "Amazon said it would cut"; but "Joe Biden ... Biden said it would" is a person
                src = attrs.evolve(src, kind="organisation")
            elif (described or _apposition(toks, b, i)[-1:] in _BODY_WORDS) and (
                src.name not in doc.given_names()
            ):  # "carmaker Stellantis said", "Europol, the EU police agency, said"
                src = attrs.evolve(src, kind="organisation")
        if src is not None:
            return [_Clause(begin, t.end, src, None, post_mark)]
        return []
    named = _body_by_noun(toks, i)
    if named is not None:
        # a body named by a common noun: "the utility said", "the carmaker said", "the Harris
        # campaign said", "Trump's campaign said"
        k, src = named
        post = k > 0 and toks[k - 1].text in {",", "”", '"'}
        return [_Clause(toks[k].start, t.end, src, None, post)]
    # inverted: ", said Pentagon spokesman John Kirby"
    if i > 0 and toks[i - 1].text in {",", "”", '"'}:
        na, nb = _np_after(toks, i + 1)
        if nb < len(toks) and (toks[nb].low in _AUX or _is_participle(toks[nb])):
            nb = na  # "..., said Russia had fired": the name after is a new clause's subject
        if nb > na:
            src = _make_source(_phrase(text, toks, na, nb))
            if src is not None and _name_in_s(toks, nb - 1, nb):
                src = _itself(doc, src, toks[nb - 1].text)  # ", said Moody's."
            if src is not None:
                return [_Clause(t.start, toks[nb - 1].end, src, None, True)]
    return []


# Reporting verbs that are never a noun or an adjective, so a name in "'s" before them speaks:
# "Moody's said"; but "the Fed's forecasts", "Russia's stated goal", "Ukraine's reported losses".
_ONLY_VERBS = _words(
    """said says told tells warned warns insisted insists wrote writes tweeted explained
    explains believes expects predicts admits concedes"""
)


_NOT_NAMES_IN_S = (
    _FUNCTION_CAPS | _PRONOUNS | _DETERMINERS | _words("""here what who where how why let""")
)


def _name_in_s(toks: list[_Tok], k: int, nxt: int) -> bool:
    """Whether the capitalised word at ``k`` that ends in "'s" is a name, not an owner.

    A body's name may end so ("Moody's", "McDonald's", "Sainsbury's"): it is one when the
    token at ``nxt`` is a verb that is never a noun ("Moody's said"), a mark or the end
    ("according to Moody's."), not a noun it owns ("AFP's tally", "Russia's defence ministry").
    """
    word = toks[k]
    base = _base(word.low)
    if not _is_possessive(word.text) or not word.cap or not base.isalpha():
        return False
    if base in _NOT_NAMES_IN_S or base in _COUNTRIES or base in _DEMONYMS:
        return False  # "It's said", "That's", "Russia's"
    while nxt < len(toks) and (
        toks[nxt].low in _AUX_BEFORE_REPORTING or toks[nxt].low == "on" or _is_weekday(toks[nxt])
    ):
        nxt += 1  # "Moody's has said", "Moody's on Tuesday said"
    if nxt >= len(toks):
        return True
    after = toks[nxt]
    return after.low in _ONLY_VERBS or not after.text[:1].isalnum()


def _is_weekday(tok: _Tok) -> bool:
    return re.fullmatch(_WEEKDAY, tok.text) is not None


def _itself(doc: _Document, src: Source, word: str) -> Source:
    """The body named ``src`` whose own name ends in "'s", the word ``word``: "Moody's".

    A name the text gives with a first name or a title is a person's, the "'s" a "has"
    ("Joe Biden ... Biden's said").
    """
    base = _base(_clean(word))
    if base in doc.given_names():
        return Source(base, kind="person") if src.name == base else src
    whole = _clean(word)
    name = src.name[: -len(base)] + whole if src.name.endswith(base) else src.name
    return Source(name, kind=src.kind if src.kind in _BODY_KINDS else "organisation")


# The last words of descriptions that make a one-word name a body's: "Europol, the EU police
# agency, said".
_BODY_WORDS = frozenset((w,) for w in _DESCRIPTOR_HEADS | _TRADES)


def _trade_before(toks: list[_Tok], a: int) -> tuple[int, bool] | None:
    """Where a description of one to three plain words before the name at ``a`` starts.

    ", utility Iberdrola", ", grid operator Enedis", ", the carmaker Stellantis", "The carmaker
    Stellantis". Returns its start (its article included) and whether a comma or a closing
    quotation mark stands before it, or None if no such words stand there.
    """
    d = a
    while d > 0 and a - d < 3 and _plain_word(toks[d - 1].text):
        d -= 1
    if d == a:
        return None
    k = d - 1 if d > 0 and toks[d - 1].low in {"the", "a", "an"} else d
    if k > 0 and toks[k - 1].text in {",", "”", '"'}:
        return k, True
    return (k, False) if k < d or k == 0 else None


def _trade_after(doc: _Document, toks: list[_Tok], i: int, limit: int) -> tuple[Source, int] | None:
    """A name after a description of one to three plain words at ``i``, and where it ends.

    "according to utility Entergy", "according to the carmaker Stellantis", "data from
    tracking site PowerOutage.us": the name speaks (one word that is no person's name the text
    gives in full is a body's).
    """
    k = i + 1 if i < limit and toks[i].low in {"the", "a", "an"} else i
    d = k
    while d < limit and d - k < 3 and _plain_word(toks[d].text):
        d += 1
    if d == k or d >= limit or not toks[d].cap or toks[d - 1].low in _TITLES:
        return None
    na, nb = _np_after(toks, d)
    src = _make_source(_phrase(doc.text, toks, na, min(nb, limit))) if nb > na else None
    if src is None:
        return None
    if src.kind in {None, "person"} and " " not in src.name and src.name not in doc.given_names():
        src = attrs.evolve(src, kind="organisation")
    return src, min(nb, limit)


def _trade_alone(toks: list[_Tok], i: int, limit: int) -> tuple[Source, int] | None:
    """A body named by its trade after "the" at ``i`` that ends the phrase: "the charity".

    At most one plain word before the trade ("the fast-food chain"); a mark, the end or a
    new clause's word must follow, so "the charity shop" names no body.
    """
    if i >= limit or toks[i].low != "the":
        return None
    k = i + 1
    if k + 1 < limit and _plain_word(toks[k].text) and toks[k + 1].low in _TRADES:
        k += 1
    if k >= limit or toks[k].low not in _TRADES or toks[k].cap:
        return None
    if k + 1 < limit and toks[k + 1].text[:1].isalnum():
        return None
    name = " ".join(t.text for t in toks[i + 1 : k + 1])
    return Source(name, kind="organisation"), k + 1


def _body_by_noun(toks: list[_Tok], i: int) -> tuple[int, Source] | None:
    """Read a body named by a common noun before the reporting verb at token ``i``.

    "the utility said", "the carmaker said", with at most two names or a possessive before
    the noun: "the Harris campaign said", "the Spanish club said", "Trump's campaign said".
    Returns where the phrase begins and the body.
    """
    head = i - 1
    while head > 1 and toks[head].low in _AUX_BEFORE_REPORTING:
        head -= 1  # "the utility later said", "the carmaker has said"
    if (
        head < 1
        or not _plain_word(toks[head].text)
        or toks[head].low in _ANAPHORS | _UNNAMED_HEADS
        or toks[head].low in _STUDY_WORDS | _OWN_DOCUMENTS  # "the report said": no body
        or toks[head].low.endswith("est")  # "the highest forecast is": a noun
        or (i + 1 < len(toks) and toks[i + 1].low in _AUX)
    ):
        return None
    k = head - 1
    if toks[head].low in _TRADES:
        m = k  # a trade's modifiers: "the fast-food chain said", "the German arms maker said"
        while m >= 0 and head - 1 - m < 2 and _trade_modifier(toks[m]):
            m -= 1
        if 0 <= m < k and toks[m].low == "the":
            k = m
    while (
        k >= 0
        and head - 1 - k < 2
        and toks[k].cap
        and toks[k].low not in _FUNCTION_CAPS
        and toks[k].text.rstrip("'’s").isalpha()
    ):
        k -= 1
    if k >= 0 and toks[k].low == "the":
        first = k + 1
    elif k < head - 1 and _is_possessive(toks[k + 1].text) and (k < 0 or not toks[k].low.isalpha()):
        first = k + 1  # "Trump's campaign said"
        k = first
    else:
        return None
    name = " ".join(tok.text for tok in toks[first : head + 1])
    return k, Source(_clean(name), kind="organisation")


def _description(toks: list[_Tok], clause: _Clause, person: bool) -> tuple[str, ...]:
    """The words that describe a named body, or give a person's title, right before the name.

    "Turkey's disaster agency AFAD said" -> ("disaster", "agency"), "the carmaker Stellantis
    said", ", utility Iberdrola said", "..., said rating agency Moody's": at most three plain
    words before the name's first word, which is found between the clause's start and its
    verb's end (the words may stand before the start: "the carmaker Stellantis" starts at the
    name). A person's title may be capitalised and must end in a title: "Kyiv's mayor Vitali
    Klitschko" -> ("mayor",), "Defence Minister Boris Pistorius" -> ("defence", "minister").
    """
    src = clause.source
    if src is None or not src.name[:1].isupper():
        return ()
    first = src.name.split()[0]
    k = bisect.bisect_left(toks, clause.start, key=_tok_start)
    while k < len(toks) and toks[k].start < clause.verb_end and _clean(toks[k].text) != first:
        k += 1
    if k >= len(toks) or toks[k].start >= clause.verb_end:
        return ()
    j = k
    while j > 0 and k - j < 3:
        t = toks[j - 1]
        plain = _plain_word(t.text) and t.low not in _ADVERBS
        if person and not plain:
            plain = t.text.isalpha() and (
                t.low in _TITLES  # "Minister", "Defence"
                or (t.cap and j < k and toks[j].low in _TITLES and _field_name(t))  # "Health"
                or (t.text in _DEMONYM_WORDS and j < k and toks[j].low in _TITLES)  # "Ukrainian"
            )
        if not plain:
            break
        j -= 1
    words = tuple(t.low for t in toks[j:k])
    if not words and k == 1 and toks[0].low in _TRADES - _NAME_OPENERS:
        words = (toks[0].low,)  # a trade that opens the sentence: "Regulator Ofgem said"
    if not words:  # described after the name, between commas: "Europol, the EU police agency,"
        words = _apposition(toks, k + len(src.name.split()), len(toks))
    if person and not (words and _role(words[-1])):
        return ()
    return words


_APPOSITION_ARTICLES = frozenset({"the", "a", "an", "its", "his", "her", "their"})


def _apposition(toks: list[_Tok], b: int, limit: int) -> tuple[str, ...]:
    """The lower-case words of a description between commas that starts at the comma ``b``.

    "Europol, the EU police agency, said" -> ("police", "agency"); "Roman Semenukha, the deputy
    governor, said" -> ("deputy", "governor"). An article opens it, and names, titles and plain
    words fill it, at most five; a phrase with a preposition ("a spokesman for the coastguard")
    gives nothing.
    """
    if b + 3 >= limit or toks[b].text != "," or toks[b + 1].low not in _APPOSITION_ARTICLES:
        return ()
    e = b + 2
    while e < limit and e - b <= 7 and toks[e].text != ",":
        e += 1
    inner = toks[b + 2 : e]
    if e >= limit or not inner or len(inner) > 5:
        return ()
    if not all(t.cap or t.low in _TITLES or _plain_word(t.text) for t in inner):
        return ()
    j = len(inner)
    while j > 0 and not inner[j - 1].cap:
        j -= 1
    return tuple(t.low for t in inner[j:])


def _field_name(tok: _Tok) -> bool:
    """Whether a capitalised word may name an office's field: "Health" in "Health Secretary"."""
    return (
        tok.low not in _FUNCTION_CAPS
        and tok.text not in _DEMONYM_WORDS
        and tok.low not in _DEMONYMS
        and not _is_possessive(tok.text)
    )


def _tok_start(tok: _Tok) -> int:
    """Where a token starts, for bisection."""
    return tok.start


def _trade_modifier(tok: _Tok) -> bool:
    """Whether ``tok`` may qualify a trade: "fast-food", "German" in "the German arms maker"."""
    if not tok.text.replace("-", "").isalpha() or tok.low in _DETERMINERS | _STOP_WORDS:
        return False
    return tok.text.islower() or (tok.cap and tok.low not in _FUNCTION_CAPS)


def _role_for(toks: list[_Tok], a: int) -> int | None:
    """Read "a spokesman for" (perhaps "for operator") before the name at token ``a``.

    Returns where the phrase begins, or None. The body speaks through its spokesperson, so
    "a spokesman for Fraport said" and "Fraport said" have one source.
    """
    k = a - 1
    if k >= 1 and toks[k].low != "for" and toks[k].text.isalpha() and toks[k].text.islower():
        k -= 1  # a descriptor: "a spokesman for operator Fraport"
    if k < 1 or toks[k].low != "for" or toks[k - 1].low not in _SPOKESPEOPLE:
        return None
    begin = k - 1
    if begin > 0 and toks[begin - 1].low in {"a", "an", "the"}:
        begin -= 1
    return begin


_SPOKESPEOPLE = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "representative", "official"}
)
# A body's spokespeople, left unnamed: "a spokeswoman said" speaks for the body named before.
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Anaphors that name the speaker named so before: "the ministry", "the official".
_NAMED_WITH = _SPOKES | {"ministry", "official"}
_OWNER_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}


_BODY_KINDS = frozenset({"government", "organisation", "outlet"})
# Words that make an office another one, so the title without them names no one: "Vice
# President Fuat Oktay" is not "the president", nor "Prime Minister X" "the minister".
_OFFICE_CHANGERS = _words("""vice deputy former assistant prime under lieutenant""")


def _unnamed_role(source: Source) -> bool:
    """Whether a person's source is an office with no name: "mayor", "defence minister".

    A nationality may open it: "Ukrainian president", "US defence secretary".
    """
    if source.kind != "person" or not _role(source.name):
        return False
    first, _, rest = source.name.partition(" ")
    return first[:1].islower() or (first in _DEMONYM_WORDS and rest[:1].islower())


@attrs.define(slots=True)
class _Speakers:
    """The speakers named so far in one entry, for pronouns and "the source"."""

    entry: int = -1
    items: list[tuple[int, Source]] = attrs.Factory(list)
    persons: dict[str, str] = attrs.Factory(dict)  # surname -> full name, whole document
    # the bodies named so far, by the last words of their names ("interior ministry" for
    # "Morocco's interior ministry"): for the whole document, and for one-word names
    # ("agency") within the entry
    by_ending: dict[tuple[str, ...], Source] = attrs.Factory(dict)
    by_last_word: dict[tuple[str, ...], Source] = attrs.Factory(dict)
    # the body each reporting clause named, as read where the clause stands: "the agency" is
    # the agency named before it, not one a later sentence of its paragraph names
    clause_bodies: dict[tuple[int, int], Source] = attrs.Factory(dict)
    # the speakers of the entry whose names hold "ministry", "official" or a spokesperson's
    # word, in text order: "the ministry" is the last named so, found by bisection
    named_with: dict[str, list[tuple[int, Source]]] = attrs.Factory(dict)

    def reset(self, entry: int) -> None:
        if entry != self.entry:
            self.entry = entry
            self.items = []
            self.by_last_word = {}
            self.named_with = {}

    def add(self, pos: int, source: Source) -> Source:
        if _unnamed_role(source):
            source = self.body(source)  # "the mayor", after "Kyiv's mayor Vitali Klitschko"
        if source.kind == "person":
            words = source.name.split()
            if len(words) >= 2:
                self.persons[words[-1]] = source.name
            elif source.name in self.persons:
                source = attrs.evolve(source, name=self.persons[source.name])
        elif source.kind in _BODY_KINDS:
            found = self.body(source)
            source = self.described_as(source, pos) or source if found is source else found
            name = tuple(source.name.lower().split())
            for j in range(2, len(name)):
                self.by_ending[name[-j:]] = source
            if len(name) > 1:
                self.by_last_word[name[-1:]] = source
            cut = next((k for k, w in enumerate(name) if w in {"of", "for"}), 0)
            if cut:  # the head of "Bank of England", "National Bureau of Statistics"
                self.describe(name[:cut], source)
        bisect.insort(self.items, (pos, source), key=_item_pos)
        low = source.name.lower()
        for word in _NAMED_WITH:
            if word in low:
                bisect.insort(self.named_with.setdefault(word, []), (pos, source), key=_item_pos)
        return source

    def describe(self, words: tuple[str, ...], source: Source) -> None:
        """Register the description ``words`` a body was named with ("disaster agency AFAD").

        "The agency" and "the disaster agency" are then that body, as "the interior ministry"
        is the "Morocco's interior ministry" named before: the last body so described.
        """
        for j in range(len(words), 0, -1):
            if any(w in _OFFICE_CHANGERS for w in words[:-j]):
                break  # "Vice President Fuat Oktay" is no "president"
            (self.by_ending if j > 1 else self.by_last_word)[words[-j:]] = source

    def body(self, source: Source) -> Source:
        """The body named before in full that ``source`` names again, else ``source``.

        "The interior ministry later said" after "Morocco's interior ministry said", and "the
        agency said" after "the UK Health Security Agency reported": a later, shorter name
        that ends the earlier one is that body, so its figures are one source's. A one-word
        name ("the agency") looks back in its own entry only, as pronouns do.
        """
        if source.kind not in _BODY_KINDS and not _unnamed_role(source):
            return source
        short = tuple(source.name.lower().split())
        earlier = (self.by_ending if len(short) > 1 else self.by_last_word).get(short)
        if earlier is None:
            return source
        # "the interior ministry" (via state television): the same body, reported
        return attrs.evolve(earlier, reported_by=source.reported_by)

    def described_as(self, source: Source, pos: int) -> Source | None:
        """The body named before ``pos`` in the entry that a common noun names again, if any.

        "NATO said ... The alliance said", "Boeing said ... The planemaker said": a body named
        by a noun of its sort ("the alliance", "the bloc", "the company", "the US planemaker")
        and by no earlier description is the last speaker of that sort in the entry: an
        alliance is an international body's name (NATO, the EU), a company or a trade any
        other body's that is no government, outlet or person; a group or an organisation
        either. Only speakers count, so a capitalised word that opens a sentence ("Inflation
        hit 10.1%") is never one.
        """
        fits = _sort_fits(source)
        if fits is None:
            return None
        at = bisect.bisect_left(self.items, pos, key=_item_pos)
        for _, earlier in reversed(self.items[:at]):
            if earlier.name[:1].isupper() and fits(earlier):
                return attrs.evolve(earlier, reported_by=source.reported_by)
        return None

    def resolve(self, anaphor: str, pos: int) -> Source | None:
        words = anaphor.split()
        head = words[-1]
        if len(words) > 1 and words[0] in _OWNER_PRONOUNS:  # "his office"
            owner = self.resolve(_OWNER_PRONOUNS[words[0]], pos)
            if owner is None:
                return None
            return _owned(owner, " ".join(words[1:]))
        at = bisect.bisect_left(self.items, pos, key=_item_pos)  # the speakers before ``pos``
        if head in _NAMED_WITH:
            # "the ministry", "a spokeswoman": the last speaker so named; else the body named
            # last speaks through a spokesperson ("Network Rail said ... A spokeswoman said"),
            # as "a spokesman for Fraport" is Fraport; not after a person
            named = self.named_with.get(head, [])
            j = bisect.bisect_left(named, pos, key=_item_pos)
            if j:
                return named[j - 1][1]
            if head in _SPOKES and at and self.items[at - 1][1].kind in _BODY_KINDS:
                return self.items[at - 1][1]
            return None
        for k in range(at - 1, -1, -1):
            src = self.items[k][1]
            if head in {"he", "she"} and (src.kind == "person" or _role(src.name)):
                return src  # "Kyiv's mayor said ... he said"
            if head in {"it", "its"} and src.kind not in {"person", "unnamed"}:
                return src
            if head == "source" and src.kind == "unnamed":
                return src
            if head in {"they", "their", "statement", "who"}:
                return src
            if head in _ANAPHORS and head in src.name.lower():
                return src
        if head == "source":
            return Source("source", kind="unnamed")
        return None


# Nouns that name a body again by its sort ("the alliance", "the planemaker"), and the names
# that make a body international.
_ALLIANCE_NOUNS = _words("""alliance bloc coalition""")
_GROUP_NOUNS = _words("""group organisation organization""")
_COMPANY_NOUNS = (_TRADES | _words("""company firm business""")) - _words(
    """regulator watchdog hospital club charity railway broadcaster pollster"""
)
# Nouns that name a party or a union again, and the words of names that make one.
_MEMBER_BODY_NOUNS = {
    "party": _words("""party front league movement"""),
    "union": _words("""union unions federation confederation"""),
}
_INTERNATIONAL = _words(
    """nato eu un osce opec asean g7 g20 alliance union nations bloc coalition"""
)


def _sort_fits(source: Source) -> Callable[[Source], bool] | None:
    """What a body must be for ``source``, a noun of its sort, to name it again; else None.

    "the alliance" and "the bloc" name an international body, "the company" and "the US
    planemaker" a company, "the group" any body, "the party" and "the union" a body named so
    or a one-word name of no kind ("Labour"); "the central bank" names none so.
    """
    words = source.name.split()
    noun = words[-1]
    if not noun.islower() or not all(w in _DEMONYM_WORDS for w in words[:-1]):
        return None  # "the US planemaker"; but "the central bank" is no company
    if noun in _ALLIANCE_NOUNS:
        return _international
    if noun in _COMPANY_NOUNS:
        return _company
    if noun in _GROUP_NOUNS:
        return _any_body
    if noun in _MEMBER_BODY_NOUNS:
        return functools.partial(_member_body, _MEMBER_BODY_NOUNS[noun])
    return None


def _member_body(words: frozenset[str], source: Source) -> bool:
    """Whether a speaker may be a party or a union: named so, or a one-word name of no kind.

    "The party" is "the Social Democratic Party" or "Labour" (a name the text gives no kind),
    never a company ("Tesla said it ..."), a government, a person or an international body.
    """
    if _international(source):
        return False
    if source.kind is None:
        return " " not in source.name
    return source.kind == "organisation" and bool(set(source.name.lower().split()) & words)


def _international(source: Source) -> bool:
    """Whether a body's name is an alliance's or an international body's: "NATO", "the EU"."""
    return source.kind in {"organisation", "government"} and bool(
        set(source.name.lower().split()) & _INTERNATIONAL
    )


def _company(source: Source) -> bool:
    """Whether a speaker may be a company: a body or a one-word name of no known kind.

    No government, outlet, person, international body or institution named by its head
    ("the Commission", "the agency") is one.
    """
    last = source.name.lower().rsplit(" ", 1)[-1]
    return (
        source.kind in {"organisation", None}
        and not _international(source)
        and last not in _DESCRIPTOR_HEADS - _COMPANY_NOUNS - _COMPANY_NAME_ENDS  # "agency"
    )


def _any_body(source: Source) -> bool:
    """Whether a speaker is a body a group or an organisation may name again."""
    return source.kind in {"organisation", None}


def _item_pos(item: tuple[int, Source]) -> int:
    """Where a registered speaker was named, for bisection."""
    return item[0]


# ---------------------------------------------------------------------------
# subjects
# ---------------------------------------------------------------------------


def _participle(word: str, after_be: bool) -> str | None:
    """Return the participle a subject uses for ``word``, or None if it is no verb."""
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    for stem in (low[:-1], low[:-2]) if low.endswith("s") else ():
        if stem in _IRREGULAR:
            return _IRREGULAR[stem]  # "makes" is "made", "gives" "given"
    if low in _NOT_VERBS:
        return None
    if low.endswith("ing") and len(low) > 5:
        stem = low[:-3]
        if stem in _VERBS or stem + "e" in _VERBS or (after_be and low not in {"during"}):
            return low
        return None
    if low.endswith("ed") and len(low) > 4:
        return low
    if low in _VERBS:
        return _regular_past(low)
    if low.endswith("s") and low[:-1] in _VERBS:
        return _regular_past(low[:-1])
    if low.endswith("es") and low[:-2] in _VERBS:
        return _regular_past(low[:-2])
    return None


def _regular_past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in set("aeiou"):
        return verb[:-1] + "ied"
    return verb + "ed"


def _object(toks: list[_Tok], i: int, limit: int) -> int:
    """Return the end (exclusive) of the noun phrase after a preposition at ``i - 1``.

    Returns ``i`` (no object) for an infinitive: "to bolster NATO forces".
    """
    b = i
    if (
        i < limit
        and toks[i - 1].low == "to"
        and not toks[i].cap
        and not toks[i].text[:1].isdigit()
        and toks[i].low not in _OBJECT_STARTS
        and not _is_possessive(toks[i].text)
    ):
        return i
    while b < limit and b - i < _OBJECT_WORDS_MAX:
        t = toks[b]
        low = t.low
        if t.text in {",", ";", ".", ":", "(", ")", "“", "”", '"', "!", "?"}:
            break
        if low == "and" and b > i and toks[b - 1].cap and b + 1 < limit and toks[b + 1].cap:
            b += 1  # two places: "killed in Turkey and Syria"
            continue
        if low in _STOP_WORDS or low in _AUX or low in _OTHER_PREPS or low in _PREPS:
            break
        if low in _TIME_WORDS:
            break  # "put on alert last week", "killed on Tuesday"
        if low in {"of", "with"}:
            if b + 1 < limit and (toks[b + 1].cap or toks[b + 1].low == "the") and b > i:
                b += 1
                continue
            break
        if t.text[:1].isdigit() or t.text in _CURRENCY_SIGNS:
            break
        if low in _HEDGE_STARTS and any(x.text[:1].isdigit() for x in toks[b + 1 : b + 3]):
            break  # "in less than 48 hours": the hedge belongs to the figure
        if b + 1 < limit and toks[b + 1].text in _CURRENCY_SIGNS:
            break  # "to US $7.2 billion": the code belongs to the figure
        b += 1
    if all(t.low in _DETERMINERS for t in toks[i:b]):
        return i  # "in the past 24 hours": no object before the time word
    return b


def _pps(toks: list[_Tok], i: int, limit: int) -> list[tuple[int, int]]:
    """Return the prepositional phrases ``[prep, end)`` between ``i`` and ``limit``."""
    out: list[tuple[int, int]] = []
    after_from = False
    k = i
    while k < limit:
        t = toks[k]
        low = t.low
        if t.text in {";", ".", "“", "”", '"'} or low in _STOP_WORDS or low == "according":
            break  # "according to X" names a source, not a place
        if t.text == "," and not after_from:
            break
        if low in _PREPS:
            end = _object(toks, k + 1, limit)
            if end > k + 1 and any(x.low in _DURATION_WORDS for x in toks[k + 1 : end]):
                k = end  # "died within two days": how long, no place
                continue
            if end > k + 1:
                if low == "from":
                    after_from = True
                elif after_from and low in {"in", "near", "at"}:
                    pass  # "from Fort Bragg in North Carolina"
                else:
                    after_from = False
                    out.append((k, end))
                k = end
                continue
        k += 1
    return out


# The time units with their plurals: "within two days".
_DURATION_WORDS = TIME_UNITS | {f"{unit}s" for unit in TIME_UNITS}


def _limit(toks: list[_Tok], start: int) -> int:
    """Return the end of the window of tokens read after ``start``."""
    limit = min(len(toks), start + _WINDOW)
    for k in range(start, limit):
        if toks[k].text in {";", ".", "“", "”", '"', "?", "!"}:
            return k
    return limit


def _choose_pp(toks: list[_Tok], pps: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Take the first phrase; join the next one when it follows at once and names a place."""
    if not pps:
        return None
    first = pps[0]
    joined = len(pps) > 1 and pps[1][0] == first[1]
    if joined and not _has_place(toks, first) and _has_place(toks, pps[1]):
        return (first[0], pps[1][1])
    return first


def _pp_text(text: str, toks: list[_Tok], pp: tuple[int, int], agent: str | None) -> str:
    k, end = pp
    words = [_clean(t.text) for t in toks[k:end]]
    if agent and len(words) > 1 and words[1].lower() == "its":
        words[1] = f"{agent}'s"
    return " ".join(words)


def _has_place(toks: list[_Tok], pp: tuple[int, int]) -> bool:
    return any(t.cap for t in toks[pp[0] + 1 : pp[1]])


def _doer(toks: list[_Tok], first: int, speaking: _Speaking | None = None) -> str | None:
    """The name that does the verb before the figure at token ``first``, if a name does it.

    "Seville recorded 44.5C" → Seville; "The Harris campaign raised $47 million" → Harris
    campaign; "Trump's campaign said it had raised $12 million" → Trump's campaign (the
    speaker of "it"). Money and measures name their doer, so that two cities' temperatures or
    two campaigns' funds are not one thing. With ``speaking``, "it", "they" and "we" are
    the body they stand for (``_antecedent``): "Boeing said on Tuesday it delivered" → Boeing.
    """
    verb = first - 1
    while verb >= 0 and toks[verb].low in _DETERMINERS:
        verb -= 1
    k = verb - 1
    while k >= 0 and verb - k <= 4 and toks[k].low in _DOER_SKIP:
        k -= 1
    if k < 0:
        return None
    if speaking is not None and toks[k].low in {"it", "they", "we"}:
        return _antecedent(toks, k, speaking)
    if toks[k].low in {"it", "they"}:
        j = k - 1 if k > 0 and toks[k - 1].low == "that" else k
        if j >= 1 and toks[j - 1].low in _REPORTING_VERBS:
            k = j - 2  # "The campaign said it had raised": the speaker is the doer
        else:
            return None
    if k < 0:
        return None
    body = _body_by_noun(toks, k + 1)
    if body is not None and " " in body[1].name:
        return body[1].name  # "The Harris campaign raised", "Trump's campaign"
    a, b = _np_before(toks, k + 1)
    if b <= a or (
        a > 0
        and toks[a - 1].low not in _DOER_OPENERS
        and toks[a - 1].low not in _REPORTING_VERBS  # "Reuters said Boeing delivered"
        and toks[a - 1].text.isalpha()
    ):
        return None  # not the end of a phrase: "A wildfire north of Marseille has burned"
    words = [t for t in toks[a:b] if t.low not in {"the", "a", "an"}]
    if (
        not words
        or not any(t.cap for t in words)
        or all(t.low in _FUNCTION_CAPS or t.low in _PRONOUNS for t in words)
        or any(t.low in _FIRST_PERSON for t in words)
    ):
        return None  # a name does it, not "the company", "He" or "I"
    lead = words[0].text
    if len(words) == 1 and a == 0 and lead.endswith("s") and not lead.endswith(("ss", "us", "is")):
        return None  # a plural noun opening the sentence: "Wildfires have burned"
    if len(words) == 1 and _base(words[0].text).lower() in _DEMONYMS:
        return None  # a country's doing is its demonym's: "Russian troops"
    return _clean(" ".join(t.text for t in words))


_DOER_OPENERS = _words("""and but that while as the""")
_DOER_SKIP = _words(
    """has have had was were is are will would also already reportedly to agreed agrees
    plans planned planning intends wants expects expected promised pledged vowed decided"""
)


@attrs.frozen(slots=True)
class _Speaking:
    """Who a claim's pronouns may stand for: its speaker and the text's known persons.

    Attributes:
        speaker: The claim's source when a reporting clause names it as a body with a name
            ("Boeing said it ...": Boeing), else None: "it" and "we" resolve to it.
        persons: The surnames of the persons the text names ("Roberts" of "Simon Roberts"):
            no pronoun "it" stands for a person, and the troops a person moves are a
            country's.
        given: The words the text writes after a first name or a title
            (``_given_names``): a one-word name among them is a person's ("Biden" after
            "Joe Biden").
        one_word: The claim's source when a reporting clause names it in one word
            ("Tesla said 300 of its workers"): unless the text names a person so, pronouns
            resolve to it.
    """

    speaker: str | None = None
    persons: frozenset[str] = frozenset()
    given: frozenset[str] = frozenset()
    one_word: str | None = None

    def person(self, name: str) -> bool:
        """Whether ``name`` names a person: "Simon Roberts", "Biden" after "Joe Biden"."""
        last = _base(name.rsplit(" ", 1)[-1])
        return last in self.persons or (last == _base(name) and last in self.given)


def _antecedent(toks: list[_Tok], k: int, speaking: _Speaking) -> str | None:
    """The named body a pronoun at token ``k`` ("it", "its", "they", "their", "we", "our") is.

    "we", "our", "they" and "their" are the speaker; "it" and "its" the nearest name before
    them in the sentence ("NATO said Russia had moved its troops": Russia), else the speaker
    ("Boeing said on Tuesday it delivered": Boeing). Persons are passed over: "Sainsbury's
    boss Simon Roberts said it had hired" is Sainsbury's. None when nothing named is found.
    """
    if toks[k].low in {"we", "our", "they", "their"}:
        one = speaking.one_word
        if speaking.speaker is None and one is not None:
            return None if speaking.person(one) else one  # '"We delivered 63 jets," Airbus said'
        return speaking.speaker  # "they" of a name between is no body: "they paid 80 USD"
    j = k - 1
    speaker_next = False  # a reporting verb was passed: the name before it is the speaker's
    while j >= 0 and k - j <= 12:
        t = toks[j]
        if t.text in {".", ";", "“", "”", '"', "?", "!"}:
            break
        if t.low in _REPORTING_VERBS:
            if speaking.speaker is not None:
                return speaking.speaker  # the clause that names the speaker: "Boeing said it"
            one = speaking.one_word
            if toks[k].low in {"it", "its"} and one is not None and not speaking.person(one):
                return one  # "Tesla said 300 of its workers"
            speaker_next = True  # a person or nobody speaks: "Musk said it"
        elif (
            t.cap
            and not _is_time_word(t.low)
            and not _is_weekday(t)
            and not (j > 0 and toks[j - 1].text[:1].isdigit())  # a unit: "15 USD"
        ):
            b = j + 1
            while j > 0 and toks[j - 1].cap and not _is_possessive(toks[j - 1].text):
                j -= 1
            name = _named_doer(toks, j, b, speaking)
            if speaker_next and not _is_possessive(toks[b - 1].text):
                name = None  # the speaker; but an owner: "Ken Murphy, Tesco's chief executive"
            speaker_next = False
            if name is not None:
                return name
        j -= 1
    return speaking.speaker


def _owned_topic(toks: list[_Tok], first: int, topic: str, speaking: _Speaking) -> str:
    """Name the owner of a thing written with "its", "their" or "our" before the figure.

    "Tesco said its like-for-like sales rose 7.3%" measures `Tesco's like-for-like sales`,
    so that another retailer's sales are another thing; the owner is the body the pronoun
    stands for (``_antecedent``), and without one the topic stays as it is. A speaker's own
    estimate of a thing is no thing it owns: "The IMF cut its global growth forecast" is
    about global growth, which other forecasters put at other figures.
    """
    if topic.rsplit(" ", 1)[-1].lower() in _OWN_ESTIMATES | _OWN_DOCUMENTS | _ESTIMATES:
        return topic
    head = topic.split(" ", 1)[0]
    for k in range(first - 1, max(-1, first - 16), -1):
        if toks[k].text in {".", ";", "“", "”", '"'}:
            break
        if toks[k].low in {"its", "their", "our"} and k + 1 < first and toks[k + 1].text == head:
            owner = _antecedent(toks, k, speaking)
            if owner is None:
                return topic
            return f"{owner} {topic}" if _is_possessive(owner) else f"{owner}'s {topic}"
    return topic


def _owner_name(toks: list[_Tok], first: int, after: int, speaking: _Speaking) -> str | None:
    """The named body that "its", "their" or "our" in or just before a figure stands for.

    ``first`` and ``after`` are the figure's first token and the token after it: "Tesla
    said 300 of its workers" → `Tesla's`, so that another company's workers are not
    counted with them. Places are named by their demonyms instead (``_owner``).
    """
    owner: str | None = None
    for k in range(max(0, first - 1), after):
        if toks[k].low in {"its", "their", "our"}:
            owner = _antecedent(toks, k, speaking)
            break
    else:
        owner = _setter_owner(toks, first, speaking)
    if owner is None or owner.lower() in _DEMONYMS or _base(owner).lower() in _DEMONYMS:
        return None
    return owner if _is_possessive(owner) else f"{owner}'s"


# The words of a percentage after its number: "8%", "20 percent", "5 per cent".
_PERCENT_WORDS = frozenset({"%", "percent", "per", "cent"})


def _setter_owner(toks: list[_Tok], first: int, speaking: _Speaking) -> str | None:
    """The owner of the thing whose figure a verb before token ``first`` sets, if named.

    "Boeing's deliveries fell to 35 jets" → Boeing's; "Airbus said its deliveries rose to
    735 jets" → Airbus (the body "its" stands for, ``_antecedent``).
    """
    k = first - 1
    while k >= 0 and toks[k].low in _RECORD_WORDS:
        k -= 1
    if k >= 0 and toks[k].low in {"to", "at"}:
        k -= 1
        change = k
        while (
            change >= 0
            and k - change < 3
            and (toks[change].text[:1].isdigit() or toks[change].low in _PERCENT_WORDS)
        ):
            change -= 1  # the change before the level: "rose 8% to 735 jets"
        if change < k and change >= 0 and toks[change].low in _FIGURE_VERBS:
            k = change
    if k < 0 or toks[k].low not in _FIGURE_VERBS:
        return None
    k -= 1
    while k >= 0 and toks[k].low in _TOPIC_SKIP:
        k -= 1
    start = k
    while start >= 0 and k - start < 5 and _topic_word(toks[start]):
        if _is_possessive(toks[start].text):
            return toks[start].text if toks[start].cap else None  # "Boeing's deliveries"
        start -= 1
    if start < k and start >= 0 and toks[start].low in {"its", "their", "our"}:
        return _antecedent(toks, start, speaking)  # "its deliveries rose to 735 jets"
    return None


def _one_word_speaker(source: Source) -> str | None:
    """The one-word name ``source`` speaks by, if it is a name and no other speaker's."""
    name = source.name
    if source.reported_by is None and " " not in name and _names(name) and name.isalpha():
        return name
    return None


def _named_body(source: Source) -> bool:
    """Whether ``source`` is a body with a name ("Boeing"), not a description ("the company")."""
    return source.kind in _BODY_KINDS and _names(source.name)


def _names(phrase: str) -> bool:
    """Whether ``phrase`` holds a name: a capitalised word other than a demonym ("German")."""
    return any(w[:1].isupper() and _base(w) not in _DEMONYM_WORDS for w in phrase.split())


_POSSESSIVE_PRONOUNS = _words("""my our your his her its their""")


def _common_opener(toks: list[_Tok], name: str) -> bool:
    """Whether ``name`` is common words capitalised only to open the sentence: "Riot police"."""
    first, _, rest = name.partition(" ")
    return bool(toks) and first == toks[0].text and rest != "" and rest.islower()


def _count_doer(
    toks: list[_Tok],
    first: int,
    participle: str,
    modifiers: list[str],
    speaking: _Speaking,
    troops: bool,
) -> str | None:
    """The owner of the count at token ``first``, as the doer of its verb, if any names it.

    "Airbus delivered 63 jets", "Boeing said on Tuesday it delivered 35 jets": the jets are
    Airbus's and Boeing's, and two makers' deliveries are not one thing. Not a country (its
    demonym names it: "Russian troops"), a person who moves ``troops`` (a country's, named
    or not: "Biden has sent 3,000 troops"; a one-word name that moves them is most often a
    leader's surname), a noun already owned ("79 Russian tanks"), what is done to others
    ("Police arrested 45 people", "Hamas killed 1,200 people": whose blame is disputed, the
    dead are one count) nor what the doer only counts or sees ("Police counted 87,000
    protesters").
    """
    verb = participle.split(" ", 1)[0]
    if verb in _DONE_TO_OTHERS or verb in _OBSERVED or any(m[:1].isupper() for m in modifiers):
        return None
    doer = _doer(toks, first, speaking)
    if doer is None:
        return None
    if (
        doer.lower() in _DEMONYMS
        or _base(doer).lower() in _DEMONYMS
        or (troops and (speaking.person(doer) or (doer.istitle() and " " not in doer)))
        or _common_opener(toks, doer)  # "Riot police arrested"
        or not _names(doer)  # "The German arms maker cut": no name
    ):
        return None
    return doer


# Participles of seeing or counting a thing, whose doer is a witness, not an owner.
_OBSERVED = _words(
    """counted tallied claimed estimated reported seen recorded registered confirmed found
    identified detected observed noted logged listed documented verified spotted put given
    cited"""
)


def _named_doer(toks: list[_Tok], a: int, b: int, speaking: _Speaking) -> str | None:
    """The name that tokens ``[a, b)`` write, if they name a body: no person, no common word.

    "Riot police" opening a sentence is no name, nor "He" or "The"; "Simon Roberts" is a
    person when the text names a person so.
    """
    words = [t for t in toks[a:b] if t.low not in {"the", "a", "an"}]
    capitals = [t for t in words if t.cap]
    if (
        not capitals
        or all(t.low in _FUNCTION_CAPS or t.low in _PRONOUNS or t.low in _ADVERBS for t in words)
        or any(t.low in _FIRST_PERSON or t.low in _POSSESSIVE_PRONOUNS for t in words)
    ):
        return None  # no name: "The", "He", "Now its -10C"
    name = _clean(" ".join(t.text for t in words))
    if _common_opener(toks, name) or not _names(name) or speaking.person(name):
        return None
    return name


# Heads of an armed side named by its country: "Russian forces", "Ukraine's army".
_ARMED_HEADS = _words("""forces troops army military""")
# A demonym's place, the first named for it: "Russian" -> "russia".
_DEMONYM_PLACES: dict[str, str] = {}
for _place, _demonym in _DEMONYMS.items():
    _DEMONYM_PLACES.setdefault(_demonym, _place)


def _agent(toks: list[_Tok], verb: int) -> str | None:
    """Return the name of the doer of the verb at token ``verb`` if it is a known place."""
    k = verb - 1
    skip = {
        "has", "have", "had", "was", "were", "is", "are", "will", "would", "to", "planning",
        "plans", "plan", "planned", "set", "going", "be", "been", "also", "already",
        "reportedly", "now", "decision", "recent", "of", "intends", "intending", "wants",
    }  # fmt: skip
    steps = 0
    while k >= 0 and steps < 7:
        t = toks[k]
        if t.low in _ARMED_HEADS and k > 0:
            # an army's side is its country's: "Russian forces lost", "Ukraine's army lost"
            side = toks[k - 1].text
            if side in _DEMONYM_PLACES:
                return _DEMONYM_PLACES[side]
            if _is_possessive(side) and _base(side).lower() in _DEMONYMS:
                return _base(side).lower()
        if t.cap:
            name = _base(t.text)
            low = name.lower()
            if k > 0 and f"{toks[k - 1].low} {low}" in _DEMONYMS:
                low = f"{toks[k - 1].low} {low}"
            return low if low in _DEMONYMS else None
        if t.low in {"it", "they"}:
            j = k - 1 if k > 0 and toks[k - 1].low == "that" else k
            if j >= 2 and toks[j - 1].low in _REPORTING_VERBS and toks[j - 2].cap:
                k = j - 2  # "Moscow says it has lost": the speaker is the doer
                continue
            return None
        if t.low in {"but", "and"} and k > 0 and toks[0].cap:
            k = 0  # "Russia denies planning an attack but has amassed ..."
            continue
        if t.low not in skip:
            return None
        k -= 1
        steps += 1
    return None


def _owner(toks: list[_Tok], first: int, after: int) -> str | None:
    """Return the place that "its" or "their" in or just before a figure refers to, if any.

    ``first`` and ``after`` are the figure's first token and the token after it. The owner
    is the nearest name or body before it, if that is a known place: "Moscow says 498 of
    its soldiers have died" (Moscow), but not "the company said 300 of its workers".
    """
    own = [k for k in range(max(0, first - 1), after) if toks[k].low in {"its", "their"}]
    if not own:
        return None
    for k in range(own[0] - 1, max(-1, own[0] - 12), -1):
        t = toks[k]
        if t.text in {".", ";", "“", "”", '"'}:
            return None
        low = t.low
        if t.cap or low in _NAMED_HEADS:
            name = _base(t.text).lower()
            if k > 0 and f"{toks[k - 1].low} {name}" in _DEMONYMS:
                name = f"{toks[k - 1].low} {name}"
            return name if name in _DEMONYMS else None
    return None


# Auxiliaries with their negation: "didn't attend", "hasn't sent".
_NEGATED_AUX = _words(
    """didn't doesn't don't wasn't weren't isn't aren't hasn't haven't hadn't won't"""
)
# "do" and the negated auxiliaries, which open a chain as "will" does: "did not attend".
_DO_AUX = _words("""did does do wouldn't""") | _NEGATED_AUX


def _after_chain(toks: list[_Tok], start: int, limit: int) -> tuple[str, int] | None:
    """Find an auxiliary chain after the figure: "will be sent", "have been killed"."""
    j = start
    while j < limit:
        t = toks[j]
        if t.low in _STOP_WORDS and j > start:
            return None
        if t.text in {";", ":"} or (
            t.text == "," and j + 1 < limit and toks[j + 1].low in _REPORTING_VERBS
        ):
            return None  # another clause: "which employs 12,000 people, said it would close"
        if j > start and t.low in _REPORTING_VERBS and t.low not in _NAME_NOUNS:
            return None  # another clause: "15,000 people came, officials said 3 were hurt"
        if t.low in _AUX or t.low in _DO_AUX:
            be = t.low in _BE
            bare = t.low in _DO_AUX  # a verb after "did not" is bare: "did not attend"
            m = j + 1
            while m < limit and (
                toks[m].low in _AUX or toks[m].low in _ADVERBS or toks[m].low == "never"
            ):
                be = be or toks[m].low in _BE
                m += 1
            if m < limit and not toks[m].cap:
                if toks[m].low in _TAKE and m + 1 < limit and toks[m + 1].low == "part":
                    return "taking part", m + 1  # "1,500 soldiers would take part in"
                p = _participle(toks[m].text, be)
                low = toks[m].low
                if p is None and bare and low.isalpha() and low not in _STOP_WORDS:
                    p = _IRREGULAR.get(low) or _regular_past(low)
                if p is not None and m + 1 < limit and toks[m + 1].low in _PARTICLES:
                    return f"{p} {toks[m + 1].low}", m + 1  # "were shot down"
                if p is not None:
                    return p, m
            j = m
            continue
        j += 1
    return None


def _reduced(toks: list[_Tok], k: int, limit: int) -> tuple[str, int] | None:
    """Find a participle right after the noun (or its place): "troops stationed on".

    So is a state of people right after it: "300 injured and 20 dead", "left 20 people dead".
    """
    if k < limit and not toks[k].cap:
        if toks[k].low in _TAKE and k + 1 < limit and toks[k + 1].low == "part":
            return "taking part", k + 1  # "40,000 people took part in the protests"
        if toks[k].low in _PEOPLE_STATES:
            return toks[k].low, k
        p = _participle(toks[k].text, False)
        if p is not None and (p.endswith(("ed", "ing")) or toks[k].low in _IRREGULAR):
            return p, k
    return None


_TAKE = frozenset(("take", "takes", "took", "taking", "taken"))
# States a count of people is left in, said as adjectives: "20 dead", "300 missing".
_PEOPLE_STATES = frozenset(("dead", "missing", "homeless"))
# Particles that belong to the verb before them: "shot down", "wiped out", "called up".
_PARTICLES = frozenset(("down", "up", "out", "off"))


def _reduced_np(toks: list[_Tok], start: int, limit: int) -> tuple[str, int, str | None] | None:
    """Find a relative clause with a named doer: "the 8,500 troops the Pentagon put on alert"."""
    if start >= limit:
        return None
    m = start + 1 if toks[start].low in {"that", "which", "who", "the"} else start
    q = m
    while q < limit and q - m < 3 and toks[q].cap:
        q += 1
    if q > m and q < limit and (toks[q].low in _IRREGULAR or toks[q].low.endswith("ed")):
        p = _participle(toks[q].text, False)
        if p is not None:
            low = _base(toks[q - 1].text).lower()
            return p, q, low if low in _DEMONYMS else None
    return None


def _before_verb(toks: list[_Tok], first: int) -> tuple[str, str | None, bool] | None:
    """Find the verb the figure is the object of: "has massed N", "deployment of N".

    Returns the participle, the doer (a key of the demonym table) and whether the
    verb is a nominalisation ("deployment of").
    """
    b = first - 1
    while b >= 0 and toks[b].low in _DETERMINERS and toks[b].low != "that":
        b -= 1  # but "denied that 10,000 troops": "that" opens a clause of its own
    if b >= 1 and toks[b].low == "of" and toks[b - 1].low in _NOMINALISATIONS:
        agent = None
        if b >= 2 and _is_possessive(toks[b - 2].text):
            low = _base(toks[b - 2].text).lower()
            agent = low if low in _DEMONYMS else None
        return _NOMINALISATIONS[toks[b - 1].low], agent, True
    if b >= 0 and toks[b].low in _FINDING_VERBS and _study_before(toks, b) is not None:
        return None  # "a poll found 65%": the poll speaks, nothing is found
    if b >= 1 and toks[b].low in _PARTICLES and not toks[b - 1].cap:
        p = _participle(toks[b - 1].text, False)
        if p is not None and not p.endswith("ing"):
            return f"{p} {toks[b].low}", _agent(toks, b - 1), False  # "shot down 35 drones"
    if b >= 0 and not toks[b].cap and toks[b].low not in _REPORTING_VERBS:
        low = toks[b].low
        p = _participle(toks[b].text, False)
        if p is None:
            return None
        if low.endswith("ing"):
            stem = low[:-3]
            p = (
                _NOMINALISATIONS.get(low)
                or _IRREGULAR.get(low)
                or _IRREGULAR.get(stem)  # "shooting" is "shot", not "shooted"
                or _regular_past(stem)
            )
        return p, _agent(toks, b), False
    return None


# Verbs whose object a figure after "by" changes: "raised interest rates by 0.75 points".
_SETTERS = _REVISING_VERBS | _words(
    """increased increases reduced reduces hiked hikes boosted boosts grow grows increase
    increasing boost reduce"""
)
# Verbs that set a thing's figure: "the death toll rose to 2,300", "turnout was 65%".
_FIGURE_VERBS = _words(
    """rose risen rise rises rising climbed climb climbs jumped jump jumps fell fallen fall
    falls dropped drop drops reached reach reaches hit hits stood stands stand totalled
    totaled totals total increased increases decreased decreases grew grown grows surged
    soared slipped slid declined edged was were is are remained remains came comes lost
    gained shed doubled tripled halved shrink shrinks shrank shrunk contract contracts
    contracted expand expands expanded grow decline declines plunged plunge tumbled slumped
    sank dipped rebounded recovered topped top tops exceeded exceeds surpassed passed crossed
    neared amounted be rallied rallies advanced advances gains gain eased eases slips closed
    ended finished opened held holds widened widens narrowed narrows unchanged steady"""
)
_TOPIC_SKIP = _AUX | _ADVERBS | _words("""has have had been having being did does do never""")
_NEVER_TOPIC = (
    _PRONOUNS
    | _TIME_WORDS
    | _words(
        """there here which who what whichever whatever itself themselves him them me
        you himself herself aged include
        includes including offer offers make makes take takes give gives show shows see
        sees go goes went come comes came get gets got"""
    )
)
# Words that name no thing as a phrase's head ("that much", "the equivalent"), besides those
# that name none anywhere in it.
_NOT_TOPIC = _NEVER_TOPIC | _words(
    """this that these those i we you one some figure number total amount year years month
    months week weeks day days decade hundred thousand million billion trillion bn m k
    percent per cent dollars euros pounds points much many more less equivalent average
    maximum minimum high low peak worth out up down off back pretty again away"""
)


_JOINERS = frozenset({"and", ",", "from", "to", "against", "versus", "or", "but"})
# What "put ... at" estimates, when it names the thing before: "put it at", "put the figure at".
_ESTIMATED_OBJECTS = FIGURE_NOUNS | {"it", "them"}


def _shares_topic(toks: list[_Tok], mention: Mention, first: int, inherited: _Inherit) -> bool:
    """Whether a figure joined to the one before ("and 52% in Lyon") measures its thing.

    ``first`` is the figure's first token.
    """
    from claimtrack.quantities import is_count

    unit = mention.figure.unit
    if not inherited.topic:
        return False
    if mention.noun is not None and (unit == "count" or is_count(unit)):
        return False
    k = first - 1
    if k >= 1 and toks[k].low == "at" and toks[k - 1].low in _ESTIMATED_OBJECTS:
        return True  # another party's figure for it: "while organisers put it at 100,000"
    if inherited.unit != unit:
        # a change and the level it reaches: "rose 12% to $4.2 billion"
        if k < 0 or toks[k].low != "to":
            return False
        j = k - 1
        while j >= 0 and toks[j].start >= inherited.end and _when_word(toks[j].low):
            j -= 1  # "rose by a third last week to 1,200", "rose 5% in March to"
        if j >= 0 and toks[j].text == "," and toks[j].start >= inherited.end:
            j -= 1  # "rose $2.10, or 2.5%, to $86.40"
        return j < 0 or toks[j].end <= inherited.end
    j = k
    while j >= 0 and k - j < 3 and (toks[j].cap or toks[j].low in _GROUP_SOURCES):
        j -= 1  # another source's figure for it: "put the crowd at 40,000, organisers 100,000"
    if (
        j >= 0
        and toks[j].low == "the"
        and (j < k or (j > 0 and toks[j - 1].low in {"not", "than", "with"}))
    ):
        j -= 1
    if j >= 1 and toks[j].low == "with" and toks[j - 1].low == "compared":
        return True  # "..., compared with 61%"
    # "..., not the 1m", "higher than the 61% recorded in 2019", "after 0.5% in the second"
    return j >= 0 and (toks[j].low in _JOINERS or toks[j].low in {"not", "than", "after"})


def _figure_topic(
    toks: list[_Tok], mention: Mention, first: int, after: int, inherited: _Inherit | None
) -> str | None:
    """The thing a figure measures: its own (``_topic``), or the one of the figure before.

    A figure whose unit comes from the one before it ("revenue rose to $5.2 billion from
    4.9") or that is joined to it ("48% in Paris and 52% in Lyon") measures the same thing.
    """
    if inherited is not None and mention.unit_inferred and mention.noun is None:
        return inherited.topic
    topic = _topic_subject(toks, mention, first, after)
    if (
        topic is not None
        and topic.lower().startswith("share of ")
        and topic.lower().endswith(_RATIO_WHOLES)
        and inherited is not None
        and inherited.topic
        and first >= 1
        and toks[first - 1].low in {"or", ","}
    ):
        return f"{inherited.topic} as {topic}"  # "to 98 billion, or 1.8% of GDP": its ratio
    if topic is None and inherited is not None and _shares_topic(toks, mention, first, inherited):
        topic = inherited.topic
    if topic is None and inherited is not None and inherited.topic and _it_sets(toks, first):
        topic = inherited.topic  # "inflation was 9% ..., but it was 1.4%": it is inflation
    return topic


def _it_sets(toks: list[_Tok], first: int) -> bool:
    """Whether "it" sets the figure at token ``first``: "it was 1.4%", "it has risen to 3%"."""
    k = first - 1
    if k >= 0 and toks[k].low in {"to", "at", "by"}:
        k -= 1
    seen_verb = False
    while k >= 0 and (toks[k].low in _FIGURE_VERBS or toks[k].low in _TOPIC_SKIP):
        seen_verb = seen_verb or toks[k].low in _FIGURE_VERBS
        k -= 1
    return seen_verb and k >= 0 and toks[k].low == "it"


# Verbs read as hedges ("exceeded 4,300" is more than 4,300) that still set a thing's figure.
_VERB_HEDGES = frozenset(
    {"exceeded", "exceeds", "surpassed", "surpasses", "topped", "passed", "crossed"}
)


def _counts_a_thing(mention: Mention) -> bool:
    """Whether a figure counts the thing its noun names: "3,000 troops".

    Not money in a currency that several countries name ("98 billion kroner"), whose noun
    names no thing.
    """
    from claimtrack.quantities import SHARED_CURRENCY_NOUNS, is_count

    unit = mention.figure.unit
    return (
        mention.noun is not None
        and (unit == "count" or is_count(unit))
        and mention.noun.lower() not in SHARED_CURRENCY_NOUNS
    )


def _topic_subject(toks: list[_Tok], mention: Mention, first: int, after: int) -> str | None:
    """The thing a figure without a counted noun measures, named before it (see ``_topic``).

    ``first`` is the figure's first token and ``after`` the token after it.
    """
    from claimtrack.quantities import is_count

    unit = mention.figure.unit
    if (
        mention.text.split(" ", 1)[0].lower() in _VERB_HEDGES
        and first < len(toks)
        and toks[first].start == mention.span[0]
    ):
        first += 1  # the verb is no part of the figure here: "The death toll exceeded 4,300"
    if unit.endswith("_of_age"):
        return None
    if unit == "fraction":
        if mention.noun is None and first and toks[first - 1].low == "by":
            return _topic(toks, first)  # a change: "Hospital admissions rose by a third"
        return None
    if _counts_a_thing(mention) and unit != "time":
        return None  # the counted noun names it: "3,000 troops"; not "rose 45-fold"
    if mention.unit_inferred and unit != "count" and is_count(unit):
        return None  # the noun of the figure it belongs to names it: "2 of its 5 seats"
    if unit == "percent":
        share = _share_of(toks, after)
        if share is not None and share.lower().endswith(_RATIO_WHOLES):
            topic = _topic(toks, first)  # "The deficit stood at 2.9% of GDP": the deficit's ratio
            return f"{topic} as {share}" if topic else share
        if share is not None:
            said = _share_predicate(toks, after)  # "40% of adults are obese": the obese share
            return f"{share} {said}" if said else share  # "90% of Ukrainians"
        return _topic(toks, first) or _noun_after(toks, after)
    if unit == "magnitude" and not mention.noun:
        # "a magnitude 7.8 earthquake", "The quake, of magnitude 7.8,"
        if first >= 2 and toks[first - 1].low == "of" and toks[first - 2].text == ",":
            found = _np_words(toks, first - 3)
            if found is not None:
                return " ".join(w.text for w in found[0])
        return _noun_after(toks, after)
    if "-" in mention.text or _glued_measure(mention):
        # a measure written as an adjective names the thing after it: "a 64-km-long convoy",
        # "155mm shells"
        k = after
        while (
            k < len(toks)
            and toks[k].start < mention.span[1] + 6
            and (toks[k].text[:1] == "-" or toks[k].start < mention.span[1] + 1)
            and toks[k].text not in {",", ";", ":", ".", ")"}  # "1.45C, plus": no adjective
        ):
            k += 1  # the rest of the adjective: "-long"
        words: list[str] = []
        while (
            k < len(toks)
            and len(words) < 3
            and not toks[k].cap
            and _topic_word(toks[k])
            and toks[k].low not in _NOT_TOPIC
            and toks[k].low not in _MEASURE_ADJECTIVES
        ):
            words.append(toks[k].text)  # "an eight-year separatist conflict"
            k += 1
        if words:
            return " ".join(words)
    if unit != "count" and not is_count(unit) and first and toks[first - 1].low in _DETERMINERS:
        # an amount written as an adjective names the thing after it: "a $10 billion
        # capital expenditure plan", "a €5 billion aid package", "a 10 km race"
        compound = _compound_after(toks, after)
        if compound is not None:
            return compound
    if (
        mention.noun is not None
        and unit not in ("count", "percent")
        and not is_count(unit)
        and first
        and toks[first - 1].low in _LOSS_VERBS
        and _material_end(toks, after, len(toks)) > after
    ):
        return None  # what is lost names itself: "The Amazon lost 11,568 square km of forest"
    return _topic(toks, first)


# Participles of counting or claiming a figure that another party's figure names its thing by.
_COUNT_PARTICIPLES = frozenset({"counted", "tallied", "claimed", "estimated", "reported"})
# Verbs that change their object's figure "from X to Y": "raise the retirement age from 62 to 64".
_CHANGING_VERBS = _SETTERS | _words(
    """raise raising cut cutting lower lowering increase increasing reduce reducing lift
    lifting hike hiking boost boosting extend extends extended extending"""
)
# Verbs whose object is what a thing loses or gains, not the thing's own level.
_LOSS_VERBS = _words("""lost lose loses losing gained gain gains shed sheds cleared""")


def _compound_after(toks: list[_Tok], k: int) -> str | None:
    """The noun compound an amount stands before at token ``k`` ("capital expenditure plan")."""
    first = _noun_after(toks, k)
    if first is None:
        return None
    words = [first]
    k += 1
    while (
        k < len(toks)
        and len(words) < 3
        and toks[k].start == toks[k - 1].end + 1
        and not toks[k].cap
        and toks[k].low.isalpha()
        and (_topic_word(toks[k]) or toks[k].low in _CHANGE_NOUNS)  # "an army contract"
        and toks[k].low not in _NOT_TOPIC
        and toks[k].low not in _LINKING_VERBS
        and not toks[k].low.endswith(("ly", "ing"))
    ):
        words.append(toks[k].text)
        k += 1
    return " ".join(words)


# Verbs of a figure that are also nouns in a compound: "a $48.2 million army contract".
_CHANGE_NOUNS = _words("""contract contracts cut cuts rise rises increase increases decline""")
# Verbs that may follow a noun compound directly: "that $149.99 price point seem like".
_LINKING_VERBS = _words(
    """seem seems seemed look looks appear appears remain remains become becomes make makes
    help helps go goes come comes"""
)


# What a measure says of a thing, not the thing: "6ft 4in tall", "300km long".
_MEASURE_ADJECTIVES = _words("""tall long wide deep thick old short heavy across apart""")


def _glued_measure(mention: Mention) -> bool:
    """Whether a measure's unit is glued to its number ("155mm", "5kg"), as an adjective's is."""
    if mention.number_span is None or mention.noun is not None:
        return False
    at = mention.number_span[1] - mention.span[0]
    return at < len(mention.text) and mention.text[at].isalpha()


def _noun_after(toks: list[_Tok], k: int) -> str | None:
    """The noun a percentage stands before at token ``k`` ("5% growth", "a 20% stake"), or None.

    Not an adjective or adverb ("5% lower", "95% effective", "3.2% year-on-year").
    """
    if k >= len(toks) or k == 0 or toks[k].start != toks[k - 1].end + 1:
        return None
    t = toks[k]
    low = t.low
    if (
        t.cap
        or not low.isalpha()
        or not _topic_word(t)
        or low in _NOT_TOPIC
        or low in _STOP_WORDS
        or low in _NOT_NOUNS
        or low.endswith(("ing", "ly", "er", "ive", "able", "ible"))
    ):
        return None
    return t.text


# Words after a percentage that are no noun: "16 per cent above", "5% lower".
_NOT_NOUNS = _words("""above below over under overall off annual annually net""")


_WIN_VERBS = _words(
    """won wins win got gets get received receives took takes secured polled scored have has
    had"""
)
_HAVE = frozenset({"have", "has", "had"})
_PARTY_WORDS = frozenset({"party", "alliance", "coalition", "bloc", "front", "list"})
_WIN_AUX = _words("""would will could may might has have had""")


def _winner(toks: list[_Tok], first: int) -> str | None:
    """The name that won the share starting at token ``first`` ("Macron won 58.5%"), or None."""
    k = first - 1
    if k < 1 or toks[k].low not in _WIN_VERBS:
        return None
    while k > 1 and toks[k - 1].low in _WIN_AUX:
        k -= 1  # "would win 201", "have won 12"
    end = k
    if (
        k > 1
        and toks[k - 1].low in _PARTY_WORDS
        and toks[k - 2].cap
        and toks[k - 2].low not in _FUNCTION_CAPS
    ):
        k -= 1  # "The Reform party won 5 seats"
    while k > 0 and end - k < 4 and toks[k - 1].cap and toks[k - 1].low not in _FUNCTION_CAPS:
        k -= 1
    if k < end and any(t.low in _PRONOUNS or t.low in _FIRST_PERSON for t in toks[k:end]):
        return None  # "We have won 12 seats": the speaker's party, unnamed here
    return " ".join(t.text for t in toks[k:end]) if k < end else None


def _for_name(toks: list[_Tok], k: int, limit: int) -> str | None:
    """The name after "for" at token ``k`` ("41.5% for Le Pen"), or None."""
    if k + 1 >= limit or toks[k].low != "for" or not toks[k + 1].cap:
        return None
    end = k + 1
    while end < limit and end - k <= 4 and toks[end].cap:
        end += 1
    return " ".join(t.text for t in toks[k + 1 : end])


# Wholes that a figure is measured against, not taken from: "a deficit of 2.9% of GDP".
_RATIO_WHOLES = ("of gdp", "of gross domestic product", "of national income", "of economic output")


# Words between a share's whole and what the share is or does: "are fully vaccinated".
_PREDICATE_SKIP = _AUX | _ADVERBS | _words("""fully partly mostly already ever""")


def _share_predicate(toks: list[_Tok], k: int) -> str | None:
    """What a share "of" the whole at token ``k`` is or does: "of adults are obese" → obese.

    "of adults are fully vaccinated" → vaccinated, "of Ukrainians have left" → left; two
    shares of one whole that say different things are not compared. Not a reporting verb
    ("of US adults said") nor a word with no "are" or "have" before it.
    """
    found = _share_whole(toks, k)
    if found is None:
        return None
    limit = _limit(toks, k)
    j = found[1]
    while j < limit and toks[j].low in _PREDICATE_SKIP:
        j += 1
    if j >= limit or toks[j].cap or not toks[j].low.isalpha():
        return None
    low = toks[j].low
    if low in _STOP_WORDS or low in _REPORTING_VERBS or low in _PREPS or low in _OTHER_PREPS:
        return None
    if j == found[1]:
        return None  # no "are" or "have" before it: "of their income goes to rent"
    return low


def _share_of(toks: list[_Tok], k: int) -> str | None:
    """The whole a percentage is a share of, from "of" at token ``k``: "share of Ukrainians"."""
    found = _share_whole(toks, k)
    return found[0] if found is not None else None


def _share_whole(toks: list[_Tok], k: int) -> tuple[str, int] | None:
    """The share of a whole from "of" at token ``k``, and the token after the whole's words."""
    limit = _limit(toks, k)
    if k >= limit or toks[k].low != "of":
        return None
    end = _object(toks, k + 1, limit)
    of_toks = [t for t in toks[k + 1 : end] if t.low not in _DETERMINERS]  # "of its workforce"
    stop = next(
        (i for i, t in enumerate(of_toks) if t.low in _NEVER_TOPIC or not _topic_word(t)), None
    )
    of_toks = of_toks[:stop]  # "of the forces it had massed", "of US adults said", "of men aged"
    if of_toks and of_toks[0].cap:
        run = next((i for i, t in enumerate(of_toks) if not t.cap), len(of_toks))
        last = of_toks[run - 1].text
        if (last.endswith("s") and not _is_possessive(last)) or run == len(of_toks):
            of_toks = of_toks[:run]  # "of Ukrainians": the names are the whole
        else:
            of_toks = of_toks[: run + 2]  # "of US adults", "of Europe's gas imports"
    words = of_toks[:4]
    if not words:
        return None
    after = toks.index(words[-1], k) + 1
    return " ".join(["share of", *(t.text for t in words)]), after


def _topic(toks: list[_Tok], first: int) -> str | None:
    """Find the thing whose figure the verb before it sets: "the death toll has risen to N".

    Four shapes: a noun phrase before a verb that sets a figure ("Inflation hit N",
    "The death toll from the quake has risen to N"), a verb's object before "to" or "at"
    ("cut its growth forecast to N", "estimated the crowd at N"), a noun phrase before
    "of" ("a death toll of N"), and one after "and" with its verb left out ("...
    and unemployment N"). The first noun phrase of a phrase joined by a
    preposition is the thing ("death toll", not "quake").
    """
    k = first - 1
    if k >= 0 and first < len(toks) and toks[first].low == "from" and _topic_word(toks[k]):
        # a change of a verb's object: "raise the retirement age from 62 to 64"
        found = _np_words(toks, k)
        if found is not None and found[1] >= 0 and toks[found[1]].low in _CHANGING_VERBS:
            return " ".join(w.text for w in found[0])
    if k >= 2 and toks[k].low == "of" and toks[k - 1].low in {"high", "low", "peak"}:
        k -= 2  # "fell to a record low of 120"
    j = k
    while j >= 0 and first - j <= 5 and toks[j].low in _RECORD_WORDS:
        j -= 1
    if (
        j >= 0
        and (toks[j].low in _FIGURE_VERBS or toks[j].low in {"to", "at"})
        and any(t.low not in {"a", "an"} for t in toks[j + 1 : first])
    ):
        k = j  # "reached a record 5.8%", "tripled to a record $9.1 billion"; not "hit a 9-iron"
    if k >= 1 and toks[k].low in {"up", "down"} and toks[k - 1].low in _FIGURE_VERBS:
        k -= 1  # "Shares of Ross were down 2.3%", "closed up 12 cents"
    w = k
    while w >= 0 and first - w <= 4 and toks[w].low in _BEFORE_WORTH:
        w -= 1
    if w >= 1 and toks[w].low == "worth":
        end = w - 2 if w >= 2 and toks[w - 1].text == "," else w - 1  # "The package, worth"
        return _np_back(toks, end, object_of_verb=False, hop=False)  # "a deal worth $5m"
    if k < 0:
        return None
    low = toks[k].low
    if low == "on" and k >= 1 and toks[k - 1].low in _ON_VERBS:
        k -= 1  # a poll's share: "The governing coalition is on 38%"
        low = toks[k].low
        if low not in _FIGURE_VERBS:
            return _np_back(toks, k - 1, object_of_verb=False)  # "The conservatives trail on"
    if low in {"have", "has"} and k >= 1 and toks[k - 1].cap:
        return _np_back(toks, k - 1, object_of_verb=False)  # "while the Greens have 14.7%"
    if low in {"to", "at", "by"}:
        k -= 1
        if k >= 1 and toks[k].low in {"up", "down"} and toks[k - 1].low in _FIGURE_VERBS:
            k -= 1  # "Turnover was up by 4%"
        if k >= 2 and toks[k - 1].low in _TIME_PREPS and _is_time_word(toks[k].low):
            k -= 2  # "bringing the death toll since mid-June to 1,136"
        if k >= 0 and toks[k].low in FRACTION_WORDS:
            return None  # a figure, not a thing: "rose by a third to 1,200"
        if k >= 0 and toks[k].low == "be":
            return None  # "what the results would be at $220": where, not what
        if k >= 0 and toks[k].low not in _FIGURE_VERBS:
            _, verb_at, det = _np_words(toks, k) or ([], -1, False)
            if low == "by" and not det and not (verb_at >= 0 and toks[verb_at].low in _SETTERS):
                # "punishable by three years"; but "raised its key rate by N", "raised
                # interest rates by N"
                return None
            placed = _figure_noun_with_place(toks, k) if low == "at" else None
            if placed is not None:
                return placed  # "put the toll in the rebel-held northwest at 900"
            return _np_back(toks, k, object_of_verb=True)  # "cut its forecast to N"
    elif low == "of":
        return _np_back(toks, k - 1, object_of_verb=False, hop=False)  # "a death toll of N"
    elif _topic_word(toks[k]) and toks[k].low not in _IRREGULAR_PARTICIPLES:
        # a verb left out after "and": "inflation hit 7.5% and unemployment 4%"; not a verb
        # there: "killed 20 and left 300 homeless"
        j = k
        while j >= 0 and k - j < 4 and _topic_word(toks[j]) and not toks[j].cap:
            j -= 1
        if (
            j >= 0
            and toks[j].low in {"and", "while", "whereas"}
            and not any(t.low.endswith("ing") for t in toks[j + 1 : k + 1])
        ):
            return _np_back(toks, k, object_of_verb=False)
        return None
    if k < 0 or toks[k].low not in _FIGURE_VERBS:
        return None
    k -= 1
    while k >= 0 and toks[k].low in _TOPIC_SKIP:
        k -= 1  # "has risen"
    if k >= 2 and toks[k - 1].low in _TIME_PREPS and _is_time_word(toks[k].low):
        k -= 2  # "The toll since January rose to 40"
    if k >= 0 and toks[k].low == "to":
        k -= 1  # "expects the economy to shrink", "Pension Credit was set to rise"
        while k >= 0 and (toks[k].low in _TOPIC_SKIP or toks[k].low in _BEFORE_TO):
            k -= 1
    return _np_back(toks, k, object_of_verb=False)


_TIME_PREPS = frozenset({"since", "from", "in", "during", "until", "through"})
# Verbs of a share in a poll or a count before "on": "is on 38%", "The conservatives trail on".
_ON_VERBS = _BE | _words("""stands stood remained trail trails trailed sit sits sat""")
# Words between "worth" and its figure: "a deal worth a reported £85 million".
_BEFORE_WORTH = frozenset({"a", "an", "reported", "estimated", "some", "about", "around"})


def _when_word(low: str) -> bool:
    """Whether a token may be part of a time phrase between a change and its level."""
    return _is_time_word(low) or low in {"week", "month", "year", "quarter", "in", "on", "the"}


def _is_time_word(low: str) -> bool:
    """Whether a lower-case token names a time: "june", "mid-june", "2022", "monday"."""
    word = low.split("-", 1)[1] if low.startswith(("mid-", "early-", "late-")) else low
    return word in _TIME_WORDS or _YEAR_TOKEN.fullmatch(word) is not None


def _np_back(toks: list[_Tok], k: int, *, object_of_verb: bool, hop: bool = True) -> str | None:
    """The noun phrase ending at token ``k``, or the one whose prepositional phrase it ends.

    "The death toll from the quake" names the death toll: a noun phrase after a
    preposition gives way to the one before it when that one opens the clause or has a
    determiner ("sitting on record wealth" keeps "record wealth"); without ``hop`` it
    never does ("compensation of N" is the compensation). A verb's object
    (``object_of_verb``) must follow a word that is no part of a name.
    """
    found = _np_words(toks, k)
    if found is None:
        return None
    words, before, det = found
    if before >= 0 and (toks[before].text[:1].isdigit() or toks[before].low in {"per", "a"}):
        return None  # a unit of the figure before: "rose 18 sen to", "$75 per barrel to"
    setter = max((i for i, w in enumerate(words[:-1]) if i and w.low in _SETTERS), default=0)
    if object_of_verb and setter:
        # a verb the phrase took for a noun: "The government cut fuel duty by 5p"
        before = k - (len(words) - 1 - setter)
        words, det = words[setter + 1 :], False
    if object_of_verb:
        if (
            before < 0
            or (
                _topic_word(toks[before])
                and not det
                and toks[before].low not in _SETTERS
                and toks[before].low not in PUT_VERBS
            )
            or toks[before].low == "to"
        ):
            return None  # "to" after a noun phrase that no verb takes; "to trade at"
    elif hop:
        words = _outer_np(toks, words, before) or words
    return " ".join(w.text for w in words)  # as written: "Inflation", "Tesla", "DAX"


def _is_participle(tok: _Tok) -> bool:
    """Whether a token is a past participle in lower case ("killed", "held", "taken")."""
    low = tok.low
    return not tok.cap and (
        (len(low) > 4 and low.endswith("ed") and low not in _NOT_VERBS)
        or low in _IRREGULAR_PARTICIPLES
    )


def _outer_np(toks: list[_Tok], words: list[_Tok], before: int) -> list[_Tok] | None:
    """The noun phrase that holds ``words`` in its prepositional phrases, if one opens the clause.

    Walks out over up to four prepositions ("The death toll from the earthquake in Turkey and
    Syria" names the death toll in Turkey and Syria: the first place passed stays); names
    joined by "and" stay together, and "of" keeps what follows it ("The number of people in
    hospital" names the number of people). An outer noun phrase is taken when it has a
    determiner or opens the clause.
    """
    best: list[_Tok] | None = None
    place: list[_Tok] = []  # a place the walk passed: "in Turkey and Syria"
    inner = words
    k = before
    for _ in range(4):
        if k < 1 or (toks[k].low not in _HOP_PREPS and toks[k].low != "and"):
            break
        outer = _np_words(toks, k - 1, of_follows=toks[k].low == "of")
        participle: list[_Tok] = []
        if outer is None and k >= 2 and toks[k].low != "of" and _is_participle(toks[k - 1]):
            outer = _np_words(toks, k - 2)  # a reduced clause: "the number of people killed in"
            participle = [toks[k - 1]]
        if outer is None or outer[0][-1].low.endswith("ing"):
            break  # no noun phrase, or a verb: "use of his patents asking for"
        outer_words, outer_before, outer_det = outer
        outer_words = [*outer_words, *participle]
        if (
            not outer_det
            and outer_before >= 1
            and _is_participle(toks[outer_before])
            and toks[outer_before - 1].low in _DETERMINERS
        ):
            outer_det = True  # an adjective in -ed: "The combined death toll in both countries"
        if toks[k].low == "and":
            if not all(w.cap for w in (*outer_words, *inner)):
                break
            inner = [*outer_words, toks[k], *inner]  # "Turkey and Syria"
            k = outer_before
            continue
        if (
            not place
            and toks[k].low in _PLACE_PREPS
            and all(w.cap or w.low == "and" for w in inner)
        ):
            place = [toks[k], *inner]
        inner = [*outer_words, toks[k], *inner] if toks[k].low == "of" else outer_words
        if outer_det or outer_before < 0 or toks[outer_before].text in {",", ";", ":"}:
            best = inner
        k = outer_before
    return [*best, *place] if best is not None else None


# Words before the "to" of a verb that sets a figure: "was set to rise", "is expected to fall".
_BEFORE_TO = _words(
    """set expected due likely going forecast projected poised about reported said thought
    believed estimated understood"""
)
# Words between a verb and the figure it sets: "reached a record 5.8%".
_RECORD_WORDS = frozenset({"a", "an", "record", "new", "fresh", "all-time", "average"})
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
# Prepositions whose names are places a thing is counted in: "the death toll in Turkey".
_PLACE_PREPS = frozenset({"in", "across", "at"})
# Words that stand before a noun phrase as a determiner does: "in both countries".
_QUANTIFIERS = frozenset({"both", "all", "each", "every"})
_HOP_PREPS = frozenset({"from", "in", "of", "on", "at", "among", "across", "for", "with"})


def _np_words(
    toks: list[_Tok], k: int, *, of_follows: bool = False
) -> tuple[list[_Tok], int, bool] | None:
    """The name words ending at token ``k``: (words, index before them, determiner seen).

    With ``of_follows`` (an "of" phrase follows) a head that names nothing alone is kept:
    "the number of people".
    """
    words: list[_Tok] = []
    while (
        k >= 0
        and len(words) < 5
        and (_topic_word(toks[k]) or (words and _YEAR_TOKEN.fullmatch(toks[k].text) is not None))
    ):
        if words and _verb_after_subject(toks, k):
            break  # "The IMF now forecasts global growth of 2.7 percent"
        if words and toks[k].low in PUT_VERBS:
            break  # "the ministry put turnout at 1.27 million": the thing is "turnout"
        words.append(toks[k])  # a year may qualify the thing: "its 2022 growth forecast"
        k -= 1
    if not words or any(w.low in _NEVER_TOPIC for w in words):
        return None
    if (
        words[0].low in _NOT_TOPIC
        and not of_follows
        and not (words[0].cap and len(words) > 1 and words[1].cap)
    ):
        return None  # words[0] is the head: "minimum wage" and "average age" name things,
        # and so does a name: "the Dow Jones Industrial Average"
    det = k >= 0 and (
        toks[k].low in _DETERMINERS or toks[k].low in _QUANTIFIERS or _is_possessive(toks[k].text)
    )
    if det and (toks[k].low in _DETERMINERS or toks[k].low in _QUANTIFIERS):
        k -= 1
    words.reverse()
    return words, k, det


def _verb_after_subject(toks: list[_Tok], k: int) -> bool:
    """Whether token ``k`` is a reporting verb after its subject ("The IMF now forecasts")."""
    if toks[k].low not in _REPORTING_VERBS or k == 0:
        return False
    before = toks[k - 1]
    return (
        before.low in _AUX_BEFORE_REPORTING
        or before.low in _PRONOUNS
        or (before.cap and not _is_possessive(before.text))
    )


def _topic_word(tok: _Tok) -> bool:
    """Whether a token may be part of a thing's name: a word, not a verb or a joining word."""
    low = tok.low
    if len(low) > 4 and low.endswith(("ed", "een")) and not low.endswith("eed"):
        return False  # a verb: "Britain promised", "Police estimated", "was seen"
    return (
        tok.text[:1].isalpha()
        and low not in {"of", "with"}
        and low not in _STOP_WORDS
        and low not in _AUX
        and low not in _DETERMINERS
        and low not in _PREPS
        and low not in _OTHER_PREPS
        and low not in _FIGURE_VERBS
        and low not in _TOPIC_SKIP
        and (low not in _REPORTING_VERBS or low in _NOUN_TOO)
    )


_NOUN_TOO = frozenset({"estimate", "estimates", "forecast", "forecasts", "notes", "reports"})


# Whose age a figure states: a name just before it ("Maddon, 66,"), or the noun after it.
_AGE_OWNER = re.compile(r"((?:[A-Z][\w'’.-]*[ \u00a0]+){0,4}[A-Z][\w'’.-]*),[ \u00a0]*\Z")
_AGE_NOUN = re.compile(r"[ \u00a0]+([a-z]{3,})\b")


# What a measure measures, by its dimension: a subject names it so any unit compares.
_MEASURES = {
    "[length] ** 2": "area",
    "[length] ** 3": "volume",
    "[temperature]": "temperature",
    "[mass]": "weight",
    "[length] / [time]": "speed",
}


def _subject(
    text: str,
    toks: list[_Tok],
    mention: Mention,
    bounds: tuple[int, int],
    inherited: _Inherit | None,
    topic: str | None,
    speaking: _Speaking | None = None,
) -> str:
    """Describe what ``mention`` counts: noun phrase, participle and prepositional phrase.

    ``bounds`` are the figure's first token and the token after it; ``topic`` is the thing
    the figure measures, if its sentence names one (``_figure_topic``); ``speaking`` says
    whom pronouns stand for (``_antecedent``).
    """
    from claimtrack.quantities import dimension, is_count, unit_words

    unit = mention.figure.unit
    counted, _, per = unit.partition("_per_")  # a rate: "dollar_per_month"
    noun = mention.noun
    total = False  # the total of what the figure before counts
    modifiers = [m for m in mention.modifiers if m.lower() not in _DROP_MODIFIERS]
    s, e = mention.span
    if counted.endswith("_of_age"):
        # whose age: the name before it ("Maddon, 66,") or the noun after it ("65-year-old man")
        owner = _AGE_OWNER.search(text, max(0, s - 80), s)
        person = _make_source(owner.group(1)) if owner is not None else None
        if person is not None:
            return f"age of {person.name}"
        after = _AGE_NOUN.match(text, e) if noun is not None else None  # not "16 may enter"
        return f"age of {after.group(1)}" if after is not None else "age"
    last_before, first_after = bounds
    if counted == "fraction":
        # a share of something: "share of US population" ("one fourth of the US population")
        whole = [_clean(m) for m in modifiers] + ([_clean(noun).lower()] if noun else [])
        head = " ".join(["share of", *whole]) if whole else "share"
        modifiers = []
    elif unit in _MILITARY_UNITS:
        head = "troops"
    elif noun and " of " not in noun and unit != "count" and not is_count(counted):
        # a measure by what it measures, so any unit of it compares: "4,200 hectares burned"
        # and "15,000 acres burned" are `area burned`; else as its unit says ("dollars")
        head = _MEASURES.get(str(dimension(counted)), "") or unit_words(counted)
    elif noun:
        head = _clean(noun)
        head = head if head[:1].isupper() else head.lower()  # "Ukrainians", "MPs": names
    elif inherited is not None and (unit == "count" or mention.unit_inferred):
        head = inherited.head  # an elliptical figure: "and another 300", "the CGT 2.8 million"
        total = _total_before(toks, last_before)  # "bringing the total to 56,789"
    elif unit == "person":
        head = "people"
    elif unit != "count":
        head = _MEASURES.get(str(dimension(counted)), "") or unit_words(counted)  # "44.5C"
    else:
        head = "count"
    if per:
        head = f"{head} per {per.replace('_', ' ')}"
    borrowed = False  # modifiers taken from the figure before
    if not modifiers and inherited is not None and (noun is None or mention.unit_inferred):
        modifiers = list(inherited.modifiers)
        borrowed = bool(modifiers)
    limit = _limit(toks, first_after)
    k = first_after
    post_pp: tuple[int, int] | None = None
    if k < limit and toks[k].low in _PREPS and toks[k].low != "from":
        end = _object(toks, k + 1, limit)
        if end > k + 1:
            post_pp = (k, end)
            k = end
    pps_from = first_after  # where the prepositional phrases of the subject may start
    material = first_after
    if noun and not per and counted not in ("percent", "fraction"):
        material = _material_end(toks, first_after, limit)
    if material > first_after:
        # what the noun is of: "2,000 tonnes of steel", "300 members of parliament"
        head = f"{head} {_pp_text(text, toks, (first_after, material), None)}"
        pps_from = k = material
    if topic is not None:
        # the thing named before the figure, and the place after it: "turnout in Paris"
        if post_pp is not None and _has_place(toks, post_pp):
            return f"{topic} {_pp_text(text, toks, post_pp, None)}"
        whose = _for_name(toks, first_after, limit) or _winner(toks, last_before)
        if whose and whose not in topic:
            return f"{topic} for {whose}"  # "41.5% for Le Pen"
        fronted = _fronted_place(toks, last_before)
        if fronted is not None:
            place = _pp_text(text, toks, fronted, None)
            place = place[:1].lower() + place[1:]
            if place.lower() not in topic.lower():
                return f"{topic} {place}"  # "In Nairobi, 61% of adults are vaccinated"
        return topic
    participle: str | None = None
    tail: str | None = None  # the verb phrase carried with the participle, place and all
    verb_at: int | None = None
    agent: str | None = None
    carried = False
    chain = _after_chain(toks, first_after, limit)
    reduced = _reduced(toks, k, limit)
    before = _before_verb(toks, last_before)
    if before is not None and " " in before[0] and not (unit == "count" or is_count(counted)):
        before = None  # a particle moves a measure: "Prices went up 5%", "closed up 12 cents"
    # Order: "deployment of N"; "move the N troops amassed on"; "has massed N";
    # "N will be sent"; "N stationed on"; "N the Pentagon put on alert".
    if before is not None and before[2]:
        participle, agent = before[0], before[1]
        before_verb = True
    elif before is not None and reduced is not None:
        participle, verb_at = reduced
        before_verb = False
    elif before is not None:
        participle, agent = before[0], before[1]
        before_verb = True
    else:
        before_verb = False
        found = chain or reduced
        if found is None:
            np_verb = _reduced_np(toks, first_after, limit)
            if np_verb is not None:
                participle, verb_at, agent = np_verb
        else:
            participle, verb_at = found
    if (
        participle in _COUNT_PARTICIPLES
        and noun is None
        and (mention.unit_inferred or unit == "count")
        and inherited is not None
        and inherited.participle
    ):  # who counted or claimed it is its source, not what it counts: "while police counted
        participle = agent = verb_at = None  # 87,000", "not the 245,000 claimed by organisers"
        before_verb = False
    if (
        participle is None
        and inherited is not None
        and inherited.participle
        and (mention.unit_inferred or not _new_clause(toks, inherited.end, s))
        and not (last_before > 0 and toks[last_before - 1].low in _PREPS and noun)
    ):
        # another party's count of the same thing keeps the verb: "while X put the figure at";
        # not a count of places the verb happened in: "collapsed across 10 provinces"
        if not _whole_of_part(toks, last_before):
            participle = inherited.participle
            tail = inherited.tail
        carried = agent is None and inherited.agent is not None
        agent = agent or inherited.agent
    # the prepositional phrase
    pp: tuple[int, int] | None = None
    if participle is not None and not before_verb and verb_at is not None:
        pp = _choose_pp(toks, _pps(toks, verb_at + 1, _limit(toks, verb_at + 1)))
    else:
        if post_pp is not None:
            pp = _choose_pp(toks, [post_pp, *_pps(toks, post_pp[1], limit)])
        elif participle is not None:
            pp = _choose_pp(toks, _pps(toks, pps_from, limit))
        post_pp = None
    fronted = _fronted_place(toks, last_before) if pp is None and participle else None
    words: list[str] = ["total"] if total else []
    owned = carried  # an owner carried from the figure before: "79 Russian tanks and 100 ..."
    if agent is None and before_verb and speaking is not None:
        said = _doer(toks, last_before, speaking)  # "Russia said on Tuesday it had withdrawn"
        agent = said.lower() if said is not None and said.lower() in _DEMONYMS else None
    if agent is None:
        agent = _owner(toks, last_before, first_after)  # "Moscow says 498 of its soldiers"
        owned = agent is not None
    if agent is None and participle is None and unit in _MILITARY_UNITS:
        agent = _haver(toks, last_before)  # "NATO said Russia had 130,000 troops": Russia's
        owned = agent is not None
    demonym = _DEMONYMS.get(agent) if agent else None
    if demonym and participle and participle.split(" ", 1)[0] in _DONE_TO_OTHERS and not owned:
        demonym = None  # "Russia killed 25 people": the people are not Russian
    if demonym and borrowed and not carried:
        # its own doer: "3,000 Ukrainian soldiers ..., while Moscow says it has lost 1,351"
        modifiers = [m for m in modifiers if m not in _DEMONYM_WORDS]
    if demonym and not any(m[:1].isupper() for m in modifiers):
        words.append(demonym)
    elif agent is None and speaking is not None and not any(m[:1].isupper() for m in modifiers):
        whose = _owner_name(toks, last_before, first_after, speaking)
        if whose is not None:
            words.append(whose)  # "Tesla said 300 of its workers": `Tesla's workers`
    words.extend(_clean(m) for m in modifiers)
    if head == "count" and participle in _DONE_TO_PEOPLE:
        head = "people"  # "912 were killed", "with 5,383 injured"
    words.append(head)
    if post_pp is not None and _has_place(toks, post_pp):
        words.append(_pp_text(text, toks, post_pp, None))
    winner = (
        _winner(toks, last_before)
        if (noun or mention.unit_inferred)
        and (unit == "count" or is_count(counted))
        and pp is None
        and last_before > 0
        and toks[last_before - 1].low in _WIN_VERBS - _HAVE
        and agent is None  # a country takes prisoners, it wins no seats: "Russia took 300"
        else None
    )
    if winner is not None:
        participle = None  # "The Conservatives took 98 seats": `seats for Conservatives`
    if participle and tail and pp is None and post_pp is None:
        words.append(tail)  # the same count by another party: "while X put the figure at N"
    elif participle:
        words.append(participle)
        doer: str | None = None
        if before_verb and agent is None and unit != "percent":
            if unit != "count" and not is_count(counted):
                doer = _doer(toks, last_before, speaking)  # "dollars raised by Harris campaign"
            elif speaking is not None:
                troops = unit in _MILITARY_UNITS
                doer = _count_doer(toks, last_before, participle, modifiers, speaking, troops)
        if doer is not None:
            words.append(f"by {doer}")  # "jets delivered by Airbus"
    if pp is not None:
        agent_name = _agent_display(agent)
        words.append(_pp_text(text, toks, pp, agent_name))
    elif fronted is not None and not (post_pp is not None and _has_place(toks, post_pp)):
        place = _pp_text(text, toks, fronted, None)
        place = place[:1].lower() + place[1:]  # "In Turkey alone, 3,419 were killed"
        if place.lower() not in " ".join(words).lower():  # not carried already: "In Paris, X
            words.append(place)  # counted 87,000, Y 500,000"
    if (
        (noun or mention.unit_inferred)
        and (unit == "count" or is_count(counted))
        and participle is None
        and pp is None
        and last_before > 0
        and toks[last_before - 1].low not in _HAVE
    ):
        whose = _winner(toks, last_before)  # not "Russia has 100,000 troops": those are its own
        if whose is not None:
            words.append(f"for {whose}")  # "The Greens would get 98 seats": `seats for Greens`
    return " ".join(w for w in words if w)


def _haver(toks: list[_Tok], first: int) -> str | None:
    """Return the country that "has" the troops a figure at token ``first`` counts, if any.

    An army is its country's: "NATO said Russia had 130,000 troops near Ukraine's borders"
    (Russia), "Moscow says it now has 100,000 soldiers" (Moscow), as "Russia has massed" is.
    """
    b = first - 1
    while b >= 0 and toks[b].low in _DETERMINERS and toks[b].low != "that":
        b -= 1  # "has some 100,000"
    return _agent(toks, b) if b >= 0 and toks[b].low in _HAVE else None


def _fronted_place(toks: list[_Tok], first: int) -> tuple[int, int] | None:
    """The place that opens a sentence before its figure: "In Turkey alone, 3,419 were killed".

    "In" or "across", then a name of up to three capitalised words (perhaps after "the"),
    then perhaps "alone", then a comma before the figure at token ``first``. Times are
    no places ("In January, ...").
    """
    if len(toks) < 4 or toks[0].low not in {"in", "across"}:
        return None
    j = 2 if toks[1].low == "the" else 1
    begin = j
    while j < len(toks) and j - begin < 3 and toks[j].cap and not _is_time_word(toks[j].low):
        j += 1
    end = j
    if end == begin:
        return None
    if j < len(toks) and toks[j].low == "alone":
        j += 1
    if j >= first or toks[j].text != ",":
        return None
    return 0, end


# What a doer does to others, whose figure is not the doer's own: "Russia killed 25 people"
# counts no Russians, while "Russia has massed 100,000 troops" counts Russian troops.
_DONE_TO_OTHERS = _words(
    """killed wounded injured arrested detained captured evacuated hit attacked destroyed
    shot struck expelled deported rescued freed released executed abducted kidnapped
    displaced targeted downed sanctioned fined jailed sentenced treated vaccinated tested
    wiped knocked"""
)


# What happens to people: a bare count with one of these counts people ("5,383 injured").
_DONE_TO_PEOPLE = _words(
    """killed wounded injured hurt died dead missing homeless evacuated arrested detained
    displaced rescued hospitalised hospitalized infected"""
)


def _material_end(toks: list[_Tok], k: int, limit: int) -> int:
    """Return the end of "of" and what a noun is of at ``k`` ("of steel"), or ``k`` if none.

    What it is of is one or two plain words in lower case, ended by a joining word, a
    participle, a time or a punctuation mark: "tonnes of steel last year", "members of
    parliament voted", "tonnes of humanitarian aid were sent".
    """
    if k >= limit or toks[k].low != "of":
        return k
    j = k + 1
    while j < limit and _plain_word(toks[j].text):
        if j - k == 3:
            return k  # a longer phrase: no telling where it ends
        j += 1
    if j == k + 1 or (j < limit and toks[j].text in ("-", "–", "—", "/")):
        return k  # nothing plain after "of", or a word joined on: "of zero - coupon bonds"
    return j


def _plain_word(word: str) -> bool:
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and not low.endswith("ed")
        and low not in _STOP_WORDS
        and low not in _DETERMINERS
        and low not in _AUX
        and low not in _PREPS
        and low not in _OTHER_PREPS
        and low not in _TIME_WORDS
    )


def _new_clause(toks: list[_Tok], start: int, end: int) -> bool:
    """Whether a clause of its own opens between offsets ``start`` and ``end``.

    "3,500 soldiers have been killed, while Moscow acknowledges 498 deaths": the deaths
    were not "killed" by the verb before; "killed 25 people and wounded 60" shares a clause.
    """
    for i, t in enumerate(toks):
        if not start <= t.start < end:
            continue
        if t.low in _REPORTING_VERBS or t.low in _CLAUSE_OPENERS:
            return True
        if (
            t.low in _SUBORDINATORS
            and i + 1 < len(toks)
            and (toks[i + 1].low in {"the", "a", "an", "its", "their"} or toks[i + 1].cap)
        ):
            return True  # "4,000 people were evacuated as the wildfire spread across ..."
        if (
            t.low in {"which", "who"}
            and i > 0
            and toks[i - 1].text == ","
            and i + 1 < len(toks)
            and toks[i + 1].low not in _AUX
            and not toks[i + 1].cap
        ):
            return True  # "... in the drills, which involve 40 warships"
    return False


_CLAUSE_OPENERS = frozenset({"while", "whereas", "but", "although", "though", ";"})
# Conjunctions that open a clause when a subject follows them: "as the wildfire spread".
_SUBORDINATORS = frozenset({"as", "when", "after", "because", "since", "before", "until"})


def _whole_of_part(toks: list[_Tok], first: int) -> bool:
    """Whether the figure at token ``first`` is the whole of a part before it ("2 of its 5").

    The whole is not what the part's verb did: in "lost 2 of its 5 seats" two seats were
    lost, not five.
    """
    return (
        first >= 3
        and toks[first - 1].low in {"the", "its", "their", "his", "her", "our"}
        and toks[first - 2].low == "of"
        and toks[first - 3].text[:1].isalnum()
    )


def _agent_display(agent: str | None) -> str | None:
    if agent is None:
        return None
    return " ".join(w.capitalize() if len(w) > 3 else w.upper() for w in agent.split())


@attrs.frozen(slots=True)
class _Inherit:
    """What an elliptical figure ("and another 300") takes from the figure before it."""

    sentence: tuple[int, int]
    head: str
    modifiers: tuple[str, ...]
    participle: str | None
    agent: str | None
    topic: str | None = None  # the thing named before the figure: "death toll"
    unit: str | None = None  # the figure's unit
    end: int = -1  # where the figure's span ends
    tail: str | None = None  # the participle and what follows it: "marched across France"
    subject: str = ""  # the figure's subject


# ---------------------------------------------------------------------------
# times
# ---------------------------------------------------------------------------


def _stated_time(
    text: str,
    clause: _Clause | None,
    sentence: tuple[int, int],
    entry_time: datetime | None,
    order: str | None = None,
) -> datetime | None:
    """Return when the claimant spoke: a day named with the reporting verb, else the entry.

    "As of <day>" is the day a figure is counted up to, not when it was said.
    """
    if entry_time is None or clause is None:
        return entry_time
    opening = _DAY_OPENING.match(text, sentence[0], clause.start)
    if opening is not None and opening.end() == clause.start and not _AS_OF.match(opening[1]):
        # the day opens the sentence and the clause follows it: "On Thursday, the Pentagon said"
        return _day_of(opening.group(1), entry_time, order)
    lo = clause.start
    hi = min(sentence[1], clause.verb_end + 60)
    for m in _DAY_EXPR.finditer(text, lo, hi):
        gap = text[clause.verb_end : m.start()] if m.start() >= clause.verb_end else ""
        if re.search(r"[,;“”\"]|\bthat\b", gap):
            break
        if _AS_OF.match(m.group()):
            continue
        return _day_of(m.group(), entry_time, order)
    return entry_time


def _day_of(expr: str, entry_time: datetime, order: str | None = None) -> datetime:
    """The day a day expression ("on Thursday", "last week") names, seen from the entry."""
    day = _named_day(expr, entry_time, order=order)
    return entry_time if day is None or day.date() == entry_time.date() else day


def _named_day(
    expr: str, reference: datetime, prefer: str = "past", order: str | None = None
) -> datetime | None:
    """Read a day expression against ``reference`` (the past preferred); None if unreadable.

    A numeric date ("on 10/02/2022") is read in ``order``; without one, a date with two
    readings (10 February or 2 October) is not guessed, and one with a single reading
    ("13/02/2022", "2022-02-10") is read, as in the document's stamps.
    """
    expr = _PART_OF_DAY.sub("", expr)
    expr = expr[3:] if expr[:3].lower() == "on " else expr
    as_of = _AS_OF.match(expr)
    expr = expr[as_of.end() :] if as_of is not None else expr
    orders: tuple[str | None, ...] = (order,)
    if order is None and _NUMERIC_DAY_ONLY.fullmatch(expr):
        orders = ("DMY", "MDY")
    readings = set()
    for each in orders:
        try:
            readings.add(parse_time(expr, reference=reference, prefer=prefer, date_order=each))
        except TimeParseError:
            continue
    return readings.pop() if len(readings) == 1 else None


# Where a future word speaks of the past or of no time: "would have died", "could not reach",
# "higher than expected", "cancelled due to strikes".
_PAST_MODAL = re.compile(r"[ \u00a0]+(?:not[ \u00a0]+)?have\b", re.IGNORECASE)
_NEGATED = re.compile(r"[ \u00a0]+not\b", re.IGNORECASE)
_BEFORE_EXPECTED = re.compile(r"\b(?:than|as)[ \u00a0]+\Z", re.IGNORECASE)
_BEFORE_DUE = re.compile(r"\b(?:is|are|was|were|be|been)[ \u00a0]+\Z", re.IGNORECASE)
_NAME_AFTER = re.compile(r"[ \u00a0]+[A-Z]")
_CLAUSE_BREAK = re.compile(r"[,;:“”\"]")


def _about_future(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` speaks of the future: "will", "could", "is expected to".

    A modal before "have" ("would have died") speaks of the past, and so does "could not"
    (what one was unable to do); "than expected", "cancelled due to" and the name "Will Smith"
    name no time to come.
    """
    for m in _FUTURE.finditer(text, start, end):
        word = m.group().lower()
        if m.group()[0].isupper() and _NAME_AFTER.match(text, m.end()):
            continue  # a name: "Will Smith"
        if _PAST_MODAL.match(text, m.end()) or (word == "could" and _NEGATED.match(text, m.end())):
            continue
        before = text[max(start, m.start() - 8) : m.start()]
        if word == "expected" and _BEFORE_EXPECTED.search(before):
            continue
        if word.startswith("due") and not _BEFORE_DUE.search(before):
            continue
        return True
    return False


def _clause_start(text: str, sentence_start: int, at: int) -> int:
    """Return where the clause holding offset ``at`` starts: after the last comma or quote."""
    breaks = list(_CLAUSE_BREAK.finditer(text, sentence_start, at))
    return breaks[-1].end() if breaks else sentence_start


def _event_day(
    text: str,
    sentence: tuple[int, int],
    span: tuple[int, int],
    clause: _Clause | None,
    reference: datetime | None,
    order: str | None = None,
) -> datetime | None:
    """Return the day a figure's own clause names for it: "300 died on Monday, X said".

    The day must follow the figure's phrase closely, with no comma or quotation mark between,
    and stand before a reporting clause that comes after the figure (whose own day, "X said
    on Tuesday", is when it was said). A bare weekday or month-day is the last such day, or
    the next one when the figure's clause speaks of the future ("temperatures could climb to
    46C by Tuesday", "3,000 people will be evacuated on Friday", "winds of 120 km/h were
    forecast for Wednesday"). Without one, a day that opens the sentence before the figure,
    set off by a comma, is the figure's when no reporting clause follows it at once and no
    other day stands between it and the figure ("On
    Tuesday, 300 people were evacuated, officials said"; "On Tuesday, the ministry said" is
    when it was said); "as of" always names the figure's day ("As of 8 February, the ministry
    said 300 had died"). A numeric date ("on 08/02/2022", "as of 08.02.2022") is read in
    ``order`` (see :func:`_named_day`). None when no such day is named, or it is the
    reference's own day.
    """
    if reference is None:
        return None
    e = span[1]
    stop = min(sentence[1], e + 40)
    if clause is not None and clause.start >= e:
        stop = min(stop, clause.start)
    for m in _DAY_EXPR.finditer(text, e, stop):
        if re.search(r"[,;“”\"]", text[e : m.start()]):
            break
        clause_start = _clause_start(text, sentence[0], span[0])
        prefer = "future" if _about_future(text, clause_start, m.start()) else "past"
        day = _named_day(m.group(), reference, prefer, order)
        return None if day is None or day.date() == reference.date() else day
    opening = _DAY_OPENING.match(text, sentence[0], span[0])
    if (
        opening is None
        or (clause is not None and opening.end() == clause.start and not _AS_OF.match(opening[1]))
        or _DAY_EXPR.search(text, opening.end(), span[0])  # "..., and on Wednesday 300 ..."
    ):
        return None
    brk = _CLAUSE_BREAK.search(text, e, sentence[1])
    prefer = (
        "future"
        if _about_future(text, opening.end(), brk.start() if brk else sentence[1])
        else "past"
    )
    day = _named_day(opening[1], reference, prefer, order)
    return None if day is None or day.date() == reference.date() else day


# A month or year a figure is for: "In 2010, a similar protest drew 3.5 million", "the 61%
# recorded in 2019", "eased to 8.5% in February from 8.6% in January", "will grow 1.5% in 2025",
# "fall to 2.1% of GDP next year". Not "since 2014", "by 2030" or "up 5% from last year".
_PERIOD = (
    rf"(?:(?P<month>{_MONTH})(?:[ \u00a0]+(?P<myear>(?:19|20)\d\d))?"
    r"|(?P<year>(?:19|20)\d\d)"
    r"|(?P<rel>(?i:last|next))[ \u00a0]+(?P<unit>year|month))"
)
_RELATIVE_PERIOD = r"(?i:last|next)[ \u00a0]+(?:year|month)\b"
_FUTURE = re.compile(
    r"\b(?:will|would|could|should|might|expects?|expected|forecasts?|projected|plans?|"
    r"set[ \u00a0]+to|due[ \u00a0]+to)\b",
    re.IGNORECASE,
)
_FRONTED_PERIOD = re.compile(rf"\s*(?:In[ \u00a0]+|(?={_RELATIVE_PERIOD})){_PERIOD},")
# A month with its year, a year, or "last year", that is the sentence's subject: "July 2023 was
# the hottest month on record, with an average of 28.9 degrees".
_PERIOD_SUBJECT = re.compile(
    rf"\s*(?=(?:{_MONTH}[ \u00a0]+)?(?:19|20)\d\d\b|{_RELATIVE_PERIOD}){_PERIOD}[ \u00a0]+"
    r"(?:was|were|is|has|had|saw|brought|became|marked|ended)\b"
)
# Words after which a time is what a figure is set against or counted from, not its own time:
# "up 83% from a year earlier", "risen 20% since last year", "by next year".
_SET_AGAINST = _words(
    """from since on over than against with to until through by before after versus vs vs."""
)
_NOT_SET_AGAINST = "".join(rf"(?<!\b{re.escape(w)} )" for w in sorted(_SET_AGAINST))
# After the figure, in its clause and before any "and" or "but" (which may open a clause of
# its own: "grew 2% this year and will grow 3% next year"); "last year" and "next year" need
# no "in", but are no time of the figure after a word that sets a figure against them.
_PERIOD_AFTER = re.compile(
    r"(?:(?!\b(?:and|but|while|whereas)\b)[^,;.“”\"]){0,30}?"
    rf"{_NOT_SET_AGAINST}\b(?:in[ \u00a0]+(?:the[ \u00a0]+same[ \u00a0]+"
    r"(?:period|time|day|week|month|quarter|season)[ \u00a0]+(?:(?:of|in)[ \u00a0]+)?)?"
    rf"|(?={_RELATIVE_PERIOD}))"
    rf"{_PERIOD}\b(?![-–/])"
)


def _event_period(
    text: str, sentence: tuple[int, int], span: tuple[int, int], reference: datetime | None
) -> datetime | None:
    """Return the first day of the month or year a figure is for, if its sentence names one.

    The period opens the sentence ("In 2010, ...", "In January, ...", "Last year, ..."), is its
    subject ("July 2023 was the hottest month on record, with an average of 28.9 degrees") or
    follows the figure closely in its clause ("... recorded in 2019", "8.6% in January",
    "105,000 in the same period of 2022", "will grow 1.5% in 2025", "2.1% of GDP next year").
    A month or a year says no day: its first day stands for it, so that figures for the same
    period meet and figures of other periods do not. A month without a year is its last
    occurrence up to the reference, and none in a sentence about the future. None for the
    reference's own month (or year): the statement's time stands for it.
    """
    if reference is None:
        return None
    m = (
        _FRONTED_PERIOD.match(text, sentence[0], span[0])
        or _PERIOD_SUBJECT.match(text, sentence[0], span[0])
        or _PERIOD_AFTER.match(text, span[1], sentence[1])
    )
    if m is None:
        return None
    zone = reference.tzinfo or UTC
    if m.group("rel"):
        step = 1 if m.group("rel").lower() == "next" else -1
        if m.group("unit") == "year":
            return datetime(reference.year + step, 1, 1, tzinfo=zone)
        year, month = divmod(reference.year * 12 + reference.month - 1 + step, 12)
        return datetime(year, month + 1, 1, tzinfo=zone)
    if m.group("year"):
        year = int(m.group("year"))
        return datetime(year, 1, 1, tzinfo=zone) if year != reference.year else None
    month = _MONTHS[m.group("month").lower()]
    if m.group("myear"):
        year = int(m.group("myear"))
    elif _about_future(text, sentence[0], span[0]):
        return None  # "Inflation will fall to 3% in December": a month to come
    else:
        year = reference.year if month <= reference.month else reference.year - 1
    if (year, month) == (reference.year, reference.month):
        return None
    return datetime(year, month, 1, tzinfo=zone)


def _valid_time(
    text: str, sentence: tuple[int, int], reference: datetime | None, order: str | None = None
) -> datetime | None:
    """Return the time a forecast applies to ("by the end of January"), if the sentence says."""
    if reference is None:
        return None
    m = _BY_EXPR.search(text, sentence[0], sentence[1])
    if m is None:
        return None
    when = " ".join(m.group("when").split())
    zone = reference.tzinfo or UTC
    if when.lower() in _MONTHS:
        month = _MONTHS[when.lower()]
        year = reference.year + (1 if month < reference.month else 0)
        if m.group("end") and m.group("end").startswith("the end"):
            return datetime(year, month, calendar.monthrange(year, month)[1], tzinfo=zone)
        # a month alone is that month, from its first day, as "in January" is: "by March"
        return datetime(year, month, 1, tzinfo=zone)
    if when.lower().startswith("the end of the"):
        return None
    return _named_day(when, reference, "future", order)


# A time one step before another, written after a figure: "up from 1,200 the previous week",
# "the week before", "a year earlier" (before the figure it is set against) or "last week",
# "a year ago" (before the statement). "before" is no preposition here: not "the week before
# Christmas"; and a change measured from that time is not of it: "up 83% from a year earlier".
_STEP_UNIT = r"(?P<{}>day|week|month|quarter|year)"
_ADVERB_BEFORE = r"before(?![ \u00a0]+(?!(?:and|but|or|while|whereas|when|as)\b)[\w$€£])"
_EARLIER_AFTER = re.compile(
    rf"[^,;.“”\"\d]{{0,30}}?{_NOT_SET_AGAINST}\b(?:"
    rf"the[ \u00a0]+(?:previous|preceding|prior)[ \u00a0]+{_STEP_UNIT.format('prior')}\b"
    rf"|the[ \u00a0]+{_STEP_UNIT.format('before')}[ \u00a0]+{_ADVERB_BEFORE}"
    rf"|(?:a|an|one)[ \u00a0]+{_STEP_UNIT.format('earlier')}[ \u00a0]+"
    rf"(?:earlier\b|{_ADVERB_BEFORE})"
    rf"|last[ \u00a0]+{_STEP_UNIT.format('last')}\b"
    rf"|(?:a|an|one)[ \u00a0]+{_STEP_UNIT.format('ago')}[ \u00a0]+ago\b)",
    re.IGNORECASE,
)


def _step_back(when: datetime, unit: str) -> datetime:
    """Return midnight of the day one ``unit`` (day, week, month, quarter, year) before ``when``."""
    day = when.date()
    if unit in ("day", "week"):
        day -= timedelta(days=1 if unit == "day" else 7)
    else:
        months = day.year * 12 + day.month - 1 - {"month": 1, "quarter": 3, "year": 12}[unit]
        year, month = divmod(months, 12)
        day = date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
    return datetime.combine(day, time(), when.tzinfo)


def _earlier_time(
    text: str,
    sentence: tuple[int, int],
    span: tuple[int, int],
    valid_at: datetime | None,
    stated_at: datetime | None,
    before: datetime | None,
) -> datetime | None:
    """Return when a figure dated one step back applies: "up from 1,200 the previous week".

    ``before`` is when the figure before it in its sentence applies (the one it is set
    against: "2,350 cases in the week to Sunday, up from 1,200 the previous week"), else
    ``stated_at`` stands in. "the previous week", "the week before", "a week earlier" are a
    week before that time; "last week", "last year", "a year ago" are read against the
    statement, but are never later than that time. A change measured from such a time
    ("up 83% from a year earlier") and any other figure keep ``valid_at``.
    """
    if stated_at is None:
        return valid_at
    m = _EARLIER_AFTER.match(text, span[1], sentence[1])
    if m is None:
        return valid_at
    anchor = before or stated_at
    unit = next(u for u in m.groups() if u is not None).lower()
    try:
        if m.group("last") or m.group("ago"):
            when = valid_at or _step_back(stated_at, unit)
            if when < anchor:
                return when
        return _step_back(anchor, unit)
    except (ValueError, OverflowError):  # a step back before the year 1
        return valid_at


# ---------------------------------------------------------------------------
# the public function
# ---------------------------------------------------------------------------


def _mask_quotes(text: str, paragraphs: list[_Paragraph]) -> str:
    """Return ``text`` with quoted stretches blanked out (same length, same offsets).

    A comma that closes a quotation stays: in '"30 are missing," said John Smith' it is what
    puts the reporting clause after the quotation, as in '"30 are missing", said John Smith'.
    """
    chars = list(text)
    for para in paragraphs:
        for a, b, _ in para.quotes:
            kept = b - 2 if b - 2 > a and text[b - 2] == "," else -1
            for i in range(a, b):
                if chars[i] != "\n" and i != kept:
                    chars[i] = " "
    return "".join(chars)


def extract_claims(
    text: str,
    *,
    published: date | datetime | None = None,
    url: str | None = None,
    outlet: str | None = None,
    document: str | None = None,
    policy: Policy | None = None,
    date_order: str | None = None,
) -> list[Claim]:
    """Read every figure in ``text`` as a claim: who states it, about what, and when.

    Args:
        text: A news article or live blog (entries under time-stamp lines such as
            ``02:20 am Paris time``).
        published: When the document was published (for a live blog: the day it
            starts).  A date is read as midnight in the zone of the blog's stamps
            (UTC without stamps).  Without it, ``stated_at`` stays ``None``.
        url: The document's address, copied to each claim's provenance.
        outlet: The publishing outlet; the source of claims nobody else is
            named for.
        document: A local name for the document (a file name); the source of
            claims nobody else is named for when no ``outlet`` is given.
        policy: The hedge policy used to read figures.
        date_order: The order of day, month and year in the document's numeric dates
            (an entry stamp ``10/02/2022 21:30``, "said on 08/02/2022", "by
            04/03/2022"): ``"DMY"``, ``"MDY"`` or ``"YMD"``, as for
            :func:`~claimtrack.times.parse_time`.  ``None`` (default): a date with
            two readings is not guessed (a stamp is then undated, a day in a
            sentence dates nothing), one with a single reading is read.  A stamp
            whose date is impossible in the order given starts no entry.

    Returns:
        One claim per figure, in text order.

    Raises:
        InvalidClaim: If ``published`` is a naive datetime, or ``date_order`` is not
            valid.

    Example:
        >>> text = "Russia has massed more than 100,000 soldiers near Ukraine's borders."
        >>> [c] = extract_claims(text, outlet="FRANCE 24")
        >>> c.subject, c.source.name, c.source.kind, c.figure.hedge.value
        ("Russian troops massed near Ukraine's borders", 'FRANCE 24', 'outlet', 'more_than')
    """
    if not isinstance(text, str):
        raise InvalidClaim(f"extract_claims() needs a string, got {type(text).__name__}")
    if date_order is not None and date_order not in ("DMY", "MDY", "YMD"):
        raise InvalidClaim(f"date_order must be 'DMY', 'MDY', 'YMD' or None, got {date_order!r}")
    mentions = find_figures(text, policy=policy)
    if not mentions:
        return []
    paragraphs, stamps = _paragraphs(text, date_order)
    entry_times, moment = _entry_times(stamps, published)
    masked = _mask_quotes(text, paragraphs)
    para_starts = [p.start for p in paragraphs]
    author = outlet if outlet and outlet.strip() else document
    fallback = Source(author, kind="outlet") if author and author.strip() else None
    speakers = _Speakers()
    doc = _Document(text)
    for m in _TITLED_NAME.finditer(text):
        name = _clean(m.group("name"))
        speakers.persons.setdefault(name.split()[-1], name)
    clause_cache: dict[tuple[int, int], list[_Clause]] = {}
    done_upto = 0  # paragraphs whose clauses have been registered as speakers
    claims: list[Claim] = []
    inherited: _Inherit | None = None
    earlier: list[_Inherit] = []  # the sentence's figures before, for one further back

    def clauses_of(sentence: tuple[int, int]) -> list[_Clause]:
        if sentence not in clause_cache:
            clause_cache[sentence] = _clauses(
                doc, sentence[0], sentence[1], masked, masked_tokens(sentence)
            )
        return clause_cache[sentence]

    masked_cache: dict[tuple[int, int], list[_Tok]] = {}
    token_cache: dict[tuple[int, int], tuple[list[_Tok], list[int]]] = {}

    def sentence_tokens(sentence: tuple[int, int]) -> tuple[list[_Tok], list[int]]:
        """The tokens of a sentence and their starts, read once for all its figures."""
        found = token_cache.get(sentence)
        if found is None:
            toks = _tokens(text, sentence[0], sentence[1])
            found = token_cache[sentence] = (toks, [t.start for t in toks])
        return found

    def masked_tokens(sentence: tuple[int, int]) -> list[_Tok]:
        """The tokens of a sentence outside quotations, read once for every use."""
        found = masked_cache.get(sentence)
        if found is None:
            found = masked_cache[sentence] = _tokens(masked, sentence[0], sentence[1])
        return found

    def register(upto: int) -> None:
        """Register the speakers of paragraphs before index ``upto`` (and of ``upto``)."""
        nonlocal done_upto
        while done_upto <= upto and done_upto < len(paragraphs):
            para = paragraphs[done_upto]
            speakers.reset(para.entry)
            for sentence in para.sentences:
                _register_subject(text, masked_tokens(sentence), speakers)
                for clause in clauses_of(sentence):
                    src = _resolve(clause, speakers)
                    if src is not None and src.kind in _BODY_KINDS:
                        # "Bayer set aside $10 billion, the company said": Bayer
                        src = _sort_opener(doc, masked, sentence, clause, src, speakers) or src
                    if src is not None:
                        role = _unnamed_role(src) or src.kind in _BODY_KINDS
                        src = speakers.add(clause.start, src)
                        if src.kind in _BODY_KINDS or role:
                            speakers.clause_bodies[clause.start, clause.verb_end] = src
                        person = src.kind == "person"
                        if src.kind in _BODY_KINDS or person:
                            words = _description(masked_tokens(sentence), clause, person)
                            if words:
                                speakers.describe(words, src)
            done_upto += 1

    previous_end = -1  # where the figure before ends
    timed: dict[tuple[int, int], datetime | None] = {}  # when a sentence's last figure applies
    for mention in mentions:
        s, e = mention.span
        pi = bisect.bisect_right(para_starts, s) - 1
        if pi < 0 or not paragraphs[pi].start <= s < paragraphs[pi].end:
            continue  # a figure inside a stamp line
        if _time_window(text, mention, previous_end):
            continue  # "in the past 24 hours", "$1.2 trillion over ten years": when, not a claim
        if names_age_group(text, mention):
            continue  # "children under five": who, not a claim
        if _MARGIN_BEFORE.search(text, max(0, s - 16), s) is not None or (
            mention.text.lower().startswith("minus")
            and text[max(0, s - 8) : s].lower().rstrip().endswith("plus or")
        ):
            continue  # "1.45C, plus or minus 0.12C": the figure's margin of error, no claim
        if (
            claims
            and claims[-1].provenance.span is not None
            and text[claims[-1].provenance.span[1] : s].strip().lower() == "per"
        ):
            # a rate's base: "41.2 cases per 100,000 people" is one figure, a rate
            last = claims[-1]
            rate = f"{last.subject} per {_clean(text[s:e])}"
            claims[-1] = last.evolve(subject=rate, group=_own_group(rate, last.provenance.quote))
            previous_end = e
            continue
        previous_end = e
        para = paragraphs[pi]
        register(pi)
        si = max(0, bisect.bisect_right(para.sentences, s, key=_first) - 1)
        sentence = para.sentences[si] if para.sentences else (para.start, para.end)
        clause = _attribute(text, masked, paragraphs, pi, sentence, mention, clauses_of)
        source: Source | None = None
        if clause is not None:
            source = _resolve(clause, speakers)
            if source is None and clause.anaphor in {"it", "they"}:
                source = _sentence_body(doc, masked, sentence, clause, mention=mention)
            elif (
                source is None and clause.anaphor and clause.anaphor.startswith(("its ", "their "))
            ):
                # "Eskom owes 400 billion rand, its chief executive said"
                owner = _sentence_body(doc, masked, sentence, clause, owner=True)
                if owner is not None:
                    source = _owned(owner, clause.anaphor.split(" ", 1)[1])
            elif source is None and clause.anaphor and clause.anaphor.startswith(("his ", "her ")):
                # "Putin, his spokesman said, had 300 advisers": the person who opens it
                person = _sentence_person(text, masked, sentence, clause)
                if person is not None:
                    who = attrs.evolve(person, name=speakers.persons.get(person.name, person.name))
                    source = _owned(who, clause.anaphor.split(" ", 1)[1])
            # "the interior ministry", "the mayor": named before in full (before the clause,
            # not after it)
            named = speakers.clause_bodies.get((clause.start, clause.verb_end))
            if named is not None and source is not None:
                source = named
            elif source is not None and source.kind == "person":
                full = speakers.persons.get(source.name)
                if full and " " not in source.name:
                    source = attrs.evolve(source, name=full)
                elif _unnamed_role(source):
                    source = speakers.body(source)
            elif source is not None:
                source = speakers.body(source)
        if source is None:
            clause = None
            source = fallback or Source(UNATTRIBUTED, kind="outlet")
        entry_time = entry_times[para.entry] if para.entry < len(entry_times) else None
        toks, starts = sentence_tokens(sentence)
        first = bisect.bisect_left(starts, s)  # the figure's first token
        after = bisect.bisect_left(starts, e)  # the token after the figure
        if clause is None and _denied(toks, first, after):
            # "No, 30,000 people did not attend": a claim the writer denies, not the writer's
            source = Source("claim", kind="unnamed")
        inh = inherited if inherited is not None and inherited.sentence == sentence else None
        if inh is not None and mention.unit_inferred and inh.unit != mention.figure.unit:
            # the figure it takes its unit from is further back: "3,500 residents ... from six
            # villages, up from 2,100" compares residents
            inh = next(
                (
                    h
                    for h in reversed(earlier)
                    if h.sentence == sentence and h.unit == mention.figure.unit
                ),
                inh,
            )
        if (
            inh is None
            and inherited is not None
            and mention.unit_inferred
            and mention.noun is None
            and si > 0
            and para.sentences[si - 1] == inherited.sentence
        ):  # a count in the next sentence: "... 1 million people attended. Police counted 87,000"
            inh = inherited
        adding = _adding(toks, mention, first, after)
        before = inh
        if (
            adding is not None
            and before is None
            and inherited is not None
            and si > 0
            and para.sentences[si - 1] == inherited.sentence
        ):  # "4 million children live in poverty. The party said 1 million more would"
            before = inherited
        if adding is not None and before is not None:
            taken = _takes_noun(mention, before)
            if taken is not mention:
                mention, inh = taken, before
        speaking = _Speaking(
            source.name if clause is not None and _named_body(source) else None,
            frozenset(speakers.persons),
            doc.given_names(),
            _one_word_speaker(source) if clause is not None else None,
        )
        topic = _figure_topic(toks, mention, first, after, inh)
        if topic is not None:
            topic = _owned_topic(toks, first, topic, speaking)  # "Tesco's like-for-like sales"
        if topic is not None and _death_toll(topic) and mention.figure.unit == "count":
            # "The death toll rose to 2,012" counts the dead, as "2,100 people died" does
            figure = attrs.evolve(mention.figure, unit="death")
            mention = attrs.evolve(mention, figure=figure, unit_inferred=True)
            topic = f"death {topic}" if topic.lower().startswith("toll") else topic
        if (
            inh is not None
            and inh.subject
            and _change_of_previous(toks, mention, (first, after), inh)
        ):
            subject = inh.subject  # "delivered 466,140 vehicles ..., up 83%": the same thing
            topic = inh.topic
        else:
            subject = _subject(text, toks, mention, (first, after), inh, topic, speaking)
        if (
            adding is not None
            and before is not None
            and before.subject
            and not before.subject.startswith((*CHANGE_PREFIXES, PART_PREFIX))
            and not subject.startswith((*CHANGE_PREFIXES, PART_PREFIX))
            and before.unit == mention.figure.unit
            and _names_nothing_new(subject, before.subject)
        ):  # more of the same thing: "1 million more" → `rise in children lived in poverty`,
            subject = f"{adding} in {before.subject}"  # not a second total of it
        part = _part_of(toks, after) if inh is not None else None
        if part is not None:
            # "2,059 people were injured, 1,404 of them critically": part of the whole
            subject = f"{PART_PREFIX}{subject}{', ' + part if part else ''}"
        change = _change_direction(toks, mention, first, after)
        if (
            change is None
            and inh is not None
            and inh.subject.startswith(CHANGE_PREFIXES)
            and topic is not None
            and (
                _verb_left_out(toks, first)
                or (inh.unit == mention.figure.unit and _compared_after(toks, first))
            )
        ):
            change = (inh.subject.split(" ", 1)[0], None)  # "rose 5% and wages 3%"
        if change is not None and not subject.startswith(CHANGE_PREFIXES):
            subject = _change_subject(text, toks, change, subject)
        period = _rate_period_after(toks, mention, after)
        if period is not None and " per " not in f" {subject} ":
            subject = f"{subject} per {period}"  # "60 people died each day": a daily rate
        if mention.figure.unit in TIME_UNITS:
            inherited = inh  # a duration counts no thing: "In the three months ..., 40 died"
        else:
            inherited = _inherit(sentence, subject, mention, topic, inh)
            if earlier and earlier[-1].sentence != sentence:
                earlier.clear()  # only this sentence's figures: lookups stay short
            earlier.append(inherited)
        stated_at = _stated_time(text, clause, sentence, entry_time, date_order)
        valid_at = (
            _event_day(text, sentence, mention.span, clause, stated_at, date_order)
            or _event_period(text, sentence, mention.span, stated_at)
            or _valid_time(text, sentence, stated_at, date_order)
        )
        valid_at = _earlier_time(
            text, sentence, mention.span, valid_at, stated_at, timed.get(sentence)
        )
        timed[sentence] = valid_at or stated_at
        provenance = Provenance(
            url=url,
            published=moment,
            outlet=outlet,
            document=document,
            quote=text[sentence[0] : max(sentence[1], e)],
            span=(s, e),
        )
        claims.append(
            Claim(
                subject=subject,
                figure=mention.figure,
                source=source,
                stated_at=stated_at,
                valid_at=valid_at,
                provenance=provenance,
                group=_own_group(subject, provenance.quote),
            )
        )
    return claims


def _own_group(subject: str, quote: str | None) -> str | None:
    """A group of its own for a claim whose subject says nothing but its measure, else None.

    "percent" or "euros" may be anything: such a claim is grouped with its sentence, so
    :func:`claimtrack.check` compares it only with figures of that sentence.
    """
    from claimtrack.consistency import _says_little

    if not _says_little(subject):
        return None
    return f"{subject}: {quote}" if quote else None


# The period a claim covers, written before a duration: "in the past 24 hours".


# Negations of a verb ("did not attend", "never killed") and verbs whose negation bounds a
# figure instead of denying it ("did not exceed 30C" is at most 30C, no denial).
_NEGATIONS = _words("""not never cannot can't""") | _NEGATED_AUX
_BOUNDING_VERBS = _words(
    """exceed exceeds exceeded top tops topped surpass surpassed pass passed reach reached
    fall fell drop dropped dip dipped rise rose climb climbed go went get got more less
    fewer above below over under"""
)


def _denied(toks: list[_Tok], first: int, after: int) -> bool:
    """Whether the writer denies the figure's clause: "30,000 people did not attend".

    The negation stands right before the verb the figure is the object of ("The vaccine did
    not kill 50,000 people") or a few words after the figure, before its verb ("No, 30,000
    people did not attend"). A negated verb that bounds the figure ("did not exceed 30C",
    "did not fall below 28 degrees") says how much, and denies nothing.
    """
    k = first - 1
    if k >= 1 and toks[k].low not in _BOUNDING_VERBS and _participle(toks[k].text, False):
        j = k - 1
        if toks[j].low in _NEGATIONS:
            return True  # "did not kill 50,000 people", "has never sent 3,000 troops"
    for n in range(after, min(len(toks) - 1, after + 4)):
        low = toks[n].low
        if not low.isalpha() and "'" not in low:
            return False  # a comma or a quotation mark ends the figure's phrase
        if low in _NEGATIONS:
            m = n + 1
            while m < len(toks) and toks[m].low in _AUX_AFTER_NEGATION:
                m += 1
            return m < len(toks) and toks[m].low not in _BOUNDING_VERBS and toks[m].low.isalpha()
    return False


_AUX_AFTER_NEGATION = _words("""be been have has had ever yet even""")


def _part_of(toks: list[_Tok], after: int) -> str | None:
    """What singles out a part of the figure before: "1,404 of them critically" → critically.

    A figure followed by "of them", "of whom" or "of those" counts a part of the one before
    it: the word after says which ("critically", "children"), else "" (a part, unnamed); a
    place after it ("40 of them in Paris") names it already, so None. A part is never compared
    with its whole.
    """
    if after + 1 >= len(toks) or toks[after].low != "of":
        return None
    if toks[after + 1].low not in {"them", "whom", "those", "these"}:
        return None
    k = after + 2
    while k < len(toks) and toks[k].low in _AUX:
        k += 1  # "of whom were children"
    if k < len(toks) and toks[k].low in _PREPS | _OTHER_PREPS:
        return None  # a place or a time names the part: "40 of them in Paris"
    if (
        k < len(toks)
        and toks[k].low.isalpha()
        and not toks[k].cap
        and toks[k].low not in _STOP_WORDS
    ):
        return toks[k].low
    return ""


# A margin of error before a figure: "plus or minus 0.12C", "± 3 points", "+/- 2%".
_MARGIN_BEFORE = re.compile(r"(?:\bplus[ \u00a0]+or[ \u00a0]+minus|±|\+/-|\+-)[ \u00a0]*\Z", re.I)


def _death_toll(topic: str) -> bool:
    """Whether a figure's thing is a toll of the dead: "death toll", "the toll", "toll in Syria"."""
    words = topic.lower().split()
    k = words.index("toll") if "toll" in words else -1
    return k == 0 or (k == 1 and words[0] == "death")


def _total_before(toks: list[_Tok], first: int) -> bool:
    """Whether "the total to" or "the total at" stands just before the figure's token ``first``."""
    k = first - 1
    return (
        k >= 2
        and toks[k].low in {"to", "at", "of"}
        and toks[k - 1].low in {"total", "tally"}
        and toks[k - 2].low in {"the", "a", "its", "their"}
    )


def _time_window(text: str, mention: Mention, previous_end: int) -> bool:
    """Whether a duration only says when: "in the past 24 hours", "over the last 10 years".

    So does "over" and a duration right after another figure ("cost $1.2 trillion over ten
    years"), which ends at ``previous_end``: there "over" is no hedge.
    """
    fig = mention.figure
    s = mention.span[0]
    if fig.unit in TIME_UNITS and fig.hedge is Hedge.MORE_THAN and mention.number_span is not None:
        hedge = text[s : mention.number_span[0]].strip().lower()
        return hedge == "over" and previous_end >= 0 and not text[previous_end:s].strip()
    return in_time_window(text, mention)


def _inherit(
    sentence: tuple[int, int],
    subject: str,
    mention: Mention,
    topic: str | None,
    previous: _Inherit | None,
) -> _Inherit:
    """Remember a figure's noun and verb for an elliptical figure after it in the sentence."""
    unit = mention.figure.unit
    noun = mention.noun if unit != "time" else None  # "45-fold" is how many times, no thing
    head = "troops" if unit in _MILITARY_UNITS else _clean(noun or "")
    if not head[:1].isupper():
        head = head.lower()  # "Ukrainians", "MPs" are names: their case stays
    if not head and previous is not None:
        head = previous.head
    words = subject.split()
    participle = next(
        (w for w in words if w.endswith(("ed", "ing")) or w in _IRREGULAR.values()), None
    )
    demonym = next((k for k, v in _DEMONYMS.items() if words and words[0] == v), None)
    modifiers = tuple(m for m in mention.modifiers if m.lower() not in _DROP_MODIFIERS)
    if not modifiers and previous is not None:
        modifiers = previous.modifiers
    tail = None
    if participle is not None:
        last = head.split()[-1].lower() if head else ""
        after = max((i for i, w in enumerate(words) if w.lower() == last), default=-1)
        at = next((i for i in range(after + 1, len(words)) if words[i] == participle), None)
        tail = " ".join(words[at:]) if at is not None else None
    return _Inherit(
        sentence,
        head or "count",
        modifiers,
        participle,
        demonym,
        topic,
        unit,
        mention.span[1],
        tail,
        subject,
    )


# Words that make a figure more of what the figure before it counts, or less of it: "another
# 300", "a further 300", "1 million more", "300 more troops", "three others"; "1 million fewer".
_ADDING_BEFORE = _words("""another further additional extra""")
_ADDING_AFTER = {"more": "rise", "additional": "rise", "extra": "rise", "fewer": "fall"}
_OTHERS = "others"


def _adding(toks: list[_Tok], mention: Mention, first: int, after: int) -> str | None:
    """Whether a count adds to the figure before it ("rise") or takes from it ("fall").

    "another 300", "a further 300", "1 million more", "300 more troops" and "three others"
    add; "1 million fewer" takes away. "12 seats more than last time" is left to
    :func:`_change_direction`. ``first`` is the figure's first token, ``after`` the token
    after it.
    """
    unit = mention.figure.unit
    if unit != "count" and not is_count(unit):
        return None  # a percentage or a measure changes by its own rules: "rose a further 2%"
    if first > 0 and toks[first - 1].low in _ADDING_BEFORE:
        return "rise"
    if mention.noun is not None:
        if mention.noun.lower() == _OTHERS:
            return "rise"
        found = {_ADDING_AFTER.get(m.lower()) for m in mention.modifiers} - {None}
        return found.pop() if len(found) == 1 else None
    if after < len(toks) and toks[after].low in _ADDING_AFTER:
        if after + 1 < len(toks) and toks[after + 1].low == "than":
            return None  # a difference: "12 seats more than last time"
        return _ADDING_AFTER[toks[after].low]
    return None


def _takes_noun(mention: Mention, inherited: _Inherit) -> Mention:
    """Give an elliptical count the unit of the figure it adds to, and drop "others".

    "4 million children live in poverty. ... 1 million more would" counts children;
    "500 homes were destroyed. ... 200 others were damaged" counts homes.
    """
    unit = inherited.unit
    if mention.noun is not None and mention.noun.lower() != _OTHERS:
        return mention
    if inherited.head == "count" or unit is None or not (unit == "count" or is_count(unit)):
        return mention  # no counted thing before: "earned $5 billion. Three others went"
    figure = mention.figure
    if figure.unit == "count" and unit != "count":
        try:
            figure = attrs.evolve(figure, unit=unit)
        except ClaimtrackError:  # a count it cannot be: keep the bare number
            return attrs.evolve(mention, noun=None)
    inferred = mention.unit_inferred or figure is not mention.figure
    return attrs.evolve(mention, figure=figure, noun=None, unit_inferred=inferred)


def _names_nothing_new(subject: str, before: str) -> bool:
    """Whether every word of ``subject`` is in ``before``: it names no other thing or place."""
    return set(subject.lower().split()) <= set(before.lower().split())


def _change_of_previous(
    toks: list[_Tok], mention: Mention, bounds: tuple[int, int], inherited: _Inherit
) -> bool:
    """Whether a percentage gives the change of the figure before it, in an aside.

    ", up 83%", ", down 2%" or ", or 2.5%" right before a bare percentage, after a figure
    in another unit: "Tesla delivered 466,140 vehicles in the quarter, up 83%", "Brent
    rose $2.10, or 2.5%". Not "up from 61%", a level the figure is compared with.
    ``bounds`` are the figure's first token and the token after it.
    """
    if mention.figure.unit != "percent" or inherited.unit in (None, "percent"):
        return False
    k, after = bounds
    if mention.text.split(" ", 1)[0].lower() in {"up", "down"}:
        k += 1  # "up" may be read as part of the figure
    if after < len(toks) and toks[after].low == "of":
        return False  # a share of something: "cut 1,200 jobs, or 8% of its workforce"
    return k >= 2 and toks[k - 1].low in {"up", "down", "or"} and toks[k - 2].text == ","


# A change, not a level: a figure right after these verbs says how much a thing rose or fell
# ("Unemployment rose 0.2%"), while "rose to 4.5%" and "was 4.5%" give its level.
_RISE_VERBS = _words(
    """rose risen rise rises rising climbed climb climbs jumped jump jumps grew grow grows
    growing surged surge surges soared soar soars increased increase increases advanced
    advances rallied rally rallies rebounded rebound rebounds recovered expanded expand
    expands"""
)
_FALL_VERBS = _words(
    """fell fallen fall falls falling dropped drop drops declined decline declines decreased
    decrease decreases slipped slip slips slid slide slides plunged plunge plunges tumbled
    tumble tumbles slumped slump slumps sank sink sinks dipped dip dips eased ease eases
    shrank shrunk shrink shrinks contracted contract contracts"""
)
# Verbs whose object changes by the figure after "by": "raised its key rate by 0.75 points".
_RAISING_VERBS = _words(
    """raised raise raises lifted hiked boosted increased increase grow grows grew"""
)
_CUTTING_VERBS = _words(
    """cut cuts lowered lower lowers reduced reduce reduces slashed trimmed decreased"""
)
# Verbs of a market's gain or loss, read as a change only in percent or points: "Shares
# lost 3%", but "the company lost $2 billion" is a loss, a level of its own.
_GAIN_VERBS = _words("""gained gain gains added adds""")
_LOSS_WORDS = _words("""lost lose loses shed sheds""")
_DIRECTION_NOUNS: dict[str, str] = {
    **dict.fromkeys(_words("rise increase jump gain surge hike climb"), "rise"),
    **dict.fromkeys(
        _words("fall drop decline decrease cut reduction slump dip contraction"), "fall"
    ),
}
# Verbs before "up" or "down" and a change: "edged up 0.1%", "closed down 12 cents".
_MOVE_VERBS = _words(
    """edged ticked inched moved closed ended finished opened traded trading edges ticks
    inches moves closes ends"""
)
# What may stand between a change verb and its figure: "rose a further 2%", "fell sharply by".
# Words that open a figure a thing's level crosses, not a change: "fell below 28 degrees".
_CROSSINGS = _words("""below above under over beyond past""")
_CHANGE_FILLERS = _words("""a an another further additional more than by average""")


def _change_direction(
    toks: list[_Tok], mention: Mention, first: int, after: int
) -> tuple[str, int | None] | None:
    """Whether a figure says how much a thing rose or fell: ("rise" or "fall", where the thing is).

    ``first`` is the figure's first token, ``after`` the token after it.

    The second item is the token after "in" when a change noun names the thing after the
    figure ("a 7% rise in food prices", "a rise of 7% in food prices"), else None. Not a
    change: a level ("rose to 4.5%", "was 4.5%", "fell from 4.1%"), a count of things
    ("lost 1,351 soldiers"), an age or a duration.
    """
    unit = mention.figure.unit
    if unit in TIME_UNITS or unit.endswith("_of_age"):
        return None
    if (
        after + 1 < len(toks)
        and toks[after].low in {"more", "fewer", "less"}
        and toks[after + 1].low == "than"
    ):
        return ("rise" if toks[after].low == "more" else "fall"), None  # "12 seats more than"
    if _counts_a_thing(mention):
        return None
    words = mention.text.lower().split(" ", 2)
    lead = words[0]
    if lead in {"up", "down"} and words[1:2] != ["to"]:  # "up to 70 km/h" is a ceiling
        return ("rise" if lead == "up" else "fall"), None
    if lead == "from":
        return None  # two levels: "rose from 40% to 55%"
    if lead in _CROSSINGS:
        return None  # a level crossed: "fell below 28 degrees", "rose above 5%"
    k = first - 1
    if (
        after < len(toks)
        and toks[after].low in _DIRECTION_NOUNS
        and k >= 0
        and toks[k].low in {"a", "an", "the"}
    ):
        i = after + 1
        thing = i + 1 if i + 1 < len(toks) and toks[i].low == "in" else None
        return _DIRECTION_NOUNS[toks[after].low], thing  # "a 7% rise in food prices"
    if "-" in mention.text or (k >= 0 and toks[k].low in {"a", "an", "the"}):
        return None  # a measure as an adjective: "dropped a 2,000-pound bomb"
    by = k >= 0 and toks[k].low == "by"
    j = k
    while (
        j >= 0
        and first - j <= 3
        and (toks[j].low in _CHANGE_FILLERS or (toks[j].low.endswith("ly") and not toks[j].cap))
    ):
        j -= 1  # "rose a further 2%", "fell sharply by 5%"
    if j < 0:
        return None
    low = toks[j].low
    if (
        low in {"up", "down"}
        and j >= 1
        and (toks[j - 1].text == "," or toks[j - 1].low in _BE or toks[j - 1].low in _MOVE_VERBS)
    ):
        return ("rise" if low == "up" else "fall"), None  # ", up 83%", "were down 2.3%"
    if low in _RISE_VERBS or (by and low in _RAISING_VERBS):
        return "rise", None
    if low in _FALL_VERBS or (by and low in _CUTTING_VERBS):
        return "fall", None
    market = unit in ("percent", "point", "percentage_point")
    if market and (low in _GAIN_VERBS or low in _LOSS_WORDS):
        return ("rise" if low in _GAIN_VERBS else "fall"), None
    if by:
        for v in range(k - 1, max(-1, k - 7), -1):  # "raised its key rate by 0.75 points"
            verb = toks[v].low
            if verb in _RAISING_VERBS or verb in _CUTTING_VERBS:
                return ("rise" if verb in _RAISING_VERBS else "fall"), None
            if not toks[v].text[:1].isalnum() or verb in _FIGURE_VERBS:
                break
        return None
    if low == "of" and j >= 1 and toks[j - 1].low in _DIRECTION_NOUNS and j == k:
        thing = after + 1 if after + 1 < len(toks) and toks[after].low == "in" else None
        return _DIRECTION_NOUNS[toks[j - 1].low], thing  # "a rise of 7% in food prices"
    return None


def _verb_left_out(toks: list[_Tok], first: int) -> bool:
    """Whether the thing of a figure at token ``first`` follows "and", its verb left out.

    "Prices rose 5% and wages 3%".
    """
    k = first - 1
    j = k
    while j >= 0 and k - j < 4 and _topic_word(toks[j]) and not toks[j].cap:
        j -= 1
    return j < k and j >= 0 and toks[j].low in {"and", "while", "whereas"}


_RATE_PERIODS = {
    "hour": "hour", "day": "day", "night": "day", "week": "week", "month": "month",
    "year": "year",
}  # fmt: skip
_RATE_ADVERBS = {
    "hourly": "hour", "daily": "day", "nightly": "day", "weekly": "week", "monthly": "month",
    "annually": "year", "yearly": "year",
}  # fmt: skip


def _rate_period_after(toks: list[_Tok], mention: Mention, after: int) -> str | None:
    """The period a count is given for after its verb: "60 people died each day" -> "day".

    ``after`` is the token after the figure.

    "each", "every" or "per" and a period, a period's adverb ("daily"), or "a" and a period
    that ends the clause ("died at a rate of 60 a day" is read by the figure itself). Not a
    count that is already a rate ("800,000 barrels a day"), and not "a day after".
    """
    if "_per_" in mention.figure.unit or mention.figure.unit in TIME_UNITS:
        return None
    for i in range(after, min(len(toks), after + 10)):
        t = toks[i]
        if not t.text[:1].isalnum() or t.text[:1].isdigit() or t.low in _REPORTING_VERBS:
            return None
        if t.low in _RATE_ADVERBS:
            return _RATE_ADVERBS[t.low]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or nxt.low not in _RATE_PERIODS:
            continue
        if t.low in {"each", "every", "per"}:
            return _RATE_PERIODS[nxt.low]
        third = toks[i + 2] if i + 2 < len(toks) else None
        if t.low == "a" and (third is None or not third.text[:1].isalnum()):
            return _RATE_PERIODS[nxt.low]  # "..., killing 30 people a day."
    return None


def _compared_after(toks: list[_Tok], first: int) -> bool:
    """Whether a figure at token ``first`` is set against the one before ("after 0.5%")."""
    k = first - 1
    if k >= 0 and toks[k].low == "the":
        k -= 1
    if k >= 1 and toks[k].low == "with" and toks[k - 1].low == "compared":
        return True
    return k >= 0 and toks[k].low in {"after", "than"}


def _change_subject(
    text: str, toks: list[_Tok], change: tuple[str, int | None], subject: str
) -> str:
    """Name a change by its direction and its thing: "rise in food prices", "fall in Shares"."""
    direction, thing = change
    if thing is not None:
        end = _object(toks, thing, _limit(toks, thing))
        if end > thing:
            subject = _pp_text(text, toks, (thing, end), None)
    return f"{direction} in {subject}"


def _given_names(text: str) -> frozenset[str]:
    """The words a text writes after a capitalised first name or title ("Joe Biden", "Mr Biden").

    A word the module knows as a common word gives none, wherever it stands: a nationality
    ("Dutch Shell"), a trade ("Rival Shell"), a body's or a group's word ("Bank Negara"), a
    place, a function word or a preposition opening a sentence ("Unlike Shell", "Both
    Shell"). Common words that are also first names ("Mark Carney", "Bill Gates") are not
    known so and still give. One pass over the text (``_Document.given_names`` keeps it).
    """
    return frozenset(
        m.group(2)
        for m in _FIRST_AND_NAME.finditer(text)
        if m.group(1) not in _DEMONYM_WORDS
        and m.group(1).lower() not in _NOT_FIRST_NAMES
        and not _is_time_word(m.group(1).lower())
    )


_FIRST_AND_NAME = re.compile(r"\b([A-Z][a-z]+)\.?[ \u00a0]+(?=([A-Z][\w'’-]*))")
# Capitalised words that are no first names: function words and prepositions ("Unlike
# Shell"), trades ("Rival Shell"), bodies' and groups' words ("Bank Negara"), places ("Russia
# Today"), adjectives of titles ("New").
_NOT_FIRST_NAMES = (
    _FUNCTION_CAPS
    | _STOP_WORDS
    | _PREPS
    | _OTHER_PREPS
    | _DETERMINERS
    | _ADVERBS
    | _QUANTIFIERS
    | _AGENT_QUANTIFIERS
    | _TRADES
    | _GOVERNMENT_WORDS
    | _ORG_WORDS
    | _BODY_HEADS
    | _GROUP_SOURCES
    | _UNNAMED_HEADS
    | _OUTLET_WORDS
    | _OUTLETS
    | _TITLE_ADJECTIVES
    | frozenset(_DEMONYMS)
    | _words("""unlike besides including excluding except among beyond""")
)

# What tells a one-word name's kind in the text after it: a personal pronoun ("Erdogan said 47
# people had died. He promised ..."), a body's "its", or a speech only a person makes ("Kuleba
# told a news conference", "Kirby told reporters").
_KIND_CUES = re.compile(
    r"\b(?P<person>[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|told[ \u00a0]+(?:reporters|journalists"
    r"|lawmakers|(?:a|the)[ \u00a0]+(?:news[ \u00a0]+conference|press[ \u00a0]+conference"
    r"|briefing)))\b|\b(?P<body>[Ii]ts)\b|(?P<name>\b[A-Z][\w'’-]*)|(?P<end>[.!?](?=\s|$))"
)
_PERSON_CUE, _BODY_CUE = 1, 2
_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?[ \u00a0]+\Z")
_COURTESY_TITLES = _words("""mr mrs ms miss dr sir dame lord lady""")


def _kind_cues(text: str) -> dict[str, int]:
    """The cues to each capitalised word's kind: a person's, a body's (bits), in one pass.

    A cue counts for the words before it in its sentence and the sentence before: "Shell said
    ... Its chief executive" is a body, "Erdogan said ... He promised" a person. The words
    wait in runs, one queue a cue: each run is given each cue once, so the pass stays linear
    however many names and pronouns a sentence holds.
    """
    cues: dict[str, int] = {}
    waiting = {_PERSON_CUE: deque[tuple[int, list[str]]](), _BODY_CUE: deque()}
    run: list[str] | None = None  # the words since the last cue or sentence end
    sentence = 0
    for m in _KIND_CUES.finditer(text):
        if m.group("end"):
            sentence += 1
            run = None
            for queue in waiting.values():
                while queue and queue[0][0] < sentence - 1:
                    queue.popleft()  # too far back for any cue to come
        elif m.group("name"):
            if run is None:
                run = []
                for queue in waiting.values():
                    queue.append((sentence, run))
            run.append(_base(m.group("name")))
        else:
            cue = _PERSON_CUE if m.group("person") else _BODY_CUE
            queue = waiting[cue]
            while queue:
                _, words = queue.popleft()
                for word in words:
                    cues[word] = cues.get(word, 0) | cue
            run = None
    return cues


@attrs.define(slots=True)
class _Document:
    """The text of one extraction, with what rules read from all of it, each read once.

    ``extract_claims`` makes one for its text and drops it when it returns, so nothing it
    read outlives the call: the names a text gives with a first name or a title
    (``_given_names``), the cues to its one-word names' kinds (``_kind_cues``), and the words
    it capitalises where no sentence opens (``_named_inside``), each read when first asked.
    """

    text: str
    _given: frozenset[str] | None = None
    _cues: dict[str, int] | None = None
    _inside: frozenset[str] | None = None

    def given_names(self) -> frozenset[str]:
        """The words the text writes after a first name or a title (``_given_names``)."""
        if self._given is None:
            self._given = _given_names(self.text)
        return self._given

    def kind_cues(self) -> dict[str, int]:
        """The cues to each capitalised word's kind (``_kind_cues``)."""
        if self._cues is None:
            self._cues = _kind_cues(self.text)
        return self._cues

    def named_inside(self) -> frozenset[str]:
        """The capitalised words the text writes where no sentence opens (``_named_inside``)."""
        if self._inside is None:
            self._inside = _named_inside(self.text)
        return self._inside


def _one_word_kind(doc: _Document, name: str) -> str | None:
    """The kind of a one-word name read as a person's, by what the text says of it.

    A person if the text gives it with a first name or a title ("Joe Biden", "Mr Biden") or
    a person's cue follows it ("he", "his", "told reporters"); a body if only "its" does;
    else unknown (None): "Enedis now says" or "Shell said" names no person the text shows.
    """
    if name in doc.given_names():
        return "person"
    cues = doc.kind_cues().get(name, 0)
    if cues & _PERSON_CUE:
        return "person"
    return "organisation" if cues else None


def _sentence_body(
    doc: _Document,
    masked: str,
    sentence: tuple[int, int],
    clause: _Clause,
    *,
    owner: bool = False,
    mention: Mention | None = None,
) -> Source | None:
    """The body that opens a sentence, for an "it said" or "they said" with no speaker before.

    "The company cut 1,200 jobs, it said in a statement": the company; "Tesla delivered
    310,000 cars, it said": Tesla (a one-word name that "it" refers to is no person), if
    clearly a name or acting (``_acts_on_other``): not "Inflation hit 10.1%, it said";
    "Analysts expect 5% growth, they said": analysts. Never a person or a place, unless
    ``owner``: the owner of an office may be a place ("Ukraine lost 300 tanks, its defence
    ministry said"). ``mention`` is the figure the body would state ("Shell shed 300 jobs").
    """
    toks = _tokens(masked, sentence[0], min(clause.start, sentence[0] + 200))
    toks = toks[_fronted_end(toks) :]  # "In March, Tesla delivered 310,000 cars, it said"
    if not toks:
        return None
    a, b = _np_after(toks, 0)
    if b <= a or (b < len(toks) and toks[b].low in {"of", "'s"}):
        return None
    nxt = toks[b : b + 2]
    if (nxt and nxt[0].text[:1].isdigit()) or (
        len(nxt) == 2 and nxt[0].low in {"than", "of"} and nxt[1].text[:1].isdigit()
    ):
        return None  # "Around 60 people died, it said": a figure opens it, no body
    if not owner and nxt and nxt[0].low in _RISE_VERBS | _FALL_VERBS | _MOVE_VERBS:
        return None  # "Prices rose 5%, it said": what moved, not who speaks
    src = _make_source(_phrase(doc.text, toks, a, b))
    if src is None:
        return None
    low = src.name.lower()
    if owner and (low in _COUNTRIES or src.kind in {"organisation", "government"}):
        return src if low in _COUNTRIES else attrs.evolve(src, kind=src.kind)
    if owner and src.kind == "person" and " " not in src.name:
        return attrs.evolve(src, kind="organisation")  # "Eskom ..., its chief executive said"
    if low in _COUNTRIES or low in _DEMONYMS:
        return None  # "Russia has massed troops, it said": a place is no speaker here
    if b < len(toks) and toks[b].low in _REPORTING_VERBS:
        return None  # "Biden said ..., it said": the opening name speaks for itself
    if clause.anaphor == "it" and src.kind == "person" and " " not in src.name:
        if not _clearly_a_name(doc, toks, b, src) and not _acts_on_other(toks, b, mention):
            return None  # "Inflation hit 10.1%, it said": what the figure measures speaks not
        return attrs.evolve(src, kind="organisation")
    if clause.anaphor == "they" and low in _GROUP_SOURCES:
        return src
    return src if src.kind in {"organisation", "government", "outlet"} else None


# Words that open a phrase of time or place set before a sentence's subject: "In March,",
# "Last year,", "On Tuesday,", "In Germany,", "Earlier this month,", "Yesterday,".
_FRONTED_STARTS = _words(
    """in on at during across throughout over by since last this earlier yesterday today
    overnight"""
)
_FRONTED_MAX = 7  # at most so many words before its comma: "In the first three months of 2023,"


def _fronted_end(toks: list[_Tok]) -> int:
    """Where the subject starts after a fronted phrase of time or place, else 0.

    "In March, Tesla delivered ...", "Last year, Bayer set aside ...", "In Germany, ...": a
    phrase that opens with a preposition or a word of time and ends with a comma within a
    few words, holding no verb ("After Shell sold its stake, ..." is a clause of its own).
    """
    if not toks or toks[0].low not in _FRONTED_STARTS:
        return 0
    for j in range(1, min(len(toks), _FRONTED_MAX + 1)):
        tok = toks[j]
        if tok.text == ",":
            return j + 1
        if tok.low in _REPORTING_VERBS or (not tok.cap and _participle(tok.low, False)):
            return 0  # "In a statement released on Monday, ...": a verb, no mere phrase
        if tok.text in {";", ":", "(", ")", '"', "“", "”"}:
            return 0
    return 0


def _acts_on_other(toks: list[_Tok], b: int, mention: Mention | None) -> bool:
    """Whether the word opening a sentence (``toks[:b]``) does something no figure measures.

    Its own verb comes right after it and is no verb that sets a thing's figure ("Enedis
    restored power to 50,000 homes", "Enedis has warned"), or one that does something to the
    things its figure ``mention`` counts, right after it ("Shell shed 300 jobs", "Tesla lost
    300 workers"); but not "Inflation hit 10.1%", "Revenue reached $3 billion", "Exports
    totalled 5 million tonnes" or "Consumer prices rose", where the opening word is what is
    measured (or only a part of it).
    """
    k = _after_aux(toks, b)
    if k >= len(toks):
        return False
    low = toks[k].low
    if _participle(low, False) is None or low in _RISE_VERBS | _FALL_VERBS | _MOVE_VERBS:
        return False
    if low not in _FIGURE_VERBS:
        return True
    return (
        low not in _LEVEL_VERBS
        and mention is not None
        and mention.noun is not None
        and k + 1 < len(toks)
        and toks[k + 1].start == mention.span[0]
        and is_count(mention.figure.unit)
    )


# Verbs that give a thing's level, whose subject is the thing measured: "Inflation hit 10.1%",
# "Output reached 300,000 barrels a day", "Exports totalled 5 million tonnes".
_LEVEL_VERBS = _words(
    """reached reach reaches hit hits stood stands stand totalled totaled totals total was
    were is are be remained remains came comes topped top tops exceeded exceeds surpassed
    passed crossed neared amounted held holds"""
)


def _after_aux(toks: list[_Tok], k: int) -> int:
    """The token after auxiliaries, adverbs and a weekday from ``k``: "has also", "on Monday"."""
    while k < len(toks) and (toks[k].low in _AUX or toks[k].low in _ADVERBS):
        k += 1  # "Bayer has agreed", "Tesla also delivered"
    if k + 1 < len(toks) and toks[k].low == "on" and _is_weekday(toks[k + 1]):
        k += 2  # "Bayer on Wednesday agreed"
    return k


def _sort_opener(
    doc: _Document,
    masked: str,
    sentence: tuple[int, int],
    clause: _Clause,
    source: Source,
    speakers: _Speakers,
) -> Source | None:
    """The name opening the sentence that a noun of its sort after it names, if clearly one.

    "Bayer set aside $10 billion, the company said": Bayer, when "the company" names no body
    before it (``_Speakers.described_as``, ``_Speakers.body``) and the opening words are
    clearly a name (``_clearly_a_name``) of a body of that sort. "Inflation hit 10.1%, the
    company said" and "Sales rose 5%, the company said" stay the company's.
    """
    fits = _sort_fits(source)
    if fits is None or speakers.body(source) is not source:
        return None
    if speakers.described_as(source, clause.start) is not None:
        return None
    toks = _tokens(masked, sentence[0], min(clause.start, sentence[0] + 200))
    toks = toks[_fronted_end(toks) :]  # "On Monday, Bayer agreed ...", "In Germany, Bayer"
    if not toks or not toks[0].cap or toks[0].low in _OPENING_WORDS:
        return None  # "Unlike Shell, ...", "According to Reuters, ..."
    _, b = _np_after(toks, 0)
    if b <= 0 or not all(t.cap for t in toks[:b]) or (b < len(toks) and toks[b].low == "of"):
        return None  # "Shares of Bayer rose": no name opens it
    opener = _make_source(_phrase(doc.text, toks, 0, b))
    if opener is not None and opener.kind == "person":
        kind = None if " " in opener.name else _one_word_kind(doc, opener.name)
        if " " in opener.name or kind == "person":
            return None  # "Joe Biden", "Elon Musk ... Musk": a person, no company
        opener = attrs.evolve(opener, kind=kind)  # a one-word name the text gives no kind
    if opener is None:
        return None
    low = opener.name.lower()
    if low in _COUNTRIES or (opener.name in _DEMONYM_WORDS and low not in _DEMONYMS):
        return None  # a place or a nationality: "Russia", "German"; but "NATO" is a body
    if not _clearly_a_name(doc, toks, b, opener):
        return None
    # a body, the text says so; one of the noun's sort as a name of no kind or as a body
    # ("Labour pledged 28 billion pounds, the party said", "NATO sent 300 jets, the alliance")
    body = opener if opener.kind in _BODY_KINDS else attrs.evolve(opener, kind="organisation")
    if not fits(opener) and not fits(body):
        return None
    return attrs.evolve(body, reported_by=source.reported_by)


def _clearly_a_name(doc: _Document, toks: list[_Tok], b: int, opener: Source) -> bool:
    """Whether capitalised words opening a sentence (``toks[:b]``) are clearly a name.

    A word capitalised only because it opens a sentence ("Inflation", "Sales") is a common
    word, as a name is, so the opening words must show a name another way: a name's form (an
    acronym, a capital inside the word, a body's ending, words that make a body's name:
    "IAG", "YouGov", "Northwind Software"); the text writing the name capitalised where no
    sentence opens ("... Shares of Bayer rose"); or a body's own doing right after it, a
    verb of a company's business ("Bayer agreed to pay", "Tesla delivered 466,140 cars"),
    which is no weather's, price's or market's doing ("Inflation hit", "Sales rose").
    """
    name = opener.name
    if b > 1 and opener.kind in _BODY_KINDS:
        return True  # "Northwind Software", "Royal Mail Group"
    if b == 1 and ((name.isupper() and len(name) > 1) or _company_like(name)):
        return True
    if name in doc.named_inside():
        return True
    k = _after_aux(toks, b)
    return k < len(toks) and toks[k].low in _BUSINESS_VERBS


# Words that open sentences and no names (but "The", which may open a body's name).
_OPENING_WORDS = (
    _FUNCTION_CAPS | _STOP_WORDS | _PREPS | _OTHER_PREPS | _ADVERBS | _QUANTIFIERS
) - {"the"}
# Verbs of a company's own business, whose subject is a body acting: "Bayer agreed to pay",
# "Tesla delivered", "Shell sold"; no verb of weather, prices or markets ("hit", "rose").
_BUSINESS_VERBS = _words(
    """agreed agrees set sets delivered delivers hired hires sold sells posted posts
    reported reports invested invests paid pays spent spends bought buys acquired acquires
    announced announces shipped ships produced produces recalled recalls employed employs
    recruited recruits signed signs pledged pledges donated donates booked books earned
    earns borrowed borrows exported exports imported imports allocated allocates launched
    launches plans planned expects expected forecast forecasts settled settles laid lays
    made makes opened opens closed closes"""
)


def _named_inside(text: str) -> frozenset[str]:
    """The capitalised words a text writes where no sentence opens: after a word or comma."""
    return frozenset(_base(m.group(1)) for m in _INSIDE_CAPITAL.finditer(text))


_INSIDE_CAPITAL = re.compile(r"(?<=[\w,;%)])[ \u00a0]+([A-Z][\w'’&-]*)")


def _sentence_person(
    text: str, masked: str, sentence: tuple[int, int], clause: _Clause
) -> Source | None:
    """The person who opens a sentence, for a "his" or "her" with no person named before.

    "Putin, his spokesman said, had 300 advisers": Putin, whose spokesman speaks, as "its
    chief executive" is the opening body's (``_sentence_body``). Only a name right before
    the clause's comma, or followed by its own verb, counts: never a place or a body.
    """
    toks = _tokens(masked, sentence[0], min(clause.start, sentence[0] + 200))
    if not toks or not toks[0].cap or toks[0].low in _FUNCTION_CAPS:
        return None
    a, b = _np_after(toks, 0)
    if b <= a or (b < len(toks) and (toks[b].low in {"of", "'s"} or toks[b].cap)):
        return None
    src = _make_source(_phrase(text, toks, a, b))
    return src if src is not None and src.kind == "person" else None


def _register_subject(text: str, toks: list[_Tok], speakers: _Speakers) -> None:
    """Register a titled person who opens a sentence ("NATO chief Jens Stoltenberg held ...").

    ``toks`` are the sentence's tokens outside quotations.
    """
    if not toks or not toks[0].cap or toks[0].low in _FUNCTION_CAPS:
        return  # "On Thursday, the Pentagon said": no person opens it
    _, b = _np_after(toks, 0)
    if b == 0 or b >= len(toks) or toks[b].cap:
        return
    if toks[b].text == ",":
        # a name between commas after a description: "Her Republican counterpart, Chris
        # LaCivita, disputed the figure" registers Chris LaCivita, not the description
        e = b + 1
        while e < len(toks) and e - b <= 4 and toks[e].cap:
            e += 1
        if e - b > 2 and e < len(toks) and toks[e].text == ",":
            name = _make_source(_phrase(text, toks, b + 1, e))
            if name is not None and name.kind == "person":
                speakers.add(toks[b + 1].start, name)
        return
    src = _make_source(_phrase(text, toks, 0, b))
    if src is not None and src.kind == "person" and " " in src.name:
        speakers.add(toks[0].start, src)


def _owned(owner: Source, role: str) -> Source:
    """The office or role ``role`` of ``owner``: "Eskom's chief executive", "his office".

    An owner's own figures, estimates and documents are the owner's ("according to its latest
    figures", "according to its annual report").
    """
    last = role.rsplit(" ", 1)[-1]
    if last in _ESTIMATES or last in _OWN_DOCUMENTS:
        return owner
    name = f"{owner.name}'s {role}"
    kind = _kind(name.lower())
    if kind not in {"government", "organisation", "outlet"}:
        kind = "government" if owner.kind in {"person", "government"} else owner.kind
    return Source(name, kind=kind)


def _resolve(clause: _Clause, speakers: _Speakers) -> Source | None:
    """Return a clause's source, resolving a pronoun or "the ministry" against the speakers."""
    if clause.anaphor is None:
        return clause.source
    return speakers.resolve(clause.anaphor, clause.start) or clause.source


def _attribute(
    text: str,
    masked: str,
    paragraphs: list[_Paragraph],
    pi: int,
    sentence: tuple[int, int],
    mention: Mention,
    clauses_of: _ClausesOf,
) -> _Clause | None:
    """Choose the reporting clause that a figure falls under, if any."""
    s, e = mention.span
    para = paragraphs[pi]
    quote = _quote_at(para, s, e)
    if quote is not None:
        return _quote_clause(paragraphs, pi, quote, clauses_of)
    clauses = clauses_of(sentence)
    for c in clauses:
        if c.agent and e <= c.start and c.start - e <= _NOUN_GAP:
            between = masked[e : c.start].split()
            if len(between) <= 1 and all(w.isalpha() for w in between):
                return c  # "the 1 million claimed by some MPs", "300 deaths reported by"
    clauses = [c for c in clauses if not c.agent]
    following = [c for c in clauses if c.start >= e]
    preceding = [c for c in clauses if c.verb_end <= s]
    post = next((c for c in following if c.postposed), None)
    if (
        post is not None
        and preceding
        and not any(ch in ",;" for ch in masked[preceding[-1].verb_end : s])
        and not masked[max(0, preceding[-1].verb_end - 5) : preceding[-1].verb_end]
        .lower()
        .endswith(("added", "adds"))
        and not _contrasted(masked, preceding[-1].verb_end, s)
    ):
        # the verb before governs it: "While Kyiv says 300 died, Moscow says 50"; but "The US
        # added 261,000 jobs, the Labor Department said" adds no words
        return preceding[-1]
    if post is not None:
        return post
    if (
        preceding
        and preceding[-1].bounded
        and any(ch in ",;" for ch in masked[preceding[-1].verb_end : s])
    ):
        preceding = [c for c in preceding if not c.bounded]  # "The claim that N ..., which show M"
    if preceding and not _contrasted(masked, preceding[-1].verb_end, s):
        return preceding[-1]
    return None


_NOUN_GAP = 16  # at most one word between a figure and "claimed by X"


# Conjunctions after which the writer, not the speaker before, may state a fact: "Putin said
# he wanted talks, but the Kremlin has massed 130,000 troops".
_CONTRASTS = frozenset({"but", "although", "though", "whereas", "yet"})


def _contrasted(masked: str, verb_end: int, start: int) -> bool:
    """Whether a clause of the writer's own stands between a reporting verb and a figure.

    It opens with a contrasting conjunction followed by its own subject (a name or a
    determiner) and a verb, all before the figure: ", but the Kremlin has massed 130,000
    troops". A figure right after the conjunction stays the speaker's ("..., but 130,000
    troops remain"), as does a clause opened by "that" or in the reported speech's "would".
    """
    toks = _tokens(masked, verb_end, start)
    for i, t in enumerate(toks):
        if t.low not in _CONTRASTS or i + 2 >= len(toks):
            continue
        first = toks[i + 1]
        if first.low == "that" or not (
            first.cap
            or first.low in _DETERMINERS
            or first.low in _WRITER_SUBJECTS  # "..., but it was 1.4%"
            or first.low in _SOURCE_ADJECTIVES  # "..., but official figures show"
            or first.low in _STUDY_WORDS
        ):
            continue
        rest = toks[i + 2 :]
        if any(w.low in _BACKSHIFT for w in rest):
            continue  # reported speech goes on: "..., but the troops would number 3,000"
        if any(
            w.low in _AUX or w.low in _FIGURE_VERBS or (len(w.low) > 4 and w.low.endswith("ed"))
            for w in rest
        ):
            return True
    return False


_BACKSHIFT = frozenset({"would", "could", "might", "should"})
# Pronouns that may open the writer's own clause after "but": "but it was 1.4% in January".
_WRITER_SUBJECTS = frozenset({"it", "they", "there"})


_QUOTES_BACK = 3  # how many quotations back an unattributed one may go on from


def _own_clause(
    para: _Paragraph, quote: tuple[int, int, bool], clauses_of: _ClausesOf
) -> _Clause | None:
    """The clause right after a quotation (where it closes), else the one that introduces it.

    The sentences are in text order and do not overlap, so the few that may hold either end
    are found by bisection: a paragraph of a million characters costs no more per figure.
    """
    qs, qe, _ = quote
    sentences = para.sentences
    at = bisect.bisect_right(sentences, qe, key=_first)
    for sentence in sentences[max(0, at - 2) : at + 1]:
        if sentence[0] <= qe <= sentence[1] or (sentence[0] < qe and qe - 1 < sentence[1]):
            after = [c for c in clauses_of(sentence) if c.start >= qe - 1]
            if after:
                return after[0]
    at = bisect.bisect_right(sentences, qs, key=_first)
    for sentence in sentences[max(0, at - 1) : at]:
        if sentence[0] <= qs < sentence[1]:
            before = [c for c in clauses_of(sentence) if c.verb_end <= qs]
            if before:
                return before[-1]
    return None


def _first(pair: tuple[int, ...]) -> int:
    """The start of a sentence or a quotation, for bisection."""
    return pair[0]


def _quote_at(para: _Paragraph, start: int, end: int) -> tuple[int, int, bool] | None:
    """The quotation of ``para`` that holds ``text[start:end]``, if any (found by bisection)."""
    at = bisect.bisect_right(para.quotes, start, key=_first) - 1
    if at >= 0 and para.quotes[at][0] <= start and end <= para.quotes[at][1]:
        return para.quotes[at]
    return None


def _quote_clause(
    paragraphs: list[_Paragraph], pi: int, quote: tuple[int, int, bool], clauses_of: _ClausesOf
) -> _Clause | None:
    """Find who a quotation is attributed to: after it, before it, or in the next paragraph.

    A quotation with no clause of its own goes on from one of the (at most three) quotations
    before it in the paragraph: '"...," Kirby told reporters. "Another 1,000 will follow."'.
    One left open at the end of its paragraph is followed into the next paragraphs of the
    entry, at most ``_PARAGRAPHS_ON`` of them (newspaper style), in a loop: thousands of open
    quotations in a row once overflowed the stack.
    """
    for _ in range(_PARAGRAPHS_ON + 1):
        para = paragraphs[pi]
        qs, _qe, closed = quote
        found = _own_clause(para, quote, clauses_of)
        if found is not None:
            return found
        at = bisect.bisect_left(para.quotes, qs, key=_first)  # the quotations are in text order
        earlier = [q for q in para.quotes[max(0, at - _QUOTES_BACK) : at] if q[1] <= qs]
        for previous in reversed(earlier):
            found = _own_clause(para, previous, clauses_of)
            if found is not None:
                return found
        if closed or pi + 1 >= len(paragraphs):
            return None
        nxt = paragraphs[pi + 1]
        if nxt.entry != para.entry or not nxt.quotes:
            return None
        pi, quote = pi + 1, nxt.quotes[0]
    return None


_PARAGRAPHS_ON = 20  # how many paragraphs an open quotation is followed into
