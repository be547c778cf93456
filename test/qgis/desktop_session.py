"""Startup script for test_desktop.py, run inside real QGIS with ``qgis --code desktop_session.py``.

It makes the demo property, opens the targeting workflow from the plugin's menu entry, runs the first step on the
demo survey, waits for the background task, saves screenshots of the dialog and of the screen, writes status.json
and quits QGIS. Everything goes to the folder in LODESTONE_DESKTOP_OUT.
"""
import json
import os
import traceback
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

import processing

OUT = Path(os.environ["LODESTONE_DESKTOP_OUT"])
TIMEOUT_MS = int(os.environ.get("LODESTONE_DESKTOP_TIMEOUT_MS", "60000"))
DEMO_LAYERS = {"SURVEY": "Ground magnetic readings", "BASE_STATION": "Magnetic base station", "CLAIMS": "Claims",
               "ROADS": "Roads", "WATER": "Lakes and wetlands"}
status = {"finished": False, "errors": []}
session = {}


def write_status():
    (OUT / "status.json").write_text(json.dumps(status, indent=1))


def quit_qgis():
    """Quit as File > Exit does, with an empty project (QGIS 3.22 may crash tearing down a project with layers)."""
    write_status()
    if "dialog" in session:
        session["dialog"].close()
    QgsProject.instance().clear()
    iface.actionExit().trigger()


def guarded(function):
    """Run a stage; on an error record it and quit (the test reads the traceback from status.json)."""
    def run(*args):
        try:
            function(*args)
        except Exception:  # noqa: BLE001 - any failure must end the session with a status
            status["errors"].append(traceback.format_exc())
            quit_qgis()
    return run


def workflow_action():
    """The plugin's entry under Plugins > Lodestone, as the user finds it."""
    for menu_action in iface.pluginMenu().actions():
        if menu_action.menu() is not None and menu_action.text().replace("&", "") == "Lodestone":
            return next(a for a in menu_action.menu().actions() if a.objectName() == "lodestoneTargetingWorkflow")
    return None


@guarded
def start():
    status["plugin_loaded"] = "lodestone" in plugins
    status["qgis_version"] = Qgis.QGIS_VERSION
    folder = OUT / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    parameters = {name: "TEMPORARY_OUTPUT" for name in ("GEOLOGY", "SOIL_SAMPLES", "SHOWINGS", "COLLARS", "SURVEYS",
                                                         "ASSAYS", "TRUTH_LINES", "TRUTH_ZONES", "IP_CHARGEABILITY")}
    for name in DEMO_LAYERS:
        parameters[name] = str(folder / f"{name.lower()}.{'csv' if name == 'BASE_STATION' else 'gpkg'}")
    demo = processing.run("lodestone:demoproperty", {"SEED": 2019, **parameters})
    for name, layer_name in DEMO_LAYERS.items():
        QgsProject.instance().addMapLayer(QgsVectorLayer(demo[name], layer_name, "ogr"))
    iface.mainWindow().setGeometry(QgsApplication.primaryScreen().availableGeometry())
    iface.mapCanvas().setExtent(QgsProject.instance().mapLayersByName("Claims")[0].extent())

    action = workflow_action()
    status["menu_entry"] = action.text() if action is not None else None
    status["toolbar_button"] = action is not None and action in iface.pluginToolBar().actions()
    action.trigger()
    dialog = plugins["lodestone"].workflow_dialog
    session["dialog"] = dialog
    status["dialog_title"] = dialog.windowTitle()
    dialog.move(420, 110)
    dialog.folder.setFilePath(str(OUT / "outputs"))
    dialog.steps.setCurrentRow(0)
    page = dialog.current_page()
    status["prefilled_input"] = QgsProject.instance().mapLayer(page.values()["INPUT"]).name()
    page.panel.setParameters({"ALTITUDE": 322.0, "LINE_FIELD": "line"})
    dialog.step_finished.connect(step_finished)
    dialog.run_button.click()
    status["running_in_background"] = dialog.is_running()


@guarded
def step_finished(step, ok):
    dialog = session["dialog"]
    status["step"] = step
    status["step_ok"] = ok
    output = OUT / "outputs" / "survey.gpkg"
    layer = QgsVectorLayer(str(output), "corrected", "ogr")
    status["output"] = str(output)
    status["output_features"] = layer.featureCount() if layer.isValid() else 0
    loaded = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.source().split("|")[0] == str(output)]
    node = QgsProject.instance().layerTreeRoot().findLayer(loaded[0].id()) if loaded else None
    status["output_group"] = node.parent().name() if node is not None else None
    status["log"] = dialog.log.toPlainText()
    status["transforms_inclination"] = dialog.page("transforms").values()["INCLINATION"]
    dialog.next_button.click()  # step 2, pre-filled from step 1: what the README shows
    status["next_step_input"] = QgsProject.instance().mapLayer(dialog.current_page().values()["INPUT"]).name()
    QTimer.singleShot(1500, screenshots)


@guarded
def screenshots():
    dialog = session["dialog"]
    dialog.raise_()
    QgsApplication.processEvents()
    dialog.grab().save(str(OUT / "workflow_dialog.png"))
    iface.mainWindow().grab().save(str(OUT / "main_window.png"))
    QgsApplication.primaryScreen().grabWindow(0).save(str(OUT / "screen.png"))
    status["finished"] = True
    quit_qgis()


@guarded
def watchdog():
    status["errors"].append(f"timed out after {TIMEOUT_MS} ms")
    quit_qgis()


QTimer.singleShot(0, start)
QTimer.singleShot(TIMEOUT_MS, watchdog)
