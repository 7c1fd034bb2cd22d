"""A Linux desktop without the X libraries Qt draws with: named, with the command to fix it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from stagedesk.ui.shell.desktop_libraries import XCB_LIBRARIES, missing_packages, uses_xcb

PROJECT = Path(__file__).resolve().parents[2]
ABSENT = {"libstagedesk-absent.so.9": "stagedesk-absent9"}

# The start of a desktop lacking one library: the real table plus one that is nowhere.
START_WITHOUT_A_LIBRARY = """
import sys
from stagedesk.ui.shell import desktop_libraries
desktop_libraries.XCB_LIBRARIES.update({absent!r})
from stagedesk.cli.main import main
sys.exit(main(["--db", {db!r}]))
"""


@pytest.mark.parametrize(
    ("environ", "platform", "asked"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "w-0"}, "linux", False),
        (
            {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"},
            "linux",
            True,
        ),
        ({}, "linux", False),  # no X display: Qt says so itself
        ({"DISPLAY": ":0"}, "win32", False),
        ({"DISPLAY": ":0"}, "darwin", False),
    ],
)
def test_only_an_x_desktop_is_asked_about(
    environ: dict[str, str], platform: str, asked: bool
) -> None:
    assert uses_xcb(environ, platform) is asked


def test_a_library_that_cannot_be_loaded_is_named_by_its_package() -> None:
    present = {"libc.so.6": "libc6"}  # on every Linux
    assert missing_packages({**present, **ABSENT, **present}) == ["stagedesk-absent9"]
    assert missing_packages(present) == []


def test_every_library_is_named_with_its_debian_package() -> None:
    for library, package in XCB_LIBRARIES.items():
        stem, version = library.split(".so.")
        assert package in (f"{stem}{version}", f"{stem}-{version}"), library


@pytest.mark.skipif(sys.platform != "linux", reason="the X desktop of Linux")
def test_stagedesk_on_a_desktop_without_the_library_says_which_and_how(tmp_path: Path) -> None:
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY") and not key.startswith("LC_")
    }
    environ |= {
        "DISPLAY": ":0",  # never reached: StageDesk stops before Qt looks for it
        "LANG": "fr_BE.UTF-8",  # no language chosen yet: the system's
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    db = tmp_path / "stagedesk.sqlite"
    script = START_WITHOUT_A_LIBRARY.format(absent=ABSENT, db=str(db))
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=PROJECT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    [install] = [line for line in result.stderr.splitlines() if "apt-get install" in line]
    assert install.strip().startswith("sudo apt-get install ") and "stagedesk-absent9" in install
    assert "StageDesk ne peut pas ouvrir sa fenêtre" in result.stderr
    assert "qt.qpa" not in result.stderr  # Qt never came to look for its plugin
    assert not db.exists()  # nothing opened, nothing made
