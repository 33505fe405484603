"""The SMART scorer: rules over the goal's words and structured parts.

Pure and deterministic: no clock, no network, no database. ``today`` is an
argument; the same goal on the same day always gets the same card.
Each criterion gets a score 0 (missing), 1 (partly) or 2 (met), the words
that earned it, one plain-language reason and, below 2, one suggestion.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from clingoals.dates import find_deadline, frequency_phrase
from clingoals.smart import vocabulary as v

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")
MAX_TEXT = 5_000  # longer statements are scored on their first 5,000 characters
DAYS_PER_MONTH = 30.44


@dataclass(frozen=True)
class GoalText:
    """Everything the scorer may look at. Only ``statement`` is required."""

    statement: str
    specific: str | None = None
    metric: str | None = None
    target: float | None = None
    unit: str | None = None
    baseline: float | None = None
    current: float | None = None
    deadline: dt.date | None = None
    start: dt.date | None = None
    plan: str | None = None
    hours_per_week: float | None = None
    why: str | None = None
    confidence: int | None = None
    category: str | None = None
    aspirations: tuple[str, ...] = ()          # every aspiration the user declared
    linked_aspirations: tuple[str, ...] = ()   # the ones this goal says it serves


@dataclass
class Criterion:
    score: int
    reason: str
    suggestion: str | None = None
    evidence: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"score": self.score, "met": self.score == 2, "evidence": self.evidence,
                "reason": self.reason, "suggestion": None if self.score == 2 else self.suggestion}


@dataclass(frozen=True)
class Milestone:
    id: str
    name: str
    pattern: re.Pattern | None
    exclusion: re.Pattern | None
    min_months: float
    typical_months: float
    basis: str
    note: str
    source: str


def _any_of(patterns) -> re.Pattern | None:
    """One pattern for a row's alternatives, matched against lower-cased text."""
    return re.compile("|".join(f"(?:{p.lower()})" for p in patterns)) if patterns else None


@lru_cache(maxsize=1)
def milestones() -> tuple[Milestone, ...]:
    """The durations table shipped as data (``durations.toml``)."""
    raw = tomllib.loads(resources.files("clingoals.smart").joinpath("durations.toml").read_text("utf-8"))
    return tuple(
        Milestone(row["id"], row["name"], _any_of(row["match"]), _any_of(row.get("unless", ())),
                  float(row["min_months"]), float(row["typical_months"]), row["basis"],
                  row["note"], row["source"])
        for row in raw["milestone"]
    )


TOKEN = re.compile(r"[\w][\w'+-]*")


@lru_cache(maxsize=32)
def _tokens(text: str) -> tuple[list[str], list[str]]:
    """Words as written and lower-cased; one text is looked up many times."""
    raw = TOKEN.findall(text)
    return raw, [w.lower().rstrip("'-") for w in raw]


class TermSet:
    """Whole-word (and multi-word) terms found by set lookup over word n-grams:
    linear in the text, whatever the number of terms."""

    def __init__(self, terms):
        self.terms = {" ".join(TOKEN.findall(t.lower())) for t in terms}
        self.first_words = {t.split(" ", 1)[0] for t in self.terms}
        self.longest = max((t.count(" ") + 1 for t in self.terms), default=1)

    def find(self, text: str, *, normalised: bool = False) -> list[str]:
        """The terms present, longest match first at each position, in order
        (as written, or as the term set spells them)."""
        raw, words = _tokens(text)
        found, i = [], 0
        while i < len(words):
            if words[i] not in self.first_words and words[i][:-2] not in self.first_words:
                i += 1
                continue
            for size in range(min(self.longest, len(words) - i), 0, -1):
                gram = " ".join(words[i:i + size])
                if size == 1 and gram not in self.terms and gram.endswith("'s"):
                    gram = gram[:-2]
                if gram in self.terms:
                    found.append(gram if normalised else " ".join(raw[i:i + size]))
                    i += size
                    break
            else:
                i += 1
        return found


CONTEXT = TermSet(v.CONTEXT_TERMS)
VAGUE = TermSet(v.VAGUE)
TIME_HEDGES = TermSet(v.HEDGES_FOR_TIME)
CONCEPT_TERMS = TermSet(term for terms in v.CONCEPTS.values() for term in terms)
CONCEPTS_OF_TERM: dict[str, set[str]] = {}
for _concept, _terms in v.CONCEPTS.items():
    for _term in _terms:
        CONCEPTS_OF_TERM.setdefault(" ".join(TOKEN.findall(_term.lower())), set()).add(_concept)
