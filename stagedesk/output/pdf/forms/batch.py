"""One form for many internships at once: this month's surveys in one go (Qt-free).

``print_batch`` is a generator: it yields ``(done, total)`` after each form and returns
the paths it wrote, so the UI runs it through ``stagedesk.ui.kit.workers.Job`` with a progress
bar and a Cancel button. Each internship gets its response first, in a short transaction
of its own, so every printed form carries its own code and a batch of hundreds never
holds the database for long.

A combined PDF is written once every form is gathered (a job is a few kilobytes: the
definition and the letterhead with its logo are shared by all of them); a folder gets one
file per form as it goes. Files appear complete or not at all: each is written beside its
place first and renamed. A batch that stops before its forms are on paper (cancelled,
failed) removes the responses it started for them, so no form shows as started that
nobody printed.
"""

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.core.forms import Definition, FormRegistry, RecordKind
from stagedesk.core.forms.responses import find_response
from stagedesk.core.models import (
    Candidate,
    FormAnswer,
    FormResponse,
    Internship,
    InternshipStatus,
)
from stagedesk.output.pdf.forms.job import FormJob, Letterhead, Variant
from stagedesk.output.pdf.forms.printing import record_form_job
from stagedesk.output.pdf.forms.writer import write_form, write_forms

Progress = Generator[tuple[int, int], None, list[Path]]

# Internships that are on now or about to start (a planned one whose start has passed is
# running, even before the statuses are brought up to date).
CURRENT = (InternshipStatus.PLANNED.value, InternshipStatus.RUNNING.value)


@dataclass(frozen=True)
class Selection:
    """Which internships get form ``form_id``: every condition given must hold."""

    form_id: str
    unit_id: int | None = None
    ending_from: dt.date | None = None
    ending_until: dt.date | None = None
    starting_from: dt.date | None = None
    starting_until: dt.date | None = None
    statuses: tuple[str, ...] = ()


