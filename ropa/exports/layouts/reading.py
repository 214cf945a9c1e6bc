"""What the authorities' layouts read of a register: one read of the organisation, its texts in
the document's language (a text missing there is the main language's, marked "[FR] …", as in
the PDF register), the names it has in each document language as typed (the APD's
identification sheet names the firm in French and in Dutch), and which activities a layout
lists.

Drafts are left out unless asked for: a register sent to an authority states what the firm
does, not what it is still writing. Internal notes are never read here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ropa.core.snapshot import Row
from ropa.core.text_languages import document_languages, localise, main_language, text_in
from ropa.db.session import RegisterDatabase
from ropa.exports.common import resolve_organisation
from ropa.exports.register_view import RegisterView, load_register_view


@dataclass
class LayoutRegister:
    """One organisation's register as the layouts write it."""

    view: RegisterView
    """The register in the document's language (texts localised, labels in `view.lang`)."""
    stored: Row
    """The organisation as stored: its texts in each document language, for the names."""
    include_drafts: bool = False

    @property
    def lang(self) -> str:
        return self.view.lang

    def listed(self, activity: Row, *, retired: bool) -> bool:
        status = activity["status"]
        if status == "draft":
            return self.include_drafts
        return retired or status != "retired"

    def controller_activities(self, *, retired: bool) -> list[Row]:
        """Art. 30(1): the activities carried out as (joint) controller, in reference order;
        retired ones only when asked (the APD keeps them, marked with their end date)."""
        return [
            a
            for a in self.view.all_activities
            if a["role"] != "processor" and self.listed(a, retired=retired)
        ]

    def processor_activities(self, *, retired: bool) -> list[Row]:
        """Art. 30(2): the activities carried out on behalf of clients, in reference order."""
        return [
            a
            for a in self.view.all_activities
            if a["role"] == "processor" and self.listed(a, retired=retired)
        ]

    def names(self, field: str = "legal_name") -> list[tuple[str, str | None]]:
        """An organisation text in each of its document languages, the main one first, as
        typed (None where it has none): [("fr", "Clairbois SRL"), ("nl", "Clairbois BV")]."""
        main = main_language(self.stored)
        return [
            (lang, text_in(self.stored, field, lang, main))
            for lang in document_languages(self.stored)
        ]


def load_layout_register(
    db: RegisterDatabase,
    organisation_id: str | None = None,
    lang: str | None = None,
    *,
    include_drafts: bool = False,
) -> LayoutRegister:
    """Read one organisation's register (one read transaction) for a layout, in `lang` (the
    organisation's main document language by default)."""
    with db.reader() as session:
        org_id = resolve_organisation(session, organisation_id)
        stored = load_register_view(session, org_id, lang, with_history=False, localise_texts=False)
    found = localise(stored.organisation, stored.lang)
    view = stored
    if found.missing or stored.lang != main_language(stored.organisation):
        # As load_register_view does: the texts of the document's language, marked when
        # missing there; the stored tree stays for the names in each language.
        view = replace(stored, organisation=found.organisation, localised=found)
    return LayoutRegister(view=view, stored=stored.organisation, include_drafts=include_drafts)
