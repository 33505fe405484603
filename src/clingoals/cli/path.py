"""`goals path`: career destinations, starting one (an aspiration, a
long-term goal and dated short-term goals), and the roadmap."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

import typer

from clingoals import clock
from clingoals.cli.common import (DATE_HELP, JSON_HELP, Interrupted, ask_to_fix, confirm, edit_line, emit_json,
                                  interactive, opened_store, say, stopped, today)
from clingoals.dates import parse_date
from clingoals.errors import DateError, InvalidInput
from clingoals.numbers import counted
from clingoals.usecases import paths as use

path_app = typer.Typer(help="Career paths: destinations, their milestones, and your roadmap.", no_args_is_help=True)


@path_app.command("list")
def list_paths(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Destinations and their typical milestones."""
    from clingoals import render

    paths = use.all_paths()
    if json_out:
        emit_json([p.as_dict() for p in paths])
    else:
        render.show(render.paths_overview(paths))


@path_app.command("add")
def add(file: Path = typer.Argument(..., help="A path in the TOML format of the built-in ones (see README)."),
        json_out: bool = typer.Option(False, "--json", help="Print the added path as JSON.")) -> None:
    """Check a career-path file and keep a copy of it with your data."""
    path = use.add_path(file)
    if json_out:
        return emit_json(path.as_dict())
    say(f"Added path {path.id} ({path.name}) with {counted(len(path.milestones), 'milestone')}.")


