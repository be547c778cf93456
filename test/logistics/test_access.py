"""Tests of access for drilling logistics (lodestone.science.logistics.access) on a small network with a known answer.

An L-shaped road: a highway from the base corner B (0, 0) east to the corner C (3000, 0) at 80 km/h, then a
forestry road north to (3000, 2000) at 40 km/h; a lake fills x 1500-2700, y 200-700. Off road is 4 km/h. Hand
answers (hours = km / km/h):

- C is 3 km / 80 = 0.0375 h from B; the north end 0.0375 + 2 / 40 = 0.0875 h.
- Target T1 (1000, 500): nearest road point (1000, 0), 500 m off road (0.125 h), 1 km of highway (0.0125 h).
- Target T2 (2100, 800) is 800 m north of the highway, but the lake is between: the nearest reachable road point
  is (3000, 800) on the forestry road, 900 m east (0.225 h), after 3.8 km of road (0.0375 + 0.02 h).
- Target T3 (2000, 400) is in the lake: unreachable.

Coordinates are offset to UTM 18N near the demo property; cells are 10 m, with centres on the roads.
"""
import numpy as np
import pytest

from lodestone.science.features import points_in_polygon
from lodestone.science.grid import GridSpec
from lodestone.science.logistics import access

ORIGIN = np.array([410_000.0, 5_492_000.0])
HIGHWAY = np.array([[0.0, 0.0], [3000.0, 0.0]])
FORESTRY = np.array([[3000.0, 0.0], [3000.0, 2000.0]])
LAKE = np.array([[1500.0, 200.0], [2700.0, 200.0], [2700.0, 700.0], [1500.0, 700.0]])
BASE = np.array([0.0, -50.0])  # camp 50 m south of the road end
T1, T2, T3 = (1000.0, 500.0), (2100.0, 800.0), (2000.0, 400.0)
GRID = GridSpec(ORIGIN[0] - 505.0, ORIGIN[1] + 2505.0, 10.0, 10.0, 301, 401)  # x -505..3505, y -505..2505


def local(points):
    return np.asarray(points, dtype=float) - ORIGIN


def mapped(points):
    return np.asarray(points, dtype=float) + ORIGIN


@pytest.fixture(scope="module")
def network():
    return access.build_network([mapped(HIGHWAY), mapped(FORESTRY)], [80.0, 40.0])


@pytest.fixture(scope="module")
def reach(network):
    return access.reach_from(network, mapped(BASE))


@pytest.fixture(scope="module")
def ground():
    return access.make_ground(GRID, [mapped(LAKE)])


@pytest.fixture(scope="module")
def hours(ground, network, reach):
    return access.travel_time(ground, network, reach)


def value_at(raster, point):
    row, col = GRID.index_of(*mapped(point))
    return raster[row, col]


# ----------------------------------------------------------------------------------------------------------------
# Speeds


def test_class_speed_table():
    assert access.class_speed("Highway") == 80
    assert access.class_speed("primary forestry") == 40
    assert access.class_speed("Gravel road") == 40
    assert access.class_speed("winter road") == 15  # winter comes before road words
    assert access.class_speed("skid trail") == 15
    assert access.class_speed("driveway") == access.class_speed(None) == access.UNKNOWN_ROAD_SPEED == 30


def test_speed_field_wins_where_it_has_a_positive_value():
    speeds = access.road_speeds(4, [90, None, 0, 20], ["winter road", "highway", "forestry", None])
    np.testing.assert_array_equal(speeds, [90, 80, 40, 20])
    np.testing.assert_array_equal(access.road_speeds(2), [30, 30])


# ----------------------------------------------------------------------------------------------------------------
# Road network


def test_network_times_and_distances_match_the_hand_computation(network, reach):
    assert len(network.nodes) == 3  # the corner is shared by both roads
    assert reach.snap_distance_m == pytest.approx(50.0)
    np.testing.assert_allclose(local(reach.snap_point), [0, 0], atol=1e-6)
    order = np.argsort(local(network.nodes)[:, 0] + local(network.nodes)[:, 1])  # B, C, north end
    np.testing.assert_allclose(reach.hours[order], [0.0, 0.0375, 0.0875], rtol=1e-9)
    np.testing.assert_allclose(reach.metres[order], [0.0, 3000.0, 5000.0], rtol=1e-9)


