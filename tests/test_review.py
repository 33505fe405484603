"""The digest, rhythm and streak: pure code at fixed dates."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.errors import InvalidInput
from clingoals.review import (
    digest,
    next_review,
    parse_answers,
    parse_decision,
    parse_rhythm,
    review_due,
    review_order,
    streak,
)

D = dt.date
TODAY = D(2026, 5, 13)


def goal(i, deadline, status="active", last_activity="2026-05-10", start="2026-01-01", steps=()):
    return {"id": i, "title": f"goal {i}", "status": status, "deadline": deadline, "start_date": start,
            "days_left": (D.fromisoformat(deadline) - TODAY).days, "last_activity": last_activity,
            "steps": list(steps)}


def test_rhythms():
    assert parse_rhythm("Weekly") == "weekly" and parse_rhythm("monthly") == "monthly"
    assert parse_rhythm("every 10 days") == "10" and parse_rhythm("14") == "14"
    with pytest.raises(InvalidInput):
        parse_rhythm("fortnightly-ish")
    assert next_review(D(2026, 5, 6), None, "weekly") == D(2026, 5, 13)
    assert next_review(D(2026, 1, 31), None, "monthly") == D(2026, 2, 28)
    assert next_review(None, D(2026, 5, 1), "14") == D(2026, 5, 15)
    assert next_review(None, None, "weekly") is None
    assert review_due(D(2026, 5, 6), None, "weekly", TODAY) is True
    assert review_due(D(2026, 5, 7), None, "weekly", TODAY) is False


def test_digest_at_a_fixed_date():
    goals = [
        goal(1, "2026-05-20"),                                        # due soon
        goal(2, "2026-05-01"),                                        # overdue
        goal(3, "2026-12-31", last_activity="2026-04-01"),            # stale (42 days)
        goal(4, "2026-12-31", last_activity="2026-04-22"),            # exactly 21 days: stale
        goal(5, "2026-12-31", status="done"),
        goal(6, "2026-12-31", steps=[
            {"id": 1, "text": "book exam", "due": "2026-05-20", "done": False},
            {"id": 2, "text": "old step", "due": "2026-05-01", "done": False},
            {"id": 3, "text": "done step", "due": None, "done": True, "done_at": "2026-05-10T09:00:00+00:00"},
        ]),
    ]
    data = digest(
        goals=goals,
        status_changes=[{"goal_id": 5, "status": "done", "changed_at": "2026-05-11T10:00:00+00:00"},
                        {"goal_id": 3, "status": "done", "changed_at": "2026-04-01T10:00:00+00:00"}],
        progress=[{"goal_id": 1, "title": "goal 1", "date": "2026-05-12", "value": 3, "note": None},
                  {"goal_id": 1, "title": "goal 1", "date": "2026-04-30", "value": 9, "note": None}],
        credits=[{"id": 1, "title": "Ethics", "date": "2026-05-08", "hours": 3.0},
                 {"id": 2, "title": "Old", "date": "2026-04-01", "hours": 5.0}],
        licenses=[{"name": "TX LPC", "remaining_hours": 14, "days_left": 263, "status": "behind", "next": "6 h ethics"}],
        last_review=D(2026, 5, 6), anchor=D(2026, 1, 1), rhythm="weekly", today=TODAY,
    )
    assert (data["since"], data["until"], data["last_review"], data["review_due"]) == (
        "2026-05-06", "2026-05-13", "2026-05-06", True)
    assert [g["id"] for g in data["completed"]] == [5]
    assert [p["value"] for p in data["progress"]] == [3]
    assert data["ce"]["hours_logged"] == 3.0 and data["ce"]["licenses"][0]["remaining_hours"] == 14
    assert [g["id"] for g in data["due_soon"]] == [1]
    assert [g["id"] for g in data["overdue"]] == [2]
    assert [g["id"] for g in data["stale"]] == [3, 4]
    assert [s["step_id"] for s in data["steps_due_soon"]] == [1]
    assert [s["step_id"] for s in data["steps_overdue"]] == [2]
    assert [s["step_id"] for s in data["steps_done"]] == [3]


def test_first_digest_covers_the_last_seven_days():
    data = digest(goals=[], status_changes=[], progress=[], credits=[], licenses=[], last_review=None,
                  anchor=None, rhythm="weekly", today=TODAY)
    assert data["since"] == "2026-05-06" and data["last_review"] is None and data["review_due"] is False


def test_streak():
    weekly = [D(2026, 4, 15), D(2026, 4, 22), D(2026, 4, 29), D(2026, 5, 6), D(2026, 5, 13)]
    assert streak(weekly, "weekly", TODAY) == 5
    gap = [D(2026, 4, 1), D(2026, 4, 22), D(2026, 4, 29), D(2026, 5, 6)]
    assert streak(gap, "weekly", TODAY) == 3
    assert streak(gap, "weekly", D(2026, 5, 20)) == 0  # the next one is overdue
    assert streak([], "weekly", TODAY) == 0


@pytest.mark.parametrize("data,message", [
    ({"energy": 7}, "energy must be a whole number from 1 to 5"),
    ({"stress": "high"}, "stress must be"),
    ({"goals": {"x": {}}}, "not a goal id"),
    ({"goals": {"1": {"decision": "maybe"}}}, "decision must be one of"),
    ({"goals": {"1": {"progress": "lots"}}}, "progress must be a number"),
    ({"mood": "ok"}, "Unknown answer key"),
])
def test_bad_answers(data, message):
    with pytest.raises(InvalidInput) as info:
        parse_answers(data)
    assert message in str(info.value)


# --- the one vocabulary of decisions ------------------------------------------------

@pytest.mark.parametrize("typed,decision", [
    ("keep", "keep"), ("k", "keep"), ("Done", "done"), ("do", "done"), ("dr", "drop"), ("drop", "drop"),
    ("p", "pause"), ("a", "adjust"), ("  ADJUST ", "adjust"),
])
def test_decisions_accept_words_and_unambiguous_prefixes(typed, decision):
    assert parse_decision(typed) == decision


@pytest.mark.parametrize("typed,message", [
    ("d", "could be drop or done"), ("x", "not a decision"), ("finish", "not a decision"), ("", "not a decision"),
    ("dropp", "not a decision"),
])
def test_ambiguous_or_unknown_decisions_are_refused(typed, message):
    with pytest.raises(InvalidInput) as info:
        parse_decision(typed)
    assert message in str(info.value) and "keep, adjust, pause, drop, done" in str(info.value)


def test_answers_file_uses_the_same_vocabulary():
    answers = parse_answers({"goals": {"1": {"decision": "do"}, "2": {"decision": "adjust", "target": 20},
                                       "3": {}}})
    assert {k: v["decision"] for k, v in answers["goals"].items()} == {1: "done", 2: "adjust", 3: "keep"}
    assert answers["goals"][2]["adjust"] == {"target": 20}
    for bad, message in (({"decision": "d"}, "decision must be one of"),
                         ({"decision": "d"}, "(got 'd', which could be drop or done: write more letters)"),  # P7
                         ({"decision": "adjust"}, "needs at least one of"),
                         ({"decision": "keep", "target": 3}, "use 'adjust'"),
                         ({"steps_done": ["one"]}, "list of step numbers")):
        with pytest.raises(InvalidInput) as info:
            parse_answers({"goals": {"1": bad}})
        assert message in str(info.value)


# --- the order of the review ------------------------------------------------------------

def scored(i, deadline, *, current=0.0, target=None, last_activity="2026-05-10", steps=()):
    g = goal(i, deadline, last_activity=last_activity, steps=steps)
    g["measure"] = {"current": current, "target": target, "unit": "hours"}
    return g


def test_review_order_puts_need_first_and_says_why():
    goals = [
        scored(1, "2026-12-31"),                                            # the rest
        scored(2, "2026-12-31", last_activity="2026-04-01"),                # stale
        scored(3, "2026-05-20"),                                            # due in 7 days
        scored(4, "2026-05-01"),                                            # overdue
        scored(5, "2026-12-31"),                                            # moved this week
        scored(6, "2026-12-31", current=12, target=12),                     # target reached
        scored(7, "2026-12-31", steps=[{"id": 1, "text": "s", "due": None, "done": True,
                                        "done_at": "2026-05-12T10:00:00+00:00"}]),
    ]
    progress = [{"goal_id": 5, "date": "2026-05-11", "value": 3}, {"goal_id": 1, "date": "2026-04-01", "value": 9}]
    order = review_order(goals, progress, TODAY)
    assert [item["goal"]["id"] for item in order] == [6, 4, 3, 2, 5, 7, 1]
    why = {item["goal"]["id"]: item["reasons"] for item in order}
    assert why[6] == ["target reached (12 of 12 hours): done?"]
    assert why[4] == ["overdue by 12 days (deadline 2026-05-01)"]
    assert why[3] == ["due in 7 days (2026-05-20)"]
    assert why[2] == ["no progress, step or edit for 42 days"]
    assert why[5] == ["moved this week: +3 hours"] and why[7] == ["moved this week: 1 step done"]
    assert why[1] == [] and [item["needy"] for item in order] == [True] * 6 + [False]
    assert [item["suggested"] for item in order] == ["done"] + ["keep"] * 6


def test_digest_leaves_out_what_moved_on_goals_reviewed_today_but_still_lists_what_is_due():
    goals = [goal(1, "2026-05-20"), goal(2, "2026-05-01"), goal(3, "2026-05-21")]
    data = digest(goals=goals, status_changes=[], credits=[], licenses=[],
                  progress=[{"goal_id": 1, "title": "goal 1", "date": "2026-05-13", "value": 2, "note": None,
                             "review_id": 9},                          # today's review logged it: handled
                            {"goal_id": 1, "title": "goal 1", "date": "2026-05-12", "value": 3, "note": None,
                             "review_id": None}],                      # `goals log`: the week's (trial 8 C7)
                  last_review=D(2026, 5, 6), anchor=None, rhythm="weekly", today=TODAY, reviewed_today={1, 2})
    assert [g["id"] for g in data["due_soon"]] == [1, 3]              # due items are always listed
    assert [g["id"] for g in data["overdue"]] == [2]
    assert [p["value"] for p in data["progress"]] == [3] and data["reviewed_today"] == [1, 2]


def test_the_digest_starts_after_the_last_review_and_zero_or_review_entries_are_not_news():
    """Trial 3 item 12: a digest weeks later relisted the progress of the
    last review's own day, the entries the review logged, and zero entries."""
    finished = dt.datetime(2026, 5, 6, 18, 0, tzinfo=dt.timezone.utc)

    def entry(value, date, created, review_id=None):
        return {"goal_id": 1, "title": "goal 1", "date": date, "value": value, "note": None,
                "created_at": created, "review_id": review_id}

    progress = [entry(3, "2026-05-06", "2026-05-06T09:00:00+00:00"),          # shown at that review
                entry(8, "2026-05-06", "2026-05-06T17:59:00+00:00", 4),       # logged by the review
                entry(2, "2026-05-06", "2026-05-06T20:00:00+00:00"),          # after it, same day: news
                entry(0, "2026-05-10", "2026-05-10T09:00:00+00:00"),          # zero: nothing moved
                entry(5, "2026-04-20", "2026-05-11T09:00:00+00:00"),          # backdated, recorded after: news
                entry(1, "2026-05-12", "2026-05-12T09:00:00+00:00")]
    steps = [{"id": 1, "text": "ticked before", "due": None, "done": True, "done_at": "2026-05-06T10:00:00+00:00"},
             {"id": 2, "text": "ticked after", "due": None, "done": True, "done_at": "2026-05-07T10:00:00+00:00"}]
    data = digest(goals=[goal(1, "2026-12-31", steps=steps)], status_changes=[], licenses=[],
                  credits=[{"id": 1, "title": "Before", "date": "2026-05-06", "hours": 2.0,
                            "created_at": "2026-05-06T08:00:00+00:00"},
                           {"id": 2, "title": "After", "date": "2026-05-06", "hours": 1.0,
                            "created_at": "2026-05-08T08:00:00+00:00"}],
                  progress=progress, last_review=D(2026, 5, 6), anchor=None, rhythm="weekly", today=TODAY,
                  since=D(2026, 5, 6), after=finished)
    assert [p["value"] for p in data["progress"]] == [2, 5, 1]
    assert [s["text"] for s in data["steps_done"]] == ["ticked after"]
    assert [c["title"] for c in data["ce"]["credits"]] == ["After"]
    assert data["since_review"] == "2026-05-06"


