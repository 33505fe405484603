"""Every file clingoals reads from elsewhere or writes, and the files kept in
the data home beside the database: certificates (named by their sha256, so
the original may move or vanish), user-added profiles and career paths.

Reading: only regular files (a FIFO or a device is refused at once, never
waited on), at most a stated size, JSON at most a stated depth.

Writing: aside, then renamed (:func:`write_file`): a failure leaves the
previous file as it was and no partial file behind. ``-`` means standard
output. A target that is not a regular file is refused; an existing file
keeps the mode its owner gave it, a new one is 0600.

References found in files from elsewhere (certificate names in an export,
certificate paths in a CSV, profile and path ids) are checked here before
anything is copied: plain names or paths that stay inside their folder.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO, Callable, Iterator

from clingoals.errors import InvalidInput
from clingoals.store.db import data_home, ensure_home, unfinished_prefix
from clingoals.store.sweep import HOME_FOLDERS, NOTES, _sweep, sweep_unfinished  # noqa: F401  (sweep_unfinished: here too)

MB = 1024 * 1024
EXPORT_LIMIT = 256 * MB       # an export: ten years of heavy use is about 35 MB
TEXT_LIMIT = 16 * MB          # a CSV of credits
SMALL_LIMIT = 1 * MB          # a profile or career-path TOML
CERTIFICATE_LIMIT = 100 * MB  # one certificate (a scanned PDF)
JSON_DEPTH = 32               # an export nests 5 levels deep
SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
NAME_BAD = re.compile(r"[\x00-\x1f\x7f/\\:]")


# --- reading -------------------------------------------------------------------------------

def _size_text(limit: int) -> str:
    return f"{limit // MB} MB" if limit >= MB else f"{limit // 1024} KB"


@contextlib.contextmanager
def open_regular(path: Path | str, *, limit: int, what: str = "file") -> Iterator[IO[bytes]]:
    """A regular file opened for reading, refused at once when it is a FIFO,
    a device, a folder or larger than ``limit`` bytes."""
    path = Path(path).expanduser()
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InvalidInput(f"No {what} at {path}.") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder; give a {what}.") from None
    except OSError as error:
        raise InvalidInput(f"Can't read {path}: {error.strerror}.") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InvalidInput(f"{path} is a folder; give a {what}.")
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput(f"{path} is not a regular file (a pipe or a device); give a {what}.")
        if info.st_size > limit:
            raise InvalidInput(f"{path} is {info.st_size / MB:.1f} MB, more than the {_size_text(limit)} "
                               f"a {what} may be.")
        os.set_blocking(fd, True)
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        yield handle


def read_bytes(path: Path | str, *, limit: int, what: str = "file") -> bytes:
    with open_regular(path, limit=limit, what=what) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:  # grew while we read it
        raise InvalidInput(f"{path} is more than the {_size_text(limit)} a {what} may be.")
    return data


def read_text(path: Path | str, *, limit: int = TEXT_LIMIT, what: str = "file", encoding: str = "utf-8") -> str:
    data = read_bytes(path, limit=limit, what=what)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InvalidInput(f"{path} is not {encoding.upper()} text (byte {error.start}).") from None


def _depth(value) -> int:
    """Nesting depth of a JSON value, without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > JSON_DEPTH:
            return depth
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return deepest


