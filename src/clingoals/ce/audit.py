"""The readable summary page of an audit bundle (Markdown). Pure."""

from __future__ import annotations

import datetime as dt

from clingoals.ce.profiles import EXAMPLE_WARNING, Profile
from clingoals.ce.records import default_hours


def summary_markdown(license_record: dict, profile: Profile, result: dict, credits: list[dict],
                     missing: list[dict], today: dt.date) -> str:
    lines = [
        f"# CE audit summary: {license_record['name']}",
        "",
        f"- License number: {license_record['number'] or 'not recorded'}",
        f"- Requirement profile: {profile.name} ({profile.id}), effective {profile.effective_from.isoformat()}",
        f"- Cycle: {result['cycle_start']} to {result['cycle_end']} (cycle {result['cycle_number']})",
        f"- Prepared: {today.isoformat()}",
        f"- Required: {result['required_hours']:g} h; counted: {result['counted_hours']:g} h; "
        f"carried over: {result['carry_over_hours']:g} h; remaining: {result['remaining_hours']:g} h; "
        f"status: {result['status'].replace('_', ' ')}",
        "",
    ]
    if profile.is_example:
        lines += [f"> Note: {EXAMPLE_WARNING}.", ""]
    lines += ["> clingoals is not a system of record for any board.", ""]
    if result["categories"]:
        lines += ["## Category minimums", "", "| category | required | counted | remaining |", "|---|---|---|---|"]
        lines += [f"| {c['category']} | {c['required']:g} | {c['counted']:g} | {c['remaining']:g} |"
                  for c in result["categories"]]
        lines.append("")
    if result["caps"]:
        lines += ["## Caps", "", "| format | at most | logged | counted |", "|---|---|---|---|"]
        lines += [f"| {c['format']} | {c['max_hours']:g} | {c['logged_hours']:g} | {c['counted_hours']:g} |"
                  for c in result["caps"]]
        lines.append("")
    lines += ["## Credits in this cycle", "",
              "| id | date | title | hours | format | categories | provider | approver | certificate |",
              "|---|---|---|---|---|---|---|---|---|"]
    missing_ids = {c["id"] for c in missing}
    for c in credits:
        certificate = "MISSING" if c["id"] in missing_ids else f"certificates/{c['id']:04d}-{c['certificate']}"
        lines.append(f"| {c['id']} | {c['date']} | {c['title']} | {default_hours(c['amount'], c['unit']):g} "
                     f"| {c['format']} | {', '.join(c['categories'])} | {c['provider'] or ''} "
                     f"| {c['approver'] or ''} | {certificate} |")
    lines.append("")
    if missing:
        lines += ["## Missing certificates", ""]
        lines += [f"- {c['id']}: {c['title']} ({c['date']})" for c in missing]
        lines.append("")
    lines += ["## Sources of the rules", ""] + [f"- {s}" for s in profile.sources] + [""]
    return "\n".join(lines)
