"""Evidence stacking: rasters from other CRSs onto a reference grid, distances, one-hot polygons, mask, windows."""
import json

import numpy as np
import pytest
import rasterio
from rasterio.crs import CRS
from rasterio.transform import Affine
from rasterio.warp import transform, transform_bounds
from scipy import ndimage

from lodestone.science.evidence import stacking
from lodestone.science.features import points_in_polygon
from lodestone.science.grid import GridSpec

UTM18 = CRS.from_epsg(32618).to_wkt()
REFERENCE = GridSpec(400_000.0, 5_500_000.0, 25.0, 25.0, 160, 240)  # 6 x 4 km, 25 m cells, EPSG:32618
HALF_DIAGONAL = 0.5 * np.hypot(25.0, 25.0)


def smooth(x, y):
    """A smooth field of EPSG:32618 coordinates (amplitude 1, wavelengths of about 7-9 km)."""
    return np.sin((np.asarray(x) - 400_000) / 1500.0) * np.cos((np.asarray(y) - 5_500_000) / 1100.0)


def source_grid(epsg, cell):
    """A grid in EPSG ``epsg`` covering the reference area plus 500 m, and its cell centres in EPSG:32618."""
    bounds = transform_bounds("EPSG:32618", f"EPSG:{epsg}", REFERENCE.west - 500, REFERENCE.south - 500,
                              REFERENCE.east + 500, REFERENCE.north + 500)
    grid = GridSpec.from_bounds(*bounds, cell)
    east, north = grid.mesh()
    x, y = transform(f"EPSG:{epsg}", "EPSG:32618", east.ravel(), north.ravel())
    return grid, np.asarray(x).reshape(grid.shape), np.asarray(y).reshape(grid.shape)


def write_tif(path, values, grid, epsg, nodata=None, descriptions=None):
    values = values[None] if values.ndim == 2 else values
    with rasterio.open(path, "w", driver="GTiff", width=grid.cols, height=grid.rows, count=values.shape[0],
                       dtype=values.dtype, crs=CRS.from_epsg(epsg), transform=Affine.from_gdal(*grid.geotransform),
                       nodata=nodata) as dataset:
        dataset.write(values)
        for i, description in enumerate(descriptions or [], start=1):
            dataset.set_band_description(i, description)
    return str(path)


# ----------------------------------------------------------------------------------------------------------------
# Rasters


@pytest.mark.parametrize("epsg, cell", [(32617, 40.0), (4326, 0.0004)])
def test_raster_in_another_crs_lands_on_the_reference_grid(epsg, cell):
    grid, x18, y18 = source_grid(epsg, cell)
    layer = stacking.RasterLayer("smooth", smooth(x18, y18), CRS.from_epsg(epsg).to_wkt(), grid.geotransform)
    result = stacking.resample_raster(layer, REFERENCE, UTM18)
    assert result.shape == (1,) + REFERENCE.shape and np.isfinite(result).all()
    east, north = REFERENCE.mesh()
    error = np.abs(result[0] - smooth(east, north))
    # bilinear error bound h²/8 (|f_xx| + |f_yy|) with h about 40 m: 2.5e-4; nearest would be about 0.02
    assert error.max() < 5e-4


def test_resampling_a_file_uses_its_own_crs_and_matches_the_array(tmp_path):
    grid, x18, y18 = source_grid(32617, 40.0)
    values = smooth(x18, y18).astype(np.float32)
    path = write_tif(tmp_path / "utm17.tif", values, grid, 32617)
    from_file = stacking.resample_raster(stacking.RasterLayer("f", path), REFERENCE, UTM18)
    from_array = stacking.resample_raster(stacking.RasterLayer("a", values, CRS.from_epsg(32617).to_wkt(),
                                                               grid.geotransform), REFERENCE, UTM18)
    np.testing.assert_allclose(from_file, from_array, atol=1e-6)


def test_categorical_raster_keeps_its_classes(tmp_path):
    grid, x18, y18 = source_grid(32617, 40.0)
    classes = np.choose((smooth(x18, y18) > 0).astype(int) + 2 * (x18 > 403_000), [1, 2, 5, 7]).astype(np.uint8)
    classes[:5] = 0  # nodata rows
    path = write_tif(tmp_path / "classes.tif", classes, grid, 32617, nodata=0)
    stack = stacking.stack_layers([stacking.RasterLayer("classes", path)], REFERENCE, UTM18, str(tmp_path / "s.tif"))
    assert (stack.bands[0].kind, stack.bands[0].resampling, stack.bands[0].units) == ("categorical", "nearest",
                                                                                    "class code")
    result = stacking.resample_raster(stacking.RasterLayer("classes", path), REFERENCE, UTM18)[0]
    assert set(np.unique(result[np.isfinite(result)])) == {1, 2, 5, 7}
    forced = stacking.resample_raster(stacking.RasterLayer("classes", path, categorical=False), REFERENCE, UTM18)[0]
    assert len(set(np.unique(forced[np.isfinite(forced)]))) > 4  # bilinear blends the codes


