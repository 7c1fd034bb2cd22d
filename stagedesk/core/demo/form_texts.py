"""What people write in the demo's toolbox forms: survey comments, interview notes and
assessments, checklist notes. Dutch and French; other languages read the Dutch texts."""

from stagedesk.core.models import Language

NL, FR = Language.DUTCH, Language.FRENCH
Texts = dict[Language, tuple[str, ...]]

# Survey comments by "form.field": mostly content, now and then a wish.
COMMENTS: dict[str, Texts] = {
    "intern_survey.added_value_comments": {
        NL: (
            "Zelfstandig werken en mijn planning bewaken.",
            "Klantgericht communiceren, ook aan de telefoon in het Frans.",
            "Excel en rapporteren: ik kan nu zelf een draaitabel opbouwen.",
        ),
        FR: (
            "Travailler de manière autonome et gérer mon planning.",
            "Rédiger des notes claires et structurées.",
            "Présenter mon travail devant l'équipe.",
        ),
    },
    "intern_survey.assignment_comments": {
        NL: (
            "De opdracht was duidelijk en sloot goed aan bij mijn opleiding.",
            "De eerste weken waren rustig, daarna kreeg ik echt verantwoordelijkheid.",
        ),
        FR: (
            "La mission correspondait bien à mes études.",
            "Les premières semaines étaient calmes, ensuite j'ai eu de vraies responsabilités.",
        ),
    },
    "intern_survey.guidance_comments": {
        NL: (
            "Mijn mentor maakte elke week tijd voor een gesprek.",
            "Bij afwezigheid van mijn mentor kon ik altijd bij de back-up terecht.",
        ),
        FR: (
            "Mon maître de stage prenait le temps d'un entretien chaque semaine.",
            "En l'absence de mon maître de stage, le suppléant était toujours disponible.",
        ),
    },
    "intern_survey.welcome_comments": {
        NL: ("Warm onthaal, het team had alles voorbereid.", "Het onthaalpakket was handig."),
        FR: (
            "Accueil chaleureux, l'équipe avait tout préparé.",
            "Le dossier d'accueil était utile.",
        ),
    },
    "intern_survey.practical_comments": {
        NL: (
            "Mijn laptop en toegangen waren pas na drie dagen in orde.",
            "Telewerk na de eerste maand was fijn.",
        ),
        FR: (
            "Mon ordinateur et mes accès n'étaient prêts qu'après trois jours.",
            "Le télétravail après le premier mois était apprécié.",
        ),
    },
    "intern_survey.improvements": {
        NL: ("Toegangen klaarzetten vóór de eerste dag.", "Meer uitleg over de organisatie."),
        FR: (
            "Préparer les accès avant le premier jour.",
            "Davantage d'explications sur l'organisation.",
        ),
    },
    "intern_survey.general_comments": {
        NL: ("Bedankt voor de leerrijke stage!", "Ik zou hier graag later werken."),
        FR: ("Merci pour ce stage enrichissant !", "J'aimerais travailler ici plus tard."),
    },
    "mentor_survey.added_value_comments": {
        NL: (
            "Een frisse blik op onze werkprocessen.",
            "De stagiair nam een achterstand in de dossiers weg.",
        ),
        FR: (
            "Un regard neuf sur nos processus.",
            "Le stagiaire a résorbé un retard dans les dossiers.",
        ),
    },
    "mentor_survey.result_comments": {
        NL: (
            "Het eindrapport wordt verder gebruikt door de dienst.",
            "Resultaat boven verwachting.",
        ),
        FR: ("Le rapport final est utilisé par le service.", "Résultat au-delà des attentes."),
    },
    "mentor_survey.own_role_comments": {
        NL: (
            "Ik had de opdracht in het begin concreter moeten afbakenen.",
            "Vaste feedbackmomenten werkten goed; dat houd ik zo.",
        ),
        FR: (
            "J'aurais dû mieux délimiter la mission au début.",
            "Les moments de feedback fixes ont bien fonctionné.",
        ),
    },
    "mentor_survey.support_comments": {
        NL: ("Vlotte samenwerking met de stagecoördinator.", "De school was moeilijk bereikbaar."),
        FR: ("Bonne collaboration avec le coordinateur.", "L'école était difficile à joindre."),
    },
    "mentor_survey.practical_comments": {
        NL: ("Werkplek en materiaal waren op tijd klaar.", "De badge kwam een week te laat."),
        FR: (
            "Poste de travail et matériel prêts à temps.",
            "Le badge est arrivé une semaine trop tard.",
        ),
    },
    "mentor_survey.improvements": {
        NL: ("Een checklist voor de mentor vóór de start.", "Minder administratie bij de start."),
        FR: ("Une check-list pour le maître de stage avant le début.", "Moins d'administratif."),
    },
    "mentor_survey.general_comments": {
        NL: ("Graag opnieuw een stagiair volgend jaar.", "Een aanrader voor andere diensten."),
        FR: (
            "Volontiers un nouveau stagiaire l'an prochain.",
            "À recommander aux autres services.",
        ),
    },
}
# What an unhappy intern or mentor writes instead, in any comment field.
CRITICAL: dict[str, Texts] = {
    "intern_survey": {
        NL: (
            "Te weinig werk in de eerste weken; ik moest zelf om taken vragen.",
            "Mijn mentor was vaak afwezig en de back-up wist niet wat ik deed.",
        ),
        FR: (
            "Trop peu de travail les premières semaines ; je devais demander des tâches.",
            "Mon maître de stage était souvent absent et le suppléant ne suivait pas.",
        ),
    },
    "mentor_survey": {
        NL: (
            "De stagiair kwam afspraken niet altijd na.",
            "Te weinig tijd voor begeleiding door de werkdruk in de dienst.",
        ),
        FR: (
            "Le stagiaire ne respectait pas toujours les accords.",
            "Trop peu de temps pour l'encadrement à cause de la charge de travail.",
        ),
    },
}

