"""`goals profile`: a dated self-assessment (strengths, areas to grow,
interests, skills rated 1-5), compared with the one before."""

from __future__ import annotations

from typing import List, Optional

import typer

from clingoals import clock
from clingoals.cli.common import DATE_HELP, JSON_HELP, ask, emit_json, interactive, opened_store, respond, say, today
from clingoals.errors import InvalidInput
from clingoals.numbers import counted
from clingoals.usecases import assessments as use

profile_app = typer.Typer(help="Your self-assessment: strengths, areas to grow, interests and skills. "
                               "With no command: the latest, compared with the one before.",
                          invoke_without_command=True)


@profile_app.callback()
def profile_root(ctx: typer.Context, json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Your self-assessment. With no command: the latest, compared with the one before."""
    if ctx.invoked_subcommand is None:
        show(json_out=json_out)


def _split(values: list[str] | None) -> list[str]:
    return [v.strip() for value in values or [] for v in value.split(";") if v.strip()]


def _ask_skills(group: str) -> list[str]:
    """One group's skills, checked as typed: a wrong one is named and the
    answer asked again with what was typed, so nothing is lost."""
    from clingoals.assessment import parse_skill

    answer = ""
    while True:
        answer = ask(f"{group.capitalize()} skills as SKILL=RATING 1-5, separated by ; (e.g. CBT=4; DBT=2)",
                     default=answer)
        specs = [f"{group}:{part}" for part in _split([answer])]
        try:
            for spec in specs:
                parse_skill(spec)
        except InvalidInput as error:
            say(f"  {error} Fix it below (your answer is kept).")
            continue
        return specs


@profile_app.command("add")
def add(strength: Optional[List[str]] = typer.Option(None, "--strength", help="A strength (repeatable)."),
        grow: Optional[List[str]] = typer.Option(None, "--grow", help="An area to grow (repeatable)."),
        interest: Optional[List[str]] = typer.Option(None, "--interest", help="An interest: population, issue, setting (repeatable)."),
        skill: Optional[List[str]] = typer.Option(None, "--skill", help="GROUP:SKILL=RATING with group clinical, interpersonal or administrative and a rating 1-5, e.g. clinical:CBT=4 (repeatable)."),
        date: Optional[str] = typer.Option(None, "--date", help=f"The day of the assessment (default today): {DATE_HELP}."),
        json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Record a self-assessment (in a terminal with no options, it asks)."""
    from clingoals.assessment import SKILL_GROUPS

    strengths, growth, interests, specs = _split(strength), _split(grow), _split(interest), list(skill or [])
    if not (strengths or growth or interests or specs):
        if not interactive():
            raise InvalidInput("Give at least one --strength, --grow, --interest or --skill.")
        strengths = _split([ask("Strengths (separated by ;)", default="")])
        growth = _split([ask("Areas to grow (separated by ;)", default="")])
        interests = _split([ask("Interests: populations, issues, settings (separated by ;)", default="")])
        for group in SKILL_GROUPS:
            specs += _ask_skills(group)
        if not (strengths or growth or interests or specs):
            raise InvalidInput("Nothing to record; nothing was saved.")
    with opened_store() as store:
        latest = use.add_assessment(store, strengths=strengths, growth=growth, interests=interests, skills=specs,
                                    date=date, today=today(), now=clock.now_iso())
    respond(latest, json_out=json_out, message=f"Recorded your self-assessment of {latest['assessed_on']}.")


@profile_app.command("show")
def show(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """The latest self-assessment and how each skill moved since the one before."""
    from clingoals import render

    with opened_store() as store:
        data = use.latest_assessment(store)
    if data is None:
        if json_out:
            emit_json(None)
        else:
            say("No self-assessment yet. Record one: goals profile add --strength rapport --skill clinical:CBT=3")
        return
    previous = data.pop("previous")
    respond(data, json_out=json_out,
            render=lambda d: render.out.print(render.assessment(d, previous, d["skills_compared"])))


@profile_app.command("list")
def list_assessments(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Every self-assessment, oldest first."""
    with opened_store() as store:
        rows = use.list_assessments(store)
    if json_out:
        emit_json(rows)
    elif not rows:
        say("No self-assessment yet.")
    else:
        for row in rows:
            count = sum(len(v) for v in row["skills"].values())
            typer.echo(f"{row['assessed_on']}: {counted(len(row['strengths']), 'strength')}, "
                       f"{counted(len(row['growth']), 'area')} to grow, {counted(len(row['interests']), 'interest')}, "
                       f"{counted(count, 'skill')}")
