"""Minimum-curvature gridding against known answers: analytic surfaces, GMT ``surface`` on a fixed data set, the demo
property's noise-free field and the real Osborne survey."""
import time

import numpy as np
import pytest
from scipy.interpolate import RegularGridInterpolator
from scipy.sparse import linalg as sparse_linalg
from scipy.spatial import Delaunay

from lodestone.science import projection
from lodestone.science.demo import property as demo
from lodestone.science.grid import GridSpec
from lodestone.science.magnetics import gridding
from lodestone.science.progress import Cancelled


def at_points(grid, surface, x, y):
    """Bilinear interpolation of a grid at points (NaN outside the cell centres' extent)."""
    interpolate = RegularGridInterpolator((grid.y_centres()[::-1], grid.x_centres()), surface[::-1],
                                          bounds_error=False)
    return interpolate(np.column_stack([y, x]))


def inside_hull(x, y, grid):
    east, north = grid.mesh()
    simplex = Delaunay(np.column_stack([x, y])).find_simplex(np.column_stack([east.ravel(), north.ravel()]))
    return simplex.reshape(grid.shape) >= 0


def scattered(n=800, seed=1):
    rng = np.random.default_rng(seed)
    return rng.uniform(0, 2000, n), rng.uniform(0, 1500, n)


SQUARE = GridSpec(-100.0, 1600.0, 25.0, 25.0, 68, 88)
OBLONG = GridSpec(-100.0, 1600.0, 20.0, 35.0, 48, 110)


def gaussian(x, y):
    return 100.0 * np.exp(-((x - 1100) ** 2 + (y - 700) ** 2) / (2 * 250.0 ** 2))


# ----------------------------------------------------------------------------------------------------------------
# Analytic surfaces


@pytest.mark.parametrize("grid", [SQUARE, OBLONG], ids=["square", "oblong"])
@pytest.mark.parametrize("tension", [0.0, 0.25, 1.0])
def test_a_plane_is_reproduced_exactly_everywhere(grid, tension):
    x, y = scattered()
    plane = lambda e, n: 3.0 + 0.02 * e - 0.05 * n  # noqa: E731
    surface = gridding.minimum_curvature(x, y, plane(x, y), grid, tension=tension)
    east, north = grid.mesh()
    assert surface.shape == grid.shape
    assert np.abs(surface - plane(east, north)).max() <= 1e-6 * np.ptp(plane(x, y))


def test_a_quadratic_is_close_with_pure_minimum_curvature():
    """∇⁴ vanishes on a quadratic, so only the edge conditions (∂²u/∂n² = 0) keep it from being exact."""
    x, y = scattered()
    quadratic = lambda e, n: ((e - 900) ** 2 + 0.5 * (n - 700) ** 2 + 0.3 * (e - 900) * (n - 700)) / 1e4  # noqa
    surface = gridding.minimum_curvature(x, y, quadratic(x, y), SQUARE, tension=0.0)
    error = (surface - quadratic(*SQUARE.mesh()))[inside_hull(x, y, SQUARE)]
    assert np.abs(error).max() < 4e-3 * np.ptp(quadratic(x, y))  # measured 1.8e-3


@pytest.mark.parametrize("grid", [SQUARE, OBLONG], ids=["square", "oblong"])
@pytest.mark.parametrize("tension, max_error, rms_error", [(0.0, 0.015, 0.002), (0.25, 0.08, 0.008)])
def test_a_gaussian_bump_from_800_scattered_points(grid, tension, max_error, rms_error):
    """Errors as fractions of the 100 peak inside the points' hull; measured 0.9 % / 0.07 % at T = 0 and 5-7 % /
    0.4-0.6 % at T = 0.25 (tension flattens the surface between data, GMT surface gives the same)."""
    x, y = scattered()
    surface = gridding.minimum_curvature(x, y, gaussian(x, y), grid, tension=tension)
    error = (surface - gaussian(*grid.mesh()))[inside_hull(x, y, grid)] / 100.0
    assert np.abs(error).max() < max_error
    assert np.sqrt(np.mean(error ** 2)) < rms_error


