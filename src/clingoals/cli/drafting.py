"""The guided drafting conversation behind ``goals add`` in a terminal.

Ask for the goal in one sentence, score it, then ask only for what is
missing or weak, redrawing the scorecard after each answer; offer action
steps; compose one SMART sentence from the first sentence and the answers,
show it with its final card, and let the person accept it, edit it (the
edit's card shown before saving, and edited again if they like) or keep
their own wording. The decisions (scoring, composing, which aspiration the
goal serves) are the drafting use case's; this module only asks and shows.
The caller saves the goal. Nothing typed is lost: Ctrl-C or end of input
keeps the first sentence, every answer so far and (with GNU readline) the
line being typed as a private draft (owner-only, not in the database) that
the next ``goals add`` offers to continue, and a wording typed that another
took the place of stays in the goal's history, as does the "What exactly?"
answer an edited wording no longer says (the card and the goal then read the
wording); an answer that names no measure
is kept in the plan or put back on the line, never taken as the measure in
silence; a number typed with a letter O, or a word of the field typed
slightly wrong in an answer that goes into the sentence, is asked about
("did you mean ...?"), what was typed kept for the goal's history; the privacy check reads each answer as it is typed (edit it, go on
with it, or keep a private draft) and everything again before saving;
declining the final card keeps the goal with status draft.
"""

from __future__ import annotations

import datetime as dt

import click

from clingoals import clock
from clingoals.cli import lineedit
from clingoals.cli.common import (STOPPED, ask, ask_to_fix, ask_yes_no, edit_line, offer_drafts, opened_store, privacy_choice,
                                  say, stopped)
from clingoals.errors import InvalidInput
from clingoals.smart import kinds
from clingoals.usecases import drafting as use
from clingoals.usecases.drafts import shortened

SKIP = " (Enter to skip)"
CHOICES = {"a": "accept", "accept": "accept", "e": "edit", "edit": "edit", "k": "keep", "keep": "keep",
           "d": "draft", "draft": "draft"}


class _SetAside(Exception):
    """The person chose to keep the conversation as a private draft at the
    privacy check of an answer (``key``), whose ``text`` goes with it."""

    def __init__(self, key: str, text: str):
        super().__init__(key)
        self.key, self.text = key, text


def _answer(state: dict, key: str, question: str, *, optional: bool = True, prefill: str | None = None,
            cleared_keeps: bool = True) -> str | None:
    """One typed answer to the question ``key``, read with line editing so a
    Ctrl-C can keep the half-typed line (a line kept that way waits on the
    input line when the question comes again, as does ``prefill``), then the
    privacy check on it at once. Enter alone gives None; a line that was
    filled in and then cleared keeps what was there, never nothing (unless
    ``cleared_keeps`` is false: the caller keeps it elsewhere)."""
    pending = state.get("pending")
    if pending and pending["question"] == key:
        # the line kept when the conversation stopped waits on the line, as a refused answer
        # does: the question says how to skip it, and clearing the line skips
        prefill, state["pending"], cleared_keeps = pending["text"], None, False
    state["asking"] = key  # until it is answered: a Ctrl-C meanwhile keeps the line under this question
    skip = ""
    if optional and not prefill and "Enter " not in question:  # (a question saying what Enter does says it once)
        skip = SKIP
    elif optional and not cleared_keeps and lineedit.available():
        skip = " (clear the line to skip)"
    text = ask(question + skip, default="", editable=True, prefill=prefill).strip()
    state["asking"] = None
    if not text and prefill and cleared_keeps:
        text = prefill.strip()
    if text and key in _PROSE_ANSWERS:
        text = _answer_amount_corrected(state, text)
    if text and key in _SENTENCE_ANSWERS:
        text = _answer_spelled(state, text)
    return _private_now(state, key, text) if text else None


# The answers in the person's own words, read for sums and counts: a letter O typed for a zero in one
# ("pay down my $18,OOO student loans") is asked about as the first sentence's is (trial 3 #4: read as
# $18, "$0.72 a month", and the "$18,OOO" kept in the sentence and the stored Specifics).
_PROSE_ANSWERS = frozenset({"specific", "measure", "often", "plan", "why"})


# The answers whose words go into the composed sentence as typed: a word of the field typed slightly
# wrong in one is asked about there (trial 23 #13: "(complete the 15-hour supervison trianing course)").
_SENTENCE_ANSWERS = frozenset({"specific", "measure", "why"})


def _answer_spelled(state: dict, text: str) -> str:
    """An answer ``text`` with the words of the field it types slightly
    wrong ("trianing") spelled as the card reads them when the person says
    yes; what was typed is noted in ``state["typed_answers"]`` for the
    goal's history. No keeps it as typed (the card names it until it is
    corrected, as in the first sentence)."""
    import re

    slips = use.misspelled_words(text)
    if not slips:
        return text
    spelled = text
    for typed, meant in slips:
        spelled = re.sub(r"(?<![\w'’-])" + re.escape(typed) + r"(?![\w'’-])",
                         lambda m, meant=meant: meant[0].upper() + meant[1:] if m.group(0)[0].isupper() else meant,
                         spelled, flags=re.IGNORECASE)
    said = "; ".join(f"'{typed}': did you mean '{meant}'?" for typed, meant in slips)
    if spelled == text or not ask_yes_no(f"  {said} Go on with \"{spelled}\"?", default=True):
        return text
    state.setdefault("typed_answers", []).extend({"typed": typed, "meant": meant} for typed, meant in slips)
    return spelled


def _typo_offer(text: str) -> tuple[str, tuple[str, str, str | None]] | None:
    """A sum in ``text`` that doesn't read as one ("$9,OOO"), else a number
    typed with the letter O for a zero ("March 2O27"): (the question's first
    words, (as typed, as meant, ``text`` corrected or None)), or None."""
    typo = use.amount_typo_in(text)
    if typo is not None:
        return f"'{typo[0]}' doesn't read as an amount: did you mean {typo[1]}?", typo
    typo = use.digit_typo_in(text)
    if typo is not None:
        return f"'{typo[0]}' has a letter O where a 0 goes: did you mean '{typo[1]}'?", typo
    return None


def _answer_amount_corrected(state: dict, text: str) -> str:
    """An answer ``text`` with its letter-O number corrected when the person
    says yes (:func:`_typo_offer`); the one typed is noted in
    ``state["typed_answers"]`` for the goal's history. No keeps it as typed."""
    offer = _typo_offer(text)
    if offer is None or not offer[1][2] or not ask_yes_no(f"  {offer[0]} Go on with \"{offer[1][2]}\"?",
                                                          default=True):
        return text
    state.setdefault("typed_answers", []).append({"typed": offer[1][0], "meant": offer[1][1]})
    return offer[1][2]


