"""Keep claims from several articles in one store, then query them.

Extracts the claims of both FRANCE 24 live blogs (FRANCE 24 with AFP) into a
SQLite store in a temporary folder, adds them a second time to show that
identical claims are stored once, and queries the store by subject and source.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from claimtrack import ClaimStore, extract_claims

DATA = Path(__file__).resolve().parent / "data"
BLOGS = {
    "france24-liveblog-2022-02-02.txt": date(2022, 2, 2),
    "france24-liveblog-2022-02-10.txt": date(2022, 2, 10),
}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder, ClaimStore(Path(folder) / "claims.db") as store:
        for name, published in BLOGS.items():
            text = (DATA / name).read_text(encoding="utf-8")
            claims = extract_claims(text, published=published, outlet="FRANCE 24", document=name)
            print(f"{name}: {store.add_many(claims)} new claims")
            print(f"{name} again: {store.add_many(claims)} new claims")
        print(f"{len(store)} claims in the store")
        for subject, count in store.subjects()[:5]:
            print(f"{count:>3}  {subject}")
        for claim in store.query(subject_like="%Poland%"):
            print(f"Poland: {claim.source} said {claim.figure.text}")


if __name__ == "__main__":
    main()
