"""What differs between the QGIS versions Lodestone runs on (3.22 with Qt 5 to 4.x with Qt 6), in one place.

- Field types: ``QgsField`` takes a ``QMetaType.Type`` from QGIS 3.38 (and only that under Qt 6, which has no
  ``QVariant.Type``); QGIS 3.22 takes a ``QVariant.Type``.
- Fonts of layout labels and legends: a ``QgsTextFormat`` from QGIS 3.30 (``setFont`` is deprecated there),
  a ``QFont`` before.
"""
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
