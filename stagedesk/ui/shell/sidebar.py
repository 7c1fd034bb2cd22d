"""The sidebar's pages, in the order of the internship lifecycle.

Only keys and titles, nothing that touches the database: the main window shows this
sidebar before the database is even opened (see ``app.run``).
"""

from stagedesk.core.i18n import QT_TRANSLATE_NOOP

SIDEBAR: tuple[tuple[str, str], ...] = (
    ("dashboard", QT_TRANSLATE_NOOP("Sidebar", "Dashboard")),
    ("steps", QT_TRANSLATE_NOOP("Sidebar", "Steps")),
    ("opportunities", QT_TRANSLATE_NOOP("Sidebar", "Opportunities")),
    ("candidates", QT_TRANSLATE_NOOP("Sidebar", "Candidates & applications")),
    ("internships", QT_TRANSLATE_NOOP("Sidebar", "Internships")),
    ("schools", QT_TRANSLATE_NOOP("Sidebar", "Schools")),
    ("people", QT_TRANSLATE_NOOP("Sidebar", "People & units")),
    ("reports", QT_TRANSLATE_NOOP("Sidebar", "Reports")),
    ("settings", QT_TRANSLATE_NOOP("Sidebar", "Settings")),
)
KEYS = tuple(key for key, _ in SIDEBAR)


def row_of(key: str) -> int:
    return KEYS.index(key)
