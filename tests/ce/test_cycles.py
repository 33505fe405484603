"""Cycle boundaries, make-up credits, exact hours and the unit table: the
hand-computed cases of issue 13 that the old engine got wrong, each with its
arithmetic in a comment."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from fractions import Fraction

from clingoals.ce.profiles import Cap, Minimum, Profile
from clingoals.ce.tally import (
    Credit,
    LicenseCycle,
    cycle_start,
    cycle_window,
    next_cycle_end,
    outcome,
    previous_window,
    tally,
)

D = dt.date
BASE = Profile(id="t", name="Test", cycle_months=24, total_hours=24, status="example",
               jurisdiction="US-XX", effective_from=D(2023, 1, 1), sources=("test",))


def credit(i, hours, *categories, fmt="in-person", date=D(2026, 3, 1), unit="hours", counts_in=None, **extra):
    return Credit(i, f"course {i}", hours, unit, date, fmt, tuple(categories), counts_in=counts_in, **extra)


def renew(cycle: LicenseCycle, profile: Profile) -> LicenseCycle:
    """What `goals license renew` stores: the next cycle starts the day after the end."""
    return replace(cycle, start=cycle.renews + dt.timedelta(days=1),
                   renews=next_cycle_end(cycle.renews, profile.cycle_months), cycle_number=cycle.cycle_number + 1)


def test_feb_29_renewal_next_cycle_starts_on_march_1():
    # Ends 2028-02-29. Next start = end + 1 day = 2028-03-01 (the old engine
    # said 2028-02-29: renews + 24 months = 2030-02-28, minus 24 months plus
    # one day = 2028-02-29, a day already in the ended cycle).
    # Next end = 2028-03-01 + 24 months - 1 day = 2030-03-01 - 1 = 2030-02-28.
    cycle = LicenseCycle("FL", renews=D(2028, 2, 29), cycle_number=2)
    after = renew(cycle, BASE)
    assert cycle_window(BASE, after) == (D(2028, 3, 1), D(2030, 2, 28))


def test_credit_on_feb_29_counts_in_one_cycle_only():
    # A 3 h credit dated 2028-02-29 belongs to the cycle ending that day:
    # ended cycle counts 3 h, the next one 0 h.
    cycle = LicenseCycle("FL", renews=D(2028, 2, 29), cycle_number=2)
    leap_day = [credit(1, 3, date=D(2028, 2, 29))]
    assert tally(BASE, cycle, leap_day, D(2028, 2, 29))["counted_hours"] == 3
    assert tally(BASE, renew(cycle, BASE), leap_day, D(2028, 3, 2))["counted_hours"] == 0


def test_the_cycle_after_ends_on_feb_29_again():
    # 2030-02-28 + 1 day = 2030-03-01; + 24 months = 2032-03-01; - 1 day = 2032-02-29
    # (the old engine: 2030-02-28 + 24 months = 2032-02-28).
    cycle = renew(renew(LicenseCycle("FL", renews=D(2028, 2, 29), cycle_number=2), BASE), BASE)
    assert cycle_window(BASE, cycle) == (D(2030, 3, 1), D(2032, 2, 29))


def test_three_month_cycle_ending_on_nov_30_keeps_to_month_ends():
    # Ends Nov 30: next = Dec 1 + 3 months - 1 day = Feb 28 (2027 is not leap);
    # a cycle known only by its end Feb 28 starts (Feb 28 + 1) - 3 months = Dec 1
    # (the old engine: Feb 28 - 3 months + 1 day = Nov 29).
    quarterly = replace(BASE, cycle_months=3)
    assert next_cycle_end(D(2026, 11, 30), 3) == D(2027, 2, 28)
    assert cycle_start(D(2027, 2, 28), 3) == D(2026, 12, 1)
    assert cycle_window(quarterly, LicenseCycle("Q", renews=D(2027, 2, 28), cycle_number=2)) == (
        D(2026, 12, 1), D(2027, 2, 28))
    assert next_cycle_end(D(2027, 2, 28), 3) == D(2027, 5, 31)


def test_consecutive_cycles_tile_the_calendar():
    # Whatever the end date, each cycle starts the day after the previous end.
    for end in (D(2027, 1, 31), D(2028, 2, 29), D(2028, 2, 28), D(2026, 11, 30), D(2027, 3, 31)):
        for months in (1, 3, 12, 24, 36):
            cycle = LicenseCycle("X", renews=end, cycle_number=2)
            profile = replace(BASE, cycle_months=months)
            for _ in range(8):
                nxt = renew(cycle, profile)
                assert cycle_window(profile, nxt)[0] == cycle_window(profile, cycle)[1] + dt.timedelta(days=1)
                cycle = nxt


def test_previous_window_ends_the_day_before():
    # Current cycle 2025-02-01 .. 2027-01-31; previous ends 2025-01-31 and
    # starts 2025-02-01 - 24 months = 2023-02-01.
    assert previous_window(BASE, D(2025, 2, 1)) == (D(2023, 2, 1), D(2025, 1, 31))


def test_make_up_credit_counts_in_the_cycle_it_makes_up():
    # Cycle 2023-02-01 .. 2025-01-31 ended 4 h short (20 of 24). A 4 h course
    # taken 2025-03-10 and assigned to that cycle (counts_in 2025-01-31):
    # ended cycle 20 + 4 = 24 -> complete; new cycle (2025-02-01 ..) 0 h.
    ended = LicenseCycle("TX", renews=D(2025, 1, 31), cycle_number=2)
    current = renew(ended, BASE)
    credits = [credit(1, 20, date=D(2024, 5, 1)), credit(2, 4, date=D(2025, 3, 10), counts_in=D(2025, 1, 31))]
    before = tally(BASE, ended, credits, D(2025, 4, 1))
    assert before["counted_hours"] == 24 and before["status"] == "complete"
    assert before["make_up_credits"] == [{"id": 2, "title": "course 2", "date": "2025-03-10", "hours": 4}]
    now = tally(BASE, current, credits, D(2025, 4, 1))
    assert now["counted_hours"] == 0
    assert now["counted_elsewhere"] == [{"id": 2, "title": "course 2", "date": "2025-03-10", "counts_in": "2025-01-31"}]
    assert outcome(before)["text"] == "complete"


def test_without_its_assignment_a_late_credit_counts_in_the_new_cycle():
    # The same credit, unassigned: ended cycle 20 h -> short by 4 h; new cycle 4 h.
    ended = LicenseCycle("TX", renews=D(2025, 1, 31), cycle_number=2)
    credits = [credit(1, 20, date=D(2024, 5, 1)), credit(2, 4, date=D(2025, 3, 10))]
    result = tally(BASE, ended, credits, D(2025, 4, 1))
    assert outcome(result) == {"complete": False, "short_hours": 4, "short_categories": [], "not_done": [],
                               "text": "short by 4 h"}
    assert tally(BASE, renew(ended, BASE), credits, D(2025, 4, 1))["counted_hours"] == 4


def test_eighth_hour_credits_add_up_exactly():
    # 8 x 0.125 h = 1 h exactly (the old engine rounded each to 0.12: 0.96 h,
    # "on track" instead of "complete").
    small = replace(BASE, total_hours=1)
    result = tally(small, LicenseCycle("X", renews=D(2027, 1, 31), cycle_number=2),
                   [credit(i, 0.125) for i in range(8)], D(2026, 5, 13))
    assert result["counted_hours"] == 1 and result["remaining_hours"] == 0
    assert result["status"] == "complete"


def test_tenths_do_not_drift():
    # 30 x 0.1 h = 3 h exactly, not 2.9999999999999996.
    result = tally(replace(BASE, total_hours=3), LicenseCycle("X", renews=D(2027, 1, 31), cycle_number=2),
                   [credit(i, 0.1) for i in range(30)], D(2026, 5, 13))
    assert result["counted_hours"] == 3 and result["status"] == "complete"


def test_fixed_first_cycle_caps_a_fraction_of_its_own_requirement():
    # First cycle fixed at 18 h, "half may be self-study": cap = 18 x 1/2 = 9 h
    # (the old engine took half of total_hours 36 = 18). 12 h self-study + 6 h
    # live: counted 9 + 6 = 15, remaining 18 - 15 = 3.
    profile = replace(BASE, total_hours=36, first_cycle_mode="fixed", first_cycle_hours=18,
                      caps=(Cap("self-study", fraction=0.5),))
    first = LicenseCycle("CA", renews=D(2027, 1, 31), cycle_number=1)
    result = tally(profile, first, [credit(1, 12, fmt="self-study"), credit(2, 6, fmt="live-online")], D(2026, 5, 13))
    assert result["caps"] == [{"format": "self-study", "max_hours": 9, "logged_hours": 12, "counted_hours": 9}]
    assert (result["required_hours"], result["counted_hours"], result["remaining_hours"]) == (18, 15, 3)


def test_prorated_first_cycle_is_a_share_of_the_months():
    # 36 h over 36 months; the first cycle runs from licensure 2025-06-01 to
    # 2027-01-31: 20 whole months -> 36 x 20/36 = 20 h; a one-third self-study
    # cap is then 20/3 h, not 12.
    profile = replace(BASE, cycle_months=36, total_hours=36, first_cycle_mode="prorated",
                      caps=(Cap("self-study", fraction=Fraction(1, 3)),))
    first = LicenseCycle("NY", renews=D(2027, 1, 31), cycle_number=1, issued=D(2025, 6, 1))
    result = tally(profile, first, [credit(1, 10, fmt="self-study", date=D(2026, 1, 5))], D(2026, 5, 13))
    assert result["cycle_start"] == "2025-06-01"
    assert result["required_hours"] == 20
    assert result["caps"][0]["max_hours"] == round(20 / 3, 4)
    assert result["counted_hours"] == round(20 / 3, 4)


def test_one_ceu_is_what_the_license_unit_table_says():
    # A profile with 1 CEU = 1 h: 2 CEU count 2 h (the standard table would say 20 h).
    one_to_one = replace(BASE, units={"ceu": 1, "semester_hour": 15, "quarter_hour": 10})
    result = tally(one_to_one, LicenseCycle("X", renews=D(2027, 1, 31), cycle_number=2),
                   [credit(1, 2, unit="ceu")], D(2026, 5, 13))
    assert result["counted_hours"] == 2 and result["logged_hours"] == 2


def test_fifty_minute_hours():
    # A board counting 50-minute hours: 150 minutes = 3 h; with 60-minute hours 2.5 h.
    cycle = LicenseCycle("X", renews=D(2027, 1, 31), cycle_number=2)
    minutes = [credit(1, 150, unit="minutes")]
    assert tally(replace(BASE, hour_minutes=50), cycle, minutes, D(2026, 5, 13))["counted_hours"] == 3
    assert tally(BASE, cycle, minutes, D(2026, 5, 13))["counted_hours"] == 2.5


def test_first_cycle_starts_at_licensure():
    # Licensed 2025-09-15, first cycle ends 2027-01-31: a course on 2025-09-01
    # predates the license and does not count.
    first = LicenseCycle("X", renews=D(2027, 1, 31), cycle_number=1, issued=D(2025, 9, 15))
    result = tally(BASE, first, [credit(1, 5, date=D(2025, 9, 1)), credit(2, 3, date=D(2025, 9, 15))], D(2026, 5, 13))
    assert result["cycle_start"] == "2025-09-15" and result["counted_hours"] == 3


def test_remaining_explains_an_open_minimum():
    # 32 h counted of 24, ethics 2 of 6: remaining is the 4 h ethics still to
    # earn, not 24 - 32; the note says why.
    profile = replace(BASE, minimums=(Minimum("ethics", 6),))
    result = tally(profile, LicenseCycle("X", renews=D(2027, 1, 31), cycle_number=2),
                   [credit(1, 30), credit(2, 2, "ethics")], D(2026, 5, 13))
    assert (result["counted_hours"], result["remaining_hours"]) == (32, 4)
    assert result["done_fraction"] == round(20 / 24, 4)
    assert result["remaining_note"] == ("4 h, not 24 h − 32 h = −8 h: the total is covered but minimums are "
                                        "still open (4 h ethics) and those hours must be earned.")


def test_remaining_explains_carry_over():
    # After renewal: 10 h counted + 10 h carried over of 24 -> 4 h to earn;
    # required - counted would be 14, so the note names the carry-over.
    profile = replace(BASE, carry_over_max=10)
    result = tally(profile, LicenseCycle("X", renews=D(2027, 1, 31), cycle_number=2, carry_over_hours=10),
                   [credit(1, 10)], D(2026, 5, 13))
    assert (result["counted_hours"], result["carry_over_hours"], result["remaining_hours"]) == (10, 10, 4)
    assert result["remaining_note"] == ("4 h, not 24 h − 10 h = 14 h: the 10 h carried over from the previous "
                                        "cycle count toward the total.")


def test_no_note_when_remaining_is_required_minus_counted():
    result = tally(BASE, LicenseCycle("X", renews=D(2027, 1, 31), cycle_number=2), [credit(1, 10)], D(2026, 5, 13))
    assert result["remaining_hours"] == 14 and result["remaining_note"] is None


# --- the first cycle from the issue date (trial 6 item 1): no sliver cycle -------------------

def test_cycle_number_from_issue_absorbs_a_part_shorter_than_half_a_cycle():
    from clingoals.ce.tally import absorbed_by_first_cycle, cycle_number_from_issue

    # computed start of the cycle ending 2026-11-30 is 2024-12-01; the cycle before
    # it would run 2022-12-01 .. 2024-11-30 (731 days), half of it 365.5 days.
    assert cycle_number_from_issue(D(2024, 11, 15), D(2026, 11, 30), 24) == 1   # 16 days: absorbed
    assert cycle_number_from_issue(D(2024, 9, 2), D(2026, 10, 31), 24) == 1     # 60 days before 2024-11-01
    assert cycle_number_from_issue(D(2023, 12, 2), D(2026, 11, 30), 24) == 1    # 365 days: absorbed
    assert cycle_number_from_issue(D(2023, 12, 1), D(2026, 11, 30), 24) == 2    # 366 days: a cycle of its own
    assert cycle_number_from_issue(D(2024, 12, 1), D(2026, 11, 30), 24) == 1    # on the computed start
    assert cycle_number_from_issue(D(2025, 6, 1), D(2026, 11, 30), 24) == 1     # inside the cycle
    assert cycle_number_from_issue(D(2022, 3, 15), D(2027, 3, 31), 24) == 3     # 12.5 months: its own cycle
    assert cycle_number_from_issue(D(2022, 11, 15), D(2026, 11, 30), 24) == 2   # sliver before cycle 1 too
    assert cycle_number_from_issue(D(2019, 6, 1), D(2027, 3, 31), 24) == 4
    assert cycle_number_from_issue(D(2024, 4, 1), D(2027, 3, 31), 36) == 1
    assert not absorbed_by_first_cycle(D(2024, 12, 1), D(2024, 12, 1), 24)


def test_every_issue_date_gives_a_first_cycle_of_at_least_half_a_cycle_when_it_precedes_the_start():
    from clingoals.ce.tally import cycle_number_from_issue

    renews = D(2026, 11, 30)
    for months in (12, 24, 36):
        for offset in range(0, 4 * 366, 7):
            issued = renews - dt.timedelta(days=offset + 1)
            number = cycle_number_from_issue(issued, renews, months)
            end = renews
            for _ in range(number - 1):
                end = cycle_start(end, months) - dt.timedelta(days=1)
            first_days = (end - issued).days + 1
            full = (end - cycle_start(end, months)).days + 1
            assert first_days * 2 >= full or end == renews, (issued, months, number)
            assert first_days < full * 3 // 2 + 1, (issued, months, number)
