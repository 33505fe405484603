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


def license_cycle(record: dict):
    from clingoals.ce.tally import LicenseCycle

    return LicenseCycle(name=record["name"], renews=dt.date.fromisoformat(record["renews"]),
                        cycle_number=record["cycle_number"], supervisor=record["supervisor"],
                        carry_over_hours=record["carry_over_hours"])


def license_status(conn, record: dict, day: dt.date, credits: list[dict] | None = None, converted: dict | None = None):
    """(profile, tally result) for one license. ``converted`` maps credit ids
    to tally credits, so several licenses share one conversion."""
    from clingoals.ce.records import tally_credit
    from clingoals.ce.tally import tally
    from clingoals.store import queries

    profile = resolve_profile(record["profile_id"])
    credits = queries.list_credits(conn) if credits is None else credits
    applicable = queries.credits_for_license(credits, record["name"])
    tally_credits = [converted[c["id"]] if converted else tally_credit(c) for c in applicable]
    return profile, tally(profile, license_cycle(record), tally_credits, day)


def all_statuses(conn, day: dt.date, only: str | None = None) -> list[tuple]:
    """(profile, tally result) for every license, or only the one named."""
    from clingoals.ce.records import tally_credit
    from clingoals.store import queries

    from clingoals.ce.tally import cycle_window

    records = [queries.get_license(conn, only)] if only else queries.list_licenses(conn)
    if not records:
        return []
    # Only what the current cycles can count: credits since the earliest cycle
    # start, and older ones in a category that a one-time minimum may need.
    profiles = [resolve_profile(r["profile_id"]) for r in records]
    earliest = min(cycle_window(p, dt.date.fromisoformat(r["renews"]))[0] for p, r in zip(profiles, records))
    once = {m.category for p in profiles for m in p.minimums if m.once}
    credits = queries.credits_for_tally(conn, since=earliest.isoformat(), or_categories=once)
    converted = {c["id"]: tally_credit(c) for c in credits}
    return [license_status(conn, record, day, credits, converted) for record in records]


def monthly_hours(conn, result: dict, profile) -> list[tuple]:
    """(first of month, hours) for each month of this license's current cycle."""
    from clingoals import charts
    from clingoals.ce.records import credit_json
    from clingoals.store import queries

    start, end = dt.date.fromisoformat(result["cycle_start"]), dt.date.fromisoformat(result["cycle_end"])
    credits = queries.credits_for_license(queries.list_credits(conn, since=result["cycle_start"]), result["name"])
    return charts.hours_by_month([credit_json(c, {result["name"]: profile}) for c in credits], start, end)


def ce_status(store, *, license_name: str | None = None, today: dt.date) -> list[tuple]:
    """`goals ce status`: (profile, result) per license; ``{"licenses": [results]}`` is its JSON."""
    return all_statuses(store.conn, today, license_name)
