"""The public face: ``claimtrack.__all__`` and the documented API agree."""

from __future__ import annotations

import re
from pathlib import Path

import claimtrack

API_PAGE = Path(__file__).resolve().parent.parent / "docs" / "reference" / "api.md"


def test_all_is_sorted_and_importable() -> None:
    """__all__ is alphabetical (case-sensitive, as ruff sorts it) and every name in it exists."""
    assert list(claimtrack.__all__) == sorted(claimtrack.__all__)
    for name in claimtrack.__all__:
        assert hasattr(claimtrack, name), name


def test_documented_names_match_all() -> None:
    """Every public name has a section in docs/reference/api.md, and every section is public."""
    documented = re.findall(r"^### `(\w+)`$", API_PAGE.read_text(encoding="utf-8"), re.M)
    assert len(documented) == len(set(documented)), "a name is documented twice"
    assert set(documented) == set(claimtrack.__all__)


def test_public_callables_have_docstrings() -> None:
    """Each public name has a docstring whose first line is one sentence ending in a period."""
    for name in claimtrack.__all__:
        doc = getattr(claimtrack, name).__doc__
        assert doc, name
        first = doc.strip().splitlines()[0]
        assert first.endswith("."), (name, first)


def test_version_is_set() -> None:
    """The package exposes its version from the installed metadata."""
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", claimtrack.__version__)


def _bound_twice(source: str) -> list[str]:
    """Return the module-level names that ``source`` binds more than once."""
    import ast
    from collections import Counter

    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_no_module_binds_a_name_twice() -> None:
    """No module rebinds a module-level name: a second table of the same name would win silently."""
    package = Path(claimtrack.__file__).parent
    twice = {p.name: _bound_twice(p.read_text()) for p in sorted(package.glob("*.py"))}
    assert {name: found for name, found in twice.items() if found} == {}
    assert _bound_twice("A = 1\ndef f(): pass\nA = 2\n") == ["A"]  # the check itself works


def _submodule_table() -> dict[str, list[str]]:
    """Return the module -> names rows of the "Submodules" table in docs/reference/api.md."""
    text = API_PAGE.read_text(encoding="utf-8")
    section = text.split("## Submodules", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(claimtrack\.\w+)` \| (.*?) \|", section, re.M)
    return {module: re.findall(r"`(\w+)`", names) for module, names in rows}


def test_documented_submodule_names_exist() -> None:
    """Every name api.md lists for a submodule is in that module's __all__."""
    import importlib

    table = _submodule_table()
    assert {
        "claimtrack.quantities",
        "claimtrack.store",
        "claimtrack.cli",
        "claimtrack.dask",
    } <= set(table)
    assert {"dimension", "currency_names", "is_count"} <= set(table["claimtrack.quantities"])
    assert "SCHEMA_VERSION" in table["claimtrack.store"]
    assert "main" in table["claimtrack.cli"]
    for module_name, names in table.items():
        assert names, module_name
        try:
            module = importlib.import_module(module_name)
        except ImportError:  # claimtrack.dask without its extra
            continue
        for name in names:
            assert name in module.__all__, f"{module_name}.{name}"


def test_version_is_documented() -> None:
    """api.md documents claimtrack.__version__ and shows the installed value."""
    text = API_PAGE.read_text(encoding="utf-8")
    assert "`claimtrack.__version__`" in text
    assert f"print(claimtrack.__version__)  # {claimtrack.__version__}" in text
