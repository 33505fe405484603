"""The audit bundle's contents: certificate names and the readable summary
page (Markdown). Pure: the caller writes the zip."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePosixPath, PureWindowsPath

from clingoals.ce.profiles import EXAMPLE_WARNING, OWN_PROFILE, Profile, as_number
from clingoals.ce.records import amount_text
from clingoals.ce.tally import status_words


def _safe_name(name: str, fallback: str) -> str:
    """A bare file name: no folders, no control characters, not hidden."""
    base = PureWindowsPath(PurePosixPath(name).name).name
    base = re.sub(r"[\x00-\x1f\x7f/\\:*?\"<>|]", "_", base).strip(" .")
    return base or fallback


def certificate_names(credits: list[dict]) -> dict[int, str]:
    """Credit id -> the certificate's name in the bundle: its original file
    name, made unique ("ethics.pdf", "ethics (2).pdf"). credits.csv and the
    zip use the same names."""
    names: dict[int, str] = {}
    taken: set[str] = set()
    for credit in credits:
        if not credit.get("certificate"):
            continue
        original = _safe_name(credit.get("certificate_original") or credit["certificate"],
                              f"credit-{credit['id']}")
        stem, dot, suffix = original.rpartition(".")
        if not dot or not stem:
            stem, suffix = original, ""
        name, n = original, 1
        while name.lower() in taken:
            n += 1
            name = f"{stem} ({n}).{suffix}" if suffix else f"{stem} ({n})"
        taken.add(name.lower())
        names[credit["id"]] = name
    return names


def summary_markdown(license_record: dict, profile: Profile, result: dict, credits: list[dict],
                     missing: list[dict], today: dt.date, names: dict[int, str] | None = None) -> str:
    """``credits`` are the cycle's credits as :func:`records.credit_json`
    gives them for this license (hours from the license's unit table)."""
    names = names or {}
    standing = OWN_PROFILE if profile.is_custom else profile.status
    effective = f", effective {profile.effective_from.isoformat()}" if profile.effective_from else ""
    lines = [
        f"# CE audit summary: {license_record['name']}",
        "",
        f"- License number: {license_record['number'] or 'not recorded'}",
        f"- Requirement profile: {profile.name} ({profile.id}, {standing}){effective}",
        f"- Cycle: {result['cycle_start']} to {result['cycle_end']} ({result['cycle_label']})",
        f"- Prepared: {today.isoformat()}",
        f"- Required: {result['required_hours']:g} h; counted toward the total: {result['counted_hours']:g} h; "
        f"carried over: {result['carry_over_hours']:g} h; still to earn: {result['remaining_hours']:g} h; "
        f"status: {status_words(result)}",
        "",
    ]
    if result.get("remaining_note"):
        lines += [f"  {result['remaining_note']}", ""]
    if profile.is_example:
        lines += [f"> Note: {EXAMPLE_WARNING}.", ""]
    lines += ["> clingoals is not a system of record for any board.", ""]
    if result["categories"]:
        lines += ["## Category minimums", "", "| category | required | counted | remaining |", "|---|---|---|---|"]
        lines += [f"| {c['category']} | {c['required']:g} | {c['counted']:g} | {c['remaining']:g} |"
                  for c in result["categories"]]
        lines.append("")
    once_met = result.get("once_met", [])
    if result["completions"] or result["deadlines"] or once_met:
        lines += ["## Other requirements", ""]
        # a one-time minimum met before this cycle: by its credits, or ticked (`license done`) with no credit here
        lines += [f"- {m['category']} ({m['hours']:g} h, once): met {m['met_on']}"
                  + (" (recorded as done, no credit)" if m.get("ticked") else " (credits before this cycle)")
                  for m in once_met]
        lines += [f"- {c['name']}: " + (f"done {c['done']}" if c["done"] else "not done") for c in result["completions"]]
        lines += [f"- {d['requirement']}: " + ("met" if d["met"] else "not met") + (f" (due {d['due']})" if d["due"] else "")
                  for d in result["deadlines"]]
        lines.append("")
    share = result.get("provider_share")
    if share:
        lines += ["## Provider share", "",
                  f"- At least {share['required_hours']:g} h from {', '.join(share['provider_types'])}; "
                  f"counted: {share['counted_hours']:g} h; still needed: {share['remaining_hours']:g} h "
                  "(each credit's provider type is in the table below and in credits.csv)", ""]
    if result["caps"] or result["activities"] or result["maximums"]:
        lines += ["## Caps", "", "| rule | at most | logged | counted |", "|---|---|---|---|"]
        lines += [f"| {c['format']} | {c['max_hours']:g} | {c['logged_hours']:g} | {c['counted_hours']:g} |"
                  for c in result["caps"]]
        lines += [f"| {a['activity']} (x{a['multiplier']:g}) | {'' if a['max_hours'] is None else format(a['max_hours'], 'g')} "
                  f"| {a['logged_hours']:g} | {a['counted_hours']:g} |" for a in result["activities"]]
        lines += [f"| {m['category']} | {m['max_hours']:g} | {m['logged_hours']:g} | {m['counted_hours']:g} |"
                  for m in result["maximums"]]
        lines.append("")
    lines += ["## Credits in this cycle", "",
              "| id | date | title | amount | hours | format | categories | provider | provider type | approver "
              "| certificate |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    missing_ids = {c["id"] for c in missing}
    for c in credits:
        certificate = "MISSING" if c["id"] in missing_ids else f"certificates/{names.get(c['id'], '')}"
        title = c["title"] + (f" (make-up, completed {c['date']})" if c["date"] > result["cycle_end"] else "")
        hours = c["hours_by_license"].get(license_record["name"], c["hours"])
        lines.append(f"| {c['id']} | {c['date']} | {title} | {amount_text(c)} | {as_number(hours):g} "
                     f"| {c['format']} | {', '.join(c['categories'])} | {c['provider'] or ''} "
                     f"| {c.get('provider_type') or ''} | {c['approver'] or ''} | {certificate} |")
    lines.append("")
    if missing:
        lines += ["## Missing certificates", ""]
        lines += [f"- {c['id']}: {c['title']} ({c['date']})" for c in missing]
        lines.append("")
    if profile.sources:
        lines += ["## Sources of the rules", ""] + [f"- {s}" for s in profile.sources] + [""]
    return "\n".join(lines)
