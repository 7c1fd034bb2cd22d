<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About StageDesk</source>
        <translation>Over StageDesk</translation>
    </message>
</context>
<context>
    <name>AboutPanel</name>
    <message>
        <source>The internship desk of a small organisation. Free software (MIT licence).</source>
        <translation>Het stageloket van een kleine organisatie. Vrije software (MIT-licentie).</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences</source>
        <translation>Meegeleverde bibliotheken en hun licenties</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences:</source>
        <translation>Meegeleverde bibliotheken en hun licenties:</translation>
    </message>
    <message>
        <source>installed program</source>
        <translation>geïnstalleerd programma</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>vanuit de broncode</translation>
    </message>
    <message>
        <source>%1 (portable: next to the program)</source>
        <translation>%1 (draagbaar: naast het programma)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
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
        <translation>Gegevensmap</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wekelijks</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>maandelijks</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>met de hand gemaakt</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vóór een upgrade</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vóór een herstel</translation>
    </message>
    <message>
        <source>The copy of {path} did not pass its check, so it was not kept.</source>
        <translation>De kopie van {path} heeft de controle niet doorstaan en werd dus niet bewaard.</translation>
    </message>
    <message>
        <source>StageDesk could not make a backup in {path}. Details: {detail}</source>
        <translation>StageDesk kon geen reservekopie maken in {path}. Details: {detail}</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup of it.</source>
        <translation>{path} is de database zelf, geen reservekopie ervan.</translation>
    </message>
    <message>
        <source>{path} is an empty database, not a backup.</source>
        <translation>{path} is een lege database, geen reservekopie.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>This database is on a server. StageDesk makes backups of a database file on this computer; the server&apos;s administrator backs up a server database.</source>
        <translation>Deze database staat op een server. StageDesk maakt reservekopieën van een databasebestand op deze computer; de beheerder van de server maakt reservekopieën van een serverdatabase.</translation>
    </message>
    <message>
        <source>StageDesk copies the database every day it is used, and before every upgrade and restore. It keeps the last 7 days, 4 weeks and 12 months.</source>
        <translation>StageDesk kopieert de database elke dag dat ze gebruikt wordt, en vóór elke upgrade en elk herstel. De laatste 7 dagen, 4 weken en 12 maanden worden bewaard.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;reservekopie maken</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Herstellen…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>Map &amp;kiezen…</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Map: {path}</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Reservekopie maken…</translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation>Reservekopie gemaakt: {name}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Put back the backup of {made}? What was saved after it is replaced. The database as it is now is kept as a backup first, and StageDesk reopens.</source>
        <translation>De reservekopie van {made} terugzetten? Wat daarna werd bewaard, wordt vervangen. De database zoals ze nu is, wordt eerst als reservekopie bewaard, en StageDesk start opnieuw.</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Map voor de reservekopieën</translation>
    </message>
    <message>
        <source>New backups go to {path}. The earlier ones stay where they are.</source>
        <translation>Nieuwe reservekopieën komen in {path}. De vorige blijven waar ze zijn.</translation>
    </message>
</context>
<context>
    <name>Bin</name>
    <message>
        <source>Unit</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Onderwijsinstelling</translation>
    </message>
    <message>
        <source>School contact</source>
        <translation>Contactpersoon onderwijsinstelling</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Stageopdracht</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Kandidatuur</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Follow-up entry</source>
        <translation>Opvolgingsnotitie</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>A record made since the delete has taken its number ({kind} {id}), so it cannot come back.</source>
        <translation>Een record dat na het verwijderen werd aangemaakt, heeft zijn nummer gekregen ({kind} {id}), dus het kan niet terugkomen.</translation>
    </message>
    <message>
        <source>It refers to a record that is in the bin too ({kind}: “{label}”). Restore that first.</source>
        <translation>Het verwijst naar een record dat ook in de prullenbak zit ({kind}: “{label}”). Herstel dat eerst.</translation>
    </message>
    <message>
        <source>It refers to a record that has been deleted for good ({kind} {id}), so it cannot come back.</source>
        <translation>Het verwijst naar een record dat definitief verwijderd is ({kind} {id}), dus het kan niet terugkomen.</translation>
    </message>
    <message>
        <source>Another record is now called “{value}” ({kind}): rename that one first, then try again.</source>
        <translation>Een ander record heet nu “{value}” ({kind}): geef dat eerst een andere naam en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>This entry is no longer in the bin (restored or emptied elsewhere).</source>
        <translation>Deze regel staat niet meer in de prullenbak (elders hersteld of leeggemaakt).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete {what}? It goes to the bin (Settings › Bin), where it can be restored for {days} days.</source>
        <translation>{what} verwijderen? Het gaat naar de prullenbak (Instellingen › Prullenbak), waar het {days} dagen lang hersteld kan worden.</translation>
    </message>
</context>
<context>
    <name>BinTab</name>
    <message>
        <source>Deleted records stay here for {days} days, with what was deleted along with them (an internship&apos;s follow-up and forms). Then they are deleted for good.</source>
        <translation>Verwijderde records blijven hier {days} dagen, samen met wat mee werd verwijderd (de opvolging en formulieren van een stage). Daarna worden ze definitief verwijderd.</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Put the selected records back where they were</source>
        <translation>De geselecteerde records terugzetten waar ze waren</translation>
    </message>
    <message>
        <source>Empty the bin…</source>
        <translation>Prullenbak leegmaken…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the bin</source>
        <translation>
            <numerusform>%n record in de prullenbak</numerusform>
            <numerusform>%n records in de prullenbak</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored: {}</source>
        <translation>Hersteld: {}</translation>
    </message>
    <message>
        <source>{what} cannot come back on its own:

{reasons}

Restore them together?</source>
        <translation>{what} kan niet op zichzelf terugkomen:

{reasons}

Samen herstellen?</translation>
    </message>
    <message>
        <source>{what} was not restored:

{reasons}</source>
        <translation>{what} werd niet hersteld:

{reasons}</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Niet hersteld</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n record(s) in the bin for good? They cannot be restored afterwards.</source>
        <translation>
            <numerusform>Het %n record in de prullenbak definitief verwijderen? Het kan daarna niet meer hersteld worden.</numerusform>
            <numerusform>De %n records in de prullenbak definitief verwijderen? Ze kunnen daarna niet meer hersteld worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the bin</source>
        <translation>Prullenbak leegmaken</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted for good.</source>
        <translation>
            <numerusform>%n record definitief verwijderd.</numerusform>
            <numerusform>%n records definitief verwijderd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateEditor</name>
    <message>
        <source>Anonymised on {date}: only what the reports count is kept, without a name.</source>
        <translation>Geanonimiseerd op {date}: alleen wat de rapporten tellen, wordt bewaard, zonder naam.</translation>
    </message>
</context>
<context>
    <name>ChangesBox</name>
    <message>
        <source>The list says something else than StageDesk about these records. Tick the changes to make; the others stay as they are in StageDesk.</source>
        <translation>De lijst zegt iets anders dan StageDesk over deze gegevens. Vink de wijzigingen aan die u wilt doorvoeren; de andere blijven zoals ze in StageDesk staan.</translation>
    </message>
    <message>
        <source>Changes to records already in StageDesk</source>
        <translation>Wijzigingen aan gegevens die al in StageDesk staan</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>In StageDesk</source>
        <translation>In StageDesk</translation>
    </message>
    <message>
        <source>In the list</source>
        <translation>In de lijst</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Alles aanvinken</translation>
    </message>
    <message>
        <source>Tick n&amp;one</source>
        <translation>&amp;Niets aanvinken</translation>
    </message>
    <message numerus="yes">
        <source>Changes (%n)</source>
        <translation>
            <numerusform>Wijzigingen (%n)</numerusform>
            <numerusform>Wijzigingen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} change(s) ticked</source>
        <translation>
            <numerusform>%n van {total} wijziging aangevinkt</numerusform>
            <numerusform>%n van {total} wijzigingen aangevinkt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInput</name>
    <message>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Niet nodig</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Done on {}</source>
        <translation>Gedaan op {}</translation>
    </message>
    <message>
        <source>Reference: {}</source>
        <translation>Referentie: {}</translation>
    </message>
    <message>
        <source>Responsible: {}</source>
        <translation>Verantwoordelijke: {}</translation>
    </message>
    <message>
        <source>Note: {}</source>
        <translation>Opmerking: {}</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <source>%v of %m settled</source>
        <translation>%v van %m afgehandeld</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>Geen punten</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Only open items</source>
        <translation>Alleen open punten</translation>
    </message>
    <message>
        <source>Hide the items that are done or not needed</source>
        <translation>De punten verbergen die gedaan of niet nodig zijn</translation>
    </message>
    <message>
        <source>Add the checklists</source>
        <translation>Checklists toevoegen</translation>
    </message>
    <message>
        <source>Open in a window</source>
        <translation>In een venster openen</translation>
    </message>
    <message>
        <source>Every column, in a window of its own</source>
        <translation>Elke kolom in een eigen venster</translation>
    </message>
    <message>
        <source>This internship has no checklists yet.</source>
        <translation>Deze stage heeft nog geen checklists.</translation>
    </message>
    <message>
        <source>The toolbox has no checklists for internships.</source>
        <translation>De toolbox heeft geen checklists voor stages.</translation>
    </message>
    <message>
        <source>Checklists of {}</source>
        <translation>Checklists van {}</translation>
    </message>
</context>
<context>
    <name>ChildrenPanel</name>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Unit</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Proposed assignment</source>
        <translation>Voorgestelde opdracht</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Stageopdracht</translation>
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
        <translation>Toegevoegd op</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Last internship or application</source>
        <translation>Laatste stage of kandidatuur</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Onderwijsinstelling</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Onderwijsniveau</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Gesolliciteerd op</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslist op</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Stagiair</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Stagementor</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Stagecoördinator</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>Diensthoofd</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Interns</source>
        <translation>Stagiairs</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Verwijderd op</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resterende dagen</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Header row</source>
        <translation>Kopregel</translation>
    </message>
    <message>
        <source>The row of the list that holds the column headers (a title may stand above it)</source>
        <translation>De rij van de lijst met de kolomnamen (er mag een titel boven staan)</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Kopregel:</translation>
    </message>
    <message>
        <source>Columns of the list</source>
        <translation>Kolommen van de lijst</translation>
    </message>
    <message>
        <source>Problems with the columns</source>
        <translation>Problemen met de kolommen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Header in the list</source>
        <translation>Kop in de lijst</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Eerste waarden</translation>
    </message>
    <message>
        <source>StageDesk column</source>
        <translation>StageDesk-kolom</translation>
    </message>
    <message>
        <source>For each column of the list, choose the StageDesk column it fills. Required: {}.</source>
        <translation>Kies voor elke kolom van de lijst de StageDesk-kolom die ze invult. Verplicht: {}.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) were not recognised: they are not imported unless you choose a StageDesk column for them.</source>
        <translation>
            <numerusform>%n kolom werd niet herkend: ze wordt niet geïmporteerd, tenzij u er een StageDesk-kolom voor kiest.</numerusform>
            <numerusform>%n kolommen werden niet herkend: ze worden niet geïmporteerd, tenzij u er een StageDesk-kolom voor kiest.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{header}” holds {what}: read as “{column}”. Choose another column below if it does not.</source>
        <translation>“{header}” bevat {what}: gelezen als “{column}”. Kies hieronder een andere kolom als dat niet klopt.</translation>
    </message>
    <message>
        <source>more hours than a week has</source>
        <translation>meer uren dan een week telt</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>bedragen</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(geen kop)</translation>
    </message>
    <message>
        <source>StageDesk does not recognise this header</source>
        <translation>StageDesk herkent deze kop niet</translation>
    </message>
    <message>
        <source>StageDesk column for “{header}” (column {letter})</source>
        <translation>StageDesk-kolom voor “{header}” (kolom {letter})</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— niet geïmporteerd —</translation>
    </message>
    <message>
        <source>— kept in the notes —</source>
        <translation>— bewaard in de notities —</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else</source>
        <translation>Bewaard door iemand anders</translation>
    </message>
    <message>
        <source>What the other person changed</source>
        <translation>Wat de andere persoon wijzigde</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Saved by them</source>
        <translation>Door hen bewaard</translation>
    </message>
    <message>
        <source>Yours, not saved</source>
        <translation>Van u, niet bewaard</translation>
    </message>
    <message>
        <source>“Keep theirs” shows the record as they saved it; your changes are dropped.
“Keep editing” keeps your changes on screen and takes theirs everywhere else; saving then writes your values over theirs.</source>
        <translation>“Die van hen houden” toont het record zoals zij het bewaarden; uw wijzigingen vervallen.
