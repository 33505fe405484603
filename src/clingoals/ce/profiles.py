"""Requirement profiles: the TOML format of a license's CE rules, read and
validated with errors that name the file, the field and the problem.

Built-in profiles ship in ``clingoals/profiles`` and are marked
``status = "example"``: numbers gathered from boards, to verify with the
board. A user's own profile needs only ``id``, ``name``, ``cycle_months``
and ``total_hours``; it is ``status = "custom"`` unless it says otherwise
and is called "your own profile" wherever it is used. Users add theirs with
``goals ce profile add FILE``; those are copied into the data home's
``profiles/`` folder.

Hours are kept exact (``Fraction``) from the file to the tally; only the
views round them.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import tomllib
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache
from pathlib import Path

from clingoals.errors import InvalidInput

FORMATS = ("in-person", "live-online", "self-study")
# What a credit was: taking a course (the default), presenting one, writing an
# article or a book, a graduate (college) course, teaching one.
ACTIVITIES = ("course", "presenting", "authoring", "authoring-book", "graduate-course", "teaching")
UNITS = ("hours", "minutes", "ceu", "semester-hour", "quarter-hour")
# One credit above this many hours is asked about (at a terminal; --yes without
# one). No board here asks more than 100 h for a whole cycle (the built-in
# profiles ask 24 to 40 h; NCC recertification 100 h over five years), and the
# longest single trainings people log run to about 50 h (EMDR basic training;
# a 3-semester-hour graduate course is 45 h). So a credit above 100 h is more
# than a whole cycle anywhere: far more often a typo (600 for 6, minutes typed
# as hours) than a course. A real one (a residency counted as CE) goes in with --yes.
OUTSIZED_CREDIT_HOURS = 100
STATUSES = ("example", "verified", "custom")
FIRST_CYCLE_MODES = ("full", "exempt", "fixed", "prorated")
CATEGORY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
DEFAULT_UNITS = {"ceu": Fraction(10), "semester_hour": Fraction(15), "quarter_hour": Fraction(10)}
HOUR_MINUTES = (50, 60)
EXAMPLE_WARNING = "example profile: numbers gathered from the board's rules; verify them with your board"
OWN_PROFILE = "your own profile"


def rules_note(statuses) -> str | None:
    """The line under CE figures saying whose rules they follow, from the
    statuses of the profiles in use (one per license shown): the CE panel and
    the plan's footer both ask here, so they can't disagree (trial 11 C9: the
    plan said "example profiles" when only the person's own was in use)."""
    statuses = list(statuses)
    examples = sum(s == "example" for s in statuses)
    own = "custom" in statuses
    example = ("Example profile: verify these numbers with your board." if examples == 1 else
               "Example requirement profiles hold numbers gathered from board rules: verify them with your board.")
    if examples and own:
        return example[:-1] + "; the other rules are from your own profile."
    if examples:
        return example
    if own:
        return "Rules from your own profile." if len(statuses) == 1 else "Rules from your own profiles."
    return None


class ProfileError(InvalidInput):
    """A profile file that can't be used; the message names file and field."""


def exact(value) -> Fraction:
    """A number as an exact fraction; a float through its shortest decimal
    form, so 0.1 is 1/10 and not the binary approximation."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, float):
        return _float_fraction(value)
    return Fraction(value)


def exact_sum(values) -> Fraction:
    """The exact sum of fractions over one common denominator: the same
    value as adding them one by one, without a gcd for every addition."""
    values = [exact(v) for v in values]
    if not values:
        return Fraction(0)
    common = math.lcm(*{v.denominator for v in values})
    return Fraction(sum(v.numerator * (common // v.denominator) for v in values), common)


@lru_cache(maxsize=4096)
def _float_fraction(value: float) -> Fraction:
    # Parsing the decimal text is the slow part and a dataset repeats a few
    # amounts thousands of times; a Fraction is immutable, so sharing is safe.
    return Fraction(repr(value))


class Frozen:
    """The CE rules and tally records: immutable, equal and hashed by their
    fields, shown as ``Name(field=value, ...)``, like frozen dataclasses.
    Plain classes with __slots__ because making a dataclass costs about
    0.6 ms at import, and every CE command pays for every class (issue 10:
    the read commands no slower than before). ``FIELDS`` lists the fields
    in order, a base class's first."""

    __slots__ = ()
    FIELDS: tuple[str, ...] = ()

    def _fill(self, values: dict) -> None:
        for name in self.FIELDS:
            object.__setattr__(self, name, values[name])

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self.FIELDS)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self._values() == other._values()
        return NotImplemented

    def __hash__(self):
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FIELDS)
        return f"{type(self).__qualname__}({shown})"


