"""Three real notices of small Belgian IT firms, written as ropa registers: does our French
notice say what each firm said?

tests/fixtures/firms/*.json hold the registers (ropa's interchange format), written from the
notices each firm publishes, with only the facts their notice states:

- in2cloud.json: In2cloud SRL (IT services, technical support, Google Analytics);
- clicknconnect.json: Click'n CoNNect, run by HA.I SRL (an online platform; its cookie list);
- guichet.json: Guichet du Numérique, a cooperative (trainings, online shop, newsletter).

For each firm, FACTS lists what its own notice tells the reader, each with a predicate saying
that our French notice, as the reader gets it (the HTML page, read as text), tells it as the
firm stated it (the basis of a purpose, a retention period and what it runs from, a cookie's
lifetime, how to exercise rights...). A user who published our
notice instead of theirs would lose whatever fact is missing, so at least 98 % must be there.
What the firm states but a register cannot hold without inventing something is listed in
UNSAYABLE with why (it is not counted).

Where the firm's notice leaves a legal item open (a purpose without a legal basis, a recipient
whose role is unknown), the register says "undetermined" rather than guess, and our notice must
not be publishable until it is settled: its blocking gaps name each such item.

Our notice must not say for them what none of them said either (NOT_SAID: the claims the
notice used to make by default), and its first layer ("In short") is no longer than the firm's
own notice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from ropa.core.register import create_register
from ropa.exports.interchange import import_json_file
from ropa.exports.notice.builder import build_notice
from ropa.exports.notice.formats import render
from ropa.exports.notice.model import Gap, NoticeDocument

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "firms"
THRESHOLD = 0.98

WORD = re.compile(r"\w+(?:['’.-]\w+)*")

# Words in each firm's own notice (the published text, counted with WORD), against which
# the length of our first layer is measured.
FIRM_NOTICE_WORDS = {"in2cloud": 2411, "clicknconnect": 1365, "guichet": 1498}


# -- the notice as text ----------------------------------------------------------------------


def normalise(text: str) -> str:
    """Casefolded, typographic apostrophes and no-break spaces made plain, blanks collapsed:
    a fact is the same whatever the typography."""
    text = text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text).casefold().strip()


class _Blocks(HTMLParser):
    """The rendered page as a reader sees it: each paragraph, list item, table row (cells
    joined with " | ") and heading one line, filed under the id of its <section>; the
    headings inside a section (h3, h4) marked "## "."""

    BLOCKS = frozenset({"p", "li", "tr", "h1", "h2", "h3", "h4", "caption", "dt", "dd"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: dict[str, list[str]] = {"": []}
        self.section = ""
        self.open: list[tuple[str, list[str]]] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "title"):
            self.skip += 1
        elif tag == "section":
            self.section = (dict(attrs).get("id") or "").replace("-", "_")
            self.sections.setdefault(self.section, [])
        elif tag in self.BLOCKS:
            self.open.append((tag, []))
        elif tag in ("td", "th") and self.open and self.open[-1][1]:
            self.open[-1][1].append(" | ")
        elif tag == "br" and self.open:
            self.open[-1][1].append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "title"):
            self.skip -= 1
        elif tag == "section":
            self.section = ""
        elif tag in self.BLOCKS and self.open and self.open[-1][0] == tag:
            _, parts = self.open.pop()
            text = normalise("".join(parts))
            if text:
                self.sections[self.section].append(f"## {text}" if tag in ("h3", "h4") else text)

    def handle_data(self, data: str) -> None:
        if self.open and not self.skip:
            self.open[-1][1].append(data)


@dataclass(frozen=True)
class Text:
    """The rendered notice as lines of plain text, per section (keyed as in the document)."""

    sections: dict[str, list[str]]

    @classmethod
    def of(cls, doc: NoticeDocument) -> Text:
        reader = _Blocks()
        reader.feed(render(doc, "html").decode("utf-8"))
        reader.close()
        return cls(reader.sections)

    def lines(self, section: str | None = None) -> list[str]:
        if section is not None:
            return self.sections.get(section, [])
        return [line for lines in self.sections.values() for line in lines]

    def all(self, section: str | None = None) -> str:
        return "\n".join(self.lines(section))


Predicate = Callable[[Text], bool]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.replace("\u2019", "'"), re.IGNORECASE)


def says(*patterns: str, section: str | None = None) -> Predicate:
    """Every pattern (a regular expression, case-insensitive) is somewhere in the notice (or
    in one section of it)."""
    compiled = [_rx(p) for p in patterns]
    return lambda text: all(rx.search(text.all(section)) for rx in compiled)


def line(*patterns: str, section: str | None = None) -> Predicate:
    """One line (paragraph, list item, table row) matches every pattern: the facts are said
    together, e.g. a cookie and its lifetime."""
    compiled = [_rx(p) for p in patterns]
    return lambda text: any(all(rx.search(one) for rx in compiled) for one in text.lines(section))


# How each legal basis reads in French: in the purpose's own line, or in the heading the
# purpose is listed under.
BASIS = {
    "contract": r"contrat",
    "legal_obligation": r"obligations? légales?|la loi nous (y )?(impose|oblige)",
    "legitimate_interests": r"intérêts? légitimes?",
    "consent": r"consentement|si vous l'avez accepté",
    "undetermined": r"à déterminer|à préciser|pas encore déterminée?",
}


def basis(purpose: str, code: str) -> Predicate:
    """The purpose is shown, in the purposes section, with this legal basis: under a heading
    naming the basis, or with the basis in its own line (a table row, say) besides the
    purpose's own words (a purpose "to meet our legal obligations" names no basis)."""
    purpose_rx, basis_rx = _rx(purpose), re.compile(BASIS[code])

    def check(text: Text) -> bool:
        heading = ""
        for one in text.lines("purposes"):
            if one.startswith("## "):
                heading = one
            elif purpose_rx.search(one):
                if basis_rx.search(heading) or basis_rx.search(purpose_rx.sub("", one)):
                    return True
        return False

    return check


