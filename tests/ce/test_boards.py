"""A worked example per built-in board: a realistic record set and the
status the board's rule gives, computed by hand in the comments. Today is
2026-05-13 unless a test says otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.ce.profiles import builtin_profiles
from clingoals.ce.tally import Credit, Done, LicenseCycle, outcome, tally

D = dt.date
TODAY = D(2026, 5, 13)
BOARDS = {p.id: p for p in builtin_profiles()}


def c(i, hours, *categories, fmt="in-person", date=D(2026, 1, 10), unit="hours", **extra):
    return Credit(i, f"credit {i}", hours, unit, date, fmt, tuple(categories), **extra)


def minimums(result):
    return {m["category"]: m["remaining"] for m in result["categories"]}


def test_every_board_has_a_worked_example():
    missing = [p.id for p in builtin_profiles() if "test_" + p.id.replace("-", "_") not in globals()]
    assert missing == []


def test_example_tx_lpc():
    # Supervisor, third cycle 2025-02-01 .. 2027-01-31, 4 h carried over.
    # Counted: 6 ethics + 3 diversity + 4 supervision + 1 of 3 self-study + 4
    # + 1 (jurisprudence exam, ethics) = 19; + 4 carried = 23 of 24 -> 1 h short
    # in total, but supervision is 4 of 6: remaining 2 h (supervision).
    # Listed providers: 6 + 3 + 4 = 13 >= 12 (half of 24). Human-trafficking course open.
    cycle = LicenseCycle("TX", D(2027, 1, 31), cycle_number=3, supervisor=True, carry_over_hours=4,
                         done=(Done("jurisprudence exam", D(2025, 6, 1)),))
    listed = {"provider_type": "listed-in-rule"}
    credits = [c(1, 6, "ethics", fmt="live-online", **listed), c(2, 3, "cultural-diversity", **listed),
               c(3, 4, "supervision", **listed), c(4, 3, fmt="self-study"), c(5, 4)]
    result = tally(BOARDS["example-tx-lpc"], cycle, credits, TODAY)
    assert (result["counted_hours"], result["carry_over_hours"], result["remaining_hours"]) == (19, 4, 2)
    assert minimums(result) == {"cultural-diversity": 0, "ethics": 0, "supervision": 2}
    assert result["provider_share"]["remaining_hours"] == 0
    assert result["status"] == "on_track"
    assert result["next"] == "2 h supervision (live or in person: self-study is capped), human trafficking course"


def test_example_ca_bbs():
    # Supervisor, cycle 2025-02-01 .. 2027-01-31; HIV/AIDS done in 2021 (once).
    # 6 law and ethics + 6 supervision + 20 general = 32 of 36 -> 4 h to earn.
    cycle = LicenseCycle("CA", D(2027, 1, 31), cycle_number=3, supervisor=True)
    credits = [c(1, 7, "hiv-aids", date=D(2021, 3, 1)), c(2, 6, "law-and-ethics"), c(3, 6, "supervision"), c(4, 20)]
    result = tally(BOARDS["example-ca-bbs"], cycle, credits, TODAY)
    assert minimums(result) == {"law-and-ethics": 0, "supervision": 0}
    assert (result["counted_hours"], result["remaining_hours"], result["status"]) == (32, 4, "on_track")


def test_example_ny_lmhc():
    # Registration 2024-04-01 .. 2027-03-31 (starts after 2023-04-01: boundaries due).
    # 3 boundaries + 12 of 15 self-study + 10 live, all approved, + 4 from an
    # unapproved provider = 29 counted; but only approved providers count:
    # 25 of 36 -> 11 h to earn (the note says why).
    cycle = LicenseCycle("NY", D(2027, 3, 31), cycle_number=2)
    ok = {"provider_type": "nysed-approved"}
    credits = [c(1, 3, "boundaries", **ok), c(2, 15, fmt="self-study", **ok), c(3, 10, fmt="live-online", **ok), c(4, 4)]
    result = tally(BOARDS["example-ny-lmhc"], cycle, credits, TODAY)
    assert result["counted_hours"] == 29 and result["remaining_hours"] == 11
    assert minimums(result) == {"boundaries": 0}
    assert "listed provider types" in result["remaining_note"]


def test_example_ny_lcsw():
    # Registration 2025-09-01 .. 2028-08-31 (starts after 2023-04-01: boundaries due).
    # 3 boundaries (live) + 12 of 14 self-study + 6 in person, all approved = 21
    # of 36 -> 15 h to earn; 2 self-study hours did not count. The first
    # registration period (2022-09-01 .. 2025-08-31) is exempt: 0 h required.
    cycle = LicenseCycle("NY LCSW", D(2028, 8, 31), cycle_number=2)
    ok = {"provider_type": "nysed-approved"}
    credits = [c(1, 3, "boundaries", fmt="live-online", **ok), c(2, 14, fmt="self-study", **ok), c(3, 6, **ok)]
    result = tally(BOARDS["example-ny-lcsw"], cycle, credits, TODAY)
    assert (result["required_hours"], result["counted_hours"], result["remaining_hours"]) == (36, 21, 15)
    assert minimums(result) == {"boundaries": 0} and result["exempt"] is False
    assert result["caps"][0]["logged_hours"] - result["caps"][0]["counted_hours"] == 2
    first = tally(BOARDS["example-ny-lcsw"], LicenseCycle("NY LCSW", D(2025, 8, 31), cycle_number=1),
                  [c(4, 5, date=D(2023, 3, 1), **ok)], TODAY)
    assert (first["required_hours"], first["exempt"], outcome(first)["text"]) == (0, True, "exempt (first cycle)")


def test_example_fl_mh():
    # Third biennium 2025-04-01 .. 2027-03-31, qualified supervisor.
    # 2 medical errors + 2 DV + 3 laws and rules + 4 supervision + 6 of 10
    # non-clinical + 12 = 29 of 30 -> 1 h to earn; every minimum met.
    cycle = LicenseCycle("FL", D(2027, 3, 31), cycle_number=3, supervisor=True, issued=D(2021, 1, 15))
    credits = [c(0, 2, "domestic-violence", date=D(2021, 5, 1)),  # within 6 months of licensure
               c(1, 2, "medical-errors"), c(2, 2, "domestic-violence"), c(3, 3, "law-and-rules"),
               c(4, 4, "supervision"), c(5, 10, "non-clinical"), c(6, 12)]
    result = tally(BOARDS["example-fl-mh"], cycle, credits, TODAY)
    assert set(minimums(result).values()) == {0}
    assert result["maximums"] == [{"category": "non-clinical", "max_hours": 6, "logged_hours": 10, "counted_hours": 6}]
    assert (result["counted_hours"], result["remaining_hours"], result["status"]) == (29, 1, "on_track")
    assert result["deadlines"] == []  # the licensure window was met in 2021


def test_example_fl_first_biennium_domestic_violence_window():
    # Licensed 2025-09-15: the first biennium is exempt, but 2 h domestic
    # violence are due by 2026-03-15; none taken -> overdue.
    cycle = LicenseCycle("FL", D(2027, 3, 31), cycle_number=1, issued=D(2025, 9, 15))
    result = tally(BOARDS["example-fl-mh"], cycle, [], TODAY)
    assert result["required_hours"] == 0
    assert [(d["requirement"], d["due"], d["met"]) for d in result["deadlines"]] == [
        ("domestic-violence", "2026-03-15", False)]
    assert result["status"] == "overdue"


def test_example_oh_cswmft():
    # 3 ethics + 4 h presenting (x1.5 = 6) + an article claimed at 12 h (at
    # most 10) + 8 in person = 27 of 30 -> 3 h to earn.
    cycle = LicenseCycle("OH", D(2027, 1, 31), cycle_number=2)
    credits = [c(1, 3, "ethics"), c(2, 4, activity="presenting"), c(3, 12, activity="authoring"), c(4, 8)]
    result = tally(BOARDS["example-oh-cswmft"], cycle, credits, TODAY)
    assert (result["counted_hours"], result["remaining_hours"]) == (27, 3)


def test_example_pa_sw():
    # 3 ethics + 24 = 27 of 30 -> 3 h; 5 h carried over count nothing (no carry-over).
    cycle = LicenseCycle("PA", D(2027, 2, 28), cycle_number=2, carry_over_hours=5)
    result = tally(BOARDS["example-pa-sw"], cycle, [c(1, 3, "ethics"), c(2, 24)], TODAY)
    assert (result["counted_hours"], result["carry_over_hours"], result["remaining_hours"]) == (27, 0, 3)


def test_example_il_lcpc():
    # Second renewal (cycle 2, 2025-04-01 .. 2027-03-31); 50-minute hours:
    # 180 min ethics = 3.6 h, 9 h clinical supervision, 900 min = 18 h -> 30.6 of 30: complete.
    cycle = LicenseCycle("IL", D(2027, 3, 31), cycle_number=2)
    credits = [c(1, 180, "ethics", unit="minutes"), c(2, 9, "clinical-supervision"), c(3, 900, unit="minutes")]
    result = tally(BOARDS["example-il-lcpc"], cycle, credits, TODAY)
    assert result["counted_hours"] == 30.6 and result["status"] == "complete"
    # The first renewal is exempt: its status says so, not "complete".
    assert tally(BOARDS["example-il-lcpc"], LicenseCycle("IL", D(2027, 3, 31), cycle_number=1), [], TODAY)[
        "status"] == "exempt"


def test_example_ga_composite():
    # 5 ethics + 15 core (live online) + 10 of 12 asynchronous + 5 = 35 of 35: complete.
    cycle = LicenseCycle("GA", D(2026, 9, 30), cycle_number=2)
    credits = [c(1, 5, "ethics"), c(2, 15, "core", fmt="live-online"), c(3, 12, fmt="self-study"), c(4, 5)]
    result = tally(BOARDS["example-ga-composite"], cycle, credits, TODAY)
    assert (result["counted_hours"], result["status"]) == (35, "complete")


def test_example_nc_lcmhc():
    # First period from licensure 2025-09-01 to 2027-06-30: 30 h. 3 ethics +
    # 2 CEU (20 h) = 23 -> 7 h to earn. The next period asks 40.
    first = LicenseCycle("NC", D(2027, 6, 30), cycle_number=1, issued=D(2025, 9, 1))
    result = tally(BOARDS["example-nc-lcmhc"], first, [c(1, 3, "ethics"), c(2, 2, unit="ceu")], TODAY)
    assert (result["required_hours"], result["counted_hours"], result["remaining_hours"]) == (30, 23, 7)
    assert tally(BOARDS["example-nc-lcmhc"], LicenseCycle("NC", D(2029, 6, 30), cycle_number=2), [], TODAY)[
        "required_hours"] == 40


def test_example_nj_lcsw():
    # 20 clinical + 5 ethics + 3 social and cultural competence = 28; 10 h
    # surplus carried, at most 8 -> 36 of 40: 4 h to earn.
    cycle = LicenseCycle("NJ", D(2027, 7, 31), cycle_number=2, carry_over_hours=10)
    credits = [c(1, 20, "clinical-practice"), c(2, 5, "ethics"), c(3, 3, "social-and-cultural-competence")]
    result = tally(BOARDS["example-nj-lcsw"], cycle, credits, TODAY)
    assert (result["counted_hours"], result["carry_over_hours"], result["remaining_hours"]) == (28, 8, 4)
    assert outcome(result)["text"] == "in progress: 4 h to go"


@pytest.mark.parametrize("profile", builtin_profiles(), ids=lambda p: p.id)
def test_every_rule_cites_a_source_and_says_what_is_missing(profile):
    assert profile.status == "example" and profile.sources and profile.effective_from
    assert profile.notes, "say in the notes which rules were left out"
