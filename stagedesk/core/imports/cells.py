"""One cell's value as the type its column needs, or the reason it cannot be.

Each reader returns the value or raises :class:`CellProblem` with a message (marked for
translation in the "Import" context) and its parameters.
"""

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.imports.words import yes_no
from stagedesk.core.text import fold, tidy

NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Import", "“{value}” is not a date: write it as dd/mm/yyyy, e.g. 15/09/2024."
)
NO_SUCH_DAY = QT_TRANSLATE_NOOP("Import", "“{value}” is a day that does not exist.")
NUMBER_NOT_DATE = QT_TRANSLATE_NOOP(
    "Import",
    "The number {value} stands where a date belongs: format the cell as a date or write"
    " dd/mm/yyyy.",
)
NOT_A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Import", "“{value}” is not a whole number.")
TOO_LONG = QT_TRANSLATE_NOOP("Import", "This text is longer than {limit} characters.")

FORMULA_ERROR = QT_TRANSLATE_NOOP(
    "Import",
    "The cell shows {error}: its formula failed. Correct the formula in the workbook, or"
    " type the value itself.",
)
# What Excel and LibreOffice show for a failed formula; a CSV saved from them holds it too.
FORMULA_ERRORS = frozenset(
    ("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!")
)

NOT_AN_AMOUNT = QT_TRANSLATE_NOOP("Import", "“{value}” is not an amount in euro.")
NOT_A_DAY = QT_TRANSLATE_NOOP(
    "Import", "“{value}” is a month or a year, not a day: write the day, as dd/mm/yyyy."
)
SERIAL_FROM, SERIAL_TO = 25_569, 62_502  # Excel's numbers for 1 Jan 1970 and 31 Dec 2070
_MONTH_YEAR = re.compile(r"[^\W\d]{3,}\.?\s*(19|20)\d\d", re.UNICODE)  # "sept. 2021"

_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
# Dates before this are typing mistakes (01/01/0024), not history an organisation kept.
_EARLIEST = dt.date(1900, 1, 1)


class CellProblem(Exception):
    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message.format(**params))
        self.message, self.params = message, params


def no_formula_error(value: Any) -> None:
    """Raise for a failed formula's result, whatever the column."""
    if isinstance(value, str) and value.strip().upper() in FORMULA_ERRORS:
        raise CellProblem(FORMULA_ERROR, error=value.strip().upper())