def _answer_again(state: dict, key: str, question: str, typed: str | None, *, optional: bool = True) -> str | None:
    """:func:`_answer`, asked again after a refused answer ``typed`` (None:
    the first asking) the way every question is (:func:`common.ask_to_fix`):
    the refused text waits on the input line to be corrected, or is printed
    back where the terminal can't put it there; an emptied line then skips."""
    return ask_to_fix(question, typed, read=lambda text, *, default, prefill: _answer(
        state, key, text, optional=optional, prefill=prefill, cleared_keeps=typed is None))


# How an answer is asked for again when the person edits it at the privacy check.
EDIT_LABELS = {"statement": "Your goal, in one sentence", "specific": "What exactly you'll do",
               "measure": "How you'll know", "often": "How often", "due": "By when", "later": "The deadline", "plan": "Your plan",
               "why": "Why it matters", "aspiration": "The aspiration", "step": "Step",
               "target": "The number to log against", "wording target": "The number to log against"}
# The questions a continued conversation asks again with a half-typed answer filled in.
QUESTIONS = frozenset(EDIT_LABELS) | {"hours", "saving", "confidence"}


def _private_now(state: dict, key: str, text: str) -> str:
    """The privacy check on one answer as soon as it is typed, so a client's
    name isn't repeated on every card that follows: edit it right here, go
    on with it as typed (not asked again for the same finding; the check
    before saving still reads everything), or keep the whole conversation
    as a private draft (:class:`_SetAside`). With ``--yes`` it only warns."""
    what = "your sentence" if key == "statement" else "your answer"
    while True:
        found = [hit for hit in use.client_details(text) if hit not in state["accepted"]]
        if not found:
            state["unsettled"] = None
            return text
        if state["yes"]:
            say(f"warning: {what} may identify a client: {'; '.join(found)}.")
            state["accepted"].extend(found)
            continue
        state["unsettled"] = {"question": key, "text": text}  # a Ctrl-C from here on keeps it as it is
        choice = privacy_choice(found, what=what, choices=("edit", "go", "draft"))
        if choice == "go":
            state["accepted"].extend(found)
        elif choice == "draft":
            raise _SetAside(key, text)
        else:
            text = _edited(state, key, EDIT_LABELS.get(key, "Your answer"), text)


# What may follow the number, as people type it: "3 hours", "3 h a week", "7/10", "7 out of 10".
_NUMBER_WORDS = {"hours": r"(?:h|hrs?|hours?)?(?:\s*(?:a|per|each|/)\s*(?:week|wk))?",
                 "confidence": r"(?:\s*(?:/|out\s+of)\s*10)?"}


def _ask_number(state: dict, key: str, question: str, *, low: float, high: float | None,
                integer: bool = False) -> float | None:
    """A number (with the words people add to it, such as '3 hours'); a
    refused answer waits on the line to be corrected, and clearing it skips."""
    import re

    from clingoals.numbers import read_number, without_hedge

    words = re.compile(r"^\s*([-+]?[$€£¥]?[-+]?(?:[\d,]+(?:\.\d*)?|\.\d+))\s*" + _NUMBER_WORDS.get(key, "") + r"\s*$",
                       re.IGNORECASE)
    typed = None
    while True:
        answer = _answer_again(state, key, question, typed)
        if answer is None:
            return None
        typed = answer
        match = words.match(without_hedge(answer))  # "about 2.5 hrs" is 2.5, as every amount is read
        try:
            number = 0 if answer.lower() in NONE_WORDS else read_number(match.group(1))
            if integer and number != int(number):
                raise ValueError(answer)
            number = int(number) if integer else number
        except (AttributeError, ValueError):
            from clingoals.numbers import number_examples, typo_message

            typo = typo_message(answer)  # "1O": the hint every typed number gets (trial 15 P2)
            if typo is None and key == "hours":  # "two": hours in digits, as every command shows them (trial 23 #15)
                say(f"  {answer!r} is not a number of hours: type one like {number_examples('hours')}, "
                    f"or {_to_skip()}.")
                continue
            say(f"  {typo + ' ' if typo else ''}Please type a number"
                f"{' from %g to %g' % (low, high) if high is not None else ''}, or {_to_skip()}.")
            continue
        if number < low or (high is not None and number > high):
            say(f"  Please type a number from {low:g}{' to %g' % high if high is not None else ' up'}, "
                f"or {_to_skip()}.")
            continue
        return number


def _to_skip() -> str:
    """How to skip a question whose refused answer is asked again: it waits
    on the line to be corrected where the terminal can put it there."""
    return "clear the line to skip" if lineedit.available() else "press Enter to skip"


TARGET_QUESTION = "A number to log progress against"


def _ask_target(state: dict, key: str, question: str, *, offer: str | None = None
                ) -> tuple[float, str, str | None] | None:
    """A number and what it counts, asked again (saying why) until it reads;
    a refused answer waits on the line to be corrected, as at every question
    (:func:`_answer_again`), and clearing the line skips. ``offer`` (a
    count the goal's words give, "65 walks") waits on the line first: Enter
    takes it, editing changes it, clearing the line (or 'none') skips it."""
    typed = None
    while True:
        if offer is not None and typed is None:
            on_line = lineedit.available()  # elsewhere the offer is the default Enter takes
            answer = _answer(state, key, question if on_line else f"{question} ('none' skips)", prefill=offer,
                             cleared_keeps=not on_line)
        else:
            answer = _answer_again(state, key, question, typed)
        if answer is None or (offer is not None and answer.lower() in NONE_WORDS | {"skip"}):
            return None
        try:
            return use.measure_from_answer(answer)  # (the words beyond the unit kept as the measure)
        except InvalidInput as error:
            say(f"  {error} Or {_to_skip()}.")
            typed = answer


NONE_WORDS = {"none", "zero", "no", "nothing", "0"}  # "Hours a week you can give it: none"


MEASURE_QUESTION = "How will you know you got there? A number with its unit (e.g. '{example}') or a result you can check"

# The examples the guided questions give, by what the goal is about (smart.kinds, which the card's
# Achievable hint reads too).
EXAMPLES = kinds.EXAMPLES


