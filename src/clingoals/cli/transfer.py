"""`goals export` and `goals import`: everything in and out, losslessly.

JSON is the complete, versioned document. Certificates travel in a folder
beside it, named after the JSON file (``backup.json`` -> ``backup-certificates/``).
CSV writes one file per kind of record for spreadsheets; ICS writes the
dates (deadlines, steps, renewals, the next review) for calendar apps.
"""

from __future__ import annotations

import csv
import json
import shutil
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
    from clingoals.store.files import profiles_dir

    folder = profiles_dir()
    return [{"id": p.stem, "toml": p.read_text("utf-8")} for p in sorted(folder.glob("*.toml"))] if folder.is_dir() else []


def build_document(conn) -> dict:
    from clingoals.clock import now_iso
    from clingoals.store.transfer import export_document

    return export_document(conn, now_iso(), _user_profiles())


export_app = typer.Typer()
import_app = typer.Typer()


@export_app.command("export")
def export(fmt: ExportFormat = typer.Option(ExportFormat.json, "--format", help="json (everything), csv (a folder of CSVs) or ics (calendar).", case_sensitive=False),
           out: Optional[Path] = typer.Option(None, "--out", help="File (json, ics) or folder (csv) to write; json goes to stdout without it.")) -> None:
    """Export everything: goals, aspirations, licenses, CE credits, reviews, reflections."""
    from clingoals.store.files import write_private

    if fmt == ExportFormat.json:
        return _export_json(out)
    with opened_store() as store:
        document = build_document(store.conn)
        if fmt == ExportFormat.ics:
            from clingoals.calendar import to_ics
            from clingoals.usecases.review import review_dates as _dates
            from clingoals.review import next_review

            last, anchor, rhythm = _dates(store.conn)
            ics = to_ics(document, next_review(last, anchor, rhythm), today())
    if fmt == ExportFormat.csv:
        if out is None:
            raise InvalidInput("CSV export writes one file per kind of record: give a folder with --out.")
        written = _export_csv(document, out)
        say(f"Wrote {written} CSV file(s) to {out}.")
    else:
        if out is None:
            typer.echo(ics.decode("utf-8"), nl=False)
        else:
            write_private(out, ics)
            say(f"Wrote the calendar to {out}.")


def _export_json(out: Path | None) -> None:
    """Streamed: one record at a time, so memory stays flat as data grows."""
    import os
    import sys

    from clingoals.clock import now_iso
    from clingoals.store.transfer import write_document

    with opened_store() as store:
        if out is None:
            write_document(sys.stdout, store.conn, now_iso(), _user_profiles())
            names = _certificate_names(store.conn)
            if names:
                say("note: certificates are not in stdout; use --out FILE.json to export them beside it.")
            return
        old = os.umask(0o077)
        try:
            with open(out, "w", encoding="utf-8") as handle:
                write_document(handle, store.conn, now_iso(), _user_profiles())
        except OSError as error:
            raise InvalidInput(f"Can't write {out}: {error.strerror}.") from None
        finally:
            os.umask(old)
        os.chmod(out, 0o600)
        copied = _export_certificates(_certificate_names(store.conn), certificates_folder(out))
    say(f"Exported to {out}" + (f" with {copied} certificate(s) in {certificates_folder(out)}." if copied else "."))


def _certificate_names(conn) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT certificate FROM ce_credit WHERE certificate IS NOT NULL "
                                       "ORDER BY certificate")]


def _export_certificates(names: list[str], folder: Path) -> int:
    from clingoals.store.files import certificate_path

    present = [n for n in names if certificate_path(n).is_file()]
    if not present:
        return 0
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    for name in present:
        shutil.copyfile(certificate_path(name), folder / name)
        (folder / name).chmod(0o600)
    return len(present)


def _flat(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


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
    for kind, rows in tables.items():
        path = folder / f"{kind}.csv"
        with open(path, "w", newline="", encoding="utf-8") as handle:
            columns = list(rows[0]) if rows else ["uuid"]
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: _flat(v) for k, v in row.items()})
        path.chmod(0o600)
    return len(tables)


@import_app.command("import")
def import_(file: Path = typer.Argument(..., help="A clingoals export (JSON), e.g. examples/sample-clinician.json."),
            check: bool = typer.Option(False, "--check", help="Validate and count what would be added; change nothing."),
            json_out: bool = typer.Option(False, "--json", help="Print the counts as JSON.")) -> None:
    """Import an export: into an empty home it restores everything; into a
    full one it adds only records it doesn't have (matched by uuid)."""
    from clingoals import transfer
    from clingoals.ce.profiles import parse_profile
    from clingoals.store.transfer import import_document

    from clingoals.cli.common import read_user_file

    try:
        document = json.loads(read_user_file(file))
    except json.JSONDecodeError as error:
        raise InvalidInput(f"{file} is not JSON ({error}); nothing was imported.") from None
    try:
        transfer.validate(document)
        for index, profile in enumerate(document.get("profiles", [])):
            parse_profile(profile["toml"], f"profiles[{index}] ({profile['id']})")
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
    from clingoals.store.files import certificate_path, certificates_dir, profiles_dir, write_private
    from clingoals.store.db import ensure_home

    folder = certificates_folder(json_path)
    missing = []
    for name in sorted({c["certificate"] for c in document["ce_credits"] if c["certificate"]}):
        if certificate_path(name).is_file():
            continue
        source = folder / name
        if source.is_file():
            shutil.copyfile(source, certificates_dir() / name)
            (certificates_dir() / name).chmod(0o600)
        else:
            missing.append(name)
    if missing:
        say(f"warning: {len(missing)} certificate file(s) were not beside the export (looked in {folder}); "
            "the credits are imported without them.")
    for profile in document.get("profiles", []):
        dest = ensure_home(profiles_dir()) / f"{profile['id']}.toml"
        if not dest.exists():
            write_private(dest, profile["toml"])
