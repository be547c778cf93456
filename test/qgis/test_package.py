"""make package: the zip a QGIS user installs, and qgis_process listing and running its algorithms from it."""
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, str(REPO_ROOT / "scripts" / "package.py"), str(out)],
                            capture_output=True, text=True, check=True)
    return Path(result.stdout.strip())


def test_zip_has_the_plugin_under_lodestone_and_no_dev_files(package):
    names = zipfile.ZipFile(package).namelist()
    assert package.name.startswith("lodestone-") and package.suffix == ".zip"
    assert all(n.startswith("lodestone/") for n in names)
    for required in ("metadata.txt", "__init__.py", "plugin.py", "LICENSE", "processing/provider.py",
                     "science/demo/property.py", "runner.py", "demo_project.py", "resources/icon.svg",
                     "resources/igrf14.shc", "resources/styles/claims.qml", "resources/models/demoroadreach.model3"):
        assert f"lodestone/{required}" in names, required
    for excluded in ("test/", ".ci/", "benchmarks/", "scripts/", "Makefile", "pyproject.toml", "__pycache__"):
        assert not any(excluded in n for n in names), excluded


@pytest.fixture(scope="module")
def installed(package, tmp_path_factory, qgis_process):
    """The zip unpacked into a fresh plugin folder, enabled in a throw-away QGIS profile."""
    root = tmp_path_factory.mktemp("qgis_user")
    plugins = root / "plugins"
    zipfile.ZipFile(package).extractall(plugins)
    env = dict(os.environ, QGIS_PLUGINPATH=str(plugins), HOME=str(root / "home"), QT_QPA_PLATFORM="offscreen",
               XDG_DATA_HOME=str(root / "data"), XDG_CONFIG_HOME=str(root / "config"),
               QGIS_CUSTOM_CONFIG_PATH=str(root / "profile"), QGIS_OPTIONS_PATH=str(root / "profile"))
    # (pytest-qgis points both at its own profile)
    env.pop("PYTHONPATH", None)
    enable = subprocess.run([qgis_process, "plugins", "enable", "lodestone"], capture_output=True, text=True,
                            env=env, timeout=300)
    assert enable.returncode == 0, enable.stdout + enable.stderr
    return env


def test_qgis_process_lists_the_providers_algorithms_from_the_zip(installed, qgis_process):
    listing = subprocess.run([qgis_process, "list"], capture_output=True, text=True, env=installed, timeout=300)
    assert listing.returncode == 0, listing.stderr
    assert "lodestone:demoproperty" in listing.stdout
    assert "lodestone:demoroadreach" in listing.stdout  # a shipped model, loaded by the provider


@pytest.mark.slow
def test_qgis_process_runs_a_shipped_model(installed, qgis_process, tmp_path):
    output = tmp_path / "reach.gpkg"
    run = subprocess.run([qgis_process, "run", "lodestone:demoroadreach", "--", "SEED=2019", "DISTANCE=250",
                          f"roadreach:REACH={output}"], capture_output=True, text=True, env=installed, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    from qgis.core import QgsVectorLayer

    reach = QgsVectorLayer(str(output), "reach", "ogr")
    assert reach.isValid() and reach.featureCount() == 1
    area_km2 = next(reach.getFeatures()).geometry().area() / 1e6
    assert 5 < area_km2 < 25  # about 25 km of road, 500 m wide, clipped where roads meet
