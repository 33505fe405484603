"""The renewal tally: pure code, data and today in, a status out.

Cycles are counted from the day after an end: a cycle ending on ``end`` is
followed by one from ``end + 1 day`` to ``(end + 1 day) + N months - 1 day``,
and a cycle whose start is not known starts at ``(end + 1 day) - N months``.
Consecutive cycles therefore tile the calendar: a credit never counts in two
cycles of one license. A credit counts in the cycle holding its date, or,
when it was taken late to make up an earlier cycle, in the cycle holding its
``counts_in`` date (a make-up credit).

Per license and cycle: convert units with the license's own table, apply
activity multipliers, format caps, activity caps and topic maximums (all
relative to the cycle's own requirement), give hours to category minimums
without counting an hour twice, check the provider share, completion
requirements (an exam) and deadline windows, add the carry-over, and report
required, counted and remaining hours, days left, the pace needed, a status
and, when remaining is not simply required minus counted, why.

The status weighs every rule that can still fail, not the total alone: the
hours met toward all of them (required less remaining) against an even pace
through the cycle, behind when more than 3 months of that pace short of it
(CE comes in bursts), and anything open in the last month before renewal (or
a deadline after licensure falling due within it) is behind; the reason names
the rule (provider share, minimums) that leaves the most to earn.

Hours are exact ``Fraction`` values throughout; the JSON view rounds them.
Which hours count, which minimum each fills and which count toward a
provider share are one choice, made by one small linear programme solved
exactly: every cap and topic maximum at once (a credit in two capped topics
is held to both), remaining as small as any choice allows, then the most
hours counted, then the minimums filled the most. A greedy pass, or separate
passes per rule, can leave a minimum short that a better assignment fills,
or count the same hour once for a minimum and again for the share.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction

from dateutil.relativedelta import relativedelta

from clingoals.ce.licenses import cycle_words
from clingoals.ce.profiles import Frozen, Minimum, Profile, as_number, exact, exact_sum

DAYS_PER_MONTH = 30.44
ONE_DAY = dt.timedelta(days=1)


class Credit(Frozen):
    __slots__ = FIELDS = ("id", "title", "amount", "unit", "date", "format", "categories", "activity",
                          "provider_type", "counts_in")

    def __init__(self, id: int, title: str, amount: float | Fraction, unit: str, date: dt.date, format: str,
                 categories: tuple[str, ...] = (), activity: str = "course", provider_type: str | None = None,
                 counts_in: dt.date | None = None):  # a make-up credit counts in the cycle holding counts_in
        set_field = object.__setattr__  # one per field: a ce status builds thousands of these
        set_field(self, "id", id)
        set_field(self, "title", title)
        set_field(self, "amount", amount)
        set_field(self, "unit", unit)
        set_field(self, "date", date)
        set_field(self, "format", format)
        set_field(self, "categories", categories)
        set_field(self, "activity", activity)
        set_field(self, "provider_type", provider_type)
        set_field(self, "counts_in", counts_in)

    @property
    def cycle_day(self) -> dt.date:
        """The day that decides which cycle the credit counts in."""
        return self.counts_in or self.date


class Done(Frozen):
    """A completion requirement ticked with ``goals license done``; ticked
    late with ``--cycle``, it counts in the cycle holding ``counts_in``."""

    __slots__ = FIELDS = ("requirement", "date", "counts_in")

    def __init__(self, requirement: str, date: dt.date, counts_in: dt.date | None = None):
        self._fill(locals())

    @property
    def cycle_day(self) -> dt.date:
        return self.counts_in or self.date


@dataclass(frozen=True)
class LicenseCycle:
    name: str
    renews: dt.date                 # the end of this cycle
    cycle_number: int = 1           # 1 for the license's first cycle
    supervisor: bool = False
    supervisor_since: dt.date | None = None  # supervisor-only minimums: cycles ending on or after it
    carry_over_hours: float | Fraction = 0
    start: dt.date | None = None    # known after a renewal: the day after the previous end
    issued: dt.date | None = None   # initial licensure, for deadline windows
    done: tuple[Done, ...] = ()


# --- cycle arithmetic ----------------------------------------------------------------

def cycle_start(end: dt.date, months: int) -> dt.date:
    """The start of a cycle known only by its end: (end + 1 day) - N months."""
    return end + ONE_DAY - relativedelta(months=months)


def next_cycle_end(end: dt.date, months: int) -> dt.date:
    """The end of the cycle after one ending on ``end``: (end + 1 day) + N months - 1 day."""
    return end + ONE_DAY + relativedelta(months=months) - ONE_DAY


def cycle_number_of(profile: Profile, issued: dt.date, renews: dt.date) -> int:
    """The cycle number of a license under ``profile`` issued on ``issued``
    whose current cycle ends on ``renews``: what `license add --issued` and
    `license edit --issued` store."""
    return cycle_number_from_issue(issued, renews, profile.cycle_months, absorb=not short_first_term(profile))


def short_first_term(profile: Profile) -> bool:
    """Whether a first term shorter than a cycle is a cycle of its own under
    ``profile``: where the board exempts a first cycle (Florida, New York),
    the exempt period is the stretch from licensure to the first renewal
    (Florida renews everyone on March 31 of odd years, so a license issued in
    January 2025 renewed two months later, exempt, and owes the full hours by
    2027). Absorbing that stretch into the next cycle would exempt a whole
    cycle. Elsewhere (California renews in the birth month) a first term
    is often longer than a cycle, and a stretch of a few weeks or months is
    absorbed into cycle 1."""
    return profile.first_cycle_mode == "exempt"


def absorbed_by_first_cycle(issued: dt.date, start: dt.date, months: int) -> bool:
    """Whether the time from ``issued`` to the day before ``start`` (a cycle's
    computed start) is too short to be a cycle of their own: fewer than half
    of the full cycle that would end the day before ``start``, in whole
    months. The first term then runs from the issue date through that cycle
    (a first term is often longer than a normal cycle: California renews in
    the birth month). Exactly half is a short first term of its own: a
    license issued March 2020 renewing every two years from March 2021 first
    renewed in February 2021 (New Jersey: in the second year of a biennial
    period, with half the credits), not after 36 months (trial 15 C9: the
    leap day made 12 of 24 months "fewer than half" by days)."""
    if issued >= start:
        return False
    previous = cycle_start(start - ONE_DAY, months)
    return issued > previous and whole_months(issued, start - ONE_DAY) * 2 < months


def first_term(issued: dt.date, renews: dt.date, months: int, number: int) -> tuple[dt.date, int] | None:
    """(the end of cycle 1, its length in whole months) of a license issued
    on ``issued`` whose cycle ``number`` ends on ``renews``, when that first
    term is shorter or longer than a cycle of ``months``; else None."""
    end = renews
    for _ in range(number - 1):
        end = cycle_start(end, months) - ONE_DAY
    if end < issued:
        return None
    length = whole_months(issued, end)
    return None if length == months else (end, length)


def first_term_words(profile: Profile, issued: dt.date, renews: dt.date) -> str | None:
    """One line saying why cycle 1 of a license is shorter or longer than the
    profile's cycle (:func:`first_term`), from the rule that numbers the
    cycles; None when it is a cycle like the others. A 36-month cycle 1 on a
    24-month profile, unexplained, read as a mistake (trial 15 C9)."""
    if issued >= renews:
        return None
    number = cycle_number_of(profile, issued, renews)
    found = first_term(issued, renews, profile.cycle_months, number)
    if found is None:
        return None
    from clingoals.numbers import counted

    end, length = found
    months, current = profile.cycle_months, number == 1
    if length < months:
        why = (f"issued partway through the board's {months}-month cycle, the license "
               f"{'renews' if current else 'first renewed'} at that cycle's end (half a cycle or more left "
               "is a term of its own)")
    else:
        why = (f"only {counted(length - months, 'month')} passed from issue to the next cycle's start, less than "
               f"half a cycle, so that time {'belongs' if current else 'belonged'} to the first term")
    return (f"Cycle 1, {issued.isoformat()} → {end.isoformat()}, {'is' if current else 'was'} a "
            f"{'short' if length < months else 'long'} first term ({length} months, not {months}): {why}.")


def cycle_number_from_issue(issued: dt.date, renews: dt.date, months: int, *, absorb: bool = True) -> int:
    """Which cycle of a license issued on ``issued`` ends on ``renews``.
    Cycle 1 runs from the issue date to the first renewal; whole cycles are
    stepped back from ``renews`` until one starts on or before the issue
    date, or the part left before one is absorbed by it (see
    :func:`absorbed_by_first_cycle`), so no cycle of a few days exists.
    ``absorb`` False (:func:`short_first_term`): a short first term is a
    cycle of its own."""
    number, start = 1, cycle_start(renews, months)
    while start > issued and not (absorb and absorbed_by_first_cycle(issued, start, months)) and number < 100:
        start = cycle_start(start - ONE_DAY, months)
        number += 1
    return number


def cycle_window(profile: Profile, cycle_or_end, start: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """(start, end) of a cycle, both inclusive."""
    if isinstance(cycle_or_end, LicenseCycle):
        end = cycle_or_end.renews
        start = cycle_or_end.start
        issued = cycle_or_end.issued
        if start is None:
            start = cycle_start(end, profile.cycle_months)
            if cycle_or_end.cycle_number == 1 and issued and issued <= end:
                start = issued  # a first cycle begins at licensure
        return licensed_from(start, end, issued), end
    end = cycle_or_end
    return (start or cycle_start(end, profile.cycle_months)), end


def licensed_from(start: dt.date, end: dt.date, issued: dt.date | None) -> dt.date:
    """A cycle never starts before the license was issued."""
    return issued if issued and start < issued <= end else start


def previous_window(profile: Profile, start: dt.date) -> tuple[dt.date, dt.date]:
    """The cycle that ended the day before ``start``."""
    end = start - ONE_DAY
    return cycle_start(end, profile.cycle_months), end


def whole_months(start: dt.date, end: dt.date) -> int:
    span = relativedelta(end + ONE_DAY, start)
    return span.years * 12 + span.months


# --- hours ---------------------------------------------------------------------------

def hours_of(credit: Credit, profile: Profile) -> Fraction:
    """The credit's hours with the license's unit table (before any multiplier)."""
    return profile.to_hours(credit.amount, credit.unit)


def required_hours(profile: Profile, cycle: LicenseCycle, start: dt.date, end: dt.date) -> Fraction:
    if cycle.cycle_number != 1:
        return profile.total_hours
    mode, hours = profile.first_cycle_rule(end)
    if mode == "exempt":
        return Fraction(0)
    if mode == "fixed":
        return exact(hours or 0)
    if mode == "prorated":
        share = Fraction(min(whole_months(start, end), profile.cycle_months), profile.cycle_months)
        return profile.total_hours * share
    return profile.total_hours


def _due_this_cycle(rule, cycle: LicenseCycle, start: dt.date, end: dt.date) -> bool:
    if not rule.applies(start, end):
        return False
    if getattr(rule, "supervisors_only", False) and (
            not cycle.supervisor or (cycle.supervisor_since is not None and end < cycle.supervisor_since)):
        return False  # not a supervisor, or not yet in a cycle that ended before they began
    every = rule.every_n_cycles
    return not (every and cycle.cycle_number % every != 0)


def required_minimums(profile: Profile, cycle: LicenseCycle, prior: list[Credit],
                      start: dt.date | None = None,
                      end: dt.date | None = None) -> tuple[dict[str, Fraction], list[dict]]:
    """(per-cycle minimums due, one-time minimums met before this cycle).

    A one-time minimum is due less what credits before this cycle gave its
    category; once they gave all of it, it is no longer due but is listed
    as met, with the day its hours were reached (a requirement that
    vanished once met looked forgotten). One pass over the prior credits
    decides both. A one-time minimum ticked with `goals license done` on a
    day up to this cycle's end (taken in an earlier cycle, or before the
    credits were recorded here: trial 23 #4) is met too, from that day
    (``ticked``). Deadline windows (``within_months_of_licensure``) are
    reported apart."""
    if start is None or end is None:
        start, end = cycle_window(profile, cycle)
    due: dict[str, Fraction] = defaultdict(Fraction)
    met: list[dict] = []
    for minimum in profile.minimums:
        if minimum.within_months_of_licensure or not _due_this_cycle(minimum, cycle, start, end):
            continue
        hours = exact(minimum.hours)
        if minimum.once:
            had, met_on = _once_progress(minimum.category, hours, prior, profile)
            ticked = once_ticked(cycle, minimum.category, end)
            if ticked is not None and (met_on is None or ticked < met_on):
                met_on = ticked
            if met_on is not None:
                met.append({"category": minimum.category, "hours": as_number(minimum.hours),
                            "met_on": met_on.isoformat(), "ticked": met_on == ticked})
                continue
            hours -= had
        if hours > 0:
            due[minimum.category] += hours
    # a category still due under another of its minimums is shown by that one
    return dict(due), [m for m in met if m["category"] not in due]


def once_ticked(cycle: LicenseCycle, category: str, end: dt.date) -> dt.date | None:
    """The first day a one-time minimum's ``category`` was ticked done
    (`goals license done`) on or before ``end``, or None."""
    days = [d.date for d in cycle.done if d.requirement.casefold() == category.casefold() and d.date <= end]
    return min(days, default=None)


def _once_progress(category: str, hours: Fraction, prior: list[Credit],
                   profile: Profile) -> tuple[Fraction, dt.date | None]:
    """(hours earlier credits gave ``category``, the day they reached
    ``hours`` or None): the one reading of a one-time minimum's history."""
    had, met_on = Fraction(0), None
    for credit in sorted((c for c in prior if category in c.categories), key=lambda c: c.cycle_day):
        had += hours_of(credit, profile)
        if met_on is None and had >= hours:
            met_on = credit.date
    return had, met_on


