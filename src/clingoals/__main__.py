"""Entry point for ``python -m clingoals``."""

from clingoals.cli import main

main()