class Rule(Frozen):
    """When a rule applies: to cycles starting on or after ``effective_from``
    and to cycles ending (renewals) on or after ``renewals_from``."""

    __slots__ = FIELDS = ("effective_from", "renewals_from")

    def __init__(self, *, effective_from: dt.date | None = None, renewals_from: dt.date | None = None):
        self._fill(locals())

    def applies(self, start: dt.date, end: dt.date) -> bool:
        return ((self.effective_from is None or start >= self.effective_from)
                and (self.renewals_from is None or end >= self.renewals_from))


class Minimum(Rule):
    __slots__ = ("category", "hours", "every_n_cycles", "once", "supervisors_only", "within_months_of_licensure")
    FIELDS = Rule.FIELDS + __slots__

    def __init__(self, category: str, hours: Fraction, every_n_cycles: int | None = None, once: bool = False,
                 supervisors_only: bool = False,
                 within_months_of_licensure: int | None = None,  # a deadline window, not a per-cycle minimum
                 *, effective_from: dt.date | None = None, renewals_from: dt.date | None = None):
        self._fill(locals())


class Cap(Rule):
    """At most this many hours of a delivery format count."""

    __slots__ = ("format", "hours", "fraction")
    FIELDS = Rule.FIELDS + __slots__

    def __init__(self, format: str, hours: Fraction | None = None, fraction: Fraction | None = None,
                 *, effective_from: dt.date | None = None, renewals_from: dt.date | None = None):
        self._fill(locals())

    def max_hours(self, required: Fraction) -> Fraction:
        """The cap in hours: a fraction is of the cycle's own requirement."""
        return exact(self.hours) if self.hours is not None else exact(required) * exact(self.fraction or 0)


class Maximum(Rule):
    """At most this many hours of a topic count (e.g. non-clinical)."""

    __slots__ = ("category", "hours", "fraction")
    FIELDS = Rule.FIELDS + __slots__

    def __init__(self, category: str, hours: Fraction | None = None, fraction: Fraction | None = None,
                 *, effective_from: dt.date | None = None, renewals_from: dt.date | None = None):
        self._fill(locals())

    def max_hours(self, required: Fraction) -> Fraction:
        return exact(self.hours) if self.hours is not None else exact(required) * exact(self.fraction or 0)


class Activity(Rule):
    """How an activity counts: hours x multiplier, at most max_hours a cycle
    and at most max_hours_each for one credit."""

    __slots__ = ("name", "multiplier", "max_hours", "max_hours_each")
    FIELDS = Rule.FIELDS + __slots__

    def __init__(self, name: str, multiplier: Fraction = Fraction(1), max_hours: Fraction | None = None,
                 max_hours_each: Fraction | None = None,
                 *, effective_from: dt.date | None = None, renewals_from: dt.date | None = None):
        self._fill(locals())


class ProviderShare(Rule):
    """At least ``fraction`` of the required hours from the listed provider types."""

    __slots__ = ("fraction", "provider_types")
    FIELDS = Rule.FIELDS + __slots__

    def __init__(self, fraction: Fraction, provider_types: tuple[str, ...] = (),
                 *, effective_from: dt.date | None = None, renewals_from: dt.date | None = None):
        self._fill(locals())


