"""`goals review` (the weekly ritual) and `goals settings`: the questions in
a terminal, each answer checked as it is typed, and what to print. What a
review does (the digest, the goals to review and why, applying one goal's
answers, the reflection) is in clingoals.usecases.review, shared by the
terminal review and --answers."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path
from typing import Optional

import typer

from clingoals import clock
from clingoals import review as rules
from clingoals.cli.common import (
    JSON_HELP,
    Interrupted,
    ask_keeping_the_line,
    KEEPS_IT,
    KEEPS_IT_ON_THE_LINE,
    ask_to_fix,
    keeps_it,
    ask_yes_no,
    edit_line,
    emit_json,
    finite,
    interactive,
    long_term_moved,
    long_term_question,
    opened_store,
    privacy_guard,
    settle_private_text,
    respond,
    say,
    today,
)
from clingoals.dates import parse_date
from clingoals.errors import InvalidInput
from clingoals.numbers import amount, counted, figure, number, number_examples, quantity, typo_message
from clingoals.usecases import review as use
from clingoals.usecases.review import SETTINGS

settings_app = typer.Typer(help="Your settings: the review rhythm and its reminder.", no_args_is_help=True)
review_app = typer.Typer()


def _now() -> str:
    return clock.now_iso()


# --- goals review ------------------------------------------------------------------------

@review_app.command()
def review(
    summary: bool = typer.Option(False, "--summary", help="Print the digest only, with no questions."),
    answers: Optional[Path] = typer.Option(None, "--answers", help="Run the review from a JSON or TOML file of answers."),
    history: bool = typer.Option(False, "--history", help="Past reviews and your current streak."),
    every: bool = typer.Option(False, "--all", help="Walk every active goal, not only those that need you."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Save answers even if the privacy check warns, and log "
                                                        "one entry of 10 times a goal's target or more (or far "
                                                        "more than its rhythm or hours a week can have made yet)."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """The weekly review: what moved, what is due, what is stale; progress
    logged, goals adjusted, and a reflection recorded.

    The goals that need you come first, each with why; --all walks every
    goal. One review a day: running it again the same day continues it (after
    Ctrl-C) or updates it."""
    from clingoals import render
    day = today()
    if history:
        return _history(day, json_out)
    if summary:
        with opened_store() as store:
            data = use.digest(store, today=day, scored=json_out,  # the text digest shows no scorecard
                              whole_period=True)
        respond(data, json_out=json_out, render=lambda d: render.out.print(render.digest(d)))
        return
    if answers is not None:
        return _from_answers(answers, day, yes, json_out)
    if not interactive():
        raise InvalidInput("The review asks questions and needs a terminal. Without one, run "
                           "'goals review --summary' for the digest, or 'goals review --answers FILE'.")
    _interactive_review(day, every)


def _history(day: dt.date, json_out: bool) -> None:
    from clingoals import render
    with opened_store() as store:
        data = use.history(store, today=day)
    if json_out:
        emit_json(data)
        return
    if not data["reviews"]:
        say("No reviews yet. Start one: goals review")
        return
    reviews, current, rhythm = data["reviews"], data["streak"], data["rhythm"]
    started = dt.date.fromisoformat(data["started"]) if data["started"] else None
    render.show(render.review_streak([dt.date.fromisoformat(r["review_date"]) for r in reviews], day, rhythm,
                                     current, started=started), render.reviews_table(reviews))


def _load_answers(path: Path) -> dict:
    from clingoals.cli.common import read_user_file

    text = read_user_file(path)
    try:
        data = tomllib.loads(text) if Path(path).suffix.lower() == ".toml" else json.loads(text)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        raise InvalidInput(f"{path} is not valid {'TOML' if str(path).endswith('.toml') else 'JSON'}: {error}") from None
    return rules.parse_answers(data)


def _from_answers(path: Path, day: dt.date, yes: bool, json_out: bool) -> None:
    answers = _load_answers(path)
    privacy_guard(rules.typed_texts(answers), yes=yes, what="this review", source=f"your answers file {path}")
    with opened_store() as store:
        result = use.apply_answers(store, answers, today=day, now=_now(), confirmed=yes)
    if json_out:
        emit_json(result)
        return
    count = len(answers["goals"])
    if result["updated"]:
        replaced = result["replaced_progress"]
        say(f"Updated today's review ({counted(count, 'goal')} in this file"
            + (f"; {replaced} progress entr{'ies' if replaced != 1 else 'y'} it logged earlier replaced, "
               "not added again" if replaced else "") + ").")
    else:
        say(f"Review saved ({counted(count, 'goal')} discussed).")
    if result["replaced_answers"]:
        labels = dict(rules.ANSWER_LABELS)
        say("Replaced today's earlier answer" + ("s" if len(result["replaced_answers"]) != 1 else "") + " to: "
            + ", ".join(labels[key] for key in result["replaced_answers"])
            + ". Answers the file leaves out keep what you typed earlier.")
    for goal_id, moved in result["long_term_goals_moved"].items():
        say(f"Goal {goal_id}'s new deadline: " + long_term_moved(moved))
    for goal_id in result["target_reached"]:
        say(f"Goal {goal_id} reached its target. Mark it done: goals done {goal_id}")
    from clingoals.goal import undo_hint

    for goal_id, decision in result["goals"].items():
        if decision in ("done", "drop"):
            say(undo_hint(int(goal_id), "done" if decision == "done" else "dropped"))
    say(f"Next review: {result['next_review']}.")


# --- the review in a terminal ------------------------------------------------------------

class _Paused(KeyboardInterrupt):
    """Ctrl-C (or end of input) while an answer was being typed: the question
    (``key``, as review drafts name it), what was on the line (None when it
    can't be known), and the draft of a line kept earlier that was put back
    on it (so the line typed now replaces it)."""

    def __init__(self, key: str, question: str, line: str | None, resumed: dict | None):
        super().__init__(key)
        self.key, self.question, self.line, self.resumed = key, question, line, resumed


class _Drafts(dict):
    """The review's private drafts, by the key of their question, and
    ``finished``: the answers given in the step not saved yet (one goal's
    questions, or the reflection's), by key. When the review pauses these
    are kept as drafts marked finished; the next review on the same day
    takes each up at its question instead of asking it again (on a later
    day it waits on the question's line instead: yesterday's answer is not
    taken for today's in silence).

    The drafts of a paused review (a half-typed line, or a finished
    answer) are the dict's values, the newest for each question; ``kept``
    holds every other draft of a question, oldest first: the answers kept at
    the privacy check (two weeks may each have kept one for the same
    question), each offered at its question (:func:`_ask_private_text`)."""

    def __init__(self, drafts: list[dict], *, today: dt.date):
        super().__init__()
        self.today = today.isoformat()
        self.finished: dict[str, dict] = {}
        self.kept: dict[str, list[dict]] = {}
        for draft in drafts:  # oldest first
            field = draft["field"]
            if draft.get("interrupted") and field in self:  # an older line of the same question
                self.kept.setdefault(field, []).append(self.pop(field))
            if draft.get("interrupted"):
                self[field] = draft
            else:
                self.kept.setdefault(field, []).append(draft)

    def taken_up(self, key: str) -> dict | None:
        """A finished answer of this day's paused review for ``key``: taken
        out (its draft discarded: the answer is back in the conversation)."""
        from clingoals.store.drafts import discard_draft

        draft = self.get(key)
        if not (draft and draft.get("finished") and draft.get("review_date") == self.today
                and isinstance(draft.get("text"), str)):
            return None
        del self[key]
        discard_draft(draft["name"])
        shown = draft["text"] or "(nothing: skipped)"
        say(f"{_label(str(draft.get('question') or key))}: {shown}   (your answer before the pause)")
        return draft


def _ask_line(question: str, *, key: str, drafts: dict, default: str = "", prefill: str | None = None) -> str:
    """Every answer of the review is read here, with line editing: Ctrl-C
    pauses the review (:class:`_Paused`) with the half-typed line, which
    :func:`_keep_half_typed` keeps as a private draft; the next review puts
    that line back on the input line of the same question (``key``), ready
    to finish. Where line editing isn't available it is the default that
    Enter keeps, and the review says so. An answer finished before a pause
    today is taken up instead of asked again (:class:`_Drafts`)."""
    from clingoals.cli import lineedit
    from clingoals.store.drafts import discard_draft

    finished = getattr(drafts, "finished", {})
    finished.pop(key, None)  # asked (again): not finished until answered
    earlier = drafts.taken_up(key) if isinstance(drafts, _Drafts) else None
    resumed = drafts.get(key)
    if earlier is not None and earlier["text"]:
        # taken up, not forced: the answer waits on the line (or is the default) to keep or correct
        resumed = None
        if lineedit.available():
            prefill, question = earlier["text"], _with_the_line_filled(question)
        else:
            default, question = earlier["text"], keeps_it(question)
            say("  Type another answer to change it.")
    elif earlier is not None:
        resumed = None  # skipped before the pause: asked again, Enter skips it again
    elif resumed is not None and resumed.get("interrupted") and isinstance(resumed.get("text"), str) \
            and not _back_on_the_line(question, drafts.pop(key), today=getattr(drafts, "today", None)):
        resumed = None  # flagged by the privacy check and not continued: kept for later, or discarded
    elif resumed is not None and resumed.get("interrupted") and isinstance(resumed.get("text"), str):
        prefill = resumed["text"]  # (taken out of ``drafts`` above)
        if not resumed.get("finished"):  # marked, as answers taken up are (one finished on an earlier day: as it was)
            say(f"{_label(question)}: unfinished   (you were typing it when the review paused: it waits below)")
        if not lineedit.available():
            say("  This terminal can't put it back on the line to edit: " + (
                "Enter keeps it as the default below." if resumed.get("finished") else
                "type the whole answer (Enter asks before saving it as it is)."))
        else:  # the line isn't empty: the prompt says how to get what Enter gives on an empty one
            question = _with_the_line_filled(question)
    else:
        resumed = None
    unfinished = "" if resumed is None or resumed.get("finished") else resumed["text"].strip()
    while True:
        try:
            answer = ask_keeping_the_line(question, default=default, prefill=prefill)
        except Interrupted as stop:
            raise _Paused(key, question, stop.line, resumed) from None
        # trial 23 #5: one Enter too many sent a reason the pause had cut off ("course got moved up to Ma")
        if not unfinished or answer.strip() != unfinished or _meant_as_it_is():
            break
        prefill = answer
        say("  It waits on the line to be finished" + (" (or cleared)." if lineedit.available() else "."))
    if resumed is not None:
        discard_draft(resumed["name"])  # the answer is back in the conversation
    finished[key] = {"question": question, "text": answer}
    return answer


def _meant_as_it_is() -> bool:
    """Asked when a line the review paused on is sent back unchanged: the
    pause cut it off, so it is saved as it is only when the person says so
    (no, and Enter: it waits on the line to be finished; nothing is lost)."""
    return ask_yes_no("  That is the line as it was when the review paused, unchanged: save it as it is?",
                      default=False)


def _back_on_the_line(question: str, draft: dict, *, today: str | None) -> bool:
    """Whether a half-typed line kept when a review paused goes back on its
    question's line. One from an earlier day is run through the privacy
    check first (it was never sent, so never checked): when the check warns,
    it is offered as a kept draft is, without being printed (continue it,
    keep it for later, or discard it), and goes back only if continued. A
    line of today's paused review goes back as it was (as today's kept
    drafts are the default)."""
    if today is None or _goes_back_unasked(draft, today):
        return True
    return bool(_continue_earlier_drafts(question, [draft]))


def _goes_back_unasked(draft: dict, today: str) -> bool:
    """Whether a half-typed line goes back on its line with no question
    (:func:`_back_on_the_line`): one of today's review, or one the privacy
    check finds nothing in."""
    from clingoals.privacy import findings

    return draft.get("review_date") == today or not findings(str(draft.get("text") or ""))


def _with_the_line_filled(question: str) -> str:
    """A prompt's "(Enter to skip)" as it reads with text on the input line:
    "(clear the line to skip)" (Enter sends the text)."""
    return (question.replace("(Enter to ", "(clear the line to ").replace("(Enter for ", "(clear the line for ")
            .replace(KEEPS_IT, KEEPS_IT_ON_THE_LINE))


def _label(prompt: str) -> str:
    """A question as a prompt shows it, without what it adds at the end
    ("(Enter to skip)", "[keep/adjust/...]")."""
    import re

    return re.sub(r"(\s*(\([^()]*\)|\[[^\[\]]*\]))+$", "", prompt).rstrip("?, ") or prompt


def _keep_half_typed(paused: _Paused, day: dt.date) -> str | None:
    """The line being typed when the review paused, kept as a private draft
    (owner-only file, not the database); the sentence that says so, or None
    when nothing was on the line."""
    from clingoals.store.drafts import discard_draft, save_draft

    line = paused.line
    if line is None:
        return ("The answer you were typing could not be read back (no line editing here), so it was not kept: "
                "copy it from the screen above if you need it.")
    if not line.strip():
        return None
    kept = save_draft("review", {"field": paused.key, "question": paused.question, "text": line,
                                 "review_date": day.isoformat(), "interrupted": True}, now=_now())
    if paused.resumed is not None and paused.resumed["name"] != kept["name"]:
        discard_draft(paused.resumed["name"])  # it was on the line: what was typed now includes it
    return (f"The answer you were typing is kept as a private draft in {kept['path']} (not in the database); "
            "the next 'goals review' puts it back on the line of the same question.")


def _keep_finished(drafts: dict, day: dt.date) -> str | None:
    """The answers finished in the step the review paused in, kept as
    private drafts marked finished; the sentence that says so, or None."""
    from clingoals.store.drafts import save_draft

    finished = getattr(drafts, "finished", {})
    for key, answer in finished.items():
        save_draft("review", {"field": key, "question": answer["question"], "text": answer["text"],
                              "review_date": day.isoformat(), "interrupted": True, "finished": True,
                              **({"settled": True} if answer.get("settled") else {})}, now=_now())
    if not finished:
        return None
    kept = "1 answer you had finished there is kept as a private draft" if len(finished) == 1 else \
        f"{len(finished)} answers you had finished there are kept as private drafts"
    return f"The {kept} (not in the database): 'goals review' today takes them up where you stopped."


def _ask_text(question: str, default: str | None = None, *, key: str, drafts: dict) -> str | None:
    answer = _ask_line(keeps_it(question) if default else f"{question} (Enter to skip)", default=default or "",
                       key=key, drafts=drafts).strip()
    return answer or None


def _read(key: str, drafts: dict):
    """``read`` for :func:`ask_to_fix`: the review's own reading of an answer
    (:func:`_ask_line`, which keeps a half-typed line at Ctrl-C)."""
    def read(question: str, *, default: str, prefill: str | None) -> str:
        if prefill:  # a refused answer waits on the line: Enter sends it, so "(clear the line to keep it)"
            question = _with_the_line_filled(question)
        return _ask_line(question, key=key, drafts=drafts, default=default, prefill=prefill)
    return read


def _ask_private_text(question: str, *, field: str, drafts: dict, day: dt.date,
                      earlier: str | None = None) -> str | None:
    """A free-text answer, checked by the privacy check as it is typed. When
    it warns, the shared choice: edit it now (asked again with the text),
    save it as is, or keep it as a private draft (offered again at the next
    review). ``earlier``: today's stored answer, shown as the default (a
    draft of this answer comes first); kept as it is, it is not checked again."""
    from clingoals.store.drafts import discard_draft, save_draft

    kept_as: list[str] = []

    def keep(text: str) -> str:
        kept = save_draft("review", {"field": field, "question": question, "text": text,
                                     "review_date": day.isoformat()}, now=_now())
        kept_as.append(kept["name"])
        already = "Already kept: the same answer is a private draft" if kept["already"] else "Kept as a private draft"
        return f"  {already} in {kept['path']} (not in the database); the next 'goals review' offers it again."

    finished = getattr(drafts, "finished", {})
    draft = drafts.get(field)
    if draft is not None and draft.get("settled") and isinstance(drafts, _Drafts) \
            and draft.get("review_date") == drafts.today and isinstance(draft.get("text"), str):
        # finished and privacy-checked before today's pause: asked as every answer taken up is, waiting on
        # its line (trial 23 #5: only printed, so the next Enter went to the question after it)
        settled = draft["text"].strip()
        typed = _ask_text(question, key=field, drafts=drafts)  # (_ask_line takes it up)
        if (typed or "") == settled:  # kept as it was: not checked again
            finished[field] = {"question": question, "text": settled, "settled": True}
            return typed
        earlier = None  # changed: checked as any answer typed now, below
    else:
        typed = _UNASKED
    # Kept at the privacy check: today's are the default, as before; those from an earlier review are each
    # offered (review12: a second one for the same question was never offered), and one kept for later or
    # discarded is never this week's default. A half-typed line is _ask_line's (it goes back on the input
    # line), unless drafts are kept for the question too: then it is one of them, so none is lost.
    kept = getattr(drafts, "kept", {}).pop(field, []) if typed is _UNASKED else []
    line = drafts.get(field)
    if kept and line is not None and line.get("interrupted") and isinstance(line.get("text"), str):
        kept = sorted(kept + [drafts.pop(field)], key=lambda d: str(d.get("saved_at")))
    today = day.isoformat()
    continued = [d for d in kept if d.get("review_date") == today
                 or d.get("interrupted") and _goes_back_unasked(d, today)]
    continued += _continue_earlier_drafts(question, [d for d in kept if d not in continued])
    continued.sort(key=lambda d: str(d.get("saved_at")))
    if len(continued) > 1:
        say(f"  The {len(continued)} drafts you continued are the answer's text together: edit them into one.")
    draft = " ".join(d["text"].strip() for d in continued if isinstance(d.get("text"), str)) or None
    if typed is _UNASKED:
        typed = _ask_text(question, draft or earlier, key=field, drafts=drafts)
    finished.pop(field, None)  # finished once it has passed the privacy check, below
    text = typed if typed is not None and typed == earlier and not draft else settle_private_text(
        typed, what="this answer", edit=lambda again: edit_line(question, again), keep=keep, interrupt_stops=True)
    for used in continued:
        if used["name"] not in kept_as:  # not when the same answer was kept again: that draft is it
            discard_draft(used["name"])
    if text is not None or typed is None:  # not one kept as a private draft: that draft is offered again
        finished[field] = {"question": question, "text": text or "", "settled": True}
    return text


_UNASKED = object()  # (:func:`_ask_private_text`: the answer is still to be asked)


def _continue_earlier_drafts(question: str, drafts: list[dict]) -> list[dict]:
    """Private draft answers to one question from an earlier review (kept
    at the privacy check, or a half-typed line it warns about): each
    offered as the journal offers its drafts (continue it, keep it for
    later, or discard it), newest first, without printing the text the
    privacy check flagged (trial 11 C3: it came back as the next week's
    default, printed). Those the person continues, oldest first (they
    become the answer's default); none for an empty list."""
    from clingoals.cli.common import offered_drafts

    def describe(kept: dict) -> str:
        day = kept.get("review_date") or str(kept.get("saved_at", ""))[:10]
        if kept.get("interrupted"):
            return (f"You were typing an answer to '{_label(question)}' when your review of {day} paused; it is "
                    "kept as a private draft (the privacy check warns about it; not shown here).")
        return (f"You kept a private draft answer to '{_label(question)}' at your review of {day} (the privacy "
                "check had warned about it; not shown here).")

    return list(reversed(list(offered_drafts(drafts, describe=describe)))) if drafts else []


def _ask_level(question: str, earlier: int | None = None, *, drafts: dict) -> int | None:
    """A level from 1 to 5. Enter skips it, or keeps today's earlier answer;
    a refused answer waits on the line to be corrected, and clearing it
    does the same as Enter."""
    typed = None
    while True:
        answer = ask_to_fix(keeps_it(f"{question}, 1-5") if earlier else f"{question}, 1-5", typed,
                            default=str(earlier) if earlier else "", empty=None if earlier else "to skip",
                            read=_read(question.lower(), drafts)).strip()
        if not answer:
            return None
        try:
            return rules.check_level(question, answer)
        except InvalidInput:  # "2.5" is a number from 1 to 5 too: the levels are whole (trial 16 P3)
            say("  Please type a whole number from 1 to 5" + (_between(answer) or "."))
            typed = answer


def _between(answer: str) -> str:
    """": 2 or 3?" after a level typed between two ("2.5"), else nothing."""
    try:
        value = float(answer)
    except ValueError:
        return ""
    return f": {int(value)} or {int(value) + 1}?" if 1 < value < 5 and value != int(value) else ""


def _ask_progress(goal: dict, drafts: dict, logged_this_week: float | None = None,
                  question_for=lambda value: None) -> float | None:
    """Progress toward the target; a negative number is a correction and is
    confirmed first; one that would take the total below zero is asked again.
    A refused answer waits on the line to be corrected; Enter (or clearing
    it) skips. ``question_for(value)``: the question `goals log` asks
    before logging it (usecases.review.progress_question), or None."""
    from clingoals.goal import check_log_value, check_progress, logged_total
    from clingoals.numbers import read_amount

    measure = goal["measure"]
    unit = measure["unit"] or ""
    question = f"Progress to log toward {amount(measure['target'], unit)}"
    if goal.get("limit"):  # a ceiling: what was spent counts against it
        question = f"Spending to log against your {amount(measure['target'], unit)} limit"
    if logged_this_week:  # logged during the week: the answer adds to it, so it isn't counted twice
        from clingoals.numbers import signed_quantity

        # (trial 23: "..., on top of the +5 books already logged this week" was ~100 characters)
        question += f", besides this week's {signed_quantity(logged_this_week, unit)}"
    typed = None
    while True:
        answer = ask_to_fix(question, typed, empty="to skip", read=_read(f"progress-{goal['id']}", drafts)).strip()
        if not answer:
            return None
        typed = answer
        try:
            counted_value = rules.counted_answer(answer, unit)  # "kept it 3 of 5 nights": 3 (trial 16 C6)
            value = counted_value if counted_value is not None else finite("The value", read_amount(answer, unit))
            check_progress(goal["id"], logged_total(measure), check_log_value(value), unit)
        except ValueError:
            own = f", with or without '{unit}'" if unit else ""
            # "$75O": the hint `goals log 3 75O` gives (trial 15 P2), else examples fitting the unit
            say("  " + (typo_message(answer) or f"Please type a number, e.g. {number_examples(unit)}{own} "
                                                  "(a negative number corrects an earlier entry)."))
            continue
        except InvalidInput as error:
            say(f"  {error}")
            continue
        if value < 0 and not ask_yes_no(f"Subtract {amount(-value, unit)} from goal {goal['id']}?", default=False):
            typed = None  # declined: asked afresh
            continue
        outsized = question_for(value)  # the question `goals log` asks
        if outsized and not ask_yes_no(outsized, default=False):
            continue  # declined: what was typed waits on the line to be corrected
        return value


def _ask_spending_period(goal: dict, periods: list[dict], day: dt.date, drafts: dict) -> str:
    """Which of the periods the review's week spans the spending counts in
    (trial 12 C1: logged on December 1, a week mostly in November used up
    December's limit): a period's name or a day; Enter takes the period
    holding most of the week. Returns the day to date the entry on (ISO).
    A refused answer waits on the line to be corrected."""
    from clingoals.goal import spending_day

    usual = max(periods, key=lambda p: p["days"])
    names = ", ".join(p["name"] for p in periods[:-1]) + f" or {periods[-1]['name']}"
    question = (f"Which {goal['period']} does that spending count in, {names} (or the day it was spent, "
                f"e.g. {day:%b} {day.day})")
    typed = None
    while True:
        answer = ask_to_fix(question, typed, default=usual["name"],
                            read=_read(f"progress-day-{goal['id']}", drafts)).strip()
        try:
            return spending_day(answer or usual["name"], periods, day).isoformat()
        except InvalidInput as error:
            say(f"  {error}")
            typed = answer


def _ask_steps(goal: dict, drafts: dict) -> list[int]:
    """The open steps done since the last review, by number. A refused
    answer waits on the line to be corrected; Enter (or clearing it) is none."""
    undone = [s for s in goal["steps"] if not s["done"]]
    if not undone:
        return []
    for step in undone:
        say(f"  {step['id']}. {step['text']}" + (f" (due {step['due']})" if step["due"] else ""))
    typed = None
    while True:
        answer = ask_to_fix("Steps done (numbers separated by spaces)", typed, empty="for none",
                            read=_read(f"steps-{goal['id']}", drafts)).strip()
        typed = answer
        try:
            numbers = [int(x) for x in answer.replace(",", " ").split()]
        except ValueError:
            say("  Please type step numbers such as '1 3'.")
            continue
        wrong = [n for n in numbers if n not in {s["id"] for s in undone}]
        if wrong:
            say(f"  {', '.join(map(str, wrong))}: not an open step of this goal "
                f"(open: {', '.join(str(s['id']) for s in undone)}).")
            continue
        return list(dict.fromkeys(numbers))


def _ask_decision(suggested: str, *, key: str, drafts: dict, progress_in=lambda answer: None) -> str:
    """Asked again until the answer is one decision: a whole word or an
    unambiguous prefix. A refused answer waits on the line to be corrected
    (trial 16 C6: it was lost); one that ``progress_in(answer)`` takes as
    progress (a count "kept it 3 of 5 nights", when none was logged) is
    logged, and the decision asked again."""
    from clingoals.cli import lineedit

    typed = None
    while True:
        question = f"{rules.DECISION_QUESTION} [{'/'.join(rules.DECISIONS)}]"
        if typed and lineedit.available():  # Enter sends what waits on the line, not the default (a refused 'none');
            question = f"{rules.DECISION_QUESTION} (clear the line for {suggested})"  # the choices are just above
        answer = _ask_line(question, default=suggested, key=key, drafts=drafts, prefill=typed)
        try:
            return rules.parse_decision(answer)
        except InvalidInput as error:
            if progress_in(answer):
                typed = None
                continue
            say(f"  {error}")
            typed = answer


def _ask_new_target(goal: dict, drafts: dict, offer: dict | None = None, deadline: dt.date | None = None) -> dict:
    """A new target read as guided add reads one (a number, then what it
    counts, :func:`clingoals.goal.read_measure`, checked as
    ``--target``/``--unit`` are): '20 walks' sets both; '20' keeps the
    goal's unit, or asks what it counts when the goal has none; a sum typed
    with its sign counts that currency and the words after it are the
    measure ('$4,000 balance': 4,000 dollars, measure 'balance'). A measure
    that named the old unit follows a new one. A refused answer waits on
    the line to be corrected."""
    from clingoals.goal import metric_names_unit, read_measure

    from clingoals.smart.compose import format_deadline

    measure = goal["measure"]
    now = amount(measure["target"], measure["unit"]) if measure["target"] is not None else "none"
    question = f"New target (now {now}; a number, with what it counts, e.g. '20 walks')"
    default, empty = "", "to skip"
    if offer:  # ``offer``: the rhythm's count through the new ``deadline`` (:func:`clingoals.goal.rhythm_count`)
        default, empty = quantity(offer["target"], offer["unit"]), None
        question = (f"New target (now {now}; {offer['said']} through {format_deadline(deadline)} make {default}: "
                    f"Enter takes it, or type another, e.g. {number(measure['target'])} to keep it)")
    typed = None
    while True:
        answer = ask_to_fix(question, typed, default=default, empty=empty,
                            read=_read(f"target-{goal['id']}", drafts)).strip()
        if not answer:
            return {}
        try:
            target, unit, words = read_measure(answer)
            break
        except InvalidInput as error:
            counted = _rhythm_counted(goal, answer, deadline)
            if counted is None:
                say(f"  {error}")
                typed = answer
                continue
            # "5 nights a week": counted as guided add counts it (trial 13 C7), offered for Enter
            default, empty, typed = quantity(counted["target"], counted["unit"]), None, None
            say(f"  {counted['said']} from {format_deadline(counted['start'])} through "
                f"{format_deadline(counted['deadline'])} is {default}.")
            question = f"New target (now {now}; Enter takes {default}, or type another)"
    changes = {"target": target}
    if unit and measure["unit"] and unit != measure["unit"] and _meant_the_unit(unit, measure["unit"]):
        unit = measure["unit"]
    if unit and unit != measure["unit"]:
        changes["unit"] = unit
        if measure["unit"]:
            say(f"  The unit changes from {measure['unit']!r} to {unit!r}.")
    elif not unit and not measure["unit"]:
        unit = _ask_line(f"What does {target:g} count? (e.g. walks, CE hours; Enter to leave it without a unit)",
                         key=f"unit-{goal['id']}", drafts=drafts).strip()
        if unit:
            changes["unit"] = unit
    if words and words != measure["metric"]:
        changes["metric"] = words
        say(f"  Measure: {words}" + (f" (was {measure['metric']!r})." if measure["metric"] else "."))
    elif "unit" in changes and metric_names_unit(measure["metric"], measure["unit"]):
        say(f"  The measure {measure['metric']!r} named the old unit: it follows, {changes['unit']!r}.")
    return changes


def _meant_the_unit(typed: str, unit: str) -> bool:
    """Whether a new target's unit is the goal's own typed slightly
    differently: one of it ("30 CE hour" for CE hours) is taken as it,
    and a slip of the keys ("30 CE hurs") is asked about (trial s13: the
    unit changed to 'CE hurs', said in passing); no for a unit of its own."""
    from clingoals.numbers import singular_word
    from clingoals.suggest import typo_of

    def one(text: str) -> list[str]:
        words = text.lower().split()
        return words[:-1] + [singular_word(words[-1])] if words else words

    if one(typed) == one(unit):
        return True
    return bool(typo_of(typed, [unit])) and ask_yes_no(
        f"  '{typed}' is spelled almost like the goal's unit: did you mean '{unit}'?", default=True)


def _rhythm_counted(goal: dict, answer: str, deadline: dt.date | None) -> dict | None:
    """The count of occasions a rhythm typed as a new target ("5 nights a
    week") makes from the goal's start through its (new) deadline, as guided
    add counts it (:func:`clingoals.goal.rhythm_total`), with those two days; else None."""
    from clingoals.goal import as_date, rhythm_total

    start, end = as_date(goal.get("start_date")), deadline or as_date(goal.get("deadline"))
    if start is None or end is None:
        return None
    counted = rhythm_total(answer, goal.get("statement") or "", start, end)
    return counted and {**counted, "start": start, "deadline": end}


def _say_new_deadline(goal: dict, deadline: dt.date, day: dt.date) -> None:
    """The date read from what was typed ("end of next year": 2027-12-31),
    and the statement's own date following it (trial 9 C1)."""
    from clingoals.goal import other_date_said, restated
    from clingoals.smart.compose import format_deadline

    say(f"  New deadline: {deadline.isoformat()} ({deadline:%A}, {format_deadline(deadline)}; "
        f"{counted((deadline - day).days, 'day')} from today).")
    statement = restated(goal, deadline, day).get("statement")
    if statement:
        say(f"  The statement will say it too: {statement}")
    elif said := other_date_said(goal["statement"], deadline, day):
        say(f"  The statement still says {said!r}: 'goals edit {goal['id']} --statement' changes it.")


def _ask_adjustments(store, goal: dict, day: dt.date, drafts: dict) -> dict:
    from clingoals.goal import check_dates
    from clingoals.usecases.goals import long_term_goal_to_move

    changes: dict = {}
    question, typed = f"New deadline (now {goal['deadline']})", None
    while True:
        due = ask_to_fix(question, typed, empty="to skip", read=_read(f"deadline-{goal['id']}", drafts)).strip()
        if not due:
            break
        try:
            starts = dt.date.fromisoformat(goal["start_date"])  # a date without a year: the next on or after it
            deadline = parse_date(due, day, after=starts)
            check_dates(starts, deadline)
            moving = long_term_goal_to_move(store, goal["id"], {"deadline": deadline})  # as `goals edit --due`
            if moving and not ask_yes_no(long_term_question(goal["id"], moving), default=True):
                raise InvalidInput(f"Not taken: a step can't be due after its long-term goal (due {moving['deadline']}); "
                                   "give a date on or before it, or send this one again and say yes to move both.")
            changes["deadline"] = deadline
            _say_new_deadline(goal, deadline, day)
            break
        except InvalidInput as error:
            say(f"  {error}")
            typed = due  # waits on the line to be corrected
    offer = None
    if "deadline" in changes:  # a rhythm's count follows a new deadline (trial 14 C4), as guided add counted it
        from clingoals.goal import rhythm_count

        offer = rhythm_count(goal, changes["deadline"])
    changes.update(_ask_new_target(goal, drafts, offer, changes.get("deadline")))
    # the plan it has now, as the deadline and the target show theirs (trial 20 #19)
    now = f"now: {goal['plan']}" if (goal.get("plan") or "").strip() else "now none"
    plan = _ask_private_text(f"New plan ({now})", field=f"plan-{goal['id']}", drafts=drafts, day=day)
    if plan:
        changes["plan"] = plan
    return changes


def _review_one(store, item: dict, day: dt.date, drafts: dict, saved=lambda: None) -> None:
    """One goal's questions, then the goal saved; ``saved()`` is called as
    soon as it is (so a Ctrl-C during the lines that follow counts it)."""
    from clingoals import render
    goal = item["goal"]
    getattr(drafts, "finished", {}).clear()  # a new step: what is finished from here is this goal's
    render.err.print(render.review_goal_header(goal, day))
    if item["reasons"]:
        say("  why: " + "; ".join(item["reasons"]))
    measure = goal["measure"]
    progress = _ask_progress(goal, drafts, item.get("logged_this_week"), lambda value: use.progress_question(
        store, goal["id"], value, today=day)) if measure["target"] else None
    spent_on = _ask_spending_period(goal, item["periods"], day, drafts) if progress and item.get("periods") else None
    steps = _ask_steps(goal, drafts)
    suggested = rules.suggested_after(goal, progress, item["suggested"])
    late = {}  # progress typed at the decision ("kept it 3 of 5 nights"), when none was given

    def progress_in(answer: str) -> bool:
        value = rules.counted_answer(answer, measure["unit"]) if measure["target"] and progress is None else None
        if value is None or late or not ask_yes_no(
                f"  Log {amount(value, measure['unit'])} toward goal {goal['id']}?", default=True):
            return False
        late["value"] = value
        return True

    decision = _ask_decision(suggested, key=f"decision-{goal['id']}", drafts=drafts, progress_in=progress_in)
    progress = late.get("value", progress)
    adjust, reason, chose_adjust = {}, None, decision == "adjust"
    if decision == "adjust":
        adjust = _ask_adjustments(store, goal, day, drafts)
        if adjust:
            reason = _ask_private_text("Why the change", field=f"reason-{goal['id']}", drafts=drafts, day=day)
        if adjust.get("target") is not None and not measure["target"] and progress is None:
            # trial 20 #3: a goal without a target was never asked; with the one just set it can log this week's
            aimed = use.aimed_goal(store, goal["id"], adjust, today=day)
            progress = _ask_progress(aimed, drafts, item.get("logged_this_week"), lambda value: use.progress_question(
                store, goal["id"], value, today=day, adjust=adjust))
            if progress and aimed.get("periods"):  # now a spending limit: which month, as for any limit
                spent_on = _ask_spending_period(aimed, aimed["periods"], day, drafts)
        if not adjust:  # trial 11 C7: nothing to adjust is not a change: the goal is kept as it was
            decision = "keep"
    elif decision in ("drop", "pause"):
        reason = _ask_private_text("Why", field=f"reason-{goal['id']}", drafts=drafts, day=day)
    choice = {"progress": progress, "steps_done": steps, "decision": decision, "reason": reason, "adjust": adjust}
    if spent_on:
        choice["progress_date"] = spent_on
    result = use.review_goal(store, goal["id"], choice, today=day, now=_now(), confirmed=True)  # asked above
    saved()
    getattr(drafts, "finished", {}).clear()  # saved: nothing of this goal is left to take up
    if progress is not None:  # trial 12 P5: the line `goals log` confirms an entry with
        from clingoals.goal import logged_words

        say("  " + logged_words(goal["id"], progress, result["goal"], day))
    if chose_adjust and not adjust and progress is None and not steps:
        say(f"  Nothing changed for goal {goal['id']}: it stays as it was (reviewed as kept).")
    else:
        say(f"  Saved goal {goal['id']}" + ("; nothing adjusted." if chose_adjust and not adjust else "."))
    if result["long_term_goal_moved"]:
        say("  " + long_term_moved(result["long_term_goal_moved"]))
    if result["goal"]["status"] in ("done", "dropped") and goal["status"] != result["goal"]["status"]:
        from clingoals.goal import undo_hint

        now_at = result["goal"]["measure"]
        if result["goal"]["status"] == "done" and now_at["target"] and not result["goal"].get("limit") \
                and not rules.target_reached(result["goal"]):  # as `goals done` says it ('do' is done, too)
            say(f"  Its target isn't reached: {figure(now_at['current'] or 0, now_at['unit'])} of "
                f"{quantity(now_at['target'], now_at['unit'])}.")
        say("  " + undo_hint(goal["id"], result["goal"]["status"]))
    if result["target_reached"]:
        reached = result["goal"]["measure"]
        say(f"  Target reached: {figure(reached['current'], reached['unit'])} of "
            f"{quantity(reached['target'], reached['unit'])}. Mark it done: goals done {goal['id']}")


def _interactive_review(day: dt.date, every: bool) -> None:
    """Needy goals first (with why), then, if wanted, the others; each goal
    saved once confirmed; the reflection at the end. Ctrl-C keeps what was
    confirmed, and the next 'goals review' today resumes after it."""
    import click

    from clingoals import render
    from clingoals.store.drafts import list_drafts
    with opened_store() as store:
        plan = use.goals_to_review(store, today=day, again=every)
        pending = len(plan["needy"]) + len(plan["others"])
        if plan["completed"] and not pending:
            say(f"You already reviewed today ({counted(len(plan['reviewed']), 'goal')}). 'goals review --all' goes over "
                "every goal again (your answers replace today's); 'goals review --history' shows it.")
            return
        drafts = _Drafts([d for d in list_drafts("review") if isinstance(d.get("field"), str)], today=day)
        answered = [d for d in drafts.values() if d.get("finished") and d.get("review_date") == drafts.today]
        half_typed = [d for d in drafts.values() if d.get("interrupted") and d not in answered]
        flagged = [d for d in half_typed if not _goes_back_unasked(d, drafts.today)]
        kept = [d for field in drafts.kept.values() for d in field] + flagged
        if answered:
            say(f"You had finished {counted(len(answered), 'answer')} when the review paused: "
                f"{'it is' if len(answered) == 1 else 'they are'} taken up where you stopped, each asked again with "
                "your answer on its line: Enter keeps it, or correct it.")
        if kept:
            earlier = sum(1 for d in kept if d.get("review_date") != drafts.today)
            say(f"You kept {counted(len(kept), 'private draft answer')} from a review; each is offered again at its "
                "question" + (" (Enter keeps it)." if not earlier else
                              ": continue it, keep it for later, or discard it."))
        if any(d.get("text") for d in half_typed if d not in flagged):  # (not a skip kept from last time)
            questions = ", ".join(f"'{_label(str(d.get('question') or d['field']))}'" for d in half_typed
                                  if d not in flagged and d.get("text"))
            say(f"What you were typing when the review paused waits on the line of its question ({questions}), "
                "to finish: Enter on it unchanged asks before saving it as it is.")
        render.err.print(render.digest(use.digest(store, today=day, scored=False)))
        if plan["reviewed"] and every:
            say("Going over today's review again: your answers replace what it did to each goal.")
        elif plan["reviewed"]:
            say(f"Continuing today's review: {counted(len(plan['reviewed']), 'goal')} already reviewed.")
        reviewed = 0 if every else len(plan["reviewed"])

        def one_more() -> None:
            nonlocal reviewed
            reviewed += 1

        try:
            if not plan["needy"] and not every and plan["others"]:
                # after a paused review the digest above still lists what was already reviewed today
                say("The goals that needed you are reviewed today; no other goal is overdue, due soon, stale or moved."
                    if plan["reviewed"] else "No goal needs you this week: nothing overdue, due soon, stale or moved.")
            for item in plan["needy"] + (plan["others"] if every else []):
                _review_one(store, item, day, drafts, saved=one_more)
            others = plan["others"]
            if not every and others and ask_yes_no(
                    f"Review the other {len(others)} goal{'s' if len(others) != 1 else ''} too?", default=False):
                for item in others:
                    _review_one(store, item, day, drafts, saved=one_more)
            drafts.finished.clear()  # the reflection: a step of its own
            earlier = use.todays_answers(store, today=day)  # a review redone today shows what was typed
            answers = {key: _ask_private_text(question, field=key, drafts=drafts, day=day, earlier=earlier.get(key))
                       for key, question in rules.REFLECTION_QUESTIONS}
            answers["energy"] = _ask_level("Energy", earlier.get("energy"), drafts=drafts)
            answers["stress"] = _ask_level("Stress", earlier.get("stress"), drafts=drafts)
        except (KeyboardInterrupt, click.exceptions.Abort) as stop:
            kept = _keep_half_typed(stop, day) if isinstance(stop, _Paused) else None
            answered = _keep_finished(drafts, day)
            say(f"\nReview paused: {counted(reviewed, 'goal')} saved. Run 'goals review' again today to continue "
                "where you stopped.")
            for sentence in (answered, kept):
                if sentence:
                    say(sentence)
            raise typer.Exit(1) from None
        result = use.finish_review(store, answers, today=day, now=_now())
    say(f"Review done: {counted(len(result['goals']), 'goal')} discussed. Next review: {result['next_review']}.")


# --- settings ------------------------------------------------------------------------------

@settings_app.command("show")
def settings_show(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Every setting and its value."""
    with opened_store() as store:
        values = use.settings(store)
    respond(values, json_out=json_out, render=_print_settings)


def _print_settings(values: dict) -> None:
    for key, value in values.items():
        typer.echo(f"{key} = {value}    # {SETTINGS[key][1]}")


@settings_app.command("set")
def settings_set(key: str = typer.Argument(..., help=f"One of: {', '.join(SETTINGS)}."),
                 value: str = typer.Argument(..., help="The new value."),
                 json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Change a setting ('goals settings set review.rhythm monthly')."""
    with opened_store() as store:
        data = use.change_setting(store, key, value)
    respond(data, json_out=json_out, message=f"{key} = {data[key]}")
