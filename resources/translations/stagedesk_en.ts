<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About StageDesk</source>
        <translation>About StageDesk</translation>
    </message>
</context>
<context>
    <name>AboutPanel</name>
    <message>
        <source>The internship desk of a small organisation. Free software (MIT licence).</source>
        <translation>The internship desk of a small organisation. Free software (MIT licence).</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences</source>
        <translation>Bundled libraries and their licences</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences:</source>
        <translation>Bundled libraries and their licences:</translation>
    </message>
    <message>
        <source>installed program</source>
        <translation>installed program</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>from source</translation>
    </message>
    <message>
        <source>%1 (portable: next to the program)</source>
        <translation>%1 (portable: next to the program)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>The copy of {path} did not pass its check, so it was not kept.</source>
        <translation>The copy of {path} did not pass its check, so it was not kept.</translation>
    </message>
    <message>
        <source>StageDesk could not make a backup in {path}. Details: {detail}</source>
        <translation>StageDesk could not make a backup in {path}. Details: {detail}</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup of it.</source>
        <translation>{path} is the database itself, not a backup of it.</translation>
    </message>
    <message>
        <source>{path} is an empty database, not a backup.</source>
        <translation>{path} is an empty database, not a backup.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>This database is on a server. StageDesk makes backups of a database file on this computer; the server&apos;s administrator backs up a server database.</source>
        <translation>This database is on a server. StageDesk makes backups of a database file on this computer; the server&apos;s administrator backs up a server database.</translation>
    </message>
    <message>
        <source>StageDesk copies the database every day it is used, and before every upgrade and restore. It keeps the last 7 days, 4 weeks and 12 months.</source>
        <translation>StageDesk copies the database every day it is used, and before every upgrade and restore. It keeps the last 7 days, 4 weeks and 12 months.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Folder: {path}</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation>Backup made: {name}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Put back the backup of {made}? What was saved after it is replaced. The database as it is now is kept as a backup first, and StageDesk reopens.</source>
        <translation>Put back the backup of {made}? What was saved after it is replaced. The database as it is now is kept as a backup first, and StageDesk reopens.</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Folder for the backups</translation>
    </message>
    <message>
        <source>New backups go to {path}. The earlier ones stay where they are.</source>
        <translation>New backups go to {path}. The earlier ones stay where they are.</translation>
    </message>
</context>
<context>
    <name>Bin</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>School contact</source>
        <translation>School contact</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Internship</translation>
    </message>
    <message>
        <source>Follow-up entry</source>
        <translation>Follow-up entry</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>A record made since the delete has taken its number ({kind} {id}), so it cannot come back.</source>
        <translation>A record made since the delete has taken its number ({kind} {id}), so it cannot come back.</translation>
    </message>
    <message>
        <source>It refers to a record that is in the bin too ({kind}: “{label}”). Restore that first.</source>
        <translation>It refers to a record that is in the bin too ({kind}: “{label}”). Restore that first.</translation>
    </message>
    <message>
        <source>It refers to a record that has been deleted for good ({kind} {id}), so it cannot come back.</source>
        <translation>It refers to a record that has been deleted for good ({kind} {id}), so it cannot come back.</translation>
    </message>
    <message>
        <source>Another record is now called “{value}” ({kind}): rename that one first, then try again.</source>
        <translation>Another record is now called “{value}” ({kind}): rename that one first, then try again.</translation>
    </message>
    <message>
        <source>This entry is no longer in the bin (restored or emptied elsewhere).</source>
        <translation>This entry is no longer in the bin (restored or emptied elsewhere).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete {what}? It goes to the bin (Settings › Bin), where it can be restored for {days} days.</source>
        <translation>Delete {what}? It goes to the bin (Settings › Bin), where it can be restored for {days} days.</translation>
    </message>
</context>
<context>
    <name>BinTab</name>
    <message>
        <source>Deleted records stay here for {days} days, with what was deleted along with them (an internship&apos;s follow-up and forms). Then they are deleted for good.</source>
        <translation>Deleted records stay here for {days} days, with what was deleted along with them (an internship&apos;s follow-up and forms). Then they are deleted for good.</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Put the selected records back where they were</source>
        <translation>Put the selected records back where they were</translation>
    </message>
    <message>
        <source>Empty the bin…</source>
        <translation>Empty the bin…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the bin</source>
        <translation>
            <numerusform>%n record in the bin</numerusform>
            <numerusform>%n records in the bin</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored: {}</source>
        <translation>Restored: {}</translation>
    </message>
    <message>
        <source>{what} cannot come back on its own:

{reasons}

Restore them together?</source>
        <translation>{what} cannot come back on its own:

{reasons}

Restore them together?</translation>
    </message>
    <message>
        <source>{what} was not restored:

{reasons}</source>
        <translation>{what} was not restored:

{reasons}</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Not restored</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n record(s) in the bin for good? They cannot be restored afterwards.</source>
        <translation>
            <numerusform>Delete the %n record in the bin for good? It cannot be restored afterwards.</numerusform>
            <numerusform>Delete the %n records in the bin for good? They cannot be restored afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the bin</source>
        <translation>Empty the bin</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted for good.</source>
        <translation>
            <numerusform>%n record deleted for good.</numerusform>
            <numerusform>%n records deleted for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateEditor</name>
    <message>
        <source>Anonymised on {date}: only what the reports count is kept, without a name.</source>
        <translation>Anonymised on {date}: only what the reports count is kept, without a name.</translation>
    </message>
</context>
<context>
    <name>ChangesBox</name>
    <message>
        <source>The list says something else than StageDesk about these records. Tick the changes to make; the others stay as they are in StageDesk.</source>
        <translation>The list says something else than StageDesk about these records. Tick the changes to make; the others stay as they are in StageDesk.</translation>
    </message>
    <message>
        <source>Changes to records already in StageDesk</source>
        <translation>Changes to records already in StageDesk</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>In StageDesk</source>
        <translation>In StageDesk</translation>
    </message>
    <message>
        <source>In the list</source>
        <translation>In the list</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <source>Tick n&amp;one</source>
        <translation>Tick n&amp;one</translation>
    </message>
    <message numerus="yes">
        <source>Changes (%n)</source>
        <translation>
            <numerusform>Changes (%n)</numerusform>
            <numerusform>Changes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} change(s) ticked</source>
        <translation>
            <numerusform>%n of {total} change ticked</numerusform>
            <numerusform>%n of {total} changes ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInput</name>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Done on {}</source>
        <translation>Done on {}</translation>
    </message>
    <message>
        <source>Reference: {}</source>
        <translation>Reference: {}</translation>
    </message>
    <message>
        <source>Responsible: {}</source>
        <translation>Responsible: {}</translation>
    </message>
    <message>
        <source>Note: {}</source>
        <translation>Note: {}</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <source>%v of %m settled</source>
        <translation>%v of %m settled</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>No items</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Only open items</source>
        <translation>Only open items</translation>
    </message>
    <message>
        <source>Hide the items that are done or not needed</source>
        <translation>Hide the items that are done or not needed</translation>
    </message>
    <message>
        <source>Add the checklists</source>
        <translation>Add the checklists</translation>
    </message>
    <message>
        <source>Open in a window</source>
        <translation>Open in a window</translation>
    </message>
    <message>
        <source>Every column, in a window of its own</source>
        <translation>Every column, in a window of its own</translation>
    </message>
    <message>
        <source>This internship has no checklists yet.</source>
        <translation>This internship has no checklists yet.</translation>
    </message>
    <message>
        <source>The toolbox has no checklists for internships.</source>
        <translation>The toolbox has no checklists for internships.</translation>
    </message>
    <message>
        <source>Checklists of {}</source>
        <translation>Checklists of {}</translation>
    </message>
</context>
<context>
    <name>ChildrenPanel</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Proposed assignment</source>
        <translation>Proposed assignment</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Last internship or application</source>
        <translation>Last internship or application</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Education level</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>Unit head</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Interns</source>
        <translation>Interns</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>The row of the list that holds the column headers (a title may stand above it)</source>
        <translation>The row of the list that holds the column headers (a title may stand above it)</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <source>Columns of the list</source>
        <translation>Columns of the list</translation>
    </message>
    <message>
        <source>Problems with the columns</source>
        <translation>Problems with the columns</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Header in the list</source>
        <translation>Header in the list</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>StageDesk column</source>
        <translation>StageDesk column</translation>
    </message>
    <message>
        <source>For each column of the list, choose the StageDesk column it fills. Required: {}.</source>
        <translation>For each column of the list, choose the StageDesk column it fills. Required: {}.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) were not recognised: they are not imported unless you choose a StageDesk column for them.</source>
        <translation>
            <numerusform>%n column was not recognised: it is not imported unless you choose a StageDesk column for it.</numerusform>
            <numerusform>%n columns were not recognised: they are not imported unless you choose a StageDesk column for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{header}” holds {what}: read as “{column}”. Choose another column below if it does not.</source>
        <translation>“{header}” holds {what}: read as “{column}”. Choose another column below if it does not.</translation>
    </message>
    <message>
        <source>more hours than a week has</source>
        <translation>more hours than a week has</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>amounts</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <source>StageDesk does not recognise this header</source>
        <translation>StageDesk does not recognise this header</translation>
    </message>
    <message>
        <source>StageDesk column for “{header}” (column {letter})</source>
        <translation>StageDesk column for “{header}” (column {letter})</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <source>— kept in the notes —</source>
        <translation>— kept in the notes —</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <source>What the other person changed</source>
        <translation>What the other person changed</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Saved by them</source>
        <translation>Saved by them</translation>
    </message>
    <message>
        <source>Yours, not saved</source>
        <translation>Yours, not saved</translation>
    </message>
    <message>
        <source>“Keep theirs” shows the record as they saved it; your changes are dropped.
“Keep editing” keeps your changes on screen and takes theirs everywhere else; saving then writes your values over theirs.</source>
        <translation>“Keep theirs” shows the record as they saved it; your changes are dropped.
