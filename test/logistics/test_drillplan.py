"""Tests of drill-programme planning (lodestone.science.logistics.drillplan): hand geometry on one target, and the demo
property's plan (the Central Zone and the untested New West Zone, drilled below the 125 m level)."""
import numpy as np
import pytest

from lodestone.science.demo import property as demo
from lodestone.science.features import points_in_polygon
from lodestone.science.grid import GridSpec
from lodestone.science.logistics import access, drillplan

ORIGIN = np.array(demo.ORIGIN)
BOX = np.array([[0.0, -40.0], [400.0, -40.0], [400.0, 40.0], [0.0, 40.0]])  # a zone striking east, 80 m wide


def trace_at_depth(hole, depth):
    """Plan position where the hole's trace reaches ``depth`` m below its collar (linear between vertices)."""
    z = hole.trace[:, 2]
    level = hole.collar[2] - depth
    k = int(np.flatnonzero((z[:-1] >= level) & (z[1:] <= level))[0])
    t = (z[k] - level) / (z[k] - z[k + 1])
    return hole.trace[k, :2] + t * (hole.trace[k + 1, :2] - hole.trace[k, :2])


def test_one_hole_geometry_matches_the_hand_computation():
    plan = drillplan.plan_drill_program([(1, BOX)], 90.0, target_depth_m=200, dip_deg=-60, total_metres=300,
                                        min_holes=1, max_holes=1)
    (hole,) = plan.holes
    offset, to_pierce = 200 / np.tan(np.radians(60)), 200 / np.sin(np.radians(60))
    assert hole.azimuth in (0.0, 180.0)
    assert hole.length_m == pytest.approx(to_pierce + 30.0)
    np.testing.assert_allclose(hole.pierce, [200.0, 0.0, -200.0], atol=1e-6)
    north_or_south = -1 if hole.azimuth == 0.0 else 1  # drilled north: collared south of the pierce point
    np.testing.assert_allclose(hole.collar, [200.0, north_or_south * offset, 0.0], atol=1e-6)
    np.testing.assert_allclose(trace_at_depth(hole, 200), [200.0, 0.0], atol=1e-6)
    np.testing.assert_allclose(hole.trace[-1, 2], -(to_pierce + 30) * np.sin(np.radians(60)), atol=1e-6)
    assert hole.hole_id == "PLAN-01" and np.isnan(hole.travel_time_h)


def test_holes_are_spread_along_strike_inside_the_target():
    plan = drillplan.plan_drill_program([(1, BOX)], 90.0, total_metres=5000, min_holes=4, max_holes=4)
    xs = sorted(hole.pierce[0] for hole in plan.holes)
    np.testing.assert_allclose(xs, [50.0, 150.0, 250.0, 350.0])
    assert all(points_in_polygon(hole.pierce[:2], BOX)[0] for hole in plan.holes)


def test_hole_counts_follow_the_budget_and_the_ranks():
    length = drillplan.hole_length(200, -55)
    assert length == pytest.approx(200 / np.sin(np.radians(55)) + drillplan.TAIL_M)
    np.testing.assert_array_equal(drillplan.allocate_holes(5, 2), [3, 2])
    np.testing.assert_array_equal(drillplan.allocate_holes(4, 2), [3, 1])
    np.testing.assert_array_equal(drillplan.allocate_holes(2, 5), [1, 1, 0, 0, 0])
    np.testing.assert_array_equal(drillplan.allocate_holes(5, 5), [2, 1, 1, 1, 0])
    np.testing.assert_array_equal(drillplan.allocate_holes(1, 3), [1, 0, 0])
    second = BOX + [0.0, 1000.0]
    plan = drillplan.plan_drill_program([(2, second), (1, BOX)], 90.0, total_metres=5 * length + 1)
    assert len(plan.holes) == 5 and plan.total_metres <= 5 * length + 1
    assert [rank for rank, _, _ in plan.per_target()] == [1, 2]
    assert [count for _, count, _ in plan.per_target()] == [3, 2]


def test_a_budget_too_small_says_how_many_metres_are_needed():
    needed = 4 * drillplan.hole_length(200, -55)
    with pytest.raises(ValueError, match=f"at least {needed:.0f} m are needed"):
        drillplan.plan_drill_program([(1, BOX)], 90.0, total_metres=1000)


