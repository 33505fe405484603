"""Storage: the only package that talks to SQLite, SQLModel or Alembic."""
