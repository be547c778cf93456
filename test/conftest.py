"""Shared pytest set-up.

The repository root *is* the plugin folder, so it must never be on ``sys.path`` (its ``processing/`` would hide
QGIS's own ``processing`` package). Instead a temporary folder holding a ``lodestone`` link to the root is put on
the path, and every test imports the plugin as ``lodestone``.
"""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import sys
import tempfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"


def _put_plugin_on_path():
    sys.path[:] = [p for p in sys.path if Path(p or os.getcwd()).resolve() != REPO_ROOT]
    link_parent = Path(tempfile.mkdtemp(prefix="lodestone-path-"))
    (link_parent / "lodestone").symlink_to(REPO_ROOT, target_is_directory=True)
    sys.path.insert(0, str(link_parent))


_put_plugin_on_path()


try:
    import qgis.core  # noqa: F401
except ImportError:  # the plain science venv: QGIS tests cannot run there
    collect_ignore = ["qgis"]


@pytest.fixture(scope="session")
def shared_file():
    """Path of a file under ``../shared/data`` (the real data sets beside the checkout); skips the test, with the
    reason, where it is absent."""

    def find(relative):
        path = SHARED_DATA / relative
        if not path.exists():
            pytest.skip(f"{relative} not found in {SHARED_DATA} (the shared data folder beside the checkout)")
        return path

    return find
