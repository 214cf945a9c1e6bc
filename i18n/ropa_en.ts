<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountabilityPanel</name>
    <message>
        <location filename="../ropa/ui/views/dashboard_panels.py" line="+309"/>
        <location line="+4"/>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Where it stands</source>
        <translation>Where it stands</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../ropa/ui/views/activities_view.py" line="+188"/>
        <source>Processor activities</source>
        <translation>Processor activities</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From template…</source>
        <translation>From template…</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>Duplicate “%1”</source>
        <translation>Duplicate “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate %1</source>
        <translation>Duplicate %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire “%1”</source>
        <translation>Retire “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retire %1</source>
        <translation>Retire %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”…</source>
        <translation>Delete “%1”…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1…</source>
        <translation>Delete %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Duplicate %n</source>
        <translation>
            <numerusform>Duplicate %n</numerusform>
            <numerusform>Duplicate %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Retire %n</source>
        <translation>
            <numerusform>Retire %n</numerusform>
            <numerusform>Retire %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n activities…</source>
        <translation>
            <numerusform>Delete %n activity…</numerusform>
            <numerusform>Delete %n activities…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n…</source>
        <translation>
            <numerusform>Delete %n…</numerusform>
            <numerusform>Delete %n…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the selected activities</source>
        <translation>Duplicate the selected activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Activity editor</source>
        <translation>Activity editor</translation>
    </message>
    <message>
        <location line="+370"/>
        <source>The activity was not created.</source>
        <translation>The activity was not created.</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Delete %n activities</source>
        <translation>
            <numerusform>Delete %n activity</numerusform>
            <numerusform>Delete %n activities</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity was not deleted.</source>
        <translation>The activity was not deleted.</translation>
    </message>
    <message numerus="yes">
        <location line="-206"/>
        <location line="+225"/>
        <source>Duplicate %n activities</source>
        <translation>
            <numerusform>Duplicate %n activity</numerusform>
            <numerusform>Duplicate %n activities</numerusform>
        </translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Retire the selected activities</source>
        <translation>Retire the selected activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected activities…</source>
        <translation>Delete the selected activities…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The value of “%1” was not saved: correct it, or undo your typing, before opening another activity.</source>
        <translation>The value of “%1” was not saved: correct it, or undo your typing, before opening another activity.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Delete this activity?</source>
        <translation>Delete this activity?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete these %n activities?</source>
        <translation>
            <numerusform>Delete %n activity?</numerusform>
            <numerusform>Delete these %n activities?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Deleted %n activities</source>
        <translation>
            <numerusform>Deleted %n activity</numerusform>
            <numerusform>Deleted %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Duplicated %n activities</source>
        <translation>
            <numerusform>Duplicated %n activity</numerusform>
            <numerusform>Duplicated %n activities</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The activity was not duplicated.</source>
        <translation>The activity was not duplicated.</translation>
    </message>
    <message numerus="yes">
        <location line="-226"/>
        <location line="+243"/>
        <source>Retire %n activities</source>
        <translation>
            <numerusform>Retire %n activity</numerusform>
            <numerusform>Retire %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Retired %n activities</source>
        <translation>
            <numerusform>Retired %n activity</numerusform>
            <numerusform>Retired %n activities</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity was not retired.</source>
        <translation>The activity was not retired.</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../ropa/ui/views/activity_editor/editor.py" line="+87"/>
        <source>Fields marked * are required in the register.</source>
        <translation>Fields marked * are required in the register.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and legal bases</source>
        <translation>Purposes and legal bases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People &amp; data</source>
        <translation>People &amp; data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients &amp; transfers</source>
        <translation>Recipients &amp; transfers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security &amp; risk</source>
        <translation>Security &amp; risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients &amp; joint controllers</source>
        <translation>Clients &amp; joint controllers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public notice</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections of the activity</source>
        <translation>Sections of the activity</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This activity no longer exists.</source>
        <translation>This activity no longer exists.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%1: %n text(s) to translate</source>
        <translation>
            <numerusform>%1: %n text to translate</numerusform>
            <numerusform>%1: %n texts to translate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: every text is translated</source>
        <translation>%1: every text is translated</translation>
    </message>
    <message>
        <location filename="../ropa/ui/forms/record_form.py" line="+137"/>
        <location line="+3"/>
        <location filename="../ropa/ui/views/activity_editor/sections.py" line="+115"/>
        <location filename="../ropa/ui/views/activity_editor/security.py" line="+41"/>
        <source>Clear the date</source>
        <translation>Clear the date</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/sections.py" line="+39"/>
        <source>In plain words, what you do with the data and why (shown to the public)</source>
        <translation>In plain words, what you do with the data and why (shown to the public)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add a purpose</source>
        <translation>Add a purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the purpose</source>
        <translation>Remove the purpose</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Add a phase</source>
        <translation>Add a phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the phase</source>
        <translation>Remove the phase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>When the period runs from more than one event (e.g. the end of the contract or the last contact): tick the others here.</source>
        <translation>When the period runs from more than one event (e.g. the end of the contract or the last contact): tick the others here.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Or, when there is no fixed duration, the criterion that ends the phase</source>
        <translation>Or, when there is no fixed duration, the criterion that ends the phase</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The whole activity</source>
        <translation>The whole activity</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/pickers.py" line="+36"/>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a new entry: %1</source>
        <translation>Add a new entry: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name of the new entry</source>
        <translation>Name of the new entry</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add and choose “%1”</source>
        <translation>Add and choose “%1”</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 chosen</source>
        <translation>%1 chosen</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/recipients.py" line="+120"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a recipient</source>
        <translation>Add a recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the recipient</source>
        <translation>Remove the recipient</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Add a transfer</source>
        <translation>Add a transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the transfer</source>
        <translation>Remove the transfer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which ground of Art. 49(1) applies (e.g. explicit consent, a contract with the person) and where it is documented</source>
        <translation>Which ground of Art. 49(1) applies (e.g. explicit consent, a contract with the person) and where it is documented</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This country is in the EEA: a transfer is only for countries outside the EEA.</source>
        <translation>This country is in the EEA: a transfer is only for countries outside the EEA.</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/roles.py" line="+75"/>
        <source>Every party of the directory is already listed: add the new one to the directory first.</source>
        <translation>Every party of the directory is already listed: add the new one to the directory first.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add a client</source>
        <translation>Add a client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the client</source>
        <translation>Remove the client</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add a joint controller</source>
        <translation>Add a joint controller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the joint controller</source>
        <translation>Remove the joint controller</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>As processor (Art. 30(2)), list each controller you act for and the categories of processing you carry out on its behalf.</source>
        <translation>As processor (Art. 30(2)), list each controller you act for and the categories of processing you carry out on its behalf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As joint controller (Art. 26), list the other controllers, your respective responsibilities and the contact point for the people concerned.</source>
        <translation>As joint controller (Art. 26), list the other controllers, your respective responsibilities and the contact point for the people concerned.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This activity is carried out as controller: it has no clients (Art. 30(2)) nor joint controllers (Art. 26). Change its role under General if it does.</source>
        <translation>This activity is carried out as controller: it has no clients (Art. 30(2)) nor joint controllers (Art. 26). Change its role under General if it does.</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/people.py" line="+71"/>
        <source>Add a data category</source>
        <translation>Add a data category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the data category</source>
        <translation>Remove the data category</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The data concerned, e.g. name, e-mail address, phone number</source>
        <translation>The data concerned, e.g. name, e-mail address, phone number</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Every data category of the catalogue is already listed: add a new category with “New…” in a row, or in the catalogue.</source>
        <translation>Every data category of the catalogue is already listed: add a new category with “New…” in a row, or in the catalogue.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add a source</source>
        <translation>Add a source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the source</source>
        <translation>Remove the source</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/security.py" line="+4"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Data protection impact assessment (DPIA)</source>
        <translation>Data protection impact assessment (DPIA)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Automated decisions and profiling</source>
        <translation>Automated decisions and profiling</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 of the 9 EDPB criteria are met: a DPIA is likely required (Art. 35 GDPR; EDPB guidelines WP248: two criteria or more).</source>
        <translation>%1 of the 9 EDPB criteria are met: a DPIA is likely required (Art. 35 GDPR; EDPB guidelines WP248: two criteria or more).</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/activity_editor/outside_eea.py" line="+37"/>
        <source>Adding a transfer below answers “Yes”.</source>
        <translation>Adding a transfer below answers “Yes”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“No” is recorded, but transfers are listed below: answer “Yes”, or remove the transfers.</source>
        <translation>“No” is recorded, but transfers are listed below: answer “Yes”, or remove the transfers.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Transfers outside the EEA are listed below: remove them before answering “No”.</source>
        <translation>Transfers outside the EEA are listed below: remove them before answering “No”.</translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <location filename="../ropa/ui/views/activity_filter_bar.py" line="+59"/>
        <source>To translate</source>
        <translation>To translate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the activities with texts not yet in every document language</source>
        <translation>Only the activities with texts not yet in every document language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{field}: all</source>
        <translation>{field}: all</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../ropa/ui/models/activity_table_model.py" line="+70"/>
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
    <message>
        <location line="+1"/>
        <source>To translate</source>
        <translation>To translate</translation>
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
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attached on</source>
        <translation>Attached on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached documents</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach a file…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a copy of a document inside the register (at most %1 MB): a signed contract, a report, evidence. You can also drop files on the list.</source>
        <translation>Keep a copy of a document inside the register (at most %1 MB): a signed contract, a report, evidence. You can also drop files on the list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a copy of the document with its usual program</source>
        <translation>Open a copy of the document with its usual program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the document from the register (Undo puts it back)</source>
        <translation>Remove the document from the register (Undo puts it back)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Attach documents</source>
        <translation>Attach documents</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document was not attached.</source>
        <translation>The document was not attached.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+4"/>
        <source>The document could not be opened.</source>
        <translation>The document could not be opened.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save a copy of the document</source>
        <translation>Save a copy of the document</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy was not saved.</source>
        <translation>The copy was not saved.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The document was not removed.</source>
        <translation>The document was not removed.</translation>
    </message>
