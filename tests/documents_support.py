"""What the tests of the printed documents share: the small seed with answers to every
kind of tool, and reading a PDF back."""

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy.orm import Session

from stagedesk.core.db.database import Database
from stagedesk.core.forms import CheckAnswer, CheckStatus, FormRegistry, ScaleAnswer, builtin_dir
from stagedesk.core.forms.responses import save_answers
from stagedesk.core.forms.tools import open_response
from stagedesk.core.models import FollowUpEntry, FollowUpKind, FormResponse
from tests.seed import Seed, seed_small

REGISTRY = FormRegistry.load([builtin_dir()])
LOG_TEXT = "Tussentijdse evaluatie met de school: de stagiair werkt zelfstandig."
SURVEY_TEXT = "Ik heb veel geleerd over persberichten en de website."
MENTOR_TEXT = "Ze schreef drie nieuwsbrieven zelfstandig."
LONG = ("Een heel lang antwoord dat maar doorgaat over alles wat er te vertellen valt. " * 40)[
    :3000
]


def read(path: Path) -> tuple[int, str]:
    """The number of pages and all the text, whitespace made single spaces."""
    reader = PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def fonts_of(path: Path) -> set[str]:
    reader = PdfReader(path)
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "/FontDescriptor" in font and "/FontFile2" in font["/FontDescriptor"]:
                names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


def answer(session: Session, form_id: str, record_id: int, values: dict[str, object]) -> None:
    definition = REGISTRY.get(form_id)
    response = session.get(FormResponse, open_response(session, definition, record_id))
    assert response is not None
    save_answers(session, definition, response, values)
    response.answered_by = "An Peeters"


def fill_seed(database: Database) -> Seed:
    """The small seed, with an info sheet, a checklist, an interview and two surveys."""
    seed = seed_small(database.sessions)
    running = seed.internships["running"]
    checks = REGISTRY.get("welcome_checklist").checks()
    with database.sessions.begin() as session:
        answer(session, "info_sheet", running, {"emergency_name": "Marie Lambert"})
        answer(
            session,
            "welcome_checklist",
            running,
            {
                checks[0].id: CheckAnswer(CheckStatus.DONE, dt.date(2026, 1, 28)),
                checks[1].id: CheckAnswer(CheckStatus.NOT_NEEDED),
                checks[2].id: CheckAnswer(due=dt.date(2026, 2, 1)),
                checks[3].id: CheckAnswer(due=dt.date(2026, 4, 1)),
            },
        )
        answer(
            session,
            "question_set",
            seed.applications["accepted"],
            {"q_why_internship": ScaleAnswer(4, note="Kent onze campagnes"), "decision": "accept"},
        )
        answer(session, "intern_survey", running, {"added_value_comments": SURVEY_TEXT})
        answer(session, "mentor_survey", running, {"added_value_comments": MENTOR_TEXT})
        session.add(
            FollowUpEntry(
                internship_id=running,
                entry_date=dt.date(2026, 2, 27),
                kind=FollowUpKind.FEEDBACK,
                text=LOG_TEXT,
            )
        )
    return seed
