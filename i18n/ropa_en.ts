<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../ropa/ui/views/activities_view.py" line="+109"/>
        <source>Activity editor</source>
        <translation>Activity editor</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../ropa/ui/views/activity_editor.py" line="+63"/>
        <source>Fields marked * are required in the register.</source>
        <translation>Fields marked * are required in the register.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and legal bases</source>
        <translation>Purposes and legal bases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections of the activity</source>
        <translation>Sections of the activity</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This activity no longer exists.</source>
        <translation>This activity no longer exists.</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor_sections.py" line="+54"/>
        <location filename="../ropa/ui/views/record_editor.py" line="+130"/>
        <source>Clear the date</source>
        <translation>Clear the date</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Add a purpose</source>
        <translation>Add a purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the purpose</source>
        <translation>Remove the purpose</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>New purpose</source>
        <translation>New purpose</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add a phase</source>
        <translation>Add a phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the phase</source>
        <translation>Remove the phase</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Or, when there is no fixed duration, the criterion that ends the phase</source>
        <translation>Or, when there is no fixed duration, the criterion that ends the phase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The whole activity</source>
        <translation>The whole activity</translation>
    </message>
</context>
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
    <name>ContactPage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+325"/>
        <source>Privacy contact</source>
        <translation>Privacy contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who answers questions about personal data? If your organisation has designated a data protection officer (DPO), give their details; otherwise, give the person people can contact about privacy.</source>
        <translation>Who answers questions about personal data? If your organisation has designated a data protection officer (DPO), give their details; otherwise, give the person people can contact about privacy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We have designated a DPO</source>
        <translation>We have designated a DPO</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name of the DPO</source>
        <translation>Name of the DPO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DPO&apos;s e-mail</source>
        <translation>DPO&apos;s e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DPO&apos;s phone</source>
        <translation>DPO&apos;s phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy contact&apos;s name</source>
        <translation>Privacy contact&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy contact&apos;s e-mail</source>
        <translation>Privacy contact&apos;s e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy contact&apos;s phone</source>
        <translation>Privacy contact&apos;s phone</translation>
    </message>
