"""One SMART sentence from a first sentence and the drafting answers.

Pure: the parts in, the sentence out ("Complete the EMDR basic training for
adults with PTSD (50 training hours) by June 30, 2027, so that I can treat
veterans with PTSD"). The concrete detail, when given, replaces a vague
headline; a deadline phrase already in the words gives way to the exact date.
"""

from __future__ import annotations

import datetime as dt
import re

from clingoals.dates import RATE, find_deadline
from clingoals.numbers import number
from clingoals.smart.vocabulary import CLOCK_TIME, FREQUENCY_COUNT, ON_DAYS

_DEADLINE_TRIGGER = r"(?:\b(?:by|before|within|in|over|through|thru|until|till|due|on|for)\s+(?:the\s+)?)?"
_EVERY = re.compile(RATE + "|" + ON_DAYS.pattern)  # "a day", "each weekday", "on weekends": a habit
_RATIONALE_START = ("so that", "so i ", "to ", "because", "in order", "for ", "which ", "as ")


def _without_deadline(text: str, today: dt.date) -> str:
    found = find_deadline(text, today)
    if found is None:
        return text
    pattern = re.compile(_DEADLINE_TRIGGER + re.escape(found.phrase), re.IGNORECASE)
    return pattern.sub("", text, count=1)


def _tidy(text: str) -> str:
    text = " ".join((text or "").split()).strip(" ,;:.")
    return text[:1].upper() + text[1:]


def _reason(why: str) -> str:
    why = " ".join(why.split()).strip(" ,;:.")
    lowered = why.lower()
    if lowered.startswith(_RATIONALE_START):
        return why[:1].lower() + why[1:]
    if lowered.startswith("so "):  # "so my clients get ...": the person's own "so that"
        return "so that " + why[3:].lstrip()
    if lowered.startswith(("i want", "i need", "i'd like", "i would like", "i love", "i care", "i am ",
                           "i'm ", "i feel", "my ")):
        return "because " + why
    if lowered.startswith(("i ", "i'll ")):
        return "so that " + why
    return "so that I can " + why[:1].lower() + why[1:]


def _already_said(part: str, lowered: str) -> bool:
    words = [w for w in re.findall(r"[a-z0-9]+", part.lower()) if len(w) > 2]
    said = set(re.findall(r"[a-z0-9]+", lowered))
    return not words or sum(w in said for w in words) * 2 > len(words)


def format_deadline(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def compose_statement(first: str, *, today: dt.date, specific: str | None = None,
                      target: float | None = None, unit: str | None = None, metric: str | None = None,
                      deadline: dt.date | None = None, why: str | None = None) -> str:
    """The goal in one sentence: what (the detail, else the first sentence),
    the measure, the deadline, and why."""
    core = _tidy(_without_deadline(specific if specific and specific.strip() else first, today))
    lowered = core.lower()
    if target is not None and unit:
        measure = f"{number(target)} {unit.strip()}"
        if measure.lower() not in lowered:
            core += f" ({measure})"
    elif metric and metric.strip() and not _already_said(metric, lowered):
        core += f" ({metric.strip()})"
    if deadline is not None:
        # A habit keeps going until the date; a task is done by it.
        until = "through" if (FREQUENCY_COUNT.search(lowered) or _EVERY.search(lowered)
                              or CLOCK_TIME.search(lowered)) else "by"
        core += f" {until} {format_deadline(deadline)}"
    if why and why.strip() and why.strip().lower() not in lowered:
        core += ", " + _reason(why)
    return core