“Verder bewerken” houdt uw wijzigingen op het scherm en neemt die van hen overal elders over; bij bewaren overschrijven uw waarden dan de hunne.</translation>
    </message>
    <message>
        <source>Keep &amp;theirs (reload)</source>
        <translation>Die van &amp;hen houden (herladen)</translation>
    </message>
    <message>
        <source>Keep &amp;editing</source>
        <translation>Verder &amp;bewerken</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it, so your changes were not saved: they would have overwritten theirs.</source>
        <translation>Iemand anders heeft dit record bewaard nadat u het opende, dus uw wijzigingen werden niet bewaard: ze zouden de hunne overschreven hebben.</translation>
    </message>
    <message>
        <source>This is what they changed:</source>
        <translation>Dit hebben zij gewijzigd:</translation>
    </message>
    <message>
        <source>They changed nothing that this form shows.</source>
        <translation>Ze wijzigden niets wat dit formulier toont.</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>You, the coordinator</source>
        <translation>U, de stagecoördinator</translation>
    </message>
    <message>
        <source>You run the internships. In a small organisation you are the mentor as well: StageDesk notes you as both.</source>
        <translation>U beheert de stages. In een kleine organisatie bent u ook de stagementor: StageDesk noteert u als beide.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>name@organisation.be</source>
        <translation>naam@organisatie.be</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
    <message>
        <source>StageDesk can put back a backup copy. What was saved after that copy is not in it. The damaged file is kept as it is, under another name, so that nothing is thrown away.</source>
        <translation>StageDesk kan een reservekopie terugzetten. Wat na die kopie werd bewaard, zit er niet in. Het beschadigde bestand wordt ongewijzigd bewaard onder een andere naam, zodat er niets verloren gaat.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>Deze reservekopie &amp;terugzetten</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Een &amp;ander bestand kiezen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}.</source>
        <translation>Geen goede reservekopie gevonden in {folder}.</translation>
    </message>
    <message>
        <source>The newest good backup is of {made}.</source>
        <translation>De nieuwste goede reservekopie is van {made}.</translation>
    </message>
    <message>
        <source>Choose a backup of the database</source>
        <translation>Kies een reservekopie van de database</translation>
    </message>
    <message>
        <source>StageDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>StageDesk-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The damaged file is kept as {path}.</source>
        <translation>Het beschadigde bestand wordt bewaard als {path}.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Stagiair</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Starting in the next 30 days</source>
        <translation>Starten binnen 30 dagen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Ending in the next 30 days</source>
        <translation>Eindigen binnen 30 dagen</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Checklist items past their due date</source>
        <translation>Checklistpunten over de vervaldatum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Surveys not handed back</source>
        <translation>Enquêtes niet terugbezorgd</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Applications waiting for a decision</source>
        <translation>Kandidaturen die op een beslissing wachten</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Stageopdracht</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Gesolliciteerd op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opportunities without a mentor</source>
        <translation>Stageopdrachten zonder stagementor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Running internships per unit</source>
        <translation>Lopende stages per dienst</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Recent follow-up</source>
        <translation>Recente opvolging</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Niets hier</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>Export everything</source>
        <translation>Alles exporteren</translation>
    </message>
    <message>
        <source>StageDesk export {date}</source>
        <translation>StageDesk-export {date}</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting every record…</source>
        <translation>Alle records exporteren…</translation>
    </message>
    <message>
        <source>StageDesk internships</source>
        <translation>StageDesk-stages</translation>
    </message>
    <message>
        <source>Internship {id}</source>
        <translation>Stage {id}</translation>
    </message>
    <message>
        <source>Export to your calendar</source>
        <translation>Naar uw agenda exporteren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Agenda wegschrijven…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>Bewaard als {name}</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}</source>
        <translation>{name} kon niet worden weggeschreven: {reason}</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export geannuleerd: er werd niets weggeschreven.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Bewaard als {name}.</translation>
    </message>
    <message>
        <source>Open in your calendar</source>
        <translation>In uw agenda openen</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Het bestand openen</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>De map openen</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>Excel and calendar</source>
        <translation>Excel en agenda</translation>
    </message>
    <message>
        <source>Import an Excel list…</source>
        <translation>Een Excel-lijst importeren…</translation>
    </message>
    <message>
        <source>Bring an old Excel or CSV list of interns in (Ctrl+I)</source>
        <translation>Een oude Excel- of CSV-lijst van stagiairs inlezen (Ctrl+I)</translation>
    </message>
    <message>
        <source>Empty import list…</source>
        <translation>Lege importlijst…</translation>
    </message>
    <message>
        <source>Export everything to Excel…</source>
        <translation>Alles naar Excel exporteren…</translation>
    </message>
    <message>
        <source>Calendar of all internships (.ics)…</source>
        <translation>Agenda van alle stages (.ics)…</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Where your data lives</source>
        <translation>Waar uw gegevens staan</translation>
    </message>
    <message>
        <source>You can move both later in Settings.</source>
        <translation>U kunt beide later verplaatsen in Instellingen.</translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation>Een andere &amp;map kiezen…</translation>
    </message>
    <message>
        <source>Choose another folder for the backups</source>
        <translation>Een andere map voor de reservekopieën kiezen</translation>
    </message>
    <message>
        <source>Your data is in a shared database on a server:
{}</source>
        <translation>Uw gegevens staan in een gedeelde database op een server:
{}</translation>
    </message>
    <message>
        <source>The server&apos;s administrator makes the backups of a server database.</source>
        <translation>De beheerder van de server maakt de reservekopieën van een serverdatabase.</translation>
    </message>
    <message>
        <source>Your data is kept in this file:
{}</source>
        <translation>Uw gegevens worden bewaard in dit bestand:
{}</translation>
    </message>
    <message>
        <source>StageDesk copies it every day you use it, and keeps the copies in:
{}</source>
        <translation>StageDesk kopieert het elke dag dat u het gebruikt, en bewaart de kopieën in:
{}</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Map voor de reservekopieën</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>{path} is not a StageDesk database.</source>
        <translation>{path} is geen StageDesk-database.</translation>
    </message>
    <message>
        <source>{path} is a database of another program, not of StageDesk.</source>
        <translation>{path} is een database van een ander programma, niet van StageDesk.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened. Restore a backup copy of it.</source>
        <translation>{path} is beschadigd en kan niet worden geopend. Zet er een reservekopie van terug.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of StageDesk. Install the newest StageDesk to open it.</source>
        <translation>{path} werd bewaard door een nieuwere versie van StageDesk. Installeer de nieuwste StageDesk om het te openen.</translation>
    </message>
    <message>
        <source>StageDesk cannot write in the folder of {path}. Choose a folder where you may save files.</source>
        <translation>StageDesk kan niet schrijven in de map van {path}. Kies een map waarin u bestanden mag bewaren.</translation>
    </message>
    <message>
        <source>{path} is read-only, so StageDesk cannot save in it. Clear its read-only mark (in the file&apos;s properties), or open a copy of it.</source>
        <translation>{path} is alleen-lezen, dus StageDesk kan er niets in bewaren. Haal het vinkje alleen-lezen weg (bij de eigenschappen van het bestand), of open een kopie.</translation>
    </message>
    <message>
        <source>The name of {path} is too long: StageDesk keeps files beside the database under its name plus a few letters. Rename it to at most {detail} characters.</source>
        <translation>De naam van {path} is te lang: StageDesk bewaart bestanden naast de database onder haar naam plus enkele letters. Geef ze een naam van ten hoogste {detail} tekens.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is een map, geen databasebestand.</translation>
    </message>
    <message>
        <source>StageDesk could not bring {path} up to date; the file was left as it was. Details: {detail}</source>
        <translation>StageDesk kon {path} niet bijwerken; het bestand bleef ongewijzigd. Details: {detail}</translation>
    </message>
    <message>
        <source>StageDesk cannot reach the database {path}. Details: {detail}</source>
        <translation>StageDesk kan de database {path} niet bereiken. Details: {detail}</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>Where your data is</source>
        <translation>Waar uw gegevens staan</translation>
    </message>
    <message>
        <source>Server address (URL)</source>
        <translation>Serveradres (URL)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Use this database</source>
        <translation>Deze database &amp;gebruiken</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Use this &amp;file</source>
        <translation>Dit &amp;bestand gebruiken</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Recente databanken</translation>
    </message>
    <message>
        <source>A shared database on a PostgreSQL server</source>
        <translation>Een gedeelde database op een PostgreSQL-server</translation>
    </message>
    <message>
        <source>For several coordinators at once. Your IT department gives you the address, e.g. postgresql://name@server/stagedesk. Keep the password in a PostgreSQL password file (pgpass) rather than in the address.</source>
        <translation>Voor meerdere stagecoördinatoren tegelijk. Uw IT-dienst geeft u het adres, bv. postgresql://naam@server/stagedesk. Bewaar het wachtwoord in een PostgreSQL-wachtwoordbestand (pgpass) in plaats van in het adres.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>A file on this computer</source>
        <translation>Een bestand op deze computer</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Recent:</translation>
    </message>
    <message>
        <source>Your data is in a file on this computer:
{}</source>
        <translation>Uw gegevens staan in een bestand op deze computer:
{}</translation>
    </message>
    <message>
        <source>Your data is in a shared database on a server:
{}</source>
        <translation>Uw gegevens staan in een gedeelde database op een server:
{}</translation>
    </message>
    <message>
        <source>— a database opened before —</source>
        <translation>— een eerder geopende databank —</translation>
    </message>
    <message>
        <source>This is not the address of a PostgreSQL database. It looks like postgresql://name@server/database.</source>
        <translation>Dit is geen adres van een PostgreSQL-database. Het ziet eruit als postgresql://naam@server/database.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>The database is empty: StageDesk creates its tables when it starts on it.</source>
        <translation>De database is leeg: StageDesk maakt zijn tabellen aan wanneer het ermee start.</translation>
    </message>
    <message>
        <source>The database holds StageDesk data.</source>
        <translation>De database bevat StageDesk-gegevens.</translation>
    </message>
    <message>
        <source>The database holds data of an older StageDesk; it is brought up to date when StageDesk starts on it.</source>
        <translation>De database bevat gegevens van een oudere StageDesk; ze worden bijgewerkt wanneer StageDesk ermee start.</translation>
    </message>
    <message>
        <source>The database was saved by a newer StageDesk. Install the newest StageDesk to use it.</source>
        <translation>De database werd opgeslagen door een nieuwere StageDesk. Installeer de nieuwste StageDesk om ze te gebruiken.</translation>
    </message>
    <message>
        <source>The database holds tables of another program. Ask for an empty database for StageDesk.</source>
        <translation>De database bevat tabellen van een ander programma. Vraag een lege database voor StageDesk aan.</translation>
    </message>
    <message>
        <source>Connected to {server}.</source>
        <translation>Verbonden met {server}.</translation>
    </message>
    <message>
        <source>StageDesk database (*.sqlite)</source>
        <translation>StageDesk-database (*.sqlite)</translation>
    </message>
    <message>
        <source>Use another database</source>
        <translation>Een andere database gebruiken</translation>
    </message>
    <message>
        <source>StageDesk closes and starts again on {}.</source>
        <translation>StageDesk sluit af en start opnieuw met {}.</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>You are exploring the demo organisation: made-up people and internships. Your own data is kept apart and is not changed.</source>
        <translation>U verkent de demo-organisatie: verzonnen personen en stages. Uw eigen gegevens worden apart bewaard en niet gewijzigd.</translation>
    </message>
    <message>
        <source>Back to my own data</source>
        <translation>Terug naar mijn eigen gegevens</translation>
    </message>
</context>
<context>
    <name>DemoMaker</name>
    <message>
        <source>Making the demo organisation…</source>
        <translation>Demo-organisatie aanmaken…</translation>
    </message>
    <message>
        <source>Demo organisation</source>
        <translation>Demo-organisatie</translation>
    </message>
    <message>
        <source>The demo organisation could not be made: {reason}</source>
        <translation>De demo-organisatie kon niet worden aangemaakt: {reason}</translation>
    </message>
</context>
<context>
    <name>DesktopLibraries</name>
    <message>
        <source>StageDesk cannot open its window: this Linux desktop lacks {packages}, which Qt needs to draw windows. Install them once, then start StageDesk again:

    sudo apt-get install {packages}

(On other distributions the packages have similar names.)</source>
        <translation>StageDesk kan zijn venster niet openen: op deze Linux-desktop ontbreekt wat Qt nodig heeft om vensters te tekenen ({packages}). Installeer het eenmalig en start StageDesk opnieuw:

    sudo apt-get install {packages}

(Op andere distributies hebben de pakketten gelijkaardige namen.)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>This record was changed elsewhere after you opened it. Your changes were not saved: undo them to see the newest version, then make them again.</source>
        <translation>Dit record werd elders gewijzigd nadat u het opende. Uw wijzigingen werden niet opgeslagen: maak ze ongedaan om de nieuwste versie te zien en breng ze daarna opnieuw aan.</translation>
    </message>
    <message>
        <source>This record was deleted elsewhere. Your changes were not saved.</source>
        <translation>Dit record werd elders verwijderd. Uw wijzigingen werden niet opgeslagen.</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written. Nothing was saved; try again in a moment.

Details: {}</source>
        <translation>De database is bezet of er kan niet in worden geschreven. Er werd niets opgeslagen; probeer het zo meteen opnieuw.

Details: {}</translation>
    </message>
    <message>
        <source>The database refused the change. Nothing was saved.

Details: {}</source>
        <translation>De database weigerde de wijziging. Er werd niets opgeslagen.

Details: {}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete {}? This cannot be undone.</source>
        <translation>{} verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Kan niet verwijderen</translation>
    </message>
    <message>
        <source>{} is still used by other records, so it cannot be deleted:

{}</source>
        <translation>{} wordt nog gebruikt door andere records en kan dus niet worden verwijderd:

