"""Gridding survey readings: minimum curvature with tension (Smith & Wessel 1990, the method of GMT ``surface``).

The surface ``u`` satisfies ``(1 - T) ∇⁴u - T ∇²u = 0`` away from the data, with tension ``T`` in [0, 1]: 0 is the
classic minimum-curvature surface (Briggs 1974), 1 a harmonic one; 0.25 suits potential fields. Steps:

1. Block median, as GMT ``blockmedian -Q`` before ``surface``: the readings in each grid cell are replaced by the
   reading holding their median value (the mean of the two middle ones for an even count), so each node (cell
   centre) has at most one datum, within half a cell of it. Duplicate points are thereby merged; readings outside
   the grid are left out.
2. A least-squares plane through the block medians is removed and added back at the end, as ``surface`` does (the
   surface and its boundary conditions reproduce a plane only once it is removed).
3. Finite differences on the nodes, in grid units (cell width 1, cell height ``aspect = cell_y / cell_x``): the
   13-point form of the equation at every node; at a node holding a datum the Laplacian at that node is Briggs'
   (1974) Taylor-series estimate from the datum and four neighbouring nodes, as in Smith & Wessel (1990, appendix,
   eqs. A-6 and A-7), so the datum pulls the surface through it; a datum within 0.05 cell of its node (in x
   and y) fixes the node.
   At the grid edges Smith & Wessel's conditions hold: ``(1 - T) ∂²u/∂n² + T ∂u/∂n = 0``, ``∂(∇²u)/∂n = 0``, and
   ``∂²u/∂x∂y = 0`` at the corners, through two rows of ghost nodes that are eliminated from the equations.
4. The sparse linear system is solved by GMRES preconditioned with one multigrid V-cycle (bilinear interpolation,
   Galerkin coarse grids, nine-colour Gauss-Seidel smoothing, a direct solve on the coarsest grid). GMT instead
   iterates over-relaxation from coarse to fine grids; both converge to the same discrete surface.

Tension is applied in grid units, as in ``surface``: the same ``T`` on another cell size is another physical surface.
References: Briggs, I. C. (1974), Machine contouring using minimum curvature, Geophysics 39, 39-48. Smith, W. H. F.
and Wessel, P. (1990), Gridding with continuous curvature splines in tension, Geophysics 55, 293-305.
"""
import numpy as np
from scipy import ndimage, sparse
from scipy.sparse import linalg as sparse_linalg
from scipy.spatial import cKDTree

from ..progress import report

NEAR_NODE = 0.05  # cells: a datum closer than this to its node in x and y fixes the node's value (as GMT)
COARSEST_NODES = 4000  # the multigrid coarsening stops at this many nodes, where the system is solved directly
GMRES_RESTART = 30  # Krylov vectors kept before GMRES restarts
# Briggs' four companion nodes for a datum in the first quadrant (east, north of its node), as (east, north) steps:
# north-west, west, south and south-east of the node, i.e. the nodes on the far side from the datum.
BRIGGS_NODES = ((-1, 1), (-1, 0), (0, -1), (1, -1))
# The 13 nodes of every equation, as (row step, col step); the node itself first.
STENCIL = ((0, 0), (0, 1), (0, -1), (1, 0), (-1, 0), (0, 2), (0, -2), (2, 0), (-2, 0), (1, 1), (1, -1), (-1, 1),
           (-1, -1))


# ----------------------------------------------------------------------------------------------------------------
# Public functions