WORD = re.compile(r"[a-z][a-z'-]*")
STOPWORDS = set(
    "a an the and or of to in on for with my our at by from into be become as is are am i me "
    "this that these those it its new more all any each per every will would can could should "
    "goal goals work career".split()
)


def _verbs_in(text: str) -> list[str]:
    found = []
    for word in WORD.findall(text.lower()):
        stem = word
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and word[: -len(suffix)] in v.ACTION_VERBS:
                stem = word[: -len(suffix)]
                break
            if suffix in ("ing", "ed") and word.endswith(suffix) and word[: -len(suffix)] + "e" in v.ACTION_VERBS:
                stem = word[: -len(suffix)] + "e"
                break
        if stem in v.ACTION_VERBS:
            found.append(word)
    return found


@lru_cache(maxsize=32)
def _lowered(text: str) -> str:
    return text.lower()


def found(pattern: re.Pattern, text: str) -> list[str]:
    """The matches of a lower-case vocabulary pattern, in the text's own letters."""
    lowered = _lowered(text)
    same = len(lowered) == len(text)  # a few characters change length when lower-cased
    return [text[m.start():m.end()] if same else m.group(0) for m in pattern.finditer(lowered)]


def _found_with(pattern: re.Pattern, text: str, keep) -> list[str]:
    lowered = _lowered(text)
    same = len(lowered) == len(text)
    return [text[m.start():m.end()] if same else m.group(0)
            for m in pattern.finditer(lowered) if keep(m, lowered)]


def _unique(items) -> list[str]:
    """Distinct, in order, ignoring letter case."""
    seen: dict[str, str] = {}
    for item in items:
        if item and item.strip():
            seen.setdefault(item.strip().lower(), item.strip())
    return list(seen.values())


# --- the five criteria ------------------------------------------------------------

def _specific_of(text: str) -> tuple[int, list[str], list[str], list[str]]:
    verbs = _verbs_in(text)
    context = _unique(CONTEXT.find(text))
    vague = _unique(VAGUE.find(text))
    # Numbers, instruments and rhythms make a sentence concrete too.
    quantities = [q for pattern in (v.UNIT_PATTERN, v.FROM_TO, v.INSTRUMENTS, v.FREQUENCY_COUNT)
                  for q in found(pattern, text)]
    has_context = bool(context) or len(quantities) > 0
    score = 2 if verbs and has_context else (1 if verbs or has_context else 0)
    if vague:
        # A hedge or vague verb weakens even a concrete sentence; with no
        # context at all, nothing specific is left.
        score = 1 if has_context else 0
    if len(WORD.findall(text.lower())) < 3:
        score = min(score, 1)
    return score, verbs, context + quantities, vague


def score_specific(goal: GoalText) -> Criterion:
    score, verbs, context, vague = _specific_of(goal.statement)
    if goal.specific:
        # Concrete detail resolves a vague headline ("get better at trauma
        # work" + "complete the EMDR basic training for adults with PTSD").
        detail = _specific_of(goal.specific)
        combined = _specific_of(goal.statement + ". " + goal.specific)
        better = detail if detail[0] == 2 else combined
        if better[0] >= score:
            score, verbs, context, vague = better
    evidence = _unique(verbs[:2] + context[:4])
    if score == 2:
        return Criterion(2, f"Names what you'll do and the context ({', '.join(evidence[:4])}).",
                         evidence=evidence)
    if vague:
        return Criterion(
            score, f"'{vague[0]}' doesn't say what you'll actually do.",
            "Replace it with an observable action and its object, e.g. 'complete the EMDR basic "
            "training' or 'run a weekly DBT skills group for teens'.", evidence=_unique(vague + evidence))
    if verbs and not context:
        return Criterion(score, "There's an action but not what, with whom or where.",
                         "Name the training, modality, credential, population or setting, "
                         "e.g. 'a CBT course for anxiety disorders'.", evidence=evidence)
    if context and not verbs:
        return Criterion(score, "It names a topic but not the action you'll take.",
                         "Start with a verb you can observe: complete, pass, attend, submit, run, lead.",
                         evidence=evidence)
    return Criterion(0, "It doesn't say what you'll do, or for whom.",
                     "Say the action and its object, e.g. 'complete a TF-CBT certification course'.",
                     evidence=evidence)