Fact = tuple[str, Predicate]


# -- In2cloud SRL ----------------------------------------------------------------------------

IN2CLOUD: list[Fact] = [
    ("name", says(r"in2cloud srl")),
    ("email", says(r"info@in2cloud\.be")),
    ("data: name, address, phone, e-mail", says(r"\bnom\b", r"adresse", r"téléphone", r"e-mail")),
    ("data: bank or credit card details", says(r"carte de crédit")),
    ("data: CV of candidates", says(r"\bcv\b")),
    ("data: use of the products bought", says(r"utilisation des produits et services")),
    ("data: in the client's systems", says(r"travailleurs, clients, partenaires ou fournisseurs")),
    ("source: list providers", says(r"fournisseurs de listes")),
    ("list providers vouch for lawful collection", says(r"obtenu les données légalement")),
    ("purpose: offers, invoices, documents", says(r"offres", r"factures")),
    ("purpose: appointments and on-site work", says(r"rendez-vous", r"audits", r"réparations")),
    ("purpose: purchases", says(r"achats")),
    ("purpose: product updates and offers", says(r"mises à jour", r"autres produits ou services")),
    (
        "purpose: satisfaction surveys, market studies",
        says(r"enquêtes de satisfaction", r"études de marché"),
    ),
    ("purpose: merge data to personalise contacts", says(r"personnaliser nos contacts")),
    ("purpose: applications", says(r"traiter votre candidature")),
    ("purpose: keep CV for a future job unless asked", says(r"futur poste", r"sauf si vous")),
    ("purpose: protect rights and property", says(r"protéger nos droits")),
    ("disclosure required by law or a court", basis(r"décision de justice", "legal_obligation")),
    ("recipient: courts", says(r"autorités judiciaires")),
    ("recipient: third party of a joint product", says(r"conjointement")),
    ("Google Analytics", says(r"google analytics")),
    ("transfer to Google in the United States", line(r"google", r"états-unis")),
    ("IP address analysed", says(r"adresse ip")),
    ("retention: billing data 7 years", line(r"facturation", r"\b7 ans\b", section="retention")),
    ("retention: 10 years after the end of the contract", line(r"\b10 ans\b", r"fin du contrat")),
    ("retention: other data 5 years at most", line(r"\b5 ans\b", section="retention")),
    ("rights by e-mail to info@in2cloud.be", says(r"info@in2cloud\.be", section="rights")),
    ("rights: access and rectification", says(r"accès", r"rectification", section="rights")),
    (
        "rights: transfer (portability), erasure",
        says(r"portabilité", r"effacement", section="rights"),
    ),
    ("stop marketing at any time", says(r"prospection", r"à tout moment", section="rights")),
    (
        "proof of identity required",
        says(r"(preuve|justificati\w*|justifier|copie)\b.{0,60}identité"),
    ),
    ("complaint to the APD", says(r"autorité de protection des données")),
    ("security: servers for competent staff only", says(r"personnel compétent")),
    ("security: staff bound to confidentiality", says(r"confidentialité")),
    ("security: suppliers and partners must protect data", says(r"fournisseurs et partenaires")),
    ("cookie: technical, for the language", line(r"cookie technique", r"langue")),
    ("cookie: session, no new login", line(r"cookie de session", r"reconnecter")),
    ("cookie: tracking, personalised content", line(r"traçage", r"personnalisé")),
    ("cookies managed in the browser", says(r"navigateur", section="cookies")),
    ("refusing cookies may break features", says(r"fonctionnalités", section="cookies")),
    ("processor: technical support", says(r"support technique")),
    ("date of the last update", says(r"mis[e]? à jour le")),
]

