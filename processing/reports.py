"""Self-contained HTML reports with inline SVG plots, for the Processing results viewer (no plotting library)."""
import html
import math

STYLE = ("body{font-family:sans-serif;margin:1.5em;color:#222}table{border-collapse:collapse}"
         "td,th{border:1px solid #bbb;padding:2px 8px;text-align:right}th{background:#eee}"
         "h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.5em}.note{color:#555;font-size:0.9em}")


def rose_svg(edges_deg, values, size=360, colour="#d95f02"):
    """An axial rose diagram (0-180 deg bins mirrored to 180-360), petal radius proportional to the value."""
    centre, radius = size / 2, size / 2 - 24
    peak = max(values) if len(values) and max(values) > 0 else 1.0
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
             f'viewBox="0 0 {size} {size}">',
             f'<circle cx="{centre}" cy="{centre}" r="{radius}" fill="none" stroke="#999"/>',
             f'<circle cx="{centre}" cy="{centre}" r="{radius / 2}" fill="none" stroke="#ccc"/>']
    for label, angle in (("N", 0), ("E", 90), ("S", 180), ("W", 270)):
        x = centre + (radius + 12) * math.sin(math.radians(angle))
        y = centre - (radius + 12) * math.cos(math.radians(angle)) + 4
        parts.append(f'<text x="{x:.1f}" y="{y:.1f}" font-size="12" text-anchor="middle">{label}</text>')
    for low, high, value in zip(edges_deg[:-1], edges_deg[1:], values):
        r = radius * math.sqrt(value / peak)  # area proportional to the value
        for offset in (0.0, 180.0):
            a0, a1 = math.radians(low + offset), math.radians(high + offset)
            x0, y0 = centre + r * math.sin(a0), centre - r * math.cos(a0)
            x1, y1 = centre + r * math.sin(a1), centre - r * math.cos(a1)
            parts.append(f'<path d="M{centre},{centre} L{x0:.1f},{y0:.1f} A{r:.1f},{r:.1f} 0 0,1 {x1:.1f},{y1:.1f} Z" '
                         f'fill="{colour}" fill-opacity="0.8" stroke="#fff" stroke-width="0.5"/>')
    parts.append("</svg>")
    return "".join(parts)


