"""Benchmark: Lodestone's evidence stack against the same stack built with GDAL command-line tools.

Ten synthetic layers stacked onto a 4000 x 4000 grid of 10 m cells in EPSG:32618 (40 x 40 km), 17 bands in all:

- four rasters: a continuous field in EPSG:32617 (20 m cells) and one in EPSG:4326 (0.0003 degrees), a uint8 class
  map in EPSG:32617 (30 m, categorical: nearest neighbour), a continuous field in EPSG:32618 (15 m);
- roads (40 polylines) and faults (300 lines): distance in metres;
- showings (400 points) and drill collars (2000 points): distance in metres;
- geology (8 strike-parallel bands, field ``unit``): one band per unit (1 inside, 0 outside);
- lakes (60 polygons): signed distance to the shore, negative inside.

Lodestone: one call of ``science.evidence.stacking.stack_layers`` (windowed, one deflate-compressed tiled GeoTIFF).
GDAL: ``gdalwarp`` for each raster; ``gdal_rasterize`` (all touched) + ``gdal_proximity.py`` for each line and
point layer; one ``gdal_rasterize -where`` per geology unit; for the lakes, the shore lines rasterised +
``gdal_proximity.py``, the lakes rasterised, and ``gdal_calc.py`` to make the inside negative; then
``gdalbuildvrt -separate`` and ``gdal_translate`` to the same compressed GeoTIFF. Each run is a child process (one
per GDAL call), so each peak is its own resident memory (``ru_maxrss``); the GDAL figure is the sum of the times and
the largest of the peaks. Prints seconds (wall clock, and CPU seconds, steadier on a busy machine), peak memory,
their ratios and, per band, how far the two stacks differ. Target: peak memory under 2 GB.

    .venv/bin/python benchmarks/bench_stacking.py [--size 4000]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import rasterio
from lodestone_path import add_lodestone_to_path
from rasterio.crs import CRS
from rasterio.transform import Affine
from rasterio.warp import transform_bounds

CELL, WEST, NORTH, EPSG = 10.0, 400_000.0, 5_500_000.0, 32618
NODATA = -99999.0
UNITS = [f"unit {k}" for k in range(8)]


def import_lodestone():
    """The science modules this benchmark measures."""
    add_lodestone_to_path()
    from lodestone.science.evidence import stacking
    from lodestone.science.grid import GridSpec
    return stacking, GridSpec


def run_measured(command):
    """Run a command; return its wall-clock seconds, CPU seconds, peak resident memory (MB) and standard output."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors)
        with process.stdout:
            output = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)  # the child's own resource usage
        seconds = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status):
            errors.seek(0)
            raise RuntimeError(f"{' '.join(command[:2])} failed: {errors.read().decode()[-800:]}")
    process.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output


# ----------------------------------------------------------------------------------------------------------------
# Synthetic layers


def field(x, y, scale=1.0):
    """A smooth field of a raster's own coordinates (``scale``: metres per coordinate unit)."""
    return np.sin(x * scale / 3000.0) * np.cos(y * scale / 2300.0) + 1e-5 * x * scale


def write_raster(path, epsg, cell, values_of, dtype="float32", nodata=None, size=4000):
    """A raster in EPSG ``epsg`` with ``cell`` sized cells covering the reference grid plus 300 m."""
    east, south, north = WEST + size * CELL, NORTH - size * CELL, NORTH
    bounds = transform_bounds(f"EPSG:{EPSG}", f"EPSG:{epsg}", WEST - 300, south - 300, east + 300, north + 300)
    cols, rows = int(np.ceil((bounds[2] - bounds[0]) / cell)), int(np.ceil((bounds[3] - bounds[1]) / cell))
    affine = Affine(cell, 0, bounds[0], 0, -cell, bounds[3])
    xs = bounds[0] + (np.arange(cols) + 0.5) * cell
    with rasterio.open(path, "w", driver="GTiff", width=cols, height=rows, count=1, dtype=dtype,
                       crs=CRS.from_epsg(epsg), transform=affine, nodata=nodata, tiled=True) as dataset:
        for r0 in range(0, rows, 512):
            r1 = min(rows, r0 + 512)
            gx, gy = np.meshgrid(xs, bounds[3] - (np.arange(r0, r1) + 0.5) * cell)
            dataset.write(values_of(gx, gy).astype(dtype), 1, window=((r0, r1), (0, cols)))
    return str(path)


