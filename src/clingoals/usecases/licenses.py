"""Licenses: add one with its requirement profile, list, show with its
current cycle, correct its details, renew it into the next cycle (and undo
that), delete and restore, each cycle's history and outcome, and
requirements met by completion (an exam) or one-time minimums done before
the current cycle. A license is found by its name or the ID `license list`
shows (:func:`clingoals.ce.licenses.typed_id`), and comes back as `goals
license show --json` prints it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from clingoals.errors import InvalidInput
from clingoals.usecases.ce import derived_before, find_cycle, known_cycles, license_status, resolve_profile


def profile_id_for(value: str) -> tuple[str, str | None]:
    """(profile id, a note) for a built-in or added profile id, or a TOML
    file that is checked and kept with the user's data first."""
    path = Path(value).expanduser()
    if value.endswith(".toml") or path.is_file():
        from clingoals.usecases.ce import add_profile

        profile, _, replaced = add_profile(path)
        return profile.id, f"Added profile {profile.id} from {path}." + (f"\n{replaced}" if replaced else "")
    return resolve_profile(value).id, None


def supervising_since(value: str | None, today: dt.date) -> dt.date:
    """The day supervising began: ``--supervisor-since`` (a day that
    happened, the start of something: a month typed is its first day, as
    ``--issued`` reads it), or today when --supervisor was just set."""
    from clingoals.goal import check_not_future

    return check_not_future(read_issued(value, today), today, "give the day you began supervising") \
        if value else today


def read_issued(text: str, today: dt.date) -> dt.date:
    """``--issued``: a day that happened, and the start of something: a month
    or year typed ("March 2022") is its first day, as a goal's --start is."""
    from clingoals.dates import parse_date

    return parse_date(text, today, first_day=True, past=True)


def add_license(store, name: str, *, profile_id: str, renews: str, issued: str | None = None,
                number: str | None = None, supervisor: bool = False, cycle: int | None = None,
                supervisor_since: str | None = None, today: dt.date, now: str) -> tuple[dict, object]:
    """Store a license (``renews``/``issued`` may be phrases; issued not in the
    future and before the renewal). Returns (the license, its profile). A
    supervisor (``supervisor`` or ``supervisor_since``) supervises since
    ``supervisor_since``, else since today."""
    from clingoals.ce.licenses import check_cycle_number, check_issued
    from clingoals.dates import parse_date
    from clingoals.store import queries, repository

    renews_date = parse_date(renews, today)
    issued_date = check_issued(read_issued(issued, today) if issued is not None else None, renews_date, today)
    found = resolve_profile(profile_id)
    if cycle is None:
        from clingoals.ce.tally import cycle_number_of

        cycle = cycle_number_of(found, issued_date, renews_date) if issued_date else 2
    check_cycle_number(cycle)
    with store.session() as session:
        repository.add_license(session, {
            "name": name, "profile_id": found.id, "renews": renews_date, "issued": issued_date,
            "number": number, "supervisor": supervisor or supervisor_since is not None,
            "supervisor_since": supervising_since(supervisor_since, today)
            if supervisor or supervisor_since is not None else None, "cycle_number": cycle,
            "carry_over_hours": 0.0}, now=now)
    return queries.get_license(store.conn, name.strip()), found


def first_term(record: dict, profile) -> str | None:
    """The line saying why cycle 1 of a license is shorter or longer than a
    cycle (:func:`clingoals.ce.tally.first_term_words`), or None: no issue
    date, a first term like the others, or a cycle number given by hand
    that the issue date does not give (its label says so)."""
    from clingoals.ce.tally import cycle_number_of, first_term_words

    if not record.get("issued"):
        return None
    issued, renews = dt.date.fromisoformat(str(record["issued"])), dt.date.fromisoformat(str(record["renews"]))
    if issued >= renews or cycle_number_of(profile, issued, renews) != record["cycle_number"]:
        return None
    return first_term_words(profile, issued, renews)


