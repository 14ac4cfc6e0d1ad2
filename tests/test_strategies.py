"""Tests of claimtrack.strategies: valid values, eager argument checks, planted findings."""

from __future__ import annotations

import ast
import math
import os
import re
import subprocess
import sys
import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from claimtrack import quantities
from claimtrack import strategies as cs
from claimtrack.consistency import FindingKind, check
from claimtrack.model import Claim, Figure, Hedge, Provenance, Source
from claimtrack.policy import DEFAULT_POLICY

# ---------------------------------------------------------------------------
# valid values
# ---------------------------------------------------------------------------


@given(cs.units())
def test_units_are_canonical(unit: str) -> None:
    """Every generated unit is its own canonical name and builds a figure."""
    assert quantities.canonical_unit_name(unit) == unit
    assert Figure.of(1, unit).unit == unit


@given(cs.units(dimension="[person]"))
def test_units_of_one_dimension(unit: str) -> None:
    """units(dimension=...) keeps to that dimension."""
    assert quantities.dimension_of(unit) == "[person]"


def _interval_of(figure: Figure) -> tuple[float | None, float | None]:
    assert figure.value is not None
    count = quantities.is_count(figure.unit)
    return DEFAULT_POLICY.interval(figure.value, figure.hedge, count=count)


@given(cs.figures())
def test_figures_are_valid_and_follow_the_policy(figure: Figure) -> None:
    """Single-value figures carry the policy's interval; ranges and vague ones two bounds."""
    if figure.hedge in (Hedge.RANGE, Hedge.VAGUE):
        assert figure.value is None
        assert figure.low is not None
        assert figure.high is not None
        assert figure.low <= figure.high
        if figure.hedge is Hedge.RANGE:
            assert figure.low < figure.high
    else:
        assert (figure.low, figure.high) == _interval_of(figure)
    stated = (figure.value,) if figure.value is not None else (figure.low, figure.high)
    for number in stated:
        assert number is not None
        assert 0 <= number <= 10**9


@given(cs.figures(units=["troops"], hedges=[Hedge.VAGUE]))
def test_vague_figures_use_policy_bounds(figure: Figure) -> None:
    """Vague figures have the bounds of one of the policy's vague words at some scale."""
    assert figure.unit == "troop"
    pairs = {
        DEFAULT_POLICY.vague_interval(w, s)
        for w in DEFAULT_POLICY.vague
        for s in (1.0, 1e2, 1e3, 1e6, 1e9)
    }
    assert (figure.low, figure.high) in pairs


@given(cs.figures(units=["kilometre"], min_value=-50, max_value=-1, hedges=[Hedge.EXACT]))
def test_figures_respect_a_negative_range(figure: Figure) -> None:
    """Non-count units take negative values within [min_value, max_value]."""
    assert figure.value is not None
    assert -50 <= figure.value <= -1


@settings(max_examples=200)
@given(cs.figures(units=["count"], hedges=[Hedge.EXACT]))
def test_figures_have_round_and_unround_magnitudes(figure: Figure) -> None:
    """Values are whole numbers for counts; both round and unround ones occur."""
    assert figure.value is not None
    assert figure.value == int(figure.value)


def test_magnitudes_are_realistic() -> None:
    """Drawn values include round numbers like 100,000 and unround ones like 2,053."""
    seen: list[float] = []

    @settings(max_examples=150, database=None)
    @given(cs.figures(units=["count"], hedges=[Hedge.EXACT]))
    def collect(figure: Figure) -> None:
        assert figure.value is not None
        seen.append(figure.value)

    collect()
    round_ = [v for v in seen if v >= 1000 and str(int(v)).rstrip("0") in "123456789"]
    unround = [v for v in seen if v >= 1000 and int(v) % 10]
    assert round_
    assert unround


@given(cs.sources(max_chain=2))
def test_sources_have_short_chains(source: Source) -> None:
    """Reporting chains have at most max_chain intermediaries."""
    assert 1 <= len(source.chain) <= 3


@given(cs.sources(kinds=["agency"], max_chain=0))
def test_sources_kinds_and_no_chain(source: Source) -> None:
    """The kinds argument restricts every kind; max_chain=0 gives no intermediary."""
    assert source.kind == "agency"
    assert source.reported_by is None


