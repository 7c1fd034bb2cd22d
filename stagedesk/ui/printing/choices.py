"""The choices of the print dialog that stand on their own: which internships, and
whether the forms go into one PDF or a folder."""

from PySide6.QtCore import QDate, QLocale, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.models import Unit
from stagedesk.core.records.listing import choices
from stagedesk.output.pdf.forms import batch
from stagedesk.output.pdf.forms.batch import Selection
from stagedesk.ui.kit.context import AppContext

# Which internships: the radio buttons' ids.
ENDING, STARTING, RUNNING, OF_UNIT = range(4)


class WhichInternships(QWidget):
    """This month's ends or starts, those running now, or a unit's planned and running."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        today = context.today()
        month = QLocale().toString(QDate(today.year, today.month, 1), "MMMM yyyy")
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        texts = {
            ENDING: self.tr("&Ending this month ({month})").format(month=month),
            STARTING: self.tr("&Starting this month ({month})").format(month=month),
            RUNNING: self.tr("&Running now"),
            OF_UNIT: self.tr("Planned or running in the u&nit:"),
        }
        for key, text in texts.items():
            radio = QRadioButton(text, self)
            self.group.addButton(radio, key)
            if key != OF_UNIT:
                layout.addWidget(radio)
        self.unit_box = QComboBox(self)
        self.unit_box.setAccessibleName(self.tr("Unit"))
        with context.sessions() as session:
            for unit_id, name in choices(session, Unit, active=True):
                self.unit_box.addItem(name, unit_id)
        # The label keeps its whole text; the units' box takes what room is left.
        self.group.button(OF_UNIT).setSizePolicy(
            QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed
        )
        self.unit_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_box.setMinimumContentsLength(12)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.group.button(OF_UNIT))
        unit_row.addWidget(self.unit_box, 1)
        layout.addLayout(unit_row)
        self.group.button(ENDING).setChecked(True)
        self.unit_box.setEnabled(False)
        self.group.idToggled.connect(self._on_toggled)
        self.unit_box.currentIndexChanged.connect(self.changed)

    @Slot(int, bool)
    def _on_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.unit_box.setEnabled(self.group.checkedId() == OF_UNIT)
            self.changed.emit()

    def selection(self, form_id: str) -> Selection:
        today = self.context.today()
        which = self.group.checkedId()
        if which == STARTING:
            return batch.starting_this_month(form_id, today)
        if which == RUNNING:
            return batch.running_now(form_id, today)
        if which == OF_UNIT and self.unit_box.currentData() is not None:
            return batch.of_unit(form_id, int(self.unit_box.currentData()))
        if which == OF_UNIT:
            return Selection(form_id, unit_id=-1)  # no units: nothing to print
        return batch.ending_this_month(form_id, today)


class OutputChoice(QWidget):
    """One PDF ready to print, or a folder with a file per internship."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.one_file_radio = QRadioButton(self.tr("&One PDF, ready to print"), self)
        self.folder_radio = QRadioButton(self.tr("One PDF per internship, in a fol&der"), self)
        self.one_file_radio.setChecked(True)
        self.note = QLabel(
            self.tr(
                "Fillable forms are saved one file per internship: each file carries its own "
                "form code, so the answers it brings back go to the right internship."
            ),
            self,
        )
        self.note.setWordWrap(True)
        for widget in (self.one_file_radio, self.folder_radio, self.note):
            layout.addWidget(widget)
