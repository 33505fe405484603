"""A user error changes nothing, not even on a first run: a command that
fails in a data home with no database leaves no database and no folder
behind (issue 10 item 4 / trial: `goals path start BADID` made an empty
database in a fresh home). Exit 1, one line on stderr."""

from __future__ import annotations

import pytest

UNKNOWN = [
    (("path", "start", "BADID", "--yes"), "Unknown path 'BADID'"),
    (("path", "show", "BADID"), "Unknown path 'BADID'"),
    (("license", "show", "NOPE"), "No license named 'NOPE'"),
    (("license", "done", "NOPE", "jurisprudence exam", "--date", "2026-05-01"), "No license named 'NOPE'"),
    (("ce", "audit", "--license", "NOPE", "--out", "audit.zip"), "No license named 'NOPE'"),
    (("ce", "add", "Ethics", "--hours", "3", "--date", "2026-05-01", "--format", "in-person",
      "--license", "NOPE"), "No license named 'NOPE'"),
    (("ce", "status", "--cycle", "previous"), None),  # no licenses: fine, not an error
    (("ce", "show", "4"), "No CE credit with id 4"),
]


@pytest.mark.fresh_home
@pytest.mark.parametrize("args, says", UNKNOWN)
def test_an_error_on_a_first_run_leaves_no_data_folder(run, isolated_home, args, says):
    result = run(*args)
    if says is None:
        assert result.code == 0, result
        return
    assert result.code == 1, result
    assert says in result.err and len(result.err.strip().splitlines()) == 1, result.err
    assert not isolated_home.exists(), sorted(p.name for p in isolated_home.iterdir())


@pytest.mark.fresh_home
def test_a_first_run_that_succeeds_keeps_its_database(run, isolated_home):
    assert run("ce", "list").code == 0
    assert (isolated_home / "goals.db").is_file()


def test_an_error_never_removes_a_database_that_was_there(run, isolated_home):
    # The home starts with an (empty) database: an error leaves it as it was.
    before = (isolated_home / "goals.db").read_bytes()
    assert run("path", "show", "BADID").code == 1
    assert (isolated_home / "goals.db").read_bytes() == before


@pytest.mark.fresh_home
def test_an_error_after_records_were_stored_keeps_them(run, isolated_home):
    # First command creates the database and a license; a later error keeps both.
    assert run("license", "add", "TX", "--profile", "example-tx-lpc", "--renews", "2027-01-31").code == 0
    assert run("license", "show", "NOPE").code == 1
    assert [l["name"] for l in run("license", "list", "--json").json()] == ["TX"]
