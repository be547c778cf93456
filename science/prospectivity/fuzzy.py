"""Fuzzy membership and fuzzy overlay (Bonham-Carter 1994, ch. 9; as ArcGIS Fuzzy Membership and Fuzzy Overlay).

Membership functions turn an evidence raster into a favourability in [0, 1]:

- ``linear(min, max)``: 0 at and below ``min``, 1 at and above ``max``, a straight line between; ``min > max``
  gives the decreasing line (1 at ``max``, 0 at ``min``).
- ``large(midpoint, spread)``: 1 / (1 + (x / midpoint) ^ -spread), 0.5 at the midpoint, rising with x.
- ``small(midpoint, spread)``: 1 / (1 + (x / midpoint) ^ spread), 0.5 at the midpoint, falling with x.
- ``gaussian(midpoint, spread)``: exp(-spread (x - midpoint)²), 1 at the midpoint.
- ``none``: the raster already is a membership (checked to lie in [0, 1]).

``large`` and ``small`` need a positive midpoint and are meant for positive data (ArcGIS's rule); values at or
below 0 take the limit, 0 for ``large`` and 1 for ``small``. Defaults when a parameter is left out, per layer:
``linear`` the layer's minimum and maximum, ``large``/``small`` its mean and spread 5, ``gaussian`` its mean and
spread 0.1 (ArcGIS's defaults).

Operators combine memberships cell by cell: ``and`` (minimum), ``or`` (maximum), ``product``, ``sum``
(1 - prod(1 - m), the probabilistic sum) and ``gamma`` (sum^gamma x product^(1 - gamma)). NaN in any layer
gives NaN.
"""
from dataclasses import dataclass

import numpy as np

MEMBERSHIPS = ("linear", "large", "small", "gaussian", "none")
OPERATORS = ("and", "or", "product", "sum", "gamma")
DEFAULT_SPREAD = {"large": 5.0, "small": 5.0, "gaussian": 0.1}


def linear(values, minimum, maximum):
    """0 at ``minimum``, 1 at ``maximum``, linear between and clipped to [0, 1]."""
    if minimum == maximum:
        raise ValueError(f"Linear membership needs different minimum and maximum, got {minimum:g} twice.")
    return np.clip((np.asarray(values, dtype=float) - minimum) / (maximum - minimum), 0.0, 1.0)


def _positive_midpoint(kind, midpoint, spread):
    if not midpoint > 0:
        raise ValueError(f"'{kind}' membership needs a positive midpoint, got {midpoint:g}. It is meant for positive "
                         "data; use 'linear' or 'gaussian' for data with negative values (e.g. magnetic anomalies).")
    if not spread > 0:
        raise ValueError(f"'{kind}' membership needs a positive spread, got {spread:g} (ArcGIS's default is 5).")


def large(values, midpoint, spread=5.0):
    """1 / (1 + (x / midpoint)^-spread): 0.5 at the midpoint, towards 1 above it; 0 at x <= 0."""
    _positive_midpoint("large", midpoint, spread)
    values = np.asarray(values, dtype=float)
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        out = 1.0 / (1.0 + (np.maximum(values, 0.0) / midpoint) ** -spread)
    return np.where(np.isnan(values), np.nan, out)


def small(values, midpoint, spread=5.0):
    """1 / (1 + (x / midpoint)^spread): 0.5 at the midpoint, towards 0 above it; 1 at x <= 0."""
    _positive_midpoint("small", midpoint, spread)
    values = np.asarray(values, dtype=float)
    with np.errstate(over="ignore", invalid="ignore"):
        out = 1.0 / (1.0 + (np.maximum(values, 0.0) / midpoint) ** spread)
    return np.where(np.isnan(values), np.nan, out)


def gaussian(values, midpoint, spread=0.1):
    """exp(-spread (x - midpoint)²): 1 at the midpoint."""
    if not spread > 0:
        raise ValueError(f"'gaussian' membership needs a positive spread, got {spread:g} (ArcGIS's default is 0.1).")
    return np.exp(-spread * (np.asarray(values, dtype=float) - midpoint) ** 2)


