"""Extract every figure of a news live blog as attributed, dated claims.

Reads the FRANCE 24 live blog of 10 February 2022 (FRANCE 24 with AFP) bundled in
examples/data/ and prints one line per claim: when, who, what figure, about what.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimtrack import extract_claims

DATA = Path(__file__).resolve().parent / "data"


def main() -> None:
    path = DATA / "france24-liveblog-2022-02-10.txt"
    claims = extract_claims(
        path.read_text(encoding="utf-8"),
        published=date(2022, 2, 10),
        outlet="FRANCE 24",
        document=path.name,
    )
    for claim in claims:
        when = f"{claim.stated_at:%d %b %H:%M}" if claim.stated_at else "undated"
        print(f"{when:>12}  {claim.source!s:<40}  {claim.figure.text:<32}  {claim.subject}")
    print(f"{len(claims)} claims")


if __name__ == "__main__":
    main()
