"""New-user trial 15 (misc17): one hint for a number typed with a letter O
wherever an amount is read (P2); examples fitting hours (P1)."""

from __future__ import annotations

import json

import pytest


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")  # the trial's day


def _loan(run):
    added = run("add", "Pay off my $9,000 car loan by December 31, 2027", "--target", "$9,000", "--json")
    assert added.code == 0, added
    return added.json()["id"]


def test_a_review_answers_file_gives_the_letter_o_hint_goals_log_gives(run, tmp_path):
    """P2: '$75O' in the review got "Please type a number" while `goals log 3 75O` named the letter O."""
    goal = _loan(run)
    logged = run("log", goal, "75O")
    assert logged.code == 1 and "'75O' has a letter O where a 0 goes: did you mean '750'?" in logged.err
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"goals": {str(goal): {"progress": "$75O"}}}))
    result = run("review", "--answers", answers)
    assert result.code == 1 and len(result.err.strip().splitlines()) == 1
    assert "'$75O' has a letter O where a 0 goes: did you mean '$750'?" in result.err
    assert run("show", goal, "--json").json()["measure"]["current"] is None
    assert run("review", "--history", "--json").json()["reviews"] == []


def test_an_amount_with_a_hedge_gives_the_same_hint(run):
    goal = _loan(run)
    result = run("log", goal, "about 75O")
    assert result.code == 1
    assert result.err.strip() == ("error: Can't read 'about 75O' as goal 1's progress: '75O' has a letter O "
                                  "where a 0 goes: did you mean '750'?")
    assert run("show", goal, "--json").json()["measure"]["current"] is None


@pytest.mark.parametrize("args", [("ce", "add", "Ethics and boundaries", "--hours", "1,5", "--date", "2026-11-20"),
                                  ("add", "Walk after lunch on weekdays", "--due", "2027-02-28",
                                   "--hours-per-week", "1,5")])
def test_hours_typed_wrong_get_examples_in_hours_not_dollars(run, args):
    """P1: `goals ce add ... --hours 1,5` -> "Type one like 3, 1.5, $200 or 1,000": a dollar example for CE hours."""
    result = run(*args)
    assert result.code == 1 and len(result.err.strip().splitlines()) == 1
    assert "'1,5' is not a number. Type one like 1.5, 6 or 0.75." in result.err and "$" not in result.err
    assert run("ce", "list", "--json").json() == [] and run("list", "--json").json() == []


def test_a_number_for_money_keeps_its_money_examples(run):
    result = run("add", "Save for a laptop", "--due", "2027-02-28", "--target", "lots")
    assert result.code == 1 and "Type one like 3, 1.5, $200 or 1,000." in result.err


def test_examples_fit_the_unit():
    from clingoals.numbers import number_examples

    assert number_examples("hours") == number_examples("CE hours") == number_examples("hrs") == "1.5, 6 or 0.75"
    assert number_examples("dollars") == number_examples(None) == "3, 1.5, $200 or 1,000"
    assert number_examples("nights") == "3, 12 or 1.5"


def test_yes_and_no_are_read_as_people_say_them():
    """P3: `Keep it as personal? [Y/n]: yep` -> "Please answer yes or no."."""
    from clingoals.cli.common import _draft_answer, yes_or_no

    for said in ("y", "Yes", "yep", "yeah", "yup", "sure", "ok", "Okay", "yes!", "Yep."):
        assert yes_or_no(said) is True, said
    for said in ("n", "NO", "nope", "nah", "no."):
        assert yes_or_no(said) is False, said
    for said in ("maybe", "", "yes no", "noo", "1"):
        assert yes_or_no(said) is None, said
    assert [_draft_answer(s) for s in ("yep", "nah", "discard", "later?")] == ["continue", "later", "discard", None]


def test_export_counts_certificate_files_and_says_what_it_leaves_out(run, tmp_path):
    """P6: "with 1 certificate" while writing two files (two byte-identical PDFs stored once), and a private
    journal draft silently absent after import."""
    for name in ("culture", "ethics"):
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(b"%PDF-1.4 the same test certificate\n")
        assert run("ce", "add", name.title(), "--hours", "3", "--date", "2026-11-20", "--format", "live-online",
                   "--certificate", pdf).code == 0
    kept = run("journal", "Client Maria L. was late again")
    assert kept.code == 1 and "private draft" in kept.err
    goal = run("add", "Pass the NCE", "--due", "2027-01-01", "--json").json()["id"]
    assert run("delete", goal, "--yes").code == 0

    out = tmp_path / "out.json"
    result = run("export", "--out", out)
    assert result.code == 0, result
    folder = tmp_path / "out-certificates"
    assert len(list(folder.iterdir())) == 2
    lines = result.err.strip().splitlines()
    assert lines[0] == f"Exported to {out} with 2 certificate files in {folder}."
    assert lines[1] == ("Not in the export: 1 private draft ('goals drafts' lists it; 'goals db backup' keeps "
                        "drafts) and 1 deleted record (--include-deleted adds it).")
    assert len(lines) == 2 and json.loads(out.read_text())["goals"] == []

    whole = run("export", "--out", tmp_path / "all.json", "--include-deleted")
    assert whole.code == 0 and whole.err.strip().splitlines()[-1] == (
        "Not in the export: 1 private draft ('goals drafts' lists it; 'goals db backup' keeps drafts).")
    to_stdout = run("export")
    assert to_stdout.code == 0 and json.loads(to_stdout.out)["format"]
    assert "Not in the export: 1 private draft" in to_stdout.err


def test_an_export_with_nothing_left_out_says_nothing_more(run, tmp_path):
    run("add", "Pass the NCE", "--due", "2027-01-01")
    result = run("export", "--out", tmp_path / "out.json")
    assert result.code == 0 and result.err.strip() == f"Exported to {tmp_path / 'out.json'}."
