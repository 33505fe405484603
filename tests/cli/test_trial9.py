"""Trial 9: the weekly digest does not call a reopened goal completed."""

from __future__ import annotations


def test_a_goal_reopened_with_resume_is_not_listed_as_completed(run, add):
    """Trial 9 B1: goals done by mistake and reopened with `goals resume` stayed under "Completed"."""
    reopened = add("Walk 30 minutes after lunch 5 days a week", "2027-02-24")
    finished = add("Read 2 books on trauma", "2026-12-31", "--target", "2", "--unit", "books")
    assert run("done", reopened["id"]).code == 0
    assert run("done", finished["id"]).code == 0
    assert run("resume", reopened["id"], "--reason", "marked done by mistake").code == 0

    summary = run("review", "--summary", "--json")
    assert summary.code == 0, summary
    assert [g["id"] for g in summary.json()["completed"]] == [finished["id"]]
    shown = run("review", "--summary")
    assert shown.code == 0 and "Completed (1)" in shown.out and "Walk 30 minutes" not in shown.out.split("Completed")[1].split("\n\n")[0]


def test_a_target_typed_with_a_currency_sign_counts_dollars_in_add_and_edit(run, add):
    """Trial 9 B2: `goals edit 3 --target '$3,000'` stored 3000 with no unit (Measurable fell to 1/2)."""
    added = run("add", "Save for an EMDR course", "--due", "2027-04-30", "--target", "$3,000", "--json")
    assert added.code == 0, added
    assert (added.json()["measure"]["target"], added.json()["measure"]["unit"]) == (3000, "dollars")

    plain = add("Save for a practice fund", "2027-04-30", "--target", "3000")
    assert run("show", plain["id"], "--json").json()["measure"]["unit"] is None
    edited = run("edit", plain["id"], "--target", "$3,500", "--reason", "track savings")
    assert edited.code == 0, edited
    measure = run("show", plain["id"], "--json").json()["measure"]
    assert (measure["target"], measure["unit"]) == (3500, "dollars")

    # a unit given beside it wins; a plain number gets none
    euros = run("add", "Save for a trip", "--due", "2027-04-30", "--target", "$3,000", "--unit", "euros", "--json")
    assert euros.json()["measure"]["unit"] == "euros"
    books = run("add", "Read 20 books", "--due", "2027-04-30", "--target", "20", "--json")
    assert books.json()["measure"]["unit"] is None
