"""Guided `goals add` in a real pseudo-terminal, session 7 (issue 11, item 5
leftovers): "How often?" when the goal says how much each time but not how
often; the running card scoring the sentence composed so far; money and
stop-doing goals asked what fits them instead of hours a week. Refused
answers wait on the line, Enter skips, Ctrl-C keeps the half-typed line."""

from __future__ import annotations

import json

import pytest
# the same way of typing at `goals add` as the earlier trials' tests
from test_add_trial_pty import _answer, _drafts, _finish, _goals, _interrupt, _spawn

pytestmark = pytest.mark.slow

CLEAR = "\x15"  # Ctrl-U: clears the input line (readline)
WALK = "walk 30 minutes after lunch"


def _flat(shown: str) -> str:
    """What was shown, with the card's box drawing and wrapping removed."""
    return " ".join(shown.replace("│", " ").split())


def _rest(child, *, seen=None):
    """Answer whatever is left with Enter, accept the composed sentence and
    save; ``seen`` collects the prompts met on the way."""
    prompts = ["Your plan", "Hours a week", "How confident", "Why does it matter", "Which aspiration",
               r"Keep it as personal\?", "Step", "Use this sentence", r"Save this goal\? \[Y/n\]",
               "A number to log progress against", "Added goal 1"]
    while (index := child.expect(prompts)) < len(prompts) - 1:
        if seen is not None:
            seen.append(prompts[index])
        # (a number to log against offered on the line since trial 9: cleared, so skipped)
        child.sendline("a" if "sentence" in child.after else "y" if "Save" in child.after
                       else CLEAR if "number" in child.after else "")


def test_how_often_is_asked_and_folded_into_the_sentence(isolated_home):
    child = _spawn(["add"], isolated_home)
    _answer(child, [("Your goal, in one sentence", WALK)])
    child.expect("'30 minutes' says how much each time, not how often")
    _answer(child, [(r"How often\? \(e.g. 'every day', '5 days a week'\) \(Enter to skip\)", "most days")])
    child.expect("'most days' doesn't say how often")
    child.expect(r"How often\? .*\(clear the line to skip\): most days")  # the refused answer waits on the line
    child.sendline(CLEAR + "5 days a week")
    child.expect(r"Measurable    ✔ 2/2  You'll know by the numbers: 30 minutes, 5 days a week")
    _answer(child, [("By when", "September 30")])
    _rest(child)
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Walk 30 minutes after lunch 5 days a week through September 30, 2027"
    assert goal["measure"]["metric"] == "30 minutes 5 days a week"
    assert goal["score"]["criteria"]["measurable"]["score"] == 2


def test_enter_skips_how_often(isolated_home):
    child = _spawn(["add", WALK], isolated_home)
    _answer(child, [(r"How often\? .*\(Enter to skip\)", ""), ("By when", "September 30")])
    seen = []
    _rest(child, seen=seen)
    _finish(child)
    assert "How will you know" not in seen  # skipped means skipped: no other measure question instead
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Walk 30 minutes after lunch by September 30, 2027"
    assert goal["measure"]["metric"] is None


def test_a_line_half_typed_at_how_often_comes_back_on_it(isolated_home):
    child = _spawn(["add", WALK], isolated_home)
    child.expect(r"How often\? .*\(Enter to skip\): ")
    child.send("5 days a w")
    child.expect("5 days a w")  # echoed on the line
    _interrupt(child, r"the line you were typing are\s+kept")
    _finish(child, code=1)
    [path] = _drafts(isolated_home)
    assert json.loads(path.read_text())["pending"] == {"question": "often", "text": "5 days a w"}

    child = _spawn(["add"], isolated_home)
    _answer(child, [(r"Continue it\?", "y")])
    child.expect(r"How often\? .*: 5 days a w")
    child.sendline("eek")  # finished on the line it waits on
    _answer(child, [("By when", "September 30")])
    _rest(child)
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["metric"] == "30 minutes 5 days a week"
    assert _drafts(isolated_home) == []


def test_the_running_card_scores_the_sentence_composed_so_far(isolated_home):
    # The detail replaces the vague headline, and the headline's own deadline stays in the draft
    # until one is answered: it is read, not asked for.
    child = _spawn(["add", "work on my sleep by June 30, 2027"], isolated_home)
    _answer(child, [("What exactly will you do", "be in bed by 10:30 on weeknights")])
    seen = []
    _rest(child, seen=seen)
    shown = _flat(_finish(child))
    after = shown[shown.index("What exactly will you do"):]
    # the first card after the answer: a checkable bedtime, so no measure is asked for
    assert after.index("Measurable ✔ 2/2 Checkable each weeknight: 'Be in bed by 10:30', kept or not") < \
        after.index("Achievable")
    assert "By when" not in shown and "How will you know" not in shown
    [goal] = _goals(isolated_home)
    assert goal["deadline"] == "2027-06-30"
    assert goal["statement"] == "Be in bed by 10:30 on weeknights through June 30, 2027"


def test_a_money_goal_is_asked_how_much_a_month_not_hours(isolated_home):
    child = _spawn(["add", "Save $5,000 for a practice fund by June 30, 2028"], isolated_home)
    # the amount offered as the number to log against (trial 9): Enter takes it
    _answer(child, [(r"A number to log progress against \(clear the line to skip\): \$5,000", ""),
                    (r"Your plan and what you'll need \(an account, a transfer, costs to cut\)", ""),
                    (r"How much a month can you put aside\? \(e.g. '\$400'\) \(Enter to skip\)", "a fair bit")])
    child.expect("Type an amount and how often")
    child.expect(r"How much a month .*\(clear the line to skip\): a fair bit")  # waits on the line
    child.sendline(CLEAR + "$400")
    seen = []
    _rest(child, seen=seen)
    shown = _flat(_finish(child))
    assert "Achievable ✔ 2/2 Realistic: $400 a month for 19 months comes to $7,600, enough for $5,000" in shown
    assert "Hours a week" not in seen
    [goal] = _goals(isolated_home)
    assert goal["plan"] == "set aside $400 a month" and goal["hours_per_week"] is None
    assert goal["score"]["criteria"]["achievable"]["score"] == 2
    assert (goal["measure"]["target"], goal["measure"]["unit"]) == (5000, "dollars")


def test_a_stop_doing_goal_is_asked_what_makes_it_hard_not_hours(isolated_home):
    child = _spawn(["add", "No work email after 7pm"], isolated_home)
    _answer(child, [("By when", "end of year"),
                    (r"every night from .* is \d+ nights", ""),  # a boundary's nights are offered (trial 23 #9)
                    (r"What could make it hard to keep, and how will you handle it\? \(Enter to skip\)",
                     "late sessions: an auto-reply from 7pm")])
    seen = []
    _rest(child, seen=seen)
    _finish(child)
    assert "Hours a week" not in seen and "Your plan" not in seen
    [goal] = _goals(isolated_home)
    assert goal["plan"] == "late sessions: an auto-reply from 7pm" and goal["hours_per_week"] is None
