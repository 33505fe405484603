"""Trial 8 (data8): a review's goals travel in exports, a done goal can be
reopened, CE credits say which cycle they count in, a CE CSV from another
home imports without its goal links, history in time order, a goal lists
its linked credits, and small polish."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def on_day(monkeypatch):
    """Set the one clock's day (CLINGOALS_TODAY)."""
    return lambda day: monkeypatch.setenv("CLINGOALS_TODAY", day)


def _review(run, tmp_path, goals: dict, name="answers.json", **extra):
    answers = tmp_path / name
    answers.write_text(json.dumps({"achieved": "a good week", "energy": 4, "focus": "rest", **extra,
                                   "goals": {str(k): v for k, v in goals.items()}}))
    result = run("review", "--answers", answers)
    assert result.code == 0, result
    return result


# B1 -------------------------------------------------------------------------------------------------

def test_a_finished_reviews_goals_survive_export_and_import(run, add, tmp_path, monkeypatch):
    """Trial 8 B1: review --history showed Goals 4 before and 0 after a round trip."""
    for title in ("Run twice a week", "Save for the practice", "Sleep seven hours"):
        add(title, "2026-12-31", "--target", "10", "--unit", "things")
    _review(run, tmp_path, {1: {"decision": "keep", "progress": 1}, 2: {"decision": "adjust", "target": 12},
                            3: {"decision": "pause"}})
    before = run("review", "--history", "--json")
    assert before.code == 0 and [r["goals"] for r in before.json()["reviews"]] == [3]
    out = tmp_path / "all.json"
    assert run("export", "--out", out).code == 0
    [review] = json.loads(out.read_text())["reviews"]
    assert sorted(g["decision"] for g in review["reviewed_goals"]) == ["adjust", "keep", "pause"]

    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "fresh"))
    imported = run("import", out)
    assert imported.code == 0, imported
    after = run("review", "--history", "--json")
    assert after.code == 0 and after.json() == before.json()
    # the imported review is finished with every goal confirmed: nothing is asked again today
    assert run("export", "--out", tmp_path / "again.json").code == 0
    again = json.loads((tmp_path / "again.json").read_text())
    assert again["reviews"] == json.loads(out.read_text())["reviews"]


def test_a_file_without_a_reviews_goals_still_imports(run, add, tmp_path, monkeypatch):
    add("Run twice a week", "2026-12-31")
    _review(run, tmp_path, {1: {"decision": "keep"}})
    out = tmp_path / "all.json"
    assert run("export", "--out", out).code == 0
    document = json.loads(out.read_text())
    del document["reviews"][0]["reviewed_goals"]  # as files written before this was exported
    out.write_text(json.dumps(document))
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "fresh"))
    assert run("import", out).code == 0
    assert [r["goals"] for r in run("review", "--history", "--json").json()["reviews"]] == [0]


def test_a_deleted_goal_stays_out_of_a_reviews_goals(run, add, tmp_path):
    add("Run twice a week", "2026-12-31")
    add("Walk", "2026-12-31")
    _review(run, tmp_path, {1: {"decision": "keep"}, 2: {"decision": "keep"}})
    assert run("delete", "2", "--yes").code == 0
    out = tmp_path / "all.json"
    assert run("export", "--out", out).code == 0
    document = json.loads(out.read_text())
    assert [g["goal_uuid"] for g in document["reviews"][0]["reviewed_goals"]] == [document["goals"][0]["uuid"]]
    assert run("export", "--out", tmp_path / "deleted.json", "--include-deleted").code == 0
    assert len(json.loads((tmp_path / "deleted.json").read_text())["reviews"][0]["reviewed_goals"]) == 2


