"""One SMART sentence from a first sentence and the drafting answers.

Pure: the parts in, the sentence out ("Complete the EMDR basic training for
adults with PTSD (50 training hours) by June 30, 2027, so that I can treat
veterans with PTSD"). The concrete detail, when given, replaces a headline
that is only an aim ("get better at trauma work") and otherwise goes in
brackets beside the person's words, which are never lost ("Start a small
private practice (self-pay telehealth for adults with anxiety) on
Saturdays, ..."); a deadline phrase already in the words gives way to the
exact date.
Small slips are put right in what it composes, never in the words' meaning:
the person's "i" is "I", one of something is singular ("1 consultation call");
what it adds never makes a second pair of brackets beside the person's own
("(PMH-C): pass the PMH-C exam"), and a part of the day the rhythm answered
counts is said once ("before work 3 mornings a week", not "in the morning").
"""

from __future__ import annotations

import datetime as dt
import re

from clingoals.dates import RATE, TRIGGERS, find_deadline, phrase_in, spelled_rhythm, without_deadline
from clingoals.numbers import CURRENCY_SIGNS, amount, counts_dollars, money_sign, number
from clingoals.smart.vocabulary import CLOCK_TIME, FREQUENCY_COUNT, HEDGES_FOR_TIME, ON_DAYS, RATIONALE, SEASON_DEADLINE

_EVERY = re.compile(RATE + "|" + ON_DAYS.pattern)  # "a day", "each weekday", "on weekends": a habit
# How often, and nothing else: "5 days a week", "every night", "on weekdays", "twice a week".
_RHYTHM = re.compile(FREQUENCY_COUNT.pattern + "|" + _EVERY.pattern + r"|\b(?:\d+|one|two|three|four|five|six|seven)"
                     r"\s+(?:days?|nights?|mornings?|evenings?|times?)\b|\b(?:week(?:day|night|end)|workday)s\b")
_RHYTHM_FILLER = frozenset("on and or at least about most a per".split())
# Words that only hint at how often ("most nights", "regularly", "more often", "several times a
# week", "every day-ish", a closing "more": "exercise more"): a measure that says how often says
# it precisely and takes their place (trial 14 C5: "... most nights five nights a week").
_HINTED_RHYTHM = re.compile(
    r"\b(?:(?:on\s+)?most\s+(?:of\s+the\s+)?(?:days|n(?:ight|igth)s|mornings|evenings|afternoons|weekdays|weeknights|"
    r"weekends|weeks|time)|(?:on\s+)?some\s+(?:days|nights|mornings|evenings)|"
    r"(?:a\s+few|several|a\s+couple(?:\s+of)?|many|more)\s+times\s+(?:a|per|each)\s+(?:day|week|month)|"
    r"(?:(?:more|as)\s+)?(?:often|regularly|frequently|consistently|routinely)|on\s+a\s+(?:more\s+)?regular\s+basis|"
    r"every\s+so\s+often|(?:every\s+)?now\s+and\s+then|sometimes|as\s+often\s+as\s+(?:i\s+can|possible)|"
    r"whenever\s+i\s+can|(?:every\s*day|daily|nightly|every\s+night)-?ish)\b|\s+more$", re.IGNORECASE)
# Words that only hint at how long ("for a while", "a bit", "a few minutes", "longer"): a measure
# that names minutes or hours says it.
_HINTED_LENGTH = re.compile(r"\b(?:for\s+)?(?:a\s+(?:little\s+)?while|a\s+(?:little\s+)?bit|a\s+few\s+minutes|"
                            r"(?:a\s+(?:little\s+)?|a\s+bit\s+)?longer|some\s+time)\b", re.IGNORECASE)
_LENGTH = re.compile(r"\b\d+(?:[.,]\d+)?\s*-?\s*(?:minutes?|mins?|hours?|hrs?)\b", re.IGNORECASE)
_DAY_PARTS = frozenset("morning mornings evening evenings night nights afternoon afternoons".split())
# A rate that says "each time" only ("10 minutes a night"): left out where the sentence says how often.
_BARE_RATE = re.compile(r"\s+(?:a|per|each)\s+(?:day|night|morning|evening)$", re.IGNORECASE)
# An amount done each time ("30 minutes", "for 20 mins", "10,000 steps"), before a rhythm.
_EACH_AMOUNT = re.compile(r"(?:for\s+)?(?:about\s+|at\s+least\s+)?\d[\d,]*(?:\.\d+)?\s*-?\s*"
                          r"(?:minutes?|mins?|hours?|hrs?|servings?|portions?|glass(?:es)?|cups?|steps|laps|pages)\b",
                          re.IGNORECASE)
