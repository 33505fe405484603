"""credits16 item 5 at a terminal: a --profile that is part of several ids
is offered as a numbered question (cepath13 left a script's one line only)."""

from __future__ import annotations

import pexpect
import pytest

from test_paths11_pty import _end, _goals, _spawn
from test_review12_pty import _interrupt

pytestmark = pytest.mark.slow


def _numbered(child):
    child.expect("'lcsw' is part of 2 profile ids:")
    child.expect(r"1  example-nj-lcsw")
    child.expect(r"2  example-ny-lcsw")
    child.expect(r"Which one\? Type its number, 1-2 \(Enter to choose none\)")


def test_an_ambiguous_profile_is_asked_by_number_and_a_wrong_answer_asked_again(isolated_home):
    child = _spawn(isolated_home, "license", "add", "NY", "--profile", "lcsw", "--renews", "2027-03-31")
    _numbered(child)
    child.sendline("3")
    child.expect("Please type a number from 1 to 2.")
    child.expect("Which one")
    child.sendcontrol("u")  # the refused 3 waits on the line
    child.sendline("2")
    child.expect("Added license NY")
    _end(child, 0)
    [added] = _goals(isolated_home, "license", "list", "--json")
    assert added["profile_id"] == "example-ny-lcsw"


def test_enter_chooses_none_and_ctrl_c_stops_both_changing_nothing(isolated_home):
    child = _spawn(isolated_home, "license", "add", "NY", "--profile", "lcsw", "--renews", "2027-03-31")
    _numbered(child)
    child.sendline("")
    child.expect("No profile chosen: nothing changed")
    _end(child, 1)
    child = _spawn(isolated_home, "ce", "profile", "show", "lcsw")
    _numbered(child)
    _interrupt(child, "nothing was saved")
    _end(child, 1)
    assert _goals(isolated_home, "license", "list", "--json") == []
    without = _goals(isolated_home, "license", "add", "NY", "--profile", "lcsw", "--renews", "2027-03-31", code=1)
    assert without.stderr == "error: 'lcsw' matches example-nj-lcsw and example-ny-lcsw: which one? Give its full id.\n"
