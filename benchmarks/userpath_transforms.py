"""The ``transforms`` case of bench_user_path.py: ``lodestone:magnetictransforms`` on a 4096 x 4096 float32 GeoTIFF
beside Harmonica 0.7 doing the same job with its own reading and writing (issue 17).

- Input: the synthetic total-field anomaly of bench_transforms.py (12 induced dipoles at 100-1000 m depth, a
  regional gradient and white noise; float32, 25 m cells, EPSG:32618), written once, before timing, as a plain
  (uncompressed, striped) GeoTIFF with rasterio's defaults.
- Lodestone: ``lodestone:magnetictransforms`` through Processing, headless, from that file to seven GeoTIFFs:
  RTP, upward continuation, first vertical derivative, THDR, tilt, analytic signal and the edge mask.
  Each side's seconds run from reading the input to the written outputs (after starting QGIS, after importing
  Harmonica: see ``timed``); the memory is the whole process's peak.
- Harmonica 0.7 (with xrft, xarray and rasterio), in its own interpreter: read the file with rasterio, pad it 25 %
  a side with ``xrft.pad``, ``reduction_to_pole``, then of the RTP ``derivative_upward``, ``tilt_angle``,
  ``total_gradient_amplitude`` and ``upward_continuation``, unpad, and write the five grids with rasterio, with
  the input's profile (as rasterio's examples do: uncompressed, which is the fastest a peer can write).

Like for like: before timing, both jobs run the same way on a 512 x 512 grid of the same dipoles without noise
or regional, and their outputs, read back, must agree: RTP correlation above 0.99 in the interior (5 % of the size
trimmed a side), as bench_transforms.py checks on arrays; the other outputs' correlations are printed, Harmonica's
in Lodestone's conventions (derivatives downward positive, tilt in degrees). The tilt correlates less (0.98): far
from the sources it is the angle of two small numbers. On the timed grid the correlations are printed only: its
regional gradient (1,000 nT across the grid) is removed by Lodestone and not by Harmonica, which sees a ramp
against the zero padding, so the RTP (0.98) and above all the tilt (0.4) differ there.

The peer pads, as Harmonica's examples do and as Lodestone does (25 % a side); without padding (wrapping the grid
around, with edge effects) it would take about half the time and memory (21.6 s and 3.0 GB against 43 s and
6.1 GB here).

Harmonica's interpreter: the ``HARMONICA_PYTHON`` environment variable (or ``run_transforms(folder, peer=...)``);
without it, the interpreter running the benchmark if it can import harmonica, xrft and rasterio (``make bench``
installs them into .venv from requirements-bench.txt). A separate one, e.g.::

    python3 -m venv /tmp/hm && /tmp/hm/bin/pip install harmonica==0.7.0 rasterio
    HARMONICA_PYTHON=/tmp/hm/bin/python PYTHONPATH=build/pythonpath python3 benchmarks/bench_user_path.py \\
        --case transforms
"""
import os
import subprocess
import sys
import textwrap

import numpy as np

SIZE = 4096
CHECK_SIZE = 512
PEER_MODULES = ("harmonica", "xrft", "xarray", "rasterio")
PEER_ENV = "HARMONICA_PYTHON"
PEER_OUTPUTS = ("rtp", "vertical_derivative", "tilt", "analytic_signal", "upward")
LODESTONE_OUTPUTS = {"RTP": "rtp", "UPWARD": "upward", "VERTICAL_DERIVATIVE": "vertical_derivative", "THDR": "thdr",
                     "TILT": "tilt", "ANALYTIC_SIGNAL": "analytic_signal", "EDGE_MASK": "edge_mask"}


def peer_python(option=None):
    """Harmonica's interpreter: ``option``, else $HARMONICA_PYTHON, else this one if it has the peer's modules."""
    chosen = option or os.environ.get(PEER_ENV)
    candidates = [chosen] if chosen else [sys.executable]
    for python in candidates:
        probe = subprocess.run([python, "-c", f"import {', '.join(PEER_MODULES)}"], capture_output=True, text=True)
        if probe.returncode == 0:
            return python
    where = f"{chosen} cannot import" if chosen else f"this interpreter ({sys.executable}) has not got"
    raise SystemExit(
        f"The transforms case needs Harmonica 0.7 beside Lodestone, but {where} {', '.join(PEER_MODULES)}. Make "
        f"one, e.g. 'python3 -m venv /tmp/hm && /tmp/hm/bin/pip install harmonica==0.7.0 rasterio', and give it "
        f"as {PEER_ENV}=/tmp/hm/bin/python (make bench installs harmonica into .venv).")


def transforms_input(folder, size=SIZE, **clean):
    """The anomaly GeoTIFF (plain, as rasterio writes by default); its path. ``clean``: ``noise=0, gradient=0``
    for the cross-check grid."""
    import rasterio
    from bench_transforms import CELL, synthetic_grid
    from bench_user_path import EPSG
    from rasterio.transform import from_origin

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "anomaly.tif"
    values = synthetic_grid(size, **clean)
    west, north = 400_000.0, 5_400_000.0 + size * CELL
    with rasterio.open(path, "w", driver="GTiff", width=size, height=size, count=1, dtype="float32",
                       crs=f"EPSG:{EPSG}", transform=from_origin(west, north, CELL, CELL), nodata=np.nan) as dst:
        dst.write(values, 1)
    return path


