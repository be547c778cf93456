"""The demo property is the test oracle for every later capability: check that it is what it claims to be."""
from datetime import datetime, timezone

import numpy as np
import pytest

from lodestone.science import projection
from lodestone.science.demo import property as demo
from lodestone.science.evidence import drillholes
from lodestone.science.evidence import zonegeometry as zg
from lodestone.science.features import points_in_polygon
from lodestone.science.magnetics import igrf


def coords(table):
    """(n, 2) coordinates of a point table, parsed from its WKT."""
    return np.array([[float(v) for v in wkt[wkt.index("(") + 1:-1].split()] for wkt in table.geometries])


def ring(wkt):
    body = wkt[wkt.index("((") + 2:wkt.index("))")]
    return np.array([[float(v) for v in pair.split()] for pair in body.split(",")])


def shoelace(xy):
    x, y = xy[:, 0], xy[:, 1]
    return 0.5 * abs(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1)))


def test_same_seed_same_property_other_seed_other_noise():
    a, b, c = demo.generate(7), demo.generate(7), demo.generate(8)
    for name, table in a.layers.items():
        assert (table.rows, table.geometries) == (b.layers[name].rows, b.layers[name].geometries), name
    np.testing.assert_array_equal(a.ip_chargeability, b.ip_chargeability)
    for name in ("survey", "assays", "alteration"):
        assert a.layers[name].rows != c.layers[name].rows, name
    assert a.layers["truth_zones"].geometries == c.layers["truth_zones"].geometries  # the geology is fixed
    assert a.layers["collars"].rows == c.layers["collars"].rows  # and so is the drill plan


def test_property_sits_20_km_east_of_desmaraisville(demo_property):
    centre = np.asarray(demo.ORIGIN) + np.asarray(demo.PROPERTY_SIZE) / 2
    lon, lat = projection.utm_to_lonlat(*centre, 18)
    assert abs(lat - 49.6) < 0.05 and abs(lon + 76.2) < 0.05
    desmaraisville = (-76.55, 49.52)  # village on Highway 113
    east_km = (lon - desmaraisville[0]) * 111.32 * np.cos(np.radians(lat))
    assert 15 < east_km < 30


def test_survey_is_68_line_km_of_gps_readings_100_m_apart(demo_property):
    survey = demo_property.layers["survey"]
    lon, lat = survey.column("longitude").astype(float), survey.column("latitude").astype(float)
    east, north = projection.lonlat_to_utm(lon, lat, 18)
    lines = survey.column("line").astype(int)
    lengths = [np.ptp(north[lines == k]) for k in np.unique(lines)]
    assert sum(lengths) / 1000 == pytest.approx(68, abs=1.5)
    line_x = np.array([np.median(east[lines == k]) for k in np.unique(lines)])
    np.testing.assert_allclose(np.diff(line_x), 100.0, atol=2.0)
    step = np.hypot(np.diff(east), np.diff(north))[np.diff(lines) == 0]
    assert 3.0 < np.median(step) < 7.0
    times = [datetime.strptime(t, "%Y-%m-%dT%H:%M:%SZ") for t in survey.column("time")]
    assert all(t2 > t1 for t1, t2 in zip(times, times[1:]))
    assert times[0].date().isoformat() == "2019-10-20"


