"""Tests of tiled processing (lodestone.science.tiling; docs/tiling.md).

The whole-grid computation is the reference: every tiled result, read back from its GeoTIFF, is compared with the
science function run on the whole array in memory. Fields are drawn in the tests (several seeds): aeromagnetic-like
grids summed from source layers at random depths, a regional gradient, holes and ragged survey outlines. The same
runs are repeated on a two-worker ``dask.distributed.LocalCluster`` (processes), where they must give the same
bytes. Cancel, a failing tile and a killed worker must leave neither an output nor a temporary file.
"""
import os
import shutil
import subprocess
import sys
from functools import partial

import numpy as np
import pytest
import rasterio
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression

from lodestone.science import tiling
from lodestone.science.grid import GridSpec, grid_transform
from lodestone.science.magnetics import forward, transforms
from lodestone.science.progress import Cancelled
from lodestone.science.prospectivity import model as prospectivity_model
from lodestone.science.prospectivity.model import ArrayStack, EncodedClassifier, ProspectivityModel

LINEAR_TOLERANCE = 5e-4
"""RTP and upward continuation: largest |tiled - whole grid| over the valid cells, as a fraction of the whole-grid
output's range. Measured over 40 seeds of :func:`_magnetic_case`: at most 1e-4, 3.1e-4 with the stabilised
low-latitude RTP (I = 10 deg)."""

DERIVATIVE_TOLERANCE = 5e-3
"""Vertical derivative, THDR, analytic signal, and the tilt times the analytic signal: the same fraction. Measured
over 40 seeds: at most 2.9e-3. The spectral derivatives' far field decays only as 1 / distance along the rows and
columns, in proportion to the grid's content near the Nyquist wavenumber (kinks at hole edges hold some), so a tile
with a finite halo misses more of it (docs/tiling.md)."""

ALL_OUTPUTS = set(transforms.MAGNETIC_OUTPUTS)


# ----------------------------------------------------------------------------------------------------------------
# Helpers


def _write(path, values, grid, names=None):
    """A float32 GeoTIFF (one band per leading index of a 3-D array), NaN stored as nodata -99999."""
    values = np.asarray(values, dtype=np.float32)
    values = values[None] if values.ndim == 2 else values
    with rasterio.open(path, "w", driver="GTiff", width=grid.cols, height=grid.rows, count=len(values),
                       dtype="float32", crs="EPSG:32618", transform=grid_transform(grid), nodata=-99999.0,
                       tiled=True, blockxsize=64, blockysize=64) as dataset:
        dataset.write(np.where(np.isnan(values), np.float32(-99999.0), values))
        for band, name in enumerate(names or [], start=1):
            dataset.set_band_description(band, name)
    return str(path)


def _read(path):
    with rasterio.open(path) as dataset:
        assert dataset.profile["tiled"] and dataset.dtypes[0] == "float32" and dataset.nodata == tiling.NODATA
        return dataset.read(1, masked=True).filled(np.nan).astype(np.float32)


def _files(folder):
    return sorted(os.listdir(folder))


