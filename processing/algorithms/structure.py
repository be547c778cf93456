"""Structure algorithms: CET-style texture, phase symmetry, lineaments, complexity, corridors, anomalies, statistics.

Science in ``science/texture.py``, ``phasesymmetry.py``, ``lineaments.py``, ``complexity.py``, ``corridors.py`` and
``anomalies.py``; parameters are in map units (metres) and converted to cells here.
"""
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...science.features import FeatureTable, linestring_wkt, point_wkt, polygon_wkt
from ...science.grid import GridSpec
from ...science.structure import anomalies, complexity, corridors, lineaments, phasesymmetry, texture
from .. import reports, tiled
from ..base import LodestoneAlgorithm, number_parameter
from ..compat import ProcessingFieldParameterDataType, ProcessingSourceType

POLARITIES = ("bright (magnetic highs, dykes)", "dark (magnetic lows)", "both")
POLARITY_VALUES = (1, -1, 0)
COMBINATIONS = ("sum over orientations (Kovesi)", "best orientation where it beats the sum (keeps crossing lines)")
COMBINATION_VALUES = ("sum", "max")


def _cells(metres, grid):
    """Metres to cells (the mean cell size where cells are not square; read_input warns about it)."""
    return metres / ((grid.cell_x + grid.cell_y) / 2)


class RasterStructureAlgorithm(LodestoneAlgorithm):
    """Common reading of the INPUT grid for the raster structure tools."""

    GROUP_ID = "structure"
    INPUT = "INPUT"
    REQUIRES = ("scipy",)

    def read_input(self, parameters, context, feedback):
        values, grid, crs = self.read_raster(self.parameterAsRasterLayer(parameters, self.INPUT, context))
        self.require_projected(crs, self.tr("The input grid"))
        self.warn_if_not_square(grid, feedback)
        return values, grid, crs

    def warn_if_not_square(self, grid, feedback):
        """The filters assume square cells: say so when they are not."""
        if not grid.is_square:
            feedback.pushWarning(self.tr("Cells are {:.2f} x {:.2f} m: distances in cells use the mean size.").format(
                grid.cell_x, grid.cell_y))

    def add_input(self):
        self.add_parameter(QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Input grid")),
                           "A magnetic grid (reduced to pole is best), north-up, projected CRS in metres.")


class PhaseSymmetryParameters:
    """The log-Gabor filter-bank parameters shared by phasesymmetry and extractlineaments."""

    MIN_WAVELENGTH, N_SCALES, N_ORIENTATIONS = "MIN_WAVELENGTH", "N_SCALES", "N_ORIENTATIONS"
    SCALE_MULTIPLIER, NOISE_K, POLARITY = "SCALE_MULTIPLIER", "NOISE_K", "POLARITY"
    ORIENTATION_COMBINE, THRESHOLD, RIDGES = "ORIENTATION_COMBINE", "THRESHOLD", "RIDGES"

    def add_bank_parameters(self, default_polarity=0, default_combine="sum"):
        self.add_parameter(number_parameter(self.MIN_WAVELENGTH, self.tr("Smallest wavelength (m)"), 0.0),
                           "Wavelength of the smallest filter in metres; 0 = 3 cells (Kovesi's default). Must be at "
                           "least 2 cells.")
        self.add_parameter(number_parameter(self.N_SCALES, self.tr("Number of scales"), 5, 1, 12, integer=True),
                           "Number of filter scales; each is SCALE_MULTIPLIER times the previous (default 5).")
        self.add_parameter(number_parameter(self.N_ORIENTATIONS, self.tr("Number of orientations"),
                                            6, 1, 24, integer=True),
                           "Number of filter orientations over 180 degrees (default 6).")
        self.add_parameter(number_parameter(self.SCALE_MULTIPLIER, self.tr("Scale multiplier"), 2.1, 1.1, 5.0),
                           "Ratio between successive filter wavelengths (default 2.1).", advanced=True)
        self.add_parameter(number_parameter(self.NOISE_K, self.tr("Noise threshold (k)"), 2.0, 0.0, 100.0),
                           "Noise threshold in standard deviations of the estimated noise: 2 for clean grids, "
                           "10-20 for noisy ones.")
        self.add_parameter(QgsProcessingParameterEnum(self.POLARITY, self.tr("Polarity"), list(POLARITIES),
                                                      defaultValue=default_polarity),
                           "bright: ridges of highs (dykes); dark: troughs of lows (alteration, faults); both.")
        # optional, so Processing models saved before it existed keep running with the default
        self.add_parameter(QgsProcessingParameterEnum(self.ORIENTATION_COMBINE, self.tr("Combine orientations"),
                                                      list(COMBINATIONS),
                                                      defaultValue=COMBINATION_VALUES.index(default_combine),
                                                      optional=True),
                           "sum: Kovesi's phase symmetry, summed over the filter orientations; where a strong line "
                           "crosses a weak one it loses the weak line for several cells either side. best "
                           "orientation: the larger of that sum and the symmetry of the single best orientation "
                           "(where its filter response is at least a quarter of the grid's 99th percentile), which "
                           "keeps the weak line through the crossing (see README).")

    def add_threshold_parameter(self):
        self.add_parameter(number_parameter(self.THRESHOLD, self.tr("Symmetry threshold"), 0.0, 0.0, 1.0),
                           "Cells with symmetry above this are ridges; 0 = automatic: 20 % of the grid's largest "
                           "symmetry with the best-orientation combination, 1 % with the sum (see README).")

    def add_ridges_output(self, help_text):
        self.add_parameter(QgsProcessingParameterRasterDestination(self.RIDGES, self.tr("Ridges"), optional=True,
                                                                   createByDefault=False), help_text)

    def threshold(self, parameters, context):
        """THRESHOLD as the science takes it: None for automatic."""
        return self.parameterAsDouble(parameters, self.THRESHOLD, context) or None

    def bank_arguments(self, parameters, context, grid):
        wavelength = self.parameterAsDouble(parameters, self.MIN_WAVELENGTH, context)
        return {"min_wavelength_m": wavelength or 3 * (grid.cell_x + grid.cell_y) / 2,
                "n_scales": self.parameterAsInt(parameters, self.N_SCALES, context),
                "n_orientations": self.parameterAsInt(parameters, self.N_ORIENTATIONS, context),
                "mult": self.parameterAsDouble(parameters, self.SCALE_MULTIPLIER, context),
                "noise_k": self.parameterAsDouble(parameters, self.NOISE_K, context),
                "polarity": POLARITY_VALUES[self.parameterAsEnum(parameters, self.POLARITY, context)],
                "combine": COMBINATION_VALUES[self.parameterAsEnum(parameters, self.ORIENTATION_COMBINE, context)]}


