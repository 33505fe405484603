"""Everything a person reads in the terminal: Rich tables and panels.

The only module that imports Rich. Functions take the same plain data the
``--json`` output carries, so what is shown and what is printed as JSON
cannot disagree. Colour follows Rich (``NO_COLOR``, not a terminal: plain).
"""

from __future__ import annotations

from typing import Iterable

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

SMART_LETTERS = (("specific", "S"), ("measurable", "M"), ("achievable", "A"),
                 ("relevant", "R"), ("time_bound", "T"))
CRITERION_NAMES = {"specific": "Specific", "measurable": "Measurable", "achievable": "Achievable",
                   "relevant": "Relevant", "time_bound": "Time-bound"}
SCORE_STYLE = {0: "red", 1: "yellow", 2: "green"}
STATUS_STYLE = {"active": "cyan", "done": "green", "paused": "yellow", "dropped": "dim", "draft": "magenta"}


def bar(fraction: float | None, width: int = 10) -> Text:
    if fraction is None:
        return Text("—", style="dim")
    filled = round(fraction * width)
    text = Text("█" * filled, style="green")
    text.append("░" * (width - filled), style="dim")
    text.append(f" {fraction * 100:3.0f}%")
    return text


def days_text(days: int, status: str = "active") -> Text:
    if status in ("done", "dropped"):
        return Text("—", style="dim")
    if days < 0:
        return Text(f"{-days} d late", style="bold red")
    if days == 0:
        return Text("today", style="bold yellow")
    return Text(f"{days} d", style="yellow" if days <= 14 else "")


def smart_letters(score: dict | None) -> Text:
    if not score:
        return Text("")
    text = Text()
    for key, letter in SMART_LETTERS:
        value = score["criteria"][key]["score"]
        text.append(letter if value == 2 else (letter.lower() if value == 1 else "·"),
                    style=SCORE_STYLE[value])
    text.append(f" {score['total']:>2}")
    return text


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:g}"


def goals_table(goals: list[dict], *, title: str | None = None) -> Table:
    table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left", pad_edge=False, expand=True)
    table.add_column("ID", justify="right", style="bold")
    table.add_column("Goal", overflow="fold", ratio=1, min_width=22)
    table.add_column("Due")
    table.add_column("Left", justify="right")
    table.add_column("Progress", no_wrap=True)
    table.add_column("Steps", justify="right")
    table.add_column("SMART", no_wrap=True)
    for goal in goals:
        steps = goal["steps"]
        name = Text(goal["title"])
        if goal["status"] != "active":
            name.append(f" [{goal['status']}]", style=STATUS_STYLE.get(goal["status"], ""))
        table.add_row(
            str(goal["id"]), name, goal["deadline"], days_text(goal["days_left"], goal["status"]),
            bar(goal["progress"]), f"{goal['steps_done']}/{len(steps)}" if steps else "—",
            smart_letters(goal.get("score")),
        )
    return table


def print_goals(goals: list[dict], *, empty: str) -> None:
    if not goals:
        err.print(empty)
        return
    out.print(goals_table(goals))


def scorecard(score: dict, *, title: str = "SMART check") -> Panel:
    table = Table(box=None, show_header=False, pad_edge=False, expand=True)
    table.add_column(width=12, no_wrap=True)
    table.add_column(width=5, no_wrap=True)
    table.add_column(ratio=1)
    for key, _ in SMART_LETTERS:
        criterion = score["criteria"][key]
        value = criterion["score"]
        mark = {2: "✔", 1: "~", 0: "✘"}[value]
        detail = Text(criterion["reason"])
        if criterion.get("suggestion"):
            detail.append("\n→ " + criterion["suggestion"], style="italic")
        table.add_row(Text(CRITERION_NAMES[key], style="bold"),
                      Text(f"{mark} {value}/2", style=SCORE_STYLE[value]), detail)
    total = score["total"]
    style = "green" if total == 10 else ("yellow" if total >= 6 else "red")
    return Panel(table, title=f"{title}: {total}/10", title_align="left", border_style=style)


