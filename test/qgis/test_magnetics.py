"""Magnetics algorithms through Processing, on the demo property (known truth) and on crafted bad input."""
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

import processing
from lodestone.science import projection
from lodestone.science.demo import property as demo
from lodestone.science.grid import GridSpec
from lodestone.science.magnetics import igrf, transforms


@pytest.fixture(scope="module")
def corrected(lodestone_provider, demo_corrected):
    """lodestone:correctsurvey on the demo survey, IGRF removed (the session's run, see conftest.py)."""
    return QgsVectorLayer(demo_corrected, "corrected", "ogr")


def test_igrf_algorithm_transforms_the_point_and_matches_the_science(lodestone_provider):
    east, north = np.asarray(demo.ORIGIN) + 3000
    result = processing.run("lodestone:igrf", {"POINT": f"{east},{north} [EPSG:32618]", "DATE": "2019-10-20",
                                               "ALTITUDE": 320})
    lon, lat = projection.utm_to_lonlat(east, north, 18)
    expected = igrf.igrf(float(lon), float(lat), 320.0, __import__("datetime").date(2019, 10, 20))
    assert result["INCLINATION"] == pytest.approx(expected[0], abs=1e-9)
    assert result["DECLINATION"] == pytest.approx(expected[1], abs=1e-9)
    assert result["INTENSITY"] == pytest.approx(expected[2], abs=1e-6)


def test_igrf_algorithm_uses_the_extent_centre_and_refuses_bad_dates(lodestone_provider):
    by_extent = processing.run("lodestone:igrf", {"EXTENT": "140.5,140.83,-22.17,-21.75 [EPSG:4326]",
                                                  "DATE": "1990-07-01", "ALTITUDE": 440})
    assert by_extent["INCLINATION"] == pytest.approx(-53.1, abs=0.1)
    assert by_extent["DECLINATION"] == pytest.approx(6.7, abs=0.1)
    with pytest.raises(QgsProcessingException, match="1900"):
        processing.run("lodestone:igrf", {"POINT": "140.6,-22 [EPSG:4326]", "DATE": "2035-01-01"})
    with pytest.raises(QgsProcessingException, match="point or an extent"):
        processing.run("lodestone:igrf", {"DATE": "2019-10-20"})


def test_correctsurvey_recovers_the_true_anomaly_in_utm(corrected):
    assert corrected.crs().authid() == "EPSG:32618"  # automatic UTM zone
    rows = [(f["x"], f["y"], f["anomaly_nt"], f["diurnal_nt"], f["igrf_nt"]) for f in corrected.getFeatures()]
    x, y, anomaly, diurnal, main = (np.array(c, dtype=float) for c in zip(*rows))
    error = anomaly - demo.magnetic_anomaly(x, y)
    assert np.std(error) < 0.6
    assert np.ptp(diurnal) > 10 and 55000 < main.mean() < 56000
    point = next(corrected.getFeatures()).geometry().asPoint()
    assert (point.x(), point.y()) == pytest.approx((x[0], y[0]))


