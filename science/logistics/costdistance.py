"""Least accumulated cost over the 8-connected cells of a raster, by row sweeps (docs/science.md section 7).

The graph is the one of :func:`.access.cost_distance`: a step between two neighbouring cells costs its length (m,
centre to centre) times the mean of the two cells' weights (inf: no step), and seed cells start at given costs.
Instead of building that graph (8 edges per cell, about 160 bytes per cell with a sparse matrix) and running
Dijkstra on it, the costs are relaxed in place, row by row, until nothing changes (a label-correcting method in
the spirit of the fast sweeping methods for the eikonal equation, Zhao 2005, here on the exact 8-neighbour graph):

- a downward sweep takes each row from the one above it (the vertical and two diagonal steps) and then relaxes
  the row along itself, left to right and right to left; an upward sweep does the same from the row below;
- the relaxation along a row is exact in one pass: with ``S`` the cumulative step costs along the row, the cost
  reached from the left is ``S_i + min_{j <= i}(T_j - S_j)``, a running minimum (:func:`_scan`);
- sweeps alternate until a full pair changes nothing. A row is taken again only when the row it takes from has
  changed since, so the last, confirming sweeps cost little.

Every relaxation is ``T_i = min(T_i, T_j + c_ji)`` over edges of the graph, and the sweeps stop only when no edge
can lower a cost, so the result is the graph's exact shortest-path cost (the fixed point Dijkstra reaches), up to
the order of floating-point additions. Memory: the costs, the weights and a few rows (about 16 bytes per cell
with float64 weights), against about 160 for the sparse graph. The number of sweeps grows with the number of
times the best paths turn back on themselves (around barriers); on open ground with seeds along roads, 2-4.
"""
import numpy as np

from ..progress import report

FALL_TOLERANCE = 1e-12
"""Relative fall of a cost below which a row does not count as changed (rounding in the running minima could
otherwise lower costs by an ulp at a time for ever)."""

