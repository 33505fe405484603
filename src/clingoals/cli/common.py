"""Helpers every command shares: the store for one command, today, JSON out,
prompts only in a terminal, and confirmation of destructive actions."""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from typing import Any, Callable, Iterator

import click
import typer

from clingoals import clock
from clingoals.errors import ClingoalsError, InvalidInput

JSON_HELP = "Print JSON on stdout instead of a table."
YES_HELP = "Don't ask for confirmation."
DATE_HELP = "a date or phrase: 2027-06-30, friday, next month, in 3 weeks, eoq, Q3, June 30"


def today() -> dt.date:
    return clock.today()


_open_stores: dict = {}
# Databases this command created: path -> whether their folder was new too.
_created: dict = {}


@contextlib.contextmanager
def opened_store() -> Iterator[Any]:
    """The one database connection of this command: opened on first use,
    shared by everything the command does (the reminder included), and
    closed by :func:`close_stores` when the command ends."""
    from clingoals.store.db import db_path, open_store, sqlite_errors_as_store_errors

    path = db_path()
    store = _open_stores.get(path)
    if store is None:
        if not path.exists():
            _created[path] = not path.parent.exists()
        store = _open_stores[path] = open_store(path, now=clock.now())
    with sqlite_errors_as_store_errors():
        yield store


def close_stores(*, failed: bool = False) -> None:
    """Close this command's database. When the command failed (a user
    error), a database it created and left without records is removed, with
    its folder when that was new and is empty: an error changes nothing,
    not even a first run's empty data folder."""
    from clingoals.store.db import discard_unused_database

    while _open_stores:
        path, store = _open_stores.popitem()
        store.close()
        if failed and path in _created:
            discard_unused_database(path, folder_too=_created[path])
    _created.clear()


def interactive() -> bool:
    """Prompts are allowed only when a person is at a terminal."""
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def emit_json(data: Any) -> None:
    import json  # only --json output needs it: the text views skip its import

    def default(value: Any) -> Any:
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()
        raise TypeError(f"not JSON serialisable: {type(value).__name__}")

    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=default) + "\n")


def _terminal_width() -> int | None:
    """The width of the terminal stderr is on; None when it is not a terminal."""
    try:
        at_terminal = sys.stderr.isatty()
    except (AttributeError, ValueError):
        at_terminal = False
    if not at_terminal:
        return None
    import shutil

    return shutil.get_terminal_size().columns


# Where a wrapped message must not break: before an option ("goals demo
# --leave" split over two lines can't be copied) and between "goals" and its
# command. textwrap breaks only at ASCII whitespace, so these spaces become
# no-break spaces while wrapping and spaces again after.
_KEEP_TOGETHER = None
_NO_BREAK = "\u00a0"


def _wrapped(text: str, width: int, indent: str = "") -> str:
    """Each line longer than ``width`` wrapped at word boundaries (the terminal
    would cut it mid-word, or start the next line with a space), keeping an
    option with the word before it and 'goals' with its command."""
    global _KEEP_TOGETHER
    import re
    import textwrap

    if _KEEP_TOGETHER is None:
        _KEEP_TOGETHER = re.compile(r" (?=--?[A-Za-z])|(?<=\bgoals) (?=[a-z])")

    def fill(line: str) -> str:
        if len(line) <= width:
            return line
        held = _KEEP_TOGETHER.sub(_NO_BREAK, line.replace(_NO_BREAK, "\x00"))
        wrapped = textwrap.fill(held, width, break_long_words=False, break_on_hyphens=False,
                                subsequent_indent=indent)
        return wrapped.replace(_NO_BREAK, " ").replace("\x00", _NO_BREAK)

    return "\n".join(fill(line) for line in text.splitlines())


def say(text: str) -> None:
    """A message for the person (stderr), never data; at a terminal, long
    lines wrap at word boundaries instead of mid-word at the edge."""
    width = _terminal_width()
    if width:
        text = _wrapped(text, width, indent="  ")
    typer.echo(text, err=True)