def _magnetic_field(shape, rng, holes=False, outline=False):
    """An aeromagnetic-like anomaly (nT): white source layers 2.5-60 cells deep, upward continued to the sensor
    (spectrum exp(-|k| depth)) and summed, cut from a larger periodic field, plus a regional plane and level; holes
    are random disks, the outline a wavy closed curve outside which the survey has no data."""
    big = (shape[0] + 128, shape[1] + 128)
    k = np.hypot(*np.meshgrid(2 * np.pi * np.fft.rfftfreq(big[1]), 2 * np.pi * np.fft.fftfreq(big[0])))
    spectrum = sum(depth * np.exp(-k * depth) * (rng.normal(size=k.shape) + 1j * rng.normal(size=k.shape))
                   for depth in (2.5, 5, 15, 60))
    field = np.fft.irfft2(spectrum, s=big)[64 : 64 + shape[0], 64 : 64 + shape[1]]
    rows, cols = np.mgrid[: shape[0], : shape[1]]
    field = 100 * field / field.std() + rng.uniform(-0.05, 0.05) * rows + rng.uniform(-0.05, 0.05) * cols
    field += rng.uniform(-500, 500)
    if holes:
        for _ in range(5):
            centre, radius = rng.uniform(0, shape), rng.uniform(2, min(shape) / 10)
            field[np.hypot(rows - centre[0], cols - centre[1]) < radius] = np.nan
    if outline:
        angle = np.arctan2(rows - shape[0] / 2, cols - shape[1] / 2)
        wobble = sum(rng.uniform(0, 0.04) * np.cos(m * angle + rng.uniform(0, 2 * np.pi)) for m in range(1, 7))
        field[np.hypot(rows - shape[0] / 2, cols - shape[1] / 2) > min(shape) * (0.4 + wobble)] = np.nan
    return field.astype(np.float32)


def _fraction_of_range(tiled, whole):
    assert np.array_equal(np.isnan(tiled), np.isnan(whole)), "nodata cells differ"
    return float(np.nanmax(np.abs(tiled - whole)) / (np.nanmax(whole) - np.nanmin(whole)))


def _assert_transforms_agree(tiled, whole, names):
    for name in names:
        if name == "tilt":  # an angle: its error is that of the derivatives over the analytic signal
            signal = whole["analytic_signal"]
            error = np.nanmax(np.abs(np.radians(tiled[name] - whole[name])) * signal) / np.nanmax(signal)
            tolerance = DERIVATIVE_TOLERANCE
        else:
            error = _fraction_of_range(tiled[name], whole[name])
            tolerance = LINEAR_TOLERANCE if name in ("rtp", "upward") else DERIVATIVE_TOLERANCE
        assert error < tolerance, f"{name}: tiled differs from whole-grid by {error:.2e} of its range"


def _nan_mean(arrays, grid, reach=3):
    """Mean of the valid cells within ``reach`` cells (a square; cells beyond the grid count as missing), summed
    in the same order at every cell so that the result does not depend on where the window starts."""
    values = arrays[0]
    valid = np.isfinite(values)
    framed = np.pad(np.where(valid, values, 0).astype(np.float64), reach)
    counted = np.pad(valid.astype(np.float64), reach)
    total, count = np.zeros(values.shape), np.zeros(values.shape)
    for dy in range(2 * reach + 1):
        for dx in range(2 * reach + 1):
            total += framed[dy : dy + values.shape[0], dx : dx + values.shape[1]]
            count += counted[dy : dy + values.shape[0], dx : dx + values.shape[1]]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, total / count, np.nan)


def _two_outputs(arrays, grid):
    """A single band and a 3-band stack in, two outputs out (the mean filter of the first, a per-cell sum)."""
    return {"smooth": _nan_mean(arrays, grid), "sum": arrays[0] + arrays[1].sum(axis=0)}


def _kill_worker_on_one_tile(arrays, grid):
    if grid.west == 500000.0 and grid.north < 6000000.0:  # the tiles in the first column below the first row
        os._exit(1)
    return {"s": arrays[0], "t": arrays[0]}


def _kill_worker_once(marker, arrays, grid):
    if grid.west == 500000.0 and grid.north < 6000000.0 and not os.path.exists(marker):
        open(marker, "w").close()
        os._exit(1)
    return _nan_mean(arrays, grid)


def _raise_on_one_tile(arrays, grid):
    if grid.north < 6000000.0:
        raise ArithmeticError("a tile failed")
    return arrays[0]


GRID = GridSpec(500000.0, 6000000.0, 50.0, 40.0, 200, 232)


# ----------------------------------------------------------------------------------------------------------------
# Magnetic transforms: tiled equals whole grid


