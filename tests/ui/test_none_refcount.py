"""A long session does not crash: PySide6 6.12 drops a reference to None on many calls
(setRowCount, setItem, setData...), which aborts Python 3.11 after some tens of thousands of
them; importing ropa.ui guards against it (ropa/ui/none_refcount.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def test_hundreds_of_thousands_of_table_refreshes_do_not_abort_the_process() -> None:
    script = textwrap.dedent(
        """
        import ropa.ui
        from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
        app = QApplication([])
        table = QTableWidget(3, 3)
        for _ in range(100_000):  # a page filled again and again, as after each edit
            table.setRowCount(3)
            table.setUpdatesEnabled(True)
            QTableWidgetItem("x").setData(257, "activity-id")
        print("done")
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "done"


def test_thousands_of_model_signals_do_not_abort_the_process() -> None:
    """A search keystroke or a recount emits dataChanged / layoutChanged from Python, which in
    PySide6 6.12 drops a reference to True each time: about a thousand aborted Python 3.11."""
    script = textwrap.dedent(
        """
        import ropa.ui
        from PySide6.QtCore import QAbstractTableModel, QModelIndex
        from PySide6.QtWidgets import QApplication
        app = QApplication([])

        class Model(QAbstractTableModel):
            def rowCount(self, parent=QModelIndex()):
                return 3

            def columnCount(self, parent=QModelIndex()):
                return 3

            def data(self, index, role=0):
                return "x"

        model = Model()
        for _ in range(20_000):  # a day of typing in the search field
            model.dataChanged.emit(model.index(0, 0), model.index(2, 2))
            model.layoutAboutToBeChanged.emit()
            model.layoutChanged.emit()
        print("done")
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "done"
