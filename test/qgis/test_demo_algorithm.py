"""lodestone:demoproperty through Processing: every layer written, in the right CRS, with its attributes (the
session's run of it, the demo_files fixture of conftest.py)."""
import pytest
from qgis.core import QgsRasterLayer, QgsVectorLayer, QgsWkbTypes

from lodestone.processing.algorithms.demo_property import LAYER_OUTPUTS


def test_every_layer_matches_the_science_generator(demo_files, demo_property):
    for name, (table_name, *_) in LAYER_OUTPUTS.items():
        layer = QgsVectorLayer(demo_files[name], name, "ogr")
        assert layer.isValid(), name
        table = demo_property.layers[table_name]
        assert layer.featureCount() == len(table), name
        assert [f.name() for f in layer.fields() if f.name() not in ("fid", "field_1")][:len(table.fields)] == \
            list(table.fields), name


def test_every_geometry_of_every_demo_layer_is_valid(demo_files):
    """GEOS-valid geometries (closed rings, no self-intersection): QGIS draws and measures them without warnings."""
    for name in LAYER_OUTPUTS:
        layer = QgsVectorLayer(demo_files[name], name, "ogr")
        invalid = [(feature.id(), feature.geometry().validateGeometry()) for feature in layer.getFeatures()
                   if not feature.geometry().isNull() and not feature.geometry().isGeosValid()]
        assert not invalid, f"{name}: {invalid}"


def test_map_layers_are_in_utm_18n_and_gps_readings_in_wgs84(demo_files):
    survey = QgsVectorLayer(demo_files["SURVEY"], "survey", "ogr")
    assert survey.crs().authid() == "EPSG:4326"
    assert QgsWkbTypes.geometryType(survey.wkbType()) == QgsWkbTypes.PointGeometry
    for name in ("CLAIMS", "ROADS", "WATER", "GEOLOGY", "SOIL_SAMPLES", "SHOWINGS", "TRUTH_ZONES"):
        layer = QgsVectorLayer(demo_files[name], name, "ogr")
        assert layer.crs().authid() == "EPSG:32618", name
        extent = layer.extent()
        assert 400_000 < extent.center().x() < 425_000 and 5_485_000 < extent.center().y() < 5_500_000, name


def test_attribute_values_survive_the_round_trip(demo_files):
    claims = QgsVectorLayer(demo_files["CLAIMS"], "claims", "ogr")
    areas = [f["area_ha"] for f in claims.getFeatures()]
    assert all(50 < a < 60 for a in areas)
    zones = QgsVectorLayer(demo_files["TRUTH_ZONES"], "zones", "ogr")
    names = {f["name"]: f for f in zones.getFeatures() if f["kind"] == "gold zone"}
    assert names["Central Zone"]["tested_to_m"] == 125.0
    assert names["New West Zone"]["tested_to_m"] is None or str(names["New West Zone"]["tested_to_m"]) == "NULL"


def test_ip_raster_is_georeferenced_with_nodata(demo_files):
    layer = QgsRasterLayer(demo_files["IP_CHARGEABILITY"], "ip")
    assert layer.isValid() and layer.crs().authid() == "EPSG:32618"
    assert layer.rasterUnitsPerPixelX() == pytest.approx(25.0)
    provider = layer.dataProvider()
    assert provider.sourceHasNoDataValue(1)
    stats = provider.bandStatistics(1)
    assert 2 < stats.minimumValue < 8 and stats.maximumValue > 20
