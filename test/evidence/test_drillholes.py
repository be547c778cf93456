"""Minimum-curvature desurvey against hand computation (textbook formula in inclination/azimuth angles)."""
import numpy as np
import pytest

from lodestone.science.demo import property as demo
from lodestone.science.evidence import drillholes
from lodestone.science.evidence.drillholes import desurvey
from lodestone.science.features import points_in_polygon
from lodestone.science.grid import GridSpec


def textbook_minimum_curvature(md, inc1, az1, inc2, az2):
    """Displacement (east, north, down) between two stations; inclination from vertical, degrees."""
    i1, a1, i2, a2 = np.radians([inc1, az1, inc2, az2])
    beta = np.arccos(np.cos(i2 - i1) - np.sin(i1) * np.sin(i2) * (1 - np.cos(a2 - a1)))
    rf = 1.0 if beta == 0 else 2 / beta * np.tan(beta / 2)
    north = md / 2 * (np.sin(i1) * np.cos(a1) + np.sin(i2) * np.cos(a2)) * rf
    east = md / 2 * (np.sin(i1) * np.sin(a1) + np.sin(i2) * np.sin(a2)) * rf
    down = md / 2 * (np.cos(i1) + np.cos(i2)) * rf
    return np.array([east, north, down])


def test_straight_inclined_hole():
    xyz = desurvey((1000.0, 2000.0, 300.0), [0.0], [45.0], [-60.0], [100.0])
    horizontal = 100 * np.cos(np.radians(60))
    expected = [1000 + horizontal * np.sin(np.radians(45)), 2000 + horizontal * np.cos(np.radians(45)),
                300 - 100 * np.sin(np.radians(60))]
    np.testing.assert_allclose(xyz[0], expected, atol=0.01)


def test_curved_hole_matches_textbook_at_stations():
    depths, azimuths, dips = [0.0, 50.0, 150.0], [320.0, 325.0, 334.0], [-55.0, -52.0, -47.0]
    xyz = desurvey((0.0, 0.0, 0.0), depths, azimuths, dips, depths)
    step1 = textbook_minimum_curvature(50, 35, 320, 38, 325)
    step2 = textbook_minimum_curvature(100, 38, 325, 43, 334)
    expected = np.array([[0, 0, 0], step1, step1 + step2]) * [1, 1, -1]
    np.testing.assert_allclose(xyz, expected, atol=0.01)


def test_dip_positive_down_convention_gives_the_same_hole():
    a = desurvey((0, 0, 0), [0, 100], [10, 20], [-60, -55], [80.0])
    b = desurvey((0, 0, 0), [0, 100], [10, 20], [60, 55], [80.0], dip_negative_down=False)
    np.testing.assert_allclose(a, b)


def test_between_stations_the_point_lies_on_the_arc():
    """Equal spacing along the arc: consecutive sample points are equally far apart (chord of a circle)."""
    xyz = desurvey((0, 0, 0), [0, 100], [0, 90], [-45, -30], np.linspace(0, 100, 11))
    chords = np.linalg.norm(np.diff(xyz, axis=0), axis=1)
    np.testing.assert_allclose(chords, chords[0], rtol=1e-9)
    assert chords[0] < 10.0


def test_beyond_the_last_station_the_hole_goes_straight():
    xyz = desurvey((0, 0, 0), [0, 50], [90, 90], [-45, -45], [50.0, 150.0])
    step = xyz[1] - xyz[0]
    np.testing.assert_allclose(step, [100 * np.cos(np.pi / 4), 0, -100 * np.sin(np.pi / 4)], atol=1e-9)


def test_unsorted_survey_is_refused():
    with pytest.raises(ValueError, match="increasing"):
        desurvey((0, 0, 0), [0, 50, 40], [0, 0, 0], [-60, -60, -60], [10.0])


# ----------------------------------------------------------------------------------------------------------------
# Reading the tables: holes without surveys, and every kind of bad row (reported with hole id and row, rest kept)

