"""claimtrack: track numeric factual claims across sources and over time.

The public face of the library.  Everything a user needs is importable from
here; the submodules hold the rest (``claimtrack.quantities`` for units,
``claimtrack.articles`` for HTML pages,
``claimtrack.times`` for time expressions, ``claimtrack.plots`` for plots,
``claimtrack.strategies`` for Hypothesis strategies).

Names are loaded on first use, so that ``import claimtrack`` (and Hypothesis,
which runs claimtrack's hook through its entry point) stays cheap: pint,
numpy and sqlite3 are imported only when a name that needs them is touched.
"""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimtrack.articles import (
        Article,
        read_article,
    )
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
    from claimtrack.extract import (
        Mention,
        extract_claims,
        find_figures,
    )
    from claimtrack.formats import (
        read_csv,
        read_jsonl,
        read_parquet,
        to_claimreview,
        write_csv,
        write_jsonl,
        write_parquet,
    )
    from claimtrack.model import (
        Claim,
        Figure,
        Hedge,
        Provenance,
        Source,
    )
    from claimtrack.policy import (
        Policy,
    )
    from claimtrack.quantities import (
        parse_figure,
        render_figure,
    )
    from claimtrack.store import (
        ClaimStore,
        ImportResult,
        RevisionResult,
    )
    from claimtrack.times import (
        parse_time,
    )

try:
    __version__ = version("claimtrack")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without metadata
    __version__ = "0+unknown"

_LAZY: dict[str, str] = {
    "Article": "claimtrack.articles",
    "Claim": "claimtrack.model",
    "ClaimFormatError": "claimtrack.exceptions",
    "ClaimNotFound": "claimtrack.exceptions",
    "ClaimStore": "claimtrack.store",
    "ClaimtrackError": "claimtrack.exceptions",
    "Figure": "claimtrack.model",
    "FigureParseError": "claimtrack.exceptions",
    "Finding": "claimtrack.consistency",
    "FindingKind": "claimtrack.consistency",
    "Hedge": "claimtrack.model",
    "ImportResult": "claimtrack.store",
    "IncompatibleUnits": "claimtrack.exceptions",
    "InvalidClaim": "claimtrack.exceptions",
    "Mention": "claimtrack.extract",
    "MissingDependency": "claimtrack.exceptions",
    "Policy": "claimtrack.policy",
    "Provenance": "claimtrack.model",
    "Report": "claimtrack.consistency",
    "RevisionResult": "claimtrack.store",
    "Severity": "claimtrack.consistency",
    "Source": "claimtrack.model",
    "StoreError": "claimtrack.exceptions",
    "StoreVersionError": "claimtrack.exceptions",
    "TimeParseError": "claimtrack.exceptions",
    "Timeline": "claimtrack.consistency",
    "UnitParseError": "claimtrack.exceptions",
    "check": "claimtrack.consistency",
    "extract_claims": "claimtrack.extract",
    "find_figures": "claimtrack.extract",
    "match_subjects": "claimtrack.consistency",
    "parse_figure": "claimtrack.quantities",
    "parse_time": "claimtrack.times",
    "read_article": "claimtrack.articles",
    "read_csv": "claimtrack.formats",
    "read_jsonl": "claimtrack.formats",
    "read_parquet": "claimtrack.formats",
    "render_figure": "claimtrack.quantities",
    "timeline": "claimtrack.consistency",
    "to_claimreview": "claimtrack.formats",
    "write_csv": "claimtrack.formats",
    "write_jsonl": "claimtrack.formats",
    "write_parquet": "claimtrack.formats",
}


def __getattr__(name: str) -> Any:
    """Import a public name from the submodule that holds it, on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'claimtrack' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "Article",
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
    "RevisionResult",
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
    "read_article",
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
