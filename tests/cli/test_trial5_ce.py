"""Trial 5 (a California LCSW): license history starts the first cycle on the
issue date and judges a first renewal by the board's first-renewal rule,
ended cycles before any credit was recorded say so instead of "short", and a
supervisor set today doesn't make earlier cycles short of supervision hours.
Today is 2026-05-13 unless a test sets another day."""

from __future__ import annotations

import pytest


@pytest.fixture
def ca(run):
    added = run("license", "add", "CA LCSW", "--profile", "example-ca-bbs", "--renews", "2027-03-31",
                "--issued", "2022-03-15", "--json")
    assert added.code == 0, added
    return "CA LCSW"


def history(run, name):
    result = run("license", "history", name, "--json")
    assert result.code == 0, result
    return {c["cycle_number"]: c for c in result.json()["cycles"]}


def test_first_cycle_starts_on_the_issue_date_with_the_first_renewal_rule(run, ca):
    # CA: a first renewal before 2023-07-01 needed 18 h (bbs.ca.gov cont_ed), not 36.
    assert run("ce", "add", "HIV/AIDS", "--hours", "7", "--date", "2022-05-01", "--category", "hiv-aids",
               "--format", "live-online").code == 0
    cycles = history(run, ca)
    assert (cycles[1]["cycle_start"], cycles[1]["cycle_end"]) == ("2022-03-15", "2023-03-31")
    assert cycles[1]["required_hours"] == 18 and cycles[1]["counted_hours"] == 7
    assert cycles[1]["outcome"]["short_hours"] == 11
    assert (cycles[2]["cycle_start"], cycles[2]["required_hours"]) == ("2023-04-01", 36)
    # ce status of that cycle agrees with the history
    status = run("ce", "status", "--cycle", "2022-06-01", "--json")
    assert status.code == 0, status
    first = status.json()["licenses"][0]
    assert (first["cycle_start"], first["required_hours"], first["cycle_number"]) == ("2022-03-15", 18, 1)
    # a day before the issue date is in no cycle of the license
    before = run("ce", "status", "--cycle", "2022-03-01", "--json")
    assert before.code == 1 and "before CA LCSW's first cycle" in before.err


def test_a_first_renewal_after_july_2023_needs_the_full_36_hours(run):
    assert run("license", "add", "New", "--profile", "example-ca-bbs", "--renews", "2026-10-31",
               "--issued", "2024-11-15").code == 0
    now = run("ce", "status", "--json").json()["licenses"][0]
    assert (now["cycle_number"], now["cycle_start"], now["required_hours"]) == (1, "2024-11-15", 36)


def test_profile_show_says_both_first_cycle_rules(run):
    shown = run("ce", "profile", "show", "example-ca-bbs", "--json")
    assert shown.code == 0, shown
    assert shown.json()["first_cycle"] == {"mode": "full", "hours": None, "earlier": {
        "renewals_before": "2023-07-01", "mode": "fixed", "hours": 18}}
    text = run("ce", "profile", "show", "example-ca-bbs")
    assert "first renewals before 2023-07-01: fixed (18 h)" in text.out


def test_cycles_before_recording_started_say_no_credits_recorded(run, ca, monkeypatch):
    # Recording starts today (2026-05-13) with one 2022 credit: cycle 2
    # (2023-04-01 .. 2025-03-31) has none and ended before that day.
    assert run("ce", "add", "HIV/AIDS", "--hours", "7", "--date", "2022-05-01", "--category", "hiv-aids",
               "--format", "live-online").code == 0
    cycles = history(run, ca)
    assert cycles[2]["outcome"]["recorded"] is False
    assert cycles[2]["outcome"]["text"] == "no credits recorded (the first credit was recorded on 2026-05-13)"
    assert cycles[2]["outcome"]["short_hours"] is None
    assert cycles[1]["outcome"]["recorded"] is True and cycles[1]["outcome"]["short_hours"] == 11
    shown = run("license", "history", ca)
    assert "no credits recorded" in shown.out and "short by 36 h" not in shown.out


