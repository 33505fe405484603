"""Career paths: destinations with typical milestones (TOML), validated, and
a route from today to a target date. Pure: data and today in.

Built-in paths ship in ``clingoals/paths``; ``goals path add FILE`` keeps a
user's own path in the data home's ``paths/`` folder.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from dateutil.relativedelta import relativedelta

from clingoals.errors import InvalidInput

KINDS = ("credential", "hours", "experience", "training")
GENERIC_CAVEAT = "Requirements vary by state and employer; treat these milestones as a starting map, not a rule."


@dataclass(frozen=True)
class Milestone:
    statement: str
    kind: str
    months: float
    category: str | None = None
    target: float | None = None
    unit: str | None = None
    counts: str | None = None   # "months-licensed": met by the months since a license's issue date
    number: int = 0             # its place in the path file (1, 2, ...): a goal for it is tagged with it
    # "supervisor": a license on file marked --supervisor has it done (the board's rule makes it part of being
    # one), once supervising ``supervising_days`` (California: the training may be finished 60 days after)
    done_by: str | None = None
    supervising_days: int = 0
    # A state's own route for it (jurisdiction "US-CA" -> statement/months/target/unit, or leave_out: why
    # that state's route has no such step); see :func:`for_state`.
    states: Mapping[str, Mapping] = field(default_factory=dict)
    # Why a license marked --supervisor does not have it done (the national 40-hour course: boards accept other
    # training for the designation), said where the roadmap shows it open; a route whose done_by says otherwise
    # (California, Florida) drops it.
    open_for_supervisor: str | None = None
    # The earlier milestones (their numbers) this one cannot be done without (EMDRIA certification needs the
    # EMDR basic training): said when one of them is skipped as the path starts (trial 16 P4).
    needs: tuple[int, ...] = ()


COUNTS = ("months-licensed",)
DONE_BY = ("supervisor",)


@dataclass(frozen=True)
class CareerPath:
    id: str
    name: str
    aspiration: str
    description: str
    goal: str
    caveat: str
    sources: tuple[str, ...]
    milestones: tuple[Milestone, ...]
    origin: str = "built-in"
    # The states whose route the path knows: jurisdiction ("US-CA") -> {"name": "California", "goal": ...}
    states: Mapping[str, Mapping] = field(default_factory=dict)

    @property
    def typical_months(self) -> float:
        return sum(m.months for m in self.milestones)

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "aspiration": self.aspiration, "description": self.description,
                "goal": self.goal, "caveat": self.caveat, "sources": list(self.sources),
                "typical_months": self.typical_months, "origin": self.origin,
                "milestones": [{**m.__dict__, "states": _listed(m.states)} for m in self.milestones],
                "states": _listed(self.states)}


def _listed(states: Mapping[str, Mapping]) -> list[dict]:
    """State tables as JSON: a list with each one's jurisdiction (keys stay snake_case)."""
    return [{"jurisdiction": key, **value} for key, value in states.items()]