# -- Click'n CoNNect (HA.I SRL) --------------------------------------------------------------

CONTRACT_PURPOSES = {
    "contact form": r"formulaire de contact",
    "users": r"gérer les utilisateurs",
    "services": r"services proposés et convenus",
    "invoicing": r"facturer les services",
    "changes of terms": r"modification de nos conditions générales",
    "platform": r"améliorer nos services",
    "complaints": r"plaintes éventuelles",
}

CLICKNCONNECT: list[Fact] = [
    ("controller HA.I", says(r"\bha\.i\b")),
    ("trade name", says(r"click'n connect")),
    ("registered office", says(r"rue des bailleries 15", r"5081 la bruyère")),
    ("enterprise number", says(r"0779\.838\.527")),
    ("e-mail", says(r"info@clicknconnect\.be")),
    ("part of the terms of sale", says(r"conditions générales de vente")),
    ("data: name and first name", says(r"nom et prénom")),
    ("data: home address", says(r"domicile")),
    ("data: IBAN", says(r"\biban\b")),
    ("data: VAT number", says(r"numéro de tva")),
    *(
        (f"basis of {name}: contract", basis(pattern, "contract"))
        for name, pattern in CONTRACT_PURPOSES.items()
    ),
    (
        "changes and complaints: legal obligations",
        basis(r"traitons une plainte", "legal_obligation"),
    ),
    (
        "customers and market studies: legitimate interest",
        basis(r"études de marché", "legitimate_interests"),
    ),
    (
        "the interest: improve and promote our services",
        says(r"améliorer et promouvoir nos services"),
    ),
    ("marketing, newsletters, fairs: consent", basis(r"foires", "consent")),
    (
        "retention: 5 years after the account ends",
        line(r"\b5 ans\b", r"(clôture|expiration|fermeture|fin) du compte"),
    ),
    ("retention: accounting 7 full fiscal years", line(r"\b(7 ans|sept)\b", r"exercice|fiscal")),
    (
        "retention: for the whole contractual relationship",
        says(r"relation contractuelle", section="retention"),
    ),
    (
        "retention: contact form, time to handle it",
        line(r"traiter la demande", section="retention"),
    ),
    ("retention: 5 years after the end of the contract", line(r"\b5 ans\b", r"fin du contrat")),
    (
        "retention: marketing until consent is withdrawn",
        says(r"retrait de votre consentement", section="retention"),
    ),
    ("recipient: tax and social administrations", says(r"administrations fiscales et sociales")),
    ("recipient: social secretariat", says(r"secrétariat social")),
    ("recipient: accountant", says(r"notre comptable")),
    ("recipient: IT, software and website providers", says(r"infrastructure informatique")),
    (
        "recipient: lawyer or bailiff (judicial recovery)",
        line(r"huissier", r"recouvrement judiciaire"),
    ),
    (
        "recipient: courts or administrations (complaints)",
        says(r"autorités judiciaires ou administratives"),
    ),
    ("recipient: the complaining third party", says(r"tiers plaignant")),
    ("servers in the EU", line(r"serveurs", r"union européenne")),
    ("rights by post", says(r"courrier", section="rights")),
    ("rights by e-mail", says(r"info@clicknconnect\.be", section="rights")),
    (
        "proof of identity required",
        says(r"(preuve|justificati\w*|justifier|copie)\b.{0,60}identité"),
    ),
    ("right to object (legitimate interest)", says(r"vous opposer", section="rights")),
    (
        "consent withdrawal, past processing unaffected",
        says(r"retirer", r"auparavant|effectué avant", section="rights"),
    ),
    (
        "erasure, restriction, portability",
        says(r"effacement", r"limitation", r"portabilité", section="rights"),
    ),
    ("complaint to the APD", says(r"autorité de protection des données", r"rue de la presse 35")),
    ("Belgian data protection law", says(r"loi du 30 juillet 2018")),
    ("cookie sessionid: 14 days", line(r"sessionid", r"14 jours")),
    ("cookie sessionid: only when logged in", line(r"sessionid", r"connecté")),
    ("cookie Csrf-token: 1 year", line(r"csrf-?token", r"\b1 an\b")),
    ("cookie cookieconsent_status: 1 year", line(r"cookieconsent_status", r"\b1 an\b")),
    ("cookie _ga: 2 years", line(r"\b_ga\b(?!_)", r"\b2 ans\b")),
    ("cookie _ga_C7V9QNLBQD: 2 years", line(r"_ga_c7v9qnlbqd", r"\b2 ans\b")),
    ("cookie _gat: 1 minute", line(r"\b_gat\b", r"\b1 minute\b")),
    ("Google Analytics cookies set by Click'n CoNNect", line(r"\b_gat\b", r"click'n connect")),
    ("strictly necessary cookies", says(r"strictement nécessaires?", section="cookies")),
    ("cookies seen and deleted in the browser", says(r"navigateur", section="cookies")),
    (
        "necessary cookies cannot be refused",
        says(r"ne peuvent pas être refusés", section="cookies"),
    ),
]