def this_month(today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of ``today``'s month."""
    last = calendar.monthrange(today.year, today.month)[1]
    return today.replace(day=1), today.replace(day=last)


def ending_this_month(form_id: str, today: dt.date) -> Selection:
    first, last = this_month(today)
    return Selection(form_id, ending_from=first, ending_until=last)


def starting_this_month(form_id: str, today: dt.date) -> Selection:
    first, last = this_month(today)
    return Selection(form_id, starting_from=first, starting_until=last)


def running_now(form_id: str, today: dt.date) -> Selection:
    return Selection(form_id, starting_until=today, ending_from=today, statuses=CURRENT)


def of_unit(form_id: str, unit_id: int) -> Selection:
    """The unit's planned and running internships (not its years of history)."""
    return Selection(form_id, unit_id=unit_id, statuses=CURRENT)


def internships_for(session: Session, selection: Selection) -> list[tuple[int, str]]:
    """(internship id, intern's name) of the selected internships, by last name."""
    name = Candidate.first_name + " " + Candidate.last_name
    query = (
        select(Internship.id, name)
        .join(Candidate, Internship.candidate_id == Candidate.id)
        .order_by(Candidate.last_name, Candidate.first_name, Internship.id)
    )
    if selection.unit_id is not None:
        query = query.where(Internship.unit_id == selection.unit_id)
    if selection.ending_from is not None:
        query = query.where(Internship.end_date >= selection.ending_from)
    if selection.ending_until is not None:
        query = query.where(Internship.end_date <= selection.ending_until)
    if selection.starting_from is not None:
        query = query.where(Internship.start_date >= selection.starting_from)
    if selection.starting_until is not None:
        query = query.where(Internship.start_date <= selection.starting_until)
    if selection.statuses:
        wanted = [InternshipStatus(status) for status in selection.statuses]
        query = query.where(Internship.status.in_(wanted))
    return [(int(row[0]), str(row[1])) for row in session.execute(query)]


def file_name(job: FormJob) -> str:
    """``intern_survey-celine-lambert-SD-12-K.pdf``: form, intern, the form's code."""
    return f"{job.definition.id}-{slug(job.subject)}-{job.code.short}.pdf"


def slug(text: str) -> str:
    """Plain lowercase letters, digits and dashes: safe in a file name on any system."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60].strip("-") or "form"


def print_batch(
    sessions: sessionmaker[Session],
    registry: FormRegistry,
    selection_or_ids: Selection | Sequence[int],
    variant: Variant,
    *,
    form_id: str | None = None,
    language: str | None = None,
    target: Path,
    one_file: bool,
    today: dt.date,
    written: list[Path] | None = None,
) -> Progress:
    """Print a form for each selected internship: into one PDF at ``target``, or one file
    per form into the folder ``target``. With a list of internship ids, ``form_id`` says
    which form. ``language`` None prints each form in its response's language (the
    intern's). ``written`` (optional) receives each path as soon as it is complete, so a
    caller knows what is on disk when the batch fails or is cancelled.

    Raises ValueError at once, before anything is done, for a combined fillable PDF (a
    fillable form is read back one file at a time) or a form that is not an internship's.
    """
    if one_file and variant is Variant.FILLABLE:
        raise ValueError("fillable forms are written one file per form, into a folder")
    if isinstance(selection_or_ids, Selection):
        form_id = selection_or_ids.form_id
    if form_id is None:
        raise ValueError("which form: give form_id with a list of internship ids")
    definition = registry.get(form_id)
    if definition.record is not RecordKind.INTERNSHIP:
        raise ValueError(f"{form_id} is not a form about an internship")
    batch = _Batch(sessions, registry, definition, variant, language, today)
    out = written if written is not None else []
    if one_file:
        return batch.combined(selection_or_ids, target, out)
    return batch.folder(selection_or_ids, target, out)


class _Batch:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        registry: FormRegistry,
        definition: Definition,
        variant: Variant,
        language: str | None,
        today: dt.date,
    ) -> None:
        self.sessions, self.registry, self.definition = sessions, registry, definition
        self.variant, self.language, self.today = variant, language, today
        self.started: list[int] = []  # responses started for forms not on paper yet
        self.shared = _Shared()

    def combined(
        self, picked: Selection | Sequence[int], target: Path, out: list[Path]
    ) -> Progress:
        try:
            ids = self._ids(picked)
            jobs = []
            for done, internship_id in enumerate(ids, 1):
                jobs.append(self._job(internship_id))
                yield done, len(ids)
            if jobs:
                _write_whole(partial(write_forms, jobs), target)
                self.started.clear()
                out.append(target)
        finally:
            self._forget_unprinted()
        return list(out)

    def folder(self, picked: Selection | Sequence[int], target: Path, out: list[Path]) -> Progress:
        try:
            ids = self._ids(picked)
            target.mkdir(parents=True, exist_ok=True)
            for done, internship_id in enumerate(ids, 1):
                job = self._job(internship_id)
                path = target / file_name(job)
                _write_whole(partial(write_form, job), path)
                self.started.clear()
                out.append(path)
                yield done, len(ids)
        finally:
            self._forget_unprinted()
        return list(out)

    def _ids(self, picked: Selection | Sequence[int]) -> list[int]:
        if not isinstance(picked, Selection):
            return list(picked)
        with self.sessions() as session:
            return [internship_id for internship_id, _name in internships_for(session, picked)]

    def _job(self, internship_id: int) -> FormJob:
        with self.sessions.begin() as session:
            if session.get(Internship, internship_id) is None:
                raise LookupError(f"internship {internship_id} was deleted in the meantime")
            known = find_response(session, self.definition.id, RecordKind.INTERNSHIP, internship_id)
            job = record_form_job(
                session,
                self.registry,
                self.definition,
                internship_id,
                self.variant,
                language=self.language,
                today=self.today,
            )
            if known is None:
                self.started.append(job.code.response_id)
        return self.shared.job(job)

    def _forget_unprinted(self) -> None:
        """On the way out (cancelled or failed): the responses started for forms that
        never reached paper go again, unless someone answered them in the meantime."""
        if not self.started:
            return
        answered = exists().where(FormAnswer.response_id == FormResponse.id)
        with self.sessions.begin() as session:
            session.execute(
                delete(FormResponse).where(FormResponse.id.in_(self.started), ~answered)
            )
        self.started.clear()


class _Shared:
    """What many jobs have in common is kept once, not once per form: the definition
    (an older version is parsed anew for every response) and the letterhead with its
    logo (read anew for every form)."""

    def __init__(self) -> None:
        self.definitions: dict[tuple[str, int], Definition] = {}
        self.letterhead: Letterhead | None = None

    def job(self, job: FormJob) -> FormJob:
        key = (job.definition.id, job.definition.version)
        definition = self.definitions.setdefault(key, job.definition)
        if job.letterhead != self.letterhead:
            self.letterhead = job.letterhead
        assert self.letterhead is not None
        return replace(job, definition=definition, letterhead=self.letterhead)


def _write_whole(write: Callable[[BinaryIO], None], path: Path) -> None:
    """Write beside ``path`` and rename: the file is complete or not there at all."""
    part = path.with_name(path.name + ".part")
    try:
        with part.open("wb") as stream:
            write(stream)
        part.replace(path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