def minimum_curvature(easting, northing, values, grid, tension=0.25, blanking_distance=None, max_iterations=100,
                      tolerance=1e-6, progress=None):
    """Grid scattered readings by minimum curvature with tension (the method is in the module notes).

    ``easting``, ``northing`` (m) and ``values`` are 1-D arrays of finite numbers: filter out readings without a
    value or position first (any NaN or infinity is a ValueError naming how many). Several readings in one cell,
    duplicates included, are reduced to their block median. ``grid`` is the :class:`GridSpec` of the result, whose
    cell centres are the nodes; readings outside it are left out. ``tension`` is in [0, 1].

    The surface honours the data as ``surface`` does: each block median enters the curvature equation of its node
    (exactly, for one within 0.05 cell of the node), so the grid passes close to the data where the field is smooth
    on the scale of a cell; where it is not (anomalies narrower than a cell) no grid can pass through every reading.

    ``blanking_distance`` (m) turns cells whose centre is farther than that from every reading into NaN; None keeps
    every cell. Iteration (GMRES steps, one multigrid cycle each) stops when the residual of the finite-difference
    equations has fallen to ``tolerance`` times its starting value, or after ``max_iterations`` steps, keeping the
    last surface as GMT ``surface`` does. ``progress`` is the usual callback (see :mod:`.progress`); returning
    False raises :class:`Cancelled`.

    Returns a float64 array of ``grid.shape``, row 0 north, in the unit of ``values``.
    """
    x, y, z = _finite_readings(easting, northing, values)
    if not 0.0 <= tension <= 1.0:
        raise ValueError(f"Tension must be between 0 and 1, got {tension}.")
    if grid.rows < 3 or grid.cols < 3:
        raise ValueError(f"Minimum curvature needs a grid of at least 3 x 3 cells, got {grid.rows} x {grid.cols}.")
    if blanking_distance is not None and not blanking_distance > 0:
        raise ValueError(f"The blanking distance must be positive (m), got {blanking_distance}.")
    if max_iterations < 1 or not tolerance > 0:
        raise ValueError(f"Need max_iterations >= 1 and tolerance > 0, got {max_iterations} and {tolerance}.")
    report(progress, 0.0)
    node_row, node_col, east_offset, north_offset, block = _block_median(x, y, z, grid)
    _require_two_dimensional_spread(node_col + east_offset, node_row - north_offset)
    plane = _fit_plane(node_col + east_offset, node_row - north_offset, block)
    residual = block - _plane_at(plane, node_col + east_offset, node_row - north_offset)
    report(progress, 0.05)
    surface = np.zeros(grid.rows * grid.cols)
    if np.any(residual):
        matrix, rhs = _equations(grid.shape, node_row, node_col, east_offset, north_offset, residual, tension,
                                 grid.cell_y / grid.cell_x)
        report(progress, 0.15)
        levels = _multigrid_levels(matrix, grid.shape)
        report(progress, 0.25)
        surface = _gmres(matrix, lambda r: _v_cycle(levels, 0, r), rhs, tolerance, max_iterations,
                         lambda fraction: report(progress, 0.25 + 0.65 * fraction))
    rows, cols = np.indices(grid.shape)
    surface = surface.reshape(grid.shape) + _plane_at(plane, cols, rows)
    report(progress, 0.9)
    if blanking_distance is not None:
        surface[blanking_mask(x, y, grid, blanking_distance)] = np.nan
    report(progress, 1.0)
    return surface


def blanking_mask(easting, northing, grid, distance):
    """True for the cells of ``grid`` whose centre is farther than ``distance`` (m) from every reading.

    Exact: a distance transform on the cells holding readings decides every cell it can (a reading lies within
    half a cell diagonal of its cell centre), and a k-d tree of the readings measures the others.
    """
    x, y = _finite_readings(easting, northing)
    if not distance > 0:
        raise ValueError(f"The blanking distance must be positive (m), got {distance}.")
    row, col = grid.index_of(x, y)
    inside = (row >= 0) & (row < grid.rows) & (col >= 0) & (col < grid.cols)
    empty = np.ones(grid.shape, dtype=bool)
    empty[row[inside], col[inside]] = False
    to_occupied = (ndimage.distance_transform_edt(empty, sampling=(grid.cell_y, grid.cell_x)) if inside.any()
                   else np.full(grid.shape, np.inf))
    half_diagonal = 0.5 * np.hypot(grid.cell_x, grid.cell_y)
    undecided = np.abs(to_occupied - distance) <= half_diagonal
    if not inside.all():  # readings outside the grid may be the nearest ones to cells near the edge
        undecided |= _distance_to_edge(grid) <= distance
    blank = to_occupied > distance
    if undecided.any():
        east, north = grid.mesh()
        nearest, _ = cKDTree(np.column_stack([x, y])).query(
            np.column_stack([east[undecided], north[undecided]]), distance_upper_bound=np.nextafter(distance, np.inf),
            workers=-1)
        blank[undecided] = nearest > distance
    return blank


