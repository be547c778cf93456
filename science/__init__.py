"""Lodestone science: pure numerical code (numpy, scipy, scikit-learn, rasterio only; never qgis or PyQt), arrays in,
arrays out, grouped by pipeline stage as the toolbox is:

- ``magnetics``: survey corrections, IGRF, gridding, forward models, FFT transforms;
- ``structure``: texture, phase symmetry, lineaments, complexity, corridors, residual anomalies;
- ``evidence``: drill holes, geochemistry, training points, the evidence stack;
- ``prospectivity``: machine-learning models, weights of evidence, fuzzy overlay, validation, targets;
- ``logistics``: access and drill-programme planning;
- ``demo``: the synthetic demo property (a test oracle);
- shared at the top: ``grid`` (north-up grids), ``features`` (WKT features), ``projection`` (UTM), ``progress``.

Conventions shared by every module (docs/science.md section 1):
- rasters are north-up, row 0 is the northernmost row, x east and y north in metres of a projected CRS;
- 3-D coordinates are (easting, northing, upward) in metres unless a docstring says otherwise;
- field direction: inclination positive downward, declination clockwise from geographic north, in degrees;
- nodata inside the science is NaN.
"""
