"""Tests of claimtrack.extract: sources, subjects and times of claims read from text.

The seed excerpts are from FRANCE 24 live blogs (FRANCE 24 with AFP, 2 and 10 February 2022).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.consistency import check, match_subjects
from claimtrack.exceptions import ClaimtrackError, InvalidClaim
from claimtrack.extract import (
    UNATTRIBUTED,
    Mention,
    extract_claims,
    find_figures,
    split_sentences,
)
from claimtrack.model import Claim, Hedge

PARIS = timezone(timedelta(hours=1))
DATA = Path(__file__).resolve().parent.parent / "examples" / "data"


def _blog(name: str, day: date) -> tuple[str, list[Claim]]:
    text = (DATA / name).read_text(encoding="utf-8")
    return text, extract_claims(text, published=day, outlet="FRANCE 24", document=name)


@pytest.fixture(scope="module")
def feb10() -> tuple[str, list[Claim]]:
    """The 10 February 2022 live blog and its claims."""
    return _blog("france24-liveblog-2022-02-10.txt", date(2022, 2, 10))


@pytest.fixture(scope="module")
def feb02() -> tuple[str, list[Claim]]:
    """The 2 February 2022 live blog and its claims."""
    return _blog("france24-liveblog-2022-02-02.txt", date(2022, 2, 2))


def _one(claims: list[Claim], surface: str) -> Claim:
    found = [c for c in claims if c.figure.text == surface]
    assert len(found) == 1, [c.figure.text for c in claims]
    return found[0]


# ---------------------------------------------------------------------------
# the seed blogs
# ---------------------------------------------------------------------------


def test_seed_more_than_100000_soldiers(feb10: tuple[str, list[Claim]]) -> None:
    """The 02:20 am entry's 100,000 soldiers: hedge, unit, subject, outlet source, Feb 11 time."""
    _, claims = feb10
    c = _one(claims, "more than 100,000 soldiers")
    assert c.figure.hedge is Hedge.MORE_THAN
    assert c.figure.value == 100_000
    assert c.figure.unit == "soldier"
    assert c.subject == "Russian troops massed near Ukraine's borders"
    assert c.source.name == "FRANCE 24"
    assert c.source.kind == "outlet"
    assert c.stated_at == datetime(2022, 2, 11, 2, 20, tzinfo=PARIS)
    assert c.stated_at is not None
    assert c.stated_at.utcoffset() == timedelta(hours=1)


def test_seed_30000_troops_planned_for_belarus(feb10: tuple[str, list[Claim]]) -> None:
    """The 30,000 troops are the United States' figure for a dispatch to Belarus."""
    _, claims = feb10
    c = _one(claims, "30,000 troops personnel")
    assert c.source.name == "the United States"
    assert c.source.kind == "government"
    assert "dispatched to" in c.subject
    assert "Belarus" in c.subject
    assert c.stated_at == datetime(2022, 2, 10, 8, 30, tzinfo=PARIS)


def test_seed_six_warships_reported_by_interfax(feb10: tuple[str, list[Claim]]) -> None:
    """Six warships: Russia's Defence Ministry via Interfax, stated on Tuesday 8 February."""
    _, claims = feb10
    c = _one(claims, "Six Russian warships")
    assert c.source.name == "Russia's Defence Ministry"
    assert c.source.kind == "government"
    assert c.source.reported_by is not None
    assert c.source.reported_by.name == "Interfax"
    assert c.source.reported_by.kind == "outlet"
    assert c.stated_at is not None
    assert c.stated_at.date() == date(2022, 2, 8)
    assert c.subject == "Russian warships heading to the Black Sea"


def test_seed_quoted_figure_is_the_speakers(feb10: tuple[str, list[Claim]]) -> None:
    """A figure inside a quotation belongs to the person the quote is attributed to."""
    _, claims = feb10
    c = _one(claims, "100,000 troops")
    assert c.source.name == "Liz Truss"
    assert c.source.kind == "person"
    assert c.stated_at == datetime(2022, 2, 10, 11, 30, tzinfo=PARIS)


def test_seed_10feb_entries_cross_midnight(feb10: tuple[str, list[Claim]]) -> None:
    """Entries after the 12:15 am February 11 stamp fall on the 10th, those before on the 11th."""
    _, claims = feb10
    tens = _one(claims, "tens of thousands of troops")
    assert tens.stated_at == datetime(2022, 2, 10, 23, 25, tzinfo=PARIS)
    assert tens.subject.startswith("Russian troops amassed on Russia's border")


def test_seed_nearly_3000_american_troops(feb02: tuple[str, list[Claim]]) -> None:
    """The lead's 3,000 troops: the Pentagon's, bound for eastern Europe, at publication."""
    _, claims = feb02
    c = _one(claims, "nearly 3,000 American troops")
    assert c.figure.hedge is Hedge.NEARLY
    assert c.source.name == "Pentagon"
    assert c.source.kind == "government"
    assert c.subject == "American troops deployed to eastern Europe"
    assert c.stated_at == datetime(2022, 2, 2, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("surface", "place", "source"),
    [
        ("1,700 US troops", "to Poland", "source familiar with the details"),
        ("300", "to Germany", "source familiar with the details"),
        ("About 1,000 Germany-based troops", "to Romania", "source familiar with the details"),
        ("around 1,000 US service members", "to Romania", "Pentagon"),
        ("around 1,700 service members", "to Poland", "FRANCE 24"),
    ],
)
def test_seed_deployments(
    feb02: tuple[str, list[Claim]], surface: str, place: str, source: str
) -> None:
    """Each US deployment figure gets its destination and its source."""
    _, claims = feb02
    c = _one(claims, surface)
    assert c.subject.endswith(place), c.subject
    assert c.source.name == source


def test_seed_unnamed_source_and_ellipsis(feb02: tuple[str, list[Claim]]) -> None:
    """An elliptical "another 300" takes the troops, verb and source of "1,700 US troops"."""
    _, claims = feb02
    c = _one(claims, "300")
    assert c.subject == "US troops deployed to Germany"
    assert c.source.kind == "unnamed"
    assert c.stated_at == datetime(2022, 2, 2, 16, 28, tzinfo=PARIS)


def test_seed_8500_troops(feb02: tuple[str, list[Claim]]) -> None:
    """The 8,500 troops: on alert in the 17:58 entry, Stoltenberg's in the 18:15 quote."""
    _, claims = feb02
    found = [c for c in claims if c.figure.text == "8,500 troops"]
    assert len(found) == 2
    by_time = {c.stated_at: c for c in found}
    alert = by_time[datetime(2022, 2, 2, 17, 58, tzinfo=PARIS)]
    assert alert.subject == "US troops put on alert"
    quoted = by_time[datetime(2022, 2, 2, 18, 15, tzinfo=PARIS)]
    assert quoted.source.name == "Jens Stoltenberg"
    assert quoted.source.kind == "person"


def test_seed_red_cross_and_casualties(feb02: tuple[str, list[Claim]]) -> None:
    """Hundreds of thousands of people (the Red Cross) and more than 13,000 killed (the outlet)."""
    _, claims = feb02
    people = _one(claims, "Hundreds of thousands of people")
    assert people.source.name == "Red Cross"
    assert people.figure.hedge is Hedge.VAGUE
    assert people.subject.startswith("people in eastern Ukraine")
    killed = _one(claims, "More than 13,000 people")
    assert killed.subject == "people killed in the fighting"
    assert killed.source.name == "FRANCE 24"
    assert killed.stated_at == datetime(2022, 2, 2, 17, 18, tzinfo=PARIS)


@pytest.mark.parametrize("fixture", ["feb02", "feb10"])
def test_seed_non_figures_give_no_claim(fixture: str, request: pytest.FixtureRequest) -> None:
    """Clock times, years, "82nd Airborne" and "Covid-19" are not claims."""
    text, claims = request.getfixturevalue(fixture)
    spans = [c.provenance.span for c in claims if c.provenance.span]
    covered = [text[a:b] for a, b in spans]
    for word in ("2015", "82nd", "Covid-19", "02:25", "21:30", "2014", "2017", "February 20"):
        assert not any(word in s for s in covered), word


@pytest.mark.parametrize("fixture", ["feb02", "feb10"])
def test_seed_provenance(fixture: str, request: pytest.FixtureRequest) -> None:
    """Each claim's span indexes its figure and its quote is the sentence that holds it."""
    text, claims = request.getfixturevalue(fixture)
    assert claims
    for c in claims:
        p = c.provenance
        assert p.span is not None
        assert p.quote is not None
        assert text[p.span[0] : p.span[1]] == c.figure.text
        assert c.figure.text in p.quote
        assert p.outlet == "FRANCE 24"
        assert p.published is not None
        assert p.published.tzinfo is not None


# ---------------------------------------------------------------------------
# attribution
# ---------------------------------------------------------------------------


def _source(text: str) -> tuple[str, str | None]:
    [c] = extract_claims(text, outlet="Outlet")
    return c.source.name, c.source.kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Pentagon said 3,000 troops would deploy.", "Pentagon", "government"),
        ("3,000 troops will deploy, Pentagon spokesman John Kirby said.", "John Kirby", "person"),
        ("3,000 troops will deploy, said Pentagon spokesman John Kirby.", "John Kirby", "person"),
        ("According to the Pentagon, 3,000 troops will deploy.", "Pentagon", "government"),
        ("3,000 troops will deploy, according to Reuters.", "Reuters", "outlet"),
        ("The Kremlin has said 3,000 troops left.", "Kremlin", "government"),
        ("The Red Cross estimated that 5,000 people fled.", "Red Cross", "organisation"),
        ("Russia's defence ministry announced 3,000 troops left.", "Russia's defence ministry",
         "government"),
        ("A senior US official told reporters 3,000 troops would go.", "senior US official",
         "unnamed"),
        ("Boris Johnson warned that 3,000 troops were ready.", "Boris Johnson", "person"),
    ],
)  # fmt: skip
def test_attribution_patterns(text: str, name: str, kind: str) -> None:
    """The common reporting patterns name the claimant and its kind."""
    assert _source(text) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Head of the IAEA Rafael Grossi said 20 inspectors were at the plant.", "Rafael Grossi",
         "person"),
        ("Minister of the Interior Gerald Darmanin said 5,000 police were deployed.",
         "Gerald Darmanin", "person"),
        ("President of the European Commission Ursula von der Leyen said 300 trucks crossed.",
         "Ursula von der Leyen", "person"),
        ("Chairman of the Joint Chiefs of Staff Mark Milley said 300 troops left.",
         "Mark Milley", "person"),
        ("Commissioner for Human Rights Dunja Mijatovic said 300 people fled.",
         "Dunja Mijatovic", "person"),
        ("Head of the agency Rafael Grossi said 20 inspectors were at the plant.",
         "Rafael Grossi", "person"),
        # no name after the office: the body, or the office, as before
        ("The head of the IAEA said 20 inspectors were at the plant.", "IAEA", "organisation"),
        ("President of the European Commission said 300 trucks crossed.", "European Commission",
         "organisation"),
        ("Some 300 people fled, an official for the UN said.", "UN", "organisation"),
        ("The Minister for Health said 300 beds were added.", "Minister for Health",
         "organisation"),
    ],
)  # fmt: skip
def test_attribution_a_name_after_an_office_of_a_body(text: str, name: str, kind: str) -> None:
    """'Head of the IAEA Rafael Grossi said': the office describes the person, who speaks."""
    assert _source(text) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Sky Sports said 2 million people watched.", "Sky Sports", "organisation"),
        ("Cal Fire said 300 homes burned.", "Cal Fire", "organisation"),
        ("Progress Party said it won 12 seats.", "Progress Party", "organisation"),
        ("Northwind Software said it hired 40 engineers.", "Northwind Software", "organisation"),
        ("Tata Motors said it sold 40,000 cars.", "Tata Motors", "organisation"),
        ("The ruling party said it won 40 seats.", "ruling party", "organisation"),
        ("Joe Biden said 300 troops left.", "Joe Biden", "person"),
        ("Rishi Sunak said 300 troops left.", "Rishi Sunak", "person"),
    ],
)
def test_attribution_a_name_ending_in_a_bodys_word_is_a_body(
    text: str, name: str, kind: str
) -> None:
    """Capitalised words ending in a body's word ('Sports', 'Party', 'Software') name no person."""
    assert _source(text) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Dutch Shell said 300 jobs would go.", "Dutch Shell", "organisation"),
        ("Russian Railways said 300 trains ran.", "Russian Railways", "organisation"),
        ("Ukrainian Volodymyr Zelensky said 300 troops left.", "Volodymyr Zelensky", "person"),
        ("Ukrainian President Volodymyr Zelensky said 300 troops left.", "Volodymyr Zelensky",
         "person"),
    ],
)  # fmt: skip
def test_attribution_a_nationality_is_no_first_name(text: str, name: str, kind: str) -> None:
    """'Dutch Shell' is no person; 'Ukrainian Volodymyr Zelensky' is Volodymyr Zelensky."""
    assert _source(text) == (name, kind)


def test_a_company_whose_name_ends_in_its_trade_is_the_company_named_again() -> None:
    """'Northwind Software said ... the company said' is Northwind Software both times."""
    text = "Northwind Software said it hired 40 engineers. The company said it would hire 20 more."
    names = [c.source.name for c in extract_claims(text, outlet="Outlet")]
    assert names == ["Northwind Software", "Northwind Software"]


def test_attribution_outlet_when_nobody_is_named() -> None:
    """A figure nobody is said to state belongs to the outlet, or to 'unattributed'."""
    assert _source("Russia has massed 100,000 troops.") == ("Outlet", "outlet")
    [c] = extract_claims("Russia has massed 100,000 troops.")
    assert (c.source.name, c.source.kind) == (UNATTRIBUTED, "outlet")


def test_attribution_cited_as_saying() -> None:
    """In "X cited Y as saying", Y is the claimant and X the reporter."""
    text = "Six warships were heading south, the TASS news agency cited the navy as saying."
    [c] = extract_claims(text)
    assert c.source.name == "navy"
    assert c.source.reported_by is not None
    assert c.source.reported_by.name == "TASS"


def test_attribution_pronoun_resolves_to_last_speaker() -> None:
    """A "she said" resolves to the last person named as speaker in the entry."""
    text = (
        "Foreign Secretary Liz Truss said talks were hard.\n"
        '"Russia has 100,000 troops on the border," she said.'
    )
    [c] = extract_claims(text)
    assert (c.source.name, c.source.kind) == ("Liz Truss", "person")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kyiv's mayor Vitali Klitschko said 3 people were killed. The mayor said 12 were injured.",
         ["Vitali Klitschko", "Vitali Klitschko"]),
        ("Defence Minister Boris Pistorius said 80 soldiers would train. The minister said 40"
         " vehicles were ready.", ["Boris Pistorius", "Boris Pistorius"]),
        ("Health Secretary Victoria Atkins said 85% were vaccinated. The health secretary later"
         " said 120 children were in hospital.", ["Victoria Atkins", "Victoria Atkins"]),
        ("Vice President Fuat Oktay said 3,419 people died. The president said 4,000 people died.",
         ["Fuat Oktay", "president"]),
        ("Vice President Fuat Oktay said 3,419 people died. The vice president said 4,000 died.",
         ["Fuat Oktay", "Fuat Oktay"]),
        ("Roman Semenukha, the deputy governor, said 150 homes were damaged. The deputy governor"
         " said 20 were destroyed.", ["Roman Semenukha", "Roman Semenukha"]),
        ("Ukrainian President Volodymyr Zelensky said 300 soldiers died. US President Joe Biden"
         " said 200 troops would go. The Ukrainian president said 400 were wounded.",
         ["Volodymyr Zelensky", "Joe Biden", "Volodymyr Zelensky"]),
        # a nationality the text never gives a person is no one's
        ("Zelensky said 300 soldiers died. The Ukrainian president said 400 were wounded.",
         ["Zelensky", "Ukrainian president"]),
    ],
)  # fmt: skip
def test_attribution_an_office_named_again_is_its_holder(text: str, names: list[str]) -> None:
    """'The mayor' after "Kyiv's mayor Vitali Klitschko" is Klitschko; no vice president's so."""
    assert [c.source.name for c in extract_claims(text, outlet="Outlet")] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Network Rail said 600 trains were affected. A spokeswoman said 20% of services would be"
         " cancelled.", "Network Rail"),
        ("The Kremlin said 3,000 troops left. The spokesman said 1,000 more would follow.",
         "Kremlin"),
        ("A spokesman said 1,000 troops would follow.", "spokesman"),
        ("10:00 GMT\nNetwork Rail said 600 trains were affected.\n11:00 GMT\nA spokeswoman said"
         " 20% of services would be cancelled.", "spokeswoman"),
    ],
)  # fmt: skip
def test_attribution_an_unnamed_spokesperson_speaks_for_the_body_before(
    text: str, name: str
) -> None:
    """'A spokeswoman said' right after "Network Rail said" is Network Rail's, in its entry only."""
    claims = extract_claims(text, published=date(2023, 7, 18), outlet="Outlet")
    assert claims[-1].source.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Putin, his spokesman said, had 300 advisers.", "Putin's spokesman"),
        ("Vladimir Putin, his spokesman said, had 300 advisers.", "Vladimir Putin's spokesman"),
        ("Vladimir Putin spoke on Monday. Putin, his spokesman said, had 300 advisers.",
         "Vladimir Putin's spokesman"),
        ("Meloni has 300 advisers, her spokeswoman said.", "Meloni's spokeswoman"),
        ("Putin said 200 troops had left. His spokesman said 300 advisers stayed.",
         "Putin's spokesman"),
        # a place or a body is no "his"
        ("Russia, his spokesman said, had 300 advisers.", "Outlet"),
        ("The Kremlin, his spokesman said, had 300 advisers.", "Outlet"),
    ],
)  # fmt: skip
def test_attribution_his_spokesman_is_the_opening_persons(text: str, name: str) -> None:
    """'Putin, his spokesman said, had 300' is Putin's spokesman's, as after "Putin said"."""
    last = extract_claims(text, outlet="Outlet")[-1]
    assert last.source.name == name


def test_attribution_pronoun_does_not_cross_entries() -> None:
    """A pronoun does not reach back into an earlier live-blog entry."""
    text = (
        "10:00 am Paris time\nMinister John Smith said talks were hard.\n"
        "11:00 am Paris time\n3,000 troops left the base, he said."
    )
    [c] = extract_claims(text, published=date(2022, 2, 10), outlet="Outlet")
    assert c.source.name == "Outlet"


def test_attribution_quote_before_and_after() -> None:
    """A quotation takes the speaker introduced before it or named after it."""
    before = 'NATO chief Jens Stoltenberg told the press, "We see 100,000 troops."'
    after = '"We see 100,000 troops. It is grave," Stoltenberg said in a statement.'
    assert _source(before) == ("Jens Stoltenberg", "person")
    assert _source(after) == ("Stoltenberg", None)  # a bare surname the text never introduces


def test_attribution_said_after_a_quotation_closed_by_its_comma() -> None:
    """Wire style, the comma inside the quotation and "said X" after it, names X."""
    for quote in ('"At least 30 people are missing,"', "“At least 30 people are missing,”"):
        assert _source(f"{quote} said John Smith.") == ("John Smith", "person")
        assert _source(f"{quote} said coastguard spokesman John Smith.")[0] == "John Smith"
    assert _source('"Dozens are missing," said Flavio Di Giacomo, an IOM spokesman.') == (
        "Flavio Di Giacomo",
        "person",
    )