def score_measurable(goal: GoalText) -> Criterion:
    text = " ".join(t for t in (goal.statement, goal.metric or "") if t)
    if goal.target is not None and goal.target > 0:
        unit = goal.unit or goal.metric or ""
        shown = f"{goal.target:g} {unit}".strip()
        if unit:
            return Criterion(2, f"Target set: {shown}.", evidence=[shown])
        return Criterion(1, f"There's a target ({goal.target:g}) but no unit.",
                         "Say what the number counts: hours, sessions, clients, %.", evidence=[shown])
    evidence = []
    for pattern in (v.FROM_TO, v.THRESHOLD, v.UNIT_PATTERN, v.NUMBER_WORD_UNIT, v.FREQUENCY_COUNT):
        evidence += _found_with(pattern, text, lambda m, lowered: not _is_duration(m, lowered))
    instrument = found(v.INSTRUMENTS, text)
    evidence = _unique(evidence)
    if evidence:
        return Criterion(2, f"You'll know by the numbers: {', '.join(evidence[:3])}.",
                         evidence=_unique(instrument + evidence))
    outcome = found(v.BINARY_OUTCOME, text)
    named = found(v.NAMED_OBJECT, text)
    comparatives = found(v.COMPARATIVE, text)
    if outcome and named and not (comparatives and not _verbs_in(text)):
        return Criterion(2, f"A checkable outcome: {outcome[0]} … {named[0]}.",
                         evidence=_unique(outcome[:1] + named[:2]))
    if instrument:
        return Criterion(1, f"It names {instrument[0]} but no threshold or change to reach.",
                         f"Add the score to reach, e.g. '{instrument[0]} below 10' or 'from 15 to 9'.",
                         evidence=instrument)
    if comparatives:
        return Criterion(1, f"'{comparatives[0]}' says which way, not how much.",
                         "Put a number on it: from X to Y, a count with a unit (20 CE hours, "
                         "5 sessions), or a pass/fail outcome.", evidence=_unique(comparatives))
    if outcome or named:
        return Criterion(1, "There's an outcome, but it's not clear how you'll check it.",
                         "Name the result you can check: pass the NCE, submit the application, "
                         "complete the named course.", evidence=_unique(outcome + named))
    return Criterion(0, "Nothing says how you'll know you got there.",
                     "Add a measure: a number with a unit (12 sessions, 20 CE hours), 'from X to Y', "
                     "or a checkable result (pass, obtain, submit).")


DURATION = re.compile(r"\d+\s*(?:days?|weeks?|months?|years?)")
DEADLINE_WORDS = re.compile(r"\b(?:in|within|for|over|next|the next|by|after|of)\s*$")


def _is_duration(match: re.Match, text: str) -> bool:
    """'within 3 months' is a deadline, not a measure ('take 10 days' is one)."""
    if not DURATION.fullmatch(match.group(0).strip()):
        return False
    return bool(DEADLINE_WORDS.search(text[: match.start()]))


def match_milestone(text: str) -> Milestone | None:
    """The first row of the table (in file order) whose pattern matches."""
    lowered = _lowered(text)  # the patterns are compiled lower-case: faster than IGNORECASE
    for milestone in milestones():
        if milestone.pattern.search(lowered) and not (
                milestone.exclusion and milestone.exclusion.search(lowered)):
            return milestone
    return None


def _implied_hours(goal: GoalText) -> float | None:
    """Hours of work the goal names (a target in hours, or 'N hours' in the text)."""
    if goal.target and goal.unit and re.match(r"(?:ce |contact |supervised |clinical )?(hours?|hrs?|h)\b", goal.unit, re.I):
        return max(goal.target - (goal.current or 0), 0.0)
    match = re.search(r"(\d+(?:\.\d+)?)\s*(?:ce |contact |supervised |clinical |training |study )?(?:hours?|hrs?)\b",
                      goal.statement, re.IGNORECASE)
    return float(match.group(1)) if match else None


def _months(start: dt.date, end: dt.date) -> float:
    return (end - start).days / DAYS_PER_MONTH