# -- Guichet du Numérique ---------------------------------------------------------------------

PROCESSORS = {
    "training and meeting platforms": r"plateformes de gestion de formations",
    "IT providers: hosting, maintenance, support": (
        r"prestataires informatiques \(hébergement, maintenance, support technique\)"
    ),
    "e-mailing providers": r"e-mailing",
    "payment, quote and invoice operators": r"opérateurs de paiement",
    "newsletter and registration partners": r"gestion des inscriptions",
}

GUICHET: list[Fact] = [
    ("name", says(r"guichet du numérique")),
    ("legal form", says(r"société coopérative")),
    ("address", says(r"rue joseph saintraint 1", r"5000 namur")),
    ("VAT number", says(r"be1006\.566\.426")),
    ("e-mail", says(r"info@guichetdunumerique\.be")),
    ("website", says(r"www\.guichetdunumerique\.be")),
    ("Belgian law of 30 July 2018", says(r"loi du 30 juillet 2018")),
    (
        "Guichet du Numérique is the controller",
        line(r"guichet du numérique", r"responsable du traitement"),
    ),
    ("processors act for us", says(r"sous-traitants", section="recipients")),
    *((f"processor: {name}", says(pattern)) for name, pattern in PROCESSORS.items()),
    ("processors bound to security and confidentiality", says(r"sécurité et la confidentialité")),
    ("authorities when the law requires", says(r"obligation légale", section="recipients")),
    ("data not sold", says(r"ne vendons pas|pas vendues|ne sont pas vendues")),
    ("registrations: contract", basis(r"inscriptions aux formations", "contract")),
    ("orders and deliveries: contract", basis(r"commandes et les livraisons", "contract")),
    ("accounting: legal obligation", basis(r"comptable", "legal_obligation")),
    ("accounting and tax obligations", says(r"comptables et fiscales")),
    (
        "customer communication: legitimate interest",
        basis(r"répondre à vos questions", "legitimate_interests"),
    ),
    ("statistics: legitimate interest", basis(r"statistiques anonymisées", "legitimate_interests")),
    ("site security: legitimate interest", basis(r"sécurité du site", "legitimate_interests")),
    ("newsletter: consent", basis(r"lettre d'information", "consent")),
    (
        "data: identification incl. company name and number",
        says(r"nom d'entreprise", r"numéro d'entreprise"),
    ),
    ("data: postal address", says(r"adresse postale")),
    (
        "data: bank details and invoice history",
        says(r"coordonnées bancaires", r"historique des factures"),
    ),
    (
        "data: IP, browser, pages visited",
        says(r"adresse ip", r"type de navigateur", r"pages consultées"),
    ),
    (
        "data: participation in trainings and events",
        says(r"formations, accompagnements et événements"),
    ),
    ("missing data may cancel an operation", says(r"suspendre ou annuler")),
    (
        "retention: as long as the purpose needs",
        says(r"aussi longtemps que nécessaire", section="retention"),
    ),
    ("erased afterwards", says(r"supprimées|effacées", section="retention")),
    ("rights by e-mail", says(r"info@guichetdunumerique\.be", section="rights")),
    (
        "proof of identity required",
        says(r"(preuve|justificati\w*|justifier|copie)\b.{0,60}identité"),
    ),
    ("answer within one month at most", says(r"\b(un|1) mois\b", section="rights")),
    (
        "rights: rectification, erasure, restriction",
        says(r"rectification", r"effacement", r"limitation", section="rights"),
    ),
    ("rights: objection and portability", says(r"vous opposer", r"portabilité", section="rights")),
    ("consent may be withdrawn at any time", says(r"retirer", r"à tout moment", section="rights")),
    (
        "complaint to the APD",
        says(r"autorité de protection des données", r"autoriteprotectiondonnees\.be"),
    ),
    ("security: firewall, encryption", says(r"pare-feu", r"chiffrement")),
    (
        "security: physical and logical access control",
        says(r"contrôles d'accès physiques et logiques"),
    ),
    ("security: security management procedures", says(r"gestion de la sécurité de l'information")),
]

