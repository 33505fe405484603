"""Career paths: the destinations (built-in and the user's own), planning a
start (which milestones to add as goals, which are already there), saving
the aspiration, the long-term goal and its dated step goals, and the roadmap."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from clingoals.errors import InvalidInput


def paths_folder() -> Path:
    """Where the user's own career paths are kept."""
    from clingoals.store.db import data_home

    return data_home() / "paths"


def path_tag(path_id: str) -> str:
    return f"path:{path_id}"


def milestone_tag(path_id: str, number: int) -> str:
    """The tag of the goal that serves milestone ``number`` of a path,
    whatever its wording: an edited milestone is still that milestone."""
    return f"path:{path_id}:{number}"


NATIONAL = "national"


def route_tag(path_id: str, jurisdiction: str | None) -> str:
    """The tag of a path's long-term goal saying which route it was started
    on ("path:clinical-supervisor:US-CA", or ":national"): the roadmap keeps
    that route when the licenses on file change later."""
    return f"path:{path_id}:{jurisdiction or NATIONAL}"


def _started_route(path, goals: list[dict]) -> tuple[bool, str | None]:
    """(whether the path's goals say the route it was started on, that
    route's jurisdiction or None for the national one). Paths started
    before routes were kept say nothing: their roadmap follows the
    licenses on file, as it did."""
    prefix = f"path:{path.id}:"
    for goal in goals:
        for tag in goal["tags"]:
            rest = tag[len(prefix):] if tag.startswith(prefix) else ""
            if rest == NATIONAL or rest in path.states:
                return True, None if rest == NATIONAL else rest
    return False, None


def local_path(path, licenses: list[dict]) -> tuple:
    """The path as it runs in the state of your licenses (see
    :func:`clingoals.career.for_state`): when every license on file is under
    a profile of one jurisdiction the path knows, its milestones in that
    state's words; else the path's national wording. Returns (path, state
    info or None); the info names the license it was read from."""
    from clingoals.career import for_state
    from clingoals.errors import ClingoalsError
    from clingoals.usecases.ce import resolve_profile

    places = {}
    for record in licenses:
        try:
            places.setdefault(resolve_profile(record["profile_id"]).jurisdiction or None, record["name"])
        except ClingoalsError:  # a profile file since removed: its state is not known
            places.setdefault(None, record["name"])
    if len(places) != 1 or None in places:
        return path, None
    (jurisdiction, license_name), = places.items()
    localised, state = for_state(path, jurisdiction)
    return localised, (None if state is None else {**state, "license": license_name})


def all_paths() -> list:
    from clingoals.career import all_paths as every

    return every(paths_folder())


def find_path(path_id: str):
    from clingoals.career import find_path as find

    return find(path_id, paths_folder())


def add_path(file: Path):
    """Check a career-path TOML file and keep a copy with the user's data; returns the path."""
    from clingoals.career import parse_path
    from clingoals.store.files import SMALL_LIMIT, read_text, store_toml

    text = read_text(file, limit=SMALL_LIMIT, what="career path")
    path = parse_path(text, str(file))
    store_toml(paths_folder(), path.id, text)
    return path


def _new_and_already(path, planned, haves: list[dict | None], licensed: tuple | None) -> tuple[list[dict], list[dict]]:
    """The milestones to add as goals, and those already on the person's
    list or done (a goal with the same aim, a license on file, the months
    since its issue date)."""
    drafts, already = [], []
    for index, (milestone, goal, have) in enumerate(zip(path.milestones, planned, haves)):
        if have is not None:
            already.append({"milestone": milestone.statement, **have, "number": milestone.number})
            continue
        draft = {"statement": goal.statement, "deadline": goal.deadline, "target": goal.target,
                 "unit": goal.unit, "category": goal.category, "baseline": None, "index": index,
                 "milestone": milestone.number, "needs": milestone.needs}
        if milestone.counts == "months-licensed" and licensed:
            draft["baseline"] = float(licensed[0])  # the months licensed so far count toward it
        drafts.append(draft)
    return drafts, already


