"""Render StageDesk's icon (resources/icons/stagedesk.svg) to PNGs and a Windows .ico.

    uv run python packaging/make_icons.py

Run it after changing the SVG and commit what it writes: ``stagedesk-<size>.png`` for
every size Windows and the desktops ask for (the window icon takes them all, so it stays
sharp on high-DPI screens) and ``stagedesk.ico`` holding the same sizes (the executable's
and installer's icon). Qt draws the SVG; Pillow, already there for reportlab, writes the
.ico.
"""

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "stagedesk.svg"
ICO = ICONS / "stagedesk.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"stagedesk-{size}.png"


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(png_path(size))):
            raise SystemExit(f"cannot write {png_path(size)}")
        written.append(png_path(size))
    return written


def write_ico() -> Path:
    from PIL import Image

    images = [Image.open(png_path(size)).convert("RGBA") for size in SIZES]
    largest = images[-1]
    largest.save(
        ICO,
        format="ICO",
        sizes=[(size, size) for size in SIZES],
        append_images=images[:-1],  # each size as drawn, not scaled down from 256
    )
    return ICO


def missing() -> list[Path]:
    return [p for p in (*map(png_path, SIZES), ICO) if not p.is_file()]


def ensure() -> None:
    """Make the icons if any is missing (a fresh checkout has them: they are committed)."""
    if missing():
        render_pngs()
        write_ico()


def main() -> int:
    for path in [*render_pngs(), write_ico()]:
        print(f"wrote {path.relative_to(ICONS.parents[1])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
