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


# --- session 7: how often, folded in; the deadline phrase kept while none is answered ---

def test_how_often_answered_is_part_of_the_sentence_not_in_parentheses():
    day = dt.date(2026, 9, 30)
    assert compose_statement("walk 30 minutes after lunch", today=TODAY, metric="30 minutes 5 days a week",
                             deadline=day) == "Walk 30 minutes after lunch 5 days a week through September 30, 2026"
    assert compose_statement("sleep 8 hours", today=TODAY, metric="sleep 8 hours every night",
                             deadline=day) == "Sleep 8 hours every night through September 30, 2026"
    # words the sentence already says are not said twice
    assert compose_statement("walk 30 minutes after lunch", today=TODAY, metric="30 minutes every day after lunch",
                             deadline=day) == "Walk 30 minutes after lunch every day through September 30, 2026"
    # a rate goes with its amount
    assert compose_statement("walk 30 minutes after lunch", today=TODAY, metric="30 minutes a day",
                             deadline=day) == "Walk 30 minutes a day after lunch through September 30, 2026"
    # a measure that says more than how often keeps its parentheses
    assert compose_statement("Read before bed", today=TODAY, metric="20 pages a day") == \
        "Read before bed (20 pages a day)"
    # ... unless the sentence only hinted at it: "more" gives way (trial 14 C5)
    assert compose_statement("Read more", today=TODAY, metric="20 pages a day") == "Read 20 pages a day"


def test_the_deadline_phrase_stays_until_a_deadline_is_answered():
    assert compose_statement("Pass the NCE by end of year", today=TODAY) == "Pass the NCE by end of year"
    # the detail replaces the headline, whose deadline phrase goes with it into the draft
    assert compose_statement("get better at trauma work by June 30, 2027", today=TODAY,
                             specific="complete the EMDR basic training") == \
        "Complete the EMDR basic training by June 30, 2027"
    # once answered, the exact date takes its place
    assert compose_statement("get better at trauma work by June 30, 2027", today=TODAY,
                             specific="complete the EMDR basic training", deadline=dt.date(2027, 6, 30)) == \
        "Complete the EMDR basic training by June 30, 2027"
    assert compose_statement("By Q3, pass the NCE", today=TODAY) == "Pass the NCE by Q3"


def test_the_measure_and_deadline_come_before_the_sentences_own_reason():
    """Trial 12 P2: was "... on weeknights so I wake up rested (69 nights) through February 28, 2027"."""
    first = "Get to bed by 11pm on weeknights so I wake up rested"
    sentence = compose_statement(first, today=TODAY, target=69, unit="nights", metric="nights",
                                 deadline=dt.date(2027, 2, 28))
    assert sentence == "Get to bed by 11pm on weeknights (69 nights) through February 28, 2027, so I wake up rested"
    # the same reason kept as the goal's why is said once
    assert compose_statement(first, today=TODAY, target=69, unit="nights", metric="nights",
                             deadline=dt.date(2027, 2, 28), why="so I wake up rested") == sentence
    assert compose_statement("Save $3,000 by June so that I can take a vacation", today=TODAY,
                             target=3000, unit="dollars", deadline=dt.date(2027, 6, 30)) == \
        "Save $3,000 by June 30, 2027, so that I can take a vacation"
    assert compose_statement("Walk 30 minutes a day to manage stress", today=TODAY,
                             deadline=dt.date(2026, 8, 31)) == \
        "Walk 30 minutes a day through August 31, 2026, to manage stress"


def test_a_reason_with_nothing_to_go_before_it_stays_as_written():
    first = "Get to bed by 11pm on weeknights so I wake up rested"
    assert compose_statement(first, today=TODAY) == first
    assert compose_statement("learn to swim", today=TODAY, deadline=dt.date(2026, 8, 31)) == \
        "Learn to swim by August 31, 2026"  # "to swim" is what is learnt, not a reason
