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
4. The linear system is solved on the grid itself, in memory of a few grids (about 100 bytes a node): restarted
   GMRES (LGMRES: each restart keeps the last correction), preconditioned with one multigrid V-cycle (bilinear
   interpolation, Galerkin coarse grids computed strip by strip, nine-colour Gauss-Seidel smoothing, a direct
   solve on the coarsest grid). The equations away from data and edges are one stencil, applied as such; only
   those of data nodes and of the two rows along the edges are stored. The preconditioner and the Krylov vectors
   are float32 while the residual that decides convergence is float64 (iterative refinement), so the result is
   the float64 solution of the equations to the tolerance. GMT instead iterates over-relaxation from coarse to
   fine grids; both converge to the same discrete surface.

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
# V-cycles per GMRES restart (float32 grids kept: twice this plus two); 2 is about 10 % faster and keeps two float32
# grids more (26 MB on the British survey's 3.2 million nodes)
KRYLOV_VECTORS = 1
STRIP_NODES = 100_000  # finer-grid nodes per strip when a coarse grid's equations are computed (25 float64 fields)
# Briggs' four companion nodes for a datum in the first quadrant (east, north of its node), as (east, north) steps:
# north-west, west, south and south-east of the node, i.e. the nodes on the far side from the datum.
BRIGGS_NODES = ((-1, 1), (-1, 0), (0, -1), (1, -1))
# The 13 nodes of every equation, as (row step, col step); the node itself first.
STENCIL = ((0, 0), (0, 1), (0, -1), (1, 0), (-1, 0), (0, 2), (0, -2), (2, 0), (-2, 0), (1, 1), (1, -1), (-1, 1),
           (-1, -1))
