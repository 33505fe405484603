"""in_its_sense (issue 11, speedV): in ASCII text the word-sense rewrites
run as their ASCII twins behind first_char_led's lookahead, and give
exactly the text the rewrites as written give."""

from __future__ import annotations

import tomllib
from pathlib import Path

from clingoals.smart import scorer
from clingoals.smart import vocabulary as v

_CORPUS = Path(__file__).with_name("corpus.toml")

_EDGES = [
    "Practice guitar 20 minutes 4 days a week", "Take the kids to soccer practice on Tuesdays",
    "Open my own private practice by June", "practice-guitar and piano practices", "Ask my supervisor about it",
    "Call the on-call supervisor instead", "Hand it off to the crisis supervisor", "supervisor on duty",
    "Reduce my caseload no-show rate", "Pay down the card balance to $0", "Pay my $9,000 car loan (balance down to $0)",
    "work-life balance", "Run a group for teens", "run 5k", "running my weekly consult group",
    "Get weekly supervision with Dr. Lee", "Spend 20 minutes a day journaling", "spending time with my kids",
    "CE supervision hours", "receive group supervision", "my_supervisor", "a\x1cpractice guitar",
]


def _as_written(text: str) -> str:
    """Every rewrite, searched as written (each rewrite's anchor is in every one of its matches, and
    no rewrite makes another's anchor, so the anchors only spare searches)."""
    lowered = text.lower()
    for pattern, replacement, _anchors in v.OTHER_SENSES:
        lowered = pattern.sub(replacement, lowered)
    return lowered


def test_word_senses_read_ascii_text_as_the_rewrites_as_written_do():
    texts = [entry["text"] for entry in tomllib.loads(_CORPUS.read_text("utf-8"))["goal"]] + _EDGES
    rewritten = 0
    for text in texts:
        sensed = scorer.in_its_sense(text)
        assert sensed == _as_written(text), text
        rewritten += sensed != text.lower()
    assert rewritten >= 10  # (the texts do exercise the rewrites)


def test_ascii_text_is_rewritten_with_the_led_twins():
    """An ASCII text's rewrite is searched as its led ASCII twin, compiled once."""
    scorer.in_its_sense("Practice guitar 20 minutes 4 days a week and ask my supervisor")
    practice = next(p for p, _, anchors in v.OTHER_SENSES if anchors == ("practic",))
    led = scorer._LED_SENSES[id(practice)]
    assert led.pattern == scorer.first_char_led(practice.pattern) and led.pattern.startswith("(?=[")
    assert scorer._led_sense(practice).pattern == led.pattern


def _found_as_before(terms: scorer.TermSet, text: str, normalised: bool) -> list[str]:
    """TermSet.find as it read before a word that is a term alone was answered without trying its sizes."""
    words = scorer._term_words(text)
    raw = scorer.TOKEN.findall(text)
    found, after = [], 0
    for i, word in enumerate(words):
        if i < after:
            continue
        if word not in terms.sizes:
            if word.endswith("'s") and word[:-2] in terms.terms:
                found.append(word[:-2] if normalised else raw[i])
            continue
        for size in sorted({len(t.split(" ")) for t in terms.terms if t.split(" ", 1)[0] == word}, reverse=True):
            gram = " ".join(words[i:i + size])
            if i + size <= len(words) and gram in terms.terms:
                found.append(gram if normalised else " ".join(raw[i:i + size]))
                after = i + size
                break
    return found


def test_term_sets_find_what_they_found_before():
    """A word that is a term and starts no longer one (most) is found without trying its sizes: the
    same terms, in order, as written or normalised, for every term set the scorer reads."""
    texts = [entry["text"] for entry in tomllib.loads(_CORPUS.read_text("utf-8"))["goal"]] + _EDGES + [
        "my client's private practice", "Clients' notes", "a CLINICAL SUPERVISOR's license", "work-life balance",
        "private_practice", "prívate practice for clients"]
    sets = (scorer.CONCEPT_TERMS, scorer._SPECIFIC_TERMS, scorer.TIME_HEDGES, scorer.CONTEXT, scorer.HEDGES)
    assert any(sizes is scorer._ALONE for sizes in scorer.CONCEPT_TERMS.sizes.values())
    for terms in sets:
        for text in texts:
            for normalised in (True, False):
                assert terms.find(text, normalised=normalised) == _found_as_before(terms, text, normalised), text


def test_a_texts_content_words_are_joined_from_each_words_set():
    """Each word's content words are kept as a set, so a text's are joined set to set; the same words."""
    text = "Open my own private practice; see 10 clients' families and couples by June"
    read = scorer._Words(text)
    assert all(isinstance(record.content, frozenset) for record in read.records)
    assert read.content() == {w for token in scorer.language.words_of(text) for w in scorer._content_of(token)[1]}
