"""Trial 7, B6: `goals export --out` refuses an existing file (json, ics, the
CSVs of a folder) unless --force, as `goals plan --out` and `goals db backup`
do: an export is often someone's only backup."""

from __future__ import annotations

import json
import os

import pytest


@pytest.mark.parametrize("fmt, name", [("json", "all.json"), ("ics", "all.ics"), ("csv", "folder")])
def test_an_existing_export_target_is_refused_without_force(run, add, tmp_path, fmt, name):
    add("Walk 30 minutes 4 days a week", "2026-12-31")
    out = tmp_path / name
    assert run("export", "--format", fmt, "--out", out).code == 0
    written = out / "goals.csv" if fmt == "csv" else out
    written.write_text("my only backup")
    refused = run("export", "--format", fmt, "--out", out)
    assert refused.code == 1 and refused.out == ""
    [line] = refused.err.strip().splitlines()
    assert "already exists; nothing was written" in line and "--force" in line
    assert written.read_text() == "my only backup"
    replaced = run("export", "--format", fmt, "--out", out, "--force")
    assert replaced.code == 0, replaced
    assert written.read_text() != "my only backup"
    if fmt == "json":
        assert json.loads(written.read_text())["goals"][0]["statement"].startswith("Walk 30 minutes")


def test_a_pipe_or_folder_is_still_said_to_be_one(run, tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert "not a regular file" in run("export", "--out", fifo).err
    assert "is a folder" in run("export", "--out", tmp_path).err


def test_stdout_is_never_refused(run, add):
    add()
    assert run("export").code == 0 and run("export", "--out", "-").code == 0