def test_integer_raster_with_many_values_is_continuous_and_floats_can_be_forced_categorical(tmp_path):
    grid, x18, y18 = source_grid(32617, 40.0)
    counts = (1000 * (smooth(x18, y18) + 1)).astype(np.int16)
    path = write_tif(tmp_path / "counts.tif", counts, grid, 32617)
    stack = stacking.stack_layers([stacking.RasterLayer("counts", path)], REFERENCE, UTM18, str(tmp_path / "s.tif"))
    assert (stack.bands[0].kind, stack.bands[0].resampling) == ("continuous", "bilinear")
    codes = np.round(smooth(x18, y18) * 2).astype(np.float32)  # -2 .. 2 stored as float
    forced = stacking.resample_raster(stacking.RasterLayer("codes", codes, CRS.from_epsg(32617).to_wkt(),
                                                           grid.geotransform, categorical=True), REFERENCE, UTM18)
    assert set(np.unique(forced)) <= {-2.0, -1.0, 0.0, 1.0, 2.0}


def test_raster_without_overlap_names_the_layer():
    far = GridSpec(100_000.0, 1_000_000.0, 50.0, 50.0, 20, 20)
    layer = stacking.RasterLayer("far away", np.ones(far.shape), UTM18, far.geotransform)
    with pytest.raises(ValueError, match="Raster 'far away' does not overlap the reference grid.*CRS"):
        stacking.resample_raster(layer, REFERENCE, UTM18)


def test_unreadable_raster_file_says_so(tmp_path):
    with pytest.raises(ValueError, match="Raster 'gone': cannot open .*GeoTIFF"):
        stacking.resample_raster(stacking.RasterLayer("gone", str(tmp_path / "none.tif")), REFERENCE, UTM18)


# ----------------------------------------------------------------------------------------------------------------
# Distances


def test_line_distances_match_brute_force_point_to_segment_distances(cell_centres, distance_to_polyline):
    rng = np.random.default_rng(1)
    lines = [np.column_stack([rng.uniform(399_000, 407_000, 4), rng.uniform(5_495_000, 5_501_000, 4)])
             for _ in range(3)]
    distance = stacking.distance_raster(stacking.VectorLayer("faults", "LineString", lines), REFERENCE)
    truth = np.min([distance_to_polyline(cell_centres(REFERENCE), line) for line in lines], axis=0)
    assert np.abs(distance.ravel() - truth).max() <= HALF_DIAGONAL + 1e-3  # float32 output
    assert (distance.ravel()[truth < 1.0] == 0).all()  # cells a line crosses


def test_point_distances_count_points_beyond_the_edge(cell_centres):
    points = [(401_012.5, 5_497_012.5), (406_300.0, 5_498_000.0)]  # the second is 300 m east of the grid
    distance = stacking.distance_raster(stacking.VectorLayer("showings", "Point", points), REFERENCE)
    truth = np.min([np.hypot(*(cell_centres(REFERENCE) - p).T) for p in points], axis=0)
    assert np.abs(distance.ravel() - truth).max() <= HALF_DIAGONAL + 1e-3
    row, col = REFERENCE.index_of(401_012.5, 5_497_012.5)
    assert distance[row, col] == 0.0
    assert distance[REFERENCE.index_of(405_987.5, 5_498_012.5)] == pytest.approx(312.5, abs=HALF_DIAGONAL)


def test_polygon_distance_is_signed_negative_inside(cell_centres, distance_to_polyline):
    ring = np.array([[401_000.0, 5_497_000.0], [404_000.0, 5_496_500.0], [403_500.0, 5_499_000.0]])
    hole = np.array([[402_800.0, 5_497_300.0], [403_200.0, 5_497_300.0], [403_000.0, 5_497_800.0]])
    layer = stacking.VectorLayer("lake", "Polygon", [[ring, hole]])
    distance = stacking.distance_raster(layer, REFERENCE).ravel()
    centres = cell_centres(REFERENCE)
    closed = [np.vstack([r, r[:1]]) for r in (ring, hole)]
    truth = np.minimum(distance_to_polyline(centres, closed[0]), distance_to_polyline(centres, closed[1]))
    inside = points_in_polygon(centres, ring) & ~points_in_polygon(centres, hole)
    assert np.abs(np.abs(distance) - truth).max() <= HALF_DIAGONAL + 1e-3
    clear = truth > HALF_DIAGONAL  # away from the boundary the sign is unambiguous
    assert (distance[clear & inside] < 0).all() and (distance[clear & ~inside] > 0).all()


