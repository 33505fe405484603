"""Guided drafting behind ``goals add``: the draft's scorecard, the SMART
sentence composed from the first sentence and the answers, the aspiration the
goal serves, and saving the accepted wording with the first sentence kept in
the goal's history; and the private drafts of a conversation that was
stopped (Ctrl-C, end of input) or that the privacy check held back, so
nothing typed is lost.

The terminal conversation (``cli/drafting.py``) and the scripted ``goals add``
call these same functions; nothing here prompts or prints.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

from clingoals.dates import parse_date
from clingoals.errors import DateError, InvalidInput

COMPOSED_REASON = "drafted with goals add: the first sentence, rewritten from the answers"
# The wording saved is one the person typed over the sentence composed for them (trial 21 #11).
EDITED_REASON = "drafted with goals add: the sentence composed from the answers, edited by you"
# The "What exactly?" answer an edited wording no longer says (trial 21 #1: "trianing" corrected there).
SPECIFIC_REPLACED_REASON = "drafted with goals add: your edited wording says what exactly in its place"
REPLACED_REASON = "drafted with goals add: a wording you typed, then changed"


def _deadline(values: dict, today: dt.date) -> dt.date | None:
    due = values.get("due")
    if isinstance(due, dt.date):
        return due
    if not due:
        return None
    try:
        return parse_date(due, today, after=_start(values, today))
    except DateError:
        return None


def draft_goal_text(values: dict, aspirations: Iterable[str], declared: Iterable[str], *,
                    today: dt.date, statement: str | None = None, descriptions: dict[str, str] | None = None):
    """The draft as the scorer reads it (``values``: the options of ``goals add``;
    ``descriptions``: {aspiration: what the person wrote it means})."""
    from clingoals.smart import GoalText

    linked = tuple(aspirations)
    return GoalText(
        statement=statement if statement is not None else values.get("statement") or "",
        specific=values.get("specific"), metric=values.get("measure"), target=values.get("target"),
        unit=values.get("unit"), baseline=values.get("baseline"), deadline=_deadline(values, today),
        plan=values.get("plan"), hours_per_week=values.get("hours_per_week"), why=values.get("why"),
        confidence=values.get("confidence"), category=values.get("category"),
        aspirations=tuple(dict.fromkeys([*declared, *linked])), linked_aspirations=linked,
        aspiration_descriptions=tuple((descriptions or {}).items()),
    )


def draft_card(values: dict, aspirations: Iterable[str], declared: Iterable[str], *, today: dt.date,
               statement: str | None = None, descriptions: dict[str, str] | None = None) -> dict:
    """The scorecard of the draft (of ``statement`` instead of the first
    sentence, if given), in plain words: the conversation asks for what the
    options would give."""
    from clingoals.smart import score
    from clingoals.smart.scorer import card_in_plain_words

    goal = draft_goal_text(values, aspirations, declared, today=today, statement=statement,
                           descriptions=descriptions)
    return with_spelling(card_in_plain_words(score(goal, today)), goal.statement)


def misspelled_words(text: str) -> list[tuple[str, str]]:
    """The words of the field ``text`` types slightly wrong, as (typed,
    meant): "trianing" -> "training" (:func:`clingoals.smart.language.misspelled`)."""
    from clingoals.smart.language import misspelled

    return misspelled(text)


def with_spelling(card: dict, statement: str) -> dict:
    """``card`` with a word of the field typed slightly wrong in its
    sentence ("lisence") named under Specific, with the spelling the card
    reads ("'lisence': did you mean 'license'?"), on a line before any other
    advice:
    the sentence is the person's to correct, never changed for them."""
    from clingoals.smart.language import misspelled

    slips = misspelled(statement)
    if not slips:
        return card
    said = "; ".join(f"'{typed}': did you mean '{meant}'?" for typed, meant in slips)
    specific = dict(card["criteria"]["specific"])
    # a line of its own, before the advice (trial 21 #12: it was glued onto it)
    specific["suggestion"] = f"{said}\n{specific['suggestion']}" if specific.get("suggestion") else said
    return {**card, "criteria": {**card["criteria"], "specific": specific}}


def composed_statement(values: dict, *, today: dt.date) -> str:
    """One SMART sentence from the first sentence and the answers."""
    from clingoals.smart.compose import compose_statement

    return compose_statement(values.get("statement") or "", today=today, specific=values.get("specific"),
                             target=values.get("target"), unit=values.get("unit"),
                             metric=values.get("measure"), deadline=_deadline(values, today),
                             why=values.get("why"))


def wording_says(answer: str | None, wording: str) -> bool:
    """Whether ``wording`` still says every word of ``answer`` (letter case,
    order and punctuation aside): an edited wording that doesn't (a word
    corrected, the detail reworded) takes the answer's place (trial 21 #1:
    "trianing" stayed in the goal's specifics after the edit fixed it)."""
    def words(text: str | None) -> set[str]:
        return set(re.findall(r"[\w$%'’]+", (text or "").lower()))

    return words(answer) <= words(wording)


def missing_rhythm(values: dict, *, today: dt.date) -> str | None:
    """The amount the draft does each time when nothing says how often
    ("walk 30 minutes after lunch" -> "30 minutes"), read off the sentence
    composed so far, so the conversation asks how often; else None."""
    from clingoals.smart.scorer import missing_rhythm as missing

    return missing(draft_goal_text(values, (), (), today=today, statement=composed_statement(values, today=today)))


# Named days typed on their own ("weekdays"): the rhythm reads "on weekdays".
_BARE_DAYS = ("weekdays", "weeknights", "weekends", "workdays", "mondays", "tuesdays", "wednesdays", "thursdays",
              "fridays", "saturdays", "sundays")