{}</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Onderwijsinstellingen</translation>
    </message>
    <message>
        <source>School contacts</source>
        <translation>Contactpersonen onderwijsinstellingen</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Opleidingen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Stageopdrachten</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Kandidaturen</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Follow-up entries</source>
        <translation>Opvolgingsnotities</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Filled-in forms</source>
        <translation>Ingevulde formulieren</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet. Save them?</source>
        <translation>U hebt wijzigingen die nog niet zijn opgeslagen. Opslaan?</translation>
    </message>
    <message>
        <source>File not added</source>
        <translation>Bestand niet toegevoegd</translation>
    </message>
    <message>
        <source>StageDesk could not copy {file}. Nothing was added.

Details: {detail}</source>
        <translation>StageDesk kon {file} niet kopiëren. Er werd niets toegevoegd.

Details: {detail}</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Type of document</source>
        <translation>Soort document</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Bestand toevoegen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Make the info sheet</source>
        <translation>Infofiche maken</translation>
    </message>
    <message>
        <source>All key facts on one page, kept here as a PDF</source>
        <translation>Alle kerngegevens op één pagina, hier bewaard als pdf</translation>
    </message>
    <message>
        <source>Make the dossier</source>
        <translation>Dossier maken</translation>
    </message>
    <message>
        <source>Info sheet, checklists, interview, follow-up and surveys in one PDF</source>
        <translation>Infofiche, checklists, sollicitatiegesprek, opvolging en tevredenheidsenquêtes in één pdf</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Document toevoegen</translation>
    </message>
    <message>
        <source>Info sheet</source>
        <translation>Infofiche</translation>
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
        <translation>{name} wissen</translation>
    </message>
    <message>
        <source>Everything that says who {name} is will be removed from StageDesk for good. What the reports count stays, without their name. This cannot be undone.</source>
        <translation>Alles wat zegt wie {name} is, wordt definitief uit StageDesk verwijderd. Wat de rapporten tellen, blijft bewaard, zonder naam. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Removed for good</source>
        <translation>Definitief verwijderd</translation>
    </message>
    <message>
        <source>Kept, anonymous</source>
        <translation>Bewaard, anoniem</translation>
    </message>
    <message>
        <source>To confirm, type the name: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Typ ter bevestiging de naam: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name, to confirm</source>
        <translation>Naam, ter bevestiging</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
</context>
<context>
    <name>ExportingPage</name>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporteren naar Excel…</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>Exporteren naar &amp;PDF…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>This report has no PDF version.</source>
        <translation>Dit rapport heeft geen pdf-versie.</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exporteren naar pdf</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exporteren naar Excel</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation>Deze organisatie</translation>
    </message>
    <message>
        <source>Reading the other files…</source>
        <translation>De andere bestanden worden gelezen…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Pdf schrijven…</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Werkmap schrijven…</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>Opgeslagen als {name}</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Het bestand kon niet worden geschreven: {reason}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Language for forms</source>
        <translation>Taal voor formulieren</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Gesproken talen</translation>
    </message>
    <message>
        <source>For example: nl, fr, en</source>
        <translation>Bijvoorbeeld: nl, fr, en</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Studies</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Opleidingsniveau</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Onderwijsinstelling</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Target groups (self-declared, only with consent)</source>
        <translation>Doelgroepen (zelf aangegeven, alleen met toestemming)</translation>
    </message>
    <message>
        <source>Consent recorded on</source>
        <translation>Toestemming geregistreerd op</translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation>Migratieachtergrond</translation>
    </message>
    <message>
        <source>Disability or chronic illness</source>
        <translation>Handicap of chronische ziekte</translation>
    </message>
    <message>
        <source>Other target group</source>
        <translation>Andere doelgroep</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Kandidatuur</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Stageopdracht</translation>
    </message>
    <message>
        <source>Leave empty for a spontaneous application.</source>
        <translation>Leeg laten voor een spontane kandidatuur.</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Ingediend op</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslist op</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Wie en waar</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Stagiair</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Stagementor</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>Stagebegeleider</translation>
    </message>
    <message>
        <source>Kind and time</source>
        <translation>Soort en tijd</translation>
    </message>
    <message>
        <source>Kind of internship</source>
        <translation>Soort stage</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Dagen per week</translation>
    </message>
    <message>
        <source>Hours in total</source>
        <translation>Uren in totaal</translation>
    </message>
    <message>
        <source>Telework allowed</source>
        <translation>Telewerk toegestaan</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Allowance (EUR per month)</source>
        <translation>Vergoeding (EUR per maand)</translation>
    </message>
    <message>
        <source>Why unpaid</source>
        <translation>Waarom onbezoldigd</translation>
    </message>
    <message>
        <source>Progress and outcome</source>
        <translation>Verloop en resultaat</translation>
    </message>
    <message>
        <source>Why stopped early</source>
        <translation>Waarom vroegtijdig gestopt</translation>
    </message>
    <message>
        <source>Stopped by</source>
        <translation>Gestopt door</translation>
    </message>
    <message>
        <source>Hired later</source>
        <translation>Later vast tewerkgesteld</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Tewerkgesteld op</translation>
    </message>
    <message>
        <source>Function when hired</source>
        <translation>Functie bij tewerkstelling</translation>
    </message>
    <message>
        <source>Hired on a contract</source>
        <translation>Aangeworven met contract</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>Titel of functie</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Soort werk</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Profile wanted</source>
        <translation>Gezocht profiel</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Vereisten</translation>
    </message>
    <message>
        <source>Study programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Period and guidance</source>
        <translation>Periode en begeleiding</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Still hosts interns</source>
        <translation>Ontvangt nog stagiairs</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>In the organisation</source>
        <translation>In de organisatie</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Internship coordinator</source>
        <translation>Stagecoördinator</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>Diensthoofd</translation>
    </message>
    <message>
        <source>Still works here</source>
        <translation>Werkt hier nog</translation>
    </message>
    <message>
        <source>School or partner</source>
        <translation>Onderwijsinstelling of stagepartner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>For example: internship supervisor</source>
        <translation>Bijvoorbeeld: stagebegeleider</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Uw organisatie</translation>
    </message>
    <message>
        <source>Main language</source>
        <translation>Hoofdtaal</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{target} is a folder.</source>
        <translation>{target} is een map.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to: {reason}</source>
        <translation>In de map {folder} kan niet worden geschreven: {reason}</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Welcome! The Steps page shows where to begin.</source>
        <translation>Welkom! De pagina Stappen toont waar u begint.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>StageDesk: first start</source>
        <translation>StageDesk: eerste start</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Your organisation could not be saved: {reason}</source>
        <translation>Uw organisatie kon niet worden opgeslagen: {reason}</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Add to follow-up</source>
        <translation>Toevoegen aan opvolging</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <source>Feedback rules…</source>
        <translation>Feedbackregels…</translation>
    </message>
    <message>
        <source>The 10 golden rules for giving feedback</source>
        <translation>10 gouden regels om feedback te geven</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>this follow-up entry</source>
        <translation>deze opvolgingsnotitie</translation>
    </message>