def parse_path(text: str, source: str, origin: str = "file") -> CareerPath:
    def fail(field: str, problem: str) -> InvalidInput:
        return InvalidInput(f"{source}: {field}: {problem}")

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InvalidInput(f"{source}: not valid TOML ({error})") from None
    for field in ("id", "name", "aspiration", "description", "goal"):
        if not isinstance(data.get(field), str) or not data[field].strip():
            raise fail(field, "is missing or not text")
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", data["id"]):
        raise fail("id", "use lower-case letters, digits and hyphens")
    sources = data.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise fail("sources", "must be a list of text")
    raw = data.get("milestone")
    if not isinstance(raw, list) or not raw:
        raise fail("milestone", "at least one [[milestone]] is needed")
    milestones = []
    for index, row in enumerate(raw, start=1):
        where = f"milestone[{index}]"
        if not isinstance(row, dict):
            raise fail(where, "must be a table")
        if not isinstance(row.get("statement"), str) or not row["statement"].strip():
            raise fail(f"{where}.statement", "is missing")
        if row.get("kind") not in KINDS:
            raise fail(f"{where}.kind", f"must be one of {', '.join(KINDS)}")
        months = row.get("months")
        if isinstance(months, bool) or not isinstance(months, (int, float)) or not 0 < months <= 240:
            raise fail(f"{where}.months", "must be a number of months between 0 and 240")
        target = row.get("target")
        if target is not None and (isinstance(target, bool) or not isinstance(target, (int, float)) or target <= 0):
            raise fail(f"{where}.target", "must be a number above zero")
        counts = row.get("counts")
        if counts is not None and counts not in COUNTS:
            raise fail(f"{where}.counts", f"must be one of {', '.join(COUNTS)}")
        _check_months_licensed(counts, target, row.get("unit"), f"{where}.counts", fail)
        _check_done_by(row, where, fail)
        why_open = row.get("open_for_supervisor")
        if why_open is not None and (not isinstance(why_open, str) or not why_open.strip() or row.get("done_by")):
            raise fail(f"{where}.open_for_supervisor", "must be text saying why a supervisor license does not have "
                                                       "it done (and not beside done_by)")
        needs = row.get("needs", [])
        if not isinstance(needs, list) or not all(type(n) is int and 1 <= n < index for n in needs):
            raise fail(f"{where}.needs", "must be a list of the numbers of earlier milestones (1 for the first)")
        milestones.append(Milestone(row["statement"].strip(), row["kind"], float(months), row.get("category"),
                                    float(target) if target is not None else None, row.get("unit"), counts,
                                    index, row.get("done_by"), int(row.get("supervising_days", 0)),
                                    _state_variants(row.get("state", {}), f"{where}.state", fail, counts,
                                                    target, row.get("unit")),
                                    why_open.strip() if why_open else None, tuple(needs)))
    states = data.get("state", {})
    if not isinstance(states, dict) or not all(
            isinstance(v, dict) and isinstance(v.get("name"), str) and v["name"].strip()
            and isinstance(v.get("goal", ""), str) for v in states.values()):
        raise fail("state", "each [state.<jurisdiction>] needs a name (and may have a goal)")
    unknown = {key for m in milestones for key in m.states} - set(states)
    if unknown:
        raise fail("state", f"no [state.{sorted(unknown)[0]}] with its name for the milestones that use it")
    return CareerPath(data["id"], data["name"], data["aspiration"], data["description"], data["goal"],
                      data.get("caveat") or GENERIC_CAVEAT, tuple(sources), tuple(milestones), origin, states)


def _check_months_licensed(counts, target, unit, where: str, fail) -> None:
    """A months-licensed milestone counts months: its target (in a state's
    route too) is a number of months."""
    if counts == "months-licensed" and (target is None or unit != "months"):
        raise fail(where, "months-licensed needs a target in months (unit = \"months\")")


def _check_done_by(table: dict, where: str, fail) -> None:
    done_by = table.get("done_by")
    if done_by is not None and done_by not in DONE_BY:
        raise fail(f"{where}.done_by", f"must be one of {', '.join(DONE_BY)}")
    days = table.get("supervising_days")
    if days is not None and (isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 3660):
        raise fail(f"{where}.supervising_days", "must be a whole number of days between 0 and 3660")


_VARIANT_KEYS = {"statement": str, "months": (int, float), "target": (int, float), "unit": str, "leave_out": str,
                 "done_by": str, "supervising_days": int}


def _state_variants(table, where: str, fail, counts: str | None = None, target: float | None = None,
                    unit: str | None = None) -> dict[str, dict]:
    """A milestone's ``[milestone.state.<jurisdiction>]`` tables, checked:
    its wording, months, target and unit in that state, or ``leave_out``
    (why that state's route has no such step); ``done_by`` and
    ``supervising_days`` as a milestone's. A months-licensed milestone
    (``counts``, with the national ``target`` and ``unit``) keeps counting
    months in every state, checked as the national one is."""
    if not isinstance(table, dict):
        raise fail(where, "must be tables named by jurisdiction, e.g. [milestone.state.US-CA]")
    variants = {}
    for key, variant in table.items():
        if not isinstance(variant, dict) or not variant:
            raise fail(f"{where}.{key}", "must be a table")
        for name, value in variant.items():
            kind = _VARIANT_KEYS.get(name)
            if kind is None or isinstance(value, bool) or not isinstance(value, kind) or value == "":
                raise fail(f"{where}.{key}.{name}", f"use {', '.join(_VARIANT_KEYS)} (text or numbers)")
        if "months" in variant and not 0 < variant["months"] <= 240:
            raise fail(f"{where}.{key}.months", "must be a number of months between 0 and 240")
        if "target" in variant and variant["target"] <= 0:
            raise fail(f"{where}.{key}.target", "must be a number above zero")
        if "leave_out" not in variant:
            _check_months_licensed(counts, variant.get("target", target), variant.get("unit", unit),
                                   f"{where}.{key}.unit", fail)
        _check_done_by(variant, f"{where}.{key}", fail)
        variants[key] = dict(variant)
    return variants


