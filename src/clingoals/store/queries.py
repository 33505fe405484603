"""Every read query, through the standard library's ``sqlite3``.

Read-only commands must answer faster than the ORM can be imported, so reads
never touch SQLModel. Each function takes a connection and returns plain
dicts and lists; callers do not know how the query runs. A test runs every
function here against a freshly migrated database so the SQL cannot drift
from the schema.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Iterable

from clingoals.errors import NotFound

GOAL_COLUMNS = (
    "id, uuid, title, statement, specific, metric, target, unit, baseline, plan, "
    "hours_per_week, why, start_date, deadline, horizon_override, domain, category, "
    "parent_id, confidence, status, created_at, updated_at, deleted_at, card_aspiration_id"
)


def _grouped(conn: sqlite3.Connection, sql: str, ids: list[int]) -> dict[int, list]:
    groups: dict[int, list] = defaultdict(list)
    if not ids:
        return groups
    # Chunked to stay under SQLite's bound-parameter limit.
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(sql.format(marks=marks), chunk):
            groups[row[0]].append(row)
    return groups


def _attach_children(conn: sqlite3.Connection, goals: list[dict]) -> list[dict]:
    ids = [g["id"] for g in goals]
    tags = _grouped(conn, "SELECT goal_id, tag FROM goal_tag WHERE goal_id IN ({marks}) ORDER BY tag", ids)
    aspirations = _grouped(
        conn,
        "SELECT ga.goal_id, a.name, a.id FROM goal_aspiration ga JOIN aspiration a ON a.id = ga.aspiration_id "
        "WHERE ga.goal_id IN ({marks}) ORDER BY a.name",
        ids,
    )
    steps = _grouped(
        conn,
        "SELECT goal_id, uuid, text, due, done, done_at FROM step WHERE goal_id IN ({marks}) ORDER BY id",
        ids,
    )
    progress = _grouped(
        conn,
        "SELECT goal_id, SUM(value), COUNT(*), MAX(entry_date), MAX(created_at) FROM progress "
        "WHERE goal_id IN ({marks}) GROUP BY goal_id",
        ids,
    )
    credits = _grouped(  # the CE credits linked to a goal (ce add --goal): their hours may count toward it
        conn, "SELECT goal_id, amount, unit FROM ce_credit WHERE deleted_at IS NULL AND goal_id IN ({marks})", ids)
    from clingoals.goal import linked_credit_hours

    for goal in goals:
        gid = goal["id"]
        goal["tags"] = [row[1] for row in tags[gid]]
        goal["aspirations"] = [row[1] for row in aspirations[gid]]
        # the one the card linked at save (the rest the person linked)
        goal["aspirations_by_card"] = [row[1] for row in aspirations[gid] if row[2] == goal["card_aspiration_id"]]
        # A step's id is its number within its goal (1, 2, 3...); the uuid names it for good.
        goal["steps"] = [
            {"id": number, "uuid": r[1], "text": r[2], "due": r[3], "done": bool(r[4]), "done_at": r[5]}
            for number, r in enumerate(steps[gid], start=1)
        ]
        summary = progress[gid][0] if progress[gid] else None
        # current is where the person is: the baseline they started from plus what they logged, plus
        # the hours of the CE credits linked to an hours goal (derived here, never stored: see goal.py)
        goal["logged"] = summary[1] if summary else None
        goal["credit_hours"] = linked_credit_hours(goal["unit"], [(r[1], r[2]) for r in credits[gid]])
        done = (None if goal["logged"] is None and goal["credit_hours"] is None
                else (goal["logged"] or 0) + (goal["credit_hours"] or 0))
        goal["current"] = goal["baseline"] + (done or 0) if goal["baseline"] else done
        goal["progress_entries"] = summary[2] if summary else 0
        activity = [goal["updated_at"][:10]]
        if summary:
            activity += [summary[3], summary[4][:10]]
        activity += [s["done_at"][:10] for s in goal["steps"] if s["done_at"]]
        goal["last_activity"] = max(activity)
    return goals


def list_goals(conn: sqlite3.Connection, *, include_deleted: bool = False,
               statuses: Iterable[str] | None = None, ids: Iterable[int] | None = None) -> list[dict]:
    """Goals with their tags, aspirations, steps and current value, soonest
    deadline first. Filtering on derived fields is the caller's job."""
    where, params = [], []
    if ids is not None:
        ids = list(ids)[:900]
        if not ids:
            return []
        where.append(f"id IN ({','.join('?' * len(ids))})")
        params += ids
    if not include_deleted:
        where.append("deleted_at IS NULL")
    if statuses:
        statuses = list(statuses)
        where.append(f"status IN ({','.join('?' * len(statuses))})")
        params += statuses
    sql = f"SELECT {GOAL_COLUMNS} FROM goal"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY deadline, id"
    goals = [dict(row) for row in conn.execute(sql, params)]
    return _attach_children(conn, goals)