def _magnetic_case(seed):
    """Randomised case: grid shape and cells, tile, decimation, holes or outline, outputs, field direction."""
    rng = np.random.default_rng(seed)
    shape = tuple(int(n) for n in rng.integers(260, 420, size=2))
    grid = GridSpec(500000.0, 6000000.0, float(rng.choice([40.0, 50.0])), float(rng.choice([40.0, 60.0])), *shape)
    values = _magnetic_field(shape, rng, holes=bool(seed % 2), outline=seed % 3 == 2)
    outputs = set(rng.choice(sorted(ALL_OUTPUTS), size=int(rng.integers(2, 7)), replace=False))
    options = {"inclination": float(rng.choice([60.0, -35.0, 10.0])), "declination": float(rng.uniform(-40, 40)),
               "height": float(rng.uniform(60, 300)), "vd_order": float(rng.choice([1.0, 0.5, 2.0]))}
    tiling_options = {"tile": int(rng.choice([64, 96, 128, 160])), "decimation": int(rng.choice([2, 3, 4]))}
    return grid, values, outputs, options, tiling_options


@pytest.mark.parametrize("seed", range(12))
def test_tiled_magnetic_transforms_equal_the_whole_grid(seed, tmp_path):
    grid, values, outputs, options, tiling_options = _magnetic_case(seed)
    source = _write(tmp_path / "tmi.tif", values, grid)
    paths = {name: str(tmp_path / f"{name}.tif") for name in outputs}
    tiling.magnetic_transforms_tiled(source, paths, **options, **tiling_options)
    whole = transforms.magnetic_transforms(values, grid, outputs | {"analytic_signal"}, **options)
    _assert_transforms_agree({name: _read(path) for name, path in paths.items()}, whole, outputs)
    assert _files(tmp_path) == sorted(["tmi.tif", *(f"{name}.tif" for name in outputs)])  # no temporary left


@pytest.mark.parametrize("seed", range(8))
def test_tiled_transforms_equal_the_whole_grid_with_a_halo_well_inside_it(seed, tmp_path):
    # the regime of a province-size grid: a tile's window (core plus the default reach of 6 low-pass cutoffs,
    # without the 256-cell floor) covers a third to a half of the grid, so what the tiles miss of the filters' far
    # field shows; the randomised cases above are small enough for most windows to hold the whole grid
    rng = np.random.default_rng(1000 + seed)
    shape = tuple(int(n) for n in rng.integers(560, 720, size=2))
    grid = GridSpec(500000.0, 6000000.0, 50.0, 50.0, *shape)
    values = _magnetic_field(shape, rng, holes=bool(seed % 2), outline=seed % 3 == 2)
    options = {"inclination": float(rng.choice([60.0, -35.0])), "declination": float(rng.uniform(-40, 40)),
               "height": float(rng.uniform(60, 150)), "vd_order": 1.0}
    decimation = int(rng.choice([3, 4]))
    halo = int(tiling.HALO_CUTOFFS * tiling.CUTOFF_NODES * decimation)
    source = _write(tmp_path / "tmi.tif", values, grid)
    paths = {name: str(tmp_path / f"{name}.tif") for name in ALL_OUTPUTS}
    tiling.magnetic_transforms_tiled(source, paths, **options, tile=int(rng.choice([96, 128])),
                                     decimation=decimation, halo=halo)
    whole = transforms.magnetic_transforms(values, grid, ALL_OUTPUTS, **options)
    _assert_transforms_agree({name: _read(path) for name, path in paths.items()}, whole, ALL_OUTPUTS)


@pytest.mark.slow
@pytest.mark.parametrize("tile, decimation, halo", [(256, None, None),
                                                  (160, 3, int(tiling.HALO_CUTOFFS * tiling.CUTOFF_NODES * 3))])