class TextureAlgorithm(RasterStructureAlgorithm):
    ALGORITHM_ID = "texture"
    OUTPUT_STYLES = {"OUTPUT": "heatmap"}
    DISPLAY_NAME = "Texture (moving standard deviation)"
    HELP_ANCHOR = "texture"
    SHORT_HELP = ("Standard deviation of the grid in a moving square window (the CET texture step): high where the "
                  "field changes a lot over short distances, such as over dyke swarms and shear zones. WINDOW is the "
                  "window width in metres (rounded to an odd number of cells, at least 3). Nodata cells are ignored "
                  "in each window and stay nodata.")
    WINDOW, OUTPUT = "WINDOW", "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input()
        self.add_parameter(number_parameter(self.WINDOW, self.tr("Window (m)"), 0.0),
                           "Window width in metres; 0 = 5 cells.")
        self.add_parameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Texture")),
                           "Moving-window standard deviation, in input units.")

    def process(self, parameters, context, feedback):
        values, grid, crs = self.read_input(parameters, context, feedback)
        window_m = self.parameterAsDouble(parameters, self.WINDOW, context)
        window = 5 if window_m <= 0 else max(3, int(round(_cells(window_m, grid))) | 1)
        result = self.run_science(feedback, texture.texture, values, window)
        return {self.OUTPUT: self.write_raster(self.parameterAsOutputLayer(parameters, self.OUTPUT, context), result,
                                               grid, crs, f"texture ({window} cells)")}


