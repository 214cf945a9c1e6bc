"""Build the ropa application for this platform, from the source tree.

    python installer/build.py            # dist/ropa/ (+ the Linux tarball or Windows setup)
    python installer/build.py --smoke    # ... then run installer/smoke_test.py on it

Steps: compile the translations (i18n/*.ts -> *.qm), draw the icons from resources/icons/ropa.svg,
gather the licences (ropa's, every bundled Python distribution's, Python's, the Qt LGPL notice
with its source offer), run PyInstaller on installer/ropa.spec (a one-folder bundle: ropa-gui and
ropa), then package it: on Linux a tarball with install.sh and the desktop integration
(installer/linux/), on Windows the Inno Setup installer (installer/windows/ropa.iss, when iscc is
on PATH), on macOS the .app (made by the spec). Prints the bundle's size unpacked and packed.
Needs PyInstaller (`pip install pyinstaller`), which is not a dependency of ropa itself.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
BUILD = INSTALLER / "build"
DIST = ROOT / "dist"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
NOT_BUNDLED = {"greenlet"}  # required by SQLAlchemy for asyncio only; excluded by the spec
LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)

sys.path.insert(0, str(ROOT))


def version() -> str:
    from ropa import __version__

    return __version__


def platform_tag() -> str:
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}[sys.platform]
    return f"{system}-{machine}"


# -- before PyInstaller --------------------------------------------------------------------------


def compile_translations() -> None:
    from ropa.ui import i18n

    i18n.build()
    missing = [lang for lang in ("fr", "nl", "en") if not i18n.qm_path(lang).exists()]
    if missing:
        raise SystemExit(f"translations not compiled: {missing}")


def draw_icons() -> Path:
    """ropa.svg as PNGs of every usual size, and as ropa.ico (Windows) and ropa.icns (macOS)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - needed to paint
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "ropa.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/icons/ropa.svg cannot be read")
    out = BUILD / "icons"
    out.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(out / f"ropa-{size}.png"))
        if size == 256:
            image.save(str(out / "ropa.ico"))
            image.save(str(out / "ropa.icns"))
    return out


def _requirements(name: str, seen: set[str]) -> None:
    """Every distribution `name` needs at run time, recursively (extras left out)."""
    key = name.lower().replace("_", "-")
    if key in seen:
        return
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return
    seen.add(key)
    for requirement in dist.requires or []:
        if "extra ==" in requirement:
            continue
        match = re.match(r"[A-Za-z0-9_.\-]+", requirement)
        if match:
            _requirements(match.group(0), seen)


def _licence_name(meta: Any) -> str:
    """A distribution's licence: its SPDX expression, else its classifier, else its field."""
    if meta.get("License-Expression"):
        return str(meta["License-Expression"])
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            return classifier.split("::")[-1].strip()
    first = (meta.get("License") or "").strip().splitlines()
    return first[0] if first else "see its licence files"


