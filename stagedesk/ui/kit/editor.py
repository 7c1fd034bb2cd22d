"""The editor of one record, built from its spec: validates as the user types, saves whole."""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from stagedesk.core.records import repository
from stagedesk.core.records.listing import choices
from stagedesk.core.records.validation import (
    REQUIRED,
    REQUIRED_FIELDS,
    Issue,
    ValidationFailed,
    validate,
)
from stagedesk.ui.kit import dialogs
from stagedesk.ui.kit.conflict import KEEP_EDITING, ConflictDialog, differences
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.fields import ChoiceField, Field, make_field
from stagedesk.ui.kit.labels import format_value
from stagedesk.ui.kit.spec import EntitySpec, FieldSpec, Kind

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size


def issue_text(issue: Issue) -> str:
    template = QCoreApplication.translate("Validation", issue.message)
    return template.format(**{key: format_value(v) for key, v in issue.params.items()})


class RecordEditor(QWidget):
    saved = Signal(int)
    dirty_changed = Signal(bool)

    def __init__(self, context: AppContext, spec: EntitySpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.spec = spec
        self.record_id: int | None = None
        self._fields: dict[str, Field] = {}
        self._errors: dict[str, QLabel] = {}
        self._loaded: dict[str, Any] | None = None  # None until something is shown
        self._stored: dict[str, Any] = {}  # the record as loaded, before the fields
        self.conflict: ConflictDialog | None = None  # someone else saved first
        self._theirs: dict[str, Any] = {}  # what they saved, while the user decides
        self._version: int | None = None
        self._touched: set[str] = set()
        self._show_all_errors = False
        self._loading = False
        self._choices_stale = True
        # Values set by the surroundings, not by a field: a contact's school, say.
        self.fixed: dict[str, Any] = {}
        self._build()
        context.data_changed.connect(self._on_data_changed)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("editorTitle")
        self.title.setWordWrap(True)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._build_form())
        self.save_button = QPushButton(QCoreApplication.translate("RecordEditor", "&Save"), self)
        self.save_button.setToolTip(
            QCoreApplication.translate("RecordEditor", "Save the changes (Ctrl+S)")
        )
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(
            QCoreApplication.translate("RecordEditor", "&Undo changes"), self
        )
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body(scroll), 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def body(self, form: QWidget) -> QWidget:
        """The part between title and buttons; subclasses wrap the form (e.g. in tabs)."""
        return form

    def _build_form(self) -> QWidget:
        form = QWidget(self)
        outer = QVBoxLayout(form)
        required = set(REQUIRED_FIELDS.get(self.spec.model, ()))
        captions: list[QLabel] = []
        for section in self.spec.sections:
            box = QGroupBox(QCoreApplication.translate("Field", section.title), form)
            rows = QFormLayout(box)
            rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for spec in section.fields:
                captions.append(self._add_field(rows, spec, spec.name in required))
            outer.addWidget(box)
        outer.addStretch(1)
        # One caption width for all sections, so the fields line up down the whole form.
        width = max((label.sizeHint().width() for label in captions), default=0)
        for label in captions:
            label.setMinimumWidth(width)
        return form

    def _add_field(self, rows: QFormLayout, spec: FieldSpec, required: bool) -> QLabel:
        label = QCoreApplication.translate("Field", spec.label)
        field = make_field(spec, label, self)
        widget = field.widget
        widget.setAccessibleName(label)
        if spec.help:
            widget.setToolTip(QCoreApplication.translate("Field", spec.help))
        error = QLabel(widget.parentWidget())
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        cell = QVBoxLayout()
        cell.setSpacing(2)
        # A narrow widget (a number box) is aligned, not stretched: unaligned, its maximum
        # width would be the whole cell's, and its message would be squeezed and cut off.
        narrow = widget.maximumWidth() < QWIDGETSIZE_MAX
        cell.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if narrow else Qt.AlignmentFlag(0))
        cell.addWidget(error)
        caption = QLabel("" if spec.kind == Kind.BOOL else label + (" *" if required else ""))
        caption.setBuddy(widget)
        rows.addRow(caption, cell)
        self._fields[spec.name] = field
        self._errors[spec.name] = error
        field.changed.connect(lambda name=spec.name: self._on_changed(name))
        return caption

    # -- loading -------------------------------------------------------------------------
    def load(self, record_id: int | None, defaults: dict[str, Any] | None = None) -> None:
        """Show a record (or a new one with ``defaults``); raises RecordGone if deleted."""
        values: dict[str, Any]
        if record_id is None:
            values = {**self.spec.defaults(), **(defaults or {})}
            self._version = None
        else:
            values = repository.load(self.context.sessions, self.spec.model, record_id)
            self._version = values.pop("version")
        self.record_id = record_id
        self._stored = values
        self._loading = True
        try:
            self._refresh_choices(values)
            for name, field in self._fields.items():
                field.set_value(values.get(name))
        finally:
            self._loading = False
        self._loaded = self.values()
        self._touched.clear()
        self._show_all_errors = False
        self._show_issues([])
        self._update_title()
        self._update_buttons()
        self.dirty_changed.emit(False)

    def _refresh_choices(self, values: dict[str, Any]) -> None:
        with self.context.sessions() as session:
            for spec in self.spec.fields():
                if spec.kind != Kind.REF or spec.ref is None:
                    continue
                field = self._fields[spec.name]
                assert isinstance(field, ChoiceField)
                if spec.depends_on:
                    owner = values.get(spec.depends_on)
                    pairs = choices(session, spec.ref, **{spec.depends_on: owner}) if owner else []
                    field.set_choices(pairs)
                elif self._choices_stale:
                    field.set_choices(choices(session, spec.ref, **spec.ref_filter))
        self._choices_stale = False

    @Slot(object)
    def _on_data_changed(self, model: object) -> None:
        if any(spec.ref is model for spec in self.spec.fields()):
            self._choices_stale = True

    # -- state ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        values = {name: field.value() for name, field in self._fields.items()}
        return {**values, **self.fixed}

    def is_dirty(self) -> bool:
        return self._loaded is not None and self.values() != self._loaded

    def _on_changed(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self._update_dependants(name)
        self._show_issues(self.issues())
        self._update_title()
        self._update_buttons()
        self.dirty_changed.emit(self.is_dirty())

    def _update_dependants(self, name: str) -> None:
        dependants = [s for s in self.spec.fields() if s.depends_on == name]
        if not dependants:
            return
        self._loading = True
        try:
            self._refresh_choices(self.values())
        finally:
            self._loading = False

    def issues(self) -> list[Issue]:
        with self.context.sessions() as session:
            return validate(
                self.spec.model,
                self.values(),
                session=session,
                record_id=self.record_id,
                today=self.context.today(),
            )

    def _show_issues(self, issues: list[Issue]) -> None:
        by_field = {issue.field: issue for issue in issues}
        for name, label in self._errors.items():
            issue = by_field.get(name)
            shown = issue is not None and (
                self._show_all_errors
                or name in self._touched
                # A rule that another field broke (overlap, stop reason): show it as soon
                # as the user changes anything; "required" waits until the field is left
                # empty on purpose or Save is pressed.
                or (bool(self._touched) and issue.message != REQUIRED)
            )
            label.setText(issue_text(issue) if shown and issue else "")
            label.setVisible(shown)
            widget = self._fields[name].widget
            if widget.property("invalid") != shown:
                widget.setProperty("invalid", shown)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def error_text(self, name: str) -> str:
        """The message shown next to a field ('' when none): what the user reads."""
        label = self._errors[name]
        return label.text() if label.isVisibleTo(self) else ""

    def field(self, name: str) -> Field:
        return self._fields[name]

    def display_text(self, name: str) -> str:
        """The value of a field as the user sees it (the label of a chosen record)."""
        field = self._fields[name]
        if isinstance(field, ChoiceField):
            return field.current_label()
        return format_value(field.value())

    def _update_title(self) -> None:
        self.title.setText(self.spec.describe(self.values()))

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty or self.record_id is None)
        self.revert_button.setEnabled(dirty)

    # -- actions -------------------------------------------------------------------------
    @Slot()
    def save(self) -> bool:
        """Save if valid; otherwise show every problem. Returns whether it was saved."""
        issues = self.issues()
        if issues:
            self._show_all_errors = True
            self._show_issues(issues)
            self._focus(issues[0].field)
            return False
        values = {**self.values(), "version": self._version}
        try:
            record_id = self.write(values)
        except ValidationFailed as failed:
            self._show_all_errors = True
            self._show_issues(failed.issues)
            return False
        except repository.RecordChanged:
            self._show_conflict()
            return False
        except (repository.RecordGone, SQLAlchemyError) as error:
            dialogs.save_failed(self, error)
            return False
        self.load(record_id)
        self.saved.emit(record_id)
        self.context.data_changed.emit(self.spec.model)
        return True

    # -- someone else saved first --------------------------------------------------------
    def _show_conflict(self) -> None:
        """Show what the other coordinator changed; the answer comes to _on_conflict."""
        assert self.record_id is not None
        try:
            theirs = repository.load(self.context.sessions, self.spec.model, self.record_id)
        except repository.RecordGone as gone:
            dialogs.save_failed(self, gone)
            return
        found = differences(self.spec, self._fields, self._stored, theirs, self.values())
        self._theirs = theirs
        self.conflict = ConflictDialog(found, self)
        self.conflict.finished.connect(self._on_conflict)
        self.conflict.open()

    @Slot(int)
    def _on_conflict(self, answer: int) -> None:
        assert self.conflict is not None
        self.conflict.deleteLater()
        self.conflict, theirs = None, self._theirs
        if answer != KEEP_EDITING:
            self.load(self.record_id)
            return
        # Theirs becomes the base; what the user changed is laid back on top of it.
        mine, base = self.values(), self._loaded or {}
        changed = {name for name in self._fields if mine.get(name) != base.get(name)}
        self._version = theirs.pop("version")
        self._stored = theirs
        self._loading = True
        try:
            self._refresh_choices(theirs)
            for name, field in self._fields.items():
                field.set_value(theirs.get(name))
            self._loaded = self.values()
            for name in changed:
                self._fields[name].set_value(mine[name])
        finally:
            self._loading = False
        self._touched |= changed
        self._update_title()
        self._update_buttons()
        self.dirty_changed.emit(self.is_dirty())

    def write(self, values: dict[str, Any]) -> int:
        """Validate and save ``values`` in one transaction; the record's id. Records whose
        saving brings more along (an internship's checklists) have their own core
        function, which their editor calls instead."""
        return repository.save(
            self.context.sessions,
            self.spec.model,
            values,
            self.record_id,
            today=self.context.today(),
        )

    def maybe_leave(self) -> bool:
        """Ask about unsaved changes; True when the editor may show something else."""
        if not self.is_dirty():
            return True
        answer = dialogs.ask_save_changes(self)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    @Slot()
    def revert(self) -> None:
        self.load(self.record_id) if self.record_id is not None else self.load(None)

    def _focus(self, name: str) -> None:
        widget = self._fields[name].widget
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
