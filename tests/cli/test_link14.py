"""New-user trial 13, linking goals to aspirations: the aspiration linked at
save follows the goal's statement before its plan (B6), `goals edit
--unlink-aspiration` (C1), and who made a link: the person or the card (C8)."""

from __future__ import annotations

import json

import pytest

AMFT = ("licensed MFT", "clinical supervisor", "healthy and present for my family")
PLAN = "already have about 1,200 hrs; ~15 hrs a week at the agency + weekly supervision with Dr. Lee"


@pytest.fixture
def amft(run):
    for name in AMFT:
        assert run("aspiration", "add", name).code == 0


def test_b6_scripted_licence_goal_with_a_supervision_plan_links_licensed_mft(run, amft):
    result = run("add", "Get my LMFT license", "--due", "December 2028", "--plan", PLAN,
                 "--measure", "3000 supervised hours and pass the clinical exam", "--json")
    assert result.code == 0, result
    assert result.json()["aspirations"] == ["licensed MFT"]
    assert "Linked to your aspiration 'licensed MFT'" in result.err
    shown = run("show", "1", "--json").json()
    assert shown["aspirations"] == ["licensed MFT"]
    assert "'licensed MFT'" in shown["score"]["criteria"]["relevant"]["reason"]


# --- C1: goals edit --unlink-aspiration -----------------------------------------------------------

@pytest.fixture
def linked_twice(run, amft):
    result = run("add", "Get my LMFT license", "--due", "December 2028", "--aspiration", "clinical supervisor",
                 "--aspiration", "licensed MFT", "--json")
    assert result.code == 0, result
    assert sorted(result.json()["aspirations"]) == ["clinical supervisor", "licensed MFT"]
    return result.json()["id"]


def _links(run, goal_id):
    return sorted(run("show", goal_id, "--json").json()["aspirations"])


def test_c1_unlink_an_aspiration_any_letter_case(run, linked_twice):
    result = run("edit", linked_twice, "--unlink-aspiration", "CLINICAL supervisor", "--reason", "linked by mistake",
                 "--json")
    assert result.code == 0, result
    assert result.json()["aspirations"] == ["licensed MFT"]
    assert _links(run, linked_twice) == ["licensed MFT"]
    # the aspiration itself stays, and the history keeps the unlinking with its reason
    assert "clinical supervisor" in [a["name"] for a in run("aspiration", "list", "--json").json()]
    history = run("history", linked_twice, "--json").json()
    assert any(r["field"] == "aspirations" and r["old"] == "clinical supervisor" and r["new"] is None
               and r["reason"] == "linked by mistake" for r in history), history


def test_c1_unlink_is_repeatable_and_says_what_is_left(run, linked_twice):
    result = run("edit", linked_twice, "--unlink-aspiration", "clinical supervisor", "--unlink-aspiration",
                 "licensed MFT", "--reason", "tidy up")
    assert result.code == 0, result
    assert _links(run, linked_twice) == []
    assert "linked to no aspiration now" in result.err


@pytest.mark.parametrize("args, said", [
    (["--unlink-aspiration", "clinical supervsor"], "Unknown aspiration 'clinical supervsor'. Did you mean "
                                                    "'clinical supervisor'?"),
    (["--unlink-aspiration", "researcher"], "Unknown aspiration 'researcher'."),
    (["--unlink-aspiration", "healthy and present for my family"], "isn't linked to 'healthy and present for my family'"),
    (["--unlink-aspiration", "licensed MFT", "--unlink-aspiration", "nope"], "Unknown aspiration 'nope'."),
    (["--unlink-aspiration", "licensed MFT", "--aspiration", "Licensed MFT"], "give it to one of them"),
    (["--unlink-aspiration", "licensed MFT", "--due", "yesterday"], "before"),
])
def test_c1_a_bad_unlink_is_one_line_exit_1_nothing_changed(run, linked_twice, args, said):
    before = run("show", linked_twice, "--json").json()
    result = run("edit", linked_twice, *args, "--reason", "x")
    assert result.code == 1, result
    assert said in result.err
    assert len(result.err.strip().splitlines()) == 1, result.err
    assert "Traceback" not in result.err
    assert run("show", linked_twice, "--json").json() == before


def test_c1_unlink_on_a_missing_goal(run, linked_twice):
    result = run("edit", 99, "--unlink-aspiration", "licensed MFT", "--reason", "x")
    assert result.code == 1
    assert "No goal with id 99" in result.err


