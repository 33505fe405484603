"""CliRunner helpers: run a command, get exit code, stdout, stderr, JSON; and
Ctrl-C in the pseudo-terminal tests pressed a beat after the prompt shows."""

from __future__ import annotations

import copy
import json
import shutil

import pytest
import typer.main
from click.testing import CliRunner

from clingoals.cli import app


class Result:
    def __init__(self, result):
        self.code = result.exit_code
        self.out = result.stdout
        self.err = result.stderr
        self.exception = result.exception

    def json(self):
        return json.loads(self.out)

    def __repr__(self):
        return f"<exit {self.code} out={self.out[-400:]!r} err={self.err[-400:]!r}>"


@pytest.fixture(scope="session")
def cli_command():
    """The Click command tree of the `goals` app, built once per session.
    Typer's own CliRunner rebuilds it from every command's signature on each
    invoke, which was half the time of a small command in tests; a `goals`
    process builds it once, as this does."""
    return typer.main.get_command(app)


@pytest.fixture
def run(cli_command):
    runner = CliRunner()

    def invoke(*args, input=None):
        return Result(runner.invoke(cli_command, [str(a) for a in args], input=input,
                                    env={"COLUMNS": "100", "NO_COLOR": "1"}))

    return invoke


@pytest.fixture
def add(run):
    """Add a goal non-interactively and return its JSON."""

    def adder(statement="Pass the NCE", due="2026-09-30", *extra):
        result = run("add", statement, "--due", due, *extra, "--json")
        assert result.code == 0, result
        return result.json()

    return adder


@pytest.fixture(scope="session")
def _built_folders(tmp_path_factory):
    return {"root": tmp_path_factory.mktemp("built"), "built": {}}


@pytest.fixture
def built(request, tmp_path, isolated_home, _built_folders):
    """``built(build)``: what ``build()`` leaves in this test's ``tmp_path``
    (the data home and any files beside it) and its return value, with
    ``build`` run only once per session: later tests get a copy of the
    folder it left. For fixtures that fill a home with many commands.

    ``build`` must write only under ``tmp_path``, leave the environment as
    it found it, and return data that holds no path (paths differ per test)."""
    def get(build):
        key = f"{build.__module__}.{build.__qualname__}"
        saved = _built_folders["built"].get(key)
        if saved is not None:
            folder, value = saved
            shutil.rmtree(isolated_home)
            shutil.copytree(folder, tmp_path, symlinks=True, dirs_exist_ok=True)
            return copy.deepcopy(value)
        value = build()
        folder = _built_folders["root"] / key
        shutil.copytree(tmp_path, folder, symlinks=True)
        _built_folders["built"][key] = (folder, copy.deepcopy(value))
        return value

    return get


@pytest.fixture
def columns(monkeypatch):
    """Set the width the renderer lays output out for (as a terminal of that size would)."""
    from clingoals import render

    def set_width(width: int) -> None:
        monkeypatch.setattr(render.out, "_width", width)
        monkeypatch.setattr(render.err, "_width", width)

    return set_width


_BEAT_BEFORE_CTRL_C = 0.3  # seconds


@pytest.fixture(autouse=True, scope="session")
def ctrl_c_after_a_beat():
    """Ctrl-C in the pseudo-terminal tests is pressed a beat after the
    prompt shows, as a person's key would be. CPython's readline sets a
    flag on SIGINT and then waits in select() without a timeout: a SIGINT
    that lands between the prompt being written and that select() starting
    is only seen at the next key, so a test that presses Ctrl-C the instant
    the prompt appears can hang on a loaded machine (CI once timed out
    waiting for test_add17_pty's draft to be kept)."""
    import time

    import pexpect

    pressed_intr, pressed_control = pexpect.spawn.sendintr, pexpect.spawn.sendcontrol

    def sendintr(self):
        time.sleep(_BEAT_BEFORE_CTRL_C)
        return pressed_intr(self)

    def sendcontrol(self, char):
        if char.lower() == "c":
            time.sleep(_BEAT_BEFORE_CTRL_C)
        return pressed_control(self, char)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pexpect.spawn, "sendintr", sendintr)
        patch.setattr(pexpect.spawn, "sendcontrol", sendcontrol)
        yield