COLLARS = [("H1", 1000.0, 2000.0, 300.0, 50.0), ("H2", 1100.0, 2000.0, 300.0, None)]
SURVEYS = [("H1", 0.0, 90.0, -60.0), ("H2", 0.0, 0.0, -45.0), ("H2", 40.0, 0.0, -45.0)]
ASSAYS = [("H1", 0.0, 1.0, 0.1), ("H1", 1.0, 2.0, 2.0), ("H1", 2.0, 3.0, 1.0), ("H2", 10.0, 12.0, 0.3)]


def read(collars=COLLARS, surveys=SURVEYS, assays=ASSAYS, dip_negative_down=True):
    holes, problems = drillholes.read_tables(collars, surveys, assays, dip_negative_down)
    return {h.hole_id: h for h in holes}, [str(p) for p in problems]


def test_clean_tables_have_no_problems_and_lengths_come_from_max_depth_or_deepest_row():
    holes, problems = read()
    assert problems == []
    assert holes["H1"].length == 50.0  # the collar's max depth
    assert holes["H2"].length == 40.0  # no max depth: the deepest survey (40 m) or assay (12 m)
    np.testing.assert_array_equal(holes["H1"].assays, [[0, 1, 0.1], [1, 2, 2.0], [2, 3, 1.0]])


@pytest.mark.parametrize("negative_down, dip", [(True, -90), (False, 90)])
def test_hole_without_survey_rows_is_vertical_with_a_warning(negative_down, dip):
    sign = 1 if negative_down else -1
    surveys = [(h, d, a, sign * dip) for h, d, a, dip in SURVEYS if h != "H1"]
    holes, problems = read(surveys=surveys, dip_negative_down=negative_down)
    assert problems == [f"surveys (hole H1): no survey rows; the hole is treated as vertical (dip {dip})."]
    trace = drillholes.hole_trace(holes["H1"], negative_down)
    np.testing.assert_allclose(trace[:, :2], np.tile([1000.0, 2000.0], (len(trace), 1)), atol=1e-9)
    assert trace[-1, 2] == pytest.approx(300.0 - 50.0, abs=1e-9)


def test_trace_runs_from_collar_to_the_end_of_the_hole_through_every_station():
    holes, _ = read()
    trace = drillholes.hole_trace(holes["H2"])
    np.testing.assert_allclose(trace[0], [1100, 2000, 300])
    assert np.sum(np.linalg.norm(np.diff(trace, axis=0), axis=1)) == pytest.approx(40.0, abs=0.01)
    np.testing.assert_allclose(trace[-1], [1100, 2000 + 40 * np.cos(np.pi / 4), 300 - 40 * np.sin(np.pi / 4)],
                               atol=0.01)


def test_bad_collars_are_reported_and_skipped():
    collars = COLLARS + [("H1", 1.0, 2.0, 3.0), ("H3", "abc", 2000.0, 300.0), ("", 1.0, 2.0, 3.0),
                         ("H4", 1200.0, 2000.0, 300.0, "deep")]
    holes, problems = read(collars=collars, assays=ASSAYS + [("H4", 0.0, 30.0, 0.1)])
    assert problems == [
        "collars row 3 (hole H1): hole H1 already has a collar in row 1; this duplicate is skipped.",
        "collars row 4 (hole H3): x 'abc' not a number; row skipped.",
        "collars row 5: no hole id; row skipped.",
        "collars row 6 (hole H4): max depth 'deep' is not a positive number; the hole's length is taken from its "
        "deepest survey or assay.",
        "surveys (hole H4): no survey rows; the hole is treated as vertical (dip -90).",
    ]
    assert holes["H1"].collar == (1000.0, 2000.0, 300.0)  # the first collar is kept
    assert sorted(holes) == ["H1", "H2", "H4"] and holes["H4"].length == 30.0


def test_bad_surveys_are_reported_and_skipped():
    surveys = SURVEYS + [("H1", 60.0, 90.0, -60.0), ("H1", 0.0, 95.0, -61.0), ("H1", 20.0, 90.0, -95.0),
                         ("H1", "x", 90.0, -60.0), ("H9", 0.0, 0.0, -50.0), ("H9", 10.0, 0.0, -50.0)]
    holes, problems = read(surveys=surveys)
    assert problems == [
        "surveys row 4 (hole H1): depth 60 m is deeper than the hole (50 m); row skipped.",
        "surveys row 6 (hole H1): dip -95 is outside -90 to 90 degrees; row skipped.",
        "surveys row 7 (hole H1): depth 'x' not a number; row skipped.",
        "surveys rows 8-9 (hole H9): hole H9 is not in the collar table; 2 rows skipped.",
        "surveys row 5 (hole H1): depth 0 m is surveyed twice (row 1); row skipped.",
    ]
    np.testing.assert_array_equal(holes["H1"].surveys, [[0.0, 90.0, -60.0]])