class PhaseSymmetryAlgorithm(PhaseSymmetryParameters, RasterStructureAlgorithm):
    ALGORITHM_ID = "phasesymmetry"
    OUTPUT_STYLES = {"OUTPUT": "heatmap"}
    DISPLAY_NAME = "Phase symmetry"
    HELP_ANCHOR = "phasesymmetry"
    SHORT_HELP = ("Kovesi's phase symmetry (1997): a contrast-invariant measure (0-1) of how line-like the grid is at "
                  "each cell, from a bank of log-Gabor filters, as in the CET Grid Analysis method (Holden et al. "
                  "2008). Run on an RTP grid it peaks on dyke axes (bright) or on linear lows (dark); run on a "
                  "texture grid it peaks on the ridges flanking each dyke. ORIENTATION is the strike of the feature "
                  "in degrees clockwise from north (0-180). Wavelengths are in metres. RIDGES is the symmetry "
                  "above THRESHOLD, the raster Extract lineaments traces its lines on; on a grid above the tiled-path "
                  "size it is made tile by tile, like the symmetry.")
    OUTPUT, ORIENTATION = "OUTPUT", "ORIENTATION"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input()
        self.add_bank_parameters()
        self.add_parameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Phase symmetry")),
                           "Symmetry 0-1 (0 below the noise threshold).")
        self.add_parameter(QgsProcessingParameterRasterDestination(self.ORIENTATION, self.tr("Orientation"),
                                                                   optional=True),
                           "Strike of the feature, degrees clockwise from north, 0-180.")
        self.add_threshold_parameter()
        self.add_ridges_output("Phase symmetry above THRESHOLD (0 below), nodata where the input is: the lineament "
                               "ridges, as Extract lineaments makes them from the grid without normalisation.")

    def process(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if tiled.applies_to(layer):
            return self.process_tiled(layer, parameters, context, feedback)
        values, grid, crs = self.read_input(parameters, context, feedback)
        arguments = self.science_arguments(parameters, context, grid)
        result = self.run_science(feedback, phasesymmetry.phase_symmetry, values, **arguments, progress_range=(5, 90))
        if result is None:
            return {}
        outputs = {self.OUTPUT: self.write_raster(self.parameterAsOutputLayer(parameters, self.OUTPUT, context),
                                                  result.symmetry, grid, crs, "phase symmetry")}
        orientation_path = self.parameterAsOutputLayer(parameters, self.ORIENTATION, context)
        if orientation_path:
            outputs[self.ORIENTATION] = self.write_raster(orientation_path, result.orientation, grid, crs,
                                                          "strike (deg from north)")
        ridges_path = self.parameterAsOutputLayer(parameters, self.RIDGES, context)
        if ridges_path:
            ridges = lineaments.ridge_raster(result.symmetry, self.threshold(parameters, context), arguments["combine"])
            outputs[self.RIDGES] = self.write_raster(ridges_path, ridges, grid, crs, "ridges (symmetry)")
        return outputs

    def science_arguments(self, parameters, context, grid):
        """The keyword arguments of phase_symmetry (and phase_symmetry_tiled), wavelengths in cells of ``grid``."""
        bank = self.bank_arguments(parameters, context, grid)
        return {"n_scales": bank["n_scales"], "n_orientations": bank["n_orientations"],
                "min_wavelength": _cells(bank["min_wavelength_m"], grid), "mult": bank["mult"], "k": bank["noise_k"],
                "polarity": bank["polarity"], "combine": bank["combine"]}

    def process_tiled(self, layer, parameters, context, feedback):
        """A grid above the tiled-path threshold: science/tiling.py reads, filters and writes it tile by tile."""
        self.require_projected(layer.crs(), self.tr("The input grid"))
        tiling, source = tiled.engine(), tiled.source_file(layer)
        grid = self.run_science(feedback, tiling.RasterInfo.of, source).grid
        self.warn_if_not_square(grid, feedback)
        wanted = {name: key for name, key in ((self.OUTPUT, "symmetry"), (self.ORIENTATION, "orientation"),
                                              (self.RIDGES, "ridges"))
                  if self.parameterAsOutputLayer(parameters, name, context)}
        paths = self.tiled_destinations(parameters, context, feedback, wanted, layer, self.tr("grid"))
        ridges_path = paths.pop("ridges", None)
        arguments = self.science_arguments(parameters, context, grid)
        written = self.run_science(feedback, tiling.phase_symmetry_tiled, source, paths, **arguments,
                                   scheduler=tiled.scheduler(), progress_range=(2, 95 if ridges_path else 99))
        if written is None:
            return {}
        if ridges_path:  # a threshold per cell: read and written in this process, no scheduler needed
            threshold = self.run_science(feedback, tiling.ridges_tiled, paths["symmetry"], ridges_path,
                                         self.threshold(parameters, context), arguments["combine"],
                                         progress_range=(95, 99))
            if threshold is None:
                return {}
            feedback.pushInfo(self.tr("Ridges: symmetry above {:.4g}").format(threshold))
            paths["ridges"] = ridges_path
        return {name: paths[key] for name, key in wanted.items()}


def lineament_table(lines):
    table = FeatureTable("lineaments", "LineString", 0, {"length_m": float, "azimuth": float, "strength": float,
                                                         "scale_m": float})
    for line in lines:
        table.add({"length_m": round(float(line.length_m), 1), "azimuth": round(float(line.azimuth), 1),
                   "strength": round(float(line.strength), 4), "scale_m": round(float(line.scale_m), 1)},
                  linestring_wkt(line.coords))
    return table


class ExtractLineamentsAlgorithm(PhaseSymmetryParameters, RasterStructureAlgorithm):
    ALGORITHM_ID = "extractlineaments"
    OUTPUT_STYLES = {"OUTPUT": "lineaments", "RIDGES": "heatmap"}
    DISPLAY_NAME = "Extract lineaments"
    HELP_ANCHOR = "extractlineaments"
    SHORT_HELP = ("The whole CET chain from a grid to vector lineaments: optional amplitude normalisation (a "
                  "noise-damped tilt derivative, so weak dykes beside strong ones are found) or texture step, phase "
                  "symmetry, "
                  "threshold (automatic by default), thinning to a skeleton, bridging of short gaps (so a weak line "
                  "is not cut where it crosses a strong one), and tracing into lines split at junctions; ring-like "
                  "lines (outlines of compact bodies) are dropped. Each line "
                  "has length_m, azimuth (0-180 degrees from north), strength (mean symmetry) and scale_m (the "
                  "wavelength that responded most). On an RTP grid with bright polarity the lines follow dyke axes; "
                  "with the texture step they follow the ridges flanking each dyke.")
    USE_TEXTURE, TEXTURE_WINDOW = "USE_TEXTURE", "TEXTURE_WINDOW"
    MIN_LENGTH, BRIDGE_DISTANCE, OUTPUT = "MIN_LENGTH", "BRIDGE_DISTANCE", "OUTPUT"
    NORMALISE = "NORMALISE"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input()
        self.add_parameter(QgsProcessingParameterBoolean(self.USE_TEXTURE, self.tr("Texture step first"), False),
                           "Run phase symmetry on the texture (moving standard deviation) grid instead of the grid.")
        self.add_parameter(number_parameter(self.TEXTURE_WINDOW, self.tr("Texture window (m)"), 0.0),
                           "Texture window width in metres; 0 = 5 cells.", advanced=True)
        # optional, so Processing models saved before it existed keep running
        self.add_parameter(QgsProcessingParameterBoolean(self.NORMALISE, self.tr("Normalise amplitudes first"), True,
                                                         optional=True),
                           "On (default): with bright polarity, detect on the noise-damped tilt derivative of the "
                           "grid, so weak dykes beside or across strong ones are found as well as the strong ones; "
                           "on real grids it also follows weak texture, as the tilt derivative does. Not applied with "
                           "dark or both polarities (the tilt's lows either side of every dyke would become lines) "
                           "nor with the texture step. Off: phase symmetry of the grid as given.")
        self.add_bank_parameters(default_polarity=0, default_combine="max")
        self.add_threshold_parameter()
        self.add_parameter(number_parameter(self.MIN_LENGTH, self.tr("Minimum length (m)"), 0.0),
                           "Shorter lineaments are dropped; 0 = three times the smallest wavelength.")
        self.add_parameter(number_parameter(self.BRIDGE_DISTANCE, self.tr("Gap bridging distance (m)"), 0.0),
                           "Line ends are extended across gaps up to this length; 0 = 3 cells, or with the "
                           "normalisation 10 cells and up to one filter wavelength of the line met.", advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Lineaments"),
                                                             ProcessingSourceType.VectorLine),
                           "Lines with length_m, azimuth (0-180 from north), strength (0-1) and scale_m.")
        self.add_ridges_output("Phase symmetry above the threshold (0 below), the raster the lines were traced on.")

    def normalise(self, parameters, context, bank, feedback):
        """NORMALISE as applied: only with bright polarity and without the texture step (said in the log)."""
        asked = self.parameterAsBool(parameters, self.NORMALISE, context)
        texture = self.parameterAsBool(parameters, self.USE_TEXTURE, context)
        if asked and not texture and bank["polarity"] != 1:
            feedback.pushInfo(self.tr("Amplitudes not normalised: the normalisation applies to bright polarity only "
                                      "(with dark or both, the tilt's lows either side of every dyke would become "
                                      "lines)."))
        return asked and not texture and bank["polarity"] == 1

    def process(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if tiled.applies_to(layer):
            feedback.pushWarning(self.tr(
                "This grid ({:.0f} million cells) is above the tiled-path size, but lineaments are traced on the "
                "whole grid in memory, which may not fit. For a grid larger than memory, Phase symmetry with its "
                "Ridges output runs tile by tile.").format(layer.width() * layer.height() / 1e6))
        values, grid, crs = self.read_input(parameters, context, feedback)
        bank = self.bank_arguments(parameters, context, grid)
        optional_m = {name: self.parameterAsDouble(parameters, key, context) or None
                      for name, key in (("texture_window_m", self.TEXTURE_WINDOW), ("threshold", self.THRESHOLD),
                                        ("min_length_m", self.MIN_LENGTH),
                                        ("bridge_distance_m", self.BRIDGE_DISTANCE))}
        result = self.run_science(feedback, lineaments.extract_lineaments, values, grid,
                                  use_texture=self.parameterAsBool(parameters, self.USE_TEXTURE, context),
                                  normalise=self.normalise(parameters, context, bank, feedback),
                                  progress_range=(5, 90), **bank, **optional_m)
        if result is None:
            return {}
        lines, ridges = result
        feedback.pushInfo(self.tr("{} lineaments, {:.1f} km in all").format(
            len(lines), sum(line.length_m for line in lines) / 1000))
        table = lineament_table(lines)
        outputs = {self.OUTPUT: self.write_table(table, parameters, self.OUTPUT, context, feedback, crs)}
        ridges_path = self.parameterAsOutputLayer(parameters, self.RIDGES, context)
        if ridges_path:
            outputs[self.RIDGES] = self.write_raster(ridges_path, ridges, grid, crs, "ridges (symmetry)")
        return outputs


class LineamentAlgorithm(LodestoneAlgorithm):
    """Common reading of a lineament layer."""

    GROUP_ID = "structure"
    INPUT, STRENGTH_FIELD = "INPUT", "STRENGTH_FIELD"
    REQUIRES = ("scipy",)

    def add_lineament_input(self):
        self.add_parameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Lineaments"),
                                                               [ProcessingSourceType.VectorLine]),
                           "Line layer of lineaments in a projected CRS (from Extract lineaments or digitised).")

    def read_lineaments(self, parameters, context, feedback, fields=()):
        """The lineaments' lines, {field: value per line} of the named ``fields`` the layer has (a missing one is
        reported and left out), and the source."""
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.tr("The lineament layer could not be read."))
        self.require_projected(source.sourceCrs(), self.tr("The lineament layer"))
        missing = [name for name in fields if source.fields().lookupField(name) < 0]
        for name in missing:
            feedback.pushInfo(self.tr("The lineament layer has no field '{}': it is not used.").format(name))
        lines, attributes = self.read_geometries(source, feedback, [name for name in fields if name not in missing])
        if not lines:
            feedback.pushWarning(self.tr("The lineament layer is empty: the outputs are empty too."))
        return lines, attributes, source


