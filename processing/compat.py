"""What differs between the QGIS versions Lodestone runs on (3.22 with Qt 5 to 4.x with Qt 6), in one place.

- Field types: ``QgsField`` takes a ``QMetaType.Type`` from QGIS 3.38 (and only that under Qt 6, which has no
  ``QVariant.Type``); QGIS 3.22 takes a ``QVariant.Type``.
- Fonts of layout labels and legends: a ``QgsTextFormat`` from QGIS 3.30 (``setFont`` is deprecated there),
  a ``QFont`` before.
- Enums QGIS moved into the ``Qgis`` namespace (3.30 to 3.44): QGIS 4 drops the old spellings (``QgsProcessing.
  TypeVectorPoint``, ``QgsWkbTypes.PointGeometry``...), QGIS 3.22 has only those. Each family below is named as its
  ``Qgis`` enum and its members as the new ones (``ProcessingSourceType.VectorPoint`` is
  ``Qgis.ProcessingSourceType.VectorPoint`` where that exists): once 3.22 is dropped, prefix ``Qgis.`` and delete.
  test/qgis/test_qgis4_enums.py keeps the old spellings out of the rest of the plugin.
"""
import importlib
from functools import reduce
from types import SimpleNamespace

import qgis.core
from qgis.core import Qgis, QgsTextFormat
from qgis.PyQt.QtCore import QMetaType, QVariant

if Qgis.QGIS_VERSION_INT >= 33800:
    FIELD_TYPES = {int: QMetaType.Type.Int, float: QMetaType.Type.Double, str: QMetaType.Type.QString}
else:
    FIELD_TYPES = {int: QVariant.Type.Int, float: QVariant.Type.Double, str: QVariant.Type.String}
"""QgsField type of each Python type of attribute."""


TEXT_FORMATS = Qgis.QGIS_VERSION_INT >= 33000
"""Whether layout labels and legend styles take a QgsTextFormat."""


def set_font(item, font):
    """Give a layout label or a legend style ``font`` (a QFont; its point size is the text size)."""
    if TEXT_FORMATS:
        text_format = QgsTextFormat.fromQFont(font)
        text_format.setSize(font.pointSizeF())
        item.setTextFormat(text_format)
    else:
        item.setFont(font)


def font_of(style):
    """The QFont of a legend style."""
    return style.textFormat().toQFont() if TEXT_FORMATS else style.font()


def _scoped(enum, old, members):
    """The values ``members`` (their names in ``Qgis.<enum>``, space separated) of ``Qgis.<enum>`` where this QGIS has
    that scoped enum, else of the old spelling ``old`` (a dotted path from a qgis.core class, or a qgis.gui one, ``{}``
    standing for the member's new name). Both are looked up by name, so neither needs to exist on every QGIS."""
    spelling = f"Qgis.{enum}.{{}}" if hasattr(Qgis, enum) else old
    owner, _, _ = spelling.partition(".")
    module = qgis.core if hasattr(qgis.core, owner) else importlib.import_module("qgis.gui")
    return SimpleNamespace(**{member: reduce(getattr, spelling.format(member).split("."), module)
                              for member in members.split()})


# QGIS 3.30 moved these to Qgis.
WkbType = _scoped("WkbType", "QgsWkbTypes.Type.{}",
                  "NoGeometry Point PointZ LineString LineStringZ Polygon MultiPolygon")
"""Geometry types (``QgsWkbTypes.Type`` before QGIS 3.30)."""
GeometryType = _scoped("GeometryType", "QgsWkbTypes.GeometryType.{}Geometry", "Point Line Polygon")
"""Geometry dimensions (``QgsWkbTypes.GeometryType``, members ``PointGeometry``..., before QGIS 3.30)."""
LayoutUnit = _scoped("LayoutUnit", "QgsUnitTypes.LayoutUnit.Layout{}", "Millimeters")
"""Layout units (``QgsUnitTypes.LayoutMillimeters``... before QGIS 3.30)."""
DistanceUnit = _scoped("DistanceUnit", "QgsUnitTypes.DistanceUnit.Distance{}", "Meters Kilometers")
"""Distance units (``QgsUnitTypes.DistanceMeters``... before QGIS 3.30)."""
LayerType = _scoped("LayerType", "QgsMapLayerType.{}Layer", "Raster")
"""Map layer types (``QgsMapLayerType.RasterLayer``... before QGIS 3.30)."""

# QGIS 3.36 moved these to Qgis.
ProcessingSourceType = _scoped("ProcessingSourceType", "QgsProcessing.SourceType.Type{}",
                               "MapLayer VectorAnyGeometry VectorPoint VectorLine VectorPolygon Raster File Vector")
"""Layer types of Processing inputs (``QgsProcessing.TypeVectorPoint``... before QGIS 3.36)."""
ProcessingNumberParameterType = _scoped("ProcessingNumberParameterType", "QgsProcessingParameterNumber.Type.{}",
                                        "Integer Double")
"""Kinds of number parameters (``QgsProcessingParameterNumber.Double``... before QGIS 3.36)."""
ProcessingFieldParameterDataType = _scoped("ProcessingFieldParameterDataType",
                                           "QgsProcessingParameterField.DataType.{}", "Numeric")
"""Kinds of field parameters (``QgsProcessingParameterField.Numeric``... before QGIS 3.36)."""
ProcessingDateTimeParameterDataType = _scoped("ProcessingDateTimeParameterDataType",
                                              "QgsProcessingParameterDateTime.Type.{}", "Date")
"""Kinds of date-time parameters (``QgsProcessingParameterDateTime.Date``... before QGIS 3.36)."""
ProcessingParameterFlag = _scoped("ProcessingParameterFlag", "QgsProcessingParameterDefinition.Flag.Flag{}",
                                  "Advanced Hidden Optional")
"""Flags of Processing parameters (``QgsProcessingParameterDefinition.FlagOptional``... before QGIS 3.36)."""
FeatureRequestFlag = _scoped("FeatureRequestFlag", "QgsFeatureRequest.Flag.{}", "NoGeometry")
"""Flags of feature requests (``QgsFeatureRequest.NoGeometry``... before QGIS 3.36)."""
PropertyType = _scoped("PropertyType", "QgsProperty.Type.{}Property", "Static")
"""Kinds of data-defined property (``QgsProperty.StaticProperty``... before QGIS 3.36)."""
CrsWktVariant = _scoped("CrsWktVariant", "QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED_GDAL",
                        "PreferredGdal")
"""WKT flavours of a CRS (``QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL`` before QGIS 3.36; one member, so the
old spelling has no ``{}``)."""
ProcessingMode = _scoped("ProcessingMode", "QgsProcessingGui.WidgetType.{}", "Standard")
"""Modes of Processing parameter widgets (qgis.gui's ``QgsProcessingGui.Standard``... before QGIS 3.36)."""

# QGIS 3.38 and 3.44.
ShaderInterpolationMethod = _scoped("ShaderInterpolationMethod", "QgsColorRampShader.Type.{}", "Discrete")
"""Colour ramp shader interpolation (``QgsColorRampShader.Type`` before QGIS 3.38)."""
LegendComponent = _scoped("LegendComponent", "QgsLegendStyle.Style.{}", "Title Group Subgroup SymbolLabel")
"""Parts of a layout legend (``QgsLegendStyle.Style`` before QGIS 3.44)."""
