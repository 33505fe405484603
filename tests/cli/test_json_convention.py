"""Commands that change a record print it with --json (data on stdout only),
and say what they did on stderr without it."""

from __future__ import annotations


def test_status_step_and_aspiration_commands_print_the_record(run, add):
    goal = add()
    result = run("pause", goal["id"], "--reason", "busy", "--json")
    assert result.code == 0 and result.json()["status"] == "paused" and result.err == ""
    assert run("resume", goal["id"], "--json").json()["status"] == "active"
    step = run("step", "add", goal["id"], "Book the exam", "--due", "friday", "--json").json()
    assert step["text"] == "Book the exam" and step["due"] == "2026-05-15" and step["done"] is False
    assert run("step", "done", goal["id"], step["id"], "--json").json()["done"] is True
    assert run("aspiration", "add", "clinical supervisor", "--json").json()["name"] == "clinical supervisor"
    assert run("done", goal["id"], "--json").json()["status"] == "done"
    deleted = run("delete", goal["id"], "--yes", "--json").json()
    assert deleted == {"id": goal["id"], "title": goal["title"], "deleted": True, "reason": None}
    assert run("restore", goal["id"], "--json").json()["id"] == goal["id"]


def test_without_json_the_message_goes_to_stderr_and_stdout_stays_empty(run, add):
    goal = add()
    result = run("pause", goal["id"])
    assert result.code == 0 and result.out == "" and "is now paused" in result.err


def test_edits_of_credits_licenses_and_entries_print_the_record(run):
    assert run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-01-31").code == 0
    edited = run("license", "edit", "TX LPC", "--number", "12345", "--json")
    assert edited.code == 0 and edited.json()["number"] == "12345"
    credit = run("ce", "add", "Ethics", "--hours", "3", "--date", "2026-05-01", "--format", "in-person", "--json").json()
    changed = run("ce", "edit", credit["id"], "--hours", "4", "--json")
    assert changed.code == 0 and changed.json()["hours"] == 4
    assert run("ce", "delete", credit["id"], "--yes", "--json").json()["deleted"] is True
    assert run("ce", "restore", credit["id"], "--json").json()["id"] == credit["id"]
    entry = run("journal", "add", "A calm week of supervision", "--json").json()
    updated = run("journal", "edit", entry["id"], "--text", "A calm, good week", "--json")
    assert updated.code == 0 and updated.json()["text"] == "A calm, good week"
    assert run("settings", "set", "review.rhythm", "monthly", "--json").json() == {"review.rhythm": "monthly"}
