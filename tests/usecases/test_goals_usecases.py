"""Goal use cases: what a person does with goals, checked on stored state."""

from __future__ import annotations

import pytest

from clingoals import goal as goal_rules
from clingoals.errors import InvalidInput, NotFound
from clingoals.store import queries
from clingoals.usecases import goals


def test_add_goal_stores_validated_fields_and_returns_the_scored_json(store, new_goal, today, now):
    data = new_goal("Complete 20 hours of EMDR training", due="in 3 months", target=20, unit="hours",
                    hours_per_week=2, confidence=7)
    assert data["deadline"] == "2026-08-13" and data["start_date"] == today.isoformat()
    assert data["measure"]["target"] == 20 and data["horizon"] == "short"
    assert 0 <= data["score"]["total"] <= 10
    assert data["created_at"] == now
    stored = queries.get_goal(store.conn, data["id"])
    assert stored["title"] == "Complete 20 hours of EMDR training" and stored["confidence"] == 7


@pytest.mark.parametrize("extra, message", [
    ({"target": 0}, "target"), ({"baseline": -1}, "baseline"), ({"hours_per_week": float("nan")}, "real number"),
    ({"confidence": 11}, "Confidence"), ({"horizon": "medium"}, "horizon"), ({"start": "2026-12-01"}, "before the start"),
])
def test_new_goal_fields_refuse_bad_values(today, extra, message):
    with pytest.raises(InvalidInput, match=message):
        goals.new_goal_fields(statement="Pass the NCE", due="2026-09-30", today=today, **extra)


def test_list_filters_and_defaults_to_active(store, new_goal, today, now):
    first = new_goal("Pass the NCE")
    second = new_goal("Start a consultation group", due="2028-01-31", personal=True)
    goals.change_status(store, first["id"], "paused", reason="busy month", today=today, now=now)
    assert [g["id"] for g in goals.list_goals(store, today=today)] == [second["id"]]
    assert [g["id"] for g in goals.list_goals(store, every_status=True, today=today)] == [first["id"], second["id"]]
    assert [g["id"] for g in goals.list_goals(store, horizon="long", today=today)] == [second["id"]]
    assert goals.list_goals(store, domain="professional", today=today) == []
    with pytest.raises(InvalidInput, match="aspiration"):
        goals.list_goals(store, aspiration="astronaut", today=today)


def test_show_includes_the_progress_log(store, new_goal, today, now):
    data = new_goal("Log 10 supervision hours", target=10, unit="hours")
    goals.log_progress(store, data["id"], 3, entry_date="yesterday", note="group", today=today, now=now)
    shown = goals.show_goal(store, data["id"], today=today)
    assert shown["measure"]["current"] == 3
    assert shown["progress_log"] == [{"id": 1, "date": "2026-05-12", "value": 3.0, "note": "group"}]


def test_progress_in_the_future_is_refused_and_nothing_is_stored(store, new_goal, today, now):
    data = new_goal(target=10)
    with pytest.raises(InvalidInput, match="in the future"):
        goals.log_progress(store, data["id"], 1, entry_date="tomorrow", today=today, now=now)
    assert queries.get_goal(store.conn, data["id"])["progress_log"] == []


def test_edit_keeps_history_and_checks_dates_against_the_stored_goal(store, new_goal, today, now):
    data = new_goal(start="2026-05-01")
    changes = goals.goal_changes(today=today, due="2026-12-31", target=5)
    edited, changed = goals.edit_goal(store, data["id"], changes, reason="new plan", today=today, now=now)
    assert edited["deadline"] == "2026-12-31" and set(changed) == {"deadline", "target"}
    assert {e["field"] for e in goals.goal_history(store, data["id"])} >= {"deadline", "target"}
    with pytest.raises(InvalidInput, match="before the start"):
        goals.edit_goal(store, data["id"], goals.goal_changes(today=today, due="2026-04-01"),
                        reason="x", today=today, now=now)


def test_status_changes_follow_the_one_table(store, new_goal, today, now):
    data = new_goal()
    assert goals.change_status(store, data["id"], "done", reason=None, today=today, now=now)["status"] == "done"
    with pytest.raises(InvalidInput, match="only a"):
        goals.change_status(store, data["id"], "paused", reason=None, today=today, now=now)
    with pytest.raises(InvalidInput, match="already done"):
        goals.change_status(store, data["id"], "done", reason=None, today=today, now=now)
    other = new_goal("Renew my LPC")
    with pytest.raises(InvalidInput, match="--reason"):
        goals.change_status(store, other["id"], "dropped", reason=" ", today=today, now=now)
    assert queries.get_goal(store.conn, other["id"])["status"] == "active"


def test_pausing_a_draft_is_allowed_by_the_table():
    goal_rules.check_transition(1, "draft", "paused")
    assert "draft" in goal_rules.TRANSITIONS["paused"]


def test_delete_and_restore(store, new_goal, today, now):
    data = new_goal()
    assert goals.delete_goal(store, data["id"], now=now)["deleted"] is True
    with pytest.raises(NotFound):
        goals.show_goal(store, data["id"], today=today)
    assert goals.restore_goal(store, data["id"], today=today, now=now)["id"] == data["id"]


def test_steps_and_aspirations(store, new_goal, today, now):
    data = new_goal()
    step = goals.add_step(store, data["id"], "Book the exam", due="friday", today=today, now=now)
    assert step == {"goal_id": data["id"], "id": 1, "uuid": step["uuid"], "text": "Book the exam",
                    "due": "2026-05-15", "done": False, "done_at": None}
    assert goals.complete_step(store, data["id"], step["id"], today=today, now=now)["done_at"] == now
    aspiration = goals.add_aspiration(store, "clinical supervisor", None, now=now)
    assert aspiration["name"] == "clinical supervisor"
    assert goals.aspiration_names(store) == ["clinical supervisor"]


def test_dashboard_counts_overdue_goals(store, new_goal, today, now):
    new_goal(start="2026-01-01", due="2026-05-01")
    new_goal("Renew my LPC", due="2026-06-30")
    data = goals.dashboard(store, today=today)
    assert data["overdue"] == 1 and data["total_active"] == 2 and data["licenses"] == []
    assert [g["deadline"] for g in data["goals"]] == ["2026-05-01", "2026-06-30"]
