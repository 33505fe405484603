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
