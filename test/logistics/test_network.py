"""Noding of road networks (lodestone.science.logistics.access.node_lines, network_parts): T-junctions and
crossings join roads that share no vertex; bridges stay apart when crossings are off; disconnected parts are named.

Known answers are by hand; the randomised family (seeds 0-29, fixed before measuring) is checked against a
brute-force connectivity computed here, segment pair by segment pair, with no code shared with the science.
"""
import numpy as np
import pytest

from lodestone.science.grid import GridSpec
from lodestone.science.logistics import access


def test_a_road_ending_on_the_middle_of_another_is_joined_there():
    """The issue's case: a target 500 m beyond the end of a side road that tees into the highway."""
    highway = np.array([[0.0, 0.0], [10_000.0, 0.0]])
    side = np.array([[5000.0, 0.0], [5000.0, 4000.0]])
    network = access.build_network([highway, side], [80.0, 40.0])
    assert access.network_parts(network).count == 1
    reach = access.reach_from(network, (0.0, 0.0))
    end = np.argmin(np.hypot(*(network.nodes - [5000.0, 4000.0]).T))
    assert reach.hours[end] == pytest.approx(5 / 80 + 4 / 40)
    assert reach.metres[end] == pytest.approx(9000.0)
    ground = access.make_ground(GridSpec(-1000.0, 6000.0, 50.0, 50.0, 140, 240))
    (result,) = access.target_access(ground, network, [(5000.0, 4500.0)], reach)
    assert result.reachable
    np.testing.assert_allclose(result.access_point, [5000.0, 4000.0], atol=1e-6)
    assert result.offroad_m == pytest.approx(500.0)
    assert result.road_km == pytest.approx(9.0)


def test_a_line_end_within_the_snap_tolerance_of_a_segment_is_joined_and_one_beyond_is_not():
    highway = np.array([[0.0, 0.0], [10_000.0, 0.0]])
    near = access.build_network([highway, [[3000.0, 0.8], [3000.0, 2000.0]]], [80.0, 40.0], tolerance=1.0)
    far = access.build_network([highway, [[3000.0, 1.5], [3000.0, 2000.0]]], [80.0, 40.0], tolerance=1.0)
    assert access.network_parts(near).count == 1
    assert access.network_parts(far).count == 2


def test_crossing_roads_are_joined_unless_crossings_are_bridges():
    east_west = np.array([[0.0, 0.0], [10_000.0, 0.0]])
    north_south = np.array([[5000.0, -3000.0], [5000.0, 3000.0]])
    joined = access.build_network([east_west, north_south], [80.0, 40.0])
    reach = access.reach_from(joined, (0.0, 0.0))
    north = np.argmin(np.hypot(*(joined.nodes - [5000.0, 3000.0]).T))
    assert reach.metres[north] == pytest.approx(8000.0)
    bridge = access.build_network([east_west, north_south], [80.0, 40.0], crossings=False)
    assert not np.isfinite(access.reach_from(bridge, (0.0, 0.0)).hours).all()
    message = access.describe_parts(bridge, (0.0, 0.0))
    assert "2 parts" in message and "base" in message and "snap tolerance" in message
    assert access.describe_parts(joined, (0.0, 0.0)) == ""


def test_noding_keeps_the_lines_their_order_and_their_length():
    lines = [np.array([[0.0, 0.0], [10.0, 0.0], [10.0, 10.0]]), np.array([[5.0, -5.0], [5.0, 5.0]]),
             np.array([[20.0, 20.0], [30.0, 20.0]])]
    noded = access.node_lines(lines)
    assert len(noded) == 3
    np.testing.assert_allclose(noded[0], [[0, 0], [5, 0], [10, 0], [10, 10]])
    np.testing.assert_allclose(noded[1], [[5, -5], [5, 0], [5, 5]])
    np.testing.assert_allclose(noded[2], lines[2])


def _segments_touch(p, q, r, s, tolerance):
    """Brute force: closed segments p-q and r-s cross, or an end of one lies within ``tolerance`` of the other."""
    def orientation(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    def distance(point, a, b):
        d = b - a
        f = np.clip(np.dot(point - a, d) / np.dot(d, d), 0, 1)
        return np.hypot(*(a + f * d - point))

    o1, o2, o3, o4 = orientation(p, q, r), orientation(p, q, s), orientation(r, s, p), orientation(r, s, q)
    if o1 * o2 < 0 and o3 * o4 < 0:
        return True
    return min(distance(r, p, q), distance(s, p, q), distance(p, r, s), distance(q, r, s)) <= tolerance


def _brute_force_parts(lines, tolerance):
    parent = list(range(len(lines)))

    def root(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for i, first in enumerate(lines):
        for j in range(i + 1, len(lines)):
            second = lines[j]
            if any(_segments_touch(first[a], first[a + 1], second[b], second[b + 1], tolerance)
                   for a in range(len(first) - 1) for b in range(len(second) - 1)):
                parent[root(i)] = root(j)
    return len({root(i) for i in range(len(lines))})


def _random_roads(seed):
    """15-30 polylines of 2-6 vertices in a 10 km square, a third of them teed onto another road's segment."""
    rng = np.random.default_rng(seed)
    lines = []
    for _ in range(rng.integers(15, 31)):
        start = rng.uniform(0, 10_000, 2)
        steps = rng.normal(0, 1200, (rng.integers(1, 6), 2))
        lines.append(np.vstack([start, start + np.cumsum(steps, axis=0)]))
    for k in range(0, len(lines), 3):
        other = lines[(k + 1) % len(lines)]
        segment = rng.integers(len(other) - 1)
        lines[k][0] = other[segment] + rng.uniform(0.2, 0.8) * (other[segment + 1] - other[segment])
    return lines


@pytest.mark.parametrize("seed", range(30))
def test_parts_match_a_brute_force_count_on_random_road_networks(seed):
    lines = _random_roads(seed)
    network = access.build_network(lines, np.full(len(lines), 40.0), tolerance=0.01)
    parts = access.network_parts(network)
    assert parts.count == _brute_force_parts(lines, tolerance=1e-6)
    original = sum(np.hypot(*np.diff(line, axis=0).T).sum() for line in lines)
    assert parts.length_m.sum() == pytest.approx(original, rel=1e-9)