def gather_licences() -> Path:
    """installer/build/licenses: ropa's licence, the fonts', each bundled distribution's licence
    files, Python's, the Qt notice, and THIRD-PARTY-NOTICES.txt listing them."""
    out = BUILD / "licenses"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    shutil.copy2(ROOT / "LICENSE", out / "LICENSE")
    shutil.copy2(ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt", out / "LICENSE-DejaVu.txt")
    shutil.copy2(INSTALLER / "LICENSE-LGPL-3.txt", out / "LICENSE-LGPL-3.txt")
    names: set[str] = set()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for requirement in project["dependencies"]:  # the source of truth, not installed metadata
        match = re.match(r"[A-Za-z0-9_.\-]+", requirement)
        if match:
            _requirements(match.group(0), names)
    names -= NOT_BUNDLED
    _requirements("pyinstaller", set())  # its bootloader is in the bundle: listed below
    lines = [
        f"ropa {version()} - third-party software in this bundle",
        "",
        "ropa itself is free software under the GNU General Public License, version 3 or later",
        "(LICENSE). The bundle also holds the following software, each under its own licence;",
        "the licence files are in the folder of the same name beside this file.",
        "",
    ]
    for name in sorted(names | {"pyinstaller"}):
        dist = metadata.distribution(name)
        meta = dist.metadata
        licence = _licence_name(meta)
        folder = out / meta["Name"]
        copied = 0
        for file in dist.files or []:
            path = str(file)
            if LICENCE_FILE.search(path) and (".dist-info/" in path or "/" not in path):
                source = Path(str(dist.locate_file(file)))
                if source.is_file():
                    folder.mkdir(exist_ok=True)
                    shutil.copy2(source, folder / source.name)
                    copied += 1
        note = ""
        if not copied:
            note = " (LICENSE-LGPL-3.txt)" if "LGPL-3" in licence else " (no licence file shipped)"
        lines.append(f"- {meta['Name']} {meta['Version']}: {licence}{note}")
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.exists():
        shutil.copy2(python_licence, out / "LICENSE-Python.txt")
    lines.append(f"- Python {sys.version.split()[0]}: PSF License (LICENSE-Python.txt)")
    lines.append("- DejaVu fonts: Bitstream Vera / DejaVu licence (LICENSE-DejaVu.txt)")
    lines += ["", (INSTALLER / "QT-NOTICE.txt").read_text(encoding="utf-8")]
    (out / "THIRD-PARTY-NOTICES.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copy2(INSTALLER / "QT-NOTICE.txt", out / "QT-NOTICE.txt")
    return out


# -- PyInstaller and packaging -------------------------------------------------------------------


def run_pyinstaller() -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(INSTALLER / "ropa.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    bundle = DIST / "ropa"
    if sys.platform != "win32":  # one program, two names (see installer/launch.py)
        (bundle / "ropa").unlink(missing_ok=True)
        (bundle / "ropa").symlink_to("ropa-gui")
    for program in ("ropa", "ropa-gui"):
        path = bundle / (program + (".exe" if sys.platform == "win32" else ""))
        if not path.exists():
            raise SystemExit(f"PyInstaller made no {path}")
    return bundle


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def linux_tarball(bundle: Path) -> Path:
    """ropa-<version>-linux-<machine>.tar.xz: the bundle, the icons, the desktop entry, the
    MIME type and install.sh / uninstall.sh (a per-user install, no root needed)."""
    name = f"ropa-{version()}-{platform_tag()}"
    stage = BUILD / "stage" / name
    shutil.rmtree(stage.parent, ignore_errors=True)
    shutil.copytree(bundle, stage / "ropa", symlinks=True)
    share = stage / "share"
    share.mkdir(parents=True)
    for file in ("ropa.desktop", "ropa-mime.xml"):
        shutil.copy2(INSTALLER / "linux" / file, share / file)
    shutil.copytree(BUILD / "icons", share / "icons")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(INSTALLER / "linux" / script, stage / script)
        (stage / script).chmod(0o755)
    shutil.copy2(ROOT / "LICENSE", stage / "LICENSE")
    archive = DIST / f"{name}.tar.xz"  # xz: a third smaller than gzip for this bundle
    with tarfile.open(archive, "w:xz", preset=9) as tar:
        tar.add(stage, arcname=name)
    return archive


def windows_setup(bundle: Path) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("iscc (Inno Setup 6) not on PATH: no setup program made", file=sys.stderr)
        return None
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={version()}",
            f"/DSourceDir={bundle}",
            f"/DIconFile={BUILD / 'icons' / 'ropa.ico'}",
            f"/DOutputDir={DIST}",
            str(INSTALLER / "windows" / "ropa.iss"),
        ],
        check=True,
    )
    return DIST / f"ropa-{version()}-windows-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="run the smoke test on the build")
    args = parser.parse_args(argv)
    BUILD.mkdir(parents=True, exist_ok=True)
    compile_translations()
    draw_icons()
    gather_licences()
    bundle = run_pyinstaller()
    package: Path | None = None
    if sys.platform.startswith("linux"):
        package = linux_tarball(bundle)
    elif sys.platform == "win32":
        package = windows_setup(bundle)
    print(f"ropa {version()}: {bundle} ({folder_size(bundle) / 1e6:.1f} MB unpacked)")
    if package is not None and package.exists():
        print(f"package: {package} ({package.stat().st_size / 1e6:.1f} MB)")
    if args.smoke:
        from smoke_test import main as smoke  # installer/smoke_test.py

        tarball = ["--tarball", str(package)] if package and package.suffix == ".xz" else []
        return smoke([str(bundle), *tarball])
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(INSTALLER))
    sys.exit(main())
