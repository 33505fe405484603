"""Goal commands: add, list, show, edit, history, log, steps, status changes,
delete/restore, aspirations, and the no-command dashboard. Thin: parse,
call one use case (clingoals.usecases.goals), respond with JSON or render."""

from __future__ import annotations

from typing import List, Optional

import typer

from clingoals import clock
from clingoals.cli import goal_app
from clingoals.cli.common import (AMOUNT, NUMBER,
    typed_currency,
    DATE_HELP,
    JSON_HELP,
    YES_HELP,
    Interrupted,
    ask,
    ask_again,
    ask_keeping_the_line,
    ask_yes_no,
    confirm,
    interactive,
    long_term_moved,
    long_term_not_moved,
    long_term_question,
    opened_store,
    privacy_guard,
    respond,
    say,
    stopped,
    today,
)
from clingoals.errors import ClingoalsError, InvalidInput, NotFound
from clingoals.goal import (as_date, before_start_note, limit_words, logged_words, make_title, other_date_said,
                            title_follows, undo_hint)
from clingoals.numbers import amount, counted, figure, number, quantity
from clingoals.usecases import goals as use

step_app = typer.Typer(help="Action steps of a goal.", no_args_is_help=True)
aspiration_app = typer.Typer(help="Aspirations: the long-term destinations your goals serve.",
                             no_args_is_help=True)
goal_app.add_typer(step_app, name="step")
goal_app.add_typer(aspiration_app, name="aspiration")



def dashboard() -> None:
    from clingoals import render

    with opened_store() as store:
        data = use.dashboard(store, today=today())
    render.dashboard(data["goals"], overdue=data["overdue"], total_active=data["total_active"],
                     extra_lines=[render.ce_line(result) for result in data["licenses"]], review=data["review"])


