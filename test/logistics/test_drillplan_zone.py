"""Drill plans aimed at a fitted zone (lodestone.science.logistics.drillplan with a ZoneSurface): zone surfaces drawn
at random in the test (planes, and ruled surfaces whose dip changes along strike), sampled on a grid as
zonegeometry's SURFACE is (mid-surface elevation from the ground down to the deepest level, over a strike length,
NaN elsewhere). Each planned hole is checked by an independent computation on the analytic surface: where its
straight trace crosses the surface, how deep that is, and which way the surface dips there."""
import numpy as np
import pytest
from scipy.optimize import brentq

from lodestone.science.features import points_in_polygon
from lodestone.science.grid import GridSpec
from lodestone.science.logistics import drillplan

SEEDS = range(20)


def unit(azimuth):
    return np.array([np.sin(np.radians(azimuth)), np.cos(np.radians(azimuth))])


class Zone:
    """An analytic zone mid-surface: elevation ``ground - t tan(dip(s))``, ``s`` m along ``strike`` and ``t`` m
    towards the dip direction (strike + 90) from the subcrop line through ``origin``; the dip (degrees) changes
    linearly from ``dips[0]`` at s = -half_length to ``dips[1]`` at s = +half_length (a plane when they are equal)."""

    def __init__(self, strike, dips, ground, half_length, origin=(0.0, 0.0)):
        self.strike, self.dips, self.ground, self.half = strike, dips, ground, half_length
        self.origin = np.asarray(origin, dtype=float)
        self.along, self.across = unit(strike), unit(strike + 90.0)

    def local(self, xy):
        offset = np.asarray(xy, dtype=float) - self.origin
        return offset @ self.along, offset @ self.across

    def dip(self, s):
        """Dip (radians) at ``s`` m along strike."""
        return np.radians(np.interp(s, [-self.half, self.half], self.dips))

    def elevation(self, xy):
        s, t = self.local(xy)
        return self.ground - t * np.tan(self.dip(s))

    def dip_direction(self, xy):
        """Azimuth (degrees) of steepest descent, from the analytic gradient."""
        s, t = self.local(xy)
        rate = np.radians(self.dips[1] - self.dips[0]) / (2 * self.half)  # d dip / d s, radians per m
        d_ds, d_dt = -t * rate / np.cos(self.dip(s)) ** 2, -np.tan(self.dip(s))
        gradient = d_ds * self.along + d_dt * self.across
        return np.degrees(np.arctan2(-gradient[0], -gradient[1])) % 360.0

    def raster(self, deepest, cell, margin=200.0):
        """The surface on a grid of ``cell`` m as zonegeometry writes it: from the ground down to ``deepest`` m
        below it, over the strike length; NaN elsewhere."""
        reach = deepest / np.tan(min(self.dip(-self.half), self.dip(self.half))) + margin
        corners = np.array([self.origin + a * self.half * self.along + b * self.across
                            for a in (-1, 1) for b in (-margin, reach)])
        (west, south), (east, north) = corners.min(axis=0) - margin, corners.max(axis=0) + margin
        grid = GridSpec.from_bounds(west, south, east, north, cell)
        east, north = grid.mesh()
        xy = np.stack([east, north], axis=-1)
        z = self.elevation(xy)
        s, _ = self.local(xy)
        keep = (np.abs(s) <= self.half) & (z <= self.ground) & (z >= self.ground - deepest)
        return np.where(keep, z, np.nan), grid

    def target(self, centre_along, length, across_from, across_to):
        """A rectangle ``length`` m along strike centred ``centre_along`` m from the origin, from ``across_from``
        to ``across_to`` m towards the dip direction."""
        return np.array([self.origin + s * self.along + t * self.across for s, t in (
            (centre_along - length / 2, across_from), (centre_along + length / 2, across_from),
            (centre_along + length / 2, across_to), (centre_along - length / 2, across_to))])

    def crossing(self, hole):
        """Where the straight hole (collar to end) first crosses the surface, coming down from the collar:
        (x, y, z), found on the analytic surface by bracketing every 0.5 m and Brent's method."""
        start, end = hole.trace[0], hole.trace[-1]

        def above(u):
            point = start + u * (end - start)
            return point[2] - self.elevation(point[:2])

        steps = np.linspace(0.0, 1.0, int(np.ceil(hole.length_m / 0.5)) + 1)
        gaps = np.array([above(u) for u in steps])
        k = int(np.flatnonzero((gaps[:-1] >= 0) & (gaps[1:] < 0))[0])
        u = brentq(above, steps[k], steps[k + 1], xtol=1e-10)
        return start + u * (end - start)


