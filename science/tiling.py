"""Tiled processing of rasters larger than memory, on Dask when it is installed (issue 19; docs/tiling.md).

Every science function stays array-in, array-out; this module is the one place that cuts a raster into tiles,
reads each tile's window (with a halo) from GeoTIFFs, runs the function on it and writes the cropped result into
tiled GeoTIFF outputs. The engine:

- ``scheduler=None`` (or ``"sequential"``): the tiles run one after another in this process; Dask is not needed
  and never imported;
- ``"local:N"``: a ``dask.distributed.LocalCluster`` of N single-threaded worker processes, started for the run
  and closed after it;
- ``"tcp://host:port"`` (any other string): the Dask scheduler at that address; a ``distributed.Client`` is used
  as given.

With Dask the workers read their own windows and compute the tiles; this process (the client) writes every tile,
with at most :data:`IN_FLIGHT_PER_THREAD` tiles per worker thread submitted and not yet written, so memory stays
bounded whatever the raster size. Workers and client must see the input and output paths under the same names (a
shared filesystem); workers import this module, so the Lodestone plugin must be importable on them.

Outputs are float32 GeoTIFFs written like the plugin's writer (processing/base.py): tiled, DEFLATE level 1 with
the floating-point predictor on every core, BigTIFF when needed, NaN stored as :data:`NODATA`. Each is written
under a temporary name in its own folder (``.<name>.<random>.partial``) and renamed only when every tile of every
output is written; a failure (an exception in a tile, a worker that dies again and again, a lost scheduler) or a
cancel (``progress`` returning False, see :mod:`.progress`) removes the temporary files, so no partial raster is
ever left under an output name.

Operators:

- :func:`run_tiled`: any function of the input windows, with a halo; exact when the halo covers the function's
  reach (for example a per-cell model: halo 0);
- :func:`predict_tiled`: a trained :class:`~.prospectivity.model.ProspectivityModel` over an evidence stack, per
  cell, so equal to the whole-grid prediction;
- :func:`stack_tiled`: the evidence stack (:func:`~.evidence.stacking.stack_layers`) from a first pass for what is
  global (the bands, the mask's count, each distance layer's feature cells), equal to the whole-grid stack to the
  bit;
- :func:`magnetic_transforms_tiled`: :func:`~.magnetics.transforms.magnetic_transforms` by tiles. The whole-grid
  transform filters one periodic padded grid ``G`` (the data less its edge plane, holes filled, odd-reflected and
  tapered beyond the edges). The tiled one splits ``G`` into a smooth part, filtered once on a grid decimated by
  ``decimation`` (the long wavelengths no tile holds), and the rest, filtered tile by tile with a halo; the two
  add (docs/tiling.md gives the method and the measured tolerances);
- :func:`phase_symmetry_tiled`: :func:`~.structure.phasesymmetry.phase_symmetry` by tiles with a halo, given the
  whole-grid statistics it would take from the grid (:func:`phase_statistics_tiled`: exact order statistics in two
  looks over the tiles).
"""
import contextvars
import math
import os
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, replace
from functools import partial

import numpy as np
import rasterio
import scipy.fft
import scipy.ndimage
import scipy.sparse
from rasterio.errors import RasterioIOError
from rasterio.windows import Window

from .evidence import stacking
from .grid import GridSpec, grid_transform
from .magnetics import transforms
from .progress import report
from .structure import lineaments, phasesymmetry

NODATA = -99999.0
"""Value stored in output cells that are NaN (the plugin writer's, processing/base.py)."""

TILE = 2048
"""Default tile side in cells (a multiple of 16: GeoTIFF blocks are whole fractions of it)."""

BLOCK = 256
"""GeoTIFF block side of the outputs when the tile is a multiple of it (else the largest multiple of 16 dividing
the tile), so each block is written once, by one tile."""

GDAL_CACHE_MB = 256
"""GDAL block cache (MB) while a tiled run reads and writes, in every process: bounds what GDAL keeps."""

IN_FLIGHT_PER_THREAD = 2
"""Tiles submitted to Dask and not yet written, per worker thread."""

POLL_SECONDS = 0.1
"""How often the client checks for finished tiles and asks ``progress`` whether to stop."""

COARSE_SIDE = 6144
"""Largest side (cells) of the decimated periodic grid of :func:`magnetic_transforms_tiled`'s global pass: with
7 fields at once, about 1.5 GB."""

CUTOFF_NODES = 8.0
"""Wavelength, in decimated cells, at which the smooth part's Butterworth low-pass is 1/2."""

LOW_PASS_ORDER = 8
"""Order of that Butterworth low-pass: it passes 1.5e-5 at half the cutoff wavelength, so the decimated field is
resolved by its cubic spline, and leaves the tiles 0.4 % of the amplitude at twice the cutoff wavelength."""

HALO_CUTOFFS = 6.0
"""Default halo in cutoff wavelengths: the filtered remainder is short-wavelength, and what the tile misses of a
filter's far field falls as the cutoff over the halo (docs/tiling.md). 4 held the randomised family's bars but not
the RTP's on the British compilation (5.5e-4 of the range; 6 cutoffs: within 5e-4)."""

FILL_ALIGN = 512
"""Holes are filled on windows whose first row and column are multiples of this, grown by as much: the multigrid
of transforms.fill_nodata then averages the same cells as on the whole grid, so a hole inside the window is
filled as the whole-grid transform fills it (to float rounding)."""

HALO_HEIGHTS = 10.0
"""And at least this many upward-continuation heights (the kernel's far field falls as height / distance)."""

MIN_HALO = 256
"""And at least this many cells: the spectral derivatives' far field falls only as 1 / distance along the rows
and columns (their response jumps at the Nyquist wavenumber), in proportion to the grid's content there, and the
stabilised low-latitude reduction to the pole (a notch along one direction) reaches far too."""


# ----------------------------------------------------------------------------------------------------------------
# Rasters and tiles


@dataclass(frozen=True)
class Tile:
    """The core window of one tile: rows ``row0:row1`` and columns ``col0:col1`` of the grid."""

    row0: int
    row1: int
    col0: int
    col1: int

    @property
    def shape(self):
        return (self.row1 - self.row0, self.col1 - self.col0)

    def window(self, halo, shape):
        """The core grown by ``halo`` cells on each side, clipped to a grid of ``shape``: (row0, row1, col0, col1)."""
        return (max(self.row0 - halo, 0), min(self.row1 + halo, shape[0]),
                max(self.col0 - halo, 0), min(self.col1 + halo, shape[1]))


def tiles(shape, tile):
    """The tiles (row-major) covering a grid of ``shape`` with square cores of ``tile`` cells (smaller at the
    south and east edges)."""
    rows, cols = shape
    return [Tile(r, min(r + tile, rows), c, min(c + tile, cols))
            for r in range(0, rows, tile) for c in range(0, cols, tile)]


@dataclass(frozen=True)
class RasterInfo:
    """What the client reads once from an input: grid, CRS, band count and names, nodata value."""

    path: str
    grid: GridSpec
    crs: object
    count: int
    names: tuple
    nodata: object

    @classmethod
    def of(cls, path):
        try:
            with rasterio.open(path) as dataset:
                grid = GridSpec.from_geotransform(dataset.transform.to_gdal(), dataset.height, dataset.width)
                names = tuple(description or f"band {i}" for i, description in
                              enumerate(dataset.descriptions, start=1))
                return cls(str(path), grid, dataset.crs, dataset.count, names, dataset.nodata)
        except RasterioIOError as error:
            raise ValueError(f"Cannot read the raster '{path}': {error}. Check the path and that it is a GeoTIFF.") \
                from None


def read_window(path, rows, cols, nodata=None):
    """Float32 values of ``path`` over grid rows ``rows`` and columns ``cols`` (pairs start, stop): (bands, r, c),
    NaN where the file holds ``nodata``."""
    with rasterio.Env(GDAL_CACHEMAX=GDAL_CACHE_MB), rasterio.open(path) as dataset:
        values = dataset.read(window=Window(cols[0], rows[0], cols[1] - cols[0], rows[1] - rows[0]),
                              out_dtype="float32")
    if nodata is not None and not math.isnan(nodata):
        values[values == np.float32(nodata)] = np.nan
    return values


def _same_grid(infos):
    first = infos[0]
    for info in infos[1:]:
        if info.grid.shape != first.grid.shape or not np.allclose(
                info.grid.geotransform, first.grid.geotransform, rtol=0, atol=1e-6 * first.grid.cell_x):
            raise ValueError(f"'{info.path}' is not on the grid of '{first.path}' ({info.grid.rows} x "
                             f"{info.grid.cols} against {first.grid.rows} x {first.grid.cols} cells, or another "
                             "origin or cell size): put the inputs on one grid first (Raster > Align Rasters).")


def _block_size(tile):
    if tile < 16 or tile % 16:
        raise ValueError(f"The tile side must be a multiple of 16 cells (GeoTIFF blocks), got {tile}.")
    return math.gcd(tile, BLOCK)


# ----------------------------------------------------------------------------------------------------------------
# Outputs: temporary files renamed when complete