def feature_collection(path, features):
    document = {"type": "FeatureCollection",
                "crs": {"type": "name", "properties": {"name": f"urn:ogc:def:crs:EPSG::{EPSG}"}},
                "features": [{"type": "Feature", "properties": properties, "geometry": geometry}
                             for geometry, properties in features]}
    Path(path).write_text(json.dumps(document))
    return str(path)


def blob(rng, centre, radius, n=24):
    angles = np.linspace(0, 2 * np.pi, n, endpoint=False)
    r = radius * (1 + 0.3 * np.sin(3 * angles + rng.uniform(0, 6)))
    ring = np.column_stack([centre[0] + r * np.cos(angles), centre[1] + r * np.sin(angles)])
    return np.vstack([ring, ring[:1]]).tolist()


def make_layers(folder, size):
    """Write the ten layers; returns (rasters as (name, path, categorical)), (vectors as (name, path, kind))."""
    rng = np.random.default_rng(7)
    extent = size * CELL
    rasters = [
        ("magnetics_utm17", write_raster(folder / "magnetics_utm17.tif", 32617, 20.0, field, size=size), False),
        ("elevation_wgs84", write_raster(folder / "elevation_wgs84.tif", 4326, 0.0003,
                                         lambda x, y: 300 + 50 * field(y, x, 111_000.0), size=size), False),
        ("classes_utm17", write_raster(folder / "classes_utm17.tif", 32617, 30.0,
                                       lambda x, y: 1 + ((field(x, y) + 1.1) * 3).astype(int), "uint8", 0,
                                       size=size), True),
        ("ip_utm18", write_raster(folder / "ip_utm18.tif", EPSG, 15.0, lambda x, y: 5 + 10 * field(y, x),
                                  size=size), False),
    ]

    def random_xy(n):
        return np.column_stack([WEST + rng.uniform(0, extent, n), NORTH - rng.uniform(0, extent, n)])

    roads = [({"type": "LineString", "coordinates": np.cumsum(
        np.vstack([random_xy(1), rng.normal(0, 1500, (9, 2))]), axis=0).tolist()}, {}) for _ in range(40)]
    faults = [({"type": "LineString", "coordinates": random_xy(2).tolist()}, {}) for _ in range(300)]
    showings = [({"type": "Point", "coordinates": p.tolist()}, {}) for p in random_xy(400)]
    collars = [({"type": "Point", "coordinates": p.tolist()}, {}) for p in random_xy(2000)]
    band = extent / len(UNITS)
    geology = [({"type": "Polygon", "coordinates": [[[WEST - 500, NORTH - k * band], [WEST + extent + 500,
                                                                                       NORTH - k * band - band / 2],
                                                     [WEST + extent + 500, NORTH - (k + 1) * band - band / 2],
                                                     [WEST - 500, NORTH - (k + 1) * band],
                                                     [WEST - 500, NORTH - k * band]]]}, {"unit": unit})
               for k, unit in enumerate(UNITS)]
    for vertex in (0, 1, 4):  # the first band reaches beyond the north edge
        geology[0][0]["coordinates"][0][vertex][1] += band
    for vertex in (2, 3):  # and the last beyond the south edge
        geology[-1][0]["coordinates"][0][vertex][1] -= band
    lakes = [blob(rng, p, rng.uniform(150, 600)) for p in random_xy(60)]
    vectors = [
        ("roads", feature_collection(folder / "roads.geojson", roads), "LineString"),
        ("faults", feature_collection(folder / "faults.geojson", faults), "LineString"),
        ("showings", feature_collection(folder / "showings.geojson", showings), "Point"),
        ("collars", feature_collection(folder / "collars.geojson", collars), "Point"),
        ("geology", feature_collection(folder / "geology.geojson", geology), "Polygon"),
        ("lakes", feature_collection(folder / "lakes.geojson",
                                     [({"type": "Polygon", "coordinates": [ring]}, {}) for ring in lakes]),
         "Polygon"),
    ]
    feature_collection(folder / "shores.geojson",
                       [({"type": "LineString", "coordinates": ring}, {}) for ring in lakes])  # for GDAL only
    return rasters, vectors


