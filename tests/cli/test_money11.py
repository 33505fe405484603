"""money11: money printed as money wherever a goal's amounts are shown
(`goals show`, `goals log`, the review's lines, the plan), for every currency
the one table knows; --json keeps its numbers."""

from __future__ import annotations

import re

from clingoals.numbers import amount, figure, money, money_sign, quantity, signed_quantity


def test_the_one_formatter_knows_every_currency_of_the_table_and_leaves_pounds_as_weight():
    assert money(4000, "dollars") == "$4,000" and money(4000.5, "EUR") == "€4,000.50"
    assert money(1250, "euros") == "€1,250" and money(300000, "yen") == "¥300,000" and money(5, "£") == "£5"
    assert money(5, "GBP") == "£5" and money(5, "pounds sterling") == "£5"
    assert money(10, "pounds") is None  # "lose 10 pounds" is no sum of money
    assert money_sign("Dollars") == "$" and money_sign("walks") is None and money_sign(None) is None
    assert amount(4000, "dollars") == "$4,000" and amount(20, "walks") == "20 walks"
    assert quantity(1, "walks") == "1 walk" and quantity(1800, "usd") == "$1,800" and quantity(3, None) == "3"
    assert figure(1800, "dollars") == "$1,800" and figure(1800, "walks") == "1800"
    assert signed_quantity(400, "dollars") == "+$400" and signed_quantity(-50.5, "dollars") == "-$50.50"
    assert signed_quantity(-1, "walks") == "-1 walk" and signed_quantity(3, "walks") == "+3 walks"


def test_show_and_log_write_a_dollars_target_as_money(run, add):
    goal = add("Save $4,000 for an emergency fund", "2027-09-24", "--target", "4000", "--unit", "dollars",
               "--personal")
    logged = run("log", goal["id"], "1800")
    assert logged.code == 0 and "Logged $1,800 on goal 1: now $1,800 of $4,000." in logged.err
    shown = run("show", goal["id"]).out
    assert re.search(r"Target     \$4,000 *│", shown) and "Current    $1,800" in shown  # no dash: no baseline
    assert "$1,800 of $4,000" in shown and "dollars" not in shown.replace("balance", "")
    assert "a week to finish by 2027-09-24" in shown
    week = [line for line in shown.splitlines() if "a week to finish" in line][0]
    assert "$" in week and "dollars" not in week
    data = run("show", goal["id"], "--json").json()  # JSON: numbers stay numbers
    assert data["measure"] == {"metric": None, "target": 4000, "unit": "dollars", "baseline": None, "current": 1800}
    corrected = run("log", goal["id"], "--", "-50.5")
    assert corrected.code == 0 and "Corrected goal 1 by -$50.50: now $1,749.50 of $4,000." in corrected.err
    refused = run("log", goal["id"], "--", "-5000")
    assert refused.code == 1 and "has $1,749.50 logged; subtracting $5,000 would go below zero" in refused.err
    assert run("show", goal["id"], "--json").json()["measure"]["current"] == 1749.5  # nothing changed


def test_euros_and_a_baseline_and_the_plan(run, add):
    goal = add("Save for the training fund", "2027-06-30", "--target", "2000", "--unit", "euros",
               "--baseline", "300")
    assert run("log", goal["id"], "200").code == 0
    shown = run("show", goal["id"]).out
    assert "Target     €300 → €2,000" in shown and "€500 (€300 at the start + €200 logged)" in shown
    plan = run("plan", "--include-personal").out
    assert "target €2,000; from €300; now €500" in plan


def test_other_units_read_as_before(run, add):
    goal = add("Walk after lunch", "2027-01-24", "--target", "20", "--unit", "walks", "--personal")
    logged = run("log", goal["id"], "1")
    assert logged.code == 0 and "Logged 1 on goal 1: now 1 of 20 walks." in logged.err
    shown = run("show", goal["id"]).out
    assert re.search(r"Target     20 walks *│", shown) and "Current    1 walk" in shown and "1 of 20 walks" in shown
    weight = add("Lose 10 pounds", "2027-01-24", "--target", "10", "--unit", "pounds", "--personal")
    assert "now 2 of 10 pounds." in run("log", weight["id"], "2").err


