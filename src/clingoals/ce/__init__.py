"""Continuing education: requirement profiles (TOML) and the renewal tally."""