@pytest.mark.parametrize("damage, message", [
    (lambda r: r["reviewed_goals"].append(dict(r["reviewed_goals"][0])), "lists this goal twice"),
    (lambda r: r["reviewed_goals"][0].update(decision="maybe"), "decision: 'maybe' is not one of"),
    (lambda r: r["reviewed_goals"][0].update(goal_uuid="nope"), "goal_uuid: 'nope' is not one of the file's goals"),
])
def test_a_bad_review_goal_imports_nothing(run, add, tmp_path, monkeypatch, damage, message):
    add("Run twice a week", "2026-12-31")
    _review(run, tmp_path, {1: {"decision": "keep"}})
    out = tmp_path / "all.json"
    assert run("export", "--out", out).code == 0
    document = json.loads(out.read_text())
    damage(document["reviews"][0])
    out.write_text(json.dumps(document))
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "fresh"))
    result = run("import", out)
    assert result.code == 1 and message in result.err and "Nothing was imported" in result.err, result
    assert run("list", "--json").json() == []


def test_csv_export_gives_a_reviews_goals_their_own_file(run, add, tmp_path):
    import csv

    add("Run twice a week", "2026-12-31")
    _review(run, tmp_path, {1: {"decision": "keep"}})
    assert run("export", "--format", "csv", "--out", tmp_path / "csv").code == 0
    [row] = list(csv.DictReader(open(tmp_path / "csv" / "reviewed_goals.csv")))
    [review] = list(csv.DictReader(open(tmp_path / "csv" / "reviews.csv")))
    assert row["review_uuid"] == review["uuid"] and row["decision"] == "keep" and "reviewed_goals" not in review


# B2 -------------------------------------------------------------------------------------------------

def test_a_goal_marked_done_by_mistake_reopens_with_resume(run, add):
    """Trial 8 B2: done on a goal at 2 of 26 runs could not be undone (resume and drop refused)."""
    goal = add("Run twice a week", "2026-12-31", "--target", "26", "--unit", "runs")
    assert run("log", goal["id"], "2").code == 0
    done = run("done", goal["id"], "--date", "yesterday")
    assert done.code == 0, done
    assert "target isn't reached: 2 of 26 runs" in done.err and f"Done by mistake? 'goals resume {goal['id']}' makes it active again" in done.err
    as_json = run("show", goal["id"], "--json").json()
    assert as_json["status"] == "done"

    for command in (("drop", goal["id"], "--reason", "marked done by mistake"), ("pause", goal["id"])):
        refused = run(*command)
        assert refused.code == 1 and f"'goals resume {goal['id']}' makes it active again" in refused.err, refused
        assert len(refused.err.strip().splitlines()) == 1
    assert run("show", goal["id"], "--json").json()["status"] == "done"

    reopened = run("resume", goal["id"], "--reason", "marked done by mistake", "--json")
    assert reopened.code == 0, reopened
    assert reopened.json()["status"] == "active" and reopened.json()["previous_status"] == "done"
    history = run("history", goal["id"], "--json").json()
    changes = [(h["old"], h["new"], h["reason"]) for h in history if h["kind"] == "status"]
    assert changes[-2:] == [("active", "done", None), ("done", "active", "marked done by mistake")]
    # the measured progress is still there
    assert run("show", goal["id"], "--json").json()["measure"]["current"] == 2


def test_done_on_a_reached_or_unmeasured_goal_says_nothing_more(run, add):
    reached = add("Read 2 books", "2026-12-31", "--target", "2", "--unit", "books")
    run("log", reached["id"], "2")
    done = run("done", reached["id"], "--json")
    assert done.code == 0 and done.json()["target_reached"] is True
    plain = add("Book the exam", "2026-12-31")
    message = run("done", plain["id"])
    assert message.code == 0 and "target" not in message.err
    assert run("done", plain["id"], "--json").code == 1  # already done


def test_the_transitions_live_in_one_table():
    from clingoals import goal

    assert "done" in goal.TRANSITIONS["active"]
    with pytest.raises(Exception, match="'goals resume 3' makes it active again"):
        goal.check_transition(3, "done", "paused")


# C10 ------------------------------------------------------------------------------------------------