class _Outputs:
    """The output GeoTIFFs, written under temporary names in their folders; :meth:`commit` renames them,
    :meth:`discard` removes them. ``bands``: name -> [(description, tags), ...] of a multi-band output (one band
    each otherwise); ``nodata``: the value stored for NaN."""

    def __init__(self, paths, grid, crs, block, bands=None, nodata=NODATA):
        self.final, self.temporary, self.datasets, self.nodata = dict(paths), {}, {}, np.float32(nodata)
        bands = self.bands = bands or {}
        try:
            for name, path in self.final.items():
                folder, base = os.path.split(os.path.abspath(path))
                if not os.path.isdir(folder):
                    raise ValueError(f"Cannot write '{path}': the folder '{folder}' does not exist.")
                self.temporary[name] = os.path.join(folder, f".{base}.{uuid.uuid4().hex[:8]}.partial")
                count = len(bands.get(name, [None]))
                self.datasets[name] = rasterio.open(
                    self.temporary[name], "w", driver="GTiff", width=grid.cols, height=grid.rows, count=count,
                    dtype="float32", crs=crs, transform=grid_transform(grid), nodata=nodata, tiled=True,
                    blockxsize=block, blockysize=block, compress="deflate", zlevel=1, predictor=3,
                    num_threads="all_cpus", bigtiff="if_safer", **({"interleave": "band"} if count > 1 else {}))
                for index, (description, tags) in enumerate(bands.get(name, []), start=1):
                    self.datasets[name].set_band_description(index, description)
                    self.datasets[name].update_tags(index, **tags)
        except BaseException:
            self.discard()
            raise

    def write(self, tile, arrays):
        """Write ``arrays`` (name -> float array of the tile's shape, or (bands, *shape) for a multi-band output)
        into the tile's core window."""
        window = Window(tile.col0, tile.row0, tile.col1 - tile.col0, tile.row1 - tile.row0)
        for name, dataset in self.datasets.items():
            values = np.asarray(arrays[name], dtype=np.float32)
            layered = name in self.bands
            shape = (dataset.count, *tile.shape) if layered else tile.shape
            if values.shape != shape:
                raise ValueError(f"The tile function returned '{name}' of shape {values.shape}, not {shape}.")
            values = np.where(np.isfinite(values), values, self.nodata)
            dataset.write(values, *(() if layered else (1,)), window=window)

    def _close(self):
        for dataset in self.datasets.values():
            dataset.close()
        self.datasets = {}

    def commit(self):
        self._close()
        for name, temporary in self.temporary.items():
            os.replace(temporary, self.final[name])
        self.temporary = {}

    def discard(self):
        try:
            self._close()
        finally:
            for temporary in self.temporary.values():
                if os.path.exists(temporary):
                    os.remove(temporary)
            self.temporary = {}


# ----------------------------------------------------------------------------------------------------------------
# The engine


def _dask_import_error():
    return ValueError("A Dask scheduler was asked for but Dask is not installed: install 'dask' and "
                      "'distributed' (pip install dask distributed) or run without a scheduler (tiles one after "
                      "another in this process).")


