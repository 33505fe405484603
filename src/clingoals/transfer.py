"""The export document (format "clingoals", version 1) and its validation.

Pure: a document and the format's :class:`Schema` in, cleaned records out,
or an error naming the first bad record ("goals[3] (uuid ...): deadline:
..."). Records refer to each other by ``uuid``, never by database id, so a
document can be merged into any home.

The fields of each kind of record are not listed here: they are the models'
columns, read by :mod:`clingoals.store.export_fields`, which hands the schema
to :func:`validate` (this module imports no storage code, so checking a file
costs no database library). What lives here is what a document must be
beyond its fields: the format and version, the enums, the links between
records and the rules each record must meet.

Top-level keys: format, version, exported_at, settings, aspirations, goals
(each with tags, aspiration uuids, steps, progress, revisions and
status_changes), licenses (with their ended cycles and requirements done),
ce_credits, reviews (with the goals each covered and its decision on each),
reflections, self_assessments, profiles (user-added
requirement profiles as TOML text).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any, NamedTuple

from clingoals import goal as goal_rules
from clingoals import journal
from clingoals.ce import profiles as ce_profiles
from clingoals.errors import InvalidInput
from clingoals.numbers import plural

FORMAT = "clingoals"
VERSION = 1

T, D, N, I, B, L, O = "text", "date", "number", "integer", "bool", "list", "object"


class Field(NamedTuple):
    """One field of a kind of record: its kind of value (T, D, N, I, B, L or
    O), whether a record must have it, the kind of record whose uuid (or list
    of uuids) it holds, and for a list of records nested in this one, their kind."""

    kind: str
    required: bool
    refers_to: str | None = None
    records: str | None = None


class Schema(NamedTuple):
    """The format's kinds of record: ``kinds`` in the document's order, and
    every kind's fields (nested kinds too). The fields of stored records come
    from the models (:func:`clingoals.store.export_fields.schema`); this module
    only checks a document against them, so it never imports the store."""

    kinds: tuple[str, ...]
    fields: dict[str, dict[str, Field]]


# User-added requirement profiles travel as TOML text (files, not tables).
PROFILE_FIELDS = {"id": Field(T, True), "toml": Field(T, True)}
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


def certificate_file_name(stored: str, original: str | None) -> str:
    """The name a certificate gets in an export's certificates folder: the
    name it had when added, with the start of its stored name (a hash of its
    content), "ethics (2a180bbe).pdf", so a person opening the folder can
    tell which is which and two certificates named alike never collide. The
    document keeps the stored name; an import finds the file under either.
    Without an original name, the stored name."""
    stem = CONTROL.sub("", re.sub(r"[/\\:]", "_", (original or "").rsplit("/", 1)[-1])).strip()
    stem = (stem.rsplit(".", 1)[0] if "." in stem[1:] else stem).strip().lstrip(".")
    if not stem or stem.strip(".") == "":
        return stored
    suffix = stored[stored.rfind("."):] if "." in stored else ""
    stem = stem.encode()[:150].decode(errors="ignore").strip()  # a file name holds at most 255 bytes
    return f"{stem} ({stored[:8]}){suffix}"


def certificate_file_names(credits: list[dict], stored: str) -> list[str]:
    """Where a certificate may sit in an export's folder: under the readable
    names of the credits holding it (see :func:`certificate_file_name`),
    then under its stored name (as exports before those names wrote it)."""
    names = [certificate_file_name(stored, c.get("certificate_original")) for c in credits
             if c.get("certificate") == stored]
    return list(dict.fromkeys([*names, stored]))


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


def _check_record(schema: Schema, kind: str, record: Any, where: str) -> None:
    if not isinstance(record, dict):
        raise InvalidInput(f"{where}: must be an object.")
    label = f"{where} (uuid {record['uuid']})" if isinstance(record.get("uuid"), str) else where
    fields = schema.fields[kind]
    for field, spec in fields.items():
        value = record.get(field)
        if value is None:
            if spec.required:
                raise InvalidInput(f"{label}: {field}: is missing.")
            continue
        problem = _check_value(spec.kind, value)
        if problem:
            raise InvalidInput(f"{label}: {field}: {problem}.")
        allowed = ENUMS.get((kind, field))
        if allowed and value not in allowed:
            raise InvalidInput(f"{label}: {field}: {value!r} is not one of {', '.join(allowed)}.")
    _check_reference(kind, record, label)
    unknown = set(record) - set(fields)
    if unknown:
        raise InvalidInput(f"{label}: unknown {plural(len(unknown), 'field')} {', '.join(sorted(unknown))}.")
    if kind == "goals" and record["deadline"] < record["start_date"]:
        raise InvalidInput(f"{label}: deadline: before the start date.")
    for field, spec in fields.items():
        if spec.records:
            for index, item in enumerate(record.get(field) or []):
                _check_record(schema, spec.records, item, f"{label}.{field}[{index}]")


def validate(document: Any, schema: Schema, *, today: dt.date) -> dict:
    """The document, checked from top to bottom against ``schema`` (the
    format's fields, read from the models by the store): its shape, the links
    between records, then the rules the commands apply to each record, "not in
    the future" included (as of ``today``: a record a command would refuse
    today is refused). Raises on the first bad record, naming it and the field."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InvalidInput("Not a clingoals export (its 'format' is not \"clingoals\").")
    if document.get("version") != VERSION:
        raise InvalidInput(f"Export version {document.get('version')!r} is not one this clingoals reads "
                           f"(it reads version {VERSION}).")
    seen: set[str] = set()
    for kind in schema.kinds:
        records = document.get(kind, [])
        if not isinstance(records, list):
            raise InvalidInput(f"{kind}: must be a list.")
        for index, record in enumerate(records):
            _check_record(schema, kind, record, f"{kind}[{index}]")
            uuid = record.get("uuid")
            if uuid is not None:
                if uuid in seen:
                    raise InvalidInput(f"{kind}[{index}] (uuid {uuid}): the uuid appears twice.")
                seen.add(uuid)
    settings = document.get("settings", {})
    if not isinstance(settings, dict) or not all(isinstance(v, str) for v in settings.values()):
        raise InvalidInput("settings: must map names to text values.")
    _check_text(document, "")
    _check_links(document, schema)
    _check_rules(document, schema, today)
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