FACTS: dict[str, list[Fact]] = {
    "in2cloud": IN2CLOUD,
    "clicknconnect": CLICKNCONNECT,
    "guichet": GUICHET,
}

# What a firm's notice states that its register cannot hold without inventing something
# (not counted).
UNSAYABLE: dict[str, list[tuple[str, str]]] = {
    "in2cloud": [
        (
            "cookie names and lifetimes",
            "the notice names cookie kinds, not cookies, and no lifetime",
        ),
        (
            "applies the law of 8 December 1992",
            "that law was repealed in 2018; the national law "
            "stays the one derived from the country",
        ),
    ],
    "clicknconnect": [
        (
            "rejected if unanswered after 30 days",
            "a claim about the request, not an answer time "
            "the firm commits to (response_days is left empty)",
        ),
    ],
    "guichet": [
        (
            "a separate cookie policy",
            "named, but its address is not given: cookie_policy_url stays empty",
        ),
        (
            "what its cookies do (recognise you, language, basket, errors)",
            "no cookie is named, with no lifetime",
        ),
    ],
}


# What none of the three firms said, and their notices must not say for them (claims the
# notice once made by default).
NEVER_SAID: list[Fact] = [
    ("refusing cookies does not prevent using the site", says(r"ne vous empêche pas d'utiliser")),
    ("you are free to give your data or not", says(r"libre de (nous )?(les )?fournir")),
    (
        "we will tell you directly of changes",
        says(r"informerons directement|informons directement"),
    ),
    ("consent withdrawn as simply as given", says(r"aussi simplement que")),
    ("identity checked only on reasonable doubt", says(r"doutes? raisonnables?")),
    ("a copy of the safeguards on request", says(r"copie.{0,80}sur (simple )?demande")),
    ("no data protection officer", says(r"pas désigné de délégué")),
    ("no automated decision", says(r"aucune décision fondée exclusivement")),
]

NOT_SAID: dict[str, list[Fact]] = {
    "in2cloud": [*NEVER_SAID, ("rights by post", says(r"courrier", section="rights"))],
    "clicknconnect": [*NEVER_SAID, ("no transfer outside the EEA", says(r"ne transférons pas"))],
    "guichet": [
        *NEVER_SAID,
        ("rights by post", says(r"courrier", section="rights")),
        ("an archive", says(r"archiv")),
        ("no transfer outside the EEA", says(r"ne transférons pas")),
        # Its periods run "as long as needed": no start to announce.
        ("when each period starts", says(r"à partir de quand")),
    ],
}


# -- the notices, built once ------------------------------------------------------------------


@pytest.fixture(scope="module")
def notices(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, NoticeDocument]]:
    folder = tmp_path_factory.mktemp("firms")
    out = {}
    for firm in FACTS:
        db = create_register(folder / f"{firm}.ropa")
        try:
            import_json_file(db, FIXTURES / f"{firm}.json")
            out[firm] = build_notice(db, lang="fr")
        finally:
            db.close()
    yield out


