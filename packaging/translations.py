"""StageDesk's own translations: Qt Linguist files for Dutch, French and English.

    uv run python packaging/translations.py update           # new texts into the .ts files
    uv run python packaging/translations.py missing [--json F]  # what is left, per file
    uv run python packaging/translations.py fill nl F.py     # translations from a dict
    uv run python packaging/translations.py compile          # .ts -> .qm (lrelease)

``update`` runs ``pyside6-lupdate`` over every ``stagedesk/**/*.py`` into a scratch file
and merges what it found into ``resources/translations/stagedesk_{nl,fr,en}.ts``: known
translations are kept, texts no longer in the code are dropped. It merges itself rather
than letting lupdate update the files, for one reason: lupdate marks a text as plural
only for ``self.tr(text, "", n)``, not for ``QCoreApplication.translate(context, text,
"", n)``; here every text with ``%n`` is plural, whichever way it is called. English is
the source language: its file only needs the plural forms, every other text is its own
translation.

``fill`` reads a Python file defining ``T = {context: {source: translation}}`` (a list of
forms for a plural text) and writes those translations into one language's file, after
checking that the placeholders (``{name}``, ``%n``, ``%1``) are the same. The translations
live in the .ts files only; a dict file is a batch, thrown away once filled.

The .qm files are committed next to the .ts files: the application loads them, and
``tests/test_translations.py`` checks they are what ``compile`` makes of the .ts files.
"""

import argparse
import json
import re
import runpy
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "stagedesk"
# The language of each file as lrelease sees it (its plural rules); Belgian for both.
LANGUAGES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en"}
PLURAL_FORMS = 2  # singular and plural in all three languages
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%n|%L?\d")

Key = tuple[str, str, str]  # context, source, comment


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    forms: list[str] = field(default_factory=list)  # one translation, or one per form
    finished: bool = False

    @property
    def key(self) -> Key:
        return self.context, self.source, self.comment

    @property
    def translated(self) -> bool:
        """Finished and not empty (every form, for a plural)."""
        count = PLURAL_FORMS if self.numerus else 1
        return self.finished and len(self.forms) == count and all(self.forms)


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"stagedesk_{language}.ts"


def qm_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"stagedesk_{language}.qm"


def source_files(root: Path = SOURCES) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "migrations" not in p.parts)


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found next to this Python")
    return found


# -- reading and writing .ts files --------------------------------------------------------
def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            assert translation is not None, f"{path}: a message without <translation>"
            forms = [f.text or "" for f in translation.iter("numerusform")]
            numerus = element.get("numerus") == "yes"
            messages.append(
                Message(
                    context=name,
                    source=element.findtext("source") or "",
                    comment=element.findtext("comment") or "",
                    numerus=numerus,
                    forms=forms if numerus else [translation.text or ""],
                    finished=translation.get("type") is None,
                )
            )
    return messages


def _text(value: str) -> str:
    return escape(value, {'"': "&quot;", "'": "&apos;"})


def write_ts(path: Path, language: str, messages: Iterable[Message]) -> None:
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGES[language]}" sourcelanguage="en">',
    ]
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{_text(context)}</name>"]
        for message in by_context[context]:
            lines += _message_lines(message)
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _message_lines(message: Message) -> list[str]:
    lines = ['    <message numerus="yes">' if message.numerus else "    <message>"]
    lines.append(f"        <source>{_text(message.source)}</source>")
    if message.comment:
        lines.append(f"        <comment>{_text(message.comment)}</comment>")
    state = "" if message.finished else ' type="unfinished"'
    if message.numerus:
        lines.append(f"        <translation{state}>")
        forms = (message.forms + [""] * PLURAL_FORMS)[:PLURAL_FORMS]
        lines += [f"            <numerusform>{_text(f)}</numerusform>" for f in forms]
        lines.append("        </translation>")
    else:
        text = message.forms[0] if message.forms else ""
        lines.append(f"        <translation{state}>{_text(text)}</translation>")
    lines.append("    </message>")
    return lines


