"""The personal development plan (PDP): the document a clinician takes to
supervision, as Markdown or as one self-contained HTML page that prints well:
what was achieved in its period (goals marked done), apart from the open goals.

Pure: the plan's data in (built by the CLI from the store), text out. The
HTML has its styles inline and no external references of any kind.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from clingoals import charts
from clingoals.ce.profiles import rules_note
from clingoals.ce.tally import status_words
from clingoals.numbers import amount, figure, number

CRITERIA = (("specific", "Specific"), ("measurable", "Measurable"), ("achievable", "Achievable"),
            ("relevant", "Relevant"), ("time_bound", "Time-bound"))
GROUPS = (("short", "professional", "Short-term professional goals"),
          ("long", "professional", "Long-term professional goals"),
          ("short", "personal", "Short-term personal goals"),
          ("long", "personal", "Long-term personal goals"))


def personal_aspirations(aspirations: list[dict], goals: list[dict]) -> set[str]:
    """The names of the aspirations a plan for supervision leaves out with
    the personal goals: those no professional goal serves, whose words read
    as life outside work (the reading that files a goal serving them as
    personal) or whose goals are all personal. ``goals``: every open goal,
    as goal_json prints them (``domain``, ``aspirations``)."""
    from clingoals.smart.scorer import aspiration_domain

    served: dict[str, set[str]] = {}
    for goal in goals:
        for name in goal.get("aspirations") or []:
            served.setdefault(name.lower(), set()).add(goal.get("domain"))
    left_out = set()
    for aspiration in aspirations:
        domains = served.get(aspiration["name"].lower(), set())
        if "professional" in domains:
            continue
        if domains == {"personal"} or aspiration_domain(aspiration["name"], aspiration.get("description")) == "personal":
            left_out.add(aspiration["name"])
    return left_out


def _groups(goals: list[dict]):
    for horizon, domain, title in GROUPS:
        members = [g for g in goals if g["horizon"] == horizon and g["domain"] == domain]
        if members:
            yield title, members


def _num(value) -> str:
    return number(value)


def _measure(goal: dict) -> str | None:
    """How progress is judged, or None when nothing says (left out)."""
    m = goal["measure"]
    if goal.get("limit"):  # a ceiling, not a total to reach: spent of the limit
        from clingoals.goal import limit_words

        return limit_words(goal)
    parts = []
    unit = (m["unit"] or "").strip().lower() if m["target"] is not None else ""
    if m["metric"] and m["metric"].strip().lower() != unit:  # "months; target 24 months" says it twice
        parts.append(m["metric"])
    if m["target"] is not None:
        parts.append(f"target {amount(m['target'], m['unit'])}")  # "target $4,000": money as money
        if m["baseline"]:
            parts.append(f"from {figure(m['baseline'], m['unit'])}")
        parts.append(f"now {figure(m['current'] or 0, m['unit'])}")
    return "; ".join(parts) or None


def _resources(goal: dict) -> str | None:
    parts = [goal["plan"]] if goal["plan"] else []
    if goal["hours_per_week"] is not None:
        parts.append(f"{_num(goal['hours_per_week'])} h a week")
    return "; ".join(parts) or None


def heading(goal: dict) -> tuple[str, str | None]:
    """(heading, text under it): the full statement as the heading when the
    title is only its shortened form, so nothing is said twice or cut."""
    title = goal["title"].rstrip("…").rstrip()
    if goal["statement"].startswith(title) or goal["statement"] == goal["title"]:
        return goal["statement"], None
    return goal["title"], goal["statement"]


_FLAG = re.compile(r"\s*\((?:--[a-z][a-z-]*[^)]*)\)|\s*--[a-z][a-z-]*(?:\s+[A-Z_]+)?")


def plain(text: str | None) -> str:
    """A suggestion in plain words: command-line flags taken out."""
    return _FLAG.sub("", text or "").replace(" ,", ",").strip()


def plain_reason(text: str) -> str:
    """A SMART reason in plain words (no command-line options)."""
    from clingoals.smart.scorer import in_plain_words

    return in_plain_words(text)


def _result(goal: dict) -> str | None:
    """What an achieved goal came to, against its target ("17.5 of 12
    hours", "$4,800 of $5,000"; a limit, or from a baseline, as
    :func:`_measure` says it); None when it had nothing to count."""
    m = goal["measure"]
    if m["target"] is None and not goal.get("limit"):
        return None
    if goal.get("limit") or m["baseline"]:  # a ceiling, or counted from a starting point: as an open goal's
        return _measure(goal)
    return f"{figure(m['current'] or 0, m['unit'])} of {amount(m['target'], m['unit'])}"


def achieved_facts(goal: dict) -> list[tuple[str, str]]:
    """An achieved goal's lines: when it was done, what it came to, what it serves, why."""
    rows = [("Done", f"{goal['done_on']} (due {goal['deadline']})" if goal["deadline"] else goal["done_on"]),
            ("Result", _result(goal)), ("Serves", ", ".join(goal.get("aspirations") or []) or None),
            ("Why", goal["why"])]
    return [(label, value) for label, value in rows if value]