# The 5 x 5 box every equation (after the ghost nodes are eliminated, also on the coarse grids) lies in, row-major
# as (row step, col step); the node itself is slot CENTRE.
BOX_STEPS = tuple((slot // 5 - 2, slot % 5 - 2) for slot in range(25))
CENTRE = 12
# The nine classes (row mod 3, col mod 3) of nodes: no equation, also on the Galerkin coarse grids, couples two nodes
# of one class (every equation reaches at most two nodes away), so a class updates at once in Gauss-Seidel.
COLOURS = tuple(divmod(k, 3) for k in range(9))


# ----------------------------------------------------------------------------------------------------------------
# Public functions


def minimum_curvature(easting, northing, values, grid, tension=0.25, blanking_distance=None, max_iterations=100,
                      tolerance=1e-8, progress=None):
    """Grid scattered readings by minimum curvature with tension (the method is in the module notes).

    ``easting``, ``northing`` (m) and ``values`` are 1-D arrays of finite numbers: filter out readings without a
    value or position first (any NaN or infinity is a ValueError naming how many). Several readings in one cell,
    duplicates included, are reduced to their block median. ``grid`` is the :class:`GridSpec` of the result, whose
    cell centres are the nodes; readings outside it are left out. ``tension`` is in [0, 1].

    The surface honours the data as ``surface`` does: each block median enters the curvature equation of its node
    (exactly, for one within 0.05 cell of the node), so the grid passes close to the data where the field is smooth
    on the scale of a cell; where it is not (anomalies narrower than a cell) no grid can pass through every reading.

    ``blanking_distance`` (m) turns cells whose centre is farther than that from every reading into NaN; None keeps
    every cell. Iteration stops when the residual of the finite-difference equations has fallen to ``tolerance``
    times its starting value, or after ``max_iterations`` multigrid cycles, keeping the last surface as GMT
    ``surface`` does. The default 1e-8 leaves the grid within about 1e-5 of the data's range of the exact solution
    of the equations (0.07 and 0.04 nT at most on the Osborne and British surveys); 1e-6 leaves 2.7 and 6.9 nT and
    is 15 to 35 % faster. ``progress`` is the usual callback (see :mod:`.progress`), called after every cycle and
    every strip of a coarse grid's set-up; returning False raises :class:`Cancelled`.

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
    # blanked first, while little memory is taken: its transients then never add to the solver's
    blank = None if blanking_distance is None else blanking_mask(x, y, grid, blanking_distance)
    node_row, node_col, east_offset, north_offset, block = _block_median(x, y, z, grid)
    _require_two_dimensional_spread(node_col + east_offset, node_row - north_offset)
    plane = _fit_plane(node_col + east_offset, node_row - north_offset, block)
    residual = block - _plane_at(plane, node_col + east_offset, node_row - north_offset)
    report(progress, 0.05)
    if np.any(residual):
        fine, rhs = _equations(grid.shape, node_row, node_col, east_offset, north_offset, residual, tension,
                               grid.cell_y / grid.cell_x)
        report(progress, 0.1)
        levels = _multigrid_levels(fine, lambda fraction: report(progress, 0.1 + 0.1 * fraction))
        surface = _solve(levels, rhs, tolerance, max_iterations,
                         lambda fraction: report(progress, 0.2 + 0.7 * fraction))
        del levels, fine, rhs
    else:
        surface = np.zeros(grid.shape)
    surface += _plane_at(plane, np.arange(grid.cols)[None, :], np.arange(grid.rows)[:, None])
    report(progress, 0.9)
    if blank is not None:
        surface[blank] = np.nan
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
        row, col = np.nonzero(undecided)
        nearest, _ = cKDTree(np.column_stack([x, y])).query(
            np.column_stack([grid.x_centres()[col], grid.y_centres()[row]]),
            distance_upper_bound=np.nextafter(distance, np.inf), workers=-1)
        blank[row, col] = nearest > distance
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
    rows, cols = np.arange(grid.rows)[:, None], np.arange(grid.cols)[None, :]
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
    """The system ``A u = b`` of the surface at every node, ghost nodes eliminated: the fine level of the solver
    (:class:`_FineLevel`) and ``b``, which is zero but at the data nodes, as (node numbers, values).

    ``node_row``, ``node_col`` locate the nodes holding data, ``east_offset``, ``north_offset`` (cells) place the
    data relative to them and ``values`` are the data. Every equation has the 13 coefficients of :data:`STENCIL`
    before the ghost nodes are eliminated. Equations away from the data and from the edges are the same 13-point
    stencil everywhere and are never stored; those of data nodes and of the nodes within two of an edge are, as
    their differences from it.
    """
    rows, cols = shape
    near = (np.abs(east_offset) < NEAR_NODE) & (np.abs(north_offset) < NEAR_NODE)
    c = _centre_laplacian_weight(tension, aspect)
    neighbours = _neighbour_laplacians(tension, aspect)
    laplacian = _laplacian(aspect)
    free = np.array([neighbours[s] - c * laplacian.get(s, 0.0) for s in STENCIL])

    data = node_row * cols + node_col
    band = _edge_band(shape)
    special = np.union1d(data, band)  # sorted nodes whose equations are stored
    coefficients = np.tile(free, (special.size, 1))
    slot = np.searchsorted(special, data)
    pulled, fixed = slot[~near], slot[near]
    east, north = east_offset[~near], north_offset[~near]
    weights = _briggs_weights(np.abs(east), np.abs(north), aspect)
    coefficients[pulled] = [neighbours[s] for s in STENCIL]
    coefficients[pulled, 0] += c * weights.sum(axis=1)
    sign_east, sign_north = np.where(east >= 0, 1, -1), np.where(north >= 0, 1, -1)
    for k, (step_east, step_north) in enumerate(BRIGGS_NODES):
        coefficients[pulled, _stencil_slot(-step_north * sign_north, step_east * sign_east)] -= c * weights[:, k]
    coefficients[fixed] = 0.0
    coefficients[fixed, 0] = free[0]
    rhs = (np.concatenate([data[~near], data[near]]),
           np.concatenate([c * weights[:, 4] * values[~near], free[0] * values[near]]))
    del weights

    kernel = np.zeros((5, 5))
    for (dr, dc), value in zip(STENCIL, free):
        kernel[dr + 2, dc + 2] = value
    box = np.array([_offset_slot(dr, dc) for dr, dc in STENCIL])
    in_band = np.isin(special, band, assume_unique=True)
    edge = _eliminate_ghosts(shape, special[in_band], coefficients[in_band], tension, aspect) - kernel.ravel()
    groups = [(special[in_band], edge, np.arange(25))]  # the edge band: up to 25 coefficients (0 off the grid)
    inside = special[~in_band]
    differences = coefficients[~in_band] - free
    del coefficients
    pattern = (differences != 0) @ (1 << np.arange(13))  # data nodes inside, grouped by the steps that differ
    for key in np.unique(pattern):
        pick = pattern == key
        steps = np.flatnonzero((key >> np.arange(13)) & 1)
        groups.append((inside[pick], differences[pick][:, steps], box[steps]))
    return _FineLevel(shape, kernel, groups), rhs


def _stencil_slot(row_step, col_step):
    """Index in :data:`STENCIL` of the steps (arrays allowed)."""
    lookup = np.full((5, 5), -1)
    for k, (dr, dc) in enumerate(STENCIL):
        lookup[dr + 2, dc + 2] = k
    return lookup[np.asarray(row_step) + 2, np.asarray(col_step) + 2]


def _offset_slot(row_step, col_step):
    """Index of a step in the 5 x 5 box of every equation (row-major, the node itself at :data:`CENTRE`)."""
    return (row_step + 2) * 5 + col_step + 2


def _edge_band(shape):
    """The nodes (row-major numbers) within two nodes of an edge, sorted: their equations reach ghost nodes."""
    rows, cols = shape
    row, col = np.arange(rows)[:, None], np.arange(cols)[None, :]
    return np.flatnonzero((row < 2) | (row >= rows - 2) | (col < 2) | (col >= cols - 2))


def _eliminate_ghosts(shape, nodes, coefficients, tension, aspect):
    """The equations of ``nodes`` (``(n, 13)`` coefficients of :data:`STENCIL`) with their ghost-node coefficients
    moved onto real nodes (through :func:`_ghost_nodes`), as ``(n, 25)`` coefficients of the 5 x 5 box around
    each node (every ghost is a combination of real nodes within two of the equation's node)."""
    rows, cols = shape
    steps = np.array(STENCIL)
    node_row, node_col = np.divmod(nodes, cols)
    reach_row = node_row[:, None] + steps[None, :, 0]
    reach_col = node_col[:, None] + steps[None, :, 1]
    ghost = (reach_row < 0) | (reach_row >= rows) | (reach_col < 0) | (reach_col >= cols)
    boxed = np.zeros((nodes.size, 25))
    boxed[:, [_offset_slot(dr, dc) for dr, dc in STENCIL]] = np.where(ghost, 0.0, coefficients)
    equation, slot = np.nonzero(ghost)
    if equation.size:
        ghost_index, combination = _ghost_nodes(shape, tension, aspect)
        padded = (reach_row[ghost] + 2) * (cols + 4) + reach_col[ghost] + 2
        at_ghosts = sparse.csr_matrix((coefficients[equation, slot], (equation, np.searchsorted(ghost_index, padded))),
                                      shape=(nodes.size, ghost_index.size))
        moved = (at_ghosts @ combination).tocoo()
        step_row = moved.col // cols - node_row[moved.row]
        step_col = moved.col % cols - node_col[moved.row]
        if np.abs(step_row).max(initial=0) > 2 or np.abs(step_col).max(initial=0) > 2:
            raise AssertionError("a ghost node depends on a node more than two steps away")  # cannot happen
        np.add.at(boxed, (moved.row, _offset_slot(step_row, step_col)), moved.data)
    return boxed


def _ghost_nodes(shape, tension, aspect):
    """The two rows of ghost nodes around the grid, each as a combination of real nodes: (their numbers in the grid
    padded by two nodes on every side, sorted; a sparse ``(ghosts, rows cols)`` matrix of real-node weights).

    From Smith & Wessel's boundary conditions, applied in turn: the first ghost row from
    ``(1 - T) ∂²u/∂n² + T ∂u/∂n = 0`` at each edge node (outward normal, central differences), the ghost corners
    from ``∂²u/∂x∂y = 0`` at the grid corners, the second ghost row from ``∂(∇²u)/∂n = 0``, i.e. equal Laplacians one
    node inside and one node outside each edge node. Only the band of nodes within five of the padded border
    takes part (ghosts and the three outer rings of real nodes).
    """
    rows, cols = shape
    padded_row, padded_col = np.arange(rows + 4)[:, None], np.arange(cols + 4)[None, :]
    band = np.flatnonzero(np.minimum(np.minimum(padded_row, rows + 3 - padded_row),
                                     np.minimum(padded_col, cols + 3 - padded_col)) < 5)
    band_row, band_col = np.divmod(band, cols + 4)
    real = (band_row >= 2) & (band_row < rows + 2) & (band_col >= 2) & (band_col < cols + 2)

    def at(row, col):
        return np.searchsorted(band, (row + 2) * (cols + 4) + col + 2)

    combination = sparse.csr_matrix((np.ones(real.sum()), (np.flatnonzero(real), np.flatnonzero(real))),
                                    shape=(band.size, band.size))

    def define(combination, targets, sources):
        """Give the band nodes ``targets`` the values Σ weight × (already defined) source node."""
        step = sparse.csr_matrix(
            (np.concatenate([np.broadcast_to(w, targets.shape) for _, w in sources]).astype(float),
             (np.tile(targets, len(sources)), np.concatenate([s for s, _ in sources]))), shape=combination.shape)
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
    combination = define(combination, along_edges(-2, 0),
                         [(along_edges(2, 0), 1.0), (along_edges(1, 0), -2.0 - 2 * q),
                          (along_edges(-1, 0), 2.0 + 2 * q), (along_edges(1, 1), q), (along_edges(1, -1), q),
                          (along_edges(-1, 1), -q), (along_edges(-1, -1), -q)])
    ghosts = np.flatnonzero(~real)
    weights = combination[ghosts].tocoo()
    real_number = (band_row - 2) * cols + band_col - 2  # meaningful for the real band nodes, the only columns
    return band[ghosts], sparse.csr_matrix((weights.data, (weights.row, real_number[weights.col])),
                                           shape=(ghosts.size, rows * cols))


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
# Solver: restarted GMRES preconditioned by a multigrid V-cycle, on the grid itself
#
# Memory stays a few grids: the equations away from data and edges are one stencil (applied with
# scipy.ndimage.correlate); the coarse grids' Galerkin operators are 21 float32 coefficients per coarse node (the
# 5 x 5 box but its corners; a quarter of the nodes, then a sixteenth...); the preconditioner and the Krylov vectors
# are float32, while the residual that decides convergence is recomputed in float64 at every restart
# (mixed-precision iterative refinement), so float32 limits neither the accuracy nor the tolerance. The grid-size
# work arrays are allocated once per solve (:class:`_Workspace`), never per restart or V-cycle: fresh ones would
# fragment the heap (glibc keeps the freed memory) or, when memory is mapped afresh, be page-faulted every time.


def _colour_view(array, r0, c0, shape, step=(0, 0), pad=2):
    """The (r0, c0) colour class of a grid stored with ``pad`` nodes of padding, shifted by ``step``."""
    rows, cols = shape
    return array[pad + r0 + step[0]:pad + rows + step[0]:3, pad + c0 + step[1]:pad + cols + step[1]:3]


class _FineLevel:
    """The finest grid: one stencil (``kernel``, 5 x 5) for every equation, and ``groups`` of stored corrections to
    it (data nodes, the edge band) as (node numbers, coefficients ``(n, k)`` to add, their slots in the 5 x 5 box).
    Gauss-Seidel and ``A u`` work on grids padded by two nodes of zeros."""

    def __init__(self, shape, kernel, groups, float64_groups=True):
        self.shape = shape
        rows, cols = shape
        width = cols + 4
        self.kernel = kernel
        self.kernel32 = kernel.astype(np.float32)
        self.centre = kernel[2, 2]
        self.terms = _grouped_terms(kernel)

        def steps(slots):
            return np.array([BOX_STEPS[s][0] * width + BOX_STEPS[s][1] for s in slots], dtype=np.int64)

        self.groups = []  # float64, for the residual that decides convergence (none on a compacted coarse grid)
        self.by_colour = [[] for _ in range(9)]  # float32, for the preconditioner
        for nodes, coefficients, slots in groups:
            if not nodes.size:
                continue
            row, col = np.divmod(nodes, cols)
            at = (row + 2) * width + col + 2
            if float64_groups:
                self.groups.append((nodes, at, coefficients, steps(slots), slots))
            off_centre = slots != CENTRE
            centre = (coefficients[:, list(slots).index(CENTRE)] if CENTRE in slots else np.zeros(nodes.size))
            colour = (row % 3) * 3 + col % 3
            for k in np.unique(colour):
                pick = colour == k
                local = row[pick] // 3 * len(range(k % 3, cols, 3)) + col[pick] // 3
                self.by_colour[k].append((
                    nodes[pick], at[pick], local, coefficients[pick][:, off_centre].astype(np.float32),
                    steps(slots[off_centre]), centre[pick].astype(np.float32),
                    _inverse(self.centre + centre[pick]).astype(np.float32)))

    def apply(self, padded, out=None):
        """``A u`` (float64 or float32 as ``padded``, the grid with two nodes of zeros around it) as a grid (into
        ``out`` if given)."""
        kernel = self.kernel if padded.dtype == np.float64 else self.kernel32
        out = ndimage.correlate(padded[2:-2, 2:-2], kernel, output=out, mode="constant")  # the padding is zero too
        flat, result = padded.ravel(), out.ravel()
        if padded.dtype == np.float64:
            for nodes, at, coefficients, steps, _ in self.groups:
                result[nodes] += _gathered_rows(flat, at, coefficients, steps)
        else:
            for colour in self.by_colour:
                for nodes, at, _, coefficients, steps, centre, _ in colour:
                    result[nodes] += _gathered_rows(flat, at, coefficients, steps) + centre * flat[at]
        return out

    def residual(self, padded, rhs, out=None):
        """``rhs - A u`` for ``u`` in ``padded`` (into ``out`` if given)."""
        out = self.apply(padded, out=out)
        return np.subtract(rhs, out, out=out)

    def smooth(self, padded, rhs, reverse=False, scratch=None):
        """One Gauss-Seidel sweep over the colour classes (float32, in place; ``scratch``: see
        :func:`_colour_scratch`)."""
        flat = padded.ravel()
        order = range(8, -1, -1) if reverse else range(9)
        for k in order:
            r0, c0 = divmod(k, 3)
            off, term = _colour_scratch(scratch, _colour_view(rhs, r0, c0, self.shape, pad=0))
            for value, steps in self.terms:
                np.copyto(term, _colour_view(padded, r0, c0, self.shape, steps[0]))
                for step in steps[1:]:
                    term += _colour_view(padded, r0, c0, self.shape, step)
                term *= value
                off -= term
            flat_off = off.ravel()
            stored = [(at, (flat_off[local] - _gathered_rows(flat, at, coefficients, steps)) * inverse)
                      for _, at, local, coefficients, steps, _, inverse in self.by_colour[k]]
            np.multiply(off, np.float32(1 / self.centre), out=_colour_view(padded, r0, c0, self.shape))
            for at, values in stored:
                flat[at] = values

    def used_slots(self):
        """The slots of the 5 x 5 box that some equation uses."""
        used = set(np.flatnonzero(self.kernel.ravel()))
        for _, _, coefficients, _, slots in self.groups:
            used |= set(slots[np.any(coefficients != 0, axis=0)])
        return sorted(used)

    def rows_fields(self, first, last):
        """The equations of rows ``first`` to ``last - 1`` as 25 float64 fields of the 5 x 5 box, ``(25, h, cols)``."""
        cols = self.shape[1]
        fields = np.empty((25, last - first, cols))
        for slot, value in enumerate(self.kernel.ravel()):
            fields[slot] = value
        for nodes, _, coefficients, _, slots in self.groups:
            lo, hi = np.searchsorted(nodes, [first * cols, last * cols])
            row, col = np.divmod(nodes[lo:hi], cols)
            fields[slots[:, None], row - first, col] += coefficients[lo:hi].T
        return fields


def _grouped_terms(kernel):
    """The off-centre steps of a 5 x 5 kernel grouped by equal coefficients: [(value, [(row step, col step)])]."""
    terms = {}
    for slot, value in enumerate(kernel.ravel()):
        if slot != CENTRE and value != 0:
            terms.setdefault(value, []).append(BOX_STEPS[slot])
    return [(np.float32(value), steps) for value, steps in terms.items()]


def _gathered_rows(flat, at, coefficients, steps):
    """Σ_k coefficients[:, k] × flat[at + steps[k]]: stored equations applied to a padded grid (as ``flat``). The
    terms pass through two buffers, so the temporaries do not grow with the number of steps."""
    total = coefficients[:, 0] * flat[at + steps[0]]
    where, term = np.empty_like(at), np.empty_like(total)
    for k in range(1, len(steps)):
        np.take(flat, np.add(at, steps[k], out=where), out=term, mode="clip")  # "clip": never out of range
        total += np.multiply(coefficients[:, k], term, out=term)
    return total


def _colour_scratch(scratch, rhs_view):
    """Two float32 arrays shaped as one colour class ``rhs_view`` of a right-hand side, the first a copy of it (the
    sum a Gauss-Seidel step builds) and the second free: views into the rows of ``scratch`` (a ``(2, n)`` float32
    array, ``n`` at least the largest class) when given, else new arrays."""
    if scratch is None:
        return rhs_view.copy(), np.empty_like(rhs_view)
    off, term = (row[:rhs_view.size].reshape(rhs_view.shape) for row in scratch)
    np.copyto(off, rhs_view)
    return off, term


def _inverse(diagonal):
    """1 / diagonal, 0 where the diagonal is 0 (a Gauss-Seidel step then leaves the node alone)."""
    out = np.zeros_like(diagonal)
    np.divide(1.0, diagonal, out=out, where=diagonal != 0)
    return out


class _CoarseLevel:
    """A Galerkin coarse grid: per colour class, float32 coefficient fields of its nodes for the ``stored`` slots of
    the 5 x 5 box (the corners stay zero on every coarse grid when they are zero on the finest)."""

    def __init__(self, shape, stored):
        self.shape = shape
        self.stored = list(stored)
        rows, cols = shape
        self.fields = [np.zeros((len(self.stored), len(range(r0, rows, 3)), len(range(c0, cols, 3))), np.float32)
                       for r0, c0 in COLOURS]
        self.terms, self.inverse = [], []

    def finish(self):
        """Called once the fields are filled: the non-zero off-centre terms and inverse diagonals per colour."""
        centre = self.stored.index(CENTRE)
        self.terms = [[(fields[i], BOX_STEPS[slot]) for i, slot in enumerate(self.stored)
                       if slot != CENTRE and fields[i].any()] for fields in self.fields]
        self.inverse = [_inverse(fields[centre]) for fields in self.fields]
        self.centres = [fields[centre] for fields in self.fields]

    def smooth(self, padded, rhs, reverse=False, scratch=None):
        """As :meth:`_FineLevel.smooth`."""
        order = range(8, -1, -1) if reverse else range(9)
        for k in order:
            r0, c0 = divmod(k, 3)
            off, term = _colour_scratch(scratch, _colour_view(rhs, r0, c0, self.shape, pad=0))
            for field, step in self.terms[k]:
                np.multiply(field, _colour_view(padded, r0, c0, self.shape, step), out=term)
                off -= term
            np.multiply(off, self.inverse[k], out=_colour_view(padded, r0, c0, self.shape))

    def residual(self, padded, rhs, out=None):
        """As :meth:`_FineLevel.residual`."""
        out = np.empty_like(rhs) if out is None else out
        for k, (r0, c0) in enumerate(COLOURS):
            off = _colour_view(out, r0, c0, self.shape, pad=0)
            np.copyto(off, _colour_view(rhs, r0, c0, self.shape, pad=0))
            for field, step in self.terms[k] + [(self.centres[k], (0, 0))]:
                off -= field * _colour_view(padded, r0, c0, self.shape, step)
        return out

    def store_rows(self, first, values):
        """Put the coefficients of rows ``first`` to ``first + h - 1`` (``values``, ``(25, h, cols)``) in place."""
        for k, (r0, c0) in enumerate(COLOURS):
            start = (r0 - first) % 3
            rows = range(first + start, first + values.shape[1], 3)
            if len(rows):
                self.fields[k][:, rows[0] // 3:rows[-1] // 3 + 1] = values[self.stored, start::3, c0::3]

    def rows_fields(self, first, last):
        """As :meth:`_FineLevel.rows_fields`."""
        cols = self.shape[1]
        out = np.zeros((25, last - first, cols))
        for k, (r0, c0) in enumerate(COLOURS):
            start = (r0 - first) % 3
            rows = range(first + start, last, 3)
            if len(rows):
                out[self.stored, start::3, c0::3] = self.fields[k][:, rows[0] // 3:rows[-1] // 3 + 1]
        return out

    def used_slots(self):
        return [slot for i, slot in enumerate(self.stored) if any(fields[i].any() for fields in self.fields)]

    def compacted(self):
        """The same equations as one stencil (each slot's most common coefficient) plus, for the nodes that differ
        from it (near data and edges), their differences: a float32 :class:`_FineLevel` for the V-cycle, or this level
        when most nodes differ (stored differences then take more memory than the fields)."""
        kernel = np.zeros(25)
        for i, slot in enumerate(self.stored):
            values, counts = np.unique(self.fields[0][i], return_counts=True)
            kernel[slot] = values[np.argmax(counts)]
        stencil = kernel[self.stored].astype(np.float32)[:, None, None]
        rows, cols = self.shape
        groups, stored_nodes = [], 0
        for fields, (r0, c0) in zip(self.fields, COLOURS):
            differs = np.any(fields != stencil, axis=0)
            row, col = np.nonzero(differs)
            groups.append(((row * 3 + r0) * cols + col * 3 + c0, (fields[:, row, col] - stencil[:, :, 0]).T,
                           np.array(self.stored)))
            stored_nodes += row.size
        # bytes per node: fields 4 a slot; a stored node 4 a slot, its centre, its inverse and three int64 indices
        if stored_nodes * (4 * len(self.stored) + 32) >= rows * cols * 4 * len(self.stored):
            return self
        return _FineLevel(self.shape, kernel.reshape(5, 5), groups, float64_groups=False)


def _coarse_size(n):
    """Nodes on the coarser grid along an axis of ``n`` nodes: every other node and the last one; axes of 4 nodes or
    fewer are not coarsened."""
    return n if n <= 4 else n // 2 + 1


def _parents(n):
    """Linear interpolation from the coarse nodes along an axis of ``n`` fine nodes: every fine node's two coarse
    parents and their weights (the second 0 for a fine node on a coarse one). The coarse nodes sit on fine nodes
    0, 2, 4, ... and on the last fine node (so the last coarse interval is one fine step when ``n`` is even)."""
    m = _coarse_size(n)
    fine = np.arange(n)
    if m == n:
        return fine, fine, np.ones(n), np.zeros(n)
    first = fine // 2
    second = np.minimum(first + 1, m - 1)
    weight = np.where(fine % 2 == 1, 0.5, 0.0)
    if n % 2 == 0:
        first[-1] = second[-1] = m - 1
        weight[-1] = 0.0
    return first, second, 1.0 - weight, weight


def _prolong(coarse, axis, out):
    """Linear interpolation (:func:`_parents`) of ``coarse`` along ``axis`` onto the fine nodes of ``out`` (its
    shape says how many), which is returned."""
    m, n = coarse.shape[axis], out.shape[axis]
    source, target = np.moveaxis(coarse, axis, 0), np.moveaxis(out, axis, 0)
    if m == n:
        target[...] = source
        return out
    target[0::2] = source[:len(range(0, n, 2))]
    odd = target[1::2] if n % 2 else target[1:n - 1:2]
    np.add(source[:len(odd)], source[1:len(odd) + 1], out=odd)
    odd *= 0.5
    if n % 2 == 0:
        target[n - 1] = source[m - 1]
    return out


def _restrict(fine, axis, out):
    """The transpose of :func:`_prolong`: full weighting of ``fine`` along ``axis`` onto the coarse nodes of
    ``out``, which is returned. ``fine`` is spent: its nodes between two coarse ones are halved in place."""
    n, m = fine.shape[axis], out.shape[axis]
    source, target = np.moveaxis(fine, axis, 0), np.moveaxis(out, axis, 0)
    if m == n:
        target[...] = source
        return out
    target[:len(range(0, n, 2))] = source[0::2]
    if n % 2 == 0:
        target[m - 1] = source[n - 1]
    half = source[1::2] if n % 2 else source[1:n - 1:2]
    half *= 0.5
    target[:len(half)] += half
    target[1:len(half) + 1] += half
    return out


def _transfer_products(n):
    """For the Galerkin product along an axis: {(d, D): W} with ``W[i, J] = P[i, J] P[i + d, J + D]``, the weight
    that the coefficient of step ``d`` of fine equation ``i`` carries to step ``D`` of coarse equation ``J``."""
    first, second, w_first, w_second = _parents(n)
    parent, weight = np.stack([first, second]), np.stack([w_first, w_second])
    m = _coarse_size(n)
    products = {}
    for d in range(-2, 3):
        fine = np.arange(max(0, -d), min(n, n - d))
        pieces = []
        for a in range(2):
            for b in range(2):
                w = weight[a, fine] * weight[b, fine + d]
                keep = w != 0
                coarse = parent[a, fine[keep]]
                pieces.append((fine[keep], coarse, parent[b, fine[keep] + d] - coarse, w[keep]))
        fine_i, coarse_j, step, w = (np.concatenate(p) for p in zip(*pieces))
        for big in np.unique(step):
            pick = step == big
            products[(d, int(big))] = sparse.csr_matrix((w[pick], (fine_i[pick], coarse_j[pick])), shape=(n, m))
    if any(abs(big) > 2 for _, big in products):
        raise AssertionError("a coarse equation reaches more than two nodes away")  # cannot happen
    return products


def _galerkin(finer, coarse_shape, on_strip):
    """The coarse level ``R A P`` of ``finer`` (``R`` the transpose of the bilinear interpolation ``P``), computed by
    strips of coarse rows from 25 coefficient fields of the finer equations (so never the whole matrix at once)."""
    (rows, cols), (coarse_rows, coarse_cols) = finer.shape, coarse_shape
    across, down = _transfer_products(cols), _transfer_products(rows)
    across_t = {key: w.T.tocsr() for key, w in across.items()}
    first, second, _, w_second = _parents(rows)
    corners = {_offset_slot(dr, dc) for dr in (-2, 2) for dc in (-2, 2)}
    coarse = _CoarseLevel(coarse_shape, [slot for slot in range(25)
                                         if slot not in corners or corners & set(finer.used_slots())])
    strip = max(1, min(STRIP_NODES, rows * cols // 16) // (2 * cols))  # coarse rows: transients of ~1/16 grid
    for start in range(0, coarse_rows, strip):
        stop = min(coarse_rows, start + strip)
        reaches = ((first >= start) & (first < stop)) | ((w_second != 0) & (second >= start) & (second < stop))
        fine_rows = np.flatnonzero(reaches)
        lo, hi = fine_rows[0], fine_rows[-1] + 1
        # columns first: (row step, col step, col, row) -> (row step, coarse col step, coarse col, row)
        fields = np.ascontiguousarray(finer.rows_fields(lo, hi).reshape(5, 5, hi - lo, cols).transpose(0, 1, 3, 2))
        half = np.zeros((5, 5, coarse_cols, hi - lo))
        for (d, big), w in across_t.items():
            for dr in range(5):
                half[dr, big + 2] += w @ fields[dr, d + 2]
        del fields
        # then rows: (row step, row, coarse col step, coarse col) -> (coarse row step, coarse row, ...)
        half = np.ascontiguousarray(half.transpose(0, 3, 1, 2)).reshape(5, hi - lo, 5 * coarse_cols)
        result = np.zeros((5, stop - start, 5 * coarse_cols))
        for (d, big), w in down.items():
            part = w[lo:hi, start:stop].T.tocsr()
            if part.nnz:
                result[big + 2] += part @ half[d + 2]
        result = result.reshape(5, stop - start, 5, coarse_cols)
        coarse.store_rows(start, result.transpose(0, 2, 1, 3).reshape(25, stop - start, coarse_cols))
        on_strip(stop / coarse_rows)
    coarse.finish()
    return coarse


def _fields_matrix(level):
    """The CSR matrix of a level's equations (for the direct solve on the coarsest grid)."""
    rows, cols = level.shape
    fields = level.rows_fields(0, rows)
    node_row, node_col = np.indices((rows, cols))
    entries = []
    for slot in range(25):
        dr, dc = divmod(slot, 5)
        target_row, target_col = node_row + dr - 2, node_col + dc - 2
        keep = (fields[slot] != 0) & (target_row >= 0) & (target_row < rows) & (target_col >= 0) & (target_col < cols)
        entries.append((fields[slot][keep], node_row[keep] * cols + node_col[keep],
                        target_row[keep] * cols + target_col[keep]))
    values, equation, node = (np.concatenate(e) for e in zip(*entries))
    return sparse.csr_matrix((values, (equation, node)), shape=(rows * cols, rows * cols))


def _multigrid_levels(fine, on_step):
    """The multigrid hierarchy, finest first; the coarsest holds an LU factorisation ("lu") of its equations."""
    levels, shape = [fine], fine.shape
    total = sum(4.0 ** -k for k in range(1, 12))
    done = 0.0
    while shape[0] * shape[1] > COARSEST_NODES and max(shape) > 4:
        coarse_shape = (_coarse_size(shape[0]), _coarse_size(shape[1]))
        share = 4.0 ** -len(levels) / total
        levels.append(_galerkin(levels[-1], coarse_shape, lambda f, d=done, s=share: on_step(d + s * f)))
        if len(levels) > 2:  # a coarse level whose coarser one is built: compact for the solve
            levels[-2] = levels[-2].compacted()
        done += share
        shape = coarse_shape
    levels[-1].lu = sparse_linalg.splu(_fields_matrix(levels[-1]).tocsc())
    on_step(1.0)
    return levels


class _Workspace:
    """The solver's grid-size arrays, allocated once per solve and reused by every restart and V-cycle (fresh ones
    fragment the heap and are page-faulted anew).

    Kept through the solve: the float64 ``solution`` (padded by two nodes of zeros); the float32 Krylov ``basis``
    (the orthonormal Arnoldi vectors but the last), ``directions`` (the V-cycles' results) and ``previous`` (the last
    restart's normalised correction), both padded; and ``coarse``, each coarser level's right-hand side and padded
    solution in the V-cycle.

    ``spare`` (float64) serves each step of a restart in turn: the float64 ``residual`` until it gives the first
    Krylov vector; during a V-cycle, every level's scratch (:func:`_cycle_scratch`; a level's scratch is spent while
    the coarser levels use theirs); during Gram-Schmidt, the float32 ``projection`` and, in its second half,
    ``last``, the Arnoldi vector of the restart's ``previous`` step (needed only for its norm, it has no row in the
    basis); the float64 copy of an Arnoldi vector for its norm (``last``'s goes to ``spent``, the first two rows
    of the basis, no longer needed then); the restart's correction; and the next residual.
    """

    def __init__(self, levels):
        rows, cols = levels[0].shape
        self.solution = np.zeros((rows + 4, cols + 4))
        self.basis = np.empty((KRYLOV_VECTORS + 1, rows * cols), np.float32)
        self.directions = np.zeros((KRYLOV_VECTORS, rows + 4, cols + 4), np.float32)
        self.previous = np.zeros((rows + 4, cols + 4), np.float32)
        self.coarse = [(np.empty((r, c), np.float32), np.zeros((r + 4, c + 4), np.float32))
                       for r, c in (level.shape for level in levels[1:])]
        pairs = list(zip(levels[:-1], levels[1:]))
        floats = max(sum(_cycle_scratch_sizes(finer.shape, coarser.shape)) for finer, coarser in pairs)
        self.spare = np.empty(max(rows * cols, (floats + 1) // 2))
        self.residual = self.spare[:rows * cols].reshape(rows, cols)
        self.projection, self.last = self.spare.view(np.float32)[:2 * rows * cols].reshape(2, -1)
        self.spent = self.basis[:2].reshape(-1).view(np.float64)
        self.cycle = [_cycle_scratch(self.spare.view(np.float32), finer.shape, coarser.shape)
                      for finer, coarser in pairs]


def _cycle_scratch_sizes(shape, coarse_shape):
    """Float32 counts of a level's V-cycle scratch (see :func:`_cycle_scratch`)."""
    rows, cols = shape
    return (rows * cols, max(coarse_shape[0] * cols, rows * coarse_shape[1]),
            2 * len(range(0, rows, 3)) * len(range(0, cols, 3)))


def _cycle_scratch(flat, shape, coarse_shape):
    """A level's scratch in the V-cycle, as views at the start of ``flat`` (float32): the residual grid (then the
    correction prolonged from the coarser level), room for a grid coarsened along one axis only (half-way through a
    restriction to ``coarse_shape`` or a prolongation from it) and Gauss-Seidel's :func:`_colour_scratch`."""
    residual, transfer, colour = np.cumsum(_cycle_scratch_sizes(shape, coarse_shape))
    return flat[:residual].reshape(shape), flat[residual:transfer], flat[transfer:colour].reshape(2, -1)


def _as_grid(flat, rows, cols):
    """The first ``rows * cols`` values of ``flat`` as a grid."""
    return flat[:rows * cols].reshape(rows, cols)


def _v_cycle(levels, work, k, rhs, padded):
    """One V-cycle from zero for ``levels[k]``'s equations and ``rhs`` (a float32 grid): the approximate solution,
    written into ``padded`` (a float32 grid padded by two nodes of zeros, which stay zero), with the buffers of
    ``work`` (:class:`_Workspace`)."""
    level, inside = levels[k], padded[2:-2, 2:-2]
    if hasattr(level, "lu"):
        inside[...] = level.lu.solve(rhs.ravel().astype(np.float64)).reshape(rhs.shape)
        return
    inside.fill(0)
    residual, transfer, colour = work.cycle[k]
    coarse_rhs, coarse_padded = work.coarse[k]
    (rows, cols), (coarse_rows, coarse_cols) = rhs.shape, coarse_rhs.shape
    level.smooth(padded, rhs, scratch=colour)
    level.residual(padded, rhs, out=residual)
    _restrict(_restrict(residual, 0, _as_grid(transfer, coarse_rows, cols)), 1, coarse_rhs)
    _v_cycle(levels, work, k + 1, coarse_rhs, coarse_padded)
    inside += _prolong(_prolong(coarse_padded[2:-2, 2:-2], 0, _as_grid(transfer, rows, coarse_cols)), 1, residual)
    level.smooth(padded, rhs, reverse=True, scratch=colour)


def _solve(levels, rhs, tolerance, max_iterations, on_step):
    """``u`` with ``|b - A u| <= tolerance |b|`` (``rhs``: ``b`` as (node numbers, values), zero elsewhere).

    Restarted GMRES, right-preconditioned with one V-cycle per step and, as LGMRES (Baker, Jessup & Manteuffel
    2005), each restart's space augmented with the previous restart's correction, which keeps the slow modes a short
    restart would lose (large areas without data converge slowly under the multigrid alone). Flexible form: the
    search directions are kept, so the update needs no further V-cycle. The Krylov vectors are float32; every
    restart recomputes the residual in float64 from the float64 solution (iterative refinement), so float32 limits
    neither the accuracy nor the tolerance. ``max_iterations`` counts V-cycles. ``on_step`` receives the progress
    towards the tolerance (0 to 1, from the logarithm of the residual, never decreasing) after every V-cycle.
    """
    fine = levels[0]
    shape = fine.shape
    if hasattr(fine, "lu"):  # a grid small enough to solve directly
        dense = np.zeros(shape[0] * shape[1])
        dense[rhs[0]] = rhs[1]
        on_step(1.0)
        return fine.lu.solve(dense).reshape(shape)
    return _iterate(levels, rhs, tolerance, max_iterations, on_step)[2:-2, 2:-2].copy()


def _iterate(levels, rhs, tolerance, max_iterations, on_step):
    """The iteration of :func:`_solve`, in one :class:`_Workspace`: returns its float64 solution (padded by two
    nodes), the rest of the workspace being freed on return."""
    fine = levels[0]
    shape = fine.shape
    nodes, values = rhs
    work = _Workspace(levels)
    solution, residual, basis = work.solution, work.residual, work.basis
    start = np.linalg.norm(values)
    target = tolerance * start
    residual.fill(0.0)
    residual.flat[nodes] = values
    augmented = False  # whether work.previous holds the last restart's correction
    cycles, progress = 0, 0.0
    while cycles < max_iterations:
        beta = np.linalg.norm(residual)
        if beta <= target:
            break
        size = KRYLOV_VECTORS + augmented
        np.multiply(residual.ravel(), 1 / beta, out=basis[0], casting="same_kind")
        hessenberg = np.zeros((size + 1, size))
        for j in range(size):
            if j < KRYLOV_VECTORS:
                searched = work.directions[j]
                _v_cycle(levels, work, 0, basis[j].reshape(shape), searched)
                cycles += 1
            else:
                searched = work.previous
            w = basis[j + 1] if j < KRYLOV_VECTORS else work.last
            fine.apply(searched, out=w.reshape(shape))
            for _ in range(2):  # Gram-Schmidt, twice for orthogonality
                h = basis[:j + 1] @ w
                w -= np.matmul(h, basis[:j + 1], out=work.projection)
                hessenberg[:j + 1, j] += h
            hessenberg[j + 1, j] = _float64_norm(w, residual if j < KRYLOV_VECTORS else work.spent)
            e1 = np.zeros(j + 2)
            e1[0] = beta
            y = np.linalg.lstsq(hessenberg[:j + 2, :j + 1], e1, rcond=None)[0]
            reached = np.linalg.norm(hessenberg[:j + 2, :j + 1] @ y - e1)
            progress = max(progress, _progress_towards(reached, start, target))
            on_step(progress)
            if reached <= target or cycles >= max_iterations or hessenberg[j + 1, j] == 0 or j + 1 == size:
                break
            w *= np.float32(1 / hessenberg[j + 1, j])
        searched = [work.directions[i] if i < KRYLOV_VECTORS else work.previous for i in range(j + 1)]
        correction = _combine(y, [grid[2:-2, 2:-2] for grid in searched], out=residual)
        solution[2:-2, 2:-2] += correction
        length = np.linalg.norm(correction)
        augmented = bool(length > 0)
        if augmented:
            np.multiply(correction, 1 / length, out=work.previous[2:-2, 2:-2], casting="same_kind")
        fine.apply(solution, out=residual)
        np.negative(residual, out=residual)
        residual.flat[nodes] += values
    return solution


def _float64_norm(vector, scratch):
    """``np.linalg.norm(vector.astype(np.float64))`` with the float64 copy in ``scratch`` (an array of its size)."""
    wide = scratch.reshape(vector.shape)
    np.copyto(wide, vector)
    return np.linalg.norm(wide)


def _combine(weights, grids, out):
    """``out = Σ weights[i] grids[i]`` (float64 ``out``), strip by strip of rows so that no product is a grid-size
    temporary; each product is numpy's ``weight * grid``, so the sum is the whole-grid expression's to the bit."""
    rows = max(1, 4096 // out.shape[1])  # products of 32 KB
    for first in range(0, out.shape[0], rows):
        strip = slice(first, first + rows)
        out[strip] = weights[0] * grids[0][strip]
        for weight, grid in zip(weights[1:], grids[1:]):
            out[strip] += weight * grid[strip]
    return out


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
