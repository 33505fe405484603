"""Everyday verbs: rename or delete an aspiration, done/pause/drop on a
date, child goals in show, deleted goals listed, license delete and
renew --undo, the demo home and db reset. Stored state checked via --json."""

from __future__ import annotations

import pytest


def test_aspiration_rename_keeps_its_goals(run, add):
    # (a word spelled almost like the card's is asked about, refused without a terminal: --yes adds it as typed)
    assert run("aspiration", "add", "trauma specalist", "--yes").code == 0
    goal = add("Complete EMDR basic training", "2026-12-31", "--aspiration", "trauma specalist")
    result = run("aspiration", "rename", "trauma specalist", "trauma specialist", "--json")
    assert result.code == 0 and result.json()["name"] == "trauma specialist" and result.json()["goals"] == 1
    assert run("show", goal["id"], "--json").json()["aspirations"] == ["trauma specialist"]
    assert [a["name"] for a in run("aspiration", "list", "--json").json()] == ["trauma specialist"]
    assert run("list", "--aspiration", "trauma specialist", "--json").json()[0]["id"] == goal["id"]
    missing = run("aspiration", "rename", "nope", "other")
    assert missing.code == 1 and "No aspiration named 'nope'" in missing.err
    run("aspiration", "add", "supervisor")
    clash = run("aspiration", "rename", "supervisor", "Trauma Specialist")
    assert clash.code == 1 and "already exists" in clash.err


def test_aspiration_delete_asks_and_goals_keep_working(run, add):
    run("aspiration", "add", "private practice")
    goal = add("Write a business plan", "2026-12-31", "--aspiration", "private practice")
    refused = run("aspiration", "delete", "private practice")
    assert refused.code == 1 and "--yes" in refused.err
    assert len(run("aspiration", "list", "--json").json()) == 1
    said_no = run("aspiration", "delete", "private practice", input="n\n")
    assert len(run("aspiration", "list", "--json").json()) == 1 or said_no.code == 1
    result = run("aspiration", "delete", "Private Practice", "--yes", "--json")
    assert result.code == 0 and result.json()["goal_ids"] == [goal["id"]]
    assert run("aspiration", "list", "--json").json() == []
    shown = run("show", goal["id"], "--json").json()
    assert shown["aspirations"] == [] and shown["status"] == "active"
    assert run("log", goal["id"], "1").code == 0  # the goal keeps working
    history = run("history", goal["id"], "--json").json()
    assert any(e["field"] == "aspirations" and e["old"] == "private practice" for e in history)


@pytest.mark.parametrize("verb, extra, status", [("done", [], "done"), ("pause", [], "paused"),
                                                 ("drop", ["--reason", "not now"], "dropped")])
def test_status_on_a_date(run, add, verb, extra, status):
    goal = add("Pass the NCE", "2026-09-30", "--start", "2026-04-01")
    result = run(verb, goal["id"], "--date", "last friday", *extra, "--json")
    assert result.code == 0 and result.json()["status"] == status
    change = next(e for e in run("history", goal["id"], "--json").json() if e["new"] == status)
    assert change["field"] == "status" and change["at"].startswith("2026-05-08")  # the Friday before 2026-05-13


def test_status_date_refused_in_the_future_noted_before_the_start(run, add):
    goal = add("Pass the NCE", "2026-09-30", "--start", "2026-05-01")
    future = run("done", goal["id"], "--date", "tomorrow")
    assert future.code == 1 and "in the future" in future.err
    bad = run("done", goal["id"], "--date", "2026-13-01")
    assert bad.code == 1 and "there is no month 13" in bad.err
    assert run("show", goal["id"], "--json").json()["status"] == "active"
    # before the start: taken, as progress logged then is (trial 3 item 15), with a note
    early = run("done", goal["id"], "--date", "2026-04-01")
    assert early.code == 0 and "before goal" in early.err
    assert run("show", goal["id"], "--json").json()["status"] == "done"


def test_show_lists_child_goals(run, add):
    parent = add("Become an approved clinical supervisor", "2027-06-30")
    child = add("Complete a 40-hour supervision course", "2026-12-31", "--parent", str(parent["id"]))
    add("Unrelated goal", "2026-12-31")
    data = run("show", parent["id"], "--json").json()
    assert [c["id"] for c in data["children"]] == [child["id"]]
    assert data["children"][0]["title"] == child["title"]
    out = run("show", parent["id"]).out
    assert "Goals that serve it" in out and "40-hour supervision course" in out


def test_list_deleted(run, add):
    keep = add("Keep me", "2026-12-31")
    gone = add("Delete me", "2026-12-31")
    assert run("list", "--deleted", "--json").json() == []
    assert "No deleted goals" in run("list", "--deleted").err
    assert run("delete", gone["id"], "--yes").code == 0
    deleted = run("list", "--deleted", "--json").json()
    assert [g["id"] for g in deleted] == [gone["id"]] and deleted[0]["deleted_at"]
    assert [g["id"] for g in run("list", "--json").json()] == [keep["id"]]
    assert "goals restore" in run("list", "--deleted").err


# --- a newcomer's first minute ------------------------------------------------------------------

