"""`goals path`: career destinations, starting one (an aspiration, a
long-term goal and dated short-term goals), and the roadmap."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

import typer

from clingoals.cli.common import DATE_HELP, JSON_HELP, ask, confirm, emit_json, interactive, opened_store, say, today
from clingoals.dates import parse_date, parse_optional_date
from clingoals.errors import DateError, InvalidInput

path_app = typer.Typer(help="Career paths: destinations, their milestones, and your roadmap.", no_args_is_help=True)


def _folder() -> Path:
    from clingoals.store.db import data_home

    return data_home() / "paths"


def path_tag(path_id: str) -> str:
    return f"path:{path_id}"


@path_app.command("list")
def list_paths(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Destinations and their typical milestones."""
    from clingoals import render
    from clingoals.career import all_paths

    paths = all_paths(_folder())
    if json_out:
        emit_json([p.as_dict() for p in paths])
    else:
        render.show(render.paths_overview(paths))


@path_app.command("add")
def add(file: Path = typer.Argument(..., help="A path in the TOML format of the built-in ones (see README)."),
        json_out: bool = typer.Option(False, "--json", help="Print the added path as JSON.")) -> None:
    """Check a career-path file and keep a copy of it with your data."""
    from clingoals.career import parse_path

    from clingoals.store.files import SMALL_LIMIT, read_text, store_toml

    text = read_text(file, limit=SMALL_LIMIT, what="career path")
    path = parse_path(text, str(file))
    store_toml(_folder(), path.id, text)
    if json_out:
        return emit_json(path.as_dict())
    say(f"Added path {path.id} ({path.name}) with {len(path.milestones)} milestone(s).")


