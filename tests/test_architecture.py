"""The shape of the house: imports point one way, and nothing goes round in a circle.

Read from the source (every import counts, also one inside a function; those under
``if TYPE_CHECKING:`` do not, they never run): ``ui`` may use ``output`` and ``core``,
``output`` only ``core``, ``core`` nothing of StageDesk's; ``core`` and ``output`` never
Qt. No module reaches itself through others, and no folder does through other folders.
"""

import ast
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "stagedesk"

# What each part may import of StageDesk (itself always; the package root's version).
ALLOWED = {
    "core": {"core"},
    "output": {"output", "core"},
    "ui": {"ui", "output", "core", "messages"},
    "cli": {"cli", "ui", "output", "core", "messages"},
    "messages": {"messages", "core"},
    "__main__": {"cli"},
}
QT_FREE = ("core", "output")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SOURCE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {
    module_name(path): path
    for path in sorted(SOURCE.rglob("*.py"))
    if "versions" not in path.parts  # Alembic's revision scripts
}


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imported_names(tree: ast.AST) -> Iterator[str]:
    """Every name an import statement that runs asks for: modules and module.attribute."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _type_checking(node):
            for child in node.orelse:
                yield from imported_names(child)
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            assert node.level == 0, "relative imports are banned (ruff TID252)"
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)
        yield from imported_names(node)


def _graph() -> dict[str, set[str]]:
    """module -> the StageDesk modules it imports (a package's parent packages left out:
    importing ``stagedesk.core.forms.x`` runs ``stagedesk.core.forms`` first anyway)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for module, path in MODULES.items():
        for name in imported_names(ast.parse(path.read_text(encoding="utf-8"))):
            while name and name not in MODULES:
                name = name.rpartition(".")[0]
            if name and name != module and not module.startswith(name + "."):
                graph[module].add(name)
    return graph


GRAPH = _graph()


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected parts of more than one node (Tarjan), iteratively."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []
    for start in list(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                part = []
                while True:
                    member = stack.pop()
                    part.append(member)
                    if member == node:
                        break
                if len(part) > 1:
                    found.append(sorted(part))
    return found


def part_of(module: str) -> str:
    return module.split(".")[1] if "." in module else ""


def folder_of(module: str) -> str:
    return module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]


@pytest.mark.parametrize("part", sorted(ALLOWED))
def test_imports_point_one_way(part: str) -> None:
    wrong = sorted(
        f"{module} -> {used}"
        for module, uses in GRAPH.items()
        if part_of(module) == part
        for used in uses
        if part_of(used) and part_of(used) not in ALLOWED[part]
    )
    assert wrong == []


@pytest.mark.parametrize("part", QT_FREE)
def test_core_and_output_never_import_qt(part: str) -> None:
    with_qt = sorted(
        module
        for module, path in MODULES.items()
        if part_of(module) == part
        and any(
            name.split(".")[0] in ("PySide6", "shiboken6")
            for name in imported_names(ast.parse(path.read_text(encoding="utf-8")))
        )
    )
    assert with_qt == []


def test_views_never_build_queries() -> None:
    # A window asks core for what it shows (a query written in a view is a rule with
    # a second owner); it may hold a session, never write SQL.
    building = ("select", "update", "delete", "insert", "func", "text", "and_", "or_")
    queries = sorted(
        f"{module}: {name}"
        for module, path in MODULES.items()
        if part_of(module) == "ui"
        for name in imported_names(ast.parse(path.read_text(encoding="utf-8")))
        if name.startswith("sqlalchemy.") and name.rpartition(".")[2] in building
    )
    assert queries == []


def test_nothing_climbs_to_the_main_window() -> None:
    # A page, tab or dialog asks the shell it is given (``ui/kit/shell.Shell``); climbing
    # ``.window()`` finds a dialog as often as the main window, and hides who needs whom.
    climbing = sorted(
        module
        for module, path in MODULES.items()
        if part_of(module) == "ui" and not module.startswith("stagedesk.ui.shell.")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "window"
        and not node.args
    )
    assert climbing == []


