"""Licenses and their cycles: deleting one (recoverable) and bringing it
back, renewing into the next cycle and undoing the last renewal, each
cycle's history and outcome, and requirements met by completion (an exam).
The record-returning ones return the license as ``goals license show --json``
prints it."""

from __future__ import annotations

import datetime as dt

from clingoals.errors import InvalidInput
from clingoals.usecases.ce import derived_before, find_cycle, known_cycles, license_status, resolve_profile


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
    before the first renewal recorded are shown when credits count in them."""
    from clingoals.ce.records import tally_credit
    from clingoals.ce.tally import outcome, tally
    from clingoals.store import queries
    from clingoals.usecases.ce import license_cycle

    record = queries.get_license(store.conn, name)
    profile = resolve_profile(record["profile_id"])
    history = queries.license_cycles(store.conn, record["id"])
    cycles = known_cycles(profile, record, history)
    credits = [tally_credit(c) for c in queries.credits_for_license(queries.list_credits(store.conn), record["name"])]
    earlier = derived_before(profile, cycles[0])
    while earlier is not None and any(c.cycle_day <= dt.date.fromisoformat(earlier["end"]) for c in credits):
        cycles.insert(0, earlier)
        earlier = derived_before(profile, earlier)
    done = queries.license_done(store.conn, record["id"])
    rows = []
    for cycle in reversed(cycles):
        result = tally(profile, license_cycle(record, done, cycle), credits, today)
        rows.append({"cycle_number": cycle["cycle_number"], "cycle_start": result["cycle_start"],
                     "cycle_end": result["cycle_end"], "current": cycle["current"], "known": cycle["known"],
                     "required_hours": result["required_hours"], "counted_hours": result["counted_hours"],
                     "carry_over_hours": result["carry_over_hours"], "remaining_hours": result["remaining_hours"],
                     "status": result["status"], "credits": result["credits_in_cycle"],
                     "make_up_credits": len(result["make_up_credits"]), "outcome": outcome(result)})
    return {"name": record["name"], "profile": profile.id, "profile_status": profile.status, "cycles": rows}


def mark_done(store, name: str, requirement: str, *, date: str, today: dt.date, now: str) -> dict:
    """`goals license done NAME "jurisprudence exam" --date DATE`: tick a
    requirement the license's profile meets by completion."""
    from clingoals.dates import parse_date
    from clingoals.store import queries, repository

    record = queries.get_license(store.conn, name)
    profile = resolve_profile(record["profile_id"])
    known = {c.name.casefold(): c.name for c in profile.completions}
    wanted = " ".join(requirement.split()).casefold()
    if wanted not in known:
        listed = ", ".join(f'"{n}"' for n in known.values()) or "none"
        raise InvalidInput(f"{profile.name} has no requirement {requirement!r} met by completion "
                           f"(it has: {listed}).")
    day = parse_date(date, today)
    if day > today:
        raise InvalidInput(f"{day.isoformat()} is in the future; tick it once it's done.")
    cycle = find_cycle(profile, record, queries.license_cycles(store.conn, record["id"]), day.isoformat(), today)
    with store.session() as session:
        done_id = repository.add_license_done(session, record["name"], known[wanted], day, now=now)
    return {"id": done_id, "license": record["name"], "requirement": known[wanted], "date": day.isoformat(),
            "cycle_start": cycle["start"], "cycle_end": cycle["end"]}
