"""Session 13, privacy, without a terminal: `goals journal` refuses an entry
naming a client by a first name with what is a client's (one line on
stderr naming what decided it, exit 1, the text kept as a private draft),
and with --yes saves it as typed; a colleague's or a friend's story with a
first name is saved silently."""

from __future__ import annotations

import json

import pytest

SUPERVISION = ("Supervision with Dr. Patel: she said my pacing with Maria's trauma narrative was good but I rush "
               "the grounding at the end")


@pytest.mark.parametrize("text,shown", [
    (SUPERVISION, "a first name with what is a client's (\"Maria's trauma narrative\")"),
    ("Carlos was late again. He lives with his aunt and works at the tire shop.",
     "a name, then where he or she lives, works or studies ('Carlos', 'He lives with')"),
    ("Tomás has court on the 12th", "a first name with what happened to them ('Tomás', 'court on')"),
])
def test_the_refusal_is_one_line_naming_what_decided_it_and_the_text_is_kept(run, isolated_home, text, shown):
    result = run("journal", text)
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert "Not saved: this entry may identify a client" in line and shown in line, line
    assert "Traceback" not in result.err
    assert run("journal", "list", "--json").json() == []
    [draft] = (isolated_home / "drafts").iterdir()
    assert json.loads(draft.read_text())["text"] == text
    saved = run("journal", text, "--yes", "--json")
    assert saved.code == 0, saved
    assert shown in saved.err
    assert [e["text"] for e in run("journal", "list", "--json").json()] == [text]


@pytest.mark.parametrize("text", [
    "Supervision with Karen: we talked about suicide risk with adolescents",
    "Karen shared her safety plan template in team meeting",
    "Emma's mom called to set up a playdate",
    "Supervisee Jordan asked good questions about documentation",
])
def test_colleagues_and_friends_with_first_names_are_saved_silently(run, text):
    result = run("journal", text, "--json")
    assert result.code == 0 and result.err == "", result
    assert [e["text"] for e in run("journal", "list", "--json").json()] == [text]
