"""CE credits as the user types them: validation, CSV in and out, and the
shapes shown by ``goals ce list/show --json``. Pure: data and today in.

CSV columns (import and export): title, hours, unit, date, format,
categories, provider, approver, licenses, certificate, goal, activity,
provider_type, counts_in. Only title, hours, date and format are required;
categories and licenses are separated by semicolons; unit defaults to hours,
activity to course; counts_in (a date) makes the credit count in the cycle
holding that date (a make-up credit).

Hours shown for a credit always come from the unit table of the licenses it
counts for (:func:`credit_hours`): the same conversion the tally uses.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from clingoals.ce.profiles import ACTIVITIES, CATEGORY, FORMATS, OUTSIZED_CREDIT_HOURS, UNITS, Profile, as_number
from clingoals.ce.tally import Credit
from clingoals.dates import parse_date, parse_happened
from clingoals.errors import ClingoalsError, InvalidInput, sentence
from clingoals.numbers import number as shown, plural
from clingoals.spreadsheet import read_cell, safe_cell

CSV_COLUMNS = ("title", "hours", "unit", "date", "format", "categories", "provider", "approver",
               "licenses", "certificate", "goal", "activity", "provider_type", "counts_in", "goal_uuid")
# ``goal_uuid`` (written by `ce export`): which goal ``goal`` was in the home the CSV came from. An id
# names a goal of one home only; the uuid finds the same goal in another (restored from an export), and
# never another goal that has the same id there. An audit bundle leaves it out.
# The conversion for a credit that counts for no license yet: the standard table.
STANDARD = Profile(id="standard", name="standard units", cycle_months=12, total_hours=1)
REQUIRED_COLUMNS = ("title", "hours", "date", "format")


def normalise_category(text: str) -> str:
    """'Cultural Diversity' -> 'cultural-diversity'."""
    category = re.sub(r"[\s_]+", "-", text.strip().lower())
    if not CATEGORY.fullmatch(category):
        raise InvalidInput(f"Category {text!r} can't be used; use words like 'ethics' or 'cultural-diversity'.")
    return category


def check_title(title: str) -> str:
    """A credit's title as on the certificate: never empty."""
    if not (title or "").strip():
        raise InvalidInput("The title can't be empty; give the course or activity as on the certificate.")
    return title.strip()


def check_amount(amount: float, unit: str = "hours") -> float:
    """A credit's amount in ``unit``: above zero, and at most 1000 hours once
    converted (1200 minutes is a 20-hour training; 1000 ceu is 10,000 h)."""
    if amount is None or not math.isfinite(amount) or amount <= 0:
        got = "" if amount is None else f" (got {shown(amount) if math.isfinite(amount) else amount})"
        raise InvalidInput(f"Hours must be a number above zero{got}.")
    if STANDARD.to_hours(amount, unit if unit in UNITS else "hours") > 1000:
        given = f"{amount:g}" if unit == "hours" or unit not in UNITS else f"{amount:g} {unit}"
        raise InvalidInput(f"{given} is more than any one course gives; check the number.")
    return amount


def outsized_credit(amount: float, unit: str, verb: str = "Add",
                    cycle: tuple[str, float] | None = None) -> str | None:
    """The question to confirm one credit worth more than a whole renewal
    cycle asks, or None. ``cycle`` is (the license, its cycle's hours) of
    the most a license the credit counts for asks (:func:`cycle_asked`):
    more than that from one credit is far more often a typo (60 for 6) than
    a course. Without a license the bound is OUTSIZED_CREDIT_HOURS, the most
    any board asks (the hours in the standard unit table)."""
    if amount is None or not math.isfinite(amount) or amount <= 0 or unit not in UNITS:
        return None  # not a number of hours at all: check_amount / check_unit say so
    hours = STANDARD.to_hours(amount, unit)
    bound = OUTSIZED_CREDIT_HOURS if cycle is None else min(OUTSIZED_CREDIT_HOURS, cycle[1])
    if hours <= bound:
        return None
    given = f"{shown(amount)} h" if unit == "hours" else f"{shown(amount)} {unit} ({shown(float(hours))} h)"
    if bound < OUTSIZED_CREDIT_HOURS:
        return (f"{given} in one credit is more than {cycle[0]} asks for a whole renewal cycle "
                f"({shown(float(bound))} h). {verb} it anyway?")
    return (f"{given} in one credit is more than boards ask for a whole renewal cycle "
            f"({OUTSIZED_CREDIT_HOURS} h at most). {verb} it anyway?")


