"""The founding example and its cassette, shared by the tests that replay it."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (ROOT / "examples" / "nato_casualties_article.txt").read_text(encoding="utf-8")
CASSETTES = ROOT / "cassettes"
SEED_CASSETTE = CASSETTES / "examples" / "nato_casualties.yaml"


def at(text: str, nth: int = 0) -> int:
    """Return the offset of the nth occurrence of text in the article."""
    start = -1
    for _ in range(nth + 1):
        start = ARTICLE.index(text, start + 1)
    return start
