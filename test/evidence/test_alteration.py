"""Alteration logs as evidence against hand computations and an independent brute force.

Known answers: a vertical hole and a straight inclined hole whose mid-points, vertical depths, lengths inside the
depth window and hole values are worked out here by hand. Random families (declared seeds) of straight holes, where
the part of an interval inside a window of vertical depth is found analytically (vertical depth = distance along the
hole x sin(plunge)), and of curved holes, where it is counted on a trace sampled every 5 mm; the map against inverse
distance written out cell by cell over every hole.
"""
import math

import numpy as np
import pytest

from lodestone.science.evidence import alteration as alt
from lodestone.science.evidence import drillholes
from lodestone.science.grid import GridSpec
from lodestone.science.progress import Cancelled

SEEDS = range(25)
FIELDS = ("carbonate", "sericite", "fuchsite")


def compiled(collars, logs, surveys=(), window=(None, None), combine="sum", summary="mean", fields=FIELDS):
    holes, problems = alt.read_logs(collars, surveys, logs, fields)
    return alt.compile_logs(holes, combine, alt.check_window(*window), summary), problems


# ----------------------------------------------------------------------------------------------------------------
# Known answers


def test_a_vertical_hole_gives_known_points_window_lengths_and_value():
    collars = [("V1", 1000.0, 2000.0, 300.0, 100.0)]
    logs = [("V1", 0, 20, 1, 1, 0), ("V1", 20, 60, 2, 1, 1), ("V1", 60, 70, 0, 0, 0)]
    (log,), problems = compiled(collars, logs, window=(10, 50))
    assert [str(p) for p in problems] == ["surveys (hole V1): no survey rows; the hole is treated as vertical (dip "
                                          "-90)."]
    np.testing.assert_allclose(log.positions, [(1000, 2000, 290), (1000, 2000, 260), (1000, 2000, 235)])
    np.testing.assert_allclose(log.vertical_depth_m, [10, 40, 65])
    np.testing.assert_allclose(log.index, [2, 4, 0])
    np.testing.assert_allclose(log.window_m, [10, 30, 0])  # 10-20 and 20-50 m of the window; 60-70 below it
    # by hand: (2 x 10 + 4 x 30) / 40, at the centre of the logging inside the window, 30 m down the hole
    assert log.sample.value == pytest.approx(3.5)
    assert log.sample.window_m == pytest.approx(40.0)
    assert log.sample.position == pytest.approx((1000.0, 2000.0, 270.0))
    assert (log.sample.depth_m, log.sample.vertical_depth_m) == pytest.approx((30.0, 30.0))


@pytest.mark.parametrize("combine, summary, value", [
    ("sum", "mean", 3.5), ("sum", "max", 4.0), ("max", "mean", (1 * 10 + 2 * 30) / 40), ("max", "max", 2.0)])
def test_the_index_and_the_hole_value_by_each_rule(combine, summary, value):
    collars = [("V1", 0.0, 0.0, 100.0, 100.0)]
    logs = [("V1", 0, 20, 1, 1, 0), ("V1", 20, 60, 2, 1, 1), ("V1", 60, 70, 3, 3, 3)]  # the last is below the window
    (log,), _ = compiled(collars, logs, window=(10, 50), combine=combine, summary=summary)
    assert log.sample.value == pytest.approx(value)


def test_unlogged_gaps_are_left_out_of_the_mean_not_counted_as_zero():
    collars = [("V1", 0.0, 0.0, 100.0)]
    logs = [("V1", 0, 10, 3, 0, 0), ("V1", 30, 40, 1, 0, 0)]  # 10-30 m not logged
    (log,), _ = compiled(collars, logs)
    assert log.sample.value == pytest.approx((3 * 10 + 1 * 10) / 20)
    assert log.sample.depth_m == pytest.approx((5 * 10 + 35 * 10) / 20)  # the centre of the logging, 20 m


