"""Build StageDesk as a program that runs without Python, and prove that it works.

    uv run python packaging/build.py [--portable] [--installer]

On Windows this makes the program the installer packs; on Linux the same steps make a
Linux build, so a file missing from the bundle is caught here before a Windows user finds
it. Steps: the icons if missing, StageDesk's translations (``*.ts`` -> ``*.qm``), the
Windows version files, PyInstaller (``dist/StageDesk/``, one folder), a check that every
data file is in it, the Inno Setup inputs (``build/installer/defines.iss``, read by
``packaging/installer.iss``), then a demo database made by the built program and its
``self-test`` on it, for both executables. Exits non-zero when any step fails.

``--portable`` also makes ``dist/StageDesk-<version>-portable-<system>.zip`` (a
``portable.txt`` beside the program: data and settings stay in its ``data`` folder) and
tests it unpacked. ``--installer`` runs Inno Setup's compiler (Windows only).
"""

import argparse
import os
import platform
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bundle  # noqa: E402
import make_icons  # noqa: E402

ROOT = bundle.ROOT
BUILD = ROOT / "build"
DIST = ROOT / "dist"
PROGRAM = DIST / bundle.APP_NAME
WINDOWS = sys.platform == "win32"
PORTABLE_MARKER = "portable.txt"  # stagedesk.core.db.paths.PORTABLE_MARKER
TIME_LIMIT = 900  # seconds for one step (PyInstaller takes two minutes)
EXE_SUFFIX = ".exe" if WINDOWS else ""


class BuildFailed(Exception):
    pass


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from stagedesk import __version__

    return __version__


STARTED = time.monotonic()


def step(text: str) -> None:
    print(f"\n== {text} (at {time.monotonic() - STARTED:.0f} s)", flush=True)


def run(
    command: Sequence[str | Path], env: dict[str, str] | None = None, *, capture: bool = False
) -> str:
    """Run a command from the top of the checkout; its output (when captured)."""
    shown = " ".join(str(part) for part in command)
    print(f"$ {shown}", flush=True)
    try:
        result = subprocess.run(
            [str(p) for p in command],
            cwd=ROOT,
            env=env,
            text=True,
            capture_output=capture,
            timeout=TIME_LIMIT,  # a windowed program's error dialog would wait forever
        )
    except subprocess.TimeoutExpired:
        raise BuildFailed(f"no answer after {TIME_LIMIT} s: {shown}") from None
    if result.returncode != 0:
        raise BuildFailed(f"exit code {result.returncode}: {shown}\n{result.stderr or ''}")
    return result.stdout or ""


def compile_translations() -> None:
    folder = ROOT / "resources" / "translations"
    sources = sorted(folder.glob("*.ts")) if folder.is_dir() else []
    if not sources:
        print("no resources/translations/*.ts: nothing to compile")
        return
    if (HERE / "translations.py").is_file():  # the translators' own tool does it the same way
        run([sys.executable, HERE / "translations.py", "compile"])
        return
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        raise BuildFailed("pyside6-lrelease not found next to this Python")
    for source in sources:
        run([lrelease, "-silent", source, "-qm", source.with_suffix(".qm")])


def write_version_files(text: str) -> Path:
    folder = BUILD / "version"
    folder.mkdir(parents=True, exist_ok=True)
    for name in (bundle.GUI_EXE, bundle.CLI_EXE):
        (folder / f"{name}.txt").write_text(bundle.version_resource(text, name), "utf-8")
    return folder


def freeze(version_dir: Path) -> None:
    spec = HERE / "stagedesk.spec"
    work = BUILD / "pyinstaller"
    command: list[str | Path] = [sys.executable, "-m", "PyInstaller", "--noconfirm"]
    command += ["--log-level", "WARN", "--distpath", DIST, "--workpath", work]
    command += [spec, "--", "--version-dir", version_dir]
    run(command)


def internal_dir(program: Path) -> Path:
    return program / "_internal"  # PyInstaller's contents directory (sys._MEIPASS)


def check_data_files(program: Path) -> None:
    missing = [
        f"{folder}/{Path(source).name}"
        for source, folder in bundle.data_files(ROOT)
        if not (internal_dir(program) / folder / Path(source).name).is_file()
    ]
    if missing:
        raise BuildFailed("missing from the build: " + ", ".join(missing))
    print(f"all {len(bundle.data_files(ROOT))} data files are in the build")


def write_installer_inputs(text: str) -> Path:
    """What packaging/installer.iss includes: version and folders of this build."""
    folder = BUILD / "installer"
    folder.mkdir(parents=True, exist_ok=True)
    numbers = ".".join(str(n) for n in bundle.numeric_version(text))
    defines = folder / "defines.iss"
    lines = [
        "; Made by packaging/build.py; do not edit.",
        f'#define AppVersion "{text}"',
        f'#define AppVersionNumbers "{numbers}"',
        f'#define DistDir "{PROGRAM}"',
        f'#define OutputDir "{DIST / "installer"}"',
        f'#define RootDir "{ROOT}"',
        f'#define GuiExe "{bundle.GUI_EXE}.exe"',
        f'#define CliExe "{bundle.CLI_EXE}.exe"',
        f'#define Publisher "{bundle.PUBLISHER}"',
    ]
    defines.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return defines


