"""How values are shown: enum members in the user's language, dates the Belgian way."""

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from stagedesk.output.words.enums import enum_word

DATE_FORMAT = "dd/MM/yyyy"
FORM_LANGUAGES = ("nl", "fr", "en")


def ui_language() -> str:
    """The user's language for texts StageDesk carries in three languages (forms)."""
    language = QLocale().name()[:2]
    return language if language in FORM_LANGUAGES else "nl"


def screen_language() -> str:
    """The language the interface's own texts are in now. Each translation file
    translates this code into its own; with none installed the texts are English."""
    # Translators: the code of this file's language, and nothing else: nl, fr or en.
    code = QCoreApplication.translate("Language", "en")
    return code if code in FORM_LANGUAGES else "en"


def enum_label(member: StrEnum) -> str:
    """``member`` in the language of the interface: the very word the files StageDesk
    writes use (``output/words/enums.py`` is the one home of these vocabularies)."""
    return enum_word(member, screen_language())


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QDate(value.year, value.month, value.day).toString(DATE_FORMAT)


def format_value(value: Any) -> str:
    """Text for a table cell."""
    if type(value) is str:  # the common case first: lists format 100,000s of cells
        return value
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return enum_label(value)
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("Value", "yes")
        return QCoreApplication.translate("Value", "no")
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, Decimal):
        return QLocale().toString(float(value), "f", 2)
    return str(value)
