r"""Compiling a pattern so Python's re tries fewer alternatives: the same
matches, found with less work.

re tries the alternatives of ``a|b|c`` one after another at every place it
looks, testing each alternative's first letter: NAMED_OBJECT's seventy words
cost seventy tests at the start of every word of a goal. ``compiled(source,
flags)`` rewrites the parsed pattern before compiling it, in four ways that
keep every match (start, end and groups) and the order alternatives are
tried in at any place:

- alternatives that open with the same letter are grouped under it
  (``training|thesis|therapy`` becomes ``t(?:raining|hesis|herapy)``): at a
  place where the text has another letter, none of them could match, so
  only alternatives opening with the same letter change places, never two
  that could both match there;
- a non-capturing group of a few alternatives at the start of an
  alternative is opened out (``(?:get|be)\s+x|pass`` is ``get\s+x|be\s+x|pass``), so
  its words are grouped too (re tries ``(?:a|b)c`` as ``ac|bc``);
- look-behinds before a letter are tested after it (``(?<!my )private``
  becomes ``p(?<!my p)rivate``: the same test once the letter is known), so
  the letter turns most places away before the look-behinds run;
- a pattern re would try at every place (it opens with ``\b``, a
  look-ahead or a group) is given the characters a match can start with,
  read off its alternatives (re does this itself only for a pattern that
  opens with a letter or a class): the search then skips in C to the next
  place with one of them, instead of trying the pattern at each place.

It reads re's own parser and compiler (``re._parser``, ``re._compiler``),
which are private: when they are not as expected, the pattern is compiled as
it is (tests check every pattern the scorer searches against the plain one).
Pure and deterministic; used for the scorer's ASCII twins once a process
has read many texts (``vocabulary.FACTOR_AFTER``).
"""

from __future__ import annotations

import re

try:
    import _sre
    from re import _compiler, _parser
    from re._constants import (ASSERT, ASSERT_NOT, AT, BRANCH, IN, INFO, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               NEGATE, POSSESSIVE_REPEAT, SRE_INFO_CHARSET, SUBPATTERN)
except ImportError:  # another Python's re: compile as it is
    _parser = None

_ZERO_WIDTH = None if _parser is None else (AT, ASSERT, ASSERT_NOT)
_OPENED_AT_MOST = 12  # alternatives of a leading alternation that is opened out (see _opened)


def compiled(source: str, flags: int = 0) -> re.Pattern:
    """``re.compile(source, flags)``, with its alternatives grouped by first
    letter (see the module's docstring). Patterns that ignore case are
    compiled as they are (their letters match either case)."""
    if _parser is None or flags & re.IGNORECASE:
        return re.compile(source, flags)
    flags = int(flags)  # (as re.compile does: RegexFlag's & is a slow Python method, and re's compiler uses it a lot)
    try:
        parsed = _parser.parse(source, flags)
        if parsed.state.flags & re.IGNORECASE:
            return re.compile(source, flags)
        state = parsed.state
        rewritten = _parser.SubPattern(state, _sequence(parsed.data, state))
        code = _with_first_characters(_compiler._code(rewritten, flags), rewritten, flags | state.flags)
        index_group = [None] * state.groups
        for name, index in state.groupdict.items():
            index_group[index] = name
        return _sre.compile(source, flags | state.flags, code, state.groups - 1, state.groupdict,
                            tuple(index_group))
    except Exception:  # re's internals are not what this module reads: compile as it is
        return re.compile(source, flags)


def _sequence(items: list, state) -> list:
    """A sequence of parsed items, rewritten (groups inside it too)."""
    out: list = []
    for op, av in items:
        if op is SUBPATTERN:
            group, add_flags, del_flags, inner = av
            if group is None and not add_flags and not del_flags:
                out += _sequence(inner.data, state)  # (?:...) alone in a sequence is its items
                continue
            out.append((op, (group, add_flags, del_flags, _parser.SubPattern(state, _sequence(inner.data, state)))))
        elif op is BRANCH:
            alternatives = _opened([_sequence(alternative.data, state) for alternative in av[1]], state)
            out.append((op, (None, [_parser.SubPattern(state, a) for a in _grouped(alternatives, state)])))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            low, high, inner = av
            out.append((op, (low, high, _parser.SubPattern(state, _sequence(inner.data, state)))))
        elif op in (ASSERT, ASSERT_NOT):
            direction, inner = av
            out.append((op, (direction, _parser.SubPattern(state, _sequence(inner.data, state)))))
        else:
            out.append((op, av))
    return _behind_after_letter(out, state)