# --- exact linear programme --------------------------------------------------------

def _whole(value):
    """An integral Fraction as an int: int arithmetic is many times faster,
    and the tableau's entries mostly stay whole."""
    return value.numerator if type(value) is Fraction and value.denominator == 1 else value


def _lex_max(rows: list[tuple[dict, Fraction]], objectives: list[dict]) -> dict:
    """Maximise each objective in turn over {x >= 0 : sum(coef * x) <= bound
    for each row}, keeping every earlier objective at its optimum.

    Exact simplex with Bland's rule (no cycling); every bound is >= 0, so
    x = 0 is the starting vertex. Coefficients must be whole numbers; the
    bounds are scaled by their common denominator, so entries stay Python
    ints unless a pivot makes a fraction. Rows and objectives map variable
    names to coefficients; returns the value of each variable that is not 0.
    Caps on overlapping sets (a credit in two capped topics and a capped
    format) are not a flow network, so the tally solves them this way; the
    problems are small (one variable per pool of alike credits).
    """
    variables = list(dict.fromkeys(v for coefs, _ in rows for v in coefs))
    column = {v: j for j, v in enumerate(variables)}
    n, m = len(variables), len(rows)
    bounds = [exact(bound) for _, bound in rows]
    scale = math.lcm(*(b.denominator for b in bounds)) if bounds else 1
    table = []
    for r, (coefs, _) in enumerate(rows):
        row = [0] * (n + m) + [_whole(bounds[r] * scale)]
        for v, coef in coefs.items():
            row[column[v]] = int(coef)
        row[n + r] = 1
        table.append(row)
    basis = [n + r for r in range(m)]
    costs = []
    for objective in objectives:
        cost = [0] * (n + m + 1)
        for v, coef in objective.items():
            if v in column:
                cost[column[v]] = int(coef)
        costs.append(cost)
    for k, cost in enumerate(costs):
        while True:
            # Only columns that keep the earlier objectives optimal may enter.
            entering = next((j for j, value in enumerate(cost[:-1]) if value > 0
                             and not any(costs[e][j] for e in range(k))), None)
            if entering is None:
                break
            leaving, best = None, None
            for r, row in enumerate(table):
                if row[entering] > 0:
                    ratio = Fraction(row[-1]) / row[entering]
                    if best is None or ratio < best or (ratio == best and basis[r] < basis[leaving]):
                        leaving, best = r, ratio
            pivot = table[leaving]
            factor = pivot[entering]
            nonzero = [j for j, value in enumerate(pivot) if value]  # the tableau is sparse
            if factor != 1:
                for j in nonzero:
                    pivot[j] = _whole(Fraction(pivot[j]) / factor)
            for other in table + costs:
                if other is not pivot and other[entering]:
                    times = other[entering]
                    for j in nonzero:
                        other[j] = _whole(other[j] - times * pivot[j])
            basis[leaving] = entering
    return {variables[j]: Fraction(table[r][-1]) / scale for r, j in enumerate(basis) if j < n and table[r][-1]}


