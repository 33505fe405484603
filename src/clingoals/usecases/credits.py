"""CE credits: add (with its certificate copy), list, show, edit, delete,
restore, and import from a CSV. Credits come back as `goals ce show --json`
prints them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterable

from clingoals.errors import InvalidInput, NotFound, sentence


def credit_data(store, credit_id: int) -> dict:
    """One credit's JSON (hours from each license's unit table), with where
    its certificate copy is kept."""
    from clingoals.store import queries
    from clingoals.store.files import certificate_path
    from clingoals.usecases.ce import credits_json

    [data] = credits_json(store.conn, [queries.get_credit(store.conn, credit_id)])
    path = certificate_path(data["certificate"]) if data["certificate"] else None
    data["certificate_path"] = str(path) if path else None
    data["certificate_present"] = bool(path and path.is_file())
    return data


def stored_credits(store) -> list[dict]:
    """Every live credit as stored (for the CSV/JSON credit export)."""
    from clingoals.store import queries

    return queries.list_credits(store.conn)


def _check_certificate(certificate) -> None:
    if certificate is None:
        return
    if Path(certificate).expanduser().is_dir():
        raise InvalidInput(f"{certificate} is a folder: give the certificate file itself.")
    if not Path(certificate).expanduser().is_file():
        raise InvalidInput(f"No certificate file at {certificate}.")


def new_credit(*, title: str, hours: float, unit: str, date: str, fmt: str, categories: Iterable[str] = (),
               provider: str | None = None, approver: str | None = None, certificate=None,
               goal: int | None = None, activity: str = "course", provider_type: str | None = None,
               today: dt.date) -> dict:
    """Checked fields of a new credit (``date`` may be a phrase; never in the future)."""
    from clingoals.ce import records
    from clingoals.dates import parse_happened

    _check_certificate(certificate)
    return {
        "title": records.check_title(title), "amount": records.check_amount(hours, unit), "unit": unit,
        "entry_date": records.check_credit_date(parse_happened(date, today), today), "format": fmt,
        "provider": provider, "approver": approver, "goal_id": goal, "certificate": certificate,
        "categories": [records.normalise_category(c) for c in categories],
        "activity": records.check_activity(activity), "provider_type": records.normalise_provider_type(provider_type),
    }


def outsized_question(store, credit_id: int | None = None, *, hours: float | None, unit: str | None,
                      licenses: Iterable[str] | None = None) -> str | None:
    """The question to ask before storing a credit worth more than a whole
    cycle of the licenses it counts for asks (``licenses``; empty: every
    license; :func:`clingoals.ce.records.outsized_credit`), or None. With
    ``credit_id`` (an edit) the amount, unit or licenses not changed are
    the stored ones, and a change that touches neither amount nor unit
    asks nothing."""
    from clingoals.ce import records

    if credit_id is None:
        return records.outsized_credit(hours, unit, cycle=records.cycle_asked(_profiles_of(store, licenses or ())))
    if hours is None and unit is None:
        return None
    from clingoals.store import queries

    if hours is not None:
        records.check_amount(hours, unit or "minutes")  # a number refused anyway is said first, not asked about
    current = queries.get_credit(store.conn, credit_id)
    counted_by = current["licenses"] if licenses is None else licenses
    return records.outsized_credit(current["amount"] if hours is None else hours, unit or current["unit"],
                                   "Change", cycle=records.cycle_asked(_profiles_of(store, counted_by)))


def cycle_of_new_credit(store, fields: dict, *, licenses: Iterable[str] = (), cycle: str | None,
                        today: dt.date) -> dt.date | None:
    """The ``counts_in`` date for `goals ce add --cycle`: None when the credit
    counts by its date, else a day in the earlier cycle it makes up."""
    from clingoals.usecases.ce import assign_cycle

    return assign_cycle(store.conn, list(licenses), cycle, fields["entry_date"], today)


def check_references(store, fields: dict, *, licenses: Iterable[str] = ()) -> None:
    """The licenses and goal a new credit names exist (asked before the
    duplicate question, so a wrong name is said first and once)."""
    from clingoals.store import queries

    licenses = list(licenses)
    for name in licenses:
        queries.get_license(store.conn, name)
    if fields.get("goal_id") is not None:
        queries.get_goal(store.conn, fields["goal_id"])
    check_provider_type(store, fields.get("provider_type"), licenses=licenses)


def _profiles_of(store, licenses: Iterable[str]):
    """(name, profile) of the given licenses (none given: every license),
    leaving out a license whose own profile is missing ('goals ce' says so)."""
    from clingoals.errors import ClingoalsError
    from clingoals.store import queries
    from clingoals.usecases.ce import resolve_profile

    wanted = {name.lower() for name in licenses}
    for record in queries.list_licenses(store.conn):
        if wanted and record["name"].lower() not in wanted:
            continue
        try:
            yield record["name"], resolve_profile(record["profile_id"])
        except ClingoalsError:
            continue


def _named_by_profiles(store, licenses: Iterable[str], attribute: str) -> set[str]:
    """Every name ``attribute`` ("categories", "provider_types") of the rules of
    the given licenses' profiles (no licenses: every license's)."""
    known: set[str] = set()
    for _, profile in _profiles_of(store, licenses):
        known |= getattr(profile, attribute)
    return known


def check_provider_type(store, provider_type: str | None, *, licenses: Iterable[str] = ()) -> None:
    """A provider type the credit's license profiles name (no licenses: every
    license's). 'listed' where the Texas rule counts 'listed-in-rule' would
    silently count toward no provider share, so it is refused with the closest
    name; where no profile names provider types, any type is kept as typed."""
    if provider_type is None:
        return
    from clingoals.errors import ClingoalsError
    from clingoals.store import queries
    from clingoals.suggest import did_you_mean
    from clingoals.usecases.ce import resolve_profile

    known = _named_by_profiles(store, licenses, "provider_types")
    if known and provider_type not in known:
        hint = did_you_mean(provider_type, sorted(known))
        listed = ", ".join(sorted(known))
        raise InvalidInput(f"No rule of your licenses counts the provider type {provider_type!r} "
                           f"(they count: {listed}).{hint}")


def provider_type_note(store, credit: dict) -> str | None:
    """A note for a credit given its provider's name (--provider) but no
    provider type where a rule of its licenses counts hours by type (trial
    14 C7: '--provider PESI' left Texas's "12 h from listed-in-rule" at 0 h):
    which types count and how to set one; None otherwise."""
    if not credit.get("provider") or credit.get("provider_type"):
        return None
    from clingoals.store import queries

    names = credit["licenses"] or [record["name"] for record in queries.list_licenses(store.conn)]
    counting = [name for name in names if _named_by_profiles(store, [name], "provider_types")]
    if not counting:
        return None
    types = sorted(_named_by_profiles(store, counting, "provider_types"))
    rules = f"{counting[0]}'s rule counts" if len(counting) == 1 else f"The rules of {', '.join(counting)} count"
    return (f"note: --provider is the organisation's name and counts toward no rule. {rules} hours by provider "
            f"type ({' or '.join(types)}): if {credit['provider']} is one, goals ce edit {credit['id']} "
            f"--provider-type {types[0]}")


def duplicate_of(store, fields: dict) -> dict | None:
    """An existing credit with the same title, provider and date, if any."""
    from clingoals.ce import records
    from clingoals.store import queries

    return records.is_duplicate(queries.list_credits(store.conn), fields["title"], fields["provider"],
                                fields["entry_date"])


def duplicate_edit(duplicate: dict, fields: dict, *, licenses: Iterable[str] = ()) -> tuple[str, str] | None:
    """Trial 16 C7: a new credit with the title, provider and date of
    ``duplicate`` (a stored credit) that differs from it only in what
    `goals ce edit` changes (its category, hours, format...): (what differs,
    "ethics" / "hours and format", the edit that makes the stored credit
    say it: "goals ce edit 1 --category ethics"), else None (nothing
    differs: a second credit of the same course is what --yes adds)."""
    import shlex

    options, what = [], []

    def differs(name: str, *option: str) -> None:
        what.append(name)
        options.extend(option)

    if fields["amount"] != duplicate["amount"] or fields["unit"] != duplicate["unit"]:
        unit = ["--unit", fields["unit"]] if fields["unit"] != duplicate["unit"] else []
        differs("hours", "--hours", f"{fields['amount']:g}", *unit)
    if fields["format"] != duplicate["format"]:
        differs("format", "--format", fields["format"])
    if sorted(fields["categories"]) != sorted(duplicate["categories"]):
        differs("category" if len(fields["categories"]) < 2 else "categories",
                *[part for name in fields["categories"] for part in ("--category", name)])
    if (fields["activity"] or "course") != (duplicate.get("activity") or "course"):
        differs("activity", "--activity", fields["activity"])
    for key, option in (("approver", "--approver"), ("provider_type", "--provider-type"), ("goal_id", "--goal")):
        if fields.get(key) is not None and fields[key] != duplicate.get(key):
            differs(option[2:].replace("-", " "), option, str(fields[key]))
    licenses = sorted(set(licenses))
    if licenses != sorted(duplicate.get("licenses") or []):
        differs("licenses", *([part for name in licenses for part in ("--license", name)] or ["--all-licenses"]))
    if fields.get("certificate") is not None:
        differs("certificate", "--certificate", str(fields["certificate"]))
    if not options:
        return None
    said = ", ".join(what[:-1]) + " and " + what[-1] if len(what) > 1 else what[0]
    return said, " ".join(["goals", "ce", "edit", str(duplicate["id"]), *map(shlex.quote, options)])


def where_it_counts(store, credit: dict, *, today: dt.date) -> dict:
    """For `goals ce add`'s message: the cycle the credit counts in for each
    license (see :func:`clingoals.usecases.ce.cycles_of_credit`) and the
    names of every license (a credit for every license is said with them)."""
    from clingoals.store import queries
    from clingoals.usecases.ce import cycles_of_credit

    return {"cycles": cycles_of_credit(store.conn, credit, today),
            "licenses": [record["name"] for record in queries.list_licenses(store.conn)]}


def add_credit(store, fields: dict, *, licenses: Iterable[str] = (), now: str) -> dict:
    """Store a credit (fields from :func:`new_credit`), copying its certificate
    into the data folder; returns its JSON."""
    from clingoals.store import queries, repository
    from clingoals.store.files import store_certificate

    fields = dict(fields)
    licenses = list(licenses)
    for name in licenses:
        queries.get_license(store.conn, name)
    certificate = fields.pop("certificate")
    categories = fields.pop("categories")
    fields["certificate"] = store_certificate(certificate) if certificate else None
    fields["certificate_original"] = Path(certificate).name if certificate else None
    with store.session() as session:
        credit_id = repository.add_credit(session, fields, categories=categories, license_names=licenses, now=now)
    return credit_data(store, credit_id)


def list_credits(store, *, license_name: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, category: str | None = None, today: dt.date) -> list[dict]:
    """Credits matching every filter, oldest first."""
    from clingoals.ce.records import normalise_category
    from clingoals.dates import parse_since
    from clingoals.store import queries
    from clingoals.usecases.ce import credits_json

    conn = store.conn
    credits = queries.list_credits(conn)
    if license_name:
        credits = queries.credits_for_license(credits, queries.get_license(conn, license_name)["name"])
    start = parse_since(date_from, today)
    end = parse_since(date_to, today, end=True)
    if category:
        wanted = normalise_category(category)
        credits = [c for c in credits if wanted in c["categories"]]
    shown = credits_json(conn, [c for c in credits if (start is None or c["date"] >= start.isoformat())
                                and (end is None or c["date"] <= end.isoformat())])
    return with_provider_rules(conn, shown)


def with_provider_rules(conn, credits: list[dict]) -> list[dict]:
    """``credits`` (their JSON) with ``outside_provider_rule``: the licenses
    it counts for whose provider rule counts hours by type and not this
    credit's ([] when it counts, or no rule asks), so `ce list` can show
    which credits don't count toward a provider share (trial 3 #8: 18 h
    that weren't nysed-approved could not be found in the list)."""
    from clingoals.usecases.ce import license_profiles

    profiles = license_profiles(conn)
    for credit in credits:
        names = credit["licenses"] or list(profiles)
        credit["outside_provider_rule"] = sorted(
            name for name in names if name in profiles and profiles[name].provider_types
            and credit["provider_type"] not in profiles[name].provider_types)
    return credits


def edit_credit(store, credit_id: int, *, title=None, hours=None, unit=None, date=None, fmt=None,
                categories=None, provider=None, approver=None, licenses=None, all_licenses=False,
                certificate=None, goal=None, activity=None, provider_type=None, cycle=None,
                today: dt.date, now: str) -> dict:
    """Change a credit (None = unchanged; ``categories``/``licenses`` replace;
    ``all_licenses`` makes it count for every license; ``cycle`` previous or
    a date makes it a make-up credit, current undoes that). Returns its JSON."""
    from clingoals.usecases.ce import assign_cycle

    from clingoals.ce import records
    from clingoals.dates import parse_happened
    from clingoals.store import queries, repository
    from clingoals.store.files import store_certificate

    changes: dict = {}
    if title is not None:
        changes["title"] = records.check_title(title)
    if hours is not None:  # without --unit, the stored unit decides: checked again below
        changes["amount"] = records.check_amount(hours, unit or "minutes")
    if unit is not None:
        changes["unit"] = unit
    if date is not None:
        changes["entry_date"] = records.check_credit_date(parse_happened(date, today), today)
    if fmt is not None:
        changes["format"] = fmt
    for key, value in (("provider", provider), ("approver", approver)):
        if value is not None:
            changes[key] = value.strip() or None
    if goal is not None:
        changes["goal_id"] = goal or None
    if activity is not None:
        changes["activity"] = records.check_activity(activity)
    if provider_type is not None:
        changes["provider_type"] = records.normalise_provider_type(provider_type)
    categories = [records.normalise_category(c) for c in categories] if categories else None
    licenses = [] if all_licenses else (list(licenses) if licenses else None)
    _check_certificate(certificate)
    if not changes and categories is None and licenses is None and certificate is None and cycle is None:
        raise InvalidInput("Nothing to change; give at least one option, e.g. --hours or --category.")
    current = queries.get_credit(store.conn, credit_id)
    if "amount" in changes or "unit" in changes:
        records.check_amount(changes.get("amount", current["amount"]), changes.get("unit", current["unit"]))
    entry_date = changes.get("entry_date") or dt.date.fromisoformat(current["date"])
    names = current["licenses"] if licenses is None else licenses
    if changes.get("provider_type"):
        check_provider_type(store, changes["provider_type"], licenses=names)
    if cycle is not None:
        changes["counts_in"] = assign_cycle(store.conn, names, cycle, entry_date, today)
    elif current["counts_in"] and ("entry_date" in changes or licenses is not None):
        # The make-up assignment must still fit the new date and licenses.
        changes["counts_in"] = assign_cycle(store.conn, names, current["counts_in"], entry_date, today)
    if certificate is not None:
        changes["certificate"] = store_certificate(certificate)
        changes["certificate_original"] = Path(certificate).name
    with store.session() as session:
        repository.update_credit(session, credit_id, changes, categories=categories,
                                 license_names=licenses, now=now)
    return credit_data(store, credit_id)


_CHANGE_LABELS = (("title", "title"), ("amount", "amount"), ("unit", "unit"), ("date", "date"),
                  ("format", "format"), ("activity", "activity"), ("categories", "categories"),
                  ("provider", "provider"), ("provider_type", "provider type"), ("approver", "approver"),
                  ("licenses", "licenses"), ("goal_id", "goal"), ("counts_in", "counts in"),
                  ("certificate_original", "certificate"))


def _shown(key: str, value) -> str:
    if key == "licenses":
        return ", ".join(value) if value else "every license"
    if isinstance(value, list):
        return ", ".join(value) if value else "none"
    if isinstance(value, float):
        return f"{value:g}"
    return "none" if value is None else str(value)


def credit_changes(before: dict, after: dict) -> list[str]:
    """What an edit changed, as `ce edit` echoes it: "hours 2 -> 3" (the
    amount is named by its unit when the unit stays), one item per field."""
    changed = []
    same_unit = before.get("unit") == after.get("unit")
    for key, label in _CHANGE_LABELS:
        old, new = before.get(key), after.get(key)
        if key == "unit" or old == new and (key != "amount" or same_unit):
            continue
        if key == "amount" and same_unit:
            label = after.get("unit") or label
        elif key == "amount":  # "amount 3 hours -> 120 minutes": the unit with its number
            changed.append(f"amount {_shown(key, old)} {before.get('unit')} -> {_shown(key, new)} {after.get('unit')}")
            continue
        changed.append(f"{label} {_shown(key, old)} -> {_shown(key, new)}")
    if (not changed and before.get("certificate") != after.get("certificate")):
        changed.append("certificate replaced")
    return changed


def delete_credit(store, credit_id: int, *, now: str) -> dict:
    """Hide a credit (``goals ce restore`` brings it back)."""
    from clingoals.store import repository

    credit = credit_data(store, credit_id)
    with store.session() as session:
        repository.delete_credit(session, credit_id, now=now)
    return {"id": credit_id, "title": credit["title"], "deleted": True}


def restore_credit(store, credit_id: int, *, now: str) -> dict:
    from clingoals.store import repository

    with store.session() as session:
        repository.restore_credit(session, credit_id, now=now)
    return credit_data(store, credit_id)


def outsized_rows(store, rows: list[dict]) -> dict[int, str]:
    """{CSV row number: what is outsized} of the credits worth more than a
    whole cycle of the licenses they count for asks (the rule of `goals ce
    add`)."""
    from clingoals.ce import records

    bounds: dict[tuple, tuple | None] = {}  # the licenses a row names -> their bound, looked up once

    def bound(names: list[str]):
        key = tuple(sorted(name.lower() for name in names))
        if key not in bounds:
            bounds[key] = records.cycle_asked(_profiles_of(store, key))
        return bounds[key]

    found = {}
    for row in rows:
        question = records.outsized_credit(row["amount"], row["unit"], cycle=bound(row["licenses"]))
        if question:
            found[row["row"]] = question.rsplit(". ", 1)[0]  # the finding, without "Add it anyway?"
    return found


def read_credit_rows(store, text: str, base: Path, *, today: dt.date) -> tuple[list[dict], list[int]]:
    """Parse and check a credits CSV (``base``: the folder its certificate
    paths are relative to). Returns (rows, numbers of rows that duplicate
    existing credits); raises on the first bad row, naming it. A row's goal
    is found by its ``goal_uuid`` when the CSV has one, else by its id; a
    row linked to a goal this home doesn't have (the CSV came from another
    home) is kept without the link: :func:`unlinked_rows` names them."""
    from clingoals.ce import records
    from clingoals.store import queries
    from clingoals.store.files import inside
    from clingoals.suggest import did_you_mean

    rows = records.parse_csv(text, today)
    uuids = {uuid: goal_id for goal_id, uuid in queries.goal_uuids(store.conn).items()}
    existing = queries.list_credits(store.conn)
    names = [l["name"] for l in queries.list_licenses(store.conn)]
    known = {name.lower(): name for name in names}
    checked: set[tuple] = set()  # (provider type, licenses) already found counted: each checked once
    for row in rows:
        for name in row["licenses"]:
            if name.lower() not in known:
                raise InvalidInput(f"Row {row['row']}: no license named {name!r}.{did_you_mean(name, names)} "
                                   "Nothing was imported.")
        # the rule `ce add` and `ce edit` follow (fix15c): a type no rule of the row's licenses counts is refused
        counted_by = tuple(sorted(known[name.lower()] for name in row["licenses"]))
        if row["provider_type"] is not None and (row["provider_type"], counted_by) not in checked:
            try:
                check_provider_type(store, row["provider_type"], licenses=counted_by)
            except InvalidInput as error:
                raise InvalidInput(f"Row {row['row']}: {sentence(error)} Nothing was imported.") from None
            checked.add((row["provider_type"], counted_by))
        if row["certificate"]:
            try:
                source = inside(base, row["certificate"], "certificate")
            except InvalidInput as error:
                raise InvalidInput(f"Row {row['row']}: {sentence(error)} Nothing was imported.") from None
            if source.is_dir():
                raise InvalidInput(f"Row {row['row']}: {source} is a folder, not a certificate file. "
                                   "Nothing was imported.")
            if not source.is_file():
                raise InvalidInput(f"Row {row['row']}: no certificate file at {source}. Nothing was imported.")
        if row["goal_uuid"] is not None:  # written by `ce export`: the same goal here, whatever its id
            here = uuids.get(row["goal_uuid"])
            if here is None:  # a CSV from another home: the credit comes in unlinked (see unlinked_rows)
                row["goal_not_here"] = row["goal_id"] if row["goal_id"] is not None else row["goal_uuid"]
            row["goal_id"] = here
        elif row["goal_id"] is not None:
            try:
                queries.get_goal(store.conn, row["goal_id"])
            except NotFound:  # a CSV from another home: its goal ids are that home's. The credit comes in
                row["goal_not_here"], row["goal_id"] = row["goal_id"], None  # unlinked (see unlinked_rows)
    duplicates = [row["row"] for row in rows
                  if records.is_duplicate(existing, row["title"], row["provider"], row["entry_date"])]
    return rows, duplicates


def unlinked_rows(rows: list[dict]) -> dict[int, int]:
    """{row number: goal id} of the rows from :func:`read_credit_rows` whose
    goal this home doesn't have: they are imported without the link."""
    return {row["row"]: row["goal_not_here"] for row in rows if row.get("goal_not_here") is not None}


def import_credit_rows(store, rows: list[dict], base: Path, *, now: str) -> list[dict]:
    """Store checked rows (from :func:`read_credit_rows`) in one transaction:
    all or none. Returns the new credits' JSON."""
    from clingoals.store import repository
    from clingoals.store.files import inside, store_certificate

    ids = []
    with store.session() as session:  # one transaction: all rows or none
        for row in rows:
            row = dict(row)
            certificate = row.pop("certificate")
            licenses = row.pop("licenses")
            categories = row.pop("categories")
            number = row.pop("row")
            row.pop("goal_not_here", None)
            row.pop("goal_uuid", None)
            if certificate:
                row["certificate"] = store_certificate(inside(base, certificate, f"Row {number}: certificate"))
                row["certificate_original"] = Path(certificate).name
            ids.append(repository.add_credit(session, row, categories=categories, license_names=licenses, now=now))
    return [credit_data(store, credit_id) for credit_id in ids]


def unknown_categories(store, credit_id: int, categories: Iterable[str] | None, *,
                       licenses: Iterable[str] = ()) -> list[str]:
    """A note for each category no rule of the credit's licenses names (a typo
    such as 'hiv-aid' would count toward no minimum), with the closest known
    one when there is one. Empty when every category is known or there is no
    license to judge by."""
    from clingoals.ce.records import related_category
    from clingoals.suggest import closest

    known = _named_by_profiles(store, licenses, "categories")
    if not known:
        return []
    categories = list(categories or ())
    notes = []
    for category in categories:
        if category in known:
            continue
        close = closest(category, sorted(known), cutoff=0.75) or related_category(category, sorted(known))
        # the names the rules use, as the provider-type error lists its valid values
        named = f"they name: {', '.join(sorted(known))}"
        command = "'goals ce edit {credit_id} --category' changes it"
        if close:
            kept = [c for c in categories if c in known and c != close]
            command = f"'goals ce edit {credit_id} " + " ".join(f"--category {c}" for c in [*kept, close]) + \
                "' changes it"
            named = f"did you mean '{close}'? {named}"
        notes.append(f"note: no rule of your licenses names the category '{category}' ({named}); the hours count "
                     f"toward the total only. {command.format(credit_id=credit_id)}.")
    return notes


def goal_notes(store, credit: dict) -> list[str]:
    """What linking ``credit`` (its JSON) to its goal does: in a goal
    counted in training or CE hours its hours count, derived when the goal is
    read (:func:`clingoals.goal.linked_credit_hours`), so it says where the goal
    now stands; hours the person also logged by hand on that goal might be the
    same hours, which nothing can tell, so it says so and how to take them
    back (trial 13 C6, trial 14 C3): what was logged on the credit's date, or,
    with nothing logged that day, at most the credit's own hours (what could
    count twice), naming the entries nearest its date (trial 23 #3: "-6" for
    a 3 h credit took back all hours logged by hand). Empty for a credit
    linked to no goal."""
    from clingoals.goal import counts_credit_hours
    from clingoals.numbers import amount, figure, number
    from clingoals.store import queries

    if credit.get("goal_id") is None:
        return []
    goal = queries.get_goal(store.conn, credit["goal_id"])
    unit = goal["unit"]
    if not counts_credit_hours(unit):
        return [f"note: goal {goal['id']} counts {unit}, not hours of training: the credit is listed on it "
                "('goals show') but its hours don't count toward it."] if goal["target"] and unit else []
    now = figure(goal["current"], unit) + (f" of {amount(goal['target'], unit)}" if goal["target"] else f" {unit}")
    notes = [f"Its hours count toward goal {goal['id']}: now {now}."]
    if goal["target"] and goal["status"] == "active" and goal["current"] >= goal["target"] - 1e-9:
        notes[0] += f" Target reached! Mark it done: goals done {goal['id']}"
    logged = goal["logged"] or 0
    if logged > 0:
        that_day = sum(e["value"] for e in goal["progress_log"] if e["date"] == credit["date"])
        if that_day > 0:
            back = min(that_day, credit["hours"], logged)
            notes.append(f"note: goal {goal['id']} also has {amount(that_day, unit)} logged on {credit['date']}, "
                         f"the credit's date; if that was this course, it now counts twice: take it back with "
                         f"goals log {goal['id']} -{number(back)} --note 'counted by CE credit {credit['id']}'.")
            return notes
        back = min(logged, credit["hours"])
        entries = sorted((e for e in goal["progress_log"] if e["value"] > 0),
                         key=lambda e: abs(dt.date.fromisoformat(e["date"]) - dt.date.fromisoformat(credit["date"])))
        shown = ", ".join(f"{number(e['value'])} on {e['date']}" for e in sorted(entries[:3], key=lambda e: e["date"]))
        more = f" and {len(entries) - 3} more" if len(entries) > 3 else ""
        most = (f", at most the credit's {number(back)} h" if back < logged else
                " (all of it only if all of it was)")
        notes.append(f"note: goal {goal['id']} also has {amount(logged, unit)} logged by hand ({shown}{more}), "
                     f"none on the credit's date ({credit['date']}). Any of it that was this course now counts "
                     f"twice (logged, and through the credit): take back that part only{most}: "
                     f"goals log {goal['id']} -{number(back)} --note 'counted by CE credit {credit['id']}'.")
    return notes
