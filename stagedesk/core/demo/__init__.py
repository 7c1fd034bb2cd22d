"""The demo organisation: a fictional Belgian public service with years of internships."""
