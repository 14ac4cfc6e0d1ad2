"""Units and quantities: the one place where pint is used.

claimtrack keeps one pint registry for the process, extended with count nouns as
real units: ``troop``, ``soldier``, ``service_member`` and ``person`` share the
dimension ``[person]`` and convert 1:1; ``tank`` and ``vehicle`` share
``[vehicle]``; adding troops to tanks raises :class:`IncompatibleUnits`.
Currencies are dimensions of their own (no exchange rates).

Raw text is never handed to pint (``pint`` reads ``"100 000 troops"`` as zero
troops): names are normalised here first, and quantities are built only when
asked for.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pint

from claimtrack.exceptions import IncompatibleUnits, UnitParseError

if TYPE_CHECKING:
    from claimtrack.model import Figure
    from claimtrack.policy import Policy

__all__ = [
    "alias_heads",
    "canonical_unit_name",
    "compatible",
    "converter",
    "currency_code",
    "currency_names",
    "define_count_noun",
    "dimension",
    "is_count",
    "known_units",
    "parse_figure",
    "quantity",
    "rate_unit",
    "registry",
    "render_figure",
    "unit_alias",
    "unit_words",
]

# ---------------------------------------------------------------------------
# The registry
# ---------------------------------------------------------------------------

# Count nouns: canonical name -> (dimension, plural forms and aliases).
# Nouns in one dimension convert 1:1; nouns in different dimensions never mix.
_COUNT_NOUNS: dict[str, tuple[str, tuple[str, ...]]] = {
    # people
    "person": ("person", ("people", "persons", "individuals", "individual")),
    "troop": ("person", ("troops",)),
    "soldier": ("person", ("soldiers",)),
    "service_member": (
        "person",
        ("service members", "service member", "servicemembers", "servicemember"),
    ),
    "personnel": ("person", ("personnel", "military personnel", "troops personnel")),
    "serviceman": ("person", ("servicemen",)),
    "staff": ("person", ("staff", "staff members", "staffs")),
    "police": ("person", ("police", "policemen", "policeman")),
    "force": ("person", ("forces",)),
    "sailor": ("person", ("sailors",)),
    "marine": ("person", ("marines",)),
    "paratrooper": ("person", ("paratroopers",)),
    "fighter": ("person", ("fighters",)),
    "reservist": ("person", ("reservists",)),
    "civilian": ("person", ("civilians",)),
    "refugee": ("person", ("refugees",)),
    "migrant": ("person", ("migrants",)),
    "casualty": ("person", ("casualties",)),
    "victim": ("person", ("victims",)),
    "resident": ("person", ("residents",)),
    "citizen": ("person", ("citizens",)),
    "protester": (
        "person",
        ("protesters", "protestors", "protestor", "demonstrators", "demonstrator"),
    ),
    "worker": ("person", ("workers",)),
    "employee": ("person", ("employees",)),
    "student": ("person", ("students",)),
    "child": ("person", ("children",)),
    "adult": ("person", ("adults",)),
    "man": ("person", ("men",)),
    "woman": ("person", ("women",)),
    "patient": ("person", ("patients",)),
    "voter": ("person", ("voters",)),
    "user": ("person", ("users",)),
    "customer": ("person", ("customers",)),
    "member": ("person", ("members",)),
    "visitor": ("person", ("visitors",)),
    "passenger": ("person", ("passengers",)),
    "prisoner": ("person", ("prisoners",)),
    "officer": ("person", ("officers",)),
    "police_officer": ("person", ("police officers", "police officer", "policemen", "policeman")),
    "doctor": ("person", ("doctors",)),
    "nurse": ("person", ("nurses",)),
    "player": ("person", ("players",)),
    "fan": ("person", ("fans",)),
    "inhabitant": ("person", ("inhabitants",)),
    "diplomat": ("person", ("diplomats",)),
    # vehicles, vessels, aircraft, units
    "vehicle": ("vehicle", ("vehicles",)),
    "tank": ("vehicle", ("tanks",)),
    "armoured_vehicle": (
        "vehicle",
        ("armoured vehicles", "armored vehicles", "armoured vehicle", "armored vehicle"),
    ),
    "truck": ("vehicle", ("trucks", "lorries", "lorry")),
    "car": ("vehicle", ("cars",)),
    "ship": ("vessel", ("ships",)),
    "warship": ("vessel", ("warships",)),
    "vessel": ("vessel", ("vessels",)),
    "boat": ("vessel", ("boats",)),
    "submarine": ("vessel", ("submarines",)),
    "aircraft": ("aircraft", ("aircraft", "aircrafts", "airplanes", "airplane")),
    "plane": ("aircraft", ("planes", "warplanes", "warplane")),
    "jet": ("aircraft", ("jets", "fighter jets", "fighter jet")),
    "helicopter": ("aircraft", ("helicopters",)),
    "drone": ("aircraft", ("drones",)),
    "battalion_tactical_group": (
        "battalion_tactical_group",
        ("battalion tactical groups", "battalion tactical group", "btgs", "btg"),
    ),
    "missile": ("missile", ("missiles",)),
    # other frequent news counts
    "case": ("case", ("cases",)),
    "death": ("person", ("deaths", "fatalities", "fatality")),  # a death is a person who died
    "home": ("dwelling", ("homes",)),
    "house": ("dwelling", ("houses",)),
    "job": ("job", ("jobs",)),
    "vote": ("vote", ("votes",)),
    "seat": ("seat", ("seats",)),
    "country": ("country", ("countries",)),
    "company": ("company", ("companies", "firms", "firm")),
    "school": ("school", ("schools",)),
    "hospital": ("hospital", ("hospitals",)),
    "vaccine_dose": ("vaccine_dose", ("doses", "dose", "vaccine doses", "vaccine dose")),
    "test": ("test", ("tests",)),
    "ticket": ("ticket", ("tickets",)),
    "share": ("share", ("shares",)),
    "barrel": ("barrel_oil", ("barrels", "barrels of oil")),
    "unit": ("unit", ("units",)),
    "incident": ("incident", ("incidents",)),
    "attack": ("attack", ("attacks",)),
    "village": ("settlement", ("villages",)),
    "town": ("settlement", ("towns",)),
    "city": ("settlement", ("cities",)),
    "letter": ("letter", ("letters",)),
    "point": ("point", ("points",)),
    "goal": ("goal", ("goals",)),
    "game": ("game", ("games",)),
}


def _plural(noun: str) -> str:
    """Return the regular English plural of ``noun`` ("city" -> "cities", "bus" -> "buses")."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    return noun + "s"


