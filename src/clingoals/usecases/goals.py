"""Goals: add, list with their scorecards, show, history, edit, log progress,
change status, delete/restore, steps, aspirations, and the dashboard's data.

Every function takes the open store first and ``today``/``now`` from the
clock, and returns goals as ``goals show --json`` prints them.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from clingoals import goal as goal_rules
from clingoals.dates import parse_date, parse_due_before, parse_happened, parse_optional_date
from clingoals.errors import InvalidInput, NotFound

DASHBOARD_ROWS = 5


# --- reading -----------------------------------------------------------------

def scored_json(conn, record: dict, today: dt.date, declared: list[str] | None = None,
                descriptions: dict[str, str] | None = None) -> dict:
    """A goal's JSON with its SMART scorecard under ``score``."""
    from clingoals.smart import score_record
    from clingoals.store import queries

    if declared is None:
        declared = queries.aspiration_names(conn)
        descriptions = queries.aspiration_descriptions(conn)
    judged = record
    if goal_rules.is_limit(record):
        record = with_limit_log(conn, record)
        # a spending limit is no total to reach: what was spent says nothing of being "on pace"
        judged = {**record, "current": None}
    return goal_rules.goal_json(record, today, score=score_record(judged, today, declared, descriptions))


def with_limit_log(conn, record: dict) -> dict:
    """The record with its progress entries when it is a spending limit per
    period (this period's entries count against it); others as they are."""
    if "progress_log" in record or not goal_rules.is_limit(record) \
            or goal_rules.limit_period(record["statement"]) is None:
        return record
    from clingoals.store import queries

    return {**record, "progress_log": queries.progress_log(conn, record["id"])}


def goals_json(conn, records: list[dict], today: dt.date) -> list[dict]:
    """Several goals' JSON, scored against one read of the declared aspirations."""
    from clingoals.store import queries

    declared = queries.aspiration_names(conn)
    descriptions = queries.aspiration_descriptions(conn)
    return [scored_json(conn, r, today, declared, descriptions) for r in records]


def goal_data(store, goal_id: int, *, today: dt.date) -> dict:
    """One goal as ``goals show --json`` prints it (without the progress log)."""
    from clingoals.store import queries

    return scored_json(store.conn, queries.get_goal(store.conn, goal_id), today)


def dashboard(store, *, today: dt.date) -> dict:
    """The no-command dashboard: the goals due soonest, how many are overdue,
    the CE status of every license (``licenses``: tally results), and
    ``review``: what the reminder says when a review is overdue, else None
    (trial 22 #14: `goals list` said it, the dashboard didn't)."""
    from clingoals.store import queries
    from clingoals.usecases.ce import all_statuses
    from clingoals.usecases.review import review_overdue

    active = queries.list_goals(store.conn, statuses=["active"])
    return {
        "goals": goals_json(store.conn, active[:DASHBOARD_ROWS], today),
        "overdue": sum(1 for g in active if goal_rules.is_overdue(g, today)),
        "total_active": len(active),
        "licenses": [result for _, result in all_statuses(store.conn, today)],
        "review": review_overdue(store, today=today) if active else None,
    }


def list_goals(store, *, statuses: Iterable[str] | None = None, every_status: bool = False,
               horizon: str | None = None, domain: str | None = None, category: str | None = None,
               tags: Iterable[str] = (), aspiration: str | None = None, due_before: str | None = None,
               overdue: bool = False, today: dt.date) -> list[dict]:
    """Goals matching every filter given, soonest deadline first: active ones
    by default, active and paused with ``overdue``, all with ``every_status``."""
    from clingoals.store import queries

    chosen = list(statuses or [])
    wanted = None if every_status else [goal_rules.check_status(s) for s in chosen] if chosen else ["active"]
    if overdue and not chosen and not every_status:
        wanted = ["active", "paused"]
    goal_rules.check_horizon(horizon)
    goal_rules.check_domain(domain)
    limit = parse_due_before(due_before, today)
    if aspiration is not None and aspiration.lower() not in {
            n.lower() for n in queries.aspiration_names(store.conn)}:
        from clingoals.suggest import did_you_mean

        hint = did_you_mean(aspiration, queries.aspiration_names(store.conn))
        raise InvalidInput(f"Unknown aspiration {aspiration!r}.{hint} 'goals aspiration list' shows them.")
    records = queries.list_goals(store.conn, statuses=wanted)
    wanted_tags = set(tags)

    def keep(g: dict) -> bool:
        return all((
            horizon is None or goal_rules.horizon_of(g) == horizon,
            domain is None or g["domain"] == domain,
            category is None or (g["category"] or "").lower() == category.lower(),
            wanted_tags <= set(g["tags"]),
            aspiration is None or aspiration.lower() in (a.lower() for a in g["aspirations"]),
            limit is None or goal_rules.as_date(g["deadline"]) <= limit,
            not overdue or goal_rules.is_overdue(g, today),
        ))

    return goals_json(store.conn, [g for g in records if keep(g)], today)