def test_bad_assays_are_reported_with_hole_and_row_and_the_rest_compiled():
    assays = ASSAYS + [("H1", 2.5, 4.0, 3.0), ("H1", 6.0, 5.0, 3.0), ("H1", 49.0, 51.0, 3.0), ("XX", 0, 1, 5.0),
                       ("XX", 1, 2, 5.0), ("H1", 7.0, 8.0, "abc"), ("H1", 8.0, 9.0, "<0.01"), ("H1", 9.0, 10.0, -1.0),
                       ("H1", 10.0, 11.0, None), ("H1", None, 11.0, 1.0)]
    holes, problems = read(assays=assays)
    assert problems == [
        "assays row 6 (hole H1): interval 6-5 m is inverted or empty (to must be deeper than from); row skipped.",
        "assays row 7 (hole H1): interval 49-51 m goes deeper than the hole (50 m); row skipped.",
        "assays row 10 (hole H1): Au grade 'abc' is not a number; row skipped.",
        "assays row 12 (hole H1): Au grade -1 is negative (write below-detection values as '<0.005', read as half the "
        "limit); row skipped.",
        "assays row 13 (hole H1): Au grade (blank) is not a number; row skipped.",
        "assays row 14 (hole H1): from (blank) not a number; row skipped.",
        "assays rows 8-9 (hole XX): hole XX is not in the collar table; 2 rows skipped.",
        "assays row 5 (hole H1): interval 2.5-4 m overlaps 2-3 m (row 3); row skipped.",
    ]
    np.testing.assert_allclose(holes["H1"].assays, [[0, 1, 0.1], [1, 2, 2.0], [2, 3, 1.0], [8, 9, 0.005]])
    compiled = drillholes.compile_hole(holes["H1"])
    assert [(c.from_m, c.to_m) for c in compiled.intercepts] == [(1.0, 3.0)]
    assert compiled.intercepts[0].grade == pytest.approx(1.5)


@pytest.mark.parametrize("text, grade", [
    (4.1, 4.1), ("4.10", 4.1), (" 0.5 ", 0.5), ("<0.005", 0.0025), ("< 0.01", 0.005), (">10", 10.0), ("-0.005", -0.005),
    ("NS", None), ("", None), (None, None), ("<", None), ("<0", None), ("nan", None), (True, None)])
def test_grades_as_laboratories_write_them(text, grade):
    assert drillholes.parse_grade(text) == (pytest.approx(grade) if grade is not None else None)


def test_hole_ids_written_as_numbers_match_across_tables():
    holes, problems = read(collars=[(12, 0.0, 0.0, 0.0, 10.0)], surveys=[("12", 0, 0, -90)],
                           assays=[(12.0, 0, 1, 1.0)])
    assert problems == [] and list(holes) == ["12"] and len(holes["12"].assays) == 1


def test_all_upward_dips_suggest_the_other_convention():
    _, problems = read(surveys=[(h, d, a, -dip) for h, d, a, dip in SURVEYS])
    assert problems == ["surveys: every dip is positive, so with the negative-downward dip convention every hole "
                        "points up out of the ground. If that is wrong, switch the dip convention "
                        "(DIP_NEGATIVE_DOWN)."]


def test_hole_of_unknown_length_is_skipped():
    holes, problems = read(collars=COLLARS + [("H5", 0.0, 0.0, 0.0)], assays=ASSAYS)
    assert "H5" not in holes
    assert problems[-1] == ("collars row 3 (hole H5): no max depth and no survey or assay below the collar, so the "
                            "hole's length is unknown; hole skipped. Give its max depth.")