def measure_with_rhythm(values: dict, amount: str, answer: str, *, today: dt.date) -> str | None:
    """The goal's measure with the answer to "how often?" ("5 days a week")
    after the amount it does each time ("30 minutes 5 days a week"), or None
    when the answer doesn't say how often (a rhythm, named days) or the card
    still wouldn't find the goal measurable with it."""
    from clingoals.dates import spelled_rhythm
    from clingoals.smart.compose import says_how_often
    from clingoals.smart.scorer import score_measurable, vague_rhythm

    if amount and vague_rhythm(amount) == amount:
        amount = ""  # "most nights": the answer says how often in its place, not after it
    said = " ".join(answer.split()).strip(" ,;:.")
    if said.lower().startswith(_BARE_DAYS):
        said = "on " + said
    if not says_how_often(said):
        return None
    base = " ".join((values.get("measure") or amount or "").split())
    measure = said if not base or base.lower() in said.lower() else f"{base} {said}"
    reading = {**values, "measure": measure}
    statement = spelled_rhythm(composed_statement(reading, today=today))  # "3x/wk" (trial 16 C2)
    goal = draft_goal_text(reading, (), (), today=today, statement=statement)
    return measure if score_measurable(goal, None).score == 2 else None


def resource_kind(values: dict, *, today: dt.date) -> str:
    """What makes the draft fit, as its card's Achievable reads it (of the
    sentence composed so far, :func:`clingoals.smart.scorer.resource_kind`):
    "money" (an amount a month), "habit" (stop doing something: what makes
    it hard to keep), "sleep" (one's own sleep: a set bedtime or a wind-down
    routine; sleep takes no hours out of the week) or "time" (hours a week),
    so the conversation asks what fits and never hours a week for money or sleep."""
    from clingoals.smart.scorer import resource_kind as kind

    statement = composed_statement(values, today=today)
    return kind(draft_goal_text(values, (), (), today=today, statement=statement))


def example_kind(values: dict, *, personal: bool, today: dt.date) -> str:
    """What the guided questions' examples should be about (trial 10 P2,
    trial 14 P3): "sleep", "money", "exercise", "family" (one's own family,
    partner, friends), "boundary", "personal" (another life goal: one's own
    therapy) or "work" (:func:`clingoals.smart.kinds.example_kind`, which the
    card's Relevant advice reads too); ``personal``: whether the draft reads
    as a personal goal; a money goal (:func:`clingoals.smart.scorer.about_money`)
    gets money's examples."""
    from clingoals.smart.kinds import example_kind as kind
    from clingoals.smart.scorer import about_money

    statement = composed_statement(values, today=today)
    text = " ".join(t for t in (statement, values.get("specific"), values.get("measure")) if t)
    return kind(text, lambda: personal,
                lambda: about_money(draft_goal_text(values, (), (), today=today, statement=statement)))


def offered_target(values: dict, *, today: dt.date, statement: str | None = None) -> dict | None:
    """A number to log progress against, offered when the draft has none
    but its words give one: the count of occasions its weekly rhythm makes
    from the start to the deadline ("5 days a week" from November 24, 2026
    through February 24, 2027: "65 walks", as many as the scorer's check
    of a count against the days allows), else the one amount it names
    ("$3,000", "12 books"). {"text": the offer as the person would type it,
    "why": how it was reached}, or None (a target given, no deadline yet for
    a rhythm, a rhythm per month, no amount or more than one). ``statement``:
    the wording the person edited at the end, read instead of the sentence
    composed from the answers (trial 11 C1)."""
    if values.get("target") is not None:
        return None
    from clingoals.goal import occasions_spelled, rhythm_total, slower_rhythm
    from clingoals.numbers import number
    from clingoals.smart.compose import format_deadline, says_how_often
    from clingoals.smart.scorer import before_why, score_measurable, times_a_week

    from clingoals.smart.vocabulary import COMPARATIVE, EACH_OCCASION, FROM_TO

    statement = statement or composed_statement(values, today=today)
    limit = limit_target(statement)
    if limit is not None:  # a spending limit: its ceiling is the number spending is logged against
        return {"text": limit["text"], "why": f"your goal names {limit['said']}, the limit to stay under"}
    # what the goal does, not its why: "so I have more energy" is no change to reach (trial 18 F10)
    words = " ".join(t for t in (before_why(statement) or statement, values.get("measure")) if t)
    payoff = payoff_in(values.get("measure"), statement)
    if payoff is not None:  # a balance paid down: what is paid is what is logged (trial 14 C2)
        from clingoals.numbers import dollars

        owed, left = payoff
        return {"text": dollars(owed - left),
                "why": f"paying {dollars(owed - left)} brings the balance from {dollars(owed)} to {dollars(left)}"}
    measure = (values.get("measure") or "").lower()
    # "Spend more time with my kids", known by "at dinner 5 nights a week": the answer's rhythm is how
    # the "more" is counted (trial 21 #2: no count was offered, no target set)
    counted_by_answer = bool(measure) and times_a_week(occasions_spelled(measure)) is not None and not (
        FROM_TO.search(measure) or COMPARATIVE.search(measure) or re.search(r"\bfrom\b.*\bto\b", measure)) and {
        m.group(0).lower() for m in COMPARATIVE.finditer(words.lower())} <= {"more"}  # more, not less or fewer
    if not counted_by_answer and (FROM_TO.search(words.lower()) or COMPARATIVE.search(words.lower())):
        return None  # a change to reach ("panic attacks from 4 a week to 1"): no count of occasions
    deadline = _deadline(values, today)
    def rhythmic(words: str) -> bool:
        return times_a_week(occasions_spelled(words)) is not None or slower_rhythm(words) is not None or re.search(
            r"\b(?:a|per|each)\s+(?:day|night)\b", words, re.IGNORECASE) is not None

    if not rhythmic(words) and _boundary_kept(words):  # a boundary holds every day: "no charting after 9pm"
        words = _boundary_kept(words)  # (trial 23 #9: no count of nights was offered)
    if rhythmic(words):
        if deadline is None:
            return None
        start = _start(values, today)
        total = rhythm_total(words, statement, start, deadline)
        if total is None:
            return None
        count = f"{number(total['target'])} {total['unit']}"
        return {"text": count,
                "why": f"{total['said']} from {format_deadline(start)} through {format_deadline(deadline)} is {count}"}
    if says_how_often(words) or EACH_OCCASION.search(words.lower()):
        return None  # an amount each time ("2 calls a month", "$200 from every paycheck"): no total
    goal = draft_goal_text(values, (), (), today=today, statement=statement)
    measurable = score_measurable(goal, deadline)
    amounts = measurable.evidence if measurable.score == 2 else []
    if len(amounts) > 1:  # a money goal's amount is its money figure: "Level 1", "2 sessions" don't block it
        amounts = _money_amount(goal, amounts)
    if len(amounts) != 1:
        return None
    amount = amounts[0]
    hours = _hours_of(amount, words)
    if hours is not None:  # "the 15-hour training course": 15 training hours, as a path milestone stores it
        return {"text": hours, "why": f"'{amount}' in your goal is {hours} to log", "said": amount, "hours": True}
    try:
        value, unit = target_from_answer(amount)
    except InvalidInput:
        return None
    if not re.match(r"[a-z%]", unit, re.IGNORECASE) or unit.lower() == "k":  # "30-minute", "$5k"
        return None
    from clingoals.numbers import money

    said, amount = amount, money(value, unit) or amount  # "$1.5k" is offered as the $1,500 it is
    return {"text": amount, "why": f"your goal names {amount}", "said": said}