def show_goal(store, goal_id: int, *, today: dt.date) -> dict:
    """Everything about one goal: its progress log under ``progress_log``,
    the goals that serve it under ``children``, the CE credits linked to it
    (``ce add --goal``) under ``ce_credits``, as ``ce list --json`` gives them."""
    from clingoals.store import queries

    record = queries.get_goal(store.conn, goal_id)
    data = scored_json(store.conn, record, today)
    data["progress_log"] = record["progress_log"]
    data["children"] = queries.child_goals(store.conn, goal_id)
    linked = queries.list_credits(store.conn, goal_id=goal_id)
    if linked:  # hours by the licenses' unit tables: read the profiles only when there is a credit
        from clingoals.usecases.ce import credits_json

        linked = credits_json(store.conn, linked)
    data["ce_credits"] = linked
    return data


def has_goals(store) -> bool:
    """Whether any goal exists, whatever its status (deleted ones aside)."""
    from clingoals.store import queries

    return queries.any_goal(store.conn)


def goal_history(store, goal_id: int) -> list[dict]:
    from clingoals.store import queries

    return queries.goal_history(store.conn, goal_id)


# --- adding and editing --------------------------------------------------------------

def new_goal_fields(*, statement, due, today: dt.date, title=None, specific=None, measure=None,
                    target=None, unit=None, baseline=None, plan=None, hours_per_week=None, why=None,
                    category=None, personal=False, parent=None, confidence=None, start=None,
                    horizon=None) -> dict:
    """Validated columns for a new goal from what the person gave (date
    phrases allowed for ``start`` and ``due``)."""
    statement = goal_rules.check_statement(statement)
    start_date = parse_date(start, today, first_day=True) if start else today
    fields = {
        "title": (title or "").strip() or goal_rules.make_title(statement),
        "statement": statement,
        "specific": specific,
        "metric": measure,
        "target": target,
        "unit": unit,
        "baseline": baseline,
        "plan": plan,
        "hours_per_week": hours_per_week,
        "why": why,
        "start_date": start_date,
        # a deadline without a year ("December 31") is the next one on or after the start
        "deadline": goal_rules.check_deadline_horizon(parse_date(due, today, after=start_date), today),
        "horizon_override": horizon,
        "domain": "personal" if personal else "professional",
        "category": category,
        "parent_id": parent,
        "confidence": confidence,
        "status": "active",
    }
    return goal_rules.validate_goal(fields)


def add_goal(store, fields: dict, *, tags: Iterable[str] = (), aspirations: Iterable[str] = (),
             new_aspirations: Iterable[str] = (), steps: Iterable[str] = (), today: dt.date,
             now: str, card_aspiration: str | None = None) -> dict:
    """Store a goal (fields from :func:`new_goal_fields`), declaring any new
    aspirations first, in one transaction. ``card_aspiration``: the one of
    ``aspirations`` the card linked, not the person. Returns the goal's JSON."""
    from clingoals.store import repository

    step_rows = [(text.strip(), None) for text in steps if text.strip()]
    with store.session() as session:
        for name in new_aspirations:
            repository.add_aspiration(session, name, None, now=now)
        goal_id = repository.create_goal(session, goal_rules.validate_goal(fields), tags=list(tags),
                                         aspirations=list(aspirations), steps=step_rows, now=now,
                                         card_aspiration=card_aspiration)
    return goal_data(store, goal_id, today=today)


