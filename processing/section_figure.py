"""The drill-section figure: a :class:`~lodestone.science.evidence.section.DrillSection` drawn as SVG text, in
millimetres on an A4 landscape page, at a true print scale with both axes at the same scale (no vertical
exaggeration), with labels kept off each other and off the lines; the PNG is that SVG rendered by Qt."""
import html
import math

import numpy as np
from qgis.PyQt.QtCore import QByteArray, QCoreApplication, QRectF
from qgis.PyQt.QtGui import QColor, QImage, QPainter
from qgis.PyQt.QtSvg import QSvgRenderer

from ..science.evidence import section

TR_CONTEXT = "LodestoneSectionFigure"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)

# The page, in millimetres: A4 landscape, the plot's frame (left, top, right, bottom) and the strip below it
PAGE = (297.0, 210.0)
PLOT = (24.0, 27.0, 287.0, 166.0)
PNG_DPI = 150
NICE_SCALES = tuple(n * 10 ** e for e in range(2, 7) for n in (1, 2, 2.5, 5))
TEXT = 2.6  # mm: labels
CHAR_WIDTH = 0.6  # a character's width in a sans-serif font, as a share of its size
COLOURS = {"drilled": "#222222", "planned": "#2171b5", "interval": "#d7301f", "zone": "#e6550d",
           "level": "#636363", "ground": "#8c510a", "grid": "#e5e5e5", "alteration_low": "#c7e9c0",
           "alteration_high": "#00441b"}


def level_label(depth, elevation):
    return tr("{:g} m below surface (elevation {:.0f} m)").format(depth, elevation)


# ----------------------------------------------------------------------------------------------------------------
# The figure


def print_scale(width_m, height_m, plot_mm):
    """The smallest of :data:`NICE_SCALES` (the N of 1:N) at which ``width_m`` x ``height_m`` fits ``plot_mm``
    (width, height in mm)."""
    needed = 1000.0 * max(width_m / plot_mm[0], height_m / plot_mm[1])
    return next((n for n in NICE_SCALES if n >= needed), NICE_SCALES[-1])


def nice_step(minimum):
    """The smallest 1, 2, 2.5 or 5 x 10^k at least ``minimum`` (> 0)."""
    power = 10.0 ** math.floor(math.log10(minimum))
    return next(n * power for n in (1, 2, 2.5, 5, 10) if n * power >= minimum * (1 - 1e-9))


def text_width(text, size):
    """Estimated width (mm) of ``text`` at font ``size`` (mm)."""
    return len(text) * CHAR_WIDTH * size


def _overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class LabelPlacer:
    """Places labels (boxes in mm) where they overlap no label placed before and no line drawn (given as
    :meth:`avoid` points) and stay inside ``bounds`` (left, top, right, bottom): at the anchor if free, else shifted
    by whole label heights, in the order given."""

    def __init__(self, bounds):
        self.bounds = bounds
        self.boxes = []
        self.points = np.zeros((0, 2))

    def reserve(self, box):
        self.boxes.append(box)

    def avoid(self, polyline, spacing=0.8):
        """Keep labels off a polyline ((k, 2) mm): points along it every ``spacing`` mm."""
        polyline = np.asarray(polyline, dtype=float)
        along = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(polyline, axis=0).T))])
        samples = np.append(np.arange(0.0, along[-1], spacing), along[-1])
        self.points = np.vstack([self.points, np.column_stack([np.interp(samples, along, polyline[:, k])
                                                                for k in (0, 1)])])

    def clashes(self, box):
        """How badly a label box would sit: 1000 outside the bounds, else 10 per label it overlaps plus 1 per
        point of a line inside it (0: free)."""
        if not (self.bounds[0] <= box[0] and self.bounds[1] <= box[1] and box[2] <= self.bounds[2]
                and box[3] <= self.bounds[3]):
            return 1000
        on_lines = np.count_nonzero((self.points[:, 0] > box[0]) & (self.points[:, 0] < box[2])
                                    & (self.points[:, 1] > box[1]) & (self.points[:, 1] < box[3]))
        return 10 * sum(_overlaps(box, placed) for placed in self.boxes) + int(on_lines)

    def place(self, x, y, text, size, sides, shifts):
        """(x, y, text-anchor) of the baseline start of ``text`` anchored at (x, y) mm: ``sides`` are (dx,
        anchor) options, ``shifts`` the vertical moves in label heights, tried in turn; the first free one is
        taken, else the one that clashes least (:meth:`clashes`), the earliest of equals."""
        width, height = text_width(text, size), 1.25 * size
        best = None
        for shift in shifts:
            for dx, anchor in sides:
                box = self.label_box(x + dx, y + shift * height, width, height, size, anchor)
                cost = self.clashes(box)
                if best is None or cost < best[0]:
                    best = (cost, box, (x + dx, y + shift * height, anchor))
                if cost == 0:
                    break
            if best[0] == 0:
                break
        self.reserve(best[1])
        return best[2]

    @staticmethod
    def label_box(x, y, width, height, size, anchor):
        """The box (left, top, right, bottom; mm) of a label whose baseline is anchored at (x, y)."""
        left = x - {"start": 0.0, "middle": width / 2, "end": width}[anchor]
        return (left, y - 0.9 * size, left + width, y - 0.9 * size + height)