@pytest.mark.parametrize("kwargs, message", [
    ({"targets": []}, "No targets"),
    ({"dip_deg": 55.0}, "negative downward"),
    ({"target_depth_m": 0.0}, "positive vertical depth"),
    ({"min_holes": 5, "max_holes": 4}, "minimum <= maximum"),
    ({"total_metres": 0.0}, "budget must be positive"),
])
def test_bad_input_is_explained(kwargs, message):
    arguments = {"targets": [(1, BOX)], "strike_deg": 90.0, **kwargs}
    with pytest.raises(ValueError, match=message):
        drillplan.plan_drill_program(**arguments)


def test_strike_from_lines_is_the_length_weighted_axial_mean():
    assert drillplan.strike_from_lines([np.array([[0, 0], [np.sin(np.radians(30)), np.cos(np.radians(30))]]),
                                        np.array([[0, 0], [np.sin(np.radians(50)), np.cos(np.radians(50))]])]) \
        == pytest.approx(40.0)
    across_north = [np.array([[0, 0], [np.sin(np.radians(a)), np.cos(np.radians(a))]]) * 100 for a in (170, 10)]
    assert min(drillplan.strike_from_lines(across_north), 180 - drillplan.strike_from_lines(across_north)) < 1e-6
    with pytest.raises(ValueError, match="type the strike"):
        drillplan.strike_from_lines([np.array([[0.0, 0.0], [0.0, 0.0]])])


def test_a_collar_in_a_lake_is_moved_and_never_left_there():
    offset = 200 / np.tan(np.radians(55))
    lake_south = np.array([[-100.0, -60.0], [500.0, -60.0], [500.0, 60.0], [-100.0, 60.0]]) - [0.0, offset]
    lake_north = lake_south * [1, -1]
    for lake, azimuth in ((lake_south, 180.0), (lake_north, 0.0)):  # collared on the dry side
        plan = drillplan.plan_drill_program([(1, BOX)], 90.0, total_metres=1200, min_holes=4, max_holes=4,
                                            barriers=[lake])
        assert all(hole.azimuth == azimuth for hole in plan.holes)
    # north all wet, south wet east of x = 200: the two eastern holes move west along strike
    plan = drillplan.plan_drill_program([(1, BOX)], 90.0, total_metres=1200, min_holes=1, max_holes=4,
                                        barriers=[lake_south + [300.0, 0.0], lake_north])
    for hole in plan.holes:
        assert not points_in_polygon(hole.collar[:2], lake_north)[0]
        assert not points_in_polygon(hole.collar[:2], lake_south + [300.0, 0.0])[0]
        assert points_in_polygon(hole.pierce[:2], BOX)[0] and hole.azimuth == 0.0
    assert len(plan.holes) == 4 and sorted(hole.pierce[0] for hole in plan.holes)[-1] < 200.0


def test_a_target_with_no_usable_collar_is_explained():
    everywhere = np.array([[-2000.0, -2000.0], [2000.0, -2000.0], [2000.0, 2000.0], [-2000.0, 2000.0]])
    with pytest.raises(ValueError, match="no collar off the barriers"):
        drillplan.plan_drill_program([(1, BOX)], 90.0, total_metres=1200, barriers=[everywhere])


def test_the_side_with_the_lower_travel_time_is_preferred():
    grid = GridSpec(-1000.0, 1000.0, 10.0, 10.0, 200, 200)
    _, y = grid.mesh()
    plan = drillplan.plan_drill_program([(1, BOX)], 90.0, total_metres=1200, travel_time=1.0 + y / 1000,
                                        grid=grid)
    assert all(hole.azimuth == 0.0 for hole in plan.holes)  # collared south, where times are lower
    assert all(hole.travel_time_h < 1.0 for hole in plan.holes)
    unreachable_south = np.where(y < 0, np.nan, 1.0 + y / 1000)
    plan = drillplan.plan_drill_program([(1, BOX)], 90.0, total_metres=1200, travel_time=unreachable_south,
                                        grid=grid)
    assert all(hole.azimuth == 180.0 and np.isfinite(hole.travel_time_h) for hole in plan.holes)


