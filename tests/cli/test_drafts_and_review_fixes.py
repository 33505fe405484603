"""New-user trial 3, items 8, 11-13 and 24, through the commands: private
drafts listed and discarded (and purged), the drafts reminder after a saved
entry only, a review's answers merged when applied again the same day, the
digest's window, and the review history starting when you did."""

from __future__ import annotations

import json

import pytest

CLIENT_TEXTS = ("Session with Mr. Johnson, DOB 3/4/1988, went well",
                "The Garcia family called 512-555-0199 about the schedule")


def _drafts(home):
    folder = home / "drafts"
    return sorted(p for p in folder.glob("*.json")) if folder.is_dir() else []


def _one_error_line(result):
    lines = result.err.strip().splitlines()
    return len(lines) == 1 and lines[0].startswith("error: ")


@pytest.fixture
def two_journal_drafts(run, isolated_home):
    for text in CLIENT_TEXTS:  # no terminal: the privacy stop keeps each as a draft
        kept = run("journal", text)
        assert kept.code == 1 and "Kept as a private draft" in kept.err
    assert len(_drafts(isolated_home)) == 2
    return isolated_home


def test_journal_drafts_lists_every_draft_numbered_with_the_command_that_continues_it(run, two_journal_drafts):
    listed = run("journal", "drafts", "--json")
    assert listed.code == 0, listed
    rows = listed.json()
    assert [(r["number"], r["kind"], r["continue_with"]) for r in rows] == [
        (1, "journal", "goals journal"), (2, "journal", "goals journal")]
    assert rows[0]["preview"].startswith("Session with Mr. Johnson")
    shown = run("journal", "drafts")
    assert shown.code == 0 and "Garcia" in shown.out and "--discard N" in shown.out


def test_a_draft_is_discarded_by_number_and_a_wrong_number_changes_nothing(run, two_journal_drafts):
    home = two_journal_drafts
    wrong = run("journal", "drafts", "--discard", "3", "--yes")
    assert wrong.code == 1 and _one_error_line(wrong) and "No draft 3" in wrong.err
    assert len(_drafts(home)) == 2
    unconfirmed = run("journal", "drafts", "--discard", "1")            # no terminal, no --yes
    assert unconfirmed.code == 1 and "--yes" in unconfirmed.err and len(_drafts(home)) == 2
    gone = run("journal", "drafts", "--discard", "1", "--yes", "--json")
    assert gone.code == 0, gone
    assert [d["preview"][:20] for d in gone.json()] == ["Session with Mr. Joh"]
    [left] = _drafts(home)
    assert "Garcia" in left.read_text() and not any("Johnson" in p.read_text() for p in _drafts(home))
    assert run("journal", "drafts", "--discard-all", "--yes").code == 0
    assert _drafts(home) == [] and run("journal", "drafts", "--json").json() == []


def test_db_purge_removes_drafts_and_says_so(run, two_journal_drafts):
    home = two_journal_drafts
    refused = run("db", "purge")
    assert refused.code == 1 and "2 private drafts" in refused.err and len(_drafts(home)) == 2
    purged = run("db", "purge", "--yes", "--json")
    assert purged.code == 0, purged
    assert purged.json()["drafts"] == 2
    assert _drafts(home) == []
    for path in home.rglob("*"):
        if path.is_file():
            assert b"Johnson" not in path.read_bytes() and b"Garcia" not in path.read_bytes(), path
    said = run("db", "purge", "--yes")
    assert said.code == 0 and "no drafts" in said.err


def test_the_drafts_reminder_never_comes_before_an_error_and_says_it_once_a_day(run, two_journal_drafts,
                                                                                 monkeypatch):
    failed = run("journal", "Good day", "--goal", "99")
    assert failed.code == 1 and _one_error_line(failed), failed.err
    saved = run("journal", "Good day")
    assert saved.code == 0, saved
    assert "You have 2 private journal drafts;" in saved.err and "draft(s)" not in saved.err
    again = run("journal", "Another good day")
    assert again.code == 0 and "private journal draft" not in again.err    # not on every command
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-05-14")
    next_day = run("journal", "A third good day")
    assert next_day.code == 0 and "You have 2 private journal drafts" in next_day.err


def test_one_draft_is_said_in_the_singular(run, isolated_home):
    assert run("journal", CLIENT_TEXTS[0]).code == 1
    saved = run("journal", "Good day")
    assert saved.code == 0 and "You have 1 private journal draft;" in saved.err


# --- the review ---------------------------------------------------------------------------

