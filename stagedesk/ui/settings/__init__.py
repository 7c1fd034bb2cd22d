"""Settings: the organisation, backups, the bin, the database and the logo."""