def goal_changes(*, today: dt.date, statement=None, due=None, title=None, specific=None, measure=None,
                 target=None, unit=None, baseline=None, plan=None, hours_per_week=None, why=None,
                 category=None, personal=None, parent=None, confidence=None, start=None,
                 horizon=None, starts: dt.date | None = None) -> dict:
    """The columns a `goals edit` changes, validated on their own (None = unchanged).
    ``starts``: the goal's start as stored; a deadline typed without a year is
    the next one on or after the new start, else on or after this one."""
    changes: dict = {}
    if statement is not None:
        changes["statement"] = statement
    for name, value in (("title", title), ("specific", specific), ("metric", measure), ("unit", unit),
                        ("plan", plan), ("why", why), ("category", category)):
        if value is not None:
            changes[name] = value.strip() or None
    for name, value in (("target", target), ("baseline", baseline), ("hours_per_week", hours_per_week),
                        ("confidence", confidence)):
        if value is not None:
            changes[name] = value
    if personal is not None:
        changes["domain"] = "personal" if personal else "professional"
    if parent is not None:
        changes["parent_id"] = parent or None
    if horizon is not None:
        horizon = goal_rules.check_horizon(horizon, allow_auto=True)
        changes["horizon_override"] = None if horizon == "auto" else horizon
    if start is not None:
        changes["start_date"] = parse_date(start, today, first_day=True)
    if due is not None:  # given with a new start, a deadline without a year is the next one on or after it
        changes["deadline"] = goal_rules.check_deadline_horizon(
            parse_date(due, today, after=changes.get("start_date", starts)), today)
    return goal_rules.validate_goal(changes)


def goal_start(store, goal_id: int) -> dt.date:
    """The stored start date of a goal (a deadline typed without a year is read from it)."""
    from clingoals.store import queries

    return goal_rules.as_date(queries.get_goal(store.conn, goal_id)["start_date"])


def check_goal_change(store, goal_id: int, changes: dict, remove_tags: Iterable[str] = (),
                      add_aspirations: Iterable[str] = (), unlink_aspirations: Iterable[str] = ()) -> None:
    """Raise if ``changes`` don't fit the stored goal (e.g. a deadline before
    its start, removing a tag it doesn't have, or unlinking an aspiration
    it isn't linked to)."""
    from clingoals.store import queries

    current = queries.get_goal(store.conn, goal_id)
    missing = [t for t in remove_tags if t not in current["tags"]]
    if missing:
        has = f"its tags: {', '.join(current['tags'])}" if current["tags"] else "it has no tags"
        raise InvalidInput(f"Goal {goal_id} has no tag {missing[0]!r} ({has}); nothing changed.")
    unlink_names(store, goal_id, unlink_aspirations, current["aspirations"], add_aspirations)
    goal_rules.validate_goal({"start_date": changes.get("start_date", current["start_date"]),
                              "deadline": changes.get("deadline", current["deadline"])})


def unlink_names(store, goal_id: int, typed: Iterable[str], linked: list[str],
                 linking: Iterable[str] = ()) -> list[str]:
    """The aspirations ``typed`` names (matched as --aspiration matches them:
    the same name in any letter case), each linked to the goal; raises,
    nothing changed, for a name that is no aspiration, one the goal isn't
    linked to, or one also being linked."""
    from clingoals.store import queries
    from clingoals.suggest import did_you_mean, same_or_closest

    declared = queries.aspiration_names(store.conn)
    has = f"it is linked to: {', '.join(linked)}" if linked else "it is linked to no aspiration"
    names = []
    for text in dict.fromkeys(t.strip() for t in typed):
        name, same = same_or_closest(text, declared)
        if not same:
            hint = did_you_mean(text, linked or declared)
            raise NotFound(f"Unknown aspiration {text!r}.{hint} Goal {goal_id}: {has}. Nothing changed.")
        if name not in linked:
            raise InvalidInput(f"Goal {goal_id} isn't linked to {name!r} ({has}). Nothing changed.")
        if name.casefold() in {t.strip().casefold() for t in linking}:
            raise InvalidInput(f"{name!r} is given to both --aspiration and --unlink-aspiration; "
                               "give it to one of them. Nothing changed.")
        names.append(name)
    return names


def metric_follows(store, goal_id: int, changes: dict) -> tuple[dict, str | None]:
    """``changes`` with the measure a new unit brings: a stored measure that
    named the old unit becomes the new one (:func:`clingoals.goal.metric_after_unit`),
    and the measure it replaces (to say so), else ``changes`` as given and None."""
    from clingoals.store import queries

    if "unit" not in changes or "metric" in changes:
        return changes, None
    current = queries.get_goal(store.conn, goal_id)
    follows = goal_rules.metric_after_unit(current, changes)
    return ({**changes, **follows}, current["metric"]) if follows else (changes, None)