def line_spacing_by_block(easting, northing, line=None, block=None):
    """Typical distance (m) between adjacent survey lines in each survey block: ``{block: (spacing_m, lines)}``.

    Lines are the groups of ``line`` ids when given, else runs of consecutive readings (in the order given) broken
    where a step is longer than five times the median step. Each line with at least 3 readings gets a centroid, a
    direction (principal axis) and a length along it. Its gap is the across-track distance to the nearest other
    line of the same block that runs within 20 degrees of it and overlaps it along track over at least half the
    shorter of the two (so tie lines, collinear pieces of one line and lines of other blocks do not count). A
    block's spacing is the median of its lines' gaps weighted by line length, gaps under a tenth of the plain
    median (re-flown lines) left out. Blocks are the groups of ``block`` ids (survey or year), or one block.
    Compilations of surveys flown at different spacings that overlap give their blocks' spacings only when each
    survey is its own block.
    """
    x, y = _finite_readings(easting, northing)
    line = _runs_of_consecutive_readings(x, y) if line is None else np.asarray(line)
    block = np.zeros(x.size, dtype=int) if block is None else np.asarray(block)
    result = {}
    for name in np.unique(block):
        inside = block == name
        _, line_index = np.unique(line[inside], return_inverse=True)
        gaps, lengths = _nearest_line_gaps(x[inside], y[inside], line_index.ravel())
        found = np.isfinite(gaps)
        if found.sum() >= 2:
            gaps, lengths = gaps[found], lengths[found]
            kept = gaps > 0.1 * np.median(gaps)
            result[name.item() if hasattr(name, "item") else name] = (
                _weighted_median(gaps[kept], lengths[kept]), int(kept.sum()))
    return result


def estimate_line_spacing(easting, northing, line=None, block=None):
    """Typical distance (m) between adjacent survey lines: the median over the lines of every block of
    :func:`line_spacing_by_block` (weighted by their count of lines). Without a line structure (fewer than 3
    lines with a neighbour, scattered points) it is the mean spacing of the readings, sqrt(area / count), with the
    area of their bounding box."""
    blocks = line_spacing_by_block(easting, northing, line, block)
    if blocks:
        spacings, counts = np.array(list(blocks.values())).T
        return _weighted_median(spacings, counts)
    x, y = _finite_readings(easting, northing)
    area = max(np.ptp(x), 1e-9) * max(np.ptp(y), 1e-9)
    return float(np.sqrt(area / x.size))


def suggest_cell_size(easting, northing, line=None, block=None):
    """Cell size (m) for gridding survey lines: a quarter of :func:`estimate_line_spacing`.

    A quarter to a fifth of the line spacing is the usual choice for minimum-curvature grids of line data; a quarter
    keeps about four cells between lines, enough to follow anomalies crossing them without inventing detail.
    """
    return estimate_line_spacing(easting, northing, line, block) / 4.0


# ----------------------------------------------------------------------------------------------------------------
# Readings


def _finite_readings(*columns):
    """The readings' columns (easting, northing[, value]) as float64 arrays, refused unless they have one length,
    at least 3 readings, and only finite numbers."""
    arrays = [np.asarray(a, dtype=float).ravel() for a in columns]
    if len({a.size for a in arrays}) > 1:
        raise ValueError(f"The readings' columns differ in length: {[a.size for a in arrays]}.")
    if arrays[0].size < 3:
        raise ValueError(f"Gridding needs at least 3 readings, got {arrays[0].size}.")
    bad = ~np.logical_and.reduce([np.isfinite(a) for a in arrays])
    if bad.any():
        raise ValueError(f"{int(bad.sum())} readings have a NaN or infinite coordinate or value: leave them out "
                         "before gridding.")
    return arrays


