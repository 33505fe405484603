"""Reading everyday English for the SMART scorer.

Owns the shipped lexicon (``lexicon.txt``: every common English verb with its
inflected forms, and the words that are only adjectives or adverbs), the
stated-confidence grammar ("confidence 8/10", "80% confident"), and the clause
reading behind Specific: which words head an action, whether that action is
concrete, generic ("exercise", "take medication") or vague ("improve",
"explore"), and whether what follows it names something concrete; and the
words of the field a sentence types with a slip of the keys ("lisence").

Pure and deterministic; the lexicon is read once, on first use.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from clingoals.dates import MONTHS
from clingoals.lazy_pattern import LazyPattern
from clingoals.smart import vocabulary as v


# The records below are plain classes with __slots__, not dataclasses: making
# a dataclass costs about 0.7 ms at import, and `goals check` imports this
# module on every run (issue 11: start-up no more than 20 ms slower).

class Lexicon:
    __slots__ = ("verbs", "irregular", "nominal", "describers")

    def __init__(self, verbs: frozenset[str], irregular: dict[str, str], nominal: frozenset[str],
                 describers: frozenset[str]):
        self.verbs = verbs                # base forms of English verbs
        self.irregular = irregular        # forms the suffix rules can't undo ("swam" -> "swim")
        self.nominal = nominal            # verbs that are nouns as well ("walk", "screen")
        self.describers = describers      # words that are only adjectives or adverbs

    def lemma(self, word: str) -> str | None:
        """The verb a word is a form of, or None."""
        if word in v.AUXILIARY_FORMS:
            return v.AUXILIARY_FORMS[word]
        if word in self.irregular:
            return self.irregular[word]
        return regular_lemma(word, self.verbs)

    def is_noun_too(self, word: str, lemma: str) -> bool:
        # "bed", "need": a base form ending in -ed is not a past tense
        return word.endswith("ing") or (lemma in self.nominal and (word == lemma or not word.endswith(("ed", "en"))))


def regular_lemma(word: str, verbs) -> str | None:
    """Undo the regular English endings (-s, -es, -ies, -ed, -ied, -ing and a
    doubled consonant) until a known verb appears."""
    if word in verbs:
        return word
    candidates = []
    if word.endswith("ies") or word.endswith("ied"):
        candidates.append(word[:-3] + "y")
    if word.endswith("ing") and len(word) > 4:
        stem = word[:-3]
        candidates += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])
        if stem.endswith("y"):
            candidates.append(stem[:-1] + "ie")
    elif word.endswith("ed") and len(word) > 3:
        stem = word[:-2]
        candidates += [stem, word[:-1]]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])
    elif word.endswith("es") and len(word) > 3:
        candidates += [word[:-2], word[:-1]]
    elif word.endswith("s") and len(word) > 2:
        candidates.append(word[:-1])
    return next((c for c in candidates if c in verbs), None)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped word lists: a few milliseconds, one split per section."""
    # a path, not importlib.resources: the package is installed as files, and those imports cost milliseconds
    text = Path(__file__).with_name("lexicon.txt").read_text("utf-8")
    sections = {}
    for chunk in text.split("\n[")[1:]:
        name, _, words = chunk.partition("]\n")
        sections[name] = words.split()
    pairs = iter(sections["irregular"])
    verbs = set(sections["verbs"])
    verbs.update(v.EXTRA_VERBS)
    return Lexicon(frozenset(verbs), dict(zip(pairs, pairs)), frozenset(sections["nominal"]),
                   frozenset(sections["describers"]))


# --- stated confidence --------------------------------------------------------------

