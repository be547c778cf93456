"""Extract targets through Processing: synthetic bumps with nodata, holes and uncertainty; bad input."""
from functools import partial

import numpy as np
import pytest
from qgis.core import NULL, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer, QgsWkbTypes

import processing
from lodestone.science.grid import GridSpec

CELL = 20.0
GRID = GridSpec(600_000.0, 5_400_000.0, CELL, CELL, 120, 120)
FIELDS = ["rank", "name", "area_ha", "mean_score", "max_score", "mean_uncertainty", "nearest_hole_m",
          "tested_depth_m"]


@pytest.fixture(scope="module")
def maps(lodestone_provider, tmp_path_factory, write_grid, gaussian_bump):
    """A strong bump (row 30, col 30), a weaker one (row 85, col 85), a spike below 2 ha (row 30, col 95); the
    southern band is nodata. Uncertainty 0.2 everywhere but 0.4 on the northern half."""
    folder = tmp_path_factory.mktemp("targets")
    bump = partial(gaussian_bump, GRID.shape)
    score = bump(30, 30, 1.0, 8) + bump(85, 85, 0.7, 5) + bump(30, 95, 0.9, 0.7)
    score += 1e-9 * np.arange(score.size).reshape(score.shape)
    score[100:] = np.nan
    uncertainty = np.full(GRID.shape, 0.2)
    uncertainty[:60] = 0.4
    return (write_grid(folder / "score.tif", score, GRID), write_grid(folder / "uncertainty.tif", uncertainty, GRID),
            score)


