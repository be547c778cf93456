"""Prospectivity algorithms through Processing, on a small synthetic multi-band GeoTIFF written here.

The stack has three named bands on 60 x 60 cells of 25 m (EPSG:32618): "signal", "smooth noise", "white noise",
with a nodata patch in the second. Positives are drawn where the signal is high. The Processing outputs must equal
the science run on the same arrays, keep nodata as nodata, and reproduce themselves through a saved model.
"""
import re

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException, QgsVectorLayer
from scipy.ndimage import gaussian_filter

import processing
from lodestone.processing.base import NODATA
from lodestone.science.grid import GridSpec
from lodestone.science.prospectivity import model as prospectivity
from lodestone.science.prospectivity import validation

SIZE, CELL = 60, 25.0
GRID = GridSpec(600_000.0, 5_400_000.0, CELL, CELL, SIZE, SIZE)
NAMES = ["signal", "smooth noise", "white noise"]
CRS = QgsCoordinateReferenceSystem("EPSG:32618")


def write_stack(path, values, names, grid=GRID):
    """A float32 GeoTIFF with one band per layer of ``values``, named by its description, NaN as nodata."""
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), grid.cols, grid.rows, len(values), gdal.GDT_Float32)
    dataset.SetGeoTransform(grid.geotransform)
    dataset.SetProjection(CRS.toWkt())
    for index, (band_values, name) in enumerate(zip(values, names), start=1):
        band = dataset.GetRasterBand(index)
        band.SetNoDataValue(NODATA)
        band.SetDescription(name)
        band.WriteArray(np.where(np.isfinite(band_values), band_values, NODATA).astype(np.float32))
    dataset.FlushCache()
    return str(path)


@pytest.fixture(scope="module")
def evidence(lodestone_provider, tmp_path_factory, cell_centres):
    rng = np.random.default_rng(4)
    fields = [gaussian_filter(rng.normal(size=(SIZE, SIZE)), 4) for _ in range(2)]
    values = np.stack([fields[0] / fields[0].std(), fields[1] / fields[1].std(), rng.normal(size=(SIZE, SIZE))])
    values[1, 5:15, 40:55] = np.nan
    chance = np.exp(3 * values[0]).ravel()
    cells = rng.choice(SIZE * SIZE, 30, replace=False, p=chance / chance.sum())
    folder = tmp_path_factory.mktemp("evidence")
    stored = values.astype(np.float32).astype(float)  # what the GeoTIFF holds
    return {"path": write_stack(folder / "stack.tif", values, NAMES), "values": stored, "xy": cell_centres(GRID, cells),
            "folder": folder}


@pytest.fixture(scope="module")
def trained(evidence, tmp_path_factory, point_layer):
    out = tmp_path_factory.mktemp("model")
    positives = point_layer(evidence["xy"], name="gold", grade=np.linspace(1, 3, len(evidence["xy"])))
    result = processing.run("lodestone:prospectivitymodel", {
        "EVIDENCE": [evidence["path"]], "POSITIVES": positives, "WEIGHT_FIELD": "grade", "N_BAGS": 3,
        "CV_BLOCK_SIZE": 300, "SEED": 5,
        "PROSPECTIVITY": str(out / "prospectivity.tif"), "UNCERTAINTY": str(out / "uncertainty.tif"),
        "REPORT": str(out / "report.html"), "MODEL": str(out / "model.lodestone")})
    return result, positives


def test_prospectivitymodel_outputs_keep_nodata_and_span_zero_to_one(trained, evidence, read_grid):
    result, _ = trained
    heat, grid, _ = read_grid(result["PROSPECTIVITY"])
    spread, _, _ = read_grid(result["UNCERTAINTY"])
    assert grid == GRID
    nodata = ~np.isfinite(evidence["values"]).all(axis=0)
    np.testing.assert_array_equal(np.isnan(heat), nodata)
    np.testing.assert_array_equal(np.isnan(spread), nodata)
    assert np.nanmin(heat) == 0.0 and np.nanmax(heat) == 1.0
    assert np.nanmin(spread) >= 0.0