@given(cs.provenances())
def test_provenances_are_valid(prov: Provenance) -> None:
    """Provenance times are aware and spans ordered."""
    assert prov.published is None or prov.published.utcoffset() is not None
    assert prov.span is None or prov.span[0] <= prov.span[1]


START = datetime(2022, 2, 1, tzinfo=UTC)
END = datetime(2022, 3, 1, tzinfo=UTC)


@given(cs.claims(start=START, end=END))
def test_claims_are_valid(claim: Claim) -> None:
    """Claims are aware, within [start, end], published no earlier than stated."""
    assert claim.id
    if claim.stated_at is not None:
        assert claim.stated_at.utcoffset() is not None
        assert START <= claim.stated_at <= END
        published = claim.provenance.published
        assert published is None or published >= claim.stated_at
    if claim.valid_at is not None:
        assert claim.stated_at is not None
        assert abs(claim.valid_at - claim.stated_at) <= timedelta(days=60)


@given(cs.claims(subjects=st.just("troops"), figures=cs.figures(units=["troop"])))
def test_claims_take_component_strategies(claim: Claim) -> None:
    """The subjects and figures arguments are used as given."""
    assert claim.subject == "troops"
    assert claim.figure.unit == "troop"


# ---------------------------------------------------------------------------
# eager argument checks
# ---------------------------------------------------------------------------

BAD_CALLS = [
    (cs.units, {"dimension": "[flibbertigibbet]"}),
    (cs.units, {"dimension": 3}),
    (cs.figures, {"min_value": 10, "max_value": 1}),
    (cs.figures, {"min_value": math.nan}),
    (cs.figures, {"max_value": True}),
    (cs.figures, {"units": ["flibbertigibbets"]}),
    (cs.figures, {"units": "troops"}),
    (cs.figures, {"units": []}),
    (cs.figures, {"hedges": Hedge.EXACT}),
    (cs.figures, {"hedges": []}),
    (cs.figures, {"hedges": ["exact"]}),
    (cs.figures, {"hedges": [Hedge.RANGE], "min_value": 5, "max_value": 5}),
    (cs.figures, {"hedges": [Hedge.VAGUE], "max_value": 5}),
    (cs.figures, {"units": ["troop"], "min_value": -5, "max_value": -1}),
    (cs.figures, {"policy": "default"}),
    (cs.sources, {"max_chain": -1}),
    (cs.sources, {"kinds": []}),
    (cs.sources, {"kinds": "agency"}),
    (cs.sources, {"kinds": [3]}),
    (cs.provenances, {"start": datetime(2020, 1, 1)}),
    (cs.claims, {"start": END, "end": START}),
    (cs.claims, {"figures": [Figure.of(1)]}),
    (cs.claims, {"timezones": UTC}),
    (cs.claim_sets, {"conflicts": -1}),
    (cs.claim_sets, {"changes": 1.5}),
    (cs.claim_sets, {"sum_mismatches": 30}),
    (cs.claim_sets, {"background": 100}),
    (cs.claim_sets, {"start": START, "end": START + timedelta(days=3)}),
    (cs.figure_phrases, {"hedges": [1]}),
    (cs.figure_phrases, {"units": ["flibbertigibbets"]}),
    (cs.figure_phrases, {"units": ["percent"], "hedges": [Hedge.VAGUE]}),
]


@pytest.mark.parametrize(
    ("strategy", "kwargs"), BAD_CALLS, ids=lambda x: getattr(x, "__name__", repr(x))
)
def test_bad_arguments_raise_at_creation(strategy: object, kwargs: dict[str, object]) -> None:
    """A bad argument raises InvalidArgument when the strategy is created, before any draw."""
    with pytest.raises(InvalidArgument):
        strategy(**kwargs)  # type: ignore[operator]


# ---------------------------------------------------------------------------
# from_type and the entry point
# ---------------------------------------------------------------------------


def test_hook_registers_from_type() -> None:
    """After the setup hook, st.from_type builds every claimtrack record."""
    from claimtrack._hypothesis_hook import _hypothesis_setup_hook

    _hypothesis_setup_hook()

    @settings(max_examples=20)
    @given(
        st.from_type(Claim),
        st.from_type(Figure),
        st.from_type(Source),
        st.from_type(Provenance),
        st.from_type(Hedge),
    )
    def run(claim: Claim, figure: Figure, source: Source, prov: Provenance, hedge: Hedge) -> None:
        assert isinstance(claim, Claim)
        assert isinstance(figure, Figure)
        assert isinstance(source, Source)
        assert isinstance(prov, Provenance)
        assert isinstance(hedge, Hedge)

    run()