</context>
<context>
    <name>FormDefinition</name>
    <message>
        <source>{key} is missing</source>
        <translation>{key} ontbreekt</translation>
    </message>
    <message>
        <source>{key} must be a text in Dutch, French and English: {{ nl = …, fr = …, en = … }}</source>
        <translation>{key} moet een tekst in het Nederlands, Frans en Engels zijn: {{ nl = …, fr = …, en = … }}</translation>
    </message>
    <message>
        <source>{key} has no {language} text</source>
        <translation>{key} heeft geen tekst in het {language}</translation>
    </message>
    <message>
        <source>{key} is {value!r}; it must be one of: {allowed}</source>
        <translation>{key} is {value!r}; het moet een van deze zijn: {allowed}</translation>
    </message>
    <message>
        <source>{key} {value!r} must be lowercase letters, digits and _</source>
        <translation>{key} {value!r} mag alleen kleine letters, cijfers en _ bevatten</translation>
    </message>
    <message>
        <source>the id {value!r} is used twice</source>
        <translation>de id {value!r} wordt twee keer gebruikt</translation>
    </message>
    <message>
        <source>{key} must be a whole number</source>
        <translation>{key} moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>{key} must be a list</source>
        <translation>{key} moet een lijst zijn</translation>
    </message>
    <message>
        <source>{key} may not be empty</source>
        <translation>{key} mag niet leeg zijn</translation>
    </message>
    <message>
        <source>this is not valid TOML: {value}</source>
        <translation>dit is geen geldige TOML: {value}</translation>
    </message>
    <message>
        <source>the file cannot be read: {value}</source>
        <translation>het bestand kan niet worden gelezen: {value}</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Responsible: {}</source>
        <translation>Verantwoordelijke: {}</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>&amp;Language of the form:</source>
        <translation>&amp;Taal van het formulier:</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Wijzigingen &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the answers (Ctrl+S); a draft stays a draft</source>
        <translation>De antwoorden opslaan (Ctrl+S); een ontwerp blijft een ontwerp</translation>
    </message>
    <message>
        <source>&amp;Mark as complete</source>
        <translation>Als &amp;voltooid markeren</translation>
    </message>
    <message>
        <source>Save and mark complete: needs every * field</source>
        <translation>Opslaan en als voltooid markeren: elk veld met * moet ingevuld zijn</translation>
    </message>
    <message>
        <source>* needed to complete the form</source>
        <translation>* nodig om het formulier te voltooien</translation>
    </message>
    <message>
        <source>Completed on {}</source>
        <translation>Voltooid op {}</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>“{value}” is not a date: write it as dd/mm/yyyy, e.g. 15/09/2024.</source>
        <translation>“{value}” is geen datum: schrijf hem als dd/mm/jjjj, bv. 15/09/2024.</translation>
    </message>
    <message>
        <source>“{value}” is a day that does not exist.</source>
        <translation>“{value}” is een dag die niet bestaat.</translation>
    </message>
    <message>
        <source>The number {value} stands where a date belongs: format the cell as a date or write dd/mm/yyyy.</source>
        <translation>Het getal {value} staat waar een datum hoort: geef de cel de opmaak datum of schrijf dd/mm/jjjj.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}” is geen geheel getal.</translation>
    </message>
    <message>
        <source>This text is longer than {limit} characters.</source>
        <translation>Deze tekst is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <source>The cell shows {error}: its formula failed. Correct the formula in the workbook, or type the value itself.</source>
        <translation>De cel toont {error}: de formule is mislukt. Verbeter de formule in de werkmap, of typ de waarde zelf.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount in euro.</source>
        <translation>“{value}” is geen bedrag in euro.</translation>
    </message>
    <message>
        <source>“{value}” is a month or a year, not a day: write the day, as dd/mm/yyyy.</source>
        <translation>“{value}” is een maand of een jaar, geen dag: schrijf de dag, als dd/mm/jjjj.</translation>
    </message>
    <message>
        <source>{who} was changed in StageDesk since the list was checked. Check it again.</source>
        <translation>{who} werd in StageDesk gewijzigd sinds de lijst werd gecontroleerd. Controleer ze opnieuw.</translation>
    </message>
    <message>
        <source>Passed over: a totals row or a heading, about no one (“{text}”).</source>
        <translation>Overgeslagen: een rij met totalen of een tussentitel, over niemand (“{text}”).</translation>
    </message>
    <message>
        <source>Row {row} gives {name} another date of birth ({other}): one of the two rows is wrong.</source>
        <translation>Rij {row} geeft {name} een andere geboortedatum ({other}): een van beide rijen is fout.</translation>
    </message>
    <message>
        <source>The list has no column for: {columns}. Match a column to each by hand.</source>
        <translation>De lijst heeft geen kolom voor: {columns}. Koppel er handmatig een kolom aan.</translation>
    </message>
    <message>
        <source>More than one column of the list is matched to: {columns}.</source>
        <translation>Meer dan één kolom van de lijst is gekoppeld aan: {columns}.</translation>
    </message>
    <message>
        <source>The database changed since the list was checked. Check it again.</source>
        <translation>De database is gewijzigd sinds de lijst werd gecontroleerd. Controleer ze opnieuw.</translation>
    </message>
    <message>
        <source>“{function}” ({unit}) has another requirements text here than in row {row}: both are kept, each with its year.</source>
        <translation>“{function}” ({unit}) heeft hier een andere tekst met vereisten dan in rij {row}: beide worden bewaard, elk met zijn jaar.</translation>
    </message>
    <message>
        <source>{name} already has an internship from {start} to {end} over these dates.</source>
        <translation>{name} heeft al een stage van {start} tot {end} in deze periode.</translation>
    </message>
    <message>
        <source>This column must be filled in.</source>
        <translation>Deze kolom moet ingevuld zijn.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>“{value}” is geen e-mailadres.</translation>
    </message>
    <message>
        <source>“{value}” is not known here. Use one of: {words}.</source>
        <translation>“{value}” is hier niet bekend. Gebruik een van: {words}.</translation>
    </message>
    <message>
        <source>An internship (status “{status}”) needs a start date and an end date.</source>
        <translation>Een stage (status “{status}”) heeft een begin- en een einddatum nodig.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>De einddatum ligt vóór de begindatum.</translation>
    </message>
    <message>
        <source>Hours per week must be from 1 to 60.</source>
        <translation>Uren per week moet tussen 1 en 60 liggen.</translation>
    </message>
    <message>
        <source>Hours in total must be from 1 to {most} (a year of full weeks).</source>
        <translation>Uren in totaal moeten tussen 1 en {most} liggen (een jaar volle weken).</translation>
    </message>
    <message>
        <source>No kind of internship given: “other” is used.</source>
        <translation>Geen soort stage opgegeven: “andere” wordt gebruikt.</translation>
    </message>
    <message>
        <source>A programme without a school is not imported.</source>
        <translation>Een opleiding zonder onderwijsinstelling wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <source>The dates are not used: with status “{status}” the row is an application only.</source>
        <translation>De datums worden niet gebruikt: met status “{status}” is de rij alleen een kandidatuur.</translation>
    </message>
    <message>
        <source>“Hired later” is not used: the row is not an internship.</source>
        <translation>“Later vast tewerkgesteld” wordt niet gebruikt: de rij is geen stage.</translation>
    </message>
    <message>
        <source>Days per week must be from 1 to 7.</source>
        <translation>Dagen per week moet van 1 tot 7 zijn.</translation>
    </message>
    <message>
        <source>The row says the internship was not paid, and gives an allowance of {amount}.</source>
        <translation>De rij zegt dat de stage niet vergoed werd, en geeft een vergoeding van {amount}.</translation>
    </message>
    <message>
        <source>“{value}” gives the month, not the day: read as {day}.</source>
        <translation>“{value}” geeft de maand, niet de dag: gelezen als {day}.</translation>
    </message>
    <message>
        <source>This date of birth gives an age of {age} years.</source>
        <translation>Deze geboortedatum geeft een leeftijd van {age} jaar.</translation>
    </message>
    <message>
        <source>The file {file} does not exist or cannot be read.</source>
        <translation>Het bestand {file} bestaat niet of kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>{file} is protected by a password or damaged. Open it in Excel and save it without a password as an Excel workbook (.xlsx).</source>
        <translation>{file} is beveiligd met een wachtwoord of beschadigd. Open het in Excel en sla het zonder wachtwoord op als Excel-werkmap (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is damaged or is not an Excel workbook: it cannot be read.</source>
        <translation>{file} is beschadigd of is geen Excel-werkmap: het kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet. Choose an Excel workbook (.xlsx or .xls), an OpenDocument sheet (.ods) or a CSV file.</source>
        <translation>{file} is geen rekenblad. Kies een Excel-werkmap (.xlsx of .xls), een OpenDocument-rekenblad (.ods) of een CSV-bestand.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {megabytes} MB: too big for an import list.</source>
        <translation>{file} is uitgepakt groter dan {megabytes} MB: te groot voor een importlijst.</translation>
    </message>
    <message>
        <source>The sheet in {file} reaches row {rows} and column {columns}: far beyond a list. Delete what lies outside the list, or copy the list into a new workbook, and import that.</source>
        <translation>Het blad in {file} loopt tot rij {rows} en kolom {columns}: veel meer dan een lijst. Verwijder wat buiten de lijst valt, of kopieer de lijst naar een nieuwe werkmap en importeer die.</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB: too big for an import list.</source>
        <translation>{file} is groter dan {megabytes} MB: te groot voor een importlijst.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a list: a cell holds more than {limit} characters, or a quotation mark is never closed.</source>
        <translation>{file} kan niet als lijst gelezen worden: een cel bevat meer dan {limit} tekens, of een aanhalingsteken wordt nooit gesloten.</translation>
    </message>
    <message>
        <source>The sheet in {file} is empty: there is no header row.</source>
        <translation>Het blad in {file} is leeg: er is geen kopregel.</translation>
    </message>
    <message>
        <source>The sheet in {file} has a header row but no rows below it.</source>
        <translation>Het blad in {file} heeft een kopregel, maar geen rijen eronder.</translation>
    </message>
    <message>
        <source>Row {row} of {file} is empty: it cannot be the header row. Choose another.</source>
        <translation>Rij {row} van {file} is leeg: dat kan de kopregel niet zijn. Kies een andere.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows. Split it into smaller lists and import each.</source>
        <translation>{file} heeft meer dan {limit} rijen. Splits het op in kleinere lijsten en importeer ze elk apart.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file, save it and click Check again. Nothing is imported until every row is right.</source>
        <translation>
            <numerusform>%n fout: verbeter het bestand, sla het op en klik opnieuw op Controleren. Er wordt niets geïmporteerd zolang niet elke rij juist is.</numerusform>
            <numerusform>%n fouten: verbeter het bestand, sla het op en klik opnieuw op Controleren. Er wordt niets geïmporteerd zolang niet elke rij juist is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): those rows are imported as the message says.</source>
        <translation>
            <numerusform>%n waarschuwing: die rijen worden geïmporteerd zoals de melding zegt.</numerusform>
            <numerusform>%n waarschuwingen: die rijen worden geïmporteerd zoals de melding zegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
        <source>{column} (not in the list)</source>
        <translation>{column} (niet in de lijst)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n dienst</numerusform>
            <numerusform>%n diensten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s)</source>
        <translation>
            <numerusform>%n onderwijsinstelling</numerusform>
            <numerusform>%n onderwijsinstellingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n opleiding</numerusform>
            <numerusform>%n opleidingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%n stagementor</numerusform>
            <numerusform>%n stagementoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies)</source>
        <translation>
            <numerusform>%n stageopdracht</numerusform>
            <numerusform>%n stageopdrachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requirements text(s) with its year</source>
        <translation>
            <numerusform>%n tekst met vereisten met zijn jaar</numerusform>
            <numerusform>%n teksten met vereisten met hun jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n kandidaat</numerusform>
            <numerusform>%n kandidaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n kandidatuur</numerusform>
            <numerusform>%n kandidaturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n internship(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already in StageDesk: nothing is created for them.</source>
        <translation>
            <numerusform>%n rij staat al in StageDesk: daarvoor wordt niets aangemaakt.</numerusform>
            <numerusform>%n rijen staan al in StageDesk: daarvoor wordt niets aangemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read from the list.</source>
        <translation>
            <numerusform>%n rij uit de lijst gelezen.</numerusform>
            <numerusform>%n rijen uit de lijst gelezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing creates nothing new.</source>
        <translation>Importeren maakt niets nieuws aan.</translation>
    </message>
    <message>
        <source>The rows without errors would create: {}.</source>
        <translation>De rijen zonder fouten zouden aanmaken: {}.</translation>
    </message>
    <message>
        <source>Importing creates: {}.</source>
        <translation>Importeren maakt aan: {}.</translation>
    </message>
    <message numerus="yes">
        <source>The list says something else about %n field(s) of records already in StageDesk: tick below the changes to make.</source>
        <translation>
            <numerusform>De lijst zegt iets anders over %n veld van gegevens die al in StageDesk staan: vink hieronder de wijzigingen aan die u wilt doorvoeren.</numerusform>
            <numerusform>De lijst zegt iets anders over %n velden van gegevens die al in StageDesk staan: vink hieronder de wijzigingen aan die u wilt doorvoeren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n as they are</source>
        <translation>
            <numerusform>%n zoals ze is</numerusform>
            <numerusform>%n zoals ze zijn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a word you explained</source>
        <translation>
            <numerusform>%n met een woord dat u uitlegde</numerusform>
            <numerusform>%n met een woord dat u uitlegde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with text kept in the notes</source>
        <translation>
            <numerusform>%n met tekst bewaard in de notities</numerusform>
            <numerusform>%n met tekst bewaard in de notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed over (totals, headings)</source>
        <translation>
            <numerusform>%n overgeslagen (totalen, tussentitels)</numerusform>
            <numerusform>%n overgeslagen (totalen, tussentitels)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: {counts}.</source>
        <translation>Rijen: {counts}.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>niets nieuws</translation>
    </message>
    <message>
        <source>Imported from {file}: {made}.</source>
        <translation>Geïmporteerd uit {file}: {made}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Filled-in forms</source>
        <translation>Ingevulde formulieren</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Apply the ticked forms</source>
        <translation>Aangevinkte formulieren toepassen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be read; left as it was</source>
        <translation>kon niet gelezen worden; ongewijzigd gelaten</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) with changes</source>
        <translation>
            <numerusform>%n formulier met wijzigingen</numerusform>
            <numerusform>%n formulieren met wijzigingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be used</source>
        <translation>
            <numerusform>%n bestand is onbruikbaar</numerusform>
            <numerusform>%n bestanden zijn onbruikbaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) applied.</source>
        <translation>
            <numerusform>%n formulier toegepast.</numerusform>
            <numerusform>%n formulieren toegepast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation>Niet toegepast:</translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <source>Import a list — {file}</source>
        <translation>Een lijst importeren — {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wordt gelezen…</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>&amp;Sjabloon…</translation>
    </message>
    <message>
        <source>The empty list, with a sheet for each column</source>
        <translation>De lege lijst, met een blad per kolom</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; V&amp;orige</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Import the &amp;rest…</source>
        <translation>De &amp;rest importeren…</translation>
    </message>
    <message>
        <source>Import the rows without an error; leave the others out</source>
        <translation>De rijen zonder fout importeren; de andere weglaten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>1. Columns</source>
        <translation>1. Kolommen</translation>
    </message>
    <message>
        <source>2. Preview</source>
        <translation>2. Voorbeeld</translation>
    </message>
    <message>
        <source>3. Import</source>
        <translation>3. Importeren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import geannuleerd: er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation>Er ging iets mis: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>This list cannot be imported</source>
        <translation>Deze lijst kan niet geïmporteerd worden</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) on the sheet “{sheet}”</source>
        <translation>
            <numerusform>%n rij op het blad “{sheet}”</numerusform>
            <numerusform>%n rijen op het blad “{sheet}”</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Elke rij wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <source>List imported</source>
        <translation>Lijst geïmporteerd</translation>
    </message>
    <message>
        <source>Nothing was imported. Click Check again.</source>
        <translation>Er is niets geïmporteerd. Klik opnieuw op Controleren.</translation>
    </message>
    <message>
        <source>The list was not imported</source>
        <translation>De lijst is niet geïmporteerd</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>Template saved as {file}</source>
        <translation>Sjabloon opgeslagen als {file}</translation>
    </message>
    <message>
        <source>Save the problems as</source>
        <translation>Problemen opslaan als</translation>
    </message>
    <message>
        <source>{name} - problems</source>
        <translation>{name} - problemen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Saving the problems…</source>
        <translation>Problemen worden opgeslagen…</translation>
    </message>
    <message>
        <source>Save the refused rows as</source>
        <translation>Geweigerde rijen opslaan als</translation>
    </message>
    <message>
        <source>{name} - refused rows</source>
        <translation>{name} - geweigerde rijen</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Geweigerde rijen</translation>
    </message>
    <message>
        <source>Saving the refused rows…</source>
        <translation>Geweigerde rijen worden opgeslagen…</translation>
    </message>
    <message>
        <source>Save the words as</source>
        <translation>Woorden opslaan als</translation>
    </message>
    <message>
        <source>{name} - words</source>
        <translation>{name} - woorden</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Woord</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Woorden</translation>
    </message>
    <message>
        <source>Saving the words…</source>
        <translation>Woorden worden opgeslagen…</translation>
    </message>
    <message>
        <source>The file could not be written: {}</source>
        <translation>Het bestand kon niet weggeschreven worden: {}</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Opgeslagen als {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with an error are left out and not imported. Save the problems first to correct those rows and import them later. Import the other rows now?</source>
        <translation>
            <numerusform>%n rij met een fout wordt weggelaten en niet geïmporteerd. Bewaar eerst de problemen om die rij te verbeteren en later te importeren. De andere rijen nu importeren?</numerusform>
            <numerusform>%n rijen met een fout worden weggelaten en niet geïmporteerd. Bewaar eerst de problemen om die rijen te verbeteren en later te importeren. De andere rijen nu importeren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the rest</source>
        <translation>De rest importeren</translation>
    </message>
    <message>
        <source>Row {row}: {text}</source>
        <translation>Rij {row}: {text}</translation>
    </message>
</context>
<context>
    <name>InternshipEditor</name>
    <message>
        <source>Calendar…</source>
        <translation>Agenda…</translation>
    </message>
    <message>
        <source>This internship&apos;s dates, checklist items and evaluations as an .ics file</source>
        <translation>De data, checklistpunten en evaluaties van deze stage als .ics-bestand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulieren</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>New internship</source>
        <translation>Nieuwe stage</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Stagementor</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Onderwijsinstelling</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
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
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
</context>
<context>
    <name>KeptFiles</name>
    <message>
        <source>{file} is a StageDesk database: writing over it would destroy its records. Choose another file.</source>
        <translation>{file} is een StageDesk-database: wie erover schrijft, vernietigt de gegevens. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>{file} belongs to the database {database} (its journal, lock or safety copy). Choose another file.</source>
        <translation>{file} hoort bij de database {database} (het logboek, het slot of een veiligheidskopie). Kies een ander bestand.</translation>
    </message>
    <message>
        <source>{file} is in {folder}, where StageDesk keeps its own files. Choose another folder.</source>
        <translation>{file} staat in {folder}, waar StageDesk zijn eigen bestanden bewaart. Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>nl</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of StageDesk</source>
        <translation>Taal van StageDesk</translation>
    </message>
    <message>
        <source>Menus, buttons and messages; forms follow their reader</source>
        <translation>Menu&apos;s, knoppen en berichten; formulieren volgen hun lezer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to StageDesk</source>
        <translation>Welkom bij StageDesk</translation>
    </message>
    <message>
        <source>Choose your language. You can change it later in Settings.</source>
        <translation>Kies uw taal. U kunt ze later wijzigen in Instellingen.</translation>
    </message>
</context>
<context>
    <name>ListImport</name>
    <message>
        <source>Import a list of interns</source>
        <translation>Een lijst met stagiairs importeren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Rekenbladen (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Save the empty import list</source>
        <translation>De lege importlijst opslaan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} kon niet weggeschreven worden: {reason}</translation>
    </message>
    <message>
        <source>Template saved as {file}</source>
        <translation>Sjabloon opgeslagen als {file}</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>{path} is already open in StageDesk: {user} on {host}, since {since}.</source>
        <translation>{path} is al geopend in StageDesk: {user} op {host}, sinds {since}.</translation>
    </message>
    <message>
        <source>{path} is open in StageDesk on another computer: {user} on {host}, since {since}. If that computer crashed or StageDesk was not closed there, you may take the database over. If StageDesk is still open there, changes made there may be lost.</source>
        <translation>{path} is geopend in StageDesk op een andere computer: {user} op {host}, sinds {since}. Als die computer vastgelopen is of StageDesk daar niet afgesloten werd, kunt u de database overnemen. Als StageDesk daar nog open is, kunnen wijzigingen die daar gemaakt worden verloren gaan.</translation>
    </message>
</context>
<context>
    <name>LogoBox</name>
    <message>
        <source>The file cannot be read: {}</source>
        <translation>Het bestand kan niet gelezen worden: {}</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image.</source>
        <translation>Kies een PNG- of JPEG-afbeelding.</translation>
    </message>
    <message>
        <source>The logo may be at most 2 MB.</source>
        <translation>Het logo mag maximaal 2 MB groot zijn.</translation>
    </message>
    <message>
        <source>Logo on every PDF</source>
        <translation>Logo op elke pdf</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Kies een logo…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Logo verwijderen</translation>
    </message>
    <message>
        <source>No logo yet.</source>
        <translation>Nog geen logo.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>There is no internship {internship}.</source>
        <translation>Er is geen stage {internship}.</translation>
    </message>
    <message>
        <source>This internship has no mentor: choose one in its details first.</source>
        <translation>Deze stage heeft geen stagementor: kies er eerst een in de gegevens van de stage.</translation>
    </message>
    <message>
        <source>This internship has no school supervisor: choose one in its details first.</source>
        <translation>Deze stage heeft geen stagebegeleider: kies er eerst een in de gegevens van de stage.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address: add it to their record first.</source>
        <translation>{name} heeft geen e-mailadres: voeg het eerst toe aan de fiche.</translation>
    </message>
    <message>
        <source>The e-mail address of {name} ({address}) is not valid: correct it first.</source>
        <translation>Het e-mailadres van {name} ({address}) is niet geldig: verbeter het eerst.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, which StageDesk does not know. Placeholders it knows: {known}.</source>
        <translation>Het sjabloon gebruikt {placeholder}, dat StageDesk niet kent. Gekende invulvelden: {known}.</translation>
    </message>
    <message>
        <source>The template has a brace that is not part of a placeholder. Placeholders are written like {example}; write two braces for a brace itself.</source>
        <translation>Het sjabloon bevat een accolade die geen deel is van een invulveld. Invulvelden worden geschreven als {example}; schrijf twee accolades voor een accolade zelf.</translation>
    </message>
    <message>
        <source>A mailto: link cannot carry an attachment: open the mail in the mail program instead.</source>
        <translation>Een mailto:-link kan geen bijlage meenemen: open de mail in plaats daarvan in het mailprogramma.</translation>
    </message>
    <message>
        <source>This mail is too long for a mailto: link ({length} characters, at most {limit}): open it in the mail program instead.</source>
        <translation>Deze mail is te lang voor een mailto:-link ({length} tekens, maximaal {limit}): open hem in plaats daarvan in het mailprogramma.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but this internship has no mentor.</source>
        <translation>Het sjabloon gebruikt {placeholder}, maar deze stage heeft geen stagementor.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but the mentor has no e-mail address.</source>
        <translation>Het sjabloon gebruikt {placeholder}, maar de stagementor heeft geen e-mailadres.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but this internship has no backup.</source>
        <translation>Het sjabloon gebruikt {placeholder}, maar deze stage heeft geen back-up.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but this internship has no school supervisor.</source>
        <translation>Het sjabloon gebruikt {placeholder}, maar deze stage heeft geen stagebegeleider.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but this internship has no school.</source>
        <translation>Het sjabloon gebruikt {placeholder}, maar deze stage heeft geen onderwijsinstelling.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but no active staff member is marked as coordinator.</source>
        <translation>Het sjabloon gebruikt {placeholder}, maar geen enkele actieve medewerker is aangeduid als stagecoördinator.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but the organisation&apos;s name is not filled in (Settings).</source>
        <translation>Het sjabloon gebruikt {placeholder}, maar de naam van de organisatie is niet ingevuld (Instellingen).</translation>
    </message>
    <message>
        <source>Practical information for the intern</source>
        <translation>Praktische informatie voor de stagiair</translation>
    </message>
    <message>
        <source>Survey for the intern</source>
        <translation>Vragenlijst voor de stagiair</translation>
    </message>
    <message>
        <source>Survey for the mentor</source>
        <translation>Vragenlijst voor de stagementor</translation>
    </message>
    <message>
        <source>Thanks to the school supervisor</source>
        <translation>Bedankt aan de stagebegeleider</translation>
    </message>
    <message>
        <source>the intern&apos;s first name</source>
        <translation>de voornaam van de stagiair</translation>
    </message>
    <message>
        <source>the intern&apos;s full name</source>
        <translation>de volledige naam van de stagiair</translation>
    </message>
    <message>
        <source>the mentor&apos;s first name</source>
        <translation>de voornaam van de stagementor</translation>
    </message>
    <message>
        <source>the mentor&apos;s full name</source>
        <translation>de volledige naam van de stagementor</translation>
    </message>
    <message>
        <source>the mentor&apos;s e-mail address</source>
        <translation>het e-mailadres van de stagementor</translation>
    </message>
    <message>
        <source>the backup&apos;s name</source>
        <translation>de naam van de back-up</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>de dienst</translation>
    </message>
    <message>
        <source>the first day (dd/mm/yyyy)</source>
        <translation>de eerste dag (dd/mm/jjjj)</translation>
    </message>
    <message>
        <source>the last day (dd/mm/yyyy)</source>
        <translation>de laatste dag (dd/mm/jjjj)</translation>
    </message>
    <message>
        <source>your organisation&apos;s name</source>
        <translation>de naam van uw organisatie</translation>
    </message>
    <message>
        <source>the coordinator&apos;s name</source>
        <translation>de naam van de stagecoördinator</translation>
    </message>
    <message>
        <source>the school supervisor&apos;s name</source>
        <translation>de naam van de stagebegeleider</translation>
    </message>
    <message>
        <source>the school</source>
        <translation>de onderwijsinstelling</translation>
    </message>
    <message>
        <source>No mail</source>
        <translation>Geen mail</translation>
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
        <translation>Een mail schrijven aan de stagiair, de stagementor of de onderwijsinstelling</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Changing the language fills in the text again</source>
        <translation>Als u de taal wijzigt, wordt de tekst opnieuw ingevuld</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Bijlage:</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>&amp;Openen in mailprogramma</translation>
    </message>
    <message>
        <source>A new mail, ready to send, in Outlook or Thunderbird</source>
        <translation>Een nieuwe mail, klaar om te versturen, in Outlook of Thunderbird</translation>
    </message>
    <message>
        <source>Open as &amp;mailto: link</source>
        <translation>Openen als &amp;mailto:-link</translation>
    </message>
    <message>
        <source>For a mail program that does not open .eml files</source>
        <translation>Voor een mailprogramma dat geen .eml-bestanden opent</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>the account your mail program sends from</source>
        <translation>het account waarmee uw mailprogramma verstuurt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>No mail</source>
        <translation>Geen mail</translation>
    </message>
    <message>
        <source>Mail saved</source>
        <translation>Mail opgeslagen</translation>
    </message>
    <message>
        <source>No program on this computer opens .eml files. The mail is saved as {path}: open it from your mail program.</source>
        <translation>Geen enkel programma op deze computer opent .eml-bestanden. De mail is opgeslagen als {path}: open hem vanuit uw mailprogramma.</translation>
    </message>
    <message>
        <source>No mailto: link</source>
        <translation>Geen mailto:-link</translation>
    </message>
    <message>
        <source>Save the mail</source>
        <translation>De mail opslaan</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <source>Mail not saved</source>
        <translation>Mail niet opgeslagen</translation>
    </message>
    <message>
        <source>StageDesk could not write {path}.

Details: {detail}</source>
        <translation>StageDesk kon {path} niet wegschrijven.

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
        <translation>Taal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Invulvelden</translation>
    </message>
    <message>
        <source>Double-click to put it in the text</source>
        <translation>Dubbelklik om het in de tekst te zetten</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Standaardtekst terugzetten</translation>
    </message>
    <message>
        <source>Save &amp;template</source>
        <translation>Sjabloon &amp;opslaan</translation>
    </message>
    <message>
        <source>Mail:</source>
        <translation>Mail:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>Placeholders, filled in for each internship:</source>
        <translation>Invulvelden, ingevuld voor elke stage:</translation>
    </message>
    <message>
        <source>The mails StageDesk writes for an internship (its E-mail button), in Dutch, French and English. Your changes are used for every internship; “Reset to default” brings back StageDesk&apos;s own text.</source>
        <translation>De mails die StageDesk voor een stage schrijft (de knop E-mail), in het Nederlands, Frans en Engels. Uw wijzigingen gelden voor elke stage; “Standaardtekst terugzetten” brengt de eigen tekst van StageDesk terug.</translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation>Uw eigen tekst</translation>
    </message>
    <message>
        <source>The default text</source>
        <translation>De standaardtekst</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Sjabloon niet opgeslagen</translation>
    </message>
    <message>
        <source>StageDesk could not write the template.

Details: {}</source>
        <translation>StageDesk kon het sjabloon niet wegschrijven.

Details: {}</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Standaardtekst terugzetten</translation>
    </message>
    <message>
        <source>Replace your own text of this mail by the default text?</source>
        <translation>Uw eigen tekst van deze mail vervangen door de standaardtekst?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>StageDesk — Demo organisation — {location}</source>
        <translation>StageDesk — Demo-organisatie — {location}</translation>
    </message>
    <message>
        <source>Demo organisation: not your own data</source>
        <translation>Demo-organisatie: niet uw eigen gegevens</translation>
    </message>
    <message>
        <source>StageDesk — {location}</source>
        <translation>StageDesk — {location}</translation>
    </message>
    <message numerus="yes">
        <source>%n form definition(s) of your own could not be used</source>
        <translation>
            <numerusform>%n eigen formulierdefinitie kon niet gebruikt worden</numerusform>
            <numerusform>%n eigen formulierdefinities konden niet gebruikt worden</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>De database wordt geopend…</translation>
    </message>
    <message>
        <source>Print forms…</source>
        <translation>Formulieren afdrukken…</translation>
    </message>
    <message>
        <source>Print a form for many internships at once (Ctrl+P)</source>
        <translation>Een formulier voor veel stages tegelijk afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>No form has this code.</source>
        <translation>Geen enkel formulier heeft deze code.</translation>
    </message>
</context>
<context>
    <name>NeedsAnalysisPage</name>
    <message>
        <source>Unit</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>New needs analysis</source>
        <translation>Nieuwe behoefteanalyse</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Make it an opportunity</source>
        <translation>Omzetten naar stageopdracht</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Add a unit first (People &amp; units).</source>
        <translation>Voeg eerst een dienst toe (Mensen &amp; diensten).</translation>
    </message>
    <message>
        <source>Select a needs analysis first.</source>
        <translation>Selecteer eerst een behoefteanalyse.</translation>
    </message>
    <message>
        <source>Give the proposed assignment a title first.</source>
        <translation>Geef de voorgestelde opdracht eerst een titel.</translation>
    </message>
    <message>
        <source>This proposal is already an opportunity.</source>
        <translation>Dit voorstel is al een stageopdracht.</translation>
    </message>
    <message>
        <source>The proposal is now an opportunity, offered to candidates.</source>
        <translation>Het voorstel is nu een stageopdracht, aangeboden aan kandidaten.</translation>
    </message>
</context>
<context>
    <name>OneOrNone</name>
    <message>
        <source>Click again to clear the answer</source>
        <translation>Klik opnieuw om het antwoord te wissen</translation>
    </message>
</context>
<context>
    <name>OpenItemsFilter</name>
    <message>
        <source>N/A</source>
        <comment>not needed, in a narrow column</comment>
        <translation>N.v.t.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Take the database over?</source>
        <translation>De database overnemen?</translation>
    </message>
    <message>
        <source>Synced or network folder</source>
        <translation>Gesynchroniseerde of netwerkmap</translation>
    </message>
    <message>
        <source>Where the database is</source>
        <translation>Waar de database staat</translation>
    </message>
</context>
<context>
    <name>OpportunityListAction</name>
    <message>
        <source>List for schools (PDF)</source>
        <translation>Lijst voor onderwijsinstellingen (pdf)</translation>
    </message>
    <message>
        <source>The offered opportunities, to send to schools</source>
        <translation>De aangeboden stageopdrachten, om naar onderwijsinstellingen te sturen</translation>
    </message>
    <message>
        <source>Internship places.pdf</source>
        <translation>Stageplaatsen.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Uw organisatie</translation>
    </message>
    <message>
        <source>Its name, address and logo are printed on every PDF.</source>
        <translation>De naam, het adres en het logo komen op elke pdf.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Kies een logo…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Logo verwijderen</translation>
    </message>
    <message>
        <source>No logo yet: you can add one later.</source>
        <translation>Nog geen logo: u kunt er later een toevoegen.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OtherFiles</name>
    <message>
        <source>Add another &amp;organisation&apos;s file…</source>
        <translation>Bestand van een andere &amp;organisatie toevoegen…</translation>
    </message>
    <message>
        <source>One annual overview over several StageDesk files (each organisation its own): the files are read, never changed</source>
        <translation>Eén jaaroverzicht over meerdere StageDesk-bestanden (elke organisatie het hare): de bestanden worden gelezen, nooit gewijzigd</translation>
    </message>
    <message>
        <source>This file only</source>
        <translation>Alleen dit bestand</translation>
    </message>
    <message>
        <source>Another organisation&apos;s StageDesk file</source>
        <translation>StageDesk-bestand van een andere organisatie</translation>
    </message>
    <message>
        <source>StageDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>StageDesk-databanken (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Also in the annual overview&apos;s workbook: {files}</source>
        <translation>Ook in de werkmap van het jaaroverzicht: {files}</translation>
    </message>
</context>
<context>
    <name>OutputChoice</name>
    <message>
        <source>&amp;One PDF, ready to print</source>
        <translation>&amp;Eén pdf, klaar om af te drukken</translation>
    </message>
    <message>
        <source>One PDF per internship, in a fol&amp;der</source>
        <translation>Eén pdf per stage, in een &amp;map</translation>
    </message>
    <message>
        <source>Fillable forms are saved one file per internship: each file carries its own form code, so the answers it brings back go to the right internship.</source>
        <translation>Invulbare formulieren worden per stage in een apart bestand opgeslagen: elk bestand draagt zijn eigen formuliercode, zodat de antwoorden die het terugbrengt bij de juiste stage terechtkomen.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Nieuwe kandidaat</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Kandidaturen</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nieuwe kandidatuur</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Kandidatuur</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>New internship</source>
        <translation>Nieuwe stage</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Stageopdrachten</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nieuwe stageopdracht</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Nieuwe dienst</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Nieuwe medewerker</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Onderwijsinstellingen</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Nieuwe onderwijsinstelling</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Opleidingen</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nieuwe opleiding</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Needs analyses</source>
        <translation>Behoefteanalyses</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>What needs you now: internships about to start or end, checklist items due, surveys to collect and applications waiting for a decision. Double-click a line to open it.</source>
        <translation>Wat nu uw aandacht vraagt: stages die bijna beginnen of eindigen, checklistpunten die aan de beurt zijn, vragenlijsten om op te halen en kandidaturen die op een beslissing wachten. Dubbelklik op een regel om hem te openen.</translation>
    </message>
    <message>
        <source>The guide&apos;s three step plans: building a policy, coordinating internships and mentoring an intern. Each step takes you to the place in StageDesk and the tool that does it.</source>
        <translation>De drie stappenplannen van de gids: een stagebeleid uitbouwen, stages coördineren en een stagiair begeleiden. Elke stap brengt u naar de plek in StageDesk en het hulpmiddel dat het doet.</translation>
    </message>
    <message>
        <source>The assignments your units can give an intern. Offer one when it is ready: the list for schools shows every offered opportunity.</source>
        <translation>De opdrachten die uw diensten aan een stagiair kunnen geven. Bied er een aan zodra ze klaar is: de lijst voor onderwijsinstellingen toont elke aangeboden stageopdracht.</translation>
    </message>
    <message>
        <source>Each unit describes what an intern could do there. Turn the proposals that fit your policy into opportunities.</source>
        <translation>Elke dienst beschrijft wat een stagiair er zou kunnen doen. Zet de voorstellen die bij uw stagebeleid passen om in stageopdrachten.</translation>
    </message>
    <message>
        <source>Students and job seekers who applied. A candidate keeps their applications and, once accepted, their internships.</source>
        <translation>Studenten en werkzoekenden die kandideerden. Een kandidaat behoudt zijn kandidaturen en, eens aanvaard, zijn stages.</translation>
    </message>
    <message>
        <source>Each application goes from applied to interviewed to a decision. Its Tools tab holds the interview question set.</source>
        <translation>Elke kandidatuur gaat van ingediend over gesprek tot een beslissing. Het tabblad Hulpmiddelen bevat de vragenlijst sollicitatiegesprek.</translation>
    </message>
    <message>
        <source>One line per intern&apos;s placement: unit, mentor, school, dates and status. The tabs hold its checklists, documents (the info sheet), follow-up and surveys.</source>
        <translation>Eén regel per plaatsing van een stagiair: dienst, stagementor, onderwijsinstelling, data en status. De tabbladen bevatten de checklists, documenten (de infofiche), opvolging en vragenlijsten.</translation>
    </message>
    <message>
        <source>The schools, training centres and employment services that send you interns, with their contacts and programmes.</source>
        <translation>De onderwijsinstellingen, opleidingscentra en diensten voor arbeidsbemiddeling die u stagiairs sturen, met hun contactpersonen en opleidingen.</translation>
    </message>
    <message>
        <source>The people of your organisation and their roles: coordinator, mentor, backup and unit head.</source>
        <translation>De mensen van uw organisatie en hun rollen: stagecoördinator, stagementor, back-up en diensthoofd.</translation>
    </message>
    <message>
        <source>The parts of your organisation that host interns.</source>
        <translation>De delen van uw organisatie die stagiairs onthalen.</translation>
    </message>
    <message>
        <source>The figures management and outside questions ask for: interns and applicants per year, duration, kinds, satisfaction. Export them to Excel or PDF.</source>
        <translation>De cijfers waar het management en externen naar vragen: stagiairs en kandidaten per jaar, duur, soorten, tevredenheid. Exporteer ze naar Excel of pdf.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s name, address and logo (on every PDF), your internship policy and rules, mail templates, backups and where your data is kept.</source>
        <translation>De naam, het adres en het logo van uw organisatie (op elke pdf), uw stagebeleid en stagereglement, mailsjablonen, reservekopieën en waar uw gegevens bewaard worden.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Hide help</source>
        <translation>Help verbergen</translation>
    </message>
    <message>
        <source>Hide this line on this page</source>
        <translation>Deze regel op deze pagina verbergen</translation>
    </message>
    <message>
        <source>What this page is for</source>
        <translation>Waarvoor deze pagina dient</translation>
    </message>
</context>
<context>
    <name>PdfImport</name>
    <message>
        <source>{file} is damaged or is not a PDF file.</source>
        <translation>{file} is beschadigd of is geen pdf-bestand.</translation>
    </message>
    <message>
        <source>{file} is protected with a password; save it without protection first.</source>
        <translation>{file} is beveiligd met een wachtwoord; sla het eerst zonder beveiliging op.</translation>
    </message>
    <message>
        <source>{file} is not a form printed by StageDesk.</source>
        <translation>{file} is geen formulier dat door StageDesk afgedrukt werd.</translation>
    </message>
    <message>
        <source>{file} belongs to a form that no longer exists in StageDesk.</source>
        <translation>{file} hoort bij een formulier dat niet meer bestaat in StageDesk.</translation>
    </message>
    <message>
        <source>{file} was printed from a version of the form StageDesk does not know.</source>
        <translation>{file} werd afgedrukt vanuit een versie van het formulier die StageDesk niet kent.</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB: far too large for a filled-in form, so it is not read.</source>
        <translation>{file} is groter dan {megabytes} MB: veel te groot voor een ingevuld formulier, dus het wordt niet gelezen.</translation>
    </message>
    <message>
        <source>{file} is far more complex than a filled-in form (or damaged in a way that makes reading it endless): reading it was stopped.</source>
        <translation>{file} is veel complexer dan een ingevuld formulier (of zo beschadigd dat het lezen eindeloos duurt): het lezen werd gestopt.</translation>
    </message>
</context>
<context>
    <name>PdfInBackground</name>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wordt gemaakt…</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>Bewaard als {name}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}</source>
        <translation>{name} kon niet worden bewaard: {reason}</translation>
    </message>
</context>
<context>
    <name>PersonExportDialog</name>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Gegevens van deze persoon exporteren</translation>
    </message>
    <message>
        <source>Everything StageDesk holds about {name}, for them to read (Excel) or to take along to another program (JSON).</source>
        <translation>Alles wat StageDesk over {name} bewaart, om zelf te lezen (Excel) of mee te nemen naar een ander programma (JSON).</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <source>Include target-group answers</source>
        <translation>Antwoorden over doelgroepen opnemen</translation>
    </message>
    <message>
        <source>Sensitive data: only when the person asks for them</source>
        <translation>Gevoelige gegevens: alleen als de persoon erom vraagt</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}</source>
        <translation>{name} kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>Saved as {name}, in {folder}.</source>
        <translation>Bewaard als {name}, in {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>Their documents and mail drafts (%n file(s)) are in the folder {folder}.</source>
        <translation>
            <numerusform>Hun documenten en e-mailconcepten (%n bestand) staan in de map {folder}.</numerusform>
            <numerusform>Hun documenten en e-mailconcepten (%n bestanden) staan in de map {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>These files hold personal data.</source>
        <translation>Deze bestanden bevatten persoonsgegevens.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>{path} is in a folder that {service} keeps in sync. StageDesk works there, but the database must never be open on two computers at once, and a sync conflict can leave two versions of it. Safest: keep the database in a local folder and let its backups go to {service}.</source>
        <translation>{path} staat in een map die {service} synchroniseert. StageDesk werkt daar, maar de database mag nooit op twee computers tegelijk open zijn, en een synchronisatieconflict kan er twee versies van achterlaten. Het veiligst: bewaar de database in een lokale map en laat de reservekopieën naar {service} gaan.</translation>
    </message>
    <message>
        <source>{path} is on a network drive ({service}). StageDesk uses its safest way of saving there, but if the connection drops while saving, the last change can be lost. Keep backups, and open the database on one computer at a time.</source>
        <translation>{path} staat op een netwerkschijf ({service}). StageDesk slaat daar op de veiligste manier op, maar als de verbinding wegvalt tijdens het opslaan, kan de laatste wijziging verloren gaan. Maak reservekopieën en open de database op één computer tegelijk.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>What the import creates</source>
        <translation>Wat de import aanmaakt</translation>
    </message>
    <message>
        <source>Dates are written &amp;month first (mm/dd/yyyy), as American programs do</source>
        <translation>Datums staan met de &amp;maand eerst (mm/dd/jjjj), zoals Amerikaanse programma&apos;s ze schrijven</translation>
    </message>
    <message>
        <source>StageDesk tells from the dates; tick or untick it when it told wrong</source>
        <translation>StageDesk leidt het af uit de datums; vink het aan of uit als dat verkeerd was</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gevonden problemen</translation>
    </message>
    <message>
        <source>Problems in the list</source>
        <translation>Problemen in de lijst</translation>
    </message>
    <message>
        <source>The chosen problem in full</source>
        <translation>Het gekozen probleem volledig</translation>
    </message>
    <message>
        <source>&amp;Save problems as…</source>
        <translation>Problemen &amp;opslaan als…</translation>
    </message>
    <message>
        <source>The problem list as an Excel workbook or CSV file</source>
        <translation>De lijst met problemen als Excel-werkmap of CSV-bestand</translation>
    </message>
    <message>
        <source>Save &amp;refused rows as…</source>
        <translation>&amp;Geweigerde rijen opslaan als…</translation>
    </message>
    <message>
        <source>The rows with an error as the list has them, and why: correct them in Excel and import that file later</source>
        <translation>De rijen met een fout zoals de lijst ze heeft, en waarom: verbeter ze in Excel en importeer dat bestand later</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Opnieuw controleren</translation>
    </message>
    <message>
        <source>Read the file again, after you corrected it in Excel, and check it</source>
        <translation>Lees het bestand opnieuw in nadat u het in Excel hebt verbeterd, en controleer het</translation>
    </message>
    <message>
        <source>The dates in {columns} are written month first (mm/dd/yyyy): read that way.</source>
        <translation>De datums in {columns} staan met de maand eerst (mm/dd/jjjj): zo gelezen.</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problemen (%n)</numerusform>
            <numerusform>Problemen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Rij {row}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print forms</source>
        <translation>Formulieren afdrukken</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formulier:</translation>
    </message>
    <message>
        <source>Internships:</source>
        <translation>Stages:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Opslaan als:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>&amp;Blank</source>
        <translation>&amp;Blanco</translation>
    </message>
    <message>
        <source>Pre-f&amp;illed</source>
        <translation>Voor&amp;ingevuld</translation>
    </message>
    <message>
        <source>Fill&amp;able PDF</source>
        <translation>Invul&amp;baar PDF</translation>
    </message>
    <message>
        <source>To fill in by hand</source>
        <translation>Met de hand in te vullen</translation>
    </message>
    <message>
        <source>To fill in by hand, with what StageDesk knows already printed in</source>
        <translation>Met de hand in te vullen, met wat StageDesk al weet erin afgedrukt</translation>
    </message>
    <message>
        <source>With form fields, to fill in on a computer and send back</source>
        <translation>Met formuliervelden, om op een computer in te vullen en terug te sturen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Each intern&apos;s own language</source>
        <translation>De eigen taal van elke stagiair</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <source>%n internship(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message>
        <source>No internships match this choice.</source>
        <translation>Geen stages passen bij deze keuze.</translation>
    </message>
    <message>
        <source>Choose a folder for the forms</source>
        <translation>Kies een map voor de formulieren</translation>
    </message>
    <message>
        <source>Save the forms as</source>
        <translation>Formulieren opslaan als</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the forms…</source>
        <translation>Formulieren voorbereiden…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF schrijven…</translation>
    </message>
    <message>
        <source>Form {done} of {total}</source>
        <translation>Formulier {done} van {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) printed</source>
        <translation>
            <numerusform>%n formulier afgedrukt</numerusform>
            <numerusform>%n formulieren afgedrukt</numerusform>
        </translation>
    </message>
    <message>
        <source>The forms could not be printed.</source>
        <translation>De formulieren konden niet worden afgedrukt.</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} forms; no PDF was written.</source>
        <translation>Geannuleerd na {done} van {total} formulieren; er werd geen PDF geschreven.</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} forms; those already saved stay in the folder.</source>
        <translation>Geannuleerd na {done} van {total} formulieren; de formulieren die al opgeslagen waren, blijven in de map.</translation>
    </message>
    <message>
        <source>The forms could not be printed.

Details: {}</source>
        <translation>De formulieren konden niet worden afgedrukt.

Details: {}</translation>
    </message>
    <message>
        <source>These forms were saved in {folder} before the problem:
{files}</source>
        <translation>Deze formulieren werden vóór het probleem opgeslagen in {folder}:
{files}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Name, e-mail address, phone number and address</source>
        <translation>Naam, e-mailadres, telefoonnummer en adres</translation>
    </message>
    <message>
        <source>Date of birth (only the age band at the start of each internship is kept)</source>
        <translation>Geboortedatum (alleen de leeftijdsgroep bij het begin van elke stage wordt bewaard)</translation>
    </message>
    <message>
        <source>Target-group answers and the consent recorded on {date}</source>
        <translation>Antwoorden over doelgroepen en de toestemming geregistreerd op {date}</translation>
    </message>
    <message>
        <source>Notes about the candidate</source>
        <translation>Notities over de kandidaat</translation>
    </message>
    <message>
        <source>Notes on applications: {count}</source>
        <translation>Notities bij kandidaturen: {count}</translation>
    </message>
    <message>
        <source>Notes, reason for stopping and day hired of internships: {count}</source>
        <translation>Notities, reden van stopzetting en dag van aanwerving bij stages: {count}</translation>
    </message>
    <message>
        <source>Text of follow-up entries: {count}</source>
        <translation>Tekst van opvolgingsmomenten: {count}</translation>
    </message>
    <message>
        <source>Written answers, notes and who answered, in forms: {count}</source>
        <translation>Geschreven antwoorden, notities en wie antwoordde, in formulieren: {count}</translation>
    </message>
    <message>
        <source>Documents, with their files: {count}</source>
        <translation>Documenten, met hun bestanden: {count}</translation>
    </message>
    <message>
        <source>Deleted records about them in the bin: {count}</source>
        <translation>Verwijderde gegevens over hen in de prullenbak: {count}</translation>
    </message>
    <message>
        <source>Mail drafts to them that StageDesk saved</source>
        <translation>E-mailconcepten aan hen die StageDesk heeft bewaard</translation>
    </message>
    <message>
        <source>A number instead of the name: {pseudonym}</source>
        <translation>Een nummer in plaats van de naam: {pseudonym}</translation>
    </message>
    <message>
        <source>Gender, education level, school, programme and languages spoken (intern profile report)</source>
        <translation>Gender, onderwijsniveau, onderwijsinstelling, opleiding en gesproken talen (rapport profiel van de stagiairs)</translation>
    </message>
    <message>
        <source>Applications: {count} (date, opportunity, source, status and decision date: annual overview)</source>
        <translation>Kandidaturen: {count} (datum, stageopdracht, bron, status en beslissingsdatum: jaaroverzicht)</translation>
    </message>
    <message>
        <source>Internships: {count} (unit, mentor, school, kind, dates, hours, status, who stopped it, hired later and in which function: the reports)</source>
        <translation>Stages: {count} (dienst, stagementor, onderwijsinstelling, soort, data, uren, status, wie de stage stopzette, later vast tewerkgesteld en in welke functie: de rapporten)</translation>
    </message>
    <message>
        <source>Follow-up entries: {count} (only their date and kind)</source>
        <translation>Opvolgingsmomenten: {count} (alleen hun datum en soort)</translation>
    </message>
    <message>
        <source>Forms: {count} (only scores and choices: satisfaction and partner reports)</source>
        <translation>Formulieren: {count} (alleen scores en keuzes: rapporten tevredenheid en stagepartners)</translation>
    </message>
    <message>
        <source>Applications still open: {count}. Erasing marks them withdrawn.</source>
        <translation>Nog openstaande kandidaturen: {count}. Wissen markeert ze als ingetrokken.</translation>
    </message>
    <message>
        <source>An internship of theirs is planned or running. It stays, under the number instead of the name.</source>
        <translation>Een van hun stages is gepland of loopt. Die blijft bestaan, onder het nummer in plaats van de naam.</translation>
    </message>
    <message>
        <source>Backups of this database that still hold their data: {count}, in {folder}. They keep it until the rotation deletes them; a backup put back brings it back.</source>
        <translation>Reservekopieën van deze database die hun gegevens nog bevatten: {count}, in {folder}. Ze houden die tot de rotatie ze verwijdert; een teruggezette reservekopie brengt ze terug.</translation>
    </message>
    <message>
        <source>Backups made before today still hold their data until the rotation deletes them; a backup put back brings them back.</source>
        <translation>Reservekopieën van vóór vandaag bevatten hun gegevens nog tot de rotatie ze verwijdert; een teruggezette reservekopie brengt ze terug.</translation>
    </message>
    <message>
        <source>Their data were already anonymised on {date}.</source>
        <translation>Hun gegevens werden al geanonimiseerd op {date}.</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Anonimiseren…</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wissen…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n persoon geanonimiseerd.</numerusform>
            <numerusform>%n personen geanonimiseerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file could not be compacted now (someone else has it open); the space their data took was wiped all the same.</source>
        <translation>Het databasebestand kon nu niet worden gecomprimeerd (iemand anders heeft het open); de ruimte van hun gegevens is wel gewist.</translation>
    </message>
    <message>
        <source>On a server database, old copies of their rows stay in the server&apos;s files until the server reclaims that space (VACUUM FULL, by whoever manages it).</source>
        <translation>Bij een database op een server blijven oude kopieën van hun rijen in de bestanden van de server tot die de ruimte terugwint (VACUUM FULL, door wie de server beheert).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be deleted yet. Close the program that has them open; StageDesk tries again each time it opens, or now from Settings › Privacy:</source>
        <translation>
            <numerusform>%n bestand kon nog niet worden verwijderd. Sluit het programma dat het open heeft; StageDesk probeert het opnieuw bij elke start, of nu via Instellingen › Privacy:</numerusform>
            <numerusform>%n bestanden konden nog niet worden verwijderd. Sluit het programma dat ze open heeft; StageDesk probeert het opnieuw bij elke start, of nu via Instellingen › Privacy:</numerusform>
        </translation>
    </message>
    <message>
        <source>former intern</source>
        <translation>voormalige stagiair</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>kandidaat</translation>
    </message>
    <message>
        <source>Due to be anonymised</source>
        <translation>Te anonimiseren</translation>
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
        <translation>Gegevens van deze persoon: exporteer ze voor hem of haar, of wis ze</translation>
    </message>
    <message>
        <source>Export this person&apos;s data…</source>
        <translation>Gegevens van deze persoon exporteren…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Deze persoon wissen…</translation>
    </message>
</context>
<context>
    <name>PrivacyRun</name>
    <message>
        <source>Nothing was changed</source>
        <translation>Er werd niets gewijzigd</translation>
    </message>
    <message>
        <source>StageDesk could not finish, so nothing was changed.

Details: {}</source>
        <translation>StageDesk kon niet afronden, dus er werd niets gewijzigd.

Details: {}</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>Personal data of former interns and of candidates who were not taken are anonymised a number of years after their last internship or application: their name, contact details and everything written about them go; what the reports count stays, without a name. Five years is usual in Belgium (social documents, and complaints about a selection).</source>
        <translation>Persoonsgegevens van voormalige stagiairs en van kandidaten die niet werden gekozen, worden een aantal jaren na hun laatste stage of kandidatuur geanonimiseerd: hun naam, contactgegevens en alles wat over hen geschreven is, verdwijnen; wat de rapporten tellen, blijft, zonder naam. Vijf jaar is gebruikelijk in België (sociale documenten en klachten over een selectie).</translation>
    </message>
    <message>
        <source>Anonymise them…</source>
        <translation>Anonimiseren…</translation>
    </message>
    <message>
        <source>Delete them now</source>
        <translation>Nu verwijderen</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>Keep personal data for</source>
        <translation>Persoonsgegevens bewaren gedurende</translation>
    </message>
    <message>
        <source>after their last internship or application</source>
        <translation>na hun laatste stage of kandidatuur</translation>
    </message>
    <message>
        <source>Last review: {date}</source>
        <translation>Laatste controle: {date}</translation>
    </message>
    <message>
        <source>Last review: never</source>
        <translation>Laatste controle: nooit</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) due to be anonymised</source>
        <translation>
            <numerusform>%n persoon te anonimiseren</numerusform>
            <numerusform>%n personen te anonimiseren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the %n person(s) listed? Their names, contact details and everything written about them are removed for good; what the reports count stays.</source>
        <translation>
            <numerusform>De %n vermelde persoon anonimiseren? Naam, contactgegevens en alles wat over hem of haar geschreven is, worden definitief verwijderd; wat de rapporten tellen, blijft.</numerusform>
            <numerusform>De %n vermelde personen anonimiseren? Hun namen, contactgegevens en alles wat over hen geschreven is, worden definitief verwijderd; wat de rapporten tellen, blijft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Wijzigingen opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Wijzigingen &amp;ongedaan maken</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
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
        <translation>{shown} van {total}</translation>
    </message>
