"""money11: money printed as money wherever a goal's amounts are shown
(`goals show`, `goals log`, the review's lines, the plan), for every currency
the one table knows; --json keeps its numbers."""

from __future__ import annotations

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
    assert "Target     — → $4,000" in shown and "Current    $1,800" in shown
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
    assert "Target     — → 20 walks" in shown and "Current    1 walk" in shown and "1 of 20 walks" in shown
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
