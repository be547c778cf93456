"""The zone in 3D against synthetic drilling through known surfaces.

Every case is drawn from a declared seed. The holes are straight lines; where they cut the zone is computed here,
independently of the module: a line meets a plane where n . (p0 - collar) = t n . direction, and a surface whose dip
changes along strike by a root search along the hole. The module only sees collar, survey and interval tables.
"""
import numpy as np
import pytest
from scipy.optimize import brentq

from lodestone.science.evidence import zonegeometry as zg

SEEDS = range(30)
GROUND = 300.0  # m, every collar's elevation


def unit(azimuth_deg, plunge_deg=0.0):
    """Unit vector (east, north, up) towards ``azimuth_deg``, ``plunge_deg`` below horizontal."""
    a, p = np.radians(azimuth_deg), np.radians(plunge_deg)
    return np.array([np.cos(p) * np.sin(a), np.cos(p) * np.cos(a), -np.sin(p)])


def plane_normal(strike, dip):
    """Upward unit normal of a plane of ``strike`` (right-hand rule) and ``dip`` (degrees)."""
    horizontal = unit(strike + 90.0) * np.sin(np.radians(dip))
    return horizontal + np.array([0.0, 0.0, np.cos(np.radians(dip))])


def tables(holes):
    """Collar, survey and interval rows of straight holes given as (hole id, collar, azimuth, dip, length, from, to);
    a hole whose from is None misses the zone."""
    collars = [(hid, *collar, length) for hid, collar, _, _, length, _, _ in holes]
    surveys = [(hid, 0.0, azimuth, -dip) for hid, _, azimuth, dip, _, _, _ in holes]
    intervals = [(hid, round(start, 2), round(end, 2)) for hid, *_, start, end in holes if start is not None]
    return collars, surveys, intervals


def fitted(holes, **options):
    collars, surveys, intervals = tables(holes)
    read, problems = zg.read_holes(collars, surveys, intervals)
    assert not problems
    pierced, missed = zg.pierce_points(read)
    return zg.fit_zone(pierced, missed, **options)


def collar_layout(rng, along_positions, strike, dip_of, depth_range=(60.0, 300.0)):
    """Collars on the hanging-wall side, holes drilled against the dip (azimuth dip direction + 180 +- 25 degrees,
    dipping 45-75 degrees), each aimed to cut the zone near a random vertical depth: (collar, azimuth, dip, aim)."""
    layout = []
    for along in along_positions:
        depth = rng.uniform(*depth_range)
        zone_dip = dip_of(along)
        aim = unit(strike) * along + unit(strike + 90.0) * depth / np.tan(np.radians(zone_dip))
        azimuth, hole_dip = strike - 90.0 + rng.uniform(-25, 25), rng.uniform(45, 75)
        direction = unit(azimuth, hole_dip)
        reach = depth / np.sin(np.radians(hole_dip))
        collar_xy = aim[:2] - direction[:2] * reach + rng.normal(0, 15, 2)
        layout.append((np.array([*collar_xy, GROUND]), azimuth, hole_dip))
    return layout


def plane_case(seed, n_holes=10):
    """Straight holes through a plane of random strike and dip (through (0, 0, GROUND) at the ground), a zone of
    random true thickness whose mid-surface undulates by 2 m (standard deviation) from hole to hole; interval ends
    rounded to the centimetre. Returns (holes, strike, dip, thickness)."""
    rng = np.random.default_rng(seed)
    strike, dip, thickness = rng.uniform(0, 360), rng.uniform(30, 85), rng.uniform(3, 20)
    normal = plane_normal(strike, dip)
    origin = np.array([0.0, 0.0, GROUND])
    holes = []
    layout = collar_layout(rng, rng.uniform(-250, 250, n_holes), strike, lambda along: dip)
    for i, (collar, azimuth, hole_dip) in enumerate(layout):
        direction = unit(azimuth, hole_dip)
        wobble = rng.normal(0, 2.0)
        depths = [normal @ (origin + (wobble + side * thickness / 2) * normal - collar) / (normal @ direction)
                  for side in (1, -1)]
        holes.append((f"H{i:02d}", tuple(collar), azimuth, hole_dip, max(depths) + 30.0, min(depths), max(depths)))
    return holes, strike, dip, thickness


def angle_difference(a, b, period=360.0):
    return abs((a - b + period / 2) % period - period / 2)


