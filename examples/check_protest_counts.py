"""Check crowd counts that a union and a ministry state differently.

Extracts the claims of the bundled pension-protest story and prints each finding
of the consistency check with its explanation.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimtrack import check, extract_claims

DATA = Path(__file__).resolve().parent / "data"


def main() -> None:
    path = DATA / "pension-protests-2023-01-31.txt"
    claims = extract_claims(
        path.read_text(encoding="utf-8"), published=date(2023, 1, 31), document=path.name
    )
    report = check(claims)
    for finding in report.findings:
        print(f"[{finding.kind.value}] {finding.explanation}")
    print(f"{len(report.findings)} findings in {len(claims)} claims")


if __name__ == "__main__":
    main()
