"""New-user trial 9, guided `goals add` in a real pseudo-terminal (GNU
readline: offers and refused answers wait on the input line): the money
goal's amount and the walking goal's count offered as the number to log
against (B3, C7), a refused number kept on the line (B4), no "week 30" on
the running card (B6), a card after each answer that changes it (C6), the
why of an edited sentence and a personal why example (P3), the skip hint on
a resumed question (P4), and no "Hours a week" for a sleep goal."""

from __future__ import annotations

import json

import pytest
# the same way of typing at `goals add` as the earlier trials' tests
from test_add_trial_pty import _answer, _drafts, _finish, _goals, _interrupt, _run, _spawn

pytestmark = pytest.mark.slow

DAY = "2026-11-24"  # the trial's day
CLEAR = "\x15"  # Ctrl-U: clears the input line (readline)
END = "\x05"  # Ctrl-E: to the end of the line


def _flat(shown: str) -> str:
    """What was shown, with the card's box drawing and wrapping removed."""
    return " ".join(shown.replace("│", " ").split())


def _rest(child, *, seen=None, answers=None):
    """Answer whatever is left (with ``answers`` by prompt, else Enter),
    accept the composed sentence and save; ``seen`` collects the prompts."""
    answers = answers or {}
    prompts = ["Your plan", "How much a month", r"\(Enter keeps [^)]*\): ", "Hours a week", "How confident",
               "Why does it matter", "Which aspiration", r"Keep it as personal\?", "Step", "Use this sentence", r"Save this goal\? \[Y/n\]",
               "Added goal 1"]
    while (index := child.expect(prompts)) < len(prompts) - 1:
        if seen is not None:
            seen.append(prompts[index])
        prompt = prompts[index]
        child.sendline(answers.pop(prompt, "a" if "sentence" in prompt else "y" if "Save" in prompt else ""))


def test_b4_a_refused_number_to_log_against_waits_on_the_line(isolated_home):
    child = _spawn(["add", "Complete the EMDR basic training", "--professional"], isolated_home, today=DAY)
    _answer(child, [(r"A number to log progress against, e.g. '50 training hours' \(Enter to skip\)", "fifty hrs")])
    child.expect(r"'fifty hrs' isn't a number to log against.*Or clear the line to skip\.")
    child.expect(r"A number to log progress against, e.g. '50 training hours' \(clear the line to skip\): fifty hrs")
    child.sendline(CLEAR + "50 training hours")
    _answer(child, [("By when", "June 30")])
    _rest(child)
    _finish(child)
    [goal] = _goals(isolated_home)
    assert (goal["measure"]["target"], goal["measure"]["unit"]) == (50, "training hours")


def test_b3_the_money_goal_amount_waits_on_the_line_and_progress_counts_toward_it(isolated_home):
    child = _spawn(["add"], isolated_home, today=DAY)
    _answer(child, [("Your goal, in one sentence", "save $3,000 for an EMDR course"), ("By when", "end of April")])
    child.expect("your goal names \\$3,000")
    child.expect(r"A number to log progress against \(clear the line to skip\): \$3,000")
    child.sendline("")  # Enter takes it
    child.expect(r"Measurable    ✔ 2/2  Target set: \$3,000\.")
    seen = []
    _rest(child, seen=seen, answers={"Your plan": "automatic transfer on payday", "How much a month": "$200",
                                     "How confident": "7"})
    # the new deadline question: $200 a month to April is $1,000, and a later date is offered (trial 23 #6)
    assert r"\(Enter keeps [^)]*\): " in seen
    _finish(child)
    [goal] = _goals(isolated_home)
    assert (goal["measure"]["target"], goal["measure"]["unit"]) == (3000, "dollars")
    assert goal["statement"] == "Save $3,000 for an EMDR course by April 30, 2027"
    logged = _run(["log", "1", "$500"], isolated_home, today=DAY)
    assert logged.returncode == 0, logged.stderr
    assert "no target" not in logged.stderr
    assert _goals(isolated_home)[0]["measure"]["current"] == 500


