"""Drill-hole geometry: desurveying by the minimum curvature method.

Conventions: depths are measured along the hole (m) from the collar; azimuth in degrees clockwise from north;
dip in degrees from horizontal, negative downward by default (-90 is a vertical hole drilled down), as in most
Canadian collar tables. Positions are (easting, northing, elevation) in metres, elevation positive up.
"""
import numpy as np


def _tangents(azimuths, dips, dip_negative_down):
    """Unit direction vectors (east, north, down) of the hole at each survey station."""
    az = np.radians(np.asarray(azimuths, dtype=float))
    plunge = np.radians(-np.asarray(dips, dtype=float) if dip_negative_down else np.asarray(dips, dtype=float))
    return np.column_stack([np.cos(plunge) * np.sin(az), np.cos(plunge) * np.cos(az), np.sin(plunge)])


def _arc_step(t1, t2, length):
    """Displacement (east, north, down) along a circular arc of ``length`` m from direction t1 to t2."""
    dogleg = np.arccos(np.clip(np.dot(t1, t2), -1.0, 1.0))
    ratio = 1.0 if dogleg < 1e-9 else 2.0 / dogleg * np.tan(dogleg / 2.0)
    return length / 2.0 * (t1 + t2) * ratio


def _slerp(t1, t2, fraction):
    dogleg = np.arccos(np.clip(np.dot(t1, t2), -1.0, 1.0))
    if dogleg < 1e-9:
        return t1
    return (np.sin((1 - fraction) * dogleg) * t1 + np.sin(fraction * dogleg) * t2) / np.sin(dogleg)


def desurvey(collar, survey_depths, azimuths, dips, sample_depths, dip_negative_down=True):
    """Positions of ``sample_depths`` (m along hole) by minimum curvature between survey stations.

    ``collar`` is (easting, northing, elevation). Survey stations must be sorted by depth; a station at depth 0 is
    assumed equal to the first one if missing, and the hole continues straight past the last station.
    Returns an ``(n, 3)`` array of (easting, northing, elevation).
    """
    depths = np.asarray(survey_depths, dtype=float)
    if depths.size == 0:
        raise ValueError("desurvey needs at least one survey station (collar azimuth and dip)")
    if np.any(np.diff(depths) <= 0):
        raise ValueError("survey depths must be strictly increasing")
    tangents = _tangents(azimuths, dips, dip_negative_down)
    if depths[0] > 0:
        depths = np.concatenate([[0.0], depths])
        tangents = np.vstack([tangents[:1], tangents])
    stations = np.zeros((depths.size, 3))
    for i in range(1, depths.size):
        stations[i] = stations[i - 1] + _arc_step(tangents[i - 1], tangents[i], depths[i] - depths[i - 1])

    samples = np.atleast_1d(np.asarray(sample_depths, dtype=float))
    offsets = np.zeros((samples.size, 3))
    for k, depth in enumerate(samples):
        i = int(np.clip(np.searchsorted(depths, depth, side="right") - 1, 0, depths.size - 1))
        step = depth - depths[i]
        if i + 1 < depths.size:
            direction = _slerp(tangents[i], tangents[i + 1], step / (depths[i + 1] - depths[i]))
        else:
            direction = tangents[i]
        offsets[k] = stations[i] + _arc_step(tangents[i], direction, step)
    east, north, elevation = collar
    return np.column_stack([east + offsets[:, 0], north + offsets[:, 1], elevation - offsets[:, 2]])
