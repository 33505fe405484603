"""`goals profile`: a dated self-assessment (strengths, areas to grow,
interests, skills rated 1-5), compared with the one before."""

from __future__ import annotations

from typing import List, Optional

import click
import typer

from clingoals import clock
from clingoals.cli.common import (DATE_HELP, JSON_HELP, ask, ask_to_fix, emit_json, interactive, offer_drafts,
                                  opened_store, respond, say, stopped, today)
from clingoals.errors import ClingoalsError, InvalidInput
from clingoals.numbers import counted
from clingoals.usecases import assessments as use
from clingoals.usecases.drafts import shortened

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


# An example per group, so interpersonal and administrative skills aren't asked with clinical ones.
SKILL_EXAMPLES = {"clinical": "CBT=4; DBT=2", "interpersonal": "active listening=4; conflict resolution=3",
                  "administrative": "documentation=3; scheduling=4"}


def _skill_problems(group: str, parts: list[str]) -> list[str]:
    """What is wrong with each SKILL=RATING pair of one group (every one, not only the first)."""
    from clingoals.assessment import parse_skill

    problems = []
    for part in parts:
        if "=" not in part:
            import re

            # "EMDR 2" or "EMDR: 2" means EMDR=2: the example shows that, not "EMDR 2=3"
            rated = re.fullmatch(r"(.*?\S)\s*[:\s-]\s*(\d+(?:\.\d+)?)", part)
            example = f"{rated.group(1)}={rated.group(2)}" if rated else f"{part}=3"
            problems.append(f"Can't read {part!r}: write SKILL=RATING, e.g. {example}")
            continue
        try:
            parse_skill(f"{group}:{part}")
        except InvalidInput as error:
            problems.append(str(error).rstrip("."))
    return problems


def _ask_skills(group: str, answer: str, pending: dict) -> list[str]:
    """One group's skills, checked as typed: every wrong pair is named and
    the answer waits on the input line to be fixed (kept in ``pending``
    meanwhile, so Ctrl-C keeps it too); Enter there never sends the refused
    answer again unseen, and an empty answer skips the group."""
    question = (f"{group.capitalize()} skills as SKILL=RATING 1-5, separated by ; "
                f"(e.g. {SKILL_EXAMPLES.get(group, 'CBT=4; DBT=2')})")
    typed = answer or None
    while True:
        answer = ask_to_fix(question, typed) if typed else ask(question, default="")
        parts = _split([answer])
        problems = _skill_problems(group, parts)
        if problems:
            pending[group] = answer
            say(f"  {'; '.join(problems)}. Fix {'it' if len(problems) == 1 else 'them'} below (your answer is kept); "
                f"an empty answer skips {group} skills.")
            typed = answer
            continue
        pending.pop(group, None)
        return [f"{group}:{part}" for part in parts]


QUESTIONS = (("strengths", "Strengths (separated by ;)"), ("growth", "Areas to grow (separated by ;)"),
             ("interests", "Interests: populations, issues, settings (separated by ;)"))


def _guided() -> tuple[list[str], list[str], list[str], list[str], dict]:
    """Ask every question; Ctrl-C keeps the answers so far as a private
    draft that the next 'goals profile add' offers back. Returns the
    answers and what to keep as a draft if saving fails ({"answers",
    "skills", "replaces": the draft it continued, or None})."""
    from clingoals.assessment import SKILL_GROUPS

    waiting = use.drafts()
    draft = offer_drafts(waiting, describe=lambda d: f"You stopped a self-assessment on {d['saved_at'][:10]}"
                         + (f": {shortened('; '.join(sum(d['answers'].values(), [])), 50)!r}" if any(d['answers'].values())
                            else "")) if waiting else None
    answers = dict(draft["answers"]) if draft else {}
    skills = dict(draft["skills"]) if draft else {}
    pending = dict(draft["pending"]) if draft else {}
    try:
        for key, question in QUESTIONS:
            if key not in answers:
                answers[key] = _split([ask(question, default="")])
        for group in SKILL_GROUPS:
            if group not in skills:
                skills[group] = _ask_skills(group, pending.get(group, ""), pending)
    except (KeyboardInterrupt, EOFError, click.exceptions.Abort):
        if any(answers.values()) or any(skills.values()) or pending:
            use.keep_draft(answers, skills=skills, pending=pending, replaces=draft and draft["name"],
                           now=clock.now_iso())
            stopped("Stopped; your answers are kept as a private draft (not in the database): "
                    "'goals profile add' continues it.")
        if draft:  # nothing new was typed: the draft stays as it was
            stopped("Stopped; your draft stays as it was: 'goals profile add' continues it.")
        stopped()
    specs = [spec for group in SKILL_GROUPS for spec in skills.get(group, [])]
    kept = {"answers": answers, "skills": skills, "replaces": draft and draft["name"]}
    return answers["strengths"], answers["growth"], answers["interests"], specs, kept


@profile_app.command("add")
def add(strength: Optional[List[str]] = typer.Option(None, "--strength", help="A strength (repeatable)."),
        grow: Optional[List[str]] = typer.Option(None, "--grow", help="An area to grow (repeatable)."),
        interest: Optional[List[str]] = typer.Option(None, "--interest", help="An interest: population, issue, setting (repeatable)."),
        skill: Optional[List[str]] = typer.Option(None, "--skill", help="GROUP:SKILL=RATING with group clinical, interpersonal or administrative and a rating 1-5, e.g. clinical:CBT=4 (repeatable)."),
        date: Optional[str] = typer.Option(None, "--date", help=f"The day of the assessment (default today): {DATE_HELP}."),
        json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Record a self-assessment (in a terminal with no options, it asks; Ctrl-C
    keeps your answers as a private draft that the next 'goals profile add' offers)."""
    strengths, growth, interests, specs = _split(strength), _split(grow), _split(interest), list(skill or [])
    continued = None
    if not (strengths or growth or interests or specs):
        if not interactive():
            raise InvalidInput("Give at least one --strength, --grow, --interest or --skill.")
        strengths, growth, interests, specs, continued = _guided()
        if not (strengths or growth or interests or specs):
            if continued["replaces"]:
                use.discard_draft(continued["replaces"])
            raise InvalidInput("Nothing to record; nothing was saved.")
    try:
        with opened_store() as store:
            latest = use.add_assessment(store, strengths=strengths, growth=growth, interests=interests,
                                        skills=specs, date=date, today=today(), now=clock.now_iso())
    except ClingoalsError as error:
        if continued is None:
            raise
        use.keep_draft(continued["answers"], skills=continued["skills"], replaces=continued["replaces"],
                       now=clock.now_iso())
        raise ClingoalsError(f"{error} Your answers are kept as a private draft: 'goals profile add' "
                             "continues it.") from None
    if continued and continued["replaces"]:
        use.discard_draft(continued["replaces"])
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
