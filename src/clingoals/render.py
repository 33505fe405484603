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


def _hours(value) -> str:
    return f"{float(value):.2f}".rstrip("0").rstrip(".") + " h"


def _profile_note(status: str) -> Text | None:
    if status == "example":
        return Text("Example profile: verify these numbers with your board.", style="dim italic")
    if status == "custom":
        return Text("Rules from your own profile.", style="dim italic")
    return None


def ce_panel(result: dict, profile) -> Panel:
    """One license's cycle, readable at 80 columns. The numbers explain each
    other: counted toward the total against required, carry-over on its own
    line, remaining = what must still be earned (with why, when it is not
    required minus counted), each open minimum named with its hours."""
    status = result["status"]
    head = Table(box=None, show_header=False, pad_edge=False, expand=True)
    head.add_column(style="bold", no_wrap=True)
    head.add_column(ratio=1)
    required = result["required_hours"]
    head.add_row("Status", Text(status.replace("_", " "), style=CE_STATUS_STYLE[status]))
    head.add_row("Cycle", f"{result['cycle_start']} → {result['cycle_end']} (cycle {result['cycle_number']}), "
                          f"{days_text(result['days_left'])} left" if result["days_left"] >= 0 else
                 f"{result['cycle_start']} → {result['cycle_end']} (cycle {result['cycle_number']}), "
                 f"ended {-result['days_left']} d ago")
    head.add_row("Counted", Text.assemble(bar(result["done_fraction"], 20),
                                          f"  {_hours(result['counted_hours'])} toward the total"
                                          f" of {_hours(required)} required"))
    if result["carry_over_hours"]:
        head.add_row("Carry-over", f"{_hours(result['carry_over_hours'])} from the previous cycle")
    remaining = _hours(result["remaining_hours"]) + " to earn"
    if result["remaining_hours"] and result["days_left"] > 0:
        remaining += f", about {_hours(result['pace_per_month'])} a month"
    head.add_row("Remaining", remaining)
    if result.get("remaining_note"):
        head.add_row("", Text(result["remaining_note"], style="italic"))
    parts: list = [head]
    if result["categories"]:
        cats = Table(box=None, show_header=True, pad_edge=False, header_style="dim")
        cats.add_column("Minimum", no_wrap=True)
        cats.add_column("Progress", no_wrap=True)
        cats.add_column("Counted", justify="right")
        cats.add_column("Open", justify="right")
        for c in result["categories"]:
            cats.add_row(c["category"], bar(c["counted"] / c["required"] if c["required"] else 1.0, 12),
                         f"{c['counted']:g}/{c['required']:g}",
                         Text(_hours(c["remaining"]), style="yellow") if c["remaining"] else "met")
        parts.append(cats)
    for cap in result["caps"]:
        cut = cap["logged_hours"] - cap["counted_hours"]
        line = Text(f"Cap: {cap['format']} counts at most {_hours(cap['max_hours'])}; "
                    f"{_hours(cap['logged_hours'])} logged")
        if cut > 0:
            line.append(f", {_hours(cut)} did not count", style="yellow")
        parts.append(line)
    for activity in result.get("activities", []):
        limit = f", at most {_hours(activity['max_hours'])}" if activity["max_hours"] is not None else ""
        parts.append(Text(f"Activity: {activity['activity']} counts x{activity['multiplier']:g}{limit}; "
                          f"{_hours(activity['logged_hours'])} logged, {_hours(activity['counted_hours'])} counted"))
    for topic in result.get("maximums", []):
        line = Text(f"Topic: {topic['category']} counts at most {_hours(topic['max_hours'])}; "
                    f"{_hours(topic['logged_hours'])} logged")
        if topic["logged_hours"] > topic["counted_hours"]:
            line.append(f", {_hours(topic['logged_hours'] - topic['counted_hours'])} did not count", style="yellow")
        parts.append(line)
    share = result.get("provider_share")
    if share:
        parts.append(Text(f"Providers: at least {_hours(share['required_hours'])} from "
                          f"{', '.join(share['provider_types'])}; {_hours(share['counted_hours'])} so far",
                          style="yellow" if share["remaining_hours"] else ""))
    for item in result.get("completions", []):
        parts.append(Text(f"Requirement: {item['name']}: " + (f"done {item['done']}" if item["done"] else "not done"),
                          style="" if item["done"] else "yellow"))
    for item in result.get("deadlines", []):
        state = "met" if item["met"] else ("due " + item["due"] if item["due"] else item["note"])
        parts.append(Text(f"Deadline: {item['requirement']}"
                          + (f" {item['hours']:g} h" if item["hours"] else "") + f": {state}",
                          style="" if item["met"] else "yellow"))
    for c in result.get("make_up_credits", []):
        parts.append(Text(f"Make-up: credit {c['id']} {c['title']} ({_hours(c['hours'])}, completed {c['date']}) "
                          "counts in this cycle", style="cyan"))
    for c in result.get("counted_elsewhere", []):
        parts.append(Text(f"Make-up: credit {c['id']} {c['title']} ({c['date']}) counts in the cycle holding "
                          f"{c['counts_in']}, not here", style="dim"))
    if result["next"]:
        parts.append(Text(f"Next: {result['next']}", style="bold"))
    note = _profile_note(result.get("profile_status", profile.status))
    if note:
        parts.append(note)
    return Panel(Group(*parts), title=f"{result['name']} · {profile.name}", title_align="left",
                 border_style=CE_STATUS_STYLE[status].replace("bold ", ""))