def test_an_empty_cycle_after_recording_started_is_short(run, monkeypatch):
    # A cycle that ended after the first credit was recorded, with nothing in it, is short.
    monkeypatch.setenv("CLINGOALS_TODAY", "2024-01-10")
    assert run("license", "add", "Old", "--profile", "example-ca-bbs", "--renews", "2025-03-31",
               "--issued", "2021-03-01").code == 0
    assert run("ce", "add", "Early", "--hours", "6", "--date", "2022-06-01", "--category", "law-and-ethics",
               "--format", "in-person").code == 0
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-05-13")
    assert run("license", "renew", "Old", "--yes").code == 0
    ended = next(c for c in history(run, "Old").values() if c["cycle_end"] == "2025-03-31")
    assert ended["credits"] == 0  # empty, and it ended after recording began (2024-01-10)
    assert ended["outcome"]["recorded"] is True and ended["outcome"]["short_hours"] == 36


# --- item 15: "did you mean" prefers the same state ------------------------------------------

@pytest.mark.parametrize("typed, meant", [("example-ca-lcsw", "example-ca-bbs"), ("california-lcsw", "example-ca-bbs"),
                                          ("example-fl-lcsw", "example-fl-mh"), ("example-ny-lmh", "example-ny-lmhc")])
def test_an_unknown_profile_id_suggests_the_same_states_profile(run, typed, meant):
    result = run("license", "add", "Mine", "--profile", typed, "--renews", "2027-03-31")
    assert result.code == 1 and f"Did you mean {meant!r}?" in result.err, result.err
    assert run("license", "list", "--json").json() == []


def test_closest_ranks_close_names_by_the_words_they_share():
    from clingoals.suggest import closest

    names = ["example-nj-lcsw", "example-ca-bbs"]
    # spelling alone picks NJ; the words (state, and the board name given as a description) pick CA
    assert closest("example-ca-lcsw", names, described={"example-ca-bbs": "California LMFT / LCSW / LPCC US-CA"}) \
        == "example-ca-bbs"
    assert closest("example", names) is None and closest("zzzz", names) is None
    assert closest("stauts", ["status", "show"]) == "status"


# --- item 16 and 29: the plan for supervision ------------------------------------------------

def test_plan_leaves_personal_goals_out_unless_asked(run, add):
    add("Complete the 15-hour BBS supervision training course", "2026-09-30")
    add("Pay off my credit card: 4200 dollars", "2026-12-31", "--personal", "--target", "4200", "--unit", "dollars")
    plan = run("plan", "--json")
    assert plan.code == 0, plan
    data = plan.json()
    assert [g["statement"] for g in data["goals"]] == ["Complete the 15-hour BBS supervision training course"]
    assert data["personal_left_out"] == 1
    assert "1 personal goal left out; --include-personal adds it" in plan.err
    text = run("plan")
    assert "credit card" not in text.out and "supervision training" in text.out
    everything = run("plan", "--include-personal", "--json")
    assert everything.code == 0 and len(everything.json()["goals"]) == 2
    assert everything.json()["personal_left_out"] == 0 and "left out" not in everything.err


def test_plan_with_journal_warns_about_entries_the_privacy_check_flags(run):
    assert run("journal", "add", "Mr. Johnson cancelled again", "--yes").code == 0
    assert run("journal", "add", "Supervision helped me plan my week").code == 0
    plan = run("plan", "--include-journal", "--json")
    assert plan.code == 0, plan
    flags = plan.json()["privacy_flags"]
    assert [f["id"] for f in flags] == [1]
    assert "warning: journal entry 1 (2026-05-13) may identify a client" in plan.err
    assert "entry 2" not in plan.err
    assert run("plan").code == 0 and "may identify" not in run("plan").err  # no journal, no warning


