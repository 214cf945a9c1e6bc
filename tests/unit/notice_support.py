"""Hand-made notice documents for the renderers' tests: every block type, links, and texts a
user could type that a careless renderer would turn into markup."""

from __future__ import annotations

from datetime import date

from ropa.exports.notice.model import (
    BulletList,
    NoticeDocument,
    Paragraph,
    Section,
    Span,
    Subheading,
    Table,
)

# Register texts that must come out literally in every format.
HOSTILE = (
    "<script>alert(1)</script>",
    '"onerror=alert(1) x="',
    "Dupont & Fils &amp; Cie",
    "**not bold** _not italic_ [not a link](http://evil.example) # not a heading",
    "`code` | pipe | <b>bold?</b>",
    "=1+1",
)


def sample_document(lang: str = "en", *, hostile: bool = False) -> NoticeDocument:
    """A two-section notice; with hostile=True every user text is one of HOSTILE."""

    def user(text: str, index: int) -> str:
        return HOSTILE[index % len(HOSTILE)] if hostile else text

    sections = (
        Section(
            key="controller",
            title="Who is responsible for your data",
            blocks=(
                Paragraph.of(
                    user("Clairbois Informatique SRL", 0), ", Rue de la Gare 12, 5000 Namur."
                ),
                Paragraph.of(
                    "Write to us at ",
                    Span("privacy@clairbois.example", href="mailto:privacy@clairbois.example"),
                    " or visit ",
                    Span("https://clairbois.example", href="https://clairbois.example"),
                    ".",
                ),
                BulletList.of(
                    "Enterprise number: BE 0123.456.789",
                    (Span("VAT: ", strong=True), Span(user("BE0123456789", 1))),
                ),
            ),
        ),
        Section(
            key="retention",
            title="How long we keep your data",
            blocks=(
                Subheading(user("Clients", 2)),
                Table(
                    headers=("Purpose", "Active use", "Archive"),
                    rows=(
                        (
                            user("Managing contracts", 3),
                            "Duration of the contract",
                            "5 years\nfrom the end of the contract",
                        ),
                        (user("Invoicing", 4), "1 year", user("10 years", 5)),
                    ),
                    caption=user("Retention periods", 1),
                ),
                Paragraph.of(user("Then we delete them.", 2)),
            ),
        ),
    )
    return NoticeDocument(
        lang=lang,
        audience="clients",
        organisation_id="org-1",
        organisation_name=user("Clairbois Informatique SRL", 0),
        title="Privacy notice",
        subtitle="For our clients",
        version=3,
        published=True,
        updated=date(2026, 11, 20),
        version_line="Version 3 \u2013 last updated 20 November 2026",
        sections=sections,
    )