def text(value: Any, limit: int = 200) -> str | None:
    """Trimmed text with runs of spaces made one; ``None`` for an empty cell."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # 1234.0 from a number cell is the text "1234"
    if isinstance(value, dt.datetime | dt.date):
        value = _as_date(value).strftime("%d/%m/%Y")
    cleaned = tidy(str(value))
    if len(cleaned) > limit:
        raise CellProblem(TOO_LONG, limit=limit)
    return cleaned or None


def long_text(value: Any) -> str | None:
    """A description (requirements): a few paragraphs, not a name."""
    return text(value, limit=4000)


def date(value: Any) -> dt.date | None:
    """A real date cell, or text as dd/mm/yyyy (also with - or .) or yyyy-mm-dd."""
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return _checked(_as_date(value), value)
    if isinstance(value, bool):
        raise CellProblem(NOT_A_DATE, value=value)
    if isinstance(value, int | float):
        serial = excel_serial(value)
        if serial is None and float(value).is_integer() and 1900 <= value <= 2100:
            raise CellProblem(NOT_A_DAY, value=_number_text(value))  # a year alone
        if serial is None:
            raise CellProblem(NUMBER_NOT_DATE, value=_number_text(value))
        return _checked(serial, value)
    written = tidy(str(value))
    if not written:
        return None
    named = _named_month_day(written)
    if named is not None:
        return named
    if _MONTH_YEAR.fullmatch(written) or re.fullmatch(r"(19|20)\d\d", written):
        raise CellProblem(NOT_A_DAY, value=written)
    for pattern, order in ((_DAY_FIRST, (2, 1, 0)), (_ISO, (0, 1, 2))):
        found = pattern.match(written)
        if found:
            year, month, day = (int(found.group(i + 1)) for i in order)
            try:
                return _checked(dt.date(year, month, day), written)
            except ValueError:
                raise CellProblem(NO_SUCH_DAY, value=written) from None
    if re.fullmatch(r"\d+([.,]\d+)?", written):
        raise CellProblem(NUMBER_NOT_DATE, value=written)
    raise CellProblem(NOT_A_DATE, value=written)


def us_date(value: Any) -> dt.date | None:
    """A date of a column written month first (mm/dd/yyyy): an American export."""
    if isinstance(value, str):
        found = _DAY_FIRST.match(tidy(value))
        if found:
            month, day, year = (int(found.group(i)) for i in (1, 2, 3))
            try:
                return _checked(dt.date(year, month, day), value)
            except ValueError:
                raise CellProblem(NO_SUCH_DAY, value=tidy(value)) from None
    return date(value)


def month_first(values: Any) -> bool:
    """Whether the texts of a date column can only be month first: some "a/b/yyyy" has
    b over 12, and none has a over 12."""
    seconds = firsts = False
    for value in values:
        found = _DAY_FIRST.match(tidy(value)) if isinstance(value, str) else None
        if found:
            firsts = firsts or int(found.group(1)) > 12
            seconds = seconds or int(found.group(2)) > 12
    return seconds and not firsts


def excel_serial(number: float) -> dt.date | None:
    """The day a whole number stands for in Excel (days since 30/12/1899), for a date
    column saved as numbers; None outside 1970–2069, where it is no plausible date."""
    if isinstance(number, bool) or not float(number).is_integer():
        return None
    if not SERIAL_FROM <= number <= SERIAL_TO:
        return None
    return dt.date(1899, 12, 30) + dt.timedelta(days=int(number))


def whole_number(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellProblem(NOT_A_WHOLE_NUMBER, value=value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    written = tidy(str(value)).replace(",", ".")
    if re.fullmatch(r"\d+(\.0+)?", written):
        return int(float(written))
    raise CellProblem(NOT_A_WHOLE_NUMBER, value=tidy(str(value)) or value)


# A month as people shorten it, in Dutch, French and English (folded: no accents).
_MONTHS = {
    **dict.fromkeys(("jan", "janv", "januari", "janvier", "january"), 1),
    **dict.fromkeys(("feb", "febr", "fev", "fevr", "februari", "fevrier", "february"), 2),
    **dict.fromkeys(("mrt", "maa", "maart", "mar", "mars", "march"), 3),
    **dict.fromkeys(("apr", "avr", "april", "avril"), 4),
    **dict.fromkeys(("mei", "mai", "may"), 5),
    **dict.fromkeys(("jun", "juni", "juin", "june"), 6),
    **dict.fromkeys(("jul", "juli", "juil", "juillet", "july"), 7),
    **dict.fromkeys(("aug", "augustus", "aout", "august"), 8),
    **dict.fromkeys(("sep", "sept", "september", "septembre"), 9),
    **dict.fromkeys(("okt", "oct", "oktober", "octobre", "october"), 10),
    **dict.fromkeys(("nov", "november", "novembre"), 11),
    **dict.fromkeys(("dec", "december", "decembre"), 12),
}
_MONTH_AND_YEAR = re.compile(r"([a-z]+)\.?\s*[-/ ]?\s*((?:19|20)\d\d)")
_EURO = r"(?:€|eur|euro)?"
_AMOUNT = re.compile(_EURO + r"\s*(\d{1,3}(?:[ .]\d{3})*|\d+)(?:,(\d{1,2}))?\s*" + _EURO)
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s*([a-z]+)\.?\s*((?:19|20)\d\d)")  # 1 sept. 2021


def month_of(value: Any) -> tuple[int, int] | None:
    """(year, month) of a text like "sept. 2021" or "maart 2022"; None for anything else."""
    if not isinstance(value, str):
        return None
    found = _MONTH_AND_YEAR.fullmatch(fold(tidy(value)))
    if found is None or found.group(1) not in _MONTHS:
        return None
    return int(found.group(2)), _MONTHS[found.group(1)]


def _named_month_day(written: str) -> dt.date | None:
    """A day written with its month's name: "1 sept. 2021", "15 maart 2022"."""
    found = _DAY_MONTH_YEAR.fullmatch(fold(written))
    if found is None or found.group(2) not in _MONTHS:
        return None
    year, month, day = int(found.group(3)), _MONTHS[found.group(2)], int(found.group(1))
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellProblem(NO_SUCH_DAY, value=written) from None


def amount(value: Any) -> Decimal | bool | None:
    """Euro as written in a list ("350", "€ 1.200,50", "350 EUR"); a yes or no word
    says only whether there was one."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value < 0:
            raise CellProblem(NOT_AN_AMOUNT, value=_number_text(value))
        return Decimal(str(value)).quantize(Decimal("0.01"))
    written = tidy(str(value))
    if not written:
        return None
    said = yes_no(written)
    if said is not None:
        return said
    found = _AMOUNT.fullmatch(fold(written))
    if found is None:
        if re.fullmatch(r"\d+\.\d{1,2}", written):  # 350.50, as a program wrote it
            return Decimal(written).quantize(Decimal("0.01"))
        raise CellProblem(NOT_AN_AMOUNT, value=written)
    euros = re.sub(r"[ .]", "", found.group(1))
    return Decimal(f"{euros}.{found.group(2) or 0}").quantize(Decimal("0.01"))


def _as_date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _checked(day: dt.date, written: Any) -> dt.date:
    if day < _EARLIEST:
        shown = written.strftime("%d/%m/%Y") if isinstance(written, dt.date) else written
        raise CellProblem(NO_SUCH_DAY, value=shown)
    return day


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
