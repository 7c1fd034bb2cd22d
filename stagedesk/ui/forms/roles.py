"""Names of the toolbox roles in the user's language."""

from PySide6.QtCore import QCoreApplication

from stagedesk.core.forms import Role
from stagedesk.core.i18n import QT_TRANSLATE_NOOP

ROLE_LABELS = {
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Role", "Coordinator"),
    Role.UNIT_HEAD: QT_TRANSLATE_NOOP("Role", "Unit head"),
    Role.MENTOR: QT_TRANSLATE_NOOP("Role", "Mentor"),
    Role.BACKUP: QT_TRANSLATE_NOOP("Role", "Backup"),
    Role.INTERN: QT_TRANSLATE_NOOP("Role", "Intern"),
    Role.SCHOOL: QT_TRANSLATE_NOOP("Role", "School"),
    Role.HR: QT_TRANSLATE_NOOP("Role", "Personnel department"),
    Role.FACILITIES: QT_TRANSLATE_NOOP("Role", "Facilities"),
    Role.ICT: QT_TRANSLATE_NOOP("Role", "ICT"),
}


def role_label(role: Role | None) -> str:
    return "" if role is None else QCoreApplication.translate("Role", ROLE_LABELS[role])
