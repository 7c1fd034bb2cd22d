"""The toolbox engine: form definitions (TOML in ``forms/``), their answers and checklists."""

from stagedesk.core.forms.answers import (
    Answers,
    CheckAnswer,
    CheckStatus,
    ScaleAnswer,
    validate_answers,
)
from stagedesk.core.forms.definition import (
    LANGUAGES,
    Choice,
    Column,
    Definition,
    Field,
    FieldType,
    FormKind,
    RecordKind,
    Role,
    Section,
    Text,
)
from stagedesk.core.forms.parse import DefinitionInvalid, load_definition, parse_source
from stagedesk.core.forms.registry import FormRegistry, builtin_dir, organisation_dir

__all__ = [
    "LANGUAGES",
    "Answers",
    "CheckAnswer",
    "CheckStatus",
    "Choice",
    "Column",
    "Definition",
    "DefinitionInvalid",
    "Field",
    "FieldType",
    "FormKind",
    "FormRegistry",
    "RecordKind",
    "Role",
    "ScaleAnswer",
    "Section",
    "Text",
    "builtin_dir",
    "load_definition",
    "organisation_dir",
    "parse_source",
    "validate_answers",
]
