"""Trial 14 fixes (fix15c): B3 a provider type the license's rules don't
name is refused with the closest one; C7 --provider vs --provider-type in
the help; P2 `ce edit` echoes what changed; P6 `license done` suggests the
requirement meant; P4 "3/5" read at the review's 1-5 questions. Today is
2026-05-13 (the suite's clock)."""

from __future__ import annotations


def texas(run):
    added = run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-01-31")
    assert added.code == 0, added
    credit = run("ce", "add", "Ethics", "--hours", "2", "--date", "2026-02-01", "--format", "in-person",
                 "--provider", "PESI", "--provider-type", "listed-in-rule")
    assert credit.code == 0, credit


def test_ce_edit_refuses_a_provider_type_no_rule_names_and_says_the_close_one(run):
    texas(run)
    edited = run("ce", "edit", "1", "--provider-type", "listed")
    assert edited.code == 1, edited
    assert edited.err.count("\n") == 1
    assert "'listed'" in edited.err and "Did you mean 'listed-in-rule'?" in edited.err
    assert run("ce", "show", "1", "--json").json()["provider_type"] == "listed-in-rule"


def test_ce_add_refuses_an_unknown_provider_type_and_adds_nothing(run):
    texas(run)
    added = run("ce", "add", "Trauma", "--hours", "3", "--date", "2026-02-02", "--format", "in-person",
                "--provider-type", "listed")
    assert added.code == 1, added
    assert added.err.count("\n") == 1 and "Did you mean 'listed-in-rule'?" in added.err
    assert [c["id"] for c in run("ce", "list", "--json").json()] == [1]
    # Typed as words it is the same type, and counts toward the Texas share.
    typed = run("ce", "add", "Trauma", "--hours", "3", "--date", "2026-02-02", "--format", "in-person",
                "--provider-type", "Listed in rule", "--json")
    assert typed.code == 0, typed
    assert typed.json()["provider_type"] == "listed-in-rule"


def test_a_provider_type_is_free_text_where_no_profile_names_any(run):
    added = run("license", "add", "OH", "--profile", "example-oh-cswmft", "--renews", "2027-01-31")
    assert added.code == 0, added
    credit = run("ce", "add", "Course", "--hours", "2", "--date", "2026-02-01", "--format", "in-person",
                 "--provider-type", "university", "--json")
    assert credit.code == 0, credit
    assert credit.json()["provider_type"] == "university"
    edited = run("ce", "edit", "1", "--provider-type", "state-board", "--json")
    assert edited.code == 0, edited
    assert edited.json()["provider_type"] == "state-board"


def test_a_provider_type_is_checked_against_the_licenses_the_credit_counts_for(run):
    texas(run)
    run("license", "add", "OH", "--profile", "example-oh-cswmft", "--renews", "2027-01-31")
    # Counting for Ohio only, whose profile names no provider types: any word is kept.
    ohio = run("ce", "add", "Course", "--hours", "2", "--date", "2026-02-01", "--format", "in-person",
               "--provider-type", "university", "--license", "OH", "--json")
    assert ohio.code == 0, ohio
    # Moved to Texas along with a type Texas doesn't count: refused, nothing changed.
    moved = run("ce", "edit", "2", "--license", "TX LPC", "--provider-type", "listed")
    assert moved.code == 1 and "Did you mean 'listed-in-rule'?" in moved.err
    shown = run("ce", "show", "2", "--json").json()
    assert (shown["licenses"], shown["provider_type"]) == (["OH"], "university")


def test_ce_add_help_says_provider_is_the_name_and_provider_type_what_rules_count(run):
    text = run("ce", "add", "--help")
    assert text.code == 0
    flat = " ".join(text.out.split())
    assert "The organisation's name" in flat
    assert "--provider-type is what rules count" in flat
    assert "What rules count: the provider's type" in flat


def test_ce_edit_echoes_what_changed(run):
    texas(run)
    edited = run("ce", "edit", "1", "--hours", "3")
    assert edited.code == 0, edited
    assert "Updated CE credit 1: hours 2 -> 3." in edited.err
    assert run("ce", "show", "1", "--json").json()["amount"] == 3
    again = run("ce", "edit", "1", "--hours", "3")
    assert again.code == 0 and "already had those values" in again.err
    both = run("ce", "edit", "1", "--hours", "120", "--unit", "minutes", "--provider", "")
    assert both.code == 0, both
    assert "amount 3 hours -> 120 minutes" in both.err and "provider PESI -> none" in both.err


def test_license_done_with_a_typo_says_the_requirement_meant_and_ticks_nothing(run):
    texas(run)
    typo = run("license", "done", "TX LPC", "jurisprudance exam", "--date", "2026-02-01")
    assert typo.code == 1, typo
    assert typo.err.count("\n") == 1
    assert "Did you mean 'jurisprudence exam'?" in typo.err and '"human trafficking course"' in typo.err
    far = run("license", "done", "TX LPC", "yoga retreat", "--date", "2026-02-01")
    assert far.code == 1 and "Did you mean" not in far.err
    status = run("ce", "status", "--json")
    assert status.code == 0, status
    [row] = status.json()["licenses"]
    assert [c["done"] for c in row["completions"]] == [None, None]


def test_review_answers_read_energy_and_stress_written_out_of_5(run, add, tmp_path):
    import json

    add("Walk daily", "2027-01-31", "--personal")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"goals": [], "energy": "3/5", "stress": "2 / 5"}))
    done = run("review", "--answers", answers)
    assert done.code == 0, done
    [entry] = run("journal", "list", "--kind", "reflection", "--json").json()
    assert (entry["energy"], entry["stress"]) == (3, 2)


def test_review_answers_refuse_a_score_out_of_another_number(run, add, tmp_path):
    import json

    add("Walk daily", "2027-01-31", "--personal")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"goals": [], "energy": "3/10"}))
    refused = run("review", "--answers", answers)
    assert refused.code == 1, refused
    assert refused.err.count("\n") == 1 and "'3/10'" in refused.err
    assert run("journal", "list", "--kind", "reflection", "--json").json() == []