# More count nouns frequent in news, with regular plurals.  People share ``[person]``;
# every other noun is a dimension of its own.  Names that pint already defines
# ("section", "point", "ton") are left out: pint would keep its own meaning.
_MORE_PEOPLE: tuple[str, ...] = (
    "teacher",
    "athlete",
    "official",
    "lawmaker",
    "senator",
    "leader",
    "minister",
    "executive",
    "volunteer",
    "supporter",
    "participant",
    "attendee",
    "survivor",
    "suspect",
    "candidate",
    "delegate",
    "follower",
    "subscriber",
    "viewer",
    "listener",
    "reader",
    "author",
    "artist",
    "actor",
    "journalist",
    "reporter",
    "staffer",
    "guard",
    "pilot",
    "crew member",
    "migrant worker",
    "farmer",
    "miner",
    "driver",
    "tourist",
    "pilgrim",
    "shopper",
    "buyer",
    "seller",
    "investor",
    "shareholder",
    "owner",
    "tenant",
    "homeowner",
    "parent",
    "mother",
    "father",
    "baby",
    "infant",
    "teenager",
    "kid",
    "boy",
    "girl",
    "senior",
    "pensioner",
    "retiree",
    "veteran",
    "recruit",
    "conscript",
    "militant",
    "insurgent",
    "rebel",
    "separatist",
    "hostage",
    "detainee",
    "inmate",
    "evacuee",
    "asylum seeker",
    "applicant",
    "graduate",
    "scientist",
    "researcher",
    "expert",
    "engineer",
    "physician",
    "surgeon",
    "lawyer",
    "judge",
    "juror",
    "agent",
    "spy",
    "activist",
    "striker",
    "coach",
    "starter",
    "rookie",
    "competitor",
    "runner",
    "rider",
    "employer",
)
_MORE_COUNT_NOUNS: tuple[str, ...] = (
    "time",
    "game",
    "match",
    "season",
    "run",
    "wicket",
    "lap",
    "assist",
    "rebound",
    "touchdown",
    "win",
    "defeat",
    "victory",
    "medal",
    "title",
    "trophy",
    "award",
    "prize",
    "save",
    "station",
    "product",
    "store",
    "shop",
    "restaurant",
    "branch",
    "office",
    "factory",
    "site",
    "building",
    "apartment",
    "flat",
    "property",
    "room",
    "bed",
    "flight",
    "route",
    "train",
    "bicycle",
    "road",
    "bridge",
    "family",
    "household",
    "team",
    "club",
    "arrest",
    "injury",
    "infection",
    "hospitalisation",
    "hospitalization",
    "transplant",
    "surgery",
    "operation",
    "program",
    "programme",
    "project",
    "deal",
    "contract",
    "order",
    "sale",
    "loan",
    "account",
    "transaction",
    "payment",
    "device",
    "phone",
    "smartphone",
    "computer",
    "chip",
    "server",
    "website",
    "post",
    "tweet",
    "video",
    "photo",
    "image",
    "message",
    "email",
    "call",
    "episode",
    "song",
    "album",
    "book",
    "film",
    "movie",
    "show",
    "event",
    "concert",
    "race",
    "issue",
    "problem",
    "question",
    "answer",
    "change",
    "reform",
    "law",
    "bill",
    "rule",
    "policy",
    "measure",
    "proposal",
    "plan",
    "idea",
    "option",
    "step",
    "method",
    "feature",
    "brand",
    "species",
    "animal",
    "dog",
    "horse",
    "bird",
    "fish",
    "tree",
    "farm",
    "mine",
    "well",
    "storm",
    "earthquake",
    "fire",
    "flood",
    "bomb",
    "shell",
    "rocket",
    "weapon",
    "gun",
    "rifle",
    "brigade",
    "battalion",
    "regiment",
    "squadron",
    "base",
    "checkpoint",
    "region",
    "province",
    "state",
    "district",
    "county",
    "neighbourhood",
    "neighborhood",
    "street",
    "island",
    "nation",
    "language",
    "word",
    "page",
    "chapter",
    "line",
    "item",
    "piece",
    "copy",
    "sample",
    "study",
    "survey",
    "poll",
    "respondent",
    "ballot",
    "stock",
    "bond",
    "coin",
    "note",
    "virus",
    "cell",
    "gene",
    "vaccine",
    "birth",
    "crime",
    "murder",
    "killing",
    "robbery",
    "accident",
    "crash",
    "violation",
    "complaint",
    "lawsuit",
    "claim",
    "application",
    "request",
    "visa",
    "permit",
    "licence",
    "license",
    "patent",
    "session",
    "meeting",
    "visit",
    "trip",
    "tour",
    "stage",
    "round",
    "level",
    "category",
    "group",
    "party",
    "side",
    "division",
    "department",
    "agency",
    "organisation",
    "organization",
    "institution",
    "university",
    "college",
    "course",
    "class",
    "lesson",
    "room",
    "seat",
    "table",
    "ticket",
    "position",
    "estimate",
    "sedan",
    "sector",
    "market",
    "economy",
    "currency",
    "bank",
    "lender",
    "airline",
    "carrier",
    "port",
    "airport",
    "corridor",
    "convoy",
    "strike",
    "airstrike",
    "raid",
    "explosion",
    "blast",
    "sanction",
    "embassy",
    "consulate",
    "basis point",
    "launch",
    "bedroom",
    "bathroom",
    "bottle",
    "container",
    "cylinder",
    "engine",
    "box",
    "bag",
    "package",
    "parcel",
    "meal",
    "dish",
    "hire",
    "position",
    "vacancy",
    "casino",
    "hotel",
    "property",
    "asset",
    "customer",
    "subscription",
    "download",
    "stream",
    "view",
    "like",
    "click",
    "visit",
    "sale",
)
_COUNT_NOUNS.setdefault("fisherman", ("person", ("fishermen",)))
_COUNT_NOUNS.setdefault("spokesman", ("person", ("spokesmen",)))
for _noun in _MORE_PEOPLE:
    _COUNT_NOUNS.setdefault(_noun.replace(" ", "_"), ("person", (_plural(_noun),)))
for _noun in _MORE_COUNT_NOUNS:
    _key = _noun.replace(" ", "_")
    _COUNT_NOUNS.setdefault(_key, (_key, (_plural(_noun),) if _noun != "species" else ()))
# "three times" counts occasions; a dimension named [time] would make every duration a count.
# "rose 45-fold" is 45 times as many.
_COUNT_NOUNS["time"] = ("occasion", (*_COUNT_NOUNS["time"][1], "fold"))
# What a price is per: "64.2 cents a dozen" is 64.2 `cent_per_dozen`. After a number the
# scanner reads "dozen" as twelve ("a dozen eggs"), never as this noun.
_COUNT_NOUNS["dozen"] = ("dozen", ("dozens",))


