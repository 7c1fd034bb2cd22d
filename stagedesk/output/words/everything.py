"""The words of the "export everything" workbook, in Dutch, French and English: sheet
titles, column headers, the About sheet and the notes. Document text, so data (like the
forms), not Qt translations."""

from stagedesk.core.forms import Text

ID_SUFFIX = " (ID)"  # after a header naming another record: "Unit (ID)" next to "Unit"

SHEETS: dict[str, Text] = {
    "about": Text(nl="Over deze export", fr="À propos", en="About"),
    "notes": Text(nl="Toelichting", fr="Remarques", en="Notes"),
    "organisation": Text(nl="Organisatie", fr="Organisation", en="Organisation"),
    "units": Text(nl="Diensten", fr="Services", en="Units"),
    "staff": Text(nl="Medewerkers", fr="Collaborateurs", en="Staff members"),
    "schools": Text(nl="Onderwijsinstellingen", fr="Établissements", en="Schools"),
    "school_contacts": Text(
        nl="Contactpersonen scholen", fr="Contacts des écoles", en="School contacts"
    ),
    "programmes": Text(nl="Opleidingen", fr="Formations", en="Programmes"),
    "opportunities": Text(nl="Stageopdrachten", fr="Missions de stage", en="Opportunities"),
    "requirement_texts": Text(
        nl="Profiel per jaar", fr="Profil par année", en="Requirements per year"
    ),
    "candidates": Text(nl="Kandidaat-stagiairs", fr="Candidats stagiaires", en="Candidates"),
    "applications": Text(nl="Kandidaturen", fr="Candidatures", en="Applications"),
    "internships": Text(nl="Stages", fr="Stages", en="Internships"),
    "follow_up": Text(nl="Opvolging", fr="Suivi", en="Follow-up"),
    "form_responses": Text(nl="Formulieren", fr="Formulaires", en="Form responses"),
    "form_answers": Text(nl="Antwoorden", fr="Réponses", en="Form answers"),
    "documents": Text(nl="Documenten", fr="Documents", en="Documents"),
}

