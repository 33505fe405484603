"""The profile format's extensions in the tally: per-rule effective dates,
topic maximums, a provider share, activities with multipliers and caps,
deadline windows after licensure, and requirements met by completion."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from clingoals.ce.profiles import Activity, Cap, Completion, Maximum, Minimum, Profile, ProviderShare
from clingoals.ce.tally import Credit, Done, LicenseCycle, tally

D = dt.date
TODAY = D(2026, 5, 13)
BASE = Profile(id="t", name="Test", cycle_months=24, total_hours=24)
CYCLE = LicenseCycle(name="LPC", renews=D(2027, 1, 31), cycle_number=2)   # 2025-02-01 .. 2027-01-31


def credit(i, hours, *categories, fmt="in-person", date=D(2026, 3, 1), **extra):
    return Credit(i, f"course {i}", hours, "hours", date, fmt, tuple(categories), **extra)


def test_rule_effective_from_applies_to_cycles_starting_on_or_after():
    # NY-style: 3 h boundaries in periods starting on or after 2023-04-01.
    profile = replace(BASE, minimums=(Minimum("boundaries", 3, effective_from=D(2023, 4, 1)),))
    old = LicenseCycle("NY", renews=D(2024, 12, 31), cycle_number=2)       # starts 2023-01-01
    new = LicenseCycle("NY", renews=D(2026, 12, 31), cycle_number=3)       # starts 2025-01-01
    assert tally(profile, old, [], TODAY)["categories"] == []
    assert tally(profile, new, [], TODAY)["categories"] == [
        {"category": "boundaries", "required": 3, "counted": 0, "remaining": 3}]


def test_rule_renewals_from_applies_to_cycles_ending_on_or_after():
    profile = replace(BASE, minimums=(Minimum("supervision", 6, supervisors_only=True, renewals_from=D(2022, 1, 1)),))
    before = LicenseCycle("CA", renews=D(2021, 12, 31), cycle_number=2, supervisor=True)
    after = LicenseCycle("CA", renews=D(2022, 1, 31), cycle_number=2, supervisor=True)
    assert tally(profile, before, [], TODAY)["categories"] == []
    assert tally(profile, after, [], TODAY)["categories"][0]["required"] == 6


def test_topic_maximum():
    # At most 6 h non-clinical: 10 h non-clinical + 8 h clinical -> 6 + 8 = 14 counted.
    profile = replace(BASE, maximums=(Maximum("non-clinical", hours=6),))
    result = tally(profile, CYCLE, [credit(1, 10, "non-clinical"), credit(2, 8)], TODAY)
    assert result["counted_hours"] == 14
    assert result["maximums"] == [{"category": "non-clinical", "max_hours": 6, "logged_hours": 10, "counted_hours": 6}]


def test_topic_maximum_and_format_cap_together_count_the_most_they_allow():
    # Self-study at most 4 h; non-clinical at most 2 h. Credits: 4 h self-study
    # non-clinical, 4 h self-study clinical, 3 h in-person non-clinical.
    # Best: self-study 4 h clinical, 2 h in-person non-clinical -> 6 h.
    profile = replace(BASE, caps=(Cap("self-study", hours=4),), maximums=(Maximum("non-clinical", hours=2),))
    credits = [credit(1, 4, "non-clinical", fmt="self-study"), credit(2, 4, fmt="self-study"),
               credit(3, 3, "non-clinical")]
    assert tally(profile, CYCLE, credits, TODAY)["counted_hours"] == 6


def test_two_topic_maximums_each_hold_a_credit_tagged_with_both():
    # At most 6 h non-clinical AND at most 5 h presenting (total 24 h).
    # Credits: A 8 h non-clinical + presenting, B 3 h non-clinical, C 4 h presenting, D 10 h clinical.
    # Hand computation: a + b <= 6 (non-clinical), a + c <= 5 (presenting), a <= 8, b <= 3, c <= 4.
    # Best: a = 3, b = 3, c = 2 -> 8 capped hours (a + b = 6, a + c = 5; no choice gives more,
    # since b + c <= 7 and a adds to both sums), + 10 clinical = 18 counted, 6 h remaining.
    # Before the fix A counted against non-clinical only: a + b <= 6, c <= 4 -> 6 + 4 + 10 = 20 counted,
    # presenting's maximum ignored for A.
    profile = replace(BASE, maximums=(Maximum("non-clinical", hours=6), Maximum("presenting", hours=5)))
    credits = [credit(1, 8, "non-clinical", "presenting"), credit(2, 3, "non-clinical"),
               credit(3, 4, "presenting"), credit(4, 10)]
    result = tally(profile, CYCLE, credits, TODAY)
    assert result["counted_hours"] == 18
    assert result["remaining_hours"] == 6
    assert result["maximums"] == [
        {"category": "non-clinical", "max_hours": 6, "logged_hours": 11, "counted_hours": 6},
        {"category": "presenting", "max_hours": 5, "logged_hours": 12, "counted_hours": 5}]
    # One credit in both topics alone: 8 h, held to the smaller maximum -> 5 h (before: 6 h).
    alone = tally(profile, CYCLE, [credit(1, 8, "presenting", "non-clinical")], TODAY)
    assert alone["counted_hours"] == 5
    # Separate credits, one per topic: 6 + 5 = 11 h.
    separate = tally(profile, CYCLE, [credit(1, 10, "non-clinical"), credit(2, 10, "presenting")], TODAY)
    assert separate["counted_hours"] == 11


def test_a_topic_maximum_limits_what_fills_a_minimum_of_the_same_credits():
    # Ethics minimum 4 h; non-clinical at most 2 h. One 5 h credit tagged ethics + non-clinical:
    # only 2 h of it count, so only 2 h can fill ethics -> 2 h ethics still open
    # (before the fix the minimum took all 4 h from it, more than counted).
    profile = replace(BASE, minimums=(Minimum("ethics", 4),), maximums=(Maximum("non-clinical", hours=2),))
    result = tally(profile, CYCLE, [credit(1, 5, "ethics", "non-clinical"), credit(2, 20)], TODAY)
    assert result["counted_hours"] == 22
    assert result["categories"] == [{"category": "ethics", "required": 4, "counted": 2, "remaining": 2}]
    assert result["remaining_hours"] == 2


def test_provider_share():
    # Half of 24 h from listed provider types: 12 h needed. 10 h from an
    # NBCC-approved provider, 14 h from others: total met, 2 h short on the share.
    profile = replace(BASE, provider_share=ProviderShare(fraction=0.5, provider_types=("nbcc-approved", "university")))
    credits = [credit(1, 10, provider_type="nbcc-approved"), credit(2, 14, provider_type="employer")]
    result = tally(profile, CYCLE, credits, TODAY)
    assert result["provider_share"] == {"provider_types": ["nbcc-approved", "university"], "required_hours": 12,
                                        "counted_hours": 10, "remaining_hours": 2,
                                        "other_hours": 14, "other_credit_ids": [2]}
    assert result["remaining_hours"] == 2 and result["status"] != "complete"
    assert "listed provider types" in result["remaining_note"]
    met = tally(profile, CYCLE, credits + [credit(3, 2, provider_type="university")], TODAY)
    assert met["remaining_hours"] == 0 and met["status"] == "complete"


def test_provider_share_and_minimums_come_from_one_choice_of_what_counts():
    # 4 h required, 2 h ethics, half (2 h) from listed providers, self-study at most 2 h.
    # L 2 h self-study listed, E 2 h self-study ethics, O 2 h in person.
    # Only 2 of L + E count (the cap). Before, the minimums took E and the share
    # took L, both from the same 2 h, and the cycle showed "complete".
    # Best split: 1 h L + 1 h E + 2 h O = 4 counted; ethics 1 of 2, listed 1 of 2:
    # remaining max(4 - 4, 1, 1) = 1 h (one listed 1 h ethics course meets all).
    # Any other split is worse: all L -> 2 h ethics open; all E -> 2 h listed open.
    profile = replace(BASE, total_hours=4, minimums=(Minimum("ethics", 2),), caps=(Cap("self-study", hours=2),),
                      provider_share=ProviderShare(fraction=0.5, provider_types=("listed",)))
    credits = [credit(1, 2, fmt="self-study", provider_type="listed"), credit(2, 2, "ethics", fmt="self-study"),
               credit(3, 2)]
    result = tally(profile, CYCLE, credits, TODAY)
    assert (result["counted_hours"], result["remaining_hours"], result["status"]) == (4, 1, "on_track")
    assert result["categories"] == [{"category": "ethics", "required": 2, "counted": 1, "remaining": 1}]
    assert result["provider_share"]["counted_hours"] == 1 and result["provider_share"]["remaining_hours"] == 1
    assert result["remaining_note"].startswith("1 h, not 4 h − 4 h = 0 h: at least 2 h must come from")
    assert result["next"] == ("1 h ethics (live or in person: self-study is capped; all of these from a listed "
                              "provider type)")
    done = tally(profile, CYCLE, credits + [credit(4, 1, "ethics", provider_type="listed")], TODAY)
    assert (done["remaining_hours"], done["status"]) == (0, "complete")


def test_presenting_counts_one_and_a_half_up_to_ten_hours():
    # Ohio-style: presenting x1.5 up to 10 h. 4 h presented -> 6 h; 10 h presented -> 15, capped at 10.
    profile = replace(BASE, activities=(Activity("presenting", multiplier=1.5, max_hours=10),))
    four = tally(profile, CYCLE, [credit(1, 4, activity="presenting")], TODAY)
    assert four["counted_hours"] == 6
    ten = tally(profile, CYCLE, [credit(1, 4, activity="presenting"), credit(2, 6, activity="presenting")], TODAY)
    assert ten["counted_hours"] == 10
    assert ten["activities"] == [{"activity": "presenting", "multiplier": 1.5, "max_hours": 10,
                                  "logged_hours": 10, "counted_hours": 10}]


def test_authoring_each_item_capped():
    # An article up to 10 h each, a book up to 30 h: two articles claimed at
    # 12 h and 8 h -> 10 + 8 = 18.
    profile = replace(BASE, total_hours=30, activities=(Activity("authoring", max_hours_each=10),
                                                         Activity("authoring-book", max_hours_each=30)))
    result = tally(profile, CYCLE, [credit(1, 12, activity="authoring"), credit(2, 8, activity="authoring")], TODAY)
    assert result["counted_hours"] == 18


def test_format_caps_do_not_apply_to_a_capped_activity():
    # Self-study at most 1 h; presenting has its own rule, so a presentation
    # logged as self-study is not cut by the self-study cap: 3 h presenting + 1 h self-study.
    profile = replace(BASE, caps=(Cap("self-study", hours=1),), activities=(Activity("presenting", max_hours=5),))
    credits = [credit(1, 3, fmt="self-study", activity="presenting"), credit(2, 4, fmt="self-study")]
    assert tally(profile, CYCLE, credits, TODAY)["counted_hours"] == 4


def test_jurisprudence_exam_counts_as_one_hour_ethics_when_done():
    # 24 h, ethics 6; 23 h logged with 5 ethics; the exam (1 h ethics) ticked
    # on 2026-02-01: 24 counted, ethics 6 -> complete. Not ticked: short 1 h ethics and the exam.
    profile = replace(BASE, minimums=(Minimum("ethics", 6),),
                      completions=(Completion("jurisprudence exam", category="ethics", hours=1),))
    credits = [credit(1, 5, "ethics"), credit(2, 18)]
    open_ = tally(profile, CYCLE, credits, TODAY)
    assert open_["completions"] == [{"name": "jurisprudence exam", "done": None, "category": "ethics", "hours": 1,
                                    "make_up": False}]
    assert open_["remaining_hours"] == 1 and open_["status"] != "complete"
    assert open_["next"] == "1 h ethics, jurisprudence exam"
    done = tally(profile, replace(CYCLE, done=(Done("Jurisprudence Exam", D(2026, 2, 1)),)), credits, TODAY)
    assert done["completions"][0]["done"] == "2026-02-01"
    assert (done["counted_hours"], done["remaining_hours"], done["status"]) == (24, 0, "complete")


def test_required_course_without_hours_must_be_ticked():
    # Human-trafficking course: all hours met, the course not ticked -> not complete.
    profile = replace(BASE, completions=(Completion("human trafficking course"),))
    result = tally(profile, CYCLE, [credit(1, 24)], TODAY)
    assert result["remaining_hours"] == 0 and result["status"] == "on_track"
    ticked = replace(CYCLE, done=(Done("human trafficking course", D(2025, 6, 1)),))
    assert tally(profile, ticked, [credit(1, 24)], TODAY)["status"] == "complete"
    # A tick from the previous cycle does not count for this one.
    stale = replace(CYCLE, done=(Done("human trafficking course", D(2024, 6, 1)),))
    assert tally(profile, stale, [credit(1, 24)], TODAY)["status"] == "on_track"


def test_deadline_window_after_initial_licensure():
    # Florida-style: 2 h domestic violence within 6 months of licensure.
    # Licensed 2025-09-15 -> due 2026-03-15. 2 h on 2026-01-10: met.
    profile = replace(BASE, first_cycle_mode="exempt",
                      minimums=(Minimum("domestic-violence", 2, within_months_of_licensure=6),))
    first = LicenseCycle("FL", renews=D(2027, 3, 31), cycle_number=1, issued=D(2025, 9, 15))
    met = tally(profile, first, [credit(1, 2, "domestic-violence", date=D(2026, 1, 10))], TODAY)
    assert met["deadlines"][0] | {"note": None} == {"requirement": "domestic-violence", "hours": 2, "due": "2026-03-15",
                                                     "met": True, "counted_hours": 2, "note": None}
    assert met["status"] == "exempt"  # the deadline met, the first biennium is otherwise exempt
    # Taken after the deadline: not met, and overdue on 2026-05-13.
    late = tally(profile, first, [credit(1, 2, "domestic-violence", date=D(2026, 4, 1))], TODAY)
    assert late["deadlines"][0]["met"] is False and late["status"] == "overdue"
    assert "domestic-violence by 2026-03-15" in late["next"]


def test_deadline_window_without_an_issue_date_asks_for_it():
    profile = replace(BASE, minimums=(Minimum("domestic-violence", 2, within_months_of_licensure=6),))
    first = LicenseCycle("FL", renews=D(2027, 3, 31), cycle_number=1)
    [deadline] = tally(profile, first, [], TODAY)["deadlines"]
    assert deadline["due"] is None and "--issued" in deadline["note"]
    assert tally(profile, replace(first, cycle_number=3), [], TODAY)["deadlines"] == []
