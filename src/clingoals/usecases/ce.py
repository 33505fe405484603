"""CE: the renewal status of every license (used by `goals ce status`, the
dashboard, the review digest, the plan and `goals license`), and finding a
license's requirement profile (built-in or the user's own)."""

from __future__ import annotations

import datetime as dt


def profile_folder():
    """Where the user's own requirement profiles are kept."""
    from clingoals.store.files import profiles_dir

    return profiles_dir()


def resolve_profile(profile_id: str):
    from clingoals.ce.profiles import find_profile

    return find_profile(profile_id, profile_folder())  # parsed once per process (cached)


def example_note(profiles) -> str | None:
    """The reminder to print when any profile shown is an example one."""
    names = sorted({p.name for p in profiles if p.is_example})
    if len(names) == 1:
        return f"note: {names[0]} is an example profile; verify its numbers with your board."
    if names:
        return "note: example profiles hold numbers gathered from board rules; verify them with your board."
    return None


def license_cycle(record: dict, done: list[dict] = (), cycle: dict | None = None):
    """The tally's view of a license's cycle: the current one, or ``cycle``
    (a dict from :func:`known_cycles` / :func:`find_cycle`)."""
    from clingoals.ce.tally import Done, LicenseCycle

    ticks = tuple(Done(d["requirement"], dt.date.fromisoformat(d["done_on"]),
                       dt.date.fromisoformat(d["counts_in"]) if d.get("counts_in") else None) for d in done)
    issued = dt.date.fromisoformat(record["issued"]) if record.get("issued") else None
    since = record.get("supervisor_since")
    since = dt.date.fromisoformat(since) if since else None
    if cycle is not None and not cycle["current"]:
        return LicenseCycle(name=record["name"], renews=dt.date.fromisoformat(cycle["end"]),
                            cycle_number=cycle["cycle_number"], supervisor=record["supervisor"],
                            supervisor_since=since, carry_over_hours=cycle["carry_over_hours"],
                            start=dt.date.fromisoformat(cycle["start"]), issued=issued, done=ticks)
    start = record.get("cycle_start")
    return LicenseCycle(name=record["name"], renews=dt.date.fromisoformat(record["renews"]),
                        cycle_number=record["cycle_number"], supervisor=record["supervisor"],
                        supervisor_since=since, carry_over_hours=record["carry_over_hours"],
                        start=dt.date.fromisoformat(start) if start else None, issued=issued, done=ticks)


def known_cycles(profile, record: dict, history: list[dict]) -> list[dict]:
    """The cycles the store knows, oldest first: those ended by a renewal and
    the current one. Each: cycle_number, start, end, carry_over_hours, current."""
    from clingoals.ce.tally import cycle_window

    start, end = cycle_window(profile, license_cycle(record))
    cycles = [{"cycle_number": h["cycle_number"], "start": h["start"], "end": h["end"],
               "carry_over_hours": h["carry_over_hours"], "current": False, "known": "renewed"} for h in history]
    cycles.append({"cycle_number": record["cycle_number"], "start": start.isoformat(), "end": end.isoformat(),
                   "carry_over_hours": record["carry_over_hours"], "current": True, "known": "current"})
    return cycles


def derived_before(profile, cycle: dict, issued: str | None = None) -> dict | None:
    """The cycle before ``cycle``, worked out from its start (not stored).
    With the license's issue date: none ends before it, and none starts
    before it (the first cycle starts on it)."""
    from clingoals.ce.tally import licensed_from, previous_window

    if cycle["cycle_number"] <= 1:
        return None
    start, end = previous_window(profile, dt.date.fromisoformat(cycle["start"]))
    if issued:
        issued_day = dt.date.fromisoformat(issued)
        if end < issued_day:
            return None
        start = issued_day if cycle["cycle_number"] == 2 else licensed_from(start, end, issued_day)
    return {"cycle_number": cycle["cycle_number"] - 1, "start": start.isoformat(), "end": end.isoformat(),
            "carry_over_hours": 0.0, "current": False, "known": "derived"}


