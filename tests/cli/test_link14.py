"""New-user trial 13, linking goals to aspirations: the aspiration linked at
save follows the goal's statement before its plan (B6), `goals edit
--unlink-aspiration` (C1), and who made a link: the person or the card (C8)."""

from __future__ import annotations

import pytest

AMFT = ("licensed MFT", "clinical supervisor", "healthy and present for my family")
PLAN = "already have about 1,200 hrs; ~15 hrs a week at the agency + weekly supervision with Dr. Lee"


@pytest.fixture
def amft(run):
    for name in AMFT:
        assert run("aspiration", "add", name).code == 0


def test_b6_scripted_licence_goal_with_a_supervision_plan_links_licensed_mft(run, amft):
    result = run("add", "Get my LMFT license", "--due", "December 2028", "--plan", PLAN,
                 "--measure", "3000 supervised hours and pass the clinical exam", "--json")
    assert result.code == 0, result
    assert result.json()["aspirations"] == ["licensed MFT"]
    assert "Linked to your aspiration 'licensed MFT'" in result.err
    shown = run("show", "1", "--json").json()
    assert shown["aspirations"] == ["licensed MFT"]
    assert "'licensed MFT'" in shown["score"]["criteria"]["relevant"]["reason"]
