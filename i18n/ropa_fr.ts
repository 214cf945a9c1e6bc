<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../ropa/ui/views/activities_view.py" line="+109"/>
        <source>Activity editor</source>
        <translation>Éditeur de l’activité</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../ropa/ui/views/activity_editor.py" line="+63"/>
        <source>Fields marked * are required in the register.</source>
        <translation>Les champs marqués * sont obligatoires dans le registre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and legal bases</source>
        <translation>Finalités et bases légales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections of the activity</source>
        <translation>Rubriques de l’activité</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This activity no longer exists.</source>
        <translation>Cette activité n’existe plus.</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor_sections.py" line="+54"/>
        <location filename="../ropa/ui/views/record_editor.py" line="+130"/>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Add a purpose</source>
        <translation>Ajouter une finalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the purpose</source>
        <translation>Supprimer la finalité</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>New purpose</source>
        <translation>Nouvelle finalité</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add a phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the phase</source>
        <translation>Supprimer la phase</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Or, when there is no fixed duration, the criterion that ends the phase</source>
        <translation>Ou, sans durée fixe, le critère qui met fin à la phase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The whole activity</source>
        <translation>L’ensemble de l’activité</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../ropa/ui/models/activity_table_model.py" line="+75"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Prochaine révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../ropa/ui/commands.py" line="+159"/>
        <source>Create “%1”</source>
        <translation>Créer « %1 »</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Duplicate “%1”</source>
        <translation>Dupliquer « %1 »</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Retire “%1”</source>
        <translation>Arrêter « %1 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reactivate “%1”</source>
        <translation>Réactiver « %1 »</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Change links of “%1”</source>
        <translation>Modifier les liens de « %1 »</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+325"/>
        <source>Privacy contact</source>
        <translation>Contact vie privée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who answers questions about personal data? If your organisation has designated a data protection officer (DPO), give their details; otherwise, give the person people can contact about privacy.</source>
        <translation>Qui répond aux questions sur les données personnelles ? Si votre organisation a désigné un délégué à la protection des données (DPO), indiquez ses coordonnées ; sinon, indiquez la personne que l’on peut contacter au sujet de la vie privée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We have designated a DPO</source>
        <translation>Nous avons désigné un DPO</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name of the DPO</source>
        <translation>Nom du DPO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DPO&apos;s e-mail</source>
        <translation>E-mail du DPO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DPO&apos;s phone</source>
        <translation>Téléphone du DPO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy contact&apos;s name</source>
        <translation>Nom du contact vie privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy contact&apos;s e-mail</source>
        <translation>E-mail du contact vie privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy contact&apos;s phone</source>
        <translation>Téléphone du contact vie privée</translation>
    </message>