def test_depth_is_below_the_ground_on_a_dem():
    grid = GridSpec(-1000.0, 1000.0, 5.0, 5.0, 400, 400)
    _, y = grid.mesh()
    dem = 300.0 + 0.2 * y  # ground rising north
    plan = drillplan.plan_drill_program([(1, BOX)], 90.0, total_metres=400, min_holes=1, max_holes=1, dem=dem,
                                        grid=grid)
    (hole,) = plan.holes
    row, col = grid.index_of(*hole.pierce[:2])
    assert hole.pierce[2] == pytest.approx(dem[row, col] - 200.0)
    row, col = grid.index_of(*hole.collar[:2])
    assert hole.collar[2] == pytest.approx(dem[row, col])
    along = (hole.collar[2] - hole.pierce[2]) / np.sin(np.radians(55))
    assert hole.length_m == pytest.approx(along + drillplan.TAIL_M)
    np.testing.assert_allclose(trace_at_depth(hole, hole.collar[2] - hole.pierce[2]), hole.pierce[:2], atol=1e-6)


# ----------------------------------------------------------------------------------------------------------------
# The demo property


def _wkt_coords(wkt):
    body = wkt[wkt.index("(") + 1:wkt.rindex(")")].strip("()")
    return np.array([[float(v) for v in p.split()] for p in body.split(",")])


@pytest.fixture(scope="module")
def demo_plan(demo_property):
    prop = demo_property
    water = [_wkt_coords(w) for w in prop.layers["water"].geometries]
    roads = prop.layers["roads"]
    network = access.build_network([_wkt_coords(w) for w in roads.geometries], roads.column("speed_kmh"))
    grid = GridSpec.from_bounds(*(ORIGIN - 500), *(ORIGIN + np.array(demo.PROPERTY_SIZE) + 500), 25.0)
    hours = access.travel_time(access.make_ground(grid, water), network,
                               access.reach_from(network, ORIGIN + demo.BASE_STATION))
    zones = {rank: demo.gold_zone_outline(name) + ORIGIN for rank, name in ((1, "Central Zone"),
                                                                            (2, "New West Zone"))}
    plan = drillplan.plan_drill_program(list(zones.items()), demo.corridor_azimuth(), target_depth_m=200.0,
                                        dip_deg=-55.0, total_metres=1500.0, min_holes=4, max_holes=6,
                                        barriers=water, travel_time=hours, grid=grid)
    return plan, zones, water, hours, grid


def test_demo_plan_fits_the_programme(demo_plan):
    plan, _, _, _, _ = demo_plan
    assert 4 <= len(plan.holes) <= 6
    assert plan.total_metres <= 1500.0
    assert {rank for rank, _, _ in plan.per_target()} == {1, 2}  # the Central Zone and the New West Zone


def test_demo_holes_cross_their_zone_below_the_125_m_level(demo_plan):
    plan, zones, _, _, _ = demo_plan
    for hole in plan.holes:
        at_depth = trace_at_depth(hole, 200.0)
        assert np.hypot(*(at_depth - hole.pierce[:2])) <= 25.0
        assert points_in_polygon(at_depth, zones[hole.target_rank])[0]
        assert hole.collar[2] - hole.pierce[2] == pytest.approx(200.0) and 200.0 > 125.0


def test_demo_holes_are_drilled_across_the_corridor(demo_plan):
    plan, _, _, _, _ = demo_plan
    strike = demo.corridor_azimuth()
    for hole in plan.holes:
        off_perpendicular = abs((hole.azimuth - strike) % 180 - 90)
        assert off_perpendicular <= 10.0
        direction = hole.trace[-1, :2] - hole.trace[0, :2]
        assert np.degrees(np.arctan2(*direction)) % 360 == pytest.approx(hole.azimuth, abs=1e-6)


def test_demo_collars_are_reachable_and_dry(demo_plan):
    plan, _, water, hours, grid = demo_plan
    for hole in plan.holes:
        row, col = grid.index_of(*hole.collar[:2])
        assert np.isfinite(hours[row, col]) and hole.travel_time_h == pytest.approx(hours[row, col])
        assert not any(points_in_polygon(hole.collar[:2], ring)[0] for ring in water)
