"""Trial 8 through the command line: a path's milestones are never unachievable
at the dates `path start` gives them (B3), and a why clause does not cost
Specific in `goals check` (B4)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("path_id", ["private-practice", "addiction-specialist", "clinical-supervisor"])
def test_path_start_never_dates_a_milestone_it_calls_unachievable(run, path_id):
    result = run("path", "start", path_id, "--yes", "--json")
    assert result.code == 0, result
    for child in result.json()["child_ids"]:
        shown = run("show", child, "--json").json()
        assert shown["score"]["criteria"]["achievable"]["score"] >= 1, shown


def test_check_keeps_specific_when_a_why_is_added(run):
    plain = run("check", "Run twice a week", "--json")
    why = run("check", "Run twice a week by March 1 so that I manage stress better", "--json")
    assert plain.code == 0 and why.code == 0
    assert plain.json()["criteria"]["specific"]["score"] == why.json()["criteria"]["specific"]["score"] == 2
