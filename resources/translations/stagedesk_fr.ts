<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
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
        <translation>À propos de StageDesk</translation>
    </message>
</context>
<context>
    <name>AboutPanel</name>
    <message>
        <source>The internship desk of a small organisation. Free software (MIT licence).</source>
        <translation>Le bureau des stages d&apos;une petite organisation. Logiciel libre (licence MIT).</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences</source>
        <translation>Bibliothèques fournies et leurs licences</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences:</source>
        <translation>Bibliothèques fournies et leurs licences :</translation>
    </message>
    <message>
        <source>installed program</source>
        <translation>programme installé</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>depuis le code source</translation>
    </message>
    <message>
        <source>%1 (portable: next to the program)</source>
        <translation>%1 (portable : à côté du programme)</translation>
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
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuelle</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>faite manuellement</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>The copy of {path} did not pass its check, so it was not kept.</source>
        <translation>La copie de {path} n&apos;a pas passé la vérification ; elle n&apos;a donc pas été conservée.</translation>
    </message>
    <message>
        <source>StageDesk could not make a backup in {path}. Details: {detail}</source>
        <translation>StageDesk n&apos;a pas pu faire de copie de sauvegarde dans {path}. Détails : {detail}</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup of it.</source>
        <translation>{path} est la base de données elle-même, pas une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>{path} is an empty database, not a backup.</source>
        <translation>{path} est une base de données vide, pas une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copies de sauvegarde</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagée</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>This database is on a server. StageDesk makes backups of a database file on this computer; the server&apos;s administrator backs up a server database.</source>
        <translation>Cette base de données se trouve sur un serveur. StageDesk fait des copies de sauvegarde d&apos;un fichier de base de données sur cet ordinateur ; l&apos;administrateur du serveur sauvegarde une base de données sur serveur.</translation>
    </message>
    <message>
        <source>StageDesk copies the database every day it is used, and before every upgrade and restore. It keeps the last 7 days, 4 weeks and 12 months.</source>
        <translation>StageDesk copie la base de données chaque jour où elle est utilisée, ainsi qu&apos;avant chaque mise à jour et chaque restauration. Les 7 derniers jours, les 4 dernières semaines et les 12 derniers mois sont conservés.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Choisir le dossier…</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Dossier : {path}</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Copie de sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation>Copie de sauvegarde faite : {name}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une copie de sauvegarde</translation>
    </message>
    <message>
        <source>Put back the backup of {made}? What was saved after it is replaced. The database as it is now is kept as a backup first, and StageDesk reopens.</source>
        <translation>Restaurer la copie de sauvegarde du {made} ? Ce qui a été enregistré après sera remplacé. La base de données actuelle est d&apos;abord conservée comme copie de sauvegarde, puis StageDesk redémarre.</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Dossier des copies de sauvegarde</translation>
    </message>
    <message>
        <source>New backups go to {path}. The earlier ones stay where they are.</source>
        <translation>Les nouvelles copies de sauvegarde vont dans {path}. Les précédentes restent où elles sont.</translation>
    </message>
</context>
<context>
    <name>Bin</name>
    <message>
        <source>Unit</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>School contact</source>
        <translation>Contact de l&apos;établissement</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Mission de stage</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Follow-up entry</source>
        <translation>Note de suivi</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>A record made since the delete has taken its number ({kind} {id}), so it cannot come back.</source>
        <translation>Un enregistrement créé depuis la suppression a pris son numéro ({kind} {id}) ; il ne peut donc pas être restauré.</translation>
    </message>
    <message>
        <source>It refers to a record that is in the bin too ({kind}: “{label}”). Restore that first.</source>
        <translation>Il renvoie à un enregistrement qui se trouve aussi dans la corbeille ({kind} : « {label} »). Restaurez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>It refers to a record that has been deleted for good ({kind} {id}), so it cannot come back.</source>
        <translation>Il renvoie à un enregistrement supprimé définitivement ({kind} {id}) ; il ne peut donc pas être restauré.</translation>
    </message>
    <message>
        <source>Another record is now called “{value}” ({kind}): rename that one first, then try again.</source>
        <translation>Un autre enregistrement s&apos;appelle maintenant « {value} » ({kind}) : renommez-le d&apos;abord, puis réessayez.</translation>
    </message>
    <message>
        <source>This entry is no longer in the bin (restored or emptied elsewhere).</source>
        <translation>Cette entrée n&apos;est plus dans la corbeille (restaurée ou vidée ailleurs).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete {what}? It goes to the bin (Settings › Bin), where it can be restored for {days} days.</source>
        <translation>Supprimer {what} ? L&apos;élément va dans la corbeille (Paramètres › Corbeille), où il peut être restauré pendant {days} jours.</translation>
    </message>
</context>
<context>
    <name>BinTab</name>
    <message>
        <source>Deleted records stay here for {days} days, with what was deleted along with them (an internship&apos;s follow-up and forms). Then they are deleted for good.</source>
        <translation>Les enregistrements supprimés restent ici {days} jours, avec ce qui a été supprimé en même temps (le suivi et les formulaires d&apos;un stage). Ensuite, ils sont supprimés définitivement.</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Put the selected records back where they were</source>
        <translation>Remettre les enregistrements sélectionnés là où ils étaient</translation>
    </message>
    <message>
        <source>Empty the bin…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the bin</source>
        <translation>
            <numerusform>%n enregistrement dans la corbeille</numerusform>
            <numerusform>%n enregistrements dans la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored: {}</source>
        <translation>Restauré : {}</translation>
    </message>
    <message>
        <source>{what} cannot come back on its own:

{reasons}

Restore them together?</source>
        <translation>{what} ne peut pas être restauré seul :

{reasons}

Les restaurer ensemble ?</translation>
    </message>
    <message>
        <source>{what} was not restored:

{reasons}</source>
        <translation>{what} n&apos;a pas été restauré :

{reasons}</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n record(s) in the bin for good? They cannot be restored afterwards.</source>
        <translation>
            <numerusform>Supprimer définitivement l&apos;enregistrement (%n) de la corbeille ? Il ne pourra plus être restauré.</numerusform>
            <numerusform>Supprimer définitivement les %n enregistrements de la corbeille ? Ils ne pourront plus être restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the bin</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted for good.</source>
        <translation>
            <numerusform>%n enregistrement supprimé définitivement.</numerusform>
            <numerusform>%n enregistrements supprimés définitivement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateEditor</name>
    <message>
        <source>Anonymised on {date}: only what the reports count is kept, without a name.</source>
        <translation>Anonymisé le {date} : seul ce que comptent les rapports est conservé, sans nom.</translation>
    </message>
</context>
<context>
    <name>ChangesBox</name>
    <message>
        <source>The list says something else than StageDesk about these records. Tick the changes to make; the others stay as they are in StageDesk.</source>
        <translation>La liste dit autre chose que StageDesk sur ces fiches. Cochez les modifications à faire ; les autres restent telles qu&apos;elles sont dans StageDesk.</translation>
    </message>
    <message>
        <source>Changes to records already in StageDesk</source>
        <translation>Modifications de fiches déjà dans StageDesk</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>In StageDesk</source>
        <translation>Dans StageDesk</translation>
    </message>
    <message>
        <source>In the list</source>
        <translation>Dans la liste</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>Tick n&amp;one</source>
        <translation>&amp;Rien cocher</translation>
    </message>
    <message numerus="yes">
        <source>Changes (%n)</source>
        <translation>
            <numerusform>Modifications (%n)</numerusform>
            <numerusform>Modifications (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} change(s) ticked</source>
        <translation>
            <numerusform>%n modification cochée sur {total}</numerusform>
            <numerusform>%n modifications cochées sur {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInput</name>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Pas nécessaire</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Done on {}</source>
        <translation>Fait le {}</translation>
    </message>
    <message>
        <source>Reference: {}</source>
        <translation>Référence : {}</translation>
    </message>
    <message>
        <source>Responsible: {}</source>
        <translation>Responsable : {}</translation>
    </message>
    <message>
        <source>Note: {}</source>
        <translation>Remarque : {}</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <source>%v of %m settled</source>
        <translation>%v sur %m réglés</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>Aucun point</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Only open items</source>
        <translation>Seulement les points ouverts</translation>
    </message>
    <message>
        <source>Hide the items that are done or not needed</source>
        <translation>Masquer les points faits ou pas nécessaires</translation>
    </message>
    <message>
        <source>Add the checklists</source>
        <translation>Ajouter les check-lists</translation>
    </message>
    <message>
        <source>Open in a window</source>
        <translation>Ouvrir dans une fenêtre</translation>
    </message>
    <message>
        <source>Every column, in a window of its own</source>
        <translation>Chaque colonne dans sa propre fenêtre</translation>
    </message>
    <message>
        <source>This internship has no checklists yet.</source>
        <translation>Ce stage n&apos;a pas encore de check-lists.</translation>
    </message>
    <message>
        <source>The toolbox has no checklists for internships.</source>
        <translation>La boîte à outils n&apos;a pas de check-lists pour les stages.</translation>
    </message>
    <message>
        <source>Checklists of {}</source>
        <translation>Check-lists de {}</translation>
    </message>
</context>
<context>
    <name>ChildrenPanel</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Unit</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Proposed assignment</source>
        <translation>Mission proposée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Mission de stage</translation>
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
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Last internship or application</source>
        <translation>Dernier stage ou dernière candidature</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Candidature le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Maître de stage</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
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
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur de stages</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>Chef de service</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Interns</source>
        <translation>Stagiaires</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Header row</source>
        <translation>Ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>The row of the list that holds the column headers (a title may stand above it)</source>
        <translation>La ligne de la liste qui porte les noms des colonnes (un titre peut se trouver au-dessus)</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Ligne d&apos;en-tête :</translation>
    </message>
    <message>
        <source>Columns of the list</source>
        <translation>Colonnes de la liste</translation>
    </message>
    <message>
        <source>Problems with the columns</source>
        <translation>Problèmes avec les colonnes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Header in the list</source>
        <translation>En-tête dans la liste</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>StageDesk column</source>
        <translation>Colonne StageDesk</translation>
    </message>
    <message>
        <source>For each column of the list, choose the StageDesk column it fills. Required: {}.</source>
        <translation>Pour chaque colonne de la liste, choisissez la colonne StageDesk qu&apos;elle remplit. Obligatoire : {}.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) were not recognised: they are not imported unless you choose a StageDesk column for them.</source>
        <translation>
            <numerusform>%n colonne n&apos;a pas été reconnue : elle n&apos;est pas importée, sauf si vous lui choisissez une colonne StageDesk.</numerusform>
            <numerusform>%n colonnes n&apos;ont pas été reconnues : elles ne sont pas importées, sauf si vous leur choisissez une colonne StageDesk.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{header}” holds {what}: read as “{column}”. Choose another column below if it does not.</source>
        <translation>« {header} » contient {what} : lu comme « {column} ». Choisissez une autre colonne ci-dessous si ce n&apos;est pas le cas.</translation>
    </message>
    <message>
        <source>more hours than a week has</source>
        <translation>plus d&apos;heures qu&apos;une semaine n&apos;en compte</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>des montants</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(pas d&apos;en-tête)</translation>
    </message>
    <message>
        <source>StageDesk does not recognise this header</source>
        <translation>StageDesk ne reconnaît pas cet en-tête</translation>
    </message>
    <message>
        <source>StageDesk column for “{header}” (column {letter})</source>
        <translation>Colonne StageDesk pour « {header} » (colonne {letter})</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— non importée —</translation>
    </message>
    <message>
        <source>— kept in the notes —</source>
        <translation>— gardé dans les notes —</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else</source>
        <translation>Enregistré par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>What the other person changed</source>
        <translation>Ce que l&apos;autre personne a modifié</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Saved by them</source>
        <translation>Enregistré par l&apos;autre</translation>
    </message>
    <message>
        <source>Yours, not saved</source>
        <translation>Le vôtre, non enregistré</translation>
    </message>
    <message>
        <source>“Keep theirs” shows the record as they saved it; your changes are dropped.
“Keep editing” keeps your changes on screen and takes theirs everywhere else; saving then writes your values over theirs.</source>
        <translation>« Garder les leurs » affiche l&apos;enregistrement tel que l&apos;autre personne l&apos;a enregistré ; vos modifications sont abandonnées.
