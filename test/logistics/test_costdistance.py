"""The row-sweep cost distance (science/logistics/costdistance.py) against Dijkstra on the same graph built here.

The reference builds the 8-connected graph edge by edge (a step costs its length times the mean of its two cells'
weights) with one source node joined to each seed at its start cost, and solves it with scipy's Dijkstra: an
independent computation of the same definition. Randomised families of grids (seeds 0-19 and 100-109, declared
here): rough friction, random barriers (lakes, and walls with one gap, whose best paths wind back on themselves),
non-square cells, and seeds along random lines with random start costs.
"""
import numpy as np
import pytest
from scipy import sparse
from scipy.sparse import csgraph

from lodestone.science.logistics import costdistance
from lodestone.science.progress import Cancelled


def dijkstra_costs(weights, cell_x, cell_y, seed_cells, seed_costs):
    rows, cols = weights.shape
    start, end, cost = [], [], []
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if not (dr or dc):
                continue
            r, c = np.mgrid[max(0, -dr):rows - max(0, dr), max(0, -dc):cols - max(0, dc)]
            step = np.hypot(dr * cell_y, dc * cell_x) * 0.5 * (weights[r, c] + weights[r + dr, c + dc])
            keep = np.isfinite(step)
            start.append((r * cols + c)[keep])
            end.append(((r + dr) * cols + c + dc)[keep])
            cost.append(step[keep])
    source = rows * cols
    seed_cells, first = np.unique(seed_cells, return_inverse=True)  # a cell seeded twice starts at its lower cost
    lowest = np.full(len(seed_cells), np.inf)
    np.minimum.at(lowest, first, seed_costs)
    seed_costs = lowest
    start = np.concatenate(start + [np.full(len(seed_cells), source)])
    end = np.concatenate(end + [seed_cells])
    cost = np.concatenate(cost + [seed_costs + 1e-300])  # a zero start cost must stay an edge
    graph = sparse.csr_matrix((cost, (start, end)), shape=(source + 1, source + 1))
    return csgraph.dijkstra(graph, indices=source)[:source].reshape(rows, cols)


def random_case(seed):
    rng = np.random.default_rng(seed)
    rows, cols = rng.integers(20, 90, size=2)
    cell_x, cell_y = rng.uniform(5, 50), rng.uniform(5, 50)
    weights = rng.uniform(0.5, 3.0, (rows, cols)) ** rng.uniform(1, 3)
    r, c = np.indices((rows, cols))
    for _ in range(rng.integers(0, 6)):  # lakes
        cr, cc, radius = rng.uniform(0, rows), rng.uniform(0, cols), rng.uniform(2, 10)
        weights[np.hypot(r - cr, c - cc) < radius] = np.inf
    if rng.uniform() < 0.5:  # a wall across the grid with one gap: paths wind back through it
        wall = rng.integers(3, rows - 3)
        gap = rng.integers(0, cols)
        weights[wall, :] = np.inf
        weights[wall, gap] = rng.uniform(0.5, 3.0)
    count = rng.integers(1, 40)
    line = np.linspace(rng.uniform(0, 1, 2), rng.uniform(0, 1, 2), count) * (rows - 1, cols - 1)
    seed_cells = np.rint(line[:, 0]).astype(int) * cols + np.rint(line[:, 1]).astype(int)
    seed_costs = rng.uniform(0, 50, count) * (rng.uniform() < 0.7)
    return weights, cell_x, cell_y, seed_cells, seed_costs


@pytest.mark.parametrize("seed", [*range(20), *range(100, 110)])
def test_sweeps_reach_dijkstra_costs(seed):
    weights, cell_x, cell_y, seed_cells, seed_costs = random_case(seed)
    expected = dijkstra_costs(weights, cell_x, cell_y, seed_cells, seed_costs)
    costs = costdistance.sweep_costs(weights, cell_x, cell_y, seed_cells, seed_costs)
    assert np.array_equal(np.isfinite(costs), np.isfinite(expected))
    finite = np.isfinite(expected)
    np.testing.assert_allclose(costs[finite], expected[finite], rtol=1e-12, atol=1e-9)


@pytest.mark.parametrize("seed", range(5))
def test_paths_walk_down_to_a_seed_and_add_up_to_the_least_costs(seed):
    weights, cell_x, cell_y, seed_cells, seed_costs = random_case(seed)
    costs = costdistance.sweep_costs(weights, cell_x, cell_y, seed_cells, seed_costs)
    starts = {}
    for cell, start in zip(seed_cells.tolist(), seed_costs.tolist()):
        starts[cell] = min(start, starts.get(cell, np.inf))
    for cell in range(0, costs.size, 7):
        path = costdistance.path_to_seed(costs, weights, cell_x, cell_y, cell, starts)
        if not np.isfinite(costs.flat[cell]):
            assert path == []
            continue
        assert path[0] == cell and path[-1] in starts
        total = starts[path[-1]]
        for here, before in zip(path[:-1], path[1:]):
            dr, dc = np.subtract(np.divmod(here, costs.shape[1]), np.divmod(before, costs.shape[1]))
            assert max(abs(dr), abs(dc)) == 1  # a neighbour
            total += np.hypot(dr * cell_y, dc * cell_x) * 0.5 * (weights.flat[here] + weights.flat[before])
        assert total == pytest.approx(costs.flat[cell], rel=1e-12, abs=1e-9)


def test_a_seed_cell_given_twice_starts_at_its_lower_cost_and_a_blocked_seed_keeps_its_own_cost_only():
    weights = np.ones((5, 5))
    weights[0, 0] = np.inf
    costs = costdistance.sweep_costs(weights, 10.0, 10.0, [12, 12, 0], [5.0, 2.0, 0.0])
    assert costs[2, 2] == 2.0 and costs[2, 3] == 12.0
    assert costs[0, 0] == 0.0 and costs[0, 1] > 10.0  # nothing leaves an impassable seed (a road over a lake)


def test_a_cancelled_sweep_stops():
    weights, cell_x, cell_y, seed_cells, seed_costs = random_case(3)
    with pytest.raises(Cancelled):
        costdistance.sweep_costs(weights, cell_x, cell_y, seed_cells, seed_costs, progress=lambda fraction: False)