def _destination_goal(path, goals: list[dict], today: dt.date) -> dict | None:
    """The open goal of yours, not a step of another, that states where the
    path leads (:func:`clingoals.career.states_destination`) and is due after
    today: the path can use it as its long-term goal instead of adding the
    same aim again (trial 15 C5). The closest one when several do."""
    from clingoals.career import aim_overlap, states_destination

    found = [g for g in goals if g["status"] in ("active", "paused", "draft") and not g["parent_id"]
             and g["deadline"] and dt.date.fromisoformat(str(g["deadline"])) > today
             and states_destination(path, g["statement"])]
    best = max(found, key=lambda g: aim_overlap(path.goal, g["statement"]), default=None)
    return None if best is None else {"goal_id": best["id"], "title": best["title"], "statement": best["statement"],
                                      "deadline": dt.date.fromisoformat(str(best["deadline"]))}


def plan_start(store, path_id: str, *, target_date: str | None = None, today: dt.date,
               use_goal: bool = True) -> dict:
    """What starting a path would add (nothing is saved): ``path``, ``end``,
    ``note`` (when the target date is tight), ``drafts`` (goals to add) and
    ``already`` (milestones on the list or done). Milestones already done
    take no time on the route. ``destination``: a goal of yours that states
    where the path leads, used as its long-term goal (the route then runs to
    its deadline, unless a target date is given), or None (also when
    ``use_goal`` is False: a new long-term goal is added)."""
    from clingoals.career import (already_have, months_licensed, months_licensed_dates, months_served,
                                  open_for_supervisor, plan_route, supervising_dates)
    from clingoals.dates import parse_optional_date
    from clingoals.store import queries

    path = find_path(path_id)
    wanted = parse_optional_date(target_date, today)
    live = queries.list_goals(store.conn)
    if any(path_tag(path.id) in g["tags"] for g in live):
        raise InvalidInput(f"You already started {path.id}: see 'goals path show {path.id}'.")
    licenses = queries.list_licenses(store.conn)
    path, state = local_path(path, licenses)
    destination = _destination_goal(path, live, today) if use_goal else None
    if destination is not None:
        live = [g for g in live if g["id"] != destination["goal_id"]]  # the destination is no milestone's goal
        wanted = wanted or destination["deadline"]
    haves, claimed = [], set()
    for index, milestone in enumerate(path.milestones):  # one goal of yours serves one milestone, the first it
        pool = [g for g in live if g["id"] not in claimed]  # matches unless a later one aims closer at it
        while True:
            have = already_have(milestone, pool, licenses, today)
            if have is None or "goal_id" not in have or not _later_aims_closer(path.milestones, index, have["goal_id"], live):
                break
            pool = [g for g in pool if g["id"] != have["goal_id"]]
        if have is not None and "goal_id" in have:
            claimed.add(have["goal_id"])
        haves.append(have)
    done = frozenset(i for i, have in enumerate(haves) if have is not None and have["status"] == "done")
    due_on = {**months_licensed_dates(path, licenses, today), **supervising_dates(path, licenses, today)}
    yours = {i: dt.date.fromisoformat(have["deadline"]) for i, have in enumerate(haves)
             if have is not None and have["status"] == "on_list" and have.get("deadline") not in (None, "None")}
    end, planned, note = plan_route(path, today, wanted, done, months_served(path, licenses, today), due_on, yours)
    drafts, already = _new_and_already(path, planned, haves, months_licensed(licenses, today))
    route = {"target_date": wanted, "done": done, "served": months_served(path, licenses, today), "due_on": due_on,
             "yours": yours}
    still_open = [{"milestone": milestone.statement, **why} for milestone, have in zip(path.milestones, haves)
                  if have is None and (why := open_for_supervisor(milestone, licenses))]
    return {"path": path, "end": end, "note": note, "drafts": drafts, "already": already, "route": route,
            "state": state, "open_for_supervisor": still_open, "destination": destination,
            **_aspiration_for(path, queries.aspiration_names(store.conn))}


