"""`goals journal`: reflections in one line or in your editor, feedback
received from supervisors, peers and clients, and the review reflections.

`goals journal "TEXT"` adds an entry (without TEXT: asked for at a
terminal, else read from standard input); `goals journal list|show|edit|delete`
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

from clingoals import clock
from clingoals.cli.common import (
    DATE_HELP,
    JSON_HELP,
    YES_HELP,
    Interrupted,
    ask_again,
    ask_keeping_the_line,
    ask_to_fix,
    confirm,
    interactive,
    offered_drafts,
    opened_store,
    privacy_guard,
    read_stdin,
    respond,
    say,
    stopped,
    today,
)
from clingoals.errors import InvalidInput
from clingoals.numbers import counted
from clingoals.usecases import journal as use
from clingoals.usecases.drafts import shortened
from clingoals.journal import FEEDBACK_KINDS, KINDS
DEFAULT_LIMIT = 50
TEMPLATE = """

# Write your reflection above. Lines starting with # are ignored.
# What happened? What did you notice in yourself? What will you try next?
# Avoid client names, dates of birth and other identifying details.
"""


Feedback = Enum("Feedback", {kind: kind for kind in FEEDBACK_KINDS}, type=str)


class JournalGroup(TyperGroup):
    """`goals journal TEXT` means `goals journal add TEXT`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h")):
            args = ["add", *args]
        return super().parse_args(ctx, args)


journal_app = typer.Typer(cls=JournalGroup, help="Your reflection journal: 'goals journal \"TEXT\"' adds an entry.")


def _without_comments(written: str) -> str:
    return "\n".join(line for line in written.splitlines() if not line.lstrip().startswith("#")).strip()


def edit_in_editor(initial: str, *, require_change: bool = True) -> str:
    """Open $VISUAL/$EDITOR on ``initial``; returns the text without # lines.
    An editor that fails, or a text left unchanged (when a change is
    required) or empty, saves nothing. Ctrl-C while it runs raises
    :class:`Interrupted` with what the editor had written to its file (''
    when nothing new), so the caller can keep it: the file is removed."""
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
        except KeyboardInterrupt:
            with open(path, encoding="utf-8", errors="replace") as file:
                written = file.read()
            raise Interrupted("" if written == initial else _without_comments(written)) from None
        if result.returncode != 0:
            raise InvalidInput(f"The editor exited with status {result.returncode}; nothing was saved.")
        with open(path, encoding="utf-8") as file:
            written = file.read()
    finally:
        os.unlink(path)
    if require_change and written == initial:
        raise InvalidInput("The text was left unchanged; nothing was saved.")
    text = _without_comments(written)
    if not text:
        raise InvalidInput("The entry is empty; nothing was saved.")
    return text