def test_a_straight_inclined_hole_by_hand():
    """Drilled towards 090 at 60 degrees: 0.5 m east and sin 60 m down for each metre along the hole."""
    collars = [("I1", 500.0, 800.0, 200.0, 120.0)]
    surveys = [("I1", 0.0, 90.0, -60.0)]
    logs = [("I1", 10, 30, 1, 0, 0), ("I1", 30, 50, 2, 2, 2), ("I1", 80, 100, 3, 3, 3)]
    sin = math.sin(math.radians(60))
    (log,), problems = compiled(collars, logs, surveys, window=(20, 60))
    assert problems == []
    middles = np.array([20.0, 40.0, 90.0])
    np.testing.assert_allclose(log.positions, np.column_stack([500 + middles / 2, np.full(3, 800.0),
                                                               200 - middles * sin]), atol=1e-9)
    np.testing.assert_allclose(log.vertical_depth_m, middles * sin)
    top = 20 / sin  # the window along the hole: 23.09-69.28 m, so the third interval (80-100 m) is below it
    np.testing.assert_allclose(log.window_m, [30 - top, 50 - 30, 0.0])
    assert log.sample.value == pytest.approx((1 * (30 - top) + 6 * 20) / (50 - top))
    centre = (top + 50) / 2
    assert log.sample.position == pytest.approx((500 + centre / 2, 800.0, 200 - centre * sin))
    assert log.sample.vertical_depth_m == pytest.approx(centre * sin)


def test_an_open_window_reaches_the_bottom_and_a_hole_outside_it_is_not_mapped():
    collars = [("A", 0.0, 0.0, 100.0), ("B", 50.0, 0.0, 100.0)]
    logs = [("A", 0, 10, 1, 1, 1), ("A", 150, 160, 2, 0, 0), ("B", 0, 30, 1, 0, 0)]
    logs_, _ = compiled(collars, logs, window=(100, None))
    by_id = {log.logged.hole.hole_id: log for log in logs_}
    assert by_id["A"].sample.value == pytest.approx(2.0) and by_id["A"].sample.depth_m == pytest.approx(155.0)
    assert by_id["B"].sample is None and by_id["B"].window_m.tolist() == [0.0]


def test_text_numbers_as_a_csv_file_gives_them_are_read():
    collars = [("7", "10", "20", "300", "")]
    logs = [(7.0, "0", "12.5", "2", " 1 ", "0")]  # hole 7.0 is hole '7'
    (log,), _ = compiled(collars, logs)
    assert log.logged.intervals.tolist() == [[0.0, 12.5]] and log.index.tolist() == [3.0]


# ----------------------------------------------------------------------------------------------------------------
# The map


def sample(hole_id, x, y, value):
    return alt.HoleSample(hole_id, (x, y, 0.0), 0.0, 0.0, value, 1.0)


def brute_force_idw(samples, grid, radius, power=2.0):
    """Inverse distance written out: each cell centre, every sample within the radius, 1/d**power; a sample on the
    centre gives its value; NaN with none."""
    east, north = grid.mesh()
    out = np.full(grid.shape, np.nan)
    for r in range(grid.rows):
        for c in range(grid.cols):
            weights, values = [], []
            for s in samples:
                d = math.hypot(east[r, c] - s.position[0], north[r, c] - s.position[1])
                if d == 0:
                    weights, values = [1.0], [s.value]
                    break
                if d <= radius:
                    weights.append(d ** -power)
                    values.append(s.value)
            if weights:
                out[r, c] = np.dot(weights, values) / np.sum(weights)
    return out


def test_idw_gives_each_hole_its_value_stays_in_range_and_is_nodata_beyond_the_radius():
    grid = GridSpec(0.0, 500.0, 10.0, 10.0, 50, 50)
    samples = [sample("A", 105.0, 395.0, 1.0), sample("B", 205.0, 255.0, 6.0), sample("C", 355.0, 305.0, 3.5)]
    radius = 120.0
    values = alt.alteration_map(samples, grid, radius)
    for s in samples:
        row, col = grid.index_of(s.position[0], s.position[1])
        assert values[row, col] == pytest.approx(s.value)
    finite = values[np.isfinite(values)]
    assert finite.min() >= 1.0 - 1e-12 and finite.max() <= 6.0 + 1e-12
    east, north = grid.mesh()
    nearest = np.min([np.hypot(east - s.position[0], north - s.position[1]) for s in samples], axis=0)
    np.testing.assert_array_equal(np.isfinite(values), nearest <= radius)
    np.testing.assert_allclose(values, brute_force_idw(samples, grid, radius), rtol=1e-12, equal_nan=True)