def _no_constants(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def read_json(path: Path | str, *, limit: int = EXPORT_LIMIT, what: str = "file"):
    """A JSON document from a regular file of at most ``limit`` bytes, nested
    at most :data:`JSON_DEPTH` levels, with finite numbers only."""
    text = read_text(path, limit=limit, what=what)
    too_deep = InvalidInput(f"{path} nests its JSON more than {JSON_DEPTH} levels deep; "
                            "a clingoals export never does. Nothing was read.")
    try:
        document = json.loads(text, parse_constant=_no_constants)
    except RecursionError:
        raise too_deep from None
    except ValueError as error:
        raise InvalidInput(f"{path} is not JSON ({error}).") from None
    if _depth(document) > JSON_DEPTH:
        raise too_deep
    return document


# --- writing -------------------------------------------------------------------------------

def is_stdout(target: Path | str | None) -> bool:
    return target is not None and str(target) == "-"


def _check_target(path: Path) -> int | None:
    """The mode an existing target keeps, None for a new file; refuses a
    target that is not a regular file."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise InvalidInput(f"Can't write {path}: {error.strerror}.") from None
    if stat.S_ISDIR(info.st_mode):
        raise InvalidInput(f"{path} is a folder; give a file name to write.")
    if not stat.S_ISREG(info.st_mode):
        raise InvalidInput(f"{path} is not a regular file (a device or a pipe); clingoals writes only files.")
    return stat.S_IMODE(info.st_mode)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_error(path: Path, error: OSError, kept: bool) -> InvalidInput:
    reason = error.strerror or str(error)
    tail = " The previous file was left as it was." if kept else " Nothing was written."
    return InvalidInput(f"Can't write {path}: {reason}.{tail}")


@contextlib.contextmanager
def unfinished_note(folder: Path) -> Iterator[None]:
    """While a write is in progress in ``folder``, a note in the data home
    names it, so if the writer is killed the next command sweeps its
    temporary file even when nothing is ever written there again."""
    note = None
    with contextlib.suppress(OSError):
        home = data_home()
        notes = home / NOTES
        swept_anyway = {os.path.abspath(home / name) for name in HOME_FOLDERS}
        if notes.parent.is_dir() and os.path.abspath(folder) not in swept_anyway:
            notes.mkdir(mode=0o700, exist_ok=True)
            note = notes / f"{os.getpid()}.{os.urandom(6).hex()}"
            fd = os.open(note, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                os.write(fd, str(Path(os.path.abspath(folder))).encode("utf-8", "surrogateescape"))
            finally:
                os.close(fd)
    try:
        yield
    finally:
        if note is not None:
            with contextlib.suppress(OSError):
                os.unlink(note)


@contextlib.contextmanager
def _temp_beside(path: Path, *, binary: bool, mode: int | None) -> Iterator[tuple[IO, Path]]:
    """A temporary file in ``path``'s folder. When the block succeeds it is
    flushed, fsynced and given its final mode; when it fails it is removed."""
    folder = path.parent
    _sweep(folder)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=unfinished_prefix(path.name), suffix=".part", dir=folder)
    except OSError as error:
        raise _write_error(path, error, mode is not None) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) \
                as handle:
            yield handle, temp
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode if mode is not None else 0o600)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise _write_error(path, error, mode is not None) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def refuse_existing(*paths: Path | str) -> None:
    """Raise the error an existing target gets without ``--force`` when any
    of ``paths`` exists (checked before anything is written)."""
    for path in paths:
        if not is_stdout(path) and os.path.lexists(path):
            _check_target(Path(path))
            raise _exists_error(path)


def _exists_error(path: Path | str) -> InvalidInput:
    return InvalidInput(f"{path} already exists; nothing was written. Give another name, "
                        "or add --force to replace it.")


def _publish_new(temp: Path, path: Path) -> None:
    """Give ``temp`` the name ``path`` only if no file has it, in one step:
    a hard link never replaces (FileExistsError when ``path`` appeared since
    it was checked), then the temporary name goes. Where the file system
    has no hard links (FAT, some network shares) the check and the rename
    are two steps: the best it can do."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS):
            raise
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "File exists", str(path)) from None
        os.replace(temp, path)
        return
    temp.unlink()


@contextlib.contextmanager
def file_aside(path: Path | str, *, binary: bool = False, replace: bool = True) -> Iterator[IO]:
    """A handle to write ``path``'s new content into: it goes to a temporary
    file beside it, renamed over ``path`` when the block succeeds; on any
    failure ``path`` is left untouched and the temporary file removed.
    ``replace=False``: the new file takes the name only if no file has it
    by then (:func:`_publish_new`), else nothing is written."""
    path = Path(path).expanduser()
    if path.is_symlink() and path.exists():
        path = Path(os.path.realpath(path))  # write the file the link points to, keep the link
    mode = _check_target(path)
    if not replace and mode is not None:
        raise _exists_error(path)
    with unfinished_note(path.parent):
        with _temp_beside(path, binary=binary, mode=mode) as (handle, temp):
            yield handle
        try:
            if replace:
                os.replace(temp, path)
            else:
                _publish_new(temp, path)
        except FileExistsError:
            temp.unlink(missing_ok=True)
            raise _exists_error(path) from None
        except OSError as error:
            temp.unlink(missing_ok=True)
            raise _write_error(path, error, mode is not None) from None
    _fsync_folder(path.parent)


def _write_content(handle, content):
    return content(handle) if callable(content) else handle.write(content)


def write_unique(folder: Path, stem: str, suffix: str, content: bytes | Callable[[IO], object]) -> Path:
    """Write a new file ``stem[-N]suffix`` in ``folder`` (the first free N,
    even with other processes writing in the same second); returns its path."""
    with unfinished_note(folder):
        with _temp_beside(folder / f"{stem}{suffix}", binary=True, mode=None) as (handle, temp):
            _write_content(handle, content)
        try:
            return publish_unique(temp, folder, stem, suffix)
        except OSError as error:
            temp.unlink(missing_ok=True)
            raise _write_error(folder / f"{stem}{suffix}", error, False) from None


