"""The database itself: opening it safely, engines, migrations at start-up, the lock,
backups and restore, where StageDesk's files live."""
