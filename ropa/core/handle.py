"""The open register as the interface and the command line hold it.

The interface keeps this handle and passes it to the core's reads (ropa.core.reads) and edits
(ropa.core.edits); it never opens a session or writes SQL itself. It is the database object of
ropa.db.session under the name the rest of the program uses.
"""

from __future__ import annotations

from ropa.db.session import RegisterDatabase

Register = RegisterDatabase

__all__ = ["Register"]