def _colour_between(low, high, fraction):
    """The colour a ``fraction`` (0-1) of the way from hex colour ``low`` to ``high``."""
    a, b = (np.array([int(c[i:i + 2], 16) for i in (1, 3, 5)]) for c in (low, high))
    return "#" + "".join(f"{int(round(v)):02x}" for v in a + (b - a) * min(max(fraction, 0.0), 1.0))


def _text(x, y, text, size=TEXT, anchor="start", extra=""):
    return (f'<text x="{x:.2f}" y="{y:.2f}" font-size="{size:g}" text-anchor="{anchor}"{extra}>'
            f"{html.escape(text)}</text>")


def _polyline(points, stroke, width, extra=""):
    path = " ".join(f"{x:.2f},{y:.2f}" for x, y in points)
    return (f'<polyline points="{path}" fill="none" stroke="{stroke}" stroke-width="{width:g}" '
            f'stroke-linejoin="round"{extra}/>')


class SectionFigure:
    """A :class:`DrillSection` drawn on an A4 landscape page, in mm, at a true print scale (1:N from
    :data:`NICE_SCALES`) equal on both axes."""

    def __init__(self, drawn):
        self.drawn = drawn
        left, top, right, bottom = PLOT
        s0, s1, z0, z1 = drawn.frame
        self.scale = print_scale(s1 - s0, z1 - z0, (right - left, bottom - top))
        self.metres_per_mm = self.scale / 1000.0
        half_width, half_height = (right - left) / 2 * self.metres_per_mm, (bottom - top) / 2 * self.metres_per_mm
        centre = ((s0 + s1) / 2, (z0 + z1) / 2)
        self.view = (centre[0] - half_width, centre[0] + half_width, centre[1] - half_height, centre[1] + half_height)
        self.labels = LabelPlacer((left + 1, top + 1, right - 1, bottom - 1))

    def x(self, distance):
        return PLOT[0] + (np.asarray(distance) - self.view[0]) / self.metres_per_mm

    def y(self, elevation):
        return PLOT[1] + (self.view[3] - np.asarray(elevation)) / self.metres_per_mm

    def paper(self, section_xy):
        """(k, 2) section coordinates (m) to page coordinates (mm)."""
        section_xy = np.asarray(section_xy, dtype=float).reshape(-1, 2)
        return np.column_stack([self.x(section_xy[:, 0]), self.y(section_xy[:, 1])])

    def svg(self, title, alteration_name=""):
        """The figure as SVG text: ``title``; ``alteration_name`` names the alteration value in the legend."""
        left, top, right, bottom = PLOT
        parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{PAGE[0]:g}mm" height="{PAGE[1]:g}mm" '
                 f'viewBox="0 0 {PAGE[0]:g} {PAGE[1]:g}" font-family="sans-serif" fill="#222222">',
                 f'<rect x="0" y="0" width="{PAGE[0]:g}" height="{PAGE[1]:g}" fill="white"/>',
                 f'<defs><clipPath id="plot"><rect x="{left}" y="{top}" width="{right - left}" '
                 f'height="{bottom - top}"/></clipPath></defs>']
        parts += self.header(title) + self.beyond_the_ends() + self.grid()
        parts.append('<g clip-path="url(#plot)">')
        parts += self.zone() + self.levels() + self.holes()
        parts.append("</g>")
        parts.append(f'<rect x="{left}" y="{top}" width="{right - left}" height="{bottom - top}" fill="none" '
                     'stroke="#222222" stroke-width="0.3"/>')
        parts += self.compass() + self.level_labels() + self.zone_label() + self.hole_labels()
        parts += self.interval_labels() + self.scale_bar() + self.legend(alteration_name)
        parts.append("</svg>")
        return "\n".join(parts)

    def header(self, title):
        line = self.drawn.line
        looking = section.compass_point(line.azimuth - 90.0)
        return [
            _text(PLOT[0], 10.0, title, 6.0, extra=' font-weight="bold"'),
            _text(PLOT[0], 16.0, tr(
                "Looking {}: section azimuth {:.0f}° from {:.0f} E {:.0f} N, {:.0f} m long. Holes within ±{:g} m "
                "are projected perpendicularly onto the section.").format(
                    looking, line.azimuth, *line.start, line.length_m, line.window_m), 2.8),
            _text(PLOT[0], 21.0, tr(
                "Scale 1:{:,.0f} on A4; vertical exaggeration 1:1 (none). Distances in metres along the section from "
                "its start; elevations in metres.").format(self.scale), 2.8)]

    def beyond_the_ends(self):
        """Grey where the page runs beyond the section's ends (nothing is drawn there)."""
        left, top, right, bottom = PLOT
        start, end = (float(np.clip(self.x(s), left, right)) for s in self.drawn.frame[:2])
        return [f'<rect x="{x0:.2f}" y="{top}" width="{x1 - x0:.2f}" height="{bottom - top}" fill="#f2f2f2"/>'
                for x0, x1 in ((left, start), (end, right)) if x1 - x0 > 0.01]

    def grid(self):
        left, top, right, bottom = PLOT
        s0, s1, z0, z1 = self.view
        parts = []
        step = nice_step(25.0 * self.metres_per_mm)
        for tick in np.arange(math.ceil(s0 / step) * step, s1, step):
            x = float(self.x(tick))
            parts.append(f'<line x1="{x:.2f}" y1="{top}" x2="{x:.2f}" y2="{bottom}" stroke="{COLOURS["grid"]}" '
                         'stroke-width="0.2"/>' + _text(x, bottom + 3.8, f"{tick:g}", 2.4, "middle"))
        step = nice_step(12.0 * self.metres_per_mm)
        for tick in np.arange(math.ceil(z0 / step) * step, z1, step):
            y = float(self.y(tick))
            parts.append(f'<line x1="{left}" y1="{y:.2f}" x2="{right}" y2="{y:.2f}" stroke="{COLOURS["grid"]}" '
                         'stroke-width="0.2"/>' + _text(left - 1.2, y + 0.9, f"{tick:g}", 2.4, "end"))
        middle = (top + bottom) / 2
        parts.append(_text(8.0, middle, tr("elevation (m)"), 2.6, "middle",
                           f' transform="rotate(-90 8 {middle:.2f})"'))
        parts.append(_text((left + right) / 2, bottom + 7.8, tr("distance along the section (m)"), 2.6,
                           "middle"))
        return parts

    def zone(self):
        zone = self.drawn.zone
        if zone is None:
            return []
        parts = []
        band = zone.band(self.view)
        if band is not None:
            points = " ".join(f"{x:.2f},{y:.2f}" for x, y in self.paper(band))
            parts.append(f'<polygon points="{points}" fill="{COLOURS["zone"]}" fill-opacity="0.15" stroke="none"/>')
        for edge in (1, -1) if zone.half_thickness_m > 0 else ():
            segment = zone.segment(self.view, edge)
            if segment is not None:
                parts.append(_polyline(self.paper(segment), COLOURS["zone"], 0.25))
        segment = zone.segment(self.view)
        if segment is not None:
            parts.append(_polyline(self.paper(segment), COLOURS["zone"], 0.5, ' stroke-dasharray="4,1.5"'))
        return parts

    def levels(self):
        start, end = self.drawn.frame[:2]
        parts = [_polyline(self.paper(self.drawn.ground_profile()), COLOURS["ground"], 0.4)]
        for _, elevation in self.drawn.levels:
            line = self.paper([(start, elevation), (end, elevation)])
            self.labels.avoid(line)
            parts.append(_polyline(line, COLOURS["level"], 0.35, ' stroke-dasharray="3,1.5"'))
        return parts

    def holes(self):
        alteration = [p for p in self.drawn.intervals if p.kind == "alteration"]
        strongest = max((p.value for p in alteration), default=1.0)
        parts = [_polyline(self.paper(p.section_xy), _colour_between(COLOURS["alteration_low"],
                                                                     COLOURS["alteration_high"], p.value / strongest),
                           1.8, ' stroke-linecap="butt"') for p in alteration]
        for path in self.drawn.holes:
            dash = ' stroke-dasharray="2,1.2"' if path.kind == "planned" else ""
            self.labels.avoid(self.paper(path.section_xy))
            parts.append(_polyline(self.paper(path.section_xy), COLOURS[path.kind], 0.35, dash))
            if path.from_m == 0.0:
                x, y = self.paper(path.section_xy[:1])[0]
                parts.append(f'<circle cx="{x:.2f}" cy="{y:.2f}" r="0.6" fill="{COLOURS[path.kind]}"/>')
        parts += [_polyline(self.paper(p.section_xy), COLOURS["interval"], 1.0, ' stroke-linecap="butt"')
                  for p in self.drawn.intervals if p.kind == "interval"]
        return parts

    def compass(self):
        azimuth = self.drawn.line.azimuth
        left, top, right, _ = PLOT
        texts = [(left + 2.0, section.compass_point(azimuth + 180.0), "start"),
                 (right - 2.0, section.compass_point(azimuth), "end")]
        parts = []
        for x, text, anchor in texts:
            self.labels.reserve(LabelPlacer.label_box(x, top + 6.5, text_width(text, 5.0), 6.25, 5.0, anchor))
            parts.append(_text(x, top + 6.5, text, 5.0, anchor, ' font-weight="bold"'))
        return parts

    def level_labels(self):
        parts = []
        right = min(float(self.x(self.drawn.frame[1])), PLOT[2]) - 1.5
        for depth, elevation in self.drawn.levels:
            text = level_label(depth, elevation)
            x, y, anchor = self.labels.place(right, float(self.y(elevation)) - 1.0, text, TEXT, [(0.0, "end")],
                                             (0, -1, 1, -2, 2))
            parts.append(_text(x, y, text, TEXT, anchor, f' fill="{COLOURS["level"]}"'))
        return parts

    def zone_label(self):
        zone = self.drawn.zone
        segment = None if zone is None else zone.segment(self.view)
        if segment is None:
            return []
        text = tr("fitted zone: dip {:.0f}° towards {:.0f}°, apparent dip {:.0f}° here").format(
            zone.dip, zone.dip_direction, abs(zone.apparent_dip))
        upper, lower = self.paper(segment)
        x, y = upper + (lower - upper) * 0.85  # low on the section, where the holes seldom reach
        x, y, anchor = self.labels.place(x, y, text, TEXT, [(3.0, "start"), (-3.0, "end")], range(0, -12, -1))
        return [_text(x, y, text, TEXT, anchor, f' fill="{COLOURS["zone"]}"')]

    def hole_labels(self):
        parts = []
        for hole_id in dict.fromkeys(p.hole_id for p in self.drawn.holes):
            path = next(p for p in self.drawn.holes if p.hole_id == hole_id)
            x, y = self.paper(path.section_xy[:1])[0]
            x, y, anchor = self.labels.place(x, y - 1.8, hole_id, 2.4, [(0.0, "middle")], range(0, -8, -1))
            parts.append(_text(x, y, hole_id, 2.4, anchor, f' fill="{COLOURS[path.kind]}" font-weight="bold"'))
        return parts

    def interval_labels(self):
        parts = []
        labelled = sorted((p for p in self.drawn.intervals if p.label), key=lambda p: -p.middle[1])
        for path in labelled:
            anchor_x, anchor_y = self.paper(path.middle)[0]
            x, y, anchor = self.labels.place(anchor_x, anchor_y + 0.9, path.label, TEXT,
                                             [(2.5, "start"), (-2.5, "end")],
                                             [k * sign for k in range(0, 16) for sign in ((1, -1) if k else (1,))])
            if abs(y - anchor_y - 0.9) > 0.01:
                parts.append(f'<line x1="{anchor_x:.2f}" y1="{anchor_y:.2f}" x2="{x:.2f}" y2="{y - 0.9:.2f}" '
                             f'stroke="{COLOURS["interval"]}" stroke-width="0.15"/>')
            parts.append(_text(x, y, path.label, TEXT, anchor, f' fill="{COLOURS["interval"]}"'))
        return parts

    def scale_bar(self):
        left, y = PLOT[0], PLOT[3] + 14.0
        length = nice_step((PLOT[2] - PLOT[0]) / 6 * self.metres_per_mm)
        width = length / self.metres_per_mm
        parts = [f'<rect x="{left + i * width / 4:.2f}" y="{y:.2f}" width="{width / 4:.2f}" height="1.5" '
                 f'fill="{"#222222" if i % 2 == 0 else "white"}" stroke="#222222" stroke-width="0.2"/>'
                 for i in range(4)]
        for value, x in ((0, left), (length / 2, left + width / 2), (length, left + width)):
            parts.append(_text(x, y + 4.6, f"{value:g}", 2.4, "middle"))
        note = tr("m  (scale 1:{:,.0f}, no vertical exaggeration)").format(self.scale)
        parts.append(_text(left + width + 3.0, y + 1.6, note, 2.4))
        return parts

    def legend(self, alteration_name):
        kinds = {p.kind for p in self.drawn.holes + self.drawn.intervals}
        entries = [(kind, text) for kind, text in (
            ("drilled", tr("drilled hole")), ("planned", tr("planned hole")),
            ("interval", tr("intercept")),
            ("alteration", tr("alteration ({}), pale to dark: weak to strong").format(alteration_name)))
            if kind in kinds]
        entries.append(("level", tr("level below surface")))
        entries.append(("ground", tr("ground (through the collars)")))
        if self.drawn.zone is not None:
            entries.append(("zone", tr("fitted zone (mid-surface and true thickness)")))
        x, y = PLOT[0], PLOT[3] + 25.0
        parts = []
        for kind, text in entries:
            advance = 12.0 + text_width(text, TEXT) + 4.0
            if x + advance > PAGE[0] - 8.0:
                x, y = PLOT[0], y + 5.0
            parts.append(self.swatch(kind, x, y - 0.9) + _text(x + 10.0, y, text, TEXT))
            x += advance
        return parts

    @staticmethod
    def swatch(kind, x, y):
        """An 8 mm sample of how ``kind`` is drawn, centred on height ``y``."""
        styles = {"drilled": (0.35, ""), "planned": (0.4, ' stroke-dasharray="2,1.2"'),
                  "interval": (1.0, ""), "level": (0.35, ' stroke-dasharray="3,1.5"'), "ground": (0.4, ""),
                  "zone": (0.5, ' stroke-dasharray="4,1.5"')}
        if kind == "alteration":
            return "".join(f'<rect x="{x + i * 2:.2f}" y="{y - 0.9:.2f}" width="2" height="1.8" fill="'
                           f'{_colour_between(COLOURS["alteration_low"], COLOURS["alteration_high"], i / 3)}"/>'
                           for i in range(4))
        width, dash = styles[kind]
        colour = COLOURS[kind]
        band = (f'<rect x="{x:.2f}" y="{y - 1.5:.2f}" width="8" height="3" fill="{colour}" fill-opacity="0.15"/>'
                if kind == "zone" else "")
        return band + _polyline([(x, y), (x + 8.0, y)], colour, width, dash)


def write_png(figure, path):
    """The SVG ``figure`` rendered at :data:`PNG_DPI` to ``path``, on white; False if it cannot be written."""
    renderer = QSvgRenderer(QByteArray(figure.encode("utf-8")))
    size = [round(mm / 25.4 * PNG_DPI) for mm in PAGE]
    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, *size))
    painter.end()
    return renderer.isValid() and image.save(str(path), "PNG")
