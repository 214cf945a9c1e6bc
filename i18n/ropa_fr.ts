<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
    <name>CrashDialog</name>
    <message>
        <location filename="../ropa/app.py" line="+166"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../ropa/ui/main_window.py" line="+83"/>
        <source>Search by reference, name or owner</source>
        <translation>Rechercher par référence, nom ou responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search activities</source>
        <translation>Rechercher des activités</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Processing activities</source>
        <translation>Activités de traitement</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
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
</context>
</TS>
