"""Tests of the ``claimtrack`` command, in-process and as a real subprocess."""

from __future__ import annotations

import builtins
import csv
import errno
import glob
import io
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest

from claimtrack import formats
from claimtrack.cli import main
from claimtrack.model import Claim, Figure, Hedge, Provenance, Source
from claimtrack.times import date_from_name

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "examples" / "data"
BLOG_02 = DATA / "france24-liveblog-2022-02-02.txt"
BLOG_10 = DATA / "france24-liveblog-2022-02-10.txt"
SEEDS = [BLOG_02, BLOG_10]
COMMANDS = ["extract", "add", "check", "timeline", "import", "export", "delete"]
UTC1 = timezone(timedelta(hours=1))

# FRANCE 24 with AFP, 10 February 2022 (seed excerpt).
EXCERPT = (
    "The lack of progress marked a setback for efforts to defuse the wider Ukraine crisis in "
    "which Russia has massed more than 100,000 soldiers near Ukraine’s borders, raising fears "
    "of an invasion."
)


def _error_line(err: str) -> str:
    """Return the only line of ``err``, checking it is a claimtrack error line."""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("claimtrack: error: ")
    assert "Traceback" not in err
    return lines[0]


def _claim(source: str, value: float, hedge: Hedge = Hedge.EXACT, day: int = 10) -> Claim:
    return Claim(
        subject="Russian troops near Ukraine",
        figure=Figure.of(value, "troops", hedge=hedge, text=f"{value:,.0f} troops"),
        source=Source(source),
        stated_at=datetime(2022, 2, day, 12, tzinfo=UTC1),
        provenance=Provenance(quote=f"{source} counted {value:,.0f} troops", document="t.txt"),
    )


@pytest.fixture
def conflicting(tmp_path: Path) -> Path:
    """A JSON Lines file of two claims that cannot both hold."""
    path = tmp_path / "conflict.jsonl"
    formats.write_jsonl([_claim("US", 100_000), _claim("Ukraine", 30_000)], path)
    return path


@pytest.fixture
def agreeing(tmp_path: Path) -> Path:
    """A JSON Lines file of two claims that agree."""
    path = tmp_path / "agree.jsonl"
    formats.write_jsonl([_claim("US", 100_000), _claim("UK", 100_000, Hedge.APPROX)], path)
    return path


# ---------------------------------------------------------------------------
# parsing, help and usage
# ---------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """``--version`` prints the program name and version and exits 0."""
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("claimtrack ")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``claimtrack COMMAND --help`` exits 0 and shows examples that use the command."""
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "examples:" in out
    assert f"claimtrack {command} " in out


def test_usage_errors_are_one_line_with_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown command or option gives one error line and exit status 2."""
    assert main(["frobnicate"]) == 2
    assert "invalid choice" in _error_line(capsys.readouterr().err)
    assert main(["check", "--bogus"]) == 2
    assert "--bogus" in _error_line(capsys.readouterr().err)
    assert main([]) == 2
    assert "usage:" in capsys.readouterr().err


# ---------------------------------------------------------------------------
# helpers: file-name dates
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("france24-liveblog-2022-02-10.txt", date(2022, 2, 10)),
        ("dir-2020-01-01/report_20230131.html", date(2023, 1, 31)),
        ("a-2022.02.03-b-2022-13-40.txt", date(2022, 2, 3)),
        ("notes.txt", None),
        ("id-123456789.txt", None),
    ],
)
def test_date_from_name(name: str, expected: date | None) -> None:
    """The last valid date in the file name (not the folder) is found."""
    assert date_from_name(name) == expected


# ---------------------------------------------------------------------------
# extract
# ---------------------------------------------------------------------------


def test_extract_writes_json_lines_when_piped(capsys: pytest.CaptureFixture[str]) -> None:
    """Without -o and with stdout not a terminal, claims come out as JSON Lines."""
    assert main(["extract", str(BLOG_10)]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert records
    assert {r["provenance"]["document"] for r in records} == {BLOG_10.name}
    assert all(r["provenance"]["published"].startswith("2022-02-10") for r in records)
    assert any(r["figure"]["text"] == "more than 100,000 soldiers" for r in records)


def test_extract_to_file_round_trips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``-o`` writes JSON Lines that read back as the same claims, with provenance options."""
    out = tmp_path / "claims.jsonl"
    code = main(
        ["extract", str(BLOG_02), "-o", str(out), "--outlet", "FRANCE 24", "--url", "https://x.y"]
    )
    assert code == 0
    claims = formats.read_jsonl(out)
    assert claims
    assert {(c.provenance.outlet, c.provenance.url) for c in claims} == {
        ("FRANCE 24", "https://x.y")
    }
    assert f"wrote {len(claims)} claims" in capsys.readouterr().err


def test_extract_reads_stdin_and_published(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-`` reads standard input; --published sets the publication date."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(EXCERPT))
    assert main(["extract", "-", "--published", "2022-02-10"]) == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["figure"]["value"] == 100_000
    assert record["figure"]["hedge"] == "more_than"
    assert record["provenance"]["document"] == "<stdin>"
    assert record["provenance"]["published"].startswith("2022-02-10")


def test_extract_html_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An HTML article is stripped to text before extraction."""
    page = tmp_path / "article-2022-02-10.html"
    page.write_text(f"<html><body><h1>Ukraine</h1><p>{EXCERPT}</p></body></html>", "utf-8")
    assert main(["extract", str(page)]) == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["figure"]["text"] == "more than 100,000 soldiers"
    assert "<p>" not in record["provenance"]["quote"]


def test_extract_html_metadata_fills_what_is_not_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page's publication time, address and outlet are used unless the options give them."""
    page = tmp_path / "article.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2022-02-10T09:00:00Z">'
        '<meta property="og:site_name" content="FRANCE 24">'
        '<link rel="canonical" href="https://example.org/a"></head>'
        f"<body><p>{EXCERPT}</p></body></html>",
        "utf-8",
    )
    assert main(["extract", str(page)]) == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["provenance"]["published"] == "2022-02-10T09:00:00+00:00"
    assert (record["provenance"]["url"], record["provenance"]["outlet"]) == (
        "https://example.org/a",
        "FRANCE 24",
    )
    assert main(["extract", str(page), "--outlet", "AFP", "--published", "2022-02-11"]) == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["provenance"]["outlet"] == "AFP"
    assert record["provenance"]["published"].startswith("2022-02-11")


