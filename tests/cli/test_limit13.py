"""limit13: a spending limit's periods. An entry logged for an earlier month
says where that month stands (item 2); "cut takeout to $100 a month" is a
limit and "spend $50 a week less" a cut, not a saving (item 4); a limit
read from its statement without --target (item 3); a review entry's period
(trial 12 C1)."""

from __future__ import annotations

import pytest

from clingoals.goal import limit_period
from clingoals.smart.scorer import limit_of, saving_rate, spending_cut, spending_limit

LIMIT = "Keep takeout spending under $150 a month"
KEYS = ("limit", "period", "period_start", "spent", "limit_left", "over_limit")


@pytest.fixture
def on_day(monkeypatch):
    return lambda day: monkeypatch.setenv("CLINGOALS_TODAY", day)


def _add(run, statement, *extra):
    result = run("add", statement, "--due", "2027-06-30", "--yes", "--json", *extra)
    assert result.code == 0, result
    return result.json()


@pytest.fixture
def takeout(run, on_day):
    on_day("2026-11-24")
    return _add(run, LIMIT, "--target", "$150", "--unit", "dollars")["id"]


def _log(run, goal_id, value, *extra):
    result = run("log", goal_id, value, *extra, "--json")
    assert result.code == 0, result
    return result.json()


# --- item 2: --date in an earlier month ------------------------------------------------

def test_an_entry_for_an_earlier_month_says_where_that_month_stands(run, takeout):
    _log(run, takeout, 25)
    _log(run, takeout, 90, "--date", "2026-10-12")
    result = run("log", takeout, 40, "--date", "2026-10-20")
    assert result.code == 0, result
    text = result.out + result.err
    assert "$40 logged for October on goal 1: $130 of your $150 limit in October, $20 left." in text
    assert "This month: $25 of your $150 limit, $125 left." in text
    assert "this month: $" not in text.split("\n")[0]  # the first line is October's, not this month's
    data = _log(run, takeout, 40, "--date", "2026-10-21")
    assert {k: data[k] for k in KEYS} == {"limit": True, "period": "month", "period_start": "2026-11-01",
                                          "spent": 25, "limit_left": 125, "over_limit": False}
    assert data["logged_in"] == {"period_start": "2026-10-01", "spent": 170, "limit_left": -20, "over_limit": True}
    shown = run("show", takeout, "--json").json()
    assert (shown["spent"], shown["measure"]["current"]) == (25, 195)  # stored, counted in October


def test_an_entry_for_an_earlier_year_names_the_year(run, takeout):
    result = run("log", takeout, 10, "--date", "2025-10-20")
    assert result.code == 0, result
    assert "$10 logged for October 2025 on goal 1: $10 of your $150 limit in October 2025, $140 left." in (
        result.out + result.err)


def test_an_entry_for_this_month_reads_as_before(run, takeout):
    result = run("log", takeout, 10, "--date", "2026-11-02")
    assert result.code == 0, result
    assert "$10 of your $150 limit this month: $140 left" in result.out + result.err
    assert "logged_in" not in _log(run, takeout, 5, "--date", "2026-11-03")


def test_a_weekly_limit_names_the_earlier_week(run, on_day):
    on_day("2026-11-24")
    goal = _add(run, "Keep coffee spending under $30 a week", "--target", "$30", "--unit", "dollars")["id"]
    result = run("log", goal, 12, "--date", "2026-11-20")
    assert result.code == 0, result
    assert "$12 logged for the week of November 16 on goal 1: $12 of your $30 limit in the week of November 16, " \
           "$18 left." in result.out + result.err
    assert _log(run, goal, 1, "--date", "2026-11-19")["logged_in"]["period_start"] == "2026-11-16"


# --- item 4: "cut ... to $100 a month" is a limit; "spend $50 a week less" is a cut -------

@pytest.mark.parametrize("statement", [
    "Cut takeout to $100 a month", "Reduce takeout to $100 a month", "Cap takeout at $100 a month",
    "No more than $100 a month on takeout", "Spend at most $100 a month on takeout",
    "Limit takeout to $100 a month", "Bring my takeout spending down to $100 a month",
])
def test_limit_words_read_as_a_limit_with_amount_and_period(statement):
    assert spending_limit(statement)
    assert limit_of(statement) == (100.0, "month")
    assert limit_period(statement) == "month"


@pytest.mark.parametrize("statement", ["Reduce my credit card debt to $2,000 by June",
                                       "Reduce my debt by $500 a month", "Save $50 a week"])
def test_a_debt_or_a_saving_is_no_limit(statement):
    assert not spending_limit(statement) and not spending_cut(statement)
    assert limit_of(statement)[0] is None


