"""Tests of the consistency check: conflicts, changes, sums, corroboration, matching, laws."""

from __future__ import annotations

import math
import warnings
from datetime import UTC, datetime, timedelta, timezone

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.consistency import (
    Finding,
    FindingKind,
    Report,
    Severity,
    _says_little,
    check,
    match_subjects,
    timeline,
)
from claimtrack.model import Claim, Figure, Hedge, Provenance, Source
from claimtrack.policy import Policy

UTC = UTC
PARIS = timezone(timedelta(hours=1))


def day(y: int, m: int, d: int, h: int = 12) -> datetime:
    return datetime(y, m, d, h, tzinfo=UTC)


def claim(
    subject: str, source: str | Source, fig: Figure, when: datetime | None, **kw: object
) -> Claim:
    src = source if isinstance(source, Source) else Source(source)
    return Claim(subject=subject, figure=fig, source=src, stated_at=when, **kw)  # type: ignore[arg-type]


def kinds(report: Report) -> list[str]:
    return [f.kind.value for f in report.findings]


# ---------------------------------------------------------------------------
# Acceptance stories from public reporting
# ---------------------------------------------------------------------------

BORDER = "Russian troops near Ukraine's border"


def troop_story() -> list[Claim]:
    # FRANCE 24 with AFP live blogs, 2 and 10 Feb 2022 (examples/data/).
    feb2, feb10 = day(2022, 2, 2), day(2022, 2, 10)
    afp = Source("AFP", kind="agency")
    return [
        # "Russia has massed more than 100,000 soldiers near Ukraine's borders"
        claim(BORDER, afp, Figure.of(100_000, "soldiers", hedge=Hedge.MORE_THAN,
              text="more than 100,000 soldiers"), feb10),
        # "the West, which accuses Moscow of massing approximately 100,000 troops around the
        # borders of Ukraine"
        claim("soldiers massed around the borders of Ukraine", "the West",
              Figure.of(100_000, "troops", hedge=Hedge.APPROX, text="approximately 100,000 troops"),
              feb10),
        # Truss: "100,000 troops stationed on the Ukrainian border"
        claim("Russian forces on Ukraine's border", Source("Liz Truss", reported_by=afp),
              Figure.of(100_000, "troops", text="100,000 troops"), feb10),
        # "has amassed tens of thousands of troops on its border with Ukraine"
        claim(BORDER, "FRANCE 24", Figure.between(10_000, 100_000, "troops", hedge=Hedge.VAGUE,
              text="tens of thousands of troops"), feb10),
        # "the United States has said Russia was planning to dispatch 30,000 troops ... to Belarus"
        claim("Russian troops to be dispatched to Belarus", "the United States",
              Figure.of(30_000, "troops", text="30,000 troops"), feb10),
        # Pentagon: nearly 3,000 American troops to eastern Europe, as 1,700 + 300 + 1,000
        claim("US troops to eastern Europe", "the Pentagon",
              Figure.of(3000, "troops", hedge=Hedge.NEARLY, text="nearly 3,000 American troops"),
              feb2, key="us-deployment"),
        claim("US troops to Poland", "a source familiar with the details",
              Figure.of(1700, "troops", text="1,700 US troops"), feb2, parts_of="us-deployment"),
        claim("US troops to Germany", "a source familiar with the details",
              Figure.of(300, "troops", text="300"), feb2, parts_of="us-deployment"),
        claim("US troops to Romania", "a source familiar with the details",
              Figure.of(1000, "troops", hedge=Hedge.APPROX, text="About 1,000"),
              feb2, parts_of="us-deployment"),
    ]  # fmt: skip