_RATIONALE_START = ("so that", "so i ", "to ", "because", "in order", "for ", "which ", "as ")


def _without_deadline(text: str, today: dt.date) -> tuple[str, str | None]:
    """``text`` without its deadline phrase, and that phrase as typed (with
    the word that introduces it: "by end of year"), or None."""
    cut = without_deadline(text, today, trigger=True)
    if cut is None:
        return text, None
    rest, phrase = cut
    rest = re.sub(r",(\s*),", r",\1", rest, count=1)  # "Walk, by June 30, with my dog": one comma left
    phrase = " ".join(phrase.split())
    if phrase.split(" ", 1)[0].lower() in TRIGGERS:  # "By Q3, ...": it goes mid-sentence
        phrase = phrase[:1].lower() + phrase[1:]
    return rest, phrase


# A time the words give that is no date ("in the spring", "someday", "soon"; "one day", not "one day a week"):
# the deadline answered takes its place, so the composed sentence says when once (trial 15 C2).
_VAGUE_TIME = re.compile(r",?\s*(?:" + SEASON_DEADLINE.pattern + r"|\bas soon as possible\b|\b(?:"
                         + "|".join(h.replace(" ", r"\s+") for h in HEDGES_FOR_TIME)
                         + r")\b(?!\s+(?:a|an|per|each|every|of|at)\b))", re.IGNORECASE)


def _tidy(text: str) -> str:
    text = " ".join((text or "").split()).strip(" ,;:.")
    return text[:1].upper() + text[1:]


def _own_reason(core: str) -> tuple[str, str | None]:
    """``core`` without the reason clause it ends with, as the scorer reads
    a why ("Get to bed by 11pm on weeknights" and "so I wake up rested";
    "walk 30 minutes a day" and "to manage stress"), so the measure and the
    deadline go before it; (``core``, None) when it gives none."""
    from clingoals.smart.scorer import before_why

    said = before_why(core)
    if not said or not core.startswith(said):
        return core, None
    reason = core[len(said):].strip(" ,;:-.")
    return (said, reason) if reason else (core, None)


def _aim_as_reason(aim: str) -> str | None:
    """An aim-only first sentence of a state to be in, which an answer took
    the place of, said as what that answer is for ("be home for the kids
    bedtime more often": "so I'm home for the kids bedtime more often"), so
    its purpose and the aspiration it serves stay with the goal (trial 3
    #7); None for any other aim ("get better at trauma work", "exercise
    more": the answer says it, trial 18 F1)."""
    aim = " ".join(aim.split()).strip(" ,;:.")
    aim = re.sub(r"^(?:i\s+(?:will|want\s+to|would\s+like\s+to|need\s+to)\s+)", "", aim, flags=re.IGNORECASE)
    found = re.match(r"be\s+(?!(?:more|less|better)\b)(\S.*)", aim, re.IGNORECASE)
    return f"so I'm {found.group(1)}" if found else None


def _reason(why: str) -> str:
    why = " ".join(why.split()).strip(" ,;:.")
    lowered = why.lower()
    if lowered.startswith(_RATIONALE_START):
        return why[:1].lower() + why[1:]
    if lowered.startswith("so "):  # "so my clients get ...": the person's own "so that"
        return "so that " + why[3:].lstrip()
    if lowered.startswith(("i want", "i need", "i'd like", "i would like", "i love", "i care", "i am ",
                           "i'm ", "i feel", "my ")):
        return "because " + why
    if lowered.startswith(("i ", "i'll ")):
        return "so that " + why
    return "so that I can " + why[:1].lower() + why[1:]


def _already_said(part: str, lowered: str) -> bool:
    words = [w for w in re.findall(r"[a-z0-9]+", part.lower()) if len(w) > 2 or w.isdigit()]  # "40 nights": the 40 too
    said = set(re.findall(r"[a-z0-9]+", lowered))
    return not words or sum(w in said for w in words) * 2 > len(words)


