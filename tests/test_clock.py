"""The one clock: a pinned date pins every stored timestamp's date, the time
of day stays real, and timestamps are local (a user west of UTC who finishes
a goal in the evening sees it dated that evening, not tomorrow)."""

from __future__ import annotations

import datetime as dt
import json
import os
import time

import pytest
from typer.testing import CliRunner

from clingoals import clock
from clingoals.cli import app
from clingoals.errors import ClingoalsError


def _goals(*args):
    result = CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert result.exit_code == 0, (args, result.stdout, result.stderr)
    return result


@pytest.fixture
def los_angeles(monkeypatch):
    """The process in America/Los_Angeles for the test, then back."""
    if not hasattr(time, "tzset"):  # pragma: no cover - Windows
        pytest.skip("needs time.tzset")
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _travel(monkeypatch, utc: dt.datetime) -> None:
    monkeypatch.setattr(clock, "_utc_now", lambda: utc)


def test_pinned_date_keeps_the_real_time_of_day(monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2031-01-15")
    _travel(monkeypatch, dt.datetime(2026, 11, 23, 7, 45, 12, 999, tzinfo=dt.timezone.utc))
    moment = clock.now()
    assert clock.today() == dt.date(2031, 1, 15)
    assert moment.date() == dt.date(2031, 1, 15)
    assert moment.utcoffset() is not None and moment.microsecond == 0
    real_local = dt.datetime(2026, 11, 23, 7, 45, 12, tzinfo=dt.timezone.utc).astimezone()
    assert moment.time() == real_local.time().replace(tzinfo=None)
    assert clock.now_iso().startswith("2031-01-15T")


def test_a_bad_pin_is_one_clear_error(monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "next tuesday")
    with pytest.raises(ClingoalsError, match="CLINGOALS_TODAY"):
        clock.now()


def test_with_the_date_pinned_timestamps_review_and_staleness_agree(monkeypatch):
    # A pinned day far from the real one: the old UTC clock put the real date
    # in every timestamp, so these checks failed.
    monkeypatch.setenv("CLINGOALS_TODAY", "2031-01-15")
    made = json.loads(_goals("add", "Pass the NCE by June", "--due", "2031-06-30",
                             "--start", "2030-09-01", "--json").stdout)
    data = json.loads(_goals("show", made["id"], "--json").stdout)
    assert data["created_at"].startswith("2031-01-15T")
    assert data["updated_at"].startswith("2031-01-15T")
    digest = json.loads(_goals("review", "--summary", "--json").stdout)
    assert data["id"] not in [g["id"] for g in digest["stale"]], "created today, so not stale"

    _goals("done", data["id"])
    digest = json.loads(_goals("review", "--summary", "--json").stdout)
    assert [g["id"] for g in digest["completed"]] == [data["id"]]
    history = json.loads(_goals("history", data["id"], "--json").stdout)
    assert all(event["at"].startswith("2031-01-15T") for event in history)


def test_west_of_utc_in_the_evening_is_still_that_day(monkeypatch, los_angeles):
    monkeypatch.delenv("CLINGOALS_TODAY")
    # 20:30 in Los Angeles on May 13 is already 03:30 UTC on May 14.
    _travel(monkeypatch, dt.datetime(2026, 5, 14, 3, 30, tzinfo=dt.timezone.utc))
    assert clock.today() == dt.date(2026, 5, 13)
    assert clock.now_iso() == "2026-05-13T20:30:00-07:00"

    _goals("add", "Finish the trauma-informed care course", "--due", "2026-06-30", "--start", "2026-05-01")
    _goals("done", "1")
    data = json.loads(_goals("show", "1", "--json").stdout)
    assert data["created_at"] == "2026-05-13T20:30:00-07:00"
    assert data["updated_at"].startswith("2026-05-13T20:30")
    digest = json.loads(_goals("review", "--summary", "--json").stdout)
    assert [g["id"] for g in digest["completed"]] == [1]


def test_a_pinned_day_in_another_season_takes_that_days_offset(monkeypatch, los_angeles):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-01-15")  # winter: PST, -08:00
    _travel(monkeypatch, dt.datetime(2026, 5, 14, 3, 30, tzinfo=dt.timezone.utc))  # summer: PDT
    assert clock.now_iso() == "2026-01-15T20:30:00-08:00"


def test_backup_names_come_from_the_clock(monkeypatch, isolated_home):
    monkeypatch.setenv("CLINGOALS_TODAY", "2031-01-15")
    _goals("add", "Pass the NCE", "--due", "2031-06-30")
    written = _goals("db", "backup").stdout.strip()
    assert os.path.basename(written).startswith("goals-backup-20310115-")
