"""How complete each activity's Art. 30 record is: which of the items the article asks for are
present, computed from the same context the checks read (one read of the register)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ropa.core.checks.engine import CheckContext
from ropa.core.snapshot import Row

# The Art. 30 items counted, in the order shown; each key is a field label of the activity
# table (ropa.core.i18n label(lang, "activity", key)) except "legal_basis" (of "purpose").
PURPOSES = "purposes"
LEGAL_BASIS = "legal_basis"
DATA_SUBJECTS = "data_subjects"
DATA_CATEGORIES = "data_categories"
RETENTION = "retention_phases"
RECIPIENTS = "recipients"
SECURITY = "security_measures"
ART30_ITEMS = (
    PURPOSES,
    LEGAL_BASIS,
    DATA_SUBJECTS,
    DATA_CATEGORIES,
    RETENTION,
    RECIPIENTS,
    SECURITY,
)
# A processor records neither a legal basis nor a retention period of its own: it acts on its
# client's (Art. 30(2)); the checks do not ask them of it either.
CONTROLLER_ONLY = frozenset({LEGAL_BASIS, RETENTION})


@dataclass(frozen=True)
class ActivityCompleteness:
    """One activity's Art. 30 items: those that apply to it and those present."""

    activity_id: str
    reference: str
    name: str
    role: str
    status: str
    applicable: tuple[str, ...]
    present: tuple[str, ...]

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(item for item in self.applicable if item not in self.present)

    @property
    def ratio(self) -> float:
        """Present over applicable items, 0.0 to 1.0."""
        return len(self.present) / len(self.applicable) if self.applicable else 1.0

    @property
    def percent(self) -> int:
        return round(100 * self.ratio)


def _has_legal_basis(activity: Row) -> bool:
    """Every purpose has a legal basis, not "to be determined" (and there is at least one
    purpose)."""
    purposes = activity["purposes"]
    return bool(purposes) and all(p["legal_basis"] not in (None, "undetermined") for p in purposes)


_PRESENT: dict[str, Callable[[Row], bool]] = {
    PURPOSES: lambda a: bool(a["purposes"]),
    LEGAL_BASIS: _has_legal_basis,
    DATA_SUBJECTS: lambda a: bool(a["data_subjects"]),
    DATA_CATEGORIES: lambda a: bool(a["data_categories"]),
    RETENTION: lambda a: bool(a["retention_phases"]),
    RECIPIENTS: lambda a: bool(a["recipients"]),
    SECURITY: lambda a: bool(a["security_measures"]),
}


def activity_completeness(activity: Row) -> ActivityCompleteness:
    """The Art. 30 items of one activity (a row of the context's tree)."""
    processor = activity["role"] == "processor"
    applicable = tuple(item for item in ART30_ITEMS if not (processor and item in CONTROLLER_ONLY))
    present = tuple(item for item in applicable if _PRESENT[item](activity))
    return ActivityCompleteness(
        activity_id=str(activity["id"]),
        reference=str(activity["reference"]),
        name=str(activity["name"]),
        role=str(activity["role"]),
        status=str(activity["status"]),
        applicable=applicable,
        present=present,
    )


def completeness(ctx: CheckContext) -> list[ActivityCompleteness]:
    """Every activity of the context (retired ones included), least complete first, then by
    reference."""
    rows = [
        ctx.per_activity("completeness", activity, activity_completeness)
        for activity in ctx.activities
    ]
    rows.sort(key=lambda row: (row.ratio, row.reference.casefold()))
    return rows
