"""The tiled path of lodestone:phasesymmetry (issue 19): above LODESTONE_TILED_ABOVE_MCELLS the grid goes to
science/tiling.py's phase_symmetry_tiled (and the ridges to ridges_tiled); the outputs match the in-memory path's,
the log says so, and a cancelled run leaves no output. The ridges are those extractlineaments traces on, and
extractlineaments says where it is above the tiled-path size that it is not tiled."""
import numpy as np
import pytest
from qgis.core import QgsProcessingFeedback

import processing
from lodestone.processing import tiled
from lodestone.science.grid import GridSpec

ROWS, COLS, CELL = 280, 250, 50.0
BANK = {"MIN_WAVELENGTH": 150.0, "N_SCALES": 4, "N_ORIENTATIONS": 6, "NOISE_K": 2.0}


@pytest.fixture(scope="module")
def dykes(lodestone_provider, tmp_path_factory, write_grid):
    """Straight Gaussian ridges and troughs of several strikes over noise and a level, with a nodata hole."""
    rng = np.random.default_rng(17)
    rows, cols = np.mgrid[:ROWS, :COLS].astype(float)
    values = rng.normal(0, 2.0, (ROWS, COLS)) + 48_000
    for _ in range(8):
        angle, offset = rng.uniform(0, np.pi), rng.uniform(-100, 100)
        across = (cols - COLS / 2) * np.sin(angle) - (rows - ROWS / 2) * np.cos(angle) - offset
        values += rng.choice([-1, 1]) * rng.uniform(20, 60) * np.exp(-across**2 / (2 * rng.uniform(1, 3) ** 2))
    values[150:170, 60:75] = np.nan
    return write_grid(tmp_path_factory.mktemp("tiled-phase") / "dykes.tif", values,
                      GridSpec(500_000.0, 5_500_000.0, CELL, CELL, ROWS, COLS))


class Recording(QgsProcessingFeedback):
    def __init__(self, cancel_above=None):
        super().__init__()
        self.infos, self.warnings, self.cancel_above = [], [], cancel_above

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.warnings.append(warning)
        super().pushWarning(warning)

    def setProgress(self, progress):  # noqa: N802 (QGIS API)
        super().setProgress(progress)
        if self.cancel_above is not None and progress > self.cancel_above:
            self.cancel()


def above(symmetry, level):
    """The symmetry where it exceeds ``level``, 0 elsewhere, NaN kept (compared in float32, as stored)."""
    symmetry = symmetry.astype(np.float32)
    return np.where(symmetry > np.float32(level), symmetry, 0 * symmetry)


def run(grid, folder, monkeypatch, threshold, feedback=None, combine=0):
    monkeypatch.setenv(tiled.THRESHOLD, str(threshold))
    monkeypatch.setenv(tiled.SCHEDULER, "")
    folder.mkdir(exist_ok=True)
    outputs = {"OUTPUT": str(folder / "symmetry.tif"), "ORIENTATION": str(folder / "orientation.tif"),
               "RIDGES": str(folder / "ridges.tif")}
    processing.run("lodestone:phasesymmetry", {"INPUT": grid, **BANK, "POLARITY": 2, "ORIENTATION_COMBINE": combine,
                                               **outputs}, feedback=feedback)
    return outputs


@pytest.mark.parametrize("combine", [0, 1])
def test_the_tiled_path_matches_the_whole_grid(dykes, tmp_path, monkeypatch, read_grid, combine):
    def read(path):
        return read_grid(path)[0]

    whole = run(dykes, tmp_path / "whole", monkeypatch, threshold=1000, combine=combine)
    feedback = Recording()
    tiles = run(dykes, tmp_path / "tiles", monkeypatch, threshold=0, feedback=feedback, combine=combine)
    assert any("tile by tile in this process" in info for info in feedback.infos), feedback.infos
    symmetry, expected = read(tiles["OUTPUT"]), read(whole["OUTPUT"])
    np.testing.assert_array_equal(np.isnan(symmetry), np.isnan(expected))
    assert np.nanmax(expected) > 0.5
    error = np.abs(symmetry - expected)[~np.isnan(expected)]
    if combine == 0:
        assert error.max() <= 5e-4
    else:  # a single orientation counts from the amplitude floor on: a step, which a few cells may take otherwise
        assert np.mean(error <= 1.5e-3) >= 0.999, np.sort(error)[-5:]
    strike, expected_strike = read(tiles["ORIENTATION"]), read(whole["ORIENTATION"])
    lines = expected > 0.1
    difference = np.abs(strike - expected_strike)[lines] % 180
    assert np.mean(np.minimum(difference, 180 - difference) <= 0.05) >= 0.999

    # the ridges: the symmetry above the automatic threshold (a fraction of the grid's largest), 0 below, nodata
    # kept; tiled, of the tiled symmetry, which they follow except where it lies within its error of the threshold
    fraction = (0.01, 0.2)[combine]
    for outputs, values in ((tiles, symmetry), (whole, expected)):
        np.testing.assert_array_equal(read(outputs["RIDGES"]), above(values, fraction * np.nanmax(values)))
    tolerance = (5e-4, 1.5e-3)[combine]
    differing = (read(tiles["RIDGES"]) > 0) != (read(whole["RIDGES"]) > 0)
    assert np.all(np.abs(expected[differing] - fraction * np.nanmax(expected)) <= tolerance)


