"""Prospectivity: machine-learning models, weights of evidence, fuzzy overlay, validation and targets."""