def for_state(path: CareerPath, jurisdiction: str | None) -> tuple[CareerPath, dict | None]:
    """The path as it runs in ``jurisdiction`` (a licensing profile's
    "US-CA"), when the path knows that state's route: its milestones in that
    state's words, months and targets, without the steps its route has no
    place for, and its long-term goal in that state's words. Returns the
    path and ``{"jurisdiction", "name", "left_out": [{"milestone", "why"}]}``,
    or the path unchanged and None (no state known: the national wording)."""
    state = path.states.get(jurisdiction or "")
    if state is None:
        return path, None
    milestones, left_out = [], []
    for milestone in path.milestones:
        variant = milestone.states.get(jurisdiction, {})
        if "leave_out" in variant:
            left_out.append({"milestone": milestone.statement, "why": variant["leave_out"]})
            continue
        changes = {key: variant[key] for key in ("statement", "unit", "done_by", "supervising_days") if key in variant}
        changes.update({key: float(variant[key]) for key in ("months", "target") if key in variant})
        if "done_by" in variant:  # this state's rule says a supervisor has it done: nothing to explain
            changes["open_for_supervisor"] = None
        milestones.append(replace(milestone, **changes))
    return (replace(path, goal=state.get("goal") or path.goal, milestones=tuple(milestones)),
            {"jurisdiction": jurisdiction, "name": state["name"], "left_out": left_out})


def builtin_paths() -> list[CareerPath]:
    folder = resources.files("clingoals.paths")
    return [parse_path(entry.read_text("utf-8"), f"built-in {entry.name}", "built-in")
            for entry in sorted(folder.iterdir(), key=lambda e: e.name) if entry.name.endswith(".toml")]


def all_paths(user_folder: Path) -> list[CareerPath]:
    by_id = {p.id: p for p in builtin_paths()}
    if user_folder.is_dir():
        for file in sorted(f for f in user_folder.glob("*.toml") if f.is_file()):  # a pipe would hang
            path = parse_path(file.read_text("utf-8"), str(file), "added")
            by_id[path.id] = path
    return list(by_id.values())


def find_path(path_id: str, user_folder: Path) -> CareerPath:
    for path in all_paths(user_folder):
        if path.id == path_id:
            return path
    from clingoals.suggest import did_you_mean

    hint = did_you_mean(path_id, [path.id for path in all_paths(user_folder)])
    raise InvalidInput(f"Unknown path {path_id!r}.{hint} 'goals path list' shows them.")


@dataclass(frozen=True)
class PlannedGoal:
    statement: str
    deadline: dt.date
    category: str | None
    target: float | None
    unit: str | None


_DAYS_PER_MONTH = 30.44