@pytest.mark.parametrize("collars, surveys, assays, message", [
    ([], SURVEYS, ASSAYS, "The collar table has no rows"),
    ([("H1", "a", "b", "c")], SURVEYS, ASSAYS, r"None of the 1 collar rows could be used \(collars row 1 \(hole H1\)"),
    (COLLARS, SURVEYS, [], "The assay table has no rows"),
    (COLLARS, SURVEYS, [("DDH-1", 0, 1, 1.0), ("DDH-2", 0, 1, 1.0)],
     r"None of the 2 assays rows names a hole in the collar table \(assays give 'DDH-1', 'DDH-2'; collars give "
     r"'H1', 'H2'\)\. Check that the hole id fields"),
    (COLLARS, [("DDH-1", 0, 0, -90)], ASSAYS, "None of the 1 surveys rows names a hole in the collar table"),
    (COLLARS, SURVEYS, [("H1", 0, 1, "n/a"), ("H2", 0, 1, "n/a")],
     r"None of the 2 assay rows could be used \(first problem: assays row 1 \(hole H1\): Au grade 'n/a' is not a "
     r"number; row skipped\.\)\. Check that the from, to and Au fields"),
])
def test_nothing_to_compile_is_a_clear_error(collars, surveys, assays, message):
    with pytest.raises(ValueError, match=message):
        drillholes.read_tables(collars, surveys, assays)


# ----------------------------------------------------------------------------------------------------------------
# Compositing against hand computation


def composites(samples, cutoff=0.5, min_interval=1.0, max_internal_dilution=2.0):
    """(from, to, grade) of the composites of (from, to, grade) samples."""
    from_m, to_m, grades = np.array(samples, dtype=float).T
    return [(c.from_m, c.to_m, round(c.grade, 9)) for c in
            drillholes.composite(from_m, to_m, grades, cutoff, min_interval, max_internal_dilution)]


def test_composite_is_length_weighted_and_starts_and_ends_above_cutoff():
    samples = [(0, 1, 0.2), (1, 2, 2.0), (2, 3.5, 1.0), (3.5, 4, 0.1)]
    assert composites(samples) == [(1.0, 3.5, round((2.0 * 1 + 1.0 * 1.5) / 2.5, 9))]  # 1.4 g/t over 2.5 m


def test_internal_dilution_up_to_the_limit_is_included():
    samples = [(0, 1, 3.0), (1, 2, 0.1), (2, 3, 0.2), (3, 4, 2.0)]
    assert composites(samples, max_internal_dilution=2.0) == [(0.0, 4.0, round((3 + 0.1 + 0.2 + 2) / 4, 9))]
    assert composites(samples, max_internal_dilution=1.5) == [(0.0, 1.0, 3.0), (3.0, 4.0, 2.0)]


def test_dilution_that_pulls_the_composite_below_cutoff_splits_it():
    samples = [(0, 1, 0.6), (1, 3, 0.1), (3, 4, 0.7)]  # together (0.6 + 0.2 + 0.7) / 4 = 0.375 < 0.5
    assert composites(samples) == [(0.0, 1.0, 0.6), (3.0, 4.0, 0.7)]
    assert composites(samples, cutoff=0.3) == [(0.0, 4.0, 0.375)]


def test_unsampled_gaps_count_as_zero_grade_dilution():
    samples = [(0, 1, 2.0), (2, 3, 2.0)]  # 1 m unsampled between
    assert composites(samples, max_internal_dilution=1.0) == [(0.0, 3.0, round(4 / 3, 9))]
    assert composites(samples, max_internal_dilution=0.5) == [(0.0, 1.0, 2.0), (2.0, 3.0, 2.0)]


def test_dilution_is_joined_top_down():
    # 0-1 m at 1.0, 1 m at 0, 2-3 m at 0.6, 1 m at 0, 4-5 m at 5.0 (cut-off 0.5)
    samples = [(0, 1, 1.0), (1, 2, 0.0), (2, 3, 0.6), (3, 4, 0.0), (4, 5, 5.0)]
    # first join: (1 + 0 + 0.6) / 3 = 0.533 >= 0.5; next: (1.6 + 0 + 5) / 5 = 1.32 >= 0.5
    assert composites(samples) == [(0.0, 5.0, 1.32)]


