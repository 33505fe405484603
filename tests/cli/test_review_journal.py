"""`goals review` (summary, answers, history, reminder) and `goals journal`."""

from __future__ import annotations

import json
import sys

import pytest

DIGEST_KEYS = {"since", "until", "last_review", "review_due", "completed", "progress", "ce", "due_soon",
               "overdue", "stale"}


@pytest.fixture
def two_goals(run, add):
    first = add("Pass the NCE", "2026-05-20", "--target", "1", "--unit", "exam")
    second = add("Complete 20 CE hours", "2026-12-31", "--target", "20", "--unit", "hours")
    return first["id"], second["id"]


def test_summary_json_contract(run, two_goals):
    run("log", two_goals[1], "4")
    result = run("review", "--summary", "--json")
    assert result.code == 0, result
    data = result.json()
    assert DIGEST_KEYS <= data.keys()
    assert data["last_review"] is None and isinstance(data["review_due"], bool)
    assert [g["id"] for g in data["due_soon"]] == [two_goals[0]]
    assert {"id", "title", "deadline", "measure", "score"} <= data["due_soon"][0].keys()  # goal objects
    assert [p["value"] for p in data["progress"]] == [4]
    pretty = run("review", "--summary")
    assert pretty.code == 0 and "Due in the next 14 days" in pretty.out


def test_review_needs_a_terminal_or_answers(run, two_goals):
    result = run("review")
    assert result.code == 1
    assert "--summary" in result.err and "--answers" in result.err


