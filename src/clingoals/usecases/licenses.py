"""Licenses: add one with its requirement profile, list, show with its
current cycle, correct its details, renew it into the next cycle (and undo
that), delete and restore. A license comes back as `goals license show
--json` prints it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dateutil.relativedelta import relativedelta

from clingoals.errors import InvalidInput
from clingoals.usecases.ce import license_status, resolve_profile


def profile_id_for(value: str) -> tuple[str, str | None]:
    """(profile id, a note) for a built-in or added profile id, or a TOML
    file that is checked and kept with the user's data first."""
    path = Path(value).expanduser()
    if value.endswith(".toml") or path.is_file():
        from clingoals.ce.profiles import parse_profile
        from clingoals.store.files import SMALL_LIMIT, profiles_dir, read_text, store_toml

        text = read_text(path, limit=SMALL_LIMIT, what="profile")
        profile = parse_profile(text, str(path), "added")
        store_toml(profiles_dir(), profile.id, text)
        return profile.id, f"Added profile {profile.id} from {path}."
    return resolve_profile(value).id, None


def cycle_from_issue(issued: dt.date, renews: dt.date, months: int) -> int:
    """Cycle 1 ends at the first renewal after issue; count whole cycles since."""
    cycles, end = 1, renews
    while end - relativedelta(months=months) > issued and cycles < 100:
        end -= relativedelta(months=months)
        cycles += 1
    return cycles


def add_license(store, name: str, *, profile_id: str, renews: str, issued: str | None = None,
                number: str | None = None, supervisor: bool = False, cycle: int | None = None,
                today: dt.date, now: str) -> tuple[dict, object]:
    """Store a license (``renews``/``issued`` may be phrases; issued not in the
    future and before the renewal). Returns (the license, its profile)."""
    from clingoals.dates import parse_date, parse_optional_date
    from clingoals.goal import check_not_future
    from clingoals.store import queries, repository

    renews_date = parse_date(renews, today)
    issued_date = parse_optional_date(issued, today)
    if issued_date:
        check_not_future(issued_date, today, "give the day the license was issued")
    if issued_date and issued_date >= renews_date:
        raise InvalidInput("The renewal date must come after the issue date.")
    found = resolve_profile(profile_id)
    if cycle is None:
        cycle = cycle_from_issue(issued_date, renews_date, found.cycle_months) if issued_date else 2
    if cycle < 1:
        raise InvalidInput("--cycle must be 1 or more.")
    with store.session() as session:
        repository.add_license(session, {
            "name": name, "profile_id": found.id, "renews": renews_date, "issued": issued_date,
            "number": number, "supervisor": supervisor, "cycle_number": cycle,
            "carry_over_hours": 0.0}, now=now)
    return queries.get_license(store.conn, name.strip()), found


def list_licenses(store) -> list[dict]:
    from clingoals.store import queries

    return queries.list_licenses(store.conn)


def show_license(store, name: str, *, today: dt.date) -> tuple[dict, object]:
    """(the license with its current cycle's tally under ``status``, its profile)."""
    from clingoals.store import queries

    record = queries.get_license(store.conn, name)
    profile, result = license_status(store.conn, record, today)
    return {**record, "status": result}, profile


def edit_license(store, name: str, *, new_name=None, profile_id=None, renews=None, issued=None, number=None,
                 supervisor=None, cycle=None, carry_over=None, today: dt.date, now: str) -> dict:
    """Correct a license's details (None = unchanged); returns it."""
    from clingoals.dates import parse_date
    from clingoals.goal import check_finite
    from clingoals.store import queries, repository

    changes: dict = {}
    if new_name is not None:
        if not new_name.strip():
            raise InvalidInput("The name can't be empty.")
        changes["name"] = new_name.strip()
    if profile_id is not None:
        changes["profile_id"] = profile_id
    if renews is not None:
        changes["renews"] = parse_date(renews, today)
    if issued is not None:
        changes["issued"] = parse_date(issued, today)
    if number is not None:
        changes["number"] = number.strip() or None
    if supervisor is not None:
        changes["supervisor"] = supervisor
    if cycle is not None:
        if cycle < 1:
            raise InvalidInput("--cycle must be 1 or more.")
        changes["cycle_number"] = cycle
    if carry_over is not None:
        if check_finite("--carry-over", carry_over) < 0:
            raise InvalidInput("--carry-over can't be negative.")
        changes["carry_over_hours"] = carry_over
    if not changes:
        raise InvalidInput("Nothing to change; give at least one option, e.g. --renews.")
    with store.session() as session:
        final = repository.update_license(session, name, changes, now=now).name
    return queries.get_license(store.conn, final)


def renewal(store, name: str, *, today: dt.date) -> dict:
    """What renewing would do (nothing is changed): the license, its status,
    the next cycle's end and the hours carried over; :func:`renew_license` does it."""
    from clingoals.ce.tally import next_cycle_end, surplus_for_next_cycle
    from clingoals.store import queries

    record = queries.get_license(store.conn, name)
    profile, result = license_status(store.conn, record, today)
    return {"license": record, "status": result,
            "next_end": next_cycle_end(dt.date.fromisoformat(record["renews"]), profile.cycle_months),
            "carry_over_hours": surplus_for_next_cycle(profile, result)}


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


def renew_license(store, name: str, *, renews: dt.date, carry_over_hours: float, now: str) -> dict:
    """Into the next cycle (ending ``renews``), remembering the one before."""
    from clingoals.store import repository

    with store.session() as session:
        final = repository.renew_license(session, name, renews=renews, carry_over_hours=carry_over_hours,
                                         now=now).name
    return _record(store, final)


def undo_renewal(store, name: str, *, now: str) -> dict:
    """Back to the cycle before the last renewal: its end date, cycle number
    and carry-over."""
    from clingoals.store import repository

    with store.session() as session:
        final = repository.undo_renewal(session, name, now=now).name
    return _record(store, final)
