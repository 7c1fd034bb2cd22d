"""The Steps page's content: the guide's three step plans, as data in ``resources/guide``.

Each plan is a TOML file (see ``resources/guide/README.md``): steps with a title and two
or three sentences in Dutch, French and English, the page of StageDesk where the step is
done, the tools that do it and, where StageDesk can tell, the check that says it is done
(``guide_progress``). Qt-free: the page shows it, tests check it.

    plans = load_guide()
"""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stagedesk.core.db.paths import resource_dir
from stagedesk.core.forms.definition import LANGUAGES, Text

# Tools that are not toolbox forms: the page does them itself.
OPPORTUNITY_LIST = "opportunity_list"  # the offered opportunities as a PDF for schools
IMPORT_LIST = "import_list"  # an old Excel list of interns brought in
ACTIONS = (OPPORTUNITY_LIST, IMPORT_LIST)

_ID = re.compile(r"^[a-z][a-z0-9_]*$")


def guide_dir() -> Path:
    """The plans shipped with StageDesk (``resources/guide``)."""
    return resource_dir() / "resources" / "guide"


@dataclass(frozen=True)
class Step:
    plan: str  # the id of the plan it belongs to
    id: str
    title: Text
    text: Text
    page: str  # the sidebar page "Go there" opens
    tab: str | None = None  # a tab of that page, or a report on the Reports page
    tools: tuple[str, ...] = ()  # toolbox form ids, or ACTIONS
    check: str | None = None  # a name in guide_progress.CHECKS

    @property
    def key(self) -> str:
        """Unique across the plans: ``policy.rules``."""
        return f"{self.plan}.{self.id}"


@dataclass(frozen=True)
class Plan:
    id: str
    order: int
    title: Text
    steps: tuple[Step, ...]
    intro: Text | None = None


class GuideInvalid(Exception):
    """A plan file with a mistake: the message names the file and what is wrong."""


def load_guide(folder: Path | None = None) -> tuple[Plan, ...]:
    """Every plan in ``folder`` (default: the shipped ones), in their order."""
    folder = guide_dir() if folder is None else folder
    plans = [load_plan(path) for path in sorted(folder.glob("*.toml"))]
    return tuple(sorted(plans, key=lambda plan: (plan.order, plan.id)))


def load_plan(path: Path) -> Plan:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise GuideInvalid(f"{path.name}: {error}") from error
    return _plan(data, path.name)


def _plan(data: dict[str, Any], origin: str) -> Plan:
    plan_id = _identifier(data, origin)
    order = data.get("order")
    if not isinstance(order, int) or isinstance(order, bool):
        raise GuideInvalid(f"{origin}: order must be a whole number")
    tables = data.get("steps")
    if not isinstance(tables, list) or not tables:
        raise GuideInvalid(f"{origin}: steps are missing")
    steps = tuple(_step(plan_id, table, f"{origin}, step {n}") for n, table in enumerate(tables, 1))
    ids = [step.id for step in steps]
    if len(set(ids)) != len(ids):
        raise GuideInvalid(f"{origin}: two steps have the same id")
    intro = _text(data, "intro", origin) if "intro" in data else None
    return Plan(plan_id, order, _text(data, "title", origin), steps, intro)


def _step(plan: str, table: Any, where: str) -> Step:
    if not isinstance(table, dict):
        raise GuideInvalid(f"{where}: not a table")
    page = table.get("page")
    if not isinstance(page, str) or not page:
        raise GuideInvalid(f"{where}: page is missing")
    tab = table.get("tab")
    tools = table.get("tools", [])
    check = table.get("check")
    if tab is not None and not isinstance(tab, str):
        raise GuideInvalid(f"{where}: tab must be a text")
    if not isinstance(tools, list) or not all(isinstance(t, str) for t in tools):
        raise GuideInvalid(f"{where}: tools must be a list of texts")
    if check is not None and not isinstance(check, str):
        raise GuideInvalid(f"{where}: check must be a text")
    return Step(
        plan=plan,
        id=_identifier(table, where),
        title=_text(table, "title", where),
        text=_text(table, "text", where),
        page=page,
        tab=tab,
        tools=tuple(tools),
        check=check,
    )


def _identifier(table: dict[str, Any], where: str) -> str:
    value = table.get("id")
    if not isinstance(value, str) or not _ID.match(value):
        raise GuideInvalid(f"{where}: id must be lowercase letters, digits and _")
    return value


def _text(table: dict[str, Any], key: str, where: str) -> Text:
    value = table.get(key)
    if not isinstance(value, dict):
        raise GuideInvalid(f"{where}: {key} must be {{ nl = …, fr = …, en = … }}")
    missing = [lang for lang in LANGUAGES if not str(value.get(lang, "")).strip()]
    if missing:
        raise GuideInvalid(f"{where}: {key} has no {', '.join(missing)} text")
    return Text(nl=str(value["nl"]), fr=str(value["fr"]), en=str(value["en"]))
