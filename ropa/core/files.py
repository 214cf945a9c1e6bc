"""Writing output files safely: a temporary name in the same folder, then an atomic rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ropa.core.errors import RopaError


def write_atomic(path: Path, data: bytes) -> None:
    """Write data to path so that readers see the old file or the whole new one, never half."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise RopaError("error.output_unwritable", path=str(path), reason=exc.strerror) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, path)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise RopaError("error.output_unwritable", path=str(path), reason=exc.strerror) from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