class Completion(Rule):
    """A requirement met by doing something (an exam, a named course), ticked
    with ``goals license done``; it may count as hours of a category."""

    __slots__ = ("name", "category", "hours", "every_n_cycles", "once", "within_months_of_licensure")
    FIELDS = Rule.FIELDS + __slots__

    def __init__(self, name: str, category: str | None = None, hours: Fraction = Fraction(0),
                 every_n_cycles: int | None = None, once: bool = False,
                 within_months_of_licensure: int | None = None,
                 *, effective_from: dt.date | None = None, renewals_from: dt.date | None = None):
        self._fill(locals())


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    cycle_months: int
    total_hours: Fraction
    jurisdiction: str = ""
    status: str = "custom"
    effective_from: dt.date | None = None
    sources: tuple[str, ...] = ()
    minimums: tuple[Minimum, ...] = ()
    caps: tuple[Cap, ...] = ()
    maximums: tuple[Maximum, ...] = ()
    activities: tuple[Activity, ...] = ()
    provider_share: ProviderShare | None = None
    completions: tuple[Completion, ...] = ()
    carry_over_max: Fraction = Fraction(0)
    first_cycle_mode: str = "full"
    first_cycle_hours: Fraction | None = None
    # A first-cycle rule that applied before a change: (renewals_before, mode,
    # hours): first renewals ending before that day had their own rule.
    first_cycle_earlier: tuple | None = None
    units: dict = field(default_factory=lambda: dict(DEFAULT_UNITS))
    hour_minutes: int = 60
    notes: tuple[str, ...] = ()
    origin: str = "built-in"

    def __post_init__(self):
        object.__setattr__(self, "total_hours", exact(self.total_hours))
        object.__setattr__(self, "carry_over_max", exact(self.carry_over_max))
        if self.first_cycle_hours is not None:
            object.__setattr__(self, "first_cycle_hours", exact(self.first_cycle_hours))
        object.__setattr__(self, "units", {k: exact(v) for k, v in self.units.items()})

    def first_cycle_rule(self, end: dt.date) -> tuple[str, Fraction | None]:
        """(mode, hours) of a first cycle ending (renewing) on ``end``."""
        earlier = self.first_cycle_earlier
        if earlier and end < earlier[0]:
            return earlier[1], earlier[2]
        return self.first_cycle_mode, self.first_cycle_hours

    @property
    def is_example(self) -> bool:
        return self.status == "example"

    @property
    def is_custom(self) -> bool:
        return self.status == "custom"

    @property
    def categories(self) -> frozenset[str]:
        """Every category a rule of this profile names (minimums, topic
        maximums, completions that count as hours of one)."""
        return frozenset(rule.category for rule in (*self.minimums, *self.maximums, *self.completions)
                         if getattr(rule, "category", None))

    @property
    def provider_types(self) -> frozenset[str]:
        """The provider types this profile's provider-share rule counts
        (empty: the profile names none, so any type is the person's own word)."""
        return frozenset(self.provider_share.provider_types) if self.provider_share else frozenset()

    @property
    def label(self) -> str:
        """How the views name the profile's standing."""
        return OWN_PROFILE if self.is_custom else self.status

    def hours_per_unit(self, unit: str) -> Fraction:
        """The one conversion every view uses: this profile's unit table."""
        if unit == "hours":
            return Fraction(1)
        if unit == "minutes":
            return Fraction(1, self.hour_minutes)
        return self.units.get(unit.replace("-", "_"), DEFAULT_UNITS[unit.replace("-", "_")])

    def to_hours(self, amount, unit: str) -> Fraction:
        if unit == "hours":  # the common case: skip multiplying by one
            return exact(amount)
        return exact(amount) * self.hours_per_unit(unit)

    def activity(self, name: str, start: dt.date, end: dt.date) -> Activity | None:
        for rule in self.activities:
            if rule.name == name and rule.applies(start, end):
                return rule
        return None

    def as_dict(self) -> dict:
        return {
            "id": self.id, "name": self.name, "jurisdiction": self.jurisdiction or None,
            "status": self.status, "label": self.label,
            "effective_from": self.effective_from.isoformat() if self.effective_from else None,
            "sources": list(self.sources), "cycle_months": self.cycle_months,
            "total_hours": as_number(self.total_hours), "hour_minutes": self.hour_minutes,
            "minimums": [_rule_dict(m) for m in self.minimums],
            "caps": [_rule_dict(c) for c in self.caps],
            "maximums": [_rule_dict(m) for m in self.maximums],
            "activities": [_rule_dict(a) for a in self.activities],
            "provider_share": _rule_dict(self.provider_share) if self.provider_share else None,
            "completions": [_rule_dict(c) for c in self.completions],
            "carry_over_max": as_number(self.carry_over_max),
            "first_cycle": {"mode": self.first_cycle_mode, "hours": as_number(self.first_cycle_hours),
                            "earlier": None if not self.first_cycle_earlier else {
                                "renewals_before": self.first_cycle_earlier[0].isoformat(),
                                "mode": self.first_cycle_earlier[1],
                                "hours": as_number(self.first_cycle_earlier[2])}},
            "units": {k: as_number(v) for k, v in self.units.items()},
            "notes": list(self.notes), "origin": self.origin,
        }


