"""Documents to read: the info sheet, the dossier, the list of offered opportunities."""
