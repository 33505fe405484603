"""Trial 5 items 3 and 14: `goals path start` for a California LCSW licensed
since 2022. The years since the issue date meet "2 years of post-licensure
practice", the squeeze note counts only what is left, an existing goal for
the same course is noticed, and a reworded milestone's target follows its
wording (shown on a fresh card before saving). Today is 2026-05-13."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pexpect
import pytest

from clingoals.career import target_from_wording


@pytest.fixture
def licensed_tx(run):  # Texas: the LPC-S route (49 of its 60 months licensed, the course 2, the application 1)
    assert run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-03-31",
               "--issued", "2022-03-15").code == 0


@pytest.fixture
def licensed(run):
    assert run("license", "add", "CA LCSW", "--profile", "example-ca-bbs", "--renews", "2027-03-31",
               "--issued", "2022-03-15").code == 0


def test_years_since_the_issue_date_meet_the_post_licensure_milestone(run, licensed):
    started = run("path", "start", "clinical-supervisor", "--target-date", "2027-12-31", "--yes", "--json")
    assert started.code == 0, started
    already = {a["milestone"]: a for a in started.json()["already"]}
    practice = already["Log 2 years of post-licensure clinical practice required before supervising"]
    assert (practice["status"], practice["months"], practice["since"]) == ("done", 49, "2022-03-15")
    assert "Already done (license CA LCSW issued 2022-03-15: 49 months)" in started.err
    statements = [g["statement"] for g in run("list", "--json").json()]
    assert not any("post-licensure" in s for s in statements)


def test_squeeze_note_counts_only_the_milestones_left(run, licensed_tx):
    # Left: 11 of Texas's 60 months licensed, the course (2 months) and the application (1): 14 months, and
    # 2026-08-01 leaves 3 (the national route's 24 months were done: the course and the application, 6 months)
    started = run("path", "start", "clinical-supervisor", "--target-date", "2026-08-01", "--yes")
    assert started.code == 0, started
    assert "(3 of 4 milestones) typically takes about 14 months; your target leaves 3" in started.err
    roomy = run("path", "start", "trauma-specialist", "--yes")
    assert roomy.code == 0 and "typically takes" not in roomy.err


def test_months_licensed_so_far_start_the_goal_when_not_yet_met(run):
    assert run("license", "add", "New", "--profile", "example-ca-bbs", "--renews", "2027-10-31",
               "--issued", "2025-11-20").code == 0
    started = run("path", "start", "clinical-supervisor", "--yes", "--json")
    assert started.code == 0, started
    goals = {g["statement"]: g for g in run("list", "--json").json()}
    practice = goals["Log 2 years of post-licensure clinical practice required before supervising"]
    assert practice["measure"]["baseline"] == 5 and practice["measure"]["target"] == 24


def test_an_existing_goal_for_the_same_course_is_noticed(run, add, licensed):
    mine = add("Complete the 15-hour BBS supervision training course", "2026-12-31")
    started = run("path", "start", "clinical-supervisor", "--yes", "--json")
    assert started.code == 0, started
    on_list = [a for a in started.json()["already"] if a.get("goal_id") == mine["id"]]
    assert on_list and on_list[0]["status"] == "on_list"
    assert mine["id"] in started.json()["attached_ids"]
    assert not any("40-hour" in g["statement"] for g in run("list", "--json").json())


def test_target_follows_the_wording():
    old = "Complete a 40-hour supervision training course approved by my board"
    assert target_from_wording(old, "Complete the 15-hour BBS supervision training course", 40) == ("derived", 15)
    assert target_from_wording(old, "Complete the BBS supervision course", 40) == ("ask", 40)
    assert target_from_wording("Submit my application", "Submit it early", None) == ("kept", None)
    assert target_from_wording("Log 2 years of practice", "Log 3 years of practice", 24, "months") == ("derived", 36)
    assert target_from_wording("Read the manual", "Read 3 chapters", 40) == ("kept", 40)  # never said it


def _env(home):
    env = {k: v for k, v in os.environ.items() if k not in ("EDITOR", "VISUAL", "CI", "COLUMNS")}
    return {**env, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": "2026-05-13", "NO_COLOR": "1", "TERM": "dumb"}


def _goals(home, *args):
    return subprocess.run([sys.executable, "-m", "clingoals", *args], env=_env(home), capture_output=True, text=True,
                          stdin=subprocess.DEVNULL)


@pytest.mark.slow
def test_editing_a_milestone_rescores_it_with_the_target_from_its_wording(isolated_home):
    # a state with no route of its own (the national 2 years; Texas asks 5: txsuper16)
    assert _goals(isolated_home, "license", "add", "NY LMHC", "--profile", "example-ny-lmhc", "--renews",
                  "2027-03-31", "--issued", "2022-03-15").returncode == 0
    child = pexpect.spawn(sys.executable, ["-m", "clingoals", "path", "start", "clinical-supervisor",
                                           "--target-date", "2027-12-31"],
                          env=_env(isolated_home), encoding="utf-8", timeout=30, dimensions=(50, 100))
    child.expect("Keep, edit or skip")  # the 40-hour course (licensure and its 2 years are done)
    child.sendline("e")
    child.expect("Statement")
    child.sendline("\x15Complete the 15-hour BBS supervision training course")  # Ctrl-U: the old text is on the line
    child.expect(r"Target: 15 training hours \(was 40\), from your wording")
    child.expect("Deadline")
    child.sendline("\x152027-03-31")
    child.expect("1. Complete the 15-hour BBS supervision training course")  # the card again, before saving
    child.expect("15 training hours")
    child.expect("Keep, edit or skip")  # the application
    child.sendline("k")
    child.expect("Save the long-term goal")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    goals = json.loads(_goals(isolated_home, "list", "--json").stdout)
    course = next(g for g in goals if "15-hour" in g["statement"])
    assert (course["measure"]["target"], course["measure"]["unit"], course["deadline"]) == \
        (15, "training hours", "2027-03-31")


@pytest.mark.slow
def test_a_reworded_milestone_that_drops_its_number_asks_for_the_target(isolated_home):
    # a state with no route of its own (the national 2 years; Texas asks 5: txsuper16)
    assert _goals(isolated_home, "license", "add", "NY LMHC", "--profile", "example-ny-lmhc", "--renews",
                  "2027-03-31", "--issued", "2022-03-15").returncode == 0
    child = pexpect.spawn(sys.executable, ["-m", "clingoals", "path", "start", "clinical-supervisor"],
                          env=_env(isolated_home), encoding="utf-8", timeout=30, dimensions=(50, 100))
    child.expect("Keep, edit or skip")
    child.sendline("e")
    child.expect("Statement")
    child.sendline("\x15Complete the BBS supervision training course")
    child.expect(r"Target in training hours \(now 40; 0 for none\)")
    child.sendline("fifteen")
    child.expect("'fifteen' isn't a number")
    child.sendline("\x1515")  # the refused answer waits on the line: cleared, then the number
    child.expect("Deadline")
    child.sendline("")
    child.expect("Keep, edit or skip")
    child.sendline("s")
    child.expect("Save the long-term goal")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    goals = json.loads(_goals(isolated_home, "list", "--json").stdout)
    course = next(g for g in goals if "BBS" in g["statement"])
    assert course["measure"]["target"] == 15
