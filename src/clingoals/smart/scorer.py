"""The SMART scorer: rules over the goal's words and structured parts.

Pure and deterministic: no clock, no network, no database. ``today`` is an
argument; the same goal on the same day always gets the same card.
Each criterion gets a score 0 (missing), 1 (partly) or 2 (met), the words
that earned it, one plain-language reason and, below 2, one suggestion.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from pathlib import Path

from clingoals.dates import (RATE, RATE_PERIODS, SEASONS, find_deadline, frequency_phrase, span_from_event, spelled_rhythm,
                             without_deadline)
from clingoals.lazy_pattern import LazyPattern
from clingoals.numbers import amount, amount_typo, counts_dollars, dollars, number, thousands
from clingoals.smart import kinds, language
from clingoals.smart import vocabulary as v

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")
MAX_TEXT = 5_000  # longer statements are scored on their first 5,000 characters
DAYS_PER_MONTH = 30.44
# When nobody said how many hours a week they have, a goal's weekly load is
# compared with this. It is our own working assumption (about one evening or
# a half day a week beside a full caseload), not a board or research figure;
# ``--hours-per-week`` replaces it.
DEFAULT_HOURS_PER_WEEK = 5.0
# A session counts as one hour of work when a goal's load is in sessions
# (a therapy hour or a class); also our assumption.
HOURS_PER_SESSION = 1.0


@dataclass(frozen=True)
class GoalText:
    """Everything the scorer may look at. Only ``statement`` is required."""

    statement: str
    specific: str | None = None
    metric: str | None = None
    target: float | None = None
    unit: str | None = None
    baseline: float | None = None
    current: float | None = None
    deadline: dt.date | None = None
    start: dt.date | None = None
    plan: str | None = None
    hours_per_week: float | None = None
    why: str | None = None
    confidence: int | None = None
    category: str | None = None
    aspirations: tuple[str, ...] = ()          # every aspiration the user declared
    linked_aspirations: tuple[str, ...] = ()   # the ones this goal says it serves
    # (name, description) of declared aspirations that have one: what the
    # person wrote it means ("sleep, exercise, boundaries, money") counts too
    aspiration_descriptions: tuple[tuple[str, str], ...] = ()
    # linked ones the card linked when the goal was saved, not the person
    card_linked: tuple[str, ...] = ()


class Criterion:
    """One criterion's judgement (a plain slotted class: five are made for every goal scored)."""

    __slots__ = ("score", "reason", "suggestion", "evidence")

    def __init__(self, score: int, reason: str, suggestion: str | None = None, evidence: list[str] | None = None):
        self.score = score
        self.reason = reason
        self.suggestion = suggestion
        self.evidence = [] if evidence is None else evidence

    def as_dict(self) -> dict:
        return {"score": self.score, "met": self.score == 2, "evidence": self.evidence,
                "reason": self.reason, "suggestion": None if self.score == 2 else self.suggestion}


# The internal records here are plain classes with __slots__, not
# dataclasses: making a dataclass costs about 0.7 ms at import, and `goals
# check` pays every millisecond of import (issue 11: start-up no more than
# 20 ms slower than before).

class Milestone:
    """A row of the durations table. Its patterns are compiled on first use:
    the prefilter (its anchors) turns most rows away, so a `goals check`
    compiles one or two of them instead of all."""

    __slots__ = ("id", "name", "match", "unless", "min_months", "typical_months", "basis", "note", "source",
                 "hours", "not_cited", "_pattern", "_exclusion", "_twins")

    def __init__(self, id: str, name: str, match: str | None, unless: str | None, min_months: float,
                 typical_months: float, basis: str, note: str, source: str, hours: float | None = None,
                 not_cited: dict[str, str] | None = None):
        self.id, self.name = id, name
        self.hours = hours  # the hours of work the milestone itself takes, where its body sets them
        self.not_cited = not_cited  # {title: what to say} for a title the sources don't cover (LCPC)
        self.match, self.unless = match, unless   # the pattern sources, matched against lower-cased text
        self.min_months, self.typical_months = min_months, typical_months
        self.basis, self.note, self.source = basis, note, source
        self._pattern = self._exclusion = False   # not compiled yet
        self._twins = None                         # (pattern, exclusion) as ASCII twins, when first asked

    @property
    def pattern(self) -> re.Pattern | None:
        if self._pattern is False:
            self._pattern = re.compile(first_char_led(self.match)) if self.match else None
        return self._pattern

    @property
    def exclusion(self) -> re.Pattern | None:
        if self._exclusion is False:
            self._exclusion = re.compile(self.unless) if self.unless else None
        return self._exclusion

    def patterns_for(self, ascii: bool) -> tuple[re.Pattern | None, re.Pattern | None]:
        """The pattern and exclusion, as their ASCII twins for text ``v.plain_ascii`` accepts."""
        if ascii:
            twins = self._twins
            if twins is None:
                pattern, exclusion = self.pattern, self.exclusion
                twins = self._twins = (v.for_ascii(pattern) if pattern else None,
                                       v.for_ascii(exclusion) if exclusion else None)
            return twins
        return self.pattern, self.exclusion


def first_char_led(source: str) -> str:
    """``source`` behind a lookahead for the characters a match can start with
    ("(?=[12hlotw])" for the workshop row's "(one|two|1|2|half)-?day ...|level
    1|webinar"), when they are known: the same matches, but a place whose
    character starts none is passed over at once instead of trying every
    alternative there (most of a text's places; a row's search costs ~25% fewer
    instructions). ``source`` as it is when they are not known (a match may
    start with any character, or be empty) or the flags make case matter.
    (Read from the pattern's parse, when a row is first compiled.)"""
    try:
        from re import _constants, _parser  # (the parse tree re.compile builds; only on first use)
        parsed = _parser.parse(source)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return source
        chars = _first_chars(list(parsed), _constants)
    except Exception:  # a speed-up only: any doubt keeps the pattern as written
        return source
    if not chars:
        return source
    return "(?=[" + "".join(re.escape(chr(c)) for c in sorted(chars)) + "])(?:" + source + ")"


def _first_chars(items: list, c) -> set[int] | None:
    """The characters a match of the parsed sequence ``items`` can start with;
    None when that is not known or the match may be empty. (``c``: re's opcodes.)"""
    for i, (op, av) in enumerate(items):
        if op is c.AT:  # \b, ^, $: no character
            continue
        if op is c.ASSERT or op is c.ASSERT_NOT:
            if op is c.ASSERT and av[0] == 1:  # a lookahead: the match starts with what it starts with
                found = _first_chars(list(av[1]), c)
                if found is not None:
                    return found
            continue  # a lookbehind or a negative lookahead: no character
        if op is c.LITERAL:
            return {av}
        if op is c.IN:
            found = set()
            for kind, value in av:
                if kind is c.LITERAL:
                    found.add(value)
                elif kind is c.RANGE:
                    found.update(range(value[0], value[1] + 1))
                else:  # a negated set, \w, \s, \d: not a few characters
                    return None
            return found
        rest = items[i + 1:]
        if op is c.BRANCH:  # each alternative, then what follows it
            found = set()
            for alternative in av[1]:
                first = _first_chars(list(alternative) + rest, c)
                if first is None:
                    return None
                found |= first
            return found
        if op is c.SUBPATTERN:  # its words, then what follows (which starts the match when they are empty)
            return None if av[1] or av[2] else _first_chars(list(av[3]) + rest, c)  # (with flags of its own: not known)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            first = _first_chars(list(av[2]) + rest, c)  # once at least, then the rest
            if first is None or av[0] > 0:
                return first
            after = _first_chars(rest, c)  # or not at all
            return None if after is None else first | after
        return None  # any other character, a back reference, ...
    return None  # the match may be empty


def _any_of(patterns) -> str | None:
    """One pattern source for a row's alternatives, matched against lower-cased text."""
    return "|".join(f"(?:{p.lower()})" for p in patterns) if patterns else None


@lru_cache(maxsize=1)
def milestones() -> tuple[Milestone, ...]:
    """The durations table shipped as data (``durations.toml``)."""
    # a path, not importlib.resources: the package is installed as files, and those imports cost milliseconds
    raw = tomllib.loads(Path(__file__).with_name("durations.toml").read_text("utf-8"))
    return tuple(
        Milestone(row["id"], row["name"], _any_of(row["match"]), _any_of(row.get("unless", ())),
                  float(row["min_months"]), float(row["typical_months"]), row["basis"],
                  row["note"], row["source"], row.get("hours"), row.get("not_cited"))
        for row in raw["milestone"]
    )


TOKEN = re.compile(r"[\w][\w'+-]*")


_CLAUSE_MARKS = frozenset(",;:()[].")


@lru_cache(maxsize=32)
def _term_words(text: str) -> list[str]:
    """The words TOKEN finds, lower-cased and without a trailing ' or -; one
    text is looked up many times. In ASCII text without "_" they are the
    clause reader's words (``language.words_of``) less its punctuation: there,
    once lower-cased, \\w is [a-z0-9], the letters WORD reads."""
    if text.isascii() and "_" not in text:
        return _words(text).terms
    return [w.lower().rstrip("'-") for w in TOKEN.findall(text)]


_ALONE = (1,)  # TermSet.sizes of a word that is a term and starts no longer one


class TermSet:
    """Whole-word (and multi-word) terms found by set lookup over word n-grams:
    linear in the text, whatever the number of terms."""

    def __init__(self, terms, *, normalised: bool = False):
        self.slot: int | None = None  # its place in a word's record (``_Word.starts``), for the sets scoring reads
        self.terms = set(terms) if normalised else {" ".join(TOKEN.findall(t.lower())) for t in terms}
        sizes: dict[str, set[int]] = {}
        for term in self.terms:
            sizes.setdefault(term.split(" ", 1)[0], set()).add(term.count(" ") + 1)
        # the lengths of the terms each first word starts, longest first (most: the word alone, _ALONE)
        self.sizes = {first: _ALONE if found == {1} else tuple(sorted(found, reverse=True))
                      for first, found in sizes.items()}

    def find(self, text: str, *, normalised: bool = False) -> list[str]:
        """The terms present, longest match first at each position, in order
        (as written, or as the term set spells them)."""
        raw = None  # the words as written, only when a term is found and asked for as written
        sizes_of, terms = self.sizes, self.terms
        # Only the positions where a term can start are visited: a first word
        # of a term, or a possessive ("client's") of a term.
        if self.slot is not None and text.isascii() and "_" not in text:
            read = _words(text)  # the words and where each set's terms may start, read once per text
            words, starts = read.terms, read.starts[self.slot]
        elif "'" in text:
            words = _term_words(text)
            starts = [i for i, word in enumerate(words)
                      if word in sizes_of or (word.endswith("'s") and word[:-2] in terms)]
        else:
            words = _term_words(text)
            starts = [i for i, word in enumerate(words) if word in sizes_of]
        found, after, n = [], 0, len(words)
        for i in starts:
            if i < after:
                continue  # inside the term found last
            word = words[i]
            sizes = sizes_of.get(word)
            if sizes is _ALONE:  # (most starts) the word is a term and starts no longer one
                if normalised:
                    found.append(word)
                else:
                    raw = raw or TOKEN.findall(text)
                    found.append(raw[i])
                continue
            if sizes is None:  # a term's possessive
                if normalised:
                    found.append(word[:-2])
                else:
                    raw = raw or TOKEN.findall(text)
                    found.append(raw[i])
                continue
            for size in sizes:
                if i + size > n:
                    continue
                gram = word if size == 1 else " ".join(words[i:i + size])
                if gram in terms:
                    if normalised:
                        found.append(gram)
                    else:
                        raw = raw or TOKEN.findall(text)
                        found.append(" ".join(raw[i:i + size]))
                    after = i + size
                    break
        return found


CONTEXT = TermSet(v.CONTEXT_TERMS)
HEDGES = TermSet(v.HEDGES)
VAGUE_PHRASES = TermSet(v.VAGUE_PHRASES)
# Specific looks for all three at once: one pass over the words.
_SPECIFIC_TERMS = TermSet(CONTEXT.terms | HEDGES.terms | VAGUE_PHRASES.terms, normalised=True)
_CONTEXT_SET = CONTEXT.terms
_WEAK_SET = HEDGES.terms | VAGUE_PHRASES.terms
TIME_HEDGES = TermSet(v.HEDGES_FOR_TIME)
CONCEPT_TERMS = TermSet(term for terms in v.CONCEPTS.values() for term in terms)
CONCEPTS_OF_TERM: dict[str, set[str]] = {}
for _concept, _terms in v.CONCEPTS.items():
    for _term in _terms:
        CONCEPTS_OF_TERM.setdefault(" ".join(TOKEN.findall(_term.lower())), set()).add(_concept)
# The term sets every goal is read for: each word's record says where their terms may start.
_READ_SETS = (_SPECIFIC_TERMS, CONCEPT_TERMS, TIME_HEDGES)
for _slot, _set in enumerate(_READ_SETS):
    _set.slot = _slot
WORD = re.compile(r"[a-z][a-z'-]*")
STOPWORDS = set(
    "a an the and or of to in on for with my our at by from into be become as is are am i me "
    "this that these those it its new more all any each per every will would can could should "
    "goal goals work career".split()
)


def _head_kinds(text: str) -> list[str]:
    return [c.kind for c in language.clauses(text)]


def _verbs_in(text: str) -> list[str]:
    """The verbs heading the goal's clauses, as written."""
    return [c.head for c in language.clauses(text) if c.kind != "state"]


@lru_cache(maxsize=32)
def _lowered(text: str) -> str:
    return text.lower()


_DIGIT = LazyPattern(r"\d")
_COMPARISON_SIGN = LazyPattern(r"[<>≤≥]")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
                          "fifty hundred dozen both all half zero".split())
# Words one of which every match of a pattern contains (or None: a digit is
# enough), so a text with none of them is not searched at all: most patterns
# find nothing in most goals, and a set test costs far less than a search.
_GATES: dict[int, tuple[frozenset[str] | None, bool]] = {
    id(v.UNIT_PATTERN): (None, True),
    id(v.MONEY): (None, True),
    id(v.STATE_HOURS): (None, True),
    id(v.FROM_TO): (frozenset({"from"}), True),
    id(v.NUMBERED_ITEM): (frozenset("module lesson chapter episode unit level step part week".split()), True),
    id(v.NUMBER_WORD_UNIT): (_NUMBER_WORDS, False),
    id(v.THRESHOLD): (frozenset("below under above over less more least most fewer reduce reduced reduces "
                                "increase increased increases lower higher half or than".split()), False),
    id(v.CHECKABLE_EVENT): (frozenset("screening screenings test tests check-up check-ups checkup checkups "
                                      "appointment appointments vaccination vaccinations vaccine vaccines "
                                      "shot shots scan scans mammogram mammograms colonoscopy exam exams "
                                      "work bloodwork cleaning".split()), False),
    id(v.ABSOLUTE): (frozenset("always never every all 100 perfect perfectly zero without no".split()), False),
    id(v.COMPARATIVE): (frozenset("more better less fewer improve improves improved increase increases "
                                  "increased reduce reduces reduced decrease decreases decreased lower higher "
                                  "stronger grow enhance boost maximise maximize minimise minimize "
                                  "cut cuts cutting".split()), False),
    id(v.VAGUE_PATTERN): (frozenset({"get", "better"}), False),
    id(v.ON_DAYS): (frozenset({"on", *v.PARTS_OF_DAY}), False),  # "on Sundays", "Sunday evenings"
}