def test_the_ridges_are_those_extractlineaments_traces_on(dykes, tmp_path, monkeypatch, read_grid):
    # without the normalisation (not applied with polarity "both") and at a given threshold
    symmetry = run(dykes, tmp_path / "phase", monkeypatch, threshold=1000, combine=1)
    monkeypatch.setenv(tiled.THRESHOLD, "0")  # extractlineaments stays whole-grid, and says so
    feedback = Recording()
    ridges = str(tmp_path / "lineament_ridges.tif")
    processing.run("lodestone:extractlineaments", {"INPUT": dykes, **BANK, "POLARITY": 2, "ORIENTATION_COMBINE": 1,
                                                   "NORMALISE": False, "OUTPUT": "TEMPORARY_OUTPUT",
                                                   "RIDGES": ridges}, feedback=feedback)
    assert any("Ridges output runs tile by tile" in warning for warning in feedback.warnings), feedback.warnings
    np.testing.assert_array_equal(read_grid(ridges)[0], read_grid(symmetry["RIDGES"])[0])
    explicit = tmp_path / "explicit"
    explicit.mkdir()
    processing.run("lodestone:phasesymmetry", {"INPUT": dykes, **BANK, "POLARITY": 2, "THRESHOLD": 0.3,
                                               "OUTPUT": str(explicit / "s.tif"), "RIDGES": str(explicit / "r.tif")})
    values = read_grid(str(explicit / "s.tif"))[0]
    assert 0 < np.sum(values > 0.3) < np.sum(values > 0)
    np.testing.assert_array_equal(read_grid(str(explicit / "r.tif"))[0], above(values, 0.3))


def test_a_cancelled_tiled_run_leaves_no_output(dykes, tmp_path, monkeypatch):
    with pytest.raises(Exception):  # noqa: B017 (Processing raises its own error type for a cancelled run)
        run(dykes, tmp_path / "cancelled", monkeypatch, threshold=0, feedback=Recording(cancel_above=30))
    assert not list((tmp_path / "cancelled").iterdir())


@pytest.mark.slow
def test_tiled_symmetry_and_ridges_of_a_real_survey_match_the_in_memory_path(lodestone_provider, britain_grid,
                                                                             tmp_path, monkeypatch, read_grid):
    # the British compilation (test/conftest.py britain_grid, 1 km cells) through Processing as a user runs it, in
    # 384-cell tiles so that they meet inside the survey; the bar is the science tests' (docs/tiling.md)
    from functools import partial

    from lodestone.science import tiling

    monkeypatch.setattr(tiling, "phase_symmetry_tiled", partial(tiling.phase_symmetry_tiled, tile=384))
    monkeypatch.setenv(tiled.SCHEDULER, "")
    outputs = {}
    for name, threshold in (("whole", 1000), ("tiles", 0)):
        monkeypatch.setenv(tiled.THRESHOLD, str(threshold))
        (tmp_path / name).mkdir()
        outputs[name] = processing.run("lodestone:phasesymmetry", {
            "INPUT": britain_grid[0], "MIN_WAVELENGTH": 3000.0, "N_SCALES": 4, "OUTPUT": str(tmp_path / name / "s.tif"),
            "RIDGES": str(tmp_path / name / "r.tif")})
    expected, got = (read_grid(outputs[name]["OUTPUT"])[0] for name in ("whole", "tiles"))
    np.testing.assert_array_equal(np.isnan(got), np.isnan(expected))
    assert np.nanmax(expected) > 0.5 and np.nanmax(np.abs(got - expected)) <= 5e-4
    level = 0.01 * np.nanmax(expected)  # the automatic threshold with the sum
    np.testing.assert_array_equal(read_grid(outputs["tiles"]["RIDGES"])[0], above(got, 0.01 * np.nanmax(got)))
    ridges = {name: read_grid(outputs[name]["RIDGES"])[0] > 0 for name in outputs}
    differing = ridges["whole"] != ridges["tiles"]
    assert ridges["whole"].sum() > 1000 and np.all(np.abs(expected[differing] - level) <= 5e-4)
