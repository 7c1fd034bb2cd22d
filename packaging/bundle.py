"""What goes into the built program besides the code PyInstaller finds by itself.

One list, read by the PyInstaller spec (``stagedesk.spec``), the build script (which
checks the result holds every file) and the tests (which check that every folder
StageDesk looks things up in is here). Paths are relative to the top of the checkout;
in the built program the same relative paths sit under ``sys._MEIPASS`` (what
``stagedesk.core.db.paths.resource_dir()`` returns).
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

APP_NAME = "StageDesk"
GUI_EXE = "StageDesk"  # windowed: the Start-menu entry, prints nothing on Windows
CLI_EXE = "stagedesk-cli"  # console: commands, self-test; same program, same folder
PUBLISHER = "StageDesk developers"
DESCRIPTION = "StageDesk, the internship desk"

# (folder, glob patterns): copied to the same relative folder, files only (no caches).
DATA = (
    ("forms", ("*.toml",)),
    ("resources/fonts", ("*.ttf", "LICENSE-*.txt")),
    ("resources/mail", ("*.txt",)),
    ("resources/guide", ("*.toml",)),  # the Steps page's three plans
    ("resources/icons", ("*.png", "*.svg", "*.ico")),
    ("resources/translations", ("*.qm",)),  # StageDesk's own (build.py compiles the .ts)
    # Alembic reads the migration scripts as files from their folder (migrate.py).
    ("stagedesk/core/migrations", ("*.py", "*.mako")),
    ("stagedesk/core/migrations/versions", ("*.py",)),
)

# Qt's own strings (buttons, the calendar) in the languages StageDesk speaks.
QT_LANGUAGES = ("nl", "fr", "en")

# Loaded by name or from files PyInstaller does not read: the migration scripts import
# alembic.op/context, SQLAlchemy loads dialects by URL, psycopg its libpq wrapper.
HIDDEN_IMPORTS = (
    "alembic.command",
    "alembic.context",
    "alembic.op",
    "alembic.script",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg",
    "psycopg_binary",
    "python_calamine",
    "icalendar",
    "tzdata",  # zoneinfo's time zones on Windows, which has no tz database of its own
    "openpyxl",
    "pypdf",
    "reportlab.graphics.barcode.qr",
    "reportlab.pdfbase.ttfonts",
)

# Never needed at run time: other Qt modules (only QtCore, QtGui, QtWidgets and QtSvg for
# the icon are used) and development tools that happen to be installed.
EXCLUDES = (
    "tkinter",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
    "PySide6.QtPdf",
    "PySide6.QtCharts",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PyInstaller",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "setuptools",
    "pip",
)

# Qt libraries and plugins to leave out although a collected plugin asks for them (the
# PDF image plugin would bring the whole PDF renderer), and Qt's translations other than
# QT_LANGUAGES. Matched against the path in the built folder.
DROP = re.compile(r"(Qt6?Pdf|qpdf|Qt6?Quick|Qt6?Qml)", re.IGNORECASE)
QT_TRANSLATION = re.compile(r"translations/(\w+?)_(\w+)\.qm$")


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder) for every file in ``DATA`` that exists."""
    found = []
    for folder, patterns in DATA:
        for pattern in patterns:
            for path in sorted((root / folder).glob(pattern)):
                if path.is_file():
                    found.append((str(path), folder))
    return found


def keep_qt_file(entry: tuple[str, str, str]) -> bool:
    """False for a Qt file the spec drops (see ``DROP``), or a link to one.

    ``entry`` is PyInstaller's (path in the built folder, source, kind); a link's source
    is the path it points to.
    """
    destination, source, kind = entry
    paths = [destination, source] if kind == "SYMLINK" else [destination]
    return all(_keep(path.replace("\\", "/")) for path in paths)


def _keep(path: str) -> bool:
    if not path.startswith("PySide6/"):
        return True
    if DROP.search(path):
        return False
    translation = QT_TRANSLATION.search(path)
    return translation is None or translation.group(2) in QT_LANGUAGES


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` or ``1.2.0.dev3`` as Windows's four numbers."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:4]]
    padded = (*numbers, 0, 0, 0, 0)[:4]
    return (padded[0], padded[1], padded[2], padded[3])


def version_resource(version: str, exe_name: str) -> str:
    """A PyInstaller version file: what Windows shows in the executable's properties."""
    numbers = numeric_version(version)
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": exe_name,
        "LegalCopyright": f"© {PUBLISHER}, MIT licence",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# Made by packaging/build.py from stagedesk.__version__; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
