"""The few style rules StageDesk adds to the platform's own look."""

STYLE_SHEET = """
QLabel#fieldError { color: #b3261e; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"],
QDateEdit[invalid="true"] { border: 1px solid #b3261e; border-radius: 2px; }
QLabel#editorTitle, QLabel#pageTitle { font-size: 16pt; font-weight: 600; padding: 4px 0; }
QLabel#internshipSummary { padding: 6px; background: palette(alternate-base);
    border-radius: 4px; }
QListWidget#sidebar { font-size: 11pt; padding-top: 8px; border: none;
    background: palette(window); }
QListWidget#sidebar::item { padding: 8px 12px; }
QListWidget#sidebar::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
"""
