"""The scorer's per-word records (speed4, issue 11): a text's content words
and WORD count added up from them are what its own words give."""

from __future__ import annotations

import sys
from pathlib import Path

from clingoals.smart import scorer
from clingoals.smart import vocabulary as v

from agreement import load, load_smartspan


def _texts() -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from score_speed import distinct_goals

    texts = [e["text"] for e in load()] + [r["text"] for r in load_smartspan()]
    texts += [g.statement for g in distinct_goals(3000)]
    return [t.lower() for t in texts if v.plain_ascii(t)]


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