“Keep editing” keeps your changes on screen and takes theirs everywhere else; saving then writes your values over theirs.</translation>
    </message>
    <message>
        <source>Keep &amp;theirs (reload)</source>
        <translation>Keep &amp;theirs (reload)</translation>
    </message>
    <message>
        <source>Keep &amp;editing</source>
        <translation>Keep &amp;editing</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it, so your changes were not saved: they would have overwritten theirs.</source>
        <translation>Someone else saved this record after you opened it, so your changes were not saved: they would have overwritten theirs.</translation>
    </message>
    <message>
        <source>This is what they changed:</source>
        <translation>This is what they changed:</translation>
    </message>
    <message>
        <source>They changed nothing that this form shows.</source>
        <translation>They changed nothing that this form shows.</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>You, the coordinator</source>
        <translation>You, the coordinator</translation>
    </message>
    <message>
        <source>You run the internships. In a small organisation you are the mentor as well: StageDesk notes you as both.</source>
        <translation>You run the internships. In a small organisation you are the mentor as well: StageDesk notes you as both.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>name@organisation.be</source>
        <translation>name@organisation.be</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>StageDesk can put back a backup copy. What was saved after that copy is not in it. The damaged file is kept as it is, under another name, so that nothing is thrown away.</source>
        <translation>StageDesk can put back a backup copy. What was saved after that copy is not in it. The damaged file is kept as it is, under another name, so that nothing is thrown away.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restore this backup</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Choose &amp;another file…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}.</source>
        <translation>No good backup was found in {folder}.</translation>
    </message>
    <message>
        <source>The newest good backup is of {made}.</source>
        <translation>The newest good backup is of {made}.</translation>
    </message>
    <message>
        <source>Choose a backup of the database</source>
        <translation>Choose a backup of the database</translation>
    </message>
    <message>
        <source>StageDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>StageDesk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>The damaged file is kept as {path}.</source>
        <translation>The damaged file is kept as {path}.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Starting in the next 30 days</source>
        <translation>Starting in the next 30 days</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ending in the next 30 days</source>
        <translation>Ending in the next 30 days</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Checklist items past their due date</source>
        <translation>Checklist items past their due date</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Surveys not handed back</source>
        <translation>Surveys not handed back</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Applications waiting for a decision</source>
        <translation>Applications waiting for a decision</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opportunities without a mentor</source>
        <translation>Opportunities without a mentor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Running internships per unit</source>
        <translation>Running internships per unit</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Recent follow-up</source>
        <translation>Recent follow-up</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Nothing here</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>Export everything</source>
        <translation>Export everything</translation>
    </message>
    <message>
        <source>StageDesk export {date}</source>
        <translation>StageDesk export {date}</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting every record…</source>
        <translation>Exporting every record…</translation>
    </message>
    <message>
        <source>StageDesk internships</source>
        <translation>StageDesk internships</translation>
    </message>
    <message>
        <source>Internship {id}</source>
        <translation>Internship {id}</translation>
    </message>
    <message>
        <source>Export to your calendar</source>
        <translation>Export to your calendar</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Writing the calendar…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>Saved as {name}</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}</source>
        <translation>{name} could not be written: {reason}</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Saved as {name}.</translation>
    </message>
    <message>
        <source>Open in your calendar</source>
        <translation>Open in your calendar</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>Excel and calendar</source>
        <translation>Excel and calendar</translation>
    </message>
    <message>
        <source>Import an Excel list…</source>
        <translation>Import an Excel list…</translation>
    </message>
    <message>
        <source>Bring an old Excel or CSV list of interns in (Ctrl+I)</source>
        <translation>Bring an old Excel or CSV list of interns in (Ctrl+I)</translation>
    </message>
    <message>
        <source>Empty import list…</source>
        <translation>Empty import list…</translation>
    </message>
    <message>
        <source>Export everything to Excel…</source>
        <translation>Export everything to Excel…</translation>
    </message>
    <message>
        <source>Calendar of all internships (.ics)…</source>
        <translation>Calendar of all internships (.ics)…</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Where your data lives</source>
        <translation>Where your data lives</translation>
    </message>
    <message>
        <source>You can move both later in Settings.</source>
        <translation>You can move both later in Settings.</translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation>Choose another &amp;folder…</translation>
    </message>
    <message>
        <source>Choose another folder for the backups</source>
        <translation>Choose another folder for the backups</translation>
    </message>
    <message>
        <source>Your data is in a shared database on a server:
{}</source>
        <translation>Your data is in a shared database on a server:
{}</translation>
    </message>
    <message>
        <source>The server&apos;s administrator makes the backups of a server database.</source>
        <translation>The server&apos;s administrator makes the backups of a server database.</translation>
    </message>
    <message>
        <source>Your data is kept in this file:
{}</source>
        <translation>Your data is kept in this file:
{}</translation>
    </message>
    <message>
        <source>StageDesk copies it every day you use it, and keeps the copies in:
{}</source>
        <translation>StageDesk copies it every day you use it, and keeps the copies in:
{}</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Folder for the backups</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>{path} is not a StageDesk database.</source>
        <translation>{path} is not a StageDesk database.</translation>
    </message>
    <message>
        <source>{path} is a database of another program, not of StageDesk.</source>
        <translation>{path} is a database of another program, not of StageDesk.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened. Restore a backup copy of it.</source>
        <translation>{path} is damaged and cannot be opened. Restore a backup copy of it.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of StageDesk. Install the newest StageDesk to open it.</source>
        <translation>{path} was saved by a newer version of StageDesk. Install the newest StageDesk to open it.</translation>
    </message>
    <message>
        <source>StageDesk cannot write in the folder of {path}. Choose a folder where you may save files.</source>
        <translation>StageDesk cannot write in the folder of {path}. Choose a folder where you may save files.</translation>
    </message>
    <message>
        <source>{path} is read-only, so StageDesk cannot save in it. Clear its read-only mark (in the file&apos;s properties), or open a copy of it.</source>
        <translation>{path} is read-only, so StageDesk cannot save in it. Clear its read-only mark (in the file&apos;s properties), or open a copy of it.</translation>
    </message>
    <message>
        <source>The name of {path} is too long: StageDesk keeps files beside the database under its name plus a few letters. Rename it to at most {detail} characters.</source>
        <translation>The name of {path} is too long: StageDesk keeps files beside the database under its name plus a few letters. Rename it to at most {detail} characters.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>StageDesk could not bring {path} up to date; the file was left as it was. Details: {detail}</source>
        <translation>StageDesk could not bring {path} up to date; the file was left as it was. Details: {detail}</translation>
    </message>
    <message>
        <source>StageDesk cannot reach the database {path}. Details: {detail}</source>
        <translation>StageDesk cannot reach the database {path}. Details: {detail}</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>Where your data is</source>
        <translation>Where your data is</translation>
    </message>
    <message>
        <source>Server address (URL)</source>
        <translation>Server address (URL)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Use this database</source>
        <translation>&amp;Use this database</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Use this &amp;file</source>
        <translation>Use this &amp;file</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Recent databases</translation>
    </message>
    <message>
        <source>A shared database on a PostgreSQL server</source>
        <translation>A shared database on a PostgreSQL server</translation>
    </message>
    <message>
        <source>For several coordinators at once. Your IT department gives you the address, e.g. postgresql://name@server/stagedesk. Keep the password in a PostgreSQL password file (pgpass) rather than in the address.</source>
        <translation>For several coordinators at once. Your IT department gives you the address, e.g. postgresql://name@server/stagedesk. Keep the password in a PostgreSQL password file (pgpass) rather than in the address.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>A file on this computer</source>
        <translation>A file on this computer</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Recent:</translation>
    </message>
    <message>
        <source>Your data is in a file on this computer:
{}</source>
        <translation>Your data is in a file on this computer:
{}</translation>
    </message>
    <message>
        <source>Your data is in a shared database on a server:
{}</source>
        <translation>Your data is in a shared database on a server:
{}</translation>
    </message>
    <message>
        <source>— a database opened before —</source>
        <translation>— a database opened before —</translation>
    </message>
    <message>
        <source>This is not the address of a PostgreSQL database. It looks like postgresql://name@server/database.</source>
        <translation>This is not the address of a PostgreSQL database. It looks like postgresql://name@server/database.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>The database is empty: StageDesk creates its tables when it starts on it.</source>
        <translation>The database is empty: StageDesk creates its tables when it starts on it.</translation>
    </message>
    <message>
        <source>The database holds StageDesk data.</source>
        <translation>The database holds StageDesk data.</translation>
    </message>
    <message>
        <source>The database holds data of an older StageDesk; it is brought up to date when StageDesk starts on it.</source>
        <translation>The database holds data of an older StageDesk; it is brought up to date when StageDesk starts on it.</translation>
    </message>
    <message>
        <source>The database was saved by a newer StageDesk. Install the newest StageDesk to use it.</source>
        <translation>The database was saved by a newer StageDesk. Install the newest StageDesk to use it.</translation>
    </message>
    <message>
        <source>The database holds tables of another program. Ask for an empty database for StageDesk.</source>
        <translation>The database holds tables of another program. Ask for an empty database for StageDesk.</translation>
    </message>
    <message>
        <source>Connected to {server}.</source>
        <translation>Connected to {server}.</translation>
    </message>
    <message>
        <source>StageDesk database (*.sqlite)</source>
        <translation>StageDesk database (*.sqlite)</translation>
    </message>
    <message>
        <source>Use another database</source>
        <translation>Use another database</translation>
    </message>
    <message>
        <source>StageDesk closes and starts again on {}.</source>
        <translation>StageDesk closes and starts again on {}.</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>You are exploring the demo organisation: made-up people and internships. Your own data is kept apart and is not changed.</source>
        <translation>You are exploring the demo organisation: made-up people and internships. Your own data is kept apart and is not changed.</translation>
    </message>
    <message>
        <source>Back to my own data</source>
        <translation>Back to my own data</translation>
    </message>
</context>
<context>
    <name>DemoMaker</name>
    <message>
        <source>Making the demo organisation…</source>
        <translation>Making the demo organisation…</translation>
    </message>
    <message>
        <source>Demo organisation</source>
        <translation>Demo organisation</translation>
    </message>
    <message>
        <source>The demo organisation could not be made: {reason}</source>
        <translation>The demo organisation could not be made: {reason}</translation>
    </message>
</context>
<context>
    <name>DesktopLibraries</name>
    <message>
        <source>StageDesk cannot open its window: this Linux desktop lacks {packages}, which Qt needs to draw windows. Install them once, then start StageDesk again:

    sudo apt-get install {packages}

(On other distributions the packages have similar names.)</source>
        <translation>StageDesk cannot open its window: this Linux desktop lacks {packages}, which Qt needs to draw windows. Install them once, then start StageDesk again:

    sudo apt-get install {packages}

(On other distributions the packages have similar names.)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>This record was changed elsewhere after you opened it. Your changes were not saved: undo them to see the newest version, then make them again.</source>
        <translation>This record was changed elsewhere after you opened it. Your changes were not saved: undo them to see the newest version, then make them again.</translation>
    </message>
    <message>
        <source>This record was deleted elsewhere. Your changes were not saved.</source>
        <translation>This record was deleted elsewhere. Your changes were not saved.</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written. Nothing was saved; try again in a moment.

Details: {}</source>
        <translation>The database is busy or cannot be written. Nothing was saved; try again in a moment.

Details: {}</translation>
    </message>
    <message>
        <source>The database refused the change. Nothing was saved.

Details: {}</source>
        <translation>The database refused the change. Nothing was saved.

Details: {}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete {}? This cannot be undone.</source>
        <translation>Delete {}? This cannot be undone.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>{} is still used by other records, so it cannot be deleted:

{}</source>
        <translation>{} is still used by other records, so it cannot be deleted:

