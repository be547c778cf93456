"""What the user waits for: Lodestone's Processing algorithms from input files to written outputs, beside a peer
doing the same job with its own reading and writing, in the same run (a script, not a test; issue 17).

Each side runs in its own process under ``/usr/bin/time``, which reports the wall time and the peak resident
memory of the largest process of the job (QGIS with Processing for Lodestone, started headless as
``python -m lodestone run`` does; GRASS's modules for GRASS). The inputs are written once, before timing, to a
temporary folder. Cases:

- ``accesscost``: a 100 x 100 km area at 25 m (4000 x 4000 cells), 5,000 road segments (a jittered network of
  50 east-west and 50 north-south roads at 30-60 km/h), 40 lakes, off-road 4 km/h, the base in the middle.
  Lodestone: ``lodestone:accesscost`` from the GeoPackages to a travel-time GeoTIFF. Peer: GRASS ``r.cost -k``
  (Debian's grass-core) from the base over the same roads and lakes rasterised as friction (seconds per metre:
  road speed on road cells, off-road speed elsewhere, lakes null), importing that GeoTIFF (``r.in.gdal``) and
  exporting its result (``r.out.gdal``). The two models differ (Lodestone drives the roads as a vector network
  and walks off road from them; GRASS moves through road cells), so their travel times are compared, not
  required equal: the script prints their correlation and median ratio.

Each job's lines end with issue 17's goal for it and whether this run met it (:func:`goal`).

Usage: ``PYTHONPATH=build/pythonpath python3 benchmarks/bench_user_path.py [--case accesscost] [--keep DIR]``
(QGIS's Python; GRASS on PATH as ``grass``).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import numpy as np
from userpath_gridding import run_gridding
from userpath_phasesymmetry import run_phasesymmetry
from userpath_transforms import run_transforms

EPSG = 32618
REPO = Path(__file__).resolve().parent.parent


class Timing(tuple):
    """(seconds, peak resident MB of the whole process), as a pair; ``baseline_mb`` is the process's peak before the
    job started (QGIS and Processing loaded) when the command printed a ``BASELINE_MB`` line, else None."""

    def __new__(cls, seconds, peak_mb, baseline_mb=None):
        timing = super().__new__(cls, (seconds, peak_mb))
        timing.baseline_mb = baseline_mb
        return timing


def timed(command, folder):
    """Run ``command`` (list) under /usr/bin/time in ``folder`` (never the plugin folder, whose processing/ would
    hide QGIS's): a :class:`Timing` (seconds, peak resident memory in MB of its largest process).

    The seconds are the job's own when the command prints a line ``ELAPSED <seconds>`` (from reading the input to
    the written outputs, without starting the interpreter, QGIS or GRASS, which a user in QGIS does not wait for
    at each run), else the whole process's. The memory is always the whole process's peak; a ``BASELINE_MB <MB>``
    line gives what the process held before the job (QGIS with Processing), which a desktop user has already paid."""
    result = subprocess.run(["/usr/bin/time", "-f", "TIME %e %M", *command], capture_output=True, text=True,
                            cwd=folder, env={**os.environ, "PYTHONPATH": _plugin_path()})
    line = [row for row in result.stderr.splitlines() if row.startswith("TIME ")]
    if result.returncode or not line:
        raise RuntimeError(f"{command[0]} failed ({result.returncode}):\n{result.stdout[-2000:]}\n"
                           f"{result.stderr[-2000:]}")
    _, seconds, kilobytes = line[-1].split()

    def printed(key):
        values = [row.split()[1] for row in result.stdout.splitlines() if row.startswith(f"{key} ")]
        return float(values[-1]) if values else None

    elapsed = printed("ELAPSED")
    return Timing(elapsed if elapsed is not None else float(seconds), int(kilobytes) / 1024.0, printed("BASELINE_MB"))


def _plugin_path():
    """An absolute PYTHONPATH under which ``import lodestone`` finds this plugin (the caller's, made absolute, or a
    link made by lodestone_path)."""
    entries = [str(Path(entry).resolve()) for entry in os.environ.get("PYTHONPATH", "").split(os.pathsep) if entry]
    if not any((Path(entry) / "lodestone").exists() for entry in entries):
        from lodestone_path import add_lodestone_to_path

        add_lodestone_to_path()
        entries += [entry for entry in sys.path if (Path(entry) / "lodestone").is_symlink()]
    return os.pathsep.join(entries)


def lodestone_command(algorithm, parameters, input_layer=None):
    """A Python command running one Lodestone algorithm headless (what ``python -m lodestone run`` does). With
    ``input_layer`` (parameter name, data source, provider key) that parameter is a layer loaded in the timed part,
    as QGIS loads it from the Data Source Manager. Prints the peak memory before the job and the job's seconds."""
    script = textwrap.dedent(f"""
        import json, os, resource, time
        from lodestone.runner import run_algorithm, start_qgis
        from qgis.core import QgsVectorLayer
        app = start_qgis()  # kept: QGIS stops when it is collected
        print("BASELINE_MB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
        parameters = json.loads({json.dumps(json.dumps(parameters))})
        start = time.perf_counter()
        if {input_layer!r}:
            name, source, provider = {input_layer!r}
            parameters[name] = QgsVectorLayer(source, name, provider)
        run_algorithm({algorithm!r}, parameters)
        print("ELAPSED", time.perf_counter() - start, flush=True)
        os._exit(0)
    """)
    return [sys.executable, "-c", script]


