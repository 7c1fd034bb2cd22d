"""Other organisations' StageDesk files, for one annual overview over them all (nine
cabinets answering one question). Each file is read through a copy, never changed
(``core.reports.several``); the workbook has the organisation first in every row.

``OtherFiles`` is the row of the Reports page that holds them; ``write_several`` the
export's work, for ``Job``.
"""

from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from stagedesk.core.records.organisation import organisation
from stagedesk.core.reports import AnnualOverview
from stagedesk.core.reports.scope import ReportScope
from stagedesk.core.reports.several import combined, overview_of_file
from stagedesk.output.xlsx.annual import write_annual_overview


class OtherFiles(QWidget):
    """ "Add another StageDesk file…", the files added, and "This file only"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths: list[Path] = []
        self.add_button = QPushButton(self.tr("Add another &organisation's file…"), self)
        self.add_button.setToolTip(
            self.tr(
                "One annual overview over several StageDesk files (each organisation its"
                " own): the files are read, never changed"
            )
        )
        self.shown = QLabel(self)
        self.shown.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("This file only"), self)
        self.add_button.clicked.connect(self.add)
        self.clear_button.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_button)
        row.addWidget(self.shown, 1)
        row.addWidget(self.clear_button)
        self._update()

    @Slot()
    def add(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Another organisation's StageDesk file"),
            "",
            self.tr("StageDesk databases (*.sqlite *.db);;All files (*)"),
        )
        if path and Path(path) not in self.paths:
            self.paths.append(Path(path))
            self._update()
            self.changed.emit()

    @Slot()
    def clear(self) -> None:
        self.paths.clear()
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        names = ", ".join(path.name for path in self.paths)
        self.shown.setText(
            self.tr("Also in the annual overview's workbook: {files}").format(files=names)
            if self.paths
            else ""
        )
        self.clear_button.setVisible(bool(self.paths))


def write_several(
    sessions: Callable[[], Any],
    own: AnnualOverview,
    others: Sequence[Path],
    scope: ReportScope,
    target: Path,
    this_file: str,
) -> Generator[tuple[int, int], None, Path]:
    """The annual overview of this database (counted already) and of each other file,
    as one workbook; a file that cannot be read fails the export with its name."""
    total = len(others) + 1
    yield 0, total
    with sessions() as session:
        settings = organisation(session)
        name = settings.name.strip() if settings and settings.name else ""
    parts = [(name or this_file, own)]
    for done, path in enumerate(others, start=1):
        other, overview = overview_of_file(path, scope)
        if other in {known for known, _overview in parts}:
            other = f"{other} ({path.stem})"
        parts.append((other, overview))
        yield done, total
    write_annual_overview(combined(parts), target, language=scope.language)
    yield total, total
    return target
