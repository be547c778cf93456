"""Lodestone's Processing provider and algorithms (thin wrappers around ``lodestone.science``)."""
