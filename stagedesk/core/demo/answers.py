"""Toolbox rows for the demo: responses and answers as plain rows, in the layout
``forms.responses`` writes and reads (one ``form_answers`` row per value), and answers
drawn at random the way people fill in surveys and interview grids."""

import datetime as dt
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.demo.base import Row, RowStore, Weighted
from stagedesk.core.demo.form_texts import COMMENTS, CRITICAL, INTERVIEW_NOTES, pick
from stagedesk.core.forms.definition import (
    LANGUAGES,
    NOT_APPLICABLE,
    Definition,
    Field,
    FieldType,
    RecordKind,
)
from stagedesk.core.models import (
    FormAnswer,
    FormDefinitionSnapshot,
    FormResponse,
    Language,
    ResponseStatus,
    StaffMember,
)

BATCH = 20_000  # answer rows held before they are written
NUMBERS = {number: Decimal(number) for number in range(6)}  # scores and yes (1) / no (0)
# A person's overall mood sets the level of their scores; each score varies around it.
MOODS = Weighted({2: 6, 3: 19, 4: 50, 5: 25})
NOT_APPLICABLE_RATE = 0.05
# One draw gives "not applicable" or the score's spread around the mood: below the first
# bound n/a, then one lower (25 % of scores), the same (55 %) or one higher (20 %).
_LOWER = NOT_APPLICABLE_RATE + 0.25 * (1 - NOT_APPLICABLE_RATE)
_SAME = NOT_APPLICABLE_RATE + 0.80 * (1 - NOT_APPLICABLE_RATE)
COMMENT_RATE = 0.3  # optional comment fields someone writes in
NOTE_RATE = 0.3  # interview scores with a note beside them


@dataclass(frozen=True)
class StaffFact:
    name: str
    language: Language
    unit_id: int
    head: bool
    mentor: bool
    coordinator: bool


def staff_facts(session: Session) -> dict[int, StaffFact]:
    query = select(
        StaffMember.id,
        StaffMember.first_name,
        StaffMember.last_name,
        StaffMember.language,
        StaffMember.unit_id,
        StaffMember.is_unit_head,
        StaffMember.is_mentor,
        StaffMember.is_coordinator,
    ).order_by(StaffMember.id)
    return {
        row.id: StaffFact(
            f"{row.first_name} {row.last_name}",
            row.language,
            row.unit_id,
            row.is_unit_head,
            row.is_mentor,
            row.is_coordinator,
        )
        for row in session.execute(query)
    }


def form_language(language: Language | None) -> Language:
    """A form is made in the person's language when the toolbox has it, else in Dutch."""
    return language if language is not None and language.value in LANGUAGES else Language.DUTCH


class FormRows:
    """Responses and answers as rows; remembers which definitions were used."""

    def __init__(self, rows: RowStore) -> None:
        self.rows = rows
        self.used: dict[str, Definition] = {}

    def response(
        self,
        definition: Definition,
        record_id: int | None,
        language: Language,
        *,
        status: ResponseStatus = ResponseStatus.DRAFT,
        completed_on: dt.date | None = None,
        answered_by: str | None = None,
        unit_id: int | None = None,
    ) -> int:
        self.used.setdefault(definition.id, definition)
        record = definition.record
        return self.rows.add(
            FormResponse,
            form_id=definition.id,
            form_version=definition.version,
            unit_id=unit_id,
            opportunity_id=record_id if record is RecordKind.OPPORTUNITY else None,
            application_id=record_id if record is RecordKind.APPLICATION else None,
            internship_id=record_id if record is RecordKind.INTERNSHIP else None,
            language=language,
            status=status,
            completed_on=completed_on,
            answered_by=answered_by,
        )

    def answer(
        self,
        response_id: int,
        field_id: str,
        *,
        text: str | None = None,
        number: Decimal | None = None,
        date: dt.date | None = None,
        note: str | None = None,
        due: dt.date | None = None,
        index: int | None = None,
    ) -> None:
        """One ``form_answers`` row, with only the columns that hold a value: the others
        are NULL, and rows with fewer parameters are quicker to insert."""
        rows = self.rows
        rows.counts[FormAnswer] += 1
        row: Row = {"id": rows.counts[FormAnswer], "response_id": response_id, "field_id": field_id}
        if text is not None:
            row["value_text"] = text
        if number is not None:
            row["value_number"] = number
        if date is not None:
            row["value_date"] = date
        if note is not None:
            row["note"] = note
        if due is not None:
            row["due_date"] = due
        if index is not None:
            row["row_index"] = index
        pending = rows.rows[FormAnswer]
        pending.append(row)
        if len(pending) >= BATCH:
            rows.flush()

    def values(
        self, response_id: int, definition: Definition, values: Mapping[str, object]
    ) -> None:
        """Plain values (text, choice, several choices, number, date, yes/no) by field id."""
        for field in definition.fields():
            value = values.get(field.id)
            if value is None or value == "" or value == []:
                continue
            kind = field.type
            if kind is FieldType.MULTI_CHOICE and isinstance(value, list):
                for position, choice in enumerate(value):
                    self.answer(response_id, field.id, text=str(choice), index=position)
            elif kind is FieldType.NUMBER and isinstance(value, int):
                self.answer(response_id, field.id, number=Decimal(value))
            elif kind is FieldType.DATE and isinstance(value, dt.date):
                self.answer(response_id, field.id, date=value)
            elif kind is FieldType.YES_NO:
                self.answer(response_id, field.id, number=NUMBERS[1 if value else 0])
            else:
                self.answer(response_id, field.id, text=str(value))

    def finish(self) -> None:
        """Keep the text of every definition used, then write what is left."""
        for form_id in sorted(self.used):
            definition = self.used[form_id]
            self.rows.add_plain(
                FormDefinitionSnapshot,
                {
                    "form_id": form_id,
                    "version": definition.version,
                    "source": definition.source_text,
                },
            )
        self.rows.flush()


