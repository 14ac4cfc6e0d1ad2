"""Tests of claimtrack.dask: extraction and the consistency check on a Dask cluster.

The seed live blogs are FRANCE 24 with AFP (examples/data/).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.consistency import check
from claimtrack.exceptions import (
    ClaimFormatError,
    IncompatibleUnits,
    InvalidClaim,
    MissingDependency,
    StoreError,
)
from claimtrack.formats import read_parquet
from claimtrack.model import Claim, Figure, Hedge, Source
from claimtrack.policy import Policy

distributed = pytest.importorskip("dask.distributed")
dask = pytest.importorskip("dask")

from claimtrack.dask import (  # noqa: E402 - only with the extra installed
    Document,
    check_distributed,
    claims_bag,
    claims_frame,
    extract_corpus,
)

DATA = Path(__file__).resolve().parent.parent / "examples" / "data"
SEED = sorted(DATA.glob("*.txt"))

# ---------------------------------------------------------------------------
# Fixtures: one cluster for the module, a sample corpus
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """A LocalCluster of 2 worker processes with 1 thread each, no dashboard."""
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=40,
        ) as cluster,
        distributed.Client(cluster, set_as_default=False) as c,
    ):
        yield c


SOURCES = ["the Pentagon", "the Kremlin", "NATO", "Ukraine's defence ministry", "Reuters"]


def synthetic_documents(n: int) -> list[Document]:
    """Templated reports whose figures conflict across sources and move over the days."""
    docs = []
    for i in range(n):
        src = SOURCES[i % len(SOURCES)]
        text = (
            f"{src[0].upper()}{src[1:]} said {100_000 + 10_000 * (i % 7):,} Russian troops were "
            f"massed near Ukraine's border. According to the CGT union, "
            f"{1_000_000 + 100_000 * (i % 5):,} protesters marched in Paris on Tuesday. "
            f"The interior ministry said {80_000 + 1_000 * (i % 3):,} people demonstrated in Paris."
        )
        docs.append(
            Document(
                f"synthetic-{i:03d}.txt",
                text,
                published=date(2023, 1, 25 + i % 6),
                outlet=f"Outlet {i % 4}",
            )
        )
    return docs


def in_process(items: list[Document | Path], *, outlet: str | None) -> list[Claim]:
    """Extract the corpus in this process, in order (the reference result)."""
    claims: list[Claim] = []
    for item in items:
        doc = item if isinstance(item, Document) else Document.read(item, outlet=outlet)
        if doc.outlet is None:
            doc = Document(doc.name, doc.text, doc.published, doc.url, outlet)
        claims.extend(doc.claims())
    return claims


@pytest.fixture(scope="module")
def corpus() -> list[Document | Path]:
    """The two seed blogs, the pension story and 24 synthetic reports."""
    return [*SEED, *synthetic_documents(24)]


@pytest.fixture(scope="module")
def extracted(
    client: distributed.Client,
    corpus: list[Document | Path],
    tmp_path_factory: pytest.TempPathFactory,
) -> Path:
    """The corpus extracted on the cluster into a partitioned Parquet dataset."""
    out = tmp_path_factory.mktemp("dask") / "claims"
    summary = extract_corpus(corpus, output=out, npartitions=5, outlet="FRANCE 24", client=client)
    assert summary.partitions == 5
    return out


# ---------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------


def test_extraction_on_the_cluster_equals_extraction_in_process(
    extracted: Path, corpus: list[Document | Path]
) -> None:
    """The Parquet dataset holds exactly the in-process claims, in corpus order."""
    expected = in_process(corpus, outlet="FRANCE 24")
    assert len(expected) > 100
    assert read_parquet(extracted) == expected


def test_claims_bag_and_frame_read_the_dataset_back(
    client: distributed.Client, extracted: Path, corpus: list[Document | Path]
) -> None:
    """claims_bag gives the claims in order; claims_frame has one partition per file."""
    expected = in_process(corpus, outlet="FRANCE 24")
    assert claims_bag(extracted).compute(scheduler=client) == expected
    frame = claims_frame(extracted)
    assert frame.npartitions == 5
    assert list(frame["id"].compute(scheduler=client)) == [c.id for c in expected]


def test_extract_corpus_counts_documents_and_claims(tmp_path: Path) -> None:
    """The summary counts documents, claims and partitions (local scheduler, a bag input)."""
    docs = synthetic_documents(6)
    bag = dask.bag.from_sequence(docs, npartitions=2)
    with dask.config.set(scheduler="sync"):
        summary = extract_corpus(bag, output=tmp_path / "out")
    assert (summary.documents, summary.claims, summary.partitions) == (6, 18, 2)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "part-00000.parquet",
        "part-00001.parquet",
    ]


def test_extract_corpus_refuses_a_non_empty_output_unless_overwriting(tmp_path: Path) -> None:
    """An existing dataset is not mixed with new files; overwrite=True replaces it."""
    out = tmp_path / "out"
    with dask.config.set(scheduler="sync"):
        extract_corpus(synthetic_documents(4), output=out, npartitions=2)
        with pytest.raises(StoreError, match="not empty"):
            extract_corpus(synthetic_documents(1), output=out)
        summary = extract_corpus(synthetic_documents(1), output=out, overwrite=True)
    assert summary.partitions == 1
    assert len(read_parquet(out)) == 3


def test_defaults_fill_what_documents_leave_out(tmp_path: Path) -> None:
    """published, url and outlet apply to documents that give none, not to the others."""
    docs = [
        Document("a.txt", "The Pentagon said 3,000 troops would deploy."),
        Document("b.txt", "Officials said 4,000 troops left.", date(2022, 2, 3), "u", "AFP"),
    ]
    with dask.config.set(scheduler="sync"):
        extract_corpus(docs, output=tmp_path / "o", published=date(2022, 2, 2), url="x", outlet="O")
    a, b = read_parquet(tmp_path / "o")
    assert (a.provenance.outlet, a.provenance.url, a.stated_at) == (
        "O",
        "x",
        datetime(2022, 2, 2, tzinfo=UTC),
    )
    assert (b.provenance.outlet, b.provenance.url) == ("AFP", "u")
    assert b.stated_at == datetime(2022, 2, 3, tzinfo=UTC)


def test_a_naive_default_publication_time_is_rejected(tmp_path: Path) -> None:
    """A naive ``published`` default fails on the client before any work is sent."""
    with pytest.raises(InvalidClaim, match="aware"):
        extract_corpus([], output=tmp_path / "o", published=datetime(2022, 2, 2))


def test_document_read_takes_the_date_from_the_file_name() -> None:
    """Document.read names the document by its file name and dates it from that name."""
    doc = Document.read(SEED[1], outlet="FRANCE 24")
    assert doc.name == SEED[1].name
    assert doc.published == date(2022, 2, 10)
    assert Document.read(SEED[1], published=date(2022, 1, 1)).published == date(2022, 1, 1)


def test_document_read_names_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    """A file that is not UTF-8 raises ClaimFormatError naming the file and line."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok\n\xff\xfe")
    with pytest.raises(ClaimFormatError, match=r"bad\.txt:2"):
        Document.read(bad)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": " ", "text": "x"}, "name"),
        ({"name": "a", "text": b"x"}, "text"),
        ({"name": "a", "text": "x", "published": datetime(2022, 1, 1)}, "published"),
        ({"name": "a", "text": "x", "published": "2022-01-01"}, "published"),
    ],
)
def test_document_validates_its_fields(kwargs: dict[str, object], field: str) -> None:
    """A Document with a bad field raises InvalidClaim naming the field."""
    with pytest.raises(InvalidClaim, match=field):
        Document(**kwargs)


