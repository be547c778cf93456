"""Lodestone QGIS plugin: from a magnetic survey to drill targets."""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    """QGIS entry point: return the plugin instance (``iface`` is None under qgis_process)."""
    from .plugin import LodestonePlugin

    return LodestonePlugin(iface)