def test_c1_unlink_alone_is_a_change(run, linked_twice):
    result = run("edit", linked_twice, "--unlink-aspiration", "licensed MFT", "--reason", "x")
    assert result.code == 0, result
    assert "Nothing to change" not in result.err
    assert _links(run, linked_twice) == ["clinical supervisor"]


def test_c1_edit_help_lists_unlink(run):
    result = run("edit", "--help")
    assert "--unlink-aspiration" in result.out


# --- C8: who made the link: the person, or the card at save ------------------------------------------

CARD = "linked when you saved it, because the card found it serves it"
FAMILY = "healthy and present for my family"
EVENINGS = "Keep evenings phone-free from 6 to 8pm on weeknights with my family"


def _relevant(run, goal_id):
    return run("show", goal_id, "--json").json()["score"]["criteria"]["relevant"]["reason"]


def test_c8_a_link_the_card_made_at_save_is_not_said_to_be_yours(run, amft):
    result = run("add", EVENINGS, "--due", "end of January", "--json")
    assert result.code == 0, result
    assert f"Linked to your aspiration '{FAMILY}': the goal serves it." in result.err
    goal = result.json()
    assert (goal["aspirations"], goal["aspirations_by_card"]) == ([FAMILY], [FAMILY])
    reason = _relevant(run, goal["id"])
    assert reason.startswith(f"Serves your aspiration '{FAMILY}': {CARD} (")
    assert "you linked it" not in reason
    plan = run("plan", "--include-personal")
    assert plan.code == 0, plan
    assert CARD in " ".join(plan.out.split()) and "you linked it" not in plan.out


def test_c8_a_link_the_person_gave_still_says_you_linked_it(run, amft):
    result = run("add", "Get my LMFT license", "--due", "December 2028", "--aspiration", "licensed mft", "--json")
    assert result.code == 0, result
    assert (result.json()["aspirations"], result.json()["aspirations_by_card"]) == (["licensed MFT"], [])
    assert _relevant(run, result.json()["id"]) == "Serves your aspiration 'licensed MFT': you linked it (licensure)."
    assert "Linked" not in result.err


def test_c8_unlinked_then_linked_again_by_the_person_is_theirs(run, amft):
    goal_id = run("add", EVENINGS, "--due", "end of January", "--json").json()["id"]
    assert run("edit", goal_id, "--unlink-aspiration", FAMILY, "--reason", "check").code == 0
    linked = run("edit", goal_id, "--aspiration", FAMILY, "--reason", "yes, it does", "--json")
    assert linked.code == 0, linked
    assert (linked.json()["aspirations"], linked.json()["aspirations_by_card"]) == ([FAMILY], [])
    assert "you linked it" in _relevant(run, goal_id)


def test_c8_deleting_the_aspiration_clears_the_cards_link(run, amft):
    goal_id = run("add", EVENINGS, "--due", "end of January", "--json").json()["id"]
    assert run("aspiration", "delete", FAMILY, "--yes").code == 0
    goal = run("show", goal_id, "--json").json()
    assert (goal["aspirations"], goal["aspirations_by_card"]) == ([], [])
    assert run("export").code == 0


def test_c8_export_import_export_keeps_who_linked_it(run, amft, tmp_path, monkeypatch):
    card_goal = run("add", EVENINGS, "--due", "end of January", "--json").json()["id"]
    own_goal = run("add", "Get my LMFT license", "--due", "December 2028", "--aspiration", "licensed MFT",
                   "--json").json()["id"]
    first = run("export")
    assert first.code == 0, first
    document = json.loads(first.out)
    by_uuid = {a["uuid"]: a["name"] for a in document["aspirations"]}
    cards = {g["id"]: g["card_aspiration_uuid"] for g in document["goals"]}
    assert by_uuid[cards[card_goal]] == FAMILY and cards[own_goal] is None
    (tmp_path / "first.json").write_text(first.out)
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "fresh"))
    imported = run("import", tmp_path / "first.json")
    assert imported.code == 0, imported
    again = json.loads(run("export").out)
    document.pop("exported_at"), again.pop("exported_at")
    assert again == document
    assert CARD in _relevant(run, card_goal)
    assert "you linked it" in _relevant(run, own_goal)
    # a file written before who linked it was kept (no card_aspiration_uuid) imports as the person's links
    for goal in document["goals"]:
        goal.pop("card_aspiration_uuid")
    (tmp_path / "old.json").write_text(json.dumps(document))
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "older"))
    assert run("import", tmp_path / "old.json").code == 0
    assert run("show", card_goal, "--json").json()["aspirations_by_card"] == []
