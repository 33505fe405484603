"""Goal commands: add, list, show, edit, history, log, steps, status changes,
delete/restore, aspirations, and the no-command dashboard. Thin: parse,
call the store and domain code, hand the result to render or JSON."""

from __future__ import annotations

import datetime as dt
from typing import List, Optional

import typer

from clingoals import goal as goal_rules
from clingoals.cli import app
from clingoals.cli.common import (
    DATE_HELP,
    JSON_HELP,
    YES_HELP,
    ask,
    confirm,
    emit_json,
    finite,
    interactive,
    opened_store,
    privacy_guard,
    say,
    today,
)
from clingoals.dates import parse_date, parse_optional_date
from clingoals.errors import InvalidInput

step_app = typer.Typer(help="Action steps of a goal.", no_args_is_help=True)
aspiration_app = typer.Typer(help="Aspirations: the long-term destinations your goals serve.",
                             no_args_is_help=True)
app.add_typer(step_app, name="step")
app.add_typer(aspiration_app, name="aspiration")

DASHBOARD_ROWS = 5


# --- reading -----------------------------------------------------------------

def scored_json(conn, record: dict, day: dt.date, declared: list[str] | None = None) -> dict:
    """A goal's JSON with its SMART scorecard under ``score``."""
    from clingoals.smart import score_record
    from clingoals.store import queries

    if declared is None:
        declared = queries.aspiration_names(conn)
    return goal_rules.goal_json(record, day, score=score_record(record, day, declared))


def goals_json(conn, records: list[dict], day: dt.date) -> list[dict]:
    from clingoals.store import queries

    declared = queries.aspiration_names(conn)
    return [scored_json(conn, r, day, declared) for r in records]


def dashboard() -> None:
    from clingoals import render
    from clingoals.store import queries

    from clingoals.cli.ce import all_statuses

    day = today()
    with opened_store() as store:
        active = queries.list_goals(store.conn, statuses=["active"])
        shown = goals_json(store.conn, active[:DASHBOARD_ROWS], day)
        overdue = sum(1 for g in active if goal_rules.is_overdue(g, day))
        ce_lines = [render.ce_line(result) for _, result in all_statuses(store.conn, day)]
    render.dashboard(shown, overdue=overdue, total_active=len(active), extra_lines=ce_lines)