def _write_layer(path, geometry_type, rows, fields=()):
    """A GeoPackage layer of WKT ``rows`` ((wkt, {field: value}), ...) with GDAL's OGR."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer(Path(path).stem, srs, geometry_type)
    for name in fields:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for name, value in values.items():
            feature.SetField(name, value)
        layer.CreateFeature(feature)
    source = None


def access_inputs(folder, size_m=100_000.0, cell=25.0, seed=17):
    """Roads, lakes and base GeoPackages and GRASS's friction GeoTIFF; returns the parameters of both sides."""
    import rasterio
    from rasterio.features import rasterize
    from rasterio.transform import from_origin

    rng = np.random.default_rng(seed)
    west, south = 400_000.0, 5_400_000.0
    segments, speeds = [], []
    for along in range(2):  # 50 east-west then 50 north-south roads of 50 segments each
        for k in range(50):
            position = (k + 0.5) * size_m / 50 + rng.uniform(-300, 300)
            stations = np.linspace(0, size_m, 51)
            offsets = position + np.cumsum(rng.normal(0, 120, 51))
            xy = np.column_stack([stations, offsets] if along == 0 else [offsets, stations]) + (west, south)
            segments += [xy[i:i + 2] for i in range(50)]
            speeds += [float(rng.choice([30.0, 40.0, 50.0, 60.0]))] * 50
    segments, speeds = np.array(segments), np.array(speeds)
    lakes = []
    while len(lakes) < 40:  # circles clear of every road
        centre = rng.uniform((west + 2000, south + 2000), (west + size_m - 2000, south + size_m - 2000))
        radius = rng.uniform(200, 1500)
        a, b = segments[:, 0], segments[:, 1]
        t = np.clip(np.einsum("ij,ij->i", centre - a, b - a) / np.einsum("ij,ij->i", b - a, b - a), 0, 1)
        if np.min(np.hypot(*(a + t[:, None] * (b - a) - centre).T)) > radius + 50:
            angles = np.linspace(0, 2 * np.pi, 25)
            lakes.append(centre + radius * np.column_stack([np.cos(angles), np.sin(angles)]))
    base = (west + size_m / 2 + 10.0, south + size_m / 2 + 10.0)

    def wkt(kind, ring_or_line):
        text = ", ".join(f"{x:.2f} {y:.2f}" for x, y in ring_or_line)
        return f"{kind} (({text}))" if kind == "POLYGON" else f"{kind} ({text})"

    _write_layer(folder / "roads.gpkg", 2, [(wkt("LINESTRING", segment), {"speed": speed})
                                            for segment, speed in zip(segments, speeds)], ["speed"])
    _write_layer(folder / "lakes.gpkg", 3, [(wkt("POLYGON", lake), {}) for lake in lakes])
    _write_layer(folder / "base.gpkg", 1, [(f"POINT ({base[0]} {base[1]})", {})])
    cells = int(round(size_m / cell))
    transform = from_origin(west, south + size_m, cell, cell)
    seconds_per_metre = np.full((cells, cells), 3.6 / 4.0, dtype=np.float32)  # 4 km/h off road
    seconds_per_metre[rasterize([({"type": "Polygon", "coordinates": [lake.tolist()]}, 1) for lake in lakes],
                                (cells, cells), transform=transform, all_touched=True) == 1] = np.nan
    for speed in sorted(set(speeds.tolist()), reverse=True):  # faster roads win where roads cross
        mask = rasterize([({"type": "LineString", "coordinates": segment.tolist()}, 1)
                          for segment in segments[speeds == speed]], (cells, cells), transform=transform,
                         all_touched=True) == 1
        seconds_per_metre[mask & ~(seconds_per_metre < 3.6 / speed)] = 3.6 / speed
    with rasterio.open(folder / "friction.tif", "w", driver="GTiff", width=cells, height=cells, count=1,
                       dtype="float32", crs=f"EPSG:{EPSG}", transform=transform, nodata=np.nan) as dst:
        dst.write(seconds_per_metre, 1)
    lodestone = {"ROADS": str(folder / "roads.gpkg"), "SPEED_FIELD": "speed", "BARRIERS": str(folder / "lakes.gpkg"),
                 "BASE": str(folder / "base.gpkg"), "OFFROAD_SPEED": 4.0, "CELL_SIZE": cell,
                 "EXTENT": f"{west},{west + size_m},{south},{south + size_m} [EPSG:{EPSG}]",
                 "TRAVEL_TIME": str(folder / "lodestone_hours.tif")}
    return lodestone, base


