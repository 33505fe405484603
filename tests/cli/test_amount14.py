"""amount14, new-user trial 13: a sum written in thousands ("$1.5k", "$2K",
"2k dollars") is read as the one sum everywhere an amount is read (B1, C2);
a money goal's amount is its money figure, whatever other numbers it names
(B2); a measure's unit is the noun phrase after the number, not the outcome
that follows it (B3); a target with no baseline is shown without a dash."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from clingoals.goal import read_measure
from clingoals.numbers import in_thousands, read_amount, read_number
from clingoals.smart import GoalText, score
from clingoals.smart.vocabulary import UNIT_PATTERN
from clingoals.usecases.drafting import offered_target

TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize("typed, value", [("$1.5k", 1500), ("$2K", 2000), ("-$1k", -1000), ("$1,5", None),
                                          ("1.5k", None), ("5k", None), ("$1e3k", None), ("$1.5kk", None)])
def test_a_number_in_thousands_reads_with_its_currency_sign_only(typed, value):
    if value is None:
        with pytest.raises(ValueError):
            read_number(typed)
    else:
        assert read_number(typed) == value


def test_a_progress_amount_in_thousands_reads_toward_money_only():
    assert read_amount("1.5k", "dollars") == 1500 and read_amount("2k dollars", "dollars") == 2000
    assert read_amount("$0.2K", "dollars") == 200
    with pytest.raises(ValueError):
        read_amount("5k", "walks")  # a 5 km walk is no 5,000 walks
    assert in_thousands("1.5k") and in_thousands("$2K") and not in_thousands("1,2k") and not in_thousands("k")


@pytest.mark.parametrize("typed, read", [
    ("$1.5k", (1500, "dollars", None)), ("2k dollars", (2000, "dollars", None)),
    ("$1.5k saved", (1500, "dollars", "saved")),
    ("5k runs", (5, "k runs", None)),  # not money: read as before
    ("3000 supervised hours and pass the clinical exam",
     (3000, "supervised hours", "supervised hours and pass the clinical exam")),
    ("40 hours, then submit the log", (40, "hours", "hours, then submit the log")),
    ("12 sessions with clients and families", (12, "sessions with clients and families", None)),
    ("100 hours and group supervision", (100, "hours and group supervision", None)),
    ("20 books and articles", (20, "books and articles", None)),
])
def test_the_measure_answer_reads_thousands_and_ends_the_unit_before_a_further_outcome(typed, read):
    assert read_measure(typed) == read


def _card(statement, **fields):
    return score(GoalText(statement=statement, **fields), TODAY)["criteria"]


def test_the_card_reads_a_sum_in_thousands_as_the_sum_everywhere():
    card = _card("Save $2K for the EFT externship training by May 15")
    assert card["measurable"]["evidence"] == ["$2K"]  # the sum as written, not "$2"
    assert "$2,000 by May 15" in card["achievable"]["suggestion"]
    assert offered_target({"statement": "Save $1.5k for the EFT externship training", "due": "May 15"},
                          today=TODAY) == {"text": "$1,500", "why": "your goal names $1,500", "said": "$1.5k"}
    assert offered_target({"statement": "Save 2k dollars for a used car", "due": "May 15"},
                          today=TODAY)["text"] == "$2,000"


def test_a_level_number_is_no_count_and_does_not_block_a_money_goals_offer():
    card = _card("Save $1,500 for the Gottman Level 1 training by May 15")
    # not "1 training"; nor "Level 1" beside the sum (since session 14: it says which training, trial 22 #11)
    assert card["measurable"]["evidence"] == ["$1,500"]
    assert "1 training" not in card["specific"]["evidence"]
    assert offered_target({"statement": "Save $1,500 for the Gottman Level 1 training", "due": "May 15"},
                          today=TODAY) == {"text": "$1,500", "why": "your goal names $1,500", "said": "$1,500"}
    # a percentage after "level" still counts; a work goal with two numbers is still not offered one
    assert UNIT_PATTERN.search("keep my energy level 80% of days").group(0) == "80%"
    assert "20 repetitions" in [m.group(0) for m in UNIT_PATTERN.finditer("3 times a week 20 repetitions")]
    assert offered_target({"statement": "Complete 2 workshops and 20 CE hours", "due": "May 15"}, today=TODAY) is None


def test_target_and_log_take_a_sum_in_thousands(run, add):
    goal = add("Save $1.5k for the EFT externship training", "2027-06-30", "--target", "$1.5k")
    assert goal["measure"]["target"] == 1500 and goal["measure"]["unit"] == "dollars"
    assert run("log", goal["id"], "0.2k").code == 0          # toward money, the sign may be left out
    assert run("log", goal["id"], "$0.3K").code == 0
    assert run("show", goal["id"], "--json").json()["measure"]["current"] == 500


def test_thousands_without_a_sign_are_refused_saying_how_to_type_them(run, add):
    refused = run("add", "Save for the training", "--due", "2027-06-30", "--target", "1.5k", "--unit", "dollars")
    assert refused.code == 1 or refused.code == 2
    assert "'$1.5k'" in refused.err and "1500" in refused.err
    assert run("list", "--all", "--json").json() == []
    walks = add("Walk 40 times", "2027-06-30", "--target", "40", "--unit", "walks")
    logged = run("log", walks["id"], "1k")
    assert logged.code == 1 and "type it in full: 1000" in logged.err and len(logged.err.strip().splitlines()) == 1
    assert run("show", walks["id"], "--json").json()["measure"]["current"] is None


def test_the_review_answers_take_a_sum_in_thousands(run, add, tmp_path):
    goal = add("Save $1.5k for the EFT externship training", "2027-06-30", "--target", "$1.5k")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"goals": {str(goal["id"]): {"progress": "$0.2k", "decision": "keep"}}}))
    assert run("review", "--answers", str(answers)).code == 0
    assert run("show", goal["id"], "--json").json()["measure"]["current"] == 200


def test_show_writes_a_target_without_a_baseline_without_a_dash(run, add):
    goal = add("Save $1.5k for the EFT externship training", "2027-06-30", "--target", "$1.5k")
    shown = run("show", goal["id"]).out
    assert re.search(r"Target     \$1,500 *│", shown) and "— →" not in shown
    based = add("Log supervised hours", "2027-06-30", "--target", "3000", "--unit", "hours", "--baseline", "1200")
    assert re.search(r"Target     1200 → 3000 hours *│", run("show", based["id"]).out)


def test_scripted_add_takes_the_one_sum_its_sentence_names_as_the_target(run):
    added = run("add", "Save $1.5k for the EFT externship training", "--due", "June 30", "--json")
    assert added.code == 0, added
    assert added.json()["measure"]["target"] == 1500 and added.json()["measure"]["unit"] == "dollars"
    assert "Target $1,500, read from '$1.5k' (--target sets another)." in added.err
    logged = run("log", added.json()["id"], "200")
    assert logged.code == 0 and "now $200 of $1,500" in logged.err
    # with the deadline read from the sentence too (add13's wording first)
    both = run("add", "Save $1,500 for the Gottman Level 1 training by June 30", "--json")
    assert both.code == 0 and both.json()["measure"]["target"] == 1500
    assert both.err.index("-06-30, read from 'by June 30'") < both.err.index("Target $1,500, read from '$1,500'")
    # a --target given wins, and says nothing
    given = run("add", "Save $1.5k for the EFT externship training", "--due", "June 30", "--target", "$1,200", "--json")
    assert given.json()["measure"]["target"] == 1200 and "read from '$1.5k'" not in given.err


@pytest.mark.parametrize("statement, said", [
    ("Save $500 or $1,500 for the training", "the sentence names $500 and $1,500"),
    ("Save $200 from every paycheck", "'$200' is put aside each time, not a total"),
    # (a spending limit, "Spend under $100 a month on takeout", takes its ceiling as the target: limit13's tests)
    ("Read the books my supervisor lent me", None),   # no sum, no count: nothing said
])
def test_scripted_add_says_why_a_sum_in_the_sentence_gave_no_target(run, statement, said):
    added = run("add", statement, "--due", "June 30", "--json")
    assert added.code == 0, added
    assert added.json()["measure"]["target"] is None
    assert (said in added.err) if said else "No target set" not in added.err


@pytest.mark.parametrize("statement, due, target, unit, said", [
    # the tool's own example (trial 20 #9): a one-line goal gets what guided add would offer
    ("Complete 20 CE hours", "June 30", 20, "CE hours", "read from '20 CE hours'"),
    ("Hold 12 consultation calls", "June 30", 12, "consultation calls", "read from '12 consultation calls'"),
])
def test_scripted_add_takes_a_count_or_a_rhythm_as_its_target(isolated_home, statement, due, target, unit, said):
    import os
    import subprocess
    import sys

    env = {**os.environ, "CLINGOALS_HOME": str(isolated_home), "CLINGOALS_TODAY": "2026-11-24"}
    added = subprocess.run([sys.executable, "-m", "clingoals", "add", statement, "--due", due, "--json"],
                           capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)
    assert added.returncode == 0, added.stderr
    measure = __import__("json").loads(added.stdout)["measure"]
    assert (measure["target"], measure["unit"]) == (target, unit)
    assert f"Target {target} {unit}, {said} (--target sets another)." in added.stderr
