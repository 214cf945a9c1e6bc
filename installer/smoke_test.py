"""Smoke test of a built bundle, run as a user would run it: from a copy in a temporary folder,
in a bare environment (no PYTHONPATH, no virtualenv on PATH, a temporary home and data folder),
far from the source tree.

    python installer/smoke_test.py dist/ropa

With --tarball, the Linux release is also installed for a user (install.sh), started, and
uninstalled (uninstall.sh), which must keep the user's data.

The command line: --version, init --demo, export as PDF, Excel and JSON, the privacy notice as
HTML, check (the demo has one error: exit status 1, findings in JSON). The desktop application
(offscreen): it creates the default register (the demo) in the empty data folder, shows the
window with its dashboard, and from inside the frozen process exports the PDF register, the
workbook and the notice (ROPA_TEST_SCRIPT), then quits with 0. Every file is read back here
with real readers (pypdf, openpyxl, html.parser). Then the time from launch to the first window,
median of 3. Exit status 0 when everything passed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import time
from html.parser import HTMLParser
from pathlib import Path

DEMO_ORGANISATION = "Clairbois Informatique SRL"
TIMEOUT = 180

GUI_SCRIPT = textwrap.dedent(
    """
    # Run inside the frozen ropa-gui by ROPA_TEST_SCRIPT, with `window` (the MainWindow).
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from ropa import __version__, cli

    out = Path(OUT)
    view = window.dashboard_view
    view.reload()
    report = {
        "frozen": bool(getattr(sys, "frozen", False)),
        "bundle": getattr(sys, "_MEIPASS", ""),
        "version": __version__,
        "title": window.windowTitle(),
        "page": window.current_page(),
        "findings": len(view.dashboard.findings) if view.dashboard else -1,
        "register": str(window.db.path),
    }
    # Nothing loaded from outside the bundle but the system's own libraries.
    maps = Path("/proc/self/maps")
    lines = maps.read_text().splitlines() if maps.exists() else []
    loaded = set(line.split()[-1] for line in lines if "/" in line)
    report["foreign"] = sorted(
        p for p in loaded if not p.startswith(sys._MEIPASS) and any(
            mark in p for mark in ("site-packages", ".venv", "pyenv", "/python3")
        )
    )
    report["sys_path"] = [p for p in sys.path if p and not p.startswith(sys._MEIPASS)]
    register = str(window.db.path)
    report["exports"] = [
        cli.main(["export", register, "--format", "pdf", "-o", str(out / "gui-register.pdf")]),
        cli.main(["export", register, "--format", "xlsx", "-o", str(out / "gui-register.xlsx")]),
        cli.main(["notice", register, "--format", "html", "-o", str(out / "gui-notice.html")]),
    ]
    (out / "gui-report.json").write_text(json.dumps(report))
    QCoreApplication.exit(0)
    """
)


class Failure(Exception):
    pass


def bare_environment(home: Path) -> dict[str, str]:
    """What a fresh user session has: no Python variables, a system PATH, offscreen Qt."""
    env = {
        "HOME": str(home),
        "ROPA_DATA_DIR": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "share"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
    }
    if sys.platform == "win32":
        for name in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "USERPROFILE", "LOCALAPPDATA"):
            if name in os.environ:
                env[name] = os.environ[name]
        env["PATH"] = os.environ.get("SYSTEMROOT", r"C:\Windows") + r"\system32"
    else:
        env["PATH"] = "/usr/bin:/bin"
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def program(bundle: Path, name: str) -> Path:
    return bundle / (name + (".exe" if sys.platform == "win32" else ""))


def run(
    args: list[str | Path], env: dict[str, str], cwd: Path, expect: int = 0
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    if result.returncode != expect:
        raise Failure(
            f"{' '.join(map(str, args))}: exit {result.returncode}, expected {expect}\n"
            f"stdout: {result.stdout[-2000:]}\nstderr: {result.stderr[-2000:]}"
        )
    return result


def check_pdf(path: Path) -> int:
    from pypdf import PdfReader

    reader = PdfReader(path)
    text = " ".join(page.extract_text() or "" for page in reader.pages[:3])
    if DEMO_ORGANISATION not in text:
        raise Failure(f"{path.name}: the organisation's name is not in the first pages")
    return len(reader.pages)


def check_workbook(path: Path) -> list[str]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    names = book.sheetnames
    values = [cell for row in book[names[0]].iter_rows(values_only=True) for cell in row]
    book.close()
    if DEMO_ORGANISATION not in values:
        raise Failure(f"{path.name}: the organisation's name is not on its first sheet")
    return names


def check_html(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    parser = HTMLParser()
    parser.feed(text)
    parser.close()
    if DEMO_ORGANISATION not in text or not text.lstrip().lower().startswith("<!doctype html>"):
        raise Failure(f"{path.name}: not the demo's notice as an HTML page")


LICENCES = ("LICENSE", "LICENSE-LGPL-3.txt", "QT-NOTICE.txt", "THIRD-PARTY-NOTICES.txt")


def licences(bundle: Path) -> None:
    folder = bundle / "_internal" / "licenses"
    missing = [name for name in LICENCES if not (folder / name).is_file()]
    if missing:
        raise Failure(f"licences missing from the bundle: {missing}")
    notices = (folder / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for name in ("PySide6_Essentials", "SQLAlchemy", "reportlab", "Python"):
        if name not in notices:
            raise Failure(f"THIRD-PARTY-NOTICES.txt does not name {name}")
    print(f"licences: {', '.join(LICENCES)} and {len(list(folder.iterdir()))} entries in all")


def command_line(bundle: Path, env: dict[str, str], work: Path, version: str) -> None:
    cli = program(bundle, "ropa")
    out = run([cli, "--version"], env, work).stdout
    if version not in out:
        raise Failure(f"ropa --version printed {out!r}, expected {version}")
    register = work / "demo.ropa"
    run([cli, "init", "--demo", register], env, work)
    run([cli, "export", register, "--format", "pdf", "-o", work / "register.pdf"], env, work)
    run([cli, "export", register, "--format", "xlsx", "-o", work / "register.xlsx"], env, work)
    run([cli, "export", register, "--format", "json", "-o", work / "register.json"], env, work)
    run([cli, "notice", register, "--format", "html", "-o", work / "notice.html"], env, work)
    checked = run([cli, "check", register, "--format", "json"], env, work, expect=1)
    findings = json.loads(checked.stdout)
    if not any(f["severity"] == "error" for f in findings):
        raise Failure("ropa check: exit 1 without an error-level finding")
    pages = check_pdf(work / "register.pdf")
    sheets = check_workbook(work / "register.xlsx")
    check_html(work / "notice.html")
    document = json.loads((work / "register.json").read_text(encoding="utf-8"))
    if document["organisations"][0]["legal_name"] != DEMO_ORGANISATION:
        raise Failure("register.json: not the demo")
    print(f"command line: PDF {pages} pages, workbook {len(sheets)} sheets, notice, JSON, check")


def desktop(bundle: Path, env: dict[str, str], work: Path, version: str) -> None:
    script = work / "gui_script.py"
    script.write_text(f"OUT = {str(work)!r}\n" + GUI_SCRIPT, encoding="utf-8")
    run([program(bundle, "ropa-gui")], {**env, "ROPA_TEST_SCRIPT": str(script)}, work)
    report_file = work / "gui-report.json"
    if not report_file.exists():
        raise Failure("ropa-gui quit without running the smoke script")
    report = json.loads(report_file.read_text(encoding="utf-8"))
    if not report["frozen"] or report["version"] != version:
        raise Failure(f"ropa-gui did not run frozen or not this version: {report}")
    if not report["bundle"] or Path(report["bundle"]).resolve().parent != bundle.resolve():
        raise Failure(f"ropa-gui ran from {report['bundle']}, not from {bundle}")
    if not Path(report["register"]).is_relative_to(Path(env["ROPA_DATA_DIR"])):
        raise Failure(f"the default register is not in the data folder: {report['register']}")
    if report["foreign"] or report["sys_path"]:
        raise Failure(f"ropa-gui used Python files from outside the bundle: {report}")
    if report["exports"] != [0, 0, 0] or report["findings"] < 1:
        raise Failure(f"ropa-gui: exports or dashboard failed: {report}")
    pages = check_pdf(work / "gui-register.pdf")
    check_workbook(work / "gui-register.xlsx")
    check_html(work / "gui-notice.html")
    print(
        f"desktop: window '{report['title']}', dashboard with {report['findings']} findings, "
        f"PDF {pages} pages, workbook, notice"
    )


def linux_install(tarball: Path, root: Path) -> None:
    """Unpack the release, install it for a user (install.sh), start the installed command,
    check the menu entry, the file type and the icons, then uninstall: the user's data stays."""
    with tarfile.open(tarball) as tar:
        tar.extractall(root / "unpacked", filter="tar")
    [release] = list((root / "unpacked").iterdir())
    home = root / "installer-home"
    env = bare_environment(home)
    data = home / "share"
    (home / "data").mkdir(parents=True)
    (home / "data" / "mine.ropa").write_bytes(b"kept")
    run(["sh", release / "install.sh"], env, release)
    installed = home / ".local" / "opt" / "ropa"
    out = run([home / ".local" / "bin" / "ropa", "--version"], env, root).stdout
    if "ropa" not in out:
        raise Failure(f"the installed ropa --version printed {out!r}")
    desktop_entry = (data / "applications" / "ropa.desktop").read_text(encoding="utf-8")
    if f"Exec={installed}/ropa-gui %f" not in desktop_entry:
        raise Failure(f"ropa.desktop does not start the installed program:\n{desktop_entry}")
    mime = (data / "mime" / "packages" / "ropa.xml").read_text(encoding="utf-8")
    if 'glob pattern="*.ropa"' not in mime:
        raise Failure("the .ropa file type is not installed")
    if not (data / "icons" / "hicolor" / "256x256" / "apps" / "ropa.png").exists():
        raise Failure("the icon is not installed")
    run(["sh", installed / "uninstall.sh"], env, root)
    if installed.exists() or (home / ".local" / "bin" / "ropa").exists():
        raise Failure("uninstall.sh left the program behind")
    if (data / "applications" / "ropa.desktop").exists():
        raise Failure("uninstall.sh left the menu entry behind")
    if (home / "data" / "mine.ropa").read_bytes() != b"kept":
        raise Failure("uninstall.sh touched the user's data")
    print(f"linux release: {tarball.name} installs, starts, uninstalls, keeps the user's data")