def _answers(tmp_path, data, name="answers.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data) if name.endswith(".json") else data)
    return path


def test_review_from_answers_logs_progress_decides_and_reflects(run, two_goals, tmp_path):
    first, second = two_goals
    path = _answers(tmp_path, {"achieved": "Booked the exam", "obstacles": "Busy week", "still_care": "Yes",
                               "focus": "Ethics CE", "energy": 3, "stress": 4,
                               "goals": {str(first): {"progress": None, "decision": "done"},
                                         str(second): {"progress": 6, "decision": "keep"}}})
    result = run("review", "--answers", path)
    assert result.code == 0, result
    assert run("show", first, "--json").json()["status"] == "done"
    assert run("show", second, "--json").json()["measure"]["current"] == 6
    [entry] = run("journal", "list", "--kind", "reflection", "--json").json()
    assert entry["focus"] == "Ethics CE" and entry["energy"] == 3 and entry["stress"] == 4
    assert sorted(entry["goals"]) == sorted(two_goals)
    history = run("review", "--history", "--json").json()
    assert len(history["reviews"]) == 1 and history["streak"] == 1
    summary = run("review", "--summary", "--json").json()
    assert summary["last_review"] == "2026-05-13" and summary["review_due"] is False


def test_review_answers_in_toml(run, two_goals, tmp_path):
    path = _answers(tmp_path, f'achieved = "Studied"\nenergy = 2\n[goals.{two_goals[1]}]\nprogress = 2.5\ndecision = "pause"\n',
                    "answers.toml")
    assert run("review", "--answers", path).code == 0
    shown = run("show", two_goals[1], "--json").json()
    assert shown["status"] == "paused" and shown["measure"]["current"] == 2.5


@pytest.mark.parametrize("data,message", [
    ({"energy": 9}, "energy must be"),
    ({"goals": {"99": {"decision": "keep"}}}, "No goal with id 99"),
    ({"goals": {"1": {"decision": "keep"}, "2": {"decision": "explode"}}}, "decision must be"),
])
def test_bad_answers_change_nothing(run, two_goals, tmp_path, data, message):
    result = run("review", "--answers", _answers(tmp_path, data))
    assert result.code == 1 and message in result.err
    assert run("review", "--history", "--json").json()["reviews"] == []
    assert run("show", two_goals[0], "--json").json()["status"] == "active"


def test_review_answers_with_client_details_need_yes(run, two_goals, tmp_path):
    path = _answers(tmp_path, {"achieved": "Helped client Maria Lopez", "goals": {}})
    result = run("review", "--answers", path)
    assert result.code == 1 and "may identify a client" in result.err
    assert run("review", "--history", "--json").json()["reviews"] == []
    assert run("review", "--answers", path, "--yes").code == 0


def test_reminder_once_a_day_and_can_be_turned_off(run, add, monkeypatch):
    add("Pass the NCE", "2026-12-31", "--start", "2026-04-01")  # first goal: a review was due 2026-04-08
    first = run("list")
    assert "reminder: your weekly review is due" in first.err
    assert "reminder" not in run("list").err  # at most once a day
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-05-14")
    assert run("settings", "set", "review.reminder", "off").code == 0
    assert "reminder" not in run("list").err


def test_settings(run):
    assert run("settings", "set", "review.rhythm", "every 10 days").code == 0
    assert run("settings", "show", "--json").json() == {"review.rhythm": "10", "review.reminder": "on"}
    assert run("settings", "set", "review.rhythm", "sometimes").code == 1
    assert run("settings", "set", "colour", "blue").code == 1


# --- the journal ----------------------------------------------------------------------------

def test_journal_add_list_show_edit_delete(run, two_goals):
    first, _ = two_goals
    added = run("journal", "Felt grounded in group; the DBT module landed", "--goal", first, "--tag", "group",
                "--json")
    assert added.code == 0, added
    entry = added.json()
    assert entry["kind"] == "note" and entry["goals"] == [first] and entry["tags"] == ["group"]
    assert run("journal", "Supervisor: my conceptualisation is clearer", "--feedback", "supervisor",
               "--date", "yesterday").code == 0
    listed = run("journal", "list", "--json").json()
    assert [e["kind"] for e in listed] == ["note", "supervisor"]  # newest first
    assert [e["id"] for e in run("journal", "list", "--kind", "supervisor", "--json").json()] == [listed[1]["id"]]
    assert [e["id"] for e in run("journal", "list", "--search", "dbt", "--json").json()] == [entry["id"]]
    assert [e["id"] for e in run("journal", "list", "--goal", first, "--json").json()] == [entry["id"]]
    assert [e["id"] for e in run("journal", "list", "--tag", "GROUP", "--json").json()] == [entry["id"]]
    assert run("journal", "list", "--since", "today", "--json").json()[0]["id"] == entry["id"]
    assert len(run("journal", "list", "--since", "today", "--json").json()) == 1
    assert run("journal", "show", entry["id"], "--json").json()["text"].startswith("Felt grounded")
    assert run("journal", "edit", entry["id"], "--text", "Felt grounded in group", "--tag", "dbt").code == 0
    edited = run("journal", "show", entry["id"], "--json").json()
    assert edited["text"] == "Felt grounded in group" and edited["tags"] == ["dbt", "group"]
    assert run("journal", "delete", entry["id"]).code == 1  # needs --yes without a terminal
    assert run("journal", "delete", entry["id"], "--yes").code == 0
    assert run("journal", "show", entry["id"]).code == 1


@pytest.mark.parametrize("args,message", [
    (["journal"], "No entry given"),
    (["journal", "  "], "empty"),
    (["journal", "x", "--date", "tomorrow"], "in the future"),
    (["journal", "x", "--goal", "99"], "No goal with id 99"),
    (["journal", "list", "--kind", "diary"], "Unknown kind"),
    (["journal", "show", "5"], "No journal entry with id 5"),
    (["journal", "Call back at 512-555-0147"], "may identify a client"),
])
def test_journal_bad_input(run, args, message):
    result = run(*args)
    assert result.code == 1 and message in result.err, result
    assert run("journal", "list", "--json").json() == []


def _fake_editor(tmp_path, body: str, status: int = 0) -> str:
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys\n"
        f"body = {body!r}\n"
        "if body is not None:\n"
        "    open(sys.argv[1], 'w').write(body)\n"
        f"sys.exit({status})\n")
    return f"{sys.executable} {script}"


