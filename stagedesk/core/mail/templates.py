"""Mail templates: the moments StageDesk writes a mail for, and their editable texts.

The built-in texts are files in ``resources/mail`` named ``<moment>.<language>.txt``: a
first line ``Subject: …``, an empty line, then the body. An organisation's edited copy
has the same name in ``data_dir()/mail`` and is used instead; resetting to the default
deletes that copy. Texts hold ``{placeholders}`` (``PLACEHOLDERS``) filled per internship.
"""

import string
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from stagedesk.core.db.paths import data_dir, resource_dir
from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.mail.refusals import (
    LONE_BRACE,
    UNKNOWN_PLACEHOLDER,
    MailRefused,
    TemplateProblem,
)

MAIL_LANGUAGES = ("nl", "fr", "en")
SUBJECT = "Subject:"


class MailMoment(StrEnum):
    """The moments the guide names for a mail to someone around an internship."""

    PRACTICAL_INFO = "practical_info"  # to the intern, before the first day
    INTERN_SURVEY = "intern_survey"  # to the intern, at the end
    MENTOR_SURVEY = "mentor_survey"  # to the mentor, at the end
    THANK_SCHOOL = "thank_school"  # to the school supervisor, at the end


MOMENT_LABELS = {
    MailMoment.PRACTICAL_INFO: QT_TRANSLATE_NOOP("Mail", "Practical information for the intern"),
    MailMoment.INTERN_SURVEY: QT_TRANSLATE_NOOP("Mail", "Survey for the intern"),
    MailMoment.MENTOR_SURVEY: QT_TRANSLATE_NOOP("Mail", "Survey for the mentor"),
    MailMoment.THANK_SCHOOL: QT_TRANSLATE_NOOP("Mail", "Thanks to the school supervisor"),
}

# Every placeholder a template may use, with what it stands for.
PLACEHOLDERS = {
    "intern_first_name": QT_TRANSLATE_NOOP("Mail", "the intern's first name"),
    "intern_name": QT_TRANSLATE_NOOP("Mail", "the intern's full name"),
    "mentor_first_name": QT_TRANSLATE_NOOP("Mail", "the mentor's first name"),
    "mentor_name": QT_TRANSLATE_NOOP("Mail", "the mentor's full name"),
    "mentor_email": QT_TRANSLATE_NOOP("Mail", "the mentor's e-mail address"),
    "backup_name": QT_TRANSLATE_NOOP("Mail", "the backup's name"),
    "unit": QT_TRANSLATE_NOOP("Mail", "the unit"),
    "start_date": QT_TRANSLATE_NOOP("Mail", "the first day (dd/mm/yyyy)"),
    "end_date": QT_TRANSLATE_NOOP("Mail", "the last day (dd/mm/yyyy)"),
    "organisation": QT_TRANSLATE_NOOP("Mail", "your organisation's name"),
    "coordinator_name": QT_TRANSLATE_NOOP("Mail", "the coordinator's name"),
    "supervisor_name": QT_TRANSLATE_NOOP("Mail", "the school supervisor's name"),
    "school": QT_TRANSLATE_NOOP("Mail", "the school"),
}


@dataclass(frozen=True)
class Template:
    subject: str
    body: str

    @classmethod
    def parse(cls, text: str) -> "Template":
        """A template file's text; without a ``Subject:`` line it is all body."""
        first, _, rest = text.replace("\r\n", "\n").partition("\n")
        if not first.startswith(SUBJECT):
            return cls("", text.strip("\n"))
        return cls(first[len(SUBJECT) :].strip(), rest.strip("\n"))

    def text(self) -> str:
        return f"{SUBJECT} {self.subject}\n\n{self.body.strip(chr(10))}\n"


def builtin_mail_dir() -> Path:
    """The default texts shipped with StageDesk (``resources/mail``)."""
    return resource_dir() / "resources" / "mail"


def own_mail_dir() -> Path:
    """Where the organisation's edited texts are kept."""
    return data_dir() / "mail"


@dataclass(frozen=True)
class TemplateStore:
    """The default texts and the organisation's own copies, which win."""

    builtin: Path
    own: Path

    @classmethod
    def standard(cls) -> "TemplateStore":
        return cls(builtin_mail_dir(), own_mail_dir())

    @staticmethod
    def file_name(moment: MailMoment, language: str) -> str:
        if language not in MAIL_LANGUAGES:
            raise ValueError(language)
        return f"{moment.value}.{language}.txt"

    def own_path(self, moment: MailMoment, language: str) -> Path:
        return self.own / self.file_name(moment, language)

    def is_own(self, moment: MailMoment, language: str) -> bool:
        return self.own_path(moment, language).is_file()

    def default(self, moment: MailMoment, language: str) -> Template:
        path = self.builtin / self.file_name(moment, language)
        return Template.parse(path.read_text(encoding="utf-8-sig"))

    def load(self, moment: MailMoment, language: str) -> Template:
        """The organisation's own text when there is one, else the default."""
        path = self.own_path(moment, language)
        if path.is_file():
            return Template.parse(path.read_text(encoding="utf-8-sig"))
        return self.default(moment, language)

    def save(self, moment: MailMoment, language: str, template: Template) -> Path:
        """Keep an edited text; a TemplateProblem (nothing written) when it is not usable."""
        check(template)
        path = self.own_path(moment, language)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template.text(), encoding="utf-8")
        return path

    def reset(self, moment: MailMoment, language: str) -> None:
        """Back to the default text: the organisation's copy is deleted."""
        self.own_path(moment, language).unlink(missing_ok=True)


def placeholders_in(text: str) -> list[str]:
    """The placeholders ``text`` uses, in order; a TemplateProblem for one that is not
    known or a brace that is not part of one."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:
        raise TemplateProblem(LONE_BRACE, {"example": "{intern_first_name}"}) from None
    used = []
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            shown = "{" + name + (f"!{conversion}" if conversion else "")
            shown += (f":{spec}" if spec else "") + "}"
            known = ", ".join("{" + key + "}" for key in PLACEHOLDERS)
            raise TemplateProblem(UNKNOWN_PLACEHOLDER, {"placeholder": shown, "known": known})
        used.append(name)
    return used


def check(template: Template) -> None:
    placeholders_in(template.subject)
    placeholders_in(template.body)


def render(template: Template, values: Mapping[str, str], gaps: Mapping[str, str]) -> Template:
    """The template filled in. ``gaps`` says, per placeholder the records cannot fill, why
    (a message with ``{placeholder}``); a template that uses one is refused."""
    for text in (template.subject, template.body):
        for name in placeholders_in(text):
            if name not in values:
                raise MailRefused(gaps[name], {"placeholder": "{" + name + "}"})
    return Template(
        template.subject.format_map(values).replace("\n", " "),
        template.body.format_map(values),
    )