def history_panel(name: str, cycles: list[dict]) -> Table:
    """`goals license history`: one row per cycle, newest first."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=True, title=f"{name}: cycles")
    table.add_column("Cycle", justify="right")
    table.add_column("From → to", no_wrap=True)
    table.add_column("Required", justify="right")
    table.add_column("Counted", justify="right")
    table.add_column("Carry-over", justify="right")
    table.add_column("Outcome", ratio=1)
    for c in cycles:
        outcome = c["outcome"]
        style = "green" if outcome["complete"] else ("yellow" if c["current"] else "red")
        label = outcome["text"] + (" (current cycle)" if c["current"] else "")
        table.add_row(str(c["cycle_number"]), f"{c['cycle_start']} → {c['cycle_end']}", _hours(c["required_hours"]),
                      _hours(c["counted_hours"]), _hours(c["carry_over_hours"]), Text(label, style=style))
    return table


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
        if c.get("make_up"):
            title.append(f" (make-up for the cycle holding {c['counts_in']})", style="cyan")
        hours = _hours(c["hours"]) if c["unit"] == "hours" else f"{c['amount']:g} {c['unit']} = {_hours(c['hours'])}"
        if len(set(c.get("hours_by_license", {}).values())) > 1:
            hours += "*"
        table.add_row(str(c["id"]), c["date"], title, hours, SHORT_FORMAT[c["format"]],
                      "\n".join(c["categories"]), "\n".join(c["licenses"]) or "all")
    total = sum(c["hours"] for c in credits)
    table.caption = f"{len(credits)} credit(s), {_hours(total)}"
    if any(len(set(c.get("hours_by_license", {}).values())) > 1 for c in credits):
        table.caption += "; * licenses convert this unit differently: the lowest is shown"
    return table


def credit_detail(data: dict) -> Panel:
    info = Table(box=None, show_header=False, pad_edge=False)
    info.add_column(style="bold", no_wrap=True)
    info.add_column(overflow="fold")
    unit = "" if data["unit"] == "hours" else f" ({data['amount']:g} {data['unit']})"
    per_license = data.get("hours_by_license", {})
    hours = (", ".join(f"{_hours(h)} for {name}" for name, h in per_license.items())
             if len(set(per_license.values())) > 1 else _hours(data["hours"]))
    rows = [("Date", data["date"]), ("Hours", f"{hours}{unit}"), ("Format", data["format"]),
            ("Activity", data.get("activity") if data.get("activity", "course") != "course" else None),
            ("Make-up", f"counts in the cycle holding {data['counts_in']}" if data.get("make_up") else None),
            ("Provider type", data.get("provider_type")),
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


def profiles_table(profiles: list[dict]) -> Table:
    """Profiles as ``goals ce profile list --json`` gives them."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=True)
    table.add_column("ID", no_wrap=True, style="bold")
    table.add_column("Name", ratio=1)
    table.add_column("Hours", justify="right")
    table.add_column("Cycle", justify="right")
    table.add_column("Status")
    for p in profiles:
        style = {"example": "yellow", "custom": "cyan"}.get(p["status"], "green")
        table.add_row(p["id"], p["name"], f"{p['total_hours']:g}", f"{p['cycle_months']} mo",
                      Text(p["label"], style=style))
    return table


