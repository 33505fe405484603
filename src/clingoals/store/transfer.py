"""Reading the whole store into an export document, and writing one back.

Export reads through ``sqlite3``; import writes through SQLAlchemy Core on the
models' tables, inside the caller's single transaction, skipping every record
whose uuid is already present (so importing twice duplicates nothing).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict

from clingoals import transfer

# A goal's own columns in the export, from the one definition of the format
# (transfer.SCHEMAS; tests/store/test_export_format.py checks it against the models).
GOAL_FIELDS = tuple(field for field, (kind, _) in transfer.SCHEMAS["goals"].items()
                    if kind != transfer.L and field not in ("id", "parent_uuid"))


def _rows(conn: sqlite3.Connection, sql: str, params=()) -> list[dict]:
    return [dict(r) for r in conn.execute(sql, params)]


def _by(rows: list[dict], key: str) -> dict:
    grouped = defaultdict(list)
    for row in rows:
        grouped[row.pop(key)].append(row)
    return grouped


GOAL_CHUNK = 500  # goals read (with their children) at a time: export memory stays flat


def _live(include_deleted: bool) -> str:
    """A WHERE clause leaving out deleted records unless they are wanted."""
    return "" if include_deleted else " WHERE deleted_at IS NULL"


def _goal_chunks(conn: sqlite3.Connection, uuid_of_goal: dict, aspiration_uuid: dict, review_uuid: dict,
                 include_deleted: bool):
    """Goal records with their children, a chunk of goals at a time."""
    order = [r["id"] for r in _rows(conn, f"SELECT id FROM goal{_live(include_deleted)} ORDER BY id")]
    for begin in range(0, len(order), GOAL_CHUNK):
        ids = order[begin:begin + GOAL_CHUNK]
        marks = ",".join("?" * len(ids))
        tags = _by(_rows(conn, f"SELECT goal_id, tag FROM goal_tag WHERE goal_id IN ({marks}) ORDER BY tag", ids),
                   "goal_id")
        links = _by(_rows(conn, f"SELECT goal_id, aspiration_id FROM goal_aspiration WHERE goal_id IN ({marks}) "
                                "ORDER BY aspiration_id", ids), "goal_id")
        steps = _by(_rows(conn, f"SELECT goal_id, uuid, text, due, done, done_at, created_at FROM step "
                                f"WHERE goal_id IN ({marks}) ORDER BY id", ids), "goal_id")
        progress = _by(_rows(conn, f"SELECT goal_id, uuid, entry_date AS date, value, note, created_at, review_id "
                                   f"FROM progress WHERE goal_id IN ({marks}) ORDER BY entry_date, id", ids), "goal_id")
        revisions = _by(_rows(conn, f"SELECT goal_id, uuid, field, old_value AS old, new_value AS new, reason, "
                                    f"changed_at FROM revision WHERE goal_id IN ({marks}) ORDER BY changed_at, id",
                              ids), "goal_id")
        changes = _by(_rows(conn, f"SELECT goal_id, uuid, previous, status, reason, changed_at FROM status_change "
                                  f"WHERE goal_id IN ({marks}) ORDER BY changed_at, id", ids), "goal_id")
        rows = {r["id"]: r for r in _rows(conn, f"SELECT id, parent_id, {', '.join(GOAL_FIELDS)} FROM goal "
                                                 f"WHERE id IN ({marks})", ids)}
        for gid in ids:
            row = rows[gid]
            row["parent_uuid"] = uuid_of_goal.get(row.pop("parent_id"))
            row["tags"] = [t["tag"] for t in tags[gid]]
            row["aspirations"] = [aspiration_uuid[a["aspiration_id"]] for a in links[gid]]
            row["steps"] = [dict(s, done=bool(s["done"])) for s in steps[gid]]
            row["progress"] = [{**{k: v for k, v in p.items() if k != "review_id"},
                                "review_uuid": review_uuid.get(p["review_id"])} for p in progress[gid]]
            row["revisions"] = revisions[gid]
            row["status_changes"] = changes[gid]
            yield row


def _licenses(conn: sqlite3.Connection, include_deleted: bool) -> list[dict]:
    """Licenses with their ended cycles and the requirements ticked."""
    cycles = _by(_rows(conn, 'SELECT license_id, cycle_number, start, "end", carry_over_hours, renewed_at '
                             "FROM license_cycle ORDER BY start"), "license_id")
    done = _by(_rows(conn, "SELECT license_id, requirement, done_on, counts_in, created_at FROM license_done "
                           "ORDER BY done_on, id"), "license_id")
    out = []
    for row in _rows(conn, "SELECT id, uuid, name, profile_id, renews, issued, number, supervisor, cycle_number, "
                           f"carry_over_hours, cycle_start, created_at, updated_at, deleted_at, undo_renewal FROM license{_live(include_deleted)} "
                           "ORDER BY id"):
        lid = row.pop("id")
        row["supervisor"] = bool(row["supervisor"])
        row["undo_renewal"] = json.loads(row["undo_renewal"]) if row["undo_renewal"] else None
        row["cycles"] = [{k: v for k, v in c.items() if k != "license_id"} for c in cycles[lid]]
        row["done"] = [{k: v for k, v in d.items() if k != "license_id"} for d in done[lid]]
        out.append(row)
    return out


def _credits(conn: sqlite3.Connection, uuid_of_goal: dict, license_uuid: dict, include_deleted: bool):
    categories = _by(_rows(conn, "SELECT credit_id, category FROM ce_credit_category ORDER BY category"), "credit_id")
    credit_links = _by(_rows(conn, "SELECT credit_id, license_id FROM ce_credit_license ORDER BY license_id"),
                       "credit_id")
    for row in conn.execute("SELECT id, uuid, title, amount, unit, entry_date AS date, format, provider, approver, "
                            "certificate, certificate_original, goal_id, activity, provider_type, counts_in, "
                            f"created_at, updated_at, deleted_at FROM ce_credit{_live(include_deleted)} ORDER BY id"):
        row = dict(row)
        cid, goal_id = row["id"], row.pop("goal_id")
        row["goal_uuid"] = uuid_of_goal.get(goal_id)
        row["categories"] = [c["category"] for c in categories[cid]]
        row["licenses"] = [license_uuid[l["license_id"]] for l in credit_links[cid] if l["license_id"] in license_uuid]
        yield row


def _reflections(conn: sqlite3.Connection, uuid_of_goal: dict, review_uuid: dict, include_deleted: bool):
    reflection_goals = _by(_rows(conn, "SELECT reflection_id, goal_id FROM reflection_goal ORDER BY goal_id"),
                           "reflection_id")
    reflection_tags = _by(_rows(conn, "SELECT reflection_id, tag FROM reflection_tag ORDER BY tag"), "reflection_id")
    for row in conn.execute("SELECT id, uuid, kind, entry_date AS date, text, achieved, obstacles, still_care, focus, "
                            "energy, stress, review_id, created_at, updated_at, deleted_at FROM reflection"
                            f"{_live(include_deleted)} ORDER BY id"):
        row = dict(row)
        rid, review_id = row["id"], row.pop("review_id")
        row["review_uuid"] = review_uuid.get(review_id)
        row["goals"] = [uuid_of_goal[g["goal_id"]] for g in reflection_goals[rid] if g["goal_id"] in uuid_of_goal]
        row["tags"] = [t["tag"] for t in reflection_tags[rid]]
        yield row


def _assessments(conn: sqlite3.Connection):
    for row in _rows(conn, "SELECT uuid, assessed_on, strengths, growth, interests, skills, created_at "
                           "FROM self_assessment ORDER BY assessed_on, created_at, uuid"):
        for key in ("strengths", "growth", "interests", "skills"):
            row[key] = json.loads(row[key])
        yield row


def iter_document(conn: sqlite3.Connection, exported_at: str, user_profiles: list[dict], *,
                  include_deleted: bool = False):
    """The export document as (key, value) pairs in order; the large lists
    are generators, so a writer can stream them. Deleted goals, credits,
    licenses and journal entries (and links to them) are left out unless
    ``include_deleted``."""
    uuid_of_goal = {r["id"]: r["uuid"] for r in _rows(conn, f"SELECT id, uuid FROM goal{_live(include_deleted)}")}
    aspiration_uuid = {r["id"]: r["uuid"] for r in _rows(conn, "SELECT id, uuid FROM aspiration")}
    license_uuid = {r["id"]: r["uuid"] for r in _rows(conn, f"SELECT id, uuid FROM license{_live(include_deleted)}")}
    review_uuid = {r["id"]: r["uuid"] for r in _rows(conn, "SELECT id, uuid FROM review")}
    yield "format", transfer.FORMAT
    yield "version", transfer.VERSION
    yield "exported_at", exported_at
    yield "settings", {r["key"]: r["value"] for r in _rows(conn, "SELECT key, value FROM setting ORDER BY key")}
    yield "aspirations", _rows(conn, "SELECT uuid, name, description, created_at FROM aspiration "
                                     "ORDER BY id")
    yield "goals", _goal_chunks(conn, uuid_of_goal, aspiration_uuid, review_uuid, include_deleted)
    yield "licenses", _licenses(conn, include_deleted)
    yield "ce_credits", _credits(conn, uuid_of_goal, license_uuid, include_deleted)
    yield "reviews", _rows(conn, "SELECT uuid, review_date, since, completed_at FROM review ORDER BY review_date, uuid")
    yield "reflections", _reflections(conn, uuid_of_goal, review_uuid, include_deleted)
    yield "self_assessments", _assessments(conn)
    yield "profiles", sorted(user_profiles, key=lambda p: p["id"])


def export_document(conn: sqlite3.Connection, exported_at: str, user_profiles: list[dict], *,
                    include_deleted: bool = False) -> dict:
    """The whole export document in memory (for CSV and calendar exports)."""
    return {key: value if isinstance(value, (str, int, dict)) else list(value)
            for key, value in iter_document(conn, exported_at, user_profiles, include_deleted=include_deleted)}


def write_document(handle, conn: sqlite3.Connection, exported_at: str, user_profiles: list[dict], *,
                   include_deleted: bool = False) -> dict[str, int]:
    """Stream the export as JSON, one record per line; returns counts."""
    counts = {}
    handle.write("{\n")
    pairs = list(iter_document(conn, exported_at, user_profiles, include_deleted=include_deleted))
    for index, (key, value) in enumerate(pairs):
        handle.write(f"  {json.dumps(key)}: ")
        if isinstance(value, (str, int, dict)):
            handle.write(json.dumps(value, ensure_ascii=False))
        else:
            handle.write("[")
            count = 0
            for record in value:
                handle.write(("," if count else "") + "\n    " + json.dumps(record, ensure_ascii=False))
                count += 1
            handle.write("\n  ]" if count else "]")
            counts[key] = count
        handle.write(",\n" if index < len(pairs) - 1 else "\n")
    handle.write("}\n")
    return counts


def _date(value):
    return dt.date.fromisoformat(value) if value else None


def import_document(session, document: dict) -> dict[str, int]:
    """Insert every record not already present (by uuid; aspirations and
    licenses also by name). Runs in the caller's transaction. Returns counts."""
    from sqlalchemy import insert, select

    from clingoals.store import models as m

    def existing(model) -> dict[str, int]:
        return {u: i for u, i in session.execute(select(model.uuid, model.id))}

    counts = defaultdict(int)

    def add(model, rows: list[dict]) -> None:
        if rows:
            session.execute(insert(model.__table__), rows)

    for key, value in document.get("settings", {}).items():
        if session.get(m.Setting, key) is None:
            session.add(m.Setting(key=key, value=value))
            counts["settings"] += 1
    session.flush()

    def merge_named(model, rows: list[dict], build) -> dict[str, int]:
        """uuid -> id for records with a unique name: a record already here
        under another uuid but the same name is reused, never duplicated."""
        ids = existing(model)
        by_name = {n.lower(): i for n, i in session.execute(select(model.name, model.id))}
        for row in rows:
            if row["uuid"] in ids:
                continue
            if row["name"].lower() in by_name:
                ids[row["uuid"]] = by_name[row["name"].lower()]
                continue
            item = build(row)
            session.add(item)
            session.flush()
            ids[row["uuid"]] = by_name[row["name"].lower()] = item.id
            counts[model.__tablename__ + "s"] += 1
        return ids

    aspiration_ids = merge_named(m.Aspiration, document.get("aspirations", []), lambda row: m.Aspiration(**row))

    def kept_ids(model, records: list[dict]) -> bool:
        """Into an empty table, records keep the ids they had (goal 6 stays
        goal 6); into a full one they get new ones."""
        return bool(records) and all("id" in r for r in records) and \
            session.execute(select(model.id).limit(1)).first() is None

    # Reviews come before goals: progress logged in a review points at it.
    review_ids = existing(m.Review)
    new_reviews = [r for r in document.get("reviews", []) if r["uuid"] not in review_ids]
    add(m.Review, [{**r, "review_date": _date(r["review_date"]), "since": _date(r["since"])} for r in new_reviews])
    review_ids = existing(m.Review)
    counts["reviews"] = len(new_reviews)

    goal_ids = existing(m.Goal)
    new_goals = [g for g in document.get("goals", []) if g["uuid"] not in goal_ids]
    keep = kept_ids(m.Goal, new_goals)
    add(m.Goal, [{**{k: g[k] for k in GOAL_FIELDS if k in g}, "start_date": _date(g["start_date"]),
                  "deadline": _date(g["deadline"]), **({"id": g["id"]} if keep else {})} for g in new_goals])
    goal_ids = existing(m.Goal)
    for g in new_goals:
        gid = goal_ids[g["uuid"]]
        if g.get("parent_uuid"):
            session.execute(m.Goal.__table__.update().where(m.Goal.__table__.c.id == gid)
                            .values(parent_id=goal_ids[g["parent_uuid"]]))
        add(m.GoalTag, [{"goal_id": gid, "tag": t} for t in dict.fromkeys(g["tags"])])
        add(m.GoalAspiration, [{"goal_id": gid, "aspiration_id": aspiration_ids[a]}
                               for a in dict.fromkeys(g["aspirations"])])
        add(m.Step, [{**s, "goal_id": gid, "due": _date(s.get("due"))} for s in g["steps"]])
        add(m.Progress, [{"uuid": p["uuid"], "goal_id": gid, "entry_date": _date(p["date"]), "value": p["value"],
                          "note": p.get("note"), "created_at": p["created_at"],
                          "review_id": review_ids.get(p.get("review_uuid"))} for p in g["progress"]])
        add(m.Revision, [{"uuid": r["uuid"], "goal_id": gid, "field": r["field"], "old_value": r.get("old"),
                          "new_value": r.get("new"), "reason": r.get("reason"), "changed_at": r["changed_at"]}
                         for r in g["revisions"]])
        add(m.StatusChange, [{**c, "goal_id": gid} for c in g["status_changes"]])
    counts["goals"] = len(new_goals)

    licenses_before = existing(m.License)
    license_rows = document.get("licenses", [])
    license_ids = merge_named(m.License, license_rows, lambda row: m.License(
        **{**{k: v for k, v in row.items() if k not in ("cycles", "done")}, "renews": _date(row["renews"]),
           "undo_renewal": json.dumps(row["undo_renewal"]) if row.get("undo_renewal") else None,
           "issued": _date(row.get("issued")), "cycle_start": _date(row.get("cycle_start"))}))
    # Cycle history and ticks travel with licenses created here (a license
    # already present keeps its own).
    created = [r for r in license_rows if r["uuid"] not in licenses_before
               and license_ids[r["uuid"]] not in licenses_before.values()]
    add(m.LicenseCycle, [{**c, "license_id": license_ids[r["uuid"]], "start": _date(c["start"]), "end": _date(c["end"])}
                         for r in created for c in r.get("cycles", [])])
    add(m.LicenseDone, [{**d, "license_id": license_ids[r["uuid"]], "done_on": _date(d["done_on"]),
                         "counts_in": _date(d.get("counts_in"))}
                        for r in created for d in r.get("done", [])])

    credit_ids = existing(m.CeCredit)
    new_credits = [c for c in document.get("ce_credits", []) if c["uuid"] not in credit_ids]
    keep = kept_ids(m.CeCredit, new_credits)
    add(m.CeCredit, [{**({"id": c["id"]} if keep else {}), **{k: c.get(k) for k in ("uuid", "title", "amount", "unit", "format", "provider", "approver",
                                                "certificate", "certificate_original", "created_at", "updated_at",
                                                "deleted_at", "provider_type")},
                      "activity": c.get("activity") or "course", "counts_in": _date(c.get("counts_in")),
                      "entry_date": _date(c["date"]), "goal_id": goal_ids.get(c.get("goal_uuid"))}
                     for c in new_credits])
    credit_ids = existing(m.CeCredit)
    add(m.CeCreditCategory, [{"credit_id": credit_ids[c["uuid"]], "category": cat}
                             for c in new_credits for cat in dict.fromkeys(c["categories"])])
    add(m.CeCreditLicense, [{"credit_id": credit_ids[c["uuid"]], "license_id": license_ids[l]}
                            for c in new_credits for l in dict.fromkeys(c["licenses"])])
    counts["ce_credits"] = len(new_credits)

    reflection_ids = existing(m.Reflection)
    new_reflections = [r for r in document.get("reflections", []) if r["uuid"] not in reflection_ids]
    keep = kept_ids(m.Reflection, new_reflections)
    add(m.Reflection, [{**({"id": r["id"]} if keep else {}), **{k: r.get(k) for k in ("uuid", "kind", "text", "achieved", "obstacles", "still_care",
                                                  "focus", "energy", "stress", "created_at", "updated_at",
                                                  "deleted_at")},
                        "entry_date": _date(r["date"]), "review_id": review_ids.get(r.get("review_uuid"))}
                       for r in new_reflections])
    reflection_ids = existing(m.Reflection)
    add(m.ReflectionGoal, [{"reflection_id": reflection_ids[r["uuid"]], "goal_id": goal_ids[g]}
                           for r in new_reflections for g in dict.fromkeys(r["goals"])])
    add(m.ReflectionTag, [{"reflection_id": reflection_ids[r["uuid"]], "tag": t}
                          for r in new_reflections for t in dict.fromkeys(r["tags"])])
    counts["reflections"] = len(new_reflections)

    assessment_ids = existing(m.SelfAssessment)
    new_assessments = [a for a in document.get("self_assessments", []) if a["uuid"] not in assessment_ids]
    add(m.SelfAssessment, [{"uuid": a["uuid"], "assessed_on": _date(a["assessed_on"]),
                            "strengths": json.dumps(a["strengths"]), "growth": json.dumps(a["growth"]),
                            "interests": json.dumps(a["interests"]), "skills": json.dumps(a["skills"], sort_keys=True),
                            "created_at": a["created_at"]} for a in new_assessments])
    counts["self_assessments"] = len(new_assessments)
    return dict(counts)
