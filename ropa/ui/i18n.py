"""The interface's translations (Qt Linguist): refresh the .ts files, build the .qm files.

The texts of the interface are marked with ``self.tr()`` in QObjects and
``QCoreApplication.translate(context, text)`` elsewhere in ``ropa/ui`` and ``ropa/app.py``.
Their translations live in ``i18n/ropa_<lang>.ts`` (fr, nl, en), kept in git; the compiled
``i18n/ropa_<lang>.qm`` files are not (they are built, see below).

Two commands, from the project folder::

    python -m ropa.ui.i18n update   # pyside6-lupdate: new and changed texts into the .ts files
    python -m ropa.ui.i18n build    # pyside6-lrelease: i18n/ropa_<lang>.ts -> ropa_<lang>.qm

``update`` keeps the existing translations and drops the texts the sources no longer have; the
English file gets the source text as its translation (plural forms excepted: they need a
person). Then translate what is left unfinished (Qt Linguist: ``pyside6-linguist``); a test
fails while any text is unfinished.

At startup, :func:`ensure_compiled` returns the .qm of a language. From a source checkout
(also an editable install) it compiles it first when it is missing or older than its .ts: into
``i18n/`` when that folder is writable, else into a cache folder in the user's data folder. An
installed package (a wheel: setup.py compiles the .qm into ropa/_data/i18n) and a frozen build
use the .qm they ship.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from ropa import paths
from ropa.core.i18n import LANGUAGES

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
CATALOGUE = "ropa"
TOOL_TIMEOUT_S = 120
_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # ropa/


class ToolError(RuntimeError):
    """A Qt Linguist tool (pyside6-lupdate, pyside6-lrelease) is missing or failed."""


# -- files -----------------------------------------------------------------------------------


def source_files() -> list[Path]:
    """The Python files whose texts are translated: everything under ropa/ui, and ropa/app.py."""
    files = sorted((_PACKAGE_DIR / "ui").rglob("*.py"))
    return [*files, _PACKAGE_DIR / "app.py"]


def ts_path(lang: str) -> Path:
    return paths.i18n_dir() / f"{CATALOGUE}_{lang}.ts"


def qm_path(lang: str) -> Path:
    return paths.i18n_dir() / f"{CATALOGUE}_{lang}.qm"


def cache_dir() -> Path:
    """Where the .qm files go when a checkout's i18n/ cannot be written (e.g. read-only)."""
    return paths.user_data_dir() / "cache" / "i18n"


# -- tools -----------------------------------------------------------------------------------


def find_tool(name: str) -> Path | None:
    """The Qt Linguist tool `name` ("lupdate", "lrelease") that comes with PySide6.

    Looked for next to the Python executable (pyside6-<name>, the wrapper pip installs), then
    in the PySide6 package folder (the binary itself), then on the PATH.
    """
    suffix = ".exe" if sys.platform == "win32" else ""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}{suffix}"]
    try:
        import PySide6
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pass
    else:
        candidates.append(Path(PySide6.__file__).resolve().parent / f"{name}{suffix}")
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which(f"pyside6-{name}")
    return Path(found) if found else None


def _run(name: str, args: Sequence[str]) -> None:
    tool = find_tool(name)
    if tool is None:
        raise ToolError(f"cannot find pyside6-{name} (is PySide6 installed?)")
    command = [os.fspath(tool), *args]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=TOOL_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ToolError(f"cannot run {tool.name}: {exc}") from exc
    if done.returncode != 0:
        output = (done.stderr or done.stdout).strip()
        raise ToolError(f"{tool.name} failed ({done.returncode}): {output}")


def run_lupdate(ts_file: Path, lang: str, sources: Sequence[Path] | None = None) -> None:
    """Merge the texts of `sources` (default: source_files()) into ts_file, creating it."""
    files = list(source_files() if sources is None else sources)
    _run(
        "lupdate",
        [
            "-silent",
            "-no-obsolete",
            "-locations",
            "relative",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            lang,
            *(os.fspath(f) for f in files),
            "-ts",
            os.fspath(ts_file),
        ],
    )


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    _run("lrelease", ["-silent", os.fspath(ts_file), "-qm", os.fspath(qm_file)])


