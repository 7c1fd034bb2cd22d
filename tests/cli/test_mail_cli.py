"""The command line's mail drafts: an .eml file, a mailto: link, one-line refusals."""

import email
import email.policy
from pathlib import Path

import pytest

from stagedesk.cli.mail import MOMENT_VALUES
from stagedesk.cli.main import main
from stagedesk.core.db.database import Database
from stagedesk.core.mail import MailMoment
from tests.output.test_mail import mail_seed
from tests.seed import Seed


@pytest.fixture
def seed(database: Database) -> Seed:
    return mail_seed(database)


@pytest.fixture
def clean_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The command line reads the organisation's own templates from the data folder.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def test_the_command_line_writes_a_draft_and_prints_a_link(
    db_path: Path,
    seed: Seed,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    clean_data_dir: None,
) -> None:
    db, running = str(db_path), str(seed.internships["running"])
    out = tmp_path / "info.eml"
    args = ["mail", "practical_info", "--db", db, "--internship", running]
    assert main([*args, "--out", str(out), "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == (
        f"{out}\tceline@example.be\tInfo sheet - Céline Lambert.pdf"
    )
    message = email.message_from_bytes(out.read_bytes(), policy=email.policy.default)
    assert message["Subject"] == "Practical information for your first day at Voorbeeldorganisatie"

    assert main(["mail", "thank_school", "--db", db, "--internship", running, "--mailto"]) == 0
    link = capsys.readouterr().out.strip()
    assert link.startswith("mailto:karin.wouters@zennevallei.be?subject=Bedankt%20voor")


@pytest.mark.parametrize(
    ("moment", "internship", "extra", "said"),
    [
        ("practical_info", "999", ["--out", "x.eml"], "stagedesk: There is no internship 999."),
        (
            "practical_info",
            "running",
            ["--mailto"],
            "stagedesk: A mailto: link cannot carry an attachment: open the mail in the mail "
            "program instead.",
        ),
        (
            "thank_school",
            "planned",
            ["--mailto"],
            "stagedesk: This internship has no school supervisor: choose one in its details first.",
        ),
    ],
)
def test_the_command_line_refuses_in_one_line(
    db_path: Path,
    seed: Seed,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    clean_data_dir: None,
    moment: str,
    internship: str,
    extra: list[str],
    said: str,
) -> None:
    record = seed.internships.get(internship, internship)
    out = [str(tmp_path / e) if e.endswith(".eml") else e for e in extra]
    code = main(["mail", moment, "--db", str(db_path), "--internship", str(record), *out])
    assert code == 2
    assert capsys.readouterr().err.splitlines() == [said]
    assert not (tmp_path / "x.eml").exists()


def test_the_command_line_knows_every_moment() -> None:
    assert tuple(moment.value for moment in MailMoment) == MOMENT_VALUES
