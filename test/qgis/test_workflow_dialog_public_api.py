"""The workflow dialog on QGIS's public API only (no Processing plugin internals, which change between QGIS 3.22, 3.40
and 4): its widgets come from the Processing GUI registry, values reach the parameters, wrong values are named, the
project is not modified by opening it, and outputs are loaded by the plugin's own code. Offscreen; no main window."""
import ast
from pathlib import Path
from types import SimpleNamespace

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QDoubleSpinBox, QLineEdit

from lodestone.processing.compat import ProcessingParameterFlag
from lodestone.processing.styles import RESULTS_GROUP, post_processor
from lodestone.science.demo import property as demo
from lodestone.ui import workflow_dialog
from lodestone.ui.workflow_dialog import WorkflowDialog, base_station_file
from lodestone.ui.workflow_model import STEPS, WorkflowModel

UI = Path(__file__).resolve().parents[2] / "ui"
SENSOR_ALTITUDE = demo.GROUND_ELEVATION + demo.SENSOR_HEIGHT


def add_layer(project, path, name):
    layer = QgsVectorLayer(path, name, "ogr")
    assert layer.isValid(), path
    project.addMapLayer(layer)
    return layer


@pytest.fixture()
def project(qgis_new_project, lodestone_provider, demo_files):
    """The current project with the demo survey and its base-station table, saved (not modified)."""
    add_layer(qgis_new_project, demo_files["SURVEY"], "Ground magnetic readings")
    add_layer(qgis_new_project, demo_files["BASE_STATION"], "Magnetic base station")
    qgis_new_project.setDirty(False)
    return qgis_new_project


@pytest.fixture()
def open_dialog(qgis_app):
    dialogs = []

    def create(project):
        dialogs.append(WorkflowDialog(None, project))
        dialogs[-1].show()
        return dialogs[-1]

    yield create
    for dialog in dialogs:
        dialog.close()
        dialog.deleteLater()
    qgis_app.processEvents()


def message(dialog):
    item = dialog.message_bar.currentItem()
    return item.text() if item is not None else ""


def inner(widget, kind):
    return widget if isinstance(widget, kind) else widget.findChild(kind)


def test_ui_imports_nothing_from_the_processing_plugin():
    """processing.gui / processing.core are QGIS's Processing plugin internals (the plugin's own processing package
    is imported relatively, as ..processing)."""
    found = []
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
            found += [f"{path.name}:{node.lineno}: {name}" for name in names
                      if name == "processing" or name.startswith("processing.")]
    assert found == []
    assert (UI / "workflow_dialog.py").exists() and (UI / "workflow_model.py").exists()


def test_every_step_shows_a_widget_for_each_parameter_of_its_algorithm(project, open_dialog):
    dialog = open_dialog(project)
    for step in STEPS:
        algorithm = dialog.model.algorithm(step)
        page = dialog.page(step.key)
        if algorithm is None:
            assert page.panel is None
            continue
        shown = [p.name() for p in algorithm.parameterDefinitions() if not p.flags() & ProcessingParameterFlag.Hidden]
        assert list(page.panel.wrappers) == shown, step.key
        for name, wrapper in page.panel.wrappers.items():
            assert wrapper.wrappedWidget() is not None, (step.key, name)
            assert wrapper.parameterDefinition().name() == name
    assert dialog.page("survey").panel.isVisible()


def test_values_set_in_the_widgets_reach_the_parameters(project, open_dialog):
    dialog = open_dialog(project)
    panel = dialog.page("survey").panel
    inner(panel.wrappers["ALTITUDE"].wrappedWidget(), QDoubleSpinBox).setValue(SENSOR_ALTITUDE)
    inner(panel.wrappers["TIE_LINES"].wrappedWidget(), QLineEdit).setText("T1,T2")
    parameters = panel.processing_parameters(project)
    assert parameters["ALTITUDE"] == SENSOR_ALTITUDE and parameters["TIE_LINES"] == "T1,T2"
    assert parameters["INPUT"] == project.mapLayersByName("Ground magnetic readings")[0].id()
    assert parameters["BASE_STATION"] == project.mapLayersByName("Magnetic base station")[0].id()
    assert parameters["OUTPUT"].destinationProject is project  # "Open output file after running" is checked
    assert dialog.page("survey").values()["TIE_LINES"] == "T1,T2"


def test_a_wrong_value_is_refused_with_a_message_naming_the_parameter(qgis_new_project, lodestone_provider,
                                                                      open_dialog):
    dialog = open_dialog(qgis_new_project)  # no survey layer in the project
    assert not dialog.run_current_step()
    assert "Survey readings" in message(dialog)
    assert not dialog.is_running()