def goal_not_found(goal_id: int, *, deleted: bool) -> NotFound:
    """The error for a goal id that is not there: a deleted goal says how to get it back."""
    if deleted:
        return NotFound(f"Goal {goal_id} is deleted: 'goals restore {goal_id}' brings it back "
                        "('goals list --deleted' shows deleted goals).")
    return NotFound(f"No goal with id {goal_id}. 'goals list --all' shows every goal.")


def get_goal(conn: sqlite3.Connection, goal_id: int, *, include_deleted: bool = False) -> dict:
    row = conn.execute(f"SELECT {GOAL_COLUMNS} FROM goal WHERE id = ?", (goal_id,)).fetchone()
    if row is None or (row["deleted_at"] and not include_deleted):
        raise goal_not_found(goal_id, deleted=row is not None)
    goal = _attach_children(conn, [dict(row)])[0]
    goal["progress_log"] = progress_log(conn, goal_id)
    return goal


def progress_log(conn: sqlite3.Connection, goal_id: int, *, with_review: bool = False) -> list[dict]:
    """A goal's progress entries (id, date, value, note; ``with_review``:
    and review_id, the review that logged it or None), oldest first."""
    review = ", review_id" if with_review else ""
    return [
        dict(r) for r in conn.execute(
            f"SELECT id, entry_date AS date, value, note{review} FROM progress WHERE goal_id = ? "
            "ORDER BY entry_date, id", (goal_id,))
    ]


def certificate_names(conn: sqlite3.Connection, *, include_deleted: bool = True) -> list[str]:
    """The stored certificate file names, each once, in name order (only
    those of credits not deleted, unless ``include_deleted``)."""
    live = "" if include_deleted else " AND deleted_at IS NULL"
    return [r[0] for r in conn.execute("SELECT DISTINCT certificate FROM ce_credit WHERE certificate IS NOT NULL"
                                       f"{live} ORDER BY certificate")]


def certificate_files(conn: sqlite3.Connection, *, include_deleted: bool = True) -> list[tuple[str, str | None]]:
    """Each stored certificate with a name it had when added (stored name,
    original name), each pair once, in order (only those of credits not
    deleted, unless ``include_deleted``)."""
    live = "" if include_deleted else " AND deleted_at IS NULL"
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT DISTINCT certificate, certificate_original FROM ce_credit WHERE certificate IS NOT NULL"
        f"{live} ORDER BY certificate, certificate_original")]


def goal_uuids(conn: sqlite3.Connection) -> dict[int, str]:
    """id -> uuid of every live goal."""
    return {r[0]: r[1] for r in conn.execute("SELECT id, uuid FROM goal WHERE deleted_at IS NULL")}


def any_goal(conn: sqlite3.Connection) -> bool:
    """Whether a live goal exists, whatever its status."""
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM goal WHERE deleted_at IS NULL)").fetchone()[0])


