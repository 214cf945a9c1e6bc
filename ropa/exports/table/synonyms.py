"""The column titles (and row labels) ropa recognises, per field: those of the CNIL's
simplified register, the Belgian APD/GBA model register (controller and processor), the UK
ICO's templates, ropa's own workbook and authority layouts, and common French, Dutch and
English wordings.

Titles are compared normalised (`normalise`: no case, accents or punctuation). A title equal
to a phrase is that field; otherwise the longest phrase it contains as whole words wins
("Article 6 lawful basis for processing personal data" -> legal basis). Phrases marked with a
leading "=" are only taken whole: short words ("nom", "pays") would be found everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_NOT_WORD = re.compile(r"[^0-9a-z]+")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


@cache
def normalise(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: "Finalité(s) :" -> "finalite s"."""
    text = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", plain).strip()


def without_brackets(text: str) -> str:
    """A title without its remarks in brackets: "Retention schedule (if possible)"."""
    return normalise(_BRACKETS.sub(" ", text))


# fmt: off
SYNONYMS: dict[str, tuple[str, ...]] = {
    "reference": (
        "=reference", "=ref", "=ref n", "=n ref", "=n", "=no", "=nr", "=numero", "=nummer",
        "=number", "=id", "=identifiant", "=code", "n ref", "n reference", "numero de reference",
        "reference du traitement", "reference de l activite", "numero du traitement",
        "numero de la fiche", "=referentie", "=referentienummer", "nummer van de verwerking",
        "reference number", "activity reference", "processing reference", "record number",
        "=no ref", "=nr ref", "=n ref",
    ),
    "name": (
        "=nom", "=naam", "=name", "=traitement", "=verwerking", "=processing", "=activite",
        "=activiteit", "=activity", "=intitule", "=titre", "=title", "=sigle", "nom sigle",
        "nom du traitement", "nom de l activite", "intitule du traitement",
        "denomination du traitement", "activite de traitement", "traitement de donnees",
        "naam van de verwerking", "naam van de verwerkingsactiviteit", "verwerkingsactiviteit",
        "benaming van de verwerking", "name of the processing", "name of processing",
        "processing activity", "name of the activity", "activity name",
        "name acronym", "naam afkorting", "nom sigle",
    ),
    "description": (
        "=description", "=beschrijving", "=omschrijving", "description du traitement",
        "description de l activite", "type de traitement", "nature du traitement",
        "operations de traitement", "beschrijving van de verwerking", "soort verwerking",
        "type verwerking", "aard van de verwerking", "description of the processing",
        "type of processing", "nature of the processing", "processing operations",
    ),
    "role": (
        "=role", "=rol", "=qualite", "=hoedanigheid", "role de l organisation", "en qualite de",
        "responsable ou sous traitant", "verantwoordelijke of verwerker",
        "controller or processor", "our role",
    ),
    "status": (
        "=statut", "=status", "=etat", "=etat du traitement", "statut du traitement",
        "status van de verwerking", "processing status",
    ),
    "owner": (
        "=responsable", "=proprietaire", "=eigenaar", "=owner", "=pilote",
        "responsable du processus", "responsable operationnel", "responsable interne",
        "personne responsable", "responsable de l activite", "proprietaire du processus",
        "proceseigenaar", "eigenaar van het proces", "verantwoordelijke persoon",
        "interne verantwoordelijke", "process owner", "business owner", "activity owner",
        "information asset owner",
        "operationeel verantwoordelijke",
    ),
    "department": (
        "=service", "=departement", "=afdeling", "=dienst", "=department", "=direction", "=entite",
        "=team", "processus metier", "service concerne", "direction metier", "bedrijfsproces",
        "business process", "business function", "business unit", "verantwoordelijke dienst",
        "betrokken dienst",
    ),
    "start_date": (
        "date de debut", "date de mise en oeuvre", "date de mise en service",
        "debut du traitement", "begindatum", "startdatum", "datum van ingebruikname", "start date",
        "date started", "date of implementation",
        # The CNIL's form: the date its record of the activity was made ("Date de création
        # (de la fiche)"); the register has no other date for it: taken as the start date.
        "=date de creation", "date de creation de la fiche", "date de creation du traitement",
        "aanmaakdatum", "datum van aanmaak", "=creation date", "=date created",
    ),
    "end_date": (
        "date de fin", "fin du traitement", "einddatum", "end date", "date ended", "date d arret",
    ),
    "last_reviewed": (
        "=mise a jour", "derniere mise a jour", "date de mise a jour", "date de revision",
        "derniere revision", "laatste update", "laatst bijgewerkt", "laatste herziening",
        "datum van bijwerking", "last updated", "last review", "last reviewed",
        "date of last review", "updated",
        "bijgewerkt op", "updated on", "mis a jour le",
    ),
    "purposes": (
        "=finalite", "=finalites", "=finalite s", "=doel", "=doeleinde", "=doeleinden",
        "=doeleinde n", "=purpose", "=purposes", "=but", "finalite principale", "sous finalite",
        "finalite du traitement", "finalites du traitement", "finalite s du traitement effectue",
        "objectif poursuivi", "doel van de verwerking", "doeleinden van de verwerking",
        "verwerkingsdoeleinden", "purpose of processing", "purposes of the processing",
        "purpose of the processing",
        "main purpose", "sub purpose", "hoofddoeleinde", "subdoeleinde",
        "doeleinde n van de verwerking", "=doeleinde n",
    ),
    "legal_basis": (
        "=base legale", "=base juridique", "=fondement", "=fondement juridique", "=rechtsgrond",
        "=rechtsgronden", "=grondslag", "=wettelijke grondslag", "=lawful basis", "=legal basis",
        "base legale du traitement", "base de liceite", "fondement juridique du traitement",
        "condition de liceite", "liceite du traitement", "rechtsgrond van de verwerking",
        "rechtmatigheid", "article 6 lawful basis", "lawful basis for processing",
        "legal basis for processing", "article 6 basis", "art 6 rgpd", "article 6 rgpd",
        "artikel 6 avg",
    ),
    "legitimate_interest": (
        "interet legitime", "interets legitimes", "interet legitime poursuivi",
        "gerechtvaardigd belang", "gerechtvaardigde belangen", "legitimate interest",
        "legitimate interests", "legitimate interests for the processing",
    ),
    "lia_reference": (
        "legitimate interests assessment", "link to record of legitimate interests assessment",
        "analyse de l interet legitime", "mise en balance des interets", "belangenafweging",
        "test de mise en balance",
    ),
    "legal_reference": (
        "reference legale", "texte de loi", "disposition legale", "texte legal",
        "obligation legale applicable", "wettelijke bepaling", "wettekst", "legal reference",
        "statutory provision", "wettelijke verplichting",
    ),
    "consent_record": (
        "link to record of consent", "record of consent", "preuve du consentement",
        "enregistrement du consentement", "bewijs van toestemming", "registratie van toestemming",
    ),
    "data_subjects": (
        "=personnes concernees", "=betrokkenen", "=data subjects", "=individuals",
        "categories de personnes", "categories de personnes concernees", "categorie de personnes",
        "personnes concernees", "categorieen van betrokkenen", "categorieen betrokkenen",
        "categorie van betrokkenen", "betrokken personen", "categories of individuals",
        "categories of data subjects", "data subject categories", "data subjects",
    ),
    "data_categories": (
        "=donnees", "=gegevens", "=data", "=personal data", "=donnees personnelles",
        "categories de donnees", "categories de donnees personnelles",
        "categories de donnees a caractere personnel",
        "categories de donnees personnelles concernees", "donnees traitees", "donnees collectees",
        "categorieen van persoonsgegevens", "categorieen persoonsgegevens",
        "soorten persoonsgegevens", "persoonsgegevens", "verwerkte gegevens",
        "categories of personal data", "personal data categories", "categories of data",
        "data categories", "types of personal data",
    ),
    "special_categories": (
        "donnees sensibles", "categories particulieres", "categories particulieres de donnees",
        "donnees particulieres", "bijzondere categorieen", "bijzondere persoonsgegevens",
        "gevoelige gegevens", "gevoelige persoonsgegevens", "special category data",
        "special categories", "special categories of personal data", "sensitive data",
        "donnees d infractions", "strafrechtelijke gegevens",
        "special categories of data", "bijzondere categorieen van gegevens",
        "categories particulieres de donnees",
    ),
    "art9_condition": (
        "article 9", "article 9 basis", "article 9 basis for processing special category data",
        "condition de l article 9", "exception de l article 9", "artikel 9",
        "uitzondering artikel 9", "art 9", "article 9 condition",
    ),
    "sources": (
        "=source", "=sources", "=bron", "=bronnen", "=origine", "source des donnees",
        "sources des donnees", "origine des donnees", "provenance des donnees",
        "bron van de gegevens", "herkomst van de gegevens", "source of the personal data",
        "source of personal data", "source of the data", "data source",
    ),
    "recipients": (
        "=destinataires", "=destinataire", "=ontvangers", "=ontvanger", "=recipients",
        "categories de destinataires", "destinataires des donnees", "destinataires externes",
        "partenaires institutionnels ou commerciaux", "partenaires", "autres destinataires",
        "categorieen van ontvangers", "ontvangers van de gegevens", "externe ontvangers",
        "categories of recipients", "recipients of the data", "external recipients",
        "third parties", "tiers",
        "autorite publique", "autorites publiques", "public authority",
        "public authorities", "overheidsinstantie", "overheidsinstanties",
    ),
    "internal_recipients": (
        "service interne", "service interne qui traite les donnees", "services internes",
        "destinataires internes", "interne ontvangers", "interne dienst", "interne diensten",
        "internal recipients", "internal departments", "internal department",
    ),
    "processors": (
        "=sous traitants", "=sous traitant", "=verwerkers", "=verwerker", "=processors",
        "=processor", "sous traitants", "sous traitant s", "prestataires sous traitants",
        "nom des sous traitants", "verwerkers", "name of processor", "names of processors",
        "link to contract with processor", "contract with processor", "processors used",
        "subprocessors", "sous traitants ulterieurs", "subverwerkers",
        "name and contact details of processor",
        "sub processors",
    ),
    "joint_controllers": (
        "responsables conjoints", "responsable conjoint", "co responsables",
        "gezamenlijke verwerkingsverantwoordelijken", "gezamenlijke verantwoordelijken",
        "gezamenlijke verwerkingsverantwoordelijke", "joint controller", "joint controllers",
        "name and contact details of joint controller",
    ),
    "clients": (
        "=clients", "=client", "=klanten", "=klant", "=controller", "=controllers",
        "nom et coordonnees du responsable du traitement", "pour le compte de",
        "client responsable du traitement", "responsable du traitement client",
        "naam en contactgegevens van de verwerkingsverantwoordelijke", "in opdracht van",
        "name and contact details of controller", "name of controller",
        "controller on whose behalf",
    ),
    "processing_categories": (
        "categories de traitements", "categories de traitements effectues",
        "categories de traitements effectues pour le compte de chaque responsable",
        "categorieen van verwerkingen", "categories of processing",
        "categories of processing carried out", "processing carried out",
    ),
    "transfers_outside_eea": (
        "transfert hors ue", "transferts hors ue", "transfert hors eee",
        "transferts hors union europeenne", "transfert en dehors de l ue",
        "transfert vers un pays tiers", "doorgifte buiten de eer", "doorgifte buiten de eu",
        "doorgifte naar derde landen", "transfers outside the eea", "transfer outside the eu",
        "international transfers", "transfers of personal data", "transferts des donnees hors ue",
        "transferts de donnees",
        "doorgiften buiten de eer", "transferts de donnees hors de l eee",
        "transfers outside the eea",
    ),
    "transfer_countries": (
        "=pays", "=land", "=landen", "=country", "=countries", "pays tiers", "pays de destination",
        "pays destinataires", "pays hors ue", "pays de transfert", "derde landen",
        "land van bestemming", "landen buiten de eer", "third countries",
        "names of third countries", "destination country", "country of transfer",
        "third countries or international organisations",
        "transfert", "transfer", "doorgifte",
    ),
    "transfer_recipients": (
        "destinataire du transfert", "destinataires dans des pays tiers", "destinataire hors ue",
        "ontvanger in derde land", "ontvanger van de doorgifte", "recipient of the transfer",
        "recipient in third country",
    ),
    "transfer_tool": (
        "garanties", "type de garanties", "garanties appropriees", "outil de transfert",
        "instrument de transfert", "encadrement du transfert", "waarborgen", "passende waarborgen",
        "doorgifte instrument", "doorgiftemechanisme", "safeguards",
        "safeguards for exceptional transfers", "transfer mechanism", "transfer tool",
        "appropriate safeguards",
        "safeguards for exceptional transfers of personal data to third countries or "
        "international organisations",
    ),
    "retention": (
        "=duree", "=bewaartermijn", "=retention", "=conservation", "duree de conservation",
        "durees de conservation", "delai de conservation", "delai d effacement",
        "delais d effacement", "delais prevus pour l effacement", "duree de retention",
        "bewaartermijnen", "bewaarduur", "termijn voor het wissen", "uiterste termijn",
        "retention period", "retention schedule", "retention periods", "erasure time limits",
        "time limits for erasure", "how long",
        "categories sans duree propre", "categories without their own period",
        "categorieen zonder eigen termijn",
    ),
    "security_measures": (
        "mesures de securite", "mesures techniques et organisationnelles",
        "mesures de securite techniques et organisationnelles", "securite",
        "veiligheidsmaatregelen", "beveiligingsmaatregelen", "technische en organisatorische",
        "technische en organisatorische maatregelen", "security measures",
        "technical and organisational security measures",
        "general description of technical and organisational security measures",
        "technical and organizational measures", "toms",
    ),
    "data_location": (
        "localisation des donnees", "lieu de stockage", "lieu d hebergement", "hebergement",
        "locatie van de gegevens", "opslaglocatie", "location of personal data",
        "location of the data", "data location", "storage location",
    ),
    "dpia": (
        "=aipd", "=dpia", "=gegevensbeschermingseffectbeoordeling", "analyse d impact",
        "aipd requise", "aipd necessaire", "analyse d impact requise", "dpia vereist",
        "dpia nodig", "data protection impact assessment", "dpia required", "impact assessment",
    ),
    "dpia_reference": (
        "link to dpia", "lien vers l aipd", "reference de l aipd", "link naar dpia",
        "dpia reference",
    ),
    "automated_decision": (
        "decision automatisee", "decisions automatisees", "decision individuelle automatisee",
        "geautomatiseerde besluitvorming", "geautomatiseerde beslissing",
        "automated decision making", "existence of automated decision making",
        "automated decision",
    ),
    "profiling": (
        "=profilage", "=profilering", "=profiling",
    ),
    "notes": (
        "=remarques", "=remarque", "=commentaires", "=commentaire", "=notes", "=note",
        "=observations", "=opmerkingen", "=opmerking", "=commentaar", "=notities", "=comments",
        "=remarks", "=notes internes", "interne notities", "internal notes",
    ),
}
# fmt: on