def _fmt_months(months: float) -> str:
    if months < 1:
        weeks = max(1, round(months * DAYS_PER_MONTH / 7))
        return f"{weeks} week{'s' if weeks != 1 else ''}"
    if months >= 24 and months % 12 == 0:
        return f"{int(months // 12)} years"
    return f"{months:g} months" if months != 1 else "1 month"


def score_achievable(goal: GoalText, deadline: dt.date | None, today: dt.date) -> Criterion:
    text = " ".join(t for t in (goal.statement, goal.specific or "") if t)
    start = max(goal.start or today, today) if deadline and deadline >= today else (goal.start or today)
    milestone = match_milestone(text)
    absolute = found(v.ABSOLUTE, text)
    evidence: list[str] = []
    support: list[str] = []
    problems: list[tuple[int, str, str]] = []  # (score cap, reason, suggestion)

    if milestone is not None:
        evidence.append(milestone.name)
        if deadline is not None:
            available = _months(start, deadline)
            if available < milestone.min_months:
                problems.append((0, f"{milestone.name[0].upper() + milestone.name[1:]} usually takes "
                                 f"about {_fmt_months(milestone.typical_months)} (at least "
                                 f"{_fmt_months(milestone.min_months)}: {milestone.note}); the deadline "
                                 f"leaves {_fmt_months(round(max(available, 0), 1))}.",
                                 f"Move the deadline to about {_fmt_months(milestone.typical_months)} "
                                 f"from now, or make this step smaller. Source: {milestone.source}."))
            else:
                support.append(f"the time fits {milestone.name} (typically {_fmt_months(milestone.typical_months)})")
    hours = _implied_hours(goal)
    if hours and deadline is not None and goal.hours_per_week is not None:
        weeks = max((deadline - start).days / 7, 1 / 7)
        needed = hours / weeks
        if needed > goal.hours_per_week * 1.1:
            cap = 0 if needed > goal.hours_per_week * 3 else 1
            problems.append((cap, f"It needs about {needed:.1f} h a week; you said you have {goal.hours_per_week:g}.",
                             "Give it more hours a week, move the deadline, or lower the target."))
        else:
            support.append(f"about {needed:.1f} h a week fits your {goal.hours_per_week:g}")
    elif goal.hours_per_week is not None and goal.hours_per_week > 0:
        support.append(f"{goal.hours_per_week:g} h a week set aside")
    if goal.plan:
        support.append("a plan")
    if goal.confidence is not None:
        if goal.confidence >= 7:
            support.append(f"confidence {goal.confidence}/10")
        elif goal.confidence <= 3:
            problems.append((1, f"Your confidence is {goal.confidence}/10.",
                             "Make it smaller or add support (a mentor, study group, protected time) "
                             "until you'd rate it 7 or more."))
    if absolute:
        evidence += absolute
        problems.append((1, f"'{absolute[0]}' leaves no room for an ordinary bad week.",
                         "Use a realistic threshold instead, e.g. '90% of sessions' or 'most weeks'."))

    if problems:
        cap, reason, suggestion = min(problems, key=lambda p: p[0])
        return Criterion(cap, reason, suggestion, evidence=_unique(evidence + support))
    if support:
        return Criterion(2, "Realistic: " + "; ".join(support) + ".", evidence=_unique(evidence + support))
    if milestone is not None and deadline is None:
        return Criterion(1, f"{milestone.name[0].upper() + milestone.name[1:]} typically takes "
                         f"{_fmt_months(milestone.typical_months)}; there's no deadline to check it against.",
                         "Add a deadline that leaves enough time.", evidence=evidence)
    return Criterion(1, "Nothing yet says it fits your time and resources.",
                     "Add the hours a week you can give it (--hours-per-week), a plan, or how "
                     "confident you are (0-10).", evidence=evidence)


def concepts_in(text: str) -> frozenset[str]:
    """The field's concepts a text touches (one pass over its words)."""
    return frozenset(c for term in CONCEPT_TERMS.find(text, normalised=True) for c in CONCEPTS_OF_TERM[term])


# Aspirations are the same few names for every goal a user has.
_aspiration_concepts = lru_cache(maxsize=256)(concepts_in)


def _content_words(text: str) -> set[str]:
    words = set()
    for word in WORD.findall(text.lower()):
        if word in STOPWORDS or len(word) < 3:
            continue
        words.add(word[:-1] if word.endswith("s") and len(word) > 4 else word)
    return words


