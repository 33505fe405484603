"""The vocabulary's ASCII twins compiled for speed: the same matches, code
Python's re walks faster (``vocabulary.for_ascii`` compiles them here).

re tries a branch's alternatives one by one at every place it reaches; one
that opens with a character is turned away at a glance when the text's
character differs, any other (a ``\\b``, a group of words) is entered first.
Most places of a goal reach the branches of the scorer's dearest patterns
(FREQUENCY_COUNT, NAMED_OBJECT, KIN), so the pattern's parse is rewritten,
each step one that finds what the pattern as written finds, in the same
order and with the same groups:

- a ``\\b`` that opens an alternative of a branch standing where a ``\\b``
  was just asked (with nothing but lookarounds between) is left out;
- an alternative that opens with a group of alternatives (no capturing
  group; a short rest, see _COPIES) becomes one alternative for each of
  them, followed by the rest of it ("(?:by|before)\\s+X" is
  "by\\s+X|before\\s+X": re tries them so;
  once joined below, "b(?:y|efore)\\s+X", so the rest is written once);
- an alternative that opens with a character repeated at least once
  ("\\d+") opens with the character once, then the rest of the repeat;
- alternatives that open with the same character are joined behind it
  ("c(?:A|B)" for "cA|cB"). An alternative passes one that opens with
  another character (at one place at most one of them can match) but never
  one that may open with anything;
- a pattern that opens with ``\\b`` and then words opening with a few
  letters asks the ``\\b`` after the first letter instead ("t(?<!\\w.)he"
  for "\\bthe", see _FIRST_LETTERS): it then opens with those letters, and
  re skips the places holding none of them without trying it there.

Letter case must not matter (no IGNORECASE or LOCALE): any doubt, or
anything re's parse holds that this doesn't know, compiles the source as
written. The twin's ``pattern`` is its source.
"""

from __future__ import annotations

import re

_SKIP = re.IGNORECASE | re.LOCALE
# A group of words is spliced when the copies of what follows it come to no
# more operations than this: more code costs more to compile (on first use,
# which a `goals check` pays) than it saves.
_COPIES = 120
# ... and \b is asked after a first letter when the words open with no more
# letters than this: re then tries the pattern at each place holding one of
# them, inside a word too ("s" of "sessions"), where \b turned most away at
# once (measured: RATIONALE's six letters and WORK_SESSIONS' seven pay, BOUNDARY's eight
# and EXERCISE's fourteen don't).
_FIRST_LETTERS = 7


def compile_ascii(source: str, flags: int) -> re.Pattern:
    """``re.compile(source, flags)``, rearranged as the module says."""
    flags = int(flags)  # (as re.compile does: re's parse and code test a plain int's bits far faster than a flag's)
    try:
        from re import _compiler  # (re's own code maker; only on first use)
        import _sre
        fast = rearranged(source, flags)
        if fast is None:
            return re.compile(source, flags)
        state = fast.state
        indexgroup = [None] * state.groups
        for name, index in state.groupdict.items():
            indexgroup[index] = name
        return _sre.compile(source, flags | state.flags, _compiler._code(fast, flags), state.groups - 1,
                            state.groupdict, tuple(indexgroup))
    except Exception:  # a speed-up only: the pattern as written
        return re.compile(source, flags)


def rearranged(source: str, flags: int):
    """re's parse of ``source``, rearranged (None where letter case matters)."""
    from re import _constants, _parser  # (the parse tree re.compile builds; only on first use)
    parsed = _parser.parse(source, flags)
    if (flags | parsed.state.flags) & _SKIP:
        return None
    rewrite = _Rewrite(_parser, _constants, parsed.state)
    items = rewrite.sequence(list(parsed))
    if flags & re.ASCII:
        items = rewrite.led(items, _parser.parse(r"(?<!\w.)", flags)[0])
    return _parser.SubPattern(parsed.state, items)


