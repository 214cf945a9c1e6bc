"""The layers hold: the core, the database layer and the exporters run without Qt (every module,
not a sample), and the interface holds no SQL (it imports neither SQLAlchemy nor the database
modules, and opens no session: it reads and writes through ropa.core)."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import ropa

ROOT = Path(ropa.__file__).parent
# What the interface may not import: SQL, sessions, ORM classes.
FORBIDDEN_IN_UI = (
    "sqlalchemy",
    "ropa.db.session",
    "ropa.db.models",
    "ropa.db.base",
    "ropa.db.audit",
)
# What the interface may not call on the register handle: it would open a session itself.
FORBIDDEN_CALLS = ("reader", "transaction")


def _modules(package: str) -> list[str]:
    path = ROOT / package.removeprefix("ropa.").replace(".", "/")
    found = [package]
    for info in pkgutil.walk_packages([str(path)], prefix=package + "."):
        if ".migrations." in info.name:
            continue  # Alembic's env.py and revisions are run by Alembic, not imported
        found.append(info.name)
    return sorted(found)


def test_every_module_of_core_db_and_exports_imports_without_qt() -> None:
    modules = _modules("ropa.core") + _modules("ropa.db") + _modules("ropa.exports")
    assert len(modules) > 60  # all of them: the walk found the packages
    code = "".join(f"import {name}\n" for name in modules)
    code += (
        "import sys\n"
        "loaded = sorted(n for n in sys.modules if n.startswith('PySide6'))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]


def _ui_files() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


def _violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        bad = [n for n in names if any(n == b or n.startswith(b + ".") for b in FORBIDDEN_IN_UI)]
        if bad:
            found.append(f"{path.name}:{node.lineno} imports {bad[0]}")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in FORBIDDEN_CALLS
        ):
            found.append(f"{path.name}:{node.lineno} calls .{node.func.attr}()")
    return found


def test_the_interface_holds_no_sql() -> None:
    files = _ui_files()
    assert len(files) > 40
    problems = [problem for path in files for problem in _violations(path)]
    assert problems == []


def test_the_check_finds_what_it_looks_for(tmp_path: Path) -> None:
    """The scan above is not vacuous: it flags each kind of leak."""
    sample = tmp_path / "leaky_view.py"
    sample.write_text(
        "from sqlalchemy import select\n"
        "from ropa.db import models as m\n"
        "from ropa.db.session import RegisterDatabase\n"
        "def read(db):\n"
        "    with db.reader() as session:\n"
        "        return session\n",
        encoding="utf-8",
    )
    problems = _violations(sample)
    assert len(problems) == 4, problems