def missing_facts(doc: NoticeDocument, facts: list[Fact]) -> list[str]:
    text = Text.of(doc)
    return [name for name, holds in facts if not holds(text)]


@pytest.mark.parametrize("firm", list(FACTS))
def test_the_notice_says_what_the_firm_said(notices: dict[str, NoticeDocument], firm: str) -> None:
    facts = FACTS[firm]
    assert 20 <= len(facts) <= 60
    assert len({name for name, _ in facts}) == len(facts), "fact ids must be unique"
    missing = missing_facts(notices[firm], facts)
    reached = 1 - len(missing) / len(facts)
    assert reached >= THRESHOLD, (
        f"{firm}: {reached:.0%} of {len(facts)} facts; missing: " + "; ".join(missing)
    )


@pytest.mark.parametrize("firm", list(NOT_SAID))
def test_the_notice_says_nothing_the_firm_did_not_say(
    notices: dict[str, NoticeDocument], firm: str
) -> None:
    text = Text.of(notices[firm])
    said = [name for name, holds in NOT_SAID[firm] if holds(text)]
    assert said == [], f"{firm}: the notice says what the firm never said"


def _named(gaps: tuple[Gap, ...], blocking: bool = True) -> set[tuple[str, str]]:
    """(activity reference or organisation, field) of each gap."""
    return {
        (gap.reference.split(" ")[0], f"{gap.table}.{gap.column}")
        for gap in gaps
        if gap.blocking == blocking
    }


def _gap_texts(gaps: tuple[Gap, ...]) -> str:
    return "\n".join(f"{g.where('fr')} : {g.message('fr')}" for g in gaps if g.blocking)


def test_in2cloud_cannot_publish_until_its_open_legal_items_are_settled(
    notices: dict[str, NoticeDocument],
) -> None:
    """In2cloud's notice states no legal basis for most purposes, not what Google is to it,
    nor what protects the transfer to the United States: each is named as blocking."""
    doc = notices["in2cloud"]
    assert not doc.ready
    named = _named(doc.gaps)
    for reference in ("T-01", "T-02", "T-03", "T-04", "T-05"):
        assert (reference, "purpose.legal_basis") in named, _gap_texts(doc.gaps)
    assert any(ref == "T-05" and field.endswith(".kind") for ref, field in named), _gap_texts(
        doc.gaps
    )
    assert ("T-05", "transfer.safeguard") in named, _gap_texts(doc.gaps)
    # Every purpose left open is still shown, under a "to be determined" wording.
    text = Text.of(doc)
    assert basis(r"traiter votre candidature", "undetermined")(text)
    assert basis(r"rendez-vous", "undetermined")(text)


def test_clicknconnect_cannot_publish_until_its_analytics_cookies_are_settled(
    notices: dict[str, NoticeDocument],
) -> None:
    """Click'n CoNNect's notice lists Google Analytics cookies without saying whether they wait
    for consent: each is named as blocking, and nothing else blocks."""
    doc = notices["clicknconnect"]
    assert not doc.ready
    blocking = [g for g in doc.gaps if g.blocking]
    texts = _gap_texts(doc.gaps)
    for name in ("_ga", "_ga_C7V9QNLBQD", "_gat"):
        assert any(
            g.params.get("name") == name or f"« {name} »" in g.message("fr") for g in blocking
        ), texts
    assert all(g.table == "cookie" for g in blocking), texts


def test_guichet_can_publish(notices: dict[str, NoticeDocument]) -> None:
    """Guichet du Numérique's notice states a basis for every purpose and the role of every
    recipient: nothing blocks publication."""
    doc = notices["guichet"]
    assert doc.ready, _gap_texts(doc.gaps)
    # Its notice speaks of cookies and of a cookie policy it does not link: the register
    # holds neither, and the user is told (not blocking: a site may set none).
    [cookies] = [g for g in doc.gaps if g.code == "no_cookies_recorded"]
    assert not cookies.blocking and cookies.column == "cookie_policy_url"


@pytest.mark.parametrize("firm", list(FACTS))
def test_the_first_layer_is_no_longer_than_the_firms_notice(
    notices: dict[str, NoticeDocument], firm: str
) -> None:
    assert notices[firm].sections[0].key == "summary", "the notice has no first layer"
    words = len(WORD.findall(Text.of(notices[firm]).all("summary")))
    assert 0 < words <= FIRM_NOTICE_WORDS[firm]
