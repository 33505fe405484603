"""What a goal is about, for the examples it is asked with: one's own sleep,
exercise, family, another life goal, or work. The guided questions of
``goals add`` read this table, and the card's Achievable hint reads its sleep
row and :func:`about_own_sleep` (as ``scorer.resource_kind``), so the hint
never asks for what the question doesn't (trial 12 C3: a sleep goal's card
asked for hours a week while its question, rightly, asked for a plan); the
card's Measurable and Specific hints give examples by kind too (:data:`RESULTS`,
:data:`WHICH`).
Pure. (The patterns are the vocabulary's, on lower-cased text.)"""

from __future__ import annotations

from typing import Callable

from clingoals.smart import vocabulary as v

# The examples the guided questions give, by what the goal is about (:func:`example_kind`):
# a family goal is not asked for '50 training hours' (trial 10 P2). Money's own plan example is asked
# where money's questions are. "aspiration" is the one the card's Relevant advice offers to declare
# when none declared fits (a family goal is offered 'close to my family', not 'rested and healthy').
EXAMPLES = {
    "work": {"specific": "Name the training, modality, credential, population or setting",
             "measure": "20 CE hours", "target": "50 training hours", "plan": "course, mentor, fees, time off",
             "why": "so that I can supervise associates", "aspiration": "clinical supervisor"},
    "family": {"specific": "Name the action, and when or where (e.g. 'call my parents on Sunday evenings')",
               "measure": "2 evenings a week", "target": "16 visits or calls",
               "plan": "a set time, a reminder, who to include",
               "why": "so that I stay close to the people I love", "aspiration": "close to my family"},
    "sleep": {"specific": "Name the action, and when or where (e.g. 'be in bed by 10:30 on weeknights')",
              "measure": "7 hours a night", "target": "60 nights", "plan": "a set bedtime, a wind-down routine",
              "why": "so that I wake up rested for my clients and my family",
              "aspiration": "rested and healthy"},
    "exercise": {"specific": "Name the action, and when or where (e.g. 'walk 30 minutes after lunch')",
                 "measure": "30 minutes, 5 days a week", "target": "40 walks",
                 "plan": "a time slot, gear, someone to go with", "why": "so that I have energy for my family",
                 "aspiration": "rested and healthy"},
    "money": {"specific": "Name the amount and what it's for (e.g. 'pay off the $4,500 credit card')",
              "measure": "$300 a month", "target": "$1,500", "plan": "an account, a transfer, costs to cut",
              "why": "so that my family has a cushion", "aspiration": "debt free"},
    "boundary": {"specific": "Name the limit and when it holds (e.g. 'no work email after 7pm on weekdays')",
                 "measure": "4 evenings a week", "target": "40 evenings",
                 "plan": "a calendar block, an auto-reply, who to tell", "why": "so that I have my evenings for my family",
                 "aspiration": "rested and healthy"},
    "personal": {"specific": "Name the action, and when or where (e.g. 'meditate 10 minutes before work')",
                 "measure": "3 evenings a week", "target": "12 sessions", "plan": "time, a reminder, someone to help",
                 "why": "so that I have energy for my family", "aspiration": "rested and healthy"},
}



def _searched(lowered: str) -> Callable[[object], bool]:
    return lambda pattern: pattern.search(lowered) is not None


def about_own_sleep(text: str, has: Callable[[object], bool] | None = None) -> bool:
    """Whether ``text`` is about one's own sleep (sleep takes no hours out of
    the week). ``has(pattern)``: whether the lower-cased text has a match of a
    vocabulary pattern (the scorer answers from its gated, kept searches)."""
    has = has or _searched(text.lower())
    return has(v.SLEEP) and not has(v.WORK_SESSIONS)


def _kind(has: Callable[[object], bool]) -> str | None:
    """"sleep", "family", "exercise" or "boundary" as the words alone say it, else None."""
    if has(v.SLEEP) and not has(v.WORK_SESSIONS):
        return "sleep"
    if has(v.KIN) or has(v.FRIENDS):
        return "family"
    if has(v.EXERCISE) and not has(v.WORK_SESSIONS):
        return "exercise"
    if has(v.BOUNDARY):
        return "boundary"
    if has(v.THE_FAMILY) and not has(v.WORK_SESSIONS):
        return "family"  # ("Read with the kids on school nights"; not "a group for the kids at the clinic")
    return None


def life_kind(text: str) -> str | None:
    """:func:`_kind` of a lower-cased text: "sleep", "family", "exercise",
    "boundary" (one's own life, as its words alone say it), else None."""
    return _kind(_searched(text))


