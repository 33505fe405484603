"""The privacy check against its corpus (tests/privacy_corpus.py): how many
ordinary reflections raise a false alarm, and how many identifying texts it
catches; then the false alarms on the project's other ordinary texts (the
SMART corpus's goals, SMARTSpan's, the sample home's goals and reflections,
the benchmark dataset's journal entries and goals, and the CE course titles
the tests add with `goals ce add`). Run with any version
of clingoals installed, e.g.

    python benchmarks/privacy_corpus.py            # this checkout
    /work/baseline/.venv/bin/python benchmarks/privacy_corpus.py   # an older one
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from privacy_corpus import IDENTIFYING, ORDINARY  # noqa: E402

from clingoals.privacy import findings  # noqa: E402


def other_ordinary_texts() -> dict[str, list[str]]:
    """The project's other texts that name no client, by where they come from."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import make_dataset

    sample = json.loads((ROOT / "src/clingoals/sample/sample-clinician.json").read_text())
    document = make_dataset.build_document(goals=2000, credits=10, entries=1000)
    return {
        "SMART corpus goals": [g["text"] for g in tomllib.loads((ROOT / "tests/smart/corpus.toml").read_text())["goal"]],
        "SMARTSpan dev goals": [json.loads(line)["text"] for line in
                                (ROOT / "tests/smart/smartspan/dev.jsonl").read_text().splitlines() if line.strip()],
        "sample home texts": [g[k] for g in sample["goals"] for k in ("title", "text", "why", "plan", "notes")
                              if isinstance(g.get(k), str)]
                             + [r["text"] for r in sample["reflections"] if isinstance(r.get("text"), str)],
        "benchmark dataset journal + goals": [r["text"] for r in document["reflections"]]
                                             + [g.get("text") or g.get("title") or "" for g in document["goals"]],
        "CE course titles the tests add": sorted({title for path in (ROOT / "tests").rglob("*.py") for title in
                                                  re.findall(r'"ce",\s*"add",\s*"([^"]+)"', path.read_text())}),
    }


def main() -> None:
    alarms = [t for t in ORDINARY if findings(t)]
    missed = [t for t in IDENTIFYING if not findings(t)]
    print(f"false alarms: {len(alarms)} of {len(ORDINARY)} ordinary reflections")
    print(f"caught: {len(IDENTIFYING) - len(missed)} of {len(IDENTIFYING)} identifying texts")
    for text in alarms:
        print(f"  false alarm: {text}  ->  {findings(text)}")
    for text in missed:
        print(f"  missed: {text}")
    for name, texts in other_ordinary_texts().items():
        alarms = [t for t in texts if findings(t)]
        print(f"false alarms: {len(alarms)} of {len(texts)} {name}")
        for text in alarms:
            print(f"  false alarm: {text[:100]}  ->  {findings(text)}")


if __name__ == "__main__":
    main()
