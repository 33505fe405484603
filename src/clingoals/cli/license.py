"""`goals license`: the licenses CE credits count toward, and their cycles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

import typer
from dateutil.relativedelta import relativedelta

from clingoals.cli.common import (
    DATE_HELP,
    JSON_HELP,
    YES_HELP,
    confirm,
    emit_json,
    opened_store,
    respond,
    say,
    say_note,
    today,
)
from clingoals.numbers import number
from clingoals.usecases.ce import example_note, license_status, resolve_profile
from clingoals.dates import parse_date, parse_optional_date
from clingoals.errors import InvalidInput

license_app = typer.Typer(help="Your licenses and their renewal cycles.", no_args_is_help=True)


def _profile_id(value: str) -> str:
    """A built-in or added profile id, or a TOML file to add first."""
    path = Path(value).expanduser()
    if value.endswith(".toml") or path.is_file():
        from clingoals.ce.profiles import parse_profile
        from clingoals.store.files import SMALL_LIMIT, profiles_dir, read_text, store_toml

        text = read_text(path, limit=SMALL_LIMIT, what="profile")
        profile = parse_profile(text, str(path), "added")
        store_toml(profiles_dir(), profile.id, text)
        say(f"Added profile {profile.id} from {path}.")
        return profile.id
    return resolve_profile(value).id


def _now() -> str:
    from clingoals.clock import now_iso

    return now_iso()


@license_app.command("add")
def add(
    name: str = typer.Argument(..., help="Your name for it, e.g. 'TX LPC'."),
    profile: str = typer.Option(..., "--profile", help="A profile id (goals ce profile list) or a profile TOML file."),
    renews: str = typer.Option(..., "--renews", help=f"When the current cycle ends: {DATE_HELP}."),
    issued: Optional[str] = typer.Option(None, "--issued", help="When the license was first issued."),
    number: Optional[str] = typer.Option(None, "--number", help="The license number."),
    supervisor: bool = typer.Option(False, "--supervisor", help="You supervise: supervisor-only minimums apply."),
    cycle: Optional[int] = typer.Option(None, "--cycle", help="Which renewal cycle this is (1 = first; default: from --issued, else 2)."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Add a license with its requirement profile and renewal date."""
    from clingoals.store import queries, repository

    day = today()
    renews_date = parse_date(renews, day)
    issued_date = parse_optional_date(issued, day)
    if issued_date and issued_date > day:
        raise InvalidInput(f"The issue date {issued_date.isoformat()} is in the future.")
    if issued_date and issued_date >= renews_date:
        raise InvalidInput("The renewal date must come after the issue date.")
    profile_id = _profile_id(profile)
    found = resolve_profile(profile_id)
    if cycle is None:
        cycle = _cycle_from_issue(issued_date, renews_date, found.cycle_months) if issued_date else 2
    if cycle < 1:
        raise InvalidInput("--cycle must be 1 or more.")
    with opened_store() as store:
        with store.session() as session:
            repository.add_license(session, {
                "name": name, "profile_id": profile_id, "renews": renews_date, "issued": issued_date,
                "number": number, "supervisor": supervisor, "cycle_number": cycle,
                "carry_over_hours": 0.0}, now=_now())
        record = queries.get_license(store.conn, name.strip())
    if json_out:
        emit_json(record)
    else:
        say(f"Added license {record['name']} ({found.name}), renews {record['renews']}, cycle {cycle}.")
    say_note(example_note([found]))


def _cycle_from_issue(issued: dt.date, renews: dt.date, months: int) -> int:
    """Cycle 1 ends at the first renewal after issue; count whole cycles since."""
    cycles, end = 1, renews
    while end - relativedelta(months=months) > issued and cycles < 100:
        end -= relativedelta(months=months)
        cycles += 1
    return cycles


