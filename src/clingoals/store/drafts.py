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

KINDS = ("journal", "review", "goal")


def drafts_dir() -> Path:
    return data_home() / "drafts"


def save_draft(kind: str, data: dict, *, now: str) -> dict:
    """Keep ``data`` (JSON-ready) as a draft of ``kind``; returns the draft
    as :func:`list_drafts` gives it, plus its ``path``."""
    if kind not in KINDS:
        raise ValueError(kind)
    folder = ensure_home(drafts_dir())
    stamp = "".join(ch for ch in now[:19] if ch.isdigit())
    for n in range(1, 1000):
        path = folder / f"{kind}-{stamp}-{n}.json"
        if not path.exists():
            break
    draft = {"kind": kind, "saved_at": now, **data}
    write_private(path, json.dumps(draft, ensure_ascii=False, indent=2))
    return {**draft, "name": path.name, "path": str(path)}


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
    """Remove a draft once its text was stored (or kept as a draft again)."""
    path = drafts_dir() / Path(name).name
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
