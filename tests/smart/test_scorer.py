"""The SMART scorer: corpus agreement, crash-freedom, and its key rules."""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clingoals.smart import CRITERIA, GoalText, score
from clingoals.smart.scorer import match_milestone, milestones

from agreement import load, measure, report

TODAY = dt.date(2026, 5, 13)


def test_corpus_is_big_and_covers_every_category():
    entries = load()
    assert len(entries) >= 150
    categories = {e["category"] for e in entries}
    assert {"certification", "licensure", "supervision", "client_outcomes", "private_practice",
            "research", "networking", "self_care", "boundaries"} <= categories
    for index, criterion in enumerate(CRITERIA):  # a good and a bad version of every criterion
        values = {int(e["labels"][index]) for e in entries}
        assert {0, 1, 2} <= values, criterion


def test_agreement_with_the_labelled_corpus_is_at_least_90_percent(capsys):
    entries = load()
    figures, _ = measure(entries)
    with capsys.disabled():
        print("\n" + report(entries))
    for criterion in CRITERIA:
        assert figures[criterion]["exact"] >= 0.90, (criterion, figures[criterion])


@settings(max_examples=300, deadline=None)
@given(statement=st.text(max_size=3000), hours=st.none() | st.floats(allow_nan=True),
       confidence=st.none() | st.integers(-5, 20), aspirations=st.lists(st.text(max_size=40), max_size=3))
def test_no_text_makes_the_scorer_raise(statement, hours, confidence, aspirations):
    card = score(GoalText(statement=statement, hours_per_week=hours, confidence=confidence,
                          aspirations=tuple(aspirations)), TODAY)
    assert 0 <= card["total"] <= 10
    assert set(card["criteria"]) == set(CRITERIA)


def test_card_shape_and_determinism():
    goal = GoalText("Pass the NCE by June 30", hours_per_week=5, aspirations=("independent licensure",))
    card = score(goal, TODAY)
    assert card == score(goal, TODAY)
    assert card["deadline"] == "2026-06-30"
    assert card["total"] == 10
    for criterion in card["criteria"].values():
        assert set(criterion) == {"score", "met", "evidence", "reason", "suggestion"}
        assert criterion["met"] is (criterion["score"] == 2)
        assert criterion["suggestion"] is None


def test_weak_criteria_say_what_to_fix():
    card = score(GoalText("Improve my therapy skills"), TODAY)
    for criterion in card["criteria"].values():
        assert criterion["score"] < 2 and criterion["suggestion"] and criterion["reason"]
    assert "aspiration" in card["criteria"]["relevant"]["reason"]


def test_deadline_shorter_than_the_milestone_scores_zero_and_names_the_typical_duration():
    card = score(GoalText("Become a licensed psychologist within the next month"), TODAY)
    achievable = card["criteria"]["achievable"]
    assert achievable["score"] == 0
    assert "2 years" in achievable["reason"] and "psychologist" in achievable["reason"]
    assert "ASPPB" in achievable["suggestion"]  # the source travels with the number


def test_weekly_effort_is_compared_with_the_hours_given():
    tight = score(GoalText("Complete 40 CE hours by June 30", hours_per_week=1), TODAY)
    assert tight["criteria"]["achievable"]["score"] == 0
    assert "h a week" in tight["criteria"]["achievable"]["reason"]
    fits = score(GoalText("Complete 40 CE hours by December 31", hours_per_week=2), TODAY)
    assert fits["criteria"]["achievable"]["score"] == 2


def test_absolute_language_caps_achievable():
    card = score(GoalText("Always start every session on time by June 30", confidence=9), TODAY)
    assert card["criteria"]["achievable"]["score"] == 1


def test_passed_deadline_is_flagged():
    card = score(GoalText("Pass the NCE", deadline=dt.date(2026, 4, 1)), TODAY)
    assert card["criteria"]["time_bound"]["score"] == 1
    assert "passed" in card["criteria"]["time_bound"]["reason"]


def test_frequency_without_end_is_partial():
    card = score(GoalText("Meditate for 10 minutes each morning"), TODAY)
    assert card["criteria"]["time_bound"]["score"] == 1


def test_relevance_uses_the_concept_map():
    goal = "Write a business plan and fee schedule by September 1"
    assert score(GoalText(goal, aspirations=("private practice",)), TODAY)["criteria"]["relevant"]["score"] == 2
    assert score(GoalText(goal, aspirations=("researcher",)), TODAY)["criteria"]["relevant"]["score"] == 0


def test_every_durations_row_has_a_source_and_sane_numbers():
    raw = tomllib.loads(resources.files("clingoals.smart").joinpath("durations.toml").read_text())
    assert len(raw["milestone"]) >= 20
    for row in raw["milestone"]:
        assert row["source"].strip() and row["basis"] in ("rule", "estimate"), row["id"]
        assert 0 < row["min_months"] <= row["typical_months"], row["id"]
    assert len(milestones()) == len(raw["milestone"])


@pytest.mark.parametrize("text,milestone", [
    ("Obtain my LPC license", "counselor-license"),
    ("Submit my LPC application", None),
    ("Complete 24 CE hours for my LPC renewal", None),
    ("Pass the NCMHCE", "ncmhce"),
    ("Open my private practice", "private-practice"),
    ("Launch a practice website", None),
    ("Complete EMDR basic training", "emdr-training"),
    ("Become EMDRIA certified", "emdr-certification"),
])
def test_milestone_matching(text, milestone):
    found = match_milestone(text)
    assert (found.id if found else None) == milestone