def test_points_along_a_road_interpolate_from_the_base(network):
    highway = int(np.flatnonzero(network.length_m == 3000.0)[0])
    at_x = (lambda x: x / 3000.0) if local(network.nodes[network.start[highway]])[0] == 0.0 else \
        (lambda x: 1 - x / 3000.0)
    middle = access.reach_from(network, mapped([1000.0, 10.0]))  # a base on the middle of the highway
    hours, metres = middle.along([highway, highway], [at_x(1500.0), at_x(200.0)])
    np.testing.assert_allclose(metres, [500.0, 800.0])
    np.testing.assert_allclose(hours, [0.5 / 80, 0.8 / 80])
    north = access.reach_from(network, mapped([3000.0, 1000.0]))  # a base on the forestry road
    hours, metres = north.along([highway], [at_x(2000.0)])
    assert metres[0] == pytest.approx(2000.0) and hours[0] == pytest.approx(1.0 / 40 + 1.0 / 80)


def test_vertices_within_the_tolerance_are_joined_and_others_are_not():
    apart = [mapped(HIGHWAY), mapped(FORESTRY + [0.4, 0.0])]
    joined = access.reach_from(access.build_network(apart, [80, 40], tolerance=1.0), mapped(BASE))
    assert np.all(np.isfinite(joined.hours))
    split = access.reach_from(access.build_network(apart, [80, 40], tolerance=0.1), mapped(BASE))
    assert np.isinf(split.hours).sum() == 2  # the forestry road is not connected


def test_parallel_roads_use_the_faster_one_not_the_sum():
    slow_and_fast = [mapped(HIGHWAY), mapped(HIGHWAY[::-1])]
    reach = access.reach_from(access.build_network(slow_and_fast, [80, 15]), mapped(BASE))
    assert reach.hours.max() == pytest.approx(0.0375)


def test_bad_road_input_is_explained():
    with pytest.raises(ValueError, match="no lines"):
        access.build_network([], [])
    with pytest.raises(ValueError, match="positive speed"):
        access.build_network([mapped(HIGHWAY)], [0.0])


# ----------------------------------------------------------------------------------------------------------------
# Travel time raster


def test_travel_time_matches_the_hand_computation(hours):
    assert value_at(hours, T1) == pytest.approx(0.0125 + 0.125, rel=0.01)
    assert value_at(hours, T2) == pytest.approx(0.0375 + 0.02 + 0.225, rel=0.01)
    assert value_at(hours, (3000.0, 2000.0)) == pytest.approx(0.0875, rel=0.01)
    assert value_at(hours, (-500.0, 0.0)) == pytest.approx(0.5 / 4, rel=0.01)  # 500 m west of the road end
    assert np.isnan(value_at(hours, T3))  # lake cells are impassable
    assert np.isnan(hours[GRID.index_of(*mapped(np.array(LAKE).mean(axis=0)))])


def test_service_areas_reach_as_far_as_the_hand_computation(hours):
    areas = dict(access.service_areas(hours, GRID, [0.025, 0.05]))
    assert set(areas) == {0.025, 0.05}

    def extent(wkt):
        body = wkt[wkt.index("((") + 2:wkt.index(")")]
        xy = local(np.array([[float(v) for v in p.split()] for p in body.split(",")]))
        return xy.min(axis=0), xy.max(axis=0)

    (west, south), (east, north) = extent(areas[0.025])
    # 0.025 h: 2 km of highway (80 km/h); 100 m off road at the base (4 km/h); the outline is on cell edges
    assert east == pytest.approx(2000.0 + 5.0, rel=0.01)
    assert north == pytest.approx(100.0 + 5.0, abs=0.01 * 100 + 1e-6)
    (_, _), (east, north) = extent(areas[0.05])
    # 0.05 h: the corner at 0.0375 h, then 0.0125 h x 40 km/h = 500 m up the forestry road
    assert north == pytest.approx(500.0 + 5.0, rel=0.01)
    assert east == pytest.approx(3000.0 + 0.0125 * 4000 + 5.0, rel=0.01)


def test_hour_bands_text():
    assert access.parse_hour_bands("2, 0.5;1,1") == [0.5, 1.0, 2.0]
    with pytest.raises(ValueError, match="not numbers"):
        access.parse_hour_bands("half,1")
    with pytest.raises(ValueError, match="positive hours"):
        access.parse_hour_bands("0,1")