</context>
<context>
    <name>BreachDrafts</name>
    <message>
        <location filename="../ropa/ui/views/breach_drafts.py" line="+47"/>
        <source>Draft notification to the authority…</source>
        <translation>Draft notification to the authority…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a draft of the notification to the supervisory authority (Art. 33 GDPR), filled from this breach, to check and complete before sending</source>
        <translation>Save a draft of the notification to the supervisory authority (Art. 33 GDPR), filled from this breach, to check and complete before sending</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft letter to the people…</source>
        <translation>Draft letter to the people…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a draft of the letter to the people concerned (Art. 34 GDPR), filled from this breach, to check and complete before sending</source>
        <translation>Save a draft of the letter to the people concerned (Art. 34 GDPR), filled from this breach, to check and complete before sending</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the draft notification to the authority</source>
        <translation>Save the draft notification to the authority</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the draft letter to the people</source>
        <translation>Save the draft letter to the people</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the draft…</source>
        <translation>Writing the draft…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>The draft was not saved.</source>
        <translation>The draft was not saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The draft notification to the authority was saved as “%1”.</source>
        <translation>The draft notification to the authority was saved as “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft letter to the people was saved as “%1”.</source>
        <translation>The draft letter to the people was saved as “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to complete before sending it:</source>
        <translation>Still to complete before sending it:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is marked as to complete: read the draft all the same before sending it.</source>
        <translation>Nothing is marked as to complete: read the draft all the same before sending it.</translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <location filename="../ropa/ui/models/breach_table_model.py" line="+48"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
</context>
<context>
    <name>BreachesView</name>
    <message>
        <location filename="../ropa/ui/views/breaches_view.py" line="+59"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the firm became aware of it, in this computer&apos;s local time: the 72 hours run from then.</source>
        <translation>When the firm became aware of it, in this computer&apos;s local time: the 72 hours run from then.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People and data concerned</source>
        <translation>People and data concerned</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supervisory authority</source>
        <translation>Supervisory authority</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only when the authority was notified after 72 hours.</source>
        <translation>Only when the authority was notified after 72 hours.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Informing the people</source>
        <translation>Informing the people</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People are told of a high-risk breach unless one of these applies (Art. 34(3)).</source>
        <translation>People are told of a high-risk breach unless one of these applies (Art. 34(3)).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As a processor</source>
        <translation>As a processor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A processor tells its client controllers without undue delay (Art. 33(2)).</source>
        <translation>A processor tells its client controllers without undue delay (Art. 33(2)).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search data breaches</source>
        <translation>Search data breaches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data breaches</source>
        <translation>Data breaches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New breach</source>
        <translation>New breach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Data breach editor</source>
        <translation>Data breach editor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The breach was not created.</source>
        <translation>The breach was not created.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The breach was not deleted.</source>
        <translation>The breach was not deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this breach?</source>
        <translation>Delete this breach?</translation>
    </message>
