"""Licenses: deleting one (recoverable), bringing it back, renewing into the
next cycle and undoing the last renewal. Each returns the license as
``goals license show --json`` prints it."""

from __future__ import annotations

import datetime as dt


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
