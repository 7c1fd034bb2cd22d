"""One internship: the view with its tabs, the follow-up, its documents."""