def test_attribution_name_before_a_description_between_commas() -> None:
    """A name before a description between commas ('John Smith, a spokesman, said') speaks."""
    assert _source("John Smith, a spokesman for the coastguard, said 30 people were missing.") == (
        "John Smith",
        "person",
    )
    assert _source("Acme, the carmaker, said it would cut 300 jobs.")[0] == "Acme"
    assert _source("Mary Ramsay, head of immunisation at UKHSA, said 30 were ill.")[0] == (
        "Mary Ramsay"
    )


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Ken Murphy, Tesco's chief executive, said its sales rose 7%.", "Ken Murphy", "person"),
        ("Ken Murphy, Tesco's CEO, said sales rose 7%.", "Ken Murphy", "person"),
        ("Jane Doe, the head of Tesco's online arm, told reporters sales rose 7%.", "Jane Doe",
         "person"),
        ("Shell, Britain's biggest oil company, said it cut 300 jobs.", "Shell", "organisation"),
        ("In Leeds, Tesco's sales rose 7%, said Ken Murphy.", "Ken Murphy", "person"),
    ],
)  # fmt: skip
def test_attribution_a_name_before_its_owners_office_between_commas(
    text: str, name: str, kind: str
) -> None:
    """'Ken Murphy, Tesco's chief executive, said': the name speaks, not the outlet."""
    assert _source(text) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A senior US official, speaking on condition of anonymity, said Russia had fired 4,000"
         " missiles.", "senior US official"),
        ("John Smith, speaking to reporters, said 30 people died.", "John Smith"),
        ("Officials in Kyiv, Ukraine, said Russia had fired 4,000 missiles.", "Outlet"),
    ],
)  # fmt: skip
def test_attribution_a_participle_between_commas_and_no_inverted_subject(
    text: str, name: str
) -> None:
    """'X, speaking to reporters, said' is X's; ', said Russia had fired' names no speaker."""
    assert _source(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Harris campaign said it raised $47 million.", "Harris campaign", "organisation"),
        ("Trump's campaign said it had raised $12 million.", "Trump's campaign", "organisation"),
        ("The Spanish club said the fee was 120 million euros.", "Spanish club", "organisation"),
        ("12,000 homes lost power, utility Iberdrola said.", "Iberdrola", "organisation"),
        ("30 died, spokesman Kirby said.", "Kirby", "person"),
        (
            "The World Health Organization (WHO) said 2,350 cases were confirmed.",
            "World Health Organization",
            "organisation",
        ),
        (
            "640 cases were recorded, according to local health officials.",
            "local health officials",
            "unnamed",
        ),
        (
            "640 cases were recorded, according to the city's health department.",
            "city's health department",
            "government",
        ),
        ("The council put the cost at £5m.", "council", "government"),
        (
            "Local officials put the burned area at nearly 5,000 hectares.",
            "Local officials",
            "unnamed",
        ),
    ],
)
def test_attribution_bodies_with_modifiers(text: str, name: str, kind: str) -> None:
    """A body with a name, a trade, an acronym or a field before its head word speaks."""
    assert _source(text) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("3,000 people were detained, according to sources.", "sources", "unnamed"),
        ("The firm will cut 10,000 jobs, according to people familiar with the matter.",
         "people familiar with the matter", "unnamed"),
        ("300 troops will go, according to a source close to the talks.",
         "source close to the talks", "unnamed"),
        ("Airbus, its European rival, said it had delivered 63 jets.", "Airbus", "organisation"),
        ("Rights group Amnesty International said 3,000 people had been detained.",
         "Amnesty International", "organisation"),
    ],
)  # fmt: skip
def test_attribution_unnamed_after_according_to_and_descriptions(
    text: str, name: str, kind: str
) -> None:
    """'according to sources' is unnamed; 'X, its European rival,' and 'Rights group X' are X."""
    assert _source(text) == (name, kind)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('"It is faster than we expected," said Yi Fuxian, a researcher at the University of'
         " Wisconsin-Madison, who estimates the fertility rate at 1.0.", ["Yi Fuxian"]),
        ("Doctors at the hospital said 14 children were in critical condition. They said 30 more"
         " had been discharged.", ["Doctors at the hospital"] * 2),
        ("Net profit fell 9% to $2.9 billion, beating analysts' estimates of $2.5 billion.",
         ["Outlet"] * 3),
    ],
)  # fmt: skip
def test_attribution_who_and_groups_at_a_place(text: str, names: list[str]) -> None:
    """', who estimates' is the one named before (not WHO); "Doctors at the hospital" speak."""
    assert [c.source.name for c in extract_claims(text, outlet="Outlet")] == names


def test_attribution_states_in_a_name_is_no_verb() -> None:
    """'the United States' holds no reporting verb: "..., saying" is the sentence's opener's."""
    text = "Fitch Ratings downgraded the United States, saying the debt would rise to 118% of GDP."
    assert _source(text)[0] == "Fitch Ratings"
    text = "Consumer Reports estimates that 30% of cars are unsafe."
    assert _source(text)[0] == "Consumer Reports"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("1.2 million homes lost power, according to utility Entergy.", "Entergy", "organisation"),
        ("Losses could reach $18 billion, risk modelling firm Karen Clark & Co estimated.",
         "Karen Clark & Co", "organisation"),
        ("Data from tracking site PowerOutage.us showed 900,000 customers without power.",
         "PowerOutage.us", "organisation"),
        ("The plant will close with 600 jobs lost, the carmaker Stellantis said.", "Stellantis",
         "organisation"),
        ("1.2 million homes lost power, grid operator Enedis said.", "Enedis", "organisation"),
        ("Shootings declined to 2,450, police superintendent Larry Snelling said.",
         "Larry Snelling", "person"),
        ("Prices rose 3%, according to economist Jane Smith.", "Jane Smith", "person"),
        ("Sales rose 3%, according to Procter & Gamble.", "Procter & Gamble", "organisation"),
    ],
)  # fmt: skip
def test_attribution_a_description_of_several_words_before_a_name(
    text: str, name: str, kind: str
) -> None:
    """Up to three plain words before a name ("grid operator Enedis") describe it; '&' joins."""
    assert _source(text) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The governor's office said on Monday that 1,200 homes were destroyed.",
         "governor's office"),
        ("1,200 homes were destroyed, the governor's office said.", "governor's office"),
        ("Texas governor's office said 1,200 homes were destroyed.", "Texas governor's office"),
        ("The regional governor's office said 1,200 homes were destroyed.",
         "regional governor's office"),
        ("The governor's spokesman said 1,200 homes were destroyed.", "governor's spokesman"),
    ],
)  # fmt: skip
def test_attribution_an_owner_in_lower_case_names_whose_office(text: str, name: str) -> None:
    """A lower-case possessive before an office or a spokesman ("the governor's") is its owner."""
    assert _source(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name", "outlet"),
    [
        ("Mirmand told France Info that 25 homes burned.", "Mirmand", "France Info"),
        ('"We lost 25 homes," Mirmand told the BBC.', "Mirmand", "BBC"),
        ("Speaking to the BBC, Mirmand said 25 homes burned.", "Mirmand", "BBC"),
        (
            "Zelensky told the Financial Times 30,000 troops were ready.",
            "Zelensky",
            "Financial Times",
        ),
        (
            "The toll has passed 2,100, state television reported, citing the interior ministry.",
            "interior ministry",
            "state television",
        ),
        ("Zelensky told Biden that 30,000 troops were ready.", "Zelensky", None),
    ],
)
def test_attribution_the_outlet_told_or_citing(text: str, name: str, outlet: str | None) -> None:
    """An outlet told ("told the BBC") or citing a body ("citing the interior ministry") reports."""
    [c] = extract_claims(text, outlet="Outlet")
    reporter = c.source.reported_by.name if c.source.reported_by else None
    assert (c.source.name, reporter) == (name, outlet)


def test_a_body_named_again_by_a_shorter_name_is_one_source() -> None:
    """'The interior ministry' after "Morocco's interior ministry" is it: a change, no conflict."""
    text = (
        "09:40 GMT\nMorocco's interior ministry said 2,059 people were injured.\n"
        "16:20 GMT\nThe interior ministry said 2,421 people were injured."
    )
    claims = extract_claims(text, published=date(2023, 9, 9))
    assert {c.source.name for c in claims} == {"Morocco's interior ministry"}
    assert [f.kind.value for f in check(claims).findings] == ["change"]
    agency = "The UK Health Security Agency reported 2,350 cases. It was 41 cases, the agency said."
    assert {c.source.name for c in extract_claims(agency)} == {"UK Health Security Agency"}


def test_a_body_described_between_commas_is_found_by_its_description() -> None:
    """'Europol, the EU police agency, said' makes Europol a body, and "the agency" Europol."""
    text = (
        "Europol, the EU police agency, said 400 officers took part in the raids. The agency said"
        " 12 countries were involved."
    )
    claims = extract_claims(text, outlet="Outlet")
    assert [(c.source.name, c.source.kind) for c in claims] == [("Europol", "organisation")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's disaster agency AFAD said 2,316 people died. The agency later said 2,921 people"
        " had died.",
        "09:40 GMT\nTurkey's disaster agency AFAD said 2,316 people died.\n16:20 GMT\nThe"
        " disaster agency said 2,921 people had died.",
        "12,000 homes lost power, utility Iberdrola said. The utility later said 15,000 homes had"
        " lost power.",
        "The carmaker Stellantis said it would cut 2,000 jobs. The carmaker said 3,000 would go.",
        "Regulator Ofgem said 2.3 million households were in debt. The regulator later said 2.5"
        " million households were in debt.",
        "Retailer Tesco said 2,000 jobs would go. The retailer said 3,000 would go.",
    ],
)
def test_a_body_named_again_by_its_description_is_one_source(text: str) -> None:
    """'The agency' after "disaster agency AFAD" is AFAD: one source, so no conflict."""
    claims = extract_claims(text, published=date(2023, 2, 7), outlet="Outlet")
    assert len({c.source.name for c in claims}) == 1
    assert claims[0].source.name in {"AFAD", "Iberdrola", "Stellantis", "Ofgem", "Tesco"}
    assert "conflict" not in [f.kind.value for f in check(claims).findings]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NATO said 100 jets were ready. The alliance said 40,000 troops were on alert.", "NATO"),
        ("The European Union said 300 jobs would go. The bloc said 400 would go.",
         "European Union"),
        ("Boeing said 300 jobs would go. The planemaker said 400 jobs would go.", "Boeing"),
        ("Boeing said 300 jobs would go. The US planemaker said 400 jobs would go.", "Boeing"),
        ("Stellantis said 300 jobs would go. The carmaker said 400 jobs would go.", "Stellantis"),
        ("Airbus said 300 jobs would go. NATO said 100 jets were ready. The company said 400"
         " jobs would go.", "Airbus"),
        ("Amnesty International said 300 people were held. The group said 400 were hurt.",
         "Amnesty International"),
        ("Labour said 4 million children live in poverty. The party said 1 million more"
         " would by 2025.", "Labour"),
        ("Likud said 300 members left. Benny Gantz said 200 had. The party said 400 had.",
         "Likud"),
        ("The Social Democratic Party said 300 members left. The party said 400 had.",
         "Social Democratic Party"),
        ("Unite said 4,000 workers would strike. The union said 5,000 more would.", "Unite"),
        ("The National Union of Teachers said 300 schools shut. The union said 400 did.",
         "National Union of Teachers"),
    ],
)  # fmt: skip
def test_a_body_named_again_by_a_noun_of_its_sort_is_the_last_such_speaker(
    text: str, name: str
) -> None:
    """'The alliance' after "NATO said" is NATO; 'the planemaker' after "Boeing said" Boeing."""
    claims = extract_claims(text, outlet="Outlet")
    assert claims[0].source.name == name
    assert claims[-1].source == claims[0].source
    assert "conflict" not in [f.kind.value for f in check(claims).findings]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a capitalised word that opens a sentence is no speaker to name again
        ("Inflation hit 10.1% in March. The planemaker said 300 jobs would go.", "planemaker"),
        # an alliance is no company, nor a company an alliance
        ("NATO said 100 jets were ready. The company said 300 jobs would go.", "company"),
        ("Boeing said 300 jobs would go. The alliance said 40,000 troops were on alert.",
         "alliance"),
        # an institution is no company; "the central bank" is no commercial bank
        ("The EU fined Google 2.42 billion euros, the Commission said. It set aside 1.25"
         " billion euros, the company said.", "company"),
        ("Halifax said prices fell 2%. The central bank said unemployment was 4.5%.",
         "central bank"),
        # a company, a government or a person is no party, nor a company a union
        ("Tesla said it sold 300 cars. The party said 400 members left.", "party"),
        ("Joe Biden said 300 troops would go. The party said 400 members left.", "party"),
        ("The Pentagon said 300 troops would go. The union said 400 members left.", "union"),
        # persons are no bodies, and a one-word body looks back in its own entry only
        ("Joe Biden said 300 troops would go. The group said 400 were hurt.", "group"),
        ("Boeing said 300 jobs would go.\n09:00 GMT\nThe planemaker said 400 jobs would go.",
         "planemaker"),
    ],
)  # fmt: skip
def test_a_noun_of_a_sort_names_no_speaker_of_another_sort(text: str, name: str) -> None:
    """'The planemaker' after no company speaker stays itself: never "Inflation" or NATO."""
    last = extract_claims(text, outlet="Outlet", published=date(2023, 3, 1))[-1]
    assert last.source.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bayer set aside $10 billion, the company said.", "Bayer"),
        ("Bayer on Wednesday agreed to pay $10.9bn, the company said.", "Bayer"),
        ("On Monday, Tesla delivered 466,140 cars, the company said.", "Tesla"),
        ("NATO sent 300 jets, the alliance said.", "NATO"),
        ("Amnesty International counted 300 deaths, the group said.", "Amnesty International"),
        ("The EU fined Google 2.42 billion euros, the Commission said. Bayer set aside 1.25"
         " billion euros, the company said.", "Bayer"),
        # a name the text writes where no sentence opens, whatever its verb
        ("Bayer cut 300 jobs, the company said. Shares of Bayer fell 2%.", "Bayer"),
        # common words opening a sentence, persons and places are no company
        ("Inflation hit 10.1%, the company said.", "company"),
        ("Sales rose 5%, the company said.", "company"),
        ("Storms cut power to 300 homes, the company said.", "company"),
        ("Joe Biden sent 300 troops, the company said.", "company"),
        ("Elon Musk spoke. Musk bought 9% of Twitter, the company said.", "company"),
        ("Russia sent 300 troops, the group said.", "group"),
        # a fronted phrase of time or place before the name; a clause is none
        ("In March, Tesla delivered 310,000 cars, the company said.", "Tesla"),
        ("Last year, Northwind hired 450 engineers, the company said.", "Northwind"),
        ("In Germany, Bayer sold 90 plants, the company said.", "Bayer"),
        ("Earlier this month, NATO sent 300 jets, the alliance said.", "NATO"),
        ("After Shell sold its stake, Bayer sold 90 plants, the company said.", "company"),
        # a one-word name of no kind is a party's or a union's, when clearly a name
        ("Labour pledged 28 billion pounds, the party said.", "Labour"),
        ("Unite signed 300 new members, the union said.", "Unite"),
        ("Inflation hit 10.1%, the party said.", "party"),
        ("Boeing delivered 35 jets, the alliance said.", "alliance"),
    ],
)  # fmt: skip
def test_a_noun_of_a_sort_names_the_name_that_opens_its_sentence(text: str, name: str) -> None:
    """'Bayer set aside $10 billion, the company said' is Bayer's, when Bayer is clearly a name."""
    claims = [c for c in extract_claims(text, outlet="Outlet") if c.source.name != "Outlet"]
    assert claims[-1].source.name == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The National Bureau of Statistics said the population fell by 850,000. The bureau said"
         " 9.56 million babies were born.", ["National Bureau of Statistics"] * 2),
        ("The Bank of England said rates would stay at 5.25%. The bank said inflation would fall"
         " to 4%.", ["Bank of England"] * 2),
    ],
)  # fmt: skip
def test_a_body_named_of_something_is_found_by_its_head(text: str, names: list[str]) -> None:
    """'the bureau' after "the National Bureau of Statistics" is it; 'Statistics' is no person."""
    assert [c.source.name for c in extract_claims(text, outlet="Outlet")] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Save the Children said 300 schools were damaged.", "Save the Children"),
        ("300 schools were damaged, Save the Children said.", "Save the Children"),
        ("According to Save the Children, 300 schools were damaged.", "Save the Children"),
        ("300 schools were damaged, said Save the Children.", "Save the Children"),
        ("Doctors Without Borders said 300 clinics were damaged.", "Doctors Without Borders"),
        ("Doctors of the World said 300 clinics were damaged.", "Doctors of the World"),
        ("The Bank of England said 300 branches had closed.", "Bank of England"),
        ("The Ministry of Defence said 300 drones were downed.", "Ministry of Defence"),
        ("The Institute for the Study of War said 300 tanks were lost.",
         "Institute for the Study of War"),
        ("300 tanks were lost, according to the Institute for the Study of War.",
         "Institute for the Study of War"),
        ("On Monday the Pentagon said 300 troops would deploy.", "Pentagon"),
        ("In Bakhmut the Wagner Group said 300 fighters died.", "Wagner Group"),
        ("According to Ukraine and the UN, 300 schools were damaged.", "Ukraine"),
    ],
)  # fmt: skip
def test_a_name_with_lower_case_function_words_is_read_whole(text: str, name: str) -> None:
    """'Save the Children', 'Institute for the Study of War' are whole bodies, never persons."""
    [c] = extract_claims(text, outlet="Outlet")
    assert c.source.name == name
    assert c.source.kind in {"organisation", "government"}


def test_a_body_named_again_looks_back_not_forward() -> None:
    """'The agency said' is not the agency a later sentence of its paragraph names in full."""
    text = "The agency said 300 people died. The UK Health Security Agency reported 2,350 cases."
    first, second = extract_claims(text, outlet="Outlet")
    assert (first.source.name, second.source.name) == ("agency", "UK Health Security Agency")


def test_a_one_word_body_looks_back_in_its_entry_only() -> None:
    """'the agency' in a later live-blog entry is not the agency of an earlier entry."""
    text = (
        "09:40 GMT\nThe UK Health Security Agency reported 2,350 cases.\n"
        "16:20 GMT\nThe rate was 41 cases, the agency said."
    )
    last = extract_claims(text, published=date(2023, 9, 9))[-1]
    assert last.source.name == "agency"


def test_a_rate_per_so_many_is_one_claim() -> None:
    """'41.2 cases per 100,000 people' is one claim, a rate, apart from a count of cases."""
    text = "The rate stood at 41.2 cases per 100,000 people. The agency reported 2,350 cases."
    claims = extract_claims(text, outlet="Outlet")
    assert [c.subject for c in claims] == ["cases per 100,000 people", "cases"]
    assert check(claims).findings == ()
    [c] = extract_claims("Infant mortality was 12 per 1,000 live births.")
    assert c.subject == "Infant mortality per 1,000 live births"


def test_a_subject_that_says_little_is_compared_within_its_sentence_only() -> None:
    """Two 'euros' figures of different sentences are no conflict: each has its own group."""
    text = (
        "The EU fined Google 2.42 billion euros, the Commission said. "
        "Bayer set aside 1.25 billion euros, the company said."
    )
    claims = extract_claims(text)
    assert [c.subject for c in claims] == ["euros", "euros"]
    assert claims[0].group is not None
    assert claims[0].group.startswith("euros: The EU fined")
    assert check(claims).findings == ()
    [troops] = extract_claims("Russia has massed 100,000 troops near the border.")
    assert troops.group is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("That is double what we had four years ago.", []),
        ("It raised $47 million in the 24 hours after the debate.", ["$47 million"]),
        ("Uptake among five-year-olds fell to 84.5%.", ["84.5%"]),
        ("He served 12 years in prison.", ["12 years"]),
    ],
)
def test_a_duration_or_age_that_says_when_or_who_is_no_claim(text: str, figures: list[str]) -> None:
    """'four years ago', 'in the 24 hours after' and 'five-year-olds' date or name; no claim."""
    assert [c.figure.text for c in extract_claims(text)] == figures


def test_a_measure_is_named_by_what_it_measures_so_units_compare() -> None:
    """'4,200 hectares burned' and '15,000 acres burned' are one subject, and conflict."""
    text = (
        "The blaze had burned 4,200 hectares, officials said. "
        "Firefighters said the blaze had burned 15,000 acres."
    )
    claims = extract_claims(text)
    assert [c.subject for c in claims] == ["area burned", "area burned"]
    assert [f.kind.value for f in check(claims).findings] == ["conflict"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Seville recorded 44.5C on Saturday.", "temperature recorded by Seville"),
        ("The Harris campaign raised $47 million.", "dollars raised by Harris campaign"),
        ("Trump's campaign said it had raised $12 million.", "dollars raised by Trump's campaign"),
        ("He lost 12 kg.", "weight lost"),
        ("Wildfires have burned 13.5 million hectares.", "area burned"),
        ("A wildfire north of Marseille has burned 4,200 hectares.", "area burned"),
        ("Russia has massed 100,000 troops.", "Russian troops massed"),
    ],
)
def test_money_and_measures_name_their_doer(text: str, subject: str) -> None:
    """Two cities' temperatures or two campaigns' funds are not one thing: the doer is named."""
    assert extract_claims(text)[0].subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Airbus delivered 63 jets in March.", "jets delivered by Airbus"),
        ("Boeing said on Tuesday it delivered 35 jets.", "jets delivered by Boeing"),
        ("Reuters reported that Boeing delivered 30 jets.", "jets delivered by Boeing"),
        ("Musk said Tesla delivered 400,000 cars.", "cars delivered by Tesla"),
        ("The Senate passed 12 bills on Friday.", "bills passed by Senate"),
        ("Taylor Swift has sold 200 million records.", "records sold by Taylor Swift"),
        ("Sainsbury's boss Simon Roberts said it had hired 3,000 staff.",
         "staff hired by Sainsbury's"),
        ("Tesla said 300 of its workers were laid off.", "Tesla's workers laid off"),
        ('"We delivered 63 jets in March," Airbus said.', "jets delivered by Airbus"),
        ('"Our sales rose 5%," Tesco said.', "rise in Tesco's sales"),
        ("Tesco said its like-for-like sales rose 7.3%.", "rise in Tesco's like-for-like sales"),
        ("Ken Murphy, Tesco's chief executive, said its sales rose 7%.", "rise in Tesco's sales"),
        ("Russia said on Tuesday it had withdrawn 10,000 troops.", "Russian troops withdrawn"),
        ("NATO said Russia had withdrawn 7,000 troops.", "Russian troops withdrawn"),
    ],
)  # fmt: skip
def test_a_count_names_the_body_that_owns_it(text: str, subject: str) -> None:
    """A count done or owned by a named body, or by "it"/"its" standing for one, names it."""
    assert extract_claims(text)[0].subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Boeing's deliveries fell to 35 jets in March.", "Boeing's jets"),
        ("Airbus said its deliveries rose 8% to 735 jets.", "Airbus's jets"),
        ("Tesla said its deliveries rose 20 percent to 400,000 cars.", "Tesla's cars"),
        ("The company's deliveries rose to 35 jets.", "jets"),  # no name
    ],
)
def test_a_count_a_verb_sets_names_the_owner_of_its_thing(text: str, subject: str) -> None:
    """'Boeing's deliveries fell to 35 jets': the jets are Boeing's, as 'its' deliveries are."""
    assert extract_claims(text)[-1].subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The company said it would cut 1,200 jobs.", "jobs cut"),  # no name
        ("The German arms maker said it would cut 300 jobs.", "jobs cut"),  # a demonym only
        ("Riot police arrested 45 people.", "people arrested"),  # done to others
        ("Local authorities have hired 300 nurses.", "nurses hired"),  # common words
        ("Hamas killed 1,200 people, Israel said.", "people killed"),  # the blame is disputed
        ("Police counted 87,000 protesters.", "protesters counted"),  # a witness, no owner
        ("Unions said they counted 400,000 protesters.", "protesters counted"),
        ("Ukraine's military said it had destroyed 79 Russian tanks.", "Russian tanks destroyed"),
        ("President Joe Biden said. Biden has sent 3,000 troops to Poland.",
         "troops sent to Poland"),  # a person moves a country's troops
        ("Biden ordered 3,000 troops to Poland.", "troops ordered to Poland"),  # a surname
        ("Elon Musk said it delivered 400,000 cars.", "cars delivered"),  # "it" is no person
        ('"We have lost 10,000 soldiers," the general said.', "troops lost"),  # no name
        ('Elon Musk spoke. "We delivered 400,000 cars," Musk said.', "cars delivered"),
        ("The IMF cut its global growth forecast to 3.6%.", "global growth forecast"),
        ("I bought a dozen eggs recently.", "eggs bought"),  # the writer
        ("Weather got cold in the last days. Now its -10C", "temperature"),  # no name
        ("If they had just 15 USD 50 more, they would have paid 80 USD million.",
         "dollars paid"),  # "they" stands for no unit before it
    ],
)  # fmt: skip
def test_a_count_names_no_owner_without_a_named_body(text: str, subject: str) -> None:
    """No owner from a description, a person, a witness, a victim's count or an estimate."""
    assert extract_claims(text)[-1].subject == subject