def test_the_map_grid_covers_the_holes_plus_the_radius_on_multiples_of_the_cell_size():
    grid = alt.map_grid([sample("A", 1003.0, 2011.0, 1), sample("B", 1242.0, 2100.0, 2)], 25.0, 100.0)
    assert (grid.west, grid.south, grid.east, grid.north) == (900.0, 1900.0, 1350.0, 2200.0)
    bounded = alt.map_grid([sample("A", 0, 0, 1)], 10.0, 50.0, bounds=(0.0, 0.0, 95.0, 40.0))
    assert (bounded.cols, bounded.rows, bounded.west, bounded.north) == (10, 4, 0.0, 40.0)


# ----------------------------------------------------------------------------------------------------------------
# Random families against an independent computation


def random_log(rng, length):
    """Intervals with gaps down to ``length`` m, intensities 0-3: rows (from, to, carbonate, sericite, fuchsite)."""
    rows, depth = [], float(rng.uniform(0, 10))
    while depth < length - 1:
        end = min(length, depth + float(rng.uniform(0.5, 25)))
        rows.append((round(depth, 2), round(end, 2), *rng.integers(0, 4, 3).tolist()))
        depth = end + (float(rng.uniform(0, 8)) if rng.random() < 0.3 else 0.0)
    return rows


def random_window(rng):
    top = float(rng.choice([0.0, rng.uniform(0, 80)]))
    bottom = None if rng.random() < 0.25 else top + float(rng.uniform(5, 150))
    return (None if top == 0 and rng.random() < 0.5 else top), bottom


def expected_hole(rows, inside_of, position_at, combine, summary):
    """The hole's value, its position, and each interval's length inside the window, from ``inside_of(from, to)``
    (length inside, centre of the inside part along the hole) and ``position_at(depth)``."""
    parts = [inside_of(start, end) for start, end, *_ in rows]
    index = np.array([sum(row[2:]) if combine == "sum" else max(row[2:]) for row in rows], dtype=float)
    lengths = np.array([length for length, _ in parts])
    if lengths.sum() <= 1e-6:
        return None, None, lengths
    reached = lengths > 1e-6
    value = np.sum(index * lengths) / lengths.sum() if summary == "mean" else index[reached].max()
    centre = sum(length * middle for length, middle in parts if length > 0) / lengths.sum()
    return value, position_at(centre), lengths


@pytest.mark.parametrize("seed", SEEDS)
def test_straight_holes_against_the_analytic_window_and_idw_written_out(seed):
    rng = np.random.default_rng(seed)
    combine, summary = rng.choice(alt.COMBINE), rng.choice(alt.SUMMARY)
    window = random_window(rng)
    top, bottom = alt.check_window(*window)
    collars, surveys, logs, expected = [], [], [], {}
    for k in range(int(rng.integers(3, 9))):
        hole_id = f"H{k}"
        collar = np.array([rng.uniform(0, 800), rng.uniform(0, 800), rng.uniform(250, 350)])
        azimuth, plunge = float(rng.uniform(0, 360)), float(rng.choice([90.0, rng.uniform(40, 89)]))
        length = float(rng.uniform(60, 250))
        direction = np.array([math.cos(math.radians(plunge)) * math.sin(math.radians(azimuth)),
                              math.cos(math.radians(plunge)) * math.cos(math.radians(azimuth)),
                              -math.sin(math.radians(plunge))])
        collars.append((hole_id, *collar, length))
        surveys.append((hole_id, 0.0, azimuth, -plunge))
        rows = random_log(rng, length)
        logs += [(hole_id, *row) for row in rows]
        sin = math.sin(math.radians(plunge))
        along = (top / sin, bottom / sin)  # the window along the hole

        def inside_of(start, end, along=along):
            low, high = max(start, along[0]), min(end, along[1])
            return max(0.0, high - low), (low + high) / 2

        expected[hole_id] = (rows, collar, direction, expected_hole(rows, inside_of, lambda d, c=collar,
                                                                    u=direction: c + u * d, combine, summary))
    if not any(e[3][0] is not None for e in expected.values()):
        with pytest.raises(ValueError, match="No logged interval lies within the depth window"):
            compiled(collars, logs, surveys, window, combine, summary)
        return
    logs_, problems = compiled(collars, logs, surveys, window, combine, summary)
    assert problems == []
    samples = []
    for log in logs_:
        rows, collar, direction, (value, position, lengths) = expected[log.logged.hole.hole_id]
        middles = np.array([(start + end) / 2 for start, end, *_ in rows])
        np.testing.assert_allclose(log.positions, collar + middles[:, None] * direction, atol=1e-6)
        np.testing.assert_allclose(log.vertical_depth_m, collar[2] - (collar[2] + middles * direction[2]), atol=1e-6)
        np.testing.assert_allclose(log.window_m, lengths, atol=1e-6)
        if value is None:
            assert log.sample is None
            continue
        assert log.sample.value == pytest.approx(value, rel=1e-9)
        assert log.sample.position == pytest.approx(tuple(position), abs=1e-6)
        samples.append(log.sample)
    radius = float(rng.uniform(60, 300))
    grid = alt.map_grid(samples, float(rng.uniform(15, 40)), radius)
    np.testing.assert_allclose(alt.alteration_map(samples, grid, radius), brute_force_idw(samples, grid, radius),
                               rtol=1e-9, equal_nan=True)


