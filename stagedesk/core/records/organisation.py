"""The organisation's own settings: one row, found in one place.

A database holds one ``OrganisationSettings`` row, made by the first start (or by the
first thing that needs one). Every reader and writer asks here, so which row counts (the
first by id, should a merge ever bring a second) is decided once.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.models import OrganisationSettings


def organisation(session: Session) -> OrganisationSettings | None:
    """The organisation's settings, or None before the first start made them."""
    query = select(OrganisationSettings).order_by(OrganisationSettings.id).limit(1)
    return session.scalar(query)


def organisation_to_change(session: Session) -> OrganisationSettings:
    """The settings to change in ``session``'s transaction, made (without a name) if the
    first start has not made them yet."""
    found = organisation(session)
    if found is None:
        found = OrganisationSettings(name="")
        session.add(found)
        session.flush()
    return found