# Currencies: canonical name -> (ISO 4217 code, spellings).  The name is the common
# English one, qualified by country where the bare word names several currencies
# ("australian_dollar"); an unqualified "dollar" is the US dollar, as in news copy.
# Each currency is a dimension of its own: there are no exchange rates.
_CURRENCIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "dollar": ("USD", ("$", "us$", "dollars", "us dollar", "us dollars", "u.s. dollars")),
    "euro": ("EUR", ("€", "euros")),
    "pound_sterling": (
        "GBP",
        ("£", "pound sterling", "pounds sterling", "sterling", "pound", "pounds"),
    ),
    "japanese_yen": ("JPY", ("¥", "yen", "japanese yen")),
    "chinese_yuan": ("CNY", ("yuan", "renminbi", "rmb", "chinese yuan")),
    "russian_rouble": ("RUB", ("rouble", "roubles", "ruble", "rubles", "russian roubles")),
    "hryvnia": ("UAH", ("hryvnias", "hryvnas", "hryvnia")),
    "indian_rupee": ("INR", ("₹", "rupee", "rupees", "indian rupees")),
    "swiss_franc": ("CHF", ("swiss francs",)),
    "australian_dollar": ("AUD", ("a$", "australian dollars")),
    "canadian_dollar": ("CAD", ("c$", "canadian dollars")),
    "hong_kong_dollar": ("HKD", ("hk$", "hong kong dollars")),
    "malaysian_ringgit": ("MYR", ("ringgit", "ringgits")),
    "shekel": ("ILS", ("shekels", "new shekels", "new israeli shekels")),
    "new_zealand_dollar": ("NZD", ("nz$", "new zealand dollars")),
    # Currencies of world news. A name several currencies share ("pesos", "francs",
    # "riyals", "kroner", "shillings") is read only with its country's adjective.
    "turkish_lira": ("TRY", ("lira", "liras", "turkish liras")),
    "south_african_rand": ("ZAR", ("rand", "rands")),
    "brazilian_real": ("BRL", ("reais", "brazilian reais", "r$")),
    "south_korean_won": ("KRW", ("korean won",)),
    "mexican_peso": ("MXN", ("mexican pesos", "mx$")),
    "argentine_peso": ("ARS", ("argentine pesos", "argentinian pesos")),
    "chilean_peso": ("CLP", ("chilean pesos",)),
    "colombian_peso": ("COP", ("colombian pesos",)),
    "philippine_peso": ("PHP", ("philippine pesos",)),
    "singapore_dollar": ("SGD", ("s$", "singapore dollars")),
    "taiwan_dollar": ("TWD", ("nt$", "taiwan dollars", "new taiwan dollars", "taiwanese dollars")),
    "swedish_krona": ("SEK", ("krona", "kronor", "swedish kronor", "swedish crowns")),
    "norwegian_krone": ("NOK", ("norwegian kroner", "norwegian crowns")),
    "danish_krone": ("DKK", ("danish kroner", "danish crowns")),
    "polish_zloty": ("PLN", ("zloty", "zlotys", "zlotych", "polish zlotys")),
    "hungarian_forint": ("HUF", ("forint", "forints", "hungarian forints")),
    "czech_koruna": ("CZK", ("koruna", "korunas", "czech crowns")),
    "romanian_leu": ("RON", ("leu", "lei", "romanian lei")),
    "thai_baht": ("THB", ("baht",)),
    "indonesian_rupiah": ("IDR", ("rupiah", "rupiahs")),
    "vietnamese_dong": ("VND", ("dong",)),
    "nigerian_naira": ("NGN", ("naira",)),
    "kenyan_shilling": ("KES", ("kenyan shillings", "kenya shillings")),
    "egyptian_pound": ("EGP", ("egyptian pounds",)),
    "lebanese_pound": ("LBP", ("lebanese pounds",)),
    "saudi_riyal": ("SAR", ("saudi riyals",)),
    "qatari_riyal": ("QAR", ("qatari riyals",)),
    "uae_dirham": ("AED", ("uae dirhams", "emirati dirhams")),
    "iranian_rial": ("IRR", ("iranian rials",)),
    "pakistani_rupee": ("PKR", ("pakistani rupees",)),
    "bangladeshi_taka": ("BDT", ("taka",)),
    "kazakh_tenge": ("KZT", ("tenge",)),
    "georgian_lari": ("GEL", ("lari",)),
    "ghanaian_cedi": ("GHS", ("cedi", "cedis")),
    "ethiopian_birr": ("ETB", ("birr",)),
    "cfa_franc": ("XOF", ("cfa francs",)),
    "belarusian_rouble": ("BYN", ("belarusian roubles", "belarusian rubles")),
}
# Names that several currencies share and that take no plural "s" ("1.92 trillion kroner",
# Danish or Norwegian): counted nouns, as "pesos" and "francs" are, until a country names one.
SHARED_CURRENCY_NOUNS: frozenset[str] = frozenset(
    ("kroner", "krone", "pesos", "francs", "riyals", "shillings", "dinars")
)
# ISO codes that are English words are read in capitals only ("TRY 5bn"; "one cop" is a
# police officer).
_WORD_CODES = frozenset(("TRY", "COP"))