HEADERS: dict[str, Text] = {
    "id": Text(nl="ID", fr="ID", en="ID"),
    "version": Text(nl="Versie", fr="Version", en="Version"),
    "created_at": Text(nl="Aangemaakt op", fr="Créé le", en="Created"),
    "updated_at": Text(nl="Gewijzigd op", fr="Modifié le", en="Changed"),
    "name": Text(nl="Naam", fr="Nom", en="Name"),
    "address": Text(nl="Adres", fr="Adresse", en="Address"),
    "language": Text(nl="Taal", fr="Langue", en="Language"),
    "code": Text(nl="Code", fr="Code", en="Code"),
    "notes": Text(nl="Notities", fr="Notes", en="Notes"),
    "active": Text(nl="Actief", fr="Actif", en="Active"),
    "first_name": Text(nl="Voornaam", fr="Prénom", en="First name"),
    "last_name": Text(nl="Achternaam", fr="Nom de famille", en="Last name"),
    "email": Text(nl="E-mail", fr="E-mail", en="Email"),
    "phone": Text(nl="Telefoon", fr="Téléphone", en="Phone"),
    "function": Text(nl="Functie", fr="Fonction", en="Function"),
    "unit": Text(nl="Dienst", fr="Service", en="Unit"),
    "is_coordinator": Text(
        nl="Rol: stagecoördinator", fr="Rôle : coordinateur de stages", en="Role: coordinator"
    ),
    "is_mentor": Text(nl="Rol: stagementor", fr="Rôle : maître de stage", en="Role: mentor"),
    "is_backup": Text(nl="Rol: back-up", fr="Rôle : suppléant", en="Role: backup"),
    "is_unit_head": Text(nl="Rol: diensthoofd", fr="Rôle : chef de service", en="Role: unit head"),
    "school": Text(nl="Onderwijsinstelling", fr="Établissement", en="School"),
    "school_kind": Text(nl="Soort instelling", fr="Type d'établissement", en="School kind"),
    "city": Text(nl="Gemeente", fr="Localité", en="City"),
    "website": Text(nl="Website", fr="Site web", en="Website"),
    "last_contact": Text(nl="Laatste contact", fr="Dernier contact", en="Last contact"),
    "programme": Text(nl="Opleiding", fr="Formation", en="Programme"),
    "education_level": Text(nl="Opleidingsniveau", fr="Niveau d'études", en="Education level"),
    "title": Text(nl="Titel", fr="Intitulé", en="Title"),
    "domain": Text(nl="Domein", fr="Domaine", en="Domain"),
    "work_kind": Text(nl="Soort werk", fr="Type de travail", en="Kind of work"),
    "description": Text(nl="Omschrijving", fr="Description", en="Description"),
    "requirements": Text(nl="Profiel", fr="Profil", en="Requirements"),
    "year": Text(nl="Jaar", fr="Année", en="Year"),
    "programme_wanted": Text(
        nl="Gevraagde opleiding", fr="Formation souhaitée", en="Programme wanted"
    ),
    "period_start": Text(nl="Periode vanaf", fr="Période du", en="Period from"),
    "period_end": Text(nl="Periode tot", fr="Période au", en="Period until"),
    "hours_per_week": Text(nl="Uren per week", fr="Heures par semaine", en="Hours per week"),
    "places": Text(nl="Plaatsen", fr="Places", en="Places"),
    "mentor": Text(nl="Stagementor", fr="Maître de stage", en="Mentor"),
    "backup": Text(nl="Back-up", fr="Suppléant", en="Backup"),
    "status": Text(nl="Status", fr="Statut", en="Status"),
    "date_of_birth": Text(nl="Geboortedatum", fr="Date de naissance", en="Date of birth"),
    "gender": Text(nl="Gender", fr="Genre", en="Gender"),
    "languages": Text(nl="Talen", fr="Langues", en="Languages"),
    "consent_date": Text(
        nl="Toestemming gegeven op", fr="Consentement donné le", en="Consent given on"
    ),
    "tg_migration_background": Text(
        nl="Doelgroep: migratieachtergrond",
        fr="Groupe cible : issu de l'immigration",
        en="Target group: migration background",
    ),
    "tg_disability": Text(
        nl="Doelgroep: arbeidsbeperking",
        fr="Groupe cible : handicap",
        en="Target group: disability",
    ),
    "tg_other": Text(nl="Doelgroep: andere", fr="Groupe cible : autre", en="Target group: other"),
    "anonymised_on": Text(nl="Geanonimiseerd op", fr="Anonymisé le", en="Anonymised on"),
    "age_band": Text(nl="Leeftijdsgroep", fr="Tranche d'âge", en="Age band"),
    "retention_years": Text(
        nl="Bewaartermijn (jaren)", fr="Durée de conservation (ans)", en="Retention (years)"
    ),
    "retention_reviewed_on": Text(
        nl="Bewaartermijn nagekeken op", fr="Conservation revue le", en="Retention reviewed on"
    ),
    "retention_ask_after": Text(
        nl="Opnieuw vragen na", fr="Redemander après le", en="Ask again after"
    ),
    "candidate": Text(nl="Kandidaat", fr="Candidat", en="Candidate"),
    "opportunity": Text(nl="Stageopdracht", fr="Mission de stage", en="Opportunity"),
    "application_date": Text(
        nl="Datum kandidatuur", fr="Date de candidature", en="Application date"
    ),
    "source": Text(nl="Bron", fr="Source", en="Source"),
    "decision_date": Text(nl="Datum beslissing", fr="Date de décision", en="Decision date"),
    "intern": Text(nl="Stagiair", fr="Stagiaire", en="Intern"),
    "application": Text(nl="Kandidatuur", fr="Candidature", en="Application"),
    "organisation": Text(nl="Organisatie", fr="Organisation", en="Organisation"),
    "supervisor": Text(nl="Stagebegeleider", fr="Superviseur de l'école", en="School supervisor"),
    "internship_kind": Text(nl="Soort stage", fr="Type de stage", en="Internship kind"),
    "paid": Text(nl="Vergoed", fr="Rémunéré", en="Paid"),
    "allowance": Text(nl="Vergoeding", fr="Indemnité", en="Allowance"),
    "unpaid_reason": Text(nl="Waarom onbezoldigd", fr="Pourquoi non rémunéré", en="Why unpaid"),
    "start_date": Text(nl="Begin", fr="Début", en="Start"),
    "end_date": Text(nl="Einde", fr="Fin", en="End"),
    "total_hours": Text(nl="Totaal aantal uren", fr="Nombre total d'heures", en="Total hours"),
    "days_per_week": Text(nl="Dagen per week", fr="Jours par semaine", en="Days per week"),
    "telework": Text(nl="Telewerk", fr="Télétravail", en="Telework"),
    "stop_reason": Text(nl="Reden stopzetting", fr="Motif de l'arrêt", en="Reason stopped"),
    "stopped_by": Text(nl="Gestopt door", fr="Arrêté par", en="Stopped by"),
    "hired_later": Text(nl="Later vast tewerkgesteld", fr="Engagé par la suite", en="Hired later"),
    "hired_date": Text(nl="Datum aanwerving", fr="Date d'engagement", en="Hired on"),
    "hired_contract": Text(
        nl="Contract bij aanwerving", fr="Contrat d'engagement", en="Contract when hired"
    ),
    "hired_function": Text(
        nl="Functie na aanwerving", fr="Fonction après engagement", en="Function when hired"
    ),
    "internship": Text(nl="Stage", fr="Stage", en="Internship"),
    "entry_date": Text(nl="Datum", fr="Date", en="Date"),
    "follow_up_kind": Text(nl="Soort", fr="Type", en="Kind"),
    "text": Text(nl="Verslag", fr="Compte rendu", en="Note"),
    "form": Text(nl="Formulier", fr="Formulaire", en="Form"),
    "form_version": Text(nl="Versie formulier", fr="Version du formulaire", en="Form version"),
    "completed_on": Text(nl="Afgerond op", fr="Terminé le", en="Completed on"),
    "answered_by": Text(nl="Ingevuld door", fr="Rempli par", en="Answered by"),
    "response": Text(nl="Ingevuld formulier", fr="Formulaire rempli", en="Form response"),
    "field": Text(nl="Veld", fr="Champ", en="Field"),
    "column": Text(nl="Kolom", fr="Colonne", en="Column"),
    "row_index": Text(nl="Rij", fr="Ligne", en="Row"),
    "value_text": Text(nl="Tekst", fr="Texte", en="Text"),
    "value_number": Text(nl="Getal", fr="Nombre", en="Number"),
    "value_date": Text(nl="Datum", fr="Date", en="Date"),
    "note": Text(nl="Opmerking", fr="Remarque", en="Note"),
    "due_date": Text(nl="Uiterlijk", fr="Échéance", en="Due"),
    "document_kind": Text(nl="Soort document", fr="Type de document", en="Document kind"),
    "original_name": Text(
        nl="Oorspronkelijke bestandsnaam", fr="Nom du fichier d'origine", en="Original file name"
    ),
    "stored_name": Text(
        nl="Bestand in de documentenmap",
        fr="Fichier dans le dossier des documents",
        en="File in the documents folder",
    ),
    "added_on": Text(nl="Toegevoegd op", fr="Ajouté le", en="Added on"),
    "size": Text(nl="Grootte (bytes)", fr="Taille (octets)", en="Size (bytes)"),
    "sha256": Text(nl="SHA-256", fr="SHA-256", en="SHA-256"),
}

