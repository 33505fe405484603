"""`goals journal`: reflections in one line or in your editor, feedback
received from supervisors, peers and clients, and the review reflections.

`goals journal "TEXT"` adds an entry; `goals journal list|show|edit|delete`
manage them. Every entry passes the privacy check before it is saved."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from enum import Enum
from typing import List, Optional

import click
import typer
from typer.core import TyperGroup

from clingoals.cli.common import (
    DATE_HELP,
    JSON_HELP,
    YES_HELP,
    confirm,
    emit_json,
    interactive,
    opened_store,
    privacy_guard,
    read_stdin,
    say,
    today,
)
from clingoals.dates import parse_date, parse_optional_date
from clingoals.errors import InvalidInput

KINDS = ("note", "reflection", "supervisor", "peer", "client")
DEFAULT_LIMIT = 50
TEMPLATE = """

# Write your reflection above. Lines starting with # are ignored.
# What happened? What did you notice in yourself? What will you try next?
# Avoid client names, dates of birth and other identifying details.
"""


class Feedback(str, Enum):
    supervisor = "supervisor"
    peer = "peer"
    client = "client"


class JournalGroup(TyperGroup):
    """`goals journal TEXT` means `goals journal add TEXT`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h")):
            args = ["add", *args]
        return super().parse_args(ctx, args)


journal_app = typer.Typer(cls=JournalGroup, help="Your reflection journal: 'goals journal \"TEXT\"' adds an entry.")


def _now() -> str:
    from clingoals.clock import now_iso

    return now_iso()


def edit_in_editor(initial: str, *, require_change: bool = True) -> str:
    """Open $VISUAL/$EDITOR on ``initial``; returns the text without # lines.
    An editor that fails, or a text left unchanged (when a change is
    required) or empty, saves nothing."""
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        raise InvalidInput("No editor set: give the text in quotes, or set $EDITOR (e.g. export EDITOR=nano).")
    old = os.umask(0o077)
    try:
        handle, path = tempfile.mkstemp(prefix="clingoals-", suffix=".md")
    finally:
        os.umask(old)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(initial)
        try:
            result = subprocess.run([*shlex.split(editor), path])
        except OSError as error:
            raise InvalidInput(f"Can't start the editor {editor!r}: {error.strerror}. Nothing was saved.") from None
        if result.returncode != 0:
            raise InvalidInput(f"The editor exited with status {result.returncode}; nothing was saved.")
        with open(path, encoding="utf-8") as file:
            written = file.read()
    finally:
        os.unlink(path)
    if require_change and written == initial:
        raise InvalidInput("The text was left unchanged; nothing was saved.")
    text = "\n".join(line for line in written.splitlines() if not line.lstrip().startswith("#")).strip()
    if not text:
        raise InvalidInput("The entry is empty; nothing was saved.")
    return text