def test_without_a_base_times_are_from_the_nearest_road(ground, network):
    hours = access.travel_time(ground, network)
    assert value_at(hours, T1) == pytest.approx(0.125, rel=0.01)
    assert value_at(hours, (3000.0, 2000.0)) == pytest.approx(0.0, abs=1e-9)


def test_distance_to_road_goes_around_the_lake(ground, network):
    metres = access.distance_to_road(ground, network)
    assert value_at(metres, T1) == pytest.approx(500.0, rel=0.01)
    assert value_at(metres, T2) == pytest.approx(900.0, rel=0.01)  # not 800 m across the lake
    assert value_at(metres, (1000.0, 0.0)) == pytest.approx(0.0, abs=1e-9)
    assert np.isnan(value_at(metres, T3))


def test_slope_slows_off_road_travel_by_toblers_factor(network, reach):
    angle = 20.0
    x, _ = GRID.mesh()
    slope = access.slope_from_dem(x * np.tan(np.radians(angle)), GRID)
    np.testing.assert_allclose(slope, angle, atol=1e-9)
    hours = access.travel_time(access.make_ground(GRID, slope_deg=slope), network, reach)
    factor = np.exp(3.5 * np.tan(np.radians(angle)))
    assert value_at(hours, T1) == pytest.approx(0.0125 + 0.125 * factor, rel=0.01)
    with pytest.raises(ValueError, match="degrees"):
        access.slope_factor([95.0])


def test_barrier_factor_lets_a_lake_be_crossed_at_a_cost(network, reach):
    factor = 3.0
    hours = access.travel_time(access.make_ground(GRID, [mapped(LAKE)], barrier_factor=factor), network, reach)
    # straight south from T3 (2000, 400) to the highway: about 200 m of lake at 3x and 200 m of open ground
    expected = 2000 / 80000 + (200 * factor + 200) / 4000
    assert value_at(hours, T3) == pytest.approx(expected, rel=0.1)
    assert value_at(hours, T3) > 2000 / 80000 + 400 / 4000


def test_a_road_cut_off_from_the_base_gives_no_travel_time(ground, reach):
    island_road = mapped([[0.0, 2000.0], [1000.0, 2000.0]])
    network = access.build_network([mapped(HIGHWAY), mapped(FORESTRY), island_road], [80, 40, 40])
    hours = access.travel_time(ground, network, access.reach_from(network, mapped(BASE)))
    near_island_road = value_at(hours, (500.0, 1950.0))
    # reached over ground from the forestry road or the highway, not from the unconnected road 50 m away
    assert near_island_road > 0.25


def test_speed_and_barrier_factor_are_checked():
    # no cell ceiling here: the Processing algorithm checks the grid against the memory available
    with pytest.raises(ValueError, match="off-road speed"):
        access.make_ground(GRID, speed_kmh=0.0)
    with pytest.raises(ValueError, match="barrier factor"):
        access.make_ground(GRID, barrier_factor=-1.0)


# ----------------------------------------------------------------------------------------------------------------
# Targets


def crosses(trail, ring):
    """Whether any trail segment enters the ring: points every 0.1 m along the trail tested against it."""
    for a, b in zip(trail[:-1], trail[1:]):
        t = np.linspace(0, 1, max(2, int(np.hypot(*(b - a)) / 0.1)))[:, None]
        if points_in_polygon(a + t * (b - a), ring).any():
            return True
    return False


def test_target_access_matches_the_hand_computation(ground, network, reach):
    first, second, in_lake = access.target_access(ground, network, mapped([T1, T2, T3]), reach)
    assert first.reachable and second.reachable
    np.testing.assert_allclose(local(first.access_point), [1000.0, 0.0], atol=1.0)
    assert first.offroad_m == pytest.approx(500.0, rel=0.01)
    assert first.road_km == pytest.approx(1.0, rel=0.01)
    assert first.travel_time_h == pytest.approx(0.1375, rel=0.01)
    np.testing.assert_allclose(local(second.access_point), [3000.0, 800.0], atol=1.0)
    assert second.offroad_m == pytest.approx(900.0, rel=0.01)
    assert second.road_km == pytest.approx(3.8, rel=0.01)
    assert second.travel_time_h == pytest.approx(0.2825, rel=0.01)
    np.testing.assert_allclose(local(second.trail[0]), [3000.0, 800.0], atol=1.0)
    np.testing.assert_allclose(local(second.trail[-1]), T2, atol=1e-6)
    assert not in_lake.reachable and "inside barrier 1" in in_lake.reason
    assert in_lake.trail is None and np.isnan(in_lake.travel_time_h)


