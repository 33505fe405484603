"""Time how long `goals check` takes to start and answer, per virtual environment
(issue 11: no more than 20 ms slower than commit 4725fb5).

    python benchmarks/startup.py LABEL=VENV [LABEL=VENV ...] [--runs N] [--goal TEXT] [--instructions]

For example, with a worktree of the baseline commit beside this one:

    git worktree add --detach ../wt-base 4725fb5
    (cd ../wt-base && python3 -m venv .venv && .venv/bin/pip install -q -e .)
    python benchmarks/startup.py baseline=../wt-base/.venv this=.venv

Each run is one `VENV/bin/goals check GOAL` in a fresh CLINGOALS_HOME (an
empty temporary data folder, so no run reads what another left), with
CLINGOALS_TODAY fixed, reading bytecode compiled by an uncounted first run
(kept in a temporary PYTHONPYCACHEPREFIX, so nothing is written beside the
sources; an installed package has its bytecode too, pip compiles it, and
without it every run would also time compiling the sources). The runs are
interleaved (A, B, C, A, B, C, ...) so a change in the machine's load falls
on every environment alike. The figure is the child's CPU time (user +
system, from resource.getrusage(RUSAGE_CHILDREN) before and after each run):
on a shared machine wall time also counts other processes' turns. Wall time
is printed beside it. Medians, since a run now and then is slowed by a cache
miss or a neighbour; the spread between the quartiles says how far to trust a
difference. Every run must exit 0.

On a busy machine the medians still move by several milliseconds from one
call to the next. ``--instructions`` adds one more run of each under
valgrind's cachegrind (when installed): the instructions it executes, the same
on every call, for telling a small change from noise.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = "Complete the 12-hour ethics course by March 1, 2027"
TODAY = "2026-11-24"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _check(goals: Path, goal: str, pycache: str, home: str, before: tuple[str, ...] = ()):
    env = dict(os.environ, CLINGOALS_HOME=home, CLINGOALS_TODAY=TODAY, NO_COLOR="1", COLUMNS="80",
               PYTHONPYCACHEPREFIX=pycache, PYTHONHASHSEED="0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run([*before, str(goals), "check", goal], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f"{goals} check exited {done.returncode}: {done.stderr.strip()[-500:]}")
    return done


def run_once(goals: Path, goal: str, pycache: str) -> tuple[float, float]:
    """CPU and wall seconds of one `goals check` in a fresh data folder."""
    with tempfile.TemporaryDirectory(prefix="clingoals-startup-") as home:
        cpu, wall = _children_cpu(), time.perf_counter()
        _check(goals, goal, pycache, home)
        return _children_cpu() - cpu, time.perf_counter() - wall


def instructions(goals: Path, goal: str, pycache: str) -> int:
    """Instructions one `goals check` executes (valgrind's cachegrind), in a fresh data folder."""
    with tempfile.TemporaryDirectory(prefix="clingoals-startup-") as home:
        done = _check(goals, goal, pycache, home, ("valgrind", "--tool=cachegrind", "--cache-sim=no",
                                                   "--cachegrind-out-file=/dev/null"))
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        sys.exit(f"no instruction count in valgrind's output: {done.stderr.strip()[-500:]}")
    return int(found.group(1).replace(",", ""))


def _quartiles(values: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(values, n=4)
    return q[0], q[2]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("venvs", nargs="+", metavar="LABEL=VENV",
                        help="a name for the figures and a virtual environment with clingoals installed")
    parser.add_argument("--runs", type=int, default=30, help="runs per environment (default 30)")
    parser.add_argument("--goal", default=GOAL, help=f"the sentence checked (default {GOAL!r})")
    parser.add_argument("--instructions", action="store_true",
                        help="also count the instructions of one run of each (needs valgrind)")
    args = parser.parse_args(argv)
    envs: list[tuple[str, Path]] = []
    for item in args.venvs:
        label, sep, venv = item.partition("=")
        if not sep:
            label, venv = Path(item).resolve().parent.name, item
        goals = Path(venv) / "bin" / "goals"
        if not goals.exists():
            parser.error(f"no {goals}")
        envs.append((label, goals))
    if args.instructions and shutil.which("valgrind") is None:
        parser.error("--instructions needs valgrind")
    with tempfile.TemporaryDirectory(prefix="clingoals-pycache-") as pycache:
        cpu, wall = _measure(envs, args.goal, args.runs, pycache)
        counted = {label: instructions(goals, args.goal, pycache) for label, goals in envs} if args.instructions else {}
    first = statistics.median(cpu[envs[0][0]])
    print(f"goals check {args.goal!r}, {args.runs} interleaved runs each; load {os.getloadavg()[0]:.2f}")
    print(f"{'':12} {'CPU median':>10} {'(quartiles)':>17} {'vs ' + envs[0][0]:>14} {'wall median':>12}"
          + (f" {'instructions':>14} {'vs ' + envs[0][0]:>10}" if counted else ""))
    for label, _ in envs:
        median = statistics.median(cpu[label])
        low, high = _quartiles(cpu[label])
        line = (f"{label:12} {median * 1000:8.1f} ms {f'({low * 1000:.1f}-{high * 1000:.1f})':>17} "
                f"{(median - first) * 1000:+11.1f} ms {statistics.median(wall[label]) * 1000:9.1f} ms")
        if counted:
            line += f" {counted[label] / 1e6:12.1f} M {(counted[label] / counted[envs[0][0]] - 1) * 100:+9.1f}%"
        print(line)


def _measure(envs: list[tuple[str, Path]], goal: str, runs: int,
             pycache: str) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    for _, goals in envs:  # compile the bytecode and warm the page cache once, uncounted
        run_once(goals, goal, pycache)
    cpu: dict[str, list[float]] = {label: [] for label, _ in envs}
    wall: dict[str, list[float]] = {label: [] for label, _ in envs}
    for _ in range(runs):
        for label, goals in envs:
            c, w = run_once(goals, goal, pycache)
            cpu[label].append(c)
            wall[label].append(w)
    return cpu, wall


if __name__ == "__main__":
    main()
