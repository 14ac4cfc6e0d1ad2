"""Publish a fact-check of a claim as schema.org ClaimReview JSON-LD.

Takes the union's crowd count from the bundled pension-protest story, rates it,
and prints the JSON-LD that search engines read from a fact-check page.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from claimtrack import extract_claims, to_claimreview

DATA = Path(__file__).resolve().parent / "data"


def main() -> None:
    path = DATA / "pension-protests-2023-01-31.txt"
    claims = extract_claims(
        path.read_text(encoding="utf-8"),
        published=date(2023, 1, 31),
        url="https://example.org/pension-protests-live",
        document=path.name,
    )
    union = next(c for c in claims if c.source.name.startswith("CGT") and "2.8" in c.figure.text)
    review = to_claimreview(
        union,
        rating="Disputed: the interior ministry counted 1.27 million",
        reviewer="Example Fact Check",
        review_url="https://factcheck.example.org/2023/01/pension-protest-counts",
        review_date=date(2023, 2, 1),
    )
    print(json.dumps(review, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
