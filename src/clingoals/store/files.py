"""Files kept in the data home beside the database: certificates (named by
their sha256, so the original may move or vanish) and user-added profiles."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from clingoals.errors import InvalidInput
from clingoals.store.db import data_home, ensure_home


def certificates_dir() -> Path:
    return ensure_home(data_home() / "certificates")


def profiles_dir() -> Path:
    return data_home() / "profiles"


def _owner_only_copy(source: Path, dest: Path) -> None:
    old = os.umask(0o077)
    try:
        shutil.copyfile(source, dest)
    finally:
        os.umask(old)
    os.chmod(dest, 0o600)


def write_private(path: Path, content: str | bytes) -> Path:
    """Write a file only its owner can read (0600)."""
    path = Path(path)
    old = os.umask(0o077)
    try:
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    except OSError as error:
        raise InvalidInput(f"Can't write {path}: {error.strerror}.") from None
    finally:
        os.umask(old)
    os.chmod(path, 0o600)
    return path


def store_certificate(path: Path) -> str:
    """Copy a certificate in; returns its stored file name."""
    source = Path(path).expanduser()
    if not source.is_file():
        raise InvalidInput(f"No certificate file at {source}.")
    digest = hashlib.sha256()
    with open(source, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    name = digest.hexdigest() + source.suffix.lower()
    dest = certificates_dir() / name
    if not dest.exists():
        _owner_only_copy(source, dest)
    return name


def certificate_path(name: str) -> Path:
    return data_home() / "certificates" / name


def store_profile(source: Path, profile_id: str) -> Path:
    folder = ensure_home(profiles_dir())
    dest = folder / f"{profile_id}.toml"
    _owner_only_copy(Path(source), dest)
    return dest