def test_maximum_distance_caps_the_values():
    road = np.array([[400_000.0, 5_499_012.5], [406_000.0, 5_499_012.5]])  # along the centres of row 39
    layer = stacking.VectorLayer("road", "LineString", [road])
    distance = stacking.distance_raster(layer, REFERENCE, max_distance=500.0)
    assert distance.max() == 500.0
    np.testing.assert_array_equal(distance[39:60, 7], [25.0 * k for k in range(20)] + [500.0])
    with pytest.raises(ValueError, match="maximum distance must be positive"):
        stacking.distance_raster(layer, REFERENCE, max_distance=0.0)


def test_windowed_distances_equal_one_distance_transform_of_the_whole_grid(monkeypatch):
    monkeypatch.setattr(stacking, "WINDOW_ROWS", 7)
    line = np.array([[400_300.0, 5_496_200.0], [405_500.0, 5_499_700.0]])
    layer = stacking.VectorLayer("road", "LineString", [line])
    distance = stacking.distance_raster(layer, REFERENCE)
    touched = np.zeros(REFERENCE.shape, dtype=bool)
    touched[distance == 0] = True
    whole = ndimage.distance_transform_edt(~touched, sampling=(25.0, 25.0))
    np.testing.assert_allclose(distance, whole, atol=1e-3)


@pytest.mark.parametrize("geometry_type, geometries", [
    ("LineString", [np.array([[300_000.0, 5_000_000.0], [301_000.0, 5_001_000.0]])]),
    ("Point", [(300_000.0, 5_000_000.0)]),
])
def test_vector_layer_without_overlap_names_the_layer(geometry_type, geometries):
    with pytest.raises(ValueError, match="Layer 'old roads' does not overlap the reference grid.*CRS is set"):
        stacking.distance_raster(stacking.VectorLayer("old roads", geometry_type, geometries), REFERENCE)


def test_empty_layer_is_refused_by_name():
    with pytest.raises(ValueError, match="Layer 'faults' has no features"):
        stacking.distance_raster(stacking.VectorLayer("faults", "LineString", []), REFERENCE)


# ----------------------------------------------------------------------------------------------------------------
# One-hot polygons, mask and the written stack


def geology():
    west = np.array([[399_000.0, 5_495_000.0], [403_000.0, 5_495_000.0], [403_000.0, 5_501_000.0],
                     [399_000.0, 5_501_000.0]])
    east = west + [4000.0, 0.0]
    dyke = np.array([[402_000.0, 5_495_000.0], [402_200.0, 5_495_000.0], [402_200.0, 5_501_000.0],
                     [402_000.0, 5_501_000.0]])
    return stacking.VectorLayer("geology", "Polygon", [[west], [east], [dyke]],
                                categories=["basalt", "tuff", "dyke"], category_field="unit")


def test_one_hot_bands_are_exclusive_and_the_later_polygon_wins(tmp_path):
    result = stacking.stack_layers([geology()], REFERENCE, UTM18, str(tmp_path / "geology.tif"))
    assert [b.name for b in result.bands] == ["geology: unit = basalt", "geology: unit = dyke", "geology: unit = tuff"]
    with rasterio.open(tmp_path / "geology.tif") as dataset:
        basalt, dyke, tuff = dataset.read()
    np.testing.assert_array_equal(basalt + dyke + tuff, 1.0)  # the polygons cover the grid, one class per cell
    east, _ = REFERENCE.mesh()
    np.testing.assert_array_equal(dyke == 1, (east > 402_000) & (east < 402_200))
    np.testing.assert_array_equal(tuff == 1, east > 403_000)


def test_mask_blanks_the_outside_of_every_band(tmp_path, cell_centres):
    claims = [[np.array([[401_003.0, 5_496_503.0], [405_003.0, 5_497_003.0], [404_003.0, 5_499_503.0],
                         [401_503.0, 5_499_003.0]])]]  # no cell centre on an edge
    road = stacking.VectorLayer("roads", "LineString", [np.array([[400_000.0, 5_497_000.0], [406_000.0, 5_498_000.0]])])
    grid, x18, y18 = source_grid(32617, 40.0)
    ip = stacking.RasterLayer("ip", smooth(x18, y18), CRS.from_epsg(32617).to_wkt(), grid.geotransform)
    output = str(tmp_path / "stack.tif")
    result = stacking.stack_layers([ip, road, geology()], REFERENCE, UTM18, output, mask=claims, nodata=-99999.0)
    inside = points_in_polygon(cell_centres(REFERENCE), claims[0][0]).reshape(REFERENCE.shape)
    assert result.masked_cells == int((~inside).sum())
    with rasterio.open(output) as dataset:
        assert dataset.count == 5 and dataset.nodata == -99999.0
        stack = dataset.read()
    assert (stack[:, ~inside] == -99999.0).all()
    assert (stack[:, inside] != -99999.0).all()
    east, north = REFERENCE.mesh()
    assert np.abs(stack[0][inside] - smooth(east, north)[inside]).max() < 5e-4


