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
from typing import TYPE_CHECKING, Any

import pint

from claimtrack.exceptions import IncompatibleUnits, UnitParseError

if TYPE_CHECKING:
    from claimtrack.model import Figure

__all__ = [
    "canonical_unit_name",
    "compatible",
    "converter",
    "define_count_noun",
    "dimension",
    "is_count",
    "known_units",
    "quantity",
    "registry",
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
    "protester": ("person", ("protesters", "protestors", "protestor", "demonstrators", "demonstrator")),
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
    "death": ("death", ("deaths", "fatalities", "fatality")),
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

# Currencies: ISO code -> aliases (lower case).  Each is a dimension of its own.
_CURRENCIES: dict[str, tuple[str, ...]] = {
    "USD": ("$", "us$", "usd", "dollar", "dollars", "us dollar", "us dollars", "u.s. dollars"),
    "EUR": ("€", "eur", "euro", "euros"),
    "GBP": ("£", "gbp", "pound sterling", "pounds sterling", "sterling", "pound", "pounds"),
    "JPY": ("¥", "jpy", "yen", "japanese yen"),
    "CNY": ("cny", "yuan", "renminbi", "rmb", "chinese yuan"),
    "RUB": ("rub", "rouble", "roubles", "ruble", "rubles"),
    "UAH": ("uah", "hryvnia", "hryvnias", "hryvnias"),
    "INR": ("₹", "inr", "rupee", "rupees"),
    "CHF": ("chf", "swiss franc", "swiss francs"),
    "AUD": ("aud", "a$", "australian dollar", "australian dollars"),
    "CAD": ("cad", "c$", "canadian dollar", "canadian dollars"),
    "HKD": ("hkd", "hk$", "hong kong dollar", "hong kong dollars"),
    "MYR": ("myr", "ringgit", "malaysian ringgit"),
    "ILS": ("ils", "shekel", "shekels", "new shekels"),
}

# Short or ambiguous spellings that pint would misread; canonical pint names.
_UNIT_ALIASES: dict[str, str] = {
    "%": "percent",
    "per cent": "percent",
    "percent": "percent",
    "pc": "percent",
    "pct": "percent",
    "percentage point": "percentage_point",
    "percentage points": "percentage_point",
    "km": "kilometer",
    "kms": "kilometer",
    "kilometres": "kilometer",
    "kilometre": "kilometer",
    "m": "meter",
    "metre": "meter",
    "metres": "meter",
    "cm": "centimeter",
    "mm": "millimeter",
    "mi": "mile",
    "ft": "foot",
    "feet": "foot",
    "in": "inch",
    "kg": "kilogram",
    "kgs": "kilogram",
    "g": "gram",
    "t": "metric_ton",
    "tonne": "metric_ton",
    "tonnes": "metric_ton",
    "ton": "metric_ton",
    "tons": "metric_ton",
    "lb": "pound_mass",
    "lbs": "pound_mass",
    "l": "liter",
    "litre": "liter",
    "litres": "liter",
    "ml": "milliliter",
    "sq km": "square_kilometer",
    "square kilometres": "square_kilometer",
    "square kilometers": "square_kilometer",
    "square kilometre": "square_kilometer",
    "square kilometer": "square_kilometer",
    "km2": "square_kilometer",
    "km²": "square_kilometer",
    "sq mi": "square_mile",
    "square miles": "square_mile",
    "square mile": "square_mile",
    "hectares": "hectare",
    "ha": "hectare",
    "acres": "acre",
    "kph": "kilometer_per_hour",
    "km/h": "kilometer_per_hour",
    "mph": "mile_per_hour",
    "°c": "degree_Celsius",
    "degrees celsius": "degree_Celsius",
    "degree celsius": "degree_Celsius",
    "°f": "degree_Fahrenheit",
    "degrees fahrenheit": "degree_Fahrenheit",
    "degree fahrenheit": "degree_Fahrenheit",
    "mw": "megawatt",
    "gw": "gigawatt",
    "kw": "kilowatt",
    "kwh": "kilowatt_hour",
    "mwh": "megawatt_hour",
    "gb": "gigabyte",
    "mb": "megabyte",
    "tb": "terabyte",
    "hp": "horsepower",
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
    "count": "count",
    "": "count",
}

_COUNT_DIMENSIONS: set[str] = {"[]"}
_lock = threading.RLock()


@functools.cache
def registry() -> pint.UnitRegistry:
    """Return the process-wide pint registry, extended with count nouns and currencies."""
    reg = pint.UnitRegistry(cache_folder=":auto:", on_redefinition="ignore")
    reg.define("percentage_point = 0.01 = pp")
    defined: set[str] = set()
    for name, (dim, _aliases) in _COUNT_NOUNS.items():
        _define_count(reg, name, dim, defined)
    for code in _CURRENCIES:
        reg.define(f"{code} = [currency_{code}]")
    reg.define("cent = 0.01 * USD")
    return reg


def _define_count(reg: pint.UnitRegistry, name: str, dim: str, defined: set[str]) -> None:
    """Define ``name`` in dimension ``[dim]``: the first noun of a dimension is its base."""
    if dim not in defined and dim not in reg:
        reg.define(f"{dim}_count_base = [{dim}]")
    defined.add(dim)
    if name != f"{dim}_count_base":
        reg.define(f"{name} = {dim}_count_base")
    _COUNT_DIMENSIONS.add(f"[{dim}]")


def _alias_table() -> dict[str, str]:
    table = dict(_UNIT_ALIASES)
    for name, (_dim, aliases) in _COUNT_NOUNS.items():
        table[name] = name
        table[name.replace("_", " ")] = name
        for alias in aliases:
            table[alias] = name
    for code, aliases in _CURRENCIES.items():
        table[code.lower()] = code
        for alias in aliases:
            table[alias] = code
    return table


_ALIASES: dict[str, str] = _alias_table()
_SPACES = re.compile(r"[\s\u00a0\u2009\u202f]+")


@functools.lru_cache(maxsize=4096)
def canonical_unit_name(text: str) -> str:
    """Return the canonical name of a unit written as ``text``.

    Plural, singular and case variants normalise to one name: ``"Troops"`` and
    ``"troop"`` give ``"troop"``, ``"km"`` and ``"kilometres"`` give
    ``"kilometer"``, ``"$"`` and ``"dollars"`` give ``"USD"``.

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
        raise UnitParseError(f"unknown unit {text!r}")
    reg = registry()
    candidate = text.strip().replace(" ", "_")
    for attempt in (candidate, candidate.lower()):
        try:
            name = reg.get_name(attempt)
        except (pint.UndefinedUnitError, AttributeError, ValueError, TypeError):
            continue
        if name:
            return str(name)
    raise UnitParseError(f"unknown unit {text!r}")


_CANONICAL: set[str] = set(_COUNT_NOUNS) | set(_CURRENCIES) | {"count", "percent"}


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
        canonical_unit_name.cache_clear()
        dimension_of.cache_clear()
        _factor.cache_clear()
    return canonical


@functools.lru_cache(maxsize=4096)
def dimension_of(unit: str) -> str:
    """Return the dimensionality of a canonical unit as a string (``"[person]"``)."""
    try:
        dims = registry().get_dimensionality(unit)
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
    """Return whether ``unit`` counts discrete things (people, tanks, a bare count)."""
    return dimension_of(unit) in _COUNT_DIMENSIONS


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
        zero = reg.Quantity(0.0, source).to(target).magnitude
        one = reg.Quantity(1.0, source).to(target).magnitude
    except pint.DimensionalityError as exc:
        raise IncompatibleUnits(
            f"cannot convert {source} ({dimension_of(source)}) to {target} "
            f"({dimension_of(target)})"
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
        >>> converter("kilometer", "meter")(1.5)
        1500.0
    """
    src, dst = canonical_unit_name(source), canonical_unit_name(target)
    factor = _factor(src, dst)
    if factor is not None:
        if factor == 1.0:
            return lambda x: float(x)
        return lambda x: float(x) * factor
    reg = registry()
    return lambda x: float(reg.Quantity(x, src).to(dst).magnitude)


def quantity(value: float, unit: str) -> Any:
    """Return a new pint Quantity of ``value`` in ``unit`` (never one held by a record)."""
    return registry().Quantity(value, canonical_unit_name(unit))


def render_figure(figure: Figure) -> str:
    """Render a figure as a short English phrase (``"nearly 3,000 troops"``)."""
    raise NotImplementedError  # replaced by the parsing work