@dataclass(frozen=True)
class Membership:
    """A membership function and its two parameters (``None`` = the layer's default, see the module notes)."""

    kind: str
    first: float = None
    second: float = None

    def resolved(self, values):
        """This membership with the defaults filled in from ``values``."""
        finite = np.asarray(values, dtype=float)
        finite = finite[np.isfinite(finite)]
        if self.kind == "none" or (self.first is not None and self.second is not None):
            return self
        if finite.size == 0:
            raise ValueError("A layer has no valid cells (all nodata): its membership defaults cannot be computed.")
        if self.kind == "linear":
            first, second = float(finite.min()), float(finite.max())
        else:
            first, second = float(finite.mean()), DEFAULT_SPREAD[self.kind]
        return Membership(self.kind, first if self.first is None else self.first,
                          second if self.second is None else self.second)

    def apply(self, values):
        """The membership of ``values`` in [0, 1] (NaN stays NaN)."""
        spec = self.resolved(values)
        if spec.kind == "none":
            finite = values[np.isfinite(values)]
            if finite.size and (finite.min() < 0 or finite.max() > 1):
                raise ValueError(f"A layer given with membership 'none' has values from {finite.min():g} to "
                                 f"{finite.max():g}; memberships lie in 0-1. Choose a membership function for it.")
            return np.asarray(values, dtype=float)
        return {"linear": linear, "large": large, "small": small, "gaussian": gaussian}[spec.kind](
            values, spec.first, spec.second)

    def __str__(self):
        parameters = [f"{p:g}" for p in (self.first, self.second) if p is not None]
        return ",".join([self.kind, *parameters])


def parse_memberships(text, n_layers):
    """Membership specs for ``n_layers`` layers from text like ``"large,1500,5; small,200; linear"``.

    One spec per layer separated by ``;``, or one spec for all. A spec is a function name, optionally followed by
    its two parameters separated by commas (linear: min,max; large/small/gaussian: midpoint,spread).
    """
    specs = [s.strip() for s in (text or "").split(";") if s.strip()]
    if not specs:
        raise ValueError(f"Give a membership, e.g. 'large' or 'linear,0,100' (one of {', '.join(MEMBERSHIPS)}).")
    if len(specs) == 1:
        specs = specs * n_layers
    if len(specs) != n_layers:
        raise ValueError(f"{len(specs)} memberships for {n_layers} layers: give one per layer separated by ';', in "
                         "the order of the layers, or a single one for all.")
    return [_parse_spec(spec) for spec in specs]


def _parse_spec(spec):
    parts = [p.strip() for p in spec.split(",")]
    kind = parts[0].lower()
    if kind not in MEMBERSHIPS:
        raise ValueError(f"Unknown membership '{parts[0]}': use one of {', '.join(MEMBERSHIPS)}.")
    try:
        numbers = [float(p) for p in parts[1:]]
    except ValueError:
        raise ValueError(f"Membership '{spec}': the parameters after the name must be numbers, e.g. "
                         "'large,1500,5'.") from None
    if len(numbers) > 2 or (kind == "none" and numbers):
        raise ValueError(f"Membership '{spec}' has too many parameters: at most two (min,max or midpoint,spread), "
                         "none for 'none'.")
    return Membership(kind, *numbers)


def overlay(memberships, operator="gamma", gamma=0.9):
    """Combine membership rasters (a list of arrays in [0, 1] on one grid) with ``operator``; NaN propagates."""
    if operator not in OPERATORS:
        raise ValueError(f"Unknown operator '{operator}': use one of {', '.join(OPERATORS)}.")
    if not memberships:
        raise ValueError("Give at least one layer to overlay.")
    stack = np.stack([np.asarray(m, dtype=float) for m in memberships])
    if operator == "and":
        return np.min(stack, axis=0)
    if operator == "or":
        return np.max(stack, axis=0)
    product = np.prod(stack, axis=0)
    if operator == "product":
        return product
    fuzzy_sum = 1.0 - np.prod(1.0 - stack, axis=0)
    if operator == "sum":
        return fuzzy_sum
    if not 0.0 <= gamma <= 1.0:
        raise ValueError(f"Gamma must lie between 0 (the product) and 1 (the sum), got {gamma:g}.")
    return fuzzy_sum ** gamma * product ** (1.0 - gamma)
