"""Requirement profiles: the TOML format of a license's CE rules, read and
validated with errors that name the file, the field and the problem.

Built-in profiles ship in ``clingoals/profiles`` and are marked
``status = "example"``: numbers gathered from boards, to verify with the
board. Users add their own with ``goals ce profile add FILE``; those are
copied into the data home's ``profiles/`` folder.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from clingoals.errors import InvalidInput

FORMATS = ("in-person", "live-online", "self-study")
UNITS = ("hours", "ceu", "semester-hour", "quarter-hour")
STATUSES = ("example", "verified")
FIRST_CYCLE_MODES = ("full", "exempt", "fixed")
CATEGORY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
DEFAULT_UNITS = {"ceu": 10.0, "semester_hour": 15.0, "quarter_hour": 10.0}
EXAMPLE_WARNING = "example profile: numbers gathered from the board's rules; verify them with your board"


class ProfileError(InvalidInput):
    """A profile file that can't be used; the message names file and field."""


@dataclass(frozen=True)
class Minimum:
    category: str
    hours: float
    every_n_cycles: int | None = None
    once: bool = False
    supervisors_only: bool = False


@dataclass(frozen=True)
class Cap:
    format: str
    hours: float | None = None
    fraction: float | None = None

    def max_hours(self, total: float) -> float:
        if self.hours is not None:
            return self.hours
        return round(total * (self.fraction or 0.0), 2)


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    jurisdiction: str
    status: str
    effective_from: dt.date
    sources: tuple[str, ...]
    cycle_months: int
    total_hours: float
    minimums: tuple[Minimum, ...] = ()
    caps: tuple[Cap, ...] = ()
    carry_over_max: float = 0.0
    first_cycle_mode: str = "full"
    first_cycle_hours: float | None = None
    units: dict = field(default_factory=lambda: dict(DEFAULT_UNITS))
    notes: tuple[str, ...] = ()
    origin: str = "built-in"

    @property
    def is_example(self) -> bool:
        return self.status == "example"

    def hours_per_unit(self, unit: str) -> float:
        if unit == "hours":
            return 1.0
        return float(self.units[unit.replace("-", "_")])

    def as_dict(self) -> dict:
        return {
            "id": self.id, "name": self.name, "jurisdiction": self.jurisdiction,
            "status": self.status, "effective_from": self.effective_from.isoformat(),
            "sources": list(self.sources), "cycle_months": self.cycle_months,
            "total_hours": self.total_hours,
            "minimums": [m.__dict__ for m in self.minimums],
            "caps": [c.__dict__ for c in self.caps],
            "carry_over_max": self.carry_over_max,
            "first_cycle": {"mode": self.first_cycle_mode, "hours": self.first_cycle_hours},
            "units": dict(self.units), "notes": list(self.notes), "origin": self.origin,
        }


