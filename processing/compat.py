"""What differs between the QGIS versions Lodestone runs on (3.22 with Qt 5 to 4.x with Qt 6), in one place.

- Field types: ``QgsField`` takes a ``QMetaType.Type`` from QGIS 3.38 (and only that under Qt 6, which has no
  ``QVariant.Type``); QGIS 3.22 takes a ``QVariant.Type``.
"""
from qgis.core import Qgis
from qgis.PyQt.QtCore import QMetaType, QVariant

if Qgis.QGIS_VERSION_INT >= 33800:
    FIELD_TYPES = {int: QMetaType.Type.Int, float: QMetaType.Type.Double, str: QMetaType.Type.QString}
else:
    FIELD_TYPES = {int: QVariant.Type.Int, float: QVariant.Type.Double, str: QVariant.Type.String}
"""QgsField type of each Python type of attribute."""
