"""The internship calendar: the days a coordinator wants in Outlook, and their words."""
