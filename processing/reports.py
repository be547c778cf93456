"""Self-contained HTML reports with inline SVG plots, for the Processing results viewer (no plotting library): the
plot and table builders, and the report pages of the prospectivity and lineament tools."""
import html
import math

import numpy as np

from ..science.prospectivity import validation

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


# ----------------------------------------------------------------------------------------------------------------
# Prospectivity model and validation

LEAKAGE_GAP = 0.05  # random-CV AUC this much above the spatial one is flagged
COLOURS = {"spatial": "#d95f02", "random": "#7f7f7f", "success": "#1b9e77", "chance": "#bbbbbb",
           "area": "#7570b3"}


def percent(value):
    """A 0-1 fraction as a percentage with one decimal ("12.5 %")."""
    return f"{100 * value:.1f} %"


def _curve_plot(curves):
    """Capture curves (label, CaptureCurve, colour key, dashed) with the chance diagonal."""
    series = [(label, *curve.polyline(), COLOURS[key], dashed) for label, curve, key, dashed in curves]
    series.append(("chance (a map that knows nothing)", [0, 1], [0, 1], COLOURS["chance"], True))
    return line_svg(series, x_label="share of the valid area, highest scores first",
                    y_label="share of the points captured", tick_format="{:.0%}")


def _capture_table(columns):
    """Capture at 1/2/5/10/20 % of area for each (label, CurveSummary) column, with AUC and its interval."""
    rows = [[percent(f)] + [percent(summary.capture[f]) for _, summary in columns]
            for f in validation.CAPTURE_FRACTIONS]
    rows.append(["AUC"] + [f"{summary.auc:.3f}" for _, summary in columns])
    rows.append(["AUC 95 % interval"] + [f"{summary.auc_low:.3f} - {summary.auc_high:.3f}" for _, summary in columns])
    rows.append(["points"] + [summary.n_points for _, summary in columns])
    return table_html(["top share of area"] + [label for label, _ in columns], rows)


def _pa_plot(curve, summary, area_scores, score_label):
    """The prediction-area plot against the score, with its crossing marked."""
    low, high = float(np.min(area_scores)), float(np.max(area_scores))
    thresholds = np.linspace(low, high, 101)
    captured, free_area = validation.prediction_area_curves(curve, area_scores, thresholds)
    svg = line_svg(
        [("points captured above the threshold", thresholds, captured, COLOURS["spatial"], False),
         ("100 % minus the area above the threshold", thresholds, free_area, COLOURS["area"], True)],
        x_label=f"{score_label} threshold", y_label="share", x_range=(low, high), tick_format="{:.2g}",
        markers=[(summary.pa_threshold, summary.pa_capture, f"{percent(summary.pa_capture)} of points in "
                  f"{percent(summary.pa_area)} of the area")])
    note = (f"<p>The curves cross at a threshold of {summary.pa_threshold:.3g}: cells scoring at least that hold "
            f"{percent(summary.pa_capture)} of the points in {percent(summary.pa_area)} of the area (normalized "
            f"density {summary.normalized_density:.2f}; Yousefi &amp; Carranza 2015). A crossing high on the share "
            "axis marks a map that packs many points into little ground.</p>")
    return svg + note


def _points_table(rows):
    """Counts of points used and dropped: rows of (what, PointCells or None)."""
    body = [[what, cells.n_given, cells.n_outside, cells.n_nodata, cells.n_merged, cells.n_cells]
            for what, cells in rows if cells is not None]
    return table_html(["points", "given", "outside the grid (dropped)", "on nodata (dropped)",
                       "merged into one cell", "cells used"], body)


def _leakage_text(spatial_auc, random_auc):
    """How much higher random cross-validation scores than spatial, flagged above :data:`LEAKAGE_GAP`."""
    gap = random_auc - spatial_auc
    if gap > LEAKAGE_GAP:
        return (f"Leakage flag: random cross-validation gives AUC {random_auc:.3f}, {gap:.3f} more than the spatial "
                "figure. Nearby points share their evidence, so random splits reward remembering the known zones. "
                "Quote the spatial figure.")
    return (f"Leakage flag: random cross-validation gives AUC {random_auc:.3f}, within {LEAKAGE_GAP} of the spatial "
            "figure, so nearby points do not inflate it much here; the spatial figure is still the one to quote.")


def _honest_figure_paragraph(block_size_m):
    """Why spatial cross-validation (blocks of ``block_size_m`` metres) is the figure to quote."""
    return (
        "<p><b>Why the spatial figure is the honest one.</b> Known gold occurrences come in clusters: the "
        "intercepts and showings of one zone sit tens of metres apart and look alike in every evidence layer. If a "
        "check hides points at random (random cross-validation), the model has nearly always seen a neighbour of "
        "each hidden point from the same zone, so it finds it easily; that measures memory of the known zones, not "
        f"the ability to find the next one. Spatial cross-validation hides whole squares of ground ({block_size_m:g} "
        "m blocks here), so every hidden point must be found by a model that never saw its zone, which is the "
        "situation of an undiscovered deposit. Read the prediction-rate curve as: follow up the top 10 % of the "
        "ground and you would have found this share of the known deposits, had they been unknown. Random splits "
        "have been measured up to 40 % more optimistic; when the random figure is much higher than the spatial "
        "one, the map leans on closeness to known points. The training (success-rate) curve is higher still and "
        "says only how well the model remembers what it was shown.</p>")


