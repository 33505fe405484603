"""`goals export` and `goals import`: everything in and out, losslessly.

JSON is the complete, versioned document. Certificates travel in a folder
beside it, named after the JSON file (``backup.json`` -> ``backup-certificates/``).
CSV writes one file per kind of record for spreadsheets; ICS writes the
dates (deadlines, steps, renewals, the next review) for calendar apps.
"""

from __future__ import annotations

import csv
import json
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from clingoals.cli.common import emit_json, opened_store, say, today
from clingoals.errors import InvalidInput


class ExportFormat(str, Enum):
    json = "json"
    csv = "csv"
    ics = "ics"


def certificates_folder(json_path: Path) -> Path:
    return json_path.with_name(f"{json_path.stem}-certificates")


def _user_profiles() -> list[dict]:
    from clingoals.store.files import profiles_dir, user_tomls

    return user_tomls(profiles_dir())


def build_document(conn, *, include_deleted: bool = False) -> dict:
    from clingoals.clock import now_iso
    from clingoals.store.transfer import export_document

    return export_document(conn, now_iso(), _user_profiles(), include_deleted=include_deleted)


export_app = typer.Typer()
import_app = typer.Typer()


@export_app.command("export")
def export(fmt: ExportFormat = typer.Option(ExportFormat.json, "--format", help="json (everything), csv (a folder of CSVs) or ics (calendar).", case_sensitive=False),
           out: Optional[Path] = typer.Option(None, "--out", help="File (json, ics) or folder (csv) to write; json goes to stdout without it."),
           include_deleted: bool = typer.Option(False, "--include-deleted", help="Also export deleted goals, credits, licenses and journal entries.")) -> None:
    """Export everything: goals, aspirations, licenses, CE credits, reviews, reflections."""
    from clingoals.store.files import is_stdout, write_file

    if fmt == ExportFormat.json:
        return _export_json(out, include_deleted)
    with opened_store() as store:
        document = build_document(store.conn, include_deleted=include_deleted)
        if fmt == ExportFormat.ics:
            from clingoals.calendar import to_ics
            from clingoals.usecases.review import review_dates as _dates
            from clingoals.review import next_review

            last, anchor, rhythm = _dates(store.conn)
            ics = to_ics(document, next_review(last, anchor, rhythm), today())
    if fmt == ExportFormat.csv:
        if out is None or is_stdout(out):
            raise InvalidInput("CSV export writes one file per kind of record: give a folder with --out.")
        written = _export_csv(document, out)
        say(f"Wrote {written} CSV file(s) to {out}.")
    else:
        write_file(out or "-", ics)
        if out is not None and not is_stdout(out):
            say(f"Wrote the calendar to {out}.")


def _export_json(out: Path | None, include_deleted: bool = False) -> None:
    """Streamed: one record at a time, so memory stays flat as data grows."""
    from clingoals.clock import now_iso
    from clingoals.store.files import export_certificates, is_stdout, write_file
    from clingoals.store.transfer import write_document

    with opened_store() as store:
        profiles = _user_profiles()
        if out is None or is_stdout(out):
            write_file("-", lambda handle: write_document(handle, store.conn, now_iso(), profiles,
                                                                 include_deleted=include_deleted))
            names = _certificate_names(store.conn, include_deleted)
            if names:
                say("note: certificates are not in stdout; use --out FILE.json to export them beside it.")
            return
        write_file(out, lambda handle: write_document(handle, store.conn, now_iso(), profiles,
                                                                 include_deleted=include_deleted))
        names = _certificate_names(store.conn, include_deleted)
        copied = len(export_certificates([(n, n) for n in names], certificates_folder(out)))
    say(f"Exported to {out}" + (f" with {copied} certificate(s) in {certificates_folder(out)}." if copied else "."))


def _certificate_names(conn, include_deleted: bool = False) -> list[str]:
    live = "" if include_deleted else " AND deleted_at IS NULL"
    return [r[0] for r in conn.execute("SELECT DISTINCT certificate FROM ce_credit WHERE certificate IS NOT NULL"
                                       f"{live} ORDER BY certificate")]


