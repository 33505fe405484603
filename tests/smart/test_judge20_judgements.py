"""Golden cards for judge20 (session 12, new-user trials of an Illinois LCPC and a
Florida LMHC): everyday English about one's own life. Contractions open a goal
as "I will" does; a family goal serves a personal aspiration, never a work one,
and is filed personal; rhythms of ordinary weeks ("on workdays", "on school
nights", "every week", "Mon/Wed/Fri") are how often; "before work" and "after
dinner" are when; "more" alone asks how often."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score

TODAY = dt.date(2026, 11, 24)  # a Tuesday


def card(statement: str, **parts) -> dict:
    return score(GoalText(statement, **parts), TODAY)["criteria"]


# --- contractions read like "I will" ----------------------------------------------------------

@pytest.mark.parametrize("statement", [
    "I'm going to walk 30 minutes every day through March",
    "I'll walk 30 minutes every day through March",
    "I'm gonna walk 30 minutes every day through March",
    "Im going to walk 30 minutes every day through March",
])
def test_a_contracted_opening_reads_like_i_will(statement):
    """Was Specific 0 "It names a topic but not the action you'll take." (the verb after
    "I'm going to" / "I'll" was not found)."""
    specific = card(statement)["specific"]
    assert specific == card("I will walk 30 minutes every day through March")["specific"]
    assert specific["score"] == 2 and "walk" in specific["evidence"]


def test_a_contracted_stop_is_a_habit_of_not_doing():
    """"I'm going to stop ..." is a stop goal as "I will stop ..." is: its hint asks what could make it hard."""
    ours = card("I'm going to stop checking work email after 7pm on weeknights through March")["achievable"]
    theirs = card("I will stop checking work email after 7pm on weeknights through March")["achievable"]
    assert ours == theirs


# --- 1: a family goal serves a personal aspiration or none, and is filed personal ----------------

from clingoals.smart.scorer import aspiration_domain, aspiration_served, life_domain  # noqa: E402

FAMILY_GOALS = ["Plan a date night with my partner every other Friday", "Cook dinner with the kids twice a week",
                "Cook more with the kids", "Take the kids to the park every Saturday",
                "Help the kids with homework on school nights", "Plan a family vacation by June",
                "Have a screen-free family dinner on school nights", "Take the kids to soccer practice every Saturday",
                "Spend Saturdays with family"]


@pytest.mark.parametrize("statement", FAMILY_GOALS)
@pytest.mark.parametrize("work", ["clinical supervisor", "private practice"])
def test_a_family_goal_never_serves_a_work_aspiration(statement, work):
    """'Take the kids to soccer practice' served 'private practice' through "practice"; "Cook more
    with the kids", "Plan a family vacation" were filed professional (the kids read as clients)."""
    goal = GoalText(statement, aspirations=(work,))
    assert aspiration_served(goal) is None
    assert life_domain(goal) == "personal"
    assert card(statement, aspirations=(work,))["relevant"]["score"] == 0


@pytest.mark.parametrize("statement", FAMILY_GOALS)
@pytest.mark.parametrize("personal", ["work-life balance", "be present for my family"])
def test_a_family_goal_serves_the_personal_aspiration_beside_a_work_one(statement, personal):
    for work in ("clinical supervisor", "private practice"):
        goal = GoalText(statement, aspirations=(work, personal))
        assert aspiration_served(goal) == personal
        assert life_domain(goal) == "personal"


@pytest.mark.parametrize("statement", ["Cook dinner with the kids twice a week", "Read to my daughter every night",
                                       "Cook more with the kids", "Help the kids with homework on school nights"])
def test_time_with_ones_children_serves_a_parents_aspiration(statement):
    """'be a present parent' names no word of the field: "Read to my daughter" served nothing."""
    goal = GoalText(statement, aspirations=("clinical supervisor", "be a present parent"))
    assert aspiration_served(goal) == "be a present parent"
    assert card(statement, aspirations=("clinical supervisor", "be a present parent"))["relevant"]["reason"] == (
        "Serves your aspiration 'be a present parent' (family).")


@pytest.mark.parametrize("statement", ["Plan a date night with my partner every other Friday", "Call my mom every Sunday"])
def test_a_parents_aspiration_is_not_served_by_a_date_night(statement):
    """A family aspiration is personal: the reason no longer says "they are about work"."""
    relevant = card(statement, aspirations=("clinical supervisor", "be a present parent"))["relevant"]
    assert relevant["score"] == 0
    assert relevant["reason"] == "Nothing links it to your aspirations (clinical supervisor, be a present parent)."
    assert "goals aspiration add 'close to my family'" in relevant["suggestion"]


@pytest.mark.parametrize("statement", ["Run a social skills group for the kids at the clinic",
                                       "Screen the kids for anxiety at intake",
                                       "Complete a family therapy training by June"])
def test_a_work_goal_about_children_serves_no_family_aspiration(statement):
    for family in ("be a present parent", "be present for my family"):
        goal = GoalText(statement, aspirations=("clinical supervisor", family))
        assert aspiration_served(goal) is None
        assert life_domain(goal) == "professional"
        assert "May support" not in card(statement, aspirations=("clinical supervisor", family))["relevant"]["reason"]