« Continuer à modifier » garde vos modifications à l&apos;écran et reprend les leurs partout ailleurs ; en enregistrant, vos valeurs remplacent alors les leurs.</translation>
    </message>
    <message>
        <source>Keep &amp;theirs (reload)</source>
        <translation>Garder les &amp;leurs (recharger)</translation>
    </message>
    <message>
        <source>Keep &amp;editing</source>
        <translation>Continuer à &amp;modifier</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it, so your changes were not saved: they would have overwritten theirs.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cet enregistrement après que vous l&apos;avez ouvert ; vos modifications n&apos;ont donc pas été enregistrées : elles auraient écrasé les leurs.</translation>
    </message>
    <message>
        <source>This is what they changed:</source>
        <translation>Voici ce qui a été modifié :</translation>
    </message>
    <message>
        <source>They changed nothing that this form shows.</source>
        <translation>Rien de ce que montre ce formulaire n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>You, the coordinator</source>
        <translation>Vous, le coordinateur de stages</translation>
    </message>
    <message>
        <source>You run the internships. In a small organisation you are the mentor as well: StageDesk notes you as both.</source>
        <translation>Vous gérez les stages. Dans une petite organisation, vous êtes aussi le maître de stage : StageDesk vous enregistre comme les deux.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>name@organisation.be</source>
        <translation>nom@organisation.be</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>StageDesk can put back a backup copy. What was saved after that copy is not in it. The damaged file is kept as it is, under another name, so that nothing is thrown away.</source>
        <translation>StageDesk peut restaurer une copie de sauvegarde. Ce qui a été enregistré après cette copie n&apos;y figure pas. Le fichier endommagé est conservé tel quel, sous un autre nom, afin que rien ne soit perdu.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette copie de sauvegarde</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Choisir un &amp;autre fichier…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}.</source>
        <translation>Aucune copie de sauvegarde valable trouvée dans {folder}.</translation>
    </message>
    <message>
        <source>The newest good backup is of {made}.</source>
        <translation>La copie de sauvegarde valable la plus récente date du {made}.</translation>
    </message>
    <message>
        <source>Choose a backup of the database</source>
        <translation>Choisissez une copie de sauvegarde de la base de données</translation>
    </message>
    <message>
        <source>StageDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données StageDesk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The damaged file is kept as {path}.</source>
        <translation>Le fichier endommagé est conservé sous {path}.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Starting in the next 30 days</source>
        <translation>Débutent dans les 30 jours</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ending in the next 30 days</source>
        <translation>Se terminent dans les 30 jours</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Checklist items past their due date</source>
        <translation>Points de check-list en retard</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Surveys not handed back</source>
        <translation>Enquêtes non rendues</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Applications waiting for a decision</source>
        <translation>Candidatures en attente de décision</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Mission de stage</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Candidature le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Opportunities without a mentor</source>
        <translation>Missions de stage sans maître de stage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Running internships per unit</source>
        <translation>Stages en cours par service</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Recent follow-up</source>
        <translation>Suivi récent</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Rien ici</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>StageDesk export {date}</source>
        <translation>Export StageDesk {date}</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting every record…</source>
        <translation>Exportation de tous les enregistrements…</translation>
    </message>
    <message>
        <source>StageDesk internships</source>
        <translation>Stages StageDesk</translation>
    </message>
    <message>
        <source>Internship {id}</source>
        <translation>Stage {id}</translation>
    </message>
    <message>
        <source>Export to your calendar</source>
        <translation>Exporter vers votre agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Écriture de l&apos;agenda…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>Enregistré sous {name}</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}</source>
        <translation>{name} n&apos;a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Enregistré sous {name}.</translation>
    </message>
    <message>
        <source>Open in your calendar</source>
        <translation>Ouvrir dans votre agenda</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>Excel and calendar</source>
        <translation>Excel et agenda</translation>
    </message>
    <message>
        <source>Import an Excel list…</source>
        <translation>Importer une liste Excel…</translation>
    </message>
    <message>
        <source>Bring an old Excel or CSV list of interns in (Ctrl+I)</source>
        <translation>Reprendre une ancienne liste Excel ou CSV de stagiaires (Ctrl+I)</translation>
    </message>
    <message>
        <source>Empty import list…</source>
        <translation>Liste d&apos;importation vide…</translation>
    </message>
    <message>
        <source>Export everything to Excel…</source>
        <translation>Tout exporter vers Excel…</translation>
    </message>
    <message>
        <source>Calendar of all internships (.ics)…</source>
        <translation>Agenda de tous les stages (.ics)…</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Where your data lives</source>
        <translation>Où se trouvent vos données</translation>
    </message>
    <message>
        <source>You can move both later in Settings.</source>
        <translation>Vous pourrez déplacer les deux plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation>Choisir un autre &amp;dossier…</translation>
    </message>
    <message>
        <source>Choose another folder for the backups</source>
        <translation>Choisir un autre dossier pour les copies de sauvegarde</translation>
    </message>
    <message>
        <source>Your data is in a shared database on a server:
{}</source>
        <translation>Vos données se trouvent dans une base de données partagée sur un serveur :
{}</translation>
    </message>
    <message>
        <source>The server&apos;s administrator makes the backups of a server database.</source>
        <translation>L&apos;administrateur du serveur fait les copies de sauvegarde d&apos;une base de données sur serveur.</translation>
    </message>
    <message>
        <source>Your data is kept in this file:
{}</source>
        <translation>Vos données sont conservées dans ce fichier :
{}</translation>
    </message>
    <message>
        <source>StageDesk copies it every day you use it, and keeps the copies in:
{}</source>
        <translation>StageDesk le copie chaque jour où vous l&apos;utilisez et conserve les copies dans :
{}</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Dossier des copies de sauvegarde</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>{path} is not a StageDesk database.</source>
        <translation>{path} n&apos;est pas une base de données StageDesk.</translation>
    </message>
    <message>
        <source>{path} is a database of another program, not of StageDesk.</source>
        <translation>{path} est une base de données d&apos;un autre programme, pas de StageDesk.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened. Restore a backup copy of it.</source>
        <translation>{path} est endommagé et ne peut pas être ouvert. Restaurez-en une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of StageDesk. Install the newest StageDesk to open it.</source>
        <translation>{path} a été enregistré par une version plus récente de StageDesk. Installez la dernière version de StageDesk pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>StageDesk cannot write in the folder of {path}. Choose a folder where you may save files.</source>
        <translation>StageDesk ne peut pas écrire dans le dossier de {path}. Choisissez un dossier où vous pouvez enregistrer des fichiers.</translation>
    </message>
    <message>
        <source>{path} is read-only, so StageDesk cannot save in it. Clear its read-only mark (in the file&apos;s properties), or open a copy of it.</source>
        <translation>{path} est en lecture seule : StageDesk ne peut rien y enregistrer. Décochez « Lecture seule » dans les propriétés du fichier, ou ouvrez-en une copie.</translation>
    </message>
    <message>
        <source>The name of {path} is too long: StageDesk keeps files beside the database under its name plus a few letters. Rename it to at most {detail} characters.</source>
        <translation>Le nom de {path} est trop long : StageDesk garde des fichiers à côté de la base de données sous son nom suivi de quelques lettres. Donnez-lui un nom de {detail} caractères au plus.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>StageDesk could not bring {path} up to date; the file was left as it was. Details: {detail}</source>
        <translation>StageDesk n&apos;a pas pu mettre à jour {path} ; le fichier est resté tel quel. Détails : {detail}</translation>
    </message>
    <message>
        <source>StageDesk cannot reach the database {path}. Details: {detail}</source>
        <translation>StageDesk ne peut pas atteindre la base de données {path}. Détails : {detail}</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>Where your data is</source>
        <translation>Où se trouvent vos données</translation>
    </message>
    <message>
        <source>Server address (URL)</source>
        <translation>Adresse du serveur (URL)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Use this database</source>
        <translation>&amp;Utiliser cette base de données</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Use this &amp;file</source>
        <translation>Utiliser ce &amp;fichier</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Bases de données récentes</translation>
    </message>
    <message>
        <source>A shared database on a PostgreSQL server</source>
        <translation>Une base de données partagée sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>For several coordinators at once. Your IT department gives you the address, e.g. postgresql://name@server/stagedesk. Keep the password in a PostgreSQL password file (pgpass) rather than in the address.</source>
        <translation>Pour plusieurs coordinateurs de stages à la fois. Votre service informatique vous donne l&apos;adresse, p. ex. postgresql://nom@serveur/stagedesk. Conservez le mot de passe dans un fichier de mots de passe PostgreSQL (pgpass) plutôt que dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>A file on this computer</source>
        <translation>Un fichier sur cet ordinateur</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Récentes :</translation>
    </message>
    <message>
        <source>Your data is in a file on this computer:
{}</source>
        <translation>Vos données se trouvent dans un fichier sur cet ordinateur :
{}</translation>
    </message>
    <message>
        <source>Your data is in a shared database on a server:
{}</source>
        <translation>Vos données se trouvent dans une base de données partagée sur un serveur :
{}</translation>
    </message>
    <message>
        <source>— a database opened before —</source>
        <translation>— une base de données ouverte auparavant —</translation>
    </message>
    <message>
        <source>This is not the address of a PostgreSQL database. It looks like postgresql://name@server/database.</source>
        <translation>Ce n&apos;est pas l&apos;adresse d&apos;une base de données PostgreSQL. Elle se présente ainsi : postgresql://nom@serveur/base.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The database is empty: StageDesk creates its tables when it starts on it.</source>
        <translation>La base de données est vide : StageDesk crée ses tables au démarrage sur cette base.</translation>
    </message>
    <message>
        <source>The database holds StageDesk data.</source>
        <translation>La base de données contient des données StageDesk.</translation>
    </message>
    <message>
        <source>The database holds data of an older StageDesk; it is brought up to date when StageDesk starts on it.</source>
        <translation>La base de données contient des données d&apos;une version plus ancienne de StageDesk ; elles sont mises à jour au démarrage de StageDesk sur cette base.</translation>
    </message>
    <message>
        <source>The database was saved by a newer StageDesk. Install the newest StageDesk to use it.</source>
        <translation>La base de données a été enregistrée par une version plus récente de StageDesk. Installez la dernière version de StageDesk pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The database holds tables of another program. Ask for an empty database for StageDesk.</source>
        <translation>La base de données contient les tables d&apos;un autre programme. Demandez une base de données vide pour StageDesk.</translation>
    </message>
    <message>
        <source>Connected to {server}.</source>
        <translation>Connecté à {server}.</translation>
    </message>
    <message>
        <source>StageDesk database (*.sqlite)</source>
        <translation>Base de données StageDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Use another database</source>
        <translation>Utiliser une autre base de données</translation>
    </message>
    <message>
        <source>StageDesk closes and starts again on {}.</source>
        <translation>StageDesk se ferme et redémarre sur {}.</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>You are exploring the demo organisation: made-up people and internships. Your own data is kept apart and is not changed.</source>
        <translation>Vous explorez l&apos;organisation de démonstration : des personnes et des stages fictifs. Vos propres données sont conservées à part et ne sont pas modifiées.</translation>
    </message>
    <message>
        <source>Back to my own data</source>
        <translation>Retour à mes propres données</translation>
    </message>
</context>
<context>
    <name>DemoMaker</name>
    <message>
        <source>Making the demo organisation…</source>
        <translation>Création de l&apos;organisation de démonstration…</translation>
    </message>
    <message>
        <source>Demo organisation</source>
        <translation>Organisation de démonstration</translation>
    </message>
    <message>
        <source>The demo organisation could not be made: {reason}</source>
        <translation>L&apos;organisation de démonstration n&apos;a pas pu être créée : {reason}</translation>
    </message>
</context>
<context>
    <name>DesktopLibraries</name>
    <message>
        <source>StageDesk cannot open its window: this Linux desktop lacks {packages}, which Qt needs to draw windows. Install them once, then start StageDesk again:

    sudo apt-get install {packages}

(On other distributions the packages have similar names.)</source>
        <translation>StageDesk ne peut pas ouvrir sa fenêtre : il manque à ce bureau Linux {packages}, dont Qt a besoin pour dessiner les fenêtres. Installez-les une fois, puis relancez StageDesk :

    sudo apt-get install {packages}

(Sur d&apos;autres distributions, les paquets portent des noms semblables.)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>This record was changed elsewhere after you opened it. Your changes were not saved: undo them to see the newest version, then make them again.</source>
        <translation>Cette fiche a été modifiée ailleurs après son ouverture. Vos modifications n&apos;ont pas été enregistrées : annulez-les pour voir la version la plus récente, puis refaites-les.</translation>
    </message>
    <message>
        <source>This record was deleted elsewhere. Your changes were not saved.</source>
        <translation>Cette fiche a été supprimée ailleurs. Vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written. Nothing was saved; try again in a moment.

Details: {}</source>
        <translation>La base de données est occupée ou ne peut pas être écrite. Rien n&apos;a été enregistré ; réessayez dans un instant.

Détails : {}</translation>
    </message>
    <message>
        <source>The database refused the change. Nothing was saved.

