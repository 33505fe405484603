"""The card as shown: its cited words keep the letters of the sentence scored, and a typo
hint is a line of its own (trial 21 #12: "(complete, emdr, trianing)", and "→ 'truama': did
you mean 'trauma'? Replace it with ..." on one line)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from rich.console import Console

from clingoals import render
from clingoals.usecases import drafting

REASON = "Names what you'll do and the context ({})."


@pytest.mark.parametrize("text, evidence, shown", [
    ("Complete the EMDR basic training for my PTSD clients", ["complete", "emdr", "training", "ptsd"],
     "complete, EMDR, training, PTSD"),
    ("Complete the TF-CBT web course for Spanish speakers", ["complete", "tf-cbt", "web", "spanish"],
     "complete, TF-CBT, web, Spanish"),
    ("get better at trauma work. complete the emdr training", ["complete", "emdr"], "complete, emdr"),
])
def test_the_cited_words_keep_the_sentences_letters(text, evidence, shown):
    assert render.without_repeats(REASON.format(", ".join(evidence)), evidence, text) == REASON.format(shown)


def test_a_typo_hint_is_its_own_line_before_the_advice():
    card = drafting.draft_card({"statement": "get better at truama work"}, [], [], today=dt.date(2026, 11, 24))
    out = io.StringIO()
    Console(file=out, width=100, no_color=True).print(render.scorecard(card))
    lines = [line.strip(" │") for line in out.getvalue().splitlines()]
    hint = next(i for i, line in enumerate(lines) if "did you mean 'trauma'?" in line)
    assert lines[hint].endswith("→ 'truama': did you mean 'trauma'?")
    assert lines[hint + 1].startswith("→ Replace it with an observable action")
