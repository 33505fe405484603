"""Session 12, privacy: new-user trials' misses and false alarms. Each miss
is warned about by `goals journal`, naming what it found, and what was typed
is kept (a private draft without a terminal; saved as typed with --yes);
each false alarm is saved silently."""

from __future__ import annotations


import pytest
from journal_privacy import assert_kept_as_draft, assert_saved_silently


@pytest.mark.parametrize("text,shown", [
    ("Saw Maria T. today, she is doing better", "a first name and last initial ('Maria T.')"),
    ("JRM disclosed abuse at the end of the session", "initials with what a client does ('JRM disclosed')"),
    ("J. said he wants to stop coming", "initials with what a client does ('J. said')"),
    ("AR's mother called to cancel", "initials with their family (\"AR's mother\")"),
    ("Marcus no-showed again", "a first name with what a client does ('Marcus no-showed')"),
    ("the 14-year-old I see who keeps skipping 3rd period",
     "an age with a school detail ('14-year-old I see', '3rd period')"),
    ("a student at Lincoln Middle who keeps getting into fights",
     "one child at a named school ('a student at Lincoln Middle')"),
    ("Saw Devon in session today. He lives with his grandmother and works at the Shell station.",
     "a name, then where he or she lives, works or studies ('Devon', 'He lives with')"),
    ("Ms. P cried through the whole session", "a title and an initial with clinical detail ('Ms. P', 'session')"),
])
def test_the_warning_names_what_it_found_and_the_entry_is_kept(run, isolated_home, text, shown):
    assert_kept_as_draft(run, isolated_home, text, shown)  # nothing typed is dropped
    saved = run("journal", text, "--yes", "--json")
    assert saved.code == 0, saved
    assert shown in saved.err  # --yes still says what it found
    assert [e["text"] for e in run("journal", "list", "--json").json()] == [text]


@pytest.mark.parametrize("text", [
    "Finished 'Trauma-Focused CBT' by PESI",
    "Mon: supervision. Wed: CE webinar. Sept: license renewal.",
    "Out Fri; back Mon. A.M. notes first.",
    "Ms. P",
    "Ms. P from the front desk fixed the scanner",
    "Met with Dr. Lee for supervision",
    "TX said my renewal is approved",
    "Everyone no-showed today; used the time for notes",
    "Presented to the 8th grade class at Lincoln Middle",
])
def test_course_titles_calendar_words_and_colleagues_are_saved_silently(run, text):
    assert_saved_silently(run, text)