def _behind_after_letter(items: list, state) -> list:
    """Look-behinds just before a letter (maybe with other zero-width tests
    between) moved after it, the letter added to their end."""
    out: list = []
    i = 0
    while i < len(items):
        j = i
        while j < len(items) and items[j][0] in _ZERO_WIDTH:
            j += 1
        behind = [k for k in range(i, j) if items[k][0] in (ASSERT, ASSERT_NOT) and items[k][1][0] == -1]
        if not behind or j == len(items) or items[j][0] is not LITERAL:
            out += items[i:j + 1]
            i = j + 1
            continue
        letter = items[j]
        out += [items[k] for k in range(i, j) if k not in behind]
        out.append(letter)
        out += [(items[k][0], (-1, _parser.SubPattern(state, list(items[k][1][1].data) + [letter])))
                for k in behind]
        i = j + 1
    return out


def _opened(alternatives: list[list], state) -> list[list]:
    """Alternatives with a leading alternation of a few alternatives opened
    out: ``(?:a|b)c`` is ``ac|bc`` (what follows is copied into each: a
    long alternation is left as it is, so the pattern stays small)."""
    out: list[list] = []
    for alternative in alternatives:
        if alternative and alternative[0][0] is BRANCH and len(alternative[0][1][1]) <= _OPENED_AT_MOST:
            rest = alternative[1:]
            out += _opened([list(inner.data) + rest for inner in alternative[0][1][1]], state)
        else:
            out.append(alternative)
    return out


def _grouped(alternatives: list[list], state) -> list[list]:
    """Each run of alternatives that open with a letter, grouped by that
    letter in the order the letters first appear (the alternatives under a
    letter keep their order). An alternative opening otherwise stays where
    it is, between runs."""
    out: list[list] = []
    i = 0
    while i < len(alternatives):
        if not alternatives[i] or alternatives[i][0][0] is not LITERAL:
            out.append(alternatives[i])
            i += 1
            continue
        j = i
        while j < len(alternatives) and alternatives[j] and alternatives[j][0][0] is LITERAL:
            j += 1
        by_letter: dict[int, list[list]] = {}
        for alternative in alternatives[i:j]:
            by_letter.setdefault(alternative[0][1], []).append(alternative[1:])
        for letter, rests in by_letter.items():
            if len(rests) == 1:
                out.append([(LITERAL, letter)] + rests[0])
            else:
                inner = _grouped(_opened(rests, state), state)
                out.append([(LITERAL, letter), (BRANCH, (None, [_parser.SubPattern(state, r) for r in inner]))])
        i = j
    return out


def _with_first_characters(code: list[int], pattern, flags: int) -> list[int]:
    """The compiled code with the characters a match can start with in its
    info block, when re found neither a literal prefix nor a first
    character set itself (and no match is empty)."""
    if code[0] != INFO:
        return code
    skip, mask, low = code[1], code[2], code[3]
    if mask or low == 0:
        return code
    first = _first_characters(pattern.data, pattern.state)
    if not first:
        return code
    charset, has_cased = _compiler._optimize_charset(first)
    if has_cased:
        return code
    info = [INFO, 0, SRE_INFO_CHARSET, low, code[4]]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[1 + skip:]


def _first_characters(items: list, state) -> list | None:
    """Charset items (letters, ranges, categories) one of which the first
    character of every match of the sequence is; None when that is not
    known (the sequence may match nothing, or opens with any character)."""
    found: list = []
    for op, av in items:
        if op in (AT, ASSERT, ASSERT_NOT):
            continue  # zero-width: the first character is the next item's
        if op is LITERAL:
            return found + [(op, av)]
        if op is IN:
            return None if any(item_op is NEGATE for item_op, _ in av) else found + list(av)
        if op is BRANCH:
            alternatives = [_first_characters(alternative.data, state) for alternative in av[1]]
            if any(first is None for first in alternatives):
                return None
            return found + [item for first in alternatives for item in first]
        if op is SUBPATTERN:
            first = _first_characters(av[3].data, state)
            if first is None:
                return None
            return found + first
        if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            low, _high, inner = av
            first = _first_characters(inner.data, state)
            if first is None:
                return None
            found += first
            if low > 0:
                return found
            continue  # it may be left out: what follows may start the match too
        return None
    return None  # the sequence may match nothing
