"""The evidence stack tile by tile (lodestone.science.tiling.stack_tiled; docs/tiling.md): the same GeoTIFF bands,
to the bit, the same band descriptions and tags, and the same sidecar JSON as the whole-grid
``stacking.stack_layers``.

Each case is drawn in the test from its seed: a grid of 180-560 rows (so several of the stack's 256-row windows,
cut across by the tiles), cells of 20-35 m, not square; a continuous raster in another CRS and cell size with NaN
holes (bilinear), an integer raster of a few classes in the grid's CRS on a shifted grid (nearest), a two-band
array raster; points, lines and polygons, partly beyond the grid, as distances (polygons signed) with or without a
maximum distance; polygons with categories (some empty, some overlapping) as one-hot bands; with or without a mask.
"""
import json

import numpy as np
import pytest
import rasterio
from rasterio.crs import CRS
from rasterio.transform import Affine
from rasterio.warp import transform_bounds

from lodestone.science import tiling
from lodestone.science.evidence import stacking
from lodestone.science.features import points_in_polygon
from lodestone.science.grid import GridSpec
from lodestone.science.progress import Cancelled

UTM18 = CRS.from_epsg(32618)
SEEDS = range(20)


def _star(rng, x, y, radius, vertices):
    """A simple (star-shaped) closed ring around (x, y) with radii within ``radius`` (m)."""
    angles = np.sort(rng.uniform(0, 2 * np.pi, vertices))
    radii = radius * rng.uniform(0.3, 1.0, vertices)
    return np.column_stack([x + radii * np.cos(angles), y + radii * np.sin(angles)])


def _somewhere(rng, grid, beyond):
    """A point of the grid's extent grown by ``beyond`` times its size on each side."""
    width, height = grid.cols * grid.cell_x, grid.rows * grid.cell_y
    return (grid.west + rng.uniform(-beyond, 1 + beyond) * width,
            grid.north - rng.uniform(-beyond, 1 + beyond) * height)


def _polygons(rng, grid, count, beyond=0.1, size=(0.05, 0.4)):
    """``count`` polygons, some with a hole, centred up to ``beyond`` times the grid's size beyond it, their radius
    within ``size`` times its smaller side."""
    polygons = []
    for _ in range(count):
        x, y = _somewhere(rng, grid, beyond)
        radius = rng.uniform(*size) * min(grid.cols * grid.cell_x, grid.rows * grid.cell_y)
        outer = _star(rng, x, y, radius, int(rng.integers(5, 14)))
        holes = [_star(rng, x, y, 0.25 * radius, 6)] if rng.random() < 0.3 else []
        polygons.append([outer] + holes)
    return polygons


def _write(path, values, transform, crs, nodata, descriptions=()):
    values = values[None] if values.ndim == 2 else values
    with rasterio.open(path, "w", driver="GTiff", width=values.shape[2], height=values.shape[1],
                       count=values.shape[0], dtype=values.dtype, crs=crs, transform=transform,
                       nodata=nodata) as dataset:
        dataset.write(values)
        for band, description in enumerate(descriptions, start=1):
            dataset.set_band_description(band, description)
    return str(path)