# The only cycle a profile exempts is a license's first (``[first_cycle] mode = "exempt"``).
EXEMPT_REASON = "first cycle"


def status_words(result: dict) -> str:
    """A cycle's status as every view writes it: "on track", "complete", and
    "exempt (first cycle)" with the reason (a tally's or a digest's row)."""
    if result["status"] == "exempt":
        return f"exempt ({result.get('exempt_reason') or EXEMPT_REASON})"
    return result["status"].replace("_", " ")


# CE comes in bursts (a weekend workshop, a conference), not an hour a week:
# a cycle is behind only when its hours are more than this many days' worth
# of an even pace short of it (3 months), not the day it falls under it (0 h
# on day 34 of 730 read "behind", a false alarm; session 13 notes).
PACE_SLACK_DAYS = 91
SLACK_WORDS = "3 months"


def lag_words(status: str, behind_from: dt.date | None) -> str:
    """What follows "under the X h an even pace ... has by today": more than
    the slack behind it (behind), or less, and the day it turns behind if
    nothing more is earned (on track)."""
    if status == "behind":
        return f", more than {SLACK_WORDS} behind it"
    when = f"; behind from {behind_from.isoformat()} if nothing more is earned" if behind_from else ""
    return f", but less than {SLACK_WORDS} behind it (CE often comes in bursts){when}"


