"""Review use cases: the digest, one goal's answers, a whole review from an
answers document, the history and the settings, on a real store."""

from __future__ import annotations

import pytest

from clingoals import review as rules
from clingoals.errors import InvalidInput
from clingoals.store import queries
from clingoals.usecases import review


def test_digest_lists_a_goal_finished_today_as_completed(store, new_goal, today, now):
    from clingoals.usecases import goals

    data = new_goal(start="2026-04-01")
    goals.change_status(store, data["id"], "done", reason=None, today=today, now=now)
    digest = review.digest(store, today=today)
    assert [g["id"] for g in digest["completed"]] == [data["id"]]
    assert "score" in digest["completed"][0]


def test_one_goals_answers_log_tick_adjust_and_pause(store, new_goal, today, now):
    from clingoals.usecases import goals

    data = new_goal(target=10)
    step = goals.add_step(store, data["id"], "Book the exam", today=today, now=now)
    review.apply_goal_answers(store, data["id"], progress=2, decision="pause", reason="exam season",
                              steps_done=[step["id"]], adjust={"plan": "Study on Sundays"}, today=today, now=now)
    stored = queries.get_goal(store.conn, data["id"])
    assert stored["current"] == 2 and stored["status"] == "paused" and stored["plan"] == "Study on Sundays"
    assert stored["steps"][0]["done"] is True


def test_pausing_a_draft_in_a_review_follows_the_same_table_as_goals_pause(store, new_goal, today, now):
    data = new_goal()
    store.conn.execute("UPDATE goal SET status = 'draft' WHERE id = ?", (data["id"],))
    review.apply_goal_answers(store, data["id"], decision="pause", today=today, now=now)
    assert queries.get_goal(store.conn, data["id"])["status"] == "paused"


def test_a_whole_review_from_answers_is_all_or_nothing(store, new_goal, today, now):
    first, second = new_goal(target=5), new_goal("Renew my LPC")
    answers = rules.parse_answers({"achieved": "Booked the exam", "energy": 4,
                                   "goals": {str(first["id"]): {"progress": 1, "decision": "keep"},
                                             str(second["id"]): {"decision": "done"}}})
    result = review.review_from_answers(store, answers, today=today, now=now)
    assert result["goals"] == {str(first["id"]): "keep", str(second["id"]): "done"}
    assert result["next_review"] == "2026-05-20"
    assert review.history(store, today=today)["streak"] == 1

    bad = rules.parse_answers({"goals": {str(first["id"]): {"progress": 1, "decision": "adjust",
                                                            "deadline": "2020-01-01"}}})
    with pytest.raises(InvalidInput, match="before the start"):
        review.review_from_answers(store, bad, today=today, now=now)
    assert queries.get_goal(store.conn, first["id"])["current"] == 1


def test_settings_are_checked_and_stored(store):
    assert review.settings(store) == {"review.rhythm": rules.DEFAULT_RHYTHM, "review.reminder": "on"}
    assert review.change_setting(store, "review.rhythm", "monthly") == {"review.rhythm": "monthly"}
    with pytest.raises(InvalidInput):
        review.change_setting(store, "review.reminder", "sometimes")
    with pytest.raises(InvalidInput, match="Unknown setting"):
        review.change_setting(store, "colour", "blue")


def test_a_review_is_overdue_a_rhythm_after_the_first_goal_unless_the_reminder_is_off(store, new_goal, today):
    new_goal(start="2026-04-01")
    assert review.review_overdue(store, today=today)[0] is True
    review.change_setting(store, "review.reminder", "off")
    assert review.review_overdue(store, today=today)[0] is False
