"""Database engine and configuration shared by the app, the CLI, migrations and tests."""

from factcheck.db.engine import check_database, make_db_config, make_engine, run_async

__all__ = ["check_database", "make_db_config", "make_engine", "run_async"]
