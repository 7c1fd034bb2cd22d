"""What every page is built with: the context it is given, background work, dialogs, fields,
table models, record editors and lists, settings, the language."""
