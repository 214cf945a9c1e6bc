"""An activity's fields as the change preview shows them, in the register's language: closed
values by their labels, yes / no, dates ISO, catalogue entries and parties by name, a
retention period in words, one line per entry of a list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from ropa.core.history_text import country_text
from ropa.core.i18n import colon, duration_text, label, tr, value_label
from ropa.core.snapshot import Row

SCALARS = (
    "reference", "name", "description", "role", "status", "owner", "department", "start_date",
    "end_date", "last_reviewed", "data_location", "security_notes", "dpia_status",
    "dpia_reference", "automated_decision", "profiling", "transfers_outside_eea", "end_action",
    "notes",
)  # fmt: skip
ENUM_COLUMNS = {
    "role": "role",
    "status": "status",
    "dpia_status": "dpia_status",
    "end_action": "end_action",
}
LISTS = (
    "purposes", "data_subjects", "data_categories", "sources", "recipients",
    "joint_controllers", "clients", "transfers", "retention_phases", "security_measures",
)  # fmt: skip


class Shown:
    """Texts of the activities of one organisation tree (ids named from its lists)."""

    def __init__(self, organisation: Row, lang: str) -> None:
        self.lang = lang
        self.labels: dict[str, str] = {}
        self.names: dict[str, str] = {}
        for key in ("data_categories", "data_subject_categories", "recipient_categories",
                    "security_measures", "parties"):  # fmt: skip
            self.names.update({row["id"]: str(row["name"]) for row in organisation[key]})
        self.lists: dict[str, Callable[[Row], str]] = {
            "purposes": self.purpose,
            "data_categories": self.data_category,
            "sources": lambda row: str(row["description"]),
            "recipients": self.recipient,
            "joint_controllers": lambda row: self.names.get(row["party_id"], ""),
            "clients": lambda row: self.names.get(row["party_id"], ""),
            "transfers": self.transfer,
            "retention_phases": self.phase,
        }

    def label(self, part: str) -> str:
        if part not in self.labels:
            self.labels[part] = label(self.lang, "activity", part)
        return self.labels[part]

    def text(self, activity: Row, part: str) -> str:
        value = activity.get(part)
        if part in ("data_subjects", "security_measures"):
            return "\n".join(self.names.get(i, "") for i in value or [])
        if part in self.lists:
            return "\n".join(self.lists[part](row) for row in value or [])
        return self.scalar(part, value)

    def scalar(self, part: str, value: Any) -> str:
        if value is None:
            return ""
        if part in ENUM_COLUMNS:
            return value_label(self.lang, ENUM_COLUMNS[part], str(value))
        if isinstance(value, bool):
            return tr(self.lang, "value.yes" if value else "value.no")
        if isinstance(value, date):
            return value.isoformat()
        return str(value)

    def purpose(self, row: Row) -> str:
        basis = row.get("legal_basis")
        text = str(row["description"])
        if basis:
            text += f" ({value_label(self.lang, 'legal_basis', str(basis))})"
        return text

    def data_category(self, row: Row) -> str:
        name = self.names.get(row["data_category_id"], "")
        return f"{name}{colon(self.lang)}{row['detail']}" if row.get("detail") else name

    def recipient(self, row: Row) -> str:
        for key in ("party_id", "recipient_category_id"):
            if row.get(key):
                return self.names.get(row[key], "")
        return str(row.get("recipient_name") or row.get("department") or "")

    def transfer(self, row: Row) -> str:
        name = (
            self.names.get(row["party_id"], "")
            if row.get("party_id")
            else row.get("recipient_name")
        )
        text = f"{country_text(self.lang, str(row['country']))} \u2013 {name or ''}"
        if row.get("safeguard"):
            text += f" ({value_label(self.lang, 'safeguard', str(row['safeguard']))})"
        return text

    def phase(self, row: Row) -> str:
        unit = row.get("duration_unit")
        text = duration_text(self.lang, row.get("duration_value"), str(unit) if unit else None)
        text = text or str(row.get("criterion") or "")
        event = row.get("start_event")
        if event == "other" and row.get("start_event_detail"):
            text += f" ({row['start_event_detail']})"
        elif event:
            text += f" ({value_label(self.lang, 'start_event', str(event))})"
        if row.get("phase") == "intermediate_archive":
            text += (
                f" \u2013 {value_label(self.lang, 'retention_phase_kind', 'intermediate_archive')}"
            )
        if row.get("data_category_id"):
            text = f"{self.names.get(row['data_category_id'], '')}{colon(self.lang)}{text}"
        return text
