"""Guards for the layout (see /work/notes/STRUCTURE.md and the architecture
page): one clock, CLI modules that don't lean on each other, storage only in
store/. They read the source, so they fail the moment a rule is broken."""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "clingoals"
STORAGE_LIBRARIES = {"sqlite3", "sqlalchemy", "sqlmodel", "alembic"}
# Attribute calls that read the real clock: datetime.now(), date.today(), time.time()...
CLOCK_READS = {
    ("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today"),
    ("time", "time"), ("time", "time_ns"), ("time", "localtime"), ("time", "gmtime"), ("time", "ctime"),
}


def _modules(under: Path = SRC):
    yield from _parsed(under)


@lru_cache(maxsize=None)
def _parsed(under: Path) -> tuple:
    """(path, syntax tree) of every module under ``under``, parsed once for
    all the guards (they only read the trees)."""
    return tuple((path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
                 for path in sorted(under.rglob("*.py")))


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _imports(tree: ast.AST):
    """(line, dotted module) for every import, at any depth (lazy ones too)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"


def _where(path: Path, line: int) -> str:
    return f"{path.relative_to(SRC.parent)}:{line}"


def test_only_clock_py_reads_the_real_clock():
    found = []
    for path, tree in _modules():
        if path == SRC / "clock.py":
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and (_name(node.func.value), node.func.attr) in CLOCK_READS):
                found.append(_where(path, node.lineno))
            if isinstance(node, ast.ImportFrom) and node.module == "time" and any(
                    ("time", a.name) in CLOCK_READS for a in node.names):
                found.append(_where(path, node.lineno))
    assert not found, f"read the real clock outside clock.py (use clock.today()/clock.now()): {found}"


def _command_modules() -> dict[str, Path]:
    """cli modules that define commands (they create a Typer app or register
    commands on one), by dotted name. Helpers such as cli/common.py don't."""
    found = {}
    for path, tree in _modules(SRC / "cli"):
        defines = any(
            isinstance(node, ast.Call) and (
                _name(node.func) == "Typer"
                or (isinstance(node.func, ast.Attribute) and node.func.attr in ("command", "callback"))
            )
            for node in ast.walk(tree)
        )
        if defines and path.name != "__init__.py":
            found["clingoals.cli." + path.stem] = path
    return found


def test_the_guard_sees_the_command_modules():
    assert {"clingoals.cli.goals", "clingoals.cli.ce", "clingoals.cli.review"} <= set(_command_modules())


def test_no_cli_command_module_imports_another():
    commands = _command_modules()
    found = []
    for name, path in commands.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, module in _imports(tree):
            if module in commands and module != name:
                found.append(f"{_where(path, line)} imports {module}")
    assert not found, "a CLI module calls a use case instead of another CLI module: " + "; ".join(found)


def test_storage_libraries_are_imported_only_in_store():
    found = []
    for path, tree in _modules():
        if (SRC / "store") in path.parents:
            continue
        for line, module in _imports(tree):
            if module.split(".")[0] in STORAGE_LIBRARIES:
                found.append(f"{_where(path, line)} imports {module}")
    assert not found, "storage code belongs in store/: " + "; ".join(sorted(set(found)))


def test_cli_modules_read_and_write_only_through_use_cases():
    """No queries, repository writes, models or transfer code called from cli/."""
    found = []
    for path, tree in _modules(SRC / "cli"):
        for line, module in _imports(tree):
            if module.startswith(("clingoals.store.queries", "clingoals.store.repository",
                                  "clingoals.store.models", "clingoals.store.transfer")):
                found.append(f"{_where(path, line)} imports {module}")
    assert not found, "call a use case instead: " + "; ".join(sorted(set(found)))


def test_cli_modules_build_no_files():
    """Issue 10 item 4: CSVs, zips and archives are built in use cases and
    written by store/ (atomic writes); the CLI only parses, calls, renders."""
    found = []
    for path, tree in _modules(SRC / "cli"):
        for line, module in _imports(tree):
            if module.split(".")[0] in {"csv", "zipfile", "tarfile"}:
                found.append(f"{_where(path, line)} imports {module}")
    assert not found, "build files in a use case, write them through store/files.py: " + "; ".join(sorted(set(found)))


def test_ce_and_license_commands_touch_no_storage_code():
    """`goals ce` and `goals license` reach the data folder only through use cases."""
    found = []
    for name in ("ce.py", "license.py"):
        path = SRC / "cli" / name
        for line, module in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if module.startswith("clingoals.store"):
                found.append(f"{_where(path, line)} imports {module}")
    assert not found, "call a use case instead: " + "; ".join(sorted(set(found)))
