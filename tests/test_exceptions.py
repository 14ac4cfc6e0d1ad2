"""Tests of the exception hierarchy."""

from __future__ import annotations

import pytest

from claimtrack import exceptions
from claimtrack.exceptions import (
    ClaimFormatError,
    ClaimNotFound,
    ClaimtrackError,
    FigureParseError,
    IncompatibleUnits,
    InvalidClaim,
    MissingDependency,
    StoreError,
    StoreVersionError,
    TimeParseError,
    UnitParseError,
)

BUILTINS: list[tuple[type[Exception], type[Exception]]] = [
    (InvalidClaim, ValueError),
    (FigureParseError, ValueError),
    (UnitParseError, ValueError),
    (IncompatibleUnits, TypeError),
    (TimeParseError, ValueError),
    (ClaimFormatError, ValueError),
    (StoreError, OSError),
    (StoreVersionError, OSError),
    (ClaimNotFound, KeyError),
    (MissingDependency, ImportError),
]


@pytest.mark.parametrize(("error", "builtin"), BUILTINS, ids=lambda e: e.__name__)
def test_every_error_is_a_claimtrack_error_and_its_builtin(
    error: type[Exception], builtin: type[Exception]
) -> None:
    """Each exception can be caught as ClaimtrackError and as its builtin."""
    assert issubclass(error, ClaimtrackError)
    assert issubclass(error, builtin)
    instance = error("bad input")
    with pytest.raises(builtin):
        raise instance
    with pytest.raises(ClaimtrackError):
        raise instance


def test_every_exported_error_is_listed() -> None:
    """__all__ names exactly the exception classes the module defines."""
    defined = {
        name
        for name, value in vars(exceptions).items()
        if isinstance(value, type) and issubclass(value, Exception)
    }
    assert defined == set(exceptions.__all__)
    assert {e.__name__ for e, _ in BUILTINS} | {"ClaimtrackError"} == defined


def test_store_version_error_is_a_store_error() -> None:
    """A version mismatch is caught by handlers of StoreError."""
    assert issubclass(StoreVersionError, StoreError)


def test_claimtrack_error_is_not_a_builtin_value_or_type_error() -> None:
    """The base class itself only derives from Exception."""
    assert not issubclass(ClaimtrackError, ValueError | TypeError | OSError)


@pytest.mark.parametrize(
    ("path", "line", "message"),
    [
        ("claims.jsonl", 3, "claims.jsonl:3: missing figure"),
        ("claims.jsonl", None, "claims.jsonl: missing figure"),
        (None, 7, "line 7: missing figure"),
        (None, None, "missing figure"),
    ],
)
def test_claim_format_error_names_the_place(
    path: str | None, line: int | None, message: str
) -> None:
    """ClaimFormatError's message leads with the file and line at fault."""
    error = ClaimFormatError("missing figure", path=path, line=line)
    assert str(error) == message
    assert (error.reason, error.path, error.line) == ("missing figure", path, line)
