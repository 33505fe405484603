"""Session 10, privacy18: trial 16 B4. A child client told without initials
(a first name with their coping card at school, a named school with one
child and a disclosure or slot, an appointment slot with an age or a
placement) is warned about (a draft without a terminal, or --yes); the same
words about a colleague, one's own kids or a group's time are saved silently."""

from __future__ import annotations

import json

import pytest

TRIAL16_NAME = "Ayden finally used his coping card at school! Mom texted me. Felt like TF-CBT is working."
TRIAL16_SCHOOL = "Kid from Tuesday 3pm group at Lincoln Elementary, the one with the cast, disclosed abuse"
TRIAL16_SLOT = "My 4pm (the 11 year old girl, foster placement) dissociated..."


@pytest.mark.parametrize("text,shown", [
    (TRIAL16_NAME, "a first name with a client's story ('Ayden')"),
    (TRIAL16_SCHOOL, "a school with a child client ('Lincoln Elementary')"),
    (TRIAL16_SLOT, "an appointment slot with an age ('My 4pm', '11 year old')"),
    ("My 5pm (foster kid) no-showed", "an appointment slot with a placement ('My 5pm', 'foster')"),
    ("Jaylen's foster mom says his placement might end; school is worried",
     "a first name with a client's story ('Jaylen')"),
])
def test_a_journal_entry_telling_a_child_clients_story_is_kept_as_a_draft(run, isolated_home, text, shown):
    result = run("journal", text)
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert "Not saved: this entry may identify a client" in line and shown in line, line
    assert run("journal", "list", "--json").json() == []
    [draft] = (isolated_home / "drafts").iterdir()
    assert json.loads(draft.read_text())["text"] == text  # nothing typed is lost
    assert run("journal", text, "--yes", "--json").code == 0
    assert [e["text"] for e in run("journal", "list", "--json").json()] == [text]


@pytest.mark.parametrize("text", [
    "Maria shared her coping strategies for burnout at peer consultation",
    "My daughter Maya forgot her lunch at school again, Mom guilt is real",
    "Ran the Tuesday 3pm group at Lincoln Elementary, good energy",
    "My 4pm supervision ran long; my 7 year old waited in the car",
    "Dana's safety plan template is what I use with parents",
    "Lego was his coping tool at school",
])
def test_colleagues_own_kids_and_a_groups_time_are_saved_silently(run, text):
    result = run("journal", text, "--json")
    assert result.code == 0 and result.err == "", result
    assert [e["text"] for e in run("journal", "list", "--json").json()] == [text]


def test_a_review_answer_with_a_child_clients_first_name_needs_yes(run, add, tmp_path):
    add("Pass the NCE", "2027-03-31")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"achieved": TRIAL16_NAME, "goals": {}}))
    result = run("review", "--answers", answers)
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert "a first name with a client's story ('Ayden')" in line, line
    assert run("review", "--history", "--json").json()["reviews"] == []
    assert run("review", "--answers", answers, "--yes").code == 0
    assert len(run("review", "--history", "--json").json()["reviews"]) == 1
    assert [e["achieved"] for e in run("journal", "list", "--json").json()] == [TRIAL16_NAME]
