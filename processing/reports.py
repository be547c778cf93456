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


def table_html(header, rows):
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def html_page(title, sections):
    """A complete HTML page: ``sections`` is a list of (heading, html fragment)."""
    body = "".join(f"<h2>{html.escape(heading)}</h2>{fragment}" for heading, fragment in sections)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{STYLE}</style></head><body><h1>{html.escape(title)}</h1>{body}</body></html>")
