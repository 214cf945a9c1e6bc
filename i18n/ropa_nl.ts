<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AccountabilityPanel</name>
    <message>
        <location filename="../ropa/ui/views/dashboard_panels.py" line="+309"/>
        <location line="+4"/>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Where it stands</source>
        <translation>Stand van zaken</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../ropa/ui/views/activities_view.py" line="+188"/>
        <source>Processor activities</source>
        <translation>Verwerkersactiviteiten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From template…</source>
        <translation>Uit een sjabloon…</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>Duplicate “%1”</source>
        <translation>“%1” dupliceren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate %1</source>
        <translation>%1 dupliceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire “%1”</source>
        <translation>“%1” stopzetten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retire %1</source>
        <translation>%1 stopzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”…</source>
        <translation>“%1” verwijderen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1…</source>
        <translation>%1 verwijderen…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Duplicate %n</source>
        <translation>
            <numerusform>%n dupliceren</numerusform>
            <numerusform>%n dupliceren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Retire %n</source>
        <translation>
            <numerusform>%n stopzetten</numerusform>
            <numerusform>%n stopzetten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n activities…</source>
        <translation>
            <numerusform>%n activiteit verwijderen…</numerusform>
            <numerusform>%n activiteiten verwijderen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n…</source>
        <translation>
            <numerusform>%n verwijderen…</numerusform>
            <numerusform>%n verwijderen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the selected activities</source>
        <translation>De geselecteerde activiteiten dupliceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire</source>
        <translation>Stopzetten</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Activity editor</source>
        <translation>Editor van de activiteit</translation>
    </message>
    <message>
        <location line="+370"/>
        <source>The activity was not created.</source>
        <translation>De activiteit is niet aangemaakt.</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Delete %n activities</source>
        <translation>
            <numerusform>%n activiteit verwijderen</numerusform>
            <numerusform>%n activiteiten verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity was not deleted.</source>
        <translation>De activiteit is niet verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location line="-206"/>
        <location line="+225"/>
        <source>Duplicate %n activities</source>
        <translation>
            <numerusform>%n activiteit dupliceren</numerusform>
            <numerusform>%n activiteiten dupliceren</numerusform>
        </translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Retire the selected activities</source>
        <translation>De geselecteerde activiteiten stopzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected activities…</source>
        <translation>De geselecteerde activiteiten verwijderen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The value of “%1” was not saved: correct it, or undo your typing, before opening another activity.</source>
        <translation>De waarde van “%1” is niet opgeslagen: verbeter ze of maak uw invoer ongedaan voordat u een andere activiteit opent.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Delete this activity?</source>
        <translation>Deze activiteit verwijderen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete these %n activities?</source>
        <translation>
            <numerusform>%n activiteit verwijderen?</numerusform>
            <numerusform>Deze %n activiteiten verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Deleted %n activities</source>
        <translation>
            <numerusform>%n activiteit verwijderd</numerusform>
            <numerusform>%n activiteiten verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Duplicated %n activities</source>
        <translation>
            <numerusform>%n activiteit gedupliceerd</numerusform>
            <numerusform>%n activiteiten gedupliceerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The activity was not duplicated.</source>
        <translation>De activiteit is niet gedupliceerd.</translation>
    </message>
    <message numerus="yes">
        <location line="-226"/>
        <location line="+243"/>
        <source>Retire %n activities</source>
        <translation>
            <numerusform>%n activiteit stopzetten</numerusform>
            <numerusform>%n activiteiten stopzetten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Retired %n activities</source>
        <translation>
            <numerusform>%n activiteit stopgezet</numerusform>
            <numerusform>%n activiteiten stopgezet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity was not retired.</source>
        <translation>De activiteit is niet stopgezet.</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../ropa/ui/views/activity_editor/editor.py" line="+87"/>
        <source>Fields marked * are required in the register.</source>
        <translation>Velden met * zijn verplicht in het register.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and legal bases</source>
        <translation>Doeleinden en rechtsgronden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People &amp; data</source>
        <translation>Betrokkenen en gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients &amp; transfers</source>
        <translation>Ontvangers en doorgiften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security &amp; risk</source>
        <translation>Beveiliging en risico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients &amp; joint controllers</source>
        <translation>Klanten en gezamenlijke verwerkingsverantwoordelijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public notice</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections of the activity</source>
        <translation>Rubrieken van de activiteit</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This activity no longer exists.</source>
        <translation>Deze activiteit bestaat niet meer.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%1: %n text(s) to translate</source>
        <translation>
            <numerusform>%1: %n tekst te vertalen</numerusform>
            <numerusform>%1: %n teksten te vertalen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: every text is translated</source>
        <translation>%1: alle teksten zijn vertaald</translation>
    </message>
    <message>
        <location filename="../ropa/ui/forms/record_form.py" line="+137"/>
        <location line="+3"/>
        <location filename="../ropa/ui/views/activity_editor/sections.py" line="+115"/>
        <location filename="../ropa/ui/views/activity_editor/security.py" line="+41"/>
        <source>Clear the date</source>
        <translation>De datum wissen</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/sections.py" line="+39"/>
        <source>In plain words, what you do with the data and why (shown to the public)</source>
        <translation>In gewone woorden: wat u met de gegevens doet en waarom (publiek getoond)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add a purpose</source>
        <translation>Een doeleinde toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the purpose</source>
        <translation>Het doeleinde verwijderen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Add a phase</source>
        <translation>Een fase toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the phase</source>
        <translation>De fase verwijderen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>When the period runs from more than one event (e.g. the end of the contract or the last contact): tick the others here.</source>
        <translation>Wanneer de termijn vanaf meer dan één gebeurtenis loopt (bijvoorbeeld het einde van de overeenkomst of het laatste contact): vink de andere hier aan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Or, when there is no fixed duration, the criterion that ends the phase</source>
        <translation>Of, zonder vaste duur, het criterium dat de fase beëindigt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The whole activity</source>
        <translation>De hele activiteit</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/pickers.py" line="+36"/>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a new entry: %1</source>
        <translation>Een nieuw item toevoegen: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name of the new entry</source>
        <translation>Naam van het nieuwe item</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add and choose “%1”</source>
        <translation>“%1” toevoegen en kiezen</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Filter…</source>
        <translation>Filteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 chosen</source>
        <translation>%1 gekozen</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/recipients.py" line="+120"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a recipient</source>
        <translation>Een ontvanger toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the recipient</source>
        <translation>De ontvanger verwijderen</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Add a transfer</source>
        <translation>Een doorgifte toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the transfer</source>
        <translation>De doorgifte verwijderen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which ground of Art. 49(1) applies (e.g. explicit consent, a contract with the person) and where it is documented</source>
        <translation>Welke grond van art. 49.1 van toepassing is (bv. uitdrukkelijke toestemming, een overeenkomst met de betrokkene) en waar die gedocumenteerd is</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This country is in the EEA: a transfer is only for countries outside the EEA.</source>
        <translation>Dit land ligt in de EER: een doorgifte geldt alleen voor landen buiten de EER.</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/roles.py" line="+75"/>
        <source>Every party of the directory is already listed: add the new one to the directory first.</source>
        <translation>Alle partijen uit Verwerkers en derden staan al in de lijst: voeg de nieuwe eerst daar toe.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add a client</source>
        <translation>Een klant toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the client</source>
        <translation>De klant verwijderen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add a joint controller</source>
        <translation>Een gezamenlijke verwerkingsverantwoordelijke toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the joint controller</source>
        <translation>De gezamenlijke verwerkingsverantwoordelijke verwijderen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>As processor (Art. 30(2)), list each controller you act for and the categories of processing you carry out on its behalf.</source>
        <translation>Als verwerker (art. 30.2) vermeldt u elke verwerkingsverantwoordelijke voor wie u optreedt en de categorieën van verwerkingen die u in zijn opdracht uitvoert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As joint controller (Art. 26), list the other controllers, your respective responsibilities and the contact point for the people concerned.</source>
        <translation>Als gezamenlijke verwerkingsverantwoordelijke (art. 26) vermeldt u de andere verwerkingsverantwoordelijken, uw respectieve verantwoordelijkheden en het contactpunt voor de betrokkenen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This activity is carried out as controller: it has no clients (Art. 30(2)) nor joint controllers (Art. 26). Change its role under General if it does.</source>
        <translation>Deze activiteit wordt uitgevoerd als verwerkingsverantwoordelijke: ze heeft geen klanten (art. 30.2) en geen gezamenlijke verwerkingsverantwoordelijken (art. 26). Wijzig haar rol onder Algemeen als dat wel zo is.</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/people.py" line="+71"/>
        <source>Add a data category</source>
        <translation>Een gegevenscategorie toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the data category</source>
        <translation>De gegevenscategorie verwijderen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The data concerned, e.g. name, e-mail address, phone number</source>
        <translation>De betrokken gegevens, bv. naam, e-mailadres, telefoonnummer</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Every data category of the catalogue is already listed: add a new category with “New…” in a row, or in the catalogue.</source>
        <translation>Elke gegevenscategorie van de catalogus staat er al: voeg een nieuwe toe met “Nieuw…” in een rij, of in de catalogus.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add a source</source>
        <translation>Een bron toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the source</source>
        <translation>De bron verwijderen</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/security.py" line="+4"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Data protection impact assessment (DPIA)</source>
        <translation>Gegevensbeschermingseffectbeoordeling (GEB)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Automated decisions and profiling</source>
        <translation>Geautomatiseerde besluiten en profilering</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 of the 9 EDPB criteria are met: a DPIA is likely required (Art. 35 GDPR; EDPB guidelines WP248: two criteria or more).</source>
        <translation>%1 van de 9 EDPB-criteria zijn vervuld: een GEB is waarschijnlijk verplicht (art. 35 AVG; EDPB-richtsnoeren WP248: twee criteria of meer).</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/outside_eea.py" line="+37"/>
        <source>Adding a transfer below answers “Yes”.</source>
        <translation>Een doorgifte hieronder toevoegen komt neer op het antwoord “Ja”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“No” is recorded, but transfers are listed below: answer “Yes”, or remove the transfers.</source>
        <translation>“Nee” is ingevuld, maar hieronder staan doorgiften: antwoord “Ja” of verwijder die doorgiften.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Transfers outside the EEA are listed below: remove them before answering “No”.</source>
        <translation>Hieronder staan doorgiften buiten de EER: verwijder ze voordat u “Nee” antwoordt.</translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <location filename="../ropa/ui/views/activity_filter_bar.py" line="+59"/>
        <source>To translate</source>
        <translation>Te vertalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the activities with texts not yet in every document language</source>
        <translation>Alleen de activiteiten waarvan nog teksten ontbreken in een documenttaal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{field}: all</source>
        <translation>{field}: alle</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../ropa/ui/models/activity_table_model.py" line="+70"/>
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
    <message>
        <location line="+1"/>
        <source>To translate</source>
        <translation>Te vertalen</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../ropa/ui/forms/attachments.py" line="+134"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attached on</source>
        <translation>Bijgevoegd op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached documents</source>
        <translation>Bijgevoegde documenten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach a file…</source>
        <translation>Bestand toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a copy of a document inside the register (at most %1 MB): a signed contract, a report, evidence. You can also drop files on the list.</source>
        <translation>Een kopie van een document in het register bewaren (ten hoogste %1 MB): een ondertekende overeenkomst, een verslag, bewijsmateriaal. U kunt ook bestanden naar de lijst slepen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a copy of the document with its usual program</source>
        <translation>Een kopie van het document openen met het gebruikelijke programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy…</source>
        <translation>Kopie opslaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the document from the register (Undo puts it back)</source>
        <translation>Het document uit het register verwijderen (Ongedaan maken zet het terug)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Attach documents</source>
        <translation>Documenten toevoegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document was not attached.</source>
        <translation>Het document is niet toegevoegd.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+4"/>
        <source>The document could not be opened.</source>
        <translation>Het document kon niet worden geopend.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save a copy of the document</source>
        <translation>Een kopie van het document opslaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy was not saved.</source>
        <translation>De kopie is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The document was not removed.</source>
        <translation>Het document is niet verwijderd.</translation>
    </message>
