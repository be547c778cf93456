"""Every shipped model loads, validates and runs headless on the demo property."""
import numpy as np
import pytest
from qgis.core import (
    QgsApplication,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingModelAlgorithm,
    QgsRasterLayer,
    QgsVectorLayer,
)

import processing
from lodestone.processing.models import MODELS_DIR, model_titles
from lodestone.science.demo import property as demo
from lodestone.science.features import polygon_wkt


@pytest.fixture(scope="module")
def demo_inputs(lodestone_provider, demo_files, demo_corrected, point_layer, tmp_path_factory):
    """The session's demo files and corrected survey, the camp (a point layer) and a folder of this module's own for
    the models' outputs."""
    camp = point_layer([np.add(demo.ORIGIN, demo.BASE_STATION)], name="camp")
    return {**demo_files, "CORRECTED": demo_corrected, "CAMP": camp, "folder": tmp_path_factory.mktemp("models")}


def run_survey_to_lineaments(inputs):
    folder = inputs["folder"]
    results = processing.run("lodestone:surveytolineaments", {
        "SURVEY": inputs["CORRECTED"], "VALUE_FIELD": "anomaly_nt", "LINE_FIELD": "line", "CELL_SIZE": 25.0,
        "DATE": "2019-10-20", "ALTITUDE": demo.GROUND_ELEVATION + demo.SENSOR_HEIGHT, "MIN_WAVELENGTH": 75.0,
        "SIGMA": 150.0, "grid:GRID": str(folder / "grid.tif"), "rtp:RTP": str(folder / "rtp.tif"),
        "lineaments:LINEAMENTS": str(folder / "lineaments.gpkg"),
        "complexity:COMPLEXITY": str(folder / "complexity.tif"),
        "complexity:JUNCTIONS": str(folder / "junctions.gpkg")})
    rtp = QgsRasterLayer(results["rtp:RTP"])
    assert rtp.isValid() and rtp.width() == QgsRasterLayer(results["grid:GRID"]).width()
    lines = QgsVectorLayer(results["lineaments:LINEAMENTS"])
    azimuths = [f["azimuth"] for f in lines.getFeatures() if f["length_m"] > 500]
    # the three dykes crossing the surveyed block and the NE corridor are among the long lineaments
    for trend in [dyke.azimuth for dyke in demo.DYKES[:3]] + [demo.corridor_azimuth()]:
        assert any(abs((a - trend + 90) % 180 - 90) < 10 for a in azimuths), trend
    complexity = QgsRasterLayer(results["complexity:COMPLEXITY"])
    stats = complexity.dataProvider().bandStatistics(1)
    assert 0 <= stats.minimumValue and stats.maximumValue <= 1


def run_demo_road_reach(inputs):
    folder = inputs["folder"]
    results = processing.run("lodestone:demoroadreach", {"SEED": 2019, "DISTANCE": 200,
                                                         "roadreach:REACH": str(folder / "reach.gpkg")})
    assert QgsVectorLayer(results["roadreach:REACH"]).featureCount() == 1


def central_zone():
    return QgsGeometry.fromWkt(polygon_wkt(demo.gold_zone_outline("Central Zone") + demo.ORIGIN))


def run_evidence_to_targets(inputs):
    folder = inputs["folder"]
    stack = processing.run("lodestone:stackevidence", {
        "LAYERS": [inputs["IP_CHARGEABILITY"], inputs["GEOLOGY"]], "CATEGORY_FIELD": "lithology",
        "REFERENCE": inputs["IP_CHARGEABILITY"], "MASK": inputs["CLAIMS"],
        "OUTPUT": str(folder / "stack.tif")})["OUTPUT"]
    results = processing.run("lodestone:evidencetotargets", {
        "EVIDENCE": stack, "POSITIVES": inputs["SHOWINGS"], "AREA_FRACTION": 0.05,
        "model:PROSPECTIVITY": str(folder / "heat.tif"), "model:UNCERTAINTY": str(folder / "sd.tif"),
        "model:REPORT": str(folder / "report.html"), "targets:TARGETS": str(folder / "targets.gpkg")})
    assert "AUC" in (folder / "report.html").read_text()
    targets = sorted(QgsVectorLayer(results["targets:TARGETS"]).getFeatures(), key=lambda f: f["rank"])
    # IP and geology alone: the showings' Central Zone and the IP high of the blind New West Zone lead
    assert any(target.geometry().intersects(central_zone()) for target in targets[:2])