def _case(seed, folder):
    """(layers, grid, mask, max_distance, tile) drawn from ``seed``; rasters written to ``folder``."""
    rng = np.random.default_rng(seed)
    rows, cols = int(rng.integers(180, 560)), int(rng.integers(150, 420))
    grid = GridSpec(float(rng.uniform(4.0e5, 4.1e5)), float(rng.uniform(5.50e6, 5.51e6)), float(rng.uniform(20, 35)),
                    float(rng.uniform(20, 35)), rows, cols)
    layers = []
    # a continuous raster in UTM 17 (another CRS), coarser or finer, with NaN holes: bilinear
    epsg = 32617
    west, south, east, north = transform_bounds(UTM18, CRS.from_epsg(epsg), grid.west - 300, grid.south - 300,
                                                grid.east + 300, grid.north + 300)
    cell = float(rng.uniform(15, 60))
    shape = (int((north - south) / cell) + 1, int((east - west) / cell) + 1)
    field = np.cumsum(np.cumsum(rng.normal(size=shape), 0), 1).astype(np.float32)
    for _ in range(int(rng.integers(1, 5))):
        r, c = int(rng.integers(0, shape[0])), int(rng.integers(0, shape[1]))
        field[r:r + int(rng.integers(3, 30)), c:c + int(rng.integers(3, 30))] = np.nan
    layers.append(stacking.RasterLayer("field", _write(folder / f"field{seed}.tif", field,
                                                       Affine(cell, 0, west, 0, -cell, north), CRS.from_epsg(epsg),
                                                       np.nan)))
    # integer classes on a shifted grid in the grid's CRS: categorical, nearest
    cell = float(rng.uniform(18, 50))
    shape = (int(grid.rows * grid.cell_y / cell) + 6, int(grid.cols * grid.cell_x / cell) + 6)
    classes = rng.integers(0, 6, size=shape).astype(np.int16)
    classes[rng.random(shape) < 0.05] = -1  # nodata
    origin = Affine(cell, 0, grid.west - 2.7 * cell, 0, -cell, grid.north + 2.2 * cell)
    layers.append(stacking.RasterLayer("units", _write(folder / f"units{seed}.tif", classes, origin, UTM18, -1)))
    # a two-band raster given as an array (its own geotransform), bands named from their index
    cell = float(rng.uniform(20, 40))
    shape = (2, int(grid.rows * grid.cell_y / cell) + 4, int(grid.cols * grid.cell_x / cell) + 4)
    layers.append(stacking.RasterLayer("pair", rng.normal(size=shape).astype(np.float32), UTM18.to_wkt(),
                                       (grid.west - 2 * cell, cell, 0.0, grid.north + 2 * cell, 0.0, -cell)))
    # points, lines and polygons as distances; some beyond the grid (within the margin or not)
    points = [_somewhere(rng, grid, 0.3) for _ in range(int(rng.integers(1, 25)))]
    layers.append(stacking.VectorLayer("showings", "Point", points))
    lines = [np.array([_somewhere(rng, grid, 0.2) for _ in range(int(rng.integers(2, 6)))])
             for _ in range(int(rng.integers(1, 6)))]
    layers.append(stacking.VectorLayer("faults", "LineString", lines))
    layers.append(stacking.VectorLayer("intrusions", "Polygon", _polygons(rng, grid, int(rng.integers(1, 4)))))
    # polygons with categories: one-hot (overlaps: the later wins; None and "" are left out)
    geology = _polygons(rng, grid, int(rng.integers(3, 9)), beyond=0.0)
    names = ["granite", "basalt", "shale", None, ""]
    layers.append(stacking.VectorLayer("geology", "Polygon", geology,
                                       [names[int(rng.integers(0, 5))] for _ in geology], "unit"))
    if all(c in (None, "") for c in layers[-1].categories):
        layers[-1].categories[0] = "granite"
    order = rng.permutation(len(layers))
    layers = [layers[i] for i in order]
    mask = _polygons(rng, grid, int(rng.integers(1, 3)), beyond=0.0, size=(0.4, 0.8)) if rng.random() < 0.6 else None
    max_distance = float(rng.uniform(400, 2500)) if rng.random() < 0.5 else None
    tile = int(rng.choice([48, 64, 112, 128, 256, 512]))
    return layers, grid, mask, max_distance, tile


def _read(path):
    with rasterio.open(path) as dataset:
        bands = [(dataset.descriptions[b - 1], dataset.tags(b)) for b in range(1, dataset.count + 1)]
        return dataset.read(), bands, dataset.nodata, dataset.crs, dataset.transform


def _assert_same_stack(whole, tiled):
    expected, got = _read(whole), _read(tiled)
    np.testing.assert_array_equal(got[0].view(np.uint32), expected[0].view(np.uint32))  # to the bit
    assert got[1:] == expected[1:]
    with open(f"{whole}.json", encoding="utf-8") as a, open(f"{tiled}.json", encoding="utf-8") as b:
        assert a.read() == b.read()
    return expected[0]


def _files(folder):
    return sorted(path.name for path in folder.iterdir())