def _path_tags(record: dict) -> set[str]:
    """The path tags (``path:ID``, not a milestone's ``path:ID:N``) of a goal."""
    return {tag for tag in record["tags"] if tag.startswith("path:") and tag.count(":") == 1}


def long_term_goal_to_move(store, goal_id: int, changes: dict,
                           planned: dict[int, dt.date] | None = None) -> dict | None:
    """A path's long-term goal arrives no earlier than its latest step (the
    rule `goals path start` saves it by), after a start too. When
    ``changes`` date a step of a path after the long-term goal it serves,
    that goal, to move with it: ``{"id", "title", "deadline", "to"}``
    (dates ISO); else None. A long-term goal dated before one of its open
    steps is refused: its steps are the person's to move, one by one.
    ``planned``: the deadlines other goals are given in the same change (a
    review's answers), by id, read in place of their stored ones."""
    from clingoals.store import queries

    if "deadline" not in changes:
        return None
    planned = planned or {}
    new = changes["deadline"]
    current = queries.get_goal(store.conn, goal_id)
    tags = _path_tags(current)
    parent = queries.get_goal(store.conn, current["parent_id"], include_deleted=True) if current["parent_id"] else None
    if parent is not None and tags & _path_tags(parent):
        arrives = planned.get(parent["id"]) or goal_rules.as_date(parent["deadline"])
        if parent["deleted_at"] is None and parent["status"] in goal_rules.OPEN_STATUSES and arrives < new:
            return {"id": parent["id"], "title": parent["title"], "deadline": arrives.isoformat(),
                    "to": new.isoformat()}
        return None
    if tags:  # a path's long-term goal itself
        later = [c for c in queries.child_goals(store.conn, goal_id) if c["status"] in goal_rules.OPEN_STATUSES
                 and (planned.get(c["id"]) or goal_rules.as_date(c["deadline"])) > new]
        if later:
            step = max(later, key=lambda c: (planned.get(c["id"]) or goal_rules.as_date(c["deadline"]), c["id"]))
            due = (planned.get(step["id"]) or goal_rules.as_date(step["deadline"])).isoformat()
            raise InvalidInput(f"Nothing changed: goal {goal_id} arrives no earlier than its latest step, goal "
                               f"{step['id']} ({step['title']}), due {due}; give a date on or after it, "
                               f"or move that step first ('goals edit {step['id']} --due DATE').")
    return None


def long_term_goal_moving(store, goal_id: int, changes: dict, *, move: bool,
                          planned: dict[int, dt.date] | None = None) -> dict | None:
    """:func:`long_term_goal_to_move`, refused unless ``move`` (the person
    said yes, or --yes): the one check `goals edit --due` and a review's
    adjusted deadline (in a terminal or --answers) go through."""
    moving = long_term_goal_to_move(store, goal_id, changes, planned)
    if moving and not move:
        raise InvalidInput(f"Nothing changed: goal {goal_id} would be due after the long-term goal it serves, goal "
                           f"{moving['id']} ({moving['title']}, due {moving['deadline']}); move both with --yes, or "
                           f"give a date on or before {moving['deadline']}.")
    return moving


def move_long_term_goal(session, store, moving: dict, step_id: int, *, today: dt.date, now: str) -> None:
    """Move a path's long-term goal to its step's new deadline (``moving``
    from :func:`long_term_goal_to_move`) in ``session``; its history says why."""
    from clingoals.store import queries, repository

    parent = queries.get_goal(store.conn, moving["id"])
    arrives = dt.date.fromisoformat(moving["to"])
    repository.update_goal(session, moving["id"], {"deadline": arrives, **goal_rules.restated(parent, arrives, today)},
                           reason=f"arrives with its latest step, goal {step_id}", now=now)


