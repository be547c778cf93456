"""The install hint names the one command for the Python that runs QGIS on each platform."""
import pytest

from lodestone.processing.base import install_hint


@pytest.mark.parametrize("platform, executable, expected", [
    ("linux", "/usr/bin/python3", "scikit-learn (sudo apt install python3-sklearn)"),
    ("linux", "/home/me/venv/bin/python", 'scikit-learn ("/home/me/venv/bin/python" -m pip install scikit-learn)'),
    ("win32", r"C:\OSGeo4W\bin\python3.exe", "scikit-learn (in the OSGeo4W Shell: python -m pip install scikit-learn)"),
    ("darwin", "/Applications/QGIS.app/Contents/MacOS/bin/python3",
     'scikit-learn ("/Applications/QGIS.app/Contents/MacOS/bin/python3" -m pip install scikit-learn)'),
])
def test_one_command_per_platform(platform, executable, expected):
    assert install_hint("sklearn", platform, executable) == expected


def test_an_unknown_module_is_installed_by_its_own_name():
    assert install_hint("pyproj", "darwin", "/opt/python3") == 'pyproj ("/opt/python3" -m pip install pyproj)'
