"""Close-match suggestions for a name typed slightly wrong (a command, a
profile id, a license, a CE category, a career path): the one place that
decides what counts as "close", so every "did you mean" agrees."""

from __future__ import annotations

from typing import Iterable


def closest(typed: str, known: Iterable[str], *, cutoff: float = 0.6) -> str | None:
    """The known name most like ``typed`` (letter case ignored), or None
    when none is close enough. Returned as it is spelled in ``known``. A
    part of one name only ('lmhc' for 'example-ny-lmhc') names it; a part
    of several ('example') names none."""
    import difflib

    by_folded: dict[str, str] = {}
    for name in known:
        by_folded.setdefault(name.casefold(), name)
    folded = typed.casefold().strip()
    holding = [name for name in by_folded if len(folded) >= 3 and folded in name and name != folded]
    if holding:  # a part of several names ('example') is no guess at all
        return by_folded[holding[0]] if len(holding) == 1 else None
    match = difflib.get_close_matches(folded, list(by_folded), n=1, cutoff=cutoff)
    return by_folded[match[0]] if match else None


def did_you_mean(typed: str, known: Iterable[str], *, cutoff: float = 0.6) -> str:
    """" Did you mean 'NAME'?" for the closest known name, or "" (to append
    after a sentence that already ends with a full stop)."""
    match = closest(typed, known, cutoff=cutoff)
    return f" Did you mean {match!r}?" if match else ""