def _partial_dependence_plot(name, values, response):
    """A small plot of the mean prospectivity against one band's values."""
    low, high = float(values[0]), float(values[-1])
    if high <= low:  # a band with one value over the sampled cells
        low, high = low - 1.0, high + 1.0
    svg = line_svg([(name, values, response, COLOURS["spatial"], False)], width=300, height=200,
                   x_label=name, y_label="prospectivity", x_range=(low, high), tick_format="{:.3g}")
    return f"<div style='display:inline-block'>{svg}</div>"


def _transfer_section(transfer, names):
    """The transfer check: a verdict, then the held-out AUC of the model, each band alone and the WofE posterior
    for every split."""
    header = ["split line (normal, deg)", "trained on", "points (train / test)", "model", "best band (chosen on "
              "the training side)", "WofE posterior"] + [f"{name} alone" for name in names]
    rows = [(f"{split.angle:g}", "the side the normal points to" if split.side > 0 else "the other side",
             f"{split.n_train} / {split.n_test}", f"{split.model_auc:.3f}",
             f"{split.best_band}: {split.best_band_auc:.3f}", f"{split.wofe_auc:.3f}",
             *(f"{split.band_auc[name]:.3f}" for name in names)) for split in transfer.splits]
    rows.append(("mean", "", "", f"{transfer.model_auc:.3f}", f"{transfer.best_band_auc:.3f}",
                 f"{transfer.wofe_auc:.3f}", *(f"{transfer.band_auc(name):.3f}" for name in names)))
    return (f"<p><b>{transfer.verdict()}</b></p><p>Each line cuts the valid area in two through its centre; the "
            "model, each band alone and a weights-of-evidence posterior are trained on one side and rank the other "
            "side's points among its cells (prediction-rate AUC, ties at mid-rank; 0.5 is chance). Spatial "
            "cross-validation above stays inside the training ground; this is the figure for ground the model has "
            "not seen.</p>" + table_html(header, rows))


def _applicability_section(applicability, names):
    return (f"<p>{applicability.summary.describe(names)}</p><p>The APPLICABILITY raster is each cell's "
            "dissimilarity to the training data (importance-weighted, standardised evidence) over the threshold the "
            "training data set for themselves (Meyer &amp; Pebesma 2021): above 1 the model extrapolates, and its "
            "heat map there is a guess. Threshold: " f"{applicability.model.threshold:.3f}.</p>")