def bar_svg(edges, values, width=520, height=220, colour="#1b9e77", x_label="", y_label=""):
    """A histogram as vertical bars between ``edges``."""
    left, bottom, top = 48, 30, 10
    plot_w, plot_h = width - left - 10, height - bottom - top
    peak = max(values) if len(values) and max(values) > 0 else 1.0
    span = edges[-1] - edges[0] or 1.0
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}">',
             f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#444"/>',
             f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#444"/>']
    for low, high, value in zip(edges[:-1], edges[1:], values):
        x = left + (low - edges[0]) / span * plot_w
        w = (high - low) / span * plot_w
        h = value / peak * plot_h
        parts.append(f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{max(w - 1, 0.5):.1f}" height="{h:.1f}" '
                     f'fill="{colour}"/>')
    for tick in range(0, 7):
        value = edges[0] + span * tick / 6
        x = left + tick / 6 * plot_w
        parts.append(f'<text x="{x:.1f}" y="{top + plot_h + 14}" font-size="11" text-anchor="middle">'
                     f'{value:g}</text>')
    parts.append(f'<text x="{left + plot_w / 2}" y="{height - 2}" font-size="11" text-anchor="middle">'
                 f'{html.escape(x_label)}</text>')
    parts.append(f'<text x="12" y="{top + plot_h / 2}" font-size="11" text-anchor="middle" '
                 f'transform="rotate(-90 12 {top + plot_h / 2})">{html.escape(y_label)}</text>')
    parts.append(f'<text x="{left - 4}" y="{top + 10}" font-size="10" text-anchor="end">{peak:.3g}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _axis_ticks(low, high, count=5):
    return [low + (high - low) * i / count for i in range(count + 1)]


def line_svg(series, width=520, height=320, x_label="", y_label="", x_range=(0.0, 1.0), y_range=(0.0, 1.0),
             markers=(), tick_format="{:g}"):
    """A line plot with its legend below. ``series``: (label, xs, ys, colour, dashed) tuples; ``markers``: (x, y,
    label) points drawn as dots; ``tick_format`` formats both axes' tick values (for example "{:.0%}" for
    fractions). ``height`` is the plot's, the legend adds 16 px per series."""
    left, right, top, bottom = 52, 12, 12, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    height += 16 * len(series)
    (x0, x1), (y0, y1) = x_range, y_range
    x_span, y_span = (x1 - x0) or 1.0, (y1 - y0) or 1.0

    def px(x):
        return left + (min(max(x, x0), x1) - x0) / x_span * plot_w

    def py(y):
        return top + plot_h - (min(max(y, y0), y1) - y0) / y_span * plot_h

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}">',
             f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#444"/>']
    for tick in _axis_ticks(x0, x1):
        parts.append(f'<line x1="{px(tick):.1f}" y1="{top}" x2="{px(tick):.1f}" y2="{top + plot_h}" stroke="#eee"/>'
                     f'<text x="{px(tick):.1f}" y="{top + plot_h + 14}" font-size="11" text-anchor="middle">'
                     f'{html.escape(tick_format.format(tick))}</text>')
    for tick in _axis_ticks(y0, y1):
        parts.append(f'<line x1="{left}" y1="{py(tick):.1f}" x2="{left + plot_w}" y2="{py(tick):.1f}" stroke="#eee"/>'
                     f'<text x="{left - 4}" y="{py(tick) + 4:.1f}" font-size="11" text-anchor="end">'
                     f'{html.escape(tick_format.format(tick))}</text>')
    for index, (label, xs, ys, colour, dashed) in enumerate(series):
        path = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in zip(xs, ys) if math.isfinite(x) and math.isfinite(y))
        dash = ' stroke-dasharray="5,4"' if dashed else ""
        parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>')
        legend_y = top + plot_h + bottom + 12 + 16 * index
        parts.append(f'<line x1="{left + 10}" y1="{legend_y - 4}" x2="{left + 34}" y2="{legend_y - 4}" '
                     f'stroke="{colour}" stroke-width="2"{dash}/><text x="{left + 40}" y="{legend_y}" '
                     f'font-size="11">{html.escape(label)}</text>')
    for x, y, label in markers:
        right_half = px(x) > left + plot_w / 2  # label on the side with room
        text_x, anchor = (px(x) - 7, "end") if right_half else (px(x) + 7, "start")
        parts.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="4" fill="#222"/><text x="{text_x:.1f}" '
                     f'y="{py(y) + 16:.1f}" font-size="11" text-anchor="{anchor}">{html.escape(label)}</text>')
    parts.append(f'<text x="{left + plot_w / 2}" y="{top + plot_h + bottom - 6}" font-size="11" '
                 f'text-anchor="middle">{html.escape(x_label)}</text>')
    parts.append(f'<text x="12" y="{top + plot_h / 2}" font-size="11" text-anchor="middle" '
                 f'transform="rotate(-90 12 {top + plot_h / 2})">{html.escape(y_label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def labelled_bars_svg(labels, values, errors=None, width=520, x_label="", colour="#7570b3"):
    """Horizontal bars, one per label, from a zero line (negative values go left), with optional error whiskers.
    ``width`` is the bars' part; the labels' column is as wide as the longest label needs (up to 390 px)."""
    errors = list(errors) if errors is not None else [0.0] * len(values)
    row_h, top, bottom = 20, 8, 34
    label_w = min(390, 16 + 7 * max((len(str(label)) for label in labels), default=0))
    plot_w = width - 16
    width = label_w + width
    height = top + bottom + row_h * len(values)
    low = min([0.0] + [v - e for v, e in zip(values, errors)])
    high = max([0.0] + [v + e for v, e in zip(values, errors)])
    span = (high - low) or 1.0

    def px(value):
        return label_w + (value - low) / span * plot_w

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}">']
    for index, (label, value, error) in enumerate(zip(labels, values, errors)):
        y = top + index * row_h
        x_start, x_end = sorted((px(0.0), px(value)))
        label = str(label) if len(str(label)) <= 54 else str(label)[:53] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" font-size="11" text-anchor="end">'
                     f'{html.escape(label)}</text><rect x="{x_start:.1f}" y="{y + 3}" '
                     f'width="{max(x_end - x_start, 0.5):.1f}" height="{row_h - 6}" fill="{colour}"/>')
        if error > 0:
            parts.append(f'<line x1="{px(value - error):.1f}" y1="{y + row_h / 2}" x2="{px(value + error):.1f}" '
                         f'y2="{y + row_h / 2}" stroke="#222"/>')
    axis_y = top + row_h * len(values)
    parts.append(f'<line x1="{px(0.0):.1f}" y1="{top}" x2="{px(0.0):.1f}" y2="{axis_y}" stroke="#444"/>')
    for tick in _axis_ticks(low, high, 4):
        parts.append(f'<text x="{px(tick):.1f}" y="{axis_y + 14}" font-size="11" text-anchor="middle">'
                     f'{tick:.2g}</text>')
    parts.append(f'<text x="{label_w + plot_w / 2}" y="{height - 4}" font-size="11" text-anchor="middle">'
                 f'{html.escape(x_label)}</text></svg>')
    return "".join(parts)


def table_html(header, rows):
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def html_page(title, sections):
    """A complete HTML page: ``sections`` is a list of (heading, html fragment)."""
    body = "".join(f"<h2>{html.escape(heading)}</h2>{fragment}" for heading, fragment in sections)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{STYLE}</style></head><body><h1>{html.escape(title)}</h1>{body}</body></html>")