# Short or ambiguous spellings that pint would misread; canonical pint names.
_UNIT_ALIASES: dict[str, str] = {
    "%": "percent",
    "per cent": "percent",
    "percent": "percent",
    "pc": "percent",
    "pct": "percent",
    "percentage point": "percentage_point",
    "percentage points": "percentage_point",
    "km": "kilometre",
    "kms": "kilometre",
    "kilometres": "kilometre",
    "kilometre": "kilometre",
    "m": "metre",
    "metre": "metre",
    "metres": "metre",
    "cm": "centimetre",
    "mm": "millimetre",
    "mi": "mile",
    "ft": "foot",
    "feet": "foot",
    "in": "inch",
    "kg": "kilogram",
    "kgs": "kilogram",
    "g": "gram",
    "mg": "milligram",
    "milligram": "milligram",
    "milligrams": "milligram",
    "µg": "microgram",
    "μg": "microgram",
    "mcg": "microgram",
    "microgram": "microgram",
    "micrograms": "microgram",
    "wh": "watt_hour",
    "°": "degree",
    "t": "metric_ton",
    "tonne": "metric_ton",
    "tonnes": "metric_ton",
    "ton": "metric_ton",
    "tons": "metric_ton",
    "lb": "pound_mass",
    "lbs": "pound_mass",
    "l": "litre",
    "litre": "litre",
    "litres": "litre",
    "ml": "millilitre",
    "millilitres": "millilitre",
    "milliliters": "millilitre",
    "sq km": "square_kilometre",
    "square kilometres": "square_kilometre",
    "square kilometers": "square_kilometre",
    "square kilometre": "square_kilometre",
    "square kilometer": "square_kilometre",
    "km2": "square_kilometre",
    "km²": "square_kilometre",
    "sq mi": "square_mile",
    "square miles": "square_mile",
    "square mile": "square_mile",
    "hectares": "hectare",
    "ha": "hectare",
    "acres": "acre",
    "kph": "kilometre_per_hour",
    "km/hr": "kilometre_per_hour",
    "horsepower": "horsepower",
    "km/h": "kilometre_per_hour",
    "mph": "mile_per_hour",
    "mile per hour": "mile_per_hour",
    "kilometre per hour": "kilometre_per_hour",
    "kilometer per hour": "kilometre_per_hour",
    "m.p.h": "mile_per_hour",
    "°c": "degree_Celsius",
    "degrees celsius": "degree_Celsius",
    "degree celsius": "degree_Celsius",
    "°f": "degree_Fahrenheit",
    "degrees fahrenheit": "degree_Fahrenheit",
    "degree fahrenheit": "degree_Fahrenheit",
    # A scale named alone ("40 Celsius"), after a letter ("40 degrees C") or after "deg",
    # and its two commonest misspellings.
    "celsius": "degree_Celsius",
    "centigrade": "degree_Celsius",
    "degrees centigrade": "degree_Celsius",
    "celcius": "degree_Celsius",
    "degrees celcius": "degree_Celsius",
    "degrees c": "degree_Celsius",
    "degree c": "degree_Celsius",
    "deg c": "degree_Celsius",
    "deg celsius": "degree_Celsius",
    "fahrenheit": "degree_Fahrenheit",
    "farenheit": "degree_Fahrenheit",
    "degrees farenheit": "degree_Fahrenheit",
    "degrees f": "degree_Fahrenheit",
    "degree f": "degree_Fahrenheit",
    "deg f": "degree_Fahrenheit",
    "deg fahrenheit": "degree_Fahrenheit",
    "deg": "degree",
    "mw": "megawatt",
    "gw": "gigawatt",
    "kw": "kilowatt",
    "kwh": "kilowatt_hour",
    "kilowatt hour": "kilowatt_hour",
    "kilowatt hours": "kilowatt_hour",
    "kilowatt-hour": "kilowatt_hour",
    "kilowatt-hours": "kilowatt_hour",
    "megawatt hour": "megawatt_hour",
    "megawatt hours": "megawatt_hour",
    "megawatt-hour": "megawatt_hour",
    "megawatt-hours": "megawatt_hour",
    "gigawatt hours": "gigawatt_hour",
    "terawatt hours": "terawatt_hour",
    "bushel": "bushel",
    "bushels": "bushel",
    "troy ounce": "troy_ounce",
    "troy ounces": "troy_ounce",
    "btu": "british_thermal_unit",
    "btus": "british_thermal_unit",
    "british thermal unit": "british_thermal_unit",
    "british thermal units": "british_thermal_unit",
    "mmbtu": "million_british_thermal_unit",
    "mmbtus": "million_british_thermal_unit",
    "mwh": "megawatt_hour",
    "gb": "gigabyte",
    "mb": "megabyte",
    "tb": "terabyte",
    "gigabytes": "gigabyte",
    "megabytes": "megabyte",
    "terabytes": "terabyte",
    "kilobytes": "kilobyte",
    "hp": "horsepower",
    "ps": "metric_horsepower",
    "bhp": "horsepower",
    "yrs": "year",
    "yr": "year",
    "hrs": "hour",
    "hr": "hour",
    "h": "hour",
    "mins": "minute",
    "min": "minute",
    "secs": "second",
    "sec": "second",
    "s": "second",
    "year": "year",
    "years": "year",
    # an age: "a 65-year-old man", "65 years old", "her 18 month-old daughter"
    "year-old": "year_of_age",
    "years-old": "year_of_age",
    "year old": "year_of_age",
    "years old": "year_of_age",
    "month-old": "month_of_age",
    "months-old": "month_of_age",
    "month old": "month_of_age",
    "months old": "month_of_age",
    "week-old": "week_of_age",
    "weeks-old": "week_of_age",
    "weeks old": "week_of_age",
    "day-old": "day_of_age",
    "days-old": "day_of_age",
    "days old": "day_of_age",
    "week old": "week_of_age",
    "day old": "day_of_age",
    # an age written "of age" ("95 years of age", "six weeks of age") or in a case note
    # ("an 87 yo man", "87 y/o")
    "years of age": "year_of_age",
    "year of age": "year_of_age",
    "months of age": "month_of_age",
    "month of age": "month_of_age",
    "weeks of age": "week_of_age",
    "week of age": "week_of_age",
    "days of age": "day_of_age",
    "day of age": "day_of_age",
    "yo": "year_of_age",
    "y/o": "year_of_age",
    "y.o": "year_of_age",  # "87 y.o." read without its full stop
    # the people of an age: "five-year-olds", "12-month-olds"
    "year-olds": "year_of_age",
    "month-olds": "month_of_age",
    "week-olds": "week_of_age",
    "day-olds": "day_of_age",
    # torque, which "lb" alone would read as a mass
    "lb-ft": "foot_pound",
    "lb ft": "foot_pound",
    "lb.-ft.": "foot_pound",
    "ft-lb": "foot_pound",
    "pound-feet": "foot_pound",
    "pound-foot": "foot_pound",
    "foot-pounds": "foot_pound",
    "foot-pound": "foot_pound",
    "newton-metres": "newton_metre",
    "newton-meters": "newton_metre",
    "newton metres": "newton_metre",
    "newton meters": "newton_metre",
    "month": "month",
    "months": "month",
    "week": "week",
    "weeks": "week",
    "day": "day",
    "days": "day",
    "hour": "hour",
    "hours": "hour",
    "minute": "minute",
    "minutes": "minute",
    "second": "second",
    "seconds": "second",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
    "mile": "mile",
    "miles": "mile",
    "yard": "yard",
    "yards": "yard",
    "foot": "foot",
    "inch": "inch",
    "inches": "inch",
    "kilometer": "kilometre",
    "kilometers": "kilometre",
    "meter": "metre",
    "meters": "metre",
    "centimetre": "centimetre",
    "centimetres": "centimetre",
    "millimetre": "millimetre",
    "millimetres": "millimetre",
    "kilogram": "kilogram",
    "kilograms": "kilogram",
    "kilo": "kilogram",
    "kilos": "kilogram",
    "gram": "gram",
    "grams": "gram",
    "ounce": "ounce",
    "ounces": "ounce",
    "oz": "ounce",
    "liter": "litre",
    "liters": "litre",
    "gallon": "gallon",
    "gallons": "gallon",
    "degree": "degree",
    "degrees": "degree",
    "cent": "cent",
    "cents": "cent",
    "megawatts": "megawatt",
    "gigawatts": "gigawatt",
    "kilowatts": "kilowatt",
    "nautical miles": "nautical_mile",
    "nautical mile": "nautical_mile",
    "fraction": "fraction",
    "fractions": "fraction",
    "pence": "penny",
    "penny": "penny",
    "p": "penny",
    "sen": "sen",
    "sq m": "square_metre",
    "sqm": "square_metre",
    "m2": "square_metre",
    "m²": "square_metre",
    "square metres": "square_metre",
    "square meters": "square_metre",
    "square metre": "square_metre",
    "square meter": "square_metre",
    "m3": "cubic_metre",
    "m³": "cubic_metre",
    "cubic metres": "cubic_metre",
    "cubic meters": "cubic_metre",
    "cubic metre": "cubic_metre",
    "cubic meter": "cubic_metre",
    "cu m": "cubic_metre",
    "km3": "cubic_kilometre",
    "km³": "cubic_kilometre",
    "cubic kilometres": "cubic_kilometre",
    "cubic kilometers": "cubic_kilometre",
    "cubic kilometre": "cubic_kilometre",
    "cubic kilometer": "cubic_kilometre",
    "cubic feet": "cubic_foot",
    "cubic foot": "cubic_foot",
    "cu ft": "cubic_foot",
    "sq ft": "square_foot",
    "square feet": "square_foot",
    "square foot": "square_foot",
    "ppm": "ppm",
    "parts per million": "ppm",
    "ppb": "ppb",
    "parts per billion": "ppb",
    "mpg": "mile_per_gallon",
    # sports statistics: rates per game
    "ppg": "point_per_game",
    "rpg": "rebound_per_game",
    "apg": "assist_per_game",
    "miles per gallon": "mile_per_gallon",
    "miles per hour": "mile_per_hour",
    "meters per second": "metre_per_second",
    "metres per second": "metre_per_second",
    "m/s": "metre_per_second",
    "kilometres per hour": "kilometre_per_hour",
    "kilometers per hour": "kilometre_per_hour",
    "knot": "knot",
    "magnitude": "magnitude",  # of an earthquake: "a magnitude 7.8 earthquake"
    "magnitudes": "magnitude",
    "knots": "knot",
    "mah": "milliampere_hour",
    "milliampere hour": "milliampere_hour",
    "milliampere hours": "milliampere_hour",
    "milliampere-hour": "milliampere_hour",
    "milliampere-hours": "milliampere_hour",
    "µm": "micrometre",
    "μm": "micrometre",
    "micron": "micrometre",
    "microns": "micrometre",
    "micrometre": "micrometre",
    "micrometres": "micrometre",
    "nanometre": "nanometre",
    "nanometres": "nanometre",
    "ksi": "kip_per_square_inch",
    "psi": "pound_force_per_square_inch",
    "mpa": "megapascal",
    "gwh": "gigawatt_hour",
    "twh": "terawatt_hour",
    "watt": "watt",
    "watts": "watt",
    "kilowatt": "kilowatt",
    "megawatt": "megawatt",
    "gigawatt": "gigawatt",
    "kv": "kilovolt",
    "volt": "volt",
    "volts": "volt",
    "calorie": "calorie",
    "calories": "calorie",
    "kcal": "kilocalorie",
    "ghz": "gigahertz",
    "mhz": "megahertz",
    "kb": "kilobyte",
    # Units of world news: bomb yields and emissions, storms, gas, radiation, chips, time.
    "kiloton": "kilotonne",
    "kilotons": "kilotonne",
    "kilotonne": "kilotonne",
    "kilotonnes": "kilotonne",
    "megaton": "megatonne",
    "megatons": "megatonne",
    "megatonne": "megatonne",
    "megatonnes": "megatonne",
    "gigaton": "gigatonne",
    "gigatons": "gigatonne",
    "gigatonne": "gigatonne",
    "gigatonnes": "gigatonne",
    "hectopascal": "hectopascal",
    "hectopascals": "hectopascal",
    "hpa": "hectopascal",
    "millibar": "millibar",
    "millibars": "millibar",
    "mbar": "millibar",
    "bcm": "billion_cubic_metre",
    "sievert": "sievert",
    "sieverts": "sievert",
    "millisievert": "millisievert",
    "millisieverts": "millisievert",
    "msv": "millisievert",
    "microsievert": "microsievert",
    "microsieverts": "microsievert",
    "µsv": "microsievert",
    "μsv": "microsievert",
    "carat": "carat",
    "carats": "carat",
    "bit": "bit",  # "a 16-bit chip"
    "bits": "bit",
    "tablespoon": "tablespoon",
    "tablespoons": "tablespoon",
    "tbsp": "tablespoon",
    "teaspoon": "teaspoon",
    "teaspoons": "teaspoon",
    "tsp": "teaspoon",
    "light year": "light_year",
    "light years": "light_year",
    "light-year": "light_year",
    "light-years": "light_year",
    "millisecond": "millisecond",
    "milliseconds": "millisecond",
    "microsecond": "microsecond",
    "microseconds": "microsecond",
    "nanosecond": "nanosecond",
    "nanoseconds": "nanosecond",
    "nanometer": "nanometre",
    "nanometers": "nanometre",
    "kilobit": "kilobit",
    "kilobits": "kilobit",
    "kbps": "kilobit_per_second",
    "mbps": "megabit_per_second",
    "mbit/s": "megabit_per_second",
    "gbps": "gigabit_per_second",
    "gbit/s": "gigabit_per_second",
    "megabit": "megabit",
    "megabits": "megabit",
    "gigabit": "gigabit",
    "gigabits": "gigabit",
    "petabyte": "petabyte",
    "petabytes": "petabyte",
    "joule": "joule",
    "joules": "joule",
    "kilojoule": "kilojoule",
    "kilojoules": "kilojoule",
    "kj": "kilojoule",
    "megajoule": "megajoule",
    "megajoules": "megajoule",
    "terawatt": "terawatt",
    "terawatts": "terawatt",
    "pint": "pint",
    "pints": "pint",
    "cl": "centilitre",
    "centilitre": "centilitre",
    "centilitres": "centilitre",
    "centiliter": "centilitre",
    "centiliters": "centilitre",
    "electronvolt": "electron_volt",
    "electronvolts": "electron_volt",
    "kiloelectronvolts": "kiloelectron_volt",
    "megaelectronvolts": "megaelectron_volt",
    "gigaelectronvolts": "gigaelectron_volt",
    "teraelectronvolts": "teraelectron_volt",
    "count": "count",
    "": "count",
}