def test_a_pierce_point_is_the_length_weighted_centre_of_the_hole_s_intervals():
    """A vertical hole with 2 m at 10-12 m and 6 m at 20-26 m: centre (11 x 2 + 23 x 6) / 8 = 20 m down; envelope
    10-26 m; a hole with no interval misses."""
    holes, _ = zg.read_holes([("V1", 100.0, 200.0, 300.0, 50.0), ("V2", 0.0, 0.0, 300.0, 50.0)], [],
                             [("V1", 10.0, 12.0), ("V1", 20.0, 26.0)])
    (pierce,), missed = zg.pierce_points(holes)
    assert missed == ["V2"]
    np.testing.assert_allclose(pierce.position, [100.0, 200.0, 280.0], atol=1e-9)
    np.testing.assert_allclose([pierce.top[2], pierce.bottom[2]], [290.0, 274.0], atol=1e-9)
    assert (pierce.from_m, pierce.to_m, pierce.vertical_depth_m) == (10.0, 26.0, 20.0)


@pytest.fixture(scope="module")
def plane_fits():
    return {seed: (fitted(case[0], seed=seed), *case[1:]) for seed in SEEDS for case in [plane_case(seed)]}


def test_strike_and_dip_of_a_plane_within_3_degrees_with_ten_holes(plane_fits):
    for seed, (fit, strike, dip, _) in plane_fits.items():
        assert angle_difference(fit.strike, strike) <= 3.0, (seed, fit.strike, strike)
        assert abs(fit.dip - dip) <= 3.0, (seed, fit.dip, dip)
        assert angle_difference(fit.dip_direction, strike + 90.0) <= 3.0, seed


def test_bootstrap_intervals_hold_the_truth_in_most_cases(plane_fits):
    """95 % percentile intervals from ten holes: narrow for ten holes, so the truth is inside in most, not all,
    cases; an interval that never holds it (or always, being huge) is broken."""
    inside = []
    for fit, strike, dip, _ in plane_fits.values():
        low, high = fit.strike_interval
        inside.append(angle_difference(strike, low) + angle_difference(strike, high) <=
                      angle_difference(low, high) + 1e-6 and fit.dip_interval[0] <= dip <= fit.dip_interval[1])
        assert angle_difference(low, high) < 20 and fit.dip_interval[1] - fit.dip_interval[0] < 20
        assert fit.replicates > 900
    assert sum(inside) >= 0.7 * len(inside)


def test_true_thickness_is_the_zone_s(plane_fits):
    for fit, _, _, thickness in plane_fits.values():
        assert fit.true_thickness_m == pytest.approx(thickness, rel=0.05)


def test_the_same_seed_gives_the_same_intervals():
    holes = plane_case(3)[0]
    assert fitted(holes, seed=7).dip_interval == fitted(holes, seed=7).dip_interval
    assert fitted(holes, seed=7).dip_interval != fitted(holes, seed=8).dip_interval


