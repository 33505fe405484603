"""ce2 at a terminal: a license given by the ID `license list` shows is
asked about by its name before anything changes (trial 22 #15), and
`license renew` by ID renews that license."""

from __future__ import annotations

import pytest

from test_paths11_pty import _end, _goals, _spawn

pytestmark = pytest.mark.slow


def test_delete_and_renew_by_id_ask_about_the_license_by_name(isolated_home):
    _goals(isolated_home, "license", "add", "CA LMFT", "--profile", "example-ca-bbs", "--renews", "2027-03-31",
           "--issued", "2023-11-01")
    _goals(isolated_home, "license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-01-31")
    child = _spawn(isolated_home, "license", "delete", "2")
    child.expect(r"Delete the license TX LPC\? Its CE credits stay")
    child.sendline("n")
    child.expect("Nothing deleted.")
    _end(child, 0)
    assert [l["name"] for l in _goals(isolated_home, "license", "list", "--json")] == ["TX LPC", "CA LMFT"]
    child = _spawn(isolated_home, "license", "renew", "1")
    child.expect(r"Renew CA LMFT into the cycle 2027-04-01 to 2029-03-31\?")
    child.sendline("y")
    child.expect("Renewed CA LMFT")
    _end(child, 0)
    shown = _goals(isolated_home, "license", "show", "1", "--json")
    assert (shown["name"], shown["renews"]) == ("CA LMFT", "2029-03-31")