def says_how_often(text: str) -> bool:
    """Whether ``text`` says how often ("5 days a week", "every night", "on weekdays")."""
    return _RHYTHM.search(spelled_rhythm(text or "").lower()) is not None


def says_only_how_often(text: str) -> bool:
    """Whether ``text`` says how often and nothing more ("5 days a week",
    "every night", "on weekdays, at least"): what guided add asks "how
    often?" for, folded into the sentence as words, not in parentheses."""
    lowered = (text or "").lower()
    if not _RHYTHM.search(lowered):
        return False
    left = re.findall(r"[a-z0-9]+", _RHYTHM.sub(" ", lowered))
    return all(word in _RHYTHM_FILLER for word in left)


def _with_how_often(core: str, metric: str) -> str | None:
    """``core`` with the words of the measure that say how often, when the
    rest of the measure is already in it: "walk 30 minutes after lunch" with
    "30 minutes 5 days a week" is "... after lunch 5 days a week", and with
    "30 minutes a day" it is "walk 30 minutes a day after lunch" (a rate goes
    with its amount); None when the measure says more than how often."""
    found = _how_often_part(metric, core.lower())
    if found is None:
        return None
    head, often = found
    at = re.search(r"(?<![\w-])" + re.escape(head) + r"(?![\w-])", core, re.IGNORECASE) if head else None
    if at is not None and re.match(r"(?:a|an|per|each)\s", often, re.IGNORECASE):
        return f"{core[:at.end()]} {often}{core[at.end():]}"
    return f"{core} {often}"


def _how_often_part(metric: str, lowered: str) -> tuple[str, str] | None:
    """(the words of the measure the sentence already says, the words that
    say how often), when that is all the measure says ("30 minutes 5 days a
    week" after "walk 30 minutes after lunch": ("30 minutes", "5 days a
    week"); "every day after lunch": ("", "every day")); else None."""
    said = set(re.findall(r"[a-z0-9]+", lowered))
    words = metric.split()
    for cut in range(len(words), -1, -1):
        head = " ".join(words[:cut]).lower().strip(" ,;:")
        if cut and not re.search(r"(?<![\w-])" + re.escape(head) + r"(?![\w-])", lowered):
            continue
        rest = " ".join(words[cut:]).strip(" ,;:.")
        spans = list(_RHYTHM.finditer(rest.lower()))
        if not spans or not (FREQUENCY_COUNT.search(rest.lower()) or _EVERY.search(rest.lower())):
            return None  # (no rate: "40 nights" says how many in all, not how often)
        left = re.findall(r"[a-z0-9]+", _RHYTHM.sub(" ", rest.lower()))
        if not all(word in _RHYTHM_FILLER or word in said for word in left):
            return None
        # words the sentence already says ("after lunch") are not said twice
        lead = re.findall(r"[a-z0-9]+", rest[:spans[0].start()].lower())
        start = 0 if all(word in _RHYTHM_FILLER for word in lead) else spans[0].start()
        return head, rest[start:spans[-1].end()].strip(" ,;:.")
    return None


def _hints_given_way(core: str, metric: str) -> tuple[str, bool]:
    """``core`` without the words that only hinted at what the measure says
    precisely: how often ("most nights", "regularly") when it says how often,
    how long ("for a while") when it names minutes or hours, and another
    rhythm ("every day") when it says a different one ("5 days a week"). When
    the measure says only that (how often, with how much each time), it
    takes the place of the first of them ("Have dinner with the kids five
    nights a week"): True; else they are cut and it goes where it would."""
    from clingoals.smart.scorer import times_a_week

    lowered = metric.lower()
    spans = []
    rate = FREQUENCY_COUNT.search(lowered) or _EVERY.search(lowered)  # how often ("40 nights" is a total)
    if rate:
        spans += [m.span() for m in _HINTED_RHYTHM.finditer(core)]
        said, other = times_a_week(metric), times_a_week(core)
        if said and other and said[0] != other[0]:  # "walk every day" answered "5 days a week": the answer's
            at = core.lower().find(other[1])
            if at >= 0:
                spans.append((at, at + len(other[1])))
    if _LENGTH.search(lowered):
        spans += [m.span() for m in _HINTED_LENGTH.finditer(core)]
    if not spans:
        return core, False
    kept, at = [], 0
    for start, end in sorted(spans):
        kept.append(core[at:max(start, at)])
        at = max(at, end)
    kept.append(core[at:])
    before, after = (" ".join(part.split()) for part in (kept[0], "".join(kept[1:])))
    left = set(re.findall(r"[a-z0-9]+", _RHYTHM.sub(" ", _EACH_AMOUNT.sub(" ", lowered))))
    if not rate or not left <= _RHYTHM_FILLER | _DAY_PARTS:
        return _tidy(f"{before} {after}"), False
    measure = metric.strip(" ,;:.")
    if _RHYTHM.search(f"{before} {after}".lower()):  # "stretch a bit every night": "10 minutes", not "... a night"
        measure = _BARE_RATE.sub("", measure)
    return _tidy(" ".join(part for part in (before, measure, after) if part)), True


