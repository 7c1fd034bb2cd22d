"""Which definitions are in use: the built-in toolbox, overridden or extended by the
organisation's own copies in its data folder, plus every older version answers were given
with (kept in the database)."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.db.paths import data_dir, resource_dir
from stagedesk.core.forms.definition import Definition, FormKind, RecordKind
from stagedesk.core.forms.parse import DefinitionInvalid, load_definition, parse_source
from stagedesk.core.models import FormDefinitionSnapshot


def builtin_dir() -> Path:
    """The toolbox shipped with StageDesk (``forms/`` at the top of the project)."""
    return resource_dir() / "forms"


def organisation_dir() -> Path:
    """Where an organisation keeps its own copies and additions."""
    return data_dir() / "forms"


def definition_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


@dataclass
class FormRegistry:
    definitions: dict[str, Definition] = field(default_factory=dict)
    # Files that could not be used (an organisation's copy with a mistake): reported, and
    # the built-in definition of the same id stays in use.
    problems: list[DefinitionInvalid] = field(default_factory=list)

    @classmethod
    def load(cls, folders: Sequence[Path] | None = None) -> "FormRegistry":
        """Definitions from ``folders`` in order; a later folder's id overrides an
        earlier one. The built-in toolbox must be valid: its mistakes raise."""
        folders = [builtin_dir(), organisation_dir()] if folders is None else list(folders)
        registry = cls()
        for position, folder in enumerate(folders):
            for path in definition_files(folder):
                try:
                    definition = load_definition(path)
                except DefinitionInvalid as invalid:
                    if position == 0:
                        raise
                    registry.problems.append(invalid)
                    continue
                registry.definitions[definition.id] = definition
        return registry

    def get(self, form_id: str) -> Definition:
        return self.definitions[form_id]

    def all(self) -> list[Definition]:
        return sorted(self.definitions.values(), key=lambda d: d.id)

    def for_record(self, record: RecordKind, stage: str | None = None) -> list[Definition]:
        """The tools that belong to a kind of record, at its stage when one is given."""
        found = [d for d in self.all() if d.record is record]
        return [d for d in found if stage is None or stage in d.stages]

    def checklists(self, record: RecordKind) -> list[Definition]:
        return [d for d in self.for_record(record) if d.kind is FormKind.CHECKLIST]

    def version(self, session: Session, form_id: str, version: int) -> Definition:
        """The definition answers were given with: the current one when the version
        matches, otherwise the text kept in the database when they were given."""
        current = self.definitions.get(form_id)
        if current is not None and current.version == version:
            return current
        source = session.scalar(
            select(FormDefinitionSnapshot.source).where(
                FormDefinitionSnapshot.form_id == form_id,
                FormDefinitionSnapshot.version == version,
            )
        )
        if source is None:
            raise KeyError(f"{form_id} version {version}")
        return parse_source(source, f"{form_id} (version {version}, kept in the database)")


def stored_versions(session: Session) -> Iterable[tuple[str, int]]:
    query = select(FormDefinitionSnapshot.form_id, FormDefinitionSnapshot.version).order_by(
        FormDefinitionSnapshot.form_id, FormDefinitionSnapshot.version
    )
    return [(str(form_id), int(version)) for form_id, version in session.execute(query)]