def _ask_measure(state: dict, values: dict, suggestion: str | None, *,
                 example: str = EXAMPLES["work"]["measure"]) -> bool:
    """How the person will know they got there: a number with its unit, or
    words the scorer reads as a measure (a frequency, a threshold on an
    instrument, a checkable result). An answer that names none is never
    taken as the measure in silence, nor thrown away: one that reads as what
    they'll do ("use interoceptive exposure") goes into the plan; any other
    ("fewer panic attacks") waits on the input line to have the number added.
    The card's advice says what is wanted, and the question comes again;
    Enter on the same words keeps them as the measure as they are. Returns
    whether anything was answered."""
    first_question = MEASURE_QUESTION.format(example=example)
    question, typed, answered = first_question, None, False
    while True:
        answer = _answer(state, "measure", question, prefill=typed, cleared_keeps=False)
        if answer is None:
            return answered
        answered = True
        try:
            _take_target(values, use.measure_from_answer(answer))
            return True
        except InvalidInput:
            pass
        if use.names_a_measure(answer, values):
            values["measure"] = answer  # a result to check, such as 'pass the exam'
            return True
        payoff = use.payoff_measure(answer, values)
        if payoff is not None:  # "balance at 0 (its 4.5k right now)": a balance to clear (trial 14 C1)
            values["measure"] = payoff
            say(f"  Read as {payoff!r}.")
            return True
        if typed and use.same_words(typed, answer):  # Enter on the words put back
            values["measure"] = answer
            lacks = "nothing saying what its numbers count" if use.numbers_in(answer) else \
                "no number or result to check"
            say(f"  Kept as your measure as you wrote it; with {lacks}, Measurable stays partial.")
            return True
        missing = "no number, how often, score to reach or result to check"
        numbers = " and ".join(use.numbers_in(answer))
        if numbers:  # it has numbers: what they count is what's missing (trial 14 C1)
            missing = f"nothing says what {numbers} {'count' if ' and ' in numbers else 'counts'}"
        if use.reads_as_an_action(answer):
            say(f"  {answer!r} says how you'll get there, not how you'll know you did ({missing}): "
                "it is kept in your plan.")
            _keep_in_plan(state, values, answer)
            typed, question = None, first_question
        elif numbers:
            say(f"  {answer!r} names no measure: {missing}. Put the unit after the number (e.g. '{example}'), "
                "or say how often, a score to reach or a result to check.")
            typed = answer
            question = ("How will you know you got there? Add what the number counts or replace your words; "
                        "Enter keeps them as they are")
        else:
            say(f"  {answer!r} names no measure: {missing}.")
            typed = answer
            question = ("How will you know you got there? Add the number to your words or replace them; "
                        "Enter keeps them as they are")
        if suggestion:
            say(f"  → {suggestion}")


def _ask_often(state: dict, values: dict, amount: str | None, day: dt.date, *, nights: bool = False) -> bool:
    """How often the goal's amount is done ("walk 30 minutes after lunch":
    "5 days a week"), kept in its measure, so the composed sentence says it.
    An answer that says no rhythm waits on the line to be corrected (printed
    back where the terminal can't put it there); Enter, or clearing the
    line, skips. Returns whether it was answered."""
    # (the card above says the amount is how much each time, not how often)
    examples = "'every night', '5 nights a week'" if nights else "'every day', '5 days a week'"
    question, typed = f"How often? (e.g. {examples})", None
    while True:
        answer = _answer_again(state, "often", question, typed)
        if answer is None:
            return False
        measure = use.measure_with_rhythm(values, amount or "", answer, today=day)
        if measure is not None:
            values["measure"] = measure
            return True
        say(f"  {answer!r} doesn't say how often: say it as {examples}, '3 times a week' or "
            "'on weekdays'; or clear the line to skip.")
        typed = answer


SAVING_QUESTION = "How much a month can you put aside? (e.g. '$400')"
# The plan question, worded for what makes the goal fit (scorer.resource_kind).
HABIT_PLAN_QUESTION = "What could make it hard to keep, and how will you handle it?"


def _ask_saving(state: dict, values: dict) -> bool:
    """What the person can put aside each month for a money goal, kept in
    the plan ("set aside $400 a month"), where Achievable reads it against
    the total and the deadline. A refused answer waits on the line to be
    corrected (printed back where the terminal can't put it there); Enter,
    or clearing the line, skips; "none" says there is nothing to put aside.
    Returns whether an amount was given."""
    typed = None
    while True:
        answer = _answer_again(state, "saving", SAVING_QUESTION, typed)
        if answer is None:
            return False
        if answer.lower() in NONE_WORDS | {"$0"}:
            say("  Nothing to put aside yet: your plan can say how it fits your budget.")
            return False
        try:
            saving = use.saving_from_answer(answer)
        except InvalidInput as error:
            say(f"  {error} Or clear the line to skip.")
            typed = answer
            continue
        values["plan"] = use.with_part(values.get("plan"), f"set aside {saving}")
        return True


def _ask_plan(state: dict, values: dict, question: str, needs: str) -> str | None:
    """The plan (an answer kept in it before waits on the line). One that
    only says the result again ("finish the race" for a 10k measured by
    crossing the finish line) is no plan: said so, and it waits on the line
    to have how added; Enter on the same words keeps it as it is (trial 15
    C1: it met Achievable with no training said)."""
    typed = None
    while True:
        answer = _answer(state, "plan", question, prefill=values.get("plan") if typed is None else typed)
        if answer is None or (typed and use.same_words(typed, answer)) or not use.restates_the_goal(answer, values):
            return answer
        say(f"  {answer!r} says the result again, not how you'll get there: add what you'll do or need "
            f"({needs}); Enter keeps it as it is.")
        typed = answer


def _keep_in_plan(state: dict, values: dict, text: str) -> None:
    """An answer that isn't the measure, kept in the plan (the plan question
    then offers it to add to or reword)."""
    values["plan"] = use.with_part(values.get("plan"), text)
    state["plan_from_answers"] = True


def _ask_deadline(state: dict, key: str, question: str, values: dict, day: dt.date, *,
                  required: bool, offer: str | None = None) -> str | None:
    """A deadline phrase, asked again (saying why) until it reads as a date
    on or after the goal's start; Enter skips unless required; 'y' takes
    ``offer`` (a date the card computed), when there is one. A refused
    date waits on the line to be corrected (where the terminal can't put it
    there it is printed back); an emptied line does what the question says
    (skips, or, when required, says a deadline is needed), never sends the
    refused date again."""
    typed = None
    while True:
        answer = _answer_again(state, key, question, typed, optional=not required)
        if answer is None:
            if not required:
                return None
            say("  A goal needs a deadline: type a date or a phrase such as 'in 3 months' or 'end of year'.")
            typed = None
            continue
        if offer and answer.lower() in ("y", "yes"):
            return offer
        try:
            use.deadline_from_answer(answer, values, today=day)
            return answer
        except InvalidInput as error:
            typo = use.digit_typo_in(answer)  # "March 2O27": asked about, not refused as unreadable
            if typo and _fits(typo[2], values, day) and ask_yes_no(
                    f"  '{typo[0]}' has a letter O where a 0 goes: did you mean '{typo[2]}'?", default=True):
                return typo[2]
            say(f"  {error}")
            typed = answer


def _fits(due: str, values: dict, day: dt.date) -> bool:
    try:
        use.deadline_from_answer(due, values, today=day)
        return True
    except InvalidInput:
        return False


def _show(card: dict, title: str = "Your goal") -> None:
    from clingoals import render

    render.err.print(render.scorecard(card, title=title))