_MAKERS = ["Airbus", "Boeing", "Embraer", "Bombardier", "Tesla", "Ford", "Stellantis"]


@given(
    st.sampled_from(_MAKERS),
    st.sampled_from(_MAKERS),
    st.sampled_from(["said it", "said on Tuesday it", "reported that it"]),
    st.sampled_from(["Reuters reported that", "Analysts said", "AP said"]),
    st.sampled_from(["delivered", "built", "sold"]),
)
def test_two_counts_meet_exactly_when_their_owner_is_one(
    maker: str, other: str, says: str, reports: str, verb: str
) -> None:
    """A maker's count and a report of a maker's count meet exactly when the maker is one."""
    own = extract_claims(f"{maker} {says} {verb} 35 jets.")[0].subject
    told = extract_claims(f"{reports} {other} {verb} 30 jets.")[0].subject
    labels = match_subjects([own, told])
    assert (labels[own] == labels[told]) == (maker == other)


def test_counts_of_two_owners_are_not_compared_but_one_owners_are() -> None:
    """Boeing's and Airbus's deliveries never conflict; NATO's and Russia's figures do."""
    makers = (
        "Boeing said on Tuesday it delivered 35 jets in March. Rival Airbus said it "
        "delivered 63 jets in the same month."
    )
    assert check(extract_claims(makers, outlet="Reuters")).findings == ()
    retailers = "Tesco said its sales rose 7.3%. Sainsbury's said its sales rose 6.1%."
    assert check(extract_claims(retailers, outlet="Reuters")).findings == ()
    troops = (
        "Russia said it had withdrawn 10,000 troops. NATO said Russia had withdrawn 7,000 troops."
    )
    [finding] = check(extract_claims(troops, outlet="Reuters")).findings
    assert finding.kind.value == "conflict"
    assert finding.subject == "Russian troops withdrawn"
    reports = "Boeing said it delivered 35 jets. Reuters reported that Boeing delivered 30 jets."
    [finding] = check(extract_claims(reports, outlet="AP")).findings
    assert (finding.kind.value, finding.subject) == ("conflict", "jets delivered by Boeing")


def test_a_pronoun_finds_a_name_introduced_without_a_reporting_verb() -> None:
    """'he said' after 'Her counterpart, Chris LaCivita, disputed' finds LaCivita."""
    text = (
        "Her Republican counterpart, Chris LaCivita, disputed the figure. "
        '"They have maybe 20,000, if that," he said.'
    )
    assert [c.source.name for c in extract_claims(text)] == ["Chris LaCivita"]
    text = (
        "Campaign manager Jen O'Malley Dillon spoke to reporters on Tuesday. "
        '"We have 50,000 volunteers," she said.'
    )
    assert [c.source.name for c in extract_claims(text)] == ["Jen O'Malley Dillon"]


def test_up_from_compares_with_the_clause_count_not_a_count_of_places() -> None:
    """'3,500 residents ... from six villages, up from 2,100' compares 2,100 with the residents."""
    text = (
        "Officials said 3,500 residents were evacuated from six villages, up from 2,100 on Monday."
    )
    claims = extract_claims(text, published=date(2024, 8, 13))
    assert [c.figure.unit for c in claims] == ["resident", "village", "resident"]
    assert claims[2].subject == claims[0].subject
    [change] = check(claims).findings
    assert change.claims == (claims[2], claims[0])


@pytest.mark.parametrize(
    ("text", "name", "subject"),
    [
        ("No, 30,000 people did not attend the rally.", "claim", "people attended"),
        ("No, 30,000 people didn't attend the rally.", "claim", "people attended"),
        ("The vaccine did not kill 50,000 people.", "claim", "people killed"),
        ("Russia has never sent 3,000 troops to Belarus.", "claim", "troops sent to Belarus"),
        ("Temperatures did not exceed 30C.", "Outlet", "temperature exceed"),
        ("30,000 people attended the rally.", "Outlet", "people attended"),
    ],
)
def test_a_figure_the_writer_denies_is_a_claim_of_nobody_named(
    text: str, name: str, subject: str
) -> None:
    """'No, 30,000 people did not attend' is a denied claim's figure; 'did not exceed' bounds."""
    [c] = extract_claims(text, outlet="Outlet")
    assert (c.source.name, c.subject) == (name, subject)


def test_a_denied_crowd_count_conflicts_with_the_official_count() -> None:
    """A fact-check's denied figure meets the count that follows it in a conflict."""
    text = "No, 30,000 people did not attend the rally. Police counted 8,700."
    claims = extract_claims(text, outlet="Outlet")
    assert [f.kind.value for f in check(claims).findings] == ["conflict"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "2,059 people were injured, 1,404 of them critically.",
            "part of people injured, critically",
        ),
        ("At least 40 people died, 12 of whom were children.", "part of people died, children"),
        ("2,000 people were evacuated, 300 of them.", "part of people evacuated"),
        ("300 were arrested, 40 of them in Paris.", "people arrested in Paris"),
    ],
)
def test_a_part_of_the_figure_before_says_so(text: str, subject: str) -> None:
    """'1,404 of them critically' counts a part of the 2,059 injured, not all the injured."""
    assert extract_claims(text)[1].subject == subject


def test_a_part_is_never_compared_with_its_whole() -> None:
    """The part '1,404 of them' meets neither its whole nor another source's whole."""
    text = (
        "The ministry said 2,059 people were injured, 1,404 of them critically. "
        "The Red Cross said 2,421 people were injured."
    )
    claims = extract_claims(text)
    [conflict] = check(claims).by_kind("conflict")  # the two wholes, 2,059 and 2,421
    assert claims[1] not in conflict.claims


def test_a_sentence_ends_after_a_unit_glued_to_a_number() -> None:
    """'Temperatures hit 45C. Officials said' is two sentences: 'C.' is no initial there."""
    text = "Temperatures hit 45C. Officials said 300 people were treated."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Temperatures hit 45C.",
        "Officials said 300 people were treated.",
    ]
    assert extract_claims(text)[1].source.name == "Officials"


def test_shares_of_one_whole_that_say_different_things_are_apart() -> None:
    """'40% of adults are obese' and '61% of adults are fully vaccinated' are no conflict."""
    text = (
        "About 40% of adults are obese, the ministry said. "
        "Some 61% of adults are fully vaccinated, the WHO said. "
        "In Nairobi, 61% of adults are vaccinated, the county said."
    )
    claims = extract_claims(text)
    assert [c.subject for c in claims] == [
        "share of adults obese",
        "share of adults vaccinated",
        "share of adults vaccinated in Nairobi",
    ]
    assert check(claims).findings == ()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The Conservatives took 98 seats.", "seats for Conservatives"),
        ("The Liberal Democrats secured 41 seats.", "seats for Liberal Democrats"),
        ("The Reform party won 5 seats.", "seats for Reform party"),
        ("Russia took 300 prisoners.", "Russian prisoners taken"),
        ("The unemployment rate held at 3.7%.", "unemployment rate"),
        ("The operating margin widened to 22.5%.", "operating margin"),
        ("The WMO put the anomaly at 1.45C, plus or minus 0.12C.", "anomaly"),
    ],
)
def test_seats_taken_levels_held_and_margins(text: str, subject: str) -> None:
    """Seats a party takes are its seats; 'held at' sets a level; a margin of error is no claim."""
    assert [c.subject for c in extract_claims(text)] == [subject]


def test_a_body_that_revises_the_toll_gives_the_figure() -> None:
    """'AFAD revised the death toll to 41' is AFAD's figure, not the outlet's."""
    [toll] = extract_claims("AFAD revised the death toll to 41.", outlet="Outlet")
    assert (toll.source.name, toll.subject) == ("AFAD", "death toll")


def test_by_a_month_is_that_month_not_todays_day_in_it() -> None:
    """'by March' (published 22 Oct 2024) applies from 1 March 2025, not 22 March."""
    [c] = extract_claims(
        "Northwind said it would cut 1,200 jobs by March.", published=date(2024, 10, 22)
    )
    assert c.valid_at == datetime(2025, 3, 1, tzinfo=UTC)


def test_an_armys_losses_are_its_sides() -> None:
    """'Russian forces lost 1,240 soldiers' and 'Ukrainian forces lost 300' never conflict."""
    text = (
        "Russian forces lost 1,240 soldiers, Kyiv said. "
        "Ukrainian forces lost 300 soldiers, Moscow said. "
        "Ukraine's army lost 250 soldiers, Moscow said."
    )
    claims = extract_claims(text)
    assert [c.subject for c in claims] == [
        "Russian troops lost",
        "Ukrainian troops lost",
        "Ukrainian troops lost",
    ]
    assert check(claims).by_kind("conflict") == ()


def test_put_at_needs_a_figure_after_at() -> None:
    """'put the troops at the border' estimates nothing; 'put the cost at £5m' does."""
    assert _source("The army put the troops at the border, where 3,000 waited.")[0] == "Outlet"


def test_attribution_surname_takes_full_name() -> None:
    """A bare surname is completed from a titled name earlier in the document."""
    text = "Pentagon spokesman John Kirby spoke.\n3,000 troops will go, Kirby said."
    [c] = extract_claims(text)
    assert c.source.name == "John Kirby"


def test_attribution_quote_outside_sentence_ignored() -> None:
    """A reporting verb inside a quotation does not attribute a figure outside it."""
    text = 'Russia has 100,000 troops there, raising fears. "They said nothing," Kozak noted.'
    [c] = extract_claims(text, outlet="Outlet")
    assert c.source.name == "Outlet"


# ---------------------------------------------------------------------------
# subjects
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Russia has massed more than 100,000 soldiers near Ukraine's borders.",
         "Russian troops massed near Ukraine's borders"),
        ("About 1,700 US troops would deploy from Fort Bragg in North Carolina to Poland.",
         "US troops deployed to Poland"),
        ("More than 13,000 people have been killed in the fighting.",
         "people killed in the fighting"),
        ("The deployment of 2,000 troops to Romania was welcomed.", "troops deployed to Romania"),
        ("Some 40 tanks were seen near Kharkiv.", "tanks seen near Kharkiv"),
        ("Moscow has sent 3,000 troops to Belarus.", "Russian troops sent to Belarus"),
    ],
)  # fmt: skip
def test_subject_rules(text: str, subject: str) -> None:
    """Subjects join the noun phrase, the governing verb and its place."""
    [c] = extract_claims(text)
    assert c.subject == subject


# ---------------------------------------------------------------------------
# times
# ---------------------------------------------------------------------------


def test_time_lead_gets_published_and_no_published_gives_none() -> None:
    """Text before any stamp gets ``published``; without ``published`` there is no time."""
    text = "Russia has massed 100,000 troops."
    [c] = extract_claims(text, published=date(2022, 2, 10))
    assert c.stated_at == datetime(2022, 2, 10, tzinfo=UTC)
    assert c.provenance.published == c.stated_at
    [c] = extract_claims(text)
    assert c.stated_at is None


def test_time_aware_published_datetime_is_kept() -> None:
    """An aware ``published`` datetime is used as it is."""
    when = datetime(2022, 2, 10, 14, 5, tzinfo=PARIS)
    [c] = extract_claims("Russia has massed 100,000 troops.", published=when)
    assert c.stated_at == when


def test_time_naive_published_is_rejected() -> None:
    """A naive ``published`` datetime is an error naming the value."""
    with pytest.raises(InvalidClaim, match="2022-02-10"):
        extract_claims("100 troops", published=datetime(2022, 2, 10, 12))


NUMERIC_BLOG = (
    "10/02/2022 21:30 GMT\n"
    "Russia has massed more than 100,000 soldiers near Ukraine's borders, the Pentagon said.\n"
    "\n"
    "11/02/2022 08:15 GMT\n"
    "The Pentagon said 130,000 soldiers were now near the border.\n"
)


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        (
            "DMY",
            [datetime(2022, 2, 10, 21, 30, tzinfo=UTC), datetime(2022, 2, 11, 8, 15, tzinfo=UTC)],
        ),
        (
            "MDY",
            [datetime(2022, 10, 2, 21, 30, tzinfo=UTC), datetime(2022, 11, 2, 8, 15, tzinfo=UTC)],
        ),
    ],
)
def test_time_numeric_stamps_in_the_date_order(order: str, expected: list[datetime]) -> None:
    """Entry stamps with numeric dates are read in `date_order` and date their entries."""
    claims = extract_claims(NUMERIC_BLOG, date_order=order)
    assert [c.stated_at for c in claims] == expected


def test_time_numeric_stamps_read_two_ways_are_not_guessed() -> None:
    """Without `date_order`, a stamp's date read two ways is left out; its clock time is kept."""
    assert [c.stated_at for c in extract_claims(NUMERIC_BLOG)] == [None, None]
    claims = extract_claims(NUMERIC_BLOG, published=date(2022, 2, 10))
    assert [c.stated_at for c in claims] == [
        datetime(2022, 2, 10, 21, 30, tzinfo=UTC),
        datetime(2022, 2, 11, 8, 15, tzinfo=UTC),
    ]


def test_time_bad_date_order_is_rejected() -> None:
    """An unknown `date_order` is an InvalidClaim naming it."""
    with pytest.raises(InvalidClaim, match="DYM"):
        extract_claims("100 troops", date_order="DYM")


def test_time_day_with_reporting_verb_sets_stated_at() -> None:
    """A "said on Tuesday" in a Thursday entry dates the statement to Tuesday."""
    text = "10:05 am Paris time\nThe ministry said on Tuesday that 3,000 troops had left."
    [c] = extract_claims(text, published=date(2022, 2, 10))
    assert c.stated_at is not None
    assert c.stated_at == datetime(2022, 2, 8, tzinfo=c.stated_at.tzinfo)


def test_time_day_opening_the_sentence_before_the_clause() -> None:
    """A day opening the sentence before its clause dates the statement, and is no speaker."""
    text = (
        "9:45 am Paris time\nOn Thursday, the Pentagon said Russia had fired more than 160 "
        "missiles. He said 300 were hit.\nLast week, the ministry said 3,000 troops had left."
    )
    claims = extract_claims(text, published=date(2022, 2, 25), outlet="FRANCE 24")
    assert [(c.source.name, c.stated_at) for c in claims] == [
        ("Pentagon", datetime(2022, 2, 24, tzinfo=PARIS)),
        ("FRANCE 24", datetime(2022, 2, 25, 9, 45, tzinfo=PARIS)),
        ("ministry", datetime(2022, 2, 18, tzinfo=PARIS)),
    ]


def test_time_stamps_opening_a_line_and_carried_zones() -> None:
    """A stamp opening a line starts an entry; a stamp with no zone takes the blog's zone."""
    text = (
        "February 25, 2022 - 8:10 am Paris time\nThe UN said 50,000 people had fled.\n\n"
        "9:45 am\nThe Pentagon said Russia had fired 160 missiles.\n\n"
        "4:02 pm: Kyiv's mayor said the city had a curfew. He said 3,000 volunteers had joined."
    )
    claims = extract_claims(text, published=date(2022, 2, 25))
    assert [(c.source.name, c.stated_at) for c in claims] == [
        ("UN", datetime(2022, 2, 25, 8, 10, tzinfo=PARIS)),
        ("Pentagon", datetime(2022, 2, 25, 9, 45, tzinfo=PARIS)),
        ("Kyiv's mayor", datetime(2022, 2, 25, 16, 2, tzinfo=PARIS)),
    ]
    assert claims[-1].provenance.quote.startswith("He said")


def test_time_day_elsewhere_keeps_entry_time() -> None:
    """A day that does not qualify the reporting verb leaves the entry time."""
    text = "10:05 am Paris time\nThe ministry said 3,000 troops had left on Tuesday."
    [c] = extract_claims(text, published=date(2022, 2, 10))
    assert c.stated_at == datetime(2022, 2, 10, 10, 5, tzinfo=PARIS)


def test_time_forecast_sets_valid_at() -> None:
    """A forecast "by the end of January" puts the figure at the end of that month."""
    text = "The ministry said 5,000 troops would arrive by the end of January."
    [c] = extract_claims(text, published=date(2022, 1, 10))
    assert c.valid_at == datetime(2022, 1, 31, tzinfo=UTC)
    assert c.applies_at == c.valid_at


THURSDAY_NOON = datetime(2022, 2, 10, 12, tzinfo=UTC)
EVACUATED = "300 people were evacuated on {}, officials said."


@pytest.mark.parametrize(
    ("text", "order", "valid"),
    [
        (EVACUATED.format("08/02/2022"), "DMY", date(2022, 2, 8)),
        (EVACUATED.format("08/02/2022"), "MDY", date(2022, 8, 2)),
        (EVACUATED.format("08/02/2022"), None, None),
        (EVACUATED.format("13/01/2022"), None, date(2022, 1, 13)),
        (EVACUATED.format("13/01/2022"), "MDY", None),
        (EVACUATED.format("2022-02-08"), None, date(2022, 2, 8)),
        (EVACUATED.format("08.02.22"), "DMY", date(2022, 2, 8)),
        (EVACUATED.format("08/02"), "DMY", date(2022, 2, 8)),
        ("The ministry said on 08/02 that 300 people were evacuated.", "DMY", None),
        (EVACUATED.format("10.02.2022"), "DMY", None),  # the statement's own day
        ("The army will deploy 3,000 troops by 04/03/2022.", "DMY", date(2022, 3, 4)),
        ("The army will deploy 3,000 troops by 04/03/2022.", "MDY", date(2022, 4, 3)),
        ("The army will deploy 3,000 troops by 03/03/2022.", None, date(2022, 3, 3)),
    ],
)
def test_time_numeric_date_in_a_sentence_sets_valid_at(
    text: str, order: str | None, valid: date | None
) -> None:
    """A numeric date after "on" or "by" is read in `date_order`; two readings are not guessed."""
    claim = extract_claims(text, published=THURSDAY_NOON, date_order=order)[0]
    assert (claim.valid_at and claim.valid_at.date()) == valid


@pytest.mark.parametrize(
    ("order", "stated"), [("DMY", date(2022, 2, 8)), (None, date(2022, 2, 10))]
)
def test_time_numeric_date_with_the_reporting_verb_sets_stated_at(
    order: str | None, stated: date
) -> None:
    """A "said on 08/02/2022" dates the statement in `date_order`; without one it is not guessed."""
    text = "The ministry said on 08/02/2022 that 300 people were evacuated."
    (claim,) = extract_claims(text, published=THURSDAY_NOON, date_order=order)
    assert claim.stated_at is not None
    assert claim.stated_at.date() == stated


@pytest.mark.parametrize(
    ("text", "stated", "valid"),
    [
        ("On Tuesday, 300 people were evacuated, officials said.", None, date(2022, 2, 8)),
        ("On 08/02/2022, 300 people were evacuated, officials said.", None, date(2022, 2, 8)),
        ("Yesterday, 300 people died in Kharkiv.", None, date(2022, 2, 9)),
        ("On Friday, 3,000 people will be evacuated, officials said.", None, date(2022, 2, 11)),
        ("On Tuesday, 300 people were evacuated, officials said on Wednesday.",
         date(2022, 2, 9), date(2022, 2, 8)),
        ("On Tuesday, the ministry said 300 people had died.", date(2022, 2, 8), None),
        ("As of 8 February, the ministry said 300 people had died.", None, date(2022, 2, 8)),
        ("As of Tuesday, 300 people had died, officials said.", None, date(2022, 2, 8)),
        ("The death toll rose to 300 as of February 8, officials said.", None, date(2022, 2, 8)),
        ("The death toll rose to 300 as of 08.02.2022, officials said.", None, date(2022, 2, 8)),
        ("On Tuesday, 300 people left, and on Wednesday 200 more arrived.", None, None),
        ("Today, 300 people were evacuated, officials said.", None, None),
    ],
)  # fmt: skip
def test_time_day_opening_the_sentence_or_as_of_sets_valid_at(
    text: str, stated: date | None, valid: date | None
) -> None:
    """A day opening the sentence before the figure, or "as of" a day, is the figure's day."""
    claims = extract_claims(text, published=THURSDAY_NOON, date_order="DMY")
    claim = claims[-1] if "200 more" in text else claims[0]
    assert claim.stated_at is not None
    assert claim.stated_at.date() == (stated or THURSDAY_NOON.date())
    assert (claim.valid_at and claim.valid_at.date()) == valid