def test_composites_shorter_than_the_minimum_interval_are_dropped():
    samples = [(0, 0.5, 10.0), (5, 7, 1.0)]
    assert composites(samples, min_interval=1.0) == [(5.0, 7.0, 1.0)]
    assert composites(samples, min_interval=0.5) == [(0.0, 0.5, 10.0), (5.0, 7.0, 1.0)]


def test_named_demo_intercepts_from_their_samples():
    for samples, label in ((demo.NAMED_INTERCEPTS["CZ-88-04"], "6.9 g/t Au over 3.8 m"),
                           (demo.NAMED_INTERCEPTS["CZ-89-07"], "87.7 g/t Au over 1.5 m")):
        ends = np.cumsum([0.0] + [length for length, _ in samples]) + 100.0
        rows = [(100.0 - 1, 100.0, 0.1)] + [(a, b, g) for a, b, (_, g) in zip(ends[:-1], ends[1:], samples)]
        found = drillholes.composite(*np.array(rows).T, cutoff=0.5)
        assert len(found) == 1 and drillholes.intercept_label(found[0].grade, found[0].length_m) == label


def test_intercept_labels():
    assert drillholes.intercept_label(6.9, 3.8) == "6.9 g/t Au over 3.8 m"
    assert drillholes.intercept_label(87.7, 1.5) == "87.7 g/t Au over 1.5 m"
    assert drillholes.intercept_label(0.734, 12.04) == "0.73 g/t Au over 12.0 m"
    composite = drillholes.composite([50.5, 51.05], [51.05, 51.6], [15.72, 8.38], cutoff=0.5)[0]  # 12.05 g/t
    assert composite.grade < 12.05  # in floating point
    assert drillholes.intercept_label(composite.grade, composite.length_m) == "12.1 g/t Au over 1.1 m"


@pytest.mark.parametrize("cutoff, min_interval, dilution, message", [
    (0.0, 1.0, 2.0, "The cut-off must be above 0 g/t"),
    (0.5, -1.0, 2.0, "cannot be negative"),
    (0.5, 1.0, -2.0, "cannot be negative"),
])
def test_bad_compositing_parameters(cutoff, min_interval, dilution, message):
    with pytest.raises(ValueError, match=message):
        drillholes.composite([0.0], [1.0], [1.0], cutoff, min_interval, dilution)


def test_intercept_mid_point_and_vertical_depth():
    holes, _ = read(assays=[("H1", 10.0, 14.0, 2.0), ("H2", 0, 1, 0.1)])
    (intercept,) = drillholes.compile_hole(holes["H1"]).intercepts
    # straight hole dipping 60 degrees east: mid-point 12 m down the hole
    np.testing.assert_allclose(intercept.position, [1000 + 12 * np.cos(np.pi / 3), 2000, 300 - 12 * np.sin(np.pi / 3)],
                               atol=0.01)
    assert intercept.vertical_depth_m == pytest.approx(12 * np.sin(np.pi / 3), abs=0.01)
    assert intercept.hole_id == "H1" and intercept.label == "2.0 g/t Au over 4.0 m"
    assert intercept.grade_x_length == pytest.approx(8.0)


def test_hole_summary_best_intercept_max_grade_deepest_level():
    holes, _ = read(assays=[("H1", 1, 2, 20.0), ("H1", 10, 20, 3.0), ("H1", 30, 31, 0.2), ("H2", 0, 1, 0.1)])
    compiled = drillholes.compile_hole(holes["H1"])
    assert compiled.best.label == "3.0 g/t Au over 10.0 m"  # 30 g/t x m beats 20 g/t x m
    assert compiled.max_grade == 20.0
    assert compiled.deepest_vertical_m == pytest.approx(50 * np.sin(np.pi / 3), abs=0.01)
    assert drillholes.compile_hole(holes["H2"]).best is None


# ----------------------------------------------------------------------------------------------------------------
# Deepest level tested


def test_tested_depth_around_a_vertical_hole():
    grid = GridSpec(0.0, 100.0, 10.0, 10.0, 10, 10)
    trace = np.array([[45.0, 55.0, 300.0], [45.0, 55.0, 200.0]])  # a 100 m vertical hole at a cell centre
    depth = drillholes.tested_depth([trace], grid, 20.0)
    x, y = grid.mesh()
    near = np.hypot(x - 45, y - 55) <= 20.0
    np.testing.assert_allclose(depth[near], 100.0)
    assert np.isnan(depth[~near]).all()