# GMT 6.4 on the 120 points below: gmt blockmedian -Q, then gmt surface -R2.5/402.5/-2.5/297.5 -I5 -T<t> -Qr
# -N100000 -C1e-7 (the same 81 x 61 nodes as GMT_GRID's cell centres, tension in grid units as here).
GMT_GRID = GridSpec(0.0, 300.0, 5.0, 5.0, 61, 81)
GMT_NODES = ((0, 0), (0, 80), (60, 0), (60, 80), (30, 40), (12, 65), (45, 10), (28, 44), (5, 20), (50, 70), (33, 3),
             (17, 33))
GMT_VALUES = {
    0.0: (-8.3142, 7.1729, 10.2515, 13.1407, 61.2542, 8.3151, 3.2902, 60.3928, -1.3156, 21.3155, -6.2792, 24.9218),
    0.25: (-7.7406, 12.0261, 6.2838, 18.154, 58.2734, 8.3944, 3.2059, 58.1311, -1.8872, 21.2024, -6.3859, 24.3855),
    1.0: (-7.6886, 12.1474, 5.9463, 21.6524, 48.8497, 9.5178, 3.167, 49.0471, -1.7386, 21.4025, -6.1824, 22.4838),
}


@pytest.mark.parametrize("tension", sorted(GMT_VALUES))
def test_same_surface_as_gmt_surface(tension):
    """Corners, edges and interior nodes agree with GMT surface to 5e-3 (data range 74): the same equations,
    edge conditions and off-node data constraints (Briggs coefficients) as Smith & Wessel (1990)."""
    k = np.arange(1, 121)
    x = 2 + 396 * ((0.5 + k * 0.6180339887) % 1)
    y = 2 + 296 * ((0.5 + k * 0.7548776662) % 1)
    z = (50 * np.exp(-((x - 220) ** 2 + (y - 140) ** 2) / (2 * 60 ** 2)) + 0.05 * x - 0.03 * y
         + 10 * np.sin(x / 40) * np.cos(y / 55))
    surface = gridding.minimum_curvature(x, y, z, GMT_GRID, tension=tension, tolerance=1e-9)
    np.testing.assert_allclose([surface[i, j] for i, j in GMT_NODES], GMT_VALUES[tension], atol=5e-3)


# ----------------------------------------------------------------------------------------------------------------
# Honouring the data


def test_readings_are_honoured():
    x, y = scattered()
    z = gaussian(x, y)
    surface = gridding.minimum_curvature(x, y, z, SQUARE)
    misfit = at_points(SQUARE, surface, x, y) - z
    assert np.sqrt(np.nanmean(misfit ** 2)) < 0.01 * z.std()  # bilinear interpolation back at the readings


def test_readings_on_nodes_fix_them_and_duplicates_are_merged_by_their_median():
    grid = GridSpec(0.0, 100.0, 10.0, 10.0, 10, 10)
    east, north = grid.mesh()
    rng = np.random.default_rng(3)
    pick = rng.choice(grid.rows * grid.cols, 30, replace=False)
    x, y = east.ravel()[pick], north.ravel()[pick]
    z = rng.normal(0, 10, 30)
    # two readings at one spot (median = their mean, 15) and three at another (median 7)
    x = np.concatenate([x, [east[4, 4]] * 2, [east[7, 2]] * 3])
    y = np.concatenate([y, [north[4, 4]] * 2, [north[7, 2]] * 3])
    z = np.concatenate([z, [10.0, 20.0], [7.0, -50.0, 9.0]])
    surface = gridding.minimum_curvature(x, y, z, grid)
    np.testing.assert_allclose(surface.ravel()[pick], z[:30], atol=1e-9)
    assert surface[4, 4] == pytest.approx(15.0) and surface[7, 2] == pytest.approx(7.0)


# ----------------------------------------------------------------------------------------------------------------
# The demo property (34 north-south lines 100 m apart, a reading every 5 m, walking magnetometer 2 m up)


@pytest.fixture(scope="module")
def demo_readings(demo_property):
    survey = demo_property.layers["survey"]
    lon, lat = survey.column("longitude").astype(float), survey.column("latitude").astype(float)
    x, y = projection.lonlat_to_utm(lon, lat, demo.UTM_ZONE)
    return x, y, survey.column("line").astype(int)


def between_lines(x, y, line, grid, margin=30.0):
    """Cells inside the surveyed block whose centre is more than ``margin`` m from every line."""
    east, north = grid.mesh()
    line_x = np.array([np.median(x[line == k]) for k in np.unique(line)])
    to_line = np.min(np.abs(east[..., None] - line_x), axis=-1)
    inside = (east > line_x.min()) & (east < line_x.max()) & (north > y.min() + 50) & (north < y.max() - 50)
    return inside & (to_line > margin)


