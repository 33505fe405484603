"""The weekly review's pure parts: the rhythm, when a review is due, the
digest since the last review, the order in which goals are reviewed (and why
each is listed), the one vocabulary of decisions, and the streak of on-time
reviews.

Data and ``today`` in, plain data out: no clock, no database.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from clingoals.errors import InvalidInput
from clingoals.numbers import figure, number, plural, quantity, signed_quantity, with_words, without_hedge

DEFAULT_RHYTHM = "weekly"
DUE_SOON_DAYS = 14
STALE_DAYS = 21
FIRST_WINDOW_DAYS = 7
ADJUSTABLE = ("deadline", "target", "unit", "plan")
REFLECTION_QUESTIONS = (
    ("achieved", "What did you achieve since the last review"),
    ("obstacles", "What got in the way, and how did you handle it"),
    ("still_care", "Do you still care about each goal, or should one change"),
    ("focus", "One focus for next week"),
)
REFLECTION_KEYS = ("achieved", "obstacles", "still_care", "focus", "energy", "stress")
# The one vocabulary of review decisions: the prompt, --answers and JSON all
# use these words.
DECISIONS = ("keep", "adjust", "pause", "drop", "done")
DECISION_QUESTION = "Keep, adjust, pause, drop or done?"


def parse_decision(text: str) -> str:
    """A decision from a whole word or an unambiguous prefix ('p' is pause,
    'do' is done; 'd' could be drop or done and is refused)."""
    word = (text or "").strip().lower() if isinstance(text, str) else ""
    if word in DECISIONS:
        return word
    matches = [d for d in DECISIONS if word and d.startswith(word)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise InvalidInput(f"{text!r} could be {' or '.join(matches)}: type more letters "
                           f"({', '.join(DECISIONS)}).")
    raise InvalidInput(f"{text!r} is not a decision; choose one of: {', '.join(DECISIONS)}.{decision_meant(word)}")


# answers that say "nothing to decide": no decision is spelled like them, whatever difflib finds ("none": "done")
_NOT_A_CHOICE = frozenset({"no", "none", "nothing", "nope", "skip", "n/a", "na", "-"})


def decision_meant(word: str) -> str:
    """" Did you mean 'adjust'?" for a decision typed slightly wrong
    ('ajust', 'puase', 'dorp'; trial 20 #19), as every "did you mean" is
    found (:func:`clingoals.suggest.did_you_mean`), or "". A word that says
    there is nothing to decide ('none') is never offered 'done'."""
    from clingoals.suggest import did_you_mean

    word = (word or "").strip().lower()
    if not word or word in _NOT_A_CHOICE:
        return ""
    return did_you_mean(word, DECISIONS)


# "kept it 3 of 5 nights", "3 out of 5", "kept it 3 nights", "did 3 walks this week" (trial 16 C6)
_COUNTED_ANSWER = re.compile(
    r"(?:i\s+)?(?:(?:kept|did|managed|made|hit|got)(?:\s+it)?\s+)?(?:to\s+)?(\d+)\s*(?:(?:of|out\s+of|/)\s*(\d+)\s*)?"
    r"([a-z]+)?(?:\s+(?:this|last|that)\s+week)?[\s.!]*", re.IGNORECASE)


def counted_answer(text: str, unit: str | None) -> float | None:
    """The count a review answer gives for a goal that counts occasions
    ("nights", "evenings", "walks"): "kept it 3 of 5 nights", "3 out of 5",
    "kept it 3 nights" -> 3.0; None when the goal counts no occasions, the
    answer isn't such a count (a plain "3" is read as any number is), or
    names other things ("3 of 5 hours")."""
    from clingoals.goal import _OCCASIONS
    from clingoals.numbers import singular_word

    words = (unit or "").strip().lower().split()
    if not words or singular_word(words[-1]) not in _OCCASIONS:
        return None
    match = _COUNTED_ANSWER.fullmatch(" ".join((text or "").split()))
    if match is None or match.group(0).strip().isdigit():
        return None
    count, out_of, said = match.group(1), match.group(2), match.group(3)
    if said and singular_word(said.lower()) not in _OCCASIONS and said.lower() not in words:
        return None
    if out_of is not None and int(count) > int(out_of):
        return None
    return float(count) if int(count) else None


def parse_rhythm(text: str) -> str:
    """'weekly', 'monthly' or a number of days ('10', 'every 10 days')."""
    value = (text or "").strip().lower()
    if value in ("weekly", "week", "7"):
        return "weekly"
    if value in ("monthly", "month"):
        return "monthly"
    match = re.fullmatch(r"(?:every\s+)?(\d+)(?:\s*days?)?", value)
    if match:
        days = int(match.group(1))
        if not 1 <= days <= 365:
            raise InvalidInput(f"A review rhythm of {days} days won't work: it must be at least 1 day "
                               "and at most 365 (or weekly, monthly).")
        return str(days)
    raise InvalidInput(f"Unknown rhythm {text!r}; use weekly, monthly or a number of days (e.g. 14).")


def check_setting(key: str, value: str) -> str:
    """The one check of a review setting's value (`goals review --set`, an
    import); returns it as stored."""
    if key == "review.rhythm":
        return parse_rhythm(value)
    if key == "review.reminder":
        value = value.strip().lower()
        if value not in ("on", "off"):
            raise InvalidInput("review.reminder is on or off.")
        return value
    raise InvalidInput(f"Unknown setting {key!r}; known: review.rhythm, review.reminder.")


def next_review(last: dt.date | None, anchor: dt.date | None, rhythm: str) -> dt.date | None:
    """When the next review falls due: a rhythm after the last review, or
    after the first goal's start when there was none."""
    base = last or anchor
    if base is None:
        return None
    if rhythm == "monthly":
        return base + relativedelta(months=1)
    return base + dt.timedelta(days=7 if rhythm == "weekly" else int(rhythm))


