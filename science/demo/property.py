"""The embedded demo property: a synthetic gold property with known truth, generated deterministically.

Modelled on the case in the README: a property about 20 km east of Desmaraisville, Quebec (UTM 18N, EPSG:32618,
around 49.6 N 76.2 W), 6 x 4 km, with a NE-trending deformation corridor about 2.2 km long, mafic dykes of several
trends, two strongly magnetic bodies in the corridor, magnetite-destructive alteration along it, and two gold zones:
the drilled Central Zone (tested to about 125 m vertical) and the blind, untested New West Zone. The Central Zone is
a shear inside the corridor dipping south-east, 70 degrees at its south-west end to 55 at its north-east end: a
low-grade halo 11-21 m wide with narrow high-grade veins, as the historical intercepts (6.9 g/t Au over 3.8 m, 87.7 g/t
Au over 1.5 m) say; twelve historical holes cut it 28-107 m down, and the core is logged for carbonate, sericite and
fuchsite.

The geology (shapes, depths, susceptibilities) is fixed; the seed drives only noise, grades and small wiggles, so
tests can rely on the truth while the data stay realistic. Local coordinates (m) are measured from the property's
south-west corner ``ORIGIN``; every output is in EPSG:32618 except the GPS survey readings (EPSG:4326).
"""
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache

import numpy as np

from .. import projection
from ..evidence import drillholes
from ..features import FeatureTable, linestring_wkt, point_wkt, points_in_polygon, polygon_wkt
from ..grid import GridSpec
from ..magnetics import forward, igrf

EPSG = 32618
UTM_ZONE = 18
ORIGIN = (410_000.0, 5_492_000.0)
PROPERTY_SIZE = (6000.0, 4000.0)
GROUND_ELEVATION = 320.0  # m above the ellipsoid, used for the IGRF
SENSOR_HEIGHT = 2.0  # m above ground, a walking magnetometer on a staff
SURVEY_START = datetime(2019, 10, 20, 12, 30, tzinfo=timezone.utc)
SURVEY_LINES_X = np.arange(1300.0, 4601.0, 100.0)  # 34 north-south lines, 100 m apart
SURVEY_Y_RANGE = (1000.0, 3000.0)
READING_SPACING = 5.0  # m
BASE_STATION = (4400.0, 900.0)  # camp, beside the forestry road
CORRIDOR_AXIS = ((2100.0, 1300.0), (3800.0, 2700.0))  # local, south-west to north-east end
SOIL_DETECTION_LIMIT_PPB = 5.0


def _local_to_map(xy):
    xy = np.asarray(xy, dtype=float)
    return xy + np.asarray(ORIGIN)


def _unit(azimuth):
    a = np.radians(azimuth)
    return np.array([np.sin(a), np.cos(a)])


def _clip_convex(polygon, a, b, c):
    """Sutherland-Hodgman: keep the part of ``polygon`` where a*x + b*y <= c."""
    out = []
    n = len(polygon)
    for i in range(n):
        p, q = polygon[i], polygon[(i + 1) % n]
        fp, fq = a * p[0] + b * p[1] - c, a * q[0] + b * q[1] - c
        if fp <= 0:
            out.append(p)
        if fp * fq < 0:
            out.append(p + (q - p) * fp / (fp - fq))
    return out


def _clip_segment(p, q, box):
    """Liang-Barsky: the part of segment p-q inside ``box`` (west, south, east, north), or None."""
    p, q = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    d = q - p
    t0, t1 = 0.0, 1.0
    for denom, num in ((-d[0], p[0] - box[0]), (d[0], box[2] - p[0]), (-d[1], p[1] - box[1]), (d[1], box[3] - p[1])):
        if denom == 0:
            if num < 0:
                return None
            continue
        t = num / denom
        if denom < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
    return None if t0 > t1 else np.array([p + t0 * d, p + t1 * d])


def _clip_to_box(polygon, box):
    west, south, east, north = box
    poly = [np.asarray(p, dtype=float) for p in polygon]
    for a, b, c in ((-1, 0, -west), (1, 0, east), (0, -1, -south), (0, 1, north)):
        poly = _clip_convex(poly, a, b, c)
        if not poly:
            return None
    return np.array(poly)


def _rectangle(centre, azimuth, length, width):
    """Corners of a rectangle whose long side strikes at ``azimuth`` degrees."""
    along, across = _unit(azimuth), _unit(azimuth + 90.0)
    c = np.asarray(centre, dtype=float)
    hl, hw = along * length / 2, across * width / 2
    return np.array([c - hl - hw, c + hl - hw, c + hl + hw, c - hl + hw])


def _blob(centre, radii, rotation, rng, n=48):
    """An irregular closed outline (lake, wetland) around ``centre``."""
    theta = np.linspace(0, 2 * np.pi, n, endpoint=False)
    phases = rng.uniform(0, 2 * np.pi, 2)
    r = 1 + 0.12 * np.sin(3 * theta + phases[0]) + 0.06 * np.sin(5 * theta + phases[1])
    x, y = radii[0] * r * np.cos(theta), radii[1] * r * np.sin(theta)
    rot = np.radians(rotation)
    return np.column_stack([x * np.cos(rot) - y * np.sin(rot), x * np.sin(rot) + y * np.cos(rot)]) + centre


# ----------------------------------------------------------------------------------------------------------------
# Geology (fixed)


@dataclass(frozen=True)
class MagneticBody:
    """A vertical prism striking at ``azimuth`` (deg); depths in m below ground (positive down)."""

    name: str
    centre: tuple
    length: float
    width: float
    azimuth: float
    top_depth: float
    bottom_depth: float
    susceptibility: float  # SI, contrast to the background volcanics


@dataclass(frozen=True)
class Dyke:
    name: str
    through: tuple
    azimuth: float
    width: float
    susceptibility: float


