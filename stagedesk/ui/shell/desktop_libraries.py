"""Before the window on a Linux desktop: the X libraries Qt's window plugin needs.

Qt draws on an X11 desktop through its xcb plugin, which loads X client libraries that not
every desktop installs: a fresh Debian or Ubuntu lacks libxcb-cursor0, libxcb-icccm4 and
libxcb-keysyms1. Without them Qt ends the process with a message about platform plugins
that says nothing to a coordinator. StageDesk asks first, and names the packages and the
one command that installs them.
"""

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

# What the xcb plugin loads (readelf -d libqxcb.so libQt6XcbQpa.so.6, X core libraries
# left out: every X desktop has them) -> the Debian and Ubuntu package that holds it.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will draw through its xcb plugin: on Linux with an X display, unless
    another plugin is chosen or the session is Wayland's."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if platform != "linux" or chosen not in ("", "xcb"):
        return False
    return bool(environ.get("DISPLAY")) and (chosen == "xcb" or not environ.get("WAYLAND_DISPLAY"))


def missing_packages(
    libraries: Mapping[str, str] = XCB_LIBRARIES,
    load: Callable[[str], object] = ctypes.CDLL,
) -> list[str]:
    """The packages of the libraries in ``libraries`` that cannot be loaded here."""
    missing = []
    for library, package in libraries.items():
        try:
            load(library)
        except OSError:
            missing.append(package)
    return missing


def missing_message(packages: list[str]) -> str:
    """What to tell the user, in the language of the translators installed."""
    return QCoreApplication.translate(
        "DesktopLibraries",
        "StageDesk cannot open its window: this Linux desktop lacks {packages}, which Qt "
        "needs to draw windows. Install them once, then start StageDesk again:\n\n"
        "    sudo apt-get install {packages}\n\n"
        "(On other distributions the packages have similar names.)",
    ).format(packages=" ".join(packages))


def lacking_packages(environ: Mapping[str, str] = os.environ) -> list[str]:
    """The packages this desktop lacks for Qt to draw StageDesk's window; [] if none."""
    return missing_packages() if uses_xcb(environ) else []