def cycle_asked(licenses) -> tuple[str, float] | None:
    """Of ``licenses`` ((name, profile) pairs: the ones a credit counts for),
    the one whose cycle asks the most hours, as (name, hours), or None when
    there are none: the bound :func:`outsized_credit` holds a credit to."""
    most = max(licenses, key=lambda pair: pair[1].total_hours, default=None)
    return None if most is None else (most[0], float(most[1].total_hours))


def check_unit(unit: str) -> str:
    unit = unit.strip().lower().replace("_", "-")
    if unit in ("hour", "h", "contact-hours", "contact-hour"):
        unit = "hours"
    if unit in ("ceus",):
        unit = "ceu"
    if unit in ("minute", "min", "mins"):
        unit = "minutes"
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


def check_activity(activity: str) -> str:
    activity = activity.strip().lower().replace("_", "-")
    if activity not in ACTIVITIES:
        raise InvalidInput(f"Unknown activity {activity!r}; use one of {', '.join(ACTIVITIES)}.")
    return activity


# Categories boards name for one topic under different words: New York's
# "appropriate boundaries" course and Florida's "ethics and boundaries" are
# what a clinician calls an ethics course (trial 3 #8: '--category ethics'
# on a NY LMHC got no hint that 'boundaries' is the rule it fills).
_RELATED_TOPICS = (
    frozenset({"ethics", "boundaries", "professional-ethics", "ethics-and-boundaries"}),
    frozenset({"diversity", "cultural-diversity", "cultural-competence", "social-and-cultural-competence"}),
    frozenset({"suicide", "suicide-prevention", "suicide-risk", "suicide-risk-assessment"}),
    frozenset({"laws", "law", "law-and-rules", "laws-and-rules", "jurisprudence"}),
)
_LINKING_WORDS = frozenset({"and", "of", "in", "the"})


def related_category(category: str, known: list[str]) -> str | None:
    """The category of ``known`` (those the rules name) that fits
    ``category`` when no spelling is close: one in the same topic
    ('ethics' -> 'boundaries'), else the only one sharing a word with it
    ('ethics' -> 'law-and-ethics', 'supervision' -> 'clinical-supervision');
    None when none or several fit."""
    for topic in _RELATED_TOPICS:
        if category in topic:
            fits = [k for k in known if k in topic]
            if len(fits) == 1:
                return fits[0]
    words = set(category.split("-")) - _LINKING_WORDS
    fits = [k for k in known if words & (set(k.split("-")) - _LINKING_WORDS)]
    return fits[0] if len(fits) == 1 else None


def normalise_provider_type(text: str | None) -> str | None:
    """'NBCC approved' -> 'nbcc-approved'; empty means none."""
    if text is None or not text.strip():
        return None
    value = re.sub(r"[\s_]+", "-", text.strip().lower())
    if not CATEGORY.fullmatch(value):
        raise InvalidInput(f"Provider type {text!r} can't be used; use words like 'nbcc-approved' or 'university'.")
    return value


def credit_hours(record: dict, profiles: dict[str, Profile]) -> dict:
    """The credit's hours under each license's unit table ({name: hours}),
    for the licenses it counts for among ``profiles`` (license name ->
    profile). With none, the standard table under the key ``None``."""
    names = [n for n in profiles if not record["licenses"] or n in record["licenses"]]
    if not names:
        return {None: STANDARD.to_hours(record["amount"], record["unit"])}
    return {name: profiles[name].to_hours(record["amount"], record["unit"]) for name in names}


def is_duplicate(existing: list[dict], title: str, provider: str | None, day: dt.date) -> dict | None:
    for credit in existing:
        if (credit["title"].strip().lower() == title.strip().lower()
                and (credit["provider"] or "").strip().lower() == (provider or "").strip().lower()
                and credit["date"] == day.isoformat()):
            return credit
    return None


def tally_credit(record: dict) -> Credit:
    counts_in = record.get("counts_in")
    return Credit(record["id"], record["title"], record["amount"], record["unit"],
                  dt.date.fromisoformat(record["date"]), record["format"], tuple(record["categories"]),
                  activity=record.get("activity") or "course", provider_type=record.get("provider_type"),
                  counts_in=dt.date.fromisoformat(counts_in) if counts_in else None)