def test_readings_are_igrf_plus_anomaly_plus_the_base_station_diurnal(demo_property):
    """Removing the IGRF, the noise-free anomaly and the base-station variation leaves only sensor noise: the
    corrections in the magnetics workflow have something real to correct, and the base station explains it."""
    survey, base = demo_property.layers["survey"], demo_property.layers["base_station"]
    lon, lat = survey.column("longitude").astype(float), survey.column("latitude").astype(float)
    east, north = projection.lonlat_to_utm(lon, lat, 18)
    to_seconds = np.vectorize(lambda t: datetime.strptime(t, "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=timezone.utc).timestamp())
    t_read, t_base = to_seconds(survey.column("time")), to_seconds(base.column("time"))
    assert t_base.min() <= t_read.min() and t_base.max() >= t_read.max()
    n, e, d = igrf.igrf_field(lon, lat, demo.GROUND_ELEVATION + demo.SENSOR_HEIGHT, datetime(2019, 10, 21))
    main = np.sqrt(n**2 + e**2 + d**2)
    base_field = base.column("total_field_nt").astype(float)
    diurnal = np.interp(t_read, t_base, base_field - np.median(base_field))
    residual = survey.column("tmi_nt").astype(float) - main - demo.magnetic_anomaly(east, north) - diurnal
    residual -= np.median(residual)  # the base-station datum
    assert np.std(residual) < 1.0
    raw_spread = np.std(survey.column("tmi_nt").astype(float) - main - demo.magnetic_anomaly(east, north))
    assert raw_spread > 3.0  # without the diurnal correction the readings are visibly off


def test_inducing_field_is_the_igrf_at_the_property(demo_property):
    inclination, declination, intensity = demo_property.inducing_field
    assert 72 < inclination < 75 and -16 < declination < -12 and 55000 < intensity < 56000


def test_magnetic_highs_over_bodies_and_dykes_low_over_the_altered_corridor():
    origin = np.asarray(demo.ORIGIN)
    body = demo.corridor_point(demo.STRONG_BODIES[1]) + origin
    corridor = demo.corridor_point(0.5) + origin  # altered, between the two bodies, away from dykes
    normal = np.array([np.sin(np.radians(demo.corridor_azimuth() + 90)), np.cos(np.radians(demo.corridor_azimuth()
                                                                                           + 90))])
    flanks = [corridor + 250 * normal, corridor - 250 * normal]
    at_body, at_corridor = demo.magnetic_anomaly(*body), demo.magnetic_anomaly(*corridor)
    at_flanks = np.mean([demo.magnetic_anomaly(*p) for p in flanks])
    assert at_body > at_flanks + 300
    assert at_corridor < at_flanks - 20
    dyke = demo.DYKES[0]
    on_dyke = np.asarray(dyke.through) + origin + [0, 0]
    beside = on_dyke + 300 * np.array([np.cos(np.radians(dyke.azimuth)), -np.sin(np.radians(dyke.azimuth))])
    assert demo.magnetic_anomaly(*on_dyke) > demo.magnetic_anomaly(*beside) + 200


def test_corridor_is_ne_trending_and_2_2_km_long(demo_property):
    assert demo.corridor_length() == pytest.approx(2200, abs=50)
    assert 40 < demo.corridor_azimuth() < 60
    widths = demo.corridor_width(np.linspace(0, 1, 200))
    assert widths.min() >= 74 and widths.max() <= 150
    zones = demo_property.layers["truth_zones"]
    corridor = [w for r, w in zip(zones.rows, zones.geometries) if r["kind"] == "corridor"]
    area = shoelace(ring(corridor[0]))
    assert area / 2200 == pytest.approx(widths.mean(), rel=0.05)


def test_named_intercepts_are_in_the_assays_with_barren_shoulders(demo_property):
    assays = demo_property.layers["assays"]
    for hole, (grade, length) in {"CZ-88-04": (6.9, 3.8), "CZ-89-07": (87.7, 1.5)}.items():
        rows = [r for r in assays.rows if r["hole_id"] == hole]
        above = [r for r in rows if r["au_gpt"] >= 1.0]
        metres = sum(r["to_m"] - r["from_m"] for r in above)
        assert metres == pytest.approx(length, abs=1e-6)
        assert sum((r["to_m"] - r["from_m"]) * r["au_gpt"] for r in above) / metres == pytest.approx(grade, abs=1e-3)
        assert above[-1]["to_m"] - above[0]["from_m"] == pytest.approx(length)  # contiguous


def _hole_traces(prop):
    collars = {r["hole_id"]: r for r in prop.layers["collars"].rows}
    surveys = prop.layers["surveys"].rows
    for hole, c in collars.items():
        rows = [r for r in surveys if r["hole_id"] == hole]
        depths = np.arange(0, c["length_m"] + 0.1, 1.0)
        yield hole, drillholes.desurvey((c["x"], c["y"], c["z"]), [r["depth_m"] for r in rows],
                                        [r["azimuth"] for r in rows], [r["dip"] for r in rows], depths), c["z"]


def inside(points, polygon):
    return points_in_polygon(points, polygon)


def test_central_zone_drilled_to_about_125_m_and_new_west_zone_never(demo_property):
    origin = np.asarray(demo.ORIGIN)
    central = demo.gold_zone_outline("Central Zone") + origin
    new_west = demo.gold_zone_outline("New West Zone") + origin
    deepest_in_central, holes_near_west = 0.0, []
    for hole, trace, collar_z in _hole_traces(demo_property):
        vertical = collar_z - trace[:, 2]
        near = inside(trace[:, :2], central)
        if near.any():
            deepest_in_central = max(deepest_in_central, vertical[near].max())
        if inside(trace[:, :2], new_west).any():
            holes_near_west.append(hole)
    assert 110 <= deepest_in_central <= 130
    assert holes_near_west == []
    assert new_west[:, 0].mean() < central[:, 0].mean() - 500  # to the west


def test_claims_are_quebec_map_designated_cells_covering_the_property(demo_property):
    claims = demo_property.layers["claims"]
    areas = np.array([shoelace(ring(w)) / 1e4 for w in claims.geometries])
    assert np.all((areas > 50) & (areas < 60))  # 30" x 30" at 49.6 N is about 55.6 ha
    assert len(set(claims.column("claim_no"))) == len(claims) >= 30
    showings = coords(demo_property.layers["showings"])
    covered = np.zeros(len(showings), bool)
    for w in claims.geometries:
        covered |= inside(showings, ring(w))
    assert covered.mean() > 0.8


def test_soils_report_below_detection_and_peak_over_the_central_zone(demo_property):
    soils = demo_property.layers["soil_samples"]
    labels = soils.column("au_ppb")
    below = np.char.startswith(labels.astype(str), "<")
    assert 0.3 < below.mean() < 0.95
    values = np.where(below, 2.5, np.char.lstrip(labels.astype(str), "<").astype(float))
    xy = coords(soils)
    centre = demo.corridor_point(np.mean(demo.GOLD_ZONES["Central Zone"][:2])) + np.asarray(demo.ORIGIN)
    distance = np.hypot(*(xy - centre).T)
    assert np.median(values[distance < 150]) > 5 * np.median(values[distance > 1000])


def test_ip_chargeability_axes_follow_the_corridor(demo_property):
    grid, ip = demo_property.ip_grid, demo_property.ip_chargeability
    east, north = grid.mesh()
    corridor = demo._corridor_outline() + np.asarray(demo.ORIGIN)
    on = inside(np.column_stack([east.ravel(), north.ravel()]), corridor).reshape(ip.shape)
    assert ip[on].mean() > ip[~on].mean() + 8
    assert grid.cell_x == 25.0


def test_roads_water_and_geology_are_there(demo_property):
    roads = demo_property.layers["roads"]
    assert {"highway", "primary forestry", "secondary forestry", "winter road"} <= set(roads.column("class"))
    assert set(demo_property.layers["water"].column("kind")) == {"lake", "wetland"}
    units = set(demo_property.layers["geology"].column("lithology"))
    assert {"mafic dyke", "altered deformation zone", "mafic volcanic"} <= units


# ----------------------------------------------------------------------------------------------------------------
# The Central Zone's drilling: a dipping shear with a low-grade halo and narrow veins, checked against the truth
# (central_zone_distance, central_zone_width, central_zone_dip) on the drilling of many seeds

SEEDS = range(20)
COMPOSITING = {"cutoff": 0.5, "min_interval": 1.0, "max_internal_dilution": 2.0}  # the demo's compiledrillholes
PUBLISHED = {"CZ-88-04": (6.9, 3.8), "CZ-89-07": (87.7, 1.5)}


@pytest.fixture(scope="module")
def seeded():
    """The property of each seed in SEEDS (the drilling's noise: grades, veins, survey drift, log contacts)."""
    return {seed: demo.generate(seed) for seed in SEEDS}


def hole_tables(prop):
    """Collar and survey rows as zonegeometry and drillholes read them."""
    collars = [(r["hole_id"], r["x"], r["y"], r["z"], r["length_m"]) for r in prop.layers["collars"].rows]
    surveys = [(r["hole_id"], r["depth_m"], r["azimuth"], r["dip"]) for r in prop.layers["surveys"].rows]
    return collars, surveys


def compiled_holes(prop):
    collars, surveys = hole_tables(prop)
    assays = [(r["hole_id"], r["from_m"], r["to_m"], r["au_gpt"]) for r in prop.layers["assays"].rows]
    holes, problems = drillholes.read_tables(collars, surveys, assays)
    assert problems == []
    return drillholes.compile_holes(holes, **COMPOSITING)


def shear_position(hole, depths):
    """(distance from the shear's mid-surface, half the shear's width) in m, at ``depths`` m along a hole."""
    xyz = drillholes.desurvey(hole.collar, *hole.surveys.T, depths)
    local = np.column_stack([xyz[:, :2] - np.asarray(demo.ORIGIN), hole.collar[2] - xyz[:, 2]])
    distance, t = demo.central_zone_distance(local)
    return distance, demo.central_zone_width(t) / 2


def test_truth_zones_give_the_central_zone_s_dip_at_both_ends_and_its_dip_direction(demo_property):
    rows = {r["name"]: r for r in demo_property.layers["truth_zones"].rows if r["kind"] == "gold zone"}
    central = rows["Central Zone"]
    t0, t1 = demo.GOLD_ZONES["Central Zone"][:2]
    assert (central["dip_sw_deg"], central["dip_ne_deg"]) == (demo.central_zone_dip(t0), demo.central_zone_dip(t1))
    assert (central["dip_sw_deg"], central["dip_ne_deg"]) == (70.0, 55.0)  # the south steeper than the north
    assert demo.central_zone_dip((t0 + t1) / 2) == pytest.approx(62.5)  # linear between
    assert central["dip_direction_deg"] == pytest.approx(demo.corridor_azimuth() + 90.0, abs=0.01)  # south-east
    assert central["tested_to_m"] == 125.0 and rows["New West Zone"].get("dip_sw_deg") is None


def test_the_shear_reaches_the_surface_near_the_axis_and_stays_in_the_corridor_to_125_m():
    t = np.linspace(*demo.GOLD_ZONES["Central Zone"][:2], 31)
    dip_direction = np.radians(demo.central_zone_dip_direction())
    for depth in (0.0, 125.0):
        # the mid-surface south-east of the axis at this depth: distance 0 at across = (depth - axis depth) / tan(dip)
        across = (depth - demo.CENTRAL_ZONE_AXIS_DEPTH) / np.tan(np.radians(demo.central_zone_dip(t)))
        local = demo.corridor_point(t) + across[:, None] * np.array([np.sin(dip_direction), np.cos(dip_direction)])
        distance, _ = demo.central_zone_distance(np.column_stack([local, np.full(t.size, depth)]))
        np.testing.assert_allclose(distance, 0.0, atol=1e-9)
        assert np.all(np.abs(across) + demo.central_zone_width(t) / 2 < demo.corridor_width(t) / 2)
    surface_trace = -demo.CENTRAL_ZONE_AXIS_DEPTH / np.tan(np.radians(demo.central_zone_dip(t)))  # m south-east
    assert np.all((surface_trace < 0) & (-surface_trace < 0.3 * demo.corridor_width(t)))  # NW of the axis, near it
    assert np.all((demo.central_zone_width(t) >= 10) & (demo.central_zone_width(t) <= 25))


def test_high_grade_is_in_narrow_veins_and_the_low_grade_halo_dominates_the_shear(seeded):
    """Compiled as the demo compiles them: every intercept of 3 g/t or more is under 6 m, every Central Zone hole
    has one, barren holes none; in the shear most metres are below 0.5 g/t, outside it 0.05 g/t at most."""
    drilled = {hole_id for hole_id, *_ in demo.HOLE_PLAN}
    for seed, prop in seeded.items():
        compiled = compiled_holes(prop)
        assert {c.hole.hole_id for c in compiled if c.intercepts} == drilled, seed
        rich = [i for c in compiled for i in c.intercepts if i.grade >= 3.0]
        assert rich and max(i.length_m for i in rich) < 6.0, seed
        low = total = 0.0
        for c in compiled:
            if c.hole.hole_id not in drilled:
                continue
            start, end, grade = c.hole.assays.T
            distance, half = shear_position(c.hole, (start + end) / 2)
            shear = np.abs(distance) <= half
            assert np.all(grade[~shear] <= 0.05), (seed, c.hole.hole_id)  # background
            low += np.sum((end - start)[shear & (grade < 0.5)])
            total += np.sum((end - start)[shear])
        assert low / total > 0.75, seed


def test_the_published_intercepts_come_out_exactly_inside_the_shear(seeded):
    for seed, prop in seeded.items():
        by_hole = {c.hole.hole_id: c for c in compiled_holes(prop)}
        for hole_id, (grade, length) in PUBLISHED.items():
            found = [i for i in by_hole[hole_id].intercepts if i.grade >= 1.0]
            assert len(found) == 1, (seed, hole_id)
            assert found[0].grade == pytest.approx(grade, abs=0.05) and found[0].length_m == pytest.approx(length,
                                                                                                        abs=0.1)
            assert found[0].label == drillholes.intercept_label(grade, length)
            distance, half = shear_position(by_hole[hole_id].hole, [found[0].from_m, found[0].to_m])
            assert np.all(np.abs(distance) < half), (seed, hole_id)


@pytest.mark.parametrize("selection", ["au_gpt >= 0.1", "sericite >= 2"])
def test_zonegeometry_recovers_the_dip_shallowing_to_the_north_east(seeded, selection):
    """zonegeometry on the drilling, as a geologist selects the shear: the assays at a 0.1 g/t halo cut-off, or the
    logged shear (sericite moderate or strong). Two sections along strike (6 holes each): the north-eastern dip
    shallower than the south-western, each within 5 degrees of the true dip at the section's centre; strike within
    5 degrees of the corridor's, dipping south-east; every pierce point between 25 and 125 m down."""
    field, threshold = selection.split(" >= ")
    table = "assays" if field == "au_gpt" else "alteration"
    for seed, prop in seeded.items():
        intervals = [(r["hole_id"], r["from_m"], r["to_m"]) for r in prop.layers[table].rows
                     if r[field] >= float(threshold)]
        holes, problems = zg.read_holes(*hole_tables(prop), intervals)
        pierced, missed = zg.pierce_points(holes)
        assert problems == [] and sorted(missed) == sorted(hole_id for hole_id, *_ in demo.BARREN_HOLES)
        fit = zg.fit_zone(pierced, missed, n_sections=2, n_bootstrap=0)
        south_west, north_east = fit.sections
        assert len(south_west.hole_ids) == len(north_east.hole_ids) == 6
        true_dips = [demo.central_zone_dip(demo.corridor_coordinates(section.centre[:2] - np.asarray(demo.ORIGIN))[0])
                     for section in fit.sections]
        assert north_east.dip < south_west.dip, seed
        np.testing.assert_allclose([south_west.dip, north_east.dip], true_dips, atol=5.0)
        assert abs(fit.strike - demo.corridor_azimuth()) < 5.0
        assert abs(fit.dip_direction - demo.central_zone_dip_direction()) < 5.0
        depths = [p.vertical_depth_m for p in pierced]
        assert 25.0 <= min(depths) and max(depths) < 125.0, seed
        if field == "sericite":  # the logged shear's envelope is its true width (measured square to one plane)
            t = demo.corridor_coordinates(fit.points[:, :2] - np.asarray(demo.ORIGIN))[0]
            np.testing.assert_allclose(fit.thickness_m, demo.central_zone_width(t), rtol=0.1)


def test_each_drill_section_shows_the_true_dip_between_its_two_holes(demo_property):
    """Independently of zonegeometry: the two holes of a section cut the logged shear's middle at two depths; the
    line through them, in the vertical plane across strike, dips as the truth says there."""
    collars, surveys = hole_tables(demo_property)
    shear = [(r["hole_id"], r["from_m"], r["to_m"]) for r in demo_property.layers["alteration"].rows
             if r["sericite"] >= 2]
    holes = {h.hole_id: h for h in zg.read_holes(collars, surveys, shear)[0]}
    dip_direction = np.radians(demo.central_zone_dip_direction())
    across = np.array([np.sin(dip_direction), np.cos(dip_direction)])
    for (upper, t, *_), (lower, t_lower, *_) in zip(demo.HOLE_PLAN[::2], demo.HOLE_PLAN[1::2]):
        assert t == t_lower  # the plan lists each section's two holes together
        points = []
        for hole_id in (upper, lower):
            middle = (holes[hole_id].assays[0, 0] + holes[hole_id].assays[-1, 1]) / 2
            points.append(drillholes.desurvey(holes[hole_id].collar, *holes[hole_id].surveys.T, [middle])[0])
        (x1, y1, z1), (x2, y2, z2) = points
        dip = np.degrees(np.arctan2(z1 - z2, (np.array([x2 - x1, y2 - y1])) @ across))
        assert dip == pytest.approx(demo.central_zone_dip(t), abs=2.0), upper


def test_alteration_logs_cover_every_hole_with_fuchsite_only_in_the_shear(seeded):
    """Each hole logged from 0 to its length without gaps or overlaps, intensities 0-3; fuchsite only in the shear,
    sericite (moderate or strong) exactly where the shear is, carbonate across the corridor and wider than sericite;
    the barren holes log weak carbonate over a few metres at most."""
    for seed, prop in seeded.items():
        collars, surveys = hole_tables(prop)
        log = prop.layers["alteration"].rows
        holes = {h.hole_id: h for h in zg.read_holes(collars, surveys,
                                                     [(r["hole_id"], r["from_m"], r["to_m"]) for r in log])[0]}
        for hole_id, hole in holes.items():
            rows = [r for r in log if r["hole_id"] == hole_id]
            start, end = np.array([(r["from_m"], r["to_m"]) for r in rows]).T
            assert start[0] == 0.0 and end[-1] == hole.length and np.all(start[1:] == end[:-1]) and np.all(end > start)
            assert np.all(end - start <= 6.0), (seed, hole_id)  # intervals of a few metres
            levels = np.array([(r["carbonate"], r["sericite"], r["fuchsite"]) for r in rows])
            assert levels.min() >= 0 and levels.max() <= 3
            carbonate, sericite, fuchsite = levels.T
            metres = end - start
            if hole_id.startswith("BR"):
                assert sericite.max() == fuchsite.max() == 0 and metres[carbonate > 0].sum() <= 6.0 + 1e-6
                continue
            ends_distance, ends_half = shear_position(hole, np.column_stack([start, end]).ravel())
            in_shear = (np.abs(ends_distance) <= ends_half + 0.1).reshape(-1, 2).all(axis=1)
            assert fuchsite.max() >= 2 and np.all(in_shear[fuchsite > 0]), (seed, hole_id)
            assert np.all(in_shear[sericite >= 2]), (seed, hole_id)
            middle_distance, middle_half = shear_position(hole, (start + end) / 2)
            assert np.all(sericite[np.abs(middle_distance) <= middle_half] >= 2), (seed, hole_id)
            assert metres[carbonate > 0].sum() > metres[sericite > 0].sum() + 20.0, (seed, hole_id)
            assert np.all(carbonate[sericite > 0] > 0)
            xyz = drillholes.desurvey(hole.collar, *hole.surveys.T, (start + end) / 2)
            t, across = demo.corridor_coordinates(xyz[:, :2] - np.asarray(demo.ORIGIN))
            in_corridor = (np.abs(across) <= demo.corridor_width(t) / 2) & (hole.collar[2] - xyz[:, 2] > 10.0)
            assert np.all(carbonate[in_corridor] >= 2), (seed, hole_id)  # below the overburden
