"""The privacy check against its corpus: ordinary reflections pass silently,
every identifying text is caught, and each finding says what it saw."""

import pytest

from clingoals.privacy import findings
from privacy_corpus import IDENTIFYING, ORDINARY


def test_corpus_is_big_enough():
    assert len(ORDINARY) >= 40 and len(IDENTIFYING) >= 30


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_reflections_raise_no_alarm(text):
    assert findings(text) == []


@pytest.mark.parametrize("text", IDENTIFYING)
def test_identifying_text_is_caught(text):
    assert findings(text), text


@pytest.mark.parametrize("text,kind,shown", [
    ("Mr. Johnson cancelled again", "a name with a title", "Johnson"),
    ("Ms. Chen's insurance denied the claim", "a name with a title", "'Chen'"),
    ("Session with client Maria Lopez was hard", "a name next to client/patient", "Maria Lopez"),
    ("K.L. born 02/17/1975 reported", "a date of birth", "02/17/1975"),
    ("SSN 123-45-6789 was on the form", "a social security number", "123-45-6789"),
    ("Home visit at 1423 Maple Avenue ran long", "a street address", "1423 Maple Avenue"),
    ("call patient Mary Jones at 512-555-0100", "a phone number", "512-555-0100"),
    ("MRN 00123456 missing consent", "a record or case number", "MRN 00123456"),
])
def test_each_finding_names_what_it_saw(text, kind, shown):
    assert any(kind in f and shown in f for f in findings(text)), findings(text)


def test_empty_and_missing_text_pass():
    assert findings("") == [] and findings(None) == []
