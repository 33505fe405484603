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
    patterns: tuple[re.Pattern, ...]
    min_months: float
    typical_months: float
    basis: str
    note: str
    source: str


@lru_cache(maxsize=1)
def milestones() -> tuple[Milestone, ...]:
    """The durations table shipped as data (``durations.toml``)."""
    raw = tomllib.loads(resources.files("clingoals.smart").joinpath("durations.toml").read_text("utf-8"))
    return tuple(
        Milestone(row["id"], row["name"], tuple(re.compile(p, re.IGNORECASE) for p in row["match"]),
                  float(row["min_months"]), float(row["typical_months"]), row["basis"],
                  row["note"], row["source"])
        for row in raw["milestone"]
    )


def _terms_pattern(terms) -> re.Pattern:
    ordered = sorted(set(terms), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(t) for t in ordered) + r")(?![\w-])", re.IGNORECASE)


CONTEXT = _terms_pattern(v.CONTEXT_TERMS)
VAGUE = _terms_pattern(v.VAGUE)
TIME_HEDGES = _terms_pattern(v.HEDGES_FOR_TIME)
CONCEPT_PATTERNS = {name: _terms_pattern(terms) for name, terms in v.CONCEPTS.items()}
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
    context = _unique(m.group(0) for m in CONTEXT.finditer(text))
    vague = _unique(m.group(0) for m in VAGUE.finditer(text))
    quantities = [m.group(0) for m in v.UNIT_PATTERN.finditer(text)]
    has_context = bool(context) or len(quantities) > 0
    score = 2 if verbs and has_context else (1 if verbs or has_context else 0)
    if vague:
        # A hedge or vague verb weakens even a concrete sentence; without
        # context it leaves nothing specific at all.
        score = min(score, 1) if has_context and (verbs or len(context) >= 2) else 0
    if len(WORD.findall(text.lower())) < 3:
        score = min(score, 1)
    return score, verbs, context + quantities, vague


def score_specific(goal: GoalText) -> Criterion:
    score, verbs, context, vague = _specific_of(goal.statement)
    if goal.specific:
        detail_score, d_verbs, d_context, d_vague = _specific_of(goal.statement + ". " + goal.specific)
        if detail_score > score or (detail_score == score and not d_vague):
            score, verbs, context, vague = detail_score, d_verbs, d_context, []
            if _specific_of(goal.specific)[0] == 2:
                score, vague = 2, []
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
        evidence += [m.group(0) for m in pattern.finditer(text)]
    instrument = [m.group(0) for m in v.INSTRUMENTS.finditer(text)]
    evidence = _unique(_drop_durations(evidence, text))
    if evidence:
        return Criterion(2, f"You'll know by the numbers: {', '.join(evidence[:3])}.",
                         evidence=_unique(instrument + evidence))
    outcome = [m.group(0) for m in v.BINARY_OUTCOME.finditer(text)]
    named = [m.group(0) for m in v.NAMED_OBJECT.finditer(text)]
    comparatives = [m.group(0) for m in v.COMPARATIVE.finditer(text)]
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


def _drop_durations(found: list[str], text: str) -> list[str]:
    """'in 3 months' is a deadline, not a measure."""
    kept = []
    for item in found:
        if re.fullmatch(r"\d+\s*(?:days?|weeks?|months?|years?)", item.strip(), re.IGNORECASE):
            continue
        kept.append(item)
    return kept


def match_milestone(text: str) -> Milestone | None:
    for milestone in milestones():
        if any(p.search(text) for p in milestone.patterns):
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
    absolute = [m.group(0) for m in v.ABSOLUTE.finditer(text)]
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


def concepts_in(text: str) -> set[str]:
    return {name for name, pattern in CONCEPT_PATTERNS.items() if pattern.search(text)}


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
    rationale = [m.group(0) for m in v.RATIONALE.finditer(text)]
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
        wanted = concepts_in(aspiration)
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
    hedges = [m.group(0) for m in TIME_HEDGES.finditer(text)]
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