@pytest.mark.parametrize("seed", SEEDS)
def test_the_tiled_stack_is_the_whole_grid_stack_to_the_bit(seed, tmp_path):
    layers, grid, mask, max_distance, tile = _case(seed, tmp_path)
    whole = stacking.stack_layers(layers, grid, UTM18.to_wkt(), str(tmp_path / "whole.tif"), mask=mask,
                                  max_distance=max_distance)
    tiled = tiling.stack_tiled(layers, grid, UTM18.to_wkt(), str(tmp_path / "tiled.tif"), mask=mask,
                               max_distance=max_distance, tile=tile)
    values = _assert_same_stack(tmp_path / "whole.tif", tmp_path / "tiled.tif")
    assert tiled.bands == whole.bands and tiled.masked_cells == whole.masked_cells
    assert tiled.sidecar_path == str(tmp_path / "tiled.tif.json")
    # the case is not vacuous: nodata (holes, mask), several one-hot bands, distances that vary
    kinds = [band.kind for band in whole.bands]
    assert {"continuous", "categorical", "distance", "onehot"} <= set(kinds)
    assert (values == -99999.0).any() and (values != -99999.0).any()
    distances = values[[k for k, kind in enumerate(kinds) if kind == "distance"]]
    assert len(np.unique(distances[distances > 0])) > 20
    if max_distance is not None:
        assert distances.max() <= np.float32(max_distance)
    assert (mask is not None) == (whole.masked_cells > 0)
    assert _files(tmp_path) == sorted(["whole.tif", "whole.tif.json", "tiled.tif", "tiled.tif.json"] +
                                      [path.name for path in tmp_path.glob("*[0-9].tif")])


@pytest.mark.parametrize("halo", [0, 5, 256])
def test_the_feature_tree_gives_the_distance_transform_s_bits_on_any_window(halo, monkeypatch):
    """FeatureTree (a window's distance transform, a k-d tree where that is unsure) against DistanceField (the
    whole padded grid's transform): halo 0 sends most cells to the tree, 256 few."""
    monkeypatch.setattr(stacking, "WINDOW_HALO", halo)
    for seed in range(6):
        rng = np.random.default_rng(100 + seed)
        grid = GridSpec(400_000.0, 5_500_000.0, float(rng.uniform(20, 35)), float(rng.uniform(20, 35)),
                        int(rng.integers(60, 300)), int(rng.integers(60, 300)))
        kind = ["Point", "LineString", "Polygon"][seed % 3]
        geometries = ([_somewhere(rng, grid, 0.3) for _ in range(int(rng.integers(1, 6)))] if kind == "Point" else
                      [np.array([_somewhere(rng, grid, 0.2) for _ in range(3)]) for _ in range(2)]
                      if kind == "LineString" else _polygons(rng, grid, 2))
        layer = stacking.VectorLayer("v", kind, geometries)
        cap = float(rng.uniform(100, 3000)) if seed % 2 else None
        field, tree = stacking.DistanceField(layer, grid, cap), stacking.FeatureTree(layer, grid, cap)
        for _ in range(8):
            r0, c0 = int(rng.integers(0, grid.rows)), int(rng.integers(0, grid.cols))
            r1, c1 = int(rng.integers(r0 + 1, grid.rows + 1)), int(rng.integers(c0 + 1, grid.cols + 1))
            np.testing.assert_array_equal(tree.read(r0, r1, c0, c1).view(np.uint32),
                                          field.read(r0, r1, c0, c1).view(np.uint32))


def test_an_uncapped_distance_from_a_far_corner_is_exact(tmp_path):
    """One point in a corner: the distances across the grid reach its diagonal, far beyond any tile."""
    grid = GridSpec(400_000.0, 5_500_000.0, 25.0, 30.0, 300, 270)
    layers = [stacking.VectorLayer("one", "Point", [(400_010.0, 5_499_990.0)]),
              stacking.VectorLayer("line", "LineString", [np.array([[400_000.0, 5_491_000.0], [400_100, 5_491_100]])])]
    stacking.stack_layers(layers, grid, UTM18.to_wkt(), str(tmp_path / "whole.tif"))
    tiling.stack_tiled(layers, grid, UTM18.to_wkt(), str(tmp_path / "tiled.tif"), tile=32)
    values = _assert_same_stack(tmp_path / "whole.tif", tmp_path / "tiled.tif")
    # the point's cell centre is (12.5, 15) m from it: the far corner is the diagonal away, less that
    far = np.hypot(269 * 25.0, 299 * 30.0)
    assert values[0, -1, -1] == np.float32(far)


