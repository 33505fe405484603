"""`goals ce`: CE credits, requirement profiles, the renewal status and the
audit bundle. `goals ce` alone is `goals ce status`."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from clingoals.cli import on_demand
from clingoals.cli.common import (NUMBER,
    DATE_HELP,
    JSON_HELP,
    YES_HELP,
    confirm,
    emit_json,
    one_of_several,
    interactive,
    opened_store,
    privacy_guard,
    read_user_file,
    say,
    respond,
    say_note,
    stopped,
    today,
)
from clingoals.ce.profiles import ACTIVITIES, FORMATS, UNITS
from clingoals.errors import InvalidInput
from clingoals.numbers import counted

# The ce commands register on ce_commands and are built only when one runs (on_demand).
ce_commands = typer.Typer()
ce_app = typer.Typer(cls=on_demand(ce_commands),
                     help="Continuing-education credits against each license's renewal rules. "
                          "With no command: the renewal status.")
profile_app = typer.Typer(help="CE requirement profiles: the rules of a license.", no_args_is_help=True)
ce_commands.add_typer(profile_app, name="profile")

NOT_A_RECORD = "clingoals is not a system of record for any board: report credits where your board asks."

# The choices come from the CE domain (ce/profiles.py), defined there once.
Format = Enum("Format", {value.replace("-", "_"): value for value in FORMATS}, type=str)
Unit = Enum("Unit", {value.replace("-", "_"): value for value in UNITS}, type=str)
# The activities a profile can give rules to.
Activity = Enum("Activity", {value.replace("-", "_"): value for value in ACTIVITIES}, type=str)

UNIT_HELP = ("hours (as your board counts them), minutes (converted with the board's 50- or 60-minute hour), "
             "ceu, semester-hour, quarter-hour: converted with each license's unit table.")
ACTIVITY_HELP = ("What it was: course (default), presenting, authoring (an article), authoring-book, "
                 "graduate-course or teaching; profiles may give it a multiplier and a cap.")
PROVIDER_TYPE_HELP = ("What rules count: the provider's type, for rules that ask a share of the hours from "
                      "listed types, e.g. listed-in-rule (Texas), nysed-approved (New York); a type your "
                      "licenses' rules don't name is refused. Not the organisation's name (that is --provider).")
PROVIDER_HELP = ("The organisation's name, e.g. PESI (kept for your records; rules don't count it: "
                 "--provider-type is what rules count).")
CYCLE_OPTION_HELP = ("The cycle it counts in: current (by its date), previous, or a date inside the cycle; "
                     "a late course counts as a make-up credit in the earlier cycle.")


class ExportFormat(str, Enum):
    csv = "csv"
    json = "json"


def _format_option(required: bool):
    help_text = "How it was delivered: in-person, live-online (real-time, interactive) or self-study."
    if required:
        return typer.Option(..., "--format", help=help_text, case_sensitive=False)
    return typer.Option(None, "--format", help=help_text, case_sensitive=False)


# The shared CE pieces (status of every license, profiles) are use cases.
from clingoals.usecases.ce import (  # noqa: E402
    example_note,
    resolve_profile,
)


def _now() -> str:
    from clingoals.clock import now_iso

    return now_iso()


def warn_examples(profiles) -> None:
    say_note(example_note(profiles))


# --- status ------------------------------------------------------------------------

@ce_app.callback(invoke_without_command=True)
def ce_root(ctx: typer.Context,
            license_name: Optional[str] = typer.Option(None, "--license", help="Only this license."),
            json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Continuing education. With no command: the renewal status of each license."""
    if ctx.invoked_subcommand is None:
        status(license_name=license_name, cycle=None, json_out=json_out)


