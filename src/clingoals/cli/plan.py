"""`goals plan`: the personal development plan, as Markdown or HTML."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from clingoals.cli.common import DATE_HELP, emit_json, opened_store, say, today
from clingoals.usecases.plan import ACHIEVED_MONTHS, JOURNAL_DAYS


class PlanFormat(str, Enum):
    md = "md"
    html = "html"


plan_app = typer.Typer()


@plan_app.command()
def plan(fmt: PlanFormat = typer.Option(PlanFormat.md, "--format", help="md (Markdown) or html (one self-contained page that prints well).", case_sensitive=False),
         out: Optional[Path] = typer.Option(None, "--out", help="File to write (default, or -: stdout)."),
         include_journal: bool = typer.Option(False, "--include-journal", help=f"Add reflections from the last {JOURNAL_DAYS} days (entries the privacy check flags are named on stderr)."),
         include_personal: bool = typer.Option(False, "--include-personal", help="Add your personal goals and aspirations (left out by default: the plan is for supervision)."),
         since: Optional[str] = typer.Option(None, "--since", help=f"Show the goals achieved (marked done) from this date (default: the last {ACHIEVED_MONTHS} months): {DATE_HELP}."),
         force: bool = typer.Option(False, "--force", help="Replace the --out file if it already exists."),
         json_out: bool = typer.Option(False, "--json", help="Print the plan's data as JSON on stdout instead of the document.")) -> None:
    """Your development plan, to take to supervision (personal goals only with --include-personal).
    What you achieved in its period (goals marked done in the last 12
    months, or from --since) comes first, apart from your open goals."""
    from clingoals import plan as document
    from clingoals.usecases.plan import plan_data
    from clingoals.store.files import write_file

    with opened_store() as store:
        data = plan_data(store, today=today(), include_journal=include_journal, include_personal=include_personal,
                         since=since)

    def notes() -> None:
        goals, aspirations = data["personal_left_out"], data["personal_aspirations_left_out"]
        parts = [f"{n} personal {what}{'s' if n != 1 else ''}"
                 for n, what in ((goals, "goal"), (aspirations, "aspiration")) if n]
        if parts:
            say(f"note: {' and '.join(parts)} left out; --include-personal adds "
                f"{'them' if goals + aspirations != 1 else 'it'}.")
        for flag in data["privacy_flags"]:
            say(f"warning: journal entry {flag['id']} ({flag['date']}) may identify a client "
                f"({'; '.join(flag['findings'])}); check it before you share the plan.")

    if json_out:
        notes()
        return emit_json(data)
    text = document.to_html(data) if fmt == PlanFormat.html else document.to_markdown(data) + "\n"
    to_file = out is not None and str(out) != "-"
    if not to_file:
        notes()  # before the document: a pager would hide them after it
    if out is None and fmt == PlanFormat.md:
        from clingoals import render

        render.page_text(text)  # at a terminal, through the pager like other long output
    elif out is None or str(out) == "-":
        write_file("-", text)
    else:
        write_file(out, text, replace=force)
        notes()
        say(f"Wrote your plan to {out}.")
