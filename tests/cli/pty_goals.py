"""Start `goals` in a real pseudo-terminal, the one way the pty tests do it.

Each test file keeps its own small ``_spawn`` (its day, width and
environment); what they share lives here: the machine's environment (minus
the names a test must not inherit, such as $EDITOR), the test's own
variables and home on top, UTF-8 text and a terminal of a known size.
"""

from __future__ import annotations

import os
import sys

import pexpect


def spawn_goals(home, *args, env: dict, columns: int = 100, rows: int = 50, timeout: int = 30,
                without: tuple[str, ...] = ()) -> pexpect.spawn:
    """``goals ARGS`` in a pseudo-terminal of ROWS x COLUMNS, with
    CLINGOALS_HOME=HOME and ENV over the machine's environment, less WITHOUT."""
    base = {name: value for name, value in os.environ.items() if name not in without}
    return pexpect.spawn(sys.executable, ["-m", "clingoals", *args], encoding="utf-8", timeout=timeout,
                         env={**base, **env, "CLINGOALS_HOME": str(home)}, dimensions=(rows, columns))