def plan_route(path: CareerPath, today: dt.date, target_date: dt.date | None,
               done: frozenset[int] = frozenset(),
               served: Mapping[int, float] | None = None,
               due_on: Mapping[int, dt.date] | None = None,
               yours: Mapping[int, dt.date] | None = None) -> tuple[dt.date, list[PlannedGoal | None], str | None]:
    """Milestone deadlines spread over the time to the target date, in
    proportion to their typical durations; a note when that is tighter
    than typical. Milestones already done (indexes in ``done``) take no
    time and get no goal (None in their place): a squeeze note that counted
    the license someone already holds said 54 months where 30 were left.
    ``served`` (index -> months, see :func:`months_served`): a milestone
    partly served takes only the months still to serve, so 10 of 24 months
    licensed leaves 14 on the route, not 24. ``due_on`` (index -> date,
    see :func:`months_licensed_dates`): a milestone the calendar decides
    (two years licensed are reached on the anniversary of the issue date,
    however the route is squeezed or stretched) is dated on that day.
    ``yours`` (index -> date): a milestone a goal of yours serves, due on
    its own deadline; the milestones after it come no sooner than their
    months after that day (a board application before the training it
    needs read as a mistake), and without a target date the route then
    arrives with them."""
    served, due_on, yours = served or {}, due_on or {}, yours or {}

    def left(index: int, milestone: Milestone) -> float:
        return max(milestone.months - served.get(index, 0.0), 0.0)

    months = sum(left(i, m) for i, m in enumerate(path.milestones) if i not in done) or path.typical_months
    typical_end = today + relativedelta(months=round(months))
    end = target_date or typical_end
    if end <= today:
        raise InvalidInput(f"The target date {end.isoformat()} must be after today.")
    span = (end - today).days
    note = None
    if end < typical_end:
        partly = any(served.get(i) for i in range(len(path.milestones)) if i not in done)
        what = "This path" if not done and not partly else \
            f"What is left of this path ({len(path.milestones) - len(done)} of {len(path.milestones)} milestones)"
        note = (f"{what} typically takes about {round(months)} months; your target leaves "
                f"{round(span / 30.44)}. The dates below are squeezed to fit: check they are realistic.")
    planned, elapsed, after, since = [], 0.0, None, 0.0  # after: the latest deadline of a goal of yours
    for index, milestone in enumerate(path.milestones):
        if index in done:
            planned.append(None)
            continue
        elapsed += left(index, milestone)
        since += left(index, milestone)
        deadline = due_on.get(index) or today + dt.timedelta(days=round(span * elapsed / months))
        if after is not None and index not in due_on:
            deadline = max(deadline, after + dt.timedelta(days=round(since * _DAYS_PER_MONTH)))
            if target_date is None:
                end = max(end, deadline)  # no target date: the route arrives with its pushed steps
        if index in yours and (after is None or yours[index] > after):
            after, since = yours[index], 0.0
        planned.append(PlannedGoal(milestone.statement, deadline, milestone.category, milestone.target,
                                   milestone.unit))
    late = [goal for goal in planned if goal is not None and goal.deadline > end]
    if late:
        note = ((note + " ") if note else "") + (
            f"'{late[0].statement}' is only reached on {late[0].deadline.isoformat()}, after your target "
            f"date {end.isoformat()}.")
    return end, planned, note


# Credentials a path's long-term goal lists by their letters ("certified in EMDR and TF-CBT").
_CREDENTIAL = r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*"
_CREDENTIAL_LIST = re.compile(rf"(?<![\w-])({_CREDENTIAL}(?:,\s+{_CREDENTIAL})*,?\s+(and|or)\s+{_CREDENTIAL})(?![\w-])")


def _names(text: str, credential: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(credential) + r"(?![\w-])", text, re.IGNORECASE) is not None


def goal_without(goal: str, skipped: list[str], kept: list[str]) -> str:
    """The long-term goal's sentence without the credentials only skipped
    milestones name: "... certified in EMDR and TF-CBT" with the TF-CBT
    milestone skipped is "... certified in EMDR". A credential a kept
    milestone (or one already done) names stays; a list that would be left
    empty stays as it is (nothing sensible to say instead)."""
    if not skipped:
        return goal
    found = _CREDENTIAL_LIST.search(goal)
    if found is None:
        return goal
    items = re.findall(_CREDENTIAL, found.group(1))
    left = [item for item in items
            if not any(_names(text, item) for text in skipped) or any(_names(text, item) for text in kept)]
    if not left or left == items:
        return goal
    joined = left[0] if len(left) == 1 else f"{', '.join(left[:-1])} {found.group(2)} {left[-1]}"
    return goal[:found.start(1)] + joined + goal[found.end(1):]


# --- milestones you already have -------------------------------------------------------------

_FILLER = frozenset("""a an the my to for of in on at by and or with after before from into as so that
    i me be is are get obtain complete completed completing become becoming earn finish pass take do make start
    needed qualify status hours hour h training treat treating clients client adults submit
    state counseling association board agency clinic""".split())


# Credentials people name by their letters, read as what they are.
_SAME_AS = {"lpc-s": "supervisor", "lcsw-s": "supervisor", "lmft-s": "supervisor", "acs": "supervisor",
            "lisw-s": "supervisor", "lpcc-s": "supervisor", "imft-s": "supervisor",
            "supervisory": "supervisor", "supervision": "supervisor", "supervising": "supervisor",
            "certified": "certification", "certificate": "certification"}


_AMOUNT = re.compile(r"\d+(?:\.\d+)?-?[a-z]*")  # '40-hour', '15h', '2': an amount, not the aim


