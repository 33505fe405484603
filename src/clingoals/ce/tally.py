"""The renewal tally: pure code, data and today in, a status out.

Per license and cycle: convert units to hours, keep the credits dated in
the cycle, apply format caps, give hours to category minimums without
counting an hour twice, add the carry-over, and report required, counted
and remaining hours, days left, the pace needed and a status.

Category allocation is a small maximum-flow problem (source -> format cap
-> credit -> category it may fill -> minimum), solved exactly in hundredths
of an hour; a greedy pass can leave a minimum short that a better
assignment fills.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict, deque
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from clingoals.ce.profiles import Profile

SCALE = 100  # hundredths of an hour: exact integer arithmetic in the flow
DAYS_PER_MONTH = 30.44


@dataclass(frozen=True)
class Credit:
    id: int
    title: str
    amount: float
    unit: str
    date: dt.date
    format: str
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class LicenseCycle:
    name: str
    renews: dt.date            # the end of the current cycle
    cycle_number: int = 1      # 1 for the license's first cycle
    supervisor: bool = False
    carry_over_hours: float = 0.0


def cycle_window(profile: Profile, renews: dt.date) -> tuple[dt.date, dt.date]:
    """The cycle is the ``cycle_months`` before the renewal date, inclusive."""
    return renews - relativedelta(months=profile.cycle_months) + dt.timedelta(days=1), renews


def hours_of(credit: Credit, profile: Profile) -> float:
    return round(credit.amount * profile.hours_per_unit(credit.unit), 2)


def _max_flow(capacity: dict, source, sink) -> dict:
    """Edmonds-Karp on integer capacities; returns the flow on each edge."""
    flow: dict = defaultdict(int)
    neighbours: dict = defaultdict(dict)  # insertion-ordered: deterministic without sorting
    for (a, b) in capacity:
        neighbours[a][b] = None
        neighbours[b][a] = None
    while True:
        parent = {source: None}
        queue = deque([source])
        while queue and sink not in parent:
            node = queue.popleft()
            for nxt in neighbours[node]:
                residual = capacity.get((node, nxt), 0) - flow[(node, nxt)] + flow[(nxt, node)]
                if nxt not in parent and residual > 0:
                    parent[nxt] = node
                    queue.append(nxt)
        if sink not in parent:
            return flow
        path, node = [], sink
        while parent[node] is not None:
            path.append((parent[node], node))
            node = parent[node]
        push = min(capacity.get(e, 0) - flow[e] + flow[(e[1], e[0])] for e in path)
        for a, b in path:
            back = min(push, flow[(b, a)])  # cancel reverse flow first
            flow[(b, a)] -= back
            flow[(a, b)] += push - back


def required_minimums(profile: Profile, cycle: LicenseCycle, prior: list[Credit]) -> dict[str, float]:
    """Minimums due this cycle, after once-only ones met in earlier cycles."""
    due: dict[str, float] = defaultdict(float)
    for minimum in profile.minimums:
        if minimum.supervisors_only and not cycle.supervisor:
            continue
        if minimum.every_n_cycles and cycle.cycle_number % minimum.every_n_cycles != 0:
            continue
        hours = minimum.hours
        if minimum.once:
            already = sum(hours_of(c, profile) for c in prior if minimum.category in c.categories)
            hours = max(hours - already, 0.0)
        if hours > 0:
            due[minimum.category] += hours
    return dict(due)


def tally(profile: Profile, cycle: LicenseCycle, credits: list[Credit], today: dt.date) -> dict:
    """The status of one license's current cycle (``goals ce status --json``)."""
    start, end = cycle_window(profile, cycle.renews)
    in_cycle = [c for c in credits if start <= c.date <= end]
    prior = [c for c in credits if c.date < start]

    first = cycle.cycle_number == 1
    required = profile.total_hours
    minimums = required_minimums(profile, cycle, prior)
    if first and profile.first_cycle_mode == "exempt":
        required, minimums = 0.0, {}
    elif first and profile.first_cycle_mode == "fixed":
        required = float(profile.first_cycle_hours or 0.0)

    logged_by_format: dict[str, float] = defaultdict(float)
    for credit in in_cycle:
        logged_by_format[credit.format] += hours_of(credit, profile)
    caps = {cap.format: cap.max_hours(profile.total_hours) for cap in profile.caps}
    counted_by_format = {fmt: min(hours, caps.get(fmt, hours)) for fmt, hours in logged_by_format.items()}
    counted = round(sum(counted_by_format.values()), 2)

    # Credits with the same format and the same minimums they may fill are
    # interchangeable in the flow: one node each, with their hours summed.
    # The result is the same; the graph stays small whatever the number of credits.
    pooled: dict = defaultdict(int)
    for credit in in_cycle:
        fillable = tuple(sorted(c for c in set(credit.categories) if c in minimums))
        if fillable:
            pooled[(credit.format, fillable)] += round(hours_of(credit, profile) * SCALE)
    capacity: dict = {}
    for fmt, hours in logged_by_format.items():
        capacity[("source", ("format", fmt))] = round(counted_by_format[fmt] * SCALE)
    for (fmt, fillable), hundredths in pooled.items():
        capacity[(("format", fmt), ("pool", fmt, fillable))] = hundredths
        for category in fillable:
            capacity[(("pool", fmt, fillable), ("category", category))] = 10 ** 12
    for category, hours in minimums.items():
        capacity[(("category", category), "sink")] = round(hours * SCALE)
    flow = _max_flow(capacity, "source", "sink") if minimums and in_cycle else {}

    categories = []
    for category, hours in sorted(minimums.items()):
        filled = flow.get((("category", category), "sink"), 0) / SCALE
        categories.append({"category": category, "required": hours, "counted": round(filled, 2),
                           "remaining": round(max(hours - filled, 0.0), 2)})
    category_short = round(sum(c["remaining"] for c in categories), 2)
    carry = min(cycle.carry_over_hours, profile.carry_over_max) if not first else 0.0
    remaining = round(max(required - counted - carry, category_short, 0.0), 2)

    days_left = (end - today).days
    months_left = max(days_left / DAYS_PER_MONTH, 0.0)
    pace = round(remaining / max(months_left, 1.0), 2) if remaining else 0.0
    if remaining == 0:
        status = "complete"
    elif today > end:
        status = "overdue"
    else:
        elapsed = (today - start).days / max((end - start).days, 1)
        expected = required * min(max(elapsed, 0.0), 1.0)
        status = "on_track" if counted + carry >= expected else "behind"

    return {
        "name": cycle.name,
        "profile": profile.id,
        "profile_status": profile.status,
        "cycle_start": start.isoformat(),
        "cycle_end": end.isoformat(),
        "cycle_number": cycle.cycle_number,
        "days_left": days_left,
        "required_hours": required,
        "counted_hours": counted,
        "remaining_hours": remaining,
        "carry_over_hours": carry,
        "pace_per_month": pace,
        "status": status,
        "categories": categories,
        "caps": [{"format": fmt, "max_hours": limit, "logged_hours": round(logged_by_format.get(fmt, 0.0), 2),
                  "counted_hours": round(counted_by_format.get(fmt, 0.0), 2)} for fmt, limit in caps.items()],
        "next": next_steps(categories, remaining, caps, logged_by_format),
        "credits_in_cycle": len(in_cycle),
    }


def next_steps(categories: list[dict], remaining: float, caps: dict, logged: dict) -> str | None:
    """What to take next, in a clinician's words: "3 h ethics, 2 h live"."""
    if remaining <= 0:
        return None
    parts = [f"{c['remaining']:g} h {c['category']}" for c in categories if c["remaining"] > 0]
    rest = round(remaining - sum(c["remaining"] for c in categories), 2)
    full = [fmt for fmt, limit in caps.items() if logged.get(fmt, 0.0) >= limit]
    if rest > 0:
        kind = "live or in person" if "self-study" in full else "any topic"
        parts.append(f"{rest:g} h {kind}")
    elif "self-study" in full and parts:
        parts[-1] += " (live or in person: self-study is capped)"
    return ", ".join(parts)


def surplus_for_next_cycle(profile: Profile, result: dict) -> float:
    """Hours beyond the requirement, up to the carry-over allowed."""
    extra = result["counted_hours"] + result["carry_over_hours"] - result["required_hours"]
    return round(min(max(extra, 0.0), profile.carry_over_max), 2)