def edit_goal(store, goal_id: int, changes: dict, *, reason: str | None, add_tags: Iterable[str] = (),
              remove_tags: Iterable[str] = (), add_aspirations: Iterable[str] = (),
              unlink_aspirations: Iterable[str] = (),
              steps: Iterable[str] = (), move_long_term: bool = False, today: dt.date,
              now: str) -> tuple[dict, list[str]]:
    """Apply a change (from :func:`goal_changes`); every changed field is kept
    in the history with ``reason``. A title derived from the statement at
    add time follows a new statement; a title the person chose stays.
    A path's step dated after its long-term goal moves that goal with it
    when ``move_long_term`` (its history says why; the JSON's
    ``long_term_goal_moved`` says which and from when), else is refused,
    nothing changed (:func:`long_term_goal_to_move`).
    Returns (the goal's JSON, changed field names)."""
    from clingoals.store import queries, repository

    check_goal_change(store, goal_id, changes)
    unlinked = unlink_names(store, goal_id, unlink_aspirations, queries.get_goal(store.conn, goal_id)["aspirations"],
                            add_aspirations)
    moving = long_term_goal_moving(store, goal_id, changes, move=move_long_term)
    typed = set(changes)  # what the person gave (a statement, a title they chose) stays theirs
    recount = None
    if "deadline" in changes and "target" not in changes:  # the rhythm's count through the new date, said (C4)
        recount = goal_rules.rhythm_count(queries.get_goal(store.conn, goal_id), changes["deadline"])
    typed_statement = "statement" in typed
    if "deadline" in changes and "statement" not in changes:  # "... by April 30, 2027" follows a new --due
        current = queries.get_goal(store.conn, goal_id)
        follows = goal_rules.restated(current, changes["deadline"], today)
        changes = {**changes, **{key: value for key, value in follows.items() if key not in changes}}
    if "target" in changes and not typed_statement:  # and its "(69 nights)" a new --target (trial 14 C4)
        current = queries.get_goal(store.conn, goal_id)
        follows = goal_rules.count_follows(current, changes)
        changes = {**changes, **{key: value for key, value in follows.items() if key not in typed}}
    if changes.get("statement") and "title" not in changes:
        current = queries.get_goal(store.conn, goal_id)
        if goal_rules.title_follows(current["title"], current["statement"]):
            changes = {**changes, "title": goal_rules.make_title(changes["statement"])}
    with store.session() as session:
        changed = repository.update_goal(session, goal_id, changes, reason=reason,
                                         add_tags=list(add_tags), remove_tags=list(remove_tags),
                                         add_aspirations=list(add_aspirations), remove_aspirations=unlinked,
                                         now=now)
        for text in steps:
            repository.add_step(session, goal_id, text, due=None, now=now)
        if moving:
            move_long_term_goal(session, store, moving, goal_id, today=today, now=now)
    data = goal_data(store, goal_id, today=today)
    if moving:
        data["long_term_goal_moved"] = moving
    if recount is not None and "deadline" in changed:
        data["count_for_deadline"] = recount
    return data, changed


def amount_in_unit(store, goal_id: int, typed: str) -> float:
    """A progress amount typed with a unit ("400 dollars"), read in the goal's
    own unit (:func:`clingoals.numbers.read_amount`); another unit is refused."""
    from clingoals.numbers import read_amount
    from clingoals.store import queries

    unit = queries.get_goal(store.conn, goal_id)["unit"]
    try:
        return read_amount(typed, unit)
    except ValueError:
        from clingoals.numbers import in_thousands, number, read_number, typo_message

        raise InvalidInput(f"Can't read {typed!r} as goal {goal_id}'s progress: "
                           + (typo_message(typed) or (  # "about 75O": as `goals log 3 75O` says it (trial 15 P2)
                              f"a sum in thousands is read of money only, so type it in full: "
                              f"{number(read_number(typed, money=True))}." if in_thousands(typed) else
                              f"type a number, or one in its unit, e.g. 3 or '3 {unit}'." if unit else
                              "it counts no unit, so type a number, e.g. 3."))) from None


def outsized_question(store, goal_id: int, value: float, *, today: dt.date, entry_date: str | None = None,
                      left_out: float = 0.0) -> str | None:
    """The question to ask before logging ``value`` (on ``entry_date``, a
    phrase; default today) when one entry is many times the goal's target
    or far more than its rhythm can have made yet (goal.entry_question),
    else None. The value's own bounds are checked first: a refused number
    is never asked about. ``left_out``: the entries it replaces (the review's)."""
    value, day, goal = _entry(store, goal_id, value, today=today, entry_date=entry_date)
    return goal_rules.entry_question(value, goal, today=today, day=day, left_out=left_out)


def _entry(store, goal_id: int, value: float, *, today: dt.date, entry_date: str | None) -> tuple:
    """(the value, checked; its day; the goal's record) of an entry about to be asked about."""
    from clingoals.store import queries

    value = goal_rules.check_log_value(goal_rules.check_finite("The value", value))
    return value, parse_happened(entry_date, today) if entry_date else today, queries.get_goal(store.conn, goal_id)


