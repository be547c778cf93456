"""The tiled path through Processing (issue 19): above LODESTONE_TILED_ABOVE_MCELLS, magnetictransforms and
applymodel hand the grid to science/tiling.py, in this process or on a local Dask cluster; the outputs match the
in-memory path, and a cancelled run leaves no output."""
import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingFeedback
from scipy.ndimage import gaussian_filter

import processing
from lodestone.processing import tiled
from lodestone.processing.base import NODATA

ROWS, COLS, CELL = 300, 260, 50.0
OUTPUTS = {"RTP": "rtp", "VERTICAL_DERIVATIVE": "vd", "TILT": "tilt", "UPWARD": "upward"}
DIRECTION = {"INCLINATION": 70.0, "DECLINATION": -14.0, "HEIGHT": 200.0}


def write_grid(path, values):
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((500_000.0, CELL, 0.0, 5_500_000.0, 0.0, -CELL))
    dataset.SetProjection(QgsCoordinateReferenceSystem("EPSG:32618").toWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    band.WriteArray(np.where(np.isfinite(values), values, NODATA).astype(np.float32))
    dataset.FlushCache()
    return str(path)


@pytest.fixture(scope="module")
def anomaly(lodestone_provider, tmp_path_factory):
    """A smooth random anomaly (nT) with a nodata hole, as a GeoTIFF."""
    rng = np.random.default_rng(19)
    values = 300 * gaussian_filter(rng.normal(size=(ROWS, COLS)), 6) + np.linspace(0, 50, COLS)
    values[120:135, 40:60] = np.nan
    return write_grid(tmp_path_factory.mktemp("tiled") / "anomaly.tif", values)


def transforms(anomaly, folder, monkeypatch, threshold, scheduler="", feedback=None):
    monkeypatch.setenv(tiled.THRESHOLD, str(threshold))
    monkeypatch.setenv(tiled.SCHEDULER, scheduler)
    folder.mkdir(exist_ok=True)
    outputs = {name: str(folder / f"{key}.tif") for name, key in OUTPUTS.items()}
    processing.run("lodestone:magnetictransforms", {"INPUT": anomaly, **DIRECTION, **outputs}, feedback=feedback)
    return outputs


def read(path):
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray().astype(float)
    values[values == band.GetNoDataValue()] = np.nan
    return values


@pytest.mark.parametrize("scheduler", ["", "local:2"])
def test_tiled_transforms_match_the_whole_grid(anomaly, tmp_path, monkeypatch, scheduler):
    if scheduler:
        pytest.importorskip("distributed")
    whole = transforms(anomaly, tmp_path / "whole", monkeypatch, threshold=1000)
    tiles = transforms(anomaly, tmp_path / "tiles", monkeypatch, threshold=0, scheduler=scheduler)
    for name in OUTPUTS:
        expected, got = read(whole[name]), read(tiles[name])
        np.testing.assert_array_equal(np.isnan(got), np.isnan(expected))
        error = np.abs(got - expected)
        if name == "TILT":  # an angle between two gradients, unstable where both are near zero
            assert np.nanpercentile(error, 99) <= 0.05 and np.nanmax(error) <= 2.0, np.nanpercentile(error, [99, 100])
        else:
            assert np.nanmax(error) <= 2e-3 * (np.nanmax(expected) - np.nanmin(expected)), name


class CancelHalfway(QgsProcessingFeedback):
    def setProgress(self, progress):  # noqa: N802 (QGIS API)
        super().setProgress(progress)
        if progress > 30:
            self.cancel()


def test_a_cancelled_tiled_run_leaves_no_output(anomaly, tmp_path, monkeypatch):
    with pytest.raises(Exception):  # noqa: B017 (Processing raises its own error type for a cancelled run)
        transforms(anomaly, tmp_path / "cancelled", monkeypatch, threshold=0, feedback=CancelHalfway())
    assert not list((tmp_path / "cancelled").iterdir())


def test_the_settings_are_registered_and_the_environment_wins(lodestone_provider, monkeypatch):
    from processing.core.ProcessingConfig import ProcessingConfig

    assert ProcessingConfig.getSetting(tiled.SCHEDULER) == ""
    assert float(ProcessingConfig.getSetting(tiled.THRESHOLD)) == tiled.DEFAULT_THRESHOLD_MCELLS
    monkeypatch.delenv(tiled.SCHEDULER, raising=False)
    monkeypatch.delenv(tiled.THRESHOLD, raising=False)
    assert tiled.scheduler() is None and tiled.threshold_cells() == tiled.DEFAULT_THRESHOLD_MCELLS * 1e6
    monkeypatch.setenv(tiled.SCHEDULER, "tcp://10.0.0.5:8786")
    monkeypatch.setenv(tiled.THRESHOLD, "2.5")
    assert tiled.scheduler() == "tcp://10.0.0.5:8786" and tiled.threshold_cells() == 2.5e6


def test_unloading_twice_leaves_the_settings_alone_and_they_come_back(lodestone_provider):
    # at QGIS's exit the provider can be unloaded after Processing has dropped the settings: no KeyError
    from processing.core.ProcessingConfig import ProcessingConfig

    lodestone_provider.unload()
    lodestone_provider.unload()
    assert tiled.SCHEDULER not in ProcessingConfig.settings
    lodestone_provider.load()
    assert ProcessingConfig.getSetting(tiled.THRESHOLD) == tiled.DEFAULT_THRESHOLD_MCELLS


@pytest.mark.slow
def test_tiled_transforms_of_a_real_survey_match_the_in_memory_path(lodestone_provider, britain_grid, tmp_path,
                                                                    monkeypatch):
    # the British compilation (test/conftest.py britain_grid), through Processing as a user runs it, in 256-cell
    # tiles so that the tiles meet inside the survey; the bars are the science tests' (docs/tiling.md)
    from functools import partial

    from lodestone.science import tiling

    monkeypatch.setattr(tiling, "magnetic_transforms_tiled", partial(tiling.magnetic_transforms_tiled, tile=256))
    source = britain_grid[0]
    whole = transforms(source, tmp_path / "whole", monkeypatch, threshold=1000)
    tiles = transforms(source, tmp_path / "tiles", monkeypatch, threshold=0)
    for name, bar in (("RTP", 5e-4), ("UPWARD", 5e-4), ("VERTICAL_DERIVATIVE", 5e-3)):
        expected, got = read(whole[name]), read(tiles[name])
        np.testing.assert_array_equal(np.isnan(got), np.isnan(expected))
        assert np.nanmax(np.abs(got - expected)) <= bar * (np.nanmax(expected) - np.nanmin(expected)), name
