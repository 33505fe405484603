"""The export document (format "clingoals", version 1) and its validation.

Pure: a document in, cleaned records out, or an error naming the first bad
record ("goals[3] (uuid ...): deadline: ..."). Records refer to each other by
``uuid``, never by database id, so a document can be merged into any home.

Top-level keys: format, version, exported_at, settings, aspirations, goals
(each with tags, aspiration uuids, steps, progress, revisions and
status_changes), licenses, ce_credits, reviews, reflections,
self_assessments, profiles (user-added requirement profiles as TOML text).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from clingoals import goal as goal_rules
from clingoals import journal
from clingoals.ce import profiles as ce_profiles
from clingoals.errors import InvalidInput
from clingoals.numbers import plural

FORMAT = "clingoals"
VERSION = 1

T, D, N, I, B, L, O = "text", "date", "number", "integer", "bool", "list", "object"
# field: (kind, required)
SCHEMAS: dict[str, dict[str, tuple[str, bool]]] = {
    "aspirations": {"uuid": (T, True), "name": (T, True), "description": (T, False), "created_at": (T, True)},
    "goals": {
        "id": (I, False), "uuid": (T, True), "title": (T, True), "statement": (T, True), "specific": (T, False),
        "metric": (T, False), "target": (N, False), "unit": (T, False), "baseline": (N, False),
        "plan": (T, False), "hours_per_week": (N, False), "why": (T, False), "start_date": (D, True),
        "deadline": (D, True), "horizon_override": (T, False), "domain": (T, True), "category": (T, False),
        "parent_uuid": (T, False), "confidence": (I, False), "status": (T, True), "created_at": (T, True),
        "updated_at": (T, True), "deleted_at": (T, False), "tags": (L, True), "aspirations": (L, True),
        "steps": (L, True), "progress": (L, True), "revisions": (L, True), "status_changes": (L, True),
    },
    "steps": {"uuid": (T, True), "text": (T, True), "due": (D, False), "done": (B, True), "done_at": (T, False),
              "created_at": (T, True)},
    "progress": {"uuid": (T, True), "date": (D, True), "value": (N, True), "note": (T, False), "created_at": (T, True),
                 "review_uuid": (T, False)},
    "revisions": {"uuid": (T, True), "field": (T, True), "old": (T, False), "new": (T, False), "reason": (T, False),
                  "changed_at": (T, True)},
    "status_changes": {"uuid": (T, True), "previous": (T, False), "status": (T, True), "reason": (T, False),
                       "changed_at": (T, True)},
    "licenses": {"uuid": (T, True), "name": (T, True), "profile_id": (T, True), "renews": (D, True),
                 "issued": (D, False), "number": (T, False), "supervisor": (B, True), "cycle_number": (I, True),
                 "carry_over_hours": (N, True), "created_at": (T, True), "updated_at": (T, True),
                 "deleted_at": (T, False), "cycle_start": (D, False), "cycles": (L, False), "done": (L, False),
                 "undo_renewal": (O, False)},
    "ce_credits": {"id": (I, False), "uuid": (T, True), "title": (T, True), "amount": (N, True), "unit": (T, True), "date": (D, True),
                   "format": (T, True), "provider": (T, False), "approver": (T, False), "certificate": (T, False),
                   "certificate_original": (T, False), "goal_uuid": (T, False), "categories": (L, True),
                   "licenses": (L, True), "created_at": (T, True), "updated_at": (T, True), "deleted_at": (T, False),
                   "activity": (T, False), "provider_type": (T, False), "counts_in": (D, False)},
    "reviews": {"uuid": (T, True), "review_date": (D, True), "since": (D, True), "completed_at": (T, True)},
    "reflections": {"id": (I, False), "uuid": (T, True), "kind": (T, True), "date": (D, True), "text": (T, True),
                    "achieved": (T, False), "obstacles": (T, False), "still_care": (T, False), "focus": (T, False),
                    "energy": (I, False), "stress": (I, False), "review_uuid": (T, False), "goals": (L, True),
                    "tags": (L, True), "created_at": (T, True), "updated_at": (T, True), "deleted_at": (T, False)},
    "self_assessments": {"uuid": (T, True), "assessed_on": (D, True), "strengths": (L, True), "growth": (L, True),
                         "interests": (L, True), "skills": (O, True), "created_at": (T, True)},
    "profiles": {"id": (T, True), "toml": (T, True)},
}
KINDS = ("aspirations", "goals", "licenses", "ce_credits", "reviews", "reflections", "self_assessments", "profiles")
CHILDREN = ("steps", "progress", "revisions", "status_changes")
# Each enum is defined once, by the module that owns the concept.
ENUMS = {
    ("goals", "status"): goal_rules.STATUSES,
    ("goals", "domain"): goal_rules.DOMAINS,
    ("goals", "horizon_override"): goal_rules.HORIZONS,
    ("ce_credits", "unit"): ce_profiles.UNITS,
    ("ce_credits", "format"): ce_profiles.FORMATS,
    ("ce_credits", "activity"): ce_profiles.ACTIVITIES,
    ("reflections", "kind"): journal.KINDS,
}


CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
GOAL_RULE_FIELDS = ("statement", "title", "target", "baseline", "hours_per_week", "confidence",
                    "horizon_override", "domain", "status")
SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
# A certificate travels as a plain file name in the export's certificates folder.
PLAIN_NAME = re.compile(r"[^\x00-\x1f\x7f/\\:]{1,255}")


def _check_reference(kind: str, record: dict, label: str) -> None:
    if kind == "ce_credits" and record.get("certificate") is not None:
        name = record["certificate"]
        if not PLAIN_NAME.fullmatch(name) or name in (".", ".."):
            raise InvalidInput(f"{label}: certificate: {name!r} is not a plain file name in the certificates "
                               "folder (no folders, no '..', no absolute paths).")
    if kind == "profiles" and not SLUG.fullmatch(record["id"]):
        raise InvalidInput(f"{label}: id: {record['id']!r} is not a profile id (lower-case letters, digits, hyphens).")


def _check_value(kind: str, value: Any) -> str | None:
    """None when ``value`` fits ``kind``, else what is wrong."""
    if kind == T:
        return None if isinstance(value, str) else "must be text"
    if kind == D:
        if not isinstance(value, str):
            return "must be a date YYYY-MM-DD"
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return f"{value!r} is not a date YYYY-MM-DD"
        return None
    if kind == N:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        return None if ok else "must be a number"
    if kind == I:
        ok = isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2 ** 63
        return None if ok else "must be a whole number"
    if kind == B:
        return None if isinstance(value, bool) else "must be true or false"
    if kind == L:
        return None if isinstance(value, list) else "must be a list"
    return None if isinstance(value, dict) else "must be an object"


def _check_record(kind: str, record: Any, where: str) -> None:
    if not isinstance(record, dict):
        raise InvalidInput(f"{where}: must be an object.")
    label = f"{where} (uuid {record['uuid']})" if isinstance(record.get("uuid"), str) else where
    schema = SCHEMAS[kind]
    for field, (field_kind, required) in schema.items():
        value = record.get(field)
        if value is None:
            if required:
                raise InvalidInput(f"{label}: {field}: is missing.")
            continue
        problem = _check_value(field_kind, value)
        if problem:
            raise InvalidInput(f"{label}: {field}: {problem}.")
        allowed = ENUMS.get((kind, field))
        if allowed and value not in allowed:
            raise InvalidInput(f"{label}: {field}: {value!r} is not one of {', '.join(allowed)}.")
    _check_reference(kind, record, label)
    unknown = set(record) - set(schema)
    if unknown:
        raise InvalidInput(f"{label}: unknown {plural(len(unknown), 'field')} {', '.join(sorted(unknown))}.")
    if kind == "goals":
        if record["deadline"] < record["start_date"]:
            raise InvalidInput(f"{label}: deadline: before the start date.")
        for child in CHILDREN:
            for index, item in enumerate(record[child]):
                _check_record(child, item, f"{label}.{child}[{index}]")


def validate(document: Any) -> dict:
    """The document, checked from top to bottom: its shape, the links between
    records, then the rules the commands apply to each record. ("Not in the
    future" is left out: it held on the day the record was made, by the clock
    of the machine that made it.) Raises on the first bad record, naming it
    and the field."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InvalidInput("Not a clingoals export (its 'format' is not \"clingoals\").")
    if document.get("version") != VERSION:
        raise InvalidInput(f"Export version {document.get('version')!r} is not one this clingoals reads "
                           f"(it reads version {VERSION}).")
    seen: set[str] = set()
    for kind in KINDS:
        records = document.get(kind, [])
        if not isinstance(records, list):
            raise InvalidInput(f"{kind}: must be a list.")
        for index, record in enumerate(records):
            _check_record(kind, record, f"{kind}[{index}]")
            uuid = record.get("uuid")
            if uuid is not None:
                if uuid in seen:
                    raise InvalidInput(f"{kind}[{index}] (uuid {uuid}): the uuid appears twice.")
                seen.add(uuid)
    settings = document.get("settings", {})
    if not isinstance(settings, dict) or not all(isinstance(v, str) for v in settings.values()):
        raise InvalidInput("settings: must map names to text values.")
    _check_text(document, "")
    _check_links(document)
    _check_rules(document)
    return document