def _says_amount(lowered: str, measure: str, target: float, unit: str) -> bool:
    """Whether the sentence already says the target: "65 walks", or a sum
    with its sign ("save $3,000 ..." for 3000 dollars)."""
    if measure.lower() in lowered:
        return True
    sign = CURRENCY_SIGNS.get(unit.strip().lower())  # "$3,000" says 3000 dollars
    return bool(sign) and f"{sign}{number(target)}" in re.sub(r"(?<=\d),(?=\d{3})", "", lowered)


def _a_rhythm_beside(metric: str, lowered: str) -> bool:
    """Whether the measure says how often ("at dinner 5 nights a week", "no
    work email after 8pm on 6 nights out of 7", not "90 nights" nor "$200 a
    month") and the sentence ``lowered`` doesn't say it already: it goes
    beside the goal's words, and the goal runs through its date."""
    said = metric.lower()
    if re.search(r"[$€£¥]", said) or not (FREQUENCY_COUNT.search(said) or _EVERY.search(said)):
        return False
    return not _already_said(metric, lowered)


def _names_number(words: str, target: float) -> bool:
    """Whether ``words`` write the target's number ("the 15-hour course" for 15)."""
    return re.search(r"(?<![\w.,])" + re.escape(number(target)) + r"(?![\d]|[.,]\d)", words) is not None


def _bracketed(head: str, inner: str) -> str:
    """``head`` with ``inner`` in brackets after it; when ``head`` ends
    with brackets of its own ("... perinatal mental health (PMH-C)"), not a
    second pair beside them (trial 23 #13: "(PMH-C) (pass the PMH-C exam)"):
    a result to reach that opens with its action follows a colon ("(PMH-C):
    pass the PMH-C exam"), anything else goes inside them ("(part 1;
    $1,500)")."""
    from clingoals.smart.scorer import opens_with_action

    head = head.rstrip()
    if not head.endswith(")"):
        return f"{head} ({inner})"
    if opens_with_action(inner):
        return f"{head}: {inner}"
    return f"{head[:-1]}; {inner})"


# A part of the day the words say once ("walk ... in the morning before work") where the rhythm
# answered counts those parts ("3 mornings a week"): said once, by the rhythm (trial 23 #13).
_DAY_PART_SAID = re.compile(r",?\s+(?:in|during)\s+the\s+(morning|evening|afternoon)\b|,?\s+at\s+(night)\b",
                            re.IGNORECASE)


def _day_part_once(core: str) -> str:
    """``core`` without "in the morning" when its rhythm counts mornings."""
    for found in _DAY_PART_SAID.finditer(core):
        part = (found.group(1) or found.group(2)).lower()
        if re.search(r"\b\d+\s+" + part + r"s\b|\b" + part + r"s\s+a\s+week\b", core, re.IGNORECASE):
            return core[:found.start()] + core[found.end():]
    return core