def grass_cost(folder, base):
    """The GRASS command: import the friction, r.cost -k from the base, export seconds."""
    script = folder / "grass_job.sh"
    script.write_text(textwrap.dedent(f"""\
        set -e
        start=$(date +%s.%N)
        r.in.gdal -o input={folder / 'friction.tif'} output=friction --quiet
        g.region raster=friction
        r.mapcalc expression="friction_cell = friction * 25.0" --quiet
        r.cost -k input=friction_cell output=cost start_coordinates={base[0]},{base[1]} --quiet
        r.out.gdal input=cost output={folder / 'grass_seconds.tif'} format=GTiff type=Float32 -f --quiet
        echo ELAPSED $(awk "BEGIN {{print $(date +%s.%N) - $start}}")
    """))
    return ["grass", "--tmp-location", f"EPSG:{EPSG}", "--exec", "bash", str(script)]


def compare_hours(folder):
    """Correlation and median ratio (Lodestone / GRASS) of the travel times where both are finite."""
    import rasterio

    with rasterio.open(folder / "lodestone_hours.tif") as ours, rasterio.open(folder / "grass_seconds.tif") as peer:
        hours = ours.read(1, masked=True).filled(np.nan).astype(float)
        grass = peer.read(1, masked=True).filled(np.nan).astype(float) / 3600.0
    both = np.isfinite(hours) & np.isfinite(grass) & (grass > 0)
    return float(np.corrcoef(hours[both], grass[both])[0, 1]), float(np.median(hours[both] / grass[both]))


def run_accesscost(folder):
    parameters, base = access_inputs(folder)
    ours = timed(lodestone_command("lodestone:accesscost", parameters), folder)
    peer = timed(grass_cost(folder, base), folder)
    correlation, ratio = compare_hours(folder)
    return [("accesscost 4000 x 4000 at 25 m, 5,000 road segments, 40 lakes", ours,
             "GRASS r.cost -k, friction GeoTIFF in and out", peer,
             f"travel times: correlation {correlation:.3f}, median ratio {ratio:.2f}")]


CASES = {"accesscost": run_accesscost, "transforms": run_transforms, "phasesymmetry": run_phasesymmetry,
         "gridding": run_gridding}


def goal(job):
    """Issue 17's goal for a job: (the least speed-up, the most memory as a multiple of the peer's or None). The
    memory compared is the job's own (above what QGIS held before it) when it is known: QGIS's own 0.3 GB is
    there whether or not the job runs."""
    if job.startswith("magnetictransforms"):
        return 2.0, 1.0
    if job.startswith("gridsurvey"):
        return 1.0, 4.0 if "Britain" in job else None
    return (2.0 if job.startswith("phasesymmetry") else 1.0), None


def goal_line(job, ours, peer_s, peer_mb):
    speed_up, memory = goal(job)
    baseline = getattr(ours, "baseline_mb", None) or 0.0
    ratio = (ours[1] - baseline) / peer_mb
    met = peer_s / ours[0] >= speed_up and (memory is None or ratio <= memory)
    wanted = f">= {speed_up:g}x" + ("" if memory is None else f", the job's memory <= {memory:g}x the peer's "
                                                            f"({ratio:.2f}x)")
    return f"  goal {wanted}: {'met' if met else 'NOT MET'}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--case", choices=sorted(CASES), action="append")
    parser.add_argument("--keep", help="write the inputs and outputs to this folder and keep them")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="lodestone-userpath-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{'job':<66} {'Lodestone':>17} {'peer':>17}  speed-up  memory")
    try:
        for name in args.case or sorted(CASES):
            for job, ours, peer_name, (peer_s, peer_mb), note in CASES[name](folder):
                ours_s, ours_mb = ours
                print(f"{job:<66} {ours_s:7.1f} s {ours_mb:6.0f} MB {peer_s:7.1f} s {peer_mb:6.0f} MB"
                      f"  {peer_s / ours_s:6.2f}x  {ours_mb / peer_mb:5.2f}x the peer's")
                baseline = getattr(ours, "baseline_mb", None)
                if baseline is not None:
                    print(f"  Lodestone's job itself: {ours_mb - baseline:.0f} MB above the {baseline:.0f} MB QGIS "
                          f"with Processing held before it ({(ours_mb - baseline) / peer_mb:.2f}x the peer's)")
                print(f"  peer: {peer_name}; {note}")
                print(goal_line(job, ours, peer_s, peer_mb))
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