def pace_reason(status: str, have: Fraction, expected: Fraction, carried: bool,
                behind_from: dt.date | None = None) -> str:
    """Why a cycle is "on track" or "behind", from the rule that decides it:
    the hours counted (with carry-over) against an even pace through the
    cycle (the required hours times the share of the cycle gone by). The
    pace shown beside it ("about 3.5 h a month") is what is left spread over
    the months left, so "behind" at an easy-looking pace read as unexplained
    (trial 15 C11). The even-pace figure is rounded away from ``have``, so
    the words never contradict the status. Under it but by less than
    :data:`PACE_SLACK_DAYS` of pace is on track, and says so and until when
    (``behind_from``)."""
    from clingoals.numbers import number

    under = status == "behind" or have < expected
    tenths = expected * 10
    shown = (math.ceil(tenths) if under else math.floor(tenths)) / 10
    counted_words = f"{number(float(have))} h counted{' with carry-over' if carried else ''}"
    if under:
        return (f"{counted_words}, under the {number(shown)} h an even pace through the cycle has by today"
                + lag_words(status, behind_from))
    return f"{counted_words}, at least the {number(shown)} h an even pace through the cycle has by today"


# In the last month before renewal anything still open is "behind", whatever
# the even pace says: the month people panic in is the one to warn about.
CLOSE_DAYS = 30


def binding_rule(remaining, total_short, category_short, provider_short, categories, share, provider_needed,
                 listed_hours) -> tuple[str, str] | None:
    """(which rule, its words) that leaves the most to earn when it is not
    the total: the provider share or the category minimums ("provider_share",
    "the provider rule asks 36 h from nysed-approved providers and 27 h of
    yours are"); None when the total decides (or nothing is left)."""
    if not remaining or remaining == total_short:
        return None
    if provider_short == remaining:
        return ("provider_share", f"the provider rule asks {_h(provider_needed)} from "
                                  f"{' or '.join(share.provider_types)} providers and {_h(listed_hours)} of yours are")
    names = ", ".join(f"{_h(c['remaining'])} {c['category']}" for c in categories if c["remaining"] > 0)
    return ("minimums", f"the minimums are still open ({names})")


def rule_pace_reason(status: str, met: Fraction, required: Fraction, expected: Fraction,
                     rule: tuple[str, str], behind_from: dt.date | None = None) -> str:
    """:func:`pace_reason` when a rule other than the total leaves the most
    to earn: the hours met toward every rule against the even pace, and the
    rule that holds them back."""
    from clingoals.numbers import number

    under = status == "behind" or met < expected
    tenths = expected * 10
    shown = (math.ceil(tenths) if under else math.floor(tenths)) / 10
    where = "under" if under else "at least"
    lag = lag_words(status, behind_from) if under else ""
    return (f"{number(float(met))} of the {_h(required)} required met, {where} the {number(shown)} h an even pace "
            f"through the cycle has by today{lag}: {rule[1]}")


def close_reason(days_left: int, remaining: Fraction, rule: tuple[str, str] | None, open_items: list[str]) -> str:
    """Why a cycle in its last month with something open is behind: the
    days left, what is still to earn or do, and the rule that asks it."""
    from clingoals.numbers import counted

    when = "renews today" if days_left == 0 else f"renews in {counted(days_left, 'day')}"
    still = [f"{_h(remaining)} still to earn"] if remaining else []
    still += [f"{item} not done" for item in open_items]
    text = f"{when} with {', '.join(still)}"
    return text + (f": {rule[1]}" if rule else "")


def deadline_words(deadline: dict, today: dt.date) -> str:
    """An open deadline after licensure as a status line says it:
    "domestic-violence 2 h due 2026-02-15, in 14 days: within 6 months of
    initial licensure (2025-08-15)", or "... was due ..." once it passed."""
    from clingoals.numbers import counted

    hours = f" {_h(deadline['hours'])}" if deadline.get("hours") else ""
    if not deadline.get("due"):
        return f"{deadline['requirement']}{hours} {deadline['note']}"
    days = (dt.date.fromisoformat(deadline["due"]) - today).days
    when = (f"was due {deadline['due']}" if days < 0 else
            f"due {deadline['due']}, " + ("today" if days == 0 else f"in {counted(days, 'day')}"))
    return f"{deadline['requirement']}{hours} {when}: {deadline['note']}"


def overdue_reason(today: dt.date, end: dt.date, remaining, rule, open_completions: list[str],
                   open_deadlines: list[dict]) -> str:
    """Why a cycle is overdue: a deadline after licensure that passed, or
    the cycle ended with hours or a requirement open (a bare "overdue" left
    the person to find which)."""
    passed = [d for d in open_deadlines if d["due"] and d["due"] < today.isoformat()]
    parts = [deadline_words(d, today) for d in passed]
    if today > end:
        still = ([f"{_h(remaining)} still to earn"] if remaining else []) + \
                [f"{item} not done" for item in open_completions]
        if still:
            parts.insert(0, f"the cycle ended {end.isoformat()} with {', '.join(still)}"
                            + (f": {rule[1]}" if rule else ""))
    return "; ".join(parts) or f"the cycle ended {end.isoformat()}"