@pytest.mark.parametrize("aspiration", ["be a present parent", "be present for my family", "close to my family",
                                        "present partner"])
def test_a_family_aspiration_is_personal(aspiration):
    assert aspiration_domain(aspiration) == "personal"


# --- 3: "more" of a habit asks how often; Relevant names the aspiration to declare ---------------

def test_cook_more_with_the_kids_is_told_how_often_and_what_to_declare():
    """Was "'more' says which way, not how much." with "Put a number on it: from X to Y, ... (20 CE
    hours ...)", and "Declare ... 'rested and healthy'" for a goal with the kids."""
    criteria = card("Cook more with the kids", aspirations=("clinical supervisor",))
    assert criteria["measurable"]["score"] == 1
    assert criteria["measurable"]["reason"] == "'more' says which way, not how often."
    assert criteria["measurable"]["suggestion"] == "Name how often instead, e.g. 'Cook with the kids twice a week'."
    assert criteria["relevant"]["suggestion"] == (
        "Declare a personal aspiration it serves (goals aspiration add 'close to my family') and link it, "
        "or say what it does for you ('so that I stay close to the people I love').")


def test_more_of_a_thing_still_asks_how_much():
    assert card("See more clients")["measurable"]["reason"] == "'more' says which way, not how much."


# --- 2: rhythms of an ordinary week are how often, and make a count to log -------------------------

from clingoals.smart.scorer import occasions_in, times_a_week  # noqa: E402
from clingoals.usecases.drafting import offered_target  # noqa: E402


@pytest.mark.parametrize("statement, per_week, said", [
    ("Read with the kids on school nights", 5.0, "on school nights"),
    ("No screens on work nights", 5.0, "on work nights"),
    ("Pack the kids' lunches on school days", 5.0, "on school days"),
    ("Walk 30 minutes on workdays", 5.0, "on workdays"),
    ("Meal prep every week", 1.0, "every week"),
    ("Swim on Mon/Wed/Fri mornings", 3.0, "mon/wed/fri"),
    ("Go to the gym Tue & Thu", 2.0, "tue & thu"),
])
def test_the_days_of_an_ordinary_week_say_how_often(statement, per_week, said):
    """Was None: "on school nights", "every week", "Mon/Wed/Fri" gave no rhythm, so guided add
    offered no count to log against."""
    assert times_a_week(statement) == (per_week, said)


@pytest.mark.parametrize("statement", ["Save $50 a week", "Read 2 research articles each week"])
def test_a_sum_or_a_count_each_week_is_no_number_of_times(statement):
    """"Save $50 a week" offered "907 days" to log against (50 times a week)."""
    assert times_a_week(statement) is None


@pytest.mark.parametrize("statement, offer", [
    ("Read with the kids on school nights", "92 nights"),
    ("Pack the kids' lunches on school days", "92 days"),
    ("Meal prep every week", "18 weeks"),
    ("Swim on Mon/Wed/Fri mornings", "55 swims"),
    ("Complete 12 consultation calls for my EMDR certification", "12 consultation calls"),
])
def test_guided_add_offers_the_count_they_make(statement, offer):
    assert offered_target({"statement": statement, "due": "2027-03-31"}, today=TODAY)["text"] == offer


def test_school_nights_are_sunday_to_thursday_and_listed_days_are_those_days():
    sunday, saturday = dt.date(2026, 11, 29), dt.date(2026, 12, 5)
    assert occasions_in("on school nights", 5.0, sunday, saturday) == 5  # Sun-Thu, not Fri and Sat
    assert occasions_in("mon/wed/fri", 3.0, sunday, saturday) == 3


@pytest.mark.parametrize("statement, when", [
    ("Read with the kids on school nights through March 31", "each school night"),
    ("No screens on work nights through March 31", "each work night"),
    ("Pack the kids' lunches on school days through March 31", "each school day"),
])
def test_named_days_are_checked_each_time_not_a_one_off(statement, when):
    """Was "A one-off you can check by the deadline: 'Read with the kids on school'"."""
    measurable = card(statement)["measurable"]
    assert measurable["score"] == 2 and measurable["reason"].startswith(f"Checkable {when}: ")


def test_days_with_an_amount_are_named_as_how_often():
    assert card("Walk 30 minutes on workdays")["measurable"]["reason"] == (
        "You'll know by the numbers: 30 minutes, on workdays.")


# --- 5: days written short are when; an aspiration's name is said once ---------------------------