def list_licenses(store) -> list[dict]:
    from clingoals.store import queries

    return queries.list_licenses(store.conn)


def show_license(store, name: str, *, today: dt.date) -> tuple[dict, object]:
    """(the license with its current cycle's tally under ``status``, its profile)."""
    from clingoals.store import queries

    record = queries.get_license(store.conn, name)
    profile, result = license_status(store.conn, record, today)
    return {**record, "status": result, "first_term": first_term(record, profile)}, profile


def edit_license(store, name: str, *, new_name=None, profile_id=None, renews=None, issued=None, number=None,
                 supervisor=None, cycle=None, carry_over=None, supervisor_since=None, today: dt.date,
                 now: str) -> dict:
    """Correct a license's details (None = unchanged); returns it.
    ``supervisor`` True on a license that wasn't one starts supervising
    today; ``supervisor_since`` says another day (and makes it one);
    ``supervisor`` False clears both. ``current_cycle`` (start, end, label,
    days_left, status) is the current cycle after the change."""
    from clingoals.ce.licenses import check_carry_over, check_cycle_number, check_issued, check_name
    from clingoals.dates import parse_date
    from clingoals.store import queries, repository

    changes: dict = {}
    if new_name is not None:
        changes["name"] = check_name(new_name)
    if profile_id is not None:
        changes["profile_id"] = profile_id
    if renews is not None:
        changes["renews"] = parse_date(renews, today)
    if issued is not None:
        changes["issued"] = read_issued(issued, today)
    if number is not None:
        changes["number"] = number.strip() or None
    if supervisor is not None:
        changes["supervisor"] = supervisor
        if not supervisor:
            changes["supervisor_since"] = None
    if supervisor_since is not None:
        if supervisor is False:
            raise InvalidInput("--supervisor-since with --no-supervisor: give one of the two.")
        changes["supervisor"] = True
        changes["supervisor_since"] = supervising_since(supervisor_since, today)
    if cycle is not None:
        changes["cycle_number"] = check_cycle_number(cycle)
    if carry_over is not None:
        changes["carry_over_hours"] = check_carry_over(carry_over)
    if not changes:
        raise InvalidInput("Nothing to change; give at least one option, e.g. --renews.")
    record = queries.get_license(store.conn, name)
    if changes.get("supervisor") and "supervisor_since" not in changes and not record["supervisor"]:
        changes["supervisor_since"] = today  # begins now: earlier cycles didn't need it
    if "issued" in changes or "renews" in changes:
        issued_day = changes.get("issued") or (dt.date.fromisoformat(record["issued"]) if record["issued"] else None)
        renews_day = changes.get("renews") or dt.date.fromisoformat(record["renews"])
        check_issued(issued_day, renews_day, today)
    if "issued" in changes and cycle is None and not queries.license_cycles(store.conn, record["id"]):
        # A new issue date restates the license's history: its cycle number follows from it as
        # `license add --issued` works it out (it kept the old one, and said "counted from the issue date").
        from clingoals.ce.tally import cycle_number_of

        changes["cycle_number"] = cycle_number_of(resolve_profile(changes.get("profile_id") or record["profile_id"]),
                                                  changes["issued"],
                                                  changes.get("renews") or dt.date.fromisoformat(record["renews"]))
    if "renews" in changes:
        history = queries.license_cycles(store.conn, record["id"])
        if history:  # the cycle still starts the day after the last renewal
            if changes["renews"].isoformat() <= history[-1]["end"]:
                raise InvalidInput(f"{record['name']}'s current cycle starts {record['cycle_start']}: "
                                   "the renewal date must come after it.")
        else:  # no renewal recorded: the start follows from the end again
            changes["cycle_start"] = None
    with store.session() as session:
        final = repository.update_license(session, name, changes, now=now).name
    record = queries.get_license(store.conn, final)
    _, result = license_status(store.conn, record, today)
    # the cycle as the tally reads it now: a new --renews or --issued moves it (trial 22, session 13 notes)
    return {**record, "current_cycle": {"start": result["cycle_start"], "end": result["cycle_end"],
                                        "label": result["cycle_label"], "days_left": result["days_left"],
                                        "status": result["status"]}}