{}</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Staff members</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>School contacts</source>
        <translation>School contacts</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Internships</translation>
    </message>
    <message>
        <source>Follow-up entries</source>
        <translation>Follow-up entries</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Filled-in forms</source>
        <translation>Filled-in forms</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet. Save them?</source>
        <translation>You have changes that are not saved yet. Save them?</translation>
    </message>
    <message>
        <source>File not added</source>
        <translation>File not added</translation>
    </message>
    <message>
        <source>StageDesk could not copy {file}. Nothing was added.

Details: {detail}</source>
        <translation>StageDesk could not copy {file}. Nothing was added.

Details: {detail}</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Type of document</source>
        <translation>Type of document</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Add a file…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Make the info sheet</source>
        <translation>Make the info sheet</translation>
    </message>
    <message>
        <source>All key facts on one page, kept here as a PDF</source>
        <translation>All key facts on one page, kept here as a PDF</translation>
    </message>
    <message>
        <source>Make the dossier</source>
        <translation>Make the dossier</translation>
    </message>
    <message>
        <source>Info sheet, checklists, interview, follow-up and surveys in one PDF</source>
        <translation>Info sheet, checklists, interview, follow-up and surveys in one PDF</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <source>Info sheet</source>
        <translation>Info sheet</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {name}</source>
        <translation>Erase {name}</translation>
    </message>
    <message>
        <source>Everything that says who {name} is will be removed from StageDesk for good. What the reports count stays, without their name. This cannot be undone.</source>
        <translation>Everything that says who {name} is will be removed from StageDesk for good. What the reports count stays, without their name. This cannot be undone.</translation>
    </message>
    <message>
        <source>Removed for good</source>
        <translation>Removed for good</translation>
    </message>
    <message>
        <source>Kept, anonymous</source>
        <translation>Kept, anonymous</translation>
    </message>
    <message>
        <source>To confirm, type the name: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>To confirm, type the name: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name, to confirm</source>
        <translation>Name, to confirm</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
</context>
<context>
    <name>ExportingPage</name>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>Export to &amp;PDF…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>This report has no PDF version.</source>
        <translation>This report has no PDF version.</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation>This organisation</translation>
    </message>
    <message>
        <source>Reading the other files…</source>
        <translation>Reading the other files…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>Saved as {name}</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Language for forms</source>
        <translation>Language for forms</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>For example: nl, fr, en</source>
        <translation>For example: nl, fr, en</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Education level</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Target groups (self-declared, only with consent)</source>
        <translation>Target groups (self-declared, only with consent)</translation>
    </message>
    <message>
        <source>Consent recorded on</source>
        <translation>Consent recorded on</translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation>Migration background</translation>
    </message>
    <message>
        <source>Disability or chronic illness</source>
        <translation>Disability or chronic illness</translation>
    </message>
    <message>
        <source>Other target group</source>
        <translation>Other target group</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Leave empty for a spontaneous application.</source>
        <translation>Leave empty for a spontaneous application.</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Who and where</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>School supervisor</translation>
    </message>
    <message>
        <source>Kind and time</source>
        <translation>Kind and time</translation>
    </message>
    <message>
        <source>Kind of internship</source>
        <translation>Kind of internship</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Days per week</translation>
    </message>
    <message>
        <source>Hours in total</source>
        <translation>Hours in total</translation>
    </message>
    <message>
        <source>Telework allowed</source>
        <translation>Telework allowed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Allowance (EUR per month)</source>
        <translation>Allowance (EUR per month)</translation>
    </message>
    <message>
        <source>Why unpaid</source>
        <translation>Why unpaid</translation>
    </message>
    <message>
        <source>Progress and outcome</source>
        <translation>Progress and outcome</translation>
    </message>
    <message>
        <source>Why stopped early</source>
        <translation>Why stopped early</translation>
    </message>
    <message>
        <source>Stopped by</source>
        <translation>Stopped by</translation>
    </message>
    <message>
        <source>Hired later</source>
        <translation>Hired later</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Hired on</translation>
    </message>
    <message>
        <source>Function when hired</source>
        <translation>Function when hired</translation>
    </message>
    <message>
        <source>Hired on a contract</source>
        <translation>Hired on a contract</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>Title or function</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Profile wanted</source>
        <translation>Profile wanted</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Study programme</source>
        <translation>Study programme</translation>
    </message>
    <message>
        <source>Period and guidance</source>
        <translation>Period and guidance</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Still hosts interns</source>
        <translation>Still hosts interns</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>In the organisation</source>
        <translation>In the organisation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Internship coordinator</source>
        <translation>Internship coordinator</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>Unit head</translation>
    </message>
    <message>
        <source>Still works here</source>
        <translation>Still works here</translation>
    </message>
    <message>
        <source>School or partner</source>
        <translation>School or partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>For example: internship supervisor</source>
        <translation>For example: internship supervisor</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>Main language</source>
        <translation>Main language</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{target} is a folder.</source>
        <translation>{target} is a folder.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to: {reason}</source>
        <translation>The folder {folder} cannot be written to: {reason}</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Welcome! The Steps page shows where to begin.</source>
        <translation>Welcome! The Steps page shows where to begin.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>StageDesk: first start</source>
        <translation>StageDesk: first start</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Your organisation could not be saved: {reason}</source>
        <translation>Your organisation could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Add to follow-up</source>
        <translation>Add to follow-up</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Feedback rules…</source>
        <translation>Feedback rules…</translation>
    </message>
    <message>
        <source>The 10 golden rules for giving feedback</source>
        <translation>The 10 golden rules for giving feedback</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>this follow-up entry</source>
        <translation>this follow-up entry</translation>
    </message>