def _choose_wording(state: dict, first: str, composed: str) -> tuple[str, str | None]:
    """Accept the composed sentence (which saves the goal: one question is
    enough), keep it as a draft, edit it (on the input line where the
    terminal allows), or keep the first one. Returns the wording and, when
    the answer already decided it, the goal's status ("active" or "draft");
    an edited or kept wording gets its own card and the save question."""
    while True:
        answer = ask("Use this sentence? [a]ccept and save the goal, [e]dit it, [k]eep your own wording, "
                     "or save it as a [d]raft", default="a")
        choice = CHOICES.get(answer.strip().lower())
        if choice == "accept":
            return composed, "active"
        if choice == "draft":
            return composed, "draft"
        if choice == "keep":
            return first, None
        if choice == "edit":
            return _edited(state, "edit wording", "Your wording", composed, keeps="the composed sentence"), None
        say("  Please type a, e, k or d.")


def _card_shown(card: dict) -> list:
    """What a card shows: its total and each criterion's score, reason and advice."""
    return [card["total"], *((c["score"], c["reason"], c.get("suggestion")) for c in card["criteria"].values())]


def _take_target(values: dict, target: tuple[float, str, str | None]) -> None:
    """A target answered: its number and unit, and, when no measure is said
    yet, the answer's words ("supervised hours and pass the clinical exam",
    of which the unit is "supervised hours") or the unit as the measure."""
    values["target"], values["unit"], words = target
    values["measure"] = values.get("measure") or words or values["unit"]


def _same_target(text: str, target: float, unit: str | None) -> bool:
    """Whether ``text`` ("$6,000") reads as the target already set."""
    try:
        value, said = use.target_from_answer(text)
    except InvalidInput:
        return True  # nothing to offer in its place
    return value == target and (said or "") == (unit or "")


def _from_wording(values: dict, wording: str, day: dt.date, state: dict) -> None:
    """What an edited wording says in place of the answers: its why, its
    deadline, and the "What exactly?" answer when it no longer says it (a
    word corrected, the detail reworded: trial 21 #1), so the card shown
    next and the saved goal read the wording, not the answer it replaced
    (which is kept for the goal's history, and in a private draft)."""
    state["edited"] = True
    _why_from_wording(values, wording)
    _due_from_wording(values, wording, day)
    specific = values.get("specific")
    if specific and not use.wording_says(specific, wording):
        state["specific_replaced"], values["specific"] = specific, None
        say(f"  What exactly: your wording says it now ({specific!r} is kept in the goal's history).")


def _why_from_wording(values: dict, wording: str) -> None:
    """An edited wording's reason becomes the goal's why (the one answered
    before stays when the wording gives none), and the person is told."""
    why = use.why_in_wording(wording)
    if why and why != values.get("why"):
        values["why"] = why
        say(f"  Why it matters, as your wording says it now: {why}")


def _due_from_wording(values: dict, wording: str, day: dt.date) -> None:
    """An edited wording that names its own deadline ("... by December 31,
    2027") is due then, so the saved goal agrees with its sentence, and the
    person is told (trial 17 B1: the earlier answer's date was saved under a
    sentence naming another). A date the goal can't take is left to the
    answer given before."""
    from clingoals.dates import find_deadline

    found = find_deadline(wording, day)
    if found is None:
        return
    try:
        new = use.deadline_from_answer(found.date.isoformat(), values, today=day)
    except InvalidInput:
        return
    try:
        old = use.deadline_from_answer(values["due"], values, today=day) if values.get("due") else None
    except InvalidInput:
        old = None
    if new != old:
        values["due"] = new.isoformat()
        was = f" (it was {old.isoformat()})" if old else ""
        say(f"  Due {new.isoformat()}, as your wording says it now{was}.")


def _known_aspiration(state: dict, name: str, declared: list[str]) -> str | None:
    """The declared aspiration ``name`` means: the same name in any letter
    case, or a close one the person confirms ('privat practise' -> 'private
    practice?', the did-you-mean every name typed slightly wrong gets);
    None for a new one."""
    from clingoals.suggest import same_or_closest

    close, same = same_or_closest(name, declared)
    if same or close is None:
        return close
    return close if _did_you_mean(state, name, close, "is added as a new aspiration") else None


def _did_you_mean(state: dict, name: str, meant: str, otherwise: str) -> bool:
    """Whether the person takes ``meant`` for the aspiration name they typed.
    A Ctrl-C here keeps the name typed, waiting on the line when the
    aspiration question comes again."""
    state["unsettled"] = {"question": "aspiration", "text": name}
    state["asked"].discard("aspiration")
    confirmed = ask_yes_no(f"  Did you mean {meant!r}? (no: '{name}' {otherwise})", default=True)
    state["unsettled"] = None
    state["asked"].add("aspiration")
    return confirmed


def _close_to_one(name: str, declared: list[str]) -> bool:
    """Whether ``name`` is offered as a declared aspiration (:func:`_known_aspiration` asks)."""
    from clingoals.suggest import same_or_closest

    return same_or_closest(name, declared)[0] is not None


def _spelled_aspiration(state: dict, name: str) -> str:
    """A new aspiration's name, a word typed slightly wrong offered as the
    card's vocabulary spells it ('finacial wellness' -> 'financial
    wellness?', as `goals aspiration add` offers it; trial: an Ohio LISW):
    the name typed when the person says no, or none is offered."""
    spelled = use.aspiration_spelling(name)
    if spelled is None:
        return name
    return spelled if _did_you_mean(state, name, spelled, "is added as typed") else name


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
    # asking: the question being typed now; pending: {"question", "text"}, a line typed but not
    # ended with Enter when Ctrl-C stopped an earlier try; unsettled: the same for an answer at its
    # privacy check; accepted: privacy findings the person chose to go on with
    state = {"new_aspirations": [], "asked": set(), "wording": None, "continued": None, "described": described,
             "asking": None, "pending": None, "unsettled": None, "accepted": [], "yes": yes, "replaced": [],
             "specific_replaced": None, "edited": False}
    if not (values.get("statement") or "").strip():
        _continue_draft(_offer_draft(), values, aspirations, steps, state, day)
    try:
        return _converse(values, aspirations, steps, day, declared, state)
    except _SetAside as aside:
        state["pending"] = {"question": aside.key, "text": aside.text}
        if not (values.get("statement") or "").strip():
            values["statement"] = aside.text
        draft = _keep_private(values, aspirations, steps, day, state)
        say(f"{_are_kept(draft)} (owner-only, not in the database); 'goals add' continues it.")
        return {"statement": None, "status": "private", "new_aspirations": state["new_aspirations"],
                "continued": state["continued"], "asked": sorted(state["asked"]), "replaced": state["replaced"]}
    except (KeyboardInterrupt, EOFError, click.exceptions.Abort):
        stopped(_stop(values, aspirations, steps, day, state))