def respond(data: Any, *, json_out: bool, render: Callable[[Any], None] | None = None,
            message: str | None = None) -> None:
    """The one place that decides between JSON and the renderer: with
    ``--json`` only ``data`` as JSON on stdout; otherwise ``render(data)``
    (data, on stdout) and then ``message`` (for the person, on stderr)."""
    if json_out:
        emit_json(data)
        return
    if render is not None:
        render(data)
    if message:
        say(message)


def say_note(note: str | None) -> None:
    """A use case's optional note (e.g. "example profile") on stderr."""
    if note:
        say(note)


STOPPED = "Stopped; nothing was saved."


def stopped(message: str = STOPPED, *, typed: list[str] | None = None) -> None:
    """The one way a command stops at Ctrl-C (or end of input): a clear line
    on stderr instead of Click's "Aborted!", and exit status 1. ``typed``:
    texts the person typed that could not be kept (printed back to copy)."""
    kept = [text for text in typed or [] if text and text.strip()]
    say(f"\n{message}" + ("\nWhat you typed, to copy:\n" + "\n".join(f"  {t}" for t in kept) if kept else ""))
    raise typer.Exit(1)


def _draft_answer(answer: str) -> str | None:
    """"continue" (yes), "later" (no) or "discard" (the whole word), else None."""
    if answer.strip().lower() == "discard":
        return "discard"
    said = yes_or_no(answer)
    return None if said is None else "continue" if said else "later"


def offered_drafts(drafts: list[dict], *, describe: Callable[[dict], str]) -> Iterator[dict]:
    """Offer kept private drafts back, newest first (in a terminal): 'yes'
    yields one to continue, and once the caller is done with it the next
    older one is offered; 'no' leaves it for later, 'discard' (the whole
    word) removes it for good. At the end, says how many wait for later
    and where every draft is listed."""
    from clingoals.usecases.drafts import discard

    left = 0
    for index, draft in enumerate(reversed(drafts), 1):
        count = f"({index} of {len(drafts)}) " if len(drafts) > 1 else ""
        say(count + describe(draft))
        while True:
            answer = _draft_answer(ask("Continue it? [yes/no/discard]", default="yes"))
            if answer:
                break
            say("  Please type yes, no or discard (discard removes it for good).")
        if answer == "continue":
            yield draft
        elif answer == "discard":
            discard(draft["name"])
            say("  Discarded: the draft is gone.")
        else:
            left += 1
    if left:
        from clingoals.numbers import counted

        say(f"  {counted(left, 'draft')} kept for later; 'goals drafts' lists every draft.")


def offer_drafts(drafts: list[dict], *, describe: Callable[[dict], str]) -> dict | None:
    """As :func:`offered_drafts`, for a command that continues one draft
    per run (a review, a goal conversation): the first draft the person
    chose to continue, or None. The older ones wait for the next run."""
    return next(offered_drafts(drafts, describe=describe), None)


def confirm(question: str, *, yes: bool, default: bool = False, option: str = "--yes") -> bool:
    """A yes to ``question``: ``yes`` (the option given) is one; at a
    terminal it is asked (Enter takes ``default``); without one, nothing is
    done and the line names ``option``, the one that says yes to it."""
    if yes:
        return True
    if not interactive():
        raise ClingoalsError(f"Nothing done: \"{question.rstrip('?')}?\" needs a yes, and there is no terminal "
                             f"to ask in; run the same command with {option}.")
    return ask_yes_no(question, default=default)


def long_term_question(goal_id: int, moving: dict) -> str:
    """The question before a path's step is dated after its long-term goal
    (``moving``: usecases.goals.long_term_goal_to_move), asked by `goals
    edit --due` and by a review's new deadline."""
    return (f"Goal {goal_id} would then be due after the long-term goal it serves, goal {moving['id']} "
            f"({moving['title']}, due {moving['deadline']}). Move goal {moving['id']} to {moving['to']} too?")


