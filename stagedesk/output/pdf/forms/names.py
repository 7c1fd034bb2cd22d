"""How the answers of a fillable PDF are named: the contract between writer and reader.

Every interactive field is called ``f.<field id>`` plus, where one form field needs
several PDF fields, a part after another dot:

================  =========================================================================
field type        PDF fields
================  =========================================================================
text, long_text   text field ``f.<id>`` (multi-line for long_text)
date              text field ``f.<id>``, written and read as dd/mm/yyyy
number            text field ``f.<id>``
choice            radio group ``f.<id>``, one button per choice, export value = choice value
multi_choice      check box ``f.<id>.<choice value>`` per choice, export value ``Yes``
yes_no            radio group ``f.<id>`` with export values ``yes`` and ``no``
scale             radio group ``f.<id>`` with export values ``1`` … ``5`` and ``na``; with
                  notes also text field ``f.<id>.note``
check             check boxes ``f.<id>.done`` and ``f.<id>.not_needed`` (export ``Yes``),
                  text fields ``f.<id>.done_on`` (date) and ``f.<id>.note``
rows              text field ``f.<id>.<row>.<column id>`` for rows 0 … ROWS-1
================  =========================================================================

The hidden, read-only text field ``stagedesk_id`` holds the form's full code
(``stagedesk.core.forms.codes``). Radio and check-box values are PDF names: readers
report them with a leading slash (``/4``), writers must set them with it.
"""

ID_FIELD = "stagedesk_id"
PREFIX = "f"
YES = "Yes"  # the export value of every check box
NOT_APPLICABLE = "na"
ROWS = 8  # rows printed for a `rows` field (the first week: a row per half day and more)
DATE_FORMAT = "%d/%m/%Y"


def name(field_id: str, *parts: str | int) -> str:
    return ".".join([PREFIX, field_id, *(str(part) for part in parts)])


def pdf_name(value: str) -> str:
    """A radio or check-box value as a PDF name (what must be written)."""
    return value if value.startswith("/") else f"/{value}"


def plain(value: object) -> str | None:
    """A value as read from a PDF field, without the name's slash; None when empty."""
    if value is None:
        return None
    text = str(value)
    if text.startswith("/"):
        text = text[1:]
    text = text.strip()
    return None if text in ("", "Off") else text
