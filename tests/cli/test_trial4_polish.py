"""New-user trial 4, the small trust problems outside the scorer: an id or
name typed slightly wrong gets the close match ("did you mean"), drafts
are not kept twice, every draft is reachable from where it is offered, and
a license's cycle number says where it came from."""

from __future__ import annotations

import pytest


# --- "did you mean" for ids and names, from the one helper --------------------------------

def test_a_mistyped_profile_id_suggests_the_close_one_and_adds_nothing(run):
    result = run("license", "add", "NY", "--profile", "example-ny-lmh", "--renews", "2027-09-30")
    assert result.code == 1
    assert "Unknown profile 'example-ny-lmh'. Did you mean 'example-ny-lmhc'?" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert run("license", "list", "--json").json() == []


def test_a_profile_id_nothing_like_any_gets_no_guess(run):
    result = run("license", "add", "NY", "--profile", "zzzz", "--renews", "2027-09-30")
    assert result.code == 1 and "Unknown profile 'zzzz'." in result.err and "Did you mean" not in result.err
    shown = run("ce", "profile", "show", "example-tx-lp")
    assert shown.code == 1 and "Did you mean 'example-tx-lpc'?" in shown.err


def test_a_mistyped_license_name_suggests_yours(run):
    assert run("license", "add", "NY LMHC", "--profile", "example-ny-lmhc", "--renews", "2027-09-30").code == 0
    for args in (("license", "show", "NY LMH"), ("license", "renew", "NY LMH", "--yes"),
                 ("ce", "status", "--license", "ny lmh"),
                 ("ce", "add", "Ethics", "--hours", "3", "--date", "2026-05-01", "--format", "in-person",
                  "--license", "NY LMH")):
        result = run(*args)
        assert result.code == 1, (args, result)
        assert "Did you mean 'NY LMHC'?" in result.err, (args, result.err)
    assert run("ce", "list", "--json").json() == []
    assert run("license", "show", "NY LMHC", "--json").json()["cycle_number"] == 2  # not renewed


def test_a_mistyped_career_path_suggests_the_close_one(run):
    listed = run("path", "list", "--json").json()
    some = listed[0]["id"]
    result = run("path", "show", some[:-1])
    assert result.code == 1 and f"Did you mean '{some}'?" in result.err


def test_a_mistyped_aspiration_suggests_the_declared_one_and_adds_no_goal(run):
    assert run("aspiration", "add", "trauma specialist").code == 0
    result = run("add", "Finish the EMDR basic training", "--due", "2026-12-31", "--aspiration", "trauma specalist")
    assert result.code == 1 and "Did you mean 'trauma specialist'?" in result.err
    assert run("list", "--json").json() == []
    listed = run("list", "--aspiration", "trauma specalist")
    assert listed.code == 1 and "Did you mean 'trauma specialist'?" in listed.err


# --- the same draft is not kept twice --------------------------------------------------------

NAMED = "Mr. Smith cancelled again; I felt relieved and then guilty"


def _drafts(run) -> list[dict]:
    listed = run("journal", "drafts", "--json")
    assert listed.code == 0, listed
    return listed.json()


def test_the_same_journal_text_stopped_twice_is_kept_once(run):
    first = run("journal", NAMED)
    assert first.code == 1 and "Kept as a private draft in" in first.err
    again = run("journal", NAMED)
    assert again.code == 1
    assert "Already kept: the same text is a private draft since 2026-05-13" in again.err
    assert len(again.err.strip().splitlines()) == 1          # still one line on stderr
    [draft] = _drafts(run)
    assert draft["kind"] == "journal" and draft["preview"] == NAMED
    assert run("journal", "list", "--json").json() == []


def test_a_draft_that_differs_in_anything_typed_is_kept_too(run):
    assert run("journal", NAMED).code == 1
    assert run("journal", NAMED, "--tag", "supervision").code == 1           # a tag is something typed
    assert run("journal", NAMED + ".").code == 1
    assert run("journal", NAMED, "--feedback", "supervisor").code == 1
    assert len(_drafts(run)) == 4


def test_goal_drafts_with_the_same_answers_are_kept_once_and_a_continued_one_stays(today):
    from clingoals.usecases import drafting

    values = {"statement": "Help Mrs. Lopez reduce panic attacks", "measure": "fewer panic attacks"}
    first = drafting.keep_draft(values, today=today, now="2026-05-13T10:00:00+00:00")
    assert first["already"] is False
    again = drafting.keep_draft(values, today=today, now="2026-05-13T11:00:00+00:00")
    assert again["already"] is True and again["name"] == first["name"]
    # continuing that draft and stopping with the same answers keeps it (it must not discard itself)
    same = drafting.keep_draft(values, replaces=first["name"], today=today, now="2026-05-13T12:00:00+00:00")
    assert same["name"] == first["name"]
    [kept] = drafting.drafts()
    assert kept["values"]["statement"] == values["statement"] and kept["saved_at"].startswith("2026-05-13T10")
    other = drafting.keep_draft({**values, "measure": "panic attacks a week"}, today=today,
                                now="2026-05-13T13:00:00+00:00")
    assert other["already"] is False and len(drafting.drafts()) == 2


# --- 'goals drafts': where every draft is listed, for goals too ---------------------------------