def test_the_review_lines_write_money(run, add):
    from clingoals.review import review_order
    from clingoals.usecases import goals as goal_use  # noqa: F401 (the CLI's own data below)

    goal = add("Pay off my credit card", "2027-09-24", "--target", "400", "--unit", "dollars", "--personal")
    assert run("log", goal["id"], "450").code == 0
    shown = run("show", goal["id"], "--json").json()
    import datetime as dt

    order = review_order([shown], [{"goal_id": goal["id"], "date": "2026-05-13", "value": 450}],
                         dt.date(2026, 5, 13))
    assert "target reached ($450 of $400): done?" in order[0]["reasons"]
    assert "moved this week: +$450" in order[0]["reasons"]


# --- the target questions read amounts as guided add does (read_measure), a letter O is pointed at ---

def test_read_measure_and_read_target_point_at_a_letter_o_and_read_once():
    import re

    import pytest

    from clingoals.errors import InvalidInput
    from clingoals.goal import read_measure, read_target

    assert read_measure("$4,000 balance") == (4000.0, "dollars", "balance")
    assert read_measure("about $1,200") == (1200.0, "dollars", None)
    assert read_target("50 training hours") == (50.0, "training hours")
    for typed, meant in (("$4OO", "$400"), ("about $1,2OO dollars", "$1,200"), ("4OO walks", "400")):
        with pytest.raises(InvalidInput, match=re.escape(f"has a letter O where a 0 goes: did you mean '{meant}'")):
            read_measure(typed)
    assert read_target("4 Oranges") == (4.0, "Oranges")  # a word after the number is not a typo


def test_the_saving_question_points_at_a_letter_o():
    import pytest

    from clingoals.errors import InvalidInput
    from clingoals.usecases.drafting import saving_from_answer

    with pytest.raises(InvalidInput) as refused:
        saving_from_answer("$4OO")
    assert str(refused.value) == "'$4OO' has a letter O where a 0 goes: did you mean '$400'?"
    with pytest.raises(InvalidInput, match="Type an amount and how often"):
        saving_from_answer("lots")
    assert saving_from_answer("$400") == "$400 a month"


def test_the_paths_target_question_keeps_a_sums_words_as_the_measure(monkeypatch):
    from clingoals.cli import path as path_cli

    said, answers = [], iter(["$4OO balance", "$4,000 balance"])
    monkeypatch.setattr(path_cli, "ask_to_fix", lambda question, typed, empty: next(answers))
    monkeypatch.setattr(path_cli, "say", said.append)
    assert path_cli._ask_target(15, "training hours") == (4000.0, "dollars", "balance")
    assert any("'$4OO' has a letter O" in line for line in said)
    draft = {"statement": "Complete a 40-hour course", "target": 40, "unit": "training hours"}
    monkeypatch.setattr(path_cli, "ask_to_fix", lambda question, typed, empty: "$500 course fee")
    path_cli._retarget(draft, "Pay the course fee")
    assert (draft["target"], draft["unit"], draft["metric"]) == (500.0, "dollars", "course fee")


# --- goals edit --unit: a measure that named the old unit follows it ---

def test_edit_unit_brings_a_measure_that_named_the_old_unit_along(run, add):
    goal = add("Pay off my credit card", "2027-09-24", "--target", "4000", "--unit", "balance down to $0",
               "--measure", "balance down to $0", "--personal")
    edited = run("edit", goal["id"], "--unit", "dollars", "--reason", "it is money")
    assert edited.code == 0
    assert run("show", goal["id"], "--json").json()["measure"] == {"metric": "dollars", "target": 4000, "unit": "dollars", "baseline": None,
                                        "current": None}
    assert "Its measure 'balance down to $0' named the old unit: it follows the new one, 'dollars'" in edited.err
    history = run("history", goal["id"], "--json").json()
    assert any(h["field"] == "metric" and h["old"] == "balance down to $0" for h in history), history
    # a measure of its own words stays; --measure given with --unit is what the person said
    other = add("Walk after lunch", "2027-01-24", "--target", "60", "--unit", "walks", "--measure",
                "walks after lunch", "--personal")
    assert run("edit", other["id"], "--unit", "minutes", "--reason", "x", "--json").json()["measure"]["metric"] == \
        "minutes"
    third = add("Read more", "2027-01-24", "--target", "6", "--unit", "books", "--measure", "finished and noted",
                "--personal")
    kept = run("edit", third["id"], "--unit", "novels", "--reason", "x")
    assert kept.code == 0 and "named the old unit" not in kept.err
    assert run("show", third["id"], "--json").json()["measure"]["metric"] == "finished and noted"
    both = run("edit", third["id"], "--unit", "books", "--measure", "books read", "--reason", "x", "--json")
    assert both.json()["measure"]["metric"] == "books read"


