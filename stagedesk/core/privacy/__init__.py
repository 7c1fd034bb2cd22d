"""Privacy (GDPR): how long personal data are kept, a person's data on request, erasing.

- ``retention``: the retention setting and who is due to be anonymised;
- ``anonymise``: anonymising in one transaction, then wiping the old bytes from the file;
- ``kept``: what erasing one person removes and what stays, anonymous;
- ``person``: everything StageDesk holds about one person (``output.person_export``
  writes it as xlsx or JSON).
"""

from stagedesk.core.privacy.anonymising import (
    Anonymised,
    Options,
    PersonGone,
    anonymise,
    anonymise_steps,
    compact,
    erase_person,
    erase_steps,
)
from stagedesk.core.privacy.kept import Keeping, what_is_kept
from stagedesk.core.privacy.person import PersonData, person_data
from stagedesk.core.privacy.retention import (
    Due,
    RetentionSettings,
    due_for_anonymising,
    mark_reviewed,
    postpone,
    read_settings,
    set_years,
)
from stagedesk.core.privacy.words import Line

__all__ = [
    "Anonymised",
    "Due",
    "Keeping",
    "Line",
    "Options",
    "PersonData",
    "PersonGone",
    "RetentionSettings",
    "anonymise",
    "anonymise_steps",
    "compact",
    "due_for_anonymising",
    "erase_person",
    "erase_steps",
    "mark_reviewed",
    "person_data",
    "postpone",
    "read_settings",
    "set_years",
    "what_is_kept",
]
