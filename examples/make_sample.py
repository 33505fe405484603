"""Rebuild the sample clinician (src/clingoals/sample/sample-clinician.json,
what `goals demo` opens): a realistic sample clinician made
with the real commands (so it is always valid), then exported.

    python examples/make_sample.py
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "src" / "clingoals" / "sample" / "sample-clinician.json"
TODAY = "2026-11-15"

# Goals with progress logged before TODAY start before that progress: a goal's
# progress never predates the goal (its pace is measured from its start).
SCRIPT = [
    ["aspiration", "add", "clinical supervisor", "--description", "Supervise LPC associates at the agency"],
    ["aspiration", "add", "trauma specialist", "--description", "EMDR and TF-CBT for adults and teens"],
    ["license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30", "--number", "LPC-000000",
     "--issued", "2021-07-01"],
    ["add", "Complete the EMDR basic training (50 hours) to treat adults with PTSD", "--due", "2027-04-30",
     "--target", "50", "--unit", "training hours", "--hours-per-week", "3", "--aspiration", "trauma specialist",
     "--category", "certification", "--step", "Register for EMDR part 1", "--step", "Book consultation hours",
     "--confidence", "8", "--tag", "emdr", "--start", "2026-10-01"],
    ["add", "Obtain TF-CBT certification to treat teens after trauma", "--due", "2027-10-31",
     "--aspiration", "trauma specialist", "--category", "certification", "--confidence", "7",
     "--step", "Finish TF-CBTWeb", "--step", "Join consultation calls"],
    ["add", "Complete a 40-hour supervision training course approved by my board", "--due", "2027-03-31",
     "--target", "40", "--unit", "training hours", "--hours-per-week", "4", "--aspiration", "clinical supervisor",
     "--category", "supervision", "--plan", "State association course, agency pays half", "--start", "2026-10-15"],
    ["add", "Submit my LPC-S application to the state board", "--due", "2027-06-30",
     "--aspiration", "clinical supervisor", "--category", "supervision", "--confidence", "8"],
    ["add", "Become an approved clinical supervisor so that I can supervise associates", "--due", "2028-06-30",
     "--aspiration", "clinical supervisor", "--category", "supervision", "--confidence", "7"],
    ["add", "Reduce average PHQ-9 scores of my adult clients with depression from 15 to 9 within 6 months",
     "--due", "2027-05-15", "--category", "client outcomes", "--confidence", "7", "--aspiration", "trauma specialist",
     "--why", "to show the trauma-focused work helps"],
    ["add", "Administer the PCL-5 at intake and every 4th session for all new trauma clients", "--due", "2027-01-31",
     "--category", "client outcomes", "--aspiration", "trauma specialist", "--confidence", "8"],
    ["add", "Complete 24 CE hours, including 6 in ethics, for my LPC renewal", "--due", "2027-06-30",
     "--target", "24", "--unit", "CE hours", "--hours-per-week", "1", "--category", "continuing education",
     "--start", "2026-07-01"],
    ["add", "Attend 4 state counseling association meetings", "--due", "2027-06-30", "--target", "4",
     "--unit", "meetings", "--category", "networking", "--confidence", "8", "--aspiration", "clinical supervisor"],
    ["add", "Present a poster on trauma outcomes at the state counseling conference", "--due", "2027-10-15",
     "--category", "research", "--aspiration", "trauma specialist", "--confidence", "6"],
    ["add", "Lead the agency's quality improvement committee and present 2 reports to the board", "--due",
     "2027-05-31", "--category", "leadership", "--aspiration", "clinical supervisor", "--confidence", "7"],
    ["add", "Walk 30 minutes a day, 5 days a week, to prevent burnout", "--due", "2027-02-15", "--personal",
     "--category", "self-care", "--confidence", "8", "--target", "60", "--unit", "walks", "--start", "2026-10-19"],
    ["add", "Stop answering work emails after 6 pm on weekdays", "--due", "2027-01-15", "--personal",
     "--category", "boundaries", "--confidence", "7"],
    ["add", "Start my own therapy with a licensed therapist", "--due", "2026-12-15", "--personal",
     "--category", "self-care", "--confidence", "8"],
    ["add", "Take 10 days of vacation", "--due", "2027-08-31", "--personal", "--category", "self-care",
     "--confidence", "9"],
    ["add", "Limit my caseload to 25 clients", "--due", "2027-03-01", "--personal", "--category", "boundaries",
     "--confidence", "6"],
    ["log", "1", "14", "--note", "EMDR part 1, days 1-2", "--date", "2026-10-20"],
    ["log", "3", "16", "--note", "Supervision course weekends 1-2", "--date", "2026-11-08"],
    ["log", "8", "9", "--note", "Ethics and telehealth webinars", "--date", "2026-11-01"],
    ["log", "12", "18", "--date", "2026-11-14"],
    ["step", "done", "1", "1"],
    ["edit", "2", "--due", "2027-10-31", "--reason", "Consultation calls start in spring", "--plan",
     "TF-CBTWeb in winter, live training in March"],
    ["ce", "add", "Ethics in telehealth", "--hours", "6", "--date", "2026-03-12", "--format", "live-online",
     "--category", "ethics", "--provider", "State Counseling Association", "--approver", "NBCC"],
    ["ce", "add", "Cultural humility in practice", "--hours", "3", "--date", "2025-12-05", "--format", "in-person",
     "--category", "cultural-diversity", "--provider", "Regional AHEC", "--approver", "NBCC"],
    ["ce", "add", "EMDR basic training part 1", "--hours", "20", "--date", "2026-10-20", "--format", "in-person",
     "--provider", "EMDRIA-approved trainer", "--approver", "EMDRIA", "--goal", "1"],
    ["ce", "add", "Suicide risk assessment refresher", "--hours", "0.3", "--unit", "ceu", "--date", "2026-09-02",
     "--format", "self-study", "--provider", "Online CE library"],
    ["journal", "Group today went better: I slowed down and let the quiet teen speak first.", "--tag", "group",
     "--date", "2026-11-03"],
    ["journal", "My supervisor said my case conceptualisations are clearer; work on pacing with trauma clients.",
     "--feedback", "supervisor", "--goal", "1", "--date", "2026-11-06"],
    ["journal", "Tired after a run of crisis calls. Took the afternoon walk anyway and felt steadier.",
     "--tag", "self-care", "--goal", "12", "--date", "2026-11-12"],
    ["profile", "add", "--strength", "rapport with teens", "--strength", "crisis work", "--grow", "billing",
     "--grow", "pacing trauma work", "--interest", "veterans", "--interest", "adolescents",
     "--skill", "clinical:EMDR=2", "--skill", "clinical:CBT=4", "--skill", "interpersonal:conflict=3",
     "--skill", "administrative:documentation=3", "--date", "2026-06-01"],
    ["profile", "add", "--strength", "rapport with teens", "--grow", "billing", "--interest", "veterans",
     "--skill", "clinical:EMDR=3", "--skill", "clinical:CBT=4", "--skill", "interpersonal:conflict=3",
     "--skill", "administrative:documentation=4", "--date", "2026-11-14"],
]

ANSWERS = {"achieved": "EMDR part 1 done; two supervision-course weekends.",
           "obstacles": "Crisis calls ate two evenings; I moved study time to Saturday morning.",
           "still_care": "Yes to all; the daily walk is what keeps me going.",
           "focus": "Book EMDR consultation hours.", "energy": 3, "stress": 3,
           "goals": {"1": {"progress": None, "decision": "keep"}, "3": {"progress": None, "decision": "keep"}}}


def main() -> int:
    from typer.testing import CliRunner

    from clingoals.cli import app

    home = Path(tempfile.mkdtemp(prefix="clingoals-sample-"))
    os.environ.update({"CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": TODAY, "COLUMNS": "100"})
    runner = CliRunner()
    answers = home / "answers.json"
    answers.write_text(json.dumps(ANSWERS))
    for args in SCRIPT + [["review", "--answers", str(answers)], ["export", "--out", str(SAMPLE)]]:
        result = runner.invoke(app, args)
        if result.exit_code != 0:
            print(f"failed: goals {' '.join(args)}\n{result.stderr}{result.exception or ''}", file=sys.stderr)
            return 1
    print(f"wrote {SAMPLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