</context>
<context>
    <name>FormDefinition</name>
    <message>
        <source>{key} is missing</source>
        <translation>{key} is missing</translation>
    </message>
    <message>
        <source>{key} must be a text in Dutch, French and English: {{ nl = …, fr = …, en = … }}</source>
        <translation>{key} must be a text in Dutch, French and English: {{ nl = …, fr = …, en = … }}</translation>
    </message>
    <message>
        <source>{key} has no {language} text</source>
        <translation>{key} has no {language} text</translation>
    </message>
    <message>
        <source>{key} is {value!r}; it must be one of: {allowed}</source>
        <translation>{key} is {value!r}; it must be one of: {allowed}</translation>
    </message>
    <message>
        <source>{key} {value!r} must be lowercase letters, digits and _</source>
        <translation>{key} {value!r} must be lowercase letters, digits and _</translation>
    </message>
    <message>
        <source>the id {value!r} is used twice</source>
        <translation>the id {value!r} is used twice</translation>
    </message>
    <message>
        <source>{key} must be a whole number</source>
        <translation>{key} must be a whole number</translation>
    </message>
    <message>
        <source>{key} must be a list</source>
        <translation>{key} must be a list</translation>
    </message>
    <message>
        <source>{key} may not be empty</source>
        <translation>{key} may not be empty</translation>
    </message>
    <message>
        <source>this is not valid TOML: {value}</source>
        <translation>this is not valid TOML: {value}</translation>
    </message>
    <message>
        <source>the file cannot be read: {value}</source>
        <translation>the file cannot be read: {value}</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Responsible: {}</source>
        <translation>Responsible: {}</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>&amp;Language of the form:</source>
        <translation>&amp;Language of the form:</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the answers (Ctrl+S); a draft stays a draft</source>
        <translation>Save the answers (Ctrl+S); a draft stays a draft</translation>
    </message>
    <message>
        <source>&amp;Mark as complete</source>
        <translation>&amp;Mark as complete</translation>
    </message>
    <message>
        <source>Save and mark complete: needs every * field</source>
        <translation>Save and mark complete: needs every * field</translation>
    </message>
    <message>
        <source>* needed to complete the form</source>
        <translation>* needed to complete the form</translation>
    </message>
    <message>
        <source>Completed on {}</source>
        <translation>Completed on {}</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>“{value}” is not a date: write it as dd/mm/yyyy, e.g. 15/09/2024.</source>
        <translation>“{value}” is not a date: write it as dd/mm/yyyy, e.g. 15/09/2024.</translation>
    </message>
    <message>
        <source>“{value}” is a day that does not exist.</source>
        <translation>“{value}” is a day that does not exist.</translation>
    </message>
    <message>
        <source>The number {value} stands where a date belongs: format the cell as a date or write dd/mm/yyyy.</source>
        <translation>The number {value} stands where a date belongs: format the cell as a date or write dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}” is not a whole number.</translation>
    </message>
    <message>
        <source>This text is longer than {limit} characters.</source>
        <translation>This text is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>The cell shows {error}: its formula failed. Correct the formula in the workbook, or type the value itself.</source>
        <translation>The cell shows {error}: its formula failed. Correct the formula in the workbook, or type the value itself.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount in euro.</source>
        <translation>“{value}” is not an amount in euro.</translation>
    </message>
    <message>
        <source>“{value}” is a month or a year, not a day: write the day, as dd/mm/yyyy.</source>
        <translation>“{value}” is a month or a year, not a day: write the day, as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>{who} was changed in StageDesk since the list was checked. Check it again.</source>
        <translation>{who} was changed in StageDesk since the list was checked. Check it again.</translation>
    </message>
    <message>
        <source>Passed over: a totals row or a heading, about no one (“{text}”).</source>
        <translation>Passed over: a totals row or a heading, about no one (“{text}”).</translation>
    </message>
    <message>
        <source>Row {row} gives {name} another date of birth ({other}): one of the two rows is wrong.</source>
        <translation>Row {row} gives {name} another date of birth ({other}): one of the two rows is wrong.</translation>
    </message>
    <message>
        <source>The list has no column for: {columns}. Match a column to each by hand.</source>
        <translation>The list has no column for: {columns}. Match a column to each by hand.</translation>
    </message>
    <message>
        <source>More than one column of the list is matched to: {columns}.</source>
        <translation>More than one column of the list is matched to: {columns}.</translation>
    </message>
    <message>
        <source>The database changed since the list was checked. Check it again.</source>
        <translation>The database changed since the list was checked. Check it again.</translation>
    </message>
    <message>
        <source>“{function}” ({unit}) has another requirements text here than in row {row}: both are kept, each with its year.</source>
        <translation>“{function}” ({unit}) has another requirements text here than in row {row}: both are kept, each with its year.</translation>
    </message>
    <message>
        <source>{name} already has an internship from {start} to {end} over these dates.</source>
        <translation>{name} already has an internship from {start} to {end} over these dates.</translation>
    </message>
    <message>
        <source>This column must be filled in.</source>
        <translation>This column must be filled in.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>“{value}” is not an e-mail address.</translation>
    </message>
    <message>
        <source>“{value}” is not known here. Use one of: {words}.</source>
        <translation>“{value}” is not known here. Use one of: {words}.</translation>
    </message>
    <message>
        <source>An internship (status “{status}”) needs a start date and an end date.</source>
        <translation>An internship (status “{status}”) needs a start date and an end date.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>The end date lies before the start date.</translation>
    </message>
    <message>
        <source>Hours per week must be from 1 to 60.</source>
        <translation>Hours per week must be from 1 to 60.</translation>
    </message>
    <message>
        <source>Hours in total must be from 1 to {most} (a year of full weeks).</source>
        <translation>Hours in total must be from 1 to {most} (a year of full weeks).</translation>
    </message>
    <message>
        <source>No kind of internship given: “other” is used.</source>
        <translation>No kind of internship given: “other” is used.</translation>
    </message>
    <message>
        <source>A programme without a school is not imported.</source>
        <translation>A programme without a school is not imported.</translation>
    </message>
    <message>
        <source>The dates are not used: with status “{status}” the row is an application only.</source>
        <translation>The dates are not used: with status “{status}” the row is an application only.</translation>
    </message>
    <message>
        <source>“Hired later” is not used: the row is not an internship.</source>
        <translation>“Hired later” is not used: the row is not an internship.</translation>
    </message>
    <message>
        <source>Days per week must be from 1 to 7.</source>
        <translation>Days per week must be from 1 to 7.</translation>
    </message>
    <message>
        <source>The row says the internship was not paid, and gives an allowance of {amount}.</source>
        <translation>The row says the internship was not paid, and gives an allowance of {amount}.</translation>
    </message>
    <message>
        <source>“{value}” gives the month, not the day: read as {day}.</source>
        <translation>“{value}” gives the month, not the day: read as {day}.</translation>
    </message>
    <message>
        <source>This date of birth gives an age of {age} years.</source>
        <translation>This date of birth gives an age of {age} years.</translation>
    </message>
    <message>
        <source>The file {file} does not exist or cannot be read.</source>
        <translation>The file {file} does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>{file} is protected by a password or damaged. Open it in Excel and save it without a password as an Excel workbook (.xlsx).</source>
        <translation>{file} is protected by a password or damaged. Open it in Excel and save it without a password as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is damaged or is not an Excel workbook: it cannot be read.</source>
        <translation>{file} is damaged or is not an Excel workbook: it cannot be read.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet. Choose an Excel workbook (.xlsx or .xls), an OpenDocument sheet (.ods) or a CSV file.</source>
        <translation>{file} is not a spreadsheet. Choose an Excel workbook (.xlsx or .xls), an OpenDocument sheet (.ods) or a CSV file.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {megabytes} MB: too big for an import list.</source>
        <translation>{file} unpacks to more than {megabytes} MB: too big for an import list.</translation>
    </message>
    <message>
        <source>The sheet in {file} reaches row {rows} and column {columns}: far beyond a list. Delete what lies outside the list, or copy the list into a new workbook, and import that.</source>
        <translation>The sheet in {file} reaches row {rows} and column {columns}: far beyond a list. Delete what lies outside the list, or copy the list into a new workbook, and import that.</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB: too big for an import list.</source>
        <translation>{file} is larger than {megabytes} MB: too big for an import list.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a list: a cell holds more than {limit} characters, or a quotation mark is never closed.</source>
        <translation>{file} cannot be read as a list: a cell holds more than {limit} characters, or a quotation mark is never closed.</translation>
    </message>
    <message>
        <source>The sheet in {file} is empty: there is no header row.</source>
        <translation>The sheet in {file} is empty: there is no header row.</translation>
    </message>
    <message>
        <source>The sheet in {file} has a header row but no rows below it.</source>
        <translation>The sheet in {file} has a header row but no rows below it.</translation>
    </message>
    <message>
        <source>Row {row} of {file} is empty: it cannot be the header row. Choose another.</source>
        <translation>Row {row} of {file} is empty: it cannot be the header row. Choose another.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows. Split it into smaller lists and import each.</source>
        <translation>{file} has more than {limit} rows. Split it into smaller lists and import each.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file, save it and click Check again. Nothing is imported until every row is right.</source>
        <translation>
            <numerusform>%n error: correct the file, save it and click Check again. Nothing is imported until every row is right.</numerusform>
            <numerusform>%n errors: correct the file, save it and click Check again. Nothing is imported until every row is right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): those rows are imported as the message says.</source>
        <translation>
            <numerusform>%n warning: that row is imported as the message says.</numerusform>
            <numerusform>%n warnings: those rows are imported as the message says.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>{column} (not in the list)</source>
        <translation>{column} (not in the list)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s)</source>
        <translation>
            <numerusform>%n school</numerusform>
            <numerusform>%n schools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programme</numerusform>
            <numerusform>%n programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%n mentor</numerusform>
            <numerusform>%n mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requirements text(s) with its year</source>
        <translation>
            <numerusform>%n requirements text with its year</numerusform>
            <numerusform>%n requirements texts with their year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n internship(s)</source>
        <translation>
            <numerusform>%n internship</numerusform>
            <numerusform>%n internships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already in StageDesk: nothing is created for them.</source>
        <translation>
            <numerusform>%n row already in StageDesk: nothing is created for it.</numerusform>
            <numerusform>%n rows already in StageDesk: nothing is created for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read from the list.</source>
        <translation>
            <numerusform>%n row read from the list.</numerusform>
            <numerusform>%n rows read from the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing creates nothing new.</source>
        <translation>Importing creates nothing new.</translation>
    </message>
    <message>
        <source>The rows without errors would create: {}.</source>
        <translation>The rows without errors would create: {}.</translation>
    </message>
    <message>
        <source>Importing creates: {}.</source>
        <translation>Importing creates: {}.</translation>
    </message>
    <message numerus="yes">
        <source>The list says something else about %n field(s) of records already in StageDesk: tick below the changes to make.</source>
        <translation>
            <numerusform>The list says something else about %n field of records already in StageDesk: tick below the changes to make.</numerusform>
            <numerusform>The list says something else about %n fields of records already in StageDesk: tick below the changes to make.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n as they are</source>
        <translation>
            <numerusform>%n as it is</numerusform>
            <numerusform>%n as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a word you explained</source>
        <translation>
            <numerusform>%n with a word you explained</numerusform>
            <numerusform>%n with a word you explained</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with text kept in the notes</source>
        <translation>
            <numerusform>%n with text kept in the notes</numerusform>
            <numerusform>%n with text kept in the notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed over (totals, headings)</source>
        <translation>
            <numerusform>%n passed over (totals, headings)</numerusform>
            <numerusform>%n passed over (totals, headings)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: {counts}.</source>
        <translation>Rows: {counts}.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <source>Imported from {file}: {made}.</source>
        <translation>Imported from {file}: {made}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Filled-in forms</source>
        <translation>Filled-in forms</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Apply the ticked forms</source>
        <translation>Apply the ticked forms</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be read; left as it was</source>
        <translation>could not be read; left as it was</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) with changes</source>
        <translation>
            <numerusform>%n form with changes</numerusform>
            <numerusform>%n forms with changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be used</source>
        <translation>
            <numerusform>%n file cannot be used</numerusform>
            <numerusform>%n files cannot be used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) applied.</source>
        <translation>
            <numerusform>%n form applied.</numerusform>
            <numerusform>%n forms applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation>Not applied:</translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <source>Import a list — {file}</source>
        <translation>Import a list — {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>&amp;Template…</translation>
    </message>
    <message>
        <source>The empty list, with a sheet for each column</source>
        <translation>The empty list, with a sheet for each column</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import the &amp;rest…</source>
        <translation>Import the &amp;rest…</translation>
    </message>
    <message>
        <source>Import the rows without an error; leave the others out</source>
        <translation>Import the rows without an error; leave the others out</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>1. Columns</source>
        <translation>1. Columns</translation>
    </message>
    <message>
        <source>2. Preview</source>
        <translation>2. Preview</translation>
    </message>
    <message>
        <source>3. Import</source>
        <translation>3. Import</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation>Something went wrong: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>This list cannot be imported</source>
        <translation>This list cannot be imported</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) on the sheet “{sheet}”</source>
        <translation>
            <numerusform>%n row on the sheet “{sheet}”</numerusform>
            <numerusform>%n rows on the sheet “{sheet}”</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>List imported</source>
        <translation>List imported</translation>
    </message>
    <message>
        <source>Nothing was imported. Click Check again.</source>
        <translation>Nothing was imported. Click Check again.</translation>
    </message>
    <message>
        <source>The list was not imported</source>
        <translation>The list was not imported</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Template saved as {file}</source>
        <translation>Template saved as {file}</translation>
    </message>
    <message>
        <source>Save the problems as</source>
        <translation>Save the problems as</translation>
    </message>
    <message>
        <source>{name} - problems</source>
        <translation>{name} - problems</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Saving the problems…</source>
        <translation>Saving the problems…</translation>
    </message>
    <message>
        <source>Save the refused rows as</source>
        <translation>Save the refused rows as</translation>
    </message>
    <message>
        <source>{name} - refused rows</source>
        <translation>{name} - refused rows</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <source>Saving the refused rows…</source>
        <translation>Saving the refused rows…</translation>
    </message>
    <message>
        <source>Save the words as</source>
        <translation>Save the words as</translation>
    </message>
    <message>
        <source>{name} - words</source>
        <translation>{name} - words</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>Saving the words…</source>
        <translation>Saving the words…</translation>
    </message>
    <message>
        <source>The file could not be written: {}</source>
        <translation>The file could not be written: {}</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Saved as {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with an error are left out and not imported. Save the problems first to correct those rows and import them later. Import the other rows now?</source>
        <translation>
            <numerusform>%n row with an error is left out and not imported. Save the problems first to correct it and import it later. Import the other rows now?</numerusform>
            <numerusform>%n rows with an error are left out and not imported. Save the problems first to correct those rows and import them later. Import the other rows now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the rest</source>
        <translation>Import the rest</translation>
    </message>
    <message>
        <source>Row {row}: {text}</source>
        <translation>Row {row}: {text}</translation>
    </message>
</context>
<context>
    <name>InternshipEditor</name>
    <message>
        <source>Calendar…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>This internship&apos;s dates, checklist items and evaluations as an .ics file</source>
        <translation>This internship&apos;s dates, checklist items and evaluations as an .ics file</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>New internship</source>
        <translation>New internship</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>KeptFiles</name>
    <message>
        <source>{file} is a StageDesk database: writing over it would destroy its records. Choose another file.</source>
        <translation>{file} is a StageDesk database: writing over it would destroy its records. Choose another file.</translation>
    </message>
    <message>
        <source>{file} belongs to the database {database} (its journal, lock or safety copy). Choose another file.</source>
        <translation>{file} belongs to the database {database} (its journal, lock or safety copy). Choose another file.</translation>
    </message>
    <message>
        <source>{file} is in {folder}, where StageDesk keeps its own files. Choose another folder.</source>
        <translation>{file} is in {folder}, where StageDesk keeps its own files. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of StageDesk</source>
        <translation>Language of StageDesk</translation>
    </message>
    <message>
        <source>Menus, buttons and messages; forms follow their reader</source>
        <translation>Menus, buttons and messages; forms follow their reader</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to StageDesk</source>
        <translation>Welcome to StageDesk</translation>
    </message>
    <message>
        <source>Choose your language. You can change it later in Settings.</source>
        <translation>Choose your language. You can change it later in Settings.</translation>
    </message>
</context>
<context>
    <name>ListImport</name>
    <message>
        <source>Import a list of interns</source>
        <translation>Import a list of interns</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Save the empty import list</source>
        <translation>Save the empty import list</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} could not be written: {reason}</translation>
    </message>
    <message>
        <source>Template saved as {file}</source>
        <translation>Template saved as {file}</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>{path} is already open in StageDesk: {user} on {host}, since {since}.</source>
        <translation>{path} is already open in StageDesk: {user} on {host}, since {since}.</translation>
    </message>
    <message>
        <source>{path} is open in StageDesk on another computer: {user} on {host}, since {since}. If that computer crashed or StageDesk was not closed there, you may take the database over. If StageDesk is still open there, changes made there may be lost.</source>
        <translation>{path} is open in StageDesk on another computer: {user} on {host}, since {since}. If that computer crashed or StageDesk was not closed there, you may take the database over. If StageDesk is still open there, changes made there may be lost.</translation>
    </message>