@app.command("list")
def list_goals(
    status: Optional[List[str]] = typer.Option(None, "--status", help="Only goals with this status (repeatable): draft, active, paused, done, dropped."),
    all_: bool = typer.Option(False, "--all", "-a", help="Every goal, whatever its status."),
    horizon: Optional[str] = typer.Option(None, "--horizon", help="short or long."),
    domain: Optional[str] = typer.Option(None, "--domain", help="professional or personal."),
    category: Optional[str] = typer.Option(None, "--category", help="Only this category."),
    tag: Optional[List[str]] = typer.Option(None, "--tag", help="Only goals with this tag (repeatable: all must match)."),
    aspiration: Optional[str] = typer.Option(None, "--aspiration", help="Only goals serving this aspiration."),
    due_before: Optional[str] = typer.Option(None, "--due-before", help=f"Deadline on or before this date ({DATE_HELP})."),
    overdue: bool = typer.Option(False, "--overdue", help="Only open goals past their deadline."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """List goals: active ones by default, soonest deadline first."""
    from clingoals import render
    from clingoals.store import queries

    day = today()
    statuses = None if all_ else [goal_rules.check_status(s) for s in status] if status else ["active"]
    if overdue and not status and not all_:
        statuses = ["active", "paused"]
    if horizon is not None and horizon not in goal_rules.HORIZONS:
        raise InvalidInput(f"Unknown horizon {horizon!r}; use short or long.")
    if domain is not None and domain not in goal_rules.DOMAINS:
        raise InvalidInput(f"Unknown domain {domain!r}; use professional or personal.")
    limit = parse_optional_date(due_before, day)
    with opened_store() as store:
        if aspiration is not None and aspiration.lower() not in {
                n.lower() for n in queries.aspiration_names(store.conn)}:
            raise InvalidInput(f"Unknown aspiration {aspiration!r}. 'goals aspiration list' shows them.")
        records = queries.list_goals(store.conn, statuses=statuses)
        wanted_tags = set(tag or [])

        def keep(g: dict) -> bool:
            return all((
                horizon is None or goal_rules.horizon_of(g) == horizon,
                domain is None or g["domain"] == domain,
                category is None or (g["category"] or "").lower() == category.lower(),
                wanted_tags <= set(g["tags"]),
                aspiration is None or aspiration.lower() in (a.lower() for a in g["aspirations"]),
                limit is None or goal_rules.as_date(g["deadline"]) <= limit,
                not overdue or goal_rules.is_overdue(g, day),
            ))

        goals = goals_json(store.conn, [g for g in records if keep(g)], day)
        none_at_all = not goals and not records and (statuses is None or not queries.list_goals(store.conn))
    if json_out:
        emit_json(goals)
    else:
        render.print_goals(goals, empty=render.EMPTY_GOALS if none_at_all else
                           "No goals match these filters." if all_ else
                           "No goals match. 'goals list --all' shows every goal.")


@app.command()
def show(
    goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id (see 'goals list')."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Everything about one goal: parts, steps, progress and SMART scorecard."""
    from clingoals import render
    from clingoals.store import queries

    day = today()
    with opened_store() as store:
        record = queries.get_goal(store.conn, goal_id)
        data = scored_json(store.conn, record, day)
        children = queries.child_goals(store.conn, goal_id)
    if json_out:
        data["progress_log"] = record["progress_log"]
        data["children"] = children
        emit_json(data)
    else:
        render.show(render.goal_detail(data, record["progress_log"], children))


@app.command()
def history(
    goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """How a goal changed over time: every revision and status change."""
    from clingoals import render
    from clingoals.store import queries

    with opened_store() as store:
        events = queries.goal_history(store.conn, goal_id)
    if json_out:
        emit_json(events)
    else:
        render.show(render.history_table(events))


# --- adding and editing --------------------------------------------------------

def _goal_fields(*, statement, title, specific, measure, target, unit, baseline, plan,
                 hours_per_week, why, category, personal, parent, confidence, start, due,
                 horizon, day) -> dict:
    """Validated columns for a new goal."""
    statement = goal_rules.check_statement(statement)
    start_date = parse_date(start, day) if start else day
    deadline = parse_date(due, day)
    goal_rules.check_dates(start_date, deadline)
    if horizon is not None and horizon not in goal_rules.HORIZONS:
        raise InvalidInput(f"Unknown horizon {horizon!r}; use short or long.")
    return {
        "title": (title or "").strip() or goal_rules.make_title(statement),
        "statement": statement,
        "specific": specific,
        "metric": measure,
        "target": goal_rules.check_number("The target", finite("The target", target), allow_zero=False),
        "unit": unit,
        "baseline": goal_rules.check_number("The baseline", finite("The baseline", baseline)),
        "plan": plan,
        "hours_per_week": goal_rules.check_number("Hours per week", finite("Hours per week", hours_per_week)),
        "why": why,
        "start_date": start_date,
        "deadline": deadline,
        "horizon_override": horizon,
        "domain": "personal" if personal else "professional",
        "category": category,
        "parent_id": parent,
        "confidence": goal_rules.check_confidence(confidence),
        "status": "active",
    }


@app.command()
def add(
    statement: Optional[str] = typer.Argument(None, help="The goal in one sentence."),
    due: Optional[str] = typer.Option(None, "--due", help=f"Deadline: {DATE_HELP}."),
    title: Optional[str] = typer.Option(None, "--title", help="Short title (default: from the statement)."),
    specific: Optional[str] = typer.Option(None, "--specific", help="Specific detail: which training, population, setting."),
    measure: Optional[str] = typer.Option(None, "--measure", help="How you'll know: the metric, e.g. 'CE hours completed'."),
    target: Optional[float] = typer.Option(None, "--target", help="Target number for the measure."),
    unit: Optional[str] = typer.Option(None, "--unit", help="Unit of the target, e.g. hours, sessions, %."),
    baseline: Optional[float] = typer.Option(None, "--baseline", help="Where you start from."),
    plan: Optional[str] = typer.Option(None, "--plan", help="Plan and resources: course, mentor, fees, time."),
    hours_per_week: Optional[float] = typer.Option(None, "--hours-per-week", help="Hours a week you can give it."),
    why: Optional[str] = typer.Option(None, "--why", help="Why it matters to you."),
    aspiration: Optional[List[str]] = typer.Option(None, "--aspiration", help="An aspiration it serves (repeatable)."),
    category: Optional[str] = typer.Option(None, "--category", help="e.g. certification, licensure, self-care."),
    personal: bool = typer.Option(False, "--personal", help="A personal goal (default: professional)."),
    parent: Optional[int] = typer.Option(None, "--parent", help="Id of the long-term goal this one serves."),
    step: Optional[List[str]] = typer.Option(None, "--step", help="An action step (repeatable)."),
    confidence: Optional[int] = typer.Option(None, "--confidence", help="How sure you are, 0-10."),
    tag: Optional[List[str]] = typer.Option(None, "--tag", help="A tag (repeatable)."),
    start: Optional[str] = typer.Option(None, "--start", help="Start date (default: today)."),
    horizon: Optional[str] = typer.Option(None, "--horizon", help="Override the derived horizon: short or long."),
    yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Add a goal. With the statement and --due given it never asks anything;
    in a terminal with parts missing it drafts the goal with you."""
    day = today()
    values = dict(statement=statement, title=title, specific=specific, measure=measure,
                  target=target, unit=unit, baseline=baseline, plan=plan,
                  hours_per_week=hours_per_week, why=why, category=category,
                  personal=personal, parent=parent, confidence=confidence, start=start,
                  due=due, horizon=horizon)
    aspirations = list(aspiration or [])
    steps = list(step or [])
    if statement is None or due is None:
        if not interactive():
            missing = "the goal statement" if statement is None else "--due"
            raise InvalidInput(f"Missing {missing}; e.g. goals add \"Pass the NCE\" --due \"June 30\".")
        from clingoals.cli.drafting import draft_goal

        if not draft_goal(values, aspirations, steps, day):  # fills values; Ctrl-C saves nothing
            say("Not saved.")
            return
        yes = True  # the person confirmed the final card
    new_aspirations = values.pop("new_aspirations", [])
    fields = _goal_fields(day=day, **values)
    privacy_guard(" ".join(str(v) for v in (fields["statement"], fields["why"], fields["plan"]) if v),
                  yes=yes, what="this goal")
    step_rows = [(text.strip(), None) for text in steps if text.strip()]
    from clingoals.store import queries, repository

    with opened_store() as store:
        with store.session() as session:
            for name in new_aspirations:
                repository.add_aspiration(session, name, None, now=_now())
            goal_id = repository.create_goal(session, fields, tags=tag or [], aspirations=aspirations,
                                             steps=step_rows, now=_now())
        data = scored_json(store.conn, queries.get_goal(store.conn, goal_id), day)
    if json_out:
        emit_json(data)
    else:
        score = data["score"]["total"]
        note = "" if score == 10 else f"; SMART {score}/10, see 'goals show {goal_id}'"
        say(f"Added goal {goal_id}: {data['title']} (due {data['deadline']}, {data['days_left']} days{note}).")


def _now() -> str:
    from clingoals.clock import now_iso

    return now_iso()


@app.command()
def edit(
    goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
    reason: Optional[str] = typer.Option(None, "--reason", help="Why it changes (kept in the history)."),
    statement: Optional[str] = typer.Option(None, "--statement", help="New statement."),
    due: Optional[str] = typer.Option(None, "--due", help=f"New deadline: {DATE_HELP}."),
    title: Optional[str] = typer.Option(None, "--title", help="New short title."),
    specific: Optional[str] = typer.Option(None, "--specific", help="Specific detail."),
    measure: Optional[str] = typer.Option(None, "--measure", help="The metric."),
    target: Optional[float] = typer.Option(None, "--target", help="Target number."),
    unit: Optional[str] = typer.Option(None, "--unit", help="Unit of the target."),
    baseline: Optional[float] = typer.Option(None, "--baseline", help="Starting value."),
    plan: Optional[str] = typer.Option(None, "--plan", help="Plan and resources."),
    hours_per_week: Optional[float] = typer.Option(None, "--hours-per-week", help="Hours a week."),
    why: Optional[str] = typer.Option(None, "--why", help="Why it matters."),
    aspiration: Optional[List[str]] = typer.Option(None, "--aspiration", help="Link an aspiration (repeatable)."),
    category: Optional[str] = typer.Option(None, "--category", help="Category."),
    personal: Optional[bool] = typer.Option(None, "--personal/--professional", help="Domain."),
    parent: Optional[int] = typer.Option(None, "--parent", help="Parent goal id (0 removes it)."),
    step: Optional[List[str]] = typer.Option(None, "--step", help="Add an action step (repeatable)."),
    confidence: Optional[int] = typer.Option(None, "--confidence", help="0-10."),
    tag: Optional[List[str]] = typer.Option(None, "--tag", help="Add a tag (repeatable)."),
    remove_tag: Optional[List[str]] = typer.Option(None, "--remove-tag", help="Remove a tag (repeatable)."),
    start: Optional[str] = typer.Option(None, "--start", help="New start date."),
    horizon: Optional[str] = typer.Option(None, "--horizon", help="short, long, or auto to derive it again."),
    yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Change a goal; every changed field is kept in its history with the reason."""
    from clingoals.store import queries, repository

    day = today()
    changes: dict = {}
    if statement is not None:
        changes["statement"] = goal_rules.check_statement(statement)
    for name, value in (("title", title), ("specific", specific), ("metric", measure), ("unit", unit),
                        ("plan", plan), ("why", why), ("category", category)):
        if value is not None:
            changes[name] = value.strip() or None
    if "title" in changes and not changes["title"]:
        raise InvalidInput("The title can't be empty.")
    if target is not None:
        changes["target"] = goal_rules.check_number("The target", finite("The target", target), allow_zero=False)
    if baseline is not None:
        changes["baseline"] = goal_rules.check_number("The baseline", finite("The baseline", baseline))
    if hours_per_week is not None:
        changes["hours_per_week"] = goal_rules.check_number("Hours per week", finite("Hours per week", hours_per_week))
    if confidence is not None:
        changes["confidence"] = goal_rules.check_confidence(confidence)
    if personal is not None:
        changes["domain"] = "personal" if personal else "professional"
    if parent is not None:
        changes["parent_id"] = parent or None
    if horizon is not None:
        if horizon not in (*goal_rules.HORIZONS, "auto"):
            raise InvalidInput(f"Unknown horizon {horizon!r}; use short, long or auto.")
        changes["horizon_override"] = None if horizon == "auto" else horizon
    if due is not None:
        changes["deadline"] = parse_date(due, day)
    if start is not None:
        changes["start_date"] = parse_date(start, day)
    if not changes and not (step or tag or remove_tag or aspiration):
        raise InvalidInput("Nothing to change; give at least one option, e.g. --due or --target.")
    privacy_guard(" ".join(changes.get(k) or "" for k in ("statement", "why", "plan")),
                  yes=yes, what="this change")
    with opened_store() as store:
        current = queries.get_goal(store.conn, goal_id)
        goal_rules.check_dates(goal_rules.as_date(changes.get("start_date", current["start_date"])),
                               goal_rules.as_date(changes.get("deadline", current["deadline"])))
        if not reason:
            if not interactive():
                raise InvalidInput("Say why it changes with --reason (it is kept in the goal's history).")
            reason = ask("Why does it change?").strip() or None
        now = _now()
        with store.session() as session:
            changed = repository.update_goal(session, goal_id, changes, reason=reason,
                                             add_tags=tag or [], remove_tags=remove_tag or [],
                                             add_aspirations=aspiration or [], now=now)
            for text in step or []:
                repository.add_step(session, goal_id, text, due=None, now=now)
        data = scored_json(store.conn, queries.get_goal(store.conn, goal_id), day)
    if json_out:
        emit_json(data)
    else:
        what = ", ".join(changed) if changed else "nothing but steps"
        say(f"Updated goal {goal_id}: {what}." if changed or step else f"Goal {goal_id} already had those values.")


@app.command()
def log(
    goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
    value: float = typer.Argument(..., help="How much you did toward the target (added to the current value)."),
    note: Optional[str] = typer.Option(None, "--note", help="A note about this entry."),
    date: Optional[str] = typer.Option(None, "--date", help=f"When (default today): {DATE_HELP}."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Log progress toward a goal's target."""
    from clingoals.store import queries, repository

    day = today()
    finite("The value", value)
    entry_date = parse_date(date, day) if date else day
    if entry_date > day:
        raise InvalidInput(f"{entry_date.isoformat()} is in the future; log progress once it happened.")
    with opened_store() as store:
        with store.session() as session:
            repository.log_progress(session, goal_id, value, entry_date=entry_date, note=note, now=_now())
        data = scored_json(store.conn, queries.get_goal(store.conn, goal_id), day)
    if json_out:
        emit_json(data)
    else:
        measure = data["measure"]
        target = f" of {measure['target']:g}" if measure["target"] else ""
        say(f"Logged {value:g} on goal {goal_id}: now {measure['current']:g}{target} {measure['unit'] or ''}".rstrip() + ".")


# --- status ---------------------------------------------------------------------

def _set_status(goal_id: int, status: str, reason: str | None, allowed_from: tuple[str, ...]) -> None:
    from clingoals.store import repository

    with opened_store() as store:
        with store.session() as session:
            repository.change_status(session, goal_id, status, reason=reason, now=_now(),
                                     allowed_from=allowed_from)
    say(f"Goal {goal_id} is now {status}.")


@app.command()
def done(goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
         note: Optional[str] = typer.Option(None, "--note", help="A word about how it went.")) -> None:
    """Mark a goal as achieved."""
    _set_status(goal_id, "done", note, goal_rules.OPEN_STATUSES)


@app.command()
def pause(goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
          reason: Optional[str] = typer.Option(None, "--reason", help="Why it pauses.")) -> None:
    """Pause an active goal (it leaves the default list)."""
    _set_status(goal_id, "paused", reason, ("active", "draft"))


@app.command()
def resume(goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id.")) -> None:
    """Make a paused, draft or dropped goal active again."""
    _set_status(goal_id, "active", None, ("paused", "draft", "dropped"))


@app.command()
def drop(goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
         reason: str = typer.Option(..., "--reason", help="Why you let it go (kept in the history).")) -> None:
    """Let a goal go, keeping it and the reason in the history."""
    if not reason.strip():
        raise InvalidInput("Say why with --reason; it helps at your next review.")
    _set_status(goal_id, "dropped", reason, goal_rules.OPEN_STATUSES)


@app.command()
def delete(goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
           yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP)) -> None:
    """Delete a goal (recoverable with 'goals restore ID')."""
    from clingoals.store import queries, repository

    with opened_store() as store:
        record = queries.get_goal(store.conn, goal_id)
        if not confirm(f"Delete goal {goal_id} ({record['title']})?", yes=yes):
            say("Nothing deleted.")
            return
        with store.session() as session:
            repository.soft_delete(session, goal_id, now=_now())
    say(f"Deleted goal {goal_id}. Undo with: goals restore {goal_id}")


@app.command()
def restore(goal_id: int = typer.Argument(..., metavar="ID", help="The deleted goal's id.")) -> None:
    """Bring back a deleted goal."""
    from clingoals.store import repository

    with opened_store() as store:
        with store.session() as session:
            repository.restore(session, goal_id, now=_now())
    say(f"Restored goal {goal_id}.")


# --- steps ------------------------------------------------------------------------

@step_app.command("add")
def step_add(goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
             text: str = typer.Argument(..., help="What to do."),
             due: Optional[str] = typer.Option(None, "--due", help=f"When: {DATE_HELP}.")) -> None:
    """Add an action step to a goal."""
    from clingoals.store import repository

    due_date = parse_optional_date(due, today())
    with opened_store() as store:
        with store.session() as session:
            step_id = repository.add_step(session, goal_id, text, due=due_date, now=_now())
    say(f"Added step {step_id} to goal {goal_id}.")


@step_app.command("done")
def step_done(goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
              step_id: int = typer.Argument(..., metavar="STEP_ID", help="The step's id (see 'goals show ID').")) -> None:
    """Tick an action step off."""
    from clingoals.store import repository

    with opened_store() as store:
        with store.session() as session:
            repository.complete_step(session, goal_id, step_id, now=_now())
    say(f"Step {step_id} of goal {goal_id} done.")


# --- aspirations ----------------------------------------------------------------------

@aspiration_app.command("add")
def aspiration_add(name: str = typer.Argument(..., help="e.g. 'clinical supervisor', 'private practice'."),
                   description: Optional[str] = typer.Option(None, "--description", help="What it means to you.")) -> None:
    """Declare an aspiration; goals can then serve it (--aspiration NAME)."""
    from clingoals.store import repository

    with opened_store() as store:
        with store.session() as session:
            aspiration_id = repository.add_aspiration(session, name, description, now=_now())
    say(f"Added aspiration {aspiration_id}: {name.strip()}.")


@aspiration_app.command("list")
def aspiration_list(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """List your aspirations and how many goals serve each."""
    from clingoals import render
    from clingoals.store import queries

    with opened_store() as store:
        rows = queries.list_aspirations(store.conn)
    if json_out:
        emit_json(rows)
    elif not rows:
        say("No aspirations yet. Add one: goals aspiration add \"clinical supervisor\"")
    else:
        render.out.print(render.aspirations_table(rows))