@pytest.mark.parametrize(
    "text",
    [
        "Italy won 3/1 and 300 fans cheered on the streets, officials said.",
        "Prices were cut by 1/3 for 300 families, officials said.",
        "300 people voted on 2/3 of the bills, officials said.",
        "300 soldiers were on 24/7 alert, officials said.",
        "300 people were evacuated, a ratio of 10/02, officials said.",
    ],
)
def test_time_score_or_fraction_is_no_date(text: str) -> None:
    """A score or fraction ("3/1", "by 1/3", "on 2/3 of", "on 24/7 alert") is no date."""
    for order in ("DMY", None):
        for claim in extract_claims(text, published=THURSDAY_NOON, date_order=order):
            assert claim.valid_at is None


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)),
    st.sampled_from(["DMY", "MDY"]),
    st.sampled_from("/.-"),
)
def test_time_numeric_date_is_read_in_its_order_or_not_guessed(
    day: date, order: str, sep: str
) -> None:
    """A numeric date is the figure's valid_at in its order; without one, only if read one way."""
    first, second = (day.day, day.month) if order == "DMY" else (day.month, day.day)
    text = EVACUATED.format(f"{first:02d}{sep}{second:02d}{sep}{day.year}")
    expected = None if day == THURSDAY_NOON.date() else day
    claim = extract_claims(text, published=THURSDAY_NOON, date_order=order)[0]
    assert (claim.valid_at and claim.valid_at.date()) == expected
    unordered = extract_claims(text, published=THURSDAY_NOON)[0]
    two_readings = day.day <= 12 and day.day != day.month
    assert (unordered.valid_at and unordered.valid_at.date()) == (
        None if two_readings else expected
    )


# ---------------------------------------------------------------------------
# sentences and exports
# ---------------------------------------------------------------------------


def test_split_sentences_abbreviations_and_quotes() -> None:
    """Sentences do not end after "Mr." or "U.S." or inside a closed quotation."""
    text = 'Mr. Kirby said U.S. forces moved. "It is over. Done," he said. Then 3 left.'
    parts = [text[a:b] for a, b in split_sentences(text)]
    assert parts == [
        "Mr. Kirby said U.S. forces moved.",
        '"It is over. Done," he said.',
        "Then 3 left.",
    ]


def test_split_sentences_offsets_index_the_text() -> None:
    """Sentence offsets of a stretch lie inside it and are trimmed."""
    text = "xx  First one. Second one!  yy"
    parts = split_sentences(text, 2, 28)
    assert [text[a:b] for a, b in parts] == ["First one.", "Second one!"]


def test_reexports() -> None:
    """Extract re-exports the figure grammar."""
    [m] = find_figures("nearly 3,000 troops")
    assert isinstance(m, Mention)


@given(st.text(max_size=300))
def test_property_never_raises_and_spans_index_text(text: str) -> None:
    """On any text, extraction raises nothing but ClaimtrackError and spans index the figure."""
    try:
        claims = extract_claims(text, published=date(2022, 2, 10), outlet="O")
    except ClaimtrackError:
        return
    for c in claims:
        span = c.provenance.span
        assert span is not None
        assert text[span[0] : span[1]] == c.figure.text
        assert c.subject.strip()


NEWSY = st.lists(
    st.sampled_from(
        [
            "Russia has massed ", "more than 100,000 ", "troops ", "near Ukraine's borders",
            ", ", ". ", "\n", "02:20 am Paris time\n", '"', "“", "”", "he said", "said ",
            "the Pentagon ", "according to ", "another 300", " and ", "on Tuesday ",
            "cited the ministry as saying", "by the end of January", "Mr. ", "Kirby ",
            "its ", "their ", "estimate ", "The death toll ", "rose to ", "7.5%", " of ",
            "and unemployment ", "according to organisers", "the health ministry said",
        ]
    ),
    max_size=30,
).map("".join)  # fmt: skip


@given(NEWSY)
def test_property_newsy_text(text: str) -> None:
    """On news-like fragments, claims are well-formed and spans index the figure."""
    try:
        claims = extract_claims(text, published=date(2022, 2, 10))
    except ClaimtrackError:
        return
    for c in claims:
        span = c.provenance.span
        assert span is not None
        assert text[span[0] : span[1]] == c.figure.text
        assert c.stated_at is not None


def test_rates_and_money_have_readable_subjects() -> None:
    """A rate's subject says what it is per ("dollars per month"); money names what it pays."""
    text = (
        "The union said the average nurse earns $3,500 a month. "
        "Saudi Aramco said it pumps 9 million barrels a day. The fine was 10 million euros."
    )
    got = [(c.subject, c.figure.unit) for c in extract_claims(text, outlet="Example News")]
    assert got == [
        ("dollars per month", "dollar_per_month"),
        ("barrels per day", "barrel_per_day"),
        ("fine", "euro"),
    ]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Turnout was 48% in Paris and 52% in Lyon.", ["Turnout in Paris", "Turnout in Lyon"]),
        (
            "The EU pledged 1.2 billion euros in aid, and Britain promised PS88m.",
            ["EU euros pledged in aid", "British pounds sterling promised"],
        ),
        (
            "The union said nurses earn $3,500 a month; the ministry said $48,000 a year.",
            ["dollars per month", "dollars per year"],
        ),
    ],
)
def test_figures_with_their_own_unit_do_not_take_the_previous_noun(
    text: str, subjects: list[str]
) -> None:
    """Only an elliptical count takes the previous noun; money and percentages keep their own.

    A figure joined by "and" to the one before keeps the thing that one measures ("turnout").
    """
    assert [c.subject for c in extract_claims(text, outlet="Example News")] == subjects


@pytest.mark.parametrize(
    ("text", "subjects", "unit"),
    [
        ("Labour said 4 million children live in poverty. The party said 1 million more would by "
         "2025.", ["children lived in poverty", "rise in children lived in poverty"], "child"),
        ("Labour said 4 million children live in poverty. The party said 1 million fewer would by "
         "2025.", ["children lived in poverty", "fall in children lived in poverty"], "child"),
        ("Police arrested 40 protesters on Monday and 20 more on Tuesday.",
         ["protesters arrested", "rise in protesters arrested"], "protester"),
        ("The firm cut 3,000 jobs last year and will cut 2,000 more this year.",
         ["jobs cut", "rise in jobs cut"], "job"),
        ("The US sent 1,700 troops to Poland. It will send 300 more troops to Poland.",
         ["US troops sent to Poland", "rise in US troops sent to Poland"], "troop"),
        ("Five people died on Monday. Three others died on Tuesday.",
         ["people died", "rise in people died"], "person"),
        # a thing or place of its own: a count of that, not more of the thing before
        ("About 500 homes were destroyed. Officials said 200 others were damaged.",
         ["homes destroyed", "homes damaged"], "home"),
        ("The US sent 1,700 troops to Poland and another 300 to Romania.",
         ["US troops sent to Poland", "US troops sent to Romania"], "troop"),
        # no counted thing before: "others" keeps its own word
        ("The company earned $5 billion. Three others went bankrupt.",
         ["dollars earned", "others gone"], "count"),
        ("He was 45. Two others were injured.", ["count", "others injured"], "count"),
    ],
)  # fmt: skip
def test_a_count_of_more_is_a_rise_in_the_thing_before(
    text: str, subjects: list[str], unit: str
) -> None:
    """'1 million more', 'another 300', 'three others' count the noun before: a rise in it."""
    claims = extract_claims(text, outlet="Example News")
    assert [c.subject for c in claims] == subjects
    assert claims[1].figure.unit == unit


def test_a_count_of_more_does_not_conflict_with_the_total() -> None:
    """Another party's 'another 1 million' is no second total of '4 million children'."""
    text = ("Labour said 4 million children live in poverty. The Conservatives said another 1 "
            "million would by 2025.")  # fmt: skip
    claims = extract_claims(text, outlet="Example News")
    assert [c.source.name for c in claims] == ["Labour", "the Conservatives"]
    assert claims[1].subject == "rise in children lived in poverty"
    assert check(claims).findings == ()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Mayor Jane Doe, 41, said the plan would cost little.", "age of Jane Doe"),
        ("A 65-year-old man was hurt, police said.", "age of man"),
        ("No one under the age of 16 may enter.", "age"),
    ],
)
def test_an_age_is_the_age_of_someone(text: str, subject: str) -> None:
    """An age's subject says whose age it is, so the ages of different people are not compared."""
    (claim,) = [c for c in extract_claims(text, outlet="Outlet") if c.figure.unit == "year_of_age"]
    assert claim.subject == subject


def test_attribution_across_an_age() -> None:
    """A name with an age between commas still states what it said ("Jane Doe, 41, said")."""
    claims = extract_claims("Jane Doe, 41, said 3,000 troops were ready.", outlet="Outlet")
    (troops,) = [c for c in claims if c.figure.unit == "troop"]
    assert (troops.source.name, troops.source.kind) == ("Jane Doe", "person")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("One fourth of the US population is vaccinated, officials said.",
         "share of US population vaccinated"),
        ("Half the condos have sold, the developer said.", "share of condos sold"),
        ("Nearly two-thirds of the 4.3M sales came from CDs, the label said.", "share"),
    ],
)  # fmt: skip
def test_a_share_names_its_whole(text: str, subject: str) -> None:
    """A fraction's subject is the share of what it divides, so unrelated shares never conflict."""
    (claim,) = [c for c in extract_claims(text, outlet="Outlet") if c.figure.unit == "fraction"]
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("According to unions, 2.8 million people marched.", "unions", "unnamed"),
        ("40,000 people attended, according to organisers.", "organisers", "unnamed"),
        ("Three people died, doctors said.", "doctors", "unnamed"),
        ("According to officials, 3 people died.", "officials", "unnamed"),
        ("Growth will hit 3%, analysts said.", "analysts", "unnamed"),
    ],
)
def test_groups_cited_without_a_name(text: str, name: str, kind: str | None) -> None:
    """Unions, organisers, doctors and officials cited as a group are an unnamed source."""
    (claim,) = extract_claims(text)
    assert (claim.source.name, claim.source.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("3 people died in the attack.", "people died in the attack"),
        ("Some 40,000 people took part.", "people taking part"),
    ],
)
def test_subject_verbs_died_and_took_part(text: str, subject: str) -> None:
    """The verbs "died" and "took part" after the counted noun enter the subject."""
    (claim,) = extract_claims(text)
    assert claim.subject == subject


def test_crowd_counts_of_unions_and_ministry_conflict() -> None:
    """The unions' and the ministry's counts of one march are a conflict between two sources."""
    from claimtrack.consistency import FindingKind, check

    text = (
        "Unions said 2.8 million people took part in the protests. "
        "The interior ministry said 1.27 million people took part."
    )
    claims = extract_claims(text)
    assert [c.source.name for c in claims] == ["Unions", "interior ministry"]
    (finding,) = check(claims).findings
    assert finding.kind is FindingKind.CONFLICT
    assert "1.27 million" in finding.explanation
    assert "2.8 million" in finding.explanation


def test_putting_the_figure_at_is_another_sources_count() -> None:
    """In "the ministry put the figure at N" the ministry counts the same people: a conflict."""
    from claimtrack.consistency import FindingKind, check

    text = (
        "The CGT union said 2.8 million people took to the streets, "
        "while the interior ministry put the figure at 1.27 million."
    )
    claims = extract_claims(text)
    assert [(c.source.name, c.figure.unit) for c in claims] == [
        ("CGT union", "person"),
        ("interior ministry", "person"),
    ]
    assert [f.kind for f in check(claims).findings] == [FindingKind.CONFLICT]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The toll rose to 2,300, the health ministry said on Monday.",
            "health ministry",
            "government",
        ),
        (
            "About 1 million have fled, the UN refugee agency said.",
            "UN refugee agency",
            "organisation",
        ),
        ("Six warships sailed, the Interfax news agency said.", "Interfax", "outlet"),
    ],
)
def test_bodies_named_with_a_field(text: str, name: str, kind: str) -> None:
    """A field word before a body's head is part of its name; a news agency stays an outlet."""
    (claim,) = extract_claims(text)
    assert (claim.source.name, claim.source.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("A poll by Rating found that 65% of Ukrainians back joining NATO.", "Rating",
         "organisation"),
        ("According to a survey by Ipsos, 40% of voters are undecided.", "Ipsos", "organisation"),
        ("A Reuters poll found 55% of Americans support the plan.", "Reuters", "outlet"),
        ("An Ifop survey published on Sunday showed 58% backing Macron.", "Ifop", "organisation"),
        ("A poll conducted by the Kyiv International Institute of Sociology found 70% would fight.",
         "Kyiv International Institute of Sociology", "organisation"),
        ("A poll found 60% oppose the war.", "Example News", "outlet"),
        ("According to a report, 300 people died.", "Example News", "outlet"),
    ],
)  # fmt: skip
def test_polls_and_studies_speak_for_their_makers(text: str, name: str, kind: str) -> None:
    """A poll or study that "found" a figure is its maker's claim; unnamed, the outlet's."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert (claim.source.name, claim.source.kind) == (name, kind)
    assert not claim.subject.endswith(("found", "showed"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Diageo, which is the world's biggest spirits firm, said it will make 8 million bottles.",
         "Diageo"),
        ("John Kirby, who spoke to reporters on Monday, said 3,000 troops would go.", "John Kirby"),
        ("The ministry, which gave no details, said 40 people died.", "ministry"),
    ],
)  # fmt: skip
def test_speaker_before_a_relative_clause(text: str, name: str) -> None:
    """In "X, which/who ..., said" X speaks, not the noun that ends the relative clause."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert claim.source.name == name


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The army found 3,000 bodies.", "bodies found"),
        ("Russia withdrew 10,000 troops.", "Russian troops withdrawn"),
    ],
)
def test_finding_and_irregular_verbs_outside_polls(text: str, subject: str) -> None:
    """Outside a poll, "found" is a verb of the figure; "withdrew" gives "withdrawn"."""
    (claim,) = extract_claims(text)
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("The death toll from the earthquake has risen to 2,300.", ["death toll"]),
        ("Officials reported a death toll of 57.", ["death toll"]),
        ("Inflation hit 7.5% and unemployment 4%.", ["Inflation", "unemployment"]),
        (
            "The IMF cut its global growth forecast to 3.6% from 4.4%.",
            ["global growth forecast"] * 2,
        ),
        ("Police estimated the crowd at 8,000.", ["crowd"]),
        ("Revenue rose to $5.2 billion from 4.9 a year earlier.", ["Revenue", "Revenue"]),
        ("The fine was 10 million euros.", ["fine"]),
        ("The death toll from the earthquake in Turkey and Syria has passed 41,000.",
         ["death toll in Turkey and Syria"]),
        ("Inflation in the eurozone reached a record 5.8% in February.", ["Inflation"]),
        ("The price of oil rose to $105.", ["price of oil"]),
        ("He sued for compensation of £90 million.", ["compensation"]),
        ("The satellite orbits at an altitude of 550 km.", ["altitude"]),
    ],
)  # fmt: skip
def test_subject_names_the_thing_a_figure_sets(text: str, subjects: list[str]) -> None:
    """A figure without a counted noun is about the thing its verb sets ("the death toll")."""
    assert [c.subject for c in extract_claims(text)] == subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Heineken rose 18 sen to RM23.50.", "RM23.50"),  # "sen" belongs to the figure before
        ("The crime is punishable by three years in prison.", "three years"),
        ("The wealthiest are sitting on record wealth of 771.3 billion.", "771.3 billion"),
        ("The yen strengthened to trade at 132.86.", "132.86"),
    ],
)
def test_subject_no_thing_from_units_verbs_or_infinitives(text: str, subject: str) -> None:
    """A unit, "punishable by", a verb before "on" or "to trade at" names no thing."""
    claim = next(c for c in extract_claims(text) if c.figure.text == subject)
    assert claim.subject not in {"sen", "punishable", "sitting", "trade"}


