"""Golden cards for judge2 (session 12, new-user trial of an Ohio LISW): a
training of a day or two, or TF-CBT's own training, is not the certification;
Ohio's supervision designation (LISW-S, LPCC-S, IMFT-S) is a supervisor
credential; a clock hour without "pm" after "after"/"before" is a time, not a
count; the why's "more" is not the goal's measure; Specific's evidence is the
goal's own words, not its why's or a list's "including"; a CE renewal's hours
"of supervision" don't serve the clinical supervisor aspiration; an
aspiration's name typed slightly wrong ("finacial wellness") reads as meant."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score
from clingoals.smart.scorer import match_milestone

TODAY = dt.date(2026, 11, 24)  # a Tuesday


def card(statement: str, **parts) -> dict:
    return score(GoalText(statement, **parts), TODAY)["criteria"]


# --- 3: a TF-CBT training is not TF-CBT certification -------------------------------------------

@pytest.mark.parametrize("statement", [
    "Complete the 2-day TF-CBT live training by March 31",
    "Complete the TF-CBT web course and the 2-day live training by March 31",
    "Finish TF-CBTWeb by March 31",
])
def test_a_tf_cbt_training_is_judged_as_a_training(statement):
    """Was Achievable 0/2 'TF-CBT certification usually takes about 12 months'."""
    achievable = card(statement, hours_per_week=3)["achievable"]
    assert achievable["score"] == 2
    assert "TF-CBT training" in achievable["reason"]
    assert "certification" not in achievable["reason"]


def test_tf_cbt_certification_is_still_the_certification():
    achievable = card("Get TF-CBT certified by March 31")["achievable"]
    assert achievable["score"] == 0
    assert achievable["reason"].startswith("TF-CBT certification usually takes about 12 months")


@pytest.mark.parametrize("text, row", [
    ("complete a one-day dbt skills workshop", "workshop"),
    ("attend the 2-day gottman level 1 training", "workshop"),
    ("complete the 2-day emdr basic training", "emdr-training"),   # given in parts months apart
    ("finish the tf-cbt training toward certification", "tf-cbt-certification"),
])
def test_a_training_of_a_day_or_two_is_that_training(text, row):
    assert match_milestone(text).id == row


# --- 7: Ohio's supervision designation ---------------------------------------------------------

@pytest.mark.parametrize("statement", [
    "Get my LISW-S supervision designation by September 30, 2027",
    "Get my LISW-S supervisor designation by September 30, 2027",
    "Become an LPCC-S by September 30, 2027",
    "Apply for my supervision designation with the Ohio CSWMFT Board by September 30, 2027",
])
def test_ohios_supervision_designation_is_the_supervisor_credential(statement):
    """'supervision designation' was 1/2 'Nothing yet says it fits' (LCSW-S only was known)."""
    criteria = card(statement, aspirations=["clinical supervisor", "private practice"])
    assert criteria["achievable"]["score"] == 2
    assert "Ohio supervision designation" in criteria["achievable"]["reason"]
    assert criteria["relevant"]["reason"].startswith("Serves your aspiration 'clinical supervisor'")


def test_the_lisw_is_clinical_social_work_licensure():
    assert match_milestone("get my lisw").id == "social-work-license"
    assert match_milestone("get my lisw-s").id == "approved-supervisor-oh"


# --- 8: "after 6" is a clock time ---------------------------------------------------------------

@pytest.mark.parametrize("statement, when", [
    ("No work email after 6 on weeknights through January 31", "each weeknight"),
    ("Stop checking work email after 6 on weeknights through January 31", "each weeknight"),
    ("Stop checking work email after 6pm on weeknights through January 31", "each weeknight"),
    ("No screens in the bedroom after 9, every night through January 31", "every night"),
])
def test_an_hour_without_pm_after_a_limit_word_is_a_clock_time(statement, when):
    """Was 'You'll know by the numbers: 6 on weeknights' (the hour read as a count of weeknights)."""
    measurable = card(statement)["measurable"]
    assert measurable["score"] == 2
    assert measurable["reason"].startswith(f"Checkable {when}:")
    assert not any("6 on" in e for e in card(statement)["specific"]["evidence"])


@pytest.mark.parametrize("statement, counted", [
    ("Review my caseload notes after 6 weeks of sessions", None),
    ("Attend 6 sessions after 5 weeks of waiting by March 31", "6 sessions"),
])
def test_a_number_after_after_that_counts_is_still_no_clock_time(statement, counted):
    measurable = card(statement)["measurable"]
    assert not measurable["reason"].startswith("Checkable each")
    if counted:
        assert counted in measurable["evidence"]


# --- 11: the why's "more" is not the goal's measure ---------------------------------------------

def test_the_whys_more_is_not_the_missing_measure():
    """Was "'more' says which way, not how much" for the reason's "more energy"."""
    measurable = card("Go to the gym before work so I have more energy")["measurable"]
    assert measurable["score"] == 1
    assert "more" not in measurable["evidence"]
    assert "which way" not in measurable["reason"]


def test_the_goals_own_more_is_still_a_direction():
    measurable = card("Walk more so that I have more energy")["measurable"]
    assert (measurable["score"], measurable["evidence"]) == (1, ["more"])


# --- 15: Specific names the goal's own words ----------------------------------------------------

def test_specific_evidence_takes_no_words_from_the_why_or_what_is_left():
    """Was (pay, card, left, stop, lying)."""
    specific = card("Pay off my Discover card, $3,800 left, by August 31, 2027, so I stop lying awake")["specific"]
    assert specific["score"] == 2
    assert not {"left", "stop", "lying"} & set(specific["evidence"])
    assert specific["evidence"][:2] == ["pay", "card"]


