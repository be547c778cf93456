"""Drill plans on targets too small for the holes asked of them: a refusal naming the sizes, never holes a few
centimetres apart (lodestone.science.logistics.drillplan)."""
import numpy as np
import pytest

from lodestone.science.logistics import drillplan


def square(side, centre=(0.0, 0.0)):
    half = side / 2
    return np.array([[-half, -half], [half, -half], [half, half], [-half, half]]) + centre


def test_a_one_square_metre_target_is_refused_with_its_size():
    with pytest.raises(ValueError, match=r"at most 1 hole.*1 m.*lower the minimum number of holes to 1"):
        drillplan.plan_drill_program([(1, square(1.0))], 50.0, total_metres=1500)


def test_a_small_target_takes_one_hole_and_the_rest_go_to_the_larger_one():
    large = square(400.0)  # 400 m along an east-west strike: up to 16 holes 25 m apart
    small = square(10.0, (0.0, 2000.0))
    plan = drillplan.plan_drill_program([(1, small), (2, large)], 90.0, total_metres=2000, min_holes=4, max_holes=5)
    counts = dict((rank, count) for rank, count, _ in plan.per_target())
    assert counts == {1: 1, 2: 4}
    assert any("rank 1 is 10 m long" in note for note in plan.notes)
    pierce = np.array([hole.pierce[:2] for hole in plan.holes if hole.target_rank == 2])
    gaps = np.diff(np.sort(pierce[:, 0]))
    assert gaps.min() >= drillplan.MIN_SPACING_M


@pytest.mark.parametrize(("count", "capacity", "expected"), [
    (5, [1, 10], [1, 4]), (5, [2, 2, 10], [2, 2, 1]), (6, [1, 1], [1, 1]), (3, [5, 5], [2, 1])])
def test_allocation_respects_each_targets_capacity(count, capacity, expected):
    np.testing.assert_array_equal(drillplan.allocate_holes(count, len(capacity), capacity), expected)


@pytest.mark.parametrize("seed", range(20))
def test_pierce_points_in_one_target_are_never_closer_than_the_spacing(seed):
    """Random rectangles 5-300 m along strike: every plan either keeps its holes 25 m apart or refuses."""
    rng = np.random.default_rng(seed)
    rings = [(rank, square(1.0) * [rng.uniform(5, 300), rng.uniform(20, 200)] + [0.0, 1500.0 * rank])
             for rank in (1, 2)]
    try:
        plan = drillplan.plan_drill_program(rings, 90.0, total_metres=3000, min_holes=2, max_holes=6)
    except ValueError as error:
        assert "at most" in str(error)
        return
    for rank, _, _ in plan.per_target():
        east = np.sort([hole.pierce[0] for hole in plan.holes if hole.target_rank == rank])
        assert np.all(np.diff(east) >= drillplan.MIN_SPACING_M - 1e-6)
