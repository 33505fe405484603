"""Regular expressions compiled on their first search.

`goals check` starts on every run (issue 11: no more than 20 ms slower than
before the new scorer), and compiling the vocabulary's and the scorer's
patterns at import was about a fifth of its work, nearly all of it for
patterns a given goal never reaches: the scorer's gates turn most of them away,
and it searches ASCII text with each pattern's ASCII twin
(``vocabulary.for_ascii``), never with the pattern itself. A module-level
pattern written ``LazyPattern(r"...")`` instead of ``re.compile(r"...")`` costs
nothing until it is used, and about 25 ns a call after (a slot read).

It answers what ``re.Pattern`` does (``search``, ``match``, ``fullmatch``,
``finditer``, ``findall``, ``sub``, ``subn``, ``split``, ``flags``, ``groups``,
``groupindex``), and ``pattern`` is its source from the start. The first of
these compiles it and puts the compiled pattern's own bound methods in the
object's slots, so from then on ``p.search(text)`` calls ``re.Pattern.search``
with no Python in between. It is the same object for its whole life: the
scorer keys its caches and gates by ``id(pattern)`` and compares patterns with
``is``, so code keeps the lazy pattern itself, never what it compiles to (only
``compiled()`` hands that out, for what needs a real ``re.Pattern``).
"""

from __future__ import annotations

import re

# What the first use fills in from the compiled pattern.
_FROM_COMPILED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
                  "flags", "groups", "groupindex")
_FILLED = frozenset(_FROM_COMPILED)


class LazyPattern:
    """``re.compile(source, flags)``, compiled on first use."""

    __slots__ = ("pattern", "source_flags", "_compiled", *_FROM_COMPILED)

    def __init__(self, source: str, flags: int = 0):
        self.pattern = source
        self.source_flags = flags  # as given (``flags`` is the compiled pattern's, inline ones included)

    def compiled(self) -> re.Pattern:
        """The compiled pattern (compiling it now if no search has yet)."""
        try:
            return self._compiled
        except AttributeError:
            compiled = self._compiled = re.compile(self.pattern, self.source_flags)
            for name in _FROM_COMPILED:
                setattr(self, name, getattr(compiled, name))
            return compiled

    def __getattr__(self, name: str):
        # Python asks here only for a slot not filled yet: the first search.
        if name in _FILLED:
            return getattr(self.compiled(), name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:60]!r}{', flags=' + str(self.source_flags) if self.source_flags else ''})"
