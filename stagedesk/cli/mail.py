"""Command line: mail drafts for the moments around an internship.

stagedesk mail MOMENT --internship ID --out FILE.eml [--lang nl|fr|en]
stagedesk mail MOMENT --internship ID --mailto [--lang nl|fr|en]
"""

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_REFUSED = 2
Opener = Callable[[argparse.Namespace], Any]

# The values of stagedesk.core.mail.MailMoment, repeated so that parsing the command line
# does not import the database layer (a test checks they agree).
MOMENT_VALUES = ("practical_info", "intern_survey", "mentor_survey", "thank_school")


def add_commands(commands: Any, database: argparse.ArgumentParser, opener: Opener) -> None:
    mail = commands.add_parser(
        "mail",
        parents=[database],
        help="a mail draft for an internship: an .eml file, or a mailto: link",
    )
    mail.add_argument(
        "moment", metavar="MOMENT", choices=MOMENT_VALUES, help=", ".join(MOMENT_VALUES)
    )
    mail.add_argument("--internship", type=int, required=True, metavar="ID")
    mail.add_argument("--lang", choices=("nl", "fr", "en"), help="default: the recipient's")
    output = mail.add_mutually_exclusive_group(required=True)
    output.add_argument("--out", type=Path, metavar="FILE.eml", help="write the draft here")
    output.add_argument("--mailto", action="store_true", help="print a mailto: link")
    mail.set_defaults(handler=lambda args: _run_mail(args, opener))


def _run_mail(args: argparse.Namespace, opener: Opener) -> int:
    from stagedesk.core.forms import FormRegistry
    from stagedesk.core.mail import MailMoment, MailRefused, TemplateStore, build_draft
    from stagedesk.output.mail import attachment_pdf, mailto_url, write_eml

    registry = FormRegistry.load()
    database = opener(args)
    try:
        with database.sessions.begin() as session:
            draft = build_draft(
                session,
                registry,
                TemplateStore.standard(),
                args.internship,
                MailMoment(args.moment),
                language=args.lang,
            )
            if args.mailto:
                print(mailto_url(draft))
                return 0
            pdf = attachment_pdf(session, registry, draft, today=dt.date.today())
    except MailRefused as refusal:
        print(f"stagedesk: {refusal_text(refusal)}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        database.dispose()
    try:
        write_eml(draft, pdf, draft.attachment_name, args.out)
    except OSError as error:
        print(f"stagedesk: cannot write {args.out}: {error.strerror or error}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"{args.out}\t{draft.to.address}\t{draft.attachment_name or ''}".rstrip("\t"))
    return 0


def refusal_text(refusal: Any) -> str:
    """A MailRefused in the user's language."""
    from PySide6.QtCore import QCoreApplication

    template = QCoreApplication.translate("Mail", refusal.message)
    return str(template.format(**refusal.params))
