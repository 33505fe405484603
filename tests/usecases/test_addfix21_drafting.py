"""Trial 21 (an Illinois LPC) and guided `goals add`: an edited wording takes the place of
the "What exactly?" answer it no longer says (#1), the history says the person edited it
(#11), a result someone issues is a measure (#3), a rhythm measure runs "through" its date
(#2), the card's word lists keep the text's letters (#12) and a one-line add writes its
relative deadline out (#15)."""

from __future__ import annotations

import pytest

from clingoals.usecases import drafting, goals


def values(**given) -> dict:
    base = dict(statement=None, title=None, specific=None, measure=None, target=None, unit=None,
                baseline=None, plan=None, hours_per_week=None, why=None, category=None, personal=False,
                parent=None, confidence=None, start=None, due=None, horizon=None)
    base.update(given)
    return base


EDITED = ("Complete the EMDR basic training (50 training hours) by February 28, 2027, so I can offer EMDR "
          "to my PTSD clients")


@pytest.mark.parametrize("answer, says", [
    ("complete the EMDR basic trianing", False),  # the typo the edit corrected
    ("complete the EMDR basic training", True),  # letter case aside
    ("the EMDR basic training", True),
    ("EMDR part 2", False),
])
def test_an_edited_wording_says_an_answer_only_with_all_its_words(answer, says):
    assert drafting.wording_says(answer, EDITED) is says


def test_the_answer_an_edit_replaced_is_kept_in_the_history_not_in_the_goal(store, today, now):
    draft = values(statement="get better at truama work", specific=None, target=50.0, unit="training hours",
                   measure="training hours", due="2027-02-28", why="so I can offer EMDR to my PTSD clients")
    data, _ = drafting.save_goal(store, draft, statement=EDITED, today=today, now=now,
                                 reason=drafting.EDITED_REASON, specific_replaced="complete the EMDR basic trianing")
    assert data["statement"] == EDITED and data["specific"] is None
    history = [(e["field"], e["old"], e["new"], e["reason"]) for e in goals.goal_history(store, data["id"])
               if e["kind"] == "revision"]
    assert history == [
        ("statement", "get better at truama work", EDITED, drafting.EDITED_REASON),
        ("specific", "complete the EMDR basic trianing", None, drafting.SPECIFIC_REPLACED_REASON)]
    assert "edited by you" in drafting.EDITED_REASON


def test_a_private_draft_keeps_the_answer_an_edit_replaced(isolated_home, today, now):
    drafting.keep_draft(values(statement="get better at truama work"), wording=EDITED,
                        specific_replaced="complete the EMDR basic trianing", today=today, now=now)
    [kept] = drafting.drafts()
    assert kept["specific_replaced"] == "complete the EMDR basic trianing" and kept["wording"] == EDITED


@pytest.mark.parametrize("answer", ["license issued by IDFPR", "my license is issued", "certificate issued",
                                    "IDFPR issues my license", "LCPC license in hand"])
def test_a_license_or_certificate_issued_is_a_result_to_check_not_a_plan(answer):
    draft = values(statement="get my LCPC lisence so i can supervise")
    assert drafting.names_a_measure(answer, draft)
    assert not drafting.reads_as_an_action(answer)


@pytest.mark.parametrize("answer", ["resolve billing issues with my clinic", "renew my state-issued ID"])
def test_an_issue_or_a_state_issued_thing_is_no_result_issued(answer):
    assert not drafting.names_a_measure(answer, values(statement="Get organized at work"))


@pytest.mark.parametrize("first, measure, target, composed", [
    # trial 21 #2: it said "by March 31", and the count took the rhythm's place ("(90 nights) by")
    ("spend more time with my kids", "at dinner 5 nights a week", 90,
     "Spend more time with my kids (at dinner 5 nights a week, 90 nights) through March 31, 2027"),
    ("spend more time with my kids", "at dinner 5 nights a week", None,
     "Spend more time with my kids (at dinner 5 nights a week) through March 31, 2027"),
    ("stop checking work email at night", "no work email after 8pm on 6 nights out of 7", None,
     "Stop checking work email at night (no work email after 8pm on 6 nights out of 7) through March 31, 2027"),
    # as the "How often?" path has it, and a total is no rhythm: "by"
    ("walk 30 minutes after lunch", "30 minutes 4 days a week", 72,
     "Walk 30 minutes after lunch 4 days a week (72 walks) through March 31, 2027"),
    ("Complete the EMDR basic training", "training hours", 50,
     "Complete the EMDR basic training (50 training hours) by March 31, 2027"),
])
def test_a_rhythm_in_the_measure_runs_through_the_deadline(today, first, measure, target, composed):
    unit = None if target is None else "walks" if "walk" in first else "nights" if "night" in measure \
        else "training hours"
    draft = values(statement=first, measure=measure, target=target, unit=unit, due="2027-03-31")
    assert drafting.composed_statement(draft, today=today) == composed