def format_deadline(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


# An answer that says where or in what state to be, with no verb ("in bed by 11pm on
# weeknights", "home by 6 on weekdays", "off screens by 10pm"): the sentence gets "Be"
# (trial 11 P6: "In bed by 11pm on weeknights (40 nights) through ..." had no verb).
_STATE_START = re.compile(
    r"(?:in\s+bed|out\s+of\s+bed|asleep|awake|offline|on\s+time|up\s+(?:by|at|before)|"
    r"home\s+(?:by|at|before|for)|off\s+(?:screens?|my\s+phone|the\s+phone|work|devices|social\s+media|email|"
    r"the\s+computer|my\s+laptop)|at\s+(?:the\s+gym|the\s+pool|my\s+desk|work|the\s+office)\s+(?:by|before))\b",
    re.IGNORECASE)


def _with_verb(core: str) -> str:
    """``core`` with "Be" before a state or place it opens with."""
    return "Be " + core[:1].lower() + core[1:] if _STATE_START.match(core) else core


def _until(lowered: str) -> str:
    """The word before a goal's date: a habit keeps going until the date
    ("through"); a task is done by it ("by")."""
    return "through" if (FREQUENCY_COUNT.search(lowered) or _EVERY.search(lowered)
                         or CLOCK_TIME.search(lowered)) else "by"


# Words that say the date is the end (kept as typed when the date changes);
# any other ("in Q3", "within 6 months") gives way to the habit's or task's word.
_ENDING_WORDS = ("by", "before", "until", "till", "through", "thru", "no later than")


def with_deadline(text: str, old: dt.date, new: dt.date, *, today: dt.date,
                  written: tuple[dt.date | None, ...] = ()) -> str | None:
    """``text`` with the phrase that names the deadline ``old`` ("by April
    30, 2027", "by the end of next year") saying ``new`` instead ("by
    December 31, 2027"), or None when the text names no date or another one.
    A relative phrase is read from ``today`` and from each day in
    ``written`` (the goal's start: "within 6 months" said then)."""
    for day in (today, *(d for d in written if d is not None)):
        found = find_deadline(text, day)
        if found is not None and found.date == old:
            break
    else:
        return None
    match = phrase_in(text, found.phrase)
    if match is None:
        return None
    said = match.group(0)
    ending = next((w for w in _ENDING_WORDS if re.match(re.escape(w) + r"\b", said, re.IGNORECASE)), None)
    word = said[:len(ending)] if ending else _until(text.lower())
    if not ending and match.start() == 0:
        word = word.capitalize()
    return f"{text[:match.start()]}{word} {format_deadline(new)}{text[match.end():]}"


# The person's own "i" ("so i can renew", "i'll"): written "I" in the sentence composed for them.
_LOWER_I = re.compile(r"(?<![\w'’-])i(?=(?:['’](?:m|ll|ve|d)\b)|(?![\w'’.-]))")
# "1 consultation calls": one of something (digits only, not "1,000", "$1" or "1.5"), its noun
# within the three words after it, before any word that ends the phrase ("1 of my sessions").
_ONE_OF = re.compile(r"(?<![\w$€£¥.,/-])1((?:\s+[A-Za-z][A-Za-z-]*){1,3})")
_NOT_PLURAL = ("ss", "us", "is", "ous")
_PHRASE_ENDS = frozenset("of in to the my our a an for per at on and or with by from each every more less than".split())


def _singular(noun: str) -> str:
    """``noun`` (a plural) in the singular: "calls" -> "call", "classes" ->
    "class", "therapies" -> "therapy"."""
    lowered = noun.lower()
    if lowered.endswith("ies") and len(noun) > 4:
        return noun[:-3] + ("Y" if noun[-1].isupper() else "y")
    if lowered.endswith(("sses", "ches", "shes", "xes", "zes")):
        return noun[:-2]
    return noun[:-1]


def _one_of(match: re.Match) -> str:
    words = re.split(r"(\s+)", match.group(1))  # ['', ' ', 'consultation', ' ', 'calls']
    for at in range(2, len(words), 2):
        word = words[at].lower()
        if word in _PHRASE_ENDS:
            break
        if len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL):
            words[at] = _singular(words[at])
            return "1" + "".join(words)
    return match.group(0)


def polished(text: str) -> str:
    """The composed sentence's small slips of the keys put right, never its
    words: a lowercase "i" is "I", and one of something is singular ("1
    consultation calls" -> "1 consultation call"; "1 hours" -> "1 hour")."""
    return _ONE_OF.sub(_one_of, _LOWER_I.sub("I", text))