def test_a_missing_file_is_reported_with_its_path(tmp_path: Path) -> None:
    """A path that does not exist raises an OSError naming it."""
    missing = tmp_path / "missing-2022-02-02.txt"
    with dask.config.set(scheduler="sync"), pytest.raises(OSError, match="missing-2022"):
        extract_corpus([missing], output=tmp_path / "o")


# ---------------------------------------------------------------------------
# The distributed check
# ---------------------------------------------------------------------------


def test_check_distributed_equals_check_on_the_extracted_corpus(
    client: distributed.Client, extracted: Path
) -> None:
    """On the cluster, the report on the Parquet dataset equals the single-process report."""
    claims = read_parquet(extracted)
    expected = check(claims)
    got = check_distributed(extracted, client=client)
    kinds = {f.kind.value for f in expected.findings}
    assert {"conflict", "change", "corroboration"} <= kinds
    assert got.findings == expected.findings
    assert got == expected


def day(d: int) -> datetime:
    return datetime(2022, 2, 1, tzinfo=UTC) + timedelta(days=d)


def claim(subject: str, source: str, value: float, unit: str = "troops", **kw: object) -> Claim:
    return Claim(subject=subject, source=Source(source), figure=Figure.of(value, unit), **kw)


def linked_claims() -> list[Claim]:
    """Parts and wholes in different subject groups, explicit groups, a large group, units."""
    whole = claim(
        "protesters in France", "CGT", 2_000_000, "protesters", key="fr", stated_at=day(1)
    )
    paris = claim("protesters in Paris", "CGT", 500_000, "protesters", parts_of="fr")
    lyon = claim("demonstrators marching in Lyon", "CGT", 50_000, "protesters", parts_of="fr")
    by_id = claim("Marseille protesters", "police", 9_000, "protesters", stated_at=day(1))
    part_of_id = claim("protesters at the port", "police", 20_000, "protesters", parts_of=by_id.id)
    big = [
        claim("Russian troops near Ukraine's border", f"S{k}", 100_000 + (k % 3) * 1_000)
        for k in range(20)
    ]
    big.append(claim("soldiers massed around the borders of Ukraine", "Z", 10_000))
    big.append(claim("Russian troops near Ukraine's border", "S1", 30, "km"))
    grouped = [
        claim("tanks in Belarus", "A", 300, "tanks", group="armour"),
        claim("armoured vehicles near Minsk", "B", 900, "tanks", group="armour"),
    ]
    changes = [
        claim("Herat earthquake deaths", "the Taliban", 2_053, "people", stated_at=day(0)),
        claim("Herat earthquake deaths", "the Taliban", 1_000, "people", stated_at=day(5)),
        claim("Herat earthquake deaths", "the UN", 1_480, "people", stated_at=day(5)),
    ]
    return [whole, paris, lyon, by_id, part_of_id, *big, *grouped, *changes, big[0]]