</context>
<context>
    <name>Reopener</name>
    <message>
        <source>Putting back the backup and reopening StageDesk…</source>
        <translation>Reservekopie terugzetten en StageDesk opnieuw openen…</translation>
    </message>
    <message>
        <source>The file it replaced is kept as {path}.</source>
        <translation>Het vervangen bestand wordt bewaard als {path}.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Bevraging</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <source>Spread (SD)</source>
        <translation>Spreiding (SD)</translation>
    </message>
    <message>
        <source>Answers (n)</source>
        <translation>Antwoorden (n)</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Stagementor</translation>
    </message>
    <message>
        <source>Interns</source>
        <translation>Stagiairs</translation>
    </message>
    <message>
        <source>Places offered</source>
        <translation>Aangeboden stageplaatsen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Hired in the year</source>
        <translation>Aangeworven in het jaar</translation>
    </message>
    <message>
        <source>Annual overview</source>
        <translation>Jaaroverzicht</translation>
    </message>
    <message>
        <source>Profile of the interns</source>
        <translation>Profiel van de stagiairs</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Tevredenheid</translation>
    </message>
    <message>
        <source>Mentors and partner schools</source>
        <translation>Stagementoren en stagepartners</translation>
    </message>
    <message>
        <source>The last year: places, routes, profile</source>
        <translation>Het laatste jaar: plaatsen, wegen, profiel</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Avg. duration (days)</source>
        <translation>Gem. duur (dagen)</translation>
    </message>
    <message>
        <source>Curricular</source>
        <translation>Curriculair</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Vrijwillig</translation>
    </message>
    <message>
        <source>Hired later</source>
        <translation>Later vast tewerkgesteld</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;#&apos;&gt;How we count&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;#&apos;&gt;Hoe we tellen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>How we count</source>
        <translation>Hoe we tellen</translation>
    </message>
    <message>
        <source>Nothing to show for this choice.</source>
        <translation>Niets te tonen voor deze keuze.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Interns per year</source>
        <translation>Stagiairs per jaar</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Vanaf jaar</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Tot jaar</translation>
    </message>
    <message>
        <source>&amp;Academic years (Sept–Aug)</source>
        <translation>&amp;Academiejaren (sept.–aug.)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>Kinds of internship</source>
        <translation>Soorten stage</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Diensten:</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Alle diensten</translation>
    </message>
    <message>
        <source>Applicants: the people who applied in the year, each once per unit (and once in the year&apos;s total).
