"""Trial 6 (a California LMFT), item 1: a license whose issue date falls a few
days or weeks before the computed start of the cycle ending at its first
renewal has no sliver "cycle 1" of a few days. The first cycle runs from the
issue date to the renewal typed, is judged by the profile's first-cycle rules,
and `license add`, `ce status` and `license history` agree on its number and
dates. Today is 2026-05-13."""

from __future__ import annotations

import pytest


def add(run, name, renews, issued):
    added = run("license", "add", name, "--profile", "example-ca-bbs", "--renews", renews, "--issued", issued,
                "--json")
    assert added.code == 0, added
    return added.json()


def status(run, name, *extra):
    result = run("ce", "status", "--license", name, *extra, "--json")
    assert result.code == 0, result
    [row] = result.json()["licenses"]
    return row


def history(run, name):
    result = run("license", "history", name, "--json")
    assert result.code == 0, result
    return result.json()["cycles"]


@pytest.mark.parametrize("issued, renews", [
    ("2024-11-15", "2026-11-30"),  # trial 6: 16 days before the computed start 2024-12-01
    ("2024-09-02", "2026-10-31"),  # two months before the computed start 2024-11-01
])
def test_a_first_term_a_little_longer_than_a_cycle_is_cycle_one_from_the_issue_date(run, issued, renews):
    added = add(run, "CA LMFT", renews, issued)
    assert added["cycle_number"] == 1
    now = status(run, "CA LMFT")
    assert (now["cycle_number"], now["cycle_start"], now["cycle_end"], now["required_hours"]) == \
        (1, issued, renews, 36)  # first renewals after 2023-07-01 need the full 36 h
    [only] = history(run, "CA LMFT")
    assert (only["cycle_number"], only["cycle_start"], only["cycle_end"], only["required_hours"]) == \
        (1, issued, renews, 36)
    text = run("license", "history", "CA LMFT")
    assert text.code == 0 and f"1  {issued} → {renews}" in text.out


def test_the_add_message_says_first_cycle(run):
    added = run("license", "add", "CA LMFT", "--profile", "example-ca-bbs", "--renews", "2026-11-30",
                "--issued", "2024-11-15")
    assert added.code == 0, added
    assert "cycle 1, the license's first" in added.out + added.err
    assert "cycle 2" not in added.out + added.err


def test_a_credit_in_the_weeks_before_the_computed_start_counts_in_the_first_cycle(run):
    add(run, "CA LMFT", "2026-11-30", "2024-11-15")
    assert run("ce", "add", "HIV/AIDS", "--hours", "7", "--date", "2024-11-20", "--category", "hiv-aids",
               "--format", "live-online").code == 0
    now = status(run, "CA LMFT")
    assert (now["cycle_number"], now["counted_hours"]) == (1, 7)
    [only] = history(run, "CA LMFT")
    assert (only["cycle_number"], only["cycle_start"], only["counted_hours"]) == (1, "2024-11-15", 7)


def test_an_absorbed_first_term_renewed_before_july_2023_uses_the_earlier_18_hours(run):
    add(run, "Old", "2023-05-31", "2021-05-20")  # computed start 2021-06-01: 12 days absorbed
    now = status(run, "Old")
    assert (now["cycle_number"], now["cycle_start"], now["cycle_end"], now["required_hours"]) == \
        (1, "2021-05-20", "2023-05-31", 18)


def test_a_first_term_of_over_half_a_cycle_stays_its_own_cycle(run):
    # 2023-10-15 .. 2024-11-30 is 13.5 months, more than half of 24: cycle 1 on its own,
    # and the cycle ending at the renewal typed is cycle 2, judged by the normal rule.
    add(run, "CA LMFT", "2026-11-30", "2023-10-15")
    now = status(run, "CA LMFT")
    assert (now["cycle_number"], now["cycle_start"], now["cycle_end"], now["required_hours"]) == \
        (2, "2024-12-01", "2026-11-30", 36)
    first = status(run, "CA LMFT", "--cycle", "previous")
    assert (first["cycle_number"], first["cycle_start"], first["cycle_end"]) == (1, "2023-10-15", "2024-11-30")
