"""Marking strings for translation without importing Qt.

`core` may not import Qt, yet its messages (validation, database errors) are shown to users
in their language. We mark them here with a function named like Qt's own marker so that
`pyside6-lupdate` extracts them; the UI and the command line translate them with
`QCoreApplication.translate(context, text)`.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; its only job is to be found by lupdate."""
    del context
    return text
