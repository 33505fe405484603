"""credits16: trial 14 C3 / trial 13 C6 (a scripted course goal gets its
hours as target; a linked CE credit's hours count toward an hours goal),
`ce import` checks provider types, a note when --provider is given without
--provider-type, an ambiguous --profile at a terminal."""

from __future__ import annotations


def test_a_scripted_course_goal_takes_the_course_hours_as_its_target_and_says_so(run):
    added = run("add", "Complete the 40-hour LPC-S supervisor training course", "--due", "2027-03-31", "--json")
    assert added.code == 0, added
    assert added.json()["measure"]["target"] == 40 and added.json()["measure"]["unit"] == "training hours"
    assert "Target 40 training hours, read from '40-hour' (--target sets another)." in added.err
    ce = run("add", "Finish a 12-hour CE course on telehealth", "--due", "2027-03-31", "--json").json()
    assert (ce["measure"]["target"], ce["measure"]["unit"]) == (12, "CE hours")
    logged = run("log", added.json()["id"], "8")
    assert logged.code == 0 and "now 8 of 40 training hours" in logged.err


def test_a_target_or_unit_given_wins_over_the_course_length(run):
    given = run("add", "Complete the 40-hour LPC-S supervisor training course", "--due", "2027-03-31",
                "--target", "30", "--unit", "hours", "--json")
    assert given.code == 0 and (given.json()["measure"]["target"], given.json()["measure"]["unit"]) == (30, "hours")
    assert "read from" not in given.err
    plain = run("add", "Walk 30-minute loops with my dog", "--due", "2027-03-31", "--json")
    assert plain.code == 0 and plain.json()["measure"]["target"] is None  # minutes are no course length
