"""Every test runs in its own data home on a fixed calendar date."""

from __future__ import annotations

import datetime as dt

import pytest

FIXED_TODAY = dt.date(2026, 5, 13)  # a Wednesday


def pytest_collection_modifyitems(items):
    """Property tests (hypothesis) are slow by nature: mark them so
    ``pytest -m "not slow"`` skips them without each file repeating it."""
    for item in items:
        if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("CLINGOALS_HOME", str(home))
    monkeypatch.setenv("CLINGOALS_TODAY", FIXED_TODAY.isoformat())
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    return home


@pytest.fixture
def today():
    return FIXED_TODAY
