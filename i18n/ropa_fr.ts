<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountabilityPanel</name>
    <message>
        <location filename="../ropa/ui/views/dashboard_panels.py" line="+309"/>
        <location line="+4"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Where it stands</source>
        <translation>Situation</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../ropa/ui/views/activities_view.py" line="+188"/>
        <source>Processor activities</source>
        <translation>Activités de sous-traitance</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From template…</source>
        <translation>À partir d’un modèle…</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>Duplicate “%1”</source>
        <translation>Dupliquer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire “%1”</source>
        <translation>Terminer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retire %1</source>
        <translation>Terminer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”…</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1…</source>
        <translation>Supprimer %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Duplicate %n</source>
        <translation>
            <numerusform>Dupliquer %n</numerusform>
            <numerusform>Dupliquer %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Retire %n</source>
        <translation>
            <numerusform>Terminer %n</numerusform>
            <numerusform>Terminer %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n activities…</source>
        <translation>
            <numerusform>Supprimer %n activité…</numerusform>
            <numerusform>Supprimer %n activités…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n…</source>
        <translation>
            <numerusform>Supprimer %n…</numerusform>
            <numerusform>Supprimer %n…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the selected activities</source>
        <translation>Dupliquer les activités sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Activity editor</source>
        <translation>Éditeur de l’activité</translation>
    </message>
    <message>
        <location line="+370"/>
        <source>The activity was not created.</source>
        <translation>L’activité n’a pas été créée.</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Delete %n activities</source>
        <translation>
            <numerusform>Supprimer %n activité</numerusform>
            <numerusform>Supprimer %n activités</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity was not deleted.</source>
        <translation>L’activité n’a pas été supprimée.</translation>
    </message>
    <message numerus="yes">
        <location line="-206"/>
        <location line="+225"/>
        <source>Duplicate %n activities</source>
        <translation>
            <numerusform>Dupliquer %n activité</numerusform>
            <numerusform>Dupliquer %n activités</numerusform>
        </translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Retire the selected activities</source>
        <translation>Terminer les activités sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected activities…</source>
        <translation>Supprimer les activités sélectionnées…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The value of “%1” was not saved: correct it, or undo your typing, before opening another activity.</source>
        <translation>La valeur de «&#xa0;%1&#xa0;» n’a pas été enregistrée&#xa0;: corrigez-la ou annulez votre saisie avant d’ouvrir une autre activité.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Delete this activity?</source>
        <translation>Supprimer cette activité&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete these %n activities?</source>
        <translation>
            <numerusform>Supprimer %n activité&#xa0;?</numerusform>
            <numerusform>Supprimer ces %n activités&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Deleted %n activities</source>
        <translation>
            <numerusform>%n activité supprimée</numerusform>
            <numerusform>%n activités supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Duplicated %n activities</source>
        <translation>
            <numerusform>%n activité dupliquée</numerusform>
            <numerusform>%n activités dupliquées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The activity was not duplicated.</source>
        <translation>L’activité n’a pas été dupliquée.</translation>
    </message>
    <message numerus="yes">
        <location line="-226"/>
        <location line="+243"/>
        <source>Retire %n activities</source>
        <translation>
            <numerusform>Terminer %n activité</numerusform>
            <numerusform>Terminer %n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Retired %n activities</source>
        <translation>
            <numerusform>%n activité terminée</numerusform>
            <numerusform>%n activités terminées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity was not retired.</source>
        <translation>L’activité n’a pas été terminée.</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../ropa/ui/views/activity_editor/editor.py" line="+87"/>
        <source>Fields marked * are required in the register.</source>
        <translation>Les champs marqués * sont obligatoires dans le registre.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and legal bases</source>
        <translation>Finalités et bases légales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People &amp; data</source>
        <translation>Personnes et données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients &amp; transfers</source>
        <translation>Destinataires et transferts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security &amp; risk</source>
        <translation>Sécurité et risques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients &amp; joint controllers</source>
        <translation>Clients et responsables conjoints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public notice</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections of the activity</source>
        <translation>Rubriques de l’activité</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This activity no longer exists.</source>
        <translation>Cette activité n’existe plus.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%1: %n text(s) to translate</source>
        <translation>
            <numerusform>%1&#xa0;: %n texte à traduire</numerusform>
            <numerusform>%1&#xa0;: %n textes à traduire</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: every text is translated</source>
        <translation>%1&#xa0;: tous les textes sont traduits</translation>
    </message>
    <message>
        <location filename="../ropa/ui/forms/record_form.py" line="+137"/>
        <location line="+3"/>
        <location filename="../ropa/ui/views/activity_editor/sections.py" line="+115"/>
        <location filename="../ropa/ui/views/activity_editor/security.py" line="+41"/>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/sections.py" line="+39"/>
        <source>In plain words, what you do with the data and why (shown to the public)</source>
        <translation>En mots simples, ce que vous faites des données et pourquoi (visible par le public)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add a purpose</source>
        <translation>Ajouter une finalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the purpose</source>
        <translation>Supprimer la finalité</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Add a phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the phase</source>
        <translation>Supprimer la phase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>When the period runs from more than one event (e.g. the end of the contract or the last contact): tick the others here.</source>
        <translation>Quand la durée court à partir de plusieurs événements (par exemple la fin du contrat ou le dernier contact)&#xa0;: cochez ici les autres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Or, when there is no fixed duration, the criterion that ends the phase</source>
        <translation>Ou, sans durée fixe, le critère qui met fin à la phase</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The whole activity</source>
        <translation>L’ensemble de l’activité</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/pickers.py" line="+36"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a new entry: %1</source>
        <translation>Ajouter une nouvelle entrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name of the new entry</source>
        <translation>Nom de la nouvelle entrée</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add and choose “%1”</source>
        <translation>Ajouter et choisir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 chosen</source>
        <translation>Sélection&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/recipients.py" line="+120"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a recipient</source>
        <translation>Ajouter un destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the recipient</source>
        <translation>Supprimer le destinataire</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Add a transfer</source>
        <translation>Ajouter un transfert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the transfer</source>
        <translation>Supprimer le transfert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which ground of Art. 49(1) applies (e.g. explicit consent, a contract with the person) and where it is documented</source>
        <translation>Quelle dérogation de l’art. 49.1 s’applique (p. ex. consentement explicite, contrat avec la personne) et où elle est documentée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This country is in the EEA: a transfer is only for countries outside the EEA.</source>
        <translation>Ce pays fait partie de l’EEE&#xa0;: un transfert ne concerne que les pays hors de l’EEE.</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/roles.py" line="+75"/>
        <source>Every party of the directory is already listed: add the new one to the directory first.</source>
        <translation>Tous les organismes de la page Sous-traitants et tiers figurent déjà dans la liste&#xa0;: ajoutez d’abord le nouveau dans cette page.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add a client</source>
        <translation>Ajouter un client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the client</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add a joint controller</source>
        <translation>Ajouter un responsable conjoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the joint controller</source>
        <translation>Supprimer le responsable conjoint</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>As processor (Art. 30(2)), list each controller you act for and the categories of processing you carry out on its behalf.</source>
        <translation>En tant que sous-traitant (art. 30.2), listez chaque responsable du traitement pour lequel vous agissez et les catégories de traitements effectués pour son compte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As joint controller (Art. 26), list the other controllers, your respective responsibilities and the contact point for the people concerned.</source>
        <translation>En tant que responsable conjoint (art. 26), listez les autres responsables du traitement, vos responsabilités respectives et le point de contact des personnes concernées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This activity is carried out as controller: it has no clients (Art. 30(2)) nor joint controllers (Art. 26). Change its role under General if it does.</source>
        <translation>Cette activité est menée comme responsable du traitement&#xa0;: elle n’a ni clients (art. 30.2) ni responsables conjoints (art. 26). Si elle en a, changez son rôle dans l’onglet Général.</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/people.py" line="+71"/>
        <source>Add a data category</source>
        <translation>Ajouter une catégorie de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the data category</source>
        <translation>Supprimer la catégorie de données</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The data concerned, e.g. name, e-mail address, phone number</source>
        <translation>Les données concernées, par ex. nom, adresse e-mail, numéro de téléphone</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Every data category of the catalogue is already listed: add a new category with “New…” in a row, or in the catalogue.</source>
        <translation>Toutes les catégories de données du catalogue sont déjà reprises&#xa0;: ajoutez-en une avec «&#xa0;Nouveau…&#xa0;» dans une ligne, ou dans le catalogue.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/security.py" line="+4"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Data protection impact assessment (DPIA)</source>
        <translation>Analyse d’impact relative à la protection des données (AIPD)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Automated decisions and profiling</source>
        <translation>Décisions automatisées et profilage</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 of the 9 EDPB criteria are met: a DPIA is likely required (Art. 35 GDPR; EDPB guidelines WP248: two criteria or more).</source>
        <translation>%1 des 9 critères du CEPD sont remplis&#xa0;: une AIPD est probablement requise (art. 35 RGPD&#xa0;; lignes directrices WP248 du CEPD&#xa0;: deux critères ou plus).</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/outside_eea.py" line="+37"/>
        <source>Adding a transfer below answers “Yes”.</source>
        <translation>Ajouter un transfert ci-dessous revient à répondre «&#xa0;Oui&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“No” is recorded, but transfers are listed below: answer “Yes”, or remove the transfers.</source>
        <translation>«&#xa0;Non&#xa0;» est enregistré, mais des transferts figurent ci-dessous&#xa0;: répondez «&#xa0;Oui&#xa0;» ou supprimez ces transferts.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Transfers outside the EEA are listed below: remove them before answering “No”.</source>
        <translation>Des transferts hors de l’EEE figurent ci-dessous&#xa0;: supprimez-les avant de répondre «&#xa0;Non&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <location filename="../ropa/ui/views/activity_filter_bar.py" line="+59"/>
        <source>To translate</source>
        <translation>À traduire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the activities with texts not yet in every document language</source>
        <translation>Uniquement les activités dont des textes manquent encore dans une des langues des documents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{field}: all</source>
        <translation>{field}&#xa0;: tout</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../ropa/ui/models/activity_table_model.py" line="+70"/>
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
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To translate</source>
        <translation>À traduire</translation>
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
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attached on</source>
        <translation>Joint le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached documents</source>
        <translation>Documents joints</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach a file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a copy of a document inside the register (at most %1 MB): a signed contract, a report, evidence. You can also drop files on the list.</source>
        <translation>Conserver une copie d’un document dans le registre (%1 Mo au plus)&#xa0;: un contrat signé, un rapport, une preuve. Vous pouvez aussi faire glisser des fichiers sur la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a copy of the document with its usual program</source>
        <translation>Ouvrir une copie du document avec son programme habituel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the document from the register (Undo puts it back)</source>
        <translation>Retirer le document du registre (Annuler le rétablit)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Attach documents</source>
        <translation>Joindre des documents</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document was not attached.</source>
        <translation>Le document n’a pas été joint.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+4"/>
        <source>The document could not be opened.</source>
        <translation>Le document n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save a copy of the document</source>
        <translation>Enregistrer une copie du document</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy was not saved.</source>
        <translation>La copie n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The document was not removed.</source>
        <translation>Le document n’a pas été retiré.</translation>
    </message>