@goal_app.command("list")
def list_goals(
    status: Optional[List[str]] = typer.Option(None, "--status", help="Only goals with this status (repeatable): draft, active, paused, done, dropped."),
    all_: bool = typer.Option(False, "--all", "-a", help="Every goal, whatever its status."),
    horizon: Optional[str] = typer.Option(None, "--horizon", help="short or long."),
    domain: Optional[str] = typer.Option(None, "--domain", help="professional or personal."),
    category: Optional[str] = typer.Option(None, "--category", help="Only this category."),
    tag: Optional[List[str]] = typer.Option(None, "--tag", help="Only goals with this tag (repeatable: all must match)."),
    aspiration: Optional[str] = typer.Option(None, "--aspiration", help="Only goals serving this aspiration."),
    due_before: Optional[str] = typer.Option(None, "--due-before", help=f"Deadline on or before this day ({DATE_HELP}); a period means before it begins: --due-before April lists goals due by March 31 (as --since April starts on April 1)."),
    overdue: bool = typer.Option(False, "--overdue", help="Only open goals past their deadline."),
    deleted: bool = typer.Option(False, "--deleted", help="Only deleted goals (bring one back with 'goals restore ID')."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """List goals: active ones by default, soonest deadline first."""
    from clingoals import render

    if deleted:
        with opened_store() as store:
            goals = use.deleted_goals(store, today=today())
        respond(goals, json_out=json_out, render=lambda rows: render.print_goals(
            rows, empty="No deleted goals."), message="Bring one back with: goals restore ID" if goals else None)
        return
    with opened_store() as store:
        goals = use.list_goals(store, statuses=status, every_status=all_, horizon=horizon, domain=domain,
                               category=category, tags=tag or [], aspiration=aspiration,
                               due_before=due_before, overdue=overdue, today=today())
        none_at_all = not goals and not json_out and not use.has_goals(store)
    respond(goals, json_out=json_out,
            render=lambda rows: render.print_goals(rows, empty=render.EMPTY_GOALS if none_at_all else
                                                   "No goals match these filters." if all_ else
                                                   "No goals match. 'goals list --all' shows every goal."))


@goal_app.command()
def show(
    goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id (see 'goals list')."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Everything about one goal: parts, steps, progress and SMART scorecard."""
    from clingoals import render

    with opened_store() as store:
        data = use.show_goal(store, goal_id, today=today())
    respond(data, json_out=json_out,
            render=lambda d: render.show(render.goal_detail(d, d["progress_log"], d["children"], d["ce_credits"])))


@goal_app.command()
def history(
    goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """How a goal changed over time: every revision and status change."""
    from clingoals import render

    with opened_store() as store:
        events = use.goal_history(store, goal_id)
    respond(events, json_out=json_out, render=lambda e: render.show(render.history_table(e)))


# --- adding and editing --------------------------------------------------------

@goal_app.command()
def add(
    statement: Optional[str] = typer.Argument(None, help="The goal in one sentence."),
    due: Optional[str] = typer.Option(None, "--due", help=f"Deadline: {DATE_HELP}."),
    title: Optional[str] = typer.Option(None, "--title", help="Short title (default: from the statement)."),
    specific: Optional[str] = typer.Option(None, "--specific", help="Specific detail: which training, population, setting."),
    measure: Optional[str] = typer.Option(None, "--measure", help="How you'll know: the metric, e.g. 'CE hours completed'."),
    target: Optional[float] = typer.Option(None, "--target", click_type=NUMBER, help="Target number for the measure."),
    unit: Optional[str] = typer.Option(None, "--unit", help="Unit of the target, e.g. hours, sessions, %."),
    baseline: Optional[float] = typer.Option(None, "--baseline", click_type=NUMBER, help="Where you start from."),
    plan: Optional[str] = typer.Option(None, "--plan", help="Plan and resources: course, mentor, fees, time."),
    hours_per_week: Optional[float] = typer.Option(None, "--hours-per-week", click_type=NUMBER, help="Hours a week you can give it."),
    why: Optional[str] = typer.Option(None, "--why", help="Why it matters to you."),
    aspiration: Optional[List[str]] = typer.Option(None, "--aspiration", help="An aspiration it serves (repeatable)."),
    category: Optional[str] = typer.Option(None, "--category", help="e.g. certification, licensure, self-care."),
    personal: Optional[bool] = typer.Option(None, "--personal/--professional",
                                            help="A personal goal, or a work one (default: what it reads as: "
                                                 "sleep, exercise, money, family are personal; the rest professional)."),
    parent: Optional[int] = typer.Option(None, "--parent", help="Id of the long-term goal this one serves."),
    step: Optional[List[str]] = typer.Option(None, "--step", help="An action step (repeatable)."),
    confidence: Optional[int] = typer.Option(None, "--confidence", help="How sure you are, 0-10."),
    tag: Optional[List[str]] = typer.Option(None, "--tag", help="A tag (repeatable)."),
    start: Optional[str] = typer.Option(None, "--start", help="Start date (default: today)."),
    horizon: Optional[str] = typer.Option(None, "--horizon", help="Override the derived horizon: short or long."),
    yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Add a goal. With the statement and --due given it asks nothing (but
    whether a sum that doesn't read as one, "$5,OOO", meant "$5,000");
    without a terminal a deadline the sentence names ("by next June") stands
    in for --due, written out in the goal ("by June 30, 2027"); in a terminal with parts missing it drafts the goal with you."""
    day = today()
    if unit is None and target is not None:
        unit = typed_currency("target")  # --target '$6,000' counts dollars
    values = dict(statement=statement, title=title, specific=specific, measure=measure,
                  target=target, unit=unit, baseline=baseline, plan=plan,
                  hours_per_week=hours_per_week, why=why, category=category,
                  personal=personal, parent=parent, confidence=confidence, start=start,
                  due=due, horizon=horizon)
    aspirations = list(aspiration or [])
    steps = list(step or [])
    from clingoals.usecases import drafting

    read_from = None  # the words of the sentence the deadline was read from
    if statement is not None and due is None and not interactive():
        # "Save $5,000 by next June": the deadline the sentence names, as 'goals check' reads it
        found = drafting.deadline_in_statement(values, today=day)
        if found is not None:
            due, read_from = found
            values["due"] = due
    # "by next June" is wrong after January: the goal says the date, as guided add writes it (trial 21 #15)
    written = drafting.deadline_written_out(statement, due, read_from, today=day) if read_from else None
    guided = statement is None or due is None
    target_from = None  # the sum in the sentence the target was read from
    if not guided and target is None:
        found = drafting.target_in_statement(values, today=day)  # "Save $1.5k ...": $1,500, as guided add offers
        if found is not None:
            values["target"], values["unit"], target_from = found
    if guided:
        if not interactive():
            missing = "the goal statement" if statement is None else "--due"
            raise InvalidInput(f"Missing {missing}; e.g. goals add \"Complete 20 CE hours\" --due \"June 30\".")
        from clingoals.cli.drafting import draft_goal

        # Fills values and asks the privacy question itself; Ctrl-C keeps a private draft.
        drafted = draft_goal(values, aspirations, steps, day, yes=yes)
        if drafted["status"] == "private":
            return
    else:
        drafted = {"statement": written, "status": "active", "new_aspirations": [], "continued": None, "asked": []}
    # A sum typed so that it doesn't read as one ("$5,OOO"): offered corrected at a terminal; else, or
    # declined, saved as typed, with a note saying so (trial 12 P1: it showed only in 'goals show').
    typo = None if guided else drafting.amount_typo_in(statement)
    reason = {"reason": f"'{read_from}' written out as the date it meant when the goal was added"} if written else {}
    typed_first = drafted.get("typed_first")
    if typed_first:  # its sum corrected at the first question: the sentence as typed stays in the history
        values = {**values, "statement": typed_first["statement"]}
        read = f"'{typed_first['typed']}' read as {typed_first['meant']}"
        composed = drafting.EDITED_REASON if drafted.get("edited") else drafting.COMPOSED_REASON
        reason = {"reason": f"{read} when the goal was added" if drafted["statement"] == typed_first["corrected"]
                  else f"{composed}; {read}"}
    elif drafted.get("edited"):  # a wording the person typed over the composed one (trial 21 #11)
        reason = {"reason": drafting.EDITED_REASON}
    for typed in drafted.get("typed_answers") or ():  # an answer's sum corrected: what was typed stays in the history
        said = reason.get("reason", drafting.EDITED_REASON if drafted.get("edited") else drafting.COMPOSED_REASON)
        reason = {"reason": f"{said}; '{typed['typed']}' in an answer read as {typed['meant']}"}
    if typo and typo[2] and interactive() and not yes and ask_yes_no(
            f"'{typo[0]}' doesn't read as an amount: did you mean {typo[1]}? Save the goal as \"{typo[2]}\"?",
            default=True):
        drafted["statement"] = typo[2]  # the sentence as typed stays in the goal's history
        reason = {"reason": f"'{typo[0]}' read as {typo[1]} when the goal was added"}
        if values["target"] is None:  # the corrected sum is the target, as if typed right
            found = drafting.target_in_statement({**values, "statement": typo[2]}, today=day)
            if found is not None:
                values["target"], values["unit"], target_from = found
        typo = None
    read_limit = None if guided or values["target"] is not None else \
        drafting.limit_target(drafted["statement"] or statement)
    if read_limit:  # "Keep takeout spending under $150 a month" without --target: its ceiling is the target
        values.update(target=read_limit["target"], unit=unit or read_limit["unit"])
    try:
        fields = use.new_goal_fields(today=day, **values)
        if not guided:  # the conversation asked the privacy question itself
            privacy_guard("\n".join(str(v) for v in (fields["statement"], fields["why"], fields["plan"], *steps) if v),
                          yes=yes, what="this goal")
        with opened_store() as store:
            data, linked = drafting.save_goal(store, values, statement=drafted["statement"], aspirations=aspirations,
                                              new_aspirations=drafted["new_aspirations"], steps=steps, tags=tag or [],
                                              status=drafted["status"], today=day, now=clock.now_iso(),
                                              replaced=drafted.get("replaced") or (),
                                              specific_replaced=drafted.get("specific_replaced"), **reason)
    except ClingoalsError as error:
        if not guided:
            raise
        # e.g. --start after the deadline: the answers must not go with the error.
        drafting.keep_draft(values, aspirations=aspirations, new_aspirations=drafted["new_aspirations"], steps=steps,
                            asked=drafted["asked"], wording=drafted["statement"], replaces=drafted["continued"],
                            replaced=drafted.get("replaced") or (),
                            specific_replaced=drafted.get("specific_replaced"), today=day, now=clock.now_iso())
        raise ClingoalsError(f"{str(error).rstrip('.')}. What you typed is kept as a private draft: "
                             "'goals add' continues it and asks again for what needs changing.") from None
    if drafted["continued"]:
        drafting.discard_draft(drafted["continued"])
    for name in drafted["new_aspirations"]:
        say(f"Added the new aspiration '{name}' ('goals aspiration rename' fixes its name, "
            "'goals aspiration list' shows yours).")
    if read_from and written and data["statement"] == written:
        from clingoals.smart.compose import format_deadline

        said = format_deadline(as_date(data["deadline"]))
        say(f"Due {data['deadline']}, read from '{read_from}', written out in the goal as '{said}' (your sentence "
            f"as typed stays in 'goals history {data['id']}'; --due sets another date).")
    elif read_from:
        say(f"Due {data['deadline']}, read from '{read_from}' (--due sets another date).")
    if target_from:
        say(f"Target {amount(values['target'], values['unit'])}, read from {target_from} (--target sets another).")
    elif not guided and data["measure"]["target"] is None and not values.get("unit"):
        note = drafting.no_target_note(statement)  # "$500 or $1,500": say why the sentence gave none
        if note:
            say(note)
    if linked:
        say(f"Linked to your aspiration '{linked}': the goal serves it.")
    if read_limit:
        say(f"Target {read_limit['text']}, the limit read from '{read_limit['said']}': spending is logged against it "
            "(--target sets another).")
    if personal is None and "domain" not in drafted["asked"] and data["domain"] == "personal":
        say(f"Filed as a personal goal: it reads as life outside work ('goals edit {data['id']} --professional "
            "--reason ...' files it as a work goal).")
    score = data["score"]["total"]
    note = "" if score == 10 else f"; SMART {score}/10, see 'goals show {data['id']}'"
    added = "Kept as a draft" if data["status"] == "draft" else "Added"
    respond(data, json_out=json_out,
            message=f"{added} goal {data['id']}: {data['title']} (due {data['deadline']}, "
                    f"{counted(data['days_left'], 'day')}{note}).")
    if typo:
        say(_typo_note(typo, data["id"]))
    waiting = len(drafting.drafts())
    if waiting and not json_out and drafting.draft_reminder_due(today()):  # once a day, never on every add
        say(f"You have {counted(waiting, 'unfinished goal draft')}; 'goals add' (with no goal) offers "
            f"{'it' if waiting == 1 else 'them'} back, 'goals drafts' lists every draft.")


def _typo_note(typo: tuple[str, str | None, str | None], goal_id: int) -> str:
    """One line on a sum in the saved sentence that doesn't read as one."""
    typed, meant, corrected = typo
    if not meant:
        return f"note: '{typed}' doesn't read as an amount. To rewrite it: goals edit {goal_id} --statement ... --reason ..."
    fix = f"'{corrected}'" if "'" not in corrected else "..."
    return (f"note: '{typed}' doesn't read as an amount: did you mean {meant}? To correct it: "
            f"goals edit {goal_id} --statement {fix} --reason 'amount typo'")


@goal_app.command()
def edit(
    goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
    reason: Optional[str] = typer.Option(None, "--reason", help="Why it changes (kept in the history)."),
    statement: Optional[str] = typer.Option(None, "--statement", help="New statement."),
    due: Optional[str] = typer.Option(None, "--due", help=f"New deadline: {DATE_HELP}."),
    title: Optional[str] = typer.Option(None, "--title", help="New short title (a title made from the statement follows a new --statement; one you chose stays)."),
    specific: Optional[str] = typer.Option(None, "--specific", help="Specific detail."),
    measure: Optional[str] = typer.Option(None, "--measure", help="The metric."),
    target: Optional[float] = typer.Option(None, "--target", click_type=NUMBER, help="Target number."),
    unit: Optional[str] = typer.Option(None, "--unit", help="Unit of the target."),
    baseline: Optional[float] = typer.Option(None, "--baseline", click_type=NUMBER, help="Starting value."),
    plan: Optional[str] = typer.Option(None, "--plan", help="Plan and resources."),
    hours_per_week: Optional[float] = typer.Option(None, "--hours-per-week", click_type=NUMBER, help="Hours a week."),
    why: Optional[str] = typer.Option(None, "--why", help="Why it matters."),
    aspiration: Optional[List[str]] = typer.Option(None, "--aspiration", help="Link an aspiration (repeatable)."),
    unlink_aspiration: Optional[List[str]] = typer.Option(
        None, "--unlink-aspiration", metavar="NAME",
        help="Unlink an aspiration from this goal (repeatable); the aspiration itself stays."),
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
    day = today()
    if unit is None and target is not None:
        unit = typed_currency("target")  # --target '$3,000' counts dollars
    starts = None
    if due is not None and start is None:  # a deadline without a year is read from the goal's start
        with opened_store() as store:
            starts = use.goal_start(store, goal_id)
    changes = use.goal_changes(today=day, statement=statement, due=due, title=title, specific=specific,
                               measure=measure, target=target, unit=unit, baseline=baseline, plan=plan,
                               hours_per_week=hours_per_week, why=why, category=category, personal=personal,
                               parent=parent, confidence=confidence, start=start, horizon=horizon, starts=starts)
    if not changes and not (step or tag or remove_tag or aspiration or unlink_aspiration):
        raise InvalidInput("Nothing to change; give at least one option, e.g. --due or --target.")
    privacy_guard("\n".join([*(changes.get(k) or "" for k in ("statement", "why", "plan")), *(step or []),
                              reason or ""]), yes=yes, what="this change")
    with opened_store() as store:
        use.check_goal_change(store, goal_id, changes, remove_tags=remove_tag or [], add_aspirations=aspiration or [],
                              unlink_aspirations=unlink_aspiration or [])
        changes, old_measure = use.metric_follows(store, goal_id, changes)  # "walks" under a new --unit
        moving = use.long_term_goal_to_move(store, goal_id, changes)
        if moving and not confirm(long_term_question(goal_id, moving), yes=yes, default=True):
            raise InvalidInput(long_term_not_moved(moving))
        if not reason:
            if not interactive():
                raise InvalidInput("Say why it changes with --reason (it is kept in the goal's history).")
            reason = _ask_reason("Why does it change?", yes=yes, required=False)
        data, changed = use.edit_goal(store, goal_id, changes, reason=reason, add_tags=tag or [],
                                      remove_tags=remove_tag or [], add_aspirations=aspiration or [],
                                      unlink_aspirations=unlink_aspiration or [],
                                      steps=step or [], move_long_term=bool(moving), today=day,
                                      now=clock.now_iso())
    what = ", ".join(dict.fromkeys(changed)) if changed else "nothing but steps"  # each field once (a link and an unlink)
    message = f"Updated goal {goal_id}: {what}." if changed or step else f"Goal {goal_id} already had those values."
    if "deadline" in changed:  # the date read from what was typed ("end of next year")
        message += f" Deadline: {data['deadline']} ({counted(data['days_left'], 'day')})."
    if "statement" in changed and statement is None:
        says = " and ".join(what for what, field in (("date", "deadline"), ("count", "target")) if field in changed)
        message += (f"\nIts statement now says the new {says or 'wording'}: {data['statement']} "
                    f"(the old wording is in 'goals history {goal_id}').")
    elif "deadline" in changed and "statement" not in changed:
        said = other_date_said(data["statement"], as_date(data["deadline"]), day)
        if said:
            message += (f"\nIts statement still says {said!r}, another date: "
                        f"'goals edit {goal_id} --statement \"...\" --reason ...' changes it.")
    if old_measure is not None and "metric" in changed:
        message += (f"\nIts measure {old_measure!r} named the old unit: "
                    + (f"it follows the new one, {data['measure']['metric']!r}" if data["measure"]["metric"]
                       else "it is cleared with it")
                    + f" ('goals edit {goal_id} --measure \"...\" --reason ...' words it; the old one is in "
                      f"'goals history {goal_id}').")
    if "statement" in changed and "title" not in changed and not title_follows(data["title"], data["statement"]):
        message += f" The title stays {data['title']!r} (you chose it); --title changes it."
    if data.get("count_for_deadline"):  # trial 14 C4: the target was the rhythm's count through the old date
        from clingoals.smart.compose import format_deadline

        recount = data["count_for_deadline"]
        new = quantity(recount["target"], recount["unit"])
        message += (f"\nIts target stays {quantity(data['measure']['target'], data['measure']['unit'])}; "
                    f"{recount['said']} through {format_deadline(as_date(data['deadline']))} make {new}: "
                    f"'goals edit {goal_id} --target {number(recount['target'])} --reason ...' sets it "
                    f"(the statement's count follows).")
    if unlink_aspiration:
        message += (f"\nIts aspirations now: {', '.join(data['aspirations'])}." if data["aspirations"] else
                    f"\nIt is linked to no aspiration now ('goals edit {goal_id} --aspiration NAME' links one).")
    if data.get("long_term_goal_moved"):
        message += "\n" + long_term_moved(data["long_term_goal_moved"])
    respond(data, json_out=json_out, message=message)


@goal_app.command(context_settings={"ignore_unknown_options": True})
def log(
    goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
    value: float = typer.Argument(..., click_type=AMOUNT, help="How much you did toward the target (added to the current value; "
                                            "'400' or '400 dollars' in the goal's own unit); "
                                            "a negative number corrects an earlier entry, e.g. -3."),
    note: Optional[str] = typer.Option(None, "--note", help="A note about this entry."),
    # "--on friday" reads as people say it (it was "Got unexpected extra arguments (--on friday)")
    date: Optional[str] = typer.Option(None, "--date", "--on", help=f"When (default today): {DATE_HELP}."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Skip questions: save the note even if the privacy check "
                                                        "warns, and log one entry over 10 times the target (or far "
                                                        "more than the goal's rhythm or hours a week can have made "
                                                        "yet, a second entry on one day of something that comes "
                                                        "once a day, or one dated before such a count started)."),
    again: bool = typer.Option(False, "--again", help="Another entry on a day that has one already, on a goal of "
                                                      "something that comes once a day (nights, or the walks of "
                                                      "'3 mornings a week'): logged without asking."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Log progress toward a goal's target ('goals log 3 -2' corrects it down by 2)."""
    if note:
        note = privacy_guard(note, yes=yes, what="this note", edit=ask_again("Your note"))
    with opened_store() as store:
        if isinstance(value, str):  # "400 dollars": read in the goal's own unit
            value = use.amount_in_unit(store, goal_id, value)
        asked = use.log_question(store, goal_id, value, today=today(), entry_date=date, again=again)
        # trial 23 #10: a second entry that day is most often the same walk typed twice: Enter is no
        if asked and not confirm(asked[0], yes=yes, option="--again" if asked[1] == "again" else "--yes"):
            stopped("Nothing was logged.")
        data = use.log_progress(store, goal_id, value, entry_date=date, note=note, today=today(),
                                now=clock.now_iso())
    message = logged_words(goal_id, value, data, today())
    note = _before_start(goal_id, date, data, "progress logged on")
    if note:
        message += "\n" + note
    if data["target_reached"]:
        message += f"\nTarget reached! Mark it done: goals done {goal_id}"
    message += _logged_where(goal_id, data)
    respond(data, json_out=json_out, message=message)


def _logged_where(goal_id: int, data: dict) -> str:
    """What a person logging progress should know about the goal itself:
    that it isn't active (the progress still counts), and that it has no
    target to measure the total against."""
    notes = ""
    if data["status"] == "paused":
        notes += f"\nGoal {goal_id} is paused: 'goals resume {goal_id}' makes it active again."
    elif data["status"] != "active":
        notes += f"\nGoal {goal_id} is {data['status']}."
    if not data["measure"]["target"]:
        notes += f"\nIt has no target to count toward: 'goals edit {goal_id} --target N --unit U' sets one."
    return notes


def _before_start(goal_id: int, phrase: str | None, data: dict, what: str) -> str | None:
    """The same note for progress and a status change dated before the start."""
    from clingoals.dates import parse_happened

    return before_start_note(goal_id, parse_happened(phrase, today()) if phrase else None, data["start_date"], what)


# --- status ---------------------------------------------------------------------

ON_HELP = f"When it happened (default today): {DATE_HELP}."


def _set_status(goal_id: int, status: str, reason: str | None, json_out: bool, on: str | None = None) -> None:
    with opened_store() as store:
        data = use.change_status(store, goal_id, status, reason=reason, today=today(), now=clock.now_iso(), on=on)
    if status == "active" and data["previous_status"] == "done":
        message = f"Goal {goal_id} is open again: active (it was done)."
    else:
        # the day it was read as, not the phrase typed (as 'goals edit --due' and the review echo a date)
        from clingoals.dates import parse_happened

        day = parse_happened(on, today()) if on else None
        message = f"Goal {goal_id} is now {status}" + (f" (as of {day:%A} {day.isoformat()})." if day else ".")
    if data.get("target_reached") is False:
        measure = data["measure"]
        message += (f"\nIts target isn't reached: {figure(measure['current'] or 0, measure['unit'])} of "
                    f"{quantity(measure['target'], measure['unit'])}.")
    elif data["limit"] and status == "done":  # a ceiling kept (or not): where spending stands
        message += f"\n{limit_words(data)[0].upper()}{limit_words(data)[1:]}."
    if status in ("done", "dropped"):  # a guess such as 'goals undo' finds nothing (trial 9 C2)
        message += "\n" + undo_hint(goal_id, status)
    note = _before_start(goal_id, on, data, f"{status} on")
    respond(data, json_out=json_out, message=message + ("\n" + note if note else ""))


@goal_app.command()
def done(goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
         note: Optional[str] = typer.Option(None, "--note", help="A word about how it went."),
         date: Optional[str] = typer.Option(None, "--date", help=ON_HELP),
         json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Mark a goal as achieved (--date: when, if not today)."""
    _set_status(goal_id, "done", note, json_out, date)


@goal_app.command()
def pause(goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
          reason: Optional[str] = typer.Option(None, "--reason", help="Why it pauses."),
          date: Optional[str] = typer.Option(None, "--date", help=ON_HELP),
          json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Pause an active or draft goal (it leaves the default list)."""
    _set_status(goal_id, "paused", reason, json_out, date)


@goal_app.command()
def resume(goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
           reason: Optional[str] = typer.Option(None, "--reason", help="Why it resumes (kept in the history)."),
           json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Make a paused, draft or dropped goal active again, or reopen a done one."""
    _set_status(goal_id, "active", reason, json_out)


@goal_app.command()
def drop(goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
         reason: Optional[str] = typer.Option(None, "--reason", help="Why you let it go (kept in the history; "
                                                                     "asked at a terminal when left out)."),
         date: Optional[str] = typer.Option(None, "--date", help=ON_HELP),
         yes: bool = typer.Option(False, "--yes", "-y", help="Save the reason even if the privacy check warns."),
         json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Let a goal go, keeping it and the reason in the history."""
    with opened_store() as store:  # a goal that isn't there is said first, before a reason is asked for
        use.goal_title(store, goal_id)
    if (reason or "").strip():  # checked for client details as 'goals edit --reason' is
        reason = privacy_guard(reason, yes=yes, what="this reason", edit=ask_again("Why do you let it go"))
        return _set_status(goal_id, "dropped", reason, json_out, date)
    # as 'goals edit' asks for its --reason: one line, exit 1 without a terminal
    if not interactive():
        raise InvalidInput("Say why you let it go with --reason (it is kept in the goal's history).")
    reason = _ask_reason("Why do you let it go?", yes=yes, required=True)
    try:
        _set_status(goal_id, "dropped", reason, json_out, date)
    except (InvalidInput, NotFound) as refused:  # (no such goal, a bad --date): the reason typed is printed back
        stopped(f"error: {refused}", typed=[reason])


def _ask_reason(question: str, *, yes: bool, required: bool) -> str | None:
    """A reason asked at a terminal (drop, edit): an empty answer is asked
    again when one is ``required`` (Ctrl-C stops, nothing changed), and
    the answer goes through the privacy check a --reason does; a reason the
    person cancels there is printed back to copy, nothing changed."""
    import click

    while True:
        try:
            answer = ask_keeping_the_line(question).strip()
        except Interrupted as stop:
            stopped("Stopped; nothing changed.", typed=[stop.line or ""])
        if answer or not required:
            break
        say("  A reason is kept in the goal's history: type one (Ctrl-C stops, nothing changes).")
    if not answer:
        return None
    try:
        checked = privacy_guard(answer, yes=yes, what="this reason", edit=ask_again(question.rstrip("?")))
    except (KeyboardInterrupt, EOFError, click.exceptions.Abort):
        stopped("Stopped; nothing changed.", typed=[answer])
    return checked


@goal_app.command()
def delete(goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
           reason: Optional[str] = typer.Option(None, "--reason", help="Why, e.g. 'duplicate of 1' (optional; kept "
                                                                     "in the goal's history: 'goals history ID')."),
           yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP + " Saves the reason even if the privacy "
                                                                          "check warns."),
           json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Delete a goal (recoverable with 'goals restore ID')."""
    with opened_store() as store:  # a goal that isn't there is said first, before the reason is checked
        title = use.goal_title(store, goal_id)
    reason = (reason or "").strip() or None
    if reason:  # checked for client details as drop's and edit's --reason are
        reason = privacy_guard(reason, yes=yes, what="this reason", edit=ask_again("Why do you delete it"))
    with opened_store() as store:
        if not confirm(f"Delete goal {goal_id} ({title})?", yes=yes):
            say("Nothing deleted." + (f" (Your reason was: {reason})" if reason else ""))
            return
        data = use.delete_goal(store, goal_id, now=clock.now_iso(), reason=reason)
    why = f" ({reason}: kept in 'goals history {goal_id}')" if reason else ""
    respond(data, json_out=json_out, message=f"Deleted goal {goal_id}{why}. Undo with: goals restore {goal_id}")


@goal_app.command()
def restore(goal_id: int = typer.Argument(..., metavar="ID", help="The deleted goal's id."),
            json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Bring back a deleted goal."""
    with opened_store() as store:
        data = use.restore_goal(store, goal_id, today=today(), now=clock.now_iso())
    respond(data, json_out=json_out, message=f"Restored goal {goal_id}.")


# --- steps ------------------------------------------------------------------------

STEP_NUMBER_HELP = "The step's number within the goal (1, 2, 3... as 'goals show ID' lists them)."


@step_app.command("add")
def step_add(goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
             text: str = typer.Argument(..., help="What to do."),
             due: Optional[str] = typer.Option(None, "--due", help=f"When: {DATE_HELP}."),
             yes: bool = typer.Option(False, "--yes", "-y", help="Save even if the privacy check warns or the goal "
                                                                 "has this step already."),
             json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Add an action step to a goal (one it has already is asked about, or refused without --yes)."""
    with opened_store() as store:  # no such goal, or the step again: said before the privacy check keeps a draft
        twin = use.same_step(store, goal_id, text, today=today())
    if twin and not yes:
        has = f"Goal {goal_id} already has step {twin['id']}: {twin['text']!r}" + (" (done)" if twin["done"] else "")
        if not interactive():
            raise InvalidInput(f"{has}; nothing added. Run it again with --yes to add it a second time.")
        if not ask_yes_no(f"{has}. Add it again?", default=False):
            return say(f"Not added; the goal keeps its step {twin['id']}.")
    text = privacy_guard(text, yes=yes, what="this step", edit=ask_again("The step"))
    with opened_store() as store:
        data = use.add_step(store, goal_id, text, due=due, today=today(), now=clock.now_iso())
    respond(data, json_out=json_out, message=f"Added step {data['id']} to goal {goal_id}.")


@step_app.command("done")
def step_done(goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
              numbers: List[int] = typer.Argument(..., metavar="N...",
                                                  help=STEP_NUMBER_HELP + " Several tick them off together."),
              json_out: bool = typer.Option(False, "--json",
                                            help=JSON_HELP + " One step: the step; several: a list of them.")) -> None:
    """Tick action steps off ('goals step done 3 1 2' ticks steps 1 and 2 of goal 3; a number
    that isn't an open step ticks none)."""
    with opened_store() as store:
        steps = use.complete_steps(store, goal_id, numbers, today=today(), now=clock.now_iso())
    ticked = [str(step["id"]) for step in steps]
    which = f"Step {ticked[0]}" if len(ticked) == 1 else f"Steps {', '.join(ticked[:-1])} and {ticked[-1]}"
    respond(steps[0] if len(numbers) == 1 else steps, json_out=json_out, message=f"{which} of goal {goal_id} done.")


@step_app.command("undo")
def step_undo(goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
              number: int = typer.Argument(..., metavar="N", help=STEP_NUMBER_HELP),
              json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Untick a step that was ticked by mistake."""
    with opened_store() as store:
        data = use.undo_step(store, goal_id, number, today=today())
    respond(data, json_out=json_out, message=f"Step {number} of goal {goal_id} is open again.")


@step_app.command("edit")
def step_edit(goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
              number: int = typer.Argument(..., metavar="N", help=STEP_NUMBER_HELP),
              text: str = typer.Argument(..., help="The step's new text."),
              yes: bool = typer.Option(False, "--yes", "-y", help="Save even if the privacy check warns."),
              json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Change what a step says."""
    text = privacy_guard(text, yes=yes, what="this step", edit=ask_again("The step"))
    with opened_store() as store:
        data = use.edit_step(store, goal_id, number, text, today=today())
    respond(data, json_out=json_out, message=f"Step {number} of goal {goal_id}: {data['text']}")


@step_app.command("remove")
def step_remove(goal_id: int = typer.Argument(..., metavar="ID", help="The goal's id."),
                number: int = typer.Argument(..., metavar="N", help=STEP_NUMBER_HELP),
                yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP),
                json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Remove a step for good; the steps after it move up one number."""
    with opened_store() as store:
        step = use.show_goal(store, goal_id, today=today())
        texts = {s["id"]: s["text"] for s in step["steps"]}
        if number in texts and not confirm(f"Remove step {number} of goal {goal_id} ({make_title(texts[number])})?",
                                           yes=yes):
            say("Nothing removed.")
            return
        data = use.remove_step(store, goal_id, number, today=today())
    respond(data, json_out=json_out, message=f"Removed step {number} of goal {goal_id}: {data['removed']['text']}")


# --- aspirations ----------------------------------------------------------------------

@aspiration_app.command("add")
def aspiration_add(name: str = typer.Argument(..., help="e.g. 'clinical supervisor', 'private practice'."),
                   description: Optional[str] = typer.Option(None, "--description", help="What it means to you."),
                   yes: bool = typer.Option(False, "--yes", "-y", help="Save even if the privacy check warns, or "
                                            "the name is spelled almost like one you have (or has a word "
                                            "spelled almost like one the card knows)."),
                   json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Declare an aspiration; goals can then serve it (--aspiration NAME)."""
    with opened_store() as store:
        meant = use.aspiration_typo(store, name)
    if meant and not yes:  # "clinical supervsor" beside "clinical supervisor" (trial 15 C8): a typo, not a new one
        if not interactive():
            raise InvalidInput(f"'{name.strip()}' is spelled almost like your aspiration '{meant}': nothing added "
                               "(--yes adds it as a new one).")
        if ask_yes_no(f"Did you mean '{meant}' (already declared)?", default=True):
            say(f"Nothing added: '{meant}' is already one of your aspirations ('goals aspiration list' shows them).")
            return
    spelled = use.aspiration_spelling(name) if not meant and not yes else None
    if spelled:  # "finacial wellness": a word the card would not read (trial: an Ohio LISW)
        if not interactive():
            raise InvalidInput(f"'{name.strip()}' has a word spelled almost like one the card knows: did you mean "
                               f"'{spelled}'? Nothing added (--yes adds it as typed).")
        if ask_yes_no(f"Did you mean '{spelled}'? (no: '{name.strip()}' is added as typed)", default=True):
            name = spelled
            with opened_store() as store:
                same = next((a for a in use.aspiration_names(store) if a.casefold() == spelled.casefold()), None)
            if same is not None:
                say(f"Nothing added: '{same}' is already one of your aspirations ('goals aspiration list' shows them).")
                return
    if description:
        description = privacy_guard(description, yes=yes, what="this description",
                                    edit=ask_again("The description"))
    with opened_store() as store:
        data = use.add_aspiration(store, name, description, now=clock.now_iso(), today=today())
    respond(data, json_out=json_out, message=f"Added aspiration {data['id']}: {data['name']}."
            + _aspiration_effect(data["goals_serving_it"], data["goals_serving_none"]))


def _aspiration_effect(serving: list[int], none: list[int]) -> str:
    """What a new aspiration changes on the goals' cards, in a line or two: their Relevant is
    judged against the aspirations declared, so a goal serving none of them scores 0 there
    (before any was declared it was 1: nothing to judge it against)."""
    said = ""
    if serving:
        said += f"\n{_goals_named(serving)} {'serves' if len(serving) == 1 else 'serve'} it."
    if len(none) == 1:
        said += (f"\nGoal {none[0]} serves none of your aspirations, so its Relevant is 0/2: link the one it serves "
                 f"('goals edit {none[0]} --aspiration NAME') or say why it matters ('goals edit {none[0]} --why ...').")
    elif none:
        said += (f"\n{_goals_named(none)} serve none of your aspirations, so their Relevant is 0/2: link each to "
                 "the one it serves ('goals edit ID --aspiration NAME') or say why it matters (--why).")
    return said


def _goals_named(ids: list[int]) -> str:
    ids = sorted(ids)
    shown = ", ".join(str(i) for i in ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
    return f"Goal {shown}" if len(ids) == 1 else f"Goals {shown}"


@aspiration_app.command("rename")
def aspiration_rename(old: str = typer.Argument(..., help="Its name now."),
                      new: str = typer.Argument(..., help="The name it should have."),
                      json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Rename an aspiration; the goals serving it follow."""
    with opened_store() as store:
        row = use.rename_aspiration(store, old, new)
    follow = {0: ".", 1: " (its goal follows)."}.get(row["goals"], f" (its {row['goals']} goals follow).")
    respond(row, json_out=json_out, message=f"Renamed aspiration {old.strip()!r} to {row['name']!r}{follow}")


@aspiration_app.command("delete")
def aspiration_delete(name: str = typer.Argument(..., help="The aspiration's name."),
                      yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP),
                      json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Delete an aspiration; the goals that served it keep working."""
    with opened_store() as store:
        found = use.aspiration_goals(store, name)
        serving = f"; {_goal_ids(found['goal_ids'])} will no longer serve it" if found["goal_ids"] else ""
        if not confirm(f"Delete the aspiration {found['name']!r}{serving}?", yes=yes):
            say("Nothing deleted.")
            return
        result = use.delete_aspiration(store, name, now=clock.now_iso())
    respond(result, json_out=json_out, message=f"Deleted the aspiration {result['name']!r}"
            + (f"; {_goal_ids(result['goal_ids'])} keep{'s' if len(result['goal_ids']) == 1 else ''} "
               "going without it." if result["goal_ids"] else "."))


def _goal_ids(ids: list[int]) -> str:
    return f"goal{'s' if len(ids) != 1 else ''} {', '.join(map(str, ids))}"


@aspiration_app.command("list")
def aspiration_list(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """List your aspirations and how many goals serve each."""
    from clingoals import render

    with opened_store() as store:
        rows = use.list_aspirations(store)
    if not rows and not json_out:
        say("No aspirations yet. Add one: goals aspiration add \"clinical supervisor\"")
        return
    respond(rows, json_out=json_out, render=lambda r: render.out.print(render.aspirations_table(r)))
