"""Trial 14's findings on progress entries and edits: an entry on a money goal
that is more than its whole target and far past what is left is asked about,
by `goals log` and the review alike (B4); `goals edit` names each changed
field once (P1)."""

from __future__ import annotations

import json

import pytest

CARD = "Pay off my $4,500 credit card by June 30, 2027"
SAID = "$7,000 in one entry is more than the $3,600 left to reach the goal's $4,500 target"


@pytest.fixture
def card(run, add, monkeypatch):
    """Trial 14's payoff: $900 paid so far."""
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")
    goal = add(CARD, "2027-06-30", "--target", "$4,500", "--unit", "dollars", "--personal")["id"]
    assert run("log", goal, "900").code == 0
    return goal


def _current(run, goal_id):
    return run("show", goal_id, "--json").json()["measure"]["current"]


def test_goals_log_refuses_an_entry_past_what_is_left_without_yes(run, card):
    result = run("log", card, "7000")
    assert result.code == 1
    assert SAID in result.err and "--yes" in result.err
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert _current(run, card) == 900                            # nothing logged
    result = run("log", card, "7000", "--yes", "--json")
    assert result.code == 0, result
    assert _current(run, card) == 7900


@pytest.mark.parametrize("value", ["700", "3600", "3700", "4500", "4725"])  # up to a quarter of the target past
def test_an_entry_that_completes_the_goal_or_overshoots_a_little_is_taken(run, card, value):
    result = run("log", card, value, "--json")
    assert result.code == 0, result
    assert _current(run, card) == 900 + float(value)


def test_the_review_answers_file_follows_the_same_rule(run, card, tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"goals": {str(card): {"progress": 7000, "decision": "keep"}}}))
    result = run("review", "--answers", str(path))
    assert result.code == 1
    assert SAID in result.err and "--yes" in result.err
    assert _current(run, card) == 900
    assert run("review", "--history", "--json").json()["reviews"] == []
    path.write_text(json.dumps({"goals": {str(card): {"progress": 700, "decision": "keep"}}}))
    assert run("review", "--answers", str(path), "--json").code == 0
    assert _current(run, card) == 1600


def test_the_rule_itself():
    from clingoals.goal import entry_question

    def goal(current, statement=CARD, unit="dollars", target=4500):
        return {"statement": statement, "unit": unit, "target": target, "current": current, "logged": current}

    assert entry_question(7000, goal(900), today=None) == SAID + ". Log it anyway?"
    assert entry_question(5625, goal(0), today=None) is None     # a quarter past: taken
    assert entry_question(5700, goal(0), today=None).startswith("$5,700 in one entry is more than the $4,500 left")
    assert entry_question(4600, goal(4500), today=None) == (
        "$4,600 in one entry is more than the goal's whole $4,500 target, which is already reached. Log it anyway?")
    assert entry_question(4400, goal(4500), today=None) is None  # not more than the whole target
    assert entry_question(7000, goal(900, unit="miles"), today=None) is None          # money goals only
    assert entry_question(700, goal(0, "Keep takeout spending under $150 a month", target=150),
                          today=None) is None                    # a limit: going over is what it tracks
    assert entry_question(7000, goal(7000), today=None, left_out=6100) == SAID + ". Log it anyway?"  # review redone


def test_goals_edit_names_each_changed_field_once(run, add):
    assert run("aspiration", "add", "present parent").code == 0
    assert run("aspiration", "add", "financial health").code == 0
    goal = add("Have dinner with the kids five nights a week", "2027-01-19", "--personal",
               "--aspiration", "financial health")["id"]
    result = run("edit", goal, "--aspiration", "present parent", "--unlink-aspiration", "financial health",
                 "--reason", "the wrong one was linked")
    assert result.code == 0, result
    assert f"Updated goal {goal}: aspirations.\n" in result.err
    assert run("show", goal, "--json").json()["aspirations"] == ["present parent"]


BEDTIME = "Be in bed by 11pm on weeknights (69 nights) through February 28, 2027 so I wake up rested"


@pytest.fixture
def bedtime(run, add, monkeypatch):
    """Trial 14's goal: 69 weeknights from Tuesday Nov 24, 2026 (guided add's count)."""
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")
    goal = add(BEDTIME, "2027-02-28", "--target", "69", "--unit", "nights", "--personal")["id"]
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-12-08")
    return goal


def test_edit_due_says_the_rhythms_count_for_the_new_deadline_and_target_restates_it(run, bedtime):
    result = run("edit", bedtime, "--due", "2027-03-31", "--reason", "later start", "--json")
    assert result.code == 0, result
    data = result.json()
    assert data["count_for_deadline"] == {"target": 92, "unit": "nights", "said": "on weeknights"}
    assert data["measure"]["target"] == 69                       # said, not changed unasked
    assert "(69 nights) through March 31, 2027" in data["statement"]
    result = run("edit", bedtime, "--target", "92", "--reason", "the new count")
    assert result.code == 0, result
    assert "Its statement now says the new count:" in result.err
    data = run("show", bedtime, "--json").json()
    assert data["statement"] == "Be in bed by 11pm on weeknights (92 nights) through March 31, 2027 so I wake up rested"
    assert data["measure"]["target"] == 92


def test_edit_due_text_names_the_command_and_a_chosen_count_is_left_alone(run, bedtime):
    result = run("edit", bedtime, "--due", "2027-03-31", "--reason", "later start")
    assert "Its target stays 69 nights; on weeknights through March 31, 2027 make 92 nights: " \
           f"'goals edit {bedtime} --target 92 --reason ...' sets it" in " ".join(result.err.split())
    assert run("edit", bedtime, "--target", "80", "--reason", "my own count").code == 0
    result = run("edit", bedtime, "--due", "2027-04-30", "--reason", "later", "--json")
    assert result.code == 0 and "count_for_deadline" not in result.json()  # 80 is not the rhythm's count


def test_the_review_answers_file_restates_the_count_with_a_new_target(run, bedtime, tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"goals": {str(bedtime): {"decision": "adjust", "reason": "later start",
                                                         "deadline": "2027-03-31", "target": 92}}}))
    result = run("review", "--answers", str(path), "--json")
    assert result.code == 0, result
    data = run("show", bedtime, "--json").json()
    assert data["statement"] == "Be in bed by 11pm on weeknights (92 nights) through March 31, 2027 so I wake up rested"
    assert data["measure"]["target"] == 92 and data["deadline"] == "2027-03-31"


def test_the_count_rule_itself():
    import datetime as dt

    from clingoals.goal import recounted, rhythm_count

    record = {"statement": BEDTIME, "target": 69.0, "unit": "nights", "metric": None,
              "start_date": "2026-11-24", "deadline": "2027-02-28"}
    assert rhythm_count(record, dt.date(2027, 3, 31)) == {"target": 92.0, "unit": "nights", "said": "on weeknights"}
    assert rhythm_count({**record, "target": 60.0}, dt.date(2027, 3, 31)) is None      # a count the person chose
    assert rhythm_count({**record, "unit": "hours"}, dt.date(2027, 3, 31)) is None     # not occasions
    assert rhythm_count({**record, "statement": "Sleep more (69 nights)"}, dt.date(2027, 3, 31)) is None
    assert recounted(BEDTIME, 69, 92, "nights").startswith("Be in bed by 11pm on weeknights (92 nights) through")
    assert recounted("Read 12 books", 12, 20, "books") is None   # no count in brackets: the person's words stay