def test_demo_field_at_the_readings_and_between_lines(demo_readings):
    """The noise-free field 2 m above dykes 6 m deep has anomalies narrower than a 20 m cell: a grid cannot follow
    them between readings, and lines 100 m apart alias them. Most readings are matched to 0.5 % of the field's std
    (median misfit, measured 0.19 %); the RMS misfit, dominated by the dyke crests, is 19 % (GMT surface on the same
    readings: 19.1 %), and the RMS error at cell centres 30 m or more from a line is 72 % (the mean value: 102 %)."""
    x, y, line = demo_readings
    field = demo.magnetic_anomaly(x, y)
    grid = GridSpec.from_bounds(x.min(), y.min(), x.max(), y.max(), 20.0)
    surface = gridding.minimum_curvature(x, y, field, grid)
    misfit = at_points(grid, surface, x, y) - field
    misfit = misfit[np.isfinite(misfit)]
    assert misfit.size > 0.95 * x.size
    assert np.median(np.abs(misfit)) < 0.005 * field.std()
    assert np.sqrt(np.mean(misfit ** 2)) < 0.21 * field.std()
    error = (surface - demo.magnetic_anomaly(*grid.mesh()))[between_lines(x, y, line, grid)]
    assert np.sqrt(np.mean(error ** 2)) < 0.8 * field.std()


@pytest.mark.parametrize("cell", [20.0, 25.0])
def test_demo_field_100_m_up_is_gridded_to_2_percent(demo_readings, cell):
    """The same model seen 100 m up (an airborne survey) varies slowly enough for 100 m lines: the grid matches the
    readings to under 2 % of the field's std (measured 1.2 % at 20 m, 1.8 % at 25 m cells) and the true field at
    cell centres 30 m or more from any line to under 8 % (measured 5.7 % and 5.2 %)."""
    x, y, line = demo_readings
    field = demo.magnetic_anomaly(x, y, height=100.0)
    grid = GridSpec.from_bounds(x.min(), y.min(), x.max(), y.max(), cell)
    surface = gridding.minimum_curvature(x, y, field, grid)
    misfit = at_points(grid, surface, x, y) - field
    assert np.sqrt(np.nanmean(misfit ** 2)) < 0.02 * field.std()
    between = between_lines(x, y, line, grid)
    error = (surface - demo.magnetic_anomaly(*grid.mesh(), height=100.0))[between]
    assert np.sqrt(np.mean(error ** 2)) < 0.08 * field.std()


def brute_force_distance(x, y, grid):
    east, north = (a.ravel() for a in grid.mesh())
    nearest = np.empty(east.size)
    for start in range(0, east.size, 500):
        block = slice(start, start + 500)
        nearest[block] = np.sqrt(((east[block, None] - x) ** 2 + (north[block, None] - y) ** 2).min(axis=1))
    return nearest.reshape(grid.shape)


def test_demo_blanking_matches_brute_force_distances(demo_readings):
    x, y, _ = demo_readings
    grid = GridSpec.from_bounds(x.min() - 400, y.min() - 400, x.max() + 400, y.max() + 400, 25.0)
    surface = gridding.minimum_curvature(x, y, demo.magnetic_anomaly(x, y), grid, blanking_distance=150.0)
    far = brute_force_distance(x, y, grid) > 150.0
    assert 0.2 < far.mean() < 0.6
    np.testing.assert_array_equal(np.isnan(surface), far)


def test_blanking_counts_readings_outside_the_grid(demo_readings):
    x, y, _ = demo_readings
    grid = GridSpec.from_bounds(x.min() + 1000, y.min() + 500, x.max() + 700, y.max() - 500, 40.0)
    np.testing.assert_array_equal(gridding.blanking_mask(x, y, grid, 120.0),
                                  brute_force_distance(x, y, grid) > 120.0)


def test_line_spacing_and_cell_size_of_the_demo_survey(demo_readings):
    x, y, line = demo_readings
    assert gridding.estimate_line_spacing(x, y, line) == pytest.approx(100.0, abs=2.0)
    assert gridding.estimate_line_spacing(x, y) == pytest.approx(100.0, abs=2.0)  # lines from the reading order
    assert gridding.suggest_cell_size(x, y, line) == pytest.approx(25.0, abs=0.5)


