"""The words of the closed lists, as registers write them in French, Dutch and English: per
field, per code, the phrases that name it (normalised as synonyms.normalise does). Besides
these, each code's own label in the three languages (resources/text/labels.*.json) and the
code itself are recognised.

A phrase with a leading "~" is a hint, never sure on its own ("Privacy Shield" is no valid
transfer tool today: it becomes "to be determined", for the user to look at).
"""

from __future__ import annotations

# Cells that say nothing: read as empty, not kept in the notes.
BLANK_WORDS = frozenset(
    {
        "", "n a", "na", "nvt", "n v t", "sans objet", "non applicable", "non concerne",
        "niet van toepassing", "not applicable", "neant", "nihil", "s o", "tbc",
        "not recorded", "non renseigne", "niet ingevuld", "non communique", "unknown yet",
    }
)  # fmt: skip

# Cells that say "none": no transfer, no automated decision, no entry in a list; so does a
# cell that starts with one of NONE_STARTS ("Aucun parmi les destinataires enregistrés").
NONE_STARTS = ("aucun ", "aucune ", "none ", "geen ", "pas de ", "nothing ", "rien ")
NONE_WORDS = frozenset(
    {
        "aucun", "aucune", "non", "nee", "no", "none", "geen", "nothing", "rien", "pas de",
        "aucun transfert", "pas de transfert", "geen doorgifte", "no transfer", "no transfers",
        "non aucun", "nee geen", "no none", "ne s applique pas",
    }
)  # fmt: skip

YES_NO: dict[str, tuple[str, ...]] = {
    "yes": ("oui", "yes", "ja", "y", "j", "o", "x", "vrai", "true", "waar", "1", "oui x",
            "v", "ok", "~oui en partie", "~partiellement", "~gedeeltelijk", "~partly"),
    "no": ("non", "no", "nee", "n", "faux", "false", "onwaar", "0", "aucun", "aucune", "none",
           "geen", "jamais", "nooit", "never"),
}  # fmt: skip