def test_tiled_transforms_of_a_real_survey_equal_the_whole_grid(britain_grid, tmp_path, tile, decimation, halo):
    # the British compilation (conftest.britain_grid): its own spectrum and a ragged coastline of nodata; the second
    # case is the province regime, decimated long wavelengths and the halo of the default reach (6 cutoffs)
    # without the 256-cell floor, well inside the grid
    source, values, grid = britain_grid
    assert 0.2 < np.isnan(values).mean() < 0.8
    options = {"inclination": 68.0, "declination": -8.0, "height": 2000.0}  # the field over Britain about 1960
    paths = {name: str(tmp_path / f"{name}.tif") for name in ALL_OUTPUTS}
    tiling.magnetic_transforms_tiled(source, paths, **options, tile=tile, decimation=decimation, halo=halo)
    whole = transforms.magnetic_transforms(values, grid, ALL_OUTPUTS, **options)
    _assert_transforms_agree({name: _read(path) for name, path in paths.items()}, whole, ALL_OUTPUTS)


def test_the_tolerance_can_fail(tmp_path):
    """A halo too short for the far field (2 cells, no taper to speak of) breaks the bar: the test can fail."""
    grid, values, outputs, options, tiling_options = _magnetic_case(0)
    source = _write(tmp_path / "tmi.tif", values, grid)
    tiling.magnetic_transforms_tiled(source, {"rtp": str(tmp_path / "rtp.tif")}, **options, tile=64, halo=2,
                                     decimation=4)
    whole = transforms.magnetic_transforms(values, grid, {"rtp"}, **options)["rtp"]
    assert _fraction_of_range(_read(tmp_path / "rtp.tif"), whole) > 10 * LINEAR_TOLERANCE


def test_tiled_reduction_to_the_pole_gives_the_field_at_the_pole(tmp_path):
    """Against the analytic answer: a prism under a 60 deg field reduced to the pole by tiles is the prism's field
    at the pole within the whole-grid transform's 1 % bar (test/magnetics/test_transforms.py)."""
    grid = GridSpec(-3000.0, 2400.0, 25.0, 20.0, 240, 240)
    east, north = grid.mesh()
    prism = [(-100.0, 150.0, -150.0, 100.0, -300.0, -50.0)]

    def anomaly(inclination, declination):
        moment = forward.magnetization_vector(2.0, inclination, declination)
        return forward.prisms_total_field_anomaly(east, north, 0.0, prism, [moment], inclination, declination)

    pole = anomaly(90.0, 0.0)
    source = _write(tmp_path / "tmi.tif", anomaly(60.0, 20.0), grid)
    tiling.magnetic_transforms_tiled(source, {"rtp": str(tmp_path / "rtp.tif")}, inclination=60.0,
                                     declination=20.0, tile=64, decimation=2)
    inner = (slice(6, -6),) * 2
    error = np.sqrt(np.mean((_read(tmp_path / "rtp.tif")[inner] - pole[inner]) ** 2)) / np.abs(pole[inner]).max()
    assert error < 0.01


def test_magnetic_transforms_tiled_refuses_bad_input(tmp_path):
    source = _write(tmp_path / "tmi.tif", np.zeros(GRID.shape), GRID)
    with pytest.raises(ValueError, match="constant"):
        tiling.magnetic_transforms_tiled(source, {"rtp": str(tmp_path / "rtp.tif")}, inclination=60, declination=0)
    with pytest.raises(ValueError, match="subset"):
        tiling.magnetic_transforms_tiled(source, {"gravity": str(tmp_path / "g.tif")})
    with pytest.raises(ValueError, match="height"):
        tiling.magnetic_transforms_tiled(source, {"upward": str(tmp_path / "up.tif")})
    with pytest.raises(ValueError, match="multiple of 16"):
        tiling.magnetic_transforms_tiled(_write(tmp_path / "t2.tif", np.eye(*GRID.shape), GRID),
                                         {"upward": str(tmp_path / "up.tif")}, height=100.0, tile=100)
    assert _files(tmp_path) == ["t2.tif", "tmi.tif"]


# ----------------------------------------------------------------------------------------------------------------
# The generic engine: exact when the halo covers the function's reach


