"""Where the data lives and how the database file is opened.

Lookup order for the data home: ``CLINGOALS_HOME`` when set, else
``platformdirs.user_data_path("clingoals")``. The directory is kept 0700 and
every file in it 0600. The database is ``goals.db`` (WAL journal, foreign keys
on, a busy timeout so concurrent ``goals`` processes wait instead of failing).

Opening is cheap on purpose: the schema version is read with the standard
library's ``sqlite3``; Alembic and SQLAlchemy are imported only when the file
is behind and must be migrated (a backup is taken first), or when a command
writes through the ORM (:meth:`Store.session`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from clingoals.errors import StoreError

if TYPE_CHECKING:  # pragma: no cover
    from sqlmodel import Session

DB_NAME = "goals.db"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 30_000
# Every revision shipped in migrations/versions, oldest first. A test checks
# this against Alembic's own view, so the fast path cannot drift.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011")
HEAD = REVISIONS[-1]


DEMO_MARKER = "DEMO-ACTIVE"
# A file being written, before it is whole: hidden, marked, named with the
# writer's process id so what a killed writer left can be told apart and swept
# (clingoals.store.sweep.sweep_unfinished). SQLite's -wal/-shm/-journal beside it too.
UNFINISHED_MARK = ".unfinished-"
UNFINISHED = r"\..*\.pid(\d+)\.[^.]+\.part(-wal|-shm|-journal)?"


def unfinished_pid(name: str) -> int | None:
    """The writer's process id when ``name`` is a file left unfinished, else None."""
    if ".part" not in name:  # the pattern needs it: most names are settled here, without compiling it
        return None
    match = re.fullmatch(UNFINISHED, name)
    return int(match.group(1)) if match else None


def unfinished_prefix(name: str) -> str:
    """The start of a temporary name for a file that will be called ``name``."""
    return f"{UNFINISHED_MARK}{name[:100]}.pid{os.getpid()}."


def own_home() -> Path:
    """The person's own data home: ``CLINGOALS_HOME`` when set, else the
    platform's user data folder."""
    env = os.environ.get("CLINGOALS_HOME", "").strip()
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_data_path("clingoals")


def demo_home() -> Path:
    """The sample clinician's home, beside (never inside) the person's own."""
    home = own_home()
    return home.with_name(home.name + "-demo")


def demo_active() -> bool:
    return (demo_home() / DEMO_MARKER).exists()


def set_demo(active: bool) -> Path:
    """Enter (every command then uses the demo home) or leave the demo."""
    home = demo_home()
    marker = home / DEMO_MARKER
    if active:
        ensure_home(home)
        marker.write_text("While this file exists, clingoals uses this folder. 'goals demo --leave' removes it.\n")
    else:
        marker.unlink(missing_ok=True)
    return home


def data_home() -> Path:
    """Where this command's data lives: the demo home while the demo is on."""
    return demo_home() if demo_active() else own_home()


def remove_database(path: Path) -> None:
    """Delete a database file with its WAL and shared-memory files (after a backup)."""
    for name in (str(path), f"{path}-wal", f"{path}-shm"):
        Path(name).unlink(missing_ok=True)


