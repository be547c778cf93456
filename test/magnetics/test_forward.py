"""Tests of the prism and dipole magnetic forward models (lodestone.science.magnetics.forward)."""

import numpy as np
import pytest

from lodestone.science.magnetics import forward

PRISM = (-20.0, 30.0, -40.0, 25.0, -100.0, -10.0)
DYKE = (-2.0, 3.0, -300.0, 250.0, -600.0, -5.0)
MAGNETIZATIONS = [(1.2, -0.7, 2.3), (0.0, 0.0, -1.0), (3.0, 0.5, -0.4)]


def _observation_grid(prism):
    """Points above the prism, at the level of its top and beside it (no point strictly inside), as 1-D arrays."""
    west, east, south, north, bottom, top = prism
    horizontal = np.arange(-150.0, 151.0, 10.0)
    near_edges = np.array([west - 1e-3, west + 1e-3, east - 0.5, east + 0.5, south + 1e-3, north - 1e-3])
    horizontal = np.concatenate([horizontal, near_edges])
    levels = [top + 60.0, top + 1.0, top, 0.5 * (top + bottom), bottom]
    e, n, u = (c.ravel() for c in np.meshgrid(horizontal, horizontal, levels, indexing="ij"))
    inside = (e > west) & (e < east) & (n > south) & (n < north) & (u > bottom) & (u < top)
    return e[~inside], n[~inside], u[~inside]


def _rotate_clockwise(east, north, degrees):
    """Horizontal vectors rotated clockwise (seen from above) by ``degrees``."""
    angle = np.radians(degrees)
    return east * np.cos(angle) + north * np.sin(angle), north * np.cos(angle) - east * np.sin(angle)


@pytest.mark.parametrize("prism", [PRISM, DYKE])
@pytest.mark.parametrize("magnetization", MAGNETIZATIONS)
def test_prism_field_matches_choclo(prism, magnetization):
    choclo_prism = pytest.importorskip("choclo.prism")
    e, n, u = _observation_grid(prism)
    ours = np.stack(forward.prism_magnetic_field(e, n, u, prism, magnetization))
    reference = (
        np.array([choclo_prism.magnetic_field(*point, *prism, *magnetization) for point in zip(e, n, u)]).T * 1e9
    )
    compared = np.isfinite(reference).all(axis=0)  # choclo gives NaN on edges and vertices
    assert compared.mean() > 0.95
    peak = np.abs(reference[:, compared]).max()
    np.testing.assert_allclose(ours[:, compared], reference[:, compared], rtol=0, atol=1e-6 * peak)


def test_prism_field_keeps_the_shape_of_the_points():
    e, n = np.meshgrid(np.linspace(-100, 100, 7), np.linspace(-50, 50, 5))
    be, bn, bu = forward.prism_magnetic_field(e, n, 20.0, PRISM, MAGNETIZATIONS[0])
    assert be.shape == bn.shape == bu.shape == (5, 7)
    flat = forward.prism_magnetic_field(e.ravel(), n.ravel(), np.full(e.size, 20.0), PRISM, MAGNETIZATIONS[0])
    np.testing.assert_array_equal(be.ravel(), flat[0])


def test_prism_field_is_the_same_in_blocks():
    e = np.linspace(-500, 500, 3 * forward._BLOCK + 17)
    blocked = np.stack(forward.prism_magnetic_field(e, 0.3 * e, 15.0, PRISM, MAGNETIZATIONS[0]))
    one_by_one = np.array([forward.prism_magnetic_field(x, 0.3 * x, 15.0, PRISM, MAGNETIZATIONS[0]) for x in e]).T
    np.testing.assert_allclose(blocked, one_by_one, rtol=1e-13, atol=1e-12)


@pytest.mark.parametrize("prism", [(0, 0, -1, 1, -2, -1), (0, 1, 1, -1, -2, -1), (0, 1, -1, 1, -1, -2), (0, 1, 2)])
def test_invalid_prism_raises(prism):
    with pytest.raises(ValueError):
        forward.prism_magnetic_field(0.0, 0.0, 10.0, prism, (1.0, 0.0, 0.0))


def test_boundary_points_are_finite():
    west, east, south, north, bottom, top = PRISM
    along = [
        (west - 10, west, 0.5 * (west + east), east, east + 10),
        (south - 10, south, 0.5 * (south + north), north, north + 10),
        (bottom - 10, bottom, 0.5 * (bottom + top), top, top + 10),
    ]
    e, n, u = (c.ravel() for c in np.meshgrid(*along, indexing="ij"))  # vertices, edges, faces and their planes
    for magnetization in MAGNETIZATIONS:
        assert np.isfinite(np.stack(forward.prism_magnetic_field(e, n, u, PRISM, magnetization))).all()