def test_tested_depth_keeps_the_deepest_hole_and_follows_an_inclined_trace():
    grid = GridSpec(0.0, 100.0, 10.0, 10.0, 10, 20)
    inclined = np.array([[5.0, 55.0, 0.0], [105.0, 55.0, -100.0]])  # 45 degrees east, 100 m vertical at the end
    shallow = np.array([[55.0, 55.0, 0.0], [55.0, 55.0, -20.0]])
    depth = drillholes.tested_depth([inclined, shallow], grid, 10.0)
    row, col = grid.index_of([55.0, 105.0, 175.0], [55.0, 55.0, 55.0])
    # within 10 m of x = 55 the inclined hole reaches x = 65, 60 m down (deeper than the 20 m hole)
    np.testing.assert_allclose(depth[row[:2], col[:2]], [60.0, 100.0], atol=1.0)
    assert np.isnan(depth[row[2], col[2]])


def test_tested_depth_needs_a_positive_radius():
    with pytest.raises(ValueError, match="search radius must be a positive"):
        drillholes.tested_depth([np.zeros((2, 3))], GridSpec(0, 10, 1, 1, 10, 10), 0.0)


def test_grid_around_traces_snaps_to_the_cell_size():
    grid = drillholes.grid_around([np.array([[1012.0, 2033.0, 0.0], [1160.0, 2090.0, -50.0]])], 25.0, 50.0)
    assert (grid.west, grid.north, grid.south, grid.east) == (950.0, 2150.0, 1975.0, 1225.0)


# ----------------------------------------------------------------------------------------------------------------
# The demo property: its intercepts and its tested depth are where the generator put them


@pytest.fixture(scope="module")
def demo_compiled(demo_property):
    collars, surveys, assays = (demo_property.layers[k].rows for k in ("collars", "surveys", "assays"))
    holes, problems = drillholes.read_tables(
        [(r["hole_id"], r["x"], r["y"], r["z"], r["length_m"]) for r in collars],
        [(r["hole_id"], r["depth_m"], r["azimuth"], r["dip"]) for r in surveys],
        [(r["hole_id"], r["from_m"], r["to_m"], r["au_gpt"]) for r in assays])
    return drillholes.compile_holes(holes), problems


def zone_ring(name):
    return np.asarray(demo.ORIGIN) + demo.gold_zone_outline(name)


def test_demo_named_intercepts_are_found_in_their_holes_inside_the_central_zone(demo_compiled):
    compiled, _ = demo_compiled
    by_hole = {c.hole.hole_id: c for c in compiled}
    for hole_id, label in (("CZ-88-04", "6.9 g/t Au over 3.8 m"), ("CZ-89-07", "87.7 g/t Au over 1.5 m")):
        found = [i for i in by_hole[hole_id].intercepts if i.label == label]
        assert len(found) == 1
        assert points_in_polygon(found[0].position[:2], zone_ring("Central Zone"))[0]
    drilled = {hole_id for hole_id, *_ in demo.HOLE_PLAN}
    assert {c.hole.hole_id for c in compiled if c.intercepts} == drilled  # barren holes stay barren


def test_demo_central_zone_tested_to_about_125_m_and_new_west_zone_untested(demo_compiled):
    compiled, _ = demo_compiled
    traces = [c.trace for c in compiled]
    grid = drillholes.grid_around(traces + [np.column_stack([zone_ring("New West Zone"), np.zeros(12 * 2)])],
                                  25.0, 50.0)
    depth = drillholes.tested_depth(traces, grid, 50.0)
    cells = np.column_stack([m.ravel() for m in grid.mesh()])
    central = points_in_polygon(cells, zone_ring("Central Zone")).reshape(grid.shape)
    new_west = points_in_polygon(cells, zone_ring("New West Zone")).reshape(grid.shape)
    assert central.sum() > 20 and new_west.sum() > 20
    assert np.nanmax(depth[central]) == pytest.approx(demo.GOLD_ZONES["Central Zone"][4], abs=4.0)
    assert np.isnan(depth[new_west]).all()
