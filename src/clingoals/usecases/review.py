"""The weekly review as things a person does: see the digest, see which goals
to review (neediest first, and why), review one goal, write the reflection,
or do all of it at once from an answers file. The terminal review and
``goals review --answers`` call these same functions.

One review a day: the first confirmed goal starts that day's review; each
goal reviewed again the same day replaces what the review did to it before
(its progress entries are removed and logged anew), so applying the same
answers twice counts progress once. Goals confirmed earlier today are left
out of the digest and of the goals still to review, which is how an
interrupted review resumes at the first goal not yet reviewed.
"""

from __future__ import annotations

import datetime as dt

from clingoals import review as rules
from clingoals.errors import InvalidInput

SETTINGS = {
    "review.rhythm": (rules.DEFAULT_RHYTHM, "weekly, monthly, or every N days (a number)"),
    "review.reminder": ("on", "on or off: a one-line reminder when a review is overdue"),
}
# How each decision changes the status, and the reason kept when none is given.
DECISION_STATUS = {"pause": ("paused", "weekly review"), "drop": ("dropped", "let go at the weekly review"),
                   "done": ("done", "weekly review")}


# --- settings and dates -------------------------------------------------------------------

def setting(conn, key: str) -> str:
    from clingoals.store import queries

    return queries.get_setting(conn, key, SETTINGS[key][0])


def review_dates(conn, today: dt.date | None = None) -> tuple[dt.date | None, dt.date | None, str]:
    """(last completed review, before ``today`` when given; first goal's start; rhythm)."""
    from clingoals.store import queries

    last = queries.last_review_date(conn, before=today.isoformat() if today else None)
    anchor = queries.first_goal_date(conn)
    return (dt.date.fromisoformat(last) if last else None,
            dt.date.fromisoformat(anchor) if anchor else None, setting(conn, "review.rhythm"))


def review_window(conn, today: dt.date) -> tuple[dt.date | None, dt.date, dt.datetime | None]:
    """The review's "this week", as the digest, the goals it asks about and
    the review saved today all count it: (the last review before today, or
    None; the window's first day, :func:`clingoals.review.window_start`;
    the moment that review finished, or None: news is what was recorded
    after it)."""
    from clingoals.store import queries

    before, _, _ = review_dates(conn, today)
    finished_at = queries.last_review_finished(conn, before=today.isoformat()) if before else None
    return before, rules.window_start(before, today), dt.datetime.fromisoformat(finished_at) if finished_at else None


def next_review_date(store) -> dt.date | None:
    last, anchor, rhythm = review_dates(store.conn)
    return rules.next_review(last, anchor, rhythm)


def review_overdue(store, *, today: dt.date) -> str | None:
    """When a review is overdue, what the reminder says ("your weekly review
    is due (last one 2026-12-01; the review due 2026-12-08 was missed)"),
    else None; never with the reminder off."""
    if setting(store.conn, "review.reminder") == "off":
        return None
    last, anchor, rhythm = review_dates(store.conn)
    if not rules.review_overdue(last, anchor, rhythm, today):
        return None
    return rules.overdue_words(last, rules.missed_reviews(last, anchor, rhythm, today), rhythm)


def settings(store) -> dict:
    """Every setting and its value."""
    return {key: setting(store.conn, key) for key in SETTINGS}


def change_setting(store, key: str, value: str) -> dict:
    """Check and store one setting; returns ``{key: value}`` as stored."""
    from clingoals.store import repository

    if key not in SETTINGS:
        raise InvalidInput(f"Unknown setting {key!r}; known: {', '.join(SETTINGS)}.")
    value = rules.check_setting(key, value)
    with store.session() as session:
        repository.set_setting(session, key, value)
    return {key: value}


# --- the digest and the goals to review ------------------------------------------------------


def _today_review(conn, today: dt.date) -> dict | None:
    from clingoals.store import queries

    return queries.review_of_day(conn, today.isoformat())


def _scored(conn, records: list[dict], today: dt.date) -> list[dict]:
    from clingoals.usecases.goals import goals_json

    return goals_json(conn, records, today)


