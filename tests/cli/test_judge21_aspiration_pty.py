"""judge2 (session 12, trial of an Ohio LISW) in a real pseudo-terminal: an
aspiration typed with a word the card doesn't know but almost does
("finacial wellness") is offered spelled as meant, by `goals aspiration add`
and by guided add's aspiration question; no keeps it as typed."""

from __future__ import annotations

import json

import pytest
from test_add_trial_pty import _answer, _finish, _run, _spawn

pytestmark = pytest.mark.slow


def _names(home):
    return [a["name"] for a in json.loads(_run(["aspiration", "list", "--json"], home).stdout)]


def test_aspiration_add_offers_the_name_spelled_as_meant(isolated_home):
    child = _spawn(["aspiration", "add", "finacial wellness"], isolated_home)
    _answer(child, [(r"Did you mean 'financial wellness'\? \(no: 'finacial wellness' is added as typed\) \[Y/n\]", "")])
    child.expect("Added aspiration 1: financial wellness")
    _finish(child)
    child = _spawn(["aspiration", "add", "finacial wellness"], isolated_home)  # now the one declared
    _answer(child, [(r"Did you mean 'financial wellness'", "")])
    child.expect("Nothing added: 'financial wellness' is already one of your aspirations")
    _finish(child)
    child = _spawn(["aspiration", "add", "trauma specialst"], isolated_home)
    _answer(child, [(r"Did you mean 'trauma specialist'\?", "n")])
    child.expect("Added aspiration 2: trauma specialst")
    _finish(child)
    assert _names(isolated_home) == ["financial wellness", "trauma specialst"]


def test_guided_add_offers_a_new_aspiration_spelled_as_meant(isolated_home):
    assert _run(["aspiration", "add", "rested and healthy"], isolated_home).returncode == 0
    child = _spawn(["add"], isolated_home, today="2026-11-24")
    _answer(child, [("Your goal, in one sentence", "Pay off my Discover card, $3,800 left, by August 31, 2027")])
    # each question matched through its end, so no part of it is left to match as another
    prompts = [r"Which aspiration does it serve[^\n]*skip\): ",
               r"Did you mean 'financial wellness'\? \(no: 'finacial wellness' is added as typed\) \[Y/n\]",
               r"Use this sentence[^\n]*: ", r"Keep it as personal\? \[Y/n\]", r"Step: ",
               r"\(Enter to skip\): ", "Added goal 1", r"How much a month[^\n]*skip\): ",
               r"Your plan[^\n]*skip\): ", r"A number to log progress against[^\n]*: ",
               r"Why does it matter[^\n]*skip\): "]
    answers = {0: "finacial wellness", 1: "", 2: "a", 3: "y", 7: "$450", 8: "autopay", 9: "\x15"}
    seen = set()
    while (index := child.expect(prompts)) != 6:
        seen.add(index)
        child.sendline(answers.get(index, ""))
    _finish(child)
    assert {0, 1} <= seen
    assert _names(isolated_home) == ["financial wellness", "rested and healthy"]
    [goal] = json.loads(_run(["list", "--all", "--json"], isolated_home).stdout)
    assert goal["aspirations"] == ["financial wellness"]


def test_without_a_terminal_a_misspelled_name_is_refused_unless_yes(isolated_home):
    refused = _run(["aspiration", "add", "finacial wellness"], isolated_home)
    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines() == [
        "error: 'finacial wellness' has a word spelled almost like one the card knows: did you mean "
        "'financial wellness'? Nothing added (--yes adds it as typed)."]
    assert _names(isolated_home) == []
    assert _run(["aspiration", "add", "finacial wellness", "--yes"], isolated_home).returncode == 0
    assert _run(["aspiration", "add", "a present parent"], isolated_home).returncode == 0  # every word known
    assert _names(isolated_home) == ["a present parent", "finacial wellness"]
