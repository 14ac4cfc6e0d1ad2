"""Benchmark the claim store: bulk insert of a million claims, and queries on the result.

Targets: ``add_many`` of 10^6 claims in <= 10 s (one transaction), and a query by
subject on a 10^6-claim store in <= 10 ms (median).  The insert time is broken
down into building the rows (timed apart) and the rest; the process's CPU time is
printed too, since on a shared machine the wall-clock time also counts waiting
for the other processes.

Run ``python benchmarks/bench_store.py [--size N] [--subjects K] [--queries Q]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from claimtrack import formats, store
from claimtrack.model import Claim, Figure, Hedge, Provenance, Source
from claimtrack.store import ClaimStore

INSERT_TARGET_S = 10.0
QUERY_TARGET_MS = 10.0


def make_claims(size: int, subjects: int, seed: int = 1) -> list[Claim]:
    """Build ``size`` distinct claims over ``subjects`` subjects, 40 sources and 5 units."""
    rng = random.Random(seed)
    units = ["troop", "soldier", "tank", "kilometre", "dollar"]
    hedges = [Hedge.EXACT, Hedge.APPROX, Hedge.NEARLY, Hedge.MORE_THAN]
    figures = [
        Figure.of(rng.choice([1700, 3000, 8500, 30_000, 100_000, 130_000]) + k, unit, hedge=hedge)
        for k in range(50)
        for unit in units
        for hedge in hedges
    ]
    agency = Source("AFP", kind="agency")
    sources = [Source(f"Source {k}", kind="outlet", reported_by=agency) for k in range(40)]
    names = [f"subject {k}: troops near the border" for k in range(subjects)]
    start = datetime(2022, 1, 1, tzinfo=UTC)
    provenance = Provenance(url="https://example.org/live", outlet="FRANCE 24")
    claims = []
    for i in range(size):
        claims.append(
            Claim(
                subject=names[rng.randrange(subjects)],
                figure=figures[rng.randrange(len(figures))],
                source=sources[rng.randrange(len(sources))],
                stated_at=start + timedelta(seconds=i),
                provenance=provenance,
                tags=("seed",) if i % 100 == 0 else (),
            )
        )
    return claims


def _verdict(value: float, target: float) -> str:
    return "met" if value <= target else "NOT met"


def main(argv: list[str] | None = None) -> dict[str, float]:
    """Run the benchmark, print figures against the targets, and return them."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1_000_000, help="claims to insert")
    parser.add_argument("--subjects", type=int, default=10_000, help="distinct subjects")
    parser.add_argument("--queries", type=int, default=300, help="subject queries to time")
    args = parser.parse_args(argv)
    size = args.size
    figures: dict[str, float] = {}

    t = time.perf_counter()
    claims = make_claims(size, args.subjects)
    print(f"built {size:,} claims in {time.perf_counter() - t:.1f} s (not counted)")

    sample = claims[: min(size, 20_000)]
    with ClaimStore(":memory:") as scratch:
        writer = store._Writer(scratch._db)
        scratch._db.execute("BEGIN")
        for claim in sample:  # first pass: intern subjects, sources, units, documents
            writer.row(claim)
        t = time.perf_counter()
        for claim in sample:
            writer.row(claim)
        fast_us = (time.perf_counter() - t) / len(sample) * 1e6
        scratch._db.execute("ROLLBACK")
    t = time.perf_counter()
    for claim in sample:
        json.dumps(formats.claim_to_dict(claim), separators=(",", ":"))
    cattrs_us = (time.perf_counter() - t) / len(sample) * 1e6
    print(
        f"row of a claim: store path {fast_us:.1f} us/claim (general path, values interned; "
        "add_many inlines it), "
        f"formats.claim_to_dict + json.dumps {cattrs_us:.1f} us/claim "
        f"({cattrs_us / fast_us:.1f}x slower)"
    )
    figures["row_us"] = fast_us
    figures["encode_cattrs_us"] = cattrs_us

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        with ClaimStore(path) as db:
            t, cpu = time.perf_counter(), time.process_time()
            added = db.add_many(claims)
            insert_s = time.perf_counter() - t
            insert_cpu_s = time.process_time() - cpu
        assert added == size, (added, size)
        mb = os.path.getsize(path) / 1e6
        print(
            f"add_many of {size:,} claims (one transaction): {insert_s:.2f} s "
            f"= {size / insert_s:,.0f} claims/s, file {mb:.0f} MB"
        )
        print(
            f"  CPU time of this process {insert_cpu_s:.2f} s "
            f"(wall above CPU: waiting for the disk or for other processes on the machine)"
        )
        figures["insert_cpu_s"] = insert_cpu_s
        scaled = insert_s * 1_000_000 / size
        print(
            f"  scaled to 10^6 claims: {scaled:.2f} s, target <= {INSERT_TARGET_S:.0f} s: "
            f"{_verdict(scaled, INSERT_TARGET_S)}"
        )
        rows_s = fast_us * size / 1e6
        print(
            f"  of which building rows ~{rows_s:.2f} s (timed apart), SQLite, the disk and "
            f"waiting ~{insert_s - rows_s:.2f} s; {mb * 1e6 / size:.0f} bytes/claim"
        )
        figures["insert_s"] = insert_s
        figures["insert_per_million_s"] = scaled

        with ClaimStore(path) as db:
            rng = random.Random(2)
            names = [name for name, _ in db.subjects()]
            times_ms = []
            returned = 0
            for _ in range(args.queries):
                subject = rng.choice(names)
                t = time.perf_counter()
                found = db.query(subject=subject)
                times_ms.append((time.perf_counter() - t) * 1e3)
                returned += len(found)
            median = statistics.median(times_ms)
            print(
                f"query(subject=...) on {size:,} claims: median {median:.2f} ms, "
                f"p95 {sorted(times_ms)[int(0.95 * len(times_ms))]:.2f} ms "
                f"({returned / args.queries:.0f} claims per query), "
                f"target <= {QUERY_TARGET_MS:.0f} ms: {_verdict(median, QUERY_TARGET_MS)}"
            )
            figures["query_subject_median_ms"] = median

            count_ms = []
            for _ in range(args.queries):
                subject = rng.choice(names)
                t = time.perf_counter()
                db.count(subject=subject)
                count_ms.append((time.perf_counter() - t) * 1e3)
            figures["count_subject_median_ms"] = statistics.median(count_ms)
            print(f"count(subject=...): median {figures['count_subject_median_ms']:.3f} ms")

            t = time.perf_counter()
            listed = db.subjects()
            figures["subjects_s"] = time.perf_counter() - t
            print(f"subjects(): {len(listed):,} subjects in {figures['subjects_s'] * 1e3:.0f} ms")

            t = time.perf_counter()
            contained = db.count(subject_contains="SUBJECT 42:")
            figures["count_contains_ms"] = (time.perf_counter() - t) * 1e3
            t = time.perf_counter()
            liked = db.count(subject_like="%subject 42:%")
            figures["count_like_ms"] = (time.perf_counter() - t) * 1e3
            assert contained == liked, (contained, liked)
            print(
                f"count(subject_contains=...) scanning {len(listed):,} subjects: {contained:,} "
                f"claims in {figures['count_contains_ms']:.1f} ms "
                f"(subject_like: {figures['count_like_ms']:.1f} ms)"
            )

            t = time.perf_counter()
            tagged = db.count(tag="seed")
            figures["count_tag_ms"] = (time.perf_counter() - t) * 1e3
            print(f"count(tag='seed'): {tagged:,} claims in {figures['count_tag_ms']:.1f} ms")

            t = time.perf_counter()
            by_source = db.query(source="Source 7", limit=1000)
            figures["query_source_ms"] = (time.perf_counter() - t) * 1e3
            t = time.perf_counter()
            by_unit = db.query(unit="tank", limit=1000)
            figures["query_unit_ms"] = (time.perf_counter() - t) * 1e3
            t = time.perf_counter()
            people = db.count(dimension="[person]")
            figures["count_dimension_ms"] = (time.perf_counter() - t) * 1e3
            print(
                f"query(source=..., limit=1000): {len(by_source)} claims in "
                f"{figures['query_source_ms']:.1f} ms; query(unit=..., limit=1000): "
                f"{len(by_unit)} in {figures['query_unit_ms']:.1f} ms; "
                f"count(dimension=...): {people:,} in {figures['count_dimension_ms']:.0f} ms"
            )

            since = datetime(2022, 1, 2, tzinfo=UTC)
            t = time.perf_counter()
            window = db.query(since=since, until=since + timedelta(minutes=10))
            figures["query_window_ms"] = (time.perf_counter() - t) * 1e3
            print(
                f"query(since=..., until=...) 10-minute window: {len(window)} claims "
                f"in {figures['query_window_ms']:.1f} ms"
            )
    return figures


if __name__ == "__main__":
    main()
