"""science/features.py: WKT writers."""
import numpy as np

from lodestone.science.features import polygon_wkt


def test_a_narrow_ring_far_from_the_origin_is_closed_as_written():
    # a 30 m wide E-W dyke outline at UTM coordinates: its first and last vertices are 30 m apart in northing, which
    # a relative tolerance of 1e-5 on 5.5e6 m (55 m) took for the same point (the ring was then written unclosed)
    ring = np.array([[500_000.0, 5_500_000.0], [501_000.0, 5_500_000.0], [501_000.0, 5_500_030.0],
                     [500_000.0, 5_500_030.0]])
    wkt = polygon_wkt(ring)
    vertices = wkt[len("Polygon (("):-2].split(", ")
    assert len(vertices) == 5 and vertices[0] == vertices[-1] == "500000.000 5500000.000"
    assert polygon_wkt(np.vstack([ring, ring[:1]])) == wkt  # an already closed ring is not closed twice
