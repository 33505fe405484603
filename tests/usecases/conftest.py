"""Use cases against a real, migrated SQLite file in a temporary folder: no
mocks of the store. ``store`` is open for the test and closed after it."""

from __future__ import annotations

import pytest

from clingoals.store.db import open_store

NOW = "2026-05-13T09:30:00-07:00"


@pytest.fixture
def store(tmp_path, migrated_database):
    opened = open_store(migrated_database(tmp_path / "data"))
    yield opened
    opened.close()


@pytest.fixture
def now():
    return NOW


@pytest.fixture
def new_goal(store, today, now):
    """Add a goal through the use case; returns its JSON."""
    from clingoals.usecases import goals

    def adder(statement="Pass the NCE", due="2026-09-30", **extra):
        fields = goals.new_goal_fields(statement=statement, due=due, today=today, **extra)
        return goals.add_goal(store, fields, today=today, now=now)

    return adder
