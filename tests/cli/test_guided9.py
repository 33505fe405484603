"""New-user trial 9, guided `goals add` (no terminal line editing here: the
CliRunner's input is not a terminal, so an offer is the default Enter takes
and a refused answer is printed back): a money goal's amount and a rhythm
goal's count are offered as the number to log against (B3, C7); a refused
number is asked again like every other question (B4); the card is drawn
again after each answer that changes it (C6); an edited sentence's reason
becomes the goal's why, and the why example fits a personal goal (P3); a
sleep goal is not asked hours a week; no "week 30" from the measure (B6).
Each test: the exit code, then the stored goal (or --json)."""

from __future__ import annotations

import pytest


@pytest.fixture
def guided(run, monkeypatch):
    """`goals add ...` as at a terminal, with the answers typed one per line,
    on the trial's day."""
    monkeypatch.setattr("clingoals.cli.goals.interactive", lambda: True)
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")

    def adding(*args, answers):
        return run("add", *args, input="".join(f"{answer}\n" for answer in answers))

    return adding


def _goal(run, goal_id=1):
    result = run("show", goal_id, "--json")
    assert result.code == 0, result
    return result.json()


# what a money goal and a walking goal get on the command line, so only the questions in question are asked
MONEY = ("save $3,000 for an EMDR course", "--plan", "automatic transfer on payday", "--confidence", "7",
         "--why", "so that I can train in EMDR")
WALK = ("walk 30 minutes after lunch 5 days a week", "--plan", "walk with a colleague", "--hours-per-week", "2.5",
        "--confidence", "7", "--why", "so that I have energy for my clients", "--personal")


def test_b3_a_money_goal_offers_its_amount_as_the_target_and_progress_counts_toward_it(guided, run):
    result = guided(*MONEY, answers=["end of April", "", "", "", "a"])
    assert result.code == 0, result
    assert "To log progress you need a number to count toward: your goal names $3,000." in result.err
    assert "A number to log progress against ('none' skips) [$3,000]" in result.err
    goal = _goal(run)
    assert (goal["measure"]["target"], goal["measure"]["unit"]) == (3000, "dollars")
    assert goal["statement"] == "Save $3,000 for an EMDR course by April 30, 2027, so that I can train in EMDR"
    logged = run("log", 1, "$500")
    assert logged.code == 0, logged
    assert "no target" not in logged.err
    assert _goal(run)["measure"]["current"] == 500


def test_b3_the_offered_amount_can_be_skipped(guided, run):
    result = guided(*MONEY, answers=["end of April", "none", "", "", "a"])
    assert result.code == 0, result
    assert _goal(run)["measure"]["target"] is None


def test_c7_a_rhythm_goal_is_offered_the_count_its_rhythm_makes_to_the_deadline(guided, run):
    result = guided(*WALK, answers=["Feb 24", "", "", "", "a"])
    assert result.code == 0, result
    assert "5 days a week from November 24, 2026 through February 24, 2027 is 65 walks" in result.err
    goal = _goal(run)
    assert (goal["measure"]["target"], goal["measure"]["unit"]) == (65, "walks")
    assert goal["measure"]["metric"] == "walks"  # the rhythm is in the sentence; the target counts walks
    assert goal["statement"].startswith("Walk 30 minutes after lunch 5 days a week (65 walks) through February 24, 2027")
    assert goal["score"]["criteria"]["achievable"]["score"] == 2  # 65 walks fit 5 days a week to the deadline


def test_c7_the_offered_count_can_be_changed(guided, run):
    result = guided(*WALK, answers=["Feb 24", "60 walks", "", "", "a"])
    assert result.code == 0, result
    goal = _goal(run)
    assert (goal["measure"]["target"], goal["measure"]["unit"]) == (60, "walks")


def test_c7_a_refused_change_is_asked_again_and_empty_then_skips(guided, run):
    result = guided(*WALK, answers=["Feb 24", "sixty", "", "", "", "a"])
    assert result.code == 0, result
    assert "'sixty' isn't a number to log against" in result.err
    assert "You typed: sixty" in result.err  # printed back where the line can't hold it
    assert _goal(run)["measure"]["target"] is None


def test_b4_a_refused_target_is_printed_back_and_asked_again_with_how_to_skip(guided, run):
    result = guided("Complete the EMDR basic training", "--plan", "weekend course", "--hours-per-week", "4",
                    "--confidence", "8", "--why", "so that I can treat veterans with PTSD",
                    answers=["fifty hrs", "50 training hours", "June 30", "", "", "a"])
    assert result.code == 0, result
    assert "'fifty hrs' isn't a number to log against" in result.err
    assert "Or press Enter to skip." in result.err
    assert "You typed: fifty hrs" in result.err
    goal = _goal(run)
    assert (goal["measure"]["target"], goal["measure"]["unit"]) == (50, "training hours")


def test_b6_no_week_number_is_made_up_from_the_measure(run):
    result = run("add", "Walk 30 minutes after lunch 5 days a week", "--due", "2027-02-24",
                 "--measure", "30 minutes 5 days a week", "--json")
    assert result.code == 0, result
    measurable = result.json()["score"]["criteria"]["measurable"]
    assert measurable["evidence"] == ["30 minutes", "5 days a week"]


