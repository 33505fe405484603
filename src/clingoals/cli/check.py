"""`goals check`: score any goal text against SMART without saving it."""

from __future__ import annotations

from typing import List, Optional

import typer

from clingoals.cli.common import DATE_HELP, JSON_HELP, emit_json, finite, opened_store, today
from clingoals.dates import parse_optional_date
from clingoals.errors import NotFound
from clingoals.goal import check_number, check_statement, unknown_aspiration


check_app = typer.Typer()


@check_app.command()
def check(
    statement: str = typer.Argument(..., help="The goal in one sentence."),
    due: Optional[str] = typer.Option(None, "--due", help=f"Deadline: {DATE_HELP}."),
    aspiration: Optional[List[str]] = typer.Option(None, "--aspiration", help="An aspiration this goal serves, linked as `goals add --aspiration` would link it (repeatable)."),
    hours_per_week: Optional[float] = typer.Option(None, "--hours-per-week", help="Hours a week you can give it."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Score a goal against SMART and say what to fix (saves nothing)."""
    from clingoals.smart import GoalText, score
    from clingoals.store.db import db_path

    day = today()
    statement = check_statement(statement)
    deadline = parse_optional_date(due, day)
    hours = check_number("Hours per week", finite("Hours per week", hours_per_week))
    declared: list[str] = []
    descriptions: dict[str, str] = {}
    if db_path().exists():  # checking text must not create a database
        from clingoals.usecases.goals import aspiration_descriptions, aspiration_names

        with opened_store() as store:
            declared = aspiration_names(store)
            descriptions = aspiration_descriptions(store)
    passed = [a.strip() for a in aspiration or [] if a.strip()]
    known = {name.casefold(): name for name in declared}
    for name in passed:  # as `goals add --aspiration` refuses it: an undeclared one serves nothing yet
        if name.casefold() not in known:
            raise NotFound(unknown_aspiration(name, declared))
    passed = [known[name.casefold()] for name in passed]
    card = score(GoalText(statement=statement, deadline=deadline, hours_per_week=hours,
                          aspirations=tuple(dict.fromkeys(declared + passed)),
                          linked_aspirations=tuple(dict.fromkeys(passed)),
                          aspiration_descriptions=tuple(descriptions.items())), day)
    if json_out:
        emit_json(card)
    else:
        from clingoals import render

        render.out.print(render.scorecard(card))