def test_check_distributed_merges_groups_linked_by_parts(client: distributed.Client) -> None:
    """Sums across subject groups, explicit groups, large groups and duplicates match check."""
    claims = linked_claims()
    policy = Policy(pairwise_limit=4)
    expected = check(claims, policy=policy)
    assert {f.kind.value for f in expected.findings} >= {"sum_mismatch", "conflict", "change"}
    got = check_distributed(claims, policy=policy, npartitions=4, client=client)
    assert got.findings == expected.findings
    assert got == expected


def test_check_distributed_honours_group_overrides() -> None:
    """A groups= override moves claims as it does in check (local scheduler)."""
    claims = linked_claims()
    groups = {"protesters in Paris": "Paris", "Herat earthquake deaths": "Herat"}
    with dask.config.set(scheduler="sync"):
        got = check_distributed(claims, groups=groups, npartitions=3)
    assert got == check(claims, groups=groups)
    assert "Herat" in got.groups


def test_check_distributed_of_nothing_is_the_empty_report() -> None:
    """No claims give the empty report."""
    with dask.config.set(scheduler="sync"):
        assert check_distributed([]) == check([])


def test_check_distributed_rejects_what_is_not_a_claim() -> None:
    """Anything but claims in memory raises InvalidClaim naming it."""
    with pytest.raises(InvalidClaim, match="needs claims"):
        check_distributed(["not a claim"])


SUBJECT_WORDINGS = [
    "Russian troops near Ukraine's border",
    "soldiers massed around the borders of Ukraine",
    "Russian troops in Belarus",
    "Herat earthquake deaths",
    "people killed by the Herat quake",
    "protesters in Paris",
]
UNITS = ["troops", "soldiers", "km", "tanks"]
law_claims = st.builds(
    lambda subject, source, value, unit, hedge, offset, group, part: Claim(
        subject=subject,
        source=Source(source),
        figure=Figure.of(value, unit, hedge=hedge),
        stated_at=None if offset is None else day(offset),
        group=group,
        key=f"k{value % 3}" if part == 1 else None,
        parts_of=f"k{value % 3}" if part == 2 else None,
    ),
    st.sampled_from(SUBJECT_WORDINGS),
    st.sampled_from(["A", "B", "C", "D"]),
    st.integers(1, 60).map(lambda k: k * 500),
    st.sampled_from(UNITS),
    st.sampled_from([Hedge.EXACT, Hedge.APPROX, Hedge.NEARLY, Hedge.MORE_THAN]),
    st.one_of(st.none(), st.integers(0, 9)),
    st.sampled_from([None, None, None, "explicit"]),
    st.sampled_from([0, 0, 0, 1, 2]),
)


@settings(max_examples=25)
@given(
    st.lists(law_claims, max_size=30),
    st.integers(1, 5),
    st.builds(Policy, pairwise_limit=st.sampled_from([2, 12])),
)
def test_check_distributed_equals_check_for_any_partitioning(
    claims: list[Claim], npartitions: int, policy: Policy
) -> None:
    """However the claims are partitioned, the merged report equals check's."""
    with dask.config.set(scheduler="sync"):
        try:
            expected = check(claims, policy=policy)
        except IncompatibleUnits:  # a part measured in another unit than its whole
            with pytest.raises(IncompatibleUnits):
                check_distributed(claims, policy=policy, npartitions=npartitions)
            return
        assert check_distributed(claims, policy=policy, npartitions=npartitions) == expected


# ---------------------------------------------------------------------------
# Without dask
# ---------------------------------------------------------------------------


def test_importing_without_dask_raises_missing_dependency(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without dask, importing claimtrack.dask raises MissingDependency naming the extra."""
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.delitem(sys.modules, "claimtrack.dask")
    hint = re.escape('pip install -e ".[dask]" in a claimtrack clone')
    with pytest.raises(MissingDependency, match=hint) as info:
        import claimtrack.dask  # noqa: F401
    assert isinstance(info.value, ImportError)