def _later_aims_closer(milestones, index: int, goal_id: int, goals: list[dict]) -> bool:
    """Whether a milestone after ``milestones[index]`` aims more closely at
    goal ``goal_id`` than that one does: "Finish a 40-hour clinical supervisor
    training course" shares two words with "Log 2 years of post-licensure
    clinical practice ... before supervising" but is the training step's."""
    from clingoals.career import aim_overlap, same_aim

    statement = next(g["statement"] for g in goals if g["id"] == goal_id)
    here = aim_overlap(milestones[index].statement, statement)
    return any(same_aim(later.statement, statement) and aim_overlap(later.statement, statement) > here
               for later in milestones[index + 1:])


def replan(plan: dict, skipped: set[int], *, today: dt.date) -> dict[int, dt.date]:
    """The route again without the milestones skipped in review (indexes in
    ``skipped``): they take no time, as milestones already done don't, so the
    later ones come sooner and the path arrives sooner (trial 9 C4; with a
    target date the kept ones spread over the time to it). Updates
    ``plan["end"]`` and returns each kept milestone's new deadline by index."""
    from clingoals.career import plan_route

    route = plan["route"]
    end, planned, _ = plan_route(plan["path"], today, route["target_date"], route["done"] | frozenset(skipped),
                                 route["served"], route["due_on"], route["yours"])
    plan["end"] = end
    return {index: goal.deadline for index, goal in enumerate(planned) if goal is not None}


def _aspiration_for(path, declared: list[str]) -> dict:
    """The aspiration the path is saved under: one you declared with its
    name (any letter case), else a close one of yours ('clinical supervisor
    (LPC-S)' for 'clinical supervisor', the did-you-mean every name gets),
    offered rather than a second aspiration beside it; else the path's own.
    ``{"aspiration", "aspiration_close"}`` (the close one, or None)."""
    from clingoals.suggest import same_or_closest

    name, same = same_or_closest(path.aspiration, declared)
    if same:
        return {"aspiration": name, "aspiration_close": None}
    return {"aspiration": name or path.aspiration, "aspiration_close": name}


def score_draft(path, draft: dict, *, today: dt.date, aspiration: str | None = None) -> dict:
    """The SMART scorecard of one planned goal, as the guided conversation
    shows it: in plain words, no command-line options (nothing to type them at).
    ``aspiration``: the one the path is saved under (``plan["aspiration"]``,
    yours when you chose it), named on the card; the path's own by default
    (trial 16 C4: the cards named 'trauma specialist' after the person chose
    'child and adolescent trauma specialist')."""
    from clingoals.smart import GoalText, score
    from clingoals.smart.scorer import card_in_plain_words

    serves = aspiration or path.aspiration
    return card_in_plain_words(score(GoalText(draft["statement"], deadline=draft["deadline"], target=draft["target"], unit=draft["unit"],
                          category=draft["category"], aspirations=(serves,),
                          linked_aspirations=(serves,)), today))


def long_term_goal(plan: dict, drafts: list[dict]) -> dict:
    """The long-term goal that starting the path with ``drafts`` (the step
    goals kept) saves, shown before saving: ``{"statement", "deadline",
    "latest_step"}``. It arrives once its steps are done: at the route's end,
    or on the latest step's deadline when that is later (a milestone edited
    to a later date), then ``latest_step`` is that step's statement (else None).
    Its sentence says only what is kept: a skipped milestone's credential
    leaves it (:func:`clingoals.career.goal_without`); its route's end
    (``plan["end"]``) was dated again without the skipped ones (:func:`replan`)."""
    from clingoals.career import goal_without

    path = plan["path"]
    kept = {d["index"] for d in drafts if "index" in d}
    skipped = [d["statement"] for d in plan["drafts"] if "index" in d and d["index"] not in kept]
    destination = plan.get("destination")
    statement = destination["statement"] if destination else goal_without(
        path.goal, skipped, [d["statement"] for d in drafts]
        + [path.milestones[d["index"]].statement for d in drafts if "index" in d]
        + [item["milestone"] for item in plan["already"]])
    end = plan["end"]
    steps = [(d["deadline"], d["statement"]) for d in drafts] + [
        (dt.date.fromisoformat(item["deadline"]), item["title"]) for item in plan["already"]
        if item["status"] == "on_list" and item.get("deadline")]  # a goal you had joins it as a step
    latest = max(steps, default=None)
    late = latest is not None and latest[0] > end
    return {"statement": statement, "deadline": latest[0] if late else end,
            "latest_step": latest[1] if late else None, "goal_id": destination["goal_id"] if destination else None}


