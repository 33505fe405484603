"""Trial 7: a count of 1 takes the singular of its unit wherever progress is
shown ("Current 1 walk", "now 1 of 1 book"), through one helper."""

from __future__ import annotations

import pytest

from clingoals.numbers import unit_for


@pytest.mark.parametrize("count, unit, shown", [
    (1, "walks", "walk"), (2, "walks", "walks"), (0, "walks", "walks"), (1.5, "walks", "walks"),
    (-1, "walks", "walk"), (1, "training hours", "training hour"), (1, "minutes a day", "minute a day"),
    (1, "books read", "book read"), (1, "classes", "class"), (1, "activities", "activity"),
    (1, "kg", "kg"), (1, "h", "h"), (1, "%", "%"), (1, None, ""), (None, "walks", "walks"),
])
def test_unit_for(count, unit, shown):
    assert unit_for(count, unit) == shown


def test_progress_of_one_is_shown_in_the_singular(run):
    assert run("add", "Walk 30 minutes 3 times a week", "--due", "2026-12-31", "--target", "48",
               "--unit", "walks").code == 0
    logged = run("log", "1", "1")
    assert logged.code == 0 and "now 1 of 48 walks." in logged.err
    assert run("show", "1", "--json").json()["measure"]["current"] == 1
    shown = run("show", "1")
    assert shown.code == 0 and "Current    1 walk " in shown.out and "1 walks" not in shown.out
    assert run("add", "Read a book about DBT", "--due", "2026-12-31", "--target", "1", "--unit", "books").code == 0
    reached = run("log", "2", "1")
    assert reached.code == 0 and "now 1 of 1 book." in reached.err
    assert "1 of 1 books" not in run("show", "2").out
