"""scripts/qgis_lane.py: the backports source entry is derived from the machine's own Debian entry."""
import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "qgis_lane.py"


@pytest.fixture(scope="module")
def lane():
    spec = importlib.util.spec_from_file_location("qgis_lane", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DEB822 = """Types: deb
# a comment
URIs: http://mirror.example/debian
Suites: bookworm bookworm-updates
Components: main contrib
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://mirror.example/debian-security
Suites: bookworm-security
Components: main
"""


def test_the_backports_entry_copies_the_release_entry(lane):
    entries = lane.deb822_stanzas(DEB822)
    assert len(entries) == 2
    assert lane.backports_entry(entries, "bookworm") == (
        "Types: deb\nURIs: http://mirror.example/debian\nSuites: bookworm-backports\nComponents: main contrib\n"
        "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n")


def test_one_line_sources_are_read_with_their_key(lane):
    entries = lane.one_line_entries("# deb http://old/ bullseye main\n"
                                    "deb [arch=amd64 signed-by=/k.gpg] http://mirror.example/debian bookworm main\n"
                                    "deb-src http://mirror.example/debian bookworm main\n")
    assert entries == [{"Types": "deb", "Signed-By": "/k.gpg", "URIs": "http://mirror.example/debian",
                        "Suites": "bookworm", "Components": "main"}]
    assert "Suites: bookworm-backports\n" in lane.backports_entry(entries, "bookworm")


def test_no_entry_for_the_release_is_a_clear_error(lane):
    with pytest.raises(SystemExit, match="no apt source serves 'bookworm'"):
        lane.backports_entry(lane.deb822_stanzas(DEB822.replace("bookworm bookworm-updates", "trixie")), "bookworm")