# The CNIL's data categories as its register names them, and common category titles: a row
# label (or column title) that is one of these names a data category.
# fmt: off
TITLED: dict[str, tuple[str, ...]] = {
    "data_category_titled": (
        "etat civil identite donnees d identification images", "etat civil", "identite",
        "vie personnelle", "vie professionnelle", "informations d ordre economique et financier",
        "donnees de connexion", "donnees de localisation", "coordonnees", "donnees bancaires",
        "numero de securite sociale", "nir", "identiteitsgegevens", "contactgegevens",
        "financiele gegevens", "identity", "contact details", "financial data",
    ),
    "special_category_titled": (
        "origine raciale ou ethnique", "opinions politiques", "convictions religieuses",
        "convictions religieuses ou philosophiques", "appartenance syndicale",
        "donnees genetiques", "donnees biometriques", "donnees de sante", "sante", "vie sexuelle",
        "orientation sexuelle", "vie sexuelle ou orientation sexuelle", "condamnations penales",
        "infractions", "condamnations penales et infractions", "gezondheidsgegevens", "gezondheid",
        "health data", "health",
    ),
    "data_subject_titled": (
    ),
    "security_measure_titled": (
        "controle d acces des utilisateurs", "mesures de tracabilite",
        "mesures de protection des logiciels", "sauvegarde des donnees", "chiffrement des donnees",
        "controle des sous traitants", "autres mesures", "toegangscontrole", "logging", "back up",
        "back ups", "versleuteling", "encryption", "access control", "backups",
    ),
}
# fmt: on