@pytest.mark.parametrize("statement, days", [
    ("Swim on Mon/Wed/Fri mornings through March 31", "Mon/Wed/Fri"),
    ("Lift weights Mon, Wed and Fri through March 31", "Mon, Wed and Fri"),
    ("Go to the gym Tue/Thu through March 31", "Tue/Thu"),
])
def test_days_written_short_are_when_not_things(statement, days):
    """Was Specific evidence ['swim', 'mon', 'fri'] (days as things; 'wed' read as a verb) and
    Measurable "A one-off you can check by the deadline"."""
    criteria = card(statement)
    assert criteria["specific"]["score"] == 2
    assert not {"mon", "wed", "fri", "tue", "thu"} & set(criteria["specific"]["evidence"])
    assert days in criteria["specific"]["evidence"]
    assert criteria["measurable"]["reason"] == f"You'll know by the numbers: {days}."


def test_days_written_short_without_an_end_are_a_rhythm():
    time_bound = card("Swim Mon/Wed/Fri")["time_bound"]
    assert (time_bound["score"], time_bound["reason"]) == (1, "'Mon/Wed/Fri' is a rhythm without an end date.")


@pytest.mark.parametrize("statement", ["Set up an NPI and an LLC by June 30, 2027",
                                       "Learn play therapy to help the kids on my caseload"])
def test_an_aspirations_name_is_said_once(statement):
    """Was "Serves your aspiration 'private practice' (private practice, practice, private)."."""
    reason = card(statement, aspirations=("private practice",))["relevant"]["reason"]
    assert reason == "Serves your aspiration 'private practice'."


# --- "before work", "after dinner" say when ---------------------------------------------------------

@pytest.mark.parametrize("statement", ["Meditate 10 minutes before work on weekdays through March 31",
                                       "Meditate before work on weekdays", "After work, walk 20 minutes"])
def test_before_work_is_when_not_vague(statement):
    """Was Specific 0 "'work on' doesn't say what you'll actually do." (the words "work on" of
    "before work on weekdays"), or 1 "'work' names a kind of thing"."""
    assert card(statement)["specific"]["score"] == 2


@pytest.mark.parametrize("statement, when", [("Meditate before work through March 31", "before work"),
                                             ("Stretch after dinner through March 31", "after dinner")])
def test_a_habit_said_by_when_asks_how_often(statement, when):
    """Was Measurable 2 "A one-off you can check by the deadline: 'Stretch after dinner'"."""
    measurable = card(statement)["measurable"]
    assert measurable["score"] == 1
    assert measurable["reason"] == f"'{when}' says when, not how often: every day, or some days a week?"


# --- everyday goals of a clinician's own life (judge20's own trial) ----------------------------------

def test_hours_of_sleep_on_work_nights_say_how_often():
    """Was Measurable 1 "'7 hours of sleep' says how much, not how often"."""
    measurable = card("Get 7 hours of sleep on work nights through March 31, 2027")["measurable"]
    assert measurable["score"] == 2


@pytest.mark.parametrize("statement", ["Practice guitar 20 minutes 4 days a week through March 31, 2027",
                                       "Take the kids to soccer practice every Saturday"])
def test_a_hobbys_practice_is_no_private_practice(statement):
    """Was "Serves your aspiration 'private practice' (practice)", filed professional."""
    goal = GoalText(statement, aspirations=("private practice", "rested and healthy", "close to my family"))
    assert aspiration_served(goal) != "private practice"
    assert life_domain(goal) == "personal"


@pytest.mark.parametrize("statement", ["Read 12 novels for fun by December 31, 2027",
                                       "Schedule a physical with my doctor by January 15, 2027",
                                       "Keep takeout under $120 a month through June 30, 2027",
                                       "Lift weights Mon, Wed and Fri through March 31, 2027",
                                       "Meal prep every week through March 31, 2027"])
def test_everyday_goals_are_filed_personal(statement):
    """Each was filed professional (no word of one's own life was read in it)."""
    assert life_domain(GoalText(statement, aspirations=("clinical supervisor",))) == "personal"


@pytest.mark.parametrize("statement, reason", [
    ("Leave the office by 5:30 on Mon/Wed/Fri through March 31, 2027",
     "Checkable on Mon/Wed/Fri: 'Leave the office by 5:30', kept or not."),
    ("Bring lunch from home on clinic days through March 31, 2027",
     "Checkable each clinic day: 'Bring lunch from home', kept or not."),
])
def test_a_rule_kept_on_named_days_is_checked_each_time(statement, reason):
    """Was "Checkable mon/wed/fri: ..." and "A one-off you can check by the deadline: 'Bring lunch from home on clinic'"."""
    assert card(statement)["measurable"]["reason"] == reason


@pytest.mark.parametrize("statement", ["Read with the kids on school nights", "Cook more with the kids"])
def test_a_goal_with_the_kids_is_asked_with_familys_examples(statement):
    """Was Measurable's advice "pass the licensing exam, submit the application, ..." (work's results)."""
    from clingoals.smart.kinds import RESULTS, life_kind

    assert life_kind(statement.lower()) == "family"
    measurable = card("Read with the kids on school nights")["measurable"]
    assert measurable["suggestion"] == f"Name the result you can check: {RESULTS['family']}."


def test_a_work_goal_with_the_kids_keeps_works_examples():
    from clingoals.smart.kinds import life_kind

    assert life_kind("run a social skills group for the kids at the clinic") is None
