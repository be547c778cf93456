"""Drill sections against geometry worked out here, independently of the module: straight holes whose section
coordinates follow from trigonometry, points placed at a known distance from the section, and planes whose
apparent dip on a section is atan(tan(dip) cos(dip direction - section azimuth)).
"""
import math

import numpy as np
import pytest

from lodestone.science.evidence import drillholes, zonegeometry
from lodestone.science.evidence import section as sec

GROUND = 300.0


def unit(azimuth_deg):
    """Horizontal unit vector (east, north) towards ``azimuth_deg``."""
    return np.array([math.sin(math.radians(azimuth_deg)), math.cos(math.radians(azimuth_deg))])


def straight_hole(hole_id, collar, azimuth, dip_down, length, intervals=(), stations=1):
    """A straight hole, ``dip_down`` degrees below horizontal, surveyed at ``stations`` evenly spaced depths."""
    depths = np.linspace(0.0, length, stations, endpoint=False)
    surveys = np.column_stack([depths, np.full(stations, azimuth), np.full(stations, -dip_down)])
    return drillholes.Hole(hole_id, tuple(map(float, collar)), float(length), surveys,
                           np.array(intervals, dtype=float).reshape(-1, 3))


def test_a_hole_drilled_down_the_section_plane_has_zero_offset_and_the_analytic_coordinates():
    start, azimuth = np.array([1000.0, 2000.0]), 130.0
    line = sec.section_between(start, start + 600.0 * unit(azimuth), window_m=20.0)
    collar_distance, dip, length = 80.0, 60.0, 250.0
    collar = (*(start + collar_distance * unit(azimuth)), GROUND)
    hole = straight_hole("DDH-1", collar, azimuth, dip, length, stations=5)
    (path,) = sec.hole_paths(line, hole)
    depths = path.points[:, 0]
    assert depths[0] == 0.0 and depths[-1] == pytest.approx(length)
    np.testing.assert_allclose(path.points[:, 3], 0.0, atol=1e-9)
    np.testing.assert_allclose(path.points[:, 1], collar_distance + depths * math.cos(math.radians(dip)), atol=1e-6)
    np.testing.assert_allclose(path.points[:, 2], GROUND - depths * math.sin(math.radians(dip)), atol=1e-6)
    assert line.azimuth == pytest.approx(azimuth) and line.length_m == pytest.approx(600.0)


@pytest.mark.parametrize("offset", [-35.0, -0.5, 12.0, 40.0])
def test_a_point_off_the_section_by_d_metres_has_offset_d_positive_on_the_right(offset):
    line = sec.section_between((0.0, 0.0), (500.0, 0.0), window_m=50.0)  # west to east: the right is south
    point = (220.0, -offset, 150.0)
    np.testing.assert_allclose(line.project([point])[0], (220.0, 150.0, offset), atol=1e-9)
    (path,) = sec.hole_paths(line, straight_hole("V", point, 0.0, 90.0, 100.0))
    np.testing.assert_allclose(path.points[:, 3], offset, atol=1e-9)
    np.testing.assert_allclose(path.points[:, 1], 220.0, atol=1e-9)


def test_intervals_outside_the_window_are_left_out_and_those_across_its_edge_cut_there():
    line = sec.section_between((0.0, 0.0), (400.0, 0.0), window_m=50.0)
    # a hole collared on the section drilled south (towards positive offsets) at 45 degrees: offset = depth cos 45
    cos45 = math.cos(math.radians(45.0))
    across = straight_hole("ACROSS", (100.0, 0.0, GROUND), 180.0, 45.0, 120.0,
                           intervals=[(10.0, 20.0, 2.0), (60.0, 80.0, 5.0), (90.0, 100.0, 9.0)])
    far = straight_hole("FAR", (200.0, -80.0, GROUND), 0.0, 90.0, 100.0, intervals=[(10.0, 20.0, 30.0)])
    drawn = sec.build_section(line, [across, far], label=drillholes.intercept_label)
    assert drawn.hole_ids == ("ACROSS",)
    (trace,) = drawn.holes
    assert trace.to_m == pytest.approx(50.0 / cos45)  # the hole leaves the window there
    intervals = {p.value: p for p in drawn.intervals}
    assert set(intervals) == {2.0, 5.0}  # 90-100 m is 64-71 m off the section; FAR is 80 m off
    assert (intervals[2.0].from_m, intervals[2.0].to_m) == pytest.approx((10.0, 20.0))
    assert (intervals[5.0].from_m, intervals[5.0].to_m) == pytest.approx((60.0, 50.0 / cos45))
    assert intervals[5.0].points[-1, 3] == pytest.approx(50.0)
    assert intervals[5.0].label == "5.0 g/t Au over 20.0 m"  # the interval's own length, not the part drawn