def long_term_not_moved(moving: dict) -> str:
    """What a no to :func:`long_term_question` leaves: nothing changed, and why."""
    return (f"Nothing changed: a step can't be due after its long-term goal; give a date on or before "
            f"{moving['deadline']}, or move both.")


def long_term_moved(moved: dict) -> str:
    """The line saying a path's long-term goal moved with its step."""
    return (f"Goal {moved['id']} ({moved['title']}) moves with it: due {moved['to']}, not {moved['deadline']} "
            "(a long-term goal arrives with its latest step).")


# The ways people answer yes or no (trial 15 P3: "yep" was asked again).
YES_NO = {**dict.fromkeys(("y", "yes", "yep", "yeah", "yup", "yea", "sure", "ok", "okay"), True),
          **dict.fromkeys(("n", "no", "nope", "nah"), False)}


def yes_or_no(answer: str) -> bool | None:
    """The one reading of a yes/no answer: True for y, yes, yep, yeah, yup,
    sure, ok; False for n, no, nope, nah (any case, a full stop or "!" after
    it); None for anything else."""
    return YES_NO.get((answer or "").strip().lower().rstrip(".!").strip())


def ask_yes_no(question: str, *, default: bool) -> bool:
    """The one yes/no question at a terminal: Enter takes ``default``; an
    answer :func:`yes_or_no` doesn't read is asked again, saying what to
    type (never Click's bare "Error: invalid input")."""
    while True:
        answer = ask(f"{question} [{'Y/n' if default else 'y/N'}]", default="").strip()
        if not answer:
            return default
        said = yes_or_no(answer)
        if said is not None:
            return said
        say("  Please answer yes or no.")


KEEPS_IT = "(Enter keeps it)"
KEEPS_IT_ON_THE_LINE = "(clear the line to keep it)"  # the same, while a refused answer waits on the input line


def keeps_it(question: str) -> str:
    """The one prompt that offers an earlier answer to keep: the question,
    "(Enter keeps it)" in place of what Enter did before ("(Enter to skip)"),
    and (by :func:`ask`) the answer on its own line below, short or long:

        Energy, 1-5 (Enter keeps it)
          [4]
        > """
    import re

    return re.sub(r"\s*\((?:Enter|clear the line) (?:to|for|keeps)\b[^()]*\)", "", question) + " " + KEEPS_IT