def log_question(store, goal_id: int, value: float, *, today: dt.date, entry_date: str | None = None,
                 again: bool = False) -> tuple[str, str] | None:
    """`goals log`'s question before logging ``value`` (on ``entry_date``, a
    phrase; default today), with which check asks it (goal.log_question):
    :func:`outsized_question`'s, a second entry on one day of something that
    comes once a day (not with ``again``), or a count's entry before the
    goal started; else None. The value's own bounds are checked first."""
    from clingoals.store import queries

    value, day, goal = _entry(store, goal_id, value, today=today, entry_date=entry_date)
    # which entries a review logged (a week's total, not that night's): goal.second_entry_that_day
    goal["progress_log"] = queries.progress_log(store.conn, goal_id, with_review=True)
    return goal_rules.log_question(value, goal, today=today, day=day, again=again)


def log_progress(store, goal_id: int, value: float, *, entry_date: str | None = None,
                 note: str | None = None, today: dt.date, now: str) -> dict:
    """Add ``value`` toward the goal's target on ``entry_date`` (a phrase;
    default today, never in the future). A negative value is a correction
    and may not take the total below zero. Returns the goal's JSON with
    ``target_reached`` (true when the goal is open and its target is met)."""
    from clingoals.store import repository

    from clingoals.review import target_reached
    from clingoals.store import queries

    value = goal_rules.check_log_value(goal_rules.check_finite("The value", value))
    day = parse_happened(entry_date, today) if entry_date else today
    goal_rules.check_progress_date(day, today)
    current = queries.get_goal(store.conn, goal_id)
    goal_rules.check_progress(goal_id, current["logged"], value, current["unit"])
    with store.session() as session:
        repository.log_progress(session, goal_id, value, entry_date=day, note=note, now=now)
    data = goal_data(store, goal_id, today=today)
    data["target_reached"] = data["status"] in goal_rules.OPEN_STATUSES and target_reached(data)
    return with_period_logged_in(store, goal_id, data, day)


def with_period_logged_in(store, goal_id: int, data: dict, day: dt.date) -> dict:
    """``data`` (a limit goal's goal_json after an entry dated ``day``) with
    ``logged_in``, where that entry's period stands, when it is an earlier
    period than this one ("--date" in October, or the review's "November")."""
    from clingoals.store import queries

    if data["limit"] and data["period"] and day.isoformat() < data["period_start"]:
        data["logged_in"] = goal_rules.limit_in_period(with_limit_log(store.conn, queries.get_goal(store.conn,
                                                                                                   goal_id)), day)
    return data


# --- status --------------------------------------------------------------------------

def change_status(store, goal_id: int, status: str, *, reason: str | None, today: dt.date,
                  now: str, on: str | None = None) -> dict:
    """Move a goal to ``status`` if goal.TRANSITIONS allows it; returns its
    JSON with ``previous_status`` (and for done, ``target_reached``: whether
    the logged progress reached its target, None without one).
    ``on`` (a date phrase) says when it happened, e.g. "last friday": never
    in the future (before the goal's start is taken: see goal.before_start_note)."""
    from clingoals.review import target_reached
    from clingoals.store import queries, repository

    if status == "dropped" and not (reason or "").strip():
        raise InvalidInput("Say why with --reason; it helps at your next review.")
    changed_at = None
    if on is not None:
        day = parse_happened(on, today)
        goal_rules.check_status_date(day, today, status)
        last = queries.last_status_change(store.conn, goal_id)
        if last and day.isoformat() < last["at"][:10]:
            raise InvalidInput(f"Goal {goal_id} became {last['new']} on {last['at'][:10]}; a later change can't be "
                               f"dated before that ({day.isoformat()}).")
        # An earlier day is stored as that day alone: the time it happened isn't known (the time it was typed
        # isn't it). `goals history` orders it at the end of its day.
        changed_at = day.isoformat() if day < today else None
    with store.session() as session:
        previous = repository.change_status(session, goal_id, status, reason=reason, now=now,
                                            allowed_from=goal_rules.TRANSITIONS[status], changed_at=changed_at)
    data = {**goal_data(store, goal_id, today=today), "previous_status": previous}
    if status == "done":  # marked done short of a measured target: the message says so, and the way back
        # None without a target to reach (a spending limit's is a ceiling)
        data["target_reached"] = target_reached(data) if data["measure"]["target"] and not data["limit"] else None
    return data