def _check_links(document: dict, schema: Schema) -> None:
    """Every uuid a record (or a record nested in it) refers to is a record
    of the right kind in the file, and goals' parents form no loop."""
    uuids = {kind: {r["uuid"] for r in document.get(kind, [])} for kind in schema.kinds
             if "uuid" in schema.fields[kind]}

    def check(kind: str, record: dict, label: str) -> None:
        for field, spec in schema.fields[kind].items():
            value = record.get(field)
            if spec.refers_to:
                for uuid in (value if isinstance(value, list) else [value] if value else []):
                    if uuid not in uuids[spec.refers_to]:
                        raise InvalidInput(f"{label}: {field}: {uuid!r} is not one of the file's "
                                           f"{spec.refers_to.replace('_', ' ')}.")
            if spec.records:
                for number, item in enumerate(value or []):
                    check(spec.records, item, f"{label}.{field}[{number}]")

    for kind in schema.kinds:
        for index, record in enumerate(document.get(kind, [])):
            check(kind, record, _label(kind, index, record))
    parent = {g["uuid"]: g.get("parent_uuid") for g in document.get("goals", [])}
    for index, goal in enumerate(document.get("goals", [])):
        seen, current = {goal["uuid"]}, parent[goal["uuid"]]
        while current:
            if current in seen:
                raise InvalidInput(f"{_label('goals', index, goal)}: parent_uuid: the goals' parents go round in "
                                   "a loop.")
            seen.add(current)
            current = parent.get(current)