def _week_progress(conn, since: str, today: dt.date) -> list[dict]:
    """The progress entries dated or recorded since ``since`` (the week's),
    each with the review that logged it; one logged by a review left
    unfinished on an earlier day (paused, never taken up that day) is read as
    logged outside a review: no finished review showed it, so it is this
    week's news and "already logged this week" (it was asked again, and
    counted twice, the next day)."""
    from clingoals.store import queries

    entries = queries.progress_since(conn, since, or_recorded_since=since)
    if not any(entry.get("review_id") for entry in entries):
        return entries
    current = _today_review(conn, today)
    kept = {review["id"] for review in queries.list_reviews(conn)} | ({current["id"]} if current else set())
    return [{**entry, "review_id": None} if entry.get("review_id") and entry["review_id"] not in kept else entry
            for entry in entries]


def digest(store, *, today: dt.date, scored: bool = True, whole_period: bool = False) -> dict:
    """The digest since the last review, with goal objects as `goals show
    --json` prints them, leaving out goals already reviewed today (with
    ``whole_period``, the summary: nothing left out, and what today's review
    logged counted; see :func:`clingoals.review.digest`). Only open
    goals and those finished in the window are read; only listed goals are
    scored, and none with ``scored=False`` (the terminal view prints no
    scorecard, so it need not pay for the scorer: their ``score`` is left out)."""
    from clingoals.usecases.ce import all_statuses, credits_json
    from clingoals.goal import goal_json
    from clingoals.store import queries
    from clingoals.usecases.goals import with_limit_log

    conn = store.conn
    before, start, after = review_window(conn, today)
    last, anchor, rhythm = review_dates(conn)  # today's own review counts as the last one here
    since = start.isoformat()
    changes = queries.status_changes_since(conn, since)
    raw_credits = queries.list_credits(conn, since=since)
    finished = {c["goal_id"] for c in changes if c["status"] == "done"}
    records = queries.list_goals(conn, statuses=["active", "paused"])
    records += [g for g in queries.list_goals(conn, ids=finished) if g["status"] == "done"]
    current = _today_review(conn, today)
    data = rules.digest(
        goals=[goal_json(with_limit_log(conn, r), today) for r in records],
        status_changes=changes,
        progress=_week_progress(conn, since, today),
        credits=[{**shown, "created_at": raw["created_at"]}  # when it was added: news after the last review
                 for raw, shown in zip(raw_credits, credits_json(conn, raw_credits))],
        licenses=[result for _, result in all_statuses(conn, today)],
        last_review=last, anchor=anchor, rhythm=rhythm, today=today,
        since=dt.date.fromisoformat(since), after=after,
        reviewed_today=set(current["goals"]) if current else set(),
        today_review=current["id"] if current else None, whole_period=whole_period,
    )
    data["since_review"] = before.isoformat() if before else None  # today's own review doesn't start the window
    if not scored:
        return data
    by_id = {r["id"]: r for r in records}
    listed = {g["id"] for key in ("completed", "due_soon", "overdue", "stale") for g in data[key]}
    scored = {g["id"]: g for g in _scored(conn, [by_id[i] for i in sorted(listed)], today)}
    for key in ("completed", "due_soon", "overdue", "stale"):
        data[key] = [scored[g["id"]] for g in data[key]]
    return data