@ce_commands.command()
def status(license_name: Optional[str] = typer.Option(None, "--license", help="Only this license."),
           cycle: Optional[str] = typer.Option(None, "--cycle", help="Which cycle: current (default), previous, or a date inside it."),
           json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Per license: required, counted and remaining hours, category minimums,
    caps, days left, the pace needed and what to take next."""
    from clingoals import render
    from clingoals.usecases.ce import ce_status, status_panels

    day = today()
    with opened_store() as store:
        if json_out:
            results, notes = ce_status(store, license_name=license_name, cycle=cycle, today=day)
        else:  # the table adds each current cycle's hours per month
            panels, notes = status_panels(store, license_name=license_name, cycle=cycle, today=day)
    for note in notes:
        say(note)
    if json_out:
        emit_json({"licenses": [result for _, result in results]})
        return
    if not panels:
        say("No licenses yet. Add one: goals license add \"TX LPC\" --profile example-tx-lpc --renews 2027-01-31")
        return
    for profile, result, monthly in panels:  # each panel's last line says an example profile is one
        render.out.print(render.ce_panel(result, profile, monthly, day))
    say(f"note: {NOT_A_RECORD}")


# --- credits -------------------------------------------------------------------------

@ce_commands.command("add")
def add(
    title: str = typer.Argument(..., help="The course or activity, as on the certificate."),
    hours: float = typer.Option(..., "--hours", click_type=NUMBER, help="How many units it gave (see --unit)."),
    unit: Unit = typer.Option(Unit.hours, "--unit", help=UNIT_HELP, case_sensitive=False),
    date: str = typer.Option(..., "--date", help=f"When you completed it: {DATE_HELP}."),
    fmt: Optional[Format] = typer.Option(None, "--format", case_sensitive=False,
                                         help="How it was delivered: in-person, live-online (real-time, interactive) "
                                              "or self-study. Required for a course; other activities default to in-person."),
    activity: Activity = typer.Option("course", "--activity", help=ACTIVITY_HELP, case_sensitive=False),
    provider_type: Optional[str] = typer.Option(None, "--provider-type", help=PROVIDER_TYPE_HELP),
    cycle: Optional[str] = typer.Option(None, "--cycle", help=CYCLE_OPTION_HELP),
    category: Optional[List[str]] = typer.Option(None, "--category", help="A category it can fill, e.g. ethics (repeatable)."),
    provider: Optional[str] = typer.Option(None, "--provider", help=PROVIDER_HELP),
    approver: Optional[str] = typer.Option(None, "--approver", help="Who approved it, e.g. NBCC, APA, ASWB ACE."),
    license_name: Optional[List[str]] = typer.Option(None, "--license", help="A license it counts for (repeatable; default: every license)."),
    certificate: Optional[Path] = typer.Option(None, "--certificate", help="Certificate file to keep a copy of."),
    goal: Optional[int] = typer.Option(None, "--goal", help="A goal this credit serves ('goals show ID' lists it)."),
    yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Log a CE credit (and keep a copy of its certificate)."""
    from clingoals.usecases import credits as use

    privacy_guard("\n".join(t for t in (title, provider) if t), yes=yes, what="this credit")
    if fmt is None and activity.value == "course":
        raise InvalidInput("A course needs --format: in-person, live-online or self-study "
                           "(--activity names what isn't a course).")
    day = today()
    fields = use.new_credit(title=title, hours=hours, unit=unit.value, date=date,
                            fmt=(fmt or Format.in_person).value, categories=category or [], provider=provider,
                            approver=approver, certificate=certificate, goal=goal, activity=activity.value,
                            provider_type=provider_type, today=day)
    with opened_store() as store:
        use.check_references(store, fields, licenses=license_name or [])
        question = use.outsized_question(store, hours=fields["amount"], unit=fields["unit"], licenses=license_name)
        if question and not confirm(question, yes=yes):
            stopped("Nothing added.")
        fields["counts_in"] = use.cycle_of_new_credit(store, fields, licenses=license_name or [], cycle=cycle, today=day)
        duplicate = use.duplicate_of(store, fields)
        if duplicate:
            same = f"credit {duplicate['id']} has the same title, provider and date"
            edit = use.duplicate_edit(duplicate, fields, licenses=license_name or [])
            if edit:  # a retyped credit that only fixes a field (trial 16 C7): the edit, not a second credit
                same += f" and differs only in its {edit[0]}: to change credit {duplicate['id']}, run {edit[1]}"
            if not yes and not interactive():  # one line: what is wrong and how to go ahead
                again = "To add a second credit" if edit else "To add it anyway"
                raise InvalidInput(f"Not added: {same}. {again}, run the same command with --yes.")
            say(f"warning: {same}.")
            if not confirm("Add it again?", yes=yes):
                say("Nothing added.")
                return
        data = use.add_credit(store, fields, licenses=license_name or [], now=_now())
        category_notes = use.unknown_categories(store, data["id"], data["categories"], licenses=data["licenses"])
        counts = use.where_it_counts(store, data, today=day)
        goal_notes = use.goal_notes(store, data)
        provider_note = use.provider_type_note(store, data)
    data = {**data, "cycles": counts["cycles"]}
    shown = f"{data['hours']:g} h" if data["unit"] == "hours" else f"{data['amount']:g} {data['unit']} = {data['hours']:g} h"
    make_up = (f" It is a make-up credit: it counts in the cycle holding {data['counts_in']}, not the current one."
               if data["make_up"] else "")
    respond(data, json_out=json_out, message=f"Added CE credit {data['id']}: {shown}, {data['format']}, "
                                             f"for {_applies(data['licenses'], counts['licenses'])}.{make_up}")
    if not data["make_up"]:
        for line in _cycle_notes(counts["cycles"]):
            say(line)
    for note in category_notes + goal_notes + [provider_note] * bool(provider_note):
        say(note)


def _applies(linked: list[str], every: list[str]) -> str:
    """Which licenses a credit counts for, as `ce add` says it."""
    if linked:
        return ", ".join(linked)
    if len(every) == 1:
        return f"every license (yours: {every[0]})"
    return "every license" if every else "every license you add"


def _cycle_notes(cycles: list[dict]) -> list[str]:
    """A line for each license in whose current cycle a new credit does not
    count: dated in an ended cycle, before the first, or after a cycle that
    ended without a renewal recorded."""
    notes = []
    for c in cycles:
        if c["where"] == "ended":
            notes.append(f"note: for {c['license']} it counts in cycle {c['cycle_number']} ({c['start']} → "
                         f"{c['end']}), which has ended, not in the current one; 'goals license history "
                         f"\"{c['license']}\"' shows that cycle.")
        elif c["where"] == "before":
            notes.append(f"note: it is dated before {c['license']}'s first cycle (from {c['start']}), so it "
                         f"counts in none of its cycles.")
        elif c["where"] == "after":
            notes.append(f"note: it is dated after {c['license']}'s cycle ending {c['end']}: it counts once you "
                         f"record the renewal ('goals license renew \"{c['license']}\"').")
    return notes


@ce_commands.command("list")
def list_credits(
    license_name: Optional[str] = typer.Option(None, "--license", help="Only credits that count for this license."),
    date_from: Optional[str] = typer.Option(None, "--from", help=f"From this date ('April' is the latest April's first day): {DATE_HELP}."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Up to this date ('April' is the latest April's last day)."),
    category: Optional[str] = typer.Option(None, "--category", help="Only this category."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """List CE credits, oldest first."""
    from clingoals import render
    from clingoals.usecases import credits as use

    with opened_store() as store:
        credits = use.list_credits(store, license_name=license_name, date_from=date_from, date_to=date_to,
                                   category=category, today=today())
    if not credits and not json_out:
        say("No CE credits match. Add one: goals ce add \"Ethics in telehealth\" --hours 3 --date today --format live-online")
        return
    respond(credits, json_out=json_out, render=lambda rows: render.show(render.credits_table(rows)))


@ce_commands.command("show")
def show(credit_id: int = typer.Argument(..., metavar="ID", help="The credit's id."),
         json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """One credit, and where its certificate copy is kept."""
    from clingoals import render
    from clingoals.usecases import credits as use

    with opened_store() as store:
        data = use.credit_data(store, credit_id)
    respond(data, json_out=json_out, render=lambda d: render.out.print(render.credit_detail(d)))


@ce_commands.command("edit")
def edit(
    credit_id: int = typer.Argument(..., metavar="ID", help="The credit's id."),
    title: Optional[str] = typer.Option(None, "--title", help="New title."),
    hours: Optional[float] = typer.Option(None, "--hours", click_type=NUMBER, help="New amount."),
    unit: Optional[Unit] = typer.Option(None, "--unit", help="New unit: " + UNIT_HELP, case_sensitive=False),
    date: Optional[str] = typer.Option(None, "--date", help="New completion date."),
    fmt: Optional[Format] = _format_option(False),
    category: Optional[List[str]] = typer.Option(None, "--category", help="Replace the categories (repeatable)."),
    provider: Optional[str] = typer.Option(None, "--provider", help=PROVIDER_HELP),
    approver: Optional[str] = typer.Option(None, "--approver", help="New approver."),
    license_name: Optional[List[str]] = typer.Option(None, "--license", help="Replace the licenses it counts for (repeatable)."),
    all_licenses: bool = typer.Option(False, "--all-licenses", help="Make it count for every license."),
    certificate: Optional[Path] = typer.Option(None, "--certificate", help="Attach or replace the certificate."),
    goal: Optional[int] = typer.Option(None, "--goal", help="Link to a goal (0 unlinks)."),
    activity: Optional[Activity] = typer.Option(None, "--activity", help=ACTIVITY_HELP, case_sensitive=False),
    provider_type: Optional[str] = typer.Option(None, "--provider-type", help=PROVIDER_TYPE_HELP + " Empty clears it."),
    cycle: Optional[str] = typer.Option(None, "--cycle", help=CYCLE_OPTION_HELP),
    yes: bool = typer.Option(False, "--yes", "-y", help="Save even if the privacy check warns, and a credit "
                                                        "of more than a whole cycle of its licenses asks."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Change a credit (--cycle previous makes it a make-up credit; --cycle current undoes that)."""
    from clingoals.usecases import credits as use

    privacy_guard("\n".join(t for t in (title, provider) if t), yes=yes, what="this change")

    with opened_store() as store:
        question = use.outsized_question(store, credit_id, hours=hours, unit=unit.value if unit else None,
                                         licenses=[] if all_licenses else license_name)
        if question and not confirm(question, yes=yes):
            stopped("Nothing changed.")
        before = use.credit_data(store, credit_id)
        data = use.edit_credit(store, credit_id, title=title, hours=hours, unit=unit.value if unit else None,
                               date=date, fmt=fmt.value if fmt else None, categories=category,
                               provider=provider, approver=approver, licenses=license_name,
                               all_licenses=all_licenses, certificate=certificate, goal=goal,
                               activity=activity.value if activity else None, provider_type=provider_type,
                               cycle=cycle, today=today(), now=_now())
        category_notes = use.unknown_categories(store, credit_id, data["categories"] if category else None,
                                                licenses=data["licenses"])
        if goal is not None or hours is not None or unit is not None:  # linked, or its hours changed
            category_notes += use.goal_notes(store, data)
        if provider is not None or provider_type is not None or license_name or all_licenses:
            category_notes += [note for note in [use.provider_type_note(store, data)] if note]
    make_up = f" It is a make-up credit: it counts in the cycle holding {data['counts_in']}." if data["make_up"] else ""
    changed = use.credit_changes(before, data)
    what = f": {'; '.join(changed)}" if changed else " (it already had those values)"
    respond(data, json_out=json_out, message=f"Updated CE credit {credit_id}{what}.{make_up}")
    for note in category_notes:
        say(note)


@ce_commands.command("delete")
def delete(credit_id: int = typer.Argument(..., metavar="ID", help="The credit's id."),
           yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP),
           json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Delete a credit (recoverable with 'goals ce restore ID')."""
    from clingoals.usecases import credits as use

    with opened_store() as store:
        credit = use.credit_data(store, credit_id)
        if not confirm(f"Delete CE credit {credit_id} ({credit['title']})?", yes=yes):
            say("Nothing deleted.")
            return
        data = use.delete_credit(store, credit_id, now=_now())
    respond(data, json_out=json_out, message=f"Deleted CE credit {credit_id}. Undo with: goals ce restore {credit_id}")


@ce_commands.command("restore")
def restore(credit_id: int = typer.Argument(..., metavar="ID", help="The deleted credit's id."),
            json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Bring back a deleted credit."""
    from clingoals.usecases import credits as use

    with opened_store() as store:
        data = use.restore_credit(store, credit_id, now=_now())
    respond(data, json_out=json_out, message=f"Restored CE credit {credit_id}.")


@ce_commands.command("import")
def import_csv(file: Path = typer.Argument(..., help="A CSV with the columns listed in README (title, hours, date, format, ...)."),
               yes: bool = typer.Option(False, "--yes", "-y", help="Import rows that duplicate existing credits, or give more "
                                                               "in one credit than a whole cycle asks, too."),
               json_out: bool = typer.Option(False, "--json", help="Print the imported credits as JSON.")) -> None:
    """Import credits from a CSV: all rows or, if one is bad, none."""
    from clingoals.usecases import credits as use

    text = read_user_file(file, encoding="utf-8-sig")
    base = Path(file).expanduser().absolute().parent
    with opened_store() as store:
        rows, duplicates = use.read_credit_rows(store, text, base, today=today())
        if not rows:
            raise InvalidInput(f"{file} has no credits in it.")
        if duplicates:
            listed = ", ".join(map(str, duplicates))
            say(f"warning: row {listed} repeats a credit you already have." if len(duplicates) == 1 else
                f"warning: rows {listed} repeat credits you already have.")
            if not confirm("Import them anyway?", yes=yes):
                raise InvalidInput("Nothing was imported; run again with --yes to import duplicates too.")
        outsized = use.outsized_rows(store, rows)
        for row, finding in outsized.items():
            say(f"warning: row {row}: {finding}.")
        if outsized:
            if not confirm("Import them as they are?", yes=yes):
                raise InvalidInput("Nothing was imported; check the hours, or run again with --yes to import them as they are.")
        unlinked = use.unlinked_rows(rows)
        added = use.import_credit_rows(store, rows, base, now=_now())
    respond(added, json_out=json_out, message=f"Imported {counted(len(added), 'CE credit')} from {file}.")
    if unlinked:  # the credits come in, their links to goals this home doesn't have don't: say which
        ids = [credit["id"] for row, credit in zip(rows, added) if row["row"] in unlinked]
        goals = " or ".join(map(str, dict.fromkeys(unlinked.values())))
        one = len(ids) == 1
        say(f"note: the CSV's goal {goals} (of the home it came from) isn't here: "
            f"{'credit' if one else 'credits'} {', '.join(map(str, ids))} ({'row' if one else 'rows'} "
            f"{', '.join(map(str, unlinked))}) came in without the link; 'goals ce edit "
            f"{ids[0] if one else 'ID'} --goal N' links {'it' if one else 'one'}.")


@ce_commands.command("export")
def export(fmt: ExportFormat = typer.Option(ExportFormat.csv, "--format", help="csv (the import columns) or json.", case_sensitive=False),
           out: Optional[Path] = typer.Option(None, "--out", help="File to write (default, or -: stdout)."),
           force: bool = typer.Option(False, "--force", help="Replace the --out file if it already exists.")) -> None:
    """Export every CE credit as CSV (re-importable) or JSON.
    An existing --out file is refused unless --force, as `goals export` does."""
    from clingoals.usecases.ce import export_credits

    with opened_store() as store:
        done = export_credits(store, fmt.value, out, replace=force)
    if done["out"] != "-":
        copied = f" and {counted(done['certificates'], 'certificate')} to {done['folder']}" if done["certificates"] else ""
        say(f"Wrote {counted(done['credits'], 'credit')} to {out}{copied}.")


@ce_commands.command("audit")
def audit(license_name: str = typer.Option(..., "--license", help="The license being audited."),
          out: Path = typer.Option(..., "--out", help="The zip file to write."),
          cycle: Optional[str] = typer.Option(None, "--cycle", help="Which cycle: current (default), previous "
                                                                   "(the one boards audit after a renewal), or a date inside it."),
          force: bool = typer.Option(False, "--force", help="Replace the --out file if it already exists."),
          json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Write an audit bundle for one cycle: its credits (CSV), a summary page
    and every certificate, named as credits.csv names them. An existing --out
    file is refused unless --force."""
    from clingoals.usecases.ce import write_audit

    with opened_store() as store:
        data = write_audit(store, license_name, out, cycle=cycle, today=today(), replace=force)
    if json_out:
        emit_json(data)
        return
    say(f"Wrote {out}: cycle {data['cycle_start']} to {data['cycle_end']}, {counted(data['credits'], 'credit')}, "
        f"{counted(data['certificates'], 'certificate')}, {len(data['missing'])} missing.")
    if data["missing"]:
        say("Missing certificates: " + "; ".join(f"{c['id']} {c['title']}" for c in data["missing"]))


# --- profiles ------------------------------------------------------------------------

@profile_app.command("list")
def profile_list(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """The requirement profiles: built-in examples and your own."""
    from clingoals import render
    from clingoals.usecases.ce import list_profiles

    found = list_profiles()
    profiles = [{key: p.as_dict()[key] for key in ("id", "name", "status", "label", "jurisdiction",
                                                  "total_hours", "cycle_months", "origin")} for p in found]
    if json_out:
        emit_json(profiles)
    else:
        render.out.print(render.profiles_table(profiles))
        warn_examples(found)


@profile_app.command("show")
def profile_show(profile_id: str = typer.Argument(..., metavar="ID", help="The profile's id."),
                 json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Every rule of one profile, with its sources."""
    from clingoals import render

    profile = one_of_several(resolve_profile, profile_id, what="profile")
    if json_out:
        emit_json(profile.as_dict())
    else:
        render.out.print(render.profile_detail(profile.as_dict()))
        warn_examples([profile])


@profile_app.command("add")
def profile_add(file: Path = typer.Argument(..., help="A profile in the TOML format of README's CE section."),
                json_out: bool = typer.Option(False, "--json", help="Print the added profile as JSON.")) -> None:
    """Check a profile file and keep a copy of it with your data."""
    from clingoals.usecases.ce import add_profile

    profile, dest, replaced = add_profile(file)
    respond(profile.as_dict(), json_out=json_out, message=f"Added profile {profile.id} ({profile.name}); kept at {dest}.")
    say_note(replaced)