CYCLE_HELP = "current (default), previous, or a date inside the cycle (e.g. 2025-06-30)"


def find_cycle(profile, record: dict, history: list[dict], which: str | None, today: dt.date) -> dict:
    """The cycle ``which`` names: "current", "previous" or a date inside it."""
    from clingoals.dates import parse_date
    from clingoals.errors import InvalidInput

    cycles = known_cycles(profile, record, history)
    current = cycles[-1]
    which = (which or "current").strip().lower()
    if which == "current":
        return current
    if which == "previous":
        previous = cycles[-2] if len(cycles) > 1 else derived_before(profile, current, record.get("issued"))
        if previous is None:
            raise InvalidInput(f"{record['name']} is in its first cycle ({current['start']} to {current['end']}): "
                               "there is no previous cycle.")
        return previous
    try:
        day = parse_date(which, today).isoformat()
    except InvalidInput:
        raise InvalidInput(f"--cycle {which!r}: use {CYCLE_HELP}.") from None
    if day > current["end"]:
        raise InvalidInput(f"{day} is after {record['name']}'s current cycle, which ends {current['end']}.")
    for cycle in reversed(cycles):
        if cycle["start"] <= day <= cycle["end"]:
            return cycle
    cycle = cycles[0]
    while day < cycle["start"]:
        earlier = derived_before(profile, cycle, record.get("issued"))
        if earlier is None:
            raise InvalidInput(f"{day} is before {record['name']}'s first cycle (starting {cycle['start']}).")
        cycle = earlier
    return cycle


def license_status(conn, record: dict, day: dt.date, credits: list[dict] | None = None, converted: dict | None = None,
                   which: str | None = None):
    """(profile, tally result) for one license's cycle (the current one
    unless ``which`` names another). ``converted`` maps credit ids to tally
    credits, so several licenses share one conversion."""
    from clingoals.ce.records import tally_credit
    from clingoals.ce.tally import tally
    from clingoals.store import queries

    profile = resolve_profile(record["profile_id"])
    history = queries.license_cycles(conn, record["id"])
    cycle = find_cycle(profile, record, history, which, day)
    credits = queries.list_credits(conn) if credits is None else credits
    applicable = queries.credits_for_license(credits, record["name"])
    tally_credits = [converted[c["id"]] if converted else tally_credit(c) for c in applicable]
    done = queries.license_done(conn, record["id"])
    result = tally(profile, license_cycle(record, done, cycle), tally_credits, day)
    result["current_cycle"] = cycle["current"]
    return profile, result


def all_statuses(conn, day: dt.date, only: str | None = None) -> list[tuple]:
    """(profile, tally result) for every license, or only the one named."""
    return _current_statuses(conn, day, only)[0]


def statuses_with_months(conn, day: dt.date, only: str | None = None) -> list[tuple]:
    """(profile, tally result, hours per month of its cycle) for every
    license, or only the one named: the monthly chart counts from the same
    read of the credits as the tally."""
    statuses, credits = _current_statuses(conn, day, only)
    return [(profile, result, monthly_hours(conn, result, profile, credits)) for profile, result in statuses]


def _current_statuses(conn, day: dt.date, only: str | None) -> tuple[list[tuple], list[dict]]:
    """(profile, tally result) of each license's current cycle, and the
    credits read for them (every credit dated in any current cycle)."""
    from clingoals.ce.records import tally_credit
    from clingoals.store import queries

    from clingoals.ce.tally import cycle_window

    records = [queries.get_license(conn, only)] if only else queries.list_licenses(conn)
    if not records:
        return [], []
    # Only what the current cycles can count: credits since the earliest cycle
    # start, and older ones in a category that a one-time minimum or a
    # deadline after licensure may need (Florida's 2 h of domestic violence
    # within 6 months, met in cycle 1, showed as overdue once renewed).
    profiles = [resolve_profile(r["profile_id"]) for r in records]
    earliest = min(cycle_window(p, license_cycle(r))[0] for p, r in zip(profiles, records))
    once = {m.category for p in profiles for m in p.minimums if m.once or m.within_months_of_licensure}
    credits = queries.credits_for_tally(conn, since=earliest.isoformat(), or_categories=once)
    converted = {c["id"]: tally_credit(c) for c in credits}
    return [license_status(conn, record, day, credits, converted) for record in records], credits


