"""Build step: ropa's resources and compiled translations become package data (ropa/_data).

The repository keeps them at the top (resources/, i18n/ropa_<lang>.ts); a wheel gets them as
ropa/_data/resources/ and ropa/_data/i18n/ropa_<lang>.qm, compiled here with PySide6's lrelease
(PySide6-Essentials is a build requirement, see pyproject.toml). ropa.paths reads them through
importlib.resources. An editable install (pip install -e .) copies nothing: it reads the
checkout's own folders and compiles the translations at startup (ropa.ui.i18n.ensure_compiled).
Everything else is in pyproject.toml.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA = "_data"  # ropa/_data: keep in step with ropa.paths.PACKAGE_DATA
LANGUAGES = ("fr", "nl", "en")  # keep in step with ropa.core.i18n.LANGUAGES


def find_lrelease() -> Path:
    """PySide6's lrelease: in the PySide6 package, else pyside6-lrelease on the PATH."""
    suffix = ".exe" if sys.platform == "win32" else ""
    candidates = []
    try:
        import PySide6
    except ImportError:
        pass
    else:
        candidates.append(Path(PySide6.__file__).resolve().parent / f"lrelease{suffix}")
    found = shutil.which("pyside6-lrelease")
    if found:
        candidates.append(Path(found))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    raise SystemExit(
        "error: cannot compile ropa's translations: PySide6's lrelease was not found. "
        "Build with build isolation (the default of pip and python -m build), or install "
        "PySide6-Essentials in the build environment first."
    )


class BuildPyWithData(build_py):
    """build_py, then resources/ and the compiled translations into build_lib/ropa/_data."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's resources/ and i18n/
        target = Path(self.build_lib) / "ropa" / DATA
        if target.exists():
            shutil.rmtree(target)  # nothing left over from an earlier build
        shutil.copytree(
            ROOT / "resources",
            target / "resources",
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
        )
        (target / "i18n").mkdir(parents=True)
        lrelease = find_lrelease()
        for lang in LANGUAGES:
            ts_file = ROOT / "i18n" / f"ropa_{lang}.ts"
            qm_file = target / "i18n" / f"ropa_{lang}.qm"
            done = subprocess.run(
                [os.fspath(lrelease), "-silent", os.fspath(ts_file), "-qm", os.fspath(qm_file)],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0 or not qm_file.is_file():
                output = (done.stderr or done.stdout).strip()
                raise SystemExit(f"error: lrelease failed on {ts_file.name}: {output}")
        print(f"ropa: resources and translations ({', '.join(LANGUAGES)}) copied into {target}")


setup(cmdclass={"build_py": BuildPyWithData})
