"""The ``gridding`` case of bench_user_path.py: ``lodestone:gridsurvey`` (survey readings to a minimum-curvature
GeoTIFF) from a CSV of readings, beside GMT doing the same job with its own reading and writing (issue 17).

Surveys, from ``../shared/data`` beside the checkout (a survey whose folder is absent is skipped, saying so):

- Osborne (``osborne-magnetic``): 991k airborne readings, UTM 54S (EPSG:32754), 50 m cells (924 x 691), blanking
  automatic (1.5 line spacings, 361 m, from the line field).
- Britain (``britain-magnetic``): 541k readings of the national compilation, British National Grid (EPSG:27700),
  500 m cells (2466 x 1315), 3 km blanking.

Before timing, each survey is projected and written as a CSV of ``x, y, value, line`` (metres to the centimetre).
Both sides read that text file:

- Lodestone: the CSV loaded as a delimited-text point layer (as QGIS's Data Source Manager and ``python -m
  lodestone run`` load a CSV of x/y columns), then ``lodestone:gridsurvey`` (tension 0.25, the line field given)
  through Processing to a GeoTIFF. Timed from loading the CSV to the written GeoTIFF (QGIS's start-up is not: see
  ``timed``); the memory is the whole QGIS process's peak, and the job's own above what QGIS with Processing held
  before it.
- GMT 6 (Debian's ``gmt``): ``gmt blockmedian -Q`` (the reduction Lodestone makes: the reading holding each cell's
  median) of the same CSV on the same nodes (grid registration on Lodestone's cell centres), piped in binary to
  ``gmt surface -T0.25`` with ``-M`` at the same blanking distance, writing its native netCDF grid (GDAL reads it;
  GMT 6.4's ``surface -G...=gd:GTiff`` writes a GeoTIFF with scrambled rows, and converting with ``grdconvert``
  would add to GMT's time). Timed whole; the memory is the larger process's peak. Without ``gmt`` on PATH the GMT
  side is skipped, saying so.

Like for like: the two grids' correlation over the cells both keep, ten cells in from the edges (expected above
0.98), and their RMS difference as a percentage of the readings' standard deviation.
"""
import csv
import lzma
import shutil
import textwrap
from pathlib import Path

import numpy as np
from lodestone_path import add_lodestone_to_path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
TENSION = 0.25
MARGIN = 10  # cells left out at each edge when the grids are compared
SURVEYS = {
    # name: (file, epsg, cell (m), blanking (m, None: automatic), how the readings are projected)
    "Osborne": ("osborne-magnetic/osborne-magnetic.csv.xz", 32754, 50.0, None, "utm54s"),
    "Britain": ("britain-magnetic/britain-magnetic.csv.xz", 27700, 500.0, 3000.0, "bng"),
}
COLUMNS = {"osborne-magnetic": ("flight_line", "total_field_anomaly_nt"),
           "britain-magnetic": ("line_and_segment", "total_field_anomaly_nt")}


def _read_survey(path):
    """Longitude, latitude, value and line columns of a compressed survey CSV."""
    line_column, value_column = COLUMNS[path.parent.name]
    try:
        import pandas
    except ImportError:
        with lzma.open(path, "rt", newline="") as text:
            rows = list(csv.DictReader(text))
        return (np.array([float(r[key]) for r in rows]) for key in ("longitude", "latitude", value_column)), \
            np.array([r[line_column] for r in rows])
    table = pandas.read_csv(path)
    return (table[key].to_numpy(float) for key in ("longitude", "latitude", value_column)), \
        table[line_column].astype(str).to_numpy()


def _project(lon, lat, how):
    if how == "utm54s":
        from lodestone.science import projection

        return projection.lonlat_to_utm(lon, lat, 54, south=True)
    try:
        import pyproj

        return pyproj.Transformer.from_crs("EPSG:4326", "EPSG:27700", always_xy=True).transform(lon, lat)
    except ImportError:
        from osgeo import osr

        source, target = osr.SpatialReference(), osr.SpatialReference()
        source.ImportFromEPSG(4326)
        target.ImportFromEPSG(27700)
        source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        points = osr.CoordinateTransformation(source, target).TransformPoints(np.column_stack([lon, lat]))
        return np.array(points)[:, 0], np.array(points)[:, 1]


