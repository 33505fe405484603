"""The one clock: every "today" and every stored timestamp in clingoals comes
from here, and nothing else in ``src/`` reads the real clock (a test checks).

- :func:`today` is ``CLINGOALS_TODAY`` (YYYY-MM-DD) when set, else the local date.
- :func:`now` is the current local time of day on the date :func:`today`
  returns, with its UTC offset. Pinning the date keeps the time of day real.
- :func:`now_iso` is :func:`now` as stored in audit columns (created, updated,
  done, status changed, review), e.g. ``2026-05-13T20:30:05-07:00``. Because
  stored timestamps are local, their first ten characters are the local date
  they happened on, which is what comparisons with dates use.

Domain code never calls this module: the CLI reads ``today`` and ``now`` once
per command and passes them down to use cases, domain and store code.
"""

from __future__ import annotations

import datetime as _dt
import os

from clingoals.errors import ClingoalsError


def _utc_now() -> _dt.datetime:
    """The real clock, the only read of it (tests replace this to travel)."""
    return _dt.datetime.now(_dt.timezone.utc)


def _pinned() -> _dt.date | None:
    pinned = os.environ.get("CLINGOALS_TODAY", "").strip()
    if not pinned:
        return None
    try:
        return _dt.date.fromisoformat(pinned)
    except ValueError:
        raise ClingoalsError(
            f"CLINGOALS_TODAY={pinned!r} is not a date; use YYYY-MM-DD or unset it."
        ) from None


def today() -> _dt.date:
    """The pinned date, else the local date."""
    return _pinned() or _utc_now().astimezone().date()


def now() -> _dt.datetime:
    """The local time of day on :func:`today`, to the second, with its UTC offset."""
    local = _utc_now().astimezone().replace(microsecond=0)
    pinned = _pinned()
    if pinned is None or pinned == local.date():
        return local
    # Same wall-clock time on the pinned day; the offset is that day's (DST).
    return _dt.datetime.combine(pinned, local.time()).astimezone()


def now_iso() -> str:
    """:func:`now` as an ISO 8601 timestamp with offset, for stored columns."""
    return now().isoformat()


def file_stamp(moment: _dt.datetime) -> str:
    """A timestamp for file names (backups): ``20260513-203005``."""
    return moment.strftime("%Y%m%d-%H%M%S")