def test_correctsurvey_counts_readings_outside_the_base_record(lodestone_provider, demo_files, tmp_path,
                                                               recording_feedback):
    lines = Path(demo_files["BASE_STATION"]).read_text().splitlines()
    late_start = tmp_path / "base_late_start.csv"  # the base station was switched on 10 hours late
    late_start.write_text("\n".join([lines[0]] + lines[1 + 1200:]) + "\n")
    feedback = recording_feedback()
    result = processing.run("lodestone:correctsurvey", {
        "INPUT": demo_files["SURVEY"], "TIME_FIELD": "time", "VALUE_FIELD": "tmi_nt",
        "BASE_STATION": str(late_start), "BASE_TIME_FIELD": "time", "BASE_VALUE_FIELD": "total_field_nt",
        "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    empty = sum(1 for f in result["OUTPUT"].getFeatures() if f["anomaly_nt"] is None or str(f["anomaly_nt"]) == "NULL")
    assert 0 < empty < 13634
    assert any(f"{empty} of 13634 readings fall outside the base-station record" in m for m in feedback.warnings), \
        feedback.warnings


def test_correctsurvey_refuses_a_geographic_output_crs(lodestone_provider, demo_files):
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        processing.run("lodestone:correctsurvey", {
            "INPUT": demo_files["SURVEY"], "TIME_FIELD": "time", "VALUE_FIELD": "tmi_nt",
            "TARGET_CRS": "EPSG:4326", "OUTPUT": "TEMPORARY_OUTPUT"})


def test_gridsurvey_reproduces_the_field_at_the_readings_and_honours_blanking(corrected, tmp_path, read_grid):
    from scipy.interpolate import RegularGridInterpolator

    result = processing.run("lodestone:gridsurvey", {
        "INPUT": corrected, "VALUE_FIELD": "anomaly_nt", "LINE_FIELD": "line", "CELL_SIZE": 25,
        "TENSION": 0.25, "BLANKING_DISTANCE": 150, "OUTPUT": str(tmp_path / "grid.tif")})
    values, grid, crs = read_grid(result["OUTPUT"])
    assert crs.authid() == "EPSG:32618" and grid.cell_x == 25
    x, y, anomaly = (np.array(c, dtype=float) for c in zip(*((f["x"], f["y"], f["anomaly_nt"])
                                                             for f in corrected.getFeatures())))
    sample = RegularGridInterpolator((grid.y_centres()[::-1], grid.x_centres()), values[::-1], bounds_error=False)
    gridded = sample(np.column_stack([y, x]))
    truth = demo.magnetic_anomaly(x, y)
    inside = np.isfinite(gridded)
    assert inside.mean() > 0.9  # readings within half a cell of the grid edge fall outside the cell centres
    error = gridded[inside] - truth[inside]
    error -= np.median(anomaly - truth)  # the base-station datum
    # 25 m cells cannot hold the 10 m-wide flanks of dykes 6 m below the sensor (RMS 47 nT there, measured); away
    # from them the grid matches the noise-free field: the median error is well under 1 % of the field's spread
    assert np.median(np.abs(error)) < 0.01 * np.std(truth)
    east, north = grid.mesh()  # blanking: cells more than 150 m from every reading are nodata, nearer ones not
    from scipy.spatial import cKDTree

    distance, _ = cKDTree(np.column_stack([x, y])).query(np.column_stack([east.ravel(), north.ravel()]))
    distance = distance.reshape(grid.shape)
    assert np.isnan(values[distance > 150 + 1e-6]).all() and np.isfinite(values[distance < 150 - 1e-6]).all()


def test_gridsurvey_refuses_geographic_readings(lodestone_provider, demo_files):
    with pytest.raises(QgsProcessingException, match="geographic CRS.*Reproject"):
        processing.run("lodestone:gridsurvey", {"INPUT": demo_files["SURVEY"], "VALUE_FIELD": "tmi_nt",
                                                "OUTPUT": "TEMPORARY_OUTPUT"})


@pytest.fixture(scope="module")
def tmi_grid(tmp_path_factory, write_grid):
    grid = GridSpec.from_bounds(*(np.asarray(demo.ORIGIN) + [1300, 1000]), *(np.asarray(demo.ORIGIN) + [4600, 3000]),
                                25.0)
    east, north = grid.mesh()
    values = demo.magnetic_anomaly(east, north)
    values[10:14, 20:30] = np.nan
    path = write_grid(tmp_path_factory.mktemp("tmi") / "tmi.tif", values, grid)
    return path, values, grid


def test_reducetopole_writes_what_the_science_computes(lodestone_provider, tmi_grid, tmp_path, read_grid):
    path, values, grid = tmi_grid
    inclination, declination, _ = demo.main_field()
    result = processing.run("lodestone:reducetopole", {"INPUT": path, "INCLINATION": inclination,
                                                       "DECLINATION": declination, "OUTPUT": str(tmp_path / "rtp.tif"),
                                                       "EDGE_MASK": str(tmp_path / "edge.tif")})
    rtp, _, _ = read_grid(result["OUTPUT"])
    expected = transforms.reduce_to_pole(values, grid, inclination, declination)
    np.testing.assert_allclose(rtp, expected.astype(np.float32), rtol=1e-5, atol=1e-3)
    assert np.isnan(rtp[10:14, 20:30]).all()
    mask, _, _ = read_grid(result["EDGE_MASK"])
    assert mask[0, 5] == 1 and mask[9, 25] == 1 and mask[40, 60] == 0


def test_magnetictransforms_writes_only_the_requested_grids(lodestone_provider, tmi_grid, tmp_path, read_grid):
    path, values, grid = tmi_grid
    inclination, declination, _ = demo.main_field()
    result = processing.run("lodestone:magnetictransforms", {
        "INPUT": path, "INCLINATION": inclination, "DECLINATION": declination,
        "RTP": str(tmp_path / "rtp.tif"), "TILT": str(tmp_path / "tilt.tif"), "ANALYTIC_SIGNAL": None,
        "UPWARD": None, "VERTICAL_DERIVATIVE": None, "THDR": None})
    assert set(k for k, v in result.items() if v) == {"RTP", "TILT"}
    tilt, _, _ = read_grid(result["TILT"])
    assert np.nanmax(tilt) <= 90 and np.nanmin(tilt) >= -90
    body = demo.corridor_point(demo.STRONG_BODIES[1]) + np.asarray(demo.ORIGIN)
    row, col = grid.index_of(*body)
    assert tilt[row, col] > 20  # tilt positive over the strongly magnetic body


def test_magnetictransforms_in_float32_equals_the_float64_science(lodestone_provider, tmi_grid, tmp_path, read_grid):
    """A float32 grid is transformed in float32 (half the memory): every output equals the float64 computation on
    the same grid to float32 rounding, and the edge mask is the science's."""
    path, _, grid = tmi_grid
    values, _, _ = read_grid(path)  # float64, as the grid was read before
    inclination, declination, _ = demo.main_field()
    names = {"RTP": "rtp", "UPWARD": "upward", "VERTICAL_DERIVATIVE": "vertical_derivative", "THDR": "thdr",
             "TILT": "tilt", "ANALYTIC_SIGNAL": "analytic_signal"}
    result = processing.run("lodestone:magnetictransforms", {
        "INPUT": path, "INCLINATION": inclination, "DECLINATION": declination, "HEIGHT": 150.0,
        "EDGE_MASK": str(tmp_path / "edge.tif"), **{name: str(tmp_path / f"{key}.tif") for name, key in names.items()}})
    expected = transforms.magnetic_transforms(values, grid, set(names.values()), inclination, declination,
                                              height=150.0)
    for name, key in names.items():
        written, _, _ = read_grid(result[name])
        tolerance = 0.1 if key == "tilt" else 1e-5 * np.nanmax(np.abs(expected[key] - np.nanmedian(expected[key])))
        np.testing.assert_allclose(written, expected[key], rtol=0, atol=tolerance, err_msg=name)
    mask, _, _ = read_grid(result["EDGE_MASK"])
    np.testing.assert_array_equal(mask == 1, transforms.edge_mask(values, grid) & ~np.isnan(values))
    assert np.isnan(mask[np.isnan(values)]).all()


def test_geographic_raster_is_refused_with_the_fix(lodestone_provider, tmp_path, write_grid):
    grid = GridSpec(140.5, -21.75, 0.001, 0.001, 50, 50)
    path = write_grid(tmp_path / "lonlat.tif", np.random.default_rng(0).normal(size=(50, 50)), grid, 4326)
    with pytest.raises(QgsProcessingException, match="geographic CRS.*Warp"):
        processing.run("lodestone:tiltderivative", {"INPUT": path, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_all_nodata_grid_and_bad_inclination_are_clear_errors(lodestone_provider, tmp_path, write_grid):
    grid = GridSpec(400000, 5500000, 25, 25, 40, 40)
    path = write_grid(tmp_path / "empty.tif", np.full((40, 40), np.nan), grid)
    with pytest.raises(QgsProcessingException, match="(?i)nodata|no valid|all"):
        processing.run("lodestone:analyticsignal", {"INPUT": path, "OUTPUT": "TEMPORARY_OUTPUT"})
    good = write_grid(tmp_path / "good.tif", np.random.default_rng(1).normal(size=(40, 40)), grid)
    with pytest.raises(QgsProcessingException, match="(?i)inclination"):
        processing.run("lodestone:reducetopole", {"INPUT": good, "INCLINATION": 120, "DECLINATION": 0,
                                                  "OUTPUT": "TEMPORARY_OUTPUT"})
