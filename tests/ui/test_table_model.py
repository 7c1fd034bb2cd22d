"""The table model behind every list, without any widget: filter, sort, find a record."""

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from stagedesk.core.models import InternshipStatus
from stagedesk.ui.kit.table_model import Column, RecordIdRole, RecordTableModel, fold

COLUMNS = (
    Column("name", "Name"),
    Column("start", "Start"),
    Column("hours", "Hours"),
    Column("status", "Status"),
)
ROWS = [
    (11, "Céline Lambert", dt.date(2026, 2, 2), 38, InternshipStatus.RUNNING),
    (12, "Jonas Claes", dt.date(2025, 12, 1), None, InternshipStatus.PLANNED),
    (13, "Élodie Dubois", None, 8, InternshipStatus.COMPLETED),
    (14, "sara el amrani", dt.date(2026, 1, 15), 120, None),
]
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


@pytest.fixture
def model(qapp: QApplication) -> RecordTableModel:
    table = RecordTableModel(COLUMNS)
    table.set_rows(ROWS)
    return table


def names(model: RecordTableModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def ids(model: RecordTableModel) -> list[int | None]:
    return [model.record_id(row) for row in range(model.rowCount())]


def test_cells_are_formatted_for_reading(model: RecordTableModel) -> None:
    assert model.rowCount() == 4 and model.columnCount() == 4
    assert [model.index(0, c).data() for c in range(4)] == [
        "Céline Lambert",
        "02/02/2026",
        "38",
        "Running",
    ]
    assert model.index(1, 2).data() == ""  # no hours: an empty cell
    assert model.index(2, 0).data(RecordIdRole) == 13
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Start"
    assert model.index(9, 0).data() is None  # out of range: nothing, no error


def test_the_model_keeps_qts_rules(model: RecordTableModel, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(model)
    model.set_filter("an")
    qtmodeltester.check(model)
    model.sort(1, DESC)
    qtmodeltester.check(model)


def test_filter_ignores_case_and_accents_and_needs_every_word(model: RecordTableModel) -> None:
    assert fold("Élodie ÇA") == "elodie ca"
    model.set_filter("celine")
    assert names(model) == ["Céline Lambert"]
    model.set_filter("ELODIE")
    assert names(model) == ["Élodie Dubois"]
    model.set_filter("  lambert   céline ")
    assert names(model) == ["Céline Lambert"]
    model.set_filter("lambert claes")
    assert names(model) == []
    model.set_filter("2026")  # the dates as shown count too
    assert names(model) == ["Céline Lambert", "sara el amrani"]
    model.set_filter("planned")  # and the status label
    assert names(model) == ["Jonas Claes"]
    model.set_filter("")
    assert model.rowCount() == model.total_count() == 4


def test_typing_on_narrows_and_deleting_widens_again(model: RecordTableModel) -> None:
    model.set_filter("e")
    assert len(names(model)) == 4
    model.set_filter("el")  # typing on: fewer rows
    assert names(model) == ["Céline Lambert", "Élodie Dubois", "sara el amrani"]
    model.set_filter("e")  # a letter deleted: the others come back
    assert len(names(model)) == 4
    model.set_filter("lam")
    assert names(model) == ["Céline Lambert"]
    model.set_filter("lamb ")  # a trailing space is no new word
    assert names(model) == ["Céline Lambert"]
    model.set_filter("la")  # "Claes", and "Planned" as shown
    assert names(model) == ["Céline Lambert", "Jonas Claes"]


def test_dates_sort_by_date_not_by_text_and_empties_last(model: RecordTableModel) -> None:
    model.sort(1, ASC)
    # As text "01/12/2025" < "02/02/2026" < "15/01/2026"; by date January comes first.
    assert ids(model) == [12, 14, 11, 13]
    model.sort(1, DESC)
    assert ids(model) == [11, 14, 12, 13]  # the empty date still last


def test_numbers_sort_as_numbers(model: RecordTableModel) -> None:
    model.sort(2, ASC)
    assert [model.index(r, 2).data() for r in range(4)][:3] == ["8", "38", "120"]
    assert model.record_id(3) == 12  # the empty cell


def test_text_sorts_without_case_or_accents(model: RecordTableModel) -> None:
    model.sort(0, ASC)
    assert names(model) == ["Céline Lambert", "Élodie Dubois", "Jonas Claes", "sara el amrani"]
    model.sort(3, ASC)  # by the label shown, empty status at the end
    assert [model.index(r, 3).data() for r in range(4)] == [
        "Completed",
        "Planned",
        "Running",
        "",
    ]


def test_sort_survives_filter_and_reload(model: RecordTableModel) -> None:
    model.sort(1, DESC)
    model.set_filter("a")
    assert ids(model)[:3] == [11, 14, 12]
    model.set_rows([*ROWS, (15, "Ann Aerts", dt.date(2026, 6, 1), 4, None)])
    assert ids(model)[0] == 15  # newly loaded rows take their sorted place, filter kept
    assert model.total_count() == 5


def test_record_id_and_row_of_follow_the_visible_order(model: RecordTableModel) -> None:
    model.sort(0, DESC)
    assert model.row_of(12) == 1 and model.record_id(1) == 12
    model.set_filter("claes")
    assert model.row_of(12) == 0
    assert model.row_of(11) is None  # filtered out
    assert model.record_id(1) is None and model.record_id(-1) is None
    for row in range(model.rowCount()):
        record = model.record_id(row)
        assert record is not None and model.row_of(record) == row


def test_reset_signals_tell_views_about_new_rows(model: RecordTableModel, qtbot) -> None:
    with qtbot.waitSignal(model.modelReset):
        model.set_filter("jonas")
    with qtbot.waitSignal(model.layoutChanged):
        model.sort(0, ASC)
    assert not model.index(0, 0).parent().isValid()
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert model.rowCount(QModelIndex()) == 1


def test_decimal_and_bool_cells(qapp: QApplication) -> None:
    table = RecordTableModel((Column("amount", "Amount"), Column("paid", "Paid")))
    table.set_rows([(1, Decimal("350.5"), True), (2, Decimal("12"), False)])
    assert table.index(1, 1).data() == "no"
    table.sort(0, ASC)
    assert table.record_id(0) == 2


def test_every_value_of_every_vocabulary_has_a_label() -> None:
    from enum import StrEnum

    from stagedesk.core import models
    from stagedesk.output.words.enums import ENUM_WORDS

    vocabularies = [
        v for v in vars(models).values() if isinstance(v, type) and issubclass(v, StrEnum)
    ]
    assert len(vocabularies) >= 12
    missing = [m for enum in vocabularies for m in enum if m.value not in ENUM_WORDS.get(enum, {})]
    assert missing == []


def test_the_same_word_in_two_vocabularies_keeps_its_own_label() -> None:
    from stagedesk.core.models import ApplicationSource, DocumentType, InternshipKind, SchoolKind
    from stagedesk.ui.kit.labels import enum_label

    assert enum_label(SchoolKind.EMPLOYMENT_SERVICE) == "Employment-service operator"
    assert enum_label(ApplicationSource.EMPLOYMENT_SERVICE) == "Employment service"
    assert enum_label(InternshipKind.OTHER) == "Other"
    assert enum_label(DocumentType.OTHER) == "Other document"
