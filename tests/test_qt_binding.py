"""Guards against known defects of the Qt binding that StageDesk relies on not having."""

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidgetItem


def test_none_item_data_keeps_its_reference(qapp: object) -> None:
    # PySide6 6.12.0 returned None from QVariant without a new reference: each call to
    # currentData() on an empty choice lowered None's count until Python aborted at exit.
    combo = QComboBox()
    combo.addItem("", None)
    item = QListWidgetItem("x")
    before = sys.getrefcount(None)
    for _ in range(200):
        combo.currentData()
        item.data(Qt.ItemDataRole.UserRole)
    assert sys.getrefcount(None) - before >= 0
