"""The built program's pieces, tested from source.

The build itself (PyInstaller, then the built program's own self-test on a demo
database) takes two minutes and writes build/ and dist/: ``.ci/run`` runs it as
``packaging/build.py --portable`` after the tests. Here: where StageDesk finds what it
ships (in a checkout and as the built program lays it out), portable mode, the bundle's
file list, the Windows version resource and installer inputs, and the About page.
"""

import importlib.util
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from pytestqt.qtbot import QtBot

from stagedesk import __version__
from stagedesk.core.db import paths
from stagedesk.core.db.database import Database
from stagedesk.core.db.migrate import MIGRATIONS_DIR, SCHEMA_HEAD
from stagedesk.core.forms.registry import builtin_dir, organisation_dir
from stagedesk.core.guide.plans import guide_dir
from stagedesk.core.mail.templates import builtin_mail_dir, own_mail_dir
from stagedesk.output.pdf.kit import fonts
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.settings import open_settings
from stagedesk.ui.settings.about import (
    ICON_SIZES,
    AboutPanel,
    application_icon,
    bundled_libraries,
    icon_files,
)
from stagedesk.ui.settings.organisation import SettingsPage
from stagedesk.ui.shell.build_check import build_problems

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    """A module of packaging/ (not a package: the build runs them as scripts)."""
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


bundle = load("bundle")


