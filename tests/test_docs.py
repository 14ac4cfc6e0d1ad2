"""Every code example in the docs, the README and the docstrings runs."""

from __future__ import annotations

import doctest
import importlib
import os
import pkgutil
import re
from pathlib import Path

import pytest

import claimtrack

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
FENCE = re.compile(r"^```python[^\n]*\n(.*?)^```", re.S | re.M)


def _blocks(page: Path) -> list[str]:
    return FENCE.findall(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "page", [p for p in PAGES if _blocks(p)], ids=lambda p: str(p.relative_to(ROOT))
)
def test_page_examples_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The ```python blocks of one page run in order, in a scratch folder that sees examples/."""
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for number, block in enumerate(_blocks(page), start=1):
        code = compile(block, f"{page.relative_to(ROOT)} block {number}", "exec")
        exec(code, namespace)  # running the documentation is the point


MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(claimtrack.__path__, "claimtrack.")
    # __mypyc: the support module of the optional compiled build, which holds no docstrings
    if name not in {"claimtrack.__main__"} and not name.endswith("__mypyc")
)


@pytest.mark.parametrize("module_name", MODULES)
def test_docstring_examples_run(module_name: str, tmp_path: Path) -> None:
    """The >>> examples in a module's docstrings give the output they show."""
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:  # an optional extra that is not installed
        pytest.skip(f"{module_name} needs an optional dependency: {exc}")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = doctest.testmod(
            module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
        )
    finally:
        os.chdir(cwd)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {module_name}"


def test_jsonl_schema_example_is_a_written_record() -> None:
    """The JSON Lines page's example record has its derived id and is what write_jsonl writes."""
    import json

    from claimtrack.formats import claim_from_dict, claim_to_dict

    page = (ROOT / "docs" / "reference" / "jsonl-schema.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"^```json\n(.*?)^```", page, re.S | re.M)
    record = json.loads(block)
    without_id = {key: value for key, value in record.items() if key != "id"}
    claim = claim_from_dict(without_id)
    assert claim.id == record["id"]
    written = claim_to_dict(claim)
    assert written == record
    assert list(written) == list(record)
