"""Pictures where people would rather look than read: sparklines for the
terminal and small inline SVG charts for the HTML plan.

Pure: plain data and ``today`` in, a string or a list of numbers out. No
Rich here (render.py styles these strings) and nothing an SVG viewer would
fetch: no scripts, no links, no fonts from elsewhere.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from clingoals.numbers import money

BLOCKS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float | None], top: float | None = None, zero: str = "▁") -> str:
    """One block character per value, scaled from 0 to ``top`` (default:
    the largest value). ``None`` is a gap; zero (or less) is ``zero``."""
    known = [v for v in values if v is not None]
    top = top if top is not None else max(known, default=0.0)
    chars = []
    for value in values:
        if value is None:
            chars.append(" ")
        elif value <= 0 or top <= 0:
            chars.append(zero)
        else:
            level = min(len(BLOCKS) - 1, max(0, round(value / top * (len(BLOCKS) - 1))))
            chars.append(BLOCKS[level])
    return "".join(chars)


# --- a goal's progress against its pace -------------------------------------------------

class Pace:
    """Progress over time beside the pace needed to finish on time. A plain
    class with __slots__, not a dataclass: making one costs about 0.6 ms at
    import, paid by every command that draws a chart."""

    __slots__ = ("done", "expected", "days", "target", "current", "expected_now", "per_week_needed")

    def __init__(self, done: list[float], expected: list[float], days: list[dt.date], target: float,
                 current: float, expected_now: float, per_week_needed: float | None):
        self.done = done                        # cumulative progress at each sample day
        self.expected = expected                # where a steady pace from start to deadline would be
        self.days = days                        # the sample days (start .. today or the deadline)
        self.target = target
        self.current = current
        self.expected_now = expected_now
        self.per_week_needed = per_week_needed  # what is left, spread over the weeks left


def cumulative(progress_log: list[dict], day: dt.date) -> float:
    """Everything logged up to and including ``day``."""
    return sum(e["value"] for e in progress_log if dt.date.fromisoformat(str(e["date"])[:10]) <= day)


def pace(goal: dict, progress_log: list[dict], today: dt.date, points: int = 24) -> Pace | None:
    """Sample a goal with a target from its start to today (at most its
    deadline); None when the goal has no target to draw against."""
    target = goal["measure"]["target"]
    if not target:
        return None
    began = dt.date.fromisoformat(goal["start_date"])
    deadline = dt.date.fromisoformat(goal["deadline"])
    # progress logged before the goal began is drawn, but the pace runs from the
    # goal's own start, as the SMART check's "N% of the time used" does
    first_log = min((dt.date.fromisoformat(str(e["date"])[:10]) for e in progress_log), default=began)
    start = min(began, first_log)
    end = max(min(today, deadline), start)
    span = max((deadline - began).days, 1)
    count = max(2, min(points, (end - start).days + 1))
    step = (end - start).days / (count - 1)
    days = [start + dt.timedelta(days=round(i * step)) for i in range(count)]
    # the baseline is where the person started: progress and the steady pace both begin there
    baseline = goal["measure"].get("baseline") or 0.0
    done = [baseline + cumulative(progress_log, d) for d in days]
    expected = [baseline + (target - baseline) * min(max((d - began).days / span, 0.0), 1.0) for d in days]
    current = baseline + cumulative(progress_log, today)
    expected_now = baseline + (target - baseline) * min(max((today - began).days / span, 0.0), 1.0)
    weeks_left = (deadline - today).days / 7
    left = max(target - current, 0.0)
    needed = left / weeks_left if weeks_left > 0 and left > 0 else None
    return Pace(done, expected, days, target, current, expected_now, needed)


# --- CE hours by month of the cycle ----------------------------------------------------------

def months_of(start: dt.date, end: dt.date) -> list[dt.date]:
    """The first day of each calendar month from ``start`` to ``end``."""
    month = start.replace(day=1)
    months = []
    while month <= end:
        months.append(month)
        month += relativedelta(months=1)
    return months


def hours_by_month(credits: list[dict], start: dt.date, end: dt.date) -> list[tuple[dt.date, float]]:
    """(first of month, hours) for every month of the cycle; credits are
    dicts with ``date`` (ISO) and ``hours``."""
    totals = {m: 0.0 for m in months_of(start, end)}
    for credit in credits:
        day = dt.date.fromisoformat(str(credit["date"])[:10])
        if start <= day <= end:
            totals[day.replace(day=1)] += credit["hours"]
    return sorted(totals.items())


def month_initials(months: list[dt.date]) -> str:
    return "".join("JFMAMJJASOND"[m.month - 1] for m in months)


# --- the review streak ----------------------------------------------------------------------

def review_periods(review_dates: list[dt.date], today: dt.date, rhythm: str, count: int = 26) -> list[bool]:
    """For each of the last ``count`` periods of the rhythm (oldest first,
    the current one last): was there a review in it?"""
    periods = []
    end = today
    for _ in range(count):
        if rhythm == "monthly":
            start = (end.replace(day=1))
        else:
            length = 7 if rhythm == "weekly" else int(rhythm)
            start = end - dt.timedelta(days=length - 1)
        periods.append((start, end))
        end = start - dt.timedelta(days=1)
    periods.reverse()
    return [any(start <= d <= end for d in review_dates) for start, end in periods]


# --- inline SVG for the HTML plan -------------------------------------------------------------

SVG_FONT = "font-family=\"Georgia, serif\" font-size=\"10\""


def _svg(width: int, height: int, label: str, body: list[str]) -> str:
    import html  # only the HTML plan draws SVG: the terminal views don't pay for html.entities

    return (f"<svg width=\"{width}\" height=\"{height}\" "
            f"viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{html.escape(label)}\">"
            f"<title>{html.escape(label)}</title>" + "".join(body) + "</svg>")


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def progress_svg(goal: dict, progress_log: list[dict], today: dt.date, width: int = 420, height: int = 120) -> str | None:
    """Progress (solid, stepped) against the steady pace (dashed) from the
    start to the deadline, with today marked. None without a target."""
    target = goal["measure"]["target"]
    if not target:
        return None
    start = dt.date.fromisoformat(goal["start_date"])
    deadline = dt.date.fromisoformat(goal["deadline"])
    logs = sorted(progress_log, key=lambda e: str(e["date"]))
    if logs:
        start = min(start, dt.date.fromisoformat(str(logs[0]["date"])[:10]))
    span = max((deadline - start).days, 1)
    left, right, top, bottom = 36, width - 10, 10, height - 22
    current = cumulative(logs, today)
    peak = max(target, current)

    def x(day: dt.date) -> float:
        return left + (right - left) * min(max((day - start).days / span, 0.0), 1.0)

    def y(value: float) -> float:
        return bottom - (bottom - top) * (value / peak)

    body = [f"<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\" stroke=\"#999\"/>",
            f"<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{bottom}\" stroke=\"#999\"/>",
            f"<line x1=\"{left}\" y1=\"{_fmt(y(0))}\" x2=\"{right}\" y2=\"{_fmt(y(target))}\" stroke=\"#777\" "
            "stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>"]
    points = [(x(start), y(0))]
    total = 0.0
    for entry in logs:
        day = dt.date.fromisoformat(str(entry["date"])[:10])
        if day > today:
            break
        points.append((x(day), y(total)))
        total += entry["value"]
        points.append((x(day), y(total)))
    end = min(today, deadline)
    if end >= start:
        points.append((x(end), y(total)))
    path = " ".join(f"{_fmt(px)},{_fmt(py)}" for px, py in points)
    body.append(f"<polyline points=\"{path}\" fill=\"none\" stroke=\"#1b6e20\" stroke-width=\"2.5\"/>")
    if start <= today <= deadline:
        body.append(f"<line x1=\"{_fmt(x(today))}\" y1=\"{top}\" x2=\"{_fmt(x(today))}\" y2=\"{bottom}\" "
                    "stroke=\"#a40000\" stroke-dasharray=\"2 2\"/>"
                    f"<text x=\"{_fmt(x(today) + (-3 if x(today) > (left + right) / 2 else 3))}\" y=\"{top + 8}\" "
                    f"{SVG_FONT} fill=\"#a40000\" "
                    f"text-anchor=\"{'end' if x(today) > (left + right) / 2 else 'start'}\">today</text>")
    unit = goal["measure"]["unit"] or ""
    body += [f"<text x=\"{left - 4}\" y=\"{_fmt(y(target) + 3)}\" {SVG_FONT} text-anchor=\"end\">{_fmt(target)}</text>",
             f"<text x=\"{left - 4}\" y=\"{bottom + 3}\" {SVG_FONT} text-anchor=\"end\">0</text>",
             f"<text x=\"{left}\" y=\"{height - 6}\" {SVG_FONT}>{start.isoformat()}</text>",
             f"<text x=\"{right}\" y=\"{height - 6}\" {SVG_FONT} text-anchor=\"end\">{deadline.isoformat()}</text>"]
    of = f"{money(current, unit)} of {money(target, unit)}" if money(0, unit) else f"{_fmt(current)} of {_fmt(target)} {unit}"
    label = (f"Progress: {of} (solid) against a steady pace to "
             f"{deadline.isoformat()} (dashed)").replace("  ", " ")
    return _svg(width, height, label, body)


def ce_cycle_svg(monthly: list[tuple[dt.date, float]], required: float, today: dt.date,
                 width: int = 560, height: int = 150, *, counted: float | None = None) -> str:
    """Hours per month of the cycle as bars, the running total as a line
    against the hours required (dashed). Months after today are pale. The
    line is every hour earned; ``counted`` (what caps and rules let count)
    is named beside it when it is less, so the label never claims more."""
    left, right, top, bottom = 36, width - 36, 10, height - 24
    n = max(len(monthly), 1)
    slot = (right - left) / n
    peak_month = max((h for _, h in monthly), default=0.0) or 1.0
    running, totals = 0.0, []
    for _, hours in monthly:
        running += hours
        totals.append(running)
    peak_total = max(required, running) or 1.0
    body = [f"<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\" stroke=\"#999\"/>"]
    for i, (month, hours) in enumerate(monthly):
        bar_height = (bottom - top) * 0.6 * hours / peak_month
        fill = "#cfd8dc" if month > today else "#4a7a9c"
        body.append(f"<rect x=\"{_fmt(left + i * slot + slot * 0.15)}\" y=\"{_fmt(bottom - bar_height)}\" "
                    f"width=\"{_fmt(slot * 0.7)}\" height=\"{_fmt(bar_height)}\" fill=\"{fill}\"/>")
        if n <= 36 or i % 3 == 0:
            body.append(f"<text x=\"{_fmt(left + (i + 0.5) * slot)}\" y=\"{height - 12}\" {SVG_FONT} "
                        f"text-anchor=\"middle\">{'JFMAMJJASOND'[month.month - 1]}</text>")
        if month.month == 1 or i == 0:
            body.append(f"<text x=\"{_fmt(left + i * slot)}\" y=\"{height - 1}\" {SVG_FONT}>{month.year}</text>")

    def y(value: float) -> float:
        return bottom - (bottom - top) * value / peak_total

    if required:
        body.append(f"<line x1=\"{left}\" y1=\"{_fmt(y(required))}\" x2=\"{right}\" y2=\"{_fmt(y(required))}\" "
                    "stroke=\"#777\" stroke-dasharray=\"5 4\"/>"
                    f"<text x=\"{right + 3}\" y=\"{_fmt(y(required) + 3)}\" {SVG_FONT}>{_fmt(required)} h</text>")
    past = [(i, t) for i, ((month, _), t) in enumerate(zip(monthly, totals)) if month <= today]
    if past:
        path = " ".join(f"{_fmt(left + (i + 0.5) * slot)},{_fmt(y(t))}" for i, t in past)
        body.append(f"<polyline points=\"{path}\" fill=\"none\" stroke=\"#1b6e20\" stroke-width=\"2.5\"/>")
    if counted is not None and counted < running:
        label = (f"CE hours by month of the cycle (bars) and the running total earned (line): "
                 f"{_fmt(running)} h earned, {_fmt(counted)} h of them count toward the "
                 f"{_fmt(required)} h required (dashed)")
    else:
        label = (f"CE hours by month of the cycle (bars) and the running total (line): "
                 f"{_fmt(running)} of {_fmt(required)} h required (dashed)")
    return _svg(width, height, label, body)
