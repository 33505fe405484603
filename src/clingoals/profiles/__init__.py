"""Built-in CE requirement profiles (TOML). Examples: verify with the board."""