def test_extract_table_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a terminal, extract prints a readable table instead of JSON."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(EXCERPT))
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["extract", "-", "--published", "2022-02-10"]) == 0
    out = capsys.readouterr().out
    assert "stated_at" in out
    assert "soldier" in out
    assert not out.lstrip().startswith("{")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["extract", "missing-file.txt"], "missing-file.txt: No such file or directory"),
        (["extract", str(BLOG_10), "--published", "not a date at all"], "--published"),
        (["check", "missing.jsonl"], "missing.jsonl"),
    ],
)
def test_bad_input_is_one_line_with_status_2(
    args: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Missing files and bad dates give one error line naming the culprit, status 2."""
    assert main(args) == 2
    assert needle in _error_line(capsys.readouterr().err)


def test_non_utf8_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is not UTF-8 is reported with its line, not a traceback."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"fine\nsecond \xff line\n")
    assert main(["extract", str(bad)]) == 2
    assert f"{bad}:2: not UTF-8" in _error_line(capsys.readouterr().err)


# ---------------------------------------------------------------------------
# check
# ---------------------------------------------------------------------------


def test_check_seed_articles_agree(capsys: pytest.CaptureFixture[str]) -> None:
    """The seed live blogs' troop figures agree: corroborations are shown and the exit is 0."""
    assert main(["check", *map(str, SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "CORROBORATION" in out
    assert "CONFLICT" not in out
    summary = out.strip().splitlines()[-1]
    assert summary.startswith("0 conflicts")
    assert "claims" in summary


def test_check_bundled_examples_flags_conflicts(capsys: pytest.CaptureFixture[str]) -> None:
    """The README's main job: the bundled crowd counts conflict, so the exit status is 1."""
    assert main(["check", *map(str, sorted(SEEDS[0].parent.glob("*.txt")))]) == 1
    out = capsys.readouterr().out
    assert "CONFLICT" in out
    assert "CGT" in out
    assert "interior ministry" in out
    summary = out.strip().splitlines()[-1]
    assert "conflict" in summary


def test_check_compares_one_owners_counts_not_two(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two makers' deliveries are no conflict; two sources' counts of Russia's troops are."""
    makers = tmp_path / "makers.txt"
    makers.write_text(
        "Boeing said on Tuesday it delivered 35 jets in March. Rival Airbus said it delivered "
        "63 jets in the same month.\n",
        encoding="utf-8",
    )
    assert main(["check", str(makers)]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1].startswith("0 conflicts")
    troops = tmp_path / "troops.txt"
    troops.write_text(
        "Russia said it had withdrawn 10,000 troops. NATO said Russia had withdrawn 7,000 "
        "troops.\n",
        encoding="utf-8",
    )
    assert main(["check", str(troops)]) == 1
    out = capsys.readouterr().out
    assert "Russian troops withdrawn" in out
    assert out.strip().splitlines()[-1].startswith("1 conflict,")


def test_check_json_parses(conflicting: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--json`` prints one JSON document with the findings and their claims."""
    assert main(["check", str(conflicting), "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["has_problems"] is True
    assert payload["claims"] == 2
    conflicts = [f for f in payload["findings"] if f["kind"] == "conflict"]
    assert conflicts
    assert {c["source"]["name"] for c in conflicts[0]["claims"]} == {"US", "Ukraine"}
    assert conflicts[0]["severity"] in {"info", "warning", "error"}
    assert conflicts[0]["explanation"]


def test_check_agreeing_claims_exits_0(agreeing: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Claims that agree are not flagged: exit status 0, summary says 0 conflicts."""
    assert main(["check", str(agreeing)]) == 0
    assert "0 conflicts" in capsys.readouterr().out


def test_check_subject_filter(conflicting: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--subject`` keeps only claims whose subject contains the text; none is an error."""
    assert main(["check", str(conflicting), "--subject", "troops", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["claims"] == 2
    assert main(["check", str(conflicting), "--subject", "no such subject", "--json"]) == 2
    assert "no claims whose subject contains 'no such subject'" in capsys.readouterr().err


def test_check_subject_from_store_matches_as_from_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--subject`` on a store folds non-ASCII case and takes % and _ literally, as on files."""
    claims = [
        Claim(subject=subject, figure=Figure.of(value, "troops"), source=Source(source))
        for source, value, subject in [
            ("US", 100_000, "Évacués de Kherson"),
            ("Ukraine", 30_000, "évacués de Kherson"),
            ("UK", 5, "axb turnout"),
        ]
    ]
    path, db = tmp_path / "c.jsonl", str(tmp_path / "c.db")
    formats.write_jsonl(claims, path)
    assert main(["import", str(path), "--db", db]) == 0
    for wanted, status, count in [("ÉVACUÉS", 1, 2), ("a_b", 2, 0), ("100%", 2, 0)]:
        capsys.readouterr()
        assert main(["check", "--db", db, "--subject", wanted, "--json"]) == status
        assert main(["check", str(path), "--subject", wanted, "--json"]) == status
        if count:
            capsys.readouterr()
            main(["check", "--db", db, "--subject", wanted, "--json"])
            assert json.loads(capsys.readouterr().out)["claims"] == count
        out = tmp_path / "out.jsonl"
        assert main(["export", str(out), "--db", db, "--subject", wanted]) == 0
        assert len(formats.read_jsonl(out)) == count


def test_check_bad_claim_file_names_file_and_line(
    tmp_path: Path, conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A malformed record gives ``claimtrack: error: <file>:<line>: <reason>``, status 2."""
    bad = tmp_path / "bad.jsonl"
    lines = conflicting.read_text("utf-8").splitlines()
    bad.write_text(lines[0] + "\n{not json\n", "utf-8")
    assert main(["check", str(bad)]) == 2
    assert f"claimtrack: error: {bad}:2: " in _error_line(capsys.readouterr().err)


def test_check_unknown_unit_is_one_line(
    tmp_path: Path, conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A record with an unknown unit is reported on one line with its file and line."""
    record = json.loads(conflicting.read_text("utf-8").splitlines()[0])
    record["figure"]["unit"] = "flibbertigibbets"
    bad = tmp_path / "unit.jsonl"
    bad.write_text(json.dumps(record) + "\n", "utf-8")
    assert main(["check", str(bad)]) == 2
    line = _error_line(capsys.readouterr().err)
    assert f"{bad}:1: " in line
    assert "flibbertigibbets" in line


def test_check_needs_db_or_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without FILEs and without a store, check says so on one line."""
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 2
    assert "claims.db" in _error_line(capsys.readouterr().err)


# ---------------------------------------------------------------------------
# store commands: add, import, export, check --db
# ---------------------------------------------------------------------------


def test_add_then_check_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``add`` stores extracted claims; adding again adds nothing; ``check --db`` reads them."""
    db = str(tmp_path / "c.db")
    assert main(["add", str(BLOG_10), "--db", db]) == 0
    first = capsys.readouterr().out
    assert "added" in first
    assert main(["add", str(BLOG_10), "--db", db]) == 0
    assert "added 0 new claims" in capsys.readouterr().out
    assert main(["check", "--db", db, "--json"]) in (0, 1)
    payload = json.loads(capsys.readouterr().out)
    assert payload["claims"] > 0


def test_add_revised_replaces_the_claims_of_the_earlier_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """'add --revised' of a changed article drops the claims only its earlier version made."""
    db = str(tmp_path / "news.db")
    article = tmp_path / BLOG_10.name
    article.write_text(EXCERPT, encoding="utf-8")
    assert main(["add", str(article), "--db", db]) == 0
    article.write_text("Updated. " + EXCERPT.replace("100,000", "130,000"), encoding="utf-8")
    capsys.readouterr()
    assert main(["add", str(article), "--db", db, "--revised"]) == 0
    assert capsys.readouterr().out == (
        f"added 1 new claim (0 already stored, 1 of earlier versions removed) from 1 file(s) "
        f"to {db}\n"
    )
    assert main(["export", "-", "--db", db]) == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["figure"]["text"] == "more than 130,000 soldiers"
    monkeypatch.setattr(sys, "stdin", io.StringIO(EXCERPT))
    assert main(["add", "-", "--db", db, "--revised"]) == 2
    assert "--revised with '-' needs --url" in _error_line(capsys.readouterr().err)


def test_files_of_one_name_in_two_folders_are_two_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """a/blog.txt and b/blog.txt are checked and stored as two documents, named by their paths."""
    monkeypatch.chdir(tmp_path)
    for folder, text in (
        ("a", "The health ministry said 20 people died in the blast."),
        ("b", "Rescuers worked all night. The health ministry said 35 people died in the blast."),
    ):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "blog.txt").write_text(text + "\n", encoding="utf-8")
    said = "said 20 people in a/blog.txt but also 35 people in b/blog.txt about people died"
    # one document would make 35 a later restatement of 20 in it: a change, not a conflict
    assert main(["check", "a/blog.txt", "b/blog.txt", "--json"]) == 1
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert finding["kind"] == "conflict"
    assert said in finding["explanation"]
    assert main(["add", "a/blog.txt", "b/blog.txt", "--db", "news.db"]) == 0
    capsys.readouterr()
    assert main(["check", "--db", "news.db", "--json"]) == 1
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert said in finding["explanation"]
    # a file alone, or one file given twice, keeps its file name
    for files in (["a/blog.txt"], ["a/blog.txt", "./a/../a/blog.txt"]):
        assert main(["extract", *files]) == 0
        records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert {r["provenance"]["document"] for r in records} == {"blog.txt"}


@pytest.mark.parametrize("suffix", ["jsonl", "csv", "parquet"])
def test_export_import_round_trip(
    suffix: str, tmp_path: Path, conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Claims imported, exported in each format and imported again are the same claims."""
    if suffix == "parquet":
        pytest.importorskip("pyarrow")
    db, db2 = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    out = tmp_path / f"out.{suffix}"
    assert main(["import", str(conflicting), "--db", db]) == 0
    assert "imported 2 new claims" in capsys.readouterr().out
    assert main(["export", str(out), "--db", db]) == 0
    assert f"exported 2 claims to {out} ({suffix})" in capsys.readouterr().out
    assert main(["import", str(out), "--db", db2]) == 0
    assert "imported 2 new claims" in capsys.readouterr().out
    assert main(["check", "--db", db2, "--json"]) == 1


def test_import_replace_corrects_stored_claims(
    tmp_path: Path, conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An export edited and imported with --replace corrects the store instead of doubling it."""
    db = str(tmp_path / "a.db")
    out = tmp_path / "out.csv"
    assert main(["import", str(conflicting), "--db", db]) == 0
    assert main(["export", str(out), "--db", db]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    rows[0]["source_name"] = "Corrected source"
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    capsys.readouterr()
    assert main(["import", str(out), "--db", db, "--replace"]) == 0
    assert "imported 0 new claims into" in capsys.readouterr().out
    assert main(["export", str(tmp_path / "again.jsonl"), "--db", db]) == 0
    names = [json.loads(line)["source"]["name"] for line in (tmp_path / "again.jsonl").open()]
    assert len(names) == 2
    assert "Corrected source" in names


def test_export_subject_and_claimreview(
    tmp_path: Path, conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ClaimReview export needs a rating and reviewer and writes one review per claim."""
    db = str(tmp_path / "a.db")
    assert main(["import", str(conflicting), "--db", db]) == 0
    out = tmp_path / "reviews.json"
    assert main(["export", str(out), "--db", db, "--format", "claimreview"]) == 2
    assert "--rating" in _error_line(capsys.readouterr().err)
    args = ["export", str(out), "--db", db, "--rating", "Misleading", "--reviewer", "Desk"]
    assert main([*args, "--subject", "troops"]) == 0
    reviews = json.loads(out.read_text("utf-8"))
    assert len(reviews) == 2
    assert {r["reviewRating"]["alternateName"] for r in reviews} == {"Misleading"}
    assert main([*args, "--subject", "nothing like it"]) == 0
    assert json.loads(out.read_text("utf-8")) == []


def test_import_skip_bad_with_rejects(
    tmp_path: Path, conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad record stops an import (status 2) unless --skip-bad, which keeps it in --rejects."""
    bad = tmp_path / "mixed.jsonl"
    good = conflicting.read_text("utf-8")
    bad.write_text(good + "{broken\n", "utf-8")
    db, rejects = str(tmp_path / "a.db"), tmp_path / "rejects.jsonl"
    assert main(["import", str(bad), "--db", db]) == 2
    assert f"{bad}:3: " in _error_line(capsys.readouterr().err)
    assert main(["import", str(bad), "--db", db, "--skip-bad", "--rejects", str(rejects)]) == 0
    captured = capsys.readouterr()
    assert "imported 2 new claims" in captured.out
    assert "1 rejected" in captured.out
    assert f"{bad}:3" in captured.err
    assert rejects.read_text("utf-8") == "{broken\n"


def test_outputs_never_overwrite_inputs(
    tmp_path: Path, conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--rejects, export's OUT and extract's -o naming an input exit 2 and leave it untouched."""
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(conflicting.read_text("utf-8") + "{broken\n", "utf-8")
    before = mixed.read_bytes()
    db = str(tmp_path / "a.db")
    args = ["import", str(mixed), "--db", db, "--skip-bad", "--rejects", str(mixed)]
    assert main(args) == 2
    assert "is the file being imported" in _error_line(capsys.readouterr().err)
    assert mixed.read_bytes() == before
    assert main(["import", str(conflicting), "--db", db]) == 0
    stored = Path(db).read_bytes()
    for fmt in ("jsonl", "csv", "claimreview"):
        extra = ["--rating", "False", "--reviewer", "Desk"] if fmt == "claimreview" else []
        assert main(["export", db, "--db", db, "--format", fmt, *extra]) == 2
        assert "is the claim store" in _error_line(capsys.readouterr().err)
    assert Path(db).read_bytes() == stored
    article = tmp_path / "article.txt"
    article.write_text(EXCERPT, "utf-8")
    assert main(["extract", str(article), "-o", str(article)]) == 2
    assert "is an input" in _error_line(capsys.readouterr().err)
    assert article.read_text("utf-8") == EXCERPT


def test_failed_export_keeps_the_old_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An export that fails (a tag CSV cannot hold) exits 2 and leaves OUT as it was."""
    source, db, out = tmp_path / "c.jsonl", str(tmp_path / "c.db"), tmp_path / "out.csv"
    formats.write_jsonl([_claim("US", 5), attrs.evolve(_claim("UK", 7), tags={"a|b"})], source)
    assert main(["import", str(source), "--db", db]) == 0
    out.write_text("the old export\n" * 3000, "utf-8")
    assert main(["export", str(out), "--db", db]) == 2
    assert "CSV cannot hold tags" in _error_line(capsys.readouterr().err)
    assert out.read_text("utf-8") == "the old export\n" * 3000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.db", "c.jsonl", "out.csv"]


def test_rejects_path_is_checked_before_the_import_commits(
    tmp_path: Path, conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A --rejects path that cannot be written exits 2 with nothing imported."""
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes(conflicting.read_bytes() + b"caf\xe9\n")
    db = str(tmp_path / "a.db")
    bad = str(tmp_path / "missing" / "r.jsonl")
    assert main(["import", str(mixed), "--db", db, "--skip-bad", "--rejects", bad]) == 2
    assert "No such file or directory" in capsys.readouterr().err
    assert main(["check", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["claims"] == 0
    rejects = tmp_path / "r.jsonl"
    args = ["import", str(mixed), "--db", db, "--skip-bad", "--rejects", str(rejects)]
    assert main(args) == 0
    assert "not UTF-8" in capsys.readouterr().err
    assert rejects.read_bytes() == b"caf\xe9\n"


def test_lone_surrogate_is_a_bad_record_not_a_crash(
    tmp_path: Path, conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A record escaping a lone surrogate exits 2 naming its line; --skip-bad skips it."""
    bad = tmp_path / "bad.jsonl"
    line = (
        '{"subject": "s\\ud800", "figure": {"value": 5, "low": 5, "high": 5},'
        ' "source": {"name": "A"}}'
    )
    bad.write_text(conflicting.read_text("utf-8") + line + "\n", "utf-8")
    assert main(["check", str(bad), "--json"]) == 2
    assert f"{bad}:3: subject: lone surrogate" in _error_line(capsys.readouterr().err)
    db = str(tmp_path / "a.db")
    assert main(["import", str(bad), "--db", db, "--skip-bad"]) == 0
    captured = capsys.readouterr()
    assert "imported 2 new claims" in captured.out
    assert f"skipped: {bad}:3: subject: lone surrogate" in captured.err


def test_parquet_null_in_needed_column_is_a_clean_error(
    tmp_path: Path, conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Parquet file with a null figure_text exits 2 naming the file, row and column."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = formats._to_table(formats.read_jsonl(conflicting))
    index = table.schema.get_field_index("figure_text")
    field = table.schema.field(index).with_nullable(True)
    table = table.set_column(index, field, pa.array([None, "30,000 troops"], pa.string()))
    path = tmp_path / "bad.parquet"
    pq.write_table(table, path)
    assert main(["check", str(path)]) == 2
    assert f"{path}: row 0: figure_text: empty (null)" in _error_line(capsys.readouterr().err)


def test_import_of_several_files_says_which_were_imported(
    tmp_path: Path, conflicting: Path, agreeing: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad second FILE stops the import there; the error names the files imported and not."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken\n", "utf-8")
    db = str(tmp_path / "a.db")
    assert main(["import", str(conflicting), str(bad), str(agreeing), "--db", db]) == 2
    line = _error_line(capsys.readouterr().err)
    assert f"{bad}:1: " in line
    assert "nothing from this file was imported" in line
    assert f"imported before it: {conflicting} (2 new claims, 0 already stored)" in line
    assert line.endswith(f"; not imported: {agreeing}")
    assert main(["check", "--db", db, "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["claims"] == 2


def test_check_and_export_read_a_store_in_a_read_only_folder(
    tmp_path: Path, conflicting: Path, read_only_folder: Any
) -> None:
    """A store on read-only media is read by check --db and export, writing nothing beside it."""
    db = str(read_only_folder.path / "claims.db")
    assert main(["import", str(conflicting), "--db", db]) == 0
    read_only_folder.lock()
    checked = read_only_folder.run("-m", "claimtrack", "check", "--db", db, "--json")
    assert checked.returncode == 1, checked.stderr
    assert json.loads(checked.stdout)["claims"] == 2
    out = tmp_path / "out.jsonl"
    exported = read_only_folder.run("-m", "claimtrack", "export", str(out), "--db", db)
    assert exported.returncode == 0, exported.stderr
    assert formats.read_jsonl(out) == formats.read_jsonl(conflicting)
    assert [p.name for p in read_only_folder.path.iterdir()] == ["claims.db"]


def test_import_reads_standard_input_given_a_format(
    tmp_path: Path, conflicting: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    """``import -`` with --format imports standard input, naming it <stdin> in rejects."""
    db, rejects = str(tmp_path / "a.db"), tmp_path / "rejects.jsonl"
    assert main(["import", str(conflicting), str(tmp_path / "notes.txt"), "--db", db]) == 2
    assert _error_line(capsys.readouterr().err).endswith(
        "notes.txt: cannot tell the format of the suffix '.txt'; give --format jsonl, csv or "
        "parquet"
    )
    assert not Path(db).exists()  # checked before anything is imported
    stdin = io.TextIOWrapper(io.BytesIO(conflicting.read_bytes() + b"{broken\n"), "utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    args = ["import", "-", "--db", db, "--format", "jsonl", "--skip-bad", "--rejects", str(rejects)]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "imported 2 new claims" in captured.out
    assert "skipped: <stdin>:3: malformed JSON" in captured.err
    assert rejects.read_text("utf-8") == "{broken\n"


def test_rejects_needs_skip_bad(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--rejects without --skip-bad is a usage error."""
    assert main(["import", "x.jsonl", "--rejects", str(tmp_path / "r")]) == 2
    assert "--skip-bad" in _error_line(capsys.readouterr().err)


# ---------------------------------------------------------------------------
# timeline
# ---------------------------------------------------------------------------


def test_timeline_table(conflicting: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The timeline of a subject is printed as a table with one row per claim."""
    assert main(["timeline", "Russian troops near Ukraine", str(conflicting)]) == 0
    out = capsys.readouterr().out
    assert "100,000 troops" in out
    assert "30,000 troops" in out
    assert "(troops)" in out


def test_timeline_png_and_html(
    tmp_path: Path, conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--png`` writes a PNG image and ``--html`` a page embedding it."""
    pytest.importorskip("matplotlib")
    png, page = tmp_path / "t.png", tmp_path / "t.html"
    args = ["timeline", "Russian troops near Ukraine", str(conflicting)]
    assert main([*args, "--png", str(png), "--html", str(page)]) == 0
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert "data:image/png;base64," in page.read_text("utf-8")
    assert "wrote" in capsys.readouterr().err


def test_timeline_unknown_subject_is_bad_input(
    conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A subject without dated claims prints no table, one error line with a hint, and exits 2."""
    assert main(["timeline", "troops", str(conflicting)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    line = _error_line(captured.err)
    assert "no dated claims about 'troops'" in line
    assert "Russian troops near Ukraine" in line


def test_timeline_unknown_subject_writes_no_file(
    tmp_path: Path, conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With --png or --html, a subject without dated claims writes nothing and exits 2."""
    png, page = tmp_path / "t.png", tmp_path / "t.html"
    args = ["timeline", "troops", str(conflicting), "--png", str(png), "--html", str(page)]
    assert main(args) == 2
    assert "no dated claims" in _error_line(capsys.readouterr().err)
    assert not png.exists()
    assert not page.exists()


def _help_examples(command: str | None, capsys: pytest.CaptureFixture[str]) -> list[list[str]]:
    """Return the ``claimtrack timeline`` example lines of a --help page, split as a shell would."""
    assert main([command, "--help"] if command else ["--help"]) == 0
    lines = capsys.readouterr().out.splitlines()
    examples = []
    for line in lines:
        if line.strip().startswith("claimtrack timeline "):
            command_part = re.split(r"\s{2,}", line.strip())[0]  # drop a trailing comment
            examples.append(shlex.split(command_part)[1:])
    return examples


@pytest.mark.parametrize("command", [None, "timeline"])
def test_timeline_help_examples_work_on_the_example_data(
    command: str | None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each timeline example in --help finds claims in examples/data (stored with 'add')."""
    pytest.importorskip("matplotlib")
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    articles = sorted(str(p.relative_to(ROOT)) for p in DATA.glob("*.txt"))
    assert main(["add", *articles, "--db", "claims.db"]) == 0
    examples = _help_examples(command, capsys)
    assert examples
    for args in examples:
        expanded = [a for arg in args for a in (sorted(glob.glob(arg)) if "*" in arg else [arg])]
        assert main(expanded) == 0, (args, capsys.readouterr().err)
        for option in ("--png", "--html"):
            if option in args:
                assert (tmp_path / args[args.index(option) + 1]).stat().st_size > 0
    capsys.readouterr()


@pytest.mark.parametrize("command", ["check", "import", "export"])
def test_help_names_every_claim_file_suffix(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The help of the commands that read or write claim files lists .ndjson with the others."""
    assert main([command, "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    for suffix in (".jsonl", ".ndjson", ".csv", ".parquet"):
        assert suffix in out, (command, suffix)


def test_export_subject_is_a_substring_match(
    tmp_path: Path, conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``export --subject`` keeps subjects containing the text, as its help says."""
    db, out = tmp_path / "c.db", tmp_path / "out.jsonl"
    assert main(["import", str(conflicting), "--db", str(db)]) == 0
    assert main(["export", str(out), "--db", str(db), "--subject", "troops near"]) == 0
    assert len(formats.read_jsonl(out)) == 2
    assert main(["export", "--help"]) == 0
    assert "only claims whose subject contains TEXT" in capsys.readouterr().out


# ---------------------------------------------------------------------------
# as a real subprocess
# ---------------------------------------------------------------------------


def _run(
    *args: str, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=cwd,
        env={**os.environ, "MPLBACKEND": "Agg", "COLUMNS": "100"},
    )


def test_narrow_output_encoding_degrades_instead_of_crashing(tmp_path: Path) -> None:
    """With a cp1252 stdout, check prints 'inf' for ∞, --json escapes, extract writes UTF-8."""
    claims = [
        attrs.evolve(_claim("US", 100_000, Hedge.MORE_THAN), subject="Évacués ∞ à Kherson"),
        attrs.evolve(_claim("UK", 5_000), subject="Évacués ∞ à Kherson"),
    ]
    path = tmp_path / "c.jsonl"
    formats.write_jsonl(claims, path)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "cp1252"}

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        command = [sys.executable, "-m", "claimtrack", *args]
        return subprocess.run(command, capture_output=True, env=env, check=False, timeout=120)

    shown = run("check", str(path))
    assert (shown.returncode, shown.stderr) == (1, b"")
    assert "[100,000, inf]" in shown.stdout.decode("cp1252")
    as_json = run("check", str(path), "--json")
    assert as_json.returncode == 1
    payload = json.loads(as_json.stdout.decode("ascii"))
    assert payload["findings"][0]["subject"] == "Évacués ∞ à Kherson"
    article = tmp_path / "a.txt"
    article.write_text("Police counted 87,000 protesters in Évry ∞, the ministry said.", "utf-8")
    extracted = run("extract", str(article))
    assert extracted.returncode == 0, extracted.stderr
    assert "Évry ∞" in extracted.stdout.decode("utf-8")


def test_subprocess_check_seed_articles_json() -> None:
    """``python -m claimtrack check examples/data/*.txt --json`` exits 1 with parseable JSON."""
    result = _run("check", *map(str, sorted(SEEDS[0].parent.glob("*.txt"))), "--json")
    assert result.returncode == 1, result.stderr
    payload = json.loads(result.stdout)
    assert payload["has_problems"] is True
    assert any(f["kind"] == "conflict" for f in payload["findings"])


def test_subprocess_extract_stdin() -> None:
    """``claimtrack extract -`` reads standard input and writes JSON Lines to a pipe."""
    result = _run("extract", "-", "--published", "2022-02-10", stdin=EXCERPT)
    assert result.returncode == 0, result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["figure"]["text"] == "more than 100,000 soldiers"


def test_extract_stdin_that_is_not_utf8_is_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``extract -`` on input that is not UTF-8 exits 2 naming <stdin> and the line, as a file."""
    data = b"Police said 300 people marched.\nPolice said caf\xe9 400 people marched.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), "utf-8"))
    assert main(["extract", "-"]) == 2
    assert _error_line(capsys.readouterr().err).endswith("<stdin>:2: not UTF-8 text (byte 47)")


def test_subprocess_errors_are_one_line(tmp_path: Path) -> None:
    """Bad input and bad usage exit 2 with one stderr line and no traceback."""
    bad = tmp_path / "bad.csv"
    bad.write_text("not,a,claim,file\n1,2,3,4\n", "utf-8")
    result = _run("check", str(bad))
    assert result.returncode == 2
    assert str(bad) in _error_line(result.stderr)
    result = _run("export", "x.txt", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 2
    _error_line(result.stderr)


def test_subprocess_agreeing_exits_0(agreeing: Path) -> None:
    """A real run on agreeing claims exits 0."""
    result = _run("check", str(agreeing))
    assert result.returncode == 0, result.stderr
    assert "0 conflicts" in result.stdout


def test_progress_bar_shows_on_a_terminal_for_many_files() -> None:
    """Many files on a terminal draw a progress bar; piped output gets none; all files pass."""
    import io

    from rich.console import Console

    from claimtrack import cli

    paths = [f"f{i}.txt" for i in range(cli.PROGRESS_THRESHOLD + 2)]
    screen = io.StringIO()
    terminal = Console(file=screen, force_terminal=True, width=80)
    assert list(cli._progress(paths, terminal, "Extracting")) == paths
    assert "Extracting" in screen.getvalue()
    quiet = io.StringIO()
    piped = Console(file=quiet, force_terminal=False, width=80)
    assert list(cli._progress(paths, piped, "Extracting")) == paths
    assert quiet.getvalue() == ""


def test_check_outlet_names_the_author_of_unattributed_figures(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``check --outlet`` makes the outlet the source of figures nobody else is named for."""
    assert main(["check", str(BLOG_10), "--outlet", "FRANCE 24", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    names = {c["source"]["name"] for f in payload["findings"] for c in f["claims"]}
    assert "FRANCE 24" in names
    assert BLOG_10.name not in names


def test_a_reader_that_goes_away_stops_the_command_quietly(tmp_path: Path) -> None:
    """'claimtrack extract ... | head -1' ends with status 141 and no traceback."""
    blogs = sorted(glob.glob(str(ROOT / "examples" / "data" / "*.txt")))
    big = tmp_path / "big.txt"  # far more output than a pipe holds, so the write must fail
    big.write_text("\n".join(Path(b).read_text(encoding="utf-8") for b in blogs * 20))
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimtrack", "extract", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert "Traceback" not in err


def test_a_rich_command_whose_reader_is_gone_exits_141(tmp_path: Path, conflicting: Path) -> None:
    """A reader gone before 'check' or 'add' prints (| true) gives 141, not rich's status 1."""
    db = tmp_path / "claims.db"
    for args in (["check", str(conflicting)], ["add", str(BLOG_10), "--db", str(db)]):
        proc = subprocess.Popen(
            [sys.executable, "-m", "claimtrack", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert proc.stdout is not None
        proc.stdout.close()  # before the command writes anything: every write fails
        _, err = proc.communicate(timeout=120)
        assert (proc.returncode, err) == (141, b""), args


@pytest.mark.parametrize(
    "args",
    [
        ["extract", str(BLOG_10)],
        ["check", str(BLOG_10)],
        ["check", str(BLOG_10), "--json"],
        ["timeline", "Russian troops near Ukraine", *map(str, SEEDS)],
    ],
    ids=["extract", "check", "check-json", "timeline"],
)
def test_a_closed_standard_output_is_one_line(
    args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With standard output closed (>&-, sys.stdout None), output fails with one line, status 2."""
    monkeypatch.setattr(sys, "stdout", None)
    assert main(args) == 2
    assert _error_line(capsys.readouterr().err).endswith(
        "<stdout>: standard output is closed; redirect it to a file (or to /dev/null to discard it)"
    )
    assert sys.stdout is None  # put back as it was


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "-"],
        ["check", "-"],
        ["add", "-"],
        ["import", "-", "--format", "jsonl"],
        ["delete", "-"],
    ],
    ids=["extract", "check", "add", "import", "delete"],
)
def test_a_closed_standard_input_is_one_line(
    args: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """With standard input closed (<&-, sys.stdin None), '-' fails naming it, status 2."""
    monkeypatch.setattr(sys, "stdin", None)
    db = [] if args[0] in {"extract", "check"} else ["--db", str(tmp_path / "claims.db")]
    assert main([*args, *db]) == 2
    assert _error_line(capsys.readouterr().err).endswith(
        "<stdin>: standard input is closed; redirect it from a file or a pipe"
    )
    assert sys.stdin is None


def test_subprocess_closed_standard_streams_give_no_traceback(conflicting: Path) -> None:
    """'extract FILE >&-', 'export - >&-' and 'extract - <&-' exit 2 with one line."""
    for redirect, args in [
        (">&-", ["extract", str(BLOG_10)]),
        (">&-", ["check", str(conflicting)]),
        ("<&-", ["extract", "-"]),
        ("<&-", ["import", str(conflicting), "-", "--format", "jsonl", "--db", ":memory:"]),
    ]:
        command = shlex.join([sys.executable, "-m", "claimtrack", *args]) + f" {redirect}"
        done = subprocess.run(
            ["/bin/sh", "-c", command],
            stdout=subprocess.DEVNULL,  # unless the shell closes it
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=120,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert done.returncode == 2, (command, done.stderr)
        stream = "standard input" if redirect == "<&-" else "standard output"
        assert f"{stream} is closed" in _error_line(done.stderr), command


def test_check_counts_a_claim_read_twice_once(
    conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same file given twice is the same claims: the summary counts them once."""
    assert main(["check", str(conflicting), str(conflicting), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["claims"] == 2


# ---------------------------------------------------------------------------
# selecting claims: --source, --since, --until (and export --limit)
# ---------------------------------------------------------------------------

PARIS = "CET-1CEST,M3.5.0,M10.5.0/3"  # Europe/Paris as a POSIX TZ rule (no zone database)


@pytest.fixture
def paris_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run the test with this computer's time zone set to Paris time."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available on this platform")
    monkeypatch.setenv("TZ", PARIS)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _said(source: str, when: datetime | None, value: float = 100_000) -> Claim:
    return Claim(
        subject="Russian troops near Ukraine",
        figure=Figure.of(value, "troops", text=f"{value:,.0f} troops"),
        source=Source(source),
        stated_at=when,
    )


def _store(tmp_path: Path, claims: list[Claim]) -> tuple[Path, str]:
    """Write ``claims`` to a JSON Lines file and import it into a new store; return both."""
    path, db = tmp_path / "claims.jsonl", str(tmp_path / "claims.db")
    formats.write_jsonl(claims, path)
    assert main(["import", str(path), "--db", db]) == 0
    return path, db


def _exported(args: list[str], capsys: pytest.CaptureFixture[str]) -> list[Claim]:
    """Run ``export - ...`` and return the claims it wrote to standard output."""
    capsys.readouterr()
    assert main(["export", "-", *args]) == 0
    return formats.read_jsonl(io.StringIO(capsys.readouterr().out))


def _checked(args: list[str], capsys: pytest.CaptureFixture[str]) -> int:
    """Run ``check ... --json`` and return how many claims it checked."""
    capsys.readouterr()
    assert main(["check", *args, "--json"]) in (0, 1)
    count: int = json.loads(capsys.readouterr().out)["claims"]
    return count


CET = timezone(timedelta(hours=1))
EDGES = [
    _said("Pentagon", datetime(2022, 2, 9, 23, 59, 59, 999_999, tzinfo=CET), 1),
    _said("US Department of Defense", datetime(2022, 2, 10, 0, 0, tzinfo=CET), 2),
    _said("the pentagon", datetime(2022, 2, 10, 12, 0, tzinfo=CET), 3),
    _said("Ministère des Armées", datetime(2022, 2, 10, 23, 59, tzinfo=CET), 4),
    _said("MINISTÈRE de l'Intérieur", datetime(2022, 2, 11, 0, 0, tzinfo=CET), 5),
    _said("Kremlin", datetime(2022, 2, 10, 11, 0, tzinfo=UTC), 6),
    _said("Pentagon", None, 7),
]


@pytest.mark.parametrize(
    ("options", "values"),
    [
        (["--source", "PENTAGON"], [1, 3, 7]),
        (["--source", "ministère"], [4, 5]),
        (["--source", "DéFENSE"], []),
        (["--since", "2022-02-10"], [2, 3, 4, 5, 6]),
        (["--until", "2022-02-10"], [1, 2, 3, 4, 6]),
        (["--since", "2022-02-10", "--until", "2022-02-10"], [2, 3, 4, 6]),
        (["--since", "2022-02-10T12:00+01:00", "--until", "2022-02-10T12:00+01:00"], [3, 6]),
        (["--since", "2022-02-10T12:00:00.000001+01:00"], [4, 5]),
        (["--until", "2022-02-10T11:59:59.999999+01:00"], [1, 2]),
        (["--since", "10 February 2022", "--source", "pentagon"], [3]),
        (["--since", "2022-02", "--until", "2022-02"], [1, 2, 3, 4, 5, 6]),
        (["--since", "2022", "--until", "2022"], [1, 2, 3, 4, 5, 6]),
        (["--since", "February 2022", "--until", "Feb 2022"], [1, 2, 3, 4, 5, 6]),
        (["--since", "in 2022 February", "--until", "Q1 2022"], [1, 2, 3, 4, 5, 6]),
        (["--until", "january 2022"], []),
        (["--since", "2022Q2"], []),
        (["--until", "2022-01"], []),
        (["--since", "2023"], []),
    ],
)
def test_selection_is_the_same_for_files_and_for_a_store(
    options: list[str],
    values: list[float],
    tmp_path: Path,
    paris_time: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--source/--since/--until keep the same claims from FILEs (check) and from --db (export)."""
    path, db = _store(tmp_path, EDGES)
    selected = _exported(["--db", db, *options], capsys)
    assert [c.figure.value for c in selected] == values
    if values:
        assert _checked([str(path), *options], capsys) == len(values)
        assert _checked(["--db", db, *options], capsys) == len(values)
    else:
        assert main(["check", str(path), *options]) == 2
        assert main(["check", "--db", db, *options]) == 2


def test_selection_keeps_what_the_store_query_returns(tmp_path: Path, paris_time: None) -> None:
    """One rule: _Selection.keeps passes exactly what ClaimStore.query(**filters()) returns."""
    from claimtrack import cli
    from claimtrack.store import ClaimStore

    parser = cli.build_parser()
    with ClaimStore(":memory:") as store:
        store.add_many(EDGES)
        for source in (None, "pentagon", "MINISTÈRE", "", "x"):
            for since in (None, "2022-02-10", "2022-02-10T12:00+01:00", "2022-02-10T11:00Z"):
                for until in (None, "2022-02-10", "2022-02-10T12:00+01:00"):
                    args = ["check", "x.jsonl"]
                    for option, value in (("--source", source), ("--since", since)):
                        args += [option, value] if value is not None else []
                    args += ["--until", until] if until is not None else []
                    try:
                        selection = cli._selection(parser.parse_args(args), subject="troops")
                    except cli.UsageError:
                        continue  # --since after --until
                    expected = store.query(**selection.filters())
                    assert [c for c in EDGES if selection.keeps(c)] == expected, args


def test_a_date_is_the_whole_day_in_this_computers_time_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--since/--until DATE runs from local midnight to the next: the TZ decides the day."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available on this platform")
    _, db = _store(tmp_path, EDGES)
    try:
        for zone, values in [("UTC0", [3, 4, 5, 6]), (PARIS, [2, 3, 4, 6])]:
            monkeypatch.setenv("TZ", zone)
            time.tzset()
            args = ["--db", db, "--since", "2022-02-10", "--until", "2022-02-10"]
            assert [c.figure.value for c in _exported(args, capsys)] == values, zone
    finally:
        monkeypatch.undo()
        time.tzset()


def test_since_takes_phrases_relative_to_now(
    tmp_path: Path, paris_time: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """--since yesterday / --until today read the phrases as --published does, as whole days."""
    now = datetime.now(UTC)
    claims = [
        _said("A", now - timedelta(days=400), 1),
        _said("B", now - timedelta(minutes=1), 2),
        _said("C", now + timedelta(days=3), 3),
    ]
    _, db = _store(tmp_path, claims)
    assert [c.figure.value for c in _exported(["--db", db, "--since", "yesterday"], capsys)] == [
        2,
        3,
    ]
    assert [c.figure.value for c in _exported(["--db", db, "--until", "today"], capsys)] == [1, 2]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--since", "not a date"], "--since 'not a date': no date or time in 'not a date'"),
        (["--until", "soonish"], "--until 'soonish': no date or time"),
        (["--since", "2022-13"], "--since '2022-13': no month 13 in a year"),
        (["--until", "0000"], "--until '0000': year 0 is out of range"),
        (
            ["--since", "2022-02-11", "--until", "2022-02-10"],
            "--since '2022-02-11' is after --until '2022-02-10'",
        ),
    ],
)
@pytest.mark.parametrize("command", ["check", "timeline", "export"])
def test_bad_dates_are_one_line_with_status_2(
    command: str,
    options: list[str],
    message: str,
    conflicting: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A DATE that cannot be read, or --since after --until, exits 2 naming the option and text."""
    db = str(tmp_path / "c.db")
    assert main(["import", str(conflicting), "--db", db]) == 0
    args = {
        "check": ["check", str(conflicting)],
        "timeline": ["timeline", "Russian troops near Ukraine", str(conflicting)],
        "export": ["export", str(tmp_path / "out.jsonl"), "--db", db],
    }[command]
    capsys.readouterr()
    assert main([*args, *options]) == 2
    captured = capsys.readouterr()
    assert message in _error_line(captured.err)
    assert captured.out == ""
    assert not (tmp_path / "out.jsonl").exists()


def test_check_selection_that_keeps_nothing_is_an_error(
    conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``check`` exits 2 when --source/--since/--until leave no claims, naming what was asked."""
    assert main(["check", str(conflicting), "--source", "Pentagn"]) == 2
    assert _error_line(capsys.readouterr().err).endswith(
        "no claims whose source contains 'Pentagn'"
    )
    args = ["check", str(conflicting), "--subject", "troops", "--since", "2022-03-01"]
    assert main(args) == 2
    assert _error_line(capsys.readouterr().err).endswith(
        "no claims whose subject contains 'troops', stated since 2022-03-01"
    )
    assert main(["check", str(conflicting), "--source", "us", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["claims"] == 1


def test_timeline_source_and_since(
    tmp_path: Path, paris_time: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """``timeline --source`` keeps those sources' rows, --since drops earlier ones; none is bad."""
    claims = [_claim("US", 100_000, day=9), _claim("US", 110_000), _claim("Ukraine", 30_000)]
    path, db = _store(tmp_path, claims)
    subject = "Russian troops near Ukraine"
    for source in (str(path), f"--db={db}"):
        assert main(["timeline", subject, source, "--source", "us", "--since", "2022-02-10"]) == 0
        out = capsys.readouterr().out
        assert "110,000 troops" in out
        assert "30,000" not in out
        assert "100,000" not in out
        assert main(["timeline", subject, source, "--source", "France"]) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        assert _error_line(captured.err).endswith(
            f"no dated claims about {subject!r} whose source contains 'France'"
        )


def test_export_limit_keeps_the_first_selected_claims(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--limit N exports the first N selected claims in stored order, also as ClaimReview."""
    _, db = _store(tmp_path, EDGES)
    assert [c.figure.value for c in _exported(["--db", db, "--limit", "2"], capsys)] == [1, 2]
    only = ["--db", db, "--source", "pentagon", "--limit", "2"]
    assert [c.figure.value for c in _exported(only, capsys)] == [1, 3]
    assert _exported(["--db", db, "--limit", "0"], capsys) == []
    reviews = tmp_path / "reviews.json"
    args = ["export", str(reviews), "--db", db, "--rating", "False", "--reviewer", "Desk"]
    assert main([*args, "--limit", "3"]) == 0
    assert len(json.loads(reviews.read_text("utf-8"))) == 3
    assert "exported 3 claims" in capsys.readouterr().out


@pytest.mark.parametrize("limit", ["-1", "ten", "2.5"])
def test_export_bad_limit_is_a_usage_error(
    limit: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A --limit that is not a whole number, 0 or more, exits 2 naming it."""
    assert main(["export", "-", "--db", str(tmp_path / "c.db"), "--limit", limit]) == 2
    line = _error_line(capsys.readouterr().err)
    assert f"argument --limit: expected a whole number from 0 to {2**63 - 1}, got {limit!r}" in line


def test_since_weekday_is_the_one_gone_by(
    tmp_path: Path, paris_time: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """--since with a weekday or a month-day without a year is the most recent one, not the next."""
    now = datetime.now(UTC)
    week_ago = (now - timedelta(days=6)).astimezone()
    claims = [_said("A", now - timedelta(days=8), 1), _said("B", now - timedelta(minutes=1), 2)]
    _, db = _store(tmp_path, claims)
    weekday = week_ago.strftime("%A")
    assert [c.figure.value for c in _exported(["--db", db, "--since", weekday], capsys)] == [2]
    month_day = week_ago.strftime("%d %B").lstrip("0")
    assert [c.figure.value for c in _exported(["--db", db, "--since", month_day], capsys)] == [2]


@pytest.mark.parametrize("option", ["--since", "--until", "--published"])
def test_a_date_read_two_ways_is_refused(
    option: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A numeric date read two ways ("10/02/2022") is an error naming both and their ISO forms."""
    _, db = _store(tmp_path, EDGES)
    args = (
        ["check", "--db", db] if option != "--published" else ["extract", str(tmp_path / "a.txt")]
    )
    (tmp_path / "a.txt").write_text(EXCERPT, encoding="utf-8")
    assert main([*args, option, "10/02/2022"]) == 2
    err = capsys.readouterr().err
    for reading in ("10 February 2022", "2 October 2022", "2022-02-10", "2022-10-02"):
        assert reading in err


def test_a_date_read_one_way_is_taken(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A numeric date with one possible reading ("13/02/2022") is that day, in either option."""
    (tmp_path / "a.txt").write_text(EXCERPT, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "--published", "13/02/2022"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records
    assert all(r["provenance"]["published"].startswith("2022-02-13") for r in records)


@pytest.mark.parametrize(("order", "expected"), [("DMY", [2, 3, 4, 6]), ("mdy", []), ("YMD", None)])
def test_date_order_reads_a_date_given_two_ways(
    order: str,
    expected: list[int] | None,
    tmp_path: Path,
    paris_time: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """With --date-order, --since/--until "10/02/2022" is the day that order names."""
    _, db = _store(tmp_path, EDGES)
    args = ["--db", db, "--since", "10/02/2022", "--until", "10/02/2022", "--date-order", order]
    if expected is None:  # a four-digit year cannot come last in year-month-day order
        capsys.readouterr()
        assert main(["export", "-", *args]) == 2
        assert "'10/02/2022' is not a date in year-month-day order" in capsys.readouterr().err
        return
    assert sorted(c.figure.value for c in _exported(args, capsys)) == expected


def test_date_order_reaches_published_and_the_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--date-order reads --published and the articles' numeric stamps in that order."""
    path = tmp_path / "blog.txt"
    path.write_text(f"10/02/2022 21:30 GMT\n{EXCERPT}\n", encoding="utf-8")
    argv = ["extract", str(path), "--published", "10/02/2022", "--date-order", "DMY"]
    assert main(argv) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records
    assert all(r["provenance"]["published"].startswith("2022-02-10") for r in records)
    assert all(r["stated_at"].startswith("2022-02-10T21:30") for r in records)


# ---------------------------------------------------------------------------
# export to standard output
# ---------------------------------------------------------------------------


def test_export_to_the_store_itself_is_refused(tmp_path: Path) -> None:
    """``export - --db s.db >> s.db`` exits 2 and leaves the store as it was."""
    _, db = _store(tmp_path, EDGES)
    before = Path(db).read_bytes()
    with open(db, "ab") as appended:
        done = subprocess.run(
            [sys.executable, "-m", "claimtrack", "export", "-", "--db", db],
            stdout=appended,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 2
    assert "standard output is the claim store itself" in done.stderr
    assert Path(db).read_bytes() == before


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_import_dash_tells_the_format_of_what_export_dash_wrote(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``export - | import -`` needs no --format: JSON Lines, CSV or Parquet is told by content."""
    _, db = _store(tmp_path, EDGES)
    out = tmp_path / f"out.{fmt}"
    assert main(["export", str(out), "--db", db]) == 0
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(out.read_bytes()), "utf-8"))
    other = str(tmp_path / "other.db")
    assert main(["import", "-", "--db", other]) == 0
    assert _stored_values(other) == _stored_values(db)


def test_delete_dash_without_ids_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``delete -`` with nothing on standard input exits 2: a failed export piped in fails."""
    _, db = _store(tmp_path, EDGES)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), "utf-8"))
    capsys.readouterr()
    assert main(["delete", "-", "--db", db]) == 2
    assert "no claim ids on standard input" in _error_line(capsys.readouterr().err)
    assert _stored_values(db) == [1, 2, 3, 4, 5, 6, 7]


def test_export_dash_writes_json_lines_to_stdout(
    tmp_path: Path,
    conflicting: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``export -`` writes JSON Lines to standard output and only them, and no file named '-'."""
    monkeypatch.chdir(tmp_path)
    assert main(["import", str(conflicting), "--db", "claims.db"]) == 0
    capsys.readouterr()
    assert main(["export", "-", "--db", "claims.db"]) == 0
    captured = capsys.readouterr()
    assert formats.read_jsonl(io.StringIO(captured.out)) == formats.read_jsonl(conflicting)
    assert captured.err == ""
    assert not (tmp_path / "-").exists()


def test_export_dash_takes_csv_and_claimreview(
    tmp_path: Path, conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``export - --format csv`` and ``--format claimreview`` write those formats to stdout."""
    db = str(tmp_path / "c.db")
    assert main(["import", str(conflicting), "--db", db]) == 0
    capsys.readouterr()
    assert main(["export", "-", "--db", db, "--format", "csv", "--source", "ukraine"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [row["source_name"] for row in rows] == ["Ukraine"]
    args = ["export", "-", "--db", db, "--format", "claimreview", "--rating", "False"]
    assert main([*args, "--reviewer", "Desk"]) == 0
    reviews = json.loads(capsys.readouterr().out)
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["False", "False"]


def test_export_dash_parquet_is_refused_on_a_terminal(
    tmp_path: Path,
    conflicting: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``export - --format parquet`` to a terminal exits 2 and writes no bytes to it."""
    db = str(tmp_path / "c.db")
    assert main(["import", str(conflicting), "--db", db]) == 0
    capsys.readouterr()
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["export", "-", "--db", db, "--format", "parquet"]) == 2
    captured = capsys.readouterr()
    assert "-: Parquet is binary, not for a terminal" in _error_line(captured.err)
    assert captured.out == ""


def test_subprocess_export_dash_parquet_to_a_pipe(tmp_path: Path, conflicting: Path) -> None:
    """``export - --format parquet`` writes a Parquet file's bytes when stdout is a pipe."""
    pytest.importorskip("pyarrow")
    db = str(tmp_path / "c.db")
    assert main(["import", str(conflicting), "--db", db]) == 0
    command = [sys.executable, "-m", "claimtrack", "export", "-", "--db", db, "--format", "parquet"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(command, capture_output=True, env=env, check=False, timeout=120)
    assert (result.returncode, result.stderr) == (0, b"")
    copy = tmp_path / "copy.parquet"
    copy.write_bytes(result.stdout)
    assert formats.read_parquet(copy) == formats.read_jsonl(conflicting)


def test_failed_export_to_stdout_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An export to '-' that fails (a tag CSV cannot hold) exits 2 with nothing on stdout."""
    claims = [_claim("US", 5), attrs.evolve(_claim("UK", 7), tags={"a|b"})]
    _, db = _store(tmp_path, claims)
    capsys.readouterr()
    assert main(["export", "-", "--db", db, "--format", "csv"]) == 2
    captured = capsys.readouterr()
    assert "CSV cannot hold tags" in _error_line(captured.err)
    assert captured.out == ""


class _FullDisk(io.RawIOBase):
    """A file on a full disk: every write fails with ENOSPC."""

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def full_temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder (TMPDIR) whose files are created but cannot be written to."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    real_open = builtins.open

    def open_on_full_disk(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if not str(file).startswith(str(folder)) or not set(mode) & set("wxa"):
            return real_open(file, mode, *args, **kwargs)
        real_open(file, mode.replace("b", "").replace("t", "")).close()
        raw = io.BufferedWriter(_FullDisk())
        if "b" in mode:
            return raw
        return io.TextIOWrapper(raw, encoding=kwargs.get("encoding") or "utf-8", newline="\n")

    monkeypatch.setattr(builtins, "open", open_on_full_disk)
    return folder


def test_export_dash_with_a_full_temporary_folder_names_the_spool(
    tmp_path: Path, full_temp_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'export -' that cannot write its temporary file names it and TMPDIR, and writes nothing."""
    _, db = _store(tmp_path, [_claim("US", 5), _claim("UK", 7)])
    capsys.readouterr()
    assert main(["export", "-", "--db", db]) == 2
    captured = capsys.readouterr()
    line = _error_line(captured.err)
    assert line.startswith(
        f"claimtrack: error: <stdout>: cannot keep the export until it is complete: writing the "
        f"temporary file {full_temp_folder}{os.sep}claimtrack-"
    )
    assert line.endswith(
        f"export.jsonl failed: {os.strerror(errno.ENOSPC)}; nothing was written to standard "
        "output (TMPDIR names the folder for temporary files)"
    )
    assert captured.out == ""
    assert list(full_temp_folder.iterdir()) == []  # the spool is gone


def test_export_dash_without_room_for_a_temporary_folder_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """'export -' that cannot even make its temporary folder names where it tried."""
    _, db = _store(tmp_path, [_claim("US", 5)])
    capsys.readouterr()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))

    def no_room(*args: Any, **kwargs: Any) -> str:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp_path / "tmp" / "x"))

    monkeypatch.setattr(tempfile, "mkdtemp", no_room)
    assert main(["export", "-", "--db", db]) == 2
    captured = capsys.readouterr()
    assert _error_line(captured.err).endswith(
        f"<stdout>: cannot keep the export until it is complete: cannot create a folder in "
        f"{tmp_path / 'tmp'}: {os.strerror(errno.ENOSPC)}; nothing was written to standard "
        "output (TMPDIR names the folder for temporary files)"
    )
    assert captured.out == ""


def test_import_dash_with_a_full_temporary_folder_names_the_spool(
    tmp_path: Path,
    conflicting: Path,
    full_temp_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """'import FILE -' that cannot spool stdin names the spool, and imports nothing from it."""
    db = str(tmp_path / "claims.db")
    record = json.dumps(formats.claim_to_dict(_claim("UK", 7))) + "\n"
    stdin = io.TextIOWrapper(io.BytesIO(record.encode()), "utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["import", str(conflicting), "-", "--db", db]) == 2
    line = _error_line(capsys.readouterr().err)
    assert line.startswith(
        "claimtrack: error: <stdin>: cannot keep standard input while it is imported: writing "
        f"the temporary file {full_temp_folder}{os.sep}claimtrack-"
    )
    assert line.endswith(
        f"stdin failed: {os.strerror(errno.ENOSPC)}; nothing from it was imported (TMPDIR names "
        f"the folder for temporary files); imported before it: {conflicting} (2 new claims, "
        "0 already stored)"
    )
    assert _stored_values(db) == [100_000, 30_000]
    assert list(full_temp_folder.iterdir()) == []


def test_export_dash_writes_utf8_whatever_the_locale(tmp_path: Path) -> None:
    """With a cp1252 stdout, ``export -`` still writes the JSON Lines in UTF-8, unchanged."""
    claim = attrs.evolve(_claim("Ministère ∞", 5), subject="Évacués ∞ à Kherson")
    _, db = _store(tmp_path, [claim])
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "cp1252"}
    command = [sys.executable, "-m", "claimtrack", "export", "-", "--db", db]
    result = subprocess.run(command, capture_output=True, env=env, check=False, timeout=120)
    assert (result.returncode, result.stderr) == (0, b"")
    assert formats.read_jsonl(io.StringIO(result.stdout.decode("utf-8"))) == [claim]


def test_export_dash_to_a_reader_that_goes_away(tmp_path: Path) -> None:
    """'claimtrack export - | head -1' ends with status 141 and no traceback."""
    claims = [
        Claim(subject=f"subject {n}", figure=Figure.of(n, "troops"), source=Source("US"))
        for n in range(20_000)  # far more output than a pipe holds
    ]
    _, db = _store(tmp_path, claims)
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimtrack", "export", "-", "--db", db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    assert json.loads(proc.stdout.readline())["subject"] == "subject 0"
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert err == ""


# ---------------------------------------------------------------------------
# delete
# ---------------------------------------------------------------------------


def _stored_values(db: str) -> list[float | None]:
    from claimtrack.store import ClaimStore

    with ClaimStore(db, read_only=True) as store:
        return [c.figure.value for c in store]


def test_delete_removes_the_given_claims(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``delete ID ID`` deletes those claims (an id given twice once) and says how many."""
    _, db = _store(tmp_path, EDGES)
    capsys.readouterr()
    assert main(["delete", EDGES[0].id, EDGES[2].id, EDGES[0].id, "--db", db]) == 0
    assert capsys.readouterr().out == f"deleted 2 claims from {db}\n"
    assert _stored_values(db) == [2, 4, 5, 6, 7]
    assert main(["delete", EDGES[1].id, "--db", db]) == 0
    assert capsys.readouterr().out == f"deleted 1 claim from {db}\n"


def test_delete_of_an_unknown_id_deletes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An id that is not stored exits 2 naming it, and none of the given claims is deleted."""
    _, db = _store(tmp_path, EDGES)
    capsys.readouterr()
    assert main(["delete", EDGES[0].id, "0123456789abcdef", "--db", db]) == 2
    captured = capsys.readouterr()
    assert _error_line(captured.err).endswith(
        f"{db}: no claim with id '0123456789abcdef'; nothing was deleted"
    )
    assert captured.out == ""
    many = [f"unknown-{n}" for n in range(7)]
    assert main(["delete", *many, "--db", db]) == 2
    assert _error_line(capsys.readouterr().err).endswith(
        "no claims with ids 'unknown-0', 'unknown-1', 'unknown-2', 'unknown-3', 'unknown-4' "
        "and 2 more; nothing was deleted"
    )
    assert _stored_values(db) == [1, 2, 3, 4, 5, 6, 7]


def test_delete_dry_run_lists_the_claims_and_deletes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``delete --dry-run`` shows the claims, with ids, and what it would do; deletes nothing."""
    _, db = _store(tmp_path, EDGES)
    capsys.readouterr()
    assert main(["delete", EDGES[5].id, "--db", db, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert EDGES[5].id in out
    assert "Kremlin" in out
    assert out.endswith(f"would delete 1 claim from {db} (dry run)\n")
    assert main(["delete", "nope", "--db", db, "-n"]) == 2
    assert "no claim with id 'nope'" in _error_line(capsys.readouterr().err)
    assert _stored_values(db) == [1, 2, 3, 4, 5, 6, 7]


def test_delete_reads_ids_and_records_from_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``delete -`` reads one id a line, or JSON Lines records as export writes, skipping blanks."""
    _, db = _store(tmp_path, EDGES)
    record = json.dumps(formats.claim_to_dict(EDGES[3]))
    monkeypatch.setattr(
        sys, "stdin", io.StringIO(f"{EDGES[0].id}\n\n  {EDGES[1].id}  \n{record}\n")
    )
    capsys.readouterr()
    assert main(["delete", "-", EDGES[6].id, "--db", db]) == 0
    assert capsys.readouterr().out == f"deleted 4 claims from {db}\n"
    assert _stored_values(db) == [3, 5, 6]


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("abc\n{broken\n", "<stdin>:3: malformed JSON: "),
        ('{"subject": "x"}\n', '<stdin>:2: a JSON record without an "id"'),
        ("[1, 2]\n", "no claim with id '[1, 2]'"),
    ],
)
def test_delete_bad_stdin_line_is_named(
    stdin: str,
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A line of standard input that gives no id exits 2 naming its line; nothing is deleted."""
    _, db = _store(tmp_path, EDGES)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{EDGES[0].id}\n{stdin}"))
    capsys.readouterr()
    assert main(["delete", "-", "--db", db]) == 2
    assert message in _error_line(capsys.readouterr().err)
    assert _stored_values(db) == [1, 2, 3, 4, 5, 6, 7]


def test_delete_stdin_that_is_not_utf8_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Standard input that is not UTF-8 exits 2 naming <stdin> and the line, deleting nothing."""
    _, db = _store(tmp_path, EDGES)
    data = f"{EDGES[0].id}\n".encode() + b"caf\xe9\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), "utf-8"))
    capsys.readouterr()
    assert main(["delete", "-", "--db", db]) == 2
    assert _error_line(capsys.readouterr().err).endswith("<stdin>:2: not UTF-8 text")
    assert _stored_values(db) == [1, 2, 3, 4, 5, 6, 7]


def test_delete_needs_an_existing_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``delete`` without a store exits 2 and creates none; without an ID it is a usage error."""
    monkeypatch.chdir(tmp_path)
    assert main(["delete", "0123456789abcdef"]) == 2
    assert _error_line(capsys.readouterr().err).endswith("claims.db: no such claim store")
    assert list(tmp_path.iterdir()) == []
    assert main(["delete"]) == 2
    assert "the following arguments are required: ID" in _error_line(capsys.readouterr().err)


def test_reading_a_missing_store_says_how_to_make_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """'check' and 'timeline' on a missing store hint at FILEs and 'add'; other refusals do not."""
    monkeypatch.chdir(tmp_path)
    hint = "; give FILEs or create it with 'claimtrack add'"
    for args in (["check"], ["timeline", "troops"]):
        assert main([*args, "--db", "news.db"]) == 2
        assert _error_line(capsys.readouterr().err).endswith(f"news.db: no such claim store{hint}")
    (tmp_path / "notes.txt").write_text("These are notes.\n" * 40, encoding="utf-8")
    assert main(["check", "--db", "notes.txt"]) == 2
    assert hint not in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_reading_commands_migrate_an_older_store_they_may_write(tmp_path: Path) -> None:
    """'check --db' on a store from an older claimtrack migrates it (where it may) and reads it."""
    import sqlite3

    db = str(tmp_path / "old.db")
    road = Claim(subject="convoy length", figure=Figure.of(64, "km"), source=Source("Maxar"))
    formats.write_jsonl([road], tmp_path / "road.jsonl")
    assert main(["import", str(tmp_path / "road.jsonl"), "--db", db]) == 0
    with sqlite3.connect(db) as raw:  # as claimtrack wrote it before schema 4
        raw.execute("UPDATE units SET name = 'kilometer' WHERE name = 'kilometre'")
        raw.execute("PRAGMA user_version=3")
    raw.close()
    assert main(["export", str(tmp_path / "out.jsonl"), "--db", db]) == 0
    assert formats.read_jsonl(tmp_path / "out.jsonl") == [road]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.db", "out.jsonl", "road.jsonl"]


NOT_A_STORE = {
    "missing.db": (None, "no such claim store"),
    "empty.db": (b"", "not a claim store (an empty file)"),
    "notes.txt": (b"These are notes, not claims.\n" * 40, "not a claim store (not a SQLite"),
}


@pytest.mark.parametrize("name", NOT_A_STORE)
@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["timeline", "troops"],
        ["export", "-"],
        ["export", "out.jsonl"],
        ["delete", "--dry-run", "9b8c346353a5c5f3"],
        ["delete", "9b8c346353a5c5f3"],
    ],
    ids=["check", "timeline", "export-dash", "export", "delete-dry-run", "delete"],
)
def test_a_file_that_holds_no_store_is_named_and_left_as_it_was(
    args: list[str],
    name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A missing, empty or text --db is an error naming it, and is left exactly as it was."""
    monkeypatch.chdir(tmp_path)
    content, reason = NOT_A_STORE[name]
    if content is not None:
        (tmp_path / name).write_bytes(content)
    assert main([*args, "--db", name]) == 2
    assert f"{name}: {reason}" in _error_line(capsys.readouterr().err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ([] if content is None else [name])
    if content is not None:
        assert (tmp_path / name).read_bytes() == content


def test_delete_from_a_read_only_store_is_one_line(
    conflicting: Path, read_only_folder: Any
) -> None:
    """``delete`` on a store that cannot be written exits 2 on one line, deleting nothing."""
    db = str(read_only_folder.path / "claims.db")
    assert main(["import", str(conflicting), "--db", db]) == 0
    claim_id = formats.read_jsonl(conflicting)[0].id
    read_only_folder.lock()
    result = read_only_folder.run("-m", "claimtrack", "delete", claim_id, "--db", db)
    assert result.returncode == 2
    _error_line(result.stderr)
    dry = read_only_folder.run("-m", "claimtrack", "delete", claim_id, "--db", db, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.endswith(f"would delete 1 claim from {db} (dry run)\n")
    assert len(formats.read_jsonl(conflicting)) == 2


def test_subprocess_export_piped_into_delete(tmp_path: Path) -> None:
    """'claimtrack export - --source X | claimtrack delete -' deletes that source's claims."""
    _, db = _store(tmp_path, EDGES)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100"}
    claimtrack = [sys.executable, "-m", "claimtrack"]
    exported = subprocess.run(
        [*claimtrack, "export", "-", "--db", db, "--source", "pentagon"],
        capture_output=True,
        env=env,
        check=True,
        timeout=120,
    )
    deleted = subprocess.run(
        [*claimtrack, "delete", "-", "--db", db],
        input=exported.stdout,
        capture_output=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert (deleted.returncode, deleted.stderr) == (0, b"")
    assert deleted.stdout.decode() == f"deleted 3 claims from {db}\n"
    assert _stored_values(db) == [2, 4, 5, 6]


def test_command_line_page_lists_every_command() -> None:
    """docs/how-to/command-line.md's table of commands names each sub-command of the parser."""
    import argparse

    from claimtrack.cli import build_parser

    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    page = (ROOT / "docs" / "how-to" / "command-line.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| `(\w+)[ `]", page, re.M)
    assert listed == list(sub.choices)
