"""PDF output: drawing (kit), toolbox forms, documents to read, and reports."""