# The hour a boundary names ("no charting after 9pm", "no work email after 7:30 pm"): one from 7pm is
# kept every night, any other every day (the end of a workday, "no meetings after 5pm": workdays' days).
_BOUNDARY_HOUR = re.compile(r"\b(?:after|past)\s+(\d{1,2})(?::\d\d)?\s*(am|pm|a\.m\.|p\.m\.)?", re.IGNORECASE)


def _boundary_kept(words: str) -> str | None:
    """How often a boundary with no rhythm of its own holds ("No charting
    after 9pm": "every night"), or None when ``words`` are no boundary (a
    stop-doing goal naming the hour after which it holds)."""
    from clingoals.smart.vocabulary import STOP_DOING

    found = _BOUNDARY_HOUR.search(words)
    if found is None or STOP_DOING.match(words.lower()) is None:
        return None
    hour, half = int(found.group(1)), (found.group(2) or "").lower()
    evening = 7 <= hour <= 11 and (not half or half.startswith("p"))
    return "every night" if evening else "every day"


def offered_once_due(values: dict, *, today: dt.date) -> bool:
    """Whether, with no deadline yet, the draft's words give a number that
    :func:`offered_target` offers once one is known (the count of "twice a
    month" to the deadline): guided add then doesn't ask for one before the
    deadline (trial 23 #9 was asked for a number, then offered none)."""
    if values.get("target") is not None or _deadline(values, today) is not None:
        return False
    return offered_target({**values, "due": (today + dt.timedelta(days=182)).isoformat()}, today=today) is not None


def owed_in_sentence(values: dict, offer: dict | None) -> bool:
    """Whether ``offer`` (:func:`offered_target`) is the one sum the first
    sentence says is owed ("pay off my $6,000 credit card"): that sum is
    what is paid, so guided add takes it as the target instead of asking
    for a number the person has just typed."""
    from clingoals.numbers import money_sign
    from clingoals.smart.vocabulary import PAYOFF_OWED

    if not offer or not offer.get("said") or offer.get("hours"):
        return False
    try:
        if not money_sign(target_from_answer(offer["text"])[1]):
            return False
    except InvalidInput:
        return False
    first = values.get("statement") or ""
    return offer["said"].lower() in first.lower() and PAYOFF_OWED.search(first) is not None


def payoff_in(measure: str | None, statement: str | None = None) -> tuple[float, float] | None:
    """(what is owed now, what it is to come down to) when a measure reads
    as a balance paid down (trial 14 C1, C2): :func:`scorer.payoff_in`,
    the reading the card's Measurable uses too (trial 16 B3)."""
    from clingoals.smart.scorer import payoff_in as read

    return read(measure, statement)


def payoff_measure(answer: str, values: dict) -> str | None:
    """An answer to "how will you know you got there?" that names a balance
    to clear in words the card doesn't read ("balance at 0 (its 4.5k right
    now)"), put as it does read one: "balance down to $0 from $4,500"."""
    from clingoals.numbers import dollars

    payoff = payoff_in(answer, values.get("statement"))
    if payoff is None:
        return None
    owed, left = payoff
    word = "debt" if re.search(r"\b(?:debt|owe[ds]?|owing)\b", answer, re.IGNORECASE) else "balance"
    return f"{word} down to {dollars(left)} from {dollars(owed)}"


def numbers_in(text: str) -> list[str]:
    """The numbers an answer names, as typed ("0", "4.5k")."""
    from clingoals.smart import vocabulary as v

    return [found for found in v.PAYOFF_SUMS.findall(text or "") if found.lower() != "zero"]


def _money_amount(goal, evidence: list[str]) -> list[str]:
    """The money figures among a money goal's (saving, paying: what the
    scorer's Achievable plans for, :func:`scorer.resource_kind`) measures
    ("$1,500" of "Level 1, $1,500"), else none."""
    from clingoals.smart.scorer import resource_kind
    from clingoals.smart.vocabulary import MONEY

    figures = [said for said in evidence if MONEY.fullmatch(said.lower())]
    return figures if figures and resource_kind(goal) == "money" else []


def limit_target(statement: str | None) -> dict | None:
    """The target a spending limit's own words give ("Keep takeout spending
    under $150 a month": {"target": 150.0, "unit": "dollars", "text":
    "$150", "said": "$150 a month"}), read by the scorer's one reader of a
    limit (:func:`scorer.limit_of`); None when it is no limit or names no amount."""
    from clingoals.numbers import dollars
    from clingoals.smart.scorer import limit_of, rate_words

    amount, period = limit_of(statement)
    if not amount:
        return None
    text = dollars(amount)
    return {"target": amount, "unit": "dollars", "text": text,
            "said": f"{text} {rate_words(period)}" if period else text}


# Hours written as a length ("the 15-hour training course", "a 40-hr workshop"): that many hours to log.
_HOURS_LONG = re.compile(r"(\d+(?:\.\d+)?)[\s-]*(?:hours?|hrs?)", re.IGNORECASE)
_CE_WORDS = re.compile(r"\b(?:CE|CEUs?|continuing education)\b", re.IGNORECASE)
_TRAINING_WORDS = re.compile(r"\b(?:training|course|workshop|class|seminar|program(?:me)?|certificat\w*|curriculum)\b",
                             re.IGNORECASE)