# An amount of hours, months, years or sessions ('40-hour', '40 hours', '2 years'): not an aim by itself,
# but the same amount in both texts says they are about the same thing ('the 40-hour supervisor training')
_MEASURED = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)[\s-]*(hour|hr|h|month|year|session)s?\b")


def _content(text: str) -> frozenset[str]:
    lower = text.lower()
    words = re.findall(r"[a-z0-9][a-z0-9&+-]*", lower)
    amounts = {f"#{number}{unit[0]}" for number, unit in _MEASURED.findall(lower)}
    return frozenset(_SAME_AS.get(w.strip("-"), w.strip("-")) for w in words
                     if w not in _FILLER and not _AMOUNT.fullmatch(w)) | amounts


def aim_overlap(milestone: str, goal: str) -> float:
    """How much a goal statement aims at what a milestone (or a path's
    destination) says: the share of the shorter one's content words found
    in the other, 0 when fewer than two are shared."""
    a, b = _content(milestone), _content(goal)
    shared = a & b

    def words(content: frozenset[str]) -> int:  # a shared amount counts for a match, an unshared one against none
        return sum(1 for w in content if not w.startswith("#"))

    return len(shared) / max(min(words(a), words(b)), 1) if len(shared) >= 2 else 0.0


# A milestone's purpose ("... to treat children after trauma", "... to qualify for supervisor status"):
# why it is on the path, not what it is, and a goal of yours for the same thing rarely says it
_PURPOSE = re.compile(r"\s+to (?:treat|serve|qualify|work|help|support)\b.*$", re.IGNORECASE)


def same_aim(milestone: str, goal: str) -> bool:
    """Whether a goal statement aims at the same thing as a milestone: most
    of the shorter one's content words are in the other, the milestone read
    with or without its purpose ("Complete TF-CBT certification through the
    TF-CBT National Therapist Certification Program" is "Obtain TF-CBT
    certification to treat children after trauma": trial 16 C4)."""
    aim = _PURPOSE.sub("", milestone)
    return aim_overlap(milestone, goal) >= 0.6 or (aim != milestone and aim_overlap(aim, goal) >= 0.6)


def states_destination(path: CareerPath, goal: str) -> bool:
    """Whether a goal statement says where ``path`` leads (its long-term
    goal) rather than one of its milestones: the same aim as the path's
    goal, and closer to it than to any milestone. "Become an approved
    clinical supervisor (20 hours of supervision training) ..." is the
    clinical-supervisor destination, not its training course (trial 15 C5)."""
    to_destination = aim_overlap(path.goal, goal)
    return to_destination >= 0.6 and all(aim_overlap(m.statement, goal) <= to_destination for m in path.milestones)


def months_licensed(licenses: list[dict], today: dt.date) -> tuple[int, dict] | None:
    """(whole months since the earliest issue date on file, that license),
    or None when no license has an issue date."""
    issued = sorted((r for r in licenses if r.get("issued")), key=lambda r: str(r["issued"]))
    if not issued:
        return None
    since = dt.date.fromisoformat(str(issued[0]["issued"]))
    span = relativedelta(today, since)
    return max(span.years * 12 + span.months, 0), issued[0]


def months_served(path: CareerPath, licenses: list[dict], today: dt.date) -> dict[int, float]:
    """Months already served toward each months-licensed milestone of
    ``path`` (index -> whole months since the earliest issue date on file),
    for :func:`plan_route`; empty when no license has an issue date."""
    licensed = months_licensed(licenses, today)
    if not licensed:
        return {}
    return {index: float(licensed[0]) for index, milestone in enumerate(path.milestones)
            if milestone.counts == "months-licensed"}


def months_licensed_dates(path: CareerPath, licenses: list[dict], today: dt.date) -> dict[int, dt.date]:
    """The day each months-licensed milestone of ``path`` is reached (index ->
    the earliest issue date on file plus the milestone's months), for
    :func:`plan_route`; only days after today (a milestone already reached
    is done, not planned)."""
    issued = sorted(str(r["issued"]) for r in licenses if r.get("issued"))
    if not issued:
        return {}
    since = dt.date.fromisoformat(issued[0])
    dates = {index: since + relativedelta(months=round(milestone.target or milestone.months))
             for index, milestone in enumerate(path.milestones) if milestone.counts == "months-licensed"}
    return {index: day for index, day in dates.items() if day > today}


