"""smart.twins (issue 11, speedU): an ASCII twin rearranged for speed finds
exactly what the pattern as written finds (spans and groups), for every
vocabulary pattern on the corpus and for tricky sources on any text; where
letter case matters it is compiled as written."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from re import _constants as c

from clingoals.smart import scorer, twins
from clingoals.smart import vocabulary as v

_CORPUS = Path(__file__).with_name("corpus.toml")


def _found(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups(), m.lastindex) for m in pattern.finditer(text)]


def _opens(items) -> list:
    """The first operation of each alternative of the top-level branch."""
    branch = next(av for op, av in items if op is c.BRANCH)
    return [alternative[0][0] if len(alternative) else None for alternative in branch[1]]


def test_alternatives_open_with_a_character_re_turns_away_at_a_glance():
    """A \\b after a \\b is left out, a group of words is spliced into the
    branch, and alternatives opening with one character are joined behind it."""
    fast = twins.rearranged(r"\b(?=[bat])(?:\b(?:by|before)\s+\d|\bafter\s+\d|\btill|to)", re.ASCII)
    assert _opens(fast) == [c.LITERAL, c.LITERAL, c.LITERAL]  # b(?:y..|efore..), after.., t(?:ill|o)
    assert twins.rearranged(r"(?i)\b(?:by|before)", re.ASCII) is None  # letter case matters: as written
    assert twins.rearranged(r"(?:by|before)", re.ASCII | re.IGNORECASE) is None
    # the twins the scorer searches are rearranged: most of FREQUENCY_COUNT's alternatives open with a character
    opens = _opens(twins.rearranged(v.FREQUENCY_COUNT.pattern, re.ASCII))
    assert opens.count(c.LITERAL) >= 8 and c.AT not in opens, opens
    assert v.for_ascii(v.FREQUENCY_COUNT).pattern == v.FREQUENCY_COUNT.pattern
    # \b then words: the \b is asked after their first letter (re then skips places without one)
    assert twins.rearranged(r"\bthe\s", re.ASCII)[0] == (c.LITERAL, ord("t"))
    assert twins.rearranged(r"\b(?=[ab])(?:ab|ba)", re.ASCII)[0][0] is c.BRANCH
    assert twins.rearranged(r"\b(?=[a])(?:ab|ba)", re.ASCII)[0][0] is c.AT  # (b is no first character: as it was)
    assert twins.rearranged(r"\b(?:" + "|".join(f"{x}y" for x in "abcdefghij") + ")", re.ASCII)[0][0] is c.AT  # (many)


_TEXTS = [entry["text"] for entry in tomllib.loads(_CORPUS.read_text("utf-8"))["goal"]] + [
    "run 3 times a week after 7pm on mon/wed/fri", "no work email after 6 on weeknights", "by 6 on weekdays",
    "every 2nd week", "once a month", "5 out of 7 days", "from 6 to 8pm", "between 6pm and 8pm", "call my mom",
    "dinner with the kids", "i'm a present parent", "my elderly parents", "pass the nce", "a 10k race",
    "complete 40 ce hours", "3 insurance panels", "the board approves my application", "license issued",
]


def _patterns():
    patterns = [p for p in vars(v).values() if isinstance(p, (re.Pattern, v.LazyPattern))]
    patterns += [p for p, _, _ in v.OTHER_SENSES] + [m.pattern for m in scorer.milestones() if m.pattern]
    return patterns


def test_every_twin_finds_what_its_pattern_finds():
    for pattern in _patterns():
        flags = pattern.source_flags if isinstance(pattern, v.LazyPattern) else pattern.flags
        written = re.compile(pattern.pattern, flags)
        twin = twins.compile_ascii(pattern.pattern, (flags & ~re.UNICODE) | re.ASCII)
        for text in _TEXTS:
            for candidate in (text, text.lower()):
                assert _found(twin, candidate) == _found(written, candidate), (pattern.pattern[:40], candidate)


# Sources for each rule: a \b before a branch (with lookarounds between), groups of words spliced
# (with what follows them, optional, repeated, nested), alternatives sharing a first character
# (and one that may open with anything between them), capturing groups and back references kept.
_SOURCES = [r"\b(?:\bab|\bac|b)", r"\b(?=[ab])(?:\b(?:ab|a)c|\bb|a)", r"(?:a|ab)(?:c|b)+", r"(?:(?:a|b)c|ad)x",
            r"\b(?!x)(?:\b(?:a|b)\b|c)", r"(?:ab|a\w|ac)", r"(?:ab|\wb|ac|ad)", r"(?:a|b)?c|ab", r"(a|b)c|ad",
            r"(?:a|b)(c)|a", r"(a)(?:b|\1)", r"(?:ab|ac)*?d", r"\b(?:a\b|ab)", r"(?<=a)(?:b|bc)|a", r"(?:|a)b|ab",
            r"(?:a(?:b|c)|a)d", r"x(?:\b(?:a|b))", r"\w(?:\b(?:ab|a)|b)", r"(?P<n>a|b)c|(?P=n)", r"(?:a|b)(?=c)|ab",
            r"\b(?:a+b|a{2,3}c|b+?a|a{1}x|[ab]{1,2}d|\d+)",
            # \b asked after a first letter: a word, words (in a group or not), behind lookaheads
            r"\bab\s", r"\b(?=[ab])(?:ab|ba|b)", r"\b(ab|b1|_x)c", r"\b(?=[a])(?:ab|ba)", r"\b(?=[a-c])(?=[b])(?:bc|b)",
            r"\b(?:a|-b)", r"\b1a|x",
            # a rest too long to copy for each word before it (twins._COPIES)
            r"\b(?:\ba|b|ab)(?:" + "|".join(["c", "d", "x", "1", "ab", "ba", "ac", "aa"] * 6) + ")+|ac"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "d", "x", " ", "ab", "ac", "ba", "aa", "-", "1", "12", "_"]),
                max_size=12)
       .map("".join))
def test_a_rearranged_pattern_finds_what_the_pattern_as_written_finds(text):
    for source in _SOURCES:
        written = re.compile(source, re.ASCII)
        assert _found(twins.compile_ascii(source, re.ASCII), text) == _found(written, text), (source, text)