</context>
<context>
    <name>BreachDrafts</name>
    <message>
        <location filename="../ropa/ui/views/breach_drafts.py" line="+47"/>
        <source>Draft notification to the authority…</source>
        <translation>Ontwerpmelding aan de autoriteit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a draft of the notification to the supervisory authority (Art. 33 GDPR), filled from this breach, to check and complete before sending</source>
        <translation>Een ontwerp opslaan van de melding aan de toezichthoudende autoriteit (art. 33 AVG), ingevuld op basis van dit datalek, na te kijken en aan te vullen vóór verzending</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft letter to the people…</source>
        <translation>Ontwerpbrief aan de betrokkenen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a draft of the letter to the people concerned (Art. 34 GDPR), filled from this breach, to check and complete before sending</source>
        <translation>Een ontwerp opslaan van de brief aan de betrokkenen (art. 34 AVG), ingevuld op basis van dit datalek, na te kijken en aan te vullen vóór verzending</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the draft notification to the authority</source>
        <translation>Ontwerpmelding aan de autoriteit opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the draft letter to the people</source>
        <translation>Ontwerpbrief aan de betrokkenen opslaan</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the draft…</source>
        <translation>Het ontwerp wordt geschreven…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>The draft was not saved.</source>
        <translation>Het ontwerp is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The draft notification to the authority was saved as “%1”.</source>
        <translation>Het ontwerp van melding aan de autoriteit is opgeslagen als “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft letter to the people was saved as “%1”.</source>
        <translation>De ontwerpbrief aan de betrokkenen is opgeslagen als “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to complete before sending it:</source>
        <translation>Nog aan te vullen vóór verzending:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is marked as to complete: read the draft all the same before sending it.</source>
        <translation>Niets is gemarkeerd als aan te vullen: lees het ontwerp toch na vóór verzending.</translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <location filename="../ropa/ui/models/breach_table_model.py" line="+48"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovered</source>
        <translation>Ontdekt op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation>Aard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
