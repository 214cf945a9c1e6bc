"""The screenshot script: every page and editor tab saved as a PNG, 1280 wide, not blank."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ropa.core.i18n import LANGUAGES
from ropa.ui.main_window import MainWindow
from ropa.ui.screenshots import DIALOG_SIZE, WINDOW_SIZE, parse_args, slug, take_screenshots

MIN_COLOURS = 64  # text, icons, tables and widgets: far more than a blank or flat image


def _colours(image: QImage) -> int:
    """The number of distinct colours, on a grid of every 4th pixel (fast enough)."""
    seen = set()
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_screenshots_of_one_language(qapp: QApplication, tmp_path: Path, qtbot: Any) -> None:
    out = tmp_path / "shots"
    report = take_screenshots(out, ["en"], work_dir=tmp_path / "work")
    names = {path.name for path in report.files}
    for page in ("overview", "activities", "parties", "cookies", "history", "print-preview"):
        assert f"en-{page}.png" in names
    editor = sorted(name for name in names if name.startswith("en-editor-"))
    assert {"en-editor-general.png", "en-editor-purposes.png"} <= set(editor)
    assert len(editor) >= 4
    assert "en-import-preview.png" in names
    for path in report.files:
        assert path.parent == out and path.is_file()
        image = QImage(str(path))
        size = DIALOG_SIZE if path.name == "en-import-preview.png" else WINDOW_SIZE
        assert (image.width(), image.height()) == size, path.name
        assert _colours(image) > MIN_COLOURS, path.name
    # The registers (and the window's settings) went to work_dir.
    assert sorted(p.name for p in (tmp_path / "work").glob("*.ropa")) == ["demo-en.ropa"]
    assert not any(  # the window is closed afterwards
        isinstance(widget, MainWindow) and widget.isVisible()
        for widget in QApplication.topLevelWidgets()
    )


def test_dark_screenshots_are_dark(qapp: QApplication, tmp_path: Path, qtbot: Any) -> None:
    light_palette = qapp.palette()
    report = take_screenshots(tmp_path, ["fr"], dark=True, work_dir=tmp_path / "work")
    overview = QImage(str(tmp_path / "fr-overview.png"))
    assert overview.pixelColor(WINDOW_SIZE[0] // 2, WINDOW_SIZE[1] // 2).lightness() < 80
    assert len(report.files) >= 9
    assert qapp.palette() == light_palette  # restored afterwards


def test_slugs_and_arguments() -> None:
    assert slug("GeneralSection") == "general"
    assert slug("PartiesOfActivitySection") == "parties-of-activity"
    assert slug("processor_activities") == "processor-activities"
    args = parse_args(["out", "--lang", "fr", "en", "--dark", "--scale", "2"])
    assert (args.out_dir, args.lang, args.dark, args.scale) == (Path("out"), ["fr", "en"], True, 2)
    assert set(parse_args(["out"]).lang) == set(LANGUAGES)


@pytest.mark.slow
def test_command_runs_offscreen_at_200_percent(tmp_path: Path) -> None:
    """The command line: offscreen, scaled, in its own temporary data folder and settings."""
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ropa.ui.screenshots",
            str(tmp_path / "out"),
            "--lang",
            "nl",
            "--scale",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"),
        },
        check=False,
    )
    assert result.returncode == 0, result.stderr
    overview = QImage(str(tmp_path / "out" / "nl-overview.png"))
    assert overview.width() == 2 * WINDOW_SIZE[0]
    assert "propagateSizeHints" not in result.stderr
    # At 200 %, the labels of the main pages are whole too (the editor's are reported).
    cut = [line for line in result.stderr.splitlines() if line.startswith("cut short: nl-")]
    assert [line for line in cut if not line.startswith("cut short: nl-editor-")] == []
    assert not any(home.rglob("*")), "nothing written in the user's home"
