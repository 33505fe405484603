"""New-user trial 5, the prompt items (CliRunner side; the terminal flows
are in test_trial5_prompts_pty.py): exit code first, then the stored state
or --json."""

from __future__ import annotations

import pytest


# --- item 9: a day-first date that is no date either way round -------------------------------

@pytest.mark.parametrize("option", [("add", "Walk daily", "--due"), ("log", 1, 1, "--date")])
def test_31_02_is_not_a_date_and_no_impossible_us_date_is_suggested(run, add, option):
    add("Walk 20 minutes a day", "2026-12-31", "--target", "30", "--unit", "walks")
    result = run(*option, "31/02")
    assert result.code == 1
    assert "31/02 isn't a date (February has no day 31)" in result.err
    assert "2/31" not in result.err
    [goal] = run("list", "--all", "--json").json()
    assert goal["measure"]["current"] in (0, None)
