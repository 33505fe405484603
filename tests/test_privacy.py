"""The privacy guard: realistic text that identifies a client, and text that doesn't."""

import pytest

from clingoals.privacy import findings

IDENTIFYING = [
    ("Session with client Maria Lopez was hard", "a name next to client"),
    ("My patient John had a panic attack in group", "a name next to client"),
    ("Jordan, my client, disclosed a relapse", "a name next to client"),
    ("Intake for DOB 03/14/1988 went long", "date of birth"),
    ("Need to call back at (512) 555-0147 about scheduling", "phone number"),
    ("Her mom emailed from jane.doe@example.com", "e-mail address"),
    ("Chart #48213 still needs a treatment plan", "record or case number"),
    ("MRN 00123456 missing consent form", "record or case number"),
    ("Client named Sam kept the appointment", "a name next to client"),
    ("Date of birth on the form was wrong", "date of birth"),
]
HARMLESS = [
    "Felt grounded in group today; the DBT skills module landed",
    "A difficult client session left me drained; I took a walk after",
    "My supervisor said my case conceptualisation is clearer",
    "Saw 6 clients today and finished all notes by 5 pm",
    "The new client intake process at the clinic is slow",
    "Completed 3 CE hours on telehealth ethics",
    "Each client deserves my full attention; I was distracted today",
    "Trauma clients need more pacing than I gave this week",
    "Finished session notes for 2026-05-12 before lunch",
    "Group supervision on Friday helped me think about boundaries",
]


@pytest.mark.parametrize("text,kind", IDENTIFYING)
def test_identifying_text_is_noticed(text, kind):
    found = findings(text)
    assert found and kind in found[0], (text, found)


@pytest.mark.parametrize("text", HARMLESS)
def test_plain_reflections_pass_silently(text):
    assert findings(text) == []
