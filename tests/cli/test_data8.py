"""Trial 8 (data8): a review's goals travel in exports, a done goal can be
reopened, CE credits say which cycle they count in, a CE CSV from another
home imports without its goal links, history in time order, a goal lists
its linked credits, and small polish."""

from __future__ import annotations

import json

import pytest


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