def _check_rules(document: dict, schema: Schema, today: dt.date) -> None:
    """The rules the commands apply when they create each kind of record,
    from the modules that own them (each rule lives once, there)."""
    from clingoals import assessment, review
    from clingoals import goal as goal_rules
    from clingoals.ce import licenses as license_rules
    from clingoals.ce import records as ce_rules

    def run(label: str, field: str, check) -> Any:
        try:
            return check()
        except InvalidInput as error:
            raise InvalidInput(f"{label}: {field}: {error}") from None

    for kind in (kind for kind in schema.kinds if "id" in schema.fields[kind] and kind != "profiles"):
        ids: set[int] = set()
        for index, record in enumerate(document.get(kind, [])):
            if "id" in record and (record["id"] < 1 or record["id"] in ids):
                raise InvalidInput(f"{_label(kind, index, record)}: id: {record['id']} is "
                                   f"{'taken by another record' if record['id'] in ids else 'not 1 or more'}.")
            ids.add(record.get("id"))
    for key, value in document.get("settings", {}).items():
        run("settings", key, lambda: review.check_setting(key, value))
    for index, aspiration in enumerate(document.get("aspirations", [])):
        run(_label("aspirations", index, aspiration), "name",
            lambda: goal_rules.check_aspiration_name(aspiration["name"]))
    for index, held in enumerate(document.get("reviews", [])):
        label = _label("reviews", index, held)
        run(label, "review_date", lambda: review.check_review_date(_day(held["review_date"]), _day(held["since"]), today))
        covered: set[str] = set()
        for number, item in enumerate(held.get("reviewed_goals") or []):
            where = f"{label}.reviewed_goals[{number}]"
            if item["decision"] not in review.DECISIONS:
                raise InvalidInput(f"{where}: decision: {item['decision']!r} is not one of "
                                   f"{', '.join(review.DECISIONS)}.")
            if item["goal_uuid"] in covered:
                raise InvalidInput(f"{where}: goal_uuid: the review lists this goal twice.")
            covered.add(item["goal_uuid"])
    for index, goal in enumerate(document.get("goals", [])):
        label = _label("goals", index, goal)
        for field in GOAL_RULE_FIELDS:
            if field in goal:
                run(label, field, lambda: goal_rules.validate_goal({field: goal[field]}))
        run(label, "deadline", lambda: goal_rules.validate_goal({"start_date": goal["start_date"],
                                                                  "deadline": goal["deadline"]}))
        for number, step in enumerate(goal["steps"]):
            run(f"{label}.steps[{number}]", "text", lambda: goal_rules.check_step_text(step["text"]))
        logged = 0.0  # in the order it was logged: a correction never took the total below zero
        order = sorted(range(len(goal["progress"])), key=lambda n: goal["progress"][n]["created_at"])
        for number in order:
            entry, where = goal["progress"][number], f"{label}.progress[{number}]"
            run(where, "value", lambda: goal_rules.check_finite("The value", entry["value"]))
            run(where, "date", lambda: goal_rules.check_progress_date(_day(entry["date"]), today))
            run(where, "value", lambda: goal_rules.check_progress(goal.get("id", index + 1), logged, entry["value"], goal.get("unit")))
            logged += entry["value"]
        for number, change in enumerate(goal["status_changes"]):
            where = f"{label}.status_changes[{number}]"
            for field in ("previous", "status"):
                if change.get(field) is not None:
                    run(where, field, lambda: goal_rules.check_status(change[field]))
            if change.get("previous") is not None:
                run(where, "status", lambda: goal_rules.check_transition(goal.get("id", index + 1), change["previous"],
                                                                         change["status"]))
            run(where, "changed_at", lambda: goal_rules.check_status_date(_day(change["changed_at"]), today,
                                                                          change["status"]))
    for index, license in enumerate(document.get("licenses", [])):
        label = _label("licenses", index, license)
        run(label, "name", lambda: license_rules.check_name(license["name"]))
        run(label, "issued", lambda: license_rules.check_issued(_day(license.get("issued")),
                                                               _day(license["renews"]), today))
        run(label, "cycle_number", lambda: license_rules.check_cycle_number(license["cycle_number"]))
        run(label, "carry_over_hours", lambda: license_rules.check_carry_over(license["carry_over_hours"]))
        if license.get("supervisor_since") is not None:  # as `license edit --supervisor-since` checks it
            run(label, "supervisor_since", lambda: goal_rules.check_not_future(
                _day(license["supervisor_since"]), today, "give the day you began supervising"))
        for number, cycle in enumerate(license.get("cycles") or []):  # fields and their kinds checked above
            if _day(cycle["start"]) > _day(cycle["end"]):  # as dates: "20240101" is one too
                raise InvalidInput(f"{label}.cycles[{number}]: end: before the start.")
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
        for number, tick in enumerate(license.get("done") or []):  # fields and their kinds checked above
            run(f"{label}.done[{number}]", "done_on", lambda: license_rules.check_done_on(_day(tick["done_on"]), today))
    for index, credit in enumerate(document.get("ce_credits", [])):
        label = _label("ce_credits", index, credit)
        run(label, "title", lambda: ce_rules.check_title(credit["title"]))
        run(label, "amount", lambda: ce_rules.check_amount(credit["amount"], credit.get("unit") or "hours"))
        run(label, "date", lambda: ce_rules.check_credit_date(_day(credit["date"]), today))
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
        run(label, "text", lambda: journal.check_entry_text(reflection["text"]))
        run(label, "date", lambda: journal.check_entry_date(_day(reflection["date"]), today))
        for field in ("energy", "stress"):
            run(label, field, lambda: review.check_level(field.capitalize(), reflection.get(field)))
    for index, rated in enumerate(document.get("self_assessments", [])):
        label = _label("self_assessments", index, rated)
        run(label, "assessed_on", lambda: assessment.check_assessed_on(_day(rated["assessed_on"]), today))
        for field in ("strengths", "growth", "interests"):
            if not all(isinstance(item, str) for item in rated[field]):
                raise InvalidInput(f"{label}: {field}: must be a list of text.")
        for group, skills in rated["skills"].items():
            run(label, "skills", lambda: assessment.check_group(group))
            if not isinstance(skills, dict):
                raise InvalidInput(f"{label}: skills: {group}: must map skills to ratings.")
            for name, rating in skills.items():
                run(label, "skills", lambda: assessment.check_rating(f"{group}:{name}", rating))


def _day(value: str | None) -> dt.date | None:
    """A YYYY-MM-DD date (or a timestamp's day) as a date; None passes."""
    try:
        return None if value is None else dt.date.fromisoformat(value[:10])
    except ValueError:
        raise InvalidInput(f"{value!r} does not start with a date YYYY-MM-DD.") from None


def _iso(value) -> str:
    """A YYYY-MM-DD date as given, or ValueError."""
    return dt.date.fromisoformat(value).isoformat()


def zero_progress_left_out(document: dict) -> int:
    """Progress entries of 0 in a checked export (older reviews stored a 0
    typed at their progress question) are left out of the import: `goals
    log` and the review refuse 0 ("0 adds nothing"), so an import creates
    none either, while an older file is still accepted. Removes them from
    ``document``; returns how many there were."""
    left_out = 0
    for goal in document.get("goals", []):
        kept = [entry for entry in goal.get("progress") or [] if entry["value"] != 0]
        left_out += len(goal.get("progress") or []) - len(kept)
        if "progress" in goal:
            goal["progress"] = kept
    return left_out