_NEIGHBOURS = tuple((dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)

_REPORT_ROWS = 256
"""Rows swept between progress reports (and chances to cancel)."""


def _relax_along(values, weights, cell_x):
    """Relax one row of costs along itself, in place: from the left and from the right over the steps between
    neighbours (``cell_x`` times the mean ``weights`` of the two; inf: no step), exactly, in two running minima.

    With ``S`` the cumulative step cost along the row, the cost reached from the left is
    ``S_i + min_{j <= i}(T_j - S_j)`` and from the right ``-S_i + min_{j >= i}(T_j + S_j)``, within each run of
    finite steps. Where steps are infinite, runs are kept apart by shifting the keys of each run by a multiple of
    twice their spread (plus one), so that a run's own keys always lie below those of the runs already passed; the
    cell each running minimum comes from is tracked, a minimum from another run is dropped, and the cost is
    recomputed from that cell without the shift (which would otherwise cost rounding errors growing with the
    number of runs).
    """
    steps = cell_x * 0.5 * (weights[1:] + weights[:-1])
    blocked = ~np.isfinite(steps)
    cumulative = np.empty(len(values))
    cumulative[0] = 0.0
    np.cumsum(np.where(blocked, 0.0, steps) if blocked.any() else steps, out=cumulative[1:])
    from_left, from_right = values - cumulative, values + cumulative
    finite = np.isfinite(from_left)
    if not finite.any():
        return
    if not blocked.any():
        best = np.minimum.accumulate(from_left) + cumulative
        np.minimum(best, np.minimum.accumulate(from_right[::-1])[::-1] - cumulative, out=best)
        np.minimum(values, best, out=values)
        return
    run = np.empty(len(values))
    run[0] = 0.0
    np.cumsum(blocked, out=run[1:])
    index = np.arange(len(values))
    for keys, sign in ((from_left, -1.0), (from_right, 1.0)):
        low, high = keys[finite].min(), keys[finite].max()
        step = 1 if sign < 0 else -1  # from the left: runs passed are to the left; from the right: to the right
        shifted = (keys + sign * run * (2.0 * (high - low) + 1.0))[::step]
        running = np.minimum.accumulate(shifted)
        source = np.maximum.accumulate(np.where(shifted == running, index, -1))  # where each minimum comes from
        source = np.where(source < 0, 0, (len(values) - 1 - source) if step < 0 else source)[::step]
        reached = (run[source] == run) & np.isfinite(values[source])
        cost = values[source] + sign * (cumulative[source] - cumulative)
        np.minimum(values, np.where(reached, cost, np.inf), out=values)


def _relax_row(costs, weights, row, source, cell_x, cell_y, diagonal):
    """Relax row ``row`` of ``costs`` from row ``source`` (the one above or below) and then along itself; True
    when a cost fell."""
    here, there, taken = weights[row], weights[source], costs[source]
    candidate = taken + cell_y * 0.5 * (here + there)
    np.minimum(candidate[1:], taken[:-1] + diagonal * 0.5 * (here[1:] + there[:-1]), out=candidate[1:])
    np.minimum(candidate[:-1], taken[1:] + diagonal * 0.5 * (here[:-1] + there[1:]), out=candidate[:-1])
    current = costs[row]
    if not (candidate < current * (1.0 - FALL_TOLERANCE)).any():
        return False
    np.minimum(current, candidate, out=current)
    _relax_along(current, here, cell_x)
    return True


def sweep_costs(weights, cell_x, cell_y, seed_cells, seed_costs, progress=None):
    """Least accumulated costs (``weights.shape``, inf = unreachable) from the seeds (flat indices, starting at
    ``seed_costs``; the lowest counts where a cell is given twice) over the 8-connected cells of ``weights``
    (per-metre costs, inf = impassable; cells ``cell_x`` by ``cell_y`` metres). See the module docstring."""
    weights = np.asarray(weights, dtype=float)
    rows, cols = weights.shape
    costs = np.full(rows * cols, np.inf)
    np.minimum.at(costs, np.asarray(seed_cells, dtype=np.int64), np.asarray(seed_costs, dtype=float))
    costs = costs.reshape(rows, cols)
    diagonal = float(np.hypot(cell_x, cell_y))
    changed_at = np.zeros(rows, dtype=np.int64)  # sweep step at which each row last fell
    taken_at = np.full((2, rows), -1, dtype=np.int64)  # step at which each row last took from above / below
    step = 1
    for row in range(rows):
        if np.isfinite(costs[row]).any():
            _relax_along(costs[row], weights[row], cell_x)
            changed_at[row] = step
    sweeps = 0
    while True:
        fell = False
        for direction, order in ((0, range(1, rows)), (1, range(rows - 2, -1, -1))):
            for count, row in enumerate(order):
                if count % _REPORT_ROWS == 0:
                    report(progress, 1.0 - 0.5 ** (sweeps + 1))
                source = row - 1 if direction == 0 else row + 1
                if changed_at[source] <= taken_at[direction, row]:
                    continue
                step += 1
                taken_at[direction, row] = step
                if _relax_row(costs, weights, row, source, cell_x, cell_y, diagonal):
                    changed_at[row] = step
                    fell = True
            sweeps += 1
        if not fell:
            return costs


def path_to_seed(costs, weights, cell_x, cell_y, cell, start_costs):
    """Cells (flat indices) of a least-cost path from ``cell`` back to the seed it starts from, ``cell`` first.

    Each step goes to the neighbour ``n`` minimising ``costs[n] + step(n, here)``; the walk stops at a seed
    whose own start cost (``start_costs``: a mapping from seed cell to its start cost) is no more than that. Step
    costs are positive, so every step goes to a cheaper cell and the walk ends. Empty when ``cell`` is unreached.
    """
    rows, cols = costs.shape
    flat_costs, flat_weights = costs.ravel(), np.asarray(weights, dtype=float).ravel()
    if not np.isfinite(flat_costs[cell]):
        return []
    path = [int(cell)]
    while True:
        here = path[-1]
        row, col = divmod(here, cols)
        best, best_cell = np.inf, -1
        for dr, dc in _NEIGHBOURS:
            if 0 <= row + dr < rows and 0 <= col + dc < cols:
                there = here + dr * cols + dc
                reached = flat_costs[there] + np.hypot(dr * cell_y, dc * cell_x) * 0.5 * (
                    flat_weights[here] + flat_weights[there])
                if reached < best:
                    best, best_cell = reached, there
        if start_costs.get(here, np.inf) <= best or best_cell < 0:
            return path
        path.append(best_cell)