# ----------------------------------------------------------------------------------------------------------------
# Lodestone (child process)


def lodestone_child(folder, size):
    stacking, GridSpec = import_lodestone()
    plan = json.loads((Path(folder) / "plan.json").read_text())
    layers = [stacking.RasterLayer(name, path, categorical=True if categorical else None)
              for name, path, categorical in plan["rasters"]]
    for name, path, kind in plan["vectors"]:
        features = json.loads(Path(path).read_text())["features"]
        geometries = [f["geometry"]["coordinates"] for f in features]
        if kind == "LineString":
            geometries = [np.asarray(g) for g in geometries]
        elif kind == "Polygon":
            geometries = [[np.asarray(ring) for ring in g] for g in geometries]
        categories = [f["properties"]["unit"] for f in features] if name == "geology" else None
        layers.append(stacking.VectorLayer(name, kind, geometries, categories, "unit" if categories else ""))
    grid = GridSpec(WEST, NORTH, CELL, CELL, size, size)
    start, cpu = time.perf_counter(), time.process_time()
    result = stacking.stack_layers(layers, grid, CRS.from_epsg(EPSG).to_wkt(), str(Path(folder) / "lodestone.tif"),
                                   nodata=NODATA)
    print(json.dumps({"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu,
                      "bands": [b.name for b in result.bands]}))


# ----------------------------------------------------------------------------------------------------------------
# GDAL tools


def gdal_stack(folder, rasters, vectors, size):
    """Build the same stack with GDAL command-line tools; returns (seconds, CPU seconds, peak MB, path, number of
    calls)."""
    south, east = NORTH - size * CELL, WEST + size * CELL
    grid = ["-te", str(WEST), str(south), str(east), str(NORTH), "-tr", str(CELL), str(CELL)]
    calls, bands = [], []
    for name, path, categorical in rasters:
        out = str(folder / f"gdal_{name}.tif")
        calls.append(["gdalwarp", "-q", "-overwrite", "-t_srs", f"EPSG:{EPSG}", *grid, "-r",
                      "near" if categorical else "bilinear", "-ot", "Float32", "-dstnodata", str(NODATA), path, out])
        bands.append(out)

    def distance(source, name, extra=()):
        touched, out = str(folder / f"gdal_{name}_touched.tif"), str(folder / f"gdal_{name}.tif")
        calls.append(["gdal_rasterize", "-q", "-at", "-burn", "1", "-init", "0", "-ot", "Byte", *grid, *extra,
                      source, touched])
        calls.append(["gdal_proximity.py", "-q", touched, out, "-values", "1", "-distunits", "GEO", "-ot", "Float32"])
        return out

    for name, path, kind in vectors:
        if kind in ("LineString", "Point"):
            bands.append(distance(path, name))
        elif name == "geology":
            for k, unit in enumerate(UNITS):
                out = str(folder / f"gdal_geology_{k}.tif")
                calls.append(["gdal_rasterize", "-q", "-where", f"unit = '{unit}'", "-burn", "1", "-init", "0",
                              "-ot", "Float32", *grid, path, out])
                bands.append(out)
        else:
            shore = distance(str(folder / "shores.geojson"), "shores")
            inside, out = str(folder / "gdal_lakes_inside.tif"), str(folder / "gdal_lakes.tif")
            calls.append(["gdal_rasterize", "-q", "-burn", "1", "-init", "0", "-ot", "Byte", *grid, path, inside])
            calls.append(["gdal_calc.py", "--quiet", "-A", shore, "-B", inside, "--calc", "A * (1.0 - 2.0 * B)",
                          "--type", "Float32", "--outfile", out])
            bands.append(out)
    vrt, output = str(folder / "gdal_stack.vrt"), str(folder / "gdal.tif")
    calls.append(["gdalbuildvrt", "-q", "-separate", vrt, *bands])
    calls.append(["gdal_translate", "-q", "-co", "TILED=YES", "-co", "COMPRESS=DEFLATE", "-co", "PREDICTOR=3",
                  "-co", "BIGTIFF=IF_SAFER", vrt, output])
    seconds, cpu, peak = 0.0, 0.0, 0.0
    for command in calls:
        s, c, mb, _ = run_measured(command)
        seconds, cpu, peak = seconds + s, cpu + c, max(peak, mb)
    return seconds, cpu, peak, output, len(calls)