def pace_words(remaining, days_left: int) -> str | None:
    """The pace still needed, in the unit that fits the time left: "9 h in
    11 days" in the last weeks, "about 2 h a week" in the last months, else
    "about 1.5 h a month" (a month's pace 11 days before renewal read as
    time to spare)."""
    from clingoals.numbers import counted, number

    if not remaining or days_left <= 0:
        return None
    hours = float(exact(remaining))
    if days_left < 45:
        return f"{_h(remaining)} in {counted(days_left, 'day')}"
    if days_left < 120:
        return f"about {number(round(hours / (days_left / 7), 1))} h a week"
    return f"about {number(round(hours / (days_left / DAYS_PER_MONTH), 1))} h a month"


# --- the tally -----------------------------------------------------------------------

class _Pool(Frozen):
    __slots__ = FIELDS = ("group", "topics", "fillable", "listed")

    def __init__(self, group: tuple, topics: tuple, fillable: tuple, listed: bool):
        # group: ("format", f) | ("activity", name) | ("completion",); topics: every topic maximum
        # it counts against; fillable: minimum categories it may fill; listed: from a provider
        # type the provider share lists
        self._fill(locals())


def tally(profile: Profile, cycle: LicenseCycle, credits: list[Credit], today: dt.date) -> dict:
    """The status of one license's cycle (``goals ce status --json``)."""
    start, end = cycle_window(profile, cycle)
    mine = [c for c in credits if start <= c.cycle_day <= end]
    prior = [c for c in credits if c.cycle_day < start]
    elsewhere = [c for c in credits if start <= c.date <= end and not start <= c.cycle_day <= end]
    first = cycle.cycle_number == 1
    exempt = first and profile.first_cycle_rule(end)[0] == "exempt"
    required = required_hours(profile, cycle, start, end)
    minimums, once_met = ({}, []) if exempt else required_minimums(profile, cycle, prior, start, end)

    # Completion requirements: due this cycle, done (ticked in the cycle), and
    # their hours added as a credit of their own.
    completions, synthetic = [], []
    for rule in profile.completions:
        if rule.within_months_of_licensure or exempt or not _due_this_cycle(rule, cycle, start, end):
            continue
        ticks = [d for d in cycle.done if d.requirement.casefold() == rule.name.casefold()]
        if rule.once and any(d.cycle_day < start for d in ticks):
            continue
        done = next((d for d in ticks if start <= d.cycle_day <= end), None)
        completions.append({"name": rule.name, "done": done.date.isoformat() if done else None,
                            "category": rule.category, "hours": as_number(rule.hours),
                            "make_up": bool(done and done.date > end)})
        if done and rule.hours:
            synthetic.append(Credit(-len(synthetic) - 1, rule.name, rule.hours, "hours", done.date,
                                    "in-person", (rule.category,), activity="completion", counts_in=done.counts_in))

    share = profile.provider_share if profile.provider_share and profile.provider_share.applies(start, end) else None
    caps: dict[str, Fraction] = {}
    for cap in profile.caps:
        if cap.applies(start, end):
            limit = cap.max_hours(required)
            caps[cap.format] = min(caps.get(cap.format, limit), limit)
    topic_limits: dict[str, Fraction] = {}
    for maximum in profile.maximums:
        if maximum.applies(start, end):
            limit = maximum.max_hours(required)
            topic_limits[maximum.category] = min(topic_limits.get(maximum.category, limit), limit)

    # Hours are collected per key and summed once (exact_sum): adding
    # Fractions one by one costs a gcd each, and a cycle holds hundreds.
    pool_hours: dict[tuple, list[Fraction]] = defaultdict(list)
    group_hours: dict[tuple, list[Fraction]] = defaultdict(list)
    activity_hours: dict[str, list[Fraction]] = defaultdict(list)
    logged_hours: list[Fraction] = []
    shares_of: dict[tuple, tuple] = {}  # a credit's categories -> (topics, fillable)
    group_caps: dict[tuple, Fraction] = {("format", f): limit for f, limit in caps.items()}
    for credit in mine + synthetic:
        hours = hours_of(credit, profile)
        logged_hours.append(hours)
        rule = profile.activity(credit.activity, start, end) if credit.activity != "completion" else None
        if rule:
            activity_hours[rule.name].append(hours)
            hours = hours * exact(rule.multiplier)
            if rule.max_hours_each is not None:
                hours = min(hours, exact(rule.max_hours_each))
            group = ("activity", rule.name)
            if rule.max_hours is not None:
                group_caps[group] = exact(rule.max_hours)
        elif credit.activity == "completion":
            group = ("completion",)
        else:
            group = ("format", credit.format)
        categories = tuple(credit.categories)
        shares = shares_of.get(categories)
        if shares is None:
            shares = shares_of[categories] = (tuple(t for t in topic_limits if t in categories),
                                              tuple(sorted(c for c in set(categories) if c in minimums)))
        listed = bool(share and credit.provider_type in share.provider_types)
        pool_hours[(group, *shares, listed)].append(hours)
        group_hours[group].append(hours)
    logged = exact_sum(logged_hours)
    pools: dict[_Pool, Fraction] = defaultdict(Fraction, {_Pool(*key): exact_sum(parts)
                                                          for key, parts in pool_hours.items()})
    logged_by_group: dict[tuple, Fraction] = defaultdict(Fraction, {g: exact_sum(parts)
                                                                    for g, parts in group_hours.items()})
    raw_by_activity: dict[str, Fraction] = defaultdict(Fraction, {name: exact_sum(parts)
                                                                  for name, parts in activity_hours.items()})

    carry = Fraction(0) if first else min(exact(cycle.carry_over_hours), profile.carry_over_max)
    provider_needed = exact(share.fraction) * required if share else Fraction(0)
    total_target = max(required - carry, Fraction(0))
    minimum_target = sum(minimums.values(), Fraction(0))
    # One exact LP chooses which hours count (x[pool]: at most its hours, each
    # topic maximum and format or activity cap) and which minimum each fills
    # (y[pool, category]: never an hour twice, never more than counted).
    # Remaining is the largest of three shortfalls (total, open minimums,
    # provider share), all of the same choice; r = worst - remaining, so
    # maximising r first makes remaining as small as any choice allows. Then:
    # count the most, then fill minimums the most.
    worst = max(total_target, minimum_target, provider_needed)
    rows: list[tuple[dict, Fraction]] = [({("x", pool): 1}, hours) for pool, hours in pools.items()]
    for topic, limit in topic_limits.items():
        rows.append(({("x", pool): 1 for pool in pools if topic in pool.topics}, limit))
    for group, limit in group_caps.items():
        rows.append(({("x", pool): 1 for pool in pools if pool.group == group}, limit))
    for pool in pools:
        if pool.fillable:
            rows.append(({**{("y", pool, c): 1 for c in pool.fillable}, ("x", pool): -1}, Fraction(0)))
    for category, hours in minimums.items():
        rows.append(({("y", pool, category): 1 for pool in pools if category in pool.fillable}, hours))
    rows.append(({"r": 1}, worst))
    rows.append(({"r": 1, **{("x", pool): -1 for pool in pools}}, worst - total_target))
    if minimums:
        rows.append(({"r": 1, **{("y", pool, c): -1 for pool in pools for c in pool.fillable}},
                     worst - minimum_target))
    if share:
        rows.append(({"r": 1, **{("x", pool): -1 for pool in pools if pool.listed}}, worst - provider_needed))
    solution = _lex_max([(coefs, bound) for coefs, bound in rows if coefs],
                        [{"r": 1}, {("x", pool): 1 for pool in pools},
                         {("y", pool, c): 1 for pool in pools for c in pool.fillable}])
    counted_pool = {pool: solution.get(("x", pool), Fraction(0)) for pool in pools}
    counted_by_group: dict[tuple, Fraction] = defaultdict(Fraction)
    for pool, hours in counted_pool.items():
        counted_by_group[pool.group] += hours
    counted = sum(counted_pool.values(), Fraction(0))
    listed_hours = sum((h for pool, h in counted_pool.items() if pool.listed), Fraction(0))
    filled: dict[str, Fraction] = defaultdict(Fraction)
    for key, hours in solution.items():
        if key[0] == "y":
            filled[key[2]] += hours
    categories = []
    for category, hours in sorted(minimums.items()):
        categories.append({"category": category, "required": hours, "counted": filled[category],
                           "remaining": max(hours - filled[category], Fraction(0))})
    category_short = sum((c["remaining"] for c in categories), Fraction(0))
    total_short = max(required - counted - carry, Fraction(0))
    provider_short = max(provider_needed - listed_hours, Fraction(0))
    remaining = max(total_short, category_short, provider_short)

    deadlines = _deadlines(profile, cycle, credits, start, end, today)
    open_completions = [c["name"] for c in completions if not c["done"]]
    open_deadlines = [d for d in deadlines if not d["met"]]

    days_left = (end - today).days
    months_left = max(days_left / DAYS_PER_MONTH, 0.0)
    pace = exact(remaining) / exact(max(months_left, 1.0)) if remaining else Fraction(0)
    other_ids = sorted({c.id for c in mine if c.id > 0 and not (share and c.provider_type in share.provider_types)})
    # counted hours from providers a provider share doesn't accept (counted - listed_hours)
    other_hours = exact_sum([h for pool, h in counted_pool.items() if not pool.listed])
    rule = binding_rule(remaining, total_short, category_short, provider_short, categories, share,
                        provider_needed, listed_hours)
    reason = None
    if not remaining and not open_completions and not open_deadlines:
        status = "exempt" if exempt else "complete"  # nothing was due: not "complete", as if hours were done
    elif today > end or any(d["due"] and d["due"] < today.isoformat() for d in open_deadlines):
        status = "overdue"
        reason = overdue_reason(today, end, remaining, rule, open_completions, open_deadlines)
    else:
        # Every rule that can still fail is weighed, not the total alone: the
        # hours met toward all of them (required less remaining, which is the
        # largest shortfall of total, minimums and provider share) against an
        # even pace through the cycle; and in the last CLOSE_DAYS anything
        # still open is behind (trial 3 #2: "on track" 11 days before renewal
        # with 9 h of approved-provider hours missing), and so is a deadline
        # after licensure falling due within CLOSE_DAYS.
        length = max((end - start).days, 1)
        elapsed = (today - start).days / length
        expected = required * exact(min(max(elapsed, 0.0), 1.0))
        # behind only when more than PACE_SLACK_DAYS of even pace short of it
        lagged = required * exact(min(max(((today - start).days - PACE_SLACK_DAYS) / length, 0.0), 1.0))
        met = max(required - remaining, Fraction(0))
        behind_from = None
        if required and met < expected:  # the first day the slack runs out with nothing more earned
            days = PACE_SLACK_DAYS + math.floor(met * length / required) + 1
            behind_from = min(start + dt.timedelta(days=days), end - dt.timedelta(days=CLOSE_DAYS))
        close = days_left <= CLOSE_DAYS
        soon = [d for d in open_deadlines if d["due"] and (dt.date.fromisoformat(d["due"]) - today).days <= CLOSE_DAYS]
        # The first CLOSE_DAYS of a cycle are never behind for want of hours:
        # "behind: 0 h counted, under the 0.1 h ..." the day after a renewal
        # read as a false alarm.
        fresh = (today - start).days < CLOSE_DAYS and not close
        status = "on_track" if (met >= lagged or fresh) and not close and not soon else "behind"
        open_items = open_completions + [d["requirement"] for d in open_deadlines]
        if close:
            reason = close_reason(days_left, remaining, rule, open_items)
        elif soon:
            reason = "; ".join(deadline_words(d, today) for d in soon)
        elif exempt:  # "0 h counted, at least the 0 h an even pace ..." of a cycle owing no hours
            reason = "no hours required this cycle (first cycle); " + "; ".join(
                deadline_words(d, today) for d in open_deadlines)
        elif fresh and (met < expected or not met):
            from clingoals.numbers import counted as count_of
            began = "today" if today <= start else f"{count_of((today - start).days, 'day')} ago"
            reason = f"the cycle began {began}; {_h(remaining)} to earn by {end.isoformat()}"
        else:
            reason = (pace_reason(status, counted + carry, expected, bool(carry), behind_from) if rule is None else
                      rule_pace_reason(status, met, required, expected, rule, behind_from))

    next_text = next_steps(categories, remaining, caps, logged_by_group, open_completions,
                           provider_short, open_deadlines)
    by_id = {c.id: c for c in mine}
    return {
        "name": cycle.name,
        "profile": profile.id,
        "profile_status": profile.status,
        "profile_label": profile.label,
        "cycle_start": start.isoformat(),
        "cycle_end": end.isoformat(),
        "cycle_number": cycle.cycle_number,
        "cycle_label": cycle_words(cycle.cycle_number, cycle.issued,
                                   cycle_number_of(profile, cycle.issued, cycle.renews)
                                   if cycle.issued and cycle.start is None and cycle.issued < cycle.renews else None),
        "days_left": days_left,
        "required_hours": as_number(required),
        "logged_hours": as_number(logged),
        "counted_hours": as_number(counted),
        "carry_over_hours": as_number(carry),
        "remaining_hours": as_number(remaining),
        "remaining_note": remaining_note(required, counted, carry, remaining, categories, provider_short,
                                         provider_needed, listed_hours, other_hours, other_ids),
        "done_fraction": as_number(Fraction(1) if not required else
                                   min(max((required - remaining) / required, Fraction(0)), Fraction(1))),
        "pace_per_month": as_number(pace, 2),
        "pace_text": pace_words(remaining, days_left),
        "status": status,
        "status_reason": reason,
        "status_rule": rule[0] if rule and status in ("on_track", "behind") else None,
        "exempt": exempt,
        "exempt_reason": EXEMPT_REASON if exempt else None,
        "categories": [{k: as_number(v) if isinstance(v, Fraction) else v for k, v in c.items()} for c in categories],
        "once_met": once_met,
        "caps": [{"format": fmt, "max_hours": as_number(limit),
                  "logged_hours": as_number(logged_by_group.get(("format", fmt), Fraction(0))),
                  "counted_hours": as_number(counted_by_group.get(("format", fmt), Fraction(0)))}
                 for fmt, limit in caps.items()],
        "activities": [{"activity": rule.name, "multiplier": as_number(rule.multiplier),
                        "max_hours": as_number(rule.max_hours), "logged_hours": as_number(raw_by_activity[rule.name]),
                        "counted_hours": as_number(counted_by_group.get(("activity", rule.name), Fraction(0)))}
                       for rule in profile.activities if rule.applies(start, end) and rule.name in raw_by_activity],
        "maximums": [{"category": topic, "max_hours": as_number(limit),
                      "logged_hours": as_number(sum((h for p, h in pools.items() if topic in p.topics), Fraction(0))),
                      "counted_hours": as_number(sum((h for p, h in counted_pool.items() if topic in p.topics),
                                                     Fraction(0)))}
                     for topic, limit in topic_limits.items()],
        "provider_share": None if not share else {
            "provider_types": list(share.provider_types), "required_hours": as_number(provider_needed),
            "counted_hours": as_number(min(listed_hours, counted)), "remaining_hours": as_number(provider_short),
            "other_hours": as_number(other_hours), "other_credit_ids": other_ids},
        "completions": completions,
        "deadlines": deadlines,
        "make_up_credits": [{"id": c.id, "title": c.title, "date": c.date.isoformat(),
                             "hours": as_number(hours_of(c, profile))} for c in mine if c.date > end],
        "counted_elsewhere": [{"id": c.id, "title": c.title, "date": c.date.isoformat(),
                               "counts_in": c.counts_in.isoformat()} for c in elsewhere],
        "credit_ids": sorted(by_id),
        "next": next_text,
        "credits_in_cycle": len(mine),
        "surplus_hours": as_number(max(counted + carry - required, Fraction(0))),
    }