Details: {}</source>
        <translation>La base de données a refusé la modification. Rien n&apos;a été enregistré.

Détails : {}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete {}? This cannot be undone.</source>
        <translation>Supprimer {} ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>{} is still used by other records, so it cannot be deleted:

{}</source>
        <translation>{} est encore utilisé par d&apos;autres fiches et ne peut donc pas être supprimé :

{}</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>School contacts</source>
        <translation>Contacts des établissements</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Missions de stage</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Follow-up entries</source>
        <translation>Entrées de suivi</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Filled-in forms</source>
        <translation>Formulaires remplis</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet. Save them?</source>
        <translation>Certaines modifications ne sont pas encore enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>File not added</source>
        <translation>Fichier non ajouté</translation>
    </message>
    <message>
        <source>StageDesk could not copy {file}. Nothing was added.

Details: {detail}</source>
        <translation>StageDesk n&apos;a pas pu copier {file}. Rien n&apos;a été ajouté.

Détails : {detail}</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Type of document</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Make the info sheet</source>
        <translation>Créer la fiche d&apos;information</translation>
    </message>
    <message>
        <source>All key facts on one page, kept here as a PDF</source>
        <translation>Toutes les informations clés sur une page, conservées ici en PDF</translation>
    </message>
    <message>
        <source>Make the dossier</source>
        <translation>Créer le dossier</translation>
    </message>
    <message>
        <source>Info sheet, checklists, interview, follow-up and surveys in one PDF</source>
        <translation>Fiche d&apos;information, check-lists, entretien, suivi et enquêtes de satisfaction dans un seul PDF</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <source>Info sheet</source>
        <translation>Fiche d&apos;information</translation>
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
        <translation>Effacer {name}</translation>
    </message>
    <message>
        <source>Everything that says who {name} is will be removed from StageDesk for good. What the reports count stays, without their name. This cannot be undone.</source>
        <translation>Tout ce qui permet d&apos;identifier {name} sera définitivement supprimé de StageDesk. Ce que comptent les rapports est conservé, sans le nom. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Removed for good</source>
        <translation>Supprimé définitivement</translation>
    </message>
    <message>
        <source>Kept, anonymous</source>
        <translation>Conservé, anonyme</translation>
    </message>
    <message>
        <source>To confirm, type the name: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Pour confirmer, tapez le nom : &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name, to confirm</source>
        <translation>Nom, pour confirmer</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
</context>
<context>
    <name>ExportingPage</name>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>This report has no PDF version.</source>
        <translation>Ce rapport n&apos;a pas de version PDF.</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation>Cette organisation</translation>
    </message>
    <message>
        <source>Reading the other files…</source>
        <translation>Lecture des autres fichiers…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>Enregistré sous {name}</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n&apos;a pas pu être écrit : {reason}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Language for forms</source>
        <translation>Langue des formulaires</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>For example: nl, fr, en</source>
        <translation>Par exemple : nl, fr, en</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Études</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Target groups (self-declared, only with consent)</source>
        <translation>Groupes cibles (auto-déclarés, uniquement avec consentement)</translation>
    </message>
    <message>
        <source>Consent recorded on</source>
        <translation>Consentement enregistré le</translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation>Origine migratoire</translation>
    </message>
    <message>
        <source>Disability or chronic illness</source>
        <translation>Handicap ou maladie chronique</translation>
    </message>
    <message>
        <source>Other target group</source>
        <translation>Autre groupe cible</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Mission de stage</translation>
    </message>
    <message>
        <source>Leave empty for a spontaneous application.</source>
        <translation>Laissez vide pour une candidature spontanée.</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Introduite le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Qui et où</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Maître de stage</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>Superviseur de l&apos;école</translation>
    </message>
    <message>
        <source>Kind and time</source>
        <translation>Type et durée</translation>
    </message>
    <message>
        <source>Kind of internship</source>
        <translation>Type de stage</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Jours par semaine</translation>
    </message>
    <message>
        <source>Hours in total</source>
        <translation>Heures au total</translation>
    </message>
    <message>
        <source>Telework allowed</source>
        <translation>Télétravail autorisé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Rémunéré</translation>
    </message>
    <message>
        <source>Allowance (EUR per month)</source>
        <translation>Indemnité (EUR par mois)</translation>
    </message>
    <message>
        <source>Why unpaid</source>
        <translation>Pourquoi non rémunéré</translation>
    </message>
    <message>
        <source>Progress and outcome</source>
        <translation>Déroulement et résultat</translation>
    </message>
    <message>
        <source>Why stopped early</source>
        <translation>Motif de l&apos;arrêt anticipé</translation>
    </message>
    <message>
        <source>Stopped by</source>
        <translation>Arrêté par</translation>
    </message>
    <message>
        <source>Hired later</source>
        <translation>Engagé par la suite</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Engagé le</translation>
    </message>
    <message>
        <source>Function when hired</source>
        <translation>Fonction à l&apos;engagement</translation>
    </message>
    <message>
        <source>Hired on a contract</source>
        <translation>Engagé sous contrat</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>Titre ou fonction</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Type de travail</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Profile wanted</source>
        <translation>Profil recherché</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Study programme</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Period and guidance</source>
        <translation>Période et encadrement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Still hosts interns</source>
        <translation>Accueille encore des stagiaires</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>In the organisation</source>
        <translation>Dans l&apos;organisation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Internship coordinator</source>
        <translation>Coordinateur de stages</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>Chef de service</translation>
    </message>
    <message>
        <source>Still works here</source>
        <translation>Travaille encore ici</translation>
    </message>
    <message>
        <source>School or partner</source>
        <translation>Établissement ou partenaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>For example: internship supervisor</source>
        <translation>Par exemple : superviseur de stage</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <source>Main language</source>
        <translation>Langue principale</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{target} is a folder.</source>
        <translation>{target} est un dossier.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to: {reason}</source>
        <translation>Impossible d&apos;écrire dans le dossier {folder} : {reason}</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Welcome! The Steps page shows where to begin.</source>
        <translation>Bienvenue ! La page Étapes indique par où commencer.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>StageDesk: first start</source>
        <translation>StageDesk : premier démarrage</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Your organisation could not be saved: {reason}</source>
        <translation>Votre organisation n&apos;a pas pu être enregistrée : {reason}</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Add to follow-up</source>
        <translation>Ajouter au suivi</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Feedback rules…</source>
        <translation>Règles du feedback…</translation>
    </message>
    <message>
        <source>The 10 golden rules for giving feedback</source>
        <translation>10 règles d&apos;or du feedback</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>this follow-up entry</source>
        <translation>cette entrée de suivi</translation>
    </message>