</context>
<context>
    <name>BreachDrafts</name>
    <message>
        <location filename="../ropa/ui/views/breach_drafts.py" line="+47"/>
        <source>Draft notification to the authority…</source>
        <translation>Projet de notification à l’autorité…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a draft of the notification to the supervisory authority (Art. 33 GDPR), filled from this breach, to check and complete before sending</source>
        <translation>Enregistrer un projet de notification à l’autorité de contrôle (art. 33 RGPD), rempli à partir de cette violation, à vérifier et à compléter avant l’envoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft letter to the people…</source>
        <translation>Projet de lettre aux personnes concernées…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a draft of the letter to the people concerned (Art. 34 GDPR), filled from this breach, to check and complete before sending</source>
        <translation>Enregistrer un projet de lettre aux personnes concernées (art. 34 RGPD), rempli à partir de cette violation, à vérifier et à compléter avant l’envoi</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the draft notification to the authority</source>
        <translation>Enregistrer le projet de notification à l’autorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the draft letter to the people</source>
        <translation>Enregistrer le projet de lettre aux personnes concernées</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the draft…</source>
        <translation>Rédaction du projet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>The draft was not saved.</source>
        <translation>Le projet n’a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The draft notification to the authority was saved as “%1”.</source>
        <translation>Le projet de notification à l’autorité a été enregistré sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft letter to the people was saved as “%1”.</source>
        <translation>Le projet de lettre aux personnes concernées a été enregistré sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to complete before sending it:</source>
        <translation>Reste à compléter avant de l’envoyer&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is marked as to complete: read the draft all the same before sending it.</source>
        <translation>Rien n’est marqué comme à compléter&#xa0;: relisez tout de même le projet avant de l’envoyer.</translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <location filename="../ropa/ui/models/breach_table_model.py" line="+48"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovered</source>
        <translation>Découverte le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
