"""Private drafts of every kind, as a person sees them: text kept out of the
database (a privacy stop, an interrupted review, goal conversation or
self-assessment) listed with a number and a preview, and discarded on
request. Each command that offers its own drafts back (journal, review,
goals add, profile add) continues them; this module only lists and removes.
"""

from __future__ import annotations

from clingoals.errors import InvalidInput

KIND_LABELS = {"journal": "journal entry", "review": "review answer", "goal": "goal (goals add)",
               "profile": "self-assessment (goals profile add)"}
CONTINUED_BY = {"journal": "goals journal", "review": "goals review", "goal": "goals add",
                "profile": "goals profile add"}


def preview(kind: str, draft: dict) -> str:
    """The first line of what a draft of ``kind`` holds, at most 60 characters."""
    if kind == "goal":
        values = draft.get("values") if isinstance(draft.get("values"), dict) else {}
        text = draft.get("wording") or values.get("statement") or ""
    elif kind == "profile":
        answers = draft.get("answers") if isinstance(draft.get("answers"), dict) else {}
        text = "; ".join(str(v) for value in answers.values() for v in (value if isinstance(value, list) else [value]))
    else:
        text = draft.get("text") or ""
    lines = str(text).strip().splitlines()
    return shortened(lines[0] if lines else "")


def shortened(line: str, limit: int = 60) -> str:
    """``line`` in at most ``limit`` characters: cut at the last whole word
    that fits, with "…" (a preview cut mid-word, "seeing 5 client", reads as
    a typo the person made; trial 20 #16)."""
    if len(line) <= limit:
        return line
    cut = line[:limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:-") + "…"


def all_drafts() -> list[dict]:
    """Every private draft, oldest first, numbered from 1: ``{"number",
    "kind", "name", "saved_at", "preview", "continue_with"}``."""
    from clingoals.store.drafts import KINDS, list_drafts

    # A journal draft's own "kind" field is the entry's kind (note, feedback...): the file says the draft's.
    found = sorted(((kind, d) for kind in KINDS for d in list_drafts(kind)),
                   key=lambda pair: (str(pair[1].get("saved_at") or ""), pair[1]["name"]))
    return [{"number": n, "kind": kind, "name": d["name"], "saved_at": str(d.get("saved_at") or ""),
             "preview": preview(kind, d), "continue_with": CONTINUED_BY[kind]}
            for n, (kind, d) in enumerate(found, 1)]


def drafts_to_discard(numbers: list[int] | None) -> list[dict]:
    """The drafts with these numbers (as :func:`all_drafts` numbers them),
    or every draft when ``numbers`` is None. A number that isn't a draft
    refuses the whole request."""
    listed = all_drafts()
    if numbers is None:
        return listed
    by_number = {d["number"]: d for d in listed}
    wrong = [n for n in numbers if n not in by_number]
    if wrong:
        have = ("there are no drafts" if not listed else "there is only 1 draft, number 1" if len(listed) == 1
                else f"the drafts are numbered 1 to {len(listed)}")
        raise InvalidInput(f"No draft {', '.join(map(str, wrong))} ({have}); 'goals drafts' "
                           "lists them. Nothing was discarded.")
    return [by_number[n] for n in dict.fromkeys(numbers)]


def discard_drafts(numbers: list[int] | None) -> list[dict]:
    """Remove the drafts :func:`drafts_to_discard` names; returns them."""
    from clingoals.store.drafts import discard_draft

    chosen = drafts_to_discard(numbers)
    for draft in chosen:
        discard_draft(draft["name"])
    return chosen


def discard(name: str) -> None:
    """Remove one draft by its file name (the person chose 'discard' when it was offered)."""
    from clingoals.store.drafts import discard_draft

    discard_draft(name)
