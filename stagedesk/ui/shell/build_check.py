"""Is this build whole? The self-test's look at what StageDesk loads only when a user
gets to it.

Opening every page proves the window works; it does not touch the fonts (first PDF), the
Alembic migrations (first older database), the mail texts, the spreadsheet reader or the
server driver. The built program carries each as a file or a module loaded by name, and
a missing one would surface on a user's computer. So each is used here for real, on
scratch files: a fillable PDF written and read back, an empty database migrated from
nothing to the newest revision, a workbook written and read, a calendar made.
"""

import tempfile
import traceback
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from stagedesk.core.db.paths import resource_dir
from stagedesk.ui.settings.about import (
    DISTRIBUTION,
    _requirement,
    application_icon,
    bundled_libraries,
    icon_files,
)

QT_LANGUAGES = ("nl", "fr")


def build_problems() -> list[str]:
    """One line per piece of the build that is missing or does not work; empty if whole."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="stagedesk-check-") as scratch:
        for check in CHECKS:
            try:
                problems.extend(check(Path(scratch)))
            except Exception as error:
                reason = traceback.format_exception_only(error)[-1].strip()
                problems.append(f"{check.__name__.strip('_')}: {reason}")
    return problems


def _toolbox(scratch: Path) -> list[str]:
    from stagedesk.core.forms import FormRegistry
    from stagedesk.core.forms.registry import builtin_dir

    registry = FormRegistry.load([builtin_dir()])  # a mistake in a built-in one raises
    return [] if registry.definitions else [f"toolbox: no form definitions in {builtin_dir()}"]


def _mail_texts(scratch: Path) -> list[str]:
    from stagedesk.core.mail.templates import (
        MAIL_LANGUAGES,
        MailMoment,
        TemplateStore,
        builtin_mail_dir,
    )

    store = TemplateStore(builtin_mail_dir(), scratch / "own-mail")
    empty = [
        store.file_name(moment, language)
        for moment in MailMoment
        for language in MAIL_LANGUAGES
        if not store.default(moment, language).body.strip()  # a missing file raises
    ]
    return [f"mail texts: {name} is empty" for name in empty]


def _pdf(scratch: Path) -> list[str]:
    from stagedesk.core.forms import FormRegistry
    from stagedesk.core.forms.registry import builtin_dir
    from stagedesk.output.pdf.forms.job import Variant
    from stagedesk.output.pdf.forms.specimen import specimen_job
    from stagedesk.output.pdf.forms.writer import write_form
    from stagedesk.output.readback.reader import read_pdf

    definition = FormRegistry.load([builtin_dir()]).all()[0]
    job = specimen_job(definition, "fr", Variant.FILLABLE)  # fonts, fields, the QR code
    path = scratch / "specimen.pdf"
    write_form(job, path)
    read = read_pdf(path)
    return [] if read.code == job.code else [f"pdf: read back {read.code}, not {job.code}"]


def _migrations(scratch: Path) -> list[str]:
    from stagedesk.core.db.engine import make_engine, sqlite_url
    from stagedesk.core.db.migrate import SCHEMA_HEAD, current_revision, upgrade

    engine = make_engine(sqlite_url(scratch / "migrated.sqlite"))
    try:
        upgrade(engine)  # every Alembic script, from an empty file
        with engine.connect() as connection:
            revision = current_revision(connection)
    finally:
        engine.dispose()
    if revision != SCHEMA_HEAD:
        return [f"migrations: ended at {revision}, not {SCHEMA_HEAD}"]
    return []


def _spreadsheets(scratch: Path) -> list[str]:
    from openpyxl import Workbook
    from python_calamine import CalamineWorkbook

    path = scratch / "check.xlsx"
    book = Workbook()
    book.active.append(["StageDesk", 1])  # type: ignore[union-attr]
    book.save(path)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    return [] if rows == [["StageDesk", 1.0]] else [f"spreadsheets: read back {rows}"]


def _calendar(scratch: Path) -> list[str]:
    import datetime as dt

    from icalendar import Calendar

    from stagedesk.core.calendar.days import InternshipCalendar
    from stagedesk.core.calendar.events import CalendarEvent, EventKind
    from stagedesk.output.ics import calendar_bytes

    event = CalendarEvent(
        key="check",
        kind=next(iter(EventKind)),
        day=dt.date(2026, 9, 1),
        title="StageDesk",
        description="",
        category="StageDesk",
        sequence=0,
        modified=dt.datetime(2026, 8, 1, 12, 0, tzinfo=dt.UTC),  # times go out in UTC
        internship_id=1,
    )
    text = calendar_bytes(InternshipCalendar("StageDesk", "check", [event]))
    events = Calendar.from_ical(text).walk("VEVENT")
    return [] if len(events) == 1 else ["calendar: the event did not come back"]


def _server_driver(scratch: Path) -> list[str]:
    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg://stagedesk@localhost/stagedesk")  # no connect
    try:
        import psycopg

        driver = f"{engine.dialect.driver} ({psycopg.pq.__impl__} libpq)"
    finally:
        engine.dispose()
    return [] if driver.startswith("psycopg") else [f"server driver: {driver}"]


def _qt_translations(scratch: Path) -> list[str]:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    missing = [
        language
        for language in QT_LANGUAGES
        if not QTranslator().load(QLocale(language), "qtbase", "_", folder)
    ]
    return [f"Qt translations: no qtbase_{language}.qm in {folder}" for language in missing]


def _own_translations(scratch: Path) -> list[str]:
    folder = resource_dir() / "resources" / "translations"
    files = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    return [f"translations: cannot load {f.name}" for f in files if not QTranslator().load(str(f))]


def _guide(scratch: Path) -> list[str]:
    # The Steps page reads these at run time; a build without them fails on that page.
    from stagedesk.core.guide.plans import GuideInvalid, load_guide

    try:
        plans = load_guide()
    except GuideInvalid as invalid:
        return [f"the guide's step plans: {invalid}"]
    return [] if len(plans) == 3 else [f"the guide has {len(plans)} step plans, not 3"]


def _icon(scratch: Path) -> list[str]:
    missing = [file for file in icon_files() if not Path(file).is_file()]
    if missing or application_icon().isNull():
        return [f"icon: missing {', '.join(missing) or 'every size'}"]
    return []


def _licences(scratch: Path) -> list[str]:
    try:
        requirements = metadata.requires(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:
        return [f"licences: no package metadata for {DISTRIBUTION}"]
    listed = {library.name.lower().replace("_", "-") for library in bundled_libraries()}
    direct = [found[0] for line in requirements if (found := _requirement(line, set()))]
    return [
        f"licences: no package metadata for {name}"
        for name in direct
        if name.lower().replace("_", "-") not in listed
    ]


CHECKS: tuple[Callable[[Path], list[str]], ...] = (
    _toolbox,
    _mail_texts,
    _pdf,
    _migrations,
    _spreadsheets,
    _calendar,
    _server_driver,
    _qt_translations,
    _own_translations,
    _guide,
    _icon,
    _licences,
)
