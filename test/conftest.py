"""Shared pytest set-up.

The repository root *is* the plugin folder, so it must never be on ``sys.path`` (its ``processing/`` would hide
QGIS's own ``processing`` package). Instead a temporary folder holding a ``lodestone`` link to the root is put on
the path, and every test imports the plugin as ``lodestone``.

Helpers shared by several test modules are fixtures returning the function (pytest imports the test modules with
``--import-mode=importlib``, so they cannot import this file); those needing QGIS are in qgis/conftest.py.
"""
import math
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import struct
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"


def _put_plugin_on_path():
    sys.path[:] = [p for p in sys.path if Path(p or os.getcwd()).resolve() != REPO_ROOT]
    link_parent = Path(tempfile.mkdtemp(prefix="lodestone-path-"))
    (link_parent / "lodestone").symlink_to(REPO_ROOT, target_is_directory=True)
    sys.path.insert(0, str(link_parent))


_put_plugin_on_path()


try:
    import qgis.core  # noqa: F401
except ImportError:  # the plain science venv: QGIS tests cannot run there
    collect_ignore = ["qgis"]


@pytest.fixture(scope="session")
def shared_file():
    """Path of a file under ``../shared/data`` (the real data sets beside the checkout); skips the test, with the
    reason, where it is absent."""

    def find(relative):
        path = SHARED_DATA / relative
        if not path.exists():
            pytest.skip(f"{relative} not found in {SHARED_DATA} (the shared data folder beside the checkout)")
        return path

    return find


@pytest.fixture(scope="module")
def client(request):
    """A two-worker dask.distributed LocalCluster (separate processes, one thread each), shared by a module's Dask
    tests; the module is pickled by value, as the workers cannot import test modules. Skips without Dask."""
    distributed = pytest.importorskip("distributed")
    import cloudpickle

    cloudpickle.register_pickle_by_value(request.module)
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


@pytest.fixture(scope="session")
def stop_inside():
    """stop_inside(low, high): (progress, seen), a progress callback that records every fraction in ``seen`` and
    stops the run (returns False) at its first report strictly between ``low`` and ``high``."""

    def make(low, high):
        seen = []

        def progress(fraction):
            seen.append(fraction)
            return not low < fraction < high

        return progress, seen

    return make


@pytest.fixture(scope="session")
def demo_property():
    """The science demo property (seed 2019, ``science.demo.property.generate``), generated once per session: the
    known truth behind the demo data. Shared by every module, so read-only."""
    from lodestone.science.demo import property as demo

    return demo.generate(2019)


@pytest.fixture(scope="session")
def cell_centres():
    """cell_centres(grid, cells=None): (n, 2) map coordinates of the centres of ``cells`` of a GridSpec, given as flat
    indices (row * cols + col) or as (row, col) pairs; of every cell, row by row, without them."""

    def centres(grid, cells=None):
        if cells is None:
            rows, cols = np.divmod(np.arange(grid.rows * grid.cols), grid.cols)
        else:
            cells = np.asarray(cells)
            rows, cols = cells.T if cells.ndim == 2 else np.divmod(cells, grid.cols)
        return np.column_stack([grid.west + (cols + 0.5) * grid.cell_x, grid.north - (rows + 0.5) * grid.cell_y])

    return centres


@pytest.fixture(scope="session")
def gaussian_bump():
    """gaussian_bump(shape, row, col, amplitude, sigma): a round Gaussian on a (rows, cols) array peaking at
    ``amplitude`` on cell (row, col), ``sigma`` in cells."""

    def bump(shape, row, col, amplitude, sigma):
        rows, cols = np.mgrid[0:shape[0], 0:shape[1]]
        return amplitude * np.exp(-((rows - row) ** 2 + (cols - col) ** 2) / (2 * sigma ** 2))

    return bump


@pytest.fixture(scope="session")
def distance_to_polyline():
    """distance_to_polyline(points, line): brute-force distance from each of ``points`` (n, 2) to a polyline (k, 2)."""

    def distance(points, line):
        best = np.full(len(points), np.inf)
        for a, b in zip(line[:-1], line[1:]):
            ab = b - a
            t = np.clip(((points - a) @ ab) / (ab @ ab), 0.0, 1.0)
            best = np.minimum(best, np.hypot(*(points - (a + t[:, None] * ab)).T))
        return best

    return distance


