"""Choose which findings count: rules selected or ignored by id or prefix, and a baseline of
findings already reviewed and accepted.

A baseline holds one fingerprint per finding: its rule, the text of its spans, and a hash of
the sentence around its first span, so a finding keeps its fingerprint when the text changes
elsewhere, and loses it when its own sentence changes.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import ConfigError
from claimcheck.extract.layout import locator, sentences
from claimcheck.models import Finding, Report, Sentence, Status

BASELINE_VERSION = 1


@dataclass(frozen=True)
class Selection:
    """Rule ids or prefixes to keep ('CC7', 'CC70', 'CC701') and to drop; drop wins."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def keeps(self, rule: str) -> bool:
        chosen = not self.select or rule.startswith(tuple(self.select))
        return chosen and not rule.startswith(tuple(self.ignore))


def selected(
    report: Report, selection: Selection, baseline: frozenset[str] = frozenset()
) -> Report:
    """Return the report with only the findings the selection keeps and the baseline lacks."""
    kept = tuple(
        f
        for f, p in zip(report.findings, fingerprints(report), strict=True)
        if selection.keeps(f.rule) and p not in baseline
    )
    return report.model_copy(update={"findings": kept})


def fingerprints(report: Report) -> list[str]:
    """Fingerprint each finding of a report (see the module's docstring)."""
    text = report.document
    at = locator(sentences(text)) if text.strip() else None
    return [_fingerprint(f, at) for f in report.findings]


def _fingerprint(f: Finding, at: Callable[[int], Sentence] | None) -> str:
    sentence = at(f.spans[0].start).span.text if at is not None and f.spans else ""
    parts = [f.rule, *(s.text for s in f.spans), hashlib.sha256(sentence.encode()).hexdigest()]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def write_baseline(path: Path, reports: Sequence[Report]) -> int:
    """Record the inconsistent findings of the reports as accepted; return how many."""
    found = sorted(
        {
            p
            for r in reports
            for f, p in zip(r.findings, fingerprints(r), strict=True)
            if f.status is Status.INCONSISTENT
        }
    )
    payload = {"claimcheck_baseline": BASELINE_VERSION, "fingerprints": found}
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return len(found)


def read_baseline(path: Path) -> frozenset[str]:
    """Read a baseline written by write_baseline."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        return frozenset(payload["fingerprints"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"cannot read the baseline {path}: {exc}") from exc


def from_pyproject(start: Path) -> Selection:
    """Read select and ignore from [tool.claimcheck] of the nearest pyproject.toml."""
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                table = tomllib.loads(candidate.read_text("utf-8")).get("tool", {})
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"cannot read {candidate}: {exc}") from exc
            settings = table.get("claimcheck", {})
            return Selection(tuple(settings.get("select", ())), tuple(settings.get("ignore", ())))
    return Selection()
