"""Points read in bulk (read_point_columns through GDAL's Arrow batches) give what feature-by-feature reading gives:
delimited-text CSV and OGR layers, NULLs, empty and non-numeric text, rows without a position; and the layers that
must not be read in bulk (a selection, a subset, unsaved edits, a memory layer, another delimiter, multipoints)
are read feature by feature."""
import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

import processing
from lodestone.processing import base

CSV_TEXT = ('x,y,value,line,name\n'
            '410000.5,5496000.25,3.5,7,"a, b"\n'
            ',5496010,6,7,c\n'  # no position
            '410020,5496020,,8,\n'  # no value, no name
            '410030,5496030,abc,9,"q""x"\n'  # not a number
            '410040,5496040,1e3,10,é\n')


@pytest.fixture()
def algorithm(lodestone_provider):
    return QgsApplication.processingRegistry().createAlgorithmById("lodestone:gridsurvey")


def csv_layer(path, text=CSV_TEXT, options="type=csv"):
    path.write_text(text, encoding="utf-8")
    return QgsVectorLayer(f"{path.as_uri()}?{options}&xField=x&yField=y&crs=EPSG:32618&detectTypes=yes", "readings",
                          "delimitedtext")


def gpkg_layer(path, geometry_type=ogr.wkbPoint):
    """Points (one without geometry, one with NULL fields) in a GeoPackage written by GDAL."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32618)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("readings", srs, geometry_type)
    for name, kind in (("value", ogr.OFTReal), ("line", ogr.OFTInteger), ("name", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for i in range(30):
        feature = ogr.Feature(layer.GetLayerDefn())
        if i != 3:
            wkt = f"POINT ({410000 + 10 * i} {5496000 + 5 * i})"
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt if geometry_type == ogr.wkbPoint else f"MULTI{wkt}"))
        if i != 5:
            feature.SetField("value", 1.5 * i)
        feature.SetField("line", i // 7)
        if i != 8:
            feature.SetField("name", f"line {i // 7}")
        layer.CreateFeature(feature)
    source = None
    return QgsVectorLayer(f"{path}|layername=readings", "readings", "ogr")


def read(algorithm, value, bulk=True, feedback=None):
    """read_point_columns on INPUT = ``value``; with ``bulk`` False the bulk reader is switched off; returns the
    result and whether the bulk reader delivered it."""
    delivered = []
    original = base._bulk_points

    def spy(*args):
        table = original(*args) if bulk else None
        delivered.append(table is not None)
        return table

    base._bulk_points = spy
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    try:
        result = algorithm.read_point_columns({"INPUT": value}, "INPUT", context,
                                              feedback or QgsProcessingFeedback(), ["value", "line"], ["name", "line"])
    finally:
        base._bulk_points = original
    return result, delivered == [True]


def assert_same(first, second):
    (xy_a, numbers_a, labels_a), (xy_b, numbers_b, labels_b) = first, second
    np.testing.assert_array_equal(xy_a, xy_b)
    assert numbers_a.keys() == numbers_b.keys() and labels_a.keys() == labels_b.keys()
    for name in numbers_a:
        np.testing.assert_array_equal(numbers_a[name], numbers_b[name])
    for name in labels_a:
        assert labels_a[name].tolist() == labels_b[name].tolist()


def test_a_csv_layer_is_read_in_bulk_as_feature_by_feature(algorithm, tmp_path, recording_feedback):
    layer = csv_layer(tmp_path / "readings.csv")
    feedback = recording_feedback()
    bulk, used = read(algorithm, layer, feedback=feedback)
    assert used
    assert_same(bulk, read(algorithm, layer, bulk=False)[0])
    xy, numbers, labels = bulk
    assert xy.tolist() == [[410000.5, 5496000.25], [410020, 5496020], [410030, 5496030], [410040, 5496040]]
    np.testing.assert_array_equal(numbers["value"], [3.5, np.nan, np.nan, 1000.0])
    assert labels["name"].tolist() == ["a, b", "None", 'q"x', "é"] and labels["line"].tolist() == ["7", "8", "9", "10"]


def test_a_geopackage_is_read_in_bulk_as_feature_by_feature(algorithm, tmp_path, recording_feedback):
    layer = gpkg_layer(tmp_path / "readings.gpkg")
    feedback = recording_feedback()
    bulk, used = read(algorithm, layer, feedback=feedback)
    assert used and len(bulk[0]) == 29
    assert any("without a geometry" in w and ": 1." in w for w in feedback.warnings), feedback.warnings
    assert_same(bulk, read(algorithm, layer, bulk=False)[0])
    assert np.isnan(bulk[1]["value"][4]) and bulk[2]["name"][7] == "None"  # features 5 and 8 (3 has no point)


def test_layers_that_are_not_a_whole_file_are_read_feature_by_feature(algorithm, tmp_path, memory_layer):
    layer = gpkg_layer(tmp_path / "readings.gpkg")
    layer.selectByIds([1, 2, 10])
    QgsProject.instance().addMapLayer(layer, False)
    try:  # the selection is not in the file
        selected, used = read(algorithm, QgsProcessingFeatureSourceDefinition(layer.id(), True))
        assert not used and len(selected[0]) == 3
        whole, used = read(algorithm, QgsProcessingFeatureSourceDefinition(layer.id(), False))
        assert used and len(whole[0]) == 29
    finally:
        QgsProject.instance().removeMapLayer(layer.id())

    subset = gpkg_layer(tmp_path / "subset.gpkg")
    assert subset.setSubsetString('"line" = 2')
    rows, used = read(algorithm, subset)
    assert not used and len(rows[0]) == 7

    edited = gpkg_layer(tmp_path / "edited.gpkg")
    edited.startEditing()
    feature = QgsFeature(edited.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(410500, 5496500)))
    edited.addFeature(feature)
    rows, used = read(algorithm, edited)
    assert not used and len(rows[0]) == 30
    edited.rollBack()

    points = memory_layer("Point", "memory", [("POINT (410000 5496000)", [])], fields="&field=value:double"
                          "&field=line:integer&field=name:string")
    assert not read(algorithm, points)[1]
    semicolons = csv_layer(tmp_path / "semicolons.csv", CSV_TEXT.replace(",", ";").replace('"a; b"', "ab"),
                           "type=csv&delimiter=;")
    assert semicolons.isValid() and not read(algorithm, semicolons)[1]
    multipoints = gpkg_layer(tmp_path / "multi.gpkg", ogr.wkbMultiPoint)
    rows, used = read(algorithm, multipoints)
    assert not used and len(rows[0]) == 29


def test_cancel_while_reading_in_bulk_writes_nothing(algorithm, tmp_path):
    layer = csv_layer(tmp_path / "readings.csv")

    class Cancelling(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.cancel()

    output = tmp_path / "grid.tif"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("lodestone:gridsurvey", {"INPUT": layer, "VALUE_FIELD": "value", "CELL_SIZE": 10,
                                                "OUTPUT": str(output)}, feedback=Cancelling())
    assert not output.exists()
