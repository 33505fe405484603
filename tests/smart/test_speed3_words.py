"""The clause reader's words read piece by piece (speed3, issue 11): exactly WORD's words over the whole text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from clingoals.smart import language

_BITS = ["walk", "Walk", "3", "30th", "e.g.", "i.e", ".", ",", ";", ":", "(", ")", "[", "]", "'", "-", "+",
         "client's", "tf-cbt", "x.y", "end.", "é", "İ", "ß", "_", " ", "  ", "\t", "\n", "\x1c", "\x1f", "\x85",
         "\u00a0", "\u2003", "...", "a.", ".b", "$5", "10:30"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_BITS), max_size=16))
def test_words_of_reads_what_word_finds_in_the_whole_text(parts):
    for text in ("".join(parts), " ".join(parts)):
        assert language.words_of.__wrapped__(text) == language.WORD.findall(text.lower()), repr(text)
