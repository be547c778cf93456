"""Every shipped model loads, validates and runs headless on the demo property."""
import pytest
from qgis.core import QgsApplication, QgsProcessingModelAlgorithm, QgsRasterLayer, QgsVectorLayer

import processing
from lodestone.processing.algorithms.demo_property import LAYER_OUTPUTS
from lodestone.processing.provider import MODELS_DIR
from lodestone.science import demo


@pytest.fixture(scope="module")
def demo_inputs(lodestone_provider, tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    outputs = processing.run("lodestone:demoproperty", {
        **{name: "TEMPORARY_OUTPUT" for name in [*LAYER_OUTPUTS, "IP_CHARGEABILITY"]},
        "SURVEY": str(folder / "survey.gpkg"), "BASE_STATION": str(folder / "base.csv")})
    corrected = processing.run("lodestone:correctsurvey", {
        "INPUT": outputs["SURVEY"], "TIME_FIELD": "time", "VALUE_FIELD": "tmi_nt",
        "BASE_STATION": outputs["BASE_STATION"], "BASE_TIME_FIELD": "time", "BASE_VALUE_FIELD": "total_field_nt",
        "ALTITUDE": demo.GROUND_ELEVATION + demo.SENSOR_HEIGHT, "LINE_FIELD": "line",
        "OUTPUT": str(folder / "corrected.gpkg")})["OUTPUT"]
    return {**outputs, "CORRECTED": corrected, "folder": folder}


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


# model name -> a run on the demo data that checks its outputs
MODEL_RUNS = {"surveytolineaments": run_survey_to_lineaments, "demoroadreach": run_demo_road_reach}


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