@pytest.mark.parametrize("tile, halo", [(16, 3), (48, 3), (64, 8), (112, 5)])
def test_run_tiled_is_exact_when_the_halo_covers_the_reach(tile, halo, tmp_path):
    rng = np.random.default_rng(tile + halo)
    values = rng.normal(size=GRID.shape).astype(np.float32)
    values[rng.random(GRID.shape) < 0.05] = np.nan
    values[40:70, 100:160] = np.nan
    stack = rng.normal(size=(3, *GRID.shape)).astype(np.float32)
    inputs = [_write(tmp_path / "a.tif", values, GRID), _write(tmp_path / "b.tif", stack, GRID)]
    outputs = {"smooth": str(tmp_path / "smooth.tif"), "sum": str(tmp_path / "sum.tif")}
    assert tiling.run_tiled(_two_outputs, inputs, outputs, tile=tile, halo=halo) == outputs
    whole = _two_outputs([values, stack], GRID)
    for name in outputs:
        np.testing.assert_array_equal(_read(outputs[name]), whole[name].astype(np.float32))


def test_run_tiled_differs_when_the_halo_is_short(tmp_path):
    values = np.random.default_rng(3).normal(size=GRID.shape).astype(np.float32)
    path = tiling.run_tiled(_nan_mean, [_write(tmp_path / "a.tif", values, GRID)],
                            {"smooth": str(tmp_path / "s.tif")}, tile=32, halo=1)["smooth"]
    assert np.abs(_read(path) - _nan_mean([values], GRID)).max() > 1e-3


def test_run_tiled_refuses_inputs_on_other_grids_and_missing_folders(tmp_path):
    first = _write(tmp_path / "a.tif", np.ones(GRID.shape), GRID)
    other = GridSpec(GRID.west + 10.0, GRID.north, GRID.cell_x, GRID.cell_y, GRID.rows, GRID.cols)
    second = _write(tmp_path / "b.tif", np.ones(GRID.shape), other)
    with pytest.raises(ValueError, match="not on the grid"):
        tiling.run_tiled(_nan_mean, [first, second], {"s": str(tmp_path / "s.tif")})
    with pytest.raises(ValueError, match="does not exist"):
        tiling.run_tiled(_nan_mean, [first], {"s": str(tmp_path / "missing" / "s.tif")})
    assert _files(tmp_path) == ["a.tif", "b.tif"]


# ----------------------------------------------------------------------------------------------------------------
# Prediction of a trained model: exact


def _model(method, seed=0):
    """A three-bag model on four bands fitted on random labels that depend on the bands."""
    rng = np.random.default_rng(seed)
    features = rng.normal(size=(400, 4))
    labels = (features[:, 0] - 0.5 * features[:, 2] + rng.normal(0, 0.5, 400) > 0.8).astype(int)
    classifiers = {"random forest": lambda s: RandomForestClassifier(n_estimators=10, random_state=s),
                   "monotone gradient boosting": lambda s: HistGradientBoostingClassifier(max_iter=30, random_state=s),
                   "logistic regression": lambda s: LogisticRegression()}
    estimators = [EncodedClassifier(classifiers[method](bag), {}).fit(features, labels) for bag in range(3)]
    return ProspectivityModel(estimators, ["mag", "grav", "dist", "k"], np.zeros(4), np.ones(4), (0.05, 0.8),
                              {"method": method})


def _stack(rng):
    values = rng.normal(size=(4, *GRID.shape)).astype(np.float32)
    values[1, 30:50, 10:90] = np.nan
    values[:, 150:, 200:] = np.nan  # a corner with no data at all
    return values