def _deadlines(profile: Profile, cycle: LicenseCycle, credits: list[Credit], start: dt.date, end: dt.date,
               today: dt.date) -> list[dict]:
    """Requirements with a deadline window after initial licensure, shown in
    the cycle their deadline falls in (and later ones while they are unmet)."""
    out = []
    rules = [r for r in profile.minimums + profile.completions if r.within_months_of_licensure]
    for rule in rules:
        if not rule.applies(start, end):
            continue
        is_minimum = isinstance(rule, Minimum)
        label = rule.category if is_minimum else rule.name
        months = rule.within_months_of_licensure
        if cycle.issued is None:
            if cycle.cycle_number == 1:
                out.append({"requirement": label, "hours": as_number(rule.hours) if is_minimum else None,
                            "due": None, "met": False, "counted_hours": 0,
                            "note": f"due within {months} months of initial licensure: "
                                    "set the license's issue date (goals license edit NAME --issued DATE)"})
            continue
        due = cycle.issued + relativedelta(months=months)
        if is_minimum:
            have = sum((hours_of(c, profile) for c in credits
                        if rule.category in c.categories and cycle.issued <= c.date <= due), Fraction(0))
            met = have >= exact(rule.hours)
        else:
            have = Fraction(0)
            met = any(d.requirement.casefold() == rule.name.casefold() and d.date <= due for d in cycle.done)
        if start <= due <= end or (due < start and not met):
            out.append({"requirement": label, "hours": as_number(rule.hours) if is_minimum else None,
                        "due": due.isoformat(), "met": met, "counted_hours": as_number(min(have, exact(rule.hours)))
                        if is_minimum else None,
                        "note": f"within {months} months of initial licensure ({cycle.issued.isoformat()})"})
    return out


