"""Add activities from templates: pick typical activities of the template library
(ropa.core.templates), preview what each holds, and add them to the register as drafts in one
undoable step. Template texts are shown in the organisation's language, as plain text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ropa.core import services
from ropa.core.errors import RopaError
from ropa.core.handle import Register
from ropa.core.i18n import colon, duration_text, label, normalise_language, value_label
from ropa.core.reads.templates import template_target
from ropa.core.templates import get_template, list_templates, template_references
from ropa.ui.commands import AddTemplatesCommand, RegisterEvents, push
from ropa.ui.dialogs.first_run_wizard import country_names
from ropa.ui.geometry import fit_to_screen

COUNTRIES = ("BE", "FR")  # the countries some templates are specific to
TemplateIdRole = Qt.ItemDataRole.UserRole
CountryRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2
ProcessorRole = Qt.ItemDataRole.UserRole + 3
BULLET = "\u2022"


def _seed_names(lang: str) -> dict[str, str]:
    """The data categories of the seed catalogue by seed key, named in lang."""
    return {
        entry["seed_key"]: entry["name"][lang]
        for entry in services.seed_catalogues()["data_categories"]
    }


def _retention_line(phase: dict[str, Any], lang: str) -> str:
    parts = [value_label(lang, "retention_phase_kind", phase["phase"])]
    if phase.get("duration_value") is not None:
        parts.append(duration_text(lang, phase["duration_value"], phase["duration_unit"]))
    if phase.get("start_event"):
        parts.append(value_label(lang, "start_event", phase["start_event"]))
    for key in ("criterion", "justification"):
        if phase.get(key):
            parts.append(phase[key][lang])
    return " — ".join(parts)


def template_preview(template: dict[str, Any], lang: str) -> str:
    """A template as plain text in lang: title, summary, purposes with their legal bases,
    data categories, retention periods and the legal references it cites."""
    lang = normalise_language(lang)
    spec: dict[str, Any] = template["activity"]
    lines = [template["title"][lang], "", template["summary"][lang]]

    def section(title: str, items: list[str]) -> None:
        if items:
            lines.extend(["", title, *(f"{BULLET} {item}" for item in items)])

    purposes = []
    for purpose in spec.get("purposes", []):
        text = purpose["description"][lang]
        if purpose.get("legal_basis"):
            text += f" ({value_label(lang, 'legal_basis', purpose['legal_basis'])})"
        purposes.append(text)
    section(label(lang, "activity", "purposes"), purposes)
    names = _seed_names(lang)
    categories = []
    for item in spec.get("data_categories", []):
        name = names.get(item["seed_key"], item["seed_key"])
        categories.append(
            f"{name}{colon(lang)}{item['detail'][lang]}" if item.get("detail") else name
        )
    section(label(lang, "activity", "data_categories"), categories)
    phases = [_retention_line(phase, lang) for phase in spec.get("retention_phases", [])]
    section(label(lang, "activity", "retention_phases"), phases)
    cited = {ref["id"]: ref for ref in template_references()}
    references = [
        child["legal_reference"]
        for child in spec.get("purposes", []) + spec.get("retention_phases", [])
        if child.get("legal_reference")
    ]
    for ref_id in template.get("references", []):
        ref = cited.get(ref_id)
        if ref is not None:
            references.append(f"{ref['text']} ({ref['url']})" if ref.get("url") else ref["text"])
    section(label(lang, "purpose", "legal_reference"), list(dict.fromkeys(references)))
    return "\n".join(lines)


class TemplateDialog(QDialog):
    """Search and check templates; `checked_ids()` are those to add.

    `lang` is the language of the template texts (the organisation's), `country` the
    organisation's country (the default of the country filter), `ui_language` that of the
    country names. When a processor template is checked, the client it is carried out for
    (Art. 30(2)(a)) is picked among `clients` (party names) or typed as a new one.
    """

    def __init__(
        self,
        lang: str,
        country: str | None = None,
        ui_language: str = "en",
        parent: QWidget | None = None,
        clients: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = normalise_language(lang)
        self.setWindowTitle(self.tr("Add activities from templates"))

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search templates"))
        self.search_edit.setAccessibleName(self.tr("Search templates"))
        self.search_edit.setClearButtonEnabled(True)
        self.country_combo = QComboBox(self)
        self.country_combo.setAccessibleName(self.tr("Country"))
        self.country_combo.addItem(self.tr("All countries"), None)
        names = dict(country_names(ui_language))
        for code in COUNTRIES:
            self.country_combo.addItem(names.get(code, code), code)
        default = self.country_combo.findData(country.upper() if country else None)
        self.country_combo.setCurrentIndex(max(default, 0))

        self.template_list = QListWidget(self)
        self.template_list.setAccessibleName(self.tr("Templates"))
        for info in list_templates(None, self.lang):
            item = QListWidgetItem(info.title, self.template_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(info.summary)
            item.setData(TemplateIdRole, info.id)
            item.setData(CountryRole, info.country)
            item.setData(SearchRole, f"{info.title}\n{info.summary}".casefold())
            item.setData(ProcessorRole, info.role == "processor")
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Template preview"))
        self.preview.setOpenLinks(False)

        self.client_combo = QComboBox(self)
        self.client_combo.setEditable(True)
        self.client_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client_combo.setAccessibleName(self.tr("Client of the processor activities"))
        self.client_combo.addItems(clients or [])
        self.client_combo.setCurrentIndex(-1)
        client_edit = self.client_combo.lineEdit()
        assert client_edit is not None  # editable
        client_edit.setPlaceholderText(
            self.tr("A client of your directory, or the name of a new one")
        )
        self.client_label = QLabel(self.tr("&Client of the processor activities:"), self)
        self.client_label.setBuddy(self.client_combo)
        self.client_note = QLabel(
            self.tr(
                "A processor activity is carried out for a client (the controller). Leave it "
                "empty to name the clients later in each activity."
            ),
            self,
        )
        self.client_note.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()

        self.search_edit.textChanged.connect(self._filter)
        self.country_combo.currentIndexChanged.connect(self._filter)
        self.template_list.itemChanged.connect(self._update_button)
        self.template_list.currentItemChanged.connect(self._show_preview)
        self._filter()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        country_label = QLabel(self.tr("Country:"), self)
        country_label.setBuddy(self.country_combo)
        filters.addWidget(country_label)
        filters.addWidget(self.country_combo)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.template_list)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        client = QHBoxLayout()
        client.addWidget(self.client_label)
        client.addWidget(self.client_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(client)
        layout.addWidget(self.client_note)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 900, 560)  # at most the screen it opens on: buttons in sight

    # -- the list ------------------------------------------------------------------------------

    def items(self) -> list[QListWidgetItem]:
        return [self.template_list.item(row) for row in range(self.template_list.count())]

    def _country_hides(self, item: QListWidgetItem) -> bool:
        country = self.country_combo.currentData()
        return country is not None and item.data(CountryRole) not in (None, country)

    def _filter(self) -> None:
        words = self.search_edit.text().casefold().split()
        for item in self.items():
            text = str(item.data(SearchRole))
            shown = not self._country_hides(item) and all(word in text for word in words)
            item.setHidden(not shown)
        current = self.template_list.currentItem()
        if current is None or current.isHidden():
            visible = [item for item in self.items() if not item.isHidden()]
            if visible:
                self.template_list.setCurrentItem(visible[0])
            else:
                self.template_list.setCurrentRow(-1)
        self._update_button()

    def visible_ids(self) -> list[str]:
        """The templates shown (the search and the country filter)."""
        return [str(item.data(TemplateIdRole)) for item in self.items() if not item.isHidden()]

    def item_of(self, template_id: str) -> QListWidgetItem | None:
        return next((i for i in self.items() if i.data(TemplateIdRole) == template_id), None)

    def checked_ids(self) -> list[str]:
        """The templates checked, except those of another country than the one chosen (a
        checked template hidden by the search stays checked)."""
        return [
            str(item.data(TemplateIdRole))
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked and not self._country_hides(item)
        ]

    def set_checked(self, template_id: str, checked: bool = True) -> None:
        item = self.item_of(template_id)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _update_button(self) -> None:
        checked = self.checked_ids()
        self.add_button.setText(self.tr("Add %n activities", "", len(checked)))
        self.add_button.setEnabled(bool(checked))
        processor = any(
            item.data(ProcessorRole)
            for item in self.items()
            if item.data(TemplateIdRole) in checked
        )
        for widget in (self.client_label, self.client_combo, self.client_note):
            widget.setVisible(processor)

    def client_name(self) -> str | None:
        """The client typed or picked for the processor templates checked (None: none)."""
        if self.client_combo.isHidden():
            return None
        return " ".join(self.client_combo.currentText().split()) or None

    def _show_preview(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.preview.clear()
            return
        template = get_template(str(item.data(TemplateIdRole)))
        self.preview.setPlainText(template_preview(template, self.lang))


def add_from_templates(
    parent: QWidget | None,
    db: Register,
    stack: QUndoStack,
    events: RegisterEvents,
    organisation_id: str,
    ui_language: str,
    on_refusal: Callable[[str, RopaError], None] | None = None,
) -> list[str]:
    """Ask which templates to add to the organisation and add them (one undo step). The ids of
    the activities added, in the order checked (empty when cancelled or refused)."""
    target = template_target(db, organisation_id)
    lang = target.language
    dialog = TemplateDialog(lang, target.country, ui_language, parent, target.clients)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        template_ids = dialog.checked_ids()
        client = dialog.client_name()
    finally:
        dialog.deleteLater()
    if not template_ids:
        return []
    command = AddTemplatesCommand(db, events, organisation_id, template_ids, lang, client)
    error = push(stack, command)
    if error is not None:
        if on_refusal is not None:
            text = QCoreApplication.translate("TemplateDialog", "The activities were not added.")
            on_refusal(text, error)
        return []
    return command.activity_ids