def draw(seed, curved):
    """A random zone, its raster, a target over it and a plan's settings."""
    rng = np.random.default_rng(seed)
    dips = tuple(rng.uniform(35.0, 75.0, 2)) if curved else (rng.uniform(25.0, 80.0),) * 2
    zone = Zone(rng.uniform(0.0, 360.0), dips, rng.uniform(0.0, 800.0), rng.uniform(200.0, 450.0),
                rng.uniform(-5000.0, 5000.0, 2))
    depth = rng.uniform(60.0, 350.0)
    deepest = depth if seed % 4 == 0 else depth + rng.uniform(0.0, 150.0)  # the deepest level may be the depth
    cell = rng.uniform(5.0, 20.0)
    length = rng.uniform(120.0, 1.5 * zone.half)
    centre = rng.uniform(-zone.half + length / 4, zone.half - length / 4)
    subcrop_offset = rng.uniform(0.0, 60.0)  # over the surface: from the subcrop down-dip
    ring = zone.target(centre, length, subcrop_offset - 30.0, subcrop_offset + 30.0)
    settings = {"target_depth_m": depth, "dip_deg": -rng.uniform(40.0, 80.0), "total_metres": 1e5, "min_holes": 1,
                "max_holes": int(rng.integers(1, 5)), "tested_depth_m": rng.uniform(0.0, 400.0)}
    return zone, zone.raster(deepest, cell), ring, settings


def along_extent(zone, ring):
    s, _ = zone.local(ring)
    return max(s.min(), -zone.half), min(s.max(), zone.half)


def check_holes(zone, ring, plan, settings, depth_tol, azimuth_tol, along_tol):
    depth, tested = settings["target_depth_m"], settings["tested_depth_m"]
    assert plan.holes
    low, high = along_extent(zone, ring)
    for hole in plan.holes:
        assert hole.aim == "zone" and hole.target_rank == 1
        crossing = zone.crossing(hole)
        assert zone.ground - crossing[2] == pytest.approx(depth, abs=depth_tol)  # the crossing's vertical depth
        assert np.linalg.norm(crossing - hole.pierce) <= depth_tol
        assert abs(zone.elevation(hole.pierce[:2]) - hole.pierce[2]) <= depth_tol  # the pierce point is on the zone
        against = (zone.dip_direction(hole.pierce[:2]) + 180.0) % 360.0
        assert abs((hole.azimuth - against + 180.0) % 360.0 - 180.0) <= azimuth_tol
        assert hole.collar[2] == pytest.approx(zone.ground)  # collared at the ground, zonegeometry's datum
        assert hole.depth_m == pytest.approx(zone.ground - hole.pierce[2])
        assert hole.below_tested_m == pytest.approx(hole.depth_m - tested)
        assert hole.length_m == pytest.approx(drillplan.hole_length(hole.collar[2] - hole.pierce[2], hole.dip))
        assert low - along_tol <= zone.local(hole.pierce[:2])[0] <= high + along_tol
    warned = any("not below the deepest tested level" in note for note in plan.notes)
    assert warned == (depth <= tested)


@pytest.mark.parametrize("seed", SEEDS)
def test_holes_cross_a_random_plane_at_the_depth_against_its_dip(seed):
    zone, (surface, grid), ring, settings = draw(seed, curved=False)
    plan = drillplan.plan_drill_program([(1, ring)], None, zone=drillplan.ZoneSurface(surface, grid, zone.ground),
                                        **settings)
    check_holes(zone, ring, plan, settings, depth_tol=0.01, azimuth_tol=0.01, along_tol=1e-6)
    against = (zone.strike + 270.0) % 360.0
    assert all(abs((hole.azimuth - against + 180) % 360 - 180) <= 0.01 for hole in plan.holes)


@pytest.mark.parametrize("seed", SEEDS)
def test_holes_cross_a_surface_whose_dip_changes_along_strike(seed):
    zone, (surface, grid), ring, settings = draw(seed, curved=True)
    plan = drillplan.plan_drill_program([(1, ring)], None, zone=drillplan.ZoneSurface(surface, grid, zone.ground),
                                        **settings)
    # asked: within 15 m; measured over the 20 draws (52 holes): 0.05 m and 0.19 degrees at most
    check_holes(zone, ring, plan, settings, depth_tol=1.0, azimuth_tol=1.0, along_tol=15.0)