</context>
<context>
    <name>FormDefinition</name>
    <message>
        <source>{key} is missing</source>
        <translation>{key} manque</translation>
    </message>
    <message>
        <source>{key} must be a text in Dutch, French and English: {{ nl = …, fr = …, en = … }}</source>
        <translation>{key} doit être un texte en néerlandais, en français et en anglais : {{ nl = …, fr = …, en = … }}</translation>
    </message>
    <message>
        <source>{key} has no {language} text</source>
        <translation>{key} n&apos;a pas de texte en {language}</translation>
    </message>
    <message>
        <source>{key} is {value!r}; it must be one of: {allowed}</source>
        <translation>{key} vaut {value!r} ; la valeur doit être l&apos;une de : {allowed}</translation>
    </message>
    <message>
        <source>{key} {value!r} must be lowercase letters, digits and _</source>
        <translation>{key} {value!r} ne peut contenir que des minuscules, des chiffres et _</translation>
    </message>
    <message>
        <source>the id {value!r} is used twice</source>
        <translation>l&apos;id {value!r} est utilisé deux fois</translation>
    </message>
    <message>
        <source>{key} must be a whole number</source>
        <translation>{key} doit être un nombre entier</translation>
    </message>
    <message>
        <source>{key} must be a list</source>
        <translation>{key} doit être une liste</translation>
    </message>
    <message>
        <source>{key} may not be empty</source>
        <translation>{key} ne peut pas être vide</translation>
    </message>
    <message>
        <source>this is not valid TOML: {value}</source>
        <translation>ce n&apos;est pas du TOML valide : {value}</translation>
    </message>
    <message>
        <source>the file cannot be read: {value}</source>
        <translation>le fichier ne peut pas être lu : {value}</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Responsible: {}</source>
        <translation>Responsable : {}</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>&amp;Language of the form:</source>
        <translation>&amp;Langue du formulaire :</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the answers (Ctrl+S); a draft stays a draft</source>
        <translation>Enregistrer les réponses (Ctrl+S) ; un brouillon reste un brouillon</translation>
    </message>
    <message>
        <source>&amp;Mark as complete</source>
        <translation>&amp;Marquer comme terminé</translation>
    </message>
    <message>
        <source>Save and mark complete: needs every * field</source>
        <translation>Enregistrer et marquer comme terminé : chaque champ * doit être rempli</translation>
    </message>
    <message>
        <source>* needed to complete the form</source>
        <translation>* requis pour terminer le formulaire</translation>
    </message>
    <message>
        <source>Completed on {}</source>
        <translation>Terminé le {}</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>“{value}” is not a date: write it as dd/mm/yyyy, e.g. 15/09/2024.</source>
        <translation>« {value} » n&apos;est pas une date : écrivez-la sous la forme jj/mm/aaaa, p. ex. 15/09/2024.</translation>
    </message>
    <message>
        <source>“{value}” is a day that does not exist.</source>
        <translation>« {value} » est un jour qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The number {value} stands where a date belongs: format the cell as a date or write dd/mm/yyyy.</source>
        <translation>Le nombre {value} se trouve à la place d&apos;une date : mettez la cellule au format date ou écrivez jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>« {value} » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>This text is longer than {limit} characters.</source>
        <translation>Ce texte dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>The cell shows {error}: its formula failed. Correct the formula in the workbook, or type the value itself.</source>
        <translation>La cellule affiche {error} : sa formule a échoué. Corrigez la formule dans le classeur, ou tapez la valeur elle-même.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount in euro.</source>
        <translation>« {value} » n&apos;est pas un montant en euros.</translation>
    </message>
    <message>
        <source>“{value}” is a month or a year, not a day: write the day, as dd/mm/yyyy.</source>
        <translation>« {value} » est un mois ou une année, pas un jour : écrivez le jour, en jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>{who} was changed in StageDesk since the list was checked. Check it again.</source>
        <translation>{who} a été modifié dans StageDesk depuis la vérification de la liste. Vérifiez-la à nouveau.</translation>
    </message>
    <message>
        <source>Passed over: a totals row or a heading, about no one (“{text}”).</source>
        <translation>Ignorée : une ligne de totaux ou un intertitre, qui ne concerne personne (« {text} »).</translation>
    </message>
    <message>
        <source>Row {row} gives {name} another date of birth ({other}): one of the two rows is wrong.</source>
        <translation>La ligne {row} donne à {name} une autre date de naissance ({other}) : l&apos;une des deux lignes est fausse.</translation>
    </message>
    <message>
        <source>The list has no column for: {columns}. Match a column to each by hand.</source>
        <translation>La liste n&apos;a pas de colonne pour : {columns}. Associez une colonne à chacun manuellement.</translation>
    </message>
    <message>
        <source>More than one column of the list is matched to: {columns}.</source>
        <translation>Plusieurs colonnes de la liste sont associées à : {columns}.</translation>
    </message>
    <message>
        <source>The database changed since the list was checked. Check it again.</source>
        <translation>La base de données a changé depuis la vérification de la liste. Vérifiez-la à nouveau.</translation>
    </message>
    <message>
        <source>“{function}” ({unit}) has another requirements text here than in row {row}: both are kept, each with its year.</source>
        <translation>« {function} » ({unit}) a ici un autre texte d&apos;exigences qu&apos;à la ligne {row} : les deux sont conservés, chacun avec son année.</translation>
    </message>
    <message>
        <source>{name} already has an internship from {start} to {end} over these dates.</source>
        <translation>{name} a déjà un stage du {start} au {end} sur ces dates.</translation>
    </message>
    <message>
        <source>This column must be filled in.</source>
        <translation>Cette colonne doit être remplie.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>« {value} » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>“{value}” is not known here. Use one of: {words}.</source>
        <translation>« {value} » n&apos;est pas connu ici. Utilisez l&apos;un de ces termes : {words}.</translation>
    </message>
    <message>
        <source>An internship (status “{status}”) needs a start date and an end date.</source>
        <translation>Un stage (statut « {status} ») nécessite une date de début et une date de fin.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
    <message>
        <source>Hours per week must be from 1 to 60.</source>
        <translation>Les heures par semaine doivent être comprises entre 1 et 60.</translation>
    </message>
    <message>
        <source>Hours in total must be from 1 to {most} (a year of full weeks).</source>
        <translation>Les heures au total doivent être comprises entre 1 et {most} (une année de semaines complètes).</translation>
    </message>
    <message>
        <source>No kind of internship given: “other” is used.</source>
        <translation>Aucun type de stage indiqué : « autre » est utilisé.</translation>
    </message>
    <message>
        <source>A programme without a school is not imported.</source>
        <translation>Une formation sans établissement n&apos;est pas importée.</translation>
    </message>
    <message>
        <source>The dates are not used: with status “{status}” the row is an application only.</source>
        <translation>Les dates ne sont pas utilisées : avec le statut « {status} », la ligne n&apos;est qu&apos;une candidature.</translation>
    </message>
    <message>
        <source>“Hired later” is not used: the row is not an internship.</source>
        <translation>« Engagé par la suite » n&apos;est pas utilisé : la ligne n&apos;est pas un stage.</translation>
    </message>
    <message>
        <source>Days per week must be from 1 to 7.</source>
        <translation>Les jours par semaine vont de 1 à 7.</translation>
    </message>
    <message>
        <source>The row says the internship was not paid, and gives an allowance of {amount}.</source>
        <translation>La ligne dit que le stage n&apos;était pas rémunéré, et donne une indemnité de {amount}.</translation>
    </message>
    <message>
        <source>“{value}” gives the month, not the day: read as {day}.</source>
        <translation>« {value} » donne le mois, pas le jour : lu comme le {day}.</translation>
    </message>
    <message>
        <source>This date of birth gives an age of {age} years.</source>
        <translation>Cette date de naissance donne un âge de {age} ans.</translation>
    </message>
    <message>
        <source>The file {file} does not exist or cannot be read.</source>
        <translation>Le fichier {file} n&apos;existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>{file} is protected by a password or damaged. Open it in Excel and save it without a password as an Excel workbook (.xlsx).</source>
        <translation>{file} est protégé par un mot de passe ou endommagé. Ouvrez-le dans Excel et enregistrez-le sans mot de passe comme classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is damaged or is not an Excel workbook: it cannot be read.</source>
        <translation>{file} est endommagé ou n&apos;est pas un classeur Excel : il ne peut pas être lu.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet. Choose an Excel workbook (.xlsx or .xls), an OpenDocument sheet (.ods) or a CSV file.</source>
        <translation>{file} n&apos;est pas une feuille de calcul. Choisissez un classeur Excel (.xlsx ou .xls), une feuille OpenDocument (.ods) ou un fichier CSV.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {megabytes} MB: too big for an import list.</source>
        <translation>{file} dépasse {megabytes} Mo une fois décompressé : trop volumineux pour une liste d&apos;import.</translation>
    </message>
    <message>
        <source>The sheet in {file} reaches row {rows} and column {columns}: far beyond a list. Delete what lies outside the list, or copy the list into a new workbook, and import that.</source>
        <translation>La feuille de {file} s&apos;étend jusqu&apos;à la ligne {rows} et la colonne {columns} : bien au-delà d&apos;une liste. Supprimez ce qui se trouve hors de la liste, ou copiez la liste dans un nouveau classeur et importez celui-ci.</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB: too big for an import list.</source>
        <translation>{file} dépasse {megabytes} Mo : trop volumineux pour une liste d&apos;import.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a list: a cell holds more than {limit} characters, or a quotation mark is never closed.</source>
        <translation>{file} ne peut pas être lu comme une liste : une cellule contient plus de {limit} caractères, ou un guillemet n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>The sheet in {file} is empty: there is no header row.</source>
        <translation>La feuille de {file} est vide : il n&apos;y a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The sheet in {file} has a header row but no rows below it.</source>
        <translation>La feuille de {file} a une ligne d&apos;en-tête, mais aucune ligne en dessous.</translation>
    </message>
    <message>
        <source>Row {row} of {file} is empty: it cannot be the header row. Choose another.</source>
        <translation>La ligne {row} de {file} est vide : elle ne peut pas être la ligne d&apos;en-tête. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows. Split it into smaller lists and import each.</source>
        <translation>{file} compte plus de {limit} lignes. Divisez-le en listes plus petites et importez-les une à une.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file, save it and click Check again. Nothing is imported until every row is right.</source>
        <translation>
            <numerusform>%n erreur : corrigez le fichier, enregistrez-le et cliquez à nouveau sur Vérifier. Rien n&apos;est importé tant que chaque ligne n&apos;est pas correcte.</numerusform>
            <numerusform>%n erreurs : corrigez le fichier, enregistrez-le et cliquez à nouveau sur Vérifier. Rien n&apos;est importé tant que chaque ligne n&apos;est pas correcte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): those rows are imported as the message says.</source>
        <translation>
            <numerusform>%n avertissement : ces lignes sont importées comme l&apos;indique le message.</numerusform>
            <numerusform>%n avertissements : ces lignes sont importées comme l&apos;indique le message.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>{column} (not in the list)</source>
        <translation>{column} (absente de la liste)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s)</source>
        <translation>
            <numerusform>%n établissement</numerusform>
            <numerusform>%n établissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n formation</numerusform>
            <numerusform>%n formations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%n maître de stage</numerusform>
            <numerusform>%n maîtres de stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies)</source>
        <translation>
            <numerusform>%n mission de stage</numerusform>
            <numerusform>%n missions de stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requirements text(s) with its year</source>
        <translation>
            <numerusform>%n texte d&apos;exigences avec son année</numerusform>
            <numerusform>%n textes d&apos;exigences avec leur année</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidat</numerusform>
            <numerusform>%n candidats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n candidature</numerusform>
            <numerusform>%n candidatures</numerusform>
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
            <numerusform>%n ligne déjà présente dans StageDesk : rien n&apos;est créé pour elle.</numerusform>
            <numerusform>%n lignes déjà présentes dans StageDesk : rien n&apos;est créé pour elles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read from the list.</source>
        <translation>
            <numerusform>%n ligne lue dans la liste.</numerusform>
            <numerusform>%n lignes lues dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing creates nothing new.</source>
        <translation>L&apos;import ne crée rien de nouveau.</translation>
    </message>
    <message>
        <source>The rows without errors would create: {}.</source>
        <translation>Les lignes sans erreur créeraient : {}.</translation>
    </message>
    <message>
        <source>Importing creates: {}.</source>
        <translation>L&apos;import crée : {}.</translation>
    </message>
    <message numerus="yes">
        <source>The list says something else about %n field(s) of records already in StageDesk: tick below the changes to make.</source>
        <translation>
            <numerusform>La liste dit autre chose sur %n champ de fiches déjà dans StageDesk : cochez ci-dessous les modifications à faire.</numerusform>
            <numerusform>La liste dit autre chose sur %n champs de fiches déjà dans StageDesk : cochez ci-dessous les modifications à faire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n as they are</source>
        <translation>
            <numerusform>%n telle quelle</numerusform>
            <numerusform>%n telles quelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a word you explained</source>
        <translation>
            <numerusform>%n avec un mot que vous avez expliqué</numerusform>
            <numerusform>%n avec un mot que vous avez expliqué</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with text kept in the notes</source>
        <translation>
            <numerusform>%n avec du texte gardé dans les notes</numerusform>
            <numerusform>%n avec du texte gardé dans les notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed over (totals, headings)</source>
        <translation>
            <numerusform>%n ignorée (totaux, intertitres)</numerusform>
            <numerusform>%n ignorées (totaux, intertitres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: {counts}.</source>
        <translation>Lignes : {counts}.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <source>Imported from {file}: {made}.</source>
        <translation>Importé depuis {file} : {made}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Filled-in forms</source>
        <translation>Formulaires remplis</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Apply the ticked forms</source>
        <translation>Appliquer les formulaires cochés</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be read; left as it was</source>
        <translation>illisible ; laissé tel quel</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) with changes</source>
        <translation>
            <numerusform>%n formulaire avec des modifications</numerusform>
            <numerusform>%n formulaires avec des modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be used</source>
        <translation>
            <numerusform>%n fichier inutilisable</numerusform>
            <numerusform>%n fichiers inutilisables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) applied.</source>
        <translation>
            <numerusform>%n formulaire appliqué.</numerusform>
            <numerusform>%n formulaires appliqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation>Non appliqués :</translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <source>Import a list — {file}</source>
        <translation>Importer une liste — {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>&amp;Modèle…</translation>
    </message>
    <message>
        <source>The empty list, with a sheet for each column</source>
        <translation>La liste vide, avec une feuille par colonne</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the &amp;rest…</source>
        <translation>Importer le &amp;reste…</translation>
    </message>
    <message>
        <source>Import the rows without an error; leave the others out</source>
        <translation>Importer les lignes sans erreur ; laisser les autres de côté</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>1. Columns</source>
        <translation>1. Colonnes</translation>
    </message>
    <message>
        <source>2. Preview</source>
        <translation>2. Aperçu</translation>
    </message>
    <message>
        <source>3. Import</source>
        <translation>3. Import</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import annulé : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation>Une erreur s&apos;est produite : {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This list cannot be imported</source>
        <translation>Cette liste ne peut pas être importée</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) on the sheet “{sheet}”</source>
        <translation>
            <numerusform>%n ligne sur la feuille « {sheet} »</numerusform>
            <numerusform>%n lignes sur la feuille « {sheet} »</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>List imported</source>
        <translation>Liste importée</translation>
    </message>
    <message>
        <source>Nothing was imported. Click Check again.</source>
        <translation>Rien n&apos;a été importé. Cliquez à nouveau sur Vérifier.</translation>
    </message>
    <message>
        <source>The list was not imported</source>
        <translation>La liste n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Template saved as {file}</source>
        <translation>Modèle enregistré sous {file}</translation>
    </message>
    <message>
        <source>Save the problems as</source>
        <translation>Enregistrer les problèmes sous</translation>
    </message>
    <message>
        <source>{name} - problems</source>
        <translation>{name} - problèmes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Saving the problems…</source>
        <translation>Enregistrement des problèmes…</translation>
    </message>
    <message>
        <source>Save the refused rows as</source>
        <translation>Enregistrer les lignes refusées sous</translation>
    </message>
    <message>
        <source>{name} - refused rows</source>
        <translation>{name} - lignes refusées</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <source>Saving the refused rows…</source>
        <translation>Enregistrement des lignes refusées…</translation>
    </message>
    <message>
        <source>Save the words as</source>
        <translation>Enregistrer les mots sous</translation>
    </message>
    <message>
        <source>{name} - words</source>
        <translation>{name} - mots</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Mot</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Saving the words…</source>
        <translation>Enregistrement des mots…</translation>
    </message>
    <message>
        <source>The file could not be written: {}</source>
        <translation>Le fichier n&apos;a pas pu être enregistré : {}</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Enregistré sous {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with an error are left out and not imported. Save the problems first to correct those rows and import them later. Import the other rows now?</source>
        <translation>
            <numerusform>%n ligne avec une erreur est laissée de côté et n&apos;est pas importée. Enregistrez d&apos;abord les problèmes pour la corriger et l&apos;importer plus tard. Importer les autres lignes maintenant ?</numerusform>
            <numerusform>%n lignes avec une erreur sont laissées de côté et ne sont pas importées. Enregistrez d&apos;abord les problèmes pour les corriger et les importer plus tard. Importer les autres lignes maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the rest</source>
        <translation>Importer le reste</translation>
    </message>
    <message>
        <source>Row {row}: {text}</source>
        <translation>Ligne {row} : {text}</translation>
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
        <translation>Les dates, points de check-list et évaluations de ce stage sous forme de fichier .ics</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Check-lists</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>New internship</source>
        <translation>Nouveau stage</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Maître de stage</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>KeptFiles</name>
    <message>
        <source>{file} is a StageDesk database: writing over it would destroy its records. Choose another file.</source>
        <translation>{file} est une base de données StageDesk : l&apos;écraser détruirait ses données. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>{file} belongs to the database {database} (its journal, lock or safety copy). Choose another file.</source>
        <translation>{file} appartient à la base de données {database} (son journal, son verrou ou une copie de sécurité). Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>{file} is in {folder}, where StageDesk keeps its own files. Choose another folder.</source>
        <translation>{file} se trouve dans {folder}, où StageDesk garde ses propres fichiers. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of StageDesk</source>
        <translation>Langue de StageDesk</translation>
    </message>
    <message>
        <source>Menus, buttons and messages; forms follow their reader</source>
        <translation>Menus, boutons et messages ; les formulaires suivent leur lecteur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to StageDesk</source>
        <translation>Bienvenue dans StageDesk</translation>
    </message>
    <message>
        <source>Choose your language. You can change it later in Settings.</source>
        <translation>Choisissez votre langue. Vous pourrez la modifier plus tard dans Paramètres.</translation>
    </message>
</context>
<context>
    <name>ListImport</name>
    <message>
        <source>Import a list of interns</source>
        <translation>Importer une liste de stagiaires</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Feuilles de calcul (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Save the empty import list</source>
        <translation>Enregistrer la liste d&apos;import vide</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} n&apos;a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <source>Template saved as {file}</source>
        <translation>Modèle enregistré sous {file}</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>{path} is already open in StageDesk: {user} on {host}, since {since}.</source>
        <translation>{path} est déjà ouvert dans StageDesk : {user} sur {host}, depuis {since}.</translation>
    </message>
    <message>
        <source>{path} is open in StageDesk on another computer: {user} on {host}, since {since}. If that computer crashed or StageDesk was not closed there, you may take the database over. If StageDesk is still open there, changes made there may be lost.</source>
        <translation>{path} est ouvert dans StageDesk sur un autre ordinateur : {user} sur {host}, depuis {since}. Si cet ordinateur a planté ou si StageDesk n&apos;y a pas été fermé, vous pouvez reprendre la base de données. Si StageDesk y est encore ouvert, les modifications faites là-bas risquent d&apos;être perdues.</translation>
    </message>
</context>
<context>
    <name>LogoBox</name>
    <message>
        <source>The file cannot be read: {}</source>
        <translation>Le fichier ne peut pas être lu : {}</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image.</source>
        <translation>Choisissez une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The logo may be at most 2 MB.</source>
        <translation>Le logo ne peut pas dépasser 2 Mo.</translation>
    </message>
    <message>
        <source>Logo on every PDF</source>
        <translation>Logo sur chaque PDF</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Supprimer le logo</translation>
    </message>
    <message>
        <source>No logo yet.</source>
        <translation>Pas encore de logo.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
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
        <translation>Il n&apos;y a pas de stage {internship}.</translation>
    </message>
    <message>
        <source>This internship has no mentor: choose one in its details first.</source>
        <translation>Ce stage n&apos;a pas de maître de stage : choisissez-en d&apos;abord un dans ses détails.</translation>
    </message>
    <message>
        <source>This internship has no school supervisor: choose one in its details first.</source>
        <translation>Ce stage n&apos;a pas de superviseur de l&apos;école : choisissez-en d&apos;abord un dans ses détails.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address: add it to their record first.</source>
        <translation>{name} n&apos;a pas d&apos;adresse e-mail : ajoutez-la d&apos;abord à sa fiche.</translation>
    </message>
    <message>
        <source>The e-mail address of {name} ({address}) is not valid: correct it first.</source>
        <translation>L&apos;adresse e-mail de {name} ({address}) n&apos;est pas valide : corrigez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, which StageDesk does not know. Placeholders it knows: {known}.</source>
        <translation>Le modèle utilise {placeholder}, que StageDesk ne connaît pas. Champs connus : {known}.</translation>
    </message>
    <message>
        <source>The template has a brace that is not part of a placeholder. Placeholders are written like {example}; write two braces for a brace itself.</source>
        <translation>Le modèle contient une accolade qui ne fait pas partie d&apos;un champ. Les champs s&apos;écrivent comme {example} ; écrivez deux accolades pour une accolade seule.</translation>
    </message>
    <message>
        <source>A mailto: link cannot carry an attachment: open the mail in the mail program instead.</source>
        <translation>Un lien mailto: ne peut pas contenir de pièce jointe : ouvrez plutôt le message dans le programme de messagerie.</translation>
    </message>
    <message>
        <source>This mail is too long for a mailto: link ({length} characters, at most {limit}): open it in the mail program instead.</source>
        <translation>Ce message est trop long pour un lien mailto: ({length} caractères, au plus {limit}) : ouvrez-le plutôt dans le programme de messagerie.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but this internship has no mentor.</source>
        <translation>Le modèle utilise {placeholder}, mais ce stage n&apos;a pas de maître de stage.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but the mentor has no e-mail address.</source>
        <translation>Le modèle utilise {placeholder}, mais le maître de stage n&apos;a pas d&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but this internship has no backup.</source>
        <translation>Le modèle utilise {placeholder}, mais ce stage n&apos;a pas de suppléant.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but this internship has no school supervisor.</source>
        <translation>Le modèle utilise {placeholder}, mais ce stage n&apos;a pas de superviseur de l&apos;école.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but this internship has no school.</source>
        <translation>Le modèle utilise {placeholder}, mais ce stage n&apos;a pas d&apos;établissement.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but no active staff member is marked as coordinator.</source>
        <translation>Le modèle utilise {placeholder}, mais aucun collaborateur actif n&apos;est désigné comme coordinateur de stages.</translation>
    </message>
    <message>
        <source>The template uses {placeholder}, but the organisation&apos;s name is not filled in (Settings).</source>
        <translation>Le modèle utilise {placeholder}, mais le nom de l&apos;organisation n&apos;est pas renseigné (Paramètres).</translation>
    </message>
    <message>
        <source>Practical information for the intern</source>
        <translation>Informations pratiques pour le stagiaire</translation>
    </message>
    <message>
        <source>Survey for the intern</source>
        <translation>Questionnaire pour le stagiaire</translation>
    </message>
    <message>
        <source>Survey for the mentor</source>
        <translation>Questionnaire pour le maître de stage</translation>
    </message>
    <message>
        <source>Thanks to the school supervisor</source>
        <translation>Remerciements au superviseur de l&apos;école</translation>
    </message>
    <message>
        <source>the intern&apos;s first name</source>
        <translation>le prénom du stagiaire</translation>
    </message>
    <message>
        <source>the intern&apos;s full name</source>
        <translation>le nom complet du stagiaire</translation>
    </message>
    <message>
        <source>the mentor&apos;s first name</source>
        <translation>le prénom du maître de stage</translation>
    </message>
    <message>
        <source>the mentor&apos;s full name</source>
        <translation>le nom complet du maître de stage</translation>
    </message>
    <message>
        <source>the mentor&apos;s e-mail address</source>
        <translation>l&apos;adresse e-mail du maître de stage</translation>
    </message>
    <message>
        <source>the backup&apos;s name</source>
        <translation>le nom du suppléant</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>le service</translation>
    </message>
    <message>
        <source>the first day (dd/mm/yyyy)</source>
        <translation>le premier jour (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>the last day (dd/mm/yyyy)</source>
        <translation>le dernier jour (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>your organisation&apos;s name</source>
        <translation>le nom de votre organisation</translation>
    </message>
    <message>
        <source>the coordinator&apos;s name</source>
        <translation>le nom du coordinateur de stages</translation>
    </message>
    <message>
        <source>the school supervisor&apos;s name</source>
        <translation>le nom du superviseur de l&apos;école</translation>
    </message>
    <message>
        <source>the school</source>
        <translation>l&apos;établissement</translation>
    </message>
    <message>
        <source>No mail</source>
        <translation>Pas de message</translation>
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
        <translation>Écrire un message au stagiaire, au maître de stage ou à l&apos;établissement</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Changing the language fills in the text again</source>
        <translation>Changer de langue remplit à nouveau le texte</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Pièce jointe :</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>&amp;Ouvrir dans le programme de messagerie</translation>
    </message>
    <message>
        <source>A new mail, ready to send, in Outlook or Thunderbird</source>
        <translation>Un nouveau message, prêt à être envoyé, dans Outlook ou Thunderbird</translation>
    </message>
    <message>
        <source>Open as &amp;mailto: link</source>
        <translation>Ouvrir comme lien &amp;mailto:</translation>
    </message>
    <message>
        <source>For a mail program that does not open .eml files</source>
        <translation>Pour un programme de messagerie qui n&apos;ouvre pas les fichiers .eml</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>the account your mail program sends from</source>
        <translation>le compte d&apos;envoi de votre programme de messagerie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No mail</source>
        <translation>Pas de message</translation>
    </message>
    <message>
        <source>Mail saved</source>
        <translation>Message enregistré</translation>
    </message>
    <message>
        <source>No program on this computer opens .eml files. The mail is saved as {path}: open it from your mail program.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre les fichiers .eml. Le message est enregistré sous {path} : ouvrez-le depuis votre programme de messagerie.</translation>
    </message>
    <message>
        <source>No mailto: link</source>
        <translation>Pas de lien mailto:</translation>
    </message>
    <message>
        <source>Save the mail</source>
        <translation>Enregistrer le message</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <source>Mail not saved</source>
        <translation>Message non enregistré</translation>
    </message>
    <message>
        <source>StageDesk could not write {path}.

Details: {detail}</source>
        <translation>StageDesk n&apos;a pas pu enregistrer {path}.

Détails : {detail}</translation>
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
        <translation>Langue</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Double-click to put it in the text</source>
        <translation>Double-cliquez pour l&apos;insérer dans le texte</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Rétablir le texte par défaut</translation>
    </message>
    <message>
        <source>Save &amp;template</source>
        <translation>Enregistrer le &amp;modèle</translation>
    </message>
    <message>
        <source>Mail:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Placeholders, filled in for each internship:</source>
        <translation>Champs, remplis pour chaque stage :</translation>
    </message>
    <message>
        <source>The mails StageDesk writes for an internship (its E-mail button), in Dutch, French and English. Your changes are used for every internship; “Reset to default” brings back StageDesk&apos;s own text.</source>
        <translation>Les messages que StageDesk rédige pour un stage (son bouton E-mail), en néerlandais, français et anglais. Vos modifications valent pour chaque stage ; « Rétablir le texte par défaut » remet le texte d&apos;origine de StageDesk.</translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation>Votre propre texte</translation>
    </message>
    <message>
        <source>The default text</source>
        <translation>Le texte par défaut</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <source>StageDesk could not write the template.

Details: {}</source>
        <translation>StageDesk n&apos;a pas pu enregistrer le modèle.

Détails : {}</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Rétablir le texte par défaut</translation>
    </message>
    <message>
        <source>Replace your own text of this mail by the default text?</source>
        <translation>Remplacer votre propre texte de ce message par le texte par défaut ?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>StageDesk — Demo organisation — {location}</source>
        <translation>StageDesk — Organisation de démonstration — {location}</translation>
    </message>
    <message>
        <source>Demo organisation: not your own data</source>
        <translation>Organisation de démonstration : pas vos propres données</translation>
    </message>
    <message>
        <source>StageDesk — {location}</source>
        <translation>StageDesk — {location}</translation>
    </message>
    <message numerus="yes">
        <source>%n form definition(s) of your own could not be used</source>
        <translation>
            <numerusform>%n définition de formulaire personnalisée n&apos;a pas pu être utilisée</numerusform>
            <numerusform>%n définitions de formulaire personnalisées n&apos;ont pas pu être utilisées</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Print forms…</source>
        <translation>Imprimer des formulaires…</translation>
    </message>
    <message>
        <source>Print a form for many internships at once (Ctrl+P)</source>
        <translation>Imprimer un formulaire pour plusieurs stages à la fois (Ctrl+P)</translation>
    </message>
    <message>
        <source>No form has this code.</source>
        <translation>Aucun formulaire n&apos;a ce code.</translation>
    </message>
</context>
<context>
    <name>NeedsAnalysisPage</name>
    <message>
        <source>Unit</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>New needs analysis</source>
        <translation>Nouvelle analyse des besoins</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Make it an opportunity</source>
        <translation>Transformer en mission de stage</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>Add a unit first (People &amp; units).</source>
        <translation>Ajoutez d&apos;abord un service (Personnes &amp; services).</translation>
    </message>
    <message>
        <source>Select a needs analysis first.</source>
        <translation>Sélectionnez d&apos;abord une analyse des besoins.</translation>
    </message>
    <message>
        <source>Give the proposed assignment a title first.</source>
        <translation>Donnez d&apos;abord un titre à la mission proposée.</translation>
    </message>
    <message>
        <source>This proposal is already an opportunity.</source>
        <translation>Cette proposition est déjà une mission de stage.</translation>
    </message>
    <message>
        <source>The proposal is now an opportunity, offered to candidates.</source>
        <translation>La proposition est maintenant une mission de stage, proposée aux candidats.</translation>
    </message>
</context>
<context>
    <name>OneOrNone</name>
    <message>
        <source>Click again to clear the answer</source>
        <translation>Cliquez à nouveau pour effacer la réponse</translation>
    </message>
</context>
<context>
    <name>OpenItemsFilter</name>
    <message>
        <source>N/A</source>
        <comment>not needed, in a narrow column</comment>
        <translation>S.o.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Take the database over?</source>
        <translation>Reprendre la base de données ?</translation>
    </message>
    <message>
        <source>Synced or network folder</source>
        <translation>Dossier synchronisé ou réseau</translation>
    </message>
    <message>
        <source>Where the database is</source>
        <translation>Emplacement de la base de données</translation>
    </message>
</context>
<context>
    <name>OpportunityListAction</name>
    <message>
        <source>List for schools (PDF)</source>
        <translation>Liste pour les établissements (PDF)</translation>
    </message>
    <message>
        <source>The offered opportunities, to send to schools</source>
        <translation>Les missions de stage proposées, à envoyer aux établissements</translation>
    </message>
    <message>
        <source>Internship places.pdf</source>
        <translation>Places de stage.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <source>Its name, address and logo are printed on every PDF.</source>
        <translation>Son nom, son adresse et son logo figurent sur chaque PDF.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo :</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Supprimer le logo</translation>
    </message>
    <message>
        <source>No logo yet: you can add one later.</source>
        <translation>Pas encore de logo : vous pourrez en ajouter un plus tard.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
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
        <translation>Ajouter le fichier d&apos;une autre &amp;organisation…</translation>
    </message>
    <message>
        <source>One annual overview over several StageDesk files (each organisation its own): the files are read, never changed</source>
        <translation>Un seul aperçu annuel sur plusieurs fichiers StageDesk (chaque organisation le sien) : les fichiers sont lus, jamais modifiés</translation>
    </message>
    <message>
        <source>This file only</source>
        <translation>Ce fichier seulement</translation>
    </message>
    <message>
        <source>Another organisation&apos;s StageDesk file</source>
        <translation>Fichier StageDesk d&apos;une autre organisation</translation>
    </message>
    <message>
        <source>StageDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données StageDesk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Also in the annual overview&apos;s workbook: {files}</source>
        <translation>Aussi dans le classeur de l&apos;aperçu annuel : {files}</translation>
    </message>
</context>
<context>
    <name>OutputChoice</name>
    <message>
        <source>&amp;One PDF, ready to print</source>
        <translation>&amp;Un seul PDF, prêt à imprimer</translation>
    </message>
    <message>
        <source>One PDF per internship, in a fol&amp;der</source>
        <translation>Un PDF par stage, dans un &amp;dossier</translation>
    </message>
    <message>
        <source>Fillable forms are saved one file per internship: each file carries its own form code, so the answers it brings back go to the right internship.</source>
        <translation>Les formulaires à remplir sont enregistrés à raison d&apos;un fichier par stage : chaque fichier porte son propre code de formulaire, afin que les réponses qu&apos;il rapporte aillent au bon stage.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Nouveau candidat</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nouvelle candidature</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>New internship</source>
        <translation>Nouveau stage</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Missions de stage</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nouvelle mission de stage</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Nouveau collaborateur</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Nouvel établissement</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nouvelle formation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Needs analyses</source>
        <translation>Analyses des besoins</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>What needs you now: internships about to start or end, checklist items due, surveys to collect and applications waiting for a decision. Double-click a line to open it.</source>
        <translation>Ce qui demande votre attention maintenant : stages sur le point de commencer ou de se terminer, points de check-list à traiter, questionnaires à récupérer et candidatures en attente de décision. Double-cliquez sur une ligne pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The guide&apos;s three step plans: building a policy, coordinating internships and mentoring an intern. Each step takes you to the place in StageDesk and the tool that does it.</source>
        <translation>Les trois plans par étapes du guide : construire une politique de stages, coordonner les stages et encadrer un stagiaire. Chaque étape vous mène à l&apos;endroit de StageDesk et à l&apos;outil qui s&apos;en charge.</translation>
    </message>
    <message>
        <source>The assignments your units can give an intern. Offer one when it is ready: the list for schools shows every offered opportunity.</source>
        <translation>Les missions que vos services peuvent confier à un stagiaire. Proposez-en une dès qu&apos;elle est prête : la liste pour les établissements reprend chaque mission de stage proposée.</translation>
    </message>
    <message>
        <source>Each unit describes what an intern could do there. Turn the proposals that fit your policy into opportunities.</source>
        <translation>Chaque service décrit ce qu&apos;un stagiaire pourrait y faire. Transformez les propositions qui correspondent à votre politique de stages en missions de stage.</translation>
    </message>
    <message>
        <source>Students and job seekers who applied. A candidate keeps their applications and, once accepted, their internships.</source>
        <translation>Étudiants et demandeurs d&apos;emploi qui ont posé leur candidature. Un candidat conserve ses candidatures et, une fois accepté, ses stages.</translation>
    </message>
    <message>
        <source>Each application goes from applied to interviewed to a decision. Its Tools tab holds the interview question set.</source>
        <translation>Chaque candidature passe de déposée à entretien puis à une décision. Son onglet Outils contient la grille d&apos;entretien.</translation>
    </message>
    <message>
        <source>One line per intern&apos;s placement: unit, mentor, school, dates and status. The tabs hold its checklists, documents (the info sheet), follow-up and surveys.</source>
        <translation>Une ligne par placement de stagiaire : service, maître de stage, établissement, dates et statut. Les onglets contiennent ses check-lists, documents (la fiche d&apos;information), suivi et questionnaires.</translation>
    </message>
    <message>
        <source>The schools, training centres and employment services that send you interns, with their contacts and programmes.</source>
        <translation>Les établissements, centres de formation et services de l&apos;emploi qui vous envoient des stagiaires, avec leurs contacts et formations.</translation>
    </message>
    <message>
        <source>The people of your organisation and their roles: coordinator, mentor, backup and unit head.</source>
        <translation>Les personnes de votre organisation et leurs rôles : coordinateur de stages, maître de stage, suppléant et chef de service.</translation>
    </message>
    <message>
        <source>The parts of your organisation that host interns.</source>
        <translation>Les parties de votre organisation qui accueillent des stagiaires.</translation>
    </message>
    <message>
        <source>The figures management and outside questions ask for: interns and applicants per year, duration, kinds, satisfaction. Export them to Excel or PDF.</source>
        <translation>Les chiffres que demandent la direction et les interlocuteurs externes : stagiaires et candidats par année, durée, types, satisfaction. Exportez-les vers Excel ou en PDF.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s name, address and logo (on every PDF), your internship policy and rules, mail templates, backups and where your data is kept.</source>
        <translation>Le nom, l&apos;adresse et le logo de votre organisation (sur chaque PDF), votre politique de stages et votre règlement de stage, les modèles de message, les copies de sauvegarde et l&apos;endroit où vos données sont conservées.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Hide help</source>
        <translation>Masquer l&apos;aide</translation>
    </message>
    <message>
        <source>Hide this line on this page</source>
        <translation>Masquer cette ligne sur cette page</translation>
    </message>
    <message>
        <source>What this page is for</source>
        <translation>À quoi sert cette page</translation>
    </message>
</context>
<context>
    <name>PdfImport</name>
    <message>
        <source>{file} is damaged or is not a PDF file.</source>
        <translation>{file} est endommagé ou n&apos;est pas un fichier PDF.</translation>
    </message>
    <message>
        <source>{file} is protected with a password; save it without protection first.</source>
        <translation>{file} est protégé par un mot de passe ; enregistrez-le d&apos;abord sans protection.</translation>
    </message>
    <message>
        <source>{file} is not a form printed by StageDesk.</source>
        <translation>{file} n&apos;est pas un formulaire imprimé par StageDesk.</translation>
    </message>
    <message>
        <source>{file} belongs to a form that no longer exists in StageDesk.</source>
        <translation>{file} appartient à un formulaire qui n&apos;existe plus dans StageDesk.</translation>
    </message>
    <message>
        <source>{file} was printed from a version of the form StageDesk does not know.</source>
        <translation>{file} a été imprimé à partir d&apos;une version du formulaire que StageDesk ne connaît pas.</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB: far too large for a filled-in form, so it is not read.</source>
        <translation>{file} dépasse {megabytes} Mo : beaucoup trop grand pour un formulaire rempli, il n&apos;est donc pas lu.</translation>
    </message>
    <message>
        <source>{file} is far more complex than a filled-in form (or damaged in a way that makes reading it endless): reading it was stopped.</source>
        <translation>{file} est bien plus complexe qu&apos;un formulaire rempli (ou endommagé au point que sa lecture ne finit pas) : la lecture a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>PdfInBackground</name>
    <message>
        <source>Writing {name}…</source>
        <translation>Création de {name}…</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>Enregistré sous {name}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}</source>
        <translation>{name} n’a pas pu être enregistré : {reason}</translation>
    </message>
</context>
<context>
    <name>PersonExportDialog</name>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Exporter les données de cette personne</translation>
    </message>
    <message>
        <source>Everything StageDesk holds about {name}, for them to read (Excel) or to take along to another program (JSON).</source>
        <translation>Tout ce que StageDesk conserve sur {name}, à lire (Excel) ou à emporter vers un autre programme (JSON).</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <source>Include target-group answers</source>
        <translation>Inclure les réponses sur les groupes cibles</translation>
    </message>
    <message>
        <source>Sensitive data: only when the person asks for them</source>
        <translation>Données sensibles : uniquement si la personne les demande</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}</source>
        <translation>Impossible d&apos;écrire {name} : {reason}</translation>
    </message>
    <message>
        <source>Saved as {name}, in {folder}.</source>
        <translation>Enregistré sous {name}, dans {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>Their documents and mail drafts (%n file(s)) are in the folder {folder}.</source>
        <translation>
            <numerusform>Ses documents et brouillons d&apos;e-mails (%n fichier) se trouvent dans le dossier {folder}.</numerusform>
            <numerusform>Ses documents et brouillons d&apos;e-mails (%n fichiers) se trouvent dans le dossier {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>These files hold personal data.</source>
        <translation>Ces fichiers contiennent des données personnelles.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>{path} is in a folder that {service} keeps in sync. StageDesk works there, but the database must never be open on two computers at once, and a sync conflict can leave two versions of it. Safest: keep the database in a local folder and let its backups go to {service}.</source>
        <translation>{path} se trouve dans un dossier que {service} synchronise. StageDesk y fonctionne, mais la base de données ne doit jamais être ouverte sur deux ordinateurs à la fois, et un conflit de synchronisation peut en laisser deux versions. Le plus sûr : gardez la base de données dans un dossier local et envoyez ses copies de sauvegarde vers {service}.</translation>
    </message>
    <message>
        <source>{path} is on a network drive ({service}). StageDesk uses its safest way of saving there, but if the connection drops while saving, the last change can be lost. Keep backups, and open the database on one computer at a time.</source>
        <translation>{path} se trouve sur un lecteur réseau ({service}). StageDesk y enregistre de la manière la plus sûre, mais si la connexion est coupée pendant l&apos;enregistrement, la dernière modification peut être perdue. Faites des copies de sauvegarde et n&apos;ouvrez la base de données que sur un ordinateur à la fois.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>What the import creates</source>
        <translation>Ce que l&apos;importation crée</translation>
    </message>
    <message>
        <source>Dates are written &amp;month first (mm/dd/yyyy), as American programs do</source>
        <translation>Les dates commencent par le &amp;mois (mm/jj/aaaa), comme les écrivent les programmes américains</translation>
    </message>
    <message>
        <source>StageDesk tells from the dates; tick or untick it when it told wrong</source>
        <translation>StageDesk le déduit des dates ; cochez ou décochez si c&apos;était faux</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Problems in the list</source>
        <translation>Problèmes dans la liste</translation>
    </message>
    <message>
        <source>The chosen problem in full</source>
        <translation>Le problème choisi en entier</translation>
    </message>
    <message>
        <source>&amp;Save problems as…</source>
        <translation>&amp;Enregistrer les problèmes sous…</translation>
    </message>
    <message>
        <source>The problem list as an Excel workbook or CSV file</source>
        <translation>La liste des problèmes sous forme de classeur Excel ou de fichier CSV</translation>
    </message>
    <message>
        <source>Save &amp;refused rows as…</source>
        <translation>Enregistrer les lignes &amp;refusées sous…</translation>
    </message>
    <message>
        <source>The rows with an error as the list has them, and why: correct them in Excel and import that file later</source>
        <translation>Les lignes avec une erreur telles que la liste les contient, et pourquoi : corrigez-les dans Excel et importez ce fichier plus tard</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Read the file again, after you corrected it in Excel, and check it</source>
        <translation>Relire le fichier après l&apos;avoir corrigé dans Excel, et le vérifier</translation>
    </message>
    <message>
        <source>The dates in {columns} are written month first (mm/dd/yyyy): read that way.</source>
        <translation>Les dates de {columns} commencent par le mois (mm/jj/aaaa) : lues ainsi.</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problèmes (%n)</numerusform>
            <numerusform>Problèmes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Ligne {row}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print forms</source>
        <translation>Imprimer des formulaires</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formulaire :</translation>
    </message>
    <message>
        <source>Internships:</source>
        <translation>Stages :</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous :</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>&amp;Blank</source>
        <translation>&amp;Vierge</translation>
    </message>
    <message>
        <source>Pre-f&amp;illed</source>
        <translation>Pré-&amp;rempli</translation>
    </message>
    <message>
        <source>Fill&amp;able PDF</source>
        <translation>PDF &amp;remplissable</translation>
    </message>
    <message>
        <source>To fill in by hand</source>
        <translation>À remplir à la main</translation>
    </message>
    <message>
        <source>To fill in by hand, with what StageDesk knows already printed in</source>
        <translation>À remplir à la main, avec ce que StageDesk sait déjà imprimé dedans</translation>
    </message>
    <message>
        <source>With form fields, to fill in on a computer and send back</source>
        <translation>Avec des champs de formulaire, à remplir sur ordinateur et à renvoyer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Each intern&apos;s own language</source>
        <translation>La langue de chaque stagiaire</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <translation>Aucun stage ne correspond à ce choix.</translation>
    </message>
    <message>
        <source>Choose a folder for the forms</source>
        <translation>Choisissez un dossier pour les formulaires</translation>
    </message>
    <message>
        <source>Save the forms as</source>
        <translation>Enregistrer les formulaires sous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the forms…</source>
        <translation>Préparation des formulaires…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>Form {done} of {total}</source>
        <translation>Formulaire {done} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) printed</source>
        <translation>
            <numerusform>%n formulaire imprimé</numerusform>
            <numerusform>%n formulaires imprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>The forms could not be printed.</source>
        <translation>Les formulaires n&apos;ont pas pu être imprimés.</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} forms; no PDF was written.</source>
        <translation>Annulé après {done} formulaires sur {total} ; aucun PDF n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} forms; those already saved stay in the folder.</source>
        <translation>Annulé après {done} formulaires sur {total} ; ceux déjà enregistrés restent dans le dossier.</translation>
    </message>
    <message>
        <source>The forms could not be printed.

Details: {}</source>
        <translation>Les formulaires n&apos;ont pas pu être imprimés.

Détails : {}</translation>
    </message>
    <message>
        <source>These forms were saved in {folder} before the problem:
{files}</source>
        <translation>Ces formulaires ont été enregistrés dans {folder} avant le problème :
{files}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Name, e-mail address, phone number and address</source>
        <translation>Nom, adresse e-mail, numéro de téléphone et adresse</translation>
    </message>
    <message>
        <source>Date of birth (only the age band at the start of each internship is kept)</source>
        <translation>Date de naissance (seule la tranche d&apos;âge au début de chaque stage est conservée)</translation>
    </message>
    <message>
        <source>Target-group answers and the consent recorded on {date}</source>
        <translation>Réponses sur les groupes cibles et consentement enregistré le {date}</translation>
    </message>
    <message>
        <source>Notes about the candidate</source>
        <translation>Notes sur le candidat</translation>
    </message>
    <message>
        <source>Notes on applications: {count}</source>
        <translation>Notes sur les candidatures : {count}</translation>
    </message>
    <message>
        <source>Notes, reason for stopping and day hired of internships: {count}</source>
        <translation>Notes, motif de l&apos;arrêt et jour d&apos;engagement des stages : {count}</translation>
    </message>
    <message>
        <source>Text of follow-up entries: {count}</source>
        <translation>Texte des entrées de suivi : {count}</translation>
    </message>
    <message>
        <source>Written answers, notes and who answered, in forms: {count}</source>
        <translation>Réponses écrites, notes et auteurs des réponses, dans les formulaires : {count}</translation>
    </message>
    <message>
        <source>Documents, with their files: {count}</source>
        <translation>Documents, avec leurs fichiers : {count}</translation>
    </message>
    <message>
        <source>Deleted records about them in the bin: {count}</source>
        <translation>Données supprimées les concernant dans la corbeille : {count}</translation>
    </message>
    <message>
        <source>Mail drafts to them that StageDesk saved</source>
        <translation>Brouillons d&apos;e-mails qui leur sont adressés, enregistrés par StageDesk</translation>
    </message>
    <message>
        <source>A number instead of the name: {pseudonym}</source>
        <translation>Un numéro à la place du nom : {pseudonym}</translation>
    </message>
    <message>
        <source>Gender, education level, school, programme and languages spoken (intern profile report)</source>
        <translation>Genre, niveau d&apos;études, établissement, formation et langues parlées (rapport profil des stagiaires)</translation>
    </message>
    <message>
        <source>Applications: {count} (date, opportunity, source, status and decision date: annual overview)</source>
        <translation>Candidatures : {count} (date, mission de stage, source, statut et date de décision : aperçu annuel)</translation>
    </message>
    <message>
        <source>Internships: {count} (unit, mentor, school, kind, dates, hours, status, who stopped it, hired later and in which function: the reports)</source>
        <translation>Stages : {count} (service, maître de stage, établissement, type, dates, heures, statut, qui a arrêté le stage, engagé par la suite et dans quelle fonction : les rapports)</translation>
    </message>
    <message>
        <source>Follow-up entries: {count} (only their date and kind)</source>
        <translation>Entrées de suivi : {count} (uniquement leur date et leur type)</translation>
    </message>
    <message>
        <source>Forms: {count} (only scores and choices: satisfaction and partner reports)</source>
        <translation>Formulaires : {count} (uniquement scores et choix : rapports de satisfaction et des partenaires)</translation>
    </message>
    <message>
        <source>Applications still open: {count}. Erasing marks them withdrawn.</source>
        <translation>Candidatures encore ouvertes : {count}. L&apos;effacement les marque comme retirées.</translation>
    </message>
    <message>
        <source>An internship of theirs is planned or running. It stays, under the number instead of the name.</source>
        <translation>Un de leurs stages est prévu ou en cours. Il est conservé, sous le numéro à la place du nom.</translation>
    </message>
    <message>
        <source>Backups of this database that still hold their data: {count}, in {folder}. They keep it until the rotation deletes them; a backup put back brings it back.</source>
        <translation>Sauvegardes de cette base de données qui contiennent encore ses données : {count}, dans {folder}. Elles les gardent jusqu&apos;à ce que la rotation les supprime ; une sauvegarde restaurée les ramène.</translation>
    </message>
    <message>
        <source>Backups made before today still hold their data until the rotation deletes them; a backup put back brings them back.</source>
        <translation>Les copies de sauvegarde faites avant aujourd&apos;hui contiennent encore leurs données jusqu&apos;à ce que la rotation les supprime ; une copie de sauvegarde restaurée les ramène.</translation>
    </message>
    <message>
        <source>Their data were already anonymised on {date}.</source>
        <translation>Leurs données ont déjà été anonymisées le {date}.</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Anonymisation…</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n personne anonymisée.</numerusform>
            <numerusform>%n personnes anonymisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file could not be compacted now (someone else has it open); the space their data took was wiped all the same.</source>
        <translation>Le fichier de la base de données n&apos;a pas pu être compacté maintenant (quelqu&apos;un d&apos;autre l&apos;a ouvert) ; l&apos;espace occupé par leurs données a tout de même été effacé.</translation>
    </message>
    <message>
        <source>On a server database, old copies of their rows stay in the server&apos;s files until the server reclaims that space (VACUUM FULL, by whoever manages it).</source>
        <translation>Sur une base de données serveur, d&apos;anciennes copies de leurs lignes restent dans les fichiers du serveur jusqu&apos;à ce qu&apos;il récupère cet espace (VACUUM FULL, par la personne qui le gère).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be deleted yet. Close the program that has them open; StageDesk tries again each time it opens, or now from Settings › Privacy:</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas encore pu être supprimé. Fermez le programme qui l&apos;a ouvert ; StageDesk réessaie à chaque démarrage, ou maintenant depuis Paramètres › Vie privée :</numerusform>
            <numerusform>%n fichiers n&apos;ont pas encore pu être supprimés. Fermez le programme qui les a ouverts ; StageDesk réessaie à chaque démarrage, ou maintenant depuis Paramètres › Vie privée :</numerusform>
        </translation>
    </message>
    <message>
        <source>former intern</source>
        <translation>ancien stagiaire</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidat</translation>
    </message>
    <message>
        <source>Due to be anonymised</source>
        <translation>À anonymiser</translation>
    </message>
</context>
<context>
    <name>PrivacyButton</name>
    <message>
        <source>Privacy</source>
        <translation>Vie privée</translation>
    </message>
    <message>
        <source>This person&apos;s data: export it for them, or erase it</source>
        <translation>Données de cette personne : exportez-les pour elle ou effacez-les</translation>
    </message>
    <message>
        <source>Export this person&apos;s data…</source>
        <translation>Exporter les données de cette personne…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Effacer cette personne…</translation>
    </message>
</context>
<context>
    <name>PrivacyRun</name>
    <message>
        <source>Nothing was changed</source>
        <translation>Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>StageDesk could not finish, so nothing was changed.

Details: {}</source>
        <translation>StageDesk n&apos;a pas pu terminer, rien n&apos;a donc été modifié.

Détails : {}</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>Personal data of former interns and of candidates who were not taken are anonymised a number of years after their last internship or application: their name, contact details and everything written about them go; what the reports count stays, without a name. Five years is usual in Belgium (social documents, and complaints about a selection).</source>
        <translation>Les données personnelles des anciens stagiaires et des candidats non retenus sont anonymisées un certain nombre d&apos;années après leur dernier stage ou leur dernière candidature : leur nom, leurs coordonnées et tout ce qui a été écrit à leur sujet disparaissent ; ce que comptent les rapports reste, sans nom. Cinq ans est la durée habituelle en Belgique (documents sociaux et plaintes concernant une sélection).</translation>
    </message>
    <message>
        <source>Anonymise them…</source>
        <translation>Les anonymiser…</translation>
    </message>
    <message>
        <source>Delete them now</source>
        <translation>Les supprimer maintenant</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Keep personal data for</source>
        <translation>Conserver les données personnelles pendant</translation>
    </message>
    <message>
        <source>after their last internship or application</source>
        <translation>après leur dernier stage ou leur dernière candidature</translation>
    </message>
    <message>
        <source>Last review: {date}</source>
        <translation>Dernier contrôle : {date}</translation>
    </message>
    <message>
        <source>Last review: never</source>
        <translation>Dernier contrôle : jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) due to be anonymised</source>
        <translation>
            <numerusform>%n personne à anonymiser</numerusform>
            <numerusform>%n personnes à anonymiser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the %n person(s) listed? Their names, contact details and everything written about them are removed for good; what the reports count stays.</source>
        <translation>
            <numerusform>Anonymiser la %n personne listée ? Son nom, ses coordonnées et tout ce qui a été écrit à son sujet sont supprimés définitivement ; ce que comptent les rapports reste.</numerusform>
            <numerusform>Anonymiser les %n personnes listées ? Leurs noms, leurs coordonnées et tout ce qui a été écrit à leur sujet sont supprimés définitivement ; ce que comptent les rapports reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
