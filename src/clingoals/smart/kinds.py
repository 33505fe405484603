"""What a goal is about, for the examples it is asked with: one's own sleep,
exercise, family, another life goal, or work. The guided questions of
``goals add`` and the card's Achievable hint read this one table, so the
hint never asks for what the question doesn't (trial 12 C3: a sleep goal's
card asked for hours a week while its question, rightly, asked for a plan).
Pure; only ``re`` at import (the guided conversation imports it)."""

from __future__ import annotations

import re
from typing import Callable

# The examples the guided questions give, by what the goal is about (:func:`example_kind`):
# a family goal is not asked for '50 training hours' (trial 10 P2). Money's own plan example is asked
# where money's questions are.
EXAMPLES = {
    "work": {"specific": "Name the training, modality, credential, population or setting",
             "measure": "20 CE hours", "target": "50 training hours", "plan": "course, mentor, fees, time off",
             "why": "so that I can supervise associates"},
    "family": {"specific": "Name the action, and when or where (e.g. 'call my parents on Sunday evenings')",
               "measure": "2 evenings a week", "target": "16 visits or calls",
               "plan": "a set time, a reminder, who to include",
               "why": "so that I stay close to the people I love"},
    "sleep": {"specific": "Name the action, and when or where (e.g. 'be in bed by 10:30 on weeknights')",
              "measure": "7 hours a night", "target": "60 nights", "plan": "a set bedtime, a wind-down routine",
              "why": "so that I wake up rested for my clients and my family"},
    "exercise": {"specific": "Name the action, and when or where (e.g. 'walk 30 minutes after lunch')",
                 "measure": "30 minutes, 5 days a week", "target": "40 walks",
                 "plan": "a time slot, gear, someone to go with", "why": "so that I have energy for my family"},
    "personal": {"specific": "Name the action, and when or where (e.g. 'leave work by 6 on weekdays')",
                 "measure": "3 evenings a week", "target": "12 sessions", "plan": "time, a reminder, someone to help",
                 "why": "so that I have energy for my family"},
}

# A goal about the person's own sleep ("sleep 7 hours a night", "be in bed by 10:30"), not about
# clients' sleep or a training on it.
_SLEEP = re.compile(r"\b(?:sleep|sleeping|slept|asleep|bedtime|(?:in|to)\s+bed|naps?|napping)\b", re.IGNORECASE)
# Exercise of one's own ("walk 30 minutes after lunch", "swim twice a week", "yoga on Saturdays").
_EXERCISE = re.compile(r"\b(?:walk|walks|walking|run|runs|running|jog|jogs|jogging|swim|swims|swimming|gym|yoga|"
                       r"pilates|exercise|exercising|workouts?|work\s+out|bike|biking|cycling|hike|hikes|hiking|"
                       r"lift|lifting|weights|stretch|stretching|steps|cardio|dance|dancing|tennis|climbing)\b",
                       re.IGNORECASE)
# Friends are the relationships a clinician's family words (vocabulary.KIN) don't name.
_FRIENDS = re.compile(r"\b(?:my|our)\s+(?:(?:close|old|best)\s+)?friends?\b", re.IGNORECASE)


def about_own_sleep(text: str) -> bool:
    """Whether ``text`` is about one's own sleep (sleep takes no hours out of the week)."""
    from clingoals.smart.vocabulary import WORK_SESSIONS

    return _SLEEP.search(text) is not None and WORK_SESSIONS.search(text.lower()) is None


def _kind(text: str) -> str | None:
    """"sleep", "family" or "exercise" as the words alone say it, else None."""
    from clingoals.smart.vocabulary import KIN, WORK_SESSIONS

    if about_own_sleep(text):
        return "sleep"
    lowered = text.lower()
    if KIN.search(lowered) or _FRIENDS.search(text):
        return "family"
    if _EXERCISE.search(text) and WORK_SESSIONS.search(lowered) is None:
        return "exercise"
    return None


def example_kind(text: str, personal: Callable[[], bool]) -> str:
    """What a goal's examples should be about (trial 10 P2): "sleep",
    "exercise", "family" (one's own family, partner, friends), "personal"
    (another life goal: boundaries, one's own therapy) or "work". ``text``:
    the goal's words (its sentence, detail and measure); ``personal``: asked
    whether it reads as a personal goal (one's own sleep is, however it is filed)."""
    kind = _kind(text)
    if kind == "sleep":
        return kind
    if not personal():
        return "work"
    return kind or "personal"


def plan_examples(text: str, personal: Callable[[], bool]) -> str | None:
    """The plan examples the guided question gives a goal about one's own
    sleep, exercise or family (:func:`example_kind`), else None (a work or
    other life goal: its card says "a plan" as it did). ``personal`` is
    asked only for a goal whose words name exercise or family."""
    kind = _kind(text)
    if kind is None or (kind != "sleep" and not personal()):
        return None
    return EXAMPLES[kind]["plan"]