def _flat(value) -> str:
    """One spreadsheet-safe cell (see :mod:`clingoals.spreadsheet`)."""
    from clingoals.spreadsheet import safe_cell

    if isinstance(value, list):
        value = ";".join(str(v) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return safe_cell(value)


def _export_csv(document: dict, folder: Path) -> int:
    """One CSV per kind; a goal's steps, progress and revisions get their own,
    keyed by goal_uuid."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise InvalidInput(f"Can't create the folder {folder}: {error.strerror}.") from None
    tables: dict[str, list[dict]] = {kind: [] for kind in ("aspirations", "goals", "steps", "progress", "revisions",
                                                            "status_changes", "licenses", "ce_credits", "reviews",
                                                            "reflections", "self_assessments")}
    for goal in document["goals"]:
        tables["goals"].append({k: v for k, v in goal.items() if k not in ("steps", "progress", "revisions",
                                                                            "status_changes")})
        for child in ("steps", "progress", "revisions", "status_changes"):
            tables[child] += [{"goal_uuid": goal["uuid"], **row} for row in goal[child]]
    for kind in ("aspirations", "licenses", "ce_credits", "reviews", "reflections", "self_assessments"):
        tables[kind] = document[kind]
    from clingoals.store.files import write_file

    for kind, rows in tables.items():
        def write(handle, rows=rows):
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else ["uuid"])
            writer.writeheader()
            for row in rows:
                writer.writerow({k: _flat(v) for k, v in row.items()})

        write_file(folder / f"{kind}.csv", write)
    return len(tables)


@import_app.command("import")
def import_(file: Path = typer.Argument(..., help="A clingoals export (JSON) made by goals export."),
            check: bool = typer.Option(False, "--check", help="Validate and count what would be added; change nothing."),
            json_out: bool = typer.Option(False, "--json", help="Print the counts as JSON.")) -> None:
    """Import an export: into an empty home it restores everything; into a
    full one it adds only records it doesn't have (matched by uuid)."""
    from clingoals import transfer
    from clingoals.ce.profiles import parse_profile
    from clingoals.store.files import EXPORT_LIMIT, check_certificate_sources, read_json
    from clingoals.store.transfer import import_document

    try:
        document = read_json(file, limit=EXPORT_LIMIT, what="clingoals export")
        transfer.validate(document)
        for index, profile in enumerate(document.get("profiles", [])):
            parsed = parse_profile(profile["toml"], f"profiles[{index}] ({profile['id']})")
            if parsed.id != profile["id"]:
                raise InvalidInput(f"profiles[{index}]: id: {profile['id']!r} differs from the id in its TOML "
                                   f"({parsed.id!r}).")
        check_certificate_sources(certificates_folder(Path(file)),
                                  [c["certificate"] for c in document.get("ce_credits", []) if c["certificate"]])
    except InvalidInput as error:
        raise InvalidInput(f"{error} Nothing was imported.") from None
    with opened_store() as store:
        with store.session(dry_run=check) as session:  # one transaction: all or nothing
            counts = import_document(session, document)
            if not check:
                _import_files(document, Path(file))  # before the commit: a failure here imports nothing
    counts = {k: v for k, v in counts.items() if v}
    if json_out:
        emit_json({"checked_only": check, "added": counts})
        return
    what = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items()) or "nothing new"
    say(f"{'Would add' if check else 'Imported'}: {what}.")


def _import_files(document: dict, json_path: Path) -> None:
    from clingoals.store.files import import_certificate, profiles_dir, store_toml

    folder = certificates_folder(json_path)
    missing = [name for name in sorted({c["certificate"] for c in document.get("ce_credits", []) if c.get("certificate")})
               if not import_certificate(folder, name)]
    if missing:
        say(f"warning: {len(missing)} certificate file(s) were not beside the export (looked in {folder}); "
            "the credits are imported without them.")
    for profile in document.get("profiles", []):
        if not (profiles_dir() / f"{profile['id']}.toml").exists():
            store_toml(profiles_dir(), profile["id"], profile["toml"])
