"""The data commands tried as a new user would, with bad input on purpose:
one clear line on stderr, exit status 1 (0 when there is simply nothing to
do), and nothing changed: no data folder appears, no file is written."""

from __future__ import annotations

import os

import pytest


def _one_line(result) -> str:
    [line] = result.err.strip().splitlines()
    assert "unexpected" not in line
    return line


@pytest.mark.fresh_home
def test_backup_without_a_database_says_so_and_creates_nothing(run, isolated_home):
    result = run("db", "backup")
    assert result.code == 1 and "nothing to back up" in _one_line(result)
    assert not isolated_home.exists()


@pytest.mark.fresh_home
def test_purge_without_a_database_changes_nothing(run, isolated_home):
    result = run("db", "purge", "--json")
    assert result.code == 0 and "nothing to purge" in result.err and result.json() == {}
    assert not isolated_home.exists()


def test_an_empty_backup_dest_is_refused_not_read_as_this_folder(run, add, tmp_path, monkeypatch):
    add()
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    result = run("db", "backup", "")
    assert result.code == 1 and "DEST is empty" in _one_line(result)
    assert os.listdir(here) == []


def test_restoring_an_export_points_to_import(run, add, tmp_path, isolated_home):
    add("Pass the NCE")
    export = tmp_path / "mine.json"
    assert run("export", "--out", export).code == 0
    add("After the export")
    before = (isolated_home / "goals.db").read_bytes()
    result = run("db", "restore", export, "--yes")
    assert result.code == 1 and f"goals import {export}" in _one_line(result)
    assert (isolated_home / "goals.db").read_bytes() == before
    assert len(run("list", "--json").json()) == 2


def test_importing_a_csv_points_to_the_json_export_and_ce_import(run, add, tmp_path):
    add()
    folder = tmp_path / "csv"
    assert run("export", "--format", "csv", "--out", folder).code == 0
    result = run("import", folder / "goals.csv")
    assert result.code == 1 and "goals ce import" in _one_line(result) and "Nothing was imported" in result.err
    assert len(run("list", "--json").json()) == 1
