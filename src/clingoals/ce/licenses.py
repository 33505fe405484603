"""What a license record may hold, apart from where it is stored: the rules
`goals license add` and `edit` apply, and the import applies to a license in
an export. Pure."""

from __future__ import annotations

import datetime as dt

from clingoals.errors import InvalidInput


def check_name(name: str | None) -> str:
    name = (name or "").strip()
    if not name:
        raise InvalidInput("The license needs a name, e.g. 'TX LPC'.")
    return name


def check_issued(issued: dt.date | None, renews: dt.date, today: dt.date) -> dt.date | None:
    """Issued on a day that happened, before the renewal; None passes."""
    from clingoals.goal import check_not_future

    if issued is None:
        return None
    check_not_future(issued, today, "give the day the license was issued")
    if issued >= renews:
        raise InvalidInput(f"The renewal date ({renews.isoformat()}) must come after the issue date "
                           f"({issued.isoformat()}).")
    return issued


def check_cycle_number(cycle: int) -> int:
    if cycle < 1:
        raise InvalidInput(f"The cycle number must be 1 or more (got {cycle}).")
    return cycle


def check_carry_over(hours: float) -> float:
    from clingoals.goal import check_finite

    if check_finite("Carried-over hours", hours) < 0:
        raise InvalidInput(f"Carried-over hours can't be negative (got {hours:g}).")
    return hours


def check_done_on(day: dt.date, today: dt.date) -> dt.date:
    """A requirement met by completion is ticked on a day that happened."""
    from clingoals.goal import check_not_future

    return check_not_future(day, today, "tick it once it's done")