</context>
<context>
    <name>CookieTableModel</name>
    <message>
        <location filename="../ropa/ui/models/cookie_table_model.py" line="+45"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First party</source>
        <translation>Interne (first party)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent required</source>
        <translation>Consentement requis</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>CookiesView</name>
    <message>
        <location filename="../ropa/ui/views/cookies_view.py" line="+116"/>
        <source>Search by name or provider</source>
        <translation>Rechercher par nom ou fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search cookies</source>
        <translation>Rechercher des cookies</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+158"/>
        <source>New cookie</source>
        <translation>Nouveau cookie</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cookies and trackers</source>
        <translation>Cookies et traceurs</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cookie editor</source>
        <translation>Éditeur du cookie</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The cookie was not created.</source>
        <translation>Le cookie n’a pas été créé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The cookie was not deleted.</source>
        <translation>Le cookie n’a pas été supprimé.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../ropa/app.py" line="+167"/>
        <source>ropa met an unexpected error.</source>
        <translation>ropa a rencontré une erreur inattendue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The changes you had saved are kept in the register.</source>
        <translation>Les modifications que vous aviez enregistrées sont conservées dans le registre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details are in the log file; please send it to your support contact:
{path}</source>
        <translation>Les détails se trouvent dans le fichier journal ; veuillez l’envoyer à votre contact support :
{path}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+46"/>
        <source>New register</source>
        <translation>Nouveau registre</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location line="-303"/>
        <source>Required field</source>
        <translation>Champ obligatoire</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../ropa/ui/models/history_table_model.py" line="+55"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ropa/ui/views/history_view.py" line="+132"/>
        <source>Type of entry</source>
        <translation>Type d’entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any date</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the changes of every day</source>
        <translation>Afficher les modifications de tous les jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search entries, fields and values</source>
        <translation>Rechercher dans les entrées, champs et valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Any</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %n change(s)</source>
        <translation>
            <numerusform>{shown} sur %n modification</numerusform>
            <numerusform>{shown} sur %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the newest {limit} only: narrow the filters)</source>
        <translation>(les {limit} plus récentes seulement : affinez les filtres)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ropa/ui/main_window.py" line="+128"/>
        <location filename="../ropa/ui/views/activities_view.py" line="-21"/>
        <source>Processing activities</source>
        <translation>Activités de traitement</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processors &amp; third parties</source>
        <translation>Sous-traitants et tiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cookies &amp; trackers</source>
        <translation>Cookies et traceurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New register…</source>
        <translation>&amp;Nouveau registre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer du JSON…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exporter en JSON…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ropa</source>
        <translation>À &amp;propos de ropa</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a register</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The register was not opened.</source>
        <translation>Le registre n’a pas été ouvert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Create a new register</source>
        <translation>Créer un nouveau registre</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>The register was not created.</source>
        <translation>Le registre n’a pas été créé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save a copy of the register</source>
        <translation>Enregistrer une copie du registre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The copy was not saved.</source>
        <translation>La copie n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy saved: {path}</source>
        <translation>Copie enregistrée : {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a register (JSON)</source>
        <translation>Importer un registre (JSON)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported: the register is unchanged.</source>
        <translation>Rien n’a été importé : le registre est inchangé.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n organisation(s) imported</source>
        <translation>
            <numerusform>%n organisation importée</numerusform>
            <numerusform>%n organisations importées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the register (JSON)</source>
        <translation>Exporter le registre (JSON)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The register was not exported.</source>
        <translation>Le registre n’a pas été exporté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported: {path}</source>
        <translation>Exporté : {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ropa registers (*.ropa)</source>
        <translation>Registres ropa (*.ropa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ropa {version}
The record of processing activities (GDPR Art. 30).

Licence: {licence}
Qt {qt} · PySide6 {pyside}</source>
        <translation>ropa {version}
Le registre des activités de traitement (RGPD, art. 30).

Licence : {licence}
Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The register was changed elsewhere; this step was dropped from the undo history.</source>
        <translation>Le registre a été modifié ailleurs ; cette étape a été retirée de l’historique d’annulation.</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %n activities</source>
        <translation>
            <numerusform>{shown} sur %n activité</numerusform>
            <numerusform>{shown} sur %n activités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activities_view.py" line="-33"/>
        <source>Search by reference, name or owner</source>
        <translation>Rechercher par référence, nom ou responsable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search activities</source>
        <translation>Rechercher des activités</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+29"/>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Language of the documents</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose another authority</source>
        <translation>Choisir une autre autorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other supervisory authority</source>
        <translation>Autre autorité de contrôle</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Fields marked with * are required.</source>
        <translation>Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No authority is known for this country: choose one below.</source>
        <translation>Aucune autorité n’est connue pour ce pays : choisissez-en une ci-dessous.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../ropa/ui/views/overview_view.py" line="+89"/>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As controller</source>
        <translation>Comme responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As processor</source>
        <translation>Comme sous-traitant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Arrêtées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External parties</source>
        <translation>Organismes externes</translation>
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
        <translation>Dernières modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>PartiesView</name>
    <message>
        <location filename="../ropa/ui/views/parties_view.py" line="+111"/>
        <source>Search by name, service or country</source>
        <translation>Rechercher par nom, service ou pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search parties</source>
        <translation>Rechercher des tiers</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+174"/>
        <source>New party</source>
        <translation>Nouveau tiers</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Processors and third parties</source>
        <translation>Sous-traitants et tiers</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Party editor</source>
        <translation>Éditeur du tiers</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The party was not created.</source>
        <translation>Le tiers n’a pas été créé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The party was not deleted.</source>
        <translation>Le tiers n’a pas été supprimé.</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <location filename="../ropa/ui/models/party_table_model.py" line="+51"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 28 contract</source>
        <translation>Contrat art. 28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract date</source>
        <translation>Date du contrat</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../ropa/ui/views/record_editor.py" line="+41"/>
        <source>Fields marked * are required in the register.</source>
        <translation>Les champs marqués * sont obligatoires dans le registre.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+78"/>
        <location line="+10"/>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Check the details, then click Finish to create the register.</source>
        <translation>Vérifiez les informations, puis cliquez sur Terminer pour créer le registre.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location line="-276"/>
        <source>Welcome to ropa</source>
        <translation>Bienvenue dans ropa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ropa keeps your record of processing activities (GDPR, Article 30). How would you like to start?</source>
        <translation>ropa tient votre registre des activités de traitement (RGPD, article 30). Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create my organisation&apos;s register</source>
        <translation>Créer le registre de mon organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explore the demo register (a fictional Belgian IT firm)</source>
        <translation>Découvrir le registre de démonstration (une entreprise informatique belge fictive)</translation>
    </message>
</context>
</TS>