def child_goals(conn: sqlite3.Connection, parent_id: int) -> list[dict]:
    """The live goals that serve ``parent_id``: id, title, status, deadline."""
    rows = conn.execute("SELECT id, title, status, deadline FROM goal WHERE parent_id = ? AND deleted_at IS NULL "
                        "ORDER BY deadline, id", (parent_id,))
    return [{**dict(row), "deadline": str(row["deadline"])[:10]} for row in rows]


def goal_history(conn: sqlite3.Connection, goal_id: int) -> list[dict]:
    """Revisions and status changes of one goal: the row that created it
    first, then the rest oldest first by when they happened (a revision kept
    from guided add's first sentence can carry a time at or before the
    creation; a back-dated status change counts at the end of its day)."""
    get_goal(conn, goal_id, include_deleted=True)
    events = [
        {"kind": "revision", "field": r["field"], "old": r["old_value"], "new": r["new_value"],
         "reason": r["reason"], "at": r["changed_at"]}
        for r in conn.execute(
            "SELECT field, old_value, new_value, reason, changed_at FROM revision WHERE goal_id = ?",
            (goal_id,))
    ]
    events += [
        {"kind": "status", "field": "status", "old": r["previous"], "new": r["status"],
         "reason": r["reason"], "at": r["changed_at"]}
        for r in conn.execute(
            "SELECT previous, status, reason, changed_at FROM status_change WHERE goal_id = ?",
            (goal_id,))
    ]
    return sorted(events, key=lambda e: (not (e["kind"] == "status" and e["old"] is None), effective_time(e["at"])))


def effective_time(stamp: str) -> str:
    """A stored time as a sort key: a change dated by its day alone (a
    status change back-dated with --date: the time it happened isn't known)
    sorts at the end of that day, after what was recorded during it."""
    return stamp + "T24" if len(stamp) == 10 else stamp


def last_status_change(conn: sqlite3.Connection, goal_id: int) -> dict | None:
    """A goal's latest status change after its creation, as goal_history lists it, or None."""
    changes = [e for e in goal_history(conn, goal_id) if e["kind"] == "status" and e["old"] is not None]
    return changes[-1] if changes else None


def list_aspirations(conn: sqlite3.Connection) -> list[dict]:
    rows = conn.execute(
        "SELECT a.id, a.uuid, a.name, a.description, a.created_at, "
        "(SELECT COUNT(*) FROM goal_aspiration ga JOIN goal g ON g.id = ga.goal_id "
        " WHERE ga.aspiration_id = a.id AND g.deleted_at IS NULL) AS goals "
        "FROM aspiration a ORDER BY a.name"
    )
    return [dict(row) for row in rows]


