"""Time the SMART scorer on 10,000 goals on one core (target: under 1 s).

    python benchmarks/score_speed.py [N] [--runs R]

The main figure scores N DISTINCT goals: deterministic variations of the
labelled corpus (other numbers, months, durations, trainings and names, an
added clause or opening), so nothing the scorer keeps per text (its small
per-text caches) can answer a goal it has already seen. The old figure (the
240 corpus goals cycled N times) is printed too, for comparison with earlier
notes; on its own it would measure caches, not the scorer.

CPU time of this process (``time.process_time``) is the main figure: the
machine is shared, and wall time counts other processes' turns too. Pin it
to one core with ``taskset -c 1`` for the "one core" of the target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import statistics
import sys
import time
import tomllib
from pathlib import Path

from clingoals.smart import GoalText, score

TODAY = dt.date(2026, 5, 13)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
TRAININGS = ("EMDR", "TF-CBT", "DBT", "CBT", "ACT", "Gottman", "MBSR", "CPT", "play therapy",
             "prolonged exposure", "motivational interviewing", "IFS", "ERP", "somatic", "PCIT",
             "schema therapy", "narrative therapy", "couples therapy", "group therapy")
PEOPLE = ("Dr. Lee", "my supervisor", "Maria", "the clinic director", "my study partner", "Sam",
          "my peer consultation group", "Priya", "my mentor", "the intake team")
CLAUSES = (" so that I can supervise associates", " with {person}", " three times a week",
           " by the end of the quarter", ", confidence 7/10", " at the community clinic",
           " for adolescents with anxiety", " and log it in my planner", " on Tuesday evenings",
           " within {n} weeks", " so I can open a private practice", " before {month} {day}",
           " and review it with {person}", ", about {n} hours in total", " every morning",
           " to prevent burnout", " (80% confident)", " in {month}", " for {n} minutes",
           " after work on weekdays", " and tell {person} how it went")
OPENINGS = ("", "", "", "I will ", "I want to ", "This year I plan to ", "Goal: ", "By next year, ")
_NUMBER = re.compile(r"\b\d+\b")
_MONTH = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b")
_TRAINING = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in TRAININGS) + r")\b")


def _other_number(match: re.Match, rng: random.Random) -> str:
    value = int(match.group(0))
    if 2000 <= value <= 2100:
        return str(rng.randint(2026, 2030))  # a year stays a year
    if value <= 31:
        return str(rng.randint(1, 28 if value > 12 else 12))
    return str(max(1, value + rng.randint(-value // 2, value)))


def _variant(text: str, rng: random.Random) -> str:
    if rng.random() < 0.7:
        text = _NUMBER.sub(lambda m: _other_number(m, rng), text)
    if rng.random() < 0.5:
        text = _MONTH.sub(lambda m: rng.choice(MONTHS), text)
    if rng.random() < 0.5:
        text = _TRAINING.sub(lambda m: rng.choice(TRAININGS), text)
    opening = rng.choice(OPENINGS)
    if opening and text[:1].isupper() and not text.startswith("I "):
        text = opening + text[0].lower() + text[1:]
    for _ in range(rng.choice((0, 1, 1, 1, 2))):
        text += rng.choice(CLAUSES).format(person=rng.choice(PEOPLE), n=rng.randint(2, 40),
                                           month=rng.choice(MONTHS), day=rng.randint(1, 28))
    return text


def corpus() -> list[dict]:
    path = Path(__file__).resolve().parents[1] / "tests" / "smart" / "corpus.toml"
    return tomllib.loads(path.read_text("utf-8"))["goal"]


def _goal(entry: dict, statement: str) -> GoalText:
    return GoalText(statement=statement, hours_per_week=entry.get("hours"), confidence=entry.get("confidence"),
                    aspirations=tuple(entry.get("aspirations", ())))


def distinct_goals(n: int, seed: int = 20261123) -> list[GoalText]:
    """N goals with N different statements, the same every run."""
    entries, rng = corpus(), random.Random(seed)
    seen: set[str] = set()
    goals: list[GoalText] = []
    while len(goals) < n:
        for entry in entries:
            text = entry["text"] if entry["text"] not in seen else _variant(entry["text"], rng)
            if text in seen:
                continue
            seen.add(text)
            goals.append(_goal(entry, text))
            if len(goals) == n:
                break
    return goals


def repeated_goals(n: int) -> list[GoalText]:
    """The old benchmark: the corpus cycled."""
    entries = corpus()
    base = [_goal(e, e["text"]) for e in entries]
    return [base[i % len(base)] for i in range(n)]


def timed(goals: list[GoalText], runs: int) -> tuple[list[float], list[float]]:
    walls, cpus = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        for goal in goals:
            score(goal, TODAY)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - start_cpu)
    return walls, cpus


def report(label: str, n: int, walls: list[float], cpus: list[float]) -> float:
    cpu = statistics.median(cpus)
    print(f"{label}: CPU median {cpu:.2f} s of {len(cpus)} runs (min {min(cpus):.2f}, max {max(cpus):.2f}; "
          f"{cpu / n * 1e6:.0f} µs a goal); wall median {statistics.median(walls):.2f} s "
          f"(min {min(walls):.2f})")
    return cpu


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args(argv)
    n, runs = options.n, options.runs
    distinct = distinct_goals(n)
    assert len({g.statement for g in distinct}) == n
    score(distinct[0], TODAY)  # load the lexicon and durations table once, as a real process would
    cpu = report(f"{n} distinct goals", n, *timed(distinct, runs))
    report(f"{n} goals, the {len(corpus())} corpus goals cycled (old figure)", n, *timed(repeated_goals(n), runs))
    print(f"target < 1 s CPU on one core for {n} distinct goals: {'met' if cpu < 1 else 'NOT met'}")


if __name__ == "__main__":
    main(sys.argv[1:])
