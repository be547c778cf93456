"""lodestone:demoproperty — generate the embedded demo property (every input layer, and the truth)."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ...science.demo import property as demo
from ..base import LodestoneAlgorithm
from ..compat import ProcessingNumberParameterType, ProcessingSourceType

# output parameter -> (science layer, description, sink type, help)
LAYER_OUTPUTS = {
    "SURVEY": ("survey", "Ground magnetic survey readings", ProcessingSourceType.VectorPoint,
               "GPS magnetometer readings (EPSG:4326): line, UTC time, longitude, latitude and total magnetic "
               "intensity tmi_nt (nT, IGRF main field and diurnal variation included, as the instrument records)."),
    "BASE_STATION": ("base_station", "Magnetic base station", ProcessingSourceType.Vector,
                     "Base-station table: UTC time and total field (nT) every 30 s, for the diurnal correction."),
    "CLAIMS": ("claims", "Mining claims", ProcessingSourceType.VectorPolygon,
               "Map-designated cells (30 x 30 arc-second graticule) with claim numbers."),
    "ROADS": ("roads", "Roads", ProcessingSourceType.VectorLine,
              "Highway and forestry roads with class and speed (km/h)."),
    "WATER": ("water", "Lakes and wetlands", ProcessingSourceType.VectorPolygon, "Lakes and wetlands (field kind)."),
    "GEOLOGY": ("geology", "Geology", ProcessingSourceType.VectorPolygon,
                "Geological units; dykes and the altered corridor overlie the volcanic bands (field z_order)."),
    "SOIL_SAMPLES": ("soil_samples", "Soil samples", ProcessingSourceType.VectorPoint,
                     "B-horizon soil samples with Au in ppb as reported by the laboratory ('<5' below detection)."),
    "SHOWINGS": ("showings", "Gold showings", ProcessingSourceType.VectorPoint, "Grab samples with Au (g/t)."),
    "COLLARS": ("collars", "Drill-hole collars", ProcessingSourceType.Vector,
                "Collar table: hole_id, x, y, z (m, EPSG:32618), azimuth, dip (negative down), length_m, year."),
    "SURVEYS": ("surveys", "Drill-hole surveys", ProcessingSourceType.Vector,
                "Down-hole survey table: hole_id, depth_m, azimuth, dip (negative down)."),
    "ASSAYS": ("assays", "Drill-hole assays", ProcessingSourceType.Vector,
               "Assay table: hole_id, from_m, to_m, au_gpt."),
    "ALTERATION": ("alteration", "Drill-hole alteration log", ProcessingSourceType.Vector,
                   "Alteration logged down every hole: hole_id, from_m, to_m and the intensity (0 none, 1 weak, "
                   "2 moderate, 3 strong) of carbonate, sericite and fuchsite."),
    "TRUTH_LINES": ("truth_lines", "Truth: dyke traces and corridor axis", ProcessingSourceType.VectorLine,
                    "The true dyke traces and corridor axis, for checking what the workflow finds."),
    "TRUTH_ZONES": ("truth_zones", "Truth: corridor, alteration, magnetic bodies, gold zones",
                    ProcessingSourceType.VectorPolygon,
                    "The true corridor, alteration zone, magnetic bodies and gold zones (Central Zone, drilled to "
                    "125 m vertical, with its dip at each end and dip direction in dip_sw_deg, dip_ne_deg, "
                    "dip_direction_deg; New West Zone, blind and untested)."),
}
OPTIONAL_OUTPUTS = {"ALTERATION"}  # added after the others: scripts and models that do not name it still run


class DemoPropertyAlgorithm(LodestoneAlgorithm):
    ALGORITHM_ID = "demoproperty"
    DISPLAY_NAME = "Generate demo property"
    GROUP_ID = "workflows"
    HELP_ANCHOR = "the-demo-property"
    SHORT_HELP = (
        "Generates the embedded demo property: a synthetic 6 x 4 km gold property in UTM 18N (EPSG:32618) modelled "
        "on a case 20 km east of Desmaraisville, Quebec. It writes every layer a user brings (GPS magnetic survey "
        "with IGRF field and diurnal variation, base station, claims, roads, lakes and wetlands, geology, soils, "
        "showings, drill collars, surveys, assays and alteration logs, IP chargeability) and the truth behind them "
        "(dykes, the 2.2 km NE corridor, alteration, magnetic bodies, the drilled Central Zone, a shear dipping "
        "south-east, and the blind New West Zone). "
        "The magnetic field is an analytic prism forward model, induced in the IGRF-14 field of 2019-10-20. "
        "The same seed always gives the same property."
    )

    SEED = "SEED"
    IP_CHARGEABILITY = "IP_CHARGEABILITY"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"),
                                                        ProcessingNumberParameterType.Integer, 2019),
                           "Seed of the noise, grades and small shape variations; the geology itself is fixed.")
        for name, (_, description, sink_type, help_text) in LAYER_OUTPUTS.items():
            self.add_parameter(QgsProcessingParameterFeatureSink(name, self.tr(description), sink_type,
                                                                 optional=name in OPTIONAL_OUTPUTS), help_text)
        self.add_parameter(QgsProcessingParameterRasterDestination(self.IP_CHARGEABILITY,
                                                                   self.tr("IP chargeability")),
                           "Chargeability grid (mV/V, 25 m cells) from a pole-dipole IP survey.")

    def process(self, parameters, context, feedback):
        seed = self.parameterAsInt(parameters, self.SEED, context)
        feedback.pushInfo(self.tr("Generating the demo property with seed {}...").format(seed))
        property_ = demo.generate(seed)
        inclination, declination, intensity = property_.inducing_field
        feedback.pushInfo(self.tr("IGRF field at the property on 2019-10-20: I = {:.2f} deg, D = {:.2f} deg, "
                                  "F = {:.0f} nT").format(inclination, declination, intensity))
        feedback.setProgress(40)
        results = {}
        for i, (name, (layer, *_)) in enumerate(LAYER_OUTPUTS.items()):
            if feedback.isCanceled():
                return results
            results[name] = self.write_table(property_.layers[layer], parameters, name, context, feedback)
            feedback.setProgress(40 + 55 * (i + 1) / len(LAYER_OUTPUTS))
        ip_path = self.parameterAsOutputLayer(parameters, self.IP_CHARGEABILITY, context)
        results[self.IP_CHARGEABILITY] = self.write_raster(
            ip_path, property_.ip_chargeability, property_.ip_grid, QgsCoordinateReferenceSystem(f"EPSG:{demo.EPSG}"),
            "chargeability (mV/V)")
        feedback.setProgress(100)
        return results
