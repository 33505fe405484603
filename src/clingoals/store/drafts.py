"""Private drafts: text a person typed and chose not to store yet (the
privacy check stopped it, or a review or a guided ``goals add`` was
interrupted). Kept owner-only in
the data folder's ``drafts/`` (folder 0700, files 0600), one JSON file per
draft, until it is continued or discarded. Nothing typed is thrown away.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from clingoals.store.db import data_home, ensure_home
from clingoals.store.files import write_private

KINDS = ("journal", "review", "goal", "profile")


def drafts_dir() -> Path:
    return data_home() / "drafts"


def save_draft(kind: str, data: dict, *, now: str) -> dict:
    """Keep ``data`` (JSON-ready) as a draft of ``kind``; returns the draft
    as :func:`list_drafts` gives it, plus its ``path`` and ``already``.

    A draft of ``kind`` holding exactly this data already (the same text
    stopped twice) is not written again: that one is returned, with
    ``already`` true, so one copy of a client's details exists, not two.
    Whoever replaces a draft it continued must not discard it when the
    name that comes back is the same."""
    if kind not in KINDS:
        raise ValueError(kind)
    same = _same_as(kind, data)
    if same is not None:
        return {**same, "path": str(drafts_dir() / same["name"]), "already": True}
    folder = ensure_home(drafts_dir())
    stamp = "".join(ch for ch in now[:19] if ch.isdigit())
    for n in range(1, 1000):
        path = folder / f"{kind}-{stamp}-{n}.json"
        if not path.exists():
            break
    draft = {"kind": kind, "saved_at": now, **data}
    write_private(path, json.dumps(draft, ensure_ascii=False, indent=2))
    return {**draft, "name": path.name, "path": str(path), "already": False}


def _same_as(kind: str, data: dict) -> dict | None:
    """The kept draft of ``kind`` whose contents are ``data`` exactly (as
    JSON would read them back; when it was kept does not count), or None."""
    # as save_draft writes it: a journal draft's own "kind" (the entry's) wins over the draft's
    wanted = json.loads(json.dumps({"kind": kind, **data}, ensure_ascii=False))
    for draft in list_drafts(kind):
        held = {key: value for key, value in draft.items() if key not in ("saved_at", "name")}
        if held == wanted:
            return draft
    return None


def list_drafts(kind: str) -> list[dict]:
    """The drafts of ``kind``, oldest first, each with its ``name``. An
    unreadable file is skipped, never deleted."""
    folder = drafts_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob(f"{kind}-*.json")):
        try:
            draft = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
        if isinstance(draft, dict):
            found.append({**draft, "name": path.name})
    return found


def discard_draft(name: str) -> None:
    """Remove a draft once its text was stored (or kept as a draft again),
    or because the person discarded it."""
    path = drafts_dir() / Path(name).name
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def discard_all() -> int:
    """Remove every draft (``goals db purge``); returns how many went."""
    folder = drafts_dir()
    if not folder.is_dir():
        return 0
    removed = 0
    for kind in KINDS:
        for path in folder.glob(f"{kind}-*.json"):
            try:
                os.unlink(path)
                removed += 1
            except FileNotFoundError:
                pass
    return removed


def remind_once(kind: str, day: str) -> bool:
    """True the first time it is asked for ``kind`` on ``day`` (YYYY-MM-DD),
    so a reminder about waiting drafts is said at most once a day; a marker
    per kind in drafts/ keeps the day."""
    if kind not in KINDS:
        raise ValueError(kind)
    marker = drafts_dir() / f".reminded-{kind}"
    try:
        if marker.read_text(encoding="utf-8").strip() == day:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    try:
        write_private(marker, day)
    except OSError:
        pass  # a reminder must never get in the way
    return True