def lodestone_parameters(path, folder):
    from bench_transforms import DECLINATION, HEIGHT, INCLINATION, PADDING

    return {"INPUT": str(path), "INCLINATION": INCLINATION, "DECLINATION": DECLINATION, "HEIGHT": HEIGHT,
            "ORDER": 1.0, "PADDING": PADDING,
            **{name: str(folder / f"lodestone_{key}.tif") for name, key in LODESTONE_OUTPUTS.items()}}


def harmonica_command(python, path, folder):
    """Harmonica's job as a command: read, transform, write (as a user's script would)."""
    from bench_transforms import DECLINATION, HEIGHT, INCLINATION, PADDING

    script = folder / "harmonica_job.py"
    script.write_text(textwrap.dedent(f"""\
        import time
        import warnings

        import harmonica
        import numpy as np
        import rasterio
        import xarray
        import xrft

        warnings.filterwarnings("ignore", category=FutureWarning)  # xrft's and xarray's notes to Harmonica
        start = time.perf_counter()  # the job from here: reading, transforms, writing (as Lodestone's is timed)
        with rasterio.open({str(path)!r}) as src:
            profile = src.profile
            values = src.read(1)
            transform = src.transform
        rows, cols = values.shape
        # Harmonica wants ascending northing: flip the north-up rows.
        northing = transform.f + transform.e * (np.arange(rows)[::-1] + 0.5)
        easting = transform.c + transform.a * (np.arange(cols) + 0.5)
        grid = xarray.DataArray(values[::-1], dims=("northing", "easting"),
                                coords={{"northing": northing, "easting": easting}})
        pad_width = {{"northing": int(np.ceil({PADDING} * rows)), "easting": int(np.ceil({PADDING} * cols))}}
        rtp = harmonica.reduction_to_pole(xrft.pad(grid, pad_width), {INCLINATION}, {DECLINATION})
        results = {{
            "rtp": rtp,
            "vertical_derivative": harmonica.derivative_upward(rtp),
            "tilt": harmonica.tilt_angle(rtp),
            "analytic_signal": harmonica.total_gradient_amplitude(rtp),
            "upward": harmonica.upward_continuation(rtp, {HEIGHT}),
        }}
        for name, result in results.items():
            with rasterio.open(f"{folder}/harmonica_{{name}}.tif", "w", **profile) as dst:
                dst.write(xrft.unpad(result, pad_width).values[::-1].astype(np.float32), 1)
        print("ELAPSED", time.perf_counter() - start, flush=True)
    """))
    return [python, str(script)]


def _read(path):
    import rasterio

    with rasterio.open(path) as src:
        return src.read(1).astype(np.float64)


CONVENTIONS = {"rtp": lambda grid: grid, "vertical_derivative": lambda grid: -grid,
               "tilt": lambda grid: -np.degrees(grid), "analytic_signal": lambda grid: grid,
               "upward": lambda grid: grid}
"""Harmonica's outputs in Lodestone's conventions (derivatives downward positive, tilt in degrees)."""


def compare(folder, size):
    """Interior (5 % a side trimmed) correlations of each of Harmonica's outputs with Lodestone's."""
    inner = (slice(size // 20, -(size // 20)),) * 2
    found = {}
    for name in PEER_OUTPUTS:
        ours = _read(folder / f"lodestone_{name}.tif")[inner]
        theirs = CONVENTIONS[name](_read(folder / f"harmonica_{name}.tif"))[inner]
        found[name] = float(np.corrcoef(ours.ravel(), theirs.ravel())[0, 1])
    return found


def _both(python, folder, size, **clean):
    """Both sides' jobs on a grid written to ``folder``: their (seconds, peak MB) and the correlations."""
    from bench_user_path import lodestone_command, timed

    path = transforms_input(folder, size, **clean)
    ours = timed(lodestone_command("lodestone:magnetictransforms", lodestone_parameters(path, folder)), folder)
    theirs = timed(harmonica_command(python, path, folder), folder)
    return ours, theirs, compare(folder, size)


def _listed(correlations):
    return ", ".join(f"{name} {value:.4f}" for name, value in correlations.items())


def run_transforms(folder, peer=None):
    """The case's row. First both jobs on a small noise- and trend-free grid, whose RTP must correlate above 0.99
    (as bench_transforms.py checks on arrays; far from the sources the tilt is the ratio of two small numbers and
    correlates less, 0.98 on arrays); then the timed run on the full grid."""
    python = peer_python(peer)
    *_, check = _both(python, folder / "check", CHECK_SIZE, noise=0.0, gradient=0.0)
    if check["rtp"] <= 0.99:
        raise SystemExit(f"Lodestone and Harmonica disagree on a clean {CHECK_SIZE} x {CHECK_SIZE} grid (interior "
                         f"correlations {_listed(check)}): the comparison is not like for like.")
    ours, theirs, timed_run = _both(python, folder, SIZE)
    return [(f"magnetictransforms {SIZE} x {SIZE} float32 GeoTIFF, 7 outputs", ours,
             "harmonica 0.7 + rasterio: RTP, 1VD, tilt, AS, upward, 5 GeoTIFFs", theirs,
             f"interior correlations, clean {CHECK_SIZE} x {CHECK_SIZE} grid: {_listed(check)}; timed grid (with a "
             f"regional Harmonica does not remove): {_listed(timed_run)}")]