def _record(store, name: str) -> dict:
    from clingoals.store import queries

    return queries.get_license(store.conn, name)


def delete_license(store, name: str, *, now: str) -> dict:
    """Mark a license deleted: it leaves lists, CE status and the dashboard;
    its credits stay. 'goals license restore NAME' brings it back."""
    from clingoals.store import repository

    record = _record(store, name)
    with store.session() as session:
        repository.delete_license(session, record["name"], now=now)
    return {**record, "deleted": True}


def restore_license(store, name: str, *, now: str) -> dict:
    from clingoals.store import repository

    with store.session() as session:
        final = repository.restore_license(session, name, now=now).name
    return _record(store, final)


def deleted_licenses(store) -> list[dict]:
    from clingoals.store import queries

    return queries.deleted_licenses(store.conn)


def undo_renewal(store, name: str, *, now: str) -> dict:
    """Back to the cycle before the last renewal: its end date, cycle number
    and carry-over."""
    from clingoals.store import repository

    with store.session() as session:
        final = repository.undo_renewal(session, name, now=now).name
    return _record(store, final)


def renewal_preview(store, name: str, *, today: dt.date) -> dict:
    """What `goals license renew` will do: the next cycle's dates and the
    carry-over, and what the ending cycle still lacks."""
    from clingoals.ce.tally import next_cycle_end, outcome, surplus_for_next_cycle
    from clingoals.store import queries

    record = queries.get_license(store.conn, name)
    profile, result = license_status(store.conn, record, today)
    end = dt.date.fromisoformat(record["renews"])
    return {"name": record["name"], "ending_start": result["cycle_start"], "ending_end": result["cycle_end"],
            "next_start": (end + dt.timedelta(days=1)).isoformat(),
            "next_end": next_cycle_end(end, profile.cycle_months).isoformat(),
            "carry_over_hours": surplus_for_next_cycle(profile, result), "outcome": outcome(result),
            "next": result["next"]}


def renew_license(store, name: str, *, today: dt.date, now: str) -> dict:
    """Move a license into its next cycle: the next cycle starts the day
    after the end, the ended cycle is kept for `license history` and audits,
    and the allowed surplus carries over."""
    from clingoals.store import queries, repository

    preview = renewal_preview(store, name, today=today)
    record = queries.get_license(store.conn, name)
    with store.session() as session:
        repository.record_renewal(session, record["name"], {
            "cycle_number": record["cycle_number"], "start": dt.date.fromisoformat(preview["ending_start"]),
            "end": dt.date.fromisoformat(preview["ending_end"]), "carry_over_hours": record["carry_over_hours"],
        }, {
            "renews": dt.date.fromisoformat(preview["next_end"]),
            "cycle_start": dt.date.fromisoformat(preview["next_start"]),
            "cycle_number": record["cycle_number"] + 1, "carry_over_hours": preview["carry_over_hours"],
        }, now=now)
    return {**queries.get_license(store.conn, record["name"]), "ended": preview}


