"""The internship calendar as an iCalendar file (RFC 5545), for Outlook and the others.

Written with the ``icalendar`` library. Every event is all-day (``DTSTART;VALUE=DATE``,
``DTEND`` the day after: the end is exclusive) and marked free, so an intern's first day
does not block the coordinator's agenda. Its UID is stable: the event's key (made of
record ids) at the database's identity (``core.calendar.calendar_identity``), e.g.
``internship-12-start@db20240901101500.stagedesk``; with ``SEQUENCE`` and
``LAST-MODIFIED`` taken from the records, importing a newer export updates the events
instead of adding them twice. (A calendar program does not remove, on import, an event
that is no longer in the file, such as a checklist item done since: it stays until
deleted there.)
"""

import datetime as dt
import io
from pathlib import Path
from typing import BinaryIO

from icalendar import Calendar, Event

from stagedesk import __version__
from stagedesk.core.calendar.days import CalendarEvent, InternshipCalendar
from stagedesk.output.files import written_whole

PRODID = f"-//StageDesk//StageDesk {__version__}//EN"
CATEGORY = "StageDesk"
END = b"END:VCALENDAR\r\n"


def uid(event: CalendarEvent, identity: str) -> str:
    return f"{event.key}@{identity}.stagedesk"


def calendar_bytes(calendar: InternshipCalendar, *, now: dt.datetime | None = None) -> bytes:
    """The calendar as the text of an .ics file. ``now`` (default: this moment) is the
    DTSTAMP of every event."""
    buffer = io.BytesIO()
    write_ics(calendar, buffer, now=now)
    return buffer.getvalue()


def write_calendar(
    calendar: InternshipCalendar, target: Path, *, now: dt.datetime | None = None
) -> int:
    """Write the .ics file ``target`` whole (or not at all); the number of events."""
    with written_whole(target) as temporary, temporary.open("wb") as stream:
        write_ics(calendar, stream, now=now)
    return len(calendar.events)


def write_ics(
    calendar: InternshipCalendar, stream: BinaryIO, *, now: dt.datetime | None = None
) -> None:
    """Write the calendar into ``stream`` one event at a time: icalendar holding tens of
    thousands of events at once (a big organisation's checklists) takes gigabytes."""
    stamp = _utc(now or dt.datetime.now(dt.UTC))
    frame = Calendar()
    frame.add("prodid", PRODID)
    frame.add("version", "2.0")
    frame.add("calscale", "GREGORIAN")
    frame.add("method", "PUBLISH")
    frame.add("x-wr-calname", calendar.name)
    text = bytes(frame.to_ical())
    assert text.endswith(END), "icalendar ends a calendar with END:VCALENDAR"
    stream.write(text[: -len(END)])
    for event in calendar.events:
        stream.write(bytes(_event(event, calendar.identity, stamp).to_ical()))
    stream.write(END)


def _event(event: CalendarEvent, identity: str, stamp: dt.datetime) -> Event:
    item = Event()
    item.add("uid", uid(event, identity))
    item.add("dtstamp", stamp)
    item.add("dtstart", event.day)
    item.add("dtend", event.day + dt.timedelta(days=1))
    item.add("summary", event.title)
    item.add("description", event.description)
    item.add("categories", [CATEGORY, event.category])
    item.add("sequence", event.sequence)
    if event.modified is not None:
        item.add("last-modified", _utc(event.modified))
    item.add("transp", "TRANSPARENT")
    item.add("x-microsoft-cdo-alldayevent", "TRUE")
    item.add("x-microsoft-cdo-busystatus", "FREE")
    return item


def _utc(moment: dt.datetime) -> dt.datetime:
    """A moment in UTC; a naive one is taken as UTC (what SQLite's CURRENT_TIMESTAMP
    stores)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC, microsecond=0)
    return moment.astimezone(dt.UTC).replace(microsecond=0)