def pierce_point(hole_id, position, half_thickness=2.0):
    position = np.asarray(position, dtype=float)
    return zonegeometry.PiercePoint(hole_id, position, position + (0, 0, half_thickness),
                                    position - (0, 0, half_thickness), 50.0, 54.0, (*position[:2], GROUND))


def plane_fit(strike, dip, through=(5000.0, 7000.0, 150.0)):
    """A zone of ``strike`` and ``dip`` through ``through``, from pierce points around it on the plane."""
    through = np.asarray(through)
    along, down = np.append(unit(strike), 0.0), np.append(unit(strike + 90.0) * math.cos(math.radians(dip)),
                                                         -math.sin(math.radians(dip)))
    points = [through + a * along + d * down for a in (-60.0, 0.0, 60.0) for d in (-40.0, 40.0)]
    return sec.zone_with_attitude([pierce_point(f"P{i}", p) for i, p in enumerate(points)], strike, dip)


@pytest.mark.parametrize("strike, dip, section_azimuth", [
    (30.0, 60.0, 120.0), (30.0, 60.0, 150.0), (30.0, 60.0, 300.0), (300.0, 45.0, 10.0), (90.0, 80.0, 225.0),
    (52.0, 75.0, 142.0), (0.0, 30.0, 45.0)])
def test_a_plane_of_known_dip_crosses_the_section_at_its_apparent_dip(strike, dip, section_azimuth):
    fit = plane_fit(strike, dip)
    start = fit.centroid[:2] - 300.0 * unit(section_azimuth)
    line = sec.section_between(start, start + 600.0 * unit(section_azimuth), window_m=50.0)
    crossing = sec.zone_crossing(fit, line)
    angle = math.radians((strike + 90.0) - section_azimuth)
    expected = math.degrees(math.atan(math.tan(math.radians(dip)) * math.cos(angle)))
    assert crossing.apparent_dip == pytest.approx(expected, abs=1e-6)
    segment = crossing.segment((0.0, line.length_m, -500.0, 500.0))
    normal = np.append(unit(strike + 90.0) * math.sin(math.radians(dip)), math.cos(math.radians(dip)))
    for distance, elevation in segment:  # both ends on the plane, in map coordinates
        point = np.append(line.to_map(distance), elevation)
        assert (point - fit.centroid) @ normal == pytest.approx(0.0, abs=1e-6)
    slope = (segment[1, 1] - segment[0, 1]) / (segment[1, 0] - segment[0, 0])
    assert math.degrees(math.atan(-slope)) == pytest.approx(expected, abs=1e-6)


def test_the_zone_band_is_the_true_thickness_across_the_plane():
    fit = plane_fit(30.0, 60.0)  # pierce points 4 m thick vertically: 4 cos 60 = 2 m across the plane
    start = fit.centroid[:2] - 300.0 * unit(120.0)
    crossing = sec.zone_crossing(fit, sec.section_between(start, start + 600.0 * unit(120.0), 50.0))
    assert crossing.half_thickness_m == pytest.approx(4.0 * math.cos(math.radians(60.0)) / 2)
    frame = (0.0, 600.0, -200.0, 500.0)
    band = crossing.band(frame)
    upper, lower = crossing.segment(frame, 1), crossing.segment(frame, -1)
    # in the section (dip direction along it) the band is T / sin(60) wide horizontally
    width = abs(np.interp(150.0, upper[::-1, 1], upper[::-1, 0]) - np.interp(150.0, lower[::-1, 1], lower[::-1, 0]))
    assert width == pytest.approx(2.0 / math.sin(math.radians(60.0)), rel=1e-9)
    assert np.all((band[:, 0] >= 0.0) & (band[:, 0] <= 600.0) & (band[:, 1] >= -200.0) & (band[:, 1] <= 500.0))


def test_a_vertical_zone_along_the_section_does_not_cross_it():
    fit = plane_fit(90.0, 90.0)
    start = fit.centroid[:2] - (300.0, 10.0)
    assert sec.zone_crossing(fit, sec.section_between(start, start + (600.0, 0.0), 50.0)) is None


