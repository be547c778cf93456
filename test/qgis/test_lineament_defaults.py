"""extractlineaments' NORMALISE default: applied with bright polarity (where the dyke family's figures hold), never
with dark or both polarities. Checked against the science chain on members of the independent dyke family."""
import numpy as np
import pytest
from qgis.core import QgsVectorLayer

import processing
from lodestone.processing.algorithms.structure import POLARITY_VALUES
from lodestone.science.structure import dyke_family, lineaments


@pytest.fixture(scope="module", params=[3, 17])
def member(request, lodestone_provider, tmp_path_factory, write_grid):
    field = dyke_family.dyke_field(request.param)
    path = write_grid(tmp_path_factory.mktemp("family") / "rtp.tif", field.field, field.grid)
    return path, field


def total_length(path):
    return sum(feature.geometry().length() for feature in QgsVectorLayer(str(path), "lines", "ogr").getFeatures())


@pytest.mark.parametrize("polarity", [1, 0])
def test_normalisation_is_the_default_for_bright_lines_only(member, polarity, tmp_path):
    path, field = member
    cell = field.grid.cell_x
    output = processing.run("lodestone:extractlineaments", {
        "INPUT": str(path), "MIN_WAVELENGTH": 3 * cell, "POLARITY": POLARITY_VALUES.index(polarity),
        "OUTPUT": str(tmp_path / "lines.gpkg")})["OUTPUT"]
    expected = {normalise: sum(line.length_m for line in lineaments.extract_lineaments(
        field.field.astype(np.float32), field.grid, 3 * cell, polarity=polarity, normalise=normalise)[0])
        for normalise in (True, False)}
    assert expected[True] != pytest.approx(expected[False], rel=0.01)  # the two chains differ on this member
    assert total_length(output) == pytest.approx(expected[polarity == 1], rel=1e-3)