def goals_to_review(store, *, today: dt.date, again: bool = False) -> dict:
    """The active goals not yet reviewed today, neediest first, each with why
    it is listed: ``{"review_id", "reviewed": {goal_id: decision}, "completed",
    "needy": [...], "others": [...]}`` (items as :func:`review.review_order`).
    With ``again``, goals already reviewed today are listed too (reviewing
    one again replaces what today's review did to it)."""
    from clingoals import goal as limit_rules
    from clingoals.goal import goal_json
    from clingoals.store import queries
    from clingoals.usecases.goals import with_limit_log

    conn = store.conn
    current = _today_review(conn, today)
    reviewed = current["goals"] if current else {}
    records = [r for r in queries.list_goals(conn, statuses=["active"]) if again or r["id"] not in reviewed]
    _, since, after = review_window(conn, today)
    order = rules.review_order([goal_json(with_limit_log(conn, r), today) for r in records],
                               _week_progress(conn, since.isoformat(), today),
                               today, since=since, after=after, today_review=current["id"] if current else None,
                               never_logged={r["id"] for r in records if not r["progress_entries"]})
    for item in order:  # a limit whose week spans two months: which one the spending is for is asked
        item["periods"] = limit_rules.review_periods(item["goal"], since, today)
    return {
        "review_id": current["id"] if current else None,
        "reviewed": {str(k): v for k, v in reviewed.items()},
        "completed": bool(current and current["completed_at"]),
        "needy": [item for item in order if item["needy"]],
        "others": [item for item in order if not item["needy"]],
    }


def check_goal_answers(store, goal_id: int, choice: dict, *, today: dt.date, confirmed: bool = False) -> dict:
    """One goal's answers checked against the goal as stored, before anything
    is written: the goal is open (or was changed by today's review), steps
    exist, progress is an entry `goals log` would take (not 0; a correction
    doesn't go below zero; one `goals log` asks about, 10 times the target
    or far more than the goal's rhythm can have made, only when
    ``confirmed``: the person said yes to it, or --yes), adjustments are
    valid. Returns the choice with ``adjust`` in stored form."""
    from clingoals.goal import OPEN_STATUSES, check_log_value, check_progress, entry_question
    from clingoals.store import queries

    goal = queries.get_goal(store.conn, goal_id)
    current = _today_review(store.conn, today)
    earlier = current["goals"].get(goal_id) if current else None
    wanted = DECISION_STATUS.get(choice["decision"], ("active",))[0]
    if goal["status"] not in OPEN_STATUSES and not (earlier and goal["status"] == wanted):
        if earlier:
            raise InvalidInput(f"Goal {goal_id} was marked {goal['status']} in today's review; 'goals resume "
                               f"{goal_id}' makes it active again before it can be reviewed as '{choice['decision']}'.")
        raise InvalidInput(f"Goal {goal_id} is {goal['status']}; a review decides on open goals ('goals resume "
                           f"{goal_id}' makes it active again).")
    if isinstance(choice.get("progress"), str):  # "400 dollars" (a plain number was read already)
        from clingoals.numbers import read_amount

        try:
            choice = {**choice, "progress": read_amount(choice["progress"], goal["unit"])}
        except ValueError:
            from clingoals.numbers import typo_message

            typo = typo_message(choice["progress"])  # "$75O": as `goals log` says it (trial 15 P2)
            raise InvalidInput(f"Goal {goal_id}: progress must be a number or null (got {choice['progress']!r})"
                               + (f": {typo}" if typo else f"; '3 {goal['unit']}' is read too." if goal["unit"]
                                  else ".")) from None
    if choice.get("progress") is not None:
        value = float(choice["progress"])
        try:
            check_log_value(value)  # the rule `goals log` follows: 0 adds nothing
        except InvalidInput as error:
            raise InvalidInput(f"Goal {goal_id}: progress {str(error).rstrip('.')}; "
                               "or leave progress out when there is nothing to log.") from None
        logged_today = queries.review_progress(store.conn, current["id"], goal_id) if current else 0
        check_progress(goal_id, (goal["logged"] or 0) - logged_today, value, goal["unit"])
        # asked against the target this answer sets, when it sets one (a goal given its first target)
        question = entry_question(value, _aimed(goal, checked_adjustments(goal, choice.get("adjust") or {}, today)),
                                  today=today, left_out=logged_today)
        if question and not confirmed:  # as `goals log` without a terminal: refused unless --yes
            raise InvalidInput(f"Goal {goal_id}: nothing saved: \"{question}\" needs a yes; if the amount is "
                               "right, run the same command with --yes.")
        if choice.get("progress_date") is not None:  # the day it counts on (a limit's month), else today
            choice = {**choice, "progress_date": _progress_day(goal_id, choice["progress_date"], today).isoformat()}
    numbers = range(1, len(goal["steps"]) + 1)
    wrong = [n for n in choice.get("steps_done") or [] if n not in numbers]
    if wrong:
        raise InvalidInput(f"Goal {goal_id} has no step {', '.join(map(str, wrong))}; "
                           f"'goals show {goal_id}' lists its steps.")
    adjust = checked_adjustments(goal, choice.get("adjust") or {}, today)
    return {**choice, "adjust": adjust}