def test_history_is_in_the_order_things_happened(run, add, on_day):
    """Trial 8 C10: a done dated yesterday carried the time it was typed and sat out of order."""
    on_day("2026-05-10")
    goal = add("Run twice a week", "2026-12-31", "--target", "26", "--unit", "runs")
    on_day("2026-05-11")
    assert run("edit", goal["id"], "--target", "24", "--reason", "fewer weeks").code == 0
    on_day("2026-05-13")
    assert run("edit", goal["id"], "--plan", "Tue and Sat", "--reason", "a buddy").code == 0
    assert run("done", goal["id"], "--date", "2026-05-12").code == 0
    history = run("history", goal["id"], "--json").json()
    assert [(h["field"], h["at"][:10]) for h in history] == [
        ("status", "2026-05-10"), ("target", "2026-05-11"), ("status", "2026-05-12"), ("plan", "2026-05-13")]
    assert history[2]["at"] == "2026-05-12"  # the day alone: the time it happened isn't known
    shown = run("history", goal["id"])
    assert shown.code == 0 and "2026-05-12  " in shown.out and "2026-05-12 0" not in shown.out


def test_a_status_change_is_not_dated_before_the_last_one(run, add):
    goal = add("Run twice a week", "2026-12-31", "--start", "2026-05-01")
    assert run("pause", goal["id"], "--date", "2026-05-10").code == 0
    refused = run("done", goal["id"], "--date", "2026-05-08")
    assert refused.code == 1 and "became paused on 2026-05-10" in refused.err, refused
    assert run("show", goal["id"], "--json").json()["status"] == "paused"
    assert run("resume", goal["id"]).code == 0
    assert run("done", goal["id"], "--date", "today").code == 0
    history = run("history", goal["id"], "--json").json()
    assert len(history[-1]["at"]) > 10  # today: the time it was typed is when it happened


# C5 -------------------------------------------------------------------------------------------------

def test_a_ce_csv_from_another_home_imports_without_its_goal_link(run, add, tmp_path, monkeypatch):
    """Trial 8 C5: one goal id the new home doesn't have rejected the whole file."""
    goal = add("Become an LPC-S", "2027-12-31")
    for title, extra in (("Ethics", ()), ("Supervisor training part 1", ("--goal", goal["id"]))):
        assert run("ce", "add", title, "--hours", "3", "--date", "2026-05-01", "--format", "in-person", *extra).code == 0
    out = tmp_path / "ce.csv"
    assert run("ce", "export", "--format", "csv", "--out", out).code == 0

    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "other"))
    imported = run("ce", "import", out, "--json")
    assert imported.code == 0, imported
    assert [(c["title"], c["goal_id"]) for c in imported.json()] == [("Ethics", None),
                                                                     ("Supervisor training part 1", None)]
    [note] = [line for line in imported.err.splitlines() if line.startswith("note:")]
    assert "the CSV's goal 1 (of the home it came from) isn't here" in note and "credit 2 (row 3)" in note
    assert "'goals ce edit 2 --goal N'" in note
    assert len(run("ce", "list", "--json").json()) == 2

    # into its own home the link comes back as it was
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "home"))
    assert run("ce", "delete", "2", "--yes").code == 0
    again = run("ce", "import", out, "--yes", "--json")
    assert again.code == 0 and again.json()[1]["goal_id"] == goal["id"] and "note:" not in again.err


# C4 -------------------------------------------------------------------------------------------------

def test_a_goal_lists_the_ce_credits_linked_to_it(run, add):
    """Trial 8 C4: `ce add --goal 5` showed nowhere."""
    goal = add("Complete the 40-hour supervisor training", "2027-09-30", "--target", "40", "--unit", "hours")
    other = add("Read a book", "2027-09-30")
    linked = run("ce", "add", "Supervisor training part 1", "--hours", "90", "--unit", "minutes", "--date",
                 "2026-05-01", "--format", "in-person", "--goal", goal["id"], "--json")
    assert linked.code == 0, linked
    assert run("ce", "add", "Ethics", "--hours", "3", "--date", "2026-05-01", "--format", "in-person").code == 0
    shown = run("show", goal["id"], "--json")
    assert shown.code == 0
    assert [(c["id"], c["title"], c["hours"]) for c in shown.json()["ce_credits"]] == [
        (linked.json()["id"], "Supervisor training part 1", 1.5)]
    assert run("show", other["id"], "--json").json()["ce_credits"] == []
    text = run("show", goal["id"])
    assert text.code == 0 and "CE credits linked to it" in text.out and "Supervisor training part 1" in text.out
    # credits16 (trial 13 C6): their hours now count by themselves, no 'goals log' needed
    assert "Their 1.5 h count toward the target" in " ".join(text.out.split())
    assert shown.json()["measure"]["current"] == 1.5 and shown.json()["ce_credit_hours"] == 1.5
    assert "CE credits linked" not in run("show", other["id"]).out