@path_app.command("start")
def start(path_id: str = typer.Argument(..., metavar="ID", help="A path id from 'goals path list'."),
          target_date: Optional[str] = typer.Option(None, "--target-date", help=f"When you want to arrive (default: the path's typical time): {DATE_HELP}."),
          yes: bool = typer.Option(False, "--yes", "-y", help="Save the goals without reviewing them."),
          json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Create the aspiration, a long-term goal and dated short-term goals for
    the path's milestones; in a terminal you review them first."""
    from clingoals import render
    from clingoals.career import find_path, plan_route
    from clingoals.clock import now_iso
    from clingoals.smart import GoalText, score
    from clingoals.store import queries, repository

    day = today()
    path = find_path(path_id, _folder())
    end, planned, note = plan_route(path, day, parse_optional_date(target_date, day))
    say(f"{path.name}: {path.caveat}")
    if note:
        say(f"note: {note}")

    def card(statement, deadline, target, unit, category):
        return score(GoalText(statement, deadline=deadline, target=target, unit=unit, category=category,
                              aspirations=(path.aspiration,), linked_aspirations=(path.aspiration,)), day)

    with opened_store() as store:
        live = queries.list_goals(store.conn)
        if any(path_tag(path.id) in g["tags"] for g in live):
            raise InvalidInput(f"You already started {path.id}: see 'goals path show {path.id}'.")
        drafts, already = _new_and_already(path, planned, live, queries.list_licenses(store.conn))
        for item in already:
            where = f"goal {item['goal_id']}" if "goal_id" in item else f"license {item['license']} on file"
            say(f"{'Already done' if item['status'] == 'done' else 'Already on your list'} ({where}): "
                f"{item['milestone']}")
        if not drafts:
            raise InvalidInput(f"Every milestone of {path.id} is already on your list or done; nothing to add.")
        if not yes:
            if not interactive():
                raise InvalidInput(f"Starting a path adds {len(drafts) + 1} goals: run again with --yes, "
                                   "or in a terminal to review them first.")
            drafts = _review(drafts, card, day, render)
            if drafts is None:
                say("Nothing saved.")
                return
        now = now_iso()
        with store.session() as session:
            if path.aspiration.lower() not in {n.lower() for n in queries.aspiration_names(store.conn)}:
                repository.add_aspiration(session, path.aspiration, path.description, now=now)
            parent = repository.create_goal(session, {
                "title": path.name, "statement": path.goal, "start_date": day, "deadline": end,
                "domain": "professional", "category": "career path", "status": "active",
                "why": path.description}, tags=[path_tag(path.id)], aspirations=[path.aspiration], now=now)
            children = [repository.create_goal(session, {
                "title": d["statement"], "statement": d["statement"], "start_date": day,
                "deadline": d["deadline"], "domain": "professional", "category": d["category"],
                "status": "active", "target": d["target"], "unit": d["unit"], "metric": d["unit"],
                "parent_id": parent}, tags=[path_tag(path.id)], aspirations=[path.aspiration], now=now)
                for d in drafts]
    if json_out:
        emit_json({"path": path.id, "goal_id": parent, "child_ids": children, "target_date": end.isoformat(),
                   "already": already})
    else:
        say(f"Started {path.name}: goal {parent} with {len(children)} step goal(s), arriving by {end.isoformat()}. "
            f"See: goals path show {path.id}")


def _new_and_already(path, planned, goals: list[dict], licenses: list[dict]) -> tuple[list[dict], list[dict]]:
    """The milestones to add as goals, and those already on the person's
    list or done (a goal with the same aim, a license on file)."""
    from clingoals.career import already_have

    drafts, already = [], []
    for milestone, goal in zip(path.milestones, planned):
        have = already_have(milestone, goals, licenses)
        if have is not None:
            already.append({"milestone": milestone.statement, **have})
        else:
            drafts.append({"statement": goal.statement, "deadline": goal.deadline, "target": goal.target,
                           "unit": goal.unit, "category": goal.category})
    return drafts, already


def _review(drafts: list[dict], card, day: dt.date, render) -> list[dict] | None:
    """Show each planned goal with its scorecard; let the person keep, edit or skip it."""
    kept = []
    for index, draft in enumerate(drafts, start=1):
        current = card(draft["statement"], draft["deadline"], draft["target"], draft["unit"], draft["category"])
        render.err.print(render.heading(f"\n{index}. {draft['statement']} (by {draft['deadline']})"))
        render.err.print(render.scorecard(current))
        choice = ask("Keep, edit or skip? [k/e/s]", default="k").strip().lower()[:1]
        if choice == "s":
            continue
        if choice == "e":
            draft["statement"] = ask("Statement", default=draft["statement"]).strip() or draft["statement"]
            while True:
                answer = ask("Deadline", default=draft["deadline"].isoformat()).strip()
                try:
                    draft["deadline"] = parse_date(answer, day)
                    break
                except DateError as error:
                    say(f"  {error}")
        kept.append(draft)
    if not confirm(f"Save the long-term goal and {len(kept)} step goal(s)?", yes=False, default=True):
        return None
    return kept


@path_app.command("show")
def show(path_id: str = typer.Argument(..., metavar="ID", help="A path you started."),
         json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """The roadmap: the path's goals with status and dates, the next step highlighted."""
    from clingoals import render
    from clingoals.career import find_path
    from clingoals.usecases.goals import goals_json
    from clingoals.store import queries

    day = today()
    path = find_path(path_id, _folder())
    with opened_store() as store:
        goals = goals_json(store.conn, [g for g in queries.list_goals(store.conn)
                                        if path_tag(path.id) in g["tags"]], day)
    if not goals:
        if json_out:
            emit_json({"path": path.as_dict(), "goals": [], "next_goal_id": None})
            return
        say(f"You haven't started {path.id}. Start it: goals path start {path.id}")
        render.out.print(render.paths_overview([path]))
        return
    open_goals = sorted((g for g in goals if g["parent_id"] and g["status"] in ("active", "paused", "draft")),
                        key=lambda g: g["deadline"])
    next_id = open_goals[0]["id"] if open_goals else None
    if json_out:
        emit_json({"path": path.as_dict(), "goals": goals, "next_goal_id": next_id})
    else:
        render.out.print(render.roadmap(path, goals, next_id))
