"""CliRunner helpers: run a command, get exit code, stdout, stderr, JSON."""

from __future__ import annotations

import json

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
