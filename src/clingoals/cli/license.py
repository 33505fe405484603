"""`goals license`: the licenses CE credits count toward, and their cycles."""

from __future__ import annotations

from typing import Optional

import typer

from clingoals import clock
from clingoals.cli.common import (
    DATE_HELP,
    JSON_HELP,
    YES_HELP,
    confirm,
    one_of_several,
    opened_store,
    respond,
    say,
    say_note,
    today,
)
from clingoals.ce.licenses import assumed_cycle_note, cycle_words, past_renewal_note
from clingoals.numbers import number
from clingoals.usecases import licenses as use
from clingoals.usecases.ce import example_note

license_app = typer.Typer(help="Your licenses and their renewal cycles.", no_args_is_help=True)


def _profile_id(value: str) -> str:
    """A profile id, or a TOML file checked and kept first (said on stderr)."""
    profile_id, note = one_of_several(use.profile_id_for, value, what="profile")  # 'lcsw': NJ's or NY's?
    say_note(note)
    return profile_id


@license_app.command("add")
def add(
    name: str = typer.Argument(..., help="Your name for it, e.g. 'TX LPC'."),
    profile: str = typer.Option(..., "--profile", help="A profile id (goals ce profile list) or a profile TOML file."),
    renews: str = typer.Option(..., "--renews", help=f"When the current cycle ends: {DATE_HELP}."),
    issued: Optional[str] = typer.Option(None, "--issued", help="When the license was first issued."),
    number: Optional[str] = typer.Option(None, "--number", help="The license number."),
    supervisor: bool = typer.Option(False, "--supervisor", help="You supervise (since today): supervisor-only minimums apply to cycles ending from today."),
    supervisor_since: Optional[str] = typer.Option(None, "--supervisor-since", help=f"You have supervised since this day (implies --supervisor): {DATE_HELP}."),
    cycle: Optional[int] = typer.Option(None, "--cycle", help="Which renewal cycle this is (1 = first; default: from --issued, else 2)."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Add a license with its requirement profile and renewal date."""
    profile_id = _profile_id(profile)
    with opened_store() as store:
        record, found = use.add_license(store, name, profile_id=profile_id, renews=renews, issued=issued,
                                        number=number, supervisor=supervisor, cycle=cycle,
                                        supervisor_since=supervisor_since, today=today(), now=clock.now_iso())
    from_issue = None
    if record["issued"] and cycle is not None:  # a number given with --issued: say if the date gives another
        import datetime as dt

        from clingoals.ce.tally import cycle_number_of

        from_issue = cycle_number_of(found, dt.date.fromisoformat(str(record["issued"])),
                                     dt.date.fromisoformat(str(record["renews"])))
    respond(record, json_out=json_out, message=f"Added license {record['name']} ({found.name}), "
            f"renews {record['renews']}, {cycle_words(record['cycle_number'], record['issued'], from_issue)}.")
    say_note(past_renewal_note(record["name"], record["renews"], today()))
    term = use.first_term(record, found)
    say_note(f"note: {term}" if term else None)
    if issued is None and cycle is None:
        say_note(assumed_cycle_note(record["name"], record["cycle_number"], found))
    say_note(example_note([found]))


@license_app.command("list")
def list_licenses(deleted: bool = typer.Option(False, "--deleted", help="Deleted licenses (bring one back with 'goals license restore NAME')."),
                  json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Your licenses, next renewal first."""
    from clingoals import render

    with opened_store() as store:
        rows = use.deleted_licenses(store) if deleted else use.list_licenses(store)
    if deleted and not json_out:
        if not rows:
            say("No deleted licenses.")
            return
        render.out.print(render.licenses_table(rows, today()))
        say("Bring one back with: goals license restore NAME")
        return
    if not rows and not json_out:
        say("No licenses yet. Add one: goals license add \"TX LPC\" --profile example-tx-lpc --renews 2027-01-31")
        return
    respond(rows, json_out=json_out, render=lambda r: render.out.print(render.licenses_table(r, today())))


@license_app.command("show")
def show(name: str = typer.Argument(..., help="The license's name or the ID 'goals license list' shows."),
         json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """One license and its current cycle."""
    from clingoals import render

    with opened_store() as store:
        data, profile = use.show_license(store, name, today=today())

    def show_it(data: dict) -> None:
        render.out.print(render.license_detail(data, profile))  # its cycle words are the tally's
        if data["first_term"]:
            render.out.print(data["first_term"])
        render.out.print(render.ce_panel(data["status"], profile))  # its last line says an example profile is one

    respond(data, json_out=json_out, render=show_it)


@license_app.command("edit")
def edit(
    name: str = typer.Argument(..., help="The license's name or ID."),
    new_name: Optional[str] = typer.Option(None, "--name", help="Rename it."),
    profile: Optional[str] = typer.Option(None, "--profile", help="Another profile id or TOML file."),
    renews: Optional[str] = typer.Option(None, "--renews", help="Correct the end of the current cycle."),
    issued: Optional[str] = typer.Option(None, "--issued", help="The issue date."),
    number: Optional[str] = typer.Option(None, "--number", help="The license number."),
    supervisor: Optional[bool] = typer.Option(None, "--supervisor/--no-supervisor", help="Whether you supervise; set now, it counts from today (supervisor-only minimums apply to cycles ending from then)."),
    supervisor_since: Optional[str] = typer.Option(None, "--supervisor-since", help=f"The day you began supervising (implies --supervisor): {DATE_HELP}."),
    cycle: Optional[int] = typer.Option(None, "--cycle", help="Which renewal cycle this is (1 = first)."),
    carry_over: Optional[float] = typer.Option(None, "--carry-over", help="Hours carried over from the previous cycle."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Correct a license's details."""
    profile_id = _profile_id(profile) if profile is not None else None
    with opened_store() as store:
        record = use.edit_license(store, name, new_name=new_name, profile_id=profile_id, renews=renews,
                                  issued=issued, number=number, supervisor=supervisor, cycle=cycle,
                                  carry_over=carry_over, supervisor_since=supervisor_since, today=today(),
                                  now=clock.now_iso())
    numbered, now = "", record["current_cycle"]
    if renews is not None or issued is not None or cycle is not None:  # the cycle moved: say where it is now
        left = f"{now['days_left']} d left" if now["days_left"] >= 0 else f"ended {-now['days_left']} d ago"
        numbered = (f" Its current cycle is now {now['start']} → {now['end']} ({now['label']}), {left}; "
                    f"status: {now['status'].replace('_', ' ')}.")
    respond(record, json_out=json_out, message=f"Updated license {record['name']}.{numbered}")


@license_app.command("renew")
def renew(name: str = typer.Argument(..., help="The license's name or ID."),
          undo: bool = typer.Option(False, "--undo", help="Go back to the cycle before the last renewal."),
          yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP),
          json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Move a license to its next cycle (it starts the day after the end),
    carrying the allowed surplus over; the ended cycle stays available to
    'goals ce audit --cycle previous' and 'goals license history'. --undo goes back."""
    if undo:
        with opened_store() as store:
            record = use.undo_renewal(store, name, now=clock.now_iso())
        respond(record, json_out=json_out, message=f"Undid the renewal of {record['name']}: back to the cycle "
                f"ending {record['renews']} ({cycle_words(record['cycle_number'], record['issued'])}).")
        return
    day = today()
    with opened_store() as store:
        preview = use.renewal_preview(store, name, today=day)
        if not preview["outcome"]["complete"]:
            say(f"warning: the cycle ending {preview['ending_end']} is {preview['outcome']['text']}.")
        if not confirm(f"Renew {preview['name']} into the cycle {preview['next_start']} to {preview['next_end']}?",
                       yes=yes):
            say("Not renewed.")
            return
        data = use.renew_license(store, name, today=day, now=clock.now_iso())
    respond(data, json_out=json_out, message=f"Renewed {data['name']}: the new cycle runs {preview['next_start']} to "
                                            f"{data['renews']}; {number(data['carry_over_hours'])} h carried over. "
                                            f"Undo with: goals license renew \"{data['name']}\" --undo")


@license_app.command("history")
def history(name: str = typer.Argument(..., help="The license's name or ID."),
            json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Each cycle of a license, newest first: required and counted hours,
    carry-over and the outcome (complete, or short by X h and where)."""
    from clingoals import render

    with opened_store() as store:
        data = use.license_history(store, name, today=today())
    respond(data, json_out=json_out,
            render=lambda d: render.out.print(
                render.history_panel(d["name"], d["cycles"], d["issued"], d["first_term"])))


@license_app.command("done")
def done(name: str = typer.Argument(..., help="The license's name or ID."),
         requirement: str = typer.Argument(..., help='A requirement met by completion, e.g. "jurisprudence exam", '
                                              'or a one-time minimum done before this cycle, e.g. hiv-aids.'),
         date: str = typer.Option(..., "--date", help=f"When you completed it: {DATE_HELP}."),
         cycle: Optional[str] = typer.Option(None, "--cycle", help="The cycle it counts in: current (by its date), "
                                             "previous, or a date inside the cycle; done late, it makes up "
                                             "the earlier cycle."),
         json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Tick a requirement met by completion (an exam, a required course) for
    the cycle holding its date (or --cycle previous when it was done late);
    its hours (if any) then count. A one-time minimum (California's HIV/AIDS
    course) done before the current cycle is ticked the same way, by its
    category, and is no longer asked for."""
    with opened_store() as store:
        data = use.mark_done(store, name, requirement, date=date, cycle=cycle, today=today(), now=clock.now_iso())
    if data["once"]:
        respond(data, json_out=json_out, message=f"Ticked {data['requirement']} for {data['license']}, done "
                f"{data['date']}: a one-time requirement, met for the life of the license; 'goals ce' no longer "
                "asks for it.")
        return
    make_up = " as a make-up for that cycle" if data["make_up"] else ""
    respond(data, json_out=json_out, message=f"Ticked {data['requirement']} for {data['license']} on {data['date']}"
                                            f"{make_up} (cycle {data['cycle_start']} to {data['cycle_end']}).")


@license_app.command("delete")
def delete(name: str = typer.Argument(..., help="The license's name or ID."),
           yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP),
           json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Delete a license (its credits stay; 'goals license restore NAME' brings it back)."""
    with opened_store() as store:
        record = use.show_license(store, name, today=today())[0]
        if not confirm(f"Delete the license {record['name']}? Its CE credits stay", yes=yes):
            say("Nothing deleted.")
            return
        deleted = use.delete_license(store, record["name"], now=clock.now_iso())
    respond(deleted, json_out=json_out, message=f"Deleted the license {deleted['name']}. "
                                                f"Undo with: goals license restore \"{deleted['name']}\"")


@license_app.command("restore")
def restore(name: str = typer.Argument(..., help="The deleted license's name or ID."),
            json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Bring back a deleted license."""
    with opened_store() as store:
        record = use.restore_license(store, name, now=clock.now_iso())
    respond(record, json_out=json_out, message=f"Restored the license {record['name']}.")
