"""Known errors: each carries a message key and parameters, rendered in the user's language."""

from __future__ import annotations

import errno
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ropa.core.i18n import DEFAULT_LANGUAGE, colon, tr


class RopaError(Exception):
    """An error the user can act on (as opposed to a bug)."""

    key = "error.generic"

    def __init__(self, key: str | None = None, **params: Any) -> None:
        self.key = key or self.key
        self.params = params
        super().__init__(self.message(DEFAULT_LANGUAGE))

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return tr(lang, self.key, **_render_params(lang, self.params))


class RegisterFileError(RopaError):
    """The file cannot be used as a register (missing, not ropa's, too new, locked...)."""

    key = "error.file"


class ReadOnlyError(RegisterFileError):
    """A change to a register opened read-only: nothing was written. `why` (a Phrase) says
    what makes it read-only and what to do."""

    key = "error.file.read_only"


class NotFoundError(RopaError):
    key = "error.not_found"


@dataclass(frozen=True)
class ConflictDetail:
    """One change made elsewhere that an edit ran into: which field (None: the whole entry,
    e.g. deleted), the value the edit was based on, the value now, and who changed it when
    (from the history; None when the history does not say)."""

    field: str | None
    seen: str | None
    current: str | None
    user: str | None = None
    at: datetime | None = None
    action: str = "update"


class ConflictError(RopaError):
    """Someone else changed the entity since it was read: nothing was written. `details`
    says what changed, by whom and when; `table` and `entity_id` name the entry."""

    key = "error.conflict"

    def __init__(
        self,
        key: str | None = None,
        *,
        details: list[ConflictDetail] | None = None,
        table: str | None = None,
        entity_id: str | None = None,
        **params: Any,
    ) -> None:
        self.details = list(details or [])
        self.table = table
        self.entity_id = entity_id
        super().__init__(key, **params)


@dataclass(frozen=True)
class Term:
    """A message parameter that is itself translated when the message is rendered."""

    key: str


@dataclass(frozen=True)
class Phrase:
    """A message parameter that is a whole translated sentence with parameters of its own
    (e.g. what to do, which depends on the case)."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return tr(lang, self.key, **_render_params(lang, self.params))


def _render_params(lang: str, params: dict[str, Any]) -> dict[str, Any]:
    rendered: dict[str, Any] = {}
    for name, value in params.items():
        if isinstance(value, Term):
            value = tr(lang, value.key)
        elif isinstance(value, Phrase):
            value = value.render(lang)
        rendered[name] = value
    return rendered


# The OS errors a user meets with files, said in their language (others: the system's words).
_OS_REASONS = {
    errno.EACCES: "os.permission_denied",
    errno.EPERM: "os.permission_denied",
    errno.ENOSPC: "os.disk_full",
    errno.EROFS: "os.read_only_file_system",
    errno.ENOENT: "os.no_such_folder",
    getattr(errno, "EDQUOT", errno.ENOSPC): "os.disk_full",
}


def os_reason(exc: OSError) -> Term | str:
    """Why a file operation failed, as a message parameter."""
    key = _OS_REASONS.get(exc.errno or 0)
    if key is not None:
        return Term(key)
    return exc.strerror or str(exc)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: where (a field or a JSON path), what, and its parameters."""

    path: str
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return tr(lang, self.key, **_render_params(lang, self.params))

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        where = self.path or tr(lang, "where.document")
        return f"{where}{colon(lang)}{self.message(lang)}"


class ValidationError(RopaError):
    """The input breaks one or more rules; nothing was written."""

    key = "error.validation"

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(count=len(problems))

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        head = tr(lang, self.key, count=len(self.problems))
        lines = [head] + [f"  - {p.render(lang)}" for p in self.problems[:200]]
        if len(self.problems) > 200:
            lines.append(f"  ... (+{len(self.problems) - 200})")
        return "\n".join(lines)