</context>
<context>
    <name>LogoBox</name>
    <message>
        <source>The file cannot be read: {}</source>
        <translation>The file cannot be read: {}</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image.</source>
        <translation>Choose a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>The logo may be at most 2 MB.</source>
        <translation>The logo may be at most 2 MB.</translation>
    </message>
    <message>
        <source>Logo on every PDF</source>
        <translation>Logo on every PDF</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Choose a logo…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Remove the logo</translation>
    </message>
    <message>
        <source>No logo yet.</source>
        <translation>No logo yet.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>There is no internship {internship}.</source>
        <translation>There is no internship {internship}.</translation>
    </message>
    <message>
        <source>This internship has no mentor: choose one in its details first.</source>
        <translation>This internship has no mentor: choose one in its details first.</translation>
    </message>
    <message>
        <source>This internship has no school supervisor: choose one in its details first.</source>
        <translation>This internship has no school supervisor: choose one in its details first.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address: add it to their record first.</source>
        <translation>{name} has no e-mail address: add it to their record first.</translation>
    </message>
    <message>
        <source>The e-mail address of {name} ({address}) is not valid: correct it first.</source>
        <translation>The e-mail address of {name} ({address}) is not valid: correct it first.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, which StageDesk does not know. Placeholders it knows: {known}.</source>
        <translation>The template uses {placeholder}, which StageDesk does not know. Placeholders it knows: {known}.</translation>
    </message>
    <message>
        <source>The template has a brace that is not part of a placeholder. Placeholders are written like {example}; write two braces for a brace itself.</source>
        <translation>The template has a brace that is not part of a placeholder. Placeholders are written like {example}; write two braces for a brace itself.</translation>
    </message>
    <message>
        <source>A mailto: link cannot carry an attachment: open the mail in the mail program instead.</source>
        <translation>A mailto: link cannot carry an attachment: open the mail in the mail program instead.</translation>
    </message>
    <message>
        <source>This mail is too long for a mailto: link ({length} characters, at most {limit}): open it in the mail program instead.</source>
        <translation>This mail is too long for a mailto: link ({length} characters, at most {limit}): open it in the mail program instead.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but this internship has no mentor.</source>
        <translation>The template uses {placeholder}, but this internship has no mentor.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but the mentor has no e-mail address.</source>
        <translation>The template uses {placeholder}, but the mentor has no e-mail address.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but this internship has no backup.</source>
        <translation>The template uses {placeholder}, but this internship has no backup.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but this internship has no school supervisor.</source>
        <translation>The template uses {placeholder}, but this internship has no school supervisor.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but this internship has no school.</source>
        <translation>The template uses {placeholder}, but this internship has no school.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but no active staff member is marked as coordinator.</source>
        <translation>The template uses {placeholder}, but no active staff member is marked as coordinator.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but the organisation&apos;s name is not filled in (Settings).</source>
        <translation>The template uses {placeholder}, but the organisation&apos;s name is not filled in (Settings).</translation>
    </message>
    <message>
        <source>Practical information for the intern</source>
        <translation>Practical information for the intern</translation>
    </message>
    <message>
        <source>Survey for the intern</source>
        <translation>Survey for the intern</translation>
    </message>
    <message>
        <source>Survey for the mentor</source>
        <translation>Survey for the mentor</translation>
    </message>
    <message>
        <source>Thanks to the school supervisor</source>
        <translation>Thanks to the school supervisor</translation>
    </message>
    <message>
        <source>the intern&apos;s first name</source>
        <translation>the intern&apos;s first name</translation>
    </message>
    <message>
        <source>the intern&apos;s full name</source>
        <translation>the intern&apos;s full name</translation>
    </message>
    <message>
        <source>the mentor&apos;s first name</source>
        <translation>the mentor&apos;s first name</translation>
    </message>
    <message>
        <source>the mentor&apos;s full name</source>
        <translation>the mentor&apos;s full name</translation>
    </message>
    <message>
        <source>the mentor&apos;s e-mail address</source>
        <translation>the mentor&apos;s e-mail address</translation>
    </message>
    <message>
        <source>the backup&apos;s name</source>
        <translation>the backup&apos;s name</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>the unit</translation>
    </message>
    <message>
        <source>the first day (dd/mm/yyyy)</source>
        <translation>the first day (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>the last day (dd/mm/yyyy)</source>
        <translation>the last day (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>your organisation&apos;s name</source>
        <translation>your organisation&apos;s name</translation>
    </message>
    <message>
        <source>the coordinator&apos;s name</source>
        <translation>the coordinator&apos;s name</translation>
    </message>
    <message>
        <source>the school supervisor&apos;s name</source>
        <translation>the school supervisor&apos;s name</translation>
    </message>
    <message>
        <source>the school</source>
        <translation>the school</translation>
    </message>
    <message>
        <source>No mail</source>
        <translation>No mail</translation>
    </message>
</context>
<context>
    <name>MailButton</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Write a mail to the intern, the mentor or the school</source>
        <translation>Write a mail to the intern, the mentor or the school</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Changing the language fills in the text again</source>
        <translation>Changing the language fills in the text again</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Attachment:</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>&amp;Open in mail program</translation>
    </message>
    <message>
        <source>A new mail, ready to send, in Outlook or Thunderbird</source>
        <translation>A new mail, ready to send, in Outlook or Thunderbird</translation>
    </message>
    <message>
        <source>Open as &amp;mailto: link</source>
        <translation>Open as &amp;mailto: link</translation>
    </message>
    <message>
        <source>For a mail program that does not open .eml files</source>
        <translation>For a mail program that does not open .eml files</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>the account your mail program sends from</source>
        <translation>the account your mail program sends from</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No mail</source>
        <translation>No mail</translation>
    </message>
    <message>
        <source>Mail saved</source>
        <translation>Mail saved</translation>
    </message>
    <message>
        <source>No program on this computer opens .eml files. The mail is saved as {path}: open it from your mail program.</source>
        <translation>No program on this computer opens .eml files. The mail is saved as {path}: open it from your mail program.</translation>
    </message>
    <message>
        <source>No mailto: link</source>
        <translation>No mailto: link</translation>
    </message>
    <message>
        <source>Save the mail</source>
        <translation>Save the mail</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <source>Mail not saved</source>
        <translation>Mail not saved</translation>
    </message>
    <message>
        <source>StageDesk could not write {path}.

Details: {detail}</source>
        <translation>StageDesk could not write {path}.

Details: {detail}</translation>
    </message>
</context>
<context>
    <name>MailTemplatesEditor</name>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Placeholders</translation>
    </message>
    <message>
        <source>Double-click to put it in the text</source>
        <translation>Double-click to put it in the text</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Reset to default</translation>
    </message>
    <message>
        <source>Save &amp;template</source>
        <translation>Save &amp;template</translation>
    </message>
    <message>
        <source>Mail:</source>
        <translation>Mail:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Placeholders, filled in for each internship:</source>
        <translation>Placeholders, filled in for each internship:</translation>
    </message>
    <message>
        <source>The mails StageDesk writes for an internship (its E-mail button), in Dutch, French and English. Your changes are used for every internship; “Reset to default” brings back StageDesk&apos;s own text.</source>
        <translation>The mails StageDesk writes for an internship (its E-mail button), in Dutch, French and English. Your changes are used for every internship; “Reset to default” brings back StageDesk&apos;s own text.</translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation>Your own text</translation>
    </message>
    <message>
        <source>The default text</source>
        <translation>The default text</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Template not saved</translation>
    </message>
    <message>
        <source>StageDesk could not write the template.

Details: {}</source>
        <translation>StageDesk could not write the template.

Details: {}</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Reset to default</translation>
    </message>
    <message>
        <source>Replace your own text of this mail by the default text?</source>
        <translation>Replace your own text of this mail by the default text?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>StageDesk — Demo organisation — {location}</source>
        <translation>StageDesk — Demo organisation — {location}</translation>
    </message>
    <message>
        <source>Demo organisation: not your own data</source>
        <translation>Demo organisation: not your own data</translation>
    </message>
    <message>
        <source>StageDesk — {location}</source>
        <translation>StageDesk — {location}</translation>
    </message>
    <message numerus="yes">
        <source>%n form definition(s) of your own could not be used</source>
        <translation>
            <numerusform>%n form definition of your own could not be used</numerusform>
            <numerusform>%n form definitions of your own could not be used</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Print forms…</source>
        <translation>Print forms…</translation>
    </message>
    <message>
        <source>Print a form for many internships at once (Ctrl+P)</source>
        <translation>Print a form for many internships at once (Ctrl+P)</translation>
    </message>
    <message>
        <source>No form has this code.</source>
        <translation>No form has this code.</translation>
    </message>
</context>
<context>
    <name>NeedsAnalysisPage</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>New needs analysis</source>
        <translation>New needs analysis</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Make it an opportunity</source>
        <translation>Make it an opportunity</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Add a unit first (People &amp; units).</source>
        <translation>Add a unit first (People &amp; units).</translation>
    </message>
    <message>
        <source>Select a needs analysis first.</source>
        <translation>Select a needs analysis first.</translation>
    </message>
    <message>
        <source>Give the proposed assignment a title first.</source>
        <translation>Give the proposed assignment a title first.</translation>
    </message>
    <message>
        <source>This proposal is already an opportunity.</source>
        <translation>This proposal is already an opportunity.</translation>
    </message>
    <message>
        <source>The proposal is now an opportunity, offered to candidates.</source>
        <translation>The proposal is now an opportunity, offered to candidates.</translation>
    </message>
</context>
<context>
    <name>OneOrNone</name>
    <message>
        <source>Click again to clear the answer</source>
        <translation>Click again to clear the answer</translation>
    </message>
</context>
<context>
    <name>OpenItemsFilter</name>
    <message>
        <source>N/A</source>
        <comment>not needed, in a narrow column</comment>
        <translation>N/A</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Take the database over?</source>
        <translation>Take the database over?</translation>
    </message>
    <message>
        <source>Synced or network folder</source>
        <translation>Synced or network folder</translation>
    </message>
    <message>
        <source>Where the database is</source>
        <translation>Where the database is</translation>
    </message>
</context>
<context>
    <name>OpportunityListAction</name>
    <message>
        <source>List for schools (PDF)</source>
        <translation>List for schools (PDF)</translation>
    </message>
    <message>
        <source>The offered opportunities, to send to schools</source>
        <translation>The offered opportunities, to send to schools</translation>
    </message>
    <message>
        <source>Internship places.pdf</source>
        <translation>Internship places.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>Its name, address and logo are printed on every PDF.</source>
        <translation>Its name, address and logo are printed on every PDF.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Choose a logo…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Remove the logo</translation>
    </message>
    <message>
        <source>No logo yet: you can add one later.</source>
        <translation>No logo yet: you can add one later.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OtherFiles</name>
    <message>
        <source>Add another &amp;organisation&apos;s file…</source>
        <translation>Add another &amp;organisation&apos;s file…</translation>
    </message>
    <message>
        <source>One annual overview over several StageDesk files (each organisation its own): the files are read, never changed</source>
        <translation>One annual overview over several StageDesk files (each organisation its own): the files are read, never changed</translation>
    </message>
    <message>
        <source>This file only</source>
        <translation>This file only</translation>
    </message>
    <message>
        <source>Another organisation&apos;s StageDesk file</source>
        <translation>Another organisation&apos;s StageDesk file</translation>
    </message>
    <message>
        <source>StageDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>StageDesk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Also in the annual overview&apos;s workbook: {files}</source>
        <translation>Also in the annual overview&apos;s workbook: {files}</translation>
    </message>
</context>
<context>
    <name>OutputChoice</name>
    <message>
        <source>&amp;One PDF, ready to print</source>
        <translation>&amp;One PDF, ready to print</translation>
    </message>
    <message>
        <source>One PDF per internship, in a fol&amp;der</source>
        <translation>One PDF per internship, in a fol&amp;der</translation>
    </message>
    <message>
        <source>Fillable forms are saved one file per internship: each file carries its own form code, so the answers it brings back go to the right internship.</source>
        <translation>Fillable forms are saved one file per internship: each file carries its own form code, so the answers it brings back go to the right internship.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>New candidate</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Internships</translation>
    </message>
    <message>
        <source>New internship</source>
        <translation>New internship</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Internship</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>New opportunity</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>New school</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Needs analyses</source>
        <translation>Needs analyses</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>What needs you now: internships about to start or end, checklist items due, surveys to collect and applications waiting for a decision. Double-click a line to open it.</source>
        <translation>What needs you now: internships about to start or end, checklist items due, surveys to collect and applications waiting for a decision. Double-click a line to open it.</translation>
    </message>
    <message>
        <source>The guide&apos;s three step plans: building a policy, coordinating internships and mentoring an intern. Each step takes you to the place in StageDesk and the tool that does it.</source>
        <translation>The guide&apos;s three step plans: building a policy, coordinating internships and mentoring an intern. Each step takes you to the place in StageDesk and the tool that does it.</translation>
    </message>
    <message>
        <source>The assignments your units can give an intern. Offer one when it is ready: the list for schools shows every offered opportunity.</source>
        <translation>The assignments your units can give an intern. Offer one when it is ready: the list for schools shows every offered opportunity.</translation>
    </message>
    <message>
        <source>Each unit describes what an intern could do there. Turn the proposals that fit your policy into opportunities.</source>
        <translation>Each unit describes what an intern could do there. Turn the proposals that fit your policy into opportunities.</translation>
    </message>
    <message>
        <source>Students and job seekers who applied. A candidate keeps their applications and, once accepted, their internships.</source>
        <translation>Students and job seekers who applied. A candidate keeps their applications and, once accepted, their internships.</translation>
    </message>
    <message>
        <source>Each application goes from applied to interviewed to a decision. Its Tools tab holds the interview question set.</source>
        <translation>Each application goes from applied to interviewed to a decision. Its Tools tab holds the interview question set.</translation>
    </message>
    <message>
        <source>One line per intern&apos;s placement: unit, mentor, school, dates and status. The tabs hold its checklists, documents (the info sheet), follow-up and surveys.</source>
        <translation>One line per intern&apos;s placement: unit, mentor, school, dates and status. The tabs hold its checklists, documents (the info sheet), follow-up and surveys.</translation>
    </message>
    <message>
        <source>The schools, training centres and employment services that send you interns, with their contacts and programmes.</source>
        <translation>The schools, training centres and employment services that send you interns, with their contacts and programmes.</translation>
    </message>
    <message>
        <source>The people of your organisation and their roles: coordinator, mentor, backup and unit head.</source>
        <translation>The people of your organisation and their roles: coordinator, mentor, backup and unit head.</translation>
    </message>
    <message>
        <source>The parts of your organisation that host interns.</source>
        <translation>The parts of your organisation that host interns.</translation>
    </message>
    <message>
        <source>The figures management and outside questions ask for: interns and applicants per year, duration, kinds, satisfaction. Export them to Excel or PDF.</source>
        <translation>The figures management and outside questions ask for: interns and applicants per year, duration, kinds, satisfaction. Export them to Excel or PDF.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s name, address and logo (on every PDF), your internship policy and rules, mail templates, backups and where your data is kept.</source>
        <translation>Your organisation&apos;s name, address and logo (on every PDF), your internship policy and rules, mail templates, backups and where your data is kept.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Hide help</source>
        <translation>Hide help</translation>
    </message>
    <message>
        <source>Hide this line on this page</source>
        <translation>Hide this line on this page</translation>
    </message>
    <message>
        <source>What this page is for</source>
        <translation>What this page is for</translation>
    </message>
</context>
<context>
    <name>PdfImport</name>
    <message>
        <source>{file} is damaged or is not a PDF file.</source>
        <translation>{file} is damaged or is not a PDF file.</translation>
    </message>
    <message>
        <source>{file} is protected with a password; save it without protection first.</source>
        <translation>{file} is protected with a password; save it without protection first.</translation>
    </message>
    <message>
        <source>{file} is not a form printed by StageDesk.</source>
        <translation>{file} is not a form printed by StageDesk.</translation>
    </message>
    <message>
        <source>{file} belongs to a form that no longer exists in StageDesk.</source>
        <translation>{file} belongs to a form that no longer exists in StageDesk.</translation>
    </message>
    <message>
        <source>{file} was printed from a version of the form StageDesk does not know.</source>
        <translation>{file} was printed from a version of the form StageDesk does not know.</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB: far too large for a filled-in form, so it is not read.</source>
        <translation>{file} is larger than {megabytes} MB: far too large for a filled-in form, so it is not read.</translation>
    </message>
    <message>
        <source>{file} is far more complex than a filled-in form (or damaged in a way that makes reading it endless): reading it was stopped.</source>
        <translation>{file} is far more complex than a filled-in form (or damaged in a way that makes reading it endless): reading it was stopped.</translation>
    </message>
</context>
<context>
    <name>PdfInBackground</name>
    <message>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>Saved as {name}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}</source>
        <translation>{name} could not be written: {reason}</translation>
    </message>
</context>
<context>
    <name>PersonExportDialog</name>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Export this person&apos;s data</translation>
    </message>
    <message>
        <source>Everything StageDesk holds about {name}, for them to read (Excel) or to take along to another program (JSON).</source>
        <translation>Everything StageDesk holds about {name}, for them to read (Excel) or to take along to another program (JSON).</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <source>Include target-group answers</source>
        <translation>Include target-group answers</translation>
    </message>
    <message>
        <source>Sensitive data: only when the person asks for them</source>
        <translation>Sensitive data: only when the person asks for them</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}</source>
        <translation>{name} could not be written: {reason}</translation>
    </message>
    <message>
        <source>Saved as {name}, in {folder}.</source>
        <translation>Saved as {name}, in {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>Their documents and mail drafts (%n file(s)) are in the folder {folder}.</source>
        <translation>
            <numerusform>Their documents and mail drafts (%n file) are in the folder {folder}.</numerusform>
            <numerusform>Their documents and mail drafts (%n files) are in the folder {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>These files hold personal data.</source>
        <translation>These files hold personal data.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>{path} is in a folder that {service} keeps in sync. StageDesk works there, but the database must never be open on two computers at once, and a sync conflict can leave two versions of it. Safest: keep the database in a local folder and let its backups go to {service}.</source>
        <translation>{path} is in a folder that {service} keeps in sync. StageDesk works there, but the database must never be open on two computers at once, and a sync conflict can leave two versions of it. Safest: keep the database in a local folder and let its backups go to {service}.</translation>
    </message>
    <message>
        <source>{path} is on a network drive ({service}). StageDesk uses its safest way of saving there, but if the connection drops while saving, the last change can be lost. Keep backups, and open the database on one computer at a time.</source>
        <translation>{path} is on a network drive ({service}). StageDesk uses its safest way of saving there, but if the connection drops while saving, the last change can be lost. Keep backups, and open the database on one computer at a time.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>What the import creates</source>
        <translation>What the import creates</translation>
    </message>
    <message>
        <source>Dates are written &amp;month first (mm/dd/yyyy), as American programs do</source>
        <translation>Dates are written &amp;month first (mm/dd/yyyy), as American programs do</translation>
    </message>
    <message>
        <source>StageDesk tells from the dates; tick or untick it when it told wrong</source>
        <translation>StageDesk tells from the dates; tick or untick it when it told wrong</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Problems in the list</source>
        <translation>Problems in the list</translation>
    </message>
    <message>
        <source>The chosen problem in full</source>
        <translation>The chosen problem in full</translation>
    </message>
    <message>
        <source>&amp;Save problems as…</source>
        <translation>&amp;Save problems as…</translation>
    </message>
    <message>
        <source>The problem list as an Excel workbook or CSV file</source>
        <translation>The problem list as an Excel workbook or CSV file</translation>
    </message>
    <message>
        <source>Save &amp;refused rows as…</source>
        <translation>Save &amp;refused rows as…</translation>
    </message>
    <message>
        <source>The rows with an error as the list has them, and why: correct them in Excel and import that file later</source>
        <translation>The rows with an error as the list has them, and why: correct them in Excel and import that file later</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Read the file again, after you corrected it in Excel, and check it</source>
        <translation>Read the file again, after you corrected it in Excel, and check it</translation>
    </message>
    <message>
        <source>The dates in {columns} are written month first (mm/dd/yyyy): read that way.</source>
        <translation>The dates in {columns} are written month first (mm/dd/yyyy): read that way.</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problems (%n)</numerusform>
            <numerusform>Problems (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Row {row}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print forms</source>
        <translation>Print forms</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Internships:</source>
        <translation>Internships:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Blank</source>
        <translation>&amp;Blank</translation>
    </message>
    <message>
        <source>Pre-f&amp;illed</source>
        <translation>Pre-f&amp;illed</translation>
    </message>
    <message>
        <source>Fill&amp;able PDF</source>
        <translation>Fill&amp;able PDF</translation>
    </message>
    <message>
        <source>To fill in by hand</source>
        <translation>To fill in by hand</translation>
    </message>
    <message>
        <source>To fill in by hand, with what StageDesk knows already printed in</source>
        <translation>To fill in by hand, with what StageDesk knows already printed in</translation>
    </message>
    <message>
        <source>With form fields, to fill in on a computer and send back</source>
        <translation>With form fields, to fill in on a computer and send back</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Each intern&apos;s own language</source>
        <translation>Each intern&apos;s own language</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n internship(s)</source>
        <translation>
            <numerusform>%n internship</numerusform>
            <numerusform>%n internships</numerusform>
        </translation>
    </message>
    <message>
        <source>No internships match this choice.</source>
        <translation>No internships match this choice.</translation>
    </message>
    <message>
        <source>Choose a folder for the forms</source>
        <translation>Choose a folder for the forms</translation>
    </message>
    <message>
        <source>Save the forms as</source>
        <translation>Save the forms as</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the forms…</source>
        <translation>Preparing the forms…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <source>Form {done} of {total}</source>
        <translation>Form {done} of {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) printed</source>
        <translation>
            <numerusform>%n form printed</numerusform>
            <numerusform>%n forms printed</numerusform>
        </translation>
    </message>
    <message>
        <source>The forms could not be printed.</source>
        <translation>The forms could not be printed.</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} forms; no PDF was written.</source>
        <translation>Cancelled after {done} of {total} forms; no PDF was written.</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} forms; those already saved stay in the folder.</source>
        <translation>Cancelled after {done} of {total} forms; those already saved stay in the folder.</translation>
    </message>
    <message>
        <source>The forms could not be printed.

Details: {}</source>
        <translation>The forms could not be printed.

Details: {}</translation>
    </message>
    <message>
        <source>These forms were saved in {folder} before the problem:
{files}</source>
        <translation>These forms were saved in {folder} before the problem:
{files}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Name, e-mail address, phone number and address</source>
        <translation>Name, e-mail address, phone number and address</translation>
    </message>
    <message>
        <source>Date of birth (only the age band at the start of each internship is kept)</source>
        <translation>Date of birth (only the age band at the start of each internship is kept)</translation>
    </message>
    <message>
        <source>Target-group answers and the consent recorded on {date}</source>
        <translation>Target-group answers and the consent recorded on {date}</translation>
    </message>
    <message>
        <source>Notes about the candidate</source>
        <translation>Notes about the candidate</translation>
    </message>
    <message>
        <source>Notes on applications: {count}</source>
        <translation>Notes on applications: {count}</translation>
    </message>
    <message>
        <source>Notes, reason for stopping and day hired of internships: {count}</source>
        <translation>Notes, reason for stopping and day hired of internships: {count}</translation>
    </message>
    <message>
        <source>Text of follow-up entries: {count}</source>
        <translation>Text of follow-up entries: {count}</translation>
    </message>
    <message>
        <source>Written answers, notes and who answered, in forms: {count}</source>
        <translation>Written answers, notes and who answered, in forms: {count}</translation>
    </message>
    <message>
        <source>Documents, with their files: {count}</source>
        <translation>Documents, with their files: {count}</translation>
    </message>
    <message>
        <source>Deleted records about them in the bin: {count}</source>
        <translation>Deleted records about them in the bin: {count}</translation>
    </message>
    <message>
        <source>Mail drafts to them that StageDesk saved</source>
        <translation>Mail drafts to them that StageDesk saved</translation>
    </message>
    <message>
        <source>A number instead of the name: {pseudonym}</source>
        <translation>A number instead of the name: {pseudonym}</translation>
    </message>
    <message>
        <source>Gender, education level, school, programme and languages spoken (intern profile report)</source>
        <translation>Gender, education level, school, programme and languages spoken (intern profile report)</translation>
    </message>
    <message>
        <source>Applications: {count} (date, opportunity, source, status and decision date: annual overview)</source>
        <translation>Applications: {count} (date, opportunity, source, status and decision date: annual overview)</translation>
    </message>
    <message>
        <source>Internships: {count} (unit, mentor, school, kind, dates, hours, status, who stopped it, hired later and in which function: the reports)</source>
        <translation>Internships: {count} (unit, mentor, school, kind, dates, hours, status, who stopped it, hired later and in which function: the reports)</translation>
    </message>
    <message>
        <source>Follow-up entries: {count} (only their date and kind)</source>
        <translation>Follow-up entries: {count} (only their date and kind)</translation>
    </message>
    <message>
        <source>Forms: {count} (only scores and choices: satisfaction and partner reports)</source>
        <translation>Forms: {count} (only scores and choices: satisfaction and partner reports)</translation>
    </message>
    <message>
        <source>Applications still open: {count}. Erasing marks them withdrawn.</source>
        <translation>Applications still open: {count}. Erasing marks them withdrawn.</translation>
    </message>
    <message>
        <source>An internship of theirs is planned or running. It stays, under the number instead of the name.</source>
        <translation>An internship of theirs is planned or running. It stays, under the number instead of the name.</translation>
    </message>
    <message>
        <source>Backups of this database that still hold their data: {count}, in {folder}. They keep it until the rotation deletes them; a backup put back brings it back.</source>
        <translation>Backups of this database that still hold their data: {count}, in {folder}. They keep it until the rotation deletes them; a backup put back brings it back.</translation>
    </message>
    <message>
        <source>Backups made before today still hold their data until the rotation deletes them; a backup put back brings them back.</source>
        <translation>Backups made before today still hold their data until the rotation deletes them; a backup put back brings them back.</translation>
    </message>
    <message>
        <source>Their data were already anonymised on {date}.</source>
        <translation>Their data were already anonymised on {date}.</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Anonymising…</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Erasing…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n person anonymised.</numerusform>
            <numerusform>%n people anonymised.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file could not be compacted now (someone else has it open); the space their data took was wiped all the same.</source>
        <translation>The database file could not be compacted now (someone else has it open); the space their data took was wiped all the same.</translation>
    </message>
    <message>
        <source>On a server database, old copies of their rows stay in the server&apos;s files until the server reclaims that space (VACUUM FULL, by whoever manages it).</source>
        <translation>On a server database, old copies of their rows stay in the server&apos;s files until the server reclaims that space (VACUUM FULL, by whoever manages it).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be deleted yet. Close the program that has them open; StageDesk tries again each time it opens, or now from Settings › Privacy:</source>
        <translation>
            <numerusform>%n file could not be deleted yet. Close the program that has it open; StageDesk tries again each time it opens, or now from Settings › Privacy:</numerusform>
            <numerusform>%n files could not be deleted yet. Close the program that has them open; StageDesk tries again each time it opens, or now from Settings › Privacy:</numerusform>
        </translation>
    </message>
    <message>
        <source>former intern</source>
        <translation>former intern</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidate</translation>
    </message>
    <message>
        <source>Due to be anonymised</source>
        <translation>Due to be anonymised</translation>
    </message>
</context>
<context>
    <name>PrivacyButton</name>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>This person&apos;s data: export it for them, or erase it</source>
        <translation>This person&apos;s data: export it for them, or erase it</translation>
    </message>
    <message>
        <source>Export this person&apos;s data…</source>
        <translation>Export this person&apos;s data…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Erase this person…</translation>
    </message>
</context>
<context>
    <name>PrivacyRun</name>
    <message>
        <source>Nothing was changed</source>
        <translation>Nothing was changed</translation>
    </message>
    <message>
        <source>StageDesk could not finish, so nothing was changed.

Details: {}</source>
        <translation>StageDesk could not finish, so nothing was changed.

Details: {}</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>Personal data of former interns and of candidates who were not taken are anonymised a number of years after their last internship or application: their name, contact details and everything written about them go; what the reports count stays, without a name. Five years is usual in Belgium (social documents, and complaints about a selection).</source>
        <translation>Personal data of former interns and of candidates who were not taken are anonymised a number of years after their last internship or application: their name, contact details and everything written about them go; what the reports count stays, without a name. Five years is usual in Belgium (social documents, and complaints about a selection).</translation>
    </message>
    <message>
        <source>Anonymise them…</source>
        <translation>Anonymise them…</translation>
    </message>
    <message>
        <source>Delete them now</source>
        <translation>Delete them now</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Keep personal data for</source>
        <translation>Keep personal data for</translation>
    </message>
    <message>
        <source>after their last internship or application</source>
        <translation>after their last internship or application</translation>
    </message>
    <message>
        <source>Last review: {date}</source>
        <translation>Last review: {date}</translation>
    </message>
    <message>
        <source>Last review: never</source>
        <translation>Last review: never</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) due to be anonymised</source>
        <translation>
            <numerusform>%n person due to be anonymised</numerusform>
            <numerusform>%n people due to be anonymised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the %n person(s) listed? Their names, contact details and everything written about them are removed for good; what the reports count stays.</source>
        <translation>
            <numerusform>Anonymise the %n person listed? Their names, contact details and everything written about them are removed for good; what the reports count stays.</numerusform>
            <numerusform>Anonymise the %n people listed? Their names, contact details and everything written about them are removed for good; what the reports count stays.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
