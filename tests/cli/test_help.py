"""Every command explains itself, and start-up stays light."""

from __future__ import annotations

import os
import subprocess
import sys

import click
import typer.main

from clingoals.cli import app


def _walk(command: click.Command, path: tuple[str, ...] = ()):
    yield path, command
    if isinstance(command, click.Group):
        ctx = click.Context(command)
        for name in command.list_commands(ctx):  # through the lazy loader
            yield from _walk(command.get_command(ctx, name), path + (name,))


def test_every_command_has_help_text(run):
    root = typer.main.get_command(app)
    seen = 0
    for path, command in _walk(root):
        assert (command.help or "").strip(), f"goals {' '.join(path)} has no help"
        for param in command.params:
            if isinstance(param, click.Option) and param.name not in ("help",):
                assert param.help, f"goals {' '.join(path)} {param.opts} has no help"
        result = run(*path, "--help")
        assert result.code == 0, (path, result)
        seen += 1
    assert seen > 20


def test_help_and_version_do_not_import_the_orm():
    code = (
        "import sys\n"
        "sys.argv = ['goals', '--help']\n"
        "from clingoals.entry import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlmodel', 'sqlalchemy', 'pydantic', 'alembic'))\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "COLUMNS": "80"})
    assert "HEAVY []" in out.stdout, out.stdout[-500:] + out.stderr[-500:]


def test_read_commands_do_not_import_the_orm(run):
    # the goal is added in this process (in the test's home, already migrated);
    # the reads run in a fresh one, where nothing else has loaded the ORM
    assert run("add", "Pass the NCE", "--due", "June 30").code == 0
    env = dict(os.environ)
    code = (
        "import sys\n"
        "from clingoals.cli import main\n"
        "for argv in (['goals', 'list'], ['goals', 'show', '1'], ['goals']):\n"
        "    sys.argv = argv\n"
        "    try:\n        main()\n    except SystemExit as e:\n        assert not e.code, e.code\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlmodel', 'sqlalchemy', 'pydantic', 'alembic'))\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert "HEAVY []" in out.stdout, out.stdout[-500:] + out.stderr[-500:]


def test_python_dash_m_and_version():
    out = subprocess.run([sys.executable, "-m", "clingoals", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("clingoals ")


def test_an_unexpected_bug_is_one_line_not_a_traceback(run, monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("clingoals.store.queries.list_goals", broken)
    result = run("list")
    assert result.code == 1
    assert "unexpected problem (ZeroDivisionError: boom)" in result.err and "CLINGOALS_DEBUG" in result.err
    assert "Traceback" not in result.err


def test_lazy_registry_help_matches_each_commands_own_help():
    from clingoals.cli import LAZY, load_lazy

    for name, (_, _, line) in LAZY.items():
        own = " ".join((load_lazy(name).help or "").split())
        assert own.startswith(" ".join(line.split())), (name, own, line)


def test_version_answers_without_importing_typer():
    code = ("import sys\nsys.argv = ['goals', '--version']\nfrom clingoals.entry import main\nmain()\n"
            "print('LOADED', sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'click', 'rich')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.startswith("clingoals ") and "LOADED []" in out.stdout


# Commands that need no --json, and why. Everything else that creates, changes
# or shows records must take it and print the resulting record(s).
NO_JSON = {
    (): "the dashboard; 'goals list --json' is its data",
    ("ce", "export"): "its output is the export itself (CSV or JSON)",
    ("ce", "audit"): "writes a zip bundle, no records change",
    ("export",): "its output is the export document itself",
    ("db", "path"): "prints a path, not a record",
    ("db", "backup"): "writes a file and prints its path",
    ("db", "restore"): "replaces the database file; 'goals db check --json' reports on it",
}


def test_every_command_that_creates_changes_or_shows_records_takes_json():
    root = typer.main.get_command(app)
    missing = []
    for path, command in _walk(root):
        if isinstance(command, click.Group) and not getattr(command, "invoke_without_command", False):
            continue  # a group without its own action (goals step, goals db...)
        if path in NO_JSON:
            continue
        if not any("--json" in getattr(param, "opts", []) for param in command.params):
            missing.append("goals " + " ".join(path))
    assert not missing, f"no --json: {missing}"


def test_the_root_builds_only_the_goal_command_that_runs():
    # Typer would build every goal command from its signature on each start;
    # the root builds the one asked for (and all of them for the command list).
    from clingoals.cli import LAZY, core_commands

    root = typer.main.get_command(app)
    assert not set(core_commands()) & set(root.commands)
    ctx = click.Context(root)
    listed = root.list_commands(ctx)
    assert listed == [*core_commands(), *LAZY] and listed[:2] == ["list", "show"]
    assert root.get_command(ctx, "show").name == "show"
    assert set(root.commands) == {"show"}
    assert isinstance(root.get_command(ctx, "step"), click.Group) and "add" in root.commands["step"].commands


def test_the_command_list_line_of_a_goal_command_is_its_own_short_help():
    # `goals --help` lists the goal commands without building them
    from clingoals.cli import build_registered, core_commands, registered_short_help

    for name, info in core_commands().items():
        for width in (45, 78, 120):
            assert registered_short_help(info, name, width) == build_registered(info, name).get_short_help_str(
                limit=width), name


def test_ce_builds_only_the_command_that_runs_and_a_typo_still_gets_a_suggestion(run):
    from clingoals.cli import load_lazy

    ce = load_lazy("ce")
    assert not ce.commands  # built on demand
    ctx = click.Context(ce)
    assert ce.list_commands(ctx)[:2] == ["status", "add"] and ce.list_commands(ctx)[-1] == "profile"
    assert ce.get_command(ctx, "status").name == "status" and set(ce.commands) == {"status"}
    result = run("ce", "statu")
    assert result.code == 2 and "Did you mean 'status'?" in result.err