@pytest.mark.parametrize(
    ("point", "outward"),
    [
        ((0.0, 0.0, -10.0), (0, 0, 1)),  # top face
        ((0.0, 0.0, -100.0), (0, 0, -1)),  # bottom face
        ((30.0, 0.0, -50.0), (1, 0, 0)),  # east face
        ((0.0, -40.0, -50.0), (0, -1, 0)),  # south face
    ],
)
def test_points_on_a_face_get_the_field_just_outside(point, outward):
    on_face = np.stack(forward.prism_magnetic_field(*point, PRISM, MAGNETIZATIONS[0]))
    outside = np.stack(
        forward.prism_magnetic_field(*(np.add(point, 1e-7 * np.array(outward))), PRISM, MAGNETIZATIONS[0])
    )
    np.testing.assert_allclose(on_face, outside, rtol=1e-5)


@pytest.mark.parametrize("point", [(30.0, 60.0, -50.0), (0.0, -80.0, -10.0), (70.0, 0.0, -100.0), (30.0, 60.0, -10.0)])
def test_field_is_continuous_across_face_planes_beside_the_prism(point):
    field = [
        np.stack(forward.prism_magnetic_field(*np.add(point, step), PRISM, MAGNETIZATIONS[2]))
        for step in (0.0, 1e-7, -1e-7)
    ]
    np.testing.assert_allclose(field[1], field[0], rtol=1e-5)
    np.testing.assert_allclose(field[2], field[0], rtol=1e-5)


def test_rotated_prism_with_azimuth_zero_is_the_plain_prism():
    e, n, u = _observation_grid(PRISM)
    rotated = forward.rotated_prism_magnetic_field(e, n, u, 5.0, -20.0, 80.0, 10.0, -200.0, -20.0, 0.0, (1, 2, 3))
    plain = forward.prism_magnetic_field(e, n, u, (0.0, 10.0, -60.0, 20.0, -200.0, -20.0), (1, 2, 3))
    np.testing.assert_allclose(np.stack(rotated), np.stack(plain), rtol=1e-12, atol=1e-9)


def test_rotated_prism_with_azimuth_90_swaps_the_axes():
    e, n, u = _observation_grid(PRISM)
    rotated = np.stack(
        forward.rotated_prism_magnetic_field(e, n, u, 5.0, -20.0, 80.0, 10.0, -200.0, -20.0, 90.0, (1, 2, 3))
    )
    plain = np.stack(forward.prism_magnetic_field(e, n, u, (-35.0, 45.0, -25.0, -15.0, -200.0, -20.0), (1, 2, 3)))
    np.testing.assert_allclose(rotated, plain, rtol=0, atol=1e-9 * np.abs(plain).max())


def test_rotating_the_whole_scene_rotates_the_field():
    center, turn, azimuth, magnetization = (40.0, -25.0), 35.0, 20.0, (1.5, -0.8, 2.0)
    e, n, u = _observation_grid(PRISM)
    field = forward.rotated_prism_magnetic_field(e, n, u, *center, 120.0, 8.0, -300.0, -15.0, azimuth, magnetization)
    de, dn = _rotate_clockwise(e - center[0], n - center[1], turn)
    me, mn = _rotate_clockwise(magnetization[0], magnetization[1], turn)
    turned = forward.rotated_prism_magnetic_field(
        de + center[0],
        dn + center[1],
        u,
        *center,
        120.0,
        8.0,
        -300.0,
        -15.0,
        azimuth + turn,
        (me, mn, magnetization[2]),
    )
    expected = (*_rotate_clockwise(field[0], field[1], turn), field[2])
    np.testing.assert_allclose(np.stack(turned), np.stack(expected), rtol=0, atol=1e-9 * np.abs(np.stack(field)).max())


def _sphere_directions(count):
    """Unit vectors spread over the sphere (Fibonacci lattice), shape (3, count)."""
    k = np.arange(count) + 0.5
    polar = np.arccos(1 - 2 * k / count)
    azimuth = np.pi * (1 + 5**0.5) * k
    return np.stack([np.sin(polar) * np.cos(azimuth), np.sin(polar) * np.sin(azimuth), np.cos(polar)])