def test_a_dip_changing_along_strike_is_read_where_the_section_crosses_the_zone():
    """Pierce points on a zone striking north, dipping 70 to the east in the south and 55 in the north: sections
    across strike (azimuth 90, so apparent dip = dip) through each half show that half's dip."""
    points, ids = [], []
    for north, dip in ((-150.0, 70.0), (-100.0, 70.0), (-50.0, 70.0), (50.0, 55.0), (100.0, 55.0), (150.0, 55.0)):
        for depth in (40.0, 120.0, 200.0):
            points.append((depth / math.tan(math.radians(dip)), north, GROUND - depth))
            ids.append(f"H{len(ids)}")
    fit = zonegeometry.fit_zone([pierce_point(h, p, 0.5) for h, p in zip(ids, points)], n_sections=2,
                                n_bootstrap=0)
    for north, dip in ((-100.0, 70.0), (100.0, 55.0)):
        line = sec.section_between((-300.0, north), (300.0, north), 20.0)
        crossing = sec.zone_crossing(fit, line)
        assert crossing.apparent_dip == pytest.approx(dip, abs=1.0)
        top = crossing.segment((0.0, 600.0, GROUND - 200.0, GROUND - 40.0))
        assert top[0, 0] - 300.0 == pytest.approx(40.0 / math.tan(math.radians(dip)), abs=2.0)


def test_the_pierce_points_of_zonegeometry_give_back_its_fit():
    rng = np.random.default_rng(3)
    holes, intervals = [], []
    for i, (east, north) in enumerate(rng.uniform(-200, 200, size=(8, 2))):
        depth = 150.0 - 0.7 * east + rng.normal(0, 3)
        hole = straight_hole(f"Z{i}", (east, north, GROUND), 0.0, 90.0, 400.0)
        holes.append(hole)
        intervals.append((hole.hole_id, depth - 2.0, depth + 2.0))
    pierced, _ = zonegeometry.pierce_points([drillholes.Hole(h.hole_id, h.collar, h.length, h.surveys,
                                                             np.array([[a, b, 1.0]]))
                                             for h, (_, a, b) in zip(holes, intervals)])
    fit = zonegeometry.fit_zone(pierced, n_sections=2, n_bootstrap=0)
    section_of = {h: s.number for s in fit.sections for h in s.hole_ids}
    rows = [(p.hole_id, *np.round(p.position, 2), p.from_m, p.to_m, section_of[p.hole_id]) for p in fit.pierce]
    refit = sec.zone_from_pierce_points(rows, holes)
    assert (refit.strike, refit.dip) == pytest.approx((fit.strike, fit.dip), abs=0.01)
    assert [s.dip for s in refit.sections] == pytest.approx([s.dip for s in fit.sections], abs=0.05, nan_ok=True)
    assert refit.true_thickness_m == pytest.approx(fit.true_thickness_m, abs=0.01)
    with pytest.raises(ValueError, match="hole NOPE, which|not in the collar table"):
        sec.zone_from_pierce_points([("NOPE", 0.0, 0.0, 0.0, 1.0, 2.0, 1)], holes)


def test_a_section_through_chosen_holes_covers_them_at_the_azimuth_through_their_mean_collar():
    a = straight_hole("A", (100.0, 100.0, GROUND), 270.0, 50.0, 200.0)
    b = straight_hole("B", (160.0, 100.0, GROUND), 270.0, 50.0, 200.0)
    chosen = sec.chosen_holes([a, b], ["B", " A", "B"])
    assert [h.hole_id for h in chosen] == ["B", "A"]
    traces = [drillholes.hole_trace(h) for h in chosen]
    line = sec.section_through([h.collar[:2] for h in chosen], 90.0, 25.0, traces)
    reach = 200.0 * math.cos(math.radians(50.0))  # A ends this far west of its collar
    extent = 160.0 - (100.0 - reach)
    margin = max(sec.MIN_MARGIN_M, sec.MARGIN_SHARE * extent)
    np.testing.assert_allclose(line.start, (100.0 - reach - margin, 100.0), atol=1e-6)
    np.testing.assert_allclose(line.end, (160.0 + margin, 100.0), atol=1e-6)
    assert sec.compass_point(line.azimuth) == "E" and sec.compass_point(line.azimuth + 180.0) == "W"
    with pytest.raises(ValueError, match=r"Hole C not in the collar table \(its holes include A, B\)"):
        sec.chosen_holes([a, b], ["A", "C"])


@pytest.mark.parametrize("start, end, window, message", [
    ((500.0, 500.0), (500.0, 500.0), 50.0, r"0\.00 m long .*Draw a line across the zone"),
    ((500.0, 500.0), (500.3, 500.2), 50.0, r"0\.36 m long .*or give hole ids and an azimuth"),
    ((0.0, 0.0), (100.0, 0.0), 0.0, r"window must be a positive half-width .*Try 50 m"),
])
def test_a_degenerate_section_is_refused_with_the_fix(start, end, window, message):
    with pytest.raises(ValueError, match=message):
        sec.section_between(start, end, window)