def test_death_toll_revised_is_a_change() -> None:
    """A death toll that the same ministry revises is one subject, and a change over time."""
    from claimtrack.consistency import FindingKind, check

    text = (
        "02:00 am Paris time\nThe death toll has risen to 2,300, the health ministry said.\n"
        "09:30 am Paris time\nThe death toll rose to 3,100, the health ministry said.\n"
    )
    claims = extract_claims(text, published=date(2023, 2, 7))
    assert [c.subject for c in claims] == ["death toll", "death toll"]
    assert [f.kind for f in check(claims).findings] == [FindingKind.CHANGE]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "1,123 deaths were confirmed, the UN human rights office said.",
            "UN human rights office",
            "government",
        ),
        (
            "The convoy is 60 km long, satellite company Maxar said.",
            "Maxar",  # the description before the name is dropped
            "organisation",
        ),
        (
            "About 150,000 troops are massed, according to Western estimates.",
            "Western estimates",
            "unnamed",  # estimates that name no body
        ),
        (
            "Macron won 58.5% of the vote, according to official results.",
            "official results",
            "unnamed",
        ),
    ],
)
def test_sources_with_field_words_and_estimates(text: str, name: str, kind: str) -> None:
    """Up to three field words name a body; "according to X estimates" keeps "estimates"."""
    (claim,) = extract_claims(text)
    assert (claim.source.name, claim.source.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Nearly 90% of Ukrainians support joining NATO.", "share of Ukrainians"),
        ("About 40% of US adults said so.", "share of US adults"),
        ("About 70% of the population is vaccinated.", "share of population vaccinated"),
        ("The hryvnia has lost 30% against the dollar.", "fall in hryvnia"),
    ],
)
def test_subject_of_a_percentage(text: str, subject: str) -> None:
    """A percentage of something is a share of it; one a verb sets is about its subject."""
    (claim,) = extract_claims(text)
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Oil prices topped $100 a barrel.", "Oil prices"),
        ("Russia's economy could shrink by 15% this year.", "fall in Russia's economy"),
        ("A 64-kilometre-long convoy was seen north of Kyiv.", "convoy"),
        ("They aimed at ending an eight-year separatist conflict.", "separatist conflict"),
        ("They dropped a 2,000-pound bomb on the town.", "bomb"),
        (
            "Around 40 per cent of Europe's gas imports come from Russia.",
            "share of Europe's gas imports",
        ),
        ("Russia committed nearly 100 percent of the forces it had massed.", "share of forces"),
        (
            "The minister announced a $10 billion capital expenditure plan.",
            "capital expenditure plan",
        ),
        ("The EU approved a €5 billion aid package for Ukraine.", "aid package"),
        ("The firm won a $48.2 million army contract.", "army contract"),
        ("That $149.99 price point seems like a good deal.", "price point"),
        ("She won a 10 km race in Paris.", "race"),
    ],
)
def test_subject_of_measures_and_changes(text: str, subject: str) -> None:
    """A measure used as an adjective measures the noun after it; a change names its thing."""
    (claim,) = extract_claims(text)
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The plant produced 2,000 tonnes of steel last year.", "weight of steel produced"),
        ("Nearly 200 tonnes of humanitarian aid were sent to Gaza.",
         "weight of humanitarian aid sent to Gaza"),
        ("Some 300 members of parliament voted against.", "members of parliament voted"),
        ("It makes 2,000 tonnes of steel a day.", "tonnes of steel per day made"),
        ("It lost six feet of the cup.", "feet lost"),
        ("They bought 40 tonnes of raw iron ore.", "weight bought"),
        ("More than 60 per cent of its revenue.", "share of revenue"),
    ],
)  # fmt: skip
def test_subject_says_what_a_measure_is_of(text: str, subject: str) -> None:
    """One or two plain words after "of" say what is measured; longer phrases and "the" do not."""
    (claim,) = extract_claims(text)
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The firm makes 300 cars a week.", "cars per week made"),
        ("He gives 20 dollars.", "dollars given"),
        ("The army loses 40 tanks.", "tanks lost"),
    ],
)
def test_subject_participle_of_irregular_verbs(text: str, subject: str) -> None:
    """An irregular verb in the present ("makes", "gives") gives its own participle, not "maked"."""
    (claim,) = extract_claims(text)
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("The party lost 2 of its 5 seats.", ["seats lost", "seats"]),
        ("Russia lost 3 of its 10 warships, Ukraine said.",
         ["Russian warships lost", "Russian warships"]),
        ("They won 3 of their 4 matches.", ["matches", "matches"]),
    ],
)  # fmt: skip
def test_part_and_whole(text: str, subjects: list[str]) -> None:
    """A part counts its whole's noun; the whole is not what the part's verb did."""
    assert [c.subject for c in extract_claims(text)] == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("He is 6ft 4in tall.", ["feet", "inches"]),
        ("She paid 80p.", ["pence paid"]),
        ("It cost Y=28,030.", ["japanese yen"]),
    ],
)
def test_units_in_subjects_are_english_plurals(text: str, subjects: list[str]) -> None:
    """A unit names a subject as render_figure writes it: "feet", "inches", not "foots"."""
    assert [c.subject for c in extract_claims(text)] == subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Moscow says 498 of its soldiers have died.", "Russian troops died"),
        ("Russia says Ukraine lost 300 of its soldiers.", "Ukrainian troops lost"),
        ("Kyiv said their 40 tanks were destroyed.", "Ukrainian tanks destroyed"),
        ("The company said 300 of its workers were fired.", "workers fired"),
        ("In Russia, the company said 300 of its workers left.", "workers left in Russia"),
    ],
)
def test_its_names_the_owner(text: str, subject: str) -> None:
    """A count of "its" or "their" things belongs to the place named just before, not a body."""
    (claim,) = extract_claims(text)
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Health authorities reported 1,234 new cases in the past 24 hours, bringing the total "
         "to 56,789.", [("1,234 new cases", "cases"), ("56,789", "total cases")]),
        ("The US will send 3,000 more troops to Poland, bringing the total to about 9,000.",
         [("3,000 more troops", "US troops sent to Poland"),
          ("about 9,000", "total US troops sent to Poland")]),
        ("Prices rose 20% over the last 10 years.", [("20%", "rise in Prices")]),
        ("He was jailed for 10 years.", [("10 years", "years")]),
        ("They spent $4.5 trillion over 10 years.", [("$4.5 trillion", "dollars spent")]),
        ("The economy shrank by 0.3% in the three months to September.",
         [("0.3%", "fall in economy")]),
        ("Sales rose 5% in the 12 months to the end of March.", [("5%", "rise in Sales")]),
        ("In the three months he was there, 40 died.",
         [("three months", "months"), ("40", "people died")]),  # a duration lends no noun
        ("He served over 10 years in prison.", [("over 10 years", "years served in prison")]),
    ],
)  # fmt: skip
def test_time_windows_and_totals(text: str, claims: list[tuple[str, str]]) -> None:
    """A window ("in the past 24 hours") is no claim; "bringing the total to N" is a total."""
    assert [(c.figure.text, c.subject) for c in extract_claims(text)] == claims


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Analysts expect 5% growth.", "growth"),
        ("It imposed 25% tariffs on steel.", "tariffs"),
        ("The vaccine is 95% effective.", "vaccine"),
        ("The company cut 1,200 jobs, or roughly 8% of its workforce.", "share of workforce"),
        ("About 40% of their income goes to rent.", "share of income"),
    ],
)
def test_what_a_percentage_is_of(text: str, subject: str) -> None:
    """A percentage names the noun after it, or its whole after "of its"; not an adjective."""
    assert extract_claims(text)[-1].subject == subject


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The company cut 1,200 jobs, it said in a statement.", "company", "organisation"),
        ("Tesla delivered 310,000 cars in the quarter, it said.", "Tesla", "organisation"),
        ("Analysts expect 5% growth, they said.", "Analysts", "unnamed"),
        ("About 9,000 people marched, according to the prefecture.", "prefecture", "government"),
        ("Russia has massed 100,000 troops, it said.", "Example News", "outlet"),
        # the verb before
        ("President Biden said 3,000 troops would go, it said.", "Biden", "person"),
    ],
)
def test_it_said_without_a_speaker_before(text: str, name: str, kind: str | None) -> None:
    """An "it said" with no speaker before it is the body that opens the sentence, not a place."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert (claim.source.name, claim.source.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("The central bank raised its key rate by 0.25 percentage points to 0.5%.",
         ["rise in key rate", "key rate"]),
        ("The firm's revenue rose 12% to $4.2 billion.",
         ["rise in firm's revenue", "firm's revenue"]),
        ("Oil prices jumped 8% to $105 a barrel.", ["rise in Oil prices", "Oil prices"]),
        ("The Dow Jones Industrial Average fell 1.3% to 33,294.95.",
         ["fall in Dow Jones Industrial Average", "Dow Jones Industrial Average"]),
        ("The crime is punishable by three years in prison.", ["years in prison"]),
    ],
)  # fmt: skip
def test_a_change_and_the_level_it_reaches(text: str, subjects: list[str]) -> None:
    """In "by N to M" both figures are about the thing changed, even in different units."""
    assert [c.subject for c in extract_claims(text)] == subjects


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Britain's economy grew by 7.5%, the Office for National Statistics said.",
         "Office for National Statistics", "government"),
        ("Some 4,000 migrants crossed the Channel, Home Office figures show.", "Home Office",
         "government"),
        ("Data from Eurostat showed inflation at 5.8%.", "Eurostat", "organisation"),
        ("The storm left 300,000 homes without power, the utility said.", "utility",
         "organisation"),
        ("The highest forecast is 84.75 cents.", "Example News", "outlet"),
        ("The study said 400 people died.", "Example News", "outlet"),  # no body: the writer's
        ("The plant shut, the report said, after 300 jobs went.", "Example News", "outlet"),
        ("Russian Foreign Minister Sergei Lavrov said 300 diplomats left.", "Sergei Lavrov",
         "person"),
    ],
)  # fmt: skip
def test_bodies_figures_and_common_nouns_as_sources(text: str, name: str, kind: str) -> None:
    """Official figures speak for their maker; "the utility said" is a body, "the study" not."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert (claim.source.name, claim.source.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("It flew more than 100 kilometers.", "kilometres flown"),
        ("It flew more than 100 km.", "kilometres flown"),
        ("The car does 21 mpg combined.", "miles per gallon combined"),
        ("Some 2.5 million Ukrainians have fled.", "Ukrainians fled"),
        ("More than 50,000 people fled in less than 48 hours.", "people fled"),
    ],
)
def test_subject_units_and_names(text: str, subject: str) -> None:
    """A measure is named as its unit says ("km" is "kilometres"); a named noun keeps its case."""
    assert extract_claims(text)[0].subject == subject


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Ukraine's health minister said 57 people had been killed.",
         "Ukraine's health minister", "government"),
        ("The defence minister said 300 tanks were lost.", "defence minister", "government"),
    ],
)  # fmt: skip
def test_unnamed_office_holders(text: str, name: str, kind: str) -> None:
    """A minister without a name is the office, with its field and its country."""
    (claim,) = extract_claims(text)
    assert (claim.source.name, claim.source.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Amazon said it would cut 18,000 jobs.", "Amazon", "organisation"),
        ("Pfizer said its vaccine was 91% effective.", "Pfizer", "organisation"),
        ("Kirby said it was 3,000 troops.", "Kirby", None),  # "it was" makes no body
        ("Zelensky said 137 people had died.", "Zelensky", None),
        ("Turkey's disaster agency AFAD put the death toll at 44,218.", "AFAD", "organisation"),
        ("The strike cost an estimated €300 million, chief executive Ben Smith said.",
         "Ben Smith", "person"),
    ],
)  # fmt: skip
def test_speakers_that_say_it_and_titles(text: str, name: str, kind: str | None) -> None:
    """A one-word speaker that says "it would" or "its" is no person; titles include executives."""
    (claim,) = extract_claims(text)
    assert (claim.source.name, claim.source.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moody's said the deficit would reach 6% of GDP.", "Moody's"),
        ("McDonald's said it would hire 5,000 workers.", "McDonald's"),
        ("Sainsbury’s has said sales rose 3%.", "Sainsbury's"),
        ("Rating agency Moody's said the deficit would reach 6% of GDP.", "Moody's"),
        ("The deficit would reach 6% of GDP, according to Moody's.", "Moody's"),
        ("The deficit would reach 6% of GDP, said Moody's.", "Moody's"),
        ("Russia's defence ministry said 300 soldiers died.", "Russia's defence ministry"),
        ("300 people died, according to AFP's tally.", "AFP"),
        ("The Fed's forecasts of 3% growth held.", "Outlet"),
        ("It's said that 300 people died.", "Outlet"),
    ],
)
def test_a_company_named_in_s_speaks(text: str, name: str) -> None:
    """A name ending in "'s" before "said" or a mark is a company ("Moody's"), not an owner."""
    (claim,) = extract_claims(text, outlet="Outlet")
    assert claim.source.name == name
    assert claim.source.kind in {"organisation", "government", "outlet"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Italy's Civil Protection Agency said 30 people died.", "Italy's Civil Protection Agency"),
        ("Japan's Fair Trade Commission said 30 firms were fined.",
         "Japan's Fair Trade Commission"),
        ("Moody's Investors Service said the deficit would reach 6%.", "Moody's Investors Service"),
    ],
)  # fmt: skip
def test_an_owners_body_named_in_capitals_is_no_person(text: str, name: str) -> None:
    """Capitalised words ending in a body's word after an owner ("Italy's ...") are a body."""
    (claim,) = extract_claims(text)
    assert (claim.source.name, claim.source.kind) == (name, "organisation")


@pytest.mark.parametrize(
    ("text", "subjects", "name"),
    [
        ("The Bank of England raised interest rates by 0.75 percentage points to 3%.",
         ["rise in interest rates", "interest rates"], "Example News"),
        ("The government cut fuel duty by 5p a litre.", ["fall in fuel duty"], "Example News"),
        ("At least 1,200 people were killed, the country's disaster agency said.",
         ["people killed"], "country's disaster agency"),
    ],
)  # fmt: skip
def test_objects_of_setting_verbs_and_owned_bodies(
    text: str, subjects: list[str], name: str
) -> None:
    """A figure after "raised X by" is about X; "the country's disaster agency" speaks whole."""
    claims = extract_claims(text, outlet="Example News")
    assert [c.subject for c in claims] == subjects
    assert {c.source.name for c in claims} == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Putin said he wanted talks, but the Kremlin has massed 130,000 troops.", "Example News"),
        ("He said talks were possible, although Russia has deployed 100,000 troops.",
         "Example News"),
        ("Putin said he wanted talks, but 130,000 troops remain.", "Putin"),
        ("Kirby said the US would send troops, but the deployment would number 3,000.", "Kirby"),
        ("The minister said wages rose 5%, but prices rose 9%.", "minister"),
    ],
)  # fmt: skip
def test_a_clause_of_the_writer_after_but(text: str, name: str) -> None:
    """After "but" or "although", a clause with its own subject and verb is the writer's."""
    claims = extract_claims(text, outlet="Example News")
    assert [c.source.name for c in claims][-1] == name


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Prices rose 5%, the central bank said.", "central bank", "organisation"),
        ("Inflation hit 10%, the national statistics bureau said.", "national statistics bureau",
         "government"),
        ("Traffic fell 5%, the port authority said.", "port authority", "government"),
        ("Prices rose 5%, the competition watchdog said.", "competition watchdog", "government"),
    ],
)  # fmt: skip
def test_bodies_named_by_their_field(text: str, name: str, kind: str) -> None:
    """A bank, bureau, authority or watchdog named by its field speaks ("the central bank said")."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert (claim.source.name, claim.source.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Russia killed 25 people and wounded 60.", ["people killed", "people wounded"]),
        ("Russia has massed 100,000 troops.", ["Russian troops massed"]),
        ("Moscow says 498 of its soldiers were killed.", ["Russian troops killed"]),
        ("Ukraine's military said it had destroyed 79 Russian tanks and 100 armoured vehicles.",
         ["Russian tanks destroyed", "Russian armoured vehicles destroyed"]),
        ("Some 4,000 people were evacuated as the wildfire spread across 12,000 hectares.",
         ["people evacuated", "area"]),
    ],
)  # fmt: skip
def test_whose_figure_a_doer_gives(text: str, subjects: list[str]) -> None:
    """Those a doer kills are not its own; a clause after "as the ..." takes no verb from before."""
    assert [c.subject for c in extract_claims(text)] == subjects


@pytest.mark.parametrize(
    ("text", "subjects", "names"),
    [
        ("Hospital admissions rose by a third to 1,200 last week.",
         ["rise in Hospital admissions", "Hospital admissions"], ["Example News"] * 2),
        ("Diageo, which employs 12,000 people, said it would close three plants.",
         ["people employed", "plants closed by Diageo"], ["Example News", "Diageo"]),
    ],
)  # fmt: skip
def test_changes_by_a_fraction_and_relative_clauses(
    text: str, subjects: list[str], names: list[str]
) -> None:
    """A change by a fraction names its thing; a number's comma ends no relative clause."""
    claims = extract_claims(text, outlet="Example News")
    assert [c.subject for c in claims] == subjects
    assert [c.source.name for c in claims] == names


@pytest.mark.parametrize(
    ("text", "subject", "name", "kind"),
    [
        ("Ukraine's military said 40 drones were shot down overnight.", "drones shot down",
         "Ukraine's military", "government"),
        ("The Kremlin denied that 10,000 troops had been sent.", "troops sent", "Example News",
         "outlet"),
        ("The UK will send 50 more tanks, Downing Street confirmed.", "British tanks sent",
         "Downing Street", "government"),
    ],
)  # fmt: skip
def test_particles_denials_and_seats_of_government(
    text: str, subject: str, name: str, kind: str
) -> None:
    """A particle stays with its verb; "denied that" is no verb of the figure."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert (claim.subject, claim.source.name, claim.source.kind) == (subject, name, kind)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Eskom owes 400 billion rand, its chief executive said.", "Eskom's chief executive",
         "organisation"),
        ("Ukraine lost 300 tanks, its defence ministry said.", "Ukraine's defence ministry",
         "government"),
        ("Ukraine has lost 300 tanks, according to its defence ministry.",
         "Ukraine's defence ministry", "government"),
        ("Ukraine has lost 300 tanks, according to its latest figures.", "Ukraine", "government"),
        ("Eskom lost 3 billion rand, according to its annual report.", "Eskom", "organisation"),
        ("Tesla delivered 400,000 cars, its quarterly report said.", "Tesla", "organisation"),
        ("Eskom owes 400 billion rand, its chief executive Andre de Ruyter said.",
         "Andre de Ruyter", "person"),
        ("ECB vice-president Luis de Guindos said inflation would hit 5%.", "Luis de Guindos",
         "person"),
    ],
)  # fmt: skip
def test_offices_of_the_body_that_opens_the_sentence(text: str, name: str, kind: str) -> None:
    """An office or document of the body that opens the sentence speaks for it; "de" is in names."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert (claim.source.name, claim.source.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The health ministry said 312 people died. The ministry's statement said 45 were"
         " children.", "health ministry"),
        ("The company's annual report said revenue rose 5%.", "company"),
        ("Pfizer's annual report said 300 people were vaccinated.", "Pfizer"),
        ("Pfizer's statement said 300 people were vaccinated.", "Pfizer"),
        ("A statement said 300 people were vaccinated.", "Outlet"),
    ],
)  # fmt: skip
def test_an_owners_document_speaks_for_its_owner(text: str, name: str) -> None:
    """'The ministry's statement said' and "the company's annual report said" are the owner's."""
    assert extract_claims(text, outlet="Outlet")[-1].source.name == name


def test_what_moved_is_not_the_body_that_says_it() -> None:
    """'Prices rose 5%, it said' names no body for "it"; 'Tesla ..., it said' still does."""
    assert _source("Prices rose 5%, it said.") == ("Outlet", "outlet")
    assert _source("Tesla delivered 310,000 cars, it said.")[0] == "Tesla"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr Biden said 2,000 troops would go.", "Biden"),
        ("Mr. Biden said 2,000 troops would go.", "Biden"),
        ("Ms Ardern said 50 people were injured.", "Ardern"),
        ("2,000 tests were run, said Dr Fauci.", "Fauci"),
        ("According to Mrs Thatcher, 3 million were out of work.", "Thatcher"),
        ("Dr Mary Ramsay said 95% of children were vaccinated.", "Mary Ramsay"),
    ],
)
def test_a_courtesy_title_is_no_part_of_a_persons_name(text: str, name: str) -> None:
    """'Mr Biden said' is the person Biden, as 'President Biden said' is."""
    source = extract_claims(text, outlet="Outlet")[-1].source
    assert (source.name, source.kind) == (name, "person")


@given(
    st.sampled_from(["Mr", "Mr.", "Mrs", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof"]),
    st.sampled_from([("Joe", "Biden"), ("Jacinda", "Ardern"), ("Anthony", "Fauci")]),
    st.booleans(),
)
def test_property_a_titled_surname_is_the_person_named_before(
    title: str, person: tuple[str, str], named_before: bool
) -> None:
    """'<title> <surname> said' is the full name given before, else the surname, a person."""
    first, surname = person
    before = f"{first} {surname} said 20 people were hurt. " if named_before else ""
    text = f"{before}{title} {surname} said 30 people were hurt."
    source = extract_claims(text, outlet="Outlet")[-1].source
    assert source.kind == "person"
    assert source.name == (f"{first} {surname}" if named_before else surname)


@pytest.mark.parametrize(
    "text",
    [
        "Joe Biden said 2,000 troops would go. Mr Biden said 3,000 troops would go.",
        "Jacinda Ardern said 50 people were hurt. Ms Ardern later said 51 were hurt.",
        "Anthony Fauci said 50 tests were run. Dr. Fauci said 60 tests were run.",
        "Volodymyr Zelensky said 10,000 soldiers died. Zelensky said 12,000 soldiers died.",
    ],
)
def test_a_surname_after_a_full_name_is_that_persons(text: str) -> None:
    """'Joe Biden said ... Mr Biden said' is one source, the full name, for consistency."""
    claims = extract_claims(text, outlet="Outlet", published=date(2023, 3, 1))
    (name,) = {c.source.name for c in claims}
    assert " " in name
    assert "conflict" not in [f.kind.value for f in check(claims).findings]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials later said 2,921 people had died.", "Officials"),
        ("Health officials have also said 2,921 people had died.", "Health officials"),
        ("Residents again said 300 homes were flooded.", "Residents"),
        ("Officials on Tuesday said 300 troops would go.", "Officials"),
        ("Analysts now say growth will reach 5%.", "Analysts"),
        ("The Pentagon then said 3,000 troops would go.", "Pentagon"),
        ("Shell also said it would cut 300 jobs.", "Shell"),
        ("Joe Biden later told reporters 300 troops would go.", "Joe Biden"),
        ("The ministry later said 2,921 people had died.", "ministry"),
    ],
)
def test_an_adverb_before_the_reporting_verb_is_no_part_of_the_speaker(
    text: str, name: str
) -> None:
    """'Officials later said' is the officials', 'The Pentagon then said' the Pentagon's."""
    assert extract_claims(text, outlet="Outlet")[-1].source.name == name


@given(
    st.sampled_from(
        ["Officials", "Health officials", "The Pentagon", "Shell", "Joe Biden", "The ministry"]
    ),
    st.lists(
        st.sampled_from(["later", "also", "previously", "earlier", "then", "now", "again"]),
        min_size=1,
        max_size=2,
    ),
    st.sampled_from(["said", "told reporters", "has said"]),
)
def test_property_adverbs_before_the_verb_leave_the_speaker_as_it_is(
    speaker: str, adverbs: list[str], verb: str
) -> None:
    """Adverbs between a speaker and its verb never change who speaks."""
    figure = " 2,921 people had died."
    plain = extract_claims(f"{speaker} {verb}{figure}", outlet="Outlet")[-1].source
    text = f"{speaker} {' '.join(adverbs)} {verb}{figure}"
    assert extract_claims(text, outlet="Outlet")[-1].source == plain


def test_a_speaker_with_an_adverb_is_one_source_with_itself() -> None:
    """'Officials said 2,000 ... Officials later said 2,921' is one source: no conflict."""
    text = "Officials said 2,000 people had died. Officials later said 2,921 people had died."
    claims = extract_claims(text, outlet="Outlet", published=date(2023, 2, 8))
    assert {c.source.name for c in claims} == {"Officials"}
    assert "conflict" not in [f.kind.value for f in check(claims).findings]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Inflation hit 10.1% in September, it said.", "Outlet"),
        ("Unemployment stood at 5.2% in May, it said.", "Outlet"),
        ("Revenue reached $3 billion last year, it said.", "Outlet"),
        ("Consumer prices climbed 4% in June, it said.", "Outlet"),
        ("Enedis restored power to 50,000 homes, it said.", "Enedis"),
        ("In March, Tesla delivered 310,000 cars, it said.", "Tesla"),
        (
            "In March, Ukraine lost 300 tanks, its defence ministry said.",
            "Ukraine's defence ministry",
        ),
        ("In the first quarter, Enedis restored power to 9,000 homes, it said.", "Enedis"),
        ("Enedis has cut 1,200 jobs, it said.", "Enedis"),
        # a verb that may set a level, acting on the things its figure counts
        ("Shell shed 300 jobs, it said.", "Shell"),
        ("Northwind lost 300 workers last year, it said.", "Northwind"),
        ("Exports totalled 5 million tonnes, it said.", "Outlet"),
        ("Output reached 300,000 barrels a day, it said.", "Outlet"),
        ("Northwind hired 300 engineers, it said.", "Northwind"),
        # a body named before is what "it" refers to, whatever opens the sentence
        ("Eurostat said prices kept rising. Inflation hit 8.6% in June, it said.", "Eurostat"),
    ],
)
def test_a_common_word_opening_the_sentence_is_no_body_for_it_said(text: str, name: str) -> None:
    """'Inflation hit 10.1%, it said' is the outlet's; a one-word name that acts is the body."""
    assert extract_claims(text, outlet="Outlet")[-1].source.name == name


