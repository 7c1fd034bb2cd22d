<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About StageDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutPanel</name>
    <message>
        <source>The internship desk of a small organisation. Free software (MIT licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled libraries and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled libraries and their licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (portable: next to the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of {path} did not pass its check, so it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk could not make a backup in {path}. Details: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an empty database, not a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>This database is on a server. StageDesk makes backups of a database file on this computer; the server&apos;s administrator backs up a server database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk copies the database every day it is used, and before every upgrade and restore. It keeps the last 7 days, 4 weeks and 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the backup of {made}? What was saved after it is replaced. The database as it is now is kept as a backup first, and StageDesk reopens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New backups go to {path}. The earlier ones stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bin</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record made since the delete has taken its number ({kind} {id}), so it cannot come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It refers to a record that is in the bin too ({kind}: “{label}”). Restore that first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It refers to a record that has been deleted for good ({kind} {id}), so it cannot come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another record is now called “{value}” ({kind}): rename that one first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is no longer in the bin (restored or emptied elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {what}? It goes to the bin (Settings › Bin), where it can be restored for {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BinTab</name>
    <message>
        <source>Deleted records stay here for {days} days, with what was deleted along with them (an internship&apos;s follow-up and forms). Then they are deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected records back where they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the bin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the bin</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restored: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot come back on its own:

{reasons}

Restore them together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was not restored:

{reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n record(s) in the bin for good? They cannot be restored afterwards.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateEditor</name>
    <message>
        <source>Anonymised on {date}: only what the reports count is kept, without a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInput</name>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <source>%v of %m settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Only open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the items that are done or not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column, in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This internship has no checklists yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The toolbox has no checklists for internships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists of {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildrenPanel</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last internship or application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Columns of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each column of the list, choose the StageDesk column it fills. Required: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) were not recognised: they are not imported unless you choose a StageDesk column for them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk does not recognise this header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk column for “{header}” (column {letter})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the other person changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Keep theirs” shows the record as they saved it; your changes are dropped.
“Keep editing” keeps your changes on screen and takes theirs everywhere else; saving then writes your values over theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;theirs (reload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it, so your changes were not saved: they would have overwritten theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what they changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They changed nothing that this form shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>You, the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You run the internships. In a small organisation you are the mentor as well: StageDesk notes you as both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@organisation.be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk can put back a backup copy. What was saved after that copy is not in it. The damaged file is kept as it is, under another name, so that nothing is thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup was found in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is of {made}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting in the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending in the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items past their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys not handed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities without a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running internships per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>Export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk export {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting every record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk internships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to your calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in your calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>Excel and calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an Excel list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring an old Excel or CSV list of interns in (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty import list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of all internships (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Where your data lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can move both later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder for the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is in a shared database on a server:
{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator makes the backups of a server database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is kept in this file:
{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk copies it every day you use it, and keeps the copies in:
{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>{path} is not a StageDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a database of another program, not of StageDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened. Restore a backup copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of StageDesk. Install the newest StageDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk cannot write in the folder of {path}. Choose a folder where you may save files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk could not bring {path} up to date; the file was left as it was. Details: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk cannot reach the database {path}. Details: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>Where your data is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared database on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For several coordinators at once. Your IT department gives you the address, e.g. postgresql://name@server/stagedesk. Keep the password in a PostgreSQL password file (pgpass) rather than in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is in a file on this computer:
{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is in a shared database on a server:
{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the address of a PostgreSQL database. It looks like postgresql://name@server/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is empty: StageDesk creates its tables when it starts on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds StageDesk data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds data of an older StageDesk; it is brought up to date when StageDesk starts on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was saved by a newer StageDesk. Install the newest StageDesk to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds tables of another program. Ask for an empty database for StageDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {server}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk closes and starts again on {}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>You are exploring the demo organisation: made-up people and internships. Your own data is kept apart and is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my own data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoMaker</name>
    <message>
        <source>Making the demo organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo organisation could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>This record was changed elsewhere after you opened it. Your changes were not saved: undo them to see the newest version, then make them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted elsewhere. Your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy or cannot be written. Nothing was saved; try again in a moment.

Details: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change. Nothing was saved.

Details: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} is still used by other records, so it cannot be deleted:

{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled-in forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changes that are not saved yet. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk could not copy {file}. Nothing was added.

Details: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Type of document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the info sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All key facts on one page, kept here as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info sheet, checklists, interview, follow-up and surveys in one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult or training centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment-service operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-secondary (graduate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional bachelor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic bachelor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spontaneous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job or internship fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curricular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job-seeker scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-based learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-placement agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By mutual agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace risk analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form from StageDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that says who {name} is will be removed from StageDesk for good. What the reports count stays, without their name. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the name: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportingPage</name>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has no PDF version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language for forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: nl, fr, en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target groups (self-declared, only with consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability or chronic illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for a spontaneous application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telework allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowance (EUR per month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function when hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period and guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still hosts interns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still works here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: internship supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{target} is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Welcome! The Steps page shows where to begin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>StageDesk: first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 10 golden rules for giving feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this follow-up entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDefinition</name>
    <message>
        <source>{key} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be a text in Dutch, French and English: {{ nl = …, fr = …, en = … }}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} has no {language} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is {value!r}; it must be one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} {value!r} must be lowercase letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id {value!r} is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} may not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid TOML: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Responsible: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>&amp;Language of the form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answers (Ctrl+S); a draft stays a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and mark complete: needs every * field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* needed to complete the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>“{value}” is not a date: write it as dd/mm/yyyy, e.g. 15/09/2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is a day that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number {value} stands where a date belongs: format the cell as a date or write dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has no column for: {columns}. Match a column to each by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one column of the list is matched to: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database changed since the list was checked. Check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already has an internship from {start} to {end} over these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not known here. Use one of: {words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internship (status “{status}”) needs a start date and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week must be from 1 to 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kind of internship given: “other” is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A programme without a school is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates are not used: with status “{status}” the row is an application only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Hired later” is not used: the row is not an internship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date of birth gives an age of {age} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is protected by a password or damaged. Open it in Excel and save it without a password as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged or is not an Excel workbook: it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet. Choose an Excel workbook (.xlsx or .xls), an OpenDocument sheet (.ods) or a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} unpacks to more than {megabytes} MB: too big for an import list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet in {file} reaches row {rows} and column {columns}: far beyond a list. Delete what lies outside the list, or copy the list into a new workbook, and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB: too big for an import list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read as a list: a cell holds more than {limit} characters, or a quotation mark is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet in {file} is empty: there is no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet in {file} has a header row but no rows below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows. Split it into smaller lists and import each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file, save it and click Check again. Nothing is imported until every row is right.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): those rows are imported as the message says.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} (not in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n internship(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already in StageDesk: nothing is created for them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read from the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing creates nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows without errors would create: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing creates: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from {file}: {made}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Filled-in forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the ticked forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>could not be read; left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) with changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be used</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) applied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <source>Import a list — {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty list, with a sheet for each column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) on the sheet “{sheet}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. Click Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved as {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} - problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the problems as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems saved as {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InternshipEditor</name>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This internship&apos;s dates, checklist items and evaluations as an .ics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to StageDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your language. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListImport</name>
    <message>
        <source>Import a list of interns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the empty import list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved as {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>{path} is already open in StageDesk: {user} on {host}, since {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is open in StageDesk on another computer: {user} on {host}, since {since}. If that computer crashed or StageDesk was not closed there, you may take the database over. If StageDesk is still open there, changes made there may be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoBox</name>
    <message>
        <source>The file cannot be read: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo may be at most 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo on every PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>There is no internship {internship}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This internship has no mentor: choose one in its details first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This internship has no school supervisor: choose one in its details first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no e-mail address: add it to their record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address of {name} ({address}) is not valid: correct it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template uses {placeholder}, which StageDesk does not know. Placeholders it knows: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has a brace that is not part of a placeholder. Placeholders are written like {example}; write two braces for a brace itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mailto: link cannot carry an attachment: open the mail in the mail program instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mail is too long for a mailto: link ({length} characters, at most {limit}): open it in the mail program instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but this internship has no mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but the mentor has no e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but this internship has no backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but this internship has no school supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but this internship has no school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but no active staff member is marked as coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but the organisation&apos;s name is not filled in (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical information for the intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey for the intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey for the mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks to the school supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the intern&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the intern&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mentor&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mentor&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mentor&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coordinator&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school supervisor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailButton</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a mail to the intern, the mentor or the school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the language fills in the text again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new mail, ready to send, in Outlook or Thunderbird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as &amp;mailto: link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a mail program that does not open .eml files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account your mail program sends from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens .eml files. The mail is saved as {path}: open it from your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailto: link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk could not write {path}.

Details: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTemplatesEditor</name>
    <message>
        <source>Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to put it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders, filled in for each internship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mails StageDesk writes for an internship (its E-mail button), in Dutch, French and English. Your changes are used for every internship; “Reset to default” brings back StageDesk&apos;s own text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk could not write the template.

Details: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your own text of this mail by the default text?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>StageDesk — Demo organisation — {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo organisation: not your own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk — {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n form definition(s) of your own could not be used</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a form for many internships at once (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No form has this code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsAnalysisPage</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New needs analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it an opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a unit first (People &amp; units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a needs analysis first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the proposed assignment a title first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal is already an opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal is now an opportunity, offered to candidates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneOrNone</name>
    <message>
        <source>Click again to clear the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenItemsFilter</name>
    <message>
        <source>N/A</source>
        <comment>not needed, in a narrow column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Take the database over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced or network folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the database is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpportunityListAction</name>
    <message>
        <source>List for schools (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offered opportunities, to send to schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship places.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name, address and logo are printed on every PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo yet: you can add one later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputChoice</name>
    <message>
        <source>&amp;One PDF, ready to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per internship, in a fol&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fillable forms are saved one file per internship: each file carries its own form code, so the answers it brings back go to the right internship.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Needs analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>What needs you now: internships about to start or end, checklist items due, surveys to collect and applications waiting for a decision. Double-click a line to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s three step plans: building a policy, coordinating internships and mentoring an intern. Each step takes you to the place in StageDesk and the tool that does it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignments your units can give an intern. Offer one when it is ready: the list for schools shows every offered opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each unit describes what an intern could do there. Turn the proposals that fit your policy into opportunities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students and job seekers who applied. A candidate keeps their applications and, once accepted, their internships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each application goes from applied to interviewed to a decision. Its Tools tab holds the interview question set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per intern&apos;s placement: unit, mentor, school, dates and status. The tabs hold its checklists, documents (the info sheet), follow-up and surveys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schools, training centres and employment services that send you interns, with their contacts and programmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people of your organisation and their roles: coordinator, mentor, backup and unit head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts of your organisation that host interns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures management and outside questions ask for: interns and applicants per year, duration, kinds, satisfaction. Export them to Excel or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s name, address and logo (on every PDF), your internship policy and rules, mail templates, backups and where your data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this line on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this page is for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfImport</name>
    <message>
        <source>{file} is damaged or is not a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is protected with a password; save it without protection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a form printed by StageDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} belongs to a form that no longer exists in StageDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was printed from a version of the form StageDesk does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB: far too large for a filled-in form, so it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is far more complex than a filled-in form (or damaged in a way that makes reading it endless): reading it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonExportDialog</name>
    <message>
        <source>Export this person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything StageDesk holds about {name}, for them to read (Excel) or to take along to another program (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include target-group answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive data: only when the person asks for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {name}, in {folder}.

This file holds personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>{path} is in a folder that {service} keeps in sync. StageDesk works there, but the database must never be open on two computers at once, and a sync conflict can leave two versions of it. Safest: keep the database in a local folder and let its backups go to {service}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is on a network drive ({service}). StageDesk uses its safest way of saving there, but if the connection drops while saving, the last change can be lost. Keep backups, and open the database on one computer at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>What the import creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen problem in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save problems as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem list as an Excel workbook or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again, after you corrected it in Excel, and check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internships:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-f&amp;illed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill&amp;able PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fill in by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fill in by hand, with what StageDesk knows already printed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With form fields, to fill in on a computer and send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each intern&apos;s own language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n internship(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No internships match this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the forms as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) printed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The forms could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} forms; no PDF was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} forms; those already saved stay in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forms could not be printed.

Details: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These forms were saved in {folder} before the problem:
{files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Name, e-mail address, phone number and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth (only the age band at the start of each internship is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target-group answers and the consent recorded on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on applications: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, reason for stopping and date hired of internships: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of follow-up entries: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written answers, notes and who answered, in forms: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents, with their files: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records about them in the bin: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail drafts to them that StageDesk saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number instead of the name: {pseudonym}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender, education level, school, programme and languages spoken (intern profile report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications: {count} (date, opportunity, source, status and decision date: annual overview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internships: {count} (unit, mentor, school, kind, dates, hours, status, who stopped it, hired later and in which function: the reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up entries: {count} (only their date and kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms: {count} (only scores and choices: satisfaction and partner reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications still open: {count}. Erasing marks them withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internship of theirs is planned or running. It stays, under the number instead of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made before today still hold their data until the rotation deletes them; a backup put back brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their data were already anonymised on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database file could not be compacted now (someone else has it open); the space their data took was wiped all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>former intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due to be anonymised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyButton</name>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s data: export it for them, or erase it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this person&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyRun</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StageDesk could not finish, so nothing was changed.

Details: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>Personal data of former interns and of candidates who were not taken are anonymised a number of years after their last internship or application: their name, contact details and everything written about them go; what the reports count stays, without a name. Five years is usual in Belgium (social documents, and complaints about a selection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep personal data for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after their last internship or application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) due to be anonymised</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the %n person(s) listed? Their names, contact details and everything written about them are removed for good; what the reports count stays.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reopener</name>
    <message>
        <source>Putting back the backup and reopening StageDesk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file it replaced is kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread (SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile of the interns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors and partner schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. duration (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curricular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&apos;#&apos;&gt;How we count&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show for this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interns per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Academic years (Sept–Aug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants: applications dated in the year (accepted ones included).
Interns: internships starting in the year (stopped early included, planned ones not yet started left out).
Duration: calendar days from start to end, both included.
Hired later: interns of the year later hired by the organisation.
See “How we count” in the README for the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period runs backwards: “from” {first} is after “to” {last}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPrompt</name>
    <message>
        <source>Yearly privacy review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for the yearly privacy review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %n person(s) are due to be anonymised: their last internship or application ended more than {years} years ago. Their names, contact details and everything written about them go for good; what the reports count stays, without a name. Later asks again in {days} days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again in {days} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnel department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsInput</name>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolEditor</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates &amp; applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People &amp; units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How do you want to begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation is saved when you click Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import my Excel list of interns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the demo organisation first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo organisation is made-up data in a file of its own: your organisation stays empty and safe. Settings takes you back to your own data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list of interns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepActions</name>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go there: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tool: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>List of open places for schools (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an Excel list of interns…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The disk is full, so this could not be saved. Everything saved before is safe. Free some space (empty the recycle bin, move large files) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read filled-in forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring answers back from PDF forms (Ctrl+O); you can also drop them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form code, e.g. SD-123-K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan a form code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled-in forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{}” is not a form code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolsEditor</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected tool for paper or a PDF reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fillable PDF (for any PDF reader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-filled, to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank, to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tools apply at this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Choose one of the options offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup must be someone other than the mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date lies before the application date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth gives an age outside {low}–{high} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target-group answers may only be stored with a recorded consent date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This intern already has an internship from {start} to {end} over these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the internship was stopped early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who stopped the internship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the intern was hired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hiring date lies before the internship started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unpaid internship has no allowance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supervisor works at another school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This programme belongs to another school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhichInternships</name>
    <message>
        <source>&amp;Ending this month ({month})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starting this month ({month})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned or running in the u&amp;nit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearBars</name>
    <message>
        <source>Interns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
