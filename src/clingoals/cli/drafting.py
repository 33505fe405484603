"""The guided drafting conversation behind ``goals add`` in a terminal.

Ask for the goal in one sentence, score it, then ask only for what is
missing or weak, redrawing the scorecard after each answer; offer action
steps; compose one SMART sentence from the first sentence and the answers,
show it with its final card, and let the person accept it, edit it or keep
their own wording. The decisions (scoring, composing, which aspiration the
goal serves) are the drafting use case's; this module only asks and shows.
The caller saves the goal. Nothing typed is lost: Ctrl-C or end of input
keeps the first sentence and every answer so far as a private draft
(owner-only, not in the database) that the next ``goals add`` offers to
continue; before saving, the privacy check asks (edit, save as is, or keep a
private draft); declining the final card keeps the goal with status draft.
"""

from __future__ import annotations

import datetime as dt

import click
import typer

from clingoals import clock
from clingoals.cli.common import ask, offer_drafts, opened_store, privacy_choice, say, stopped
from clingoals.errors import InvalidInput
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


def _ask_deadline(question: str, values: dict, day: dt.date, *, required: bool) -> str | None:
    """A deadline phrase, asked again (saying why) until it reads as a date
    on or after the goal's start; Enter skips unless required."""
    while True:
        answer = _optional(question) if not required else ask(question, default="").strip() or None
        if answer is None:
            if not required:
                return None
            say("  A goal needs a deadline: type a date or a phrase such as 'in 3 months' or 'end of year'.")
            continue
        try:
            use.deadline_from_answer(answer, values, today=day)
            return answer
        except InvalidInput as error:
            say(f"  {error}")


def _fits(due: str, values: dict, day: dt.date) -> bool:
    try:
        use.deadline_from_answer(due, values, today=day)
        return True
    except InvalidInput:
        return False


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


def draft_goal(values: dict, aspirations: list[str], steps: list[str], day: dt.date, *, yes: bool = False) -> dict:
    """Fill ``values`` (the options of ``goals add``) by asking. Returns
    {"statement": the wording to save, "status": "active", "draft" or
    "private" (kept as a private draft, nothing to save), "new_aspirations":
    [...], "continued": the name of the private draft it continued, or None,
    "asked": the questions answered (for keeping a draft if saving fails)};
    ``values["statement"]`` stays the first sentence. Ctrl-C or end of input
    keep what was typed as a private draft and stop (exit 1). With ``yes``
    the privacy check warns but doesn't ask."""
    with opened_store() as store:
        declared = use.declared_aspirations(store)
        described = use.aspiration_descriptions(store)
    state = {"new_aspirations": [], "asked": set(), "wording": None, "continued": None, "described": described}
    if not (values.get("statement") or "").strip():
        _continue_draft(_offer_draft(), values, aspirations, steps, state, day)
    try:
        return _converse(values, aspirations, steps, day, declared, state, yes=yes)
    except (KeyboardInterrupt, EOFError, click.exceptions.Abort):
        if not (values.get("statement") or "").strip():
            stopped()
        kept = _keep_private(values, aspirations, steps, day, state)
        stopped(f"Stopped; your sentence and the answers you entered {_are_kept(kept)} "
                "(not in the database): 'goals add' continues it.")


def _offer_draft() -> dict | None:
    """An unfinished conversation the person wants to continue (newest
    first; older ones are offered in turn, and any can be discarded)."""
    waiting = use.drafts()
    if not waiting:
        return None
    return offer_drafts(waiting, describe=lambda draft: f"You stopped drafting a goal on {draft['saved_at'][:10]}: "
                                                        f"{draft['values']['statement'][:60]!r}")


def _continue_draft(draft: dict | None, values: dict, aspirations: list[str], steps: list[str],
                    state: dict, day: dt.date) -> None:
    """Take up a kept conversation: its answers fill what the command line
    left open, and the questions already answered are not asked again."""
    if draft is None:
        return
    for key, value in draft["values"].items():
        if values.get(key) in (None, False):
            values[key] = value
    aspirations.extend(a for a in draft["aspirations"] if a not in aspirations)
    steps.extend(draft["steps"])
    state.update(new_aspirations=list(draft["new_aspirations"]), asked=set(draft["asked"]),
                 wording=draft["wording"], continued=draft["name"])
    _ask_again_what_fails(values, state, day)


def _ask_again_what_fails(values: dict, state: dict, day: dt.date) -> None:
    """A kept answer that would stop the goal from saving is dropped and its
    question asked again (saying why), instead of the draft failing the same
    way on every try. The wording chosen is composed again from the new answer."""
    for question, why in use.failing_answers(values, today=day):
        say(f"  {why.rstrip('.')}: asking for it again.")
        for key in use.ANSWERS[question]:
            values[key] = None
        state["asked"].discard(question)
        if question == "due":
            state["asked"].discard("later")
        if question == "measure":
            values["measure"] = None
        state["wording"] = None


