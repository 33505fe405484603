"""`goals ce`: CE credits, requirement profiles, the renewal status and the
audit bundle. `goals ce` alone is `goals ce status`."""

from __future__ import annotations

import datetime as dt
import json
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from clingoals.cli.common import (
    DATE_HELP,
    JSON_HELP,
    YES_HELP,
    confirm,
    emit_json,
    opened_store,
    read_user_file,
    say,
    say_note,
    today,
)
from clingoals.dates import parse_date, parse_optional_date
from clingoals.errors import InvalidInput, NotFound

ce_app = typer.Typer(help="Continuing-education credits against each license's renewal rules. "
                          "With no command: the renewal status.")
profile_app = typer.Typer(help="CE requirement profiles: the rules of a license.", no_args_is_help=True)
ce_app.add_typer(profile_app, name="profile")

NOT_A_RECORD = "clingoals is not a system of record for any board: report credits where your board asks."

class Format(str, Enum):
    in_person = "in-person"
    live_online = "live-online"
    self_study = "self-study"


class Unit(str, Enum):
    hours = "hours"
    minutes = "minutes"
    ceu = "ceu"
    semester_hour = "semester-hour"
    quarter_hour = "quarter-hour"


# The activities a profile can give rules to (clingoals.ce.profiles.ACTIVITIES).
Activity = Enum("Activity", {name.replace("-", "_"): name for name in
                             ("course", "presenting", "authoring", "authoring-book", "graduate-course", "teaching")},
                type=str)

UNIT_HELP = ("hours (as your board counts them), minutes (converted with the board's 50- or 60-minute hour), "
             "ceu, semester-hour, quarter-hour: converted with each license's unit table.")
ACTIVITY_HELP = ("What it was: course (default), presenting, authoring (an article), authoring-book, "
                 "graduate-course or teaching; profiles may give it a multiplier and a cap.")
PROVIDER_TYPE_HELP = ("The provider's type for rules that ask a share of the hours from listed types, "
                      "e.g. listed-in-rule (Texas), nysed-approved (New York).")
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
    all_statuses,
    example_note,
    license_status,
    monthly_hours,
    profile_folder,
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


