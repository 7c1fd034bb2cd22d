"""The application around the pages: start-up, the main window with its sidebar and toolbar,
opening the database, the daily backup, the self-test."""
