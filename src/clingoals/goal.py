"""What a goal is, apart from where it is stored: statuses, derived fields
(horizon, days left, progress) and the JSON shape other tools depend on.

Pure: records in, plain data out; ``today`` is always an argument.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateutil.relativedelta import relativedelta

from clingoals.errors import InvalidInput

STATUSES = ("draft", "active", "paused", "done", "dropped")
OPEN_STATUSES = ("draft", "active", "paused")
HORIZONS = ("short", "long")
DOMAINS = ("professional", "personal")
SHORT_TERM_MONTHS = 12
TITLE_LENGTH = 60


def derive_horizon(start: dt.date, deadline: dt.date) -> str:
    """Short-term when the deadline is within 12 months of the start."""
    return "short" if deadline <= start + relativedelta(months=SHORT_TERM_MONTHS) else "long"


def make_title(statement: str) -> str:
    """A short title from the statement: first line, cut at a word boundary."""
    line = " ".join(statement.split())
    if len(line) <= TITLE_LENGTH:
        return line.rstrip(".")
    cut = line[:TITLE_LENGTH].rsplit(" ", 1)[0] or line[:TITLE_LENGTH]
    return cut.rstrip(",;:.") + "…"


def as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def check_status(status: str) -> str:
    status = status.strip().lower()
    if status not in STATUSES:
        raise InvalidInput(f"Unknown status {status!r}; use one of: {', '.join(STATUSES)}.")
    return status


def check_confidence(confidence: int | None) -> int | None:
    if confidence is not None and not 0 <= confidence <= 10:
        raise InvalidInput(f"Confidence must be between 0 and 10 (got {confidence}).")
    return confidence


def check_number(name: str, value: float | None, *, allow_zero: bool = True) -> float | None:
    """Targets, baselines and hours: finite and not negative."""
    if value is None:
        return None
    if value != value or value in (float("inf"), float("-inf")):
        raise InvalidInput(f"{name} must be a real number (got {value}).")
    if value < 0 or (value == 0 and not allow_zero):
        raise InvalidInput(f"{name} must be {'zero or more' if allow_zero else 'more than zero'} (got {value:g}).")
    return value


def check_dates(start: dt.date, deadline: dt.date) -> None:
    if deadline < start:
        raise InvalidInput(
            f"The deadline {deadline.isoformat()} is before the start date {start.isoformat()}."
        )


def check_statement(statement: str | None) -> str:
    text = (statement or "").strip()
    if not text:
        raise InvalidInput("The goal statement is empty; say in one sentence what you want to achieve.")
    return text


def horizon_of(record: dict) -> str:
    return record.get("horizon_override") or derive_horizon(
        as_date(record["start_date"]), as_date(record["deadline"])
    )


def progress_fraction(current: float | None, target: float | None) -> float | None:
    if not target:
        return None
    return max(0.0, min(1.0, (current or 0.0) / target))


def days_left(deadline: Any, today: dt.date) -> int:
    return (as_date(deadline) - today).days


def is_overdue(record: dict, today: dt.date) -> bool:
    return record["status"] in ("active", "paused") and days_left(record["deadline"], today) < 0


def goal_json(record: dict, today: dt.date, score: dict | None = None) -> dict:
    """The public JSON shape of one goal (``goals show --json``)."""
    steps = record.get("steps", [])
    data = {
        "id": record["id"],
        "uuid": record["uuid"],
        "title": record["title"],
        "statement": record["statement"],
        "status": record["status"],
        "domain": record["domain"],
        "category": record["category"],
        "horizon": horizon_of(record),
        "start_date": str(record["start_date"]),
        "deadline": str(record["deadline"]),
        "days_left": days_left(record["deadline"], today),
        "specific": record["specific"],
        "measure": {
            "metric": record["metric"],
            "target": record["target"],
            "unit": record["unit"],
            "baseline": record["baseline"],
            "current": record["current"],
        },
        "progress": progress_fraction(record["current"], record["target"]),
        "plan": record["plan"],
        "hours_per_week": record["hours_per_week"],
        "why": record["why"],
        "aspirations": list(record.get("aspirations", [])),
        "parent_id": record["parent_id"],
        "confidence": record["confidence"],
        "steps": [
            {"id": s["id"], "text": s["text"], "due": s["due"], "done": bool(s["done"]),
             "done_at": s.get("done_at")}
            for s in steps
        ],
        "steps_done": sum(1 for s in steps if s["done"]),
        "tags": list(record.get("tags", [])),
        "created_at": record["created_at"],
        "updated_at": record["updated_at"],
        "last_activity": record.get("last_activity"),
    }
    if score is not None:
        data["score"] = score
    return data


def check_progress(goal_id: int, current: float | None, value: float, unit: str | None = None) -> float:
    """Progress to log: a real number; a negative one is a correction and may
    not take the total below zero."""
    if value != value or value in (float("inf"), float("-inf")):
        raise InvalidInput(f"Progress must be a real number (got {value}).")
    if value < 0 and (current or 0) + value < -1e-9:
        unit = f" {unit}" if unit else ""
        raise InvalidInput(f"Goal {goal_id} has {current or 0:g}{unit} logged; subtracting {-value:g} "
                           f"would go below zero.")
    return value