_COUNT_DIMENSIONS: set[str] = set()
_COUNT_BASES: set[str] = set()
_lock = threading.RLock()


_REGISTRY: list[pint.UnitRegistry[Any]] = []  # built once, on first use


def registry() -> pint.UnitRegistry[Any]:
    """Return the process-wide pint registry, extended with count nouns and currencies.

    It is built once, under the module's lock: threads that ask for it at once (a Dask
    worker's first tasks) wait for the one build and share it.
    """
    if not _REGISTRY:
        with _lock:
            if not _REGISTRY:
                _REGISTRY.append(_build_registry())
    return _REGISTRY[0]


def _build_registry() -> pint.UnitRegistry[Any]:
    """Build the pint registry with the project's units (see :func:`registry`)."""
    reg: pint.UnitRegistry[Any] = pint.UnitRegistry(cache_folder=":auto:", on_redefinition="ignore")
    reg.define("percentage_point = 0.01 = pp")
    reg.define("square_kilometre = kilometer ** 2 = _ = square_kilometer")
    reg.define("square_mile = mile ** 2")
    reg.define("pound_mass = pound")
    reg.define("square_metre = meter ** 2 = _ = square_meter")
    reg.define("cubic_metre = meter ** 3 = _ = cubic_meter")
    reg.define("cubic_kilometre = kilometer ** 3 = _ = cubic_kilometer")
    reg.define("ppb = 1e-9")
    reg.define("fraction = 1")
    reg.define("magnitude = [seismic_magnitude]")  # compares only with itself
    reg.define("mile_per_gallon = mile / gallon")
    reg.define("newton_metre = newton * meter = _ = newton_meter")
    reg.define("million_british_thermal_unit = 1e6 * british_thermal_unit")  # gas prices
    reg.define("billion_cubic_metre = 1e9 * meter ** 3 = _ = billion_cubic_meter")  # gas volumes
    for prefix, factor in (("kilo", "1e3"), ("mega", "1e6"), ("giga", "1e9")):
        reg.define(f"{prefix}tonne = {factor} * metric_ton")  # yields, emissions
    for span in ("year", "month", "week", "day"):
        reg.define(f"{span}_of_age = {span}")  # an age converts like the span it counts
    defined: set[str] = set()
    for name, (dim, _aliases) in _COUNT_NOUNS.items():
        _define_count(reg, name, dim, defined)
    for name, (code, _spellings) in _CURRENCIES.items():
        reg.define(f"{name} = [currency_{code}] = {code}")
    reg.define("cent = 0.01 * dollar")
    reg.define("penny = 0.01 * pound_sterling")
    reg.define("sen = 0.01 * malaysian_ringgit")
    return reg


def _define_count(reg: pint.UnitRegistry[Any], name: str, dim: str, defined: set[str]) -> None:
    """Define ``name`` in dimension ``[dim]``: the first noun of a dimension is its base."""
    base = f"{dim}_count_base"
    if base not in _COUNT_BASES:
        reg.define(f"{base} = [{dim}]")
        _COUNT_BASES.add(base)
    defined.add(dim)
    if name != f"{dim}_count_base":
        reg.define(f"{name} = {dim}_count_base")
    _COUNT_DIMENSIONS.add(f"[{dim}]")


def _alias_table() -> dict[str, str]:
    table = dict(_UNIT_ALIASES)
    for name in _UNIT_ALIASES.values():
        if "_per_" not in name:  # a rate is named through rate_unit, which records it
            table.setdefault(name, name)  # a canonical name is its own spelling
    for name, (_dim, aliases) in _COUNT_NOUNS.items():
        table[name] = name
        table[name.replace("_", " ")] = name
        for alias in aliases:
            table[alias] = name
    for name, (code, aliases) in _CURRENCIES.items():
        table[name] = name
        table[name.replace("_", " ")] = name
        if code not in _WORD_CODES:
            table[code.lower()] = name
        for alias in aliases:
            table[alias] = name
    return table


_ALIASES: dict[str, str] = _alias_table()
# Symbols whose case tells them from another unit's: "Nm" (newton metre), not "nm".
_CASED_SYMBOLS: dict[str, str] = {
    "Nm": "newton_metre",
    "eV": "electron_volt",  # not "ev", which is an electric vehicle ("20 EV models")
    "keV": "kiloelectron_volt",
    "MeV": "megaelectron_volt",
    "GeV": "gigaelectron_volt",
    "TeV": "teraelectron_volt",
    **{code: name for name, (code, _) in _CURRENCIES.items() if code in _WORD_CODES},
}
CURRENCIES: frozenset[str] = frozenset(_CURRENCIES)
"""The canonical names of the currencies the registry defines ("dollar", "euro", ...)."""
_SPACES = re.compile(r"[\s\u00a0\u2009\u202f]+")


