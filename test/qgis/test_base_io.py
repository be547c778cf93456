"""The base algorithm's I/O: rasters (NaN inside, nodata outside, geotransform and CRS preserved) and the shared
feature reader (points, multipoints, lines, polygons and their holes, NULLs, reprojection, cancel)."""
import numpy as np
import pytest
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsRasterLayer,
)

from lodestone.processing.base import NODATA, LodestoneAlgorithm, attribute_value, number_value
from lodestone.science.grid import GridSpec


def test_write_then_read_round_trip_with_nan_holes(qgis_app, tmp_path):
    grid = GridSpec(410_000.0, 5_496_000.0, 25.0, 25.0, rows=30, cols=40)
    values = np.linspace(-500, 1500, grid.rows * grid.cols).reshape(grid.shape)
    values[5:9, 10:20] = np.nan
    crs = QgsCoordinateReferenceSystem("EPSG:32618")
    path = LodestoneAlgorithm().write_raster(str(tmp_path / "tmi.tif"), values, grid, crs, "TMI (nT)")

    layer = QgsRasterLayer(path, "tmi")
    assert layer.isValid() and layer.crs().authid() == "EPSG:32618"
    assert layer.dataProvider().sourceNoDataValue(1) == NODATA
    read, read_grid, read_crs = LodestoneAlgorithm().read_raster(layer)
    assert read_grid == grid and read_crs.authid() == "EPSG:32618"
    np.testing.assert_array_equal(np.isnan(read), np.isnan(values))
    np.testing.assert_allclose(read[~np.isnan(read)], values[~np.isnan(values)].astype(np.float32))


def test_write_raster_in_blocks_keeps_every_value_and_the_callers_array(qgis_app, tmp_path):
    """Blocks of WRITE_ROWS rows, copied only where NaN or infinities are replaced: float32 values are written
    bit for bit, float64 ones rounded as numpy rounds them, the caller's array left as it was."""
    from osgeo import gdal

    from lodestone.processing.base import WRITE_ROWS

    rows = 2 * WRITE_ROWS + 37
    grid = GridSpec(410_000.0, 5_496_000.0, 25.0, 25.0, rows=rows, cols=300)
    crs = QgsCoordinateReferenceSystem("EPSG:32618")
    values = np.random.default_rng(5).normal(0, 1e3, grid.shape)
    values[WRITE_ROWS + 3, 7] = np.nan
    values[-1, -1] = np.inf
    before = values.copy()
    for dtype in (np.float64, np.float32):
        path = LodestoneAlgorithm().write_raster(str(tmp_path / f"{dtype.__name__}.tif"), values.astype(dtype), grid,
                                                 crs)
        dataset = gdal.Open(path)
        written = dataset.GetRasterBand(1).ReadAsArray()
        expected = np.where(np.isfinite(values), values, NODATA).astype(np.float32)
        np.testing.assert_array_equal(written, expected, err_msg=dtype.__name__)
    np.testing.assert_array_equal(values, before)
    structure = dataset.GetMetadata("IMAGE_STRUCTURE")
    assert structure["COMPRESSION"] == "DEFLATE" and structure["PREDICTOR"] == "3"
    assert dataset.GetRasterBand(1).GetBlockSize() == [256, 256]


def test_write_raster_takes_integer_and_boolean_grids(qgis_app, tmp_path):
    grid = GridSpec(410_000.0, 5_496_000.0, 25.0, 25.0, rows=20, cols=30)
    crs = QgsCoordinateReferenceSystem("EPSG:32618")
    for values in (np.arange(600).reshape(grid.shape), np.arange(600).reshape(grid.shape) % 3 == 0):
        path = LodestoneAlgorithm().write_raster(str(tmp_path / f"{values.dtype}.tif"), values, grid, crs)
        read, _, _ = LodestoneAlgorithm().read_raster(QgsRasterLayer(path, "r"))
        np.testing.assert_array_equal(read, values.astype(float))


def test_unreadable_raster_is_a_clear_processing_error(qgis_app, tmp_path):
    bogus = tmp_path / "not_a_raster.tif"
    bogus.write_text("hello")
    with pytest.raises(QgsProcessingException, match="Cannot open raster"):
        LodestoneAlgorithm().read_raster(QgsRasterLayer(str(bogus), "bogus"))


# ----------------------------------------------------------------------------------------------------------------
# The shared feature reader: read_features, read_points, read_geometries


@pytest.fixture()
def reader(qgis_app):
    return LodestoneAlgorithm()


@pytest.fixture()
def feedback(recording_feedback):
    return recording_feedback()


SQUARE_WITH_HOLE = "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))"


def test_points_one_row_each_null_geometry_left_out_null_attribute_none(reader, feedback, memory_layer):
    layer = memory_layer("Point", "wells", [("POINT(1 2)", ["a", 1.5]), (QgsGeometry(), ["b", 2.0]),
                                            ("POINT(3 4)", ["c", None])],
                         fields="&field=name:string&field=value:double")
    xy, attributes = reader.read_points(layer, feedback, ["name", "value"])
    np.testing.assert_array_equal(xy, [[1, 2], [3, 4]])
    assert attributes == {"name": ["a", "c"], "value": [1.5, None]}
    assert feedback.warnings == ["Features without a geometry left out of 'wells': 1."]


