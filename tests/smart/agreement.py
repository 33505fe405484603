"""Measure the SMART scorer against the labelled corpus (corpus.toml).

Used by the corpus test and by ``benchmarks/smart_agreement.py``, which
prints the figures. Run directly for the disagreements:
``python tests/smart/agreement.py -v``.
"""

from __future__ import annotations

import datetime as dt
import sys
import tomllib
from pathlib import Path

from clingoals.smart import CRITERIA, GoalText, score

CORPUS = Path(__file__).with_name("corpus.toml")
CORPUS_TODAY = dt.date(2026, 5, 13)


def load(path: Path = CORPUS) -> list[dict]:
    return tomllib.loads(path.read_text("utf-8"))["goal"]


def card_for(entry: dict) -> dict:
    goal = GoalText(
        statement=entry["text"],
        hours_per_week=entry.get("hours"),
        confidence=entry.get("confidence"),
        aspirations=tuple(entry.get("aspirations", ())),
    )
    return score(goal, CORPUS_TODAY)


def measure(entries: list[dict]) -> tuple[dict[str, dict[str, float]], list[tuple]]:
    """Per criterion: exact agreement (0/1/2) and agreement on met (2 or not)."""
    exact = {c: 0 for c in CRITERIA}
    met = {c: 0 for c in CRITERIA}
    misses = []
    for entry in entries:
        card = card_for(entry)
        for index, criterion in enumerate(CRITERIA):
            want = int(entry["labels"][index])
            got = card["criteria"][criterion]["score"]
            exact[criterion] += got == want
            met[criterion] += (got == 2) == (want == 2)
            if got != want:
                misses.append((criterion, want, got, entry["text"], card["criteria"][criterion]["reason"]))
    n = len(entries)
    figures = {c: {"exact": exact[c] / n, "met": met[c] / n} for c in CRITERIA}
    return figures, misses


def report(entries: list[dict]) -> str:
    figures, _ = measure(entries)
    lines = [f"SMART corpus: {len(entries)} goals, scored as of {CORPUS_TODAY}",
             f"{'criterion':<12} {'exact 0/1/2':>12} {'met / not met':>14}"]
    for criterion, figure in figures.items():
        lines.append(f"{criterion:<12} {figure['exact']:>11.1%} {figure['met']:>14.1%}")
    return "\n".join(lines)


if __name__ == "__main__":
    entries = load()
    print(report(entries))
    if "-v" in sys.argv:
        for miss in measure(entries)[1]:
            print(" ", *miss, sep=" | ")