NOT_NEEDED_NOTES: Texts = {
    NL: ("Niet van toepassing voor deze stage.", "Geregeld via de school.", "Al in orde."),
    FR: ("Sans objet pour ce stage.", "Réglé par l'école.", "Déjà en ordre."),
}

# Interview notes next to a score: by how the answer went.
INTERVIEW_NOTES: dict[str, Texts] = {
    "strong": {
        NL: ("Concreet voorbeeld uit een vorige stage.", "Goed voorbereid, kent onze dienst."),
        FR: ("Exemple concret d'un stage précédent.", "Bien préparé, connaît notre service."),
    },
    "plain": {
        NL: ("Redelijk antwoord, weinig voorbeelden.", "Moest even nadenken."),
        FR: ("Réponse correcte, peu d'exemples.", "A dû réfléchir un moment."),
    },
    "weak": {
        NL: ("Bleef vaag.", "Had zich niet voorbereid."),
        FR: ("Est resté vague.", "Ne s'était pas préparé."),
    },
}
INTERVIEW_TESTS: Texts = {
    NL: (
        "Korte schrijfopdracht (30 minuten).",
        "Excel-oefening met een dataset.",
        "Rollenspel aan de balie.",
    ),
    FR: (
        "Courte épreuve écrite (30 minutes).",
        "Exercice Excel sur un jeu de données.",
        "Jeu de rôle à l'accueil.",
    ),
}
ASSESSMENTS: dict[str, Texts] = {
    "accept": {
        NL: (
            "Gemotiveerd en goed voorbereid; past in het team.",
            "Sterke kandidaat met relevante ervaring.",
        ),
        FR: (
            "Motivé et bien préparé ; s'intégrera bien.",
            "Candidat solide avec une expérience utile.",
        ),
    },
    "reject": {
        NL: (
            "Vriendelijk, maar de opdracht sluit niet aan bij de opleiding.",
            "Beschikbaarheid past niet bij de periode.",
        ),
        FR: (
            "Sympathique, mais la mission ne correspond pas à la formation.",
            "Disponibilités incompatibles avec la période.",
        ),
    },
    "open": {
        NL: ("Goede indruk; nog te vergelijken met de andere kandidaten.",),
        FR: ("Bonne impression ; à comparer avec les autres candidats.",),
    },
}
DECISION_REASONS: dict[str, Texts] = {
    "accept": {
        NL: ("Beste match met de opdracht.",),
        FR: ("Meilleure adéquation avec la mission.",),
    },
    "reject": {
        NL: ("Een andere kandidaat paste beter bij de opdracht.",),
        FR: ("Un autre candidat correspondait mieux à la mission.",),
    },
}


def pick(texts: Texts, language: Language) -> tuple[str, ...]:
    """The texts in ``language``, or the Dutch ones when there are none in it."""
    return texts.get(language) or texts[NL]