def test_edit_unit_refused_changes_nothing(run, add):
    goal = add("Walk after lunch", "2027-01-24", "--target", "60", "--unit", "walks", "--measure", "walks",
               "--personal")
    refused = run("edit", goal["id"], "--unit", "minutes", input="")  # no --reason, no terminal
    assert refused.code == 1 and len(refused.err.strip().splitlines()) == 1
    assert run("show", goal["id"], "--json").json()["measure"]["metric"] == "walks"


def test_a_review_unit_change_brings_the_measure_too(run, add, tmp_path):
    import json

    goal = add("Walk after lunch", "2027-01-24", "--target", "60", "--unit", "walks", "--measure", "walks",
               "--personal")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"goals": {str(goal["id"]): {"decision": "adjust", "target": 900,
                                                                "unit": "minutes"}}}))
    assert run("review", "--answers", answers, "--yes").code == 0
    assert run("show", goal["id"], "--json").json()["measure"] == {
        "metric": "minutes", "target": 900, "unit": "minutes", "baseline": None, "current": None}


def test_checked_adjustments_take_the_measure_words():
    import datetime as dt

    from clingoals.usecases.review import checked_adjustments

    goal = {"id": 1, "start_date": "2026-05-01", "unit": "dollars", "metric": None, "statement": "Pay it off",
            "deadline": "2027-01-01"}
    assert checked_adjustments(goal, {"target": 4000.0, "metric": "balance"}, dt.date(2026, 5, 13)) == \
        {"target": 4000.0, "metric": "balance"}


# --- trial 10 B6: a length in hours is offered as the target ---

def test_a_15_hour_course_is_offered_as_15_training_hours():
    import datetime as dt

    from clingoals.smart.compose import compose_statement
    from clingoals.usecases.drafting import offered_target

    day = dt.date(2026, 11, 24)
    values = {"statement": "become a supervisor for MFT associates",
              "measure": "complete the 15-hour BBS supervision training course", "due": "in 6 months"}
    assert offered_target(values, today=day)["text"] == "15 training hours"
    assert offered_target({**values, "measure": "finish the 6-hour law and ethics CE"}, today=day)["text"] == \
        "6 CE hours"
    assert offered_target({**values, "measure": "walk 3 hours"}, today=day) is None or \
        offered_target({**values, "measure": "walk 3 hours"}, today=day)["text"] != "3 training hours"
    # the sentence keeps the course's words, which say the 15 hours, not "(15 training hours)"
    assert compose_statement("become a supervisor for MFT associates", today=day, target=15, unit="training hours",
                             metric=values["measure"], deadline=dt.date(2027, 5, 24)) == \
        ("Become a supervisor for MFT associates (complete the 15-hour BBS supervision training course) "
         "by May 24, 2027")
    assert compose_statement("Walk after lunch", today=day, target=65, unit="walks", metric="walks",
                             deadline=dt.date(2027, 2, 24)).endswith("(65 walks) by February 24, 2027")


def test_a_number_option_with_a_letter_o_says_so(run, add):
    refused = run("add", "Save for the conference", "--target", "$1,5OO", "--due", "2027-06-30")
    assert refused.code == 1 and "'$1,5OO' has a letter O where a 0 goes: did you mean '$1,500'?" in refused.err
    assert run("list", "--all", "--json").json() == []  # nothing added
