"""Records and their rules: loading and saving, validation, the lists, and what keeps
records true as time passes."""
