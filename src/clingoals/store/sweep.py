"""Sweeping what writers killed mid-write left behind, at the start of
every command. Kept apart from clingoals.store.files (whose other imports,
tempfile among them, only the commands that write files need), so starting a
read command costs a directory scan and no more."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from clingoals.store.db import data_home

NOTES = ".unfinished-writes"  # in the data home: one note per write in progress elsewhere, naming its folder
HOME_FOLDERS = ("", "backups", "certificates", "profiles", "paths", "drafts")


def _gone(pid: int) -> bool:
    """True when no process ``pid`` runs (so what it left is ours to sweep)."""
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError, ValueError):
        return False
    return False


def _sweep(folder: Path) -> None:
    """Remove what writers killed mid-write (kill -9, power cut) left in
    ``folder``: their temporary files and folders (db.UNFINISHED names)."""
    from clingoals.store.db import unfinished_pid

    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            pid = unfinished_pid(entry.name)
            if pid is not None and _gone(pid):
                with contextlib.suppress(OSError):
                    if entry.is_dir(follow_symlinks=False):
                        shutil.rmtree(entry.path)
                    else:
                        os.unlink(entry.path)


def sweep_unfinished() -> None:
    """At the start of every command: remove what killed writers left in the
    data home's folders, and in every folder a note in ``unfinished/`` names
    (an export or a backup written elsewhere). Never creates anything."""
    home = data_home()
    for name in HOME_FOLDERS:
        _sweep(home / name)
    with contextlib.suppress(OSError):
        for entry in os.scandir(home / NOTES):
            pid = entry.name.split(".", 1)[0]
            if not pid.isdigit() or not _gone(int(pid)):
                continue
            with contextlib.suppress(OSError, UnicodeDecodeError):
                if entry.is_file(follow_symlinks=False) and entry.stat().st_size <= 8192:
                    _sweep(Path(Path(entry.path).read_text("utf-8")))
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
