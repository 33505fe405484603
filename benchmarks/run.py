"""Time whole `goals` processes on a heavy user's data, next to jrnl.

    python benchmarks/run.py [--runs 5] [--skip-4x]

Builds the datasets (benchmarks/make_dataset.py, imported through
`goals import`) at 1x and 4x, installs jrnl into benchmarks/.venv-jrnl if it
is missing and gives it a journal of 1,000 entries, then times each command
as a whole process, interleaved: after a warm-up round, every command runs
once per round for --runs rounds, and each gets the median of its rounds.
Peak memory is each process's max RSS (from wait4). Bytecode is
compiled first and kept, as it is on a user's machine.

Prints a Markdown table: times, ratio to the jrnl reference, peak memory,
the 4x/1x ratio, and whether each target is met.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
JRNL_VENV = HERE / ".venv-jrnl"
TODAY = "2026-05-13"
WORD = "walk"


def run_once(argv: list[str], env: dict) -> tuple[float, int, int]:
    """(seconds, peak RSS in MB, exit status) of one whole process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss // 1024, proc.returncode


def measure(argv: list[str], env: dict, runs: int, setup=None) -> tuple[float, int]:
    """One command on its own: a warm-up, then the median of ``runs``."""
    return measure_interleaved({"x": (argv, env, setup)}, runs)["x"]


def measure_interleaved(specs: dict, runs: int) -> dict[str, tuple[float, int]]:
    """Every command once per round, for ``runs`` rounds, after a warm-up of
    each: drift in the machine's speed hits all commands alike, so the
    ratios between them hold. Returns name -> (median seconds, peak MB)."""
    times = {name: [] for name in specs}
    peaks = {name: 0 for name in specs}
    for round_number in range(runs + 1):
        for name, (argv, env, setup) in specs.items():
            if setup:
                setup()
            seconds, rss, code = run_once(argv, env)
            if code != 0:
                raise SystemExit(f"failed ({code}): {' '.join(argv)}")
            if round_number:  # round 0 is the warm-up: file cache, bytecode
                times[name].append(seconds)
                peaks[name] = max(peaks[name], rss)
    return {name: (statistics.median(times[name]), peaks[name]) for name in specs}


def ensure_jrnl() -> Path:
    jrnl = JRNL_VENV / "bin" / "jrnl"
    if not jrnl.exists():
        subprocess.run([sys.executable, "-m", "venv", str(JRNL_VENV)], check=True)
        subprocess.run([str(JRNL_VENV / "bin" / "pip"), "install", "-q", "jrnl"], check=True,
                       stderr=subprocess.DEVNULL)
    return jrnl