def discard_unused_database(path: Path, *, folder_too: bool = False) -> bool:
    """Remove a database that holds no records (only its schema version),
    and its folder when ``folder_too`` and it is empty. Returns whether it
    was removed; a database with any record is never touched."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = [row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version'")]
            if any(conn.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0] for table in tables):
                return False
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    remove_database(path)
    if folder_too:
        with contextlib.suppress(OSError):
            path.parent.rmdir()
    return True


def db_path() -> Path:
    return data_home() / DB_NAME


def busy_timeout_ms() -> int:
    """How long a command waits for another one's write lock:
    ``CLINGOALS_BUSY_TIMEOUT_MS`` when set (tests use a short one), else 30 s."""
    try:
        return max(0, min(int(os.environ.get("CLINGOALS_BUSY_TIMEOUT_MS", BUSY_TIMEOUT_MS)), 600_000))
    except ValueError:
        return BUSY_TIMEOUT_MS


def ensure_home(home: Path) -> Path:
    """Create a folder of the data home owner-only (0700). An existing one
    loses group and other access but never gains any: a folder the person
    made read-only stays read-only (and writes fail with a message). A
    folder inside the data home (drafts/, backups/...) makes the home first,
    so the home is owner-only too."""
    if data_home() in home.parents:
        ensure_home(data_home())
    try:
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        mode = stat.S_IMODE(os.stat(home).st_mode)
        if mode & 0o077:
            os.chmod(home, mode & 0o700)
    except FileExistsError:
        raise StoreError(f"{home} is a file, not a folder; move it away or set CLINGOALS_HOME to a folder.") from None
    except OSError as error:
        raise StoreError(f"Can't use the data folder {home}: {error.strerror}.") from None
    return home


def check_writable(path: Path) -> None:
    """Refuse to write when the person took away write permission from the
    database or its folder (checked on the mode bits, so it holds for root too)."""
    for item, what in ((path.parent, "data folder"), (path, "database")):
        try:
            mode = os.stat(item).st_mode
        except FileNotFoundError:
            continue
        if not mode & stat.S_IWUSR:
            raise StoreError(f"The {what} {item} is read-only, so nothing was saved. "
                             f"Make it writable (chmod u+w {item}) and try again.")


def describe_sqlite_error(error: BaseException) -> StoreError | None:
    """One line naming the cause and the next step for an error from
    sqlite3 (raw or wrapped by SQLAlchemy): never the SQL, never the data."""
    error = getattr(error, "orig", None) or error
    if not isinstance(error, sqlite3.DatabaseError) or isinstance(error, sqlite3.IntegrityError):
        return None
    text = str(error).lower()
    home = data_home()
    if "locked" in text or "busy" in text:
        return StoreError(f"The database is busy: another clingoals command kept it locked for more than "
                          f"{busy_timeout_ms() / 1000:g} s. Nothing was saved; try again when it has finished.")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"The database in {home} is read-only, so nothing was saved. "
                          f"Make the folder and goals.db writable (chmod u+w) and try again.")
    if "full" in text:
        return StoreError(f"The disk holding {home} is full, so nothing was saved. Free some space and try again.")
    if "unable to open" in text and home.is_dir() and not os.access(home, os.W_OK):
        return StoreError(f"The data folder {home} is read-only, so nothing was saved. "
                          f"Make it writable (chmod u+w) and try again.")
    if "i/o" in text or "unable to open" in text:
        return StoreError(f"The disk reported an error reading or writing {home} ({error}); nothing was saved. "
                          "Check the disk and the folder's permissions, then run 'goals db check'.")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StoreError(f"The database in {home} is damaged ({error}). Run 'goals db check', or restore a "
                          "backup with 'goals db restore FILE'.")
    return StoreError(f"The database reported a problem ({type(error).__name__}: {str(error).splitlines()[0][:80]}); "
                      "nothing was saved. Run 'goals db check'.")


def _check_header(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file. Move it away, or set CLINGOALS_HOME "
                         "to another folder.")
    if path.stat().st_size == 0:
        raise StoreError(f"{path} is empty (0 bytes), not a clingoals database; it was left untouched. "
                         "To go on: restore a backup, or remove it to start fresh.")
    with open(path, "rb") as handle:
        header = handle.read(16)
    if header != SQLITE_HEADER:
        raise StoreError(
            f"{path} is not a clingoals database (not SQLite). It was left untouched; "
            "run 'goals db check', or restore a backup with 'goals db restore FILE'."
        )


def _create_database(path: Path) -> None:
    """A new, empty WAL database appears at ``path`` whole or not at all (made
    aside, then linked in), so a zero-byte goals.db is never ours to set up."""
    import tempfile

    old_umask = os.umask(0o077)
    try:
        fd, temp = tempfile.mkstemp(prefix=unfinished_prefix(path.name), suffix=".part", dir=path.parent)
        os.close(fd)
        try:
            conn = sqlite3.connect(temp, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode = WAL")
            finally:
                conn.close()
            try:
                os.link(temp, path)
            except FileExistsError:
                pass  # another command created it at the same moment
        finally:
            for leftover in (temp, f"{temp}-wal", f"{temp}-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(leftover)
    except (OSError, sqlite3.Error) as error:
        raise StoreError(f"Can't create the database in {path.parent}: {getattr(error, 'strerror', None) or error}.") from None
    finally:
        os.umask(old_umask)


def connect(path: Path) -> sqlite3.Connection:
    """A raw connection with the house pragmas. Autocommit mode: writers
    start their own ``BEGIN IMMEDIATE`` so concurrent writers queue politely."""
    ensure_home(path.parent)
    if not path.exists():
        _create_database(path)
    _check_header(path)
    timeout = busy_timeout_ms()
    old_umask = os.umask(0o077)  # the database, -wal and -shm files are created owner-only
    try:
        conn = sqlite3.connect(path, timeout=timeout / 1000, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {timeout}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.DatabaseError as error:
        described = describe_sqlite_error(error)
        if described is not None and "damaged" not in str(described) and "reported a problem" not in str(described):
            raise described from None
        raise StoreError(
            f"{path} can't be opened as a database ({error}). It was left untouched; "
            "run 'goals db check', or restore a backup with 'goals db restore FILE'."
        ) from None
    finally:
        os.umask(old_umask)
    if mode.lower() != "wal":  # pragma: no cover - e.g. a read-only medium
        conn.execute(f"PRAGMA busy_timeout = {timeout}")
    conn.row_factory = sqlite3.Row
    return conn


def schema_version(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None  # a new, empty file
    except sqlite3.DatabaseError as error:
        raise StoreError(f"The database can't be read ({error}). It was left untouched; run 'goals db check', "
                         "or restore a backup with 'goals db restore FILE'.") from None
    return row[0] if row else None


class Store:
    """One open database for the life of one command."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self.conn = conn
        self._engine = None

    @property
    def engine(self):
        """SQLAlchemy engine over the same connection (imported on demand)."""
        if self._engine is None:
            from sqlalchemy import create_engine, event
            from sqlalchemy.pool import StaticPool

            engine = create_engine("sqlite://", creator=lambda: self.conn, poolclass=StaticPool)

            @event.listens_for(engine, "begin")
            def _begin_immediate(connection):  # writers take the write lock up front
                connection.exec_driver_sql("BEGIN IMMEDIATE")

            self._engine = engine
        return self._engine

    @contextlib.contextmanager
    def session(self, *, dry_run: bool = False) -> Iterator["Session"]:
        """A write session: committed when the block ends (rolled back instead
        with ``dry_run``), rolled back on error."""
        from sqlmodel import Session

        if not dry_run:
            check_writable(self.path)
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                if dry_run:
                    session.rollback()
                else:
                    session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self.conn.close()


