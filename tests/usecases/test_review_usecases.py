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


def test_the_unscored_digest_is_the_digest_without_scorecards(store, new_goal, today, now):
    # The terminal view prints no scorecard, so it asks for none (the scorer is
    # most of what `goals review --summary` costs); everything else is the same.
    from clingoals.usecases import goals

    finished = new_goal(start="2026-04-01")
    goals.change_status(store, finished["id"], "done", reason=None, today=today, now=now)
    new_goal("Finish the ethics course", due="2026-05-20")
    scored, unscored = review.digest(store, today=today), review.digest(store, today=today, scored=False)
    listed = ("completed", "due_soon", "overdue", "stale")
    assert sum(len(scored[key]) for key in listed) >= 2
    for key in listed:
        assert all("score" in g for g in scored[key])
        assert unscored[key] == [{k: v for k, v in g.items() if k != "score"} for g in scored[key]]
    assert {k: v for k, v in unscored.items() if k not in listed} == {k: v for k, v in scored.items() if k not in listed}


def test_one_goals_answers_log_tick_adjust_and_pause(store, new_goal, today, now):
    from clingoals.usecases import goals

    data = new_goal(target=10)
    step = goals.add_step(store, data["id"], "Book the exam", today=today, now=now)
    review.review_goal(store, data["id"], {"progress": 2, "decision": "pause", "reason": "exam season",
                                           "steps_done": [step["id"]], "adjust": {"plan": "Study on Sundays"}},
                       today=today, now=now)
    stored = queries.get_goal(store.conn, data["id"])
    assert stored["current"] == 2 and stored["status"] == "paused" and stored["plan"] == "Study on Sundays"
    assert stored["steps"][0]["done"] is True


def test_pausing_a_draft_in_a_review_follows_the_same_table_as_goals_pause(store, new_goal, today, now):
    data = new_goal()
    store.conn.execute("UPDATE goal SET status = 'draft' WHERE id = ?", (data["id"],))
    review.review_goal(store, data["id"], {"decision": "pause"}, today=today, now=now)
    assert queries.get_goal(store.conn, data["id"])["status"] == "paused"


def test_a_whole_review_from_answers_is_all_or_nothing(store, new_goal, today, now):
    first, second = new_goal(target=5), new_goal("Renew my LPC")
    answers = rules.parse_answers({"achieved": "Booked the exam", "energy": 4,
                                   "goals": {str(first["id"]): {"progress": 1, "decision": "keep"},
                                             str(second["id"]): {"decision": "done"}}})
    result = review.apply_answers(store, answers, today=today, now=now)
    assert result["goals"] == {str(first["id"]): "keep", str(second["id"]): "done"}
    assert result["next_review"] == "2026-05-20"
    assert review.history(store, today=today)["streak"] == 1

    bad = rules.parse_answers({"goals": {str(first["id"]): {"progress": 1, "decision": "adjust",
                                                            "deadline": "2020-01-01"}}})
    with pytest.raises(InvalidInput, match="before the start"):
        review.apply_answers(store, bad, today=today, now=now)
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
    assert review.review_overdue(store, today=today).startswith("your weekly review is due (none yet")
    review.change_setting(store, "review.reminder", "off")
    assert review.review_overdue(store, today=today) is None


def test_goals_to_review_put_need_first_and_skip_those_reviewed_today(store, new_goal, today, now):
    soon = new_goal("Pass the NCE", due="2026-05-20")
    later = new_goal("Renew my LPC", due="2027-05-20")
    plan = review.goals_to_review(store, today=today)
    assert [i["goal"]["id"] for i in plan["needy"]] == [soon["id"]]
    assert plan["needy"][0]["reasons"] == ["due in 7 days (2026-05-20)"]
    assert [i["goal"]["id"] for i in plan["others"]] == [later["id"]]
    review.review_goal(store, soon["id"], {"decision": "keep"}, today=today, now=now)
    plan = review.goals_to_review(store, today=today)
    assert plan["reviewed"] == {str(soon["id"]): "keep"} and plan["needy"] == [] and not plan["completed"]
    assert [g["id"] for g in review.digest(store, today=today)["due_soon"]] == [soon["id"]]  # due: still listed
    review.finish_review(store, {"focus": "Ethics"}, today=today, now=now)
    assert review.goals_to_review(store, today=today)["completed"] is True


def test_reviewing_a_goal_again_the_same_day_replaces_its_progress(store, new_goal, today, now):
    data = new_goal(target=10)
    first = review.review_goal(store, data["id"], {"progress": 4, "decision": "keep"}, today=today, now=now)
    again = review.review_goal(store, data["id"], {"progress": 6, "decision": "keep"}, today=today, now=now)
    assert first["replaced"] == 0 and again["replaced"] == 1 and again["review_id"] == first["review_id"]
    assert queries.get_goal(store.conn, data["id"])["current"] == 6


def test_a_review_reaching_the_target_says_so(store, new_goal, today, now):
    data = new_goal(target=10)
    result = review.review_goal(store, data["id"], {"progress": 10, "decision": "keep"}, today=today, now=now)
    assert result["target_reached"] is True
    done = review.review_goal(store, data["id"], {"progress": 10, "decision": "done"}, today=today, now=now)
    assert done["target_reached"] is False and done["goal"]["status"] == "done"


def test_a_correction_may_not_go_below_zero(store, new_goal, today, now):
    data = new_goal(target=10)
    with pytest.raises(InvalidInput, match="below zero"):
        review.review_goal(store, data["id"], {"progress": -1, "decision": "keep"}, today=today, now=now)
    assert queries.review_of_day(store.conn, today.isoformat()) is None


def test_going_over_todays_review_again_lists_the_goals_already_reviewed(store, new_goal, today, now):
    data = new_goal("Renew my LPC", due="2027-05-20", target=10)
    review.review_goal(store, data["id"], {"progress": 4, "decision": "keep"}, today=today, now=now)
    assert review.goals_to_review(store, today=today)["others"] == []
    again = review.goals_to_review(store, today=today, again=True)
    assert [i["goal"]["id"] for i in again["needy"] + again["others"]] == [data["id"]]
    review.review_goal(store, data["id"], {"progress": 3, "decision": "keep"}, today=today, now=now)
    assert queries.get_goal(store.conn, data["id"])["current"] == 3