def review_due(last: dt.date | None, anchor: dt.date | None, rhythm: str, today: dt.date) -> bool:
    due = next_review(last, anchor, rhythm)
    return due is not None and today >= due


def review_overdue(last: dt.date | None, anchor: dt.date | None, rhythm: str, today: dt.date) -> bool:
    due = next_review(last, anchor, rhythm)
    return due is not None and today > due


def missed_reviews(last: dt.date | None, anchor: dt.date | None, rhythm: str, today: dt.date) -> list[dt.date]:
    """The days reviews fell due and were missed: each due day after the
    last review (or the start, ``anchor``) whose next one has come too, so
    a review a day late is due, not missed (trial 22 #14: on Dec 15 nothing
    said that Dec 8's was missed). Oldest first."""
    missed: list[dt.date] = []
    due = next_review(last, anchor, rhythm)
    while due is not None and len(missed) < 1000:  # (years without one: counted, not walked forever)
        following = next_review(due, None, rhythm)
        if following > today:
            break
        missed.append(due)
        due = following
    return missed


def overdue_words(last: dt.date | None, missed: list[dt.date], rhythm: str) -> str:
    """"your weekly review is due (last one 2026-12-01; the review due
    2026-12-08 was missed)": the reminder's words, said by other commands
    and the dashboard."""
    label = f"every-{rhythm}-days" if rhythm.isdigit() else rhythm
    since = f"last one {last.isoformat()}" if last else "none yet"
    return f"your {label} review is due ({since}{missed_words(missed)})"


def missed_words(missed: list) -> str:
    """"; the review due 2026-12-08 was missed", "; 3 reviews missed since 2026-12-08", or nothing
    (``missed``: dates, or ISO dates as the digest holds them)."""
    if not missed:
        return ""
    first = missed[0] if isinstance(missed[0], str) else missed[0].isoformat()
    return f"; the review due {first} was missed" if len(missed) == 1 else \
        f"; {len(missed)} reviews missed since {first}"