</context>
<context>
    <name>Reopener</name>
    <message>
        <source>Putting back the backup and reopening StageDesk…</source>
        <translation>Putting back the backup and reopening StageDesk…</translation>
    </message>
    <message>
        <source>The file it replaced is kept as {path}.</source>
        <translation>The file it replaced is kept as {path}.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Not restored</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Spread (SD)</source>
        <translation>Spread (SD)</translation>
    </message>
    <message>
        <source>Answers (n)</source>
        <translation>Answers (n)</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Interns</source>
        <translation>Interns</translation>
    </message>
    <message>
        <source>Places offered</source>
        <translation>Places offered</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Hired in the year</source>
        <translation>Hired in the year</translation>
    </message>
    <message>
        <source>Annual overview</source>
        <translation>Annual overview</translation>
    </message>
    <message>
        <source>Profile of the interns</source>
        <translation>Profile of the interns</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Mentors and partner schools</source>
        <translation>Mentors and partner schools</translation>
    </message>
    <message>
        <source>The last year: places, routes, profile</source>
        <translation>The last year: places, routes, profile</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>Avg. duration (days)</source>
        <translation>Avg. duration (days)</translation>
    </message>
    <message>
        <source>Curricular</source>
        <translation>Curricular</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Voluntary</translation>
    </message>
    <message>
        <source>Hired later</source>
        <translation>Hired later</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;#&apos;&gt;How we count&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;#&apos;&gt;How we count&lt;/a&gt;</translation>
    </message>
    <message>
        <source>How we count</source>
        <translation>How we count</translation>
    </message>
    <message>
        <source>Nothing to show for this choice.</source>
        <translation>Nothing to show for this choice.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Interns per year</source>
        <translation>Interns per year</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>From year</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>To year</translation>
    </message>
    <message>
        <source>&amp;Academic years (Sept–Aug)</source>
        <translation>&amp;Academic years (Sept–Aug)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Kinds of internship</source>
        <translation>Kinds of internship</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Units:</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Applicants: the people who applied in the year, each once per unit (and once in the year&apos;s total).
