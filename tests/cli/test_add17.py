"""add17 (session 10, new-user trial 15): guided add's measure answer is
judged on its own words, not on a mistyped sum elsewhere in the first
sentence (B3); finishing a race is a checkable result, and a running goal's
Measurable advice gives running results (C1); the composed sentence says the
date once in place of a vague time (C2)."""

from __future__ import annotations

from clingoals.usecases import drafting as use

TYPO = {"statement": "Pay down my $9,OOO car loan"}


def test_a_measure_answer_is_not_refused_for_a_typo_elsewhere_in_the_sentence():
    """Trial 15 B3: 'balance down to $0' was "names no measure" beside "$9,OOO"."""
    assert use.names_a_measure("balance down to $0", TYPO)
    assert use.names_a_measure("loan balance at $0", TYPO)
    # nor passed by the sum the person declined to have corrected
    assert not use.names_a_measure("lower it", TYPO)


def test_the_advice_after_a_refused_measure_is_about_the_measure():
    """Trial 15 B3: was "→ Write it as $9,000 (commas between thousands only)." after every refusal."""
    said = use.measure_suggestion(TYPO, "Write it as $9,000 (commas between thousands only).")
    assert said.startswith("Add a measure") and "$9,000" not in said
    assert use.measure_suggestion({"statement": "Pay down my car loan"}, "as the card says") == "as the card says"
