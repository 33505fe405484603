"""money18 (session 10, third wave): new-user trial 16's money and CE items.

Each test: the exit code, then the stored goal, entry or credit (or --json)."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score
from clingoals.smart.scorer import sentence_payoff
from clingoals.usecases import drafting as use

CARD = "Pay off the credit card, balance at 0 (its 4.5k right now)"


# --- trial 16 B3: a scripted payoff sentence is read as guided add reads the answer ---

def test_b3_scripted_payoff_sentence_sets_the_paid_amount_as_target(run):
    result = run("add", CARD, "--due", "June 30", "--json")
    assert result.code == 0, result
    assert ("Target $4,500, read from 'balance at 0 (its 4.5k right now)' as balance down to $0 from $4,500 "
            "(--target sets another).") in result.err
    goal = result.json()
    assert goal["measure"]["target"] == 4500 and goal["measure"]["unit"] == "dollars"
    criteria = goal["score"]["criteria"]
    assert criteria["specific"]["score"] == 2 and criteria["specific"]["evidence"][:1] == ["pay"]
    assert criteria["measurable"]["score"] == 2


def test_b3_the_card_reads_the_payoff_sentence_as_an_action_and_a_measure():
    criteria = score(GoalText(statement=CARD), dt.date(2026, 11, 24))["criteria"]
    assert criteria["specific"]["score"] == 2  # "balance at 0" is the card's balance, not an aim to balance
    assert criteria["measurable"]["score"] == 2
    assert criteria["measurable"]["reason"] == "You'll know by the numbers: the balance down to $0 from $4,500."


def test_b3_a_deadline_in_the_sentence_is_no_sum_of_the_balance(run):
    result = run("add", CARD + " by June 30", "--json")
    assert result.code == 0, result
    assert result.json()["measure"]["target"] == 4500
    assert result.json()["deadline"].endswith("-06-30")


def test_b3_a_balance_from_one_sum_to_another_targets_the_difference(run):
    result = run("add", "Pay off my loan, debt from $4,500 to $1,000", "--due", "June 30", "--json")
    assert result.code == 0, result
    assert result.json()["measure"]["target"] == 3500


def test_b3_the_payoff_in_measure_is_read_too(run):
    result = run("add", "Pay off my loan", "--measure", "balance at 0, owe 3k", "--due", "June 30", "--json")
    assert result.code == 0, result
    assert result.json()["measure"]["target"] == 3000


def test_b3_a_given_target_wins(run):
    result = run("add", CARD, "--due", "June 30", "--target", "4000", "--json")
    assert result.code == 0, result
    assert result.json()["measure"]["target"] == 4000
    assert "read from" not in result.err


@pytest.mark.parametrize("statement", ["Pay off 2 loans, 0 late payments", "Balance work and home, 0 emails at night",
                                       "Run 3 groups, 0 cancellations"])
def test_b3_small_counts_beside_zero_are_no_balance(statement):
    assert sentence_payoff(statement) is None


def test_b3_a_comma_after_a_sum_still_reads():
    assert use.payoff_in("balance at 0, owe 3k", "Pay off my loan") == (3000.0, 0.0)


# --- trial 16 P1: 'goals log 4 0.3' on a $4,500 goal is asked about (0.3k?) ---

def _card(run):
    result = run("add", CARD, "--due", "June 30", "--json")
    assert result.code == 0, result
    return result.json()["id"]


def test_p1_cents_on_a_goal_of_thousands_are_refused_without_a_terminal(run):
    goal = _card(run)
    result = run("log", goal, "0.3")
    assert result.code == 1
    assert "did you mean $300 (0.3k)? Log $0.30 anyway?" in result.err and "--yes" in result.err
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert run("show", goal, "--json").json()["measure"]["current"] in (None, 0)


def test_p1_yes_logs_the_cents_and_ordinary_entries_pass(run):
    goal = _card(run)
    assert run("log", goal, "0.3", "--yes").code == 0
    assert run("log", goal, "-0.3").code == 0  # taking the cents back is no typo
    assert run("log", goal, "0.3k").code == 0 and run("log", goal, "1").code == 0
    assert run("show", goal, "--json").json()["measure"]["current"] == 301


@pytest.mark.parametrize("target, unit, value", [("50", "dollars", "0.5"), ("4500", "hours", "0.5")])
def test_p1_cents_on_a_small_goal_or_a_part_hour_are_not_asked_about(run, target, unit, value):
    added = run("add", "Put aside money for a book", "--due", "June 30", "--target", target, "--unit", unit, "--json")
    assert added.code == 0, added
    assert run("log", added.json()["id"], value).code == 0


# --- trial 16 C7: a retyped credit that only fixes a field is pointed to 'goals ce edit' ---

ETHICS = ("ce", "add", "Ethics in family therapy", "--hours", "3", "--date", "2024-11-10", "--format", "live-online",
          "--provider", "AAMFT")


def _credits(run):
    return run("ce", "list", "--json").json()


def test_c7_a_retyped_credit_with_the_category_fixed_names_the_edit(run):
    assert run(*ETHICS, "--category", "ethic").code == 0
    result = run(*ETHICS, "--category", "ethics")
    assert result.code == 1
    assert ("Not added: credit 1 has the same title, provider and date and differs only in its category: to change "
            "credit 1, run goals ce edit 1 --category ethics. To add a second credit, run the same command with --yes."
            ) == result.err.strip().removeprefix("error: ")
    assert len(_credits(run)) == 1
    assert run("ce", "edit", "1", "--category", "ethics").code == 0  # the command it names works as printed
    [credit] = _credits(run)
    assert credit["categories"] == ["ethics"]


def test_c7_several_fields_and_quoted_values_make_one_edit(run):
    assert run(*ETHICS, "--category", "ethic").code == 0
    result = run(*ETHICS[:4], "2", *ETHICS[5:8], "in-person", *ETHICS[9:], "--category", "ethics",
                 "--approver", "AAMFT CE Office")
    assert result.code == 1
    assert ("differs only in its hours, format, category and approver: to change credit 1, run goals ce edit 1 "
            "--hours 2 --format in-person --category ethics --approver 'AAMFT CE Office'.") in result.err


def test_c7_the_same_credit_retyped_keeps_the_yes_for_a_second_one(run):
    assert run(*ETHICS, "--category", "ethics").code == 0
    result = run(*ETHICS, "--category", "ethics")
    assert result.code == 1
    assert "To add it anyway, run the same command with --yes." in result.err and "ce edit" not in result.err
    assert run(*ETHICS, "--category", "ethics", "--yes").code == 0
    assert len(_credits(run)) == 2
