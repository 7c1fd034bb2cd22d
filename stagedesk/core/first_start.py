"""The first start: what a new organisation tells StageDesk, saved in one transaction.

    if needs_first_start(sessions):
        problems = setup_issues(setup)
        save_setup(sessions, setup)     # the organisation and its coordinator, or nothing

The demo organisation lives in a file of its own next to the real database
(``stagedesk-demo.sqlite``), so trying StageDesk never mixes with real data:

    summary = make_demo_file(demo_file_for(db_path), today)
"""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.core.models import Language, OrganisationSettings, StaffMember
from stagedesk.core.records.organisation import organisation, organisation_to_change
from stagedesk.core.records.validation import Issue, validate

if TYPE_CHECKING:
    from stagedesk.core.demo.generate import DemoSummary

DEMO_FILE = "stagedesk-demo.sqlite"
DEMO_YEARS, DEMO_PER_YEAR = 3, 40  # small: made in a second, yet every page has data


@dataclass(frozen=True)
class Setup:
    """Everything the first-start wizard asks."""

    name: str
    address: str
    logo: bytes | None
    language: Language
    first_name: str
    last_name: str
    email: str


def needs_first_start(sessions: sessionmaker[Session]) -> bool:
    """True while the organisation has no name yet: a fresh install."""
    with sessions() as session:
        settings = organisation(session)
        return settings is None or not (settings.name or "").strip()


def organisation_issues(setup: Setup) -> list[Issue]:
    return validate(OrganisationSettings, {"name": setup.name, "address": setup.address})


def coordinator_issues(setup: Setup) -> list[Issue]:
    values = {"first_name": setup.first_name, "last_name": setup.last_name, "email": setup.email}
    return validate(StaffMember, values)


def save_setup(sessions: sessionmaker[Session], setup: Setup) -> None:
    """The organisation's details and its coordinator (also a mentor: in a small
    organisation the same person), in one transaction. ValueError if a rule fails."""
    if organisation_issues(setup) or coordinator_issues(setup):
        raise ValueError("the setup does not pass the organisation's and staff rules")
    with sessions.begin() as session:
        settings = organisation_to_change(session)
        settings.name = setup.name.strip()
        settings.address = setup.address.strip() or None
        settings.language = setup.language
        if setup.logo is not None:
            settings.logo = setup.logo
        session.add(
            StaffMember(
                first_name=setup.first_name.strip(),
                last_name=setup.last_name.strip(),
                email=setup.email.strip() or None,
                language=setup.language,
                is_coordinator=True,
                is_mentor=True,
            )
        )


# -- the demo organisation ------------------------------------------------------------------
def demo_file_for(db_path: Path | None, data_dir: Path) -> Path:
    """Next to the database file; in the data folder for a server database."""
    return (db_path.parent if db_path is not None else data_dir) / DEMO_FILE


def is_demo_file(path: Path | None) -> bool:
    return path is not None and path.name == DEMO_FILE


def make_demo_file(target: Path, today: dt.date) -> "DemoSummary":
    """A new demo database at ``target``, made beside it and then put in place whole
    (an earlier demo is replaced). Raises LockHeld while a StageDesk has it open."""
    from stagedesk.core.db.database import open_sqlite
    from stagedesk.core.db.locking import acquire
    from stagedesk.core.demo.generate import DemoOptions, generate

    lock = acquire(target, dt.datetime.now())
    try:
        scratch = target.with_name(target.name + ".new")
        for leftover in (scratch, scratch.with_name(scratch.name + "-journal")):
            leftover.unlink(missing_ok=True)
        database = open_sqlite(scratch)
        try:
            options = DemoOptions(years=DEMO_YEARS, per_year=DEMO_PER_YEAR, today=today)
            summary = generate(database.sessions, options)
        finally:
            database.dispose()
        scratch.replace(target)
    finally:
        lock.release()
    return summary
