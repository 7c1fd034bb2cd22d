"""Every text a user can see is translated, and the code lets Qt find each translation.

lupdate runs over the sources here, as ``packaging/translations.py update`` does, and what
it finds is compared with the committed Linguist files: each text has a finished Dutch and
French translation (English: its plural forms), with the same placeholders, and the
committed .qm files are what lrelease makes of the .ts files. A text added to the code
without a translation fails here; the message says what to run.

The rest reads the code: Qt finds a translation only under the context lupdate filed it
in, so ``tr()`` on anything but ``self``, and helpers that hide a text from lupdate, are
refused with file and line.
"""

import ast
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "stagedesk"
HOW = "run: uv run python packaging/translations.py update, translate, then compile"


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture(scope="module")
def extracted() -> list:
    return tool.extract(tool.source_files())


@pytest.fixture(scope="module")
def committed() -> dict[str, dict]:
    return {
        language: {m.key: m for m in tool.read_ts(tool.ts_file(language))}
        for language in tool.LANGUAGES
    }


def test_lupdate_finds_the_texts_of_the_window_and_of_core(extracted: list) -> None:
    keys = {(m.context, m.source) for m in extracted}
    assert ("Sidebar", "Dashboard") in keys  # QT_TRANSLATE_NOOP in the UI
    assert ("MainWindow", "Print forms…") in keys  # self.tr()
    assert ("Import", "%n unit(s)") in keys  # QCoreApplication.translate(..., n)
    assert len(keys) > 1000


@pytest.mark.parametrize("language", sorted(tool.LANGUAGES))
def test_every_text_is_in_the_linguist_file(
    language: str, extracted: list, committed: dict[str, dict]
) -> None:
    have = committed[language]
    missing = [f"[{m.context}] {m.source!r}" for m in extracted if m.key not in have]
    assert not missing, f"{len(missing)} texts not in stagedesk_{language}.ts ({HOW}):\n" + (
        "\n".join(missing[:40])
    )
    gone = {m.key for m in extracted}
    stale = [f"[{key[0]}] {key[1]!r}" for key in have if key not in gone]
    assert not stale, f"texts no longer in the code ({HOW}):\n" + "\n".join(stale[:40])


@pytest.mark.parametrize("language", sorted(tool.LANGUAGES))
def test_every_text_is_translated_with_its_placeholders(
    language: str, committed: dict[str, dict]
) -> None:
    wrong = [
        f"[{m.context}] {m.source!r}: {'; '.join(tool.problems(m))}"
        for m in committed[language].values()
        if tool.problems(m)
    ]
    assert not wrong, f"{len(wrong)} in stagedesk_{language}.ts ({HOW}):\n" + "\n".join(wrong[:40])


def test_plural_texts_have_both_forms(committed: dict[str, dict]) -> None:
    plural = [m for m in committed["nl"].values() if "%n" in m.source]
    assert len(plural) >= 20  # counts the import, the bin, the forms and privacy show
    for language, messages in committed.items():
        for message in plural:
            found = messages[message.key]
            assert found.numerus and len(found.forms) == 2, (language, message.source)
            assert "%n" in found.forms[1], (language, message.source, found.forms)


def test_the_problems_check_catches_a_lost_placeholder() -> None:
    good = tool.Message("Import", "Imported from {file}: {made}.", forms=["Uit {file}: {made}."])
    good.finished = True
    lost = tool.Message("Import", "Imported from {file}: {made}.", forms=["Uit {file}."])
    lost.finished = True
    unfinished = tool.Message("Import", "nothing new", forms=["niets nieuws"])
    assert tool.problems(good) == []
    assert tool.problems(lost) and "{made}" in tool.problems(lost)[0]
    assert tool.problems(unfinished) == ["not translated"]


def test_the_compiled_files_are_those_of_the_linguist_files(tmp_path: Path) -> None:
    for made in tool.compile_all(target=tmp_path):
        shipped = tool.FOLDER / made.name
        assert shipped.is_file(), f"{shipped.name} is missing ({HOW})"
        assert shipped.read_bytes() == made.read_bytes(), f"{shipped.name} is stale ({HOW})"


@pytest.mark.parametrize(
    ("language", "context", "source", "n", "expected"),
    [
        ("nl", "Sidebar", "Settings", -1, "Instellingen"),
        ("fr", "Sidebar", "Settings", -1, "Paramètres"),
        ("fr", "Import", "%n unit(s)", 1, "1 service"),
        ("fr", "Import", "%n unit(s)", 3, "3 services"),
        ("nl", "Import", "%n unit(s)", 3, "3 diensten"),
        ("en", "Import", "%n opportunity(ies)", 2, "2 opportunities"),
    ],
)
def test_qt_finds_the_translations_in_the_compiled_files(
    qapp: QCoreApplication, language: str, context: str, source: str, n: int, expected: str
) -> None:
    translator = QTranslator()
    assert translator.load(str(tool.qm_file(language)))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate(context, source, None, n) == expected
    finally:
        qapp.removeTranslator(translator)


# -- the code: where a translation would be looked up under another context ---------------
def _trees() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(SOURCES.rglob("*.py")):
        yield path.relative_to(ROOT), ast.parse(path.read_text("utf-8"))


def _is_tr(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "tr"
    )


def test_tr_is_only_called_on_self() -> None:
    """lupdate files ``window.tr("…")`` under the context "window", while Qt looks it up
    under the class of ``window``: use ``self.tr`` or ``QCoreApplication.translate``."""
    found = [
        f"{path}:{node.lineno}"
        for path, tree in _trees()
        for node in ast.walk(tree)
        if _is_tr(node)
        and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")  # type: ignore[attr-defined]
    ]
    assert not found, "tr() on something else than self: " + ", ".join(found)


def test_a_subclass_finds_the_texts_of_its_base_class(qapp: QCoreApplication) -> None:
    """lupdate files ``self.tr("…")`` under the class it is written in; Qt is asked under
    the object's own class. PySide6 then tries each base class in turn, so a subclass
    (InternshipEditor of RecordEditor) finds its base's texts: what the code relies on."""
    from PySide6.QtWidgets import QWidget

    class Base(QWidget):
        def label(self) -> str:
            return self.tr("Save")

    class Sub(Base):
        pass

    class Answers(QTranslator):
        def translate(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str | None:
            return "Opslaan" if (context, source) == ("Base", "Save") else None

    answers = Answers()
    qapp.installTranslator(answers)
    try:
        assert Sub().label() == "Opslaan"
    finally:
        qapp.removeTranslator(answers)


def test_no_helper_hides_a_text_from_lupdate() -> None:
    """A helper ``def _tr(text): return QCoreApplication.translate("X", text)`` called as
    ``_tr("Some text")``: lupdate never sees "Some text", and it stays English."""
    helpers: set[str] = set()
    calls: list[tuple[Path, ast.Call]] = []
    for path, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and _translates_argument(node):
                helpers.add(node.name)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                calls.append((path, node))
    found = [
        f"{path}:{call.lineno} {call.func.id}({call.args[0].value!r})"  # type: ignore[attr-defined]
        for path, call in calls
        if call.func.id in helpers  # type: ignore[attr-defined]
        and call.args
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
    ]
    assert not found, "texts lupdate cannot see: " + ", ".join(found)


def _translates_argument(function: ast.FunctionDef) -> bool:
    """Does ``function`` pass one of its own parameters as the text to translate()?"""
    names = {a.arg for a in function.args.args}
    for node in ast.walk(function):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "translate"
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Name)
            and node.args[1].id in names
        ):
            return True
    return False
