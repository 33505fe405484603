"""Measure the SMART scorer against labelled goals.

Two sets: our own corpus (``corpus.toml``, five criteria, 0/1/2) and the
SMARTSpan development subset (``smartspan/dev.jsonl``: everyday health-coaching
goals labelled met/not met for Specific, Measurable and Attainable by trained
annotators). Used by the tests and by ``benchmarks/smart_agreement.py``, which
prints the tables. Run directly for the disagreements:
``python tests/smart/agreement.py -v``.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tomllib
from pathlib import Path

from clingoals.smart import CRITERIA, GoalText, score

CORPUS = Path(__file__).with_name("corpus.toml")
SMARTSPAN = Path(__file__).with_name("smartspan") / "dev.jsonl"
CORPUS_TODAY = dt.date(2026, 5, 13)
# SMARTSpan's labels and the criterion of our card that answers each.
SMARTSPAN_CRITERIA = {"specific": "specific", "measurable": "measurable", "attainable": "achievable"}


def load(path: Path = CORPUS) -> list[dict]:
    return tomllib.loads(path.read_text("utf-8"))["goal"]


def load_smartspan(path: Path = SMARTSPAN) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def card_for(entry: dict) -> dict:
    goal = GoalText(
        statement=entry["text"],
        hours_per_week=entry.get("hours"),
        confidence=entry.get("confidence"),
        aspirations=tuple(entry.get("aspirations", ())),
        linked_aspirations=tuple(entry.get("linked", ())),
        aspiration_descriptions=tuple(entry.get("descriptions", {}).items()),
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


def measure_smartspan(rows: list[dict]) -> tuple[dict[str, dict[str, float]], list[tuple]]:
    """Per label: agreement of 'met' (score 2) with the annotators, and the
    agreement of always answering the commoner label (the bar to beat)."""
    agree = {label: 0 for label in SMARTSPAN_CRITERIA}
    misses = []
    for row in rows:
        card = score(GoalText(statement=row["text"]), CORPUS_TODAY)
        for label, criterion in SMARTSPAN_CRITERIA.items():
            met = card["criteria"][criterion]["score"] == 2
            agree[label] += met == row[label]
            if met != row[label]:
                misses.append((label, row[label], card["criteria"][criterion]["score"], row["text"],
                               card["criteria"][criterion]["reason"]))
    n = len(rows)
    figures = {}
    for label in SMARTSPAN_CRITERIA:
        positives = sum(bool(row[label]) for row in rows)
        figures[label] = {"agreement": agree[label] / n, "majority": max(positives, n - positives) / n}
    return figures, misses


def report(entries: list[dict]) -> str:
    figures, _ = measure(entries)
    lines = [f"SMART corpus: {len(entries)} goals, scored as of {CORPUS_TODAY}",
             f"{'criterion':<12} {'exact 0/1/2':>12} {'met / not met':>14}"]
    for criterion, figure in figures.items():
        lines.append(f"{criterion:<12} {figure['exact']:>11.1%} {figure['met']:>14.1%}")
    return "\n".join(lines)


def report_smartspan(rows: list[dict]) -> str:
    figures, _ = measure_smartspan(rows)
    lines = [f"SMARTSpan dev subset: {len(rows)} goals, met (2/2) against the annotators' labels",
             f"{'criterion':<12} {'agreement':>10} {'majority class':>15}"]
    for label, figure in figures.items():
        lines.append(f"{label:<12} {figure['agreement']:>9.1%} {figure['majority']:>15.1%}")
    return "\n".join(lines)


if __name__ == "__main__":
    entries, rows = load(), load_smartspan()
    print(report_smartspan(rows))
    if "-v" in sys.argv:
        for miss in measure_smartspan(rows)[1]:
            print(" ", *miss, sep=" | ")
    print()
    print(report(entries))
    if "-v" in sys.argv:
        for miss in measure(entries)[1]:
            print(" ", *miss, sep=" | ")
