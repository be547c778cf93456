"""Fixtures for tests that need QGIS (run headless through pytest-qgis).

Helpers shared by several test modules are fixtures returning the function (pytest imports the test modules with
``--import-mode=importlib``, so they cannot import this file)."""
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import MappingProxyType

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsVectorLayer,
)

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def lodestone_plugin(qgis_app, qgis_processing):
    """The plugin object, alive for the whole session (as QGIS keeps it), with its provider registered."""
    from lodestone.plugin import LodestonePlugin

    plugin = LodestonePlugin(None)
    plugin.initProcessing()
    yield plugin
    plugin.unload()


@pytest.fixture(scope="module")
def lodestone_provider(lodestone_plugin):
    """The registered Lodestone provider (re-registered if a test unloaded it)."""
    lodestone_plugin.initProcessing()
    return lodestone_plugin.provider


@pytest.fixture(scope="session")
def plugin_pythonpath(tmp_path_factory):
    """A folder holding a ``lodestone`` link to the repository, for subprocesses (``python -m lodestone``)."""
    folder = tmp_path_factory.mktemp("pythonpath")
    (folder / "lodestone").symlink_to(REPO_ROOT, target_is_directory=True)
    return folder


@pytest.fixture(scope="session")
def lodestone_cli(plugin_pythonpath):
    """Run ``python -m lodestone ARGS`` in a subprocess from the repository root (as the README does)."""

    def run(args, extra_pythonpath=None):
        pythonpath = f"{extra_pythonpath}:{plugin_pythonpath}" if extra_pythonpath else str(plugin_pythonpath)
        env = dict(os.environ, PYTHONPATH=pythonpath, QT_QPA_PLATFORM="offscreen")
        return subprocess.run([sys.executable, "-m", "lodestone", *args], capture_output=True, text=True, env=env,
                              cwd=REPO_ROOT, timeout=300)

    return run


@pytest.fixture(scope="session")
def qgis_process():
    """qgis_process, or Debian 12's qgis_process.bin (its wrapper passes --noversioncheck, unknown to 3.22)."""
    wrapper = shutil.which("qgis_process")
    if wrapper is None:
        pytest.skip("qgis_process is not installed (Debian package qgis)")
    binary = Path(wrapper + ".bin")
    return str(binary) if binary.exists() else wrapper


@pytest.fixture(scope="session")
def demo_files(lodestone_plugin, tmp_path_factory):
    """The demo property (seed 2019) written once per session by lodestone:demoproperty, every output to a file as
    ``python -m lodestone demo`` writes them (demo_project.generate_property): {output parameter: path}.

    Shared by every module, so read-only: write derived files to a folder of your own, never beside these."""
    from lodestone import demo_project

    lodestone_plugin.initProcessing()  # a test may have unloaded the provider
    outputs = demo_project.generate_property(tmp_path_factory.mktemp("demo_property"), 2019, QgsProcessingFeedback())
    return MappingProxyType(outputs)


@pytest.fixture(scope="session")
def demo_corrected(demo_files, tmp_path_factory):
    """The demo survey through lodestone:correctsurvey once per session (diurnal from the base station, the IGRF at
    the sensor's altitude removed, lines from the line field): the path of the corrected readings. Read-only."""
    import processing
    from lodestone.science.demo import property as demo

    return processing.run("lodestone:correctsurvey", {
        "INPUT": demo_files["SURVEY"], "TIME_FIELD": "time", "VALUE_FIELD": "tmi_nt",
        "BASE_STATION": demo_files["BASE_STATION"], "BASE_TIME_FIELD": "time", "BASE_VALUE_FIELD": "total_field_nt",
        "REMOVE_IGRF": True, "ALTITUDE": demo.GROUND_ELEVATION + demo.SENSOR_HEIGHT, "LINE_FIELD": "line",
        "OUTPUT": str(tmp_path_factory.mktemp("demo_corrected") / "corrected.gpkg")})["OUTPUT"]


@pytest.fixture(scope="session")
def write_grid(qgis_app):
    """write_grid(path, values, grid, epsg=32618): a float32 GeoTIFF through the plugin's writer; returns the path."""
    from lodestone.processing.base import LodestoneAlgorithm

    def write(path, values, grid, epsg=32618):
        return LodestoneAlgorithm().write_raster(str(path), values, grid, QgsCoordinateReferenceSystem(f"EPSG:{epsg}"))

    return write


@pytest.fixture(scope="session")
def read_grid(qgis_app):
    """read_grid(path, band=1): a raster band read back through the plugin's reader, as (values with NaN for nodata,
    GridSpec, CRS)."""
    from lodestone.processing.base import LodestoneAlgorithm

    def read(path, band=1):
        return LodestoneAlgorithm().read_raster(QgsRasterLayer(str(path), "r"), band)

    return read


@pytest.fixture(scope="session")
def memory_layer(qgis_app):
    """memory_layer(kind, name, features=(), crs="EPSG:32618", fields=""): a memory layer ("Point", "LineString"...)
    with ``fields`` in the memory provider's URI form ("&field=name:string"), holding ``features`` given as
    (geometry, attributes) pairs, the geometry a QgsGeometry or WKT."""

    def make(kind, name, features=(), crs="EPSG:32618", fields=""):
        layer = QgsVectorLayer(f"{kind}?crs={crs}{fields}", name, "memory")
        assert layer.isValid(), f"{kind}?crs={crs}{fields}"
        added = []
        for geometry, attributes in features:
            feature = QgsFeature(layer.fields())
            feature.setGeometry(geometry if isinstance(geometry, QgsGeometry) else QgsGeometry.fromWkt(geometry))
            # numpy scalars as Python values: QGIS 3.22's memory provider refuses a feature holding a numpy.float64
            feature.setAttributes([value.item() if hasattr(value, "item") else value for value in attributes])
            added.append(feature)
        ok, _ = layer.dataProvider().addFeatures(added)
        assert ok and layer.featureCount() == len(added), layer.dataProvider().lastError()
        return layer

    return make


@pytest.fixture(scope="session")
def point_layer(memory_layer):
    """point_layer(xy, crs="EPSG:32618", name="points", **columns): a memory layer of points at ``xy``, with a
    double field per keyword holding one value per point."""

    def make(xy, crs="EPSG:32618", name="points", **columns):
        fields = "".join(f"&field={column}:double" for column in columns)
        features = [(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))),
                     [float(values[index]) for values in columns.values()]) for index, (x, y) in enumerate(xy)]
        return memory_layer("Point", name, features, crs, fields)

    return make


@pytest.fixture(scope="session")
def recording_feedback(qgis_app):
    """A QgsProcessingFeedback class that keeps what an algorithm reports: ``infos`` and ``warnings`` (lists)."""

    class RecordingFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos, self.warnings = [], []

        def pushInfo(self, text):  # noqa: N802 (QGIS API)
            self.infos.append(text)
            super().pushInfo(text)

        def pushWarning(self, text):  # noqa: N802 (QGIS API)
            self.warnings.append(text)
            super().pushWarning(text)

    return RecordingFeedback
