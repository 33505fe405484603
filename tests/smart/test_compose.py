"""Composing one SMART sentence from the first sentence and the answers."""

from __future__ import annotations

import datetime as dt

from clingoals.smart.compose import compose_statement

TODAY = dt.date(2026, 5, 13)


def test_the_detail_replaces_a_vague_headline_and_every_part_is_said():
    sentence = compose_statement("get better at trauma work", today=TODAY,
                                 specific="complete the EMDR basic training for adults with PTSD",
                                 target=50, unit="training hours", deadline=dt.date(2027, 6, 30),
                                 why="so that I can treat veterans with PTSD")
    assert sentence == ("Complete the EMDR basic training for adults with PTSD (50 training hours) "
                        "by June 30, 2027, so that I can treat veterans with PTSD")


def test_a_deadline_phrase_in_the_words_gives_way_to_the_exact_date():
    sentence = compose_statement("Pass the NCE by end of year", today=TODAY, deadline=dt.date(2026, 12, 31))
    assert sentence == "Pass the NCE by December 31, 2026"


def test_a_habit_runs_through_its_date():
    sentence = compose_statement("Walk 30 minutes a day by end of year", today=TODAY,
                                 deadline=dt.date(2026, 12, 31))
    assert sentence == "Walk 30 minutes a day through December 31, 2026"


def test_reasons_read_as_a_sentence():
    day = dt.date(2026, 9, 1)
    assert compose_statement("Pass the NCE", today=TODAY, deadline=day, why="treat veterans").endswith(
        ", so that I can treat veterans")
    assert compose_statement("Pass the NCE", today=TODAY, deadline=day, why="I want to open a practice").endswith(
        ", because I want to open a practice")
    assert compose_statement("Pass the NCE", today=TODAY, deadline=day, why="to qualify for the LPC").endswith(
        ", to qualify for the LPC")
    # trial 4: was "so that I can so my PTSD clients ..."
    assert compose_statement("Pass the NCE", today=TODAY, deadline=day,
                             why="so my PTSD clients get evidence-based care").endswith(
        ", so that my PTSD clients get evidence-based care")


def test_nothing_is_said_twice():
    sentence = compose_statement("Complete 40 CE hours by June 30", today=TODAY, target=40, unit="CE hours",
                                 metric="CE hours", deadline=dt.date(2026, 6, 30))
    assert sentence == "Complete 40 CE hours by June 30, 2026"
    assert compose_statement("Pass the NCE", today=TODAY, metric="pass the exam") == "Pass the NCE"
