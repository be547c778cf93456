"""Tests of the tiled phase symmetry (lodestone.science.tiling.phase_symmetry_tiled; docs/tiling.md).

The whole-grid ``phase_symmetry`` run on the array in memory is the reference: every tiled result, read back from
its GeoTIFF, is compared with it. The grids are drawn in the tests (one family, many seeds): dyke-like lines of
random strike, length, width, sign and strength, white noise, a regional gradient, a large level (the scaling must
use the whole grid's mean and standard deviation) and, on odd seeds, holes. The filter bank, the way orientations
are combined, the polarity and the tile size are drawn too. The statistics the tiled path computes are compared
with the whole grid's (numpy's median and percentile of the whole-grid amplitudes), which phase_symmetry is shown
to use. A run on a two-worker dask.distributed LocalCluster gives the same bytes as in this process, and a cancel
at any pass leaves no file behind.
"""
import os

import numpy as np
import pytest
import rasterio
from scipy.special import expit

from lodestone.science import tiling
from lodestone.science.grid import GridSpec, grid_transform
from lodestone.science.progress import Cancelled
from lodestone.science.structure import phasesymmetry
from lodestone.science.structure.lineaments import AUTOMATIC_THRESHOLD_FRACTION, ridge_raster, threshold_ridges

SYMMETRY_TOLERANCE = {"sum": 5e-4, "max": 1.5e-3}
"""Largest |tiled - whole-grid| phase symmetry (0-1) with the default halo (16 largest filter wavelengths). Measured
over 40 seeds of :func:`_case` with the earlier default of 8 wavelengths: at most 2.4e-4 with "sum" and 7.1e-4 with
"max"; with 12, 1.0e-4 and 3.2e-4 (docs/tiling.md). The default is 16 since the British compilation, where 8 gave
1.4e-3 ("sum"). The filters'
impulse responses fall only as a power of the distance (the angular spread's kink at 360 / n degrees; the smallest
scale's jump at the Nyquist wavenumber, which the white noise of these grids excites), so a tile misses a little
of what lies beyond its halo; a single orientation's ratio ("max") is more sensitive than the sum."""

STATISTICS_TOLERANCE = {"thresholds": 4e-4, "floor": 1e-4}
"""Relative difference of the tiled statistics from the whole grid's: the order statistics are exact (see
test_the_order_statistics_are_numpys_median_and_percentile), the amplitudes they are taken of differ by what the
halo misses. Measured over 40 seeds: at most 1.2e-4 (thresholds) and 1.2e-5 (floor)."""

FLOOR_MARGIN = 1e-4
"""With combine="max" a single orientation counts where its amplitude sum reaches the floor: a step. A cell whose
amplitude lies within the tiled path's error of the floor may step the other way, so the tiled symmetry is checked
against the whole-grid ones with the floor moved by this fraction down and up (a bracket)."""

MEANINGFUL = 0.1
"""Orientation, scale and linearity are compared where the whole-grid symmetry exceeds this."""

NAMES = phasesymmetry.PhaseSymmetry._fields


# ----------------------------------------------------------------------------------------------------------------
# Helpers


def _lines(shape, rng, holes):
    """Dyke-like lines (Gaussian profiles across, soft ends) of random strike, length, width, sign and strength,
    plus white noise, a regional gradient and a large level; with ``holes``, random disks of NaN."""
    rows, cols = np.mgrid[: shape[0], : shape[1]].astype(float)
    values = np.zeros(shape)
    for _ in range(rng.integers(6, 14)):
        centre, angle = rng.uniform(0, shape), rng.uniform(0, np.pi)
        length, width = rng.uniform(0.2, 1.0) * max(shape), rng.uniform(0.7, 3.0)
        along = (rows - centre[0]) * np.sin(angle) + (cols - centre[1]) * np.cos(angle)
        across = (cols - centre[1]) * np.sin(angle) - (rows - centre[0]) * np.cos(angle)
        values += (rng.choice([-1, 1]) * rng.uniform(0.3, 1.0) * np.exp(-across**2 / (2 * width**2))
                   * expit((length / 2 - np.abs(along)) / 2))
    values += rng.normal(0, rng.uniform(0.01, 0.1), shape)
    values += rng.uniform(-2e-3, 2e-3) * rows + rng.uniform(-2e-3, 2e-3) * cols
    values = 50 * values + rng.uniform(-1000, 50000)
    if holes:
        for _ in range(4):
            centre, radius = rng.uniform(0, shape), rng.uniform(2, 15)
            values[np.hypot(rows - centre[0], cols - centre[1]) < radius] = np.nan
    return values.astype(np.float32)