def deleted_goals(store, *, today: dt.date) -> list[dict]:
    """Deleted goals (``goals list --deleted``), each with ``deleted_at``."""
    from clingoals.store import queries

    records = [g for g in queries.list_goals(store.conn, include_deleted=True) if g["deleted_at"]]
    return [{**data, "deleted_at": record["deleted_at"]}
            for data, record in zip(goals_json(store.conn, records, today), records)]


def goal_title(store, goal_id: int) -> str:
    """The title of a live goal (NotFound otherwise), e.g. for a confirmation."""
    from clingoals.store import queries

    return queries.get_goal(store.conn, goal_id)["title"]


def delete_goal(store, goal_id: int, *, now: str, reason: str | None = None) -> dict:
    """Soft-delete a goal (``goals restore`` brings it back), the deletion
    and ``reason`` kept in its history; returns its id, title and reason."""
    from clingoals.store import repository

    title = goal_title(store, goal_id)
    with store.session() as session:
        repository.soft_delete(session, goal_id, now=now, reason=reason)
    return {"id": goal_id, "title": title, "deleted": True, "reason": reason}


def restore_goal(store, goal_id: int, *, today: dt.date, now: str) -> dict:
    from clingoals.store import repository

    with store.session() as session:
        repository.restore(session, goal_id, now=now)
    return goal_data(store, goal_id, today=today)


# --- steps and aspirations -------------------------------------------------------------

def add_step(store, goal_id: int, text: str, *, due: str | None = None, today: dt.date, now: str) -> dict:
    """Add an action step; returns the step as `goals show --json` lists it."""
    from clingoals.store import repository

    due_date = parse_optional_date(due, today)
    with store.session() as session:
        step_id = repository.add_step(session, goal_id, text, due=due_date, now=now)
    return _step(store, goal_id, step_id, today)


def same_step(store, goal_id: int, text: str, *, today: dt.date) -> dict | None:
    """The goal's step that says ``text`` already (case, spaces and a final
    full stop aside), or None; a goal that isn't there raises NotFound."""
    def said(words: str) -> str:
        return " ".join(words.split()).casefold().rstrip(".")

    return next((s for s in goal_data(store, goal_id, today=today)["steps"] if said(s["text"]) == said(text)), None)


def complete_step(store, goal_id: int, step_id: int, *, today: dt.date, now: str) -> dict:
    return complete_steps(store, goal_id, [step_id], today=today, now=now)[0]


def complete_steps(store, goal_id: int, numbers: list[int], *, today: dt.date, now: str) -> list[dict]:
    """Tick steps ``numbers`` of the goal off together, as the review does:
    a number that isn't an open step refuses them all (nothing changes).
    Returns the steps, each number once."""
    from clingoals.store import repository

    numbers = list(dict.fromkeys(numbers))
    with store.session() as session:
        for number in numbers:
            repository.complete_step(session, goal_id, number, now=now)
    steps = {s["id"]: s for s in goal_data(store, goal_id, today=today)["steps"]}
    return [{"goal_id": goal_id, **steps[number]} for number in numbers]


def undo_step(store, goal_id: int, number: int, *, today: dt.date) -> dict:
    """Untick step ``number`` of the goal."""
    from clingoals.store import repository

    with store.session() as session:
        repository.undo_step(session, goal_id, number)
    return _step(store, goal_id, number, today)


def edit_step(store, goal_id: int, number: int, text: str, *, today: dt.date) -> dict:
    """Change the text of step ``number`` of the goal."""
    from clingoals.store import repository

    with store.session() as session:
        repository.edit_step(session, goal_id, number, text)
    return _step(store, goal_id, number, today)


def remove_step(store, goal_id: int, number: int, *, today: dt.date) -> dict:
    """Remove step ``number`` for good; the steps after it move up one number.
    Returns ``{"goal_id", "removed": {"id", "text"}, "steps": [...]}``."""
    from clingoals.store import repository

    with store.session() as session:
        text = repository.remove_step(session, goal_id, number)
    return {"goal_id": goal_id, "removed": {"id": number, "text": text},
            "steps": goal_data(store, goal_id, today=today)["steps"]}