@functools.lru_cache(maxsize=4096)
def canonical_unit_name(text: str) -> str:
    """Return the canonical name of a unit written as ``text``.

    Plural, singular and case variants normalise to one name: ``"Troops"`` and
    ``"troop"`` give ``"troop"``, ``"km"``, ``"kilometers"`` and ``"kilometres"``
    give ``"kilometre"`` (spelled as the SI brochure spells it), ``"$"``, ``"USD"``
    and ``"dollars"`` give ``"dollar"``.
    A rate is two units joined by ``per`` or ``/``: ``"dollars per month"``,
    ``"$/month"`` and ``"dollar_per_month"`` give ``"dollar_per_month"``.

    Raises:
        UnitParseError: If no unit of that name is known.

    Example:
        >>> canonical_unit_name("service members"), canonical_unit_name("per cent")
        ('service_member', 'percent')
    """
    if type(text) is not str:
        raise UnitParseError(f"a unit name must be a string, got {text!r}")
    if text in _CANONICAL:
        return text
    key = _SPACES.sub(" ", text.strip()).lower()
    found = _ALIASES.get(key)
    if found is not None:
        return found
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_ ]*", text.strip()):
        return _rate_name(key, text)  # "$/month", "$ per month", or unknown
    reg = registry()
    candidate = text.strip().replace(" ", "_")
    for attempt in (candidate, candidate.lower()):
        try:
            name = reg.get_name(attempt)
        except (pint.UndefinedUnitError, AttributeError, ValueError, TypeError):
            continue
        if name:
            return _si_spelling(str(name))
    return _rate_name(key, text)


_RATE_SPLIT = re.compile(r"[ _]per[ _]|[ ]?/[ ]?")


def _rate_name(key: str, text: str) -> str:
    """Return the rate that ``key`` writes ("dollars per month"), or raise for ``text``."""
    parts = _RATE_SPLIT.split(key, 1)
    if len(parts) == 2 and parts[0] and parts[1]:
        return rate_unit(canonical_unit_name(parts[0]), canonical_unit_name(parts[1]))
    raise UnitParseError(f"unknown unit {text!r}")


def rate_unit(numerator: str, denominator: str) -> str:
    """Return the canonical name of a rate, one unit per another (``"dollar_per_month"``).

    Both units must be canonical names.  A rate needs no definition: it is named on
    first use, converts like any unit (``"dollar_per_month"`` to ``"dollar_per_year"``)
    and never mixes with its numerator alone.

    Raises:
        UnitParseError: If either unit is unknown, or is a bare count.

    Example:
        >>> rate_unit("dollar", "month"), compatible("dollar_per_month", "dollar_per_year")
        ('dollar_per_month', True)
    """
    name = f"{numerator}_per_{denominator}"
    if name in _RATES:
        return name
    for part in (numerator, denominator):
        if part == "count" or canonical_unit_name(part) != part:
            raise UnitParseError(f"a rate needs two canonical units, got {part!r}")
    with _lock:
        if name not in _CANONICAL:
            # pint is not asked to define it (a definition costs about half a millisecond):
            # pint reads the rate as the expression "numerator / denominator" when needed.
            # No cache to clear: lookups that failed before were not remembered.
            _RATES[name] = f"{_pint_name(numerator)} / {_pint_name(denominator)}"
            _CANONICAL.add(name)
    return name


_RATES: dict[str, str] = {}
"""Rates named so far, by canonical name, with the expression pint reads them as."""


def _is_rate(unit: str) -> bool:
    """Whether ``unit`` is a rate, named now if this process has not named it yet.

    Rates are named on first use, so a process that reads ``"dollar_per_month"`` from a
    file before any text named it must still write it as a rate ("dollars per month").
    """
    if unit in _RATES:
        return True
    if "_per_" not in unit:
        return False
    try:
        canonical_unit_name(unit)  # names the rate if both of its units are known
    except UnitParseError:
        return False
    return unit in _RATES


def _pint_name(unit: str) -> str:
    """Return what pint reads for a canonical unit: its name, or a rate's expression."""
    found = _RATES.get(unit)
    if found is not None:
        return f"({found})"
    if "metre" in unit or "litre" in unit:
        return unit.replace("metre", "meter").replace("litre", "liter")  # pint's spelling
    return unit


def _si_spelling(name: str) -> str:
    """Spell a pint unit name the SI way: "kilometer" is "kilometre", "liter" is "litre"."""
    if "meter" not in name and "liter" not in name:
        return name
    return name.replace("meter", "metre").replace("liter", "litre")


# Spellings read but never written: misspellings and old names.
_READ_ONLY_SPELLINGS = frozenset(
    ("celcius", "degrees celcius", "farenheit", "degrees farenheit", "degrees centigrade")
)

_CANONICAL: set[str] = set(_COUNT_NOUNS) | set(_CURRENCIES) | {"count", "percent"}


# unit_alias by the text as given: the scanner asks for the same few words ("percent",
# "people", "the") again and again. Bounded, and emptied when define_count_noun changes the
# spellings; the dict itself is never replaced, so the scanner may hold on to it.
_ALIAS_MEMO: dict[str, str | None] = {}
_ALIAS_MEMO_SIZE = 8192


def unit_alias(text: str) -> str | None:
    """Return the canonical unit that the alias tables give ``text``, without asking pint.

    Only the tables of count nouns, currencies and unit spellings are consulted
    (lower-cased, spaces collapsed), so prose words that pint would read as units
    ("in", "a") are not units here unless a table names them.

    Example:
        >>> unit_alias("Service members"), unit_alias("per cent"), unit_alias("flibbertigibbets")
        ('service_member', 'percent', None)
    """
    found = _ALIAS_MEMO.get(text, "")  # "": not looked up yet (no unit is named "")
    if found != "":
        return found
    found = _CASED_SYMBOLS.get(text)
    if found is None:
        key = text.lower()
        if not key.isalpha():
            key = _SPACES.sub(" ", key)  # "per\u00a0cent" is "per cent"
        found = _ALIASES.get(key)
    if len(_ALIAS_MEMO) >= _ALIAS_MEMO_SIZE:
        _ALIAS_MEMO.clear()
    _ALIAS_MEMO[text] = found
    return found


_HEADS: list[Any] = [0, frozenset()]


def alias_heads() -> frozenset[str]:
    """Return the first words of the multi-word unit spellings ("per" of "per cent").

    A scanner only needs to try a multi-word spelling when a word is one of these;
    the set is rebuilt when :func:`define_count_noun` adds spellings.
    """
    if _HEADS[0] != len(_ALIASES):
        _HEADS[1] = frozenset(alias.split(" ", 1)[0] for alias in _ALIASES if " " in alias)
        _HEADS[0] = len(_ALIASES)
    heads: frozenset[str] = _HEADS[1]
    return heads


def known_units() -> frozenset[str]:
    """Return the canonical names of the count nouns, currencies and common units defined here."""
    return frozenset(_CANONICAL | set(_UNIT_ALIASES.values()))