def license_history(store, name: str, *, today: dt.date) -> dict:
    """`goals license history NAME`: every cycle known, newest first, with
    its totals and outcome (complete, or short by X h and where). Cycles
    before the first renewal recorded are worked out back to the issue date
    when it is known, else as far back as credits count in them."""
    from clingoals.ce.records import tally_credit
    from clingoals.ce.tally import tally
    from clingoals.store import queries
    from clingoals.usecases.ce import license_cycle

    record = queries.get_license(store.conn, name)
    profile = resolve_profile(record["profile_id"])
    history = queries.license_cycles(store.conn, record["id"])
    cycles = known_cycles(profile, record, history)
    applicable = queries.credits_for_license(queries.list_credits(store.conn), record["name"])
    credits = [tally_credit(c) for c in applicable]
    # The day the person started recording credits here (the one clock's date
    # of the first one stored): an ended cycle holding none of them, that
    # ended before it, is "no credits recorded", not "short by 36 h".
    first_recorded = min((c["created_at"][:10] for c in applicable), default=None)
    # With an issue date, every cycle since it (an earlier one with nothing in it reads "no credits
    # recorded"); without one the numbers are a guess ("taken as 2"), so only the earlier cycles that
    # hold credits are worked out.
    earlier = derived_before(profile, cycles[0], record["issued"])
    while earlier is not None and (record["issued"] or any(c.cycle_day <= dt.date.fromisoformat(earlier["end"])
                                                           for c in credits)):
        cycles.insert(0, earlier)
        earlier = derived_before(profile, earlier, record["issued"])
    done = queries.license_done(store.conn, record["id"])
    rows = []
    for cycle in reversed(cycles):
        result = tally(profile, license_cycle(record, done, cycle), credits, today)
        rows.append({"cycle_number": cycle["cycle_number"], "cycle_start": result["cycle_start"],
                     "cycle_end": result["cycle_end"], "current": cycle["current"], "known": cycle["known"],
                     "required_hours": result["required_hours"], "counted_hours": result["counted_hours"],
                     "carry_over_hours": result["carry_over_hours"], "remaining_hours": result["remaining_hours"],
                     "status": result["status"], "exempt": result["exempt"],
                     "credits": result["credits_in_cycle"],
                     "make_up_credits": len(result["make_up_credits"]),
                     "outcome": recorded_outcome(cycle, result, first_recorded)
                     if recorded(cycle, result, first_recorded) or result["exempt"] else unrecorded(first_recorded)})
    return {"name": record["name"], "profile": profile.id, "profile_status": profile.status,
            "issued": record["issued"], "first_term": first_term(record, profile), "cycles": rows}


def recorded(cycle: dict, result: dict, first_recorded: str | None) -> bool:
    """False for an ended cycle with no credit and no tick in it that ended
    before the first credit was recorded: nothing says it was short."""
    if cycle["current"] or result["credits_in_cycle"] or any(c["done"] for c in result["completions"]):
        return True
    return first_recorded is not None and result["cycle_end"] >= first_recorded


def recorded_outcome(cycle: dict, result: dict, first_recorded: str | None) -> dict:
    """The outcome of a cycle with something recorded in it. One worked out
    (not renewed here) that ended before the first credit was recorded holds
    only credits added later (back-dated): its shortfall may be what was never
    entered, and it says so rather than reading as out of compliance."""
    from clingoals.ce.tally import outcome

    found = {**outcome(result), "recorded": True}
    late = (cycle["known"] == "derived" and first_recorded is not None and result["cycle_end"] < first_recorded
            and not found["complete"])
    if late:
        found["text"] = f"as far as recorded (its credits were added after it ended): {found['text']}"
    return {**found, "recorded_after_end": late}


def unrecorded(first_recorded: str | None) -> dict:
    since = f" (the first credit was recorded on {first_recorded})" if first_recorded else ""
    return {"complete": False, "recorded": False, "short_hours": None, "short_categories": [], "not_done": [],
            "text": f"no credits recorded{since}"}


