<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../ropa/ui/models/activity_table_model.py" line="+75"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../ropa/ui/commands.py" line="+159"/>
        <source>Create “%1”</source>
        <translation>Create “%1”</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Duplicate “%1”</source>
        <translation>Duplicate “%1”</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Retire “%1”</source>
        <translation>Retire “%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reactivate “%1”</source>
        <translation>Reactivate “%1”</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Change links of “%1”</source>
        <translation>Change links of “%1”</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../ropa/app.py" line="+166"/>
        <source>ropa met an unexpected error.</source>
        <translation>ropa met an unexpected error.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The changes you had saved are kept in the register.</source>
        <translation>The changes you had saved are kept in the register.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details are in the log file; please send it to your support contact:
{path}</source>
        <translation>The details are in the log file; please send it to your support contact:
{path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ropa/ui/main_window.py" line="+83"/>
        <source>Search by reference, name or owner</source>
        <translation>Search by reference, name or owner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search activities</source>
        <translation>Search activities</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Processing activities</source>
        <translation>Processing activities</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %n activities</source>
        <translation>
            <numerusform>{shown} of %n activity</numerusform>
            <numerusform>{shown} of %n activities</numerusform>
        </translation>
    </message>
</context>
</TS>
