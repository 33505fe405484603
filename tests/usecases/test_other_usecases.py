"""Journal, CE credits, licences and the plan's data as use cases, on a real store."""

from __future__ import annotations

import pytest

from clingoals.errors import InvalidInput
from clingoals.store import queries
from clingoals.usecases import credits, journal, licenses, plan


def test_journal_entry_is_privacy_checked_unless_accepted(store, today, now):
    with pytest.raises(InvalidInput, match="may identify a client"):
        journal.add_entry(store, "Saw John Smith, DOB 04/12/1980, today", today=today, now=now)
    assert journal.list_entries(store, today=today)["entries"] == []
    entry = journal.add_entry(store, "Saw John Smith, DOB 04/12/1980, today", identifying_ok=True,
                              tags=["hard"], today=today, now=now)
    assert entry["tags"] == ["hard"] and entry["date"] == today.isoformat() and entry["created_at"] == now
    with pytest.raises(InvalidInput, match="in the future"):
        journal.add_entry(store, "Tomorrow's note", entry_date="tomorrow", today=today, now=now)
    edited = journal.edit_entry(store, entry["id"], text="A hard session", now=now)
    assert edited["text"] == "A hard session"
    assert journal.delete_entry(store, entry["id"], now=now) == {"id": entry["id"], "deleted": True}
    assert journal.list_entries(store, today=today) == {"entries": [], "total": 0}


def test_credits_add_list_edit_delete_restore(store, today, now):
    fields = credits.new_credit(title="Ethics in telehealth", hours=3, unit="hours", date="2026-05-01",
                                fmt="live-online", categories=["Ethics"], today=today)
    added = credits.add_credit(store, fields, now=now)
    assert added["hours"] == 3 and added["certificate_present"] is False
    assert credits.duplicate_of(store, fields)["id"] == added["id"]
    assert [c["id"] for c in credits.list_credits(store, category="ethics", today=today)] == [added["id"]]
    assert credits.edit_credit(store, added["id"], hours=4, today=today, now=now)["hours"] == 4
    with pytest.raises(InvalidInput, match="Nothing to change"):
        credits.edit_credit(store, added["id"], today=today, now=now)
    credits.delete_credit(store, added["id"], now=now)
    assert credits.list_credits(store, today=today) == []
    assert credits.restore_credit(store, added["id"], now=now)["id"] == added["id"]


def test_credit_rows_are_checked_before_anything_is_stored(store, today, now, tmp_path):
    text = "title,hours,date,format\nEthics,3,2026-05-01,in-person\nLaw,2,2026-04-01,self-study\n"
    rows, duplicates = credits.read_credit_rows(store, text, tmp_path, today=today)
    assert len(rows) == 2 and duplicates == []
    added = credits.import_credit_rows(store, rows, tmp_path, now=now)
    assert [c["title"] for c in added] == ["Ethics", "Law"]
    assert credits.read_credit_rows(store, text, tmp_path, today=today)[1] == [2, 3]


def test_licenses_add_edit_renew(store, today, now):
    record, profile = licenses.add_license(store, "TX LPC", profile_id="example-tx-lpc", renews="2027-01-31",
                                           today=today, now=now)
    assert record["name"] == "TX LPC" and record["cycle_number"] == 2 and profile.id == "example-tx-lpc"
    with pytest.raises(InvalidInput, match="in the future"):
        licenses.add_license(store, "NY", profile_id="example-tx-lpc", renews="2028-01-31",
                             issued="2027-01-01", today=today, now=now)
    assert licenses.edit_license(store, "TX LPC", number="123", today=today, now=now)["number"] == "123"
    shown, _ = licenses.show_license(store, "TX LPC", today=today)
    assert shown["status"]["name"] == "TX LPC"
    planned = licenses.renewal_preview(store, "TX LPC", today=today)
    renewed = licenses.renew_license(store, "TX LPC", today=today, now=now)
    assert renewed["cycle_number"] == 3 and renewed["renews"] == planned["next_end"]
    assert renewed["cycle_start"] == planned["next_start"] == "2027-02-01"
    assert [c["cycle_number"] for c in licenses.license_history(store, "TX LPC", today=today)["cycles"]] == [3, 2]
    assert licenses.undo_renewal(store, "TX LPC", now=now)["cycle_number"] == 2
    assert [c["cycle_number"] for c in licenses.license_history(store, "TX LPC", today=today)["cycles"]] == [2]


def test_plan_data_gathers_goals_ce_and_review_dates(store, new_goal, today, now):
    new_goal(target=10)
    licenses.add_license(store, "TX LPC", profile_id="example-tx-lpc", renews="2027-01-31", today=today, now=now)
    data = plan.plan_data(store, today=today, include_journal=True)
    assert [g["title"] for g in data["goals"]] == ["Pass the NCE"]
    assert data["goals"][0]["progress_log"] == []
    assert [c["name"] for c in data["ce"]] == ["TX LPC"] and data["reflections"] == []
    assert data["today"] == today.isoformat() and data["next_review"] >= today.isoformat()
    assert queries.list_licenses(store.conn)[0]["name"] == "TX LPC"


def test_self_assessments_compare_with_the_one_before(store, today, now):
    from clingoals.usecases import assessments

    assert assessments.latest_assessment(store) is None
    assessments.add_assessment(store, strengths=["rapport"], skills=["clinical:CBT=2"], date="2026-01-10",
                               today=today, now=now)
    latest = assessments.add_assessment(store, skills=["clinical:CBT=4"], today=today, now=now)
    assert latest["assessed_on"] == today.isoformat()
    data = assessments.latest_assessment(store)
    assert data["previous_date"] == "2026-01-10" and data["skills_compared"]
    with pytest.raises(InvalidInput, match="in the future"):
        assessments.add_assessment(store, strengths=["x"], date="tomorrow", today=today, now=now)
    assert len(assessments.list_assessments(store)) == 2


def test_starting_a_path_adds_the_long_term_goal_and_its_steps(store, today, now):
    from clingoals.usecases import goals, paths

    path_id = paths.all_paths()[0].id
    plan = paths.plan_start(store, path_id, today=today)
    assert plan["drafts"] and plan["end"] > today
    started = paths.start_path(store, plan, plan["drafts"], today=today, now=now)
    assert len(started["child_ids"]) == len(plan["drafts"])
    roadmap = paths.roadmap(store, path_id, today=today)
    assert {g["id"] for g in roadmap["goals"]} == {started["goal_id"], *started["child_ids"]}
    assert roadmap["next_goal_id"] in started["child_ids"]
    assert goals.show_goal(store, started["goal_id"], today=today)["children"]
    with pytest.raises(InvalidInput, match="already started"):
        paths.plan_start(store, path_id, today=today)


def test_a_draft_preview_is_cut_at_a_whole_word():
    # trial 20 #16: "'... seeing 5 client'" read as a typo the person had made
    from clingoals.usecases.drafts import preview, shortened

    said = preview("goal", {"values": {"statement": "Start a small private practice on saturdays, seeing 5 clients "
                                                     "a week for self-pay"}})
    assert said == "Start a small private practice on saturdays, seeing 5…"
    assert shortened("Walk 30 minutes after lunch") == "Walk 30 minutes after lunch"
    assert shortened("x" * 80) == "x" * 59 + "…"  # one long word: cut where it must be