VOCAB: dict[str, dict[str, tuple[str, ...]]] = {
    "legal_basis": {
        "consent": (
            "consentement", "consentement de la personne", "consentement de la personne concernee",
            "toestemming", "toestemming van de betrokkene", "consent",
"consent of the data subject",
            "6 1 a",
        ),
        "contract": (
            "contrat", "execution du contrat", "execution d un contrat", "execution de contrat",
            "mesures precontractuelles", "execution d un contrat ou de mesures precontractuelles",
            "relation contractuelle", "obligation contractuelle", "overeenkomst",
            "uitvoering van de overeenkomst", "uitvoering van een overeenkomst", "contract",
            "uitvoering contract", "precontractuele maatregelen", "precontractuele maatregel",
            "pre contractuele maatregelen", "maatregelen voorafgaand aan de overeenkomst",
            "uitvoering van een overeenkomst of precontractuele maatregelen",
            "mesures pre contractuelles", "performance of a contract", "contractual",
            "contractual necessity", "pre contractual measures", "precontractual measures",
            "pre contractual steps", "steps prior to entering into a contract",
            "6 1 b",
        ),
        "legal_obligation": (
            "obligation legale", "obligations legales", "obligation reglementaire",
            "respect d une obligation legale", "wettelijke verplichting",
"wettelijke verplichtingen",
            "wettelijke plicht", "legal obligation", "legal obligations", "statutory obligation",
            "compliance with a legal obligation", "6 1 c", "~loi", "~wet", "~law",
            "~code du travail", "~arrete royal", "~koninklijk besluit", "~wetboek",
        ),
        "vital_interests": (
            "interets vitaux", "interet vital", "sauvegarde des interets vitaux", "vitale belangen",
            "vitaal belang", "vital interest", "vital interests", "6 1 d",
        ),
        "public_task": (
            "mission d interet public", "interet public", "exercice de l autorite publique",
            "mission de service public", "algemeen belang", "taak van algemeen belang",
            "openbaar gezag", "public task", "public interest", "official authority", "6 1 e",
        ),
        "legitimate_interests": (
            "interet legitime", "interets legitimes", "interet legitime du responsable",
            "gerechtvaardigd belang", "gerechtvaardigde belangen", "legitimate interest",
            "legitimate interests", "6 1 f",
        ),
        "undetermined": (
            "a determiner", "a definir", "a verifier", "nog te bepalen", "te bepalen",
            "to be determined", "tbd", "unknown", "inconnu", "onbekend",
        ),
    },
    "role": {
        "controller": (
            "responsable du traitement", "responsable de traitement", "responsable",
            "verwerkingsverantwoordelijke", "verantwoordelijke", "controller", "data controller",
            "rt",
        ),
        "joint_controller": (
            "responsable conjoint", "responsables conjoints", "responsable conjoint du traitement",
            "coresponsable", "co responsable", "gezamenlijke verwerkingsverantwoordelijke",
            "gezamenlijk verantwoordelijke", "gezamenlijke verantwoordelijke", "joint controller",
            "joint controllers",
        ),
        "processor": (
            "sous traitant", "sous traitance", "verwerker", "processor", "data processor", "st",
        ),
    },
    "status": {
        "draft": ("brouillon", "projet", "en projet", "a valider", "en preparation", "ontwerp",
                  "concept", "in voorbereiding", "draft", "planned", "prevu", "gepland"),
        "active": ("actif", "active", "en cours", "en service", "en production", "en vigueur",
                   "valide", "actief", "lopend", "in gebruik", "in werking", "in use", "current",
                   "live", "ongoing", "oui", "yes", "ja"),
        "retired": ("arrete", "termine", "supprime", "archive", "clos", "cloture", "stoppe",
                    "inactif", "beeindigd", "stopgezet", "gestopt", "gearchiveerd", "inactief",
                    "retired", "ended", "stopped", "closed", "discontinued", "inactive"),
    },
    "transfer_tool": {
        "adequacy": ("decision d adequation", "adequation", "pays adequat", "adequacy",
                     "adequacy decision", "adequaatheidsbesluit", "adequaat", "art 45"),
        "eu_us_dpf": ("data privacy framework", "dpf", "eu us dpf", "eu us data privacy framework",
                      "cadre de protection des donnees ue etats unis", "eu vs dpf"),
        "scc": ("clauses contractuelles types", "clauses contractuelles type", "cct",
                "clauses types",
                "clauses contractuelles standard", "clauses contractuelles standards", "ccs",
                "standard contractual clauses", "scc", "sccs", "modelcontractbepalingen",
                "standaardcontractbepalingen", "standaardbepalingen", "art 46 2 c"),
        "bcr": ("bcr", "regles d entreprise contraignantes", "binding corporate rules",
                "bindende bedrijfsvoorschriften", "art 47"),
        "code_of_conduct": ("code de conduite", "gedragscode", "code of conduct"),
        "certification": ("certification", "certificering", "certificatie"),
        "ad_hoc_clauses": ("clauses ad hoc", "clauses contractuelles ad hoc", "ad hoc",
                           "ad hoc clauses", "ad hoc contractbepalingen", "art 46 3 a"),
        "derogation_art49": ("derogation", "derogations", "article 49", "art 49", "afwijking",
                             "afwijkingen", "derogation art 49",
"derogations for specific situations"),
        "undetermined": ("a determiner", "nog te bepalen", "to be determined", "tbd",
                         "~privacy shield", "~bouclier de protection des donnees"),
    },
    "dpia": {
        "not_required": ("non requise", "non requis", "pas requise", "pas necessaire",
                         "non necessaire", "niet nodig", "niet vereist", "not required",
                         "not needed", "~non", "~no", "~nee", "~n"),
        "required": ("requise", "requis", "necessaire", "obligatoire", "vereist", "nodig",
                     "required", "needed", "~oui", "~yes", "~ja", "~y", "~x"),
        "in_progress": ("en cours", "in progress", "lopend", "bezig", "in uitvoering", "ongoing"),
        "done": ("realisee", "realise", "faite", "fait", "effectuee", "terminee", "done",
                 "completed", "carried out", "uitgevoerd", "afgerond", "klaar"),
        "not_assessed": ("a evaluer", "non evaluee", "a analyser", "niet beoordeeld",
                         "te beoordelen", "not assessed", "to be assessed", "~inconnu",
                         "~unknown", "~onbekend"),
    },
    "art9_condition": {
        "a_explicit_consent": ("consentement explicite", "uitdrukkelijke toestemming",
                               "explicit consent", "9 2 a"),
        "b_employment_social_security": ("droit du travail", "securite sociale",
                                         "protection sociale", "employment", "social security",
                                         "arbeidsrecht", "sociale zekerheid", "9 2 b"),
        "c_vital_interests": ("interets vitaux", "vital interests", "vitale belangen", "9 2 c"),
        "d_not_for_profit_body": ("organisme a but non lucratif", "not for profit body",
                                  "not for profit", "stichting", "vereniging", "9 2 d"),
        "e_made_public": ("manifestement rendues publiques", "rendues publiques", "made public",
                          "manifestly made public", "openbaar gemaakt", "9 2 e"),
        "f_legal_claims": ("droits en justice", "action en justice", "legal claims",
                           "rechtsvorderingen", "9 2 f"),
        "g_substantial_public_interest": ("interet public important", "substantial public interest",
                                          "zwaarwegend algemeen belang", "9 2 g"),
        "h_health_social_care": ("medecine du travail", "medecine preventive",
                                 "diagnostic medical", "occupational medicine",
                                 "health or social care", "preventive medicine",
                                 "arbeidsgeneeskunde", "preventieve geneeskunde",
                                 "gezondheidszorg", "9 2 h"),
        "i_public_health": ("sante publique", "public health", "volksgezondheid", "9 2 i"),
        "j_archiving_research": ("archivage", "recherche scientifique", "statistiques",
                                 "archiving", "scientific research", "archivering",
                                 "wetenschappelijk onderzoek", "9 2 j"),
    },
}  # fmt: skip

# Country names Babel's lists do not give, as registers write them.
COUNTRY_ALIASES: dict[str, str] = {
    "usa": "US", "us": "US", "u s a": "US", "etats unis": "US", "etats unis d amerique": "US",
    "amerique": "US", "vs": "US", "verenigde staten": "US", "verenigde staten van amerika": "US",
    "united states": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "royaume uni": "GB", "grande bretagne": "GB", "angleterre": "GB",
    "verenigd koninkrijk": "GB", "vk": "GB", "groot brittannie": "GB", "engeland": "GB",
    "great britain": "GB", "england": "GB", "united kingdom": "GB",
    "coree du sud": "KR", "zuid korea": "KR", "south korea": "KR", "korea": "KR",
    "russie": "RU", "rusland": "RU", "russia": "RU", "chine": "CN", "china": "CN",
    "inde": "IN", "india": "IN", "suisse": "CH", "zwitserland": "CH", "switzerland": "CH",
}  # fmt: skip
