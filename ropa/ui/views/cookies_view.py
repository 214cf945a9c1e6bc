"""The cookies and trackers page: the searchable list, buttons to add and delete one, and the
form of the selected cookie beside it (the same generic form editor as the parties page)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ropa.core.handle import Register
from ropa.core.i18n import value_label
from ropa.core.reads.cookies import CookiesData, load_cookies
from ropa.core.reads.placeholders import placeholder_name
from ropa.db.enums import CookieCategory, LifetimeUnit
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.record_form import Field, RecordEditor
from ropa.ui.models.cookie_table_model import COL_NAME, CookieFilterProxyModel, CookieTableModel
from ropa.ui.settings import Settings
from ropa.ui.views.list_page import ErrorHandler, ListPage, OrganisationListPage
from ropa.ui.views.refresh import Refresher


def cookie_fields(lang: str) -> list[Field]:
    """The form of a cookie; the choices of party, activity and transfer are set per cookie."""
    categories = [(c.value, value_label(lang, "cookie_category", c.value)) for c in CookieCategory]
    units = [
        (None, ""),
        *((u.value, value_label(lang, "lifetime_unit", u.value)) for u in LifetimeUnit),
    ]
    return [
        Field("name", "line", required=True),
        Field("provider", "line"),
        Field("party_id", "combo", items=[(None, "")]),
        Field("first_party", "check"),
        Field("domain", "line"),
        Field("purpose", "text"),
        Field("category", "combo", required=True, items=categories),
        Field("lifetime_value", "duration", items=units, unit="lifetime_unit"),
        Field("consent_required", "check"),
        Field(
            "exemption_conditions",
            "text",
            hint=QCoreApplication.translate(
                "CookiesView",
                "For a cookie that is not strictly necessary and set without consent: the "
                "conditions of the authority's exemption it meets.",
            ),
        ),
        Field("activity_id", "combo", items=[(None, "")]),
        Field("transfer_id", "combo", items=[(None, "")]),
        Field("notes", "text"),
    ]


class CookiesView(OrganisationListPage):
    """The list of cookies and the editor of the selected one; changes go through commands
    on `stack`; refused actions are told through `show_error`."""

    model: CookieTableModel
    proxy: CookieFilterProxyModel

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        language: str,
        show_error: ErrorHandler,
        parent: QWidget | None = None,
        loader: Callable[[Register], CookiesData] = load_cookies,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(db, stack, events, language, show_error, parent, settings)
        self._loader = loader
        self._data = CookiesData([], [], [], [], [])
        texts = (
            self.tr("Search by name or provider"),
            self.tr("Search cookies"),
            self.tr("Cookies and trackers"),
            self.tr("New cookie"),
            self.tr("Delete"),
        )
        model, proxy = CookieTableModel(language, self), CookieFilterProxyModel(self)
        self._build_list(model, proxy, texts, COL_NAME, self.new_cookie, self.delete_cookie)
        self._use_editor(self._new_editor())
        self._lay_out()
        # The choices name parties, activities and transfers: read again when they change.
        self.refresher = Refresher(
            self,
            events,
            lambda c: c.touches("cookie", "party", "activity", "transfer", "organisation"),
            lambda _changes: self.reload(),
        )
        self.reload()
        self.table_view.resizeColumnsToContents()

    def _new_editor(self) -> RecordEditor:
        fields = cookie_fields(self._language)
        return self._record_editor("cookie", fields, self.tr("Cookie editor"))

    # -- reading -------------------------------------------------------------------------------

    def _read(self) -> bool:
        self._data = self._loader(self.db)
        self._organisation_ids = self._data.organisation_ids
        shown = self.organisation_id()
        self.model.set_rows([c for c in self._data.cookies if c.organisation_id == shown])
        return True

    def _organisation_of(self, cookie_id: str | None) -> str | None:
        row = None if cookie_id is None else self.model.row_of(cookie_id)
        return None if row is None else self.model.cookie_row(row).organisation_id

    def _prepare_editor(self, cookie_id: str | None) -> None:
        """The choices of party, activity and transfer: those of the cookie's organisation."""
        org = self._organisation_of(cookie_id)
        data = self._data
        empty: list[tuple[object, str]] = [(None, "")]
        parties = [(p.id, p.name) for p in data.parties if p.organisation_id == org]
        activities = [
            (a.id, f"{a.reference} — {a.name}") for a in data.activities if a.organisation_id == org
        ]
        transfers = [
            (t.id, f"{t.activity_reference} — {t.label}")
            for t in data.transfers
            if t.organisation_id == org
        ]
        self.editor.set_items("party_id", empty + parties)
        self.editor.set_items("activity_id", empty + activities)
        self.editor.set_items("transfer_id", empty + transfers)

    # -- selection, adding and deleting --------------------------------------------------------

    selected_cookie = ListPage.selected_id
    select_cookie = ListPage.select_id

    def new_cookie(self) -> None:
        """Add a cookie named “New cookie” (in the organisation's document language) to the
        organisation shown, select it and put the cursor in its name."""
        organisation_id = self.organisation_id()
        if organisation_id is None:
            return
        values = {
            "name": placeholder_name(self.db, "cookie", organisation_id),
            "category": CookieCategory.STRICTLY_NECESSARY.value,
        }
        self._create("cookie", values, organisation_id, self.tr("The cookie was not created."))

    def delete_cookie(self) -> None:
        """Delete the selected cookie (undoable)."""
        refused = self.tr("The cookie was not deleted.")
        question = self.tr("Delete this cookie?")
        self._delete_selected("cookie", lambda _id, _error: refused, question)