_AMOUNT = r"(?:(?P<n>\d{1,3}(?:\.\d)?)\s*(?:/\s*10|out\s+of\s+10)|(?P<p>\d{1,3})\s*%)"
_CONF = r"(?:confiden(?:ce|t)(?:\s+level)?|self-efficacy)"
# Compiled on first use (few goals state a confidence; `goals check` starts on every run).
CONFIDENCE_PATTERNS = (
    LazyPattern(rf"(?i)\(?\s*{_CONF}\s*(?:level\s*)?(?:of|is|at|:|=|-)?\s*"
                rf"(?:{_AMOUNT}|(?P<b>\d{{1,2}}(?:\.\d)?)(?![\d%/.]|\s*(?:out|x|times|h|hours?|min)))\s*\)?"),
    LazyPattern(rf"(?i)\(?\s*{_AMOUNT}\s*(?:{_CONF}|sure)(?:\s+level)?\s*\)?"),
)
# A rating or percentage standing alone at the end, "(7/10)" or ", 60%.", is how
# coaching notes record confidence.
TRAILING_RATING = LazyPattern(
    r"(?:\(\s*(?:\d{1,2}\s*/\s*10|\d{1,3}\s*%)\s*\)|,\s*(?:\d{1,2}\s*/\s*10|\d{1,3}\s*%))\s*\.?\s*$")


class StatedConfidence:
    __slots__ = ("value", "phrase", "rest")

    def __init__(self, value: int, phrase: str, rest: str):
        self.value = value      # 0-10
        self.phrase = phrase
        self.rest = rest        # the goal without the phrase


def _as_rating(number: str | None, percent: str | None) -> int | None:
    if number is None and percent is None:
        return None
    if number is not None:
        value = float(number)
        return round(value) if 0 <= value <= 10 else None
    value = int(percent)
    return round(value / 10) if 0 <= value <= 100 else None


_RATING_DIGITS = re.compile(r"(\d{1,3})\s*(/|%)")  # the number of a trailing rating, and which kind


@lru_cache(maxsize=32)
def stated_confidence(text: str) -> StatedConfidence | None:
    """The confidence a goal records in its own words, on a 0-10 scale."""
    if "confiden" not in text and "%" not in text and "10" not in text and "sure" not in text \
            and "Confiden" not in text and "efficacy" not in text:
        return None  # nothing that could state one: skip the searches
    # Both patterns need "confiden", "self-efficacy" or "sure"; in ASCII text,
    # matching ignoring case is matching the lower-cased text.
    lowered = text.lower() if text.isascii() else None
    if lowered is not None and "confiden" not in lowered and "efficacy" not in lowered and "sure" not in lowered:
        match = None  # "(7/10)", "60%": only a trailing rating can state it
    else:
        # The first pattern needs "confiden" or "self-efficacy", the second "10" or "%" (its amount): "sure"
        # alone ("measure", "ensure") is neither's, and the search that can't match is skipped.
        named = lowered is None or "confiden" in lowered or "efficacy" in lowered
        rated = "10" in text or "%" in text
        if v.plain_ascii(text):
            # matching ASCII text ignoring case is matching its lower-cased letters as they are (every
            # letter of the patterns is lower case, their classes have none): no case folding at each
            # place of the text. The same places: the phrase is cut from the text as written.
            match = next((m for m in (p.search(lowered) for p, needed in zip(_confidence_lower(), (named, rated))
                                      if needed) if m), None)
            said = text[match.start():match.end()] if match is not None else None
        else:
            match = next((m for m in (p.search(text) for p, needed in zip(CONFIDENCE_PATTERNS, (named, rated))
                                      if needed) if m), None)
            said = match.group(0) if match is not None else None
    if match is not None:
        groups = match.groupdict()
        value = _as_rating(groups.get("n") or groups.get("b"), groups.get("p"))
    else:
        # a trailing rating ends the text, but for space and a full stop, with ")", "10" or "%": most texts
        # with a "10" or a "%" somewhere don't end so, and are not searched from every place
        tail = text.rstrip()
        if not (tail[:-1].rstrip() if tail.endswith(".") else tail).endswith((")", "10", "%")):
            return None
        match = (v.for_ascii(TRAILING_RATING) if v.plain_ascii(text) else TRAILING_RATING).search(text)
        if match is None:
            return None
        said = match.group(0)
        digits = _RATING_DIGITS.search(said)
        value = _as_rating(digits.group(1), None) if digits.group(2) == "/" else _as_rating(None, digits.group(1))
    if value is None:
        return None
    rest = (text[:match.start()] + " " + text[match.end():]).strip(" ,;")
    return StatedConfidence(value, said.strip(" ,()."), rest)