Interns: internships starting in the year (stopped early included, planned ones not yet started left out).
Every unit appears in every year, with 0 where there was nobody.
Duration: calendar days from start to end, both included.
Hired later: interns of the year later hired by the organisation.
Each workbook explains its figures on its “How we count” sheet.</source>
        <translation>Applicants: the people who applied in the year, each once per unit (and once in the year&apos;s total).
Interns: internships starting in the year (stopped early included, planned ones not yet started left out).
Every unit appears in every year, with 0 where there was nobody.
Duration: calendar days from start to end, both included.
Hired later: interns of the year later hired by the organisation.
Each workbook explains its figures on its “How we count” sheet.</translation>
    </message>
    <message>
        <source>The period runs backwards: “from” {first} is after “to” {last}.</source>
        <translation>The period runs backwards: “from” {first} is after “to” {last}.</translation>
    </message>
</context>
<context>
    <name>RetentionPrompt</name>
    <message>
        <source>Yearly privacy review</source>
        <translation>Yearly privacy review</translation>
    </message>
    <message>
        <source>Time for the yearly privacy review</source>
        <translation>Time for the yearly privacy review</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %n person(s) are due to be anonymised: their last internship or application ended more than {years} years ago. Their names, contact details and everything written about them go for good; what the reports count stays, without a name. Later asks again in {days} days.</source>
        <translation>
            <numerusform>The personal data of %n person is due to be anonymised: their last internship or application ended more than {years} years ago. Their names, contact details and everything written about them go for good; what the reports count stays, without a name. Later asks again in {days} days.</numerusform>
            <numerusform>The personal data of %n people are due to be anonymised: their last internship or application ended more than {years} years ago. Their names, contact details and everything written about them go for good; what the reports count stays, without a name. Later asks again in {days} days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise now</source>
        <translation>Anonymise now</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Ask again in {days} days</source>
        <translation>Ask again in {days} days</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>Unit head</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Personnel department</source>
        <translation>Personnel department</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>ICT</source>
        <translation>ICT</translation>
    </message>
