"""The guided drafting conversation behind ``goals add`` in a terminal.

Ask for the goal in one sentence, score it, then ask only for what is
missing or weak, redrawing the scorecard after each answer; offer action
steps; show the final card and confirm. Nothing is written here: the caller
saves the filled-in values, so Ctrl-C or end of input saves nothing.
"""

from __future__ import annotations

import datetime as dt
import re

import typer

from clingoals.cli.common import ask, opened_store, say
from clingoals.dates import parse_date
from clingoals.errors import DateError
from clingoals.smart import GoalText, score

TARGET_ANSWER = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(.*?)\s*$")


def _goal_text(values: dict, aspirations: list[str], declared: list[str], day: dt.date) -> GoalText:
    due = values.get("due")
    deadline = None
    if due:
        try:
            deadline = parse_date(due, day)
        except DateError:
            deadline = None
    return GoalText(
        statement=values.get("statement") or "", specific=values.get("specific"),
        metric=values.get("measure"), target=values.get("target"), unit=values.get("unit"),
        baseline=values.get("baseline"), deadline=deadline, plan=values.get("plan"),
        hours_per_week=values.get("hours_per_week"), why=values.get("why"),
        confidence=values.get("confidence"), category=values.get("category"),
        aspirations=tuple(dict.fromkeys(declared + aspirations)),
        linked_aspirations=tuple(aspirations),
    )


def _optional(question: str) -> str | None:
    answer = ask(f"{question} (Enter to skip)", default="").strip()
    return answer or None


def _ask_number(question: str, *, low: float, high: float | None, integer: bool = False) -> float | None:
    while True:
        answer = _optional(question)
        if answer is None:
            return None
        try:
            number = int(answer) if integer else float(answer)
        except ValueError:
            say(f"  Please type a number{' from %g to %g' % (low, high) if high is not None else ''}.")
            continue
        if number < low or (high is not None and number > high) or number != number:
            say(f"  Please type a number from {low:g}{' to %g' % high if high is not None else ' up'}.")
            continue
        return number


def _ask_date(question: str, day: dt.date) -> str | None:
    while True:
        answer = _optional(question)
        if answer is None:
            return None
        try:
            parse_date(answer, day)
            return answer
        except DateError as error:
            say(f"  {error}")


def _show(card: dict) -> None:
    from clingoals import render

    render.err.print(render.scorecard(card, title="Your goal"))


def draft_goal(values: dict, aspirations: list[str], steps: list[str], day: dt.date) -> bool:
    """Fill ``values`` (the options of ``goals add``) by asking. Returns False
    when the person declines the final card; Ctrl-C or end of input raise."""
    from clingoals.store import queries

    with opened_store() as store:
        declared = queries.aspiration_names(store.conn)
    new_aspirations: list[str] = []
    say("Let's draft a SMART goal. Press Enter to skip any question; Ctrl-C stops without saving.")
    while not (values.get("statement") or "").strip():
        values["statement"] = ask("Your goal, in one sentence").strip()

    def card() -> dict:
        return score(_goal_text(values, aspirations, declared, day), day)

    current = card()
    _show(current)
    criteria = current["criteria"]
    if criteria["specific"]["score"] < 2:
        detail = _optional("What exactly will you do? Name the training, modality, credential, population or setting")
        if detail:
            values["specific"] = detail
            current = card()
            _show(current)
    if current["criteria"]["measurable"]["score"] < 2:
        answer = _optional("How will you know you got there? A number with its unit (e.g. '20 CE hours') or a result you can check")
        if answer:
            match = TARGET_ANSWER.match(answer)
            if match and float(match.group(1)) > 0 and match.group(2):
                values["target"], values["unit"] = float(match.group(1)), match.group(2)
                values["measure"] = values.get("measure") or match.group(2)
            else:
                values["measure"] = answer
            current = card()
            _show(current)
    if current["criteria"]["time_bound"]["score"] < 2 or not values.get("due"):
        found = current["deadline"]
        if found and not values.get("due") and current["criteria"]["time_bound"]["score"] == 2:
            values["due"] = found
        else:
            while not values.get("due"):
                values["due"] = _ask_date("By when? (e.g. 'June 30', 'in 3 months', 'Q3')", day)
                if not values["due"]:
                    say("  A goal needs a deadline to be saved.")
            current = card()
            _show(current)
    if current["criteria"]["achievable"]["score"] < 2:
        if current["criteria"]["achievable"]["score"] == 0 and "deadline" in current["criteria"]["achievable"]["reason"]:
            later = _ask_date("A more realistic deadline", day)
            if later:
                values["due"] = later
        if values.get("plan") is None:
            values["plan"] = _optional("Your plan and what you'll need (course, mentor, fees, time off)")
        if values.get("hours_per_week") is None:
            values["hours_per_week"] = _ask_number("Hours a week you can give it", low=0, high=168)
        if values.get("confidence") is None:
            confidence = _ask_number("How confident are you, 0-10", low=0, high=10, integer=True)
            values["confidence"] = int(confidence) if confidence is not None else None
        current = card()
        _show(current)
    if current["criteria"]["relevant"]["score"] < 2:
        if not values.get("why"):
            values["why"] = _optional("Why does it matter to you? (e.g. 'so that I can supervise associates')")
        known = f" (yours: {', '.join(declared)})" if declared else ""
        name = _optional(f"Which aspiration does it serve{known}? A new name adds it")
        if name:
            existing = next((d for d in declared if d.lower() == name.lower()), None)
            if existing is None:
                new_aspirations.append(name)
            aspirations.append(existing or name)
        current = card()
        _show(current)
    say("Action steps make it real. Add a few, one per line; Enter on an empty line when done.")
    while True:
        text = ask("Step", default="").strip()
        if not text:
            break
        steps.append(text)
    final = card()
    _show(final)
    if final["total"] < 10:
        say(f"It scores {final['total']}/10. You can save it now and sharpen it later with 'goals edit'.")
    values["new_aspirations"] = new_aspirations
    return typer.confirm("Save this goal?", default=True, err=True)
