"""Steps: the guide's three step plans, each step linked to its place in StageDesk and to
the tool that does it, with "done" where StageDesk can tell.

The content is data (``resources/guide``, read by ``stagedesk.core.guide.plans``); whether a
step is done comes from ``stagedesk.core.guide.progress``. "Go there" and "Open the tool"
act on the main window this page sits in (``step_actions``).
"""

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.guide.plans import Plan, Step, load_guide
from stagedesk.core.guide.progress import progress
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.labels import ui_language
from stagedesk.ui.kit.settings import chosen_language
from stagedesk.ui.steps.actions import StepActions


class StepCard(QFrame):
    """One step: number and title, a few sentences, done or to do, and its buttons."""

    def __init__(
        self, step: Step, number: int, language: str, actions: StepActions, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stepCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.step = step
        self.title = QLabel(f"<b>{number}. {step.title.get(language)}</b>", self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.text = QLabel(step.text.get(language), self)
        self.text.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setObjectName("stepState")
        self.go_button = QPushButton(self.tr("Go there"), self)
        self.go_button.setAccessibleName(self.tr("Go there: {}").format(step.title.get(language)))
        self.go_button.clicked.connect(lambda: actions.go(step))
        self.tool_button = QPushButton(self.tr("Open the tool"), self)
        self.tool_button.setAccessibleName(
            self.tr("Open the tool: {}").format(step.title.get(language))
        )
        self.tool_button.setVisible(bool(step.tools))
        if len(step.tools) > 1:  # a menu: one line per tool
            menu = QMenu(self.tool_button)
            for tool in step.tools:
                action = menu.addAction(actions.tool_title(tool))
                action.triggered.connect(lambda _=False, t=tool: actions.open_tool(t))
            self.tool_button.setMenu(menu)
        elif step.tools:
            self.tool_button.setToolTip(actions.tool_title(step.tools[0]))
            self.tool_button.clicked.connect(lambda: actions.open_tool(step.tools[0]))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.state)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.tool_button)
        buttons.addWidget(self.go_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addLayout(buttons)

    def show_done(self, done: bool | None) -> None:
        """None: StageDesk cannot tell."""
        if done is None:
            self.state.clear()
            self.state.setProperty("done", None)
        else:
            self.state.setText(self.tr("✓ Done") if done else self.tr("To do"))
            self.state.setProperty("done", done)
            self.state.setStyleSheet("color: #2e7d32;" if done else "color: #8a6d00;")


class StepsPage(QWidget):
    """A tab per plan; ``cards`` holds every step's card by its key (``policy.rules``)."""

    help_key = "steps"

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        plans: tuple[Plan, ...] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.language = chosen_language(context.settings) or ui_language()
        self.plans = plans if plans is not None else load_guide()
        self.step_actions = StepActions(context, self)  # replaced parts in tests
        self.cards: dict[str, StepCard] = {}
        self._stale = True
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for plan in self.plans:
            self.tabs.addTab(self._plan_tab(plan), plan.title.get(self.language))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        context.data_changed.connect(self._on_data_changed)

    def _plan_tab(self, plan: Plan) -> QScrollArea:
        content = QWidget()
        column = QVBoxLayout(content)
        if plan.intro is not None:
            intro = QLabel(plan.intro.get(self.language), content)
            intro.setWordWrap(True)
            column.addWidget(intro)
        for number, step in enumerate(plan.steps, start=1):
            card = StepCard(step, number, self.language, self.step_actions, content)
            self.cards[step.key] = card
            column.addWidget(card)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    def refresh(self) -> None:
        """Done or to do, for every step StageDesk can judge."""
        names = {card.step.check for card in self.cards.values() if card.step.check}
        with self.context.sessions() as session:
            done = progress(session, self.context.today(), names)
        for card in self.cards.values():
            card.show_done(done[card.step.check] if card.step.check else None)
        self._stale = False

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    @Slot(object)
    def _on_data_changed(self, _model: object) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language = chosen_language(self.context.settings) or ui_language()
            for index, plan in enumerate(self.plans):
                self.tabs.setTabText(index, plan.title.get(self.language))
        super().changeEvent(event)