_CONFIDENCE_LOWER: tuple[re.Pattern, ...] | None = None


def _confidence_lower() -> tuple[re.Pattern, ...]:
    """CONFIDENCE_PATTERNS for lower-cased text that ``v.plain_ascii``
    accepts: ASCII, and matching case as it is (compiled on first use)."""
    global _CONFIDENCE_LOWER
    if _CONFIDENCE_LOWER is None:
        assert all(p.pattern.startswith("(?i)") and not re.search(r"[A-Z]", p.pattern.replace(r"\s", "").replace(
            r"\d", "").replace("?P<", "")) for p in CONFIDENCE_PATTERNS)
        _CONFIDENCE_LOWER = tuple(re.compile(p.pattern[len("(?i)"):], re.ASCII) for p in CONFIDENCE_PATTERNS)
    return _CONFIDENCE_LOWER


# --- actions and what they act on ---------------------------------------------------

WORD = re.compile(r"[a-z0-9][a-z0-9'+-]*|[,;:()\[\]]|\.(?=\s|$)")
BREAKS = {",", ";", ":", ".", "then", "while", "but", "plus"}
ASIDES = {"(", ")", "[", "]"}  # a parenthesis adds detail to the clause it sits in
MEANS = {"by", "through", "via"}          # "improve X by completing Y": Y is the action
TARGET_WORDS = {"to", "by", "below", "under", "above", "from", "least", "than"}
NUMBER = re.compile(r"\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|"
                    r"forty|fifty|hundred|twice|once|half)(?:-|$)")


# Words a date's numbers and time words follow ("by June 30", "within 3 months", "in
# 2027", "end of the month"), and month names: a number or time word after one may be a
# deadline's, not a measure of the action (Specific then reads the goal without its deadline).
DATE_LEADS = frozenset("by before until till til in within on due over for through thru during next of end the "
                       "this than from after starting around".split())
DATE_NAMES = frozenset(MONTHS) | frozenset("today tomorrow q1 q2 q3 q4".split())  # (the months as the grammar spells them)


class Clause:
    __slots__ = ("head", "lemma", "kind", "concrete", "generic", "quantified", "listed", "means", "targeted",
                 "measured")

    def __init__(self, head: str, lemma: str, kind: str, means: bool = False):
        self.head = head                    # the verb as written
        self.lemma = lemma
        self.kind = kind                    # "action", "generic", "vague" or "state"
        self.concrete: list[str] = []       # words after the head that name something concrete
        self.generic: list[str] = []        # words after it that name only a kind of thing
        self.quantified = False             # a number, duration or rhythm follows it
        self.listed = False                 # "such as ...", "e.g. ...": examples make it concrete
        self.means = means                  # introduced by "by"/"through": how a vague aim is done
        self.targeted = False               # "to 20 clients", "by 25%", "below 10": a number to reach
        self.measured = False               # a number or time word that can't be a date's ("walk 30 minutes")

    @property
    def is_concrete(self) -> bool:
        if self.kind == "action":
            return bool(self.concrete) or (self.quantified and not self.generic)
        if self.kind == "generic":
            return bool(self.concrete)
        if self.kind == "vague":
            return (self.listed or self.targeted) and bool(self.concrete)
        return False


@lru_cache(maxsize=4096)
def _lemma(word: str) -> str | None:
    return lexicon().lemma(word)


def _kind(lemma: str, nxt: str, lex: Lexicon) -> str:
    if (lemma, nxt) in v.GENERIC_PHRASAL:
        return "generic"
    if (lemma, nxt) in v.VAGUE_PHRASAL:
        return "vague"
    if lemma in v.STATE_VERBS:
        return "state"
    if (lemma in v.STATE_BEFORE_DESCRIBER and nxt in lex.describers and nxt not in v.PARTICLES
            and nxt not in v.OBJECT_STOPWORDS):
        return "vague"
    if lemma in v.VAGUE_VERBS:
        return "vague"
    if lemma in v.GENERIC_VERBS:
        return "generic"
    return "action"


