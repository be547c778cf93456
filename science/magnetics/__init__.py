"""Magnetics: survey corrections, IGRF, gridding of line data, forward models and the FFT transforms."""