def _stop(values: dict, aspirations: list[str], steps: list[str], day: dt.date, state: dict) -> str:
    """Keep what was typed when Ctrl-C (or end of input) stopped the
    conversation, and say what that is: the line being typed too when line
    editing could read it back."""
    question = state["asking"]
    line = (lineedit.interrupted_line() or "").strip() if question else ""
    unknown = question is not None and lineedit.interrupted_line() is None
    typing = bool(line)
    if not line and state["unsettled"]:  # stopped at the privacy check of an answer: the answer as it was
        question, line = state["unsettled"]["question"], state["unsettled"]["text"]
    if line:
        state["pending"] = {"question": question, "text": line}
    if not (values.get("statement") or "").strip():
        if not line:
            return STOPPED
        values["statement"] = line  # the first sentence, half typed: it is asked again with it filled in
    draft = _keep_private(values, aspirations, steps, day, state)
    if question == "statement" and typing:
        kept = f"the sentence you were typing {_are_kept(draft, verb='is')}"
    elif typing:
        kept = f"your sentence, the answers you entered and the line you were typing {_are_kept(draft, verb='are')}"
    else:
        kept = f"your sentence and the answers you entered {_are_kept(draft, verb='are')}"
    caveat = ", but not a line you hadn't ended with Enter" if unknown and not typing else ""
    return f"Stopped; {kept} (not in the database){caveat}: 'goals add' continues it."


def _offer_draft() -> dict | None:
    """An unfinished conversation the person wants to continue (newest
    first; older ones are offered in turn, and any can be discarded)."""
    waiting = use.drafts()
    if not waiting:
        return None
    return offer_drafts(waiting, describe=lambda draft: f"You stopped drafting a goal on {draft['saved_at'][:10]}: "
                                                        f"{shortened(draft['values']['statement'])!r}")


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
                 wording=draft["wording"], continued=draft["name"], pending=draft["pending"],
                 accepted=list(draft["accepted"]), replaced=list(draft.get("replaced") or []),
                 specific_replaced=draft.get("specific_replaced"), typed_first=draft.get("typed_first"),
                 typed_answers=list(draft.get("typed_answers") or []))  # (the notes of numbers corrected)
    if state["pending"] and state["pending"]["question"] == "statement":
        values["statement"] = None  # asked again, with what was typed waiting on the line
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
            state["asked"].discard("target")  # the number offered to log against is offered again
        if state["wording"]:  # a wording chosen (maybe typed) before: kept for the goal's history
            state["replaced"].append(state["wording"])
        state["wording"] = None


def _are_kept(kept: dict, *, verb: str | None = None) -> str:
    """How a kept goal draft is reported: "are kept as a private draft" (after
    ``verb`` "is" or "are"), or "Kept as a private draft" to start a sentence.
    Exactly these answers may have been kept already (the same goal stopped
    twice): then it says so, and nothing was copied."""
    if kept.get("already"):
        since = str(kept.get("saved_at") or "")[:10]
        words = f"already kept as a private draft on {since}, not copied again"
        verb = {"is": "was", "are": "were"}.get(verb) if verb else None
    else:
        words = "kept as a private draft"
    return f"{verb} {words}" if verb else words[0].upper() + words[1:]


def _keep_private(values: dict, aspirations: list[str], steps: list[str], day: dt.date, state: dict) -> dict:
    return use.keep_draft(values, aspirations=aspirations, new_aspirations=state["new_aspirations"], steps=steps,
                          asked=state["asked"], wording=state["wording"], replaces=state["continued"],
                          pending=state["pending"], accepted=state["accepted"], replaced=state["replaced"],
                          specific_replaced=state["specific_replaced"], typed_first=state.get("typed_first"),
                          typed_answers=state.get("typed_answers") or (), today=day, now=clock.now_iso())


def _offer_amount_corrected(values: dict, state: dict) -> None:
    """A sum in the first sentence that doesn't read as one ("$9,OOO"), or
    a number typed with the letter O for a zero ("by March 2O27", whose
    year the date reader would drop), offered corrected before anything
    else is asked, as scripted add offers
    it (trial 15 B3: no answer could make up for it, and the card's advice
    to rewrite it came after each). Yes goes on with the corrected sentence
    (the one typed stays in the goal's history); no keeps it as typed. Asked
    once, not again when a draft is continued."""
    if "amount typo" in state["asked"]:
        return
    # a number, such as a date's year ("by March 2O27"), with a letter O: asked, not misread
    said, typo = _typo_offer(values["statement"]) or (None, None)
    if typo and typo[2] and ask_yes_no(f"{said} Go on with \"{typo[2]}\"?", default=True):
        state["typed_first"] = {"statement": values["statement"], "typed": typo[0], "meant": typo[1],
                                "corrected": typo[2]}
        values["statement"] = typo[2]
    state["asked"].add("amount typo")


