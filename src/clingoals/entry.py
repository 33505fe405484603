"""The console script. ``goals --version`` answers before any third-party
import; everything else goes to the Typer app in ``clingoals.cli``."""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from clingoals import __version__

        sys.stdout.write(f"clingoals {__version__}\n")
        return
    from clingoals.cli import main as cli_main

    cli_main()
