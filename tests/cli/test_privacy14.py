"""Session 14, privacy, without a terminal: `goals journal` refuses held-out
13's former misses (one line on stderr naming what decided it, exit 1,
nothing saved, the text kept as a private draft) and saves session 13's false
alarms (a friend's arrest, a colleague's news told to the team, a to-do's
verb, staff of the county or HR) silently."""

from __future__ import annotations


import pytest
from journal_privacy import assert_kept_as_draft, assert_saved_silently


@pytest.mark.parametrize("text,shown", [
    ("I keep replaying what Hannah said about her uncle. Bring it to supervision.",
     "a first name taken to supervision ('Hannah said about her uncle', 'Bring it to supervision')"),
    ("The firefighter I see from Station 9 is finally sleeping through the night",
     "someone you see by their work and place ('The firefighter I see from Station 9')"),
    ("Grace got the job at Target and is so proud; 6 months sober next week",
     "a first name with what happened to them ('Grace', '6 months sober')"),
])
def test_a_former_miss_is_refused_in_one_line_and_kept_as_a_draft(run, isolated_home, text, shown):
    assert_kept_as_draft(run, isolated_home, text, shown)


@pytest.mark.parametrize("text", [
    "Jess told me she was arrested at a protest",
    "Sarah disclosed her diagnosis to the team",
    "Drove Ava to her dad's",
    "Met with JT from the county",
    "Met with K. Smith from HR",
])
def test_a_former_false_alarm_is_saved_silently(run, text):
    assert_saved_silently(run, text)
