"""Synthetic registers for the benchmarks, as ropa interchange documents.

Deterministic from a seed: the same (organisations, activities_per_org, seed) always gives the
same document, byte for byte. Every link points inside its own organisation and every domain
rule of ropa.core.validation holds, so ropa imports the document without a problem.

    python bench/generate.py --organisations 200 --activities 50 -o out.json
    python bench/generate.py --organisations 200 --activities 50 --ropa out.ropa

Only the standard library and ropa's own dependencies (python-stdnum) are used.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import unicodedata
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from stdnum import luhn

FORMAT_NAME = "ropa-register"
FORMAT_VERSION = 2

Row = dict[str, Any]
LANGS = ("fr", "nl", "en")
LANG_INDEX = {"en": 0, "fr": 1, "nl": 2}

# --------------------------------------------------------------------------------------------
# Word material (mixed French / Dutch / English, with accents)
# --------------------------------------------------------------------------------------------

SENTENCES = {
    "fr": (
        "Les données sont traitées uniquement pour la gestion des dossiers clients et la "
        "facturation.",
        "L'accès est limité aux employés habilités du département concerné.",
        "Le responsable du traitement conserve une trace de chaque consentement recueilli.",
        "Les données à caractère personnel sont supprimées à l'échéance du délai légal.",
        "Une analyse d'impact relative à la protection des données a été réalisée en 2023.",
        "Intérêt légitime : prévenir la fraude et garantir la sécurité du réseau.",
        "Conformément à l'article 6, paragraphe 1, point c), du règlement général sur la "
        "protection des données.",
        "Le sous-traitant s'engage à notifier toute violation dans les quarante-huit heures.",
        "Les échanges avec l'administration fiscale se font par voie électronique sécurisée.",
        "La personne concernée peut retirer son consentement à tout moment, sans frais.",
        "Les données relatives à la santé font l'objet d'un chiffrement supplémentaire.",
        "Révision : annuelle, ou après toute modification significative du traitement.",
        "Le délégué à la protection des données est consulté avant chaque évolution.",
        "Les candidatures non retenues sont détruites après deux ans, sauf accord exprès.",
        "La vidéosurveillance couvre uniquement l'entrée et le parking (loi caméras).",
    ),
    "nl": (
        "De gegevens worden uitsluitend verwerkt voor het beheer van klantendossiers en de "
        "facturatie.",
        "Toegang is beperkt tot gemachtigde medewerkers van de betrokken afdeling.",
        "De verwerkingsverantwoordelijke bewaart een bewijs van elke verkregen toestemming.",
        "Persoonsgegevens worden gewist na afloop van de wettelijke bewaartermijn.",
        "Er werd in 2023 een gegevensbeschermingseffectbeoordeling uitgevoerd.",
        "Gerechtvaardigd belang: fraude voorkomen en de netwerkbeveiliging waarborgen.",
        "Overeenkomstig artikel 6, lid 1, onder c), van de algemene verordening "
        "gegevensbescherming.",
        "De verwerker meldt elk datalek binnen achtenveertig uur aan de klant.",
        "Het financiële overzicht wordt één keer per kwartaal naar de boekhouder gestuurd.",
        "De betrokkene kan zijn toestemming op elk moment kosteloos intrekken.",
        "Gezondheidsgegevens worden bijkomend versleuteld; coördinatie via de preventieadviseur.",
        "Herziening: jaarlijks, of na elke belangrijke wijziging van de verwerking.",
        "De functionaris voor gegevensbescherming wordt vooraf geraadpleegd.",
        "Niet-weerhouden sollicitaties worden na twee jaar vernietigd, behalve met akkoord.",
        "Camerabewaking beperkt zich tot de ingang en de parking (camerawet, reëel risico).",
    ),
    "en": (
        "Data are processed solely to manage customer files and invoicing.",
        "Access is restricted to authorised staff of the department concerned.",
        "The controller keeps a record of every consent obtained.",
        "Personal data are erased once the statutory retention period has expired.",
        "A data protection impact assessment was carried out in 2023.",
        "Legitimate interest: preventing fraud and ensuring network security.",
        "In accordance with Article 6(1)(c) of the General Data Protection Regulation.",
        "The processor notifies any personal data breach within forty-eight hours.",
        "Candidates' résumés and cover letters are kept in the HR system only.",
        "The data subject may withdraw consent at any time, free of charge.",
        "Health data are additionally encrypted at rest and in transit.",
        "Review: yearly, or after any significant change to the processing.",
        "The data protection officer is consulted before each change.",
        "Rejected applications are destroyed after two years unless agreed otherwise.",
        "CCTV only covers the entrance and the car park; the café area is excluded.",
    ),
}

# (en, fr, nl, flags)
DATA_CATEGORIES = (
    ("Identification data", "Données d'identification", "Identificatiegegevens", ""),
    ("Contact details", "Coordonnées", "Contactgegevens", ""),
    ("Financial data", "Données financières", "Financiële gegevens", ""),
    ("Bank details", "Coordonnées bancaires", "Bankgegevens", ""),
    ("Health data", "Données de santé", "Gezondheidsgegevens", "special"),
    ("Criminal records", "Casier judiciaire", "Strafregister", "criminal"),
    ("National register number", "Numéro de registre national", "Rijksregisternummer", "natid"),
    ("Professional data", "Données professionnelles", "Beroepsgegevens", ""),
    ("Education and training", "Formation et diplômes", "Opleiding en diploma's", ""),
    ("Images (CCTV)", "Images de vidéosurveillance", "Camerabeelden", ""),
    ("Connection logs", "Journaux de connexion", "Verbindingslogboeken", ""),
    ("Location data", "Données de localisation", "Locatiegegevens", ""),
    ("Trade union membership", "Appartenance syndicale", "Vakbondslidmaatschap", "special"),
    ("Biometric data", "Données biométriques", "Biometrische gegevens", "special"),
    ("Family situation", "Situation familiale", "Gezinssituatie", ""),
    ("Payroll data", "Données de rémunération", "Loongegevens", ""),
    ("Absence records", "Absences et congés", "Afwezigheden en verlof", ""),
    ("Purchase history", "Historique d'achats", "Aankoopgeschiedenis", ""),
    ("Preferences and interests", "Préférences et centres d'intérêt", "Voorkeuren", ""),
    ("Children's data", "Données des enfants", "Gegevens van kinderen", "minors"),
    ("Correspondence", "Correspondance", "Briefwisseling", ""),
    ("Vehicle data", "Données du véhicule", "Voertuiggegevens", ""),
    ("Tax data", "Données fiscales", "Fiscale gegevens", ""),
    ("Device identifiers", "Identifiants d'appareil", "Apparaat-ID's", ""),
)

DATA_SUBJECTS = (
    ("Customers", "Clients", "Klanten", ""),
    ("Prospects", "Prospects", "Prospecten", ""),
    ("Employees", "Employés", "Werknemers", ""),
    ("Job applicants", "Candidats", "Sollicitanten", ""),
    ("Suppliers' contacts", "Contacts fournisseurs", "Contactpersonen leveranciers", ""),
    ("Website visitors", "Visiteurs du site web", "Websitebezoekers", ""),
    ("Patients", "Patients", "Patiënten", "vulnerable"),
    ("Pupils", "Élèves", "Leerlingen", "minors"),
    ("Visitors", "Visiteurs", "Bezoekers", ""),
    ("Shareholders", "Actionnaires", "Aandeelhouders", ""),
    ("Volunteers", "Bénévoles", "Vrijwilligers", ""),
    ("Former employees", "Anciens employés", "Ex-werknemers", ""),
)

RECIPIENT_CATEGORIES = (
    ("Accounting firm", "Cabinet comptable", "Boekhoudkantoor", ""),
    ("Tax authorities", "Administration fiscale", "Belastingdienst", ""),
    ("Social secretariat", "Secrétariat social", "Sociaal secretariaat", ""),
    ("IT service providers", "Prestataires informatiques", "IT-dienstverleners", ""),
    ("Insurers", "Assureurs", "Verzekeraars", ""),
    ("Banks", "Banques", "Banken", ""),
    ("Lawyers", "Avocats", "Advocaten", ""),
    ("Courier services", "Services de messagerie", "Koerierdiensten", ""),
    ("Occupational health service", "Médecine du travail", "Arbeidsgeneeskundige dienst", ""),
    ("Marketing agencies", "Agences de marketing", "Marketingbureaus", ""),
)

SECURITY_MEASURES = (
    ("Full-disk encryption", "Chiffrement des disques", "Schijfversleuteling", "technical"),
    (
        "Multi-factor authentication",
        "Authentification multifacteur",
        "Tweestapsverificatie",
        "technical",
    ),
    ("Daily backups", "Sauvegardes quotidiennes", "Dagelijkse back-ups", "technical"),
    ("Firewall", "Pare-feu", "Firewall", "technical"),
    ("Antivirus", "Antivirus", "Antivirus", "technical"),
    ("Access logging", "Journalisation des accès", "Toegangslogboek", "technical"),
    ("Role-based access", "Accès par rôle", "Rolgebaseerde toegang", "technical"),
    ("TLS encryption", "Chiffrement TLS", "TLS-versleuteling", "technical"),
    ("Pseudonymisation", "Pseudonymisation", "Pseudonimisering", "technical"),
    ("Patch management", "Gestion des correctifs", "Patchbeheer", "technical"),
    ("Password policy", "Politique de mots de passe", "Wachtwoordbeleid", "organisational"),
    ("Staff training", "Formation du personnel", "Opleiding personeel", "organisational"),
    (
        "Confidentiality clauses",
        "Clauses de confidentialité",
        "Geheimhoudingsclausules",
        "organisational",
    ),
    ("Clean desk policy", "Politique du bureau propre", "Clean-deskbeleid", "organisational"),
    ("Breach procedure", "Procédure de violation", "Datalekprocedure", "organisational"),
    (
        "Vendor assessment",
        "Évaluation des fournisseurs",
        "Leveranciersbeoordeling",
        "organisational",
    ),
    ("Locked archives", "Archives verrouillées", "Afgesloten archief", "organisational"),
    ("Badge access", "Accès par badge", "Badgetoegang", "organisational"),
    ("Secure disposal", "Destruction sécurisée", "Veilige vernietiging", "organisational"),
    (
        "Information security policy",
        "Politique de sécurité de l'information",
        "Informatiebeveiligingsbeleid",
        "organisational",
    ),
    ("Network segmentation", "Segmentation du réseau", "Netwerksegmentatie", "technical"),
    (
        "Mobile device management",
        "Gestion des appareils mobiles",
        "Beheer mobiele toestellen",
        "technical",
    ),
    ("Annual audit", "Audit annuel", "Jaarlijkse audit", "organisational"),
    (
        "Need-to-know principle",
        "Principe du besoin d'en connaître",
        "Need-to-knowprincipe",
        "organisational",
    ),
)
MEASURE_GROUPS = ("A.5 Organisational", "A.6 People", "A.7 Physical", "A.8 Technological")

ACTIVITY_NAMES = (
    ("Payroll", "Gestion de la paie", "Loonadministratie"),
    ("Recruitment", "Recrutement", "Rekrutering"),
    ("Customer management", "Gestion de la clientèle", "Klantenbeheer"),
    ("Invoicing", "Facturation", "Facturatie"),
    ("Newsletter", "Lettre d'information", "Nieuwsbrief"),
    ("CCTV", "Vidéosurveillance", "Camerabewaking"),
    ("Website analytics", "Statistiques du site", "Websitestatistieken"),
    ("Supplier management", "Gestion des fournisseurs", "Leveranciersbeheer"),
    ("IT support", "Support informatique", "IT-ondersteuning"),
    ("Access control", "Contrôle d'accès", "Toegangscontrole"),
    ("Training", "Formations", "Opleidingen"),
    ("Complaints", "Gestion des plaintes", "Klachtenbehandeling"),
    ("Events", "Événements", "Evenementen"),
    ("Debt collection", "Recouvrement de créances", "Incasso"),
    ("Occupational health", "Médecine du travail", "Arbeidsgeneeskunde"),
    ("Fleet management", "Gestion de la flotte", "Wagenparkbeheer"),
    ("Data subject requests", "Demandes d'exercice de droits", "Verzoeken van betrokkenen"),
    ("Hosting for clients", "Hébergement pour clients", "Hosting voor klanten"),
)

DEPARTMENTS = (
    "RH",
    "Finance",
    "IT",
    "Marketing",
    "Ventes",
    "Juridique",
    "Facility",
    "Direction",
    "Boekhouding",
    "Klantendienst",
    "Logistiek",
    "Customer success",
    "Sécurité",
)
FIRST_NAMES = (
    "Amélie",
    "Jérôme",
    "Zoë",
    "Anaïs",
    "Joël",
    "Lucas",
    "Emma",
    "Noé",
    "Chloé",
    "Thibaut",
    "Griet",
    "Pieter",
    "Saïd",
    "Inès",
    "Björn",
    "Hélène",
    "François",
    "Marieke",
    "Wouter",
    "Léa",
)
LAST_NAMES = (
    "Dupont",
    "Lefèvre",
    "Peeters",
    "Janssens",
    "De Smet",
    "Maes",
    "Lambert",
    "Dubois",
    "Van den Broeck",
    "Mertens",
    "Willems",
    "Goossens",
    "Leroy",
    "Müller",
    "Ben Saïd",
    "Noël",
)
CITIES = {
    "BE": (
        ("1000", "Bruxelles"),
        ("4000", "Liège"),
        ("9000", "Gent"),
        ("2800", "Mechelen"),
        ("5000", "Namur"),
        ("1030", "Schaerbeek"),
        ("9100", "Sint-Niklaas"),
        ("1930", "Zaventem"),
        ("7000", "Mons"),
    ),
    "FR": (
        ("69001", "Lyon"),
        ("25000", "Besançon"),
        ("45000", "Orléans"),
        ("30000", "Nîmes"),
        ("59000", "Lille"),
        ("75011", "Paris"),
    ),
    "NL": (("3511", "Utrecht"), ("1012", "Amsterdam"), ("5611", "Eindhoven")),
    "LU": (("1111", "Luxembourg"), ("4001", "Esch-sur-Alzette")),
}
STREETS = (
    "Rue de la Régence",
    "Chaussée de Louvain",
    "Kerkstraat",
    "Avenue Louise",
    "Boulevard Général Jacques",
    "Sint-Pietersnieuwstraat",
    "Rue du Faubourg Saint-Honoré",
    "Place Saint-Lambert",
    "Oudenaardsesteenweg",
    "Rue des Bouchers",
)
LEGAL_FORMS = {
    "BE": ("SRL", "SA", "BV", "NV", "ASBL", "VZW", "SC"),
    "FR": ("SAS", "SARL", "SA", "EURL"),
    "NL": ("B.V.", "N.V.", "Stichting"),
    "LU": ("S.à r.l.", "S.A."),
}
COMPANY_WORDS = (
    "Atelier",
    "Groupe",
    "Brasserie",
    "Clinique",
    "Bureau",
    "Studio",
    "Boulangerie",
    "Garage",
    "Cabinet",
    "Tandartspraktijk",
    "Bouwbedrijf",
    "Logistique",
    "Consulting",
    "Crèche",
    "Pharmacie",
    "Informatique",
    "Immobilière",
    "Transports",
    "Électricité",
    "Café",
)
PROVIDERS = (
    ("Microsoft Ireland Operations Ltd", "IE"),
    ("Google Ireland Ltd", "IE"),
    ("Amazon Web Services EMEA SARL", "LU"),
    ("OVH SAS", "FR"),
    ("Odoo SA", "BE"),
    ("Combell NV", "BE"),
    ("Mailchimp (Intuit Inc.)", "US"),
    ("Salesforce Inc.", "US"),
    ("SD Worx NV", "BE"),
    ("Securex ASBL", "BE"),
    ("Hetzner Online GmbH", "DE"),
    ("Infomaniak Network SA", "CH"),
    ("Zendesk Inc.", "US"),
    ("Teamleader NV", "BE"),
    ("Exact Online B.V.", "NL"),
    ("Tata Consultancy Services", "IN"),
    ("Partena", "BE"),
    ("Acerta", "BE"),
    ("Sage SAS", "FR"),
    ("Proximus SA", "BE"),
)
AUTHORITIES = (
    ("SPF Finances", "BE"),
    ("ONSS / RSZ", "BE"),
    ("Direction générale des Finances publiques", "FR"),
    ("URSSAF", "FR"),
    ("Belastingdienst", "NL"),
    ("Police locale", "BE"),
)
NON_EEA = ("US", "IN", "CH", "GB", "CA", "JP", "MA", "TN", "UA", "BR")
# A processing contract's closed values (ropa.db.enums Art28Clause, SubprocessorAuthorisation;
# None: not answered) and where the data are kept.
ART28_CLAUSES = (
    "instructions",
    "confidentiality",
    "security",
    "subprocessors",
    "rights_assistance",
    "compliance_assistance",
    "deletion_return",
    "audits",
)
SUBPROCESSOR_AUTHORISATIONS = ("general", "specific", "not_allowed", None)
DATA_LOCATIONS = (
    "Frankfurt (DE)",
    "Paris (FR)",
    "Amsterdam (NL)",
    "Bruxelles / Brussel (BE)",
    "Dublin (IE)",
    "Nos propres serveurs, Namur",
)
COOKIES = (
    ("PHPSESSID", None, True, "strictly_necessary", None, "session"),
    ("cookie_consent", None, True, "strictly_necessary", 6, "months"),
    ("lang", None, True, "functional", 1, "years"),
    ("_ga", "Google Analytics", False, "analytics", 2, "years"),
    ("_ga_ID", "Google Analytics", False, "analytics", 2, "years"),
    ("_fbp", "Meta Platforms Ireland", False, "marketing", 3, "months"),
    ("_hjSessionUser", "Hotjar Ltd", False, "analytics", 1, "years"),
    ("cf_clearance", "Cloudflare Inc.", False, "strictly_necessary", 30, "minutes"),
    ("_pk_id", "Matomo", True, "analytics", 13, "months"),
)

LEGAL_BASES = (
    "consent",
    "contract",
    "legal_obligation",
    "vital_interests",
    "public_task",
    "legitimate_interests",
)
LEGAL_BASIS_WEIGHTS = (15, 30, 25, 2, 5, 23)
ART9 = (
    "a_explicit_consent",
    "b_employment_social_security",
    "c_vital_interests",
    "d_not_for_profit_body",
    "e_made_public",
    "f_legal_claims",
    "g_substantial_public_interest",
    "h_health_social_care",
    "i_public_health",
    "j_archiving_research",
)
SAFEGUARDS = (
    "adequacy",
    "eu_us_dpf",
    "scc",
    "bcr",
    "code_of_conduct",
    "certification",
    "ad_hoc_clauses",
    "derogation_art49",
)
START_EVENTS = (
    "collection",
    "last_contact",
    "end_of_contract",
    "account_closure",
    "end_of_relationship",
    "end_of_fiscal_year",
    "end_of_employment",
    "consent_withdrawal",
    "request_closed",
    "event_date",
    "other",
)
DPIA_CRITERIA = (
    "evaluation_scoring",
    "automated_decision",
    "systematic_monitoring",
    "sensitive_data",
    "large_scale",
    "matching_datasets",
    "vulnerable_subjects",
    "innovative_technology",
    "prevents_right_or_service",
)
AUDIENCES = ("clients", "prospects", "website_visitors", "candidates", "employees", "suppliers")
PROVISION = ("statutory", "contractual", "contract_prerequisite", "voluntary")

EPOCH = datetime(2021, 1, 1, tzinfo=UTC)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if c.isalnum() and c.isascii())
    return kept.lower() or "x"


def _be_enterprise_number(rng: random.Random) -> str:
    base = rng.randint(2_000_000, 9_999_999)  # "0" + 7 digits: a first digit of 0
    check = 97 - base % 97
    digits = f"0{base:07d}{check:02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def _fr_siren(rng: random.Random) -> str:
    body = f"{rng.randint(10_000_000, 99_999_999):08d}"
    return body + luhn.calc_check_digit(body)


def _fr_siret(rng: random.Random, siren: str) -> str:
    body = siren + f"{rng.randint(1, 9999):04d}"
    return body + luhn.calc_check_digit(body)


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    # -- primitives -------------------------------------------------------------------------

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def text(self, lang: str, lo: int = 50, hi: int = 400) -> str:
        """Sentences mostly in `lang` (sometimes another language), lo..hi characters."""
        rng = self.rng
        target = rng.randint(lo, hi)
        parts: list[str] = []
        length = 0
        while length < target:
            language = lang if rng.random() < 0.8 else rng.choice(LANGS)
            sentence = rng.choice(SENTENCES[language])
            parts.append(sentence)
            length += len(sentence) + 1
        text = " ".join(parts)
        if len(text) > hi:
            text = text[:hi]
            cut = text.rfind(" ")
            if cut > lo:
                text = text[:cut]
        return text

    def maybe(self, probability: float, make: Any) -> Any:
        return make() if self.rng.random() < probability else None

    def timestamps(self) -> tuple[str, str]:
        created = EPOCH + timedelta(seconds=self.rng.randint(0, 3 * 365 * 86400))
        updated = created + timedelta(seconds=self.rng.randint(0, 300 * 86400))
        return created.isoformat(), updated.isoformat()

    def day(self, start: date = date(2015, 1, 1), span_days: int = 3650) -> date:
        return start + timedelta(days=self.rng.randint(0, span_days))

    def person(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def phone(self, country: str) -> str:
        prefix = {"BE": "+32", "FR": "+33", "NL": "+31", "LU": "+352"}.get(country, "+1")
        r = self.rng
        return (
            f"{prefix} {r.randint(2, 9)} {r.randint(100, 999)} {r.randint(10, 99)} "
            f"{r.randint(10, 99)}"
        )

    def entry(self, row: Row) -> Row:
        created, updated = self.timestamps()
        row["created_at"] = created
        row["updated_at"] = updated
        return row

    # -- catalogues ---------------------------------------------------------------------------

    def catalogue(
        self, pool: tuple[tuple[str, ...], ...], count: int, lang: str
    ) -> list[tuple[str, tuple[str, ...]]]:
        """`count` distinct names in the organisation's language (numbered beyond the pool)."""
        chosen = self.rng.sample(pool, min(count, len(pool)))
        while len(chosen) < count:
            chosen.append(self.rng.choice(pool))
        names: list[tuple[str, tuple[str, ...]]] = []
        seen: set[str] = set()
        for item in chosen:
            name = item[LANG_INDEX[lang]]
            n = 2
            base = name
            while name in seen:
                name = f"{base} ({n})"
                n += 1
            seen.add(name)
            names.append((name, item))
        return names

    def data_categories(self, lang: str) -> list[Row]:
        rows = []
        for pos, (name, item) in enumerate(
            self.catalogue(DATA_CATEGORIES, self.rng.randint(18, 22), lang)
        ):
            flags = item[3]
            rows.append(
                self.entry(
                    {
                        "id": self.uid(),
                        "is_special": flags == "special",
                        "is_criminal": flags == "criminal",
                        "is_national_id": flags == "natid",
                        "concerns_minors": flags == "minors",
                        "name": name,
                        "description": self.maybe(0.7, lambda: self.text(lang, 40, 200)),
                        "seed_key": self.maybe(0.3, lambda i=item: _ascii(i[0])[:80]),
                        "position": pos,
                    }
                )
            )
        return rows

    def data_subjects(self, lang: str) -> list[Row]:
        rows = []
        for pos, (name, item) in enumerate(
            self.catalogue(DATA_SUBJECTS, self.rng.randint(8, 12), lang)
        ):
            rows.append(
                self.entry(
                    {
                        "id": self.uid(),
                        "is_minors": item[3] == "minors",
                        "is_vulnerable": item[3] in ("vulnerable", "minors"),
                        "name": name,
                        "description": self.maybe(0.5, lambda: self.text(lang, 40, 160)),
                        "seed_key": None,
                        "position": pos,
                    }
                )
            )
        return rows

    def recipient_categories(self, lang: str) -> list[Row]:
        rows = []
        for pos, (name, _item) in enumerate(
            self.catalogue(RECIPIENT_CATEGORIES, self.rng.randint(6, 10), lang)
        ):
            rows.append(
                self.entry(
                    {
                        "id": self.uid(),
                        "name": name,
                        "description": self.maybe(0.5, lambda: self.text(lang, 40, 160)),
                        "seed_key": None,
                        "position": pos,
                    }
                )
            )
        return rows

    def security_measures(self, lang: str) -> list[Row]:
        rows = []
        for pos, (name, item) in enumerate(
            self.catalogue(SECURITY_MEASURES, self.rng.randint(18, 22), lang)
        ):
            rows.append(
                self.entry(
                    {
                        "id": self.uid(),
                        "kind": item[3],
                        "group": self.maybe(0.6, lambda: self.rng.choice(MEASURE_GROUPS)),
                        "name": name,
                        "description": self.maybe(0.8, lambda: self.text(lang, 50, 300)),
                        "seed_key": self.maybe(0.4, lambda i=item: _ascii(i[0])[:80]),
                        "position": pos,
                    }
                )
            )
        return rows

    # -- parties ------------------------------------------------------------------------------

    def party(self, kind: str, name: str, country: str, lang: str) -> Row:
        rng = self.rng
        slug = _ascii(name)[:20]
        return self.entry(
            {
                "id": self.uid(),
                "name": name,
                "kind": kind,
                "service": self.text(lang, 30, 200),
                "country": country,
                "address": f"{rng.choice(STREETS)} {rng.randint(1, 250)}, {country}",
                "contact_name": self.maybe(0.6, self.person),
                "email": f"privacy@{slug}.example",
                "phone": self.maybe(0.5, lambda: self.phone(country)),
                "website": f"https://www.{slug}.example",
                "enterprise_number": None,
                "dpo_name": self.maybe(0.4, self.person),
                "dpo_contact": self.maybe(0.4, lambda: f"dpo@{slug}.example"),
                "representative": None,
                "privacy_policy_url": self.maybe(
                    0.5, lambda: f"https://www.{slug}.example/privacy"
                ),
                "notes": self.maybe(0.3, lambda: self.text(lang, 50, 300)),
                "subprocessors": [],
            }
        )

    def parties(self, lang: str, country: str) -> dict[str, list[Row]]:
        rng = self.rng
        kinds: dict[str, list[Row]] = {}
        providers = rng.sample(PROVIDERS, 8)
        kinds["processor"] = [self.party("processor", n, c, lang) for n, c in providers]
        kinds["third_party"] = [
            self.party(
                "third_party",
                f"{rng.choice(COMPANY_WORDS)} {rng.choice(LAST_NAMES)}",
                country,
                lang,
            )
            for _ in range(2)
        ]
        kinds["public_authority"] = [
            self.party("public_authority", n, c, lang) for n, c in rng.sample(AUTHORITIES, 2)
        ]
        kinds["joint_controller"] = [
            self.party(
                "joint_controller",
                f"{rng.choice(COMPANY_WORDS)} {rng.choice(LAST_NAMES)}"
                f" {rng.choice(LEGAL_FORMS[country])}",
                country,
                lang,
            )
        ]
        kinds["client_controller"] = [
            self.party(
                "client_controller",
                f"{rng.choice(COMPANY_WORDS)} "
                f"{rng.choice(LAST_NAMES)} {rng.choice(LEGAL_FORMS[country])}",
                country,
                lang,
            )
            for _ in range(2)
        ]
        # Some processors use sub-processors (other processors of the directory).
        processors = kinds["processor"]
        for party in processors:
            if rng.random() < 0.4:
                others = [p["id"] for p in processors if p is not party]
                party["subprocessors"] = sorted(rng.sample(others, rng.randint(1, 3)))
        return kinds

    # -- processing contracts (Art. 28) -------------------------------------------------------

    def contract(self, party: Row, lang: str) -> Row:
        """A contract with a processor (we are the controller) or a client controller (we are
        its processor): mostly signed, some drafts, ended or not answered; some with an end or
        review date behind them (expired, review due), stipulations checked or not yet."""
        rng = self.rng
        status = rng.choices(("signed", "draft", "ended", None), (75, 10, 5, 10))[0]
        signed = self.day(date(2018, 5, 25), 2400) if status in ("signed", "ended") else None
        later = (lambda: signed + timedelta(days=rng.randint(200, 2500))) if signed else None
        clauses = [c for c in ART28_CLAUSES if rng.random() < 0.8] if rng.random() < 0.6 else []
        return self.entry(
            {
                "id": self.uid(),
                "party_id": party["id"],
                "reference": f"DPA-{rng.randint(1000, 9999)}",
                "our_role": "controller" if party["kind"] == "processor" else "processor",
                "status": status,
                "contract_version": self.maybe(0.5, lambda: f"v{rng.randint(1, 4)}"),
                "signed_on": signed.isoformat() if signed else None,
                "expires_on": later().isoformat() if later and rng.random() < 0.3 else None,
                "review_on": later().isoformat() if later and rng.random() < 0.4 else None,
                "clauses": clauses,
                "subprocessor_authorisation": rng.choice(SUBPROCESSOR_AUTHORISATIONS),
                "data_location": self.maybe(0.5, lambda: rng.choice(DATA_LOCATIONS)),
                "notes": self.maybe(0.2, lambda: self.text(lang, 50, 300)),
            }
        )

    def contracts(self, lang: str, parties: dict[str, list[Row]]) -> list[Row]:
        """Most processors and client controllers have a contract, a few two (a new version
        besides the ended one)."""
        rows = []
        for party in parties["processor"] + parties["client_controller"]:
            if self.rng.random() < 0.85:
                rows.append(self.contract(party, lang))
                if self.rng.random() < 0.1:
                    rows.append(self.contract(party, lang))
        return rows

    # -- activities ---------------------------------------------------------------------------

    def purpose(self, lang: str, position: int) -> Row:
        rng = self.rng
        basis = rng.choices(LEGAL_BASES, LEGAL_BASIS_WEIGHTS)[0]
        row: Row = {
            "id": self.uid(),
            "position": position,
            "description": self.text(lang, 30, 250),
            "legal_basis": basis,
            "legitimate_interest": None,
            "balancing_note": None,
            "lia_reference": None,
            "legal_reference": None,
            "consent_collection": None,
            "consent_withdrawal": None,
            "consent_record": None,
            "contract_description": None,
            "provision_requirement": None,
            "provision_consequences": None,
        }
        if basis == "legitimate_interests":
            row["legitimate_interest"] = self.text(lang)
            row["balancing_note"] = self.text(lang)
            row["lia_reference"] = self.maybe(
                0.5, lambda: f"LIA-{rng.randint(2019, 2025)}-{rng.randint(1, 99):02d}"
            )
        elif basis in ("legal_obligation", "public_task"):
            row["legal_reference"] = self.text(lang)
        elif basis == "consent":
            row["consent_collection"] = self.text(lang)
            row["consent_withdrawal"] = self.text(lang)
            row["consent_record"] = self.text(lang, 50, 150)
        elif basis == "contract":
            row["contract_description"] = self.text(lang)
        if rng.random() < 0.6:
            row["provision_requirement"] = rng.choice(PROVISION)
            row["provision_consequences"] = self.text(lang, 50, 200)
        return self.entry(row)

    def activity(
        self,
        org: Row,
        number: int,
        lang: str,
        cat: dict[str, list[Row]],
        parties: dict[str, list[Row]],
    ) -> Row:
        rng = self.rng
        role = rng.choices(("controller", "joint_controller", "processor"), (70, 10, 20))[0]
        status = rng.choices(("active", "draft", "retired"), (70, 20, 10))[0]
        start = self.day()
        end = start + timedelta(days=rng.randint(30, 2000)) if status == "retired" else None
        reviewed = self.maybe(0.6, lambda: self.day(date(2022, 1, 1), 900))
        collected = rng.random() < 0.7
        automated = rng.random() < 0.08
        dpia = rng.choices(
            ("not_assessed", "not_required", "required", "in_progress", "done"), (30, 40, 5, 5, 20)
        )[0]
        names = rng.choice(ACTIVITY_NAMES)
        name = f"{names[LANG_INDEX[lang]]} – {rng.choice(DEPARTMENTS)} {number}"
        activity: Row = {
            "id": self.uid(),
            "reference": f"ACT-{number:04d}",
            "name": name,
            "description": self.text(lang, 80, 400),
            "public_description": self.maybe(0.6, lambda: self.text(lang, 80, 300)),
            "role": role,
            "owner": self.maybe(0.8, self.person),
            "department": rng.choice(DEPARTMENTS),
            "status": status,
            "start_date": start.isoformat(),
            "end_date": end.isoformat() if end else None,
            "last_reviewed": reviewed.isoformat() if reviewed else None,
            "next_review": (reviewed + timedelta(days=365)).isoformat() if reviewed else None,
            "collected_from_subject": collected,
            "automated_decision": automated,
            "profiling": automated and rng.random() < 0.5,
            "automated_logic": self.text(lang, 80, 300) if automated else None,
            "automated_consequences": self.text(lang, 80, 300) if automated else None,
            "dpia_status": dpia,
            "dpia_criteria": sorted(rng.sample(DPIA_CRITERIA, rng.randint(0, 3))),
            "dpia_reference": f"DPIA-{rng.randint(1, 500):03d}" if dpia == "done" else None,
            "dpia_date": self.day(date(2019, 1, 1), 2000).isoformat() if dpia == "done" else None,
            "security_notes": self.maybe(0.4, lambda: self.text(lang, 50, 300)),
            "data_location": self.maybe(0.5, lambda: self.text(lang, 30, 120)),
            "end_action": rng.choice(("delete", "anonymise")),
            "in_notice": rng.random() < 0.6,
            "audiences": sorted(rng.sample(AUDIENCES, rng.randint(0, 3))),
            "notes": self.maybe(0.3, lambda: self.text(lang, 50, 400)),
        }
        self.entry(activity)

        purposes = [self.purpose(lang, i) for i in range(rng.randint(1, 4))]
        activity["purposes"] = purposes

        links = []
        for pos, dc in enumerate(rng.sample(cat["data_categories"], rng.randint(2, 6))):
            special = dc["is_special"]
            criminal = dc["is_criminal"]
            links.append(
                self.entry(
                    {
                        "id": self.uid(),
                        "data_category_id": dc["id"],
                        "position": pos,
                        "detail": self.maybe(0.7, lambda: self.text(lang, 30, 200)),
                        "art9_condition": rng.choice(ART9) if special else None,
                        "art9_detail": self.text(lang) if special else None,
                        "art10_basis": self.text(lang) if criminal else None,
                    }
                )
            )
        activity["data_categories"] = links

        sources = []
        if not collected:
            for pos in range(rng.randint(1, 2)):
                source_party = self.maybe(0.5, lambda: rng.choice(parties["third_party"])["id"])
                sources.append(
                    self.entry(
                        {
                            "id": self.uid(),
                            "position": pos,
                            "description": self.text(lang, 40, 250),
                            "is_public": rng.random() < 0.3,
                            "party_id": source_party,
                        }
                    )
                )
        activity["sources"] = sources

        recipients = []
        for pos in range(rng.randint(1, 4)):
            kind = rng.choices(
                ("internal", "processor", "third_party", "public_authority", "joint_controller"),
                (25, 35, 20, 15, 5),
            )[0]
            row: Row = {
                "id": self.uid(),
                "position": pos,
                "kind": kind,
                "party_id": None,
                "recipient_category_id": None,
                "department": None,
                "detail": self.maybe(0.7, lambda: self.text(lang, 50, 300)),
            }
            if kind == "internal":
                row["department"] = rng.choice(DEPARTMENTS)
            elif kind == "third_party" and rng.random() < 0.6:
                row["recipient_category_id"] = rng.choice(cat["recipient_categories"])["id"]
            else:
                row["party_id"] = rng.choice(parties[kind] or parties["processor"])["id"]
            recipients.append(self.entry(row))
        activity["recipients"] = recipients

        transfers = []
        for pos in range(rng.choices((0, 1, 2), (55, 35, 10))[0]):
            safeguard = rng.choice(SAFEGUARDS)
            non_eea = [p for p in parties["processor"] if p["country"] in NON_EEA]
            use_party = bool(non_eea) and rng.random() < 0.7
            party = rng.choice(non_eea) if use_party else None
            transfers.append(
                self.entry(
                    {
                        "id": self.uid(),
                        "position": pos,
                        "country": party["country"] if party else rng.choice(NON_EEA),
                        "party_id": party["id"] if party else None,
                        "recipient_name": None
                        if party
                        else f"{rng.choice(COMPANY_WORDS)} {rng.choice(LAST_NAMES)} Ltd",
                        "safeguard": safeguard,
                        "derogation": self.text(lang) if safeguard == "derogation_art49" else None,
                        "document_reference": self.maybe(0.7, lambda: self.text(lang, 30, 120)),
                        "copy_access": self.maybe(0.5, lambda: self.text(lang, 50, 200)),
                        "notes": self.maybe(0.2, lambda: self.text(lang, 50, 200)),
                    }
                )
            )
        activity["transfers"] = transfers

        phases = []
        for pos in range(rng.randint(1, 3)):
            timed = rng.random() < 0.75
            phases.append(
                self.entry(
                    {
                        "id": self.uid(),
                        "position": pos,
                        "phase": "active" if pos == 0 else "intermediate_archive",
                        "purpose_id": self.maybe(0.3, lambda: rng.choice(purposes)["id"]),
                        "data_category_id": self.maybe(
                            0.2, lambda: rng.choice(links)["data_category_id"]
                        ),
                        "duration_value": rng.randint(1, 10) if timed else None,
                        "duration_unit": rng.choice(("days", "months", "years")) if timed else None,
                        "criterion": None if timed else self.text(lang, 50, 250),
                        "start_event": rng.choice(START_EVENTS),
                        "start_event_detail": self.maybe(0.3, lambda: self.text(lang, 30, 150)),
                        "legal_reference": self.maybe(0.5, lambda: self.text(lang, 50, 250)),
                        "justification": self.maybe(0.6, lambda: self.text(lang)),
                    }
                )
            )
        activity["retention_phases"] = phases

        clients = []
        if role == "processor":
            chosen = rng.sample(
                parties["client_controller"], rng.randint(1, len(parties["client_controller"]))
            )
            for pos, party in enumerate(chosen):
                clients.append(
                    self.entry(
                        {
                            "id": self.uid(),
                            "position": pos,
                            "party_id": party["id"],
                            "processing_categories": self.text(lang, 50, 300),
                            "contract_reference": self.maybe(
                                0.7, lambda: f"DPA-{rng.randint(1000, 9999)}"
                            ),
                        }
                    )
                )
        activity["clients"] = clients

        joint = []
        if role == "joint_controller":
            for pos, party in enumerate(parties["joint_controller"]):
                joint.append(
                    self.entry(
                        {
                            "id": self.uid(),
                            "position": pos,
                            "party_id": party["id"],
                            "responsibilities": self.text(lang, 80, 400),
                            "contact_point": self.maybe(0.7, lambda: self.text(lang, 30, 120)),
                        }
                    )
                )
        activity["joint_controllers"] = joint

        activity["data_subjects"] = [
            r["id"] for r in rng.sample(cat["data_subject_categories"], rng.randint(1, 3))
        ]
        activity["security_measures"] = [
            r["id"] for r in rng.sample(cat["security_measures"], rng.randint(3, 8))
        ]
        return activity

    def cookies(
        self, lang: str, org_slug: str, activities: list[Row], parties: dict[str, list[Row]]
    ) -> list[Row]:
        rng = self.rng
        rows = []
        transfers = [t for a in activities for t in a["transfers"]]
        for name, provider, first, category, value, unit in rng.sample(COOKIES, 5):
            lifetime_value = value if unit != "session" else None
            rows.append(
                self.entry(
                    {
                        "id": self.uid(),
                        "name": name,
                        "provider": provider,
                        "party_id": self.maybe(0.4, lambda: rng.choice(parties["processor"])["id"])
                        if not first
                        else None,
                        "first_party": first,
                        "domain": f".{org_slug}.example" if first else None,
                        "purpose": self.text(lang, 50, 250),
                        "category": category,
                        "lifetime_value": lifetime_value,
                        "lifetime_unit": unit,
                        "consent_required": category in ("analytics", "marketing"),
                        "activity_id": self.maybe(0.5, lambda: rng.choice(activities)["id"])
                        if activities
                        else None,
                        "transfer_id": self.maybe(0.3, lambda: rng.choice(transfers)["id"])
                        if transfers and not first
                        else None,
                        "notes": self.maybe(0.2, lambda: self.text(lang, 50, 200)),
                    }
                )
            )
        return rows

    # -- organisations ------------------------------------------------------------------------

    def organisation(self, index: int, activities_per_org: int) -> Row:
        rng = self.rng
        country = rng.choices(("BE", "FR", "NL", "LU"), (60, 25, 10, 5))[0]
        lang = {"BE": rng.choice(("fr", "nl", "en")), "FR": "fr", "NL": "nl", "LU": "fr"}[country]
        form = rng.choice(LEGAL_FORMS[country])
        word = rng.choice(COMPANY_WORDS)
        last = rng.choice(LAST_NAMES)
        legal_name = f"{word} {last} {form}"
        slug = f"{_ascii(word)}{_ascii(last)}{index}"
        postcode, city = rng.choice(CITIES[country])
        enterprise = siren = siret = vat = rcs = None
        if country == "BE":
            enterprise = _be_enterprise_number(rng)
            vat = "BE" + enterprise.replace(".", "")
        elif country == "FR":
            siren = _fr_siren(rng)
            siret = _fr_siret(rng, siren)
            vat = f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"
            rcs = f"RCS {city} {siren[:3]} {siren[3:6]} {siren[6:]}"
        dpo = rng.random() < 0.4
        org: Row = {
            "id": self.uid(),
            "legal_name": legal_name,
            "trade_name": self.maybe(0.4, lambda: f"{word} {last}"),
            "legal_form": form,
            "street": f"{rng.choice(STREETS)} {rng.randint(1, 250)}",
            "postcode": postcode,
            "city": city,
            "country": country,
            "language": lang,
            "enterprise_number": enterprise,
            "siren": siren,
            "siret": siret,
            "rcs": rcs,
            "vat_number": vat,
            "email": f"info@{slug}.example",
            "phone": self.phone(country),
            "website": f"https://www.{slug}.example",
            "legal_representative": self.person(),
            "dpo_designated": dpo,
            "dpo_name": self.person() if dpo else None,
            "dpo_email": f"dpo@{slug}.example",
            "dpo_phone": self.maybe(0.5, lambda: self.phone(country)),
            "dpo_address": self.maybe(
                0.3, lambda: f"{rng.choice(STREETS)} {rng.randint(1, 250)}, {postcode} {city}"
            ),
            "eu_representative_name": None,
            "eu_representative_contact": None,
            "supervisory_authority": None,
            "notice_introduction": self.maybe(0.6, lambda: self.text(lang, 100, 400)),
            "notice_closing": self.maybe(0.4, lambda: self.text(lang, 80, 300)),
            "notes": self.maybe(0.3, lambda: self.text(lang, 50, 300)),
        }
        self.entry(org)
        cat = {
            "data_categories": self.data_categories(lang),
            "data_subject_categories": self.data_subjects(lang),
            "recipient_categories": self.recipient_categories(lang),
            "security_measures": self.security_measures(lang),
        }
        org.update(cat)
        by_kind = self.parties(lang, country)
        org["parties"] = [p for kind in by_kind.values() for p in kind]
        activities = [
            self.activity(org, n + 1, lang, cat, by_kind) for n in range(activities_per_org)
        ]
        org["activities"] = activities
        org["cookies"] = self.cookies(lang, slug, activities, by_kind)
        org["contracts"] = self.contracts(lang, by_kind)
        return org


