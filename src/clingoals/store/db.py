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
import sqlite3
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
REVISIONS = ("0001", "0002", "0003", "0004", "0005")
HEAD = REVISIONS[-1]


def data_home() -> Path:
    env = os.environ.get("CLINGOALS_HOME", "").strip()
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_data_path("clingoals")


def db_path() -> Path:
    return data_home() / DB_NAME


def ensure_home(home: Path) -> Path:
    """Create the data home owner-only (0700); tighten it if it exists."""
    try:
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(home, 0o700)
    except OSError as error:
        raise StoreError(f"Can't use the data folder {home}: {error.strerror}.") from None
    return home


def _check_header(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as handle:
        header = handle.read(16)
    if header != SQLITE_HEADER:
        raise StoreError(
            f"{path} is not a clingoals database (not SQLite). It was left untouched; "
            "run 'goals db check', or restore a backup with 'goals db restore FILE'."
        )


def connect(path: Path) -> sqlite3.Connection:
    """A raw connection with the house pragmas. Autocommit mode: writers
    start their own ``BEGIN IMMEDIATE`` so concurrent writers queue politely."""
    ensure_home(path.parent)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    _check_header(path)
    old_umask = os.umask(0o077)  # the -wal and -shm files are created owner-only
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise StoreError(
            f"{path} can't be opened as a database ({error}). It was left untouched; "
            "run 'goals db check', or restore a backup with 'goals db restore FILE'."
        ) from None
    finally:
        os.umask(old_umask)
    if mode.lower() != "wal":  # pragma: no cover - e.g. a read-only medium
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
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

        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                if dry_run:
                    session.rollback()
                else:
                    session.commit()
            except sqlite3.OperationalError as error:  # pragma: no cover - rare
                session.rollback()
                raise StoreError(f"The database is busy or locked ({error}); try again.") from None
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
    except sqlite3.OperationalError as error:
        raise StoreError(f"The database is busy or can't be written ({error}); try again.") from None
    except Exception as error:
        if isinstance(getattr(error, "orig", None), sqlite3.OperationalError):
            raise StoreError(f"The database is busy or can't be written ({error.orig}); try again.") from None
        raise


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


def backup_to(conn: sqlite3.Connection, dest: Path) -> Path:
    """A consistent copy through SQLite's online backup API, safe while
    other processes write."""
    dest = Path(dest)
    if dest.exists() and dest.is_dir():
        raise StoreError(f"{dest} is a folder; give a file name for the backup.")
    old_umask = os.umask(0o077)
    try:
        target = sqlite3.connect(dest)
        try:
            conn.backup(target)
        finally:
            target.close()
    except sqlite3.Error as error:
        raise StoreError(f"Can't write the backup to {dest}: {error}.") from None
    finally:
        os.umask(old_umask)
    os.chmod(dest, 0o600)
    return dest


def default_backup_name(now: dt.datetime, label: str = "backup") -> str:
    """``goals-<label>-<local time>.db``; ``now`` comes from the clock."""
    from clingoals.clock import file_stamp

    return f"goals-{label}-{file_stamp(now)}.db"


def backup_before_migration(store: Store, version: str, now: dt.datetime) -> Path:
    dest = backup_dir(store.path.parent) / default_backup_name(now, f"before-migration-from-{version}")
    return backup_to(store.conn, dest)


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
    ensure_home(target.parent)
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
    staging = target.with_name(f"{target.name}.restoring")
    source_conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        backup_to(source_conn, staging)
    finally:
        source_conn.close()
    os.replace(staging, target)
    return kept


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