def test_holes_are_spread_along_the_zones_strike_inside_the_target():
    zone = Zone(0.0, (60.0, 60.0), 300.0, 400.0)  # striking north, dipping 60 east
    surface, grid = zone.raster(300.0, 10.0)
    ring = zone.target(0.0, 400.0, -30.0, 30.0)
    plan = drillplan.plan_drill_program([(1, ring)], None, target_depth_m=200.0, dip_deg=-55.0, total_metres=5000,
                                        min_holes=4, max_holes=4, zone=drillplan.ZoneSurface(surface, grid, 300.0))
    np.testing.assert_allclose(sorted(hole.pierce[1] for hole in plan.holes), [-150.0, -50.0, 50.0, 150.0], atol=1e-6)
    offset = 200.0 / np.tan(np.radians(60.0))  # the zone 200 m down lies this far east of its subcrop
    for hole in plan.holes:
        np.testing.assert_allclose(hole.pierce[[0, 2]], [offset, 100.0], atol=1e-6)
        np.testing.assert_allclose(hole.collar, [offset + 200.0 / np.tan(np.radians(55.0)), hole.pierce[1], 300.0],
                                   atol=1e-6)
        assert hole.azimuth == pytest.approx(270.0)
        assert not points_in_polygon(hole.pierce[:2], ring)[0]  # down-dip of the outline, not under it


def test_below_tested_is_the_step_below_the_tested_level_and_targets_off_the_zone_are_not_its():
    zone = Zone(0.0, (60.0, 60.0), 300.0, 400.0)
    surface, grid = zone.raster(300.0, 10.0)
    far = zone.target(0.0, 400.0, 3000.0, 3060.0)  # a separate target far east of the surface
    plan = drillplan.plan_drill_program([(1, zone.target(0.0, 400.0, -30.0, 30.0)), (2, far)], 0.0,
                                        target_depth_m=250.0, total_metres=5000, min_holes=4, max_holes=4,
                                        zone=drillplan.ZoneSurface(surface, grid, 300.0), tested_depth_m=125.0)
    assert {hole.aim for hole in plan.holes if hole.target_rank == 1} == {"zone"}
    assert {hole.aim for hole in plan.holes if hole.target_rank == 2} == {"target"}
    for hole in plan.holes:
        assert hole.depth_m == pytest.approx(250.0)
        if hole.aim == "zone":
            assert hole.below_tested_m == pytest.approx(125.0)
        else:
            assert np.isnan(hole.below_tested_m)
    assert any(line.startswith("Target rank 2 is not on the zone surface") for line in plan.info)
    assert not any("not below the deepest tested level" in note for note in plan.notes)


def test_a_target_off_the_zone_is_drilled_as_without_a_surface():
    zone = Zone(0.0, (60.0, 60.0), 300.0, 400.0)
    surface, grid = zone.raster(300.0, 10.0)
    far = zone.target(0.0, 400.0, 3000.0, 3060.0)
    settings = {"target_depth_m": 200.0, "total_metres": 5000, "min_holes": 3, "max_holes": 3}
    with_zone = drillplan.plan_drill_program([(1, far)], 30.0, zone=drillplan.ZoneSurface(surface, grid, 300.0),
                                             **settings)
    without = drillplan.plan_drill_program([(1, far)], 30.0, **settings)
    assert len(with_zone.holes) == len(without.holes) == 3
    for a, b in zip(with_zone.holes, without.holes):
        assert a.aim == b.aim == "target" and a.azimuth == b.azimuth and a.length_m == pytest.approx(b.length_m)
        np.testing.assert_allclose(a.collar, b.collar + [0.0, 0.0, 300.0])  # the zone's ground is the datum
        np.testing.assert_allclose(a.pierce, b.pierce + [0.0, 0.0, 300.0])


def test_without_a_surface_the_tested_depth_describes_every_target():
    ring = np.array([[0.0, -40.0], [400.0, -40.0], [400.0, 40.0], [0.0, 40.0]])
    plan = drillplan.plan_drill_program([(1, ring)], 90.0, target_depth_m=100.0, total_metres=5000, min_holes=2,
                                        max_holes=2, tested_depth_m=125.0)
    assert all(hole.below_tested_m == pytest.approx(-25.0) for hole in plan.holes)
    assert any("(100 m) is not below the deepest tested level (125 m)" in note for note in plan.notes)


def test_a_collar_in_a_lake_moves_along_strike_and_stays_against_the_dip():
    zone = Zone(0.0, (60.0, 60.0), 0.0, 400.0)
    surface, grid = zone.raster(300.0, 10.0)
    lake = np.array([[200.0, 100.0], [320.0, 100.0], [320.0, 260.0], [200.0, 260.0]])
    plan = drillplan.plan_drill_program([(1, zone.target(0.0, 400.0, -30.0, 30.0))], None, total_metres=5000,
                                        min_holes=4, max_holes=4, zone=drillplan.ZoneSurface(surface, grid, 0.0),
                                        barriers=[lake])
    assert len(plan.holes) == 4
    assert sorted(hole.pierce[1] for hole in plan.holes)[-1] < 100.0  # the northern hole moved south
    for hole in plan.holes:
        assert not points_in_polygon(hole.collar[:2], lake)[0]
        assert hole.azimuth == pytest.approx(270.0)
        assert zone.elevation(hole.pierce[:2]) == pytest.approx(hole.pierce[2])


