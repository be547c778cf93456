"""The embedded demo property: a synthetic survey, geology and drilling with known truth (a test oracle)."""
