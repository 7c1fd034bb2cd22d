"""Mail drafts: one mail from its template, the menu of moments, and the templates themselves."""
