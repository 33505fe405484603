"""Guided add's small readers, without a terminal: a kept line survives a
Ctrl-C at its offer, and hours read as people write them."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.cli import drafting


def test_ctrl_c_at_the_offer_of_a_kept_line_keeps_it_in_the_state(monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(drafting, "ask_yes_no", interrupted)
    state = {"pending": {"question": "plan", "text": "two sessions a wee"}}
    with pytest.raises(KeyboardInterrupt):
        drafting._offer_pending_elsewhere({}, [], state, dt.date(2026, 11, 23))
    assert state["pending"] == {"question": "plan", "text": "two sessions a wee"}  # the draft still holds it


@pytest.mark.parametrize("typed, hours", [(".5", 0.5), ("2.", 2.0), ("3 hours", 3.0), ("1.5 h a week", 1.5)])
def test_hours_are_read_as_people_write_them(monkeypatch, typed, hours):
    monkeypatch.setattr(drafting, "_answer", lambda *args, **kwargs: typed)
    assert drafting._ask_number({}, "hours", "Hours a week", low=0, high=80) == hours