def survey_input(folder, name):
    """Write a survey's CSV (x, y, value, line); its path, GridSpec, blanking distance (m) and readings' std."""
    add_lodestone_to_path()
    from lodestone.science.grid import GridSpec
    from lodestone.science.magnetics import gridding

    relative, _, cell, blanking, how = SURVEYS[name]
    (lon, lat, value), line = _read_survey(DATA / relative)
    x, y = (np.round(v, 2) for v in _project(lon, lat, how))
    path = folder / f"{name.lower()}.csv"
    with open(path, "w", newline="") as out:
        out.write("x,y,value,line\n")
        out.writelines(f"{a:.2f},{b:.2f},{c:.10g},{d}\n" for a, b, c, d in zip(x, y, value, line))
    grid = GridSpec.from_bounds(x.min(), y.min(), x.max(), y.max(), cell)
    if blanking is None:  # gridsurvey's automatic blanking, for GMT's -M
        blanking = 1.5 * gridding.estimate_line_spacing(x, y, line)
    return path, grid, blanking, float(value.std())


def gmt_command(folder, path, grid, blanking, output):
    """blockmedian -Q | surface -T0.25 -M on the nodes at Lodestone's cell centres, to a netCDF grid."""
    half_x, half_y = grid.cell_x / 2, grid.cell_y / 2
    region = f"-R{grid.west + half_x}/{grid.east - half_x}/{grid.south + half_y}/{grid.north - half_y}"
    spacing = f"-I{grid.cell_x:g}/{grid.cell_y:g}"
    script = folder / f"gmt_{path.stem}.sh"
    script.write_text(textwrap.dedent(f"""\
        set -e
        gmt blockmedian {path} -hi1 -i0,1,2 {region} {spacing} -Q -bo3d \\
            | gmt surface -bi3d {region} {spacing} -T{TENSION} -M{blanking:.3f} -G{output}
    """))
    return ["bash", str(script)]


def _grid(path, nodata=None):
    from osgeo import gdal

    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray().astype(np.float64)
    missing = band.GetNoDataValue() if nodata is None else nodata
    if missing is not None and np.isfinite(missing):
        values[values == missing] = np.nan
    return values


def compare(ours_path, peer_path, std):
    """Correlation and RMS difference (% of the readings' std) over the cells both keep, MARGIN in from the
    edges; the share of cells both keep."""
    ours, theirs = _grid(ours_path), _grid(peer_path)
    if ours.shape != theirs.shape:
        raise SystemExit(f"The grids differ in shape: Lodestone {ours.shape}, GMT {theirs.shape}.")
    inner = (slice(MARGIN, -MARGIN),) * 2
    ours, theirs = ours[inner], theirs[inner]
    both = np.isfinite(ours) & np.isfinite(theirs)
    correlation = float(np.corrcoef(ours[both], theirs[both])[0, 1])
    rms = float(100 * np.sqrt(np.mean((ours[both] - theirs[both]) ** 2)) / std)
    return correlation, rms, float(both.mean())


def run_gridding(folder):
    """One row per survey present: gridsurvey from the CSV beside GMT blockmedian + surface from the same text."""
    from bench_user_path import lodestone_command, timed

    rows = []
    gmt = shutil.which("gmt")
    if gmt is None:
        print("gridding: GMT not found on PATH (Debian: apt-get install gmt): its side is skipped.")
    for name, (relative, epsg, cell, blanking, _) in SURVEYS.items():
        if not (DATA / relative).exists():
            print(f"gridding: {name} skipped: {DATA / relative} is absent.")
            continue
        path, grid, distance, std = survey_input(folder, name)
        ours_path, peer_path = folder / f"lodestone_{name.lower()}.tif", folder / f"gmt_{name.lower()}.nc"
        parameters = {"VALUE_FIELD": "value", "LINE_FIELD": "line", "CELL_SIZE": cell, "TENSION": TENSION,
                      "BLANKING_DISTANCE": blanking or 0.0, "OUTPUT": str(ours_path)}
        uri = f"{path.resolve().as_uri()}?type=csv&xField=x&yField=y&crs=EPSG:{epsg}&detectTypes=yes"
        ours = timed(lodestone_command("lodestone:gridsurvey", parameters, ("INPUT", uri, "delimitedtext")), folder)
        job = (f"gridsurvey {name}: CSV of {sum(1 for _ in open(path)) - 1:,} readings, {grid.cols} x {grid.rows} "
               f"cells of {cell:g} m")
        if gmt is None:
            rows.append((job, ours, "GMT (not installed)", (float("nan"), float("nan")), "GMT side skipped"))
            continue
        peer = timed(gmt_command(folder, path, grid, distance, peer_path), folder)
        correlation, rms, kept = compare(ours_path, peer_path, std)
        flag = "" if correlation > 0.98 else " (BELOW 0.98: not like for like)"
        rows.append((job, ours, "GMT blockmedian -Q + surface -T0.25 -M, CSV in, netCDF out", peer,
                     f"blanking {distance:.0f} m; grids agree: correlation {correlation:.4f}{flag}, RMS difference "
                     f"{rms:.2f} % of the readings' std, over {kept:.0%} of the interior"))
    return rows