def test_the_period_said_elsewhere_counts():
    assert limit_of("Stay within my $3,000 monthly budget") == (3000.0, "month")
    assert limit_of("Keep my monthly takeout spending under $150") == (150.0, "month")
    assert limit_of("Keep takeout under 150 dollars per week") == (150.0, "week")


def test_cut_to_is_a_limit_goal(run, on_day):
    on_day("2026-11-24")
    goal = _add(run, "Cut takeout to $100 a month", "--target", "$100", "--unit", "dollars")["id"]
    data = _log(run, goal, 120)
    assert {k: data[k] for k in KEYS} == {"limit": True, "period": "month", "period_start": "2026-11-01",
                                          "spent": 120, "limit_left": -20, "over_limit": True}
    assert data["target_reached"] is False


@pytest.mark.parametrize("statement", ["Spend $50 a week less on takeout", "Spend $50 less a week on takeout",
                                       "Cut takeout spending by $50 a week"])
def test_spending_less_is_a_cut_not_a_saving(run, on_day, statement):
    on_day("2026-11-24")
    assert spending_cut(statement) and not spending_limit(statement)
    assert saving_rate(statement) in ((50.0, "week"), None)
    result = run("check", statement + " by June 30", "--json")
    assert result.code == 0, result
    achievable = result.json()["criteria"]["achievable"]
    assert "comes to" not in (achievable["suggestion"] or "") and "budget" not in achievable["reason"]
    assert achievable["reason"].startswith("Nothing yet says what could make spending less hard to keep")
    data = _add(run, statement)
    assert data["limit"] is False and data["measure"]["target"] is None  # no ceiling it names


# --- item 1 (trial 12 C1): a review's spending entry counts in the period it was for ----------

def _answers(tmp_path, goals: dict) -> str:
    import json

    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"goals": goals}))
    return str(path)


@pytest.fixture
def reviewed_week(run, takeout, on_day, tmp_path):
    """The trial's week: reviewed on Tuesday November 24, $185 logged on the 26th, reviewed again on December 1."""
    assert run("review", "--answers", _answers(tmp_path, {str(takeout): {"decision": "keep"}})).code == 0
    on_day("2026-11-26")
    _log(run, takeout, 185)
    on_day("2026-12-01")
    return takeout


def test_an_answers_file_dates_the_spending_in_the_month_it_was_for(run, reviewed_week, tmp_path, on_day):
    file = _answers(tmp_path, {str(reviewed_week): {"progress": 150, "progress_date": "2026-11-29",
                                                    "decision": "keep"}})
    result = run("review", "--answers", file, "--json")
    assert result.code == 0, result
    data = run("show", reviewed_week, "--json").json()
    assert {k: data[k] for k in KEYS} == {"limit": True, "period": "month", "period_start": "2026-12-01",
                                          "spent": 0, "limit_left": 150, "over_limit": False}
    assert data["measure"]["current"] == 335
    on_day("2026-11-30")
    assert run("show", reviewed_week, "--json").json()["spent"] == 335  # November's


def test_an_answers_file_without_a_date_logs_on_the_review_day(run, reviewed_week, tmp_path):
    file = _answers(tmp_path, {str(reviewed_week): {"progress": 150, "decision": "keep"}})
    assert run("review", "--answers", file).code == 0
    assert run("show", reviewed_week, "--json").json()["spent"] == 150  # December's, as before


def test_an_answers_file_takes_a_toml_date_and_a_phrase(run, reviewed_week, tmp_path, on_day):
    path = tmp_path / "answers.toml"
    path.write_text(f'[goals.{reviewed_week}]\nprogress = 40\nprogress_date = 2026-11-27\ndecision = "keep"\n')
    assert run("review", "--answers", str(path)).code == 0
    file = _answers(tmp_path, {str(reviewed_week): {"progress": 50, "progress_date": "last friday",
                                                    "decision": "keep"}})
    assert run("review", "--answers", file).code == 0  # replaces the entry today's review logged
    on_day("2026-11-30")
    assert run("show", reviewed_week, "--json").json()["spent"] == 235


@pytest.mark.parametrize("day, said", [("2026-12-09", "in the future"), ("someday", "someday"), (12, "a day")])
def test_a_wrong_progress_date_is_one_line_and_saves_nothing(run, reviewed_week, tmp_path, day, said):
    file = _answers(tmp_path, {str(reviewed_week): {"progress": 150, "progress_date": day, "decision": "keep"}})
    result = run("review", "--answers", file)
    assert result.code == 1
    assert said in result.err and "progress_date" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert run("show", reviewed_week, "--json").json()["measure"]["current"] == 185
    assert len(run("review", "--history", "--json").json()["reviews"]) == 1  # only November 24's