class StructuralComplexityAlgorithm(LineamentAlgorithm):
    ALGORITHM_ID = "structuralcomplexity"
    OUTPUT_STYLES = {"COMPLEXITY": "heatmap", "CONTACT_DENSITY": "heatmap", "ORIENTATION_ENTROPY": "heatmap",
                     "LINEAMENT_DENSITY": "heatmap", "JUNCTIONS": "junctions"}
    DISPLAY_NAME = "Structural complexity"
    HELP_ANCHOR = "structuralcomplexity"
    SHORT_HELP = ("CET-style structural complexity heat maps from lineaments (Holden et al. 2012): contact "
                  "occurrence density (junctions, crossings and splays per km², Gaussian of SIGMA metres), "
                  "orientation entropy (0 = one trend, 1 = all trends equally, in a Gaussian window; nodata where "
                  "there is too little line), lineament density (km of line per km²) and their combination into a "
                  "0-1 complexity map (see README). Junction points are typed junction, crossing or splay; line "
                  "ends within SNAP_DISTANCE of another line count as splays, which also bridges small gaps.")
    REFERENCE, CELL_SIZE, SIGMA, SNAP_DISTANCE, ORIENTATION_BINS = (
        "REFERENCE", "CELL_SIZE", "SIGMA", "SNAP_DISTANCE", "ORIENTATION_BINS")
    CONTACT_DENSITY, ORIENTATION_ENTROPY, LINEAMENT_DENSITY, COMPLEXITY, JUNCTIONS = (
        "CONTACT_DENSITY", "ORIENTATION_ENTROPY", "LINEAMENT_DENSITY", "COMPLEXITY", "JUNCTIONS")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_lineament_input()
        self.add_parameter(QgsProcessingParameterField(self.STRENGTH_FIELD, self.tr("Strength field"), "strength",
                                                       self.INPUT, ProcessingFieldParameterDataType.Numeric,
                                                       optional=True),
                           "Weights the orientation histogram (length x strength); empty = length only.")
        self.add_parameter(QgsProcessingParameterRasterLayer(self.REFERENCE, self.tr("Reference grid"),
                                                             optional=True),
                           "The maps are made on this raster's grid; empty = CELL_SIZE over the lineaments.")
        self.add_parameter(number_parameter(self.CELL_SIZE, self.tr("Cell size (m)"), 50.0, 0.001),
                           "Cell size of the maps when there is no reference grid.")
        self.add_parameter(number_parameter(self.SIGMA, self.tr("Smoothing sigma (m)"), 250.0, 0.001),
                           "Standard deviation of the Gaussian window, in metres.")
        self.add_parameter(number_parameter(self.SNAP_DISTANCE, self.tr("Snap distance (m)"), 100.0),
                           "A line end this close to another line makes a splay (2-3 cells is usual).")
        self.add_parameter(number_parameter(self.ORIENTATION_BINS, self.tr("Orientation bins"),
                                            12, 2, 90, integer=True),
                           "Number of axial orientation bins over 180 degrees (12-18 is usual).")
        for name, label, help_text in (
                (self.CONTACT_DENSITY, "Contact density", "Junctions, crossings and splays per km²."),
                (self.ORIENTATION_ENTROPY, "Orientation entropy", "0-1; nodata where there is too little line."),
                (self.LINEAMENT_DENSITY, "Lineament density", "km of lineament per km²."),
                (self.COMPLEXITY, "Structural complexity", "0-1 heat map (see README for the combination).")):
            self.add_parameter(QgsProcessingParameterRasterDestination(name, self.tr(label),
                                                                       optional=name != self.COMPLEXITY), help_text)
        self.add_parameter(QgsProcessingParameterFeatureSink(self.JUNCTIONS, self.tr("Junctions"),
                                                             ProcessingSourceType.VectorPoint, optional=True),
                           "Contact points with kind junction, crossing or splay.")

    def process(self, parameters, context, feedback):
        strength_field = self.parameterAsString(parameters, self.STRENGTH_FIELD, context)
        lines, attributes, source = self.read_lineaments(parameters, context, feedback,
                                                         [strength_field] if strength_field else [])
        crs = source.sourceCrs()
        grid = self.map_grid(parameters, context, lines, source)
        weights = None
        if strength_field in attributes:
            weights = np.array([float(v) if v is not None and v == v else 1.0 for v in attributes[strength_field]])
        sigma = self.parameterAsDouble(parameters, self.SIGMA, context)
        snap = self.parameterAsDouble(parameters, self.SNAP_DISTANCE, context)
        bins = self.parameterAsInt(parameters, self.ORIENTATION_BINS, context)
        points, kinds = self.run_science(feedback, complexity.find_junctions, lines, snap)
        feedback.setProgress(40)
        contact = self.run_science(feedback, complexity.contact_density, points, grid, sigma)
        entropy = self.run_science(feedback, complexity.orientation_entropy, lines, grid, sigma, bins=bins,
                                   weights=weights)
        density = self.run_science(feedback, complexity.lineament_density, lines, grid, sigma)
        combined = self.run_science(feedback, complexity.structural_complexity, contact, entropy, density)
        feedback.setProgress(85)
        outputs = {}
        for name, array, description in ((self.CONTACT_DENSITY, contact, "contacts per km2"),
                                         (self.ORIENTATION_ENTROPY, entropy, "orientation entropy"),
                                         (self.LINEAMENT_DENSITY, density, "km per km2"),
                                         (self.COMPLEXITY, combined, "structural complexity")):
            path = self.parameterAsOutputLayer(parameters, name, context)
            if path:
                outputs[name] = self.write_raster(path, array, grid, crs, description)
        table = FeatureTable("junctions", "Point", 0, {"kind": str})
        for (x, y), kind in zip(np.asarray(points).reshape(-1, 2), kinds):
            table.add({"kind": kind}, point_wkt(x, y))
        feedback.pushInfo(self.tr("{} contacts: {}").format(len(table), ", ".join(
            f"{k} {list(kinds).count(k)}" for k in ("junction", "crossing", "splay"))))
        dest = self.write_table(table, parameters, self.JUNCTIONS, context, feedback, crs)
        if dest is not None:
            outputs[self.JUNCTIONS] = dest
        return outputs

    def map_grid(self, parameters, context, lines, source):
        reference = self.parameterAsRasterLayer(parameters, self.REFERENCE, context)
        if reference is not None:
            return self.reference_grid(reference)[0]
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        sigma = self.parameterAsDouble(parameters, self.SIGMA, context)
        extent = source.sourceExtent()
        if not lines or extent.isEmpty():
            return GridSpec(extent.xMinimum(), extent.yMaximum(), cell, cell, 1, 1) if not extent.isNull() \
                else GridSpec(0.0, cell, cell, cell, 1, 1)
        margin = 2 * sigma
        return self.check_grid(GridSpec.from_bounds(extent.xMinimum() - margin, extent.yMinimum() - margin,
                                                    extent.xMaximum() + margin, extent.yMaximum() + margin, cell),
                               "The complexity grid")