@pytest.mark.parametrize(
    ("text", "name", "kind", "subject"),
    [
        ("According to figures released by the interior ministry, 250,000 people marched.",
         "interior ministry", "government", "people marched"),
        ("A report by Human Rights Watch said at least 40 civilians were killed.",
         "Human Rights Watch", "organisation", "civilians killed"),
        ("The mayor was quoted as saying 20 buildings had been destroyed.", "mayor", "person",
         "buildings destroyed"),
        ("The World Bank expects the economy to shrink by 45% this year.", "World Bank",
         "organisation", "fall in economy"),
        ("Russian state media reported that 200 Ukrainian soldiers had surrendered.",
         "Russian state media", "outlet", "Ukrainian troops surrendered"),
        ("Pension Credit was set to rise by 10.1 percent next year.", "Example News", "outlet",
         "rise in Pension Credit"),
    ],
)  # fmt: skip
def test_more_attributions(text: str, name: str, kind: str | None, subject: str) -> None:
    """Figures released by a body, "was quoted as saying", "expects", state media speak."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert (claim.source.name, claim.source.kind, claim.subject) == (name, kind, subject)


@pytest.mark.parametrize(
    ("text", "subject", "name"),
    [
        ("According to the latest UN figures, 4.3 million people have left Ukraine.",
         "people left", "UN"),
        ("The number of people in hospital with Covid rose by 1,200 to 15,400, NHS England said.",
         "rise in number of people", "NHS England"),
        ("The IMF cut its 2022 global growth forecast to 3.6%.", "2022 global growth forecast",
         "IMF"),
        ("Shell said its profits tripled to a record $9.1 billion.", "Shell's profits", "Shell"),
        ("Riot police arrested 45 people, according to the Paris prosecutor's office.",
         "people arrested", "Paris prosecutor's office"),
        ("The ruble fell to a record low of 120 per dollar on Monday.", "ruble", "Example News"),
        ("Sales jumped 90 per cent to US $7.2 billion.", "rise in Sales", "Example News"),
    ],
)  # fmt: skip
def test_more_things_and_sources(text: str, subject: str, name: str) -> None:
    """Revised forecasts are their maker's; "the number of", "a record low of" name the thing."""
    claim = extract_claims(text, outlet="Example News")[0]
    assert (claim.subject, claim.source.name) == (subject, name)


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The EU pledged 1.2 billion euros, Commission President Ursula von der Leyen said.",
         [("EU euros pledged", "Ursula von der Leyen")]),
        ("Ukraine says 3,500 Russian soldiers have been killed, while Moscow acknowledges 498 "
         "deaths.", [("Russian troops killed", "Ukraine"), ("deaths", "Moscow")]),
        ("The blast killed at least 25 people and wounded 60, according to local authorities.",
         [("people killed", "local authorities"), ("people wounded", "local authorities")]),
    ],
)  # fmt: skip
def test_particles_admissions_and_new_clauses(text: str, claims: list[tuple[str, str]]) -> None:
    """Names keep "von der"; "acknowledges" reports; a new clause keeps no verb from before."""
    got = extract_claims(text, outlet="Example News")
    assert [(c.subject, c.source.name) for c in got] == claims


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("She bought a 5kg bag of rice.", "bag"),
        ("It has a 3,095mAh battery.", "battery"),
        ("They fired 155mm shells.", "shells"),
        ("It flew 300km to Kyiv.", "kilometres flown to Kyiv"),
    ],
)
def test_a_glued_measure_before_a_noun_measures_it(text: str, subject: str) -> None:
    """A measure glued to its number and followed by a noun describes that noun ("5kg bag")."""
    assert extract_claims(text)[-1].subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("A magnitude 7.8 earthquake struck Turkey.", "earthquake"),
        ("The quake, of magnitude 7.8, struck at dawn.", "quake"),
        ("A 7.8-magnitude quake hit Syria.", "quake"),
    ],
)
def test_a_magnitude_measures_its_earthquake(text: str, subject: str) -> None:
    """An earthquake's magnitude is about the quake named beside it."""
    (claim,) = extract_claims(text)
    assert (claim.figure.unit, claim.subject) == ("magnitude", subject)


def test_measures_of_different_things_are_no_conflict() -> None:
    """Tonnes of steel and tonnes of coal from one source are two subjects, not a conflict."""
    from claimtrack.consistency import check

    text = "The firm said it made 2,000 tonnes of steel and 30 tonnes of coal last year."
    claims = extract_claims(text)
    assert [c.subject for c in claims] == ["weight of steel made", "weight of coal made"]
    assert check(claims).findings == ()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Emmanuel Macron won 58.5% of the vote.", "share of vote for Emmanuel Macron"),
        ("Lula got 50.9% of the votes.", "share of votes for Lula"),
        ("The party won 30% of the vote.", "share of vote"),
    ],
)
def test_a_share_names_who_won_it(text: str, subject: str) -> None:
    """A name that won, got or received a share is who the share is for."""
    (claim,) = extract_claims(text)
    assert claim.subject == subject


def test_shares_for_two_candidates_are_no_conflict() -> None:
    """Two candidates' shares of one vote have different subjects and make no finding."""
    from claimtrack.consistency import check

    claims = extract_claims("Macron won 58.5% of the vote against 41.5% for Le Pen.")
    assert [c.subject for c in claims] == ["share of vote for Macron", "share of vote for Le Pen"]
    assert check(claims).findings == ()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The bill would raise the minimum wage to $15 an hour by 2025.", "minimum wage"),
        ("The average age of a new car buyer is 52.", "average age of new car buyer"),
        ("It says 60 per cent of men aged 18 to 34 bet on it.", "share of men"),
        (
            "A fine of 10 percent of the annual turnover, whichever is larger.",
            "share of annual turnover",
        ),
    ],
)
def test_subject_modifiers_and_stops(text: str, subject: str) -> None:
    """Words such as "minimum" may qualify a thing; "aged" and "whichever" end a share's whole."""
    assert extract_claims(text)[0].subject == subject


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Turnout stood at 67.4 percent, the electoral commission said.", "electoral commission",
         "organisation"),
        ("A spokeswoman for the fire service said crews rescued 27 people.", "fire service",
         "organisation"),
        ("More than 400 flights were cancelled, a spokesman for operator Fraport said.",
         "Fraport", "organisation"),  # described by its trade
        ("A spokesman for the Pentagon said 3,000 troops would deploy.", "Pentagon",
         "government"),
        ("Some 300 people fled, an official for the UN said.", "UN", "organisation"),
        ("Temperatures reached 47.6C, the national weather service IPMA said.", "IPMA",
         "organisation"),
        ("About 2.3 million households are in debt, regulator Ofgem said.", "Ofgem",
         "government"),
        ("Six warships sailed, news agency Interfax said.", "Interfax", "outlet"),
        ("At least 320 people remain missing, the governor said.", "governor", "person"),
        ("He lost 12 kg, the service said.", "service", "organisation"),
        ("Exports fell 4.1 percent, customs data showed on Monday.", "customs", "government"),
        ("Police figures show 300 arrests.", "Police", "government"),
        ("The finance ministry now expects the deficit to reach 4.5%.", "finance ministry",
         "government"),
    ],
)  # fmt: skip
def test_bodies_named_by_their_kind_or_described(text: str, name: str, kind: str) -> None:
    """A body named by its kind speaks; a description before a body's name is dropped."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert (claim.source.name, claim.source.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Retailer Tesco said its annual profit rose 14%.", "Tesco", "organisation"),
        ("Pollster Ipsos put Labour's share at 39%.", "Ipsos", "organisation"),
        ("18 hospitals closed, according to the charity.", "charity", "organisation"),
        ("The fast-food chain said sales rose 8%.", "fast-food chain", "organisation"),
        ("A WhatsApp chain claims that 5,000 people died.", "WhatsApp chain", "shared item"),
        ("According to the plan, 3,000 troops will deploy.", "Example News", "outlet"),
        ("Bank Negara said inflation was 3%.", "Bank Negara", "organisation"),
        ("Club Brugge said the fee was 12 million euros.", "Club Brugge", None),
        (
            "The German arms maker said its revenue would rise 40%.",
            "German arms maker",
            "organisation",
        ),
        ("The tech giant said 12,000 jobs would go.", "tech giant", "organisation"),
        ("Goldman Sachs analysts expect growth of 2.1%.", "Goldman Sachs analysts", "unnamed"),
    ],
)
def test_bodies_named_by_their_trade(text: str, name: str, kind: str | None) -> None:
    """A trade opening a sentence ("Retailer Tesco") describes; "the charity" and a chain speak."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert claim.source.name == name
    assert kind is None or claim.source.kind == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ipsos put Labour's share at 39%.", "Ipsos"),
        ("A Reuters/Ipsos poll put Biden's approval at 40%.", "Ipsos"),
        ("The ministry put Russia's losses at 1,200 soldiers.", "ministry"),
    ],
)
def test_a_body_puts_an_owners_thing_at(text: str, name: str) -> None:
    """'put Labour's share at 39%' is an estimate, as 'put the share at' is: the putter's."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert claim.source.name == name
    if "poll" in text:
        assert claim.source.kind == "organisation"  # the maker of a poll


def test_another_party_puts_it_at() -> None:
    """A party that "put it at 50,000" counts what the figure before it counts."""
    text = "Police said 15,000 people marched, while organisers put it at 50,000."
    police, organisers = extract_claims(text, outlet="Example News")
    assert (police.source.name, organisers.source.name) == ("Police", "organisers")
    assert police.subject == organisers.subject == "people marched"
    assert organisers.figure.unit == "person"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The airline will cut 2,000 jobs.", "jobs cut"),
        ("Ford will shed 3,800 jobs in Europe.", "jobs shed by Ford in Europe"),
        ("The company plans to hire 500 workers.", "workers hired"),
        ("Apple agreed to paying $100 million to Creative.", "dollars paid by Apple to Creative"),
        ("The court sentenced him to 12 years in prison.", "years in prison"),
        ("Shares shed 3% on Monday.", "fall in Shares"),  # a thing's figure, not an object
    ],
)
def test_verbs_before_the_figure_in_any_form(text: str, subject: str) -> None:
    """A verb before the figure names it in any form ("will cut"); an object pronoun never does."""
    (claim,) = extract_claims(text)
    assert claim.subject == subject


def test_a_speakers_own_losses_take_its_demonym() -> None:
    """A speaker that "says it has lost 1,351" counts its own troops, not those named before."""
    text = (
        "Zelensky told CNN that as many as 3,000 Ukrainian soldiers had been killed, "
        "while Moscow says it has lost 1,351."
    )
    kyiv, moscow = extract_claims(text)
    assert kyiv.subject == "Ukrainian troops killed"
    assert (moscow.subject, moscow.source.name) == ("Russian troops lost", "Moscow")


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("The ministry said 1,500 soldiers would take part in the drills, which involve 40 "
         "warships.", ["troops taking part in the drills", "warships"]),
        ("The IMF now forecasts global growth of 2.7 percent.", ["global growth"]),
        ("The Fed's forecasts of 3% growth held.", ["Fed's forecasts"]),
    ],
)  # fmt: skip
def test_clauses_and_verbs_that_bound_a_subject(text: str, subjects: list[str]) -> None:
    """A verb "would take part" is one; ", which involve" opens a clause; a verb ends a topic."""
    assert [c.subject for c in extract_claims(text)] == subjects


def test_a_possessive_before_a_reporting_word_makes_it_a_noun() -> None:
    """A word after a possessive is a noun: "the Fed's forecasts" names no speaker."""
    (claim,) = extract_claims("The Fed's forecasts of 3% growth held.", outlet="Example News")
    assert claim.source.name == "Example News"


@pytest.mark.parametrize(
    ("text", "name", "kind", "reporter"),
    [
        ("Citing two people familiar with the matter, Bloomberg reported that the deal was "
         "worth $6 billion.", "two people familiar with the matter", "unnamed", "Bloomberg"),
        ("Bloomberg, citing people familiar with the matter, reported that the deal was worth "
         "$6 billion.", "people familiar with the matter", "unnamed", "Bloomberg"),
        ("The deal was worth $6 billion, Reuters reported, citing the Interior Ministry.",
         "Interior Ministry", "government", "Reuters"),
        ("Citing rising costs, Tesla said it would cut 3,000 jobs.", "Tesla", "organisation",
         None),  # a reason, not a speaker
    ],
)  # fmt: skip
def test_a_reporter_citing_a_source(text: str, name: str, kind: str, reporter: str | None) -> None:
    """A claim "citing X, Y reported" is X's, reported by Y; a cited reason is no speaker."""
    claim = extract_claims(text, outlet="Example News")[-1]
    assert (claim.source.name, claim.source.kind) == (name, kind)
    by = claim.source.reported_by
    assert (by.name if by is not None else None) == reporter


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Pentagon said 3,000 troops would go. The statement said 1,700 would go to Poland.",
         "Pentagon", "government"),
        ("A statement said 1,700 troops would go.", "Example News", "outlet"),
        ("A Reuters report said 1,700 troops would go.", "Reuters", "outlet"),
        ("According to a statement from the prosecutor's office, they stole €1.5 million.",
         "prosecutor's office", "government"),
        ("Some 20,000 people marched, an AFP journalist estimated.", "AFP", "outlet"),
    ],
)  # fmt: skip
def test_statements_reports_and_journalists(text: str, name: str, kind: str) -> None:
    """A statement or report speaks for its maker, the speaker before, or nobody."""
    claim = extract_claims(text, outlet="Example News")[-1]
    assert (claim.source.name, claim.source.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The death toll in Turkey rose to 912.", "death toll in Turkey"),
        ("The number of people killed in Turkey had risen to 912.",
         "number of people killed in Turkey"),
        ("The combined death toll in both countries has passed 4,300.", "death toll"),
        ("The number of people in hospital rose to 912.", "number of people"),
    ],
)  # fmt: skip
def test_a_things_place_stays_in_its_subject(text: str, subject: str) -> None:
    """A thing named before a place keeps the place, so tolls of two countries never meet."""
    (claim,) = extract_claims(text)
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Oktay said 912 were killed, with 5,383 injured.", ["people killed", "people injured"]),
        ("The army lost 300 tanks and 12 were destroyed.", ["tanks lost", "tanks destroyed"]),
        ("The ministry said 300 people were injured and 20 killed.",
         ["people injured", "people killed"]),
        ("The ministry said 300 injured and 20 dead.", ["people injured", "people dead"]),
        ("The ministry said 300 people were injured and 20 dead.",
         ["people injured", "people dead"]),
        ("The blast tore through the market, killing 20 and wounding 300.",
         ["people killed", "people wounded"]),
        ("The attack left 20 dead and 300 injured.", ["people dead", "people injured"]),
        ("The attack left 20 people dead and 300 injured.", ["people dead", "people injured"]),
        ("Twenty people died and 300 were hurt.", ["people died", "people hurt"]),
        ("The quake killed 20 and left 300 homeless.", ["people killed", "people homeless"]),
        ("Local authorities have so far counted 57 dead.", ["people dead"]),
        ("15,000 people came, officials said 3 were injured.", ["people", "people injured"]),
    ],
)  # fmt: skip
def test_bare_counts_of_casualties_count_people(text: str, subjects: list[str]) -> None:
    """A bare count killed, injured, hurt, dead or missing counts people, each with its own verb."""
    assert [c.subject for c in extract_claims(text)] == subjects


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("AFAD now puts the death toll at 1,498.", "AFAD", "organisation"),
        ("The toll passed 4,300, according to AFP's tally.", "AFP", "outlet"),
    ],
)
def test_acronyms_and_possessive_sources(text: str, name: str, kind: str) -> None:
    """An unknown acronym is an organisation; "AFP's tally" is AFP's."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert (claim.source.name, claim.source.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Rains killed 30 people, bringing the death toll since mid-June to 1,136.",
         "death toll"),
        ("The toll since January rose to 40.", "death toll"),
    ],
)  # fmt: skip
def test_a_time_between_a_thing_and_its_verb(text: str, subject: str) -> None:
    """A time after the thing ("since mid-June") does not name it."""
    assert extract_claims(text)[-1].subject == subject


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Lula won 50.9%, the electoral court said.", "electoral court", "government"),
        ("Nearly 900 migrants were rescued, the Italian coast guard said.", "Italian coast guard",
         "government"),
        ("The Philippines said 30 people died.", "the Philippines", None),  # no person
    ],
)  # fmt: skip
def test_courts_guards_and_plural_names(text: str, name: str, kind: str | None) -> None:
    """Courts and coast guards speak; a name that opens with "The" is nobody's person."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert (claim.source.name, claim.source.kind) == (name, kind)


