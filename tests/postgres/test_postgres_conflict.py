"""Two coordinators on one PostgreSQL database, each in their own StageDesk process: when
both save the same record, one save wins and the other is refused, every time, even when
both saves run at the same moment. Nothing is overwritten silently."""

import subprocess
import sys
from collections.abc import Iterator

import pytest
from sqlalchemy import URL

from stagedesk.core.db.database import Database, open_url
from stagedesk.core.models import Unit
from stagedesk.core.records import repository
from tests.paths import PROJECT

ROUNDS = 15

COORDINATOR = """
import sys

from stagedesk.core.records import repository
from stagedesk.core.db.database import open_url
from stagedesk.core.models import Unit

database = open_url(sys.argv[1])
me, unit_id = sys.argv[2], int(sys.argv[3])
for line in sys.stdin:
    command, round_ = line.split()
    if command == "load":
        values = repository.load(database.sessions, Unit, unit_id)
        print("loaded", values["version"], flush=True)
    else:
        try:
            name = f"{me} {round_}"
            repository.save(database.sessions, Unit, {**values, "name": name}, unit_id)
            print("saved", flush=True)
        except repository.RecordChanged:
            print("changed", flush=True)
database.dispose()
"""


@pytest.fixture
def server(postgres_url: URL) -> Iterator[Database]:
    database = open_url(postgres_url)
    yield database
    database.dispose()


def _start(url: URL, me: str, unit_id: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            COORDINATOR,
            url.render_as_string(hide_password=False),
            me,
            str(unit_id),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=PROJECT,
    )


def _tell(process: subprocess.Popen[str], line: str) -> None:
    assert process.stdin is not None
    process.stdin.write(line + "\n")
    process.stdin.flush()


def _hear(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    answer = process.stdout.readline().strip()
    assert answer, process.stderr.read() if process.stderr else "no answer"
    return answer


def test_two_processes_saving_the_same_record_at_once(server: Database, postgres_url: URL) -> None:
    unit_id = repository.save(server.sessions, Unit, {"name": "Communicatie"})
    coordinators = {me: _start(postgres_url, me, unit_id) for me in ("An", "Marc")}
    try:
        for round_ in range(ROUNDS):
            for process in coordinators.values():
                _tell(process, f"load {round_}")
            versions = {_hear(process) for process in coordinators.values()}
            assert versions == {f"loaded {round_ + 1}"}  # both saw the same version
            for process in coordinators.values():  # both press Save at once
                _tell(process, f"save {round_}")
            answers = {me: _hear(process) for me, process in coordinators.items()}
            assert sorted(answers.values()) == ["changed", "saved"], answers
            [winner] = [me for me, answer in answers.items() if answer == "saved"]
            stored = repository.load(server.sessions, Unit, unit_id)
            assert (stored["name"], stored["version"]) == (f"{winner} {round_}", round_ + 2)
    finally:
        for process in coordinators.values():
            if process.stdin is not None:
                process.stdin.close()
            process.wait(timeout=30)
    for process in coordinators.values():
        assert process.returncode == 0, process.stderr.read() if process.stderr else ""


def test_two_sessions_on_the_server(server: Database) -> None:
    """What two windows do: both load version 1; the first saves; the second is refused."""
    unit_id = repository.save(server.sessions, Unit, {"name": "Financiën", "code": "FIN"})
    mine = repository.load(server.sessions, Unit, unit_id)
    theirs = repository.load(server.sessions, Unit, unit_id)
    assert mine["version"] == theirs["version"] == 1
    repository.save(server.sessions, Unit, {**theirs, "code": "BUD"}, unit_id)
    with pytest.raises(repository.RecordChanged):
        repository.save(server.sessions, Unit, {**mine, "name": "Budget"}, unit_id)
    stored = repository.load(server.sessions, Unit, unit_id)
    assert (stored["name"], stored["code"], stored["version"]) == ("Financiën", "BUD", 2)