def as_number(value, places: int = 4):
    """An exact value for JSON: an int when whole, else a float rounded to
    ``places`` (display only; the tally never sees the rounded value)."""
    if value is None:
        return None
    value = exact(value)
    if value.denominator == 1:
        return int(value)
    return round(float(value), places)


def _rule_dict(rule) -> dict:
    out = {}
    for key in rule.FIELDS:
        value = getattr(rule, key)
        if isinstance(value, Fraction):
            value = as_number(value)
        elif isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        out[key] = value
    return out


class _Reader:
    """Typed access to a TOML table that names file and field in each error."""

    def __init__(self, source: str, data: dict, prefix: str = ""):
        self.source, self.data, self.prefix = source, data, prefix

    def fail(self, key: str, problem: str) -> ProfileError:
        return ProfileError(f"{self.source}: {self.prefix}{key}: {problem}")

    def only(self, known: set[str]) -> None:
        for key in self.data:
            if key not in known:
                raise self.fail(key, f"is not a field here (known: {', '.join(sorted(known))})")

    def get(self, key, kind, *, required=True, default=None):
        if key not in self.data:
            if required:
                raise self.fail(key, "is missing")
            return default
        value = self.data[key]
        if kind is float and isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        if kind is int and isinstance(value, bool):
            raise self.fail(key, "must be a whole number")
        if not isinstance(value, kind):
            names = {str: "text", float: "a number", int: "a whole number", bool: "true or false",
                     list: "a list", dict: "a table"}
            raise self.fail(key, f"must be {names.get(kind, getattr(kind, '__name__', 'a date'))} (got {value!r})")
        return value

    def hours(self, key, *, required=True, default=None, allow_zero=True) -> Fraction | None:
        value = self.get(key, float, required=required, default=default)
        if value is None:
            return None
        if value != value or value in (float("inf"), float("-inf")):
            raise self.fail(key, f"must be a number (got {value!r})")
        if value < 0 or (value == 0 and not allow_zero):
            raise self.fail(key, f"must be {'zero or more' if allow_zero else 'more than zero'} (got {value:g})")
        return exact(value)

    def fraction(self, key, *, required=False) -> Fraction | None:
        """A share: a number, or exactly as a text "1/3"."""
        text = self.data.get(key)
        if isinstance(text, str):
            match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
            if not match or int(match[2]) == 0:
                raise self.fail(key, f"must be a number or a share like \"1/3\" (got {text!r})")
            value = Fraction(int(match[1]), int(match[2]))
            if value > 1:
                raise self.fail(key, f"is a share of the total and must be at most 1 (got {text})")
            return value
        value = self.hours(key, required=required)
        if value is not None and value > 1:
            raise self.fail(key, f"is a share of the total and must be at most 1 (got {float(value):g})")
        return value

    def date(self, key, *, required=False) -> dt.date | None:
        value = self.get(key, (str, dt.date), required=required)
        if value is None or isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self.fail(key, f"must be a date YYYY-MM-DD (got {value!r})") from None

    def category(self, key, *, required=True) -> str | None:
        value = self.get(key, str, required=required)
        if value is not None and not CATEGORY.fullmatch(value):
            raise self.fail(key, f"use lower-case words joined by hyphens, e.g. 'cultural-diversity' (got {value!r})")
        return value

    def whole(self, key, low: int, high: int | None = None) -> int | None:
        value = self.get(key, int, required=False)
        if value is not None and (value < low or (high is not None and value > high)):
            raise self.fail(key, f"must be {low} or more" if high is None else f"must be between {low} and {high}")
        return value

    def rows(self, key: str, label: str) -> list["_Reader"]:
        out = []
        for index, raw in enumerate(self.get(key, list, required=False, default=[])):
            if not isinstance(raw, dict):
                raise self.fail(key, f"entry {index + 1} must be a table ([[{key}]])")
            out.append(_Reader(self.source, raw, f"{label}[{index + 1}]."))
        return out

    def rule(self) -> dict:
        return {"effective_from": self.date("effective_from"), "renewals_from": self.date("renewals_from")}