def _converse(values: dict, aspirations: list[str], steps: list[str], day: dt.date, declared: list[str],
              state: dict) -> dict:
    new_aspirations, asked = state["new_aspirations"], state["asked"]
    say("Let's draft a SMART goal. Press Enter to skip any question marked so; "
        "Ctrl-C stops and keeps what you typed as a draft.")
    _offer_edit_pending(values, steps, state)
    if (values.get("statement") or "").strip():  # given on the command line, or a continued draft's
        values["statement"] = _private_now(state, "statement", values["statement"].strip())
    while not (values.get("statement") or "").strip():
        values["statement"] = _answer(state, "statement", "Your goal, in one sentence", optional=False)
        if not values["statement"]:
            say("  Type your goal in your own words, e.g. 'sleep 7 hours a night' or 'pass the NCE' "
                "(Ctrl-C stops).")
    _offer_amount_corrected(values, state)
    if not values.get("why"):  # "... so I wake up rested": the sentence's own reason is the goal's why (trial 12 P2)
        values["why"] = use.why_in_wording(values["statement"])

    def card() -> dict:
        """The running card: of the sentence composed so far from the first
        one and the answers, so it rises as the person answers."""
        return use.draft_card(values, aspirations, declared + new_aspirations, today=day,
                              statement=use.composed_statement(values, today=day), descriptions=state["described"])

    def personal() -> bool:
        """Whether the goal reads as a life goal (so the examples asked with are too)."""
        return bool(values.get("personal")) or use.suggested_domain(
            values, aspirations, declared + new_aspirations, today=day, descriptions=state["described"]) == "personal"

    def examples() -> dict[str, str]:
        """The examples fitting what the goal is about (:data:`EXAMPLES`)."""
        return EXAMPLES[use.example_kind(values, personal=personal(), today=day)]

    def once(question: str, answer):
        """Ask ``question`` (by calling ``answer``) unless it was answered
        before the conversation was stopped and continued."""
        if question in asked:
            return None
        reply = answer()
        asked.add(question)
        return reply

    def resumed(key: str, *, needed: bool = False) -> bool:
        """Whether the question ``key`` is asked again because the line typed
        at it when the conversation stopped waits for it, even where the card
        (scored again with the answers since) no longer needs it: then the
        person is told why it comes, and clearing the line skips it."""
        pending = state["pending"]
        if not (pending and pending["question"] == key):
            return False
        if not needed:
            say("  When you stopped you were typing an answer to this question: it waits on the line.")
        return True

    current = card()
    _show(current)

    def redraw() -> None:
        """After an answer: the card drawn again when the answer changed it
        (a score, a reason or the advice), else one line saying it stays."""
        nonlocal current
        new = card()
        if _card_shown(new) != _card_shown(current):
            _show(new)
        else:
            say(f"  (The card stays at {new['total']}/10.)")
        current = new

    if current["criteria"]["specific"]["score"] < 2 or resumed("specific"):
        detail = once("specific", lambda: _answer(
            state, "specific", "What exactly will you do? " + examples()["specific"]))
        if detail:
            values["specific"] = detail
            redraw()
    measurable = current["criteria"]["measurable"]
    # A checkable outcome is met, but a number is what progress gets logged against.
    no_number = values.get("target") is None and not any(ch.isdigit() for e in measurable["evidence"] for ch in e) \
        and not use.offered_once_due(values, today=day)  # "twice a month": its count comes with the deadline
    # An amount each time with nothing saying how often ("walk 30 minutes after lunch"): asked just that.
    each = use.missing_rhythm(values, today=day) if measurable["score"] < 2 else None
    if each or resumed("often"):
        if once("often", lambda: _ask_often(state, values, each, day, nights="night" in measurable["reason"])):
            redraw()
    elif measurable["score"] < 2 or (not no_number and resumed("measure")):
        suggestion = use.measure_suggestion(values, measurable["suggestion"])
        if once("measure", lambda: _ask_measure(state, values, suggestion, example=examples()["measure"])):
            redraw()
    elif no_number:
        target = once("measure", lambda: _ask_target(state, "measure",
                                                     f"{TARGET_QUESTION}, e.g. '{examples()['target']}'"))
        if target:
            _take_target(values, target)
            redraw()
    if not values.get("due"):
        found = current["deadline"]
        if found and current["criteria"]["time_bound"]["score"] == 2 and _fits(found, values, day) \
                and not resumed("due", needed=True):
            values["due"] = found
        else:
            values["due"] = _ask_deadline(state, "due", "By when? (e.g. 'June 30', 'in 3 months', 'Q3')", values, day,
                                          required=True)
            redraw()
    # A number to log progress against, when the goal's words give one (its amount, or the count its
    # rhythm makes to the deadline, known now): offered on the line, to take, change or skip.
    offer = use.offered_target(values, today=day) if "target" not in asked else None
    if use.owed_in_sentence(values, offer) and not resumed("target"):
        # "pay off my $6,000 credit card": the sum owed is what is paid, not asked for again
        _take_target(values, use.measure_from_answer(offer["text"]))
        asked.add("target")
        say(f"  Target {offer['text']}, read from your sentence: what you pay off is what you log "
            "(once it is saved, 'goals edit ID --target N' sets another).")
        redraw()
    elif offer or resumed("target"):
        if offer:
            say(f"  To log progress you need a number to count toward: {offer['why']}.")
        target = once("target", lambda: _ask_target(state, "target", TARGET_QUESTION,
                                                    offer=offer["text"] if offer else None))
        if target:
            _take_target(values, target)
            redraw()
    elif values.get("target") is None and "target" not in asked:
        # two sums and none offered: say why, as scripted add does (trial 14 C2)
        note = use.no_target_note(use.composed_statement(values, today=day),
                                  sets="once it is saved, 'goals edit ID --target N' sets")
        if note:
            say(f"  {note}")
    achievable = current["criteria"]["achievable"]
    weak = achievable["score"] < 2

    def still_weak() -> bool:
        """Whether the card, drawn again after the last answer, still finds it
        short of Achievable: once an answer meets it (a plan for a sleep goal),
        nothing more is asked for it (trial 12 P3: confidence after 10/10)."""
        return current["criteria"]["achievable"]["score"] < 2

    def offer_later(again: bool = False) -> None:
        """When the card finds the deadline can't be met (Achievable 0: the
        time too short for the milestone, the amount a month, the hours or
        the days), a new one is asked for, once, after whichever answer
        showed it: the date the card's advice names is offered ('y' takes
        it), another can be typed, and Enter keeps the deadline the goal
        has (trial 23 #6: it was asked only before the amount a month that
        showed it). ``again``: its line was being typed when the
        conversation stopped."""
        from clingoals.smart.compose import format_deadline

        achievable = current["criteria"]["achievable"]
        later = use.later_deadline(achievable, values, today=day)
        if not again and (achievable["score"] > 0 or not (later or "deadline" in achievable["reason"])):
            return
        due = use.deadline_from_answer(values["due"], values, today=day) if _fits(values.get("due") or "", values,
                                                                                 day) else None
        keeps = f" (Enter keeps {format_deadline(due)})" if due else " (Enter skips)"
        offered = f" ('y' takes {format_deadline(later)}, or type another date)" if later else ""
        if later:
            say(f"  The card says the deadline can't be met: {format_deadline(later)} would fit.")
        answer = once("later", lambda: _ask_deadline(state, "later", f"A new deadline?{offered}{keeps}",
                                                     values, day, required=False,
                                                     offer=later.isoformat() if later else None))
        if answer:
            values["due"] = answer
            redraw()

    # What makes it fit: hours a week, an amount a month (money), or a plan for what makes it hard (stop doing)
    kind = use.resource_kind(values, today=day)
    # (each answer that changes the card draws it again at once: trial 9, C6)
    if weak or any(resumed(key, needed=True) for key in ("later", "plan", "hours", "saving", "confidence")):
        offer_later(resumed("later"))
        if (still_weak() and (values.get("plan") is None or state.get("plan_from_answers"))) or resumed("plan"):
            # an answer kept in the plan waits on the line, to add to or reword
            needs = examples()["plan"]
            question = HABIT_PLAN_QUESTION if kind == "habit" else f"Your plan and what you'll need ({needs})"
            plan = once("plan", lambda: _ask_plan(state, values, question, needs))
            if plan and plan != values.get("plan"):
                values["plan"] = plan
                redraw()
                offer_later()
        # a money goal is asked how much a month even when a plan met Achievable: that amount is what
        # the card checks against the total and the deadline (trial 15 B3: 'autopay' alone passed)
        if (kind == "money" and not use.states_a_saving_rate(values)) or resumed("saving"):
            if once("saving", lambda: _ask_saving(state, values)):
                redraw()
                offer_later()  # trial 23 #6: "$500 a month" left $6,500 by December 31 out of reach
        # sleep takes no hours out of the week, nor does money or a habit: only "time" is asked them
        if (still_weak() and kind == "time" and values.get("hours_per_week") is None) or resumed("hours"):
            values["hours_per_week"] = once("hours", lambda: _ask_number(state, "hours", "Hours a week you can give it",
                                                                         low=0, high=168))
            if values["hours_per_week"] is not None:
                redraw()
                offer_later()
        if (still_weak() and values.get("confidence") is None) or resumed("confidence"):
            confidence = once("confidence", lambda: _ask_number(state, "confidence", "How confident are you, 0-10",
                                                                low=0, high=10, integer=True))
            values["confidence"] = int(confidence) if confidence is not None else None
            if confidence is not None:
                redraw()
    loose = current["criteria"]["relevant"]["score"] < 2
    if loose or any(resumed(key, needed=True) for key in ("why", "aspiration")):
        if (loose and not values.get("why")) or resumed("why"):
            example = examples()["why"]
            why = once("why", lambda: _answer(state, "why", f"Why does it matter to you? (e.g. '{example}')"))
            if why:
                values["why"] = why
                redraw()
        known = f" (yours: {', '.join(declared)})" if declared else ""
        still_loose = current["criteria"]["relevant"]["score"] < 2  # a why can meet it: then no aspiration asked
        name = once("aspiration", lambda: _answer(state, "aspiration",
                                                  f"Which aspiration does it serve{known}? A new name adds it")) \
            if still_loose or resumed("aspiration") else None
        if name:
            existing = _known_aspiration(state, name, declared + new_aspirations)
            if existing is None and not _close_to_one(name, declared + new_aspirations):
                # (a name close to one declared was asked about already: no is a new one, as typed)
                name = _spelled_aspiration(state, name)
                existing = next((a for a in declared + new_aspirations if a.casefold() == name.casefold()), None)
            if existing is None:
                new_aspirations.append(name)
                say(f"  '{name}' is a new aspiration: it is added when the goal is saved.")
            if (existing or name) not in aspirations:
                aspirations.append(existing or name)
            redraw()
    if not values.get("personal") and "domain" not in asked:
        suggested = use.suggested_domain(values, aspirations, declared + new_aspirations, today=day,
                                         descriptions=state["described"])
        if suggested == "personal":
            # Life goals (sleep, exercise, money, boundaries) are personal; the default stays professional.
            values["personal"] = ask_yes_no("It reads as a personal goal, not a work one. Keep it as personal?",
                                            default=True)
        asked.add("domain")
    if "steps" not in asked:
        say("Action steps make it real. Add a few, one per line; Enter on an empty line when done.")
        if steps:
            say("Steps so far: " + "; ".join(steps))
        while True:
            text = _answer(state, "step", "Step", optional=False)
            if not text:
                break
            steps.append(text)
        asked.add("steps")

    if state["pending"]:  # a line typed at a question this conversation no longer has (an older draft's)
        _offer_pending_elsewhere(values, steps, state, day)
    first = values["statement"].strip()
    statement = state["wording"]
    decided = None  # the wording question's answer already said whether to save
    if statement is None:
        composed = use.composed_statement(values, today=day)
        statement = first
        if composed.strip().rstrip(".") != first.rstrip("."):
            say("\nYour goal in one SMART sentence:\n")
            say(f"  {composed}\n")
            _show(card_of(values, aspirations, declared + new_aspirations, day, composed, state), "The composed goal")
            statement, decided = _choose_wording(state, first, composed)
            if statement not in (composed, first):  # edited: its why, deadline and detail are the goal's
                _from_wording(values, statement, day, state)
            if statement != composed:
                _show(card_of(values, aspirations, declared + new_aspirations, day, statement, state))
        else:
            _show(card_of(values, aspirations, declared + new_aspirations, day, statement, state))
        state["wording"] = statement
    else:
        say(f"\nYour goal, as you worded it: {statement}")
        _show(card_of(values, aspirations, declared + new_aspirations, day, statement, state))
    # A wording edited at the end that names a number ("Save $6,000 ..." after a first sentence with a
    # typo in its amount): that number is offered to log against, as it would have been had the first
    # sentence said it; when a different target was taken before (the typo's "$6"), the new one is
    # offered in its place (trial 11 C1).
    edited = statement.strip().rstrip(".") not in (first.rstrip("."),
                                                   use.composed_statement(values, today=day).strip().rstrip("."))
    if edited and decided is None:
        had = values.get("target")
        offer = use.offered_target({**values, "target": None}, today=day, statement=statement)
        if offer and had is not None and _same_target(offer["text"], had, values.get("unit")):
            offer = None
        if offer and not offer["why"].startswith("your goal names"):
            offer = None  # only an amount the wording names, not a count its rhythm makes (guided 9 P3 flow)
        if offer and had is None and "target" in asked:
            offer = None  # the person already said no to a number to log against: not asked twice
        if offer or resumed("wording target"):
            if offer and had is None:
                say(f"  To log progress you need a number to count toward: {offer['why']}.")
            elif offer:
                from clingoals.numbers import number as shown

                say(f"  Your wording now names {offer['text']}, but the number to log against is "
                    f"{shown(had)} {values.get('unit') or ''}".rstrip() + f": Enter takes {offer['text']}; "
                    f"{'clearing the line' if lineedit.available() else chr(39) + 'none' + chr(39)} keeps "
                    f"{shown(had)}.")
            target = once("wording target", lambda: _ask_target(state, "wording target", TARGET_QUESTION,
                                                               offer=offer["text"] if offer else None))
            if target:
                _take_target(values, target)
                _show(card_of(values, aspirations, declared + new_aspirations, day, statement, state))
    if decided is None:
        final = card_of(values, aspirations, declared + new_aspirations, day, statement, state)
        if final["total"] < 10:
            say(f"It scores {final['total']}/10. You can save it now and sharpen it later with 'goals edit'.")
        statement, keep = _save_or_edit(state, values, statement, day, show=lambda text: _show(
            card_of(values, aspirations, declared + new_aspirations, day, text, state)))
    else:
        keep = decided == "active"
    statement = _private_enough(values, statement, steps, state, day, show=lambda text: _show(
        card_of(values, aspirations, declared + new_aspirations, day, text, state)))
    if statement is None:
        kept = _keep_private(values, aspirations, steps, day, state)
        say(f"{_are_kept(kept)} (owner-only, not in the database); 'goals add' continues it.")
        return {"statement": None, "status": "private", "new_aspirations": new_aspirations,
                "continued": state["continued"], "asked": sorted(asked), "replaced": state["replaced"]}
    if not keep:
        say("Kept as a draft, so nothing you typed is lost ('goals list --status draft' shows it).")
    return {"statement": statement, "status": "active" if keep else "draft", "new_aspirations": new_aspirations,
            "continued": state["continued"], "asked": sorted(asked), "typed_first": state.get("typed_first"),
            "replaced": state["replaced"], "specific_replaced": state["specific_replaced"],
            "typed_answers": state.get("typed_answers") or [],
            # a wording the person typed over the composed one: their own edit, as the history says
            "edited": statement.strip().rstrip(".") != first.rstrip(".") and (state["edited"] or edited)}


