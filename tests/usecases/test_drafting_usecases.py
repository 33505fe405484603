"""The drafting use case: the saved statement is the accepted one, the first
sentence stays in the history, and the aspiration served is linked."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from clingoals.errors import InvalidInput
from clingoals.usecases import drafting, goals


def values(**given) -> dict:
    base = dict(statement=None, title=None, specific=None, measure=None, target=None, unit=None,
                baseline=None, plan=None, hours_per_week=None, why=None, category=None, personal=False,
                parent=None, confidence=None, start=None, due=None, horizon=None)
    base.update(given)
    return base


def test_accepted_sentence_is_saved_and_the_first_one_kept_in_history(store, today, now):
    goals.add_aspiration(store, "private practice", None, now=now)
    goals.add_aspiration(store, "trauma specialist", None, now=now)
    draft = values(statement="get better at trauma work",
                   specific="complete the EMDR basic training for adults with PTSD",
                   target=50.0, unit="training hours", measure="training hours", due="2027-06-30")
    composed = drafting.composed_statement(draft, today=today)
    card = drafting.draft_card(draft, [], ["private practice", "trauma specialist"], today=today, statement=composed)
    assert card["total"] == 10
    data, linked = drafting.save_goal(store, draft, statement=composed, today=today, now=now)
    assert linked == "trauma specialist"
    assert data["statement"] == composed and data["aspirations"] == ["trauma specialist"]
    assert data["deadline"] == "2027-06-30" and data["measure"]["target"] == 50
    [revision] = [e for e in goals.goal_history(store, data["id"]) if e["kind"] == "revision"]
    assert (revision["field"], revision["old"], revision["new"]) == ("statement", "get better at trauma work", composed)


def test_own_wording_kept_means_no_revision_and_a_link_only_when_served(store, today, now):
    goals.add_aspiration(store, "researcher", None, now=now)
    data, linked = drafting.save_goal(store, values(statement="Walk 30 minutes a day", due="in 8 weeks"),
                                      today=today, now=now)
    assert linked is None and data["aspirations"] == []
    assert [e["field"] for e in goals.goal_history(store, data["id"])] == ["status"]


def test_declined_draft_is_kept_as_a_draft(store, today, now):
    data, _ = drafting.save_goal(store, values(statement="Pass the NCE", due="June 30"), status="draft",
                                 today=today, now=now)
    assert data["status"] == "draft" and data["deadline"] == "2026-06-30"


def test_an_explicit_link_is_not_doubled(store, today, now):
    goals.add_aspiration(store, "trauma specialist", None, now=now)
    data, linked = drafting.save_goal(store, values(statement="Complete the EMDR basic training", due="Q4"),
                                      aspirations=["trauma specialist"], today=today, now=now)
    assert linked is None and data["aspirations"] == ["trauma specialist"]
    assert dt.date.fromisoformat(data["deadline"]) > today


@pytest.mark.parametrize("answer, target", [("50 training hours", (50.0, "training hours")),
                                            ("about 1,200 CE hours", (1200.0, "CE hours")),
                                            (" 12.5 sessions ", (12.5, "sessions"))])
def test_a_measure_answer_gives_the_number_and_what_it_counts(answer, target):
    assert drafting.target_from_answer(answer) == target


@pytest.mark.parametrize("answer, says", [("lots", "'lots' isn't a number"), ("fifty hours", "in digits"),
                                          ("50", "What does 50 count"), ("0 hours", "more than zero"),
                                          ("PHQ-9 below 10", "put the number first")])
def test_a_measure_answer_without_a_usable_number_says_why(answer, says):
    with pytest.raises(InvalidInput, match=re.escape(says)):
        drafting.target_from_answer(answer)
