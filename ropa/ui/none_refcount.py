"""A guard against a PySide6 6.12 reference-count bug that crashes long sessions.

In PySide6 6.12, many wrapped methods that return nothing (QTableWidget.setRowCount,
setItem, setUpdatesEnabled, QTableWidgetItem.setData, processEvents(flags, ms)...) drop one
reference to None on each call. On Python 3.11, None is an ordinary counted object: after
some tens of thousands of such calls its count reaches zero and the interpreter aborts with
"Fatal Python error: none_dealloc" — the window would crash after a while of refreshing
pages. Emitting a model's signals (dataChanged, layoutChanged) drops references to True the
same way ("bool_dealloc" after about a thousand). Python 3.12 made None, True and False
immortal (their count is fixed and such drops are ignored); this gives them the same
practically endless count on older Pythons. It is applied once, when
ropa.ui is imported, before any widget exists.
"""

from __future__ import annotations

import ctypes
import sys

# Far more references than a process can drop, and far from the signed 64-bit limit.
_RESERVE = 1 << 48


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return  # immortal None, True and False: nothing to do
    # Signals emitted from Python (a model's dataChanged, layoutChanged...) drop references
    # to True (or False) the same way: about a thousand emissions abort the interpreter
    # with "bool_dealloc".
    for constant in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(constant))
        if count.value < _RESERVE:
            count.value += _RESERVE
