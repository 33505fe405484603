"""Trial 21 #15 (an Illinois LPC): a one-line `goals add` whose sentence names a relative
deadline ("by next June") stored it as typed, wrong after January. The goal says the date
written out, as guided add writes it, says so, and keeps the sentence as typed in its history."""

from __future__ import annotations


def test_a_relative_deadline_in_a_one_line_add_is_written_out(run):
    typed = "Pay off my $4,500 credit card by next June so my family has a cushion"
    result = run("add", typed, "--json")
    assert result.code == 0, result
    goal = result.json()
    assert goal["deadline"] == "2026-06-30"  # (the tests' today is May 13, 2026)
    assert goal["statement"] == "Pay off my $4,500 credit card by June 30, 2026, so my family has a cushion"
    assert "read from 'by next June', written out in the goal as 'June 30, 2026'" in result.err
    [change] = [e for e in run("history", str(goal["id"]), "--json").json() if e.get("field") == "statement"]
    assert change["old"] == typed and "'by next June' written out" in change["reason"]


def test_a_deadline_typed_with_its_year_stays_as_typed(run):
    result = run("add", "Pass the NCE by 6/30/2027", "--json")
    assert result.code == 0, result
    assert result.json()["statement"] == "Pass the NCE by 6/30/2027"
    assert [e["field"] for e in run("history", "1", "--json").json()] == ["status"]
