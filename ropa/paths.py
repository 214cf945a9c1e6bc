"""Where things live: the user's data folder, and ropa's resources from source or frozen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "ropa"
REGISTER_SUFFIX = ".ropa"


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _root() / "resources"


def i18n_dir() -> Path:
    return _root() / "i18n"


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "db" / "migrations"


def user_data_dir() -> Path:
    """The user's data folder (ROPA_DATA_DIR overrides it, e.g. for tests)."""
    override = os.environ.get("ROPA_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_register_path() -> Path:
    return user_data_dir() / f"register{REGISTER_SUFFIX}"


def backups_dir() -> Path:
    return user_data_dir() / "backups"
