"""`goals export` and `goals import`: everything in and out, losslessly.
Thin: the work is in clingoals.usecases.transfer.

JSON is the complete, versioned document. Certificates travel in a folder
beside it, named after the JSON file (``backup.json`` -> ``backup-certificates/``).
CSV writes one file per kind of record for spreadsheets; ICS writes the
dates (deadlines, steps, renewals, the next review) for calendar apps.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from clingoals import clock
from clingoals.cli.common import opened_store, respond, say, today
from clingoals.errors import InvalidInput
from clingoals.numbers import counted, plural


class ExportFormat(str, Enum):
    json = "json"
    csv = "csv"
    ics = "ics"


export_app = typer.Typer()
import_app = typer.Typer()


@export_app.command("export")
def export(fmt: ExportFormat = typer.Option(ExportFormat.json, "--format", help="json (everything), csv (a folder of CSVs) or ics (calendar).", case_sensitive=False),
           out: Optional[Path] = typer.Option(None, "--out", help="File (json, ics) or folder (csv) to write; json goes to stdout without it."),
           include_deleted: bool = typer.Option(False, "--include-deleted", help="Also export deleted goals, credits, licenses and journal entries."),
           force: bool = typer.Option(False, "--force", help="Replace the --out file (csv: the CSV files in the folder) if it already exists.")) -> None:
    """Export everything: goals, aspirations, licenses, CE credits, reviews, reflections.
    An existing --out file is refused unless --force: an export is often the only backup."""
    from clingoals.store.files import is_stdout, refuse_existing, write_file
    from clingoals.usecases import transfer as use

    if fmt == ExportFormat.csv and (out is None or is_stdout(out)):
        raise InvalidInput("CSV export writes one file per kind of record: give a folder with --out.")
    with opened_store() as store:
        if fmt == ExportFormat.json:
            done = use.export_json(store, out, now=clock.now_iso(), include_deleted=include_deleted,
                                   replace=force)
        elif fmt == ExportFormat.csv:
            written = use.export_csv(store, out, now=clock.now_iso(), include_deleted=include_deleted,
                                     replace=force)
        else:
            if out is not None and not is_stdout(out) and not force:
                refuse_existing(out)  # said before the calendar is built
            ics = use.export_ics(store, today=today(), now=clock.now_iso(), include_deleted=include_deleted)
    if fmt == ExportFormat.json:
        if done["certificates_left_out"]:
            say("note: certificates are not in stdout; use --out FILE.json to export them beside it.")
        elif done["out"] != "-":
            copied = done["certificate_files"]  # files, as the folder shows them (trial 15 P6)
            say(f"Exported to {out}" + (f" with {counted(copied, 'certificate file')} in {done['folder']}."
                                        if copied else "."))
        _say_left_out(done["left_out"])
    elif fmt == ExportFormat.csv:
        say(f"Wrote {counted(written, 'CSV file')} to {out}.")
    else:
        write_file(out or "-", ics, replace=force)
        if out is not None and not is_stdout(out):
            say(f"Wrote the calendar to {out}.")


def _say_left_out(left_out: dict) -> None:
    """One line naming what the export doesn't hold, as `goals db backup`
    names the drafts it does (trial 15 P6: a journal draft was silently absent after import)."""
    parts = []
    if left_out["drafts"]:
        parts.append(f"{counted(left_out['drafts'], 'private draft')} ('goals drafts' lists "
                     f"{plural(left_out['drafts'], 'it', 'them')}; 'goals db backup' keeps drafts)")
    if left_out["deleted"]:
        parts.append(f"{counted(left_out['deleted'], 'deleted record')} (--include-deleted adds "
                     f"{plural(left_out['deleted'], 'it', 'them')})")
    if parts:
        say("Not in the export: " + " and ".join(parts) + ".")


@import_app.command("import")
def import_(file: Path = typer.Argument(..., help="A clingoals export (JSON) made by goals export."),
            check: bool = typer.Option(False, "--check", help="Validate and count what would be added; change nothing."),
            json_out: bool = typer.Option(False, "--json", help="Print the counts as JSON.")) -> None:
    """Import an export: into an empty home it restores everything; into a
    full one it adds only records it doesn't have (matched by uuid)."""
    from clingoals.usecases import transfer as use

    document = use.read_export(file, today=today())  # checked before the database is even opened
    with opened_store() as store:
        result = use.import_export(store, document, file, check=check)
    missing = result["missing_certificates"]
    if missing:
        say(f"warning: {counted(len(missing), 'certificate file')} {plural(len(missing), 'was', 'were')} not beside the export (looked in "
            f"{result['certificates_folder']}); the credits are imported without them.")
    words = {"ce_credits": "CE credits", "ce_profiles": "CE profiles"}
    what = ", ".join(counted(n, words.get(k, k.replace("_", " "))[:-1], words.get(k, k.replace("_", " ")))
                     for k, n in result["added"].items()) or "nothing new"
    left_out = result["zero_progress_left_out"]
    if left_out:
        what += (f" ({counted(left_out, 'progress entry', 'progress entries')} of 0 left out: "
                 f"{plural(left_out, 'it adds', 'they add')} nothing)")
    respond({"checked_only": check, "added": result["added"], "zero_progress_left_out": left_out},
            json_out=json_out, message=f"{'Would add' if check else 'Imported'}: {what}.")