Interns: internships starting in the year (stopped early included, planned ones not yet started left out).
Every unit appears in every year, with 0 where there was nobody.
Duration: calendar days from start to end, both included.
Hired later: interns of the year later hired by the organisation.
Each workbook explains its figures on its “How we count” sheet.</source>
        <translation>Kandidaten: de personen die in het jaar kandideerden, elk één keer per dienst (en één keer in het totaal van het jaar).
Stagiairs: stages die in het jaar beginnen (vroegtijdig gestopte inbegrepen, geplande die nog niet begonnen zijn niet).
Elke dienst staat in elk jaar, met 0 waar er niemand was.
Duur: kalenderdagen van begin tot einde, beide inbegrepen.
Later aangeworven: stagiairs van het jaar die later in de organisatie aan de slag gingen.
Elke werkmap legt haar cijfers uit op het blad “Zo tellen we”.</translation>
    </message>
    <message>
        <source>The period runs backwards: “from” {first} is after “to” {last}.</source>
        <translation>De periode loopt achterstevoren: “van” {first} ligt na “tot” {last}.</translation>
    </message>
</context>
<context>
    <name>RetentionPrompt</name>
    <message>
        <source>Yearly privacy review</source>
        <translation>Jaarlijkse privacycontrole</translation>
    </message>
    <message>
        <source>Time for the yearly privacy review</source>
        <translation>Tijd voor de jaarlijkse privacycontrole</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %n person(s) are due to be anonymised: their last internship or application ended more than {years} years ago. Their names, contact details and everything written about them go for good; what the reports count stays, without a name. Later asks again in {days} days.</source>
        <translation>
            <numerusform>De persoonsgegevens van %n persoon moeten worden geanonimiseerd: de laatste stage of kandidatuur eindigde meer dan {years} jaar geleden. Naam, contactgegevens en alles wat over hem of haar geschreven is, verdwijnen definitief; wat de rapporten tellen, blijft, zonder naam. Met Later wordt het opnieuw gevraagd over {days} dagen.</numerusform>
            <numerusform>De persoonsgegevens van %n personen moeten worden geanonimiseerd: hun laatste stage of kandidatuur eindigde meer dan {years} jaar geleden. Hun namen, contactgegevens en alles wat over hen geschreven is, verdwijnen definitief; wat de rapporten tellen, blijft, zonder naam. Met Later wordt het opnieuw gevraagd over {days} dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise now</source>
        <translation>Nu anonimiseren</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Ask again in {days} days</source>
        <translation>Opnieuw vragen over {days} dagen</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Coordinator</source>
        <translation>Stagecoördinator</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>Diensthoofd</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Stagementor</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Stagiair</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Onderwijsinstelling</translation>
    </message>
    <message>
        <source>Personnel department</source>
        <translation>Personeelsdienst</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Facilitaire dienst</translation>
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
        <translation>Rij toevoegen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Rij verwijderen</translation>
    </message>