def define_count_noun(
    name: str, *, dimension: str | None = None, aliases: Iterable[str] = ()
) -> str:
    """Add a count noun to the registry, so that figures can be counted in it.

    Args:
        name: The singular noun (``"apple"``; spaces become underscores).
        dimension: The dimension it shares with other nouns (``"person"`` makes it
            convert 1:1 with troops and people); a new dimension named after the
            noun if None.
        aliases: Plurals and other spellings (the plural ``name + "s"`` is added).

    Returns:
        The canonical name.

    Example:
        >>> define_count_noun("howitzer", dimension="artillery", aliases=["howitzers"])
        'howitzer'
        >>> compatible("howitzer", "troop")
        False
    """
    canonical = re.sub(r"\s+", "_", name.strip().lower())
    if not re.fullmatch(r"[a-z][a-z0-9_]*", canonical):
        raise UnitParseError(f"not a valid unit name: {name!r}")
    dim = re.sub(r"\s+", "_", (dimension or canonical).strip().lower())
    with _lock:
        reg = registry()
        if canonical not in reg:
            _define_count(reg, canonical, dim, set())
        _CANONICAL.add(canonical)
        spellings = {canonical, canonical.replace("_", " "), canonical.replace("_", " ") + "s"}
        for alias in (*spellings, *aliases):
            _ALIASES[_SPACES.sub(" ", alias.strip()).lower()] = canonical
        _ALIAS_MEMO.clear()
        canonical_unit_name.cache_clear()
        dimension_of.cache_clear()
        _factor.cache_clear()
    return canonical


@functools.lru_cache(maxsize=4096)
def dimension_of(unit: str) -> str:
    """Return the dimensionality of a canonical unit as a string (``"[person]"``)."""
    _is_rate(unit)  # a rate this process has not named yet ("dollar_per_month" read from a file)
    try:
        dims = registry().get_dimensionality(_pint_name(unit))
    except (pint.UndefinedUnitError, AttributeError) as exc:
        raise UnitParseError(f"unknown unit {unit!r}") from exc
    text = str(dims)
    return "[]" if text == "dimensionless" else text


def dimension(unit: str) -> str:
    """Return what a unit measures, as pint writes it (``"[length]"``, ``"[person]"``).

    Example:
        >>> dimension("soldier") == dimension("troop")
        True
    """
    return dimension_of(canonical_unit_name(unit))


def is_count(unit: str) -> bool:
    """Return whether ``unit`` counts discrete things (people, tanks, a bare count).

    Percentages and other dimensionless ratios are not counts: they may be negative.

    Example:
        >>> is_count("troop"), is_count("count"), is_count("percent"), is_count("kilometre")
        (True, True, False, False)
    """
    if _is_rate(unit):
        return False  # "300 people a day" is a rate, which may be fractional
    dim = dimension_of(unit)
    if dim == "[]":
        return unit == "count"
    return dim in _COUNT_DIMENSIONS


def compatible(a: str, b: str) -> bool:
    """Return whether two units measure the same kind of thing and so can be compared.

    Example:
        >>> compatible("troops", "soldiers"), compatible("troops", "tanks")
        (True, False)
    """
    return dimension(a) == dimension(b)


@functools.lru_cache(maxsize=4096)
def _factor(source: str, target: str) -> float | None:
    """Multiplicative factor from source to target, or None for offset units."""
    reg = registry()
    try:
        src, dst = _pint_name(source), _pint_name(target)
        zero = reg.Quantity(0.0, src).to(dst).magnitude
        one = reg.Quantity(1.0, src).to(dst).magnitude
    except pint.DimensionalityError as exc:
        raise IncompatibleUnits(
            f"cannot convert {source} ({dimension_of(source)}) to {target} ({dimension_of(target)})"
        ) from exc
    except (pint.UndefinedUnitError, AttributeError) as exc:
        raise UnitParseError(str(exc)) from exc
    if zero != 0:
        return None
    return float(one)


def converter(source: str, target: str) -> Callable[[float], float]:
    """Return a function converting magnitudes from one unit to another.

    Raises:
        IncompatibleUnits: If the units measure different things.
        UnitParseError: If a unit is unknown.

    Example:
        >>> converter("kilometre", "metre")(1.5)
        1500.0
    """
    src, dst = canonical_unit_name(source), canonical_unit_name(target)
    factor = _factor(src, dst)
    if factor is not None:
        if factor == 1.0:
            return lambda x: float(x)
        return lambda x: float(x) * factor
    reg = registry()
    src_p, dst_p = _pint_name(src), _pint_name(dst)
    return lambda x: float(reg.Quantity(x, src_p).to(dst_p).magnitude)


def quantity(value: float, unit: str) -> Any:
    """Return a new pint Quantity of ``value`` in ``unit`` (never one held by a record)."""
    return registry().Quantity(value, _pint_name(canonical_unit_name(unit)))


def parse_figure(text: str, *, policy: Policy | None = None) -> Figure:
    """Read one figure phrase such as ``"nearly 3,000 American troops"``.

    The grammar is the one :func:`claimtrack.mentions.find_figures` scans with:
    thousands separators (``100,000``, ``100 000``), decimals, scale words and
    abbreviations (``1.5 million``, ``3bn``, ``100k``), number words (``twenty-five``,
    ``a dozen``), vague orders (``tens of thousands``), ranges (``between 1,700 and
    2,000``, ``1,700-2,000``) and hedges (``nearly``, ``more than``, ``up to``, ...).
    The interval comes from ``policy`` (see :class:`claimtrack.policy.Policy`).

    Args:
        text: One figure phrase.
        policy: The hedge policy; the default if None.

    Returns:
        The figure, with ``text`` set to the text given.

    Raises:
        FigureParseError: If the text holds no figure, or several.
        UnitParseError: If a unit glued to the number cannot be read.

    Example:
        >>> f = parse_figure("nearly 3,000 American troops")
        >>> f.value, f.low, f.high, f.hedge.value, f.unit
        (3000.0, 2700.0, 3000.0, 'nearly', 'troop')
        >>> parse_figure("tens of thousands of people").low
        10000.0
    """
    from claimtrack.mentions import parse_phrase

    return parse_phrase(text, policy=policy)


_HEDGE_PHRASE: dict[str, str] = {
    "exact": "",
    "approx": "about ",
    "nearly": "nearly ",
    "more_than": "more than ",
    "at_least": "at least ",
    "less_than": "less than ",
    "at_most": "at most ",
    "up_to": "up to ",
}
_CURRENCY_SIGN: dict[str, str] = {
    "dollar": "$",
    "euro": "€",
    "pound_sterling": "£",
    "japanese_yen": "¥",
    "indian_rupee": "₹",
}
_SCALE_NAMES: tuple[tuple[int, str], ...] = (
    (10**12, "trillion"),
    (10**9, "billion"),
    (10**6, "million"),
)
_VAGUE_PHRASES: tuple[tuple[str, float, str], ...] = (
    ("tens", 1.0, "tens"),
    ("hundreds", 1.0, "hundreds"),
    ("thousands", 1.0, "thousands"),
    ("dozens", 1.0, "dozens"),
    ("scores", 1.0, "scores"),
    ("tens", 1e3, "tens of thousands"),
    ("hundreds", 1e3, "hundreds of thousands"),
    ("plural", 1e6, "millions"),
    ("tens", 1e6, "tens of millions"),
    ("hundreds", 1e6, "hundreds of millions"),
    ("plural", 1e9, "billions"),
    ("tens", 1e9, "tens of billions"),
    ("hundreds", 1e9, "hundreds of billions"),
    ("plural", 1e12, "trillions"),
    ("several", 1e2, "several hundred"),
    ("several", 1e3, "several thousand"),
    ("several", 1e6, "several million"),
    ("several", 1e9, "several billion"),
    ("a few", 1e2, "a few hundred"),
    ("a few", 1e3, "a few thousand"),
    ("a few", 1e6, "a few million"),
    ("a few", 1e9, "a few billion"),
    ("many", 1e3, "many thousands"),
    ("many", 1e6, "many millions"),
)


