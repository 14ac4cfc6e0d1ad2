"""Benchmark extraction and the consistency check on Dask against a single process.

The corpus is the three bundled documents (the FRANCE 24 with AFP live blogs of 2 and
10 February 2022 and the pension-protest story) replicated with perturbed figures
(every figure with a thousands separator moves by up to +-30 %, so sources
disagree) to ``--documents`` text files in a temporary folder.  Figures printed:

* single process: documents per second of reading and ``extract_claims`` alone and
  with ``write_parquet``; claims checked per second by ``check`` (claims in memory);
* Dask ``LocalCluster`` with 1 and 2 worker processes (1 thread each):
  documents per second of :func:`claimtrack.dask.extract_corpus` (the workers read
  the files, extract, write Parquet) and claims per second of
  :func:`claimtrack.dask.check_distributed` on the written dataset (reading it,
  matching subjects, shuffling, checking, bringing the report back); cluster
  start-up and worker warm-up are timed apart;
* the ratios of each Dask figure to the single-process one.

Run ``python benchmarks/bench_dask.py [--documents N] [--partitions P]``.
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import time
from pathlib import Path

from claimtrack.consistency import check
from claimtrack.formats import read_parquet, write_parquet

DATA = Path(__file__).resolve().parent.parent / "examples" / "data"
_FIGURE = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])")


def make_corpus(size: int, folder: Path, seed: int = 7) -> list[Path]:
    """Write ``size`` text files: the bundled documents with perturbed figures, round robin."""
    rng = random.Random(seed)
    bases = sorted(DATA.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in bases]

    def perturb(m: re.Match[str]) -> str:
        value = int(m.group().replace(",", ""))
        return f"{max(1000, round(value * rng.uniform(0.7, 1.3))):,}"

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(size):
        path = folder / f"{i:05d}-{bases[i % len(bases)].name}"  # keeps the date in the name
        path.write_text(_FIGURE.sub(perturb, texts[i % len(bases)]), encoding="utf-8")
        paths.append(path)
    return paths


def single_process(paths: list[Path], folder: Path) -> dict[str, float]:
    """Time reading and extraction, that and Parquet writing, and the check, in this process."""
    from claimtrack.dask import Document

    Document.read(paths[0]).claims()  # warm the caches (unit registry, time parser)
    start = time.perf_counter()
    claims = [c for p in paths for c in Document.read(p, outlet="FRANCE 24").claims()]
    extract = time.perf_counter() - start
    write_parquet(claims, folder / "single.parquet")
    written = time.perf_counter() - start
    claims = read_parquet(folder / "single.parquet")
    start = time.perf_counter()
    report = check(claims)
    checked = time.perf_counter() - start
    print(
        f"single process: {len(paths)} documents -> {len(claims)} claims, "
        f"{len(report.findings)} findings"
    )
    return {
        "docs_s": len(paths) / extract,
        "docs_write_s": len(paths) / written,
        "claims_s": len(claims) / checked,
        "claims": float(len(claims)),
        "findings": float(len(report.findings)),
    }


def on_cluster(paths: list[Path], workers: int, partitions: int, folder: Path) -> dict[str, float]:
    """Time extract_corpus and check_distributed on a LocalCluster of ``workers`` processes."""
    from distributed import Client, LocalCluster

    from claimtrack.dask import check_distributed, extract_corpus

    start = time.perf_counter()
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=40,
        ) as cluster,
        Client(cluster) as client,
    ):
        # warm every worker: imports, unit registry, time parser
        extract_corpus(paths[: 2 * workers], output=folder / f"warm{workers}", client=client)
        check_distributed(folder / f"warm{workers}", client=client)
        ready = time.perf_counter() - start
        out = folder / f"claims{workers}"
        start = time.perf_counter()
        summary = extract_corpus(
            paths, output=out, npartitions=partitions, outlet="FRANCE 24", client=client
        )
        extract = time.perf_counter() - start
        start = time.perf_counter()
        report = check_distributed(out, client=client)
        checked = time.perf_counter() - start
    print(
        f"{workers} worker(s): start-up and warm-up {ready:.1f} s, {summary.partitions} "
        f"partitions, {summary.claims} claims, {len(report.findings)} findings"
    )
    return {
        "docs_s": summary.documents / extract,
        "claims_s": summary.claims / checked,
        "findings": float(len(report.findings)),
    }


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print the figures and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--partitions", type=int, default=16)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = make_corpus(args.documents, folder / "corpus")
        single = single_process(paths, folder)
        runs = {w: on_cluster(paths, w, args.partitions, folder) for w in (1, 2)}
    print()
    print(f"{'':<22}{'documents/s':>14}{'ratio':>8}{'claims checked/s':>20}{'ratio':>8}")
    print(f"{'single process':<22}{single['docs_s']:>14,.0f}{1:>8.2f}{single['claims_s']:>20,.0f}")
    print(f"{'  with write_parquet':<22}{single['docs_write_s']:>14,.0f}")
    for w, r in runs.items():
        print(
            f"{f'dask, {w} worker(s)':<22}{r['docs_s']:>14,.0f}"
            f"{r['docs_s'] / single['docs_s']:>8.2f}{r['claims_s']:>20,.0f}"
            f"{r['claims_s'] / single['claims_s']:>8.2f}"
        )
    print(
        f"2 workers / 1 worker: extraction x{runs[2]['docs_s'] / runs[1]['docs_s']:.2f}, "
        f"check x{runs[2]['claims_s'] / runs[1]['claims_s']:.2f}"
    )
    same = all(r["findings"] == single["findings"] for r in runs.values())
    print(f"same number of findings as the single-process check: {same}")


if __name__ == "__main__":
    main()