def ask(question: str, *, default: str | None = None, editable: bool = False, prefill: str | None = None,
        own_line: bool = False) -> str:
    """One free-text answer. Only called when :func:`interactive` is true.

    ``editable``: read it with line editing when the terminal allows
    (:mod:`clingoals.cli.lineedit`), so a Ctrl-C can be asked what was on
    the line; ``prefill`` then waits on the input line ready to edit (where
    line editing is not available it becomes the default Enter keeps).
    ``own_line``: the question on a line of its own and the text below it
    whatever its length (a text to edit: :func:`edit_line`), not beside the
    question when it is short enough to fit (trial 20 #18: two layouts)."""
    from clingoals.cli import lineedit

    editing = editable and lineedit.available()
    if not editing:
        lineedit.not_through_readline()
        if prefill:
            default = prefill
    width = _terminal_width()
    shown = f" [{default}]: " if default else ": "
    with lineedit.editing(prefill) if editing else contextlib.nullcontext():
        # through readline the prompt goes to stdout, which is then the same terminal as stderr
        err = not editing
        if editing and prefill and (own_line or (width and len(prefill) + len(question) + 2 > width)):
            # a text to edit that won't fit beside the question: the question whole on its own
            # line, the text on the input line below it
            typer.echo(_wrapped(question, width), err=True)
            return typer.prompt("", default=default, err=err, show_default=False, prompt_suffix="> ")
        if default and (own_line or question.endswith((KEEPS_IT, KEEPS_IT_ON_THE_LINE))
                        or (width and len(shown) > width // 3)):
            # an answer to keep (:func:`keeps_it`), or a long default (a sentence to keep or edit) that
            # would squeeze the question into a strip: the question gets the whole width and the
            # default a line of its own
            typer.echo(_wrapped(question, width) if width else question, err=True)
            typer.echo(_wrapped(f"  [{default}]", width, indent="   ") if width else f"  [{default}]", err=True)
            return typer.prompt("", default=default, err=err, show_default=False, prompt_suffix="> ")
        if width:  # room for what the prompt adds: " [default]: "
            question = _wrapped(question, max(width - len(shown), 20))
        return typer.prompt(question, default=default, err=err, show_default=bool(default))


class _Number(click.ParamType):
    """A number option or argument read as every typed number is
    (:func:`clingoals.numbers.read_number`): 200, 1.5, $200, 1,000."""

    name = "float"

    def convert(self, value, param, ctx):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        from clingoals.numbers import read_number

        try:
            amount = read_number(str(value))
        except ValueError:
            pass
        else:
            from clingoals.goal import currency_unit

            if ctx is not None and param is not None and currency_unit(str(value)):
                ctx.meta[f"currency:{param.name}"] = currency_unit(str(value))  # see typed_currency
            return amount
        try:  # nan, inf: numbers to Python, refused by the rules with their own message (exit 1)
            return float(value)
        except ValueError:
            from clingoals.numbers import in_thousands, number_examples, typo_message

            hours = param is not None and (param.name or "").startswith("hours")  # --hours, --hours-per-week
            self.fail(typo_message(str(value)) or (
                f"{value!r} is not a number: a sum in thousands is read with its sign ('$1.5k'), "
                "else type it in full (1500)." if in_thousands(str(value)) else
                f"{value!r} is not a number. Type one like {number_examples('hours' if hours else None)}."),
                param, ctx)


NUMBER = _Number()


class _Amount(_Number):
    """A progress amount: a number as NUMBER reads it, or one followed by
    words ("400 dollars"), kept as typed for the command to read in the
    goal's own unit (:func:`clingoals.numbers.read_amount`)."""

    def convert(self, value, param, ctx):
        from clingoals.numbers import in_thousands, with_words, without_hedge

        if isinstance(value, str) and (with_words(value) or in_thousands(value) or without_hedge(value) != value):
            return value  # "400 dollars", "about 15", "1.5k" ($1,500 toward a sum of money): the goal's unit says
        return super().convert(value, param, ctx)


AMOUNT = _Amount()


def typed_currency(option: str) -> str | None:
    """The unit a number option was typed with ("--target '$3,000'" -> "dollars"),
    so a sum counts dollars as it does when typed at a prompt."""
    context = click.get_current_context(silent=True)
    return context.meta.get(f"currency:{option}") if context is not None else None


def finite(name: str, value: float | None) -> float | None:
    from clingoals.goal import check_finite

    return check_finite(name, value)


def privacy_guard(text: str, *, yes: bool, what: str = "this text",
                  edit: Callable[[str], str | None] | None = None,
                  keep: Callable[[str], str] | None = None, source: str = "your command line") -> str | None:
    """The privacy check on a text a person typed; returns the text to store
    (perhaps edited), or None when it was kept as a private draft.

    When it warns: with ``--yes`` the text is stored. In a terminal the person
    chooses (:func:`settle_private_text`). Without one, a ``keep``-able text
    is kept as a private draft and the command fails with one line saying
    where and how to save it (``--yes``); any other text fails as before (it
    is still where it was typed, ``source``: the command line or a file, and
    the one line says so). ``keep(text)`` stores the draft and returns a
    sentence saying where it is and who offers it back."""
    from clingoals.privacy import findings

    found = findings(text)
    if not found:
        return text
    if yes:
        say(f"warning: {what} may identify a client: {'; '.join(found)}.")
        return text
    if not interactive():
        if keep is not None:
            raise ClingoalsError(f"Not saved: {what} may identify a client ({'; '.join(found)}). {keep(text)} "
                                 "To save it as is, run again with --yes.")
        raise ClingoalsError(f"Not saved: {what} may identify a client ({'; '.join(found)}). Your text is still "
                             f"in {source}: remove identifying details, or run again with --yes to save it as is.")
    return settle_private_text(text, what=what, edit=edit, keep=keep)


def edit_line(label: str, text: str, *, keeps: str = "it as it was") -> str:
    """The one way a text is edited at a terminal: ``text`` waits on the
    input line below the question, ready to edit, however short it is (GNU
    readline; elsewhere it is the default Enter keeps, shown below too). A line emptied and sent keeps ``text`` and says so
    ("Empty: keeping ``keeps``."). Ctrl-C (or end of input) raises
    :class:`Interrupted` with the half-edited line, so the caller can keep it."""
    edited = ask_keeping_the_line(f"{label} (edit it)", prefill=text, own_line=True).strip()
    if not edited:
        say(f"  Empty: keeping {keeps}.")
        return text
    return edited


def ask_to_fix(question: str, typed: str | None, *, default: str = "", empty: str | None = None,
               read: Callable[..., str] | None = None) -> str:
    """A question asked (again, after a refused answer ``typed``): the
    refused text waits on the input line to be corrected where the terminal
    allows; elsewhere it is printed back and Enter gives ``default`` (never
    the refused answer sent again unseen). ``typed`` None: the first asking.

    ``empty``: what an empty answer does ("to skip", "for none"); the
    question then says how to get it: "(Enter to skip)", or "(clear the line
    to skip)" while the refused text waits on the line, so Enter does what
    the prompt says. ``read(question, default=, prefill=)`` reads the answer
    (default: :func:`ask` with line editing); the review passes its own,
    which keeps a half-typed line at Ctrl-C."""
    from clingoals.cli import lineedit

    if read is None:
        def read(text: str, *, default: str, prefill: str | None) -> str:
            return ask_keeping_the_line(text, default=default, prefill=prefill)
    on_line = bool(typed) and lineedit.available()
    if typed and not on_line:
        say(f"  You typed: {typed}")
    if empty:
        question = f"{question} ({'clear the line' if on_line else 'Enter'} {empty})"
    return read(question, default=default, prefill=typed if on_line else None)


def one_of_several(find: Callable[[str], Any], typed: str, *, what: str) -> Any:
    """``find(typed)``; when ``typed`` is part of several names
    (:class:`AmbiguousChoice`) and a person is at a terminal, they are
    offered as a numbered question and ``find`` gets the one chosen (its
    number, or its name typed whole); without a terminal the one-line error
    stands. A reply that is neither is asked again with it on the line;
    Enter chooses none: nothing changes, said in one line (exit 1)."""
    from clingoals.errors import AmbiguousChoice

    try:
        return find(typed)
    except AmbiguousChoice as error:
        if not interactive():
            raise
        choices = error.choices
    say(f"'{typed}' is part of {len(choices)} {what} ids:")
    for number, (name, described) in enumerate(choices, start=1):
        say(f"  {number}  {name}  ({described})")
    names = [name for name, _ in choices]
    answer = None
    while True:
        answer = ask_to_fix(f"Which one? Type its number, 1-{len(choices)}", answer, empty="to choose none").strip()
        if not answer:
            raise InvalidInput(f"No {what} chosen: nothing changed. Give its full id, e.g. {names[0]}.")
        if answer.isdigit() and 1 <= int(answer) <= len(choices):
            return find(names[int(answer) - 1])
        named = [answer] if answer in names else [n for n in names if answer.casefold() in n.casefold()]  # "ny"
        if len(named) == 1:
            return find(named[0])
        say(f"  Please type a number from 1 to {len(choices)}.")


class Interrupted(KeyboardInterrupt):
    """Ctrl-C (or end of input) while a line was typed: ``line`` is what was
    on it ('' when nothing), or None when it can't be known (no GNU readline).
    A KeyboardInterrupt, so a caller that only stops at Ctrl-C still does;
    one that can keep the line catches this first."""

    def __init__(self, line: str | None):
        super().__init__(line)
        self.line = line


def ask_keeping_the_line(question: str, *, default: str = "", prefill: str | None = None,
                         own_line: bool = False) -> str:
    """One free-text answer read with line editing; Ctrl-C or end of input
    raise :class:`Interrupted` carrying the half-typed line, so the caller
    can keep it instead of losing it. ``default`` and ``prefill`` as for
    :func:`ask` (a line kept earlier waits on the input line again)."""
    import click

    from clingoals.cli import lineedit

    try:
        return ask(question, default=default, editable=True, prefill=prefill, own_line=own_line)
    except (KeyboardInterrupt, EOFError, click.exceptions.Abort):
        raise Interrupted(lineedit.interrupted_line()) from None


def ask_again(label: str) -> Callable[[str], str]:
    """``edit`` for :func:`privacy_guard`: the text typed waits on the input
    line to be edited (:func:`edit_line`)."""
    return lambda typed: edit_line(label, typed)


PRIVACY_CHOICES = {
    "edit": "edit it now",
    "save": "save it as is",
    "go": "go on with it as typed",  # in a conversation: nothing is stored yet
    "draft": "keep it as a private draft",
    "cancel": "cancel (your text is printed back to copy)",
}


def privacy_choice(found: list[str], *, what: str = "this text", choices: tuple[str, ...] = ("edit", "save", "draft")) -> str:
    """In a terminal, when the privacy check warns about a text the person is
    typing: one of ``choices`` (see :data:`PRIVACY_CHOICES`). Asked again
    until the answer is one of them (or its first letter). Enter alone
    takes the safe choice (edit, else keep a draft, else cancel): one key
    must never store a client's details."""
    say(f"warning: {what} may identify a client: {'; '.join(found)}.")
    spelled = [PRIVACY_CHOICES[choice] for choice in choices]
    question = ", ".join(spelled[:-1]) + " or " + spelled[-1]
    safe = next(choice for choice in ("edit", "draft", "cancel") if choice in choices)
    while True:
        answer = ask(f"{question[0].upper()}{question[1:]}? [{'/'.join(choices)}]",
                     default=safe).strip().lower()
        matches = [choice for choice in choices if answer and choice.startswith(answer)]
        if len(matches) == 1:
            return matches[0]
        say(f"  Please type {', '.join(choices[:-1])} or {choices[-1]}.")


def settle_private_text(text: str | None, *, what: str = "this text",
                        edit: Callable[[str], str | None] | None = None,
                        keep: Callable[[str], str] | None = None, interrupt_stops: bool = False) -> str | None:
    """The one privacy decision on a text typed at a terminal (journal,
    review answers, notes, steps...): nothing typed is thrown away. When the
    check warns the person may edit it now (``edit(text)`` gives the new
    text, checked again), save it as is, or keep it as a private draft
    (``keep``; Ctrl-C keeps one too) and get None back. A text that can't be
    kept as a draft can be cancelled instead: it is printed back on stderr
    to copy, and nothing is saved (exit status 1). Ctrl-C, Ctrl-D, a closed
    terminal or a failed edit keep the text as it was the same way. With
    ``interrupt_stops`` (a conversation such as the review) Ctrl-C keeps the
    draft and then stops the conversation too (KeyboardInterrupt), instead
    of going on."""
    choices = (("edit",) if edit else ()) + ("save",) + (("draft",) if keep else ("cancel",))
    with _hangup_as_interrupt():
        return _settle(text, what=what, edit=edit, keep=keep, choices=choices, interrupt_stops=interrupt_stops)


@contextlib.contextmanager
def _hangup_as_interrupt():
    """While a person decides about a stopped text, a closed terminal
    (SIGHUP) counts as Ctrl-C: the text is kept as a draft, not lost."""
    import signal

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGHUP, interrupt)
    except (AttributeError, ValueError):  # no SIGHUP (Windows) or not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGHUP, previous)


def _settle(text: str | None, *, what: str, edit, keep, choices: tuple[str, ...],
            interrupt_stops: bool) -> str | None:
    import click

    from clingoals.privacy import findings

    while text:
        found = findings(text)
        if not found:
            break
        try:
            choice = privacy_choice(found, what=what, choices=choices)
        except (KeyboardInterrupt, click.exceptions.Abort):
            if not keep:  # nowhere to keep it: stopped, with the text printed back to copy
                stopped(typed=[text])
            with contextlib.suppress(OSError):  # the terminal may be gone (SIGHUP)
                say("")                         # the prompt line was left open
            if interrupt_stops:
                _set_aside(text, keep)
                raise KeyboardInterrupt from None
            choice = "draft"
        if choice == "save":
            break
        if choice in ("draft", "cancel"):
            return _set_aside(text, keep, why="you cancelled at the privacy check")
        try:
            edited = edit(text)
        except (KeyboardInterrupt, click.exceptions.Abort, ClingoalsError) as stop:
            # Ctrl-C or Ctrl-D while editing, the editor failing or emptying the text: the text as it was stays
            interrupted = not isinstance(stop, ClingoalsError)
            reason = "interrupted" if interrupted else str(stop).split(";")[0].strip().rstrip(".")
            half = stop.line.strip() if isinstance(stop, Interrupted) and stop.line else ""
            if interrupted and not keep:
                stopped(typed=[text] + ([half] if half and half != text.strip() else []))
            if half and half != text.strip():  # the half-edited line is not lost either: printed back to copy
                with contextlib.suppress(OSError):
                    say(f"\nThe line you were editing, to copy:\n  {half}")
            with contextlib.suppress(OSError):  # the terminal may be gone (SIGHUP)
                say(f"\nNot edited ({reason[:1].lower()}{reason[1:]}).")
            _set_aside(text, keep, why="the edit did not finish")
            if interrupted and interrupt_stops:
                raise KeyboardInterrupt from None
            return None
        if not (edited or "").strip():
            say("Not edited (the text came back empty).")
            return _set_aside(text, keep, why="the edited text was empty")
        text = edited
    return text


def _set_aside(text: str, keep: Callable[[str], str] | None, *, why: str = "stopped at the privacy check") -> None:
    """A stopped text is kept as a private draft (``keep``) or, when it
    can't be, printed back on stderr to copy and the command ends with exit
    status 1 (the person's choice or an interruption, not an error)."""
    if keep is not None:
        kept = keep(text)
        with contextlib.suppress(OSError):  # the terminal may be gone (SIGHUP)
            say(kept)
        return None
    with contextlib.suppress(OSError):
        say("Your text, to copy:\n" + text)
        say(f"Not saved: {why}; your text is printed above.")
    raise typer.Exit(1)


def read_user_file(path, *, encoding: str = "utf-8") -> str:
    """The text of a file the person named (a regular file of at most 16 MB),
    or one clear error."""
    from clingoals.store.files import read_text

    return read_text(path, encoding=encoding)


STDIN_LIMIT = 1_000_000


def read_stdin(*, what: str) -> str:
    """Text piped in (``goals journal -``), at most a million characters."""
    text = sys.stdin.read(STDIN_LIMIT + 1)
    if len(text) > STDIN_LIMIT:
        raise InvalidInput(f"{what} from standard input is longer than {STDIN_LIMIT:,} characters; nothing was saved.")
    return text