def mark_done(store, name: str, requirement: str, *, date: str, cycle: str | None = None,
              today: dt.date, now: str) -> dict:
    """`goals license done NAME "jurisprudence exam" --date DATE [--cycle previous|current|DATE]`:
    tick a requirement the license's profile meets by completion, in the
    cycle holding its date or, ticked late, in the earlier cycle it makes up;
    or a one-time minimum done before the current cycle (:func:`_tick_once`)."""
    from clingoals.dates import parse_happened
    from clingoals.store import queries, repository
    from clingoals.usecases.ce import assign_cycle

    record = queries.get_license(store.conn, name)
    profile = resolve_profile(record["profile_id"])
    known = {c.name.casefold(): c.name for c in profile.completions}
    once = {m.category.casefold(): m for m in profile.minimums if m.once and not m.within_months_of_licensure}
    wanted = " ".join(requirement.split()).casefold()
    if wanted not in known and wanted not in once:
        from clingoals.suggest import did_you_mean

        listed = ", ".join([f'"{n}"' for n in known.values()] + [m.category for m in once.values()]) or "none"
        raise InvalidInput(f"{profile.name} has no requirement {requirement!r} met by completion or done once "
                           f"(it has: {listed}).{did_you_mean(requirement, [*known.values(), *once])}")
    from clingoals.ce.licenses import check_done_on

    day = check_done_on(parse_happened(date, today), today)
    if wanted not in known:
        return _tick_once(store, record, once[wanted], day, cycle=cycle, today=today, now=now)
    counts_in = assign_cycle(store.conn, [record["name"]], cycle, day, today)
    history = queries.license_cycles(store.conn, record["id"])
    window = find_cycle(profile, record, history, (counts_in or day).isoformat(), today)
    for tick in queries.license_done(store.conn, record["id"]):
        ticked_in = tick["counts_in"] or tick["done_on"]
        if tick["requirement"] == known[wanted] and window["start"] <= ticked_in <= window["end"]:
            raise InvalidInput(f"{known[wanted]} is already ticked for {record['name']}'s cycle {window['start']} "
                               f"to {window['end']} (done {tick['done_on']}).")
    with store.session() as session:
        done_id = repository.add_license_done(session, record["name"], known[wanted], day, counts_in=counts_in,
                                              now=now)
    return {"id": done_id, "license": record["name"], "requirement": known[wanted], "date": day.isoformat(),
            "counts_in": counts_in.isoformat() if counts_in else None, "make_up": counts_in is not None,
            "cycle_start": window["start"], "cycle_end": window["end"], "once": False}


def _tick_once(store, record: dict, minimum, day: dt.date, *, cycle: str | None, today: dt.date, now: str) -> dict:
    """`goals license done NAME hiv-aids --date DATE`: a one-time minimum
    (California's 7 h HIV/AIDS course) taken before the current cycle, in an
    earlier one or before its credits were recorded here, ticked so that it
    stops being asked (trial 23 #4). Taken in the current cycle, its hours
    count toward the cycle's total: that is a credit, and the error says so."""
    from clingoals.store import queries, repository

    if cycle is not None:
        raise InvalidInput(f"{minimum.category} is done once for the life of the license: --cycle doesn't apply; "
                           "give only --date.")
    history = queries.license_cycles(store.conn, record["id"])
    current = find_cycle(resolve_profile(record["profile_id"]), record, history, None, today)
    hours = f"{float(minimum.hours):g} h"
    if day.isoformat() >= current["start"]:
        raise InvalidInput(f"{day.isoformat()} is in {record['name']}'s current cycle ({current['start']} to "
                           f"{current['end']}), where its {hours} count toward the total: add it as a credit, "
                           f"e.g. goals ce add \"{minimum.category} course\" --hours {float(minimum.hours):g} "
                           f"--date {day.isoformat()} --format in-person --category {minimum.category}")
    for tick in queries.license_done(store.conn, record["id"]):
        if tick["requirement"].casefold() == minimum.category.casefold():
            raise InvalidInput(f"{minimum.category} is already ticked for {record['name']} (done {tick['done_on']}).")
    with store.session() as session:
        done_id = repository.add_license_done(session, record["name"], minimum.category, day, now=now)
    return {"id": done_id, "license": record["name"], "requirement": minimum.category, "date": day.isoformat(),
            "counts_in": None, "make_up": False, "cycle_start": None, "cycle_end": None, "once": True,
            "hours": float(minimum.hours)}