def test_c7_b6_c6_the_walking_goal(isolated_home):
    child = _spawn(["add"], isolated_home, today=DAY)
    _answer(child, [("Your goal, in one sentence", "walk 30 minutes after lunch"), ("How often", "5 days a week")])
    child.expect(r"Measurable    ✔ 2/2  You'll know by the numbers: 30 minutes, 5 days a week\.")  # B6: no week 30
    child.expect(r"Time-bound")
    _answer(child, [("By when", "Feb 24")])
    child.expect(r"5\s+days\s+a\s+week\s+from\s+November\s+24,\s+2026\s+through\s+February\s+24,\s+2027\s+is\s+65\s+walks")
    child.expect(r"A number to log progress against \(clear the line to skip\): 65 walks")
    child.sendline(CLEAR + "60 walks")  # changed
    child.expect(r"Measurable    ✔ 2/2  Target set: 60 walks\.")
    _answer(child, [("Your plan", "walk with a colleague")])
    child.expect(r"Achievable    ✔ 2/2  Realistic: a plan: ")  # C6: drawn at once, not one answer later (which plan: session 13)
    # met: no hours a week, no confidence asked after it (trial 12 P3)
    _answer(child, [(r"Why does it matter to you\? \(e.g. 'so that I have energy for my family'\)",  # P3
                     "so that I have energy for my clients")])
    child.expect(r"Relevant      ~ 1/2  You say why it matters")
    shown = _flat(child.logfile_read.getvalue())
    assert "week 30" not in shown
    assert "Hours a week" not in shown and "How confident" not in shown
    _rest(child)
    _finish(child)
    [goal] = _goals(isolated_home)
    assert (goal["measure"]["target"], goal["measure"]["unit"]) == (60, "walks")
    assert goal["measure"]["metric"] == "30 minutes 5 days a week"
    assert goal["statement"] == ("Walk 30 minutes after lunch 5 days a week (60 walks) through February 24, 2027, "
                                 "so that I have energy for my clients")


def test_c7_clearing_the_offered_count_skips_it(isolated_home):
    child = _spawn(["add", "walk 30 minutes after lunch 5 days a week"], isolated_home, today=DAY)
    _answer(child, [("By when", "Feb 24")])
    child.expect(r"A number to log progress against \(clear the line to skip\): 65 walks")
    child.sendline(CLEAR)
    _rest(child)
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["target"] is None


def test_p3_the_why_of_an_edited_sentence(isolated_home):
    child = _spawn(["add", "walk 30 minutes after lunch 5 days a week", "--plan", "walk with a colleague",
                    "--confidence", "7", "--hours-per-week", "2.5", "--personal"], isolated_home, today=DAY)
    _answer(child, [("By when", "Feb 24"), ("A number to log progress against", ""),
                    ("Why does it matter", "so that I have energy for my clients"), ("Which aspiration", ""),
                    ("Step", ""), ("Use this sentence", "e")])
    child.expect(r"Your wording \(edit it\)")
    child.sendline(END + " and my family")
    child.expect("Why it matters, as your wording says it now: so that I have energy for my clients and my family")
    _answer(child, [(r"Save this goal\?", "y")])
    child.expect("Added goal 1")
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["why"] == "so that I have energy for my clients and my family"
    assert goal["statement"].endswith("so that I have energy for my clients and my family")


def test_p4_a_resumed_question_says_how_to_skip_and_clearing_skips(isolated_home):
    child = _spawn(["add", "walk 30 minutes after lunch"], isolated_home, today=DAY)
    child.expect(r"How often\? .*\(Enter to skip\): ")
    child.send("5 days a w")
    child.expect("5 days a w")
    _interrupt(child, r"the line you were typing are\s+kept")
    _finish(child, code=1)
    [path] = _drafts(isolated_home)
    assert json.loads(path.read_text())["pending"] == {"question": "often", "text": "5 days a w"}

    child = _spawn(["add"], isolated_home, today=DAY)
    _answer(child, [(r"Continue it\?", "y")])
    child.expect(r"How often\? \(e.g. 'every day', '5 days a week'\) \(clear the line to skip\): 5 days a w")
    child.sendline(CLEAR)  # skips, as the question says
    _answer(child, [("By when", "Feb 24")])
    _rest(child)
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["metric"] is None
    assert _drafts(isolated_home) == []


def test_a_sleep_goal_is_asked_its_plan_not_hours_a_week(isolated_home):
    child = _spawn(["add", "Sleep 7 hours a night", "--personal"], isolated_home, today=DAY)
    _answer(child, [("By when", "June 30")])
    child.expect(r"A number to log progress against \(clear the line to skip\): 218 nights")
    child.sendline("")
    _answer(child, [(r"Your plan and what you'll need \(a set bedtime, a wind-down routine\)", "phone off at 10pm")])
    seen = []
    _rest(child, seen=seen, answers={"How confident": "8"})
    _finish(child)
    assert "Hours a week" not in seen and "How confident" not in seen  # the plan met Achievable (trial 12 P3)
    [goal] = _goals(isolated_home)
    assert goal["hours_per_week"] is None and goal["plan"] == "phone off at 10pm" and goal["confidence"] is None
    assert (goal["measure"]["target"], goal["measure"]["unit"]) == (218, "nights")
