"""Mail drafts for the moments around an internship: templates, and drafts from them."""

from stagedesk.core.mail.drafts import (
    ATTACHMENTS,
    Attachment,
    MailDraft,
    Person,
    build_draft,
    mail_language,
)
from stagedesk.core.mail.refusals import MailRefused, TemplateProblem
from stagedesk.core.mail.templates import (
    MAIL_LANGUAGES,
    MOMENT_LABELS,
    PLACEHOLDERS,
    MailMoment,
    Template,
    TemplateStore,
    render,
)

__all__ = [
    "ATTACHMENTS",
    "MAIL_LANGUAGES",
    "MOMENT_LABELS",
    "PLACEHOLDERS",
    "Attachment",
    "MailDraft",
    "MailMoment",
    "MailRefused",
    "Person",
    "Template",
    "TemplateProblem",
    "TemplateStore",
    "build_draft",
    "mail_language",
    "render",
]
