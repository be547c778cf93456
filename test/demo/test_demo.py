"""The demo property is the test oracle for every later capability: check that it is what it claims to be."""
from datetime import datetime, timezone

import numpy as np
import pytest

from lodestone.science import projection
from lodestone.science.demo import property as demo
from lodestone.science.evidence import drillholes
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
    assert a.layers["survey"].rows == b.layers["survey"].rows
    np.testing.assert_array_equal(a.ip_chargeability, b.ip_chargeability)
    assert a.layers["survey"].rows != c.layers["survey"].rows
    assert a.layers["truth_zones"].geometries == c.layers["truth_zones"].geometries  # the geology is fixed


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