def test_the_sensor_altitude_is_required_while_the_igrf_is_removed(project, open_dialog):
    dialog = open_dialog(project)
    page = dialog.page("survey")
    assert page.values()["ALTITUDE"] is None  # not the algorithm's 0 m: the user gives it
    note = page.panel.findChild(workflow_dialog.QLabel, "note_ALTITUDE")
    assert note is not None and "ellipsoid" in note.text()
    assert not dialog.run_current_step()
    assert "Sensor altitude (m above ellipsoid) is required" in message(dialog)
    label = page.panel.wrappers["ALTITUDE"].wrappedLabel()
    assert label.text() == "Sensor altitude (m above ellipsoid)"  # not marked optional
    page.panel.setParameters({"REMOVE_IGRF": False})
    assert "ALTITUDE" in page.panel.processing_parameters(project)  # not needed without the IGRF: no error


def test_opening_browsing_and_closing_the_dialog_leaves_the_project_unmodified(project, open_dialog):
    assert not QgsProject.instance().isDirty()
    dialog = open_dialog(project)
    assert not project.isDirty()
    dialog.next_button.click()
    dialog.next_button.click()
    dialog.close()
    assert not project.isDirty()
    dialog = open_dialog(project)
    assert dialog.current_page().step.key == STEPS[2].key  # it still reopens where it was left
    dialog.page(STEPS[2].key).panel.setParameters({})
    dialog.steps.setCurrentRow(0)
    dialog.current_page().panel.setParameters({"TIE_LINES": "T9"})  # a change the user makes is remembered
    dialog.close()
    assert project.isDirty()
    assert WorkflowModel(project, "/tmp").saved_parameters(STEPS[0])["TIE_LINES"] == "T9"


def test_the_base_station_file_beside_the_survey_is_the_default(qgis_new_project, lodestone_provider, demo_files,
                                                                open_dialog):
    """The demo project loads the survey but not base_station.csv, which lies beside it."""
    assert Path(demo_files["BASE_STATION"]).parent == Path(demo_files["SURVEY"]).parent
    survey = add_layer(qgis_new_project, demo_files["SURVEY"], "Ground magnetic readings")
    assert base_station_file(qgis_new_project, survey.id()) == demo_files["BASE_STATION"]
    dialog = open_dialog(qgis_new_project)
    values = dialog.page("survey").values()
    assert values["INPUT"] == survey.id()
    assert values["BASE_STATION"] == demo_files["BASE_STATION"]
    assert values["BASE_TIME_FIELD"] == "time"  # the field lists are read from the file
    assert "diurnal" in dialog.page("survey").panel.findChild(workflow_dialog.QLabel, "note_BASE_STATION").text()


def test_layers_added_while_the_dialog_is_open_fill_the_empty_inputs(qgis_new_project, lodestone_provider,
                                                                     demo_files, open_dialog, qgis_app):
    dialog = open_dialog(qgis_new_project)
    assert dialog.page("survey").values()["BASE_STATION"] in (None, "")
    survey = add_layer(qgis_new_project, demo_files["SURVEY"], "Ground magnetic readings")
    base = add_layer(qgis_new_project, demo_files["BASE_STATION"], "Magnetic base station")
    qgis_app.processEvents()
    values = dialog.page("survey").values()
    assert values["INPUT"] == survey.id() and values["BASE_STATION"] == base.id()
    dialog.page("survey").panel.setParameters({"BASE_STATION": None})  # the user empties it: it stays empty
    add_layer(qgis_new_project, demo_files["CLAIMS"], "Claims")
    qgis_app.processEvents()
    assert dialog.page("survey").values()["BASE_STATION"] in (None, "")


def test_outputs_are_loaded_named_styled_and_grouped_by_the_plugin(qgis_new_project, demo_files):
    """The loading that replaced the Processing plugin's handleAlgorithmResults."""
    context = QgsProcessingContext()
    context.setProject(qgis_new_project)
    details = QgsProcessingContext.LayerDetails("Corrected readings", qgis_new_project, "OUTPUT")
    details.setPostProcessor(post_processor("survey"))
    context.addLayerToLoadOnCompletion(demo_files["SURVEY"], details)
    run = SimpleNamespace(context=context, feedback=QgsProcessingFeedback())
    WorkflowModel(qgis_new_project, "/tmp").load_outputs(run)
    layers = qgis_new_project.mapLayersByName("Corrected readings")
    assert len(layers) == 1 and layers[0].source().split("|")[0] == demo_files["SURVEY"]
    node = qgis_new_project.layerTreeRoot().findLayer(layers[0].id())
    assert node.parent().name() == RESULTS_GROUP
    assert len(qgis_new_project.layerTreeRoot().findLayers()) == 1  # not also at the top of the layer tree
