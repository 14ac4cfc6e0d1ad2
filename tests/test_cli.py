"""Tests of the ``claimtrack`` command, in-process and as a real subprocess."""

from __future__ import annotations

import csv
import glob
import io
import json
import os
import re
import shlex
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
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
COMMANDS = ["extract", "add", "check", "timeline", "import", "export"]
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
    """``import -`` asks for --format; with it, standard input is imported and named <stdin>."""
    db, rejects = str(tmp_path / "a.db"), tmp_path / "rejects.jsonl"
    assert main(["import", str(conflicting), str(tmp_path / "notes.txt"), "--db", db]) == 2
    assert _error_line(capsys.readouterr().err).endswith(
        "notes.txt: cannot tell the format of the suffix '.txt'; give --format jsonl, csv or "
        "parquet"
    )
    assert not Path(db).exists()  # checked before anything is imported
    assert main(["import", "-", "--db", db]) == 2
    assert _error_line(capsys.readouterr().err).endswith(
        "<stdin>: cannot tell the format of standard input; give --format jsonl, csv or parquet"
    )
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


def test_check_counts_a_claim_read_twice_once(
    conflicting: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same file given twice is the same claims: the summary counts them once."""
    assert main(["check", str(conflicting), str(conflicting), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["claims"] == 2
