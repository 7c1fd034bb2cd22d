"""The files the import dialog saves: the template, the problems, the refused rows (to fix
in Excel and import later) and a words file (the answers, for the command line).

A mixin of :class:`ImportListDialog`: each save asks where, writes through the dialog's
background job, and opens the file written. Texts are in the dialog's context.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from stagedesk.core.imports import HEADERS, ImportPlan, Table
from stagedesk.core.imports.columns import REASON_HEADER
from stagedesk.core.imports.meanings import UNKNOWN, VOCABULARIES
from stagedesk.core.imports.words import written_in
from stagedesk.ui.data.list_import import work
from stagedesk.ui.data.list_import.preview_page import PreviewPage
from stagedesk.ui.data.list_import.problems_model import ROW, SORT_KEYS, ProblemsModel, translated
from stagedesk.ui.data.list_import.template import open_file, save_import_template
from stagedesk.ui.data.list_import.words_box import WordsBox
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.labels import screen_language
from stagedesk.ui.kit.save_as import ask_save_path
from stagedesk.ui.kit.workers import Job

SAVE = "save"


translate = QCoreApplication.translate  # texts in the dialog's context


class Saving:
    """What the dialog has that saving uses."""

    context: AppContext
    path: Path
    status: QLabel
    preview_page: PreviewPage
    table: Table | None
    plan: ImportPlan | None
    _start: Callable[[Job, str, str, Callable[[object], None]], None]
    _end: Callable[[], str]

    def _ask(self, title: str, name: str) -> Path | None:
        suggested = self.path.with_name(name.format(name=self.path.stem))
        assert isinstance(self, QWidget)
        return ask_save_path(
            self,
            self.context,
            title,
            f"{suggested}.xlsx",
            translate("ImportListDialog", "Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )

    @Slot()
    def save_template(self) -> None:
        assert isinstance(self, QWidget)
        saved = save_import_template(self, self.context.shell)
        if saved is not None:
            self.status.setText(
                translate("ImportListDialog", "Template saved as {file}").format(file=saved)
            )

    @Slot()
    def save_problems(self) -> None:
        target = self._ask(
            translate("ImportListDialog", "Save the problems as"),
            translate("ImportListDialog", "{name} - problems"),
        )
        if target is None:
            return
        model = self.preview_page.model
        lines = sorted(model.lines, key=SORT_KEYS[ROW])  # in the file's order, to work down
        job = Job(
            work.write_problem_file,
            target,
            ProblemsModel.headers(),
            lines,
            model.kinds,
            translate("ImportListDialog", "Problems"),
        )
        self._start(
            job, SAVE, translate("ImportListDialog", "Saving the problems…"), self._on_saved
        )

    @Slot()
    def save_refused(self) -> None:
        """The rows with an error as the list has them, why in a last column: corrected
        in Excel, the file imports as it is (StageDesk passes over that column)."""
        assert self.plan is not None and self.table is not None
        target = self._ask(
            translate("ImportListDialog", "Save the refused rows as"),
            translate("ImportListDialog", "{name} - refused rows"),
        )
        if target is None:
            return
        headers = [*self.table.headers, REASON_HEADER.text(screen_language())]
        rows = refused_rows(self.plan, self.table)
        widths = [16] * len(self.table.headers) + [60]
        job = Job(
            work.write_table_file,
            target,
            headers,
            rows,
            widths,
            translate("ImportListDialog", "Refused rows"),
        )
        self._start(
            job, SAVE, translate("ImportListDialog", "Saving the refused rows…"), self._on_saved
        )

    @Slot()
    def save_words(self) -> None:
        """The answers in the words box, as a words file for ``stagedesk import --words``."""
        assert self.plan is not None
        target = self._ask(
            translate("ImportListDialog", "Save the words as"),
            translate("ImportListDialog", "{name} - words"),
        )
        if target is None:
            return
        box = self.preview_page.words_box
        headers = [
            translate("ImportListDialog", "Column"),
            translate("ImportListDialog", "Word"),
            translate("ImportListDialog", "Meaning"),
        ]
        rows = words_rows(self.plan, box)
        job = Job(
            work.write_table_file,
            target,
            headers,
            rows,
            (24, 30, 30),
            translate("ImportListDialog", "Words"),
        )
        self._start(job, SAVE, translate("ImportListDialog", "Saving the words…"), self._on_saved)

    @Slot(object)
    def _on_saved(self, target: object) -> None:
        self._end()
        if isinstance(target, OSError):
            reason = target.strerror or str(target)
            self.status.setText(
                translate("ImportListDialog", "The file could not be written: {}").format(reason)
            )
            assert isinstance(self, QWidget)
            QMessageBox.warning(self, self.windowTitle(), self.status.text())
            return
        assert isinstance(target, Path)
        self.status.setText(translate("ImportListDialog", "Saved as {file}").format(file=target))
        open_file(target)


def refused_rows(plan: ImportPlan, table: Table) -> list[list[Any]]:
    """Each refused row's cells as the list has them, and why, in the file's order."""
    width = len(table.headers)
    values = dict(table.rows)
    rows = []
    for number in plan.refused_rows:
        why = [
            f"{plan.header_of(p.column)}: {translated(p)}" if p.column else translated(p)
            for p in plan.problems_of(number)
            if not p.warning
        ]
        cells = list(values.get(number, ()))[:width]
        rows.append([*cells, *[None] * (width - len(cells)), " · ".join(why)])
    return rows


def words_rows(plan: ImportPlan, box: WordsBox) -> list[tuple[str, str, str]]:
    """(the list's column, the word, its meaning in the user's language) for each word."""
    rows = []
    for word, combo in zip(box.words, box.combos, strict=True):
        meaning = box.meaning(word, combo)
        if meaning is UNKNOWN:
            shown = ""
        elif word.column in VOCABULARIES:
            _lookup, vocabulary = VOCABULARIES[word.column]
            shown = written_in(vocabulary[meaning], screen_language())
        else:
            shown = str(meaning)
        header = plan.header_of(word.column) or HEADERS[word.column].text(screen_language())
        rows.append((header, word.word, shown))
    return rows