def model_report(result, run, checks=None):
    """The HTML report of a training run; ``run`` lists (name, value) of the inputs beyond the model parameters;
    ``checks`` holds the optional ``transfer`` check and ``applicability`` map."""
    checks = checks or {}
    spatial, shuffled, success = result.spatial_summary, result.random_summary, result.success_summary
    parameters = result.parameters
    summary = (f"<p><b>Spatial cross-validation AUC {spatial.auc:.3f}</b> (95 % interval {spatial.auc_low:.3f} - "
               f"{spatial.auc_high:.3f}, bootstrap over the {spatial.n_points} held-out positive cells, "
               f"{result.n_spatial_folds} folds of {parameters['cv_block_size_m']:g} m blocks). "
               f"The top 10 % of the area holds {percent(spatial.capture[0.1])} of the held-out positives, "
               f"the top 20 % {percent(spatial.capture[0.2])}.</p><p>{_leakage_text(spatial.auc, shuffled.auc)}</p>"
               f"<p>Training (success-rate) AUC {success.auc:.3f}: how well the final model remembers its own "
               "points, not a measure of prediction.</p>" + (
                   f"<p>ROC AUC of held-out positives against held-out true negatives (spatial cross-validation): "
                   f"{result.spatial_roc_auc:.3f} (the chance that a known occurrence scores above a known barren "
                   "point of the same held-out blocks).</p>" if np.isfinite(result.spatial_roc_auc) else ""))
    importance = np.argsort(-result.importance)
    names = result.band_names
    pd_plots = "".join(_partial_dependence_plot(names[band], values, response)
                       for band, (values, response) in enumerate(result.partial_dependence))
    counts = [("positives", result.positives), ("true negatives", result.negatives)]
    notes = [f"Unlabelled cells drawn as negatives in each bag: {result.negatives_per_bag}.",
             f"Valid cells (data in every band): {result.n_valid_cells}.",
             f"Spatial folds: {result.n_spatial_folds}; random folds: {result.n_random_folds}."]
    if result.negatives_on_positive_cells:
        notes.append(f"True negatives on a positive cell (left out): {result.negatives_on_positive_cells}.")
    notes += [f"Warning: {w}" for w in result.warnings]
    parameter_rows = run + [("method", parameters["method"]),
                            ("negative buffer (m)", f"{parameters['negative_buffer_m']:g}"),
                            ("bags", parameters["n_bags"]),
                            ("cross-validation block size (m)", f"{parameters['cv_block_size_m']:g}"),
                            ("folds asked", parameters["n_folds"]), ("seed", parameters["seed"]),
                            ("bands", ", ".join(names)),
                            ("categorical bands", ", ".join(parameters.get("categorical", [])) or "none"),
                            ("scikit-learn", result.model.sklearn_version)]
    area_scores = result.prospectivity[np.isfinite(result.prospectivity)]
    return html_page("Prospectivity model report", [
        ("Summary", summary),
        ("How to read this report", _honest_figure_paragraph(parameters["cv_block_size_m"])),
        ("Prediction-rate curves", _curve_plot([
            ("spatial cross-validation (held-out blocks)", result.spatial, "spatial", False),
            ("random cross-validation (leakage flag)", result.random, "random", True),
            ("training points on the final map (success rate)", result.success, "success", True)])),
        ("Capture at fixed shares of the area", _capture_table([("spatial CV", spatial), ("random CV", shuffled),
                                                                ("training", success)])),
        ("Prediction-area plot (spatial cross-validation against the final map)",
         _pa_plot(result.spatial, spatial, area_scores, "prospectivity")),
        ("Permutation importance (drop of the spatial AUC when the band is shuffled)",
         labelled_bars_svg([names[i] for i in importance], [float(result.importance[i]) for i in importance],
                           [float(result.importance_std[i]) for i in importance], x_label="AUC drop") +
         "<p class='note'>Bands that carry the same information share the credit: shuffling one of two "
         "look-alike bands costs little, so a low value does not prove a band useless.</p>"),
        ("Partial dependence (mean prospectivity with one band set to each value)", pd_plots),
        *([("Transfer check: ground the model was not trained on", _transfer_section(checks["transfer"], names))]
          if "transfer" in checks else []),
        *([("Area of applicability", _applicability_section(checks["applicability"], names))]
          if "applicability" in checks else []),
        ("Points and folds", _points_table(counts) + "<p>" + "<br>".join(notes) + "</p>"),
        ("Run parameters", table_html(["parameter", "value"], parameter_rows))])


def validation_report(score_name, result, area_scores):
    """The HTML report of Validate prospectivity: ``result`` is the science's score validation, ``area_scores``
    the valid cells' scores."""
    summary = result.prediction_summary
    curves = [("prediction rate (validation points)", result.prediction, "spatial", False)]
    columns = [("validation points", summary)]
    counts = [("validation points", result.points)]
    if result.success is not None:
        curves.append(("success rate (training points)", result.success, "success", True))
        columns.append(("training points", result.success_summary))
        counts.append(("training points", result.training_points))
    return html_page(f"Prospectivity validation: {score_name}", [
        ("Summary", f"<p><b>Prediction-rate AUC {summary.auc:.3f}</b> (95 % interval {summary.auc_low:.3f} - "
                    f"{summary.auc_high:.3f}, bootstrap over the points). The top 10 % of the valid area holds "
                    f"{percent(summary.capture[0.1])} of the validation points. Valid area: "
                    f"{result.n_valid_cells} cells; nodata cells are not counted as area.</p>"),
        ("Capture curves", _curve_plot(curves)),
        ("Capture at fixed shares of the area", _capture_table(columns)),
        ("Prediction-area plot", _pa_plot(result.prediction, summary, area_scores, "score")),
        ("Points", _points_table(counts))])


# ----------------------------------------------------------------------------------------------------------------
# Lineament statistics


def lineament_report(source_name, n_lines, edges, counts, lengths):
    """The HTML report of Lineament statistics: ``n_lines`` lineaments, per azimuth bin (``edges`` in degrees from
    north) the number of lines and their length (m)."""
    total = float(np.sum(lengths)) or 1.0
    rows = [(f"{a:g}", f"{b:g}", int(c), f"{length / 1000:.2f}", f"{100 * length / total:.1f}")
            for a, b, c, length in zip(edges[:-1], edges[1:], counts, lengths)]
    return html_page(f"Lineament statistics: {source_name}", [
        ("Summary", f"<p>{n_lines} lineaments, {total / 1000:.2f} km in all.</p>"),
        ("Rose diagram (length-weighted, axial)", rose_svg(list(edges), list(lengths))),
        ("Azimuth histogram", bar_svg(list(edges), [v / 1000 for v in lengths],
                                      x_label="azimuth (degrees from north)", y_label="length (km)")),
        ("Table", table_html(["azimuth from", "azimuth to", "lines", "length (km)", "share (%)"], rows))])
