"""Trial 14 C5: the composed sentence says the rhythm once. When the answer
to "how will you know?" says how often (or how long) precisely, the words of
the first sentence that only hinted at it ("most nights", "regularly", "more
often", "for a while") give way to it; a rhythm the first sentence gave that
the answer changes ("every day" answered "5 days a week") gives way too."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart.compose import compose_statement

TODAY = dt.date(2026, 11, 24)
DUE = dt.date(2027, 1, 19)


def _composed(first, metric, **extra):
    return compose_statement(first, today=TODAY, metric=metric, deadline=DUE, **extra)


def test_the_trial_dinner_goal_says_five_nights_a_week_once():
    assert _composed("Have dinner with the kids most nights", "five nights a week", target=40, unit="nights",
                     why="so that I am a present parent") == (
        "Have dinner with the kids five nights a week (40 nights) through January 19, 2027, "
        "so that I am a present parent")


@pytest.mark.parametrize("first, metric, composed", [
    ("Exercise regularly", "3 times a week", "Exercise 3 times a week"),
    ("Go to the gym often", "3x a week", "Go to the gym 3x a week"),
    ("Journal frequently", "3 times a week", "Journal 3 times a week"),
    ("Do yoga consistently", "twice a week", "Do yoga twice a week"),
    ("Cook at home most days", "5 days a week", "Cook at home 5 days a week"),
    ("Walk the dog most days", "every day", "Walk the dog every day"),
    ("Walk the dog every day-ish", "6 days a week", "Walk the dog 6 days a week"),
    ("Go running several times a week", "3 times a week", "Go running 3 times a week"),
    ("Swim a few times a week", "3 times a week", "Swim 3 times a week"),
    ("Read with my daughter at bedtime more often", "4 nights a week",
     "Read with my daughter at bedtime 4 nights a week"),
    ("Call my parents regularly", "every Sunday evening", "Call my parents every Sunday evening"),
    ("Exercise more", "30 minutes 5 days a week", "Exercise 30 minutes 5 days a week"),
    ("Walk more often", "30 minutes 5 days a week", "Walk 30 minutes 5 days a week"),
    ("Meditate most mornings", "10 minutes every morning", "Meditate 10 minutes every morning"),
    # a rhythm the first sentence gave, changed by the answer: the answer's
    ("Walk every day", "30 minutes 5 days a week", "Walk 30 minutes 5 days a week"),
])
def test_a_hinted_rhythm_gives_way_to_the_one_answered(first, metric, composed):
    assert _composed(first, metric) == f"{composed} through January 19, 2027"


@pytest.mark.parametrize("first, metric, composed", [
    ("Walk for a while after lunch", "30 minutes 5 days a week", "Walk 30 minutes 5 days a week after lunch"),
    ("Practice guitar for longer", "45 minutes a day", "Practice guitar 45 minutes a day"),
    # the sentence still says how often: the answer's "a day" / "a night" is not said again
    ("Meditate for a few minutes each morning", "10 minutes a day", "Meditate 10 minutes each morning"),
    ("Stretch a bit every night", "10 minutes a night", "Stretch 10 minutes every night"),
])
def test_a_hinted_length_gives_way_to_the_minutes_answered(first, metric, composed):
    assert _composed(first, metric) == f"{composed} through January 19, 2027"


@pytest.mark.parametrize("first, metric, composed", [
    # nothing hinted: as before
    ("Be in bed by 11pm on weeknights", "on weeknights", "Be in bed by 11pm on weeknights through"),
    ("Walk 30 minutes after lunch", "30 minutes 5 days a week", "Walk 30 minutes after lunch 5 days a week through"),
    ("Spend more time with my kids", "3 evenings a week", "Spend more time with my kids 3 evenings a week through"),
    # (a rhythm said beside the words is a habit kept up through the date: trial 21 #2)
    ("Get more sleep", "7 hours a night", "Get more sleep (7 hours a night) through"),
    # a measure that is not how often or how long leaves the hint alone
    ("Read more often", "12 books", "Read more often (12 books) by"),
])
def test_words_that_hint_at_nothing_the_answer_says_stay(first, metric, composed):
    assert _composed(first, metric) == f"{composed} January 19, 2027"


def test_a_hint_with_an_answer_that_says_more_than_how_often_is_cut_and_the_answer_kept_whole():
    assert _composed("Exercise regularly", "3 times a week at the Y") == \
        "Exercise (3 times a week at the Y) through January 19, 2027"  # a habit (trial 21 #2: it said "by")


def test_a_total_is_no_rhythm_to_take_the_hints_place():
    # "40 nights" says how many in all, not how often: "most nights" stays, the total goes in brackets
    assert _composed("Have dinner with the kids most nights", "40 nights", target=40, unit="nights") == \
        "Have dinner with the kids most nights (40 nights) by January 19, 2027"
