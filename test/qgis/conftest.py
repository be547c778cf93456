"""Fixtures for tests that need QGIS (run headless through pytest-qgis)."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def lodestone_plugin(qgis_app, qgis_processing):
    """The plugin object, alive for the whole session (as QGIS keeps it), with its provider registered."""
    from lodestone.plugin import LodestonePlugin

    plugin = LodestonePlugin(None)
    plugin.initProcessing()
    yield plugin
    plugin.unload()


@pytest.fixture(scope="module")
def lodestone_provider(lodestone_plugin):
    """The registered Lodestone provider (re-registered if a test unloaded it)."""
    lodestone_plugin.initProcessing()
    return lodestone_plugin.provider


@pytest.fixture(scope="session")
def plugin_pythonpath(tmp_path_factory):
    """A folder holding a ``lodestone`` link to the repository, for subprocesses (``python -m lodestone``)."""
    folder = tmp_path_factory.mktemp("pythonpath")
    (folder / "lodestone").symlink_to(REPO_ROOT, target_is_directory=True)
    return folder


@pytest.fixture(scope="session")
def lodestone_cli(plugin_pythonpath):
    """Run ``python -m lodestone ARGS`` in a subprocess from the repository root (as the README does)."""

    def run(args, extra_pythonpath=None):
        pythonpath = f"{extra_pythonpath}:{plugin_pythonpath}" if extra_pythonpath else str(plugin_pythonpath)
        env = dict(os.environ, PYTHONPATH=pythonpath, QT_QPA_PLATFORM="offscreen")
        return subprocess.run([sys.executable, "-m", "lodestone", *args], capture_output=True, text=True, env=env,
                              cwd=REPO_ROOT, timeout=300)

    return run


@pytest.fixture(scope="session")
def qgis_process():
    """qgis_process, or Debian 12's qgis_process.bin (its wrapper passes --noversioncheck, unknown to 3.22)."""
    wrapper = shutil.which("qgis_process")
    if wrapper is None:
        pytest.skip("qgis_process is not installed (Debian package qgis)")
    binary = Path(wrapper + ".bin")
    return str(binary) if binary.exists() else wrapper
