"""Shared test configuration: Hypothesis profiles and paths to the bundled data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# On CI the default profile is derandomized, so that a landing is judged on the same
# examples every run; local runs explore new examples each time (and "thorough" many more).
settings.register_profile(
    "default",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=os.environ.get("CI") == "true",
)
settings.register_profile(
    "thorough", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "examples" / "data"


@pytest.fixture
def data_dir() -> Path:
    """Return the folder of bundled example data."""
    return DATA


class ReadOnlyFolder:
    """A folder to fill, then make read-only, and the command prefix under which that binds.

    Root ignores file permissions, so as root the prefix runs a command without the
    capabilities that override them (``setpriv``).
    """

    def __init__(self, path: Path, prefix: list[str]) -> None:
        self.path = path
        self.prefix = prefix

    def lock(self) -> None:
        """Make the folder and its files read-only; skip the test if writing still works."""
        for path in self.path.iterdir():
            path.chmod(0o444)
        self.path.chmod(0o555)
        probe = self.path / "probe"
        command = [*self.prefix, sys.executable, "-c", f"open({str(probe)!r}, 'w')"]
        if subprocess.run(command, capture_output=True, check=False).returncode == 0:
            probe.unlink()
            pytest.skip("this system lets the test write to a read-only folder")

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run ``python args`` under the prefix, with this claimtrack importable."""
        return subprocess.run(
            [*self.prefix, sys.executable, *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
            env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100"},
        )


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[ReadOnlyFolder]:
    """Yield a folder to make read-only; skipped as root where setpriv is missing."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    prefix: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions cannot be enforced")
        prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--"]
    yield ReadOnlyFolder(folder, prefix)
    folder.chmod(0o755)
    for path in folder.iterdir():
        path.chmod(0o644)