def run_survey_to_drill_plan(inputs):
    folder = inputs["folder"]
    results = processing.run("lodestone:surveytodrillplan", {
        "SURVEY": inputs["CORRECTED"], "VALUE_FIELD": "anomaly_nt", "DATE": "2019-10-20",
        "ALTITUDE": demo.GROUND_ELEVATION + demo.SENSOR_HEIGHT,
        "EVIDENCE_LAYERS": [inputs["IP_CHARGEABILITY"], inputs["GEOLOGY"]], "CLAIMS": inputs["CLAIMS"],
        "POSITIVES": inputs["SHOWINGS"], "ROADS": inputs["ROADS"], "SPEED_FIELD": "speed_kmh",
        "BARRIERS": inputs["WATER"], "BASE": inputs["CAMP"], "STRIKE": demo.corridor_azimuth(), "TARGET_DEPTH": 200.0,
        "TOTAL_METRES": 1500.0, "rtp:RTP": str(folder / "plan_rtp.tif"),
        "lineaments:LINEAMENTS": str(folder / "plan_lines.gpkg"), "model:PROSPECTIVITY": str(folder / "plan_heat.tif"),
        "model:REPORT": str(folder / "plan_report.html"), "targets:TARGETS": str(folder / "plan_targets.gpkg"),
        "access:TRAVEL_TIME": str(folder / "plan_time.tif"), "plan:COLLARS": str(folder / "plan_collars.gpkg"),
        "plan:TRACES": str(folder / "plan_traces.gpkg")})
    collars = list(QgsVectorLayer(results["plan:COLLARS"]).getFeatures())
    assert 4 <= len(collars) <= 6 and sum(c["length_m"] for c in collars) <= 1500
    assert all(abs((c["azimuth"] - demo.corridor_azimuth()) % 180 - 90) <= 10 for c in collars)
    assert any(central_zone().contains(QgsGeometry.fromPointXY(QgsPointXY(c["pierce_x"], c["pierce_y"])))
               for c in collars)


# model name -> a run on the demo data that checks its outputs
MODEL_RUNS = {"surveytolineaments": run_survey_to_lineaments, "demoroadreach": run_demo_road_reach,
              "evidencetotargets": run_evidence_to_targets, "surveytodrillplan": run_survey_to_drill_plan}


def test_every_shipped_model_has_a_demo_run():
    assert {path.stem for path in MODELS_DIR.glob("*.model3")} == set(MODEL_RUNS)


@pytest.mark.parametrize("name", sorted(MODEL_RUNS))
def test_model_loads_validates_and_runs_on_the_demo(name, demo_inputs):
    model = QgsApplication.processingRegistry().algorithmById(f"lodestone:{name}")
    assert isinstance(model, QgsProcessingModelAlgorithm)
    valid, issues = model.validate()
    assert valid, issues
    assert model.shortHelpString(), name
    MODEL_RUNS[name](demo_inputs)


def test_shipped_models_join_the_algorithms_groups_and_have_help(lodestone_provider):
    algorithm_groups = {algorithm.groupId() for algorithm in lodestone_provider.algorithms()
                        if not isinstance(algorithm, QgsProcessingModelAlgorithm)}
    models = [algorithm for algorithm in lodestone_provider.algorithms()
              if isinstance(algorithm, QgsProcessingModelAlgorithm)]
    assert len(models) == len(list(MODELS_DIR.glob("*.model3")))
    for model in models:
        assert model.groupId() in algorithm_groups, model.groupId()  # no second group of the same name
        assert model.helpUrl().endswith("/docs/algorithms/workflows.md#shipped-models"), model.name()


def test_shipped_models_show_titles_and_keep_their_ids(lodestone_provider):
    models = {algorithm.name(): algorithm for algorithm in lodestone_provider.algorithms()
              if isinstance(algorithm, QgsProcessingModelAlgorithm)}
    assert set(models) == set(model_titles()) == set(MODEL_RUNS)
    for name, model in models.items():
        assert model.id() == f"lodestone:{name}"
        assert model.displayName() == model_titles()[name] != name
        copy = model.create()  # what the toolbox runs: the same title, parameters and help
        assert copy.displayName() == model.displayName()
        assert [p.name() for p in copy.parameterDefinitions()] == [p.name() for p in model.parameterDefinitions()]
        assert copy.shortHelpString() == model.shortHelpString()
