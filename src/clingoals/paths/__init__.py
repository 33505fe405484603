"""Built-in career paths (TOML): destinations and their typical milestones."""
