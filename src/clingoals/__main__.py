"""Entry point for ``python -m clingoals``."""

from clingoals.entry import main

main()
