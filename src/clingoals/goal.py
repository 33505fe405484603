"""What a goal is, apart from where it is stored: statuses, derived fields
(horizon, days left, progress) and the JSON shape other tools depend on.

Pure: records in, plain data out; ``today`` is always an argument.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from dateutil.relativedelta import relativedelta

from clingoals.errors import InvalidInput
from clingoals.numbers import CURRENCY_UNITS, amount, counted, figure, number, quantity, unit_for

STATUSES = ("draft", "active", "paused", "done", "dropped")
OPEN_STATUSES = ("draft", "active", "paused")
# The one table of status changes: new status -> the statuses a goal may come
# from. Every command and the weekly review go through it (check_transition).
# Pausing a draft is allowed everywhere: it parks an idea without losing it.
# A done goal reopens ('goals resume'): one mistyped id must not end a goal
# for good; the history keeps both changes.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "active": ("draft", "paused", "dropped", "done"),
    "paused": ("draft", "active"),
    "done": OPEN_STATUSES,
    "dropped": OPEN_STATUSES,
}
# The command that makes a goal active: named when another change is refused.
REOPEN_COMMAND = "goals resume"


def undo_hint(goal_id: int, status: str) -> str:
    """What to type when a goal was marked done or dropped by mistake: said
    after every such change ('goals done', the review), since nothing named
    undo exists to guess."""
    return f"{status.capitalize()} by mistake? '{REOPEN_COMMAND} {goal_id}' makes it active again."


HORIZONS = ("short", "long")
DOMAINS = ("professional", "personal")
SHORT_TERM_MONTHS = 12
TITLE_LENGTH = 60


def derive_horizon(start: dt.date, deadline: dt.date) -> str:
    """Short-term when the deadline is within 12 months of the start."""
    return "short" if deadline <= start + relativedelta(months=SHORT_TERM_MONTHS) else "long"


def restated(record: dict, deadline: dt.date, today: dt.date) -> dict:
    """A goal's new deadline in its own words: when the statement names the
    old deadline ("... by April 30, 2027"), the statement saying the new one
    (and a title made from the statement following it), else {} (a
    statement with no date, or another date, is the person's to change)."""
    from clingoals.smart.compose import with_deadline

    old, statement = as_date(record.get("deadline")), record.get("statement") or ""
    if old is None or old == deadline or not statement:
        return {}
    text = with_deadline(statement, old, deadline, today=today, written=(as_date(record.get("start_date")),))
    if text is None or text == statement:
        return {}
    changes = {"statement": text}
    if title_follows(record.get("title"), statement):
        changes["title"] = make_title(text)
    return changes


def rhythm_count(record: dict, deadline: dt.date) -> dict | None:
    """Trial 14 C4: a rhythm goal's count of occasions for a new deadline
    ("on weeknights" from Nov 24 through March 31, 2027: 92 nights), when its
    target is the count that rhythm makes from its start through its old
    deadline (guided add's count, :func:`clingoals.smart.scorer.occasions_in`):
    {"target", "unit", "said" (the rhythm's words)}; else None (a count the
    person chose, no rhythm, not a count of occasions, the same count)."""
    from clingoals.numbers import singular_word
    from clingoals.smart.scorer import occasions_in, times_a_week

    measure = record.get("measure") or {}
    target = record["target"] if "target" in record else measure.get("target")
    unit = (record["unit"] if "unit" in record else measure.get("unit")) or ""
    metric = record["metric"] if "metric" in record else measure.get("metric")
    start, old = as_date(record.get("start_date")), as_date(record.get("deadline"))
    if not target or not unit.strip() or start is None or old is None or old == deadline or deadline < start:
        return None
    if singular_word(unit.strip().lower().split()[-1]) not in _OCCASIONS:
        return None
    rhythm = times_a_week(" ".join(t for t in (record.get("statement"), metric) if t))
    if rhythm is None:
        return None
    per_week, said = rhythm[0], rhythm[1].lower()
    if occasions_in(said, per_week, start, old) != target:
        return None
    count = occasions_in(said, per_week, start, deadline)
    if count < 2 or count == target:
        return None
    return {"target": float(count), "unit": unit.strip(), "said": said}


# What one occasion of a rhythm goal is called when they are counted, by the goal's first word.
_COUNTED_AS = {"walk": "walks", "run": "runs", "jog": "jogs", "swim": "swims", "ride": "rides", "bike": "rides",
               "cycle": "rides", "hike": "hikes", "exercise": "workouts", "lift": "workouts", "sleep": "nights"}
# An evening a goal names as what it counts ("Date nights with my partner", "game night with the kids").
_NAMED_OCCASION = re.compile(r"\W*(?:(?:have|plan|keep|do|hold|schedule)\s+(?:a\s+)?)?(date|game|movie|family)\s+nights?\b",
                             re.IGNORECASE)
_EACH_DAY = re.compile(r"\b(?:a|per|each)\s+(day|night)\b", re.IGNORECASE)
# What a weekly rhythm counts ("5 nights a week"), and the word after its number, where a slip of
# the keys is read as the word meant ("5 nigths a week": trial 18 F12).
_OCCASION_WORDS = ("days", "nights", "mornings", "evenings", "afternoons", "weekdays", "weeknights", "weekends",
                   "times")
_COUNTED_WORD = re.compile(r"\b(\d+|one|two|three|four|five|six|seven)\s+([a-z]+)(?=\s+(?:a|per|each|every)\s+week\b)",
                           re.IGNORECASE)


# A rhythm slower than weekly, as times a week: "twice a month", "once a month", "monthly", "every other
# week", "every two weeks", "biweekly", "fortnightly". Not a sum put aside ("$200 a month": money has
# its own reading), nor a count of something else ("2 articles a month" says how many, not how often).
_SLOWER_RHYTHM = re.compile(
    r"(?<![$€£¥\d,.])\b(?:(?P<count>\d+|one|two|three|four|once|twice|thrice)\s*(?:x|times)?\s*(?:a|per|each|every)\s+"
    r"(?P<span>month|(?:two|2|other)\s+weeks?|fortnight)|(?P<monthly>monthly|every\s+month|each\s+month)|"
    r"(?P<biweekly>every\s+other\s+week|every\s+(?:two|2)\s+weeks|biweekly|bi-weekly|fortnightly))\b",
    re.IGNORECASE)
_SLOWER_COUNTS = {"one": 1, "once": 1, "two": 2, "twice": 2, "three": 3, "thrice": 3, "four": 4}
WEEKS_A_MONTH = 365.25 / 12 / 7


def slower_rhythm(words: str) -> tuple[float, str] | None:
    """How many times a week a rhythm slower than weekly comes to ("twice a
    month": 2 / 4.35; "every other week": 0.5), with its words, or None
    (a sum a month, "$200 a month", is not an occasion)."""
    if re.search(r"[$€£¥]|\bdollars?\b", words, re.IGNORECASE):
        return None
    found = _SLOWER_RHYTHM.search(words)
    if found is None:
        return None
    if found.group("biweekly"):
        return 0.5, found.group(0).lower()
    if found.group("monthly"):
        return 1 / WEEKS_A_MONTH, found.group(0).lower()
    count = found.group("count").lower()
    count = float(_SLOWER_COUNTS.get(count) or count)
    per = 1 / WEEKS_A_MONTH if found.group("span").lower() == "month" else 0.5
    return count * per, found.group(0).lower()


def occasions_spelled(words: str) -> str:
    """``words`` with the occasions of a weekly rhythm spelled as meant when
    typed a letter or two off ("5 nigths a week" -> "5 nights a week"; a word
    that starts with another letter, "5 lights a week", is left as typed)."""
    from clingoals.suggest import typo_of

    def spelled(match: re.Match) -> str:
        typed = match.group(2)
        meant = typo_of(typed, _OCCASION_WORDS, cutoff=0.8)
        return f"{match.group(1)} {meant}" if meant and meant[0] == typed[0].lower() else match.group(0)

    return _COUNTED_WORD.sub(spelled, words)


def occasions_called(statement: str, rhythm: str) -> str:
    """What the count of a rhythm goal's occasions counts: "walks" for
    "walk 30 minutes ...", the occasions the rhythm names ("5 nights a week"),
    else those the goal names ("evenings" for "keep evenings phone-free ...
    on weeknights"), "nights" for a sleep goal or weeknights, "times" for "3 times a week", "weeks" for
    "every week", else "days" ("5 days a week", "on weekdays")."""
    from clingoals.smart.kinds import about_own_sleep

    words = statement.split()
    first = words[0].lower() if words else ""
    if first in _COUNTED_AS:
        return _COUNTED_AS[first]
    named = _NAMED_OCCASION.match(statement)
    if named:  # "Date nights with my partner twice a month": date nights (trial 23 #9)
        return f"{named.group(1).lower()} nights"
    said = rhythm.lower()
    for part in ("night", "morning", "evening"):  # "5 nights a week", "every morning"
        if re.search(r"\b" + part + r"s?\b", said):
            return part + "s"
    for part in ("evening", "morning"):  # "keep evenings phone-free on weeknights": evenings (trial 13 C7)
        if re.search(r"\b" + part + r"s?\b", statement, re.IGNORECASE):
            return part + "s"
    if "night" in said or about_own_sleep(statement):
        return "nights"
    if re.search(r"\b(?:times?|once|twice|thrice)\b|\dx\b", said):
        return "times"
    if re.search(r"\b(?:every|each)\s+week\b|\bweekly\b", said):  # "meal prep every week": 18 weeks
        return "weeks"
    if slower_rhythm(said):  # "monthly", "every other week": the times it comes
        return "times"
    return "days"


def rhythm_total(words: str, statement: str, start: dt.date, deadline: dt.date) -> dict | None:
    """The one count of a rhythm's occasions (guided add's offer, the review's
    new target, trial 13 C7): how many the weekly rhythm ``words`` say ("5
    nights a week", "on weeknights", "30 minutes a day": every day; "5 nigths
    a week" too, :func:`occasions_spelled`) make from
    ``start`` through ``deadline`` (:func:`clingoals.smart.scorer.occasions_in`),
    named for ``statement`` (:func:`occasions_called`): {"target", "unit",
    "said" (the rhythm's words)}; None when they say no weekly rhythm or it
    makes fewer than 2."""
    from clingoals.smart.scorer import occasions_in, times_a_week

    words = occasions_spelled(words)
    rhythm = times_a_week(words)
    if rhythm is None:  # "7 hours a night", "30 minutes a day": every one
        each = _EACH_DAY.search(words)
        rhythm = (7.0, "every " + each.group(1).lower()) if each else None
    if rhythm is None:  # "twice a month", "every other week" (trial 23 #9: no count was offered)
        rhythm = slower_rhythm(words)
    if rhythm is None:
        return None
    per_week, said = rhythm
    count = occasions_in(said, per_week, start, deadline)
    if count < 2:
        return None
    return {"target": float(count), "unit": occasions_called(statement, said), "said": said}


def recounted(statement: str | None, old: float | None, new: float, unit: str | None) -> str | None:
    """``statement`` with the count it names in brackets ("(69 nights)", as
    guided add writes the target into the sentence) saying ``new`` instead,
    or None when it names no such count (trial 14 C4)."""
    if not statement or not old or not unit or old == new:
        return None
    pattern = re.compile(r"\(" + re.escape(number(old)) + r"\s+" + re.escape(unit.strip()) + r"\)", re.IGNORECASE)
    if len(pattern.findall(statement)) != 1:
        return None
    return pattern.sub(lambda m: f"({number(new)} {unit_for(new, unit.strip())})", statement)


def count_follows(record: dict, changes: dict) -> dict:
    """The statement (and a title made from it) after ``changes`` give a
    new target, when the statement names the old one in brackets ("(69
    nights)": the count follows, as "... by April 30" follows a new
    deadline), else {}. ``changes`` may hold a statement already restated."""
    if "target" not in changes or changes["target"] is None:
        return {}
    measure = record.get("measure") or {}
    old = record["target"] if "target" in record else measure.get("target")
    unit = changes.get("unit") or (record["unit"] if "unit" in record else measure.get("unit"))
    base = changes.get("statement") or record.get("statement")
    text = recounted(base, old, changes["target"], unit)
    if text is None:
        return {}
    follows = {"statement": text}
    if title_follows(record.get("title"), record.get("statement")):
        follows["title"] = make_title(text)
    return follows


def other_date_said(statement: str | None, deadline: dt.date, today: dt.date) -> str | None:
    """The deadline phrase of a statement that names a date other than
    ``deadline`` ("by June 30, 2026"), or None: after a new deadline left a
    statement that already disagreed as it was, the person is told."""
    from clingoals.dates import find_deadline

    found = find_deadline(statement or "", today)
    return found.phrase if found is not None and found.date != deadline else None


def make_title(statement: str) -> str:
    """A short title from the statement: first line, cut at a word boundary."""
    line = " ".join(statement.split())
    if len(line) <= TITLE_LENGTH:
        return line.rstrip(".")
    cut = line[:TITLE_LENGTH].rsplit(" ", 1)[0] or line[:TITLE_LENGTH]
    return cut.rstrip(",;:.") + "…"


def title_follows(title: str | None, statement: str | None) -> bool:
    """Whether ``title`` was derived from ``statement`` (not chosen by the
    person), so that it follows the statement when the statement changes."""
    return bool(statement) and (title or "") == make_title(statement)


def full_title(title: str | None, statement: str | None) -> str | None:
    """The title as data: one derived from the statement (and cut to fit a
    table when it was made) is the whole statement line again; one the
    person chose stays as they wrote it. Views cut it where they must."""
    if title_follows(title, statement):
        return " ".join(statement.split()).rstrip(".")
    return title


DEADLINE_HORIZON_YEARS = 50  # a career's length: further than that is a typo ("in 300 years")


def latest_deadline(today: dt.date) -> dt.date:
    """The furthest deadline a goal may have."""
    return today + relativedelta(years=DEADLINE_HORIZON_YEARS)


def check_deadline_horizon(deadline: dt.date, today: dt.date) -> dt.date:
    """A deadline no more than DEADLINE_HORIZON_YEARS ahead (DateError otherwise,
    so a prompt that re-asks on an unreadable date re-asks on this too)."""
    from clingoals.errors import DateError

    if deadline > latest_deadline(today):
        years = (deadline - today).days // 365
        raise DateError(f"The deadline {deadline.isoformat()} is {years} years away; a goal's deadline can be "
                        f"at most {DEADLINE_HORIZON_YEARS} years ahead.")
    return deadline


def as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def check_status(status: str) -> str:
    status = status.strip().lower()
    if status not in STATUSES:
        raise InvalidInput(f"Unknown status {status!r}; use one of: {', '.join(STATUSES)}.")
    return status


def check_transition(goal_id: int, current: str, new: str) -> None:
    """Raise unless a goal may go from ``current`` to ``new`` (see TRANSITIONS)."""
    if current == new:
        raise InvalidInput(f"Goal {goal_id} is already {new}.")
    allowed = TRANSITIONS.get(new, ())
    if current not in allowed:
        way = (f" '{REOPEN_COMMAND} {goal_id}' makes it active again first."
               if new != "active" and current in TRANSITIONS["active"] else "")
        raise InvalidInput(f"Goal {goal_id} is {current}; only a {' or '.join(allowed)} goal can become {new}.{way}")


def check_horizon(horizon: str | None, *, allow_auto: bool = False) -> str | None:
    """short, long (or auto, meaning derive it, when ``allow_auto``); None passes."""
    if horizon is None:
        return None
    horizon = horizon.strip().lower()
    allowed = (*HORIZONS, "auto") if allow_auto else HORIZONS
    if horizon not in allowed:
        raise InvalidInput(f"Unknown horizon {horizon!r}; use {', '.join(allowed[:-1])} or {allowed[-1]}.")
    return horizon


def check_domain(domain: str | None) -> str | None:
    if domain is not None and domain not in DOMAINS:
        raise InvalidInput(f"Unknown domain {domain!r}; use professional or personal.")
    return domain


def check_not_future(day: dt.date, today: dt.date, why: str = "") -> dt.date:
    """Things that happened (progress, credits, entries, assessments) can't be
    dated after today. ``why`` finishes the message, e.g. "log progress once it happened"."""
    if day > today:
        raise InvalidInput(f"{day.isoformat()} is in the future" + (f"; {why}." if why else "."))
    return day


def check_progress_date(day: dt.date, today: dt.date) -> dt.date:
    """Progress is logged on a day that happened."""
    return check_not_future(day, today, "log progress once it happened")


def check_status_date(day: dt.date, today: dt.date, status: str) -> dt.date:
    """A status change (``--on``) is dated on a day that happened."""
    return check_not_future(day, today, f"a goal can only be {status} once it happened")


def check_step_text(text: str | None, *, editing: bool = False) -> str:
    """A step says what to do: its text can't be empty."""
    text = (text or "").strip()
    if not text:
        raise InvalidInput("The step text is empty" + ("; 'goals step remove' removes a step." if editing else "."))
    return text


def check_aspiration_name(name: str | None) -> str:
    name = (name or "").strip()
    if not name:
        raise InvalidInput("The aspiration needs a name, e.g. 'clinical supervisor'.")
    return name


def unknown_aspiration(name: str, declared, *, option: str = "--aspiration") -> str:
    """The words refusing ``name``, no declared aspiration: a name typed
    slightly wrong gets the declared one to give ``option`` instead, another
    how to add it (``goals add``, ``goals edit`` and ``goals check`` say the same)."""
    from clingoals.suggest import closest

    meant = closest(name, list(declared))
    if meant:
        return f"Unknown aspiration {name!r}. Did you mean {meant!r}? Use {option} {meant!r}."
    if option != "--aspiration":  # nothing to add for a link to take away
        return f"Unknown aspiration {name!r}. 'goals aspiration list' shows yours."
    return f"Unknown aspiration {name!r}. Add it first: goals aspiration add {name!r}"


def check_confidence(confidence: int | None) -> int | None:
    if confidence is not None and (isinstance(confidence, bool) or not isinstance(confidence, int)):
        raise InvalidInput(f"Confidence must be a whole number from 0 to 10 (got {confidence!r}).")
    if confidence is not None and not 0 <= confidence <= 10:
        raise InvalidInput(f"Confidence must be between 0 and 10 (got {confidence}).")
    return confidence


NUMBER_LIMIT = 1e12  # beyond any real target or value, and sums of them stay finite (strict JSON)


def check_finite(name: str, value: float | None) -> float | None:
    """A real number (not NaN, not infinite, at most a trillion either way); None passes."""
    if value is not None and value != value:
        raise InvalidInput(f"{name} must be a real number (got {value}).")
    if value is not None and abs(value) > NUMBER_LIMIT:
        # typed numbers too big for a float (1e400) arrive here as infinity
        got = f" (got {number(value)})" if abs(value) != float("inf") else ""
        if value < 0:
            raise InvalidInput(f"{name} is too far below zero: it must be at least -{NUMBER_LIMIT:,.0f}{got}.")
        raise InvalidInput(f"{name} is too large: it must be at most {NUMBER_LIMIT:,.0f}{got}.")
    return value


def check_number(name: str, value: float | None, *, allow_zero: bool = True) -> float | None:
    """Targets, baselines and hours: finite and not negative."""
    if value is None:
        return None
    if not value < 0:  # a negative target is refused as negative, not as too large
        check_finite(name, value)
    if value < 0 or (value == 0 and not allow_zero):
        raise InvalidInput(f"{name} must be {'zero or more' if allow_zero else 'more than zero'} (got {number(value)}).")
    return value


# A target typed as words: a number, then what it counts ("50 training hours", "about 1,200 CE hours", "20").
_NUMBER_AND_UNIT = (r"^\s*(?:(?:about|around|roughly|approximately|at least|~)\s*)?"
                    r"([$€£¥]?\s*\d[\d,]*(?:\.\d+)?(?:e[+-]?\d+)?{k})\s*(.*?)\s*$")  # 1e6 as --target takes it
# the same with a sum in thousands ("$1.5k", "2k dollars"), read as such of money only
_IN_THOUSANDS = _NUMBER_AND_UNIT.replace("{k}", r"(?:k(?![\w.,]))?")
_NUMBER_AND_UNIT = _NUMBER_AND_UNIT.replace("{k}", "")
# "5 nights a week", "3 times per day": a rate, which logged progress can't add up to
_RATE_WORDS = r"|\b(?:daily|nightly|weekly|monthly|yearly)\b"  # after dates.RATE, read on first use


def currency_unit(typed: str) -> str | None:
    """What a sum typed with its currency sign counts ("$3,000" -> "dollars"), else None."""
    return CURRENCY_UNITS.get(typed.strip()[:1])


def read_measure(text: str) -> tuple[float, str | None, str | None]:
    """:func:`read_target` for the question "how will you know you got
    there?", with the words that say what a sum of money is: a number typed
    with its currency sign counts that currency, and the words after it
    (unless they only name the currency) say what it measures:
    '$4,000 balance down to $0' -> (4000.0, 'dollars', 'balance down to $0');
    '$6,000' or '$6,000 dollars' -> (6000.0, 'dollars', None);
    '50 training hours' -> (50.0, 'training hours', None)."""
    value, unit, typed = _read_target(text)  # (refused as it refuses)
    sign = currency_unit(typed)
    if sign is None or unit is None or unit == sign:
        counted = unit and _counted_noun(unit)
        return (value, counted, unit) if counted else (value, unit, None)
    words = unit.strip(" .,;:-—")
    if words.lower() in (sign, sign.rstrip("s"), "usd", "eur", "gbp", "jpy"):
        return value, sign, None
    return value, sign, words or None


# Where a measure's noun phrase ends and a further outcome starts: "supervised hours and pass the
# clinical exam", "sessions, then submit the log"; the verb is checked by _counted_noun.
_FURTHER = r"\s*(?:,|;|&|\band\b|\bplus\b|\bthen\b)\s*(?:(?:then|also)\s+)?([a-z]+)\b\s*(\w*)"
_OBJECT_STARTS = frozenset("the my a an our all every it them their his her this that".split())


def _counted_noun(unit: str) -> str | None:
    """The noun phrase a number counts when the words after it go on to a
    further outcome: "supervised hours and pass the clinical exam" ->
    "supervised hours" (the exam is a result of its own, not part of the
    unit); None when the words are one phrase ("sessions with clients and
    families", "hours and group supervision": "group" names a kind here)."""
    if not re.search(r"[,;&]|\b(?:and|plus|then)\b", unit, re.IGNORECASE):
        return None
    from clingoals.smart.language import lexicon

    lex = lexicon()
    for match in re.finditer(_FURTHER, unit, re.IGNORECASE):
        word, after = match.group(1).lower(), match.group(2).lower()
        if lex.lemma(word) == word and (word not in lex.nominal or after in _OBJECT_STARTS):
            counted = unit[:match.start()].strip(" ,;&-")
            return counted if re.search(r"[^\W\d_]", counted) else None
    return None


def read_target(text: str) -> tuple[float, str | None]:
    """The one reading of a target typed as words, for every question that
    asks for one: a number, checked as ``--target`` is (finite, above zero),
    then what it counts (``--unit``), which may be left out:
    '50 training hours' -> (50.0, 'training hours'), '20' -> (20.0, None).
    Raises InvalidInput saying plainly what is wrong (no number, the number
    not first, a letter O for a zero, zero, a rhythm instead of a total)."""
    value, unit, _ = _read_target(text)
    return value, unit


def _read_target(text: str) -> tuple[float, str | None, str]:
    """:func:`read_target`, with the number as it was typed ("$4,000")."""
    import re  # compiled on first use (re caches it), not when every command starts

    from clingoals.numbers import money_sign, read_number, typo_message

    match = re.match(_IN_THOUSANDS, text or "", re.IGNORECASE)
    if match is not None and match.group(1)[-1] in "kK" and not (
            currency_unit(match.group(1)) or money_sign(match.group(2))):
        match = re.match(_NUMBER_AND_UNIT, text, re.IGNORECASE)  # "5k runs" counts runs, not thousands
    if match is None:
        if not any(ch.isdigit() for ch in text or ""):
            raise InvalidInput(f"'{(text or '').strip()}' isn't a number to log against: type one in digits with "
                               "what it counts, e.g. '50 training hours'.")
        raise InvalidInput(f"In '{text.strip()}', put the number first, then what it counts, "
                           "e.g. '50 training hours'.")
    typed = text[match.start(1):].split(None, 1)[0]  # the word as typed, not the part read as a number
    typo = typo_message(typed)  # "$4OO" is not $4 of "OO"
    if typo:
        raise InvalidInput(typo)
    try:
        value = read_number(match.group(1), money=True)  # (a "k" got here as money only)
    except ValueError:  # trial 11 C2: '$1,5x' is quoted whole, never cut to '$1,5'
        raise InvalidInput(f"'{typed}' isn't a number as written: type it as 6000 or 6,000 "
                           "(commas between thousands only), e.g. '50 training hours'.") from None
    unit = match.group(2) or currency_unit(match.group(1)) or None
    if value <= 0:
        raise InvalidInput("The number to log against must be more than zero, e.g. '50 training hours'.")
    check_number("The target", value, allow_zero=False)
    from clingoals.dates import RATE

    if unit and re.search(RATE + _RATE_WORDS, unit, re.IGNORECASE):
        raise InvalidInput(f"'{text.strip()}' is a rhythm, not a total to add up: give the total, "
                           f"e.g. '60 nights' over the goal's time.")
    return value, unit, match.group(1)


def metric_names_unit(metric: str | None, unit: str | None) -> bool:
    """Whether a goal's measure (its metric) names its unit: is it ("walks",
    as guided add and a path store a bare target), holds it as words ("CE
    hours completed" of "CE hours"), or, for money, its sign ("balance down
    to $0" of dollars). A new unit would leave such a measure contradicting
    it, so it follows the unit (:func:`metric_after_unit`)."""
    from clingoals.numbers import money_sign, singular_word

    said, unit = " ".join((metric or "").lower().split()), " ".join((unit or "").lower().split())
    if not said or not unit:
        return False
    if said == unit or re.search(r"(?<!\w)(?:" + re.escape(unit) + "|" + re.escape(singular_word(unit)) + r")(?!\w)", said):
        return True
    sign = money_sign(unit)
    return sign is not None and sign in said


def metric_after_unit(current: dict, changes: dict) -> dict:
    """The metric a change of unit brings with it: when ``changes`` give a
    new unit and no measure of their own and the stored measure names the old
    unit (:func:`metric_names_unit`), the measure becomes the new unit (what
    a bare target stores; cleared with it). {"metric": ...} or {}."""
    if "unit" not in changes or "metric" in changes:
        return {}
    old, new = current.get("unit"), changes["unit"]
    if (old or "").strip().lower() == (new or "").strip().lower() or not metric_names_unit(current.get("metric"), old):
        return {}
    return {"metric": new}


def check_dates(start: dt.date, deadline: dt.date) -> None:
    if deadline < start:
        raise InvalidInput(
            f"The deadline {deadline.isoformat()} is before the start date {start.isoformat()}."
        )


def check_statement(statement: str | None) -> str:
    text = (statement or "").strip()
    if not text:
        raise InvalidInput("The goal statement is empty; say in one sentence what you want to achieve.")
    return text


def validate_goal(fields: dict) -> dict:
    """The one validation of a goal's stored fields: a new goal, a goal with a
    change applied (``{**current, **changes}``), or an imported record.

    Checks whichever of these keys are present: statement and title (not
    empty), start_date/deadline (dates or ISO strings, deadline not before the
    start), target (> 0), baseline and hours_per_week (>= 0, finite),
    confidence (0-10), horizon_override, domain, status. Returns a copy with
    dates as ``date`` and text trimmed; raises InvalidInput naming the field.
    """
    clean = dict(fields)
    if "statement" in clean:
        clean["statement"] = check_statement(clean["statement"])
    if "title" in clean:
        clean["title"] = (clean["title"] or "").strip()
        if not clean["title"]:
            raise InvalidInput("The title can't be empty.")
    for key, label in (("start_date", "start date"), ("deadline", "deadline")):
        if key in clean:
            try:
                clean[key] = as_date(clean[key])
            except ValueError:
                raise InvalidInput(f"The {label} {clean[key]!r} is not a date (YYYY-MM-DD).") from None
            if clean[key] is None:
                raise InvalidInput(f"The goal needs a {label}.")
    if clean.get("start_date") and clean.get("deadline"):
        check_dates(clean["start_date"], clean["deadline"])
    for key, label, allow_zero in (("target", "The target", False), ("baseline", "The baseline", True),
                                   ("hours_per_week", "Hours per week", True)):
        if key in clean:
            clean[key] = check_number(label, _number(label, clean[key]), allow_zero=allow_zero)
    if "confidence" in clean:
        clean["confidence"] = check_confidence(clean["confidence"])
    if "horizon_override" in clean:
        clean["horizon_override"] = check_horizon(clean["horizon_override"])
    if "domain" in clean:
        check_domain(clean["domain"])
    if "status" in clean:
        clean["status"] = check_status(clean["status"])
    return clean


def _number(label: str, value: Any) -> float | None:
    if value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    raise InvalidInput(f"{label} must be a number (got {value!r}).")


def horizon_of(record: dict) -> str:
    return record.get("horizon_override") or derive_horizon(
        as_date(record["start_date"]), as_date(record["deadline"])
    )


# A goal counted in hours of training or CE ("40 training hours", "20 CE hours", "hours"): the hours of
# the CE credits linked to it count toward it (trial 13 C6, trial 14 C3). Not clinical or supervision
# hours (a course is no client hour), nor CEUs (a count of units, not of hours).
_CREDIT_HOURS_UNIT = re.compile(
    r"(?:(?:ce|continuing education|training|course|contact|clock)\s+)?(?:hours?|hrs?|h)\.?", re.IGNORECASE)


def counts_credit_hours(unit: str | None) -> bool:
    """Whether the hours of CE credits linked to a goal with this unit count toward it."""
    return bool(unit) and _CREDIT_HOURS_UNIT.fullmatch(unit.strip()) is not None


def linked_credit_hours(unit: str | None, credits: list[tuple[float, str]]) -> float | None:
    """The hours the linked CE credits ((amount, unit) each, deleted ones
    left out) add to a goal: derived when read, never stored, so unlinking or
    deleting a credit takes them away and nothing counts twice by itself.
    Minutes and other units by the standard table (60-minute hours, a CEU 10
    hours), as when no license says otherwise; None when the goal's unit
    doesn't count hours or no credit is linked."""
    if not credits or not counts_credit_hours(unit):
        return None
    total = 0.0
    for credit_amount, credit_unit in credits:
        if credit_unit == "hours":
            total += credit_amount
        elif credit_unit == "minutes":
            total += credit_amount / 60
        else:
            from clingoals.ce.profiles import DEFAULT_UNITS

            total += credit_amount * float(DEFAULT_UNITS.get(credit_unit.replace("-", "_"), 1))
    return round(total, 4)


def progress_fraction(current: float | None, target: float | None) -> float | None:
    if not target:
        return None
    return max(0.0, min(1.0, (current or 0.0) / target))


def is_limit(record: dict) -> bool:
    """Whether the goal's target is a ceiling to stay under, not a total to
    reach: its statement keeps spending under a limit ("Keep takeout spending
    under $150 a month", the scorer's ``spending_limit``) and it has a target.
    The one decision every view of progress (log, show, list, plan, review) follows."""
    if not record.get("target") and not (record.get("measure") or {}).get("target"):
        return False
    from clingoals.smart.scorer import spending_limit

    return spending_limit(record.get("statement") or "")


def limit_period(statement: str | None) -> str | None:
    """The period a spending limit is for ("day", "week", "month", "year",
    "two weeks"), or None when the limit is for the whole goal (the scorer's ``limit_of``)."""
    from clingoals.smart.scorer import limit_of

    return limit_of(statement)[1]


def period_start(period: str | None, today: dt.date, anchor: dt.date | None = None) -> dt.date | None:
    """The first day of the calendar period ``today`` is in (weeks start on
    Monday). Two weeks ("$300 biweekly") have no calendar of their own: they
    are counted from ``anchor``, the goal's start (its first day, the 15th
    after it, ...), as a pay period runs from its first payday."""
    if period == "two weeks":
        anchor = anchor or today
        return anchor + dt.timedelta(days=(today - anchor).days // 14 * 14)
    if period == "day":
        return today
    if period == "week":
        return today - dt.timedelta(days=today.weekday())
    if period == "month":
        return today.replace(day=1)
    if period == "year":
        return today.replace(month=1, day=1)
    return None


def period_end(period: str, start: dt.date) -> dt.date:
    """The last day of the calendar period that begins on ``start``."""
    if period == "day":
        return start
    if period == "week":
        return start + dt.timedelta(days=6)
    if period == "two weeks":
        return start + dt.timedelta(days=13)
    if period == "month":
        following = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return following - dt.timedelta(days=1)
    return start.replace(month=12, day=31)


def limit_fields(record: dict, today: dt.date) -> dict:
    """A spending limit's keys in the goal's JSON: ``period`` (or None),
    ``period_start``, ``spent`` (what counts against the limit: this period's
    entries, from ``record["progress_log"]``, or the current total without a
    period), ``limit_left`` (negative when over) and ``over_limit``."""
    period = limit_period(record["statement"])
    start = period_start(period, today, as_date(record.get("start_date")))
    if start is None:
        return {"period": None, "period_start": None, **_against(record["target"], record["current"] or 0.0)}
    return {"period": period, "period_start": start.isoformat(), **_spent_in(record, period, start, today)}


def limit_in_period(record: dict, day: dt.date) -> dict:
    """Where a limit per period stands in the calendar period ``day`` is in
    (``record`` with its ``progress_log``): ``period_start``, ``spent``,
    ``limit_left``, ``over_limit``, as :func:`limit_fields` gives them for today's."""
    period = limit_period(record["statement"])
    start = period_start(period, day, as_date(record.get("start_date")))
    return {"period_start": start.isoformat(), **_spent_in(record, period, start, period_end(period, start))}


def _spent_in(record: dict, period: str, start: dt.date, end: dt.date) -> dict:
    first, last = start.isoformat(), end.isoformat()
    spent = sum(e["value"] for e in record.get("progress_log") or () if first <= str(e["date"])[:10] <= last)
    return _against(record["target"], spent)


def _against(target: float, spent: float) -> dict:
    spent = round(spent, 9)
    return {"spent": spent, "limit_left": round(target - spent, 9), "over_limit": spent > target + 1e-9}


PERIOD_NOW = {"day": "today", "week": "this week", "month": "this month", "year": "this year",
              "two weeks": "these two weeks"}


def period_words(period: str, start: dt.date, today: dt.date, anchor: dt.date | None = None) -> str:
    """The calendar period beginning on ``start``, as a limit's words name
    it: "this month" for today's, else "in October" ("in October 2025" in
    another year), "in the week of November 16", "on November 30", "in 2025",
    "in the two weeks from November 10" (``anchor``: the goal's start, which two weeks count from)."""
    if start == period_start(period, today, anchor):
        return PERIOD_NOW[period]
    year = f" {start.year}" if start.year != today.year else ""
    if period == "two weeks":
        return f"in the two weeks from {start:%B} {start.day}{year}"
    if period == "month":
        return f"in {start:%B}{year}"
    if period == "week":
        return f"in the week of {start:%B} {start.day}{year}"
    if period == "day":
        return f"on {start:%B} {start.day}{year}"
    return f"in {start.year}"


def review_periods(goal: dict, since: dt.date, today: dt.date) -> list[dict] | None:
    """The calendar periods of a limit goal (``goal`` as goal_json prints
    it) that the review's week, ``since`` to ``today``, spans, when it spans
    more than one (a review on December 1 of a week mostly in November):
    ``[{"name": "November", "day": "2026-11-30", "days": 7}, {"name":
    "December", "day": "2026-12-01", "days": 1}]``, ``day`` being the day an
    entry for that period is dated (its last day in the week; today for
    today's) and ``days`` how many of the week's days it holds. None for
    any other goal, a daily limit (the day is asked as a date) or a week in one period."""
    period = goal.get("period") if goal.get("limit") else None
    if period not in ("week", "month", "year", "two weeks") or since >= today:
        return None
    periods, start = [], period_start(period, since, as_date(goal.get("start_date")))
    while start <= today:
        end = min(period_end(period, start), today)
        periods.append({"start": start, "day": end.isoformat(), "days": (end - max(start, since)).days + 1})
        start = period_end(period, start) + dt.timedelta(days=1)
    if len(periods) < 2:
        return None
    for number, found in enumerate(periods):
        start = found.pop("start")
        if period == "month":
            found["name"] = f"{start:%B}" + (f" {start.year}" if start.year != today.year else "")
        elif period == "year":
            found["name"] = str(start.year)
        elif period == "two weeks":  # (a review's week spans two of them at most)
            found["name"] = ("the two weeks before", "these two weeks")[number]
        elif len(periods) == 2:
            found["name"] = ("last week", "this week")[number]
        else:
            found["name"] = f"the week of {start:%B} {start.day}"
    return periods


def spending_day(answer: str, periods: list[dict], today: dt.date) -> dt.date:
    """The day a review's spending entry is dated, from the answer to "which
    period was it?": one of ``periods``' names (:func:`review_periods`; a
    start of it, "nov", will do) gives that period's day, else a day
    ("Nov 28", "friday", "2026-11-28"). Raises InvalidInput naming what to type."""
    from clingoals.dates import parse_happened

    typed = " ".join(answer.lower().split())
    named = [p for p in periods if p["name"].lower() == typed]
    if not named and len(typed) >= 3:
        named = [p for p in periods if p["name"].lower().startswith(typed)]
    if len(named) == 1:
        return dt.date.fromisoformat(named[0]["day"])
    names = " or ".join(p["name"] for p in periods)
    try:
        day = parse_happened(answer, today)
    except InvalidInput:
        raise InvalidInput(f"Type {names}, or the day it was spent (e.g. {_short_day(today)}).") from None
    return check_progress_date(day, today)


def _short_day(day: dt.date) -> str:
    return f"{day:%b} {day.day}"


def limit_words(goal: dict, state: dict | None = None, when: str | None = None) -> str:
    """Where a limit goal (``goal`` as goal_json prints it) stands, in words:
    "$155 of your $150 limit this month: $5 over", "$65 of your $150 limit: $85 left".
    ``state`` and ``when``: another period's (:func:`limit_in_period`, "in October")."""
    unit = goal["measure"]["unit"]
    target = goal["measure"]["target"]
    state, sep = state or goal, ": " if when is None else ", "
    if when is None:
        when = PERIOD_NOW[goal["period"]] if goal.get("period") else ""
        if goal.get("period") == "two weeks":  # no calendar says when they began
            start = as_date(goal["period_start"])
            when += f" (from {_short_day(start)})"
    text = f"{quantity(state['spent'], unit)} of your {quantity(target, unit)} limit{' ' + when if when else ''}"
    left = state["limit_left"]
    if state["over_limit"]:
        return f"{text}{sep}{quantity(-left, unit)} over"
    if left <= 1e-9:
        return f"{text}{sep}nothing left"
    return f"{text}{sep}{quantity(left, unit)} left"


def logged_words(goal_id: int, value: float, goal: dict, today: dt.date) -> str:
    """The line that confirms one progress entry (``goal`` as goal_json
    prints it after the entry): "Logged 3 on goal 4: now 7 of 20 walks.",
    "Logged $150 on goal 1: $150 of your $150 limit this month: nothing
    left.", "Corrected goal 4 by -2: now 5 of 20 walks.". A limit's entry
    dated in an earlier period (``goal["logged_in"]``) says that period
    first, then this one's. `goals log` and the review say it alike."""
    measure = goal["measure"]
    unit = measure["unit"]
    done = (f"Logged {figure(value, unit)} on goal {goal_id}" if value >= 0
            else f"Corrected goal {goal_id} by {figure(value, unit)}")
    if goal.get("limit") and goal.get("logged_in"):  # "$40 logged for October ...", then "This month: ..."
        earlier = goal["logged_in"]
        when = period_words(goal["period"], as_date(earlier["period_start"]), today, as_date(goal.get("start_date")))
        return (f"{figure(value, unit)} logged {'for' if value >= 0 else 'off'} {when.split(' ', 1)[1]} "
                f"on goal {goal_id}: {limit_words(goal, earlier, when)}.\n"
                f"{PERIOD_NOW[goal['period']].capitalize()}: {limit_words(goal, goal, '')}.")
    if goal.get("limit"):  # a ceiling: how much room is left, or how far over
        return f"{done}: {limit_words(goal)}."
    if measure["target"]:  # now 1 of 1 book; now $1,800 of $4,000
        return f"{done}: now {figure(measure['current'], unit)} of {quantity(measure['target'], unit)}."
    return f"{done}: now {quantity(measure['current'], unit)}."  # now 1 walk


def days_left(deadline: Any, today: dt.date) -> int:
    return (as_date(deadline) - today).days


def is_overdue(record: dict, today: dt.date) -> bool:
    return record["status"] in ("active", "paused") and days_left(record["deadline"], today) < 0


def goal_json(record: dict, today: dt.date, score: dict | None = None) -> dict:
    """The public JSON shape of one goal (``goals show --json``)."""
    steps = record.get("steps", [])
    data = {
        "id": record["id"],
        "uuid": record["uuid"],
        "title": full_title(record["title"], record["statement"]),
        "statement": record["statement"],
        "status": record["status"],
        "domain": record["domain"],
        "category": record["category"],
        "horizon": horizon_of(record),
        "start_date": str(record["start_date"]),
        "deadline": str(record["deadline"]),
        "days_left": days_left(record["deadline"], today),
        "specific": record["specific"],
        "measure": {
            "metric": record["metric"],
            "target": record["target"],
            "unit": record["unit"],
            "baseline": record["baseline"],
            "current": record["current"],  # where you are: the baseline plus everything logged
        },
        "progress": progress_fraction(record["current"], record["target"]),
        # of current, the hours of the CE credits linked to the goal (counted when read; null: none count)
        "ce_credit_hours": record.get("credit_hours"),
        "plan": record["plan"],
        "hours_per_week": record["hours_per_week"],
        "why": record["why"],
        "aspirations": list(record.get("aspirations", [])),
        # those of them the card linked when the goal was saved (the rest the person linked)
        "aspirations_by_card": list(record.get("aspirations_by_card", [])),
        "parent_id": record["parent_id"],
        "confidence": record["confidence"],
        "steps": [
            {"id": s["id"], "uuid": s.get("uuid"), "text": s["text"], "due": s["due"], "done": bool(s["done"]),
             "done_at": s.get("done_at")}
            for s in steps
        ],
        "steps_done": sum(1 for s in steps if s["done"]),
        "tags": list(record.get("tags", [])),
        "created_at": record["created_at"],
        "updated_at": record["updated_at"],
        "last_activity": record.get("last_activity"),
    }
    data["limit"] = is_limit(record)
    if data["limit"]:  # a ceiling: no progress toward 100%, what was spent against it instead
        data["progress"] = None
        data.update(limit_fields(record, today))
    if score is not None:
        data["score"] = score
    return data


def check_progress(goal_id: int, current: float | None, value: float, unit: str | None = None) -> float:
    """Progress to log: a real number; a negative one is a correction and may
    not take the total logged (``current``: the baseline left out) below zero."""
    if value != value or value in (float("inf"), float("-inf")):
        raise InvalidInput(f"Progress must be a real number (got {value}).")
    if value < 0 and (current or 0) + value < -1e-9:
        raise InvalidInput(f"Goal {goal_id} has {quantity(current or 0, unit)} logged; subtracting "
                           f"{figure(-value, unit)} would go below zero.")
    return check_shown(value)


def logged_total(measure: dict) -> float | None:
    """What was logged toward a goal: where it is now less the baseline it started from."""
    if measure["current"] is None:
        return None
    return measure["current"] - (measure.get("baseline") or 0)


OUTSIZED_TIMES = 10  # one entry of this many times the goal's target or more is asked about


def outsized_entry(value: float, target: float | None, unit: str | None = None) -> str | None:
    """The question to confirm one progress entry of OUTSIZED_TIMES times the
    goal's target or more ('goals log 5 1e9' on a 4200-dollar goal is a typo
    far more often than a windfall; 48000 on 4800 is the likeliest typo of
    all, one zero too many, hence "or more"), or None. Measured against the
    target, not what is left: near the end, what is left is small and an
    ordinary entry would be many times it."""
    if not target or target <= 0 or value < OUTSIZED_TIMES * target:
        return None
    return (f"{amount(value, unit)} in one entry is {OUTSIZED_TIMES} times the goal's whole target or more "
            f"({amount(target, unit)}). Log it anyway?")


# Trial 16 P1: 'goals log 4 0.3' on a $4,500 payoff meant $300 (0.3k). Under a dollar in one entry on a
# goal of TINY_ABOVE dollars or more is asked about: no one pays a card down or saves toward hundreds by cents.
TINY_ABOVE = 100


def tiny_money_entry(value: float, target: float | None, unit: str | None = None) -> str | None:
    """The question to confirm a money entry under one unit of the currency
    (0.3: $0.30; not a correction down) on a goal whose target is
    TINY_ABOVE or more, with what it likely meant read in thousands
    ("$300 (0.3k)"), else None."""
    from clingoals.numbers import money_sign

    if not target or target < TINY_ABOVE or not 0 < value < 1 or money_sign(unit) is None:
        return None
    meant = amount(value * 1000, unit)
    return (f"{amount(value, unit)} in one entry on a goal of {amount(target, unit)}: did you mean {meant} "
            f"({number(value)}k)? Log {amount(value, unit)} anyway?")


OVERSHOOT_SHARE = 0.25  # an entry past what is left by more than this share of the target is asked about


def beyond_money_left(value: float, goal: dict, *, left_out: float = 0.0) -> str | None:
    """Trial 14 B4: the question to confirm one entry on a money goal (a
    payoff, a saving) that is more than the goal's whole target on its own
    and takes it past its target by more than OVERSHOOT_SHARE of the target
    (7000 typed for 700 on a $4,500 payoff with $3,600 left), else None. An
    entry that completes the goal or overshoots by a little (interest, a
    round sum) is not asked about; nor are spending limits (going over is
    what they track) or entries that take the total down. ``left_out``: the
    entries this one replaces (a review redone today)."""
    from clingoals.numbers import money_sign

    target, unit = goal.get("target"), goal.get("unit")
    if not target or target <= 0 or value <= target or money_sign(unit) is None or is_limit(goal):
        return None
    current = (goal.get("current") or 0.0) - left_out
    left = max(target - current, 0.0)
    if value <= left + OVERSHOOT_SHARE * target:
        return None
    if left <= 0:
        return (f"{amount(value, unit)} in one entry is more than the goal's whole {amount(target, unit)} "
                f"target, which is already reached. Log it anyway?")
    return (f"{amount(value, unit)} in one entry is more than the {amount(left, unit)} left to reach "
            f"the goal's {amount(target, unit)} target. Log it anyway?")


# The last word of a unit that counts the occasions of a rhythm ("69 nights" of "on weeknights"),
# as guided add names them (usecases.drafting._occasions), in the singular.
_OCCASIONS = frozenset({"day", "night", "morning", "evening", "time", "session", "class", "walk", "run", "jog", "swim",
                        "ride", "workout", "hike", "weekday", "weeknight", "workday"})
# Rhythms that name their days ("on weeknights"): what passes is those days, counted one by one.
_NAMED_DAYS = re.compile(r"\b(weeknight|weekday|workday|weekend)s?\b")
_DAYS = frozenset({"day", "night", "morning", "evening", "weekday", "weeknight", "workday"})


def entry_question(value: float, goal: dict, *, today: dt.date, day: dt.date | None = None,
                   left_out: float = 0.0) -> str | None:
    """The one check of a progress entry before it is logged (`goals log`
    and the review): the question to confirm it (a yes at a terminal, --yes
    without one), or None. An entry of OUTSIZED_TIMES the goal's target or
    more (:func:`outsized_entry`), or on a count of a rhythm's occasions far
    more than can have happened yet (:func:`beyond_rhythm`). ``goal``: the
    stored record (target, unit, statement, metric, start_date, logged,
    progress_log); ``day``: the entry's date (default today); ``left_out``:
    what the entries this one replaces add up to (a review redone today)."""
    return (outsized_entry(value, goal.get("target"), goal.get("unit"))
            or tiny_money_entry(value, goal.get("target"), goal.get("unit"))
            or beyond_money_left(value, goal, left_out=left_out)
            or beyond_rhythm(value, goal, today=today, day=day, left_out=left_out))


def _short_date(day: dt.date, today: dt.date) -> str:
    """"Nov 24" (with the year when it is not this year's: "Dec 28, 2025")."""
    return f"{day:%b} {day.day}" + (f", {day.year}" if day.year != today.year else "")


# Hours at the goal's own pace (trial 13 C9): this many weeks' worth beyond what the pace can have made
# is logged without a question (a month's hours logged at once is ordinary; 1800 typed for 18 is not).
PACE_WEEKS = 4
_HOURS = frozenset({"hour", "hr", "h"})


def _pace_reading(goal: dict, occasion: str) -> tuple | None:
    """(hours a week, "15 hours a week", None) of a goal counted in hours
    with the hours a week it plans for (``hours_per_week``), else None:
    what :func:`beyond_rhythm` reads as a pace, not a count of occasions."""
    per_week = goal.get("hours_per_week") or 0
    if occasion not in _HOURS or per_week <= 0:
        return None
    return float(per_week), f"{number(per_week)} {'hour' if per_week == 1 else 'hours'} a week", None


def _can_have_happened(reading: tuple, start: dt.date, today: dt.date) -> int:
    """The most occasions of a rhythm from ``start`` through ``today``, both
    counted. A count of the days a rhythm names ("nights" of "on
    weeknights") is those days, counted one by one (``occasions_in``, as
    guided add counted the target); any other is the days themselves, as
    many a day as the rhythm says (a walk a day, whatever "twice a week"
    asks: doing more than the rhythm is no typo)."""
    per_week, said, named = reading
    if named is None:  # a pace in hours: the days passed at it
        return ((today - start).days + 1) * per_week / 7
    if named:
        from clingoals.smart.scorer import occasions_in

        return occasions_in(said, per_week, start, today)
    return ((today - start).days + 1) * max(1, -(-per_week // 7))


def _rhythm_reading(goal: dict, occasion: str) -> tuple | None:
    """(times a week, the rhythm's words, whether its occasions are the days
    it names) of a count goal's words, or None without a weekly rhythm."""
    from clingoals.smart.scorer import times_a_week

    words = " ".join(t for t in (goal.get("statement"), goal.get("metric")) if t)
    if occasion in ("session", "class"):
        from clingoals.smart.vocabulary import WORK_SESSIONS

        if WORK_SESSIONS.search(words.lower()):
            return None  # a caseload's sessions: many a day is ordinary
    rhythm = times_a_week(words)
    if rhythm is None:
        return None
    per_week, said = rhythm[0], rhythm[1].lower()
    return per_week, said, bool(_NAMED_DAYS.search(said)) and occasion in _DAYS


def beyond_rhythm(value: float, goal: dict, *, today: dt.date, day: dt.date | None = None,
                  left_out: float = 0.0) -> str | None:
    """Trial 12 B1: the question to confirm an entry on a count of a
    rhythm's occasions ("Get to bed by 11pm on weeknights", 69 nights)
    that is far more than can have happened since the goal started, or
    since its last entry ("40" typed for "4" a week in: only 6 weeknights
    have passed), else None.

    Far more: over what is left of the occasions that can have happened
    (:func:`_can_have_happened`, less what was logged since the start) by
    more than a week's worth, and at least twice it; so a week's worth
    logged at once, or on a goal added after the person began, is never
    asked about. Counts of days, nights, sessions, walks... (the unit's
    last word) with a weekly rhythm in the goal's words only; hours, money,
    goals without a rhythm, a caseload's sessions and entries dated before
    the start are not checked."""
    start, unit = as_date(goal.get("start_date")), (goal.get("unit") or "").strip().lower()
    day = day or today
    if value <= 0 or start is None or not unit or day < start or today < start:
        return None
    from clingoals.numbers import singular_word

    occasion = singular_word(unit.split()[-1])
    reading = _rhythm_reading(goal, occasion) if occasion in _OCCASIONS else _pace_reading(goal, occasion)
    if reading is None:
        return None
    per_week, said, named = reading
    entries = [e for e in goal.get("progress_log") or () if as_date(e["date"]) >= start]
    logged = max(sum(e["value"] for e in entries) - left_out, 0.0)
    passed = _can_have_happened(reading, start, today)
    room, since, first = passed - logged, f"since the goal started on {_short_date(start, today)}", start
    last = max((as_date(e["date"]) for e in entries), default=None)
    if last is not None and _can_have_happened(reading, last, today) > room:
        room = _can_have_happened(reading, last, today)
        if last < today:  # (an entry today: what passed since the start says more)
            passed, since = room, f"since your last entry, on {_short_date(last, today)}"
            first, logged = last, 0.0
    room = max(room, 0.0)
    week = (PACE_WEEKS * per_week if named is None else round(per_week) if named
            else 7 * max(1, -(-per_week // 7)))
    if value <= room + max(week, 1) or value < 2 * room:
        return None
    started_today = first == start == today  # trial 16 P2: not "only 1 day has passed since ... Nov 24"
    if named is None:  # hours at the goal's pace: "1800 hours ... is 120 weeks of the 15 hours a week"
        days = (today - first).days + 1
        weeks = value / per_week
        return (f"{quantity(value, unit)} in one entry is {number(round(weeks) if weeks >= 10 else round(weeks, 1))}"
                f" weeks of the {said} the goal plans for, but "
                + ("the goal started today" if started_today else
                   f"only {counted(days, 'day')} {'has' if days == 1 else 'have'} passed {since}")
                + (f", and {quantity(logged, unit)} {'is' if logged == 1 else 'are'} logged already" if logged else "")
                + ". Log it anyway?")
    if named:  # "only 6 weeknights have passed"
        found = _NAMED_DAYS.search(said).group(1)
        what = f"only {counted(passed, 'weekend day' if found == 'weekend' else found)}"
    else:  # the days themselves
        passed = (today - first).days + 1
        what = f"only {counted(passed, 'day')}"
    what += f" {'has' if passed == 1 else 'have'} passed {since}"
    if started_today:
        what = "the goal started today"
    if logged:
        what += f", and {quantity(logged, unit)} {'is' if logged == 1 else 'are'} logged already"
    return f"{quantity(value, unit)} in one entry, but {what}. Log it anyway?"


def log_question(value: float, goal: dict, *, today: dt.date, day: dt.date | None = None,
                 again: bool = False) -> tuple[str, str] | None:
    """`goals log`'s check of one entry: (the question, which check asks it)
    or None. :func:`entry_question` ("entry"), then (trial 14 C8) a second
    entry on one day of something that happens once a day ("again"; not
    with ``again``, `goals log --again`: the person says it is another),
    and an entry on a rhythm's count dated before the goal started
    ("start"). The review logs a week's total dated today, so it asks only
    entry_question."""
    day = day or today
    for kind, question in (("entry", lambda: entry_question(value, goal, today=today, day=day)),
                           ("again", lambda: None if again else second_entry_that_day(value, goal, day=day,
                                                                                       today=today)),
                           ("start", lambda: count_before_start(value, goal, day=day, today=today))):
        asked = question()
        if asked:
            return asked, kind
    return None


def _occasion(goal: dict) -> str | None:
    unit = (goal.get("unit") or "").strip().lower()
    if not unit:
        return None
    from clingoals.numbers import singular_word

    return singular_word(unit.split()[-1])


# A rhythm of one occasion a day: it counts days or parts of a day ("3 mornings a week", "5 days a week",
# "on weekdays", "daily"), not times ("3 times a week": two runs on one day happen).
_ONE_A_DAY = re.compile(r"\b(?:(?:day|night|morning|evening|afternoon|weekday|weeknight|workday|weekend)s?|daily|"
                        r"nightly)\b")


def _one_a_day(goal: dict, occasion: str | None) -> str | None:
    """Why the goal's occasions come one a day: "a night comes once a day"
    for a count of days or nights (one of _DAYS), "the goal's walks come one
    a day (3 mornings a week)" for a count of a rhythm's occasions whose
    rhythm counts days (trial 23 #10: the same morning's walk was logged
    twice, once as 'saturday' and once as '11/28'); else None."""
    if occasion in _DAYS:
        return f"a {occasion} comes once a day"
    reading = _rhythm_reading(goal, occasion) if occasion in _OCCASIONS else None
    if reading is None or reading[0] > 7 or not _ONE_A_DAY.search(reading[1]):
        return None
    return f"the goal's {goal['unit'].strip()} come one a day ({reading[1]})"


def second_entry_that_day(value: float, goal: dict, *, day: dt.date, today: dt.date) -> str | None:
    """The question before a second entry on ``day`` on a count of something
    that comes once a day (:func:`_one_a_day`: days, nights, or the walks of
    "3 mornings a week"), else None: "1 night is logged on Nov 24 already"
    after `goals log 2 1` twice. A correction, or an earlier entry taken
    back (+1 then -1), leaves nothing to ask, and what a review logged that
    day (the week's total, dated the review day) is not that night's."""
    once = _one_a_day(goal, _occasion(goal)) if value > 0 else None
    if once is None:
        return None
    that_day = sum(e["value"] for e in goal.get("progress_log") or ()
                   if as_date(e["date"]) == day and not e.get("review_id"))
    if that_day <= 0:
        return None
    unit = goal["unit"].strip()
    return (f"{quantity(that_day, unit)} {'is' if that_day == 1 else 'are'} logged on {_short_date(day, today)} "
            f"already, and {once}. Log {quantity(value, unit)} more on that day anyway?")


def count_before_start(value: float, goal: dict, *, day: dt.date, today: dt.date) -> str | None:
    """The question before an entry dated before the goal started, on a
    count of days or of a rhythm's occasions (its target counts them from the
    start: "69 nights" are the nights from the start to the deadline, so a
    night before it is none of them, and is most often a date typed wrong);
    None otherwise. Money, hours and other amounts done before a goal was
    added are the person's progress: those are taken with a note
    (:func:`before_start_note`)."""
    start, occasion = as_date(goal.get("start_date")), _occasion(goal)
    if value <= 0 or start is None or day >= start or occasion is None:
        return None
    if occasion not in _DAYS and not (occasion in _OCCASIONS and _rhythm_reading(goal, occasion)):
        return None
    unit = goal["unit"].strip()
    return (f"{_short_date(day, today)} is before the goal started ({_short_date(start, today)}), and its "
            f"{unit} are counted from its start. Log {quantity(value, unit)} on {_short_date(day, today)} anyway?")


def check_log_value(value: float) -> float:
    """A `goals log` value: zero (or -0) would be an entry that adds nothing,
    and so would one too small to show (amounts show two decimals: 0.001
    would be listed as 0 everywhere)."""
    if value == 0:
        raise InvalidInput("0 adds nothing, so nothing was logged; give what you did, e.g. 1 "
                           "(a negative number corrects an earlier entry).")
    return check_shown(value)


def check_shown(value: float) -> float:
    """Progress that would show as 0 (amounts show two decimals: 0.001 would
    be an entry listed as 0 everywhere) is refused; 0 itself is the caller's."""
    if value and number(abs(value)) == "0":
        raise InvalidInput(f"{value:g} would show as 0 (amounts show two decimals), so nothing was logged; "
                           "give at least 0.01.")
    return value


def before_start_note(goal_id: int, day: dt.date | None, start: Any, what: str) -> str | None:
    """Progress logged, or a goal finished, before its start date: taken (people
    often add a goal after they began) with the same note for both, and the
    way to move the start. None when ``day`` is not before the start."""
    start = as_date(start)
    if day is None or start is None or day >= start:
        return None
    return (f"Note: {what} {day.isoformat()}, before goal {goal_id} started ({start.isoformat()}); "
            f"if it began earlier: goals edit {goal_id} --start {day.isoformat()} --reason \"...\"")