def score_relevant(goal: GoalText) -> Criterion:
    text = " ".join(t for t in (goal.statement, goal.specific or "", goal.why or "", goal.plan or "",
                                goal.metric or "", goal.category or "") if t)
    rationale = found(v.RATIONALE, text)
    if goal.why:
        rationale.insert(0, "why given")
    declared = _unique(goal.aspirations) + [a for a in _unique(goal.linked_aspirations)
                                            if a not in goal.aspirations]
    if not declared:
        return Criterion(1, "Can't judge without an aspiration: nothing says what this goal serves.",
                         "Declare where you're heading (goals aspiration add 'clinical supervisor') "
                         "or say why, e.g. 'so that I can supervise associates'.",
                         evidence=_unique(rationale))
    goal_concepts = concepts_in(text)
    goal_words = _content_words(text)
    best = None
    for aspiration in declared:
        wanted = _aspiration_concepts(aspiration)
        reach = set(wanted)
        for concept in wanted:
            reach.update(v.NEIGHBOURS.get(concept, ()))
        shared = (goal_concepts & reach) or (_content_words(aspiration) & goal_words)
        if shared:
            best = (aspiration, sorted(shared))
            break
    linked = [a for a in goal.linked_aspirations if a]
    if best is not None:
        aspiration, shared = best
        return Criterion(2, f"Serves your aspiration '{aspiration}' ({', '.join(s.replace('_', ' ') for s in shared[:3])}).",
                         evidence=_unique([aspiration] + rationale))
    if linked and rationale:
        return Criterion(2, f"You link it to '{linked[0]}' and say why.", evidence=_unique(linked + rationale))
    if linked or rationale:
        return Criterion(1, f"It's not clear how this serves {', '.join(repr(a) for a in declared[:2])}.",
                         "Say how it connects, e.g. 'so that I qualify for the supervisor role'.",
                         evidence=_unique(linked + rationale))
    return Criterion(0, f"Nothing links it to your aspirations ({', '.join(declared[:3])}).",
                     "Say what it serves ('so that ...', 'to qualify for ...') or link an aspiration.")


def score_time_bound(goal: GoalText, today: dt.date) -> tuple[Criterion, dt.date | None]:
    text = goal.statement
    found = find_deadline(text, today) if goal.deadline is None else None
    deadline = goal.deadline or (found.date if found else None)
    evidence = [found.phrase] if found else ([goal.deadline.isoformat()] if goal.deadline else [])
    if deadline is not None:
        if deadline < today:
            return Criterion(1, f"The deadline {deadline.isoformat()} has already passed.",
                             "Set a new date, or mark the goal done or dropped.", evidence=evidence), deadline
        return Criterion(2, f"Deadline {deadline.isoformat()} ({(deadline - today).days} days from today).",
                         evidence=evidence), deadline
    hedges = TIME_HEDGES.find(text)
    frequency = frequency_phrase(text)
    if frequency and not hedges:
        return Criterion(1, f"'{frequency}' is a rhythm without an end date.",
                         "Add when you'll check it, e.g. 'for the next 8 weeks' or 'by June 30'.",
                         evidence=[frequency]), None
    reason = f"'{hedges[0]}' is not a date." if hedges else "There's no deadline."
    return Criterion(0, reason, "Add a deadline, e.g. 'by June 30', 'within 3 months' or 'by Q3'.",
                     evidence=hedges), None


def score(goal: GoalText, today: dt.date) -> dict:
    """The scorecard: {"statement", "deadline", "total", "criteria": {...}}."""
    statement = (goal.statement or "")[:MAX_TEXT]
    if statement != goal.statement:
        goal = _replace(goal, statement=statement)
    time_bound, deadline = score_time_bound(goal, today)
    criteria = {
        "specific": score_specific(goal),
        "measurable": score_measurable(goal),
        "achievable": score_achievable(goal, deadline, today),
        "relevant": score_relevant(goal),
        "time_bound": time_bound,
    }
    return {
        "statement": goal.statement,
        "deadline": deadline.isoformat() if deadline else None,
        "total": sum(c.score for c in criteria.values()),
        "criteria": {name: criteria[name].as_dict() for name in CRITERIA},
    }


def _replace(goal: GoalText, **changes) -> GoalText:
    from dataclasses import replace

    return replace(goal, **changes)