def test_unbounded_intervals_raise_no_numpy_warning() -> None:
    """Figures open at both ends are checked without numpy's 'invalid value' RuntimeWarning."""
    open_ended = [
        claim("troops", "A", Figure(7.0, None, None, Hedge.VAGUE, "troop"), day(2022, 2, 10)),
        claim("troops", "B", Figure(5.0, None, None, Hedge.EXACT, "troop"), day(2022, 2, 10)),
        claim("troops", "C", Figure.of(100, "troops", hedge=Hedge.MORE_THAN), day(2022, 2, 10)),
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report = check(open_ended)
    assert report.findings is not None


def test_troop_story_has_no_conflict_and_parts_add_up() -> None:
    """The Feb 2022 troop figures agree, Belarus is another subject, and 1,700+300+1,000 fits."""
    report = check(troop_story())
    assert not report.has_problems
    assert report.by_kind(FindingKind.CONFLICT) == ()
    assert report.by_kind(FindingKind.SUM_MISMATCH) == ()
    assert report.by_kind(FindingKind.CHANGE) == ()
    border_groups = {f.subject for f in report.by_kind("corroboration")}
    assert border_groups == {match_subjects([BORDER, "Russian forces on Ukraine's border"])[BORDER]}
    (corro,) = report.by_kind("corroboration")
    assert len(corro.claims) == 4
    assert all("Belarus" not in c.subject for c in corro.claims)
    assert "agree" in corro.explanation
    assert "Liz Truss" in corro.explanation


def test_parts_that_cannot_add_up_are_a_sum_mismatch() -> None:
    """The same three parts against a whole of 5,000 are reported as a sum mismatch."""
    claims = troop_story()
    whole = next(c for c in claims if c.key == "us-deployment")
    claims[claims.index(whole)] = whole.evolve(figure=Figure.of(5000, "troops", text="5,000"))
    report = check(claims)
    (mismatch,) = report.by_kind(FindingKind.SUM_MISMATCH)
    assert report.has_problems
    assert mismatch.severity is Severity.ERROR
    assert mismatch.claims[0].figure.text == "5,000"
    assert len(mismatch.claims) == 4
    assert "1,700 US troops" in mismatch.explanation
    assert "cannot match the 5,000 the Pentagon gave (2 Feb 2022)" in mismatch.explanation


def test_french_pension_protest_counts_conflict() -> None:
    """7 March 2023: the CGT's 3.5 million against the ministry's 1.28 million is a conflict."""
    # Reported by France 24, Le Monde and Reuters on 7-8 March 2023.
    when = datetime(2023, 3, 7, 20, tzinfo=PARIS)
    subject = "protesters against the pension reform in France"
    cgt = claim(
        subject, "the CGT union", Figure.of(3_500_000, "protesters", text="3.5 million"), when
    )
    ministry = claim(subject, "the interior ministry",
                     Figure.of(1_280_000, "protesters", text="1.28 million"), when)  # fmt: skip
    report = check([ministry, cgt])
    (conflict,) = report.findings
    assert conflict.kind is FindingKind.CONFLICT
    assert set(conflict.claims) == {cgt, ministry}
    assert "3.5 million" in conflict.explanation
    assert "1.28 million" in conflict.explanation
    assert "7 Mar 2023" in conflict.explanation
    assert "cannot both hold" in conflict.explanation
    assert report.conflict_counts == {cgt.id: 1, ministry.id: 1}


def herat_story() -> list[Claim]:
    # Herat earthquakes, 7 Oct 2023: the Taliban-run health ministry gave 2,053 dead (8 Oct), the
    # Taliban government later revised the toll down to about 1,480 (Reuters/AP, mid-October 2023);
    # the UN/OCHA gave 1,294 (11 Oct).
    subject = "Herat earthquake deaths"
    return [
        claim(subject, "the Afghan health ministry", Figure.of(2053, "people", text="2,053 people"),
              day(2023, 10, 8)),
        claim(subject, "the Afghan health ministry", Figure.of(1480, "people", hedge=Hedge.APPROX,
              text="about 1,480"), day(2023, 10, 15)),
        claim("people killed in the Herat earthquake", "the Taliban government",
              Figure.of(1000, "people", hedge=Hedge.APPROX, text="around 1,000"), day(2023, 10, 8)),
    ]  # fmt: skip


def test_herat_death_toll_revision_is_a_change_and_rival_is_a_conflict() -> None:
    """The ministry's 2,053 then about 1,480 is a downward change; 'around 1,000' conflicts."""
    report = check(herat_story())
    (change,) = report.by_kind(FindingKind.CHANGE)
    assert [c.figure.text for c in change.claims] == ["2,053 people", "about 1,480"]
    assert "down 573" in change.explanation
    assert "8 Oct 2023" in change.explanation
    assert change.severity is Severity.INFO
    (conflict,) = report.by_kind(FindingKind.CONFLICT)
    assert {c.figure.text for c in conflict.claims} == {"2,053 people", "around 1,000"}
    assert conflict.explanation.startswith(
        "The Afghan health ministry said 2,053 people (8 Oct 2023)"
    )
    assert report.has_problems


def test_us_estimate_rising_is_a_change_not_a_conflict() -> None:
    """About 100,000 in January then more than 150,000 in February is a change of one source."""
    # US officials: ~100,000 Russian troops (January 2022); Biden, 15 Feb 2022: "more than 150,000".
    us = Source("the United States", kind="government")
    jan = claim(BORDER, us, Figure.of(100_000, "troops", hedge=Hedge.APPROX), day(2022, 1, 20))
    feb = claim("Russian forces near Ukraine's borders", us,
                Figure.of(150_000, "troops", hedge=Hedge.MORE_THAN), day(2022, 2, 15))  # fmt: skip
    forecast = claim(BORDER, "US officials", Figure.of(175_000, "troops", hedge=Hedge.UP_TO,
                     text="could swell to 175,000"), day(2022, 1, 20),
                     valid_at=day(2022, 1, 31))  # fmt: skip
    tens = claim(BORDER, "FRANCE 24", Figure.between(10_000, 100_000, "troops",
                 hedge=Hedge.VAGUE), day(2022, 2, 15))  # fmt: skip
    report = check([feb, jan, forecast, tens])
    (change,) = report.by_kind(FindingKind.CHANGE)
    assert change.claims == (jan, feb)
    assert "up 50,000" in change.explanation
    assert "+50%" in change.explanation
    # a vague amount commits to its floor only: "tens of thousands" does not contradict
    # "more than 150,000" unless the policy makes vague ceilings binding
    assert report.by_kind(FindingKind.CONFLICT) == ()
    assert forecast not in {c for f in report.findings for c in f.claims}
    strict = check([feb, jan, forecast, tens], policy=Policy(vague_upper_binding=True))
    (conflict,) = strict.by_kind(FindingKind.CONFLICT)
    assert set(conflict.claims) == {feb, tens}


def test_one_source_revising_more_than_150000_to_130000_is_a_change() -> None:
    """'more than 150,000' and '130,000' from one source on different days is a change."""
    us = Source("the United States")
    a = claim(BORDER, us, Figure.of(150_000, "troops", hedge=Hedge.MORE_THAN), day(2022, 2, 15))
    b = claim(BORDER, us, Figure.of(130_000, "troops"), day(2022, 2, 16))
    report = check([a, b])
    assert kinds(report) == ["change"]
    assert "down 20,000" in report.findings[0].explanation


def test_troops_and_tanks_never_compare() -> None:
    """Figures in incompatible units are never compared, even under one subject."""
    a = claim(BORDER, "A", Figure.of(100_000, "troops"), day(2022, 2, 10))
    b = claim(BORDER, "B", Figure.of(1_200, "tanks"), day(2022, 2, 10))
    report = check([a, b])
    assert report.findings == ()
    assert len(report.summary(BORDER)) == 2


def test_undated_claims_compare_with_everything() -> None:
    """A claim without time is compared with claims at any time."""
    a = claim(BORDER, "A", Figure.of(100_000, "troops"), None)
    b = claim(BORDER, "B", Figure.of(30_000, "troops"), day(2022, 2, 10))
    c = claim(BORDER, "C", Figure.of(31_000, "troops"), day(2021, 2, 10))
    report = check([a, b, c])
    assert sorted(len(f.claims) for f in report.by_kind("conflict")) == [2, 2]
    assert report.conflict_counts[a.id] == 2


def test_large_group_reports_outliers_not_pairs() -> None:
    """Above the pairwise limit a conflict names the outlier and the agreeing majority."""
    when = day(2022, 2, 10)
    agree = [claim(BORDER, f"outlet {i}", Figure.between(90_000 + i * 500, 110_000 + i * 500,
             "troops"), when) for i in range(20)]  # fmt: skip
    odd = claim(BORDER, "a lone blogger", Figure.of(5_000, "troops", text="5,000 troops"), when)
    report = check([*agree, odd], policy=Policy(pairwise_limit=5))
    (conflict,) = report.by_kind("conflict")
    assert conflict.claims == (odd,)
    assert "cannot hold with 20 of the 20 other claims of the same days" in conflict.explanation
    assert "the largest agreeing set, 20 claims from 20 sources" in conflict.explanation
    assert "a lone blogger said 5,000 troops" in conflict.explanation.lower()
    (summary,) = report.summary(BORDER)
    assert summary.outliers == (odd,)
    assert summary.consensus_size == 20
    assert summary.low == odd.figure.low


def test_explicit_groups_override_matching() -> None:
    """The groups mapping and Claim.group decide subject groups over the matcher."""
    a = claim("deaths in Herat", "A", Figure.of(2053, "people"), day(2023, 10, 8))
    b = claim("Herat toll", "B", Figure.of(1000, "people"), day(2023, 10, 8), group="herat")
    assert check([a, b]).findings == ()
    report = check([a, b], groups={"deaths in Herat": "herat"})
    assert kinds(report) == ["conflict"]
    assert set(report.groups) == {"herat"}


def test_matcher_groups_wordings_and_keeps_places_apart() -> None:
    """Differently worded subjects about one thing match; other places and actors do not."""
    subjects = [
        "Russian troops near Ukraine's border",
        "Russian forces on Ukraine's border",
        "soldiers massed around the borders of Ukraine",
        "Russian troops in Belarus",
        "US troops to Poland",
        "Belarusian troops near Ukraine's border",
    ]
    labels = match_subjects(subjects)
    assert labels[subjects[1]] == labels[subjects[0]] == labels[subjects[2]]
    assert len({labels[s] for s in subjects[3:]} | {labels[subjects[0]]}) == 4 or (
        labels[subjects[5]] == labels[subjects[0]]  # joined through the actor-less wording
    )
    assert labels[subjects[3]] != labels[subjects[0]]
    assert labels[subjects[4]] not in {labels[subjects[0]], labels[subjects[3]]}
    assert match_subjects(subjects[3:5])[subjects[3]] == subjects[3]


def test_timeline_lists_each_source_over_time() -> None:
    """The timeline gives each source's points in time order, in one unit."""
    tl = timeline(herat_story(), "Herat earthquake deaths")
    points = tl.series["the Afghan health ministry"]
    assert [p.value for p in points] == [2053.0, 1480.0]
    assert points[0].time < points[1].time
    assert tl.unit == "person"
    assert (
        "the Taliban government",
        day(2023, 10, 8),
        1000.0,
        800.0,
        1200.0,
        "approx",
    ) in tl.rows()


def test_finding_rejects_empty_claims() -> None:
    """A finding needs at least one claim."""
    with pytest.raises(ValueError, match="non-empty"):
        Finding(FindingKind.CONFLICT, (), "x", Severity.ERROR, "s")


def test_pairwise_limit_is_validated() -> None:
    """Policy.pairwise_limit must be an int of at least 2."""
    with pytest.raises(ValueError, match="pairwise_limit"):
        Policy(pairwise_limit=1)


# ---------------------------------------------------------------------------
# Laws
# ---------------------------------------------------------------------------

SUBJECTS = ["Russian troops near Ukraine's border", "Herat earthquake deaths"]
SOURCES = ["A", "B", "C", "D"]
HEDGES = [Hedge.EXACT, Hedge.APPROX, Hedge.NEARLY, Hedge.MORE_THAN, Hedge.UP_TO]

figures = st.builds(
    Figure.of,
    st.integers(0, 40).map(lambda k: k * 500 + 1000),
    st.sampled_from(["troops", "soldiers"]),
    hedge=st.sampled_from(HEDGES),
)
claims_st = st.builds(
    lambda subject, source, fig, offset: claim(
        subject, source, fig, None if offset is None else day(2022, 2, 1) + timedelta(days=offset)
    ),
    st.sampled_from(SUBJECTS),
    st.sampled_from(SOURCES),
    figures,
    st.one_of(st.none(), st.integers(0, 12)),
)
claim_lists = st.lists(claims_st, max_size=16)
policies = st.builds(Policy, pairwise_limit=st.sampled_from([2, 4, 12]))


def finding_set(report: Report) -> set[tuple[str, frozenset[str], str]]:
    return {
        (f.kind.value, frozenset(c.id for c in f.claims), f.explanation) for f in report.findings
    }


@given(claims_st)
def test_a_claim_never_conflicts_with_itself(c: Claim) -> None:
    """A claim, alone or repeated, yields no finding."""
    assert check([c, c]).findings == ()


@given(claim_lists, st.randoms(use_true_random=False), policies)
def test_findings_do_not_depend_on_input_order(cs: list[Claim], rnd: object, pol: Policy) -> None:
    """Shuffling the input leaves the findings unchanged."""
    shuffled = list(cs)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert check(cs, policy=pol).findings == check(shuffled, policy=pol).findings


@given(claim_lists, policies)
def test_check_is_idempotent_over_duplicates(cs: list[Claim], pol: Policy) -> None:
    """Feeding every claim twice changes no finding."""
    assert check(cs + cs, policy=pol).findings == check(cs, policy=pol).findings


def _restate(c: Claim) -> Claim:
    other = "soldier" if c.figure.unit == "troop" else "troop"
    return c.evolve(figure=c.figure.to(other), id=c.id)


@given(claim_lists, st.data())
def test_restating_in_another_unit_changes_no_finding(cs: list[Claim], data: st.DataObject) -> None:
    """Troops restated as soldiers (1:1) give the same findings, claim for claim."""
    flags = data.draw(st.lists(st.booleans(), min_size=len(cs), max_size=len(cs)))
    restated = [_restate(c) if f else c for c, f in zip(cs, flags, strict=True)]
    before = {(k, ids) for k, ids, _ in finding_set(check(cs))}
    after = {(k, ids) for k, ids, _ in finding_set(check(restated))}
    assert before == after


@given(st.lists(st.tuples(st.integers(1, 2000), st.sampled_from(HEDGES)), min_size=1, max_size=8),
       st.data())  # fmt: skip
def test_restating_kilometres_as_metres_changes_no_finding(
    figs: list[tuple[int, Hedge]], data: st.DataObject
) -> None:
    """Lengths restated from kilometres to metres give the same conflicts."""
    cs = [claim("length of the front line", f"S{i}", Figure.of(v / 10, "km", hedge=h),
                day(2022, 2, 10)) for i, (v, h) in enumerate(figs)]  # fmt: skip
    flags = data.draw(st.lists(st.booleans(), min_size=len(cs), max_size=len(cs)))
    restated = [
        c.evolve(figure=c.figure.to("metre"), id=c.id) if f else c
        for c, f in zip(cs, flags, strict=True)
    ]
    before = {(k, ids) for k, ids, _ in finding_set(check(cs))}
    after = {(k, ids) for k, ids, _ in finding_set(check(restated))}
    assert before == after


@given(claim_lists)
def test_conflict_is_symmetric(cs: list[Claim]) -> None:
    """If a conflicts with b then b conflicts with a: counts match on both sides of each pair."""
    report = check(cs, policy=Policy(pairwise_limit=64))
    for f in report.by_kind("conflict"):
        a, b = f.claims
        pair = check([b, a]).by_kind("conflict")
        assert len(pair) == 1
        assert set(pair[0].claims) == {a, b}


@given(claim_lists, st.floats(0, 0.5), st.floats(0, 0.5), st.sampled_from([2, 12]))
def test_widening_tolerance_never_adds_conflicts(
    cs: list[Claim], t1: float, t2: float, limit: int
) -> None:
    """A wider tolerance never adds a conflict or sum mismatch."""
    narrow, wide = sorted((t1, t2))
    problems = (FindingKind.CONFLICT, FindingKind.SUM_MISMATCH)
    r_narrow = check(cs, policy=Policy(tolerance=narrow, pairwise_limit=limit))
    r_wide = check(cs, policy=Policy(tolerance=wide, pairwise_limit=limit))
    assert {f.claims for f in r_wide.findings if f.kind in problems} <= {
        f.claims for f in r_narrow.findings if f.kind in problems
    }
    for cid, count in r_wide.conflict_counts.items():
        assert count <= r_narrow.conflict_counts.get(cid, 0)


def test_widening_tolerance_resolves_a_near_conflict() -> None:
    """A 10% tolerance turns 1.28 million against 1.5 million into agreement."""
    when = day(2023, 3, 7)
    a = claim("protesters", "A", Figure.of(1_280_000, "protesters"), when)
    b = claim("protesters", "B", Figure.of(1_500_000, "protesters"), when)
    assert kinds(check([a, b])) == ["conflict"]
    assert kinds(check([a, b], policy=attrs.evolve(Policy(), tolerance=0.1))) == ["corroboration"]


# ---------------------------------------------------------------------------
# Report views and the columnar internals
# ---------------------------------------------------------------------------


def test_summary_counts_every_claimant_and_the_consensus_ones() -> None:
    """GroupSummary.sources counts all claimants; consensus_sources those of the agreeing set."""
    when = day(2022, 2, 10)
    agree = [claim(BORDER, f"outlet {i % 3}", Figure.of(100_000, "troops"), when,
                   id=f"a{i}") for i in range(6)]  # fmt: skip
    odd = claim(BORDER, "a lone blogger", Figure.of(5_000, "troops"), when)
    (summary,) = check([*agree, odd], policy=Policy(pairwise_limit=2)).summary(BORDER)
    assert (summary.count, summary.sources, summary.consensus_sources) == (7, 4, 3)
    assert summary.outliers == (odd,)


def test_groups_and_conflict_counts_behave_as_read_only_mappings() -> None:
    """Report.groups and conflict_counts look up, iterate, compare and refuse unknown keys."""
    report = check(herat_story())
    label = match_subjects(["Herat earthquake deaths", "people killed in the Herat earthquake"])
    (name,) = set(label.values())
    assert list(report.groups) == [name]
    assert name in report.groups
    assert "x" not in report.groups
    claims = report.groups[name]
    assert [c.applies_at for c in claims] == sorted(c.applies_at for c in claims)  # type: ignore[type-var]
    assert dict(report.groups) == {name: claims}
    assert len(report.conflict_counts) == 2
    assert list(report.conflict_counts) == sorted(report.conflict_counts)
    assert set(report.conflict_counts.values()) == {1}
    with pytest.raises(KeyError):
        report.groups["no such group"]
    with pytest.raises(KeyError):
        report.conflict_counts["no such claim"]


def test_groups_order_claims_by_time_then_value() -> None:
    """Within a group, claims are ordered by time (undated last), then by their bounds."""
    a = claim("protesters", "A", Figure.of(300, "protesters"), day(2023, 3, 8))
    b = claim("protesters", "B", Figure.of(200, "protesters"), day(2023, 3, 7))
    c = claim("protesters", "C", Figure.of(100, "protesters"), day(2023, 3, 8))
    d = claim("protesters", "D", Figure.of(50, "protesters"), None)
    assert check([a, d, c, b]).groups["protesters"] == (b, c, a, d)


def test_duplicate_ids_keep_the_first_claim() -> None:
    """Of claims sharing an id, the first given is the one checked and reported."""
    when = day(2023, 3, 7)
    first = claim("protesters", "A", Figure.of(1_000, "protesters"), when, id="same")
    second = claim("protesters", "A", Figure.of(9_000, "protesters"), when, id="same")
    other = claim("protesters", "B", Figure.of(9_000, "protesters"), when)
    report = check([first, other, second])
    (conflict,) = report.by_kind("conflict")
    assert first in conflict.claims
    assert second not in conflict.claims
    assert report.groups["protesters"] == (first, other)


def test_mixed_explicit_groups_and_matched_subjects() -> None:
    """Claims with Claim.group and claims left to the matcher are grouped together correctly."""
    a = claim("deaths in Herat", "A", Figure.of(2053, "people"), day(2023, 10, 8), group="herat")
    b = claim("Herat earthquake deaths", "B", Figure.of(1000, "people"), day(2023, 10, 8))
    c = claim("Herat earthquake deaths", "C", Figure.of(1010, "people"), day(2023, 10, 8))
    report = check([a, b, c], groups={"Herat earthquake deaths": "herat"})
    assert set(report.groups) == {"herat"}
    assert {frozenset(f.claims) for f in report.by_kind("conflict")} == {
        frozenset({a, b}),
        frozenset({a, c}),
    }


def _disjoint(fa: Figure, fb: Figure) -> bool:
    """Whether two figures' intervals (widened by the check's 1e-9 slack) cannot both hold."""
    lo_a, lo_b = (-math.inf if f.low is None else f.low * (1 - 1e-9) for f in (fa, fb))
    hi_a, hi_b = (math.inf if f.high is None else f.high * (1 + 1e-9) for f in (fa, fb))
    return hi_a < lo_b or hi_b < lo_a


def _brute_force_conflicts(cs: list[Claim], pol: Policy) -> dict[str, int]:
    """Pairwise reference for conflict counts in groups no larger than the pairwise limit.

    Claims of two sources conflict within the time window; one source's claims (here
    without provenance, so in no known order) at one moment.
    """
    counts: dict[str, int] = {}
    cells: dict[object, list[Claim]] = {}
    labels = match_subjects({c.subject for c in cs})
    for c in {c.id: c for c in cs}.values():
        cells.setdefault(labels[c.subject], []).append(c)
    for members in cells.values():
        if len(members) > pol.pairwise_limit:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                ta, tb = a.applies_at, b.applies_at
                near = (
                    ta is None
                    or tb is None
                    or abs((ta - tb).total_seconds()) <= pol.same_time_window
                )
                apart = _disjoint(a.figure, b.figure)
                own = a.source.name == b.source.name
                moment = a.stated_at == b.stated_at and a.valid_at == b.valid_at
                if apart and ((near and not own) or (own and moment)):
                    for x in (a, b):
                        counts[x.id] = counts.get(x.id, 0) + 1
    return counts


@given(claim_lists)
def test_small_group_conflict_counts_match_a_pairwise_reference(cs: list[Claim]) -> None:
    """In groups up to the pairwise limit, conflict counts equal a brute-force pair check."""
    pol = Policy(pairwise_limit=64)
    assert dict(check(cs, policy=pol).conflict_counts) == _brute_force_conflicts(cs, pol)


def test_undated_agreeing_claims_are_listed_in_id_order() -> None:
    """Undated claims equal on every sort key are ordered by id, whatever the input order."""
    cs = [
        claim("Herat earthquake deaths", "A", Figure.of(1000, "troops"), None),
        claim("Herat earthquake deaths", "B", Figure.of(1000, "troops", hedge=Hedge.APPROX), None),
        claim(
            "Herat earthquake deaths", "B", Figure.of(1000, "soldiers", hedge=Hedge.APPROX), None
        ),
    ]
    pol = Policy(pairwise_limit=2)
    (forward,) = check(cs, policy=pol).by_kind("corroboration")
    (backward,) = check(cs[::-1], policy=pol).by_kind("corroboration")
    assert forward == backward
    tied = [c.id for c in forward.claims if c.source.name == "B"]
    assert tied == sorted(tied)


def test_a_person_changes_their_figure() -> None:
    """A person's revision reads "changed their figure"; a body's "changed its figure"."""
    toll = "death toll in Turkey"
    for kind, word in (("person", "their"), ("government", "its")):
        src = Source("Fuat Oktay" if kind == "person" else "AFAD", kind=kind)
        first = claim(toll, src, Figure.of(284), day(2023, 2, 6))
        later = claim(toll, src, Figure.of(912), day(2023, 2, 7))
        (change,) = check([first, later]).by_kind(FindingKind.CHANGE)
        assert f"{src.name} changed {word} figure for {toll}" in change.explanation


def test_open_figures_alone_corroborate_nothing() -> None:
    """'passed 4,300' and 'at least 18' agree but confirm nothing; two bounded figures do."""
    more = Figure.of(4300, "death", hedge=Hedge.MORE_THAN)
    least = Figure.of(18, "death", hedge=Hedge.AT_LEAST)
    when = day(2023, 2, 7)
    assert (
        check(
            [claim("death toll", "A", more, when), claim("death toll", "B", least, when)]
        ).findings
        == ()
    )
    about = claim("death toll", "C", Figure.of(5000, "death", hedge=Hedge.APPROX), when)
    five = claim("death toll", "D", Figure.of(5000, "death"), when)
    (corro,) = check([claim("death toll", "A", more, when), about, five]).by_kind("corroboration")
    assert sorted(c.source.name for c in corro.claims) == ["A", "C", "D"]


def test_a_rate_changes_in_its_own_unit() -> None:
    """A monthly rate's change reads 'down 174,000 jobs per month', never per second."""
    before = claim("jobs added", "Labor", Figure.of(399_000, "job_per_month"), day(2023, 1, 5))
    after = claim("jobs added", "Labor", Figure.of(225_000, "job_per_month"), day(2024, 1, 5))
    (change,) = check([before, after]).by_kind("change")
    assert "down 174,000 jobs per month (-44%)" in change.explanation


def test_figures_of_one_day_show_their_times() -> None:
    """A live blog's 10:15 and 21:30 figures read with their times, not as one moment."""
    morning = claim("death toll", "AFAD", Figure.of(29), day(2024, 1, 17, 10))
    night = claim("death toll", "Erdogan", Figure.of(47), day(2024, 1, 17, 21))
    (conflict,) = check([morning, night]).findings
    assert "(17 Jan 2024, 10:00 UTC)" in conflict.explanation
    assert "(17 Jan 2024, 21:00 UTC)" in conflict.explanation
    later = claim("death toll", "AFAD", Figure.of(41), day(2024, 1, 17, 14))
    (change,) = check([morning, later]).by_kind("change")
    assert "from 29 (17 Jan 2024, 10:00 UTC) to 41 (17 Jan 2024, 14:00 UTC)" in change.explanation
    apart = claim("death toll", "Erdogan", Figure.of(47), day(2024, 1, 18, 21))
    (other,) = check([morning, apart]).findings
    assert "(17 Jan 2024)" in other.explanation


def test_figures_for_two_periods_are_put_not_changed() -> None:
    """A source's figures for two periods read "its figure ... went from", not as a revision."""
    ministry = Source("interior ministry", kind="government")
    pct = "percent"
    now = claim("turnout", ministry, Figure.of(63.4, pct), day(2023, 3, 1))
    then = claim(
        "turnout", ministry, Figure.of(58.1, pct), day(2023, 3, 1), valid_at=day(2019, 1, 1)
    )
    (change,) = check([now, then]).by_kind(FindingKind.CHANGE)
    assert change.claims == (then, now)
    assert change.explanation == (
        "Interior ministry's figure for turnout went from 58.1 percent (1 Jan 2019) to"
        " 63.4 percent (1 Mar 2023), up 5.3 percentage points (+9%)."
    )


# ---------------------------------------------------------------------------
# Changes and levels
# ---------------------------------------------------------------------------


def test_a_change_matches_neither_a_level_nor_the_opposite_change() -> None:
    """'rise in X' never joins 'X' or 'fall in X', but joins another wording of a rise in X."""
    labels = match_subjects(
        ["unemployment", "rise in unemployment", "fall in unemployment", "rise in jobless rate"]
    )
    assert len({labels["unemployment"], labels["rise in unemployment"]}) == 2
    assert labels["rise in unemployment"] != labels["fall in unemployment"]
    more = match_subjects(["rise in house prices in London", "rise in London house prices"])
    assert len(set(more.values())) == 1


def test_a_change_and_a_level_of_one_thing_do_not_conflict() -> None:
    """'Unemployment rose 0.2%' and 'Unemployment was 4.5%' are no conflict; two rises may be."""
    pct = Figure.of(0.2, "percent")
    report = check(
        [
            claim("rise in unemployment", "ministry", pct, day(2024, 6, 3)),
            claim("unemployment", "central bank", Figure.of(4.5, "percent"), day(2024, 6, 3)),
        ]
    )
    assert kinds(report) == []
    report = check(
        [
            claim("rise in unemployment", "ministry", pct, day(2024, 6, 3)),
            claim("rise in unemployment", "bank", Figure.of(0.5, "percent"), day(2024, 6, 3)),
        ]
    )
    assert kinds(report) == ["conflict"]


def test_a_rate_per_so_many_matches_its_like_only() -> None:
    """'cases per 100,000 people' meets only the same base, never a count of cases."""
    subjects = ["cases per 100,000 people", "cases", "measles cases per 100,000 people"]
    labels = match_subjects([*subjects, "cases per 1,000 people"])
    assert labels["cases per 100,000 people"] != labels["cases"]
    assert labels["cases per 100,000 people"] == labels["measles cases per 100,000 people"]
    assert labels["cases per 100,000 people"] != labels["cases per 1,000 people"]


@pytest.mark.parametrize(
    ("subject", "little"),
    [
        ("percent", True),
        ("people", True),
        ("euros", True),
        ("hectares", True),
        ("rise in percent", True),
        ("kroner", True),
        ("troops", False),
        ("people died", False),
        ("share of GDP", False),
        ("dollars per month", False),
        ("Turnout", False),
    ],
)
def test_a_subject_of_a_measure_alone_says_little(subject: str, little: bool) -> None:
    """A subject naming only a measure or a generic word says nothing of what is measured."""
    assert _says_little(subject) is little


def test_a_part_matches_parts_only() -> None:
    """'part of people injured, critically' never joins 'people injured', but joins its like."""
    labels = match_subjects(
        [
            "people injured",
            "part of people injured, critically",
            "part of people injured critically",
        ]
    )
    assert labels["people injured"] != labels["part of people injured, critically"]
    assert (
        labels["part of people injured, critically"] == labels["part of people injured critically"]
    )


def test_the_drowned_are_the_dead() -> None:
    """'people drowned' meets 'death toll' and 'people died', as 'people killed' does."""
    labels = match_subjects(["people drowned", "death toll", "people died"])
    assert len(set(labels.values())) == 1


def test_a_rate_matches_no_total() -> None:
    """'people died per day' and 'people died' are apart; two daily rates match."""
    labels = match_subjects(["people died per day", "people died", "deaths per day"])
    assert labels["people died per day"] != labels["people died"]
    assert labels["people died per day"] == labels["deaths per day"]


def test_an_armys_losses_are_its_dead() -> None:
    """'Russian troops lost' matches 'Russian troops killed'; tanks lost and homes lost do not."""
    labels = match_subjects(
        ["Russian troops killed", "Russian troops lost", "Russian tanks lost", "people lost homes"]
    )
    assert labels["Russian troops lost"] == labels["Russian troops killed"]
    assert labels["Russian tanks lost"] != labels["Russian troops killed"]
    assert labels["people lost homes"] == "people lost homes"


def test_a_bare_generic_subject_joins_only_its_like() -> None:
    """'people' alone joins neither 'people killed' nor 'people injured', but joins 'people'."""
    labels = match_subjects(["people", "people killed", "people injured", "persons"])
    assert labels["people"] not in {labels["people killed"], labels["people injured"]}
    assert labels["people"] == labels["persons"]


def test_a_percentage_changes_by_percentage_points() -> None:
    """A source's percentage moving from 58.1% to 63.4% is up 5.3 percentage points."""
    report = check(
        [
            claim("turnout", "ministry", Figure.of(58.1, "percent"), day(2024, 6, 3, 9)),
            claim("turnout", "ministry", Figure.of(63.4, "percent"), day(2024, 6, 3, 20)),
        ]
    )
    (finding,) = report.findings
    assert finding.kind is FindingKind.CHANGE
    assert "up 5.3 percentage points (+9%)" in finding.explanation


# ---------------------------------------------------------------------------
# One source, two figures, no time between them
# ---------------------------------------------------------------------------

BLAST = "people died in the blast"
MINISTRY = Source("health ministry", kind="government")
FIRST = "The health ministry said 20 people died in the blast."
LATER = "In a later update, the health ministry said 35 people died in the blast."


def stated(
    fig: Figure, quote: str | None, start: int | None, document: str | None = "a.txt",
    when: datetime | None = None, source: Source = MINISTRY, **kw: object,
) -> Claim:  # fmt: skip
    """A claim of the health ministry about the blast, quoted from a document at an offset."""
    span = None if start is None else (start, start + len(fig.text or "x"))
    prov = Provenance(document=document, quote=quote, span=span)
    return claim(BLAST, source, fig, when, provenance=prov, **kw)


def twenty() -> Figure:
    return Figure.of(20, "people", text="20 people")


def thirty_five() -> Figure:
    return Figure.of(35, "people", text="35 people")


def test_a_source_restating_later_in_one_document_changed_its_figure() -> None:
    """20 then, in a later sentence of one document, 35 with no time between is a change."""
    first = stated(twenty(), FIRST, 25)
    later = stated(thirty_five(), LATER, 98)
    report = check([later, first])
    (change,) = report.findings
    assert change.kind is FindingKind.CHANGE
    assert change.severity is Severity.INFO
    assert change.claims == (first, later)
    assert change.explanation == (
        "Health ministry changed its figure for people died in the blast in a.txt with no time"
        " between the two (both undated): first 20 people, then 35 people, up 15 (+75%)."
    )
    assert not report.has_problems
    assert dict(report.conflict_counts) == {}


def test_the_text_order_decides_a_revision_not_the_values() -> None:
    """35 stated before 20 in the text reads "first 35 people, then 20 people", down."""
    when = day(2023, 3, 1)
    first = stated(thirty_five(), FIRST.replace("20", "35"), 25, when=when)
    later = stated(twenty(), LATER.replace("35", "20"), 98, when=when)
    (change,) = check([first, later]).findings
    assert change.claims == (first, later)
    assert "(both 1 Mar 2023): first 35 people, then 20 people, down 15 (-43%)." in (
        change.explanation
    )


def test_a_source_in_two_documents_at_one_time_conflicts_with_itself() -> None:
    """The ministry's 20 in one document and 35 in another, both of one day, conflict."""
    when = day(2023, 3, 1)
    a = stated(twenty(), FIRST, 25, "a.txt", when)
    b = stated(thirty_five(), FIRST.replace("20", "35"), 25, "b.txt", when)
    report = check([b, a])
    (conflict,) = report.findings
    assert conflict.kind is FindingKind.CONFLICT
    assert report.has_problems
    assert conflict.claims == (a, b)
    assert conflict.explanation == (
        "Health ministry said 20 people in a.txt but also 35 people in b.txt about people died"
        " in the blast, with no time between them (both 1 Mar 2023): the figures cannot both"
        " hold."
    )
    assert dict(report.conflict_counts) == {a.id: 1, b.id: 1}


def test_a_source_relayed_twice_names_both_relays() -> None:
    """One claimant relayed by two outlets with two figures names each relay."""
    reuters = Source("health ministry", reported_by=Source("Reuters"))
    ap = Source("health ministry", reported_by=Source("AP"))
    a = stated(twenty(), None, None, "a.txt", source=reuters)
    b = stated(thirty_five(), None, None, "b.txt", source=ap)
    (conflict,) = check([a, b]).findings
    assert conflict.explanation.startswith(
        "Health ministry (via Reuters) said 20 people in a.txt but health ministry (via AP)"
        " said 35 people in b.txt about"
    )


def test_undated_figures_without_provenance_conflict() -> None:
    """One source's two undated figures with nothing to order them conflict."""
    a = claim(BLAST, MINISTRY, twenty(), None)
    b = claim(BLAST, MINISTRY, thirty_five(), None)
    (conflict,) = check([a, b]).findings
    assert conflict.kind is FindingKind.CONFLICT
    assert conflict.explanation.endswith("with no time between them (both undated): the figures"
                                         " cannot both hold.")  # fmt: skip


def _opens_a_sentence(explanation: str) -> bool:
    return explanation[:1].isupper() or explanation[:1].isdigit()


def test_every_kind_of_explanation_opens_with_a_capital() -> None:
    """Every kind of finding about lower-case sources opens with a capital letter (or a digit)."""
    police, ministry = Source("police"), Source("interior ministry")
    now, then = day(2023, 3, 1), day(2023, 3, 8)
    crowd = "protesters in Paris"
    reports = [
        check(
            [
                claim(crowd, police, Figure.of(20_000), now),
                claim(crowd, police, Figure.of(90_000), then),
            ]
        ),
        check(
            [
                claim(crowd, ministry, Figure.of(58.1, "percent"), now, valid_at=day(2019, 1, 1)),
                claim(crowd, ministry, Figure.of(63.4, "percent"), now),
            ]
        ),
        check([stated(twenty(), FIRST, 25), stated(thirty_five(), LATER, 98)]),
        check(
            [
                claim(crowd, police, Figure.of(20_000), now),
                claim(crowd, "unions", Figure.of(90_000), now),
            ]
        ),
        check(
            [claim(BLAST, MINISTRY, twenty(), None), claim(BLAST, MINISTRY, thirty_five(), None)]
        ),
        check(
            [claim(crowd, f"outlet {k}", Figure.of(20_000), now) for k in range(5)]
            + [claim(crowd, "a blogger", Figure.of(90_000), now)],
            policy=Policy(pairwise_limit=2),
        ),
        check(
            [
                claim(crowd, police, Figure.of(5_000), now, key="all"),
                claim(crowd, police, Figure.of(100), now, parts_of="all"),
            ]
        ),
    ]
    found = {f.kind for r in reports for f in r.findings}
    assert found == set(FindingKind)
    for report in reports:
        for finding in report.findings:
            assert _opens_a_sentence(finding.explanation), finding.explanation
    assert reports[0].findings[0].explanation.startswith("Police changed its figure")
    assert reports[1].findings[0].explanation.startswith("Interior ministry's figure")


def test_a_sentence_opening_keeps_the_case_of_names() -> None:
    """A name written 'eBay' or a file name keeps its case; 'the United States' is capitalised."""
    when, later = day(2023, 3, 1), day(2023, 3, 8)
    for name, opening in (
        ("eBay", "eBay changed"),
        ("france24-liveblog-2022-02-10.txt", "france24-liveblog-2022-02-10.txt changed"),
        ("the United States", "The United States changed"),
    ):
        (change,) = check(
            [claim("sales", name, Figure.of(20), when), claim("sales", name, Figure.of(90), later)]
        ).findings
        assert change.explanation.startswith(opening)
        assert "the United States" not in change.explanation[1:]


@given(claim_lists, policies)
def test_explanations_open_as_sentences(cs: list[Claim], pol: Policy) -> None:
    """Every explanation of lower-case sources opens with a capital letter or a digit."""
    lower = [c.evolve(source=Source(f"the {c.source.name.lower()} agency")) for c in cs]
    for finding in check(lower, policy=pol).findings:
        assert _opens_a_sentence(finding.explanation), finding.explanation


def test_one_valid_time_without_statement_times_is_one_moment() -> None:
    """Two figures for one day, neither with a statement time, are of one moment: no change."""
    when = day(2024, 1, 1)
    a = claim(BLAST, MINISTRY, twenty(), None, valid_at=when)
    b = claim(BLAST, MINISTRY, thirty_five(), None, valid_at=when)
    assert kinds(check([a, b])) == ["conflict"]


def test_one_sentence_relating_two_figures_is_no_revision() -> None:
    """'cut its growth forecast to 2% from 2.5%' relates its figures itself: no finding."""
    quote = "The central bank cut its growth forecast to 2% from 2.5%."
    bank = Source("central bank")
    two = stated(Figure.of(2, "percent", text="2%"), quote, 467, source=bank)
    more = stated(Figure.of(2.5, "percent", text="2.5%"), quote, 475, source=bank)
    assert check([two, more]).findings == ()
    apart = [c.evolve(provenance=attrs.evolve(c.provenance, document=d))
             for c, d in ((two, "a.txt"), (more, "b.txt"))]  # fmt: skip
    assert kinds(check(apart)) == ["conflict"]  # two documents' sentences: no longer one


@pytest.mark.parametrize("quote", ['"Another 1,000 will follow."', '"1,000 more will follow."'])
def test_a_figure_of_more_is_no_revision(quote: str) -> None:
    """'Another 1,000' or '1,000 more' adds to the earlier 3,000 rather than restating it."""
    kirby = Source("Kirby", kind="person")
    subject = "troops deployed"
    said = '"About 3,000 troops will deploy."'
    first = claim(subject, kirby, Figure.of(3000, "troops", hedge=Hedge.APPROX,
                  text="About 3,000 troops"), None,
                  provenance=Provenance(document="a.txt", quote=said, span=(1, 19)))  # fmt: skip
    more = claim(subject, kirby, Figure.of(1000, "troops", text="1,000"), None,
                 provenance=Provenance(document="a.txt", quote=quote, span=(60, 65)))  # fmt: skip
    assert check([first, more]).findings == ()


def test_agreeing_figures_other_times_and_other_subjects_are_no_revision() -> None:
    """Overlapping figures, figures for two days and two subjects give no same-moment finding."""
    about = Figure.of(21, "people", hedge=Hedge.APPROX, text="about 21 people")
    assert check([stated(twenty(), FIRST, 25), stated(about, LATER, 98)]).findings == ()
    monday = stated(twenty(), FIRST, 25, valid_at=day(2023, 2, 27))
    tuesday = stated(thirty_five(), LATER, 98, valid_at=day(2023, 2, 28))
    (change,) = check([monday, tuesday]).findings
    assert "no time between" not in change.explanation  # a change over time, as before
    hurt = stated(thirty_five(), LATER, 98).evolve(subject="tanks destroyed in the blast")
    assert check([stated(twenty(), FIRST, 25), hurt]).findings == ()


def test_a_revision_in_an_article_is_found_end_to_end() -> None:
    """An article's "In a later update" restatement is a change of the ministry's figure."""
    from claimtrack.extract import extract_claims

    claims = extract_claims(f"{FIRST} {LATER}", document="blast.txt")
    (change,) = check(claims).findings
    assert change.kind is FindingKind.CHANGE
    assert "in blast.txt with no time between the two (both undated): first 20 people, then 35" in (
        change.explanation
    )


# one source's claims of one moment in one or two documents, in some order, some in one sentence
DOCS = ["a.txt", "b.txt", None]
moment_claims = st.lists(
    st.builds(
        lambda value, doc, start, sentence: stated(
            Figure.of(value, "people", text=f"{value} people"),
            None if sentence is None else f"sentence {sentence}",
            start,
            doc,
        ),
        st.integers(1, 8).map(lambda k: k * 10),
        st.sampled_from(DOCS),
        st.one_of(st.none(), st.integers(0, 5)),
        st.one_of(st.none(), st.integers(0, 3)),
    ),
    max_size=8,
)


@given(moment_claims, st.randoms(use_true_random=False))
def test_a_moments_findings_do_not_depend_on_input_order(cs: list[Claim], rnd: object) -> None:
    """Shuffling one source's claims of one moment leaves the findings unchanged."""
    shuffled = list(cs)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert check(cs).findings == check(shuffled).findings


@given(st.integers(1, 8), st.integers(1, 8), st.booleans(), st.booleans())
def test_two_figures_of_a_moment_give_one_finding_iff_disjoint(
    x: int, y: int, one_document: bool, swap: bool
) -> None:
    """Two figures of one moment give one finding exactly when they cannot both hold.

    In one document it is a change whose direction follows the text order (swapping the
    offsets reverses it); in two documents a conflict whatever the order.
    """
    fx = Figure.of(x * 10, "people", text=f"{x * 10} people")
    fy = Figure.of(y * 10, "people", text=f"{y * 10} people")
    starts = (70, 10) if swap else (10, 70)
    a = stated(fx, "first sentence", starts[0], "a.txt")
    b = stated(fy, "second sentence", starts[1], "a.txt" if one_document else "b.txt")
    findings = check([a, b]).findings
    if not _disjoint(fx, fy):
        assert findings == ()
        return
    (finding,) = findings
    if not one_document:
        assert finding.kind is FindingKind.CONFLICT
        assert set(finding.claims) == {a, b}
        return
    assert finding.kind is FindingKind.CHANGE
    assert finding.claims == ((b, a) if swap else (a, b))
    before, after = finding.claims
    direction = "up" if after.figure.value > before.figure.value else "down"  # type: ignore[operator]
    assert f", {direction} " in finding.explanation


def test_the_dead_and_the_injured_are_counted_apart() -> None:
    """'people died in the blast' joins neither the injured nor 'killed and injured'."""
    labels = match_subjects(
        [
            "people died in the blast",
            "people killed in the blast",
            "people injured in the blast",
            "people wounded in the blast",
            "people killed or injured in the blast",
        ]
    )
    assert labels["people died in the blast"] == labels["people killed in the blast"]
    assert labels["people injured in the blast"] == labels["people wounded in the blast"]
    assert len(set(labels.values())) == 3
    dead = claim("people died in the blast", MINISTRY, twenty(), None)
    hurt = claim("people injured in the blast", MINISTRY, thirty_five(), None)
    assert check([dead, hurt]).findings == ()


def test_a_documents_own_voice_neither_revises_nor_contradicts_itself() -> None:
    """The narrator's 20 then 15 killed, in one article or two, are two events, not a revision."""
    from claimtrack.extract import UNATTRIBUTED

    first = "The first blast killed 20 people."
    second = "A second blast an hour later killed 15 people."
    for name, prov in (("x.txt", {"document": "x.txt"}), ("AFP", {"outlet": "AFP"}),
                       (UNATTRIBUTED, {})):  # fmt: skip
        voice = Source(name, kind="outlet")
        a = claim("people killed", voice, twenty(), None,
                  provenance=Provenance(quote=first, span=(23, 32), **prov))  # fmt: skip
        b = claim("people killed", voice, Figure.of(15, "people", text="15 people"), None,
                  provenance=Provenance(quote=second, span=(70, 79), **prov))  # fmt: skip
        assert check([a, b]).findings == ()
        other = b.evolve(provenance=attrs.evolve(b.provenance, url="https://b.example"))
        assert check([a, other]).findings == ()
    named = Source("AFP", kind="agency")  # a named claimant, not the document's voice
    a = claim("people killed", named, twenty(), None, provenance=Provenance(
        document="x.txt", quote=first, span=(23, 32)))  # fmt: skip
    b = claim("people killed", named, Figure.of(15, "people", text="15 people"), None,
              provenance=Provenance(document="x.txt", quote=second, span=(70, 79)))  # fmt: skip
    assert kinds(check([a, b])) == ["change"]


def test_generic_words_do_not_make_subjects_alike() -> None:
    """'people' weighs nothing: deaths in the blast and in hospital stay apart; deaths meet."""
    apart = match_subjects(["people died in the blast", "people died in hospital"])
    assert apart["people died in the blast"] != apart["people died in hospital"]
    labels = match_subjects(["people killed", "people killed in the attack", "deaths linked"])
    assert labels["people killed"] == labels["people killed in the attack"]
    assert labels["people killed"] == labels["deaths linked"]
    blast = claim("people died in the blast", MINISTRY, twenty(), None)
    hospital = claim("people died in hospital", MINISTRY, Figure.of(12, "people"), None)
    assert check([blast, hospital]).findings == ()


# ---------------------------------------------------------------------------
# Speed helpers: each must give what the plain numpy call it replaces gives
# ---------------------------------------------------------------------------

_SMALL_INTS = st.lists(st.integers(0, 50), max_size=60)
_WIDE_INTS = st.lists(st.integers(0, 2**40), max_size=60)


@given(st.one_of(_SMALL_INTS, _WIDE_INTS))
def test_unique_inverse_is_numpy_unique(values: list[int]) -> None:
    """Numbering integers by counting or by sorting gives np.unique's values and inverse."""
    import numpy as np

    from claimtrack.consistency import _unique_inverse

    arr = np.array(values, dtype=np.int64)
    distinct, inverse = _unique_inverse(arr)
    want, want_inverse = np.unique(arr, return_inverse=True)
    assert distinct.tolist() == want.tolist()
    assert inverse.tolist() == want_inverse.ravel().tolist()
    assert inverse.dtype == np.int64


@given(st.one_of(_SMALL_INTS, _WIDE_INTS), st.booleans())
def test_sort_below_sorts(values: list[int], wide: bool) -> None:
    """The packed sort is a stable argsort; the fallback for wide values still sorts."""
    import numpy as np

    from claimtrack.consistency import _sort_below

    arr = np.array(values, dtype=np.int64)
    top = 2**62 if wide else int(arr.max(initial=0)) + 1
    order, ordered = _sort_below(arr, top)
    assert ordered.tolist() == sorted(values)
    assert arr[order].tolist() == sorted(values)
    if not wide:
        assert order.tolist() == np.argsort(arr, kind="stable").tolist()


_INSTANTS = st.sampled_from(
    [None, day(2022, 1, 1), day(2022, 1, 1).astimezone(PARIS), day(2022, 1, 2), day(2021, 5, 5)]
)


@given(st.lists(st.tuples(_INSTANTS, _INSTANTS), min_size=1, max_size=12))
def test_time_ranks_order_as_times(times: list[tuple[datetime | None, datetime | None]]) -> None:
    """The ranks of the check's times compare as the times do, undated last, one zone or two."""
    from claimtrack.consistency import _columns
    from claimtrack.policy import DEFAULT_POLICY

    claims = [
        claim("people killed", "A", Figure.of(i + 1, "people"), stated, valid_at=valid)
        for i, (stated, valid) in enumerate(times)
    ]
    cols = _columns(claims, DEFAULT_POLICY, None)

    def key(t: float) -> float:
        return math.inf if math.isnan(t) else t

    for ranks, values in ((cols.time_rank, cols.time), (cols.stated_rank, cols.stated)):
        assert ranks.max() < cols.ntimes
        for i in range(len(claims)):
            for j in range(len(claims)):
                assert (ranks[i] < ranks[j]) == (key(values[i]) < key(values[j]))
                assert (ranks[i] == ranks[j]) == (key(values[i]) == key(values[j]))


def test_findings_built_unchecked_equal_checked_ones() -> None:
    """A finding the check builds without validators equals one built with them."""
    from claimtrack.consistency import _finding

    c = claim("people killed", "A", Figure.of(3, "people"), day(2022, 1, 1))
    made = _finding(FindingKind.CONFLICT, (c,), "Text.", Severity.ERROR, "people killed")
    checked = Finding(FindingKind.CONFLICT, (c,), "Text.", Severity.ERROR, "people killed")
    assert made == checked
    assert hash(made) == hash(checked)
    assert made.sort_key() == checked.sort_key()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.explanation = "other"  # type: ignore[misc]


@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 30)), max_size=40), st.booleans())
def test_distinct_per_key_counts(pairs: list[tuple[int, int]], wide: bool) -> None:
    """Distinct values per key are counted alike by a table and, for wide values, by a sort."""
    import numpy as np

    from claimtrack.consistency import _distinct_per_key

    scale = 10**6 if wide else 1  # wide values leave the table for the sort
    key = np.array([k for k, _ in pairs], dtype=np.int64)
    value = np.array([v * scale for _, v in pairs], dtype=np.int64)
    counts = _distinct_per_key(key, value, 10)
    assert counts.tolist() == [len({v for k, v in pairs if k == key_}) for key_ in range(10)]
    assert counts.dtype == np.int64
