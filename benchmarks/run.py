"""Run every benchmark, one after another, each in its own process.

    python benchmarks/run.py            # full sizes (about 10-15 minutes on 2 cores)
    python benchmarks/run.py --quick    # small sizes, a smoke run (about 2 minutes)

Each benchmark prints its figures, its targets and its ratio against the peer
measured in the same run (quantulum3 and CQE for figures and extraction, plain
dateparser for times).  Benchmarks are never part of the test suite.

The peers are not dependencies of claimtrack: ``pip install -e ".[bench]"`` installs
quantulum3 with its classifier (without it quantulum3 warns, runs faster and reads fewer
units right) and mypy for the compiled build; ``sh benchmarks/setup_cqe.sh`` makes CQE's
own environment.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

FULL: list[tuple[str, list[str]]] = [
    ("bench_core.py", []),
    ("bench_figures.py", []),
    # the mypyc build is measured too when mypy is installed (the dev extra); CQE when
    # $CLAIMTRACK_CQE_PYTHON names its environment (see setup_cqe.sh)
    ("bench_extraction.py", ["--mypyc"] if importlib.util.find_spec("mypyc") else []),
    ("bench_extract.py", []),
    ("bench_times.py", []),
    ("bench_formats.py", []),
    ("bench_store.py", []),
    ("bench_consistency.py", []),
    ("bench_dask.py", []),
    ("bench_adversarial.py", []),
]
QUICK: dict[str, list[str]] = {
    "bench_core.py": ["-n", "20000", "--repeats", "2"],
    "bench_extract.py": ["--sizes", "1,4"],
    "bench_times.py": ["--passes", "20"],
    "bench_formats.py": ["--n", "10000"],
    "bench_store.py": ["--size", "50000", "--subjects", "1000", "--queries", "50"],
    "bench_consistency.py": ["--max", "100000"],
    "bench_adversarial.py": ["--max-kb", "256"],
}


def main() -> int:
    """Run the benchmarks and return the number that failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, a smoke run")
    parser.add_argument("only", nargs="*", help="names of benchmarks to run (default: all)")
    args = parser.parse_args()
    failed = 0
    for script, full_args in FULL:
        if args.only and not any(name in script for name in args.only):
            continue
        if not (HERE / script).exists():
            continue
        extra = QUICK.get(script, full_args) if args.quick else full_args
        print(f"\n=== {script} {' '.join(extra)}", flush=True)
        code = subprocess.call([sys.executable, str(HERE / script), *extra])
        if code:
            print(f"!!! {script} exited with {code}")
            failed += 1
    return failed


if __name__ == "__main__":
    raise SystemExit(main())