def credit_json(record: dict, profiles: dict[str, Profile] | None = None) -> dict:
    """A credit as ``goals ce list/show --json`` prints it: its original
    amount and unit, and its hours under the license unit tables
    (``hours`` is the one figure when they agree, else the lowest;
    ``hours_by_license`` gives each)."""
    by_license = credit_hours(record, profiles or {})
    hours = min(by_license.values())
    return {
        "id": record["id"], "uuid": record["uuid"], "title": record["title"],
        "amount": record["amount"], "unit": record["unit"], "hours": as_number(hours),
        "hours_by_license": {name: as_number(h) for name, h in by_license.items() if name is not None},
        "date": record["date"], "format": record["format"], "activity": record.get("activity") or "course",
        "categories": record["categories"], "provider": record["provider"],
        "provider_type": record.get("provider_type"), "approver": record["approver"],
        "licenses": record["licenses"], "counts_in": record.get("counts_in"),
        "make_up": bool(record.get("counts_in") and record["counts_in"] < record["date"]),
        "goal_id": record["goal_id"],
        "certificate": record["certificate"], "certificate_original": record["certificate_original"],
    }


def amount_text(record: dict) -> str:
    """The original amount and unit as typed: '2 ceu', '90 minutes'."""
    unit = record["unit"]
    if unit == "hours":
        return f"{record['amount']:g} h"
    return f"{record['amount']:g} {unit}"


def parse_csv(text: str, today: dt.date) -> list[dict]:
    """Rows of a CE CSV as validated fields. The first bad row raises an
    error naming the row (counted as in a spreadsheet: the header is row 1)."""
    import csv  # only CSV import/export: the status views read this module too
    import io

    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise InvalidInput(f"The CSV lacks the {plural(len(missing), 'column')} {', '.join(missing)}; "
                           f"expected columns: {', '.join(CSV_COLUMNS)}.")
    unknown = [h for h in header if h not in CSV_COLUMNS]
    if unknown:
        raise InvalidInput(f"Unknown CSV {plural(len(unknown), 'column')} {', '.join(unknown)}; "
                           f"expected: {', '.join(CSV_COLUMNS)}.")
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
                raise InvalidInput("the title is empty.")
            try:
                amount = float(row["hours"])
            except ValueError:
                raise InvalidInput(f"hours {row['hours']!r} is not a number.") from None
            goal = row.get("goal") or None
            if goal is not None and not goal.isdigit():
                raise InvalidInput(f"goal {goal!r} is not a goal id.")
            rows.append({
                "title": title,
                "amount": check_amount(amount, check_unit(row.get("unit") or "hours")),
                "unit": check_unit(row.get("unit") or "hours"),
                "entry_date": check_credit_date(parse_happened(row["date"], today), today),
                "format": check_format(row["format"]),
                "categories": [normalise_category(c) for c in (row.get("categories") or "").split(";") if c.strip()],
                "provider": row.get("provider") or None,
                "approver": row.get("approver") or None,
                "licenses": [n.strip() for n in (row.get("licenses") or "").split(";") if n.strip()],
                "certificate": row.get("certificate") or None,
                "goal_id": int(goal) if goal else None,
                "activity": check_activity(row.get("activity") or "course"),
                "provider_type": normalise_provider_type(row.get("provider_type")),
                "counts_in": parse_date(row["counts_in"], today) if row.get("counts_in") else None,
                "goal_uuid": row.get("goal_uuid") or None,
                "row": number,
            })
        except ClingoalsError as error:
            message = sentence(error)
            raise InvalidInput(f"Row {number}: {message[0].lower() + message[1:]} Nothing was imported.") from None
    return rows


def to_csv(credits: list[dict], certificate_names: dict[int, str] | None = None,
           goal_uuids: dict[int, str] | None = None) -> str:
    """The credits as CSV, spreadsheet-safe (see :mod:`clingoals.spreadsheet`);
    ``certificate_names`` (credit id -> name) names the certificates as an
    audit bundle or the files beside an exported CSV hold them. With
    ``goal_uuids`` (goal id -> uuid: `ce export`) the ``goal_uuid`` column
    is written too."""
    import csv  # only CSV import/export: the status views read this module too
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS if goal_uuids is not None else CSV_COLUMNS[:-1])
    for c in credits:
        certificate = (certificate_names or {}).get(c["id"], c["certificate_original"] or "")
        values = (c["title"], f"{c['amount']:g}", c["unit"], c["date"], c["format"], ";".join(c["categories"]),
                  c["provider"], c["approver"], ";".join(c["licenses"]), certificate, c["goal_id"],
                  c.get("activity") or "course", c.get("provider_type"), c.get("counts_in"))
        if goal_uuids is not None:
            values += (goal_uuids.get(c["goal_id"]),)
        writer.writerow([safe_cell(v) for v in values])
    return out.getvalue()