def _hours_of(amount: str, words: str) -> str | None:
    """The target a length in hours ("15-hour") gives, as it would be typed:
    "15 CE hours" when the goal's words say CE, "15 training hours" when they
    name a course or training, else "15 hours"; None for any other amount."""
    match = _HOURS_LONG.fullmatch(amount.strip())
    if match is None or "-" not in amount:
        return None
    kind = "CE hours" if _CE_WORDS.search(words) else "training hours" if _TRAINING_WORDS.search(words) else "hours"
    return f"{match.group(1)} {kind}"


def why_in_wording(wording: str) -> str | None:
    """The why a goal's wording gives ("..., so that I have energy for my
    clients and my family" -> "so that I have energy for my clients and my
    family"), read as the scorer reads it (:func:`scorer.before_why`), so an
    edited sentence's reason replaces the one answered; None when it gives none."""
    from clingoals.smart.scorer import before_why

    said = before_why(wording or "")
    at = wording.find(said) if said else -1
    if at < 0:
        return None
    return wording[at + len(said):].strip(" ,;:-.") or None


def states_a_saving_rate(values: dict) -> bool:
    """Whether the goal's own words already say how much a period goes to
    it ("save $400 a month until ..."), so it isn't asked."""
    from clingoals.smart.scorer import saving_rate

    return any(saving_rate(values.get(key) or "") for key in ("statement", "specific", "plan"))


_PERIODS = {"monthly": "a month", "weekly": "a week", "yearly": "a year", "annually": "a year", "mo": "a month",
            "wk": "a week", "yr": "a year"}


def saving_from_answer(answer: str) -> str:
    """What the person can put aside, read from an answer to "how much a
    month?" ("400", "$400", "$100 a week", "400/month", "$5k a year") as
    "$400 a month" (a bare amount is a month's). Raises InvalidInput saying
    what is wanted when it reads as no amount, or as none, and pointing at a
    letter O typed for a zero ("$4OO")."""
    import re

    from clingoals.numbers import dollars
    from clingoals.smart.scorer import rate_words, saving_rate

    said = " ".join(answer.split()).strip(" .")
    said = re.sub(r"\s*\b(monthly|weekly|yearly|annually)$|/\s*(mo|wk|yr)$",
                  lambda m: " " + _PERIODS[(m.group(1) or m.group(2)).lower()], said, flags=re.IGNORECASE)
    if re.fullmatch(r"\$?\s?\d[\d,]*(?:\.\d+)?k?(?:\s*dollars?)?", said, re.IGNORECASE):
        said += " a month"
    if not said.startswith("$") and re.match(r"\d", said) and not re.search(r"dollars?", said, re.IGNORECASE):
        said = "$" + said
    rate = saving_rate(said)
    if rate is None or rate[0] <= 0:
        from clingoals.numbers import typo_message

        typo = typo_message(answer)  # "$4OO": the letter O where a 0 goes (trial 10 P3)
        raise InvalidInput(typo or "Type an amount and how often, e.g. '$400 a month' or '$100 a week'.")
    amount, period = rate
    return f"{dollars(amount)} {rate_words(period)}"


def _start(values: dict, today: dt.date) -> dt.date:
    start = values.get("start")
    if isinstance(start, dt.date):
        return start
    try:
        return parse_date(start, today, first_day=True) if start else today
    except DateError:
        return today


def deadline_from_answer(answer: str, values: dict, *, today: dt.date) -> dt.date:
    """The deadline an answer gives, refused (InvalidInput saying why) when
    it can't be read or falls before the goal's start, so the question is
    asked again instead of the save failing later."""
    from clingoals import goal as goal_rules

    start = _start(values, today)  # a deadline without a year is the next one on or after the start
    due = goal_rules.check_deadline_horizon(parse_date(answer, today, after=start), today)
    try:
        goal_rules.check_dates(start, due)
    except InvalidInput as error:
        raise InvalidInput(f"{str(error).rstrip('.')}: type a date on or after {start.isoformat()}.") from None
    return due


# The later deadline a card's Achievable advice names: "move the deadline to about 13 months from now"
# (money put aside), "... to about 30 months from its start" (a milestone), "... to about 9 weeks from
# now" / "at least 40 days" (a count the days can't hold), "... to March 5, 2028 (at 5 h a week)" (hours).
_LATER_SPAN = re.compile(r"move the deadline to (?:about |at least )?(\d+(?:\.\d+)?) (day|week|month|year)s? "
                         r"from (now|its start)", re.IGNORECASE)
_LATER_DATE = re.compile(r"move the deadline to ([A-Z][a-z]+ \d{1,2}, \d{4})")


def later_deadline(achievable: dict, values: dict, *, today: dt.date) -> dt.date | None:
    """The deadline the card's Achievable advice (``achievable``: its
    criterion in plain words) says would fit, as a date the goal can take
    and later than the one it has (a span in months runs to the end of its
    last month: "about 13 months from now" on November 24, 2026 is December
    31, 2027), so guided add can offer it (trial 23 #6); None when the
    advice names none."""
    import math

    from clingoals.dates import parse_date

    advice = achievable.get("suggestion") or ""
    found = _LATER_DATE.search(advice)
    try:
        if found:
            later = parse_date(found.group(1), today)
        else:
            found = _LATER_SPAN.search(advice)
            if found is None:
                return None
            count, unit = math.ceil(float(found.group(1))), found.group(2).lower()
            base = _start(values, today) if found.group(3).lower() == "its start" else today
            later = parse_date(f"in {count} {unit}s", base)
            if unit in ("month", "year"):  # "about 13 months": by the end of that month
                later = parse_date(f"end of {later:%B} {later.year}", today)
        later = deadline_from_answer(later.isoformat(), values, today=today)
    except (DateError, InvalidInput):
        return None
    due = _deadline(values, today)
    return later if due is None or later > due else None


def deadline_in_statement(values: dict, *, today: dt.date) -> tuple[str, str] | None:
    """The deadline the goal's own sentence names, as its card (and `goals
    check`) reads it: ("2027-06-30", "by next June") for "Save $5,000 by
    next June", the phrase as typed with the word before it; None when the
    sentence names none, or one the goal can't have (past, before its start)."""
    from clingoals.dates import phrase_in
    from clingoals.smart import score

    statement = values.get("statement") or ""
    card = score(draft_goal_text({**values, "due": None}, (), (), today=today), today)
    time_bound = card["criteria"]["time_bound"]
    if card["deadline"] is None or time_bound["score"] != 2 or not time_bound["evidence"]:
        return None
    try:
        deadline_from_answer(card["deadline"], values, today=today)
    except InvalidInput:
        return None
    said = phrase_in(statement, time_bound["evidence"][0], trigger=True)
    return card["deadline"], " ".join((said.group(0) if said else time_bound["evidence"][0]).split())


