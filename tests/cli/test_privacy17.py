"""Session 10, privacy17: trial 15 B4. A client's initials beside a client
word, their school or a session are flagged like a name (warn, then keep a
draft or need --yes); an ethnicity is never called a name; clinical and state
abbreviations are no initials. privacy18 (trial 16 B4) adds a child client
told without initials: a first name with their coping card at school, a
school with one child and a slot or disclosure, a slot with an age or a
placement."""

from __future__ import annotations

import json

import pytest

from clingoals.privacy import findings
from journal_privacy import assert_kept_as_draft

TRIAL15_SCRIPTED = "Client JM (14) at Eastside Middle disclosed DV"
TRIAL15_RETYPED = "discussed J.M. from Eastside Middle - mom disclosed DV at Tuesday's session"
TRIAL15_GUIDED = "discussed J.M., 14yo Haitian boy at Eastside Middle, DOB 3/2/2012 - mom disclosed DV"
TRIAL16_NAME = "Ayden finally used his coping card at school! Mom texted me. Felt like TF-CBT is working."


@pytest.mark.parametrize("text,shown", [
    (TRIAL15_SCRIPTED, "initials with an age ('JM')"),
    (TRIAL15_RETYPED, "initials with a school ('J.M.' at 'Eastside Middle')"),
    ("My client JM is struggling since the move", "initials next to client/patient ('JM')"),
    ("Saw pt JM today; progress on sleep", "initials next to client/patient ('JM')"),
    ("JM, my new client, missed again", "initials next to client/patient ('JM')"),
    ("Session with JM ran over", "initials in a session ('JM')"),
    ("Saw J.M. today; he is 14 and angry", "initials with an age ('J.M.')"),
    ("14yo Haitian boy at Eastside Middle disclosed abuse", "an age with a school ('14yo' at 'Eastside Middle')"),
    # privacy18, trial 16 B4: a child client told without initials
    (TRIAL16_NAME, "a first name with a client's story ('Ayden')"),
    ("Kid from Tuesday 3pm group at Lincoln Elementary, the one with the cast, disclosed abuse",
     "a school with a child client ('Lincoln Elementary')"),
    ("My 4pm (the 11 year old girl, foster placement) dissociated...",
     "an appointment slot with an age ('My 4pm', '11 year old')"),
    ("My 5pm (foster kid) no-showed", "an appointment slot with a placement ('My 5pm', 'foster kid')"),
    ("Jaylen's foster mom says his placement might end; school is worried",
     "a first name with a client's story ('Jaylen')"),
])
def test_a_journal_entry_placing_a_clients_initials_is_kept_as_a_draft(run, isolated_home, text, shown):
    assert_kept_as_draft(run, isolated_home, text, shown)
    saved = run("journal", text, "--yes", "--json")
    assert saved.code == 0, saved
    assert [e["text"] for e in run("journal", "list", "--json").json()] == [text]


def test_an_ethnicity_is_no_name_and_the_initials_beside_it_are_flagged(run):
    result = run("journal", TRIAL15_GUIDED)
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert "initials with an age ('J.M.')" in line and "a date of birth ('DOB 3/2/2012')" in line
    assert "Haitian" not in line and "a name" not in line
    assert run("journal", "list", "--json").json() == []


@pytest.mark.parametrize("text", [
    # an age or a language with a background names nobody
    "Ran the 12-week group for 14yo Haitian and Dominican boys",
    "Consulted on a 15-year-old Latina client's safety plan",
    "Booked a Haitian Creole interpreter for the family session",
    # abbreviations and colleagues beside client words, schools and sessions
    "Used CBT and EMDR with a client in session; DV screening CE next for my NJ LCSW renewal",
    "Pt denied SI/HI at today's session; PHQ-9 down to 11",
    "Client asked about NJ Medicaid coverage in session",
    "NASW ethics webinar, then LCSW supervision session at 2 PM",
    "My client in TX asked about telehealth across state lines",
    "Teen girls group in session: used TF-CBT and DBT skills",
    "Session with my supervisor J.R. about boundaries",
    "Supervisee J.K. ran her first intake today",
    "Presented on DBT skills at Eastside High School's staff meeting",
    # privacy18: trial 16's words about a colleague, one's own kids, a group's time or a brand
    "Maria shared her coping strategies for burnout at peer consultation",
    "My daughter Maya forgot her lunch at school again, Mom guilt is real",
    "Ran the Tuesday 3pm group at Lincoln Elementary, good energy",
    "My 4pm supervision ran long; my 7 year old waited in the car",
    "Dana's safety plan template is what I use with parents",
    "Lego was his coping tool at school",
])
def test_backgrounds_abbreviations_and_colleagues_are_saved_silently(run, text):
    result = run("journal", text, "--json")
    assert result.code == 0 and result.err == "", result
    assert [e["text"] for e in run("journal", "list", "--json").json()] == [text]


@pytest.mark.parametrize("key,text,shown", [
    ("obstacles", "Saw pt JM after school at Eastside Middle", "initials next to client/patient ('JM')"),
    ("achieved", TRIAL16_NAME, "a first name with a client's story ('Ayden')"),  # privacy18, trial 16
])
def test_a_review_answer_naming_a_client_by_initials_needs_yes(run, add, tmp_path, key, text, shown):
    add("Pass the NCE", "2027-03-31")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({key: text, "goals": {}}))
    result = run("review", "--answers", answers)
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert shown in line, line
    assert run("review", "--history", "--json").json()["reviews"] == []
    assert run("review", "--answers", answers, "--yes").code == 0
    assert len(run("review", "--history", "--json").json()["reviews"]) == 1
    assert [e[key] for e in run("journal", "list", "--json").json()] == [text]


def test_a_review_answer_with_abbreviations_only_is_taken(run, add, tmp_path):
    add("Pass the NCE", "2027-03-31")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"obstacles": "Two DV intakes and a CE deadline for the NJ board", "goals": {}}))
    result = run("review", "--answers", answers)
    assert result.code == 0, result
    assert len(run("review", "--history", "--json").json()["reviews"]) == 1


@pytest.mark.parametrize("abbreviation", "NJ TX CE PM DV EMDR CBT DBT PHQ LCSW NASW".split())
def test_bare_abbreviations_are_no_initials_beside_a_client_word_or_session(abbreviation):
    for text in (f"Client {abbreviation} questions in session", f"{abbreviation}, my client's worry",
                 f"Session at Eastside Middle about {abbreviation}"):
        assert findings(text) == [], (text, findings(text))
