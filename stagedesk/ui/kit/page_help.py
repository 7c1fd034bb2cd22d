"""One or two sentences at the top of every page: what it is for. "Hide help" folds the
line away, per page, and remembers it; "Help" brings it back.

``add_help(page, key, settings)`` puts the line at the top of a sidebar page (on a page of
tabs, at the top of each tab that has its own text). The main window calls it when it
builds a page.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QSize, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QWidget,
)

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.ui.kit.settings import help_hidden_key

# The English source texts, by page key (a sidebar page, or a list's key on a tabbed page).
HELP: dict[str, str] = {
    "dashboard": QT_TRANSLATE_NOOP(
        "PageHelp",
        "What needs you now: internships about to start or end, checklist items due, "
        "surveys to collect and applications waiting for a decision. Double-click a line "
        "to open it.",
    ),
    "steps": QT_TRANSLATE_NOOP(
        "PageHelp",
        "The guide's three step plans: building a policy, coordinating internships and "
        "mentoring an intern. Each step takes you to the place in StageDesk and the tool "
        "that does it.",
    ),
    "opportunities": QT_TRANSLATE_NOOP(
        "PageHelp",
        "The assignments your units can give an intern. Offer one when it is ready: the "
        "list for schools shows every offered opportunity.",
    ),
    "needs": QT_TRANSLATE_NOOP(
        "PageHelp",
        "Each unit describes what an intern could do there. Turn the proposals that fit "
        "your policy into opportunities.",
    ),
    "candidates": QT_TRANSLATE_NOOP(
        "PageHelp",
        "Students and job seekers who applied. A candidate keeps their applications and, "
        "once accepted, their internships.",
    ),
    "applications": QT_TRANSLATE_NOOP(
        "PageHelp",
        "Each application goes from applied to interviewed to a decision. Its Tools tab "
        "holds the interview question set.",
    ),
    "internships": QT_TRANSLATE_NOOP(
        "PageHelp",
        "One line per intern's placement: unit, mentor, school, dates and status. The "
        "tabs hold its checklists, documents (the info sheet), follow-up and surveys.",
    ),
    "schools": QT_TRANSLATE_NOOP(
        "PageHelp",
        "The schools, training centres and employment services that send you interns, "
        "with their contacts and programmes.",
    ),
    "staff": QT_TRANSLATE_NOOP(
        "PageHelp",
        "The people of your organisation and their roles: coordinator, mentor, backup "
        "and unit head.",
    ),
    "units": QT_TRANSLATE_NOOP("PageHelp", "The parts of your organisation that host interns."),
    "reports": QT_TRANSLATE_NOOP(
        "PageHelp",
        "The figures management and outside questions ask for: interns and applicants per "
        "year, duration, kinds, satisfaction. Export them to Excel or PDF.",
    ),
    "settings": QT_TRANSLATE_NOOP(
        "PageHelp",
        "Your organisation's name, address and logo (on every PDF), your internship "
        "policy and rules, mail templates, backups and where your data is kept.",
    ),
}


class PageHelp(QFrame):
    """The help line of one page, with its "Hide help" button."""

    def __init__(self, key: str, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageHelp")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.key = key
        self.settings = settings
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.toggle = QPushButton(self)
        self.toggle.setFlat(True)
        self.toggle.clicked.connect(self.flip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.toggle)
        self.retranslate()
        self._show(not bool(settings.value(help_hidden_key(key), False, type=bool)))

    @property
    def shown(self) -> bool:
        return not self.text.isHidden()

    def sizeHint(self) -> QSize:
        # A wrapped label's own hint assumes a narrow line (four lines where two fit):
        # ask for the height the text needs at the width the line really has.
        hint = super().sizeHint()
        if self.width() > 0 and self.hasHeightForWidth():
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # a new width may need another number of lines

    def retranslate(self) -> None:
        self.text.setText(QCoreApplication.translate("PageHelp", HELP[self.key]))
        self.text.setAccessibleName(self.tr("Help"))
        self._label_toggle()

    def _label_toggle(self) -> None:
        self.toggle.setText(self.tr("Hide help") if self.shown else self.tr("Help"))
        self.toggle.setToolTip(
            self.tr("Hide this line on this page")
            if self.shown
            else self.tr("What this page is for")
        )

    @Slot()
    def flip(self) -> None:
        self._show(not self.shown)
        if self.shown:
            self.settings.remove(help_hidden_key(self.key))
        else:
            self.settings.setValue(help_hidden_key(self.key), True)

    def _show(self, shown: bool) -> None:
        self.text.setVisible(shown)
        self.setFrameShape(QFrame.Shape.StyledPanel if shown else QFrame.Shape.NoFrame)
        self._label_toggle()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def help_key(widget: QWidget, fallback: str) -> str:
    """A list's own key, a widget's ``help_key``, or else ``fallback``."""
    spec = getattr(widget, "spec", None)
    if spec is not None and isinstance(getattr(spec, "key", None), str):
        return str(spec.key)
    return str(getattr(widget, "help_key", fallback))


def add_help(page: QWidget, key: str, settings: QSettings) -> list[PageHelp]:
    """Put the help line(s) on a page just built; returns them (none for a page without
    a text or without a vertical layout to put it in)."""
    if isinstance(page, QTabWidget):
        added = []
        for index in range(page.count()):
            tab = page.widget(index)
            if tab is not None:
                added += add_help(tab, help_key(tab, f"{key}.{index}"), settings)
        return added
    layout = page.layout()
    key = help_key(page, key)
    if key not in HELP or not isinstance(layout, QBoxLayout):
        return []
    line = PageHelp(key, settings, page)
    layout.insertWidget(0, line)
    return [line]