</context>
<context>
    <name>SchoolEditor</name>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Opleidingen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Our policy</source>
        <translation>Ons stagebeleid</translation>
    </message>
    <message>
        <source>Mail templates</source>
        <translation>E-mailsjablonen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Prullenbak</translation>
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
        <translation>Over</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Stageopdrachten</translation>
    </message>
    <message>
        <source>Candidates &amp; applications</source>
        <translation>Kandidaten &amp; kandidaturen</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Onderwijsinstellingen</translation>
    </message>
    <message>
        <source>People &amp; units</source>
        <translation>Mensen &amp; diensten</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How do you want to begin?</source>
        <translation>Hoe wilt u beginnen?</translation>
    </message>
    <message>
        <source>Your organisation is saved when you click Finish.</source>
        <translation>Uw organisatie wordt opgeslagen wanneer u op Voltooien klikt.</translation>
    </message>
    <message>
        <source>Start with an empty organisation</source>
        <translation>Beginnen met een lege organisatie</translation>
    </message>
    <message>
        <source>Import my Excel list of interns</source>
        <translation>Mijn Excel-lijst met stagiairs importeren</translation>
    </message>
    <message>
        <source>Explore the demo organisation first</source>
        <translation>Eerst de demo-organisatie verkennen</translation>
    </message>
    <message>
        <source>Choose the &amp;list…</source>
        <translation>De &amp;lijst kiezen…</translation>
    </message>
    <message>
        <source>The demo organisation is made-up data in a file of its own: your organisation stays empty and safe. Settings takes you back to your own data.</source>
        <translation>De demo-organisatie bevat verzonnen gegevens in een eigen bestand: uw organisatie blijft leeg en veilig. Via Instellingen gaat u terug naar uw eigen gegevens.</translation>
    </message>
    <message>
        <source>No list chosen yet.</source>
        <translation>Nog geen lijst gekozen.</translation>
    </message>
    <message>
        <source>Your list of interns</source>
        <translation>Uw lijst met stagiairs</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Rekenbladen (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
</context>
<context>
    <name>StepActions</name>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Go there</source>
        <translation>Ga erheen</translation>
    </message>
    <message>
        <source>Go there: {}</source>
        <translation>Ga erheen: {}</translation>
    </message>
    <message>
        <source>Open the tool</source>
        <translation>Het hulpmiddel openen</translation>
    </message>
    <message>
        <source>Open the tool: {}</source>
        <translation>Het hulpmiddel openen: {}</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Klaar</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>List of open places for schools (PDF)</source>
        <translation>Lijst van open stageplaatsen voor onderwijsinstellingen (PDF)</translation>
    </message>
    <message>
        <source>Import an Excel list of interns…</source>
        <translation>Een Excel-lijst met stagiairs importeren…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The disk is full, so this could not be saved. Everything saved before is safe. Free some space (empty the recycle bin, move large files) and try again.</source>
        <translation>De schijf is vol, dus dit kon niet worden opgeslagen. Alles wat eerder werd opgeslagen, is veilig. Maak wat ruimte vrij (leeg de prullenbak, verplaats grote bestanden) en probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Tools</source>
        <translation>Hulpmiddelen</translation>
    </message>
    <message>
        <source>Read filled-in forms…</source>
        <translation>Ingevulde formulieren inlezen…</translation>
    </message>
    <message>
        <source>Bring answers back from PDF forms (Ctrl+O); you can also drop them here</source>
        <translation>Antwoorden uit PDF-formulieren terughalen (Ctrl+O); u kunt ze ook hierheen slepen</translation>
    </message>
    <message>
        <source>Form code, e.g. SD-123-K</source>
        <translation>Formuliercode, bv. SD-123-K</translation>
    </message>
    <message>
        <source>Type or scan a form code</source>
        <translation>Typ of scan een formuliercode</translation>
    </message>
    <message>
        <source>Filled-in forms</source>
        <translation>Ingevulde formulieren</translation>
    </message>
    <message>
        <source>“{}” is not a form code.</source>
        <translation>“{}” is geen formuliercode.</translation>
    </message>
</context>
<context>
    <name>ToolsEditor</name>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulieren</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <source>Tool</source>
        <translation>Hulpmiddel</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>Ingevuld door</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Hulpmiddelen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Print the selected tool for paper or a PDF reader</source>
        <translation>Het gekozen hulpmiddel afdrukken voor papier of een PDF-lezer</translation>
    </message>
    <message>
        <source>Fillable PDF (for any PDF reader)</source>
        <translation>Invulbaar PDF (voor elke PDF-lezer)</translation>
    </message>
    <message>
        <source>Pre-filled, to print</source>
        <translation>Vooringevuld, om af te drukken</translation>
    </message>
    <message>
        <source>Blank, to print</source>
        <translation>Blanco, om af te drukken</translation>
    </message>
    <message>
        <source>No tools apply at this stage.</source>
        <translation>Geen hulpmiddelen voor deze fase.</translation>
    </message>
    <message>
        <source>To read</source>
        <translation>In te lezen</translation>
    </message>
    <message>
        <source>Completed on {date}</source>
        <translation>Ingevuld op {date}</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Niet begonnen</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Choose one of the options offered.</source>
        <translation>Kies een van de aangeboden opties.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Dit is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>This name is already in use.</source>
        <translation>Deze naam is al in gebruik.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>De einddatum ligt vóór de begindatum.</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}.</source>
        <translation>Vul een getal in van {low} tot {high}.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Vul een geheel getal in.</translation>
    </message>
    <message>
        <source>The backup must be someone other than the mentor.</source>
        <translation>De back-up moet iemand anders zijn dan de stagementor.</translation>
    </message>
    <message>
        <source>The decision date lies before the application date.</source>
        <translation>De beslissingsdatum ligt vóór de datum van de kandidatuur.</translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation>Vul de datum van de beslissing in.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>Deze datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The date of birth gives an age outside {low}–{high} years.</source>
        <translation>De geboortedatum geeft een leeftijd buiten {low}–{high} jaar.</translation>
    </message>
    <message>
        <source>Target-group answers may only be stored with a recorded consent date.</source>
        <translation>Antwoorden over doelgroepen mogen alleen worden bewaard met een geregistreerde datum van toestemming.</translation>
    </message>
    <message>
        <source>This intern already has an internship from {start} to {end} over these dates.</source>
        <translation>Deze stagiair heeft al een stage van {start} tot {end} in deze periode.</translation>
    </message>
    <message>
        <source>Say why the internship was stopped early.</source>
        <translation>Geef aan waarom de stage voortijdig werd stopgezet.</translation>
    </message>
    <message>
        <source>Say who stopped the internship.</source>
        <translation>Geef aan wie de stage heeft stopgezet.</translation>
    </message>
    <message>
        <source>Enter the date the intern was hired.</source>
        <translation>Vul de datum in waarop de stagiair werd aangeworven.</translation>
    </message>
    <message>
        <source>The hiring date lies before the internship started.</source>
        <translation>De datum van aanwerving ligt vóór het begin van de stage.</translation>
    </message>
    <message>
        <source>An unpaid internship has no allowance.</source>
        <translation>Een onbetaalde stage heeft geen vergoeding.</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more.</source>
        <translation>Vul een bedrag van nul of meer in.</translation>
    </message>
    <message>
        <source>This supervisor works at another school.</source>
        <translation>Deze stagebegeleider werkt bij een andere onderwijsinstelling.</translation>
    </message>
    <message>
        <source>This programme belongs to another school.</source>
        <translation>Deze opleiding hoort bij een andere onderwijsinstelling.</translation>
    </message>
    <message>
        <source>Enter at most {limit} characters.</source>
        <translation>Vul maximaal {limit} tekens in.</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>WhichInternships</name>
    <message>
        <source>&amp;Ending this month ({month})</source>
        <translation>&amp;Eindigend deze maand ({month})</translation>
    </message>
    <message>
        <source>&amp;Starting this month ({month})</source>
        <translation>&amp;Beginnend deze maand ({month})</translation>
    </message>
    <message>
        <source>&amp;Running now</source>
        <translation>&amp;Nu lopend</translation>
    </message>
    <message>
        <source>Planned or running in the u&amp;nit:</source>
        <translation>Gepland of lopend in de &amp;dienst:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Dienst</translation>
    </message>
