"""Lodestone's layer styles (QML files in ``resources/styles``) and how layers join a project."""
from pathlib import Path

from qgis.core import QgsLayerTreeGroup, QgsProject

STYLES_DIR = Path(__file__).resolve().parent.parent / "resources" / "styles"
RESULTS_GROUP = "Lodestone"


def style_path(style):
    return STYLES_DIR / f"{style}.qml"


def apply_style(layer, style):
    """Load the named Lodestone style onto ``layer``; returns False (and leaves the layer as it was) if missing."""
    path = style_path(style)
    if not path.exists():
        return False
    _, ok = layer.loadNamedStyle(str(path))
    if ok:
        layer.triggerRepaint()
    return ok


def ensure_group(project: QgsProject, name, index=None):
    """The top-level layer-tree group ``name``, created at ``index`` (or at the bottom) if it does not exist."""
    root = project.layerTreeRoot()
    group = root.findGroup(name)
    if group is None:
        group = QgsLayerTreeGroup(name)
        root.insertChildNode(len(root.children()) if index is None else index, group)
    return group