# Modules that import inside functions, and why. Everything else imports at the top, so a
# reader sees what a module needs; a module that starts to import late must say why here.
START_UP = "the window shows (or the command answers) before the database layer loads"
LATE_IMPORTS = {
    "stagedesk.cli.main": "a command loads only what it runs: `stagedesk --help` stays fast",
    "stagedesk.cli.bin": "a command loads only what it runs",
    "stagedesk.cli.export": "a command loads only what it runs",
    "stagedesk.cli.list_import": "a command loads only what it runs",
    "stagedesk.cli.mail": "a command loads only what it runs",
    "stagedesk.cli.paper": "a command loads only what it runs (reportlab, pypdf)",
    "stagedesk.cli.privacy": "a command loads only what it runs",
    "stagedesk.cli.reports": "a command loads only what it runs (reportlab, openpyxl)",
    "stagedesk.cli.safety": "a command loads only what it runs",
    "stagedesk.cli.shared": "a command loads only what it runs",
    "stagedesk.core.db.locking": "ctypes and Windows' own calls, on Windows only",
    "stagedesk.core.db.placement": "ctypes and Windows' own calls, on Windows only",
    "stagedesk.core.db.migrate": "Alembic (0.3 s) only when a schema changes, not at every start",
    "stagedesk.core.first_start": "the demo generator only when a demo is made",
    "stagedesk.core.imports.source": "calamine and openpyxl only when a list is read",
    "stagedesk.output.report_catalogue": "each report's writer only when it is written",
    "stagedesk.ui.data.actions": "the writers (openpyxl, icalendar) only when exporting",
    "stagedesk.ui.data.list_import.entry": START_UP,
    "stagedesk.ui.data.list_import.template": START_UP,
    "stagedesk.ui.data.menu": START_UP,
    "stagedesk.ui.first_start": START_UP,
    "stagedesk.ui.first_start.entry": START_UP,
    "stagedesk.ui.internships.documents_tab": "reportlab only when a document is made",
    "stagedesk.ui.kit.save_as": START_UP,
    "stagedesk.ui.kit.settings": START_UP,
    "stagedesk.ui.printing.opportunity_list": "reportlab only when the list is made",
    "stagedesk.ui.shell.app": START_UP,
    "stagedesk.ui.shell.attach": START_UP,
    "stagedesk.ui.shell.backup_jobs": START_UP,
    "stagedesk.ui.shell.build_check": "the self-test loads each part it checks, one by one",
    "stagedesk.ui.shell.main_window": START_UP + "; each page when first shown",
    "stagedesk.ui.shell.opening": START_UP,
    "stagedesk.ui.shell.reopening": START_UP,
    "stagedesk.ui.shell.selftest": "the self-test loads each part it checks, one by one",
    "stagedesk.ui.shell.toolbar": START_UP,
}


def _imports_late(path: Path) -> bool:
    return any(
        isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and any(isinstance(sub, ast.Import | ast.ImportFrom) for sub in ast.walk(node))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
    )


def test_a_module_imports_late_only_for_a_stated_reason() -> None:
    late = {module for module, path in MODULES.items() if _imports_late(path)}
    assert sorted(late - LATE_IMPORTS.keys()) == []  # import at the top, or say why above
    assert sorted(LATE_IMPORTS.keys() - late) == []  # a reason for nothing: remove it


def test_no_module_imports_itself_through_others() -> None:
    assert circles(GRAPH) == []


def test_no_folder_imports_itself_through_other_folders() -> None:
    # A folder and the folders around it (its parents) count as one: a subpackage may use
    # its parent's shared modules, and the parent's modules may put its subpackages to work.
    folders: dict[str, set[str]] = defaultdict(set)
    for module, uses in GRAPH.items():
        mine = folder_of(module)
        for used in uses:
            theirs = folder_of(used)
            if not (mine + ".").startswith(theirs + ".") and not theirs.startswith(mine + "."):
                folders[mine].add(theirs)
    assert circles(folders) == []


def test_the_circle_finder_finds_a_circle() -> None:
    made_up = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(made_up) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_every_part_is_known() -> None:
    assert {part_of(module) for module in MODULES} - {""} == set(ALLOWED)