def _save_or_edit(state: dict, values: dict, statement: str, day: dt.date, *, show) -> tuple[str, bool]:
    """"Save this goal?" for a wording the person edited or kept: yes saves
    it, no keeps the goal as a draft, and 'e' edits it again (on the input
    line), its card shown (``show``) before the question comes back. A
    wording an edit takes the place of is kept for the goal's history.
    Returns (the wording, whether to save it as active)."""
    from clingoals.cli.common import yes_or_no

    while True:
        answer = ask("Save this goal? [Y/n] (or e to edit it again)", default="").strip().lower()
        if not answer:
            return statement, True
        if answer in ("e", "edit"):
            edited = _edited(state, "edit wording", "Your wording", statement)
            if edited != statement:
                state["replaced"].append(statement)
                statement = state["wording"] = edited
                _from_wording(values, statement, day, state)
            show(statement)
            continue
        said = yes_or_no(answer)
        if said is not None:
            return statement, said
        say("  Please answer yes or no (or e to edit it again).")


def _offer_edit_pending(values: dict, steps: list[str], state: dict) -> None:
    """A continued draft stopped while the person was editing a text (the
    composed wording, or an answer at the privacy check before saving):
    what they had typed is offered back and, if they want it, used."""
    pending = state["pending"]
    if not (pending and pending["question"].startswith("edit ")):
        return
    field, text = pending["question"][len("edit "):], pending["text"]
    if field.startswith("step "):
        number = int(field.split()[1]) if field.split()[1].isdigit() else 0
        if not 1 <= number <= len(steps):
            return
        label = f"Step {number}"
    elif field in use.PRIVATE_FIELDS and field != "statement":
        label = use.PRIVATE_FIELDS[field]
    else:
        return
    say(f"When you stopped you were editing {label!r}: {text}")
    if ask_yes_no("Use what you typed?", default=True):
        if field == "wording":
            if state["wording"] and state["wording"] != text:  # the wording it takes the place of: kept
                state["replaced"].append(state["wording"])
            state["wording"] = text
        elif field.startswith("step "):
            steps[number - 1] = text
        else:
            values[field] = text
    elif field == "wording":  # a sentence they typed: kept in the goal's history, never only printed
        state["replaced"].append(text)
        say(f"  {label} stays as it was; what you typed is kept in the goal's history.")
    else:
        say(f"  {label} stays as it was; what you typed is above, to copy.")
    state["pending"] = None


