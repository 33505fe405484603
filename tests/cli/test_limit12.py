"""New-user trial 11 B1 (limit12): a spending limit's target is a ceiling.
"Keep takeout spending under $150 a month" is never "Target reached!": log,
show, list and plan say what was spent this month against the limit, and
how much room is left or how far over."""

from __future__ import annotations

import pytest

from clingoals.goal import is_limit, limit_period, period_start

LIMIT = "Keep takeout spending under $150 a month"


@pytest.fixture
def on_day(monkeypatch):
    return lambda day: monkeypatch.setenv("CLINGOALS_TODAY", day)


@pytest.fixture
def takeout(run, on_day):
    on_day("2026-11-24")
    result = run("add", LIMIT, "--due", "2027-06-30", "--target", "$150", "--unit", "dollars", "--yes", "--json")
    assert result.code == 0, result
    return result.json()["id"]


def _log(run, goal_id, value, *extra):
    result = run("log", goal_id, value, *extra, "--json")
    assert result.code == 0, result
    return result.json()


def test_going_over_a_limit_is_never_target_reached(run, takeout):
    for value in (40, 25):
        _log(run, takeout, value)
    result = run("log", takeout, 90)
    assert result.code == 0, result
    assert "Target reached" not in result.out + result.err and "Mark it done" not in result.out + result.err
    assert "$155 of your $150 limit this month: $5 over" in result.out + result.err
    data = _log(run, takeout, 20)
    assert data["target_reached"] is False
    assert (data["limit"], data["period"], data["period_start"]) == (True, "month", "2026-11-01")
    assert (data["spent"], data["limit_left"], data["over_limit"]) == (175, -25, True)
    assert data["progress"] is None  # no progress toward 100%
    assert data["measure"]["current"] == 175  # every existing key keeps its value


def test_room_left_under_the_limit(run, takeout):
    result = run("log", takeout, 65)
    assert result.code == 0, result
    assert "$65 of your $150 limit this month: $85 left" in result.out + result.err


def test_a_new_month_counts_only_its_own_spending(run, takeout, on_day):
    _log(run, takeout, 155)
    on_day("2026-12-02")
    data = _log(run, takeout, 20)
    assert (data["spent"], data["limit_left"], data["over_limit"], data["period_start"]) == (20, 130, False,
                                                                                           "2026-12-01")
    shown = run("show", takeout, "--json")
    assert shown.code == 0, shown
    assert (shown.json()["spent"], shown.json()["measure"]["current"]) == (20, 175)
    listed = run("list", "--json")
    assert listed.code == 0, listed
    assert [(g["limit"], g["spent"], g["progress"]) for g in listed.json()] == [(True, 20, None)]


def test_show_has_no_pace_to_finish_and_no_100_percent(run, takeout):
    _log(run, takeout, 155)
    result = run("show", takeout)
    assert result.code == 0, result
    assert "to finish by" not in result.out and "100%" not in result.out and "On pace" not in result.out
    assert "$155 of your $150 limit this month: $5 over" in result.out
    achievable = run("show", takeout, "--json").json()["score"]["criteria"]["achievable"]
    assert "on pace" not in achievable["reason"] and "done with" not in achievable["reason"]


def test_list_says_room_left_or_over_instead_of_a_filling_bar(run, takeout):
    _log(run, takeout, 65)
    listed = run("list")
    assert listed.code == 0, listed
    assert "$85 left" in listed.out and "%" not in listed.out
    _log(run, takeout, 90)
    listed = run("list")
    assert "$5 over" in listed.out and "█" not in listed.out


def test_plan_says_spent_of_the_limit_without_a_steady_pace(run, takeout):
    _log(run, takeout, 65)
    plan = run("plan", "--include-personal")
    assert plan.code == 0, plan
    assert "$65 of your $150 limit this month: $85 left" in plan.out
    html = run("plan", "--include-personal", "--format", "html")
    assert html.code == 0, html
    assert "steady pace" not in html.out and "$85 left" in html.out
    data = run("plan", "--include-personal", "--json")
    assert [(g["limit"], g["spent"]) for g in data.json()["goals"]] == [(True, 65)]


def test_a_total_to_reach_is_unchanged(run, add):
    goal = add("Save $1,000 for a conference by June 30", "2027-06-30", "--target", "$1,000")
    data = _log(run, goal["id"], 1000)
    assert data["limit"] is False and data["target_reached"] is True and data["progress"] == 1.0
    assert "spent" not in data


def test_the_one_decision():
    assert is_limit({"statement": LIMIT, "target": 150})
    assert not is_limit({"statement": LIMIT, "target": None})
    assert not is_limit({"statement": "Save $1,000 by June 30", "target": 1000})
    assert [limit_period(s) for s in (LIMIT, "Spend no more than $20 per week on coffee",
                                      "Stay within my $3,000 monthly budget", "Keep spending under $500 by June")] \
        == ["month", "week", "month", None]
    import datetime as dt

    day = dt.date(2026, 12, 2)  # a Wednesday
    assert (period_start("month", day), period_start("week", day), period_start(None, day)) == \
        (dt.date(2026, 12, 1), dt.date(2026, 11, 30), None)


def test_a_review_never_calls_a_limit_reached(run, takeout, on_day, tmp_path):
    _log(run, takeout, 155)
    on_day("2026-11-30")
    order = run("review", "--summary", "--json")
    assert order.code == 0, order
    answers = tmp_path / "answers.json"
    answers.write_text('{"goals": {"%d": {"progress": 10, "decision": "keep"}}}' % takeout)
    result = run("review", "--answers", answers, "--yes", "--json")
    assert result.code == 0, result
    assert result.json()["target_reached"] == []
    assert "Target reached" not in result.out + result.err


def test_the_review_header_says_spent_of_the_limit(run, takeout):
    from clingoals.render import review_goal_header
    import datetime as dt

    goal = _log(run, takeout, 155)
    header = review_goal_header(goal, dt.date(2026, 11, 24))
    assert "$155 of your $150 limit this month: $5 over" in header.text.plain.replace("\xa0", " ")


def test_done_on_a_limit_says_where_spending_stands(run, takeout):
    _log(run, takeout, 175)
    result = run("done", takeout, "--json")
    assert result.code == 0, result
    assert result.json()["target_reached"] is None and result.json()["status"] == "done"
    shown = run("show", takeout, "--json").json()
    assert shown["status"] == "done" and shown["over_limit"] is True
