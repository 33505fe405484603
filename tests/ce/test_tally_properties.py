"""Properties of the tally's one choice of what counts (exact LP), on random
small records with every kind of rule at once: caps, two overlapping topic
maximums, an activity multiplier and cap, minimums and a provider share.
(Hypothesis tests are marked slow by tests/conftest.py.)"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from clingoals.ce.profiles import Activity, Cap, Maximum, Minimum, Profile, ProviderShare
from clingoals.ce.tally import Credit, LicenseCycle, tally

D = dt.date
PROFILE = Profile(id="p", name="P", cycle_months=24, total_hours=12,
                  minimums=(Minimum("ethics", 3), Minimum("boundaries", 2)),
                  caps=(Cap("self-study", hours=4),),
                  maximums=(Maximum("non-clinical", hours=3), Maximum("presenting-topic", hours=2)),
                  activities=(Activity("presenting", multiplier=Fraction(3, 2), max_hours=4),),
                  provider_share=ProviderShare(fraction=Fraction(1, 2), provider_types=("listed",)))
CYCLE = LicenseCycle("X", renews=D(2027, 1, 31), cycle_number=2)
TODAY = D(2026, 5, 13)

credit = st.builds(
    lambda i, hours, fmt, categories, activity, listed: Credit(
        i, f"c{i}", hours, "hours", D(2026, 3, 1), fmt, tuple(categories), activity=activity,
        provider_type="listed" if listed else None),
    st.integers(1, 10_000), st.sampled_from([Fraction(1, 4), Fraction(1, 2), 1, Fraction(3, 2), 2, 3, 5]),
    st.sampled_from(["in-person", "self-study", "live-online"]),
    st.lists(st.sampled_from(["ethics", "boundaries", "non-clinical", "presenting-topic"]), unique=True, max_size=3),
    st.sampled_from(["course", "course", "presenting"]), st.booleans())


# Each figure of a tally is rounded to 4 decimals on its own, so a sum of rounded figures (thirds of an
# hour in several categories: 2.8334) can differ from the rounded total (2.8333) by a few 1e-4.
ROUNDING = 1e-3


@settings(max_examples=150, deadline=None)
@given(st.lists(credit, max_size=10), credit)
def test_the_choice_respects_every_rule_and_one_more_credit_never_adds_to_remaining(credits, extra):
    result = tally(PROFILE, CYCLE, credits, TODAY)
    for cap in result["caps"]:
        assert cap["counted_hours"] <= cap["max_hours"]
    for topic in result["maximums"]:
        assert topic["counted_hours"] <= topic["max_hours"] and topic["counted_hours"] <= topic["logged_hours"]
    for activity in result["activities"]:
        assert activity["counted_hours"] <= activity["max_hours"]
    filled = sum(c["counted"] for c in result["categories"])
    assert filled <= result["counted_hours"] + ROUNDING  # an hour fills at most one minimum
    share = result["provider_share"]
    assert share["counted_hours"] <= result["counted_hours"]
    # Remaining is the largest of the three shortfalls of the same choice.
    shortfalls = (max(12 - result["counted_hours"], 0), sum(c["remaining"] for c in result["categories"]),
                  share["remaining_hours"])
    assert abs(result["remaining_hours"] - max(shortfalls)) < ROUNDING
    assert (result["remaining_hours"] == 0) == (result["status"] == "complete")
    # More credits can only help: the best choice before is still a choice after.
    more = tally(PROFILE, CYCLE, credits + [extra], TODAY)
    assert more["remaining_hours"] <= result["remaining_hours"] + 1e-9