class TrendCorridorsAlgorithm(LineamentAlgorithm):
    ALGORITHM_ID = "trendcorridors"
    OUTPUT_STYLES = {"OUTPUT": "corridors"}
    DISPLAY_NAME = "Trend corridors"
    HELP_ANCHOR = "trendcorridors"
    SHORT_HELP = ("Corridors of one structural trend: the lineaments whose azimuth lies between AZIMUTH_MIN and "
                  "AZIMUTH_MAX (degrees from north, 0-180; a range such as 170-10 wraps through north) are turned into "
                  "a length-density map, which is thresholded into regions and traced as polygons with their strike "
                  "length, width (m) and azimuth. A NE deformation corridor is found with 30-70.")
    AZIMUTH_MIN, AZIMUTH_MAX, CELL_SIZE, SIGMA, MIN_LENGTH, MAX_GAP, OUTPUT = (
        "AZIMUTH_MIN", "AZIMUTH_MAX", "CELL_SIZE", "SIGMA", "MIN_LENGTH", "MAX_GAP", "OUTPUT")
    REQUIRES = ("scipy", "rasterio")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_lineament_input()
        self.add_parameter(number_parameter(self.AZIMUTH_MIN, self.tr("Azimuth from (deg)"), 30.0, 0.0, 180.0),
                           "Lower end of the trend, degrees clockwise from north (0-180).")
        self.add_parameter(number_parameter(self.AZIMUTH_MAX, self.tr("Azimuth to (deg)"), 70.0, 0.0, 180.0),
                           "Upper end of the trend; smaller than the lower end to wrap through north.")
        self.add_parameter(number_parameter(self.CELL_SIZE, self.tr("Cell size (m)"), 25.0, 0.001),
                           "Cell size of the density map the corridors are traced on.")
        self.add_parameter(number_parameter(self.SIGMA, self.tr("Smoothing sigma (m)"), 0.0),
                           "Gaussian smoothing of the trend density in metres; 0 = automatic (see README).")
        self.add_parameter(number_parameter(self.MIN_LENGTH, self.tr("Minimum strike length (m)"), 500.0),
                           "Corridors shorter than this along strike are dropped.")
        self.add_parameter(number_parameter(self.MAX_GAP, self.tr("Largest gap joined (m)"), corridors.MAX_GAP,
                                            optional=True),
                           "Pieces of a corridor that follow each other along the trend with a gap of at most this "
                           "many metres between them (measured along the trend) are joined into one corridor, as "
                           "where a dyke or a magnetic body crosses it; the join never widens it across the trend. "
                           "0 joins nothing.")
        self.add_parameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Corridors"),
                                                             ProcessingSourceType.VectorPolygon),
                           "Corridor polygons with strike_length_m, width_m and azimuth.")

    def process(self, parameters, context, feedback):
        lines, _, source = self.read_lineaments(parameters, context, feedback)
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        found = []
        if lines:
            extent = source.sourceExtent()
            margin = 10 * cell
            grid = self.check_grid(GridSpec.from_bounds(extent.xMinimum() - margin, extent.yMinimum() - margin,
                                                        extent.xMaximum() + margin, extent.yMaximum() + margin, cell),
                                   "The corridor density grid")
            found = self.run_science(
                feedback, corridors.trend_corridors, lines, grid,
                self.parameterAsDouble(parameters, self.AZIMUTH_MIN, context),
                self.parameterAsDouble(parameters, self.AZIMUTH_MAX, context),
                sigma=self.parameterAsDouble(parameters, self.SIGMA, context) or None,
                min_length=self.parameterAsDouble(parameters, self.MIN_LENGTH, context),
                max_gap=self.parameterAsDouble(parameters, self.MAX_GAP, context))
        table = FeatureTable("corridors", "Polygon", 0, {"rank": int, "strike_length_m": float, "width_m": float,
                                                         "azimuth": float})
        for rank, corridor in enumerate(found, start=1):
            table.add({"rank": rank, "strike_length_m": round(float(corridor.strike_length_m), 1),
                       "width_m": round(float(corridor.width_m), 1), "azimuth": round(float(corridor.azimuth_deg), 1)},
                      polygon_wkt(corridor.ring))
        feedback.pushInfo(self.tr("{} corridors").format(len(table)) + "".join(
            f"; {r['strike_length_m'] / 1000:.2f} km long, {r['width_m']:.0f} m wide at {r['azimuth']:.0f} deg"
            for r in table.rows))
        return {self.OUTPUT: self.write_table(table, parameters, self.OUTPUT, context, feedback,
                                              source.sourceCrs())}