def test_including_lists_what_the_goal_holds_and_is_no_action():
    """Was (finish, including, ce, lisw)."""
    specific = card("Finish my 30 CE hours for the LISW renewal by October 31, 2027, including 3 hours of "
                    "ethics and 1 hour of supervision")["specific"]
    assert specific["score"] == 2
    assert "including" not in specific["evidence"]
    assert {"finish", "ce", "ethics"} <= set(specific["evidence"])


# --- 20: a CE renewal's hours of supervision don't make it a supervisor's goal -------------------

ASPIRATIONS = ["trauma specialist", "private practice", "clinical supervisor"]


@pytest.mark.parametrize("statement", [
    "Finish my 30 CE hours by October 31, 2027, including 3 hours of supervision ethics",
    "Finish my 30 CE hours for the LISW renewal by October 31, 2027, including 3 hours of ethics and 1 hour "
    "of supervision",
])
def test_a_ce_renewal_is_not_linked_to_the_supervisor_aspiration(statement):
    """Was 2/2 'Serves your aspiration 'clinical supervisor'' and linked on saving."""
    from clingoals.smart import aspiration_served

    assert aspiration_served(GoalText(statement, aspirations=ASPIRATIONS)) is None
    assert card(statement, aspirations=ASPIRATIONS)["relevant"]["score"] < 2


@pytest.mark.parametrize("statement", [
    "Complete 30 CE hours by October 31, 2027, including a 9-hour supervision course",
    "Complete the 40-hour supervision training by March 31",
])
def test_a_supervision_course_still_serves_the_supervisor_aspiration(statement):
    relevant = card(statement, aspirations=ASPIRATIONS)["relevant"]
    assert relevant["reason"].startswith("Serves your aspiration 'clinical supervisor'")


# --- 4: an aspiration typed slightly wrong reads as meant ---------------------------------------

FAMILY_AND_HEALTH = ("a present parent", "finacial wellness", "rested and healthy")


@pytest.mark.parametrize("name, meant", [
    ("finacial wellness", "financial wellness"),
    ("trauma specialst", "trauma specialist"),
    ("clinical supervsor", "clinical supervisor"),
    ("a present parent", None),
    ("rested and healthy", None),
    ("be a patient mom", None),
    ("published author", None),
])
def test_an_aspiration_word_typed_slightly_wrong_is_respelled(name, meant):
    from clingoals.smart.scorer import respelled_aspiration

    assert respelled_aspiration(name) == meant


@pytest.mark.parametrize("statement", [
    "Go to the gym 3 mornings a week for the next 8 weeks so I have more energy",
    "Take the kids to the library every other Saturday through May 31",
    "Phone-free family dinner 4 nights a week for the next 8 weeks",
])
def test_a_misspelled_money_aspiration_claims_no_family_or_gym_goal(statement):
    """'finacial wellness' read as wellbeing ('wellness') and, declared first, served them all."""
    from clingoals.smart import aspiration_served

    assert aspiration_served(GoalText(statement, aspirations=FAMILY_AND_HEALTH)) != "finacial wellness"
    assert "finacial" not in card(statement, aspirations=FAMILY_AND_HEALTH)["relevant"]["reason"]


def test_the_gym_goal_serves_rested_and_healthy_and_the_card_serves_the_money_aspiration():
    from clingoals.smart import aspiration_served

    gym = GoalText("Go to the gym 3 mornings a week for the next 8 weeks so I have more energy",
                   aspirations=FAMILY_AND_HEALTH)
    card_goal = GoalText("Pay off my Discover card by August 31, 2027", aspirations=FAMILY_AND_HEALTH)
    assert aspiration_served(gym) == "rested and healthy"
    assert aspiration_served(card_goal) == "finacial wellness"


# --- 13: Specific's examples fit the goal --------------------------------------------------------

def test_a_practice_seeing_a_number_of_clients_a_week_is_specific():
    """Was 1/2 "'clients' names a kind of thing" with health examples."""
    specific = card("Start a small private practice on saturdays, seeing 5 clients a week")["specific"]
    assert specific["score"] == 2


@pytest.mark.parametrize("statement, example, not_example", [
    ("See more clients in my practice by June 30", "self-pay adults", "statin"),
    ("Start a small private practice on saturdays, seeing clients", "self-pay adults", "statin"),
    ("Do exercise 3 times a week", "jog 30 minutes", "ethics course"),
    ("Take medication every day", "take my statin", "ethics course"),
])
def test_the_examples_of_a_thing_named_exactly_fit_the_kind_of_goal(statement, example, not_example):
    specific = card(statement)["specific"]
    assert specific["score"] == 1 and "names a kind of thing" in specific["reason"]
    assert example in specific["suggestion"] and not_example not in specific["suggestion"]


@pytest.mark.parametrize("statement, said", [
    ("Leave work by 6 on weekdays through March 31", "by 6"),
    ("Get to bed by 10 on weeknights through March 31", "by 10"),
])
def test_by_an_hour_with_the_days_it_holds_on_is_a_clock_time(statement, said):
    """'by 6 on weekdays' was counted as '6 on weekdays'; 'by 6' alone may still be a date's."""
    measurable = card(statement)["measurable"]
    assert measurable["reason"].startswith("Checkable each")
    assert said in measurable["evidence"]
