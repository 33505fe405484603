"""Trial 3 (a New York LMHC), without a terminal: the slips the privacy check
missed ("Saw J.M. today", "Met with JM about her panic attacks", "after M.
Lopez's crisis call") are refused as a journal entry and as a review answer
(one line on stderr, exit 1, nothing saved), and when saved with --yes they
are named on stderr by `goals plan --include-journal`; a CE course title
("Ethics in Counseling: Dual Relationships") is saved silently."""

from __future__ import annotations

import json

import pytest

SLIPS = [
    ("Saw J.M. today and the repair attempt worked", "initials of someone seen ('Saw J.M.')"),
    ("Met with JM about her panic attacks", "initials of someone seen ('Met with JM')"),
    ("Checked work email Saturday after M. Lopez's crisis call", "an initial and a surname ('M. Lopez')"),
]


@pytest.mark.parametrize("text,shown", SLIPS)
def test_a_journal_entry_is_refused_naming_what_decided_it(run, text, shown):
    result = run("journal", text)
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert "may identify a client" in line and shown in line, line
    assert run("journal", "list", "--json").json() == []


@pytest.mark.parametrize("text,shown", SLIPS)
def test_a_review_answer_is_refused_and_nothing_is_saved(run, tmp_path, text, shown):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"achieved": text, "goals": {}}))
    result = run("review", "--answers", path)
    assert result.code == 1 and "may identify a client" in result.err and shown in result.err, result
    assert run("review", "--history", "--json").json()["reviews"] == []


def test_the_plan_names_each_flagged_entry_on_stderr(run, tmp_path):
    for text, _ in SLIPS:
        assert run("journal", text, "--yes").code == 0
    out = tmp_path / "plan.md"
    plan = run("plan", "--include-journal", "--out", out)
    assert plan.code == 0, plan
    warnings = [line for line in plan.err.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 3 and all(shown in line for line, (_, shown) in zip(warnings, SLIPS[::-1])), plan.err
    assert "Saw J.M. today" in out.read_text()


@pytest.mark.parametrize("title", ["Ethics in Counseling: Dual Relationships", "Ethics: Dual Relationships"])
def test_a_ce_course_title_with_a_plural_noun_is_saved(run, title):
    result = run("ce", "add", title, "--hours", "3", "--date", "2026-05-01", "--format", "live-online", "--json")
    assert result.code == 0, result
    assert "may identify a client" not in result.err
    assert [c["title"] for c in run("ce", "list", "--json").json()] == [title]