def goal_detail(goal: dict, progress_log: Iterable[dict] = ()) -> Group:
    info = Table(box=None, show_header=False, pad_edge=False)
    info.add_column(style="bold", no_wrap=True)
    info.add_column(overflow="fold")
    measure = goal["measure"]
    rows = [
        ("Statement", goal["statement"]),
        ("Status", Text(goal["status"], style=STATUS_STYLE.get(goal["status"], ""))),
        ("Dates", f"{goal['start_date']} → {goal['deadline']}"),
        ("Days left", days_text(goal["days_left"], goal["status"])),
        ("Horizon", f"{goal['horizon']}-term, {goal['domain']}"),
        ("Category", goal["category"]),
        ("Specifics", goal["specific"]),
        ("Measure", measure["metric"]),
        ("Target", None if measure["target"] is None else
         f"{_number(measure['baseline'])} → {_number(measure['target'])} {measure['unit'] or ''}".strip()),
        ("Current", None if measure["current"] is None else f"{_number(measure['current'])} {measure['unit'] or ''}"),
        ("Progress", bar(goal["progress"], 20) if goal["progress"] is not None else None),
        ("Plan", goal["plan"]),
        ("Hours/week", _number(goal["hours_per_week"]) if goal["hours_per_week"] is not None else None),
        ("Why", goal["why"]),
        ("Aspirations", ", ".join(goal["aspirations"]) or None),
        ("Parent goal", str(goal["parent_id"]) if goal["parent_id"] else None),
        ("Confidence", f"{goal['confidence']}/10" if goal["confidence"] is not None else None),
        ("Tags", ", ".join(goal["tags"]) or None),
    ]
    for label, value in rows:
        if value is not None and value != "":
            info.add_row(label, value)
    parts: list = [Panel(info, title=f"Goal {goal['id']}: {goal['title']}", title_align="left")]
    if goal["steps"]:
        steps = Table(box=box.SIMPLE_HEAD, title="Action steps", title_justify="left", pad_edge=False)
        steps.add_column("Step", justify="right")
        steps.add_column("", no_wrap=True)
        steps.add_column("Text", ratio=1, overflow="fold")
        steps.add_column("Due")
        for step in goal["steps"]:
            steps.add_row(str(step["id"]), "☑" if step["done"] else "☐", step["text"], step["due"] or "")
        parts.append(steps)
    log = list(progress_log)
    if log:
        entries = Table(box=box.SIMPLE_HEAD, title="Progress log", title_justify="left", pad_edge=False)
        entries.add_column("Date")
        entries.add_column("Value", justify="right")
        entries.add_column("Note", ratio=1, overflow="fold")
        for entry in log:
            entries.add_row(entry["date"], _number(entry["value"]), entry["note"] or "")
        parts.append(entries)
    if goal.get("score"):
        parts.append(scorecard(goal["score"]))
    return Group(*parts)


