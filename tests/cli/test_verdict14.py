"""Session 14 (verdict2, trial 23: a California LMFT): a charting boundary is saved as
serving 'work-life balance', never 'perinatal mental health'; a PMH-C goal serves
'perinatal mental health'; `goals check` doesn't ask again for a why already said."""

from __future__ import annotations

import pytest

TRIAL23 = ("approved supervisor", "perinatal mental health", "work-life balance")


@pytest.fixture
def declared(run):
    for name in TRIAL23:
        assert run("aspiration", "add", name, "--yes").code == 0


@pytest.mark.parametrize("statement, aspiration", [
    ("No charting after 9pm", "work-life balance"),
    ("Stop doing notes on the weekend", "work-life balance"),
    ("Pass the PMH-C exam", "perinatal mental health"),
])
def test_add_links_the_aspiration_the_goal_serves(run, declared, statement, aspiration):
    result = run("add", statement, "--due", "March 31", "--yes", "--json")
    assert result.code == 0, result
    assert result.json()["aspirations"] == [aspiration]


def test_check_does_not_ask_again_for_a_why_already_said(run, declared):
    result = run("check", "Pay off my $4,500 credit card by December 31, 2027, so that I stop paying interest", "--json")
    assert result.code == 0, result
    relevant = result.json()["criteria"]["relevant"]
    assert relevant["score"] == 1
    assert relevant["reason"].startswith("Your why ('so that I stop paying interest') matches none")
    assert "Say how it connects" not in relevant["suggestion"]
