"""claimtrack: track numeric factual claims across sources and over time.

The public face of the library.  Everything a user needs is importable from
here; the submodules hold the rest (``claimtrack.quantities`` for units,
``claimtrack.times`` for time expressions, ``claimtrack.plots`` for plots,
``claimtrack.strategies`` for Hypothesis strategies).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from claimtrack.consistency import (
    Finding,
    FindingKind,
    Report,
    Severity,
    Timeline,
    check,
    match_subjects,
    timeline,
)
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
from claimtrack.extract import Mention, extract_claims, find_figures
from claimtrack.formats import (
    read_csv,
    read_jsonl,
    read_parquet,
    to_claimreview,
    write_csv,
    write_jsonl,
    write_parquet,
)
from claimtrack.model import Claim, Figure, Hedge, Provenance, Source
from claimtrack.policy import Policy
from claimtrack.quantities import parse_figure, render_figure
from claimtrack.store import ClaimStore, ImportResult
from claimtrack.times import parse_time

try:
    __version__ = version("claimtrack")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without metadata
    __version__ = "0+unknown"

__all__ = [
    "Claim",
    "ClaimFormatError",
    "ClaimNotFound",
    "ClaimStore",
    "ClaimtrackError",
    "Figure",
    "FigureParseError",
    "Finding",
    "FindingKind",
    "Hedge",
    "ImportResult",
    "IncompatibleUnits",
    "InvalidClaim",
    "Mention",
    "MissingDependency",
    "Policy",
    "Provenance",
    "Report",
    "Severity",
    "Source",
    "StoreError",
    "StoreVersionError",
    "TimeParseError",
    "Timeline",
    "UnitParseError",
    "check",
    "extract_claims",
    "find_figures",
    "match_subjects",
    "parse_figure",
    "parse_time",
    "read_csv",
    "read_jsonl",
    "read_parquet",
    "render_figure",
    "timeline",
    "to_claimreview",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]
