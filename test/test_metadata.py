"""metadata.txt: the project's URLs in one place, and what the plugin zip carries for dependency installers."""
import configparser
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def general():
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(ROOT / "metadata.txt", encoding="utf-8")
    return metadata["general"]


def test_homepage_and_tracker_are_pages_of_the_repository(general):
    repository = general["repository"]
    assert repository.startswith("https://") and not repository.endswith("/")
    assert general["homepage"].startswith(repository) and general["tracker"].startswith(repository)


def test_the_zip_carries_the_requirements(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("package", ROOT / "scripts" / "package.py")
    package = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(package)
    with zipfile.ZipFile(package.build(tmp_path)) as archive:
        names = set(archive.namelist())
        requirements = archive.read("lodestone/requirements.txt").decode().split()
    assert "lodestone/metadata.txt" in names and not any(name.startswith("lodestone/test/") for name in names)
    assert {"numpy", "scipy", "scikit-learn", "rasterio"} <= set(requirements)


def test_qgis_4_is_declared_and_the_plugin_uses_no_private_processing_gui(general):
    assert general["qgisMinimumVersion"] == "3.22"
    assert float(general["qgisMaximumVersion"]) >= 4.0 and general.getboolean("supportsQt6")
    sources = [path for path in ROOT.rglob("*.py")
               if not any(part.startswith(".") or part in ("test", "build", "benchmarks")
                          for part in path.relative_to(ROOT).parts)]
    assert len(sources) > 30
    for path in sources:
        text = path.read_text(encoding="utf-8")
        assert "processing.gui" not in text and "processing.tools" not in text, path
