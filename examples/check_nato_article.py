"""Check the founding example, a translated news report, offline from its recorded cassette.

    python examples/check_nato_article.py          # the report, for people
    python examples/check_nato_article.py --json   # the report as JSON

Re-record against a live model (see README):
    CLAIMCHECK_RECORD=1 OPENAI_BASE_URL=http://127.0.0.1:8080/v1 \
        python examples/check_nato_article.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import claimcheck
from claimcheck.report import render_text

HERE = Path(__file__).resolve().parent
ARTICLE = HERE / "nato_casualties_article.txt"
CASSETTE = HERE.parent / "cassettes" / "examples" / "nato_casualties.yaml"


def main() -> int:
    config = claimcheck.Config(cassette=CASSETTE)
    report = claimcheck.check(ARTICLE.read_text(encoding="utf-8"), config=config)
    print(report.to_json() if "--json" in sys.argv else render_text(report), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