def _step(store, goal_id: int, step_id: int, today: dt.date) -> dict:
    steps = goal_data(store, goal_id, today=today)["steps"]
    return {"goal_id": goal_id, **next(s for s in steps if s["id"] == step_id)}


def add_aspiration(store, name: str, description: str | None, *, now: str, today: dt.date | None = None) -> dict:
    """Declare an aspiration; returns it as `goals aspiration list --json` lists
    it. With ``today``, also what it changes on the active goals' cards (their
    Relevant is judged against the aspirations declared, trial 12 C4): under
    ``goals_serving_it`` the ids of those that serve it, under
    ``goals_serving_none`` those that serve none of them (Relevant 0/2)."""
    from clingoals.store import repository

    with store.session() as session:
        aspiration_id = repository.add_aspiration(session, name, description, now=now)
    data = next(a for a in list_aspirations(store) if a["id"] == aspiration_id)
    if today is not None:
        data.update(_aspiration_effect(store, data["name"], today))
    return data


def _aspiration_effect(store, name: str, today: dt.date) -> dict:
    """The active goals that serve aspiration ``name``, and those serving none of the declared ones."""
    from clingoals.smart import aspiration_served, goal_text_from_record, score_record
    from clingoals.store import queries

    declared = queries.aspiration_names(store.conn)
    descriptions = queries.aspiration_descriptions(store.conn)
    serving, none = [], []
    for record in queries.list_goals(store.conn, statuses=["active"]):
        if aspiration_served(goal_text_from_record(record, declared, descriptions)) == name:
            serving.append(record["id"])
        elif score_record(record, today, declared, descriptions)["criteria"]["relevant"]["score"] == 0:
            none.append(record["id"])
    return {"goals_serving_it": serving, "goals_serving_none": none}


def rename_aspiration(store, old: str, new: str) -> dict:
    """Rename an aspiration; its goals keep serving it under the new name."""
    from clingoals.store import repository

    with store.session() as session:
        aspiration_id = repository.rename_aspiration(session, old, new).id
    return next(a for a in list_aspirations(store) if a["id"] == aspiration_id)


def aspiration_goals(store, name: str) -> dict:
    """An aspiration and the ids of the live goals serving it (for a confirmation)."""
    from clingoals.store import queries

    wanted = name.strip().lower()
    match = next((a for a in queries.list_aspirations(store.conn) if a["name"].lower() == wanted), None)
    if match is None:
        from clingoals.suggest import did_you_mean

        hint = did_you_mean(name, [a["name"] for a in queries.list_aspirations(store.conn)])
        raise NotFound(f"No aspiration named {name!r}.{hint} 'goals aspiration list' shows them.")
    goals = [g["id"] for g in queries.list_goals(store.conn)
             if match["name"].lower() in (a.lower() for a in g["aspirations"])]
    return {**match, "goal_ids": goals}


def delete_aspiration(store, name: str, *, now: str) -> dict:
    """Remove an aspiration; the goals that served it keep working (their
    history says the link went). Returns the aspiration and those goal ids."""
    from clingoals.store import repository

    found = aspiration_goals(store, name)
    with store.session() as session:
        ids = repository.delete_aspiration(session, found["name"], reason=f"aspiration {found['name']!r} deleted",
                                           now=now)
    return {**found, "goal_ids": sorted(ids), "deleted": True}


def list_aspirations(store) -> list[dict]:
    from clingoals.store import queries

    return queries.list_aspirations(store.conn)


def aspiration_typo(store, name: str) -> str | None:
    """The declared aspiration ``name`` is spelled almost like, as a typo
    of it (:func:`clingoals.suggest.typo_of`), else None."""
    from clingoals.suggest import typo_of

    return typo_of(name, aspiration_names(store))


def aspiration_spelling(name: str) -> str | None:
    """``name`` with a word typed slightly wrong spelled as the scorer's
    vocabulary has it ("finacial wellness" -> "financial wellness":
    :func:`clingoals.smart.scorer.respelled_aspiration`), else None."""
    from clingoals.smart.scorer import respelled_aspiration

    return respelled_aspiration(" ".join(name.split()))


def aspiration_names(store) -> list[str]:
    from clingoals.store import queries

    return queries.aspiration_names(store.conn)


def aspiration_descriptions(store) -> dict[str, str]:
    """{name: description} of the aspirations that have one (the scorer reads them)."""
    from clingoals.store import queries

    return queries.aspiration_descriptions(store.conn)
