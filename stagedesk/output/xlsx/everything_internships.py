"""The internship side of "export everything": internships, follow-up, form responses and
their answers, documents; and the list of every sheet in the workbook's order."""

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from stagedesk.core.models import (
    Application,
    Candidate,
    Document,
    DocumentType,
    FollowUpEntry,
    FollowUpKind,
    FormAnswer,
    FormResponse,
    HireContract,
    Internship,
    InternshipKind,
    InternshipStatus,
    Language,
    Opportunity,
    ResponseStatus,
    School,
    SchoolContact,
    StaffMember,
    StoppedBy,
    Unit,
)
from stagedesk.output.xlsx import everything_sheets as people
from stagedesk.output.xlsx.everything_sheets import (
    Column,
    Kind,
    Sheet,
    as_date,
    as_text,
    as_word,
    as_yes_no,
    full_name,
    make_sheet,
    record_columns,
    reference,
)


def internships() -> Sheet:
    i = Internship
    mentor, backup = aliased(StaffMember), aliased(StaffMember)
    columns = [
        Column("id", i.id, width=8),
        reference("intern", i.candidate_id),
        as_text("intern", full_name(Candidate)),
        reference("application", i.application_id),
        reference("unit", i.unit_id),
        as_text("unit", Unit.name),
        reference("opportunity", i.opportunity_id),
        as_text("opportunity", Opportunity.title, 30),
        reference("mentor", i.mentor_id),
        as_text("mentor", full_name(mentor)),
        reference("backup", i.backup_id),
        as_text("backup", full_name(backup)),
        reference("school", i.school_id),
        as_text("school", School.name, 30),
        reference("supervisor", i.supervisor_id),
        as_text("supervisor", SchoolContact.name),
        as_word("internship_kind", i.kind, InternshipKind, 22),
        as_yes_no("paid", i.paid),
        Column("allowance", i.allowance, width=12),
        as_text("unpaid_reason", i.unpaid_reason, 30),
        as_date("start_date", i.start_date),
        as_date("end_date", i.end_date),
        Column("hours_per_week", i.hours_per_week),
        Column("total_hours", i.total_hours),
        Column("days_per_week", i.days_per_week),
        as_yes_no("telework", i.telework),
        as_word("status", i.status, InternshipStatus),
        as_text("stop_reason", i.stop_reason, 30),
        as_word("stopped_by", i.stopped_by, StoppedBy),
        as_yes_no("hired_later", i.hired_later),
        as_date("hired_date", i.hired_date),
        as_text("hired_function", i.hired_function),
        as_word("hired_contract", i.hired_contract, HireContract),
        as_text("notes", i.notes, 40),
        as_text("age_band", i.age_band, 10),
        *record_columns(i),
    ]
    query = (
        select(*(c.expression for c in columns))
        .join(Candidate, i.candidate_id == Candidate.id)
        .join(Unit, i.unit_id == Unit.id)
        .outerjoin(Opportunity, i.opportunity_id == Opportunity.id)
        .outerjoin(mentor, i.mentor_id == mentor.id)
        .outerjoin(backup, i.backup_id == backup.id)
        .outerjoin(School, i.school_id == School.id)
        .outerjoin(SchoolContact, i.supervisor_id == SchoolContact.id)
    )
    return make_sheet("internships", i, columns, query)


def follow_up() -> Sheet:
    f = FollowUpEntry
    columns = [
        Column("id", f.id, width=8),
        reference("internship", f.internship_id),
        as_text("intern", full_name(Candidate)),
        as_date("entry_date", f.entry_date),
        as_word("follow_up_kind", f.kind, FollowUpKind),
        as_text("text", f.text, 60),
        *record_columns(f),
    ]
    query = (
        select(*(c.expression for c in columns))
        .join(Internship, f.internship_id == Internship.id)
        .join(Candidate, Internship.candidate_id == Candidate.id)
    )
    return make_sheet("follow_up", f, columns, query)


def form_responses() -> Sheet:
    """The intern is the internship's, or for an interview the application's candidate."""
    r = FormResponse
    of_internship, of_application = aliased(Candidate), aliased(Candidate)
    columns = [
        Column("id", r.id, width=8),
        as_text("form", r.form_id, 22),
        Column("form_version", r.form_version, width=10),
        reference("unit", r.unit_id),
        as_text("unit", Unit.name),
        reference("opportunity", r.opportunity_id),
        as_text("opportunity", Opportunity.title, 30),
        reference("application", r.application_id),
        reference("internship", r.internship_id),
        reference("organisation", r.organisation_id),  # the policy plan and the rules
        as_text("intern", func.coalesce(full_name(of_internship), full_name(of_application))),
        as_word("language", r.language, Language),
        as_word("status", r.status, ResponseStatus),
        as_date("completed_on", r.completed_on),
        as_text("answered_by", r.answered_by),
        *record_columns(r),
    ]
    query = (
        select(*(c.expression for c in columns))
        .outerjoin(Unit, r.unit_id == Unit.id)
        .outerjoin(Opportunity, r.opportunity_id == Opportunity.id)
        .outerjoin(Internship, r.internship_id == Internship.id)
        .outerjoin(of_internship, Internship.candidate_id == of_internship.id)
        .outerjoin(Application, r.application_id == Application.id)
        .outerjoin(of_application, Application.candidate_id == of_application.id)
    )
    return make_sheet("form_responses", r, columns, query)


def form_answers() -> Sheet:
    """The biggest sheet by far (half a million rows in ten busy years): only the
    response's form next to its id; the rest is on the responses sheet."""
    a = FormAnswer
    columns = [
        Column("id", a.id, width=9),
        reference("response", a.response_id),
        as_text("form", FormResponse.form_id, 22),
        as_text("field", a.field_id, 24),
        as_text("column", a.column_id, 14),
        Column("row_index", a.row_index, width=8),
        as_text("value_text", a.value_text, 30),
        Column("value_number", a.value_number, width=10),
        as_date("value_date", a.value_date),
        as_text("note", a.note, 40),
        as_date("due_date", a.due_date),
    ]
    query = select(*(c.expression for c in columns)).join(
        FormResponse, a.response_id == FormResponse.id
    )
    return make_sheet("form_answers", a, columns, query)


def documents() -> Sheet:
    d = Document
    columns = [
        Column("id", d.id, width=8),
        reference("internship", d.internship_id),
        as_text("intern", full_name(Candidate)),
        as_word("document_kind", d.kind, DocumentType, 22),
        as_text("title", d.title, 30),
        as_text("original_name", d.original_name, 30),
        as_text("stored_name", d.stored_name, 36),
        as_date("added_on", d.added_on),
        Column("size", d.size, width=12),
        as_text("sha256", d.sha256, 20),
        *record_columns(d),
    ]
    query = (
        select(*(c.expression for c in columns))
        .join(Internship, d.internship_id == Internship.id)
        .join(Candidate, Internship.candidate_id == Candidate.id)
    )
    return make_sheet("documents", d, columns, query)


def all_sheets(include_target_groups: bool) -> list[Sheet]:
    """Every sheet, in the workbook's order: from the organisation to the documents."""
    return [
        people.organisation(),
        people.units(),
        people.staff(),
        people.schools(),
        people.school_contacts(),
        people.programmes(),
        people.opportunities(),
        people.requirement_texts(),
        people.candidates(include_target_groups),
        people.applications(),
        internships(),
        follow_up(),
        form_responses(),
        form_answers(),
        documents(),
    ]


__all__ = ["Column", "Kind", "Sheet", "all_sheets"]