def test_a_full_date_stamp_dates_a_blog_without_published() -> None:
    """Without ``published``, a stamp with a full date dates the entries, DST included."""
    text = (
        "Live updates\n\n10:30 a.m. ET, July 4, 2022\n\nOfficials said 300 people were "
        "evacuated.\n\n11:45 a.m. ET\n\nThe governor said 12 people died.\n"
    )
    first, second = extract_claims(text, outlet="AP")
    assert first.stated_at == datetime(2022, 7, 4, 10, 30, tzinfo=timezone(timedelta(hours=-4)))
    assert second.stated_at == datetime(2022, 7, 4, 11, 45, tzinfo=timezone(timedelta(hours=-4)))


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Children under five account for 80% of malaria deaths.",
         [("80%", "share of malaria deaths")]),  # the age names a group: no claim
        ("It says 60 per cent of men aged 18 to 34 bet on sports.",
         [("60 per cent", "share of men")]),
        ("Measles cases in Europe rose 45-fold in 2023, to more than 42,000.",
         [("45-fold", "Measles cases in Europe"), ("more than 42,000", "count")]),
        ("The Amazon lost 11,568 square kilometres of forest last year.",
         [("11,568 square kilometres", "area of forest lost by Amazon")]),
        ("Output reached 2,000 tonnes of steel.", [("2,000 tonnes", "Output")]),
    ],
)  # fmt: skip
def test_age_groups_multipliers_and_losses(text: str, claims: list[tuple[str, str]]) -> None:
    """No claim for an age group; a multiplier names no thing; what is lost names itself."""
    assert [(c.figure.text, c.subject) for c in extract_claims(text)] == claims


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The transfer fee was reported to be about €100 million.", "transfer fee"),
        ("The cost is expected to be $5 billion.", "cost"),
        ("The length of the bridge will be roughly 1,300 metres.", "length of bridge"),
        ("They can deduce what the results would be at $220.", "dollars"),  # where, not what
    ],
)
def test_a_thing_that_is_to_be_a_figure(text: str, subject: str) -> None:
    """A thing that "will be" or "was reported to be" a figure names it; "be at" does not."""
    (claim,) = extract_claims(text)
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "name", "reporter"),
    [
        ("A Western diplomat told AFP that 3,000 troops had arrived.", "Western diplomat", "AFP"),
        ("The mayor told Reuters that 40 people had died.", "mayor", "Reuters"),
        ("Kirby told reporters that nearly 3,000 troops would go.", "Kirby", None),
        ("Speaking to CNN, Zelensky said 1,300 soldiers had died.", "Zelensky", "CNN"),
        ("In an interview with Reuters, the minister said 300 people died.", "minister",
         "Reuters"),
    ],
)  # fmt: skip
def test_a_speaker_who_told_an_outlet(text: str, name: str, reporter: str | None) -> None:
    """What a speaker "told AFP" or said "speaking to CNN" is the speaker's, reported by it."""
    (claim,) = extract_claims(text, outlet="Example News")
    by = claim.source.reported_by
    assert (claim.source.name, by.name if by is not None else None) == (name, reporter)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The reform would raise the retirement age from 62 to 64.", "retirement age"),
        ("He raised the minimum wage from $7.25 to $15.", "minimum wage"),
        ("Prices range from $5 to $10.", "dollars"),  # no verb that changes a thing
    ],
)
def test_a_change_of_a_verbs_object(text: str, subject: str) -> None:
    """A verb that changes its object "from X to Y" names the thing changed."""
    (claim,) = extract_claims(text)
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "subject", "source"),
    [
        ("Russia fired 40 missiles, the Ukrainian air force said.", "Russian missiles fired",
         "Ukrainian air force"),
        ("Ukraine's military said it had shot down 35 drones.", "drones shot down",
         "Ukraine's military"),
        ("Russia has wiped out 300 tanks.", "tanks wiped out", "Example News"),
        ("The company laid off 300 workers.", "workers laid off", "Example News"),
        ("Prices went up 5%.", "percent", "Example News"),  # a measure's move: no verb
    ],
)  # fmt: skip
def test_verbs_with_particles_and_air_forces(text: str, subject: str, source: str) -> None:
    """A verb with its particle before a count names it ("shot down"); an air force speaks."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert (claim.subject, claim.source.name) == (subject, source)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("While Kyiv says 300 soldiers died, Moscow says 50.", ["Kyiv", "Moscow"]),
        ("The ministry said 300 people died, AFP reported.", ["ministry"]),
        ("The US added 261,000 jobs, the Labor Department said.", ["Labor Department"]),
        ("300 people died, the ministry said.", ["ministry"]),
    ],
)
def test_a_reporting_verb_before_the_figure_governs_it(text: str, sources: list[str]) -> None:
    """A figure in the complement of "X says" is X's even when another clause follows."""
    assert [c.source.name for c in extract_claims(text, outlet="Example News")] == sources


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "The interior ministry counted 1.12 million protesters nationwide.",
            ["interior ministry"],
        ),
        ("In Paris, police counted 87,000 demonstrators, the CGT 500,000.", ["police", "CGT"]),
        ("Police estimated the crowd at 40,000, organisers 100,000.", ["Police", "organisers"]),
        (
            "Unions said 2.8 million people marched; the ministry counted 1.27 million.",
            ["Unions", "ministry"],
        ),
        # after "said", a name before a number is as often a place: no source is read there
        ("Officials said 20 people died in Kharkiv, Kyiv 12.", ["Officials"]),
        ("Votes were counted in 300 districts.", ["Example News"]),
    ],
)
def test_who_counted_a_crowd_is_its_source(text: str, sources: list[str]) -> None:
    """Who "counted N" is its source, and so is a later "Y N" with the verb left out."""
    claims = extract_claims(text, outlet="Example News")
    assert [c.source.name for c in claims] == sources


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "The ministry counted 1.12 million protesters, against more than two million "
            "according to the CGT.",
            ["ministry", "CGT"],
        ),
        ("About 9,000 people marched according to the prefecture.", ["prefecture"]),
        (
            "Police said 5,000 marched and according to the CGT, 20,000 took part.",
            ["Police", "CGT"],
        ),
    ],
)
def test_according_to_without_a_comma_attributes_the_figure_before(
    text: str, sources: list[str]
) -> None:
    """A figure before "according to X" with no comma is X's; "and according to X, N" leads."""
    claims = extract_claims(text, outlet="Example News")
    assert [c.source.name for c in claims] == sources
    assert all("CGT" not in c.subject and "prefecture" not in c.subject for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "The CGT union said 2.8 million people marched across France, while the interior "
        "ministry put the figure at 1.27 million.",
        "Organisers said 500,000 people took part; police put the number at 80,000.",
        "Police estimated the crowd at 40,000, while organisers put it at 100,000.",
        "Police estimated the crowd at 40,000, organisers 100,000.",
    ],
)
def test_another_partys_count_has_the_same_subject_and_conflicts(text: str) -> None:
    """Two parties' counts of one crowd get one subject, place and all, and conflict."""
    from claimtrack.consistency import FindingKind, check

    first, second = extract_claims(text, outlet="Example News")
    assert first.subject == second.subject
    assert first.source.name != second.source.name
    assert [f.kind for f in check([first, second]).findings] == [FindingKind.CONFLICT]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Zelensky: 1,300 Ukrainian soldiers killed so far", "Zelensky"),
        ("UN: More than 1.5 million refugees have fled Ukraine", "UN"),
        ('Kirby: "We estimate Russia has amassed more than 150,000 troops."', "Kirby"),
        ("Boris Johnson: 100,000 troops could be sent.", "Boris Johnson"),
        ("Update: 300 people have been evacuated.", "Example News"),
        ("Key events: 2,000 troops arrive in Poland.", "Example News"),
    ],
)
def test_a_name_before_an_opening_colon_speaks(text: str, source: str) -> None:
    """A headline's "Name: ..." attributes its figures to the name; labels are no speakers."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert claim.source.name == source


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Microsoft agreed to buy Activision in a deal worth $69 billion.", "deal"),
        ("The striker joined in a deal worth a reported £85 million.", "deal"),
        ("The aid package, worth $1.2 billion, includes 100 Stinger missiles.", "aid package"),
    ],
)
def test_what_is_worth_a_sum_names_it(text: str, subject: str) -> None:
    """The noun before "worth" is what a sum measures: "a deal worth $69 billion" is `deal`."""
    claim = extract_claims(text)[0]
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "subject", "source"),
    [
        ("The White Helmets put the toll in the rebel-held northwest at 900.",
         "death toll in the rebel-held northwest", "White Helmets"),
        ("Police put the death toll from the quake at 5,000.",
         "death toll from the quake", "Police"),
        ("They put the toll at 300.", "death toll", "Example News"),
    ],
)  # fmt: skip
def test_putting_a_toll_somewhere_at_a_figure(text: str, subject: str, source: str) -> None:
    """In "put the toll in X at N" the estimate is the toll's in X, and the putter says it."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert (claim.subject, claim.source.name) == (subject, source)


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("In Turkey alone, 3,419 people were killed and 20,534 injured.",
         ["people killed in Turkey", "people injured in Turkey"]),
        ("In the Donbas, 300 civilians were killed.", ["civilians killed in the Donbas"]),
        ("Across France, 1.27 million people marched.", ["people marched across France"]),
        ("In January, 300 people were killed.", ["people killed"]),  # a time, no place
        ("In Kharkiv, 20 people died in shelling.", ["people died in shelling"]),
        ("In Paris, police counted 87,000 demonstrators, the CGT 500,000.",
         ["demonstrators counted in Paris", "demonstrators counted in Paris"]),
    ],
)  # fmt: skip
def test_a_place_opening_the_sentence_enters_the_subject(text: str, subjects: list[str]) -> None:
    """A place opening the sentence enters the subject: "In Turkey alone, 3,419 were killed"."""
    assert [c.subject for c in extract_claims(text)] == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Tesla delivered 466,140 vehicles in the second quarter, up 83% from a year earlier.",
         ["vehicles delivered by Tesla in the second quarter",
          "rise in vehicles delivered by Tesla in the second quarter"]),
        ("Brent crude rose $2.10, or 2.5%, to $86.40 a barrel.",
         ["rise in Brent crude"] * 2 + ["Brent crude"]),
        ("The company cut 1,200 jobs, or roughly 8% of its workforce.",
         ["jobs cut", "share of workforce"]),
    ],
)  # fmt: skip
def test_a_change_in_an_aside_is_about_the_figure_before(text: str, subjects: list[str]) -> None:
    """A percentage after ", up" or ", or" gives the change of the figure before: one subject."""
    assert [c.subject for c in extract_claims(text)] == subjects


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("At least 40 people have been arrested, police said, adding that 12 officers were "
         "injured.", ["police", "police"]),
        ("The Kremlin said 50 soldiers died, adding that 200 were injured.",
         ["Kremlin", "Kremlin"]),
        ("Truss called Russia's bluff, saying 30,000 troops were ready.", ["Truss"]),
        ("More than 300 people died, saying nothing.", ["Example News"]),
    ],
)  # fmt: skip
def test_adding_continues_the_speaker_before(text: str, sources: list[str]) -> None:
    """A participle such as "adding" goes on with the speaker before it, never with "At"."""
    assert [c.source.name for c in extract_claims(text, outlet="Example News")] == sources


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The hurricane left 2.6 million homes without power, utility companies said.",
         "utility companies"),
        ("Some 300 people were injured, local doctors said.", "local doctors"),
        ("Pollsters said 45% would vote.", "Pollsters"),
    ],
)  # fmt: skip
def test_unnamed_groups_with_a_field_word(text: str, source: str) -> None:
    """A group that news cites without a name speaks, with a field word before it."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert (claim.source.name, claim.source.kind) == (source, "unnamed")


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Hospital admissions rose by a third last week to 1,200.",
         ["rise in Hospital admissions", "Hospital admissions"]),
        ("Sales rose 12% in March to $4.2 billion.", ["rise in Sales", "Sales"]),
    ],
)  # fmt: skip
def test_a_level_after_a_change_and_a_time(text: str, subjects: list[str]) -> None:
    """The level after "to" measures what changed, with a time between ("last week")."""
    assert [c.subject for c in extract_claims(text)] == subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The company employs about 160,000 people worldwide.", "people employed"),
        ("The firm recruited 200 engineers last year.", "engineers recruited"),
        ("The club signed 3 players.", "players signed"),
    ],
)
def test_business_verbs_before_a_count(text: str, subject: str) -> None:
    """The verbs employ, recruit, sign and ship before a count enter its subject."""
    (claim,) = extract_claims(text)
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The governor of the Kharkiv region, Oleh Synegubov, said three civilians were killed.",
         "Oleh Synegubov"),
        ("The Pentagon spokesman, John Kirby, said 3,000 troops would deploy.", "John Kirby"),
        ("Officials in Kharkiv, Ukraine, said 20 people died.", "Example News"),  # a place
    ],
)  # fmt: skip
def test_a_name_between_commas_after_a_title_speaks(text: str, source: str) -> None:
    """In "The governor of X, Oleh Synegubov, said" the name between the commas speaks."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert claim.source.name == source


def test_an_elliptical_count_keeps_a_names_case() -> None:
    """A count that borrows "Ukrainians" from the figure before keeps its capital."""
    text = "Some 6.2 million Ukrainians are refugees, while 5.1 million are displaced."
    assert [c.subject for c in extract_claims(text)][1].startswith("Ukrainians")


def test_a_writers_correction_after_but_is_the_outlets() -> None:
    """In "X claimed inflation was 9%, but it was 1.4%" the 1.4% is the writer's: inflation."""
    text = (
        "Biden claimed that inflation was 9% when he took office, but it was 1.4% in January 2021."
    )
    claimed, actual = extract_claims(text, outlet="Example News")
    assert (claimed.source.name, claimed.subject) == ("Biden", "inflation")
    assert (actual.source.name, actual.subject) == ("Example News", "inflation")


def test_official_figures_after_but_are_not_the_speakers() -> None:
    """Official figures after "but" are not the speaker's: "but official figures show 7%"."""
    text = ("The minister claimed that knife crime had fallen by 20% since 2010, but official "
            "figures show a rise of 7%.")  # fmt: skip
    assert [c.source.name for c in extract_claims(text, outlet="Example News")] == [
        "minister",
        "Example News",
    ]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("According to the Office for National Statistics, net migration reached 745,000 in "
         "2022, not the 1 million claimed by some MPs.",
         ["Office for National Statistics", "some MPs"]),
        ("The 300 deaths reported by local media could not be verified.", ["local media"]),
        ("Officials said 300 people died in the attack reported by local media.", ["Officials"]),
    ],
)  # fmt: skip
def test_a_figure_claimed_by_someone(text: str, sources: list[str]) -> None:
    """A figure right before "claimed by X" or "reported by X" is X's, and no other figure is."""
    assert [c.source.name for c in extract_claims(text, outlet="Example News")] == sources


def test_a_figure_claimed_by_others_conflicts_with_the_official_one() -> None:
    """An official figure and one "claimed by some MPs" after "not the" conflict on one subject."""
    from claimtrack.consistency import FindingKind, check

    text = ("According to the Office for National Statistics, net migration reached 745,000 in "
            "2022, not the 1 million claimed by some MPs.")  # fmt: skip
    claims = extract_claims(text, outlet="Example News")
    assert {c.subject for c in claims} == {"net migration"}
    assert [f.kind for f in check(claims).findings] == [FindingKind.CONFLICT]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ('"About 3,000 troops will deploy," Kirby told reporters. "Another 1,000 will follow '
         'next week."', ["Kirby", "Kirby"]),
        ("Per the latest UN figures, 8 million people have fled.", ["UN"]),
        ("Per Reuters, 300 people died.", ["Reuters"]),
        ("Oil costs $80 per barrel.", ["Example News"]),
        ("Officials believe that at least 400 people are still trapped.", ["Officials"]),
        ("Local authorities have so far counted 57 dead.", ["Local authorities"]),
        ('"Some 200 fled," a witness said.', ["witness"]),
        ("Some 200 people fled, a local resident told AFP.", ["local resident"]),
    ],
)  # fmt: skip
def test_more_ways_news_attributes(text: str, sources: list[str]) -> None:
    """A quotation going on after its attribution, "Per X", base-form verbs, "so far", a witness."""
    assert [c.source.name for c in extract_claims(text, outlet="Example News")] == sources


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("More than 50,000 people have fled, the UN refugee chief said.", "UN refugee chief",
         "person"),
        ("Some 300 died, the EU foreign policy chief said.", "EU foreign policy chief", "person"),
        ("The EU will freeze 300 accounts, von der Leyen said.", "von der Leyen", "person"),
        ("Ursula von der Leyen said 300 accounts were frozen.", "Ursula von der Leyen", "person"),
    ],
)  # fmt: skip
def test_heads_named_by_office_and_names_with_particles(text: str, name: str, kind: str) -> None:
    """A chief named by office is a person; a name may open with "von der" and still speak."""
    (claim,) = extract_claims(text, outlet="Example News")
    assert (claim.source.name, claim.source.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("More than 50,000 people have fled Ukraine in less than 48 hours, the UN said.",
         ["More than 50,000 people"]),
        ("Troops must leave within 24 hours.", []),
        ("The city fell in 48 hours.", ["48 hours"]),
        ("He was jailed for less than 2 years.", ["less than 2 years"]),
    ],
)  # fmt: skip
def test_how_soon_is_no_claim(text: str, figures: list[str]) -> None:
    """A duration after "in less than" or "within" says how soon: no claim is made of it."""
    assert [c.figure.text for c in extract_claims(text)] == figures


@pytest.mark.parametrize(
    ("text", "subjects", "sources"),
    [
        ("We believe the fair value of the stock is $9.", None, ["Example News"]),
        ("I said 300 people came.", None, ["Example News"]),
        ("He has averaged 7.3 points while shooting 47.6% from the field.",
         ["points averaged", "percent shot"], None),
    ],
)  # fmt: skip
def test_first_person_and_irregular_participles(
    text: str, subjects: list[str] | None, sources: list[str] | None
) -> None:
    """First persons ("We believe") name no source; "shooting" gives "shot", not "shooted"."""
    claims = extract_claims(text, outlet="Example News")
    if subjects is not None:
        assert [c.subject for c in claims] == subjects
    if sources is not None:
        assert [c.source.name for c in claims] == sources


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Wuliangye Yibin rose 8.1 percent to 99.20 yuan and Sichuan Swellfun rallied 7 percent "
         "to 47.65 yuan.",
         ["rise in Wuliangye Yibin", "Wuliangye Yibin", "rise in Sichuan Swellfun",
          "Sichuan Swellfun"]),
        ("Shares of Ross were down 2.3%.", ["fall in Shares of Ross"]),
        ("The brand was expected to grow sales by 35 per cent this half.", ["rise in sales"]),
    ],
)  # fmt: skip
def test_market_verbs_set_a_things_figure(text: str, subjects: list[str]) -> None:
    """Market verbs ("rallied", "were down", "grow sales by") name what a percentage measures."""
    assert [c.subject for c in extract_claims(text)] == subjects


@pytest.mark.parametrize(
    ("text", "stated", "valid"),
    [
        ("300 people died on Monday, the ministry said on Tuesday.", (2023, 2, 7), (2023, 2, 6)),
        ("The toll was 5,000 on February 6, the ministry said on February 8.", (2023, 2, 8),
         (2023, 2, 6)),
        ("Some 300 people were killed in Kharkiv on Wednesday night.", None, (2023, 2, 8)),
        ("The ministry said on Monday that 300 people had died.", (2023, 2, 6), None),
        ("300 people died today, officials said.", None, None),
    ],
)  # fmt: skip
def test_the_day_a_figure_applies_to(
    text: str, stated: tuple[int, int, int] | None, valid: tuple[int, int, int] | None
) -> None:
    """A day in the figure's own clause sets valid_at; the reporting clause's day, stated_at."""
    published = datetime(2023, 2, 10, 12, 0, tzinfo=UTC)  # a Friday
    (claim,) = extract_claims(text, published=published)
    if stated is not None:
        assert claim.stated_at == datetime(*stated, tzinfo=UTC)
    assert claim.valid_at == (datetime(*valid, tzinfo=UTC) if valid else None)


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("AEMET warned that temperatures could climb to 46C by Tuesday.", date(2024, 7, 30)),
        ("AEMET said 3,000 people would be evacuated by Friday.", date(2024, 8, 2)),
        ("Officials said 3,000 people will be evacuated on Friday.", date(2024, 8, 2)),
        ("Temperatures are expected to reach 45C on Friday, AEMET said.", date(2024, 8, 2)),
        ("Winds of 120 km/h were forecast for Wednesday.", date(2024, 7, 31)),
        ("He said 5,000 troops would arrive on August 2.", date(2024, 8, 2)),
        ("300 people died on Friday, the ministry said.", date(2024, 7, 26)),
        ("5,000 troops arrived on August 2.", date(2023, 8, 2)),
        ("Rescuers could not reach 30 people on Friday.", date(2024, 7, 26)),
        ("300 people would have died on Friday without the dam.", date(2024, 7, 26)),
        ("300 flights were cancelled due to strikes on Friday.", date(2024, 7, 26)),
        ("“We will rebuild,” he said, adding that 300 homes were destroyed on Friday.",
         date(2024, 7, 26)),
    ],
)  # fmt: skip
def test_a_day_in_a_clause_about_the_future_is_the_next_one(text: str, valid: date) -> None:
    """A day after a figure in a clause about the future is the next such day, else the last."""
    (claim,) = extract_claims(text, published=date(2024, 7, 29))  # a Monday
    assert claim.valid_at is not None
    assert claim.valid_at.date() == valid


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("The health ministry said 2,350 cases were confirmed in the week to Sunday, up from "
         "1,200 the previous week.", [date(2024, 3, 10), date(2024, 3, 3)]),
        ("The ministry said 2,350 cases were confirmed on Monday, up from 1,200 the previous "
         "day.", [date(2024, 3, 11), date(2024, 3, 10)]),
        ("Sales were 5,000 units last week, down from 6,000 the week before.",
         [date(2024, 3, 7), date(2024, 2, 29)]),
        ("Arrivals reached 95,000 last week, compared with 105,000 a week earlier.",
         [date(2024, 3, 7), date(2024, 2, 29)]),
        ("Exports rose to $5.2 billion, compared with $4.9 billion a year earlier.",
         [None, date(2023, 3, 14)]),
        ("Sales hit 2,350 units on Tuesday, up from 1,200 last week.",
         [date(2024, 3, 12), date(2024, 3, 7)]),
        ("Cases rose to 2,350 last week from 1,200 last week.",
         [date(2024, 3, 7), date(2024, 2, 29)]),
        ("Output was 300 tonnes in 2019, down from 400 tonnes the previous year.",
         [date(2019, 1, 1), date(2018, 1, 1)]),
        ("Revenue was $89.5 billion, down 1% from a year earlier.", [None, None]),
        ("Sales hit 2,350 units in the week before Christmas.", [None]),
    ],
)  # fmt: skip
def test_a_figure_a_step_back_is_dated_before_the_one_it_is_set_against(
    text: str, valid: list[date | None]
) -> None:
    """A figure "the previous week" (or "a year earlier") applies a step before the one before."""
    claims = extract_claims(text, published=date(2024, 3, 14))  # a Thursday
    assert [c.valid_at.date() if c.valid_at else None for c in claims] == valid


def test_a_step_back_before_the_year_one_leaves_the_figure_undated() -> None:
    """A figure a day before a statement on 1 January of the year 1 gets no valid_at."""
    claims = extract_claims(
        "Sales were 5,000, up from 4,000 the day before.", published=date(1, 1, 1)
    )
    assert claims[1].valid_at is None


def test_a_figure_a_week_back_is_no_revision_upward_in_time() -> None:
    """The consistency check reads the previous week's 1,200 before this week's 2,350: up."""
    text = (
        "The health ministry said 2,350 cases were confirmed in the week to Sunday, up from "
        "1,200 the previous week."
    )
    claims = extract_claims(text, published=date(2024, 3, 14))
    assert claims[1].applies_at is not None
    assert claims[0].applies_at is not None
    assert claims[1].applies_at < claims[0].applies_at
    [finding] = check(claims).findings
    assert "from 1,200 (3 Mar 2024) to 2,350 cases (10 Mar 2024), up" in finding.explanation


def test_many_unattributed_quotations_in_one_paragraph() -> None:
    """Thousands of unattributed quotations in a paragraph neither recurse deeply nor fail."""
    text = " ".join(['"We saw 3 tanks."'] * 3000)
    claims = extract_claims(text, outlet="Example News")
    assert len(claims) == 3000
    assert {c.source.name for c in claims} == {"Example News"}


def test_thousands_of_open_quotations_in_a_row() -> None:
    """Paragraphs each left with an open quotation are followed in a loop, not recursively."""
    text = "\n".join(['"We saw 3 tanks'] * 3000)
    claims = extract_claims(text, outlet="Example News")
    assert len(claims) == 3000
    assert {c.source.name for c in claims} == {"Example News"}


def test_an_open_quotation_goes_on_into_the_next_paragraph() -> None:
    """A quotation left open at a paragraph's end is attributed where it closes."""
    text = '"We saw 300 tanks.\n"And 40 jets," the general said.'
    assert [c.source.name for c in extract_claims(text)] == ["general", "general"]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Unemployment rose 0.2% in May.", ["rise in Unemployment"]),
        ("Unemployment rose to 4.5% in May.", ["Unemployment"]),
        ("Unemployment was 4.5% in May.", ["Unemployment"]),
        ("House prices fell 2.4% in October.", ["fall in House prices"]),
        ("A 7% rise in food prices was recorded in March.", ["rise in food prices"]),
        ("A rise of 7% in food prices was recorded in March.", ["rise in food prices"]),
        ("Prices rose 5% and wages 3%, the minister said.", ["rise in Prices", "rise in wages"]),
        ("Turnover was up by 4% in the first half.", ["rise in Turnover"]),
        ("The index edged up 0.1% in October.", ["rise in index"]),
        ("The share of young voters rose from 40% to 55%.", ["share of young voters"]),
        ("People aged 65 and over make up 20% of the population.", ["share of population"]),
        ("The company lost $2 billion last year.", ["company"]),
        ("The governing coalition is on 38%.", ["governing coalition"]),
        ("Winds of up to 70 km/h were forecast.", ["Winds"]),
        ("Inflation fell below 2% in May.", ["Inflation"]),
        ("Unemployment rose above 5%.", ["Unemployment"]),
        ("Overnight lows did not fall below 28 degrees.", ["Overnight lows"]),
        ("The budget deficit stood at 2.9% of GDP.", ["budget deficit as share of GDP"]),
        ("Public debt stood at 60% of GDP.", ["Public debt as share of GDP"]),
        (
            "Defence spending will rise to 98 billion kroner, or 1.8% of GDP.",
            ["Defence spending", "Defence spending as share of GDP"],
        ),
        ("Bayer agreed to pay up to $10.9bn.", ["dollars paid by Bayer"]),
    ],
)  # fmt: skip
def test_a_change_is_named_apart_from_a_level(text: str, subjects: list[str]) -> None:
    """A figure that says how much a thing rose or fell says so in its subject; a level not."""
    assert [c.subject for c in extract_claims(text)] == subjects


