"""Time the SMART scorer on 10,000 goals on one core (target: under 1 s).

    python benchmarks/score_speed.py [N]
"""

import datetime as dt
import statistics
import sys
import time
import tomllib
from pathlib import Path

from clingoals.smart import GoalText, score

corpus = tomllib.loads((Path(__file__).resolve().parents[1] / "tests" / "smart" / "corpus.toml").read_text())["goal"]
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
goals = [GoalText(statement=e["text"], hours_per_week=e.get("hours"), confidence=e.get("confidence"),
                  aspirations=tuple(e.get("aspirations", ()))) for e in corpus]
today = dt.date(2026, 5, 13)
score(goals[0], today)  # load the durations table once, as a real process would
runs, cpu = [], []
for _ in range(5):
    start, start_cpu = time.perf_counter(), time.process_time()
    for i in range(n):
        score(goals[i % len(goals)], today)
    runs.append(time.perf_counter() - start)
    cpu.append(time.process_time() - start_cpu)
elapsed = statistics.median(runs)
print(f"scored {n} goals: median {elapsed:.2f} s of 5 runs (min {min(runs):.2f}, max {max(runs):.2f}; "
      f"{elapsed / n * 1e6:.0f} µs each); target < 1 s: {'met' if elapsed < 1 else 'NOT met'}")
# On a shared machine the wall clock counts other processes' turns too; the
# CPU time this process used is the steadier figure.
print(f"CPU time: median {statistics.median(cpu):.2f} s (min {min(cpu):.2f}, max {max(cpu):.2f})")