FRENCH_SCRIPT = (
    "from PySide6.QtCore import QCoreApplication\n"
    "from pathlib import Path\n"
    "menus = [a.text() for a in window.menuBar().actions()]\n"
    "Path(OUT, 'gui-fr.txt').write_text('|'.join(menus), encoding='utf-8')\n"
    "QCoreApplication.exit(0)\n"
)


def french(bundle: Path, env: dict[str, str], work: Path) -> None:
    """The compiled translations are in the bundle: the window speaks French when asked."""
    script = work / "gui_fr.py"
    script.write_text(f"OUT = {str(work)!r}\n" + FRENCH_SCRIPT, encoding="utf-8")
    command: list[str | Path] = [program(bundle, "ropa-gui"), "--lang", "fr"]
    run(command, {**env, "ROPA_TEST_SCRIPT": str(script)}, work)
    menus = (work / "gui-fr.txt").read_text(encoding="utf-8").split("|")
    if "&Fichier" not in menus:
        raise Failure(f"ropa-gui --lang fr shows the menus {menus}")
    print(f"translations: ropa-gui --lang fr shows {', '.join(m.replace('&', '') for m in menus)}")


def startup_seconds(
    command: list[str | Path], env: dict[str, str], cwd: Path, runs: int = 3
) -> float:
    """Wall time from launch until the first window is shown and the event loop ends."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        run(command, {**env, "ROPA_QUIT_AFTER_MS": "0"}, cwd)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="the built folder (dist/ropa)")
    parser.add_argument("--tarball", type=Path, help="also install and uninstall this release")
    args = parser.parse_args(argv)
    source = args.bundle.resolve()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from ropa import __version__

    with tempfile.TemporaryDirectory(prefix="ropa-smoke-") as temporary:
        root = Path(temporary)
        bundle = root / "ropa"
        shutil.copytree(source, bundle, symlinks=True)  # away from the source tree
        work = root / "work"
        work.mkdir()
        env = bare_environment(root / "home")
        try:
            licences(bundle)
            command_line(bundle, env, work, __version__)
            desktop(bundle, env, work, __version__)
            french(bundle, env, work)
            seconds = startup_seconds([str(program(bundle, "ropa-gui"))], env, work)
            if args.tarball is not None:
                linux_install(args.tarball.resolve(), root)
        except (Failure, subprocess.TimeoutExpired) as failure:
            print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"startup to first window: {seconds:.2f} s (median of 3)")
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
