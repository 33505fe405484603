"""`goals db`: where the data lives, consistent backups, and health checks."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from clingoals import clock
from clingoals.cli.common import JSON_HELP, emit_json, opened_store, say
from clingoals.numbers import counted

db_app = typer.Typer(help="The database file: where it is, backups, checks.", no_args_is_help=True)


@db_app.command("path")
def path() -> None:
    """Print where the database lives (set CLINGOALS_HOME to move it)."""
    from clingoals.store.db import db_path

    typer.echo(str(db_path()))


@db_app.command("backup")
def backup(dest: Optional[str] = typer.Argument(
        None, metavar="[DEST]", help="Archive to write, or a folder to write it in (default: backups/goals-backup-<time>.zip "
                   "in the data folder). A name ending in .db gets the database alone."),
        force: bool = typer.Option(False, "--force", help="Replace DEST if it already exists.")) -> None:
    """Back up all of your data in one archive: the database (a consistent copy, safe while
    other commands write), certificates, your own CE profiles and career paths, your private
    drafts, and a manifest with checksums."""
    from clingoals.errors import InvalidInput
    from clingoals.store.db import db_path
    from clingoals.usecases.data import backup_data

    if dest is not None and not dest.strip():  # a Path would read "" as "." (this folder)
        raise InvalidInput("DEST is empty: give a file or folder to write, or leave it out for the backups folder.")
    if not db_path().exists():
        raise InvalidInput(f"There is nothing to back up: no database at {db_path()} yet.")
    with opened_store() as store:
        result = backup_data(store, Path(dest) if dest is not None else None, now=clock.now(), replace=force)
    written = result["path"]
    if not result["whole"]:
        say("note: a .db backup holds the database alone; give a .zip name (or none) to include "
            "certificates, your profiles, career paths and drafts.")
    typer.echo(written)
    done = "Replaced the earlier file: backed up" if result["replaced"] else "Backed up"
    say(f"{done} to {written}. Restore it with: goals db restore {written}")
    if result["drafts"]:
        say(f"It holds {counted(result['drafts'], 'private draft')} (text the privacy check stopped, or an "
            "interrupted review, goals add or goals profile add kept): keep it as private as your data folder.")


@db_app.command("check")
def check(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Check the database's integrity and schema version; exit 1 if anything is wrong."""
    from clingoals.errors import StoreError
    from clingoals.store.db import HEAD, connect, db_path, integrity_problems, schema_version

    target = db_path()
    report = {"path": str(target), "exists": target.exists(), "schema_version": None,
              "expected_version": HEAD, "problems": []}
    if not target.exists():
        report["problems"].append("there is no database here yet: add something (e.g. 'goals add') to create "
                                  "it, or restore a backup with 'goals db restore FILE'")
    else:
        try:
            conn = connect(target)
            try:
                report["schema_version"] = schema_version(conn)
                report["problems"] = integrity_problems(conn)
            finally:
                conn.close()
        except StoreError as error:
            report["problems"].append(str(error))
        if not report["problems"] and report["schema_version"] != HEAD:
            report["problems"].append(
                f"schema version {report['schema_version']} differs from {HEAD}: "
                "it is brought up to date the next time a command opens it"
                if report["schema_version"] in (None, *_known()) else
                f"schema version {report['schema_version']} is newer than this clingoals")
    report["ok"] = not report["problems"]
    if json_out:
        emit_json(report)
    else:
        typer.echo(f"{report['path']}: schema {report['schema_version'] or 'none'} (expected {HEAD})")
        for problem in report["problems"]:
            say(f"error: {problem}")
        if report["ok"]:
            typer.echo("ok")
    if not report["ok"]:
        raise typer.Exit(1)


def _known() -> tuple[str, ...]:
    from clingoals.store.db import REVISIONS

    return REVISIONS


@db_app.command("restore")
def restore(file: Path = typer.Argument(..., help="A backup made by 'goals db backup' (an archive, or a bare .db file)."),
            yes: bool = typer.Option(False, "--yes", "-y", help="Don't ask for confirmation.")) -> None:
    """Replace your data with a backup, after checking every piece of it; what it replaces is
    kept beside it."""
    from clingoals.cli.common import confirm
    from clingoals.store.db import data_home
    from clingoals.usecases.data import check_backup, restore_data

    file = file.expanduser()
    found = check_backup(file)
    schema = f" (schema {found['schema']})" if found["schema"] else ""
    if not confirm(f"Replace your data in {data_home()} with {file}{schema}?", yes=yes):
        say("Nothing restored.")
        return
    result = restore_data(file, now=clock.now())
    checked = f" ({counted(result['files'], 'file')}, checked against its manifest)" if found["archive"] else ""
    say(f"Restored {file}{checked}." + (f" What it replaced was kept: {', '.join(result['kept'])}."
                                         if result["kept"] else ""))


@db_app.command("reset")
def reset(yes: bool = typer.Option(False, "--yes", "-y", help="Don't ask for confirmation."),
          json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Start over with an empty database; a backup of all your data is taken first."""
    from clingoals.cli.common import confirm, respond
    from clingoals.store.db import db_path
    from clingoals.usecases.data import reset_data

    target = db_path()
    if not target.exists():
        say(f"There is nothing to reset: no database at {target} yet.")
        return
    if not confirm(f"A backup is taken first. Remove every goal, CE credit and reflection in {target}?", yes=yes):
        say("Nothing reset.")
        return
    with opened_store() as store:
        result = reset_data(store, now=clock.now())
    respond(result, json_out=json_out, message=f"Reset: the database is empty. The old one was backed up to "
                                                f"{result['backup']}; bring it back with: goals db restore {result['backup']}")


# What 'goals db purge' counts, in words: (one, several).
PURGED = {"goals": ("deleted goal", "deleted goals"), "ce_credits": ("deleted CE credit", "deleted CE credits"),
          "licenses": ("deleted license", "deleted licenses"),
          "journal_entries": ("deleted journal entry", "deleted journal entries"),
          "drafts": ("private draft", "private drafts")}


@db_app.command("purge")
def purge(yes: bool = typer.Option(False, "--yes", "-y", help="Don't ask for confirmation."),
          json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Remove deleted goals, CE credits, licenses and journal entries for good
    (and certificate files only they used) and every private draft ('goals
    drafts' lists them), then compact the database so their text
    leaves the file. Backups made before still hold them."""
    from clingoals.cli.common import confirm, respond
    from clingoals.store.db import db_path
    from clingoals.usecases.data import deleted_counts, purge_deleted

    if not db_path().exists():
        say(f"There is nothing to purge: no database at {db_path()} yet.")
        if json_out:
            emit_json({})
        return
    with opened_store() as store:
        waiting = deleted_counts(store)
        total = sum(waiting.values())
        what = ", ".join(counted(n, *PURGED.get(k, (k, k))) for k, n in waiting.items() if n)
        if total and not confirm(f"Remove {what} for good? This can't be undone", yes=yes):
            say("Nothing removed.")
            return
        result = purge_deleted(store)
    removed = sum(v for k, v in result.items() if k not in ("certificate_files", "drafts"))
    drafts = result["drafts"]
    parts = ([counted(removed, "deleted record")] if removed else []) + \
        ([counted(drafts, "private draft")] if drafts else [])
    respond(result, json_out=json_out,
            message=f"Removed {' and '.join(parts)} for good and compacted the database." if parts else
            "Nothing was deleted and there are no drafts, so nothing to remove; the database was compacted.")