def example_kind(text: str, personal: Callable[[], bool], money: Callable[[], bool] = lambda: False,
                 has: Callable[[object], bool] | None = None) -> str:
    """What a goal's examples should be about (trial 10 P2, trial 14 P3):
    "sleep", "money" (putting money aside, paying it off, spending kept
    under a limit), "exercise", "family" (one's own
    family, partner, friends), "boundary" (work kept to its hours: leaving
    on time, no work email after 7pm), "personal" (another life goal: one's
    own therapy, a practice) or "work". ``text``: the goal's words (its
    sentence, detail and measure); ``personal`` and ``money``: asked whether
    it reads as a personal goal (one's own sleep and money are, however they
    are filed) and whether it is about money; ``has`` as for :func:`about_own_sleep`."""
    kind = _kind(has or _searched(text.lower()))
    if kind == "sleep":
        return kind
    if money():
        return "money"
    if not personal():
        return "work"
    return kind or "personal"


# The results a goal can be checked by, by what it is about: the card's Measurable advice for a goal
# whose outcome is not yet checkable ("Run a 10k in the spring" was offered 'pass the licensing exam':
# trial 15 C1). Read by the words alone (the card has no "personal" to ask), so "personal" is not a row.
RESULTS = {
    "work": "pass the licensing exam, submit the application, complete the named course",
    "exercise": "finish the race, 30 minutes without stopping, 3 workouts a week",
    "family": "dinner together 2 evenings a week, a call every Sunday, the trip booked",
    "sleep": "in bed by 10:30 on weeknights, 7 hours a night",
    "boundary": "no work email after 7pm on 4 evenings a week, out of the office by 5:30",
}


def result_examples(text: str, has: Callable[[object], bool] | None = None) -> str:
    """The checkable results to offer a goal as examples (:data:`RESULTS`),
    by what its words say it is about: sleep, exercise, family, a boundary,
    else work. ``has`` as for :func:`about_own_sleep`."""
    return RESULTS[_kind(has or _searched(text.lower())) or "work"]


# Things named exactly, by what the goal is about: the card's Specific advice for a goal naming
# only a kind of thing (trial: a private practice goal was offered 'take my statin'). "everyday"
# (health, habits: the words name no kind below and nothing of the field) keeps the examples it had.
WHICH = {
    "work": "'see 5 self-pay adults with anxiety a week', 'the 12-hour ethics course', "
            "'a DBT skills group for teens', 'meet 3 colleagues from my consultation group'",
    "exercise": "'jog 30 minutes', 'a beginners' yoga class', 'swim 20 laps'",
    "family": "'dinner with the kids', 'call my mom on Sunday evenings', 'a Saturday at the library with the kids'",
    "sleep": "'in bed by 10:30', 'the phone out of the bedroom', 'a 20-minute wind-down'",
    "boundary": "'no work email after 7pm', 'out of the office by 5:30', 'no notes on weekends'",
    "money": "'pay $500 a month toward my loans', 'put $200 a month into savings', 'the $4,500 credit card'",
    "everyday": "'jog 30 minutes', 'a beginners' yoga class', 'take my statin', "
                "'meet 3 colleagues from my consultation group'",
}


def which_examples(text: str, has: Callable[[object], bool] | None = None, *, work: bool = False,
                   money: bool = False) -> str:
    """The things named exactly to offer a goal as examples (:data:`WHICH`),
    by what its words say it is about: sleep, family, exercise, a boundary,
    else money when ``money`` (trial 3 #10: "save money" was offered 'jog 30
    minutes'), else work when ``work`` (it names the field), else everyday
    ones. ``has`` as for :func:`about_own_sleep`."""
    return WHICH[_kind(has or _searched(text.lower())) or ("money" if money else "work" if work else "everyday")]


# Observable actions, by what a goal of one's own life is about: the card's Specific advice for a
# vague goal ("sleep better" was offered 'complete the EMDR basic training': trial 3 #10). A work
# goal, or one the words don't place, keeps the scorer's own examples.
ACTIONS = {
    "sleep": "'lights out by 10:30 on weeknights' or 'the phone out of the bedroom by 10'",
    "money": "'pay $500 a month toward my loans' or 'put $200 a month into savings'",
    "family": "'home by 6 for dinner with the kids' or 'call my mom on Sunday evenings'",
    "exercise": "'walk 30 minutes after lunch' or 'swim 20 laps twice a week'",
    "boundary": "'no work email after 7pm' or 'out of the office by 5:30'",
}


def action_examples(text: str, has: Callable[[object], bool] | None = None, *, money: bool = False) -> str | None:
    """The observable actions to offer a vague goal as examples
    (:data:`ACTIONS`), by what its words say it is about, money when
    ``money``; None for any other goal. ``has`` as for :func:`about_own_sleep`."""
    kind = _kind(has or _searched(text.lower())) or ("money" if money else None)
    return ACTIONS.get(kind) if kind else None