</context>
<context>
    <name>Reopener</name>
    <message>
        <source>Putting back the backup and reopening StageDesk…</source>
        <translation>Restauration de la copie de sauvegarde et réouverture de StageDesk…</translation>
    </message>
    <message>
        <source>The file it replaced is kept as {path}.</source>
        <translation>Le fichier remplacé est conservé sous {path}.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restauré</translation>
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
        <translation>Genre</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Spread (SD)</source>
        <translation>Dispersion (ET)</translation>
    </message>
    <message>
        <source>Answers (n)</source>
        <translation>Réponses (n)</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Maître de stage</translation>
    </message>
    <message>
        <source>Interns</source>
        <translation>Stagiaires</translation>
    </message>
    <message>
        <source>Places offered</source>
        <translation>Places de stage offertes</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Hired in the year</source>
        <translation>Engagés dans l&apos;année</translation>
    </message>
    <message>
        <source>Annual overview</source>
        <translation>Aperçu annuel</translation>
    </message>
    <message>
        <source>Profile of the interns</source>
        <translation>Profil des stagiaires</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Mentors and partner schools</source>
        <translation>Maîtres de stage et établissements partenaires</translation>
    </message>
    <message>
        <source>The last year: places, routes, profile</source>
        <translation>La dernière année : places, voies, profil</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Avg. duration (days)</source>
        <translation>Durée moy. (jours)</translation>
    </message>
    <message>
        <source>Curricular</source>
        <translation>Curriculaire</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Volontaire</translation>
    </message>
    <message>
        <source>Hired later</source>
        <translation>Engagé par la suite</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;#&apos;&gt;How we count&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;#&apos;&gt;Comment nous comptons&lt;/a&gt;</translation>
    </message>
    <message>
        <source>How we count</source>
        <translation>Comment nous comptons</translation>
    </message>
    <message>
        <source>Nothing to show for this choice.</source>
        <translation>Rien à afficher pour ce choix.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Interns per year</source>
        <translation>Stagiaires par an</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>À partir de l&apos;année</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Jusqu&apos;à l&apos;année</translation>
    </message>
    <message>
        <source>&amp;Academic years (Sept–Aug)</source>
        <translation>&amp;Années académiques (sept.–août)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Kinds of internship</source>
        <translation>Types de stage</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Jusqu&apos;à :</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Services :</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Applicants: the people who applied in the year, each once per unit (and once in the year&apos;s total).