def _h(value) -> str:
    return f"{float(round(exact(value), 2)):g} h"


def remaining_note(required, counted, carry, remaining, categories, provider_short, provider_needed,
                   listed_hours, other_hours=0, other_ids=()) -> str | None:
    """One line saying why remaining is not required minus counted, with
    that subtraction written out so the panel's numbers can be checked:
    "12 h, not 24 − 16 = 8 h: at least 12 h must come from ..."."""
    plain = required - counted
    if remaining == plain:
        return None
    if plain < 0 and not remaining:
        return f"Nothing left to earn: {_h(counted)} counted, {_h(-plain)} more than the {_h(required)} required."
    reasons = []
    if carry:
        reasons.append(f"the {_h(carry)} carried over from the previous cycle count toward the total")
    if remaining > max(plain - carry, 0):
        open_minimums = [c for c in categories if c["remaining"] > 0]
        if provider_short == remaining:
            reason = (f"at least {_h(provider_needed)} must come from the listed provider types "
                      f"and {_h(listed_hours)} of yours do")
            if other_hours:  # trial 3 #2: say which hours the rule doesn't take, and that they are why
                which = ", ".join(map(str, other_ids))
                reason += (f"; {_h(other_hours)} of the {_h(counted)} counted {'is' if other_hours == 1 else 'are'} "
                           f"from providers the rule "
                           f"doesn't accept (credit{'s' if len(other_ids) != 1 else ''} {which}), so "
                           f"{_h(provider_short)} more must come from the listed ones")
            reasons.append(reason)
        if open_minimums and sum(c["remaining"] for c in open_minimums) == remaining:
            names = ", ".join(f"{_h(c['remaining'])} {c['category']}" for c in open_minimums)
            covered = "the total is covered but " if plain - carry <= 0 else ""
            reasons.append(f"{covered}minimums are still open ({names}) and those hours must be earned")
    difference = f"{_h(plain)}" if plain >= 0 else f"−{_h(-plain)}"
    return (f"{_h(remaining)}, not {_h(required)} − {_h(counted)} = {difference}: "
            + "; ".join(reasons) + ".")