def test_plan_out_refuses_to_replace_a_file_without_force(run, add, tmp_path):
    add()
    out = tmp_path / "plan.md"
    out.write_text("my notes")
    refused = run("plan", "--out", out)
    assert refused.code == 1 and "already exists" in refused.err and "--force" in refused.err
    assert out.read_text() == "my notes"
    assert run("plan", "--out", out, "--force").code == 0 and out.read_text().startswith("#")


def test_closest_with_nothing_known_is_none():
    from clingoals.suggest import closest

    assert closest("NOPE", []) is None and closest("two words", [], described={}) is None


# --- item 13: supervisor since -----------------------------------------------------------------

def _supervision_short(cycle):
    return [c for c in cycle["outcome"]["short_categories"] if c["category"] == "supervision"]


def test_supervisor_set_today_adds_no_supervision_shortfall_to_ended_cycles(run, ca):
    assert run("ce", "add", "Ethics", "--hours", "6", "--date", "2024-02-01", "--category", "law-and-ethics",
               "--format", "live-online").code == 0
    edited = run("license", "edit", ca, "--supervisor", "--json")
    assert edited.code == 0 and edited.json()["supervisor_since"] == "2026-05-13"  # the one clock's today
    cycles = history(run, ca)
    assert not _supervision_short(cycles[2])  # ended 2025-03-31, before it was set
    current = run("ce", "status", "--json").json()["licenses"][0]
    assert "supervision" in [c["category"] for c in current["categories"]]
    # setting it again keeps the day it began; --supervisor-since moves it back
    assert run("license", "edit", ca, "--supervisor", "--json").json()["supervisor_since"] == "2026-05-13"
    assert run("license", "edit", ca, "--supervisor-since", "2023-06-01", "--json").json()["supervisor_since"] \
        == "2023-06-01"
    assert _supervision_short(history(run, ca)[2])
    cleared = run("license", "edit", ca, "--no-supervisor", "--json").json()
    assert (cleared["supervisor"], cleared["supervisor_since"]) == (False, None)
    assert run("license", "edit", ca, "--supervisor-since", "2099-01-01").code == 1  # not in the future


def test_license_add_with_supervisor_since_and_the_date_travels_in_exports(run, tmp_path, monkeypatch):
    added = run("license", "add", "TX", "--profile", "example-tx-lpc", "--renews", "2027-01-31",
                "--supervisor-since", "2024-01-15", "--json")
    assert added.code == 0, added
    assert (added.json()["supervisor"], added.json()["supervisor_since"]) == (True, "2024-01-15")
    today = run("license", "add", "CA", "--profile", "example-ca-bbs", "--renews", "2027-03-31", "--supervisor",
                "--json").json()
    assert today["supervisor_since"] == "2026-05-13"
    out = tmp_path / "export.json"
    assert run("export", "--out", out).code == 0
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "other"))
    assert run("import", out).code == 0
    back = {r["name"]: r["supervisor_since"] for r in run("license", "list", "--json").json()}
    assert back == {"TX": "2024-01-15", "CA": "2026-05-13"}
    again = tmp_path / "again.json"
    assert run("export", "--out", again).code == 0
    import json

    strip = lambda d: {k: v for k, v in json.loads(d.read_text()).items() if k != "exported_at"}
    assert strip(out) == strip(again)


def test_an_unknown_supervisor_since_applies_to_every_cycle_as_before():
    import datetime as dt

    from clingoals.ce.profiles import builtin_profiles
    from clingoals.ce.tally import LicenseCycle, tally

    ca = {p.id: p for p in builtin_profiles()}["example-ca-bbs"]
    ended = dict(name="CA", renews=dt.date(2025, 3, 31), cycle_number=2, supervisor=True,
                 start=dt.date(2023, 4, 1))
    unknown = tally(ca, LicenseCycle(**ended), [], dt.date(2026, 5, 13))
    later = tally(ca, LicenseCycle(**ended, supervisor_since=dt.date(2026, 5, 13)), [], dt.date(2026, 5, 13))
    assert "supervision" in [c["category"] for c in unknown["categories"]]
    assert "supervision" not in [c["category"] for c in later["categories"]]
