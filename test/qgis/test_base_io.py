"""The base algorithm's raster I/O: NaN inside, nodata outside, geotransform and CRS preserved."""
import numpy as np
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException, QgsRasterLayer

from lodestone.processing.base import NODATA, LodestoneAlgorithm
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


def test_unreadable_raster_is_a_clear_processing_error(qgis_app, tmp_path):
    bogus = tmp_path / "not_a_raster.tif"
    bogus.write_text("hello")
    with pytest.raises(QgsProcessingException, match="Cannot open raster"):
        LodestoneAlgorithm().read_raster(QgsRasterLayer(str(bogus), "bogus"))