def test_b6_the_running_card_after_how_often_has_no_week_30(guided, run):
    result = guided("walk 30 minutes after lunch", "--plan", "walk with a colleague", "--hours-per-week", "2.5",
                    "--confidence", "7", "--why", "so that I have energy for my clients", "--personal",
                    answers=["5 days a week", "Feb 24", "", "", "", "a"])
    assert result.code == 0, result
    assert "You'll know by the numbers: 30 minutes, 5 days a week." in result.err
    assert "week 30" not in result.err
    assert _goal(run)["measure"]["metric"] == "30 minutes 5 days a week"


def test_c6_the_card_is_drawn_again_after_each_answer_that_changes_it(guided, run):
    # the plan skipped, hours a week make it fit: confidence is not asked then (trial 12 P3)
    result = guided("walk 30 minutes after lunch 5 days a week", "--personal",
                    answers=["Feb 24", "", "", "2.5", "so that I have energy for my family", "", "", "a"])
    assert result.code == 0, result
    shown = result.err

    def card_between(first: str, then: str) -> str:
        start = shown.index(first)
        return shown[start:shown.index(then, start)]

    assert "Your goal:" not in card_between("Your plan", "Hours a week")  # skipped: not drawn again
    assert "Realistic: 2.5 h a week set aside." in card_between("Hours a week", "Why does it matter")
    assert "How confident" not in shown
    assert "You say why it matters" in card_between("Why does it matter", "Which aspiration")
    goal = _goal(run)
    assert goal["hours_per_week"] == 2.5 and goal["confidence"] is None


def test_c6_an_answer_that_changes_nothing_says_the_card_stays(guided, run):
    # three weeks for the EMDR basic training: no plan, hours or confidence makes that fit
    result = guided("Complete the EMDR basic training (50 training hours)", "--professional",
                    "--why", "so that I can treat veterans with PTSD",
                    answers=["in 3 weeks", "", "", "weekend course", "4", "7", "", "", "a"])
    assert result.code == 0, result
    after = result.err[result.err.index("Your plan and what you'll need"):]
    assert after.count("(The card stays at 7/10.)") == 3
    assert "Your goal:" not in after[:after.index("Which aspiration")]
    goal = _goal(run)
    assert (goal["plan"], goal["hours_per_week"], goal["confidence"]) == ("weekend course", 4, 7)


def test_p3_an_edited_sentence_gives_the_goal_its_why(guided, run):
    result = guided(*WALK, answers=["Feb 24", "", "", "", "e",
                                    "Walk 30 minutes after lunch 5 days a week through February 24, 2027, so that I "
                                    "have energy for my clients and my family", "y"])
    assert result.code == 0, result
    assert "Why it matters, as your wording says it now: so that I have energy for my clients and my family" \
        in result.err
    goal = _goal(run)
    assert goal["why"] == "so that I have energy for my clients and my family"
    assert goal["statement"].endswith("for my clients and my family")


def test_p3_an_edited_sentence_without_a_reason_keeps_the_why_answered(guided, run):
    result = guided(*WALK, answers=["Feb 24", "", "", "", "e", "Walk after lunch on weekdays through February 24, 2027",
                                    "y"])
    assert result.code == 0, result
    assert _goal(run)["why"] == "so that I have energy for my clients"


@pytest.mark.parametrize("statement, example", [
    ("walk 30 minutes after lunch 5 days a week", "so that I have energy for my family"),
    ("Complete the EMDR basic training (50 training hours)", "so that I can supervise associates"),
])
def test_p3_the_why_example_fits_the_goal(guided, run, statement, example):
    result = guided(statement, "--plan", "a plan", "--confidence", "7", "--hours-per-week", "3",
                    answers=["Feb 24", "", "", "", "", "", "a"])
    assert result.code == 0, result
    assert f"Why does it matter to you? (e.g. '{example}')" in result.err


@pytest.mark.parametrize("statement", ["Sleep 7 hours a night", "Be in bed by 10:30 on weeknights",
                                       "get to sleep by 11pm every night"])
def test_a_sleep_goal_is_not_asked_hours_a_week(guided, run, statement):
    result = guided(statement, "--why", "so that I have energy for my family", "--personal",
                    answers=["June 30", "", "a wind-down routine at 10", "", "", "a"])
    assert result.code == 0, result
    assert "Hours a week" not in result.err
    assert "How confident" not in result.err  # the plan met Achievable (trial 12 P3)
    assert "Your plan and what you'll need (a set bedtime, a wind-down routine)" in result.err
    goal = _goal(run)
    assert goal["hours_per_week"] is None and goal["plan"] == "a wind-down routine at 10"
    assert goal["confidence"] is None


def test_a_number_out_of_range_says_how_to_skip_like_every_refused_answer(guided, run):
    result = guided("Complete the EMDR basic training (50 training hours)", "--professional",
                    "--why", "so that I can treat veterans with PTSD",
                    answers=["in 3 weeks", "", "", "weekend course", "4", "11", "7", "", "", "a"])
    assert result.code == 0, result
    assert "Please type a number from 0 to 10, or press Enter to skip." in result.err
    assert "You typed: 11" in result.err
    assert _goal(run)["confidence"] == 7