def test_line_spacing_of_scattered_points_is_their_mean_spacing():
    x, y = scattered(2000)
    assert gridding.estimate_line_spacing(x, y) == pytest.approx(np.sqrt(np.ptp(x) * np.ptp(y) / 2000), rel=1e-9)


# ----------------------------------------------------------------------------------------------------------------
# The Osborne survey (real airborne data, 991k readings)


@pytest.fixture(scope="module")
def osborne(shared_file):
    path = shared_file("osborne-magnetic/osborne-magnetic.csv.xz")
    pandas = pytest.importorskip("pandas", reason="reading the 991k-line Osborne CSV needs pandas")
    table = pandas.read_csv(path)
    x, y = projection.lonlat_to_utm(table["longitude"].to_numpy(), table["latitude"].to_numpy(), 54, south=True)
    return x, y, table["total_field_anomaly_nt"].to_numpy(float), table["flight_line"].to_numpy()


@pytest.mark.slow
def test_osborne_survey_at_50_m(osborne):
    """Measured: about 5 s on two cores; misfit at the readings 1.7 % of the data std (GMT surface: 1.7 %)."""
    x, y, z, line = osborne
    grid = GridSpec.from_bounds(x.min(), y.min(), x.max(), y.max(), 50.0)
    assert grid.shape == (924, 691)
    start = time.perf_counter()
    surface = gridding.minimum_curvature(x, y, z, grid, blanking_distance=300.0)
    assert time.perf_counter() - start < 60.0
    covered = ~gridding.blanking_mask(x, y, grid, 150.0)
    assert covered.mean() > 0.99 and np.isfinite(surface[covered]).all()
    misfit = at_points(grid, surface, x, y) - z
    assert np.isfinite(misfit).mean() > 0.99
    assert np.sqrt(np.nanmean(misfit ** 2)) < 0.05 * z.std()


def centroid_gaps(x, y, line):
    """Median gap (m) between the sorted northings of the centroids of the E-W lines (tie lines left out) of one
    block, computed independently of the science."""
    _, index = np.unique(line, return_inverse=True)
    north = np.bincount(index, y) / np.bincount(index)
    width, height = (np.array([np.ptp(v[index == k]) for k in range(index.max() + 1)]) for v in (x, y))
    return float(np.median(np.diff(np.sort(north[width > 5 * height]))))


def test_osborne_line_spacing_per_block(osborne):
    """Osborne holds two blocks of E-W lines: flight lines 5xxx west of 465 km E, 10xxx east of it, interleaved in
    northing; a spacing over all lines at once mixes them."""
    x, y, _, line = osborne
    east = line >= 10_000
    blocks = gridding.line_spacing_by_block(x, y, line, block=east)
    assert blocks[False][0] == pytest.approx(centroid_gaps(x[~east], y[~east], line[~east]), rel=0.03)
    assert blocks[True][0] == pytest.approx(centroid_gaps(x[east], y[east], line[east]), rel=0.03)
    assert 240 < blocks[False][0] < 260 and 190 < blocks[True][0] < 205
    overall = gridding.estimate_line_spacing(x, y, line)  # nearest parallel neighbours: within the blocks' range
    assert blocks[True][0] * 0.97 <= overall <= blocks[False][0] * 1.03


@pytest.fixture(scope="module")
def britain(shared_file):
    path = shared_file("britain-magnetic/britain-magnetic.csv.xz")
    pandas = pytest.importorskip("pandas", reason="reading the British compilation needs pandas")
    table = pandas.read_csv(path)
    x, y = projection.lonlat_to_utm(table["longitude"].to_numpy(), table["latitude"].to_numpy(), 30)
    return x, y, table["line_and_segment"].to_numpy(), table["year"].to_numpy()


def test_britain_line_spacing_per_survey_year_is_that_of_the_national_survey(britain):
    """The British compilation was flown at 1.5-2 km line spacing in most years (its documentation); with each
    year's survey as a block the estimate says so, where one projection of every line onto one normal gave 220 m."""
    x, y, line, year = britain
    spacing = gridding.estimate_line_spacing(x, y, line, block=year)
    assert 1500 <= spacing <= 2000
    blocks = gridding.line_spacing_by_block(x, y, line, block=year)
    assert sum(1500 <= s <= 2100 for s, _ in blocks.values()) >= 8  # of 11 years