@pytest.mark.parametrize("method", ["random forest", "monotone gradient boosting", "logistic regression"])
@pytest.mark.parametrize("tile", [32, 80])
def test_tiled_prediction_equals_the_whole_grid_exactly(method, tile, tmp_path):
    model, values = _model(method), _stack(np.random.default_rng(tile))
    names = ["mag", "grav", "dist", "k"]
    inputs = [_write(tmp_path / "stack.tif", values, GRID, names)]
    outputs = {"prospectivity": str(tmp_path / "p.tif"), "uncertainty": str(tmp_path / "u.tif")}
    tiling.predict_tiled(model, inputs, outputs, tile=tile)
    prospectivity, uncertainty = model.predict(ArrayStack(values, names, GRID))
    np.testing.assert_array_equal(_read(outputs["prospectivity"]), prospectivity)
    np.testing.assert_array_equal(_read(outputs["uncertainty"]), uncertainty)
    assert np.isnan(_read(outputs["prospectivity"])[150:, 200:]).all()


def test_tiled_prediction_takes_bands_from_several_files_and_checks_their_names(tmp_path):
    """With a model read back from its file (Lodestone's own tree predictors, as the Processing algorithms load
    it)."""
    model = ProspectivityModel.load(_model("monotone gradient boosting").save(str(tmp_path / "model.npz")))
    values = _stack(np.random.default_rng(5))
    inputs = [_write(tmp_path / "a.tif", values[:2], GRID, ["mag", "grav"]),
              _write(tmp_path / "b.tif", values[2:], GRID, ["dist", "k"])]
    tiling.predict_tiled(model, inputs, {"prospectivity": str(tmp_path / "p.tif")}, tile=64)
    expected = model.predict(ArrayStack(values, ["mag", "grav", "dist", "k"], GRID))[0]
    np.testing.assert_array_equal(_read(tmp_path / "p.tif"), expected)
    with pytest.raises(ValueError, match="do not match the model"):
        tiling.predict_tiled(model, inputs[::-1], {"prospectivity": str(tmp_path / "q.tif")})
    assert _files(tmp_path) == ["a.tif", "b.tif", "model.npz", "p.tif"]


# ----------------------------------------------------------------------------------------------------------------
# Cancel and failures leave nothing behind


def _stop_after(calls):
    seen = []

    def progress(fraction):
        seen.append(fraction)
        return len(seen) < calls

    return progress, seen


def test_cancel_leaves_no_output_and_no_temporary_file(tmp_path, stop_inside):
    grid, values, outputs, options, _ = _magnetic_case(1)
    source = _write(tmp_path / "tmi.tif", values, grid)
    progress, seen = stop_inside(0.5, 1.0)
    with pytest.raises(Cancelled):
        tiling.magnetic_transforms_tiled(source, {"rtp": str(tmp_path / "rtp.tif"), "tilt": str(tmp_path / "t.tif")},
                                         **options, tile=64, decimation=4, progress=progress)
    assert 0.5 < seen[-1] < 1 and seen == sorted(seen)  # stopped during the tiles, progress never went back
    assert _files(tmp_path) == ["tmi.tif"]


def test_a_cancel_stops_the_run_inside_a_tile(tmp_path, monkeypatch, stop_inside):
    # one tile holds the whole grid, so the tile pass reports from between tiles only at its end: a report strictly
    # inside it comes from the tile's own science, where the cancel then stops the run (Processing's Cancel
    # within a second or two, even with tiles that take a minute)
    grid, values, _, options, _ = _magnetic_case(1)
    source = _write(tmp_path / "tmi.tif", values, grid)
    progress, seen = stop_inside(0.1, 1.0)  # the coarse pass ends at 0.1
    with pytest.raises(Cancelled):
        tiling.magnetic_transforms_tiled(source, {"rtp": str(tmp_path / "rtp.tif"), "tilt": str(tmp_path / "t.tif")},
                                         **options, tile=512, decimation=4, progress=progress)
    assert 0.1 < seen[-1] < 1 and seen == sorted(seen)
    monkeypatch.setattr(prospectivity_model, "WINDOW_VALUES", 4 * GRID.cols * 20)  # windows of 20 rows
    stack = _write(tmp_path / "stack.tif", _stack(np.random.default_rng(2)), GRID, ["mag", "grav", "dist", "k"])
    progress, seen = stop_inside(0.0, 1.0)
    with pytest.raises(Cancelled):
        tiling.predict_tiled(_model("random forest"), [stack], {"prospectivity": str(tmp_path / "p.tif")}, tile=256,
                             progress=progress)
    assert 0 < seen[-1] < 0.5 and seen == sorted(seen)
    assert _files(tmp_path) == ["stack.tif", "tmi.tif"]