# ASIDES, then BREAKS and "and"/"or", then MEANS: what clauses() tests first for every word
_MARKS = {**{word: "means" for word in MEANS}, **{word: "break" for word in (*BREAKS, "and", "or")},
          **{word: "aside" for word in ASIDES}}
LISTING = frozenset(("such", "e.g", "eg", "like", "including", "especially", "i.e", "ie"))


# word -> its mark and roles, filled as words are met (bounded like a lemmatiser's cache)
_WORD_FACTS: dict[str, tuple[str | None, str, str, str]] = {}


def _word_facts(word: str) -> tuple[str | None, str, str, str]:
    """What a word is to the clause reader, as far as the word alone decides
    (once per word, like _lemma): its mark (a break, an aside, a means word
    or None), its role inside a clause, its role if it doesn't list ("such"
    without "as"), and its role if it isn't a meal (after "eat")."""
    below_meal = ("generic" if word in v.GENERIC_NOUNS else
                  "concrete" if _is_concrete_word(word, lexicon()) else "none")
    below_listing = ("number" if NUMBER.search(word) else "time" if word in v.TIME_WORDS else
                     "meal" if word in v.MEAL_NOUNS else below_meal)
    facts = (_MARKS.get(word), ("listing" if word in LISTING else below_listing), below_listing, below_meal)
    if len(_WORD_FACTS) > 50_000:
        _WORD_FACTS.clear()
    _WORD_FACTS[word] = facts
    return facts


def _is_concrete_word(word: str, lex: Lexicon) -> bool:
    if word in v.OBJECT_STOPWORDS or word in v.GENERIC_NOUNS or word in v.TIME_WORDS:
        return False
    if NUMBER.search(word) or len(word) < 2:
        return False
    if word in lex.describers or word.endswith("ly"):
        return False
    lemma = _lemma(word)
    if lemma is not None and not lex.is_noun_too(word, lemma) and word not in v.KEEP_AS_NOUN:
        return False  # another verb form ("shown", "using"), not a thing
    return True


def _somewhere(after: list[str]) -> bool:
    """'in bed', 'at the gym', 'home', 'asleep': a place or state you can see someone in."""
    if after and after[0] in v.BE_STATES_SEEN:
        return True
    if len(after) >= 2 and after[0] in ("in", "at"):
        place = after[2] if after[1] in ("the", "my", "a") and len(after) > 2 else after[1]
        return place in v.PLACES
    return False


# whitespace-separated piece of lower-cased text -> WORD's words in it (bounded like a lemmatiser's cache)
_PIECE_WORDS: dict[str, list[str]] = {}


@lru_cache(maxsize=32)
def words_of(text: str) -> list[str]:
    """The words of the lower-cased text as WORD reads them (with the
    punctuation that ends a clause), once per text: the clause reader reads
    them, and the scorer derives its term words, content words and pattern
    gates from them instead of tokenising the text again.

    Read piece by piece (the text split at whitespace), each piece's words
    kept like a lemma: WORD's words hold no whitespace, and its "." is one
    followed by whitespace or the end, which is the end of a piece (str.split
    and \\s split at the same characters), so the words are WORD.findall's
    over the whole text; the same pieces recur across goals."""
    found: list[str] = []
    known = _PIECE_WORDS
    for piece in text.lower().split():
        words = known.get(piece)
        if words is None:
            if len(known) > 50_000:
                known.clear()
            words = known[piece] = WORD.findall(piece)
        found += words
    return found


