"""Trial 7, B4: a first name with an age or a diagnosis is stopped by the
privacy check like a name in a session, in a script and at a terminal."""

from __future__ import annotations

import pytest

JAKE = "Tough week. Jake, the 15-year-old with bipolar disorder, missed again and I worried about him all weekend."


@pytest.mark.parametrize("text", [
    JAKE,
    "Emma (age 9) cried through the whole session",
    "Leo, who has ADHD, did well with the new routine",
])
def test_a_name_with_an_age_or_diagnosis_is_not_saved_without_yes(run, text):
    result = run("journal", text)
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert "Not saved: this entry may identify a client" in line and "--yes" in line
    assert run("journal", "list", "--json").json() == []
    saved = run("journal", text, "--yes", "--json")
    assert saved.code == 0, saved
    assert [e["text"] for e in run("journal", "list", "--json").json()] == [text]


def test_a_reflection_about_a_diagnosis_without_a_client_is_saved(run):
    text = "Talked to Sarah about my own anxiety before the exam; working with bipolar clients is hard"
    result = run("journal", text, "--json")
    assert result.code == 0 and result.err == "", result
    assert [e["text"] for e in run("journal", "list", "--json").json()] == [text]