def monthly_hours(conn, result: dict, profile, credits: list[dict] | None = None) -> list[tuple]:
    """(first of month, hours) for each month of this license's current cycle.
    ``credits`` (as `queries.credits_for_tally` reads them) must hold every
    credit dated in the cycle; without them they are read."""
    from clingoals import charts
    from clingoals.ce.profiles import as_number
    from clingoals.store import queries

    start, end = dt.date.fromisoformat(result["cycle_start"]), dt.date.fromisoformat(result["cycle_end"])
    if credits is None:
        credits = queries.credits_for_tally(conn, since=result["cycle_start"])
    # The same hours credit_json shows for this one license, without building
    # the whole JSON record of every credit; converted once per (amount, unit),
    # which a cycle's credits repeat. hours_by_month keeps the cycle's months.
    converted: dict = {}

    def hours(amount, unit):
        key = (amount, unit)
        if key not in converted:
            converted[key] = as_number(profile.to_hours(amount, unit))
        return converted[key]

    return charts.hours_by_month([{"date": c["date"], "hours": hours(c["amount"], c["unit"])}
                                  for c in queries.credits_for_license(credits, result["name"])
                                  if c["date"] >= result["cycle_start"]], start, end)


def ce_status(store, *, license_name: str | None = None, cycle: str | None = None,
              today: dt.date) -> tuple[list[tuple], list[str]]:
    """`goals ce status`: ((profile, result) per license, notes); ``{"licenses": [results]}``
    is its JSON. ``cycle`` (current, previous or a date) picks another cycle of each
    license; without ``license_name`` a license that has no such cycle (one in its
    first cycle has no previous one) is left out with a note instead of failing all."""
    from clingoals.errors import InvalidInput

    if not cycle or cycle.strip().lower() == "current":
        return all_statuses(store.conn, today, license_name), []
    from clingoals.store import queries

    if license_name:
        record = queries.get_license(store.conn, license_name)
        return [license_status(store.conn, record, today, which=cycle)], []
    credits = queries.list_credits(store.conn)
    results, notes = [], []
    for record in queries.list_licenses(store.conn):
        try:
            results.append(license_status(store.conn, record, today, credits, which=cycle))
        except InvalidInput as error:
            notes.append(f"note: {error}")
    if not results and notes:
        raise InvalidInput(notes[0].removeprefix("note: ") if len(notes) == 1
                           else f"No license has that cycle ({'; '.join(n.removeprefix('note: ') for n in notes)}).")
    return results, notes


def status_panels(store, *, license_name: str | None = None, cycle: str | None = None,
                  today: dt.date) -> tuple[list[tuple], list[str]]:
    """`goals ce status` as the terminal shows it: ((profile, result, hours
    per month or None) per license, notes); only a current cycle gets the chart."""
    if not cycle or cycle.strip().lower() == "current":
        return statuses_with_months(store.conn, today, license_name), []
    results, notes = ce_status(store, license_name=license_name, cycle=cycle, today=today)
    return [(profile, result, monthly_hours(store.conn, result, profile) if result.get("current_cycle", True)
             else None) for profile, result in results], notes


def license_profiles(conn) -> dict:
    """License name -> its profile: the unit tables every credit view converts with."""
    from clingoals.store import queries

    return {r["name"]: resolve_profile(r["profile_id"]) for r in queries.list_licenses(conn)}


def credits_json(conn, credits: list[dict]) -> list[dict]:
    """Credits as `goals ce list --json` prints them, converted with each
    license's unit table."""
    from clingoals.ce.records import credit_json

    profiles = license_profiles(conn)
    return [credit_json(c, profiles) for c in credits]