def deadline_written_out(statement: str, due: str, said: str, *, today: dt.date) -> str | None:
    """``statement`` with the deadline phrase ``said`` in it ("by next June",
    read as ``due``, "2027-06-30") written as the date it means today ("by
    June 30, 2027"), as guided add writes it, so the sentence still says
    that date after January (trial 21 #15); None when the phrase gives its
    year already ("by 6/30/2027") or isn't found."""
    from clingoals.smart.compose import with_deadline

    if re.search(r"\b\d{4}\b", said):
        return None
    day = dt.date.fromisoformat(due)
    written = with_deadline(statement, day, day, today=today)
    if written is None or written == statement:
        return None
    year = f", {day.year}"
    at = written.find(year)
    if at >= 0 and re.match(r"\s+[^\W\d]", written[at + len(year):]):  # "by June 30, 2027, so my family ..."
        written = written[:at + len(year)] + "," + written[at + len(year):]
    return written


def target_in_statement(values: dict, *, today: dt.date) -> tuple[float, str, str] | None:
    """The target a scripted goal's sentence gives when none is given: the
    one sum of money it names, as guided add offers it ("Save $1.5k for the
    EFT externship training" -> (1500.0, "dollars", "$1.5k"), the sum as
    typed last, quoted as the line saying where it was read puts it), a
    balance paid down (:func:`payoff_in_statement`: the sum paid), the
    length of the course it names ("Complete the
    40-hour LPC-S supervisor training course" -> (40.0, "training hours",
    "40-hour"): trial 14 C3), the one count it names ("Complete 20 CE
    hours" -> 20 CE hours, "Hold 12 consultation calls"), as guided add
    offers it, so a one-line goal can be logged against too (trial 20 #9:
    the tool's own example had no target; a rhythm's count of occasions is
    left to guided add, where the person accepts it). None when a
    target or another unit is given, or the sentence names no sum, more
    than one, or one each time ("$200 from every paycheck")."""
    from clingoals.numbers import money_sign

    if values.get("target") is not None or (values.get("unit") and money_sign(values["unit"]) is None):
        return None
    payoff = payoff_in_statement(values)
    if payoff is not None:  # "Pay off the card, balance at 0 (its 4.5k now)": what is paid (trial 16 B3)
        from clingoals.numbers import dollars

        owed, left, said = payoff
        return owed - left, "dollars", f"'{said}' as balance down to {dollars(left)} from {dollars(owed)}"
    offer = offered_target(values, today=today, statement=values.get("statement"))
    if offer is None:
        return None
    value, unit = target_from_answer(offer["text"])
    if "said" not in offer:
        # a spending limit's ceiling (limit_target's), or a rhythm's occasions: a rhythm goal made in one
        # line stays checkable each time (guided add offers the count, and the person says yes)
        return None
    if values.get("unit") and not money_sign(unit):  # --unit dollars beside a '40-hour' course: not these hours
        return None
    return value, unit, f"'{offer['said']}'"


def payoff_in_statement(values: dict) -> tuple[float, float, str] | None:
    """A scripted goal's balance to clear, read as guided add reads the
    answer to its measure question (:func:`payoff_in`), from --measure or
    else the sentence ("Pay off the credit card, balance at 0 (its 4.5k
    right now)"): (owed, down to, the words it was read from). From the
    sentence only when the sum owed reads as money ("$4,500", "4.5k", or
    100 and over): "Pay off 2 loans, 0 late payments" is not a balance."""
    from clingoals.smart import vocabulary as v
    from clingoals.smart.scorer import sentence_payoff

    statement = values.get("statement") or ""
    measure = values.get("measure")
    if measure:
        payoff = payoff_in(measure, statement)
        return None if payoff is None else (*payoff, measure)
    payoff = sentence_payoff(statement)
    if payoff is None:
        return None
    owed, left, statement = payoff  # (the sentence without its deadline, when that was read)
    sums = list(v.PAYOFF_SUMS.finditer(statement))
    first, last = sums[0], sums[-1]
    heads = [m for m in v.PAYOFF_OWED.finditer(statement) if m.start() < first.start()]
    start = heads[-1].start() if heads else first.start()
    end = last.end()
    opened = statement.rfind("(", start, end)
    if opened > statement.rfind(")", start, end):  # "(its 4.5k right now)": to its closing bracket
        close = statement.find(")", end)
        end = close + 1 if close >= 0 else end
    return owed, left, statement[start:end].strip(" ,;")


def no_target_note(statement: str, *, sets: str = "--target sets") -> str | None:
    """Why a scripted goal whose sentence names a sum got no target from it
    (:func:`target_in_statement` found none to take): two sums, or one each
    time; None for a sentence with no sum, or a spending limit (a ceiling,
    not a total to reach). ``sets``: what sets one (guided add: after it is
    saved, 'goals edit ID --target')."""
    from clingoals.smart.scorer import saving_rate, spending_limit
    from clingoals.smart.vocabulary import MONEY

    sums = [m.group(0) for m in re.finditer(MONEY.pattern, statement or "", re.IGNORECASE)]
    if not sums or spending_limit(statement):
        return None
    if len(set(sums)) > 1:
        named = ", ".join(sums[:-1]) + " and " + sums[-1]
        return f"No target set: the sentence names {named}; {sets} the one to count toward."
    if saving_rate(statement):
        return f"No target set: '{sums[0]}' is put aside each time, not a total; {sets} the total."
    return None


def amount_typo_in(statement: str) -> tuple[str, str | None, str | None] | None:
    """A sum in the sentence that doesn't read as one (the card's Measurable
    says so: "'$5,OOO' doesn't read as an amount: did you mean $5,000?"):
    (the sum as typed, what it surely meant or None when that can't be told,
    the sentence with it corrected or None), else None."""
    from clingoals.numbers import amount_typo

    found = amount_typo(statement or "")
    if found is None:
        return None
    typed, meant = found
    return typed, meant, statement.replace(typed, meant, 1) if meant else None