@pytest.mark.parametrize("seed", SEEDS)
def test_curved_holes_against_a_trace_sampled_every_5_mm(seed):
    rng = np.random.default_rng(1000 + seed)
    combine, summary = rng.choice(alt.COMBINE), "mean"  # the largest index is exact on straight holes (above)
    collar = (0.0, 0.0, 300.0)
    length = float(rng.uniform(100, 300))
    stations = np.arange(0.0, length, float(rng.uniform(20, 60)))
    azimuths = rng.uniform(0, 360) + np.cumsum(rng.uniform(-4, 4, stations.size))
    dips = np.clip(-rng.uniform(45, 85) + np.cumsum(rng.uniform(-3, 3, stations.size)), -89.5, -5)
    rows = random_log(rng, length)
    top = float(rng.uniform(0, 100))
    window = (top, top + float(rng.uniform(20, 150)))
    fine = np.arange(0.0, length + 0.005, 0.005)
    depth = collar[2] - drillholes.desurvey(collar, stations, azimuths, dips, fine)[:, 2]
    in_window = (depth >= window[0]) & (depth <= window[1])

    def inside_of(start, end):
        steps = in_window[:-1] & in_window[1:] & (fine[:-1] >= start - 1e-9) & (fine[1:] <= end + 1e-9)
        along = fine[:-1][steps] + 0.0025
        return 0.005 * steps.sum(), along.mean() if steps.any() else 0.0

    value, position, lengths = expected_hole(
        rows, inside_of, lambda d: drillholes.desurvey(collar, stations, azimuths, dips, [d])[0], combine, summary)
    holes, problems = alt.read_logs([("C1", *collar, length)],
                                    [("C1", d, a, p) for d, a, p in zip(stations, azimuths, dips)],
                                    [("C1", *row) for row in rows], FIELDS)
    assert problems == []
    if value is None:
        with pytest.raises(ValueError, match="No logged interval lies within the depth window"):
            alt.compile_logs(holes, combine, window, summary)
        return
    (log,) = alt.compile_logs(holes, combine, window, summary)
    np.testing.assert_allclose(log.window_m, lengths, atol=0.02)  # the trace's 5 mm steps at each end
    assert log.sample.value == pytest.approx(value, rel=0.002, abs=0.002)
    assert np.allclose(log.sample.position, position, atol=0.05)


# ----------------------------------------------------------------------------------------------------------------
# Wrong inputs


COLLARS = [("A", 0.0, 0.0, 100.0, 80.0), ("B", 100.0, 0.0, 100.0, 80.0)]


def test_no_intensity_field_is_refused():
    with pytest.raises(ValueError, match="No intensity field was picked"):
        alt.read_logs(COLLARS, [], [("A", 0, 10)], [])


def test_a_field_of_text_is_refused_naming_it_and_its_values():
    logs = [("A", 0, 10, 1, "strong"), ("A", 10, 20, 2, "weak")]
    with pytest.raises(ValueError, match="The intensity field 'rock' holds text such as 'strong', 'weak', not "
                                         "numbers"):
        alt.read_logs(COLLARS, [], logs, ["sericite", "rock"])
    with pytest.raises(ValueError, match="'fuchsite' is empty in every row"):
        alt.read_logs(COLLARS, [], [("A", 0, 10, 1, None)], ["sericite", "fuchsite"])