def test_prospectivitymodel_equals_the_science_on_the_same_data(trained, evidence, read_grid):
    result, _ = trained
    science = prospectivity.train(prospectivity.ArrayStack(evidence["values"], NAMES, GRID), evidence["xy"],
                                  positive_weights=np.linspace(1, 3, len(evidence["xy"])), n_bags=3,
                                  cv_block_size_m=300.0, seed=5)
    assert result["SPATIAL_AUC"] == pytest.approx(science.spatial_summary.auc, abs=1e-12)
    assert result["RANDOM_AUC"] == pytest.approx(science.random_summary.auc, abs=1e-12)
    assert result["CAPTURE_10"] == pytest.approx(science.spatial_summary.capture[0.1], abs=1e-12)
    assert result["SPATIAL_AUC_LOW"] < result["SPATIAL_AUC"] < result["SPATIAL_AUC_HIGH"]
    assert result["SPATIAL_AUC"] > 0.8
    heat, _, _ = read_grid(result["PROSPECTIVITY"])
    np.testing.assert_allclose(heat, science.prospectivity, atol=1e-6)


def test_report_shows_the_spatial_auc_the_leakage_flag_and_the_counts(trained):
    result, _ = trained
    with open(result["REPORT"], encoding="utf-8") as stream:
        page = stream.read()
    assert f"Spatial cross-validation AUC {result['SPATIAL_AUC']:.3f}" in page
    assert f"Leakage flag: random cross-validation gives AUC {result['RANDOM_AUC']:.3f}" in page
    assert "Why the spatial figure is the honest one" in page
    assert page.count("<svg") >= 3 + len(NAMES)  # curves, P-A plot, importance, one partial dependence per band
    for name in NAMES:
        assert name in page
    assert re.search(r"<td>positives</td><td>30</td>", page)


def test_applymodel_reproduces_the_map_and_reads_several_single_band_layers(trained, evidence, tmp_path, read_grid):
    result, _ = trained
    applied = processing.run("lodestone:applymodel", {"MODEL": result["MODEL"], "EVIDENCE": [evidence["path"]],
                                                      "OUTPUT": str(tmp_path / "applied.tif"),
                                                      "UNCERTAINTY": str(tmp_path / "applied_sd.tif")})
    heat, _, _ = read_grid(result["PROSPECTIVITY"])
    np.testing.assert_allclose(read_grid(applied["OUTPUT"])[0], heat, atol=1e-6)
    np.testing.assert_allclose(read_grid(applied["UNCERTAINTY"])[0], read_grid(result["UNCERTAINTY"])[0], atol=1e-6)
    singles = [write_stack(tmp_path / f"band{i}.tif", evidence["values"][i:i + 1], NAMES[i:i + 1]) for i in range(3)]
    split = processing.run("lodestone:applymodel", {"MODEL": result["MODEL"], "EVIDENCE": singles,
                                                    "OUTPUT": str(tmp_path / "split.tif")})
    np.testing.assert_allclose(read_grid(split["OUTPUT"])[0], heat, atol=1e-6)


@pytest.mark.parametrize("scheduler", ["", "local:2"])
def test_applymodel_on_the_tiled_path_gives_the_same_map(trained, evidence, tmp_path, read_grid, monkeypatch,
                                                         scheduler):
    """Above the tiled-path threshold (here 0 cells) the prediction runs tile by tile: per cell, so the same."""
    if scheduler:
        pytest.importorskip("distributed")
    from lodestone.processing import tiled

    monkeypatch.setenv(tiled.THRESHOLD, "0")
    monkeypatch.setenv(tiled.SCHEDULER, scheduler)
    result, _ = trained
    applied = processing.run("lodestone:applymodel", {"MODEL": result["MODEL"], "EVIDENCE": [evidence["path"]],
                                                      "OUTPUT": str(tmp_path / "tiled.tif"),
                                                      "UNCERTAINTY": str(tmp_path / "tiled_sd.tif")})
    np.testing.assert_allclose(read_grid(applied["OUTPUT"])[0], read_grid(result["PROSPECTIVITY"])[0], atol=1e-6)
    np.testing.assert_allclose(read_grid(applied["UNCERTAINTY"])[0], read_grid(result["UNCERTAINTY"])[0], atol=1e-6)

@pytest.mark.parametrize("threshold", ["1000", "0"])
def test_applymodel_refuses_evidence_in_two_crss_on_either_path(trained, evidence, tmp_path, monkeypatch, threshold):
    from lodestone.processing import tiled

    monkeypatch.setenv(tiled.THRESHOLD, threshold)
    result, _ = trained
    singles = [write_stack(tmp_path / f"band{i}.tif", evidence["values"][i:i + 1], NAMES[i:i + 1]) for i in range(3)]
    moved = gdal.Open(singles[2], gdal.GA_Update)
    moved.SetProjection(QgsCoordinateReferenceSystem("EPSG:32619").toWkt())  # same numbers, another zone
    moved = None
    with pytest.raises(QgsProcessingException, match="different CRSs .* EPSG:32619"):
        processing.run("lodestone:applymodel", {"MODEL": result["MODEL"], "EVIDENCE": singles,
                                                "OUTPUT": str(tmp_path / "never.tif")})
    assert not (tmp_path / "never.tif").exists()


