"""Potential-field grid transforms (science in ``science/transforms.py``): one shared base, thin subclasses."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...science.magnetics import transforms
from .. import tiled
from ..base import LodestoneAlgorithm, number_parameter

PADDING_HELP = ("Padding added on each side before the FFT, as a fraction of the grid size (0.25 = 25 %); the "
                "padding is a smooth extension that decays to the mean, tapered only outside the data.")
CONVENTIONS = (" Grids must be north-up in a projected CRS (metres); nodata holes are filled for the transform and "
               "put back after. The optional edge mask marks cells within 3 cells of nodata or the grid edge, where "
               "derivatives are unreliable.")


def single_if_exact(values):
    """``values`` as float32 when that loses nothing (a float32 grid, read as float64), else as they are.

    The transforms work in float32 spectra and the outputs are written as float32 either way; from a float32 grid
    they then run in half the memory, and the outputs differ from a float64 run only by float32 rounding."""
    single = values.astype(np.float32)
    return single if np.all((single == values) | np.isnan(values)) else values


class GridTransformAlgorithm(LodestoneAlgorithm):
    """INPUT raster -> science function -> OUTPUT raster, with PADDING and an optional EDGE_MASK."""

    GROUP_ID = "magnetics"
    OUTPUT_STYLES = {"OUTPUT": "magnetic_grid"}
    HELP_ANCHOR = "the-fft-transforms"
    INPUT, PADDING, OUTPUT, EDGE_MASK = "INPUT", "PADDING", "OUTPUT", "EDGE_MASK"
    OUTPUT_LABEL = "Output"
    OUTPUT_HELP = ""
    REQUIRES = ("scipy",)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Input grid")),
                           "Magnetic grid (nT, or any potential-field grid), north-up, projected CRS in metres.")
        self.add_specific_parameters()
        self.add_parameter(number_parameter(self.PADDING, self.tr("Padding fraction"), 0.25, 0.0, 2.0), PADDING_HELP,
                           advanced=True)
        self.add_outputs()
        self.add_parameter(QgsProcessingParameterRasterDestination(self.EDGE_MASK, self.tr("Edge mask"),
                                                                   optional=True, createByDefault=False),
                           "1 where a cell is within 3 cells of nodata or the grid edge (derivatives unreliable), "
                           "0 elsewhere.")

    def add_specific_parameters(self):
        """Parameters between INPUT and PADDING (none by default)."""

    def add_outputs(self):
        self.add_parameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr(self.OUTPUT_LABEL)),
                           self.OUTPUT_HELP)

    def transform(self, values, grid, parameters, context, padding):
        """The science call; returns {output parameter: (array, band description)}."""
        raise NotImplementedError

    def process(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        values, grid, crs = self.read_raster(layer)
        self.require_projected(crs, self.tr("The input grid"))
        values = single_if_exact(values)
        padding = self.parameterAsDouble(parameters, self.PADDING, context)
        feedback.setProgress(10)
        results = self.run_science(feedback, self.transform, values, grid, parameters, context, padding)
        if results is None or feedback.isCanceled():
            return {}
        feedback.setProgress(85)
        outputs = {}
        for name in list(results):
            array, description = results.pop(name)  # each grid is let go once written
            path = self.parameterAsOutputLayer(parameters, name, context)
            if path:
                outputs[name] = self.write_raster(path, array, grid, crs, description)
            del array
        mask_path = self.parameterAsOutputLayer(parameters, self.EDGE_MASK, context)
        if mask_path:
            mask = transforms.edge_mask(values, grid).astype(np.float32)
            mask[np.isnan(values)] = np.nan
            outputs[self.EDGE_MASK] = self.write_raster(mask_path, mask, grid, crs, "edge mask (1 = unreliable)")
        return outputs


FIELD_HELP = "Inclination (deg, positive down) and declination (deg, clockwise from north) of the main field."
LOW_LATITUDE_MODES = ("auto", "none", "stabilised")


class FieldDirectionMixin:
    """INCLINATION, DECLINATION, optional remanent MAG_INCLINATION and MAG_DECLINATION, LOW_LATITUDE."""

    INCLINATION, DECLINATION = "INCLINATION", "DECLINATION"
    MAG_INCLINATION, MAG_DECLINATION, LOW_LATITUDE = "MAG_INCLINATION", "MAG_DECLINATION", "LOW_LATITUDE"

    def add_field_parameters(self):
        self.add_parameter(number_parameter(self.INCLINATION, self.tr("Field inclination (deg)"), None, -90, 90),
                           "Main-field inclination in degrees, positive downward (use IGRF main field).")
        self.add_parameter(number_parameter(self.DECLINATION, self.tr("Field declination (deg)"), None, -360, 360),
                           "Main-field declination in degrees, clockwise from geographic north.")
        self.add_parameter(number_parameter(self.MAG_INCLINATION, self.tr("Magnetisation inclination (deg)"),
                                            None, -90, 90,
                                   optional=True),
                           "Remanent (total) magnetisation inclination; empty = induced (same as the field).",
                           advanced=True)
        self.add_parameter(number_parameter(self.MAG_DECLINATION, self.tr("Magnetisation declination (deg)"),
                                            None, -360, 360,
                                   optional=True),
                           "Remanent (total) magnetisation declination; empty = induced (same as the field).",
                           advanced=True)
        self.add_parameter(QgsProcessingParameterEnum(self.LOW_LATITUDE, self.tr("Low-latitude stabilisation"),
                                                      list(LOW_LATITUDE_MODES), defaultValue=0),
                           "auto: stabilise when the field or magnetisation inclination is shallow (see README); "
                           "none: plain Baranov operator; stabilised: always.")

    def field_arguments(self, parameters, context):
        def optional(name):
            return None if parameters.get(name) in (None, "") else self.parameterAsDouble(parameters, name, context)

        return {"inclination": self.parameterAsDouble(parameters, self.INCLINATION, context),
                "declination": self.parameterAsDouble(parameters, self.DECLINATION, context),
                "mag_inclination": optional(self.MAG_INCLINATION),
                "mag_declination": optional(self.MAG_DECLINATION),
                "low_latitude": LOW_LATITUDE_MODES[self.parameterAsEnum(parameters, self.LOW_LATITUDE, context)]}


class ReduceToPoleAlgorithm(FieldDirectionMixin, GridTransformAlgorithm):
    ALGORITHM_ID = "reducetopole"
    DISPLAY_NAME = "Reduce to pole"
    SHORT_HELP = ("Reduction to the pole (Baranov 1957; Blakely 1995 eq. 12.31): moves anomalies over their sources "
                  "as if the field and magnetisation were vertical. Give the main-field inclination and declination "
                  "(IGRF main field); give a separate magnetisation direction for remanent bodies. At low "
                  "inclinations the operator is stabilised so noise is not amplified along the declination." +
                  CONVENTIONS)
    OUTPUT_LABEL = "Reduced to pole"
    OUTPUT_HELP = "The grid reduced to the pole (same units as the input)."

    def add_specific_parameters(self):
        self.add_field_parameters()

    def transform(self, values, grid, parameters, context, padding):
        rtp = transforms.reduce_to_pole(values, grid, padding=padding, **self.field_arguments(parameters, context))
        return {self.OUTPUT: (rtp, "reduced to pole")}


class UpwardContinuationAlgorithm(GridTransformAlgorithm):
    ALGORITHM_ID = "upwardcontinuation"
    DISPLAY_NAME = "Upward continuation"
    SHORT_HELP = ("The field as it would be measured HEIGHT metres higher: multiplies the spectrum by exp(-|k| h). "
                  "Smooths out shallow, short-wavelength sources." + CONVENTIONS)
    OUTPUT_LABEL = "Upward continued"
    OUTPUT_HELP = "The upward-continued grid."
    HEIGHT = "HEIGHT"

    def add_specific_parameters(self):
        self.add_parameter(number_parameter(self.HEIGHT, self.tr("Height (m)"), 100.0, 0.001), "Continuation height in "
                           "metres above the survey level.")

    def transform(self, values, grid, parameters, context, padding):
        height = self.parameterAsDouble(parameters, self.HEIGHT, context)
        return {self.OUTPUT: (transforms.upward_continuation(values, grid, height, padding=padding),
                              f"upward continued {height:g} m")}


class VerticalDerivativeAlgorithm(GridTransformAlgorithm):
    ALGORITHM_ID = "verticalderivative"
    DISPLAY_NAME = "Vertical derivative"
    SHORT_HELP = ("n-th vertical derivative (downward positive) by multiplying the spectrum by |k|^n; fractional "
                  "orders (e.g. 0.5) are allowed. Units: input units per metre^n (nT/m for the first)." + CONVENTIONS)
    OUTPUT_LABEL = "Vertical derivative"
    OUTPUT_HELP = "The vertical derivative grid (downward positive)."
    ORDER = "ORDER"

    def add_specific_parameters(self):
        self.add_parameter(number_parameter(self.ORDER, self.tr("Order"), 1.0, 0.0, 4.0),
                           "Order of the derivative; 1 = first vertical derivative, 0.5 = half, 2 = second.")

    def transform(self, values, grid, parameters, context, padding):
        order = self.parameterAsDouble(parameters, self.ORDER, context)
        return {self.OUTPUT: (transforms.vertical_derivative(values, grid, order=order, padding=padding),
                              f"vertical derivative order {order:g}")}


class HorizontalDerivativeAlgorithm(GridTransformAlgorithm):
    ALGORITHM_ID = "horizontalderivative"
    DISPLAY_NAME = "Horizontal derivative"
    SHORT_HELP = ("Horizontal derivative towards the east (x), the north (y), or the total horizontal derivative "
                  "THDR = sqrt(Tx² + Ty²), whose maxima sit over the edges of sources in an RTP grid. Units: input "
                  "units per metre." + CONVENTIONS)
    OUTPUT_LABEL = "Horizontal derivative"
    OUTPUT_HELP = "The horizontal derivative grid."
    DIRECTION = "DIRECTION"
    DIRECTIONS = ("x", "y", "total")

    def add_specific_parameters(self):
        self.add_parameter(QgsProcessingParameterEnum(self.DIRECTION, self.tr("Direction"), list(self.DIRECTIONS),
                                                      defaultValue=2),
                           "x = d/d(east), y = d/d(north), total = sqrt(x² + y²).")

    def transform(self, values, grid, parameters, context, padding):
        direction = self.DIRECTIONS[self.parameterAsEnum(parameters, self.DIRECTION, context)]
        return {self.OUTPUT: (transforms.horizontal_derivative(values, grid, direction=direction, padding=padding),
                              f"horizontal derivative {direction}")}


class TiltDerivativeAlgorithm(GridTransformAlgorithm):
    ALGORITHM_ID = "tiltderivative"
    OUTPUT_STYLES = {"OUTPUT": "tilt"}
    DISPLAY_NAME = "Tilt derivative"
    SHORT_HELP = ("Tilt angle (Miller & Singh 1994) in degrees: atan2(dT/dz, THDR) with dT/dz positive downward, so "
                  "the tilt is positive over the source of an RTP high and crosses zero near its edges. (Harmonica's "
                  "tilt_angle uses an upward derivative and has the opposite sign.)" + CONVENTIONS)
    OUTPUT_LABEL = "Tilt derivative"
    OUTPUT_HELP = "Tilt angle in degrees, -90 to 90."

    def transform(self, values, grid, parameters, context, padding):
        return {self.OUTPUT: (transforms.tilt_derivative(values, grid, padding=padding), "tilt (deg)")}


class AnalyticSignalAlgorithm(GridTransformAlgorithm):
    ALGORITHM_ID = "analyticsignal"
    DISPLAY_NAME = "Analytic signal"
    SHORT_HELP = ("Analytic signal amplitude (total gradient) sqrt(Tx² + Ty² + Tz²) in input units per metre; "
                  "largely independent of the magnetisation direction, so useful where remanence or low latitude "
                  "make RTP doubtful." + CONVENTIONS)
    OUTPUT_LABEL = "Analytic signal"
    OUTPUT_HELP = "Analytic signal amplitude (nT/m for a nT grid)."

    def transform(self, values, grid, parameters, context, padding):
        return {self.OUTPUT: (transforms.analytic_signal(values, grid, padding=padding), "analytic signal")}


class RegionalResidualAlgorithm(GridTransformAlgorithm):
    ALGORITHM_ID = "regionalresidual"
    DISPLAY_NAME = "Regional-residual separation"
    SHORT_HELP = ("Separates the regional field (wavelengths longer than the cutoff, in metres) from the residual "
                  "(input minus regional), with a Gaussian or Butterworth low-pass. With a short cutoff as well, the "
                  "output is the band between the two wavelengths." + CONVENTIONS)
    OUTPUT_LABEL = "Residual"
    OUTPUT_HELP = "Residual (or band-passed) grid."
    CUTOFF, SHORT_CUTOFF, FILTER, ORDER, REGIONAL = "CUTOFF_WAVELENGTH", "SHORT_WAVELENGTH", "FILTER", "ORDER", \
        "REGIONAL"
    FILTERS = ("gaussian", "butterworth")

    def add_specific_parameters(self):
        self.add_parameter(number_parameter(self.CUTOFF, self.tr("Regional cutoff wavelength (m)"), 2000.0, 0.001),
                           "Wavelengths longer than this (m) form the regional field.")
        self.add_parameter(number_parameter(self.SHORT_CUTOFF, self.tr("Short cutoff wavelength (m)"), 0.0, 0.0),
                           "If above zero, wavelengths shorter than this (m) are removed from the residual too "
                           "(band-pass).")
        self.add_parameter(QgsProcessingParameterEnum(self.FILTER, self.tr("Filter"), list(self.FILTERS),
                                                      defaultValue=0), "Shape of the low-pass filter.")
        self.add_parameter(number_parameter(self.ORDER, self.tr("Butterworth order"), 4.0, 1.0, 16.0),
                           "Steepness of the Butterworth filter.", advanced=True)

    def add_outputs(self):
        super().add_outputs()
        self.add_parameter(QgsProcessingParameterRasterDestination(self.REGIONAL, self.tr("Regional"),
                                                                   optional=True, createByDefault=False),
                           "The regional (low-pass) grid.")

    def transform(self, values, grid, parameters, context, padding):
        cutoff = self.parameterAsDouble(parameters, self.CUTOFF, context)
        short = self.parameterAsDouble(parameters, self.SHORT_CUTOFF, context)
        kind = self.FILTERS[self.parameterAsEnum(parameters, self.FILTER, context)]
        order = self.parameterAsDouble(parameters, self.ORDER, context)
        regional, residual = transforms.regional_residual(values, grid, cutoff, kind=kind, order=order,
                                                          padding=padding)
        if short > 0:
            residual = transforms.band_pass(values, grid, cutoff, short, kind=kind, order=order, padding=padding)
        return {self.OUTPUT: (residual, f"residual ({cutoff:g} m)"), self.REGIONAL: (regional, f"regional "
                                                                                     f"({cutoff:g} m)")}


class MagneticTransformsAlgorithm(FieldDirectionMixin, GridTransformAlgorithm):
    ALGORITHM_ID = "magnetictransforms"
    OUTPUT_STYLES = {"RTP": "magnetic_grid", "UPWARD": "magnetic_grid", "VERTICAL_DERIVATIVE": "magnetic_grid",
                     "THDR": "magnetic_grid", "TILT": "tilt", "ANALYTIC_SIGNAL": "magnetic_grid"}
    DISPLAY_NAME = "Magnetic transforms (all in one pass)"
    SHORT_HELP = ("From one padded spectrum, any of: reduced to pole, upward continued, vertical derivative, total "
                  "horizontal derivative, tilt and analytic signal, as separate grids. Only the outputs you name are "
                  "computed. When RTP is one of them, the other outputs are computed from the RTP field; otherwise "
                  "from the input. Faster and lighter than running the single tools one by one." + CONVENTIONS)
    OUTPUTS = {"RTP": ("rtp", "Reduced to pole"), "UPWARD": ("upward", "Upward continued"),
               "VERTICAL_DERIVATIVE": ("vertical_derivative", "Vertical derivative"),
               "THDR": ("thdr", "Total horizontal derivative"), "TILT": ("tilt", "Tilt derivative (deg)"),
               "ANALYTIC_SIGNAL": ("analytic_signal", "Analytic signal")}
    HEIGHT, ORDER, USE_RTP = "HEIGHT", "ORDER", "USE_RTP"

    def add_specific_parameters(self):
        self.add_field_parameters()
        self.add_parameter(number_parameter(self.HEIGHT, self.tr("Upward continuation height (m)"), 100.0, 0.001),
                           "Height in metres for the upward-continued output.")
        self.add_parameter(number_parameter(self.ORDER, self.tr("Vertical derivative order"), 1.0, 0.0, 4.0),
                           "Order of the vertical-derivative output.")

    def add_outputs(self):
        for name, (_, label) in self.OUTPUTS.items():
            self.add_parameter(QgsProcessingParameterRasterDestination(name, self.tr(label), optional=True,
                                                                       createByDefault=name in ("RTP", "TILT")),
                               f"{label} grid; leave unset to skip it.")

    def process(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if tiled.applies_to(layer):
            return self.process_tiled(layer, parameters, context, feedback)
        return super().process(parameters, context, feedback)

    def process_tiled(self, layer, parameters, context, feedback):
        """A grid above the tiled-path threshold: science/tiling.py reads, transforms and writes it tile by tile."""
        self.require_projected(layer.crs(), self.tr("The input grid"))
        wanted = self.wanted_outputs(parameters, context)
        paths = self.tiled_destinations(parameters, context, feedback, wanted, layer, self.tr("grid"))
        if self.parameterAsOutputLayer(parameters, self.EDGE_MASK, context):
            feedback.pushWarning(self.tr("The edge mask is not made on the tiled path; run Edge mask on the "
                                         "outputs if you need it."))
        written = self.run_science(
            feedback, tiled.engine().magnetic_transforms_tiled, tiled.source_file(layer), paths,
            padding=self.parameterAsDouble(parameters, self.PADDING, context), scheduler=tiled.scheduler(),
            progress_range=(2, 99), **self.transform_arguments(parameters, context))
        if written is None:
            return {}
        return {name: paths[key] for name, key in wanted.items()}

    def wanted_outputs(self, parameters, context):
        """{output parameter: science output name} of the outputs given a destination."""
        wanted = {name: key for name, (key, _) in self.OUTPUTS.items()
                  if self.parameterAsOutputLayer(parameters, name, context)}
        if not wanted:
            raise QgsProcessingException(self.tr("Choose at least one output grid."))
        return wanted

    def transform(self, values, grid, parameters, context, padding):
        wanted = self.wanted_outputs(parameters, context)
        arrays = transforms.magnetic_transforms(values, grid, set(wanted.values()), padding=padding,
                                                **self.transform_arguments(parameters, context))
        return {name: (arrays[key], self.OUTPUTS[name][1]) for name, key in wanted.items()}

    def transform_arguments(self, parameters, context):
        """The field direction, upward-continuation height and derivative order, as the science takes them."""
        return {"height": self.parameterAsDouble(parameters, self.HEIGHT, context),
                "vd_order": self.parameterAsDouble(parameters, self.ORDER, context),
                **self.field_arguments(parameters, context)}