def achieved_heading(data: dict) -> str:
    return f"Achieved since {data['achieved_since']}"


NOTHING_ACHIEVED = "No goal was marked done in this period."


def _facts(goal: dict) -> list[tuple[str, str]]:
    """The goal's lines, empty ones left out."""
    rows = [("Dates", f"{goal['start_date']} to {goal['deadline']} ({goal['status']})"),
            ("How progress is judged", _measure(goal)), ("Resources", _resources(goal)), ("Why", goal["why"])]
    return [(label, value) for label, value in rows if value]


# --- Markdown ---------------------------------------------------------------------------

def to_markdown(data: dict) -> str:
    out = ["# Personal development plan", "", f"Prepared {data['today']} for supervision.", ""]
    out += ["## Where I am heading", ""]
    out += [f"- **{a['name']}**" + (f": {a['description']}" if a["description"] else "") for a in data["aspirations"]] or [
        "- No aspirations declared yet."]
    out.append("")
    assessment = data.get("assessment")
    out += ["## Self-assessment", ""]
    if assessment:
        out.append(f"Assessed {assessment['assessed_on']}.")
        out.append("")
        for label, key in (("Strengths", "strengths"), ("Areas to grow", "growth"), ("Interests", "interests")):
            if assessment[key]:
                out.append(f"- {label}: {', '.join(assessment[key])}")
        for row in data.get("skills", []):
            change = "" if row["change"] is None else (
                f" ({row['change']:+d} since {data['previous_assessment']})" if row["change"]
                else f" (as on {data['previous_assessment']})")
            out.append(f"- {row['group']} skill {row['skill']}: {row['rating']}/5{change}")
    else:
        out.append("No self-assessment recorded yet.")
    out.append("")
    out += [f"## {achieved_heading(data)}", ""]
    for goal in data["achieved"]:
        title, statement = heading(goal)
        out += [f"### ✔ {title}", ""] + ([statement, ""] if statement else [])
        out += [f"- {label}: {value}" for label, value in achieved_facts(goal)] + [""]
    if not data["achieved"]:
        out += [NOTHING_ACHIEVED, ""]
    for title, goals in _groups(data["goals"]):
        out += [f"## {title}", ""]
        for goal in goals:
            score = goal["score"]
            title, statement = heading(goal)
            out += [f"### {title}", ""]
            if statement:
                out += [statement, ""]
            out += [f"- {label}: {value}" for label, value in _facts(goal)]
            out.append(f"- SMART: {score['total']}/10")
            out += ["", "| criterion | score | note |", "|---|---|---|"]
            for key, name in CRITERIA:
                c = score["criteria"][key]
                note = plain_reason(c["reason"]) + (f" Next: {plain(c['suggestion'])}" if c["suggestion"] else "")
                out.append(f"| {name} | {c['score']}/2 | {note.replace('|', '/')} |")
            if goal["steps"]:
                out += ["", "Action steps:", ""]
                out += [f"- [{'x' if s['done'] else ' '}] {s['text']}" + (f" (by {s['due']})" if s["due"] else "")
                        for s in goal["steps"]]
            out.append("")
    out += ["## Review rhythm", "", f"- Rhythm: {data['rhythm']}",
            f"- Last review: {data['last_review'] or 'none yet'}", f"- Next review: {data['next_review']}", ""]
    out += ["## Continuing education", ""]
    if data["ce"]:
        for result in data["ce"]:
            out.append(f"- **{result['name']}** ({result['profile']}): " +
                       (f"{status_words(result)}, none required; the cycle ends {result['cycle_end']}"
                        if result["status"] == "exempt" else
                        f"{_num(result['counted_hours'])} of {_num(result['required_hours'])} h, "
                        f"{_num(result['remaining_hours'])} h to go by {result['cycle_end']} ({status_words(result)})")
                       + (f"; next: {result['next']}" if result["next"] else ""))
        note = rules_note(r["profile_status"] for r in data["ce"])
        if note:
            out += ["", f"_{note}_"]
    else:
        out.append("No licenses recorded.")
    out.append("")
    if data.get("reflections") is not None:
        out += ["## Recent reflections", ""]
        for entry in data["reflections"]:
            out += [f"**{entry['date']} ({entry['kind']})**", "", entry["text"], ""]
        if not data["reflections"]:
            out += ["No reflections in the last 90 days.", ""]
    return "\n".join(out)