def test_features_only_beyond_the_grid_edge_give_distances(tmp_path, distance_to_polyline, cell_centres):
    """Lines within the margin but none inside the grid: every feature may be the nearest (nothing is trimmed)."""
    grid = GridSpec(400_000.0, 5_500_000.0, 25.0, 25.0, 120, 90)
    beyond = [np.array([[399_900.0, 5_496_000.0], [399_950.0, 5_499_000.0]]),  # west of the grid
              np.array([[401_000.0, 5_500_300.0], [402_000.0, 5_500_200.0]])]  # north of it
    layers = [stacking.VectorLayer("beyond", "LineString", beyond)]
    stacking.stack_layers(layers, grid, UTM18.to_wkt(), str(tmp_path / "whole.tif"))
    tiling.stack_tiled(layers, grid, UTM18.to_wkt(), str(tmp_path / "tiled.tif"), tile=48)
    values = _assert_same_stack(tmp_path / "whole.tif", tmp_path / "tiled.tif")[0]
    centres = cell_centres(grid)
    expected = np.minimum(*(distance_to_polyline(centres, line) for line in beyond)).reshape(grid.shape)
    assert np.abs(values - expected).max() <= 0.5 * np.hypot(25.0, 25.0) + 1e-3  # the documented accuracy


def test_a_cancel_leaves_no_stack_and_no_sidecar(tmp_path):
    layers, grid, mask, max_distance, _ = _case(3, tmp_path)
    before = _files(tmp_path)
    calls = []

    def stop(fraction):
        calls.append(fraction)
        return len(calls) < 4

    with pytest.raises(Cancelled):
        tiling.stack_tiled(layers, grid, UTM18.to_wkt(), str(tmp_path / "tiled.tif"), mask=mask,
                           max_distance=max_distance, tile=64, progress=stop)
    assert _files(tmp_path) == before
    calls.clear()

    def stop_in_tiles(fraction):
        calls.append(fraction)
        return fraction < 0.5

    with pytest.raises(Cancelled):
        tiling.stack_tiled(layers, grid, UTM18.to_wkt(), str(tmp_path / "tiled.tif"), mask=mask,
                           max_distance=max_distance, tile=64, progress=stop_in_tiles)
    assert _files(tmp_path) == before and max(calls) >= 0.5