@pytest.mark.parametrize("body,status,saved,message", [
    ("A steadier week.\n# a comment line\n", 0, True, "Saved journal entry"),
    (None, 0, False, "left unchanged"),
    ("# only comments\n\n", 0, False, "empty"),
    ("Something", 3, False, "exited with status 3"),
])
def test_journal_in_the_editor(run, tmp_path, monkeypatch, body, status, saved, message):
    monkeypatch.setenv("EDITOR", _fake_editor(tmp_path, body, status))
    monkeypatch.setattr("clingoals.cli.journal.interactive", lambda: True)
    result = run("journal", input="\n")  # the kind asked first: Enter is a note
    assert message in result.err, result
    entries = run("journal", "list", "--json").json()
    assert (len(entries) == 1) is saved
    if saved:
        assert entries[0]["text"] == "A steadier week."
        assert result.code == 0
    else:
        assert result.code == 1


@pytest.mark.parametrize("answers,kind", [("\n", "note"), ("s\n", "supervisor"), ("feedback from a peer\n", "peer"),
                                           ("boss\nclient\n", "client")])
def test_the_guided_journal_asks_the_kind_as_feedback_would_say_it(run, tmp_path, monkeypatch, answers, kind):
    monkeypatch.setenv("EDITOR", _fake_editor(tmp_path, "Slow down before interpreting.\n", 0))
    monkeypatch.setattr("clingoals.cli.journal.interactive", lambda: True)
    result = run("journal", input=answers)
    assert result.code == 0, result
    [entry] = run("journal", "list", "--json").json()
    assert entry["kind"] == kind


def test_journal_list_shows_the_newest_50_and_says_so(run):
    for n in range(55):
        assert run("journal", f"Entry number {n}").code == 0
    result = run("journal", "list")
    assert result.code == 0 and "Showing the newest 50 of 55" in result.err
    assert len(run("journal", "list", "--json").json()) == 55
    assert len(run("journal", "list", "--limit", "3", "--json").json()) == 3
    assert "Showing" not in run("journal", "list", "--limit", "0").err
    assert run("journal", "list", "--limit", "-1").code == 1


def test_the_same_answers_applied_twice_on_one_day_count_once(run, two_goals, tmp_path):
    first, second = two_goals
    path = _answers(tmp_path, {"focus": "Ethics CE", "goals": {str(second): {"progress": 6, "decision": "keep"},
                                                              str(first): {"progress": 1, "decision": "done"}}})
    assert run("review", "--answers", path).code == 0
    again = run("review", "--answers", path, "--json")
    assert again.code == 0, again
    data = again.json()
    assert data["updated"] is True and data["replaced_progress"] == 2
    assert run("show", second, "--json").json()["measure"]["current"] == 6           # counted once
    assert len(run("show", second, "--json").json()["progress_log"]) == 1
    assert run("show", first, "--json").json()["status"] == "done"
    assert len(run("review", "--history", "--json").json()["reviews"]) == 1           # one review
    assert len(run("journal", "list", "--kind", "reflection", "--json").json()) == 1   # one reflection
    said = run("review", "--answers", path)
    assert said.code == 0 and "Updated today's review" in said.err and "replaced, not added again" in said.err


def test_answers_that_reach_the_target_point_to_done(run, two_goals, tmp_path):
    _, second = two_goals
    path = _answers(tmp_path, {"goals": {str(second): {"progress": 20}}})
    result = run("review", "--answers", path)
    assert result.code == 0, result
    assert f"Goal {second} reached its target. Mark it done: goals done {second}" in result.err


def test_answers_with_a_correction_below_zero_change_nothing(run, two_goals, tmp_path):
    _, second = two_goals
    run("log", second, "3")
    path = _answers(tmp_path, {"goals": {str(second): {"progress": -5}}})
    result = run("review", "--answers", path)
    assert result.code == 1 and "below zero" in result.err
    assert run("show", second, "--json").json()["measure"]["current"] == 3
    assert run("review", "--history", "--json").json()["reviews"] == []


