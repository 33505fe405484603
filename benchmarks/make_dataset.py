"""A realistic heavy user, written through the project's own import.

Ten years of use: 2,000 goals with steps and progress entries, 3,000 CE
credits over 5 licences, 1,000 journal entries and weekly reviews (scale 1);
``--scale 4`` multiplies the counts. Deterministic for a seed.

More data means more history, not more goals on the go: a person works on a
few dozen goals at a time however long they have used the tool, so at most
ACTIVE_GOALS goals (the most recent ones) are active or paused at any scale.

    python benchmarks/make_dataset.py --scale 1 --out /tmp/heavy.json [--home DIR]

With --home, the document is imported there with ``goals import``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import uuid
from pathlib import Path

TODAY = dt.date(2026, 5, 13)
YEARS = 10
ACTIVE_GOALS = 60
TEMPLATES = [
    ("Complete the {m} training for {p}", "certification", "professional"),
    ("Pass the {e} by the end of the quarter", "licensure", "professional"),
    ("Log {n} supervised hours with {p}", "licensure", "professional"),
    ("Complete {n} CE hours on {t}", "continuing education", "professional"),
    ("Reduce average PHQ-9 scores of my {p} from 15 to 9", "client outcomes", "professional"),
    ("Attend {n} {a} meetings", "networking", "professional"),
    ("Run a weekly {m} skills group for {p}", "clinical skill", "professional"),
    ("Submit a manuscript on {t} to a peer-reviewed journal", "research", "professional"),
    ("Walk 30 minutes a day, {n} days a week", "self-care", "personal"),
    ("Stop answering work emails after 6 pm for {n} weeks", "boundaries", "personal"),
]
WORDS = {
    "m": ["EMDR", "CBT", "DBT", "TF-CBT", "ACT", "MBSR", "Gottman", "motivational interviewing"],
    "p": ["adolescents", "veterans", "couples", "older adults", "adults with PTSD", "families"],
    "e": ["NCE", "NCMHCE", "ASWB clinical exam", "jurisprudence exam"],
    "t": ["ethics", "telehealth", "cultural humility", "suicide prevention", "trauma", "supervision"],
    "a": ["state association", "peer consultation", "NASW chapter", "DBT consultation team"],
}
JOURNAL = ["Group went well; I slowed down and let the quiet ones speak.", "Tired after crisis calls; took a walk.",
           "Supervision helped me see my pacing with trauma clients.", "Finished notes on time three days running.",
           "Felt stuck on the business plan; asked a colleague for her fee schedule.",
           "Practised EMDR resourcing with a peer; more confident now.", "Hard week. Energy low, but I kept boundaries."]
PROFILES = ["example-tx-lpc", "example-ca-bbs", "example-ny-lmhc", "example-fl-mh", "example-oh-cswmft"]
FORMATS = ["in-person", "live-online", "self-study"]
CATEGORIES = ["ethics", "cultural-diversity", "supervision", "law-and-ethics", "suicide-prevention", "telehealth",
              "medical-errors", "domestic-violence", "law-and-rules", "hiv-aids"]


def build_document(goals: int = 2000, credits: int = 3000, entries: int = 1000, licenses: int = 5,
                   seed: int = 1, today: dt.date = TODAY) -> dict:
    rng = random.Random(seed)

    def new_uuid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def day_in_past(max_days: int) -> dt.date:
        return today - dt.timedelta(days=rng.randint(0, max_days))

    def stamp(day: dt.date) -> str:
        return f"{day.isoformat()}T{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}:00+00:00"

    span = 365 * YEARS
    aspirations = [{"uuid": new_uuid(), "name": name, "description": None, "created_at": stamp(today - dt.timedelta(days=span))}
                   for name in ("clinical supervisor", "trauma specialist", "private practice")]
    goal_rows = []
    for index in range(goals):
        template, category, domain = TEMPLATES[index % len(TEMPLATES)]
        statement = template.format(**{k: rng.choice(v) for k, v in WORDS.items()}, n=rng.randint(2, 40))
        start = day_in_past(span)
        deadline = start + dt.timedelta(days=rng.randint(30, 900))
        status = rng.choice(["done", "done", "done", "dropped"])
        target = float(rng.randint(5, 60)) if rng.random() < 0.6 else None
        created = stamp(start)
        steps = [{"uuid": new_uuid(), "text": f"Step {s + 1} of {statement[:30]}",
                  "due": (start + dt.timedelta(days=rng.randint(5, 200))).isoformat() if rng.random() < 0.7 else None,
                  "done": status == "done" or rng.random() < 0.4, "done_at": None, "created_at": created}
                 for s in range(rng.randint(1, 5))]
        for step in steps:
            if step["done"]:
                step["done_at"] = stamp(min(start + dt.timedelta(days=rng.randint(1, 300)), today))
        worked = max((min(deadline, today) - start).days, 0)  # progress happens between start and deadline
        progress = [{"uuid": new_uuid(), "date": (start + dt.timedelta(days=rng.randint(0, worked))).isoformat(),
                     "value": float(rng.randint(1, 5)), "note": None, "created_at": created}
                    for _ in range(rng.randint(0, 8) if target else 0)]
        changes = [{"uuid": new_uuid(), "previous": None, "status": "active", "reason": "created", "changed_at": created}]
        if status != "active":  # finished or dropped some day between the start and the deadline, in the past
            last = min(deadline, today - dt.timedelta(days=1))
            ended = start + dt.timedelta(days=rng.randint(0, max((last - start).days, 0)))
            changes.append({"uuid": new_uuid(), "previous": "active", "status": status, "reason": None,
                            "changed_at": stamp(ended)})
        goal_rows.append({
            "uuid": new_uuid(), "title": statement[:60], "statement": statement, "specific": None,
            "metric": "count" if target else None, "target": target, "unit": "hours" if target else None,
            "baseline": None, "plan": None, "hours_per_week": float(rng.randint(1, 6)) if rng.random() < 0.5 else None,
            "why": None, "start_date": start.isoformat(), "deadline": deadline.isoformat(), "horizon_override": None,
            "domain": domain, "category": category, "parent_uuid": None, "confidence": rng.randint(4, 9),
            "status": status, "created_at": created, "updated_at": created, "deleted_at": None,
            "tags": rng.sample(["2026", "supervision", "exam", "self-care", "ce", "research"], rng.randint(0, 2)),
            "aspirations": [rng.choice(aspirations)["uuid"]] if domain == "professional" else [],
            "steps": steps, "progress": progress, "revisions": [], "status_changes": changes,
        })
    # The most recent goals (by start) are the ones still open.
    for goal in sorted(goal_rows, key=lambda g: g["start_date"], reverse=True)[:ACTIVE_GOALS]:
        goal["status"] = "paused" if rng.random() < 0.15 else "active"
        goal["deadline"] = max(goal["deadline"], (today + dt.timedelta(days=rng.randint(-20, 300))).isoformat())
        goal["status_changes"] = goal["status_changes"][:1]
        if goal["status"] == "paused":
            goal["status_changes"].append({"uuid": new_uuid(), "previous": "active", "status": "paused",
                                           "reason": None, "changed_at": stamp(today - dt.timedelta(days=9))})
    license_rows = [{"uuid": new_uuid(), "name": f"Licence {n + 1}", "profile_id": PROFILES[n % len(PROFILES)],
                     "renews": (today + dt.timedelta(days=90 + 120 * n)).isoformat(), "issued": "2016-01-15",
                     "number": f"L-{n + 1:05d}", "supervisor": n == 0, "cycle_number": 5, "carry_over_hours": 0.0,
                     "created_at": stamp(today - dt.timedelta(days=span)),
                     "updated_at": stamp(today - dt.timedelta(days=span))} for n in range(licenses)]
    credit_rows = []
    for n in range(credits):
        day = day_in_past(span)
        credit_rows.append({
            "uuid": new_uuid(), "title": f"{rng.choice(WORDS['t']).capitalize()} course {n + 1}",
            "amount": rng.choice([1.0, 1.5, 2.0, 3.0, 6.0]), "unit": "hours", "date": day.isoformat(),
            "format": rng.choice(FORMATS), "provider": rng.choice(["PESI", "NASW", "State association", "AHEC"]),
            "approver": rng.choice(["NBCC", "ASWB ACE", "APA", None]), "certificate": None,
            "certificate_original": None, "goal_uuid": None,
            "categories": rng.sample(CATEGORIES, rng.choice([0, 0, 1, 1, 2])),
            "licenses": [license_rows[n % licenses]["uuid"]] if rng.random() < 0.5 else [],
            "created_at": stamp(day), "updated_at": stamp(day), "deleted_at": None,
        })
    reviews = []
    review_day = today - dt.timedelta(days=span)
    while review_day < today - dt.timedelta(days=3):
        reviews.append({"uuid": new_uuid(), "review_date": review_day.isoformat(),
                        "since": (review_day - dt.timedelta(days=7)).isoformat(), "completed_at": stamp(review_day)})
        review_day += dt.timedelta(days=rng.choice([7, 7, 7, 14]))
    reflections = []
    for n in range(entries):
        day = day_in_past(span)
        reflections.append({
            "uuid": new_uuid(), "kind": rng.choice(["note", "note", "supervisor", "peer", "reflection"]),
            "date": day.isoformat(), "text": f"{rng.choice(JOURNAL)} ({n + 1})", "achieved": None, "obstacles": None,
            "still_care": None, "focus": None, "energy": rng.randint(1, 5), "stress": rng.randint(1, 5),
            "review_uuid": None, "goals": [rng.choice(goal_rows)["uuid"]] if rng.random() < 0.4 else [],
            "tags": rng.sample(["group", "supervision", "self-care", "burnout"], rng.randint(0, 2)),
            "created_at": stamp(day), "updated_at": stamp(day), "deleted_at": None,
        })
    return {"format": "clingoals", "version": 1, "exported_at": stamp(today), "settings": {},
            "aspirations": aspirations, "goals": goal_rows, "licenses": license_rows, "ce_credits": credit_rows,
            "reviews": reviews, "reflections": reflections, "self_assessments": [], "profiles": []}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="1 = 2,000 goals, 3,000 credits, 1,000 entries")
    parser.add_argument("--out", type=Path, required=True, help="where to write the export document")
    parser.add_argument("--home", type=Path, help="import it into this CLINGOALS_HOME with 'goals import'")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    document = build_document(2000 * args.scale, 3000 * args.scale, 1000 * args.scale, seed=args.seed)
    args.out.write_text(json.dumps(document))
    print(f"wrote {args.out}: {len(document['goals'])} goals, {len(document['ce_credits'])} credits, "
          f"{len(document['reflections'])} journal entries, {len(document['reviews'])} reviews")
    if args.home:
        env = {**os.environ, "CLINGOALS_HOME": str(args.home), "CLINGOALS_TODAY": TODAY.isoformat()}
        subprocess.run([sys.executable, "-m", "clingoals", "import", str(args.out)], env=env, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