@path_app.command("start")
def start(path_id: str = typer.Argument(..., metavar="ID", help="A path id from 'goals path list'."),
          target_date: Optional[str] = typer.Option(None, "--target-date", help=f"When you want to arrive (default: the path's typical time): {DATE_HELP}."),
          yes: bool = typer.Option(False, "--yes", "-y", help="Save the goals without reviewing them."),
          json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Create the aspiration, a long-term goal and dated short-term goals for
    the path's milestones; in a terminal you review them first."""
    from clingoals import render

    day = today()
    with opened_store() as store:
        plan = use.plan_start(store, path_id, target_date=target_date, today=day)
        say(f"{plan['path'].name}: {plan['path'].caveat}")
        if plan["destination"]:
            plan = _use_your_goal(store, plan, path_id, target_date, day, yes=yes)
        path, drafts, already = plan["path"], plan["drafts"], plan["already"]
        if plan["state"]:
            state = plan["state"]
            say(f"Milestones as {state['name']} has them (your license {state['license']}).")
            for item in state["left_out"]:
                say(f"Left out in {state['name']}: {item['milestone']}: {item['why']}")
        if plan["note"]:
            say(f"note: {plan['note']}")
        for item in already:  # a goal of yours: a shorter training than the step says, said (trial 22 #12)
            where = f"goal {item['goal_id']}{render.met_with_fewer_hours(item)}" if "goal_id" in item else (
                f"license {item['license']} issued {item['since']}: {counted(item['months'], 'month')}"
                if "months" in item else f"license {item['license']} on file"
                + (", marked supervisor" if item.get("supervisor") else ""))
            say(f"{'Already done' if item['status'] == 'done' else 'Already on your list'} ({where}): "
                f"{item['milestone']}")
        for item in plan["open_for_supervisor"]:
            say(f"Still to do with license {item['license']} marked supervisor: {item['milestone']}: {item['why']}.")
        if not drafts and not any(item["status"] == "on_list" for item in already):
            raise InvalidInput(f"Every milestone of {path.id} is already on your list or done; nothing to add.")
        if plan["aspiration_close"]:
            close = plan["aspiration_close"]
            if not yes and interactive() and not confirm(
                    f"Use your aspiration {close!r} for this path (no: {path.aspiration!r} is added beside it)?",
                    yes=False, default=True):
                plan["aspiration"] = path.aspiration
            else:
                say(f"Using your aspiration {close!r} for this path (the path calls it {path.aspiration!r}).")
        if not yes:
            if not interactive():
                adds = len(drafts) + (plan["destination"] is None)
                raise InvalidInput(f"Starting a path adds {counted(adds, 'goal')}: run again with --yes, "
                                   "or in a terminal to review them first.")
            drafts = _review(drafts, lambda draft: use.score_draft(path, draft, today=day, aspiration=plan["aspiration"]),
                             day, render,
                             replan=lambda skipped: use.replan(plan, skipped, today=day),
                             long_term=lambda kept: use.long_term_goal(plan, kept))
            if drafts is None:
                say("Nothing saved.")
                return
        data = use.start_path(store, plan, drafts, today=day, now=clock.now_iso())
    if json_out:
        emit_json(data)
    else:
        joined = data["attached_ids"]
        also = (f"; {counted(len(joined), 'goal')} you had ({', '.join(map(str, joined))}) "
                f"{'is' if len(joined) == 1 else 'are'} now part of it" if joined else "")
        steps = f" with {counted(len(data['child_ids']), 'step goal')}" if data["child_ids"] else ""
        yours = " (yours, now its long-term goal)" if data["goal_was_yours"] else ""
        say(f"Started {path.name}: goal {data['goal_id']}{yours}{steps}, "
            f"arriving by {data['target_date']}{also}. See: goals path show {path.id}")
        mine = plan["destination"]
        if mine and data["target_date"] != mine["deadline"].isoformat():
            say(f"Goal {mine['goal_id']} is now due {data['target_date']}, not {mine['deadline']}: the path's arrival.")
        if data["target_date"] != plan["end"].isoformat():
            say(f"It arrives with its last step, due {data['target_date']}, not on {plan['end']}.")
        if data["statement"] != path.goal and not data["goal_was_yours"]:
            say(f"Goal {data['goal_id']} says what you kept: {data['statement']}")


def _use_your_goal(store, plan: dict, path_id: str, target_date: str | None, day: dt.date, *, yes: bool) -> dict:
    """A goal of yours already states where the path leads (trial 15 C5: a
    second "become a supervisor" goal was added beside it): say so and use
    it as the long-term goal; at a terminal, ask first (no: a new long-term
    goal is added and your goal may serve a milestone, as before)."""
    mine = plan["destination"]
    say(f"Your goal {mine['goal_id']} already states where this path leads: {mine['statement']} "
        f"(due {mine['deadline']}).")
    dated = ("its steps dated up to its deadline" if plan["end"] == mine["deadline"] else
             f"due {plan['end']} as --target-date says, not {mine['deadline']}")
    if not yes and interactive() and not confirm(
            f"Use goal {mine['goal_id']} as the path's long-term goal, {dated} (no: a new long-term goal "
            "is added)?", yes=False, default=True):
        return use.plan_start(store, path_id, target_date=target_date, today=day, use_goal=False)
    return plan


def _review(drafts: list[dict], card, day: dt.date, render, replan, long_term) -> list[dict] | None:
    """Show each planned goal with its scorecard; let the person keep, edit
    or skip it. Ctrl-C stops with nothing saved, and any statement the
    person rewrote is printed back to copy."""
    import click

    typed: list[str] = []
    shown = {text for draft in drafts for text in (draft["statement"], draft["deadline"].isoformat())}
    try:
        return _review_each(drafts, card, day, render, typed, replan, long_term)
    except (KeyboardInterrupt, EOFError, click.exceptions.Abort) as stop:
        # a line being edited (a statement, a date, a target) is printed back too, unless untouched
        half = stop.line.strip() if isinstance(stop, Interrupted) and stop.line else ""
        stopped(typed=typed + ([half] if half and half not in shown and half not in typed else []))


def _review_each(drafts: list[dict], card, day: dt.date, render, typed: list[str],
                 replan, long_term) -> list[dict] | None:
    kept, skipped = [], set()
    for index, draft in enumerate(drafts, start=1):
        current = card(draft)
        render.err.print(render.heading(f"\n{index}. {draft['statement']} (by {draft['deadline']})"))
        render.err.print(render.scorecard(current))
        _needs_skipped(draft, [d for d in drafts if d.get("index") in skipped])
        choice = _keep_edit_or_skip()
        if choice == "s":
            if "index" in draft:
                _date_again(drafts[index:], draft, skipped, replan)
            continue
        if choice == "e":
            drafted = draft["statement"]
            statement = edit_line("Statement", drafted)
            if statement != draft["statement"]:
                _retarget(draft, statement)
                draft["statement"] = statement
                typed.append(statement)
                _deadline_from_wording(draft, statement, day)
            draft["deadline"] = _ask_deadline(draft["deadline"], day)
            scored = card(draft)
            if statement != drafted and draft["target"] is None:
                scored = _target_named(draft, scored, card)
            # the card again, as it will be saved: the edit may change what it scores
            render.err.print(render.heading(f"{index}. {draft['statement']} (by {draft['deadline']})"))
            render.err.print(render.scorecard(scored))
        kept.append(draft)
    goal = long_term(kept)  # what is saved above the steps, seen before saving it (trial 10 C6)
    yours = f" (your goal {goal['goal_id']})" if goal["goal_id"] else ""
    render.err.print(render.heading(f"\nLong-term goal{yours}: {goal['statement']} (by {goal['deadline']})"))
    if goal["latest_step"]:
        say(f"  It arrives with its latest step, due {goal['deadline']}: {goal['latest_step']}")
    if not confirm(f"Save the long-term goal and {counted(len(kept), 'step goal')}?" if kept else
                   "Save the long-term goal (with the goals you already have for it)?", yes=False, default=True):
        return None
    return kept


_STEP_CHOICES = {"k": "k", "keep": "k", "e": "e", "edit": "e", "s": "s", "skip": "s"}


def _keep_edit_or_skip() -> str:
    """'k', 'e' or 's' for a milestone's card. Anything else ("n", "no",
    "yes please") is asked again with the answer on the line: a guess
    would keep or drop a step the person did not choose."""
    typed = None
    while True:
        answer = ask_to_fix("Keep, edit or skip? [k/e/s]", typed, default="k").strip().lower()
        if not answer:
            return "k"
        if answer in _STEP_CHOICES:
            return _STEP_CHOICES[answer]
        say("  Please type k to keep this step, e to edit it, or s to skip it.")
        typed = answer


def _needs_skipped(draft: dict, skipped: list[dict]) -> None:
    """Say when a milestone needs one skipped before it: its card scores it
    as if that were done (trial 16 P4: EMDRIA certification, Achievable 2/2,
    after skipping the EMDR basic training it requires)."""
    for other in skipped:
        if other["milestone"] in draft.get("needs", ()):
            say(f"  It needs milestone {other['milestone']}, which you skipped ({other['statement']}): "
                "keep it if you have that done already; the card above counts on it.")


def _date_again(later: list[dict], draft: dict, skipped: set[int], replan) -> None:
    """A skipped milestone takes no time on the route: the milestones after
    it are dated again without it, and so is the path's arrival."""
    skipped.add(draft["index"])
    dates = replan(skipped)
    moved = [d for d in later if d["index"] in dates and dates[d["index"]] != d["deadline"]]
    for other in moved:
        other["deadline"] = dates[other["index"]]
    after = [d for d in later if "index" in d]
    if moved:  # of all the milestones after it (trial 16 P4: "the 1 milestone after it" when 2 came after it)
        which = f"the {counted(len(after), 'milestone')} after it" if len(moved) == len(after) else \
            f"{len(moved)} of the {counted(len(after), 'milestone')} after it"
        say(f"  Skipped: {which} {'is' if len(moved) == 1 else 'are'} dated again without it"
            + ("." if len(moved) == len(after) else f"; {'the other keeps its' if len(after) - len(moved) == 1 else 'the others keep their'} date."))


def _deadline_from_wording(draft: dict, statement: str, day: dt.date) -> None:
    """A date written into the new wording ("... by the end of 2028") is the
    deadline offered next, not the old one it contradicts (trial 9 C5)."""
    from clingoals.dates import find_deadline

    found = find_deadline(statement, day)
    if found is not None and found.date > day and found.date != draft["deadline"]:
        say(f"  Deadline from your wording ({found.phrase!r}): {found.date.isoformat()}.")
        draft["deadline"] = found.date


def _retarget(draft: dict, statement: str) -> None:
    """The target follows a reworded milestone: taken from the new wording
    when it writes the number where the old one did ('40-hour' -> '15-hour'),
    asked when the new wording drops it (a stored 40 under a '15-hour' text
    contradicted it), kept when the wording never said it."""
    from clingoals.career import target_from_wording
    from clingoals.numbers import number

    unit = draft["unit"] or ""
    how, value = target_from_wording(draft["statement"], statement, draft["target"], draft["unit"])
    if how == "derived" and value != draft["target"]:
        say(f"  Target: {number(value)} {unit} (was {number(draft['target'])}), from your wording.".replace("  .", "."))
        draft["target"] = value
    elif how == "ask":
        draft["target"], draft["unit"], words = _ask_target(draft["target"], draft["unit"])
        if words:  # "$4,000 balance": the words are what the sum measures
            draft["metric"] = words


def _target_named(draft: dict, scored: dict, card) -> dict:
    """A milestone that had no target, reworded to name an amount ("Begin
    supervising 2 LMSWs ..."): that amount is its target, as the card reads
    it, so the goal is saved with what its wording counts (trial 11 C6).
    Returns the card as it will be saved."""
    from clingoals.career import target_from_evidence
    from clingoals.numbers import number

    named = target_from_evidence(scored["criteria"]["measurable"]["evidence"])
    if named is None:
        return scored
    draft["target"], draft["unit"] = named
    say(f"  Target: {number(named[0])} {named[1]}, from your wording.")
    return card(draft)


NO_TARGET = ("0", "none", "no target")


def _ask_target(target: float, unit: str | None) -> tuple[float | None, str | None, str | None]:
    """The target of a reworded milestone, read as guided add reads one
    (:func:`clingoals.goal.read_measure`: a number, then what it counts,
    which may be left out; a sum typed with its sign counts that currency,
    the words after it are what it measures); 0 or 'none' for no target,
    Enter keeps it. Returns (target, unit, those words or None). A refused
    answer waits on the line to be corrected, where clearing it keeps the
    target too."""
    from clingoals.goal import read_measure
    from clingoals.numbers import number

    question = f"Target in {unit} (now {number(target)}; 0 for none)" if unit else \
        f"Target (now {number(target)}; 0 for none)"
    typed = None
    while True:
        answer = ask_to_fix(question, typed, empty=f"to keep {number(target)}").strip()
        if not answer:
            return target, unit, None
        if answer.lower() in NO_TARGET:
            return None, None, None
        try:
            value, said, words = read_measure(answer)
        except InvalidInput as error:
            say(f"  {error} Or 0 for no target.")
            typed = answer
            continue
        if said and said != unit:
            say(f"  The unit changes from {unit!r} to {said!r}." if unit else f"  Unit: {said}.")
        if words:
            say(f"  Measure: {words}.")
        return value, said or unit, words


def _ask_deadline(deadline: dt.date, day: dt.date) -> dt.date:
    """A milestone's deadline edited on the input line. A refused date waits
    on the line to be corrected; an emptied line keeps the deadline it had
    (never the refused text)."""
    typed = None
    while True:
        if typed is None:
            answer = edit_line("Deadline", deadline.isoformat())
        else:
            answer = ask_to_fix("Deadline", typed, empty=f"to keep {deadline}").strip()
            if not answer:
                say(f"  Empty: keeping {deadline}.")
                return deadline
        try:
            return parse_date(answer, day)
        except DateError as error:
            say(f"  {error}")
            typed = answer


def _route(state: dict | None) -> str:
    return f"{state['name']}'s route" if state else "the national route"


@path_app.command("show")
def show(path_id: Optional[str] = typer.Argument(None, metavar="[ID]",
                                                 help="A path you started (default: the one you started)."),
         json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """The roadmap: the path's goals with status and dates, the next step highlighted."""
    from clingoals import render

    with opened_store() as store:
        data = use.roadmap(store, path_id or use.the_started_path(store), today=today())
    path, goals, next_id, already = data["path"], data["goals"], data["next_goal_id"], data["already"]
    if not goals and not json_out:
        say(f"You haven't started {path.id}. Start it: goals path start {path.id}")
        render.out.print(render.paths_overview([path]))
        return
    if json_out:
        emit_json({"path": path.as_dict(), "goals": goals, "next_goal_id": next_id, "already": already,
                   "skipped": data["skipped"], "state": data["state"], "licenses_state": data["licenses_state"],
                   "open_for_supervisor": data["open_for_supervisor"]})
    else:
        state, now = data["state"], data["licenses_state"]
        if state:
            say(f"Milestones as {state['name']} has them (the route you started it on).")
        if state != now:  # licenses added or removed since: the path keeps its route, and says so
            say(f"note: the licenses on file now give {_route(now)}; this path keeps {_route(state)}, "
                "the one it was started on.")
        render.out.print(render.roadmap(path, goals, next_id, already, data["skipped_before"]))
        by_number = {m.number: m for m in path.milestones}
        for milestone in path.milestones:  # a milestone kept that needs one skipped (trial 16 P4)
            for number in milestone.needs:
                if milestone.statement not in data["skipped"] and by_number[number].statement in data["skipped"]:
                    say(f"note: {milestone.statement} needs a milestone you skipped: {by_number[number].statement}.")
        for item in data["open_for_supervisor"]:  # the designation is done by the flag; this is not, and why
            which = f"goal {item['goal_id']}" if item["goal_id"] else "this milestone"
            say(f"note: {which} ({item['milestone']}) stays to do with license {item['license']} marked supervisor: "
                f"{item['why']}" + (f"; if you took it: goals done {item['goal_id']}" if item["goal_id"] else "") + ".")