def digit_typo_in(text: str) -> tuple[str, str, str] | None:
    """A number in ``text`` typed with the letter O for a zero, such as a
    year in a date ("by March 2O27", which the date reader would take as
    "by March" and drop the year): (the word as typed, as meant, ``text``
    with it corrected), else None. A sum of money is
    :func:`amount_typo_in`'s."""
    from clingoals.numbers import digit_typo

    found = digit_typo(text or "")
    if found is None:
        return None
    typed, meant, _ = found
    return typed, meant, re.sub(r"(?<![\w.,])" + re.escape(typed) + r"(?![\w])", meant, text, count=1)


# The answers of a draft that validation can refuse: the question that asks
# for each again, and the values it fills.
ANSWERS = {"due": ("due",), "measure": ("target", "unit"), "hours": ("hours_per_week",),
           "confidence": ("confidence",), "baseline": ("baseline",), "start": ("start",)}


def failing_answers(values: dict, *, today: dt.date) -> list[tuple[str, str]]:
    """The kept answers that would stop the goal from saving, as (question,
    why), so a continued draft asks them again instead of failing the same
    way on every try. Answers not given yet are not judged."""
    from clingoals.usecases.goals import new_goal_fields

    from clingoals.goal import latest_deadline

    far = latest_deadline(today).isoformat()  # stands in for a deadline not asked yet

    def error(vals: dict) -> str | None:
        try:
            new_goal_fields(today=today, **{**vals, "due": vals.get("due") or far,
                                            "statement": vals.get("statement") or "x"})
        except InvalidInput as problem:
            return str(problem)
        return None

    failing, vals = [], {key: value for key, value in values.items() if key in DRAFT_VALUES}
    for _ in ANSWERS:
        problem = error(vals)
        if problem is None:
            break
        for question, keys in ANSWERS.items():
            if all(vals.get(key) is None for key in keys):
                continue
            without = {**vals, **{key: None for key in keys}}
            if error(without) != problem:
                failing.append((question, problem))
                vals = without
                break
        else:
            break
    return failing


def suggested_domain(values: dict, aspirations: Iterable[str], declared: Iterable[str], *, today: dt.date,
                     descriptions: dict[str, str] | None = None) -> str:
    """'personal' or 'professional': what the goal (and the aspiration it
    serves) is about, the default the conversation offers. What you'll do
    decides before why: "sleep better, so I have energy for clients and my
    family" is a personal goal though its reason names work (trial 4)."""
    from clingoals.smart.scorer import life_domain

    for reading in ({**values, "why": None}, values):
        if life_domain(draft_goal_text(reading, list(aspirations), declared, today=today,
                                       descriptions=descriptions)) == "personal":
            return "personal"
    return "professional"


def target_from_answer(answer: str) -> tuple[float, str]:
    """The number to log progress against and what it counts, read from an
    answer such as '50 training hours' (:func:`clingoals.goal.read_target`,
    the grammar every target question shares). Raises InvalidInput, saying
    plainly what is missing, when there is no number, it is zero, nothing
    says what it counts, or it is a rhythm rather than a total."""
    number, unit, _ = measure_from_answer(answer)
    return number, unit


def measure_from_answer(answer: str) -> tuple[float, str, str | None]:
    """:func:`target_from_answer` with the words that say what a sum of
    money is ('$4,000 balance down to $0' -> (4000.0, 'dollars', 'balance
    down to $0'), :func:`clingoals.goal.read_measure`), else None."""
    from clingoals.goal import read_measure

    number, unit, words = read_measure(answer)
    if not unit:
        raise InvalidInput(f"What does {number:g} count? Type it with the number, e.g. '{number:g} training hours'.")
    return number, unit, words


def aspiration_to_link(values: dict, aspirations: Iterable[str], declared: Iterable[str], *,
                       today: dt.date, statement: str | None = None,
                       descriptions: dict[str, str] | None = None) -> str | None:
    """The aspiration the draft's card says the goal serves, when it isn't
    linked yet: the same decision as the card's Relevant reason, so the card
    and the saved goal always agree. One the goal only may support (through a
    neighbouring concept) is not linked, and the card doesn't claim it."""
    from clingoals.smart import aspiration_served

    aspirations = list(aspirations)
    served = aspiration_served(draft_goal_text(values, aspirations, declared, today=today, statement=statement,
                                               descriptions=descriptions))
    linked = {a.lower() for a in aspirations}
    return served if served and served.lower() not in linked else None


def aspiration_spelling(name: str) -> str | None:
    """A new aspiration's name as the card's vocabulary spells it, when a word
    was typed slightly wrong (`goals aspiration add` offers the same)."""
    from clingoals.usecases.goals import aspiration_spelling as spelled

    return spelled(name)


def declared_aspirations(store) -> list[str]:
    from clingoals.store import queries

    return queries.aspiration_names(store.conn)


def aspiration_descriptions(store) -> dict[str, str]:
    from clingoals.store import queries

    return queries.aspiration_descriptions(store.conn)


