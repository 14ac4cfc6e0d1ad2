"""The Hypothesis entry point: registers claimtrack's records with ``st.from_type``.

Hypothesis runs the ``hypothesis`` entry points of installed packages while it is
itself being imported.  The hook lives here, apart from :mod:`claimtrack.strategies`,
because that module imports Hypothesis: a hook there would be looked up in the
half-loaded module whenever ``claimtrack.strategies`` is imported before Hypothesis.
This module imports nothing at module level, and the hook imports
:mod:`claimtrack.strategies` only when a registered strategy is first used, so
importing Hypothesis stays cheap and never re-enters a module being loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType

__all__: list[str] = []


def _strategies() -> ModuleType:
    """Return :mod:`claimtrack.strategies`, importing it on first use."""
    from claimtrack import strategies

    return strategies


def _hypothesis_setup_hook() -> None:
    """Register claimtrack's strategies with :func:`hypothesis.strategies.from_type`.

    Hypothesis calls this when it is imported, through the ``hypothesis`` entry
    point that installing claimtrack declares.  Only Hypothesis's strategies and
    :mod:`claimtrack.model` are imported here: the strategies of
    :mod:`claimtrack.strategies` are built on first use.
    """
    from hypothesis import strategies as st

    from claimtrack.model import Claim, Figure, Hedge, Provenance, Source

    st.register_type_strategy(Hedge, st.sampled_from(Hedge))
    st.register_type_strategy(Figure, st.deferred(lambda: _strategies().figures()))
    st.register_type_strategy(Source, st.deferred(lambda: _strategies().sources()))
    st.register_type_strategy(Provenance, st.deferred(lambda: _strategies().provenances()))
    st.register_type_strategy(Claim, st.deferred(lambda: _strategies().claims()))