</context>
<context>
    <name>CookieTableModel</name>
    <message>
        <location filename="../ropa/ui/models/cookie_table_model.py" line="+45"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First party</source>
        <translation>First party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent required</source>
        <translation>Consent required</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CookiesView</name>
    <message>
        <location filename="../ropa/ui/views/cookies_view.py" line="+116"/>
        <source>Search by name or provider</source>
        <translation>Search by name or provider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search cookies</source>
        <translation>Search cookies</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+158"/>
        <source>New cookie</source>
        <translation>New cookie</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cookies and trackers</source>
        <translation>Cookies and trackers</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cookie editor</source>
        <translation>Cookie editor</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The cookie was not created.</source>
        <translation>The cookie was not created.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The cookie was not deleted.</source>
        <translation>The cookie was not deleted.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../ropa/app.py" line="+167"/>
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
    <name>FirstRunWizard</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+46"/>
        <source>New register</source>
        <translation>New register</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location line="-303"/>
        <source>Required field</source>
        <translation>Required field</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../ropa/ui/models/history_table_model.py" line="+55"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
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
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ropa/ui/views/history_view.py" line="+132"/>
        <source>Type of entry</source>
        <translation>Type of entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the changes of every day</source>
        <translation>Show the changes of every day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search entries, fields and values</source>
        <translation>Search entries, fields and values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>Search the history</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;rom:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %n change(s)</source>
        <translation>
            <numerusform>{shown} of %n change</numerusform>
            <numerusform>{shown} of %n changes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the newest {limit} only: narrow the filters)</source>
        <translation>(the newest {limit} only: narrow the filters)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ropa/ui/main_window.py" line="+128"/>
        <location filename="../ropa/ui/views/activities_view.py" line="-21"/>
        <source>Processing activities</source>
        <translation>Processing activities</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processors &amp; third parties</source>
        <translation>Processors &amp; third parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cookies &amp; trackers</source>
        <translation>Cookies &amp; trackers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New register…</source>
        <translation>&amp;New register…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Import JSON…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Export JSON…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ropa</source>
        <translation>&amp;About ropa</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a register</source>
        <translation>Open a register</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The register was not opened.</source>
        <translation>The register was not opened.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Create a new register</source>
        <translation>Create a new register</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>The register was not created.</source>
        <translation>The register was not created.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save a copy of the register</source>
        <translation>Save a copy of the register</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The copy was not saved.</source>
        <translation>The copy was not saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy saved: {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a register (JSON)</source>
        <translation>Import a register (JSON)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported: the register is unchanged.</source>
        <translation>Nothing was imported: the register is unchanged.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n organisation(s) imported</source>
        <translation>
            <numerusform>%n organisation imported</numerusform>
            <numerusform>%n organisations imported</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the register (JSON)</source>
        <translation>Export the register (JSON)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The register was not exported.</source>
        <translation>The register was not exported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported: {path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ropa registers (*.ropa)</source>
        <translation>ropa registers (*.ropa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ropa {version}
The record of processing activities (GDPR Art. 30).

Licence: {licence}
Qt {qt} · PySide6 {pyside}</source>
        <translation>ropa {version}
The record of processing activities (GDPR Art. 30).

Licence: {licence}
Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The register was changed elsewhere; this step was dropped from the undo history.</source>
        <translation>The register was changed elsewhere; this step was dropped from the undo history.</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
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
    <message>
        <location filename="../ropa/ui/views/activities_view.py" line="-33"/>
        <source>Search by reference, name or owner</source>
        <translation>Search by reference, name or owner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search activities</source>
        <translation>Search activities</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+29"/>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Language of the documents</source>
        <translation>Language of the documents</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose another authority</source>
        <translation>Choose another authority</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other supervisory authority</source>
        <translation>Other supervisory authority</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Fields marked with * are required.</source>
        <translation>Fields marked with * are required.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No authority is known for this country: choose one below.</source>
        <translation>No authority is known for this country: choose one below.</translation>
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
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As controller</source>
        <translation>As controller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As processor</source>
        <translation>As processor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External parties</source>
        <translation>External parties</translation>
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
        <translation>Latest changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>PartiesView</name>
    <message>
        <location filename="../ropa/ui/views/parties_view.py" line="+111"/>
        <source>Search by name, service or country</source>
        <translation>Search by name, service or country</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search parties</source>
        <translation>Search parties</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+174"/>
        <source>New party</source>
        <translation>New party</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Processors and third parties</source>
        <translation>Processors and third parties</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Party editor</source>
        <translation>Party editor</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The party was not created.</source>
        <translation>The party was not created.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The party was not deleted.</source>
        <translation>The party was not deleted.</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <location filename="../ropa/ui/models/party_table_model.py" line="+51"/>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 28 contract</source>
        <translation>Art. 28 contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract date</source>
        <translation>Contract date</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../ropa/ui/views/record_editor.py" line="+41"/>
        <source>Fields marked * are required in the register.</source>
        <translation>Fields marked * are required in the register.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+78"/>
        <location line="+10"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Check the details, then click Finish to create the register.</source>
        <translation>Check the details, then click Finish to create the register.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location line="-276"/>
        <source>Welcome to ropa</source>
        <translation>Welcome to ropa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ropa keeps your record of processing activities (GDPR, Article 30). How would you like to start?</source>
        <translation>ropa keeps your record of processing activities (GDPR, Article 30). How would you like to start?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create my organisation&apos;s register</source>
        <translation>Create my organisation&apos;s register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explore the demo register (a fictional Belgian IT firm)</source>
        <translation>Explore the demo register (a fictional Belgian IT firm)</translation>
    </message>
</context>
</TS>