@lru_cache(maxsize=32)
def clauses(text: str) -> tuple[Clause, ...]:
    """The action clauses of a goal, in order."""
    lex = lexicon()
    # "client's" -> "client", "well-" -> "well" (inline: a call per word costs more than the work)
    tokens = words_of(text)
    if "'" in text or "-" in text:  # (no character lower-cases to either)
        tokens = [t[:-2] if t.endswith("'s") else t.rstrip("'-") for t in tokens]
    found: list[Clause] = []
    current: Clause | None = None
    at_start, start_of_text, means = True, True, False
    skipped = 0
    dated = -3  # where the last number or time word that may be a date's stood
    i, n = 0, len(tokens)
    known = _WORD_FACTS
    while i < n:
        word = tokens[i]
        # what the word alone decides, in one lookup: its mark, then its roles
        mark, role, below_listing, below_meal = known.get(word) or _word_facts(word)
        if role == "none" and mark is None and not at_start:
            i += 1  # a word that changes nothing inside a clause ("the", "with"): most words
            continue
        if mark is not None:
            if mark == "aside":
                i += 1
                continue
            if mark == "break":
                at_start, means = True, False
                skipped = 0
                i += 1
                continue
            if i + 1 < n and tokens[i + 1].endswith("ing") and _lemma(tokens[i + 1]):  # a means word
                at_start, means = True, True
                i += 1
                continue
        if at_start:
            nxt = tokens[i + 1] if i + 1 < n else ""
            if word in v.LEADING_FILLERS:
                i += 1
                continue
            if word in v.WHEN_LEADS and nxt in v.WHEN_NOUNS and not found:
                i += 2  # "After work, walk 20 minutes": when, then the action
                continue
            if word in v.TO_FILLERS and nxt == "to":
                i += 2
                continue
            if word in v.NEGATIONS or (word == "do" and nxt == "not"):
                # "don't check Slack", "do not answer calls": the action is still the verb
                i += 2 if word == "do" else 1
                continue
            if word in v.ASPECT_FILLERS and nxt.endswith("ing") and _lemma(nxt):
                i += 1
                continue
            if word == "no" and nxt and nxt not in v.OBJECT_STOPWORDS | {"one", "longer"}:
                # "no work email after 7pm", "no screens in bed": a rule about what is left
                # undone; what it names is the thing, however general ("work" email)
                at_start, start_of_text = False, False
                current = Clause(word, word, "action", means)
                found.append(current)
                i += 1
                continue
            if word == "including" and current is not None:
                # ", including 3 hours of ethics": what the clause before holds, listed, not
                # another action (trial: an Ohio LISW's "(finish, including, ce, lisw)")
                at_start, current.listed = False, True
                i += 1
                continue
            if start_of_text and word in lex.describers and skipped < 2:
                skipped += 1
                i += 1
                continue
            at_start = False
            lemma = _lemma(word)
            later_form_ok = not found or (
                (word == lemma or word.endswith(("ing", "ed"))) and word not in v.NOUNS_NOT_HEADS
                and not (word == "balance" and nxt in v.BALANCE_AFTER))
            if lemma is not None and word not in v.NEVER_HEADS and later_form_ok:
                start_of_text = False
                kind = _kind(lemma, nxt, lex)
                if kind == "state" and lemma == "be" and _somewhere(tokens[i + 1:i + 4]):
                    kind = "action"  # "be in bed by 11 pm": being somewhere can be seen
                current = Clause(word, lemma, kind, means)
                found.append(current)
                i += 1
                continue
            start_of_text = False
        if current is not None:
            if role == "listing":
                if word != "such" or (i + 1 < n and tokens[i + 1] == "as"):
                    current.listed = True
                    i += 1
                    continue
                role = below_listing
            if role == "meal":
                if current.lemma not in v.CONSUME_VERBS:
                    current.concrete.append(word)  # cooking or packing a lunch is concrete; eating "a meal" is not
                    i += 1
                    continue
                role = below_meal
            if role == "generic" and current.lemma == "no":
                role = "concrete"
            # "concrete" first: after "none" (skipped above) the commonest role
            if role == "concrete":
                current.concrete.append(word)
                if current.kind == "state" and current.lemma == "have" and word in v.HAD_EVENTS:
                    current.kind = "action"
            elif role == "number" or role == "time":
                current.quantified = True
                if role == "number" and i > 0 and tokens[i - 1] in TARGET_WORDS:
                    current.targeted = True
                if not current.measured:
                    if tokens[i - 1] in DATE_LEADS or word in DATE_NAMES or dated == i - 1 or (
                            dated == i - 2 and tokens[i - 1] == ","):  # ("June 30, 2027")
                        dated = i
                    else:
                        current.measured = True
            elif role == "meal" and current.lemma not in v.CONSUME_VERBS:
                current.concrete.append(word)  # cooking or packing a lunch is concrete; eating "a meal" is not
            else:
                if role == "meal":
                    role = below_meal
                if role == "generic" and (current.lemma == "no" or (
                        word in v.WHEN_NOUNS and tokens[i - 1] in v.WHEN_LEADS)):
                    role = "concrete"  # "no work email"; "before work" says when
                if role == "generic":
                    if current.kind == "state" and current.lemma == "have" and word in v.HAD_EVENTS:
                        current.kind = "action"  # "have a family dinner"
                    if word in v.ACTIVITY_NOUNS and tokens[i - 1] == current.head and (
                            current.head.endswith("ing") or current.head in lex.nominal):
                        current.concrete.append(current.head)  # "stretching exercises": the kind is named
                    else:
                        current.generic.append(word)
                elif role == "concrete":
                    current.concrete.append(word)
                    if current.kind == "state" and current.lemma == "have" and word in v.HAD_EVENTS:
                        current.kind = "action"
        i += 1
    return tuple(found)


