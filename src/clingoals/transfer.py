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

from clingoals.errors import InvalidInput

FORMAT = "clingoals"
VERSION = 1

T, D, N, I, B, L, O = "text", "date", "number", "integer", "bool", "list", "object"
# field: (kind, required)
SCHEMAS: dict[str, dict[str, tuple[str, bool]]] = {
    "aspirations": {"uuid": (T, True), "name": (T, True), "description": (T, False), "created_at": (T, True)},
    "goals": {
        "uuid": (T, True), "title": (T, True), "statement": (T, True), "specific": (T, False),
        "metric": (T, False), "target": (N, False), "unit": (T, False), "baseline": (N, False),
        "plan": (T, False), "hours_per_week": (N, False), "why": (T, False), "start_date": (D, True),
        "deadline": (D, True), "horizon_override": (T, False), "domain": (T, True), "category": (T, False),
        "parent_uuid": (T, False), "confidence": (I, False), "status": (T, True), "created_at": (T, True),
        "updated_at": (T, True), "deleted_at": (T, False), "tags": (L, True), "aspirations": (L, True),
        "steps": (L, True), "progress": (L, True), "revisions": (L, True), "status_changes": (L, True),
    },
    "steps": {"uuid": (T, True), "text": (T, True), "due": (D, False), "done": (B, True), "done_at": (T, False),
              "created_at": (T, True)},
    "progress": {"uuid": (T, True), "date": (D, True), "value": (N, True), "note": (T, False), "created_at": (T, True)},
    "revisions": {"uuid": (T, True), "field": (T, True), "old": (T, False), "new": (T, False), "reason": (T, False),
                  "changed_at": (T, True)},
    "status_changes": {"uuid": (T, True), "previous": (T, False), "status": (T, True), "reason": (T, False),
                       "changed_at": (T, True)},
    "licenses": {"uuid": (T, True), "name": (T, True), "profile_id": (T, True), "renews": (D, True),
                 "issued": (D, False), "number": (T, False), "supervisor": (B, True), "cycle_number": (I, True),
                 "carry_over_hours": (N, True), "created_at": (T, True), "updated_at": (T, True)},
    "ce_credits": {"uuid": (T, True), "title": (T, True), "amount": (N, True), "unit": (T, True), "date": (D, True),
                   "format": (T, True), "provider": (T, False), "approver": (T, False), "certificate": (T, False),
                   "certificate_original": (T, False), "goal_uuid": (T, False), "categories": (L, True),
                   "licenses": (L, True), "created_at": (T, True), "updated_at": (T, True), "deleted_at": (T, False)},
    "reviews": {"uuid": (T, True), "review_date": (D, True), "since": (D, True), "completed_at": (T, True)},
    "reflections": {"uuid": (T, True), "kind": (T, True), "date": (D, True), "text": (T, True),
                    "achieved": (T, False), "obstacles": (T, False), "still_care": (T, False), "focus": (T, False),
                    "energy": (I, False), "stress": (I, False), "review_uuid": (T, False), "goals": (L, True),
                    "tags": (L, True), "created_at": (T, True), "updated_at": (T, True), "deleted_at": (T, False)},
    "self_assessments": {"uuid": (T, True), "assessed_on": (D, True), "strengths": (L, True), "growth": (L, True),
                         "interests": (L, True), "skills": (O, True), "created_at": (T, True)},
    "profiles": {"id": (T, True), "toml": (T, True)},
}
KINDS = ("aspirations", "goals", "licenses", "ce_credits", "reviews", "reflections", "self_assessments", "profiles")
CHILDREN = ("steps", "progress", "revisions", "status_changes")
ENUMS = {
    ("goals", "status"): ("draft", "active", "paused", "done", "dropped"),
    ("goals", "domain"): ("professional", "personal"),
    ("goals", "horizon_override"): ("short", "long"),
    ("ce_credits", "unit"): ("hours", "ceu", "semester-hour", "quarter-hour"),
    ("ce_credits", "format"): ("in-person", "live-online", "self-study"),
    ("reflections", "kind"): ("note", "reflection", "supervisor", "peer", "client"),
}


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
        return None if isinstance(value, int) and not isinstance(value, bool) else "must be a whole number"
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
        raise InvalidInput(f"{label}: unknown field(s) {', '.join(sorted(unknown))}.")
    if kind == "goals":
        if record["deadline"] < record["start_date"]:
            raise InvalidInput(f"{label}: deadline: before the start date.")
        for child in CHILDREN:
            for index, item in enumerate(record[child]):
                _check_record(child, item, f"{label}.{child}[{index}]")


def validate(document: Any) -> dict:
    """The document, checked from top to bottom; raises on the first bad record."""
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
    goal_uuids = {g["uuid"] for g in document.get("goals", [])}
    for index, goal in enumerate(document.get("goals", [])):
        if goal.get("parent_uuid") and goal["parent_uuid"] not in goal_uuids:
            raise InvalidInput(f"goals[{index}] (uuid {goal['uuid']}): parent_uuid: no such goal in the file.")
    settings = document.get("settings", {})
    if not isinstance(settings, dict) or not all(isinstance(v, str) for v in settings.values()):
        raise InvalidInput("settings: must map names to text values.")
    return document