def progress_question(store, goal_id: int, value: float, *, today: dt.date, adjust: dict | None = None) -> str | None:
    """The question `goals log` would ask before logging ``value`` on the
    goal (:func:`clingoals.goal.entry_question`), as today's review logs it:
    what it logged on the goal earlier today is replaced, so left out.
    ``adjust``: the target (and unit) the review is setting on the goal, read
    in place of the stored ones (progress asked after a target set at
    'adjust', on a goal that had none)."""
    from clingoals.store import queries
    from clingoals.usecases.goals import outsized_question

    current = _today_review(store.conn, today)
    replaced = queries.review_progress(store.conn, current["id"], goal_id) if current else 0.0
    if not adjust:
        return outsized_question(store, goal_id, value, today=today, left_out=replaced or 0.0)
    from clingoals.goal import check_finite, check_log_value, entry_question

    check_log_value(check_finite("The value", value))
    return entry_question(value, _aimed(queries.get_goal(store.conn, goal_id), adjust), today=today, day=today,
                          left_out=replaced or 0.0)


def aimed_goal(store, goal_id: int, adjust: dict, *, today: dt.date) -> dict:
    """The goal as `goals show --json` prints it with the target (and unit)
    a review's 'adjust' is setting read in place of its own, and
    ``periods`` as :func:`goals_to_review` gives them: what its progress in
    the same review is asked as (a statement that keeps spending under a
    sum becomes a limit with its first target, and a week spanning two
    months asks which one the spending counts in, as for any limit)."""
    from clingoals import goal as goal_rules
    from clingoals.store import queries
    from clingoals.usecases.goals import with_limit_log

    record = _aimed(queries.get_goal(store.conn, goal_id), adjust)
    aimed = goal_rules.goal_json(with_limit_log(store.conn, record), today)
    aimed["periods"] = goal_rules.review_periods(aimed, review_window(store.conn, today)[1], today)
    return aimed


def _aimed(goal: dict, adjust: dict) -> dict:
    """The stored goal with the target (and unit) a review's adjustments set
    read in place of its own: what a progress entry of the same review is
    checked against (a goal given its first target at 'adjust')."""
    return {**goal, **{key: adjust[key] for key in ("target", "unit") if adjust.get(key) is not None}}


def _long_term_moves(store, checked: dict[int, dict], *, confirmed: bool) -> dict[int, dict]:
    """The path long-term goals the answers' new deadlines move, by the step
    that moves each (the rule of `goals edit --due`: refused unless
    ``confirmed``); the deadlines the answers give other goals are read in
    place of the stored ones, and a long-term goal two steps move goes to
    the later date, once."""
    from clingoals.usecases.goals import long_term_goal_moving

    planned = {goal_id: choice["adjust"]["deadline"] for goal_id, choice in checked.items()
               if "deadline" in (choice.get("adjust") or {})}
    moves: dict[int, dict] = {}
    for goal_id, choice in checked.items():
        moving = long_term_goal_moving(store, goal_id, choice.get("adjust") or {}, move=confirmed, planned=planned)
        if moving:
            moves[goal_id] = moving
    latest: dict[int, int] = {}  # long-term goal id -> the step moving it furthest
    for goal_id, moving in moves.items():
        if moving["id"] not in latest or moving["to"] > moves[latest[moving["id"]]]["to"]:
            latest[moving["id"]] = goal_id
    return {goal_id: moves[goal_id] for goal_id in latest.values()}