def test_applymodel_refuses_a_stack_with_other_bands(trained, evidence, tmp_path):
    result, _ = trained
    other = write_stack(tmp_path / "other.tif", evidence["values"][:2], ["signal", "magnetics"])
    with pytest.raises(QgsProcessingException, match="trained on 3 bands: signal, smooth noise, white noise. This "
                                                     "stack has 2: signal, magnetics"):
        processing.run("lodestone:applymodel", {"MODEL": result["MODEL"], "EVIDENCE": [other],
                                                "OUTPUT": str(tmp_path / "no.tif")})


def test_evidence_on_different_grids_is_refused(evidence, tmp_path, point_layer):
    shifted = GridSpec(GRID.west + CELL, GRID.north, CELL, CELL, SIZE, SIZE)
    first = write_stack(tmp_path / "a.tif", evidence["values"][:1], ["signal"])
    second = write_stack(tmp_path / "b.tif", evidence["values"][1:2], ["smooth noise"], shifted)
    with pytest.raises(QgsProcessingException, match="The evidence layers are not on one grid: 'a' is 60 x 60.*'b' "
                                                     "is 60 x 60 cells of 25 x 25 m from west 600025.0"):
        processing.run("lodestone:prospectivitymodel", {
            "EVIDENCE": [first, second], "POSITIVES": point_layer(evidence["xy"]), "N_BAGS": 2,
            "PROSPECTIVITY": str(tmp_path / "p.tif"), "UNCERTAINTY": str(tmp_path / "u.tif"),
            "REPORT": str(tmp_path / "r.html")})


def test_positives_outside_the_stack_give_a_clear_message(evidence, tmp_path, point_layer):
    with pytest.raises(QgsProcessingException, match="None of the 30 positive points lies on a stack cell"):
        processing.run("lodestone:prospectivitymodel", {
            "EVIDENCE": [evidence["path"]], "POSITIVES": point_layer(evidence["xy"] + 1e5), "N_BAGS": 2,
            "PROSPECTIVITY": str(tmp_path / "p.tif"), "UNCERTAINTY": str(tmp_path / "u.tif"),
            "REPORT": str(tmp_path / "r.html")})


def test_validateprospectivity_equals_the_science_validation(trained, evidence, tmp_path, point_layer, read_grid):
    result, positives = trained
    rng = np.random.default_rng(9)
    held_out = evidence["xy"][:10] + rng.uniform(-40, 40, (10, 2))
    validated = processing.run("lodestone:validateprospectivity", {
        "SCORE": result["PROSPECTIVITY"], "POINTS": point_layer(held_out), "TRAINING_POINTS": positives,
        "REPORT": str(tmp_path / "validation.html"), "OUTPUT": str(tmp_path / "curve.gpkg")})
    heat, grid, _ = read_grid(result["PROSPECTIVITY"])
    expected = validation.validate_score(heat, grid, held_out[:, 0], held_out[:, 1], evidence["xy"][:, 0],
                                         evidence["xy"][:, 1])
    summary = expected.prediction_summary
    assert validated["AUC"] == pytest.approx(summary.auc, abs=1e-12)
    assert (validated["AUC_LOW"], validated["AUC_HIGH"]) == pytest.approx((summary.auc_low, summary.auc_high))
    assert validated["CAPTURE_10"] == pytest.approx(summary.capture[0.1], abs=1e-12)
    table = QgsVectorLayer(validated["OUTPUT"], "curve", "ogr")
    rows = {(f["curve"], f["measure"]): f for f in table.getFeatures()}
    assert rows[("prediction", "AUC")]["value"] == pytest.approx(summary.auc)
    assert rows[("success", "AUC")]["value"] == pytest.approx(expected.success_summary.auc)
    assert rows[("prediction", "capture at 10% of area")]["capture_fraction"] == pytest.approx(summary.capture[0.1])
    crossing = rows[("prediction", "P-A crossing")]
    assert (crossing["area_fraction"], crossing["capture_fraction"]) == pytest.approx(
        (summary.pa_area, summary.pa_capture))
    points = [f for f in table.getFeatures() if f["curve"] == "prediction" and f["measure"] == "curve point"]
    assert len(points) == expected.prediction.area.size
    with open(validated["REPORT"], encoding="utf-8") as stream:
        assert f"Prediction-rate AUC {summary.auc:.3f}" in stream.read()
