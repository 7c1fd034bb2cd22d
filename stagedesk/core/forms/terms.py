"""The few words every form shares (yes, no, the scale's meaning…), in the form's language.

They belong to the form, not to the window around it: a French intern's survey says
"oui" and "très bon" even on a Dutch coordinator's screen, and so does its PDF.
"""

from stagedesk.core.forms.definition import Text

YES = Text(nl="Ja", fr="Oui", en="Yes")
NO = Text(nl="Nee", fr="Non", en="No")
NOT_APPLICABLE = Text(nl="n.v.t.", fr="s.o.", en="n/a")
NOT_APPLICABLE_LONG = Text(nl="Niet van toepassing", fr="Sans objet", en="Not applicable")
SCALE_LOW = Text(nl="1 = zeer slecht", fr="1 = très mauvais", en="1 = very poor")
SCALE_HIGH = Text(nl="5 = zeer goed", fr="5 = très bon", en="5 = very good")
SCALE_LEGEND = Text(
    nl="1 = zeer slecht … 5 = zeer goed",
    fr="1 = très mauvais … 5 = très bon",
    en="1 = very poor … 5 = very good",
)
NOTES = Text(nl="Notities", fr="Notes", en="Notes")
NOTE = Text(nl="Opmerking", fr="Remarque", en="Note")
DONE = Text(nl="Gedaan", fr="Fait", en="Done")
NOT_NEEDED = Text(nl="Niet nodig", fr="Pas nécessaire", en="Not needed")
ON = Text(nl="op", fr="le", en="on")
DUE = Text(nl="Tegen {date}", fr="Pour le {date}", en="Due {date}")