# --- words of the field typed slightly wrong ----------------------------------------

# Words of clinicians' goals that a slip of the keys makes unreadable to the card ("lisence" is no
# license to it), with the spellings of them that are right too (British, inflected), never flagged.
FIELD_WORDS = frozenset("""
license licensure supervision supervisor supervisee certification certificate certified consultation
continuing education clinical clinician therapy therapist therapeutic counseling counselor psychotherapy
psychology psychologist practicum internship credential renewal ethics trauma anxiety depression
assessment diagnosis caseload telehealth private practice training workshop seminar conference
exercise schedule budget retirement emergency savings insurance credit mortgage appointment
meditation mindfulness boundaries family children weekend weekday evening morning certification
couples referrals
""".split())
_RIGHT_TOO = frozenset("""
licence licences licensed licenses licensing licenced practise practised counselling counsellor counsellors
supervised supervising supervisors practices practiced trainings workshops seminars conferences therapies
therapists counselors clinicians credentials certificates certifications boundary schedules budgets
medication medications meditate meditating exercising credits insured couple coupled referral referred
referring
""".split())
_WORD = re.compile(r"[A-Za-z]{5,}")


def _one_slip(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with one letter wrong, missing, extra,
    or two letters swapped (next to each other, or the same letters
    elsewhere: "lisence" for "license")."""
    if typed[0] != word[0] or abs(len(typed) - len(word)) > 1:
        return False
    if len(typed) == len(word):
        differ = [i for i in range(len(word)) if typed[i] != word[i]]
        return len(differ) == 1 or (len(differ) == 2 and typed[differ[0]] == word[differ[1]]
                                    and typed[differ[1]] == word[differ[0]])
    short, long = (typed, word) if len(typed) < len(word) else (word, typed)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def misspelled(text: str) -> list[tuple[str, str]]:
    """The words of the field ``text`` types with a slip of the keys, as
    (typed, meant): "Renew my lisence" gives [("lisence", "license")]. A
    word the lexicon knows (a verb, a describer) or a right spelling
    ("licence", "counselling") is never one; a word near two field words
    is read as the one it is missing a letter of, else left alone (no guess)."""
    found: dict[str, str] = {}
    for match in _WORD.finditer(text or ""):
        typed = match.group(0)
        lowered = typed.lower()
        if lowered in FIELD_WORDS or lowered in _RIGHT_TOO or lowered in found:
            continue
        meant = [word for word in FIELD_WORDS if _one_slip(lowered, word)]
        if len(meant) > 1:
            # near two: a letter left out is the likelier slip ("supervison": 'supervision', not
            # 'supervisor'; trial 23 #12)
            meant = [word for word in meant if len(word) == len(lowered) + 1] or meant
        if len(meant) != 1 or lowered.rstrip("s") in FIELD_WORDS or lexicon().lemma(lowered) is not None:
            continue
        if lowered in lexicon().describers:
            continue
        found[lowered] = meant[0]
    return list(found.items())
