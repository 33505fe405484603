"""Trial 18: the composed sentence keeps the person's words and meaning; approvals, debts and
rhythms typed a letter off read as meant (the pseudo-terminal tests: tests/cli/test_compose18_pty.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score
from clingoals.smart.compose import compose_statement

TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize("first, detail, composed", [
    # F1: a detail with no verb goes in brackets after what the action is done on
    ("Start a small private practice on saturdays, seeing 5 clients a week",
     "self-pay telehealth for adults with anxiety",
     "Start a small private practice (self-pay telehealth for adults with anxiety) on saturdays, seeing 5 clients "
     "a week through June 30, 2027"),
    ("get better at trauma work", "EMDR basic training", "Get better at trauma work (EMDR basic training) by June 30, 2027"),
    ("Get my LISW-S designation", "Ohio CSWMFT board", "Get my LISW-S designation (Ohio CSWMFT board) by June 30, 2027"),
    # an action with a first sentence that has a count or a rhythm to lose: beside it too
    ("Exercise more, 3 times a week", "walk 30 minutes after lunch",
     "Exercise more (walk 30 minutes after lunch), 3 times a week through June 30, 2027"),
    # a detail it already says adds nothing
    ("Start a small private practice", "a private practice", "Start a small private practice by June 30, 2027"),
    # only an aim: the action takes its place (issue 11), and its reason stays
    ("get better at trauma work", "complete the EMDR basic training",
     "Complete the EMDR basic training by June 30, 2027"),
    ("get better at trauma work so I can help veterans", "complete the EMDR basic training",
     "Complete the EMDR basic training by June 30, 2027, so I can help veterans"),
    ("Exercise more", "walk 30 minutes after lunch", "Walk 30 minutes after lunch by June 30, 2027"),
])
def test_f1_the_detail_never_loses_the_goals_words(first, detail, composed):
    assert compose_statement(first, today=TODAY, specific=detail, deadline=dt.date(2027, 6, 30)) == composed


@pytest.mark.parametrize("first, composed", [
    ("Pay off my Discover card, $3,800 left, by next summer so I stop lying awake",
     "Pay off my Discover card, $3,800 left, by August 31, 2027, so I stop lying awake"),
    ("Pay off my Discover card, $3,800 left, by next summer", "Pay off my Discover card, $3,800 left, by August 31, 2027"),
    ("Pay off my Discover card, $3,800 left, by aug 31, so I stop lying awake",
     "Pay off my Discover card, $3,800 left, by August 31, 2027, so I stop lying awake"),
    # not set off: as before
    ("Pay off my $3,800 Discover card by next summer", "Pay off my $3,800 Discover card by August 31, 2027"),
    # cut from between two commas: one is left
])
def test_f2_the_deadline_keeps_the_comma_that_set_the_when_apart(first, composed):
    assert compose_statement(first, today=TODAY, target=3800, unit="dollars", deadline=dt.date(2027, 8, 31)) == composed


def test_a_deadline_cut_from_between_two_commas_leaves_one():
    assert compose_statement("Walk 30 minutes, by June 30 2027, with my dog", today=TODAY,
                             deadline=dt.date(2027, 8, 31)) == "Walk 30 minutes, with my dog by August 31, 2027"


@pytest.mark.parametrize("answer, measure", [
    ("the board approves my supervisor application", True), ("my application is approved", True),
    ("the board's approval of my application", True), ("use interoceptive exposure", False),
])
def test_f6_an_approval_is_a_result_to_check(answer, measure):
    from clingoals.usecases.drafting import names_a_measure

    assert names_a_measure(answer, {"statement": "Get my LISW-S supervision designation"}) is measure


def test_f6_an_approved_thing_is_no_approval():
    card = score(GoalText(statement="nbcc-approved"), TODAY)["criteria"]["measurable"]
    assert card["score"] == 0
    card = score(GoalText(statement="Get my LISW-S supervision designation (the board approves my supervisor "
                                    "application)"), TODAY)["criteria"]["measurable"]
    assert card["reason"] == "A checkable outcome: 'approves my supervisor application'."


def test_f17_a_debt_is_paid_not_saved():
    goal = GoalText(statement="Pay off my Discover card, $3,800 left, by August 31, 2027", plan="$300 a month")
    assert score(goal, TODAY)["criteria"]["achievable"]["suggestion"].startswith("Pay about $430 a month")
    advice = score(GoalText(statement="Pay off my Discover card, $3,800 left, by August 31, 2027"), TODAY)
    assert advice["criteria"]["achievable"]["suggestion"].startswith("Say how much a month you can pay: $3,800")
    saving = GoalText(statement="Save $3,800 for a practice fund by August 31, 2027", plan="$300 a month")
    assert score(saving, TODAY)["criteria"]["achievable"]["suggestion"].startswith("Save about $430 a month")


@pytest.mark.parametrize("typed, total", [
    ("5 nigths a week", 68), ("5 nights a week", 68), ("5 nihgts a week", 68), ("3 mornigs a week", 41),
    ("5 lights a week", None),
])
def test_f12_a_rhythm_typed_a_letter_off_is_counted(typed, total):
    from clingoals.goal import rhythm_total

    counted = rhythm_total(typed, "Be in bed by 10:30pm", TODAY, dt.date(2027, 2, 28))
    assert (counted and counted["target"]) == total


def test_f10_the_whys_more_does_not_stop_the_count():
    from clingoals.usecases.drafting import offered_target

    values = {"statement": "Go to the gym before work so I have more energy", "measure": "3 mornings a week",
              "due": "for the next 8 weeks"}
    assert offered_target(values, today=TODAY)["text"] == "24 mornings"