def test_trails_never_cross_the_lake(ground, network, reach):
    rng = np.random.default_rng(7)
    angle = rng.uniform(0, 2 * np.pi, 60)
    centre, radii = LAKE.mean(axis=0), np.array([600.0, 250.0])
    targets = centre + (radii + rng.uniform(3, 150, (60, 1))) * np.column_stack([np.cos(angle), np.sin(angle)])
    targets = targets[~points_in_polygon(targets, LAKE)]
    found = access.target_access(ground, network, mapped(targets), reach)
    assert all(result.reachable for result in found)
    for result in found:
        assert not crosses(local(result.trail), LAKE)
        assert result.offroad_m >= np.hypot(*(result.trail[-1] - result.access_point)) - 1e-6


def test_trails_never_cross_an_irregular_lake():
    """A lobed lake at an angle to the grid between the highway and targets all around it, some a few metres
    from the shore: trails from the far side hug the shore on their way round."""
    turn = np.linspace(0, 2 * np.pi, 40, endpoint=False)
    radius = 330 + 90 * np.sin(3 * turn) + 40 * np.cos(7 * turn)
    centre = np.array([1500.0, 800.0])
    lake = centre + radius[:, None] * np.column_stack([np.cos(turn + 0.3), np.sin(turn + 0.3)])
    network = access.build_network([mapped(HIGHWAY)], [80.0])
    ground = access.make_ground(GRID, [mapped(lake)])
    rng = np.random.default_rng(11)
    angle = rng.uniform(0, 2 * np.pi, 120)
    shore = np.interp(angle, np.r_[turn + 0.3, turn[0] + 0.3 + 2 * np.pi], np.r_[radius, radius[0]])
    targets = centre + (shore + rng.uniform(2, 60, 120))[:, None] * np.column_stack([np.cos(angle), np.sin(angle)])
    targets = targets[~points_in_polygon(targets, lake)]
    found = access.target_access(ground, network, mapped(targets), access.reach_from(network, mapped(BASE)))
    assert sum(result.reachable for result in found) >= 0.9 * len(found)
    for result in found:
        assert result.reachable or "barrier edge" in result.reason
        if result.reachable:
            assert not crosses(local(result.trail), lake)


def test_a_target_fenced_in_by_barriers_is_unreachable(network, reach):
    fence = [np.array(box, dtype=float) for box in (
        [[800, 300], [1200, 300], [1200, 330], [800, 330]], [[800, 670], [1200, 670], [1200, 700], [800, 700]],
        [[800, 300], [830, 300], [830, 700], [800, 700]], [[1170, 300], [1200, 300], [1200, 700], [1170, 700]])]
    ground = access.make_ground(GRID, [mapped(ring) for ring in fence])
    inside, outside = access.target_access(ground, network, mapped([[1000.0, 500.0], [1000.0, 900.0]]), reach)
    assert not inside.reachable and "without crossing a barrier" in inside.reason
    assert outside.reachable


def test_a_target_off_the_grid_is_reported(ground, network, reach):
    (result,) = access.target_access(ground, network, mapped([[9000.0, 0.0]]), reach)
    assert not result.reachable and "outside the access grid" in result.reason


def test_resample_nearest_samples_cell_centres():
    coarse = GridSpec(0.0, 20.0, 10.0, 10.0, 2, 2)
    fine = GridSpec(0.0, 20.0, 5.0, 5.0, 4, 4)
    values = np.array([[1.0, 2.0], [3.0, 4.0]])
    result = access.resample_nearest(values, coarse, fine)
    np.testing.assert_array_equal(result, np.kron(values, np.ones((2, 2))))
    outside = access.resample_nearest(values, coarse, GridSpec(100.0, 20.0, 5.0, 5.0, 1, 1))
    assert np.isnan(outside).all()
