"""The QGIS plugin object: registers the Processing provider (also under qgis_process, where iface is None)."""
from qgis.core import QgsApplication

from .processing.provider import PROVIDER_ID, LodestoneProvider


class LodestonePlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None

    def initProcessing(self):  # noqa: N802 (QGIS API)
        """Register the provider once: adding a provider whose id is already registered would delete it."""
        registry = QgsApplication.processingRegistry()
        existing = registry.providerById(PROVIDER_ID)
        if existing is not None:
            self.provider = existing
            return
        self.provider = LodestoneProvider()
        registry.addProvider(self.provider)
        # QGIS loads a provider before it is in the registry, so the shipped models could not find their
        # lodestone:* steps then; loading again now resolves them (the Modeler and validate() need that).
        self.provider.refreshAlgorithms()

    def initGui(self):  # noqa: N802
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            registry = QgsApplication.processingRegistry()
            if registry.providerById(PROVIDER_ID) is self.provider:
                registry.removeProvider(self.provider)
            self.provider = None