def _set_off(before: str, after: str) -> bool:
    """Whether the words of when, between ``before`` and ``after``, stood
    apart with a comma before them at the end of what the goal does ("Pay
    off my Discover card, $3,800 left, by next summer so I stop lying
    awake"): the deadline in their place keeps it (trial 18 F2: "... $3,800
    left by August 31, 2027" read as $3,800 still owed then)."""
    after = after.strip(" ,;:.")
    return before.rstrip().endswith(",") and (not after or RATIONALE.match(after.lower()) is not None)


def _detail_replaces(first: str, detail: str, today: dt.date) -> bool:
    """Whether the answer to "What exactly will you do?" says the goal in
    place of the first sentence: it opens with its action ("complete the
    EMDR basic training for adults with PTSD") and the first sentence is
    only an aim ("get better at trauma work", "exercise more") with no
    number, rhythm or clock time the detail would lose. Else the detail
    goes beside the person's words (:func:`_with_detail`)."""
    from clingoals.smart.scorer import before_why, only_an_aim, opens_with_action

    if not opens_with_action(detail):
        return False
    said = _without_deadline(first, today)[0]
    said = before_why(said) or said
    if re.search(r"\d", said) or says_how_often(said) or CLOCK_TIME.search(said.lower()):
        return False
    return only_an_aim(said)


# Words that end the thing a goal's action is done on ("Start a small private practice | on
# Saturdays"): where, when, how often, with whom, or why.
_OBJECT_ENDS = frozenset("on at in by for with without every each before after during until till through from to "
                         "within per and or so because while when once twice daily weekly nightly most this next "
                         "starting seeing including".split())
# Words after the action that name nothing yet ("Get better at | trauma work").
_NAMING_NOTHING = frozenset("better more less worse fewer really back up out off".split())


def _object_end(said: str) -> int:
    """Where the thing the first action is done on ends in ``said`` (the
    goal's words before its why): at the first comma after the action, or
    the first number or word of :data:`_OBJECT_ENDS` after a word that names
    something ("Start a small private practice" of "... on Saturdays, seeing
    5 clients a week"; "Be in bed" of "Be in bed by 10:30pm"; "Get better at
    trauma work"), else at the end."""
    named = False
    for match in list(re.finditer(r"\S+", said))[1:]:
        word = match.group(0).lower().strip("()\"'")
        bare = word.strip(",;:.")
        if named and (bare in _OBJECT_ENDS or any(ch.isdigit() for ch in bare)):
            return match.start()
        named = named or (bare not in _OBJECT_ENDS and bare not in _NAMING_NOTHING)
        if word.endswith((",", ";", ":")):
            return match.start() + len(match.group(0).rstrip(",;:"))
    return len(said)


def _with_detail(sentence: str, detail: str) -> str:
    """``sentence`` with ``detail`` in brackets after the thing its action is
    done on ("Start a small private practice (self-pay telehealth for
    adults with anxiety) on Saturdays, seeing 5 clients a week"), or as it
    is when it says every word of the detail already."""
    from clingoals.smart.scorer import before_why

    detail = " ".join(detail.split()).strip(" ,;:.")
    said = set(re.findall(r"[a-z0-9]+", sentence.lower()))
    if all(word in said for word in re.findall(r"[a-z0-9]+", detail.lower()) if len(word) > 2 or word.isdigit()):
        return sentence
    at = _object_end(before_why(sentence) or sentence)
    head, tail = sentence[:at].rstrip(), sentence[at:].lstrip()
    if head.endswith(")"):  # brackets of its own: the detail goes inside them, not in a second pair
        return f"{head[:-1]}; {detail}){'' if not tail or tail[0] in ',;:' else ' '}{tail}"
    return f"{head} ({detail}){'' if not tail or tail[0] in ',;:' else ' '}{tail}"


