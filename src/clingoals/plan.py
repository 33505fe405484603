"""The personal development plan (PDP): the document a clinician takes to
supervision, as Markdown or as one self-contained HTML page that prints well.

Pure: the plan's data in (built by the CLI from the store), text out. The
HTML has its styles inline and no external references of any kind.
"""

from __future__ import annotations

import html

CRITERIA = (("specific", "Specific"), ("measurable", "Measurable"), ("achievable", "Achievable"),
            ("relevant", "Relevant"), ("time_bound", "Time-bound"))
GROUPS = (("short", "professional", "Short-term professional goals"),
          ("long", "professional", "Long-term professional goals"),
          ("short", "personal", "Short-term personal goals"),
          ("long", "personal", "Long-term personal goals"))


def _groups(goals: list[dict]):
    for horizon, domain, title in GROUPS:
        members = [g for g in goals if g["horizon"] == horizon and g["domain"] == domain]
        if members:
            yield title, members


def _num(value) -> str:
    return "—" if value is None else f"{value:g}"


def _measure(goal: dict) -> str:
    m = goal["measure"]
    parts = []
    if m["metric"]:
        parts.append(m["metric"])
    if m["target"] is not None:
        parts.append(f"target {_num(m['target'])} {m['unit'] or ''}".strip())
        parts.append(f"now {_num(m['current'] or 0)}")
        if m["baseline"] is not None:
            parts.append(f"from {_num(m['baseline'])}")
    return "; ".join(parts) or "a checkable outcome by the deadline (see statement)"


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
            change = "" if row["change"] is None else f" ({row['change']:+d} since {data['previous_assessment']})"
            out.append(f"- {row['group']} skill {row['skill']}: {row['rating']}/5{change}")
    else:
        out.append("No self-assessment recorded yet (goals profile add).")
    out.append("")
    for title, goals in _groups(data["goals"]):
        out += [f"## {title}", ""]
        for goal in goals:
            score = goal["score"]
            out += [f"### {goal['title']} (SMART {score['total']}/10)", "",
                    f"{goal['statement']}", "",
                    f"- Dates: {goal['start_date']} to {goal['deadline']} ({goal['status']})",
                    f"- How progress is judged: {_measure(goal)}"]
            if goal["plan"] or goal["hours_per_week"] is not None:
                out.append(f"- Resources: {goal['plan'] or ''}"
                           + (f" ({_num(goal['hours_per_week'])} h a week)" if goal["hours_per_week"] is not None else ""))
            if goal["why"]:
                out.append(f"- Why: {goal['why']}")
            out += ["", "| criterion | score | note |", "|---|---|---|"]
            for key, name in CRITERIA:
                c = score["criteria"][key]
                note = c["reason"] + (f" Fix: {c['suggestion']}" if c["suggestion"] else "")
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
            out.append(f"- **{result['name']}** ({result['profile']}): {_num(result['counted_hours'])} of "
                       f"{_num(result['required_hours'])} h, {_num(result['remaining_hours'])} h to go by "
                       f"{result['cycle_end']} ({result['status'].replace('_', ' ')})"
                       + (f"; next: {result['next']}" if result["next"] else ""))
        out += ["", "_Example requirement profiles hold numbers gathered from board rules: verify them with your board._"]
    else:
        out.append("No licences recorded.")
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
.total { float: right; font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; font-size: 10pt; }
th, td { border: 1px solid #ddd; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.s0 { color: #a40000; font-weight: bold; } .s1 { color: #8a6d00; font-weight: bold; } .s2 { color: #1b6e20; font-weight: bold; }
ul.steps { list-style: none; padding-left: 0; } ul.steps li::before { content: "\\2610  "; } ul.steps li.done::before { content: "\\2611  "; }
.note { font-size: 9.5pt; color: #555; font-style: italic; }
@page { margin: 18mm; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
"""


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def to_html(data: dict) -> str:
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
                change = "new" if row["change"] is None else f"{row['change']:+d}"
                out.append(f"<tr><td>{_e(row['group'])}</td><td>{_e(row['skill'])}</td><td>{row['rating']}/5</td>"
                           f"<td>{change}</td></tr>")
            out.append("</table>")
    else:
        out.append("<p>No self-assessment recorded yet.</p>")
    for title, goals in _groups(data["goals"]):
        out.append(f"<h2>{_e(title)}</h2>")
        for goal in goals:
            score = goal["score"]
            out.append(f"<div class=\"goal\"><span class=\"total\">SMART {score['total']}/10</span>"
                       f"<h3>{_e(goal['title'])}</h3><p>{_e(goal['statement'])}</p><ul>"
                       f"<li>Dates: {_e(goal['start_date'])} to {_e(goal['deadline'])} ({_e(goal['status'])})</li>"
                       f"<li>How progress is judged: {_e(_measure(goal))}</li>")
            if goal["plan"] or goal["hours_per_week"] is not None:
                hours = f" ({_num(goal['hours_per_week'])} h a week)" if goal["hours_per_week"] is not None else ""
                out.append(f"<li>Resources: {_e(goal['plan'] or '')}{hours}</li>")
            if goal["why"]:
                out.append(f"<li>Why: {_e(goal['why'])}</li>")
            out.append("</ul><table><tr><th>Criterion</th><th>Score</th><th>Note</th></tr>")
            for key, name in CRITERIA:
                c = score["criteria"][key]
                fix = f"<br><em>Fix: {_e(c['suggestion'])}</em>" if c["suggestion"] else ""
                out.append(f"<tr><td>{name}</td><td class=\"s{c['score']}\">{c['score']}/2</td>"
                           f"<td>{_e(c['reason'])}{fix}</td></tr>")
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
        out.append("<table><tr><th>Licence</th><th>Counted</th><th>Required</th><th>To go</th><th>Cycle ends</th>"
                   "<th>Status</th><th>Next</th></tr>")
        for r in data["ce"]:
            out.append(f"<tr><td>{_e(r['name'])}</td><td>{_num(r['counted_hours'])} h</td>"
                       f"<td>{_num(r['required_hours'])} h</td><td>{_num(r['remaining_hours'])} h</td>"
                       f"<td>{_e(r['cycle_end'])}</td><td>{_e(r['status'].replace('_', ' '))}</td>"
                       f"<td>{_e(r['next'] or '')}</td></tr>")
        out.append("</table><p class=\"note\">Example requirement profiles hold numbers gathered from board rules: "
                   "verify them with your board.</p>")
    else:
        out.append("<p>No licences recorded.</p>")
    if data.get("reflections") is not None:
        out.append("<h2>Recent reflections</h2>")
        for entry in data["reflections"]:
            text = "<br>".join(_e(line) for line in entry["text"].splitlines())
            out.append(f"<div class=\"goal\"><h3>{_e(entry['date'])} ({_e(entry['kind'])})</h3><p>{text}</p></div>")
        if not data["reflections"]:
            out.append("<p>No reflections in the last 90 days.</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
