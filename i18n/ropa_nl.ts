<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
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
    <name>CrashDialog</name>
    <message>
        <location filename="../ropa/app.py" line="+166"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../ropa/ui/main_window.py" line="+83"/>
        <source>Search by reference, name or owner</source>
        <translation>Zoeken op referentie, naam of eigenaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search activities</source>
        <translation>Activiteiten zoeken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Processing activities</source>
        <translation>Verwerkingsactiviteiten</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
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
</context>
</TS>