RULE_KEYS = {"effective_from", "renewals_from"}
TOP_KEYS = {"id", "name", "jurisdiction", "status", "effective_from", "sources", "cycle_months",
            "total_hours", "hour_minutes", "minimum", "cap", "maximum", "activity", "provider_share",
            "completion", "carry_over", "first_cycle", "units", "notes"}


def _one_of(row: _Reader, key: str, values: tuple, *, required=True, default=None):
    value = row.get(key, str, required=required, default=default)
    if value is not None and value not in values:
        raise row.fail(key, f"must be one of {', '.join(values)} (got {value!r})")
    return value


def _hours_or_fraction(row: _Reader) -> tuple:
    hours = row.hours("hours", required=False)
    fraction = row.fraction("fraction")
    if (hours is None) == (fraction is None):
        raise row.fail("hours", "give either hours or fraction")
    return hours, fraction


def parse_profile(text: str, source: str, origin: str = "file") -> Profile:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(f"{source}: not valid TOML ({error})") from None
    top = _Reader(source, data)
    for key in data:
        if key not in TOP_KEYS:
            raise top.fail(key, f"is not a profile field (known: {', '.join(sorted(TOP_KEYS))})")
    profile_id = top.get("id", str).strip()
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", profile_id):
        raise top.fail("id", "use lower-case letters, digits and hyphens, e.g. 'example-tx-lpc'")
    name = top.get("name", str).strip()
    if not name:
        raise top.fail("name", "is empty")
    status = _one_of(top, "status", STATUSES, required=False, default="custom")
    sources = top.get("sources", list, required=False, default=[])
    if not all(isinstance(s, str) and s.strip() for s in sources):
        raise top.fail("sources", "must be a list of texts (where the rules come from)")
    if status != "custom" and not sources:
        raise top.fail("sources", f"a profile marked {status!r} must list where its rules come from")
    cycle_months = top.get("cycle_months", int)
    if not 1 <= cycle_months <= 120:
        raise top.fail("cycle_months", f"must be between 1 and 120 (got {cycle_months})")
    total = top.hours("total_hours", allow_zero=False)
    hour_minutes = top.get("hour_minutes", int, required=False, default=60)
    if hour_minutes not in HOUR_MINUTES:
        raise top.fail("hour_minutes", f"must be 50 or 60 (got {hour_minutes})")

    minimums = []
    for row in top.rows("minimum", "minimum"):
        row.only(RULE_KEYS | {"category", "hours", "every_n_cycles", "once", "supervisors_only",
                              "within_months_of_licensure"})
        minimums.append(Minimum(**row.rule(), category=row.category("category"),
                                hours=row.hours("hours", allow_zero=False),
                                every_n_cycles=row.whole("every_n_cycles", 1),
                                once=row.get("once", bool, required=False, default=False),
                                supervisors_only=row.get("supervisors_only", bool, required=False, default=False),
                                within_months_of_licensure=row.whole("within_months_of_licensure", 1, 120)))
    caps = []
    for row in top.rows("cap", "cap"):
        row.only(RULE_KEYS | {"format", "hours", "fraction"})
        fmt = _one_of(row, "format", FORMATS)
        hours, fraction = _hours_or_fraction(row)
        caps.append(Cap(**row.rule(), format=fmt, hours=hours, fraction=fraction))
    maximums = []
    for row in top.rows("maximum", "maximum"):
        row.only(RULE_KEYS | {"category", "hours", "fraction"})
        category = row.category("category")
        hours, fraction = _hours_or_fraction(row)
        maximums.append(Maximum(**row.rule(), category=category, hours=hours, fraction=fraction))
    activities = []
    for row in top.rows("activity", "activity"):
        row.only(RULE_KEYS | {"name", "multiplier", "max_hours", "max_hours_each"})
        activity = _one_of(row, "name", ACTIVITIES)
        multiplier = row.hours("multiplier", required=False, default=1, allow_zero=False)
        if multiplier > 10:
            raise row.fail("multiplier", f"must be at most 10 (got {float(multiplier):g})")
        activities.append(Activity(**row.rule(), name=activity, multiplier=multiplier,
                                   max_hours=row.hours("max_hours", required=False),
                                   max_hours_each=row.hours("max_hours_each", required=False)))
    share = None
    if "provider_share" in data:
        row = _Reader(source, top.get("provider_share", dict), "provider_share.")
        row.only(RULE_KEYS | {"fraction", "provider_types"})
        fraction = row.fraction("fraction", required=True)
        types = row.get("provider_types", list)
        if not types or not all(isinstance(t, str) and CATEGORY.fullmatch(t) for t in types):
            raise row.fail("provider_types", "list the provider types as lower-case words joined by hyphens, "
                                             "e.g. ['nbcc-approved', 'university']")
        share = ProviderShare(**row.rule(), fraction=fraction, provider_types=tuple(types))
    completions = []
    for row in top.rows("completion", "completion"):
        row.only(RULE_KEYS | {"name", "category", "hours", "every_n_cycles", "once", "within_months_of_licensure"})
        label = row.get("name", str).strip()
        if not label:
            raise row.fail("name", "is empty")
        category = row.category("category", required=False)
        hours = row.hours("hours", required=False, default=0)
        if hours and not category:
            raise row.fail("category", "is missing: say which category its hours count in")
        completions.append(Completion(**row.rule(), name=label, category=category, hours=hours,
                                      every_n_cycles=row.whole("every_n_cycles", 1),
                                      once=row.get("once", bool, required=False, default=False),
                                      within_months_of_licensure=row.whole("within_months_of_licensure", 1, 120)))
    carry = _Reader(source, top.get("carry_over", dict, required=False, default={}), "carry_over.")
    carry.only({"max_hours"})
    first = _Reader(source, top.get("first_cycle", dict, required=False, default={}), "first_cycle.")
    first.only({"mode", "hours", "earlier"})
    mode = _one_of(first, "mode", FIRST_CYCLE_MODES, required=False, default="full")
    first_hours = first.hours("hours", required=mode == "fixed")
    first_earlier = None
    if "earlier" in first.data:  # the rule first renewals ending before a date had
        earlier = _Reader(source, first.get("earlier", dict), "first_cycle.earlier.")
        earlier.only({"renewals_before", "mode", "hours"})
        earlier_mode = _one_of(earlier, "mode", FIRST_CYCLE_MODES)
        first_earlier = (earlier.date("renewals_before", required=True), earlier_mode,
                         earlier.hours("hours", required=earlier_mode == "fixed"))
    units_table = _Reader(source, top.get("units", dict, required=False, default={}), "units.")
    units_table.only(set(DEFAULT_UNITS))
    units = dict(DEFAULT_UNITS)
    for key in units_table.data:
        units[key] = units_table.hours(key, allow_zero=False)
    notes = top.get("notes", list, required=False, default=[])
    return Profile(
        id=profile_id, name=name, jurisdiction=top.get("jurisdiction", str, required=False, default=""),
        status=status, effective_from=top.date("effective_from"), sources=tuple(sources),
        cycle_months=cycle_months, total_hours=total, minimums=tuple(minimums), caps=tuple(caps),
        maximums=tuple(maximums), activities=tuple(activities), provider_share=share,
        completions=tuple(completions),
        carry_over_max=carry.hours("max_hours", required=False, default=0),
        first_cycle_mode=mode, first_cycle_hours=first_hours, first_cycle_earlier=first_earlier, units=units, hour_minutes=hour_minutes,
        notes=tuple(str(n) for n in notes), origin=origin,
    )