@license_app.command("list")
def list_licenses(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Your licenses, next renewal first."""
    from clingoals import render
    from clingoals.store import queries

    with opened_store() as store:
        rows = queries.list_licenses(store.conn)
    if json_out:
        emit_json(rows)
    elif not rows:
        say("No licenses yet. Add one: goals license add \"TX LPC\" --profile example-tx-lpc --renews 2027-01-31")
    else:
        render.out.print(render.licenses_table(rows, today()))


@license_app.command("show")
def show(name: str = typer.Argument(..., help="The license's name."),
         json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """One license and its current cycle."""
    from clingoals import render
    from clingoals.store import queries

    with opened_store() as store:
        record = queries.get_license(store.conn, name)
        profile, result = license_status(store.conn, record, today())
    if json_out:
        emit_json({**record, "status": result})
    else:
        render.out.print(render.license_detail(record, profile))
        render.out.print(render.ce_panel(result, profile))
        say_note(example_note([profile]))


@license_app.command("edit")
def edit(
    name: str = typer.Argument(..., help="The license's name."),
    new_name: Optional[str] = typer.Option(None, "--name", help="Rename it."),
    profile: Optional[str] = typer.Option(None, "--profile", help="Another profile id or TOML file."),
    renews: Optional[str] = typer.Option(None, "--renews", help="Correct the end of the current cycle."),
    issued: Optional[str] = typer.Option(None, "--issued", help="The issue date."),
    number: Optional[str] = typer.Option(None, "--number", help="The license number."),
    supervisor: Optional[bool] = typer.Option(None, "--supervisor/--no-supervisor", help="Whether supervisor-only minimums apply."),
    cycle: Optional[int] = typer.Option(None, "--cycle", help="Which renewal cycle this is (1 = first)."),
    carry_over: Optional[float] = typer.Option(None, "--carry-over", help="Hours carried over from the previous cycle."),
) -> None:
    """Correct a license's details."""
    from clingoals.cli.common import finite
    from clingoals.store import repository

    day = today()
    changes: dict = {}
    if new_name is not None:
        if not new_name.strip():
            raise InvalidInput("The name can't be empty.")
        changes["name"] = new_name.strip()
    if profile is not None:
        changes["profile_id"] = _profile_id(profile)
    if renews is not None:
        changes["renews"] = parse_date(renews, day)
    if issued is not None:
        changes["issued"] = parse_date(issued, day)
    if number is not None:
        changes["number"] = number.strip() or None
    if supervisor is not None:
        changes["supervisor"] = supervisor
    if cycle is not None:
        if cycle < 1:
            raise InvalidInput("--cycle must be 1 or more.")
        changes["cycle_number"] = cycle
    if carry_over is not None:
        if finite("--carry-over", carry_over) < 0:
            raise InvalidInput("--carry-over can't be negative.")
        changes["carry_over_hours"] = carry_over
    if not changes:
        raise InvalidInput("Nothing to change; give at least one option, e.g. --renews.")
    with opened_store() as store:
        if "renews" in changes:
            from clingoals.store import queries

            record = queries.get_license(store.conn, name)
            history = queries.license_cycles(store.conn, record["id"])
            if history:  # the cycle still starts the day after the last renewal
                if changes["renews"].isoformat() <= history[-1]["end"]:
                    raise InvalidInput(f"{record['name']}'s current cycle starts {record['cycle_start']}: "
                                       "the renewal date must come after it.")
            else:  # no renewal recorded: the start follows from the end again
                changes["cycle_start"] = None
        with store.session() as session:
            row = repository.update_license(session, name, changes, now=_now())
            final = row.name
    say(f"Updated license {final}.")


@license_app.command("renew")
def renew(name: str = typer.Argument(..., help="The license's name."),
          undo: bool = typer.Option(False, "--undo", help="Go back to the cycle before the last renewal."),
          yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP),
          json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Move a license to its next cycle (it starts the day after the end),
    carrying the allowed surplus over; the ended cycle stays available to
    'goals ce audit --cycle previous' and 'goals license history'. --undo goes back."""
    from clingoals.clock import now_iso
    from clingoals.usecases import licenses as use

    if undo:
        with opened_store() as store:
            record = use.undo_renewal(store, name, now=now_iso())
        respond(record, json_out=json_out, message=f"Undid the renewal of {record['name']}: back to cycle "
                                                  f"{record['cycle_number']}, ending {record['renews']}.")
        return
    day = today()
    with opened_store() as store:
        preview = use.renewal_preview(store, name, today=day)
        if not preview["outcome"]["complete"]:
            say(f"warning: the cycle ending {preview['ending_end']} is {preview['outcome']['text']}"
                + (f" ({preview['next']})." if preview["next"] else "."))
        if not confirm(f"Renew {preview['name']} into the cycle {preview['next_start']} to {preview['next_end']}?",
                       yes=yes):
            say("Not renewed.")
            return
        data = use.renew_license(store, name, today=day, now=now_iso())
    respond(data, json_out=json_out, message=f"Renewed {data['name']}: the new cycle runs {preview['next_start']} to "
                                            f"{data['renews']}; {number(data['carry_over_hours'])} h carried over. "
                                            f"Undo with: goals license renew \"{data['name']}\" --undo")


@license_app.command("history")
def history(name: str = typer.Argument(..., help="The license's name."),
            json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Each cycle of a license, newest first: required and counted hours,
    carry-over and the outcome (complete, or short by X h and where)."""
    from clingoals import render
    from clingoals.usecases.licenses import license_history

    with opened_store() as store:
        data = license_history(store, name, today=today())
    if json_out:
        emit_json(data)
    else:
        render.out.print(render.history_panel(data["name"], data["cycles"]))


@license_app.command("done")
def done(name: str = typer.Argument(..., help="The license's name."),
         requirement: str = typer.Argument(..., help='A requirement met by completion, e.g. "jurisprudence exam".'),
         date: str = typer.Option(..., "--date", help=f"When you completed it: {DATE_HELP}."),
         json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Tick a requirement met by completion (an exam, a required course) for
    the cycle holding its date; its hours (if any) then count."""
    from clingoals.usecases.licenses import mark_done

    with opened_store() as store:
        data = mark_done(store, name, requirement, date=date, today=today(), now=_now())
    if json_out:
        emit_json(data)
    else:
        say(f"Ticked {data['requirement']} for {data['license']} on {data['date']} "
            f"(cycle {data['cycle_start']} to {data['cycle_end']}).")


@license_app.command("delete")
def delete(name: str = typer.Argument(..., help="The license's name."),
           yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP),
           json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Delete a license (its credits stay; 'goals license restore NAME' brings it back)."""
    from clingoals.clock import now_iso
    from clingoals.store import queries
    from clingoals.usecases import licenses as use

    with opened_store() as store:
        record = queries.get_license(store.conn, name)
        if not confirm(f"Delete the license {record['name']}? Its CE credits stay", yes=yes):
            say("Nothing deleted.")
            return
        deleted = use.delete_license(store, record["name"], now=now_iso())
    respond(deleted, json_out=json_out, message=f"Deleted the license {deleted['name']}. "
                                                f"Undo with: goals license restore \"{deleted['name']}\"")


@license_app.command("restore")
def restore(name: str = typer.Argument(..., help="The deleted license's name."),
            json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Bring back a deleted license."""
    from clingoals.clock import now_iso
    from clingoals.usecases import licenses as use

    with opened_store() as store:
        record = use.restore_license(store, name, now=now_iso())
    respond(record, json_out=json_out, message=f"Restored the license {record['name']}.")