# --- HTML ------------------------------------------------------------------------------------

STYLE = """
body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; color: #222; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin-bottom: 0; }
h2 { font-size: 14pt; border-bottom: 1px solid #999; padding-bottom: .2em; margin-top: 1.6em; }
h3 { font-size: 12pt; margin: 0 0 .3em; }
.meta { color: #555; }
.goal { border: 1px solid #ccc; border-radius: 4px; padding: .7em 1em; margin: .8em 0; break-inside: avoid; page-break-inside: avoid; }
.achieved { border-color: #1b6e20; border-left-width: 4px; }
.total { float: right; font-weight: bold; margin-left: 1em; }
.nowrap { white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; font-size: 10pt; }
th, td { border: 1px solid #ddd; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.s0 { color: #a40000; font-weight: bold; } .s1 { color: #8a6d00; font-weight: bold; } .s2 { color: #1b6e20; font-weight: bold; }
ul.steps { list-style: none; padding-left: 0; } ul.steps li::before { content: "\\2610  "; } ul.steps li.done::before { content: "\\2611  "; }
.note { font-size: 9.5pt; color: #555; font-style: italic; }
figure { margin: .5em 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 9pt; color: #555; }
@page { margin: 18mm; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
"""


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def to_html(data: dict) -> str:
    today = dt.date.fromisoformat(data["today"])
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           "<title>Personal development plan</title>", f"<style>{STYLE}</style></head><body>",
           "<h1>Personal development plan</h1>", f"<p class=\"meta\">Prepared {_e(data['today'])} for supervision.</p>",
           "<h2>Where I am heading</h2><ul>"]
    out += [f"<li><strong>{_e(a['name'])}</strong>" + (f": {_e(a['description'])}" if a["description"] else "") + "</li>"
            for a in data["aspirations"]] or ["<li>No aspirations declared yet.</li>"]
    out.append("</ul><h2>Self-assessment</h2>")
    assessment = data.get("assessment")
    if assessment:
        out.append(f"<p class=\"meta\">Assessed {_e(assessment['assessed_on'])}.</p><ul>")
        for label, key in (("Strengths", "strengths"), ("Areas to grow", "growth"), ("Interests", "interests")):
            if assessment[key]:
                out.append(f"<li>{label}: {_e(', '.join(assessment[key]))}</li>")
        out.append("</ul>")
        if data.get("skills"):
            out.append("<table><tr><th>Group</th><th>Skill</th><th>Rating</th><th>Change</th></tr>")
            for row in data["skills"]:
                change = "new" if row["change"] is None else (f"{row['change']:+d}" if row["change"] else "same")
                out.append(f"<tr><td>{_e(row['group'])}</td><td>{_e(row['skill'])}</td><td>{row['rating']}/5</td>"
                           f"<td>{change}</td></tr>")
            out.append("</table>")
    else:
        out.append("<p>No self-assessment recorded yet.</p>")
    out.append(f"<h2>{_e(achieved_heading(data))}</h2>")
    for goal in data["achieved"]:
        title, statement = heading(goal)
        out.append(f"<div class=\"goal achieved\"><h3>&#10004; {_e(title)}</h3>"
                   + (f"<p>{_e(statement)}</p>" if statement else "") + "<ul>")
        out += [f"<li>{label}: {_e(value)}</li>" for label, value in achieved_facts(goal)]
        out.append("</ul></div>")
    if not data["achieved"]:
        out.append(f"<p>{NOTHING_ACHIEVED}</p>")
    for title, goals in _groups(data["goals"]):
        out.append(f"<h2>{_e(title)}</h2>")
        for goal in goals:
            score = goal["score"]
            title, statement = heading(goal)
            out.append(f"<div class=\"goal\"><span class=\"total\">SMART {score['total']}/10</span>"
                       f"<h3>{_e(title)}</h3>" + (f"<p>{_e(statement)}</p>" if statement else "") + "<ul>")
            out += [f"<li>{label}: {_e(value)}</li>" for label, value in _facts(goal)]
            out.append("</ul>")
            # a spending limit has no steady pace toward it to draw
            chart = None if goal.get("limit") else charts.progress_svg(goal, goal.get("progress_log", []), today)
            if chart:
                out.append(f"<figure>{chart}<figcaption>Progress (solid) against the steady pace needed "
                           "(dashed)</figcaption></figure>")
            out.append("<table><tr><th>Criterion</th><th>Score</th><th>Note</th></tr>")
            for key, name in CRITERIA:
                c = score["criteria"][key]
                fix = f"<br><em>Next: {_e(plain(c['suggestion']))}</em>" if c["suggestion"] else ""
                out.append(f"<tr><td>{name}</td><td class=\"s{c['score']}\">{c['score']}/2</td>"
                           f"<td>{_e(plain_reason(c['reason']))}{fix}</td></tr>")
            out.append("</table>")
            if goal["steps"]:
                out.append("<p>Action steps:</p><ul class=\"steps\">")
                for step in goal["steps"]:
                    css = ' class="done"' if step["done"] else ""
                    due = f" (by {_e(step['due'])})" if step["due"] else ""
                    out.append(f"<li{css}>{_e(step['text'])}{due}</li>")
                out.append("</ul>")
            out.append("</div>")
    out.append(f"<h2>Review rhythm</h2><ul><li>Rhythm: {_e(data['rhythm'])}</li>"
               f"<li>Last review: {_e(data['last_review'] or 'none yet')}</li>"
               f"<li>Next review: {_e(data['next_review'])}</li></ul><h2>Continuing education</h2>")
    if data["ce"]:
        out.append("<table><tr><th>License</th><th>Counted</th><th>Required</th><th>To go</th><th>Cycle ends</th>"
                   "<th>Status</th><th>Next</th></tr>")
        for r in data["ce"]:
            out.append(f"<tr><td>{_e(r['name'])}</td><td>{_num(r['counted_hours'])} h</td>"
                       f"<td>{_num(r['required_hours'])} h</td><td>{_num(r['remaining_hours'])} h</td>"
                       f"<td class=\"nowrap\">{_e(r['cycle_end'])}</td><td>{_e(status_words(r))}</td>"
                       f"<td>{_e(r['next'] or '')}</td></tr>")
        out.append("</table>")
        for r in data["ce"]:
            if r.get("monthly"):
                monthly = [(dt.date.fromisoformat(m), h) for m, h in r["monthly"]]
                out.append(f"<figure>{charts.ce_cycle_svg(monthly, r['required_hours'], today, counted=r['counted_hours'])}"
                           f"<figcaption>{_e(r['name'])}: CE hours by month of the cycle {_e(r['cycle_start'])} to "
                           f"{_e(r['cycle_end'])} (bars), the running total of hours earned (line) and the "
                           "hours required (dashed); the table above says how many count</figcaption></figure>")
        note = rules_note(r["profile_status"] for r in data["ce"])
        if note:
            out.append(f"<p class=\"note\">{_e(note)}</p>")
    else:
        out.append("<p>No licenses recorded.</p>")
    if data.get("reflections") is not None:
        out.append("<h2>Recent reflections</h2>")
        for entry in data["reflections"]:
            text = "<br>".join(_e(line) for line in entry["text"].splitlines())
            out.append(f"<div class=\"goal\"><h3>{_e(entry['date'])} ({_e(entry['kind'])})</h3><p>{text}</p></div>")
        if not data["reflections"]:
            out.append("<p>No reflections in the last 90 days.</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
