"""txsuper16 in a real pseudo-terminal: a Texas LPC licensed 2023-03-01 is
offered Texas's LPC-S route when starting the clinical-supervisor path, the
five years licensed first, dated the day they are reached (today is
2026-05-13, as in paths10's pty tests)."""

from __future__ import annotations

import pytest
from test_path10_pty import _goals, _said, _save, _spawn  # the same day, terminal and helpers

pytestmark = pytest.mark.slow


def test_a_texas_lpc_is_offered_the_lpc_s_route_with_the_five_years_first(isolated_home):
    _goals(isolated_home, "license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-08-31",
           "--issued", "2023-03-01")
    child = _spawn(isolated_home, "path", "start", "clinical-supervisor")
    child.expect(r"Milestones as Texas has them \(your license TX LPC\)")
    child.expect(_said("1. Hold my license 5 years (60 months) in good standing, as Texas requires"))
    for _ in range(3):  # the five years, the 40-clock-hour course, the BHEC application
        child.expect("Keep, edit or skip")
        child.sendline("k")
    child.expect(_said("Long-term goal: Become a Texas LPC Supervisor (LPC-S) so that I can supervise LPC Associates"))
    child.expect(r"Save the long-term goal and 3 step goals\?")
    _save(child)
    goals = {g["statement"]: g for g in _goals(isolated_home, "list", "--json")}
    wait = next(g for s, g in goals.items() if s.startswith("Hold my license 5 years"))
    assert (wait["deadline"], wait["measure"]["target"], wait["measure"]["baseline"]) == ("2028-03-01", 60, 38)
    assert "Submit my LPC Supervisor (LPC-S) application to the Texas BHEC" in goals
