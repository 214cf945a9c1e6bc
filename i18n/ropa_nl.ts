<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../ropa/ui/views/activities_view.py" line="+109"/>
        <source>Activity editor</source>
        <translation>Editor van de activiteit</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../ropa/ui/views/activity_editor.py" line="+63"/>
        <source>Fields marked * are required in the register.</source>
        <translation>Velden met * zijn verplicht in het register.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and legal bases</source>
        <translation>Doeleinden en rechtsgronden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections of the activity</source>
        <translation>Rubrieken van de activiteit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This activity no longer exists.</source>
        <translation>Deze activiteit bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor_sections.py" line="+54"/>
        <location filename="../ropa/ui/views/record_editor.py" line="+130"/>
        <source>Clear the date</source>
        <translation>De datum wissen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Add a purpose</source>
        <translation>Een doeleinde toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the purpose</source>
        <translation>Het doeleinde verwijderen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>New purpose</source>
        <translation>Nieuw doeleinde</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add a phase</source>
        <translation>Een fase toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the phase</source>
        <translation>De fase verwijderen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Or, when there is no fixed duration, the criterion that ends the phase</source>
        <translation>Of, zonder vaste duur, het criterium dat de fase beëindigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The whole activity</source>
        <translation>De hele activiteit</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../ropa/ui/models/activity_table_model.py" line="+75"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Volgende herziening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../ropa/ui/commands.py" line="+159"/>
        <source>Create “%1”</source>
        <translation>“%1” aanmaken</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit “%1”</source>
        <translation>“%1” wijzigen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete “%1”</source>
        <translation>“%1” verwijderen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Duplicate “%1”</source>
        <translation>“%1” dupliceren</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Retire “%1”</source>
        <translation>“%1” stopzetten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reactivate “%1”</source>
        <translation>“%1” opnieuw activeren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Change links of “%1”</source>
        <translation>Koppelingen van “%1” wijzigen</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+325"/>
        <source>Privacy contact</source>
        <translation>Contactpersoon privacy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who answers questions about personal data? If your organisation has designated a data protection officer (DPO), give their details; otherwise, give the person people can contact about privacy.</source>
        <translation>Wie beantwoordt vragen over persoonsgegevens? Als uw organisatie een functionaris voor gegevensbescherming (DPO) heeft aangesteld, geef dan diens gegevens; anders de persoon die men over privacy kan contacteren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We have designated a DPO</source>
        <translation>We hebben een DPO aangesteld</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name of the DPO</source>
        <translation>Naam van de DPO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DPO&apos;s e-mail</source>
        <translation>E-mail van de DPO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DPO&apos;s phone</source>
        <translation>Telefoon van de DPO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy contact&apos;s name</source>
        <translation>Naam van de contactpersoon privacy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy contact&apos;s e-mail</source>
        <translation>E-mail van de contactpersoon privacy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy contact&apos;s phone</source>
        <translation>Telefoon van de contactpersoon privacy</translation>
    </message>
