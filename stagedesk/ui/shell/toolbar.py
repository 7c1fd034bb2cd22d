"""The main window's toolbar: filled-in forms coming back, and the box where a form's code
is typed or scanned to open its record."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLineEdit, QSizePolicy, QToolBar, QWidget

if TYPE_CHECKING:
    from stagedesk.ui.shell.main_window import MainWindow


class Toolbar(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.bar = QToolBar(self.tr("Tools"), window)
        self.bar.setObjectName("toolbar")
        self.bar.setMovable(False)
        self.read_action = QAction(self.tr("Read filled-in forms…"), window)
        self.read_action.setShortcut(QKeySequence.StandardKey.Open)
        self.read_action.setToolTip(
            self.tr("Bring answers back from PDF forms (Ctrl+O); you can also drop them here")
        )
        self.read_action.triggered.connect(self.choose_files)
        self.bar.addAction(self.read_action)
        spacer = QWidget(self.bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.spacer_action = self.bar.addWidget(spacer)
        self.code = QLineEdit(self.bar)
        self.code.setPlaceholderText(self.tr("Form code, e.g. SD-123-K"))
        self.code.setAccessibleName(self.tr("Type or scan a form code"))
        self.code.setClearButtonEnabled(True)
        self.code.setMaximumWidth(240)
        self.code.returnPressed.connect(self.open_code)
        self.bar.addWidget(self.code)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)

    @Slot()
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Filled-in forms"), "", "PDF (*.pdf)"
        )
        if names:
            self.window.import_files([Path(name) for name in names])

    @Slot()
    def open_code(self) -> None:
        # Imported here: the toolbar is built before the database layer is loaded.
        from stagedesk.core.forms.codes import parse_code

        code = parse_code(self.code.text())
        if code is None:
            self.window.statusBar().showMessage(
                self.tr("“{}” is not a form code.").format(self.code.text()), 5000
            )
            return
        if self.window.open_form_code(code.response_id):
            self.code.clear()