</context>
<context>
    <name>BreachesView</name>
    <message>
        <location filename="../ropa/ui/views/breaches_view.py" line="+59"/>
        <source>What happened</source>
        <translation>Les faits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the firm became aware of it, in this computer&apos;s local time: the 72 hours run from then.</source>
        <translation>Quand l’entreprise en a pris connaissance, à l’heure locale de cet ordinateur&#xa0;: les 72&#xa0;heures courent à partir de ce moment.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People and data concerned</source>
        <translation>Personnes et données concernées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supervisory authority</source>
        <translation>Autorité de contrôle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only when the authority was notified after 72 hours.</source>
        <translation>Seulement si la violation a été notifiée à l’autorité après 72&#xa0;heures.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Informing the people</source>
        <translation>Information des personnes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People are told of a high-risk breach unless one of these applies (Art. 34(3)).</source>
        <translation>Les personnes sont informées d’une violation à risque élevé, sauf si l’un de ces cas s’applique (art. 34.3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As a processor</source>
        <translation>En tant que sous-traitant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A processor tells its client controllers without undue delay (Art. 33(2)).</source>
        <translation>Un sous-traitant informe ses clients responsables du traitement dans les meilleurs délais (art. 33.2).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search data breaches</source>
        <translation>Rechercher des violations de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data breaches</source>
        <translation>Violations de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New breach</source>
        <translation>Nouvelle violation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Data breach editor</source>
        <translation>Éditeur de la violation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The breach was not created.</source>
        <translation>La violation n’a pas été créée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The breach was not deleted.</source>
        <translation>La violation n’a pas été supprimée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this breach?</source>
        <translation>Supprimer cette violation&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CatalogueTableModel</name>
    <message>
        <location filename="../ropa/ui/models/catalogue_table_model.py" line="+31"/>
        <source>Type and group</source>
        <translation>Type et groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by (activities)</source>
        <translation>Utilisée par (activités)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Special category (Art. 9)</source>
        <translation>Catégorie particulière (art. 9)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criminal data (Art. 10)</source>
        <translation>Données pénales (art. 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National number</source>
        <translation>Numéro national</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Minors</source>
        <translation>Mineurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable persons</source>
        <translation>Personnes vulnérables</translation>
    </message>
</context>
<context>
    <name>CataloguesView</name>
    <message>
        <location filename="../ropa/ui/views/catalogues_view.py" line="+92"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by name, description or property</source>
        <translation>Rechercher par nom, description ou propriété</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the catalogue</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Catalogue entries</source>
        <translation>Entrées du catalogue</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Catalogue entry editor</source>
        <translation>Éditeur de l’entrée du catalogue</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The entry was not created.</source>
        <translation>L’entrée n’a pas été créée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete this entry?</source>
        <translation>Supprimer cette entrée&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>“%1” was not deleted: it is used by %n processing activities. Remove it from those activities first.</source>
        <translation>
            <numerusform>L’entrée «&#xa0;%1&#xa0;» n’a pas été supprimée&#xa0;: elle est utilisée par %n activité de traitement. Retirez-la d’abord de cette activité.</numerusform>
            <numerusform>L’entrée «&#xa0;%1&#xa0;» n’a pas été supprimée&#xa0;: elle est utilisée par %n activités de traitement. Retirez-la d’abord de ces activités.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The entry was not deleted.</source>
        <translation>L’entrée n’a pas été supprimée.</translation>
    </message>
</context>
<context>
    <name>ClockSummary</name>
    <message>
        <location filename="../ropa/ui/views/breaches_view.py" line="-166"/>
        <source>The authority is notified within 72 hours of discovery, unless the breach is unlikely to result in a risk to people (Art. 33(1) GDPR).</source>
        <translation>La violation est notifiée à l’autorité dans les 72&#xa0;heures suivant sa découverte, sauf si elle n’est pas susceptible d’engendrer un risque pour les personnes (art. 33.1 RGPD).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The 72 hours ended on %1.</source>
        <translation>Le délai de 72&#xa0;heures a expiré le %1.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingModel</name>
    <message>
        <location filename="../ropa/ui/models/table_mapping_model.py" line="+50"/>
        <source>“{text}”</source>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Label in the file</source>
        <translation>Libellé dans le fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported as</source>
        <translation>Importée dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity {number}</source>
        <translation>Activité {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{column} imported as {field}</source>
        <translation>{column} importée dans {field}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{field} takes one column only: also chosen for {others}.</source>
        <translation>{field} ne prend qu’une colonne&#xa0;: également choisi pour {others}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ropa did not recognise this column: choose the field it goes to, or leave it out (its values are then kept in the activity&apos;s notes).</source>
        <translation>ropa n’a pas reconnu cette colonne&#xa0;: choisissez le champ où elle va, ou laissez-la de côté (ses valeurs sont alors gardées dans les remarques de l’activité).</translation>
    </message>
</context>
<context>
    <name>ColumnsStep</name>
    <message>
        <location filename="../ropa/ui/dialogs/table_import_columns.py" line="+81"/>
        <source>One activity per row</source>
        <translation>Une activité par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One activity per sheet</source>
        <translation>Une activité par feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header &amp;row:</source>
        <translation>Ligne d’&amp;en-tête&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;heets:</source>
        <translation>&amp;Feuilles&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Columns of the file and where they go:</source>
        <translation>&amp;Colonnes du fichier et leur destination&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>File {name}, %n sheet(s)</source>
        <translation>
            <numerusform>Fichier {name}, %n feuille</numerusform>
            <numerusform>Fichier {name}, %n feuilles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Columns imported: {known} of {total}.</source>
        <translation>Colonnes importées&#xa0;: {known} sur {total}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the field of each column.</source>
        <translation>Vérifiez le champ de chaque colonne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Those marked with a warning sign were not recognised: choose their field, or leave them out (their values are then kept in the activity&apos;s notes).</source>
        <translation>Celles marquées d’un signe d’avertissement n’ont pas été reconnues&#xa0;: choisissez leur champ, ou laissez-les de côté (leurs valeurs sont alors gardées dans les remarques de l’activité).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} of {total}</source>
        <translation>{count} sur {total}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The table cannot be read this way.</source>
        <translation>Le tableau ne peut pas être lu de cette façon.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{field} takes one column only, and {columns} go to it: choose another field for all but one.</source>
        <translation>{field} ne prend qu’une colonne, et {columns} y vont&#xa0;: choisissez un autre champ pour toutes sauf une.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../ropa/ui/commands.py" line="+199"/>
        <source>Create “%1”</source>
        <translation>Créer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created “%1”</source>
        <translation>Création de «&#xa0;%1&#xa0;» effectuée</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the change to “%1”</source>
        <translation>Modification de «&#xa0;%1&#xa0;» enregistrée</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted “%1”</source>
        <translation>Suppression de «&#xa0;%1&#xa0;» effectuée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Duplicate “%1”</source>
        <translation>Dupliquer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicated “%1”</source>
        <translation>Duplication de «&#xa0;%1&#xa0;» effectuée</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Add %n activities from templates</source>
        <translation>
            <numerusform>Ajouter %n activité à partir de modèles</numerusform>
            <numerusform>Ajouter %n activités à partir de modèles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Added %n activities from templates</source>
        <translation>
            <numerusform>%n activité ajoutée à partir d’un modèle</numerusform>
            <numerusform>%n activités ajoutées à partir de modèles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Retire “%1”</source>
        <translation>Terminer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retired “%1”</source>
        <translation>Fin de «&#xa0;%1&#xa0;» enregistrée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reactivate “%1”</source>
        <translation>Réactiver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reactivated “%1”</source>
        <translation>Réactivation de «&#xa0;%1&#xa0;» effectuée</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change links of “%1”</source>
        <translation>Modifier les liens de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed the links of “%1”</source>
        <translation>Modification des liens de «&#xa0;%1&#xa0;» enregistrée</translation>
    </message>
    <message>
        <location filename="../ropa/ui/forms/attachments.py" line="-267"/>
        <source>Attach “%1”</source>
        <translation>Joindre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attached “%1”</source>
        <translation>«&#xa0;%1&#xa0;» joint</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message numerus="yes">
        <location filename="../ropa/ui/dialogs/confirm_delete.py" line="+23"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{key} (Edit ▸ Undo) brings back what is deleted.</source>
        <translation>{key} (Édition ▸ Annuler) rétablit ce qui a été supprimé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Don&apos;t ask again</source>
        <translation>Ne plus demander</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To be asked again: Edit &gt; Preferences.</source>
        <translation>Pour que la question revienne&#xa0;: Édition &gt; Préférences.</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../ropa/ui/dialogs/conflict.py" line="+17"/>
        <source>Changed elsewhere</source>
        <translation>Modification faite ailleurs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save my value</source>
        <translation>Enregistrer ma valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep theirs</source>
        <translation>Garder l’autre valeur</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+439"/>
        <source>Privacy contact</source>
        <translation>Contact vie privée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who answers questions about personal data? If your organisation has designated a data protection officer (DPO), give their details; otherwise, give the person people can contact about privacy.</source>
        <translation>Qui répond aux questions sur les données personnelles&#xa0;? Si votre organisation a désigné un délégué à la protection des données (DPO), indiquez ses coordonnées&#xa0;; sinon, indiquez la personne que l’on peut contacter au sujet de la vie privée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Has your organisation designated a data protection officer (DPO)?</source>
        <translation>Votre organisation a-t-elle désigné un délégué à la protection des données (DPO)&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I don&apos;t know yet</source>
        <translation>Je ne sais pas encore</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Without an answer, the privacy notice says nothing about a DPO and lists the question as to be completed; you can answer it later on the Organisation page.</source>
        <translation>Sans réponse, la politique de confidentialité ne dit rien d’un DPO et signale la question comme étant à compléter&#xa0;; vous pourrez y répondre plus tard sur la page Organisation.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Suggested from the organisation&apos;s e-mail: change it if privacy requests go to another address.</source>
        <translation>Adresse proposée d’après l’e-mail de l’organisation&#xa0;: modifiez-la si les demandes relatives à la vie privée doivent être envoyées ailleurs.</translation>
    </message>
    <message>
        <location line="+21"/>
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
    <name>ContractSummary</name>
    <message>
        <location filename="../ropa/ui/views/contracts_view.py" line="+117"/>
        <source>A signed contract is in force until its end date; its review is due from the review date.</source>
        <translation>Un contrat signé est en vigueur jusqu’à sa date de fin&#xa0;; il est à revoir à partir de la date de révision prévue.</translation>
    </message>
</context>
<context>
    <name>ContractTableModel</name>
    <message>
        <location filename="../ropa/ui/models/contract_table_model.py" line="+48"/>
        <source>State</source>
        <translation>Situation</translation>
    </message>
</context>
<context>
    <name>ContractTexts</name>
    <message>
        <location filename="../ropa/ui/models/contract_texts.py" line="+41"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review due</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status not answered</source>
        <translation>État non renseigné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No contract</source>
        <translation>Aucun contrat</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No contract recorded</source>
        <translation>Aucun contrat enregistré</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contracts recorded</source>
        <translation>
            <numerusform>%n contrat enregistré</numerusform>
            <numerusform>%n contrats enregistrés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The stipulations of Art. 28(3) are not checked yet.</source>
        <translation>Les clauses de l’art. 28.3 n’ont pas encore été vérifiées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All eight stipulations of Art. 28(3) are checked.</source>
        <translation>Les huit clauses de l’art. 28.3 sont cochées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not checked:</source>
        <translation>Non cochées&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ContractsView</name>
    <message>
        <location filename="../ropa/ui/views/contracts_view.py" line="-53"/>
        <source>The contract</source>
        <translation>Le contrat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left empty, nothing in the register says the contract is signed.</source>
        <translation>Tant que ce champ est vide, le registre n’indique nulle part que le contrat est signé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What it stipulates</source>
        <translation>Ce qu’il prévoit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick each stipulation the contract contains: Art. 28(3) requires all eight.</source>
        <translation>Cochez chaque clause que contient le contrat&#xa0;: l’art. 28.3 exige les huit.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Search by party or reference</source>
        <translation>Rechercher par organisme ou référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search processing contracts</source>
        <translation>Rechercher des contrats de sous-traitance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing contracts</source>
        <translation>Contrats de sous-traitance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contract</source>
        <translation>Nouveau contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter by party</source>
        <translation>Filtrer par organisme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Party:</source>
        <translation>Organisme&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Processing contract editor</source>
        <translation>Éditeur du contrat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it stands</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>All parties</source>
        <translation>Tous les organismes</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Delete %n contracts…</source>
        <translation>
            <numerusform>Supprimer %n contrat…</numerusform>
            <numerusform>Supprimer %n contrats…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n…</source>
        <translation>
            <numerusform>Supprimer %n…</numerusform>
            <numerusform>Supprimer %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete these %n contracts?</source>
        <translation>
            <numerusform>Supprimer %n contrat&#xa0;?</numerusform>
            <numerusform>Supprimer ces %n contrats&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted %n contracts</source>
        <translation>
            <numerusform>%n contrat supprimé</numerusform>
            <numerusform>%n contrats supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n contracts</source>
        <translation>
            <numerusform>Supprimer %n contrat</numerusform>
            <numerusform>Supprimer %n contrats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The contract was not created.</source>
        <translation>Le contrat n’a pas été créé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The contract was not deleted.</source>
        <translation>Le contrat n’a pas été supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this contract?</source>
        <translation>Supprimer ce contrat&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CookieTableModel</name>
    <message>
        <location filename="../ropa/ui/models/cookie_table_model.py" line="+33"/>
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
        <location line="+28"/>
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
        <location filename="../ropa/ui/views/cookies_view.py" line="+79"/>
        <source>Search by name or provider</source>
        <translation>Rechercher par nom ou fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cookies</source>
        <translation>Rechercher des cookies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New cookie</source>
        <translation>Nouveau cookie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Delete this cookie?</source>
        <translation>Supprimer ce cookie&#xa0;?</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Cookies and trackers</source>
        <translation>Cookies et traceurs</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>For a cookie that is not strictly necessary and set without consent: the conditions of the authority&apos;s exemption it meets.</source>
        <translation>Pour un cookie qui n’est pas strictement nécessaire et déposé sans consentement&#xa0;: les conditions de l’exemption de l’autorité qu’il remplit.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cookie editor</source>
        <translation>Éditeur du cookie</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The cookie was not created.</source>
        <translation>Le cookie n’a pas été créé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cookie was not deleted.</source>
        <translation>Le cookie n’a pas été supprimé.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../ropa/app.py" line="+164"/>
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
        <translation>Les détails se trouvent dans le fichier journal&#xa0;; veuillez l’envoyer à votre contact support&#xa0;:
{path}</translation>
    </message>
</context>
<context>
    <name>DashboardPanels</name>
    <message numerus="yes">
        <location filename="../ropa/ui/views/dashboard_panels.py" line="-203"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counts</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities by</source>
        <translation>Activités par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Findings by severity</source>
        <translation>Constats par gravité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../ropa/ui/views/dashboard_view.py" line="+207"/>
        <location line="+42"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocks publication</source>
        <translation>Bloque la publication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocks publishing the privacy notice: it cannot be published or exported until this is fixed.</source>
        <translation>Empêche de publier la politique de confidentialité&#xa0;: elle ne peut être ni publiée ni exportée tant que ce point n’est pas réglé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the finding blocks publishing the privacy notice</source>
        <translation>Indique si le constat empêche de publier la politique de confidentialité</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the privacy notice…</source>
        <translation>Vérification de la politique de confidentialité…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Completeness per activity</source>
        <translation>Complétude par activité</translation>
    </message>
    <message>
        <location line="-19"/>
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
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 30 items</source>
        <translation>Éléments de l’art. 30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviews due</source>
        <translation>Revues à faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reviews: overdue and next 60 days</source>
        <translation>Revues&#xa0;: en retard et dans les 60 prochains jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts</source>
        <translation>Chiffres</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../ropa/ui/forms/fields.py" line="+680"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>“%1” is not a date: type it day first, for example 15/01/2026.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: tapez-la en commençant par le jour, par exemple 15/01/2026.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../ropa/ui/forms/datetime_field.py" line="+96"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: time</source>
        <translation>%1&#xa0;: heure</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>“%1” is not a date: type it day first, for example 15/01/2026.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: tapez-la en commençant par le jour, par exemple 15/01/2026.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a time: type hours and minutes, for example 14:30.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure&#xa0;: tapez les heures et les minutes, par exemple 14:30.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This time does not exist on that day (the clocks move forward): check the time.</source>
        <translation>Cette heure n’existe pas ce jour-là (passage à l’heure d’été)&#xa0;: vérifiez l’heure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the time too, for example 14:30.</source>
        <translation>Tapez aussi l’heure, par exemple 14:30.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the date too, for example 15/01/2026.</source>
        <translation>Tapez aussi la date, par exemple 15/01/2026.</translation>
    </message>
</context>
<context>
    <name>DeadlineSummary</name>
    <message>
        <location filename="../ropa/ui/views/requests_view.py" line="+129"/>
        <source>One month from receipt, three months when extended (Art. 12(3) GDPR); when that month has no such day, its last day.</source>
        <translation>Un mois à compter de la réception, trois mois en cas de prolongation (art. 12.3 RGPD)&#xa0;; si le mois d’échéance n’a pas ce jour-là, son dernier jour.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Last day to answer: %1</source>
        <translation>Dernier jour pour répondre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person has not been told of the extension; this had to be done by %1 (the end of the first month).</source>
        <translation>La personne n’a pas été informée de la prolongation&#xa0;; elle devait l’être au plus tard le %1 (fin du premier mois).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person was told of the extension after the first month.</source>
        <translation>La personne a été informée de la prolongation après le premier mois.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../ropa/ui/document_actions.py" line="+61"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file named “%1” already exists in this folder. Replace it?</source>
        <translation>Un fichier nommé «&#xa0;%1&#xa0;» existe déjà dans ce dossier. Voulez-vous le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Export register as &amp;PDF…</source>
        <translation>Exporter le registre en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export register as Exce&amp;l…</source>
        <translation>Exporter le registre en Exce&amp;l…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export register in the &amp;APD/GBA layout (Excel)…</source>
        <translation>Exporter le registre selon le modèle de l’&amp;APD (Excel)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export register in the CNIL la&amp;yout (Excel)…</source>
        <translation>Exporter le re&amp;gistre selon le modèle de la CNIL (Excel)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print pre&amp;view of the register…</source>
        <translation>Aperçu a&amp;vant impression du registre…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include drafts in the PDF re&amp;gister</source>
        <translation>Inclure les &amp;brouillons dans le registre PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Describe the draft activities in the PDF register and its print preview, marked as drafts (otherwise they are only named as in preparation)</source>
        <translation>Décrire les activités à l’état de brouillon dans le registre PDF et son aperçu avant impression, signalées comme brouillons (sinon, elles sont seulement citées comme en préparation)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import from E&amp;xcel…</source>
        <translation>Importer depuis E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a register from a &amp;spreadsheet…</source>
        <translation>I&amp;mporter un registre depuis un tableur…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export register as &amp;DPV (JSON-LD)…</source>
        <translation>Exporter le registre en &amp;DPV (JSON-LD)…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} - register - {date}</source>
        <translation>{name} - registre - {date}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export the register (PDF)</source>
        <translation>Exporter le registre (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the PDF register…</source>
        <translation>Écriture du registre PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the register (Excel)</source>
        <translation>Exporter le registre (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <location line="+140"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Writing the Excel workbook…</source>
        <translation>Écriture du classeur Excel…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the register (APD/GBA layout)</source>
        <translation>Exporter le registre (modèle de l’APD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} - register (APD layout) - {date}</source>
        <translation>{name} - registre (modèle APD) - {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the register (CNIL layout)</source>
        <translation>Exporter le registre (modèle de la CNIL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} - register (CNIL layout) - {date}</source>
        <translation>{name} - registre (modèle CNIL) - {date}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing the register in the authority’s layout…</source>
        <translation>Écriture du registre selon le modèle de l’autorité…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export the register (DPV)</source>
        <translation>Exporter le registre (DPV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON-LD documents (*.jsonld)</source>
        <translation>Documents JSON-LD (*.jsonld)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the DPV document…</source>
        <translation>Écriture du document DPV…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled</source>
        <translation>Export annulé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register was not exported.</source>
        <translation>Le registre n’a pas été exporté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported: {path}</source>
        <translation>Exporté&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the pages…</source>
        <translation>Préparation des pages…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print preview cancelled</source>
        <translation>Aperçu avant impression annulé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register cannot be previewed.</source>
        <translation>Impossible d’afficher l’aperçu du registre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print preview — {name}</source>
        <translation>Aperçu avant impression — {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <location line="+23"/>
        <source>Import from Excel</source>
        <translation>Importer depuis Excel</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Nothing was imported: the register is unchanged.</source>
        <translation>Rien n’a été importé&#xa0;: le registre est inchangé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the workbook…</source>
        <translation>Lecture du classeur…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The workbook contains no changes.</source>
        <translation>Le classeur ne contient aucune modification.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Workbook imported: %n change(s)</source>
        <translation>
            <numerusform>Classeur importé&#xa0;: %n modification</numerusform>
            <numerusform>Classeur importé&#xa0;: %n modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../ropa/ui/views/activity_editor/documents.py" line="+36"/>
        <source>Documents kept with this activity inside the register: a legitimate-interest assessment, a consent form, a retention schedule. They are not printed in the register or the privacy notice.</source>
        <translation>Documents conservés avec cette activité dans le registre&#xa0;: une mise en balance des intérêts, un formulaire de consentement, un tableau des durées de conservation. Ils ne sont imprimés ni dans le registre ni dans la politique de confidentialité.</translation>
    </message>
</context>
<context>
    <name>DpiaReport</name>
    <message>
        <location filename="../ropa/ui/views/dpia_report.py" line="+46"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the report of this impact assessment (Art. 35 GDPR) as PDF or Word, each part drawn from the register, with what it still lacks marked</source>
        <translation>Enregistrer le rapport de cette analyse d’impact (art. 35 RGPD) en PDF ou en Word, établi à partir du registre, en signalant ce qui manque encore</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save the impact assessment report</source>
        <translation>Enregistrer le rapport d’analyse d’impact</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>The report was not saved.</source>
        <translation>Le rapport n’a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The impact assessment report was saved as “%1”.</source>
        <translation>Le rapport d’analyse d’impact a été enregistré sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Still to complete in the assessment:</source>
        <translation>Reste à compléter dans l’analyse&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is marked as to complete: read the report all the same.</source>
        <translation>Rien n’est marqué comme à compléter&#xa0;: relisez tout de même le rapport.</translation>
    </message>
</context>
<context>
    <name>DpiaRisks</name>
    <message>
        <location filename="../ropa/ui/views/dpia_risks.py" line="+75"/>
        <source>Not rated yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the measures</source>
        <translation>Avant les mesures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the measures</source>
        <translation>Après les mesures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a risk</source>
        <translation>Ajouter un risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the risk</source>
        <translation>Retirer le risque</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add the three usual risks</source>
        <translation>Ajouter les trois risques habituels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Illegitimate access to data, unwanted modification of data, disappearance of data: the risks the CNIL&apos;s method assesses for any processing.</source>
        <translation>Accès illégitime à des données, modification non désirée de données, disparition de données&#xa0;: les risques que la méthode de la CNIL évalue pour tout traitement.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Residual level</source>
        <translation>Niveau résiduel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate each risk&apos;s likelihood and severity before and after its measures, on the CNIL&apos;s four levels. A risk is high when both reach “Significant”.</source>
        <translation>Évaluez la vraisemblance et la gravité de chaque risque avant et après ses mesures, sur les quatre niveaux de la CNIL. Un risque est élevé quand les deux atteignent «&#xa0;Importante&#xa0;».</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>High risk: %1</source>
        <translation>Risque élevé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The three usual risks are already listed.</source>
        <translation>Les trois risques habituels sont déjà listés.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Added %n usual risks</source>
        <translation>
            <numerusform>%n risque habituel ajouté</numerusform>
            <numerusform>%n risques habituels ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add %n usual risks</source>
        <translation>
            <numerusform>Ajouter %n risque habituel</numerusform>
            <numerusform>Ajouter %n risques habituels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DpiaSummary</name>
    <message>
        <location filename="../ropa/ui/views/dpia_form.py" line="+168"/>
        <source>A completed assessment is to review from its review date.</source>
        <translation>Une analyse terminée est à revoir à partir de la date prévue pour sa révision.</translation>
    </message>
</context>
<context>
    <name>DpiaTableModel</name>
    <message>
        <location filename="../ropa/ui/models/dpia_table_model.py" line="+52"/>
        <source>State</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest residual risk</source>
        <translation>Risque résiduel le plus élevé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prior consultation</source>
        <translation>Consultation préalable</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The supervisory authority must be consulted before the processing starts (Art. 36(1)).</source>
        <translation>L’autorité de contrôle doit être consultée avant la mise en œuvre du traitement (art. 36.1).</translation>
    </message>
</context>
<context>
    <name>DpiaTexts</name>
    <message>
        <location filename="../ropa/ui/models/dpia_texts.py" line="+37"/>
        <source>Status not answered</source>
        <translation>État non renseigné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review due</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>To consult</source>
        <translation>À consulter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The risk stays high after the measures: the supervisory authority must be consulted before the processing starts (Art. 36(1)).</source>
        <translation>Le risque reste élevé après les mesures&#xa0;: l’autorité de contrôle doit être consultée avant la mise en œuvre du traitement (art. 36.1).</translation>
    </message>
</context>
<context>
    <name>DpiasView</name>
    <message>
        <location filename="../ropa/ui/views/dpia_form.py" line="-129"/>
        <source>The processing (Art. 35(7)(a))</source>
        <translation>Le traitement (art. 35.7.a)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick the activities the assessment covers; double-click one to open it.</source>
        <translation>Cochez les activités que couvre l’analyse&#xa0;; double-cliquez sur l’une d’elles pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left empty, nothing in the register says the assessment is done.</source>
        <translation>Tant que ce champ est vide, le registre n’indique nulle part que l’analyse est faite.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Necessity and proportionality (Art. 35(7)(b))</source>
        <translation>Nécessité et proportionnalité (art. 35.7.b)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the processing is needed for its purposes and why no less intrusive means would do: data kept to the minimum, retention, information and rights of the people.</source>
        <translation>Pourquoi le traitement est nécessaire à ses finalités et pourquoi aucun moyen moins intrusif ne suffirait&#xa0;: données limitées au minimum, durées de conservation, information et droits des personnes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Risks to the people (Art. 35(7)(c))</source>
        <translation>Risques pour les personnes (art. 35.7.c)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measures (Art. 35(7)(d))</source>
        <translation>Mesures (art. 35.7.d)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Residual risk and conclusion</source>
        <translation>Risque résiduel et conclusion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>High: the supervisory authority is consulted before the processing starts (Art. 36(1)).</source>
        <translation>Élevé&#xa0;: l’autorité de contrôle est consultée avant la mise en œuvre du traitement (art. 36.1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opinions</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or why their views were not sought.</source>
        <translation>Ou pourquoi leur avis n’a pas été demandé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supervisory authority (Art. 36)</source>
        <translation>Autorité de contrôle (art. 36)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review the assessment at least when the risk changes (Art. 35(11)): the Overview&apos;s To do lists it from 30 days before.</source>
        <translation>Revoyez l’analyse au moins quand le risque change (art. 35.11)&#xa0;: «&#xa0;À faire&#xa0;», dans la vue d’ensemble, la signale 30 jours avant.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fill the description of “%1”</source>
        <translation>Remplir la description de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filled the description of “%1”</source>
        <translation>Description de «&#xa0;%1&#xa0;» remplie</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/dpias_view.py" line="+84"/>
        <source>Search by name or activity</source>
        <translation>Rechercher par nom ou activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search impact assessments</source>
        <translation>Rechercher des analyses d’impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact assessments</source>
        <translation>Analyses d’impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New assessment</source>
        <translation>Nouvelle analyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Impact assessment editor</source>
        <translation>Éditeur de l’analyse d’impact</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where it stands</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+137"/>
        <source>Fill from the activities</source>
        <translation>Remplir à partir des activités</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Tick the activities the assessment covers first.</source>
        <translation>Cochez d’abord les activités que couvre l’analyse.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Replace the description with the one drawn from the activities?</source>
        <translation>Remplacer la description par celle tirée des activités&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The description written so far is replaced; Undo brings it back.</source>
        <translation>La description écrite jusqu’ici est remplacée&#xa0;; Annuler la rétablit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The description was not filled.</source>
        <translation>La description n’a pas été remplie.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Delete %n assessments…</source>
        <translation>
            <numerusform>Supprimer %n analyse…</numerusform>
            <numerusform>Supprimer %n analyses…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n…</source>
        <translation>
            <numerusform>Supprimer %n…</numerusform>
            <numerusform>Supprimer %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete these %n assessments?</source>
        <translation>
            <numerusform>Supprimer %n analyse&#xa0;?</numerusform>
            <numerusform>Supprimer ces %n analyses&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted %n assessments</source>
        <translation>
            <numerusform>%n analyse supprimée</numerusform>
            <numerusform>%n analyses supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n assessments</source>
        <translation>
            <numerusform>Supprimer %n analyse</numerusform>
            <numerusform>Supprimer %n analyses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The assessment was not created.</source>
        <translation>L’analyse n’a pas été créée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assessment was not deleted.</source>
        <translation>L’analyse n’a pas été supprimée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this assessment?</source>
        <translation>Supprimer cette analyse&#xa0;?</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../ropa/ui/forms/fields.py" line="-206"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+50"/>
        <source>New register</source>
        <translation>Nouveau registre</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The legal name and legal form in the other languages are proposed from the legal form: change them on the Organisation page if they are not right.</source>
        <translation>La dénomination sociale et la forme juridique dans les autres langues sont proposées d’après la forme juridique&#xa0;: modifiez-les sur la page Organisation si elles ne conviennent pas.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location line="-519"/>
        <source>Required field</source>
        <translation>Champ obligatoire</translation>
    </message>
</context>
<context>
    <name>GapsPanel</name>
    <message>
        <location filename="../ropa/ui/views/notice_panels.py" line="+63"/>
        <source>To complete</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to complete in the register</source>
        <translation>Ce qu’il reste à compléter dans le registre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to complete.</source>
        <translation>Rien à compléter.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/guide.py" line="+29"/>
        <source>ropa — user guide</source>
        <translation>ropa — guide de l’utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../ropa/ui/models/history_table_model.py" line="+47"/>
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
        <location filename="../ropa/ui/views/history_view.py" line="+100"/>
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
        <location line="+15"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes shown as a PDF document</source>
        <translation>Enregistrer les modifications affichées dans un document PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Excel…</source>
        <translation>Exporter en Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes shown as an Excel workbook</source>
        <translation>Enregistrer les modifications affichées dans un classeur Excel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The selected change</source>
        <translation>La modification sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a change to read it whole here.</source>
        <translation>Sélectionnez une modification pour la lire ici en entier.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Any</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+152"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>history - {date}</source>
        <translation>historique - {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the history…</source>
        <translation>Écriture de l’historique…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The history was not exported.</source>
        <translation>L’historique n’a pas été exporté.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
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
        <translation>(les {limit} plus récentes seulement&#xa0;: affinez les filtres)</translation>
    </message>
</context>
<context>
    <name>ImportApply</name>
    <message>
        <location filename="../ropa/ui/import_apply.py" line="+48"/>
        <source>Applying the changes…</source>
        <translation>Application des modifications…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/import_preview.py" line="+48"/>
        <source>Import from Excel</source>
        <translation>Importer depuis Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook {source}, for {organisation}</source>
        <translation>Classeur {source}, pour {organisation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New register from a file</source>
        <translation>Nouveau registre à partir d’un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File {source}, read into the new register {target}</source>
        <translation>Fichier {source}, lu dans le nouveau registre {target}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This import cannot be undone with Edit ▸ Undo. The History page keeps every change it makes, with the previous values; to keep a copy of the register as it is now, use File ▸ Save a copy as… before applying.</source>
        <translation>Cet import ne peut pas être annulé avec Édition ▸ Annuler. La page Historique conserve chacune de ses modifications, avec les valeurs précédentes&#xa0;; pour garder une copie du registre dans son état actuel, utilisez Fichier ▸ Enregistrer une copie sous… avant d’appliquer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workbook contains no changes.</source>
        <translation>Le classeur ne contient aucune modification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds no organisation: there is nothing to create.</source>
        <translation>Le fichier ne contient aucune organisation&#xa0;: il n’y a rien à créer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Apply changes</source>
        <translation>&amp;Appliquer les modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create the register</source>
        <translation>&amp;Créer le registre</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n ajout</numerusform>
            <numerusform>%n ajouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n suppression</numerusform>
            <numerusform>%n suppressions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added</source>
        <translation>Ajouts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Suppressions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{column}: {old} → {new}</source>
        <translation>{column}&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>row {number}</source>
        <translation>ligne {number}</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../ropa/ui/views/list_page.py" line="+316"/>
        <source>Delete “%1”…</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The value of “%1” was not saved: correct it, or undo your typing, before choosing another row.</source>
        <translation>La valeur de «&#xa0;%1&#xa0;» n’a pas été enregistrée&#xa0;: corrigez-la ou annulez votre saisie avant de choisir une autre ligne.</translation>
    </message>
</context>
<context>
    <name>LockWait</name>
    <message>
        <location filename="../ropa/ui/dialogs/lock_wait.py" line="+32"/>
        <source>Another program is writing to this register. Waiting for it to finish…</source>
        <translation>Un autre programme écrit dans ce registre. Veuillez patienter jusqu’à ce qu’il ait terminé…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop waiting</source>
        <translation>Ne plus attendre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ropa/ui/main_window.py" line="+184"/>
        <location filename="../ropa/ui/views/activities_view.py" line="-507"/>
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
        <source>Processor activities</source>
        <translation>Activités de sous-traitance</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Rights requests</source>
        <translation>Demandes d’exercice de droits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data breaches</source>
        <translation>Violations de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing contracts</source>
        <translation>Contrats de sous-traitance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact assessments (DPIAs)</source>
        <translation>Analyses d’impact (AIPD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogues</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New register…</source>
        <translation>&amp;Nouveau registre…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New register from a &amp;file…</source>
        <translation>Nouveau registre à partir d’un &amp;fichier…</translation>
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
        <location line="+4"/>
        <source>Export privacy &amp;notice…</source>
        <translation>Exporter la poli&amp;tique de confidentialité…</translation>
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
        <location line="+13"/>
        <source>Add activities from &amp;templates…</source>
        <translation>Ajouter des activités à partir de &amp;modèles…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ropa</source>
        <translation>À &amp;propos de ropa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{done}. {key} to undo.</source>
        <translation>{done}. {key} pour annuler.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Open a register</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The register was not opened.</source>
        <translation>Le registre n’a pas été ouvert.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Create a new register</source>
        <translation>Créer un nouveau registre</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+22"/>
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
        <translation>Copie enregistrée&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a register (JSON)</source>
        <translation>Importer un registre (JSON)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was imported: the register is unchanged.</source>
        <translation>Rien n’a été importé&#xa0;: le registre est inchangé.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
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
        <location line="+11"/>
        <source>The register was not exported.</source>
        <translation>Le registre n’a pas été exporté.</translation>
    </message>
    <message>
        <location line="-482"/>
        <location line="+485"/>
        <source>Exported: {path}</source>
        <translation>Exporté&#xa0;: {path}</translation>
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
        <location line="+37"/>
        <source>ropa {version}
The record of processing activities (GDPR Art. 30).

Licence: {licence}
Qt {qt} · PySide6 {pyside}</source>
        <translation>ropa {version}
Le registre des activités de traitement (RGPD, art. 30).

Licence&#xa0;: {licence}
Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demonstration: fictional organisation, people and numbers</source>
        <translation>Démonstration&#xa0;: organisation, personnes et numéros fictifs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This step could not be applied to the register file and was dropped from the undo history; the register is as it was.</source>
        <translation>Cette étape n’a pas pu être appliquée au fichier du registre et a été retirée de l’historique d’annulation&#xa0;; le registre est resté tel qu’il était.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register was changed elsewhere; this step was not applied and was dropped from the undo history.</source>
        <translation>Le registre a été modifié ailleurs&#xa0;; cette étape n’a pas été appliquée et a été retirée de l’historique d’annulation.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your name was not changed.</source>
        <translation>Votre nom n’a pas été modifié.</translation>
    </message>
    <message numerus="yes">
        <location line="+222"/>
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
        <location filename="../ropa/ui/views/activity_filter_bar.py" line="-54"/>
        <source>Search by reference, name, owner, purpose, data or recipient</source>
        <translation>Rechercher par référence, nom, responsable, finalité, données ou destinataire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search activities</source>
        <translation>Rechercher des activités</translation>
    </message>
</context>
<context>
    <name>NoticeActions</name>
    <message>
        <location filename="../ropa/ui/views/notice_actions.py" line="+92"/>
        <source>The notice was not published.</source>
        <translation>La politique n’a pas été publiée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {number} of the privacy notice published</source>
        <translation>Version {number} de la politique de confidentialité publiée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The notice has not changed since version {number}: no new version.</source>
        <translation>La politique n’a pas changé depuis la version {number}&#xa0;: pas de nouvelle version.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publish the privacy notice</source>
        <translation>Publier la politique de confidentialité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the notice as version {number}?</source>
        <translation>Publier la politique en version {number}&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The register keeps each published version, with its date and your name, as a record of what the notice said. It cannot be undone or deleted; publish again after the next change.</source>
        <translation>Le registre conserve chaque version publiée, avec sa date et votre nom, comme trace de ce que disait la politique. Une publication ne peut être ni annulée ni supprimée&#xa0;; publiez à nouveau après la prochaine modification.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The notice cannot be published yet: complete the register first.</source>
        <translation>La politique ne peut pas encore être publiée&#xa0;: complétez d’abord le registre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HTML pages (*.html *.htm)</source>
        <translation>Pages HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML fragments (*.html *.htm)</source>
        <translation>Fragments HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown documents (*.md)</source>
        <translation>Documents Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the privacy notice</source>
        <translation>Exporter la politique de confidentialité</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The notice was not exported.</source>
        <translation>La politique n’a pas été exportée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported: {path}</source>
        <translation>Exporté&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The notice was copied as HTML.</source>
        <translation>La politique a été copiée en HTML.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../ropa/ui/views/notice_banner.py" line="+52"/>
        <source>State of the notice</source>
        <translation>État de la politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show c&amp;hanges…</source>
        <translation>&amp;Voir les changements…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed in each section since the last published version</source>
        <translation>Ce qui a changé dans chaque rubrique depuis la dernière version publiée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back to current</source>
        <translation>&amp;Revenir à la politique actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the notice as the register makes it now</source>
        <translation>Afficher la politique telle que le registre la rédige maintenant</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The register holds no organisation yet: there is no notice to show.</source>
        <translation>Le registre ne contient encore aucune organisation&#xa0;: il n’y a pas de politique à afficher.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Not ready to publish: %n item(s) to complete (see “To complete”).</source>
        <translation>
            <numerusform>Pas prête pour la publication&#xa0;: %n élément à compléter (voir «&#xa0;À compléter&#xa0;»).</numerusform>
            <numerusform>Pas prête pour la publication&#xa0;: %n éléments à compléter (voir «&#xa0;À compléter&#xa0;»).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not published yet.</source>
        <translation>Pas encore publiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {number} published on {date} by {user} — up to date.</source>
        <translation>Version {number} publiée le {date} par {user} — à jour.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The notice was last published as “{line}”. A new version number or date of your own is not a change of the notice: it is recorded with the next version.</source>
        <translation>La dernière publication de la politique porte la mention «&#xa0;{line}&#xa0;». Changer seulement votre numéro ou votre date de version ne modifie pas la politique&#xa0;: ce changement sera enregistré avec la prochaine version.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed since version {number}: {sections}</source>
        <translation>Changements depuis la version {number}&#xa0;: {sections}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The register was changed after version {number} was published.</source>
        <translation>Le registre a été modifié après la publication de la version {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register was changed after version {number} was published, but not in what the notice says.</source>
        <translation>Le registre a été modifié après la publication de la version {number}, mais pas dans ce que dit la politique.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Showing published version {number} of {date}</source>
        <translation>Affichage de la version publiée {number} du {date}</translation>
    </message>
</context>
<context>
    <name>NoticeChangesDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/notice_changes.py" line="+45"/>
        <source>Changes since version {number}</source>
        <translation>Changements depuis la version {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new section</source>
        <translation>nouvelle rubrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section removed</source>
        <translation>rubrique retirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the notice says now and version {number} did not (+), and what version {number} said that the notice no longer says (−).</source>
        <translation>Ce que la politique dit maintenant et que la version {number} ne disait pas (+), et ce que la version {number} disait et que la politique ne dit plus (−).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
</context>
<context>
    <name>NoticePreview</name>
    <message>
        <location filename="../ropa/ui/views/notice_preview.py" line="+102"/>
        <source>Preview of the privacy notice</source>
        <translation>Aperçu de la politique de confidentialité</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <location filename="../ropa/ui/views/notice_view.py" line="+95"/>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All public activities</source>
        <translation>Toutes les activités publiques</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the notice</source>
        <translation>Langue de la politique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;HTML page…</source>
        <translation>Page &amp;HTML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML &amp;fragment…</source>
        <translation>&amp;Fragment HTML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Word document…</source>
        <translation>Document &amp;Word…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy HTML fragment</source>
        <translation>&amp;Copier le fragment HTML</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Audience:</source>
        <translation>P&amp;ublic&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>There is no privacy notice: the register holds no organisation.</source>
        <translation>Il n’y a pas de politique de confidentialité&#xa0;: le registre ne contient aucune organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notice is not ready: first complete the items marked with a warning under “To complete”.</source>
        <translation>La politique n’est pas prête&#xa0;: complétez d’abord les éléments signalés par un avertissement sous «&#xa0;À compléter&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep the notice as it is now as a new numbered version</source>
        <translation>Conserver la politique telle qu’elle est maintenant comme nouvelle version numérotée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the notice shown as a web page, Markdown, PDF or Word document</source>
        <translation>Enregistrer la politique affichée en page web, en Markdown, en PDF ou en document Word</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the notice shown as HTML to paste into a web site</source>
        <translation>Copier la politique affichée en HTML pour la coller dans un site web</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The version cannot be shown.</source>
        <translation>La version ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../ropa/ui/forms/fields.py" line="+45"/>
        <source>Type a number from %1 to %2.</source>
        <translation>Tapez un nombre de %1 à %2.</translation>
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
        <location line="+26"/>
        <source>The register, the privacy notice and the names of new entries are written in this language.</source>
        <translation>Le registre, la politique de confidentialité et les noms des nouvelles entrées sont rédigés dans cette langue.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show the identifiers of other countries</source>
        <translation>Afficher les identifiants des autres pays</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typed without http:// or https://, the address gets https:// in front.</source>
        <translation>Si vous saisissez l’adresse sans http:// ni https://, https:// est ajouté devant.</translation>
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
        <location line="+100"/>
        <source>Brussels firms often write their documents in French and in Dutch, some in English too. Each language ticked gets its own version of every text of the documents; you can add one later on the Organisation page.</source>
        <translation>Les entreprises bruxelloises rédigent souvent leurs documents en français et en néerlandais, certaines aussi en anglais. Chaque langue cochée reçoit sa propre version de chaque texte des documents&#xa0;; vous pourrez ajouter une langue plus tard sur la page Organisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each language ticked gets its own version of every text of the documents; you can add one later on the Organisation page.</source>
        <translation>Chaque langue cochée reçoit sa propre version de chaque texte des documents&#xa0;; vous pourrez ajouter une langue plus tard sur la page Organisation.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No authority is known for this country: choose one below.</source>
        <translation>Aucune autorité n’est connue pour ce pays&#xa0;: choisissez-en une ci-dessous.</translation>
    </message>
</context>
<context>
    <name>OrganisationSwitcher</name>
    <message>
        <location filename="../ropa/ui/views/organisation_switcher.py" line="+22"/>
        <source>Organisation shown</source>
        <translation>Organisation affichée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OrganisationView</name>
    <message>
        <location filename="../ropa/ui/views/organisation_view.py" line="+121"/>
        <source>This register holds no organisation yet.</source>
        <translation>Ce registre ne contient encore aucune organisation.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document languages</source>
        <translation>Langues des documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address and contact</source>
        <translation>Adresse et coordonnées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data protection officer or privacy contact</source>
        <translation>DPO ou contact vie privée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes: the fields below are your DPO&apos;s details. No: they are those of the person people contact about privacy. Not recorded: the notice does not mention a DPO and the answer is to be completed.</source>
        <translation>Oui&#xa0;: les champs ci-dessous sont les coordonnées de votre DPO. Non&#xa0;: ce sont celles de la personne que l’on contacte au sujet de la vie privée. Non renseigné&#xa0;: la politique ne mentionne aucun DPO et la réponse est à compléter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Representative in the EU (Art. 27)</source>
        <translation>Représentant dans l’UE (art. 27)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supervisory authority</source>
        <translation>Autorité de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How people exercise their rights</source>
        <translation>Exercice des droits par les personnes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The days you take to answer a request: at most one month (Art. 12(3) GDPR). Empty: the notice gives the legal time.</source>
        <translation>Le nombre de jours dans lequel vous répondez à une demande&#xa0;: un mois au plus (art.&#xa0;12.3 RGPD). Vide&#xa0;: la politique indique le délai légal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>National law</source>
        <translation>Loi nationale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty: the notice names the law of the organisation&apos;s country, shown in grey.</source>
        <translation>Vide&#xa0;: la politique cite la loi du pays de l’organisation, affichée en gris.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declarations</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not recorded: the notice takes “Yes” when one of its activities uses special-category data; otherwise it is to be completed.</source>
        <translation>Non renseigné&#xa0;: la politique retient «&#xa0;Oui&#xa0;» quand l’une de ses activités utilise des données de catégories particulières&#xa0;; sinon, c’est à compléter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Below this age a person is a minor for your processing: for consent to online services, 13 in Belgium and 15 in France (Art. 8 GDPR).</source>
        <translation>En dessous de cet âge, une personne est mineure pour vos traitements&#xa0;: pour le consentement aux services en ligne, 13&#xa0;ans en Belgique et 15&#xa0;ans en France (art.&#xa0;8 RGPD).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data location and transfers</source>
        <translation>Localisation des données et transferts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the notice names the countries of your processors.</source>
        <translation>Vide&#xa0;: la politique cite les pays de vos sous-traitants.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How a person obtains a copy of the safeguards of transfers outside the EEA (a transfer&apos;s own text replaces it).</source>
        <translation>Comment une personne obtient une copie des garanties des transferts hors de l’EEE (le texte propre à un transfert le remplace).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With a separate cookie policy, the notice links to it instead of listing the cookies.</source>
        <translation>Avec une politique de cookies distincte, la politique de confidentialité renvoie vers elle au lieu de lister les cookies.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Privacy notice texts</source>
        <translation>Textes de la politique de confidentialité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy notice version</source>
        <translation>Version de la politique de confidentialité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own version number and date, shown in the notice instead of ropa&apos;s numbering.</source>
        <translation>Votre propre numéro de version et sa date, affichés dans la politique à la place de la numérotation de ropa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation profile</source>
        <translation>Profil de l’organisation</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show the identifiers of other countries</source>
        <translation>Afficher les identifiants des autres pays</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The register and the privacy notice exist in each of these languages; every text for the documents gets a version in each. With more than one language, the list above the page chooses the language of the texts shown and edited.</source>
        <translation>Le registre et la politique de confidentialité existent dans chacune de ces langues&#xa0;; chaque texte destiné aux documents y a sa version. Avec plusieurs langues, la liste en haut de la page permet de choisir la langue des textes affichés et modifiés.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This is not one of the organisation&apos;s document languages yet: tick “%1” under “%2”, give the names their text in %3, then make it the main language.</source>
        <translation>Ce n’est pas encore une langue des documents de l’organisation&#xa0;: cochez «&#xa0;%1&#xa0;» sous «&#xa0;%2&#xa0;», traduisez les noms en %3, puis faites-en la langue principale.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make French the main language of the documents?</source>
        <translation>Faire du français la langue principale des documents&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make Dutch the main language of the documents?</source>
        <translation>Faire du néerlandais la langue principale des documents&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make English the main language of the documents?</source>
        <translation>Faire de l’anglais la langue principale des documents&#xa0;?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The texts in %1 become the main texts, and the texts in %2 are kept as texts in %2: no text is lost and none changes language.</source>
        <translation>Les textes en %1 deviennent les textes principaux, et les textes en %2 sont conservés comme textes en %2&#xa0;: aucun texte n’est perdu et aucun ne change de langue.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n text(s) have no version in %1 yet: they stay empty in %1 until you write them (the text in %2 is kept).</source>
        <translation>
            <numerusform>%n texte n’a pas encore de version en %1&#xa0;: il reste vide en %1 tant que vous ne l’avez pas écrit (le texte en %2 est conservé).</numerusform>
            <numerusform>%n textes n’ont pas encore de version en %1&#xa0;: ils restent vides en %1 tant que vous ne les avez pas écrits (le texte en %2 est conservé).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%4 (Edit ▸ Undo) makes %2 the main language again.</source>
        <translation>%4 (Édition ▸ Annuler) rétablit la langue principale actuelle (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the main language</source>
        <translation>Changer la langue principale</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Proposed, to check in each language:</source>
        <translation>Propositions à vérifier dans chaque langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Empty: privacy requests go to the organisation&apos;s e-mail (%1).</source>
        <translation>Vide&#xa0;: les demandes relatives à la vie privée sont envoyées à l’adresse e-mail de l’organisation (%1).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The authority of the organisation&apos;s country</source>
        <translation>L’autorité du pays de l’organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authority of the organisation&apos;s country: %1</source>
        <translation>L’autorité du pays de l’organisation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No supervisory authority is known for this country: choose one.</source>
        <translation>Aucune autorité de contrôle n’est connue pour ce pays&#xa0;: choisissez-en une.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen instead of the authority of the country.</source>
        <translation>Choisie à la place de l’autorité du pays.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derived from the country; choose another one above if needed.</source>
        <translation>Déduite du pays&#xa0;; choisissez-en une autre ci-dessus si nécessaire.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../ropa/ui/views/overview_view.py" line="+115"/>
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
        <translation>Terminées</translation>
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
        <location filename="../ropa/ui/views/parties_view.py" line="+84"/>
        <source>Search by name, service or country</source>
        <translation>Rechercher par nom, service ou pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search parties</source>
        <translation>Rechercher des tiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New party</source>
        <translation>Nouveau tiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Delete this party?</source>
        <translation>Supprimer ce tiers&#xa0;?</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Processors and third parties</source>
        <translation>Sous-traitants et tiers</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Party editor</source>
        <translation>Éditeur du tiers</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The party was not created.</source>
        <translation>Le tiers n’a pas été créé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The party was not deleted.</source>
        <translation>Le tiers n’a pas été supprimé.</translation>
    </message>
</context>
<context>
    <name>PartyChoiceDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/party_choice.py" line="+21"/>
        <source>New contract</source>
        <translation>Nouveau contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which party is the contract with?</source>
        <translation>Avec quel organisme le contrat est-il conclu&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Party</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create the contract</source>
        <translation>Créer le contrat</translation>
    </message>
</context>
<context>
    <name>PartyContracts</name>
    <message>
        <location filename="../ropa/ui/views/party_contracts.py" line="+32"/>
        <source>Contracts…</source>
        <translation>Contrats…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this party&apos;s contracts</source>
        <translation>Afficher les contrats de cet organisme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New contract</source>
        <translation>Nouveau contrat</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <location filename="../ropa/ui/models/party_table_model.py" line="+39"/>
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
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/pdf_preview.py" line="+88"/>
        <source>Pages of the document</source>
        <translation>Pages du document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Page {page} / {count}</source>
        <translation>Page {page} / {count}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the pages to the printer…</source>
        <translation>Envoi des pages à l’imprimante…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The document was not printed: the printer is unavailable.</source>
        <translation>Le document n’a pas été imprimé&#xa0;: l’imprimante n’est pas disponible.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The document was not saved.</source>
        <translation>Le document n’a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/preferences.py" line="+46"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interface language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window is shown again in the chosen language; your register, the page and the activity you are on, and the undo history stay as they are.</source>
        <translation>La fenêtre s’affiche de nouveau dans la langue choisie&#xa0;; votre registre, la page et l’activité où vous vous trouvez ainsi que l’historique d’annulation restent inchangés.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your name in the history</source>
        <translation>Votre nom dans l’historique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your &amp;name in the history</source>
        <translation>Votre &amp;nom dans l’historique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded with each change you make to this register from now on, and on the privacy notice versions you publish; earlier changes keep the name they were recorded with. Left empty, your computer login ({login}) is used.</source>
        <translation>Ce nom est désormais inscrit avec chaque modification que vous apportez à ce registre et sur les versions de la politique de confidentialité que vous publiez&#xa0;; les modifications antérieures gardent le nom sous lequel elles ont été inscrites. Si ce champ reste vide, votre identifiant de session ({login}) est utilisé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask before &amp;deleting</source>
        <translation>Demander une confirmation avant de &amp;supprimer</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../ropa/ui/forms/read_only.py" line="+16"/>
        <source>The register is open read-only: nothing can be changed in it. The banner at the top of the window says why and what to do.</source>
        <translation>Le registre est ouvert en lecture seule&#xa0;: rien ne peut y être modifié. Le bandeau en haut de la fenêtre indique pourquoi et que faire.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../ropa/ui/views/read_only_banner.py" line="+40"/>
        <source>This register is open read-only: you can read, export and copy it, but not change it.</source>
        <translation>Ce registre est ouvert en lecture seule&#xa0;: vous pouvez le consulter, l’exporter et le copier, mais pas le modifier.</translation>
    </message>
</context>
<context>
    <name>RecordDocuments</name>
    <message>
        <location filename="../ropa/ui/document_actions.py" line="-427"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF document in %1 (*.pdf)</source>
        <translation>Document PDF en %1 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document in %1 (*.docx)</source>
        <translation>Document Word en %1 (*.docx)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No application opened “%1”: open it from its folder.</source>
        <translation>Aucune application n’a ouvert «&#xa0;%1&#xa0;»&#xa0;: ouvrez-le depuis son dossier.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../ropa/ui/forms/record_form.py" line="+53"/>
        <source>Fields marked * are required in the register.</source>
        <translation>Les champs marqués * sont obligatoires dans le registre.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%1: %n text(s) to translate</source>
        <translation>
            <numerusform>%1&#xa0;: %n texte à traduire</numerusform>
            <numerusform>%1&#xa0;: %n textes à traduire</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: every text is translated</source>
        <translation>%1&#xa0;: tous les textes sont traduits</translation>
    </message>
</context>
<context>
    <name>RegisterFromFile</name>
    <message>
        <location filename="../ropa/ui/register_from_file.py" line="+67"/>
        <location line="+35"/>
        <source>New register from a file</source>
        <translation>Nouveau registre à partir d’un fichier</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>ropa workbooks and JSON files (*.xlsx *.json)</source>
        <translation>Classeurs ropa et fichiers JSON (*.xlsx *.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the new register</source>
        <translation>Enregistrer le nouveau registre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ropa registers (*.ropa)</source>
        <translation>Registres ropa (*.ropa)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The register was not created.</source>
        <translation>Le registre n’a pas été créé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Nothing was created.</source>
        <translation>Rien n’a été créé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating the register…</source>
        <translation>Création du registre…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register created: {path}</source>
        <translation>Registre créé&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../ropa/ui/models/request_table_model.py" line="+51"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../ropa/ui/views/requests_view.py" line="-108"/>
        <source>The request</source>
        <translation>La demande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A name or an internal reference: no copy of the person&apos;s data.</source>
        <translation>Un nom ou une référence interne&#xa0;: aucune copie des données de la personne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask for more only when there is a reasonable doubt (Art. 12(6)).</source>
        <translation>Ne demandez des informations supplémentaires qu’en cas de doute raisonnable (art. 12.6).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extension</source>
        <translation>Prolongation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only when the time limit is extended: why (the requests&apos; complexity or number).</source>
        <translation>Seulement si le délai est prolongé&#xa0;: pourquoi (complexité ou nombre de demandes).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only when the time limit is extended: the person is told within the first month, with the reasons.</source>
        <translation>Seulement si le délai est prolongé&#xa0;: la personne en est informée dans le premier mois, avec les motifs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As a processor</source>
        <translation>En tant que sous-traitant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A request about data the firm processes for a client: the client answers it; forward it to them.</source>
        <translation>Une demande portant sur des données traitées pour le compte d’un client&#xa0;: c’est au client d’y répondre&#xa0;; transmettez-la-lui.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Search by reference or person</source>
        <translation>Rechercher par référence ou personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search rights requests</source>
        <translation>Rechercher des demandes d’exercice de droits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights requests</source>
        <translation>Demandes d’exercice de droits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rights request editor</source>
        <translation>Éditeur de la demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time limit</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The request was not created.</source>
        <translation>La demande n’a pas été créée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The request was not deleted.</source>
        <translation>La demande n’a pas été supprimée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this request?</source>
        <translation>Supprimer cette demande&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ropa/app.py" line="+187"/>
        <source>ropa opened {path} instead.</source>
        <translation>ropa a ouvert {path} à la place.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The register you used last could not be opened.</source>
        <translation>Le registre utilisé en dernier n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not open {missing}; {name} is shown instead.</source>
        <translation>Impossible d’ouvrir {missing}&#xa0;; {name} est affiché à la place.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+158"/>
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
    <name>TableImport</name>
    <message>
        <location filename="../ropa/ui/table_import.py" line="+103"/>
        <source>Import a register from a spreadsheet</source>
        <translation>Importer un registre depuis un tableur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This register holds no organisation yet.</source>
        <translation>Ce registre ne contient encore aucune organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activities of a spreadsheet are imported into an organisation. Create one first (File ▸ New register… asks for it), then import the spreadsheet into that register.</source>
        <translation>Les activités d’un tableur sont importées dans une organisation. Créez-la d’abord (Fichier ▸ Nouveau registre… vous la demande), puis importez le tableur dans ce registre.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Tableurs (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was imported: the register is unchanged.</source>
        <translation>Rien n’a été importé&#xa0;: le registre est inchangé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the spreadsheet…</source>
        <translation>Lecture du tableur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <location line="+70"/>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message numerus="yes">
        <location line="-63"/>
        <source>Spreadsheet imported: %n change(s)</source>
        <translation>
            <numerusform>Tableur importé&#xa0;: %n modification</numerusform>
            <numerusform>Tableur importé&#xa0;: %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preparing the import…</source>
        <translation>Préparation de l’import…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The spreadsheet cannot be imported as mapped: the register is unchanged.</source>
        <translation>Le tableur ne peut pas être importé avec cette correspondance&#xa0;: le registre est inchangé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Spreadsheet {source}, for {organisation}</source>
        <translation>Tableur {source}, pour {organisation}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>The spreadsheet brings no change to the register.</source>
        <translation>Le tableur n’apporte aucune modification au registre.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the mapping will not be offered next time: {reason}</source>
        <translation>la correspondance ne sera pas proposée la prochaine fois&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/table_import_dialog.py" line="+78"/>
        <source>Import a register from a spreadsheet</source>
        <translation>Importer un registre depuis un tableur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>L&amp;oad mapping…</source>
        <translation>C&amp;harger une correspondance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save mapping…</source>
        <translation>Enre&amp;gistrer la correspondance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview changes…</source>
        <translation>Aperçu des &amp;modifications…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The choices made last time for a table with these columns are applied.</source>
        <translation>Les choix faits la dernière fois pour un tableau avec ces colonnes sont appliqués.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What each value of a closed list becomes. The guesses to check are highlighted and listed first; a value not recorded is kept in the activity&apos;s notes.</source>
        <translation>Ce que devient chaque valeur d’une liste fermée. Les suppositions à vérifier sont mises en évidence et listées en premier&#xa0;; une valeur non renseignée est gardée dans les remarques de l’activité.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Values of the file and what they become:</source>
        <translation>&amp;Valeurs du fichier et ce qu’elles deviennent&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No column imported holds values of a closed list (legal bases, roles, countries, yes or no, durations): there is nothing to check.</source>
        <translation>Aucune colonne importée ne contient de valeurs d’une liste fermée (bases légales, rôles, pays, oui ou non, durées)&#xa0;: il n’y a rien à vérifier.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1. Columns</source>
        <translation>1. Colonnes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. Values</source>
        <translation>2. Valeurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3. Changes</source>
        <translation>3. Modifications</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The values cannot be read.</source>
        <translation>Les valeurs ne peuvent pas être lues.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Guesses to check: %n.</source>
        <translation>
            <numerusform>Supposition à vérifier&#xa0;: %n.</numerusform>
            <numerusform>Suppositions à vérifier&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing left to check; change any value you disagree with.</source>
        <translation>Plus rien à vérifier&#xa0;; changez toute valeur avec laquelle vous n’êtes pas d’accord.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Save the mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The mapping was not saved.</source>
        <translation>La correspondance n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping saved: {path}</source>
        <translation>Correspondance enregistrée&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load a mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mapping was not loaded: nothing changed.</source>
        <translation>La correspondance n’a pas été chargée&#xa0;: rien n’a changé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None of the columns of this table is in the mapping {name}.</source>
        <translation>Aucune colonne de ce tableau ne figure dans la correspondance {name}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mapping {name} loaded: it names {known} of the {total} columns.</source>
        <translation>Correspondance {name} chargée&#xa0;: elle nomme {known} des {total} colonnes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import mappings (*.json)</source>
        <translation>Correspondances d’import (*.json)</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/template_dialog.py" line="+127"/>
        <source>Add activities from templates</source>
        <translation>Ajouter des activités à partir de modèles</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search templates</source>
        <translation>Rechercher dans les modèles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Template preview</source>
        <translation>Aperçu du modèle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client of the processor activities</source>
        <translation>Client des activités de sous-traitance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A client of your directory, or the name of a new one</source>
        <translation>Un client de votre annuaire, ou le nom d&apos;un nouveau client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Client of the processor activities:</source>
        <translation>&amp;Client des activités de sous-traitance&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A processor activity is carried out for a client (the controller). Leave it empty to name the clients later in each activity.</source>
        <translation>Une activité de sous-traitance est menée pour un client (le responsable du traitement). Laissez vide pour indiquer les clients plus tard dans chaque activité.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Add %n activities</source>
        <translation>
            <numerusform>Ajouter %n activité</numerusform>
            <numerusform>Ajouter %n activités</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The activities were not added.</source>
        <translation>Les activités n’ont pas été ajoutées.</translation>
    </message>
</context>
<context>
    <name>TextLanguageBar</name>
    <message>
        <location filename="../ropa/ui/views/text_language_bar.py" line="+32"/>
        <source>Language of the texts shown</source>
        <translation>Langue des textes affichés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document language whose texts the forms show and edit; in another language than the main one, the main text is shown under each field.</source>
        <translation>Parmi les langues des documents, celle dont les formulaires affichent et modifient les textes&#xa0;; dans une autre langue que la langue principale, le texte principal s’affiche sous chaque champ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Texts in:</source>
        <translation>&amp;Textes en&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (main language)</source>
        <translation>%1 (langue principale)</translation>
    </message>
</context>
<context>
    <name>TranslatedText</name>
    <message>
        <location filename="../ropa/ui/forms/fields.py" line="-301"/>
        <source>Copy from %1</source>
        <translation>Copier le texte en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the %1 text as it is (a name that stays the same)</source>
        <translation>Reprendre tel quel le texte en %1 (un nom qui ne change pas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet translated into %1</source>
        <translation>Pas encore traduit en %1</translation>
    </message>
</context>
<context>
    <name>ValueReviewModel</name>
    <message>
        <location filename="../ropa/ui/models/table_mapping_model.py" line="+93"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cells</source>
        <translation>Cellules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ropa is not sure of this guess: check it.</source>
        <translation>ropa n’est pas sûr de cette supposition&#xa0;: vérifiez-la.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{value} imported as {choice}</source>
        <translation>{value} importée comme {choice}</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../ropa/ui/views/notice_panels.py" line="+45"/>
        <location line="+4"/>
        <source>Published versions</source>
        <translation>Versions publiées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published by</source>
        <translation>Publiée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register version</source>
        <translation>Version du registre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected version in the preview</source>
        <translation>Afficher la version sélectionnée dans l’aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No version published yet.</source>
        <translation>Aucune version publiée pour l’instant.</translation>
    </message>
</context>
<context>
    <name>WebsiteField</name>
    <message>
        <location filename="../ropa/ui/forms/fields.py" line="+101"/>
        <source>Typed without http:// or https://, the address gets https:// in front.</source>
        <translation>Si vous saisissez l’adresse sans http:// ni https://, https:// est ajouté devant.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="-464"/>
        <source>Welcome to ropa</source>
        <translation>Bienvenue dans ropa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ropa keeps your record of processing activities (GDPR, Article 30). How would you like to start?</source>
        <translation>ropa tient votre registre des activités de traitement (RGPD, article 30). Comment voulez-vous commencer&#xa0;?</translation>
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