def test_holes_without_a_collar_are_listed_and_refused_only_when_none_match():
    logs = [("A", 0, 10, 1, 1, 1), ("Z9", 0, 10, 1, 1, 1), ("Z9", 10, 20, 1, 1, 1), ("Y1", 5, 6, 0, 0, 0)]
    holes, problems = alt.read_logs(COLLARS, [], logs, FIELDS)
    listed = [str(p) for p in problems if p.table == "logs"]
    assert listed == ["logs rows 2-3 (hole Z9): hole Z9 is not in the collar table; 2 rows skipped.",
                      "logs row 4 (hole Y1): hole Y1 is not in the collar table; 1 row skipped."]
    assert [len(h.intervals) for h in holes] == [1, 0]
    with pytest.raises(ValueError, match="None of the 2 logs rows names a hole in the collar table"):
        alt.read_logs(COLLARS, [], logs[1:3], FIELDS)


def test_inverted_overlapping_too_deep_and_negative_rows_are_skipped_and_listed():
    logs = [("A", 10, 10, 1, 1, 1), ("A", 20, 15, 1, 1, 1), ("A", 0, 12, 1, 1, 1), ("A", 11, 14, 2, 2, 2),
            ("A", 70, 90, 1, 1, 1), ("B", 0, 5, 1, -99, 1), ("B", 5, 9, 1, None, 1), ("B", 9, 12, 1, 1, 1)]
    holes, problems = alt.read_logs(COLLARS, [], logs, FIELDS)
    listed = sorted(str(p) for p in problems if p.table == "logs")
    assert listed == sorted([
        "logs row 1 (hole A): interval 10-10 m is inverted or empty (to must be deeper than from); row skipped.",
        "logs row 2 (hole A): interval 20-15 m is inverted or empty (to must be deeper than from); row skipped.",
        "logs row 4 (hole A): interval 11-14 m overlaps 0-12 m (row 3); row skipped.",
        "logs row 5 (hole A): interval 70-90 m goes deeper than the hole (80 m); row skipped.",
        "logs row 6 (hole B): intensity 'sericite' -99 is negative (a 'not logged' code is not an intensity); row "
        "skipped.",
        "logs row 7 (hole B): 'sericite' (blank) not a number; row skipped."])
    assert [h.intervals.tolist() for h in holes] == [[[0, 12]], [[9, 12]]]
    assert holes[1].intensities.tolist() == [[1, 1, 1]]


def test_a_log_of_which_no_row_can_be_used_is_refused_with_the_first_problem():
    with pytest.raises(ValueError, match=r"None of the 2 log rows could be used \(first problem: logs row 1 \(hole "
                                         r"A\): interval 5-5 m is inverted"):
        alt.read_logs(COLLARS, [], [("A", 5, 5, 1, 1, 1), ("B", 9, 3, 1, 1, 1)], FIELDS)
    with pytest.raises(ValueError, match="The alteration log has no rows"):
        alt.read_logs(COLLARS, [], [], FIELDS)


def test_no_interval_in_the_window_names_the_depths_the_logs_span():
    holes, _ = alt.read_logs(COLLARS, [], [("A", 5, 20, 1, 1, 1), ("B", 10, 40, 1, 1, 1)], FIELDS)
    with pytest.raises(ValueError, match=r"depth window \(50-80 m below the collar\): the logs span 5.0-40.0 m "
                                         "vertical depth"):
        alt.compile_logs(holes, window=alt.check_window(50, 80))


@pytest.mark.parametrize("window, message", [((50, 50), "must be above its bottom"), ((60, 20), "MIN_DEPTH smaller"),
                                             ((-5, None), "0 or more")])
def test_a_window_without_depth_is_refused(window, message):
    with pytest.raises(ValueError, match=message):
        alt.check_window(*window)


def test_a_map_with_no_cell_near_a_hole_or_no_size_is_refused():
    samples = [sample("A", 0.0, 0.0, 1.0)]
    with pytest.raises(ValueError, match="No cell centre of the map lies within the search radius"):
        alt.alteration_map(samples, GridSpec(5000.0, 6000.0, 10.0, 10.0, 10, 10), 100.0)
    with pytest.raises(ValueError, match="must be positive distances"):
        alt.map_grid(samples, 0.0, 100.0)


def test_cancel_stops_compiling_and_mapping():
    holes, _ = alt.read_logs(COLLARS, [], [("A", 0, 10, 1, 1, 1), ("B", 0, 10, 2, 2, 2)], FIELDS)
    with pytest.raises(Cancelled):
        alt.compile_logs(holes, progress=lambda fraction: False)
    samples = [log.sample for log in alt.compile_logs(holes)]
    grid = alt.map_grid(samples, 10.0, 50.0)
    with pytest.raises(Cancelled):
        alt.alteration_map(samples, grid, 50.0, progress=lambda fraction: fraction < 0.5)