def load_file(path: Path, origin: str = "file") -> Profile:
    try:
        text = Path(path).read_text("utf-8")
    except FileNotFoundError:
        raise ProfileError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ProfileError(f"{path}: can't be read ({error})") from None
    return parse_profile(text, str(path), origin)


# The package is installed as plain files (Alembic reads its migrations the
# same way), so a path is enough: importlib.resources costs a few
# milliseconds of imports on every command that reads a profile.
BUILTIN_FOLDER = Path(__file__).resolve().parent.parent / "profiles"


def _builtin_entry(entry: Path) -> Profile:
    return parse_profile(entry.read_text("utf-8"), f"built-in {entry.name}", "built-in")


@lru_cache(maxsize=1)
def _builtin_profiles() -> tuple[Profile, ...]:
    return tuple(_builtin_entry(entry) for entry in sorted(BUILTIN_FOLDER.iterdir(), key=lambda e: e.name)
                 if entry.name.endswith(".toml"))


@lru_cache(maxsize=None)
def _builtin_profile(profile_id: str) -> Profile | None:
    """The built-in profile with this id. Each file is named by its id (a
    test keeps it so), so one file is parsed, not all ten; any other id is
    looked up among all of them, as before."""
    if re.fullmatch(r"[a-z0-9][a-z0-9-]*", profile_id):
        entry = BUILTIN_FOLDER / f"{profile_id}.toml"
        if entry.is_file():
            profile = _builtin_entry(entry)
            if profile.id == profile_id:
                return profile
    return next((p for p in reversed(_builtin_profiles()) if p.id == profile_id), None)