</context>
<context>
    <name>BreachesView</name>
    <message>
        <location filename="../ropa/ui/views/breaches_view.py" line="+59"/>
        <source>What happened</source>
        <translation>De feiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the firm became aware of it, in this computer&apos;s local time: the 72 hours run from then.</source>
        <translation>Wanneer de onderneming er kennis van kreeg, in de lokale tijd van deze computer: de 72 uur lopen vanaf dan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People and data concerned</source>
        <translation>Betrokkenen en gegevens</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supervisory authority</source>
        <translation>Toezichthoudende autoriteit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only when the authority was notified after 72 hours.</source>
        <translation>Enkel als het datalek na 72 uur aan de autoriteit werd gemeld.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Informing the people</source>
        <translation>Betrokkenen inlichten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People are told of a high-risk breach unless one of these applies (Art. 34(3)).</source>
        <translation>Betrokkenen worden ingelicht over een datalek met een hoog risico, tenzij een van deze gevallen van toepassing is (art. 34.3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As a processor</source>
        <translation>Als verwerker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A processor tells its client controllers without undue delay (Art. 33(2)).</source>
        <translation>Een verwerker licht zijn klant-verwerkingsverantwoordelijken zonder onredelijke vertraging in (art. 33.2).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Search by name</source>
        <translation>Zoeken op naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search data breaches</source>
        <translation>Datalekken zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data breaches</source>
        <translation>Datalekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New breach</source>
        <translation>Nieuw datalek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Data breach editor</source>
        <translation>Datalek bewerken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notification</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The breach was not created.</source>
        <translation>Het datalek is niet aangemaakt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The breach was not deleted.</source>
        <translation>Het datalek is niet verwijderd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this breach?</source>
        <translation>Dit datalek verwijderen?</translation>
    </message>
</context>
<context>
    <name>CatalogueTableModel</name>
    <message>
        <location filename="../ropa/ui/models/catalogue_table_model.py" line="+31"/>
        <source>Type and group</source>
        <translation>Type en groep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties</source>
        <translation>Kenmerken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by (activities)</source>
        <translation>Gebruikt door (activiteiten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Special category (Art. 9)</source>
        <translation>Bijzondere categorie (art. 9)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criminal data (Art. 10)</source>
        <translation>Strafrechtelijke gegevens (art. 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Minors</source>
        <translation>Minderjarigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable persons</source>
        <translation>Kwetsbare personen</translation>
    </message>
</context>
<context>
    <name>CataloguesView</name>
    <message>
        <location filename="../ropa/ui/views/catalogues_view.py" line="+92"/>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by name, description or property</source>
        <translation>Zoeken op naam, omschrijving of eigenschap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the catalogue</source>
        <translation>De catalogus doorzoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New entry</source>
        <translation>Nieuw item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Catalogue entries</source>
        <translation>Items van de catalogus</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Catalogue entry editor</source>
        <translation>Catalogusitem bewerken</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The entry was not created.</source>
        <translation>Het item is niet aangemaakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete this entry?</source>
        <translation>Dit item verwijderen?</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>“%1” was not deleted: it is used by %n processing activities. Remove it from those activities first.</source>
        <translation>
            <numerusform>“%1” is niet verwijderd: %n verwerkingsactiviteit gebruikt het. Verwijder het eerst uit die activiteit.</numerusform>
            <numerusform>“%1” is niet verwijderd: %n verwerkingsactiviteiten gebruiken het. Verwijder het eerst uit die activiteiten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The entry was not deleted.</source>
        <translation>Het item is niet verwijderd.</translation>
    </message>
</context>
<context>
    <name>ClockSummary</name>
    <message>
        <location filename="../ropa/ui/views/breaches_view.py" line="-166"/>
        <source>The authority is notified within 72 hours of discovery, unless the breach is unlikely to result in a risk to people (Art. 33(1) GDPR).</source>
        <translation>Het datalek wordt binnen 72 uur na de ontdekking aan de toezichthoudende autoriteit gemeld, tenzij het waarschijnlijk geen risico voor de betrokkenen inhoudt (art. 33.1 AVG).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The 72 hours ended on %1.</source>
        <translation>De termijn van 72 uur liep af op %1.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingModel</name>
    <message>
        <location filename="../ropa/ui/models/table_mapping_model.py" line="+50"/>
        <source>“{text}”</source>
        <translation>‘{text}’</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Label in the file</source>
        <translation>Label in het bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported as</source>
        <translation>Geïmporteerd als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity {number}</source>
        <translation>Activiteit {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no title)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{column} imported as {field}</source>
        <translation>{column} geïmporteerd als {field}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{field} takes one column only: also chosen for {others}.</source>
        <translation>{field} neemt maar één kolom: ook gekozen voor {others}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ropa did not recognise this column: choose the field it goes to, or leave it out (its values are then kept in the activity&apos;s notes).</source>
        <translation>ropa heeft deze kolom niet herkend: kies het veld waar ze naartoe gaat, of laat ze weg (haar waarden worden dan bewaard in de opmerkingen van de activiteit).</translation>
    </message>
</context>
<context>
    <name>ColumnsStep</name>
    <message>
        <location filename="../ropa/ui/dialogs/table_import_columns.py" line="+81"/>
        <source>One activity per row</source>
        <translation>Eén activiteit per rij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One activity per sheet</source>
        <translation>Eén activiteit per werkblad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Indeling:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Werkblad:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header &amp;row:</source>
        <translation>&amp;Rij met kolomtitels:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;heets:</source>
        <translation>&amp;Werkbladen:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Columns of the file and where they go:</source>
        <translation>&amp;Kolommen van het bestand en hun bestemming:</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>File {name}, %n sheet(s)</source>
        <translation>
            <numerusform>Bestand {name}, %n werkblad</numerusform>
            <numerusform>Bestand {name}, %n werkbladen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Columns imported: {known} of {total}.</source>
        <translation>Geïmporteerde kolommen: {known} van {total}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the field of each column.</source>
        <translation>Kijk het veld van elke kolom na.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Those marked with a warning sign were not recognised: choose their field, or leave them out (their values are then kept in the activity&apos;s notes).</source>
        <translation>De kolommen met een waarschuwingsteken werden niet herkend: kies hun veld, of laat ze weg (hun waarden worden dan bewaard in de opmerkingen van de activiteit).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} of {total}</source>
        <translation>{count} van {total}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The table cannot be read this way.</source>
        <translation>De tabel kan niet op deze manier worden gelezen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{field} takes one column only, and {columns} go to it: choose another field for all but one.</source>
        <translation>{field} neemt maar één kolom, en {columns} gaan ernaartoe: kies een ander veld voor alle kolommen op één na.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../ropa/ui/commands.py" line="+199"/>
        <source>Create “%1”</source>
        <translation>“%1” aanmaken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created “%1”</source>
        <translation>“%1” aangemaakt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit “%1”</source>
        <translation>“%1” wijzigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the change to “%1”</source>
        <translation>Wijziging van “%1” opgeslagen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete “%1”</source>
        <translation>“%1” verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted “%1”</source>
        <translation>“%1” verwijderd</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Duplicate “%1”</source>
        <translation>“%1” dupliceren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicated “%1”</source>
        <translation>“%1” gedupliceerd</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Add %n activities from templates</source>
        <translation>
            <numerusform>%n activiteit uit sjablonen toevoegen</numerusform>
            <numerusform>%n activiteiten uit sjablonen toevoegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Added %n activities from templates</source>
        <translation>
            <numerusform>%n activiteit uit sjablonen toegevoegd</numerusform>
            <numerusform>%n activiteiten uit sjablonen toegevoegd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Retire “%1”</source>
        <translation>“%1” stopzetten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retired “%1”</source>
        <translation>“%1” stopgezet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reactivate “%1”</source>
        <translation>“%1” opnieuw activeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reactivated “%1”</source>
        <translation>“%1” opnieuw geactiveerd</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change links of “%1”</source>
        <translation>Koppelingen van “%1” wijzigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed the links of “%1”</source>
        <translation>Koppelingen van “%1” gewijzigd</translation>
    </message>
    <message>
        <location filename="../ropa/ui/forms/attachments.py" line="-267"/>
        <source>Attach “%1”</source>
        <translation>“%1” toevoegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attached “%1”</source>
        <translation>“%1” toegevoegd</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message numerus="yes">
        <location filename="../ropa/ui/dialogs/confirm_delete.py" line="+23"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{key} (Edit ▸ Undo) brings back what is deleted.</source>
        <translation>{key} (Bewerken ▸ Ongedaan maken) zet het verwijderde terug.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Don&apos;t ask again</source>
        <translation>Niet meer vragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To be asked again: Edit &gt; Preferences.</source>
        <translation>Om het opnieuw te laten vragen: Bewerken &gt; Voorkeuren.</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../ropa/ui/dialogs/conflict.py" line="+17"/>
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save my value</source>
        <translation>Mijn waarde opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep theirs</source>
        <translation>De andere waarde behouden</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+439"/>
        <source>Privacy contact</source>
        <translation>Contactpersoon privacy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who answers questions about personal data? If your organisation has designated a data protection officer (DPO), give their details; otherwise, give the person people can contact about privacy.</source>
        <translation>Wie beantwoordt vragen over persoonsgegevens? Als uw organisatie een functionaris voor gegevensbescherming (DPO) heeft aangesteld, geef dan diens gegevens; anders de persoon die men over privacy kan contacteren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Has your organisation designated a data protection officer (DPO)?</source>
        <translation>Heeft uw organisatie een functionaris voor gegevensbescherming (DPO) aangesteld?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I don&apos;t know yet</source>
        <translation>Weet ik nog niet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Without an answer, the privacy notice says nothing about a DPO and lists the question as to be completed; you can answer it later on the Organisation page.</source>
        <translation>Zonder antwoord zegt de privacyverklaring niets over een DPO en staat de vraag bij wat nog moet worden ingevuld; u kunt ze later beantwoorden op de pagina Organisatie.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Suggested from the organisation&apos;s e-mail: change it if privacy requests go to another address.</source>
        <translation>Voorstel op basis van het e-mailadres van de organisatie: pas dit adres aan als privacyvragen naar een ander adres moeten gaan.</translation>
    </message>
    <message>
        <location line="+21"/>
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
    <name>ContractSummary</name>
    <message>
        <location filename="../ropa/ui/views/contracts_view.py" line="+117"/>
        <source>A signed contract is in force until its end date; its review is due from the review date.</source>
        <translation>Een ondertekende overeenkomst is van kracht tot de einddatum; vanaf de geplande herzieningsdatum moet ze herzien worden.</translation>
    </message>
</context>
<context>
    <name>ContractTableModel</name>
    <message>
        <location filename="../ropa/ui/models/contract_table_model.py" line="+48"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>ContractTexts</name>
    <message>
        <location filename="../ropa/ui/models/contract_texts.py" line="+41"/>
        <source>In force</source>
        <translation>Van kracht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review due</source>
        <translation>Te herzien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status not answered</source>
        <translation>Status niet ingevuld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor</source>
        <translation>Verwerker</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No contract</source>
        <translation>Geen overeenkomst</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No contract recorded</source>
        <translation>Geen overeenkomst geregistreerd</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contracts recorded</source>
        <translation>
            <numerusform>%n overeenkomst geregistreerd</numerusform>
            <numerusform>%n overeenkomsten geregistreerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The stipulations of Art. 28(3) are not checked yet.</source>
        <translation>De bepalingen van art. 28.3 zijn nog niet nagekeken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All eight stipulations of Art. 28(3) are checked.</source>
        <translation>De acht bepalingen van art. 28.3 zijn aangevinkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not checked:</source>
        <translation>Niet aangevinkt:</translation>
    </message>
</context>
<context>
    <name>ContractsView</name>
    <message>
        <location filename="../ropa/ui/views/contracts_view.py" line="-53"/>
        <source>The contract</source>
        <translation>De overeenkomst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left empty, nothing in the register says the contract is signed.</source>
        <translation>Zolang dit veld leeg is, vermeldt het register nergens dat de overeenkomst ondertekend is.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What it stipulates</source>
        <translation>Wat ze bepaalt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick each stipulation the contract contains: Art. 28(3) requires all eight.</source>
        <translation>Vink elke bepaling aan die de overeenkomst bevat: art. 28.3 vereist ze alle acht.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Search by party or reference</source>
        <translation>Zoeken op partij of referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search processing contracts</source>
        <translation>Verwerkersovereenkomsten zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing contracts</source>
        <translation>Verwerkersovereenkomsten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contract</source>
        <translation>Nieuwe overeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter by party</source>
        <translation>Filteren op partij</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Party:</source>
        <translation>Partij:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Processing contract editor</source>
        <translation>Overeenkomst bewerken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it stands</source>
        <translation>Stand van zaken</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>All parties</source>
        <translation>Alle partijen</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Delete %n contracts…</source>
        <translation>
            <numerusform>%n overeenkomst verwijderen…</numerusform>
            <numerusform>%n overeenkomsten verwijderen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n…</source>
        <translation>
            <numerusform>%n verwijderen…</numerusform>
            <numerusform>%n verwijderen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete these %n contracts?</source>
        <translation>
            <numerusform>%n overeenkomst verwijderen?</numerusform>
            <numerusform>Deze %n overeenkomsten verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted %n contracts</source>
        <translation>
            <numerusform>%n overeenkomst verwijderd</numerusform>
            <numerusform>%n overeenkomsten verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n contracts</source>
        <translation>
            <numerusform>%n overeenkomst verwijderen</numerusform>
            <numerusform>%n overeenkomsten verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The contract was not created.</source>
        <translation>De overeenkomst is niet aangemaakt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The contract was not deleted.</source>
        <translation>De overeenkomst is niet verwijderd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this contract?</source>
        <translation>Deze overeenkomst verwijderen?</translation>
    </message>
</context>
<context>
    <name>CookieTableModel</name>
    <message>
        <location filename="../ropa/ui/models/cookie_table_model.py" line="+33"/>
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
        <location line="+28"/>
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
        <location filename="../ropa/ui/views/cookies_view.py" line="+79"/>
        <source>Search by name or provider</source>
        <translation>Zoeken op naam of aanbieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cookies</source>
        <translation>Cookies zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New cookie</source>
        <translation>Nieuwe cookie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Delete this cookie?</source>
        <translation>Deze cookie verwijderen?</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Cookies and trackers</source>
        <translation>Cookies en trackers</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>For a cookie that is not strictly necessary and set without consent: the conditions of the authority&apos;s exemption it meets.</source>
        <translation>Voor een cookie die niet strikt noodzakelijk is en zonder toestemming wordt geplaatst: de voorwaarden van de vrijstelling van de autoriteit waaraan ze voldoet.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cookie editor</source>
        <translation>Cookie bewerken</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The cookie was not created.</source>
        <translation>De cookie is niet aangemaakt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cookie was not deleted.</source>
        <translation>De cookie is niet verwijderd.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../ropa/app.py" line="+164"/>
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
    <name>DashboardPanels</name>
    <message numerus="yes">
        <location filename="../ropa/ui/views/dashboard_panels.py" line="-203"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>%n dag achterstallig</numerusform>
            <numerusform>%n dagen achterstallig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counts</source>
        <translation>Aantallen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities by</source>
        <translation>Activiteiten per</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Findings by severity</source>
        <translation>Bevindingen per ernst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../ropa/ui/views/dashboard_view.py" line="+207"/>
        <location line="+42"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>Verklaring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocks publication</source>
        <translation>Blokkeert de publicatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocks publishing the privacy notice: it cannot be published or exported until this is fixed.</source>
        <translation>Verhindert de publicatie van de privacyverklaring: ze kan niet gepubliceerd of geëxporteerd worden zolang dit niet opgelost is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the finding blocks publishing the privacy notice</source>
        <translation>Of de bevinding de publicatie van de privacyverklaring verhindert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the privacy notice…</source>
        <translation>De privacyverklaring wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Completeness per activity</source>
        <translation>Volledigheid per activiteit</translation>
    </message>
    <message>
        <location line="-19"/>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 30 items</source>
        <translation>Elementen van art. 30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviews due</source>
        <translation>Te herzien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reviews: overdue and next 60 days</source>
        <translation>Herzieningen: achterstallig en de komende 60 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts</source>
        <translation>Aantallen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../ropa/ui/forms/fields.py" line="+680"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the date in a calendar</source>
        <translation>De datum in een kalender kiezen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>“%1” is not a date: type it day first, for example 15/01/2026.</source>
        <translation>“%1” is geen datum: typ eerst de dag, bijvoorbeeld 15/01/2026.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../ropa/ui/forms/datetime_field.py" line="+96"/>
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: time</source>
        <translation>%1: uur</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>“%1” is not a date: type it day first, for example 15/01/2026.</source>
        <translation>“%1” is geen datum: typ eerst de dag, bijvoorbeeld 15/01/2026.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a time: type hours and minutes, for example 14:30.</source>
        <translation>“%1” is geen uur: typ uren en minuten, bijvoorbeeld 14:30.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This time does not exist on that day (the clocks move forward): check the time.</source>
        <translation>Dit uur bestaat niet op die dag (de klok wordt vooruitgezet): controleer het uur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the time too, for example 14:30.</source>
        <translation>Typ ook het uur, bijvoorbeeld 14:30.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the date too, for example 15/01/2026.</source>
        <translation>Typ ook de datum, bijvoorbeeld 15/01/2026.</translation>
    </message>
</context>
<context>
    <name>DeadlineSummary</name>
    <message>
        <location filename="../ropa/ui/views/requests_view.py" line="+129"/>
        <source>One month from receipt, three months when extended (Art. 12(3) GDPR); when that month has no such day, its last day.</source>
        <translation>Eén maand na ontvangst, drie maanden bij verlenging (art. 12.3 AVG); heeft de maand van de vervaldag die dag niet, dan de laatste dag ervan.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Last day to answer: %1</source>
        <translation>Laatste dag om te antwoorden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person has not been told of the extension; this had to be done by %1 (the end of the first month).</source>
        <translation>De verzoeker is niet over de verlenging ingelicht; dat moest uiterlijk op %1 gebeuren (het einde van de eerste maand).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person was told of the extension after the first month.</source>
        <translation>De persoon werd pas na de eerste maand over de verlenging ingelicht.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../ropa/ui/document_actions.py" line="+61"/>
        <source>Replace the file?</source>
        <translation>Het bestand vervangen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file named “%1” already exists in this folder. Replace it?</source>
        <translation>Er staat al een bestand met de naam “%1” in deze map. Wilt u het vervangen?</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Export register as &amp;PDF…</source>
        <translation>Register exporteren als &amp;pdf…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export register as Exce&amp;l…</source>
        <translation>Register exporteren als Exce&amp;l…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export register in the &amp;APD/GBA layout (Excel)…</source>
        <translation>Register exporteren volgens het model van de &amp;GBA (Excel)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export register in the CNIL la&amp;yout (Excel)…</source>
        <translation>Register exporteren volgens het &amp;model van de CNIL (Excel)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print pre&amp;view of the register…</source>
        <translation>Afdruk&amp;voorbeeld van het register…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include drafts in the PDF re&amp;gister</source>
        <translation>Concep&amp;ten opnemen in het pdf-register</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Describe the draft activities in the PDF register and its print preview, marked as drafts (otherwise they are only named as in preparation)</source>
        <translation>De conceptactiviteiten beschrijven in het pdf-register en het afdrukvoorbeeld ervan, als concept aangeduid (anders worden ze alleen vermeld als in voorbereiding)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import from E&amp;xcel…</source>
        <translation>Importeren uit E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a register from a &amp;spreadsheet…</source>
        <translation>Regi&amp;ster importeren uit een rekenblad…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export register as &amp;DPV (JSON-LD)…</source>
        <translation>Register exporteren als &amp;DPV (JSON-LD)…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} - register - {date}</source>
        <translation>{name} - register - {date}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export the register (PDF)</source>
        <translation>Het register exporteren (pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the PDF register…</source>
        <translation>Het pdf-register wordt geschreven…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the register (Excel)</source>
        <translation>Het register exporteren (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <location line="+140"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Writing the Excel workbook…</source>
        <translation>De Excel-werkmap wordt geschreven…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the register (APD/GBA layout)</source>
        <translation>Het register exporteren (model van de GBA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} - register (APD layout) - {date}</source>
        <translation>{name} - register (GBA-model) - {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the register (CNIL layout)</source>
        <translation>Het register exporteren (model van de CNIL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} - register (CNIL layout) - {date}</source>
        <translation>{name} - register (CNIL-model) - {date}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing the register in the authority’s layout…</source>
        <translation>Het register wordt volgens het model van de autoriteit geschreven…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export the register (DPV)</source>
        <translation>Het register exporteren (DPV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON-LD documents (*.jsonld)</source>
        <translation>JSON-LD-documenten (*.jsonld)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the DPV document…</source>
        <translation>Het DPV-document wordt geschreven…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled</source>
        <translation>Export geannuleerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register was not exported.</source>
        <translation>Het register is niet geëxporteerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported: {path}</source>
        <translation>Geëxporteerd: {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the pages…</source>
        <translation>De pagina&apos;s worden voorbereid…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print preview cancelled</source>
        <translation>Afdrukvoorbeeld geannuleerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register cannot be previewed.</source>
        <translation>Er kan geen afdrukvoorbeeld van het register worden getoond.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print preview — {name}</source>
        <translation>Afdrukvoorbeeld — {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <location line="+23"/>
        <source>Import from Excel</source>
        <translation>Importeren uit Excel</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Nothing was imported: the register is unchanged.</source>
        <translation>Er is niets geïmporteerd: het register is ongewijzigd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the workbook…</source>
        <translation>De werkmap wordt gelezen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Import cancelled</source>
        <translation>Import geannuleerd</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The workbook contains no changes.</source>
        <translation>De werkmap bevat geen wijzigingen.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Workbook imported: %n change(s)</source>
        <translation>
            <numerusform>Werkmap geïmporteerd: %n wijziging</numerusform>
            <numerusform>Werkmap geïmporteerd: %n wijzigingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../ropa/ui/views/activity_editor/documents.py" line="+36"/>
        <source>Documents kept with this activity inside the register: a legitimate-interest assessment, a consent form, a retention schedule. They are not printed in the register or the privacy notice.</source>
        <translation>Documenten die bij deze activiteit in het register worden bewaard: een belangenafweging, een toestemmingsformulier, een bewaarschema. Ze worden niet afgedrukt in het register en ook niet in de privacyverklaring.</translation>
    </message>
</context>
<context>
    <name>DpiaReport</name>
    <message>
        <location filename="../ropa/ui/views/dpia_report.py" line="+46"/>
        <source>Report…</source>
        <translation>Verslag…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the report of this impact assessment (Art. 35 GDPR) as PDF or Word, each part drawn from the register, with what it still lacks marked</source>
        <translation>Het verslag van deze effectbeoordeling (art. 35 AVG) opslaan als pdf of Word, samengesteld uit het register, met een markering bij wat nog ontbreekt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save the impact assessment report</source>
        <translation>Het verslag van de effectbeoordeling opslaan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the report…</source>
        <translation>Het verslag wordt opgesteld…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>The report was not saved.</source>
        <translation>Het verslag is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The impact assessment report was saved as “%1”.</source>
        <translation>Het verslag van de effectbeoordeling is opgeslagen als “%1”.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Still to complete in the assessment:</source>
        <translation>Nog aan te vullen in de beoordeling:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is marked as to complete: read the report all the same.</source>
        <translation>Niets is gemarkeerd als aan te vullen: lees het verslag toch na.</translation>
    </message>
</context>
<context>
    <name>DpiaRisks</name>
    <message>
        <location filename="../ropa/ui/views/dpia_risks.py" line="+75"/>
        <source>Not rated yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the measures</source>
        <translation>Vóór de maatregelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the measures</source>
        <translation>Na de maatregelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a risk</source>
        <translation>Risico toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the risk</source>
        <translation>Risico verwijderen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add the three usual risks</source>
        <translation>De drie gebruikelijke risico’s toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Illegitimate access to data, unwanted modification of data, disappearance of data: the risks the CNIL&apos;s method assesses for any processing.</source>
        <translation>Onrechtmatige toegang tot gegevens, ongewenste wijziging van gegevens, verdwijning van gegevens: de risico’s die de methode van de CNIL voor elke verwerking beoordeelt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Residual level</source>
        <translation>Restniveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate each risk&apos;s likelihood and severity before and after its measures, on the CNIL&apos;s four levels. A risk is high when both reach “Significant”.</source>
        <translation>Beoordeel de waarschijnlijkheid en de ernst van elk risico vóór en na de maatregelen, op de vier niveaus van de CNIL. Een risico is hoog wanneer beide „Aanzienlijk” bereiken.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>High risk: %1</source>
        <translation>Hoog risico: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The three usual risks are already listed.</source>
        <translation>De drie gebruikelijke risico’s staan al in de lijst.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Added %n usual risks</source>
        <translation>
            <numerusform>%n gebruikelijk risico toegevoegd</numerusform>
            <numerusform>%n gebruikelijke risico’s toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add %n usual risks</source>
        <translation>
            <numerusform>%n gebruikelijk risico toevoegen</numerusform>
            <numerusform>%n gebruikelijke risico’s toevoegen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DpiaSummary</name>
    <message>
        <location filename="../ropa/ui/views/dpia_form.py" line="+168"/>
        <source>A completed assessment is to review from its review date.</source>
        <translation>Een afgeronde beoordeling moet herzien worden vanaf de herzieningsdatum.</translation>
    </message>
</context>
<context>
    <name>DpiaTableModel</name>
    <message>
        <location filename="../ropa/ui/models/dpia_table_model.py" line="+52"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest residual risk</source>
        <translation>Hoogste restrisico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prior consultation</source>
        <translation>Voorafgaande raadpleging</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The supervisory authority must be consulted before the processing starts (Art. 36(1)).</source>
        <translation>De toezichthoudende autoriteit moet geraadpleegd worden voordat de verwerking begint (art. 36.1).</translation>
    </message>
</context>
<context>
    <name>DpiaTexts</name>
    <message>
        <location filename="../ropa/ui/models/dpia_texts.py" line="+37"/>
        <source>Status not answered</source>
        <translation>Status niet ingevuld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review due</source>
        <translation>Te herzien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Stopgezet</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>To consult</source>
        <translation>Te raadplegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The risk stays high after the measures: the supervisory authority must be consulted before the processing starts (Art. 36(1)).</source>
        <translation>Het risico blijft hoog na de maatregelen: de toezichthoudende autoriteit moet geraadpleegd worden voordat de verwerking begint (art. 36.1).</translation>
    </message>
</context>
<context>
    <name>DpiasView</name>
    <message>
        <location filename="../ropa/ui/views/dpia_form.py" line="-129"/>
        <source>The processing (Art. 35(7)(a))</source>
        <translation>De verwerking (art. 35.7.a)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick the activities the assessment covers; double-click one to open it.</source>
        <translation>Vink de activiteiten aan waarop de beoordeling betrekking heeft; dubbelklik op een activiteit om ze te openen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left empty, nothing in the register says the assessment is done.</source>
        <translation>Zolang dit veld leeg is, vermeldt het register nergens dat de beoordeling klaar is.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Necessity and proportionality (Art. 35(7)(b))</source>
        <translation>Noodzaak en evenredigheid (art. 35.7.b)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the processing is needed for its purposes and why no less intrusive means would do: data kept to the minimum, retention, information and rights of the people.</source>
        <translation>Waarom de verwerking nodig is voor haar doeleinden en waarom geen minder ingrijpend middel zou volstaan: minimale gegevens, bewaartermijnen, informatie en rechten van de betrokkenen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Risks to the people (Art. 35(7)(c))</source>
        <translation>Risico’s voor de betrokkenen (art. 35.7.c)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measures (Art. 35(7)(d))</source>
        <translation>Maatregelen (art. 35.7.d)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Residual risk and conclusion</source>
        <translation>Restrisico en conclusie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>High: the supervisory authority is consulted before the processing starts (Art. 36(1)).</source>
        <translation>Hoog: de toezichthoudende autoriteit wordt geraadpleegd voordat de verwerking begint (art. 36.1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opinions</source>
        <translation>Adviezen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or why their views were not sought.</source>
        <translation>Of waarom hun mening niet gevraagd werd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supervisory authority (Art. 36)</source>
        <translation>Toezichthoudende autoriteit (art. 36)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review the assessment at least when the risk changes (Art. 35(11)): the Overview&apos;s To do lists it from 30 days before.</source>
        <translation>Herzie de beoordeling ten minste wanneer het risico verandert (art. 35.11): „Te doen” in het overzicht vermeldt ze 30 dagen vooraf.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fill the description of “%1”</source>
        <translation>Beschrijving van „%1” invullen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filled the description of “%1”</source>
        <translation>Beschrijving van „%1” ingevuld</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/dpias_view.py" line="+84"/>
        <source>Search by name or activity</source>
        <translation>Zoeken op naam of activiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search impact assessments</source>
        <translation>Effectbeoordelingen zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact assessments</source>
        <translation>Effectbeoordelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New assessment</source>
        <translation>Nieuwe beoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Impact assessment editor</source>
        <translation>Effectbeoordeling bewerken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where it stands</source>
        <translation>Stand van zaken</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+137"/>
        <source>Fill from the activities</source>
        <translation>Invullen op basis van de activiteiten</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Tick the activities the assessment covers first.</source>
        <translation>Vink eerst de activiteiten aan waarop de beoordeling betrekking heeft.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Replace the description with the one drawn from the activities?</source>
        <translation>De beschrijving vervangen door die op basis van de activiteiten?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The description written so far is replaced; Undo brings it back.</source>
        <translation>De beschrijving die er nu staat wordt vervangen; met Ongedaan maken krijgt u ze terug.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The description was not filled.</source>
        <translation>De beschrijving is niet ingevuld.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Delete %n assessments…</source>
        <translation>
            <numerusform>%n beoordeling verwijderen…</numerusform>
            <numerusform>%n beoordelingen verwijderen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n…</source>
        <translation>
            <numerusform>%n verwijderen…</numerusform>
            <numerusform>%n verwijderen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete these %n assessments?</source>
        <translation>
            <numerusform>%n beoordeling verwijderen?</numerusform>
            <numerusform>Deze %n beoordelingen verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted %n assessments</source>
        <translation>
            <numerusform>%n beoordeling verwijderd</numerusform>
            <numerusform>%n beoordelingen verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n assessments</source>
        <translation>
            <numerusform>%n beoordeling verwijderen</numerusform>
            <numerusform>%n beoordelingen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The assessment was not created.</source>
        <translation>De beoordeling is niet aangemaakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assessment was not deleted.</source>
        <translation>De beoordeling is niet verwijderd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this assessment?</source>
        <translation>Deze beoordeling verwijderen?</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../ropa/ui/forms/fields.py" line="-206"/>
        <source>Not recorded</source>
        <translation>Niet ingevuld</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+50"/>
        <source>New register</source>
        <translation>Nieuw register</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The legal name and legal form in the other languages are proposed from the legal form: change them on the Organisation page if they are not right.</source>
        <translation>De maatschappelijke naam en de rechtsvorm in de andere talen zijn voorgesteld op basis van de rechtsvorm: wijzig ze op de pagina Organisatie als ze niet kloppen.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location line="-519"/>
        <source>Required field</source>
        <translation>Verplicht veld</translation>
    </message>
</context>
<context>
    <name>GapsPanel</name>
    <message>
        <location filename="../ropa/ui/views/notice_panels.py" line="+63"/>
        <source>To complete</source>
        <translation>Aan te vullen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to complete in the register</source>
        <translation>Wat in het register aan te vullen is</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to complete.</source>
        <translation>Niets aan te vullen.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/guide.py" line="+29"/>
        <source>ropa — user guide</source>
        <translation>ropa — gebruikershandleiding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Gebruikershandleiding</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../ropa/ui/models/history_table_model.py" line="+47"/>
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
        <location filename="../ropa/ui/views/history_view.py" line="+100"/>
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
        <location line="+15"/>
        <source>Export PDF…</source>
        <translation>Pdf exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes shown as a PDF document</source>
        <translation>De getoonde wijzigingen als pdf-document opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Excel…</source>
        <translation>Excel exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes shown as an Excel workbook</source>
        <translation>De getoonde wijzigingen als Excel-werkmap opslaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The selected change</source>
        <translation>De geselecteerde wijziging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a change to read it whole here.</source>
        <translation>Selecteer een wijziging om ze hier volledig te lezen.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+34"/>
        <source>Any</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+152"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>history - {date}</source>
        <translation>geschiedenis - {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the history</source>
        <translation>De geschiedenis exporteren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the history…</source>
        <translation>De geschiedenis wordt geschreven…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The history was not exported.</source>
        <translation>De geschiedenis is niet geëxporteerd.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
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
    <name>ImportApply</name>
    <message>
        <location filename="../ropa/ui/import_apply.py" line="+48"/>
        <source>Applying the changes…</source>
        <translation>De wijzigingen worden toegepast…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/import_preview.py" line="+48"/>
        <source>Import from Excel</source>
        <translation>Importeren uit Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook {source}, for {organisation}</source>
        <translation>Werkmap {source}, voor {organisation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New register from a file</source>
        <translation>Nieuw register uit een bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File {source}, read into the new register {target}</source>
        <translation>Bestand {source}, ingelezen in het nieuwe register {target}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This import cannot be undone with Edit ▸ Undo. The History page keeps every change it makes, with the previous values; to keep a copy of the register as it is now, use File ▸ Save a copy as… before applying.</source>
        <translation>Deze import kan niet ongedaan worden gemaakt met Bewerken ▸ Ongedaan maken. De pagina Geschiedenis bewaart elke wijziging die hij aanbrengt, met de vorige waarden; wilt u een kopie van het register houden zoals het nu is, gebruik dan Bestand ▸ Kopie opslaan als… voordat u de wijzigingen toepast.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workbook contains no changes.</source>
        <translation>De werkmap bevat geen wijzigingen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds no organisation: there is nothing to create.</source>
        <translation>Het bestand bevat geen organisatie: er is niets om aan te maken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Apply changes</source>
        <translation>&amp;Wijzigingen toepassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create the register</source>
        <translation>Het register &amp;aanmaken</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n toegevoegd</numerusform>
            <numerusform>%n toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n gewijzigd</numerusform>
            <numerusform>%n gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n verwijderd</numerusform>
            <numerusform>%n verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{column}: {old} → {new}</source>
        <translation>{column}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>row {number}</source>
        <translation>rij {number}</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../ropa/ui/views/list_page.py" line="+316"/>
        <source>Delete “%1”…</source>
        <translation>“%1” verwijderen…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The value of “%1” was not saved: correct it, or undo your typing, before choosing another row.</source>
        <translation>De waarde van “%1” is niet opgeslagen: verbeter ze of maak uw invoer ongedaan voordat u een andere rij kiest.</translation>
    </message>
</context>
<context>
    <name>LockWait</name>
    <message>
        <location filename="../ropa/ui/dialogs/lock_wait.py" line="+32"/>
        <source>Another program is writing to this register. Waiting for it to finish…</source>
        <translation>Een ander programma schrijft in dit register. Wachten tot het klaar is…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop waiting</source>
        <translation>Niet meer wachten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ropa/ui/main_window.py" line="+184"/>
        <location filename="../ropa/ui/views/activities_view.py" line="-507"/>
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
        <source>Processor activities</source>
        <translation>Verwerkersactiviteiten</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Rights requests</source>
        <translation>Verzoeken van betrokkenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data breaches</source>
        <translation>Datalekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing contracts</source>
        <translation>Verwerkersovereenkomsten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact assessments (DPIAs)</source>
        <translation>Effectbeoordelingen (GEB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogues</source>
        <translation>Catalogi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Texts</source>
        <translation>Teksten</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New register…</source>
        <translation>&amp;Nieuw register…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New register from a &amp;file…</source>
        <translation>Nieuw register uit een &amp;bestand…</translation>
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
        <location line="+4"/>
        <source>Export privacy &amp;notice…</source>
        <translation>Priva&amp;cyverklaring exporteren…</translation>
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
        <location line="+13"/>
        <source>Add activities from &amp;templates…</source>
        <translation>Activiteiten uit &amp;sjablonen toevoegen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Gebruikershandleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ropa</source>
        <translation>&amp;Over ropa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{done}. {key} to undo.</source>
        <translation>{done}. {key} om ongedaan te maken.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Open a register</source>
        <translation>Een register openen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The register was not opened.</source>
        <translation>Het register is niet geopend.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Create a new register</source>
        <translation>Een nieuw register aanmaken</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+22"/>
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
        <location line="+13"/>
        <source>Nothing was imported: the register is unchanged.</source>
        <translation>Er is niets geïmporteerd: het register is ongewijzigd.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
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
        <location line="+11"/>
        <source>The register was not exported.</source>
        <translation>Het register is niet geëxporteerd.</translation>
    </message>
    <message>
        <location line="-482"/>
        <location line="+485"/>
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
        <location line="+37"/>
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
        <location line="+4"/>
        <source>Demonstration: fictional organisation, people and numbers</source>
        <translation>Demonstratie: fictieve organisatie, personen en nummers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This step could not be applied to the register file and was dropped from the undo history; the register is as it was.</source>
        <translation>Deze stap kon niet op het registerbestand worden toegepast en is uit de geschiedenis voor ongedaan maken verwijderd; het register is gebleven zoals het was.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register was changed elsewhere; this step was not applied and was dropped from the undo history.</source>
        <translation>Het register is elders gewijzigd; deze stap is niet uitgevoerd en is uit de geschiedenis voor ongedaan maken verwijderd.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your name was not changed.</source>
        <translation>Uw naam is niet gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <location line="+222"/>
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
        <location filename="../ropa/ui/views/activity_filter_bar.py" line="-54"/>
        <source>Search by reference, name, owner, purpose, data or recipient</source>
        <translation>Zoeken op referentie, naam, eigenaar, doeleinde, gegevens of ontvanger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search activities</source>
        <translation>Activiteiten zoeken</translation>
    </message>
</context>
<context>
    <name>NoticeActions</name>
    <message>
        <location filename="../ropa/ui/views/notice_actions.py" line="+92"/>
        <source>The notice was not published.</source>
        <translation>De verklaring is niet gepubliceerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {number} of the privacy notice published</source>
        <translation>Versie {number} van de privacyverklaring gepubliceerd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The notice has not changed since version {number}: no new version.</source>
        <translation>De verklaring is niet gewijzigd sinds versie {number}: geen nieuwe versie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publish the privacy notice</source>
        <translation>De privacyverklaring publiceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the notice as version {number}?</source>
        <translation>De verklaring publiceren als versie {number}?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The register keeps each published version, with its date and your name, as a record of what the notice said. It cannot be undone or deleted; publish again after the next change.</source>
        <translation>Het register bewaart elke gepubliceerde versie, met haar datum en uw naam, als bewijs van wat de verklaring zei. Dat kan niet ongedaan gemaakt of verwijderd worden; publiceer opnieuw na de volgende wijziging.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The notice cannot be published yet: complete the register first.</source>
        <translation>De verklaring kan nog niet gepubliceerd worden: vul eerst het register aan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML-pagina’s (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML fragments (*.html *.htm)</source>
        <translation>HTML-fragmenten (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown documents (*.md)</source>
        <translation>Markdown-documenten (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the privacy notice</source>
        <translation>De privacyverklaring exporteren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The notice was not exported.</source>
        <translation>De verklaring is niet geëxporteerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported: {path}</source>
        <translation>Geëxporteerd: {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The notice was copied as HTML.</source>
        <translation>De verklaring is als HTML gekopieerd.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../ropa/ui/views/notice_banner.py" line="+52"/>
        <source>State of the notice</source>
        <translation>Stand van de verklaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show c&amp;hanges…</source>
        <translation>W&amp;ijzigingen tonen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed in each section since the last published version</source>
        <translation>Wat er in elk onderdeel veranderd is sinds de laatst gepubliceerde versie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back to current</source>
        <translation>Te&amp;rug naar de huidige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the notice as the register makes it now</source>
        <translation>De verklaring tonen zoals het register ze nu maakt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The register holds no organisation yet: there is no notice to show.</source>
        <translation>Het register bevat nog geen organisatie: er is geen verklaring om te tonen.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Not ready to publish: %n item(s) to complete (see “To complete”).</source>
        <translation>
            <numerusform>Nog niet klaar om te publiceren: %n punt aan te vullen (zie “Aan te vullen”).</numerusform>
            <numerusform>Nog niet klaar om te publiceren: %n punten aan te vullen (zie “Aan te vullen”).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not published yet.</source>
        <translation>Nog niet gepubliceerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {number} published on {date} by {user} — up to date.</source>
        <translation>Versie {number} gepubliceerd op {date} door {user} — actueel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The notice was last published as “{line}”. A new version number or date of your own is not a change of the notice: it is recorded with the next version.</source>
        <translation>De privacyverklaring werd laatst gepubliceerd als “{line}”. Enkel uw eigen versienummer of -datum wijzigen, verandert niets aan de verklaring: dat wordt vastgelegd bij de volgende versie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed since version {number}: {sections}</source>
        <translation>Gewijzigd sinds versie {number}: {sections}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The register was changed after version {number} was published.</source>
        <translation>Het register is gewijzigd nadat versie {number} gepubliceerd werd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register was changed after version {number} was published, but not in what the notice says.</source>
        <translation>Het register is gewijzigd nadat versie {number} gepubliceerd werd, maar niet in wat de verklaring zegt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Showing published version {number} of {date}</source>
        <translation>Gepubliceerde versie {number} van {date} wordt getoond</translation>
    </message>
</context>
<context>
    <name>NoticeChangesDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/notice_changes.py" line="+45"/>
        <source>Changes since version {number}</source>
        <translation>Wijzigingen sinds versie {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new section</source>
        <translation>nieuw onderdeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section removed</source>
        <translation>onderdeel geschrapt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the notice says now and version {number} did not (+), and what version {number} said that the notice no longer says (−).</source>
        <translation>Wat de verklaring nu zegt en versie {number} niet (+), en wat versie {number} zei en de verklaring niet meer zegt (−).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
</context>
<context>
    <name>NoticePreview</name>
    <message>
        <location filename="../ropa/ui/views/notice_preview.py" line="+102"/>
        <source>Preview of the privacy notice</source>
        <translation>Voorbeeld van de privacyverklaring</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <location filename="../ropa/ui/views/notice_view.py" line="+95"/>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All public activities</source>
        <translation>Alle openbare activiteiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the notice</source>
        <translation>Taal van de verklaring</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publiceren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;HTML page…</source>
        <translation>&amp;HTML-pagina…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML &amp;fragment…</source>
        <translation>HTML-&amp;fragment…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF…</source>
        <translation>&amp;Pdf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Word document…</source>
        <translation>&amp;Word-document…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy HTML fragment</source>
        <translation>HTML-fragment &amp;kopiëren</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Audience:</source>
        <translation>&amp;Doelgroep:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>There is no privacy notice: the register holds no organisation.</source>
        <translation>Er is geen privacyverklaring: het register bevat geen organisatie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notice is not ready: first complete the items marked with a warning under “To complete”.</source>
        <translation>De verklaring is niet klaar: vul eerst de punten aan die met een waarschuwing gemarkeerd zijn onder “Aan te vullen”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep the notice as it is now as a new numbered version</source>
        <translation>De verklaring zoals ze nu is bewaren als een nieuwe genummerde versie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the notice shown as a web page, Markdown, PDF or Word document</source>
        <translation>De getoonde verklaring opslaan als webpagina, Markdown, pdf of Word-document</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the notice shown as HTML to paste into a web site</source>
        <translation>De getoonde verklaring als HTML kopiëren om in een website te plakken</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The version cannot be shown.</source>
        <translation>De versie kan niet getoond worden.</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../ropa/ui/forms/fields.py" line="+45"/>
        <source>Type a number from %1 to %2.</source>
        <translation>Typ een getal van %1 tot %2.</translation>
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
        <location line="+26"/>
        <source>The register, the privacy notice and the names of new entries are written in this language.</source>
        <translation>Het register, de privacyverklaring en de namen van nieuwe items worden in deze taal opgesteld.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show the identifiers of other countries</source>
        <translation>De identificatienummers van andere landen tonen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typed without http:// or https://, the address gets https:// in front.</source>
        <translation>Typt u het adres zonder http:// of https://, dan wordt https:// ervoor gezet.</translation>
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
        <location line="+100"/>
        <source>Brussels firms often write their documents in French and in Dutch, some in English too. Each language ticked gets its own version of every text of the documents; you can add one later on the Organisation page.</source>
        <translation>Brusselse bedrijven stellen hun documenten vaak op in het Frans en in het Nederlands, sommige ook in het Engels. Elke aangevinkte taal krijgt een eigen versie van elke tekst van de documenten; u kunt later nog een taal toevoegen op de pagina Organisatie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each language ticked gets its own version of every text of the documents; you can add one later on the Organisation page.</source>
        <translation>Elke aangevinkte taal krijgt een eigen versie van elke tekst van de documenten; u kunt later nog een taal toevoegen op de pagina Organisatie.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No authority is known for this country: choose one below.</source>
        <translation>Voor dit land is geen autoriteit bekend: kies er hieronder een.</translation>
    </message>
</context>
<context>
    <name>OrganisationSwitcher</name>
    <message>
        <location filename="../ropa/ui/views/organisation_switcher.py" line="+22"/>
        <source>Organisation shown</source>
        <translation>Getoonde organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
</context>
<context>
    <name>OrganisationView</name>
    <message>
        <location filename="../ropa/ui/views/organisation_view.py" line="+121"/>
        <source>This register holds no organisation yet.</source>
        <translation>Dit register bevat nog geen organisatie.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document languages</source>
        <translation>Talen van de documenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address and contact</source>
        <translation>Adres en contactgegevens</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Identifiers</source>
        <translation>Identificatienummers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data protection officer or privacy contact</source>
        <translation>Functionaris voor gegevensbescherming (DPO) of privacycontactpersoon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes: the fields below are your DPO&apos;s details. No: they are those of the person people contact about privacy. Not recorded: the notice does not mention a DPO and the answer is to be completed.</source>
        <translation>Ja: de velden hieronder zijn de gegevens van uw DPO. Nee: het zijn die van de persoon die men over privacy contacteert. Niet ingevuld: de verklaring vermeldt geen DPO en het antwoord moet nog worden ingevuld.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Representative in the EU (Art. 27)</source>
        <translation>Vertegenwoordiger in de EU (art. 27)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supervisory authority</source>
        <translation>Toezichthoudende autoriteit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How people exercise their rights</source>
        <translation>Hoe mensen hun rechten uitoefenen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The days you take to answer a request: at most one month (Art. 12(3) GDPR). Empty: the notice gives the legal time.</source>
        <translation>Het aantal dagen waarbinnen u op een verzoek antwoordt: hoogstens één maand (art. 12.3 AVG). Leeg: de verklaring vermeldt de wettelijke termijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>National law</source>
        <translation>Nationale wet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty: the notice names the law of the organisation&apos;s country, shown in grey.</source>
        <translation>Leeg: de verklaring vermeldt de wet van het land van de organisatie, in het grijs getoond.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declarations</source>
        <translation>Verklaringen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not recorded: the notice takes “Yes” when one of its activities uses special-category data; otherwise it is to be completed.</source>
        <translation>Niet ingevuld: de verklaring neemt “Ja” aan wanneer een van haar activiteiten bijzondere categorieën van persoonsgegevens gebruikt; anders moet het nog worden ingevuld.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Below this age a person is a minor for your processing: for consent to online services, 13 in Belgium and 15 in France (Art. 8 GDPR).</source>
        <translation>Onder deze leeftijd is iemand minderjarig voor uw verwerkingen: voor toestemming voor onlinediensten 13 jaar in België en 15 jaar in Frankrijk (art. 8 AVG).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data location and transfers</source>
        <translation>Locatie van de gegevens en doorgiften</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the notice names the countries of your processors.</source>
        <translation>Leeg: de verklaring vermeldt de landen van uw verwerkers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How a person obtains a copy of the safeguards of transfers outside the EEA (a transfer&apos;s own text replaces it).</source>
        <translation>Hoe iemand een kopie krijgt van de waarborgen bij doorgiften buiten de EER (de eigen tekst van een doorgifte vervangt deze).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With a separate cookie policy, the notice links to it instead of listing the cookies.</source>
        <translation>Met een afzonderlijk cookiebeleid verwijst de privacyverklaring daarnaar in plaats van de cookies op te sommen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Privacy notice texts</source>
        <translation>Teksten van de privacyverklaring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy notice version</source>
        <translation>Versie van de privacyverklaring</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own version number and date, shown in the notice instead of ropa&apos;s numbering.</source>
        <translation>Uw eigen versienummer en datum, in de verklaring getoond in plaats van de nummering van ropa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internal notes</source>
        <translation>Interne notities</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation profile</source>
        <translation>Profiel van de organisatie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show the identifiers of other countries</source>
        <translation>De identificatienummers van andere landen tonen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The register and the privacy notice exist in each of these languages; every text for the documents gets a version in each. With more than one language, the list above the page chooses the language of the texts shown and edited.</source>
        <translation>Het register en de privacyverklaring bestaan in elk van deze talen; elke tekst voor de documenten krijgt in elke taal een versie. Met meer dan één taal kiest u in de lijst bovenaan de pagina de taal van de getoonde en bewerkte teksten.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This is not one of the organisation&apos;s document languages yet: tick “%1” under “%2”, give the names their text in %3, then make it the main language.</source>
        <translation>Dit is nog geen taal van de documenten van de organisatie: vink ‘%1’ aan bij ‘%2’, vertaal de namen in het %3 en maak er dan de hoofdtaal van.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make French the main language of the documents?</source>
        <translation>Frans als hoofdtaal van de documenten instellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make Dutch the main language of the documents?</source>
        <translation>Nederlands als hoofdtaal van de documenten instellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make English the main language of the documents?</source>
        <translation>Engels als hoofdtaal van de documenten instellen?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The texts in %1 become the main texts, and the texts in %2 are kept as texts in %2: no text is lost and none changes language.</source>
        <translation>De teksten in het %1 worden de hoofdteksten en de teksten in het %2 blijven bewaard als teksten in het %2: er gaat geen tekst verloren en geen enkele tekst verandert van taal.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n text(s) have no version in %1 yet: they stay empty in %1 until you write them (the text in %2 is kept).</source>
        <translation>
            <numerusform>%n tekst heeft nog geen versie in het %1: die blijft leeg in het %1 tot u hem schrijft (de tekst in het %2 blijft bewaard).</numerusform>
            <numerusform>%n teksten hebben nog geen versie in het %1: die blijven leeg in het %1 tot u ze schrijft (de tekst in het %2 blijft bewaard).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%4 (Edit ▸ Undo) makes %2 the main language again.</source>
        <translation>%4 (Bewerken ▸ Ongedaan maken) zet de huidige hoofdtaal (%2) terug.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the main language</source>
        <translation>Hoofdtaal wijzigen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Proposed, to check in each language:</source>
        <translation>Voorstellen, na te kijken in elke taal:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Empty: privacy requests go to the organisation&apos;s e-mail (%1).</source>
        <translation>Leeg: privacyvragen gaan naar het e-mailadres van de organisatie (%1).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The authority of the organisation&apos;s country</source>
        <translation>De autoriteit van het land van de organisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authority of the organisation&apos;s country: %1</source>
        <translation>De autoriteit van het land van de organisatie: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No supervisory authority is known for this country: choose one.</source>
        <translation>Voor dit land is geen toezichthoudende autoriteit bekend: kies er een.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen instead of the authority of the country.</source>
        <translation>Gekozen in plaats van de autoriteit van het land.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derived from the country; choose another one above if needed.</source>
        <translation>Afgeleid uit het land; kies hierboven een andere als dat nodig is.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../ropa/ui/views/overview_view.py" line="+115"/>
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
        <location filename="../ropa/ui/views/parties_view.py" line="+84"/>
        <source>Search by name, service or country</source>
        <translation>Zoeken op naam, dienst of land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search parties</source>
        <translation>Partijen zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New party</source>
        <translation>Nieuwe partij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Delete this party?</source>
        <translation>Deze partij verwijderen?</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Processors and third parties</source>
        <translation>Verwerkers en derden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Party editor</source>
        <translation>Partij bewerken</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The party was not created.</source>
        <translation>De partij is niet aangemaakt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The party was not deleted.</source>
        <translation>De partij is niet verwijderd.</translation>
    </message>
</context>
<context>
    <name>PartyChoiceDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/party_choice.py" line="+21"/>
        <source>New contract</source>
        <translation>Nieuwe overeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which party is the contract with?</source>
        <translation>Met welke partij wordt de overeenkomst gesloten?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create the contract</source>
        <translation>Overeenkomst aanmaken</translation>
    </message>
</context>
<context>
    <name>PartyContracts</name>
    <message>
        <location filename="../ropa/ui/views/party_contracts.py" line="+32"/>
        <source>Contracts…</source>
        <translation>Overeenkomsten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this party&apos;s contracts</source>
        <translation>De overeenkomsten van deze partij tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New contract</source>
        <translation>Nieuwe overeenkomst</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <location filename="../ropa/ui/models/party_table_model.py" line="+39"/>
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
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/pdf_preview.py" line="+88"/>
        <source>Pages of the document</source>
        <translation>Pagina&apos;s van het document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Aanpassen aan breedte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als pdf…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Page {page} / {count}</source>
        <translation>Pagina {page} / {count}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the pages to the printer…</source>
        <translation>De pagina&apos;s worden naar de printer gestuurd…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The document was not printed: the printer is unavailable.</source>
        <translation>Het document is niet afgedrukt: de printer is niet beschikbaar.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The document was not saved.</source>
        <translation>Het document is niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/preferences.py" line="+46"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s language</source>
        <translation>De taal van het systeem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interface language</source>
        <translation>&amp;Taal van de interface</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window is shown again in the chosen language; your register, the page and the activity you are on, and the undo history stay as they are.</source>
        <translation>Het venster wordt opnieuw getoond in de gekozen taal; uw register, de pagina en de activiteit waarop u zit, en de geschiedenis voor ongedaan maken blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your name in the history</source>
        <translation>Uw naam in de geschiedenis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your &amp;name in the history</source>
        <translation>Uw &amp;naam in de geschiedenis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded with each change you make to this register from now on, and on the privacy notice versions you publish; earlier changes keep the name they were recorded with. Left empty, your computer login ({login}) is used.</source>
        <translation>Deze naam wordt vanaf nu vermeld bij elke wijziging die u in dit register aanbrengt en bij de versies van de privacyverklaring die u publiceert; eerdere wijzigingen behouden de naam waaronder ze zijn vastgelegd. Laat u dit veld leeg, dan wordt uw aanmeldnaam ({login}) gebruikt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask before &amp;deleting</source>
        <translation>Vóór het &amp;verwijderen om bevestiging vragen</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../ropa/ui/forms/read_only.py" line="+16"/>
        <source>The register is open read-only: nothing can be changed in it. The banner at the top of the window says why and what to do.</source>
        <translation>Het register is alleen-lezen geopend: er kan niets in worden gewijzigd. De balk bovenaan het venster zegt waarom en wat u kunt doen.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../ropa/ui/views/read_only_banner.py" line="+40"/>
        <source>This register is open read-only: you can read, export and copy it, but not change it.</source>
        <translation>Dit register is alleen-lezen geopend: u kunt het bekijken, exporteren en kopiëren, maar niet wijzigen.</translation>
    </message>
</context>
<context>
    <name>RecordDocuments</name>
    <message>
        <location filename="../ropa/ui/document_actions.py" line="-427"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF document in %1 (*.pdf)</source>
        <translation>Pdf-document in het %1 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document in %1 (*.docx)</source>
        <translation>Word-document in het %1 (*.docx)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No application opened “%1”: open it from its folder.</source>
        <translation>Geen enkele toepassing heeft “%1” geopend: open het vanuit de map.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../ropa/ui/forms/record_form.py" line="+53"/>
        <source>Fields marked * are required in the register.</source>
        <translation>Velden met * zijn verplicht in het register.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%1: %n text(s) to translate</source>
        <translation>
            <numerusform>%1: %n tekst te vertalen</numerusform>
            <numerusform>%1: %n teksten te vertalen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: every text is translated</source>
        <translation>%1: alle teksten zijn vertaald</translation>
    </message>
</context>
<context>
    <name>RegisterFromFile</name>
    <message>
        <location filename="../ropa/ui/register_from_file.py" line="+67"/>
        <location line="+35"/>
        <source>New register from a file</source>
        <translation>Nieuw register uit een bestand</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>ropa workbooks and JSON files (*.xlsx *.json)</source>
        <translation>ropa-werkmappen en JSON-bestanden (*.xlsx *.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the new register</source>
        <translation>Het nieuwe register opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ropa registers (*.ropa)</source>
        <translation>ropa-registers (*.ropa)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The register was not created.</source>
        <translation>Het register is niet aangemaakt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the file…</source>
        <translation>Het bestand wordt gelezen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Nothing was created.</source>
        <translation>Er is niets aangemaakt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating the register…</source>
        <translation>Het register wordt aangemaakt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register created: {path}</source>
        <translation>Register aangemaakt: {path}</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../ropa/ui/models/request_table_model.py" line="+51"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../ropa/ui/views/requests_view.py" line="-108"/>
        <source>The request</source>
        <translation>Het verzoek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A name or an internal reference: no copy of the person&apos;s data.</source>
        <translation>Een naam of een interne referentie: geen kopie van de gegevens van de persoon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask for more only when there is a reasonable doubt (Art. 12(6)).</source>
        <translation>Vraag alleen bij redelijke twijfel aanvullende informatie (art. 12.6).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extension</source>
        <translation>Verlenging</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only when the time limit is extended: why (the requests&apos; complexity or number).</source>
        <translation>Enkel als de termijn verlengd is: waarom (complexiteit of aantal verzoeken).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only when the time limit is extended: the person is told within the first month, with the reasons.</source>
        <translation>Enkel als de termijn verlengd is: de persoon wordt binnen de eerste maand ingelicht, met de redenen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As a processor</source>
        <translation>Als verwerker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A request about data the firm processes for a client: the client answers it; forward it to them.</source>
        <translation>Een verzoek over gegevens die de onderneming voor een klant verwerkt: de klant beantwoordt het; stuur het naar hem door.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Search by reference or person</source>
        <translation>Zoeken op referentie of persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search rights requests</source>
        <translation>Verzoeken van betrokkenen zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights requests</source>
        <translation>Verzoeken van betrokkenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New request</source>
        <translation>Nieuw verzoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rights request editor</source>
        <translation>Verzoek bewerken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time limit</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The request was not created.</source>
        <translation>Het verzoek is niet aangemaakt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The request was not deleted.</source>
        <translation>Het verzoek is niet verwijderd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this request?</source>
        <translation>Dit verzoek verwijderen?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ropa/app.py" line="+187"/>
        <source>ropa opened {path} instead.</source>
        <translation>ropa heeft in plaats daarvan {path} geopend.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The register you used last could not be opened.</source>
        <translation>Het laatst gebruikte register kon niet worden geopend.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not open {missing}; {name} is shown instead.</source>
        <translation>Kan {missing} niet openen; in plaats daarvan wordt {name} getoond.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+158"/>
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
    <name>TableImport</name>
    <message>
        <location filename="../ropa/ui/table_import.py" line="+103"/>
        <source>Import a register from a spreadsheet</source>
        <translation>Register importeren uit een rekenblad</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This register holds no organisation yet.</source>
        <translation>Dit register bevat nog geen organisatie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activities of a spreadsheet are imported into an organisation. Create one first (File ▸ New register… asks for it), then import the spreadsheet into that register.</source>
        <translation>De activiteiten van een rekenblad worden in een organisatie geïmporteerd. Maak er eerst een aan (Bestand ▸ Nieuw register… vraagt ernaar) en importeer het rekenblad dan in dat register.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Rekenbladen (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was imported: the register is unchanged.</source>
        <translation>Er is niets geïmporteerd: het register is ongewijzigd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the spreadsheet…</source>
        <translation>Het rekenblad wordt gelezen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <location line="+70"/>
        <source>Import cancelled</source>
        <translation>Import geannuleerd</translation>
    </message>
    <message numerus="yes">
        <location line="-63"/>
        <source>Spreadsheet imported: %n change(s)</source>
        <translation>
            <numerusform>Rekenblad geïmporteerd: %n wijziging</numerusform>
            <numerusform>Rekenblad geïmporteerd: %n wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preparing the import…</source>
        <translation>De import wordt voorbereid…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The spreadsheet cannot be imported as mapped: the register is unchanged.</source>
        <translation>Het rekenblad kan met deze koppeling niet worden geïmporteerd: het register is ongewijzigd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Spreadsheet {source}, for {organisation}</source>
        <translation>Rekenblad {source}, voor {organisation}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>The spreadsheet brings no change to the register.</source>
        <translation>Het rekenblad brengt geen wijziging in het register.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the mapping will not be offered next time: {reason}</source>
        <translation>de koppeling wordt de volgende keer niet voorgesteld: {reason}</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/table_import_dialog.py" line="+78"/>
        <source>Import a register from a spreadsheet</source>
        <translation>Register importeren uit een rekenblad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>L&amp;oad mapping…</source>
        <translation>Koppeling &amp;laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save mapping…</source>
        <translation>Koppeling op&amp;slaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>V&amp;orige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview changes…</source>
        <translation>&amp;Wijzigingen bekijken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The choices made last time for a table with these columns are applied.</source>
        <translation>De keuzes die de vorige keer voor een tabel met deze kolommen werden gemaakt, zijn toegepast.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What each value of a closed list becomes. The guesses to check are highlighted and listed first; a value not recorded is kept in the activity&apos;s notes.</source>
        <translation>Wat elke waarde van een vaste lijst wordt. De gissingen die u moet nakijken, zijn gemarkeerd en staan bovenaan; een niet-ingevulde waarde wordt bewaard in de opmerkingen van de activiteit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Values of the file and what they become:</source>
        <translation>W&amp;aarden van het bestand en wat ze worden:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No column imported holds values of a closed list (legal bases, roles, countries, yes or no, durations): there is nothing to check.</source>
        <translation>Geen enkele geïmporteerde kolom bevat waarden van een vaste lijst (rechtsgronden, rollen, landen, ja of nee, termijnen): er is niets na te kijken.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1. Columns</source>
        <translation>1. Kolommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. Values</source>
        <translation>2. Waarden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3. Changes</source>
        <translation>3. Wijzigingen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The values cannot be read.</source>
        <translation>De waarden kunnen niet worden gelezen.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Guesses to check: %n.</source>
        <translation>
            <numerusform>Na te kijken gissing: %n.</numerusform>
            <numerusform>Na te kijken gissingen: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing left to check; change any value you disagree with.</source>
        <translation>Niets meer na te kijken; wijzig elke waarde waarmee u het niet eens bent.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Save the mapping</source>
        <translation>Koppeling opslaan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The mapping was not saved.</source>
        <translation>De koppeling werd niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping saved: {path}</source>
        <translation>Koppeling opgeslagen: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load a mapping</source>
        <translation>Een koppeling laden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mapping was not loaded: nothing changed.</source>
        <translation>De koppeling werd niet geladen: er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None of the columns of this table is in the mapping {name}.</source>
        <translation>Geen enkele kolom van deze tabel staat in de koppeling {name}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mapping {name} loaded: it names {known} of the {total} columns.</source>
        <translation>Koppeling {name} geladen: ze vermeldt {known} van de {total} kolommen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import mappings (*.json)</source>
        <translation>Importkoppelingen (*.json)</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/template_dialog.py" line="+127"/>
        <source>Add activities from templates</source>
        <translation>Activiteiten uit sjablonen toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search templates</source>
        <translation>Sjablonen zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Alle landen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Template preview</source>
        <translation>Voorbeeld van het sjabloon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client of the processor activities</source>
        <translation>Klant van de verwerkersactiviteiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A client of your directory, or the name of a new one</source>
        <translation>Een klant uit uw adresboek, of de naam van een nieuwe klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Client of the processor activities:</source>
        <translation>&amp;Klant van de verwerkersactiviteiten:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A processor activity is carried out for a client (the controller). Leave it empty to name the clients later in each activity.</source>
        <translation>Een verwerkersactiviteit wordt uitgevoerd voor een klant (de verwerkingsverantwoordelijke). Laat leeg om de klanten later in elke activiteit te vermelden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Add %n activities</source>
        <translation>
            <numerusform>%n activiteit toevoegen</numerusform>
            <numerusform>%n activiteiten toevoegen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The activities were not added.</source>
        <translation>De activiteiten werden niet toegevoegd.</translation>
    </message>
</context>
<context>
    <name>TextLanguageBar</name>
    <message>
        <location filename="../ropa/ui/views/text_language_bar.py" line="+32"/>
        <source>Language of the texts shown</source>
        <translation>Taal van de getoonde teksten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document language whose texts the forms show and edit; in another language than the main one, the main text is shown under each field.</source>
        <translation>De documenttaal waarvan de formulieren de teksten tonen en bewerken; in een andere taal dan de hoofdtaal staat de tekst in de hoofdtaal onder elk veld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Texts in:</source>
        <translation>&amp;Teksten in:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (main language)</source>
        <translation>%1 (hoofdtaal)</translation>
    </message>
</context>
<context>
    <name>TranslatedText</name>
    <message>
        <location filename="../ropa/ui/forms/fields.py" line="-301"/>
        <source>Copy from %1</source>
        <translation>Overnemen uit het %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the %1 text as it is (a name that stays the same)</source>
        <translation>De tekst in het %1 ongewijzigd overnemen (een naam die hetzelfde blijft)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet translated into %1</source>
        <translation>Nog niet naar het %1 vertaald</translation>
    </message>
</context>
<context>
    <name>ValueReviewModel</name>
    <message>
        <location filename="../ropa/ui/models/table_mapping_model.py" line="+93"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value in the file</source>
        <translation>Waarde in het bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cells</source>
        <translation>Cellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported as</source>
        <translation>Geïmporteerd als</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ropa is not sure of this guess: check it.</source>
        <translation>ropa is niet zeker van deze gissing: kijk ze na.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{value} imported as {choice}</source>
        <translation>{value} geïmporteerd als {choice}</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../ropa/ui/views/notice_panels.py" line="+45"/>
        <location line="+4"/>
        <source>Published versions</source>
        <translation>Gepubliceerde versies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on</source>
        <translation>Gepubliceerd op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published by</source>
        <translation>Gepubliceerd door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register version</source>
        <translation>Registerversie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Show</source>
        <translation>T&amp;onen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected version in the preview</source>
        <translation>De gekozen versie in het voorbeeld tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No version published yet.</source>
        <translation>Nog geen versie gepubliceerd.</translation>
    </message>
</context>
<context>
    <name>WebsiteField</name>
    <message>
        <location filename="../ropa/ui/forms/fields.py" line="+101"/>
        <source>Typed without http:// or https://, the address gets https:// in front.</source>
        <translation>Typt u het adres zonder http:// of https://, dan wordt https:// ervoor gezet.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="-464"/>
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