def next_steps(categories: list[dict], remaining, caps: dict, logged: dict, completions: list[str] = (),
               provider_short=0, deadlines: list[dict] = ()) -> str | None:
    """What to take next, in a clinician's words: "3 h ethics, 2 h live"."""
    parts = [f"{_h(c['remaining'])} {c['category']}" for c in categories if c["remaining"] > 0]
    rest = remaining - sum((c["remaining"] for c in categories), Fraction(0))
    full = [fmt for fmt, limit in caps.items() if logged.get(("format", fmt), Fraction(0)) >= limit]
    remarks = []  # said once, in one bracket after the hours
    if rest > 0:
        kind = "live or in person" if "self-study" in full else "any topic"
        parts.append(f"{_h(rest)} {kind}")
    elif "self-study" in full and parts:
        remarks.append("live or in person: self-study is capped")
    if provider_short and parts:
        # The same hours, not more: they can fill the parts above.
        share = "all" if provider_short >= remaining else f"at least {_h(provider_short)}"
        remarks.append(f"{share} of these from a listed provider type")
    elif provider_short:
        parts.append(f"{_h(provider_short)} from a listed provider type")
    if remarks:
        parts[-1] += f" ({'; '.join(remarks)})"
    parts += [d["requirement"] + (f" by {d['due']}" if d["due"] else "") for d in deadlines]
    parts += list(completions)
    return ", ".join(parts) or None


def surplus_for_next_cycle(profile: Profile, result: dict) -> float:
    """Hours beyond the requirement, up to the carry-over allowed."""
    return as_number(min(exact(result["surplus_hours"]), profile.carry_over_max))


def outcome(result: dict) -> dict:
    """How a cycle ended (or stands): complete, or short by X h and where."""
    short = [{"category": c["category"], "hours": c["remaining"]} for c in result["categories"] if c["remaining"]]
    open_items = [c["name"] for c in result["completions"] if not c["done"]]
    open_items += [d["requirement"] for d in result["deadlines"] if not d["met"]]
    if result["provider_share"] and result["provider_share"]["remaining_hours"]:
        short.append({"category": "listed providers", "hours": result["provider_share"]["remaining_hours"]})
    complete = result["status"] in ("complete", "exempt")
    ended = result["days_left"] < 0
    where = ", ".join(f"{s['hours']:g} h {s['category']}" for s in short if s["category"] != "listed providers")
    if result["provider_share"] and result["provider_share"]["remaining_hours"]:  # the same hours, not more
        where += ("; " if where else "") + f"at least {result['provider_share']['remaining_hours']:g} h from listed providers"
    parts = []
    if result["remaining_hours"]:
        parts.append((f"short by {result['remaining_hours']:g} h" if ended else
                      f"in progress: {result['remaining_hours']:g} h to go") + (f" ({where})" if short else ""))
    if open_items:
        parts.append(f"not done: {', '.join(open_items)}")
    text = "complete" if complete else "; ".join(parts)
    if result.get("exempt"):  # the board exempts the first cycle: nothing was due, not "0 h done"
        text = status_words({**result, "status": "exempt"})
    return {"complete": complete, "short_hours": result["remaining_hours"], "short_categories": short,
            "not_done": open_items, "text": text}