</context>
<context>
    <name>WordsBox</name>
    <message>
        <source>Say once what each word means; every row that uses it follows. “Unknown” imports it empty and keeps the list&apos;s word in the notes. A unit written short: say which unit it is, or keep it as a unit of its own.</source>
        <translation>Zeg één keer wat elk woord betekent; elke rij die het gebruikt volgt. “Onbekend” importeert het leeg en bewaart het woord uit de lijst in de notities. Een afgekorte dienst: zeg welke dienst het is, of houd hem als aparte dienst.</translation>
    </message>
    <message>
        <source>Words StageDesk does not know</source>
        <translation>Woorden die StageDesk niet kent</translation>
    </message>
    <message>
        <source>&amp;Use these meanings</source>
        <translation>Deze betekenissen &amp;gebruiken</translation>
    </message>
    <message>
        <source>Save as a &amp;words file…</source>
        <translation>Opslaan als &amp;woordenbestand…</translation>
    </message>
    <message>
        <source>These answers as a table, for the command line&apos;s --words</source>
        <translation>Deze antwoorden als tabel, voor --words op de opdrachtregel</translation>
    </message>
    <message numerus="yes">
        <source>Words to explain (%n)</source>
        <translation>
            <numerusform>Woorden uit te leggen (%n)</numerusform>
            <numerusform>Woorden uit te leggen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{column}: “{word}” (%n row(s))</source>
        <translation>
            <numerusform>{column}: “{word}” (%n rij)</numerusform>
            <numerusform>{column}: “{word}” (%n rijen)</numerusform>
        </translation>
    </message>
    <message>
        <source>What “{word}” means</source>
        <translation>Wat “{word}” betekent</translation>
    </message>
    <message>
        <source>— a unit of its own —</source>
        <translation>— een aparte dienst —</translation>
    </message>
    <message>
        <source>— unknown: keep the word in the notes —</source>
        <translation>— onbekend: het woord bewaren in de notities —</translation>
    </message>
</context>
<context>
    <name>YearBars</name>
    <message>
        <source>Interns</source>
        <translation>Stagiairs</translation>
    </message>
</context>
</TS>