# Letters or digits one of which every match of a pattern contains, read off
# its alternatives ("so that" -> "that"): (pieces, pieces that count only in
# a text with a digit, characters that count only with a digit). A text none
# of whose words contains one of them is not searched. They are tested once
# per word (a word's pieces are kept, like its lemma), so a pattern's gate
# costs a bit test per text: most patterns find nothing in most goals. Tests
# check every gate against searching anyway.
_PIECES: dict[int, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    id(v.INSTRUMENTS): (("phq", "gad", "pcl", "bdi", "bai", "ors", "srs", "oq", "cgi", "dass", "k10", "audit",
                         "dast", "scared", "cdi", "ace", "who", "mbi", "maslach", "proqol"), (), ""),
    # ("so that": a word ending in "so", not every "session" and "personal"; "for my goal"
    # through _ALL_OF, not every "Goal:" and "I plan to")
    id(v.RATIONALE): (("so$", "because", "qualify", "order", "become", "prepare", "meet", "support", "which", "able",
                       "burnout", "serve", "help", "toward"), (), ""),
    # its clock times: with a digit, a time glued to it ("7pm"), a colon ("10:30"; the clause
    # reader's ":" is a word of its own), or the words "am" and "pm" (see _WordGates)
    # (a count "a" period, "3 times a week", goes through _ALL_OF: most texts naming a day, a week or a
    # year name no rhythm, "within 6 weeks", "by the end of the year")
    id(v.FREQUENCY_COUNT): (("daily", "weekly", "monthly", "every", "once", "twice", "nightly", "each", "noon",
                             "midnight", "mon", "tue", "wed", "thu", "fri", "sat", "sun"),  # (days listed: "Mon/Wed/Fri")
                            (":", *(f"{d}{m}" for m in ("am", "pm") for d in "0123456789"),
                             "before", "after", "until", "till", "til", "past",  # (and a bare hour after them)
                             "day", "night", "weekend", "during"), ""),  # ("by 6 on weekdays": days after an hour)
    id(v.OCCASION_COUNT): ((), ("times", "walks", "runs", "jogs", "swims", "rides", "workouts", "hikes", "classes",
                                "sessions", "nights"), ""),
    id(v.PER_OCCASION): (("min", "serving", "portion", "glass", "cup", "steps", "laps"), (), ""),
    id(v.MONEY_WORDS): (("sav", "pay", "debt", "budget", "spend", "fund", "invest", "retire", "loan", "credit"), (), ""),
    id(v.ON_DAYS): (("days", "nights", "weekends", "mornings", "afternoons", "evenings", "monday", "tuesday", "wednesday", "thursday", "friday",
                     "saturday", "sunday"), (), ""),
    id(v.MONEY): ((), ("dollars", "usd", "euro"), "$"),
    # one's own sleep, as smart.kinds reads it (resource_kind: no hours a week for sleep)
    id(v.SLEEP): (("sleep", "slept", "bed", "nap", "lights"), (), ""),
    id(v.STATE_HOURS): ((), ("sleep", "slept", "rest", "nap", "bed", "shut"), ""),
    id(v.VAGUE_PATTERN): (("done", "better"), (), ""),
    id(v.CHECKABLE_EVENT): (("screening", "test", "check", "appointment", "vaccin", "shot", "scan", "mammogram",
                             "colonoscopy", "exam", "blood", "cleaning"), (), ""),
    id(v.NAMED_OBJECT): (("training", "course", "certific", "program", "licens", "exam", "application", "paper",
                          "article", "manuscript", "dissertation", "thesis", "proposal", "degree", "msw", "phd",
                          "psyd", "ncc", "nce", "ncmhce", "aswb", "eppp", "lpc", "lcsw", "lmft", "lmhc", "ccmhc",
                          "cadc", "acs", "rpt", "cctp", "emdr", "cbt", "dbt", "gottman", "level", "business", "fee",
                          "npi", "llc", "website", "grant", "poster", "presentation", "practice", "panel",
                          "supervisor", "contract", "policy", "protocol", "workshop", "intensive", "module",
                          "webinar", "credential", "designation", "membership", "association", "committee", "board",
                          "conference", "therap", "psychologist", "counselor", "book", "log", "report", "profile",
                          "study", "group", "marathon", "triathlon", "race"), (), ""),
    # any digit, or a number word or "half"
    id(v.THRESHOLD): (("half", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
                      tuple("0123456789"), ""),
    id(v.COMPARATIVE): (("more", "better", "less", "fewer", "improve", "increase", "reduce", "decrease", "cut",
                         "lower", "higher", "stronger", "grow", "enhance", "boost", "maxim", "minim"), (), ""),
    id(v.ABSOLUTE): (("always", "never", "single", "client", "100", "perfect", "zero", "exception"), (), ""),
    **{id(pattern): (anchors, (), "") for pattern, _, anchors in v.OTHER_SENSES},
    id(v.NUMBER_WORD_UNIT): (("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                              "ten", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "dozen", "both"),
                             (), ""),
    # what a goal is about (kinds.py's table): most goals name none of these
    id(v.FRIENDS): (("friend",), (), ""),
    # ("out": "work out", "workouts")
    id(v.EXERCISE): (("walk", "run", "jog", "swim", "gym", "yoga", "pilates", "exercis", "out", "bik", "cycling",
                      "hik", "lift", "weights", "stretch", "steps", "cardio", "danc", "tennis", "climbing"), (), ""),
    # a boundary (Relevant reads every goal's with an aspiration declared; kinds.py's table too)
    id(v.BOUNDARY): (("leav", "left", "work", "lunch", "say", "extra", "after", "overtime", "log", "clock", "off",
                      "no$", "stop", "never", "don", "not", "quit", "mail", "messages", "calls", "phone", "laptop",
                      "slack", "texts", "free"), (), ""),
}
# A second way through a pattern's gate: words holding a piece of every group
# ("digit": a word with a digit). In both tables a piece ending in "$" is one
# a word ends with: "a" before a space ends a word ("a week", "3xa week").
_ALL_OF: dict[int, tuple[tuple[str, ...], ...]] = {
    # "3 times a week", "five days per month": a count, "a" or "per", a period
    id(v.FREQUENCY_COUNT): (("day", "week", "month", "quarter", "year", "morning", "evening"),
                            ("digit", "one", "two", "three", "four", "five", "thrice"), ("a$", "per")),
    id(v.RATIONALE): (("goal", "plan"), ("my",)),  # "for my goal"
}
_EVERY_TEXT = 1  # set for every text: the bits gate of a pattern without pieces
_DIGIT_BIT = 2   # a word with a digit in it


class _WordGates:
    """Which pieces each word holds, as bits: the pattern gates' pieces and
    the durations table's anchors (a row is searched only when a word holds
    one of its anchors). Built on first use (the table is read then)."""

    def __init__(self):
        pieces: dict[str, int] = {digit: _DIGIT_BIT for digit in "0123456789"}
        endings: dict[str, int] = {}  # the pieces a word ends with ("so$")
        bit = 4

        def bits_of(words) -> int:
            nonlocal bit
            for piece in words:
                if piece == "digit":
                    for digit in "0123456789":
                        pieces[digit] |= bit
                elif piece.endswith("$"):
                    endings[piece[:-1]] = endings.get(piece[:-1], 0) | bit
                else:
                    pieces[piece] = pieces.get(piece, 0) | bit
            mask, bit = bit, bit << 1
            return mask

        # (bits any of which lets the pattern be searched, the same with a digit, characters with a digit)
        self.patterns: dict[int, tuple[int, int, str]] = {
            key: (bits_of(always) if always else 0, bits_of(with_digit) if with_digit else 0, chars)
            for key, (always, with_digit, chars) in _PIECES.items()}
        # set for a word one of whose letter-and-digit runs is a family word (_FAMILY_WORDS):
        # every match of v.KIN and v.THE_FAMILY holds one, so a text without the bit is not searched
        self.family_bit = bits_of(())
        for pattern in (v.KIN, v.THE_FAMILY):
            self.patterns[id(pattern)] = (self.family_bit, 0, "")
        # each group's bits: a text holding a bit of each may match too
        all_of = {key: tuple(map(bits_of, groups)) for key, groups in _ALL_OF.items()}
        # the bits of every word-sense rewrite's anchors: a text with none of them is read as it is
        self.sense_bits = 0
        for pattern, _, _ in v.OTHER_SENSES:
            self.sense_bits |= self.patterns[id(pattern)][0]
        # "7 pm", "5 out of 7": the whole words "am", "pm" and "out" count as
        # FREQUENCY_COUNT's pieces too (as pieces, "am" would let "team" and
        # "program" through, "out" "outcomes" and "about")
        clock_bits = self.patterns[id(v.FREQUENCY_COUNT)][1]
        # A bit for each pattern's gate words, set for a word that is one of
        # them as the term sets read it (``_term_words``): in ASCII text without
        # "_" a text holds one of the gate words when its bits have the bit.
        self.whole: dict[str, int] = {"am": clock_bits, "pm": clock_bits, "out": clock_bits}
        word_gate_bits = {}
        for key, (words, _needs_digit) in _GATES.items():
            if words is not None:
                word_gate_bits[key] = bits_of(())
                for word in words:
                    self.whole[word] = self.whole.get(word, 0) | word_gate_bits[key]
        # what _search reads for a pattern, in one lookup: its pieces' bits and its word gate
        self.searches: dict[int, tuple[int, int, str, frozenset[str] | None, bool, int, tuple[int, ...]]] = {
            key: self.patterns.get(key, (_EVERY_TEXT, 0, "")) + _GATES.get(key, (None, False))
            + (word_gate_bits.get(key, 0), all_of.get(key, ()))
            for key in set(self.patterns) | set(_GATES)}
        rows = _row_anchors()
        # None: some row has no anchor, so every row is tried
        self.rows = None if any(a is None for _, a in rows) else tuple((m, bits_of(a)) for m, a in rows)
        self.row_of_bit = {row_bit: m for m, row_bit in self.rows or ()}
        self.row_bits = sum(self.row_of_bit)
        by_first: dict[str, list[tuple[str, int]]] = {}
        for piece, bits in pieces.items():
            by_first.setdefault(piece[0], []).append((piece, bits))
        self.by_first = {first: tuple(found) for first, found in by_first.items()}
        self.endings = tuple(endings.items())
        self.of_word: dict[str, int] = {}
        self._turned_away: dict[tuple[int, bool, bool, bool, bool], dict[int, tuple]] = {}
        # the bits a pattern's gate reads (not the rows'): fewer combinations to keep
        self.gate_bits = ~self.row_bits
        assert all(chars in ("", "$") for _, _, chars in self.patterns.values())  # (turned_away knows only "$")

    def turned_away(self, bits: int, digit: bool, plain: bool, sign: bool, dollar: bool) -> dict[int, tuple]:
        """{pattern key: ()} for every pattern whose gate turns away a text
        with these bits (and a digit or not; ASCII without "_" or not; a
        comparison sign or not; a "$" or not), to start a text's matches
        with: most patterns are then never looked at again for it, and in
        ASCII text without "_" the others are searched without asking their
        gate again. Kept per combination: the same few recur across texts."""
        bits &= self.gate_bits
        found = self._turned_away.get((bits, digit, plain, sign, dollar))
        if found is None:
            found = {}
            for key, (always, with_digit, chars, words, needs_digit, word_bit, all_of) in self.searches.items():
                if (needs_digit and not digit) or (
                        not bits & always and not (digit and (bits & with_digit or (chars and dollar)))
                        and not (all_of and all(bits & group for group in all_of))) or (
                        plain and words is not None and not bits & word_bit
                        and not (sign and key == id(v.THRESHOLD))):
                    found[key] = ()
            if len(self._turned_away) > 50_000:
                self._turned_away.clear()
            self._turned_away[(bits, digit, plain, sign, dollar)] = found
        return found

    def rows_of(self, bits: int) -> list[Milestone]:
        """The rows of the durations table whose bit is set, in file order."""
        rows, left = [], bits & self.row_bits
        while left:
            low = left & -left
            rows.append(self.row_of_bit[low])
            left ^= low
        return rows

    def word_bits(self, word: str) -> int:
        bits = 0
        by_first = self.by_first
        for first in set(word):
            for piece, piece_bits in by_first.get(first, ()):
                if piece in word:
                    bits |= piece_bits
        for ending, ending_bits in self.endings:
            if word.endswith(ending):
                bits |= ending_bits
        if not _FAMILY_WORDS.isdisjoint(word.replace("'", " ").replace("+", " ").replace("-", " ").split()):
            bits |= self.family_bit
        whole = self.whole
        bits |= whole.get(word.rstrip("'-"), 0)
        if "-" in word:
            # a pattern's \b finds its word inside a hyphenated one ("fewer-than 3", "more-or-less"),
            # so the gate must let each part through too
            for part in word.split("-"):
                bits |= whole.get(part.rstrip("'"), 0)
        if len(self.of_word) > 50_000:  # a word memo, bounded like a lemmatiser's cache
            self.of_word.clear()
        self.of_word[word] = bits
        return bits

    def text_bits(self, words: list[str]) -> int:
        mask = 0
        known = self.of_word
        for word in words:
            bits = known.get(word)
            mask |= bits if bits is not None else self.word_bits(word)
        return mask


@lru_cache(maxsize=1)
def _word_gates() -> _WordGates:
    return _WordGates()


@lru_cache(maxsize=32)
def _word_set(text: str) -> frozenset[str]:
    """The words a word gate is tested against: the term words, and the parts
    of hyphenated ones (a pattern's \\b finds "fewer" in "fewer-than")."""
    words = _term_words(text)
    return frozenset(words + [part for word in words if "-" in word for part in word.split("-")])


class _Scan:
    """One text as the vocabulary patterns see it: lower-cased once, and each
    pattern's matches kept, so the criteria ask for them at the cost of a
    dictionary lookup."""

    __slots__ = ("lowered", "same", "matches", "digit", "words", "bits", "gates", "plain", "ascii", "gated")

    def __init__(self, text: str):
        self.lowered = _lowered(text)
        self.same = len(self.lowered) == len(text)  # a few characters change length when lower-cased
        # keyed by id(): a pattern's own hash reads its whole compiled code each
        # time; the vocabulary's patterns live as long as the module
        self.words: frozenset[str] | None = None        # the gates' word set, when first asked
        gates = _word_gates()
        self.gates = gates.searches
        # ASCII text without "_": its clause words are its term words, so the
        # bits say which gate words it holds
        self.plain = text.isascii() and "_" not in text
        self.ascii = v.plain_ascii(text)  # searched with the patterns' ASCII twins
        if text.isascii():
            # Every letter and digit of ASCII text is in one of the clause
            # reader's words, so the pieces its words hold are all the text's.
            self.bits = (_words(text).bits if self.plain else gates.text_bits(language.words_of(text))) | _EVERY_TEXT
            if not self.bits & gates.family_bit:
                _no_family_word(self.lowered)
            self.digit = bool(self.bits & _DIGIT_BIT)
            # the patterns its words already rule out have no matches
            sign = "<" in text or ">" in text  # (THRESHOLD's gate lets one through)
            self.matches: dict[int, tuple[re.Match, ...]] = dict(
                gates.turned_away(self.bits, self.digit, self.plain, sign, "$" in text))
            self.gated = self.plain  # every gate asked already: what is left is searched
        else:  # other text is searched whatever it holds
            self.gated = False
            self.bits = -1
            self.digit = _DIGIT.search(text) is not None
            self.matches = {}


@lru_cache(maxsize=32)
def _scan(text: str) -> _Scan:
    return _Scan(text)


def _matches(pattern: re.Pattern, text: str) -> tuple[re.Match, ...]:
    """The matches of a pattern in the lower-cased text, once per (pattern, text)."""
    scan = _scan(text)
    matches = scan.matches.get(id(pattern))
    if matches is None:
        matches = scan.matches[id(pattern)] = _search(pattern, text, scan)
    return matches


_ASCII_TWINS = v.ASCII_TWINS


def _search(pattern: re.Pattern, text: str, scan: _Scan) -> tuple[re.Match, ...]:
    gate = None if scan.gated else scan.gates.get(id(pattern))
    if gate is not None:
        always, with_digit, chars, words, needs_digit, word_bit, all_of = gate
        bits = scan.bits
        if not bits & always and not (scan.digit and (bits & with_digit or (chars and chars in scan.lowered))) \
                and not (all_of and all(bits & group for group in all_of)):
            return ()
        if needs_digit and not scan.digit:
            return ()
        if words is not None:
            if scan.plain:
                absent = not bits & word_bit
            else:
                present = scan.words
                if present is None:
                    present = scan.words = _word_set(text)
                absent = words.isdisjoint(present)
            if absent and not (pattern is v.THRESHOLD and _COMPARISON_SIGN.search(text)):
                return ()
    if scan.ascii:
        pattern = _ASCII_TWINS.get(id(pattern)) or v.for_ascii(pattern)
    return tuple(pattern.finditer(scan.lowered))


def found(pattern: re.Pattern, text: str) -> list[str]:
    """The matches of a lower-case vocabulary pattern, in the text's own letters."""
    scan = _scan(text)
    matches = scan.matches.get(id(pattern))
    if matches is None:
        matches = scan.matches[id(pattern)] = _search(pattern, text, scan)
    if not matches:
        return []
    if scan.same:
        return [text[m.start():m.end()] for m in matches]
    return [m.group(0) for m in matches]


def _unique(items) -> list[str]:
    """Distinct, in order, ignoring letter case."""
    if (items.__class__ is list or items.__class__ is tuple) and len(items) < 2:  # most calls: 0 or 1 thing
        item = items[0].strip() if items and items[0] else ""
        return [item] if item else []
    seen: dict[str, str] = {}
    for item in items:
        if item and (item := item.strip()):
            seen.setdefault(item.lower(), item)  # the first spelling is kept
    return list(seen.values())


def _distinct(words: list[str]) -> list[str]:
    """``_unique`` for words already lower-case, stripped and not empty (the
    clause reader's words, the term sets' terms): the same list, in C."""
    return list(dict.fromkeys(words))


# --- the five criteria ------------------------------------------------------------

class _Reading:
    """What Specific (and Measurable) see in a text."""

    __slots__ = ("score", "verbs", "context", "vague", "generic", "vague_heads")

    def __init__(self, score: int, verbs: list[str], context: list[str], vague: list[str], generic: list[str],
                 vague_heads: list[str]):
        self.score = score
        self.verbs = verbs
        self.context = context
        self.vague = vague              # hedges and vague phrases
        self.generic = generic          # kinds of thing where a thing was wanted ("exercise", "medication")
        self.vague_heads = vague_heads  # aims without a way ("improve", "explore")


# The patterns of a quantity Specific reads, with their keys in a text's matches
_QUANTITIES = tuple((id(p), p) for p in (v.UNIT_PATTERN, v.FROM_TO, v.INSTRUMENTS, v.FREQUENCY_COUNT))


@lru_cache(maxsize=32)
def _specific_of(text: str, short: bool = True) -> _Reading:
    """What Specific reads in the text. ``short``: a text of under three
    words is too short for 2."""
    clauses = language.clauses(text)
    terms = _SPECIFIC_TERMS.find(text, normalised=True)
    if terms:
        vague = _unique([t for t in terms if t in _WEAK_SET] + found(v.VAGUE_PATTERN, text))
        if vague and ("could" in vague or "might" in vague):
            vague = _hedges_of(vague, text)
        if "work on" in vague and v.WORK_AS_WHEN.search(lowered := _lowered(text)) and not re.search(
                r"(?<!before )(?<!after )\bwork on\b", lowered):
            vague = [t for t in vague if t != "work on"]  # "meditate before work on weekdays": when, not an aim
        domain = _distinct([t for t in terms if t in _CONTEXT_SET])
    else:  # (most of the field's goals name a term; many everyday ones none)
        vague, domain = _unique(found(v.VAGUE_PATTERN, text)), []
    quantities = []
    scan = _scan(text)
    known = scan.matches
    for key, pattern in _QUANTITIES:  # found(pattern, text) for each, inline: most texts have none of them
        matches = known.get(key)
        if matches is None:
            matches = known[key] = _search(pattern, text, scan)
        if matches:
            quantities += [text[m.start():m.end()] for m in matches] if scan.same else [m.group(0) for m in matches]
    concrete, weak = [], []
    counted = False
    for index, clause in enumerate(clauses):
        done = clause.is_concrete
        if not done and clause.kind == "vague" and index + 1 < len(clauses):
            after = clauses[index + 1]  # "improve X by completing Y": Y says what
            done = after.means and after.is_concrete
        if done:
            concrete.append(clause)
            if not clause.measured and (not clause.concrete or (clause.kind == "vague" and not clause.listed)):
                counted = True  # (only numbers or time words that may be a date's made it concrete)
        elif clause.kind in ("vague", "generic") or (clause.kind == "action" and clause.generic):
            if clause.kind == "action" and clause.measured and concrete and clause.head.endswith("ing"):
                continue  # ", seeing 5 clients a week": how much of the concrete action before it (trial: an Ohio LISW)
            weak.append(clause)
    # A state ("be a better leader") acts on nothing: only the field's terms count there.
    things = _distinct([w for c in clauses if c.kind != "state" for w in c.concrete] + domain)
    verbs = _distinct([c.head for c in clauses if c.kind != "state"])
    if weak:
        generic = _distinct([g for c in weak if c.kind != "vague"
                             for g in ([c.head] if c.kind == "generic" else []) + c.generic])
        vague_heads = _distinct([c.head for c in weak if c.kind == "vague"])
    else:
        generic, vague_heads = [], []
    if concrete and not weak and not vague:
        score = 2
    elif concrete:
        score = 1
    elif vague or vague_heads or not verbs:
        score = 1 if things else 0
    else:
        score = 1
    if score == 2 and short and _fewer_words_than(text, 3):
        score = 1
    # things are distinct lower-case words and terms already: only quantities (as written) need _unique
    reading = _Reading(score, verbs, _unique(things + quantities) if quantities else things, vague, generic,
                       vague_heads)
    if counted and short:
        # "Sleep better by June 30, 2027", "improve my sleep by 6/30/2027": a
        # deadline's digits don't measure the action, so it is read without them
        # (its length is the text's: "walk 30 minutes" is not too short once dated)
        undated = _without_deadline(text)
        if undated is not None:
            plain = _specific_of(undated, False)
            if plain.score < score:
                return plain
    return reading


def _which_examples(goal: GoalText) -> str:
    """The examples of a thing named exactly, by what the goal is about
    (:data:`kinds.WHICH`): a private practice goal is not offered 'take my
    statin' (trial: an Ohio LISW). Only for a goal naming a kind of thing."""
    text = _joined(goal.statement, goal.specific)
    work = bool(concepts_in(in_its_sense(text)) - PERSONAL_CONCEPTS) or any(
        w in v.FIELD_WORDS or w[:-1] in v.FIELD_WORDS for w in language.words_of(text))  # "clients", "sessions"
    return kinds.which_examples(text, lambda pattern: _matches(pattern, text) != (), work=work,
                                money=about_money(goal))


# "what could make it hard is ...": naming an obstacle, as the card asks, is no hedge (trial 15 C3)
_OBSTACLE_ASKED = LazyPattern(r"\bwhat\s+(?:could|might)\s+make\b")


def _hedges_of(vague: list[str], text: str) -> list[str]:
    """``vague`` without "could" / "might" when each one the text has asks what could make it hard."""
    if _OBSTACLE_ASKED.search(lowered := _lowered(text)) is None:
        return vague
    rest = _OBSTACLE_ASKED.sub("", lowered)
    return [t for t in vague if t not in ("could", "might") or re.search(rf"\b{t}\b", rest)]


# Specific reads a deadline phrase the same whatever the day (it doesn't judge
# the date, only which words are the date's): found as of this day.
_PHRASE_DAY = dt.date(2026, 1, 1)


def _without_deadline(text: str) -> str | None:
    """The text without its deadline phrase, or None when it has none."""
    cut = without_deadline(text, _PHRASE_DAY)
    return " ".join(cut[0].split()).strip(" ,;") if cut is not None else None


# "... to manage stress": a purpose "to" + a verb's base form, after the action
# (\bto as a look-behind after the literal "to": the search then jumps from "to" to "to")
_PURPOSE_TO = LazyPattern(r"to(?<!\wto)\s+([a-z]+)\b")


def before_why(statement: str) -> str | None:
    """The statement before its why clause ("Run twice a week by March 1" of
    "... so that I manage stress better", "... to manage stress"), or None
    when it has none or nothing stands before it. The why is the first
    RATIONALE phrase, or a purpose "to" + verb that follows a word which is
    not itself a verb ("walk 30 minutes to relax"; not "learn to swim")."""
    cut = _why_at(statement)[0]
    if not cut:
        return None
    said = statement[:cut].strip(" ,;:-")
    return said or None


@lru_cache(maxsize=32)  # Specific, Measurable, Achievable and Relevant ask
def _why_at(statement: str) -> tuple[int | None, str | None]:
    """Where the statement's why clause starts (``before_why``), and the
    purpose "to" + verb that starts it ("to fund") when that comes before
    any RATIONALE phrase."""
    cut = None
    whys = _matches(v.RATIONALE, statement)
    if whys and _scan(statement).same:
        cut = whys[0].start()
    lowered = _lowered(statement)
    if " to " in lowered and len(lowered) == len(statement):
        for match in _PURPOSE_TO.finditer(lowered, 0, cut if cut is not None else len(lowered)):
            verb = match.group(1)
            if language._lemma(verb) != verb or verb in v.NEVER_HEADS:
                continue  # "to bed", "to the gym", "to 20 clients" (most "to"s: asked first)
            before = lowered[:match.start()].split()
            if not before:
                continue
            last = before[-1].strip(",;:()[]\"'")
            if language._lemma(last) is not None and not before[-1].endswith((",", ";", ":")):
                continue  # "learn to swim", "go to bed": the "to" belongs to the verb before it
            if last in _NOT_A_PURPOSE_BEFORE or verb == "go" or (
                    last in language.lexicon().describers and not last.endswith("ly")):
                # "goal: to run" (the action itself); "a way to think", "nothing to change",
                # "when to use it", "easy to use", "4 hours to go": not what it is for
                continue
            return match.start(), match.group(0)
    return cut, None


# "Goal: to run a 5k": what follows is the goal's action; "a way to think", "time to
# rest", "nothing to change", "how to use it": what is to be done, not what it is for
_NOT_A_PURPOSE_BEFORE = frozenset(
    "goal goals aim aims plan plans intention objective target way ways time chance chances opportunity "
    "opportunities area areas thing things place places room need needs reason reasons right ability attempt "
    "effort decision duty nothing something anything everything how what when where which whether who whom "
    "why".split())


@lru_cache(maxsize=32)  # Specific and Measurable both read it
def _action_reading(statement: str) -> _Reading:
    """What Specific and Measurable read: the statement, or its part before
    the why clause when that reads better (the reason a goal gives for
    itself is not its action: "so that I manage stress better" doesn't make
    "run twice a week" vague; its words may still name who it is for)."""
    reading = _specific_of(statement)
    if reading.score < 2:
        own = before_why(statement)
        if own is not None:
            before = _specific_of(own)
            if before.score > reading.score:
                return before
    return reading


_SUBJECT = LazyPattern(r"(?:i\s+will|i'll|i\s+want\s+to|i|to)\s+", re.IGNORECASE)


def opens_with_action(text: str) -> bool:
    """Whether ``text`` starts with the action it names ("complete the EMDR
    basic training", "I'll walk after lunch"), not a thing or a topic
    ("self-pay telehealth for adults with anxiety"): what guided add's
    composed sentence needs to put a detail in the goal's place."""
    verbs = _specific_of(text).verbs
    words = _SUBJECT.sub("", text.strip(), count=1).split()
    return bool(verbs and words) and words[0].lower().strip(",;:") == verbs[0].lower()


def only_an_aim(text: str) -> bool:
    """Whether ``text`` (before its why) says only an aim, no concrete
    action: a vague verb or hedge ("get better at trauma work", "improve my
    sleep", "sleep better"), or an action on nothing concrete ("exercise
    more")."""
    reading = _action_reading(text)
    return bool(reading.vague or reading.vague_heads or not reading.context)


def score_specific(goal: GoalText) -> Criterion:
    reading = _action_reading(goal.statement)
    if reading.score == 2 and _why_at(goal.statement)[0]:
        # what it names is the goal's own words when they alone are specific, and of its why's
        # only the field's terms, who it is for ("to help clients with anxiety"), not the
        # why's other words ("so I stop lying awake" named "stop", "lying": trial, an Ohio LISW)
        own = before_why(goal.statement)
        if own is not None and (before := _specific_of(own)).score == 2:
            context = before.context + [c for c in reading.context if c in _CONTEXT_SET and c not in before.context]
            reading = _Reading(2, before.verbs, context, before.vague, before.generic, before.vague_heads)
    if goal.specific:
        # Concrete detail resolves a vague headline ("get better at trauma
        # work" + "complete the EMDR basic training for adults with PTSD").
        detail = _specific_of(goal.specific)
        combined = _specific_of(goal.statement + ". " + goal.specific)
        better = detail if detail.score == 2 else combined
        if better.score >= reading.score:
            reading = better
    score, verbs, context, vague = reading.score, reading.verbs, reading.context, reading.vague
    # _unique(verbs[:2] + context[:4]): the verbs are distinct lower-case clause words and the context
    # distinct ignoring case already, so only a context item that is one of the verbs is left out
    verbs = verbs[:2]
    if ("$" in goal.statement or "$" in (goal.specific or "")) and not all(c.strip("oO") for c in context[:4]):
        context = [c for c in context if c.strip("oO")]  # "$6,OOO" typed: its "OOO" is no context
    evidence = verbs + [c for c in context[:4] if c.lower() not in verbs] if verbs else context[:4]
    if score == 2 and not goal.specific and "time with" in _scan(goal.statement).lowered and _only_time_with(
            goal.statement, context):
        return Criterion(1, "'Spend time with' says who, not what you'll do together or when.",
                         "Say what you'll do with them and when, e.g. 'dinner together 5 nights a week' or "
                         "'a board game every Sunday afternoon'.", evidence=evidence)
    if score == 2:
        return Criterion(2, f"Names what you'll do and the context ({', '.join(evidence[:4])}).",
                         evidence=evidence)
    if vague or reading.vague_heads:
        word = (vague or reading.vague_heads)[0]
        text = _joined(goal.statement, goal.specific)
        examples = kinds.action_examples(text, lambda pattern: _matches(pattern, text) != (),
                                         money=about_money(goal)) or (
            "'complete the EMDR basic training', 'walk 30 minutes after lunch' or 'run a weekly DBT skills group "
            "for teens'")
        return Criterion(
            score, f"'{word}' doesn't say what you'll actually do.",
            f"Replace it with an observable action and its object, e.g. {examples}.",
            evidence=_unique(vague + reading.vague_heads + evidence))
    if reading.generic:
        word = reading.generic[0]
        return Criterion(score, f"'{word}' names a kind of thing, not which one or with whom.",
                         f"Say exactly which: {_which_examples(goal)}.",
                         evidence=_unique(reading.generic + evidence))
    if verbs and not context:
        return Criterion(score, "There's an action but not what, with whom or where.",
                         "Name the training, modality, credential, population or setting, "
                         "e.g. 'a CBT course for anxiety disorders', or what, when and where.",
                         evidence=evidence)
    if context and not verbs:
        return Criterion(score, "It names a topic but not the action you'll take.",
                         "Start with a verb you can observe: complete, pass, attend, submit, run, walk, cook.",
                         evidence=evidence)
    if verbs and context:
        return Criterion(score, "It's too short to say what exactly, where or with whom.",
                         "Add the detail: which clients or setting, how often, by how much.",
                         evidence=evidence)
    return Criterion(0, "It doesn't say what you'll do, or for whom.",
                     "Say the action and its object, e.g. 'complete a TF-CBT certification course'.",
                     evidence=evidence)


# "Spend (more) time with my kids" names who, not what or when: as vague as "exercise more" (trial 21 #8)
_SPEND_TIME_WITH = LazyPattern(r"\bspend(?:s|ing)?\s+(?:(?:more|some|extra|quality|real|good|free|lots\s+of|"
                               r"a\s+lot\s+of)\s+)*time\s+with\b")
_TIME_COMPANY = frozenset("more quality time kids kid children child family partner spouse wife husband son sons "
                          "daughter daughters friends friend mom mum dad mother father parents grandkids "
                          "grandchildren baby toddler teens teen teenagers".split())


def _only_time_with(statement: str, context: list[str]) -> bool:
    """The goal spends time with someone and says nothing of what or when
    (asked only of a Specific 2/2 that says "time with")."""
    own = (before_why(statement) or statement).lower()
    if not _SPEND_TIME_WITH.search(own):
        return False
    own = _without_deadline(own) or own  # "by June 30": a deadline's digits say nothing of when you meet
    if any(c.lower() not in _TIME_COMPANY and c.lower() in own for c in context):
        return False  # (context from the why, "so they know I'm there", isn't what you'll do)
    return not (_DIGIT.search(own) or v.ON_DAYS.search(own) or v.EACH_OCCASION.search(own)
                or v.WHEN_PHRASE.search(own))


_ON_DAYS, _PER_OCCASION = id(v.ON_DAYS), id(v.PER_OCCASION)  # keys in a text's matches, read inline
_NUMBERED = id(v.NUMBERED_ITEM)
# The patterns of an amount, with their keys in a text's matches
_AMOUNTS = tuple((id(p), p) for p in (v.FROM_TO, v.THRESHOLD, v.UNIT_PATTERN, v.NUMBER_WORD_UNIT, v.NUMBERED_ITEM,
                                      v.MONEY))


_FROM_WORD, _TO_WORD = LazyPattern(r"\bfrom\b", re.IGNORECASE), LazyPattern(r"\bto\b", re.IGNORECASE)
_MONEY_MARK = LazyPattern(r"[$k]", re.IGNORECASE)  # a sum written as money: "$4,500", "4.5k"
_RATE_AFTER = LazyPattern(r"\s*(?:a|an|per|each|every|/)\b|\s*/", re.IGNORECASE)


def _money_once(evidence: list[str], text: str) -> list[str]:
    """``evidence`` with a sum of money said once where two readings
    overlap in ``text``: "$200" and "200 a month" are "$200 a month" (the
    sum with its rate), "$6,000" and "6,000 credit" are "$6,000" (the
    number read as a count of the word after it)."""
    lowered = text.lower()
    spans = [(lowered.find(item.lower()), item) for item in evidence]
    kept = list(evidence)
    for start, money in spans:
        if start < 0 or money[:1] not in "$€£¥":
            continue
        end = start + len(money)
        for other_start, other in spans:
            if other is money or other not in kept or other_start < 0 or other_start >= end \
                    or other_start + len(other) <= start:
                continue
            beyond = text[end:other_start + len(other)]
            merged = text[start:other_start + len(other)] if _RATE_AFTER.match(beyond) else money
            at = kept.index(money) if money in kept else kept.index(other)
            kept = [item for item in kept if item not in (money, other)]
            kept.insert(min(at, len(kept)), merged)
            money, end = merged, start + len(merged)
    return kept


# Before the balance a paydown is to reach ("down to $12,000", "balance at 12k"), and before a part
# of it paid ("pay off $6,000 of it"), in a measure naming two sums (trial 3 #6).
_REACH_BEFORE = LazyPattern(r"\b(?:down\s+to|at)\s*$", re.IGNORECASE)
_PAID_BEFORE = LazyPattern(r"\b(?:pay|paying|paid)\s+(?:off|down)\s*$", re.IGNORECASE)


def payoff_in(measure: str | None, statement: str | None = None) -> tuple[float, float] | None:
    """(what is owed now, what it is to come down to) when a measure reads
    as a balance paid down: the measure or the goal's sentence names a debt
    ("balance", "pay off my credit card") and the measure names two sums,
    the smaller one the balance to reach: zero ("balance at 0 (its 4.5k
    right now)": (4500.0, 0.0)), with "from ... to" ("balance from
    $4,500 to $1,000"), or the one after "down to" or "at" ("balance
    down to $12,000 (its $18k right now)": (18000.0, 12000.0); "pay off
    $6,000 of it, balance down to $12k", the part paid and what is left:
    the same). None otherwise. Guided add reads its measure
    answer with it, scripted add its sentence, Measurable a sentence its
    other readings leave unmeasured."""
    from clingoals.numbers import read_number

    measure = measure or ""
    if not (v.PAYOFF_OWED.search(measure) or v.PAYOFF_OWED.search(statement or "")):
        return None
    sums, found = [], list(v.PAYOFF_SUMS.finditer(measure))
    for match in found:
        try:
            sums.append(0.0 if match.group(0).lower() == "zero" else read_number(match.group(0), money=True))
        except ValueError:
            return None
    if len(sums) != 2 or min(sums) < 0 or max(sums) == min(sums):
        return None
    low, high = min(sums), max(sums)
    if not low or (_FROM_WORD.search(measure) and _TO_WORD.search(measure)):
        return high, low  # "balance at 0", "from $18,000 to $12,000"
    # "balance down to $12,000 (its $18k right now)", "pay off $6,000 of it, balance down to $12k" (trial 3 #6):
    # the sum after "down to" (or "at") is the balance to reach; the other is owed now, or a part paid off
    reach = [i for i, match in enumerate(found) if _REACH_BEFORE.search(measure[max(match.start() - 10, 0):match.start()])]
    if len(reach) != 1:
        return None  # two sums, neither zero, and nothing says which way: not read
    left, other = sums[reach[0]], sums[1 - reach[0]]
    if _PAID_BEFORE.search(measure[:found[1 - reach[0]].start()]):
        return other + left, left
    return (other, left) if other > left else None


def sentence_payoff(statement: str) -> tuple[float, float, str] | None:
    """:func:`payoff_in` of a goal's own sentence, without its deadline
    ("by June 30": no sum of the balance), when the sum owed reads as money
    ("$4,500", "4.5k", or 100 and over: "Pay off 2 loans, 0 late payments"
    is no balance): (owed, down to, the words read)."""
    if not v.PAYOFF_OWED.search(statement):  # no debt named: nothing to read (Measurable asks on many goals)
        return None
    text = statement
    payoff = payoff_in(text, text)
    if payoff is None:
        text = _without_deadline(statement) or ""
        payoff = payoff_in(text, text)
    if payoff is None:
        return None
    if payoff[0] < 100 and not any(_MONEY_MARK.search(s) for s in v.PAYOFF_SUMS.findall(text)):
        return None
    return (*payoff, text)


def score_measurable(goal: GoalText, deadline: dt.date | None = None) -> Criterion:
    text = _joined(goal.statement, goal.specific, goal.metric)
    if goal.target is not None and goal.target > 0:
        unit = goal.unit or goal.metric or ""
        shown = amount(goal.target, unit)  # money as money in any currency ("€1,500"), else "50 training hours"
        if unit:
            return Criterion(2, f"Target set: {shown}.", evidence=[shown])
        return Criterion(1, f"There's a target ({number(goal.target)}) but no unit.",
                         "Say what the number counts: hours, sessions, clients, %.", evidence=[shown])
    amounts = []
    scan = _scan(text)
    lowered, known = scan.lowered, scan.matches
    if scan.digit and ("$" in text or "€" in text or "£" in text or "¥" in text):
        typo = amount_typo(text)  # "$6,OOO", "$6.000": the rule every typed number follows
        if typo is not None:
            typed, meant = typo
            if meant:
                return Criterion(1, f"'{typed}' doesn't read as an amount: did you mean {meant}?",
                                 f"Write it as {meant} (commas between thousands only).", evidence=[typed])
            return Criterion(1, f"'{typed}' doesn't read as an amount.",
                             "Write it as 6000 or 6,000 (commas between thousands only).", evidence=[typed])
    for key, pattern in _AMOUNTS:
        matches = known.get(key)  # as _matches, inline: six patterns for every goal
        if matches is None:
            matches = known[key] = _search(pattern, text, scan)
        if matches:
            amounts += [text[m.start():m.end()] if scan.same else m.group(0)
                        for m in matches if not _is_duration(m, lowered, scan.ascii)]
    rhythms = _matches(v.FREQUENCY_COUNT, text)
    # clock times ("after 7pm", "by 10:30") are found with the rhythms
    clocks = [m for m in rhythms if m.group(0).startswith(v.CLOCK_WORDS)] if rhythms else []
    rhythm = [text[m.start():m.end()] if scan.same else m.group(0) for m in rhythms
              if not m.group(0).startswith(v.CLOCK_WORDS)] if rhythms else []
    instrument = found(v.INSTRUMENTS, text)
    reading = _action_reading(goal.statement)
    # (most goals have neither: no call for an empty list, _unique's answer for one)
    if amounts:
        amounts = _unique(amounts)
        if len(amounts) > 1 and known.get(_NUMBERED):
            # "Level 1" says which training, not how much, beside a count that does ("use it with 5
            # couples"; trial 22 #11)
            which = {m.group(0).lower() for m in known[_NUMBERED]}
            amounts = [a for a in amounts if a.lower() not in which] or amounts
    if rhythm:
        rhythm = _unique(rhythm)
    state = found(v.STATE_HOURS, text) if scan.digit else []
    if state:
        # "8 hours of sleep" is how much of a daily state: it needs how often.
        amounts = [a for a in amounts if not any(a.lower() in s.lower() for s in state)]
        rhythm = _unique(rhythm + found(v.NIGHTLY, text))
        if not amounts and not rhythm:
            return Criterion(1, f"'{state[0]}' says how much, not how often: every night, or some nights a week?",
                             f"Add the rhythm, e.g. '{state[0]} a night' or '{state[0]} 5 nights a week'.",
                             evidence=state[:1])
        amounts = _unique(state + amounts)
    if not rhythm and "most" in lowered:
        most = vague_rhythm(text)
        # "most nights": how often, with no number to keep (trial 20 #5), also beside how much
        # each time ("walk 30 minutes most days")
        if most is not None and (not amounts or (all(v.PER_OCCASION.search(a.lower()) for a in amounts)
                                                  and not v.PER_WEEK.search(lowered))):
            times = most.split()[-1].lower()
            nights = times.startswith(("night", "nigth", "nite", "weeknight", "schoolnight", "worknight"))
            return Criterion(1, f"'{most}' says how often only roughly: how many a week?",
                             f"Name how often, e.g. '5 {'nights' if nights else times} a week' or "
                             f"'every {'weeknight' if nights else 'weekday'}'.", evidence=[most])
    kept = _kept_each(goal.statement, text, clocks, rhythm, deadline) if (
        (clocks or (deadline is not None and known.get(_ON_DAYS) != ())) and not amounts
        and not reading.vague_heads) else None
    if kept is not None:
        when, said, evidence = kept
        return Criterion(2, f"Checkable {when}: '{said}', kept or not.", evidence=_unique(instrument + evidence))
    if amounts and not rhythm and known.get(_PER_OCCASION) != () and _matches(v.PER_OCCASION, text):
        each = _how_often_missing(text, amounts, clocks)
        if each is not None:
            return Criterion(1, f"'{each}' says how much each time, not how often: every day, or some days a week?",
                             f"Add how often, e.g. '{each} a day' or '{each} 5 days a week'.",
                             evidence=_unique(amounts))
    if amounts or (rhythm and not reading.vague_heads):
        if amounts and not rhythm and known.get(_ON_DAYS) != ():
            # "walk 30 minutes on workdays": the days are how often, as "5 days a week" is
            rhythm = [text[m.start():m.end()] for m in _matches(v.ON_DAYS, text) if m.group(0).endswith("s")]
        # (each list is distinct already: _unique only where two are joined)
        evidence = _unique(amounts + rhythm) if amounts and rhythm else (amounts or rhythm)
        if len(evidence) > 1 and any(item[:1] in "$€£¥" for item in evidence):
            evidence = _money_once(evidence, text)  # "$200 a month", not "$200, 200 a month"
        return Criterion(2, f"You'll know by the numbers: {', '.join(evidence[:3])}.",
                         evidence=_unique(instrument + evidence) if instrument else evidence)
    if rhythm:
        return Criterion(1, f"'{rhythm[0]}' says how often, but not what you'll count: "
                         f"'{reading.vague_heads[0]}' is an aim, not an action.",
                         "Name what you'll do that often, or add an amount (minutes, servings, pages).",
                         evidence=rhythm)
    checkable = found(v.CHECKABLE_EVENT, text)
    if checkable and not reading.vague:
        return Criterion(2, f"A checkable step: {checkable[0]}.", evidence=checkable[:2])
    named = found(v.NAMED_OBJECT, text)
    # A checkable outcome counts here only with a named object; without one it is asked for
    # only if no line below decides first (its search is the costliest of these)
    outcome = found(v.BINARY_OUTCOME, text) if named else None
    comparatives = found(v.COMPARATIVE, text)
    if comparatives:
        own = before_why(goal.statement)
        if own is not None:
            # the why's "more" is the reason's, not the goal's measure ("Go to the gym before
            # work so I have more energy": trial, an Ohio LISW)
            comparatives = found(v.COMPARATIVE, _joined(own, goal.specific, goal.metric))
    if outcome and named and not (comparatives and (not _verbs_in(text) or _MORE_OF_IT.search(_lowered(text)))):
        said = quoted(goal.statement, outcome[0], named[:2]) or f"{outcome[0]} … {named[0]}"
        if said.lower() == outcome[0].lower():  # the first objects come before it ("the board approves my
            said = quoted(goal.statement, outcome[0], named) or said  # application"): the one after it
        return Criterion(2, f"A checkable outcome: '{said}'.", evidence=[said])
    payoff = sentence_payoff(goal.statement) if scan.digit else None
    if payoff is not None:  # "Pay off the card, balance at 0 (its 4.5k right now)" (trial 16 B3)
        owed, left, _ = payoff
        return Criterion(2, f"You'll know by the numbers: the balance down to {dollars(left)} from {dollars(owed)}.",
                         evidence=[dollars(left), dollars(owed)])
    when = v.WHEN_PHRASE.search(_lowered(goal.statement)) if not comparatives else None
    if when is not None and reading.score == 2:
        # "Meditate before work", "stretch after dinner": a habit said by when, not how often
        said = goal.statement[when.start():when.end()]
        return Criterion(1, f"'{said}' says when, not how often: every day, or some days a week?",
                         f"Add how often, e.g. '{said} on weekdays' or '{said} 3 times a week'.", evidence=[said])
    if deadline is not None and reading.score == 2 and not comparatives and not v.ON_DAYS.search(_lowered(text)):
        # One concrete thing done by a date is checkable: done or not.
        said = quoted(goal.statement, (reading.verbs or [""])[0], reading.context) or " ".join(
            reading.verbs[:1] + reading.context[:2])
        return Criterion(2, f"A one-off you can check by the deadline: '{said}'.", evidence=[said])
    if instrument:
        return Criterion(1, f"It names {instrument[0]} but no threshold or change to reach.",
                         f"Add the score to reach, e.g. '{instrument[0]} below 10' or 'from 15 to 9'.",
                         evidence=instrument)
    if comparatives:
        if reading.verbs and comparatives[0].lower() == "more" and not about_money(goal):
            statement = _without_deadline(goal.statement) or goal.statement
            often = v.MORE_OFTEN.search(statement.lower())
            if often is not None:
                # "Cook more with the kids": a habit done more, so what is missing is how often
                said = statement[:often.start()].rstrip() + statement[often.end():]
                said = " ".join(said.rstrip(" .").split())
                return Criterion(1, f"'{comparatives[0]}' says which way, not how often.",
                                 f"Name how often instead, e.g. '{said} twice a week'.",
                                 evidence=_unique(comparatives))
        return Criterion(1, f"'{comparatives[0]}' says which way, not how much.",
                         "Put a number on it: from X to Y, a count with a unit (20 CE hours, "
                         "5 sessions, 3 times a week), or a pass/fail outcome.", evidence=_unique(comparatives))
    if outcome is None:
        outcome = found(v.BINARY_OUTCOME, text)
    if outcome or named:
        examples = kinds.result_examples(text, lambda pattern: _matches(pattern, text) != ())  # (kept searches)
        return Criterion(1, "There's an outcome, but it's not clear how you'll check it.",
                         f"Name the result you can check: {examples}.",
                         evidence=_unique(outcome + named))
    if reading.score >= 1 or any(k in ("action", "generic") for k in _head_kinds(goal.statement)):
        if _matches(v.BOUNDARY, text):  # a boundary's measure is when it holds, not servings (trial 21 #16)
            return Criterion(1, "It says what, but not when it holds or how you'll know you kept it.",
                             "Add when and how often it holds, e.g. 'no email after 8pm, 6 nights a week' or "
                             "'phone off at dinner on weeknights'.", evidence=reading.verbs[:2])
        return Criterion(1, "It says what, but not how much or how you'll know it's done.",
                         "Add a measure: how often (3 times a week), how much (30 minutes, 2 servings), "
                         "a number to reach, or a result you can check.", evidence=reading.verbs[:2])
    return Criterion(0, "Nothing says how you'll know you got there.",
                     "Add a measure: a number with a unit (12 sessions, 20 CE hours), how often "
                     "(3 times a week), 'from X to Y', or a checkable result (pass, obtain, submit).")


# "Read more about DBT", "attend more workshops": the comparative says how much of the
# outcome, so the outcome is not a checkable one ("Walk more" is partial too).
_MORE_OF_IT = LazyPattern(v.BINARY_OUTCOME.pattern + r"\s+(?:(?:much|far|a lot|a bit|a little|even|way|lots)\s+)?"
                          r"(?:more|less|fewer|better)\b")


_DAY_NAMES = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
# Words that give a clock-time habit a period to keep it in ("for 8 weeks", "until June").
_PERIOD_WORDS = LazyPattern(r"\b(?:for|over|through|thru|until|till|within|in the next|starting|from now)\b")


def _kept_each(statement: str, text: str, clocks: list[re.Match], rhythm: list[str], deadline: dt.date | None
               ) -> tuple[str, str, list[str]] | None:
    """A rule kept on a rhythm, checkable each time it applies: a clock-time
    limit ("no work email after 7pm", "in bed by 10:30 on weeknights") or a
    habit on named days ("don't check Slack on weekends"). (when, the
    person's words for what is checked, evidence), or None. A clock time
    with no rhythm is kept every day, unless a date makes it a one-off
    ("submit the report by 5 pm on June 30")."""
    if not clocks and deadline is None:
        return None
    days = [m for m in _matches(v.ON_DAYS, text) if m.group(0).endswith("s")]  # one named day is a date
    if not clocks and not days:
        # Named days alone are not a count (the corpus follows SMARTSpan's
        # annotators there, "never check email on weekends"); kept on them
        # until a date, they are checked like a one-off by that date.
        return None
    if _matches(v.COMPARATIVE, text):
        return None  # "less email on weekends" says which way, not what is kept
    lowered = _lowered(text)
    if days:
        day = days[0].group(0).removeprefix("on ")[:-1]  # "tuesday", "weekday", "monday and thursday evening"
        when = "each " + " ".join(word.capitalize() if word[:3] in _DAY_NAMES else word for word in day.split())
    elif rhythm:
        # ("Mon/Wed/Fri" as written: days written short are no lower-case words)
        when = ("on " + rhythm[0]) if v.DAY_LIST_PATTERN.fullmatch(rhythm[0].lower()) else rhythm[0].lower()
    elif deadline is None or _PERIOD_WORDS.search(lowered) or (clocks and v.STOP_DOING.match(lowered)):
        # a limit to stop doing something past a clock time ("stop answering work email
        # after 7pm") is kept every day until the deadline, not done once by it
        when = "each day"
    else:
        return None
    first = (clocks or days)[0]
    # what is kept, up to its days ("call my dad on Sunday evenings"), or through them when they
    # stand without "on" ("spend Saturday mornings with my kids": "Spend Saturday mornings")
    said = _words_up_to(statement, text, first.end() if clocks or not first.group(0).startswith("on ")
                        else first.start())
    if not said:
        return None
    shown = [text[m.start():m.end()] if _scan(text).same else m.group(0) for m in (*clocks[:1], *days[:1])]
    return when, said, shown + rhythm[:1]


def _words_up_to(statement: str, text: str, end: int) -> str:
    """The statement's words from its start to ``end`` (a position in ``text``,
    which starts with the statement), cut like a quote; "" past its end."""
    if end > len(statement) or not _scan(text).same:
        return ""
    said = statement[:end].strip(" ,;:.")
    if len(said) > QUOTE_LENGTH:
        said = said[:QUOTE_LENGTH].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return said


def _how_often_missing(text: str, amounts: list[str], clocks: list[re.Match]) -> str | None:
    """The amount a habit does each time ("30 minutes") when every amount is
    one and nothing says how often (a rhythm, named days, a clock time, "each
    session"), and it isn't a one-off with a checkable outcome ("complete a
    30-minute webinar"); else None."""
    for amount in amounts:
        if v.PER_OCCASION.search(amount.lower()) is None:
            return None
    if clocks or _matches(v.ON_DAYS, text) or v.EACH_OCCASION.search(_lowered(text)):
        return None
    if any(c.lemma in _ONE_OFF_VERBS for c in language.clauses(text)) and _matches(v.NAMED_OBJECT, text):
        return None
    return amounts[0]


# Verbs of a one-off with a checkable outcome (BINARY_OUTCOME's), read off the clauses' lemmas
_ONE_OFF_VERBS = frozenset("pass obtain earn submit publish receive attain defend graduate launch open enroll enrol "
                           "register apply file hire join present attend complete finish sign secure close write "
                           "draft create build design volunteer teach lead onboard".split())


# A rhythm said roughly, with no number: "most nights" (and "most nigths" as typed).
_MOST_TIMES = LazyPattern(r"\bmost\s+(?:(?:week|school|work)?n(?:ight|igth|ite)s|(?:week|work)?days|evenings|mornings|"
                          r"afternoons|weekends|weeks|lunches|dinners|meals)\b", re.IGNORECASE)


def vague_rhythm(text: str) -> str | None:
    """The rough rhythm a text says instead of how often ("most nights"), or None."""
    match = _MOST_TIMES.search(text) if "most" in text.lower() else None
    return match.group(0) if match is not None else None


def missing_rhythm(goal: GoalText) -> str | None:
    """The amount the goal does each time when nothing says how often ("walk
    30 minutes after lunch" -> "30 minutes", "sleep 8 hours" -> "8 hours"), for
    the guided conversation to ask how often; None when a rhythm is there or
    the goal has no such amount."""
    reading = _reading(goal)[0]
    text = _joined(reading.statement, reading.specific, reading.metric)
    criterion = score_measurable(reading, None)
    if criterion.score == 2 or "how often" not in criterion.reason:
        return None
    return criterion.evidence[0] if criterion.evidence else None


QUOTE_LENGTH = 70


def _position(lowered: str, word: str, start: int) -> int:
    """Where ``word`` first stands whole in ``lowered`` from ``start``, or -1."""
    word = word.lower()
    at = lowered.find(word, start)
    while at >= 0:
        before = lowered[at - 1] if at else " "
        after = lowered[at + len(word)] if at + len(word) < len(lowered) else " "
        if not (before.isalnum() or before in "_$") and not (after.isalnum() or after == "_"):
            return at
        at = lowered.find(word, at + 1)
    return -1


def quoted(text: str, first: str, then: list[str]) -> str | None:
    """The person's own words from ``first`` to the furthest of ``then``, as
    written ("Save $200 from every paycheck for an emergency fund"), for a
    reason to quote instead of a list of picked words; None when ``first``
    isn't in the text. Long quotes are cut at a word with an ellipsis."""
    lowered = text.lower()
    start = _position(lowered, first, 0) if first else -1
    if start < 0:
        return None
    end = start + len(first)
    for word in then:
        at = _position(lowered, word, start)
        if at >= 0:
            end = max(end, at + len(word))
    said = text[start:end].strip(" ,;:.")
    if len(said) > QUOTE_LENGTH:
        said = said[:QUOTE_LENGTH].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    elif "(" in said and said.count("(") > said.count(")") and text[start + len(said):].lstrip().startswith(")"):
        said += ")"  # a quote that ends where a composed measure does: "Run a 10k (cross the finish line of a 10k race)"
    return said


DURATION = LazyPattern(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*"
                       r"(?:days?|weeks?|months?|years?)")
DEADLINE_WORDS = LazyPattern(r"\b(?:in|within|for|over|next|the next|by|after|of)\s*$")


_DURATION_ENDS = ("day", "days", "week", "weeks", "month", "months", "year", "years")  # every DURATION ends so
_DEADLINE_WORDS_LONGEST = len("the next")


def _is_duration(match: re.Match, text: str, ascii: bool = False) -> bool:
    """'within 3 months' is a deadline, not a measure ('take 10 days' is one).
    ``ascii``: the text is one ``v.plain_ascii`` accepts."""
    said = match.group(0).strip()
    if not said.endswith(_DURATION_ENDS):  # (most amounts: "20 CE hours", "$500"; no search)
        return False
    if not (_ASCII_TWINS.get(id(DURATION)) or v.for_ascii(DURATION) if ascii else DURATION).fullmatch(said):
        return False
    # DEADLINE_WORDS ends at the text's end, after nothing but space: its match is in the last
    # word or two before the space (and the character before them, for its \b), not worth a
    # search from every place of the text
    before = text[:match.start()].rstrip()[-_DEADLINE_WORDS_LONGEST - 1:]
    return bool((_ASCII_TWINS.get(id(DEADLINE_WORDS)) or v.for_ascii(DEADLINE_WORDS) if ascii
                 else DEADLINE_WORDS).search(before))


def _top_level(pattern: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and pattern[i - 1] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return parts + [pattern[start:]]


def _anchors_of(pattern: str) -> tuple[str, ...] | None:
    """Letter runs of a row's pattern ("psychologist", "emdr", "lcsw"), one of
    which every match contains; None when some alternative has no run of
    three letters to look for."""
    anchors: set[str] = set()
    letters = re.compile(r"[a-z]{3,}")
    for alternative in _top_level(pattern):
        plain = re.sub(r"\(\?[!=<][^()]*\)", "\x00", alternative)          # lookarounds
        plain = re.sub(r"\([^()]*\)[?*]", "\x00", plain)                    # optional groups
        plain = re.sub(r"\\[a-z]|\[[^\]]*\]|[a-z][?*]|\(\?:", "\x00", plain)  # escapes, classes
        outside = letters.findall(re.sub(r"\([^()]*\)", "\x00", plain))
        inside = [run for group in re.findall(r"\(([^()]*)\)", plain) for run in letters.findall(group)]
        if outside:
            anchors.add(max(outside, key=len))  # in every match of this alternative
        elif inside:
            anchors.update(inside)              # one of the group's words is in every match
        else:
            return None
    return tuple(sorted(anchors))


@lru_cache(maxsize=1)
def _milestone_anchors() -> tuple[str, ...] | None:
    """The anchors of every row: a text containing none of them matches no
    row, and substring tests are far cheaper than trying every row's
    pattern. None (try every row) when some row has none."""
    rows = _row_anchors()
    if any(anchors is None for _, anchors in rows):
        return None
    return tuple(sorted({a for _, anchors in rows for a in anchors}))


@lru_cache(maxsize=1)
def _row_anchors() -> tuple[tuple[Milestone, tuple[str, ...] | None], ...]:
    return tuple((milestone, _anchors_of(milestone.match)) for milestone in milestones())


def match_milestone(text: str) -> Milestone | None:
    """The most specific row of the table that matches: the one whose match
    is longest ("supervisor training course" is a supervision course, not the
    LPC-S status its "LPC-S" names); on a tie the first in file order."""
    scan = _scan(text)
    lowered = scan.lowered
    gates = _word_gates()
    if scan.bits != -1 and gates.rows is not None:
        # the rows one of whose anchors a word of the text holds, in file
        # order (each row has a bit of its own, given in file order)
        return _most_specific(gates.rows_of(scan.bits), lowered, scan.ascii)
    anchors = _milestone_anchors()
    if anchors is None:
        return _first_matching_row(lowered)
    # the same as _first_matching_row, skipping the rows none of whose anchors
    # is in the text (substring tests cost far less than a row's search)
    present = {anchor for anchor in anchors if anchor in lowered}
    if not present:
        return None
    return _most_specific((m for m, row_anchors in _row_anchors() if not present.isdisjoint(row_anchors)), lowered)


# "education for the CADC", "a business plan for my private practice": a
# milestone named after "for" (and not after a verb that aims at it: "study
# for", "register for") is what the goal's object is for, a part of it or a
# step toward it, not what the goal does; its time does not bound the step.
_FOR_THE = LazyPattern(r"(?:^|[\s(])([a-z'-]+)\s+for\s+(?:(?:the|my|a|an|our|this|that)\s+)?$")
_AIMING_AT = frozenset("study studying studied prepare preparing prep prepping register registering registered "
                       "apply applying up qualify qualifying sit sitting ready eligible review reviewing cram "
                       "cramming train training approved approval".split())


def _for_something_else(lowered: str, start: int) -> bool:
    """The milestone found at ``start`` only says what the goal's object is for."""
    if "for" not in lowered[max(start - 12, 0):start]:
        return False
    before = _FOR_THE.search(lowered, max(start - 60, 0), start)
    return before is not None and before.group(1) not in _AIMING_AT


def _most_specific(rows, lowered: str, ascii: bool = False) -> Milestone | None:
    best, longest = None, 0
    for milestone in rows:
        pattern, exclusion = milestone.patterns_for(ascii)
        first = pattern.search(lowered)
        if first is None:
            continue  # (most rows tried: one search, no iterator)
        # every match, the first found already: the rest are those after it (an empty
        # first match is rare; the rest are then found from the start, as finditer steps past it)
        matches = chain((first,), pattern.finditer(lowered, first.end())) if first.end() > first.start() else (
            pattern.finditer(lowered))
        span = max((m.end() - m.start() or 1 for m in matches if not _for_something_else(lowered, m.start())),
                   default=0)
        # (its exclusion is searched only for a row that would win: most rows tried don't match)
        if span > longest and not (exclusion and exclusion.search(lowered)):
            best, longest = milestone, span
    return best


# Verbs of paying for something rather than doing it ("save $3,000 for an EMDR
# course", "pay for my EMDR training", "budget $500 for the exam"); "set" and
# "put" only with aside/away/toward ("set aside $200 a month for ...").
_PAYING = frozenset("save pay budget fund finance afford raise".split())
_PAYING_HEADS = _PAYING | {"set", "put", "spend"}
_PUT_ASIDE = LazyPattern(r"\b(?:set|put)\s+(?:\S+\s+){0,3}?(?:aside|away|toward|towards)\b")


def _pays_for_it(statement: str, own: str | None) -> bool:
    """Every action of the statement (of ``own``, its part before the why,
    when it has one) is paying or saving for something, so a milestone it
    names is what the money is for, not what the goal does (asked only of
    goals that name a milestone)."""
    heads = [c for c in language.clauses(statement) if c.kind != "state"]  # (read for Specific already)
    if not heads or not _paying(heads[0], statement):
        return False  # the first action isn't paying (most goals that name a milestone)
    if own is not None:
        heads = [c for c in language.clauses(own) if c.kind != "state"]
    return all(_paying(clause, statement) for clause in heads)


def _paying(clause: language.Clause, statement: str) -> bool:
    if clause.lemma in _PAYING:
        return True
    if clause.lemma in ("set", "put"):
        return _PUT_ASIDE.search(_lowered(statement)) is not None
    return clause.lemma == "spend" and ("$" in statement or "dollar" in _lowered(statement))


# A step of the measure set in brackets ("Get my LCPC license (pass the NCMHCE
# and have the license in hand)"): what the goal's own sentence says is left.
_ASIDE = LazyPattern(r"\([^()]*\)")


# The means a goal names after its aim ("... by completing the 15-hour course"; not "by spring").
_BY_MEANS = LazyPattern(r"\s+by\s+(?!spring\b)[a-z]{2,}ing\b")


def _goal_sets_milestone(found: Milestone, own: str) -> Milestone:
    """The goal's own sentence sets the milestone: a step its measure, its
    specifics or its means name ("pass the NCMHCE" for an LCPC license, "by
    completing the supervision course" for approved supervisor status) never
    swaps it for a shorter row than the goal's (asked only of a goal with such a part)."""
    means = _BY_MEANS.search(own.lower())
    if means is not None:
        own = own[:means.start()]  # "Become an approved supervisor by completing the 15-hour course" (trial 23 #14)
    head = match_milestone(_ASIDE.sub(" ", own)) if "(" in own else match_milestone(own)
    if head is not None and head is not found and head.min_months > found.min_months and not (
            found.id.startswith(head.id + "-")):  # (a state's own route to it, "approved-supervisor-ca", is no step)
        return head
    return found


def _source_of(milestone: Milestone, text: str) -> str:
    """The row's sources, saying whose rule they are not when the goal names
    a title they don't cover ("LCPC": Texas's and California's figures,
    Illinois's rule unknown; trial 21 #9)."""
    if milestone.not_cited:
        lowered = text.lower()
        for title, said in milestone.not_cited.items():
            if title in lowered and re.search(rf"\b{re.escape(title)}\b", lowered):
                return f"{milestone.source}. {said}"
    return milestone.source


def _first_matching_row(lowered: str) -> Milestone | None:
    """The row match_milestone picks, trying every row (tests check the
    prefilter against it)."""
    return _most_specific(milestones(), lowered)


_ON_THE_JOB = r"(?:supervised|clinical|direct|contact|client|practicum|internship|billable|face-to-face)"
_HOURS_IN_TEXT = LazyPattern(
    # opens with the digit, so the search jumps from digit to digit (the look-behind tests the one before it)
    r"(\d(?<![\w.]\d)\d*(?:\.\d+)?)\s*(?:-\s*)?(?:(ce|ceu|training|study|" + _ON_THE_JOB[3:-1] + r")\s+)?"
    r"(hours?|hrs?|sessions?)\b(?!\s*" + RATE + ")")
_HOUR_UNIT = LazyPattern(r"(?:ce |contact |supervised |clinical |training |study )?(hours?|hrs?|h)\b", re.I)
_ON_THE_JOB_UNIT = LazyPattern(_ON_THE_JOB, re.I)
_ON_THE_JOB_KIND = LazyPattern(_ON_THE_JOB)
_SESSION_UNIT = LazyPattern(r"(?:[\w-]+ )?sessions?\b", re.I)


class Workload:
    __slots__ = ("hours", "on_the_job", "phrase")

    def __init__(self, hours: float, on_the_job: bool, phrase: str):
        self.hours = hours              # hours of work left
        self.on_the_job = on_the_job    # supervised or clinical hours accrue at work, not on top of it
        self.phrase = phrase


def _workload(goal: GoalText) -> Workload | None:
    """Hours of work the goal still names: a target in hours or sessions less
    what's done, else 'N hours' / 'a 12-hour course' / 'N sessions' in the text
    (a rate such as '2 hours a week' is not a total)."""
    if goal.target and goal.unit:
        left = max(goal.target - (goal.current or 0), 0.0)
        if _HOUR_UNIT.match(goal.unit):
            on_job = bool(_ON_THE_JOB_UNIT.match(goal.unit))
            return Workload(left, on_job, f"{number(left)} {goal.unit} left")
        if _SESSION_UNIT.fullmatch(goal.unit.strip()):
            return Workload(left * HOURS_PER_SESSION, False, f"{number(left)} {goal.unit} left")
    scan = _scan(goal.statement)
    if not scan.digit:
        return None  # every amount of hours or sessions starts with a digit
    lowered = scan.lowered
    if "hr" not in lowered and "hour" not in lowered and "session" not in lowered:
        return None  # every amount of hours or sessions says one (most goals with a digit don't)
    if _matches(v.FREQUENCY_COUNT, goal.statement):
        return None  # with a rhythm, "a 1-hour walk" is each time, not a total (its matches are kept: asked first)
    match = (_ASCII_TWINS.get(id(_HOURS_IN_TEXT)) or v.for_ascii(_HOURS_IN_TEXT) if scan.ascii
             else _HOURS_IN_TEXT).search(lowered)
    if match is None:
        return None
    if any(m.start() <= match.start() < m.end() for m in _matches(v.STATE_HOURS, goal.statement)):
        return None  # "8 hours of sleep" is a daily state, not work to fit into a week
    amount = float(match.group(1))
    kind, unit = match.group(2) or "", match.group(3)
    hours = amount * (HOURS_PER_SESSION if unit.startswith("session") else 1.0)
    done = goal.current if goal.current and goal.unit and _HOUR_UNIT.match(goal.unit) else 0.0
    on_job = bool(kind) and _ON_THE_JOB_KIND.fullmatch(kind) is not None
    return Workload(max(hours - done, 0.0), on_job, match.group(0).strip())


def _confidence(goal: GoalText) -> tuple[int | None, str | None]:
    """The confidence given, else the one the goal states in its words."""
    if goal.confidence is not None:
        return goal.confidence, None
    stated = language.stated_confidence(goal.statement)
    return (stated.value, stated.phrase) if stated else (None, None)


def _months(start: dt.date, end: dt.date) -> float:
    return (end - start).days / DAYS_PER_MONTH


def _calendar_months(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from ``start`` to ``end`` ("3 months" from November 23
    is February 23: 92 days, but from December 1 to March 1 only 90), so a
    deadline the tool dates N months ahead is never short of an N-month minimum."""
    whole = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day and (end + dt.timedelta(days=1)).month == end.month:
        whole -= 1  # (the last day of a shorter month completes the month)
    return whole


def _fmt_months(months: float) -> str:
    if months < 1:
        weeks = max(1, round(months * DAYS_PER_MONTH / 7))
        return f"{weeks} week{'s' if weeks != 1 else ''}"
    if months >= 24 and months % 12 == 0:
        return f"{int(months // 12)} years"
    return f"{months:g} months" if months != 1 else "1 month"


def score_achievable(goal: GoalText, deadline: dt.date | None, today: dt.date, *,
                     default_hours_per_week: float = DEFAULT_HOURS_PER_WEEK,
                     confidence: tuple[int | None, str | None] | None = None) -> Criterion:
    text = _joined(goal.statement, goal.specific)
    # A plan is judged from when it starts: a stored goal from its start date,
    # a new one from today (or its later start).
    start = goal.start or today
    milestone = match_milestone(text)
    if milestone is not None:
        # The milestone of what the goal does, never of its reason: "... so that
        # I avoid burnout before opening my practice" is not opening one, and
        # a deadline that suits the goal must not be judged by the reason's time.
        own = before_why(goal.statement)
        if own is not None:
            milestone = match_milestone(_joined(own, goal.specific))
        if milestone is not None and (goal.specific or "(" in goal.statement or _BY_MEANS.search(_lowered(
                goal.statement))):
            milestone = _goal_sets_milestone(milestone, own if own is not None else goal.statement)
        # "Save $3,000 for an EMDR course": money put aside for it, judged by
        # the amount a month, not by how long the course takes.
        if milestone is not None:
            clauses = language.clauses(goal.statement)  # (read for Specific already)
            if clauses and clauses[0].lemma in _PAYING_HEADS and _pays_for_it(goal.statement, own):
                milestone = None
    saving = _saving(goal, deadline, today) if "$" in text or "dollar" in text or (
        goal.plan and "$" in goal.plan) else None
    absolute = found(v.ABSOLUTE, text)
    evidence: list[str] = []
    support: list[str] = []
    problems: list[tuple[int, str, str]] = []  # (score cap, reason, suggestion)

    tight = None
    if milestone is not None:
        evidence.append(milestone.name)
        if deadline is not None:
            available = _months(start, deadline)
            planned = "its start" if start < today else "now"
            if available < milestone.min_months and _calendar_months(start, deadline) < milestone.min_months:
                problems.append((0, f"{milestone.name[0].upper() + milestone.name[1:]} usually takes "
                                 f"about {_fmt_months(milestone.typical_months)} (at least "
                                 f"{_fmt_months(milestone.min_months)}: {milestone.note}); the deadline "
                                 f"leaves {_fmt_months(round(max(available, 0), 1))} from {planned}.",
                                 f"Move the deadline to about {_fmt_months(milestone.typical_months)} "
                                 f"from {planned}, or make this step smaller. Source: {_source_of(milestone, text)}."))
            elif available < milestone.typical_months * 0.9:  # a few weeks short is still about typical
                # Possible but tight: the table alone doesn't say it fits;
                # hours a week, a plan or confidence can.
                tight = (f"tight: {_fmt_months(round(available, 1))} from {planned} is shorter than the "
                         f"typical {_fmt_months(milestone.typical_months)} for {milestone.name} (at least "
                         f"{_fmt_months(milestone.min_months)})")
            else:
                support.append(f"the time fits {milestone.name} (typically {_fmt_months(milestone.typical_months)})")
    if deadline is not None and deadline >= today and (
            (goal.target and goal.unit) or (_scan(goal.statement).matches.get(_OCCASIONS) != ()
                                            and _matches(v.OCCASION_COUNT, goal.statement))):
        crowded = _too_many_occasions(goal, deadline, max(start, today))
        if crowded is not None:
            problems.append(crowded)
    progress = _pace(goal, deadline, today)
    work = _workload(goal)
    if work is None and milestone is not None and milestone.hours and goal.hours_per_week is not None:
        # the hours the milestone takes (EMDR basic training: 50), against the hours a week given:
        # 2 h a week for 14 weeks was 'Realistic but tight' (trial 21 #5)
        work = Workload(milestone.hours, False, f"{milestone.name} ({milestone.hours:g} hours)")
    if progress is not None:
        on_pace, said = progress
        if on_pace:
            support.append(f"on pace: {said}")
        elif work is None:
            problems.append((1, f"Behind pace: {said}.",
                             "Plan the catch-up (more sessions a week), move the deadline, or lower the target."))
    if work is not None and work.hours > 0 and deadline is not None and deadline >= today and not (
            work.on_the_job and goal.hours_per_week is None):
        # Within a week, what counts is whether the hours fit in one week.
        weeks = max((deadline - max(start, today)).days / 7, 1.0)
        needed = work.hours / weeks
        given = goal.hours_per_week
        ceiling = given if given is not None else default_hours_per_week
        whose = f"you said you have {given:g}" if given is not None else (
            f"more than the {ceiling:g} h a week most people can set aside (give --hours-per-week if you have more)")
        mine = f"your {given:g}" if given is not None else (  # (where the 5 h comes from: trial 21 #5)
            f"the {ceiling:g} h a week assumed when no hours a week are given (--hours-per-week)")
        if needed > ceiling * HOURS_SLACK:
            cap = 0 if needed > ceiling * 3 else 1
            short = f" ({needed - ceiling:.1f} h a week short)" if given is not None else ""
            problems.append((cap, f"{work.phrase} in {_fmt_weeks(weeks)} is about {needed:.1f} h a week; "
                                  f"{whose}{short}.", _more_hours(needed, ceiling, work.hours, max(start, today))))
        elif round(needed, 1) > ceiling:  # a few percent over: the estimate's own margin, said as it is
            support.append(f"about {needed:.1f} h a week, within {HOURS_SLACK - 1:.0%} of {mine}")
        else:
            support.append(f"about {needed:.1f} h a week fits {mine}")
    elif goal.hours_per_week is not None and goal.hours_per_week > 0:
        support.append(f"{goal.hours_per_week:g} h a week set aside")
    if saving is not None:
        short, said, fix = saving
        if short is None:
            support.append(said)
        else:
            problems.append((short, said[0].upper() + said[1:] + ".", fix))
    length_only = None  # a plan that only says how long ("an hour and a half"): no plan (trial 23 #8)
    if goal.plan:
        if _LENGTH_ONLY.fullmatch(goal.plan.strip().lower()) is None:
            support.append(_plan_said(goal.plan, saving))
        else:
            length_only = goal.plan.strip()
    rating, phrase = confidence if confidence is not None else _confidence(goal)
    if rating is not None:
        if phrase:
            evidence.append(phrase)
        if rating >= 4:
            support.append(f"confidence {rating}/10" + ("" if rating >= 7 else ", enough to try"))
        else:
            problems.append((1, f"Your confidence is {rating}/10.",
                             "Make it smaller or add support (a mentor, study group, protected time) "
                             "until you'd rate it 7 or more."))
    if absolute:
        evidence += absolute
        problems.append((1, f"'{absolute[0]}' leaves no room for an ordinary bad week.",
                         "Use a realistic threshold instead, e.g. '90% of sessions' or 'most weeks'."))

    if problems:
        cap, reason, suggestion = min(problems, key=lambda p: p[0])
        return Criterion(cap, reason, suggestion, evidence=_unique(evidence + support))
    if tight and support:
        return Criterion(2, f"Realistic but {tight}; " + "; ".join(support) + ".",
                         evidence=_unique(evidence + support))
    if tight:
        return Criterion(1, tight[0].upper() + tight[1:] + ".",
                         f"Say what makes it fit (hours a week you can give it, a plan, how confident you are) "
                         f"or move the deadline to about {_fmt_months(milestone.typical_months)} from "
                         f"{'its start' if start < today else 'now'}. Source: {_source_of(milestone, text)}.",
                         evidence=evidence)
    if support and milestone is not None and rating is None and not goal.plan and goal.hours_per_week is None \
            and " and " in goal.statement:
        rest = _part_untimed(before_why(goal.statement) or goal.statement)
        if rest is not None:
            # the row times one part: the other ("use it with 5 couples") needs its own support (trial 22 #17)
            said = "; ".join(support)
            return Criterion(1, f"{said[0].upper()}{said[1:]}, but nothing yet says '{rest}' fits too.",
                             "Add the hours a week you can give it (--hours-per-week), a plan, or how confident "
                             "you are (0-10, e.g. 'confidence 8/10').", evidence=_unique(evidence + support))
    if support:
        return Criterion(2, "Realistic: " + "; ".join(support) + ".", evidence=_unique(evidence + support))
    if length_only:
        return Criterion(1, f"Your plan ('{length_only}') says how long, not how you'll fit it in.",
                         "Say how (a time slot, a reminder, someone to help), the hours a week you can give it "
                         "(--hours-per-week), or how confident you are (0-10, e.g. 'confidence 8/10').",
                         evidence=evidence)
    if milestone is not None and deadline is None:
        return Criterion(1, f"{milestone.name[0].upper() + milestone.name[1:]} typically takes "
                         f"{_fmt_months(milestone.typical_months)}; there's no deadline to check it against.",
                         "Add a deadline that leaves enough time.", evidence=evidence)
    if _scan(text).digit and _matches(v.STATE_HOURS, text):
        return _sleep_fits(evidence)
    kind = resource_kind(goal)
    if kind == "money":
        return Criterion(1, "Nothing yet says how it fits your budget.", _money_advice(goal, deadline, today),
                         evidence=evidence)
    if kind == "habit":
        said = _hard_part_said(goal.statement)
        if said is not None:
            return said
    if kind == "habit" and kept_under(goal.statement):
        kept = "the limit" if spending_limit(goal.statement) else "spending less"
        return Criterion(1, f"Nothing yet says what could make {kept} hard to keep, or how you'll handle it.",
                         "Say what you spend now (e.g. 'down from $350 a month') and your plan for the hard weeks "
                         "(a weekly look at your account, cash set aside for it), or how confident you are (0-10, "
                         "e.g. 'confidence 8/10').", evidence=evidence)
    if kind == "habit":
        return Criterion(1, "Nothing yet says what could make it hard to keep, or how you'll handle it.",
                         "Name what makes it hard (a late client, an urgent message) and your plan for it "
                         "(notifications off, an auto-reply), or how confident you are (0-10, e.g. "
                         "'confidence 8/10').", evidence=evidence)
    if kind == "sleep":
        return _sleep_fits(evidence)
    # (an exercise or family goal's own plan examples, as its question gives them, cost ~1.8% of the
    # scorer's instructions here, for no contradiction fixed: the line asks what the questions ask)
    return Criterion(1, "Nothing yet says it fits your time and resources.",
                     "Add the hours a week you can give it (--hours-per-week), a plan, or how "
                     "confident you are (0-10, e.g. 'confidence 8/10').", evidence=evidence)


_AND_THEN = LazyPattern(r"\s+and\s+(?:then\s+)?(?=[a-z])")


def _part_untimed(own: str) -> str | None:
    """A second action of the goal, after "and", with a number of its own
    that no row of the table times ("Complete Gottman Level 1 and use it with
    5 couples": 'use it with 5 couples'), or None."""
    for match in _AND_THEN.finditer(own.lower()):
        rest = own[match.end():]
        words = rest.split(None, 1)
        if not words or language._lemma(words[0].lower()) is None or words[0].lower() in v.WHICH_ONE:
            continue  # "EMDR and TF-CBT", "Level 1 and Level 2": no second action
        rest = (_without_deadline(rest) or rest).strip(" ,;.")
        if _DIGIT.search(rest) and match_milestone(rest) is None:
            return rest
    return None


PLAN_SHOWN = 60  # characters of the plan the card says back
# A plan that is only a length of time ("an hour and a half", "30 minutes a day", "2 hrs"): how long, not how.
_LENGTH_ONLY = LazyPattern(
    r"(?:about|around|roughly|maybe|approx\.?|~)?\s*(?:(?:an?|one|two|three|four|five|six|half|half\s+an?|\d+(?:\.\d+)?)"
    r"\s*(?:-\s*)?(?:hours?|hrs?|h|minutes?|mins?)(?:\s+and\s+a\s+half)?(?:\s+(?:a|per|each|every)\s+"
    r"(?:day|week|night|morning|evening|session|time))?|an?\s+hour\s+or\s+two)\s*[.!]?")


def _plan_said(plan: str, saving) -> str:
    """'a plan: quality time, no phones': which plan (trial 21 #13), less the amount put aside
    a month the money check has said already ("set aside $600 a month")."""
    parts = [p.strip() for p in plan.split(";") if p.strip()]
    if saving is not None:
        parts = [p for p in parts if not p.lower().startswith("set aside")]
    said = " ".join("; ".join(parts).split()).rstrip(" .;,")
    if not said:
        return "a plan"
    return f"a plan: {said if len(said) <= PLAN_SHOWN else said[:PLAN_SHOWN - 1].rstrip(' ,;') + '…'}"


# Words every match holds: of v.HARD_PART, of v.PLAN_SAID, and of v.IF_THEN's "I'll / I will / I can" (besides "if" or "when")
_HARD_WORDS = ("hard", "obstacle", "barrier", "challenge", "risk")
_PLAN_WORDS = ("plan", "handle", "deal", "manage")
_THEN_WORDS = ("i'll", "will", "can")


def _hard_part_said(statement: str) -> Criterion | None:
    """Achievable of a habit goal whose sentence says what could make it hard
    and the plan for it, as the card asks ("what could make it hard is a late
    crisis call, and my plan is an auto-reply", "if a crisis call comes late,
    I will call the on-call supervisor instead"): a plan makes it realistic,
    as one typed in its own field does; what makes it hard alone asks for the
    plan (trial 15 C3). None when it says neither. (Asked only of a habit goal
    nothing else supports: off the scorer's hot path.)"""
    lowered = _lowered(statement)
    said = statement if len(statement) == len(lowered) else lowered  # quoted as the person wrote it

    def part(match, name):
        return said[match.start(name):match.end(name)].strip() if match else None

    # (each search only when the text has words every match of it holds: most habit goals have none)
    hard = v.HARD_PART.search(lowered) if any(word in lowered for word in _HARD_WORDS) else None
    said_plan = v.PLAN_SAID.search(lowered) if any(word in lowered for word in _PLAN_WORDS) else None
    what, plan = part(hard, "what"), part(said_plan, "how")
    if plan is None and ("if" in lowered or "when" in lowered) and any(w in lowered for w in _THEN_WORDS):
        both = v.IF_THEN.search(lowered)
        if both is not None:
            what, plan = what or part(both, "what"), part(both, "how")
    if plan:
        named = f"what could make it hard ({what}) and your plan for it ({plan})" if what else f"a plan ({plan})"
        return Criterion(2, f"Realistic: you name {named}.", evidence=[e for e in (what, plan) if e])
    if what:
        return Criterion(1, f"You name what could make it hard ({what}), not yet how you'll handle it.",
                         "Add your plan for it (e.g. 'my plan is an auto-reply', 'if it happens, I will ...'), "
                         "or how confident you are (0-10, e.g. 'confidence 8/10').", evidence=[what])
    return None


def _sleep_fits(evidence: list[str]) -> Criterion:
    """Sleep takes no hours out of the week: what makes it fit is how (the plan guided add asks for)."""
    return Criterion(1, "Nothing yet says how it fits your days.",
                     f"Add a plan ({kinds.EXAMPLES['sleep']['plan']}) or how confident you are "
                     "(0-10, e.g. 'confidence 8/10').", evidence=evidence)


_DOLLARS = r"(?:\$\s?(\d[\d,]*(?:\.\d+)?)(k\b)?|\b(\d[\d,]*(?:\.\d+)?)(k)?\s*dollars?\b)"
# How often an amount is put aside, after it: "a month", "monthly", "biweekly",
# "every two weeks", "from every paycheck", "twice a month".
_MONEY_RATE = LazyPattern(
    _DOLLARS + r"\s*(?:(?:a|an|per|each|every|/)\s*(?P<unit>day|week|month|year)\b"
    r"|(?P<ly>daily|weekly|monthly|yearly|annually)\b(?!\s+(?:budget|income|rent|bills?|expenses?|spending|"
    r"salary|payments?|costs?|fees?))"
    r"|(?P<two>bi-?weekly|fortnightly|every\s+(?:two|2|other)\s+weeks?|(?:a|per|each|every)\s+fortnight)\b"
    r"|(?P<pay>(?:(?:from|out\s+of|of)\s+)?(?:a|per|each|every|my)\s+(?:(?P<paid>weekly|bi-?weekly|semi-?monthly|"
    r"monthly)\s+)?(?:pay\s?checks?|pay\s?cheques?|paydays?|pay\s+periods?))\b"
    r"|(?P<half>twice\s+a\s+month|semi-?monthly)\b)", re.I)
_MONEY_AMOUNT = LazyPattern(_DOLLARS, re.I)
_ADVERB_PERIODS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year"}


class _Period:
    """How often an amount is put aside: its words after the amount, the
    span it is counted in (whole weeks or months), and how many of it a span
    holds (a paycheck is every two weeks, weekly, twice a month or monthly as
    the goal says, else taken as every two weeks, the commonest US pay
    period; the reason says which)."""

    __slots__ = ("each", "note", "span", "span_days", "per_span", "first")

    def __init__(self, each: str, span: str, span_days: float, per_span: float, first: str, note: str = ""):
        self.each, self.note, self.first = each, note, first
        self.span, self.span_days, self.per_span = span, span_days, per_span

    def payments(self, begin: dt.date, end: dt.date) -> tuple[int, int]:
        """(whole spans, payments) from ``begin`` to ``end``: months are whole
        calendar months (November 24 to September 24 is 10, though 304 days
        is 9.99 months of 30.44 days), weeks and days as the days give."""
        if self.span == "month":
            spans = max(_calendar_months(begin, end), 0)
        else:
            spans = int((end - begin).days / self.span_days)
        return spans, int(spans * self.per_span + 1e-9)

    def spans_for(self, payments: int) -> int:
        return int(-(-payments // self.per_span))


_PERIODS = {
    "day": _Period("a day", "day", 1.0, 1, "one day"),
    "week": _Period("a week", "week", 7.0, 1, "one week"),
    "month": _Period("a month", "month", DAYS_PER_MONTH, 1, "one month"),
    "year": _Period("a year", "year", 365.25, 1, "one year"),
    "two weeks": _Period("every two weeks", "week", 7.0, 0.5, "two weeks"),
    "paycheck": _Period("a paycheck", "week", 7.0, 0.5, "two weeks", " (taken as every two weeks)"),
    "half month": _Period("twice a month", "month", DAYS_PER_MONTH, 2, "half a month"),
}
# A paycheck whose pay period the goal says ("from each weekly paycheck", "I'm paid twice a month").
_PAYCHECKS = {
    "week": _Period("a paycheck", "week", 7.0, 1, "one week", " (paid weekly)"),
    "two weeks": _Period("a paycheck", "week", 7.0, 0.5, "two weeks", " (paid every two weeks)"),
    "half month": _Period("a paycheck", "month", DAYS_PER_MONTH, 2, "half a month", " (paid twice a month)"),
    "month": _Period("a paycheck", "month", DAYS_PER_MONTH, 1, "one month", " (paid monthly)"),
}
_PAY_PERIOD_WORDS = {"weekly": "week", "every week": "week", "once a week": "week", "biweekly": "two weeks",
                     "bi-weekly": "two weeks", "every two weeks": "two weeks", "every 2 weeks": "two weeks",
                     "every other week": "two weeks", "twice a month": "half month", "semimonthly": "half month",
                     "semi-monthly": "half month", "monthly": "month", "once a month": "month",
                     "every month": "month"}
_PAID = LazyPattern(r"\b(?:paid|pay\s?checks?\s+(?:come|comes|arrive|arrives))\s+(" + "|".join(
    sorted(_PAY_PERIOD_WORDS, key=len, reverse=True)) + r")\b", re.I)


def _period(goal: GoalText, match: re.Match) -> _Period:
    """The period of a _MONEY_RATE match in ``goal``: a paycheck's is the one
    the goal says, if it says one ("$100 from each weekly paycheck", "$100 a
    paycheck; I'm paid twice a month")."""
    key = _period_of(match)
    if key != "paycheck":
        return _PERIODS[key]
    said = match.group("paid")
    if said is None:
        paid = _PAID.search(_joined(goal.statement, goal.specific, goal.plan))
        said = paid.group(1) if paid else None
    return _PAYCHECKS[_PAY_PERIOD_WORDS[" ".join(said.lower().split())]] if said else _PERIODS["paycheck"]


def _dollars(match: re.Match) -> float:
    amount, k = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    value = float(amount.replace(",", ""))
    return thousands(value) if k else value  # "$1.5k": the sum a typed answer reads


def _period_of(match: re.Match) -> str:
    """The key in _PERIODS of a _MONEY_RATE match."""
    unit, ly = match.group("unit"), match.group("ly")
    if unit:
        return unit.lower()
    if ly:
        return _ADVERB_PERIODS[ly.lower()]
    return "two weeks" if match.group("two") else "paycheck" if match.group("pay") else "half month"


def _per_payment(left: float, payments: int) -> float:
    """What each payment must be to put ``left`` aside in ``payments``, the
    one sum the advice and the fix both give: rounded up (it must be enough)
    to a step that fits its size, the cent under $10 ($6 in 7 months is
    $0.86), the dollar under $100 ($120 in 7 months is $18), else the next
    $10 ($6,000 in 13 months is $470). Up to the next $10 throughout, $6
    read as "about $10 a month" (trial 11 B4)."""
    exact = left / max(payments, 1)
    step = 0.01 if exact < 10 else 1 if exact < 100 else 10
    return round(math.ceil(round(exact / step, 6)) * step, 2)


def _money_goal(goal: GoalText) -> tuple[re.Match | None, bool, float, float]:
    """(the saving rate the goal states or None, whether it is in the plan,
    the total it is for, what is saved already): the total is a target in
    dollars, else the largest amount the statement names beside the rate
    (else the detail's)."""
    return _read_money(goal.statement, goal.plan, goal.specific, goal.unit, goal.target, goal.current,
                       goal.baseline)


# Achievable asks twice for a money goal without a rate (its shortfall, then its
# advice): the last answer is kept, keyed by the fields it reads (a GoalText
# itself may hold lists, which don't hash).
@lru_cache(maxsize=1)
def _read_money(statement: str, plan: str | None, specific: str | None, unit: str | None, target: float | None,
                current: float | None, baseline: float | None) -> tuple[re.Match | None, bool, float, float]:
    rate_match, in_plan = _MONEY_RATE.search(statement), False
    if rate_match is None and plan:
        rate_match, in_plan = _MONEY_RATE.search(plan), True
    if target and counts_dollars(unit):
        return rate_match, in_plan, target, (current if current is not None else (baseline or 0.0))
    totals = [_dollars(m) for m in _MONEY_AMOUNT.finditer(statement)
              if in_plan or rate_match is None or not rate_match.start() <= m.start() < rate_match.end()]
    if totals and amount_typo(statement) is not None:
        totals = []  # "$6,OOO" is no $6 to plan for: Measurable asks what it meant
    if not totals and specific:
        totals = [_dollars(m) for m in _MONEY_AMOUNT.finditer(specific)]
    payoff = sentence_payoff(statement) if totals and rate_match is None else None
    if payoff is not None and payoff[1]:  # "down from $18,000 to $12,000": $6,000 to pay, not $18,000 (trial 3 #6)
        return rate_match, in_plan, payoff[0] - payoff[1], 0.0
    return rate_match, in_plan, max(totals, default=0.0), 0.0


def _saving(goal: GoalText, deadline: dt.date | None, today: dt.date) -> tuple[int | None, str, str] | None:
    """A saving rate over the time to the deadline against the total it is
    for ("$500 a month ... until I have $10,000 by Dec 31, 2027"; the rate
    may be in the plan instead, as guided add keeps "set aside $400 a
    month"): (None, what it comes to, "") when it gets there, else (score
    cap, the shortfall, the fix)."""
    begin = max(goal.start or today, today)
    if deadline is None or deadline <= begin or kept_under(goal.statement):
        return None  # (a limit's amount a month is kept under, a cut's not spent: neither is put aside)
    rate_match, _, total, done = _money_goal(goal)
    if rate_match is None:
        return None
    rate, period = _dollars(rate_match), _period(goal, rate_match)
    left = total - done
    if rate <= 0 or left <= rate:
        return None  # no total beyond one payment to reach
    spans, payments = period.payments(begin, deadline)
    span = period.span
    reached = rate * payments
    each = f"{dollars(rate)} {period.each}"
    comes = f"{each}{period.note} for {spans} {span}{'s' if spans != 1 else ''} comes to {dollars(reached)}"
    goal_said = f"{dollars(left)} to go" if done else dollars(total)
    if reached >= left:
        return None, f"{comes}, enough for {goal_said}", ""
    takes = period.spans_for(int(-(-left // rate)))
    later = (f"move the deadline to about {takes} {span}{'s' if takes != 1 else ''} "
             f"from {'its start' if begin > today else 'now'}")
    if payments == 0:
        return 0, (f"the deadline comes before {period.first} of {each}{period.note}; {goal_said} takes "
                   f"{takes} {span}s of it"), later[0].upper() + later[1:] + "."
    fix = (f"{'Pay' if _pays_down(goal) else 'Save'} about {dollars(_per_payment(left, payments))} {period.each}, "
           f"{later}, or aim for {dollars(reached + done)}.")
    return (0 if reached < left / 2 else 1), f"{comes}, short of {goal_said} by the deadline", fix


def saving_rate(text: str) -> tuple[float, str] | None:
    """The amount put aside each period that ``text`` states ("$400 a
    month" -> (400.0, "month"), "$200 biweekly" -> (200.0, "two weeks")),
    or None; ``rate_words`` says the period after the amount."""
    match = _MONEY_RATE.search(text or "")
    return (_dollars(match), _period_of(match)) if match else None


def _pays_down(goal: GoalText) -> bool:
    """Whether the money goes to a debt ("Pay off my Discover card", "pay
    down the car loan"), not to savings: its advice says "pay", not "save"
    or "set aside" (trial 18 F17)."""
    said = before_why(goal.statement) or goal.statement
    return any(v.PAYOFF_OWED.search(text) for text in (said, goal.specific, goal.metric) if text)


def rate_words(period: str) -> str:
    """The words after an amount for a period ``saving_rate`` gives ("a month", "every two weeks")."""
    return _PERIODS[period].each


def spending_limit(statement: str) -> bool:
    """Whether the goal keeps spending under a limit ("spend no more than
    $200 a month on takeout", "stay within my $3,000 monthly budget", "cut
    takeout to $100 a month"): money kept under, not put aside."""
    return _limit_match(statement) is not None


def _limit_match(statement: str) -> re.Match | None:
    lowered = _lowered(statement)
    if "$" not in lowered and "dollar" not in lowered:
        return None
    return v.SPENDING_LIMIT.match(lowered) or v.SPENDING_CAP_TO.match(lowered)


def spending_cut(statement: str) -> bool:
    """Whether the goal spends an amount a period less ("Spend $50 a week
    less on takeout", "cut takeout spending by $50 a week"): a reduction,
    neither a limit's ceiling nor an amount put aside."""
    lowered = _lowered(statement)
    return ("$" in lowered or "dollar" in lowered) and v.SPENDING_CUT.match(lowered) is not None


def kept_under(statement: str) -> bool:
    """Spending kept under a limit or cut by an amount: money not put aside."""
    return spending_limit(statement) or spending_cut(statement)


# "under $150 a month", "per week", "my monthly budget": the period a limit is for
# when no period follows its amount ("Keep my monthly takeout spending under $150").
_LIMIT_PERIOD = LazyPattern(r"\b(?:a|per|each|every|/)\s*(day|week|month|year)\b|\b(dai)ly\b|\b(week|month|year)ly\b"
                            r"|\b(annual)(?:ly)?\b|\b(bi-?weekly|fortnightly)\b")
_LIMIT_PERIOD_NAMES = {"dai": "day", "annual": "year", "biweekly": "two weeks", "bi-weekly": "two weeks",
                       "fortnightly": "two weeks"}


def limit_of(statement: str | None) -> tuple[float | None, str | None]:
    """A spending limit's amount and period, the one reading of them: (the
    amount its limit words name, or None when it names none (not a limit);
    "day", "week", "month", "year", "two weeks" (counted from the goal's
    start: "$300 biweekly") or None for the whole goal).
    "Keep takeout spending under $150 a month" -> (150.0, "month"); the
    period is the one after the amount ("$150 a month", "$150 monthly"),
    else one said elsewhere ("my monthly budget of $3,000")."""
    statement = statement or ""
    found = _limit_match(statement)
    amount = period = None
    if found is not None:
        lowered = _lowered(statement)
        said = _MONEY_AMOUNT.match(lowered, found.start("amount"))
        if said and lowered[said.end():said.end() + 1].isalnum():
            said = None  # "$15O", "$1,5OO": a typo (Measurable asks what it meant), no $15 to stay under
        amount = _dollars(said) if said else None
        rate = _MONEY_RATE.match(lowered, found.start("amount"))
        period = _period_of(rate) if rate else None
    if period not in _CALENDAR_PERIODS:
        period = _said_period(statement)
    return amount, period


_CALENDAR_PERIODS = ("day", "week", "month", "year", "two weeks")  # (two weeks from the goal's start)


def _said_period(text: str) -> str | None:
    found = _LIMIT_PERIOD.search(text.lower())
    if found is None:
        return None
    word = next(g for g in found.groups() if g)
    return _LIMIT_PERIOD_NAMES.get(word, word)


def resource_kind(goal: GoalText) -> str:
    """What makes the goal fit, for Achievable's advice and the questions
    guided add asks: "money" (save, pay off: an amount a month), "habit"
    (stop doing something, or keep spending under a limit: what makes it
    hard to keep), "sleep" (one's own sleep: a plan, a set bedtime or a
    wind-down routine; it takes no hours out of the week) or "time" (hours a week)."""
    lowered = _lowered(goal.statement)
    if v.STOP_DOING.match(lowered) is not None or ("-free" in lowered and v.KEPT_FREE.search(lowered)):
        return "habit"
    limit = _VERB_NO.match(lowered) if " no " in lowered else None
    if limit is not None and language._lemma(limit.group(1)) not in (None, "be", "have", "do", "name"):
        return "habit"
    text = goal.statement if not goal.specific else _joined(goal.statement, goal.specific)
    known = _scan(text).matches
    if known.get(_MONEY_WORDS) == () and known.get(_MONEY) == ():  # (most goals: their gates turned both away)
        return _time_or_sleep(goal)
    if not (_matches(v.MONEY_WORDS, text) or (_scan(text).digit and _matches(v.MONEY, text))):
        return _time_or_sleep(goal)
    return "habit" if kept_under(goal.statement) else "money"  # a limit kept under (a cut kept) is a habit kept


def about_money(goal: GoalText) -> bool:
    """Whether the goal is about money (put aside, paid off, or spending kept
    under a limit): what its examples are about (:func:`kinds.example_kind`)."""
    kind = resource_kind(goal)
    return kind == "money" or (kind == "habit" and kept_under(goal.statement))


def _time_or_sleep(goal: GoalText) -> str:
    """"sleep" for a goal about one's own sleep (its sentence and measure), else "time"."""
    text = _joined(goal.statement, goal.metric)
    if _scan(text).matches.get(_SLEEP_WORDS) == ():  # (most goals: no sleep word, the gate said)
        return "time"
    if kinds.about_own_sleep(text, lambda pattern: _matches(pattern, text) != ()):
        return "sleep"
    # work words in its why only: "... so I have energy for my clients" is still one's own sleep
    # (trial 21 #14: it was advised hours a week)
    own = before_why(goal.statement)
    if own is None:
        return "time"
    own = _joined(own, goal.metric)
    return "sleep" if kinds.about_own_sleep(own, lambda pattern: _matches(pattern, own) != ()) else "time"


_SLEEP_WORDS = id(v.SLEEP)


_MONEY_WORDS, _MONEY = id(v.MONEY_WORDS), id(v.MONEY)
# "Send no work email replies after 7pm", "check no messages on weekends": a limit too
# (not "take no more than 25 clients": a cap on a count, kept by its number)
_VERB_NO = LazyPattern(r"\W*(?:i\s+will\s+)?([a-z]+)\s+no\s+(?!more\b|fewer\b|less\b|later\b|longer\b)[a-z]")


def _money_advice(goal: GoalText, deadline: dt.date | None, today: dt.date) -> str:
    """Ask for an amount a month; with a total and a deadline, say what a
    month it comes to (the sum the shortfall's fix gives, ``_per_payment``);
    with a rate and no total, what the rate comes to."""
    plain = "a plan, or how confident you are (0-10, e.g. 'confidence 8/10')"
    begin = max(goal.start or today, today)
    if deadline is not None and deadline > begin:
        rate_match, _, total, done = _money_goal(goal)
        left = total - done
        # a year or more away: which December 31 it is (trial 3 #6)
        by = f"by {deadline:%B} {deadline.day}" + (f", {deadline.year}" if (deadline - begin).days >= 365 else "")
        if rate_match is not None and left <= _dollars(rate_match):
            rate, period = _dollars(rate_match), _period(goal, rate_match)
            payments = max(period.payments(begin, deadline)[1], 1)
            # what a rate comes to names the deadline's year: over a year or more, which December 31 it is
            return (f"{dollars(rate)} {period.each}{period.note} comes to {dollars(rate * payments)} "
                    f"by {deadline:%B} {deadline.day}, {deadline.year}: "
                    f"say how that fits your budget with {plain}.")
        if left > 0:
            goal_said = f"{dollars(left)} to go" if done else dollars(total)
            months = _PERIODS["month"].payments(begin, deadline)[1]
            put = "pay" if _pays_down(goal) else "set aside"
            if months < 2:
                return f"Say how you'll {put} {goal_said} {by}, less than two months from now; or add {plain}."
            return (f"Say how much a month you can {put}: {goal_said} {by} is about "
                    f"{dollars(_per_payment(left, months))} a month; or add {plain}.")
    return f"Say how much a month you can put toward it (e.g. '$400 a month'), {plain}."


_OCCASIONS = id(v.OCCASION_COUNT)
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "once": 1, "twice": 2,
                "thrice": 3}


def _times_a_week(lowered: str) -> tuple[float, str] | None:
    """How many times a week the goal's rhythm says, with its words."""
    match = v.PER_WEEK.search(lowered)
    if match is None:
        return None
    if match.group(1):
        count = _COUNT_WORDS.get(match.group(1)) or float(match.group(1))
        return (count * 7 if match.group(2) == "day" else count), match.group(0)
    if match.group(7):  # "Mon/Wed/Fri": its days
        return float(len(_listed_days(match.group(7)))), match.group(0)
    if match.group(6) and _A_COUNT_BEFORE.search(lowered, 0, match.start()):
        return None  # "read 2 articles every week", "walk 30 minutes weekly": how many times is not said
    return (7.0 if match.group(3) else 5.0 if match.group(4) else 2.0 if match.group(5) else 1.0), match.group(0)


_A_COUNT_BEFORE = LazyPattern(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|thrice|a few|several)\b")
_DAY_IN_LIST = LazyPattern(r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*")


def _listed_days(said: str) -> frozenset[int]:
    """The days of the week a list of them names ("mon/wed/fri": Monday 0, Wednesday 2, Friday 4)."""
    return frozenset(v.WEEKDAY_OF[m.group(1)] for m in _DAY_IN_LIST.finditer(said.lower()))


def times_a_week(text: str) -> tuple[float, str] | None:
    """How many times a week ``text`` says ("5 days a week" -> (5.0, "5 days
    a week"), "on weekdays" -> 5.0), with its words; None when it says no
    weekly rhythm (guided add counts the occasions to a deadline with it)."""
    return _times_a_week(_lowered(spelled_rhythm(text or "")))


# Rhythms that name their days: those days are counted one by one (weeknights are the
# nights of the working week, Monday to Friday, as "on weekdays" reads them: 5 a week).
# The nights before a school or work day are Sunday to Thursday; school days are Monday to Friday.
_NAMED_DAYS = ((LazyPattern(r"\b(?:school|work) ?nights?\b"), frozenset({6, 0, 1, 2, 3})),
               (LazyPattern(r"\b(?:weekdays?|weeknights?|workdays?|school ?days?)\b"), frozenset(range(5))),
               (LazyPattern(r"\bweekends?\b"), frozenset({5, 6})))


def occasions_in(said: str, per_week: float, start: dt.date, deadline: dt.date) -> int:
    """How many occasions a weekly rhythm (``said``, lower case) makes up to
    the deadline. A rhythm that names its days counts those days from
    ``start`` through ``deadline``, both counted ("on weeknights" from
    Wednesday December 9, 2026 through Wednesday February 3, 2027 is 41;
    trial 11 P2: it was 40, the days between the two as a share; "on school
    nights" counts Sunday to Thursday, "Mon/Wed/Fri" those three); any other
    is its share of the days between them ("twice a week" over 96 days is
    27; every night as many as the days, as the once-a-day check counts).
    Guided add offers it as a target and Achievable checks a count against
    it: one count for both."""
    listed = v.DAY_LIST_PATTERN.fullmatch(said) and _listed_days(said)
    for pattern, days in (((None, listed),) if listed else _NAMED_DAYS):
        if len(days) == round(per_week) and (pattern is None or pattern.search(said)):
            whole, rest = divmod(max((deadline - start).days + 1, 1), 7)
            return whole * len(days) + sum((start.weekday() + i) % 7 in days for i in range(rest))
    return int((deadline - start).days * per_week / 7 + 1e-9)


def _too_many_occasions(goal: GoalText, deadline: dt.date, start: dt.date) -> tuple[int, str, str] | None:
    """A count of one person's occasions ("walk 40 times", --target 40
    --unit walks) that the days to the deadline cannot hold: more than once a
    day, or more than the goal's own rhythm allows ("5 days a week" gives at
    most 7 in 11 days). (score cap, reason, suggestion), or None."""
    lowered = _lowered(goal.statement)
    count = None
    if goal.target and goal.unit:
        unit = goal.unit.strip().lower()
        last = unit.rsplit(" ", 1)[-1]
        if v.OCCASION_COUNT.search(f"1 {last}") is not None:
            count = (max(goal.target - (goal.current or 0), 0.0), last, f"{number(goal.target)} {goal.unit.strip()}")
    if count is None and _scan(goal.statement).digit:
        for match in _matches(v.OCCASION_COUNT, goal.statement):
            if not DEADLINE_WORDS.search(lowered[max(match.start() - 12, 0):match.start()]):  # "in 30 days"
                count = (float(match.group(1)), match.group(2), goal.statement[match.start():match.end()]
                         if _scan(goal.statement).same else match.group(0))
                break
    if count is None or count[0] <= 0:
        return None
    left, unit, phrase = count
    if unit in ("sessions", "classes") and v.WORK_SESSIONS.search(lowered) is not None:
        return None  # a caseload's sessions: several a day is ordinary
    days = max((deadline - start).days, 1)
    span = f"{days} day{'s' if days != 1 else ''}"
    rhythm = _times_a_week(lowered)
    if rhythm is not None and rhythm[0] < 7:
        per_week, said = rhythm
        possible = occasions_in(said, per_week, start, deadline)
        said = said if said.startswith("on ") else "at " + said
        if left <= max(possible, 1) * 1.1:
            return None
        weeks = -(-left // per_week)
        return (0 if left > 2 * max(possible, 1) else 1,
                f"{phrase} in {span} {said} is at most {possible}: more than the days allow.",
                f"Lower it to {possible}, or move the deadline to about {weeks:.0f} weeks from now "
                f"({number(left)} {said}).")
    if left <= days or (left <= days * 1.1 and unit not in v.DAY_OCCASIONS):  # twice on a day or two is fine
        return None
    if unit in v.DAY_OCCASIONS:
        return (0, f"{phrase} in {span} is more than the days allow.",
                f"Lower it to {days} or fewer, or move the deadline to at least {left:.0f} days from now.")
    return (0 if left > 2 * days else 1,
            f"{phrase} in {span} is more than once a day (about {left / days:.1f} a day).",
            f"Plan at most one a day: lower it to {days}, or move the deadline to about {left:.0f} days from now.")


def _pace(goal: GoalText, deadline: dt.date | None, today: dt.date) -> tuple[bool, str] | None:
    """A started goal with a target: is its progress keeping up with its time?"""
    if not (goal.start and deadline and goal.target and goal.current is not None):
        return None
    span = (deadline - goal.start).days
    if span <= 0 or today <= goal.start:
        return None
    used = min((today - goal.start).days / span, 1.0)
    done = min(max(goal.current / goal.target, 0.0), 1.0)
    said = f"{done:.0%} done with {used:.0%} of the time used"
    return done >= used - 0.1, said


# Hours a week needed over those given that still fit (trial 13 C5): 16.2 against 15 (8% over) does
# not; 15.6 against 15 (4%) is within what the estimate itself can tell (a deadline a few days off).
HOURS_SLACK = 1.05


def _more_hours(needed: float, ceiling: float, hours: float, begin: dt.date) -> str:
    """What makes a workload fit the hours a week there are: the hours a
    week it needs (to the next half hour), or the deadline those hours
    reach it by."""
    # (the hours it needs said only where they are within reach: not "150 h a week")
    fixes = [f"Give it {math.ceil(needed * 2) / 2:g} h a week" if needed <= 3 * ceiling else
             "Give it more hours a week"]
    weeks = hours / ceiling if ceiling > 0 else math.inf
    if weeks <= 52 * 20:  # (not a deadline generations away)
        fits = begin + dt.timedelta(days=math.ceil(weeks * 7))
        fixes.append(f"move the deadline to {fits:%B} {fits.day}, {fits.year} (at {ceiling:g} h a week)")
    else:
        fixes.append("move the deadline")
    return ", ".join(fixes) + ", or lower the target."


def _fmt_weeks(weeks: float) -> str:
    whole = max(1, round(weeks))
    return f"{whole} week{'s' if whole != 1 else ''}"


def concepts_in(text: str) -> frozenset[str]:
    """The field's concepts a text touches (one pass over its words)."""
    terms = CONCEPT_TERMS.find(text, normalised=True)
    if not terms:
        return _NO_CONCEPTS
    return _NO_CONCEPTS.union(*map(CONCEPTS_OF_TERM.__getitem__, terms))  # (one C call, no generator)


_NO_CONCEPTS: frozenset[str] = frozenset()


# Words that only say an aspiration is going well ("financial health", "financial
# wellness"): next to money they name no wellbeing of one's own (trial 14 B2: a sleep
# goal was linked to 'financial health' through "health").
_GOING_WELL = frozenset({"health", "healthy", "healthier", "wellness", "wellbeing", "well-being", "well being"})


@lru_cache(maxsize=1)
def _concept_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """(the words of the field's concepts, those of five letters or more, the
    ones a word typed slightly wrong is offered as)."""
    words = frozenset(w for terms in v.CONCEPTS.values() for term in terms for w in term.split())
    return words, tuple(sorted(w for w in words if len(w) >= 5 and w.isalpha()))


def _known_word(word: str, concept_words: frozenset[str]) -> bool:
    """Whether a lower-case word is one the scorer knows: a word of the field's
    concepts (or its singular), an English verb's form, a describer, or a
    word of the field."""
    if (word in concept_words or word.rstrip("s") in concept_words or word + "s" in concept_words
            or word in v.FIELD_WORDS):
        return True
    lex = language.lexicon()
    return word in lex.describers or language._lemma(word) is not None


@lru_cache(maxsize=256)
def respelled_aspiration(name: str) -> str | None:
    """The aspiration's name with each word typed slightly wrong spelled as
    the word of the field's concepts it almost is ("finacial wellness" ->
    "financial wellness"), or None when every word reads as written: an
    unknown word of five letters or more, spelled almost like one concept
    word (at least 85% alike). `goals aspiration add` and guided add offer
    it ("Did you mean ...?"), and the card reads a name declared so as meant
    (a money aspiration typed "finacial wellness" read as wellbeing, and
    claimed the family and gym goals: trial, an Ohio LISW)."""
    import difflib

    concept_words, offered = _concept_words()
    changed = False

    def respell(match: re.Match) -> str:
        nonlocal changed
        word = match.group(0)
        lower = word.lower()
        if len(lower) < 5 or _known_word(lower, concept_words):
            return word
        close = difflib.get_close_matches(lower, offered, n=1, cutoff=0.85)
        if not close:
            return word
        changed = True
        return close[0]

    respelled = re.sub(r"[A-Za-z]+", respell, name)
    return respelled if changed else None


@lru_cache(maxsize=256)
def _aspiration_concepts(text: str) -> frozenset[str]:
    """The concepts an aspiration's name (or description) is about (kept: a
    user's goals all carry the same few), a word typed slightly wrong read as
    meant (:func:`respelled_aspiration`). A money aspiration whose only
    wellbeing words say it is going well ("financial health", "financial
    wellness") is about money, not wellbeing."""
    text = respelled_aspiration(text) or text
    found = concepts_in(text)
    if "wellbeing" in found:
        wellbeing = {t for t in CONCEPT_TERMS.find(text, normalised=True) if "wellbeing" in CONCEPTS_OF_TERM[t]}
        if ("money" in found and wellbeing <= _GOING_WELL) or (wellbeing == {"health"} and _THE_FIELD.search(text)):
            return found - {"wellbeing"}
    return found


# "mental health" naming the field, not one's own: with a population or setting before it
# ("perinatal mental health", "school mental health") or a role or service after it ("mental health
# counselor"). An aspiration so named is a career; a walk or a date night served "perinatal mental
# health" through "health" (trial 23, a California LMFT).
_THE_FIELD = LazyPattern(
    r"\b(?:perinatal|maternal|postpartum|prenatal|infant|early\s+childhood|child(?:ren's)?|adolescent|youth|teen"
    r"|student|geriatric|older\s+adult|community|school|college|campus|public|behavioral|integrated|forensic"
    r"|reproductive|veterans?|military|rural|global|women's|men's)\s+mental\s+health\b"
    r"|\bmental\s+health\s+(?:counsel\w*|therap\w*|clinician|professional|practitioner|specialist|worker"
    r"|provider|services?|agency|clinic|center|program|field|care|advocacy|policy|research|director|consultant"
    r"|first\s+aid|nurse|technician|care\s+manager)", re.IGNORECASE)


def _content_words(text: str) -> set[str]:
    """The text's content words (a set the caller must not change)."""
    if text.isascii() and "_" not in text:
        return _words(text).content()
    words: set[str] = set()
    known = _CONTENT_OF_WORD
    for token in language.words_of(text):
        found = known.get(token)
        if found is None:
            found = _content_of(token)
        if found[1]:
            words.update(found[1])
    return words


def _fewer_words_than(text: str, limit: int) -> bool:
    """len(WORD.findall(text.lower())) < limit, from the clause reader's words."""
    if text.isascii() and "_" not in text:
        return _words(text).count() < limit
    known, count = _CONTENT_OF_WORD, 0
    for token in language.words_of(text):
        count += (known.get(token) or _content_of(token))[0]
        if count >= limit:
            return False
    return True


class _Word:
    """What one of the clause reader's words is to the scorer, as far as the
    word alone decides (kept per word, like its lemma): its pattern-gate
    bits, its term word (None for punctuation), the term sets (by slot) one
    of whose terms may start at it, and its WORD words: how many, and the
    content words among them."""

    __slots__ = ("bits", "term", "starts", "count", "content")

    def __init__(self, token: str):
        self.bits = _word_gates().word_bits(token)
        self.term = None if token in _CLAUSE_MARKS else token.rstrip("'-")
        term = self.term
        self.starts = () if term is None else tuple(
            terms.slot for terms in _READ_SETS
            if term in terms.sizes or (term.endswith("'s") and term[:-2] in terms.terms))
        self.count, content = _CONTENT_OF_WORD.get(token) or _content_of(token)
        self.content = frozenset(content) if content else _NO_WORDS  # (sets: a text's are joined set to set)


class _WordRecords(dict):
    """clause word -> its _Word, made as words are met (bounded like a lemmatiser's cache)."""

    def __missing__(self, token: str) -> _Word:
        if len(self) > 50_000:
            self.clear()
        word = self[token] = _Word(token)
        return word


_WORD_RECORDS = _WordRecords()
_NO_WORDS: frozenset[str] = frozenset()
_COUNT, _CONTENT = attrgetter("count"), attrgetter("content")
assert len(_READ_SETS) == 3  # (_Words starts a list for each)


class _Words:
    """One ASCII text without "_" read word by word, once (its words are then
    the term sets' words, see ``_term_words``): its gate bits, term words
    and where each read term set's terms may start, in one pass over the
    clause reader's words' records; its content words and WORD count are
    added up from the records when asked (Relevant and a short text's
    Specific ask, not every goal)."""

    __slots__ = ("bits", "terms", "starts", "records", "_content")

    def __init__(self, text: str):
        # the records in one C pass (the dict makes a missing one)
        self.records = records = [*map(_WORD_RECORDS.__getitem__, language.words_of(text))]
        bits = 0
        terms: list[str] = []
        starts: tuple[list[int], ...] = ([], [], [])
        for word in records:
            bits |= word.bits
            if word.term is not None:
                if word.starts:
                    for slot in word.starts:
                        starts[slot].append(len(terms))
                terms.append(word.term)
        self.bits, self.terms, self.starts, self._content = bits, terms, starts, None

    def content(self) -> set[str]:
        """The content words (a set the caller must not change)."""
        if self._content is None:
            self._content = set().union(*map(_CONTENT, self.records))
        return self._content

    def count(self) -> int:
        """How many WORD words the text has."""
        return sum(map(_COUNT, self.records))


@lru_cache(maxsize=32)
def _words(text: str) -> _Words:
    return _Words(text)


# WORD's words never cross the clause reader's (its letters, ' and - are in
# them), so a text's content words are its clause words' content words; they
# are kept per word, like a lemma.
_CONTENT_OF_WORD: dict[str, tuple[int, tuple[str, ...]]] = {}


def _content_of(token: str) -> tuple[int, tuple[str, ...]]:
    """How many WORD words a clause word holds, and its content words."""
    found = WORD.findall(token)
    words = []
    for word in found:
        if word in STOPWORDS or len(word) < 3:
            continue
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"      # "boundaries" and "boundary" are one word
        elif word.endswith("s") and len(word) > 4:
            word = word[:-1]
        words.append(word)
    if len(_CONTENT_OF_WORD) > 50_000:
        _CONTENT_OF_WORD.clear()
    result = _CONTENT_OF_WORD[token] = (len(found), tuple(words))
    return result


@lru_cache(maxsize=256)
def _aspiration_words(text: str) -> frozenset[str]:
    """An aspiration's (or its description's) content words a goal may share
    with it (kept: a user's goals all carry the same few). Words any clinical
    goal uses are left out: they are no aspiration's own subject ("Administer
    the PHQ-9 to every new client" does not serve 'private practice' because
    it is described as "private clients"; trial 15 C4), unless they are all it
    has ('better clinician' is about being one)."""
    words = frozenset(_content_words(text))
    return (words - v.FIELD_WORDS) or words


@lru_cache(maxsize=256)
def _aspiration_field_words(text: str) -> frozenset[str]:
    """The words any clinical goal uses that :func:`_aspiration_words` left out
    of an aspiration's name (empty for most): a goal naming the aspiration
    word for word shares them ("'clinical supervisor'")."""
    return frozenset(_content_words(text)) - _aspiration_words(text)


@lru_cache(maxsize=32)
def in_its_sense(text: str) -> str:
    """The goal's words as aspirations are matched against them: a word used
    in another sense than an aspiration's is rewritten first ("my supervisor"
    is a person, not the role; a "card balance" is money, not work-life
    balance; "run a group" leads it, it isn't running)."""
    scan = _scan(text)
    lowered = scan.lowered
    gates = _word_gates()
    if scan.bits != -1 and not scan.bits & gates.sense_bits:  # (most goals: no anchor of any)
        return lowered
    senses = gates.patterns
    for pattern, replacement, anchors in v.OTHER_SENSES:
        # most goals have none of its anchors: skip the search (all letters, so
        # a word holding one is the text holding it; no replacement makes one)
        if (scan.bits & senses[id(pattern)][0] if scan.bits != -1 else any(anchor in lowered for anchor in anchors)):
            # (no replacement makes ASCII text other than ASCII)
            lowered = (_LED_SENSES.get(id(pattern)) or _led_sense(pattern) if scan.ascii else pattern).sub(
                replacement, lowered)
    return lowered


# id(pattern) -> a word-sense rewrite's ASCII twin behind first_char_led's lookahead: the same
# matches in text ``v.plain_ascii`` accepts, at about half the cost (the places no match can start
# at are passed over); compiled on first use
_LED_SENSES: dict[int, re.Pattern] = {}


def _led_sense(pattern: LazyPattern | re.Pattern) -> re.Pattern:
    flags = pattern.source_flags if isinstance(pattern, LazyPattern) else pattern.flags
    led = _LED_SENSES[id(pattern)] = re.compile(first_char_led(pattern.pattern), (flags & ~re.UNICODE) | re.ASCII)
    return led


class AspirationMatch:
    """The declared aspiration a goal is closest to. ``serves``: they share a
    concept or a word, so the card says it serves it and saving links it;
    otherwise the goal only touches a neighbouring concept (a licence before
    a private practice) and may support it: too weak to link."""

    __slots__ = ("aspiration", "shared", "serves")

    def __init__(self, aspiration: str, shared: tuple[str, ...], serves: bool):
        self.aspiration = aspiration
        self.shared = shared
        self.serves = serves


def best_aspiration(text: str, declared: list[str], descriptions: dict[str, str] | None = None,
                    statement: str | None = None, why: str | None = None) -> AspirationMatch | None:
    """The declared aspiration the text serves best, else the one it may
    support through a neighbouring concept, else None.

    A concept both name counts most, a shared word less; what the person
    wrote an aspiration means (its description) counts too, its words half
    as much as the name's. A tie through the same concepts goes to the
    aspiration that is more wholly about them (fewer concepts of its own left
    unshared: a sleep goal serves 'rested and healthy' wholly, 'close to
    family' only through its wellbeing side); any other tie to the one
    declared first. Neighbouring concepts only count when nothing
    is shared with any aspiration, so a goal is never linked through them.

    ``statement``: what the goal is (:func:`_own_text`), when ``text`` also
    holds its other parts (plan, why, measure): what it shares counts twice,
    so "Get my LMFT license" serves 'licensed MFT' whatever words its plan
    has ("weekly supervision with Dr. Lee"). A why clause in the statement
    (or in ``text`` when it is only a statement) is no part of what the goal
    is: "supervision training so I can supervise LSWs in my own practice"
    serves 'approved clinical supervisor', not 'private practice'.

    An aspiration the statement or ``why`` names word for word ("so that I
    am a present parent") is served first; one its plan names ("consult a
    clinical supervisor") is not."""
    # (most goals scored have only a statement: it is the text, and counting
    # it twice would change no order, unless it holds its why: then only
    # what comes before the why counts twice, so "... supervision training so
    # I can supervise LSWs in my own practice" serves 'approved clinical
    # supervisor', not 'private practice' through the why's place (trial 24 #1))
    stated = _before_why(statement or text)
    own_concepts, own_words = _statement_reading(stated) if stated and stated != text else ((), ())
    sensed = in_its_sense(text)
    # Nothing rewritten (most goals): the text's own words, already read for
    # Specific, are the same words (ASCII lower-cases to the same text).
    if not (text.isascii() and sensed == _scan(text).lowered):
        text = sensed
    goal_concepts = concepts_in(text)
    # work kept to its hours ("no charting after 9pm", "leave the office by 5:30") is one's own life:
    # it serves a personal aspiration ('work-life balance'), never a work one through the work it
    # limits (trial 23 #2: 0/2 against 'work-life balance'; "no EHR notes" served 'private practice')
    # (a why may still name one: "... so that I avoid burnout before opening my practice")
    # (the sentence decides, not its detail: "get better at trauma work" with a boundary as its specific is none)
    own_sentence = statement or text
    if "; " in own_sentence:
        own_sentence = own_sentence.split("; ", 1)[0]
    boundary = _matches(v.BOUNDARY, own_sentence) != ()
    if boundary:
        at = _why_at(own_sentence)[0]
        said_why = _joined(why or "", own_sentence[at:] if at else "")
        if at and _matches(v.BOUNDARY, own_sentence[:at]) == ():
            boundary = False  # the limit is in the why only
        else:
            why_concepts = concepts_in(in_its_sense(said_why)) if said_why else _NO_CONCEPTS
            why_words = _content_words(in_its_sense(said_why)) if said_why else set()
            goal_concepts = (goal_concepts & (PERSONAL_CONCEPTS | v.KIN_SENSES)) | _WELLBEING | why_concepts
    goal_words = _content_words(text)
    descriptions = descriptions or {}
    served, served_weight, served_by, near, near_weight = None, 0, (frozenset(), 0), None, 0
    kin = None  # whether the goal names the person's own family, asked only when an aspiration is about family
    own = None  # whether the goal is about one's own family, asked only when it has a family concept
    # what may name an aspiration: the statement and why (the whole text when it is only a statement)
    naming = in_its_sense(_joined(statement, why)) if statement and statement != text else sensed
    personal = None  # whether the goal reads as life outside work, asked only when a family aspiration is declared
    for aspiration in declared:
        described = descriptions.get(aspiration) or ""
        read = _aspiration_reading(aspiration, described)
        wanted, family = read.wanted, read.family
        shared = goal_concepts & wanted
        if family:
            # a family aspiration ("be a present parent", "close to my family") is served by
            # one's own family ("my kids", "the kids", "call my dad": kin words are the family
            # concept), never by a clinical population ("a group for the kids at the clinic");
            # a parent's only by time with one's children or the family together, not a date
            # night or a call to one's mother (those serve 'close to my family')
            # (a work goal never serves one: not through the kids it names, "family" in
            # "family therapy training", nor a neighbouring concept)
            if own is None:
                own = _own_family_goal(sensed)
            if not own:
                if personal is None:
                    personal = _reads_personal(sensed)
                if not personal:
                    continue
                # a walk or an email boundary isn't one's family: only what the aspiration wants
                # besides it ('healthy' of "a healthy family") is served (trial 21 #7)
                shared = shared & _wanted_beyond_family(aspiration, described)
            shared = (shared | (goal_concepts & v.KIN_SENSES) | (wanted & _FAMILY_SET)
                      if own and _parent_served(aspiration, described, sensed) else shared - v.KIN_SENSES)
        else:
            if own is None and goal_concepts & v.KIN_SENSES:
                own = _own_family_goal(sensed)
            if own:
                # "my kids", "the kids" in a personal goal are one's own family: they serve a
                # family aspiration, never a clinical population (trial 16 B1)
                shared = shared - v.KIN_SENSES
            elif _FAMILY in wanted and _FAMILY not in goal_concepts:
                # "call my dad", "my husband": kin words are the family concept ("kids" and
                # "parents" are its words already; "dad" and "wife" are no words of the field)
                if kin is None:
                    kin = _kin_in(sensed)
                if kin:
                    shared = shared | _FAMILY_SET
        words = read.words & goal_words
        told = (read.told & goal_words) - words if described else set()
        weight = 4 * len(shared) + 2 * len(words) + len(told)
        field = read.field
        if (words or (field and not field.isdisjoint(goal_words))) and _names_aspiration(naming, aspiration):
            # the goal names it word for word ("so that I am a present parent"): it
            # serves that one first, whatever concepts another shares (trial 14 B2)
            weight += _NAMED_WEIGHT
        if own_concepts or own_words:
            weight += 4 * len(shared & own_concepts) + 2 * len(words & own_words) + len(told & own_words)
        if weight and not family and read.professional:
            if boundary and not (read.words & why_words or read.wanted & why_concepts):
                continue
            # a goal about one's own family serves a personal aspiration or none, never a
            # work one through a word they share ("soccer practice" is no 'private practice';
            # trial: a date night linked to 'clinical supervisor')
            if own is None:
                own = _own_family_goal(sensed)
            if own and (personal if personal is not None else _reads_personal(sensed)):
                continue
        if weight > served_weight or (weight and weight == served_weight and shared == served_by[0]
                                      and len(wanted) < served_by[1]):
            served, served_weight, served_by = AspirationMatch(
                aspiration, tuple(sorted(shared) + sorted((words | told) - shared)), True), weight, \
                (shared, len(wanted))
        if served is None:
            nearby = goal_concepts & read.neighbours
            if len(nearby) > near_weight:
                near, near_weight = AspirationMatch(aspiration, tuple(sorted(nearby)), False), len(nearby)
    return served or near


class _AspirationReading:
    """What :func:`best_aspiration` reads of one declared aspiration (its name
    and description), read once: a user's goals all carry the same few."""

    __slots__ = ("wanted", "family", "words", "told", "field", "professional", "neighbours")

    def __init__(self, name: str, described: str):
        wanted = _aspiration_concepts(name)
        if described:
            wanted = wanted | _aspiration_concepts(described)
        self.family = _family_aspiration(name, described)
        if self.family and not wanted:
            # "be a present parent" names no word of the field: its family is the concept
            wanted = _FAMILY_SET
        self.wanted = wanted
        self.words = _aspiration_words(name)                              # the name's words a goal may share
        self.told = _aspiration_words(described) if described else None  # the description's
        self.field = _aspiration_field_words(name)
        self.professional = aspiration_domain(name, described) == "professional"
        self.neighbours = _neighbours_of(wanted)


@lru_cache(maxsize=256)
def _aspiration_reading(name: str, described: str) -> _AspirationReading:
    return _AspirationReading(name, described)


# Outweighs any count of shared concepts and words a goal has with an aspiration it doesn't name.
_NAMED_WEIGHT = 1000


@lru_cache(maxsize=256)
def _name_phrase(aspiration: str) -> re.Pattern | None:
    """The aspiration's name as a phrase of whole words (lower-case), or None when it has no words."""
    tokens = TOKEN.findall(aspiration.lower())
    return re.compile(r"\b" + r"[\s-]+".join(map(re.escape, tokens)) + r"\b") if tokens else None


def _names_aspiration(text: str, aspiration: str) -> bool:
    """Whether ``text`` (lower-case, as ``in_its_sense`` reads it) names the aspiration word for word."""
    phrase = _name_phrase(aspiration)
    return phrase is not None and phrase.search(text) is not None


def _before_why(statement: str) -> str:
    """The statement without the why clause it holds ("... so I can
    supervise LSWs in my own practice"), or the statement when it holds none."""
    at = _why_at(statement)[0] if statement else None
    return statement[:at].rstrip(" ,;:-") if at else statement


@lru_cache(maxsize=32)
def _statement_reading(statement: str) -> tuple[frozenset[str], frozenset[str]]:
    """A goal's statement's concepts and content words, as aspirations are matched."""
    sensed = in_its_sense(statement)
    return concepts_in(sensed), frozenset(_content_words(sensed))


@lru_cache(maxsize=256)
def _neighbours_of(concepts: frozenset[str]) -> frozenset[str]:
    """The concepts next to an aspiration's own (kept per aspiration's concepts)."""
    return frozenset({n for c in concepts for n in v.NEIGHBOURS.get(c, ())} - concepts)


def _relevant_text(goal: GoalText) -> str:
    return _joined(goal.statement, goal.specific, goal.why, goal.plan, goal.metric, goal.category)


def _own_text(goal: GoalText) -> str:
    """What the goal is (its statement and specific detail), as against how
    and why (plan, why, measure, category): the part that weighs most in
    the aspiration it serves."""
    return _joined(goal.statement, goal.specific)


def _joined(statement: str, *parts: str | None) -> str:
    """The statement and the parts given, separated by "; ", empties left out
    (most goals scored have only a statement: that is returned as it is).
    Not a bare space: the end of one field and the start of the next must
    not read as one phrase ("... 5 days a week" + "30 minutes ..." is no
    "week 30")."""
    if not any(parts):
        return statement or ""
    return "; ".join(t for t in (statement, *parts) if t)


def _declared(goal: GoalText) -> list[str]:
    if not goal.aspirations and not goal.linked_aspirations:
        return []  # (a third of the goals scored: none declared)
    return list(_declared_of(tuple(goal.aspirations), tuple(goal.linked_aspirations)))


@lru_cache(maxsize=256)
def _declared_of(aspirations: tuple[str, ...], linked: tuple[str, ...]) -> tuple[str, ...]:
    """Every aspiration declared, then the linked ones not among them (kept
    per pair of lists: a user's goals all carry the same few)."""
    return tuple(_unique(aspirations) + [a for a in _unique(linked) if a not in aspirations])


def aspiration_match(goal: GoalText, declared: list[str] | None = None, text: str | None = None
                     ) -> AspirationMatch | None:
    """The one decision behind Relevant's reason and the aspiration linked on
    saving (``goal`` as the card reads it, stated confidence removed). A goal
    the person linked serves what they linked it to: the linked aspiration it
    matches best, else the first linked. ``declared`` and ``text``:
    ``_declared(goal)`` and ``_relevant_text(goal)`` when the caller has them already."""
    descriptions = dict(goal.aspiration_descriptions)
    linked = _unique(goal.linked_aspirations) if goal.linked_aspirations else []  # (most goals link none)
    if linked:
        match = best_aspiration(text or _relevant_text(goal), linked, descriptions, _own_text(goal), goal.why)
        return match if match is not None and match.serves else AspirationMatch(linked[0], (), True)
    if declared is None:
        declared = _declared(goal)
    return best_aspiration(text or _relevant_text(goal), declared, descriptions, _own_text(goal),
                           goal.why) if declared else None


def aspiration_served(goal: GoalText) -> str | None:
    """The declared aspiration the card says the goal serves (the one to
    link), or None: a goal that only may support one through a neighbouring
    concept serves none."""
    match = aspiration_match(_reading(goal)[0])
    return match.aspiration if match and match.serves else None


# Concepts of life outside work: a goal only about them is a personal one.
PERSONAL_CONCEPTS = frozenset({"wellbeing", "money"})
_WELLBEING = frozenset({"wellbeing"})


def life_domain(goal: GoalText) -> str:
    """'personal' when the goal is about life outside work (sleep, exercise,
    food, money, family, boundaries), by its own words or, when they name
    nothing of the field, by the aspiration it serves; else 'professional'
    (the default: a clinician's goals are mostly about work)."""
    reading = _reading(goal)[0]
    concepts = life_concepts(in_its_sense(_relevant_text(reading)))
    if concepts:
        return "personal" if concepts <= PERSONAL_CONCEPTS else "professional"
    match = aspiration_match(reading)
    if match is not None and match.serves:
        described = dict(goal.aspiration_descriptions).get(match.aspiration) or ""
        if aspiration_domain(match.aspiration, described) == "personal":
            return "personal"
    return "professional"


def life_concepts(sensed: str) -> frozenset[str]:
    """The field's concepts of a text (``in_its_sense``'s reading) as the
    personal/professional reading sees them: a text about one's own family
    ("call my parents", "my kids") is about life outside work, so the work
    senses of its words (children and families, couples) are set aside;
    so is the work a boundary limits ("no charting after 9pm")."""
    concepts = concepts_in(sensed)
    if (not concepts or not concepts <= PERSONAL_CONCEPTS) and (
            _kin_in(sensed) or (concepts & v.KIN_SENSES and _own_family_goal(sensed))):
        if kinds.life_kind(sensed) == "boundary":
            # work kept out of family time: the work it names is what it limits ("no EHR notes after 7pm")
            return frozenset({"wellbeing"})
        return (concepts - v.KIN_SENSES) | {"wellbeing"}
    if not concepts <= PERSONAL_CONCEPTS or not concepts:
        own = sensed.split("; ", 1)[0] if "; " in sensed else sensed  # the goal's sentence: "no charting after 9pm"
        # (searched as it is: a reading of its own would cost more than the search, asked of few goals)
        if v.BOUNDARY.search(own) and v.BOUNDARY.search(own, 0, _why_at(own)[0] or len(own)):  # (before its why)
            # work kept to its hours is life outside work: the work it names is what it limits (trial 23 #2, #11)
            return _WELLBEING
    return concepts


# Being a parent or a partner oneself ("present parent", "a patient mom"), not a work role.
_FAMILY_ROLE = LazyPattern(r"\b(?:parent|mom|mum|mother|dad|father|spouse|partner|husband|wife|grandparent|grandma|grandpa|"
                           r"family|my\s+(?:kids|children))\b(?!\s+(?:educators?|coach|coaches|trainers?|training|groups?|"
                           r"liaisons?|programs?|work|therap\w*|counsel\w*|systems|medicine|law|court|services|practice)\b)")


# Time the family spends together ("a family dinner", "a family vacation"; not "family therapy").
_FAMILY_TIME = LazyPattern(r"\b(?:with|for)\s+family\b(?!\s+(?:therap|counsel|systems|members\s+of|sessions?)\w*)|\bfamily\s+(?:dinners?|meals?|breakfasts?|lunch(?:es)?|vacations?|trips?|road\s+trips?|"
                          r"outings?|game\s+nights?|movie\s+nights?|nights?|time|walks?|hikes?|bike\s+rides?|days?|"
                          r"holidays?|reunions?|visits?|calls?|traditions?|rituals?|meetings?|photos?)\b")


# The words one of which every match of v.KIN, v.THE_FAMILY and _FAMILY_TIME holds, as a whole
# run of letters and digits (the kin word a match ends with; "laws" of "in-laws"): a text with
# none of them names no family, and most goals are read so without a search.
_FAMILY_WORDS = frozenset(
    "parent parents kid kids children child son sons daughter daughters partner spouse wife husband family "
    "families mom mum mother dad father grandparent grandparents grandmother grandfather grandma grandpa "
    "grandkids grandchildren sibling siblings brother brothers sister sisters laws nephew nephews niece nieces "
    "boyfriend girlfriend fiance fiancee relatives folks baby toddler teenager teenagers twins".split())
# The lower-cased texts read (``_Scan``) that hold no family word (a dict as an ordered set; the last few kept)
_NO_FAMILY_WORD: dict[str, None] = {}


def _no_family_word(lowered: str) -> None:
    if len(_NO_FAMILY_WORD) > 256:
        _NO_FAMILY_WORD.clear()
    _NO_FAMILY_WORD[lowered] = None


def _own_family_goal(sensed: str) -> bool:
    """Whether a goal (``in_its_sense``'s reading) is about one's
    own family: it names it ("my kids"), or "the kids" or the family's time
    together ("a family dinner") in a goal about one's own sleep, exercise
    or evenings free of work, or with no word of work at all ("Cook more
    with the kids", "Plan a family vacation"; not "Run a group for the
    kids", "Screen the kids for anxiety")."""
    if sensed in _NO_FAMILY_WORD:
        return False  # (most goals: no word of a family at all)
    if _kin_in(sensed):
        return True
    if not (("the " in sensed and v.THE_FAMILY.search(sensed))
            or ("family" in sensed and _FAMILY_TIME.search(sensed))):
        return False
    if kinds.life_kind(sensed) not in (None, "family"):  # ("family" there is "the kids" itself: asked below)
        return True
    return not v.WORK_SESSIONS.search(sensed) and not concepts_in(sensed) - v.KIN_SENSES - PERSONAL_CONCEPTS


@lru_cache(maxsize=64)
def _family_aspiration(name: str, description: str = "") -> bool:
    """Whether an aspiration is about one's own family ("present parent",
    "be there for my family"): a family role or words, and no work concept."""
    words = _joined(name, description).lower()
    return (_FAMILY_ROLE.search(words) is not None
            and not (_aspiration_concepts(name) | (_aspiration_concepts(description) if description else frozenset()))
            - v.KIN_SENSES - PERSONAL_CONCEPTS)


# One's family in an aspiration's words: the words of the wellbeing concept it holds only through them.
_FAMILY_IN_WORDS = LazyPattern(r"\b(?:family|families|kids?|children|child|partner|spouse|husband|wife|parents?|"
                            r"parenting|mom|mum|mother|dad|father)\b")


@lru_cache(maxsize=64)
def _wanted_beyond_family(name: str, description: str = "") -> frozenset[str]:
    """The concepts a family aspiration wants besides one's family ('be
    present for my family': none; 'a healthy family': wellbeing), asked of a
    goal that isn't about one's own family."""
    wanted = _aspiration_concepts(_FAMILY_IN_WORDS.sub(" ", name.lower()))
    if description:
        wanted = wanted | _aspiration_concepts(_FAMILY_IN_WORDS.sub(" ", description.lower()))
    return wanted


def aspiration_domain(name: str, description: str | None = None) -> str:
    """'personal' when an aspiration's words (its name and description)
    are only about life outside work ("debt free", "rested and healthy") or
    about one's own family ("be a present parent", "be present for my
    family"), else 'professional': the reading :func:`life_domain` gives a
    goal that serves it."""
    wanted = _aspiration_concepts(name) | (_aspiration_concepts(description) if description else frozenset())
    if wanted and wanted <= PERSONAL_CONCEPTS:
        return "personal"
    return "personal" if _family_aspiration(name, description or "") else "professional"


def _reads_personal(sensed: str) -> bool:
    """Whether a goal (``in_its_sense``'s reading) is about life outside work
    by its own words, as :func:`life_domain` reads them."""
    concepts = life_concepts(sensed)
    return bool(concepts) and concepts <= PERSONAL_CONCEPTS


# A parent's aspiration ("be a present parent", "a patient mom"), and the family it is served by:
# one's children, or the family together ("family dinner").
_PARENT_ROLE = LazyPattern(r"\b(?:parent|parenting|mom|mum|mother|dad|father)\b")
_CHILDREN = LazyPattern(r"\b(?:kids?|children|child|sons?|daughters?|baby|babies|toddlers?|teens?|teenagers?|twins|"
                       r"step-?kids|family|families)\b")


@lru_cache(maxsize=64)
def _parent_role(name: str, description: str) -> bool:
    return _PARENT_ROLE.search(_joined(name, description).lower()) is not None


def _parent_served(name: str, description: str, sensed: str) -> bool:
    """Whether a family aspiration is served by a goal about one's own family
    (``sensed``): any family serves 'close to my family'; a parent's ('be a
    present parent') only time with one's children or the family together."""
    return not _parent_role(name, description) or _CHILDREN.search(sensed) is not None


def _listed(names: list[str], quoted: bool = False) -> str:
    """Every name, or when there are more than four the first three and how
    many more: a reason never leaves some out without saying so."""
    shown = [repr(n) if quoted else n for n in (names if len(names) <= 4 else names[:3])]
    more = f" and {len(names) - 3} more" if len(names) > 4 else ""
    return ", ".join(shown) + more


# Concepts whose key is no phrase a person says, by what they name at work and in
# one's own life: a goal about one's own kids or partner (v.KIN) serves "family" or
# a "relationship", not "children and families" or "couples" work.
_CONCEPT_NAMES = {"child_family": ("children and families", "family"), "couples": ("couples", "relationship")}
_RENAMED = frozenset(_CONCEPT_NAMES)


# Every match of v.KIN holds one of these (a cheap test before its search).
_KIN_PIECES = ("my", "our", "mom", "mum", "dad", "grand", "sibling", "spouse", "husband", "wife", "in-law",
               "with the", "parent", "mother", "father")


def _own_family(text: str) -> bool:
    """Whether the goal is about the person's own family ("my kids", "mom")."""
    return _own_family_goal(in_its_sense(text))


_FAMILY = "child_family"
_FAMILY_SET = frozenset({_FAMILY})


def _kin_in(sensed: str) -> bool:
    """Whether a text as ``in_its_sense`` reads it names the person's own family (v.KIN)."""
    if sensed in _NO_FAMILY_WORD or not any(piece in sensed for piece in _KIN_PIECES):
        return False
    return (v.for_ascii(v.KIN) if v.plain_ascii(sensed) else v.KIN).search(sensed) is not None


def _named(shared, text: str) -> str:
    """The concepts and words a goal shares with an aspiration, as a person
    says them (the first three; ``text``: the goal's relevant text)."""
    if _RENAMED.isdisjoint(shared):  # (most matches: every name is its key's words)
        return ", ".join(s.replace("_", " ") for s in shared[:3])
    return _named_as_said(shared, text)


def _shared_said(match: AspirationMatch, text: str) -> str:
    """" (what it shares with the aspiration)" for Relevant's reason, or ""
    when that would only say the aspiration's name again: the concept named
    as the aspiration is ("'private practice' (private practice, practice,
    private)") is left out with the name's own words."""
    shared = match.shared
    if not shared:
        return ""
    name = match.aspiration.lower()
    if any(s.replace("_", " ") == name for s in shared):
        words = set(name.split())
        shared = [s for s in shared if s.replace("_", " ") != name and s not in words]
        if not shared:
            return ""
    return f" ({_named(shared, text)})"


def _named_as_said(shared, text: str) -> str:
    """``_named`` of shared concepts whose key is no phrase a person says:
    "child_family" by a word of it both use, else by its name at work or in
    one's own life (``text`` read for the person's own family), "couples" so
    too; a name said twice is said once."""
    own = None
    names = []
    for item in shared:
        if item in _CONCEPT_NAMES:
            # a word of it both use ("family"), when its key is no word itself
            said = [w for w in shared if w not in v.CONCEPTS and w in v.CONCEPTS[item]] if "_" in item else None
            if said:
                item = said[0]
            else:
                if own is None:
                    own = _own_family(text)
                item = _CONCEPT_NAMES[item][own]
        item = item.replace("_", " ")
        if item not in names:  # "family" is the concept's name and the word shared
            names.append(item)
    return ", ".join(names[:3])


def score_relevant(goal: GoalText) -> Criterion:
    text = _relevant_text(goal)
    rationale = found(v.RATIONALE, text)
    if not rationale and " to " in _lowered(goal.statement):
        # a purpose "to" + verb after the action is a why as "so that" is ("... to fund my practice")
        purpose = _why_at(goal.statement)[1]
        if purpose is not None:
            rationale = [purpose]
    if goal.why:
        rationale.insert(0, "why given")
    declared = _declared(goal)
    if not declared and rationale:
        return Criterion(1, "You say why it matters, but with no aspiration declared there is nothing to "
                            "judge it against.",
                         "Declare where you're heading (goals aspiration add 'healthy work-life balance') "
                         "to have it judged.", evidence=_unique(rationale))
    if not declared:
        return Criterion(1, "Can't judge without an aspiration: nothing says what this goal serves.",
                         "Declare where you're heading (goals aspiration add 'clinical supervisor') "
                         "or say why, e.g. 'so that I can supervise associates'.",
                         evidence=_unique(rationale))
    match = aspiration_match(goal, declared, text)
    linked = _unique(goal.linked_aspirations) if goal.linked_aspirations else []  # (most goals link none)
    if match is not None and match.aspiration in linked:
        why = _shared_said(match, text)
        who = ("linked when you saved it, because the card found it serves it" if match.aspiration in goal.card_linked
               else "you linked it")
        return Criterion(2, f"Serves your aspiration '{match.aspiration}': {who}{why}.",
                         evidence=_unique([match.aspiration] + rationale))
    if match is not None and match.serves:
        return Criterion(2, f"Serves your aspiration '{match.aspiration}'{_shared_said(match, text)}.",
                         evidence=_unique([match.aspiration] + rationale))
    if match is not None:
        return Criterion(1, f"May support your aspiration '{match.aspiration}' (through "
                            f"{_named(match.shared, text)}), but nothing says it serves it.",
                         f"Say how it serves '{match.aspiration}', e.g. 'so that I can ...', or link it.",
                         evidence=_unique(rationale))
    example = _life_example(goal, text)  # a personal goal's examples, as its guided questions give them (trial 14 P3)
    life = example["why"] if example else None
    personal = example is not None and _personal_without_aspiration(goal, declared, text)
    if rationale:
        said = None if personal else _why_said(goal)
        if said is not None:
            # a why was read and matches none of them: it is not missing, an aspiration is (trial 21 #6)
            why, wanted = said
            return Criterion(1, f"Your why ('{why}') matches none of your aspirations ({_listed(declared)}).",
                             f"Declare the one it serves (goals aspiration add '{wanted}') and link it, or say "
                             f"how it serves one of yours.", evidence=_unique(rationale))
        why = None if personal else _why_text(goal)
        if why is not None:
            # a why already said ("so that I stop paying interest") is not asked for again: what is
            # missing is an aspiration it serves (trial 23 #7)
            return Criterion(1, f"Your why ('{why}') matches none of your aspirations ({_listed(declared)}).",
                             (PERSONAL_ASPIRATION.format(aspiration=example["aspiration"]) if example else
                              "Declare the aspiration it serves (goals aspiration add NAME) and link it")
                             + ", or say how it serves one of yours.", evidence=_unique(rationale))
        return Criterion(1, f"It's not clear how this serves {_listed(declared, quoted=True)}.",
                         PERSONAL_ASPIRATION.format(aspiration=example["aspiration"]) + "." if personal else
                         f"Say how it connects, e.g. '{life or 'so that I qualify for the supervisor role'}'.",
                         evidence=_unique(rationale))
    if personal:
        # Still 0: aspirations are declared and none is served. What it can serve is
        # a personal aspiration, so that is what the suggestion offers.
        return Criterion(0, f"Nothing links it to your aspirations ({_listed(declared)}): they are about "
                            "work, and this reads as a personal goal.",
                         PERSONAL_ASPIRATION.format(aspiration=example["aspiration"])
                         + f", or say what it does for you ('{life}').")
    # (the score was 1 before any aspiration was declared: nothing to judge it against; now it is
    # judged against these, so the reason names them and the fix says how to link one: trial 12 C4;
    # a personal goal none of the personal ones fits is also told which one to declare)
    return Criterion(0, f"Nothing links it to your aspirations ({_listed(declared)}).",
                     "Link the one it serves (--aspiration NAME), "
                     + (f"declare the one it does (goals aspiration add '{example['aspiration']}'), " if example else "")
                     + "or say why it matters ("
                     + (f"'{life}'" if life else "'so that ...', 'to qualify for ...'") + ").")


PERSONAL_ASPIRATION = "Declare a personal aspiration it serves (goals aspiration add '{aspiration}') and link it"


def _why_said(goal: GoalText) -> tuple[str, str] | None:
    """The goal's why as said ("so i can supervise") and the built-in career
    path's aspiration it names ('clinical supervisor'), or else the goal
    does, when one does (asked only of a why that serves no declared aspiration)."""
    why = _why_text(goal)
    if not why:
        return None
    concepts = concepts_in(in_its_sense(why)) - PERSONAL_CONCEPTS - {"specialist"}
    if not concepts:  # a why naming none ("so I can see clients on my own terms"): what the goal names
        concepts = concepts_in(in_its_sense(goal.statement)) - PERSONAL_CONCEPTS - {"specialist"}
    if not concepts:
        return None
    best = max(((len(wanted & concepts), name) for wanted, name in _path_aspirations() if wanted & concepts),
               default=None, key=lambda pair: pair[0])
    return (why, best[1]) if best is not None else None


def _why_text(goal: GoalText) -> str | None:
    """The goal's why as said: its why, else the sentence's from its "so that" on, else None."""
    why = goal.why
    if not why:
        at = _why_at(goal.statement)[0]
        why = goal.statement[at:].strip(" ,;.") if at is not None else None
    return why or None


@lru_cache(maxsize=1)
def _path_aspirations() -> tuple[tuple[frozenset[str], str], ...]:
    """The built-in career paths' aspirations ('clinical supervisor') with the concepts they name."""
    from clingoals.career import builtin_paths  # (only for a why that serves nothing declared)

    return tuple((_aspiration_concepts(path.aspiration) - PERSONAL_CONCEPTS - {"specialist"}, path.aspiration)
                 for path in builtin_paths())


def _life_example(goal: GoalText, text: str) -> dict[str, str] | None:
    """The examples a personal goal (life outside work, as :func:`life_domain`
    reads its words) is asked with in guided add (the row of
    :data:`kinds.EXAMPLES` for its sleep, money, exercise, family or
    boundary: its why, and the aspiration to declare), so the card never
    suggests a work reason or aspiration for it ("so that I qualify for the
    supervisor role" for a bedtime goal); None for a work goal. Only where
    no aspiration is served: off the hot path."""
    concepts = life_concepts(in_its_sense(text))
    if not concepts or not concepts <= PERSONAL_CONCEPTS:
        return None
    words = _joined(goal.statement, goal.specific, goal.metric)
    # one's own family as Relevant reads it ("Cook more with the kids") is a family goal's (KIN's) too
    family = _own_family(words)
    kind = kinds.example_kind(words, lambda: True, lambda: about_money(goal),
                              has=lambda pattern: (pattern is v.KIN and family) or _matches(pattern, words) != ())
    return kinds.EXAMPLES[kind]


def _personal_without_aspiration(goal: GoalText, declared: list[str], text: str) -> bool:
    """A personal goal (life outside work, as :func:`life_domain` reads its words:
    the caller has read them, :func:`_life_example`) that serves no declared
    aspiration, when none of them is personal: judged only
    against work aspirations, it needs a personal one to serve. (``text``: the
    goal's relevant text; it serves none, so only its words can make it personal.)"""
    descriptions = dict(goal.aspiration_descriptions)
    return not any(aspiration_domain(a, descriptions.get(a)) == "personal" for a in declared)


_SEASON_WORDS = SEASONS  # every SEASON_DEADLINE match names one


def score_time_bound(goal: GoalText, today: dt.date) -> tuple[Criterion, dt.date | None]:
    text = goal.statement
    found = find_deadline(text, today) if goal.deadline is None else None
    deadline = goal.deadline or (found.date if found else None)
    evidence = [found.phrase] if found else ([goal.deadline.isoformat()] if goal.deadline else [])
    if deadline is not None:
        if deadline < today:
            return Criterion(1, f"The deadline {deadline.isoformat()} has already passed.",
                             "Set a new date, or mark the goal done or dropped.", evidence=evidence), deadline
        return Criterion(2, f"Deadline {deadline.isoformat()} ({(deadline - today).days} days from today).",
                         evidence=evidence), deadline
    # "within 6 months of opening": a span from a day the goal doesn't give
    event = span_from_event(text, today)
    if event is not None:
        phrase, what = event
        return Criterion(1, f"'{phrase}' counts from {what}, which has no date yet: it's not a deadline.",
                         "Say when that is, or give the date itself, e.g. 'by June 30'.",
                         evidence=[phrase]), None
    lowered = text.lower()
    # every match names a season: most texts have none, and a substring test costs far less than the search
    season = v.SEASON_DEADLINE.search(lowered) if any(s in lowered for s in _SEASON_WORDS) else None
    if season:
        phrase = text[season.start():season.end()]
        return Criterion(1, f"'{phrase}' is a season, not a date.",
                         "Name the day, e.g. 'by August 31' or 'by the end of June'.", evidence=[phrase]), None
    hedges = TIME_HEDGES.find(text)
    rhythms = _matches(v.FREQUENCY_COUNT, text)  # Specific and Measurable search the same text
    rhythm = next((m for m in rhythms if not m.group(0).startswith(v.CLOCK_WORDS)), None) if rhythms else None
    days = _matches(v.ON_DAYS, text) if rhythm is None else None
    on_days = next((m for m in days if m.group(0).endswith("s")), None) if days else None  # one named day is a date
    frequency = frequency_phrase(text) or (text[rhythm.start():rhythm.end()] if rhythm else None) or (
        text[on_days.start():on_days.end()] if on_days else None)
    clock = None if frequency or not rhythms else rhythms[0]  # (then a clock time: "after 7pm")
    if clock is not None and not hedges:
        phrase = text[clock.start():clock.end()]
        return Criterion(1, f"'{phrase}' is kept every day, with no end date.",
                         "Add when you'll check it, e.g. 'for the next 8 weeks' or 'by June 30'.",
                         evidence=[phrase]), None
    if frequency and not hedges:
        frequency = _whole_rhythm(text, frequency)
        return Criterion(1, f"'{frequency}' is a rhythm without an end date.",
                         "Add when you'll check it, e.g. 'for the next 8 weeks' or 'by June 30'.",
                         evidence=[frequency]), None
    reason = f"'{hedges[0]}' is not a date." if hedges else "There's no deadline."
    return Criterion(0, reason, "Add a deadline, e.g. 'by June 30', 'within 3 months' or 'by Q3'.",
                     evidence=hedges), None


# The rest of a rhythm around the words that were found ("3x" of "3x a week", "a week" of
# "five nights a week", "every Sunday" of "every Sunday evening"), so it is quoted whole.
_PERIOD = "(?:" + "|".join(RATE_PERIODS) + ")"  # "a week", "per month", "/week"
_RHYTHM_AFTER = LazyPattern(r"\s*(?:(?:times?|days?|nights?|mornings?|evenings?|sessions?)\s+)?" + RATE
                            + r"|\s*/\s*" + _PERIOD + r"\b", re.IGNORECASE)
_RHYTHM_BEFORE = LazyPattern(r"(?<![\d.,$€£¥])\b(?:(?:\d+|one|two|three|four|five|six)\s*(?:-|to|or)\s*)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|once|twice|thrice|several|"
                             r"a\s+few)\s*(?:x\s*|(?:times?|days?|nights?|mornings?|evenings?|sessions?)\s+)?$",
                             re.IGNORECASE)
_A_RATE_AT_END = LazyPattern(r"(?:\b(?:a|an|per|each|every)\s+\w+|/\s*\w+|ly)$", re.IGNORECASE)
_DAY_PART_AFTER = LazyPattern(r"\s+(?:morning|afternoon|evening|night)s?\b", re.IGNORECASE)
_STARTS_A_PERIOD = LazyPattern(r"(?:a|an|per|each|every)\s", re.IGNORECASE)
# What a count _RHYTHM_BEFORE finds can end with (the text before the rhythm, less its spaces, ends so):
# before "every Sunday" in "call mom every Sunday" it can't be, and the search is skipped.
_COUNT_ENDINGS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "once", "twice",
                  "thrice", "several", "few", "x", "time", "times", "day", "days", "night", "nights", "morning",
                  "mornings", "evening", "evenings", "session", "sessions")


def _whole_rhythm(text: str, found: str) -> str:
    """The whole rhythm ``found`` is part of in ``text`` (trial 13: "'3x' is a
    rhythm without an end date" for "3x a week"), as typed; ``found`` when it
    stands alone. (Only for the line that quotes it, off the scorer's hot path.)"""
    start = text.find(found)
    if start < 0:
        return found
    end = start + len(found)
    if _A_RATE_AT_END.search(found):  # "a week", "daily": said; "every Sunday" may go on ("evening")
        after = _DAY_PART_AFTER.match(text, end) if found[-3:].lower() == "day" else None
    else:
        after = _RHYTHM_AFTER.match(text, end)
    if after is not None:
        end = after.end()
    if _STARTS_A_PERIOD.match(found):  # the count before it: "three to four times " is at most ~30 characters
        window = max(0, start - 32)
        tail = text[window:start].rstrip()
        # (a digit, or a count's word; text not all ASCII is left to the search: IGNORECASE folds more there)
        maybe = tail and (not tail.isascii() or tail[-1].isdigit() or tail.lower().endswith(_COUNT_ENDINGS))
        before = _RHYTHM_BEFORE.search(text, window, start) if maybe else None
        if before is not None and not (before.start() and text[before.start() - 1].isalnum()):
            start = before.start()
    return text[start:end]


def _reading(goal: GoalText):
    """The goal as the criteria read it, and its stated confidence, if any:
    "confidence 8/10" is about Achievable, so the rest read the goal without it."""
    original = (goal.statement or "")[:MAX_TEXT]
    stated = language.stated_confidence(original)
    text = spelled_rhythm(stated.rest if stated else original)  # "3x/wk": 3 times a week (trial 16 C2)
    reading = goal if text == goal.statement else _with_statement(goal, text)
    return reading, stated


def _with_statement(goal: GoalText, statement: str) -> GoalText:
    """``dataclasses.replace(goal, statement=statement)`` at a fraction of its
    cost (a third of the goals scored state a confidence): GoalText has no
    __post_init__, so its fields are copied as they are."""
    copy = object.__new__(GoalText)
    copy.__dict__.update(goal.__dict__)
    copy.__dict__["statement"] = statement
    return copy


def score(goal: GoalText, today: dt.date, *, default_hours_per_week: float = DEFAULT_HOURS_PER_WEEK) -> dict:
    """The scorecard: {"statement", "deadline", "total", "criteria": {...}}.

    ``default_hours_per_week`` is the weekly ceiling a goal's workload is
    compared with when ``hours_per_week`` is unset.
    """
    reading, stated = _reading(goal)
    original = (goal.statement or "")[:MAX_TEXT]
    confidence = (goal.confidence, None) if goal.confidence is not None else (
        (stated.value, stated.phrase) if stated else (None, None))
    time_bound, deadline = score_time_bound(reading, today)
    relevant = score_relevant(reading)
    specific = score_specific(reading)
    measurable = score_measurable(reading, deadline)
    achievable = score_achievable(reading, deadline, today, confidence=confidence,
                                  default_hours_per_week=default_hours_per_week)
    return {
        "statement": original,
        "deadline": deadline.isoformat() if deadline else None,
        "total": specific.score + measurable.score + achievable.score + relevant.score + time_bound.score,
        # in CRITERIA's order; each as Criterion.as_dict writes it (inline: a call each costs more than the dict)
        "criteria": {
            "specific": {"score": specific.score, "met": specific.score == 2, "evidence": specific.evidence,
                         "reason": specific.reason,
                         "suggestion": None if specific.score == 2 else specific.suggestion},
            "measurable": {"score": measurable.score, "met": measurable.score == 2, "evidence": measurable.evidence,
                           "reason": measurable.reason,
                           "suggestion": None if measurable.score == 2 else measurable.suggestion},
            "achievable": {"score": achievable.score, "met": achievable.score == 2, "evidence": achievable.evidence,
                           "reason": achievable.reason,
                           "suggestion": None if achievable.score == 2 else achievable.suggestion},
            "relevant": {"score": relevant.score, "met": relevant.score == 2, "evidence": relevant.evidence,
                         "reason": relevant.reason,
                         "suggestion": None if relevant.score == 2 else relevant.suggestion},
            "time_bound": {"score": time_bound.score, "met": time_bound.score == 2, "evidence": time_bound.evidence,
                           "reason": time_bound.reason,
                           "suggestion": None if time_bound.score == 2 else time_bound.suggestion},
        },
    }


# A card names the option that changes a judgement, for `goals check` and a
# scripted `goals add`; the guided conversation and the plan document say it
# in plain words instead.
PLAIN_WORDS = (
    ("(give --hours-per-week if you have more)", "(if you have more, add the hours a week you can give it)"),
    (" (--hours-per-week)", ""),
    (" (--aspiration NAME)", ""),  # the conversation asks which aspiration it serves
)


def in_plain_words(text: str | None) -> str | None:
    """A card's reason or suggestion without the command-line options in it."""
    if text and "--" in text:
        for option, plain in PLAIN_WORDS:
            text = text.replace(option, plain)
    return text


def card_in_plain_words(card: dict) -> dict:
    """The card as a conversation shows it: every reason and suggestion in plain words."""
    criteria = {name: {**c, "reason": in_plain_words(c["reason"]), "suggestion": in_plain_words(c["suggestion"])}
                for name, c in card["criteria"].items()}
    return {**card, "criteria": criteria}
