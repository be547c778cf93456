"""The guided targeting workflow: steps and availability, pre-filling, remembered settings, and a step running as a
background task on the demo survey (offscreen widgets; no QGIS main window)."""
import time
from pathlib import Path
from unittest.mock import MagicMock

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProject,
    QgsVectorLayer,
)

from lodestone.processing.styles import RESULTS_GROUP
from lodestone.science.demo import property as demo
from lodestone.ui import workflow_dialog, workflow_model
from lodestone.ui.workflow_dialog import WorkflowDialog
from lodestone.ui.workflow_model import STEPS, ProjectLayer, WorkflowModel, step_by_key

SENSOR_ALTITUDE = demo.GROUND_ELEVATION + demo.SENSOR_HEIGHT  # m above the ellipsoid
# demo property output -> layer name in the project (as a user or the demo project names them)
DEMO_LAYERS = {"SURVEY": "Ground magnetic readings", "BASE_STATION": "Magnetic base station", "CLAIMS": "Claims",
               "ROADS": "Roads", "WATER": "Lakes and wetlands", "SHOWINGS": "Gold showings"}


@pytest.fixture()
def project(qgis_new_project, lodestone_provider, demo_files):
    """The current project holding the demo survey, base station, claims, roads, water and showings (the session's
    demo files, see conftest.py)."""
    for name, layer_name in DEMO_LAYERS.items():
        layer = QgsVectorLayer(demo_files[name], layer_name, "ogr")
        assert layer.isValid(), name
        qgis_new_project.addMapLayer(layer)
    return qgis_new_project


@pytest.fixture()
def dialog(project, tmp_path, qgis_app):
    dialog = WorkflowDialog(None, project)
    dialog.folder.setFilePath(str(tmp_path / "outputs"))
    dialog.show()
    yield dialog
    dialog.close()
    dialog.deleteLater()
    qgis_app.processEvents()


def layer_id(project, name):
    return project.mapLayersByName(name)[0].id()


