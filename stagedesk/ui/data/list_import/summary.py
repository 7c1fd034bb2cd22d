"""What a list makes, in words: for the preview, the final message and the status bar; and
which kinds of record changed, for ``AppContext.data_changed``."""

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from stagedesk.core.imports import ImportFailed, ImportResult
from stagedesk.core.imports.plan import CHANGED_MEANWHILE
from stagedesk.core.models import (
    Application,
    Candidate,
    FormResponse,
    Internship,
    Opportunity,
    Programme,
    School,
    StaffMember,
    Unit,
)
from stagedesk.ui.data.list_import.problems_model import translated

MODELS: dict[str, tuple[type, ...]] = {
    "units": (Unit,),
    "schools": (School,),
    "programmes": (Programme,),
    "mentors": (StaffMember,),
    "opportunities": (Opportunity,),
    "requirement_texts": (Opportunity,),
    "candidates": (Candidate,),
    "applications": (Application,),
    "internships": (Internship, FormResponse),  # a new internship gets its checklists
}


def count_text(kind: str, n: int) -> str:
    translate = QCoreApplication.translate
    match kind:
        case "units":
            return translate("Import", "%n unit(s)", "", n)
        case "schools":
            return translate("Import", "%n school(s)", "", n)
        case "programmes":
            return translate("Import", "%n programme(s)", "", n)
        case "mentors":
            return translate("Import", "%n mentor(s)", "", n)
        case "opportunities":
            return translate("Import", "%n opportunity(ies)", "", n)
        case "requirement_texts":
            return translate("Import", "%n requirements text(s) with its year", "", n)
        case "candidates":
            return translate("Import", "%n candidate(s)", "", n)
        case "applications":
            return translate("Import", "%n application(s)", "", n)
        case _:
            return translate("Import", "%n internship(s)", "", n)


def created_text(created: Mapping[str, int]) -> str:
    """``2 units, 1 school, 3 candidates`` (the kinds with none left out)."""
    return ", ".join(count_text(kind, n) for kind, n in created.items() if n)


def unchanged_text(unchanged: int) -> str:
    if not unchanged:
        return ""
    return QCoreApplication.translate(
        "Import", "%n row(s) already in StageDesk: nothing is created for them.", "", unchanged
    )


def preview_text(
    rows: int, created: Mapping[str, int], unchanged: int, errors: bool, changes: int = 0
) -> str:
    translate = QCoreApplication.translate
    lines = [translate("Import", "%n row(s) read from the list.", "", rows)]
    made = created_text(created)
    if not made:
        lines.append(translate("Import", "Importing creates nothing new."))
    elif errors:
        lines.append(translate("Import", "The rows without errors would create: {}.").format(made))
    else:
        lines.append(translate("Import", "Importing creates: {}.").format(made))
    if unchanged:
        lines.append(unchanged_text(unchanged))
    if changes:
        lines.append(
            translate(
                "Import",
                "The list says something else about %n field(s) of records already in"
                " StageDesk: tick below the changes to make.",
                "",
                changes,
            )
        )
    return "\n".join(lines)


def rows_text(counts: Mapping[str, int]) -> str:
    """How the rows come in: ``240 as they are, 8 with a word explained, 2 refused``."""
    translate = QCoreApplication.translate
    # Each count in a name of its own: lupdate misses a text whose call has a subscript.
    as_is, explained, noted = counts["as_is"], counts["explained"], counts["noted"]
    refused, over = counts["refused"], counts["passed_over"]
    parts = {}
    parts["as_is"] = translate("Import", "%n as they are", "", as_is)
    parts["explained"] = translate("Import", "%n with a word you explained", "", explained)
    parts["noted"] = translate("Import", "%n with text kept in the notes", "", noted)
    parts["refused"] = translate("Import", "%n refused", "", refused)
    parts["passed_over"] = translate("Import", "%n passed over (totals, headings)", "", over)
    shown = ", ".join(text for kind, text in parts.items() if counts[kind])
    return translate("Import", "Rows: {counts}.").format(counts=shown) if shown else ""


def imported_text(file: str, result: ImportResult) -> str:
    translate = QCoreApplication.translate
    made = created_text(result.created) or translate("Import", "nothing new")
    text = translate("Import", "Imported from {file}: {made}.").format(file=file, made=made)
    if result.changed:
        text += " " + translate("Import", "%n record(s) changed.", "", result.changed)
    return f"{text} {unchanged_text(result.unchanged)}".strip()


def changed_models(created: Mapping[str, int], changed: int = 0) -> list[type]:
    """The model classes the import added (or changed) records of, each once."""
    found: list[type] = [Candidate, Application, Internship] if changed else []
    for kind, n in created.items():
        for model in MODELS.get(kind, ()) if n else ():
            if model not in found:
                found.append(model)
    return found


def ask_to_import_rest(parent: QWidget, left_out: int) -> bool:
    """Whether the user agrees to import the rows without an error, ``left_out`` rows
    with one staying out."""
    translate = QCoreApplication.translate
    question = translate(
        "ImportListDialog",
        "%n row(s) with an error are left out and not imported. Save the problems first"
        " to correct those rows and import them later. Import the other rows now?",
        "",
        left_out,
    )
    answer = QMessageBox.question(
        parent,
        translate("ImportListDialog", "Import the rest"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


MAX_LISTED = 10  # problems listed in a message box


def failed_text(failed: ImportFailed) -> str:
    """Why the import refused on its real run (the database changed since the check)."""
    translate = QCoreApplication.translate
    lines = [
        translate("ImportListDialog", "Row {row}: {text}").format(row=p.row, text=translated(p))
        for p in failed.problems[:MAX_LISTED]
    ]
    text = translate("Import", CHANGED_MEANWHILE)
    nothing = translate("ImportListDialog", "Nothing was imported.")
    return f"{text} {nothing}\n\n" + "\n".join(lines)