def test_multipoints_give_one_row_per_point_with_their_feature_attributes(reader, feedback, memory_layer):
    layer = memory_layer("MultiPoint", "showings", [("MULTIPOINT((0 0), (1 1))", ["a"]), ("MULTIPOINT((5 6))", ["b"])],
                         fields="&field=name:string")
    xy, attributes = reader.read_points(layer, feedback, ["name"])
    np.testing.assert_array_equal(xy, [[0, 0], [1, 1], [5, 6]])
    assert attributes == {"name": ["a", "a", "b"]}


def test_lines_and_multilines_one_array_per_part(reader, feedback, memory_layer):
    layer = memory_layer("MultiLineString", "roads", [
        ("MULTILINESTRING((0 0, 1 0, 2 1), (5 5, 6 6))", [40]), ("LINESTRING(10 0, 10 5)", [None])],
        fields="&field=speed:integer")
    lines, attributes = reader.read_geometries(layer, feedback, ["speed"])
    assert [line.tolist() for line in lines] == [[[0, 0], [1, 0], [2, 1]], [[5, 5], [6, 6]], [[10, 0], [10, 5]]]
    assert attributes == {"speed": [40, 40, None]}
    xy, _ = reader.read_points(layer, feedback)  # points of lines: every vertex
    assert len(xy) == 7


def test_polygon_holes_are_dropped_unless_asked_for(reader, feedback, memory_layer):
    layer = memory_layer("Polygon", "lakes", [(SQUARE_WITH_HOLE, [])])
    rings, _ = reader.read_geometries(layer, feedback)
    assert len(rings) == 1 and rings[0].shape == (5, 2) and rings[0].max() == 10  # the exterior ring alone
    polygons, _ = reader.read_geometries(layer, feedback, holes=True)
    exterior, hole = polygons[0]
    assert exterior.max() == 10 and hole.tolist() == [[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]]


def test_multipolygons_one_entry_per_part(reader, feedback, memory_layer):
    layer = memory_layer("MultiPolygon", "geology", [
        ("MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2)), ((20 0, 30 0, 30 10, 20 0)))",
         ["granite"])], fields="&field=unit:string")
    rings, attributes = reader.read_geometries(layer, feedback, ["unit"])
    assert [len(ring) for ring in rings] == [5, 4] and attributes == {"unit": ["granite", "granite"]}
    polygons, _ = reader.read_geometries(layer, feedback, holes=True)
    assert [len(rings) for rings in polygons] == [2, 1]


def test_curves_become_straight_segments(reader, feedback, memory_layer):
    layer = memory_layer("CompoundCurve", "arc", [("COMPOUNDCURVE(CIRCULARSTRING(-100 0, 0 100, 100 0))", [])])
    lines, _ = reader.read_geometries(layer, feedback)
    assert len(lines[0]) > 10
    np.testing.assert_allclose(np.hypot(*lines[0].T), 100.0)


def test_centroids_one_point_per_feature_inside_its_polygon(reader, feedback, memory_layer):
    u_shape = "POLYGON((0 0, 30 0, 30 30, 20 30, 20 10, 10 10, 10 30, 0 30, 0 0))"  # centroid in the notch
    layer = memory_layer("Polygon", "targets", [(u_shape, []), ("POLYGON((40 0, 50 0, 50 10, 40 10, 40 0))", [])])
    xy, _ = reader.read_points(layer, feedback, centroids=True)
    assert xy.shape == (2, 2) and xy[1].tolist() == [45, 5]
    assert QgsGeometry.fromWkt(u_shape).contains(QgsGeometry.fromPointXY(QgsPointXY(*xy[0])))


def test_reprojection_to_utm_18n(reader, feedback, memory_layer):
    layer = memory_layer("Point", "gps", [("POINT(-75 45)", []), ("POINT(-75 0)", [])], crs="EPSG:4326")
    xy, _ = reader.read_points(layer, feedback, crs=QgsCoordinateReferenceSystem("EPSG:32618"),
                               context=QgsProcessingContext())
    # on the zone's central meridian: easting 500 km; northing 0.9996 x the meridian arc (4 984 944.38 m at 45 deg)
    np.testing.assert_allclose(xy, [[500_000.0, 4_982_950.40], [500_000.0, 0.0]], atol=0.01)


def test_a_source_without_crs_is_taken_to_be_in_the_asked_crs(reader, feedback, memory_layer):
    layer = memory_layer("Point", "no crs", [("POINT(410000 5496000)", [])], crs="")
    assert not layer.sourceCrs().isValid()
    xy, _ = reader.read_points(layer, feedback, crs=QgsCoordinateReferenceSystem("EPSG:32618"),
                               context=QgsProcessingContext())
    assert xy.tolist() == [[410_000, 5_496_000]]


def test_cancel_stops_reading(reader, feedback, memory_layer):
    layer = memory_layer("Point", "many", [(f"POINT({i} 0)", []) for i in range(100)])
    read = []
    for feature, _, _ in reader.read_features(layer, feedback):
        read.append(feature)
        if len(read) == 3:
            feedback.cancel()
    assert len(read) == 3
    assert len(reader.read_points(layer, feedback)[0]) == 0


def test_a_missing_field_is_a_processing_error(reader, feedback, memory_layer):
    layer = memory_layer("Point", "samples", [("POINT(0 0)", [])])
    with pytest.raises(QgsProcessingException, match="'samples' has no field 'au_ppb'"):
        reader.read_points(layer, feedback, ["au_ppb"])


def test_attribute_helpers(qgis_app):
    assert attribute_value(NULL) is None and attribute_value(0) == 0 and attribute_value("") == ""
    assert number_value("2.5") == 2.5 and number_value(3) == 3.0
    assert np.isnan(number_value(NULL)) and np.isnan(number_value("<5")) and np.isnan(number_value(None))