@pytest.fixture(scope="session")
def wofe_hand_weights():
    """wofe_hand_weights(B, b, T, D): Bonham-Carter's W+, s(W+), W-, s(W-) written out for one binary pattern of B
    unit cells holding b of the D deposits of a study area of T unit cells."""

    def weights(B, b, T, D):
        wplus = math.log((b / D) / ((B - b) / (T - D)))
        wminus = math.log(((D - b) / D) / ((T - B - (D - b)) / (T - D)))
        return wplus, math.sqrt(1 / b + 1 / (B - b)), wminus, math.sqrt(1 / (D - b) + 1 / (T - B - (D - b)))

    return weights


def shapefile_points(path):
    """(n, 2) x, y of the records of a point shapefile (ESRI shapefile technical description, 1998: a 100-byte
    header, then records of a big-endian number and length in 16-bit words, a little-endian shape type and, for
    points, x and y as little-endian doubles). Null shapes are skipped."""
    data = path.read_bytes()
    assert struct.unpack(">i", data[:4])[0] == 9994, f"{path} is not a shapefile"
    assert struct.unpack("<i", data[32:36])[0] in (1, 11, 21), f"{path} does not hold points"
    points, offset = [], 100
    while offset < len(data):
        words = struct.unpack(">i", data[offset + 4:offset + 8])[0]
        if struct.unpack("<i", data[offset + 8:offset + 12])[0] != 0:
            points.append(struct.unpack("<2d", data[offset + 12:offset + 28]))
        offset += 8 + 2 * words
    return np.array(points)


@pytest.fixture(scope="session")
def cloncurry(shared_file):
    """The Cloncurry IOCG data (``../shared/data/cloncurry-iocg``): ``bands`` {name: values with NaN nodata} on
    one ``grid`` (EPSG:7845, 100 m) and the 258 ``deposits`` (n, 2); skipped where the folder is absent."""
    import rasterio

    from lodestone.science.grid import GridSpec

    bands = {}
    for name in ("FaultDensity", "Dist2Breccia", "StratNo"):
        with rasterio.open(shared_file(f"cloncurry-iocg/{name}.tif")) as raster:
            bands[name] = raster.read(1, masked=True).astype(float).filled(np.nan)
            grid = GridSpec.from_geotransform(raster.transform.to_gdal(), raster.height, raster.width)
    return SimpleNamespace(bands=bands, grid=grid,
                           deposits=shapefile_points(shared_file("cloncurry-iocg/IOCG_Deposits.shp")))


@pytest.fixture(scope="session")
def britain_grid(shared_file, tmp_path_factory):
    """Real data the code did not make: the British national aeromagnetic compilation (``britain-magnetic``, CC BY
    4.0, British Geological Survey) gridded at 1 km in British National Grid by minimum curvature, nodata beyond 1.5
    line spacings of the readings (the sea, the survey's ragged outline): (GeoTIFF path, float32 array, GridSpec)."""
    import rasterio

    from lodestone.science.grid import GridSpec, grid_transform
    from lodestone.science.magnetics import gridding

    path = shared_file("britain-magnetic/britain-magnetic.csv.xz")
    pandas = pytest.importorskip("pandas", reason="reading the British compilation needs pandas")
    pyproj = pytest.importorskip("pyproj", reason="projecting to British National Grid needs pyproj")
    table = pandas.read_csv(path)
    x, y = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:27700", always_xy=True).transform(
        table["longitude"].to_numpy(), table["latitude"].to_numpy())
    spacing = gridding.estimate_line_spacing(x, y, table["line_and_segment"].to_numpy(str),
                                             block=table["year"].to_numpy())
    grid = GridSpec.from_bounds(x.min(), y.min(), x.max(), y.max(), 1000.0)
    values = gridding.minimum_curvature(x, y, table["total_field_anomaly_nt"].to_numpy(float), grid,
                                        blanking_distance=1.5 * spacing).astype(np.float32)
    tif = tmp_path_factory.mktemp("britain") / "britain.tif"
    with rasterio.open(tif, "w", driver="GTiff", width=grid.cols, height=grid.rows, count=1, dtype="float32",
                       crs="EPSG:27700", transform=grid_transform(grid), nodata=-99999.0) as dataset:
        dataset.write(np.where(np.isnan(values), np.float32(-99999.0), values)[None])
    return str(tif), values, grid