def assign_cycle(conn, license_names: list[str], which: str | None, entry_date: dt.date,
                 today: dt.date) -> dt.date | None:
    """The ``counts_in`` date for `goals ce add|edit --cycle`: None when the
    credit counts by its date, else a day inside the (earlier) cycle it makes
    up for every license it counts for."""
    from clingoals.errors import InvalidInput
    from clingoals.store import queries

    if which is None:
        return None
    records = ([queries.get_license(conn, n) for n in license_names] if license_names
               else queries.list_licenses(conn))
    if not records:
        raise InvalidInput("--cycle needs a license: add one first with 'goals license add'.")
    windows = []
    for record in records:
        profile = resolve_profile(record["profile_id"])
        try:
            cycle = find_cycle(profile, record, queries.license_cycles(conn, record["id"]), which, today)
        except InvalidInput as error:
            if len(records) == 1:
                raise
            raise InvalidInput(f"{error} Name the licenses it makes up for with --license.") from None
        windows.append((record["name"], cycle))
    low = max(c["start"] for _, c in windows)
    high = min(c["end"] for _, c in windows)
    if low > high:
        named = "; ".join(f"{n}: {c['start']} to {c['end']}" for n, c in windows)
        raise InvalidInput(f"--cycle {which} names cycles with no day in common ({named}); "
                           "add the credit once per license with --license.")
    day = entry_date.isoformat()
    if day < low:
        raise InvalidInput(f"A credit completed {day} can't count in a later cycle ({low} to {high}).")
    if day <= high:
        return None  # it is in that cycle by its own date
    return dt.date.fromisoformat(high)


def cycles_of_credit(conn, credit: dict, today: dt.date) -> list[dict]:
    """Where a credit (its JSON) counts, for each license it counts for:
    ``{"license", "cycle_number", "start", "end", "current", "where"}``,
    ``where`` being "current", "ended" (an earlier cycle), "before" (dated
    before the license's first cycle: it counts in none) or "after" (after
    a current cycle that ended without a renewal recorded)."""
    from clingoals.errors import ClingoalsError, InvalidInput
    from clingoals.store import queries

    day = dt.date.fromisoformat(credit.get("counts_in") or credit["date"])
    found = []
    for record in queries.list_licenses(conn):
        if credit["licenses"] and record["name"] not in credit["licenses"]:
            continue
        try:
            profile = resolve_profile(record["profile_id"])
        except ClingoalsError:  # a missing own profile is reported by 'goals ce', not here
            continue
        cycles = known_cycles(profile, record, queries.license_cycles(conn, record["id"]))
        entry = {"license": record["name"], "cycle_number": None, "start": None, "end": None, "current": False}
        if day.isoformat() > cycles[-1]["end"]:
            found.append({**entry, "end": cycles[-1]["end"], "where": "after"})
            continue
        try:
            cycle = find_cycle(profile, record, queries.license_cycles(conn, record["id"]), day.isoformat(), today)
        except InvalidInput:
            first = cycles[0]
            while (earlier := derived_before(profile, first, record.get("issued"))) is not None:
                first = earlier
            found.append({**entry, "start": first["start"], "where": "before"})
            continue
        found.append({**entry, **{k: cycle[k] for k in ("cycle_number", "start", "end", "current")},
                      "where": "current" if cycle["current"] else "ended"})
    return found


