"""Lodestone science: pure numerical modules (numpy, scipy, scikit-learn, rasterio only; never qgis or PyQt).

Conventions shared by every module (see README "Conventions"):
- rasters are north-up, row 0 is the northernmost row, x east and y north in metres of a projected CRS;
- 3-D coordinates are (easting, northing, upward) in metres unless a docstring says otherwise;
- field direction: inclination positive downward, declination clockwise from geographic north, in degrees;
- nodata inside the science is NaN.
"""
