"""The exceptions claimtrack raises.

Every exception derives from :class:`ClaimtrackError` and also from the builtin
exception it corresponds to, so ``except ValueError`` keeps working for callers
that do not know claimtrack.  Findings of the consistency check are results, not
exceptions.
"""

from __future__ import annotations

__all__ = [
    "ClaimFormatError",
    "ClaimNotFound",
    "ClaimtrackError",
    "FigureParseError",
    "IncompatibleUnits",
    "InvalidClaim",
    "MissingDependency",
    "StoreError",
    "StoreVersionError",
    "TimeParseError",
    "UnitParseError",
]


class ClaimtrackError(Exception):
    """Base class of every error claimtrack raises on purpose."""


class InvalidClaim(ClaimtrackError, ValueError):
    """A record (claim, figure, source) breaks one of its invariants."""


class FigureParseError(ClaimtrackError, ValueError):
    """A text holds no figure that claimtrack can read."""


class UnitParseError(ClaimtrackError, ValueError):
    """A text names no unit that claimtrack knows."""


class IncompatibleUnits(ClaimtrackError, TypeError):
    """Two units measure different things (troops and tanks, metres and dollars)."""


class TimeParseError(ClaimtrackError, ValueError):
    """A text holds no date or time that claimtrack can read."""


class ClaimFormatError(ClaimtrackError, ValueError):
    """A serialized claim (JSON Lines, CSV, ...) is malformed.

    Attributes:
        path: The file at fault, if known.
        line: The 1-based line (or row) number at fault, if known.
        reason: What is wrong, without the location.
    """

    def __init__(self, reason: str, *, path: str | None = None, line: int | None = None) -> None:
        self.reason = reason
        self.path = path
        self.line = line
        where = ""
        if path is not None and line is not None:
            where = f"{path}:{line}: "
        elif path is not None:
            where = f"{path}: "
        elif line is not None:
            where = f"line {line}: "
        super().__init__(f"{where}{reason}")


class MissingDependency(ClaimtrackError, ImportError):
    """An optional extra (pyarrow, pandas, matplotlib) is needed but not installed."""


class StoreError(ClaimtrackError, OSError):
    """The claim store cannot be opened, read or written."""


class ClaimNotFound(ClaimtrackError, KeyError):
    """No claim with the given id is in the store."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "claim not found"


class StoreVersionError(StoreError):
    """The claim store was written by a newer version of claimtrack."""
