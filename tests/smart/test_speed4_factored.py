"""The scorer's patterns compiled with their alternatives grouped by first
letter (speed4, issue 11: factored.py): every match exactly what re finds
with the pattern as written."""

from __future__ import annotations

import datetime as dt
import re
import sys
from functools import lru_cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from clingoals.smart import GoalText, factored, score
from clingoals.smart import scorer
from clingoals.smart import vocabulary as v
from clingoals.smart.scorer import milestones

from agreement import load, load_smartspan


def _found(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups(), m.lastindex) for m in pattern.finditer(text)]


@lru_cache(maxsize=1)
def _twins() -> list[re.Pattern]:
    """Every ASCII twin the scorer searches (the corpus scored first), and
    every durations row's, factored (as they are once a process has read
    vocabulary.FACTOR_AFTER texts)."""
    for entry in load():
        score(GoalText(statement=entry["text"]), dt.date(2026, 5, 13))
    scorer._factor_twins()
    assert v._factoring
    for row in milestones():
        row.patterns_for(True)
    return list(v.ASCII_TWINS.values()) + [p for row in milestones() for p in row.patterns_for(True) if p]


def _texts() -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from score_speed import distinct_goals

    texts = [e["text"] for e in load()] + [r["text"] for r in load_smartspan()]
    texts += [g.statement for g in distinct_goals(3000)]
    return [t.lower() for t in texts if v.plain_ascii(t)]


def test_every_twin_finds_what_its_pattern_as_written_finds():
    texts = _texts()
    twins = _twins()
    assert len(twins) > 50
    for twin in twins:
        plain = re.compile(twin.pattern, twin.flags)
        for text in texts:
            assert _found(twin, text) == _found(plain, text), (twin.pattern[:60], text)


# the words the patterns are made of, and what stands between them
_WORDS = sorted({w for p in (v.NAMED_OBJECT, v.BINARY_OUTCOME, v.RATIONALE, v.FREQUENCY_COUNT, v.UNIT_PATTERN,
                             v.INSTRUMENTS)
                 for w in re.findall(r"[a-z]{2,}", p.pattern)}
                | {w for row in milestones() for w in re.findall(r"[a-z]{2,}", row.match or "")})
_BITS = _WORDS + [" ", " ", "  ", "-", ".", ",", ";", "'", "%", "$", "3", "10", "1", "2", "7pm", "10:30", "\t",
                  "my ", "for the ", "of a ", "in "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BITS), max_size=14))
def test_twins_find_what_the_patterns_find_in_texts_of_their_own_words(parts):
    for text in (" ".join(parts), "".join(parts)):
        for twin in _twins():
            plain = re.compile(twin.pattern, twin.flags)
            assert _found(twin, text) == _found(plain, text), (twin.pattern[:60], text)


def test_the_rewrites_keep_the_first_match():
    cases = [
        (r"a|ab|b|abc", ["ab", "abc", "b", "xab"]),                       # "a" is still tried before "ab"
        (r"\b(?:training|thesis|therapy|tea)\b", ["a thesis on therapy", "tea training"]),
        (r"(?:get|be)\s+licensed|pass", ["pass, then get licensed", "be  licensed"]),
        (r"(?<!\bmy )(?<!\bfor a )private practice", ["open my private practice", "for a private practice",
                                                      "a private practice", "private practice"]),
        (r"(?:(one|two|1)-?day (workshop|course))|(?:level 1)|(?:webinar)", ["a one-day course", "level 1 webinar"]),
        (r"\b(?=[\dotw])(?:\d+\s*times|once|twice|two)\b", ["walk 3 times, twice", "one two"]),
    ]
    for source, texts in cases:
        mine, plain = factored.compiled(source, re.ASCII), re.compile(source, re.ASCII)
        assert mine.pattern == source and mine.groupindex == plain.groupindex and mine.groups == plain.groups
        for text in texts:
            assert _found(mine, text) == _found(plain, text), (source, text)
            assert bool(mine.fullmatch(text)) == bool(plain.fullmatch(text))


def test_first_characters_are_read_off_the_alternatives():
    from re import _parser

    def first(source):
        parsed = _parser.parse(source, re.ASCII)
        found = factored._first_characters(parsed.data, parsed.state)
        return None if found is None else sorted(chr(av) for op, av in found if op is factored.LITERAL)

    assert first(r"\b(?:cat|dog)\b") == ["c", "d"]
    assert first(r"(?<!x)(?:a|b)?c") == ["a", "b", "c"]      # an optional start: what follows may start it
    assert first(r"x*") is None                                # may match nothing
    assert first(r".y") is None                                # any character
    assert first(r"[^a]b") is None


def test_patterns_ignoring_case_are_compiled_as_written():
    pattern = factored.compiled(r"(?i)confidence|sure", re.ASCII)
    assert pattern.search("I'm SURE") and pattern.pattern == r"(?i)confidence|sure"


def test_twins_are_factored_once_the_scorer_has_read_many_texts():
    """A `goals check` reads one text: its twins are compiled as written (a
    factored compile costs more); a batch gets them factored."""
    import subprocess

    code = ("import datetime as dt\n"
            "from clingoals.smart import GoalText, score, scorer, vocabulary as v\n"
            "score(GoalText('Run 3 times a week by June 30'), dt.date(2026, 5, 13))\n"
            "print(v._factoring)\n"
            "for n in range(v.FACTOR_AFTER):\n"
            "    score(GoalText(f'Run {n} times a week by June 30'), dt.date(2026, 5, 13))\n"
            "print(v._factoring, scorer._texts_read >= v.FACTOR_AFTER)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True", "True"]


def test_content_words_and_word_count_added_up_from_the_word_records():
    """_Words adds up a text's content words and WORD count from its words'
    records when asked: what the text's own WORD words give."""
    from clingoals.smart import language

    for text in _texts()[:2000]:
        if "_" in text:
            continue
        words = scorer.WORD.findall(text.lower())
        content = {(w[:-3] + "y" if w.endswith("ies") and len(w) > 4 else w[:-1] if w.endswith("s") and len(w) > 4
                    else w) for w in words if w not in scorer.STOPWORDS and len(w) >= 3}
        read = scorer._Words(text)
        assert read.count() == len(words) and read.content() == content, text
        assert read.terms == scorer._term_words.__wrapped__(text) and language.words_of(text)
