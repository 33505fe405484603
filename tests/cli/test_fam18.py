"""New-user trial 16 (an Ohio LMFT): personal goals about one's own kids serve
the declared 'present parent', never the clinical 'child and adolescent trauma
specialist' (B1); the checkable outcome of a credential goal is the credential,
not a word of its date phrase (C1)."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score

DAY = dt.date(2026, 11, 24)
TRIAL16 = ("child and adolescent trauma specialist", "clinical supervisor", "present parent", "financial health")


def _declare(run):
    for name in TRIAL16:
        assert run("aspiration", "add", name).code == 0


def test_b1_scripted_boundary_for_the_kids_links_present_parent_and_is_personal(run):
    _declare(run)
    result = run("add", "No work email or EHR notes after 7pm on weeknights", "--due", "eoq",
                 "--why", "so evenings belong to the kids", "--json")
    assert result.code == 0, result
    shown = run("show", "1", "--json").json()
    assert shown["aspirations"] == ["present parent"], shown
    assert shown["domain"] == "personal"
    relevant = shown["score"]["criteria"]["relevant"]
    assert "trauma" not in relevant["reason"] and "children and families" not in relevant["reason"], relevant


@pytest.mark.parametrize("statement, why", [
    ("Get more sleep most nights so Im not running on fumes with the kids", None),
    ("Get more sleep most nights so Im not running on fumes with the kids", "so I have patience at bedtime with my kids"),
    ("Walk 30 minutes after dinner with my family", None),
])
def test_b1_own_kids_serve_the_family_aspiration(statement, why):
    relevant = score(GoalText(statement=statement, why=why, aspirations=list(TRIAL16)), DAY)["criteria"]["relevant"]
    assert relevant["reason"].startswith("Serves your aspiration 'present parent'"), relevant
    assert "children and families" not in relevant["reason"]


@pytest.mark.parametrize("statement", [
    "Use play therapy with the kids on my caseload by June 30",
    "Complete TF-CBT training for work with children and families by June 30",
])
def test_b1_clinical_work_with_children_still_serves_the_clinical_aspiration(statement):
    relevant = score(GoalText(statement=statement, aspirations=list(TRIAL16)), DAY)["criteria"]["relevant"]
    assert "child and adolescent trauma specialist" in relevant["reason"], relevant


def test_b1_own_marriage_never_serves_couples_work():
    relevant = score(GoalText(statement="Plan a date night to strengthen my relationship with my husband",
                              aspirations=["couples therapist"]), DAY)["criteria"]["relevant"]
    assert relevant["score"] < 2 and "Serves" not in relevant["reason"], relevant


# --- B2: the first sentence's reason, typed without an apostrophe, is the goal's why -----------------

SLEEP_FIRST = "Get more sleep most nights so Im not running on fumes with the kids"


@pytest.mark.parametrize("wording, why", [
    (SLEEP_FIRST, "so Im not running on fumes with the kids"),
    ("Get more sleep so I'm not running on fumes", "so I'm not running on fumes"),
])
def test_b2_a_reason_without_its_apostrophe_is_the_why(wording, why):
    from clingoals.usecases.drafting import why_in_wording
    assert why_in_wording(wording) == why


def test_b2_the_why_still_counts_after_what_exactly_is_answered():
    from clingoals.usecases.drafting import composed_statement, draft_card, why_in_wording
    values = {"statement": SLEEP_FIRST, "why": why_in_wording(SLEEP_FIRST),
              "specific": "lights out by 10:30 on weeknights, phone charging in the kitchen"}
    card = draft_card(values, (), TRIAL16, today=DAY, statement=composed_statement(values, today=DAY))
    relevant = card["criteria"]["relevant"]
    assert relevant["score"] == 2, relevant
    assert "present parent" in relevant["reason"]


# --- C3: "lights out by 10:30" is a bedtime: sleep's advice, never hours a week ---------------------

@pytest.mark.parametrize("statement", [
    "Lights out by 10:30 on weeknights (55 nights) through February 28, 2027, so I have patience at bedtime with my kids",
    "Lights-out by 10:30 on weeknights by February 28",
])
def test_c3_lights_out_is_sleep(statement):
    from clingoals.smart.kinds import life_kind
    achievable = score(GoalText(statement=statement), DAY)["criteria"]["achievable"]
    assert "hours a week" not in achievable["suggestion"], achievable
    assert "a set bedtime" in achievable["suggestion"]
    assert life_kind(statement.lower()) == "sleep"


# --- C1: the checkable outcome is the credential, not 'end' of the date phrase ----------------------

def test_c1_check_cites_certified_not_end(run):
    result = run("check", "Get TF-CBT certified by end of next year", "--json")
    assert result.code == 0, result
    measurable = result.json()["criteria"]["measurable"]
    assert measurable["score"] == 2
    assert measurable["evidence"] == ["Get TF-CBT certified"], measurable