def test_zero_progress_is_not_moved_this_week():
    order = review_order([goal(1, "2026-12-31") | {"measure": {"target": None, "current": None, "unit": None}}],
                         [{"goal_id": 1, "date": "2026-05-12", "value": 0}], TODAY)
    assert order[0]["reasons"] == [] and order[0]["needy"] is False


def test_the_suggested_decision_follows_the_progress_answer():
    """Trial 3 item 11: correcting progress below the target must not leave [done] as the default."""
    from clingoals.review import suggested_after

    reached = {"measure": {"target": 2400, "current": 5000, "unit": "dollars"}}
    assert suggested_after(reached, -4500, "done") == "keep"
    assert suggested_after(reached, None, "done") == "done"
    assert suggested_after({"measure": {"target": 10, "current": 8, "unit": None}}, 2, "keep") == "done"
    assert suggested_after({"measure": {"target": 10, "current": 8, "unit": None}}, 1, "keep") == "keep"




@pytest.mark.parametrize("typed,meant", [("ajust", "adjust"), ("adjsut", "adjust"), ("puase", "pause"),
                                         ("dorp", "drop"), ("doen", "done"), ("kep", "keep")])
def test_a_decision_typed_slightly_wrong_names_the_one_meant(typed, meant):
    """Trial 20 #19: 'ajust' was refused without a hint, where the deadline
    question suggests its fixes."""
    for refuse in (lambda: parse_decision(typed), lambda: parse_answers({"goals": {"1": {"decision": typed}}})):
        with pytest.raises(InvalidInput) as info:
            refuse()
        assert f"Did you mean {meant!r}?" in str(info.value)