@ce_app.command()
def status(license_name: Optional[str] = typer.Option(None, "--license", help="Only this license."),
           cycle: Optional[str] = typer.Option(None, "--cycle", help="Which cycle: current (default), previous, or a date inside it."),
           json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Per license: required, counted and remaining hours, category minimums,
    caps, days left, the pace needed and what to take next."""
    from clingoals import render
    from clingoals.usecases.ce import ce_status

    day = today()
    with opened_store() as store:
        results = ce_status(store, license_name=license_name, cycle=cycle, today=day)
    if json_out:
        emit_json({"licenses": [result for _, result in results]})
        return
    if not results:
        say("No licenses yet. Add one: goals license add \"TX LPC\" --profile example-tx-lpc --renews 2027-01-31")
        return
    with opened_store() as store:
        for profile, result in results:
            monthly = monthly_hours(store.conn, result, profile) if result.get("current_cycle", True) else None
            render.out.print(render.ce_panel(result, profile, monthly, day))
    warn_examples([p for p, _ in results])
    say(f"note: {NOT_A_RECORD}")


# --- credits -------------------------------------------------------------------------

@ce_app.command("add")
def add(
    title: str = typer.Argument(..., help="The course or activity, as on the certificate."),
    hours: float = typer.Option(..., "--hours", help="How many units it gave (see --unit)."),
    unit: Unit = typer.Option(Unit.hours, "--unit", help=UNIT_HELP, case_sensitive=False),
    date: str = typer.Option(..., "--date", help=f"When you completed it: {DATE_HELP}."),
    fmt: Optional[Format] = typer.Option(None, "--format", case_sensitive=False,
                                         help="How it was delivered: in-person, live-online (real-time, interactive) "
                                              "or self-study. Required for a course; other activities default to in-person."),
    activity: Activity = typer.Option("course", "--activity", help=ACTIVITY_HELP, case_sensitive=False),
    provider_type: Optional[str] = typer.Option(None, "--provider-type", help=PROVIDER_TYPE_HELP),
    cycle: Optional[str] = typer.Option(None, "--cycle", help=CYCLE_OPTION_HELP),
    category: Optional[List[str]] = typer.Option(None, "--category", help="A category it can fill, e.g. ethics (repeatable)."),
    provider: Optional[str] = typer.Option(None, "--provider", help="Who gave it."),
    approver: Optional[str] = typer.Option(None, "--approver", help="Who approved it, e.g. NBCC, APA, ASWB ACE."),
    license_name: Optional[List[str]] = typer.Option(None, "--license", help="A license it counts for (repeatable; default: every license)."),
    certificate: Optional[Path] = typer.Option(None, "--certificate", help="Certificate file to keep a copy of."),
    goal: Optional[int] = typer.Option(None, "--goal", help="A goal this credit serves."),
    yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Log a CE credit (and keep a copy of its certificate)."""
    from clingoals.ce import records
    from clingoals.store import queries, repository
    from clingoals.store.files import store_certificate

    from clingoals.usecases.ce import assign_cycle, credits_json

    day = today()
    if fmt is None and activity.value == "course":
        raise typer.BadParameter("a course needs --format: in-person, live-online or self-study.", param_hint="--format")
    amount = records.check_amount(hours)
    entry_date = records.check_credit_date(parse_date(date, day), day)
    categories = [records.normalise_category(c) for c in category or []]
    kind = records.normalise_provider_type(provider_type)
    if certificate is not None and not Path(certificate).expanduser().is_file():
        raise InvalidInput(f"No certificate file at {certificate}.")
    with opened_store() as store:
        for name in license_name or []:
            queries.get_license(store.conn, name)
        counts_in = assign_cycle(store.conn, list(license_name or []), cycle, entry_date, day)
        duplicate = records.is_duplicate(queries.list_credits(store.conn), title, provider, entry_date)
        if duplicate:
            say(f"warning: credit {duplicate['id']} has the same title, provider and date.")
            if not confirm("Add it again?", yes=yes):
                say("Nothing added.")
                return
        stored = store_certificate(certificate) if certificate else None
        with store.session() as session:
            credit_id = repository.add_credit(session, {
                "title": title.strip(), "amount": amount, "unit": unit.value, "entry_date": entry_date,
                "format": (fmt or Format.in_person).value, "provider": provider, "approver": approver,
                "certificate": stored, "certificate_original": Path(certificate).name if certificate else None,
                "goal_id": goal, "activity": activity.value, "provider_type": kind, "counts_in": counts_in,
            }, categories=categories, license_names=license_name or [], now=_now())
        [data] = credits_json(store.conn, [queries.get_credit(store.conn, credit_id)])
    if json_out:
        emit_json(data)
    else:
        applies = ", ".join(data["licenses"]) or "every license"
        shown = f"{data['hours']:g} h" if data["unit"] == "hours" else f"{data['amount']:g} {data['unit']} = {data['hours']:g} h"
        say(f"Added CE credit {credit_id}: {shown}, {data['format']}, for {applies}.")
        if data["make_up"]:
            say(f"It is a make-up credit: it counts in the cycle holding {data['counts_in']}, not the current one.")


def _filtered_credits(conn, license_name, date_from, date_to, category, day) -> list[dict]:
    from clingoals.store import queries

    credits = queries.list_credits(conn)
    if license_name:
        credits = queries.credits_for_license(credits, queries.get_license(conn, license_name)["name"])
    start = parse_optional_date(date_from, day)
    end = parse_optional_date(date_to, day)
    if category:
        from clingoals.ce.records import normalise_category

        wanted = normalise_category(category)
        credits = [c for c in credits if wanted in c["categories"]]
    return [c for c in credits
            if (start is None or c["date"] >= start.isoformat()) and (end is None or c["date"] <= end.isoformat())]


@ce_app.command("list")
def list_credits(
    license_name: Optional[str] = typer.Option(None, "--license", help="Only credits that count for this license."),
    date_from: Optional[str] = typer.Option(None, "--from", help=f"From this date: {DATE_HELP}."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Up to this date."),
    category: Optional[str] = typer.Option(None, "--category", help="Only this category."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """List CE credits, oldest first."""
    from clingoals import render
    from clingoals.usecases.ce import credits_json

    day = today()
    with opened_store() as store:
        credits = credits_json(store.conn, _filtered_credits(store.conn, license_name, date_from, date_to, category, day))
    if json_out:
        emit_json(credits)
    elif not credits:
        say("No CE credits match. Add one: goals ce add \"Ethics in telehealth\" --hours 3 --date today --format live-online")
    else:
        render.show(render.credits_table(credits))


@ce_app.command("show")
def show(credit_id: int = typer.Argument(..., metavar="ID", help="The credit's id."),
         json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """One credit, and where its certificate copy is kept."""
    from clingoals import render
    from clingoals.store import queries
    from clingoals.store.files import certificate_path
    from clingoals.usecases.ce import credits_json

    with opened_store() as store:
        [data] = credits_json(store.conn, [queries.get_credit(store.conn, credit_id)])
    path = certificate_path(data["certificate"]) if data["certificate"] else None
    data["certificate_path"] = str(path) if path else None
    data["certificate_present"] = bool(path and path.is_file())
    if json_out:
        emit_json(data)
    else:
        render.out.print(render.credit_detail(data))


@ce_app.command("edit")
def edit(
    credit_id: int = typer.Argument(..., metavar="ID", help="The credit's id."),
    title: Optional[str] = typer.Option(None, "--title", help="New title."),
    hours: Optional[float] = typer.Option(None, "--hours", help="New amount."),
    unit: Optional[Unit] = typer.Option(None, "--unit", help="New unit: " + UNIT_HELP, case_sensitive=False),
    date: Optional[str] = typer.Option(None, "--date", help="New completion date."),
    fmt: Optional[Format] = _format_option(False),
    category: Optional[List[str]] = typer.Option(None, "--category", help="Replace the categories (repeatable)."),
    provider: Optional[str] = typer.Option(None, "--provider", help="New provider."),
    approver: Optional[str] = typer.Option(None, "--approver", help="New approver."),
    license_name: Optional[List[str]] = typer.Option(None, "--license", help="Replace the licenses it counts for (repeatable)."),
    all_licenses: bool = typer.Option(False, "--all-licenses", help="Make it count for every license."),
    certificate: Optional[Path] = typer.Option(None, "--certificate", help="Attach or replace the certificate."),
    goal: Optional[int] = typer.Option(None, "--goal", help="Link to a goal (0 unlinks)."),
    activity: Optional[Activity] = typer.Option(None, "--activity", help=ACTIVITY_HELP, case_sensitive=False),
    provider_type: Optional[str] = typer.Option(None, "--provider-type", help=PROVIDER_TYPE_HELP + " Empty clears it."),
    cycle: Optional[str] = typer.Option(None, "--cycle", help=CYCLE_OPTION_HELP),
) -> None:
    """Change a credit (--cycle previous makes it a make-up credit; --cycle current undoes that)."""
    from clingoals.ce import records
    from clingoals.store import queries, repository
    from clingoals.store.files import store_certificate

    day = today()
    changes: dict = {}
    if title is not None:
        if not title.strip():
            raise InvalidInput("The title can't be empty.")
        changes["title"] = title.strip()
    if hours is not None:
        changes["amount"] = records.check_amount(hours)
    if unit is not None:
        changes["unit"] = unit.value
    if date is not None:
        changes["entry_date"] = records.check_credit_date(parse_date(date, day), day)
    if fmt is not None:
        changes["format"] = fmt.value
    for key, value in (("provider", provider), ("approver", approver)):
        if value is not None:
            changes[key] = value.strip() or None
    if goal is not None:
        changes["goal_id"] = goal or None
    if activity is not None:
        changes["activity"] = activity.value
    if provider_type is not None:
        changes["provider_type"] = records.normalise_provider_type(provider_type)
    categories = [records.normalise_category(c) for c in category] if category else None
    licenses = [] if all_licenses else (list(license_name) if license_name else None)
    if certificate is not None and not Path(certificate).expanduser().is_file():
        raise InvalidInput(f"No certificate file at {certificate}.")
    if not changes and categories is None and licenses is None and certificate is None and cycle is None:
        raise InvalidInput("Nothing to change; give at least one option, e.g. --hours or --category.")
    from clingoals.usecases.ce import assign_cycle

    with opened_store() as store:
        current = queries.get_credit(store.conn, credit_id)
        entry_date = changes.get("entry_date") or dt.date.fromisoformat(current["date"])
        if cycle is not None:
            names = current["licenses"] if licenses is None else licenses
            changes["counts_in"] = assign_cycle(store.conn, names, cycle, entry_date, day)
        elif current["counts_in"] and ("entry_date" in changes or licenses is not None):
            # The make-up assignment must still fit the new date and licenses.
            names = current["licenses"] if licenses is None else licenses
            changes["counts_in"] = assign_cycle(store.conn, names, current["counts_in"], entry_date, day)
        if certificate is not None:
            changes["certificate"] = store_certificate(certificate)
            changes["certificate_original"] = Path(certificate).name
        with store.session() as session:
            repository.update_credit(session, credit_id, changes, categories=categories,
                                     license_names=licenses, now=_now())
    say(f"Updated CE credit {credit_id}." + (f" It is a make-up credit: it counts in the cycle holding {changes['counts_in']}."
                                             if changes.get("counts_in") else ""))


@ce_app.command("delete")
def delete(credit_id: int = typer.Argument(..., metavar="ID", help="The credit's id."),
           yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP)) -> None:
    """Delete a credit (recoverable with 'goals ce restore ID')."""
    from clingoals.store import queries, repository

    with opened_store() as store:
        credit = queries.get_credit(store.conn, credit_id)
        if not confirm(f"Delete CE credit {credit_id} ({credit['title']})?", yes=yes):
            say("Nothing deleted.")
            return
        with store.session() as session:
            repository.delete_credit(session, credit_id, now=_now())
    say(f"Deleted CE credit {credit_id}. Undo with: goals ce restore {credit_id}")


@ce_app.command("restore")
def restore(credit_id: int = typer.Argument(..., metavar="ID", help="The deleted credit's id.")) -> None:
    """Bring back a deleted credit."""
    from clingoals.store import repository

    with opened_store() as store:
        with store.session() as session:
            repository.restore_credit(session, credit_id, now=_now())
    say(f"Restored CE credit {credit_id}.")


@ce_app.command("import")
def import_csv(file: Path = typer.Argument(..., help="A CSV with the columns listed in README (title, hours, date, format, ...)."),
               yes: bool = typer.Option(False, "--yes", "-y", help="Import rows that duplicate existing credits too.")) -> None:
    """Import credits from a CSV: all rows or, if one is bad, none."""
    from clingoals.ce import records
    from clingoals.store import queries, repository
    from clingoals.store.files import inside, store_certificate

    day = today()
    rows = records.parse_csv(read_user_file(file, encoding="utf-8-sig"), day)
    if not rows:
        raise InvalidInput(f"{file} has no credits in it.")
    base = Path(file).expanduser().absolute().parent
    with opened_store() as store:
        existing = queries.list_credits(store.conn)
        known = {l["name"].lower() for l in queries.list_licenses(store.conn)}
        for row in rows:
            for name in row["licenses"]:
                if name.lower() not in known:
                    raise InvalidInput(f"Row {row['row']}: no license named {name!r}. Nothing was imported.")
            if row["certificate"]:
                try:
                    source = inside(base, row["certificate"], "certificate")
                except InvalidInput as error:
                    raise InvalidInput(f"Row {row['row']}: {error} Nothing was imported.") from None
                if not source.is_file():
                    raise InvalidInput(f"Row {row['row']}: no certificate file at {source}. Nothing was imported.")
            if row["goal_id"] is not None:
                try:
                    queries.get_goal(store.conn, row["goal_id"])
                except NotFound as error:
                    raise InvalidInput(f"Row {row['row']}: {error} Nothing was imported.") from None
        duplicates = [row["row"] for row in rows
                      if records.is_duplicate(existing, row["title"], row["provider"], row["entry_date"])]
        if duplicates:
            say(f"warning: row(s) {', '.join(map(str, duplicates))} repeat credits you already have.")
            if not confirm("Import them anyway?", yes=yes):
                raise InvalidInput("Nothing was imported; run again with --yes to import duplicates too.")
        now = _now()
        with store.session() as session:  # one transaction: all rows or none
            for row in rows:
                certificate = row.pop("certificate")
                licenses = row.pop("licenses")
                categories = row.pop("categories")
                number = row.pop("row")
                if certificate:
                    row["certificate"] = store_certificate(inside(base, certificate, f"Row {number}: certificate"))
                    row["certificate_original"] = Path(certificate).name
                repository.add_credit(session, row, categories=categories, license_names=licenses, now=now)
    say(f"Imported {len(rows)} CE credit(s) from {file}.")


@ce_app.command("export")
def export(fmt: ExportFormat = typer.Option(ExportFormat.csv, "--format", help="csv (the import columns) or json.", case_sensitive=False),
           out: Optional[Path] = typer.Option(None, "--out", help="File to write (default: stdout).")) -> None:
    """Export every CE credit as CSV (re-importable) or JSON."""
    from clingoals.ce import records
    from clingoals.store import queries
    from clingoals.ce.audit import certificate_names
    from clingoals.store.files import export_certificates, is_stdout, write_file

    with opened_store() as store:
        credits = queries.list_credits(store.conn)
    to_file = out is not None and not is_stdout(out)
    if fmt == ExportFormat.csv:
        beside = {}
        if to_file:  # certificates beside the CSV, so it re-imports as is
            folder = out.with_name(f"{out.stem}-certificates")
            names = certificate_names(credits)  # original names made unique, as in an audit bundle
            with_file = [c for c in credits if c["id"] in names]
            copied = export_certificates([(c["certificate"], names[c["id"]]) for c in with_file], folder)
            beside = {c["id"]: f"{folder.name}/{names[c['id']]}" if c["certificate"] in copied else ""
                      for c in credits}
        text = records.to_csv(credits, beside if to_file else None)
    else:
        from clingoals.usecases.ce import credits_json

        with opened_store() as store:
            shown = credits_json(store.conn, credits)
        text = json.dumps(shown, indent=2, ensure_ascii=False) + "\n"
    write_file(out if to_file else "-", text)
    if to_file:
        say(f"Wrote {len(credits)} credit(s) to {out}.")


@ce_app.command("audit")
def audit(license_name: str = typer.Option(..., "--license", help="The license being audited."),
          out: Path = typer.Option(..., "--out", help="The zip file to write."),
          cycle: Optional[str] = typer.Option(None, "--cycle", help="Which cycle: current (default), previous "
                                                                   "(the one boards audit after a renewal), or a date inside it."),
          json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Write an audit bundle for one cycle: its credits (CSV), a summary page
    and every certificate, named as credits.csv names them."""
    from clingoals.usecases.ce import write_audit

    with opened_store() as store:
        data = write_audit(store, license_name, out, cycle=cycle, today=today())
    if json_out:
        emit_json(data)
        return
    say(f"Wrote {out}: cycle {data['cycle_start']} to {data['cycle_end']}, {data['credits']} credit(s), "
        f"{data['certificates']} certificate(s), {len(data['missing'])} missing.")
    if data["missing"]:
        say("Missing certificates: " + "; ".join(f"{c['id']} {c['title']}" for c in data["missing"]))


# --- profiles ------------------------------------------------------------------------

@profile_app.command("list")
def profile_list(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """The requirement profiles: built-in examples and your own."""
    from clingoals import render
    from clingoals.ce.profiles import all_profiles

    found = all_profiles(profile_folder())
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

    profile = resolve_profile(profile_id)
    if json_out:
        emit_json(profile.as_dict())
    else:
        render.out.print(render.profile_detail(profile.as_dict()))
        warn_examples([profile])


@profile_app.command("add")
def profile_add(file: Path = typer.Argument(..., help="A profile in the TOML format of README's CE section.")) -> None:
    """Check a profile file and keep a copy of it with your data."""
    from clingoals.ce.profiles import parse_profile
    from clingoals.store.files import SMALL_LIMIT, profiles_dir, read_text, store_toml

    text = read_text(file, limit=SMALL_LIMIT, what="profile")
    profile = parse_profile(text, str(file), "added")
    dest = store_toml(profiles_dir(), profile.id, text)
    say(f"Added profile {profile.id} ({profile.name}); kept at {dest}.")