@pytest.mark.fresh_home  # checks that the real home gets no database
def test_demo_opens_the_sample_in_its_own_home_and_leaves(run, isolated_home):
    result = run("demo", "--json")
    assert result.code == 0
    data = result.json()
    demo = data["home"]
    assert demo.endswith("home-demo") and data["added"]["goals"] == 16
    assert run("db", "path").out.strip().startswith(demo)
    assert len(run("list", "--all", "--json").json()) == 16
    assert not (isolated_home / "goals.db").exists()  # the real data folder is untouched
    again = run("demo", "--json").json()
    assert again["added"] == {}  # entering again keeps what is there
    assert run("add", "Try something in the demo", "--due", "2026-12-31").code == 0
    left = run("demo", "--leave")
    assert left.code == 0 and "Back to your own data" in left.err
    assert run("list", "--all", "--json").json() == []  # own data: empty
    assert str(isolated_home) in run("db", "path").out
    assert run("demo", "--leave").code == 0  # leaving twice is fine
    message = run("demo").err
    assert demo in message and "goals demo --leave" in message
    assert len(run("list", "--all", "--json").json()) == 17  # the demo was kept


def test_leaving_the_demo_says_nothing_of_the_samples_review(run, monkeypatch):
    """Trial 4: 'goals demo --leave' printed 'your weekly review is due (last
    one 2026-11-15)': the sample clinician's review, not the user's."""
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-30")  # the sample's last review is over a week old
    assert run("demo").code == 0
    left = run("demo", "--leave")
    assert left.code == 0 and "Back to your own data" in left.err and "reminder" not in left.err
    assert "reminder" not in run("demo").err


def test_db_reset_asks_backs_up_and_empties(run, add):
    add("Pass the NCE", "2026-09-30")
    refused = run("db", "reset")
    assert refused.code == 1 and "--yes" in refused.err
    assert len(run("list", "--json").json()) == 1
    result = run("db", "reset", "--yes", "--json")
    assert result.code == 0
    backup = result.json()["backup"]
    assert run("list", "--json").json() == []
    restored = run("db", "restore", backup, "--yes")
    assert restored.code == 0, restored
    assert [g["title"] for g in run("list", "--json").json()] == ["Pass the NCE"]


@pytest.mark.fresh_home  # there must be no database yet
def test_db_reset_with_nothing_there(run):
    result = run("db", "reset", "--yes")
    assert result.code == 0 and "nothing to reset" in result.err


def test_db_reset_backs_up_certificates_too(run, add, tmp_path):
    certificate = tmp_path / "ethics.pdf"
    certificate.write_bytes(b"%PDF certificate")
    assert run("ce", "add", "Ethics", "--hours", "3", "--date", "2026-03-01", "--format", "in-person",
               "--certificate", certificate, "--yes").code == 0
    backup = run("db", "reset", "--yes", "--json").json()["backup"]
    assert backup.endswith(".zip") and run("ce", "list", "--json").json() == []
    assert run("db", "restore", backup, "--yes").code == 0
    credit = run("ce", "list", "--json").json()[0]
    assert credit["title"] == "Ethics" and run("ce", "show", credit["id"], "--json").json()["certificate_present"]


# --- licenses -------------------------------------------------------------------------------------

@pytest.fixture
def texas(run):
    assert run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30").code == 0
    assert run("ce", "add", "Ethics", "--hours", "6", "--date", "2026-03-01", "--format", "live-online",
               "--category", "ethics", "--license", "TX LPC", "--yes").code == 0


def test_license_delete_asks_and_is_recoverable(run, texas):
    refused = run("license", "delete", "TX LPC")
    assert refused.code == 1 and "--yes" in refused.err
    assert len(run("license", "list", "--json").json()) == 1
    result = run("license", "delete", "tx lpc", "--yes", "--json")
    assert result.code == 0 and result.json()["deleted"] is True
    assert run("license", "list", "--json").json() == []
    assert [r["name"] for r in run("license", "list", "--deleted", "--json").json()] == ["TX LPC"]
    assert run("ce", "status", "--json").json()["licenses"] == []
    assert len(run("ce", "list", "--json").json()) == 1  # its credits stay
    assert run("license", "show", "TX LPC").code == 1
    again = run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30")
    assert again.code == 1 and "goals license restore" in again.err
    restored = run("license", "restore", "TX LPC", "--json")
    assert restored.code == 0 and restored.json()["name"] == "TX LPC"
    assert [r["name"] for r in run("license", "list", "--json").json()] == ["TX LPC"]
    assert run("license", "restore", "TX LPC").code == 1  # nothing deleted any more


def test_deleted_license_survives_export_and_import(run, texas, tmp_path):
    run("license", "delete", "TX LPC", "--yes")
    out = tmp_path / "export.json"
    assert run("export").json()["licenses"] == []               # deleted records stay out by default
    assert run("export", "--out", out, "--include-deleted").code == 0
    assert run("db", "reset", "--yes").code == 0
    assert run("import", out).code == 0
    assert run("license", "list", "--json").json() == []
    assert run("license", "restore", "TX LPC").code == 0


def test_license_renew_undo(run, texas):
    before = run("license", "show", "TX LPC", "--json").json()
    nothing = run("license", "renew", "TX LPC", "--undo")
    assert nothing.code == 1 and "no renewal to undo" in nothing.err
    renewed = run("license", "renew", "TX LPC", "--yes", "--json").json()
    assert renewed["cycle_number"] == before["cycle_number"] + 1 and renewed["renews"] > before["renews"]
    undone = run("license", "renew", "TX LPC", "--undo", "--json")
    assert undone.code == 0 and undone.json()["cycle_number"] == before["cycle_number"]
    after = run("license", "show", "TX LPC", "--json").json()
    for key in ("renews", "cycle_number", "carry_over_hours"):
        assert after[key] == before[key]
    assert run("license", "renew", "TX LPC", "--undo").code == 1  # once