class _Reader:
    """Typed access to a TOML table that names file and field in each error."""

    def __init__(self, source: str, data: dict, prefix: str = ""):
        self.source, self.data, self.prefix = source, data, prefix

    def fail(self, key: str, problem: str) -> ProfileError:
        return ProfileError(f"{self.source}: {self.prefix}{key}: {problem}")

    def get(self, key, kind, *, required=True, default=None):
        if key not in self.data:
            if required:
                raise self.fail(key, "is missing")
            return default
        value = self.data[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if kind is int and isinstance(value, bool):
            raise self.fail(key, "must be a whole number")
        if not isinstance(value, kind):
            names = {str: "text", float: "a number", int: "a whole number", bool: "true or false",
                     list: "a list", dict: "a table"}
            raise self.fail(key, f"must be {names.get(kind, kind.__name__)} (got {value!r})")
        return value

    def positive(self, key, *, required=True, default=None, allow_zero=False):
        value = self.get(key, float, required=required, default=default)
        if value is not None and (value < 0 or (value == 0 and not allow_zero) or value != value):
            raise self.fail(key, f"must be {'zero or more' if allow_zero else 'more than zero'} (got {value:g})")
        return value


def parse_profile(text: str, source: str, origin: str = "file") -> Profile:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(f"{source}: not valid TOML ({error})") from None
    top = _Reader(source, data)
    known = {"id", "name", "jurisdiction", "status", "effective_from", "sources", "cycle_months",
             "total_hours", "minimum", "cap", "carry_over", "first_cycle", "units", "notes"}
    for key in data:
        if key not in known:
            raise top.fail(key, f"is not a profile field (known: {', '.join(sorted(known))})")
    profile_id = top.get("id", str).strip()
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", profile_id):
        raise top.fail("id", "use lower-case letters, digits and hyphens, e.g. 'example-tx-lpc'")
    status = top.get("status", str)
    if status not in STATUSES:
        raise top.fail("status", f"must be one of {', '.join(STATUSES)} (got {status!r})")
    effective = top.get("effective_from", (str, dt.date))
    if isinstance(effective, str):
        try:
            effective = dt.date.fromisoformat(effective)
        except ValueError:
            raise top.fail("effective_from", f"must be a date YYYY-MM-DD (got {effective!r})") from None
    sources = top.get("sources", list)
    if not sources or not all(isinstance(s, str) and s.strip() for s in sources):
        raise top.fail("sources", "must list at least one source (where the rules come from)")
    cycle_months = top.get("cycle_months", int)
    if not 1 <= cycle_months <= 120:
        raise top.fail("cycle_months", f"must be between 1 and 120 (got {cycle_months})")
    total = top.positive("total_hours")

    minimums = []
    for index, raw in enumerate(top.get("minimum", list, required=False, default=[])):
        row = _Reader(source, raw if isinstance(raw, dict) else {}, f"minimum[{index + 1}].")
        category = row.get("category", str)
        if not CATEGORY.fullmatch(category):
            raise row.fail("category", f"use lower-case words joined by hyphens, e.g. 'cultural-diversity' (got {category!r})")
        every = row.get("every_n_cycles", int, required=False)
        if every is not None and every < 1:
            raise row.fail("every_n_cycles", "must be 1 or more")
        minimums.append(Minimum(category, row.positive("hours"), every,
                                row.get("once", bool, required=False, default=False),
                                row.get("supervisors_only", bool, required=False, default=False)))
    caps = []
    for index, raw in enumerate(top.get("cap", list, required=False, default=[])):
        row = _Reader(source, raw if isinstance(raw, dict) else {}, f"cap[{index + 1}].")
        fmt = row.get("format", str)
        if fmt not in FORMATS:
            raise row.fail("format", f"must be one of {', '.join(FORMATS)} (got {fmt!r})")
        hours = row.positive("hours", required=False, allow_zero=True)
        fraction = row.positive("fraction", required=False, allow_zero=True)
        if (hours is None) == (fraction is None):
            raise row.fail("hours", "give either hours or fraction")
        if fraction is not None and fraction > 1:
            raise row.fail("fraction", f"must be at most 1 (got {fraction:g})")
        caps.append(Cap(fmt, hours, fraction))
    carry = _Reader(source, top.get("carry_over", dict, required=False, default={}), "carry_over.")
    first = _Reader(source, top.get("first_cycle", dict, required=False, default={}), "first_cycle.")
    mode = first.get("mode", str, required=False, default="full")
    if mode not in FIRST_CYCLE_MODES:
        raise first.fail("mode", f"must be one of {', '.join(FIRST_CYCLE_MODES)} (got {mode!r})")
    first_hours = first.positive("hours", required=mode == "fixed", allow_zero=True)
    units_table = _Reader(source, top.get("units", dict, required=False, default={}), "units.")
    units = dict(DEFAULT_UNITS)
    for key in units_table.data:
        if key not in DEFAULT_UNITS:
            raise units_table.fail(key, f"unknown unit (known: {', '.join(DEFAULT_UNITS)})")
        units[key] = units_table.positive(key)
    notes = top.get("notes", list, required=False, default=[])
    return Profile(
        id=profile_id, name=top.get("name", str), jurisdiction=top.get("jurisdiction", str),
        status=status, effective_from=effective, sources=tuple(sources), cycle_months=cycle_months,
        total_hours=total, minimums=tuple(minimums), caps=tuple(caps),
        carry_over_max=carry.positive("max_hours", required=False, default=0.0, allow_zero=True),
        first_cycle_mode=mode, first_cycle_hours=first_hours, units=units,
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


@lru_cache(maxsize=1)
def _builtin_profiles() -> tuple[Profile, ...]:
    folder = resources.files("clingoals.profiles")
    return tuple(parse_profile(entry.read_text("utf-8"), f"built-in {entry.name}", "built-in")
                 for entry in sorted(folder.iterdir(), key=lambda e: e.name) if entry.name.endswith(".toml"))


def builtin_profiles() -> list[Profile]:
    return list(_builtin_profiles())


def user_profiles(folder: Path) -> list[Profile]:
    if not folder.is_dir():
        return []
    return [load_file(path, "added") for path in sorted(folder.glob("*.toml"))]


def all_profiles(user_folder: Path) -> list[Profile]:
    """Built-in first; a user profile with the same id replaces the built-in one."""
    by_id = {p.id: p for p in builtin_profiles()}
    by_id.update({p.id: p for p in user_profiles(user_folder)})
    return list(by_id.values())


def find_profile(profile_id: str, user_folder: Path) -> Profile:
    for profile in all_profiles(user_folder):
        if profile.id == profile_id:
            return profile
    raise InvalidInput(f"Unknown profile {profile_id!r}. 'goals ce profile list' shows them.")