@contextlib.contextmanager
def sqlite_errors_as_store_errors() -> Iterator[None]:
    """Inside this block, SQLite's operational errors (busy, locked, read-only,
    disk full), raw or wrapped by SQLAlchemy, become one :class:`StoreError`."""
    try:
        yield
    except Exception as error:
        described = describe_sqlite_error(error)
        if described is None:
            raise
        raise described from None


def open_store(path: Path | None = None, *, now: dt.datetime | None = None) -> Store:
    """Open (creating or migrating as needed) the user's database. ``now``
    names the backup taken before a migration (default: the clock's)."""
    path = path or db_path()
    conn = connect(path)
    version = schema_version(conn)
    if version is not None and version not in REVISIONS:
        conn.close()
        raise StoreError(
            f"{path} was written by a newer clingoals (schema {version}); "
            "upgrade clingoals to use it. The file was left untouched."
        )
    store = Store(path, conn)
    if version != HEAD:
        try:
            check_writable(path)
            if version is not None:
                if now is None:
                    from clingoals import clock

                    now = clock.now()
                backup_before_migration(store, version, now)
            migrate(store)
        except BaseException:
            store.close()
            raise
    return store


def backup_dir(home: Path) -> Path:
    return ensure_home(home / "backups")


def backup_to(conn: sqlite3.Connection, dest: Path, *, unique: bool = False) -> Path:
    """A consistent copy of the database file (see :mod:`clingoals.store.backup`)."""
    from clingoals.store.backup import write_database_copy

    return write_database_copy(conn, dest, unique=unique)