# -- the two commands ------------------------------------------------------------------------


def finish_source_language(ts_file: Path) -> int:
    """In the English .ts, give each unfinished singular text its source as translation.

    Returns how many were filled in. Plural texts (%n) are left: their singular needs a person.
    """
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or source is None or message.get("numerus") == "yes":
            continue
        if translation.get("type") == "unfinished":
            translation.text = source
            del translation.attrib["type"]
            filled += 1
    if filled:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts_file.write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
        )
    return filled


def update() -> None:
    """Refresh i18n/ropa_<lang>.ts from the sources, keeping the existing translations."""
    paths.i18n_dir().mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts_file = ts_path(lang)
        run_lupdate(ts_file, lang)
        if lang == SOURCE_LANGUAGE and finish_source_language(ts_file):
            run_lupdate(ts_file, lang)  # back to lupdate's own layout of the file
        print(f"updated {ts_file}")


def build() -> None:
    """Compile every i18n/ropa_<lang>.ts into the .qm next to it (under another name, then
    renamed: a running ropa has the old .qm mapped in memory, and lrelease writes in place)."""
    for lang in LANGUAGES:
        if not _compile_into(ts_path(lang), qm_path(lang)):
            raise ToolError(f"cannot compile {ts_path(lang)} into {qm_path(lang)}")
        print(f"built {qm_path(lang)}")


# -- at startup ------------------------------------------------------------------------------


def _is_fresh(qm_file: Path, ts_file: Path) -> bool:
    try:
        return qm_file.stat().st_mtime >= ts_file.stat().st_mtime
    except OSError:
        return False


def _compile_into(ts_file: Path, qm_file: Path) -> bool:
    """Compile ts_file into qm_file (written whole or not at all); False when impossible."""
    try:
        qm_file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{qm_file.stem}-", suffix=".qm", dir=qm_file.parent
        )
        os.close(handle)
    except OSError as exc:
        log.info("cannot write translations into %s: %s", qm_file.parent, exc)
        return False
    try:
        run_lrelease(ts_file, Path(temporary))
        os.replace(temporary, qm_file)
    except (ToolError, OSError) as exc:
        log.warning("cannot compile %s: %s", ts_file, exc)
        Path(temporary).unlink(missing_ok=True)
        return False
    log.info("compiled %s", qm_file)
    return True


def ensure_compiled(lang: str) -> Path | None:
    """The compiled translations (.qm) of the interface in `lang`, or None when there are none.

    From a source checkout, the .qm is (re)built from i18n/ropa_<lang>.ts when missing or
    older: into i18n/ if writable, else into cache_dir(). An installed package and a frozen
    build use what they ship (built with them); one that lacks it is logged as a warning.
    """
    shipped = qm_path(lang)
    if paths.installation() != "checkout":
        if shipped.is_file():
            return shipped
        if lang in LANGUAGES:
            log.warning("this installation lacks the interface's translations %s", shipped)
        return None
    source = ts_path(lang)
    if not source.is_file():
        return shipped if shipped.is_file() else None
    cached = cache_dir() / shipped.name
    for candidate in (shipped, cached):
        if _is_fresh(candidate, source):
            return candidate
    for target in (shipped, cached):
        if _compile_into(source, target):
            return target
    for candidate in (shipped, cached):  # outdated, but better than none
        if candidate.is_file():
            log.warning("using outdated translations %s", candidate)
            return candidate
    return None


# -- command line ----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ropa.ui.i18n",
        description="Refresh (update) and compile (build) the interface's translations.",
    )
    parser.add_argument(
        "command",
        choices=("update", "build"),
        help="update: sources -> i18n/*.ts (pyside6-lupdate); "
        "build: i18n/*.ts -> i18n/*.qm (pyside6-lrelease)",
    )
    args = parser.parse_args(sys.argv[1:] if argv is None else list(argv))
    try:
        if args.command == "update":
            update()
        else:
            build()
    except ToolError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
