"""The guided drafting conversation behind ``goals add`` in a terminal.

Ask for the goal in one sentence, score it, then ask only for what is
missing or weak, redrawing the scorecard after each answer; offer action
steps; compose one SMART sentence from the first sentence and the answers,
show it with its final card, and let the person accept it, edit it or keep
their own wording. The decisions (scoring, composing, which aspiration the
goal serves) are the drafting use case's; this module only asks and shows.
Nothing is written here: the caller saves. Ctrl-C or end of input saves
nothing; declining the final card keeps the goal as a draft.
"""

from __future__ import annotations

import datetime as dt

import typer

from clingoals.cli.common import ask, opened_store, say
from clingoals.dates import parse_date
from clingoals.errors import DateError, InvalidInput
from clingoals.usecases import drafting as use

SKIP = " (Enter to skip)"
CHOICES = {"a": "accept", "accept": "accept", "e": "edit", "edit": "edit", "k": "keep", "keep": "keep"}


def _optional(question: str) -> str | None:
    answer = ask(question + SKIP, default="").strip()
    return answer or None


def _ask_number(question: str, *, low: float, high: float | None, integer: bool = False) -> float | None:
    while True:
        answer = _optional(question)
        if answer is None:
            return None
        try:
            number = int(answer) if integer else float(answer)
        except ValueError:
            say(f"  Please type a number{' from %g to %g' % (low, high) if high is not None else ''}, or press Enter to skip.")
            continue
        if number < low or (high is not None and number > high) or number != number:
            say(f"  Please type a number from {low:g}{' to %g' % high if high is not None else ' up'}.")
            continue
        return number


def _ask_target(question: str) -> tuple[float, str] | None:
    """A number and what it counts, asked again (saying why, with the answer
    repeated) until it reads; Enter skips."""
    while True:
        answer = _optional(question)
        if answer is None:
            return None
        try:
            return use.target_from_answer(answer)
        except InvalidInput as error:
            say(f"  {error} Or press Enter to skip.")


def _ask_date(question: str, day: dt.date, *, required: bool) -> str | None:
    """A date phrase, asked again until it reads; Enter skips unless required."""
    while True:
        answer = _optional(question) if not required else ask(question, default="").strip() or None
        if answer is None:
            if not required:
                return None
            say("  A goal needs a deadline: type a date or a phrase such as 'in 3 months' or 'end of year'.")
            continue
        try:
            parse_date(answer, day)
            return answer
        except DateError as error:
            say(f"  {error}")


def _show(card: dict, title: str = "Your goal") -> None:
    from clingoals import render

    render.err.print(render.scorecard(card, title=title))


def _choose_wording(first: str, composed: str) -> str:
    """Accept the composed sentence, edit it, or keep the first one."""
    while True:
        answer = ask("Use this sentence? [a]ccept, [e]dit it, or [k]eep your own wording", default="a")
        choice = CHOICES.get(answer.strip().lower())
        if choice == "accept":
            return composed
        if choice == "keep":
            return first
        if choice == "edit":
            edited = ask("Your wording (Enter keeps the sentence above)", default=composed).strip()
            return edited or composed
        say("  Please type a, e or k.")


def draft_goal(values: dict, aspirations: list[str], steps: list[str], day: dt.date) -> dict:
    """Fill ``values`` (the options of ``goals add``) by asking. Returns
    {"statement": the wording to save, "status": "active" or "draft",
    "new_aspirations": [...]}; ``values["statement"]`` stays the first
    sentence. Ctrl-C or end of input raise."""
    with opened_store() as store:
        declared = use.declared_aspirations(store)
    new_aspirations: list[str] = []
    say("Let's draft a SMART goal. Press Enter to skip any question marked so; Ctrl-C stops without saving.")
    while not (values.get("statement") or "").strip():
        values["statement"] = ask("Your goal, in one sentence").strip()

    def card() -> dict:
        return use.draft_card(values, aspirations, declared + new_aspirations, today=day)

    current = card()
    _show(current)
    if current["criteria"]["specific"]["score"] < 2:
        detail = _optional("What exactly will you do? Name the training, modality, credential, population or setting")
        if detail:
            values["specific"] = detail
            current = card()
            _show(current)
    measurable = current["criteria"]["measurable"]
    # A checkable outcome is met, but a number is what progress gets logged against.
    no_number = values.get("target") is None and not any(ch.isdigit() for e in measurable["evidence"] for ch in e)
    if measurable["score"] < 2:
        answer = _optional("How will you know you got there? "
                           "A number with its unit (e.g. '20 CE hours') or a result you can check")
        if answer:
            try:
                values["target"], values["unit"] = use.target_from_answer(answer)
                values["measure"] = values.get("measure") or values["unit"]
            except InvalidInput:
                values["measure"] = answer  # a result to check, such as 'pass the exam'
            current = card()
            _show(current)
    elif no_number:
        target = _ask_target("A number to log progress against, e.g. '50 training hours'")
        if target:
            values["target"], values["unit"] = target
            values["measure"] = values.get("measure") or values["unit"]
            current = card()
            _show(current)
    if not values.get("due"):
        found = current["deadline"]
        if found and current["criteria"]["time_bound"]["score"] == 2:
            values["due"] = found
        else:
            values["due"] = _ask_date("By when? (e.g. 'June 30', 'in 3 months', 'Q3')", day, required=True)
            current = card()
            _show(current)
    if current["criteria"]["achievable"]["score"] < 2:
        if current["criteria"]["achievable"]["score"] == 0 and "deadline" in current["criteria"]["achievable"]["reason"]:
            later = _ask_date("A more realistic deadline", day, required=False)
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

    first = values["statement"].strip()
    composed = use.composed_statement(values, today=day)
    statement = first
    if composed.strip().rstrip(".") != first.rstrip("."):
        say("\nYour goal in one SMART sentence:\n")
        say(f"  {composed}\n")
        _show(card_of(values, aspirations, declared + new_aspirations, day, composed), "The composed goal")
        statement = _choose_wording(first, composed)
    final = card_of(values, aspirations, declared + new_aspirations, day, statement)
    if statement != composed:
        _show(final)
    if final["total"] < 10:
        say(f"It scores {final['total']}/10. You can save it now and sharpen it later with 'goals edit'.")
    keep = typer.confirm("Save this goal?", default=True, err=True)
    if not keep:
        say("Kept as a draft, so nothing you typed is lost ('goals list --status draft' shows it).")
    return {"statement": statement, "status": "active" if keep else "draft", "new_aspirations": new_aspirations}


def card_of(values: dict, aspirations: list[str], declared: list[str], day: dt.date, statement: str) -> dict:
    return use.draft_card(values, aspirations, declared, today=day, statement=statement)