def test_goals_drafts_is_goals_journal_drafts(run):
    assert run("journal", NAMED).code == 1
    assert run("journal", "Mrs. Lopez again", "--tag", "x").code == 1
    top, under = run("drafts", "--json"), run("journal", "drafts", "--json")
    assert top.code == under.code == 0 and top.json() == under.json() and len(top.json()) == 2
    table = run("drafts")
    assert table.code == 0 and "goals drafts --discard N" in table.out
    wrong = run("drafts", "--discard", "7", "--yes")
    assert wrong.code == 1 and "No draft 7 (the drafts are numbered 1 to 2); 'goals drafts' lists them." in wrong.err
    assert len(_drafts(run)) == 2
    assert run("drafts", "--discard", "1").code == 1                     # asks first: no terminal, no --yes
    gone = run("drafts", "--discard", "1", "--yes", "--json")
    assert gone.code == 0 and [d["number"] for d in gone.json()] == [1]
    assert run("journal", "drafts", "--discard-all", "--yes").code == 0   # the old spelling still works
    assert _drafts(run) == []


# --- a license's cycle number says where it came from ---------------------------------------

ASSUMED = "cycle 2, taken as not the first: no issue date"


def test_a_license_added_without_issue_date_or_cycle_says_its_cycle_is_taken_as_a_renewal(run, tmp_path):
    added = run("license", "add", "NY", "--profile", "example-ny-lmhc", "--renews", "2027-09-30", "--json")
    assert added.code == 0 and added.json()["cycle_number"] == 2 and added.json()["issued"] is None
    assert ("neither --issued nor --cycle was given, so this is taken as cycle 2: a renewal, not your first "
            "cycle. New York LMHC exempts a first cycle from CE, and that does not apply. If this is your first "
            "cycle: goals license edit \"NY\" --cycle 1.") in added.err
    status = run("ce", "status", "--license", "NY", "--json").json()["licenses"][0]
    assert status["cycle_label"] == ASSUMED and status["required_hours"] == 36
    for args in (("ce", "status", "--license", "NY"), ("license", "show", "NY")):
        shown = run(*args)
        assert shown.code == 0 and "(cycle 2)" not in shown.out
        assert " ".join(shown.out.replace("│", " ").split()).count(ASSUMED) >= 1, shown.out
    listed = run("license", "list")
    assert listed.code == 0 and " 2*" in listed.out and "* no issue date recorded" in listed.out
    history = run("license", "history", "NY")
    assert history.code == 0 and "No issue date recorded" in history.out
    assert run("license", "history", "NY", "--json").json()["issued"] is None
    assert run("ce", "audit", "--license", "NY", "--out", tmp_path / "a.zip").code == 0
    import zipfile
    with zipfile.ZipFile(tmp_path / "a.zip") as bundle:
        assert f"({ASSUMED})" in bundle.read("summary.md").decode()
    # following the hint: a first cycle, and the exemption applies
    assert run("license", "edit", "NY", "--cycle", "1").code == 0
    first = run("ce", "status", "--license", "NY", "--json").json()["licenses"][0]
    assert first["cycle_label"] == "cycle 1, the license's first" and first["required_hours"] == 0
    listed = run("license", "list")
    assert "* no issue date" not in listed.out


def test_a_cycle_from_the_issue_date_or_given_needs_no_note(run):
    added = run("license", "add", "TX", "--profile", "example-tx-lpc", "--renews", "2027-01-31",
                "--issued", "2021-03-01")
    assert added.code == 0 and "cycle 3, counted from the issue date 2021-03-01." in added.err
    assert "neither --issued nor --cycle" not in added.err
    assert run("ce", "status", "--license", "TX", "--json").json()["licenses"][0]["cycle_label"] == \
        "cycle 3, counted from the issue date 2021-03-01"
    history = run("license", "history", "TX")
    assert "Cycles numbered from the issue date 2021-03-01." in history.out
    given = run("license", "add", "FL", "--profile", "example-fl-mh", "--renews", "2027-03-31", "--cycle", "3")
    assert given.code == 0 and "cycle 3, taken as not the first: no issue date." in given.err
    assert "neither --issued nor --cycle" not in given.err
    undone = run("license", "renew", "TX", "--yes")
    assert undone.code == 0
    back = run("license", "renew", "TX", "--undo")
    assert back.code == 0 and "back to the cycle ending 2027-01-31 (cycle 3, counted from the issue date" in back.err


def test_the_assumed_cycle_note_says_what_the_number_decides_under_each_profile():
    from clingoals.ce.licenses import assumed_cycle_note
    from clingoals.ce.profiles import builtin_profiles

    by_id = {p.id: p for p in builtin_profiles()}
    florida = assumed_cycle_note("FL", 2, by_id["example-fl-mh"])
    assert "exempts a first cycle from CE" in florida and "due every 3 cycles are counted from it" in florida
    texas = assumed_cycle_note("TX LPC", 2, by_id["example-tx-lpc"])
    assert "a first cycle has no rules of its own, so the number changes nothing" in texas
    assert texas.endswith('goals license edit "TX LPC" --cycle 1.')


def test_a_part_of_one_profile_id_names_it_and_a_part_of_several_names_none(run):
    one = run("license", "add", "NY", "--profile", "lmhc", "--renews", "2027-09-30")
    assert one.code == 1 and "Did you mean 'example-ny-lmhc'?" in one.err
    several = run("license", "add", "NY", "--profile", "example", "--renews", "2027-09-30")
    assert several.code == 1 and "Did you mean" not in several.err
    assert run("license", "list", "--json").json() == []