def _block_median(x, y, z, grid):
    """One datum per cell: the reading holding the median value of the cell's readings (for an even count, the
    mean of the two middle readings, position and value), as GMT ``blockmedian -Q``.

    Keeping a reading's own position makes the reduction exact on a plane and keeps a median robust to spikes.
    Readings on the east or south edge of the grid count in the edge cells; readings outside are left out.
    Returns the row and column of each occupied cell, the datum's offsets from the cell centre in cells (east and
    north, each within [-0.5, 0.5]) and its value.
    """
    col = np.floor((x - grid.west) / grid.cell_x).astype(np.int64)
    row = np.floor((grid.north - y) / grid.cell_y).astype(np.int64)
    col[(col == grid.cols) & (x <= grid.east)] = grid.cols - 1
    row[(row == grid.rows) & (y >= grid.south)] = grid.rows - 1
    inside = (row >= 0) & (row < grid.rows) & (col >= 0) & (col < grid.cols)
    if not inside.any():
        raise ValueError(f"None of the {x.size} readings lies inside the grid: check the extent and the CRS.")
    x, y, z, cell = x[inside], y[inside], z[inside], row[inside] * grid.cols + col[inside]
    occupied, count = np.unique(cell, return_counts=True)
    start = np.cumsum(count) - count
    # One sort orders by cell and by value inside each cell: the key is the cell number plus the value scaled into
    # [0, 1), which float64 resolves to about 1e-9 of the value range, far below any measurement precision.
    span = np.ptp(z)
    order = np.argsort(cell + ((z - z.min()) / (span * (1 + 1e-9)) if span > 0 else 0.0), kind="stable")
    low, high = order[start + (count - 1) // 2], order[start + count // 2]
    median_x, median_y, median_z = (0.5 * (v[low] + v[high]) for v in (x, y, z))
    node_row, node_col = np.divmod(occupied, grid.cols)
    east_offset = (median_x - grid.west) / grid.cell_x - (node_col + 0.5)
    north_offset = (node_row + 0.5) - (grid.north - median_y) / grid.cell_y
    return node_row, node_col, east_offset, north_offset, median_z


def _require_two_dimensional_spread(col, row):
    """Refuse block medians (positions in cells) whose standard deviation across their main direction is under a
    quarter of a cell, as along a single line, or that are fewer than 3: no surface is defined across them."""
    points = np.column_stack([col, row])
    if len(points) < 3 or np.linalg.svd(points - points.mean(axis=0), compute_uv=False)[1] < 0.25 * np.sqrt(
            len(points)):
        raise ValueError("The readings lie along a single line (within about half a cell of it) or in fewer than 3 "
                         "cells: gridding needs readings spread across the area, e.g. several survey lines.")


def _fit_plane(col, row, values):
    """Least-squares plane ``values ≈ a + b col + c row`` (columns and rows as fractional node numbers)."""
    design = np.column_stack([np.ones_like(col), col, row])
    return np.linalg.lstsq(design, values, rcond=None)[0]


def _plane_at(plane, col, row):
    return plane[0] + plane[1] * col + plane[2] * row


def _distance_to_edge(grid):
    """Distance (m) from each cell centre to the nearest grid edge."""
    rows, cols = np.indices(grid.shape)
    to_x = (np.minimum(cols, grid.cols - 1 - cols) + 0.5) * grid.cell_x
    to_y = (np.minimum(rows, grid.rows - 1 - rows) + 0.5) * grid.cell_y
    return np.minimum(to_x, to_y)


# ----------------------------------------------------------------------------------------------------------------
# Finite-difference equations


def _neighbour_laplacians(tension, aspect):
    """Stencil {(row step, col step): coefficient} of ``(1 - T) (L_E + L_W + (L_N + L_S) / a²)``.

    ``L_k`` is the 5-point Laplacian ``(u_E + u_W - 2 u) + (u_N + u_S - 2 u) / a²`` at neighbour ``k``, in grid units.
    With the Laplacian at the node itself, ``-c L_0``, this makes the 13-point form of ``(1 - T) ∇⁴u - T ∇²u``.
    """
    loose, a2, a4 = 1.0 - tension, aspect ** 2, aspect ** 4
    diagonal = 2 * loose / a2
    return {
        (0, 0): loose * (2 + 2 / a4),
        (0, 1): -loose * (2 + 2 / a2), (0, -1): -loose * (2 + 2 / a2),
        (1, 0): -loose * (2 / a2 + 2 / a4), (-1, 0): -loose * (2 / a2 + 2 / a4),
        (0, 2): loose, (0, -2): loose, (2, 0): loose / a4, (-2, 0): loose / a4,
        (1, 1): diagonal, (1, -1): diagonal, (-1, 1): diagonal, (-1, -1): diagonal,
    }


def _centre_laplacian_weight(tension, aspect):
    """``c`` in ``(1 - T) (L_E + L_W + (L_N + L_S) / a²) - c L_0``: ``2 (1 - T)(1 + 1 / a²) + T``."""
    return 2 * (1 - tension) * (1 + 1 / aspect ** 2) + tension


def _laplacian(aspect):
    """5-point Laplacian in grid units, as {(row step, col step): coefficient}."""
    return {(0, 0): -2 - 2 / aspect ** 2, (0, 1): 1.0, (0, -1): 1.0, (1, 0): 1 / aspect ** 2, (-1, 0): 1 / aspect ** 2}


def _briggs_weights(east, north, aspect):
    """Weights of Briggs' Laplacian estimate for data at offsets ``east``, ``north`` >= 0 (cells) from their node.

    ``∇²u(node) ≈ Σ_k b_k (u_k - u_node) + b_d (z - u_node)`` over the four :data:`BRIGGS_NODES` and the datum
    ``z``; the five weights make the estimate exact for every quadratic (a Taylor series to second order), with the
    Laplacian ``u_xx + u_yy / a²`` of the grid units. Returns an ``(n, 5)`` array, the datum's weight last.
    """
    steps_east = np.column_stack([np.broadcast_to([s[0] for s in BRIGGS_NODES], (east.size, 4)), east])
    steps_north = np.column_stack([np.broadcast_to([s[1] for s in BRIGGS_NODES], (north.size, 4)), north])
    moments = np.stack([steps_east, steps_north, steps_east ** 2, steps_north ** 2, steps_east * steps_north], axis=1)
    target = np.zeros((east.size, 5, 1))
    target[:, 2], target[:, 3] = 2.0, 2.0 / aspect ** 2
    return np.linalg.solve(moments, target)[..., 0]


def _equations(shape, node_row, node_col, east_offset, north_offset, values, tension, aspect):
    """The sparse system ``A u = b`` of the surface at every node (row-major), with the ghost nodes eliminated.

    ``node_row``, ``node_col`` locate the nodes holding data, ``east_offset``, ``north_offset`` (cells) place the
    data relative to them and ``values`` are the data. Every equation has the 13 coefficients of :data:`STENCIL`.
    """
    rows, cols = shape
    near = (np.abs(east_offset) < NEAR_NODE) & (np.abs(north_offset) < NEAR_NODE)
    c = _centre_laplacian_weight(tension, aspect)
    neighbours = _neighbour_laplacians(tension, aspect)
    laplacian = _laplacian(aspect)
    free = np.array([neighbours[s] - c * laplacian.get(s, 0.0) for s in STENCIL])
    coefficients = np.tile(free, (rows * cols, 1))

    pulled = node_row[~near] * cols + node_col[~near]
    east, north = east_offset[~near], north_offset[~near]
    weights = _briggs_weights(np.abs(east), np.abs(north), aspect)
    coefficients[pulled] = [neighbours[s] for s in STENCIL]
    coefficients[pulled, 0] += c * weights.sum(axis=1)
    sign_east, sign_north = np.where(east >= 0, 1, -1), np.where(north >= 0, 1, -1)
    for k, (step_east, step_north) in enumerate(BRIGGS_NODES):
        coefficients[pulled, _stencil_slot(-step_north * sign_north, step_east * sign_east)] -= c * weights[:, k]

    fixed = node_row[near] * cols + node_col[near]
    coefficients[fixed] = 0.0
    coefficients[fixed, 0] = free[0]
    rhs = np.zeros(rows * cols)
    rhs[pulled] = c * weights[:, 4] * values[~near]
    rhs[fixed] = free[0] * values[near]
    return _assemble(shape, coefficients, tension, aspect), rhs


def _stencil_slot(row_step, col_step):
    """Index in :data:`STENCIL` of the steps (arrays allowed)."""
    lookup = np.full((5, 5), -1)
    for k, (dr, dc) in enumerate(STENCIL):
        lookup[dr + 2, dc + 2] = k
    return lookup[np.asarray(row_step) + 2, np.asarray(col_step) + 2]


def _assemble(shape, coefficients, tension, aspect):
    """CSR matrix from the ``(nodes, 13)`` coefficients of the :data:`STENCIL`, ghost nodes replaced by real ones.

    Only equations within two nodes of an edge reach ghost nodes; their ghost coefficients are moved (through
    :func:`_ghost_nodes`) onto real nodes and replaced by explicit zeros on the node itself.
    """
    rows, cols = shape
    n = rows * cols
    steps = np.array(STENCIL)
    index_type = np.int32 if 13 * n < np.iinfo(np.int32).max else np.int64  # as scipy.sparse itself chooses
    column = (np.arange(n)[:, None] + (steps[:, 0] * cols + steps[:, 1])[None, :]).astype(index_type)
    node_row, node_col = np.divmod(np.arange(n), cols)
    edge = np.flatnonzero((node_row < 2) | (node_row >= rows - 2) | (node_col < 2) | (node_col >= cols - 2))
    reach_row = node_row[edge, None] + steps[None, :, 0]
    reach_col = node_col[edge, None] + steps[None, :, 1]
    ghost = (reach_row < 0) | (reach_row >= rows) | (reach_col < 0) | (reach_col >= cols)
    equation, slot = edge[np.nonzero(ghost)[0]], np.nonzero(ghost)[1]
    at_ghosts = sparse.csr_matrix(
        (coefficients[equation, slot], (equation, (reach_row[ghost] + 2) * (cols + 4) + reach_col[ghost] + 2)),
        shape=(n, (rows + 4) * (cols + 4)))
    coefficients[equation, slot] = 0.0
    column[equation, slot] = equation
    inside = sparse.csr_matrix((coefficients.ravel(), column.ravel(), np.arange(0, 13 * n + 1, 13, dtype=index_type)),
                               shape=(n, n))
    matrix = (inside + at_ghosts @ _ghost_nodes(shape, tension, aspect)).tocsr()
    matrix.eliminate_zeros()  # e.g. the biharmonic part when the tension is 1
    return matrix


def _ghost_nodes(shape, tension, aspect):
    """Every node of the grid padded by two ghost rows and columns, as a combination of real nodes.

    A sparse ``((rows + 4)(cols + 4), rows cols)`` matrix from Smith & Wessel's boundary conditions, applied in
    turn: the first ghost row from ``(1 - T) ∂²u/∂n² + T ∂u/∂n = 0`` at each edge node (outward normal, central
    differences), the ghost corners from ``∂²u/∂x∂y = 0`` at the grid corners, the second ghost row from
    ``∂(∇²u)/∂n = 0``, i.e. equal Laplacians one node inside and one node outside each edge node.
    """
    rows, cols = shape
    padded = (rows + 4) * (cols + 4)

    def at(row, col):
        return (row + 2) * (cols + 4) + col + 2

    node_row, node_col = np.divmod(np.arange(rows * cols), cols)
    combination = sparse.csr_matrix((np.ones(rows * cols), (at(node_row, node_col), np.arange(rows * cols))),
                                    shape=(padded, rows * cols))

    def define(combination, targets, sources):
        """Give the padded nodes ``targets`` the values Σ weight × (already defined) source node."""
        step = sparse.csr_matrix(
            (np.concatenate([np.broadcast_to(w, targets.shape) for _, w in sources]).astype(float),
             (np.tile(targets, len(sources)), np.concatenate([s for s, _ in sources]))), shape=(padded, padded))
        return (combination + step @ combination).tocsr()

    edges = _edges(rows, cols, aspect)

    def along_edges(inward, along):
        return np.concatenate([at(*place(inward, along)) for place, _ in edges])

    first = (4 * (1 - tension) / (2 - tension), (3 * tension - 2) / (2 - tension))
    combination = define(combination, along_edges(-1, 0),
                         [(along_edges(0, 0), first[0]), (along_edges(1, 0), first[1])])
    corner_row, corner_col = np.array([0, 0, rows - 1, rows - 1]), np.array([0, cols - 1, 0, cols - 1])
    out_row, out_col = np.where(corner_row == 0, -1, 1), np.where(corner_col == 0, -1, 1)
    combination = define(combination, at(corner_row + out_row, corner_col + out_col),
                         [(at(corner_row - out_row, corner_col + out_col), 1.0),
                          (at(corner_row + out_row, corner_col - out_col), 1.0),
                          (at(corner_row - out_row, corner_col - out_col), -1.0)])
    q = np.concatenate([np.full(place(0, 0)[0].size, ratio) for place, ratio in edges])
    return define(combination, along_edges(-2, 0),
                  [(along_edges(2, 0), 1.0), (along_edges(1, 0), -2.0 - 2 * q), (along_edges(-1, 0), 2.0 + 2 * q),
                   (along_edges(1, 1), q), (along_edges(1, -1), q), (along_edges(-1, 1), -q),
                   (along_edges(-1, -1), -q)])


def _edges(rows, cols, aspect):
    """The four grid edges, each as ``(place, ratio)``.

    ``place(inward, along)`` gives the (row, col) arrays of every edge node moved ``inward`` steps into the grid
    (negative: out into the ghost rows) and ``along`` steps along the edge; ``ratio`` is the weight of the along-edge
    second difference relative to the across-edge one in the grid-unit Laplacian ``u_xx + u_yy / a²``.
    """
    i, j = np.arange(rows), np.arange(cols)
    return [
        (lambda inward, along: (i + along, np.full(rows, inward)), 1 / aspect ** 2),  # west
        (lambda inward, along: (i + along, np.full(rows, cols - 1 - inward)), 1 / aspect ** 2),  # east
        (lambda inward, along: (np.full(cols, inward), j + along), aspect ** 2),  # north
        (lambda inward, along: (np.full(cols, rows - 1 - inward), j + along), aspect ** 2),  # south
    ]


# ----------------------------------------------------------------------------------------------------------------
# Solver: GMRES with a multigrid preconditioner


def _multigrid_levels(matrix, shape):
    """Multigrid hierarchy, finest first: each level a dict of its matrix, its nine colour classes for Gauss-Seidel
    and the interpolation from the next coarser level; the coarsest holds an LU factorisation instead."""
    levels = []
    while True:
        level = {"matrix": matrix, "colours": _colour_classes(matrix, shape)}
        levels.append(level)
        if shape[0] * shape[1] <= COARSEST_NODES:
            level["lu"] = sparse_linalg.splu(matrix.tocsc())
            return levels
        interpolation = sparse.kron(_interpolation_1d(shape[0]), _interpolation_1d(shape[1])).tocsr()
        level["interpolation"], level["restriction"] = interpolation, interpolation.T.tocsr()
        matrix = (level["restriction"] @ matrix @ interpolation).tocsr()
        shape = tuple(_coarse_size(n) for n in shape)


def _coarse_size(n):
    """Nodes on the coarser grid along an axis of ``n`` nodes: every other node (one past the end if ``n`` is
    even); axes of 4 nodes or fewer are not coarsened."""
    return n if n <= 4 else n // 2 + 1


def _interpolation_1d(n):
    """Linear interpolation ``(n, coarse n)`` from the coarse nodes, which sit on fine nodes 0, 2, 4, ..."""
    m = _coarse_size(n)
    if m == n:
        return sparse.identity(n, format="csr")
    fine = np.arange(n)
    odd = fine[1::2]
    return sparse.csr_matrix(
        (np.concatenate([np.ones(fine[::2].size), np.full(2 * odd.size, 0.5)]),
         (np.concatenate([fine[::2], odd, odd]), np.concatenate([fine[::2] // 2, odd // 2, odd // 2 + 1]))),
        shape=(n, m))


def _colour_classes(matrix, shape):
    """Nodes split by (row mod 3, col mod 3): no equation couples two nodes of one class (every stencil, also on
    the Galerkin coarse grids, reaches at most two nodes away), so a class updates at once in Gauss-Seidel.
    Each class is (its node indices, its rows of the matrix, their diagonal)."""
    node_row, node_col = np.divmod(np.arange(shape[0] * shape[1]), shape[1])
    colour = (node_row % 3) * 3 + node_col % 3
    diagonal = matrix.diagonal()
    return [(nodes, matrix[nodes], diagonal[nodes]) for nodes in (np.flatnonzero(colour == k) for k in range(9))]


def _gauss_seidel(colours, u, rhs, reverse=False):
    """One Gauss-Seidel sweep over the colour classes (in reverse order if asked), in place."""
    for nodes, rows, diagonal in reversed(colours) if reverse else colours:
        u[nodes] += (rhs[nodes] - rows @ u) / diagonal


def _v_cycle(levels, k, rhs):
    """Approximate solution of ``levels[k]`` for ``rhs`` by one V-cycle from zero (a fixed linear operator)."""
    level = levels[k]
    if "lu" in level:
        return level["lu"].solve(rhs)
    u = np.zeros_like(rhs)
    _gauss_seidel(level["colours"], u, rhs)
    correction = _v_cycle(levels, k + 1, level["restriction"] @ (rhs - level["matrix"] @ u))
    u += level["interpolation"] @ correction
    _gauss_seidel(level["colours"], u, rhs, reverse=True)
    return u


def _gmres(matrix, precondition, rhs, tolerance, max_iterations, on_step):
    """Right-preconditioned restarted GMRES from zero: ``u`` with ``|rhs - matrix u| <= tolerance |rhs|``.

    Stops after ``max_iterations`` steps in any case. ``on_step`` receives the progress towards the tolerance
    (0 to 1, from the logarithm of the residual, never decreasing) after every step.
    """
    u = np.zeros_like(rhs)
    start = np.linalg.norm(rhs)
    target = tolerance * start
    steps, progress = 0, 0.0
    while steps < max_iterations:
        residual = rhs - matrix @ u
        beta = np.linalg.norm(residual)
        if beta <= target:
            break
        basis = np.empty((GMRES_RESTART + 1, rhs.size))
        basis[0] = residual / beta
        hessenberg = np.zeros((GMRES_RESTART + 1, GMRES_RESTART))
        for j in range(GMRES_RESTART):
            w = matrix @ precondition(basis[j])
            for _ in range(2):  # Gram-Schmidt, twice for orthogonality
                h = basis[:j + 1] @ w
                w -= h @ basis[:j + 1]
                hessenberg[:j + 1, j] += h
            hessenberg[j + 1, j] = np.linalg.norm(w)
            e1 = np.zeros(j + 2)
            e1[0] = beta
            y = np.linalg.lstsq(hessenberg[:j + 2, :j + 1], e1, rcond=None)[0]
            reached = np.linalg.norm(hessenberg[:j + 2, :j + 1] @ y - e1)
            steps += 1
            progress = max(progress, _progress_towards(reached, start, target))
            on_step(progress)
            if reached <= target or steps >= max_iterations or hessenberg[j + 1, j] == 0:
                break
            basis[j + 1] = w / hessenberg[j + 1, j]
        u += precondition(y @ basis[:j + 1])
    return u


def _progress_towards(residual, start, target):
    """Fraction (0 to 1) of the way from ``start`` to ``target`` on a logarithmic scale."""
    if residual <= target:
        return 1.0
    return float(np.clip(np.log(start / residual) / np.log(start / target), 0.0, 1.0))


# ----------------------------------------------------------------------------------------------------------------
# Survey lines


def _runs_of_consecutive_readings(x, y):
    """Line labels for readings in acquisition order: a new line starts after a step over 5 x the median step."""
    step = np.hypot(np.diff(x), np.diff(y))
    return np.concatenate([[0], np.cumsum(step > 5 * np.median(step))])


def _nearest_line_gaps(x, y, line_index):
    """Per line (indices of ``line_index``): the across-track gap (m) to its nearest parallel, overlapping
    neighbour on its left (NaN where none; see :func:`line_spacing_by_block`) and the line's length (m). One side
    only, so each pair of neighbours gives one gap and jitter in the spacing does not bias it low."""
    count = np.bincount(line_index)
    centre = np.column_stack([np.bincount(line_index, x), np.bincount(line_index, y)]) / count[:, None]
    dx, dy = x - centre[line_index, 0], y - centre[line_index, 1]
    sxx, syy, sxy = (np.bincount(line_index, v) for v in (dx * dx, dy * dy, dx * dy))
    direction = 0.5 * np.arctan2(2 * sxy, sxx - syy) % np.pi
    unit = np.column_stack([np.cos(direction), np.sin(direction)])
    along = dx * unit[line_index, 0] + dy * unit[line_index, 1]
    low, high = np.full(count.size, np.inf), np.full(count.size, -np.inf)
    np.minimum.at(low, line_index, along)
    np.maximum.at(high, line_index, along)
    length = high - low
    gaps = np.full(count.size, np.nan)
    usable = np.flatnonzero((count >= 3) & (length > 0))
    if usable.size < 2:
        return gaps, length
    tree = cKDTree(centre[usable])
    parallel_limit = np.sin(np.radians(20.0))
    for i in usable:
        near = usable[tree.query_ball_point(centre[i], r=length[i])]
        near = near[(near != i) & (np.abs(np.sin(direction[near] - direction[i])) < parallel_limit)]
        if not near.size:
            continue
        offset = centre[near] - centre[i]
        shift = offset @ unit[i]
        across = offset @ np.array([-unit[i, 1], unit[i, 0]])  # signed: each pair of neighbours counts once
        overlap = (np.minimum(shift + length[near] / 2, length[i] / 2)
                   - np.maximum(shift - length[near] / 2, -length[i] / 2))
        ok = (overlap >= 0.5 * np.minimum(length[near], length[i])) & (across > 1e-6 * length[i])
        if ok.any():
            gaps[i] = across[ok].min()
    return gaps, length


def _weighted_median(values, weights):
    """The value at half the cumulative weight of the values sorted ascending."""
    order = np.argsort(values)
    cumulative = np.cumsum(np.asarray(weights, dtype=float)[order])
    return float(np.asarray(values)[order][np.searchsorted(cumulative, 0.5 * cumulative[-1])])