def save_goal(store, values: dict, *, statement: str | None = None, aspirations: Iterable[str] = (),
              new_aspirations: Iterable[str] = (), steps: Iterable[str] = (), tags: Iterable[str] = (),
              status: str = "active", today: dt.date, now: str,
              reason: str = COMPOSED_REASON, replaced: Iterable[str] = (),
              specific_replaced: str | None = None) -> tuple[dict, str | None]:
    """Save a goal from the options of ``goals add`` (``values``; its
    ``statement`` is the person's own first sentence). ``statement`` is the
    wording they accepted, if different: the goal is saved with it and the
    first sentence stays in its history (``reason`` says why it changed), and
    so does each wording the person typed along the way that another took
    the place of (``replaced``: an edit they then changed), between the two,
    so nothing they typed is lost; so does the "What exactly?" answer an
    edited wording took the place of (``specific_replaced``: the goal's
    specifics then say nothing the wording contradicts). The aspiration its card says it
    serves is linked too, and kept as the card's link (not the person's).
    Its domain is the one said (``values["personal"]``
    True or False: --personal/--professional, or the guided question), else
    :func:`suggested_domain`, the same reading the guided question offers, so
    a scripted and a guided add file one goal alike. Returns (the goal's
    JSON, the aspiration linked or None)."""
    from clingoals import goal as goal_rules
    from clingoals.usecases import goals as goals_use

    first = goal_rules.check_statement(values.get("statement"))
    final = goal_rules.check_statement(statement) if statement is not None else first
    replaced_specific = None if values.get("specific") else (specific_replaced or "").strip() or None
    fields = goals_use.new_goal_fields(today=today, **{**values, "statement": first,
                                                       "title": values.get("title") or goal_rules.make_title(final),
                                                       "specific": values.get("specific") or replaced_specific})
    fields["status"] = goal_rules.check_status(status)
    aspirations = list(aspirations)
    declared = [*declared_aspirations(store), *new_aspirations]
    descriptions = aspiration_descriptions(store)
    linked = aspiration_to_link(values, aspirations, declared, today=today, statement=final,
                                descriptions=descriptions)
    if linked:
        aspirations.append(linked)
    if values.get("personal") is None:  # not said (--personal/--professional, or the guided question)
        fields["domain"] = suggested_domain(values, aspirations, declared, today=today, descriptions=descriptions)
    data = goals_use.add_goal(store, fields, tags=tags, aspirations=aspirations, card_aspiration=linked,
                              new_aspirations=new_aspirations, steps=steps, today=today, now=now)
    said = first
    for wording in dict.fromkeys(" ".join(w.split()) for w in replaced if w and w.strip()):
        if wording in (said, final, first):
            continue
        changes = goals_use.goal_changes(today=today, statement=goal_rules.check_statement(wording))
        data, _ = goals_use.edit_goal(store, data["id"], changes, reason=REPLACED_REASON, today=today, now=now)
        said = wording
    if final != said:
        if said != first and reason == COMPOSED_REASON:
            reason = "drafted with goals add: the wording saved"
        changes = goals_use.goal_changes(today=today, statement=final)
        data, _ = goals_use.edit_goal(store, data["id"], changes, reason=reason, today=today, now=now)
    if replaced_specific:  # the answer as typed stays in the history, the wording says it now
        changes = goals_use.goal_changes(today=today, specific="")
        data, _ = goals_use.edit_goal(store, data["id"], changes, reason=SPECIFIC_REPLACED_REASON, today=today,
                                      now=now)
    return data, linked


# --- private drafts of an unfinished conversation ---------------------------------------

# The options of ``goals add`` a draft keeps, and the JSON types each may hold.
DRAFT_VALUES = {
    "statement": str, "title": str, "specific": str, "measure": str, "target": (int, float), "unit": str,
    "baseline": (int, float), "plan": str, "hours_per_week": (int, float), "why": str, "category": str,
    "personal": bool, "parent": int, "confidence": int, "start": str, "due": str, "horizon": str,
}


def _strings(items) -> list[str]:
    return [item for item in items if isinstance(item, str)] if isinstance(items, list) else []


def keep_draft(values: dict, *, aspirations: Iterable[str] = (), new_aspirations: Iterable[str] = (),
               steps: Iterable[str] = (), asked: Iterable[str] = (), wording: str | None = None,
               replaces: str | None = None, pending: dict | None = None, accepted: Iterable[str] = (),
               replaced: Iterable[str] = (), specific_replaced: str | None = None,
               typed_first: dict | None = None, typed_answers: Iterable[dict] = (), today: dt.date,
               now: str) -> dict:
    """Keep an unfinished conversation as a private draft (owner-only in the
    data folder, not in the database): the first sentence, every answer so
    far (``values``), the questions already asked, the chosen ``wording`` if
    there is one, the line being typed when it stopped (``pending``:
    {"question", "text"}) and the privacy findings the person chose to go on
    with (``accepted``), and the wordings they typed that another took the
    place of (``replaced``: kept, then in the goal's history), as is the
    "What exactly?" answer an edited wording took the place of
    (``specific_replaced``), and a number typed with a letter O that the
    person took corrected, in the first sentence (``typed_first``) or an
    answer (``typed_answers``: {"typed", "meant"}), so the goal's history
    still says what was typed when the draft is continued. A deadline phrase is kept as the date it meant today
    ("in 3 months" stays that date). ``replaces`` names the draft this one
    continues; it goes once the new one is written."""
    from clingoals.store.drafts import discard_draft as discard, save_draft

    kept = {key: values[key] for key in DRAFT_VALUES if values.get(key) is not None}
    due = _deadline(values, today)
    if due is not None:
        kept["due"] = due.isoformat()
    draft = save_draft("goal", {"values": kept, "aspirations": list(aspirations),
                                "new_aspirations": list(new_aspirations), "steps": list(steps),
                                "asked": sorted(set(asked)), "wording": wording, "pending": pending,
                                "accepted": list(accepted), "replaced": list(dict.fromkeys(replaced)),
                                "specific_replaced": specific_replaced, "typed_first": typed_first,
                                "typed_answers": list(typed_answers)}, now=now)
    if replaces and replaces != draft["name"]:
        discard(replaces)
    return draft


def drafts() -> list[dict]:
    """Unfinished goal conversations, oldest first, each as
    {"name", "saved_at", "values", "aspirations", "new_aspirations",
    "steps", "asked", "wording", "pending", "accepted", "replaced", "specific_replaced", "typed_first",
    "typed_answers"}. Fields of the wrong
    type are left out;
    a file without a first sentence is skipped (never deleted)."""
    from clingoals.store.drafts import list_drafts

    found = []
    for draft in list_drafts("goal"):
        values = draft.get("values")
        if not isinstance(values, dict):
            continue
        values = {key: value for key, value in values.items()
                  if key in DRAFT_VALUES and isinstance(value, DRAFT_VALUES[key])
                  and not (isinstance(value, bool) and DRAFT_VALUES[key] is not bool)}
        if not (values.get("statement") or "").strip():
            continue
        wording, pending = draft.get("wording"), draft.get("pending")
        if not (isinstance(pending, dict) and isinstance(pending.get("question"), str)
                and isinstance(pending.get("text"), str) and pending["text"].strip()):
            pending = None
        found.append({"name": draft["name"], "saved_at": str(draft.get("saved_at") or ""), "values": values,
                      "aspirations": _strings(draft.get("aspirations")),
                      "new_aspirations": _strings(draft.get("new_aspirations")),
                      "steps": _strings(draft.get("steps")), "asked": _strings(draft.get("asked")),
                      "wording": wording if isinstance(wording, str) and wording.strip() else None,
                      "pending": pending and {"question": pending["question"], "text": pending["text"]},
                      "accepted": _strings(draft.get("accepted")),
                      "replaced": _strings(draft.get("replaced")),
                      "specific_replaced": _strings([draft.get("specific_replaced")])[0]
                      if _strings([draft.get("specific_replaced")]) else None,
                      "typed_first": _typed(draft.get("typed_first"), ("statement", "typed", "meant", "corrected")),
                      "typed_answers": [typed for typed in (_typed(item, ("typed", "meant")) for item in
                                                            (draft.get("typed_answers") or [])
                                                            if isinstance(draft.get("typed_answers"), list))
                                        if typed]})
    return found


