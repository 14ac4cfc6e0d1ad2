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