def test_depth_is_below_the_dem_with_a_zone():
    zone = Zone(0.0, (50.0, 50.0), 300.0, 400.0)
    surface, grid = zone.raster(400.0, 10.0)
    dem_grid = GridSpec(-1000.0, 1000.0, 5.0, 5.0, 400, 400)
    east, _ = dem_grid.mesh()
    dem = 320.0 + 0.1 * east  # rising east, 20 m above the zone's datum at its subcrop
    plan = drillplan.plan_drill_program([(1, zone.target(0.0, 300.0, -30.0, 30.0))], None, target_depth_m=200.0,
                                        total_metres=5000, min_holes=3, max_holes=3, dem=dem, grid=dem_grid,
                                        zone=drillplan.ZoneSurface(surface, grid, 300.0))
    for hole in plan.holes:
        ground = 320.0 + 0.1 * hole.pierce[0]
        assert ground - hole.pierce[2] == pytest.approx(200.0, abs=0.1 * 5.0)  # within a DEM cell's rise
        assert zone.elevation(hole.pierce[:2]) == pytest.approx(hole.pierce[2], abs=1e-6)
        row, col = dem_grid.index_of(*hole.collar[:2])
        assert hole.collar[2] == pytest.approx(dem[row, col])


def test_without_the_ground_the_surface_top_is_taken_within_a_cells_drop():
    zone = Zone(35.0, (55.0, 55.0), 250.0, 300.0)
    surface, grid = zone.raster(200.0, 10.0)
    fitted = drillplan.ZoneSurface(surface, grid)
    assert zone.ground - fitted.top_drop_m <= fitted.ground_m <= zone.ground
    assert fitted.strike == pytest.approx(35.0) and fitted.dip == pytest.approx(55.0)


def test_the_surface_reaches_half_a_cell_past_its_deepest_cells():
    """zonegeometry keeps cell centres down to its deepest level: aiming at that level works, far below it fails."""
    zone = Zone(0.0, (60.0, 60.0), 0.0, 300.0)
    surface, grid = zone.raster(300.0, 10.0)
    ring = zone.target(0.0, 300.0, -30.0, 30.0)
    fitted = drillplan.ZoneSurface(surface, grid, 0.0)
    plan = drillplan.plan_drill_program([(1, ring)], None, target_depth_m=300.0, total_metres=5000, min_holes=3,
                                        max_holes=3, zone=fitted)
    assert all(zone.elevation(hole.pierce[:2]) == pytest.approx(-300.0) for hole in plan.holes)
    with pytest.raises(ValueError, match=r"reaches 3\d\d m below the ground under target rank 1, not the target "
                                         r"depth of 400 m.*Add 400 to zonegeometry's LEVELS"):
        drillplan.plan_drill_program([(1, ring)], None, target_depth_m=400.0, total_metres=5000, min_holes=1,
                                     zone=fitted)


@pytest.mark.parametrize("values, message", [
    (np.full((20, 20), np.nan), "every cell is nodata"),
    (np.full((20, 20), 100.0), "within 1 degree of flat"),
    (np.where(np.eye(20) > 0, 100.0, np.nan), "all in one line"),
])
def test_a_surface_that_cannot_be_drilled_against_is_explained(values, message):
    with pytest.raises(ValueError, match=message):
        drillplan.ZoneSurface(values, GridSpec(0.0, 200.0, 10.0, 10.0, 20, 20))


def test_a_negative_tested_depth_is_refused():
    ring = np.array([[0.0, -40.0], [400.0, -40.0], [400.0, 40.0], [0.0, 40.0]])
    with pytest.raises(ValueError, match="tested depth must be a vertical depth of 0 m or more"):
        drillplan.plan_drill_program([(1, ring)], 90.0, total_metres=5000, tested_depth_m=-5.0)


def test_no_strike_and_no_zone_is_explained():
    ring = np.array([[0.0, -40.0], [400.0, -40.0], [400.0, 40.0], [0.0, 40.0]])
    with pytest.raises(ValueError, match="Give the strike"):
        drillplan.plan_drill_program([(1, ring)], None, total_metres=5000)