def _typed(item, keys: tuple[str, ...]) -> dict | None:
    """A kept note of a typed number's correction with each of ``keys`` a string, else None."""
    if not isinstance(item, dict) or not all(isinstance(item.get(key), str) for key in keys):
        return None
    return {key: item[key] for key in keys}


def draft_reminder_due(today: dt.date) -> bool:
    """Whether to remind of unfinished goal drafts now: once a day at most."""
    from clingoals.store.drafts import remind_once

    return remind_once("goal", today.isoformat())


def discard_draft(name: str) -> None:
    """Remove a draft once its goal is stored (or kept as a newer draft)."""
    from clingoals.store.drafts import discard_draft as discard

    discard(name)


# The free texts of a drafted goal the privacy check reads, with how to ask for each again.
PRIVATE_FIELDS = {"wording": "Your goal", "statement": "Your first sentence", "specific": "What exactly",
                  "measure": "How you'll know", "why": "Why it matters", "plan": "Your plan"}


def privacy_findings(values: dict, *, wording: str | None = None, steps: Iterable[str] = ()) -> dict:
    """What in the drafted goal may identify a client, per field:
    {field: [findings]}, fields as in :data:`PRIVATE_FIELDS`, and
    ``"step N"`` (1-based) for action steps. Empty when nothing does."""
    from clingoals.privacy import findings

    texts = {"wording": wording, **{key: values.get(key) for key in PRIVATE_FIELDS if key != "wording"}}
    texts.update({f"step {n}": text for n, text in enumerate(steps, 1)})
    found = {}
    for field, text in texts.items():
        if isinstance(text, str) and text.strip():
            hits = findings(text)
            if hits:
                found[field] = hits
    return found


def client_details(text: str) -> list[str]:
    """What in one typed answer may identify a client (empty when nothing
    does): the privacy check the conversation runs as soon as it is typed."""
    from clingoals.privacy import findings

    return findings(text)


def names_a_measure(answer: str, values: dict) -> bool:
    """Whether an answer to "how will you know you got there?" gives the
    goal a measure: a number, a count, a frequency, a threshold on an
    instrument or a checkable result, as the scorer's Measurable reads the
    goal with the answer as its metric (and no deadline, so that "one thing
    done by a date" doesn't count the answer as a measure). "use
    interoceptive exposure" names none; "PDSS below 8" and "pass the exam" do."""
    from clingoals.smart import GoalText
    from clingoals.smart.scorer import score_measurable

    goal = GoalText(statement=_amount_read(values.get("statement") or ""), specific=values.get("specific"),
                    metric=answer)
    return score_measurable(goal, None).score == 2


def measure_suggestion(values: dict, suggestion: str | None) -> str | None:
    """The card's advice for Measurable, as said after an answer that names
    no measure: about the measure, never the fix of a sum typed elsewhere in
    the first sentence ("Write it as $9,000", trial 15 B3), which is then
    the advice for the sentence read with that sum corrected."""
    from clingoals.smart import GoalText
    from clingoals.smart.scorer import in_plain_words, score_measurable

    statement = values.get("statement") or ""
    if amount_typo_in(statement) is None:
        return suggestion
    goal = GoalText(statement=_amount_read(statement), specific=values.get("specific"))
    return in_plain_words(score_measurable(goal, None).suggestion) or None


def _amount_read(statement: str) -> str:
    """``statement`` without a sum that doesn't read as one ("Pay down my
    $9,OOO car loan" -> "Pay down my car loan"), so an answer is judged on
    its own words, not on a typo elsewhere in the sentence (nor passed by
    the sum the person declined to have corrected)."""
    typo = amount_typo_in(statement)
    return statement if typo is None else " ".join(statement.replace(typo[0], "", 1).split())


def reads_as_an_action(answer: str) -> bool:
    """Whether an answer reads as what the person will do rather than how
    they'll know it worked: the scorer finds a concrete action in it
    (Specific met) and Measurable finds nothing in it but that action's
    words ("use interoceptive exposure", not "fewer panic attacks")."""
    from clingoals.smart import GoalText
    from clingoals.smart.scorer import score_measurable, score_specific

    goal = GoalText(statement=answer)
    specific = score_specific(goal)
    measurable = score_measurable(goal, None)
    return specific.score == 2 and measurable.score < 2 and set(measurable.evidence) <= set(specific.evidence)


def restates_the_goal(answer: str, values: dict) -> bool:
    """Whether a plan answer only says the goal's result again: every word
    of it is one the first sentence, its detail or its measure already says
    ("finish the race" for "Run a 10k", measured by crossing the finish line
    of a 10k race). Such an answer says nothing of how it will be done
    (trial 15 C1: it met Achievable with no training said)."""
    from clingoals.smart.scorer import _content_words

    said = " ".join(t for t in (values.get("statement"), values.get("specific"), values.get("measure")) if t)
    return bool(answer.strip()) and _content_words(answer) <= _content_words(said)


def same_words(text: str, other: str) -> bool:
    """Whether two answers say the same words (case and spacing aside)."""
    return text.lower().split() == other.lower().split()


def with_part(text: str | None, part: str) -> str:
    """``part`` added to a free text such as the plan ("a; b"), unless it is there already."""
    text = (text or "").strip()
    if part.strip().lower() in text.lower():
        return text
    return f"{text}; {part.strip()}" if text else part.strip()