</context>
<context>
    <name>RowsInput</name>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
</context>
<context>
    <name>SchoolEditor</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Our policy</source>
        <translation>Our policy</translation>
    </message>
    <message>
        <source>Mail templates</source>
        <translation>Mail templates</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Candidates &amp; applications</source>
        <translation>Candidates &amp; applications</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Internships</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>People &amp; units</source>
        <translation>People &amp; units</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How do you want to begin?</source>
        <translation>How do you want to begin?</translation>
    </message>
    <message>
        <source>Your organisation is saved when you click Finish.</source>
        <translation>Your organisation is saved when you click Finish.</translation>
    </message>
    <message>
        <source>Start with an empty organisation</source>
        <translation>Start with an empty organisation</translation>
    </message>
    <message>
        <source>Import my Excel list of interns</source>
        <translation>Import my Excel list of interns</translation>
    </message>
    <message>
        <source>Explore the demo organisation first</source>
        <translation>Explore the demo organisation first</translation>
    </message>
    <message>
        <source>Choose the &amp;list…</source>
        <translation>Choose the &amp;list…</translation>
    </message>
    <message>
        <source>The demo organisation is made-up data in a file of its own: your organisation stays empty and safe. Settings takes you back to your own data.</source>
        <translation>The demo organisation is made-up data in a file of its own: your organisation stays empty and safe. Settings takes you back to your own data.</translation>
    </message>
    <message>
        <source>No list chosen yet.</source>
        <translation>No list chosen yet.</translation>
    </message>
    <message>
        <source>Your list of interns</source>
        <translation>Your list of interns</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
</context>
<context>
    <name>StepActions</name>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Go there</source>
        <translation>Go there</translation>
    </message>
    <message>
        <source>Go there: {}</source>
        <translation>Go there: {}</translation>
    </message>
    <message>
        <source>Open the tool</source>
        <translation>Open the tool</translation>
    </message>
    <message>
        <source>Open the tool: {}</source>
        <translation>Open the tool: {}</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Done</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>List of open places for schools (PDF)</source>
        <translation>List of open places for schools (PDF)</translation>
    </message>
    <message>
        <source>Import an Excel list of interns…</source>
        <translation>Import an Excel list of interns…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The disk is full, so this could not be saved. Everything saved before is safe. Free some space (empty the recycle bin, move large files) and try again.</source>
        <translation>The disk is full, so this could not be saved. Everything saved before is safe. Free some space (empty the recycle bin, move large files) and try again.</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Read filled-in forms…</source>
        <translation>Read filled-in forms…</translation>
    </message>
    <message>
        <source>Bring answers back from PDF forms (Ctrl+O); you can also drop them here</source>
        <translation>Bring answers back from PDF forms (Ctrl+O); you can also drop them here</translation>
    </message>
    <message>
        <source>Form code, e.g. SD-123-K</source>
        <translation>Form code, e.g. SD-123-K</translation>
    </message>
    <message>
        <source>Type or scan a form code</source>
        <translation>Type or scan a form code</translation>
    </message>
    <message>
        <source>Filled-in forms</source>
        <translation>Filled-in forms</translation>
    </message>
    <message>
        <source>“{}” is not a form code.</source>
        <translation>“{}” is not a form code.</translation>
    </message>
</context>
<context>
    <name>ToolsEditor</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Print the selected tool for paper or a PDF reader</source>
        <translation>Print the selected tool for paper or a PDF reader</translation>
    </message>
    <message>
        <source>Fillable PDF (for any PDF reader)</source>
        <translation>Fillable PDF (for any PDF reader)</translation>
    </message>
    <message>
        <source>Pre-filled, to print</source>
        <translation>Pre-filled, to print</translation>
    </message>
    <message>
        <source>Blank, to print</source>
        <translation>Blank, to print</translation>
    </message>
    <message>
        <source>No tools apply at this stage.</source>
        <translation>No tools apply at this stage.</translation>
    </message>
    <message>
        <source>To read</source>
        <translation>To read</translation>
    </message>
    <message>
        <source>Completed on {date}</source>
        <translation>Completed on {date}</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Choose one of the options offered.</source>
        <translation>Choose one of the options offered.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>This is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>This name is already in use.</source>
        <translation>This name is already in use.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>The end date lies before the start date.</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}.</source>
        <translation>Enter a number from {low} to {high}.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>The backup must be someone other than the mentor.</source>
        <translation>The backup must be someone other than the mentor.</translation>
    </message>
    <message>
        <source>The decision date lies before the application date.</source>
        <translation>The decision date lies before the application date.</translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation>Enter the date of the decision.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>This date lies in the future.</translation>
    </message>
    <message>
        <source>The date of birth gives an age outside {low}–{high} years.</source>
        <translation>The date of birth gives an age outside {low}–{high} years.</translation>
    </message>
    <message>
        <source>Target-group answers may only be stored with a recorded consent date.</source>
        <translation>Target-group answers may only be stored with a recorded consent date.</translation>
    </message>
    <message>
        <source>This intern already has an internship from {start} to {end} over these dates.</source>
        <translation>This intern already has an internship from {start} to {end} over these dates.</translation>
    </message>
    <message>
        <source>Say why the internship was stopped early.</source>
        <translation>Say why the internship was stopped early.</translation>
    </message>
    <message>
        <source>Say who stopped the internship.</source>
        <translation>Say who stopped the internship.</translation>
    </message>
    <message>
        <source>Enter the date the intern was hired.</source>
        <translation>Enter the date the intern was hired.</translation>
    </message>
    <message>
        <source>The hiring date lies before the internship started.</source>
        <translation>The hiring date lies before the internship started.</translation>
    </message>
    <message>
        <source>An unpaid internship has no allowance.</source>
        <translation>An unpaid internship has no allowance.</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more.</source>
        <translation>Enter an amount of zero or more.</translation>
    </message>
    <message>
        <source>This supervisor works at another school.</source>
        <translation>This supervisor works at another school.</translation>
    </message>
    <message>
        <source>This programme belongs to another school.</source>
        <translation>This programme belongs to another school.</translation>
    </message>
    <message>
        <source>Enter at most {limit} characters.</source>
        <translation>Enter at most {limit} characters.</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>WhichInternships</name>
    <message>
        <source>&amp;Ending this month ({month})</source>
        <translation>&amp;Ending this month ({month})</translation>
    </message>
    <message>
        <source>&amp;Starting this month ({month})</source>
        <translation>&amp;Starting this month ({month})</translation>
    </message>
    <message>
        <source>&amp;Running now</source>
        <translation>&amp;Running now</translation>
    </message>
    <message>
        <source>Planned or running in the u&amp;nit:</source>
        <translation>Planned or running in the u&amp;nit:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>WordsBox</name>
    <message>
        <source>Say once what each word means; every row that uses it follows. “Unknown” imports it empty and keeps the list&apos;s word in the notes. A unit written short: say which unit it is, or keep it as a unit of its own.</source>
        <translation>Say once what each word means; every row that uses it follows. “Unknown” imports it empty and keeps the list&apos;s word in the notes. A unit written short: say which unit it is, or keep it as a unit of its own.</translation>
    </message>
    <message>
        <source>Words StageDesk does not know</source>
        <translation>Words StageDesk does not know</translation>
    </message>
    <message>
        <source>&amp;Use these meanings</source>
        <translation>&amp;Use these meanings</translation>
    </message>
    <message>
        <source>Save as a &amp;words file…</source>
        <translation>Save as a &amp;words file…</translation>
    </message>
    <message>
        <source>These answers as a table, for the command line&apos;s --words</source>
        <translation>These answers as a table, for the command line&apos;s --words</translation>
    </message>
    <message numerus="yes">
        <source>Words to explain (%n)</source>
        <translation>
            <numerusform>Words to explain (%n)</numerusform>
            <numerusform>Words to explain (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{column}: “{word}” (%n row(s))</source>
        <translation>
            <numerusform>{column}: “{word}” (%n row)</numerusform>
            <numerusform>{column}: “{word}” (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>What “{word}” means</source>
        <translation>What “{word}” means</translation>
    </message>
    <message>
        <source>— a unit of its own —</source>
        <translation>— a unit of its own —</translation>
    </message>
    <message>
        <source>— unknown: keep the word in the notes —</source>
        <translation>— unknown: keep the word in the notes —</translation>
    </message>
</context>
<context>
    <name>YearBars</name>
    <message>
        <source>Interns</source>
        <translation>Interns</translation>
    </message>
</context>
</TS>