def test_a_failing_tile_leaves_no_output_and_no_temporary_file(tmp_path):
    source = _write(tmp_path / "a.tif", np.ones(GRID.shape), GRID)
    with pytest.raises(ArithmeticError, match="a tile failed"):
        tiling.run_tiled(_raise_on_one_tile, [source], {"out": str(tmp_path / "out.tif")}, tile=64)
    assert _files(tmp_path) == ["a.tif"]


def test_an_existing_output_is_replaced_only_when_the_run_completes(tmp_path):
    source = _write(tmp_path / "a.tif", np.ones(GRID.shape), GRID)
    old = _write(tmp_path / "out.tif", np.full(GRID.shape, 7.0), GRID)
    with pytest.raises(ArithmeticError):
        tiling.run_tiled(_raise_on_one_tile, [source], {"out": old}, tile=64)
    assert (_read(old) == 7).all()
    tiling.run_tiled(_nan_mean, [source], {"out": old}, tile=64, halo=3)
    assert (_read(old) == 1).all()


# ----------------------------------------------------------------------------------------------------------------
# Without Dask


def test_without_dask_the_tiles_run_in_this_process(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask", None)  # import dask / distributed now raise ImportError
    monkeypatch.setitem(sys.modules, "distributed", None)
    values = np.random.default_rng(8).normal(size=GRID.shape).astype(np.float32)
    source = _write(tmp_path / "a.tif", values, GRID)
    tiling.run_tiled(_nan_mean, [source], {"s": str(tmp_path / "s.tif")}, tile=64, halo=3)
    np.testing.assert_array_equal(_read(tmp_path / "s.tif"), _nan_mean([values], GRID).astype(np.float32))
    with pytest.raises(ValueError, match="Dask is not installed"):
        tiling.run_tiled(_nan_mean, [source], {"t": str(tmp_path / "t.tif")}, scheduler="local:2")
    assert _files(tmp_path) == ["a.tif", "s.tif"]


# ----------------------------------------------------------------------------------------------------------------
# On a Dask cluster: the same bytes


def test_on_dask_the_transforms_are_the_sequential_bytes(client, tmp_path):
    grid, values, outputs, options, tiling_options = _magnetic_case(2)
    source = _write(tmp_path / "tmi.tif", values, grid)
    results = {}
    for scheduler in (None, client):
        folder = tmp_path / str(scheduler is None)
        folder.mkdir()
        paths = {name: str(folder / f"{name}.tif") for name in outputs}
        tiling.magnetic_transforms_tiled(source, paths, **options, **tiling_options, scheduler=scheduler)
        results[scheduler is None] = {name: _read(path) for name, path in paths.items()}
        assert _files(folder) == sorted(f"{name}.tif" for name in outputs)
    for name in outputs:
        np.testing.assert_array_equal(results[True][name], results[False][name])


def test_on_dask_prediction_and_run_tiled_are_exact(client, tmp_path):
    model, values = _model("monotone gradient boosting"), _stack(np.random.default_rng(9))
    names = ["mag", "grav", "dist", "k"]
    stack = _write(tmp_path / "stack.tif", values, GRID, names)
    tiling.predict_tiled(model, [stack], {"prospectivity": str(tmp_path / "p.tif")}, tile=48, scheduler=client)
    np.testing.assert_array_equal(_read(tmp_path / "p.tif"), model.predict(ArrayStack(values, names, GRID))[0])
    inputs = [_write(tmp_path / "a.tif", values[1], GRID), stack]
    outputs = {"smooth": str(tmp_path / "s.tif"), "sum": str(tmp_path / "t.tif")}
    tiling.run_tiled(_two_outputs, inputs, outputs, tile=32, halo=3, scheduler=client)
    for name, expected in _two_outputs([values[1], values], GRID).items():
        np.testing.assert_array_equal(_read(outputs[name]), expected.astype(np.float32))


def test_on_dask_cancel_and_a_failing_tile_leave_nothing(client, tmp_path):
    source = _write(tmp_path / "a.tif", np.random.default_rng(4).normal(size=GRID.shape), GRID)
    progress, seen = _stop_after(3)
    with pytest.raises(Cancelled):
        tiling.run_tiled(_nan_mean, [source], {"s": str(tmp_path / "s.tif")}, tile=16, halo=3, scheduler=client,
                         progress=progress)
    with pytest.raises(ArithmeticError, match="a tile failed"):
        tiling.run_tiled(_raise_on_one_tile, [source], {"s": str(tmp_path / "s.tif")}, tile=64, scheduler=client)
    assert _files(tmp_path) == ["a.tif"]


def test_a_worker_killed_once_is_replaced_and_the_run_completes(client, tmp_path):
    values = np.random.default_rng(6).normal(size=GRID.shape).astype(np.float32)
    source = _write(tmp_path / "a.tif", values, GRID)
    marker = tmp_path / "killed"
    tiling.run_tiled(partial(_kill_worker_once, str(marker)), [source], {"s": str(tmp_path / "s.tif")}, tile=64, halo=3,
                     scheduler=client)
    assert marker.exists()  # a worker did die
    np.testing.assert_array_equal(_read(tmp_path / "s.tif"), _nan_mean([values], GRID).astype(np.float32))
    assert _files(tmp_path) == ["a.tif", "killed", "s.tif"]


def test_a_worker_killed_on_every_try_leaves_no_output(client, tmp_path):
    source = _write(tmp_path / "a.tif", np.ones(GRID.shape), GRID)
    with pytest.raises(RuntimeError, match="worker died"):
        tiling.run_tiled(_kill_worker_on_one_tile, [source], {"s": str(tmp_path / "s.tif"),
                                                              "t": str(tmp_path / "t.tif")}, tile=64,
                         scheduler=client)
    assert _files(tmp_path) == ["a.tif"]
    assert len(client.scheduler_info()["workers"]) == 2 or client.wait_for_workers(2, timeout=30) is None


def test_the_worker_interpreter_is_this_python():
    # inside QGIS sys.executable is the application or another Python on the PATH: not what workers must run
    interpreter = tiling.python_interpreter()
    version = subprocess.run([interpreter, "-c", "import sys; print(sys.version)"], capture_output=True, text=True,
                             check=True).stdout.strip()
    assert version == sys.version


def test_a_local_cluster_is_started_and_closed_for_the_run(tmp_path):
    pytest.importorskip("distributed")
    import multiprocessing.spawn

    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    values = np.random.default_rng(2).normal(size=GRID.shape).astype(np.float32)
    source = _write(tmp_path / "a.tif", values, GRID)
    embedded = shutil.which("false")  # as inside QGIS, the executable multiprocessing would start is no Python
    previous = multiprocessing.spawn.get_executable()
    multiprocessing.spawn.set_executable(embedded)
    embedded = multiprocessing.spawn.get_executable()  # as stored (bytes on some Pythons)
    try:
        tiling.run_tiled(_nan_mean, [source], {"s": str(tmp_path / "s.tif")}, tile=64, halo=3, scheduler="local:2")
        assert multiprocessing.spawn.get_executable() == embedded  # the setting is given back after the run
    finally:
        multiprocessing.spawn.set_executable(previous)
    np.testing.assert_array_equal(_read(tmp_path / "s.tif"), _nan_mean([values], GRID).astype(np.float32))
    with pytest.raises(ValueError, match="local:N"):
        tiling.run_tiled(_nan_mean, [source], {"t": str(tmp_path / "t.tif")}, scheduler="local:x")
