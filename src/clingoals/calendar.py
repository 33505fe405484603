"""The calendar export: open goals' deadlines and their open steps' due dates,
license renewals and the next review as all-day events (iCalendar, via the icalendar library).
Pure: the export document and dates in, bytes out."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event

from clingoals.goal import OPEN_STATUSES

PRODID = "-//clingoals//goals calendar//EN"


def _event(uid: str, summary: str, day: dt.date, description: str, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", f"{uid}@clingoals")
    event.add("summary", summary)
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("dtstamp", stamp)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")
    return event


def to_ics(document: dict, next_review: dt.date | None, today: dt.date) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "clingoals")
    stamp = dt.datetime.combine(today, dt.time(), tzinfo=dt.timezone.utc)
    for goal in document["goals"]:
        # a done or dropped goal's deadline is no longer something to work toward
        if goal.get("deleted_at") or goal["status"] not in OPEN_STATUSES:
            continue
        calendar.add_component(_event(goal["uuid"], f"Goal due: {goal['title']}",
                                      dt.date.fromisoformat(goal["deadline"]), goal["statement"], stamp))
        for step in goal["steps"]:
            if step["due"] and not step["done"]:
                calendar.add_component(_event(step["uuid"], f"Step: {step['text']}", dt.date.fromisoformat(step["due"]),
                                              f"Action step of: {goal['title']}", stamp))
    for license in document["licenses"]:
        calendar.add_component(_event(license["uuid"], f"License renewal: {license['name']}",
                                      dt.date.fromisoformat(license["renews"]),
                                      "End of the CE cycle: check 'goals ce' well before.", stamp))
    if next_review is not None:
        calendar.add_component(_event("next-review", "Weekly goals review", max(next_review, today),
                                      "Run: goals review", stamp))
    return calendar.to_ical()