# ----------------------------------------------------------------------------------------------------------------
# The solver: the exact solution of the equations, in memory of a few grids


def readings_in_the_middle(rows=150, cols=130, seed=4):
    """A gaussian bump read at random points in the middle third of a grid of 1 m cells: wide margins without
    data, where the multigrid alone converges slowly."""
    rng = np.random.default_rng(seed)
    grid = GridSpec(0.0, float(rows), 1.0, 1.0, rows, cols)
    x, y = rng.uniform(cols / 3, 2 * cols / 3, 1500), rng.uniform(rows / 3, 2 * rows / 3, 1500)
    return grid, x, y, 50 * np.exp(-((x - cols / 2) ** 2 + (y - rows / 2) ** 2) / 200.0) + 0.1 * x


@pytest.mark.parametrize("tension", [0.0, 0.25])
def test_the_iterative_solution_is_the_direct_solution_of_the_same_equations(tension):
    """On a grid the multigrid runs on (19,500 nodes, four levels), the default tolerance gives the direct sparse
    solution of the finite-difference equations to 3e-5 of the data's range (measured 2e-5 at T = 0 in the empty
    margins, 7e-7 at T = 0.25), and a tight one to 1e-8 (measured 2e-9 and 4e-11): the float32 preconditioner
    limits the speed, never the accuracy."""
    grid, x, y, z = readings_in_the_middle()
    node_row, node_col, east, north, block = gridding._block_median(x, y, z, grid)
    plane = gridding._fit_plane(node_col + east, node_row - north, block)
    fine, (nodes, values) = gridding._equations(grid.shape, node_row, node_col, east, north,
                                                block - gridding._plane_at(plane, node_col + east, node_row - north),
                                                tension, 1.0)
    rhs = np.zeros(grid.rows * grid.cols)
    rhs[nodes] = values
    rows, cols = np.indices(grid.shape)
    direct = (sparse_linalg.spsolve(gridding._fields_matrix(fine).tocsc(), rhs).reshape(grid.shape)
              + gridding._plane_at(plane, cols, rows))
    span = np.ptp(z)
    default = gridding.minimum_curvature(x, y, z, grid, tension=tension)
    tight = gridding.minimum_curvature(x, y, z, grid, tension=tension, tolerance=1e-12, max_iterations=300)
    assert np.abs(default - direct).max() < 3e-5 * span
    assert np.abs(tight - direct).max() < 1e-8 * span


def test_the_stored_equations_are_those_applied():
    """The fine level applies the stencil and its stored corrections as the assembled matrix does, in float64."""
    grid, x, y, z = readings_in_the_middle(40, 37)
    fine, _ = gridding._equations(grid.shape, *gridding._block_median(x, y, z, grid), 0.25, 1.3)
    u = np.random.default_rng(0).normal(size=grid.shape)
    padded = np.pad(u, 2)
    np.testing.assert_allclose(fine.apply(padded).ravel(), gridding._fields_matrix(fine) @ u.ravel(), atol=1e-12)


@pytest.mark.parametrize("seed", range(6))
def test_a_compacted_coarse_grid_applies_and_smooths_as_its_fields(seed):
    """A coarse grid kept as one stencil plus the differences of the nodes near data and edges gives the residual
    and the Gauss-Seidel sweeps of its full coefficient fields, to float32 rounding."""
    rng = np.random.default_rng(seed)
    grid, x, y, z = readings_in_the_middle(int(rng.integers(40, 90)), int(rng.integers(40, 90)), seed=seed)
    fine, _ = gridding._equations(grid.shape, *gridding._block_median(x, y, z, grid), float(rng.uniform(0, 1)),
                                  float(rng.uniform(0.5, 2)))
    shape = tuple(gridding._coarse_size(n) for n in grid.shape)
    dense = gridding._galerkin(fine, shape, lambda fraction: None)
    compact = dense.compacted()
    assert isinstance(compact, gridding._FineLevel) and not compact.groups  # data only in the middle: compacted
    padded = np.pad(rng.normal(size=shape), 2).astype(np.float32)
    rhs = rng.normal(size=shape).astype(np.float32)
    scale = np.abs(dense.residual(padded, rhs)).max()
    np.testing.assert_allclose(compact.residual(padded, rhs), dense.residual(padded, rhs), atol=1e-5 * scale)
    swept = [padded.copy(), padded.copy()]
    for level, u in zip((dense, compact), swept):
        level.smooth(u, rhs)
        level.smooth(u, rhs, reverse=True)
    np.testing.assert_allclose(swept[1], swept[0], atol=1e-5 * np.abs(swept[0]).max())