def test_stack_writes_band_descriptions_and_the_sidecar(tmp_path):
    grid, x18, y18 = source_grid(32617, 40.0)
    path = write_tif(tmp_path / "ip.tif", np.stack([smooth(x18, y18), -smooth(x18, y18)]).astype(np.float32), grid,
                     32617, descriptions=["chargeability", "resistivity"])
    layers = [stacking.RasterLayer("ip", path),
              stacking.VectorLayer("roads", "LineString", [np.array([[400_000.0, 5_497_000.0],
                                                                     [406_000.0, 5_498_000.0]])]),
              stacking.VectorLayer("roads", "LineString", [np.array([[400_000.0, 5_499_000.0],
                                                                     [406_000.0, 5_499_000.0]])]),
              stacking.VectorLayer("lakes", "Polygon", [[np.array([[401_000.0, 5_497_000.0], [402_000.0, 5_497_000.0],
                                                                   [402_000.0, 5_498_000.0]])]])]
    output = str(tmp_path / "stack.tif")
    stacking.stack_layers(layers, REFERENCE, UTM18, output, max_distance=2000.0)
    names = ["ip: chargeability", "ip: resistivity", "roads: distance (m)", "roads: distance (m) (2)",
             "lakes: signed distance to boundary (m)"]
    with rasterio.open(output) as dataset:
        assert list(dataset.descriptions) == names
        assert dataset.crs == CRS.from_epsg(32618) and dataset.transform == Affine.from_gdal(*REFERENCE.geotransform)
        assert dataset.tags(5)["units"] == "m, negative inside the polygons, capped at 2000 m"
    sidecar = json.loads((tmp_path / "stack.tif.json").read_text())
    assert [b["name"] for b in sidecar["bands"]] == names
    assert [b["kind"] for b in sidecar["bands"]] == ["continuous", "continuous", "distance", "distance", "distance"]
    assert sidecar["bands"][0]["resampling"] == "bilinear" and sidecar["bands"][2]["units"].startswith("m")
    assert sidecar["grid"]["geotransform"] == list(REFERENCE.geotransform)
    assert CRS.from_wkt(sidecar["grid"]["crs_wkt"]) == CRS.from_epsg(32618)


def test_windowed_stack_equals_the_whole_grid(monkeypatch, tmp_path):
    grid, x18, y18 = source_grid(32617, 40.0)
    layers = [stacking.RasterLayer("ip", smooth(x18, y18), CRS.from_epsg(32617).to_wkt(), grid.geotransform),
              geology()]
    stacking.stack_layers(layers, REFERENCE, UTM18, str(tmp_path / "whole.tif"))
    monkeypatch.setattr(stacking, "WINDOW_ROWS", 16)
    stacking.stack_layers(layers, REFERENCE, UTM18, str(tmp_path / "windows.tif"))
    with rasterio.open(tmp_path / "whole.tif") as whole, rasterio.open(tmp_path / "windows.tif") as windows:
        np.testing.assert_array_equal(whole.read(), windows.read())


def test_bad_stack_inputs_say_what_to_do(tmp_path):
    output = str(tmp_path / "x.tif")
    with pytest.raises(ValueError, match="geographic CRS.*projected"):
        stacking.stack_layers([geology()], REFERENCE, CRS.from_epsg(4326).to_wkt(), output)
    with pytest.raises(ValueError, match="No evidence layers"):
        stacking.stack_layers([], REFERENCE, UTM18, output)
    far = [[np.array([[0.0, 0.0], [10.0, 0.0], [10.0, 10.0]])]]
    with pytest.raises(ValueError, match="mask polygons do not cover"):
        stacking.stack_layers([geology()], REFERENCE, UTM18, output, mask=far)
    blank = stacking.VectorLayer("geology", "Polygon", geology().geometries, [None, "", None], "unit")
    with pytest.raises(ValueError, match="field 'unit' is empty in every polygon"):
        stacking.stack_layers([blank], REFERENCE, UTM18, output)