DYKES = (
    Dyke("D1 NNW diabase", (2600.0, 2000.0), 340.0, 30.0, 0.045),
    Dyke("D2 NNW diabase", (4200.0, 2000.0), 345.0, 25.0, 0.040),
    Dyke("D3 E-W gabbro", (3000.0, 1250.0), 95.0, 35.0, 0.050),
    Dyke("D4 NNE diabase", (1200.0, 2500.0), 30.0, 25.0, 0.040),
    Dyke("D5 ENE diabase", (3000.0, 3300.0), 80.0, 20.0, 0.035),
    Dyke("D6 NW diabase", (4800.0, 1200.0), 315.0, 25.0, 0.040),
)
DYKE_TOP_DEPTH = 6.0
DYKE_BOTTOM_DEPTH = 1500.0
DYKE_LENGTH = 12000.0


def corridor_point(t):
    """Local position of the corridor axis at fraction ``t`` (0 south-west end, 1 north-east end)."""
    (x0, y0), (x1, y1) = CORRIDOR_AXIS
    t = np.asarray(t, dtype=float)
    return np.stack([x0 + t * (x1 - x0), y0 + t * (y1 - y0)], axis=-1)


def corridor_azimuth():
    (x0, y0), (x1, y1) = CORRIDOR_AXIS
    return float(np.degrees(np.arctan2(x1 - x0, y1 - y0)))


def corridor_length():
    (x0, y0), (x1, y1) = CORRIDOR_AXIS
    return float(np.hypot(x1 - x0, y1 - y0))


def corridor_width(t):
    """Width (m) of the deformation corridor, between 75 and 145 m."""
    return 110.0 + 35.0 * np.sin(2 * np.pi * (1.3 * np.asarray(t) + 0.2))


def corridor_coordinates(xy):
    """(axis fraction, metres south-east of the axis) of local points (..., 2); the fraction is measured along the
    axis line as for :func:`corridor_point` (below 0 or above 1 off its ends)."""
    (x0, y0), _ = CORRIDOR_AXIS
    offset = np.asarray(xy, dtype=float) - (x0, y0)
    return offset @ _unit(corridor_azimuth()) / corridor_length(), offset @ _unit(corridor_azimuth() + 90.0)


def _corridor_outline(t0=0.0, t1=1.0, extra_width=0.0, n=45):
    t = np.linspace(t0, t1, n)
    axis = corridor_point(t)
    normal = _unit(corridor_azimuth() + 90.0)
    half = (corridor_width(t) + extra_width)[:, None] / 2
    return np.vstack([axis - half * normal, (axis + half * normal)[::-1]])


ALTERATION_RANGE = (0.03, 0.97)  # fraction of the corridor axis with magnetite destruction
ALTERATION_HALO = 30.0  # m added to the corridor width by the carbonate halo
ALTERATION_SUSCEPTIBILITY = -0.012  # magnetite destroyed in basalt of about 0.012 SI
GOLD_ZONES = {
    # name: (axis fraction from, to; top and bottom depth below ground in m; tested to (m vertical) or None)
    "Central Zone": (0.55, 0.70, 0.0, 320.0, 125.0),
    "New West Zone": (0.08, 0.22, 70.0, 380.0, None),
}
STRONG_BODIES = (0.35, 0.72)  # axis fractions of the two strongly magnetic bodies
# The Central Zone is a shear inside the vertical corridor, dipping south-east (docs/algorithms/workflows.md)
CENTRAL_ZONE_DIPS = (70.0, 55.0)  # dip (deg) of the shear at the zone's south-west and north-east ends
CENTRAL_ZONE_AXIS_DEPTH = 50.0  # m below ground where the shear's mid-surface passes under the corridor axis
CENTRAL_ZONE_CORE = 0.4  # share of the shear's true width in its fuchsite core
SERICITE_HALO = 8.0  # m (true distance) of weak sericite beyond the shear


def central_zone_dip(t):
    """Dip (deg, towards :func:`central_zone_dip_direction`) of the Central Zone's shear at axis fraction ``t``:
    70 at the zone's south-west end, 55 at its north-east end, linear between them (the end values beyond)."""
    t0, t1 = GOLD_ZONES["Central Zone"][:2]
    return np.interp(t, (t0, t1), CENTRAL_ZONE_DIPS)


def central_zone_dip_direction():
    """Azimuth (deg) the Central Zone's shear dips towards: south-east, square to the corridor."""
    return (corridor_azimuth() + 90.0) % 360.0


def central_zone_width(t):
    """True width (m) of the Central Zone's shear, its low-grade halo, at axis fraction ``t``: 11 to 21 m."""
    t0, t1 = GOLD_ZONES["Central Zone"][:2]
    return 16.0 + 5.0 * np.sin(2 * np.pi * (np.asarray(t, dtype=float) - t0) / (t1 - t0) + 1.0)


def central_zone_distance(points):
    """Distance (m) of local points (..., 3: x, y, depth in m below ground) from the Central Zone shear's
    mid-surface, normal to it: positive in the hanging wall (above it, to the south-east), negative in the footwall;
    and the points' axis fractions. The mid-surface strikes along the corridor, dips at :func:`central_zone_dip`
    and passes under the axis ``CENTRAL_ZONE_AXIS_DEPTH`` m down, so it reaches the surface 18-35 m north-west of
    the axis and stays inside the corridor down to the 125 m level."""
    points = np.asarray(points, dtype=float)
    t, across = corridor_coordinates(points[..., :2])
    dip = np.radians(central_zone_dip(t))
    return (across - (points[..., 2] - CENTRAL_ZONE_AXIS_DEPTH) / np.tan(dip)) * np.sin(dip), t