def test_the_periods_a_review_week_spans():
    import datetime as dt

    from clingoals.goal import review_periods, spending_day

    monthly = {"limit": True, "period": "month"}
    periods = review_periods(monthly, dt.date(2026, 11, 24), dt.date(2026, 12, 1))
    assert [(p["name"], p["day"], p["days"]) for p in periods] == [("November", "2026-11-30", 7),
                                                                   ("December", "2026-12-01", 1)]
    assert review_periods(monthly, dt.date(2026, 11, 17), dt.date(2026, 11, 24)) is None
    assert review_periods({"limit": False, "period": None}, dt.date(2026, 11, 24), dt.date(2026, 12, 1)) is None
    weekly = review_periods({"limit": True, "period": "week"}, dt.date(2026, 11, 24), dt.date(2026, 12, 1))
    assert [p["name"] for p in weekly] == ["last week", "this week"]
    today = dt.date(2026, 12, 1)
    assert spending_day("nov", periods, today) == dt.date(2026, 11, 30)
    assert spending_day("December", periods, today) == today
    assert spending_day("Nov 28", periods, today) == dt.date(2026, 11, 28)
    for wrong in ("janu", "2026-12-05"):
        with pytest.raises(Exception):
            spending_day(wrong, periods, today)


# --- item 3: a limit without --target reads its ceiling from the statement -------------------

@pytest.mark.parametrize("statement, ceiling, period", [
    (LIMIT, 150, "month"), ("Cut takeout to $100 a month", 100, "month"),
    ("Spend no more than $40 a week on coffee", 40, "week"), ("Stay within my $3,000 monthly budget", 3000, "month"),
])
def test_a_scripted_limit_without_target_reads_it_from_the_statement(run, on_day, statement, ceiling, period):
    on_day("2026-11-24")
    result = run("add", statement, "--due", "2027-06-30", "--yes", "--json")
    assert result.code == 0, result
    data = result.json()
    assert (data["measure"]["target"], data["measure"]["unit"]) == (ceiling, "dollars")
    assert {k: data[k] for k in KEYS} == {"limit": True, "period": period, "period_start": data["period_start"],
                                          "spent": 0, "limit_left": ceiling, "over_limit": False}
    assert f"Target ${ceiling:,}, the limit read from '${ceiling:,} " in result.err  # it says what it read
    logged = _log(run, data["id"], 20)
    assert (logged["spent"], logged["limit_left"], logged["target_reached"]) == (20, ceiling - 20, False)


def test_a_given_target_wins_and_nothing_is_read(run, on_day):
    on_day("2026-11-24")
    result = run("add", LIMIT, "--due", "2027-06-30", "--target", "$120", "--yes", "--json")
    assert result.code == 0, result
    assert result.json()["measure"]["target"] == 120 and "the limit read" not in result.err


def test_a_refused_add_of_a_limit_says_one_line_and_saves_nothing(run, on_day):
    on_day("2026-11-24")
    result = run("add", LIMIT, "--due", "someday", "--yes")
    assert result.code == 1
    assert len(result.err.strip().splitlines()) == 1 and "the limit read" not in result.err
    assert run("list", "--json").json() == []


def test_the_guided_offer_of_a_limit():
    import datetime as dt

    from clingoals.usecases.drafting import limit_target, offered_target

    assert limit_target(LIMIT) == {"target": 150.0, "unit": "dollars", "text": "$150", "said": "$150 a month"}
    assert limit_target("Spend $50 a week less on takeout") is None
    offer = offered_target({"statement": LIMIT, "due": "2027-06-30"}, today=dt.date(2026, 11, 24))
    assert offer == {"text": "$150", "why": "your goal names $150 a month, the limit to stay under"}


@pytest.mark.parametrize("statement", ["Keep takeout spending under $15O a month",
                                       "Keep takeout spending under $1,5OO a month"])
def test_a_typed_o_for_a_zero_is_no_limit_read(run, on_day, statement):
    """'$15O' is not read as a $15 limit: nothing is read, and the typo note says what it may mean."""
    on_day("2026-11-24")
    assert limit_of(statement)[0] is None
    result = run("add", statement, "--due", "2027-06-30", "--yes", "--json")
    assert result.code == 0, result
    assert result.json()["measure"]["target"] is None and "the limit read" not in result.err


def test_a_limit_gets_no_no_target_note(run, on_day):
    """amount14's note ('No target set: ...') is for totals; a limit's ceiling is read instead."""
    on_day("2026-11-24")
    added = run("add", "Spend under $100 a month on takeout", "--due", "June 30", "--json")
    assert added.code == 0, added
    assert added.json()["measure"]["target"] == 100 and added.json()["limit"] is True
    assert "No target set" not in added.err and "Target $100, the limit read from '$100 a month'" in added.err
