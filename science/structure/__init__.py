"""Structure: texture, phase symmetry, lineaments, structural complexity, trend corridors, residual anomalies."""