class Answerer:
    """Answers to scales, yes/no questions, comments and choices, at a person's mood."""

    def __init__(self, rng: random.Random, forms: FormRows) -> None:
        self.rng = rng
        self.forms = forms

    def score(self, mood: int, draw: float | None = None) -> int:
        """A score around ``mood``; ``draw`` is a random number at or above the n/a bound."""
        if draw is None:
            draw = NOT_APPLICABLE_RATE + self.rng.random() * (1 - NOT_APPLICABLE_RATE)
        spread = -1 if draw < _LOWER else 0 if draw < _SAME else 1
        return min(5, max(1, mood + spread))

    def fill(
        self,
        response_id: int,
        form_id: str,
        fields: Sequence[Field],
        mood: int,
        language: Language,
    ) -> None:
        rng, answer = self.rng, self.forms.answer
        for field in fields:
            kind = field.type
            if kind is FieldType.SCALE:
                self._scale(response_id, field, mood, language)
            elif kind is FieldType.YES_NO:
                yes = rng.random() < (0.92 if mood >= 3 else 0.4)
                answer(response_id, field.id, number=NUMBERS[1 if yes else 0])
            elif kind in (FieldType.LONG_TEXT, FieldType.TEXT):
                self._comment(response_id, form_id, field.id, mood, language)
            elif kind is FieldType.CHOICE and field.choices:
                answer(response_id, field.id, text=rng.choice(field.choices).value)
            elif kind is FieldType.MULTI_CHOICE and field.choices:
                chosen = rng.sample(field.choices, k=rng.randint(1, min(2, len(field.choices))))
                for position, choice in enumerate(chosen):
                    answer(response_id, field.id, text=choice.value, index=position)

    def _scale(self, response_id: int, field: Field, mood: int, language: Language) -> None:
        rng = self.rng
        draw = rng.random()
        if draw < NOT_APPLICABLE_RATE:
            self.forms.answer(response_id, field.id, text=NOT_APPLICABLE)
            return
        score = self.score(mood, draw)
        note = None
        if field.notes and rng.random() < NOTE_RATE:
            band = "strong" if score >= 4 else "weak" if score <= 2 else "plain"
            note = rng.choice(pick(INTERVIEW_NOTES[band], language))
        self.forms.answer(response_id, field.id, number=NUMBERS[score], note=note)

    def _comment(
        self, response_id: int, form_id: str, field_id: str, mood: int, language: Language
    ) -> None:
        texts = COMMENTS.get(f"{form_id}.{field_id}")
        if texts is None or self.rng.random() >= COMMENT_RATE:
            return
        if mood <= 2:
            texts = CRITICAL.get(form_id, texts)
        self.forms.answer(response_id, field_id, text=self.rng.choice(pick(texts, language)))