# C3, P1, P2, P3 -------------------------------------------------------------------------------------

@pytest.fixture
def tx(run, on_day):
    """Trial 8's license: TX LPC issued March 2022, renewing every 2 years, now in cycle 3."""
    on_day("2026-11-23")
    added = run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--issued", "March 2022",
                "--renews", "March 2028", "--json")
    assert added.code == 0, added
    return added


def test_an_issue_month_is_read_as_its_first_day(tx):
    """P1: "March 2022" was stored as March 31; an issue date starts something."""
    assert tx.json()["issued"] == "2022-03-01"
    assert tx.json()["cycle_number"] == 3
    # P2: one example-profile note, not two
    assert tx.err.count("example profile") == 1, tx.err


def test_license_history_lists_every_cycle_since_the_issue_date(run, tx):
    """C3: cycle 1 (2022 -> 2024) was missing though the README says each cycle."""
    cycles = run("license", "history", "TX LPC", "--json").json()["cycles"]
    assert [(c["cycle_number"], c["cycle_start"], c["cycle_end"]) for c in cycles] == [
        (3, "2026-04-01", "2028-03-31"), (2, "2024-04-01", "2026-03-31"), (1, "2022-03-01", "2024-03-31")]
    assert [c["outcome"]["recorded"] for c in cycles] == [True, False, False]


def test_a_back_dated_credit_says_which_cycle_it_counts_in(run, tx):
    """C3: a credit dated last year went into the ended cycle 2 without a word."""
    added = run("ce", "add", "Webinar: telehealth basics", "--hours", "90", "--unit", "minutes", "--date",
                "last year", "--format", "live-online", "--json")
    assert added.code == 0, added
    assert [(c["license"], c["cycle_number"], c["where"]) for c in added.json()["cycles"]] == [("TX LPC", 2, "ended")]
    assert "counts in cycle 2 (2024-04-01 → 2026-03-31), which has ended, not in the current one" in added.err
    [_, ended, _] = run("license", "history", "TX LPC", "--json").json()["cycles"]
    assert ended["counted_hours"] == 1.5 and ended["outcome"]["recorded_after_end"] is True
    assert ended["outcome"]["text"].startswith("as far as recorded (its credits were added after it ended): short by")

    now = run("ce", "add", "Ethics", "--hours", "3", "--date", "2026-11-01", "--format", "live-online", "--json")
    assert now.code == 0 and [c["where"] for c in now.json()["cycles"]] == ["current"]
    assert "note:" not in now.err

    before = run("ce", "add", "Old", "--hours", "1", "--date", "2021-06-01", "--format", "live-online")
    assert before.code == 0 and "before TX LPC's first cycle (from 2022-03-01)" in before.err
    assert "for every license (yours: TX LPC)" in before.err  # P3: not "for every license" alone


def test_a_credit_without_a_license_says_so(run):
    added = run("ce", "add", "Ethics", "--hours", "3", "--date", "2026-05-01", "--format", "live-online", "--json")
    assert added.code == 0 and added.json()["cycles"] == []
    said = run("ce", "add", "Trauma", "--hours", "3", "--date", "2026-05-01", "--format", "live-online")
    assert said.code == 0 and "for every license you add." in said.err


# P6 -------------------------------------------------------------------------------------------------

