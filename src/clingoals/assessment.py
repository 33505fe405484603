"""Self-assessment: strengths, areas to grow, interests, and a skills
inventory in three groups rated 1-5, dated so they can be compared. Pure."""

from __future__ import annotations

import re

from clingoals.errors import InvalidInput

SKILL_GROUPS = ("clinical", "interpersonal", "administrative")
SKILL = re.compile(r"\s*(?P<group>[a-z]+)\s*:\s*(?P<name>[^=]+?)\s*=\s*(?P<rating>\S+)\s*$", re.IGNORECASE)


def parse_skill(text: str) -> tuple[str, str, int]:
    """'clinical:CBT=4' -> ('clinical', 'CBT', 4)."""
    match = SKILL.match(text or "")
    if not match:
        raise InvalidInput(f"Can't read the skill {text!r}; write GROUP:SKILL=RATING, e.g. clinical:CBT=4.")
    group = match.group("group").lower()
    if group not in SKILL_GROUPS:
        raise InvalidInput(f"Unknown skill group {group!r}; use {', '.join(SKILL_GROUPS)}.")
    try:
        rating = int(match.group("rating"))
    except ValueError:
        rating = 0
    if not 1 <= rating <= 5:
        raise InvalidInput(f"Rate {match.group('name')!r} from 1 to 5 (got {match.group('rating')!r}).")
    return group, match.group("name").strip(), rating


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
