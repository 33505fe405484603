"""The privacy check against its corpus (tests/privacy_corpus.py): how many
ordinary reflections raise a false alarm, and how many identifying texts it
catches. Run with any version of clingoals installed, e.g.

    python benchmarks/privacy_corpus.py            # this checkout
    /work/baseline/.venv/bin/python benchmarks/privacy_corpus.py   # an older one
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from privacy_corpus import IDENTIFYING, ORDINARY  # noqa: E402

from clingoals.privacy import findings  # noqa: E402


def main() -> None:
    alarms = [t for t in ORDINARY if findings(t)]
    missed = [t for t in IDENTIFYING if not findings(t)]
    print(f"false alarms: {len(alarms)} of {len(ORDINARY)} ordinary reflections")
    print(f"caught: {len(IDENTIFYING) - len(missed)} of {len(IDENTIFYING)} identifying texts")
    for text in alarms:
        print(f"  false alarm: {text}  ->  {findings(text)}")
    for text in missed:
        print(f"  missed: {text}")


if __name__ == "__main__":
    main()