def start_path(store, plan: dict, drafts: list[dict], *, today: dt.date, now: str) -> dict:
    """Save the aspiration (if new), the long-term goal (horizon long-term,
    whatever its date: it is the path's destination) and one step goal per
    kept draft, each tagged with the milestone it serves, in one transaction.
    Returns what `goals path start --json` prints."""
    from clingoals.store import queries, repository

    path = plan["path"]
    goal = long_term_goal(plan, drafts)
    statement, end = goal["statement"], goal["deadline"]
    aspiration = plan.get("aspiration") or path.aspiration
    with store.session() as session:
        if aspiration.lower() not in {n.lower() for n in queries.aspiration_names(store.conn)}:
            repository.add_aspiration(session, aspiration, path.description, now=now)
        # no "why": the path's blurb is the catalogue's words, not the person's reason (trial 10 P8)
        # a path that knows state routes keeps the one it was started on (see roadmap)
        route = [route_tag(path.id, (plan.get("state") or {}).get("jurisdiction"))] if path.states else []
        if goal["goal_id"] is not None:  # a goal of yours states the destination: it is the long-term goal
            parent = goal["goal_id"]
            repository.update_goal(session, parent, {"horizon_override": "long", "deadline": end},
                                   reason=f"the long-term goal of the {path.id} path",
                                   add_tags=[path_tag(path.id)] + route, add_aspirations=[aspiration], now=now)
        else:
            parent = repository.create_goal(session, {
                "title": path.name, "statement": statement, "start_date": today, "deadline": end,
                "domain": "professional", "category": "career path", "status": "active",
                "horizon_override": "long"}, tags=[path_tag(path.id)] + route, aspirations=[aspiration], now=now)
        children = [repository.create_goal(session, {
            "title": d["statement"], "statement": d["statement"], "start_date": today,
            "deadline": d["deadline"], "domain": "professional", "category": d["category"],
            "status": "active", "target": d["target"], "unit": d["unit"], "metric": d.get("metric") or d["unit"],
            "baseline": d.get("baseline"), "parent_id": parent},
            tags=[path_tag(path.id)] + ([milestone_tag(path.id, d["milestone"])] if d.get("milestone") else []),
            aspirations=[aspiration], now=now)
            for d in drafts]
        attached = [_attach(session, item["goal_id"], parent, path, aspiration, item.get("number"), now=now)
                    for item in plan["already"] if "goal_id" in item]
    return {"path": path.id, "goal_id": parent, "child_ids": children, "target_date": end.isoformat(),
            "already": plan["already"], "attached_ids": [i for i in attached if i is not None],
            "aspiration": aspiration, "statement": statement, "goal_was_yours": goal["goal_id"] is not None}


def _attach(session, goal_id: int, parent: int, path, aspiration: str, number: int | None = None, *,
            now: str) -> int | None:
    """A goal the person already had for a milestone joins the path: its tag
    (and the milestone's), the path's aspiration and (when it has no parent
    yet) the long-term goal as its parent, so the roadmap and 'goals show'
    list it. Kept in its history."""
    from clingoals.store import repository

    goal = repository.live_goal(session, goal_id)
    changes = {} if goal.parent_id else {"parent_id": parent}
    repository.update_goal(session, goal_id, changes, reason=f"part of the {path.id} path",
                           add_tags=[path_tag(path.id)] + ([milestone_tag(path.id, number)] if number else []),
                           add_aspirations=[aspiration], now=now)
    return goal_id


def started_ids(store) -> list[str]:
    """The ids of the paths you started (a goal carries the path's tag), sorted."""
    from clingoals.store import queries

    return sorted({tag.split(":", 1)[1] for g in queries.list_goals(store.conn) for tag in g["tags"]
                   if tag.startswith("path:") and tag.count(":") == 1})


def the_started_path(store) -> str:
    """The one path you started, for `goals path show` without an id
    (trial 16 C4); with none or several, an error that lists them."""
    started = started_ids(store)
    if len(started) == 1:
        return started[0]
    if not started:
        raise InvalidInput("You haven't started a path yet: see 'goals path list', then 'goals path start ID'.")
    raise InvalidInput(f"You started {len(started)} paths ({', '.join(started)}): say which, "
                       f"e.g. 'goals path show {started[0]}'.")