def _progress_day(goal_id: int, said, today: dt.date) -> dt.date:
    """The day a review's progress entry is dated (``progress_date``: a date
    or a phrase, as ``goals log --date``), never in the future."""
    from clingoals.dates import parse_happened
    from clingoals.goal import check_progress_date

    try:
        return check_progress_date(parse_happened(str(said), today), today)
    except InvalidInput as error:
        raise InvalidInput(f"Goal {goal_id}: progress_date {str(error)[0].lower()}{str(error)[1:]}") from None


def checked_adjustments(goal: dict, raw: dict, day: dt.date) -> dict:
    """A goal's adjustments (deadline, target, unit, plan; and the measure a
    new target was typed with), checked as the commands check them."""
    from clingoals.dates import parse_date
    from clingoals.errors import sentence
    from clingoals.goal import check_deadline_horizon, metric_after_unit, validate_goal

    changes: dict = {}
    if "deadline" in raw:
        if isinstance(raw["deadline"], dt.date):
            changes["deadline"] = raw["deadline"]
        elif isinstance(raw["deadline"], str):
            try:
                starts = dt.date.fromisoformat(str(goal["start_date"])) if goal.get("start_date") else None
                changes["deadline"] = check_deadline_horizon(parse_date(raw["deadline"], day, after=starts), day)
            except InvalidInput as error:  # say which goal and field, as the other checks here do
                raise InvalidInput(f"Goal {goal['id']}: deadline: {sentence(error)}") from None
        else:
            raise InvalidInput(f"Goal {goal['id']}: deadline must be a date such as 2027-06-30.")
    if "target" in raw:
        value = raw["target"]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InvalidInput(f"Goal {goal['id']}: target must be a number above zero.")
        changes["target"] = float(value)
    if "unit" in raw:  # what the target counts, as `goals edit --unit` takes it
        if not isinstance(raw["unit"], str) or not raw["unit"].strip():
            raise InvalidInput(f"Goal {goal['id']}: unit must be text, e.g. 'walks'.")
        changes["unit"] = raw["unit"].strip()
    if "metric" in raw:  # the words a new target's sum was typed with ("$4,000 balance": balance)
        if raw["metric"] is not None and not isinstance(raw["metric"], str):
            raise InvalidInput(f"Goal {goal['id']}: measure must be text, e.g. 'balance down to $0'.")
        changes["metric"] = (raw["metric"] or "").strip() or None
    changes.update(metric_after_unit(goal, changes))  # a measure that named the old unit follows a new one
    if "plan" in raw:
        if not isinstance(raw["plan"], str) or not raw["plan"].strip():
            raise InvalidInput(f"Goal {goal['id']}: plan must be text.")
        changes["plan"] = raw["plan"].strip()
    if "deadline" in changes:  # the statement's "... by April 30, 2027" follows the new deadline
        from clingoals.goal import restated

        changes.update(restated(goal, changes["deadline"], day))
    if "target" in changes:  # and its "(69 nights)" a new target (trial 14 C4)
        from clingoals.goal import count_follows

        changes.update(count_follows(goal, changes))
    checked = validate_goal({"start_date": goal["start_date"], **changes})
    return {key: checked[key] for key in changes}


def _apply_goal(session, review_id: int, goal_id: int, choice: dict, *, today: dt.date, now: str) -> int:
    """Write one goal's checked answers in ``session``; returns how many
    progress entries of an earlier pass of today's review were replaced."""
    from clingoals.goal import TRANSITIONS
    from clingoals.store import repository

    replaced = repository.forget_review_progress(session, review_id, goal_id)
    if choice.get("progress") is not None:
        day = dt.date.fromisoformat(choice["progress_date"]) if choice.get("progress_date") else today
        repository.log_progress(session, goal_id, float(choice["progress"]), entry_date=day,
                                note="weekly review", now=now, review_id=review_id)
    goal = repository.live_goal(session, goal_id)
    for number in choice.get("steps_done") or []:
        step = repository.step_numbered(session, goal_id, number)
        if not step.done:
            repository.complete_step(session, goal_id, number, now=now)
    reason = choice.get("reason")
    if choice.get("adjust"):
        repository.update_goal(session, goal_id, choice["adjust"], reason=reason or "weekly review", now=now)
    status, default_reason = DECISION_STATUS.get(choice["decision"], (None, None))
    if status and goal.status != status:
        repository.change_status(session, goal_id, status, reason=reason or default_reason, now=now,
                                 allowed_from=TRANSITIONS[status])
    repository.mark_reviewed(session, review_id, goal_id, choice["decision"], now=now)
    return replaced