# -- extracting and merging -------------------------------------------------------------
def extract(files: Iterable[Path]) -> list[Message]:
    """Every translatable text in ``files``, as lupdate finds it."""
    with tempfile.TemporaryDirectory(prefix="stagedesk-lupdate-") as scratch:
        target = Path(scratch) / "extracted.ts"
        command = [tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
        subprocess.run([*command, *map(str, files), "-ts", str(target)], check=True)
        found = read_ts(target)
    seen: set[Key] = set()
    messages = []
    for message in found:
        if message.key in seen:
            continue
        seen.add(message.key)
        messages.append(
            Message(message.context, message.source, message.comment, "%n" in message.source)
        )
    return messages


def merge(extracted: list[Message], old: list[Message], language: str) -> list[Message]:
    """The extracted texts with the translations ``old`` already has."""
    known = {m.key: m for m in old}
    merged = []
    for new in extracted:
        message = Message(new.context, new.source, new.comment, new.numerus)
        before = known.get(new.key)
        if before is not None and before.numerus == new.numerus:
            message.forms, message.finished = list(before.forms), before.finished
        elif before is not None:  # became plural (or stopped being): check it again
            message.forms = [before.forms[0]] * (PLURAL_FORMS if new.numerus else 1)
        elif language == "en" and not new.numerus:
            message.forms, message.finished = [new.source], True
        merged.append(message)
    return merged


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def problems(message: Message) -> list[str]:
    """What is wrong with a translation: empty, unfinished, placeholders that differ."""
    if not message.translated:
        return ["not translated"]
    wanted = placeholders(message.source)
    found = []
    for form in message.forms:
        have = placeholders(form)
        # A singular may say "one" instead of "%n"; every other placeholder must be there.
        if message.numerus and "%n" not in have and form is message.forms[0]:
            have = sorted([*have, "%n"])
        if have != wanted:
            found.append(f"placeholders {have} instead of {wanted} in “{form}”")
    return found


# -- commands -----------------------------------------------------------------------------
def update(folder: Path = FOLDER) -> dict[str, int]:
    """Merge the texts of the code into the three files; the number of messages each."""
    extracted = extract(source_files())
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for language in LANGUAGES:
        path = ts_file(language, folder)
        old = read_ts(path) if path.exists() else []
        merged = merge(extracted, old, language)
        write_ts(path, language, merged)
        dropped = len({m.key for m in old} - {m.key for m in merged})
        unfinished = sum(not m.translated for m in merged)
        print(f"{path.name}: {len(merged)} messages, {unfinished} unfinished, {dropped} dropped")
        counts[language] = len(merged)
    return counts


def missing(json_file: Path | None = None, folder: Path = FOLDER) -> int:
    """List what is unfinished or wrong per file; the number of such messages."""
    total = 0
    skeleton: dict[str, dict[str, dict[str, object]]] = {}
    for language in LANGUAGES:
        messages = read_ts(ts_file(language, folder))
        wrong = [(m, problems(m)) for m in messages if problems(m)]
        print(f"{ts_file(language, folder).name}: {len(messages)} messages, {len(wrong)} to do")
        for message, found in wrong:
            print(f"  [{message.context}] {message.source!r}: {'; '.join(found)}")
            empty: object = ["", ""] if message.numerus else ""
            skeleton.setdefault(language, {}).setdefault(message.context, {})[message.source] = (
                empty
            )
        total += len(wrong)
    if json_file is not None:
        json_file.write_text(json.dumps(skeleton, ensure_ascii=False, indent=1), "utf-8")
    return total


def fill(language: str, batch: Path, folder: Path = FOLDER) -> int:
    """Write the translations of ``batch`` (a .py file with ``T``) into one file."""
    table: dict[str, dict[str, str | list[str]]] = runpy.run_path(str(batch))["T"]
    path = ts_file(language, folder)
    messages = read_ts(path)
    by_key = {(m.context, m.source): m for m in messages}
    filled, refused = 0, 0
    for context, texts in table.items():
        for source, translation in texts.items():
            message = by_key.get((context, source))
            if message is None:
                print(f"not in {path.name}: [{context}] {source!r}")
                refused += 1
                continue
            forms = [translation] if isinstance(translation, str) else list(translation)
            candidate = Message(context, source, message.comment, message.numerus, forms, True)
            found = problems(candidate)
            if found:
                print(f"refused [{context}] {source!r}: {'; '.join(found)}")
                refused += 1
                continue
            message.forms, message.finished = forms, True
            filled += 1
    write_ts(path, language, messages)
    print(f"{path.name}: {filled} filled, {refused} refused")
    return refused


def compile_all(folder: Path = FOLDER, target: Path | None = None) -> list[Path]:
    """lrelease every language's file into ``target`` (default: next to it)."""
    made = []
    for language in LANGUAGES:
        qm = qm_file(language, target or folder)
        command = [tool("pyside6-lrelease"), "-silent", str(ts_file(language, folder))]
        subprocess.run([*command, "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="merge the code's texts into the .ts files")
    listing = commands.add_parser("missing", help="list what is left to translate")
    listing.add_argument("--json", type=Path, help="also write a skeleton to fill")
    filling = commands.add_parser("fill", help="translations from a Python dict T")
    filling.add_argument("language", choices=sorted(LANGUAGES))
    filling.add_argument("batch", type=Path)
    commands.add_parser("compile", help="compile the .ts files into .qm files")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "missing":
        return 1 if missing(args.json) else 0
    elif args.command == "fill":
        return 1 if fill(args.language, args.batch) else 0
    else:
        for path in compile_all():
            print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