def test_targets_are_ranked_polygons_with_the_documented_fields(maps, point_layer):
    score_path, uncertainty_path, score = maps
    centre_b = (GRID.west + 85.5 * CELL, GRID.north - 85.5 * CELL)  # a collar at B's peak
    result = processing.run("lodestone:extracttargets", {
        "PROSPECTIVITY": score_path, "UNCERTAINTY": uncertainty_path, "AREA_FRACTION": 0.03, "MIN_AREA": 2.0,
        "HOLES": point_layer([centre_b], name="collars"), "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = result["OUTPUT"]
    assert [f.name() for f in layer.fields()] == FIELDS
    assert layer.wkbType() == QgsWkbTypes.MultiPolygon and layer.crs().authid() == "EPSG:32618"
    features = sorted(layer.getFeatures(), key=lambda f: f["rank"])
    assert [f["rank"] for f in features] == [1, 2] and features[0]["name"] == "Target 1"
    threshold = result["USED_THRESHOLD"]
    assert np.sum(score >= threshold) == np.ceil(0.03 * np.isfinite(score).sum())  # valid cells only
    first, second = features
    near_a = np.zeros(GRID.shape, dtype=bool)
    near_a[:60, :60] = True
    assert first["area_ha"] == pytest.approx(np.sum((score >= threshold) & near_a) * 0.04)
    assert first["area_ha"] == pytest.approx(first.geometry().area() / 1e4)
    assert first.geometry().isGeosValid() and second.geometry().isGeosValid()
    assert first["max_score"] == pytest.approx(np.nanmax(score[:60, :60]), rel=1e-5)
    assert first["mean_uncertainty"] == pytest.approx(0.4) and second["mean_uncertainty"] == pytest.approx(0.2)
    assert second["nearest_hole_m"] == 0.0
    centre_a_to_b = first.geometry().distance(QgsGeometry.fromPointXY(QgsPointXY(*centre_b)))
    assert first["nearest_hole_m"] == pytest.approx(centre_a_to_b, abs=0.1)
    assert first["tested_depth_m"] == NULL  # no tested-depth raster given


def test_threshold_overrides_the_area_fraction_and_tested_depth_is_sampled(maps, tmp_path, write_grid):
    score_path, _, score = maps
    depth = np.full(GRID.shape, np.nan)
    depth[80:90, 80:90] = 150.0
    result = processing.run("lodestone:extracttargets", {
        "PROSPECTIVITY": score_path, "THRESHOLD": 0.5, "MIN_AREA": 0.0,
        "TESTED_DEPTH": write_grid(tmp_path / "depth.tif", depth, GRID), "OUTPUT": str(tmp_path / "targets.gpkg")})
    layer = QgsVectorLayer(result["OUTPUT"], "targets", "ogr")
    assert result["USED_THRESHOLD"] == 0.5
    assert sum(f["area_ha"] for f in layer.getFeatures()) == pytest.approx(np.sum(score >= 0.5) * 0.04)
    depths = {f["rank"]: f["tested_depth_m"] for f in layer.getFeatures()}
    assert depths[1] == 0.0 and depths[2] == 150.0 and layer.featureCount() == 3
    assert all(f["mean_uncertainty"] == NULL and f["nearest_hole_m"] == NULL for f in layer.getFeatures())


def test_bad_inputs_are_clear_errors(maps, tmp_path, write_grid):
    score_path, _, score = maps
    with pytest.raises(QgsProcessingException, match="all nodata"):
        processing.run("lodestone:extracttargets", {
            "PROSPECTIVITY": write_grid(tmp_path / "empty.tif", np.full(GRID.shape, np.nan), GRID),
            "OUTPUT": "TEMPORARY_OUTPUT"})
    lonlat = write_grid(tmp_path / "lonlat.tif", score, GridSpec(-76.0, 49.0, 0.001, 0.001, 120, 120), epsg=4326)
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        processing.run("lodestone:extracttargets", {"PROSPECTIVITY": lonlat, "OUTPUT": "TEMPORARY_OUTPUT"})
    other_crs = write_grid(tmp_path / "u.tif", np.ones(GRID.shape), GRID, epsg=32617)
    with pytest.raises(QgsProcessingException, match="reproject it"):
        processing.run("lodestone:extracttargets", {"PROSPECTIVITY": score_path, "UNCERTAINTY": other_crs,
                                                    "OUTPUT": "TEMPORARY_OUTPUT"})


def test_min_prominence_splits_two_highs_joined_by_a_ridge(lodestone_provider, tmp_path, write_grid, gaussian_bump):
    bump = partial(gaussian_bump, GRID.shape)
    """High A (1.0, row 30, col 30) and high B (0.6, row 30, col 90) joined by a flat ridge at 0.4 along row 30."""
    rows, cols = np.mgrid[0:GRID.rows, 0:GRID.cols]
    ridge = np.where((cols > 30) & (cols < 90), 0.4 * np.exp(-(rows - 30) ** 2 / 18.0), 0.0)
    path = write_grid(tmp_path / "twin.tif", np.maximum.reduce([bump(30, 30, 1.0, 6), bump(30, 90, 0.6, 6), ridge]),
                      GRID)
    peak_b = QgsGeometry.fromPointXY(QgsPointXY(GRID.west + 90.5 * CELL, GRID.north - 30.5 * CELL))
    layers = {}
    for min_prominence in (None, 0.0, 0.25):
        parameters = {"PROSPECTIVITY": path, "THRESHOLD": 0.1, "MIN_AREA": 2.0, "OUTPUT": "TEMPORARY_OUTPUT"}
        if min_prominence is not None:
            parameters["MIN_PROMINENCE"] = min_prominence
        layers[min_prominence] = sorted(processing.run("lodestone:extracttargets", parameters)["OUTPUT"].getFeatures(),
                                        key=lambda f: f["rank"])
    first, second = layers[None]  # split by default (MIN_PROMINENCE 0.1): B rises 0.2 above the saddle
    assert first["max_score"] == pytest.approx(1.0) and second["max_score"] == pytest.approx(0.6)
    assert second.geometry().contains(peak_b) and not first.geometry().intersects(peak_b)
    assert not first.geometry().overlaps(second.geometry())
    whole = first["area_ha"] + second["area_ha"]
    for min_prominence in (0.0, 0.25):
        assert len(layers[min_prominence]) == 1
        assert layers[min_prominence][0]["area_ha"] == pytest.approx(whole)
