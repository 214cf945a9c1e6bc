"""Where things live: the user's data folder, and ropa's resources (installed, frozen or source)."""

from __future__ import annotations

import os
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

import platformdirs

APP_NAME = "ropa"
REGISTER_SUFFIX = ".ropa"
# The folder of the installed package that holds resources/ and i18n/ (the .qm files): made by
# setup.py's build step from the repository's top-level resources/ and i18n/.
PACKAGE_DATA = "_data"
# A file every installation has: without it, ropa has no texts to speak with.
_PROBE = Path("text", "messages.en.json")

Installation = Literal["package", "frozen", "checkout"]


@cache
def _package_data() -> Path | None:
    """ropa/_data of an installed package (a wheel), or None (source checkout, frozen build)."""
    folder = resources.files("ropa") / PACKAGE_DATA
    # An installed wheel is unpacked on disk, so this is a real folder; ropa needs real files
    # (Jinja's loader, reportlab's fonts, Qt's translator), not a zip's contents.
    if isinstance(folder, Path) and folder.is_dir():
        return folder
    return None


def installation() -> Installation:
    """How ropa runs: an installed package, a frozen build (PyInstaller), or a source checkout
    (also an editable install, which reads the checkout's own folders)."""
    if _package_data() is not None:
        return "package"
    if getattr(sys, "_MEIPASS", None):
        return "frozen"
    return "checkout"


def _root() -> Path:
    """The folder holding resources/ and i18n/: the package's data when installed, else the
    frozen bundle, else the source checkout."""
    data = _package_data()
    if data is not None:
        return data
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _root() / "resources"


def i18n_dir() -> Path:
    """The interface's translations: i18n/ropa_<lang>.ts and .qm in a checkout, the .qm alone
    when installed or frozen."""
    return _root() / "i18n"


def missing_resources() -> str | None:
    """Why ropa cannot start when its resources are missing (None when they are there).

    In English: the texts in the user's language are among what is missing.
    """
    probe = resources_dir() / _PROBE
    if probe.is_file():
        return None
    return (
        f"ropa cannot start: its resources are missing ({probe} was not found). "
        "This installation of ropa is incomplete: install it again (the release for your "
        "system, or pip install with the ropa wheel or source folder)."
    )


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
