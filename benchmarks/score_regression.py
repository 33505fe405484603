"""Record every verdict of the SMART scorer on a fixed, large set of goals, or
check that the scorer still gives exactly the recorded ones.

A speed change must not change a single card (scores, reasons, suggestions,
evidence, deadline). This scores the labelled corpus (as the benchmark and the
agreement tests do, and bare), SMARTSpan dev, every string literal in the
tests, variants of each (a due date, a start and progress, detail, a plan, a
why, upper case, a date or a rhythm appended, other days) and seeded random
word salads built from the same words; plus ``find_deadline`` and
``frequency_phrase`` on every text.

    python benchmarks/score_regression.py record FILE
    python benchmarks/score_regression.py check FILE
"""

from __future__ import annotations

import ast
import datetime as dt
import hashlib
import json
import random
import sys
import tomllib
from pathlib import Path

from clingoals.dates import find_deadline, frequency_phrase
from clingoals.smart import GoalText, aspiration_served, score

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 5, 13)
DAYS = (TODAY, dt.date(2025, 12, 31), dt.date(2027, 2, 28))
ASPIRATIONS = ("clinical supervisor", "private practice", "trauma specialist", "work-life balance",
               "teach at a university", "lead a clinic")
EXTRA_WORDS = ("by", "June", "30", "30th,", "2027", "Q3", "eoy", "end", "of", "the", "month", "next",
               "within", "3", "weeks", "in", "the", "sun", "monday", "twice", "a", "week", "daily",
               "every", "night", "10", "pm", "from", "15", "to", "9", "PHQ-9", "below", "hours", "50%",
               "confidence", "8/10", "(7/10)", "İstanbul", "Straße", "ǅ", "—", "get", "better", "done",
               "improve", "such", "as", "e.g.", "LPC", "NCE", "EMDR", "module", "5", "half", "by", "half",
               "never", "always", "100%", "so", "that", "I", "can", ",", ";", "(", ")", "12-hour", "course",
               "2000", "hours", "later", "than", "no", "starting", "next", "month", "6/30", "2027-06-30")


def _test_strings() -> list[str]:
    found = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and 3 <= len(node.value) <= 400:
                found.append(node.value)
    return found


def texts() -> tuple[list[dict], list[str]]:
    corpus = tomllib.loads((ROOT / "tests" / "smart" / "corpus.toml").read_text("utf-8"))["goal"]
    smartspan = [json.loads(line)["text"] for line in
                 (ROOT / "tests" / "smart" / "smartspan" / "dev.jsonl").read_text("utf-8").splitlines() if line.strip()]
    plain = list(dict.fromkeys([e["text"] for e in corpus] + smartspan + _test_strings()))
    rng = random.Random(20261123)
    pool = [w for t in plain for w in t.split()] + list(EXTRA_WORDS) * 20
    salads = [" ".join(rng.choice(pool) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    return corpus, plain + salads


def cases(corpus, all_texts):
    for e in corpus:  # exactly as benchmarks/score_speed.py and the agreement tests build them
        yield GoalText(statement=e["text"], hours_per_week=e.get("hours"), confidence=e.get("confidence"),
                       aspirations=tuple(e.get("aspirations", ()))), TODAY
    for i, text in enumerate(all_texts):
        yield GoalText(statement=text), TODAY
        yield GoalText(statement=text, aspirations=ASPIRATIONS[i % 3:i % 3 + 3]), DAYS[i % 3]
        yield GoalText(statement=text.upper()), TODAY
        yield GoalText(statement=text + " by June 30", hours_per_week=3.0), TODAY
        yield GoalText(statement=text + ", confidence 7/10, three times a week"), TODAY
        yield GoalText(statement=text, deadline=TODAY + dt.timedelta(days=20 + i % 400), target=40.0,
                       unit=("hours", "supervised hours", "sessions", "clients", None)[i % 5],
                       current=float(i % 50), start=TODAY - dt.timedelta(days=i % 200),
                       aspirations=ASPIRATIONS, linked_aspirations=ASPIRATIONS[i % 6:i % 6 + 1]), TODAY
        yield GoalText(statement="get better at trauma work", specific=text, why=text[:40] or None,
                       plan=text[-30:] or None, metric=text[:10] or None, category="licensure",
                       confidence=i % 11 if i % 4 else None, aspirations=ASPIRATIONS), DAYS[(i + 1) % 3]


def results(corpus, all_texts):
    """One line per case (and per text for the date grammar), in a fixed order."""
    for goal, today in cases(corpus, all_texts):
        card = score(goal, today)
        extra = aspiration_served(goal)
        yield json.dumps([card, extra], sort_keys=True, default=str)
    for text in all_texts:
        for today in DAYS:
            found = find_deadline(text, today)
            yield json.dumps([text, today.isoformat(), found and [found.date.isoformat(), found.phrase],
                              frequency_phrase(text)])


def main(argv: list[str]) -> int:
    mode, path = argv[1], Path(argv[2])
    if mode == "record":
        inputs = texts()
    else:  # the inputs recorded with the results: the tests' strings change as the code does
        inputs = json.loads(path.read_text("utf-8").split("\n", 1)[0])
    lines = list(results(*inputs))
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    if mode == "record":
        path.write_text(json.dumps(inputs) + "\n" + "\n".join(lines) + "\n", "utf-8")
        print(f"recorded {len(lines)} results, sha256 {digest[:16]}")
        return 0
    want = path.read_text("utf-8").splitlines()[1:]
    if want == lines:
        print(f"identical: {len(lines)} results, sha256 {digest[:16]}")
        return 0
    differ = [i for i, (a, b) in enumerate(zip(want, lines)) if a != b]
    print(f"DIFFERENT: {len(differ)} of {len(want)} results (lengths {len(want)} vs {len(lines)})")
    for i in differ[:5]:
        print(" want:", want[i][:600], "\n  got:", lines[i][:600])
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