def self_test_env(home: Path) -> dict[str, str]:
    """Offscreen Qt; on Linux, scratch folders for the user's data and settings."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("STAGEDESK_PROGRAM_DIR", None)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    return env


def self_test(program: Path, scratch: Path, *, portable: bool = False) -> None:
    """A demo database made by the built program, and both executables' self-test on it.

    A portable build is given no ``--db``: its own ``data`` folder must be used.
    """
    cli = program / f"{bundle.CLI_EXE}{EXE_SUFFIX}"
    gui = program / f"{bundle.GUI_EXE}{EXE_SUFFIX}"
    env = self_test_env(scratch / "home")
    where = [] if portable else ["--db", str(scratch / "demo.sqlite")]
    shown = run([cli, "--version"], env, capture=True).strip()
    if shown != f"StageDesk {version()}":
        raise BuildFailed(f"the built program says {shown!r}")
    run([cli, "demo", *where, "--years", "2", "--per-year", "20"], env)
    run([cli, "self-test", *where], env)
    run([gui, "self-test", *where], env)  # the windowed one prints nothing on Windows
    if portable and not (program / "data" / "stagedesk.sqlite").is_file():
        raise BuildFailed("the portable build did not keep its database in its data folder")


PORTABLE_NOTE = """\
StageDesk bewaart zijn gegevens en instellingen in de map data hiernaast.
StageDesk garde ses données et ses réglages dans le dossier data à côté.
StageDesk keeps its data and settings in the data folder next to it.
"""


def make_portable_zip(text: str) -> Path:
    """The built folder and ``portable.txt`` in one zip, to unpack on a USB stick."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    archive = DIST / f"{bundle.APP_NAME}-{text}-portable-{system}-{platform.machine().lower()}.zip"
    top = bundle.APP_NAME
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as packed:
        for path in sorted(PROGRAM.rglob("*")):
            name = f"{top}/{path.relative_to(PROGRAM).as_posix()}"
            if path.is_symlink():  # Linux builds link libraries: kept as links
                link = zipfile.ZipInfo(name)
                link.external_attr = (stat.S_IFLNK | 0o777) << 16
                packed.writestr(link, str(path.readlink()))
            elif path.is_file():
                packed.write(path, name)  # with its mode: executables stay executable
        packed.writestr(f"{top}/{PORTABLE_MARKER}", PORTABLE_NOTE)
    return archive


def unpack(archive: Path, target: Path) -> None:
    """Unzip with links and modes (``zipfile`` itself restores neither)."""
    with zipfile.ZipFile(archive) as packed:
        for info in packed.infolist():
            mode = info.external_attr >> 16
            path = target / info.filename
            if stat.S_ISLNK(mode):
                path.parent.mkdir(parents=True, exist_ok=True)
                path.symlink_to(packed.read(info).decode("utf-8"))
                continue
            packed.extract(info, target)
            if mode & 0o777:
                path.chmod(mode & 0o777)


def test_portable_zip(archive: Path, scratch: Path) -> None:
    unpack(archive, scratch / "unpacked")
    program = scratch / "unpacked" / bundle.APP_NAME
    if not (program / PORTABLE_MARKER).is_file():
        raise BuildFailed(f"no {PORTABLE_MARKER} in {archive.name}")
    self_test(program, scratch, portable=True)


def run_inno_setup() -> Path:
    if not WINDOWS:
        raise BuildFailed("--installer needs Windows (Inno Setup)")
    candidates = [
        shutil.which("iscc"),
        *(
            str(Path(os.environ.get(v, "")) / "Inno Setup 6" / "ISCC.exe")
            for v in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA")
        ),
    ]
    iscc = next((c for c in candidates if c and Path(c).is_file()), None)
    if iscc is None:
        raise BuildFailed("Inno Setup 6 (ISCC.exe) not found: install it (choco install innosetup)")
    run([iscc, "/Qp", HERE / "installer.iss"])
    return next((DIST / "installer").glob("*.exe"))


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(args: argparse.Namespace) -> list[str]:
    text = version()
    step(f"StageDesk {text} on {platform.system()} {platform.machine()}")
    make_icons.ensure()
    step("translations")
    compile_translations()
    step("PyInstaller")
    freeze(write_version_files(text))
    check_data_files(PROGRAM)
    step("installer inputs")
    print(f"wrote {write_installer_inputs(text)}")
    report = [f"dist/{bundle.APP_NAME}: {size_of(PROGRAM) / 2**20:.0f} MiB"]
    with tempfile.TemporaryDirectory(prefix="stagedesk-build-") as scratch:
        step("self-test of the built program")
        self_test(PROGRAM, Path(scratch) / "installed")
        if args.portable:
            step("portable zip")
            archive = make_portable_zip(text)
            test_portable_zip(archive, Path(scratch) / "portable")
            report.append(f"{archive.relative_to(ROOT)}: {size_of(archive) / 2**20:.0f} MiB")
    if args.installer:
        step("Inno Setup")
        installer = run_inno_setup()
        report.append(f"{installer.relative_to(ROOT)}: {size_of(installer) / 2**20:.0f} MiB")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--portable", action="store_true", help="also the portable zip")
    parser.add_argument("--installer", action="store_true", help="also run Inno Setup")
    args = parser.parse_args(argv)
    try:
        report = build(args)
    except BuildFailed as failure:
        print(f"\nbuild FAILED after {time.monotonic() - STARTED:.0f} s: {failure}")
        return 1
    print(f"\nbuild passed in {time.monotonic() - STARTED:.0f} s")
    for line in report:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