def test_no_hole_within_the_window_names_the_nearest_and_the_window_it_needs():
    line = sec.section_between((0.0, 0.0), (400.0, 0.0), window_m=30.0)
    holes = [straight_hole("NEAR", (200.0, 84.2, GROUND), 0.0, 90.0, 100.0),
             straight_hole("FAR", (100.0, -300.0, GROUND), 0.0, 90.0, 100.0)]
    with pytest.raises(ValueError, match=r"No hole comes within the 30 m window .* The nearest, NEAR, passes 84 m "
                                         r"from it: widen WINDOW to at least 86 m"):
        sec.build_section(line, holes)
    beyond = [straight_hole("EAST", (900.0, 0.0, GROUND), 0.0, 90.0, 100.0)]
    with pytest.raises(ValueError, match="No hole lies between the ends of the section .* Check that the line is "
                                         "drawn over the holes"):
        sec.build_section(line, beyond)


def test_an_undrilled_zone_has_a_section_of_its_planned_holes():
    """No drilled hole near the line: the planned holes are drawn, the ground and levels from their collars."""
    line = sec.section_between((0.0, 0.0), (400.0, 0.0), window_m=30.0)
    far = [straight_hole("FAR", (100.0, -900.0, GROUND), 0.0, 90.0, 100.0)]
    planned, _ = sec.planned_holes([("P1", 150.0, 5.0, 312.0, 90.0, -55.0, 250.0)], GROUND)
    drawn = sec.build_section(line, far, levels=[125.0], planned=planned)
    assert [(p.hole_id, p.kind) for p in drawn.holes] == [("P1", "planned")] and not drawn.intervals
    assert drawn.ground_m == pytest.approx(312.0) and drawn.levels == ((125.0, 187.0),)
    np.testing.assert_allclose(drawn.ground_profile(), [(0, 312), (150, 312), (400, 312)])
    with pytest.raises(ValueError, match="The nearest, P1, passes"):
        sec.build_section(sec.section_between((0.0, 80.0), (400.0, 80.0), window_m=30.0), far, planned=planned)

def test_levels_are_below_the_mean_collar_of_the_holes_drawn_and_the_frame_holds_them():
    line = sec.section_between((0.0, 0.0), (300.0, 0.0), window_m=50.0)
    holes = [straight_hole("A", (100.0, 0.0, 310.0), 90.0, 60.0, 80.0),
             straight_hole("B", (200.0, 10.0, 290.0), 90.0, 60.0, 80.0),
             straight_hole("OUT", (200.0, 500.0, 900.0), 90.0, 60.0, 80.0)]
    drawn = sec.build_section(line, holes, levels=[125.0, 300.0])
    assert drawn.ground_m == pytest.approx(300.0)
    assert drawn.levels == ((125.0, 175.0), (300.0, 0.0))
    assert drawn.frame[2] < 0.0 < 310.0 < drawn.frame[3] and drawn.frame[:2] == (0.0, 300.0)
    np.testing.assert_allclose(drawn.ground_profile(), [(0, 310), (100, 310), (200, 290), (300, 290)])


def test_planned_holes_go_down_from_the_ground_when_their_collars_are_at_zero():
    rows = [("P1", 100.0, 0.0, 0.0, 90.0, -55.0, 200.0), ("P2", 150.0, 0.0, 0.0, 90.0, 55.0, 200.0)]
    planned, notes = sec.planned_holes(rows, GROUND)
    assert [h.collar[2] for h in planned] == [GROUND, GROUND] and "drawn at the ground" in notes[0]
    line = sec.section_between((0.0, 0.0), (400.0, 0.0), window_m=10.0)
    for hole in planned:
        (path,) = sec.hole_paths(line, hole, "planned")
        assert path.points[-1, 2] == pytest.approx(GROUND - 200.0 * math.sin(math.radians(55.0)))
    kept, notes = sec.planned_holes([("P3", 1.0, 2.0, 12.0, 90.0, -55.0, 200.0)], GROUND)
    assert kept[0].collar == (1.0, 2.0, 12.0) and not notes
    with pytest.raises(ValueError, match="Planned hole P4: .* Give the COLLARS layer of plandrillprogram"):
        sec.planned_holes([("P4", 1.0, 2.0, None, 90.0, -55.0, 0.0)], GROUND)


def test_logged_values_skip_bad_rows_and_unknown_holes():
    holes = [straight_hole("A", (0.0, 0.0, GROUND), 0.0, 90.0, 100.0)]
    logged, problems = sec.read_logged_values(
        [("A", 0, 10, 2), ("A", "10", "20", "3.5"), ("A", 20, 30, 0), ("A", 30, 25, 1), ("A", 40, 50, "strong"),
         ("B", 0, 10, 1)], holes)
    np.testing.assert_allclose(logged["A"], [(0, 10, 2), (10, 20, 3.5)])
    assert [(p.table, p.rows, p.hole_id) for p in problems] == [("alteration", (4,), "A"), ("alteration", (5,), "A"),
                                                                ("alteration", (6,), "B")]
