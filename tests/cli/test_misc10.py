"""New-user trial 10 (misc10): family goals read as personal, the Relevant
reason names every aspiration (or says how many more), and the smaller
fixes of that trial."""

from __future__ import annotations


def _aspirations(run, *names):
    for name in names:
        assert run("aspiration", "add", name).code == 0


def test_a_family_goal_is_filed_as_personal_and_left_out_of_the_plan(run, add):
    """Trial 10 B2: "Call my parents every Sunday" was filed as professional without a word."""
    _aspirations(run, "clinical supervisor")
    added = run("add", "Call my parents every Sunday", "--due", "2027-03-31", "--json")
    assert added.code == 0, added
    assert added.json()["domain"] == "personal"
    said = run("add", "Spend Saturday mornings with my kids", "--due", "2027-03-31")
    assert said.code == 0 and "Filed as a personal goal" in said.err
    for statement in ("Call mom every Sunday", "Have dinner with my family 3 times a week"):
        assert add(statement, "2027-03-31")["domain"] == "personal", statement

    plan = run("plan", "--json")
    assert plan.code == 0
    assert [g["statement"] for g in plan.json()["goals"]] == []


def test_work_with_families_and_couples_stays_professional(run, add):
    """Trial 10 B2, the reverse: the work senses of "family" and "couples" are work."""
    for statement in ("Complete family therapy training", "Read two books on family systems",
                      "Attend the Gottman couples workshop", "Run a parenting group for parents of teens"):
        goal = add(statement, "2027-03-31")
        assert goal["domain"] == "professional", statement
        assert run("show", goal["id"], "--json").json()["domain"] == "professional"


def test_the_relevant_reason_names_every_aspiration_or_how_many_more(run):
    """Trial 10 C2: with 4 aspirations the reason listed 3, with no "and 1 more"."""
    _aspirations(run, "clinical supervisor", "debt free", "private practice", "rested and healthy")
    four = run("check", "Call my parents every Sunday", "--json")
    assert four.code == 0
    reason = four.json()["criteria"]["relevant"]["reason"]
    assert "(clinical supervisor, debt free, private practice, rested and healthy)" in reason
    _aspirations(run, "trauma specialist")
    five = run("check", "Call my parents every Sunday", "--json").json()["criteria"]["relevant"]["reason"]
    assert "(clinical supervisor, debt free, private practice and 2 more)" in five


def _card(add):
    return add("Pay off my credit card", "2027-09-30", "--target", "$4,000")


def _current(run, goal_id):
    return run("show", goal_id, "--json").json()["measure"]["current"]


def test_an_amount_that_would_show_as_0_is_refused(run, add):
    """Trial 10 B5: `goals log 3 0.001` logged an entry shown everywhere as "0"."""
    goal = _card(add)
    for tiny in ("0.001", "-0.004", "0.004 dollars"):
        result = run("log", goal["id"], tiny)
        assert result.code == 1, (tiny, result)
        assert "would show as 0" in result.err and len(result.err.strip().splitlines()) == 1
    assert _current(run, goal["id"]) is None
    assert run("log", goal["id"], "0.01").code == 0
    assert _current(run, goal["id"]) == 0.01


def test_goals_log_takes_a_number_in_the_goals_own_unit(run, add):
    """Trial 10 C4: "400 dollars" is read wherever a progress amount is typed."""
    goal = _card(add)
    assert run("log", goal["id"], "400 dollars").code == 0
    assert run("log", goal["id"], "1 dollar").code == 0
    assert _current(run, goal["id"]) == 401
    other = run("log", goal["id"], "400 hours")
    assert other.code == 1 and "'3 dollars'" in other.err and len(other.err.strip().splitlines()) == 1
    assert run("log", goal["id"], "4000O").code == 2  # not a number with words: a usage error, as before
    assert _current(run, goal["id"]) == 401


def test_review_answers_take_a_number_in_the_goals_own_unit(run, add, tmp_path):
    """Trial 10 C4, in an answers file; another unit is refused and nothing is logged."""
    import json

    goal = _card(add)
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"goals": {str(goal["id"]): {"progress": "400 hours"}}}))
    refused = run("review", "--answers", wrong)
    assert refused.code == 1 and "progress must be a number" in refused.err
    assert _current(run, goal["id"]) is None
    right = tmp_path / "answers.json"
    right.write_text(json.dumps({"goals": {str(goal["id"]): {"progress": "400 dollars"}}}))
    done = run("review", "--answers", right)
    assert done.code == 0, done
    assert _current(run, goal["id"]) == 400


def test_the_digest_and_the_goals_moved_this_week_share_one_week(run, add, today):
    """Trial 10 C3: an entry on the first day of the digest's week is also "moved this week"."""
    import datetime as dt

    from clingoals.review import review_order, window_start

    goal = _card(add)
    first = window_start(None, today).isoformat()
    assert run("log", goal["id"], "400", "--date", first).code == 0
    digest = run("review", "--summary", "--json").json()
    assert digest["since"] == first and [p["value"] for p in digest["progress"]] == [400]
    shown = run("show", goal["id"], "--json").json()
    order = review_order([shown], [{"goal_id": goal["id"], "date": first, "value": 400}], today)
    assert order[0]["reasons"] == ["moved this week: +400 dollars"] and order[0]["logged_this_week"] == 400
    # an entry an earlier review logged is that week's, not this one's
    earlier = {"goal_id": goal["id"], "date": (today - dt.timedelta(days=3)).isoformat(), "value": 400, "review_id": 1}
    later = review_order([shown], [earlier], today, since=today - dt.timedelta(days=3))
    assert later[0]["reasons"] == [] and later[0]["logged_this_week"] is None