Interns: internships starting in the year (stopped early included, planned ones not yet started left out).
Every unit appears in every year, with 0 where there was nobody.
Duration: calendar days from start to end, both included.
Hired later: interns of the year later hired by the organisation.
Each workbook explains its figures on its “How we count” sheet.</source>
        <translation>Candidats : les personnes qui ont postulé dans l&apos;année, chacune une fois par service (et une fois dans le total de l&apos;année).
Stagiaires : stages qui commencent dans l&apos;année (arrêtés prématurément compris, prévus pas encore commencés exclus).
Chaque service figure dans chaque année, avec 0 là où il n&apos;y avait personne.
Durée : jours calendrier du début à la fin, tous deux compris.
Engagés par la suite : stagiaires de l&apos;année engagés plus tard par l&apos;organisation.
Chaque classeur explique ses chiffres sur sa feuille « Comment nous comptons ».</translation>
    </message>
    <message>
        <source>The period runs backwards: “from” {first} is after “to” {last}.</source>
        <translation>La période est inversée : « de » {first} est après « à » {last}.</translation>
    </message>
</context>
<context>
    <name>RetentionPrompt</name>
    <message>
        <source>Yearly privacy review</source>
        <translation>Contrôle annuel de la vie privée</translation>
    </message>
    <message>
        <source>Time for the yearly privacy review</source>
        <translation>C&apos;est le moment du contrôle annuel de la vie privée</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %n person(s) are due to be anonymised: their last internship or application ended more than {years} years ago. Their names, contact details and everything written about them go for good; what the reports count stays, without a name. Later asks again in {days} days.</source>
        <translation>
            <numerusform>Les données personnelles de %n personne doivent être anonymisées : son dernier stage ou sa dernière candidature a pris fin il y a plus de {years} ans. Son nom, ses coordonnées et tout ce qui a été écrit à son sujet disparaissent définitivement ; ce que comptent les rapports reste, sans nom. Plus tard redemande dans {days} jours.</numerusform>
            <numerusform>Les données personnelles de %n personnes doivent être anonymisées : leur dernier stage ou leur dernière candidature a pris fin il y a plus de {years} ans. Leurs noms, leurs coordonnées et tout ce qui a été écrit à leur sujet disparaissent définitivement ; ce que comptent les rapports reste, sans nom. Plus tard redemande dans {days} jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise now</source>
        <translation>Anonymiser maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Ask again in {days} days</source>
        <translation>Redemander dans {days} jours</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur de stages</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>Chef de service</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Maître de stage</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Personnel department</source>
        <translation>Service du personnel</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Services généraux</translation>
    </message>
    <message>
        <source>ICT</source>
        <translation>TIC</translation>
    </message>
