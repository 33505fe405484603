"""render.without_repeats: the card's cited evidence without repeats (judge13, item 6)."""

from __future__ import annotations

import pytest

from clingoals.render import without_repeats

CONTEXT = "Names what you'll do and the context ({})."


@pytest.mark.parametrize("evidence, shown", [
    (["swim", "swims", "27 swims", "twice a week"], "swim, 27 swims, twice a week"),
    (["become", "clinical", "supervisor", "clinical supervisor"], "become, clinical supervisor"),
    # a fifth item comes into the four shown once a repeat is dropped
    (["lead", "group", "dbt", "dbt skills group", "weekly"], "lead, dbt skills group, weekly"),
    (["walk", "lunch", "walks", "30 minutes", "5 days a week"], "walk, lunch, walks, 30 minutes"),
])
def test_a_word_a_longer_item_says_is_not_cited_again(evidence, shown):
    assert without_repeats(CONTEXT.format(", ".join(evidence[:4])), evidence) == CONTEXT.format(shown)


@pytest.mark.parametrize("reason, evidence", [
    ("Target set: 27 swims.", ["27 swims"]),
    ("You'll know by the numbers: 27 swims, twice a week.", ["27 swims", "twice a week"]),
    ("Serves your aspiration 'close to family' (family).", ["close to family"]),
    ("Names what you'll do and the context (call, dad).", ["call", "dad"]),
])
def test_other_reasons_are_shown_as_the_scorer_wrote_them(reason, evidence):
    assert without_repeats(reason, evidence) == reason
