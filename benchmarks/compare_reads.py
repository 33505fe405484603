"""Time the read commands of two checkouts side by side (before/after).

    python benchmarks/compare_reads.py BEFORE_CHECKOUT AFTER_CHECKOUT [--runs 11] [--work DIR]

A checkout is a folder with `src/clingoals` (a worktree, or `git archive`
of a commit unpacked). It runs as `python -m clingoals` with PYTHONPATH on its
`src/`, under its own `.venv/bin/python` if it has one, else this Python
(whose environment must have the dependencies). The 1x dataset
(benchmarks/make_dataset.py, seed 1) is imported into a home per checkout by
that checkout's own `goals import`, so each reads a database of its own
schema. Every read command then runs as a whole process, interleaved (before,
after, before, after...) so drift in a shared machine's speed hits both alike;
after a warm-up round, each gets the median of --runs rounds.

Reports wall seconds and CPU seconds (user + system of the child, from
wait4's rusage). On a machine shared with other work, CPU time is the steadier
figure: it does not count time spent waiting for a core.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from run import WORD, goals_env  # noqa: E402  (benchmarks/ is not a package)

READS = [("goals list", ["list"]), ("goals show ID", ["show", "5"]), ("goals ce status", ["ce", "status"]),
         ("goals review --summary", ["review", "--summary"]), ("goals journal list", ["journal", "list"]),
         (f"goals journal list --search {WORD}", ["journal", "list", "--search", WORD]),
         ("goals --help", ["--help"]), ("goals --version", ["--version"])]


def timed(argv: list[str], env: dict) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one whole process; fails loudly on a non-zero exit."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"failed: {' '.join(argv)}")
    return wall, usage.ru_utime + usage.ru_stime


def checkout_env(checkout: Path, home: Path) -> dict:
    return {**goals_env(home), "NO_COLOR": "1", "PYTHONPATH": str(checkout / "src")}


def prepare(checkout: Path, home: Path, work: Path) -> list[str]:
    """Compile the checkout's bytecode, import the dataset into ``home`` with the
    checkout's own `goals import`; returns the argv that runs its `goals`."""
    venv_python = checkout / ".venv" / "bin" / "python"
    python = str(venv_python) if venv_python.exists() else sys.executable
    subprocess.run([python, "-m", "compileall", "-q", str(checkout / "src" / "clingoals")], check=True)
    if not home.exists():
        subprocess.run([python, str(HERE / "make_dataset.py"), "--scale", "1", "--seed", "1",
                        "--out", str(work / f"{home.name}.json"), "--home", str(home)],
                       env=checkout_env(checkout, home), check=True, stdout=subprocess.DEVNULL)
    return [python, "-m", "clingoals"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--work", type=Path, help="keep the homes here (reused when present)")
    parser.add_argument("--only", help="comma-separated command labels to time (default: all)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="clingoals-compare-"))
    work.mkdir(parents=True, exist_ok=True)
    sides = {"before": args.before.resolve(), "after": args.after.resolve()}
    programs = {side: prepare(path, work / f"home-{side}", work) for side, path in sides.items()}
    envs = {side: checkout_env(path, work / f"home-{side}") for side, path in sides.items()}
    reads = [(label, argv) for label, argv in READS if not args.only or label in args.only.split(",")]
    samples = {(label, side): [] for label, _ in reads for side in sides}
    for round_number in range(args.runs + 1):
        for label, argv in reads:
            for side in sides:
                result = timed([*programs[side], *argv], envs[side])
                if round_number:  # round 0 warms the file cache
                    samples[(label, side)].append(result)

    def median(label, side, index):
        return statistics.median(sample[index] for sample in samples[(label, side)])

    print(f"\n{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end; median of {args.runs} "
          f"interleaved rounds after a warm-up; before = {sides['before']}, after = {sides['after']}\n")
    print("| command | CPU before (s) | CPU after (s) | CPU ratio | wall before (s) | wall after (s) | wall ratio |")
    print("|---|---|---|---|---|---|---|")
    for label, _ in reads:
        cpu = median(label, "before", 1), median(label, "after", 1)
        wall = median(label, "before", 0), median(label, "after", 0)
        print(f"| {label} | {cpu[0]:.3f} | {cpu[1]:.3f} | {cpu[1] / cpu[0]:.2f} | "
              f"{wall[0]:.3f} | {wall[1]:.3f} | {wall[1] / wall[0]:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
