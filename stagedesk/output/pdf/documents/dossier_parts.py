"""The parts of an internship's dossier after its cover, each empty when there is
nothing to show: the checklists with the state of every item, the interview that led to
the internship, the follow-up log and the surveys."""

import datetime as dt
from collections.abc import Iterator

from reportlab.lib.colors import Color  # type: ignore[import-untyped]
from sqlalchemy.orm import Session

from stagedesk.core.forms import (
    Answers,
    CheckAnswer,
    CheckStatus,
    Definition,
    Field,
    FormKind,
    FormRegistry,
    RecordKind,
    terms,
)
from stagedesk.core.forms.prefill import with_due_date
from stagedesk.core.forms.responses import find_response, load_answers
from stagedesk.core.models import FollowUpKind, FormResponse, Internship
from stagedesk.core.records.listing import follow_up
from stagedesk.output.pdf.documents.answer_table import answer_blocks, average_score, response_note
from stagedesk.output.pdf.forms.values import date_text
from stagedesk.output.pdf.kit import style
from stagedesk.output.pdf.kit.grid import (
    LATE,
    PLAIN,
    QUIET,
    STRONG,
    Cell,
    Column,
    Look,
    paragraph,
    subheading,
    table,
)
from stagedesk.output.pdf.kit.layout import Block
from stagedesk.output.words.documents import (
    CHECK_COUNTS,
    DATE,
    DONE_ON,
    DUE_ON,
    ITEM,
    KIND,
    NOTE,
    OPEN,
    OVERDUE,
    STATE,
)
from stagedesk.output.words.enums import enum_word
from stagedesk.output.words.forms import say

DONE_LOOK = Look(STRONG.font, STRONG.size, Color(0.1, 0.45, 0.2))
CHECK_SHARES = (0.5, 0.18, 0.14, 0.18)  # item, state, done on, due
LOG_SHARES = (0.15, 0.15, 0.7)  # date, kind, text
Filled = tuple[Definition, FormResponse, Answers]


def filled_forms(
    session: Session, registry: FormRegistry, definitions: list[Definition], record_id: int
) -> Iterator[Filled]:
    """The record's responses to ``definitions`` that hold at least one answer, each with
    the definition version it was answered with."""
    for current in definitions:
        response = find_response(session, current.id, current.record, record_id)
        if response is None:
            continue
        definition = registry.version(session, response.form_id, response.form_version)
        answers = load_answers(session, definition, response.id)
        if answers:
            yield definition, response, answers


# -- checklists ----------------------------------------------------------------------------
def checklist_blocks(
    session: Session, registry: FormRegistry, internship: Internship, language: str, today: dt.date
) -> list[Block]:
    blocks: list[Block] = []
    for definition, _response, answers in filled_forms(
        session, registry, registry.checklists(RecordKind.INTERNSHIP), internship.id
    ):
        checks = [(field, _check(field, answers, internship)) for field in definition.checks()]
        blocks.append(subheading(definition.title.get(language), _counts(checks, language, today)))
        widths = [style.WIDTH * share for share in CHECK_SHARES]
        titles = [say(word, language) for word in (ITEM, STATE, DONE_ON, DUE_ON)]
        columns = [Column(title, width) for title, width in zip(titles, widths, strict=True)]
        rows = [_check_row(field, check, language, today) for field, check in checks]
        blocks.extend(table(columns, rows))
    return blocks


def _check(field: Field, answers: Answers, internship: Internship) -> CheckAnswer:
    return with_due_date(field, answers.get(field.id), internship.start_date)


def _late(check: CheckAnswer, today: dt.date) -> bool:
    return check.status is None and check.due is not None and check.due < today


def _counts(checks: list[tuple[Field, CheckAnswer]], language: str, today: dt.date) -> str:
    states = [check.status for _, check in checks]
    return say(
        CHECK_COUNTS,
        language,
        done=states.count(CheckStatus.DONE),
        not_needed=states.count(CheckStatus.NOT_NEEDED),
        open=states.count(None),
        late=sum(_late(check, today) for _, check in checks),
    )


def _check_row(field: Field, check: CheckAnswer, language: str, today: dt.date) -> list[Cell]:
    late = _late(check, today)
    if check.status is CheckStatus.DONE:
        state: Cell = [(f"✓ {terms.DONE.get(language)}", DONE_LOOK)]
    elif check.status is CheckStatus.NOT_NEEDED:
        state = [(terms.NOT_NEEDED.get(language), QUIET)]
    elif late:
        state = [(say(OVERDUE, language), LATE)]
    else:
        state = [(say(OPEN, language), PLAIN)]
    due = date_text(check.due) if check.due else ""
    due_cell: Cell = [(due, LATE if late else PLAIN)]
    done_on = date_text(check.done_on) if check.done_on else ""
    item: Cell = [(field.label.get(language), PLAIN), (check.note or "", QUIET)]
    return [item, state, [(done_on, PLAIN)], due_cell]


# -- the interview -------------------------------------------------------------------------
def interview_blocks(
    session: Session, registry: FormRegistry, internship: Internship, language: str
) -> list[Block]:
    """The forms of the application that led to the internship (the question set)."""
    if internship.application_id is None:
        return []
    definitions = [
        d for d in registry.for_record(RecordKind.APPLICATION) if d.kind is FormKind.FORM
    ]
    blocks: list[Block] = []
    for definition, response, answers in filled_forms(
        session, registry, definitions, internship.application_id
    ):
        blocks.append(subheading(definition.title.get(language), response_note(response, language)))
        average = average_score(answers, language)
        if average:
            blocks.append(paragraph(average, STRONG))
        blocks.extend(answer_blocks(definition, answers, language))
    return blocks


# -- the follow-up log ---------------------------------------------------------------------
def follow_up_blocks(session: Session, internship: Internship, language: str) -> list[Block]:
    """Every entry of the log, oldest first."""
    rows = sorted(follow_up(session, internship.id).rows, key=lambda row: (row[1], row[0]))
    if not rows:
        return []
    widths = [style.WIDTH * share for share in LOG_SHARES]
    titles = [say(word, language) for word in (DATE, KIND, NOTE)]
    columns = [Column(title, width) for title, width in zip(titles, widths, strict=True)]
    cells = [
        [[(date_text(day), PLAIN)], [(_kind(kind, language), STRONG)], [(text or "", PLAIN)]]
        for _id, day, kind, text in rows
    ]
    return table(columns, cells)


def _kind(kind: FollowUpKind | str, language: str) -> str:
    return enum_word(FollowUpKind(kind), language)


# -- surveys -------------------------------------------------------------------------------
def survey_blocks(
    session: Session, registry: FormRegistry, internship: Internship, language: str
) -> list[Block]:
    """The forms the intern and the mentor fill in and hand back, with their answers."""
    definitions = [
        d for d in registry.for_record(RecordKind.INTERNSHIP) if d.returned_by_someone_else
    ]
    blocks: list[Block] = []
    for definition, response, answers in filled_forms(
        session, registry, definitions, internship.id
    ):
        blocks.append(subheading(definition.title.get(language), response_note(response, language)))
        blocks.extend(answer_blocks(definition, answers, language))
    return blocks