class MagneticAnomaliesAlgorithm(RasterStructureAlgorithm):
    ALGORITHM_ID = "magneticanomalies"
    OUTPUT_STYLES = {"OUTPUT": "anomalies"}
    DISPLAY_NAME = "Magnetic anomaly zones"
    HELP_ANCHOR = "magneticanomalies"
    SHORT_HELP = ("Residual magnetic highs and lows as polygons: the regional field (wavelengths longer than "
                  "REGIONAL_WAVELENGTH metres, Gaussian low-pass) is removed, and connected areas above +THRESHOLD "
                  "or below -THRESHOLD nT (automatic: a multiple of the residual's robust spread, see README) "
                  "become polygons with area_m2 and amplitude_nt (peak residual). Lows inside a corridor polygon "
                  "are flagged possible_alteration: magnetite destruction by carbonate-sericite alteration along "
                  "a deformation corridor shows as such lows.")
    REGIONAL_WAVELENGTH, THRESHOLD, MIN_AREA, CORRIDORS, OUTPUT = (
        "REGIONAL_WAVELENGTH", "THRESHOLD", "MIN_AREA", "CORRIDORS", "OUTPUT")
    REQUIRES = ("scipy", "rasterio")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input()
        self.add_parameter(number_parameter(self.REGIONAL_WAVELENGTH, self.tr("Regional wavelength (m)"),
                                            2000.0, 0.001),
                           "Wavelengths longer than this (m) are the regional field, removed before thresholding.")
        self.add_parameter(number_parameter(self.THRESHOLD, self.tr("Threshold (nT)"), 0.0),
                           "Residual above +threshold is a high, below -threshold a low; 0 = automatic.")
        self.add_parameter(number_parameter(self.MIN_AREA, self.tr("Minimum area (m²)"), 0.0),
                           "Smaller zones are dropped; 0 = automatic (see README).")
        self.add_parameter(QgsProcessingParameterFeatureSource(self.CORRIDORS, self.tr("Corridors"),
                                                               [ProcessingSourceType.VectorPolygon], optional=True),
                           "Corridor polygons (e.g. from Trend corridors): lows inside them are flagged as possible "
                           "alteration.")
        self.add_parameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Anomaly zones"),
                                                             ProcessingSourceType.VectorPolygon),
                           "Polygons with kind (high, low), area_m2, amplitude_nt, in_corridor, possible_alteration.")

    def process(self, parameters, context, feedback):
        values, grid, crs = self.read_input(parameters, context, feedback)
        rings = None
        corridor_source = self.parameterAsSource(parameters, self.CORRIDORS, context)
        if corridor_source is not None:
            if corridor_source.sourceCrs() != crs:
                raise QgsProcessingException(self.tr("The corridors are in {}, the grid in {}: reproject the "
                                                     "corridors to the grid's CRS.").format(
                                                         corridor_source.sourceCrs().authid(), crs.authid()))
            rings, _ = self.read_geometries(corridor_source, feedback)
        found = self.run_science(
            feedback, anomalies.magnetic_anomalies, values, grid,
            self.parameterAsDouble(parameters, self.REGIONAL_WAVELENGTH, context),
            threshold=self.parameterAsDouble(parameters, self.THRESHOLD, context) or None,
            min_area=self.parameterAsDouble(parameters, self.MIN_AREA, context) or None, corridors=rings)
        table = FeatureTable("anomalies", "Polygon", 0, {"kind": str, "area_m2": float, "amplitude_nt": float,
                                                         "in_corridor": int, "possible_alteration": int})
        for zone in found:
            in_corridor = bool(zone.in_corridor)
            table.add({"kind": zone.kind, "area_m2": round(float(zone.area_m2), 1),
                       "amplitude_nt": round(float(zone.amplitude_nt), 2), "in_corridor": int(in_corridor),
                       "possible_alteration": int(zone.kind == "low" and in_corridor)}, polygon_wkt(zone.ring))
        feedback.pushInfo(self.tr("{} highs, {} lows ({} inside corridors)").format(
            sum(z.kind == "high" for z in found), sum(z.kind == "low" for z in found),
            sum(z.kind == "low" and bool(z.in_corridor) for z in found)))
        return {self.OUTPUT: self.write_table(table, parameters, self.OUTPUT, context, feedback, crs)}


