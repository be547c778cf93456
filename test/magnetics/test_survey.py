"""Survey corrections against the demo property's known truth and hand-made cases."""
from datetime import datetime, timezone

import numpy as np
import pytest

from lodestone.science import projection
from lodestone.science.demo import property as demo
from lodestone.science.magnetics import survey


@pytest.fixture(scope="module")
def readings(demo_property):
    s, b = demo_property.layers["survey"], demo_property.layers["base_station"]
    return {
        "lon": s.column("longitude").astype(float), "lat": s.column("latitude").astype(float),
        "t": survey.parse_times(list(s.column("time"))), "tmi": s.column("tmi_nt").astype(float),
        "bt": survey.parse_times(list(b.column("time"))), "bv": b.column("total_field_nt").astype(float),
    }


def test_parse_times_accepts_iso_forms_and_marks_bad_ones():
    t = survey.parse_times(["2019-10-20T12:30:00Z", "2019-10-20 08:30:00-04:00", "2019-10-20T12:30:00",
                            datetime(2019, 10, 20, 12, 30, tzinfo=timezone.utc), 1571574600.0, "yesterday", None])
    np.testing.assert_array_equal(t[:5], 1571574600.0)
    assert np.isnan(t[5]) and np.isnan(t[6])


def test_diurnal_and_igrf_corrections_recover_the_true_anomaly(readings):
    r = readings
    diurnal, datum = survey.diurnal_correction(r["t"], r["bt"], r["bv"])
    assert np.isfinite(diurnal).all()
    main = survey.igrf_intensity(r["lon"], r["lat"], demo.GROUND_ELEVATION + demo.SENSOR_HEIGHT, r["t"])
    anomaly = r["tmi"] - diurnal - main
    east, north = projection.lonlat_to_utm(r["lon"], r["lat"], 18)
    error = anomaly - demo.magnetic_anomaly(east, north)
    assert np.std(error) < 0.6  # sensor noise is 0.3 nT, base-station noise 0.1 nT
    assert np.std(r["tmi"] - main - demo.magnetic_anomaly(east, north)) > 3.0  # uncorrected, visibly off
    assert abs(datum - np.median(r["bv"])) < 1e-9


def test_readings_outside_the_base_record_are_not_covered(readings):
    r = readings
    first_day = r["bt"] < r["bt"].min() + 86400 / 2
    diurnal, _ = survey.diurnal_correction(r["t"], r["bt"][~first_day], r["bv"][~first_day])
    uncovered = np.isnan(diurnal)
    expected = r["t"] < r["bt"][~first_day].min()
    np.testing.assert_array_equal(uncovered, expected)
    assert 0 < uncovered.sum() < len(uncovered)


def test_gaps_in_the_base_record_leave_readings_uncovered():
    base_t = np.array([0.0, 60.0, 120.0, 1200.0, 1260.0])
    correction, _ = survey.diurnal_correction([30.0, 500.0, 1230.0], base_t, [10.0, 12.0, 14.0, 20.0, 22.0],
                                              datum=10.0, max_gap=600.0)
    np.testing.assert_allclose(correction, [1.0, np.nan, 11.0])


def test_igrf_intensity_changes_with_the_day_only_slightly(readings):
    r = readings
    one = survey.igrf_intensity(r["lon"][:1], r["lat"][:1], 322.0, r["t"][:1])
    year_later = survey.igrf_intensity(r["lon"][:1], r["lat"][:1], 322.0, r["t"][:1] + 365.25 * 86400)
    assert 55000 < one[0] < 56000 and 5 < abs(year_later[0] - one[0]) < 150


def test_tie_line_levelling_recovers_known_line_offsets():
    rng = np.random.default_rng(1)
    field = lambda x, y: 50 * np.sin(x / 300) + 30 * np.cos(y / 400)  # noqa: E731
    xs, ys, vs, ls = [], [], [], []
    offsets = {k: rng.uniform(-20, 20) for k in range(10)}
    for k, off in offsets.items():  # traverse lines north-south, every 100 m
        y = np.arange(0, 1000, 2.0)
        x = np.full_like(y, k * 100.0)
        xs.append(x), ys.append(y), vs.append(field(x, y) + off), ls.append(np.full(y.size, k))
    for j, yt in enumerate((100.0, 500.0, 900.0)):  # tie lines east-west
        x = np.arange(0, 1000, 2.0)
        y = np.full_like(x, yt)
        xs.append(x), ys.append(y), vs.append(field(x, y)), ls.append(np.full(x.size, 100 + j))
    x, y, v, line = (np.concatenate(a) for a in (xs, ys, vs, ls))
    shifts = survey.tie_line_levels(x, y, v, line, {100, 101, 102}, max_distance=1.5)
    for k, off in offsets.items():
        assert shifts[k] == pytest.approx(-off, abs=0.2)
    with pytest.raises(ValueError, match="tie lines"):
        survey.tie_line_levels(x, y, v, line, {999}, max_distance=1.5)
