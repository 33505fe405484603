"""CE credits as the user types them: validation, CSV in and out, and the
shapes shown by ``goals ce list/show --json``. Pure: data and today in.

CSV columns (import and export): title, hours, unit, date, format,
categories, provider, approver, licenses, certificate, goal. Only title,
hours, date and format are required; categories and licenses are separated
by semicolons; unit defaults to hours.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re

from clingoals.ce.profiles import CATEGORY, DEFAULT_UNITS, FORMATS, UNITS, Profile
from clingoals.ce.tally import Credit
from clingoals.dates import parse_date
from clingoals.errors import ClingoalsError, InvalidInput
from clingoals.spreadsheet import read_cell, safe_cell

CSV_COLUMNS = ("title", "hours", "unit", "date", "format", "categories", "provider", "approver",
               "licenses", "certificate", "goal")
REQUIRED_COLUMNS = ("title", "hours", "date", "format")


def normalise_category(text: str) -> str:
    """'Cultural Diversity' -> 'cultural-diversity'."""
    category = re.sub(r"[\s_]+", "-", text.strip().lower())
    if not CATEGORY.fullmatch(category):
        raise InvalidInput(f"Category {text!r} can't be used; use words like 'ethics' or 'cultural-diversity'.")
    return category


def check_amount(amount: float) -> float:
    if amount is None or not math.isfinite(amount) or amount <= 0:
        raise InvalidInput(f"Hours must be a number above zero (got {amount}).")
    if amount > 1000:
        raise InvalidInput(f"{amount:g} is more than any one course gives; check the number.")
    return amount


def check_unit(unit: str) -> str:
    unit = unit.strip().lower().replace("_", "-")
    if unit in ("hour", "h", "contact-hours", "contact-hour"):
        unit = "hours"
    if unit in ("ceus",):
        unit = "ceu"
    if unit not in UNITS:
        raise InvalidInput(f"Unknown unit {unit!r}; use one of {', '.join(UNITS)}.")
    return unit


def check_format(fmt: str) -> str:
    fmt = fmt.strip().lower()
    if fmt not in FORMATS:
        raise InvalidInput(f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")
    return fmt


def check_credit_date(day: dt.date, today: dt.date) -> dt.date:
    if day > today:
        raise InvalidInput(f"{day.isoformat()} is in the future; add a credit once you've earned it.")
    return day


def default_hours(amount: float, unit: str) -> float:
    """Hours with the standard conversions (1 CEU = 10 h); a profile may differ."""
    return round(amount * (1.0 if unit == "hours" else DEFAULT_UNITS[unit.replace("-", "_")]), 2)


def is_duplicate(existing: list[dict], title: str, provider: str | None, day: dt.date) -> dict | None:
    for credit in existing:
        if (credit["title"].strip().lower() == title.strip().lower()
                and (credit["provider"] or "").strip().lower() == (provider or "").strip().lower()
                and credit["date"] == day.isoformat()):
            return credit
    return None


def tally_credit(record: dict) -> Credit:
    return Credit(record["id"], record["title"], record["amount"], record["unit"],
                  dt.date.fromisoformat(record["date"]), record["format"], tuple(record["categories"]))


def credit_json(record: dict, profile: Profile | None = None) -> dict:
    hours = (round(record["amount"] * profile.hours_per_unit(record["unit"]), 2) if profile
             else default_hours(record["amount"], record["unit"]))
    return {
        "id": record["id"], "uuid": record["uuid"], "title": record["title"],
        "amount": record["amount"], "unit": record["unit"], "hours": hours, "date": record["date"],
        "format": record["format"], "categories": record["categories"], "provider": record["provider"],
        "approver": record["approver"], "licenses": record["licenses"], "goal_id": record["goal_id"],
        "certificate": record["certificate"], "certificate_original": record["certificate_original"],
    }


def parse_csv(text: str, today: dt.date) -> list[dict]:
    """Rows of a CE CSV as validated fields. The first bad row raises an
    error naming the row (counted as in a spreadsheet: the header is row 1)."""
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise InvalidInput(f"The CSV lacks the column(s) {', '.join(missing)}; "
                           f"expected columns: {', '.join(CSV_COLUMNS)}.")
    unknown = [h for h in header if h not in CSV_COLUMNS]
    if unknown:
        raise InvalidInput(f"Unknown CSV column(s) {', '.join(unknown)}; expected: {', '.join(CSV_COLUMNS)}.")
    rows = []
    for number, raw in enumerate(reader, start=2):
        row = {k.strip().lower(): read_cell((v or "").strip()) for k, v in raw.items() if k is not None}
        if None in raw:
            raise InvalidInput(f"Row {number}: more values than columns.")
        if not any(row.values()):
            continue
        try:
            title = row["title"]
            if not title:
                raise InvalidInput("the title is empty")
            try:
                amount = float(row["hours"])
            except ValueError:
                raise InvalidInput(f"hours {row['hours']!r} is not a number") from None
            goal = row.get("goal") or None
            if goal is not None and not goal.isdigit():
                raise InvalidInput(f"goal {goal!r} is not a goal id")
            rows.append({
                "title": title,
                "amount": check_amount(amount),
                "unit": check_unit(row.get("unit") or "hours"),
                "entry_date": check_credit_date(parse_date(row["date"], today), today),
                "format": check_format(row["format"]),
                "categories": [normalise_category(c) for c in (row.get("categories") or "").split(";") if c.strip()],
                "provider": row.get("provider") or None,
                "approver": row.get("approver") or None,
                "licenses": [n.strip() for n in (row.get("licenses") or "").split(";") if n.strip()],
                "certificate": row.get("certificate") or None,
                "goal_id": int(goal) if goal else None,
                "row": number,
            })
        except ClingoalsError as error:
            message = str(error)
            raise InvalidInput(f"Row {number}: {message[0].lower() + message[1:]} Nothing was imported.") from None
    return rows


def to_csv(credits: list[dict], certificates: dict[int, str] | None = None) -> str:
    """The credits in the import columns, spreadsheet-safe (see
    :mod:`clingoals.spreadsheet`). ``certificates`` maps a credit id to the
    path of its certificate relative to the CSV (default: the original name)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for c in credits:
        certificate = (certificates or {}).get(c["id"], "") if certificates is not None else c["certificate_original"]
        writer.writerow([safe_cell(v) for v in (
            c["title"], f"{c['amount']:g}", c["unit"], c["date"], c["format"], ";".join(c["categories"]),
            c["provider"], c["approver"], ";".join(c["licenses"]), certificate, c["goal_id"])])
    return out.getvalue()