def _since(conn, today: dt.date) -> dt.date:
    return review_window(conn, today)[1]


def review_goal(store, goal_id: int, choice: dict, *, today: dt.date, now: str, confirmed: bool = False) -> dict:
    """Review one goal (``choice``: progress, steps_done, decision, reason,
    adjust) as part of today's review, saved at once (``confirmed``: as
    :func:`check_goal_answers`). Returns ``{"goal",
    "review_id", "replaced", "target_reached"}``; ``target_reached`` is true
    when logged progress reached the target and the goal is still open."""
    from clingoals.store import queries, repository
    from clingoals.usecases.goals import move_long_term_goal, with_period_logged_in

    choice = check_goal_answers(store, goal_id, choice, today=today, confirmed=confirmed)
    moves = _long_term_moves(store, {goal_id: choice}, confirmed=confirmed)
    with store.session() as session:
        review_id = repository.review_for_day(session, review_date=today, since=_since(store.conn, today))
        replaced = _apply_goal(session, review_id, goal_id, choice, today=today, now=now)
        for step_id, moving in moves.items():
            move_long_term_goal(session, store, moving, step_id, today=today, now=now)
    goal = _scored(store.conn, [queries.get_goal(store.conn, goal_id)], today)[0]
    if choice.get("progress_date"):  # spending counted in an earlier month: where that month stands
        goal = with_period_logged_in(store, goal_id, goal, dt.date.fromisoformat(choice["progress_date"]))
    return {"goal": goal, "review_id": review_id, "replaced": replaced,
            "target_reached": goal["status"] == "active" and rules.target_reached(goal),
            "long_term_goal_moved": moves.get(goal_id)}


def finish_review(store, answers: dict, *, today: dt.date, now: str) -> dict:
    """Save the reflection and complete today's review. Done again the same
    day, answers left empty keep the earlier ones (``replaced_answers``
    names those changed)."""
    from clingoals.store import repository

    with store.session() as session:
        review_id = repository.review_for_day(session, review_date=today, since=_since(store.conn, today))
        entry_id, replaced = _save_reflection(session, store.conn, review_id, answers, today=today, now=now)
    return {**_summary(store, review_id, entry_id, today), "replaced_answers": replaced}


def todays_answers(store, *, today: dt.date) -> dict:
    """The reflection answers of today's review so far ({key: answer} for
    the keys answered), or {} when there are none."""
    from clingoals.store import queries

    current = _today_review(store.conn, today)
    if not current or not current["reflection_id"]:
        return {}
    entry = queries.get_reflection(store.conn, current["reflection_id"])
    return {key: entry[key] for key in rules.REFLECTION_KEYS if entry.get(key) is not None}


def _save_reflection(session, conn, review_id: int, answers: dict, *, today: dt.date,
                     now: str) -> tuple[int, list[str]]:
    """Save the day's reflection. Applied again the same day, the answers
    merge into the earlier ones: an answer left out (None) keeps what was
    typed before. Returns the reflection's id and the keys whose earlier
    answer was replaced by a different one."""
    from clingoals.store import queries, repository

    current = queries.review_of_day(conn, today.isoformat())
    discussed = list((current or {}).get("goals", {})) + list(answers.get("goals") or {})
    given = {key: answers.get(key) for key in rules.REFLECTION_KEYS}
    earlier = (queries.get_reflection(conn, current["reflection_id"])
               if current and current["reflection_id"] else None)
    replaced: list[str] = []
    if earlier is not None:
        replaced = [key for key, value in given.items()
                    if value is not None and earlier.get(key) is not None and earlier[key] != value]
        given = {key: value if value is not None else earlier.get(key) for key, value in given.items()}
    if earlier is not None and given == {key: earlier.get(key) for key in rules.REFLECTION_KEYS}:
        fields = {}  # nothing new: the earlier reflection stays as it was
    else:
        fields = {"kind": "reflection", "entry_date": today, "text": rules.reflection_text(given), **given}
    entry_id = repository.save_review_reflection(session, review_id, fields, goal_ids=discussed, now=now)
    return entry_id, replaced