def test_level_traces_and_surface_follow_the_plane(plane_fits):
    """At 125 and 300 m below the ground the trace's centre line is within 15 m of where the plane crosses the level
    (the issue's tolerance for a planned hole piercing the zone) and the band is the zone's horizontal width,
    thickness / sin(dip), within 10 %; the surface raster is within 15 m of the plane, between the ground and 300 m."""
    origin = np.array([0.0, 0.0, GROUND])
    for seed, (fit, strike, dip, thickness) in plane_fits.items():
        across = unit(strike + 90.0)[:2]
        for depth in (125.0, 300.0):
            ring = fit.level_trace(depth)[:-1]
            edge, other_edge = ring[:len(ring) // 2], ring[len(ring) // 2:][::-1]
            level_point = origin[:2] + across * depth / np.tan(np.radians(dip))  # where the plane is at that depth
            assert np.abs(((edge + other_edge) / 2 - level_point) @ across).max() <= 15.0, (seed, depth)
            width = np.linalg.norm(edge - other_edge, axis=1)
            assert width == pytest.approx(thickness / np.sin(np.radians(dip)), rel=0.1), (seed, depth)
        grid = zg.surface_grid(fit, 300.0, 10.0)
        elevation = zg.surface_elevation(fit, grid, 300.0)
        known = np.isfinite(elevation)
        assert known.sum() > 20, seed
        cells = np.column_stack([*(m[known] for m in grid.mesh()), elevation[known]])
        assert np.abs((cells - origin) @ plane_normal(strike, dip)).max() <= 15.0, seed
        assert elevation[known].max() <= GROUND and elevation[known].min() >= GROUND - 300.0


# ----------------------------------------------------------------------------------------------------------------
# A dip that changes along strike


def changing_dip_case(seed):
    """A zone striking within 40 degrees of north (or of south, dipping the other way), its trace at the ground a
    straight line through (0, 0), dipping 70 degrees in the south and 55 in the north (a smooth change over about
    100 m around the middle); five holes in the south (200-300 m from the middle) and five in the north. Returns
    (holes, northward along-strike unit vector, dip at an along-strike distance northward)."""
    rng = np.random.default_rng(seed)
    strike = (rng.uniform(-40, 40) + (180.0 if seed % 2 else 0.0)) % 360
    north_sign = 1.0 if unit(strike)[1] > 0 else -1.0

    def dip_of(along):  # along strike, in the strike direction
        return 62.5 - 7.5 * np.tanh(north_sign * along / 50.0)

    def offset(point, side, thickness):
        """Signed horizontal distance of ``point`` from the contact ``side`` (+1 hanging wall) of the zone."""
        along = (point[:2] @ unit(strike)[:2])
        across = point[:2] @ unit(strike + 90.0)[:2]
        slope = 1 / np.tan(np.radians(dip_of(along)))
        return across - (GROUND - point[2]) * slope + side * thickness / (2 * np.sin(np.radians(dip_of(along))))

    thickness = rng.uniform(3, 12)
    along_positions = north_sign * np.concatenate([rng.uniform(-300, -200, 5), rng.uniform(200, 300, 5)])
    holes = []
    for i, (collar, azimuth, hole_dip) in enumerate(collar_layout(rng, along_positions, strike, dip_of)):
        direction = unit(azimuth, hole_dip)
        depths = [brentq(lambda t, side=side, start=collar, towards=direction:
                         offset(start + t * towards, side, thickness), 1.0, 1500.0) for side in (1, -1)]
        holes.append((f"H{i:02d}", tuple(collar), azimuth, hole_dip, max(depths) + 30.0, min(depths), max(depths)))
    return holes, north_sign, dip_of


@pytest.mark.parametrize("seed", SEEDS)
def test_a_dip_of_70_in_the_south_and_55_in_the_north_is_recovered(seed):
    holes, _, _ = changing_dip_case(seed)
    fit = fitted(holes, n_sections=2)
    south, north = sorted(fit.sections, key=lambda section: section.centre[1])
    assert len(south.hole_ids) == len(north.hole_ids) == 5
    assert abs(south.dip - 70.0) <= 5.0, (seed, south.dip)
    assert abs(north.dip - 55.0) <= 5.0, (seed, north.dip)
    assert north.dip < south.dip


def test_the_level_trace_of_a_shallower_north_moves_further_down_dip():
    holes, north_sign, dip_of = changing_dip_case(4)
    fit = fitted(holes, n_sections=2)
    ring = fit.level_trace(300.0)
    along, across = fit.local(ring[:-1])
    south_end, north_end = sorted([along.min(), along.max()], key=lambda a: north_sign * a)
    width = {end: across[np.abs(along - end) < 1e-6].mean() for end in (south_end, north_end)}
    surface = fit.level_trace(0.0)
    along0, across0 = fit.local(surface[:-1])
    offset = {end: width[end] - across0[np.abs(along0 - end) < 1e-6].mean() for end in (south_end, north_end)}
    # 300 m below the ground, the zone is 300 / tan(dip) m down dip of its surface trace
    assert offset[south_end] == pytest.approx(300 / np.tan(np.radians(70.0)), abs=25.0)
    assert offset[north_end] == pytest.approx(300 / np.tan(np.radians(55.0)), abs=25.0)


# ----------------------------------------------------------------------------------------------------------------
# Refusals


def message_of(holes, **options):
    with pytest.raises(ValueError) as error:
        fitted(holes, **options)
    return str(error.value)


def test_too_few_holes_are_refused_naming_the_holes_that_miss():
    holes = plane_case(0, n_holes=5)[0]
    missing = [(hid, collar, az, dip, length, None, None) for hid, collar, az, dip, length, *_ in holes[2:]]
    message = message_of(holes[:2] + missing)
    assert "Only 2 of the holes cut the zone (H00, H01)" in message
    assert "at least 3 holes" in message
    assert "3 miss it" in message and "H02, H03, H04" in message
    assert "loosen the selection expression" in message


def test_holes_that_all_miss_the_zone_are_refused():
    collars, surveys, _ = tables(plane_case(0, n_holes=4)[0])
    with pytest.raises(ValueError, match=r"No interval is in the zone.*selection expression"):
        zg.read_holes(collars, surveys, [])
    pierced, missed = zg.pierce_points(zg.read_holes(collars, surveys, [("H00", 10.0, 12.0)])[0])
    with pytest.raises(ValueError, match=r"Only 1 of the holes cut the zone \(H00\).*3 miss it \(.*H01, H02, H03\)"):
        zg.fit_zone(pierced, missed)


def test_holes_in_one_section_are_refused_as_leaving_the_strike_undetermined():
    """Five holes drilled along one section line (azimuth 270) through a plane: the pierce points and collars lie in
    the vertical plane of the section."""
    normal = plane_normal(0.0, 60.0)
    holes = []
    for i, (x, hole_dip) in enumerate([(80, 45), (120, 50), (160, 55), (200, 60), (240, 65)]):
        collar, direction = np.array([x, 0.0, GROUND]), unit(270.0, hole_dip)
        t = normal @ (np.array([0.0, 0.0, GROUND]) - collar) / (normal @ direction)
        holes.append((f"S{i}", tuple(collar), 270.0, hole_dip, t + 30, t - 2, t + 2))
    message = message_of(holes)
    assert "lie in one vertical section (azimuth 90 degrees" in message
    assert "strike is not determined" in message and "another section" in message


def test_pierce_points_along_one_line_are_refused():
    """Holes from collars spread over the map, all cutting the zone 150 m below the ground on one line: any plane
    through that line fits."""
    rng = np.random.default_rng(5)
    holes = []
    for i, y in enumerate([-200.0, -100.0, 0.0, 100.0, 200.0]):
        hole_dip, azimuth = rng.uniform(50, 70), rng.uniform(240, 300)
        reach = 150.0 / np.sin(np.radians(hole_dip))
        collar = np.array([0.0, y, GROUND]) - unit(azimuth, hole_dip) * reach
        holes.append((f"L{i}", tuple(collar), azimuth, hole_dip, reach + 30, reach - 2, reach + 2))
    message = message_of(holes)
    assert "lie along one line (trend 0 degrees, plunge 0 degrees" in message
    assert "not determined" in message and "Add a hole that cuts the zone away from that line" in message


def test_coordinates_that_are_not_numbers_are_refused():
    pierced, _ = zg.pierce_points(zg.read_holes(*tables(plane_case(1)[0]))[0])
    broken = [zg.PiercePoint(p.hole_id, p.position, p.top, p.bottom, p.from_m, p.to_m,
                             (np.nan, p.collar[1], p.collar[2]) if p.hole_id == "H03" else p.collar) for p in pierced]
    with pytest.raises(ValueError, match=r"Holes H03 have a position that is not a number\. Check their collar"):
        zg.fit_zone(broken)


def test_a_collar_with_a_text_coordinate_is_skipped_and_reported():
    collars, surveys, intervals = tables(plane_case(2)[0])
    collars[4] = (collars[4][0], "n/a", *collars[4][2:])
    holes, problems = zg.read_holes(collars, surveys, intervals)
    assert len(holes) == 9
    assert any(p.table == "collars" and "x 'n/a' not a number" in str(p) for p in problems)
    assert any(p.table == "intervals" and p.hole_id == "H04" for p in problems)


@pytest.mark.parametrize("text, message", [("125,x", "are not numbers"), ("-50,100", "0 or more"), ("", "0 or more")])
def test_levels_are_parsed_or_refused(text, message):
    assert zg.parse_levels("300; 125,200, 125") == [125.0, 200.0, 300.0]
    with pytest.raises(ValueError, match=message):
        zg.parse_levels(text)


def test_attitude_follows_the_right_hand_rule():
    strike, dip, dip_direction = zg.attitude(plane_normal(30.0, 60.0))
    assert (float(strike), float(dip), float(dip_direction)) == pytest.approx((30.0, 60.0, 120.0))
    strike, dip, _ = zg.attitude([1.0, 0.0, 0.0])  # vertical, striking north-south... normal to the east
    assert (float(strike), float(dip)) == pytest.approx((0.0, 90.0))