def _label(kind: str, index: int, record: dict) -> str:
    return f"{kind}[{index}] (uuid {record['uuid']})" if "uuid" in record else f"{kind}[{index}]"


def _check_text(value: Any, where: str) -> None:
    """No NUL or other control characters (bar tab and line breaks) in any text."""
    stack = [(value, where)]
    while stack:
        item, path = stack.pop()
        if isinstance(item, str):
            if CONTROL.search(item):
                raise InvalidInput(f"{path.lstrip('.')}: holds a control character (such as NUL) that text can't have.")
        elif isinstance(item, dict):
            stack.extend((v, f"{path}.{k}") for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(item))


def _check_links(document: dict) -> None:
    """Every uuid a record refers to is a record of the right kind in the
    file, and goals' parents form no loop."""
    uuids = {kind: {r["uuid"] for r in document.get(kind, [])} for kind in KINDS if kind != "profiles"}
    links = (("goals", "parent_uuid", "goals"), ("goals", "aspirations", "aspirations"),
             ("ce_credits", "goal_uuid", "goals"), ("ce_credits", "licenses", "licenses"),
             ("reflections", "review_uuid", "reviews"), ("reflections", "goals", "goals"))
    for kind, field, target in links:
        for index, record in enumerate(document.get(kind, [])):
            value = record.get(field)
            for uuid in (value if isinstance(value, list) else [value] if value else []):
                if uuid not in uuids[target]:
                    raise InvalidInput(f"{_label(kind, index, record)}: {field}: {uuid!r} is not one of the "
                                       f"file's {target.replace('_', ' ')}.")
    for index, goal in enumerate(document.get("goals", [])):
        for number, entry in enumerate(goal["progress"]):
            if entry.get("review_uuid") and entry["review_uuid"] not in uuids["reviews"]:
                raise InvalidInput(f"{_label('goals', index, goal)}.progress[{number}]: review_uuid: "
                                   f"{entry['review_uuid']!r} is not one of the file's reviews.")
    parent = {g["uuid"]: g.get("parent_uuid") for g in document.get("goals", [])}
    for index, goal in enumerate(document.get("goals", [])):
        seen, current = {goal["uuid"]}, parent[goal["uuid"]]
        while current:
            if current in seen:
                raise InvalidInput(f"{_label('goals', index, goal)}: parent_uuid: the goals' parents go round in "
                                   "a loop.")
            seen.add(current)
            current = parent.get(current)