# The section titles of a one-activity-per-sheet register (the CNIL's, and ropa's layout of
# it): the rows under such a title with a label and no value are its entries ("Catégories de
# personnes concernées", then "Clients", "Prospects"), until the next title.
SECTION_TITLES = frozenset(
    normalise(title)
    for title in (
        "Description du traitement", "Acteurs", "Finalité(s) du traitement effectué",
        "Catégories de données personnelles concernées", "Données sensibles",
        "Catégories de personnes concernées", "Destinataires", "Mesures de sécurité",
        "Transferts des données hors UE", "Transferts de données hors de l’EEE",
        "Catégories de traitements effectués pour le compte du client",
        "Sous-traitants ultérieurs",
        "Description of the processing", "Actors", "Purpose(s) of the processing",
        "Categories of personal data concerned", "Sensitive data", "Categories of data subjects",
        "Recipients", "Security measures", "Transfers outside the EEA",
        "Categories of processing carried out for the client", "Sub-processors",
        "Beschrijving van de verwerking", "Actoren", "Doeleinde(n) van de verwerking",
        "Betrokken categorieën van persoonsgegevens", "Gevoelige gegevens",
        "Categorieën van betrokkenen", "Ontvangers", "Beveiligingsmaatregelen",
        "Doorgiften buiten de EER", "Categorieën van verwerkingen voor rekening van de klant",
        "Subverwerkers",
    )
)  # fmt: skip
