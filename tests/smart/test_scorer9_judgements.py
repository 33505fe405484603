"""Golden cards for scorer9 (session 7): trial 9's B5 (saving for a course is
judged by money a month, not by the course's length), a deadline's digits
making a vague action concrete, a "to + verb" purpose as a reason for
Relevant, and money rates per paycheck / every two weeks with one monthly
sum for the advice and the fix."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score

TODAY = dt.date(2026, 11, 24)  # the day of trial 9


def criterion(statement: str, name: str, **parts) -> dict:
    return score(GoalText(statement, **parts), TODAY)["criteria"][name]


# --- 1 (trial 9 B5): saving for a course is not taking it ---------------------------------------

@pytest.mark.parametrize("statement", ["Save $3,000 for an EMDR course by April 30, 2027",
                                       "Set aside $3,000 for EMDR basic training by April 30, 2027",
                                       "Pay for my EMDR training by April 30, 2027",
                                       "I will save $3,000 to pay for an EMDR course by April 30, 2027"])
def test_saving_for_a_course_is_judged_by_money_not_by_the_course(statement):
    achievable = criterion(statement, "achievable")
    assert achievable["score"] == 1
    assert achievable["reason"] == "Nothing yet says how it fits your budget."
    assert "EMDR" not in achievable["suggestion"] and "6 months" not in achievable["suggestion"]
    assert achievable["evidence"] == []


def test_trial_9_b5_card():
    achievable = criterion("Save $3,000 for an EMDR course by April 30, 2027", "achievable")
    assert achievable["suggestion"] == ("Say how much a month you can set aside: $3,000 by April 30 is about $600 a "
                                        "month; or add a plan, or how confident you are (0-10, e.g. "
                                        "'confidence 8/10').")


def test_saving_for_a_course_without_a_deadline_asks_for_money_a_month():
    achievable = criterion("Save $3,000 for an EMDR course", "achievable")
    assert (achievable["score"], achievable["reason"]) == (1, "Nothing yet says how it fits your budget.")
    assert achievable["suggestion"].startswith("Say how much a month you can put toward it")


def test_a_saving_rate_for_a_course_is_checked_against_its_total_not_the_course():
    achievable = criterion("Save $3,000 for an EMDR course by April 30, 2027", "achievable",
                           plan="set aside $600 a month")
    assert achievable["score"] == 2
    assert achievable["reason"] == "Realistic: $600 a month for 5 months comes to $3,000, enough for $3,000; a plan."


@pytest.mark.parametrize("statement", ["Complete EMDR basic training by April 30, 2027",
                                       "Save $3,000 and complete EMDR basic training by April 30, 2027",
                                       "Spend 2 hours a week on EMDR basic training by April 30, 2027"])
def test_taking_the_course_is_still_judged_by_its_length(statement):
    achievable = criterion(statement, "achievable")
    assert achievable["reason"].startswith("Tight: 5.2 months from now is shorter than the typical 6 months for "
                                           "EMDR basic training"), achievable


# --- 4: money rates per paycheck / every two weeks; one monthly sum for the advice and the fix ---

@pytest.mark.parametrize("statement, reason, suggestion", [
    ("Save $150 every paycheck until I have $3,000 by June 30, 2027",
     "$150 a paycheck (taken as every two weeks) for 31 weeks comes to $2,250, short of $3,000 by the deadline.",
     "Save about $200 a paycheck, move the deadline to about 40 weeks from now, or aim for $2,250."),
    ("Save $200 biweekly until I have $4,000 by June 30, 2027",
     "$200 every two weeks for 31 weeks comes to $3,000, short of $4,000 by the deadline.",
     "Save about $270 every two weeks, move the deadline to about 40 weeks from now, or aim for $3,000."),
    ("Save $200 every two weeks until I have $4,000 by June 30, 2027",
     "$200 every two weeks for 31 weeks comes to $3,000, short of $4,000 by the deadline.",
     "Save about $270 every two weeks, move the deadline to about 40 weeks from now, or aim for $3,000."),
    ("Save $250 twice a month until I have $4,000 by June 30, 2027",
     "$250 twice a month for 7 months comes to $3,500, short of $4,000 by the deadline.",
     "Save about $290 twice a month, move the deadline to about 8 months from now, or aim for $3,500."),
])
def test_a_rate_per_paycheck_or_every_two_weeks_is_read_against_the_total(statement, reason, suggestion):
    achievable = criterion(statement, "achievable")
    assert (achievable["score"], achievable["reason"], achievable["suggestion"]) == (1, reason, suggestion)


def test_a_rate_per_paycheck_that_reaches_the_total_is_realistic():
    achievable = criterion("Save $200 from each paycheck until I have $3,000 by June 30, 2027", "achievable")
    assert achievable["score"] == 2
    assert achievable["reason"] == ("Realistic: $200 a paycheck (taken as every two weeks) for 31 weeks comes to "
                                    "$3,000, enough for $3,000.")


def test_a_monthly_rate_written_as_an_adverb_is_read():
    achievable = criterion("Save $400 monthly until I have $5,000 by December 31, 2027", "achievable")
    assert achievable["reason"] == "Realistic: $400 a month for 13 months comes to $5,200, enough for $5,000."
    # ... but a monthly budget is not a saving rate
    assert "a month for" not in criterion("Keep my $3,000 monthly budget by June 30, 2027", "achievable")["reason"]


def test_the_advice_and_the_fix_give_the_same_monthly_sum():
    """guided-r7: the advice said '$5,000 by June 30 is about $369 a month', the fix 'Save about $390 a month'."""
    goal = "Save $5,000 for a practice fund by June 30, 2027"
    advice = criterion(goal, "achievable")["suggestion"]
    assert advice.startswith("Say how much a month you can set aside: $5,000 by June 30 is about $720 a month;")
    fix = criterion(goal, "achievable", plan="set aside $300 a month")
    assert fix["reason"] == "$300 a month for 7 months comes to $2,100, short of $5,000 by the deadline."
    assert fix["suggestion"].startswith("Save about $720 a month,")


def test_a_rate_with_no_total_says_what_it_comes_to_not_a_sum_of_its_own_amount():
    achievable = criterion("Save $200 from every paycheck for an emergency fund by June 30, 2027", "achievable")
    assert achievable["score"] == 1 and achievable["reason"] == "Nothing yet says how it fits your budget."
    assert achievable["suggestion"].startswith("$200 a paycheck (taken as every two weeks) comes to $3,000 by "
                                               "June 30, 2027: say how that fits your budget")


def test_a_near_deadline_asks_how_not_a_monthly_sum():
    achievable = criterion("Save $1,000 by December 20", "achievable")
    assert achievable["suggestion"].startswith("Say how you'll set aside $1,000 by December 20, less than two months")


@pytest.mark.parametrize("answer, saving", [("$200 biweekly", "$200 every two weeks"),
                                            ("$150 every paycheck", "$150 a paycheck"),
                                            ("$100 a week", "$100 a week")])
def test_guided_add_reads_the_new_rates_in_an_answer(answer, saving):
    from clingoals.usecases import drafting

    assert drafting.saving_from_answer(answer) == saving


# --- 2: a deadline's digits don't make a vague action concrete ------------------------------------

@pytest.mark.parametrize("statement, score, reason", [
    ("Sleep better by June 30, 2027", 0, "'better' doesn't say what you'll actually do."),
    ("Sleep better within 3 months", 0, "'better' doesn't say what you'll actually do."),
    ("Improve my sleep by 6/30/2027", 1, "'improve' doesn't say what you'll actually do."),
    ("Read by June 30", 1, "There's an action but not what, with whom or where."),
    ("Walk more by the end of January", 1, "There's an action but not what, with whom or where."),
])
def test_a_deadline_does_not_make_a_vague_action_specific(statement, score, reason):
    specific = criterion(statement, "specific")
    assert (specific["score"], specific["reason"]) == (score, reason)
    undated = statement.rsplit(" by ", 1)[0].rsplit(" within ", 1)[0]
    assert criterion(undated, "specific")["score"] == score


def test_the_deadline_no_longer_makes_a_bare_action_a_checkable_one_off():
    measurable = criterion("Read by June 30", "measurable")
    assert measurable["score"] == 1 and "one-off" not in measurable["reason"]


@pytest.mark.parametrize("statement, evidence", [
    ("Walk 30 minutes by June 30, 2027", "walk, 30 minutes"),
    ("Run twice a week by March 1, 2027", "run, twice a week"),
    ("Reduce my PHQ-9 from 15 to 9 by June 30, 2027", None),
    ("Complete the EMDR basic training by June 30, 2027", "complete, emdr, training"),
])
def test_a_measured_or_named_action_keeps_specific_with_a_deadline(statement, evidence):
    specific = criterion(statement, "specific")
    assert specific["score"] == 2, specific
    if evidence:
        assert specific["reason"] == f"Names what you'll do and the context ({evidence})."


# --- 3: a purpose "to + verb" is a reason for Relevant, as "so that" is -----------------------------

TRAUMA = ("trauma specialist",)


@pytest.mark.parametrize("statement, purpose", [
    ("Take a grant-writing workshop by May 31, 2027 to fund my private practice", "to fund"),
    ("Walk 30 minutes a day to manage stress", "to manage"),
    ("Attend a 2-day motivational interviewing workshop by November 30 to work with substance use clients", "to work"),
])
def test_a_purpose_counts_as_a_reason(statement, purpose):
    undeclared = criterion(statement, "relevant")
    assert undeclared["score"] == 1
    assert undeclared["reason"] == ("You say why it matters, but with no aspiration declared there is nothing to "
                                    "judge it against.")
    assert undeclared["evidence"] == [purpose]
    unlinked = criterion(statement, "relevant", aspirations=TRAUMA)
    # (a why naming a career path's aspiration says it matches none declared, and which to declare: session 13)
    assert unlinked["score"] == 1 and unlinked["reason"] in (
        "It's not clear how this serves 'trauma specialist'.",
        f"Your why ('{statement[statement.index(purpose):]}') matches none of your aspirations (trauma specialist).")


def test_a_purpose_that_serves_an_aspiration_is_its_evidence():
    relevant = criterion("Take a grant-writing workshop by May 31, 2027 to fund my private practice", "relevant",
                         aspirations=("private practice",))
    assert relevant["score"] == 2 and relevant["evidence"] == ["private practice", "to fund"]


@pytest.mark.parametrize("statement", ["I want to run a 5k by June 30, 2027", "Goal: to run a 5k by June 30, 2027",
                                       "Learn to swim by June 30, 2027", "Find a way to rest more",
                                       "Read an article on ICD-10 codes and when to use them",
                                       "Log 4 hours to go by June 30, 2027"])
def test_the_goals_own_action_is_not_a_purpose(statement):
    relevant = criterion(statement, "relevant", aspirations=TRAUMA)
    assert relevant["score"] == 0 and relevant["evidence"] == [], relevant
    assert criterion(statement, "relevant")["reason"].startswith("Can't judge without an aspiration")
