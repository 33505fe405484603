"""Session 14, privacy, without a terminal: `goals journal` refuses held-out
13's former misses (one line on stderr naming what decided it, exit 1,
nothing saved, the text kept as a private draft) and saves session 13's false
alarms (a friend's arrest, a colleague's news told to the team, a to-do's
verb, staff of the county or HR) silently."""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize("text,shown", [
    ("I keep replaying what Hannah said about her uncle. Bring it to supervision.",
     "a first name taken to supervision ('Hannah said about her uncle', 'Bring it to supervision')"),
    ("The firefighter I see from Station 9 is finally sleeping through the night",
     "someone you see by their work and place ('The firefighter I see from Station 9')"),
    ("Grace got the job at Target and is so proud; 6 months sober next week",
     "a first name with what happened to them ('Grace', '6 months sober')"),
])
def test_a_former_miss_is_refused_in_one_line_and_kept_as_a_draft(run, isolated_home, text, shown):
    result = run("journal", text)
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert "Not saved: this entry may identify a client" in line and shown in line, line
    assert run("journal", "list", "--json").json() == []
    [draft] = (isolated_home / "drafts").iterdir()
    assert json.loads(draft.read_text())["text"] == text


@pytest.mark.parametrize("text", [
    "Jess told me she was arrested at a protest",
    "Sarah disclosed her diagnosis to the team",
    "Drove Ava to her dad's",
    "Met with JT from the county",
    "Met with K. Smith from HR",
])
def test_a_former_false_alarm_is_saved_silently(run, text):
    result = run("journal", text, "--json")
    assert result.code == 0 and result.err == "", result
    assert [e["text"] for e in run("journal", "list", "--json").json()] == [text]
