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
    # (cents on a $4,000 goal are asked about since trial 16 P1: --yes confirms them)
    assert run("log", goal["id"], "0.01", "--yes").code == 0
    assert _current(run, goal["id"]) == 0.01


def test_goals_log_takes_a_number_in_the_goals_own_unit(run, add):
    """Trial 10 C4: "400 dollars" is read wherever a progress amount is typed."""
    goal = _card(add)
    assert run("log", goal["id"], "400 dollars").code == 0
    assert run("log", goal["id"], "1 dollar").code == 0
    assert _current(run, goal["id"]) == 401
    other = run("log", goal["id"], "400 hours")
    assert other.code == 1 and "'3 dollars'" in other.err and len(other.err.strip().splitlines()) == 1
    typo = run("log", goal["id"], "4000O")  # not a number followed by words: refused as before
    assert typo.code == 1 and "'4000O' has a letter O where a 0 goes: did you mean '40000'?" in typo.err
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
    assert order[0]["reasons"] == ["moved this week: +$400"] and order[0]["logged_this_week"] == 400
    # an entry an earlier review logged is that week's, not this one's
    earlier = {"goal_id": goal["id"], "date": (today - dt.timedelta(days=3)).isoformat(), "value": 400, "review_id": 1}
    later = review_order([shown], [earlier], today, since=today - dt.timedelta(days=3))
    assert later[0]["reasons"] == [] and later[0]["logged_this_week"] is None


def test_a_renewal_date_already_past_gets_a_note_saying_how_to_fix_it(run):
    """Trial 10 C5: `license add --renews 2025-01-31` (a typo for 2027) was added without a word."""
    added = run("license", "add", "CA LPCC", "--profile", "example-ca-bbs", "--renews", "2025-01-31")
    assert added.code == 0, added
    note = [line for line in added.err.splitlines() if "2025-01-31 passed" in line]
    assert len(note) == 1 and "goals license edit \"CA LPCC\" --renews DATE" in note[0]
    assert [r["renews"] for r in run("license", "list", "--json").json()] == ["2025-01-31"]
    fixed = run("license", "edit", "CA LPCC", "--renews", "2027-01-31")
    assert fixed.code == 0 and [r["renews"] for r in run("license", "list", "--json").json()] == ["2027-01-31"]
    ahead = run("license", "add", "CA LMFT", "--profile", "example-ca-bbs", "--renews", "2027-08-31")
    assert ahead.code == 0 and "passed" not in ahead.err


def test_a_misspelled_date_or_journal_kind_gets_a_did_you_mean(run):
    """Trial 10 P1: "end of Febuary" and the kind "supervsior" got no suggestion."""
    for typed, meant in (("end of Febuary", "end of February"), ("tomorow", "tomorrow"), ("Agust 31", "August 31")):
        result = run("add", "Pass the NCE", "--due", typed)
        assert result.code == 1 and len(result.err.strip().splitlines()) == 1
        assert f"Did you mean '{meant}'?" in result.err, result.err
    unreadable = run("add", "Pass the NCE", "--due", "blah")
    assert unreadable.code == 1 and "Did you mean" not in unreadable.err
    assert run("list", "--json").json() == []
    kind = run("journal", "list", "--kind", "supervsior")
    assert kind.code == 1 and "Did you mean 'supervisor'?" in kind.err


def test_confirmation_questions_end_cleanly(run, add):
    """Trial 10 P4: the step cut mid-phrase without "…"; "…? A backup is taken first?"."""
    text = "Find a BBS-compliant 15-hour supervision course and sign up for the spring cohort"
    goal = add("Become a supervisor", "2027-06-30", "--step", text)
    asked = run("step", "remove", goal["id"], "1")  # no terminal: the question is quoted in the error
    assert asked.code == 1 and "(Find a BBS-compliant 15-hour supervision course and sign up…)?" in asked.err
    assert [s["text"] for s in run("show", goal["id"], "--json").json()["steps"]] == [text]
    reset = run("db", "reset")
    assert reset.code == 1 and "A backup is taken first. Remove every goal, CE credit and reflection in " in reset.err
    assert ".db?\" needs a yes" in reset.err and run("list", "--json").json() != []


def test_readme_says_what_the_privacy_check_does_not_catch(run):
    """Trial 10 P6: indirect identifiers pass; the README says so."""
    from pathlib import Path

    text = "My client who teaches at Lincoln Elementary and drives the red Tesla was late again."
    saved = run("journal", text)
    assert saved.code == 0 and [e["text"] for e in run("journal", "list", "--json").json()] == [text]
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    assert "does not catch indirect identifiers" in " ".join(readme.split())


def test_same_day_progress_lists_in_logged_order_after_import(run, add, tmp_path, monkeypatch):
    """Trial 10 P7: after import, two goals' entries of one day came out in another order."""
    first, second = add("Read 6 books", "2027-06-30", "--target", "6"), add("Walk 20 times", "2027-06-30", "--target", "20")
    assert run("log", second["id"], "3").code == 0
    assert run("log", first["id"], "1").code == 0
    assert run("log", second["id"], "2").code == 0
    before = [(p["goal_id"], p["value"]) for p in run("review", "--summary", "--json").json()["progress"]]
    assert sorted(before) == [(first["id"], 1), (second["id"], 2), (second["id"], 3)]
    assert run("export", "--out", tmp_path / "all.json").code == 0
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "fresh"))
    assert run("import", tmp_path / "all.json").code == 0
    after = [(p["goal_id"], p["value"]) for p in run("review", "--summary", "--json").json()["progress"]]
    assert after == before