def _offer_pending_elsewhere(values: dict, steps: list[str], state: dict, day: dt.date) -> None:
    """A kept line whose question this conversation didn't come to (the
    deadline was given on the command line, or an older draft's question):
    offered, and used if wanted, never only printed. The line stays in the
    state until answered, so a Ctrl-C at the offer keeps it in the draft."""
    _offer_pending_line(state["pending"], values, steps, day)
    state["pending"] = None


def _offer_pending_line(pending: dict, values: dict, steps: list[str], day: dt.date) -> None:
    text = pending["text"]
    if pending["question"] in ("due", "later"):
        if ask_yes_no(f"When you stopped you were typing {text!r} as the deadline. Use it instead of "
                      f"{values.get('due')!r}?", default=False):
            if _fits(text, values, day):
                values["due"] = text
            else:
                say(f"  {text!r} can't be this goal's deadline: it stays {values.get('due')!r}.")
        return
    if pending["question"] == "step":
        if ask_yes_no(f"When you stopped you were typing the step {text!r}. Add it?", default=True):
            steps.append(text)
        return
    field = {"specific": "specific", "plan": "plan", "why": "why"}.get(pending["question"])
    if field and ask_yes_no(f"When you stopped you were typing {text!r} as {use.PRIVATE_FIELDS[field].lower()}. "
                            "Use it?", default=True):
        values[field] = text
        return
    say(f"When you stopped last time you were typing: {text} (not used; copy it if you need it)")


def _private_enough(values: dict, statement: str, steps: list[str], state: dict, day: dt.date, *,
                    show=None) -> str | None:
    """The privacy check on everything typed, before anything is stored. A
    finding the person already chose to go on with when typing it is named
    again but not asked about; for any other: edit the texts it names (each
    asked again with its text on the line), save as is, or keep it all as a
    private draft. A wording edited here has its card shown (``show``)
    before it is saved, as every edited wording does. Returns the wording
    to save, or None to keep a private draft."""
    while True:
        found = {field: [hit for hit in hits if hit not in state["accepted"]]
                 for field, hits in use.privacy_findings(values, wording=statement, steps=steps).items()}
        kept = sorted({hit for hits in use.privacy_findings(values, wording=statement, steps=steps).values()
                       for hit in hits if hit in state["accepted"]})
        found = {field: hits for field, hits in found.items() if hits}
        if not found:
            if kept:
                say(f"note: this goal may identify a client ({'; '.join(kept)}); you chose to go on with it.")
            return statement
        hits = list(dict.fromkeys(hit for field_hits in found.values() for hit in field_hits))
        if state["yes"]:
            say(f"warning: this goal may identify a client: {'; '.join(hits)}.")
            return statement
        choice = privacy_choice(hits, what="this goal")
        if choice == "save":
            return statement
        if choice == "draft":
            return None
        for field in found:
            if field == "wording":
                statement = _edited(state, "edit wording", use.PRIVATE_FIELDS[field], statement)
                state["wording"] = statement
                _from_wording(values, statement, day, state)
                if show is not None:  # what the edit scores, before it is saved
                    show(statement)
            elif field.startswith("step "):
                n = int(field.split()[1]) - 1
                steps[n] = _edited(state, f"edit {field}", f"Step {n + 1}", steps[n])
            elif field != "statement":
                values[field] = _edited(state, f"edit {field}", use.PRIVATE_FIELDS[field], values[field])
        if "statement" in found:
            # The first sentence would stay in the goal's history: the edited wording takes its place.
            values["statement"] = statement
            say("  Your first sentence is replaced by the wording above (it is not kept in the goal's history).")


def _edited(state: dict, key: str, label: str, text: str, *, keeps: str = "it as it was") -> str:
    """``text`` edited by the person (on the input line where the terminal
    allows); Enter on an emptied line keeps it as it was, and says so."""
    state["asking"] = key
    edited = edit_line(label, text, keeps=keeps)
    state["asking"] = None
    return edited


def card_of(values: dict, aspirations: list[str], declared: list[str], day: dt.date, statement: str,
            state: dict) -> dict:
    return use.draft_card(values, aspirations, declared, today=day, statement=statement,
                          descriptions=state["described"])
