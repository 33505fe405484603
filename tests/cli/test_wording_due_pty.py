"""Trial 17 B1 in a real pseudo-terminal: the composed sentence edited at the
end to name another deadline ("... by December 31, 2027") is due then, and
says so; it was saved due on the date answered earlier, under a sentence
naming another."""

from __future__ import annotations

import pytest
from test_add_trial_pty import _finish, _goals, _spawn

pytestmark = pytest.mark.slow

EDITED = "Save $10,000 for private practice startup costs by December 31, 2027"
ANSWERS = {"What exactly": "", "How will you know": "$10,000 saved", "By when": "September 30, 2027",
           "A number to log progress against": "", "How much a month": "$800 a month",
           "Your plan and what you'll need": "autopay to a separate savings account", "How confident": "7",
           "Why does it matter": "so that I can open my practice", "Which aspiration": "",
           "Keep it as personal": "n", "Step:": ""}


def test_an_edited_wording_naming_another_deadline_is_due_then(isolated_home):
    child = _spawn(["add"], isolated_home, today="2026-11-24")
    child.expect("Your goal, in one sentence")
    child.sendline("Save $10,000 for private practice startup costs")
    prompts = [*ANSWERS, "Use this sentence"]
    while True:
        index = child.expect(prompts)
        if prompts[index] == "Use this sentence":
            child.sendline("e")
            break
        child.sendline(ANSWERS[prompts[index]])
    child.expect("Your wording")
    child.expect("2027")  # the composed sentence waits on the line
    child.sendline("\x15" + EDITED)  # Ctrl-U clears it
    child.expect(r"Due 2027-12-31, as your wording says it now \(it was 2027-09-30\)")
    index = child.expect(["Save this goal", "Added goal 1"])
    if index == 0:
        child.sendline("y")
        child.expect("Added goal 1")
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["statement"] == EDITED
    assert goal["deadline"] == "2027-12-31"