</context>
<context>
    <name>RowsInput</name>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
</context>
<context>
    <name>SchoolEditor</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Formations</translation>
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
        <translation>Notre politique de stages</translation>
    </message>
    <message>
        <source>Mail templates</source>
        <translation>Modèles d&apos;e-mail</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copies de sauvegarde</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Vie privée</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Missions de stage</translation>
    </message>
    <message>
        <source>Candidates &amp; applications</source>
        <translation>Candidats &amp; candidatures</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>People &amp; units</source>
        <translation>Personnes &amp; services</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How do you want to begin?</source>
        <translation>Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>Your organisation is saved when you click Finish.</source>
        <translation>Votre organisation est enregistrée lorsque vous cliquez sur Terminer.</translation>
    </message>
    <message>
        <source>Start with an empty organisation</source>
        <translation>Commencer avec une organisation vide</translation>
    </message>
    <message>
        <source>Import my Excel list of interns</source>
        <translation>Importer ma liste Excel de stagiaires</translation>
    </message>
    <message>
        <source>Explore the demo organisation first</source>
        <translation>Découvrir d&apos;abord l&apos;organisation de démonstration</translation>
    </message>
    <message>
        <source>Choose the &amp;list…</source>
        <translation>Choisir la &amp;liste…</translation>
    </message>
    <message>
        <source>The demo organisation is made-up data in a file of its own: your organisation stays empty and safe. Settings takes you back to your own data.</source>
        <translation>L&apos;organisation de démonstration contient des données fictives dans un fichier à part : votre organisation reste vide et intacte. Les Paramètres vous ramènent à vos propres données.</translation>
    </message>
    <message>
        <source>No list chosen yet.</source>
        <translation>Aucune liste choisie pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Your list of interns</source>
        <translation>Votre liste de stagiaires</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Feuilles de calcul (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
</context>
<context>
    <name>StepActions</name>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Go there</source>
        <translation>Y aller</translation>
    </message>
    <message>
        <source>Go there: {}</source>
        <translation>Y aller : {}</translation>
    </message>
    <message>
        <source>Open the tool</source>
        <translation>Ouvrir l&apos;outil</translation>
    </message>
    <message>
        <source>Open the tool: {}</source>
        <translation>Ouvrir l&apos;outil : {}</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Fait</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>List of open places for schools (PDF)</source>
        <translation>Liste des places de stage ouvertes pour les établissements (PDF)</translation>
    </message>
    <message>
        <source>Import an Excel list of interns…</source>
        <translation>Importer une liste Excel de stagiaires…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The disk is full, so this could not be saved. Everything saved before is safe. Free some space (empty the recycle bin, move large files) and try again.</source>
        <translation>Le disque est plein, cela n&apos;a donc pas pu être enregistré. Tout ce qui a été enregistré avant est en sécurité. Libérez de l&apos;espace (videz la corbeille, déplacez de gros fichiers) et réessayez.</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Read filled-in forms…</source>
        <translation>Lire des formulaires remplis…</translation>
    </message>
    <message>
        <source>Bring answers back from PDF forms (Ctrl+O); you can also drop them here</source>
        <translation>Récupérer les réponses des formulaires PDF (Ctrl+O) ; vous pouvez aussi les déposer ici</translation>
    </message>
    <message>
        <source>Form code, e.g. SD-123-K</source>
        <translation>Code du formulaire, p. ex. SD-123-K</translation>
    </message>
    <message>
        <source>Type or scan a form code</source>
        <translation>Tapez ou scannez un code de formulaire</translation>
    </message>
    <message>
        <source>Filled-in forms</source>
        <translation>Formulaires remplis</translation>
    </message>
    <message>
        <source>“{}” is not a form code.</source>
        <translation>« {} » n&apos;est pas un code de formulaire.</translation>
    </message>
</context>
<context>
    <name>ToolsEditor</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>Rempli par</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Print the selected tool for paper or a PDF reader</source>
        <translation>Imprimer l&apos;outil sélectionné pour le papier ou un lecteur PDF</translation>
    </message>
    <message>
        <source>Fillable PDF (for any PDF reader)</source>
        <translation>PDF remplissable (pour tout lecteur PDF)</translation>
    </message>
    <message>
        <source>Pre-filled, to print</source>
        <translation>Pré-rempli, à imprimer</translation>
    </message>
    <message>
        <source>Blank, to print</source>
        <translation>Vierge, à imprimer</translation>
    </message>
    <message>
        <source>No tools apply at this stage.</source>
        <translation>Aucun outil pour cette étape.</translation>
    </message>
    <message>
        <source>To read</source>
        <translation>À lire</translation>
    </message>
    <message>
        <source>Completed on {date}</source>
        <translation>Rempli le {date}</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Choose one of the options offered.</source>
        <translation>Choisissez une des options proposées.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Ceci n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>This name is already in use.</source>
        <translation>Ce nom est déjà utilisé.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}.</source>
        <translation>Saisissez un nombre de {low} à {high}.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>The backup must be someone other than the mentor.</source>
        <translation>Le suppléant doit être une autre personne que le maître de stage.</translation>
    </message>
    <message>
        <source>The decision date lies before the application date.</source>
        <translation>La date de décision est antérieure à la date de candidature.</translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation>Saisissez la date de la décision.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <source>The date of birth gives an age outside {low}–{high} years.</source>
        <translation>La date de naissance donne un âge en dehors de {low}–{high} ans.</translation>
    </message>
    <message>
        <source>Target-group answers may only be stored with a recorded consent date.</source>
        <translation>Les réponses sur les groupes cibles ne peuvent être conservées qu&apos;avec une date de consentement enregistrée.</translation>
    </message>
    <message>
        <source>This intern already has an internship from {start} to {end} over these dates.</source>
        <translation>Ce stagiaire a déjà un stage du {start} au {end} sur ces dates.</translation>
    </message>
    <message>
        <source>Say why the internship was stopped early.</source>
        <translation>Indiquez pourquoi le stage a été arrêté prématurément.</translation>
    </message>
    <message>
        <source>Say who stopped the internship.</source>
        <translation>Indiquez qui a arrêté le stage.</translation>
    </message>
    <message>
        <source>Enter the date the intern was hired.</source>
        <translation>Saisissez la date à laquelle le stagiaire a été engagé.</translation>
    </message>
    <message>
        <source>The hiring date lies before the internship started.</source>
        <translation>La date d&apos;engagement est antérieure au début du stage.</translation>
    </message>
    <message>
        <source>An unpaid internship has no allowance.</source>
        <translation>Un stage non rémunéré n&apos;a pas d&apos;indemnité.</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more.</source>
        <translation>Saisissez un montant de zéro ou plus.</translation>
    </message>
    <message>
        <source>This supervisor works at another school.</source>
        <translation>Ce superviseur travaille dans un autre établissement.</translation>
    </message>
    <message>
        <source>This programme belongs to another school.</source>
        <translation>Cette formation appartient à un autre établissement.</translation>
    </message>
    <message>
        <source>Enter at most {limit} characters.</source>
        <translation>Saisissez au maximum {limit} caractères.</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>WhichInternships</name>
    <message>
        <source>&amp;Ending this month ({month})</source>
        <translation>Se &amp;terminant ce mois-ci ({month})</translation>
    </message>
    <message>
        <source>&amp;Starting this month ({month})</source>
        <translation>&amp;Commençant ce mois-ci ({month})</translation>
    </message>
    <message>
        <source>&amp;Running now</source>
        <translation>&amp;En cours</translation>
    </message>
    <message>
        <source>Planned or running in the u&amp;nit:</source>
        <translation>Prévus ou en cours dans le &amp;service :</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>WordsBox</name>
    <message>
        <source>Say once what each word means; every row that uses it follows. “Unknown” imports it empty and keeps the list&apos;s word in the notes. A unit written short: say which unit it is, or keep it as a unit of its own.</source>
        <translation>Dites une fois ce que chaque mot signifie ; chaque ligne qui l&apos;utilise suit. « Inconnu » l&apos;importe vide et garde le mot de la liste dans les notes. Un service abrégé : dites de quel service il s&apos;agit, ou gardez-le comme service à part.</translation>
    </message>
    <message>
        <source>Words StageDesk does not know</source>
        <translation>Mots que StageDesk ne connaît pas</translation>
    </message>
    <message>
        <source>&amp;Use these meanings</source>
        <translation>&amp;Utiliser ces significations</translation>
    </message>
    <message>
        <source>Save as a &amp;words file…</source>
        <translation>Enregistrer comme fichier de &amp;mots…</translation>
    </message>
    <message>
        <source>These answers as a table, for the command line&apos;s --words</source>
        <translation>Ces réponses sous forme de tableau, pour --words en ligne de commande</translation>
    </message>
    <message numerus="yes">
        <source>Words to explain (%n)</source>
        <translation>
            <numerusform>Mots à expliquer (%n)</numerusform>
            <numerusform>Mots à expliquer (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{column}: “{word}” (%n row(s))</source>
        <translation>
            <numerusform>{column} : « {word} » (%n ligne)</numerusform>
            <numerusform>{column} : « {word} » (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>What “{word}” means</source>
        <translation>Ce que signifie « {word} »</translation>
    </message>
    <message>
        <source>— a unit of its own —</source>
        <translation>— un service à part —</translation>
    </message>
    <message>
        <source>— unknown: keep the word in the notes —</source>
        <translation>— inconnu : garder le mot dans les notes —</translation>
    </message>
</context>
<context>
    <name>YearBars</name>
    <message>
        <source>Interns</source>
        <translation>Stagiaires</translation>
    </message>
</context>
</TS>