@pytest.mark.parametrize("typed", ["none", "no", "skip", "x", "finish"])
def test_a_word_unlike_any_decision_is_offered_none(typed):
    """'none' is spelled like 'done', but means nothing to decide: offering
    'done' would invite marking the goal done by a slip."""
    with pytest.raises(InvalidInput) as info:
        parse_decision(typed)
    assert "Did you mean" not in str(info.value)


def test_missed_reviews_are_the_due_days_whose_next_one_has_come():
    from clingoals.review import missed_reviews, missed_words

    last, day = dt.date(2026, 12, 1), dt.date
    assert missed_reviews(last, None, "weekly", day(2026, 12, 8)) == []       # due today
    assert missed_reviews(last, None, "weekly", day(2026, 12, 14)) == []      # late, not missed
    assert missed_reviews(last, None, "weekly", day(2026, 12, 15)) == [day(2026, 12, 8)]
    assert missed_reviews(last, None, "weekly", day(2026, 12, 29)) == [day(2026, 12, 8), day(2026, 12, 15),
                                                                        day(2026, 12, 22)]
    assert missed_reviews(None, day(2026, 11, 10), "weekly", day(2026, 11, 24)) == [day(2026, 11, 17)]
    assert missed_reviews(last, None, "monthly", day(2027, 2, 1)) == [day(2027, 1, 1)]
    assert missed_reviews(None, None, "weekly", day(2026, 12, 29)) == []
    assert missed_words([day(2026, 12, 8)]) == "; the review due 2026-12-08 was missed"
    assert missed_words(["2026-12-08", "2026-12-15"]) == "; 2 reviews missed since 2026-12-08"
