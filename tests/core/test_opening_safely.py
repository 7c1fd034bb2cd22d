"""Opening safely: damage is caught at start-up, the journal is safe in any folder, and a
synced or network folder is recognised."""

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from stagedesk.core.db.backups import check_copy, list_backups
from stagedesk.core.db.database import Database, DatabaseProblem, Problem, open_sqlite
from stagedesk.core.db.placement import Placement, where_is
from tests.seed import seed_small

# --- integrity -------------------------------------------------------------------------


def fill_units(path: Path, count: int) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.executemany(
            "INSERT INTO units (name, notes, active, version) VALUES (?, ?, 1, 1)",
            [(f"Dienst {n:04}", "Notities " * 20) for n in range(count)],
        )


def damage_middle_of_a_table_page(path: Path) -> None:
    """Overwrite bytes in the middle of a full page of rows of the units table."""
    with closing(sqlite3.connect(path)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        (leaf,) = connection.execute(
            "SELECT pageno FROM dbstat WHERE name = 'units' AND pagetype = 'leaf' "
            "ORDER BY pageno LIMIT 1 OFFSET 3"
        ).fetchone()
    with path.open("r+b") as handle:
        handle.seek((leaf - 1) * page_size + page_size // 2 - 256)
        handle.write(b"\xff" * 512)


def test_the_quick_check_at_opening_catches_a_damaged_page(database: Database, db_path: Path):
    database.dispose()
    fill_units(db_path, 400)
    open_sqlite(db_path).dispose()
    damage_middle_of_a_table_page(db_path)
    before = db_path.read_bytes()

    with pytest.raises(DatabaseProblem) as caught:
        open_sqlite(db_path)

    assert caught.value.problem is Problem.CORRUPT
    assert not check_copy(db_path)
    assert db_path.read_bytes() == before  # looked at, not touched
    assert list_backups(db_path.with_name("stagedesk-backups"), db_path) == []


# --- the journal -----------------------------------------------------------------------


def test_a_file_another_tool_put_in_wal_mode_gets_the_rollback_journal(
    database: Database, db_path: Path
) -> None:
    seed_small(database.sessions)
    database.dispose()
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    reopened = open_sqlite(db_path)
    try:
        with reopened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        reopened.dispose()
    assert not db_path.with_name(db_path.name + "-wal").exists()


# --- synced and network folders --------------------------------------------------------

MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
//nas/stage /mnt/stage cifs rw,vers=3.0 0 0
/dev/sdb1 /mnt/stage/local\\040disk ext4 rw 0 0
server:/export /home/an/nfs nfs4 rw 0 0
an@host: /home/an/remote fuse.sshfs rw 0 0
/dev/sdc1 /media/an/USB fuseblk rw 0 0
portal /run/user/1000/doc fuse.portal rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "placement", "service"),
    [
        ("/home/an/stagedesk/stagedesk.sqlite", Placement.LOCAL, ""),
        ("/mnt/stage/stagedesk.sqlite", Placement.NETWORK, "cifs: //nas/stage"),
        ("/mnt/stage/local disk/stagedesk.sqlite", Placement.LOCAL, ""),
        ("/home/an/nfs/db/stagedesk.sqlite", Placement.NETWORK, "nfs4: server:/export"),
        ("/home/an/remote/stagedesk.sqlite", Placement.NETWORK, "fuse.sshfs: an@host:"),
        ("/media/an/USB/stagedesk.sqlite", Placement.LOCAL, ""),
        ("/run/user/1000/doc/stagedesk.sqlite", Placement.LOCAL, ""),
        ("/home/an/Dropbox/stage/stagedesk.sqlite", Placement.SYNCED, "Dropbox"),
        ("/home/an/Dropbox (Stad Gent)/stagedesk.sqlite", Placement.SYNCED, "Dropbox"),
        (
            "/Users/an/Library/CloudStorage/GoogleDrive-an@gent.be/My Drive/s.sqlite",
            Placement.SYNCED,
            "Google Drive",
        ),
        ("/home/an/Nextcloud/stagedesk.sqlite", Placement.SYNCED, "Nextcloud"),
        ("/home/an/boxes/stagedesk.sqlite", Placement.LOCAL, ""),
    ],
)
def test_linux_and_mac_folders(path: str, placement: Placement, service: str) -> None:
    where = where_is(path, environ={}, mounts=MOUNTS, platform="linux")
    assert (where.placement, where.service) == (placement, service)


def remote_z(root: str) -> int:
    return 4 if root.upper() == "Z:\\" else 3  # DRIVE_REMOTE for Z:, DRIVE_FIXED else


ONEDRIVE = {"OneDriveCommercial": r"C:\Users\an\Stad Gent", "OneDrive": r"C:\Users\an\Stad Gent"}


@pytest.mark.parametrize(
    ("path", "placement", "service"),
    [
        (r"C:\Users\an\AppData\Local\StageDesk\stagedesk.sqlite", Placement.LOCAL, ""),
        (r"C:\Users\an\Stad Gent\Stages\stagedesk.sqlite", Placement.SYNCED, "OneDrive"),
        (r"c:\users\AN\stad gent\stagedesk.sqlite", Placement.SYNCED, "OneDrive"),
        (r"C:\Users\an\Stad Gent-oud\stagedesk.sqlite", Placement.LOCAL, ""),
        (r"C:\Users\an\OneDrive - Stad Gent\stagedesk.sqlite", Placement.SYNCED, "OneDrive"),
        (r"\\nas\stage\stagedesk.sqlite", Placement.NETWORK, r"\\nas\stage"),
        (r"Z:\stage\stagedesk.sqlite", Placement.NETWORK, "Z:"),
        (r"D:\stage\stagedesk.sqlite", Placement.LOCAL, ""),
    ],
)
def test_windows_folders(path: str, placement: Placement, service: str) -> None:
    where = where_is(path, environ=ONEDRIVE, platform="win32", drive_type=remote_z)
    assert (where.placement, where.service) == (placement, service)


def test_only_a_synced_or_network_folder_has_a_warning() -> None:
    local = where_is("/home/an/s.sqlite", environ={}, mounts=MOUNTS, platform="linux")
    synced = where_is("/home/an/Dropbox/s.sqlite", environ={}, mounts=MOUNTS, platform="linux")
    network = where_is("/mnt/stage/s.sqlite", environ={}, mounts=MOUNTS, platform="linux")
    assert local.warning is None
    assert synced.warning is not None and "{service} keeps in sync" in synced.warning
    assert network.warning is not None and "network drive" in network.warning