@journal_app.command("add")
def add(
    text: Optional[str] = typer.Argument(None, help="The entry. Without it, in a terminal, your editor ($VISUAL/$EDITOR) opens or the entry is asked for; piped in, standard input is read (- reads it too)."),
    goal: Optional[List[int]] = typer.Option(None, "--goal", help="A goal it is about (repeatable)."),
    tag: Optional[List[str]] = typer.Option(None, "--tag", help="A tag (repeatable)."),
    date: Optional[str] = typer.Option(None, "--date", help=f"The day it is about (default today): {DATE_HELP}."),
    feedback: Optional[Feedback] = typer.Option(None, "--feedback", help="Feedback you received from a supervisor, peer or client.", case_sensitive=False),
    yes: bool = typer.Option(False, "--yes", "-y", help="Save even if the privacy check warns."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Add a journal entry (a reflection, or feedback received), given in
    quotes, piped in (kept out of your shell history), or typed when asked at
    a terminal. A text the privacy check warns about can be edited again,
    saved as is, or kept as a private draft that the next 'goals journal'
    offers; without a terminal (and without --yes) it is kept as a draft."""
    kind = feedback.value if feedback else "note"
    if goal or date:  # a goal that isn't there (or a bad date) is said before the text is read or a draft kept
        with opened_store() as store:
            use.check_entry_fields(store, kind=kind, entry_date=date, goal_ids=goal or [], today=today())
    piped = text is None and not interactive()  # piped in: never on the command line, so never in shell history
    if piped:
        text = read_stdin(what="The entry")
        if not text.strip():
            raise InvalidInput(NO_ENTRY)
    if text is None:
        if _continue_drafts(yes=yes, json_out=json_out):
            return
        early = None  # the entry itself, typed at the kind question
        if feedback is None:
            kind, early = _ask_kind({"entry_date": date, "goal_ids": goal or [], "tags": tag or []})
        keep = {"kind": kind, "entry_date": date, "goal_ids": goal or [], "tags": tag or []}
        text = _write_new(keep, typed=early)
        text = _checked(text, yes=yes, draft=keep)
        if text is None:
            return
    else:
        if text == "-" and not piped:
            text = read_stdin(what="The entry")
        text = text.strip()
        if not text:
            raise InvalidInput("The entry is empty; nothing was saved.")
        keep = {"kind": kind, "entry_date": date, "goal_ids": goal or [], "tags": tag or []}
        text = _checked(text, yes=yes, draft=keep)
        if text is None:
            return
    with opened_store() as store:
        entry = use.add_entry(store, text, kind=kind, entry_date=date, goal_ids=goal or [], tags=tag or [],
                              identifying_ok=True, today=today(), now=clock.now_iso())
    respond(entry, json_out=json_out, message=f"Saved journal entry {entry['id']}.")
    if not json_out:
        _remind_drafts()


# no text on the command line, none piped in, and no terminal to ask at
NO_ENTRY = ("No entry given: give it in quotes (goals journal \"What I noticed today...\"), pipe it in "
            "(goals journal < notes.txt), or run 'goals journal' in a terminal to be asked for it.")


ASKED_KINDS = ("note", *FEEDBACK_KINDS)  # what --feedback (or its absence) can say


def _ask_kind(fields: dict) -> tuple[str, str | None]:
    """What a new entry typed at a terminal is: a note (Enter), or feedback
    received from a supervisor, a peer or a client, as --feedback says it.
    A whole word or its first letters ('s', 'sup'); 'supervisor feedback'
    or 'feedback from a peer' too. Anything else is asked again, with the
    answer on the line to correct; except a sentence (the entry itself,
    typed before the question was read): it is kept, as typed, for the
    entry line, and returned beside the kind. Ctrl-C after it keeps it as a
    private draft (with ``fields``)."""
    question = "Kind of entry: a note, or feedback from a supervisor, peer or client? [note/supervisor/peer/client]"
    typed, early = None, None
    while True:
        try:
            said = ask_to_fix(question, typed, empty="for a note").strip()
        except Interrupted:
            if early:
                stopped("Stopped; the entry you typed is not lost. " + _draft_keeper({**fields, "kind": "note"})(early))
            raise
        answer = said.lower()
        if not answer:
            return "note", early
        words = [word for word in answer.replace("-", " ").split()
                 if word not in ("feedback", "from", "a", "my", "the")]
        matches = [kind for kind in ASKED_KINDS if len(words) == 1 and kind.startswith(words[0])]
        if len(matches) == 1:
            return matches[0], early
        if len(said.split()) >= _AN_ENTRY_NOT_A_KIND and early is None:
            early, typed = said, None
            say("  That reads like the entry itself: it is kept for the entry line. What kind of entry is it?")
            continue
        from clingoals.suggest import did_you_mean

        guess = did_you_mean(words[0], ASKED_KINDS) if len(words) == 1 else ""
        say(f"  Please type note, supervisor, peer or client (or their first letter).{guess}")
        typed = answer


# words in an answer to the kind question that make it the entry, not a kind ("feedback from my supervisor" has 4)
_AN_ENTRY_NOT_A_KIND = 5


def _remind_drafts() -> None:
    """After an entry is saved, at most once a day: the private journal
    drafts still waiting (never before an error, never on every command)."""
    waiting = len(use.drafts())
    if waiting and use.draft_reminder_due(today()):
        say(f"You have {counted(waiting, 'private journal draft')}; 'goals journal' (with no text) offers "
            f"{'it' if waiting == 1 else 'them'} back, 'goals drafts' lists every draft.")


def _continue_drafts(*, yes: bool, json_out: bool) -> bool:
    """Offer the kept private journal drafts, newest first, one after the
    other: each one the person continues is edited, checked and saved (or
    kept again) before the next is offered, so none is left behind unseen.
    True when the person took one up (then no new entry is asked for).
    With --json, one entry per run: the line on stderr says how many wait."""
    waiting = use.drafts()
    if not waiting:
        return False

    def describe(draft: dict) -> str:
        first_line = shortened(draft["text"].strip().splitlines()[0], 50)
        saved, about = str(draft.get("saved_at", ""))[:10], draft.get("entry_date")
        about = f" (about {about})" if isinstance(about, str) and about and about != saved else ""
        return f"You kept a private journal draft on {saved}{about}: {first_line!r}"

    taken, saved = False, []
    try:
        for draft in offered_drafts(waiting, describe=describe):
            taken = True
            try:
                edited = _edit_again(draft["text"])
            except Interrupted as stop:
                kept = _keep_half_edited(stop.line, draft)
                if kept and not saved:
                    stopped(f"Stopped; nothing was saved. {kept}")
                if kept:
                    say(f"\n{kept}")
                raise
            text = _checked(edited, yes=yes, draft=draft)
            if text is not None:
                entry = _save_continued(draft, text)
                saved.append(entry["id"])
                respond(entry, json_out=json_out, message=f"Saved journal entry {entry['id']}.")
            if json_out:  # one JSON document per command
                left = len(use.drafts())
                if left:
                    say(f"{counted(left, 'more private journal draft')} waiting: 'goals journal' offers "
                        f"{'it' if left == 1 else 'them'} next.")
                break
    except (KeyboardInterrupt, EOFError, click.exceptions.Abort):
        if saved:  # not "nothing was saved": the entries before the interruption are
            saved_words = f"entry {saved[0]} is" if len(saved) == 1 else f"entries {', '.join(map(str, saved))} are"
            stopped(f"Stopped; journal {saved_words} saved, and every draft not finished is kept as it was: "
                    "'goals journal' offers it again.")
        raise
    return taken


def _save_continued(draft: dict, text: str) -> dict:
    """Save a continued draft's (possibly rewritten) text. A goal it was
    about that is gone is left out with a note (the draft could otherwise
    never be saved); if saving still fails, the text as rewritten is kept as
    the draft in place of the old one before the error is said: a rewrite is
    never lost."""
    from clingoals.errors import ClingoalsError

    with opened_store() as store:
        gone = use.missing_goals(store, draft.get("goal_ids") or [])
        try:
            entry = use.save_draft_text(store, draft, text, today=today(), now=clock.now_iso())
        except ClingoalsError as error:
            stopped(f"error: {error} {_draft_keeper(draft)(text)}")
    if gone:
        which = ", ".join(map(str, gone))
        say(f"note: the draft was about goal {which}, which isn't there (any more); the entry is saved without "
            f"that link ('goals journal edit {entry['id']} --goal N' links a goal).")
    return entry


def _keep_half_edited(line: str | None, draft: dict) -> str | None:
    """Ctrl-C while a continued draft was edited on the line: the line as
    it was is kept as a private draft of its own, beside the draft being
    continued (which stays as it was), so neither is lost. The sentence
    that says so, or None when the line was empty or untouched."""
    edited = (line or "").strip()
    if not edited or edited == draft["text"].strip():
        return None
    fields = {key: draft.get(key) for key in ("kind", "entry_date", "goal_ids", "tags", "entry_id")}
    kept = use.keep_draft(edited, **{k: v for k, v in fields.items() if v is not None}, now=clock.now_iso(),
                          today=today())
    return (f"The line you were editing is kept as a private draft too, in {kept['path']} (owner-only, not in "
            "the database), beside the draft you continued, which is kept as it was: the next 'goals journal' "
            "offers both; 'goals drafts --discard N' removes the one you don't want.")


def _write_new(fields: dict, typed: str | None = None) -> str:
    """A new entry typed in a terminal: in $VISUAL/$EDITOR when one is set
    (Ctrl-C while it runs keeps what it had written to its file as a private
    journal draft), else asked for on one line (no dead end for someone without an editor).
    ``typed``: what the person already typed for it (at the kind question),
    there to go on with. Ctrl-C while typing that line keeps it as a private
    journal draft (with the entry's ``fields``) where GNU readline can give
    it back, as guided 'goals add' keeps its line; elsewhere the message
    says it couldn't."""
    if os.environ.get("VISUAL") or os.environ.get("EDITOR"):
        try:
            return edit_in_editor((typed or "") + TEMPLATE, require_change=not typed)
        except Interrupted as stop:  # Ctrl-C while the editor ran: what it had written (or typed before) is kept
            kept = stop.line or typed
            if kept:
                stopped("Stopped; what you wrote is not lost. " + _draft_keeper(fields)(kept))
            stopped("Stopped; nothing was saved (the editor had not written your text to its file).")
    try:
        text = ask_keeping_the_line("Your entry (one paragraph; set $EDITOR to write longer ones)",
                                    default=typed or "", prefill=typed).strip()
    except Interrupted as stop:
        if typed and not (stop.line and stop.line.strip()):
            stopped("Stopped; the entry you typed is not lost. " + _draft_keeper(fields)(typed))
        if stop.line and stop.line.strip():
            stopped("Stopped; the line you were typing is not lost. "
                    + _draft_keeper(fields)(stop.line.strip()))
        if stop.line is None:
            stopped("Stopped; nothing was saved. A line not ended with Enter can't be read back here "
                    "(that needs GNU readline, and output to the terminal), so it is not kept.")
        stopped()
    if not text:
        raise InvalidInput("The entry is empty; nothing was saved.")
    return text


def _edit_again(text: str) -> str:
    """The person chose to edit a text the privacy check stopped: in
    $EDITOR when one is set, else asked again with the text as the default."""
    if os.environ.get("VISUAL") or os.environ.get("EDITOR"):
        return edit_in_editor(text + "\n" + TEMPLATE, require_change=False)
    return ask_again("Your entry")(text)


def _draft_keeper(draft: dict):
    """``keep`` for :func:`privacy_guard`: stores the text as a private draft
    with the entry's fields (``draft`` is the draft being continued, with its
    ``name``, or the fields of a new one) and says where it is."""
    def keep(text: str) -> str:
        fields = {key: draft.get(key) for key in ("kind", "entry_date", "goal_ids", "tags", "entry_id")}
        kept = use.keep_draft(text, **{k: v for k, v in fields.items() if v is not None}, now=clock.now_iso(),
                              today=today())
        if draft.get("name") and draft["name"] != kept["name"]:
            use.discard_draft(draft["name"])
        if kept["already"]:
            return (f"Already kept: the same text is a private draft since {kept['saved_at'][:10]}, in "
                    f"{kept['path']} (owner-only, not in the database); the next 'goals journal' offers it back.")
        return (f"Kept as a private draft in {kept['path']} (owner-only, not in the database); "
                "the next 'goals journal' offers it back.")
    return keep


def _checked(text: str, *, yes: bool, draft: dict) -> str | None:
    """The privacy check on a journal text (argument or editor): the shared
    edit / save as is / keep as a private draft choice. Returns the text to
    store, or None when it was kept as a draft."""
    return privacy_guard(text, yes=yes, what="this entry", edit=_edit_again, keep=_draft_keeper(draft))


@journal_app.command("list")
def list_entries(
    since: Optional[str] = typer.Option(None, "--since", help=f"Entries from this date ('April' is the latest April's first day): {DATE_HELP}."),
    goal: Optional[int] = typer.Option(None, "--goal", help="Only entries about this goal."),
    tag: Optional[str] = typer.Option(None, "--tag", help="Only entries with this tag."),
    kind: Optional[str] = typer.Option(None, "--kind", help=f"Only this kind: {', '.join(KINDS)}."),
    search: Optional[str] = typer.Option(None, "--search", help="Only entries containing this text."),
    limit: int = typer.Option(DEFAULT_LIMIT, "--limit", "-n", help="Show the newest N (0 for all; --json gives all unless set)."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Journal entries, newest first (review reflections included)."""
    from clingoals import render

    shown = limit if not json_out or limit != DEFAULT_LIMIT else 0
    with opened_store() as store:
        found = use.list_entries(store, since=since, goal_id=goal, tag=tag, kind=kind, search=search,
                                 limit=shown, today=today())
    entries, total = found["entries"], found["total"]
    if not entries and not json_out:
        say("No journal entries match. Add one: goals journal \"What went well this week...\"")
        return
    respond(entries, json_out=json_out, render=lambda rows: render.show(render.journal_table(rows)),
            message=f"Showing the newest {len(entries)} of {total}; --limit 0 shows them all."
            if total > len(entries) else None)


@journal_app.command("show")
def show(entry_id: int = typer.Argument(..., metavar="ID", help="The entry's id."),
         json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """One journal entry, whole."""
    from clingoals import render

    with opened_store() as store:
        entry = use.show_entry(store, entry_id)
    respond(entry, json_out=json_out, render=lambda e: render.out.print(render.journal_entry(e)))


@journal_app.command("edit")
def edit(entry_id: int = typer.Argument(..., metavar="ID", help="The entry's id."),
         text: Optional[str] = typer.Option(None, "--text", help="New text (without it, in a terminal, your editor opens)."),
         tag: Optional[List[str]] = typer.Option(None, "--tag", help="Add a tag (repeatable)."),
         goal: Optional[List[int]] = typer.Option(None, "--goal", help="Link a goal (repeatable)."),
         yes: bool = typer.Option(False, "--yes", "-y", help="Save even if the privacy check warns."),
         json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Change a journal entry."""
    with opened_store() as store:
        entry = use.show_entry(store, entry_id)
        if text is None and not (tag or goal):
            if not interactive():
                raise InvalidInput("Give the new text with --text, or a --tag or --goal to add.")
            text = edit_in_editor(entry["text"] + "\n" + TEMPLATE)
            text = _checked(text, yes=yes, draft={"kind": entry["kind"], "entry_id": entry_id})
            if text is None:
                return
        elif text is not None:
            if not text.strip():
                raise InvalidInput("The entry can't be empty; delete it with 'goals journal delete ID'.")
            text = _checked(text, yes=yes, draft={"kind": entry["kind"], "entry_id": entry_id})
            if text is None:
                return
        entry = use.edit_entry(store, entry_id, text=text, tags=tag or [], goal_ids=goal or [],
                               identifying_ok=True, now=clock.now_iso())
    respond(entry, json_out=json_out, message=f"Updated journal entry {entry_id}.")


@journal_app.command("delete")
def delete(entry_id: int = typer.Argument(..., metavar="ID", help="The entry's id."),
           yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP),
           json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Delete a journal entry (kept hidden in the database, not erased)."""
    with opened_store() as store:
        entry = use.show_entry(store, entry_id)
        preview = entry["text"].splitlines()[0][:40]
        if not confirm(f"Delete journal entry {entry_id} ({preview})?", yes=yes):
            say("Nothing deleted.")
            return
        data = use.delete_entry(store, entry_id, now=clock.now_iso())
    respond(data, json_out=json_out, message=f"Deleted journal entry {entry_id}.")


@journal_app.command("drafts")
def drafts(discard: Optional[List[int]] = typer.Option(None, "--discard", metavar="N",
                                                      help="Remove draft N for good (repeatable)."),
           discard_all: bool = typer.Option(False, "--discard-all", help="Remove every draft for good."),
           yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP),
           json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Your private drafts of every kind (journal, review answers, goals,
    self-assessments): text kept out of the database. Lists them numbered;
    --discard N removes one for good. The command named beside each continues it."""
    from clingoals import render
    from clingoals.usecases import drafts as kept

    if discard and discard_all:
        raise InvalidInput("Give --discard N or --discard-all, not both.")
    if not (discard or discard_all):
        listed = kept.all_drafts()
        if not listed and not json_out:
            say("No private drafts.")
            return
        respond(listed, json_out=json_out, render=lambda rows: render.show(render.drafts_table(rows)))
        return
    numbers = None if discard_all else list(discard)
    chosen = kept.drafts_to_discard(numbers)
    if not chosen:
        respond([], json_out=json_out, message="No private drafts; nothing to discard.")
        return
    which = f"every draft ({len(chosen)})" if numbers is None else \
        f"draft{'s' if len(chosen) != 1 else ''} {', '.join(str(d['number']) for d in chosen)}"
    if not confirm(f"Discard {which} for good?", yes=yes):
        say("Nothing discarded.")
        return
    gone = kept.discard_drafts(numbers)
    respond(gone, json_out=json_out, message=f"Discarded {counted(len(gone), 'draft')} for good.")


# `goals drafts`: the same command at the top (it lists drafts of every kind, so a
# person drafting a goal is not sent to a journal command); `goals journal drafts` stays.
drafts_app = typer.Typer()
drafts_app.command("drafts")(drafts)
