import numpy as np
import pytest

from lodestone.science.grid import GridSpec


def test_geotransform_round_trip_and_centres():
    grid = GridSpec.from_geotransform((1000.0, 25.0, 0.0, 5000.0, 0.0, -50.0), rows=4, cols=3)
    assert grid.geotransform == (1000.0, 25.0, 0.0, 5000.0, 0.0, -50.0)
    assert not grid.is_square
    np.testing.assert_allclose(grid.x_centres(), [1012.5, 1037.5, 1062.5])
    np.testing.assert_allclose(grid.y_centres(), [4975.0, 4925.0, 4875.0, 4825.0])
    assert (grid.east, grid.south) == (1075.0, 4800.0)


def test_index_of_cell_centres_and_outside_points():
    grid = GridSpec.from_bounds(0, 0, 100, 60, 10)
    east, north = grid.mesh()
    rows, cols = grid.index_of(east, north)
    np.testing.assert_array_equal(rows, np.arange(6)[:, None] * np.ones((1, 10), int))
    np.testing.assert_array_equal(cols, np.ones((6, 1), int) * np.arange(10)[None, :])
    assert grid.index_of(-1.0, 61.0) == (-1, -1)


@pytest.mark.parametrize("geotransform", [(0, 10, 0.5, 100, 0, -10), (0, 10, 0, 100, 0, 10)])
def test_rotated_or_south_up_rasters_are_refused(geotransform):
    with pytest.raises(ValueError, match="north-up"):
        GridSpec.from_geotransform(geotransform, 5, 5)


def test_zero_cell_size_is_a_clear_error():
    with pytest.raises(ValueError, match="cell size must be positive"):
        GridSpec.from_bounds(0, 0, 100, 100, 0)
