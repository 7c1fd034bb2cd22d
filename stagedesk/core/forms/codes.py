"""The code that names one printed form: on every page, in the PDF and in its QR code.

Two spellings of the same thing:

* the short code people type or scan, ``SD-123-K`` (response 123, check letter K);
* the full identifier in the PDF's hidden field and QR code,
  ``stagedesk:123:intern_survey:1:K`` — it also names the form and its version, so a
  filled-in PDF is checked against the definition it was printed from.

The check letter catches a mistyped digit or two swapped digits.
"""

import re
from dataclasses import dataclass

_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: they look like 1 and 0
_SHORT = re.compile(r"^\s*SD[-\s]?(\d+)[-\s]?([A-Z])\s*$", re.IGNORECASE)
_FULL = re.compile(r"^stagedesk:(\d+):([a-z][a-z0-9_]*):(\d+):([A-Z])$")


def check_letter(number: int) -> str:
    # Weighted sum of the digits (weights 1, 2, 3… from the right): a swap changes it.
    digits = str(number)[::-1]
    total = sum((position + 1) * int(digit) for position, digit in enumerate(digits))
    return _LETTERS[(total + len(digits)) % len(_LETTERS)]


@dataclass(frozen=True)
class FormCode:
    response_id: int
    form_id: str | None = None
    version: int | None = None

    @property
    def short(self) -> str:
        return f"SD-{self.response_id}-{check_letter(self.response_id)}"

    @property
    def full(self) -> str:
        letter = check_letter(self.response_id)
        return f"stagedesk:{self.response_id}:{self.form_id}:{self.version}:{letter}"


def parse_code(text: str) -> FormCode | None:
    """The code in ``text`` (short or full), or None when it is not a valid one."""
    text = text.strip()
    full = _FULL.match(text)
    if full:
        number, form_id, version, letter = full.groups()
        if check_letter(int(number)) == letter:
            return FormCode(int(number), form_id, int(version))
        return None
    short = _SHORT.match(text)
    if short and check_letter(int(short.group(1))) == short.group(2).upper():
        return FormCode(int(short.group(1)))
    return None
