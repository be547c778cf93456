"""lodestone:stackevidence on the tiled path (issue 19): above LODESTONE_TILED_ABOVE_MCELLS the stack is built tile
by tile by science/tiling.py (in this process or on a local Dask cluster) and is the in-memory path's stack to the
bit: every band, the band descriptions and the sidecar JSON. A cancelled run leaves neither stack nor sidecar."""
from functools import partial

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingFeedback

import processing
from lodestone.processing import tiled
from lodestone.science import tiling

TILE = 64
"""Tiles of 64 cells (instead of 2048), so the demo grid is cut into many, across the stack's 256-row windows."""


@pytest.fixture
def small_tiles(monkeypatch):
    monkeypatch.setattr(tiling, "stack_tiled", partial(tiling.stack_tiled, tile=TILE))


def stack(demo_files, folder, monkeypatch, threshold, scheduler="", feedback=None, **options):
    monkeypatch.setenv(tiled.THRESHOLD, str(threshold))
    monkeypatch.setenv(tiled.SCHEDULER, scheduler)
    folder.mkdir(exist_ok=True)
    return processing.run("lodestone:stackevidence", {
        "LAYERS": [demo_files["IP_CHARGEABILITY"], demo_files["ROADS"], demo_files["GEOLOGY"], demo_files["WATER"],
                   demo_files["SHOWINGS"]],
        "CELL_SIZE": 10.0, "EXTENT": "411000,415000,5492000,5496000 [EPSG:32618]", "CATEGORY_FIELD": "unit",
        "OUTPUT": str(folder / "stack.tif"), **options}, feedback=feedback)


def read(path):
    dataset = gdal.Open(path)
    bands = [dataset.GetRasterBand(b) for b in range(1, dataset.RasterCount + 1)]
    return (np.stack([band.ReadAsArray() for band in bands]),
            [(band.GetDescription(), band.GetMetadata(), band.GetNoDataValue()) for band in bands],
            dataset.GetGeoTransform(), dataset.GetProjection())


@pytest.mark.parametrize("scheduler, options", [("", {"MAX_DISTANCE": 400.0}), ("local:2", {})])
def test_the_tiled_stack_is_the_in_memory_stack_to_the_bit(demo_files, tmp_path, monkeypatch, small_tiles,
                                                           recording_feedback, scheduler, options):
    if scheduler:
        pytest.importorskip("distributed")
    options = {**options, "MASK": demo_files["CLAIMS"]}
    whole = stack(demo_files, tmp_path / "whole", monkeypatch, threshold=1000, **options)
    log = recording_feedback()
    tiles = stack(demo_files, tmp_path / "tiles", monkeypatch, threshold=0, scheduler=scheduler, feedback=log,
                  **options)
    assert any("processed tile by tile" in line for line in log.infos)
    expected, got = read(whole["OUTPUT"]), read(tiles["OUTPUT"])
    assert expected[0].shape[1:] == (400, 400) and expected[0].dtype == np.float32
    assert {"continuous", "distance", "onehot"} <= {tags["kind"] for _, tags, _ in expected[1]}
    np.testing.assert_array_equal(got[0].view(np.uint32), expected[0].view(np.uint32))
    assert got[1:] == expected[1:]
    assert (expected[0] == -99999.0).any() and (expected[0] != -99999.0).any()  # the mask
    with open(whole["METADATA"], encoding="utf-8") as a, open(tiles["METADATA"], encoding="utf-8") as b:
        assert a.read() == b.read()
    assert sorted(path.name for path in (tmp_path / "tiles").iterdir()) == ["stack.tif", "stack.tif.json"]


class CancelHalfway(QgsProcessingFeedback):
    def setProgress(self, progress):  # noqa: N802 (QGIS API)
        super().setProgress(progress)
        if progress > 50:
            self.cancel()


def test_a_cancelled_tiled_stack_leaves_no_stack_and_no_sidecar(demo_files, tmp_path, monkeypatch, small_tiles):
    with pytest.raises(Exception):  # noqa: B017 (Processing raises its own error type for a cancelled run)
        stack(demo_files, tmp_path / "cancelled", monkeypatch, threshold=0, feedback=CancelHalfway())
    assert not list((tmp_path / "cancelled").iterdir())


@pytest.mark.parametrize("layer, options", [("ROADS", {"MAX_DISTANCE": 300.0}), ("GEOLOGY", {})])
def test_the_tiled_distance_raster_is_the_in_memory_one_to_the_bit(demo_files, tmp_path, monkeypatch, small_tiles,
                                                                  recording_feedback, layer, options):
    # distanceraster is a one-layer stack: above the threshold it goes tile by tile too (lines capped, and the
    # signed distance to polygon boundaries, negative inside, uncapped)
    reference = stack(demo_files, tmp_path / "reference", monkeypatch, threshold=1000)["OUTPUT"]
    outputs = {}
    for name, threshold in (("whole", 1000), ("tiles", 0)):
        monkeypatch.setenv(tiled.THRESHOLD, str(threshold))
        (tmp_path / name).mkdir()
        log = recording_feedback()
        outputs[name] = processing.run("lodestone:distanceraster", {
            "INPUT": demo_files[layer], "REFERENCE": reference, "OUTPUT": str(tmp_path / name / "distance.tif"),
            **options}, feedback=log)["OUTPUT"]
        assert any("processed tile by tile" in line for line in log.infos) == (name == "tiles")
    expected, got = read(outputs["whole"]), read(outputs["tiles"])
    assert expected[0].shape == (1, 400, 400) and (expected[0] < 0).any() == (layer == "GEOLOGY")
    np.testing.assert_array_equal(got[0].view(np.uint32), expected[0].view(np.uint32))
    assert got[1:] == expected[1:]