def supervising_dates(path: CareerPath, licenses: list[dict], today: dt.date) -> dict[int, dt.date]:
    """The day each milestone a supervisor has done after ``supervising_days``
    (California's 15 hours: by the 60th day of supervising) is due for a
    license marked supervisor that has not supervised that long yet (index
    -> that day), for :func:`plan_route`: the rule dates it, not the route."""
    since = sorted(dt.date.fromisoformat(str(r["supervisor_since"])[:10]) for r in licenses
                   if r.get("supervisor") and r.get("supervisor_since"))
    if not since:
        return {}
    return {index: since[0] + dt.timedelta(days=milestone.supervising_days)
            for index, milestone in enumerate(path.milestones)
            if milestone.done_by == "supervisor" and milestone.supervising_days
            and since[0] + dt.timedelta(days=milestone.supervising_days) > today}


def _supervising(record: dict, today: dt.date | None) -> float:
    """Days a license's holder has supervised (``--supervisor-since``); a
    license marked supervisor without that day (recorded before it was
    kept) counts as supervising long enough for any rule."""
    since = record.get("supervisor_since")
    if not since or today is None:
        return float("inf")
    return (today - dt.date.fromisoformat(str(since)[:10])).days


def open_for_supervisor(milestone: Milestone, licenses: list[dict]) -> dict | None:
    """Why ``milestone`` stays to do although a license on file is marked
    supervisor (``{"license", "why"}``: the path file's
    ``open_for_supervisor``), or None: no supervisor license, or nothing
    to explain."""
    held = [r for r in licenses if r.get("supervisor")]
    if not held or not milestone.open_for_supervisor or milestone.done_by == "supervisor":
        return None
    return {"license": held[0]["name"], "why": milestone.open_for_supervisor}


def already_have(milestone: Milestone, goals: list[dict], licenses: list[dict],
                 today: dt.date | None = None) -> dict | None:
    """What the person already has for ``milestone``: a license on file
    ("done"), enough months since a license's issue date for a
    months-licensed milestone ("done", with ``months``), a finished goal
    ("done") or an open one ("on_list") with the same aim; else a finished
    training on its subject (:func:`finished_training_for`: "done", with
    ``goal_hours`` and ``milestone_hours`` when it was shorter than the
    milestone says); None when it is new to them.
    ``goals`` are goal JSONs, ``licenses`` license records."""
    text = milestone.statement.lower()
    if milestone.counts == "months-licensed" and today is not None:
        licensed = months_licensed(licenses, today)
        if licensed and licensed[0] >= (milestone.target or 0):
            return {"status": "done", "license": licensed[1]["name"], "months": licensed[0],
                    "since": str(licensed[1]["issued"])}
    if "independent license" in text and licenses:
        return {"status": "done", "license": licenses[0]["name"]}
    if milestone.done_by == "supervisor":
        held = [r for r in licenses if r.get("supervisor") and _supervising(r, today) >= milestone.supervising_days]
        if held:
            return {"status": "done", "license": held[0]["name"], "supervisor": True}
    for goal in goals:
        if goal["status"] == "dropped" or not same_aim(milestone.statement, goal["statement"]):
            continue
        return {"status": "done" if goal["status"] == "done" else "on_list", "goal_id": goal["id"],
                "title": goal["title"], "deadline": str(goal["deadline"])}
    for goal in goals:
        if goal["status"] == "done" and finished_training_for(milestone, goal):
            return {"status": "done", "goal_id": goal["id"], "title": goal["title"], "deadline": str(goal["deadline"]),
                    **_fewer_hours(milestone, goal)}
    return None


# Words that say a text is about a course of training, whatever its subject (and what a board says of one)
_COURSE_WORDS = frozenset("training trainings trained course courses workshop workshops program programme seminar "
                          "class instruction education approved accredited".split())


def finished_training_for(milestone: Milestone, goal: dict) -> bool:
    """Whether a goal of yours (its JSON or stored record) is a
    training on what a training milestone is about, though worded or sized
    otherwise: "Complete a 12-hour clinical supervision training ..." for
    "Complete a 40-hour supervision training course approved by my board"
    (trial 22 #12). Every word naming the milestone's subject (its words
    without its amount, its purpose and the words any course has) is in the
    goal, the goal says it is a training or course, and a milestone counted
    in hours is met by a goal in hours. Only a finished goal counts this
    way (see :func:`already_have`): a different size is said, not assumed."""
    if milestone.kind != "training":
        return False
    subject = {w for w in _content(_PURPOSE.sub("", milestone.statement))
               if not w.startswith("#") and w not in _COURSE_WORDS}
    words = set(re.findall(r"[a-z]+", goal["statement"].lower()))
    if not subject or not subject <= _content(goal["statement"]) or not words & _COURSE_WORDS:
        return False
    if "hour" in (milestone.unit or ""):
        return _goal_hours(goal) is not None
    return True