@pytest.mark.parametrize("seed", range(25))
def test_restriction_is_the_transpose_of_prolongation(seed):
    """Along either axis, axes of 4 nodes or fewer (not coarsened) included: prolongation interpolates a linear
    function exactly (coarse nodes on fine nodes 0, 2, 4, ... and the last) and restriction is its transpose,
    <P c, f> = <c, R f>, both written into the arrays given."""
    rng = np.random.default_rng(seed)
    n, other, axis = int(rng.integers(2, 40)), int(rng.integers(1, 6)), int(rng.integers(0, 2))
    m = gridding._coarse_size(n)
    fine_shape, coarse_shape = ((n, other), (m, other)) if axis == 0 else ((other, n), (other, m))
    position = np.arange(n) if m == n else np.minimum(2 * np.arange(m), n - 1)  # of the coarse nodes
    line = np.expand_dims(position, 1 - axis) * np.ones(coarse_shape)
    out = np.full(fine_shape, np.nan)
    np.testing.assert_allclose(gridding._prolong(line, axis, out), np.expand_dims(np.arange(n), 1 - axis) + 0 * out)
    coarse, fine = rng.normal(size=coarse_shape), rng.normal(size=fine_shape)
    prolonged = gridding._prolong(coarse, axis, np.full(fine_shape, np.nan))
    restricted = gridding._restrict(fine.copy(), axis, np.full(coarse_shape, np.nan))  # it spends its input
    assert np.isclose(np.sum(prolonged * fine), np.sum(coarse * restricted), rtol=1e-12, atol=1e-12)


def multigrid_problem(rows, cols, seed=4):
    """The multigrid levels and the right-hand side (node numbers, values) of readings_in_the_middle."""
    grid, x, y, z = readings_in_the_middle(rows, cols, seed=seed)
    node_row, node_col, east, north, block = gridding._block_median(x, y, z, grid)
    fine, rhs = gridding._equations(grid.shape, node_row, node_col, east, north, block - block.mean(), 0.25, 1.0)
    return gridding._multigrid_levels(fine, lambda fraction: None), rhs


def test_v_cycles_sharing_a_workspace_do_not_depend_on_each_other():
    """The V-cycle reuses its buffers: a cycle gives the same grid, to the bit, after other cycles in one workspace
    as in a fresh one, and leaves the padding zero (the solver's known answers test what the cycle computes)."""
    levels, _ = multigrid_problem(150, 130)
    assert len(levels) >= 3
    fine = levels[0]
    rng = np.random.default_rng(3)
    first, second = (rng.normal(size=fine.shape).astype(np.float32) for _ in range(2))

    def cycle(work, rhs):
        out = np.full((fine.shape[0] + 4, fine.shape[1] + 4), np.float32(7))
        out[:2], out[-2:], out[:, :2], out[:, -2:] = 0, 0, 0, 0
        gridding._v_cycle(levels, work, 0, rhs, out)
        return out

    fresh = cycle(gridding._Workspace(levels), first)
    work = gridding._Workspace(levels)
    for rhs in (first, second, 10 * second):
        cycle(work, rhs)
    again = cycle(work, first)
    np.testing.assert_array_equal(again, fresh)
    assert not (again[:2].any() or again[-2:].any() or again[:, :2].any() or again[:, -2:].any())


def test_the_iteration_allocates_no_grid_after_its_workspace():
    """The solver's grid-size arrays are allocated once per solve: from its first V-cycle to the end, numpy's traced
    memory never rises by a quarter of a float32 grid (fresh arrays per restart or cycle would; what remains are
    numpy's fixed-size buffers, 130 KB, and arrays the size of the data)."""
    import tracemalloc

    levels, rhs = multigrid_problem(600, 500, seed=7)
    grid_bytes = 600 * 500 * 4
    first = []

    def on_step(fraction):
        if not first:
            first.append(tracemalloc.get_traced_memory()[0])
            tracemalloc.reset_peak()

    tracemalloc.start()
    try:
        gridding._solve(levels, rhs, 1e-8, 100, on_step)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak - first[0] < grid_bytes / 4