def _summary(store, review_id: int, entry_id: int, today: dt.date) -> dict:
    from clingoals.store import queries

    current = queries.review_of_day(store.conn, today.isoformat())
    last, anchor, rhythm = review_dates(store.conn, today)
    next_date = rules.next_review(today, anchor, rhythm)
    return {"review_id": review_id, "reflection_id": entry_id, "review_date": today.isoformat(),
            "goals": {str(k): v for k, v in current["goals"].items()},
            "next_review": next_date.isoformat() if next_date else None}


def apply_answers(store, answers: dict, *, today: dt.date, now: str, confirmed: bool = False) -> dict:
    """The whole review from checked answers (``review.parse_answers``), in
    one transaction. Applied again the same day it updates that day's review:
    ``updated`` says so, ``replaced_progress`` counts the entries replaced,
    and ``replaced_answers`` names the reflection answers the file changed
    (answers it leaves out keep what was typed earlier)."""
    from clingoals.store import repository
    from clingoals.usecases.goals import move_long_term_goal

    earlier = _today_review(store.conn, today)
    checked = {goal_id: check_goal_answers(store, goal_id, choice, today=today, confirmed=confirmed)
               for goal_id, choice in answers["goals"].items()}
    moves = _long_term_moves(store, checked, confirmed=confirmed)
    replaced = 0
    with store.session() as session:  # the whole review, or nothing
        review_id = repository.review_for_day(session, review_date=today, since=_since(store.conn, today))
        for goal_id, choice in checked.items():
            replaced += _apply_goal(session, review_id, goal_id, choice, today=today, now=now)
        for step_id, moving in moves.items():  # after the answers' own deadlines: it arrives with its latest step
            move_long_term_goal(session, store, moving, step_id, today=today, now=now)
        entry_id, replaced_answers = _save_reflection(session, store.conn, review_id, answers, today=today,
                                                      now=now)
    summary = _summary(store, review_id, entry_id, today)
    summary["replaced_answers"] = replaced_answers
    summary["goals"] = {str(k): v["decision"] for k, v in checked.items()}
    summary["updated"] = earlier is not None
    summary["replaced_progress"] = replaced
    summary["target_reached"] = _reached(store, [g for g, c in checked.items() if c["decision"] != "done"], today)
    summary["long_term_goals_moved"] = {str(step_id): moving for step_id, moving in moves.items()}
    return summary


def _reached(store, goal_ids: list[int], today: dt.date) -> list[int]:
    """Those of ``goal_ids`` still active whose logged progress reached the target."""
    from clingoals.goal import goal_json
    from clingoals.store import queries

    return [g["id"] for g in queries.list_goals(store.conn, ids=goal_ids, statuses=["active"])
            if rules.target_reached(goal_json(g, today))]


def history(store, *, today: dt.date) -> dict:
    """Past (completed) reviews, the current streak of on-time reviews, and
    ``started``: the day the first goal or review was recorded (no review
    can be missed before it)."""
    from clingoals.store import queries

    reviews = queries.list_reviews(store.conn)
    rhythm = queries.get_setting(store.conn, "review.rhythm", rules.DEFAULT_RHYTHM)
    current = rules.streak([dt.date.fromisoformat(r["review_date"]) for r in reviews], rhythm, today)
    started = queries.first_record_day(store.conn)
    return {"reviews": reviews, "streak": current, "rhythm": rhythm, "started": started}
