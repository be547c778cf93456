"""Where the tiled path runs (issue 19, docs/tiling.md): above a grid size, raster algorithms hand the work to
``science/tiling.py``, tile by tile, in this process or on a Dask scheduler.

Two settings, in Settings > Options > Processing > Providers > Lodestone, or for a headless run in environment
variables of the same names (which win):

- ``LODESTONE_DASK_SCHEDULER``: empty (the tiles run one after another in this process), ``local:N`` (a local Dask
  cluster of N worker processes for the run), or a scheduler address such as ``tcp://10.0.0.5:8786``;
- ``LODESTONE_TILED_ABOVE_MCELLS``: grids above this many million cells go tile by tile (default 100, a 400 MB
  float32 grid); 0 sends every grid there.
"""
import os

SCHEDULER = "LODESTONE_DASK_SCHEDULER"
THRESHOLD = "LODESTONE_TILED_ABOVE_MCELLS"
DEFAULT_THRESHOLD_MCELLS = 100.0
SETTINGS = {
    SCHEDULER: ("Dask scheduler for large grids: empty = tiles in QGIS one after another; local:N = a local cluster "
                "of N workers; or an address such as tcp://host:8786", ""),
    THRESHOLD: ("Grids above this many million cells are processed tile by tile", DEFAULT_THRESHOLD_MCELLS),
}


def _processing_config():
    """QGIS's Processing settings, or None outside QGIS's Processing plugin."""
    try:
        from processing.core.ProcessingConfig import ProcessingConfig, Setting
    except ImportError:
        return None, None
    return ProcessingConfig, Setting


def register_settings(group):
    """Show the settings under the provider's ``group`` in the Processing options."""
    config, setting = _processing_config()
    if config is None:
        return
    for name, (description, default) in SETTINGS.items():
        config.addSetting(setting(group, name, description, default))
    config.readSettings()


def unregister_settings():
    """Remove the settings; those already gone (Processing unloaded first, when QGIS exits) are skipped."""
    config, _ = _processing_config()
    if config is not None:
        for name in SETTINGS:
            try:
                config.removeSetting(name)
            except KeyError:
                pass


def _value(name):
    if os.environ.get(name, "").strip():
        return os.environ[name].strip()
    config, _ = _processing_config()
    value = config.getSetting(name) if config is not None else None
    return SETTINGS[name][1] if value is None else value


def scheduler():
    """The Dask scheduler for the tiled path (None: in-process, one tile after another)."""
    value = str(_value(SCHEDULER) or "").strip()
    return value or None


def threshold_cells():
    """Grids above this many cells take the tiled path."""
    value = _value(THRESHOLD)
    try:
        return max(0.0, float(value)) * 1e6
    except (TypeError, ValueError):
        return DEFAULT_THRESHOLD_MCELLS * 1e6


def applies(cells):
    """True when a grid of ``cells`` cells takes the tiled path."""
    return cells > threshold_cells()


def applies_to(layer):
    """True when raster ``layer`` (None: False) is large enough for the tiled path."""
    return layer is not None and applies(layer.width() * layer.height())


def engine():
    """science/tiling.py, imported when a grid is large enough to need it (rasterio; Dask when a scheduler is set)."""
    from ..science import tiling

    return tiling


def source_file(layer):
    """The file a raster layer reads (its source without GDAL's '|' options)."""
    return layer.source().split("|")[0]


def describe(where):
    """A log line saying that the run goes tile by tile, and where."""
    return f"{where} cells: above the tiled-path threshold ({threshold_cells() / 1e6:g} M cells), processed tile by " \
           f"tile {'on the Dask scheduler ' + scheduler() if scheduler() else 'in this process'}."