def builtin_profiles() -> list[Profile]:
    return list(_builtin_profiles())


def user_profiles(folder: Path) -> list[Profile]:
    if not folder.is_dir():
        return []
    # regular files only: reading a pipe planted there would wait for ever
    return [load_file(path, "added") for path in sorted(folder.glob("*.toml")) if path.is_file()]


def all_profiles(user_folder: Path) -> list[Profile]:
    """Built-in first; a user profile with the same id replaces the built-in one."""
    by_id = {p.id: p for p in builtin_profiles()}
    by_id.update({p.id: p for p in user_profiles(user_folder)})
    return list(by_id.values())


def find_profile(profile_id: str, user_folder: Path) -> Profile:
    """As :func:`all_profiles` would find it: the user's own profile with
    this id (the last file of them), else the built-in one."""
    own = [p for p in user_profiles(user_folder) if p.id == profile_id]
    if own:
        return own[-1]
    builtin = _builtin_profile(profile_id)
    if builtin is not None:
        return builtin
    from clingoals.errors import AmbiguousChoice
    from clingoals.suggest import did_you_mean, holding

    profiles = all_profiles(user_folder)
    several = holding(profile_id, [p.id for p in profiles])
    if len(several) > 1:  # 'lcsw': New Jersey's or New York's? Not a guess to make for a license
        listed = ", ".join(several[:-1]) + " and " + several[-1]
        found = {p.id: p for p in profiles}  # the last of an id is the one in use, as above
        raise AmbiguousChoice(f"{profile_id!r} matches {listed}: which one? Give its full id."
                              if len(several) <= 4 else
                              f"{profile_id!r} is part of {len(several)} profile ids: which one? "
                              "'goals ce profile list' shows them.",
                              [(i, f"{found[i].name}, {found[i].label}") for i in several])
    hint = did_you_mean(profile_id, [p.id for p in profiles],
                        described={p.id: f"{p.name} {p.jurisdiction}" for p in profiles})
    raise InvalidInput(f"Unknown profile {profile_id!r}.{hint} 'goals ce profile list' shows them.")
