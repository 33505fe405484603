"""One help style for every command, one suggestion on a typo, and one
spelling: "license" (the command is `license`; `licence` is an alias)."""

from __future__ import annotations

import click
import pytest
import typer.main

from clingoals.cli import app

BOX = set("╭╮╰╯│─┃━")


def _walk(command: click.Command, path: tuple[str, ...] = ()):
    yield path, command
    if isinstance(command, click.Group):
        ctx = click.Context(command)
        for name in command.list_commands(ctx):
            yield from _walk(command.get_command(ctx, name), path + (name,))


def test_every_help_in_one_style(run):
    root = typer.main.get_command(app)
    seen = 0
    for path, _ in _walk(root):
        result = run(*path, "--help")
        assert result.code == 0, (path, result)
        text = result.out
        first = text.splitlines()[0]
        assert first.startswith("Usage: ") and f" {' '.join(path)} [".replace("  ", " ") in first + " [", (path, first)
        assert not BOX & set(text), f"goals {' '.join(path)} --help draws boxes"
        assert "Options:" in text
        completion = "--install-completion" in text
        assert completion == (path == ()), f"completion options on goals {' '.join(path)}"
        for line in text.splitlines():  # choices are never wrapped mid-word
            if "[" in line and "|" in line and "]" not in line.split("[", 1)[1]:
                pytest.fail(f"goals {' '.join(path)}: a choice list is broken: {line!r}")
        seen += 1
    assert seen > 40


@pytest.mark.parametrize("typo, meant", [(("lsit",), "list"), (("jurnal",), "journal"), (("ce", "lst"), "list")])
def test_a_typo_gets_one_suggestion(run, typo, meant):
    result = run(*typo)
    assert result.code == 2
    assert result.err.count("Did you mean") == 1 and f"Did you mean '{meant}'?" in result.err


def test_licence_is_an_alias(run):
    assert run("licence", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30").code == 0
    assert [r["name"] for r in run("licence", "list", "--json").json()] == ["TX LPC"]
    assert "licence" not in run("--help").out  # accepted, not listed


def test_one_spelling_in_every_ce_and_license_output(run, tmp_path):
    outputs = []

    def go(*args, code=None):
        result = run(*args)
        if code is not None:
            assert result.code == code, (args, result)
        outputs.append(result.out + result.err)
        return result

    go("ce", code=0)  # no licenses yet
    go("license", "list", code=0)
    go("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30", "--number", "L1", code=0)
    go("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30", code=1)
    go("license", "add", "NY", "--profile", "nope", "--renews", "2027-06-30", code=1)
    go("license", "show", "TX LPC", code=0)
    go("license", "show", "Nope", code=1)
    go("license", "edit", "TX LPC", "--number", "L2", code=0)
    go("license", "list", code=0)
    go("ce", "add", "Ethics", "--hours", "6", "--date", "2026-03-01", "--format", "live-online",
       "--category", "ethics", "--license", "TX LPC", code=0)
    go("ce", "add", "Ethics", "--hours", "6", "--date", "2026-03-01", "--format", "live-online",
       "--license", "Nope")
    go("ce", code=0)
    go("ce", "status", "--license", "Nope", code=1)
    go("ce", "list", code=0)
    go("ce", "show", "1", code=0)
    go("ce", "audit", "--license", "TX LPC", "--out", tmp_path / "audit", code=0)
    outputs += [f.read_text() for f in (tmp_path / "audit").rglob("*.md")] if (tmp_path / "audit").is_dir() else []
    go("ce", "export", code=0)
    go("ce", "profile", "list", code=0)
    go("ce", "profile", "show", "example-tx-lpc", code=0)
    go("license", "renew", "TX LPC")
    go("license", "renew", "TX LPC", "--yes")
    root = typer.main.get_command(app)
    for path, _ in _walk(root):
        if path[:1] in (("ce",), ("license",)):
            go(*path, "--help", code=0)
    go("--help", code=0)
    text = "\n".join(outputs).lower()
    assert "licence" not in text, text[max(text.find("licence") - 300, 0):text.find("licence") + 100]
    assert "license" in text