def _when(rule: dict) -> str:
    parts = []
    if rule.get("effective_from"):
        parts.append(f"cycles from {rule['effective_from']}")
    if rule.get("renewals_from"):
        parts.append(f"renewals from {rule['renewals_from']}")
    return f" [{', '.join(parts)}]" if parts else ""


def profile_detail(profile: dict) -> Group:
    """Every rule of a profile (its ``as_dict``), with its sources."""
    where = f", {profile['jurisdiction']}" if profile["jurisdiction"] else ""
    effective = f"; effective from {profile['effective_from']}" if profile["effective_from"] else ""
    lines = [Text(f"{profile['name']} ({profile['id']}){where}", style="bold"),
             Text(f"Status: {profile['label']}{effective}"),
             Text(f"{profile['total_hours']:g} h every {profile['cycle_months']} months"
                  + (f" (hours of {profile['hour_minutes']} minutes)" if profile["hour_minutes"] != 60 else ""))]
    for m in profile["minimums"]:
        extra = []
        if m["supervisors_only"]:
            extra.append("supervisors only")
        if m["once"]:
            extra.append("once")
        if m["every_n_cycles"]:
            extra.append(f"every {m['every_n_cycles']} cycles")
        if m["within_months_of_licensure"]:
            extra.append(f"within {m['within_months_of_licensure']} months of initial licensure")
        lines.append(Text(f"  at least {m['hours']:g} h {m['category']}"
                          + (f" ({', '.join(extra)})" if extra else "") + _when(m)))
    for c in profile["caps"]:
        limit = f"{c['hours']:g} h" if c["hours"] is not None else f"{c['fraction']:.0%} of the cycle's requirement"
        lines.append(Text(f"  {c['format']}: at most {limit}{_when(c)}"))
    for m in profile["maximums"]:
        limit = f"{m['hours']:g} h" if m["hours"] is not None else f"{m['fraction']:.0%} of the cycle's requirement"
        lines.append(Text(f"  topic {m['category']}: at most {limit}{_when(m)}"))
    for a in profile["activities"]:
        limits = [f"x{a['multiplier']:g}"]
        if a["max_hours"] is not None:
            limits.append(f"at most {a['max_hours']:g} h a cycle")
        if a["max_hours_each"] is not None:
            limits.append(f"at most {a['max_hours_each']:g} h each")
        lines.append(Text(f"  activity {a['name']}: {', '.join(limits)}{_when(a)}"))
    share = profile["provider_share"]
    if share:
        lines.append(Text(f"  at least {share['fraction']:.0%} of the hours from: "
                          f"{', '.join(share['provider_types'])}{_when(share)}"))
    for c in profile["completions"]:
        counts = f", counts as {c['hours']:g} h {c['category']}" if c["hours"] else ""
        extra = (f", within {c['within_months_of_licensure']} months of initial licensure"
                 if c["within_months_of_licensure"] else "")
        lines.append(Text(f"  complete: {c['name']}{counts}{extra}{_when(c)}"))
    lines.append(Text(f"Carry-over: up to {profile['carry_over_max']:g} h" if profile["carry_over_max"] else "Carry-over: none"))
    first = profile["first_cycle"]
    lines.append(Text(f"First cycle: {first['mode']}" + (f" ({first['hours']:g} h)" if first["mode"] == "fixed" else "")))
    units = profile["units"]
    lines.append(Text(f"Units: 1 CEU = {units['ceu']:g} h, 1 semester hour = {units['semester_hour']:g} h, "
                      f"1 quarter hour = {units['quarter_hour']:g} h"))
    lines += [Text(f"Note: {n}", style="italic") for n in profile["notes"]]
    if profile["sources"]:
        lines.append(Text("Sources:", style="bold"))
        lines += [Text(f"  {s}") for s in profile["sources"]]
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
    if goal["target"]:
        text.append(f"  {goal['current'] or 0:g}/{goal['target']:g} {goal['unit'] or ''}")
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