def compose_statement(first: str, *, today: dt.date, specific: str | None = None,
                      target: float | None = None, unit: str | None = None, metric: str | None = None,
                      deadline: dt.date | None = None, why: str | None = None) -> str:
    """The goal in one sentence: what (the first sentence, with the detail
    beside it or, when it is only an aim, in its place: :func:`_detail_replaces`),
    the measure, the deadline, and why (the words' own reason, then the one
    answered, when it says more). With no ``deadline`` yet (the guided
    conversation's running draft), the deadline phrase the words give ("by
    end of year", the first sentence's when the detail replaces it) stays,
    in the deadline's place, so the draft is scored with it."""
    detailed = bool(specific and specific.strip())
    replaces = detailed and _detail_replaces(first, specific, today)
    core, phrase = _without_deadline(specific if replaces else first, today)
    if detailed:
        detail, its_phrase = _without_deadline(specific, today)
        if replaces:  # the first sentence's deadline phrase and reason go with the detail
            its_phrase, first_own = _without_deadline(first, today)[1], _own_reason(_tidy(_without_deadline(
                first, today)[0]))[1]
        phrase = phrase or its_phrase
    source = specific if replaces else first
    said_at = phrase_in(source, phrase) if phrase and phrase_in(source, phrase) else None
    set_off = said_at is not None and _set_off(source[:said_at.start()], source[said_at.end():])
    whole = _with_verb(_tidy(core))
    if detailed and not replaces:  # trial 18 F1: the detail goes beside the goal's words, never in their place
        whole = _with_detail(whole, detail)
    core, own = _own_reason(whole)  # "... so I wake up rested" goes after the measure and deadline (trial 12 P2)
    if replaces and own is None and first_own:
        whole, own = f"{whole}, {first_own}", first_own
    elif replaces and own is None and not (why and why.strip()):  # the aim is what the answer is for (trial 3 #7)
        own = _aim_as_reason(_tidy(_without_deadline(first, today)[0]))
        whole = f"{whole}, {own}" if own else whole
    if deadline is not None:
        vague = _VAGUE_TIME.search(core)
        set_off = set_off or bool(vague and _set_off(core[:vague.start() + 1], core[vague.end():]))
        core = _VAGUE_TIME.sub("", core)
    core = said = _tidy(core)
    placed = False
    if metric and metric.strip():
        core, placed = _hints_given_way(core, metric.strip())  # "most nights" gives way to "5 nights a week"
    lowered = core.lower()
    often = core if placed else _with_how_often(core, metric.strip()) if metric and metric.strip() else None
    if often:  # "5 days a week", answered to "how often?": part of the sentence
        core = _day_part_once(often)  # "in the morning ... 3 mornings a week": the mornings said once
        lowered = core.lower()
    # a rhythm the measure says beside the goal's words ("at dinner 5 nights a week"): a habit kept up
    # through the date, as one in the words is (trial 21 #2: it said "by")
    beside = bool(metric and metric.strip()) and not often and _a_rhythm_beside(metric, lowered)
    if target is not None and unit and metric and not often and _names_number(metric, target) \
            and not money_sign(unit):
        # "complete the 15-hour BBS supervision training course" for 15 training hours: the words say the
        # target and what it is; "(15 training hours)" in their place would lose the course
        if not _already_said(metric, lowered):
            core = _bracketed(core, metric.strip())
    elif target is not None and unit:
        measure = amount(target, unit)  # "$4,000" for dollars, else "65 walks"
        if counts_dollars(unit) and metric and metric.strip() and not often \
                and metric.strip().lower() != unit.strip().lower():
            # "$4,000 balance down to $0": what the sum is; "balance down to $0 from $4,500" says it already
            measure = metric.strip() if measure in metric else f"{measure} {metric.strip()}"
        elif beside and not _says_amount(lowered, measure, target, unit):
            measure = f"{metric.strip(' ,;:.')}, {measure}"  # "(at dinner 5 nights a week, 90 nights)": both said
        if not _says_amount(lowered, measure, target, unit):
            core = _bracketed(core, measure)  # "... 5 days a week (65 walks)"
    elif metric and metric.strip() and not often and not _already_said(metric, lowered):
        core = _bracketed(core, metric.strip())
    comma = "," if set_off else ""  # "Pay off my card, $3,800 left, by August 31, 2027": as it was set off
    if deadline is not None:
        core += f"{comma} {'through' if beside else _until(lowered)} {format_deadline(deadline)}"
    elif phrase:
        core += f"{comma} {phrase}"
    if own:
        core = whole if core == said else f"{core}, {own}"  # nothing between: as the words had it
        lowered = core.lower()
    if why and why.strip() and why.strip().lower() not in lowered:
        core += ", " + _reason(why)
    return polished(core)