def magnetic_bodies():
    """Every prism of the magnetic model, in local coordinates."""
    bodies = [
        MagneticBody(d.name, d.through, DYKE_LENGTH, d.width, d.azimuth, DYKE_TOP_DEPTH, DYKE_BOTTOM_DEPTH,
                     d.susceptibility)
        for d in DYKES
    ]
    edges = np.linspace(*ALTERATION_RANGE, 12)
    for i, (a, b) in enumerate(zip(edges[:-1], edges[1:])):
        mid = (a + b) / 2
        bodies.append(MagneticBody(
            f"alteration {i + 1}", tuple(corridor_point(mid)), corridor_length() * (b - a),
            float(corridor_width(mid)) + ALTERATION_HALO, corridor_azimuth(), 8.0, 600.0, ALTERATION_SUSCEPTIBILITY))
    for i, t in enumerate(STRONG_BODIES):
        bodies.append(MagneticBody(f"magnetite body {i + 1}", tuple(corridor_point(t)), 140.0, 50.0,
                                   corridor_azimuth(), 15.0, 400.0, 0.08))
    bodies.append(MagneticBody("regional deep intrusion", (3000.0, 7000.0), 10000.0, 4000.0, 90.0, 1500.0, 5000.0,
                               0.02))
    return bodies


@lru_cache(maxsize=1)
def main_field():
    """IGRF inclination, declination (deg) and intensity (nT) at the property centre on the survey date."""
    lon, lat = projection.utm_to_lonlat(*_local_to_map(np.asarray(PROPERTY_SIZE) / 2), UTM_ZONE)
    inclination, declination, intensity = igrf.igrf(float(lon), float(lat), GROUND_ELEVATION, SURVEY_START)
    return float(inclination), float(declination), float(intensity)


def magnetic_anomaly(easting, northing, height=SENSOR_HEIGHT):
    """Noise-free total-field anomaly (nT) of the model at map coordinates, ``height`` m above ground."""
    inclination, declination, intensity = main_field()
    e = np.asarray(easting, dtype=float) - ORIGIN[0]
    n = np.asarray(northing, dtype=float) - ORIGIN[1]
    u = np.full(e.shape, float(height))
    total = np.zeros(e.shape)
    for body in magnetic_bodies():
        magnetization = forward.induced_magnetization(body.susceptibility, intensity, inclination, declination)
        be, bn, bu = forward.rotated_prism_magnetic_field(
            e, n, u, body.centre[0], body.centre[1], body.length, body.width, -body.bottom_depth, -body.top_depth,
            body.azimuth, magnetization)
        total += forward.total_field_anomaly(be, bn, bu, inclination, declination)
    return total


# ----------------------------------------------------------------------------------------------------------------
# The property's layers


@dataclass
class DemoProperty:
    """Everything a user would bring to Lodestone for the demo property, and the truth behind it."""

    layers: dict = field(default_factory=dict)  # name -> FeatureTable
    ip_chargeability: np.ndarray = None  # mV/V
    ip_grid: GridSpec = None
    inducing_field: tuple = None  # IGRF (inclination deg, declination deg, intensity nT) at the property
    epsg: int = EPSG


PROPERTY_BOX = (0.0, 0.0, PROPERTY_SIZE[0], PROPERTY_SIZE[1])


def _claims(rng):
    """Quebec map-designated cells (30 x 30 arc-second graticule) whose centres fall inside the property."""
    table = FeatureTable("claims", "Polygon", EPSG, {"claim_no": str, "holder": str, "area_ha": float,
                                                     "expiry": str})
    corners = _local_to_map([[0, 0], [PROPERTY_SIZE[0], PROPERTY_SIZE[1]]])
    lon, lat = projection.utm_to_lonlat(corners[:, 0], corners[:, 1], UTM_ZONE)
    step = 1.0 / 120.0
    lons = np.arange(np.floor(lon.min() / step) * step, lon.max() + step, step)
    lats = np.arange(np.floor(lat.min() / step) * step, lat.max() + step, step)
    number = 2_500_131
    for j, la in enumerate(lats[:-1]):
        for i, lo in enumerate(lons[:-1]):
            edge = np.linspace(0, 1, 5)[:-1]
            ring_ll = np.vstack([
                np.column_stack([lo + edge * step, np.full(4, la)]),
                np.column_stack([np.full(4, lo + step), la + edge * step]),
                np.column_stack([lo + step - edge * step, np.full(4, la + step)]),
                np.column_stack([np.full(4, lo), la + step - edge * step]),
            ])
            x, y = projection.lonlat_to_utm(ring_ll[:, 0], ring_ll[:, 1], UTM_ZONE)
            ring = np.column_stack([x, y])
            centre = ring.mean(axis=0) - np.asarray(ORIGIN)
            if not (0 < centre[0] < PROPERTY_SIZE[0] and 0 < centre[1] < PROPERTY_SIZE[1]):
                continue
            if (i + j) % 11 == 10:  # a few cells held by a neighbour make the block irregular, as real ones are
                continue
            area = 0.5 * abs(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1))) / 1e4
            table.add({"claim_no": f"CDC {number}", "holder": "Lodestone Demo Exploration Inc.",
                       "area_ha": round(area, 2), "expiry": f"{2027 + int(rng.integers(0, 3))}-0{1 + (i % 9)}-15"},
                      polygon_wkt(ring))
            number += 1
    return table


ROADS = (
    # name, class, speed (km/h), local vertices
    ("Route 113", "highway", 90, [(-1500, -2500), (2000, -1500), (4500, -300), (6200, 700), (7600, 2200),
                                  (9000, 4200)]),
    ("R-1005", "primary forestry", 50, [(4500, -300), (4300, 1200), (3700, 1900), (3300, 2350), (3000, 3500),
                                        (2800, 5000)]),
    ("R-1005-A", "secondary forestry", 30, [(4300, 1200), (3200, 900), (2300, 800), (1500, 1100)]),
    ("Winter road W", "winter road", 15, [(1500, 1100), (800, 2000), (500, 3200), (-400, 4600)]),
    ("R-1012", "secondary forestry", 30, [(6200, 700), (5200, 2200), (4800, 3600), (4700, 5000)]),
)
WATER = (
    # name, kind, centre, radii, rotation
    ("Lac Lodestone", "lake", (5600.0, 3300.0), (400.0, 280.0), 20.0),
    ("Lac Sud", "lake", (800.0, 600.0), (350.0, 250.0), -15.0),
    ("West bog", "wetland", (2150.0, 1700.0), (260.0, 160.0), 40.0),
    ("North fen", "wetland", (3900.0, 3350.0), (220.0, 140.0), 0.0),
)


