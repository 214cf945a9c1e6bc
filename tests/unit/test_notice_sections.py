"""What the notice's sections on the processing say (data, purposes, interests, whether data
must be given, automated decisions, recipients, transfers, retention, the firm as a processor):
only the law and the register's facts, nothing dropped, every unknown field a gap naming its
activity and field, and the texts as a reader of the notice sees them, in French, Dutch and
English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ropa.core import services
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.db.enums import LegalBasis
from ropa.exports.notice.builder import build_notice
from ropa.exports.notice.formats import render
from ropa.exports.notice.model import BulletList, Gap, NoticeDocument, Subheading, Table
from tests.unit.test_french_typography import typography_faults

NB = "\u00a0"


class Register:
    """A register of one firm, filled by each test with what it needs."""

    def __init__(self, path: Path, **org: Any) -> None:
        self.db = create_register(path)
        values = {
            "legal_name": "Exemple SRL",
            "country": "BE",
            "language": "fr",
            "other_languages": ["nl", "en"],
            "email": "privacy@exemple.example",
            "street": "Rue Royale 1",
            "postcode": "1000",
            "city": "Bruxelles",
        }
        values.update(org)
        with self.db.transaction() as s:
            self.org_id = str(services.create_organisation(s, values).id)

    def activity(self, reference: str, name: str, **values: Any) -> str:
        base = {
            "reference": reference,
            "name": name,
            "status": "active",
            "in_notice": True,
            "audiences": ["clients"],
            "end_action": "delete",
            # Answered: no automated decision, no transfer (a test says otherwise in values).
            "automated_decision": False,
            "profiling": False,
            "transfers_outside_eea": False,
        }
        base.update(values)
        return self.add(m.Activity, self.org_id, **base)

    def add(self, model: Any, parent: str, **values: Any) -> str:
        with self.db.transaction() as s:
            return str(services.create(s, model, values, parent).id)

    def update(self, model: Any, row_id: str, **values: Any) -> None:
        with self.db.transaction() as s:
            services.update(s, model, row_id, values)

    def notice(self, lang: str = "fr") -> NoticeDocument:
        return build_notice(self.db, lang=lang)


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    reg = Register(tmp_path / "t.ropa")
    yield reg
    reg.db.close()


def text(doc: NoticeDocument, key: str) -> str:
    section = doc.section(key)
    return "" if section is None else "\n".join(section.lines())


def gaps(doc: NoticeDocument, code: str) -> list[Gap]:
    return [gap for gap in doc.gaps if gap.code == code]


def table(doc: NoticeDocument, key: str) -> Table:
    section = doc.section(key)
    assert section is not None
    [found] = [b for b in section.blocks if isinstance(b, Table)]
    return found


# -- purposes --------------------------------------------------------------------------------


@pytest.mark.parametrize("basis", [None, "undetermined"])
def test_a_purpose_without_a_legal_basis_shows_as_to_be_determined_and_blocks(
    register: Register, basis: str | None
) -> None:
    activity = register.activity("T-1", "Prospection")
    register.add(m.Purpose, activity, description="Appeler les prospects", legal_basis=basis)
    register.add(
        m.Purpose, activity, description="Envoyer des offres", legal_basis="consent", position=1
    )
    doc = register.notice("fr")
    purposes = text(doc, "purposes")
    # Still in the preview, under its own heading, after the determined ones.
    assert "## Base légale à déterminer\n- Prospection\u00a0: appeler les prospects." in purposes
    assert purposes.index("## Avec votre consentement") < purposes.index("## Base légale")
    [gap] = gaps(doc, "undetermined_basis")
    assert gap.blocking and not doc.ready
    assert (gap.activity_id, gap.table, gap.column) == (activity, "purpose", "legal_basis")
    assert gap.where("fr") == "T-1 \u2013 Prospection \u2013 Base légale"
    assert "«\u00a0appeler les prospects\u00a0»" in gap.message("fr")
    assert "“appeler les prospects”" in gap.message("en")


def test_every_legal_basis_has_its_heading_and_its_law(register: Register) -> None:
    activity = register.activity("T-1", "Tout")
    for n, basis in enumerate(LegalBasis):
        register.add(
            m.Purpose, activity, description=f"Finalité {n}", legal_basis=basis, position=n
        )
    doc = register.notice("en")
    purposes = doc.section("purposes")
    assert purposes is not None
    headings = [b.text for b in purposes.blocks if isinstance(b, Subheading)]
    assert len(headings) == len(set(headings)) == len(LegalBasis)
    articles = text(doc, "purposes")
    for letter in "abcdef":
        assert f"(Article 6(1)({letter})" in articles
    assert headings[-1] == "Legal basis to be determined"


@pytest.mark.parametrize(
    ("lang", "right_way", "backwards"),
    [
        (
            "fr",
            "à moins que ne prévalent vos intérêts ou vos libertés et droits fondamentaux",
            "ne l'emporte pas sur vos intérêts",
        ),
        (
            "nl",
            "behalve wanneer uw belangen of uw grondrechten en fundamentele vrijheden zwaarder "
            "wegen dan die belangen",
            "niet zwaarder weegt dan uw belangen",
        ),
        (
            "en",
            "except where your interests or fundamental rights and freedoms override those "
            "interests",
            "does not override your interests",
        ),
    ],
)
def test_the_legitimate_interest_test_reads_the_right_way_round(
    register: Register, lang: str, right_way: str, backwards: str
) -> None:
    """Art. 6(1)(f): the person's interests, rights and freedoms may override the firm's
    interest, not the other way round."""
    activity = register.activity("T-1", "Sécurité du site")
    register.add(
        m.Purpose,
        activity,
        description="Bloquer les attaques",
        legal_basis="legitimate_interests",
        legitimate_interest="Protéger le site",
    )
    purposes = text(register.notice(lang), "purposes")
    assert right_way in purposes
    assert backwards not in purposes


@pytest.mark.parametrize(
    ("lang", "withdrawal", "collection", "how"),
    [
        (
            "fr",
            "le retrait ne compromet pas la licéité du traitement fondé sur le consentement "
            "effectué avant ce retrait",
            "Comment nous demandons votre consentement\u00a0: case à cocher.",
            "Pour retirer votre consentement\u00a0: lien de désinscription.",
        ),
        (
            "nl",
            "de intrekking doet geen afbreuk aan de rechtmatigheid van de verwerking op basis van "
            "de toestemming vóór de intrekking",
            "Hoe wij uw toestemming vragen: vinkje.",
            "Uw toestemming intrekken: uitschrijflink.",
        ),
        (
            "en",
            "the withdrawal does not affect the lawfulness of processing based on consent before "
            "its withdrawal",
            "How we ask for your consent: tick box.",
            "To withdraw your consent: unsubscribe link.",
        ),
    ],
)
def test_consent_states_article_7_3_and_how_it_is_given_and_withdrawn(
    register: Register, lang: str, withdrawal: str, collection: str, how: str
) -> None:
    activity = register.activity("T-1", "Lettre d'information")
    register.add(
        m.Purpose,
        activity,
        description="Envoyer la lettre",
        description_nl="De nieuwsbrief sturen",
        description_en="Send the newsletter",
        legal_basis="consent",
        consent_collection="Case à cocher",
        consent_collection_nl="Vinkje",
        consent_collection_en="Tick box",
        consent_withdrawal="Lien de désinscription",
        consent_withdrawal_nl="Uitschrijflink",
        consent_withdrawal_en="Unsubscribe link",
    )
    register.update(m.Activity, activity, name_nl="Nieuwsbrief", name_en="Newsletter")
    purposes = text(register.notice(lang), "purposes")
    assert withdrawal in purposes
    assert collection in purposes and how in purposes
    for invented in ("aussi simplement", "even eenvoudig", "as easily as"):
        assert invented not in purposes


def test_consent_without_its_how_prints_nothing_of_it_and_names_the_purpose(
    register: Register,
) -> None:
    activity = register.activity("T-1", "Lettre d'information")
    register.add(m.Purpose, activity, description="Envoyer la lettre", legal_basis="consent")
    doc = register.notice("fr")
    purposes = text(doc, "purposes")
    assert "Comment nous demandons" not in purposes and "Pour retirer" not in purposes
    for code, column in (
        ("no_consent_collection", "consent_collection"),
        ("no_consent_withdrawal", "consent_withdrawal"),
    ):
        [gap] = gaps(doc, code)
        assert (gap.activity_id, gap.column, gap.blocking) == (activity, column, False)
        assert "envoyer la lettre" in gap.message("fr")


def test_a_description_that_repeats_the_activity_name_is_printed_alone(
    register: Register,
) -> None:
    activity = register.activity("T-1", "Communication avec le client")
    register.add(
        m.Purpose,
        activity,
        description="Communiquer avec le client",
        legal_basis="legitimate_interests",
        legitimate_interest="Répondre aux questions",
    )
    other = register.activity("T-2", "Facturation")
    register.add(m.Purpose, other, description="Établir les factures", legal_basis="contract")
    doc = register.notice("fr")
    purposes = text(doc, "purposes")
    assert "- Communiquer avec le client." in purposes
    assert "Communication avec le client\u00a0:" not in purposes
    # After the name and its colon, the description goes on the sentence (C11).
    assert "- Facturation\u00a0: établir les factures." in purposes
    interests = table(doc, "legitimate_interests")
    assert interests.rows == (("Communiquer avec le client", "Répondre aux questions"),)


def test_the_interests_table_and_the_right_to_object(register: Register) -> None:
    activity = register.activity("T-1", "Prospection")
    register.add(
        m.Purpose,
        activity,
        description="Appeler les entreprises",
        legal_basis="legitimate_interests",
        legitimate_interest="Trouver des clients",
    )
    register.add(
        m.Purpose, activity, description="Noter les appels", legal_basis="legitimate_interests"
    )
    doc = register.notice("fr")
    rows = table(doc, "legitimate_interests").rows
    assert rows == (("Prospection\u00a0: appeler les entreprises", "Trouver des clients"),)
    interests = text(doc, "legitimate_interests")
    assert "votre situation particulière (article 21.1 du RGPD)" in interests
    # The objection to direct marketing (Art. 21(2)) is said once: in the rights, on its own.
    assert "prospection" not in interests
    rights = text(doc, "rights")
    assert rights.count("à des fins de prospection, vous pouvez vous y opposer à tout moment") == 1
    assert "- Opposition à la prospection\u00a0: lorsque nous utilisons" in rights
    [gap] = gaps(doc, "no_interest")
    assert gap.column == "legitimate_interest" and gap.params["purpose"] == "noter les appels"


# -- data ------------------------------------------------------------------------------------


def test_data_categories_show_their_description_or_the_activity_s_detail(
    register: Register,
) -> None:
    activity = register.activity("T-1", "Premiers secours", public_description="En cas d'urgence.")
    contact = register.add(
        m.DataCategory, register.org_id, name="Contact d'urgence", description="Nom et téléphone."
    )
    health = register.add(
        m.DataCategory,
        register.org_id,
        name="Santé",
        description="Toute donnée de santé.",
        is_special=True,
    )
    register.add(m.ActivityDataCategory, activity, data_category_id=contact)
    register.add(m.ActivityDataCategory, activity, data_category_id=health, detail="Allergies")
    data = text(register.notice("fr"), "data")
    assert "- Contact d'urgence\u00a0: nom et téléphone" in data
    # The activity's own detail is narrower than the category's description: it wins.
    assert (
        "- Santé \u2013 catégorie particulière de données (article 9 du RGPD)\u00a0: allergies"
        in data
    )
    assert "Toute donnée de santé" not in data
    # A fact, not a promise of compliance.
    assert "uniquement" not in data and "strictes" not in data


# -- whether data must be given --------------------------------------------------------------


def test_provision_says_only_what_each_purpose_records(register: Register) -> None:
    activity = register.activity("T-1", "Vidéosurveillance")
    register.add(m.Purpose, activity, description="Prévenir les vols", legal_basis="undetermined")
    doc = register.notice("fr")
    # Nothing recorded: no section at all, not "you are free to give your data".
    assert doc.section("provision") is None
    [gap] = gaps(doc, "provision_unknown")
    assert (gap.activity_id, gap.table, gap.column) == (
        activity,
        "purpose",
        "provision_requirement",
    )
    assert not gap.blocking and "prévenir les vols" in gap.message("fr")

    invoices = register.activity("T-2", "Facturation")
    register.add(
        m.Purpose,
        invoices,
        description="Établir les factures",
        legal_basis="legal_obligation",
        legal_reference="Code de la TVA, art. 53",
        provision_requirement="statutory",
        provision_consequences="Sans ces données, pas de facture.",
    )
    doc = register.notice("fr")
    provision = text(doc, "provision")
    assert provision == (
        "- Facturation \u2013 Établir les factures\u00a0: la loi impose de fournir ces données. "
        "Sans ces données, pas de facture."
    )
    for invented in ("libre", "Sauf mention", "nous vous le disons"):
        assert invented not in provision
    assert len(gaps(doc, "provision_unknown")) == 1  # still the camera's


# -- automated decisions ---------------------------------------------------------------------


def test_the_rights_against_an_automated_decision_hold_for_article_22_2_a_and_c(
    register: Register,
) -> None:
    register.activity("T-1", "Boutique", automated_decision=True, automated_logic="Un score.")
    automated = text(register.notice("en"), "automated")
    assert (
        "Where this decision is necessary for entering into or performing a contract with you, "
        "or is based on your explicit consent, you can obtain human intervention"
    ) in automated
    assert "We do not take decisions" not in automated


# -- recipients ------------------------------------------------------------------------------


def test_a_recipient_of_unknown_kind_shows_as_to_be_determined_and_blocks(
    register: Register,
) -> None:
    activity = register.activity("T-1", "Paie")
    register.add(m.ActivityRecipient, activity, kind="undetermined", recipient_name="Groupe S")
    register.add(m.ActivityRecipient, activity, kind="processor", recipient_name="Cloudy")
    doc = register.notice("fr")
    recipients = text(doc, "recipients")
    # One recipient of a kind: one sentence, not a list of one (a name keeps its capital).
    assert "Des destinataires dont le rôle reste à déterminer\u00a0: Groupe S." in recipients
    # Only the processor is said to act on our instructions.
    processors = recipients.split("(sous-traitants)")[1].split("Des destinataires dont")[0]
    assert processors == "\u00a0: Cloudy.\n"
    [gap] = gaps(doc, "undetermined_recipient")
    assert gap.blocking and not doc.ready
    assert (gap.activity_id, gap.table, gap.column) == (activity, "activity_recipient", "kind")
    assert "Groupe S" in gap.message("fr")


def test_nobody_outside_the_firm_only_when_every_activity_says_so(register: Register) -> None:
    first = register.activity("T-1", "Paie")
    register.add(
        m.ActivityRecipient,
        first,
        kind="internal",
        department="Comptabilité",
        department_en="Accounting",
    )
    second = register.activity("T-2", "Badges", name_en="Badges")
    doc = register.notice("en")
    recipients = text(doc, "recipients")
    # T-2 records no recipient: unknown, not "nobody".
    assert "We do not share your data with anyone outside our firm." not in recipients
    assert "Within our firm: accounting." in recipients
    [gap] = gaps(doc, "no_recipients")
    assert (gap.activity_id, gap.table, gap.column) == (second, "activity", "recipients")

    register.add(
        m.ActivityRecipient, second, kind="internal", department="Accueil", department_en="Desk"
    )
    doc = register.notice("en")
    assert "We do not share your data with anyone outside our firm." in text(doc, "recipients")
    assert not gaps(doc, "no_recipients")


# -- transfers -------------------------------------------------------------------------------


def test_transfers_show_every_cell_and_never_invent_how_to_get_a_copy(
    register: Register,
) -> None:
    activity = register.activity("T-1", "Support")
    register.add(m.Transfer, activity, country="US", recipient_name="Undecided Inc.")
    register.add(m.Transfer, activity, country="IN", recipient_name="Backup Ltd", safeguard="scc")
    register.add(
        m.Transfer, activity, country="CH", recipient_name="Tickets AG", safeguard="adequacy"
    )
    doc = register.notice("fr")
    rows = {row[0]: row for row in table(doc, "transfers").rows}
    assert rows["Undecided Inc."] == (
        "Undecided Inc.",
        "États-Unis",
        "À déterminer",
        "À déterminer",
    )
    assert rows["Backup Ltd"][3] == "Non précisé"
    assert (
        rows["Tickets AG"][3] == "La décision est publiée au Journal officiel de l'Union européenne"
    )
    assert all(cell.strip() for row in rows.values() for cell in row)
    assert "Sur demande" not in text(doc, "transfers")
    [undetermined] = gaps(doc, "no_safeguard")
    assert undetermined.blocking and undetermined.column == "safeguard"
    assert "Undecided Inc." in undetermined.message("fr")
    [copy] = gaps(doc, "no_copy_access")
    # "Not specified" is never published: the firm says how to get a copy first.
    assert copy.blocking and (copy.table, copy.column) == ("transfer", "copy_access")
    assert "Backup Ltd" in copy.message("fr")

    # The firm's answer for all its transfers, unless a transfer has its own.
    register.update(
        m.Organisation,
        register.org_id,
        safeguards_copy="Écrivez-nous pour recevoir une copie des clauses.",
    )
    doc = register.notice("fr")
    rows = {row[0]: row for row in table(doc, "transfers").rows}
    assert rows["Backup Ltd"][3] == "Écrivez-nous pour recevoir une copie des clauses."
    assert not gaps(doc, "no_copy_access")


def test_no_transfer_outside_the_eea_is_said_when_none_is_recorded(register: Register) -> None:
    register.activity("T-1", "Support")
    transfers = text(register.notice("nl"), "transfers")
    assert "Wij geven uw gegevens niet door aan landen buiten de Europese Economische Ruimte" in (
        transfers
    )


# -- retention -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "fr",
            "3 ans à compter de la fin du contrat ou de votre dernier contact avec nous, "
            "selon la date la plus tardive",
        ),
        (
            "nl",
            "3 jaar vanaf het einde van de overeenkomst of uw laatste contact met ons, "
            "waarbij de laatste datum telt",
        ),
        (
            "en",
            "3 years from the end of the contract or your last contact with us, whichever is later",
        ),
    ],
)
def test_several_starting_points_read_whichever_is_later(
    register: Register, lang: str, expected: str
) -> None:
    activity = register.activity("T-1", "Clients", name_nl="Klanten", name_en="Clients")
    phase = register.add(
        m.RetentionPhase,
        activity,
        duration_value=3,
        duration_unit="years",
        start_event="end_of_contract",
        other_start_events=["last_contact"],
        start_combination="latest",
    )
    [row] = table(register.notice(lang), "retention").rows
    assert row[1] == expected
    # Without the combination the period is not said to run from the later one: a gap.
    register.update(m.RetentionPhase, phase, start_combination=None)
    doc = register.notice(lang)
    [row] = table(doc, "retention").rows
    assert row[1] == expected.rsplit(", ", 1)[0]
    [gap] = gaps(doc, "no_start_combination")
    assert (gap.table, gap.column, gap.activity_id) == (
        "retention_phase",
        "start_combination",
        activity,
    )


def test_identical_retention_rows_collapse_into_one(register: Register) -> None:
    criterion = (
        "Aussi longtemps que le client utilise le service, puis jusqu'à la fin du délai de "
        "prescription des actions contractuelles applicable au contrat concerné"
    )
    names = [f"Service {n}" for n in range(1, 8)]
    for n, name in enumerate(names, start=1):
        activity = register.activity(f"T-{n}", name)
        register.add(m.RetentionPhase, activity, criterion=criterion)
    different = register.activity("T-8", "Vidéo")
    register.add(
        m.RetentionPhase,
        different,
        duration_value=1,
        duration_unit="months",
        start_event="collection",
    )
    doc = register.notice("fr")
    retention = table(doc, "retention")
    assert retention.rows == (
        ("\n".join(names), criterion, "Supprimées"),
        ("Vidéo", "1\u00a0mois à compter de la collecte", "Supprimées"),
    )
    rendered = render(doc, "md").decode("utf-8")
    assert rendered.count(criterion) == 1


def test_the_archive_column_only_when_something_is_archived(
    register: Register,
) -> None:
    activity = register.activity("T-1", "Contrats", name_nl="Contracten")
    register.add(
        m.RetentionPhase,
        activity,
        criterion="Pendant le contrat",
        criterion_nl="Tijdens de overeenkomst",
    )
    doc = register.notice("nl")
    retention = table(doc, "retention")
    assert retention.headers == ("Verwerking", "Actief gebruik", "Daarna")
    assert "rechtsvordering" not in text(doc, "retention")

    register.add(
        m.RetentionPhase,
        activity,
        phase="intermediate_archive",
        duration_value=10,
        duration_unit="years",
        start_event="end_of_previous_phase",
        position=1,
    )
    doc = register.notice("nl")
    retention = table(doc, "retention")
    assert retention.headers == ("Verwerking", "Actief gebruik", "Archivering", "Daarna")
    assert retention.rows == (
        ("Contracten", "Tijdens de overeenkomst", "10 jaar na het actieve gebruik", "Verwijderd"),
    )
    # What the archive is for is said only as recorded: no fixed paragraph claims it (the
    # register has no field for "kept apart, restricted access").
    assert "rechtsvordering" not in text(doc, "retention")


def test_what_happens_at_the_end_is_said_only_as_recorded(register: Register) -> None:
    asked = register.activity("T-1", "Lettre", end_action="renew_consent")
    register.add(
        m.RetentionPhase, asked, duration_value=3, duration_unit="years", start_event="collection"
    )
    unknown = register.activity("T-2", "Badges", end_action=None)
    register.add(m.RetentionPhase, unknown, criterion="Tant que le badge est valide")
    doc = register.notice("fr")
    rows = {row[0]: row for row in table(doc, "retention").rows}
    assert rows["Lettre"][2] == (
        "Nous vous redemandons votre consentement\u00a0; sans celui-ci, les données sont supprimées"
    )
    assert rows["Badges"][2] == "Non précisé"
    [gap] = gaps(doc, "no_end_action")
    assert (gap.activity_id, gap.table, gap.column) == (unknown, "activity", "end_action")
    # Recorded for no activity: no column of "not stated" at all.
    register.update(m.Activity, asked, end_action=None)
    doc = register.notice("fr")
    retention = table(doc, "retention")
    assert retention.headers == ("Traitement", "Utilisation courante")
    assert len(gaps(doc, "no_end_action")) == 2


def test_a_period_for_one_group_of_people_names_it_and_other_starts_read_well(
    register: Register,
) -> None:
    activity = register.activity("T-1", "Ventes")
    prospects = register.add(m.DataSubjectCategory, register.org_id, name="Anciens clients")
    register.add(
        m.RetentionPhase,
        activity,
        duration_value=3,
        duration_unit="years",
        start_event="last_contact",
        data_subject_category_id=prospects,
    )
    register.add(
        m.RetentionPhase,
        activity,
        duration_value=2,
        duration_unit="years",
        start_event="other",
        start_event_detail="Date de la réponse négative",
        position=1,
    )
    rows = table(register.notice("fr"), "retention").rows
    assert rows[0][:2] == (
        "Ventes\n\u2013 Anciens clients",
        "3 ans à compter de votre dernier contact avec nous",
    )
    # "date de la réponse négative": from the answer itself, in a sentence.
    assert rows[1][:2] == ("Ventes", "2 ans à compter de la réponse négative")


# -- as a processor --------------------------------------------------------------------------


def test_what_the_firm_does_as_a_processor_has_its_own_section(register: Register) -> None:
    register.activity("T-1", "Clients")
    hosting = register.activity(
        "ST-1",
        "Hébergement pour nos clients",
        role="processor",
        public_description="Nous hébergeons les serveurs de nos clients.",
        end_action="return_then_delete",
    )
    register.activity("ST-2", "Sauvegarde", role="processor", in_notice=False)
    doc = register.notice("fr")
    processor = text(doc, "processor")
    assert processor.startswith(
        "Pour les services ci-dessous, nous traitons des données pour le compte de nos clients "
        "et sur leurs instructions. Chaque client est responsable de ces traitements\u00a0: "
        "adressez-lui vos demandes d'exercice de droits\u00a0; nous l'aidons à y répondre "
        "(article 28.3.e du RGPD)."
    )
    assert "## Hébergement pour nos clients\nNous hébergeons les serveurs de nos clients." in (
        processor
    )
    assert (
        "À la fin du contrat, nous restituons les données au client, puis nous les supprimons."
        in processor
    )
    assert "Sauvegarde" not in processor  # not marked for the notice
    assert not [g for g in doc.gaps if g.activity_id == hosting]
    assert "Hébergement pour nos clients" not in text(doc, "data")  # not our own processing
    keys = [s.key for s in doc.sections]
    assert keys.index("automated") < keys.index("processor") < keys.index("rights")

    register.update(m.Activity, hosting, end_action=None)
    doc = register.notice("fr")
    assert "À la fin du contrat" not in text(doc, "processor")
    assert [(g.code, g.column) for g in doc.gaps if g.activity_id == hosting] == [
        ("no_end_action", "end_action")
    ]

    register.update(m.Activity, hosting, in_notice=False)
    assert register.notice("fr").section("processor") is None


# -- cookies ---------------------------------------------------------------------------------

COOKIE_HEADINGS = {
    "fr": [
        "Cookies strictement nécessaires",
        "Cookies fonctionnels",
        "Cookies de mesure d'audience",
        "Cookies de publicité et de marketing",
    ],
    "nl": [
        "Strikt noodzakelijke cookies",
        "Functionele cookies",
        "Analytische cookies",
        "Advertentie- en marketingcookies",
    ],
    "en": [
        "Strictly necessary cookies",
        "Functional cookies",
        "Analytics cookies",
        "Advertising and marketing cookies",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_each_cookie_category_is_headed_in_the_plural_above_its_cookies(
    tmp_path: Path, lang: str
) -> None:
    # A French firm (an exemption is possible there), so that every sentence is printable.
    register = Register(tmp_path / "t.ropa", country="FR")
    register.activity("T-1", "Site web", audiences=["website_visitors"])
    cookies = [
        ("session", "strictly_necessary", False, None),
        ("csrf", "strictly_necessary", False, None),
        ("langue", "functional", True, None),
        ("stats", "analytics", False, "Délibération CNIL 2020-091"),
        ("pub", "marketing", True, None),
        ("retarget", "marketing", True, None),
    ]
    for name, category, consent, exemption in cookies:
        register.add(
            m.Cookie,
            register.org_id,
            name=name,
            category=category,
            consent_required=consent,
            exemption_conditions=exemption,
            purpose=f"Finalité de {name}",
            lifetime_value=1,
            lifetime_unit="years",
        )
    doc = register.notice(lang)
    section = doc.section("cookies")
    assert section is not None
    headings = [b.text for b in section.blocks if isinstance(b, Subheading)]
    # The notice's own headings, one per category in use, whether it holds one cookie or two
    # (never the singular label of the cookie form's picker: "Mesure d'audience").
    assert headings == COOKIE_HEADINGS[lang]
    # Each heading names the category only: whether consent is asked is said under it, as
    # every cookie of the category records it.
    said = "\n".join(section.lines())
    under = {h: said.split(f"## {h}\n", 1)[1].split("## ", 1)[0] for h in headings}
    necessary, functional, analytics, marketing = (under[h] for h in headings)
    consent = {"fr": "qu'avec votre consentement", "nl": "alleen met uw toestemming"}
    consent_all = consent.get(lang, "We set these cookies only with your consent.")
    assert consent_all in functional and consent_all in marketing
    assert consent_all not in necessary and consent_all not in analytics
    assert not [g for g in doc.gaps if g.code.startswith("cookie_")]
    if lang == "fr":
        assert typography_faults("\n".join(section.lines())) == []
    register.db.close()


# -- typography ------------------------------------------------------------------------------


def test_the_french_sections_follow_french_typography(register: Register) -> None:
    activity = register.activity("T-1", "Prospection", public_description="Nous prospectons.")
    category = register.add(m.DataCategory, register.org_id, name="Adresse de contact")
    register.add(m.ActivityDataCategory, activity, data_category_id=category, detail="E-mail")
    register.add(
        m.Purpose,
        activity,
        description="Appeler",
        legal_basis="legitimate_interests",
        legitimate_interest="Vendre",
        provision_requirement="voluntary",
    )
    register.add(m.ActivityRecipient, activity, kind="processor", recipient_name="CRM SA")
    register.add(m.Transfer, activity, country="US", recipient_name="CRM Inc.", safeguard="scc")
    register.add(
        m.RetentionPhase,
        activity,
        duration_value=3,
        duration_unit="years",
        start_event="collection",
        other_start_events=["last_contact"],
        start_combination="earliest",
    )
    doc = register.notice("fr")
    rendered = render(doc, "md").decode("utf-8")
    keys = (
        "data",
        "purposes",
        "legitimate_interests",
        "provision",
        "recipients",
        "transfers",
        "retention",
    )
    mine = "\n".join(text(doc, key) for key in keys)
    assert typography_faults(mine) == []
    assert "selon la date la plus précoce" in rendered


# -- reading as French and Dutch readers expect (issue 16's reading) ------------------------


def test_a_users_text_after_a_colon_goes_on_the_sentence_but_names_keep_their_capital(
    tmp_path: Path,
) -> None:
    """C11: after a label and its colon, inside a sentence, the first letter of a user's text
    is lowered; an acronym's or a name's never ("SEPA", "Google Analytics", a party's)."""
    register = Register(
        tmp_path / "t.ropa",
        cookie_consent_method="Vous acceptez ou refusez dans le bandeau.",
        cookie_refusal_effect="Google Analytics ne mesure pas votre visite.",
        data_location="Sur des serveurs en Belgique.",
    )
    try:
        party = register.add(
            m.Party, register.org_id, name="Banque du Sillon SA", kind="third_party"
        )
        activity = register.activity(
            "T-1",
            "Formations",
            audiences=["clients", "website_visitors"],
            automated_decision=True,
            automated_logic="Le CRM attribue un score.",
            automated_consequences="SEPA refuse alors le prélèvement.",
        )
        register.add(
            m.Purpose,
            activity,
            description="Gérer les inscriptions",
            legal_basis="contract",
            contract_description="Inscription à une formation",
        )
        register.add(
            m.Purpose,
            activity,
            description="Tenir la comptabilité",
            legal_basis="legal_obligation",
            legal_reference="Code de la TVA, art. 60",
        )
        register.add(m.ActivityRecipient, activity, kind="third_party", party_id=party)
        register.add(
            m.Cookie,
            register.org_id,
            name="stats",
            category="analytics",
            consent_required=True,
            purpose="Mesurer",
            lifetime_value=1,
            lifetime_unit="years",
        )
        doc = register.notice("fr")
    finally:
        register.db.close()
    purposes = text(doc, "purposes")
    assert (
        f"- Formations{NB}: gérer les inscriptions (contrat{NB}: inscription à une formation)."
        in purposes
    )
    # A legal reference is the text that imposes it: in brackets, as typed, without a label.
    assert f"- Formations{NB}: tenir la comptabilité (Code de la TVA, art. 60)." in purposes
    assert f"base légale{NB}:" not in purposes
    cookies = text(doc, "cookies")
    assert f"Comment nous recueillons votre choix{NB}: vous acceptez ou refusez" in cookies
    assert f"Ce que change un refus{NB}: Google Analytics ne mesure pas" in cookies
    assert f"Où se trouvent vos données{NB}: sur des serveurs en Belgique." in text(
        doc, "introduction"
    )
    automated = text(doc, "automated")
    assert f"Fonctionnement{NB}: le CRM attribue un score." in automated
    assert f"Ce que cela signifie pour vous{NB}: SEPA refuse alors" in automated
    # A party's name after the heading of its kind of recipient keeps its capital.
    assert "propres finalités" in text(doc, "recipients")
    assert f"{NB}: Banque du Sillon SA." in text(doc, "recipients")


def test_one_fact_is_a_paragraph_not_a_list_of_one(tmp_path: Path) -> None:
    """C12: the introduction's declarations, and a kind of recipient with one recipient, are
    a sentence when there is one; a list when there are several."""
    register = Register(tmp_path / "t.ropa", sells_data=False)
    try:
        activity = register.activity("T-1", "Paie")
        register.add(
            m.ActivityRecipient,
            activity,
            kind="public_authority",
            department="Autorités – lorsqu'une obligation légale l'impose",
        )
        doc = register.notice("fr")
        introduction = doc.section("introduction")
        assert introduction is not None
        assert not [b for b in introduction.blocks if isinstance(b, BulletList)]
        assert "Nous ne vendons pas vos données." in text(doc, "introduction").split("\n")
        recipients = text(doc, "recipients")
        assert recipients == (
            f"Des autorités publiques{NB}: autorités – lorsqu'une obligation légale l'impose."
        )
        register.update(m.Organisation, register.org_id, processes_minors_data=False)
        register.add(m.ActivityRecipient, activity, kind="public_authority", department="SPF")
        doc = register.notice("fr")
    finally:
        register.db.close()
    introduction = doc.section("introduction")
    assert introduction is not None
    [facts] = [b for b in introduction.blocks if isinstance(b, BulletList)]
    assert len(facts.items) == 2
    assert text(doc, "recipients").startswith(f"Des autorités publiques{NB}:\n- Autorités")


def test_provision_says_each_consequence_once_and_none_as_a_sentence(register: Register) -> None:
    """The same requirement and consequence for several purposes is one item naming them; a
    consequence recorded as "Aucune." is a sentence, never a dangling word."""
    for reference, name, what in (
        ("T-1", "Formations", "Gérer les inscriptions"),
        ("T-2", "Boutique", "Livrer les commandes"),
    ):
        activity = register.activity(reference, name)
        register.add(
            m.Purpose,
            activity,
            description=what,
            legal_basis="contract",
            provision_requirement="contract_prerequisite",
            provision_consequences="Si des données manquent, nous annulons la commande.",
        )
        register.add(
            m.Purpose,
            activity,
            description=f"Recueillir votre avis ({reference})",
            legal_basis="legitimate_interests",
            legitimate_interest="Nous améliorer",
            provision_requirement="voluntary",
            provision_consequences="Aucune.",
        )
    provision = text(register.notice("fr"), "provision")
    assert provision.count("nous annulons la commande") == 1
    assert (
        f"- Formations – Gérer les inscriptions{NB}; Boutique – Livrer les commandes{NB}: "
        "ces données sont "
        "nécessaires pour conclure un contrat avec vous. Si des données manquent, nous annulons "
        "la commande."
    ) in provision
    assert "Aucune." not in provision
    assert (
        f"- Formations – Recueillir votre avis (T-1){NB}; Boutique – Recueillir votre avis "
        f"(T-2){NB}: vous êtes libre de nous fournir ces données ou non. Ne pas les fournir "
        "n'a aucune conséquence pour vous."
    ) in provision
    assert "Geen." not in text(register.notice("nl"), "provision")


@pytest.mark.parametrize(
    ("lang", "event", "detail", "expected"),
    [
        ("fr", "other", "Date de la réponse négative", "à compter de la réponse négative"),
        ("fr", "other", "Date de livraison du bien", "à compter de la date de livraison du bien"),
        ("fr", "other", "Clôture du dossier", "à compter de la date de clôture du dossier"),
        ("fr", "event_date", "Date de l'événement", "à compter de l'événement"),
        ("fr", "event_date", "Date du passage", "à compter du passage"),
        (
            "fr",
            "collection",
            "Date de chaque interaction",
            "à compter de la collecte (date de chaque interaction)",
        ),
        (
            "nl",
            "other",
            "Datum van het negatieve antwoord",
            "vanaf de datum van het negatieve antwoord",
        ),
        (
            "nl",
            "event_date",
            "Einde van de periode",
            "vanaf de datum van de gebeurtenis (einde van de periode)",
        ),
        ("en", "other", "Date of the negative answer", "from the date of the negative answer"),
    ],
)
def test_a_described_starting_event_reads_as_a_sentence(
    register: Register, lang: str, event: str, detail: str, expected: str
) -> None:
    """ "6 mois à compter de la réponse négative", never "6 mois, point de départ : date de la
    réponse négative", nor "à compter de la date de l'événement (date de l'événement)"."""
    activity = register.activity("T-1", "Recrutement", name_nl="Werving", name_en="Recruitment")
    register.add(
        m.RetentionPhase,
        activity,
        duration_value=6,
        duration_unit="months",
        start_event=event,
        **{{"fr": "start_event_detail"}.get(lang, f"start_event_detail_{lang}"): detail},
    )
    [row] = table(register.notice(lang), "retention").rows
    duration = {"fr": f"6{NB}mois", "nl": "6 maanden", "en": "6 months"}[lang]
    assert row[1] == f"{duration} {expected}"


def test_a_derogations_point_of_article_49_is_said_once_in_one_bracket(
    register: Register,
) -> None:
    activity = register.activity("T-1", "Missions", transfers_outside_eea=True)
    register.add(
        m.Transfer,
        activity,
        country="MA",
        recipient_name="Hôpital local",
        safeguard="derogation_art49",
        derogation="Art. 49.1.f : transfert nécessaire à la sauvegarde des intérêts vitaux.",
    )
    [row] = table(register.notice("fr"), "transfers").rows
    assert row[2] == (
        f"Dérogation pour des situations particulières (art. 49.1.f){NB}: transfert nécessaire "
        "à la sauvegarde des intérêts vitaux"
    )


def test_the_rights_against_an_automated_decision_are_said_once(register: Register) -> None:
    """The firm's own text already states the rights of Art. 22(3) (it cites the article):
    the notice's generic sentence would say them again."""
    register.activity(
        "T-1",
        "Boutique",
        automated_decision=True,
        automated_logic="Un score de fraude.",
        automated_consequences=(
            "Vous pouvez obtenir une intervention humaine et contester la décision "
            "(art. 22.3 du RGPD)."
        ),
    )
    automated = text(register.notice("fr"), "automated")
    assert automated.count("intervention humaine") == 1