def wait_for(condition, qgis_app, timeout=60.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting for the background task"
        qgis_app.processEvents()
        time.sleep(0.01)


def run_survey_step(dialog, qgis_app):
    """Run step 1 with the demo's sensor altitude and line field; returns whether it succeeded."""
    finished = []
    dialog.step_finished.connect(lambda key, ok: finished.append((key, ok)))
    dialog.steps.setCurrentRow(0)
    dialog.current_page().panel.setParameters({"ALTITUDE": SENSOR_ALTITUDE, "LINE_FIELD": "line"})
    assert dialog.run_current_step()
    assert dialog.is_running() and dialog.cancel_button.isEnabled() and not dialog.run_button.isEnabled()
    wait_for(lambda: finished, qgis_app)
    return finished[0]


def test_steps_follow_the_targeting_chain_and_use_registered_algorithms(lodestone_provider):
    assert [step.stage for step in STEPS] == ["Survey", "Grid", "Grid", "Structure", "Structure", "Evidence",
                                              "Prospectivity", "Targets", "Drill holes", "Drill plan"]
    ids = [step.algorithm_ids for step in STEPS]
    assert ids[:5] == [("correctsurvey",), ("gridsurvey",), ("magnetictransforms", "reducetopole"),
                       ("extractlineaments",), ("structuralcomplexity",)]
    assert ids[5:] == [("stackevidence",), ("prospectivitymodel",), ("extracttargets",), ("zonegeometry",),
                       ("plandrillprogram",)]
    model = WorkflowModel(QgsProject(), "/tmp")
    registry = QgsApplication.processingRegistry()
    for step in STEPS:
        registered = [i for i in step.algorithm_ids if registry.algorithmById(f"lodestone:{i}") is not None]
        available, reason = model.availability(step)
        assert available == bool(registered), step.key
        if registered:
            assert model.algorithm(step).name() == registered[0]
        else:
            assert model.algorithm(step) is None and f"lodestone:{step.algorithm_ids[0]}" in reason


def test_a_step_whose_algorithm_is_missing_is_shown_disabled_with_the_reason(project, monkeypatch, qgis_app):
    missing = step_by_key("evidence")._replace(algorithm_ids=("nosuchalgorithm",))
    steps = tuple(missing if step.key == "evidence" else step for step in STEPS)
    monkeypatch.setattr(workflow_model, "STEPS", steps)
    monkeypatch.setattr(workflow_dialog, "STEPS", steps)
    dialog = WorkflowDialog(None, project)
    row = [step.key for step in steps].index("evidence")
    dialog.steps.setCurrentRow(row)
    page = dialog.current_page()
    assert page.panel is None and "lodestone:nosuchalgorithm" in page.reason.text()
    assert "lodestone:nosuchalgorithm" in dialog.steps.item(row).toolTip()
    assert not dialog.run_button.isEnabled()
    dialog.steps.setCurrentRow(0)
    assert dialog.run_button.isEnabled()
    dialog.deleteLater()


def test_survey_step_is_prefilled_from_project_layers_and_outputs_go_to_the_output_folder(dialog, project, tmp_path):
    values = dialog.page("survey").values()
    assert values["INPUT"] == layer_id(project, "Ground magnetic readings")
    assert values["BASE_STATION"] == layer_id(project, "Magnetic base station")
    assert values["OUTPUT"].sink.staticValue() == str(tmp_path / "outputs" / "survey.gpkg")
    transforms = dialog.page("transforms").values()
    if dialog.model.algorithm(step_by_key("transforms")).name() == "magnetictransforms":
        assert transforms["RTP"].sink.staticValue() == str(tmp_path / "outputs" / "transforms_rtp.tif")
        assert transforms["UPWARD"] is None  # optional outputs not made by default stay skipped


@pytest.mark.parametrize(("name", "types", "expected"), [
    ("ROADS", [QgsProcessing.TypeVectorLine], "Roads"),
    ("CLAIMS", [QgsProcessing.TypeVectorPolygon], "Claims"),
    ("WATER_BARRIERS", [QgsProcessing.TypeVectorPolygon], "Lakes and wetlands"),
    ("CLAIMS", [QgsProcessing.TypeVectorPoint], None),  # the claims are polygons: never offered for points
])
def test_claims_roads_and_water_are_matched_by_name_and_geometry(project, name, types, expected):
    model = WorkflowModel(project, "/tmp")
    parameter = QgsProcessingParameterFeatureSource(name, name, types)
    sources = [s for s in model.sources(step_by_key("drillplan"), parameter) if isinstance(s, ProjectLayer)]
    values = [model.resolve(source, parameter) for source in sources]
    assert values[:1] == ([layer_id(project, expected)] if expected else [None])


def test_running_step_one_in_the_background_makes_the_corrected_survey_and_prefills_step_two(
        dialog, project, demo_files, tmp_path, qgis_app):
    assert run_survey_step(dialog, qgis_app) == ("survey", True)
    output = tmp_path / "outputs" / "survey.gpkg"
    corrected = QgsVectorLayer(str(output), "corrected", "ogr")
    survey = QgsVectorLayer(demo_files["SURVEY"], "survey", "ogr")
    assert corrected.isValid() and corrected.featureCount() == survey.featureCount() > 10000
    assert corrected.crs().authid() == "EPSG:32618"  # the UTM zone of the demo property
    assert corrected.fields().indexOf("anomaly_nt") >= 0
    loaded = [layer for layer in project.mapLayers().values() if layer.source().split("|")[0] == str(output)]
    assert len(loaded) == 1
    node = project.layerTreeRoot().findLayer(loaded[0].id())
    assert node.parent().name() == RESULTS_GROUP
    assert dialog.model.is_done(step_by_key("survey"))
    assert dialog.model.results(step_by_key("survey"))["OUTPUT"].split("|")[0] == str(output)
    assert "done" in dialog.log.toPlainText()

    dialog.next_button.click()
    grid = dialog.current_page()
    assert grid.step.key == "grid"
    values = grid.values()
    assert project.mapLayer(values["INPUT"]).source().split("|")[0] == str(output)
    assert values["LINE_FIELD"] == "line"  # the survey step's line field follows the chain

    transforms = dialog.page("transforms").values()  # the IGRF at the survey's place and date, as the demo's
    inclination, declination, _ = demo.main_field()
    assert transforms["INCLINATION"] == pytest.approx(inclination, abs=0.05)
    assert transforms["DECLINATION"] == pytest.approx(declination, abs=0.05)

    assert run_survey_step(dialog, qgis_app) == ("survey", True)  # again: the old layer is replaced
    assert len([layer for layer in project.mapLayers().values()
                if layer.source().split("|")[0] == str(output)]) == 1


def test_cancel_stops_the_step_without_adding_layers(dialog, project, qgis_app):
    finished = []
    dialog.step_finished.connect(lambda key, ok: finished.append(ok))
    layers_before = set(project.mapLayers())
    dialog.current_page().panel.setParameters({"ALTITUDE": SENSOR_ALTITUDE})  # required by the workflow
    assert dialog.run_current_step()
    dialog.cancel_button.click()
    wait_for(lambda: finished, qgis_app)
    assert finished == [False] and set(project.mapLayers()) == layers_before
    assert "cancelled" in dialog.log.toPlainText()
    assert not dialog.model.is_done(step_by_key("survey")) and dialog.run_button.isEnabled()


def test_a_failing_step_shows_the_algorithm_message_and_adds_nothing(dialog, project, qgis_app):
    finished = []
    dialog.step_finished.connect(lambda key, ok: finished.append(ok))
    dialog.steps.setCurrentRow(1)  # gridding the raw GPS readings, in degrees, without correcting them first
    dialog.current_page().panel.setParameters({"INPUT": layer_id(project, "Ground magnetic readings"),
                                               "VALUE_FIELD": "tmi_nt"})
    layers_before = set(project.mapLayers())
    assert dialog.run_current_step()
    wait_for(lambda: finished, qgis_app)
    assert finished == [False] and set(project.mapLayers()) == layers_before
    log = dialog.log.toPlainText()
    assert "geographic CRS" in log and "Reproject" in log and "failed" in log
    assert not dialog.model.is_done(step_by_key("grid"))


def test_settings_are_remembered_per_project(dialog, project, tmp_path, qgis_app):
    dialog.page("survey").panel.setParameters({"ALTITUDE": 412.5, "TIE_LINES": "T1,T2"})
    dialog.steps.setCurrentRow(3)
    dialog.close()

    reopened = WorkflowDialog(None, project)
    assert reopened.current_page().step.key == STEPS[3].key
    assert reopened.folder.filePath() == str(tmp_path / "outputs")
    restored = reopened.page("survey").values()
    assert restored["ALTITUDE"] == 412.5 and restored["TIE_LINES"] == "T1,T2"
    assert restored["INPUT"] == layer_id(project, "Ground magnetic readings")
    reopened.deleteLater()

    path = tmp_path / "project.qgz"
    assert project.write(str(path))
    other = QgsProject()
    assert other.read(str(path))
    saved = WorkflowModel(other, "/elsewhere").saved_parameters(step_by_key("survey"))
    assert saved["ALTITUDE"] == 412.5 and saved["OUTPUT"] == str(tmp_path / "outputs" / "survey.gpkg")
    other.clear()
    assert WorkflowModel(QgsProject(), "/elsewhere").saved_parameters(step_by_key("survey")) == {}


def test_plugin_adds_the_menu_entry_and_toolbar_button(lodestone_plugin, qgis_new_project, qgis_parent):
    from lodestone.plugin import LodestonePlugin

    iface = MagicMock()
    iface.mainWindow.return_value = qgis_parent
    plugin = LodestonePlugin(iface)
    plugin.initGui()
    try:
        action = plugin.workflow_action
        iface.addPluginToMenu.assert_called_once_with("Lodestone", action)
        iface.addToolBarIcon.assert_called_once_with(action)
        assert action.text() == "Targeting workflow..." and not action.icon().isNull()
        action.trigger()
        assert isinstance(plugin.workflow_dialog, WorkflowDialog) and plugin.workflow_dialog.isVisible()
        assert plugin.show_workflow() is plugin.workflow_dialog  # an open dialog is raised, not duplicated
    finally:
        plugin.unload()
        lodestone_plugin.initProcessing()  # unload removed the shared provider
    iface.removePluginMenu.assert_called_once_with("Lodestone", action)
    iface.removeToolBarIcon.assert_called_once_with(action)


def test_later_steps_are_prefilled_from_the_structure_outputs_claims_and_water(project, tmp_path):
    model = WorkflowModel(project, tmp_path)
    outputs = {}
    for step, names in (("transforms", ("RTP", "TILT")), ("lineaments", ("OUTPUT",)),
                        ("complexity", ("COMPLEXITY", "CONTACT_DENSITY", "JUNCTIONS")), ("evidence", ("OUTPUT",)),
                        ("prospectivity", ("PROSPECTIVITY", "UNCERTAINTY")), ("targets", ("OUTPUT",)),
                        ("zone", ("PIERCE_POINTS", "SURFACE"))):
        results = {}
        for name in names:
            vector = name in ("JUNCTIONS", "PIERCE_POINTS") or (name == "OUTPUT" and step != "evidence")
            path = tmp_path / f"{step}_{name}.{'gpkg' if vector else 'tif'}"
            path.write_bytes(b"")  # only the file's existence matters to the pre-fill
            results[name] = outputs[(step, name)] = str(path)
        model.record_results(step_by_key(step), results)
    (tmp_path / "complexity_CONTACT_DENSITY.tif").unlink()  # a deleted output is not offered

    evidence = model.prefill(step_by_key("evidence"))
    assert evidence["LAYERS"] == [outputs[("transforms", "RTP")], outputs[("transforms", "TILT")],
                                  outputs[("complexity", "COMPLEXITY")], outputs[("lineaments", "OUTPUT")],
                                  outputs[("complexity", "JUNCTIONS")]]
    assert evidence["REFERENCE"] == outputs[("transforms", "RTP")]
    assert evidence["MASK"] == layer_id(project, "Claims")
    assert evidence["OUTPUT"] == str(tmp_path / "evidence.tif")
    prospectivity = model.prefill(step_by_key("prospectivity"))
    assert prospectivity["EVIDENCE"] == [outputs[("evidence", "OUTPUT")]]
    assert prospectivity["POSITIVES"] == layer_id(project, "Gold showings")
    targets = model.prefill(step_by_key("targets"))
    assert targets["PROSPECTIVITY"] == outputs[("prospectivity", "PROSPECTIVITY")]
    assert targets["UNCERTAINTY"] == outputs[("prospectivity", "UNCERTAINTY")]
    plan = model.prefill(step_by_key("drillplan"))
    assert plan["TARGETS"] == outputs[("targets", "OUTPUT")]
    assert plan["STRIKE_LAYER"] == outputs[("lineaments", "OUTPUT")]
    assert plan["BARRIERS"] == layer_id(project, "Lakes and wetlands")  # matched by name: water is a barrier
    assert plan["ZONE_SURFACE"] == outputs[("zone", "SURFACE")]  # the plan aims at the fitted zone
    assert plan["ZONE_PIERCE_POINTS"] == outputs[("zone", "PIERCE_POINTS")]


def test_the_zone_step_finds_the_drill_tables_in_the_project(project, demo_files, tmp_path):
    def table(name, layer_name, geometry="xField=x&yField=y&crs=EPSG:32618"):
        uri = f"{Path(demo_files[name]).as_uri()}?type=csv&{geometry}&detectTypes=yes"
        layer = QgsVectorLayer(uri, layer_name, "delimitedtext")
        assert layer.isValid(), name
        project.addMapLayer(layer)

    table("COLLARS", "Drill collars")
    table("SURVEYS", "Down-hole surveys", "geomType=none")
    zone = WorkflowModel(project, tmp_path).prefill(step_by_key("zone"))
    assert zone["COLLARS"] == layer_id(project, "Drill collars")
    assert zone["SURVEYS"] == layer_id(project, "Down-hole surveys")


def test_the_prospectivity_step_shows_the_stacks_categorical_bands(tmp_path):
    """The stack's bands tagged kind=categorical (as stackevidence tags them) pre-fill CATEGORICAL."""
    from osgeo import gdal

    path = str(tmp_path / "stack.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(path, 4, 3, 3, gdal.GDT_Float32)
    for index, (name, kind) in enumerate((("rtp", "continuous"), ("geology: unit", "categorical"),
                                           ("soil", "continuous")), start=1):
        band = dataset.GetRasterBand(index)
        band.SetDescription(name)
        band.SetMetadataItem("kind", kind)
    dataset = None
    assert workflow_model.categorical_band_names(path) == "geology: unit"
    assert workflow_model.categorical_band_names(str(tmp_path / "missing.tif")) is None
    step = workflow_model.step_by_key("prospectivity")
    assert step.links["CATEGORICAL"] == (workflow_model.CategoricalBands("evidence", "OUTPUT"),)
