"""`goals plan`: the personal development plan, as Markdown or HTML."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from clingoals.cli.common import emit_json, opened_store, say, today
from clingoals.usecases.plan import JOURNAL_DAYS


class PlanFormat(str, Enum):
    md = "md"
    html = "html"


plan_app = typer.Typer()


@plan_app.command()
def plan(fmt: PlanFormat = typer.Option(PlanFormat.md, "--format", help="md (Markdown) or html (one self-contained page that prints well).", case_sensitive=False),
         out: Optional[Path] = typer.Option(None, "--out", help="File to write (default, or -: stdout)."),
         include_journal: bool = typer.Option(False, "--include-journal", help=f"Add reflections from the last {JOURNAL_DAYS} days."),
         json_out: bool = typer.Option(False, "--json", help="Print the plan's data as JSON on stdout instead of the document.")) -> None:
    """Your personal development plan, to take to supervision."""
    from clingoals import plan as document
    from clingoals.usecases.plan import plan_data
    from clingoals.store.files import write_file

    with opened_store() as store:
        data = plan_data(store, today=today(), include_journal=include_journal)
    if json_out:
        return emit_json(data)
    text = document.to_html(data) if fmt == PlanFormat.html else document.to_markdown(data) + "\n"
    if out is None and fmt == PlanFormat.md:
        from clingoals import render

        render.page_text(text)  # at a terminal, through the pager like other long output
    elif out is None or str(out) == "-":
        write_file("-", text)
    else:
        write_file(out, text)
        say(f"Wrote your plan to {out}.")