def _check_rules(document: dict) -> None:
    """The rules the commands apply when they create each kind of record,
    from the modules that own them."""
    from clingoals import goal as goal_rules
    from clingoals.assessment import SKILL_GROUPS
    from clingoals.ce import records as ce_rules
    from clingoals.review import check_level

    def run(label: str, field: str, check) -> Any:
        try:
            return check()
        except InvalidInput as error:
            raise InvalidInput(f"{label}: {field}: {error}") from None

    for kind in ("goals", "ce_credits", "reflections"):
        ids: set[int] = set()
        for index, record in enumerate(document.get(kind, [])):
            if "id" in record and (record["id"] < 1 or record["id"] in ids):
                raise InvalidInput(f"{_label(kind, index, record)}: id: {record['id']} is "
                                   f"{'taken by another record' if record['id'] in ids else 'not 1 or more'}.")
            ids.add(record.get("id"))
    for index, goal in enumerate(document.get("goals", [])):
        label = _label("goals", index, goal)
        for field in GOAL_RULE_FIELDS:
            if field in goal:
                run(label, field, lambda: goal_rules.validate_goal({field: goal[field]}))
        run(label, "deadline", lambda: goal_rules.validate_goal({"start_date": goal["start_date"],
                                                                  "deadline": goal["deadline"]}))
        for number, entry in enumerate(goal["progress"]):
            run(f"{label}.progress[{number}]", "value", lambda: goal_rules.check_finite("The value", entry["value"]))
        for number, change in enumerate(goal["status_changes"]):
            for field in ("previous", "status"):
                if change.get(field) is not None:
                    run(f"{label}.status_changes[{number}]", field, lambda: goal_rules.check_status(change[field]))
    for index, license in enumerate(document.get("licenses", [])):
        label = _label("licenses", index, license)
        if license["cycle_number"] < 1:  # as 'goals license add --cycle'
            raise InvalidInput(f"{label}: cycle_number: must be 1 or more (got {license['cycle_number']}).")
        run(label, "carry_over_hours", lambda: goal_rules.check_number("Carried-over hours",
                                                                        license["carry_over_hours"]))
        for number, cycle in enumerate(license.get("cycles") or []):
            where = f"{label}.cycles[{number}]"
            try:
                ok = (isinstance(cycle, dict) and isinstance(cycle.get("cycle_number"), int)
                      and _iso(cycle.get("start")) <= _iso(cycle.get("end"))
                      and isinstance(cycle.get("carry_over_hours"), (int, float))
                      and isinstance(cycle.get("renewed_at"), str))
            except (TypeError, ValueError):
                ok = False
            if not ok:
                raise InvalidInput(f"{where}: needs cycle_number, start and end dates (start first), "
                                   "carry_over_hours and renewed_at.")
        undo = license.get("undo_renewal")
        if undo is not None:  # what 'goals license renew NAME --undo' goes back to
            try:
                ok = (bool(_iso(undo.get("renews"))) and isinstance(undo.get("cycle_number"), int)
                      and not isinstance(undo.get("cycle_number"), bool) and undo["cycle_number"] >= 1
                      and isinstance(undo.get("carry_over_hours"), (int, float))
                      and not isinstance(undo.get("carry_over_hours"), bool)
                      and (undo.get("cycle_start") is None or bool(_iso(undo["cycle_start"]))))
            except (TypeError, ValueError):
                ok = False
            if not ok:
                raise InvalidInput(f"{label}: undo_renewal: needs renews (a date), cycle_number (1 or more), "
                                   "carry_over_hours and cycle_start (a date or null).")
        for number, tick in enumerate(license.get("done") or []):
            try:
                ok = (isinstance(tick, dict) and isinstance(tick.get("requirement"), str) and bool(_iso(tick.get("done_on")))
                      and isinstance(tick.get("created_at"), str)
                      and (tick.get("counts_in") is None or bool(_iso(tick["counts_in"]))))
            except (TypeError, ValueError):
                ok = False
            if not ok:
                raise InvalidInput(f"{label}.done[{number}]: needs requirement, done_on (a date), created_at "
                                   "and counts_in (a date or null).")
    for index, credit in enumerate(document.get("ce_credits", [])):
        label = _label("ce_credits", index, credit)
        run(label, "amount", lambda: ce_rules.check_amount(credit["amount"]))
        if credit.get("provider_type") is not None:
            if run(label, "provider_type", lambda: ce_rules.normalise_provider_type(str(credit["provider_type"]))) \
                    != credit["provider_type"]:
                raise InvalidInput(f"{label}: provider_type: {credit['provider_type']!r} is not written as a type "
                                   "(lower-case words joined by hyphens).")
        for category in credit["categories"]:
            if run(label, "categories", lambda: ce_rules.normalise_category(str(category))) != category:
                raise InvalidInput(f"{label}: categories: {category!r} is not written as a category "
                                   "(lower-case words joined by hyphens).")
    for index, reflection in enumerate(document.get("reflections", [])):
        label = _label("reflections", index, reflection)
        for field in ("energy", "stress"):
            run(label, field, lambda: check_level(field.capitalize(), reflection.get(field)))
    for index, assessment in enumerate(document.get("self_assessments", [])):
        label = _label("self_assessments", index, assessment)
        for field in ("strengths", "growth", "interests"):
            if not all(isinstance(item, str) for item in assessment[field]):
                raise InvalidInput(f"{label}: {field}: must be a list of text.")
        for group, skills in assessment["skills"].items():
            if group not in SKILL_GROUPS or not isinstance(skills, dict):
                raise InvalidInput(f"{label}: skills: {group!r} is not one of {', '.join(SKILL_GROUPS)}.")
            for name, rating in skills.items():
                if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
                    raise InvalidInput(f"{label}: skills: {group}:{name} must be rated with a whole number "
                                       f"from 1 to 5 (got {rating!r}).")


def _iso(value) -> str:
    """A YYYY-MM-DD date as given, or ValueError."""
    return dt.date.fromisoformat(value).isoformat()
