"""What a license record may hold, apart from where it is stored: the rules
`goals license add` and `edit` apply, and the import applies to a license in
an export; and how a license typed on the command line is found (its name,
else its ID). Pure."""

from __future__ import annotations

import datetime as dt

from clingoals.errors import InvalidInput


def check_name(name: str | None) -> str:
    name = (name or "").strip()
    if not name:
        raise InvalidInput("The license needs a name, e.g. 'TX LPC'.")
    return name


def typed_id(text: str) -> int | None:
    """The license ID in ``text`` when it is one (the number `goals license
    list` shows, as goals go by theirs: trial 22 #15), else None. Looked up
    only after no license is named ``text``: a name made of digits wins."""
    text = text.strip()
    return int(text) if text.isdigit() and len(text) < 10 else None


def not_found_words(text: str) -> str:
    """"No license named '5'" (and, for digits, "or with ID 5")."""
    number = typed_id(text)
    return f"No license named {text!r}" + (f" or with ID {number}" if number is not None else "")


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


def cycle_words(cycle_number: int, issued: dt.date | str | None, from_issue: int | None = None) -> str:
    """A license's cycle number in plain words, with where it comes from:
    a bare "cycle 2" left people asking where the 2 came from. Without an
    issue date the number was given with --cycle or taken as 2 (a renewal,
    not the first) when the license was added. ``from_issue``: the number
    the issue date gives today's rule (tally.cycle_number_of); when it
    differs (given with --cycle, or stored under an earlier rule) both are
    said, and how to take it."""
    if issued and from_issue is not None and from_issue != cycle_number:
        return (f"cycle {cycle_number} as recorded; the issue date {issued} makes it cycle {from_issue} "
                f"('license edit --cycle {from_issue}' if so)")
    if cycle_number == 1:
        return "cycle 1, the license's first"
    if issued:
        return f"cycle {cycle_number}, counted from the issue date {issued}"
    return f"cycle {cycle_number}, taken as not the first: no issue date"


NUMBERED_WITHOUT_ISSUE = ("no issue date recorded: the cycle number is the one given when the license was added, "
                          "or 2 (a renewal, not the first) when none was; 'goals license edit NAME --cycle N' sets it")


def cycle_numbering(issued: dt.date | str | None) -> str:
    """Where a license's cycle numbers come from, said once under a list of its cycles."""
    return f"Cycles numbered from the issue date {issued}." if issued else \
        NUMBERED_WITHOUT_ISSUE[0].upper() + NUMBERED_WITHOUT_ISSUE[1:] + "."


FIRST_CYCLE_WORDS = {"exempt": "exempts a first cycle from CE", "fixed": "asks a different number of hours of a first cycle",
                     "prorated": "prorates a first cycle's hours"}


def assumed_cycle_note(name: str, cycle_number: int, profile) -> str:
    """What `goals license add` says when it got neither --issued nor --cycle:
    the cycle number it took and why, what that number decides under this
    profile, and how to change it."""
    matters = []
    earlier = profile.first_cycle_earlier
    mode = profile.first_cycle_mode if profile.first_cycle_mode in FIRST_CYCLE_WORDS else \
        (earlier[1] if earlier and earlier[1] in FIRST_CYCLE_WORDS else None)
    if mode:
        when = "" if mode == profile.first_cycle_mode else f" (first renewals before {earlier[0].isoformat()})"
        matters.append(f"{profile.name} {FIRST_CYCLE_WORDS[mode]}{when}, and that does not apply")
    every = sorted({rule.every_n_cycles for rule in (*profile.minimums, *profile.completions)
                    if getattr(rule, "every_n_cycles", None)})
    if every:
        matters.append(f"requirements due every {' or '.join(map(str, every))} cycles are counted from it")
    why = ("; ".join(matters) + ".") if matters else \
        f"Under {profile.name} a first cycle has no rules of its own, so the number changes nothing."
    why = why[0].upper() + why[1:]
    return (f"note: neither --issued nor --cycle was given, so this is taken as cycle {cycle_number}: a renewal, "
            f"not your first cycle. {why} If this is your first cycle: goals license edit \"{name}\" --cycle 1.")


def past_renewal_note(name: str, renews: dt.date | str, today: dt.date) -> str | None:
    """What `goals license add` says of a renewal date already past (a typo
    in the year, more often than a lapsed license): how to correct it. None
    for a date today or later."""
    renews = dt.date.fromisoformat(str(renews))
    if renews >= today:
        return None
    days = (today - renews).days
    return (f"note: {renews.isoformat()} passed {days} day{'s' if days != 1 else ''} ago, so this cycle shows as "
            f"overdue; if the date is a typo: goals license edit \"{name}\" --renews DATE")


def check_carry_over(hours: float) -> float:
    from clingoals.goal import check_finite

    if check_finite("Carried-over hours", hours) < 0:
        raise InvalidInput(f"Carried-over hours can't be negative (got {hours:g}).")
    return hours


def check_done_on(day: dt.date, today: dt.date) -> dt.date:
    """A requirement met by completion is ticked on a day that happened."""
    from clingoals.goal import check_not_future

    return check_not_future(day, today, "tick it once it's done")
