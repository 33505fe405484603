"""Trial 9, B6: the scorer reads a goal's fields one after another, but the
end of one field and the start of the next are never read as one phrase
("Walk 30 minutes after lunch 5 days a week" + the measure "30 minutes 5
days a week" has no "week 30")."""

from __future__ import annotations

import datetime as dt

from clingoals.smart import GoalText, score

TODAY = dt.date(2026, 11, 24)


def test_no_week_number_made_up_across_the_statement_and_its_measure():
    card = score(GoalText("Walk 30 minutes after lunch 5 days a week", metric="30 minutes 5 days a week"), TODAY)
    measurable = card["criteria"]["measurable"]
    assert measurable["score"] == 2
    assert measurable["evidence"] == ["30 minutes", "5 days a week"]
    assert "week 30" not in measurable["reason"]


def test_an_amount_is_not_made_up_across_the_detail_and_the_measure():
    # "course 2" + "course 2" once read as "2 course": a number and its unit from two fields
    card = score(GoalText("get better at trauma work", specific="course 2", metric="course 2"), TODAY)
    assert card["criteria"]["measurable"]["score"] == 1
