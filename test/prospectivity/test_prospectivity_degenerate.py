"""A prospectivity model on evidence that carries no information says so (lodestone.science.prospectivity.model)."""
import numpy as np
import pytest

from lodestone.science.grid import GridSpec
from lodestone.science.prospectivity import model

GRID = GridSpec(500_000.0, 5_000_000.0, 50.0, 50.0, 60, 60)


def positives(count=30, seed=0):
    rng = np.random.default_rng(seed)
    return np.column_stack([GRID.west + rng.uniform(100, 2900, count), GRID.north - rng.uniform(100, 2900, count)])


def test_a_stack_of_one_constant_band_is_refused():
    stack = model.ArrayStack(np.full((1, *GRID.shape), 5.0), ["flat"], GRID)
    with pytest.raises(ValueError, match="Every evidence band is constant.*flat"):
        model.train(stack, positives(), n_bags=2, n_folds=2, cv_block_size_m=1000)


def test_a_constant_band_beside_informative_ones_is_named_in_the_warnings():
    x = np.linspace(0, 1, GRID.cols)[None, :].repeat(GRID.rows, axis=0)
    values = np.stack([x, np.full(GRID.shape, 2.0)])
    result = model.train(model.ArrayStack(values, ["gradient", "flat"], GRID), positives(), n_bags=2, n_folds=2,
                         cv_block_size_m=1000)
    assert any("flat" in warning and "no information" in warning for warning in result.warnings)