def test_a_cancel_stops_the_stack_inside_a_tile(tmp_path, stop_inside):
    # one tile: a report strictly inside the tile pass (after the first 10 %, the feature cells) comes from
    # between the tile's bands
    layers, grid, mask, max_distance, _ = _case(3, tmp_path)
    progress, seen = stop_inside(0.1, 1.0)
    with pytest.raises(Cancelled):
        tiling.stack_tiled(layers, grid, UTM18.to_wkt(), str(tmp_path / "out.tif"), mask=mask,
                           max_distance=max_distance, tile=16 * (max(grid.shape) // 16 + 1), progress=progress)
    assert 0.1 < seen[-1] < 1 and not (tmp_path / "out.tif").exists()


def test_bad_input_is_refused_as_the_whole_grid_stack_refuses_it(tmp_path):
    grid = GridSpec(400_000.0, 5_500_000.0, 25.0, 25.0, 100, 100)
    far = stacking.VectorLayer("far", "Point", [(0.0, 0.0)])
    for layers, mask, match in (([], None, "No evidence layers"), ([far], None, "does not overlap"),
                                ([stacking.VectorLayer("p", "Point", [(401_000.0, 5_499_000.0)])], [],
                                 "mask layer has no polygons")):
        for function in (stacking.stack_layers, tiling.stack_tiled):
            with pytest.raises(ValueError, match=match):
                function(layers, grid, UTM18.to_wkt(), str(tmp_path / "s.tif"), mask=mask)
    with pytest.raises(ValueError, match="multiple of 16"):
        tiling.stack_tiled([far], grid, UTM18.to_wkt(), str(tmp_path / "s.tif"), tile=50)
    assert _files(tmp_path) == []


def test_on_dask_the_stack_is_the_whole_grid_stack(client, tmp_path):
    layers, grid, mask, max_distance, _ = _case(7, tmp_path)
    stacking.stack_layers(layers, grid, UTM18.to_wkt(), str(tmp_path / "whole.tif"), mask=mask,
                          max_distance=max_distance)
    tiling.stack_tiled(layers, grid, UTM18.to_wkt(), str(tmp_path / "tiled.tif"), mask=mask,
                       max_distance=max_distance, tile=96, scheduler=client)
    _assert_same_stack(tmp_path / "whole.tif", tmp_path / "tiled.tif")
    assert not [name for name in _files(tmp_path) if "partial" in name]


def test_the_sidecar_records_the_grid_and_the_mask(tmp_path):
    layers, grid, mask, max_distance, tile = _case(1, tmp_path)
    mask = _polygons(np.random.default_rng(0), grid, 2, beyond=0.0, size=(0.3, 0.6))
    result = tiling.stack_tiled(layers, grid, UTM18.to_wkt(), str(tmp_path / "tiled.tif"), mask=mask, tile=tile)
    with open(result.sidecar_path, encoding="utf-8") as stream:
        sidecar = json.load(stream)
    east, north = grid.mesh()
    centres = np.column_stack([east.ravel(), north.ravel()])
    inside = np.zeros(len(centres), dtype=bool)
    for outer, *holes in mask:  # even-odd on the cell centres, independently of GDAL
        within = points_in_polygon(centres, outer)
        for hole in holes:
            within &= ~points_in_polygon(centres, hole)
        inside |= within
    inside = int(inside.sum())
    assert sidecar["mask_cells_inside"] == inside == grid.rows * grid.cols - result.masked_cells
    assert [band["name"] for band in sidecar["bands"]] == [band.name for band in result.bands]
    assert sidecar["grid"]["rows"] == grid.rows and sidecar["grid"]["cols"] == grid.cols


@pytest.mark.slow
def test_the_tiled_stack_of_real_evidence_is_the_whole_grid_stack(cloncurry, shared_file, tmp_path):
    # the Cloncurry grids (a categorical stratigraphy, two continuous layers) warped onto a 75 m grid offset from
    # theirs, the 258 IOCG occurrences as a capped distance, masked to the middle half: real data the code did not make
    layers = [stacking.RasterLayer(name, str(shared_file(f"cloncurry-iocg/{name}.tif")), categorical=categorical)
              for name, categorical in (("StratNo", True), ("FaultDensity", None), ("Dist2Breccia", None))]
    layers.append(stacking.VectorLayer("occurrences", "Point", cloncurry.deposits.tolist()))
    source = cloncurry.grid
    grid = GridSpec.from_bounds(source.west + 1130.0, source.south + 2270.0, source.east - 3040.0,
                                source.north - 1890.0, 75.0)
    crs = CRS.from_epsg(7845).to_wkt()
    width, height = grid.cols * grid.cell_x, grid.rows * grid.cell_y
    mask = [[np.array([[grid.west + 0.2 * width, grid.south + 0.25 * height],
                       [grid.west + 0.8 * width, grid.south + 0.25 * height],
                       [grid.west + 0.5 * width, grid.south + 0.75 * height]])]]
    whole = stacking.stack_layers(layers, grid, crs, str(tmp_path / "whole.tif"), mask=mask, max_distance=20000.0)
    tiled = tiling.stack_tiled(layers, grid, crs, str(tmp_path / "tiled.tif"), mask=mask, max_distance=20000.0,
                               tile=512)
    values = _assert_same_stack(tmp_path / "whole.tif", tmp_path / "tiled.tif")
    assert tiled.bands == whole.bands and grid.rows > 3000 and grid.cols > 1500
    assert [band.kind for band in whole.bands][:1] == ["categorical"] and whole.bands[-1].kind == "distance"
    inside = values[-1][values[-1] != -99999.0]
    assert inside.min() < 1000 < inside.max() and len(np.unique(inside)) > 1000
