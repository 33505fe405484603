"""Self-assessment: strengths, areas to grow, interests, and a skills
inventory in three groups rated 1-5, dated so they can be compared. Pure."""

from __future__ import annotations

import datetime as dt
import re

from clingoals.errors import InvalidInput

SKILL_GROUPS = ("clinical", "interpersonal", "administrative")
# What each group holds (clinician-careers.md), so a skill that fits no group name, such as
# supervising or teaching, is told where it goes rather than only that its group is unknown.
SKILL_GROUP_SCOPE = {
    "clinical": "modalities and evidence-based practice, e.g. CBT, EMDR, assessment",
    "interpersonal": "rapport, conflict, teaching and supervising others",
    "administrative": "documentation, billing, caseload management",
}
SKILL = re.compile(r"\s*(?P<group>[a-z]+)\s*:\s*(?P<name>[^=]+?)\s*=\s*(?P<rating>\S+)\s*$", re.IGNORECASE)


def parse_skill(text: str) -> tuple[str, str, int]:
    """'clinical:CBT=4' -> ('clinical', 'CBT', 4)."""
    match = SKILL.match(text or "")
    if not match:
        raise InvalidInput(f"Can't read the skill {text!r}; write GROUP:SKILL=RATING, e.g. clinical:CBT=4.")
    group = check_group(match.group("group").lower())
    try:
        rating = int(match.group("rating"))
    except ValueError:
        rating = match.group("rating")
    return group, match.group("name").strip(), check_rating(match.group("name").strip(), rating)


def check_group(group: str) -> str:
    if group not in SKILL_GROUPS:
        scopes = "; ".join(f"{name} ({scope})" for name, scope in SKILL_GROUP_SCOPE.items())
        raise InvalidInput(f"Unknown skill group {group!r}; use {scopes}.")
    return group


def check_rating(name: str, rating) -> int:
    """A skill is rated with a whole number from 1 to 5."""
    if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
        raise InvalidInput(f"Rate {name!r} from 1 to 5 (got {str(rating)!r}).")
    return rating


def check_assessed_on(day: dt.date, today: dt.date) -> dt.date:
    from clingoals.goal import check_not_future

    return check_not_future(day, today, "assess yourself as of a day that happened")


def skills_from(specs: list[str]) -> dict[str, dict[str, int]]:
    skills: dict[str, dict[str, int]] = {}
    for spec in specs:
        group, name, rating = parse_skill(spec)
        skills.setdefault(group, {})[name] = rating
    return {group: dict(sorted(items.items())) for group, items in sorted(skills.items())}


def compare(older: dict | None, newer: dict) -> list[dict]:
    """Each skill of the newer assessment with its change since the older one."""
    rows = []
    for group in SKILL_GROUPS:
        for name, rating in newer["skills"].get(group, {}).items():
            before = (older or {}).get("skills", {}).get(group, {}).get(name) if older else None
            rows.append({"group": group, "skill": name, "rating": rating, "previous": before,
                         "change": None if before is None else rating - before})
    return rows