class LineamentStatisticsAlgorithm(LineamentAlgorithm):
    ALGORITHM_ID = "lineamentstatistics"
    DISPLAY_NAME = "Lineament statistics (rose diagram)"
    HELP_ANCHOR = "lineamentstatistics"
    SHORT_HELP = ("A rose diagram and a length-weighted azimuth histogram of the lineaments (axial, 0-180 degrees "
                  "from north), as an HTML page that opens in the Processing results viewer, and the same figures "
                  "as a table: for each azimuth bin the number of lines, their total length (km) and its share.")
    BINS, OUTPUT_HTML, OUTPUT_TABLE = "BINS", "OUTPUT_HTML", "OUTPUT_TABLE"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_lineament_input()
        self.add_parameter(number_parameter(self.BINS, self.tr("Azimuth bins"), 18, 2, 180, integer=True),
                           "Number of azimuth bins over 180 degrees (18 = 10-degree bins).")
        self.add_parameter(QgsProcessingParameterFileDestination(self.OUTPUT_HTML, self.tr("Report"),
                                                                 "HTML files (*.html)"),
                           "HTML page with the rose diagram and histogram.")
        self.add_parameter(QgsProcessingParameterFeatureSink(self.OUTPUT_TABLE, self.tr("Azimuth table"),
                                                             ProcessingSourceType.Vector, optional=True),
                           "Table with azimuth_from, azimuth_to, count, length_km and percent per bin.")

    def process(self, parameters, context, feedback):
        lines, _, source = self.read_lineaments(parameters, context, feedback)
        bins = self.parameterAsInt(parameters, self.BINS, context)
        edges, lengths = self.run_science(feedback, complexity.azimuth_histogram, lines, bins=bins)
        _, counts = self.run_science(feedback, complexity.azimuth_histogram, lines, bins=bins, weights=None)
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        Path(html_path).write_text(reports.lineament_report(source.sourceName(), len(lines), edges, counts, lengths),
                                   encoding="utf-8")
        total = float(np.sum(lengths)) or 1.0
        table = FeatureTable("azimuths", None, 0, {"azimuth_from": float, "azimuth_to": float, "count": int,
                                                   "length_km": float, "percent": float})
        for a, b, c, length in zip(edges[:-1], edges[1:], counts, lengths):
            table.add({"azimuth_from": float(a), "azimuth_to": float(b), "count": int(c),
                       "length_km": round(float(length) / 1000, 3), "percent": round(100 * float(length) / total, 2)})
        outputs = {self.OUTPUT_HTML: html_path}
        dest = self.write_table(table, parameters, self.OUTPUT_TABLE, context, feedback, source.sourceCrs())
        if dest is not None:
            outputs[self.OUTPUT_TABLE] = dest
        return outputs
