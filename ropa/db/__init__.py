"""Persistence: the ORM models of a register file, its SQLite session and its migrations."""
