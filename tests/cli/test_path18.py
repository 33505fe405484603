"""path18: trial 16 C4/P4, `goals path start trauma-specialist` as an Ohio
LMFT with a TF-CBT certification goal of her own."""

from __future__ import annotations

import pytest

from clingoals.career import same_aim


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")  # the trial's day


TFCBT = "Complete TF-CBT certification through the TF-CBT National Therapist Certification Program"


# --- C4: your goal for a milestone's credential is that milestone ----------------------------

@pytest.mark.parametrize("goal", [TFCBT, "Get TF-CBT certified by end of next year"])
def test_a_goal_for_the_same_certification_is_the_milestone_whatever_its_purpose(goal):
    assert same_aim("Obtain TF-CBT certification to treat children after trauma", goal)


@pytest.mark.parametrize("milestone, goal", [
    ("Obtain TF-CBT certification to treat children after trauma", "Finish the TF-CBT Web course"),
    ("Obtain TF-CBT certification to treat children after trauma", "Read about trauma treatment for children"),
    ("Complete the EMDR basic training (50 hours) to treat adults with PTSD",
     "Save $6,000 for the EMDR training and a supervision course"),
    ("Complete the EMDR basic training (50 hours) to treat adults with PTSD", "Get EMDR certified"),
])
def test_sharing_a_word_or_the_purpose_is_not_the_same_aim(milestone, goal):
    assert not same_aim(milestone, goal)


def test_path_start_uses_your_tf_cbt_goal_for_the_milestone_not_a_second_one(run):
    assert run("add", TFCBT, "--due", "2027-12-31", "--yes").code == 0
    started = run("path", "start", "trauma-specialist", "--target-date", "end of 2029", "--yes", "--json")
    assert started.code == 0, started
    assert started.json()["attached_ids"] == [1]
    assert "Already on your list (goal 1): Obtain TF-CBT certification" in started.err
    statements = [g["statement"] for g in run("list", "--json").json()]
    assert statements.count(TFCBT) == 1 and "Obtain TF-CBT certification to treat children after trauma" not in statements
    assert len(statements) == 5  # yours, the long-term goal and the three other milestones