def roadmap(store, path_id: str, *, today: dt.date) -> dict:
    """``{"path", "goals", "next_goal_id", "already", "skipped", "state",
    "licenses_state"}``: the path's goals with their scorecards, the open
    step goal due first, the milestones a license on file already covers
    (``{"milestone", "status": "done", "license"}``) and those no goal of
    the path serves (skipped when it was started), so the roadmap still
    shows them. A milestone no goal of the path serves can be met by a goal
    you finished outside it (``{"milestone", "status": "done", "goal_id",
    ...}``, see :func:`clingoals.career.already_have`): it is done, not
    skipped (trial 22 #12). The path runs on the route it was started on (``state``:
    ``{"jurisdiction", "name"}``, None for the national one), whatever
    licenses were added since; ``licenses_state`` is the route the
    licenses on file now give (None: the national one). ``open_for_supervisor``:
    the milestones still to do although a license is marked supervisor, and
    why (``{"milestone", "goal_id", "license", "why"}``; goal_id None when no
    goal serves it)."""
    from clingoals.career import already_have, for_state, open_for_supervisor, same_aim
    from clingoals.store import queries
    from clingoals.usecases.goals import goals_json

    path = find_path(path_id)
    goals = goals_json(store.conn, [g for g in queries.list_goals(store.conn) if path_tag(path.id) in g["tags"]], today)
    open_goals = sorted((g for g in goals if g["parent_id"] and g["status"] in ("active", "paused", "draft")),
                        key=lambda g: g["deadline"])
    licenses = queries.list_licenses(store.conn)
    now, now_state = local_path(path, licenses)
    kept, jurisdiction = _started_route(path, goals)
    path, state = for_state(path, jurisdiction) if kept else (now, now_state)

    def named(info):
        return None if info is None else {"jurisdiction": info["jurisdiction"], "name": info["name"]}
    already, skipped, still_open, places = [], [], [], []
    if goals:
        steps = [g for g in goals if g["parent_id"]]
        # goals you finished outside the path (before it started, or kept apart): one can meet a step it has no goal for
        finished = [g for g in queries.list_goals(store.conn, statuses=["done"]) if path_tag(path.id) not in g["tags"]]
        for milestone in path.milestones:
            have = already_have(milestone, [], licenses, today)
            serving = next((g for g in steps if milestone_tag(path.id, milestone.number) in g["tags"]
                            or g["statement"] == milestone.statement or same_aim(milestone.statement, g["statement"])),
                           None)
            if have is None and serving is None:
                have = already_have(milestone, finished, [], today)
                if have is not None:
                    finished = [g for g in finished if g["id"] != have["goal_id"]]  # one goal meets one step
            if have is not None:
                already.append({"milestone": milestone.statement, **have})
            elif serving is None:
                skipped.append(milestone.statement)  # skipped at the start (or its goal deleted): still on the path
            places.append((milestone.statement, None if have is not None or serving is None else serving["id"]))
            why = open_for_supervisor(milestone, licenses) if have is None else None
            if why and (serving is None or serving["status"] not in ("done", "dropped")):
                still_open.append({"milestone": milestone.statement,
                                   "goal_id": serving["id"] if serving else None, **why})
    return {"path": path, "goals": goals, "next_goal_id": open_goals[0]["id"] if open_goals else None,
            "already": already, "skipped": skipped, "skipped_before": _skipped_before(places, skipped),
            "state": named(state), "licenses_state": named(now_state), "open_for_supervisor": still_open}


def _skipped_before(places: list[tuple[str, int | None]], skipped: list[str]) -> dict[str, int | None]:
    """Where each skipped milestone stands on the route: the goal serving
    the first milestone after it (None: after the last goal), so the roadmap
    draws it in its place, not after the designation (trial 13). ``places``:
    each milestone's statement and the goal serving it, in route order."""
    return {statement: next((goal for _, goal in places[index + 1:] if goal is not None), None)
            for index, (statement, _) in enumerate(places) if statement in skipped}