def test_export_names_certificates_so_a_person_can_tell_them_apart(run, tmp_path, monkeypatch):
    """P6: the export's certificates folder held only hash names."""
    for title, name, content in (("Ethics", "ethics.pdf", b"%PDF ethics"), ("Trauma", "ethics.pdf", b"%PDF trauma")):
        folder = tmp_path / title
        folder.mkdir()
        (folder / name).write_bytes(content)
        assert run("ce", "add", title, "--hours", "3", "--date", "2026-05-01", "--format", "in-person",
                   "--certificate", folder / name).code == 0
    out = tmp_path / "all.json"
    assert run("export", "--out", out).code == 0
    files = sorted(p.name for p in (tmp_path / "all-certificates").iterdir())
    assert len(files) == 2 and all(f.startswith("ethics (") and f.endswith(").pdf") for f in files), files
    document = json.loads(out.read_text())
    assert all(len(c["certificate"]) == 64 + 4 for c in document["ce_credits"])  # the document keeps stored names

    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "fresh"))
    imported = run("import", out)
    assert imported.code == 0, imported
    shown = [run("ce", "show", n, "--json").json() for n in (1, 2)]
    assert all(s["certificate_present"] for s in shown)
    from pathlib import Path
    assert {Path(s["certificate_path"]).read_bytes() for s in shown} == {b"%PDF ethics", b"%PDF trauma"}
    again = tmp_path / "again.json"
    assert run("export", "--out", again).code == 0
    assert json.loads(again.read_text())["ce_credits"] == document["ce_credits"]


def test_an_export_with_certificates_under_stored_names_still_imports(run, tmp_path, monkeypatch):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "ethics.pdf").write_bytes(b"%PDF ethics")
    assert run("ce", "add", "Ethics", "--hours", "3", "--date", "2026-05-01", "--format", "in-person",
               "--certificate", folder / "ethics.pdf").code == 0
    out = tmp_path / "all.json"
    assert run("export", "--out", out).code == 0
    stored = json.loads(out.read_text())["ce_credits"][0]["certificate"]
    [readable] = (tmp_path / "all-certificates").iterdir()
    readable.rename(readable.with_name(stored))  # as exports before readable names wrote it
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "fresh"))
    assert run("import", out).code == 0
    assert run("ce", "show", "1", "--json").json()["certificate_present"] is True


def test_a_ce_csv_link_follows_the_goal_not_its_number(run, add, tmp_path, monkeypatch):
    """A goal id names a goal of one home only: the CSV's goal_uuid finds the same goal
    elsewhere (restored from an export, under another id) and never links another goal
    that happens to have the same id."""
    home, other = tmp_path / "home", tmp_path / "other"
    add("Read a book", "2027-12-31")
    serving = add("Become an LPC-S", "2027-12-31")
    assert run("export", "--out", tmp_path / "all.json").code == 0
    monkeypatch.setenv("CLINGOALS_HOME", str(other))
    mine = add("Run twice a week", "2027-12-31")  # goal 1 here: the file's goals get 2 and 3
    assert run("import", tmp_path / "all.json").code == 0

    monkeypatch.setenv("CLINGOALS_HOME", str(home))
    assert run("ce", "add", "Supervisor training", "--hours", "30", "--date", "2026-05-01", "--format",
               "in-person", "--goal", serving["id"]).code == 0
    out = tmp_path / "ce.csv"
    assert run("ce", "export", "--format", "csv", "--out", out).code == 0
    assert out.read_text().splitlines()[0].endswith(",goal_uuid")

    monkeypatch.setenv("CLINGOALS_HOME", str(other))
    imported = run("ce", "import", out, "--json")
    assert imported.code == 0, imported
    [credit] = imported.json()
    here = {g["title"]: g["id"] for g in run("list", "--json").json()}
    assert credit["goal_id"] == here["Become an LPC-S"] != serving["id"] and "note:" not in imported.err

    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "third"))
    add("Sleep seven hours", "2027-12-31")
    add("Save for the practice", "2027-12-31")  # goal 2 here, not the file's goal 2
    third = run("ce", "import", out, "--json")
    assert third.code == 0 and third.json()[0]["goal_id"] is None
    assert f"the CSV's goal {serving['id']} (of the home it came from) isn't here" in third.err
    assert mine["id"] == 1
