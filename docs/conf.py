"""Sphinx configuration: Markdown pages through MyST, API reference through autodoc."""

from __future__ import annotations

import importlib.metadata

project = "claimtrack"
author = "claimtrack developers"
release = importlib.metadata.version("claimtrack")
extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_heading_anchors = 3
napoleon_google_docstring = True
napoleon_numpy_docstring = False
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
suppress_warnings = ["myst.xref_missing", "ref.python"]
nitpicky = False
html_theme = "alabaster"
napoleon_use_ivar = True
