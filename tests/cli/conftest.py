"""CliRunner helpers: run a command, get exit code, stdout, stderr, JSON."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

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


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args, input=None):
        return Result(runner.invoke(app, [str(a) for a in args], input=input,
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


@pytest.fixture
def columns(monkeypatch):
    """Set the width the renderer lays output out for (as a terminal of that size would)."""
    from clingoals import render

    def set_width(width: int) -> None:
        monkeypatch.setattr(render.out, "_width", width)
        monkeypatch.setattr(render.err, "_width", width)

    return set_width