ABOUT: dict[str, Text] = {
    "title": Text(
        nl="StageDesk – export van alle gegevens",
        fr="StageDesk – export de toutes les données",
        en="StageDesk – export of all data",
    ),
    "organisation": Text(nl="Organisatie", fr="Organisation", en="Organisation"),
    "exported_at": Text(nl="Geëxporteerd op", fr="Exporté le", en="Exported at"),
    "version": Text(nl="StageDesk-versie", fr="Version de StageDesk", en="StageDesk version"),
    "language": Text(nl="Taal", fr="Langue", en="Language"),
    "target_groups": Text(
        nl="Doelgroepgegevens", fr="Données des groupes cibles", en="Target-group data"
    ),
    "included": Text(nl="opgenomen", fr="incluses", en="included"),
    "left_out": Text(nl="weggelaten", fr="exclues", en="left out"),
    "sheet": Text(nl="Blad", fr="Feuille", en="Sheet"),
    "rows": Text(nl="Rijen", fr="Lignes", en="Rows"),
    "continued": Text(nl="{title} ({part})", fr="{title} ({part})", en="{title} ({part})"),
}

NOTES: tuple[Text, ...] = (
    Text(
        nl="Elk blad bevat één soort gegevens, met al zijn velden. Een kolom met '(ID)'"
        " verwijst naar de kolom ID van een ander blad; de kolom ernaast toont de naam.",
        fr="Chaque feuille contient un type de données, avec tous ses champs. Une colonne"
        " « (ID) » renvoie à la colonne ID d'une autre feuille ; la colonne voisine en"
        " donne le nom.",
        en="Each sheet holds one kind of record, with all its fields. A column marked '(ID)'"
        " points to the ID column of another sheet; the column beside it gives the name.",
    ),
    Text(
        nl="Datums zijn echte datums (dd/mm/jjjj); ja/nee-velden en vaste keuzes (status,"
        " soort…) staan als woorden in de gekozen taal.",
        fr="Les dates sont de vraies dates (jj/mm/aaaa) ; les champs oui/non et les choix"
        " fixes (statut, type…) sont écrits en toutes lettres dans la langue choisie.",
        en="Dates are real dates (dd/mm/yyyy); yes/no fields and fixed choices (status,"
        " kind…) are written as words in the chosen language.",
    ),
    Text(
        nl="Tekst die begint met =, +, - of @ is als tekst bewaard, nooit als formule.",
        fr="Un texte qui commence par =, +, - ou @ est gardé comme texte, jamais comme formule.",
        en="Text starting with =, +, - or @ is kept as text, never as a formula.",
    ),
    Text(
        nl="Het logo van de organisatie staat niet in deze export: een afbeelding past niet"
        " in een cel.",
        fr="Le logo de l'organisation n'est pas repris dans cet export : une image ne tient"
        " pas dans une cellule.",
        en="The organisation's logo is left out of this export: a picture does not fit in a cell.",
    ),
    Text(
        nl="Documenten: alleen de gegevens van elk bestand. De bestanden zelf staan in de"
        " documentenmap van StageDesk (kolom 'Bestand in de documentenmap').",
        fr="Documents : seulement les données de chaque fichier. Les fichiers eux-mêmes"
        " sont dans le dossier des documents de StageDesk (colonne « Fichier dans le"
        " dossier des documents »).",
        en="Documents: only the record of each file. The files themselves are in StageDesk's"
        " documents folder (column 'File in the documents folder').",
    ),
    Text(
        nl="Antwoorden staan zoals ze bewaard zijn: één rij per waarde; keuzes en de stand"
        " van een checklistpunt als hun code (bv. done, not_needed).",
        fr="Les réponses sont telles qu'enregistrées : une ligne par valeur ; les choix et"
        " l'état d'un point de check-list sous forme de code (p. ex. done, not_needed).",
        en="Answers are as stored: one row per value; choices and the state of a checklist"
        " item as their code (e.g. done, not_needed).",
    ),
    Text(
        nl="Verwijderde gegevens die nog in de prullenbak liggen, staan niet in deze export.",
        fr="Les données supprimées qui sont encore dans la corbeille ne sont pas reprises"
        " dans cet export.",
        en="Deleted records still in the bin are not in this export.",
    ),
    Text(
        nl="Dit bestand bevat persoonsgegevens: bewaar en deel het met zorg.",
        fr="Ce fichier contient des données personnelles : conservez-le et partagez-le avec soin.",
        en="This file holds personal data: keep and share it with care.",
    ),
)

TARGET_GROUPS_LEFT_OUT = Text(
    nl="De doelgroepgegevens van kandidaten (gevoelige gegevens) zijn weggelaten.",
    fr="Les données des groupes cibles des candidats (données sensibles) sont exclues.",
    en="The candidates' target-group data (sensitive data) are left out.",
)
TARGET_GROUPS_INCLUDED = Text(
    nl="De doelgroepgegevens van kandidaten zijn opgenomen: dit zijn gevoelige gegevens.",
    fr="Les données des groupes cibles des candidats sont incluses : ce sont des données"
    " sensibles.",
    en="The candidates' target-group data are included: these are sensitive data.",
)