</context>
<context>
    <name>CatalogueTableModel</name>
    <message>
        <location filename="../ropa/ui/models/catalogue_table_model.py" line="+31"/>
        <source>Type and group</source>
        <translation>Type and group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by (activities)</source>
        <translation>Used by (activities)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Special category (Art. 9)</source>
        <translation>Special category (Art. 9)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criminal data (Art. 10)</source>
        <translation>Criminal data (Art. 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National number</source>
        <translation>National number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Minors</source>
        <translation>Minors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable persons</source>
        <translation>Vulnerable persons</translation>
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
        <translation>Search by name, description or property</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the catalogue</source>
        <translation>Search the catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Catalogue entries</source>
        <translation>Catalogue entries</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Catalogue entry editor</source>
        <translation>Catalogue entry editor</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The entry was not created.</source>
        <translation>The entry was not created.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete this entry?</source>
        <translation>Delete this entry?</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>“%1” was not deleted: it is used by %n processing activities. Remove it from those activities first.</source>
        <translation>
            <numerusform>“%1” was not deleted: it is used by %n processing activity. Remove it from that activity first.</numerusform>
            <numerusform>“%1” was not deleted: it is used by %n processing activities. Remove it from those activities first.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The entry was not deleted.</source>
        <translation>The entry was not deleted.</translation>
    </message>
</context>
<context>
    <name>ClockSummary</name>
    <message>
        <location filename="../ropa/ui/views/breaches_view.py" line="-166"/>
        <source>The authority is notified within 72 hours of discovery, unless the breach is unlikely to result in a risk to people (Art. 33(1) GDPR).</source>
        <translation>The authority is notified within 72 hours of discovery, unless the breach is unlikely to result in a risk to people (Art. 33(1) GDPR).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The 72 hours ended on %1.</source>
        <translation>The 72 hours ended on %1.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingModel</name>
    <message>
        <location filename="../ropa/ui/models/table_mapping_model.py" line="+50"/>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Label in the file</source>
        <translation>Label in the file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity {number}</source>
        <translation>Activity {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{column} imported as {field}</source>
        <translation>{column} imported as {field}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{field} takes one column only: also chosen for {others}.</source>
        <translation>{field} takes one column only: also chosen for {others}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ropa did not recognise this column: choose the field it goes to, or leave it out (its values are then kept in the activity&apos;s notes).</source>
        <translation>ropa did not recognise this column: choose the field it goes to, or leave it out (its values are then kept in the activity&apos;s notes).</translation>
    </message>
</context>
<context>
    <name>ColumnsStep</name>
    <message>
        <location filename="../ropa/ui/dialogs/table_import_columns.py" line="+81"/>
        <source>One activity per row</source>
        <translation>One activity per row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One activity per sheet</source>
        <translation>One activity per sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;heet:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header &amp;row:</source>
        <translation>Header &amp;row:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;heets:</source>
        <translation>S&amp;heets:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Columns of the file and where they go:</source>
        <translation>&amp;Columns of the file and where they go:</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>File {name}, %n sheet(s)</source>
        <translation>
            <numerusform>File {name}, %n sheet</numerusform>
            <numerusform>File {name}, %n sheets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Columns imported: {known} of {total}.</source>
        <translation>Columns imported: {known} of {total}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the field of each column.</source>
        <translation>Check the field of each column.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Those marked with a warning sign were not recognised: choose their field, or leave them out (their values are then kept in the activity&apos;s notes).</source>
        <translation>Those marked with a warning sign were not recognised: choose their field, or leave them out (their values are then kept in the activity&apos;s notes).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} of {total}</source>
        <translation>{count} of {total}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The table cannot be read this way.</source>
        <translation>The table cannot be read this way.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{field} takes one column only, and {columns} go to it: choose another field for all but one.</source>
        <translation>{field} takes one column only, and {columns} go to it: choose another field for all but one.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../ropa/ui/commands.py" line="+199"/>
        <source>Create “%1”</source>
        <translation>Create “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created “%1”</source>
        <translation>Created “%1”</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the change to “%1”</source>
        <translation>Saved the change to “%1”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted “%1”</source>
        <translation>Deleted “%1”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Duplicate “%1”</source>
        <translation>Duplicate “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicated “%1”</source>
        <translation>Duplicated “%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Add %n activities from templates</source>
        <translation>
            <numerusform>Add %n activity from templates</numerusform>
            <numerusform>Add %n activities from templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Added %n activities from templates</source>
        <translation>
            <numerusform>Added %n activity from a template</numerusform>
            <numerusform>Added %n activities from templates</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Retire “%1”</source>
        <translation>Retire “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retired “%1”</source>
        <translation>Retired “%1”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reactivate “%1”</source>
        <translation>Reactivate “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reactivated “%1”</source>
        <translation>Reactivated “%1”</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change links of “%1”</source>
        <translation>Change links of “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed the links of “%1”</source>
        <translation>Changed the links of “%1”</translation>
    </message>
    <message>
        <location filename="../ropa/ui/forms/attachments.py" line="-267"/>
        <source>Attach “%1”</source>
        <translation>Attach “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attached “%1”</source>
        <translation>Attached “%1”</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message numerus="yes">
        <location filename="../ropa/ui/dialogs/confirm_delete.py" line="+23"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{key} (Edit ▸ Undo) brings back what is deleted.</source>
        <translation>{key} (Edit ▸ Undo) brings back what is deleted.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Don&apos;t ask again</source>
        <translation>Don&apos;t ask again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To be asked again: Edit &gt; Preferences.</source>
        <translation>To be asked again: Edit &gt; Preferences.</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../ropa/ui/dialogs/conflict.py" line="+17"/>
        <source>Changed elsewhere</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save my value</source>
        <translation>Save my value</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+439"/>
        <source>Privacy contact</source>
        <translation>Privacy contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who answers questions about personal data? If your organisation has designated a data protection officer (DPO), give their details; otherwise, give the person people can contact about privacy.</source>
        <translation>Who answers questions about personal data? If your organisation has designated a data protection officer (DPO), give their details; otherwise, give the person people can contact about privacy.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Has your organisation designated a data protection officer (DPO)?</source>
        <translation>Has your organisation designated a data protection officer (DPO)?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I don&apos;t know yet</source>
        <translation>I don&apos;t know yet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Without an answer, the privacy notice says nothing about a DPO and lists the question as to be completed; you can answer it later on the Organisation page.</source>
        <translation>Without an answer, the privacy notice says nothing about a DPO and lists the question as to be completed; you can answer it later on the Organisation page.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Suggested from the organisation&apos;s e-mail: change it if privacy requests go to another address.</source>
        <translation>Suggested from the organisation&apos;s e-mail: change it if privacy requests go to another address.</translation>
    </message>
    <message>
        <location line="+21"/>
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
    <name>ContractSummary</name>
    <message>
        <location filename="../ropa/ui/views/contracts_view.py" line="+117"/>
        <source>A signed contract is in force until its end date; its review is due from the review date.</source>
        <translation>A signed contract is in force until its end date; its review is due from the review date.</translation>
    </message>
</context>
<context>
    <name>ContractTableModel</name>
    <message>
        <location filename="../ropa/ui/models/contract_table_model.py" line="+48"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ContractTexts</name>
    <message>
        <location filename="../ropa/ui/models/contract_texts.py" line="+41"/>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status not answered</source>
        <translation>Status not answered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor</source>
        <translation>Processor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No contract</source>
        <translation>No contract</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No contract recorded</source>
        <translation>No contract recorded</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contracts recorded</source>
        <translation>
            <numerusform>%n contract recorded</numerusform>
            <numerusform>%n contracts recorded</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The stipulations of Art. 28(3) are not checked yet.</source>
        <translation>The stipulations of Art. 28(3) are not checked yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All eight stipulations of Art. 28(3) are checked.</source>
        <translation>All eight stipulations of Art. 28(3) are checked.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not checked:</source>
        <translation>Not checked:</translation>
    </message>
</context>
<context>
    <name>ContractsView</name>
    <message>
        <location filename="../ropa/ui/views/contracts_view.py" line="-53"/>
        <source>The contract</source>
        <translation>The contract</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left empty, nothing in the register says the contract is signed.</source>
        <translation>Left empty, nothing in the register says the contract is signed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What it stipulates</source>
        <translation>What it stipulates</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick each stipulation the contract contains: Art. 28(3) requires all eight.</source>
        <translation>Tick each stipulation the contract contains: Art. 28(3) requires all eight.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Search by party or reference</source>
        <translation>Search by party or reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search processing contracts</source>
        <translation>Search processing contracts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing contracts</source>
        <translation>Processing contracts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contract</source>
        <translation>New contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter by party</source>
        <translation>Filter by party</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Party:</source>
        <translation>Party:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Processing contract editor</source>
        <translation>Processing contract editor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it stands</source>
        <translation>Where it stands</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>All parties</source>
        <translation>All parties</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Delete %n contracts…</source>
        <translation>
            <numerusform>Delete %n contract…</numerusform>
            <numerusform>Delete %n contracts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n…</source>
        <translation>
            <numerusform>Delete %n…</numerusform>
            <numerusform>Delete %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete these %n contracts?</source>
        <translation>
            <numerusform>Delete %n contract?</numerusform>
            <numerusform>Delete these %n contracts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted %n contracts</source>
        <translation>
            <numerusform>Deleted %n contract</numerusform>
            <numerusform>Deleted %n contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n contracts</source>
        <translation>
            <numerusform>Delete %n contract</numerusform>
            <numerusform>Delete %n contracts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The contract was not created.</source>
        <translation>The contract was not created.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The contract was not deleted.</source>
        <translation>The contract was not deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this contract?</source>
        <translation>Delete this contract?</translation>
    </message>
</context>
<context>
    <name>CookieTableModel</name>
    <message>
        <location filename="../ropa/ui/models/cookie_table_model.py" line="+33"/>
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
        <location line="+28"/>
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
        <location filename="../ropa/ui/views/cookies_view.py" line="+79"/>
        <source>Search by name or provider</source>
        <translation>Search by name or provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cookies</source>
        <translation>Search cookies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New cookie</source>
        <translation>New cookie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Delete this cookie?</source>
        <translation>Delete this cookie?</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Cookies and trackers</source>
        <translation>Cookies and trackers</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>For a cookie that is not strictly necessary and set without consent: the conditions of the authority&apos;s exemption it meets.</source>
        <translation>For a cookie that is not strictly necessary and set without consent: the conditions of the authority&apos;s exemption it meets.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cookie editor</source>
        <translation>Cookie editor</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The cookie was not created.</source>
        <translation>The cookie was not created.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cookie was not deleted.</source>
        <translation>The cookie was not deleted.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../ropa/app.py" line="+164"/>
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
    <name>DashboardPanels</name>
    <message numerus="yes">
        <location filename="../ropa/ui/views/dashboard_panels.py" line="-203"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities by</source>
        <translation>Activities by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Findings by severity</source>
        <translation>Findings by severity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../ropa/ui/views/dashboard_view.py" line="+207"/>
        <location line="+42"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocks publication</source>
        <translation>Blocks publication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocks publishing the privacy notice: it cannot be published or exported until this is fixed.</source>
        <translation>Blocks publishing the privacy notice: it cannot be published or exported until this is fixed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the finding blocks publishing the privacy notice</source>
        <translation>Whether the finding blocks publishing the privacy notice</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the privacy notice…</source>
        <translation>Checking the privacy notice…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Completeness per activity</source>
        <translation>Completeness per activity</translation>
    </message>
    <message>
        <location line="-19"/>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 30 items</source>
        <translation>Art. 30 items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviews due</source>
        <translation>Reviews due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reviews: overdue and next 60 days</source>
        <translation>Reviews: overdue and next 60 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../ropa/ui/forms/fields.py" line="+680"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the date in a calendar</source>
        <translation>Choose the date in a calendar</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>“%1” is not a date: type it day first, for example 15/01/2026.</source>
        <translation>“%1” is not a date: type it day first, for example 15/01/2026.</translation>
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
        <translation>%1: time</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>“%1” is not a date: type it day first, for example 15/01/2026.</source>
        <translation>“%1” is not a date: type it day first, for example 15/01/2026.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a time: type hours and minutes, for example 14:30.</source>
        <translation>“%1” is not a time: type hours and minutes, for example 14:30.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This time does not exist on that day (the clocks move forward): check the time.</source>
        <translation>This time does not exist on that day (the clocks move forward): check the time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the time too, for example 14:30.</source>
        <translation>Type the time too, for example 14:30.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the date too, for example 15/01/2026.</source>
        <translation>Type the date too, for example 15/01/2026.</translation>
    </message>
</context>
<context>
    <name>DeadlineSummary</name>
    <message>
        <location filename="../ropa/ui/views/requests_view.py" line="+129"/>
        <source>One month from receipt, three months when extended (Art. 12(3) GDPR); when that month has no such day, its last day.</source>
        <translation>One month from receipt, three months when extended (Art. 12(3) GDPR); when that month has no such day, its last day.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Last day to answer: %1</source>
        <translation>Last day to answer: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person has not been told of the extension; this had to be done by %1 (the end of the first month).</source>
        <translation>The person has not been told of the extension; this had to be done by %1 (the end of the first month).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person was told of the extension after the first month.</source>
        <translation>The person was told of the extension after the first month.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../ropa/ui/document_actions.py" line="+61"/>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file named “%1” already exists in this folder. Replace it?</source>
        <translation>A file named “%1” already exists in this folder. Replace it?</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Export register as &amp;PDF…</source>
        <translation>Export register as &amp;PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export register as Exce&amp;l…</source>
        <translation>Export register as Exce&amp;l…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export register in the &amp;APD/GBA layout (Excel)…</source>
        <translation>Export register in the &amp;APD/GBA layout (Excel)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export register in the CNIL la&amp;yout (Excel)…</source>
        <translation>Export register in the CNIL la&amp;yout (Excel)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print pre&amp;view of the register…</source>
        <translation>Print pre&amp;view of the register…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include drafts in the PDF re&amp;gister</source>
        <translation>Include drafts in the PDF re&amp;gister</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Describe the draft activities in the PDF register and its print preview, marked as drafts (otherwise they are only named as in preparation)</source>
        <translation>Describe the draft activities in the PDF register and its print preview, marked as drafts (otherwise they are only named as in preparation)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import from E&amp;xcel…</source>
        <translation>Import from E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a register from a &amp;spreadsheet…</source>
        <translation>Import a register from a &amp;spreadsheet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export register as &amp;DPV (JSON-LD)…</source>
        <translation>Export register as &amp;DPV (JSON-LD)…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} - register - {date}</source>
        <translation>{name} - register - {date}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export the register (PDF)</source>
        <translation>Export the register (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the PDF register…</source>
        <translation>Writing the PDF register…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the register (Excel)</source>
        <translation>Export the register (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <location line="+140"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Writing the Excel workbook…</source>
        <translation>Writing the Excel workbook…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the register (APD/GBA layout)</source>
        <translation>Export the register (APD/GBA layout)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} - register (APD layout) - {date}</source>
        <translation>{name} - register (APD layout) - {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the register (CNIL layout)</source>
        <translation>Export the register (CNIL layout)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} - register (CNIL layout) - {date}</source>
        <translation>{name} - register (CNIL layout) - {date}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing the register in the authority’s layout…</source>
        <translation>Writing the register in the authority’s layout…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export the register (DPV)</source>
        <translation>Export the register (DPV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON-LD documents (*.jsonld)</source>
        <translation>JSON-LD documents (*.jsonld)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the DPV document…</source>
        <translation>Writing the DPV document…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register was not exported.</source>
        <translation>The register was not exported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported: {path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the pages…</source>
        <translation>Preparing the pages…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print preview cancelled</source>
        <translation>Print preview cancelled</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register cannot be previewed.</source>
        <translation>The register cannot be previewed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print preview — {name}</source>
        <translation>Print preview — {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <location line="+23"/>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Nothing was imported: the register is unchanged.</source>
        <translation>Nothing was imported: the register is unchanged.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the workbook…</source>
        <translation>Reading the workbook…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The workbook contains no changes.</source>
        <translation>The workbook contains no changes.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Workbook imported: %n change(s)</source>
        <translation>
            <numerusform>Workbook imported: %n change</numerusform>
            <numerusform>Workbook imported: %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../ropa/ui/views/activity_editor/documents.py" line="+36"/>
        <source>Documents kept with this activity inside the register: a legitimate-interest assessment, a consent form, a retention schedule. They are not printed in the register or the privacy notice.</source>
        <translation>Documents kept with this activity inside the register: a legitimate-interest assessment, a consent form, a retention schedule. They are not printed in the register or the privacy notice.</translation>
    </message>
</context>
<context>
    <name>DpiaReport</name>
    <message>
        <location filename="../ropa/ui/views/dpia_report.py" line="+46"/>
        <source>Report…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the report of this impact assessment (Art. 35 GDPR) as PDF or Word, each part drawn from the register, with what it still lacks marked</source>
        <translation>Save the report of this impact assessment (Art. 35 GDPR) as PDF or Word, each part drawn from the register, with what it still lacks marked</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save the impact assessment report</source>
        <translation>Save the impact assessment report</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>The report was not saved.</source>
        <translation>The report was not saved.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The impact assessment report was saved as “%1”.</source>
        <translation>The impact assessment report was saved as “%1”.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Still to complete in the assessment:</source>
        <translation>Still to complete in the assessment:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is marked as to complete: read the report all the same.</source>
        <translation>Nothing is marked as to complete: read the report all the same.</translation>
    </message>
</context>
<context>
    <name>DpiaRisks</name>
    <message>
        <location filename="../ropa/ui/views/dpia_risks.py" line="+75"/>
        <source>Not rated yet</source>
        <translation>Not rated yet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the measures</source>
        <translation>Before the measures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the measures</source>
        <translation>After the measures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a risk</source>
        <translation>Add a risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the risk</source>
        <translation>Remove the risk</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add the three usual risks</source>
        <translation>Add the three usual risks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Illegitimate access to data, unwanted modification of data, disappearance of data: the risks the CNIL&apos;s method assesses for any processing.</source>
        <translation>Illegitimate access to data, unwanted modification of data, disappearance of data: the risks the CNIL&apos;s method assesses for any processing.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Residual level</source>
        <translation>Residual level</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate each risk&apos;s likelihood and severity before and after its measures, on the CNIL&apos;s four levels. A risk is high when both reach “Significant”.</source>
        <translation>Rate each risk&apos;s likelihood and severity before and after its measures, on the CNIL&apos;s four levels. A risk is high when both reach “Significant”.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>High risk: %1</source>
        <translation>High risk: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The three usual risks are already listed.</source>
        <translation>The three usual risks are already listed.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Added %n usual risks</source>
        <translation>
            <numerusform>Added %n usual risk</numerusform>
            <numerusform>Added %n usual risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add %n usual risks</source>
        <translation>
            <numerusform>Add %n usual risk</numerusform>
            <numerusform>Add %n usual risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DpiaSummary</name>
    <message>
        <location filename="../ropa/ui/views/dpia_form.py" line="+168"/>
        <source>A completed assessment is to review from its review date.</source>
        <translation>A completed assessment is to review from its review date.</translation>
    </message>
</context>
<context>
    <name>DpiaTableModel</name>
    <message>
        <location filename="../ropa/ui/models/dpia_table_model.py" line="+52"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest residual risk</source>
        <translation>Highest residual risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prior consultation</source>
        <translation>Prior consultation</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The supervisory authority must be consulted before the processing starts (Art. 36(1)).</source>
        <translation>The supervisory authority must be consulted before the processing starts (Art. 36(1)).</translation>
    </message>
</context>
<context>
    <name>DpiaTexts</name>
    <message>
        <location filename="../ropa/ui/models/dpia_texts.py" line="+37"/>
        <source>Status not answered</source>
        <translation>Status not answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>To consult</source>
        <translation>To consult</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The risk stays high after the measures: the supervisory authority must be consulted before the processing starts (Art. 36(1)).</source>
        <translation>The risk stays high after the measures: the supervisory authority must be consulted before the processing starts (Art. 36(1)).</translation>
    </message>
</context>
<context>
    <name>DpiasView</name>
    <message>
        <location filename="../ropa/ui/views/dpia_form.py" line="-129"/>
        <source>The processing (Art. 35(7)(a))</source>
        <translation>The processing (Art. 35(7)(a))</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick the activities the assessment covers; double-click one to open it.</source>
        <translation>Tick the activities the assessment covers; double-click one to open it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left empty, nothing in the register says the assessment is done.</source>
        <translation>Left empty, nothing in the register says the assessment is done.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Necessity and proportionality (Art. 35(7)(b))</source>
        <translation>Necessity and proportionality (Art. 35(7)(b))</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the processing is needed for its purposes and why no less intrusive means would do: data kept to the minimum, retention, information and rights of the people.</source>
        <translation>Why the processing is needed for its purposes and why no less intrusive means would do: data kept to the minimum, retention, information and rights of the people.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Risks to the people (Art. 35(7)(c))</source>
        <translation>Risks to the people (Art. 35(7)(c))</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measures (Art. 35(7)(d))</source>
        <translation>Measures (Art. 35(7)(d))</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Residual risk and conclusion</source>
        <translation>Residual risk and conclusion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>High: the supervisory authority is consulted before the processing starts (Art. 36(1)).</source>
        <translation>High: the supervisory authority is consulted before the processing starts (Art. 36(1)).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opinions</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or why their views were not sought.</source>
        <translation>Or why their views were not sought.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supervisory authority (Art. 36)</source>
        <translation>Supervisory authority (Art. 36)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review the assessment at least when the risk changes (Art. 35(11)): the Overview&apos;s To do lists it from 30 days before.</source>
        <translation>Review the assessment at least when the risk changes (Art. 35(11)): the Overview&apos;s To do lists it from 30 days before.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fill the description of “%1”</source>
        <translation>Fill the description of “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filled the description of “%1”</source>
        <translation>Filled the description of “%1”</translation>
    </message>
    <message>
        <location filename="../ropa/ui/views/dpias_view.py" line="+84"/>
        <source>Search by name or activity</source>
        <translation>Search by name or activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search impact assessments</source>
        <translation>Search impact assessments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact assessments</source>
        <translation>Impact assessments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Impact assessment editor</source>
        <translation>Impact assessment editor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where it stands</source>
        <translation>Where it stands</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+137"/>
        <source>Fill from the activities</source>
        <translation>Fill from the activities</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Tick the activities the assessment covers first.</source>
        <translation>Tick the activities the assessment covers first.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Replace the description with the one drawn from the activities?</source>
        <translation>Replace the description with the one drawn from the activities?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The description written so far is replaced; Undo brings it back.</source>
        <translation>The description written so far is replaced; Undo brings it back.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The description was not filled.</source>
        <translation>The description was not filled.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Delete %n assessments…</source>
        <translation>
            <numerusform>Delete %n assessment…</numerusform>
            <numerusform>Delete %n assessments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n…</source>
        <translation>
            <numerusform>Delete %n…</numerusform>
            <numerusform>Delete %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete these %n assessments?</source>
        <translation>
            <numerusform>Delete %n assessment?</numerusform>
            <numerusform>Delete these %n assessments?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted %n assessments</source>
        <translation>
            <numerusform>Deleted %n assessment</numerusform>
            <numerusform>Deleted %n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n assessments</source>
        <translation>
            <numerusform>Delete %n assessment</numerusform>
            <numerusform>Delete %n assessments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The assessment was not created.</source>
        <translation>The assessment was not created.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assessment was not deleted.</source>
        <translation>The assessment was not deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this assessment?</source>
        <translation>Delete this assessment?</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../ropa/ui/forms/fields.py" line="-206"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+50"/>
        <source>New register</source>
        <translation>New register</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The legal name and legal form in the other languages are proposed from the legal form: change them on the Organisation page if they are not right.</source>
        <translation>The legal name and legal form in the other languages are proposed from the legal form: change them on the Organisation page if they are not right.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location line="-519"/>
        <source>Required field</source>
        <translation>Required field</translation>
    </message>
</context>
<context>
    <name>GapsPanel</name>
    <message>
        <location filename="../ropa/ui/views/notice_panels.py" line="+63"/>
        <source>To complete</source>
        <translation>To complete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to complete in the register</source>
        <translation>What to complete in the register</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to complete.</source>
        <translation>Nothing to complete.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/guide.py" line="+29"/>
        <source>ropa — user guide</source>
        <translation>ropa — user guide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../ropa/ui/models/history_table_model.py" line="+47"/>
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
        <location filename="../ropa/ui/views/history_view.py" line="+100"/>
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
        <location line="+15"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes shown as a PDF document</source>
        <translation>Save the changes shown as a PDF document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes shown as an Excel workbook</source>
        <translation>Save the changes shown as an Excel workbook</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The selected change</source>
        <translation>The selected change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a change to read it whole here.</source>
        <translation>Select a change to read it whole here.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+34"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+152"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>history - {date}</source>
        <translation>history - {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the history</source>
        <translation>Export the history</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the history…</source>
        <translation>Writing the history…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The history was not exported.</source>
        <translation>The history was not exported.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
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
    <name>ImportApply</name>
    <message>
        <location filename="../ropa/ui/import_apply.py" line="+48"/>
        <source>Applying the changes…</source>
        <translation>Applying the changes…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/import_preview.py" line="+48"/>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook {source}, for {organisation}</source>
        <translation>Workbook {source}, for {organisation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New register from a file</source>
        <translation>New register from a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File {source}, read into the new register {target}</source>
        <translation>File {source}, read into the new register {target}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This import cannot be undone with Edit ▸ Undo. The History page keeps every change it makes, with the previous values; to keep a copy of the register as it is now, use File ▸ Save a copy as… before applying.</source>
        <translation>This import cannot be undone with Edit ▸ Undo. The History page keeps every change it makes, with the previous values; to keep a copy of the register as it is now, use File ▸ Save a copy as… before applying.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workbook contains no changes.</source>
        <translation>The workbook contains no changes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds no organisation: there is nothing to create.</source>
        <translation>The file holds no organisation: there is nothing to create.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Apply changes</source>
        <translation>&amp;Apply changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create the register</source>
        <translation>&amp;Create the register</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{column}: {old} → {new}</source>
        <translation>{column}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>row {number}</source>
        <translation>row {number}</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../ropa/ui/views/list_page.py" line="+316"/>
        <source>Delete “%1”…</source>
        <translation>Delete “%1”…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The value of “%1” was not saved: correct it, or undo your typing, before choosing another row.</source>
        <translation>The value of “%1” was not saved: correct it, or undo your typing, before choosing another row.</translation>
    </message>
</context>
<context>
    <name>LockWait</name>
    <message>
        <location filename="../ropa/ui/dialogs/lock_wait.py" line="+32"/>
        <source>Another program is writing to this register. Waiting for it to finish…</source>
        <translation>Another program is writing to this register. Waiting for it to finish…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop waiting</source>
        <translation>Stop waiting</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ropa/ui/main_window.py" line="+184"/>
        <location filename="../ropa/ui/views/activities_view.py" line="-507"/>
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
        <source>Processor activities</source>
        <translation>Processor activities</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Rights requests</source>
        <translation>Rights requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data breaches</source>
        <translation>Data breaches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing contracts</source>
        <translation>Processing contracts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact assessments (DPIAs)</source>
        <translation>Impact assessments (DPIAs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
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
        <translation>History</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Texts</source>
        <translation>Texts</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New register…</source>
        <translation>&amp;New register…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New register from a &amp;file…</source>
        <translation>New register from a &amp;file…</translation>
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
        <location line="+4"/>
        <source>Export privacy &amp;notice…</source>
        <translation>Export privacy &amp;notice…</translation>
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
        <location line="+13"/>
        <source>Add activities from &amp;templates…</source>
        <translation>Add activities from &amp;templates…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ropa</source>
        <translation>&amp;About ropa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{done}. {key} to undo.</source>
        <translation>{done}. {key} to undo.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Open a register</source>
        <translation>Open a register</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The register was not opened.</source>
        <translation>The register was not opened.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Create a new register</source>
        <translation>Create a new register</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+22"/>
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
        <location line="+13"/>
        <source>Nothing was imported: the register is unchanged.</source>
        <translation>Nothing was imported: the register is unchanged.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
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
        <location line="+11"/>
        <source>The register was not exported.</source>
        <translation>The register was not exported.</translation>
    </message>
    <message>
        <location line="-482"/>
        <location line="+485"/>
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
        <location line="+37"/>
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
        <location line="+4"/>
        <source>Demonstration: fictional organisation, people and numbers</source>
        <translation>Demonstration: fictional organisation, people and numbers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This step could not be applied to the register file and was dropped from the undo history; the register is as it was.</source>
        <translation>This step could not be applied to the register file and was dropped from the undo history; the register is as it was.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register was changed elsewhere; this step was not applied and was dropped from the undo history.</source>
        <translation>The register was changed elsewhere; this step was not applied and was dropped from the undo history.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your name was not changed.</source>
        <translation>Your name was not changed.</translation>
    </message>
    <message numerus="yes">
        <location line="+222"/>
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
        <location filename="../ropa/ui/views/activity_filter_bar.py" line="-54"/>
        <source>Search by reference, name, owner, purpose, data or recipient</source>
        <translation>Search by reference, name, owner, purpose, data or recipient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search activities</source>
        <translation>Search activities</translation>
    </message>
</context>
<context>
    <name>NoticeActions</name>
    <message>
        <location filename="../ropa/ui/views/notice_actions.py" line="+92"/>
        <source>The notice was not published.</source>
        <translation>The notice was not published.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {number} of the privacy notice published</source>
        <translation>Version {number} of the privacy notice published</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The notice has not changed since version {number}: no new version.</source>
        <translation>The notice has not changed since version {number}: no new version.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publish the privacy notice</source>
        <translation>Publish the privacy notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the notice as version {number}?</source>
        <translation>Publish the notice as version {number}?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The register keeps each published version, with its date and your name, as a record of what the notice said. It cannot be undone or deleted; publish again after the next change.</source>
        <translation>The register keeps each published version, with its date and your name, as a record of what the notice said. It cannot be undone or deleted; publish again after the next change.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The notice cannot be published yet: complete the register first.</source>
        <translation>The notice cannot be published yet: complete the register first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML pages (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML fragments (*.html *.htm)</source>
        <translation>HTML fragments (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown documents (*.md)</source>
        <translation>Markdown documents (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the privacy notice</source>
        <translation>Export the privacy notice</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The notice was not exported.</source>
        <translation>The notice was not exported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported: {path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The notice was copied as HTML.</source>
        <translation>The notice was copied as HTML.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../ropa/ui/views/notice_banner.py" line="+52"/>
        <source>State of the notice</source>
        <translation>State of the notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show c&amp;hanges…</source>
        <translation>Show c&amp;hanges…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed in each section since the last published version</source>
        <translation>What changed in each section since the last published version</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back to current</source>
        <translation>&amp;Back to current</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the notice as the register makes it now</source>
        <translation>Show the notice as the register makes it now</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The register holds no organisation yet: there is no notice to show.</source>
        <translation>The register holds no organisation yet: there is no notice to show.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Not ready to publish: %n item(s) to complete (see “To complete”).</source>
        <translation>
            <numerusform>Not ready to publish: %n item to complete (see “To complete”).</numerusform>
            <numerusform>Not ready to publish: %n items to complete (see “To complete”).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not published yet.</source>
        <translation>Not published yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {number} published on {date} by {user} — up to date.</source>
        <translation>Version {number} published on {date} by {user} — up to date.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The notice was last published as “{line}”. A new version number or date of your own is not a change of the notice: it is recorded with the next version.</source>
        <translation>The notice was last published as “{line}”. A new version number or date of your own is not a change of the notice: it is recorded with the next version.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed since version {number}: {sections}</source>
        <translation>Changed since version {number}: {sections}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The register was changed after version {number} was published.</source>
        <translation>The register was changed after version {number} was published.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register was changed after version {number} was published, but not in what the notice says.</source>
        <translation>The register was changed after version {number} was published, but not in what the notice says.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Showing published version {number} of {date}</source>
        <translation>Showing published version {number} of {date}</translation>
    </message>
</context>
<context>
    <name>NoticeChangesDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/notice_changes.py" line="+45"/>
        <source>Changes since version {number}</source>
        <translation>Changes since version {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new section</source>
        <translation>new section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section removed</source>
        <translation>section removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the notice says now and version {number} did not (+), and what version {number} said that the notice no longer says (−).</source>
        <translation>What the notice says now and version {number} did not (+), and what version {number} said that the notice no longer says (−).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>NoticePreview</name>
    <message>
        <location filename="../ropa/ui/views/notice_preview.py" line="+102"/>
        <source>Preview of the privacy notice</source>
        <translation>Preview of the privacy notice</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <location filename="../ropa/ui/views/notice_view.py" line="+95"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All public activities</source>
        <translation>All public activities</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the notice</source>
        <translation>Language of the notice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;HTML page…</source>
        <translation>&amp;HTML page…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML &amp;fragment…</source>
        <translation>HTML &amp;fragment…</translation>
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
        <translation>&amp;Word document…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy HTML fragment</source>
        <translation>&amp;Copy HTML fragment</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>There is no privacy notice: the register holds no organisation.</source>
        <translation>There is no privacy notice: the register holds no organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notice is not ready: first complete the items marked with a warning under “To complete”.</source>
        <translation>The notice is not ready: first complete the items marked with a warning under “To complete”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep the notice as it is now as a new numbered version</source>
        <translation>Keep the notice as it is now as a new numbered version</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the notice shown as a web page, Markdown, PDF or Word document</source>
        <translation>Save the notice shown as a web page, Markdown, PDF or Word document</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the notice shown as HTML to paste into a web site</source>
        <translation>Copy the notice shown as HTML to paste into a web site</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The version cannot be shown.</source>
        <translation>The version cannot be shown.</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../ropa/ui/forms/fields.py" line="+45"/>
        <source>Type a number from %1 to %2.</source>
        <translation>Type a number from %1 to %2.</translation>
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
        <location line="+26"/>
        <source>The register, the privacy notice and the names of new entries are written in this language.</source>
        <translation>The register, the privacy notice and the names of new entries are written in this language.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show the identifiers of other countries</source>
        <translation>Show the identifiers of other countries</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typed without http:// or https://, the address gets https:// in front.</source>
        <translation>Typed without http:// or https://, the address gets https:// in front.</translation>
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
        <location line="+100"/>
        <source>Brussels firms often write their documents in French and in Dutch, some in English too. Each language ticked gets its own version of every text of the documents; you can add one later on the Organisation page.</source>
        <translation>Brussels firms often write their documents in French and in Dutch, some in English too. Each language ticked gets its own version of every text of the documents; you can add one later on the Organisation page.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each language ticked gets its own version of every text of the documents; you can add one later on the Organisation page.</source>
        <translation>Each language ticked gets its own version of every text of the documents; you can add one later on the Organisation page.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No authority is known for this country: choose one below.</source>
        <translation>No authority is known for this country: choose one below.</translation>
    </message>
</context>
<context>
    <name>OrganisationSwitcher</name>
    <message>
        <location filename="../ropa/ui/views/organisation_switcher.py" line="+22"/>
        <source>Organisation shown</source>
        <translation>Organisation shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
</context>
<context>
    <name>OrganisationView</name>
    <message>
        <location filename="../ropa/ui/views/organisation_view.py" line="+121"/>
        <source>This register holds no organisation yet.</source>
        <translation>This register holds no organisation yet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document languages</source>
        <translation>Document languages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address and contact</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Identifiers</source>
        <translation>Identifiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data protection officer or privacy contact</source>
        <translation>Data protection officer or privacy contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes: the fields below are your DPO&apos;s details. No: they are those of the person people contact about privacy. Not recorded: the notice does not mention a DPO and the answer is to be completed.</source>
        <translation>Yes: the fields below are your DPO&apos;s details. No: they are those of the person people contact about privacy. Not recorded: the notice does not mention a DPO and the answer is to be completed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Representative in the EU (Art. 27)</source>
        <translation>Representative in the EU (Art. 27)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supervisory authority</source>
        <translation>Supervisory authority</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How people exercise their rights</source>
        <translation>How people exercise their rights</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The days you take to answer a request: at most one month (Art. 12(3) GDPR). Empty: the notice gives the legal time.</source>
        <translation>The days you take to answer a request: at most one month (Art. 12(3) GDPR). Empty: the notice gives the legal time.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>National law</source>
        <translation>National law</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty: the notice names the law of the organisation&apos;s country, shown in grey.</source>
        <translation>Empty: the notice names the law of the organisation&apos;s country, shown in grey.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declarations</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not recorded: the notice takes “Yes” when one of its activities uses special-category data; otherwise it is to be completed.</source>
        <translation>Not recorded: the notice takes “Yes” when one of its activities uses special-category data; otherwise it is to be completed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Below this age a person is a minor for your processing: for consent to online services, 13 in Belgium and 15 in France (Art. 8 GDPR).</source>
        <translation>Below this age a person is a minor for your processing: for consent to online services, 13 in Belgium and 15 in France (Art. 8 GDPR).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data location and transfers</source>
        <translation>Data location and transfers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the notice names the countries of your processors.</source>
        <translation>Empty: the notice names the countries of your processors.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How a person obtains a copy of the safeguards of transfers outside the EEA (a transfer&apos;s own text replaces it).</source>
        <translation>How a person obtains a copy of the safeguards of transfers outside the EEA (a transfer&apos;s own text replaces it).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With a separate cookie policy, the notice links to it instead of listing the cookies.</source>
        <translation>With a separate cookie policy, the notice links to it instead of listing the cookies.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Privacy notice texts</source>
        <translation>Privacy notice texts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy notice version</source>
        <translation>Privacy notice version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own version number and date, shown in the notice instead of ropa&apos;s numbering.</source>
        <translation>Your own version number and date, shown in the notice instead of ropa&apos;s numbering.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internal notes</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation profile</source>
        <translation>Organisation profile</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show the identifiers of other countries</source>
        <translation>Show the identifiers of other countries</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The register and the privacy notice exist in each of these languages; every text for the documents gets a version in each. With more than one language, the list above the page chooses the language of the texts shown and edited.</source>
        <translation>The register and the privacy notice exist in each of these languages; every text for the documents gets a version in each. With more than one language, the list above the page chooses the language of the texts shown and edited.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This is not one of the organisation&apos;s document languages yet: tick “%1” under “%2”, give the names their text in %3, then make it the main language.</source>
        <translation>This is not one of the organisation&apos;s document languages yet: tick “%1” under “%2”, give the names their text in %3, then make it the main language.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make French the main language of the documents?</source>
        <translation>Make French the main language of the documents?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make Dutch the main language of the documents?</source>
        <translation>Make Dutch the main language of the documents?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make English the main language of the documents?</source>
        <translation>Make English the main language of the documents?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The texts in %1 become the main texts, and the texts in %2 are kept as texts in %2: no text is lost and none changes language.</source>
        <translation>The texts in %1 become the main texts, and the texts in %2 are kept as texts in %2: no text is lost and none changes language.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n text(s) have no version in %1 yet: they stay empty in %1 until you write them (the text in %2 is kept).</source>
        <translation>
            <numerusform>%n text has no version in %1 yet: it stays empty in %1 until you write it (the text in %2 is kept).</numerusform>
            <numerusform>%n texts have no version in %1 yet: they stay empty in %1 until you write them (the text in %2 is kept).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%4 (Edit ▸ Undo) makes %2 the main language again.</source>
        <translation>%4 (Edit ▸ Undo) makes %2 the main language again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the main language</source>
        <translation>Change the main language</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Proposed, to check in each language:</source>
        <translation>Proposed, to check in each language:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Empty: privacy requests go to the organisation&apos;s e-mail (%1).</source>
        <translation>Empty: privacy requests go to the organisation&apos;s e-mail (%1).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The authority of the organisation&apos;s country</source>
        <translation>The authority of the organisation&apos;s country</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authority of the organisation&apos;s country: %1</source>
        <translation>The authority of the organisation&apos;s country: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No supervisory authority is known for this country: choose one.</source>
        <translation>No supervisory authority is known for this country: choose one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen instead of the authority of the country.</source>
        <translation>Chosen instead of the authority of the country.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derived from the country; choose another one above if needed.</source>
        <translation>Derived from the country; choose another one above if needed.</translation>
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
        <location filename="../ropa/ui/views/parties_view.py" line="+84"/>
        <source>Search by name, service or country</source>
        <translation>Search by name, service or country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search parties</source>
        <translation>Search parties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New party</source>
        <translation>New party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Delete this party?</source>
        <translation>Delete this party?</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Processors and third parties</source>
        <translation>Processors and third parties</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Party editor</source>
        <translation>Party editor</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The party was not created.</source>
        <translation>The party was not created.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The party was not deleted.</source>
        <translation>The party was not deleted.</translation>
    </message>
</context>
<context>
    <name>PartyChoiceDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/party_choice.py" line="+21"/>
        <source>New contract</source>
        <translation>New contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which party is the contract with?</source>
        <translation>Which party is the contract with?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create the contract</source>
        <translation>Create the contract</translation>
    </message>
</context>
<context>
    <name>PartyContracts</name>
    <message>
        <location filename="../ropa/ui/views/party_contracts.py" line="+32"/>
        <source>Contracts…</source>
        <translation>Contracts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this party&apos;s contracts</source>
        <translation>Show this party&apos;s contracts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New contract</source>
        <translation>New contract</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <location filename="../ropa/ui/models/party_table_model.py" line="+39"/>
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
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/pdf_preview.py" line="+88"/>
        <source>Pages of the document</source>
        <translation>Pages of the document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Page {page} / {count}</source>
        <translation>Page {page} / {count}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the pages to the printer…</source>
        <translation>Sending the pages to the printer…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The document was not printed: the printer is unavailable.</source>
        <translation>The document was not printed: the printer is unavailable.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The document was not saved.</source>
        <translation>The document was not saved.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/preferences.py" line="+46"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s language</source>
        <translation>The system&apos;s language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interface language</source>
        <translation>&amp;Interface language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window is shown again in the chosen language; your register, the page and the activity you are on, and the undo history stay as they are.</source>
        <translation>The window is shown again in the chosen language; your register, the page and the activity you are on, and the undo history stay as they are.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your name in the history</source>
        <translation>Your name in the history</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your &amp;name in the history</source>
        <translation>Your &amp;name in the history</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded with each change you make to this register from now on, and on the privacy notice versions you publish; earlier changes keep the name they were recorded with. Left empty, your computer login ({login}) is used.</source>
        <translation>Recorded with each change you make to this register from now on, and on the privacy notice versions you publish; earlier changes keep the name they were recorded with. Left empty, your computer login ({login}) is used.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask before &amp;deleting</source>
        <translation>Ask before &amp;deleting</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../ropa/ui/forms/read_only.py" line="+16"/>
        <source>The register is open read-only: nothing can be changed in it. The banner at the top of the window says why and what to do.</source>
        <translation>The register is open read-only: nothing can be changed in it. The banner at the top of the window says why and what to do.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../ropa/ui/views/read_only_banner.py" line="+40"/>
        <source>This register is open read-only: you can read, export and copy it, but not change it.</source>
        <translation>This register is open read-only: you can read, export and copy it, but not change it.</translation>
    </message>
</context>
<context>
    <name>RecordDocuments</name>
    <message>
        <location filename="../ropa/ui/document_actions.py" line="-427"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF document in %1 (*.pdf)</source>
        <translation>PDF document in %1 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document in %1 (*.docx)</source>
        <translation>Word document in %1 (*.docx)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No application opened “%1”: open it from its folder.</source>
        <translation>No application opened “%1”: open it from its folder.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../ropa/ui/forms/record_form.py" line="+53"/>
        <source>Fields marked * are required in the register.</source>
        <translation>Fields marked * are required in the register.</translation>
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
            <numerusform>%1: %n text to translate</numerusform>
            <numerusform>%1: %n texts to translate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: every text is translated</source>
        <translation>%1: every text is translated</translation>
    </message>
</context>
<context>
    <name>RegisterFromFile</name>
    <message>
        <location filename="../ropa/ui/register_from_file.py" line="+67"/>
        <location line="+35"/>
        <source>New register from a file</source>
        <translation>New register from a file</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>ropa workbooks and JSON files (*.xlsx *.json)</source>
        <translation>ropa workbooks and JSON files (*.xlsx *.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the new register</source>
        <translation>Save the new register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ropa registers (*.ropa)</source>
        <translation>ropa registers (*.ropa)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The register was not created.</source>
        <translation>The register was not created.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Nothing was created.</source>
        <translation>Nothing was created.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating the register…</source>
        <translation>Creating the register…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register created: {path}</source>
        <translation>Register created: {path}</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../ropa/ui/models/request_table_model.py" line="+51"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../ropa/ui/views/requests_view.py" line="-108"/>
        <source>The request</source>
        <translation>The request</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A name or an internal reference: no copy of the person&apos;s data.</source>
        <translation>A name or an internal reference: no copy of the person&apos;s data.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask for more only when there is a reasonable doubt (Art. 12(6)).</source>
        <translation>Ask for more only when there is a reasonable doubt (Art. 12(6)).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only when the time limit is extended: why (the requests&apos; complexity or number).</source>
        <translation>Only when the time limit is extended: why (the requests&apos; complexity or number).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only when the time limit is extended: the person is told within the first month, with the reasons.</source>
        <translation>Only when the time limit is extended: the person is told within the first month, with the reasons.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As a processor</source>
        <translation>As a processor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A request about data the firm processes for a client: the client answers it; forward it to them.</source>
        <translation>A request about data the firm processes for a client: the client answers it; forward it to them.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Search by reference or person</source>
        <translation>Search by reference or person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search rights requests</source>
        <translation>Search rights requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights requests</source>
        <translation>Rights requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rights request editor</source>
        <translation>Rights request editor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The request was not created.</source>
        <translation>The request was not created.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The request was not deleted.</source>
        <translation>The request was not deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this request?</source>
        <translation>Delete this request?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ropa/app.py" line="+187"/>
        <source>ropa opened {path} instead.</source>
        <translation>ropa opened {path} instead.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The register you used last could not be opened.</source>
        <translation>The register you used last could not be opened.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not open {missing}; {name} is shown instead.</source>
        <translation>Could not open {missing}; {name} is shown instead.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="+158"/>
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
    <name>TableImport</name>
    <message>
        <location filename="../ropa/ui/table_import.py" line="+103"/>
        <source>Import a register from a spreadsheet</source>
        <translation>Import a register from a spreadsheet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This register holds no organisation yet.</source>
        <translation>This register holds no organisation yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activities of a spreadsheet are imported into an organisation. Create one first (File ▸ New register… asks for it), then import the spreadsheet into that register.</source>
        <translation>The activities of a spreadsheet are imported into an organisation. Create one first (File ▸ New register… asks for it), then import the spreadsheet into that register.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was imported: the register is unchanged.</source>
        <translation>Nothing was imported: the register is unchanged.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the spreadsheet…</source>
        <translation>Reading the spreadsheet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <location line="+70"/>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message numerus="yes">
        <location line="-63"/>
        <source>Spreadsheet imported: %n change(s)</source>
        <translation>
            <numerusform>Spreadsheet imported: %n change</numerusform>
            <numerusform>Spreadsheet imported: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preparing the import…</source>
        <translation>Preparing the import…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The spreadsheet cannot be imported as mapped: the register is unchanged.</source>
        <translation>The spreadsheet cannot be imported as mapped: the register is unchanged.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Spreadsheet {source}, for {organisation}</source>
        <translation>Spreadsheet {source}, for {organisation}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>The spreadsheet brings no change to the register.</source>
        <translation>The spreadsheet brings no change to the register.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the mapping will not be offered next time: {reason}</source>
        <translation>the mapping will not be offered next time: {reason}</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/table_import_dialog.py" line="+78"/>
        <source>Import a register from a spreadsheet</source>
        <translation>Import a register from a spreadsheet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>L&amp;oad mapping…</source>
        <translation>L&amp;oad mapping…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Save mapping…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview changes…</source>
        <translation>&amp;Preview changes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The choices made last time for a table with these columns are applied.</source>
        <translation>The choices made last time for a table with these columns are applied.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What each value of a closed list becomes. The guesses to check are highlighted and listed first; a value not recorded is kept in the activity&apos;s notes.</source>
        <translation>What each value of a closed list becomes. The guesses to check are highlighted and listed first; a value not recorded is kept in the activity&apos;s notes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Values of the file and what they become:</source>
        <translation>&amp;Values of the file and what they become:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No column imported holds values of a closed list (legal bases, roles, countries, yes or no, durations): there is nothing to check.</source>
        <translation>No column imported holds values of a closed list (legal bases, roles, countries, yes or no, durations): there is nothing to check.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1. Columns</source>
        <translation>1. Columns</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. Values</source>
        <translation>2. Values</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3. Changes</source>
        <translation>3. Changes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The values cannot be read.</source>
        <translation>The values cannot be read.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Guesses to check: %n.</source>
        <translation>
            <numerusform>Guess to check: %n.</numerusform>
            <numerusform>Guesses to check: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing left to check; change any value you disagree with.</source>
        <translation>Nothing left to check; change any value you disagree with.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Save the mapping</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The mapping was not saved.</source>
        <translation>The mapping was not saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping saved: {path}</source>
        <translation>Mapping saved: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load a mapping</source>
        <translation>Load a mapping</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mapping was not loaded: nothing changed.</source>
        <translation>The mapping was not loaded: nothing changed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None of the columns of this table is in the mapping {name}.</source>
        <translation>None of the columns of this table is in the mapping {name}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mapping {name} loaded: it names {known} of the {total} columns.</source>
        <translation>Mapping {name} loaded: it names {known} of the {total} columns.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import mappings (*.json)</source>
        <translation>Import mappings (*.json)</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../ropa/ui/dialogs/template_dialog.py" line="+127"/>
        <source>Add activities from templates</source>
        <translation>Add activities from templates</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search templates</source>
        <translation>Search templates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Template preview</source>
        <translation>Template preview</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client of the processor activities</source>
        <translation>Client of the processor activities</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A client of your directory, or the name of a new one</source>
        <translation>A client of your directory, or the name of a new one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Client of the processor activities:</source>
        <translation>&amp;Client of the processor activities:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A processor activity is carried out for a client (the controller). Leave it empty to name the clients later in each activity.</source>
        <translation>A processor activity is carried out for a client (the controller). Leave it empty to name the clients later in each activity.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Add %n activities</source>
        <translation>
            <numerusform>Add %n activity</numerusform>
            <numerusform>Add %n activities</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The activities were not added.</source>
        <translation>The activities were not added.</translation>
    </message>
</context>
<context>
    <name>TextLanguageBar</name>
    <message>
        <location filename="../ropa/ui/views/text_language_bar.py" line="+32"/>
        <source>Language of the texts shown</source>
        <translation>Language of the texts shown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document language whose texts the forms show and edit; in another language than the main one, the main text is shown under each field.</source>
        <translation>The document language whose texts the forms show and edit; in another language than the main one, the main text is shown under each field.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Texts in:</source>
        <translation>&amp;Texts in:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (main language)</source>
        <translation>%1 (main language)</translation>
    </message>
</context>
<context>
    <name>TranslatedText</name>
    <message>
        <location filename="../ropa/ui/forms/fields.py" line="-301"/>
        <source>Copy from %1</source>
        <translation>Copy from %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the %1 text as it is (a name that stays the same)</source>
        <translation>Use the %1 text as it is (a name that stays the same)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet translated into %1</source>
        <translation>Not yet translated into %1</translation>
    </message>
</context>
<context>
    <name>ValueReviewModel</name>
    <message>
        <location filename="../ropa/ui/models/table_mapping_model.py" line="+93"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value in the file</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cells</source>
        <translation>Cells</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ropa is not sure of this guess: check it.</source>
        <translation>ropa is not sure of this guess: check it.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{value} imported as {choice}</source>
        <translation>{value} imported as {choice}</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../ropa/ui/views/notice_panels.py" line="+45"/>
        <location line="+4"/>
        <source>Published versions</source>
        <translation>Published versions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on</source>
        <translation>Published on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published by</source>
        <translation>Published by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register version</source>
        <translation>Register version</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected version in the preview</source>
        <translation>Show the selected version in the preview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No version published yet.</source>
        <translation>No version published yet.</translation>
    </message>
</context>
<context>
    <name>WebsiteField</name>
    <message>
        <location filename="../ropa/ui/forms/fields.py" line="+101"/>
        <source>Typed without http:// or https://, the address gets https:// in front.</source>
        <translation>Typed without http:// or https://, the address gets https:// in front.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ropa/ui/dialogs/first_run_wizard.py" line="-464"/>
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