def _goal_hours(goal: dict) -> float | None:
    """The hours a training goal was for: its target in hours, else the
    hours its statement names ("a 12-hour ... training"); None when it says none."""
    measure = goal.get("measure") or goal  # a goal's JSON, or its stored record (target and unit at the top)
    if measure.get("target") and re.match(r"(?:\w+ )?hours?\b|h\b", (measure.get("unit") or "").lower()):
        return float(measure["target"])
    said = [float(n) for n, unit in _MEASURED.findall(goal["statement"].lower()) if unit in ("hour", "hr", "h")]
    return said[0] if len(said) == 1 else None


def _fewer_hours(milestone: Milestone, goal: dict) -> dict:
    """``{"goal_hours", "milestone_hours"}`` when the finished training was
    shorter than the milestone says (12 hours for a 40-hour step): said
    beside it, since a board may ask more; else nothing."""
    hours = _goal_hours(goal)
    if hours is None or milestone.target is None or "hour" not in (milestone.unit or "") or hours >= milestone.target:
        return {}
    return {"goal_hours": hours, "milestone_hours": milestone.target}


# --- a milestone reworded --------------------------------------------------------------------

# Numbers written as words count as digits do ("two insurance panels" for 2; "forty-hour" for 40)
_WORDS = {word: value for value, word in enumerate(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split(), start=1)} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_NUMBER_WORD = re.compile(r"(?<![\w.])(?:(\d+(?:\.\d+)?)(?:\s*-\s*|\s+)?|(" + "|".join(_WORDS)
                          + r")(?:\s*-\s*|\s+))([A-Za-z]+)", re.IGNORECASE)


def _amounts(text: str):
    """(number, the word after it) for each amount written in ``text``, in digits or in words."""
    for m in _NUMBER_WORD.finditer(text):
        yield (float(m.group(1)) if m.group(1) else float(_WORDS[m.group(2).lower()])), m.group(3)


def target_from_evidence(evidence: list[str]) -> tuple[float, str] | None:
    """The target of a reworded milestone that had none: the one amount the
    scorer reads in its new wording ('2 LMSWs' -> (2, 'LMSWs'), 'two
    insurance panels' -> (2, 'insurance panels')), read as every target
    question reads one. None when it names no amount, more than one, an
    amount with nothing it counts, or a rhythm (trial 11 C6)."""
    from clingoals.goal import read_target

    amounts = [e for e in evidence if any(ch.isdigit() for ch in e) or e.split(" ", 1)[0].lower() in _WORDS]
    if len(amounts) != 1:
        return None
    text = amounts[0]
    first, _, rest = text.partition(" ")
    if first.lower() in _WORDS:
        text = f"{_WORDS[first.lower()]} {rest}"
    try:
        value, unit = read_target(text)
    except InvalidInput:
        return None
    if not unit or not re.match(r"[a-z]", unit, re.IGNORECASE):
        return None
    return value, unit


def target_from_wording(old: str, new: str, target: float | None, unit: str | None = None) -> tuple[str, float | None]:
    """What a reworded milestone says about its target: ("kept", target)
    when the old wording never wrote the target (or there is none),
    ("derived", N) when the new wording writes N where the old one wrote
    the target ('a 40-hour course' -> 'the 15-hour course': 15; '2 years'
    for 24 months -> '3 years': 36), and ("ask", target) when the old
    wording wrote it and the new one doesn't: the stored target would
    contradict the text."""
    if not target:
        return "kept", target

    def times(word: str) -> float:  # years written for a target in months
        return 12.0 if unit == "months" and word.lower().startswith("year") else 1.0

    said = [word.lower() for value, word in _amounts(old) if value * times(word) == target]
    if not said:
        return "kept", target
    stem = said[0].rstrip("s")
    for value, word in _amounts(new):
        if word.lower().rstrip("s") == stem:
            return "derived", value * times(word)
    return "ask", target