def python_interpreter():
    """The Python interpreter of this process, to start local worker processes with.

    Inside an application that embeds Python, ``sys.executable`` can be the application itself or the first
    ``python3`` on the PATH (QGIS 3.22 on Debian 12), which may be another Python without Lodestone's dependencies:
    the interpreter of this process's own installation (``sys.exec_prefix``) is preferred."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (os.path.join(sys.exec_prefix, "bin", f"python{version}"),
                      os.path.join(sys.exec_prefix, "python.exe"), os.path.join(sys.exec_prefix, "bin", "python3")):
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return sys.executable


class _WorkerInterpreter:
    """While open, processes started by ``multiprocessing`` (a local cluster's workers) run
    :func:`python_interpreter`; :meth:`close` restores the previous setting."""

    def __init__(self):
        import multiprocessing.spawn

        self.previous = multiprocessing.spawn.get_executable()
        multiprocessing.spawn.set_executable(python_interpreter())

    def close(self):
        import multiprocessing.spawn

        multiprocessing.spawn.set_executable(self.previous)


def _in_process(scheduler):
    """True when ``scheduler`` runs the tiles one after another in this process (no Dask)."""
    return scheduler is None or scheduler == "sequential"


def _client(scheduler):
    """(client, close) for ``scheduler``: a ``distributed.Client`` (None to run in this process) and what to close
    after the run; one client serves all the passes of a run."""
    if _in_process(scheduler):
        return None, []
    try:
        import distributed
    except ImportError:
        raise _dask_import_error() from None
    if isinstance(scheduler, distributed.Client):
        return scheduler, []
    if not isinstance(scheduler, str):
        raise ValueError(f"scheduler must be None, 'local:N', a scheduler address or a distributed.Client, got "
                         f"{scheduler!r}.")
    if scheduler.startswith("local:"):
        try:
            workers = int(scheduler.split(":", 1)[1])
        except ValueError:
            workers = 0
        if workers < 1:
            raise ValueError(f"'{scheduler}': write local:N with N the number of worker processes, e.g. local:2.")
        interpreter = _WorkerInterpreter()  # before the cluster: a worker restarted later uses it too
        try:
            cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                               dashboard_address=":0")
        except BaseException:
            interpreter.close()
            raise
        client = distributed.Client(cluster)
        return client, [client, cluster, interpreter]
    try:
        client = distributed.Client(scheduler, timeout="20s")
    except (OSError, TimeoutError) as error:
        raise ValueError(f"Cannot reach the Dask scheduler at '{scheduler}' ({error}): start it (dask scheduler) "
                         "and its workers, or check the address.") from None
    return client, [client]


def _worker_threads(client):
    return max(1, sum(worker.get("nthreads", 1) for worker in client.scheduler_info()["workers"].values()))


_WITHIN_TILE = contextvars.ContextVar("lodestone_within_tile", default=None)
"""While :func:`_run_sequential` computes a tile: the run's progress mapped onto that tile, which the tile's
science reports to (:func:`_tile_progress`), so that a cancel stops a long tile within a second or two. Unset on
Dask workers, where the client polls the run's progress while it waits."""


WINDOW_SHARE = 0.2
"""The part of a transforms or phase symmetry tile's progress reported once its padded window is built."""


def _tile_progress():
    """The progress a tile's science reports to (fraction of the tile done; None outside the sequential run)."""
    return _WITHIN_TILE.get()


def _run_sequential(compute, state, tile_list, write, progress):
    for done, tile in enumerate(tile_list):
        within = None if progress is None else partial(_share, progress, done, len(tile_list))
        token = _WITHIN_TILE.set(within)
        try:
            result = compute(state, tile)
        finally:
            _WITHIN_TILE.reset(token)
        write(tile, result)
        report(progress, (done + 1) / len(tile_list))


def _share(progress, done, count, fraction):
    """``progress`` of a run at ``fraction`` of its tile number ``done`` (from 0) of ``count``."""
    return progress((done + fraction) / count)


_LOADED = {}
"""On a worker: the last state payload (bytes) received and the state unpickled from it."""


def _payload(data):
    """The tiles' shared state (pickled bytes), as a task's result on a worker."""
    return data


def _call(compute, payload, tile):
    """``compute(state, tile)`` on a worker, the state unpickled once per payload."""
    if _LOADED.get("payload") is not payload:
        import cloudpickle

        _LOADED.update(payload=payload, state=cloudpickle.loads(payload))
    return compute(_LOADED["state"], tile)


def _run_distributed(compute, state, tile_list, write, scheduler, progress):
    client, to_close = _client(scheduler)
    import cloudpickle
    import distributed

    pending = {}
    try:
        # cloudpickle ships functions of modules registered with cloudpickle.register_pickle_by_value by value. The
        # state is the result of a task, not scattered data: if the worker holding it dies, the scheduler computes
        # it again (scattered data would be lost, and with it every tile waiting for it)
        shared = client.submit(_payload, cloudpickle.dumps(state), pure=False)
        limit = IN_FLIGHT_PER_THREAD * _worker_threads(client)
        queue = iter(tile_list)
        finished = distributed.as_completed()

        def submit():
            tile = next(queue, None)
            if tile is not None:
                future = client.submit(_call, compute, shared, tile, pure=False)
                pending[future] = tile
                finished.add(future)

        for _ in range(limit):
            submit()
        done = 0
        while pending:
            batch = finished.next_batch(block=False)
            if not batch:
                report(progress, done / len(tile_list))
                time.sleep(POLL_SECONDS)
                continue
            for future in batch:
                tile = pending.pop(future)
                try:
                    arrays = future.result()
                except (distributed.KilledWorker, distributed.client.FutureCancelledError) as error:
                    raise RuntimeError(f"A Dask worker died while computing the tile at row {tile.row0}, column "
                                       f"{tile.col0} (again on each retry, or with the data the tiles share), or "
                                       "the cluster went away: no output was written. Out of memory? Each worker "
                                       "needs room for a few tiles: try a smaller tile or fewer workers per "
                                       "machine.") from error
                write(tile, arrays)
                future.release()
                done += 1
                report(progress, done / len(tile_list))
                submit()
    finally:
        if pending:
            client.cancel(list(pending))
        for resource in to_close:
            resource.close()


def _map_tiles(compute, state, tile_list, write, scheduler, progress):
    """``compute(state, tile)`` on every tile, in this process or on Dask, each result handed to ``write(tile,
    result)`` here: the tiles written by :func:`run_tiles`, or the reductions of a global pass."""
    if _in_process(scheduler):
        _run_sequential(compute, state, tile_list, write, progress)
    else:
        _run_distributed(compute, state, tile_list, write, scheduler, progress)


def run_tiles(compute, state, tile_list, outputs, grid, crs, scheduler=None, progress=None, block=BLOCK, bands=None,
              nodata=NODATA):
    """Low-level engine: ``compute(state, tile)`` (a module-level function, so workers can import it) returns
    name -> array of the tile's core for every name of ``outputs`` (name -> path); the arrays are written into
    float32 GeoTIFFs on ``grid`` in ``crs``, NaN stored as ``nodata``. An output named in ``bands`` (name -> a list
    of (description, tags dict), one per band) is a multi-band GeoTIFF (band-interleaved) and its array is
    (bands, rows, cols). ``state`` is sent once to each Dask worker. See the module docstring for ``scheduler``;
    ``progress`` is told the fraction of tiles written and stops the run by returning False (raises
    :class:`~.progress.Cancelled`). On any failure or cancel no output file and no temporary file is left.
    """
    if not outputs:
        raise ValueError("Name at least one output file.")
    with rasterio.Env(GDAL_CACHEMAX=GDAL_CACHE_MB):
        writer = _Outputs(outputs, grid, crs, block, bands, nodata)
        try:
            _map_tiles(compute, state, tile_list, writer.write, scheduler, progress)
            writer.commit()
        except BaseException:
            writer.discard()
            raise
    return dict(outputs)


def _row_strips(grid, values_per_strip=1 << 24):
    """(start, stop) rows of the strips of whole rows of ``grid`` holding about ``values_per_strip`` cells each,
    in which the streamed passes read a grid."""
    step = max(1, values_per_strip // grid.cols)
    return [(r, min(r + step, grid.rows)) for r in range(0, grid.rows, step)]


def _window_grid(grid, rows, cols):
    """The :class:`GridSpec` of rows ``rows`` and columns ``cols`` (start, stop pairs) of ``grid``."""
    return GridSpec(grid.west + cols[0] * grid.cell_x, grid.north - rows[0] * grid.cell_y, grid.cell_x, grid.cell_y,
                    rows[1] - rows[0], cols[1] - cols[0])


@dataclass(frozen=True)
class _Windowed:
    """State of :func:`run_tiled`: the function, its inputs and outputs, the halo."""

    function: object
    inputs: tuple  # of RasterInfo
    names: tuple
    halo: int


def _windowed_tile(state, tile):
    grid = state.inputs[0].grid
    r0, r1, c0, c1 = tile.window(state.halo, grid.shape)
    arrays = []
    for info in state.inputs:
        values = read_window(info.path, (r0, r1), (c0, c1), info.nodata)
        arrays.append(values[0] if info.count == 1 else values)
    result = state.function(arrays, _window_grid(grid, (r0, r1), (c0, c1)))
    if not isinstance(result, dict):
        if len(state.names) != 1:
            raise ValueError(f"The tile function returned one array but {len(state.names)} outputs were named: "
                             "return a dict name -> array.")
        result = {state.names[0]: result}
    core = (slice(tile.row0 - r0, tile.row1 - r0), slice(tile.col0 - c0, tile.col1 - c0))
    return {name: np.asarray(result[name])[core] for name in state.names}


def run_tiled(function, inputs, outputs, tile=TILE, halo=0, scheduler=None, progress=None):
    """Apply ``function`` tile by tile to GeoTIFFs ``inputs`` (paths on one grid) and write ``outputs`` (name ->
    path): the tiled path of an array-in, array-out science function.

    ``function(arrays, grid)`` gets one float32 array per input (2-D for a single band, (bands, rows, cols)
    otherwise; NaN where the input holds its nodata value) over the tile grown by ``halo`` cells on each side
    (clipped at the grid edge) and that window's :class:`~.grid.GridSpec`, and returns an array of the window's
    shape or a dict name -> array; the halo is cropped off. The result equals the whole-grid one wherever the
    function's output at a cell depends only on cells within ``halo`` of it. With Dask, ``function`` must be
    picklable (a module-level function or a ``functools.partial`` of one). Returns ``outputs``.
    """
    if not inputs:
        raise ValueError("Name at least one input raster.")
    if halo < 0:
        raise ValueError(f"The halo must be >= 0 cells, got {halo}.")
    infos = tuple(RasterInfo.of(path) for path in inputs)
    _same_grid(infos)
    grid = infos[0].grid
    state = _Windowed(function, infos, tuple(outputs), int(halo))
    return run_tiles(_windowed_tile, state, tiles(grid.shape, tile), outputs, grid, infos[0].crs, scheduler,
                     progress, _block_size(tile))


# ----------------------------------------------------------------------------------------------------------------
# Prediction of a trained model


def _predict_window(model, names, arrays, grid):
    from .prospectivity.model import ArrayStack

    values = np.concatenate([a[None] if a.ndim == 2 else a for a in arrays])
    if not np.isfinite(values).all(axis=0).any():
        empty = np.full(grid.shape, np.nan, np.float32)
        return {"prospectivity": empty, "uncertainty": empty}
    prospectivity, uncertainty = model.predict(ArrayStack(values, names, grid), progress=_tile_progress())
    return {"prospectivity": prospectivity, "uncertainty": uncertainty}


def predict_tiled(model, inputs, outputs, names=None, tile=TILE, scheduler=None, progress=None):
    """PROSPECTIVITY and UNCERTAINTY of a trained :class:`~.prospectivity.model.ProspectivityModel` over an
    evidence stack in GeoTIFFs ``inputs`` (one multi-band stack, or several files on one grid, bands in order),
    written to ``outputs`` (a dict with ``"prospectivity"`` and/or ``"uncertainty"`` -> path).

    ``names``: the band names in order (default: the files' band descriptions, which lodestone:stackevidence
    writes); they must be the model's. The prediction is per cell, so the tiles need no halo and the result is
    the whole-grid prediction's. Returns ``outputs``.
    """
    unknown = set(outputs) - {"prospectivity", "uncertainty"}
    if unknown or not outputs:
        raise ValueError(f"outputs must name 'prospectivity' and/or 'uncertainty', got {sorted(outputs)}.")
    infos = [RasterInfo.of(path) for path in inputs]
    names = list(names) if names is not None else [name for info in infos for name in info.names]
    model.check_bands(names)
    return run_tiled(partial(_predict_window, model, names), inputs, outputs, tile=tile, halo=0,
                     scheduler=scheduler, progress=progress)


# ----------------------------------------------------------------------------------------------------------------
# Magnetic transforms: a decimated global pass plus tiles with a halo
#
# Positions along an axis are in "padded cells": cell p of the whole-grid transform's periodic padded axis of
# length `total`, the data occupying p = before .. before + n - 1 (transforms._prepared). The decimated grid has
# `nodes` = total / `step` cells: node j averages padded cells j step .. (j + 1) step - 1.

_GRADIENT_OUTPUTS = {"thdr", "tilt", "analytic_signal"}


@dataclass(frozen=True)
class _Axis:
    """One axis of the padded periodic grid and of its decimated version."""

    n: int  # data cells
    total: int  # padded length (transforms.padded_size)
    before: int  # padding cells before the data
    step: int  # padded cells per decimated cell: a divisor of `total`

    @classmethod
    def of(cls, n, padding, decimation):
        """The axis of ``n`` data cells; the step is the smallest divisor of the padded length that is at least
        ``decimation`` (the padded length is a product of 2, 3 and 5, so a divisor is near)."""
        total = transforms.padded_size(n, padding)
        step = next(d for d in range(max(1, decimation), total + 1) if total % d == 0)
        return cls(n, total, (total - n) // 2, step)

    @property
    def after(self):
        return self.total - self.n - self.before

    @property
    def nodes(self):
        return self.total // self.step

    def extension(self, positions):
        """The padded field along this axis as weighted data: (target index, data index, weight) triplets for
        padded ``positions`` (integers, wrapped periodically). Inside the data the weight is 1; beyond an edge
        ``taper(d) (2 f(edge) - f(edge -+ d))`` over ``min(padding, n - 1)`` cells and 0 past it, as
        transforms._extend_rows pads."""
        x = np.mod(positions, self.total) - self.before
        targets = np.arange(len(x))
        inside = (x >= 0) & (x < self.n)
        parts = [(targets[inside], x[inside], np.ones(inside.sum()))]
        for distance, edge, sign, length in ((-x, 0, 1, min(self.before, self.n - 1)),
                                             (x - (self.n - 1), self.n - 1, -1, min(self.after, self.n - 1))):
            near = (distance > 0) & (distance <= length)
            taper = 0.5 + 0.5 * np.cos(np.pi * distance[near] / (length + 1))
            parts.append((targets[near], np.full(near.sum(), edge), 2 * taper))
            parts.append((targets[near], edge + sign * distance[near], -taper))
        return tuple(np.concatenate(column) for column in zip(*parts))

    def gathered(self, positions):
        """The padded field at padded ``positions`` (wrapped periodically) from the data cells it needs, taken as a
        few contiguous ranges (the window's own and, across the periodic wrap, those at the far edge): (sparse
        (len(positions), cells of the ranges) matrix, list of (start, stop) data ranges)."""
        targets, sources, weights = self.extension(positions)
        needed = np.unique(sources)
        parts = np.split(needed, np.flatnonzero(np.diff(needed) > 1) + 1)
        ranges = [(int(part[0]), int(part[-1]) + 1) for part in parts]
        starts = np.array([start for start, _ in ranges])
        offsets = np.cumsum([0] + [stop - start for start, stop in ranges])
        which = np.searchsorted(starts, sources, side="right") - 1
        return scipy.sparse.csr_matrix((weights, (targets, sources - starts[which] + offsets[which])),
                                       shape=(len(positions), int(offsets[-1]))), ranges

    def block_sums(self):
        """Sparse (nodes, n) matrix: the sum of the padded field over each decimated cell, from the data."""
        targets, sources, weights = self.extension(np.arange(self.total))
        return scipy.sparse.csr_matrix((weights, (targets // self.step, sources)), shape=(self.nodes, self.n))


def _spline_basis(axis, positions):
    """Sparse cubic B-spline basis (len(positions), needed nodes) of the decimated periodic axis at padded
    ``positions``, and the node indices it uses."""
    q = (positions + 0.5) / axis.step - 0.5
    first = np.floor(q).astype(np.int64) - 1
    offsets = np.arange(4)
    t = np.abs(q[:, None] - (first[:, None] + offsets))
    weights = np.where(t < 1, 2 / 3 - t**2 + t**3 / 2, (2 - t) ** 3 / 6)
    nodes, columns = np.unique(np.mod(first[:, None] + offsets, axis.nodes), return_inverse=True)
    rows = np.repeat(np.arange(len(q)), 4)
    basis = scipy.sparse.csr_matrix((weights.ravel().astype(np.float32), (rows, columns.ravel())),
                                    shape=(len(q), len(nodes)))
    return basis, nodes


def _interpolate(coefficients, row_basis, col_basis):
    """The separable product ``row_basis @ coefficients @ col_basis.T`` (sparse bases, dense coefficients)."""
    return np.asarray(col_basis @ (row_basis @ coefficients).T).T


def _spline(layer, rows, cols, row_positions, col_positions):
    """Cubic spline of one layer of decimated coefficients (row nodes, column nodes) of the axes ``rows`` and
    ``cols`` at padded ``row_positions`` x ``col_positions``."""
    row_basis, row_nodes = _spline_basis(rows, row_positions)
    col_basis, col_nodes = _spline_basis(cols, col_positions)
    return _interpolate(np.asarray(layer[np.ix_(row_nodes, col_nodes)]), row_basis, col_basis)


@dataclass(frozen=True)
class _Magnetic:
    """State of :func:`magnetic_transforms_tiled`'s tiles (sent once to each worker)."""

    path: str
    nodata: object
    grid: GridSpec
    rows: _Axis
    cols: _Axis
    plane: tuple  # (value at the grid centre, east and north gradients per metre), transforms._fit_plane's
    outputs: tuple
    fields: tuple  # linear fields computed: the decimated pass stores "low" then these
    options: tuple  # (rtp kernel or None, height, vd order)
    coarse_path: str  # .npy (1 + len(fields), row nodes, col nodes): cubic spline coefficients
    halo: int


def _fields(outputs, vd_order):
    """The linear fields behind ``outputs``: the linear outputs, then the east, north and downward first
    derivatives the gradient outputs need (the downward one is the vertical derivative when its order is 1)."""
    fields = [name for name in ("rtp", "upward", "vertical_derivative") if name in outputs]
    if outputs & _GRADIENT_OUTPUTS:
        fields += ["east", "north"]
        if not ("vertical_derivative" in outputs and vd_order == 1):
            fields.append("down")
    return tuple(fields)


def _kernel(name, options):
    """Kernel ``K(kx, ky)`` of linear field ``name``, not including the reduction to the pole."""
    _, height, vd_order = options
    return {"rtp": lambda kx, ky: np.float32(1),
            "upward": partial(transforms.upward_response, height=height),
            "vertical_derivative": partial(transforms.vertical_derivative_response, order=vd_order),
            "east": transforms.east_derivative_response,
            "north": transforms.north_derivative_response,
            "down": partial(transforms.vertical_derivative_response, order=1)}[name]


def _filtered(values, cell_y, cell_x, fields, options, low_pass=None, progress=None):
    """Periodic spectral filtering of ``values`` (float32): dict field -> array, plus ``"low"`` (the low-passed
    input) when ``low_pass`` is given, which then also multiplies every field's response. ``progress`` is told
    the fraction of the fields done."""
    shape = values.shape
    spectrum = scipy.fft.rfft2(values, workers=-1)
    kx = (2 * np.pi * scipy.fft.rfftfreq(shape[1], cell_x)).astype(np.float32)[None, :]
    ky = (-2 * np.pi * scipy.fft.fftfreq(shape[0], cell_y)).astype(np.float32)[:, None]
    results = {}
    if low_pass is not None:
        spectrum *= low_pass(kx, ky)
        results["low"] = scipy.fft.irfft2(spectrum, s=shape, workers=-1).astype(np.float32, copy=False)
    rtp = options[0]
    if rtp is not None:
        spectrum *= rtp(kx, ky)
    for done, name in enumerate(fields, start=1):
        results[name] = scipy.fft.irfft2(spectrum * _kernel(name, options)(kx, ky), s=shape,
                                         workers=-1).astype(np.float32, copy=False)
        report(progress, done / len(fields))
    return results


def _plane_at(plane, grid, rows, cols):
    """The plane (centre value, east and north gradients per metre) at grid rows ``rows`` and columns ``cols``
    (arrays of cell indices, fractional allowed) as a float32 (rows, cols) array."""
    centre, east, north = plane
    x = (np.asarray(cols) - (grid.cols - 1) / 2) * grid.cell_x
    y = -(np.asarray(rows) - (grid.rows - 1) / 2) * grid.cell_y
    return (centre + east * x[None, :] + north * y[:, None]).astype(np.float32)


def _plane_values(plane, grid, rows, cols):
    """The plane over grid rows ``rows`` and columns ``cols`` (start, stop pairs)."""
    return _plane_at(plane, grid, np.arange(*rows), np.arange(*cols))


def _filled_window(path, nodata, grid, plane, rows, cols, fallback):
    """The data less the plane over grid ``rows`` and ``cols`` (start, stop pairs), float32, holes filled with
    transforms.fill_nodata on a window aligned to :data:`FILL_ALIGN` (``fallback(rows, cols)`` gives the values
    of a window without any data)."""
    values = read_window(path, rows, cols, nodata)[0]
    if np.isnan(values).any():
        big_rows = (max((rows[0] // FILL_ALIGN - 1) * FILL_ALIGN, 0),
                    min((-(-rows[1] // FILL_ALIGN) + 1) * FILL_ALIGN, grid.rows))
        big_cols = (max((cols[0] // FILL_ALIGN - 1) * FILL_ALIGN, 0),
                    min((-(-cols[1] // FILL_ALIGN) + 1) * FILL_ALIGN, grid.cols))
        values = read_window(path, big_rows, big_cols, nodata)[0]
        values -= _plane_values(plane, grid, big_rows, big_cols)
        values = transforms.fill_nodata(values) if np.isfinite(values).any() else fallback(big_rows, big_cols)
        inside = (slice(rows[0] - big_rows[0], rows[1] - big_rows[0]),
                  slice(cols[0] - big_cols[0], cols[1] - big_cols[0]))
        return values[inside]
    values -= _plane_values(plane, grid, rows, cols)
    return values


def _padded_window(path, nodata, grid, plane, rows, cols, row_positions, col_positions, fallback):
    """The whole grid's padded periodic field (float32; axes ``rows`` and ``cols``) at padded ``row_positions`` x
    ``col_positions``: the data less ``plane`` (holes filled by :func:`_filled_window`, ``fallback`` for a window
    without data), extended beyond the data as the whole-grid transforms pad it."""
    row_map, row_ranges = rows.gathered(row_positions)
    col_map, col_ranges = cols.gathered(col_positions)
    values = np.block([[_filled_window(path, nodata, grid, plane, data_rows, data_cols, fallback)
                        for data_cols in col_ranges] for data_rows in row_ranges])
    return np.asarray(col_map @ (row_map @ values).T).T.astype(np.float32)


def _core_holes(path, nodata, tile):
    """The nodata cells of ``tile``'s core."""
    return np.isnan(read_window(path, (tile.row0, tile.row1), (tile.col0, tile.col1), nodata)[0])


def _plane_part(name, plane, grid, tile, vd_order):
    """What field ``name`` makes of the removed plane over ``tile`` (docs/science.md section 2, step 5)."""
    if name in ("rtp", "upward") or (name == "vertical_derivative" and vd_order == 0):
        return _plane_values(plane, grid, (tile.row0, tile.row1), (tile.col0, tile.col1))
    return {"east": plane[1], "north": plane[2]}.get(name, 0.0)


def _combined(fields, outputs):
    """The requested outputs from the summed linear fields: THDR, tilt (degrees) and analytic signal as
    transforms.magnetic_transforms makes them."""
    results = {name: fields[name] for name in outputs if name in fields}
    if outputs & _GRADIENT_OUTPUTS:
        down = fields.get("down", fields.get("vertical_derivative"))
        thdr = np.hypot(fields["east"], fields["north"])
        if "thdr" in outputs:
            results["thdr"] = thdr
        if "tilt" in outputs:
            results["tilt"] = np.degrees(np.arctan2(down, thdr))
        if "analytic_signal" in outputs:
            results["analytic_signal"] = np.hypot(thdr, down)
    return results


def _cosine_window(length, taper):
    """1 in the middle, rising from near 0 over ``taper`` cells at each end."""
    window = np.ones(length, np.float32)
    rise = (0.5 - 0.5 * np.cos(np.pi * (np.arange(taper) + 0.5) / taper)).astype(np.float32)
    window[:taper] *= rise
    window[length - taper:] *= rise[::-1]
    return window


def _magnetic_tile(state, tile):
    grid, rows, cols, halo = state.grid, state.rows, state.cols, state.halo
    coarse = np.load(state.coarse_path, mmap_mode="r")
    window_rows = np.arange(tile.row0 - halo, tile.row1 + halo) + rows.before  # on the padded periodic grid
    window_cols = np.arange(tile.col0 - halo, tile.col1 + halo) + cols.before

    def smooth(rows_, cols_):  # the smooth part over data rows and columns: fills a window without data
        return _spline(coarse[0], rows, cols, np.arange(*rows_) + rows.before, np.arange(*cols_) + cols.before)

    # the padded field on the window (as the whole-grid transform pads), less the smooth part, tapered to 0
    holes = _core_holes(state.path, state.nodata, tile)
    padded = _padded_window(state.path, state.nodata, grid, state.plane, rows, cols, window_rows, window_cols, smooth)
    padded -= _spline(coarse[0], rows, cols, window_rows, window_cols)
    taper = max(halo // 2, 1)
    padded *= _cosine_window(padded.shape[0], taper)[:, None]
    padded *= _cosine_window(padded.shape[1], taper)[None, :]
    shape = tuple(scipy.fft.next_fast_len(n + taper, real=True) for n in padded.shape)
    framed = np.zeros(shape, np.float32)
    framed[: padded.shape[0], : padded.shape[1]] = padded
    del padded
    report(_tile_progress(), WINDOW_SHARE)
    fields = _filtered(framed, grid.cell_y, grid.cell_x, state.fields, state.options,
                       progress=_part(_tile_progress(), (WINDOW_SHARE, 0.9)))
    # add the smooth part's fields and the plane's, then combine
    core = (slice(halo, halo + tile.shape[0]), slice(halo, halo + tile.shape[1]))
    summed = {}
    for index, name in enumerate(state.fields, start=1):
        summed[name] = (fields[name][core] + _spline(coarse[index], rows, cols, window_rows[core[0]],
                                                     window_cols[core[1]])
                        + _plane_part(name, state.plane, grid, tile, state.options[2]))
    results = _combined(summed, set(state.outputs))
    for array in results.values():
        array[holes] = np.nan
    return results


def _linear(sources, positions):
    """Sparse (len(positions), len(sources)) linear interpolation between increasing ``sources`` (clamped)."""
    right = np.clip(np.searchsorted(sources, positions, side="right"), 1, max(len(sources) - 1, 1))
    left = np.maximum(right - 1, 0)
    right = np.minimum(right, len(sources) - 1)
    span = sources[right] - sources[left]
    fraction = np.clip((positions - sources[left]) / np.where(span > 0, span, 1), 0, 1)
    targets = np.arange(len(positions))
    return scipy.sparse.csr_matrix((np.concatenate([1 - fraction, fraction]),
                                    (np.concatenate([targets, targets]), np.concatenate([left, right]))),
                                   shape=(len(positions), len(sources)))


class _Survey:
    """The streamed passes over the input of :func:`magnetic_transforms_tiled`.

    :meth:`scan` (first pass): the normal equations of the plane of the edge cells (transforms._fit_plane on
    transforms._edge_cells), the value range, and the mean of the valid cells in each decimated cell's part of the
    data (to fill holes on the decimated grid). :meth:`block_means` (second pass): the exact mean of the padded
    field (data less the plane, holes filled from the first pass) over every decimated cell."""

    def __init__(self, info, rows, cols):
        self.info, self.rows, self.cols = info, rows, cols
        self.row_block = (np.arange(rows.n) + rows.before) // rows.step
        self.col_block = (np.arange(cols.n) + cols.before) // cols.step
        self.col_starts = np.flatnonzero(np.diff(self.col_block, prepend=-1))
        self.sums = np.zeros((self.row_block[-1] - self.row_block[0] + 1, len(self.col_starts)))
        self.counts = np.zeros_like(self.sums)
        self.normal, self.rhs = np.zeros((3, 3)), np.zeros(3)
        self.low, self.high = np.inf, -np.inf
        self.holes = False

    def scan(self, r0, r1):
        grid = self.info.grid
        top, bottom = max(r0 - 1, 0), min(r1 + 1, grid.rows)
        values = read_window(self.info.path, (top, bottom), (0, grid.cols), self.info.nodata)[0]
        if np.isinf(values).any():
            raise ValueError(f"'{self.info.path}' holds infinities: mark nodata with the file's nodata value.")
        valid = np.isfinite(values)
        own = slice(r0 - top, r1 - top)  # the strip read with a row either side: its edge cells are the grid's
        values, valid, edge = values[own], valid[own], transforms._edge_cells(valid)[own]
        self.holes |= not valid.all()
        if valid.any():
            self.low = min(self.low, float(np.nanmin(values)))
            self.high = max(self.high, float(np.nanmax(values)))
        row = np.broadcast_to((np.arange(r0, r1) - (grid.rows - 1) / 2)[:, None], edge.shape)[edge]
        col = np.broadcast_to((np.arange(grid.cols) - (grid.cols - 1) / 2)[None, :], edge.shape)[edge]
        f = values[edge].astype(np.float64)
        self.normal += [[len(f), col.sum(), row.sum()], [col.sum(), col @ col, col @ row],
                        [row.sum(), col @ row, row @ row]]
        self.rhs += [f.sum(), col @ f, row @ f]
        blocks = self.row_block[r0:r1] - self.row_block[0]
        starts = np.flatnonzero(np.diff(blocks, prepend=-1))
        zeroed = np.where(valid, values, 0).astype(np.float64)
        for target, sums in ((self.sums, zeroed), (self.counts, valid.astype(np.float64))):
            per_block = np.add.reduceat(np.add.reduceat(sums, starts, axis=0), self.col_starts, axis=1)
            target[blocks[starts]] += per_block

    def plane(self):
        grid = self.info.grid
        centre, per_column, per_row_down = np.linalg.lstsq(self.normal, self.rhs, rcond=None)[0]
        return float(centre), float(per_column / grid.cell_x), float(-per_row_down / grid.cell_y)

    def _decimated_fill(self, plane):
        """A function giving, over data rows and columns (start, stop pairs), the means of the first pass less the
        plane, holes filled on the decimated grid and interpolated: what fills a window without any data."""
        grid, rows, cols = self.info.grid, self.rows, self.cols
        with np.errstate(invalid="ignore", divide="ignore"):
            means = (self.sums / self.counts).astype(np.float32)
        blocks = self.row_block - self.row_block[0]
        row_centres = np.bincount(blocks, np.arange(rows.n)) / np.bincount(blocks)
        col_centres = (self.col_starts + np.append(self.col_starts[1:], cols.n) - 1) / 2
        means = transforms.fill_nodata(means - _plane_at(plane, grid, row_centres, col_centres))

        def fill(rows_, cols_):
            return _interpolate(means, _linear(row_centres, np.arange(*rows_)), _linear(col_centres, np.arange(*cols_)))

        return fill

    def block_means(self, plane, progress=None, fraction=(0.0, 1.0)):
        """(row nodes, column nodes) float32: the padded field's mean over each decimated cell."""
        grid, rows, cols = self.info.grid, self.rows, self.cols
        fallback = self._decimated_fill(plane) if self.holes else None
        row_sums, col_sums = rows.block_sums(), cols.block_sums()
        total = np.zeros((rows.nodes, cols.nodes))
        strips = _row_strips(grid)
        for done, (r0, r1) in enumerate(strips, start=1):
            values = _filled_window(self.info.path, self.info.nodata, grid, plane, (r0, r1), (0, grid.cols),
                                    fallback)
            part = row_sums[:, r0:r1]
            touched = np.unique(part.nonzero()[0])  # the decimated rows these data rows reach
            total[touched] += part[touched] @ (col_sums @ values.T.astype(np.float64)).T
            report(progress, fraction[0] + (fraction[1] - fraction[0]) * done / len(strips))
        return (total / (rows.step * cols.step)).astype(np.float32)


def _coarse_pass(survey, names, fields, options, path, progress=None):
    """The smooth part on the decimated periodic grid: the padded field's block means, low-passed, and its linear
    fields, saved as cubic-spline coefficients to ``path``. Returns (plane, cutoff wavelength in m)."""
    grid, rows, cols = survey.info.grid, survey.rows, survey.cols
    strips = _row_strips(survey.info.grid)
    for done, (r0, r1) in enumerate(strips, start=1):
        survey.scan(r0, r1)
        report(progress, 0.04 * done / len(strips))
    if not survey.counts.any():
        raise ValueError("the grid holds no valid (non-NaN) cell.")
    if names - {"upward"} and survey.low == survey.high:
        raise ValueError("the grid is constant (zero variance): there is no anomaly to reduce or differentiate.")
    plane = survey.plane()
    coarse = survey.block_means(plane, progress, (0.04, 0.08))
    cell_y, cell_x = grid.cell_y * rows.step, grid.cell_x * cols.step
    cutoff = CUTOFF_NODES * max(cell_x, cell_y)
    low_pass = partial(transforms.low_pass_response, cutoff_wavelength=cutoff, kind="butterworth",
                       order=LOW_PASS_ORDER)
    filtered = _filtered(coarse, cell_y, cell_x, fields, options, low_pass, _part(progress, (0.08, 0.09)))
    del coarse
    stored = np.lib.format.open_memmap(path, mode="w+", dtype=np.float32,
                                       shape=(1 + len(fields), rows.nodes, cols.nodes))
    for index, name in enumerate(("low", *fields)):
        stored[index] = scipy.ndimage.spline_filter(filtered.pop(name), order=3, mode="grid-wrap")
        report(progress, 0.09 + 0.01 * (index + 1) / (1 + len(fields)))
    stored.flush()
    del stored
    return plane, cutoff


def default_decimation(shape, padding=0.25):
    """Smallest decimation whose periodic decimated grid has at most :data:`COARSE_SIDE` cells a side."""
    total = max(transforms.padded_size(n, padding) for n in shape)
    return max(1, -(-total // COARSE_SIDE))


def magnetic_transforms_tiled(path, outputs, inclination=None, declination=None, mag_inclination=None,
                              mag_declination=None, height=None, vd_order=1, low_latitude="auto", padding=0.25,
                              tile=TILE, halo=None, decimation=None, scheduler=None, progress=None):
    """:func:`~.magnetics.transforms.magnetic_transforms` of the GeoTIFF at ``path`` (band 1, a total-field
    anomaly in nT), tile by tile, written to ``outputs`` (name -> path; names from
    :data:`~.magnetics.transforms.MAGNETIC_OUTPUTS`). Same parameters, conventions and units as the whole-grid
    function (RTP first when requested; outputs NaN where the input is nodata).

    The whole-grid transform is reproduced as a sum: a decimated global pass (``decimation`` cells to one,
    default :func:`default_decimation`) filters the long wavelengths of the padded grid, and each tile filters
    the rest with ``halo`` cells (default: :data:`HALO_CUTOFFS` times the low-pass cutoff, and at least
    :data:`HALO_HEIGHTS` upward-continuation heights and :data:`MIN_HALO` cells). ``progress``: the fraction done
    (the global pass is the first 10 %), False stops. Returns ``outputs``. Tolerance against the whole-grid
    result: docs/tiling.md.
    """
    names = set(outputs)
    unknown = names - set(transforms.MAGNETIC_OUTPUTS)
    if unknown or not names:
        raise ValueError(f"outputs must name a non-empty subset of {transforms.MAGNETIC_OUTPUTS}, got "
                         f"{sorted(names)}.")
    rtp = None
    if "rtp" in names:
        rtp = transforms._rtp_kernel(inclination, declination, *transforms._magnetisation_direction(
            inclination, declination, mag_inclination, mag_declination), low_latitude)
    if "upward" in names:
        transforms._check_positive(height, "the upward continuation height (m)")
    if not vd_order >= 0:
        raise ValueError(f"the vertical derivative order must be >= 0, got {vd_order}.")
    transforms._check_padding(padding)
    info = RasterInfo.of(path)
    grid = info.grid
    if min(grid.shape) < transforms.MIN_CELLS:
        raise ValueError(f"the grid is {grid.rows} x {grid.cols} cells; transforms need at least "
                         f"{transforms.MIN_CELLS} cells a side.")
    decimation = default_decimation(grid.shape, padding) if decimation is None else int(decimation)
    if decimation < 1:
        raise ValueError(f"decimation must be a whole number >= 1, got {decimation}.")
    rows, cols = _Axis.of(grid.rows, padding, decimation), _Axis.of(grid.cols, padding, decimation)
    fields = _fields(names, vd_order)
    options = (rtp, height, vd_order)
    folder = os.path.dirname(os.path.abspath(next(iter(outputs.values()))))
    coarse_path = os.path.join(folder, f".lodestone-coarse.{uuid.uuid4().hex[:8]}.partial.npy")
    try:
        plane, cutoff = _coarse_pass(_Survey(info, rows, cols), names, fields, options, coarse_path, progress)
        report(progress, 0.1)
        if halo is None:
            reach = HALO_CUTOFFS * cutoff
            if "upward" in names:
                reach = max(reach, HALO_HEIGHTS * height)
            halo = max(MIN_HALO, 16 * math.ceil(reach / min(grid.cell_x, grid.cell_y) / 16))
        if halo < 2:
            raise ValueError(f"The halo must be at least 2 cells, got {halo}.")
        state = _Magnetic(info.path, info.nodata, grid, rows, cols, plane, tuple(sorted(names)), fields, options,
                          coarse_path, int(halo))
        return run_tiles(_magnetic_tile, state, tiles(grid.shape, tile), outputs, grid, info.crs, scheduler,
                         _part(progress, (0.1, 1.0)), _block_size(tile))
    finally:
        if os.path.exists(coarse_path):
            os.remove(coarse_path)



# ----------------------------------------------------------------------------------------------------------------
# Phase symmetry: the whole-grid statistics from streamed passes, then tiles with a halo
#
# phase_symmetry scales the grid by the mean and standard deviation of its valid cells, fills its holes and pads it
# (odd reflection tapered to zero, periodic; phasesymmetry._padded), then takes each orientation's noise threshold
# from the median amplitude of its smallest scale over the valid cells and, with combine="max", the amplitude floor
# from a percentile of each cell's largest orientation amplitude. The tiled path computes those statistics over
# the whole grid first (exact order statistics, below), then gives them to phase_symmetry on each tile's window of
# the whole grid's padded field.

HALO_WAVELENGTHS = 16.0
"""Default halo of :func:`phase_symmetry_tiled` in largest filter wavelengths (rounded up to 16 cells): the
log-Gabor filters' impulse responses fall as a power of the distance (docs/tiling.md gives the measured tolerance).
8 held the randomised family's bars but not on the British compilation (1.4e-3; 16: 2.5e-4)."""

READ_FRACTION = 0.02
"""The part of :func:`phase_symmetry_tiled`'s progress that the streamed read of the mean and standard deviation
takes."""

RANK_BITS = 16
"""Exact order statistics of many non-negative float32 values, seen tile by tile: their bit patterns, ordered as
the values, are counted by their high 16 bits (first look), then, in the bins holding the wanted ranks, by their
low 16 bits (second look); the rank's bits, so its value, follow. Two looks of a few counts each, whatever the
grid size."""


def _bits(values):
    """uint32 bit patterns of non-negative float32 ``values``, flattened (ordered as the values)."""
    return np.ascontiguousarray(values, dtype=np.float32).reshape(-1).view(np.uint32)


def _high_counts(values):
    """The first look: (high bits, counts) of ``values`` (:data:`RANK_BITS`)."""
    return np.unique(_bits(values) >> RANK_BITS, return_counts=True)


def _low_counts(values, bins):
    """The second look: {high bits: (low bits, counts)} of the ``values`` in the high-bit ``bins``."""
    bits = _bits(values)
    high = bits >> RANK_BITS
    return {int(b): np.unique(bits[high == b] & ((1 << RANK_BITS) - 1), return_counts=True) for b in bins}


class _Ranks:
    """The counts of one set of values (:data:`RANK_BITS`), added look by look; then values at ranks."""

    def __init__(self):
        self.high = np.zeros(1 << RANK_BITS, np.int64)
        self.low = {}

    def add(self, counted):
        keys, counts = counted
        self.high[keys] += counts

    def add_low(self, counted):
        for key, (keys, counts) in counted.items():
            self.low.setdefault(key, np.zeros(1 << RANK_BITS, np.int64))[keys] += counts

    @property
    def size(self):
        return int(self.high.sum())

    def _place(self, counts, rank):
        cumulative = np.cumsum(counts)
        index = int(np.searchsorted(cumulative, rank, side="right"))
        return index, rank - (int(cumulative[index - 1]) if index else 0)

    def bins(self, ranks):
        """The high-bit bins holding 0-based ``ranks`` (after the first look)."""
        return tuple(sorted({self._place(self.high, rank)[0] for rank in ranks}))

    def value(self, rank):
        """The value of 0-based ``rank`` (after the second look on :meth:`bins`), a float32."""
        high, within = self._place(self.high, rank)
        low = self._place(self.low[high], within)[0]
        return np.uint32((high << RANK_BITS) | low).view(np.float32)

    def median_ranks(self):
        return ((self.size - 1) // 2, self.size // 2)

    def median(self):
        """np.median's: the mean of the two middle values (float)."""
        return sum(float(self.value(rank)) for rank in self.median_ranks()) / 2

    def percentile_ranks(self, q):
        position = q / 100 * (self.size - 1)
        below = math.floor(position)
        return (below, min(below + 1, self.size - 1)), position - below

    def percentile(self, q):
        """phasesymmetry.percentile's: linear interpolation between the two nearest ranks, in float64."""
        (below, above), fraction = self.percentile_ranks(q)
        low, high = float(self.value(below)), float(self.value(above))
        return low + (high - low) * fraction


@dataclass(frozen=True)
class _Phase:
    """State of :func:`phase_symmetry_tiled`'s passes (sent once to each worker)."""

    path: str
    nodata: object
    grid: GridSpec
    rows: _Axis  # phase_symmetry's padded periodic axes of the whole grid
    cols: _Axis
    halo: int
    bank: dict  # phase_symmetry's filter-bank keywords
    statistics: phasesymmetry.PhaseStatistics  # mean and std; and the thresholds (and floor) for the last pass
    options: dict  # k, polarity, combine
    outputs: tuple = ()
    bins: tuple = ()  # the second look: for each orientation, the high-bit bins of the median's ranks


_SCALED = phasesymmetry.PhaseStatistics(0.0, 1.0)
"""The windows are scaled already: phase_symmetry scales them by (x - 0) / 1, which changes no bit."""


def _padded_axis(n, width):
    """The periodic axis phase_symmetry pads ``n`` cells to (at least ``width`` cells a side, a fast FFT length)."""
    total = scipy.fft.next_fast_len(n + 2 * width, real=True)
    axis = _Axis(n, total, (total - n) // 2, 1)
    if max(axis.before, axis.after) > n - 1:
        raise ValueError(f"The grid ({n} cells along an axis) is too small for the tiled path: phase symmetry "
                         f"pads it by {max(axis.before, axis.after)} cells, more than it holds. Process it whole.")
    return axis


def _phase_window(state, tile):
    """The whole grid's scaled, filled and padded field (as phase_symmetry makes it, float32) over the tile's core
    grown by the halo; and the core's holes. The field is None when the core has no valid cell."""
    holes = _core_holes(state.path, state.nodata, tile)
    if holes.all():
        return None, holes
    halo = state.halo
    plane = (state.statistics.mean, 0.0, 0.0)  # the mean removed as a level; holes filled on aligned windows

    def empty(rows, cols):  # an aligned window without any data: the mean
        return np.zeros((rows[1] - rows[0], cols[1] - cols[0]), np.float32)

    window = _padded_window(state.path, state.nodata, state.grid, plane, state.rows, state.cols,
                            np.arange(tile.row0 - halo, tile.row1 + halo) + state.rows.before,
                            np.arange(tile.col0 - halo, tile.col1 + halo) + state.cols.before, empty)
    window /= np.float32(state.statistics.std)
    return window, holes


def _core(state, tile):
    return (slice(state.halo, state.halo + tile.shape[0]), slice(state.halo, state.halo + tile.shape[1]))


def _phase_amplitudes(state, tile, all_scales):
    """phasesymmetry.orientation_amplitudes on the tile's window: each orientation's smallest-scale amplitudes on
    the valid core cells (n_orientations, cells), and with ``all_scales`` the largest amplitude sums on the core
    (NaN at holes); (None, None) for a tile without a valid cell."""
    window, holes = _phase_window(state, tile)
    if window is None:
        return None, None
    report(_tile_progress(), WINDOW_SHARE)
    smallest, largest = phasesymmetry.orientation_amplitudes(window, **state.bank, statistics=_SCALED,
                                                             all_scales=all_scales,
                                                             progress=_part(_tile_progress(), (WINDOW_SHARE, 1.0)))
    core = _core(state, tile)
    smallest = smallest[:, core[0], core[1]][:, ~holes]
    if largest is not None:
        largest = largest[core]
        largest[holes] = np.nan
    return smallest, largest


def _phase_first_look(state, tile):
    smallest, largest = _phase_amplitudes(state, tile, state.options["combine"] == "max")
    return None if smallest is None else ([_high_counts(values) for values in smallest], largest)


def _phase_second_look(state, tile):
    smallest, _ = _phase_amplitudes(state, tile, False)
    return None if smallest is None else [_low_counts(values, bins) for values, bins in zip(smallest, state.bins)]


def _phase_tile(state, tile):
    window, holes = _phase_window(state, tile)
    if window is None:
        return {name: np.full(tile.shape, np.nan, np.float32) for name in state.outputs}
    report(_tile_progress(), WINDOW_SHARE)
    result = phasesymmetry.phase_symmetry(window, **state.bank, **state.options,
                                          progress=_part(_tile_progress(), (WINDOW_SHARE, 1.0)),
                                          statistics=state.statistics._replace(mean=0.0, std=1.0))
    core = _core(state, tile)
    arrays = {}
    for name in state.outputs:
        arrays[name] = getattr(result, name)[core]
        arrays[name][holes] = np.nan
    return arrays


def _valid_strips(info, progress=None):
    """The valid (non-NaN) values of ``info``'s band 1, strip of rows by strip of rows (a 1-D float32 array each);
    an infinity is an error (nodata must be marked as nodata)."""
    for r0, r1 in _row_strips(info.grid):
        report(progress, r0 / info.grid.rows)
        values = read_window(info.path, (r0, r1), (0, info.grid.cols), info.nodata)[0]
        if np.isinf(values).any():
            raise ValueError(f"'{info.path}' holds infinities: mark nodata with the file's nodata value.")
        yield values[~np.isnan(values)]


def _mean_std(info, progress=None):
    """Mean and standard deviation (float64) of the valid cells of ``info``'s band 1, streamed by strips of rows."""
    shift, count, total, squares = None, 0, 0.0, 0.0
    for strip in _valid_strips(info, progress):
        valid = strip.astype(np.float64)
        if valid.size:
            shift = float(valid.mean()) if shift is None else shift  # sums about a near value: no cancellation
            valid -= shift
            count, total, squares = count + valid.size, total + valid.sum(), squares + valid @ valid
    if not count:
        raise ValueError("the grid holds no valid (non-NaN) cell.")
    spread = math.sqrt(max(squares / count - (total / count) ** 2, 0.0))
    if spread == 0:
        raise ValueError("the grid is constant: it has no feature to detect.")
    return shift + total / count, spread


def _phase_statistics(state, tile_list, scheduler, folder, progress, fractions):
    """The whole-grid :data:`~.structure.phasesymmetry.PhaseStatistics` of ``state`` (which holds the mean and
    standard deviation): the first look over the tiles (with "max", the largest amplitude sums are kept meanwhile
    in a temporary float32 .npy in ``folder``), the second look for the medians, then the floor from the kept sums.
    ``fractions``: the (start, stop) spans of ``progress`` the two looks take."""
    medians = [_Ranks() for _ in range(state.bank["n_orientations"])]
    largest_path = os.path.join(folder, f".lodestone-largest.{uuid.uuid4().hex[:8]}.partial.npy")
    largest = None

    def first(tile, result):
        core = (slice(tile.row0, tile.row1), slice(tile.col0, tile.col1))
        if result is not None:
            for ranks, counted in zip(medians, result[0]):
                ranks.add(counted)
        if largest is not None:
            largest[core] = np.nan if result is None else result[1]

    def second(tile, result):
        for ranks, counted in zip(medians, result or ()):
            ranks.add_low(counted)

    try:
        if state.options["combine"] == "max":
            largest = np.lib.format.open_memmap(largest_path, mode="w+", dtype=np.float32, shape=state.grid.shape)
        _map_tiles(_phase_first_look, state, tile_list, first, scheduler, _part(progress, fractions[0]))
        bins = tuple(ranks.bins(ranks.median_ranks()) for ranks in medians)
        _map_tiles(_phase_second_look, replace(state, bins=bins), tile_list, second, scheduler,
                   _part(progress, fractions[1]))
        floor = None if largest is None else phasesymmetry.amplitude_floor(
            _kept_percentile(largest, phasesymmetry.FLOOR_PERCENTILE))
    finally:
        largest = None  # the memmap closed before its file is removed
        if os.path.exists(largest_path):
            os.remove(largest_path)
    thresholds = tuple(phasesymmetry.noise_threshold(ranks.median(), state.bank["mult"], state.bank["n_scales"],
                                                     state.options["k"]) for ranks in medians)
    return state.statistics._replace(thresholds=thresholds, floor=floor)


def _kept_percentile(values, q, rows_per_strip=1024):
    """np.percentile of the non-NaN ``values`` (a float32 memmap, non-negative), in two looks by strips of rows."""
    ranks = _Ranks()
    strips = [values[r : r + rows_per_strip] for r in range(0, values.shape[0], rows_per_strip)]
    for strip in strips:
        ranks.add(_high_counts(strip[~np.isnan(strip)]))
    bins = ranks.bins(ranks.percentile_ranks(q)[0])
    for strip in strips:
        ranks.add_low(_low_counts(strip[~np.isnan(strip)], bins))
    return ranks.percentile(q)


def _phase_state(path, bank, options, halo, progress, statistics=None):
    """The checked parameters and the state of :func:`phase_symmetry_tiled`'s passes, with ``statistics`` or else
    the grid's mean and standard deviation (a streamed read, the first :data:`READ_FRACTION` of ``progress``); and
    the raster's :class:`RasterInfo`."""
    info = RasterInfo.of(path)
    grid = info.grid
    phasesymmetry._check_parameters(grid.shape, bank["n_scales"], bank["n_orientations"], bank["min_wavelength"],
                                    bank["mult"], bank["sigma_onf"], options["k"], options["polarity"],
                                    options["combine"])
    largest = float(phasesymmetry.filter_wavelengths(bank["min_wavelength"], bank["mult"], bank["n_scales"])[-1])
    width = math.ceil(largest)
    rows, cols = _padded_axis(grid.rows, width), _padded_axis(grid.cols, width)
    halo = 16 * math.ceil(HALO_WAVELENGTHS * largest / 16) if halo is None else int(halo)
    if halo < width:
        raise ValueError(f"The halo must be at least the largest filter wavelength ({width} cells), got {halo}.")
    if statistics is None:
        statistics = phasesymmetry.PhaseStatistics(*_mean_std(info, _part(progress, (0.0, READ_FRACTION))))
    return _Phase(info.path, info.nodata, grid, rows, cols, halo, bank, statistics, options), info


def _pass_fractions(n_scales, combine, statistics_too):
    """(start, stop) of ``progress`` for the first look, the second look and the last pass, after the read of the
    mean (or the last pass only, the whole run), in proportion to the filtering done: a look filters 1 scale (all of
    them for "max"'s first), the last pass all."""
    costs = [n_scales if combine == "max" else 1.0, 1.0, n_scales] if statistics_too else [n_scales]
    read = READ_FRACTION if statistics_too else 0.0
    ends = [read + (1 - read) * float(end) for end in np.cumsum([0.0, *costs]) / sum(costs)]
    return list(zip(ends[:-1], ends[1:]))


def _part(progress, span):
    """``progress`` of a pass mapped onto ``span`` (start, stop) of the whole run's."""
    return None if progress is None else (lambda fraction: progress(span[0] + (span[1] - span[0]) * fraction))


def phase_statistics_tiled(path, n_scales=5, n_orientations=6, min_wavelength=3.0, mult=2.1, sigma_onf=0.55, k=2.0,
                           combine="sum", tile=TILE, halo=None, scheduler=None, progress=None):
    """The :data:`~.structure.phasesymmetry.PhaseStatistics` that :func:`~.structure.phasesymmetry.phase_symmetry`
    takes from the whole grid of the GeoTIFF at ``path`` (band 1), computed tile by tile as
    :func:`phase_symmetry_tiled` computes them (its first passes; parameters as there). With ``combine="max"`` the
    amplitude sums behind the floor are kept meanwhile in a temporary float32 .npy in the system's temporary
    folder."""
    options = {"k": k, "polarity": 0, "combine": combine}
    state, _ = _phase_state(path, {"n_scales": n_scales, "n_orientations": n_orientations,
                                   "min_wavelength": min_wavelength, "mult": mult, "sigma_onf": sigma_onf},
                            options, halo, progress)
    client, to_close = _client(scheduler)
    try:
        return _phase_statistics(state, tiles(state.grid.shape, tile), client, tempfile.gettempdir(), progress,
                                 _pass_fractions(n_scales, combine, True))
    finally:
        for resource in to_close:
            resource.close()


def phase_symmetry_tiled(path, outputs, n_scales=5, n_orientations=6, min_wavelength=3.0, mult=2.1, sigma_onf=0.55,
                         k=2.0, polarity=0, combine="sum", tile=TILE, halo=None, statistics=None, scheduler=None,
                         progress=None):
    """:func:`~.structure.phasesymmetry.phase_symmetry` of the GeoTIFF at ``path`` (band 1), tile by tile, written
    to ``outputs`` (name -> path; names from ``symmetry``, ``orientation``, ``scale``, ``linearity``). Same
    parameters, conventions and units as the whole-grid function (wavelengths in cells; outputs NaN where the input
    is nodata).

    The whole-grid statistics (``statistics``, else :func:`phase_statistics_tiled`'s, computed first; with
    "max", the amplitude sums behind the floor are kept meanwhile in a temporary float32 .npy beside the outputs)
    are given to phase_symmetry on each tile's window of the whole grid's scaled, filled and padded field: the core
    grown by ``halo`` cells (default :data:`HALO_WAVELENGTHS` largest filter wavelengths). ``progress``: the
    fraction done, False stops. Returns ``outputs``. Tolerance against the whole-grid result: docs/tiling.md.
    """
    names = set(outputs)
    if not names or names - set(phasesymmetry.PhaseSymmetry._fields):
        raise ValueError(f"outputs must name a non-empty subset of {phasesymmetry.PhaseSymmetry._fields}, got "
                         f"{sorted(names)}.")
    block = _block_size(tile)
    state, info = _phase_state(path, {"n_scales": n_scales, "n_orientations": n_orientations,
                                      "min_wavelength": min_wavelength, "mult": mult, "sigma_onf": sigma_onf},
                               {"k": k, "polarity": polarity, "combine": combine}, halo, progress,
                               statistics)
    tile_list = tiles(info.grid.shape, tile)
    fractions = _pass_fractions(n_scales, combine, statistics is None)
    client, to_close = _client(scheduler)
    try:
        if statistics is None:
            folder = os.path.dirname(os.path.abspath(next(iter(outputs.values()))))
            statistics = _phase_statistics(state, tile_list, client, folder, progress, fractions)
        state = replace(state, statistics=statistics, outputs=tuple(sorted(names)))
        return run_tiles(_phase_tile, state, tile_list, outputs, info.grid, info.crs, client,
                         _part(progress, fractions[-1]), block)
    finally:
        for resource in to_close:
            resource.close()


def _ridge_window(arrays, grid, threshold):
    return lineaments.ridge_raster(arrays[0], threshold)


def ridges_tiled(symmetry_path, output_path, threshold=None, combine="sum", tile=TILE, scheduler=None,
                 progress=None):
    """The lineament ridge raster (:func:`~.structure.lineaments.ridge_raster`: the phase symmetry where it exceeds
    the threshold, 0 elsewhere, NaN where it is nodata) of the phase symmetry GeoTIFF at ``symmetry_path``, tile by
    tile, written to ``output_path``; equal to the bit to ``ridge_raster`` of the whole grid.

    ``threshold`` None: automatic (:func:`~.structure.lineaments.automatic_threshold` of the grid's largest
    symmetry for the ``combine`` that made it, from one streamed read of the grid, the first quarter of
    ``progress``). Returns the threshold used.
    """
    info = RasterInfo.of(symmetry_path)
    first = 0.0
    if threshold is None:
        first = 0.25
        largest = 0.0
        for strip in _valid_strips(info, _part(progress, (0.0, first))):
            largest = max(largest, float(strip.max(initial=0.0)))
        threshold = lineaments.automatic_threshold(largest, combine)
    run_tiled(partial(_ridge_window, threshold=float(threshold)), [symmetry_path], {"ridges": output_path}, tile,
              scheduler=scheduler, progress=_part(progress, (first, 1.0)))
    return float(threshold)


# ----------------------------------------------------------------------------------------------------------------
# The evidence stack: a first pass for what is global, then tiles without a halo
#
# stack_layers computes every band window by window, and each band source reads any window of rows and columns with
# the bits the whole-grid stack gives those cells (science/evidence/stacking.py). What is global is settled first,
# in this process: the band list (each raster band categorical or continuous, from a scan of the raster; the
# categories of one-hot polygons), the mask's cell count (for the sidecar), and for each distance layer the cells its
# features touch on the padded grid, trimmed as the whole-grid distance transform trims them. A tile then finds, for
# each of its cells, the nearest of ALL those feature cells (a k-d tree, built once in each process), so a distance
# needs no halo and an uncapped one is exact too.

STACK = "stack"
"""The name of :func:`stack_tiled`'s one (multi-band) output in :func:`run_tiles`."""


@dataclass(frozen=True)
class _Stack:
    """State of :func:`stack_tiled`'s tiles (sent once to each worker)."""

    sources: tuple  # stacking.band_sources, the distance ones reading from their feature trees
    grid: GridSpec
    mask: object  # polygons, or None


def _stack_tile(state, tile):
    rows, cols = (tile.row0, tile.row1), (tile.col0, tile.col1)
    within, parts = _tile_progress(), []
    for done, source in enumerate(state.sources, start=1):
        parts.append(source.read(*rows, *cols))
        report(within, done / (len(state.sources) + 1))
    values = np.concatenate(parts)
    if state.mask is not None:
        values[:, ~(stacking.rasterize_window(state.mask, state.grid, rows=rows, cols=cols) > 0)] = np.nan
    return {STACK: values}


def stack_tiled(layers, grid, crs_wkt, output_path, mask=None, max_distance=None, nodata=-99999.0, tile=TILE,
                scheduler=None, progress=None):
    """:func:`~.evidence.stacking.stack_layers` tile by tile: the same parameters, the same multi-band float32
    GeoTIFF at ``output_path`` (band descriptions and tags; band-interleaved, tiled, deflate) and the same sidecar
    ``<output_path>.json``, every band equal to the whole-grid stack's to the bit.

    A first pass, in this process, checks every layer, decides the bands, counts the mask's cells and finds the
    cells each distance layer's features touch (the first 10 % of ``progress`` when there is one); then each tile
    computes all its bands (a distance from the nearest feature cell anywhere, by a k-d tree) with no halo. The
    sidecar is written under a temporary name and renamed after the GeoTIFF, which :func:`run_tiles` writes under a
    temporary name and renames when complete: a cancel or a failure leaves neither. Memory: the tiles in flight
    (bands x tile² x 4 bytes each), and per distance layer 8 bytes per feature cell plus its tree. Returns the
    :class:`~.evidence.stacking.StackResult`.
    """
    crs = stacking.stack_crs(layers, crs_wkt)
    block = _block_size(tile)
    inside = None if mask is None else stacking.mask_cells(mask, grid)
    sources, bands = stacking.band_sources(layers, grid, crs, max_distance)
    try:
        distances = [source for source in sources if hasattr(source, "by_tree")]
        first = 0.1 if distances and progress is not None else 0.0
        for index, source in enumerate(distances):
            source.by_tree(None if progress is None else
                           (lambda f, index=index: progress(first * (index + f) / len(distances))))
        run_tiles(_stack_tile, _Stack(tuple(sources), grid, mask), tiles(grid.shape, tile), {STACK: output_path},
                  grid, crs, scheduler, None if progress is None else (lambda f: progress(first + (1 - first) * f)),
                  block, {STACK: stacking.band_metadata(bands)}, nodata)
    finally:
        for source in sources:
            source.close()
    folder, base = os.path.split(os.path.abspath(output_path))
    temporary = stacking.write_sidecar(os.path.join(folder, f".{base}.{uuid.uuid4().hex[:8]}.partial"), bands, grid,
                                       crs_wkt, mask_cells=inside)
    sidecar = f"{output_path}.json"
    os.replace(temporary, sidecar)
    return stacking.StackResult(bands, sidecar, 0 if inside is None else grid.rows * grid.cols - inside)
