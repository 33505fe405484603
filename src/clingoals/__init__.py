"""clingoals: a personal career-goal tracker for mental-health clinicians."""

__version__ = "0.1.0"