def test_far_field_of_a_small_cube_is_the_dipole_field():
    center, side, magnetization = np.array([10.0, -20.0, -50.0]), 2.0, np.array([1.5, -0.5, 2.0])
    cube = (*(center[:, None] + np.array([-side, side]) / 2).ravel(),)
    points = center[:, None] + 60.0 * _sphere_directions(50)
    prism_field = np.stack(forward.prism_magnetic_field(*points, cube, magnetization))
    dipole_field = np.stack(forward.dipole_magnetic_field(*points, *center, magnetization * side**3))
    error = np.linalg.norm(prism_field - dipole_field, axis=0)
    assert np.all(error <= 1e-3 * np.linalg.norm(dipole_field, axis=0))


def test_dipole_field_matches_the_closed_form():
    rng = np.random.default_rng(7)
    points = rng.uniform(-500.0, 500.0, (3, 40))
    source, moment = np.array([12.0, -30.0, -150.0]), np.array([2e5, -1e5, 4e5])
    r = points - source[:, None]
    distance = np.linalg.norm(r, axis=0)
    unit = r / distance
    expected = 1e-7 * (3 * (moment @ unit) * unit - moment[:, None]) / distance**3 * 1e9
    np.testing.assert_allclose(np.stack(forward.dipole_magnetic_field(*points, *source, moment)), expected, rtol=1e-12)


def test_vertical_dipole_on_its_axis():
    be, bn, bu = forward.dipole_magnetic_field(0.0, 0.0, 0.0, 0.0, 0.0, -100.0, (0.0, 0.0, 1e6))
    np.testing.assert_allclose([be, bn, bu], [0.0, 0.0, 200.0], atol=1e-12)  # 2 mu0 m / (4 pi d^3)


def test_direction_and_magnetisation_vectors():
    np.testing.assert_allclose(forward.direction_enu(90.0, 30.0), (0.0, 0.0, -1.0), atol=1e-15)
    np.testing.assert_allclose(forward.direction_enu(0.0, 90.0), (1.0, 0.0, 0.0), atol=1e-15)
    np.testing.assert_allclose(forward.direction_enu(60.0, 0.0), (0.0, 0.5, -(3**0.5) / 2), atol=1e-15)
    np.testing.assert_allclose(forward.magnetization_vector(2.0, 0.0, 180.0), (0.0, -2.0, 0.0), atol=1e-15)
    induced = forward.induced_magnetization(0.01, 50000.0, 90.0, 0.0)
    np.testing.assert_allclose(induced, (0.0, 0.0, -0.01 * 50000e-9 / (4e-7 * np.pi)), atol=1e-15)


def test_total_field_anomaly_is_the_projection_on_the_main_field():
    assert forward.total_field_anomaly(3.0, 4.0, -12.0, 90.0, 0.0) == pytest.approx(12.0)
    assert forward.total_field_anomaly(3.0, 4.0, -12.0, 0.0, 0.0) == pytest.approx(4.0)


def test_vertical_prism_at_the_pole_peaks_above_its_centre():
    magnetization = forward.induced_magnetization(0.05, 60000.0, 90.0, 0.0)
    e, n = np.meshgrid(np.arange(-200.0, 201.0, 10.0), np.arange(-200.0, 201.0, 10.0))
    prism = (-25.0, 25.0, -25.0, 25.0, -300.0, -30.0)
    tfa = forward.prisms_total_field_anomaly(e, n, 0.0, [prism], [magnetization], 90.0, 0.0)
    peak = np.unravel_index(np.argmax(tfa), tfa.shape)
    assert (e[peak], n[peak]) == (0.0, 0.0)
    assert tfa[peak] > 0


def test_many_prisms_sum_the_single_prisms():
    e, n = np.meshgrid(np.linspace(-300, 300, 13), np.linspace(-200, 200, 9))
    prisms = np.array([PRISM, DYKE, (100.0, 140.0, 50.0, 90.0, -80.0, -40.0)])
    magnetizations = np.array(MAGNETIZATIONS)
    total = forward.prisms_total_field_anomaly(e, n, 25.0, prisms, magnetizations, 65.0, -8.0)
    singles = [
        forward.total_field_anomaly(*forward.prism_magnetic_field(e, n, 25.0, p, m), 65.0, -8.0)
        for p, m in zip(prisms, magnetizations)
    ]
    assert total.shape == e.shape
    np.testing.assert_allclose(total, np.sum(singles, axis=0), rtol=1e-12, atol=1e-12)
    with pytest.raises(ValueError):
        forward.prisms_total_field_anomaly(e, n, 25.0, prisms, magnetizations[:2], 65.0, -8.0)