def compare(ours_path, theirs_path, names):
    """Per band: median and 99th percentile of |Lodestone - GDAL| over cells valid in both."""
    with rasterio.open(ours_path) as ours, rasterio.open(theirs_path) as theirs:
        for band, name in enumerate(names, start=1):
            a, b = ours.read(band), theirs.read(band)
            valid = (a != NODATA) & (b != NODATA)
            difference = np.abs(a[valid] - b[valid])
            print(f"  band {band:2d} {name:38s} |difference| median {np.median(difference):9.4f}, 99th percentile "
                  f"{np.percentile(difference, 99):9.4f}, cells valid in both {valid.mean():6.1%}")


def main(size):
    with tempfile.TemporaryDirectory(prefix="bench-stacking-") as name:
        folder = Path(name)
        rasters, vectors = make_layers(folder, size)
        (folder / "plan.json").write_text(json.dumps({"rasters": rasters, "vectors": vectors}))
        print(f"{len(rasters) + len(vectors)} layers onto {size} x {size} cells of {CELL:g} m (EPSG:{EPSG})")
        total, _, lodestone_mb, output = run_measured([sys.executable, __file__, "--child", str(folder), str(size)])
        report = json.loads(output.decode().strip().splitlines()[-1])
        lodestone_s, lodestone_cpu = report["seconds"], report["cpu"]
        print(f"Lodestone stack_layers: {lodestone_s:6.1f} s, CPU {lodestone_cpu:6.1f} s ({total:.1f} s with start-up "
              f"and reading the vectors), {len(report['bands'])} bands, peak memory {lodestone_mb:6.0f} MB "
              f"(target < 2048 MB)")
        needed = ["gdalwarp", "gdal_rasterize", "gdal_proximity.py", "gdal_calc.py", "gdalbuildvrt", "gdal_translate"]
        missing = [tool for tool in needed if shutil.which(tool) is None]
        if missing:
            print(f"GDAL tools not found ({', '.join(missing)}; Debian package gdal-bin): no comparison")
            return
        gdal_s, gdal_cpu, gdal_mb, gdal_path, n_calls = gdal_stack(folder, rasters, vectors, size)
        print(f"GDAL tools ({n_calls} calls):   {gdal_s:6.1f} s, CPU {gdal_cpu:6.1f} s, largest peak memory "
              f"{gdal_mb:6.0f} MB")
        print(f"ratios Lodestone / GDAL: time {lodestone_s / gdal_s:.2f}, CPU {lodestone_cpu / gdal_cpu:.2f}, peak "
              f"memory {lodestone_mb / gdal_mb:.2f}")
        print("Differences (distances: Lodestone counts features beyond the grid edge, gdal_proximity does not; "
              "4326 raster: GDAL's default 1/8-cell reprojection approximation against Lodestone's 1/100):")
        compare(folder / "lodestone.tif", gdal_path, report["bands"])


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        lodestone_child(sys.argv[2], int(sys.argv[3]))
    else:
        parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
        parser.add_argument("--size", type=int, default=4000, help="grid rows and columns (default 4000)")
        main(parser.parse_args().size)
