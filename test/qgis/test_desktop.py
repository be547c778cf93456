"""The desktop app itself: real QGIS under a virtual X server, with the plugin installed from the packaged zip into a
throw-away profile, opens the targeting workflow from its menu entry, runs the first step on the demo survey and
saves screenshots (see desktop_session.py, the script QGIS runs at startup).

Set LODESTONE_SAVE_SCREENSHOT=1 to copy the dialog screenshot to docs/images/workflow_dialog.png for the README.
"""
import json
import os
import select
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

REPO_ROOT = Path(__file__).resolve().parents[2]
QGIS = Path("/usr/bin/qgis")
SESSION_SCRIPT = Path(__file__).resolve().parent / "desktop_session.py"
README_SCREENSHOT = REPO_ROOT / "docs" / "images" / "workflow_dialog.png"
SCREEN = "1600x1000x24"
SESSION_TIMEOUT_S = 90

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def display():
    """A private X display: Xvfb picks a free display number and reports it on a pipe (-displayfd)."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (Debian package xvfb)")
    if not QGIS.exists():
        pytest.skip("QGIS desktop is not installed (Debian package qgis)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    number = b""
    while not number.endswith(b"\n") and select.select([read_end], [], [], 15)[0]:
        chunk = os.read(read_end, 16)
        if not chunk:
            break
        number += chunk
    os.close(read_end)
    if not number.strip().isdigit():
        server.kill()
        pytest.fail("Xvfb did not start (no display number within 15 s)")
    yield f":{number.strip().decode()}"
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def session(display, tmp_path_factory):
    """Run QGIS once; returns (output folder, status.json contents, QGIS's exit code and log)."""
    root = tmp_path_factory.mktemp("desktop")
    package = subprocess.run([sys.executable, str(REPO_ROOT / "scripts" / "package.py"), str(root / "dist")],
                             capture_output=True, text=True, check=True).stdout.strip()
    profile = root / "profiles" / "profiles" / "default"
    zipfile.ZipFile(package).extractall(profile / "python" / "plugins")
    (profile / "QGIS").mkdir(parents=True)
    (profile / "QGIS" / "QGIS3.ini").write_text("[PythonPlugins]\nlodestone=true\n")
    out, runtime = root / "out", root / "runtime"
    out.mkdir()
    runtime.mkdir(mode=0o700)
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH",
                          "QGIS_PLUGINPATH")}
    env.update(DISPLAY=display, HOME=str(root / "home"), XDG_RUNTIME_DIR=str(runtime), LANG="C.UTF-8",
               LC_ALL="C.UTF-8", LODESTONE_DESKTOP_OUT=str(out),
               LODESTONE_DESKTOP_TIMEOUT_MS=str((SESSION_TIMEOUT_S - 20) * 1000))
    try:
        qgis = subprocess.run([str(QGIS), "--profiles-path", str(root / "profiles"), "--nologo", "--noversioncheck",
                               "--code", str(SESSION_SCRIPT)], env=env, capture_output=True, text=True,
                              timeout=SESSION_TIMEOUT_S)
    except subprocess.TimeoutExpired as error:
        pytest.fail(f"QGIS did not finish within {SESSION_TIMEOUT_S} s:\n{error.stderr}")
    status_file = out / "status.json"
    assert status_file.exists(), f"QGIS exited ({qgis.returncode}) without a status:\n{qgis.stdout}\n{qgis.stderr}"
    status = json.loads(status_file.read_text())
    if os.environ.get("LODESTONE_SAVE_SCREENSHOT") and (out / "workflow_dialog.png").exists():
        README_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out / "workflow_dialog.png", README_SCREENSHOT)
    return out, status, qgis


def test_qgis_starts_with_the_plugin_from_the_zip_and_quits_cleanly(session):
    _, status, qgis = session
    assert status["errors"] == [] and status["finished"], status["errors"]
    assert status["qgis_version"].startswith("3.")
    assert status["plugin_loaded"]
    assert qgis.returncode == 0, qgis.stderr[-3000:]


def test_the_workflow_opens_from_the_plugins_menu_and_toolbar(session):
    _, status, _ = session
    assert status["menu_entry"] == "Targeting workflow..."
    assert status["toolbar_button"]
    assert status["dialog_title"] == "Lodestone targeting workflow"
    assert status["prefilled_input"] == "Ground magnetic readings"  # matched by name in the project


def test_the_first_step_runs_in_the_background_on_the_demo_survey(session, qgis_app):
    out, status, _ = session
    assert status["running_in_background"]  # the click returned while the task was still running
    assert status["step"] == "survey" and status["step_ok"]
    survey = QgsVectorLayer(str(out / "demo" / "survey.gpkg"), "survey", "ogr")
    corrected = QgsVectorLayer(status["output"], "corrected", "ogr")
    assert corrected.isValid() and corrected.crs().authid() == "EPSG:32618"
    assert status["output_features"] == corrected.featureCount() == survey.featureCount() > 10000
    assert status["output_group"] == "Lodestone"
    assert "done" in status["log"]
    assert status["next_step_input"] == "Corrected readings"  # step 2 is pre-filled with step 1's output


def image_statistics(path):
    """(width, height, number of distinct colours, standard deviation of the grey level) on a 2-pixel lattice."""
    image = QImage(str(path))
    assert not image.isNull(), path
    colours, greys = set(), []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = QColor(image.pixel(x, y))
            colours.add(colour.rgb())
            greys.append(0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue())
    mean = sum(greys) / len(greys)
    spread = (sum((g - mean) ** 2 for g in greys) / len(greys)) ** 0.5
    return image.width(), image.height(), len(colours), spread


@pytest.mark.parametrize(("name", "min_width", "min_height"), [("workflow_dialog.png", 900, 600),
                                                               ("screen.png", 1600, 1000)])
def test_screenshots_are_not_blank(session, name, min_width, min_height):
    out, _, _ = session
    width, height, colours, spread = image_statistics(out / name)
    assert width >= min_width and height >= min_height
    assert colours > 200, f"{name}: only {colours} colours"
    assert spread > 20, f"{name}: almost uniform (grey-level spread {spread:.1f})"
