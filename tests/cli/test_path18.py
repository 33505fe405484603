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


# --- C4: `goals path show` without an id -----------------------------------------------------

def test_path_show_without_an_id_shows_the_one_path_you_started(run):
    assert run("path", "start", "trauma-specialist", "--yes").code == 0
    shown = run("path", "show", "--json")
    assert shown.code == 0 and shown.json()["path"]["id"] == "trauma-specialist"
    assert shown.json() == run("path", "show", "trauma-specialist", "--json").json()
    drawn = run("path", "show")
    assert drawn.code == 0 and "Trauma specialist roadmap" in drawn.out


def test_path_show_without_an_id_and_no_path_started_says_how_to_start_one(run):
    refused = run("path", "show")
    assert refused.code == 1 and refused.err.strip().splitlines() == [
        "error: You haven't started a path yet: see 'goals path list', then 'goals path start ID'."]
    assert refused.out == "" and run("list", "--json").json() == []


def test_path_show_without_an_id_and_two_paths_started_lists_them(run):
    for path in ("trauma-specialist", "clinical-supervisor"):
        assert run("path", "start", path, "--yes").code == 0
    before = run("list", "--json").json()
    refused = run("path", "show", "--json")
    assert refused.code == 1 and len(refused.err.strip().splitlines()) == 1
    assert "You started 2 paths (clinical-supervisor, trauma-specialist)" in refused.err
    assert refused.out == "" and run("list", "--json").json() == before


# --- P4: a milestone that needs a skipped one ------------------------------------------------

PATH = """id = "mine"
name = "Mine"
aspiration = "mine"
description = "d"
goal = "Become certified in EMDR"

[[milestone]]
statement = "Complete the EMDR basic training"
kind = "training"
months = 6

[[milestone]]
statement = "Become EMDRIA certified"
kind = "credential"
months = 18
needs = {needs}
"""


def test_a_path_says_which_earlier_milestones_one_needs():
    from clingoals.career import parse_path
    from clingoals.usecases.paths import find_path

    assert parse_path(PATH.format(needs="[1]"), "mine.toml").milestones[1].needs == (1,)
    emdria = find_path("trauma-specialist").milestones[3]
    assert emdria.statement.startswith("Become EMDRIA certified") and emdria.needs == (2,)


@pytest.mark.parametrize("needs", ["[2]", "[0]", "1", '["1"]', "[true]"])
def test_needs_must_name_earlier_milestones(needs):
    from clingoals.career import parse_path
    from clingoals.errors import InvalidInput

    with pytest.raises(InvalidInput, match=r"milestone\[2\]\.needs: must be a list of the numbers of earlier"):
        parse_path(PATH.format(needs=needs), "mine.toml")


def test_path_show_notes_a_kept_milestone_that_needs_one_no_goal_serves(run):
    assert run("path", "start", "trauma-specialist", "--yes").code == 0
    [basic] = [g for g in run("list", "--json").json() if g["statement"].startswith("Complete the EMDR basic")]
    assert run("delete", str(basic["id"]), "--yes").code == 0
    shown = run("path", "show")
    assert shown.code == 0
    assert ("note: Become EMDRIA certified in EMDR after 50 supervised EMDR sessions needs a milestone you skipped: "
            "Complete the EMDR basic training (50 hours) to treat adults with PTSD.") in " ".join(shown.err.split())
    assert "needs a milestone you skipped" not in run("path", "show", "clinical-supervisor").err
