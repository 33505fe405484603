"""The cheap tests speedB (issue 11) put before searches: each turns away
only texts the search it stands before can't match, so the answers are the
searches' own."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from clingoals import dates
from clingoals.smart import language, scorer
from clingoals.smart import vocabulary as v

_BITS = ["in", "within", "the next", "next", "for", "over", "by", "after", "of", "then", "spin", "bin", "3", "10",
         "three", "twelve", "days", "day", "weeks", "months", "year", "years", "hours", "take", "x", " ", "  ",
         "\t", "\n", "\u2003", "\x1c", "-", ",", "(", ")", ".", "%", "/", "confidence", "Confident", "CONFIDENCE",
         "self-efficacy", "Self-Efficacy", "level", "of", "is", ":", "out of", "sure", "SURE", "7/10", "80%",
         "8", "out", "hours", "min", "x", "é", "İ", "K"]
_TEXTS = st.lists(st.sampled_from(_BITS), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_is_duration_reads_the_words_before_the_amount_as_a_search_of_all_of_them(text):
    """_is_duration searches DEADLINE_WORDS in the last characters before the
    amount only: the same answer as searching everything before it."""
    lowered = text.lower()
    for ascii in ((False, True) if v.plain_ascii(lowered) else (False,)):
        for match in re.finditer(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*"
                                 r"(?:days?|weeks?|months?|years?|hours?)", lowered):
            whole = bool(scorer.DURATION.fullmatch(match.group(0).strip())) and bool(
                scorer.DEADLINE_WORDS.search(lowered[:match.start()]))
            assert scorer._is_duration(match, lowered, ascii) == whole, (text, match.group(0))


def _confidence_as_written(text: str):
    """stated_confidence by its patterns alone: searched in the text as written, ignoring case
    (after its first test, which is older than speedB's: it reads no "CONFIDENCE" in capitals)."""
    if not any(word in text for word in ("confiden", "%", "10", "sure", "Confiden", "efficacy")):
        return None
    match = next((m for m in (p.search(text) for p in language.CONFIDENCE_PATTERNS) if m), None)
    if match is not None:
        groups = match.groupdict()
        value = language._as_rating(groups.get("n") or groups.get("b"), groups.get("p"))
    else:
        match = language.TRAILING_RATING.search(text)
        if match is None:
            return None
        digits = re.search(r"(\d{1,3})\s*(/|%)", match.group(0))
        value = language._as_rating(*((digits.group(1), None) if digits.group(2) == "/" else (None, digits.group(1))))
    if value is None:
        return None
    return value, match.group(0).strip(" ,()."), (text[:match.start()] + " " + text[match.end():]).strip(" ,;")


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_stated_confidence_is_what_its_patterns_find_ignoring_case(text):
    """ASCII text is searched lower-cased, and a trailing rating only in text
    ending like one: what searching the text as written, ignoring case, finds."""
    found = language.stated_confidence.__wrapped__(text)
    assert (found and (found.value, found.phrase, found.rest)) == _confidence_as_written(text)


def test_find_deadline_asks_standalone_only_of_words_it_can_accept():
    """_MAY_STAND_ALONE lets through every word _standalone accepts."""
    words = (list(dates.MONTHS) + list(dates.WEEKDAYS) + list(dates.NUMBER_WORDS) + list(dates.TRIGGERS)
             + ["this", "next", "end", "the", "q1", "q4", "q5", "eoy", "eom", "eod", "2027-06-30", "2027", "30th",
                "today", "coming", "of", "week", "may"])
    for word in words:
        for after in ("of", "30", "week", "month", "year", "quarter", "june"):
            if dates._standalone([word, after], 0):
                assert dates._MAY_STAND_ALONE[word], word