def default_backup_name(now: dt.datetime, label: str = "backup") -> str:
    """``goals-<label>-<local time>.db``; ``now`` comes from the clock."""
    from clingoals.clock import file_stamp

    return f"goals-{label}-{file_stamp(now)}.db"


def backup_before_migration(store: Store, version: str, now: dt.datetime) -> Path:
    dest = backup_dir(store.path.parent) / default_backup_name(now, f"before-migration-from-{version}")
    return backup_to(store.conn, dest, unique=True)


def migrate(store: Store) -> None:
    """Bring the file up to HEAD inside one write transaction.

    Foreign keys are switched off for the duration (SQLite's batch migrations
    copy tables), and the version is re-read under the lock, so two processes
    opening an old file at once migrate it exactly once.
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    store.conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as error:
        raise StoreError(f"Can't update the database schema: {error}") from None
    finally:
        store.conn.execute("PRAGMA foreign_keys = ON")


def check_candidate(path: Path) -> str:
    """Problems that make ``path`` unfit to restore from, or its schema version."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"No backup file at {path}.")
    with open(path, "rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise StoreError(f"{path} is not a SQLite database; nothing was restored.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            problems = integrity_problems(conn)
            version = schema_version(conn)
        finally:
            conn.close()
    except (sqlite3.Error, StoreError) as error:
        raise StoreError(f"{path} can't be read ({error}); nothing was restored.") from None
    if problems:
        raise StoreError(f"{path} fails its integrity check ({problems[0]}); nothing was restored.")
    if version not in REVISIONS:
        raise StoreError(f"{path} has schema {version or 'none'}, which this clingoals doesn't know; nothing was restored.")
    return version


def restore_from(source: Path, target: Path, *, now: dt.datetime) -> Path:
    """Replace ``target`` with a checked copy of ``source``; the replaced file
    is kept beside it, named with ``now``. Returns where the old file went."""
    from clingoals.clock import file_stamp

    check_candidate(source)
    kept = target.with_name(f"{target.name}.replaced-{file_stamp(now)}")
    number = 1
    while kept.exists():
        number += 1
        kept = target.with_name(f"{target.name}.replaced-{file_stamp(now)}-{number}")
    ensure_home(target.parent)
    staging = target.with_name(f"{unfinished_prefix(target.name)}restoring.part")
    source_conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        backup_to(source_conn, staging)  # the new file is whole before the old one moves
    finally:
        source_conn.close()
    if target.exists():
        current = sqlite3.connect(target)  # fold the WAL in so the kept copy is whole
        try:
            current.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.DatabaseError:
            pass
        finally:
            current.close()
        os.replace(target, kept)
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(staging, target)
    return kept


def compact(conn: sqlite3.Connection) -> None:
    """Rebuild the file without free pages (VACUUM) and fold the write-ahead
    log back into it, so the text of removed records leaves both files."""
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """What SQLite's own checks find wrong (empty when healthy)."""
    problems = []
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        problems += [row[0] for row in rows if row[0] != "ok"]
        problems += [
            f"broken link in {row[0]} (row {row[1]})"
            for row in conn.execute("PRAGMA foreign_key_check").fetchall()
        ]
    except sqlite3.DatabaseError as error:
        problems.append(str(error))
    return problems