def aspiration_names(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM aspiration ORDER BY name")]


def aspiration_descriptions(conn: sqlite3.Connection) -> dict[str, str]:
    """{name: description} of the aspirations that have a description."""
    return {row[0]: row[1] for row in conn.execute(
        "SELECT name, description FROM aspiration WHERE description IS NOT NULL AND description != '' ORDER BY name")}


def get_setting(conn: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


# --- continuing education ----------------------------------------------------------

LICENSE_COLUMNS = ("id, uuid, name, profile_id, renews, issued, number, supervisor, supervisor_since, cycle_number, "
                   "carry_over_hours, cycle_start, created_at, updated_at")


def list_licenses(conn: sqlite3.Connection) -> list[dict]:
    rows = conn.execute(f"SELECT {LICENSE_COLUMNS} FROM license WHERE deleted_at IS NULL ORDER BY renews, name")
    return [dict(row, supervisor=bool(row["supervisor"])) for row in rows]


def deleted_licenses(conn: sqlite3.Connection) -> list[dict]:
    rows = conn.execute(f"SELECT {LICENSE_COLUMNS}, deleted_at FROM license WHERE deleted_at IS NOT NULL "
                        "ORDER BY name")
    return [dict(row, supervisor=bool(row["supervisor"])) for row in rows]


def get_license(conn: sqlite3.Connection, name: str) -> dict:
    """The live license called ``name`` (any letter case), or with that ID
    (the one `goals license list` shows) when none is called so."""
    live = "deleted_at IS NULL AND"
    row = conn.execute(f"SELECT {LICENSE_COLUMNS} FROM license WHERE {live} name = ?", (name,)).fetchone()
    if row is None:
        row = conn.execute(f"SELECT {LICENSE_COLUMNS} FROM license WHERE {live} lower(name) = lower(?)",
                           (name,)).fetchone()
    from clingoals.ce.licenses import not_found_words, typed_id

    if row is None and typed_id(name) is not None:  # the ID `license list` shows
        row = conn.execute(f"SELECT {LICENSE_COLUMNS} FROM license WHERE {live} id = ?", (typed_id(name),)).fetchone()
    if row is None:
        from clingoals.suggest import did_you_mean

        names = [l["name"] for l in list_licenses(conn)]
        raise NotFound(f"{not_found_words(name)}.{did_you_mean(name, names)} "
                       f"Yours: {', '.join(names) or 'none yet'}; add one with 'goals license add'.")
    return dict(row, supervisor=bool(row["supervisor"]))


CREDIT_COLUMNS = ("c.id, c.uuid, c.title, c.amount, c.unit, c.entry_date AS date, c.format, c.provider, "
                  "c.approver, c.certificate, c.certificate_original, c.goal_id, c.activity, c.provider_type, "
                  "c.counts_in, c.created_at, c.updated_at, c.deleted_at")


def _attach_credit_children(conn: sqlite3.Connection, credits: list[dict]) -> list[dict]:
    ids = [c["id"] for c in credits]
    categories = _grouped(conn, "SELECT credit_id, category FROM ce_credit_category "
                                "WHERE credit_id IN ({marks}) ORDER BY category", ids)
    licenses = _grouped(conn, "SELECT cl.credit_id, l.name FROM ce_credit_license cl "
                              "JOIN license l ON l.id = cl.license_id WHERE cl.credit_id IN ({marks}) "
                              "ORDER BY l.name", ids)
    for credit in credits:
        credit["categories"] = [row[1] for row in categories[credit["id"]]]
        credit["licenses"] = [row[1] for row in licenses[credit["id"]]]
    return credits


def list_credits(conn: sqlite3.Connection, *, include_deleted: bool = False, since: str | None = None,
                 or_categories: Iterable[str] = (), goal_id: int | None = None) -> list[dict]:
    """CE credits, oldest first, with categories and linked license names
    (an empty ``licenses`` list means the credit applies to every license).
    With ``since``: only credits from that date, plus older ones tagged with
    any of ``or_categories`` (one-time minimums may count them). With
    ``goal_id``: only the credits linked to that goal."""
    where, params = [], []
    if not include_deleted:
        where.append("c.deleted_at IS NULL")
    if goal_id is not None:
        where.append("c.goal_id = ?")
        params.append(goal_id)
    if since:
        categories = list(or_categories)
        clause = "c.entry_date >= ?"
        params.append(since)
        if categories:
            clause += (f" OR c.id IN (SELECT credit_id FROM ce_credit_category WHERE category IN "
                       f"({','.join('?' * len(categories))}))")
            params += categories
        where.append(f"({clause})")
    sql = f"SELECT {CREDIT_COLUMNS} FROM ce_credit c" + (f" WHERE {' AND '.join(where)}" if where else "")
    rows = [dict(row) for row in conn.execute(sql + " ORDER BY c.entry_date, c.id", params)]
    return _attach_credit_children(conn, rows)


SEPARATOR = "\x1f"  # unit separator: never typed in a category or license name


def credits_for_tally(conn: sqlite3.Connection, *, since: str, or_categories: Iterable[str] = ()) -> list[dict]:
    """Just what the renewal tally needs, in one statement: id, title, amount,
    unit, date, format, categories and license names (same filter as
    :func:`list_credits`)."""
    categories = list(or_categories)
    clause = "c.entry_date >= ?"
    params: list = [since]
    if categories:
        clause += (f" OR c.id IN (SELECT credit_id FROM ce_credit_category WHERE category IN "
                   f"({','.join('?' * len(categories))}))")
        params += categories
    rows = conn.execute(
        "SELECT c.id, c.title, c.amount, c.unit, c.entry_date, c.format, "
        "(SELECT group_concat(category, char(31)) FROM ce_credit_category WHERE credit_id = c.id), "
        "(SELECT group_concat(l.name, char(31)) FROM ce_credit_license cl JOIN license l ON l.id = cl.license_id "
        " WHERE cl.credit_id = c.id), c.activity, c.provider_type, c.counts_in "
        f"FROM ce_credit c WHERE c.deleted_at IS NULL AND ({clause}) ORDER BY c.entry_date, c.id", params)
    return [{"id": r[0], "title": r[1], "amount": r[2], "unit": r[3], "date": r[4], "format": r[5],
             "categories": r[6].split(SEPARATOR) if r[6] else [], "licenses": r[7].split(SEPARATOR) if r[7] else [],
             "activity": r[8], "provider_type": r[9], "counts_in": r[10]}
            for r in rows]


def license_cycles(conn: sqlite3.Connection, license_id: int) -> list[dict]:
    """The cycles a license ended with a renewal, oldest first."""
    rows = conn.execute("SELECT cycle_number, start, \"end\", carry_over_hours, renewed_at FROM license_cycle "
                        "WHERE license_id = ? ORDER BY start", (license_id,))
    return [dict(row) for row in rows]


def license_done(conn: sqlite3.Connection, license_id: int) -> list[dict]:
    """Completion requirements ticked for a license (an exam), oldest first."""
    rows = conn.execute("SELECT id, requirement, done_on, counts_in, created_at FROM license_done WHERE license_id = ? "
                        "ORDER BY done_on, id", (license_id,))
    return [dict(row) for row in rows]


def get_credit(conn: sqlite3.Connection, credit_id: int) -> dict:
    row = conn.execute(f"SELECT {CREDIT_COLUMNS} FROM ce_credit c WHERE c.id = ?", (credit_id,)).fetchone()
    if row is None or row["deleted_at"]:
        raise NotFound(f"No CE credit with id {credit_id}. 'goals ce list' shows them.")
    return _attach_credit_children(conn, [dict(row)])[0]


def credits_for_license(credits: list[dict], license_name: str) -> list[dict]:
    """The credits that apply to one license (linked to it, or to none)."""
    return [c for c in credits if not c["licenses"] or license_name in c["licenses"]]


# --- reviews and the journal ---------------------------------------------------------

def status_changes_since(conn: sqlite3.Connection, since: str) -> list[dict]:
    """Status changes dated on or after ``since`` (YYYY-MM-DD)."""
    return [dict(r) for r in conn.execute(
        "SELECT goal_id, previous, status, reason, changed_at FROM status_change "
        "WHERE substr(changed_at, 1, 10) >= ? ORDER BY changed_at", (since,))]


def progress_since(conn: sqlite3.Connection, since: str, *, or_recorded_since: str | None = None) -> list[dict]:
    """Progress entries dated on or after ``since`` (and, with
    ``or_recorded_since``, any recorded on or after that day whatever their
    date), with their goal's unit, when each was recorded and the review
    that logged it. Those of one day in the order they were logged, then (logged in the same
    second) by goal and id: an import keeps created_at, goal ids and each
    goal's entries' order (not the ids across goals), so it lists them alike."""
    where, params = "p.entry_date >= ?", [since]
    if or_recorded_since:
        where += " OR substr(p.created_at, 1, 10) >= ?"
        params.append(or_recorded_since)
    return [dict(r) for r in conn.execute(
        "SELECT p.goal_id, g.title, g.unit, p.entry_date AS date, p.value, p.note, p.created_at, p.review_id "
        f"FROM progress p JOIN goal g ON g.id = p.goal_id WHERE g.deleted_at IS NULL AND ({where}) "
        "ORDER BY p.entry_date, p.created_at, p.goal_id, p.id", params)]


def list_reviews(conn: sqlite3.Connection) -> list[dict]:
    """Completed reviews, oldest first."""
    rows = conn.execute(
        "SELECT r.id, r.uuid, r.review_date, r.since, r.completed_at, f.id AS reflection_id, f.energy, f.stress, "
        "f.focus, (SELECT COUNT(*) FROM review_goal rg WHERE rg.review_id = r.id) AS goals "
        "FROM review r LEFT JOIN reflection f ON f.review_id = r.id AND f.deleted_at IS NULL "
        "WHERE r.completed_at IS NOT NULL ORDER BY r.review_date, r.id")
    return [dict(row) for row in rows]


def last_review_finished(conn: sqlite3.Connection, *, before: str) -> str | None:
    """When the last review before ``before`` (YYYY-MM-DD) was finished (its completed_at)."""
    row = conn.execute("SELECT completed_at FROM review WHERE completed_at IS NOT NULL AND review_date < ? "
                       "ORDER BY review_date DESC, id DESC LIMIT 1", (before,)).fetchone()
    return row[0] if row else None


def last_review_date(conn: sqlite3.Connection, *, before: str | None = None) -> str | None:
    """The day of the last completed review (before ``before`` when given)."""
    sql, params = "SELECT MAX(review_date) FROM review WHERE completed_at IS NOT NULL", []
    if before is not None:
        sql += " AND review_date < ?"
        params.append(before)
    row = conn.execute(sql, params).fetchone()
    return row[0] if row else None


def review_progress(conn: sqlite3.Connection, review_id: int, goal_id: int) -> float:
    """The progress a review logged on a goal."""
    row = conn.execute("SELECT COALESCE(SUM(value), 0) FROM progress WHERE review_id = ? AND goal_id = ?",
                       (review_id, goal_id)).fetchone()
    return row[0]


def review_of_day(conn: sqlite3.Connection, day: str) -> dict | None:
    """That day's review (finished or not) with the goals confirmed in it,
    ``{"goals": {goal_id: decision}}``, or None."""
    row = conn.execute("SELECT id, uuid, review_date, since, completed_at FROM review WHERE review_date = ? "
                       "ORDER BY id LIMIT 1", (day,)).fetchone()
    if row is None:
        return None
    review = dict(row)
    review["goals"] = {r[0]: r[1] for r in conn.execute(
        "SELECT goal_id, decision FROM review_goal WHERE review_id = ? ORDER BY reviewed_at", (review["id"],))}
    found = conn.execute("SELECT id FROM reflection WHERE review_id = ? AND deleted_at IS NULL ORDER BY id LIMIT 1",
                         (review["id"],)).fetchone()
    review["reflection_id"] = found[0] if found else None
    return review


def first_record_day(conn: sqlite3.Connection) -> str | None:
    """The day the first goal or review was recorded (YYYY-MM-DD), deleted ones included."""
    row = conn.execute("SELECT MIN(day) FROM (SELECT MIN(substr(created_at, 1, 10)) AS day FROM goal "
                       "UNION ALL SELECT MIN(review_date) FROM review WHERE completed_at IS NOT NULL)").fetchone()
    return row[0] if row else None


def first_goal_date(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT MIN(start_date) FROM goal WHERE deleted_at IS NULL").fetchone()
    return row[0] if row else None


REFLECTION_COLUMNS = ("id, uuid, kind, entry_date AS date, text, achieved, obstacles, still_care, focus, "
                      "energy, stress, review_id, created_at, updated_at")


def _attach_reflection_children(conn: sqlite3.Connection, entries: list[dict]) -> list[dict]:
    ids = [e["id"] for e in entries]
    goals = _grouped(conn, "SELECT reflection_id, goal_id FROM reflection_goal WHERE reflection_id IN ({marks}) "
                           "ORDER BY goal_id", ids)
    tags = _grouped(conn, "SELECT reflection_id, tag FROM reflection_tag WHERE reflection_id IN ({marks}) "
                          "ORDER BY tag", ids)
    for entry in entries:
        entry["goals"] = [row[1] for row in goals[entry["id"]]]
        entry["tags"] = [row[1] for row in tags[entry["id"]]]
    return entries


def _reflection_filter(since, goal_id, tag, kind, search) -> tuple[str, list]:
    where, params = ["deleted_at IS NULL"], []
    if since:
        where.append("entry_date >= ?")
        params.append(since)
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if goal_id is not None:
        where.append("id IN (SELECT reflection_id FROM reflection_goal WHERE goal_id = ?)")
        params.append(goal_id)
    if tag:
        where.append("id IN (SELECT reflection_id FROM reflection_tag WHERE lower(tag) = lower(?))")
        params.append(tag)
    if search:
        where.append("instr(lower(text), lower(?)) > 0")
        params.append(search)
    return " AND ".join(where), params


def list_reflections(conn: sqlite3.Connection, *, since: str | None = None, goal_id: int | None = None,
                     tag: str | None = None, kind: str | None = None, search: str | None = None,
                     limit: int | None = None) -> list[dict]:
    """Journal entries, newest first, filtered in SQL (the newest ``limit`` when given)."""
    where, params = _reflection_filter(since, goal_id, tag, kind, search)
    sql = f"SELECT {REFLECTION_COLUMNS} FROM reflection WHERE {where} ORDER BY entry_date DESC, id DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return _attach_reflection_children(conn, [dict(r) for r in conn.execute(sql, params)])


def count_reflections(conn: sqlite3.Connection, *, since: str | None = None, goal_id: int | None = None,
                      tag: str | None = None, kind: str | None = None, search: str | None = None) -> int:
    where, params = _reflection_filter(since, goal_id, tag, kind, search)
    return conn.execute(f"SELECT COUNT(*) FROM reflection WHERE {where}", params).fetchone()[0]


def get_reflection(conn: sqlite3.Connection, entry_id: int) -> dict:
    row = conn.execute(f"SELECT {REFLECTION_COLUMNS}, deleted_at FROM reflection WHERE id = ?", (entry_id,)).fetchone()
    if row is None or row["deleted_at"]:
        raise NotFound(f"No journal entry with id {entry_id}. 'goals journal list' shows them.")
    entry = dict(row)
    entry.pop("deleted_at")
    return _attach_reflection_children(conn, [entry])[0]



def list_assessments(conn: sqlite3.Connection) -> list[dict]:
    """Self-assessments, oldest first, with their lists and skills decoded."""
    import json

    rows = []
    for row in conn.execute("SELECT id, uuid, assessed_on, strengths, growth, interests, skills, created_at "
                            "FROM self_assessment ORDER BY assessed_on, id"):
        item = dict(row)
        for key in ("strengths", "growth", "interests", "skills"):
            item[key] = json.loads(item[key])
        rows.append(item)
    return rows


def deleted_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Deleted (recoverable) records by kind: what 'goals db purge' removes."""
    tables = (("goals", "goal"), ("ce_credits", "ce_credit"), ("licenses", "license"), ("journal_entries", "reflection"))
    return {name: conn.execute(f"SELECT COUNT(*) FROM {table} WHERE deleted_at IS NOT NULL").fetchone()[0]
            for name, table in tables}