</context>
<context>
    <name>CookieTableModel</name>
    <message>
        <location filename="../ropa/ui/models/cookie_table_model.py" line="+45"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime</source>
        <translation>Levensduur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First party</source>
        <translation>Eigen cookie (first party)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent required</source>
        <translation>Toestemming vereist</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>CookiesView</name>
    <message>
        <location filename="../ropa/ui/views/cookies_view.py" line="+116"/>
        <source>Search by name or provider</source>
        <translation>Zoeken op naam of aanbieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search cookies</source>
        <translation>Cookies zoeken</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+158"/>
        <source>New cookie</source>
        <translation>Nieuwe cookie</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cookies and trackers</source>
        <translation>Cookies en trackers</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cookie editor</source>
        <translation>Cookie bewerken</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The cookie was not created.</source>
        <translation>De cookie is niet aangemaakt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The cookie was not deleted.</source>
        <translation>De cookie is niet verwijderd.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../ropa/app.py" line="+167"/>
        <source>ropa met an unexpected error.</source>
        <translation>ropa heeft een onverwachte fout ondervonden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The changes you had saved are kept in the register.</source>
        <translation>De wijzigingen die u had opgeslagen, blijven in het register bewaard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details are in the log file; please send it to your support contact:
{path}</source>
        <translation>De details staan in het logbestand; stuur het naar uw supportcontact:
{path}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+46"/>
        <source>New register</source>
        <translation>Nieuw register</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location line="-303"/>
        <source>Required field</source>
        <translation>Verplicht veld</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../ropa/ui/models/history_table_model.py" line="+55"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ropa/ui/views/history_view.py" line="+132"/>
        <source>Type of entry</source>
        <translation>Soort item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All users</source>
        <translation>Alle gebruikers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any date</source>
        <translation>Alle datums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the changes of every day</source>
        <translation>De wijzigingen van alle dagen tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search entries, fields and values</source>
        <translation>Zoeken in items, velden en waarden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>De geschiedenis doorzoeken</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Type:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>T&amp;ot:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Any</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %n change(s)</source>
        <translation>
            <numerusform>{shown} van %n wijziging</numerusform>
            <numerusform>{shown} van %n wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the newest {limit} only: narrow the filters)</source>
        <translation>(alleen de {limit} recentste: verfijn de filters)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ropa/ui/main_window.py" line="+128"/>
        <location filename="../ropa/ui/views/activities_view.py" line="-21"/>
        <source>Processing activities</source>
        <translation>Verwerkingsactiviteiten</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Sections</source>
        <translation>Rubrieken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processors &amp; third parties</source>
        <translation>Verwerkers en derden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cookies &amp; trackers</source>
        <translation>Cookies en trackers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New register…</source>
        <translation>&amp;Nieuw register…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie opslaan als…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export JSON…</source>
        <translation>JSON &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ropa</source>
        <translation>&amp;Over ropa</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a register</source>
        <translation>Een register openen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The register was not opened.</source>
        <translation>Het register is niet geopend.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Create a new register</source>
        <translation>Een nieuw register aanmaken</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>The register was not created.</source>
        <translation>Het register is niet aangemaakt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save a copy of the register</source>
        <translation>Een kopie van het register opslaan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The copy was not saved.</source>
        <translation>De kopie is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy saved: {path}</source>
        <translation>Kopie opgeslagen: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a register (JSON)</source>
        <translation>Een register importeren (JSON)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported: the register is unchanged.</source>
        <translation>Er is niets geïmporteerd: het register is ongewijzigd.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n organisation(s) imported</source>
        <translation>
            <numerusform>%n organisatie geïmporteerd</numerusform>
            <numerusform>%n organisaties geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the register (JSON)</source>
        <translation>Het register exporteren (JSON)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The register was not exported.</source>
        <translation>Het register is niet geëxporteerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported: {path}</source>
        <translation>Geëxporteerd: {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ropa registers (*.ropa)</source>
        <translation>ropa-registers (*.ropa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ropa {version}
The record of processing activities (GDPR Art. 30).

Licence: {licence}
Qt {qt} · PySide6 {pyside}</source>
        <translation>ropa {version}
Het register van verwerkingsactiviteiten (AVG, art. 30).

Licentie: {licence}
Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The register was changed elsewhere; this step was dropped from the undo history.</source>
        <translation>Het register is elders gewijzigd; deze stap is uit de geschiedenis voor ongedaan maken verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n activiteit</numerusform>
            <numerusform>%n activiteiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %n activities</source>
        <translation>
            <numerusform>{shown} van %n activiteit</numerusform>
            <numerusform>{shown} van %n activiteiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activities_view.py" line="-33"/>
        <source>Search by reference, name or owner</source>
        <translation>Zoeken op referentie, naam of eigenaar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search activities</source>
        <translation>Activiteiten zoeken</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+29"/>
        <source>Your organisation</source>
        <translation>Uw organisatie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Language of the documents</source>
        <translation>Taal van de documenten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose another authority</source>
        <translation>Een andere autoriteit kiezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other supervisory authority</source>
        <translation>Andere toezichthoudende autoriteit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Fields marked with * are required.</source>
        <translation>Velden met * zijn verplicht.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No authority is known for this country: choose one below.</source>
        <translation>Voor dit land is geen autoriteit bekend: kies er hieronder een.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../ropa/ui/views/overview_view.py" line="+89"/>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As controller</source>
        <translation>Als verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As processor</source>
        <translation>Als verwerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Stopgezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External parties</source>
        <translation>Externe partijen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Latest changes</source>
        <translation>Laatste wijzigingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
</context>
<context>
    <name>PartiesView</name>
    <message>
        <location filename="../ropa/ui/views/parties_view.py" line="+111"/>
        <source>Search by name, service or country</source>
        <translation>Zoeken op naam, dienst of land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search parties</source>
        <translation>Partijen zoeken</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+174"/>
        <source>New party</source>
        <translation>Nieuwe partij</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Processors and third parties</source>
        <translation>Verwerkers en derden</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Party editor</source>
        <translation>Partij bewerken</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The party was not created.</source>
        <translation>De partij is niet aangemaakt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The party was not deleted.</source>
        <translation>De partij is niet verwijderd.</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <location filename="../ropa/ui/models/party_table_model.py" line="+51"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 28 contract</source>
        <translation>Contract art. 28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract date</source>
        <translation>Contractdatum</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../ropa/ui/views/record_editor.py" line="+41"/>
        <source>Fields marked * are required in the register.</source>
        <translation>Velden met * zijn verplicht in het register.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+78"/>
        <location line="+10"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Check the details, then click Finish to create the register.</source>
        <translation>Controleer de gegevens en klik dan op Voltooien om het register aan te maken.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location line="-276"/>
        <source>Welcome to ropa</source>
        <translation>Welkom bij ropa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ropa keeps your record of processing activities (GDPR, Article 30). How would you like to start?</source>
        <translation>ropa houdt uw register van verwerkingsactiviteiten bij (AVG, artikel 30). Hoe wilt u beginnen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create my organisation&apos;s register</source>
        <translation>Het register van mijn organisatie aanmaken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explore the demo register (a fictional Belgian IT firm)</source>
        <translation>Het demoregister verkennen (een fictief Belgisch IT-bedrijf)</translation>
    </message>
</context>
</TS>