def _are_kept(kept: dict, *, subject: bool = True) -> str:
    """How a kept goal draft is reported ("are kept as a private draft", or
    with ``subject=False`` "Kept as a private draft"): exactly these answers
    may have been kept already (the same goal stopped twice), and are not
    copied again."""
    if kept.get("already"):
        since = str(kept.get("saved_at") or "")[:10]
        return ("were already" if subject else "Already") + f" kept as a private draft on {since}, not copied again"
    return ("are kept" if subject else "Kept") + " as a private draft"


def _keep_private(values: dict, aspirations: list[str], steps: list[str], day: dt.date, state: dict) -> dict:
    return use.keep_draft(values, aspirations=aspirations, new_aspirations=state["new_aspirations"], steps=steps,
                          asked=state["asked"], wording=state["wording"], replaces=state["continued"],
                          today=day, now=clock.now_iso())


def _converse(values: dict, aspirations: list[str], steps: list[str], day: dt.date, declared: list[str],
              state: dict, *, yes: bool) -> dict:
    new_aspirations, asked = state["new_aspirations"], state["asked"]
    say("Let's draft a SMART goal. Press Enter to skip any question marked so; "
        "Ctrl-C stops and keeps what you typed as a draft.")
    while not (values.get("statement") or "").strip():
        values["statement"] = ask("Your goal, in one sentence").strip()

    def card() -> dict:
        return use.draft_card(values, aspirations, declared + new_aspirations, today=day,
                              descriptions=state["described"])

    def once(question: str, answer):
        """Ask ``question`` (by calling ``answer``) unless it was answered
        before the conversation was stopped and continued."""
        if question in asked:
            return None
        reply = answer()
        asked.add(question)
        return reply

    current = card()
    _show(current)
    if current["criteria"]["specific"]["score"] < 2:
        detail = once("specific", lambda: _optional(
            "What exactly will you do? Name the training, modality, credential, population or setting"))
        if detail:
            values["specific"] = detail
            current = card()
            _show(current)
    measurable = current["criteria"]["measurable"]
    # A checkable outcome is met, but a number is what progress gets logged against.
    no_number = values.get("target") is None and not any(ch.isdigit() for e in measurable["evidence"] for ch in e)
    if measurable["score"] < 2:
        answer = once("measure", lambda: _optional(
            "How will you know you got there? A number with its unit (e.g. '20 CE hours') or a result you can check"))
        if answer:
            try:
                values["target"], values["unit"] = use.target_from_answer(answer)
                values["measure"] = values.get("measure") or values["unit"]
            except InvalidInput:
                values["measure"] = answer  # a result to check, such as 'pass the exam'
            current = card()
            _show(current)
    elif no_number:
        target = once("measure", lambda: _ask_target("A number to log progress against, e.g. '50 training hours'"))
        if target:
            values["target"], values["unit"] = target
            values["measure"] = values.get("measure") or values["unit"]
            current = card()
            _show(current)
    if not values.get("due"):
        found = current["deadline"]
        if found and current["criteria"]["time_bound"]["score"] == 2 and _fits(found, values, day):
            values["due"] = found
        else:
            values["due"] = _ask_deadline("By when? (e.g. 'June 30', 'in 3 months', 'Q3')", values, day,
                                          required=True)
            current = card()
            _show(current)
    achievable = current["criteria"]["achievable"]
    if achievable["score"] < 2:
        before = len(asked)
        if achievable["score"] == 0 and "deadline" in achievable["reason"]:
            later = once("later", lambda: _ask_deadline("A more realistic deadline", values, day, required=False))
            if later:
                values["due"] = later
        if values.get("plan") is None:
            values["plan"] = once("plan", lambda: _optional(
                "Your plan and what you'll need (course, mentor, fees, time off)"))
        if values.get("hours_per_week") is None:
            values["hours_per_week"] = once("hours", lambda: _ask_number("Hours a week you can give it",
                                                                         low=0, high=168))
        if values.get("confidence") is None:
            confidence = once("confidence", lambda: _ask_number("How confident are you, 0-10", low=0, high=10,
                                                                integer=True))
            values["confidence"] = int(confidence) if confidence is not None else None
        if len(asked) > before:
            current = card()
            _show(current)
    if current["criteria"]["relevant"]["score"] < 2:
        before = len(asked)
        if not values.get("why"):
            values["why"] = once("why", lambda: _optional(
                "Why does it matter to you? (e.g. 'so that I can supervise associates')"))
        known = f" (yours: {', '.join(declared)})" if declared else ""
        name = once("aspiration", lambda: _optional(f"Which aspiration does it serve{known}? A new name adds it"))
        if name:
            existing = next((d for d in declared if d.lower() == name.lower()), None)
            if existing is None:
                new_aspirations.append(name)
            aspirations.append(existing or name)
        if len(asked) > before:
            current = card()
            _show(current)
    if not values.get("personal") and "domain" not in asked:
        suggested = use.suggested_domain(values, aspirations, declared + new_aspirations, today=day,
                                         descriptions=state["described"])
        if suggested == "personal":
            # Life goals (sleep, exercise, money, boundaries) are personal; the default stays professional.
            values["personal"] = typer.confirm("It reads as a personal goal, not a work one. Keep it as personal?",
                                               default=True, err=True)
        asked.add("domain")
    if "steps" not in asked:
        say("Action steps make it real. Add a few, one per line; Enter on an empty line when done.")
        if steps:
            say("Steps so far: " + "; ".join(steps))
        while True:
            text = ask("Step", default="").strip()
            if not text:
                break
            steps.append(text)
        asked.add("steps")

    first = values["statement"].strip()
    statement = state["wording"]
    if statement is None:
        composed = use.composed_statement(values, today=day)
        statement = first
        if composed.strip().rstrip(".") != first.rstrip("."):
            say("\nYour goal in one SMART sentence:\n")
            say(f"  {composed}\n")
            _show(card_of(values, aspirations, declared + new_aspirations, day, composed, state), "The composed goal")
            statement = _choose_wording(first, composed)
            if statement != composed:
                _show(card_of(values, aspirations, declared + new_aspirations, day, statement, state))
        else:
            _show(card_of(values, aspirations, declared + new_aspirations, day, statement, state))
        state["wording"] = statement
    else:
        say(f"\nYour goal, as you worded it: {statement}")
        _show(card_of(values, aspirations, declared + new_aspirations, day, statement, state))
    final = card_of(values, aspirations, declared + new_aspirations, day, statement, state)
    if final["total"] < 10:
        say(f"It scores {final['total']}/10. You can save it now and sharpen it later with 'goals edit'.")
    keep = typer.confirm("Save this goal?", default=True, err=True)
    statement = _private_enough(values, statement, steps, state, yes=yes)
    if statement is None:
        kept = _keep_private(values, aspirations, steps, day, state)
        say(f"{_are_kept(kept, subject=False)} (owner-only, not in the database); 'goals add' continues it.")
        return {"statement": None, "status": "private", "new_aspirations": new_aspirations,
                "continued": state["continued"], "asked": sorted(asked)}
    if not keep:
        say("Kept as a draft, so nothing you typed is lost ('goals list --status draft' shows it).")
    return {"statement": statement, "status": "active" if keep else "draft", "new_aspirations": new_aspirations,
            "continued": state["continued"], "asked": sorted(asked)}


