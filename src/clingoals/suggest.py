"""Close-match suggestions for a name typed slightly wrong (a command, a
profile id, a license, a CE category, a career path): the one place that
decides what counts as "close", so every "did you mean" agrees."""

from __future__ import annotations

import re
from typing import Iterable, Mapping

WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> set[str]:
    return set(WORD.findall(text.casefold()))


def holding(typed: str, known: Iterable[str]) -> list[str]:
    """The known names ``typed`` is a part of (at least 3 letters, case
    ignored, not the whole name), as spelled in ``known``: 'lcsw' is a part
    of 'example-nj-lcsw' and 'example-ny-lcsw'."""
    folded = typed.casefold().strip()
    if len(folded) < 3:
        return []
    by_folded: dict[str, str] = {}
    for name in known:
        by_folded.setdefault(name.casefold(), name)
    return [name for folded_name, name in by_folded.items() if folded in folded_name and folded_name != folded]


def closest(typed: str, known: Iterable[str], *, cutoff: float = 0.6,
            described: Mapping[str, str] | None = None) -> str | None:
    """The known name most like ``typed`` (letter case ignored), or None
    when none is close enough. Returned as it is spelled in ``known``. A
    part of one name only ('lmhc' for 'example-ny-lmhc') names it; a part
    of several ('example') names none.

    Among the close names, the one sharing the most of the typed words
    wins, then the closest spelling: 'example-ca-lcsw' shares 'ca' with
    'example-ca-bbs' and 'lcsw' with 'example-nj-lcsw', so spelling alone
    picked the other state. ``described`` gives a name more words that name
    the same thing (a profile's board name and state: 'California LMFT /
    LCSW / LPCC', 'US-CA'); a name sharing at least two of the typed words
    that not every name has is a candidate even when spelled unlike it."""
    import difflib

    by_folded: dict[str, str] = {}
    for name in known:
        by_folded.setdefault(name.casefold(), name)
    folded = typed.casefold().strip()
    parts = holding(typed, by_folded.values())
    if parts:  # a part of several names ('example') is no guess at all
        return parts[0] if len(parts) == 1 else None
    if not by_folded:
        return None
    matches = difflib.get_close_matches(folded, list(by_folded), n=len(by_folded), cutoff=cutoff)
    typed_words = _words(folded)
    if len(typed_words) < 2:
        return by_folded[matches[0]] if matches else None
    described = {k.casefold(): v for k, v in (described or {}).items()}
    words = {name: _words(name) | _words(described.get(name, "")) for name in by_folded}
    common = set.intersection(*words.values()) if words else set()
    shared = {name: len(typed_words & words[name] - common) for name in by_folded}
    extra = [name for name in by_folded if shared[name] >= 2 and name not in matches]
    candidates = matches + extra
    if not candidates:
        return None
    best = max(candidates, key=lambda name: shared[name])  # the first of the most shared: the closest spelling
    return by_folded[best]


def did_you_mean(typed: str, known: Iterable[str], *, cutoff: float = 0.6,
                 described: Mapping[str, str] | None = None) -> str:
    """" Did you mean 'NAME'?" for the closest known name, or "" (to append
    after a sentence that already ends with a full stop)."""
    match = closest(typed, known, cutoff=cutoff, described=described)
    return f" Did you mean {match!r}?" if match else ""


def same_or_closest(typed: str, known: Iterable[str]) -> tuple[str | None, bool]:
    """The known name ``typed`` means, as an aspiration typed or a path's
    is matched: ``(name, True)`` for the same name in any letter case,
    ``(name, False)`` for a close one (:func:`closest`: to offer, not to
    take unasked), ``(None, False)`` for a new name."""
    known = list(known)
    wanted = typed.strip().casefold()
    same = next((name for name in known if name.casefold() == wanted), None)
    if same is not None:
        return same, True
    return closest(typed, known), False


def typo_of(typed: str, known: Iterable[str], *, cutoff: float = 0.85) -> str | None:
    """The known name ``typed`` is a slip of the keys from ("clinical
    supervsor" for "clinical supervisor", "privat practise" for "private
    practice"): spelled almost alike (letter case ignored), not the same
    name, and not only a name that shares words with it ("group practice" is
    no typo of "private practice"), so a new name is not taken for an old
    one. As spelled in ``known``; None for none."""
    import difflib

    by_folded: dict[str, str] = {}
    for name in known:
        by_folded.setdefault(name.casefold(), name)
    folded = " ".join(typed.casefold().split())
    if folded in by_folded:
        return None
    matches = difflib.get_close_matches(folded, list(by_folded), n=1, cutoff=cutoff)
    return by_folded[matches[0]] if matches else None