def make_document(
    organisations: int = 200,
    activities_per_org: int = 50,
    seed: int = 1,
    *,
    translated: bool = False,
) -> dict:
    """A whole interchange document (format "ropa-register", version 2) as plain JSON values.

    translated: every organisation has the two other document languages, and every text it
    typed has a text in each of them (issue 15: the documents in three languages)."""
    gen = _Generator(seed)
    orgs = [gen.organisation(i, activities_per_org) for i in range(organisations)]
    if translated:
        for org in orgs:
            _translate(gen, org)
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "generator": f"bench/generate.py organisations={organisations} "
        f"activities={activities_per_org} seed={seed}" + (" translated" if translated else ""),
        "organisations": orgs,
    }


def _translate(gen: _Generator, org: Row) -> None:
    """Fill every translatable text of an organisation in its two other languages."""
    from ropa.core.tree import ORGANISATION
    from ropa.db.translations import TRANSLATABLE, translated

    main = org["language"]
    others = [lang for lang in LANGS if lang != main]
    org["other_languages"] = others

    def walk(node: Any, row: Row) -> None:
        for name in TRANSLATABLE.get(node.name, ()):
            value = row.get(name)
            if value:
                for lang in others:
                    size = len(value)
                    row[translated(name, lang)] = gen.text(lang, max(1, size // 2), size)
        for child in node.children:
            for child_row in row.get(child.key, []):
                walk(child, child_row)

    walk(ORGANISATION, org)


def dumps(document: dict) -> str:
    """JSON text as ropa writes it (UTF-8 characters kept, two-space indent)."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_bytes(document: dict) -> bytes:
    return dumps(document).encode("utf-8")


def counts(document: dict) -> dict[str, int]:
    """Rows per table and link rows per link table of a document (through ropa's flatten)."""
    from ropa.core.snapshot import flatten
    from ropa.exports.interchange import validate_document

    tables, links = flatten(validate_document(document))
    result = {name: len(rows) for name, rows in tables.items()}
    result.update({name: len(rows) for name, rows in links.items()})
    return result


def write_register(path: Path, data: bytes, *, overwrite: bool = False) -> None:
    """A register file holding the document (create_register + import_json)."""
    from ropa.core.register import create_register
    from ropa.exports.interchange import import_json

    db = create_register(path, language="en", overwrite=overwrite)
    try:
        import_json(db, data, source=path.name)
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--organisations", type=int, default=200)
    parser.add_argument("--activities", type=int, default=50, help="activities per organisation")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", type=Path, help="write the JSON document here")
    parser.add_argument("--ropa", type=Path, help="create a register file holding the document")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing --ropa file")
    parser.add_argument("--stats", action="store_true", help="print the row count of each table")
    parser.add_argument(
        "--translated", action="store_true", help="every text in the three document languages"
    )
    args = parser.parse_args(argv)
    if args.output is None and args.ropa is None and not args.stats:
        parser.error("give -o FILE.json, --ropa FILE.ropa or --stats")

    started = time.perf_counter()
    document = make_document(
        args.organisations, args.activities, args.seed, translated=args.translated
    )
    data = to_bytes(document)
    print(
        f"generated {args.organisations} organisations x {args.activities} activities "
        f"({len(data) / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    if args.output is not None:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_bytes(data)
        print(f"wrote {args.output}", file=sys.stderr)
    if args.ropa is not None:
        started = time.perf_counter()
        write_register(args.ropa, data, overwrite=args.overwrite)
        print(f"created {args.ropa} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if args.stats:
        for name, n in counts(document).items():
            print(f"{name:28} {n:>9,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
