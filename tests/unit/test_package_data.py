"""An installed ropa finds its resources and compiled translations (package data), a frozen
or source one its own folders, and one that has none says so instead of showing text keys.

The build step is setup.py's (`setup.py build_py`, what `pip wheel` and `pip install .` run);
the programs run in subprocesses from outside the checkout, as an installed package would.
.ci/wheel-smoke does the same with a real wheel in a fresh virtualenv.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ropa import paths
from ropa.core.i18n import LANGUAGES, tr

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 120


def _run(code: str, lib: Path, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Python code run with `lib` first on the path (as site-packages would hold ropa)."""
    environment = {
        **os.environ,
        "PYTHONPATH": str(lib),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(cwd),
        "XDG_CONFIG_HOME": str(cwd / "config"),
        **env,
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


def _files(folder: Path) -> set[str]:
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """build_lib after setup.py's build step: the package as a wheel holds it."""
    lib = tmp_path_factory.mktemp("build") / "lib"
    done = subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(lib)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return lib


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """A working folder outside the checkout."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


# -- the build step --------------------------------------------------------------------------


def test_the_package_holds_every_resource(built: Path) -> None:
    data = built / "ropa" / paths.PACKAGE_DATA
    assert _files(data / "resources") == _files(ROOT / "resources")
    for name in ("text/messages.fr.json", "fonts/DejaVuSans.ttf", "demo/demo-register.json"):
        assert (data / "resources" / name).read_bytes() == (ROOT / "resources" / name).read_bytes()


def _a_translation(lang: str) -> tuple[str, str, str]:
    """(context, source, translation) of the first finished singular text of ropa_<lang>.ts."""
    tree = ET.parse(ROOT / "i18n" / f"ropa_{lang}.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if (
                translation is not None
                and translation.get("type") is None
                and message.get("numerus") != "yes"
                and source
                and translation.text
                and translation.text != source
            ):
                return context.findtext("name") or "", source, translation.text
    raise AssertionError(f"no translated text in ropa_{lang}.ts")


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_the_package_holds_compiled_translations_qt_loads(
    built: Path, elsewhere: Path, lang: str
) -> None:
    assert {f"ropa_{code}.qm" for code in LANGUAGES} == _files(
        built / "ropa" / paths.PACKAGE_DATA / "i18n"
    )
    context, source, expected = _a_translation(lang)
    qm = built / "ropa" / paths.PACKAGE_DATA / "i18n" / f"ropa_{lang}.qm"
    done = _run(
        "import sys\n"
        "from PySide6.QtCore import QTranslator\n"
        "translator = QTranslator()\n"
        f"assert translator.load({str(qm)!r}), 'cannot load'\n"
        f"sys.stdout.buffer.write(translator.translate({context!r}, {source!r}).encode())\n",
        built,
        elsewhere,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected


# -- where an installed package looks --------------------------------------------------------


def test_an_installed_package_reads_its_package_data(built: Path, elsewhere: Path) -> None:
    done = _run(
        "from ropa import paths\n"
        "from ropa.ui.i18n import ensure_compiled\n"
        "print(paths.installation())\n"
        "print(paths.resources_dir())\n"
        "print(ensure_compiled('nl'))\n"
        "print(paths.missing_resources())\n",
        built,
        elsewhere,
        ROPA_DATA_DIR=str(elsewhere / "data"),
    )
    assert done.returncode == 0, done.stderr
    kind, resources, qm, missing = done.stdout.splitlines()
    data = built / "ropa" / paths.PACKAGE_DATA
    assert kind == "package"
    assert Path(resources) == data / "resources"
    assert Path(qm) == data / "i18n" / "ropa_nl.qm"  # as shipped: nothing compiled
    assert not (elsewhere / "data").exists()
    assert missing == "None"


def test_the_installed_cli_speaks_french_outside_the_checkout(built: Path, elsewhere: Path) -> None:
    init = _run(
        "import sys\nfrom ropa.cli import main\n"
        "sys.exit(main(['--lang', 'fr', 'init', '--demo', 'demo.ropa']))\n",
        built,
        elsewhere,
    )
    assert init.returncode == 0, init.stderr
    assert init.stderr.strip() == tr("fr", "cli.init.demo", path="demo.ropa")
    notice = _run(
        "import sys\nfrom ropa.cli import main\n"
        "sys.exit(main(['notice', 'demo.ropa', '--lang', 'fr', '--format', 'md', "
        "'-o', 'notice.md']))\n",
        built,
        elsewhere,
    )
    assert notice.returncode == 0, notice.stderr
    text = (elsewhere / "notice.md").read_text(encoding="utf-8")
    assert text.startswith("# ")
    assert "notice." not in text and "error." not in notice.stderr


# -- an installation without resources -------------------------------------------------------


@pytest.fixture
def without_resources(built: Path, tmp_path: Path) -> Path:
    """The package alone, without its data: what a wheel built without setup.py's step holds."""
    lib = tmp_path / "bare"
    shutil.copytree(built / "ropa", lib / "ropa", ignore=shutil.ignore_patterns(paths.PACKAGE_DATA))
    return lib


def test_the_cli_says_its_resources_are_missing(without_resources: Path, elsewhere: Path) -> None:
    done = _run(
        "import sys\nfrom ropa.cli import main\n"
        "sys.exit(main(['--lang', 'fr', 'info', 'x.ropa']))\n",
        without_resources,
        elsewhere,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("ropa cannot start: its resources are missing (")
    assert str(without_resources / "resources" / "text" / "messages.en.json") in done.stderr
    assert "install it again" in done.stderr
    assert "error." not in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""


def test_the_application_says_its_resources_are_missing(
    without_resources: Path, elsewhere: Path
) -> None:
    done = _run(
        "import sys\nfrom ropa.app import main\nsys.exit(main([]))\n",
        without_resources,
        elsewhere,
        ROPA_QUIT_AFTER_MS="0",  # closes the message box shown with the same words
        ROPA_DATA_DIR=str(elsewhere / "data"),
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("ropa cannot start: its resources are missing (")
    assert "Traceback" not in done.stderr
    assert not (elsewhere / "data").exists()  # nothing created: no register, no log


# -- the choice in this process --------------------------------------------------------------


def test_a_checkout_reads_its_own_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert paths.installation() == "checkout"  # the tests run from an editable install
    assert paths.resources_dir() == ROOT / "resources"
    assert paths.i18n_dir() == ROOT / "i18n"
    assert paths.missing_resources() is None


def test_a_frozen_build_reads_its_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.installation() == "frozen"
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.i18n_dir() == tmp_path / "i18n"
    assert paths.missing_resources() is not None  # an empty bundle


def test_package_data_comes_before_a_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "ropa" / paths.PACKAGE_DATA
    monkeypatch.setattr(paths, "_package_data", lambda: data)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert paths.installation() == "package"
    assert paths.resources_dir() == data / "resources"