def _private_enough(values: dict, statement: str, steps: list[str], state: dict, *, yes: bool) -> str | None:
    """The privacy check on everything typed, before anything is stored. When
    it warns: edit the texts it names (each asked again with its text), save
    as is, or keep it all as a private draft. Returns the wording to save, or
    None to keep a private draft."""
    while True:
        found = use.privacy_findings(values, wording=statement, steps=steps)
        if not found:
            return statement
        hits = list(dict.fromkeys(hit for field_hits in found.values() for hit in field_hits))
        if yes:
            say(f"warning: this goal may identify a client: {'; '.join(hits)}.")
            return statement
        choice = privacy_choice(hits, what="this goal")
        if choice == "save":
            return statement
        if choice == "draft":
            return None
        for field in found:
            if field == "wording":
                statement = ask(f"{use.PRIVATE_FIELDS[field]} (edit it)", default=statement).strip() or statement
                state["wording"] = statement
            elif field.startswith("step "):
                n = int(field.split()[1]) - 1
                steps[n] = ask(f"Step {n + 1} (edit it)", default=steps[n]).strip() or steps[n]
            elif field != "statement":
                values[field] = ask(f"{use.PRIVATE_FIELDS[field]} (edit it)", default=values[field]).strip() or None
        if "statement" in found:
            # The first sentence would stay in the goal's history: the edited wording takes its place.
            values["statement"] = statement
            say("  Your first sentence is replaced by the wording above (it is not kept in the goal's history).")


def card_of(values: dict, aspirations: list[str], declared: list[str], day: dt.date, statement: str,
            state: dict) -> dict:
    return use.draft_card(values, aspirations, declared, today=day, statement=statement,
                          descriptions=state["described"])
