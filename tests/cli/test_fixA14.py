"""Trial 24 (a NJ LCSW), findings 17 and 4: a command left without its
argument or required option says what it needs in one stderr line, exit 1
(not Click's usage block, exit 2); `goals check --aspiration NAME` refuses
an aspiration that isn't declared, as `goals add --aspiration` does."""

from __future__ import annotations

import pytest


def _one_line_error(result):
    assert result.code == 1, result
    assert result.err.count("\n") == 1 and result.err.startswith("error: "), result.err
    assert "Usage:" not in result.err.splitlines()[0][:7] and "Try '" not in result.err


@pytest.mark.parametrize("args, needs", [
    (("check",), "goals check needs STATEMENT. Usage: goals check [OPTIONS] STATEMENT."),
    (("log",), "goals log needs ID."),
    (("log", "1"), "goals log needs VALUE. Usage: goals log [OPTIONS] ID VALUE."),
    (("show",), "goals show needs ID."),
    (("journal", "show"), "goals journal show needs ID."),
    (("aspiration", "add"), "goals aspiration add needs NAME."),
    (("ce", "add", "Trauma course", "--date", "2026-05-01"), "goals ce add needs --hours, how many units it gave"),
])
def test_a_missing_argument_or_option_is_one_line_naming_it_exit_1(run, add, args, needs):
    add("Read 2 books on trauma", "2026-12-31", "--target", "2", "--unit", "books")
    before = run("export").json()
    result = run(*args)
    _one_line_error(result)
    assert needs in result.err and result.err.rstrip().endswith("Nothing was changed.")
    after = run("export").json()
    assert after["goals"] == before["goals"] and after["ce_credits"] == before["ce_credits"] == []


def test_the_shape_of_the_line_is_still_a_usage_error(run):
    assert run("check", "Walk", "extra").code == 2
    assert run("check", "Walk", "--bogus").code == 2


def test_check_refuses_an_aspiration_not_declared(run):
    result = run("check", "walk 30 min", "--aspiration", "nonexistent")
    _one_line_error(result)
    assert "Unknown aspiration 'nonexistent'. Add it first: goals aspiration add 'nonexistent'" in result.err
    assert "Serves" not in result.out


def test_check_suggests_the_declared_aspiration_meant(run):
    run("aspiration", "add", "private practice")
    result = run("check", "See 10 private pay clients a week by June 30, 2027", "--aspiration", "privat practice")
    _one_line_error(result)
    assert "Did you mean 'private practice'? Use --aspiration 'private practice'." in result.err
    assert run("export").json()["goals"] == []


def test_check_takes_a_declared_aspiration_in_any_letter_case(run):
    run("aspiration", "add", "private practice")
    statement = "See 10 private pay clients a week by June 30, 2027"
    typed = run("check", statement, "--aspiration", "Private Practice", "--json")
    exact = run("check", statement, "--aspiration", "private practice", "--json")
    assert typed.code == exact.code == 0, typed
    assert typed.json()["criteria"]["relevant"] == exact.json()["criteria"]["relevant"]