def _wiggle(vertices, rng, spacing=50.0, amplitude=12.0):
    """Densify a polyline and add a smooth meander, as forestry roads follow the ground."""
    vertices = np.asarray(vertices, dtype=float)
    out = [vertices[0]]
    for a, b in zip(vertices[:-1], vertices[1:]):
        n = max(2, int(np.hypot(*(b - a)) / spacing))
        t = np.linspace(0, 1, n + 1)[1:]
        normal = np.array([-(b - a)[1], (b - a)[0]]) / np.hypot(*(b - a))
        offset = amplitude * np.sin(np.pi * t) * np.sin(2 * np.pi * t * rng.uniform(1, 3) + rng.uniform(0, 6))
        out.extend(a + t[:, None] * (b - a) + offset[:, None] * normal)
    return np.array(out)


def _roads(rng):
    table = FeatureTable("roads", "LineString", EPSG, {"name": str, "class": str, "speed_kmh": float})
    for name, road_class, speed, vertices in ROADS:
        line = _wiggle(vertices, rng, amplitude=0.0 if road_class == "highway" else 12.0)
        table.add({"name": name, "class": road_class, "speed_kmh": float(speed)}, linestring_wkt(_local_to_map(line)))
    return table


def _water(rng):
    table = FeatureTable("water", "Polygon", EPSG, {"name": str, "kind": str})
    outlines = {}
    for name, kind, centre, radii, rotation in WATER:
        ring = _blob(np.asarray(centre), radii, rotation, rng)
        outlines[name] = ring
        table.add({"name": name, "kind": kind}, polygon_wkt(_local_to_map(ring)))
    return table, outlines


GEOLOGY_STRIKE = 65.0
GEOLOGY_UNITS = (
    # (unit, lithology class, upper bound of the band as distance (m) along the strike normal from the SW corner)
    ("Felsic tuff", "felsic volcanic", -1000.0),
    ("Intermediate volcanics", "intermediate volcanic", 250.0),
    ("Fe-tholeiitic basalt", "mafic volcanic", 1600.0),
    ("Gabbro sill", "mafic intrusive", 2100.0),
    ("Pillowed basalt", "mafic volcanic", 9000.0),
)


def _geology():
    """Volcanic bands, then dykes and the altered corridor drawn over them (``z_order`` says which is on top)."""
    table = FeatureTable("geology", "Polygon", EPSG, {"unit": str, "lithology": str, "z_order": int})
    box = [np.array(p, dtype=float) for p in ((0, 0), (PROPERTY_SIZE[0], 0), PROPERTY_SIZE, (0, PROPERTY_SIZE[1]))]
    nx, ny = _unit(GEOLOGY_STRIKE - 90.0)
    lower = -1e9
    for unit, lithology, upper in GEOLOGY_UNITS:
        band = _clip_convex(_clip_convex(box, nx, ny, upper), -nx, -ny, -lower)
        if band:
            table.add({"unit": unit, "lithology": lithology, "z_order": 0}, polygon_wkt(_local_to_map(band)))
        lower = upper
    for dyke in DYKES:
        ring = _clip_to_box(_rectangle(dyke.through, dyke.azimuth, DYKE_LENGTH, dyke.width), PROPERTY_BOX)
        table.add({"unit": dyke.name, "lithology": "mafic dyke", "z_order": 2}, polygon_wkt(_local_to_map(ring)))
    table.add({"unit": "Carbonate-sericite-fuchsite altered deformation zone", "lithology": "altered deformation zone",
               "z_order": 1}, polygon_wkt(_local_to_map(_corridor_outline())))
    return table


def _truth():
    lines = FeatureTable("truth_lines", "LineString", EPSG, {"kind": str, "name": str, "azimuth": float,
                                                             "width_m": float})
    for dyke in DYKES:
        along = _unit(dyke.azimuth) * DYKE_LENGTH / 2
        ends = np.array([np.asarray(dyke.through) - along, np.asarray(dyke.through) + along])
        lines.add({"kind": "dyke", "name": dyke.name, "azimuth": dyke.azimuth % 180, "width_m": dyke.width},
                  linestring_wkt(_local_to_map(_clip_segment(*ends, PROPERTY_BOX))))
    lines.add({"kind": "corridor axis", "name": "NE deformation corridor", "azimuth": corridor_azimuth(),
               "width_m": float(corridor_width(0.5))}, linestring_wkt(_local_to_map(corridor_point([0.0, 1.0]))))

    zones = FeatureTable("truth_zones", "Polygon", EPSG, {"kind": str, "name": str, "top_m": float,
                                                          "bottom_m": float, "tested_to_m": float,
                                                          "dip_sw_deg": float, "dip_ne_deg": float,
                                                          "dip_direction_deg": float})
    zones.add({"kind": "corridor", "name": "NE deformation corridor", "top_m": 0.0, "bottom_m": 600.0,
               "tested_to_m": None}, polygon_wkt(_local_to_map(_corridor_outline())))
    zones.add({"kind": "alteration", "name": "magnetite-destructive alteration", "top_m": 8.0, "bottom_m": 600.0,
               "tested_to_m": None},
              polygon_wkt(_local_to_map(_corridor_outline(*ALTERATION_RANGE, extra_width=ALTERATION_HALO))))
    for i, t in enumerate(STRONG_BODIES):
        ring = _rectangle(corridor_point(t), corridor_azimuth(), 140.0, 50.0)
        zones.add({"kind": "magnetic body", "name": f"magnetite body {i + 1}", "top_m": 15.0, "bottom_m": 400.0,
                   "tested_to_m": None}, polygon_wkt(_local_to_map(ring)))
    for name, (_, _, top, bottom, tested) in GOLD_ZONES.items():
        dips = {"dip_sw_deg": CENTRAL_ZONE_DIPS[0], "dip_ne_deg": CENTRAL_ZONE_DIPS[1],
                "dip_direction_deg": round(central_zone_dip_direction(), 2)} if name == "Central Zone" else {}
        zones.add({"kind": "gold zone", "name": name, "top_m": top, "bottom_m": bottom, "tested_to_m": tested,
                   **dips}, polygon_wkt(_local_to_map(gold_zone_outline(name))))
    return lines, zones


