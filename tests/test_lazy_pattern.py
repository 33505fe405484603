"""LazyPattern answers as the re.Pattern it stands for, compiles on first use
only, and stays the same object (the scorer keys its caches by id and
compares patterns with `is`). The vocabulary's patterns are all lazy: a
`goals check` compiles only the few it reaches (issue 11's start-up limit)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys

import pytest

from clingoals.lazy_pattern import LazyPattern

SOURCE = r"(?P<n>\d+)\s*(walks?|runs?)"
TEXT = "3 walks and 12 runs, then 1 walk"


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_it_answers_as_the_compiled_pattern(flags):
    lazy, compiled = LazyPattern(SOURCE, flags), re.compile(SOURCE, flags)
    text = TEXT.upper() if flags else TEXT
    assert lazy.search(text).span() == compiled.search(text).span()
    assert lazy.match(text).group("n") == "3"
    assert lazy.fullmatch("3 walks").group(0) == "3 walks"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("N", text) == compiled.sub("N", text)
    assert lazy.subn("N", text) == compiled.subn("N", text)
    assert lazy.split(text) == compiled.split(text)
    assert (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex) == (
        compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex)


def test_it_compiles_on_first_use_only_and_stays_itself():
    lazy = LazyPattern(r"\bwalk\b")
    assert lazy.pattern == r"\bwalk\b"  # its source, without compiling
    with pytest.raises(AttributeError):
        object.__getattribute__(lazy, "_compiled")  # not compiled yet
    keyed = {id(lazy): "gate"}
    assert lazy.search("a walk") is not None
    compiled = lazy.compiled()
    assert isinstance(compiled, re.Pattern) and lazy.compiled() is compiled  # compiled once
    assert keyed[id(lazy)] == "gate"  # the same object answers, so caches keyed by it still hold
    with pytest.raises(AttributeError):
        lazy.scanner_of_nothing  # noqa: B018 (only re.Pattern's names are answered)


def test_a_bad_pattern_fails_when_first_used():
    lazy = LazyPattern(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("text")


def test_the_vocabulary_patterns_are_all_lazy():
    from clingoals.smart import vocabulary as v

    eager = [name for name, value in vars(v).items() if isinstance(value, re.Pattern)]
    eager += [f"OTHER_SENSES[{i}]" for i, (p, _, _) in enumerate(v.OTHER_SENSES) if not isinstance(p, LazyPattern)]
    assert not eager, f"compiled at import (write LazyPattern(...)): {eager}"


def test_an_ascii_twin_of_a_lazy_pattern_leaves_the_pattern_uncompiled():
    """ASCII text is searched with the twin only: compiling the pattern too would be wasted."""
    from clingoals.smart import vocabulary as v

    lazy = LazyPattern(r"(?i)\bWALK\b")
    twin = v.for_ascii(lazy)
    assert twin.flags & re.ASCII and twin.flags & re.IGNORECASE and twin.search("a walk")
    with pytest.raises(AttributeError):
        object.__getattribute__(lazy, "_compiled")


# What importing the scorer may compile: the patterns every score searches
# (TOKEN, WORD) and two tiny ones. Another pattern at module level is
# written LazyPattern(...); if every score searches it, add it here.
EAGER = {r"[\w][\w'+-]*", r"[a-z][a-z'-]*", r"\b(?:weekdays?|weeknights?|workdays?)\b", r"\bweekends?\b"}


def test_importing_the_scorer_compiles_only_what_every_score_searches():
    code = ("import re, sys\n"
            "seen = []\n"
            "compile = re._compile\n"
            "def counting(pattern, flags):\n"
            "    if sys._getframe(2).f_globals.get('__name__') in ('clingoals.smart.vocabulary', 'clingoals.smart.scorer'):\n"
            "        seen.append(pattern)\n"
            "    return compile(pattern, flags)\n"
            "re._compile = counting\n"
            "import clingoals.smart.scorer\n"
            "print(repr(seen))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    compiled = ast.literal_eval(done.stdout.strip())
    assert compiled and set(compiled) <= EAGER, set(compiled) - EAGER