@pytest.fixture
def program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder standing in for the built program's (``STAGEDESK_PROGRAM_DIR``)."""
    folder = tmp_path / "StageDesk"
    folder.mkdir()
    monkeypatch.setenv(paths.PROGRAM_DIR_VARIABLE, str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return folder


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The built program's layout: the bundle's data files copied where PyInstaller
    puts them, and ``sys`` as the built program sets it."""
    internal = tmp_path / "_internal"
    for source, folder in bundle.data_files(ROOT):
        (internal / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, internal / folder)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    yield internal


def test_from_source_files_are_found_at_the_top_of_the_checkout() -> None:
    assert not paths.is_frozen()
    assert paths.resource_dir() == ROOT
    assert builtin_dir() == ROOT / "forms"
    assert builtin_mail_dir() == ROOT / "resources" / "mail"
    assert fonts.FONT_DIR == ROOT / "resources" / "fonts"


def test_built_program_finds_its_files_where_it_was_unpacked(frozen: Path) -> None:
    assert paths.is_frozen()
    assert paths.resource_dir() == frozen
    assert builtin_dir() == frozen / "forms"
    assert builtin_mail_dir() == frozen / "resources" / "mail"
    assert all(Path(file).parent == frozen / "resources" / "icons" for file in icon_files())


def test_the_bundle_holds_everything_looked_up_at_run_time(frozen: Path, qapp: Any) -> None:
    # The layout the spec makes, with nothing else: toolbox, mail texts, icon and
    # Qt's translations check out (fonts and migrations are found from the source
    # tree here, so the built program's self-test covers those).
    assert build_problems() == []


def test_a_file_missing_from_the_bundle_is_named(frozen: Path, qapp: Any) -> None:
    (frozen / "resources" / "mail" / "thank_school.fr.txt").unlink()
    (frozen / "resources" / "icons" / "stagedesk-32.png").unlink()
    problems = "\n".join(build_problems())
    assert "thank_school.fr.txt" in problems
    assert "stagedesk-32.png" in problems


def test_every_file_the_program_reads_is_in_the_bundle() -> None:
    bundled = {Path(source) for source, _folder in bundle.data_files(ROOT)}
    needed = [
        *builtin_dir().glob("*.toml"),
        *builtin_mail_dir().glob("*.txt"),
        *guide_dir().glob("*.toml"),
        *(paths.resource_dir() / "resources" / "translations").glob("*.qm"),
        *(fonts.font_path(name) for name in ("DejaVuSans", "DejaVuSans-Bold")),
        fonts.font_path("DejaVuSans-Oblique"),
        *map(Path, icon_files()),
        MIGRATIONS_DIR / "env.py",
        *(MIGRATIONS_DIR / "versions").glob("*.py"),
    ]
    assert len(needed) > 30
    assert [path for path in needed if path not in bundled] == []
    assert any(path.name.startswith(SCHEMA_HEAD) for path in bundled)
    folders = {folder for _source, folder in bundle.data_files(ROOT)}
    assert MIGRATIONS_DIR.relative_to(ROOT).as_posix() in folders  # same place when built


def test_only_the_languages_stagedesk_speaks_of_qt_translations_are_kept() -> None:
    def kept(path: str) -> bool:
        return bool(bundle.keep_qt_file((path, "/somewhere", "DATA")))

    assert kept("PySide6/Qt/translations/qtbase_nl.qm")
    assert kept("PySide6/Qt/translations/qtbase_fr.qm")
    assert not kept("PySide6/Qt/translations/qtbase_de.qm")
    assert not kept("PySide6/Qt/lib/libQt6Pdf.so.6")
    assert not bundle.keep_qt_file(("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"))
    assert kept("resources/translations/stagedesk_de.qm")  # not Qt's: never dropped


def test_installed_program_keeps_data_in_the_users_folder(program: Path, tmp_path: Path) -> None:
    assert paths.data_dir() == tmp_path / "xdg-data" / "StageDesk"
    assert paths.portable_settings_file() is None


@pytest.mark.parametrize("marker", ["portable.txt", "data"])
def test_portable_program_keeps_data_and_settings_next_to_it(
    program: Path, marker: str, qapp: Any
) -> None:
    if marker == "data":
        (program / "data").mkdir()
    else:
        (program / "portable.txt").write_text("", encoding="utf-8")
    data = program / "data"
    assert paths.data_dir() == data
    assert paths.default_database() == data / "stagedesk.sqlite"
    assert organisation_dir() == data / "forms"
    assert own_mail_dir() == data / "mail"
    settings = open_settings()
    settings.setValue("window/page", 3)
    settings.sync()
    assert settings.fileName() == str(data / "StageDesk.ini")
    assert "page=3" in (data / "StageDesk.ini").read_text(encoding="utf-8")


def test_version_resource_carries_the_version(tmp_path: Path) -> None:
    captured: dict[str, Any] = {}

    def record(kind: str) -> Any:
        def make(*args: Any, **kwargs: Any) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
            if kind == "StringStruct":
                captured[args[0]] = args[1]
            if kind == "FixedFileInfo":
                captured["filevers"] = kwargs["filevers"]
            return kind, args, kwargs

        return make

    kinds = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable")
    names = {k: record(k) for k in (*kinds, "StringStruct", "VarFileInfo", "VarStruct")}
    text = bundle.version_resource(__version__, "stagedesk-cli")
    eval(text, names)  # how PyInstaller reads the file
    assert captured["FileVersion"] == captured["ProductVersion"] == __version__
    assert captured["OriginalFilename"] == "stagedesk-cli.exe"
    assert captured["filevers"] == bundle.numeric_version(__version__)
    assert bundle.numeric_version("1.12.0.dev3") == (1, 12, 0, 3)
    assert bundle.numeric_version("2.0") == (2, 0, 0, 0)


def test_installer_script_uses_only_what_the_build_defines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = load("build")
    monkeypatch.setattr(build, "BUILD", tmp_path)
    defines = build.write_installer_inputs(__version__).read_text(encoding="utf-8")
    defined = set(re.findall(r"#define (\w+) ", defines))
    script = (PACKAGING / "installer.iss").read_text(encoding="utf-8")
    used = set(re.findall(r"\{#(\w+)\}", script))
    assert used and used <= defined
    assert f'#define AppVersion "{__version__}"' in defines
    assert build.PORTABLE_MARKER == paths.PORTABLE_MARKER  # the zip's marker is the one read
    assert r'#include "..\build\installer\defines.iss"' in script
    assert "PrivilegesRequired=lowest" in script
    assert "DefaultDirName={autopf}\\StageDesk" in script
    assert "[UninstallDelete]" not in script.replace("; No [UninstallDelete]", "")


def test_window_icon_has_every_size(qapp: Any) -> None:
    sizes = {size.width() for size in application_icon().availableSizes()}
    assert sizes == set(ICON_SIZES)
    assert application_icon().pixmap(QSize(256, 256)).width() == 256


def test_licences_come_from_the_installed_packages() -> None:
    libraries = {library.name.lower(): library for library in bundled_libraries()}
    from importlib.metadata import version

    assert libraries["sqlalchemy"].version == version("SQLAlchemy")
    assert libraries["sqlalchemy"].licence == "MIT"
    assert libraries["reportlab"].licence == "BSD License"  # from its classifier
    assert "psycopg-binary" in libraries  # through psycopg[binary]
    assert "et_xmlfile" in libraries  # a dependency of a dependency
    assert "pytest" not in libraries and "stagedesk" not in libraries  # not bundled


def test_about_page_shows_version_database_and_licences(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    context = AppContext(database, open_settings(str(tmp_path / "settings.ini")))
    panel = AboutPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.values["version"].text() == f"{__version__} (from source)"
    assert panel.values["database"].text() == str(database.path)
    assert panel.values["data"].text() == str(paths.data_dir())
    model = panel.table.model()
    rows = {
        model.index(row, 0).data(): (model.index(row, 1).data(), model.index(row, 2).data())
        for row in range(model.rowCount())
    }
    assert rows["Qt"][1] == "LGPL-3.0-only"
    assert rows["alembic"][1] == "MIT"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Licence"


def test_about_is_a_tab_of_the_settings_page(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    context = AppContext(database, open_settings(str(tmp_path / "settings.ini")))
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    bar = page.tabs.tabBar()
    about = next(i for i in range(bar.count()) if bar.tabText(i) == "About")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(about).center())
    assert page.tabs.currentWidget() is page.about
    assert page.about.isVisible()
    assert page.about.values["database"].text() == str(database.path)