def test_the_solver_needs_about_100_bytes_a_node():
    """Peak memory (numpy's allocations, traced) of a 700 x 600 grid with 60,000 readings, blanking included:
    about 100 bytes a node (was 1.2 KB with an assembled sparse matrix and 30 GMRES vectors)."""
    import tracemalloc

    grid, x, y, z = readings_in_the_middle(700, 600, seed=5)
    rng = np.random.default_rng(6)
    x, y = np.concatenate([x, rng.uniform(0, 600, 58_500)]), np.concatenate([y, rng.uniform(0, 700, 58_500)])
    z = np.sin(x / 30) * np.cos(y / 40) * 100
    tracemalloc.start()
    try:
        gridding.minimum_curvature(x, y, z, grid, blanking_distance=5.0)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak / (grid.rows * grid.cols) < 130


def test_a_cancel_while_the_coarse_grids_are_set_up_stops_it():
    grid, x, y, z = readings_in_the_middle(700, 600)
    calls = []
    with pytest.raises(Cancelled):  # the second report comes from the first coarse grid's set-up
        gridding.minimum_curvature(x, y, z, grid, progress=lambda f: calls.append(f) or len(calls) < 4)
    assert 0.1 <= calls[-1] < 0.2


# ----------------------------------------------------------------------------------------------------------------
# Progress, cancel and errors


def test_progress_rises_to_one_and_a_false_return_cancels():
    x, y = scattered()
    seen = []
    gridding.minimum_curvature(x, y, gaussian(x, y), SQUARE, progress=lambda f: seen.append(f))
    assert seen[-1] == 1.0 and np.all(np.diff(seen) >= 0)
    with pytest.raises(Cancelled):
        gridding.minimum_curvature(x, y, gaussian(x, y), SQUARE, progress=lambda f: False)
    calls = []
    with pytest.raises(Cancelled):  # a cancel in the middle of the iteration stops it too
        gridding.minimum_curvature(x, y, gaussian(x, y), SQUARE, progress=lambda f: calls.append(f) or len(calls) < 6)


@pytest.mark.parametrize("change, message", [
    (lambda x, y, z: (x[:2], y[:2], z[:2]), "at least 3 readings"),
    (lambda x, y, z: (x, y, np.where(np.arange(z.size) == 5, np.nan, z)), "1 readings have a NaN"),
    (lambda x, y, z: (np.where(np.arange(x.size) < 2, np.inf, x), y, z), "2 readings have a NaN"),
    (lambda x, y, z: (x + 1e5, y, z), "None of the 800 readings lies inside the grid"),
    (lambda x, y, z: (x, 0.5 * x, z), "single line"),
    (lambda x, y, z: (x[:1].repeat(5), y[:1].repeat(5), z[:5]), "single line"),
])
def test_bad_readings_are_refused(change, message):
    x, y = scattered()
    with pytest.raises(ValueError, match=message):
        gridding.minimum_curvature(*change(x, y, gaussian(x, y)), SQUARE)


@pytest.mark.parametrize("options, message", [
    ({"tension": -0.1}, "Tension must be between 0 and 1"),
    ({"tension": 1.5}, "Tension must be between 0 and 1"),
    ({"blanking_distance": 0.0}, "blanking distance must be positive"),
    ({"max_iterations": 0}, "max_iterations"),
])
def test_bad_options_are_refused(options, message):
    x, y = scattered()
    with pytest.raises(ValueError, match=message):
        gridding.minimum_curvature(x, y, gaussian(x, y), SQUARE, **options)


def test_bad_grids_are_refused():
    x, y = scattered()
    with pytest.raises(ValueError, match="at least 3 x 3"):
        gridding.minimum_curvature(x, y, gaussian(x, y), GridSpec(0.0, 1500.0, 1000.0, 1000.0, 2, 2))
    with pytest.raises(ValueError, match="Cell sizes must be positive"):  # checked when the grid is made
        GridSpec(0.0, 1500.0, 0.0, 25.0, 60, 80)
    with pytest.raises(ValueError, match="blanking distance must be positive"):
        gridding.blanking_mask(x, y, SQUARE, -5.0)
