"""The one clock: every "today" in clingoals comes from :func:`today`.

``CLINGOALS_TODAY`` (YYYY-MM-DD) pins the date for tests, demos and scripts.
Domain code never calls this; the CLI calls it once and passes the date in.
"""

from __future__ import annotations

import datetime as _dt
import os

from clingoals.errors import ClingoalsError


def today() -> _dt.date:
    pinned = os.environ.get("CLINGOALS_TODAY", "").strip()
    if not pinned:
        return _dt.date.today()
    try:
        return _dt.date.fromisoformat(pinned)
    except ValueError:
        raise ClingoalsError(
            f"CLINGOALS_TODAY={pinned!r} is not a date; use YYYY-MM-DD or unset it."
        ) from None


def now_iso() -> str:
    """A timestamp for audit columns (created, changed). Seconds, UTC."""
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()