def gold_zone_outline(name):
    """Plan outline (local coordinates) of a gold zone: the corridor between its axis fractions."""
    t0, t1 = GOLD_ZONES[name][:2]
    return _corridor_outline(t0, t1, n=12)


# ----------------------------------------------------------------------------------------------------------------
# Magnetic survey


def _diurnal_curve(rng, days):
    """Diurnal variation (nT) as a function of seconds after the survey start: the daily solar-quiet dip around
    local noon plus a slow random walk (10-minute knots)."""
    knots = np.arange(-3600.0, days * 86400.0 + 3600.0, 600.0)
    walk = np.cumsum(rng.normal(0.0, 0.8, knots.size))
    walk -= walk.mean()

    def diurnal(seconds):
        hours_utc = SURVEY_START.hour + SURVEY_START.minute / 60 + np.asarray(seconds) / 3600.0
        local_hour = (hours_utc - 4.0) % 24.0  # EDT
        return -18.0 * np.exp(-(((local_hour - 12.0) / 3.0) ** 2)) + np.interp(seconds, knots, walk)

    return diurnal


def _survey(rng):
    """GPS survey readings (EPSG:4326) and the base-station table; the readings include the IGRF main field.

    The crew walks at 1.25 m/s with a reading every 4 s (5 m), alternating line directions, 7.5 h a day.
    """
    sample_seconds, line_change, day_length = READING_SPACING / 1.25, 300.0, 7.5 * 3600
    ys = np.arange(SURVEY_Y_RANGE[0], SURVEY_Y_RANGE[1] + 0.1, READING_SPACING)
    records, clock = [], 0.0
    day_end = day_length
    for k, x_line in enumerate(SURVEY_LINES_X):
        y = ys if k % 2 == 0 else ys[::-1]
        duration = y.size * sample_seconds
        if clock + duration > day_end:  # next morning
            day = int(day_end // 86400) + 1
            clock, day_end = day * 86400.0, day * 86400.0 + day_length
        times = clock + np.arange(y.size) * sample_seconds
        wander = 3.0 * np.sin(y / rng.uniform(80, 160) + rng.uniform(0, 6))
        x = x_line + wander + rng.normal(0, 0.8, y.size)
        records.append((k + 1, x, y + rng.normal(0, 0.8, y.size), times))
        clock = times[-1] + line_change

    line = np.concatenate([np.full(r[1].size, r[0]) for r in records])
    x = np.concatenate([r[1] for r in records])
    y = np.concatenate([r[2] for r in records])
    seconds = np.concatenate([r[3] for r in records])
    east, north = _local_to_map(np.column_stack([x, y])).T
    lon, lat = projection.utm_to_lonlat(east, north, UTM_ZONE)

    main = np.empty(east.size)
    days = (seconds // 86400).astype(int)
    for day in np.unique(days):
        sel = days == day
        date = SURVEY_START + timedelta(days=int(day))
        north_c, east_c, down_c = igrf.igrf_field(lon[sel], lat[sel], GROUND_ELEVATION + SENSOR_HEIGHT, date)
        main[sel] = np.sqrt(north_c**2 + east_c**2 + down_c**2)
    diurnal = _diurnal_curve(rng, int(days.max()) + 1)
    tmi = main + magnetic_anomaly(east, north) + diurnal(seconds) + rng.normal(0, 0.3, east.size)

    survey = FeatureTable("survey", "Point", 4326, {"line": int, "time": str, "longitude": float,
                                                   "latitude": float, "tmi_nt": float})
    for i in range(east.size):
        survey.add({"line": int(line[i]), "time": _iso(seconds[i]), "longitude": round(float(lon[i]), 8),
                    "latitude": round(float(lat[i]), 8), "tmi_nt": round(float(tmi[i]), 2)},
                   point_wkt(lon[i], lat[i], decimals=8))

    base = FeatureTable("base_station", None, 4326, {"time": str, "total_field_nt": float})
    base_e, base_n = _local_to_map(BASE_STATION)
    base_lon, base_lat = projection.utm_to_lonlat(base_e, base_n, UTM_ZONE)
    for day in np.unique(days):
        t = np.arange(day * 86400.0 - 1800.0, day * 86400.0 + day_length + 3600.0, 30.0)
        north_c, east_c, down_c = igrf.igrf_field(float(base_lon), float(base_lat), GROUND_ELEVATION + 1.0,
                                                  SURVEY_START + timedelta(days=int(day)))
        datum = float(np.sqrt(north_c**2 + east_c**2 + down_c**2)) + float(magnetic_anomaly(base_e, base_n, 1.0))
        values = datum + diurnal(t) + rng.normal(0, 0.1, t.size)
        for ti, v in zip(t, values):
            base.add({"time": _iso(ti), "total_field_nt": round(float(v), 2)})
    return survey, base


def _iso(seconds):
    return (SURVEY_START + timedelta(seconds=float(seconds))).strftime("%Y-%m-%dT%H:%M:%SZ")


# ----------------------------------------------------------------------------------------------------------------
# Geochemistry, IP and drilling


def _distance_to_ring(points, ring):
    """Distance (m) from points to a polygon's boundary, zero inside."""
    points = np.atleast_2d(points)
    best = np.full(len(points), np.inf)
    for a, b in zip(ring, np.roll(ring, -1, axis=0)):
        ab = b - a
        t = np.clip(((points - a) @ ab) / max(ab @ ab, 1e-12), 0, 1)
        best = np.minimum(best, np.hypot(*(points - (a + t[:, None] * ab)).T))
    best[points_in_polygon(points, ring)] = 0.0
    return best


def _soils(rng, water):
    """B-horizon soil samples on lines 200 m apart, 50 m along line; Au in ppb as the lab reports it."""
    table = FeatureTable("soil_samples", "Point", EPSG, {"sample_id": str, "au_ppb": str})
    xs = np.arange(1400.0, 4601.0, 200.0)
    ys = np.arange(SURVEY_Y_RANGE[0], SURVEY_Y_RANGE[1] + 0.1, 50.0)
    points = np.array([(x, y) for x in xs for y in ys]) + rng.normal(0, 3, (xs.size * ys.size, 2))
    wet = np.zeros(len(points), dtype=bool)
    for ring in water.values():
        wet |= points_in_polygon(points, ring)
    points = points[~wet]  # no soil to sample in a bog
    central = _distance_to_ring(points, gold_zone_outline("Central Zone"))
    corridor = _distance_to_ring(points, _corridor_outline())
    au = np.exp(rng.normal(np.log(2.0), 0.8, len(points)))
    au += 180.0 * np.exp(-0.5 * (central / 60.0) ** 2) * rng.lognormal(0, 0.4, len(points))
    au += 12.0 * np.exp(-0.5 * (corridor / 40.0) ** 2) * rng.lognormal(0, 0.5, len(points))
    for i, (p, value) in enumerate(zip(points, au)):
        label = f"<{SOIL_DETECTION_LIMIT_PPB:g}" if value < SOIL_DETECTION_LIMIT_PPB else f"{value:.0f}"
        table.add({"sample_id": f"SL{19000 + i:05d}", "au_ppb": label}, point_wkt(*_local_to_map(p)))
    return table


SHOWINGS = (
    # name, axis fraction (or local point), Au g/t
    ("Central trench A", 0.58, 24.6),
    ("Central trench B", 0.62, 8.3),
    ("Central outcrop", 0.67, 3.1),
    ("Dyke junction", 0.45, 1.4),
    ("North-east end", 0.90, 1.8),
    ("Dyke D4 contact", (1050.0, 2250.0), 0.9),
    ("D2 quartz vein", (4180.0, 2600.0), 0.6),
)


def _showings(rng):
    table = FeatureTable("showings", "Point", EPSG, {"name": str, "au_gpt": float, "sample_type": str})
    for name, where, grade in SHOWINGS:
        p = corridor_point(where) if np.isscalar(where) else np.asarray(where)
        p = p + rng.normal(0, 5, 2)
        table.add({"name": name, "au_gpt": grade, "sample_type": "grab"}, point_wkt(*_local_to_map(p)))
    return table


def _ip(rng):
    """Chargeability (mV/V) from a pole-dipole survey: two sulphide axes along the corridor, strongest at depth."""
    grid = GridSpec.from_bounds(*_local_to_map([1300, 1000]), *_local_to_map([4600, 3000]), 25.0)
    east, north = grid.mesh()
    pts = np.column_stack([east.ravel() - ORIGIN[0], north.ravel() - ORIGIN[1]])
    along, across = corridor_coordinates(pts)
    inside = np.clip(np.minimum(along - 0.03, 0.97 - along) / 0.04, 0, 1)
    axes = sum(np.exp(-0.5 * ((across - offset) / 30.0) ** 2) for offset in (-25.0, 25.0))
    boost = 1 + 0.8 * sum(np.exp(-0.5 * ((along - (t0 + t1) / 2) / 0.07) ** 2)
                          for t0, t1, *_ in GOLD_ZONES.values())
    charge = 6.0 + 14.0 * inside * axes * boost
    noise = rng.normal(0, 0.6, grid.shape)
    noise = (noise + np.roll(noise, 1, 0) + np.roll(noise, 1, 1) + np.roll(noise, (1, 1), (0, 1))) / 2
    return (charge.reshape(grid.shape) + noise).astype(np.float32), grid


HOLE_PLAN = (
    # hole id, axis fraction, distance of the collar south-east of the axis (m), dip, length (m): two holes a section,
    # six sections 55 m apart, each hole aimed to cut the shear 28-104 m down and stopped 15 m into its footwall
    ("CZ-87-01", 0.56, 23.0, -45.0, 70.0),
    ("CZ-87-02", 0.56, 86.0, -55.0, 145.0),
    ("CZ-88-03", 0.585, 36.0, -50.0, 85.0),
    ("CZ-88-04", 0.585, 99.0, -55.0, 155.0),
    ("CZ-88-05", 0.61, 28.0, -45.0, 73.0),
    ("CZ-88-06", 0.61, 92.0, -52.0, 139.0),
    ("CZ-89-07", 0.635, 43.0, -50.0, 87.0),
    ("CZ-89-08", 0.635, 99.0, -55.0, 145.0),
    ("CZ-89-09", 0.66, 15.0, -45.0, 62.0),
    ("CZ-89-10", 0.66, 92.0, -55.0, 136.0),
    ("CZ-90-11", 0.685, 34.0, -45.0, 82.0),
    ("CZ-90-12", 0.685, 90.0, -60.0, 139.0),
)
BARREN_HOLES = (
    # hole id, local collar, azimuth, dip, length
    ("BR-90-01", (1600.0, 2700.0), 180.0, -50.0, 120.0),
    ("BR-90-02", (4300.0, 1500.0), 0.0, -45.0, 110.0),
    ("BR-91-03", (3500.0, 1300.0), 270.0, -50.0, 130.0),
    ("BR-91-04", (4350.0, 2900.0), 225.0, -60.0, 140.0),
)
NAMED_INTERCEPTS = {
    # hole id: (samples as (length m, Au g/t)) forming the published intercept, the hole's only vein
    "CZ-88-04": ((1.0, 4.10), (0.8, 14.50), (1.0, 6.20), (1.0, 4.32)),  # 6.9 g/t Au over 3.8 m
    "CZ-89-07": ((0.5, 12.40), (0.5, 231.00), (0.5, 19.70)),  # 87.7 g/t Au over 1.5 m
}
DRILLING_STREAM = 1987  # the drilling draws from its own random stream: changing it moves no other layer's noise
LOG_STEP = 0.1  # m: resolution of contacts along a hole
NAMED_SHOULDER = 2.5  # m either side of a published intercept kept below its 0.5 g/t cut-off


@dataclass(frozen=True)
class Vein:
    """A quartz-carbonate vein where a hole crosses it: from and to (m along the hole), its samples as
    (length m, Au g/t), whether it lies in the shear's fuchsite core and whether it is a published intercept."""

    from_m: float
    to_m: float
    samples: tuple
    in_core: bool
    published: bool = False


def _survey_stations(length, azimuth, dip, rng):
    """Depths, azimuths and dips (deg, rounded as the table gives them) every 50 m: the hole drifts clockwise and
    flattens, as holes do."""
    depths = np.arange(0.0, length + 0.1, 50.0)
    drift = np.arange(depths.size)
    azimuths = azimuth + drift * rng.uniform(0.5, 1.5)
    return depths, np.round(azimuths, 1), np.round(dip + drift * rng.uniform(0.4, 1.0), 1)


def _drillholes(rng):
    """Collar, survey, assay and alteration-log tables of the historical drilling."""
    collars = FeatureTable("collars", None, EPSG, {"hole_id": str, "x": float, "y": float, "z": float,
                                                   "azimuth": float, "dip": float, "length_m": float, "year": int})
    surveys = FeatureTable("surveys", None, EPSG, {"hole_id": str, "depth_m": float, "azimuth": float,
                                                   "dip": float})
    assays = FeatureTable("assays", None, EPSG, {"hole_id": str, "from_m": float, "to_m": float, "au_gpt": float})
    alteration = FeatureTable("alteration", None, EPSG, {"hole_id": str, "from_m": float, "to_m": float,
                                                         "carbonate": int, "sericite": int, "fuchsite": int})
    normal_se = _unit(corridor_azimuth() + 90.0)
    azimuth_nw = (corridor_azimuth() - 90.0) % 360
    holes = [(hid, corridor_point(t) + normal_se * offset, azimuth_nw, dip, length)
             for hid, t, offset, dip, length in HOLE_PLAN]
    holes += [(hid, np.asarray(xy), az, dip, length) for hid, xy, az, dip, length in BARREN_HOLES]
    for hid, xy, azimuth, dip, length in holes:
        east, north = np.round(_local_to_map(xy), 2)
        collars.add({"hole_id": hid, "x": float(east), "y": float(north), "z": GROUND_ELEVATION,
                     "azimuth": round(float(azimuth), 1), "dip": dip, "length_m": length,
                     "year": 1900 + int(hid[3:5])})
        depths, azimuths, dips = _survey_stations(length, azimuth, dip, rng)
        for d, a, p in zip(depths, azimuths, dips):
            surveys.add({"hole_id": hid, "depth_m": float(d), "azimuth": float(a), "dip": float(p)})
        along = np.arange(LOG_STEP / 2, length, LOG_STEP)  # centres of LOG_STEP cells down the hole
        xyz = drillholes.desurvey((east - ORIGIN[0], north - ORIGIN[1], 0.0), depths, azimuths, dips, along)
        points = np.column_stack([xyz[:, :2], -xyz[:, 2]])  # local x, y and depth below ground
        overburden = round(float(rng.uniform(2.0, 6.0)) / np.sin(np.radians(-dip)), 1)  # cased, not cored
        t, across = corridor_coordinates(points[:, :2])
        in_corridor = np.abs(across) <= corridor_width(t) / 2
        if in_corridor.any():
            veins = _veins(hid, along, points, rng)
            first, last = along[in_corridor][0] - 5.0, along[in_corridor][-1] + 5.0
            samples = _hole_assays(max(overburden, float(np.floor(first))), min(float(length), last), veins,
                                   along, points, rng)
            intensity = _alteration(points)
            for vein in veins:  # strong carbonate and sericite, and strong fuchsite in the core
                intensity[(along > vein.from_m) & (along < vein.to_m)] = (3, 3, 3 if vein.in_core else 0)
        else:  # a barren hole: a few samples of the most altered-looking rock, logged as weak carbonate
            start = round(float(rng.uniform(20, length - 30)), 1)
            samples = [(start + i, start + i + 1.0, round(float(rng.uniform(0.005, 0.08)), 3)) for i in range(6)]
            intensity = np.zeros((along.size, 3), dtype=int)
            intensity[(along > start) & (along < start + 6.0), 0] = 1
        intensity[along < overburden] = 0
        for start, end, grade in samples:
            assays.add({"hole_id": hid, "from_m": round(float(start), 2), "to_m": round(float(end), 2),
                        "au_gpt": grade})
        for start, end, carbonate, sericite, fuchsite in _alteration_log(along, intensity, length, rng):
            alteration.add({"hole_id": hid, "from_m": round(start, 2), "to_m": round(end, 2),
                            "carbonate": int(carbonate), "sericite": int(sericite), "fuchsite": int(fuchsite)})
    return collars, surveys, assays, alteration


def _crossing(along, distance, value):
    """Depth (m along the hole) where the hole crosses ``value`` m from the shear's mid-surface (the distance falls
    steadily down a hole drilled against the dip), to ``LOG_STEP``."""
    return round(float(np.interp(-value, -distance, along)) / LOG_STEP) * LOG_STEP


def _veins(hid, along, points, rng):
    """The veins a Central Zone hole crosses: the published intercept where there is one, else one vein of
    1-2.5 m true width and several g/t (median 5) in the shear's core and, in about a third of the holes, a narrower
    second one 5-8 m away in the shear."""
    distance, t = central_zone_distance(points)
    t_zone = float(np.interp(0.0, -distance, t))
    half, core = central_zone_width(t_zone) / 2, CENTRAL_ZONE_CORE * central_zone_width(t_zone) / 2
    named = NAMED_INTERCEPTS.get(hid)
    if named:
        start = round(_crossing(along, distance, 0.0) - sum(length for length, _ in named) / 2, 1)
        return [Vein(start, round(start + sum(length for length, _ in named), 2), named, True, True)]
    widths = [float(rng.uniform(1.0, 2.5))]
    centres = [float(rng.uniform(-1, 1)) * max(core - widths[0] / 2, 0.0)]
    if rng.uniform() < 0.35:
        widths.append(float(rng.uniform(0.8, 2.0)))
        side = -1.0 if centres[0] > 0 else 1.0
        centres.append(centres[0] + side * (widths[0] / 2 + float(rng.uniform(5.0, 8.0)) + widths[1] / 2))
        if abs(centres[1]) + widths[1] / 2 > half:  # no room for it in the shear
            widths, centres = widths[:1], centres[:1]
    veins = []
    for centre, width in zip(centres, widths):
        top, bottom = _crossing(along, distance, centre + width / 2), _crossing(along, distance, centre - width / 2)
        pieces = int(np.ceil(bottom - top - 1e-9))  # equal samples of at most 1 m
        grade = float(np.exp(rng.normal(np.log(5.0), 0.5)))
        samples = tuple((round((bottom - top) / pieces, 2), round(grade * float(np.exp(rng.normal(0, 0.3))), 2))
                        for _ in range(pieces))
        veins.append(Vein(round(top, 1), round(top + sum(length for length, _ in samples), 2), samples,
                          abs(centre) + width / 2 <= core))
    return sorted(veins, key=lambda vein: vein.from_m)


def _hole_assays(start, end, veins, along, points, rng):
    """Assay intervals (from m, to m, Au g/t) from ``start`` to ``end``: 1 m samples broken at the vein contacts,
    each vein sampled on its own. Low-grade halo in the shear (median 0.08 g/t at its edges to 0.18 in its middle),
    0.005-0.05 g/t outside it; below the cut-off beside a published intercept."""
    distance, t = central_zone_distance(points)
    half = central_zone_width(t) / 2
    intervals, depth = [], round(start, 1)
    for vein in [*veins, None]:
        stop = end if vein is None else vein.from_m
        while stop - depth > 1e-6:
            step = stop - depth if stop - depth <= 1.5 else 1.0
            middle = depth + step / 2
            s, h = np.interp(middle, along, distance), np.interp(middle, along, half)
            if abs(s) <= h:
                grade = float(np.exp(rng.normal(np.log(0.08 + 0.10 * (1 - abs(s) / h)), 0.45)))
            else:
                grade = float(np.exp(rng.uniform(np.log(0.005), np.log(0.05))))
            if any(v.published and v.from_m - NAMED_SHOULDER < depth + step and depth < v.to_m + NAMED_SHOULDER
                   for v in veins):
                grade = min(grade, 0.4)
            intervals.append((depth, round(depth + step, 2), round(grade, 3)))
            depth = round(depth + step, 2)
        if vein is None:
            return intervals
        for length, grade in vein.samples:
            intervals.append((depth, round(depth + length, 2), grade))
            depth = round(depth + length, 2)


def _alteration(points):
    """Carbonate, sericite and fuchsite intensities (0 none, 1 weak, 2 moderate, 3 strong) at local points (n, 3):
    carbonate across the corridor (weak in the magnetite-destructive halo beside it, strong in the shear), sericite
    in and near the shear (strong in its core), fuchsite in the shear's core only."""
    distance, t = central_zone_distance(points)
    t_axis, across = corridor_coordinates(points[:, :2])
    half_corridor, half = corridor_width(t_axis) / 2, central_zone_width(t) / 2
    along_corridor = (t_axis >= 0) & (t_axis <= 1)
    shear, core = np.abs(distance) <= half, np.abs(distance) <= CENTRAL_ZONE_CORE * half
    carbonate = np.select([shear, np.abs(across) <= half_corridor, np.abs(across) <= half_corridor
                           + ALTERATION_HALO / 2], [3, 2, 1], 0) * along_corridor
    sericite = np.select([core, shear, np.abs(distance) <= half + SERICITE_HALO], [3, 2, 1], 0) * along_corridor
    return np.column_stack([carbonate, sericite, 2 * core * along_corridor])


def _alteration_log(along, intensity, length, rng):
    """Logged intervals (from m, to m, carbonate, sericite, fuchsite) covering the hole from 0 to ``length``, from
    the intensities (n, 3) of the ``LOG_STEP`` cells centred at ``along``: a contact wherever an intensity changes,
    long intervals split into pieces of 3-5 m, as a geologist logs core box by box."""
    change = np.flatnonzero(np.any(np.diff(intensity, axis=0) != 0, axis=1)) + 1
    edges = np.concatenate([[0.0], np.round(along[change] - LOG_STEP / 2, 2), [float(length)]])
    log = []
    for (a, b), values in zip(zip(edges[:-1], edges[1:]), intensity[np.concatenate([[0], change])]):
        pieces = max(1, int(np.ceil((b - a) / rng.uniform(3.0, 5.0)))) if b - a > 6.0 else 1
        cuts = np.round(np.linspace(a, b, pieces + 1), 1)
        cuts[0], cuts[-1] = a, b
        log.extend((float(c0), float(c1), *values) for c0, c1 in zip(cuts[:-1], cuts[1:]))
    return log


# ----------------------------------------------------------------------------------------------------------------


def generate(seed=2019):
    """Build the demo property. Same seed, same property, byte for byte."""
    rng = np.random.default_rng(seed)
    demo = DemoProperty(inducing_field=main_field())
    water, outlines = _water(rng)
    survey, base = _survey(rng)
    collars, surveys, assays, alteration = _drillholes(np.random.default_rng([seed, DRILLING_STREAM]))
    truth_lines, truth_zones = _truth()
    demo.ip_chargeability, demo.ip_grid = _ip(rng)
    for table in (_claims(rng), _roads(rng), water, _geology(), _soils(rng, outlines), _showings(rng), survey, base,
                  collars, surveys, assays, alteration, truth_lines, truth_zones):
        demo.layers[table.name] = table
    return demo
