"""The Reports page: the reports it offers, the table on screen, and the exports."""