def write_audit(store, license_name: str, out, *, cycle: str | None = None, today: dt.date,
                replace: bool = True) -> dict:
    """`goals ce audit`: the chosen cycle's credits (CSV), a summary page and
    every certificate, named as credits.csv names them. Returns what went in.
    An existing ``out`` is refused unless ``replace`` (as `goals export`)."""
    from clingoals.ce import records
    from clingoals.ce.audit import certificate_names, summary_markdown
    from clingoals.store import queries
    from clingoals.store.files import certificate_path, refuse_existing, write_zip

    record = queries.get_license(store.conn, license_name)
    if not replace:
        refuse_existing(out)  # said before the bundle is built
    credits = queries.credits_for_license(queries.list_credits(store.conn), record["name"])
    profile, result = license_status(store.conn, record, today, which=cycle)
    counted = set(result["credit_ids"])
    in_cycle = [c for c in credits if c["id"] in counted]
    names = certificate_names(in_cycle)
    missing, files = [], []
    for credit in in_cycle:
        path = certificate_path(credit["certificate"]) if credit["certificate"] else None
        if path and path.is_file():
            files.append((credit, path))
        else:
            missing.append(credit)
    shown = [records.credit_json(c, {record["name"]: profile}) for c in in_cycle]
    write_zip(out, [("credits.csv", records.to_csv(in_cycle, {i: f"certificates/{n}" for i, n in names.items()})),
                    ("summary.md", summary_markdown(record, profile, result, shown, missing, today, names))]
              + [(f"certificates/{names[credit['id']]}", path) for credit, path in files], replace=replace)
    return {"license": record["name"], "cycle_start": result["cycle_start"], "cycle_end": result["cycle_end"],
            "credits": len(in_cycle), "certificates": len(files),
            "missing": [{"id": c["id"], "title": c["title"]} for c in missing], "out": str(out)}


def export_credits(store, fmt: str, out, *, replace: bool = True) -> dict:
    """`goals ce export`: every live credit as CSV (the import columns, so
    it re-imports as is) or JSON (converted with each license's unit
    table), to ``out`` or stdout (None or '-'). Written to a file, the CSV
    gets the certificates beside it in ``<stem>-certificates/``, named as
    in an audit bundle. An existing ``out`` is refused unless ``replace``
    (as `goals export`), before any certificate is copied. Returns how many
    credits and certificates and where."""
    import json

    from clingoals.ce import records
    from clingoals.ce.audit import certificate_names
    from clingoals.store import queries
    from clingoals.store.files import export_certificates, is_stdout, refuse_existing, write_file

    credits = queries.list_credits(store.conn)
    to_file = out is not None and not is_stdout(out)
    if to_file and not replace:
        refuse_existing(out)  # before the certificates go beside it
    copied, folder = {}, None
    if fmt == "csv":
        beside = None
        if to_file:
            folder = out.with_name(f"{out.stem}-certificates")
            names = certificate_names(credits)  # original names made unique, as in an audit bundle
            copied = export_certificates([(c["certificate"], names[c["id"]]) for c in credits if c["id"] in names],
                                         folder)
            beside = {c["id"]: f"{folder.name}/{names[c['id']]}" if c["certificate"] in copied else ""
                      for c in credits}
        text = records.to_csv(credits, beside, queries.goal_uuids(store.conn))
    else:
        text = json.dumps(credits_json(store.conn, credits), indent=2, ensure_ascii=False) + "\n"
    write_file(out if to_file else "-", text, replace=replace)
    with_file = sum(1 for c in credits if c["certificate"] in copied)  # two credits may share one file's content
    return {"credits": len(credits), "certificates": with_file, "out": str(out) if to_file else "-",
            "folder": str(folder) if copied else None}


def list_profiles() -> list:
    """Every requirement profile: the built-in examples and the user's own."""
    from clingoals.ce.profiles import all_profiles

    return all_profiles(profile_folder())


def add_profile(path) -> tuple:
    """Check a profile TOML the person wrote and keep a copy with their data
    (``<id>.toml`` in the profiles folder). Returns (the profile, where it
    is kept, a note when it replaces a built-in profile or an earlier one of
    theirs with the same id, else None)."""
    from clingoals.ce.profiles import builtin_profiles, parse_profile, user_profiles
    from clingoals.store.files import SMALL_LIMIT, profiles_dir, read_text, store_toml

    text = read_text(path, limit=SMALL_LIMIT, what="profile")
    profile = parse_profile(text, str(path), "added")
    note = None
    if any(p.id == profile.id for p in user_profiles(profiles_dir())):
        note = f"note: it replaces your earlier profile {profile.id}; licenses using it follow the new rules."
    elif any(p.id == profile.id for p in builtin_profiles()):
        note = (f"note: it replaces the built-in profile {profile.id}; licenses using it follow your file "
                "(give it another id to keep both).")
    return profile, store_toml(profiles_dir(), profile.id, text), note
