"""Trial 7 B4: a journal entry saved past the privacy check with --yes and then
printed by `goals plan --include-journal` gets one warning line on stderr in
every output form; the plan on stdout (or in the file) is the same document."""

from __future__ import annotations

import pytest

JAKE = "Tough week. Jake, the 15-year-old with bipolar disorder, missed again and I worried about him all weekend."
CLEAN = "Supervision helped me plan my week."


@pytest.fixture
def entries(run):
    assert run("journal", "add", JAKE).code == 1  # refused without --yes: nothing saved
    assert run("journal", "add", JAKE, "--yes").code == 0
    assert run("journal", "add", CLEAN).code == 0


def _warnings(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("warning:")]


@pytest.mark.parametrize("args", [(), ("--out", "-"), ("--format", "html", "--out", "-"), ("--json",)])
def test_each_flagged_reflection_in_the_plan_gets_one_warning_line(run, entries, args):
    plan = run("plan", "--include-journal", *args)
    assert plan.code == 0, plan
    [line] = _warnings(plan.err)
    assert line.startswith("warning: journal entry 1 (2026-05-13) may identify a client")
    assert "'Jake'" in line and "check it before you share the plan" in line
    assert "warning" not in plan.out  # the document itself is unchanged
    assert "Jake" in plan.out and "Supervision helped" in plan.out


def test_a_plan_written_to_a_file_warns_too_and_the_file_holds_only_the_plan(run, entries, tmp_path):
    out = tmp_path / "plan.md"
    plan = run("plan", "--include-journal", "--out", out)
    assert plan.code == 0, plan
    assert len(_warnings(plan.err)) == 1 and "journal entry 1 " in plan.err
    assert out.read_text() == run("plan", "--include-journal", "--out", "-").out


def test_no_journal_no_warning(run, entries):
    plan = run("plan")
    assert plan.code == 0 and not _warnings(plan.err) and "Jake" not in plan.out


def test_two_flagged_entries_two_lines(run, entries):
    assert run("journal", "add", "Session with Maria went well today; her PTSD symptoms eased.", "--yes").code == 0
    plan = run("plan", "--include-journal", "--json")
    assert plan.code == 0
    assert [f["id"] for f in plan.json()["privacy_flags"]] == [3, 1]
    assert len(_warnings(plan.err)) == 2