def test_a_change_reported_beside_a_level_is_no_conflict() -> None:
    """One source's rise and another's level of the same thing are not compared."""
    text = (
        "Unemployment rose 0.2% in May, the ministry said.\n\n"
        "Unemployment was 4.5% in May, the central bank said."
    )
    claims = extract_claims(text)
    assert [c.subject for c in claims] == ["rise in Unemployment", "Unemployment"]
    assert not check(claims).findings


@pytest.mark.parametrize(
    "text",
    [
        "Labour stands at 41%, according to the latest YouGov poll.",
        "A new YouGov survey published on Sunday showed Labour at 41%.",
    ],
)
def test_a_pollster_after_an_adjective_is_an_organisation(text: str) -> None:
    """A poll made by "the latest YouGov poll" is an organisation's, not a person's."""
    (claim,) = extract_claims(text)
    assert (claim.source.name, claim.source.kind) == ("YouGov", "organisation")


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("The Greens won 98 seats.", ["seats for Greens"]),
        ("The Greens would get 98 seats.", ["seats for Greens"]),
        ("The Social Democrats would win 201 of the 630 seats in parliament.",
         ["seats for Social Democrats", "seats in parliament"]),
        ("With 80% of ballots counted, the Social Democrats have 27.3% of the vote.",
         ["share of ballots", "share of vote for Social Democrats"]),
        ("The conservatives trail on 24.1%, while the Greens have 14.7%.",
         ["conservatives", "Greens"]),
        ('"We have won 12 seats more than last time," she said.', ["rise in seats"]),
        ("Russia has 100,000 troops near the border.", ["Russian troops near the border"]),
    ],
)  # fmt: skip
def test_election_results_name_whose_seats_and_shares(text: str, subjects: list[str]) -> None:
    """Seats and shares a party wins, gets or has are its own; "N more than" is a change."""
    assert [c.subject for c in extract_claims(text)] == subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("NATO said Russia had 130,000 troops near Ukraine's borders.",
         "Russian troops near Ukraine's borders"),
        ("Moscow says it now has 100,000 soldiers near the border.",
         "Russian troops near the border"),
        ("NATO estimates Russia has over 100,000 troops on the border.",
         "Russian troops on the border"),
        ("Belarus has 30,000 Russian troops.", "Russian troops"),  # their own country named
        ("Biden has 3,000 troops ready.", "troops"),  # a person's troops are a country's
        ("Turkey has 3.6 million refugees.", "refugees"),  # people a country hosts: not its own
    ],
)  # fmt: skip
def test_troops_a_country_has_are_its_own(text: str, subject: str) -> None:
    """The troops a country "has" or "had" are its troops, as those it "has massed" are."""
    (claim,) = extract_claims(text)
    assert claim.subject == subject


def test_troops_two_countries_have_do_not_conflict() -> None:
    """Russia's and Ukraine's troops near the border are two counts, not one in conflict."""
    text = ("Russia has 100,000 troops near the border, NATO said.\n\n"
            "Ukraine has 250,000 troops near the border, its defence ministry said.")  # fmt: skip
    claims = extract_claims(text)
    assert [c.subject for c in claims] == [
        "Russian troops near the border",
        "Ukrainian troops near the border",
    ]
    assert not check(claims).findings


def test_seats_of_different_parties_do_not_conflict() -> None:
    """A party's gain in seats and other parties' seat counts are never compared."""
    text = (
        '"We have won 12 seats more than last time," Anna Berg said.\n\n'
        "The Social Democrats would win 201 of the 630 seats in parliament. "
        "The Greens would get 98 seats."
    )
    assert not check(extract_claims(text)).findings


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The CGT union said 400,000 people marched in Paris, while the police counted 87,000.",
         [("people marched in Paris", "CGT union"), ("people marched in Paris", "police")]),
        ("He said 55,000 people had taken part, not the 245,000 claimed by organisers.",
         [("people taking part", "unattributed"), ("people taking part", "organisers")]),
        ("Nationwide, the interior ministry put turnout at 1.27 million.",
         [("turnout", "interior ministry")]),
    ],
)  # fmt: skip
def test_another_partys_count_of_a_crowd(text: str, claims: list[tuple[str, str]]) -> None:
    """Who counted or claimed a figure is its source; what it counts is the first count's thing."""
    assert [(c.subject, c.source.name) for c in extract_claims(text)] == claims


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Around 60 people died of the disease each day, health officials said.",
         "people died per day"),
        ("The fighting killed 30 people a day.", "people per day killed"),
        ("About 300 people died daily.", "people died per day"),
        ("Some 800,000 barrels a day were exported.", "barrels per day exported"),
        ("Three people died a day after the storm.", "people died"),
    ],
)  # fmt: skip
def test_a_count_given_for_a_period_is_a_rate(text: str, subject: str) -> None:
    """A count followed by "each day", "a day" at the clause's end or "daily" is per day."""
    (claim,) = extract_claims(text)
    assert claim.subject == subject


def test_a_figure_opening_the_sentence_is_no_body_for_it_said() -> None:
    """A figure that opens the sentence is no body for "it said": the outlet speaks."""
    (claim,) = extract_claims("Around 60 people died of the disease, it said.", outlet="AFP")
    assert claim.source.name == "AFP"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("In 2010, a similar protest drew 3.5 million people, the unions said.", [2010]),
        ("Turnout was 67.2%, higher than the 61% recorded in 2019.", [None, 2019]),
        ("Sales rose 5% in 2022, the firm said.", [2022]),
        ("Sales rose 5% in 2023, the firm said.", [None]),
        ("Since 2014, 14,000 people have died.", [None]),
        ("Emissions will fall 40% by 2030.", [None]),
        ("Arrivals reached 95,000, compared with 105,000 in the same period of 2022.",
         [None, 2022]),
        ("2022 was the warmest year on record, at 1.2C above the average.", [2022]),
    ],
)  # fmt: skip
def test_a_past_year_sets_valid_at(text: str, years: list[int | None]) -> None:
    """A past year opening the sentence, as its subject or after the figure, is when it applies."""
    claims = extract_claims(text, published=date(2023, 1, 31))
    assert [c.valid_at.year if c.valid_at else None for c in claims] == years
    for c in claims:
        assert c.valid_at is None or (c.valid_at.month, c.valid_at.day) == (1, 1)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The economy will grow 1.5% in 2025, the central bank said.", [date(2025, 1, 1)]),
        ("In 2025, the economy will grow 1.5%.", [date(2025, 1, 1)]),
        ("The deficit is forecast to fall to 2.1% of GDP next year.", [date(2025, 1, 1)]),
        ("Inflation will fall to 3% in December 2024, the bank said.", [date(2024, 12, 1)]),
        ("Next month, 3,000 troops will deploy.", [date(2024, 4, 1)]),
        ("The economy grew 0.5% last year.", [date(2023, 1, 1)]),
        ("Last year, 300 people died in floods.", [date(2023, 1, 1)]),
        ("300 people died last month.", [date(2024, 2, 1)]),
        ("The economy grew 2% this year and will grow 3% next year.",
         [None, date(2025, 1, 1)]),
        ("Inflation was 3% in March 2024.", [None]),
        ("Prices have risen 20% since last year.", [None]),
        ("Sales rose 5% from last year.", [None]),
        ("The deficit will fall to 2.1% of GDP by next year.", [None]),
    ],
)  # fmt: skip
def test_a_year_or_month_to_come_sets_valid_at(text: str, days: list[date | None]) -> None:
    """A later year, a month with its year, "next year" and "last year" date their figures."""
    claims = extract_claims(text, published=date(2024, 3, 14))
    assert [c.valid_at.date() if c.valid_at else None for c in claims] == days


def test_a_forecast_for_next_year_is_not_compared_with_this_years_figure() -> None:
    """A 2025 growth forecast does not conflict with 2024's growth; two 2025 forecasts do."""
    text = (
        "The economy will grow 1.5% in 2025, the central bank said.\n\n"
        "The economy grew 0.5% in 2024, the IMF said."
    )
    assert not check(extract_claims(text, published=date(2024, 10, 1))).findings
    text = text.replace("grew 0.5% in 2024", "will grow 2.5% in 2025")
    findings = check(extract_claims(text, published=date(2024, 10, 1))).findings
    assert [f.kind.value for f in findings] == ["conflict"]


def test_counts_of_past_years_are_not_compared_with_todays() -> None:
    """A 2010 count and a 2023 count of "people marching" by different sources do not conflict."""
    text = (
        "The unions said 2.8 million people marched across France.\n\n"
        "In 2010, 1.2 million people marched across France, the police said."
    )
    claims = extract_claims(text, published=date(2023, 1, 31))
    assert claims[1].valid_at == datetime(2010, 1, 1, tzinfo=UTC)
    assert not check(claims).findings


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Ukrainian emergency services said 2,000 civilians had died.",
         "Ukrainian emergency services", "organisation"),
        ("Aid workers said 2,000 civilians had died.", "Aid workers", "unnamed"),
        ("Hospital staff said 300 people were treated.", "Hospital staff", "unnamed"),
    ],
)  # fmt: skip
def test_services_workers_and_staff_speak(text: str, name: str, kind: str) -> None:
    """Emergency services, aid workers and hospital staff are sources, not the outlet."""
    (claim,) = extract_claims(text)
    assert (claim.source.name, claim.source.kind) == (name, kind)


def test_two_tolls_of_a_war_conflict() -> None:
    """Kyiv's count of Russian dead and Moscow's count of its losses are compared."""
    text = (
        "Ukraine says it has killed 5,300 Russian soldiers since the invasion began. "
        "Moscow says it has lost 498 servicemen.\n\n"
        "The UN said it had confirmed 136 civilian deaths. "
        "Ukrainian emergency services said more than 2,000 civilians had died."
    )
    findings = check(extract_claims(text, published=date(2022, 3, 1))).findings
    assert sorted({c.source.name for f in findings for c in f.claims}) == [
        "Moscow",
        "UN",
        "Ukraine",
        "Ukrainian emergency services",
    ]
    assert [f.kind.value for f in findings] == ["conflict", "conflict"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Amazon said on Thursday it would cut about 18,000 jobs.", "Amazon", "organisation"),
        ("Pfizer said in a statement its vaccine was 95% effective.", "Pfizer", "organisation"),
        ("Joe Biden visited Kyiv.\n\nBiden said it would send 3,000 troops.", "Joe Biden",
         "person"),
        ("On Monday Zelensky said 1,300 soldiers had died.", "Zelensky", None),
        ("According to the New York Times, 10,000 jobs would go.", "New York Times", "outlet"),
        ("It cut jobs, more than the 10,000 reported by the New York Times.", "New York Times",
         "outlet"),
        ("A New York Times poll found 40% of voters undecided.", "New York Times", "outlet"),
    ],
)  # fmt: skip
def test_names_of_companies_outlets_and_people(text: str, name: str, kind: str | None) -> None:
    """A one-word name that says "it" is a body unless the text names it as a person."""
    claim = extract_claims(text)[-1]
    assert (claim.source.name, claim.source.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Inflation hit 10.1%, the highest rate in 40 years, the ONS said.", ["10.1%"]),
        ("It was the deadliest attack in 20 years.", []),
        ("It was the worst drought for 500 years.", []),
        ("He was jailed for 10 years.", ["10 years"]),
        ("The test lasted 10 years.", ["10 years"]),
    ],
)  # fmt: skip
def test_a_superlatives_stretch_of_time_is_no_claim(text: str, figures: list[str]) -> None:
    """A stretch of time after a superlative ("the highest in 40 years") is no claim."""
    assert [c.figure.text for c in extract_claims(text)] == figures


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("GDP grew 0.3% in the third quarter, the agency said, after 0.5% in the second.",
         ["rise in GDP", "rise in GDP"]),
        ("Sales rose 5%, compared with 3% a year earlier.", ["rise in Sales", "rise in Sales"]),
        ("Turnout was 67.2%, higher than the 61% recorded in 2019.", ["Turnout", "Turnout"]),
    ],
)  # fmt: skip
def test_a_figure_set_against_the_one_before_measures_its_thing(
    text: str, subjects: list[str]
) -> None:
    """A figure after "after", "compared with" or "than the" measures the one before's thing."""
    assert [c.subject for c in extract_claims(text)] == subjects


def test_a_toll_in_two_countries_is_not_the_toll_in_one() -> None:
    """A toll "in Turkey and Syria" keeps both places and never meets the toll in Turkey."""
    text = (
        "At least 1,500 people have been killed in Turkey and Syria, officials said. "
        "Turkey's disaster agency AFAD said 912 people died in Turkey."
    )
    claims = extract_claims(text)
    assert [c.subject for c in claims] == [
        "people killed in Turkey and Syria",
        "people died in Turkey",
    ]
    assert not check(claims).findings


def test_how_long_is_no_place_in_a_subject() -> None:
    """A phrase of how long ("within two days") is no place in a subject."""
    (claim,) = extract_claims("Some 300 people died within two days, officials said.")
    assert claim.subject == "people died"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("A viral video claims that 5,000 migrants crossed the Channel in a single day.",
         "viral video", "shared item"),
        ("Posts shared thousands of times on Facebook claim that 1 million people attended.",
         "posts on Facebook", "shared item"),
        ("According to a widely shared post, 40% of the population has left the country.",
         "widely shared post", "shared item"),
        ("A tweet by the minister said 300 people died.", "minister", "government"),
        ("The post office said 300 letters were lost.", "post office", "government"),
        ("The senator claimed that unemployment was 12%, but official figures put it at 4.1%.",
         "official figures", "unnamed"),
    ],
)  # fmt: skip
def test_posts_videos_and_tweets_make_claims(text: str, name: str, kind: str) -> None:
    """A post, video or meme that claims a figure is its source, not the outlet checking it."""
    claim = extract_claims(text, outlet="AFP Factuel")[-1]
    assert (claim.source.name, claim.source.kind) == (name, kind)


def test_a_fact_check_sets_the_official_counts_against_the_claim() -> None:
    """'That is false: police counted 87,000' counts what the claim before it counted."""
    text = (
        "Posts shared on Facebook claim that 1 million people attended the rally. "
        "That is false: police counted 87,000 and organisers said 150,000."
    )
    claims = extract_claims(text, outlet="AFP Factuel")
    assert [(c.subject, c.source.name) for c in claims] == [
        ("people attended", "posts on Facebook"),
        ("people attended", "police"),
        ("people attended", "organisers"),
    ]
    assert {f.kind.value for f in check(claims).findings} == {"conflict"}


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("The claim that the vaccine killed 50,000 people is not supported by the data, which "
         "show 12 deaths linked to it.", [("claim", "unnamed"), ("AFP Factuel", "outlet")]),
        ("Trump's claim that 3 million people voted illegally is false.", [("Trump", None)]),
        ("Claims that 5,000 migrants crossed in a day are untrue.", [("claim", "unnamed")]),
        ("The rumour that 40 soldiers were killed spread fast.", [("rumour", "unnamed")]),
        ("He claims that 300 people died.", [("AFP Factuel", "outlet")]),
    ],
)  # fmt: skip
def test_a_claim_being_checked_is_not_the_writers(
    text: str, sources: list[tuple[str, str | None]]
) -> None:
    """A figure in "the claim that ..." is its owner's or an unnamed claimant's, to the comma."""
    claims = extract_claims(text, outlet="AFP Factuel")
    assert [(c.source.name, c.source.kind) for c in claims] == sources


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Inflation eased to 8.5% in February from 8.6% in January, Eurostat said.",
         [date(2023, 2, 1), date(2023, 1, 1)]),
        ("In May, 300 people died.", [date(2022, 5, 1)]),
        ("Sales fell 5% in May 2021.", [date(2021, 5, 1)]),
        ("Prices rose 3% in March.", [None]),
        ("Inflation will fall to 3% in December, the bank said.", [None]),
        ("Theresa May said 300 people died.", [None]),
        ("July 2022 was the hottest month on record, with an average of 28.9 degrees.",
         [date(2022, 7, 1)]),
        ("July was the hottest month on record, with an average of 28.9 degrees.", [None]),
    ],
)  # fmt: skip
def test_a_past_month_sets_valid_at(text: str, days: list[date | None]) -> None:
    """A past month after the figure, opening the sentence or as its subject is when it applies."""
    claims = extract_claims(text, published=date(2023, 3, 2))
    assert [c.valid_at.date() if c.valid_at else None for c in claims] == days


def test_monthly_figures_of_different_months_do_not_conflict() -> None:
    """January's inflation from one source and February's from another are not compared."""
    text = (
        "Inflation was 8.6% in January, Eurostat said.\n\n"
        "Inflation was 9.2% in February, the ECB said."
    )
    assert not check(extract_claims(text, published=date(2023, 3, 2))).findings


def test_a_surname_that_is_a_month_is_a_persons() -> None:
    """A person whose surname is a month ("Theresa May") is a person."""
    (claim,) = extract_claims("Theresa May said 300 people died.")
    assert (claim.source.name, claim.source.kind) == ("Theresa May", "person")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Eurostat", "organisation"),
        ("YouGov", "organisation"),
        ("Gazprom", "organisation"),
        ("AstraZeneca", "organisation"),
        ("DeSantis", None),
        ("McCarthy", None),
        ("Blair", None),
    ],
)
def test_one_word_names_of_bodies(name: str, kind: str | None) -> None:
    """A capital inside a word or a body's ending ("-stat") names a body; surnames no body."""
    (claim,) = extract_claims(f"{name} said 300 people died.")
    assert (claim.source.name, claim.source.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Enedis now says 300 homes are cut off.", None),
        ("Shell said 300 jobs would go.", None),
        ("Shell said 300 jobs would go. Its chief executive said more would follow.",
         "organisation"),
        ("Joe Biden spoke in Warsaw. Biden said 300 troops would go.", "person"),
        ("President Joe Biden spoke in Warsaw. Biden said 300 troops would go.", "person"),
        ("Mr Biden spoke in Warsaw. Biden said 300 troops would go.", "person"),
        ("300 troops would go, said spokesman Kirby.", "person"),
        ("Erdogan said 47 people had died. He promised more aid.", "person"),
        ("Kuleba told a news conference that 20,000 civilians had been evacuated.", "person"),
        ("Prefect Christophe Mirmand spoke. Mirmand said 25 homes burned.", "person"),
        ("Speaking in Kyiv, the President said 300 soldiers died.", "person"),  # an office
    ],
)  # fmt: skip
def test_a_one_word_name_is_a_person_only_if_the_text_shows_one(
    text: str, kind: str | None
) -> None:
    """A one-word name is a person after a first name, a title or with "he"; else no person."""
    first = extract_claims(text)[0]
    assert first.source.kind == kind
    assert first.source.name.split()[-1] in {"Enedis", "Shell", "Biden", "Kirby", "Erdogan",
                                             "Kuleba", "Mirmand", "President"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Rival Shell cut prices. Shell said 300 jobs would go.", None),
        ("Dutch Shell cut prices. Shell said 300 jobs would go.", None),
        ("Unlike Shell, BP held prices. Shell said 300 jobs would go.", None),
        ("Both Shell and BP cut prices. Shell said 300 jobs would go.", None),
        ("Bank Negara cut rates. Negara said 300 jobs would go.", None),
        ("Joe Biden spoke in Warsaw. Biden said 300 troops would go.", "person"),
        ("Bill Gates spoke. The bill passed. Gates said 300 schools would benefit.", "person"),
    ],
)  # fmt: skip
def test_a_common_word_before_a_name_gives_it_no_first_name(text: str, kind: str | None) -> None:
    """'Rival Shell', 'Dutch Shell', 'Unlike Shell' give Shell no first name: no person."""
    claim = extract_claims(text)[-1]
    assert claim.source.kind == kind


def test_one_word_names_in_the_seed_blogs_keep_their_kinds(
    feb02: tuple[str, list[Claim]], feb10: tuple[str, list[Claim]]
) -> None:
    """The seed blogs name no person by one bare word: every person's name there is whole."""
    for _, claims in (feb02, feb10):
        persons = [c.source.name for c in claims if c.source.kind == "person"]
        assert persons
        assert all(" " in name for name in persons)
        assert all(c.source.kind is not None for c in claims)


def test_a_count_of_places_does_not_take_the_verb_before_it() -> None:
    """In "2,800 buildings collapsed across 10 provinces" the provinces did not collapse."""
    claims = extract_claims("As many as 2,800 buildings collapsed across 10 Turkish provinces.")
    assert [c.subject for c in claims] == ["buildings collapsed", "Turkish provinces"]