@journal_app.command("add")
def add(
    text: Optional[str] = typer.Argument(None, help="The entry (- reads it from standard input); without it, in a terminal, your editor opens."),
    goal: Optional[List[int]] = typer.Option(None, "--goal", help="A goal it is about (repeatable)."),
    tag: Optional[List[str]] = typer.Option(None, "--tag", help="A tag (repeatable)."),
    date: Optional[str] = typer.Option(None, "--date", help=f"The day it is about (default today): {DATE_HELP}."),
    feedback: Optional[Feedback] = typer.Option(None, "--feedback", help="Feedback you received from a supervisor, peer or client.", case_sensitive=False),
    yes: bool = typer.Option(False, "--yes", "-y", help="Save even if the privacy check warns."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Add a journal entry (a reflection, or feedback received). In your
    editor, a text the privacy check warns about can be edited again, saved
    as is, or kept as a private draft that the next 'goals journal' offers."""
    day = today()
    entry_date = parse_date(date, day) if date else day
    if entry_date > day:
        raise InvalidInput(f"{entry_date.isoformat()} is in the future; a journal entry is about a day that happened.")
    fields = {"kind": feedback.value if feedback else "note", "entry_date": entry_date.isoformat(),
              "goal_ids": list(goal or []), "tags": list(tag or [])}
    draft = None
    if text is None:
        if not interactive():
            raise InvalidInput("Give the entry in quotes: goals journal \"What I noticed today...\"")
        draft = _offer_draft()
        if draft:
            fields = {key: draft.get(key, fields[key]) for key in fields} | {"entry_id": draft.get("entry_id")}
        text = edit_in_editor((draft["text"] + "\n" if draft else "") + TEMPLATE, require_change=draft is None)
        text = _checked_in_editor(text, fields, yes=yes, draft=draft)
        if text is None:
            return
    else:
        if text == "-":
            text = read_stdin(what="The entry")
        if not text.strip():
            raise InvalidInput("The entry is empty; nothing was saved.")
        privacy_guard(text, yes=yes, what="this entry")
        waiting = len(_drafts())
        if waiting:
            say(f"You have {waiting} private journal draft(s); 'goals journal' (with no text) continues them.")
    entry_id = _store_entry(text, fields)
    if draft:
        from clingoals.store.drafts import discard_draft

        discard_draft(draft["name"])
    from clingoals.store import queries

    with opened_store() as store:
        entry = queries.get_reflection(store.conn, entry_id)
    if json_out:
        emit_json(entry)
    else:
        say(f"{'Updated' if fields.get('entry_id') else 'Saved'} journal entry {entry_id}.")


def _drafts() -> list[dict]:
    from clingoals.store.drafts import list_drafts

    return [d for d in list_drafts("journal") if isinstance(d.get("text"), str) and d["text"].strip()]


def _offer_draft() -> dict | None:
    """The newest private draft, if the person wants to continue it."""
    drafts = _drafts()
    if not drafts:
        return None
    latest = drafts[-1]
    first_line = latest["text"].strip().splitlines()[0][:50]
    more = f" (and {len(drafts) - 1} older)" if len(drafts) > 1 else ""
    say(f"You kept a private draft on {str(latest.get('saved_at', ''))[:10]}{more}: {first_line!r}")
    return latest if confirm("Continue it?", yes=False, default=True) else None


def _checked_in_editor(text: str, fields: dict, *, yes: bool, draft: dict | None) -> str | None:
    """The privacy check on text written in the editor. When it warns: edit
    it again, save it as is, or keep it as a private draft (owner-only in the
    data folder; the next 'goals journal' offers it). Ctrl-C keeps a draft
    too. Returns the text to store, or None when it was kept as a draft."""
    import click

    from clingoals.cli.common import privacy_choice
    from clingoals.privacy import findings
    from clingoals.store.drafts import discard_draft, save_draft

    while True:
        found = findings(text)
        if not found or yes:
            return text
        try:
            choice = privacy_choice(found, what="this entry")
        except (KeyboardInterrupt, click.exceptions.Abort):
            choice = "draft"
        if choice == "save":
            return text
        if choice == "draft":
            save_draft("journal", {**fields, "text": text}, now=_now())
            if draft:
                discard_draft(draft["name"])
            say("Kept as a private draft (owner-only, not in the database). 'goals journal' offers it next time.")
            return None
        text = edit_in_editor(text + "\n" + TEMPLATE, require_change=False)


def _store_entry(text: str, fields: dict) -> int:
    """Add the entry, or update the one a draft was editing (if it still exists)."""
    from clingoals.errors import NotFound
    from clingoals.store import repository

    with opened_store() as store:
        with store.session() as session:
            entry_id = fields.get("entry_id")
            if entry_id:
                try:
                    repository.update_reflection(session, entry_id, {"text": text.strip()}, now=_now())
                    return entry_id
                except NotFound:
                    fields["entry_id"] = None
            return repository.add_reflection(session, {
                "kind": fields["kind"], "entry_date": parse_date(fields["entry_date"], today()),
                "text": text.strip(),
            }, goal_ids=fields["goal_ids"], tags=fields["tags"], now=_now())


@journal_app.command("list")
def list_entries(
    since: Optional[str] = typer.Option(None, "--since", help=f"Entries from this date: {DATE_HELP}."),
    goal: Optional[int] = typer.Option(None, "--goal", help="Only entries about this goal."),
    tag: Optional[str] = typer.Option(None, "--tag", help="Only entries with this tag."),
    kind: Optional[str] = typer.Option(None, "--kind", help=f"Only this kind: {', '.join(KINDS)}."),
    search: Optional[str] = typer.Option(None, "--search", help="Only entries containing this text."),
    limit: int = typer.Option(DEFAULT_LIMIT, "--limit", "-n", help="Show the newest N (0 for all; --json gives all unless set)."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Journal entries, newest first (review reflections included)."""
    from clingoals import render
    from clingoals.store import queries

    if kind is not None and kind not in KINDS:
        raise InvalidInput(f"Unknown kind {kind!r}; use one of {', '.join(KINDS)}.")
    if limit < 0:
        raise InvalidInput("--limit is a number of entries, 0 for all.")
    start = parse_optional_date(since, today())
    filters = dict(since=start.isoformat() if start else None, goal_id=goal, tag=tag, kind=kind, search=search)
    shown = limit if not json_out or limit != DEFAULT_LIMIT else 0
    with opened_store() as store:
        entries = queries.list_reflections(store.conn, **filters, limit=shown or None)
        total = queries.count_reflections(store.conn, **filters) if shown and len(entries) == shown else len(entries)
    if json_out:
        emit_json(entries)
    elif not entries:
        say("No journal entries match. Add one: goals journal \"What went well this week...\"")
    else:
        render.show(render.journal_table(entries))
        if total > len(entries):
            say(f"Showing the newest {len(entries)} of {total}; --limit 0 shows them all.")


@journal_app.command("show")
def show(entry_id: int = typer.Argument(..., metavar="ID", help="The entry's id."),
         json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """One journal entry, whole."""
    from clingoals import render
    from clingoals.store import queries

    with opened_store() as store:
        entry = queries.get_reflection(store.conn, entry_id)
    if json_out:
        emit_json(entry)
    else:
        render.out.print(render.journal_entry(entry))


@journal_app.command("edit")
def edit(entry_id: int = typer.Argument(..., metavar="ID", help="The entry's id."),
         text: Optional[str] = typer.Option(None, "--text", help="New text (without it, in a terminal, your editor opens)."),
         tag: Optional[List[str]] = typer.Option(None, "--tag", help="Add a tag (repeatable)."),
         goal: Optional[List[int]] = typer.Option(None, "--goal", help="Link a goal (repeatable)."),
         yes: bool = typer.Option(False, "--yes", "-y", help="Save even if the privacy check warns.")) -> None:
    """Change a journal entry."""
    from clingoals.store import queries, repository

    with opened_store() as store:
        entry = queries.get_reflection(store.conn, entry_id)
        if text is None and not (tag or goal):
            if not interactive():
                raise InvalidInput("Give the new text with --text, or a --tag or --goal to add.")
            text = edit_in_editor(entry["text"] + "\n" + TEMPLATE)
            text = _checked_in_editor(text, {"kind": entry["kind"], "entry_date": entry["date"], "goal_ids": [],
                                             "tags": [], "entry_id": entry_id}, yes=yes, draft=None)
            if text is None:
                return
        elif text is not None:
            privacy_guard(text, yes=yes, what="this entry")
        changes = {}
        if text is not None:
            if not text.strip():
                raise InvalidInput("The entry can't be empty; delete it with 'goals journal delete ID'.")
            changes["text"] = text.strip()
        with store.session() as session:
            repository.update_reflection(session, entry_id, changes, add_tags=tag or [], goal_ids=goal or [],
                                         now=_now())
    say(f"Updated journal entry {entry_id}.")


@journal_app.command("delete")
def delete(entry_id: int = typer.Argument(..., metavar="ID", help="The entry's id."),
           yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP)) -> None:
    """Delete a journal entry (kept hidden in the database, not erased)."""
    from clingoals.store import queries, repository

    with opened_store() as store:
        entry = queries.get_reflection(store.conn, entry_id)
        preview = entry["text"].splitlines()[0][:40]
        if not confirm(f"Delete journal entry {entry_id} ({preview})?", yes=yes):
            say("Nothing deleted.")
            return
        with store.session() as session:
            repository.delete_reflection(session, entry_id, now=_now())
    say(f"Deleted journal entry {entry_id}.")