def _answers(tmp_path, name, data):
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def test_answers_applied_again_the_same_day_merge_and_say_what_they_replaced(run, add, tmp_path):
    goal = add("Complete 20 CE hours", "2026-12-31", "--target", "20", "--unit", "hours")
    first = _answers(tmp_path, "first.json", {
        "achieved": "Did 3 hours", "obstacles": "Two cancellations", "still_care": "Yes, all of them",
        "focus": "Ethics course", "energy": 3, "goals": {str(goal["id"]): {"progress": 3}}})
    assert run("review", "--answers", first).code == 0
    second = _answers(tmp_path, "second.json", {"achieved": "Did 3 hours", "focus": "Finish the ethics course",
                                                "energy": 4})
    again = run("review", "--answers", second)
    assert again.code == 0, again
    assert "Focus for next week, Energy" in again.err and "keep what you typed earlier" in again.err
    as_json = run("review", "--answers", second, "--json")
    assert as_json.code == 0 and as_json.json()["replaced_answers"] == []     # same answers: nothing replaced
    [entry] = run("journal", "list", "--kind", "reflection", "--json").json()
    assert (entry["obstacles"], entry["still_care"]) == ("Two cancellations", "Yes, all of them")  # kept
    assert (entry["focus"], entry["energy"], entry["stress"]) == ("Finish the ethics course", 4, None)
    assert "What got in the way: Two cancellations" in entry["text"]
    assert run("show", goal["id"], "--json").json()["measure"]["current"] == 3     # progress counted once
    assert len(run("review", "--history", "--json").json()["reviews"]) == 1


def test_the_digest_lists_due_goals_again_the_same_day_and_starts_after_the_last_review(
        run, add, tmp_path, monkeypatch):
    due = add("Pass the NCE", "2026-05-20", "--step", "Book the exam")
    hours = add("Complete 20 CE hours", "2026-12-31", "--target", "20", "--unit", "hours")
    assert run("log", hours["id"], "2").code == 0
    answers = _answers(tmp_path, "a.json", {"focus": "Study", "goals": {
        str(due["id"]): {"decision": "keep"}, str(hours["id"]): {"progress": 3}}})
    assert run("review", "--answers", answers).code == 0
    same_day = run("review", "--summary", "--json").json()
    assert [g["id"] for g in same_day["due_soon"]] == [due["id"]]                 # still due: still listed
    shown = run("review", "--summary")
    assert "Nothing moved and nothing is due" not in shown.out and "Pass the NCE" in shown.out

    monkeypatch.setenv("CLINGOALS_TODAY", "2026-05-16")
    assert run("log", hours["id"], "0").code == 1                                 # zero is refused: nothing to log
    assert run("log", hours["id"], "1.5").code == 0
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-05-19")
    later = run("review", "--summary", "--json").json()
    assert [p["value"] for p in later["progress"]] == [1.5]   # not the 2 shown, not the 3 the review logged
    assert later["since"] == "2026-05-13" and later["since_review"] == "2026-05-13"
    text = run("review", "--summary").out
    assert text.startswith("Since your review of 2026-05-13") and "last review" not in text.splitlines()[0]


def test_the_review_history_starts_when_you_did(run, add, tmp_path):
    add("Pass the NCE", "2026-09-30")
    assert run("review", "--answers", _answers(tmp_path, "a.json", {"focus": "Study"})).code == 0
    shown = run("review", "--history")
    assert shown.code == 0, shown
    first_line = shown.out.splitlines()[0]
    assert "■" in first_line and "□" not in first_line                             # no week missed before you began
    assert run("review", "--history", "--json").json()["started"] == "2026-05-13"


def test_the_goal_drafts_reminder_comes_once_a_day_after_a_saved_goal(run, isolated_home, monkeypatch):
    import datetime as dt

    from clingoals.usecases import drafting

    drafting.keep_draft({"statement": "Get better at boundaries"}, today=dt.date(2026, 5, 13),
                        now="2026-05-13T09:00:00+00:00")
    failed = run("add", "Walk daily", "--due", "yesterday")
    assert failed.code == 1 and _one_error_line(failed), failed.err
    first = run("add", "Walk daily", "--due", "2026-12-31", "--personal")
    assert first.code == 0 and "You have 1 unfinished goal draft;" in first.err
    second = run("add", "Read daily", "--due", "2026-12-31", "--personal")
    assert second.code == 0 and "unfinished goal draft" not in second.err
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-05-14")
    assert "You have 1 unfinished goal draft" in run("add", "Swim weekly", "--due", "2026-12-31").err