def write_file(path: Path | str, content: str | bytes | Callable[[IO], object], *, binary: bool | None = None,
               replace: bool = True):
    """Write ``content`` (text, bytes, or a function writing to a handle) to
    ``path`` atomically, or to standard output when ``path`` is ``-``.
    Returns what a writer function returned. With ``replace=False`` an
    existing file is refused (``--force`` replaces it), as `db backup` does,
    also one that appears while the content is written: the new file takes
    the name with a hard link, which never replaces."""
    binary = isinstance(content, bytes) if binary is None else binary
    if not replace and not is_stdout(path) and os.path.lexists(path):
        _check_target(Path(path))  # a folder or a pipe is said to be one, not just to exist
        raise _exists_error(path)  # said before any content is made; file_aside makes sure at the end
    if is_stdout(path):
        if callable(content):
            return content(sys.stdout.buffer if binary else sys.stdout)
        if isinstance(content, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(content)
        else:
            sys.stdout.write(content)
        sys.stdout.flush()
        return None
    with file_aside(path, binary=binary, replace=replace) as handle:
        result = _write_content(handle, content)
    return result if callable(content) else None


def write_zip(path: Path | str, members: list[tuple[str, str | bytes | Path]], *, replace: bool = True) -> None:
    """Write a zip (atomically, like :func:`write_file`) of ``members``:
    (name inside the zip, text, bytes or a regular file to copy in, read at
    most CERTIFICATE_LIMIT). Streams each file, so a bundle of large
    certificates never sits in memory."""
    import zipfile

    def fill(handle) -> None:
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as bundle:
            for name, content in members:
                if isinstance(content, Path):
                    info = zipfile.ZipInfo.from_file(content, name)  # keeps the file's date
                    info.compress_type = zipfile.ZIP_DEFLATED
                    with open_regular(content, limit=CERTIFICATE_LIMIT, what="certificate") as reader, \
                            bundle.open(info, "w", force_zip64=True) as inner:
                        shutil.copyfileobj(reader, inner, 1 << 20)
                else:
                    bundle.writestr(name, content)

    write_file(path, fill, binary=True, replace=replace)


def write_private(path: Path, content: str | bytes) -> Path:
    """Write a file (atomically; a new file is 0600)."""
    write_file(path, content)
    return Path(path)


def publish_unique(temp: Path, folder: Path, stem: str, suffix: str) -> Path:
    """Give ``temp`` the first free name ``stem[-N]suffix`` in ``folder``
    (a hard link can't replace an existing file, so two processes in the
    same second never share a name), then drop the temporary name."""
    for number in range(1, 10_000):
        candidate = folder / (f"{stem}{suffix}" if number == 1 else f"{stem}-{number}{suffix}")
        try:
            os.link(temp, candidate)
        except FileExistsError:
            continue
        temp.unlink()
        _fsync_folder(folder)
        return candidate
    raise InvalidInput(f"Too many files named {stem}* in {folder}.")  # pragma: no cover


# --- names and references from elsewhere ------------------------------------------------------

def check_slug(value: str, what: str) -> str:
    if not isinstance(value, str) or not SLUG.fullmatch(value):
        raise InvalidInput(f"{what}: {value!r} is not an id (lower-case letters, digits and hyphens).")
    return value


def plain_name(name: str, what: str = "file name") -> str:
    """``name`` when it is a plain file name (no folders, no '..'), else an error."""
    if (not isinstance(name, str) or not name or name in (".", "..") or len(name.encode()) > 255
            or NAME_BAD.search(name)):
        raise InvalidInput(f"{what} {name!r} is not a plain file name.")
    return name


def inside(folder: Path, relative: str, what: str) -> Path:
    """``folder/relative`` when ``relative`` is a relative path without '..'
    whose real location (symlinks followed) stays in ``folder``."""
    if not isinstance(relative, str) or not relative or "\x00" in relative:
        raise InvalidInput(f"{what}: {relative!r} is not a file name.")
    candidate = Path(relative)
    if candidate.is_absolute() or relative.startswith(("/", "\\", "~")) or ".." in re.split(r"[/\\]", relative):
        raise InvalidInput(f"{what}: {relative!r} must be a path inside {folder} (no absolute paths, no '..').")
    real_folder = Path(os.path.realpath(folder))
    real = Path(os.path.realpath(folder / candidate))
    if real_folder not in real.parents:
        raise InvalidInput(f"{what}: {relative!r} leads outside {folder} (a link?); nothing was read.")
    return folder / candidate


# --- the data home's own files ------------------------------------------------------------------

def certificates_dir() -> Path:
    return ensure_home(data_home() / "certificates")


def profiles_dir() -> Path:
    return data_home() / "profiles"


def paths_dir() -> Path:
    return data_home() / "paths"


def _copy_in(source: Path, dest: Path, *, limit: int = CERTIFICATE_LIMIT, what: str = "file") -> str:
    """Copy a regular file into the data home atomically; returns its sha256."""
    import hashlib  # only certificate copies hash: every read command reaches this module

    digest = hashlib.sha256()
    with open_regular(source, limit=limit, what=what) as reader, file_aside(dest, binary=True) as handle:
        for block in iter(lambda: reader.read(1 << 20), b""):
            digest.update(block)
            handle.write(block)
    return digest.hexdigest()


def sha256_of(path: Path, *, limit: int = CERTIFICATE_LIMIT) -> str:
    import hashlib  # only certificate copies hash: every read command reaches this module

    digest = hashlib.sha256()
    with open_regular(path, limit=limit) as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def store_certificate(path: Path) -> str:
    """Copy a certificate in (a regular file only); returns its stored name."""
    source = Path(path).expanduser()
    digest = sha256_of(source)
    name = digest + source.suffix.lower()[:16]
    dest = certificates_dir() / plain_name(name, "certificate")
    if not dest.is_file():
        _copy_in(source, dest, what="certificate")
    return name


def certificate_path(name: str) -> Path:
    """Where a stored certificate lives; a name that is not a plain file name
    (from a hostile import of an older version) never leads out."""
    return data_home() / "certificates" / plain_name(name, "certificate")


def check_certificate_sources(folder: Path, names: list[str]) -> None:
    """Before an import: each certificate an export names is a plain file
    name, and what sits under that name beside the export is a regular file
    inside its folder (not a link leading out, not a pipe)."""
    for name in sorted(set(names)):
        plain_name(name, "certificate")
        if not os.path.lexists(folder / name):
            continue
        source = inside(folder, name, f"certificate {name}")
        if not stat.S_ISREG(os.stat(source).st_mode):
            raise InvalidInput(f"certificate {name}: {source} is not a regular file.")


def import_certificate(folder: Path, name: str, found_as: list[str] | None = None) -> bool:
    """Copy certificate ``name`` (stored under that name) from an export's
    certificates ``folder``, where it sits under the first of ``found_as``
    present (default: ``name``; each a plain name, a regular file, not a link
    leading out). False if absent."""
    plain_name(name, "certificate")
    dest = certificate_path(name)
    if dest.is_file():
        return True
    present = [n for n in (found_as or [name]) if plain_name(n, "certificate") and (folder / n).exists()]
    if not present:
        return False
    source = inside(folder, present[0], "certificate")
    certificates_dir()
    _copy_in(source, dest, what="certificate")
    return True


def store_profile(source: Path, profile_id: str) -> Path:
    return store_toml(profiles_dir(), profile_id, read_text(source, limit=SMALL_LIMIT, what="profile"))


def store_toml(folder: Path, item_id: str, text: str) -> Path:
    """Keep a user's profile or career path (``<id>.toml``) in the data home."""
    dest = ensure_home(folder) / f"{check_slug(item_id, 'id')}.toml"
    write_file(dest, text)
    return dest


def export_certificates(pairs: list[tuple[str, str]], folder: Path) -> dict[str, str]:
    """Copy stored certificates out into ``folder`` (created 0700):
    ``pairs`` of (stored name, plain name to give it). Returns stored name ->
    given name for those present; a missing one is left out."""
    present = [(stored, name) for stored, name in pairs if certificate_path(stored).is_file()]
    if not present:
        return {}
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise InvalidInput(f"Can't create the folder {folder}: {error.strerror}.") from None
    copied = {}
    for stored, name in present:
        _copy_in(certificate_path(stored), folder / plain_name(name), what="certificate")
        copied[stored] = name
    return copied


def user_tomls(folder: Path) -> list[dict]:
    """The user's own profiles or career paths as {"id", "toml"}, by id."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.toml")):
        if SLUG.fullmatch(path.stem) and path.is_file() and not path.is_symlink():
            found.append({"id": path.stem, "toml": read_text(path, limit=SMALL_LIMIT, what="profile")})
    return found