class _Rewrite:
    def __init__(self, parser, c, state):
        self.parser, self.c, self.state = parser, c, state

    def sub(self, items: list):
        return self.parser.SubPattern(self.state, items)

    def sequence(self, items: list, boundary: bool = False) -> list:
        """``items`` rewritten; ``boundary``: a \\b holds where they start."""
        c = self.c
        out = []
        for op, av in items:
            if op is c.BRANCH:
                alternatives = [self.sequence(a) for a in self.joined(self.spliced(av[1], boundary))]
                if len(alternatives) == 1:
                    out += alternatives[0]
                else:
                    out.append((c.BRANCH, (None, [self.sub(a) for a in alternatives])))
                boundary = False
                continue
            if op is c.SUBPATTERN and not av[1] and not av[2]:  # (a group with flags of its own is kept)
                av = (av[0], av[1], av[2], self.sub(self.sequence(list(av[3]), boundary)))
            if op is c.AT and av is c.AT_BOUNDARY:
                boundary = True
            elif op is not c.ASSERT and op is not c.ASSERT_NOT:  # (lookarounds take no character)
                boundary = False
            out.append((op, av))
        return out

    def spliced(self, alternatives, boundary: bool) -> list[list]:
        c = self.c
        out = []
        for alternative in alternatives:
            alternative = list(alternative)
            if boundary and alternative and alternative[0] == (c.AT, c.AT_BOUNDARY):
                alternative = alternative[1:]
            if alternative and alternative[0][0] is c.BRANCH and not self.grouped(alternative[1:]) and (
                    len(alternative[0][1][1]) * self.size(alternative[1:]) <= _COPIES):
                # the rest as one item, the same for each (joined() puts it back after them once)
                rest = [(c.SUBPATTERN, (None, 0, 0, self.sub(alternative[1:])))] if alternative[1:] else []
                out += self.spliced([list(first) + rest for first in alternative[0][1][1]], boundary)
                continue
            if alternative and alternative[0][0] in (c.MAX_REPEAT, c.MIN_REPEAT):
                low, high, body = alternative[0][1]
                if low >= 1 and len(body) == 1 and body[0][0] in (c.LITERAL, c.IN):
                    # "\d+" is "\d\d*": the alternative opens with a character
                    again = (alternative[0][0], (low - 1, high if high == c.MAXREPEAT else high - 1, body))
                    alternative = [body[0]] + ([again] if again[1][1] != 0 else []) + alternative[1:]
            out.append(alternative)
        return out

    def joined(self, alternatives: list[list]) -> list[list]:
        c = self.c
        out: list[list] = []
        by_first: dict[int, list[list]] = {}

        def flush():
            for char, members in by_first.items():
                if len(members) == 1:
                    out.append(members[0])
                    continue
                # members in a row ending with the same rest (spliced()): c(?:A|B)REST, not cA REST|cB REST
                tails: list[list] = []
                for member in members:
                    if tails and len(member) > 1 and tails[-1][-1][-1] is member[-1] and member[-1][0] is c.SUBPATTERN:
                        tails[-1].append(member)
                    else:
                        tails.append([member])
                inner = []
                for run in tails:
                    if len(run) == 1:
                        inner.append(run[0][1:])
                    else:
                        inner.append([(c.BRANCH, (None, [self.sub(m[1:-1]) for m in run])), run[0][-1]])
                if len(inner) == 1:
                    out.append([(c.LITERAL, char)] + inner[0])
                else:
                    out.append([(c.LITERAL, char), (c.BRANCH, (None, [self.sub(i) for i in inner]))])
            by_first.clear()

        for alternative in alternatives:
            if alternative and alternative[0][0] is c.LITERAL:
                by_first.setdefault(alternative[0][1], []).append(alternative)
            else:  # it may open with anything: none passes it
                flush()
                out.append(alternative)
        flush()
        return out

    def led(self, items: list, not_after_a_word) -> list:
        """A pattern that opens with \\b (and lookaheads for its first
        characters), then words each opening with a letter or digit: the \\b
        asked after the first letter instead ("t(?<!\\w.)he" for "\\bthe"), so
        the pattern opens with its first letters and re skips every place
        holding none of them without trying the pattern there."""
        c = self.c
        if len(items) < 2 or items[0] != (c.AT, c.AT_BOUNDARY):
            return items
        at = 1
        firsts: list[set[int]] = []  # what each lookahead lets through
        while at < len(items) and items[at][0] is c.ASSERT and items[at][1][0] == 1:
            ahead = list(items[at][1][1])
            if len(ahead) != 1 or ahead[0][0] is not c.IN:
                return items
            allowed = set()
            for kind, value in ahead[0][1]:
                if kind is c.LITERAL:
                    allowed.add(value)
                elif kind is c.RANGE:
                    allowed.update(range(value[0], value[1] + 1))
                else:  # (a class such as \\d: not read here)
                    return items
            firsts.append(allowed)
            at += 1
        if at >= len(items):
            return items

        def word_char(char: int) -> bool:
            return char < 128 and (chr(char).isalnum() or char == 95) and all(char in a for a in firsts)

        op, av = items[at]
        if op is c.LITERAL:  # "\\bthe\\s+..."
            return [items[at], not_after_a_word] + items[at + 1:] if word_char(av) else items
        inner = av[3] if op is c.SUBPATTERN and not av[1] and not av[2] and len(av[3]) == 1 else None
        branch = inner[0][1] if inner is not None and inner[0][0] is c.BRANCH else av if op is c.BRANCH else None
        if branch is None or not all(len(a) and a[0][0] is c.LITERAL and word_char(a[0][1]) for a in branch[1]):
            return items
        if len({a[0][1] for a in branch[1]}) > _FIRST_LETTERS:
            return items
        branch = (None, [self.sub([a[0], not_after_a_word] + list(a[1:])) for a in branch[1]])
        if op is c.BRANCH:
            return [(c.BRANCH, branch)] + items[at + 1:]
        return [(c.SUBPATTERN, (av[0], av[1], av[2], self.sub([(c.BRANCH, branch)])))] + items[at + 1:]

    def size(self, items) -> int:
        """How many operations ``items`` hold, nested ones too (each is as much code)."""
        total = 0
        for op, av in items:
            total += 1
            if op is self.c.BRANCH:
                total += sum(self.size(a) for a in av[1])
            elif op is self.c.SUBPATTERN:
                total += self.size(av[3])
            elif op in (self.c.MAX_REPEAT, self.c.MIN_REPEAT, self.c.POSSESSIVE_REPEAT):
                total += self.size(av[2])
            elif op is self.c.ASSERT or op is self.c.ASSERT_NOT:
                total += self.size(av[1])
        return total

    def grouped(self, items) -> bool:
        """Whether ``items`` hold a capturing group or a back reference (not to be copied)."""
        c = self.c
        for op, av in items:
            if op is c.SUBPATTERN:
                if av[0] is not None or self.grouped(av[3]):
                    return True
            elif op is c.BRANCH:
                if any(self.grouped(a) for a in av[1]):
                    return True
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                if self.grouped(av[2]):
                    return True
            elif op is c.ASSERT or op is c.ASSERT_NOT:
                if self.grouped(av[1]):
                    return True
            elif op is c.ATOMIC_GROUP:
                if self.grouped(av):
                    return True
            elif op is c.GROUPREF or op is c.GROUPREF_EXISTS:
                return True
        return False
