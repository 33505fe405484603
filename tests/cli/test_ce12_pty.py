"""Trial 11 C1 in a real pseudo-terminal: a money goal whose first sentence
had a wrong amount, corrected at the final [e]dit to "Save $6,000 ...", gets
$6,000 offered as the number to log against, as when the sentence was right
from the start, and is saved with it."""

from __future__ import annotations

import pexpect
import pytest
from test_add_trial_pty import _answer, _finish, _goals, _spawn
from test_guided_r7_pty import CLEAR, _flat

pytestmark = pytest.mark.slow

TYPO = "Save $6 for private practice start-up costs by December 31, 2027"
FIXED = "Save $6,000 for private practice start-up costs by December 31, 2027 so that I can open my own practice"


def _to_the_wording(child, target_answer):
    """Answer up to the composed sentence and choose [e]dit; ``target_answer``
    at the number offered from the first sentence ("$6")."""
    prompts = ["A number to log progress against", "Your plan", "How much a month", "How confident",
               "Why does it matter", "Which aspiration", r"Keep it as personal\?", "Step", "Use this sentence"]
    while (index := child.expect(prompts)) < len(prompts) - 1:
        prompt = prompts[index]
        child.sendline(target_answer if prompt.startswith("A number") else "$500" if prompt == "How much a month"
                       else "so that I can open my own practice" if prompt.startswith("Why") else "")
    child.sendline("e")
    child.expect(r"Your wording \(edit it\)")
    child.sendline(CLEAR + FIXED)


def test_an_edited_wording_naming_an_amount_offers_it_when_none_was_offered(isolated_home):
    child = _spawn(["add", "Save for private practice start-up costs by December 31, 2027"], isolated_home,
                   today="2026-11-24")
    child.expect(r"A number to log progress against, e\.g\.")  # asked with no number to offer: skipped
    child.sendline("")
    _to_the_wording(child, CLEAR)
    child.expect("To log progress you need a number to count toward: your goal names \\$6,000")
    _answer(child, [("A number to log progress against", ""), (r"Save this goal\? \[Y/n\]", "y")])
    shown = _flat(_finish(child))
    assert "Added goal 1" in shown
    [goal] = _goals(isolated_home)
    assert goal["statement"] == FIXED
    assert (goal["measure"]["target"], goal["measure"]["unit"]) == (6000.0, "dollars")


def test_an_edited_wording_with_another_amount_offers_it_in_place_of_the_old_target(isolated_home):
    child = _spawn(["add", TYPO], isolated_home, today="2026-11-24")
    _to_the_wording(child, "")  # "$6" offered from the typo and taken
    child.expect("Your wording now names \\$6,000, but the number to log against is 6 dollars")
    _answer(child, [("A number to log progress against", ""), (r"Save this goal\? \[Y/n\]", "y")])
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["target"] == 6000.0


def test_a_target_declined_before_is_not_offered_again(isolated_home):
    child = _spawn(["add", TYPO], isolated_home, today="2026-11-24")
    _to_the_wording(child, CLEAR)  # "$6" offered from the first sentence: cleared, so no target wanted
    child.expect(r"Save this goal\? \[Y/n\]")
    child.sendline("y")
    shown = _finish(child)
    assert "your goal names $6,000" not in shown
    [goal] = _goals(isolated_home)
    assert goal["measure"]["target"] is None


def test_clearing_the_offer_keeps_the_target_taken_before(isolated_home):
    child = _spawn(["add", TYPO], isolated_home, today="2026-11-24")
    _to_the_wording(child, "")
    child.expect("clearing the line keeps 6")
    _answer(child, [("A number to log progress against", CLEAR), (r"Save this goal\? \[Y/n\]", "y")])
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["target"] == 6.0


def test_a_wording_accepted_as_composed_asks_no_second_target(isolated_home):
    child = _spawn(["add", TYPO], isolated_home, today="2026-11-24")
    prompts = ["A number to log progress against", "Your plan", "How much a month", "How confident",
               "Why does it matter", "Which aspiration", r"Keep it as personal\?", "Step", "Use this sentence"]
    seen = []
    while (index := child.expect(prompts)) < len(prompts) - 1:
        seen.append(prompts[index])
        child.sendline("$500" if prompts[index] == "How much a month" else
                       "so that I can open my own practice" if prompts[index].startswith("Why") else "")
    child.sendline("a")
    child.expect(["Added goal 1", pexpect.TIMEOUT])
    shown = _finish(child)
    assert seen.count("A number to log progress against") == 1 and "Your wording now names" not in shown
    [goal] = _goals(isolated_home)
    assert goal["measure"]["target"] == 6.0


# --- C6: a path milestone with no target, reworded to name one ---------------------------------

from test_path10_pty import _goals as _run_goals  # noqa: E402
from test_path10_pty import _license, _said  # noqa: E402
from test_path10_pty import _spawn as _spawn_path  # noqa: E402

LMSWS = "Begin supervising 2 LMSWs toward licensure at my agency by the end of 2027"


def _start_and_edit(home, wording):
    _license(home, "NY LMHC", "example-ny-lmhc")  # national route (Texas has its own): licensure, 2 years done
    child = _spawn_path(home, "path", "start", "clinical-supervisor")
    child.expect("Keep, edit or skip")   # the 40-hour course
    child.sendline("k")
    child.expect("Keep, edit or skip")   # the designation application: no target
    child.sendline("e")
    child.expect("Statement")
    child.sendline(CLEAR + wording)
    return child


def _saved(child, home, wording, *, then=None):
    child.expect("Deadline")
    child.sendline("")
    if then:
        child.expect(then)
    child.expect(r"Save the long-term goal and 2 step goals\?")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    goals = {g["statement"]: g for g in _run_goals(home, "list", "--json")}
    return goals[wording]


def test_a_milestone_with_no_target_reworded_to_name_2_lmsws_is_saved_with_2(isolated_home):
    child = _start_and_edit(isolated_home, LMSWS)
    child.expect(_said("Deadline from your wording ('by the end of 2027'): 2027-12-31."))
    goal = _saved(child, isolated_home, LMSWS, then=_said("Target: 2 LMSWs, from your wording."))
    assert (goal["measure"]["target"], goal["measure"]["unit"]) == (2, "LMSWs")
    assert "path:clinical-supervisor:4" in goal["tags"]


def test_a_milestone_reworded_without_an_amount_keeps_no_target(isolated_home):
    wording = "Start supervising my first associate and notify the board"
    child = _start_and_edit(isolated_home, wording)
    goal = _saved(child, isolated_home, wording)
    assert goal["measure"]["target"] is None