def _instant(stamp: str, like: dt.datetime) -> dt.datetime | None:
    """A stored timestamp as an aware datetime (a naive one is read in
    ``like``'s zone); None when it doesn't read."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=like.tzinfo)


def window_start(last_review: dt.date | None, today: dt.date) -> dt.date:
    """The first day of the review's "this week": the day of the review before
    today's, or FIRST_WINDOW_DAYS back for a first review. The digest and the
    goals it asks about (moved this week, "already logged this week") share it."""
    return last_review or today - dt.timedelta(days=FIRST_WINDOW_DAYS)


def in_window(stamp: str | None, day: str | None, start: str, end: str, after: dt.datetime | None) -> bool:
    """Whether something recorded at ``stamp`` (dated ``day``) is this
    week's news: recorded after the last review finished (``after``), or,
    without that moment (a first review, a day alone), dated in the window
    or recorded in it (progress logged this week for last week: trial 13 C4)."""
    if after is not None and stamp and len(stamp) > 10:  # a day alone (a back-dated change) goes by its day
        moment = _instant(stamp, after)
        if moment is not None:
            return moment > after
    if after is None and stamp and start <= stamp[:10] <= end:
        return True
    return bool(day) and start <= day[:10] <= end


def _corrects(typo: dict, correction: dict) -> float | None:
    """What ``typo`` comes to once ``correction`` (a later negative entry on
    the same goal) corrects it, or None when it doesn't read as its
    correction: the exact opposite (``+1800`` then ``-1800``: 0), or a part
    of it whose note names what is left (``+$380 (pizza)`` then ``-$342
    (typo, pizza was 38)``: 38). Without such a note a smaller negative
    entry is no correction of that entry anyone can tell (``+20`` then
    ``-2``): it stays a line of its own."""
    if typo["goal_id"] != correction["goal_id"] or typo["value"] <= 0:
        return None
    left = round(typo["value"] + correction["value"], 9)
    if left == 0:
        return 0.0
    if left < 0 or not correction.get("note"):
        return None
    said = (float(n.replace(",", "")) for n in re.findall(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
                                                         correction["note"]))
    return left if any(abs(n - left) < 0.005 for n in said) else None


def _without_corrected(entries: list[dict]) -> tuple[list[dict], list[dict]]:
    """The week's progress entries without each one a later entry corrected
    (:func:`_corrects`: ``+1800`` then ``-1800 (typo, meant 18)``, together
    nothing moved; ``+$380`` then ``-$342 (typo, pizza was 38)``, $38 moved),
    and those pairs, each as one row: the entry, with ``correction`` (the
    amount), ``correction_note`` and ``corrected_to`` (what the pair comes to)."""
    kept: list[dict | None] = list(entries)
    pairs = []
    for index, entry in enumerate(entries):
        if entry["value"] >= 0:
            continue
        for earlier in range(index - 1, -1, -1):
            typo = kept[earlier]
            if typo is not None and (left := _corrects(typo, entry)) is not None:
                pairs.append({**typo, "correction": entry["value"], "correction_note": entry["note"],
                              "corrected_to": left})
                kept[earlier] = kept[index] = None
                break
    return [e for e in kept if e is not None], pairs


def digest(*, goals: list[dict], status_changes: list[dict], progress: list[dict], credits: list[dict],
           licenses: list[dict], last_review: dt.date | None, anchor: dt.date | None, rhythm: str,
           today: dt.date, reviewed_today: frozenset[int] | set[int] = frozenset(),
           since: dt.date | None = None, after: dt.datetime | None = None,
           today_review: int | None = None, whole_period: bool = False) -> dict:
    """What moved since the last review (or the last 7 days), what is due,
    overdue or stale. ``goals`` are goal objects as ``goals show --json``
    prints them; ``licenses`` are CE status results.

    ``since`` is the day of the review the window starts from (default
    ``last_review``; ``since_review`` in the result, None for a first week) and ``after`` the moment it was finished: what was
    recorded after that moment is news (a progress entry, a step ticked, a
    goal finished, a credit added), so nothing the review itself handled or
    already showed is listed again. Progress a review logged and zero
    entries never count as moved. Goals in ``reviewed_today`` were handled
    earlier today: what moved on them is left out, except progress logged
    outside a review (`goals log`: the week's, not the review's), and what
    is due or overdue is always listed.

    ``whole_period`` (`goals review --summary`): the digest of the whole
    period under review, today's review included. Nothing is left out for
    having been reviewed today, and progress today's review logged
    (``today_review``, its id) counts as moved: right after a review, its
    summary is the week that was just reviewed, not an empty one. The window
    is the same (from the review before today)."""
    from_review = since or last_review  # the window starts at a review, or is the first week
    listed_reviewed = reviewed_today
    review_logged = frozenset()
    if whole_period:
        reviewed_today = frozenset()
        review_logged = frozenset({today_review} if today_review is not None else ())
    since = window_start(from_review, today)
    start, end = since.isoformat(), today.isoformat()

    def news(stamp: str | None, day: str | None) -> bool:
        return in_window(stamp, day, start, end, after)

    by_id = {g["id"]: g for g in goals}
    unhandled = {g["id"] for g in goals if g["id"] not in reviewed_today}
    # a goal reopened since (`goals resume`) is not completed, whatever the week's history says
    completed_ids = [c["goal_id"] for c in status_changes
                     if c["status"] == "done" and c["goal_id"] in unhandled and by_id[c["goal_id"]]["status"] == "done"
                     and news(c["changed_at"], c["changed_at"])]
    open_goals = [g for g in goals if g["status"] in ("active", "paused")]
    active = [g for g in goals if g["status"] == "active"]
    soon_limit = (today + dt.timedelta(days=DUE_SOON_DAYS)).isoformat()
    stale_limit = (today - dt.timedelta(days=STALE_DAYS)).isoformat()
    steps_done, steps_due_soon, steps_overdue = [], [], []
    for goal in open_goals:
        for step in goal["steps"]:
            row = {"goal_id": goal["id"], "goal": goal["title"], "step_id": step["id"], "text": step["text"],
                   "due": step["due"]}
            if step["done"]:
                if goal["id"] in unhandled and step.get("done_at") and news(step["done_at"], step["done_at"]):
                    steps_done.append(row)
            elif step["due"] and step["due"] < end:
                steps_overdue.append(row)
            elif step["due"] and step["due"] <= soon_limit:
                steps_due_soon.append(row)
    credits_in_window = [c for c in credits if news(c.get("created_at"), c["date"])]
    moved, corrected = _without_corrected(
        [p for p in progress if (p["goal_id"] in unhandled or not p.get("review_id")) and p["value"] != 0
         and (not p.get("review_id") or p["review_id"] in review_logged) and news(p.get("created_at"), p["date"])])
    return {
        "since": start,
        "since_review": from_review.isoformat() if from_review else None,
        "until": end,
        "last_review": last_review.isoformat() if last_review else None,
        "review_due": review_due(last_review, anchor, rhythm, today),
        # the reviews due since the one before today's and not done (trial 22 #14), ISO dates
        "missed_reviews": [d.isoformat() for d in missed_reviews(from_review, anchor, rhythm, today)],
        "next_review": max(next_review(last_review, anchor, rhythm) or today, today).isoformat(),
        "rhythm": rhythm,
        "completed": [by_id[i] for i in dict.fromkeys(completed_ids)],
        # progress logged outside a review (`goals log`) is listed even on a goal reviewed today: it is
        # the week's, not the review's, and leaving it out made it look lost
        "progress": moved,
        # an entry and the correction that took it back (a typo): one row, not two lines of noise
        "corrected": corrected,
        "steps_done": steps_done,
        "ce": {
            "hours_logged": round(sum(c["hours"] for c in credits_in_window), 2),
            # counts_toward: the goal whose hours the credit's count toward (linked, counted in hours)
            "credits": [{"id": c["id"], "title": c["title"], "date": c["date"], "hours": c["hours"],
                         "counts_toward": c.get("goal_id") if by_id.get(c.get("goal_id"), {}).get(
                             "ce_credit_hours") is not None else None}
                        for c in credits_in_window],
            "licenses": [{"name": r["name"], "remaining_hours": r["remaining_hours"], "days_left": r["days_left"],
                          "status": r["status"], "exempt_reason": r.get("exempt_reason"),
                          "next": r["next"]} for r in licenses],
        },
        "due_soon": [g for g in active if end <= g["deadline"] <= soon_limit],
        "overdue": [g for g in open_goals if g["deadline"] < end],
        "stale": [g for g in active if g["id"] in unhandled
                  and (g.get("last_activity") or g["start_date"]) <= stale_limit],
        "steps_due_soon": steps_due_soon,
        "steps_overdue": steps_overdue,
        "reviewed_today": sorted(listed_reviewed),
        "includes_reviewed_today": bool(whole_period and listed_reviewed),
    }


def target_reached(goal: dict) -> bool:
    """Logged progress has reached the target (``goal`` as goal_json prints it)."""
    measure = goal["measure"]
    if goal.get("limit"):  # a spending limit is a ceiling: reaching it is nothing to mark done
        return False
    return bool(measure["target"]) and (measure["current"] or 0) >= measure["target"]


def suggested_decision(goal: dict) -> str:
    return "done" if target_reached(goal) else "keep"


def suggested_after(goal: dict, progress: float | None, suggested: str) -> str:
    """The decision to suggest once this review's ``progress`` answer is
    known: "done" when the total reaches the target, never "done" when a
    correction took it below (the suggestion made before the answer no
    longer holds)."""
    target = goal["measure"]["target"]
    if progress is None or not target or goal.get("limit"):
        return suggested
    if (goal["measure"]["current"] or 0) + progress >= target:
        return "done"
    return "keep" if suggested == "done" else suggested


def kept_week_by_week(goal: dict) -> bool:
    """A goal kept week in, week out, so that a week with nothing logged says
    something: its words give a weekly rhythm ("4 nights a week", "on
    weekdays") or it is a limit on oneself ("Stop answering work email after
    6pm"). A milestone months away ("Become an approved supervisor") is not."""
    from clingoals.smart.scorer import times_a_week
    from clingoals.smart.vocabulary import STOP_DOING

    statement = goal.get("statement") or goal.get("title") or ""
    metric = (goal.get("measure") or {}).get("metric")
    return bool(STOP_DOING.match(statement.lower())) \
        or times_a_week(" ".join(t for t in (statement, metric) if t)) is not None


def unlogged_since_start(goal: dict, today: dt.date, never_logged) -> int | None:
    """Trial 15 C10: the days since a goal kept week by week
    (:func:`kept_week_by_week`) began (or was added, when later), when
    nothing was logged on it and no step ticked since then and its first
    week is past ("Stop answering work email after 6pm on weekdays", begun
    two weeks ago, never logged: it may be slipping); else None. ``never_logged``: the ids of the goals with no
    progress entry at all."""
    if goal["id"] not in never_logged or any(s["done"] for s in goal["steps"]):
        return None
    # a goal added today with an earlier start ("--start 2026-01-01") has had no time to be logged here
    began = max(goal["start_date"][:10], (goal.get("created_at") or "")[:10])
    days = (today - dt.date.fromisoformat(began)).days
    return days if days >= FIRST_WINDOW_DAYS and kept_week_by_week(goal) else None


BEHIND_SHARE = 0.75  # behind pace: under three quarters of what a steady pace has by now


def behind_pace_this_week(goal: dict, today: dt.date) -> str | None:
    """Trial 16 C5: why a goal kept week by week (:func:`kept_week_by_week`)
    with a target comes up although it was logged once: it is behind a
    steady pace from its start to its deadline (under BEHIND_SHARE of it, a
    whole occasion or more short) and its first week is past ("behind pace:
    4 of 30 walks, 9 by now; nothing logged this week"); else None. The
    caller asks only for a goal nothing was logged on this week."""
    measure = goal["measure"]
    target, unit = measure.get("target"), measure.get("unit")
    if not target or goal.get("limit") or not goal.get("deadline"):
        return None
    began, deadline = dt.date.fromisoformat(goal["start_date"][:10]), dt.date.fromisoformat(goal["deadline"][:10])
    if (today - began).days < FIRST_WINDOW_DAYS or today >= deadline:
        return None
    baseline, current = measure.get("baseline") or 0.0, measure.get("current") or 0.0
    expected = baseline + (target - baseline) * (today - began).days / max((deadline - began).days, 1)
    if not (current < BEHIND_SHARE * expected and expected - current >= 1) or not kept_week_by_week(goal):
        return None
    return (f"behind pace: {figure(current, unit)} of {quantity(target, unit)}, {number(round(expected))} by now; "
            "nothing logged this week")


def review_order(goals: list[dict], progress: list[dict], today: dt.date, *, since: dt.date | None = None,
                 after: dt.datetime | None = None, today_review: int | None = None,
                 never_logged: frozenset[int] | set[int] = frozenset()) -> list[dict]:
    """The goals to review, neediest first: target reached, overdue, due
    within 14 days, stale (or, for a goal kept week by week, nothing logged
    since it began over a week ago: :func:`unlogged_since_start`, with
    ``never_logged`` the ids of goals with no entry at all), moved this week,
    then the rest. Each item is
    ``{"goal", "reasons", "needy", "suggested", "logged_this_week"}``; ``reasons``
    say why the goal is listed (empty for the rest, which are not ``needy``);
    ``logged_this_week`` is this week's progress not logged by today's
    review (None when there is none). "This week" is the digest's
    (:func:`window_start`, :func:`in_window`; ``since``, ``after``: as
    :func:`digest` takes them): progress an earlier review logged is not
    this week's, ``today_review``'s is. Progress logged this week but
    dated before it (`goals log --date`, late) is news of its own ("logged
    this week for an earlier day"), neither moved this week nor counted in
    ``logged_this_week``."""
    start, end = window_start(since, today).isoformat(), today.isoformat()
    stale_limit = (today - dt.timedelta(days=STALE_DAYS)).isoformat()

    def this_week(entry: dict) -> bool:
        return bool(entry["value"]) and entry.get("review_id") in (None, today_review) \
            and in_window(entry.get("created_at"), entry["date"], start, end, after)

    progress = [entry for entry in progress if this_week(entry)]
    # logged this week for a day before it (`goals log 3 2 --date 2026-11-12`): news, but not this week's
    # progress, so it is said apart, as the digest says "(logged ...)"; the week's own is what moved
    late_entries = [entry for entry in progress if entry["date"][:10] < start]
    progress = [entry for entry in progress if entry["date"][:10] >= start]
    moved: dict[int, float] = {}
    for entry in progress:
        moved[entry["goal_id"]] = moved.get(entry["goal_id"], 0.0) + entry["value"]
    moved = {goal_id: total for goal_id, total in moved.items() if total}  # +3 then -3: nothing moved
    late: dict[int, tuple[float, list[str]]] = {}
    for entry in late_entries:
        total, days = late.get(entry["goal_id"], (0.0, []))
        late[entry["goal_id"]] = (total + entry["value"], days + [entry["date"][:10]])
    late = {goal_id: (total, sorted(set(days))) for goal_id, (total, days) in late.items() if total}
    # what this week logged besides today's review (whose answer replaces its own entries): the progress
    # question asks for more than this, so a person who logs during the week doesn't count it twice
    logged_before: dict[int, float] = {}
    for entry in progress:
        if not entry.get("review_id"):
            logged_before[entry["goal_id"]] = logged_before.get(entry["goal_id"], 0.0) + entry["value"]
    ranked = []
    for goal in goals:
        reasons: list[tuple[int, str]] = []
        unit = goal["measure"].get("unit")
        if target_reached(goal):
            reasons.append((0, f"target reached ({figure(goal['measure']['current'], unit)} of "
                               f"{quantity(goal['measure']['target'], unit)}): done?"))
        left = goal["days_left"]
        if left < 0:
            reasons.append((1, f"overdue by {-left} day{'s' if left != -1 else ''} (deadline {goal['deadline']})"))
        elif left <= DUE_SOON_DAYS:
            reasons.append((2, "due today" if left == 0 else
                               f"due in {left} day{'s' if left != 1 else ''} ({goal['deadline']})"))
        last = goal.get("last_activity") or goal["start_date"]
        if last[:10] <= stale_limit:
            idle = (today - dt.date.fromisoformat(last[:10])).days
            reasons.append((3, f"no progress, step or edit for {idle} days"))
        else:
            unlogged = unlogged_since_start(goal, today, never_logged)
            if unlogged is not None:
                began = (today - dt.timedelta(days=unlogged)).isoformat()
                reasons.append((3, f"nothing logged since it began {unlogged} days ago ({began})"))
            elif goal["id"] not in moved and goal["id"] not in late and goal["id"] not in never_logged:
                behind = behind_pace_this_week(goal, today)
                if behind:
                    reasons.append((3, behind))
        steps_this_week = sum(1 for s in goal["steps"] if s["done"] and in_window(s.get("done_at"), s.get("done_at"),
                                                                                   start, end, after))
        if goal["id"] in moved or steps_this_week:
            parts = []
            if goal["id"] in moved:
                parts.append(signed_quantity(moved[goal["id"]], unit))
            if steps_this_week:
                parts.append(f"{steps_this_week} step{'s' if steps_this_week != 1 else ''} done")
            reasons.append((4, "moved this week: " + ", ".join(parts)))
        if goal["id"] in late:
            total, days = late[goal["id"]]
            reasons.append((4, f"logged this week for {'an earlier day' if len(days) == 1 else 'earlier days'}: "
                               f"{signed_quantity(total, unit)} ({', '.join(days)})"))
        rank = min((r for r, _ in reasons), default=5)
        ranked.append(((rank, goal["deadline"], goal["id"]), {
            "goal": goal, "reasons": [text for _, text in reasons], "needy": bool(reasons),
            "suggested": suggested_decision(goal), "logged_this_week": logged_before.get(goal["id"]) or None}))
    return [item for _, item in sorted(ranked, key=lambda pair: pair[0])]


def streak(review_dates: list[dt.date], rhythm: str, today: dt.date) -> int:
    """How many reviews in a row came on time, counting back from the last;
    0 when the next one is already overdue."""
    dates = sorted(set(review_dates))
    if not dates or review_overdue(dates[-1], None, rhythm, today):
        return 0
    count = 1
    for earlier, later in zip(reversed(dates[:-1]), reversed(dates[1:])):
        if later > next_review(earlier, None, rhythm):
            break
        count += 1
    return count


ANSWER_LABELS = (("achieved", "Achieved"), ("obstacles", "What got in the way"),
                 ("still_care", "Do I still care"), ("focus", "Focus for next week"),
                 ("energy", "Energy"), ("stress", "Stress"))


def reflection_text(answers: dict) -> str:
    """One readable journal text from the review's answers."""
    lines = [f"{label}: {answers[key].strip()}" for key, label in ANSWER_LABELS[:4]
             if (answers.get(key) or "").strip()]
    levels = [f"{name} {answers[name]}/5" for name in ("energy", "stress") if answers.get(name) is not None]
    if levels:
        lines.append("Energy and stress: " + ", ".join(levels))
    return "\n".join(lines) or "Review completed."


def typed_texts(answers: dict) -> str:
    """Every free text in a review's answers (reflection, reasons, new plans),
    joined for the privacy check."""
    parts = [answers.get(key) or "" for key in ("achieved", "obstacles", "still_care", "focus")]
    for choice in (answers.get("goals") or {}).values():
        parts += [choice.get("reason") or "", (choice.get("adjust") or {}).get("plan") or ""]
    return "\n".join(p for p in parts if p.strip())


def check_review_date(review_date: dt.date, since: dt.date, today: dt.date) -> dt.date:
    """A review is held on a day that happened and looks back from it."""
    from clingoals.goal import check_not_future

    check_not_future(review_date, today, "a review is recorded on the day it is held")
    if since > review_date:
        raise InvalidInput(f"It looks back from {since.isoformat()}, after the review's own day "
                           f"{review_date.isoformat()}.")
    return review_date


def check_level(name: str, value) -> int | None:
    """A level from 1 to 5, as a number or written as a score out of 5:
    "3/5" and "3 / 5" are 3 (people write it so); "3/10" is refused."""
    if value is None or value == "":
        return None
    typed = value
    if isinstance(value, str):
        out_of_five = re.fullmatch(r"\s*(\d+)\s*/\s*5\s*", value)
        if out_of_five:
            value = out_of_five.group(1)
    try:
        level = int(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"{name} must be a whole number from 1 to 5 (got {typed!r}).") from None
    if (isinstance(value, float) and value != level) or not 1 <= level <= 5:
        raise InvalidInput(f"{name} must be a whole number from 1 to 5 (got {typed!r}).")
    return level


def parse_answers(data: dict) -> dict:
    """Validate an --answers document; returns the cleaned answers."""
    if not isinstance(data, dict):
        raise InvalidInput("The answers file must hold a table/object of answers.")
    unknown = set(data) - set(REFLECTION_KEYS) - {"goals"}
    if unknown:
        raise InvalidInput(f"Unknown answer {plural(len(unknown), 'key')}: {', '.join(sorted(unknown))}; "
                           f"expected {', '.join(REFLECTION_KEYS)} and goals.")
    answers = {}
    for key in ("achieved", "obstacles", "still_care", "focus"):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise InvalidInput(f"'{key}' must be text.")
        answers[key] = value
    answers["energy"] = check_level("energy", data.get("energy"))
    answers["stress"] = check_level("stress", data.get("stress"))
    goals = data.get("goals") or {}
    if not isinstance(goals, dict):
        raise InvalidInput("'goals' must map goal ids to {progress, decision}.")
    decisions = {}
    for raw_id, choice in goals.items():
        try:
            goal_id = int(raw_id)
        except (TypeError, ValueError):
            raise InvalidInput(f"'goals' key {raw_id!r} is not a goal id.") from None
        if not isinstance(choice, dict):
            raise InvalidInput(f"Goal {goal_id}: expected {{progress, decision}}.")
        progress = choice.get("progress")
        if isinstance(progress, str):  # "$200", "1,000": read as every typed number is
            from clingoals.numbers import read_number

            try:
                progress = choice["progress"] = read_number(without_hedge(progress))
            except ValueError:
                pass  # refused below, as typed
        if isinstance(progress, str) and with_words(without_hedge(progress)):
            pass  # "400 dollars": read in the goal's own unit when it is checked (usecases.review)
        elif progress is not None and (isinstance(progress, bool) or not isinstance(progress, (int, float))
                                     or progress != progress or abs(progress) == float("inf")):
            from clingoals.numbers import typo_message

            typo = typo_message(progress) if isinstance(progress, str) else None  # "$75O" (trial 15 P2)
            raise InvalidInput(f"Goal {goal_id}: progress must be a number or null (got {progress!r})"
                               + (f": {typo}" if typo else "."))
        unknown = set(choice) - {"progress", "progress_date", "decision", "reason", "steps_done", *ADJUSTABLE}
        if unknown:
            raise InvalidInput(f"Goal {goal_id}: unknown {plural(len(unknown), 'key')} {', '.join(sorted(unknown))}; expected progress, "
                               f"progress_date, decision, reason, steps_done, {', '.join(ADJUSTABLE)}.")
        said_day = choice.get("progress_date")  # the day the progress counts on (a TOML date, or text)
        if said_day is not None and (isinstance(said_day, bool) or not isinstance(said_day, (str, dt.date))):
            raise InvalidInput(f"Goal {goal_id}: progress_date is a day, e.g. \"2026-11-28\" (got {said_day!r}).")
        if said_day is not None and progress is None:  # a date with nothing to date is a slip, never dropped quietly
            raise InvalidInput(f"Goal {goal_id}: progress_date {str(said_day)!r} dates the progress logged, but there "
                               "is no progress; add \"progress\" or leave progress_date out.")
        try:
            decision = parse_decision(choice.get("decision", "keep"))
        except InvalidInput:
            said = choice.get("decision")
            word = said.strip().lower() if isinstance(said, str) else ""
            could = [d for d in DECISIONS if word and d.startswith(word)]  # 'd': drop or done, as the prompt says
            raise InvalidInput(f"Goal {goal_id}: decision must be one of {', '.join(DECISIONS)} (got {said!r}"
                               + (f", which could be {' or '.join(could)}: write more letters" if could else "")
                               + ")." + ("" if could else decision_meant(word))) from None
        adjust = {key: choice[key] for key in ADJUSTABLE if choice.get(key) is not None}
        if decision == "adjust" and not adjust:
            raise InvalidInput(f"Goal {goal_id}: 'adjust' needs at least one of {', '.join(ADJUSTABLE)}.")
        if adjust and decision != "adjust":
            raise InvalidInput(f"Goal {goal_id}: {', '.join(adjust)} given, but the decision is {decision!r}; "
                               f"use 'adjust'.")
        steps_done = choice.get("steps_done") or []
        if not isinstance(steps_done, list) or not all(isinstance(n, int) and not isinstance(n, bool)
                                                       for n in steps_done):
            raise InvalidInput(f"Goal {goal_id}: steps_done is a list of step numbers, e.g. [1, 3].")
        reason = choice.get("reason")
        if reason is not None and not isinstance(reason, str):
            raise InvalidInput(f"Goal {goal_id}: 'reason' must be text.")
        decisions[goal_id] = {"progress": progress, "decision": decision, "reason": reason,
                              "adjust": adjust, "steps_done": steps_done}
        if said_day is not None:
            decisions[goal_id]["progress_date"] = str(said_day)
    answers["goals"] = decisions
    return answers