def test_answers_adjust_and_tick_steps_by_number(run, add, tmp_path):
    goal = add("Pass the NCE", "2026-09-30", "--step", "Book the exam", "--step", "Practice test")
    path = _answers(tmp_path, {"goals": {str(goal["id"]): {"decision": "adjust", "deadline": "2026-10-31",
                                                           "steps_done": [2], "reason": "exam moved"}}})
    assert run("review", "--answers", path).code == 0
    shown = run("show", goal["id"], "--json").json()
    assert shown["deadline"] == "2026-10-31" and [s["done"] for s in shown["steps"]] == [False, True]
    bad = _answers(tmp_path, {"goals": {str(goal["id"]): {"steps_done": [3]}}}, name="bad.json")
    result = run("review", "--answers", bad)
    assert result.code == 1 and "no step 3" in result.err


def test_a_purged_journal_entry_leaves_the_database_file(run, isolated_home):
    secret = "Tuesday felt heavy after the Okonkwo-Baptiste consultation"
    assert run("journal", secret, "--yes").code == 0
    assert run("journal", "A quiet week; finished my notes early").code == 0
    files = [isolated_home / "goals.db", isolated_home / "goals.db-wal"]
    assert run("journal", "delete", "1", "--yes").code == 0
    assert run("journal", "list", "--json").json()[0]["id"] == 2
    assert any(secret.encode() in p.read_bytes() for p in files if p.exists())  # deleted, yet still there
    refused = run("db", "purge")
    assert refused.code == 1 and "--yes" in refused.err
    purged = run("db", "purge", "--yes", "--json")
    assert purged.code == 0, purged
    assert purged.json()["journal_entries"] == 1
    for path in files:
        if path.exists():
            assert secret.encode() not in path.read_bytes(), path
    assert [e["id"] for e in run("journal", "list", "--json").json()] == [2]
    assert run("db", "check", "--json").json()["ok"] is True


def test_export_leaves_deleted_records_out_unless_asked(run, add):
    kept, gone = add("Pass the NCE"), add("Renew my LPC")
    assert run("journal", "Supervision helped", "--goal", gone["id"]).code == 0
    assert run("journal", "A draft thought").code == 0
    assert run("delete", gone["id"], "--yes").code == 0
    assert run("journal", "delete", "2", "--yes").code == 0
    document = run("export").json()
    assert [g["uuid"] for g in document["goals"]] == [kept["uuid"]]
    assert [r["text"] for r in document["reflections"]] == ["Supervision helped"]
    assert document["reflections"][0]["goals"] == []            # no link to a goal left out
    everything = run("export", "--include-deleted").json()
    assert len(everything["goals"]) == 2 and len(everything["reflections"]) == 2


IDENTIFYING = "Saw patient Mary Jones, DOB 4/5/1980, discussed sleep"


@pytest.mark.parametrize("args", [["journal", IDENTIFYING], ["journal", "-"]])
def test_a_journal_text_stopped_without_a_terminal_is_kept_as_a_private_draft(run, isolated_home, args):
    result = run(*args, input=IDENTIFYING if args[-1] == "-" else None)
    assert result.code == 1, result
    [line] = result.err.strip().splitlines()            # one line: why, where it is, how to save it
    drafts = isolated_home / "drafts"
    [draft] = list(drafts.iterdir())
    assert "may identify a client" in line and str(draft) in line and "--yes" in line
    assert json.loads(draft.read_text())["text"] == IDENTIFYING
    assert draft.stat().st_mode & 0o777 == 0o600 and drafts.stat().st_mode & 0o777 == 0o700
    assert run("journal", "list", "--json").json() == []             # nothing in the database


def test_a_journal_edit_stopped_without_a_terminal_keeps_the_new_text_as_a_draft(run, isolated_home):
    assert run("journal", "Slept badly before the exam").code == 0
    result = run("journal", "edit", "1", "--text", IDENTIFYING)
    assert result.code == 1 and "private draft" in result.err, result
    [draft] = list((isolated_home / "drafts").iterdir())
    assert json.loads(draft.read_text())["entry_id"] == 1
    assert run("journal", "show", "1", "--json").json()["text"] == "Slept badly before the exam"
    assert run("journal", "edit", "1", "--text", IDENTIFYING, "--yes").code == 0   # --yes saves it as is