def history_table(events: list[dict]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("When", no_wrap=True)
    table.add_column("What")
    table.add_column("From", overflow="fold")
    table.add_column("To", overflow="fold")
    table.add_column("Why", overflow="fold")
    for event in events:
        table.add_row(event["at"][:16].replace("T", " "), event["field"], event["old"] or "",
                      event["new"] or "", event["reason"] or "")
    return table


def aspirations_table(rows: list[dict]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("ID", justify="right")
    table.add_column("Aspiration")
    table.add_column("Goals", justify="right")
    table.add_column("Description", overflow="fold")
    for row in rows:
        table.add_row(str(row["id"]), row["name"], str(row["goals"]), row["description"] or "")
    return table


def dashboard(goals: list[dict], *, overdue: int, total_active: int, extra_lines: Iterable[str] = ()) -> None:
    if not total_active:
        err.print("No active goals yet. Start with:  goals add \"Pass the NCMHCE\" --due \"June 30\"")
    else:
        out.print(goals_table(goals, title=f"Due soonest ({len(goals)} of {total_active} active)"))
        if overdue:
            out.print(Text(f"{overdue} overdue: goals list --overdue", style="bold red"))
    for line in extra_lines:
        out.print(line)


# --- continuing education -------------------------------------------------------------

CE_STATUS_STYLE = {"complete": "green", "on_track": "cyan", "behind": "yellow", "overdue": "bold red"}


def _hours(value: float) -> str:
    return f"{value:g} h"


def ce_panel(result: dict, profile) -> Panel:
    """One licence's renewal status, readable at 80 columns."""
    status = result["status"]
    head = Table(box=None, show_header=False, pad_edge=False, expand=True)
    head.add_column(style="bold", no_wrap=True)
    head.add_column(ratio=1)
    required = result["required_hours"]
    done = min(result["counted_hours"] + result["carry_over_hours"], required) if required else 0
    head.add_row("Status", Text(status.replace("_", " "), style=CE_STATUS_STYLE[status]))
    head.add_row("Cycle", f"{result['cycle_start']} → {result['cycle_end']} (cycle {result['cycle_number']}), "
                          f"{days_text(result['days_left'])} left" if result["days_left"] >= 0 else
                 f"{result['cycle_start']} → {result['cycle_end']}, ended {-result['days_left']} d ago")
    head.add_row("Hours", Text.assemble(bar(done / required if required else 1.0, 20),
                                        f"  {_hours(result['counted_hours'])} counted"
                                        + (f" + {_hours(result['carry_over_hours'])} carried over"
                                           if result["carry_over_hours"] else "")
                                        + f" of {_hours(required)}"))
    head.add_row("Remaining", f"{_hours(result['remaining_hours'])}"
                 + (f", about {result['pace_per_month']:g} h a month" if result["remaining_hours"] and result["days_left"] > 0 else ""))
    parts: list = [head]
    if result["categories"]:
        cats = Table(box=None, show_header=True, pad_edge=False, header_style="dim")
        cats.add_column("Minimum", no_wrap=True)
        cats.add_column("Progress", no_wrap=True)
        cats.add_column("Counted", justify="right")
        cats.add_column("Left", justify="right")
        for c in result["categories"]:
            cats.add_row(c["category"], bar(c["counted"] / c["required"] if c["required"] else 1.0, 12),
                         f"{c['counted']:g}/{c['required']:g}", _hours(c["remaining"]))
        parts.append(cats)
    for cap in result["caps"]:
        cut = round(cap["logged_hours"] - cap["counted_hours"], 2)
        line = Text(f"Cap: {cap['format']} counts at most {_hours(cap['max_hours'])}; "
                    f"{_hours(cap['logged_hours'])} logged")
        if cut > 0:
            line.append(f", {_hours(cut)} did not count", style="yellow")
        parts.append(line)
    if result["next"]:
        parts.append(Text(f"Next: {result['next']}", style="bold"))
    if profile.is_example:
        parts.append(Text("Example profile: verify these numbers with your board.", style="dim italic"))
    return Panel(Group(*parts), title=f"{result['name']} · {profile.name}", title_align="left",
                 border_style=CE_STATUS_STYLE[status].replace("bold ", ""))


SHORT_FORMAT = {"in-person": "in person", "live-online": "live", "self-study": "self-study"}


def ce_line(result: dict) -> Text:
    """One dashboard line per licence."""
    text = Text(f"CE {result['name']}: ")
    if result["status"] == "complete":
        text.append("complete", style="green")
    else:
        text.append(f"{result['remaining_hours']:g} h to go, ", style="")
        text.append(result["status"].replace("_", " "), style=CE_STATUS_STYLE[result["status"]])
        text.append(f"; renews {result['cycle_end']} ({result['days_left']} d)")
        if result["next"]:
            text.append(f"; next: {result['next']}")
    return text


def credits_table(credits: list[dict]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("ID", justify="right", style="bold")
    table.add_column("Date", no_wrap=True)
    table.add_column("Title", overflow="fold", min_width=16)
    table.add_column("Hours", justify="right")
    table.add_column("Format", no_wrap=True)
    table.add_column("Categories", overflow="fold", min_width=10)
    table.add_column("For", overflow="fold", max_width=12)
    for c in credits:
        title = Text(c["title"])
        if not c["certificate"]:
            title.append(" (no certificate)", style="yellow")
        table.add_row(str(c["id"]), c["date"], title, f"{c['hours']:g}", SHORT_FORMAT[c["format"]],
                      "\n".join(c["categories"]), "\n".join(c["licenses"]) or "all")
    total = sum(c["hours"] for c in credits)
    table.caption = f"{len(credits)} credit(s), {total:g} h"
    return table


def credit_detail(data: dict) -> Panel:
    info = Table(box=None, show_header=False, pad_edge=False)
    info.add_column(style="bold", no_wrap=True)
    info.add_column(overflow="fold")
    unit = "" if data["unit"] == "hours" else f" ({data['amount']:g} {data['unit']})"
    rows = [("Date", data["date"]), ("Hours", f"{data['hours']:g}{unit}"), ("Format", data["format"]),
            ("Categories", ", ".join(data["categories"]) or None), ("Provider", data["provider"]),
            ("Approver", data["approver"]), ("Licences", ", ".join(data["licenses"]) or "every licence"),
            ("Goal", str(data["goal_id"]) if data["goal_id"] else None)]
    if data["certificate"]:
        state = "" if data["certificate_present"] else "  (MISSING from the data folder)"
        rows.append(("Certificate", f"{data['certificate_path']}{state}"))
        rows.append(("Original name", data["certificate_original"]))
    else:
        rows.append(("Certificate", Text("none kept; add one with goals ce edit ID --certificate FILE", style="yellow")))
    for label, value in rows:
        if value:
            info.add_row(label, value)
    return Panel(info, title=f"CE credit {data['id']}: {data['title']}", title_align="left")


def profiles_table(profiles) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=True)
    table.add_column("ID", no_wrap=True, style="bold")
    table.add_column("Name", ratio=1)
    table.add_column("Hours", justify="right")
    table.add_column("Cycle", justify="right")
    table.add_column("Status")
    for p in profiles:
        table.add_row(p.id, p.name, f"{p.total_hours:g}", f"{p.cycle_months} mo",
                      Text(p.status, style="yellow" if p.is_example else "green"))
    return table


def profile_detail(profile) -> Group:
    lines = [Text(f"{profile.name} ({profile.id}), {profile.jurisdiction}", style="bold"),
             Text(f"Status: {profile.status}; effective from {profile.effective_from.isoformat()}"),
             Text(f"{profile.total_hours:g} h every {profile.cycle_months} months")]
    for m in profile.minimums:
        extra = []
        if m.supervisors_only:
            extra.append("supervisors only")
        if m.once:
            extra.append("once")
        if m.every_n_cycles:
            extra.append(f"every {m.every_n_cycles} cycles")
        lines.append(Text(f"  at least {m.hours:g} h {m.category}" + (f" ({', '.join(extra)})" if extra else "")))
    for c in profile.caps:
        limit = f"{c.hours:g} h" if c.hours is not None else f"{c.fraction:.0%} of the total"
        lines.append(Text(f"  {c.format}: at most {limit}"))
    lines.append(Text(f"Carry-over: up to {profile.carry_over_max:g} h" if profile.carry_over_max else "Carry-over: none"))
    first = profile.first_cycle_mode + (f" ({profile.first_cycle_hours:g} h)" if profile.first_cycle_mode == "fixed" else "")
    lines.append(Text(f"First cycle: {first}"))
    lines += [Text(f"Note: {n}", style="italic") for n in profile.notes]
    lines.append(Text("Sources:", style="bold"))
    lines += [Text(f"  {s}") for s in profile.sources]
    return Group(*lines)


def licenses_table(rows: list[dict], today) -> Table:
    import datetime as _dt

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=True)
    table.add_column("Name", style="bold")
    table.add_column("Profile")
    table.add_column("Renews")
    table.add_column("Left", justify="right")
    table.add_column("Cycle", justify="right")
    table.add_column("Supervisor", justify="center")
    table.add_column("Number")
    for r in rows:
        left = (_dt.date.fromisoformat(r["renews"]) - today).days
        table.add_row(r["name"], r["profile_id"], r["renews"], days_text(left), str(r["cycle_number"]),
                      "yes" if r["supervisor"] else "", r["number"] or "")
    return table


def license_detail(record: dict, profile) -> Text:
    return Text(f"{record['name']}: {profile.name}; licence number {record['number'] or 'not recorded'}; "
                f"issued {record['issued'] or 'not recorded'}; renews {record['renews']}; "
                f"cycle {record['cycle_number']}" + ("; supervisor" if record["supervisor"] else ""))


# --- the weekly review -----------------------------------------------------------------

def digest(data: dict) -> Text:
    """The review digest: what moved, what is due, what is stale. One Text
    with styled spans (Rich renders that far faster than a line per object)."""
    text = Text(f"Since {data['since']}" + (f" (last review {data['last_review']})" if data["last_review"]
                                             else " (no review yet: the last 7 days)"), style="bold")
    empty = True

    def section(title: str, lines: list[str], style: str = "") -> None:
        nonlocal empty
        if lines:
            empty = False
            text.append(f"\n{title} ({len(lines)})", style=f"bold {style}".strip())
            text.append("".join(f"\n  {line}" for line in lines))

    section("Completed", [f"{g['id']}: {g['title']}" for g in data["completed"]], "green")
    section("Progress logged", [f"{p['date']} goal {p['goal_id']} {p['title']}: +{p['value']:g}" +
                                (f" ({p['note']})" if p["note"] else "") for p in data["progress"]])
    section("Steps done", [f"goal {s['goal_id']}: {s['text']}" for s in data["steps_done"]])
    ce = data["ce"]
    ce_lines = ([f"{ce['hours_logged']:g} h logged in {len(ce['credits'])} credit(s)"] if ce["credits"] else [])
    ce_lines += [f"{l['name']}: {l['remaining_hours']:g} h to go, {l['days_left']} d left ({l['status'].replace('_', ' ')})"
                 for l in ce["licenses"]]
    section("Continuing education", ce_lines)
    section("Due in the next 14 days", [f"{g['id']}: {g['title']} ({g['deadline']}, {g['days_left']} d)"
                                        for g in data["due_soon"]] +
            [f"step {s['step_id']} of goal {s['goal_id']}: {s['text']} ({s['due']})" for s in data["steps_due_soon"]],
            "yellow")
    section("Overdue", [f"{g['id']}: {g['title']} (was due {g['deadline']})" for g in data["overdue"]] +
            [f"step {s['step_id']} of goal {s['goal_id']}: {s['text']} (was due {s['due']})" for s in data["steps_overdue"]],
            "red")
    section("Stale: no progress, step or edit for 3 weeks", [f"{g['id']}: {g['title']} (last {g['last_activity']})"
                                                             for g in data["stale"]], "magenta")
    if empty:
        text.append("\n  Nothing moved and nothing is due. A quiet week counts too.")
    text.append(f"\nNext review: {data['next_review']} ({data['rhythm']})", style="dim")
    return text


def review_goal_header(goal: dict, today) -> Text:
    import datetime as _dt

    left = (_dt.date.fromisoformat(goal["deadline"]) - today).days
    text = Text(f"\nGoal {goal['id']}: {goal['title']}", style="bold")
    text.append(f"  due {goal['deadline']} ({left} d)")
    measure = goal["measure"]
    if measure["target"]:
        text.append(f"  {measure['current'] or 0:g}/{measure['target']:g} {measure['unit'] or ''}")
    return text


def reviews_table(reviews: list[dict]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("Date")
    table.add_column("Since")
    table.add_column("Goals", justify="right")
    table.add_column("Energy", justify="right")
    table.add_column("Stress", justify="right")
    table.add_column("Focus", overflow="fold")
    for r in reviews:
        table.add_row(r["review_date"], r["since"], str(r["goals"] or 0), str(r["energy"] or "—"),
                      str(r["stress"] or "—"), r["focus"] or "")
    return table


# --- the journal ---------------------------------------------------------------------------

def journal_table(entries: list[dict]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=True)
    table.add_column("ID", justify="right", style="bold")
    table.add_column("Date", no_wrap=True)
    table.add_column("Kind", no_wrap=True)
    table.add_column("Entry", ratio=1, overflow="fold")
    table.add_column("Goals", no_wrap=True)
    for e in entries:
        first = e["text"].strip().splitlines()[0] if e["text"].strip() else ""
        table.add_row(str(e["id"]), e["date"], e["kind"], first[:120], ", ".join(map(str, e["goals"])))
    return table


def journal_entry(entry: dict) -> Panel:
    meta = f"{entry['date']} · {entry['kind']}"
    if entry["goals"]:
        meta += f" · goals {', '.join(map(str, entry['goals']))}"
    if entry["tags"]:
        meta += f" · tags {', '.join(entry['tags'])}"
    return Panel(Group(Text(meta, style="dim"), Text(entry["text"])), title=f"Journal entry {entry['id']}",
                 title_align="left")


def assessment(latest: dict, previous: dict | None, comparison: list[dict]) -> Group:
    parts: list = [Text(f"Self-assessment of {latest['assessed_on']}" +
                        (f" (compared with {previous['assessed_on']})" if previous else ""), style="bold")]
    for label, key in (("Strengths", "strengths"), ("Areas to grow", "growth"), ("Interests", "interests")):
        if latest[key]:
            parts.append(Text(f"{label}: {', '.join(latest[key])}"))
    if comparison:
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
        table.add_column("Group")
        table.add_column("Skill")
        table.add_column("Rating")
        table.add_column("Change", justify="right")
        for row in comparison:
            change = row["change"]
            shown = Text("new", style="dim") if change is None else Text(
                f"{change:+d}" if change else "=", style="green" if change and change > 0 else ("red" if change else ""))
            table.add_row(row["group"], row["skill"], "●" * row["rating"] + "○" * (5 - row["rating"]), shown)
        parts.append(table)
    return Group(*parts)


# --- career paths -----------------------------------------------------------------------------

def paths_overview(paths) -> Group:
    parts: list = []
    for path in paths:
        parts.append(Text(f"{path.id}: {path.name} (about {round(path.typical_months)} months)", style="bold"))
        parts.append(Text(f"  {path.description}"))
        for milestone in path.milestones:
            parts.append(Text(f"  • {milestone.statement} [{milestone.kind}, ~{milestone.months:g} mo]"))
        parts.append(Text(f"  {path.caveat}", style="dim italic"))
    return Group(*parts)


def roadmap(path, goals: list[dict], next_id: int | None):
    from rich.tree import Tree

    by_parent: dict = {}
    for goal in goals:
        by_parent.setdefault(goal["parent_id"], []).append(goal)
    ids = {g["id"] for g in goals}
    roots = [g for g in goals if g["parent_id"] not in ids]

    def label(goal: dict) -> Text:
        mark = {"done": "✔", "dropped": "✘", "paused": "‖"}.get(goal["status"], "○")
        text = Text(f"{mark} {goal['id']}: {goal['title']}  ", style="bold reverse" if goal["id"] == next_id else "")
        text.append(f"{goal['status']}, due {goal['deadline']}", style=STATUS_STYLE.get(goal["status"], ""))
        if goal["id"] == next_id:
            text.append("  ← next", style="bold yellow")
        return text

    tree = Tree(Text(f"{path.name} roadmap", style="bold"))

    def grow(node, goal):
        branch = node.add(label(goal))
        for child in sorted(by_parent.get(goal["id"], []), key=lambda g: g["deadline"]):
            grow(branch, child)

    for root in sorted(roots, key=lambda g: g["deadline"]):
        grow(tree, root)
    return Group(tree, Text(path.caveat, style="dim italic"))