_SCALE_WORD_SET = frozenset(("hundred", "thousand", "million", "billion", "trillion"))


def _vague_phrase(low: float, high: float | None, policy: Policy) -> str | None:
    """Return the vague phrase ("tens of thousands") whose interval under ``policy`` is given.

    An open-ended interval (``high`` None, from a policy whose vague words set only a
    floor) is matched on its lower end, so "thousands" renders as "thousands" whether
    the policy bounds it or not.
    """
    for word, scale, phrase in _VAGUE_PHRASES:
        if word not in policy.vague:
            continue
        lo, hi = policy.vague_interval(word, scale)
        if lo == low and (hi == high or high is None):
            return phrase
    return None


def _format_number(value: float, *, scale_words: bool = True) -> str:
    """Write ``value`` with thousands separators, exactly enough to read back the same float."""
    if value == int(value) and abs(value) < 1e21:
        whole = int(value)
        for scale, name in _SCALE_NAMES if scale_words else ():
            if abs(whole) >= scale and whole % (scale // 1000) == 0:
                mantissa = format((Decimal(whole) / scale).normalize(), "f")
                if float(Decimal(mantissa) * scale) == value and len(mantissa) <= 7:
                    return f"{mantissa} {name}"
        return f"{whole:,}"
    text = format(Decimal(repr(value)), "f")
    whole_part, _, frac = text.partition(".")
    sign = "-" if whole_part.startswith("-") else ""
    return f"{sign}{int(whole_part.lstrip('-')):,}" + (f".{frac}" if frac else "")


def _currency_word(unit: str, singular: bool) -> str:
    """Return the English word of a currency or a rate's currency ("euros", "swiss francs")."""
    name = unit.split("_per_", 1)[0] if unit not in _CURRENCIES else unit
    word = name.replace("_", " ")
    if name == "pound_sterling":
        return "pound sterling" if singular else "pounds sterling"
    if singular or _ALIASES.get(word + "s") != name:
        return word
    return word + "s"


def currency_code(unit: str) -> str | None:
    """Return the ISO 4217 code of a currency unit, or None for any other unit.

    Example:
        >>> currency_code("dollar"), currency_code("$"), currency_code("troops")
        ('USD', 'USD', None)
    """
    name = canonical_unit_name(unit)
    found = _CURRENCIES.get(name)
    return found[0] if found is not None else None


def currency_names() -> dict[str, str]:
    """Return the canonical currency names by ISO 4217 code (``{"USD": "dollar", ...}``)."""
    return {code: name for name, (code, _spellings) in _CURRENCIES.items()}


def _unit_words(unit: str, singular: bool) -> tuple[str, str]:
    """Return (prefix, suffix) that write ``unit`` around a number so that it reads back."""
    if unit == "count":
        return "", ""
    if unit in _CURRENCY_SIGN:
        return _CURRENCY_SIGN[unit], ""
    if unit in _CURRENCIES:
        return "", f" {_currency_word(unit, singular)}"
    if _is_rate(unit):
        numerator, denominator = unit.rsplit("_per_", 1)
        prefix, suffix = _unit_words(numerator, singular)
        return prefix, f"{suffix} per {denominator.replace('_', ' ')}"
    if unit == "percent":
        return "", " percent"
    if unit in _COUNT_NOUNS:
        dim_aliases = _COUNT_NOUNS[unit][1]
        plural = next((a for a in dim_aliases if _ALIASES.get(a) == unit), None)
        word = unit.replace("_", " ") if singular or plural is None else plural
        return "", f" {word}"
    from claimtrack.mentions import GLUED_ONLY

    # The longest spelling in words ("square kilometres", not "sq km"), the SI one and the
    # unhyphenated one first; the canonical name in words for one ("1 kilometre").
    spellings = sorted(
        (
            a
            for a, u in _ALIASES.items()
            if u == unit
            and a.replace(" ", "").replace("-", "").isalpha()
            and a not in GLUED_ONLY
            and a not in _READ_ONLY_SPELLINGS
        ),
        key=lambda a: (-len(a), "meter" in a or "liter" in a, "-" in a),
    )
    name = unit.replace("_", " ")
    word = spellings[0] if spellings else name
    if singular:
        for one in (word[:-1], name) if word.endswith("s") else (name,):
            if _ALIASES.get(one.lower()) == unit:
                return "", f" {one}"  # "1 tonne", "1 mile per hour"
    return "", f" {word}"


def unit_words(unit: str, *, singular: bool = False) -> str:
    """Return the words that name ``unit`` after a number, as :func:`render_figure` writes them.

    Args:
        unit: A canonical unit name (see :func:`canonical_unit_name`).
        singular: Write the unit of one ("tonne") instead of many ("tonnes").

    Returns:
        The unit in words; ``""`` for a bare ``count``.

    Example:
        >>> unit_words("metric_ton"), unit_words("pound_sterling"), unit_words("dollar_per_month")
        ('tonnes', 'pounds sterling', 'dollars per month')
    """
    if unit in _CURRENCIES:
        return _currency_word(unit, singular)
    if _is_rate(unit):
        numerator, denominator = unit.rsplit("_per_", 1)
        return f"{unit_words(numerator, singular=singular)} per {denominator.replace('_', ' ')}"
    return _unit_words(unit, singular)[1].strip()


def render_figure(figure: Figure) -> str:
    """Render a figure as a short English phrase (``"nearly 3,000 troops"``).

    The phrase reads back to the same value, bounds, hedge and unit with
    :func:`parse_figure` under the default policy.

    Example:
        >>> from claimtrack.model import Figure, Hedge
        >>> render_figure(Figure.of(3000, "troops", hedge=Hedge.NEARLY))
        'nearly 3,000 troops'
        >>> render_figure(Figure.between(1700, 2000, "soldiers"))
        'between 1,700 and 2,000 soldiers'
    """
    from claimtrack.model import Hedge
    from claimtrack.policy import DEFAULT_POLICY

    unit = figure.unit
    hedge = figure.hedge
    if hedge is Hedge.VAGUE and figure.low is not None:
        phrase = _vague_phrase(figure.low, figure.high, DEFAULT_POLICY)
        if phrase is not None:
            # "thousands of troops" but "several thousand troops"
            joiner = " " if phrase.rsplit(" ", 1)[-1] in _SCALE_WORD_SET else " of "
            prefix, suffix = _unit_words(unit, singular=False)
            if prefix:
                return f"{phrase}{joiner}{_currency_word(unit, singular=False)}{suffix}"
            return f"{phrase}{joiner}{suffix.lstrip()}" if suffix else phrase
    if hedge in (Hedge.RANGE, Hedge.VAGUE) and figure.value is None:
        low, high = figure.low, figure.high
        prefix, suffix = _unit_words(unit, singular=False)
        if low is not None and high is not None:
            # plain digits: "between 1 and 2 million" would share the scale word
            a, b = _format_number(low, scale_words=False), _format_number(high, scale_words=False)
            return f"between {prefix}{a} and {prefix}{b}{suffix}"
        if low is not None:
            return f"at least {prefix}{_format_number(low)}{suffix}"
        assert high is not None
        return f"at most {prefix}{_format_number(high)}{suffix}"
    value = figure.value if figure.value is not None else figure.midpoint
    if value is None:
        value = figure.low if figure.low is not None else figure.high
    assert value is not None
    words = _HEDGE_PHRASE.get(hedge.value, "")
    if hedge is Hedge.LESS_THAN and unit in _COUNT_NOUNS:
        words = "fewer than "
    prefix, suffix = _unit_words(unit, singular=value == 1)
    return f"{words}{prefix}{_format_number(value)}{suffix}"