def jrnl_env(folder: Path) -> dict:
    """A jrnl config and a journal of 1,000 entries in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1)
    words = f"{WORD} supervision group tired pacing trauma clients boundaries energy notes ethics".split()
    day = dt.datetime(2016, 5, 13, 9, 0)
    journal = folder / "journal.txt"
    with open(journal, "w") as handle:
        for n in range(1000):
            day += dt.timedelta(days=3, minutes=rng.randint(0, 600))
            body = " ".join(rng.choice(words) for _ in range(40))
            handle.write(f"[{day:%Y-%m-%d %I:%M:%S %p}] Entry {n} about {rng.choice(words)}.\n{body}\n\n")
    (folder / "jrnl").mkdir(exist_ok=True)
    (folder / "jrnl" / "jrnl.yaml").write_text(
        "colors: {body: none, date: none, tags: none, title: none}\ndefault_hour: 9\ndefault_minute: 0\n"
        "editor: ''\nencrypt: false\nhighlight: false\nindent_character: '|'\n"
        f"journals:\n  default:\n    journal: {journal}\nlinewrap: 79\ntagsymbols: '#@'\ntemplate: false\n"
        "timeformat: '%F %r'\nversion: v4.6\n")
    return {**os.environ, "XDG_CONFIG_HOME": str(folder)}


def goals_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": TODAY, "COLUMNS": "100"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-4x", action="store_true", help="only the 1x dataset (faster)")
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "clingoals")], check=True)
    goals = [sys.executable, "-m", "clingoals"]
    goals_bin = Path(sys.executable).with_name("goals")
    if goals_bin.exists():
        goals = [str(goals_bin)]
    work = Path(tempfile.mkdtemp(prefix="clingoals-bench-"))
    scales = [1] if args.skip_4x else [1, 4]
    homes, documents = {}, {}
    for scale in scales:
        documents[scale] = work / f"heavy-{scale}x.json"
        homes[scale] = work / f"home-{scale}x"
        # In a child process, so this one stays small: children's peak memory
        # counts what they inherit before exec.
        subprocess.run([sys.executable, str(HERE / "make_dataset.py"), "--scale", str(scale), "--seed", str(scale),
                        "--out", str(documents[scale]), "--home", str(homes[scale])], env=goals_env(homes[scale]),
                       check=True, stdout=subprocess.DEVNULL)

    jrnl = ensure_jrnl()
    j_env = jrnl_env(work / "jrnl")
    jrnl_specs = {name: (argv, j_env, None) for name, argv in (
        ("jrnl --version", [str(jrnl), "--version"]), ("jrnl -n 10", [str(jrnl), "-n", "10"]),
        (f"jrnl -contains {WORD}", [str(jrnl), "-contains", WORD]))}

    commands = [("goals --version", ["--version"], "jrnl --version", 0.75),
                ("goals --help", ["--help"], "jrnl --version", 1.0),
                ("goals list", ["list"], "jrnl -n 10", 1.0),
                ("goals show ID", ["show", "5"], "jrnl -n 10", 1.0),
                ("goals ce status", ["ce", "status"], "jrnl -n 10", 1.0),
                ("goals review --summary", ["review", "--summary"], "jrnl -n 10", 1.0),
                (f"goals journal list --search {WORD}", ["journal", "list", "--search", WORD], "jrnl -n 10", 1.0),
                ("goals export", ["export"], None, None)]
    specs = dict(jrnl_specs)
    for label, argv, ref, limit in commands:
        for scale in scales:
            specs[f"{label} @{scale}"] = ([*goals, *argv], goals_env(homes[scale]), None)
    measured = measure_interleaved(specs, args.runs)
    reference = {name: measured[name] for name in jrnl_specs}
    rows = [(label, {scale: measured[f"{label} @{scale}"] for scale in scales}, ref, limit)
            for label, argv, ref, limit in commands]

    def fresh_home(scale):
        import shutil

        target = work / f"import-{scale}x"
        return lambda: shutil.rmtree(target, ignore_errors=True)

    import_results = {scale: measure([*goals, "import", str(documents[scale])],
                                     goals_env(work / f"import-{scale}x"), max(3, args.runs // 2), fresh_home(scale))
                      for scale in scales}
    rows.append(("goals import (dataset)", import_results, None, None))
    scorer = [sys.executable, str(HERE / "score_speed.py")]
    out = subprocess.run(scorer, capture_output=True, text=True, check=True).stdout.strip()

    print(f"\nMachine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; median of {args.runs} interleaved "
          f"rounds after a warm-up; 1x = 2,000 goals, 3,000 CE credits, 1,000 journal entries.\n")
    print("| command | 1x (s) | ratio to jrnl | target | 4x (s) | 4x/1x | peak MB 1x / 4x |")
    print("|---|---|---|---|---|---|---|")
    for name, (seconds, peak) in reference.items():
        print(f"| {name} | {seconds:.3f} | reference | | | | {peak} |")
    failures = []
    for label, results, ref, limit in rows:
        one, peak = results[1]
        ratio = f"{one / reference[ref][0]:.2f}x {ref.split()[-1] if ref else ''}".strip() if ref else "—"
        target = f"≤ {limit}x {'met' if one <= limit * reference[ref][0] else 'NOT met'}" if ref else "—"
        four = results.get(4)
        growth = f"{four[0] / one:.2f}" if four else "—"
        peaks = f"{peak} / {four[1]}" if four else f"{peak}"
        if ref and one > limit * reference[ref][0]:
            failures.append(label)
        if four and four[0] / one > 1.5:
            failures.append(f"{label} (4x)")
        if max(peak, four[1] if four else 0) >= 150:
            failures.append(f"{label} (memory)")
        print(f"| {label} | {one:.3f} | {ratio} | {target} | {four[0]:.3f} | {growth} | {peaks} |" if four else
              f"| {label} | {one:.3f} | {ratio} | {target} | — | — | {peaks} |")
    print(f"\nScorer: {out}")
    print("\nTargets not met: " + (", ".join(failures) if failures else "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