def _case(seed):
    """A grid of 200-400 cells a side, a filter bank whose largest wavelength is 10-20 cells, and the run's
    options: combine "sum" / "max" and holes alternating with the seed, polarity -1 / 0 / 1, tiles of 64-160."""
    rng = np.random.default_rng(seed)
    shape = tuple(int(n) for n in rng.integers(200, 401, 2))
    n_scales = int(rng.choice([3, 4]))
    bank = {"n_scales": n_scales, "n_orientations": int(rng.choice([6, 8])),
            "min_wavelength": float(rng.uniform(3.0, 3.5)),
            "mult": float(rng.uniform(1.7, 2.1) if n_scales == 3 else rng.uniform(1.5, 1.8))}
    options = {"k": float(rng.uniform(1.5, 3.0)), "polarity": int(rng.integers(-1, 2)),
               "combine": ("sum", "max")[seed // 2 % 2]}
    return _lines(shape, rng, holes=seed % 2 == 1), bank, options, int(rng.choice([64, 96, 128, 160]))


def _write(path, values):
    grid = GridSpec(500000.0, 6000000.0, 25.0, 25.0, *values.shape)
    with rasterio.open(path, "w", driver="GTiff", width=grid.cols, height=grid.rows, count=1, dtype="float32",
                       crs="EPSG:32618", transform=grid_transform(grid), nodata=-99999.0, tiled=True,
                       blockxsize=64, blockysize=64) as dataset:
        dataset.write(np.where(np.isnan(values), np.float32(-99999.0), values), 1)
    return str(path)


def _read(path):
    with rasterio.open(path) as dataset:
        return dataset.read(1, masked=True).filled(np.nan).astype(np.float32)


def _outputs(folder):
    folder.mkdir(exist_ok=True)
    return {name: str(folder / f"{name}.tif") for name in NAMES}


def _whole_statistics(values, bank, options):
    """The statistics of the whole grid: numpy's mean, standard deviation, median and percentile over the valid
    cells of the whole-grid amplitudes."""
    valid = ~np.isnan(values)
    smallest, largest = phasesymmetry.orientation_amplitudes(values, **bank)
    thresholds = [phasesymmetry.noise_threshold(float(np.median(amplitude[valid].astype(np.float64))),
                                                bank["mult"], bank["n_scales"], options["k"])
                  for amplitude in smallest]
    floor = phasesymmetry.amplitude_floor(phasesymmetry.percentile(largest[valid], phasesymmetry.FLOOR_PERCENTILE))
    return phasesymmetry.PhaseStatistics(float(np.mean(values[valid], dtype=np.float64)),
                                         float(np.std(values[valid], dtype=np.float64)), thresholds,
                                         floor if options["combine"] == "max" else None)


def _symmetry_bracket(values, bank, options, statistics):
    """The whole-grid symmetry with the amplitude floor moved down and up by :data:`FLOOR_MARGIN` (cell by cell the
    lower and the upper one; the same grid twice with "sum")."""
    if options["combine"] == "sum":
        symmetry = phasesymmetry.phase_symmetry(values, **bank, **options).symmetry
        return symmetry, symmetry
    moved = [phasesymmetry.phase_symmetry(values, **bank, **options, statistics=statistics._replace(
        floor=statistics.floor * (1 + sign * FLOOR_MARGIN))).symmetry for sign in (-1, 1)]
    return np.fmin(*moved), np.fmax(*moved)


def _strike_difference(a, b):
    difference = np.abs(a - b) % 180
    return np.minimum(difference, 180 - difference)


# ----------------------------------------------------------------------------------------------------------------
# Exact order statistics


@pytest.mark.parametrize("seed", range(20))
def test_the_order_statistics_are_the_exact_median_and_percentile(seed):
    rng = np.random.default_rng(seed)
    size = int(rng.integers(1, 5000))
    values = (rng.lognormal(0, rng.uniform(0.1, 3), size) * 10.0 ** rng.uniform(-6, 6)).astype(np.float32)
    if seed % 3 == 0:
        values = np.round(values, 1)  # many equal values
    values[rng.random(size) < 0.05] = 0
    parts = np.array_split(values, int(rng.integers(1, 7)))
    ranks = tiling._Ranks()
    for part in parts:
        ranks.add(tiling._high_counts(part))
    wanted = ranks.bins(ranks.median_ranks() + ranks.percentile_ranks(99.0)[0])
    for part in parts:
        ranks.add_low(tiling._low_counts(part, wanted))
    assert ranks.size == size
    assert ranks.median() == np.median(values.astype(np.float64))
    assert ranks.percentile(99.0) == phasesymmetry.percentile(values, 99.0)
    assert ranks.percentile(99.0) == pytest.approx(np.percentile(values.astype(np.float64), 99.0), rel=1e-12)


# ----------------------------------------------------------------------------------------------------------------
# Tiled against whole grid


@pytest.mark.parametrize("seed", range(24))
def test_tiled_phase_symmetry_equals_the_whole_grid(seed, tmp_path):
    values, bank, options, tile = _case(seed)
    path = _write(tmp_path / "grid.tif", values)
    whole = phasesymmetry.phase_symmetry(values, **bank, **options)
    expected = _whole_statistics(values, bank, options)
    # these are the statistics phase_symmetry takes from the grid
    for a, b in zip(whole, phasesymmetry.phase_symmetry(values, **bank, **options, statistics=expected)):
        np.testing.assert_array_equal(a, b)

    statistics = tiling.phase_statistics_tiled(path, **bank, k=options["k"], combine=options["combine"], tile=tile)
    assert statistics.mean == pytest.approx(expected.mean, rel=1e-12, abs=1e-9)
    assert statistics.std == pytest.approx(expected.std, rel=1e-12)
    np.testing.assert_allclose(statistics.thresholds, expected.thresholds, rtol=STATISTICS_TOLERANCE["thresholds"])
    if options["combine"] == "max":
        assert statistics.floor == pytest.approx(expected.floor, rel=STATISTICS_TOLERANCE["floor"])
    else:
        assert statistics.floor is None

    outputs = _outputs(tmp_path / "tiled")
    # even seeds hand the statistics over, odd ones let the run compute them again
    assert tiling.phase_symmetry_tiled(path, outputs, **bank, **options, tile=tile,
                                       statistics=statistics if seed % 2 == 0 else None) == outputs
    got = {name: _read(outputs[name]) for name in NAMES}
    for name in NAMES:
        np.testing.assert_array_equal(np.isnan(got[name]), np.isnan(values), err_msg=name)

    low, high = _symmetry_bracket(values, bank, options, expected)
    error = np.nanmax(np.maximum(np.maximum(low - got["symmetry"], got["symmetry"] - high), 0))
    tolerance = SYMMETRY_TOLERANCE[options["combine"]]
    assert error <= tolerance, f"symmetry differs by {error:.2e}"

    # where two orientations (or scales) tie, the tiled path may pick the other one: a few cells in a thousand
    meaningful = whole.symmetry > MEANINGFUL
    assert meaningful.sum() > 50
    allowed = max(2, 1e-3 * meaningful.sum())
    strike = _strike_difference(got["orientation"], whole.orientation)[meaningful]
    assert np.sum(strike > 0.05) <= allowed, np.sort(strike)[-5:]
    assert np.sum(got["scale"][meaningful] != whole.scale[meaningful]) <= allowed
    linearity = np.abs(got["linearity"] - whole.linearity)[meaningful]
    assert np.sum(linearity > 1e-3) <= allowed, np.sort(linearity)[-5:]

    # the ridge mask is per cell given its automatic threshold, a fraction of the grid's largest symmetry: it
    # differs only where the symmetry is within the tolerance of that threshold
    level = AUTOMATIC_THRESHOLD_FRACTION[options["combine"]] * np.nanmax(whole.symmetry)
    differing = (threshold_ridges(got["symmetry"], combine=options["combine"])
                 != threshold_ridges(whole.symmetry, combine=options["combine"]))
    assert np.all(np.abs(whole.symmetry[differing] - level) <= tolerance)


# ----------------------------------------------------------------------------------------------------------------
# Lineament ridges


def _symmetry_like(seed):
    """A phase-symmetry-like grid (0-1, zero over part of it, NaN holes on odd seeds), the threshold (None for
    automatic, else a drawn level), the combine and a tile size, drawn from the seed."""
    rng = np.random.default_rng(seed)
    shape = tuple(int(n) for n in rng.integers(90, 300, 2))
    values = (rng.uniform(0, 1, shape) * (rng.uniform(0, 1, shape) < 0.4) * rng.uniform(0.3, 1.0)).astype(np.float32)
    if seed % 2:
        values[rng.uniform(0, 1, shape) < 0.1] = np.nan
    threshold = None if seed % 3 else float(rng.uniform(0.05, 0.5))
    return values, threshold, ("sum", "max")[seed % 4 // 2], 16 * int(rng.integers(2, 13))


@pytest.mark.parametrize("seed", range(12))
def test_tiled_ridges_equal_the_whole_grid_ridges(tmp_path, seed):
    values, threshold, combine, tile = _symmetry_like(seed)
    path = _write(tmp_path / "symmetry.tif", values)
    used = tiling.ridges_tiled(path, str(tmp_path / "ridges.tif"), threshold, combine, tile=tile)
    ridges = _read(str(tmp_path / "ridges.tif"))
    expected_level = (AUTOMATIC_THRESHOLD_FRACTION[combine] * float(np.nanmax(values)) if threshold is None
                      else threshold)
    assert used == expected_level
    # by definition: the symmetry above the level, 0 below, NaN kept; the whole-grid function's to the bit
    expected = np.where(values > np.float32(expected_level), values, np.float32(0))
    expected[np.isnan(values)] = np.nan
    np.testing.assert_array_equal(ridges, expected)
    np.testing.assert_array_equal(ridges, ridge_raster(values, threshold, combine))
    assert 0 < np.sum(ridges > 0) < np.sum(values > 0)


def test_tiled_ridges_on_a_dask_cluster_and_cancelled(client, tmp_path):
    values, threshold, combine, tile = _symmetry_like(1)
    path = _write(tmp_path / "symmetry.tif", values)
    tiling.ridges_tiled(path, str(tmp_path / "ridges.tif"), threshold, combine, tile=tile, scheduler=client)
    np.testing.assert_array_equal(_read(str(tmp_path / "ridges.tif")), ridge_raster(values, threshold, combine))
    folder = tmp_path / "cancelled"
    folder.mkdir()
    for stop_at in (0.1, 0.6):  # in the read of the largest symmetry, and in the tiles
        with pytest.raises(Cancelled):
            tiling.ridges_tiled(path, str(folder / "ridges.tif"), None, combine, tile=tile,
                                progress=lambda fraction, stop_at=stop_at: fraction < stop_at)
        assert os.listdir(folder) == []


# ----------------------------------------------------------------------------------------------------------------
# Dask, cancel, refusals


@pytest.mark.slow
def test_tiled_phase_symmetry_of_a_real_survey_equals_the_whole_grid(britain_grid, tmp_path):
    # the British compilation (conftest.britain_grid), tiles of 384 cells with the default halo
    source, values, _ = britain_grid
    bank = {"n_scales": 4, "min_wavelength": 3.0, "mult": 2.1}
    path = str(tmp_path / "symmetry.tif")
    tiling.phase_symmetry_tiled(source, {"symmetry": path}, **bank, tile=384)
    whole = phasesymmetry.phase_symmetry(values, **bank).symmetry
    tiled = _read(path)
    assert np.array_equal(np.isnan(tiled), np.isnan(whole)) and np.nanmax(whole) > 0.5
    assert np.nanmax(np.abs(tiled - whole)) < SYMMETRY_TOLERANCE["sum"]


def test_on_a_dask_cluster_the_result_is_the_same_bytes(client, tmp_path):
    values, bank, options, tile = _case(3)
    path = _write(tmp_path / "grid.tif", values)
    here, there = _outputs(tmp_path / "here"), _outputs(tmp_path / "there")
    tiling.phase_symmetry_tiled(path, here, **bank, **options, tile=tile)
    tiling.phase_symmetry_tiled(path, there, **bank, **options, tile=tile, scheduler=client)
    for name in NAMES:
        np.testing.assert_array_equal(_read(there[name]), _read(here[name]), err_msg=name)


@pytest.mark.parametrize("during", [1, 2, 3])
def test_a_cancel_in_any_pass_leaves_no_file(tmp_path, during):
    values, bank, options, tile = _case(2)  # combine="max": the first look keeps a temporary file
    path = _write(tmp_path / "grid.tif", values)
    # in the first look, the second look and the last pass (after the read of the mean)
    spans = [(0.0, tiling.READ_FRACTION), *tiling._pass_fractions(bank["n_scales"], "max", True)]
    stop_at = sum(spans[during]) / 2
    folder = tmp_path / "out"
    outputs = _outputs(folder)
    seen = []

    def progress(fraction):
        seen.append(fraction)
        return fraction < stop_at

    with pytest.raises(Cancelled):
        tiling.phase_symmetry_tiled(path, outputs, **bank, **options, tile=tile, progress=progress)
    assert os.listdir(folder) == []
    assert seen == sorted(seen) and seen[-1] >= stop_at


def test_a_cancel_stops_the_run_inside_a_tile(tmp_path, stop_inside):
    # one tile holds the whole grid: the last pass then reports from between tiles only at its end, so a report
    # strictly inside it comes from phase_symmetry's own (per orientation), where the cancel stops the run
    values, bank, options, _ = _case(4)
    path = _write(tmp_path / "grid.tif", values)
    start, stop = tiling._pass_fractions(bank["n_scales"], options["combine"], True)[-1]
    progress, seen = stop_inside(start, stop)
    with pytest.raises(Cancelled):
        tiling.phase_symmetry_tiled(path, _outputs(tmp_path / "out"), **bank, **options, tile=400, progress=progress)
    assert start < seen[-1] < stop and seen == sorted(seen)
    assert os.listdir(tmp_path / "out") == []


def test_progress_runs_from_zero_to_one_in_order(tmp_path):
    values, bank, options, tile = _case(0)
    path = _write(tmp_path / "grid.tif", values)
    seen = []
    tiling.phase_symmetry_tiled(path, {"symmetry": str(tmp_path / "s.tif")}, **bank, **options, tile=tile,
                                progress=lambda fraction: seen.append(fraction) or True)
    assert seen[0] == 0.0 and seen[-1] == pytest.approx(1.0) and seen == sorted(seen)
    assert sorted(os.listdir(tmp_path)) == ["grid.tif", "s.tif"]


def test_bad_inputs_are_refused_with_the_reason(tmp_path):
    rng = np.random.default_rng(0)
    path = _write(tmp_path / "grid.tif", rng.normal(size=(100, 90)).astype(np.float32))
    with pytest.raises(ValueError, match="outputs must name"):
        tiling.phase_symmetry_tiled(path, {"ridges": str(tmp_path / "r.tif")})
    with pytest.raises(ValueError, match="smaller than the largest filter wavelength"):
        tiling.phase_symmetry_tiled(path, {"symmetry": str(tmp_path / "s.tif")}, n_scales=6)
    with pytest.raises(ValueError, match="too small for the tiled path"):
        tiling.phase_symmetry_tiled(path, {"symmetry": str(tmp_path / "s.tif")}, n_scales=5, mult=2.3)
    with pytest.raises(ValueError, match="halo must be at least"):
        tiling.phase_symmetry_tiled(path, {"symmetry": str(tmp_path / "s.tif")}, n_scales=3, halo=4)
    constant = _write(tmp_path / "constant.tif", np.full((100, 90), 7.0, np.float32))
    with pytest.raises(ValueError, match="constant"):
        tiling.phase_symmetry_tiled(constant, {"symmetry": str(tmp_path / "s.tif")}, n_scales=3)
    empty = _write(tmp_path / "empty.tif", np.full((100, 90), np.nan, np.float32))
    with pytest.raises(ValueError, match="no valid"):
        tiling.phase_symmetry_tiled(empty, {"symmetry": str(tmp_path / "s.tif")}, n_scales=3)
    assert sorted(os.listdir(tmp_path)) == ["constant.tif", "empty.tif", "grid.tif"]