def test_entry_point_registers_on_hypothesis_import() -> None:
    """In a fresh interpreter, importing Hypothesis alone makes from_type(Claim) work."""
    code = (
        "import sys\n"
        "from hypothesis import given, settings, strategies as st\n"
        "from claimtrack.model import Claim\n"
        "@settings(max_examples=5, database=None)\n"
        "@given(st.from_type(Claim))\n"
        "def t(c): assert isinstance(c, Claim)\n"
        "t()\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_entry_point_imports_nothing_heavy() -> None:
    """Importing Hypothesis (which runs the hook) does not import pint or numpy."""
    code = "import sys, hypothesis\nprint(sorted({'pint', 'numpy'} & set(sys.modules)))\n"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "claimtrack"
IMPORT_ORDERS = {
    "strategies first": "from claimtrack import strategies as cs\nfrom hypothesis import given\n",
    "hypothesis first": "from hypothesis import given\nfrom claimtrack import strategies as cs\n",
}
USE_BOTH = (
    "from hypothesis import settings, strategies as st\n"
    "from claimtrack.model import Claim\n"
    "@settings(max_examples=5, database=None)\n"
    "@given(st.from_type(Claim), cs.claims())\n"
    "def t(a, b): assert isinstance(a, Claim) and isinstance(b, Claim)\n"
    "t()\n"
    "print('ok')\n"
)


def _declared_hook() -> str:
    """Return the hook that pyproject.toml declares as claimtrack's Hypothesis entry point."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        hooks = tomllib.load(f)["project"]["entry-points"]["hypothesis"]
    assert len(hooks) == 1
    return str(next(iter(hooks.values())))


def _run_fresh(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter with Hypothesis's plugins switched on."""
    env = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_NO_PLUGINS"}
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


@pytest.mark.parametrize("order", IMPORT_ORDERS)
def test_strategies_import_in_either_order(order: str) -> None:
    """claimtrack.strategies imports before or after Hypothesis, with the installed entry point."""
    done = _run_fresh(IMPORT_ORDERS[order] + USE_BOTH)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


@pytest.mark.parametrize("order", IMPORT_ORDERS)
def test_entry_point_hook_never_reenters_strategies(order: str) -> None:
    """The declared hook runs in either import order, whatever the installed metadata says."""
    target = _declared_hook()
    only_this_hook = (
        "import importlib.metadata as md\n"
        f"_ep = md.EntryPoints([md.EntryPoint('_', {target!r}, 'hypothesis')])\n"
        "_all = md.entry_points\n"
        "md.entry_points = lambda **kw: _ep if kw.get('group') == 'hypothesis' else _all(**kw)\n"
    )
    done = _run_fresh(only_this_hook + IMPORT_ORDERS[order] + USE_BOTH)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_declared_hook_is_not_in_strategies() -> None:
    """The entry point names a hook outside the module that imports Hypothesis."""
    module, _, name = _declared_hook().partition(":")
    assert module == "claimtrack._hypothesis_hook"
    assert name == "_hypothesis_setup_hook"


def _imports_hypothesis_at_top(path: Path) -> bool:
    """Return whether a module imports Hypothesis at module level (not inside a function)."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import) and any(
            a.name.split(".")[0] == "hypothesis" for a in node.names
        ):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "hypothesis":
            return True
    return False


def test_only_strategies_imports_hypothesis() -> None:
    """claimtrack.strategies is the one module that imports Hypothesis at module level."""
    found = {p.name for p in PACKAGE.glob("*.py") if _imports_hypothesis_at_top(p)}
    assert found == {"strategies.py"}


# ---------------------------------------------------------------------------
# figure phrases read back
# ---------------------------------------------------------------------------

# Phrasings that parse_figure once got wrong (found by figure_phrases), each with a
# pattern that recognises it in generated text.  They all read back now; the
# examples stay as regression tests.
PARSER_GAPS: dict[str, tuple[re.Pattern[str], list[str]]] = {
    "a whole number glued to 'm' before a noun other than people reads as metres": (
        re.compile(r"(?i)(?<![\d.,])\d+m[\s\u00a0]+(?!people\b)\w"),
        ["500m soldiers", "about 20m troops", "500m dollars", "nearly 188m refugees"],
    ),
    "'per cent' written with a no-break space loses the unit": (
        re.compile(r"(?i)per\u00a0cent"),
        ["40\u00a0per\u00a0cent", "at\u00a0least\u00a010\u00a0per\u00a0cent"],
    ),
    "'two dozen' written with a no-break space reads as two figures": (
        re.compile(r"(?i)two\u00a0dozen"),
        ["two\u00a0dozen\u00a0tanks", "over\u00a0two\u00a0dozen\u00a0soldiers"],
    ),
    "a dash range of plain four-digit numbers is not read as a range": (
        re.compile(r"(?<![\d,.\u00a0\u202f\u2009 ])\d{4}[-\u2013]\d{4}(?![\d,])"),
        ["1000-1800 refugees", "1604\u20131870 dollars", "1500-2000 troops"],
    ),
}


def _gap(text: str) -> str | None:
    for name, (pattern, _) in PARSER_GAPS.items():
        if pattern.search(text):
            return name
    return None


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)


def _expected(text: str) -> Figure:
    """The figure a gap example should read as, written by hand for each example."""
    return GAP_EXPECTED[text]


GAP_EXPECTED: dict[str, Figure] = {
    "500m soldiers": Figure.of(500_000_000, "soldier"),
    "about 20m troops": Figure.of(20_000_000, "troop", hedge=Hedge.APPROX),
    "500m dollars": Figure.of(500_000_000, "dollar"),
    "nearly 188m refugees": Figure.of(188_000_000, "refugee", hedge=Hedge.NEARLY),
    "40\u00a0per\u00a0cent": Figure.of(40, "percent"),
    "at\u00a0least\u00a010\u00a0per\u00a0cent": Figure.of(10, "percent", hedge=Hedge.AT_LEAST),
    "two\u00a0dozen\u00a0tanks": Figure.of(24, "tank"),
    "over\u00a0two\u00a0dozen\u00a0soldiers": Figure.of(24, "soldier", hedge=Hedge.MORE_THAN),
    "1000-1800 refugees": Figure.between(1000, 1800, "refugee"),
    "1604\u20131870 dollars": Figure.between(1604, 1870, "dollar"),
    "1500-2000 troops": Figure.between(1500, 2000, "troop"),
}


def _reads_back(text: str, figure: Figure) -> bool:
    try:
        got = quantities.parse_figure(text)
    except Exception:  # a parse error is a failure to read back
        return False
    return (
        got.hedge is figure.hedge
        and got.unit == figure.unit
        and _same(got.value, figure.value)
        and _same(got.low, figure.low)
        and _same(got.high, figure.high)
    )


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(cs.figure_phrases())
def test_figure_phrases_parse_back(pair: tuple[str, Figure]) -> None:
    """parse_figure reads every generated phrase as its figure, former gaps included."""
    text, figure = pair
    assert figure.text == text
    got = quantities.parse_figure(text)
    assert got.hedge is figure.hedge, (text, got)
    assert got.unit == figure.unit, (text, got)
    for name in ("value", "low", "high"):
        assert _same(getattr(got, name), getattr(figure, name)), (text, name, got, figure)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, id=text.encode("ascii", "backslashreplace").decode())
        for _, examples in PARSER_GAPS.values()
        for text in examples
    ],
)
def test_former_parser_gaps_read_back(text: str) -> None:
    """Each phrasing that the parser once got wrong now reads back as written."""
    assert _gap(text) is not None
    assert _reads_back(text, _expected(text))


@pytest.mark.parametrize(
    "text",
    [
        "20m people",
        "$500m",
        "1.5m soldiers",
        "40 per cent",
        "two dozen tanks",
        "1,000-1,800 refugees",
    ],
)
def test_gap_patterns_are_narrow(text: str) -> None:
    """Neighbours of the gaps that do read back are not excluded by the gap patterns."""
    assert _gap(text) is None
    assert quantities.parse_figure(text)


@settings(max_examples=150)
@given(cs.figure_phrases(hedges=[Hedge.APPROX], units=["troop"]))
def test_figure_phrases_arguments(pair: tuple[str, Figure]) -> None:
    """The hedges and units arguments restrict the phrases generated."""
    text, figure = pair
    assert figure.hedge is Hedge.APPROX
    assert figure.unit == "troop"
    assert re.match(
        r"(?i)(about|around|approximately|some|roughly|an[\s\u00a0]estimated)[\s\u00a0]", text
    )


# ---------------------------------------------------------------------------
# claim sets: planted findings are found, background adds none
# ---------------------------------------------------------------------------

PROBLEMS = (FindingKind.CONFLICT, FindingKind.CHANGE, FindingKind.SUM_MISMATCH)


def _problems(
    claims: tuple[Claim, ...] | list[Claim], index: dict[str, int]
) -> set[tuple[str, frozenset[int]]]:
    """Conflict, change and sum findings as (kind, indices of the original claims)."""
    return {
        (f.kind.value, frozenset(index[c.id] for c in f.claims))
        for f in check(claims).findings
        if f.kind in PROBLEMS
    }


@given(cs.claim_sets(conflicts=2, changes=2, sum_mismatches=1))
def test_planted_findings_are_found_and_nothing_else(cset: cs.ClaimSet) -> None:
    """The check reports exactly the planted conflicts, changes and sum mismatches."""
    report = check(cset.claims)
    assert cset.missing(report.findings) == ()
    extra = [
        f
        for f in report.findings
        if f.kind in PROBLEMS and not any(p.matches(f) for p in cset.planted)
    ]
    assert extra == []
    assert len(cset.of_kind("conflict")) == 2
    assert len(cset.of_kind(FindingKind.CHANGE)) == 2


@given(cs.claim_sets(conflicts=0, background=4))
def test_background_creates_no_problem(cset: cs.ClaimSet) -> None:
    """Background claims alone raise no conflict, change or sum mismatch."""
    assert cset.planted == ()
    assert not [f for f in check(cset.claims).findings if f.kind in PROBLEMS]


@settings(max_examples=30)
@given(cs.claim_sets(conflicts=1, changes=1, sum_mismatches=1), st.randoms(use_true_random=False))
def test_shuffling_and_duplicating_change_no_finding(cset: cs.ClaimSet, rnd: object) -> None:
    """Metamorphic: shuffled claims, with some repeated, give the same findings."""
    import random

    assert isinstance(rnd, random.Random)
    claims = list(cset.claims)
    index = {c.id: i for i, c in enumerate(claims)}
    before = _problems(claims, index)
    mixed = claims + rnd.sample(claims, k=min(3, len(claims)))
    rnd.shuffle(mixed)
    assert _problems(mixed, index) == before


RESTATE = {
    "troop": "soldier",
    "soldier": "service_member",
    "service_member": "troop",
    "person": "civilian",
    "civilian": "person",
    "tank": "vehicle",
    "dollar": "cent",
    "kilometre": "metre",
}


@settings(max_examples=30)
@given(cs.claim_sets(conflicts=1, changes=1, sum_mismatches=1), st.data())
def test_restating_units_changes_no_finding(cset: cs.ClaimSet, data: st.DataObject) -> None:
    """Metamorphic: expressing claims in compatible units gives the same findings."""
    claims = list(cset.claims)
    index = {c.id: i for i, c in enumerate(claims)}
    before = _problems(claims, index)
    restated: list[Claim] = []
    new_index: dict[str, int] = {}
    for i, claim in enumerate(claims):
        target = RESTATE.get(claim.figure.unit)
        if target is not None and data.draw(st.booleans()):
            claim = claim.evolve(figure=claim.figure.to(target))
        restated.append(claim)
        new_index[claim.id] = i
    assert _problems(restated, new_index) == before


def test_planted_conflict_is_unambiguous_example() -> None:
    """A drawn planted conflict is two sources, one subject, figures 3x or more apart."""

    @settings(max_examples=30, database=None)
    @given(cs.claim_sets(conflicts=1, background=0))
    def run(cset: cs.ClaimSet) -> None:
        (planted,) = cset.planted
        a, b = (c for c in cset.claims if c.id in planted.claim_ids)
        assert a.subject == b.subject == planted.subject
        assert {x.name for x in a.source.chain}.isdisjoint(x.name for x in b.source.chain)
        assert a.stated_at is not None
        assert b.stated_at is not None
        assert abs(a.stated_at - b.stated_at) <= timedelta(hours=12)
        va, vb = sorted([a.figure.value or 0, b.figure.value or 0])
        assert vb >= 3 * va

    run()
