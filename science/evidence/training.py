"""Training points for prospectivity models (docs/science.md section 5): labelled, weighted, one per cell.

Positives (label 1) are known gold: drill intercepts, showings, any point layer, optionally weighted (grade x
thickness for intercepts, in g/t x m). Negatives (label 0) are barren drill holes, true negatives; everything else
stays unlabelled. Several points in one cell of the reference grid would let a densely sampled spot count many
times, so points are merged to ONE POINT PER CELL, placed at the cell centre:

- a positive cell's weight is the LARGEST weight of the positives merged into it (its best intercept), not the sum,
  so a densely drilled cell does not outweigh a single strong hole; unweighted positives weigh 1;
- negatives weigh 1; a negative in a cell that also holds a positive is dropped (the cell is gold-bearing);
- points outside the grid are dropped.

Each output point records how many input points it stands for (``merged``); the result counts the points merged
away (input points in the grid minus output points), the negatives dropped for a positive and the points outside.
"""
from dataclasses import dataclass

import numpy as np


@dataclass
class TrainingPoints:
    """One point per cell: centres ``x``, ``y`` (m), ``label`` (1/0), ``weight``, ``merged`` (input points per output
    point, at least 1) and the row and column of the cell."""

    x: np.ndarray
    y: np.ndarray
    label: np.ndarray
    weight: np.ndarray
    merged: np.ndarray
    row: np.ndarray
    col: np.ndarray
    merged_away: int  # input points (inside the grid) that were merged into another point of their cell
    negatives_dropped: int  # negatives in a cell holding a positive
    outside: int  # input points outside the grid

    def __len__(self):
        return len(self.label)


def _cells(xy, grid):
    """Flat cell index of each point and a mask of those inside the grid."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    row, col = grid.index_of(xy[:, 0], xy[:, 1])
    inside = (row >= 0) & (row < grid.rows) & (col >= 0) & (col < grid.cols) & np.isfinite(xy).all(axis=1)
    return np.where(inside, row * grid.cols + col, -1), inside


def _merge(cells, weights):
    """Unique cells, the largest weight and the number of points of each."""
    unique, inverse, counts = np.unique(cells, return_inverse=True, return_counts=True)
    best = np.full(unique.size, -np.inf)
    np.maximum.at(best, inverse.ravel(), weights)
    return unique, best, counts


def training_points(positives, grid, negatives=None):
    """Merge point sets into one labelled point per cell of ``grid`` (see the module notes).

    ``positives``: a list of ``(xy, weights)``, ``xy`` an ``(n, 2)`` array in the grid's CRS, ``weights`` an ``(n,)``
    array of non-negative weights or None (all 1). ``negatives``: an ``(m, 2)`` array or None.
    """
    xy_all, weight_all = [], []
    for xy, weights in positives:
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        weights = np.ones(len(xy)) if weights is None else np.asarray(weights, dtype=float).ravel()
        if len(weights) != len(xy):
            raise ValueError(f"{len(weights)} weights for {len(xy)} positive points.")
        if (~np.isfinite(weights)).any() or (weights < 0).any():
            raise ValueError("Positive weights must be numbers of zero or more (for example grade x thickness in "
                             "g/t x m); fix or leave out the points without one.")
        xy_all.append(xy)
        weight_all.append(weights)
    if not xy_all or sum(len(xy) for xy in xy_all) == 0:
        raise ValueError("No positive points were given: choose a layer of known gold (intercepts or showings).")
    cells, inside = _cells(np.vstack(xy_all), grid)
    weights = np.concatenate(weight_all)
    outside = int((~inside).sum())
    if not inside.any():
        raise ValueError("None of the positive points lies on the reference grid. Check that the layers cover the "
                         "same area and that their CRS are set correctly.")
    pos_cells, pos_weight, pos_count = _merge(cells[inside], weights[inside])
    neg_cells = np.zeros(0, dtype=int)
    neg_count = np.zeros(0, dtype=int)
    dropped = 0
    if negatives is not None and len(negatives):
        cells_n, inside_n = _cells(negatives, grid)
        outside += int((~inside_n).sum())
        neg_cells, _, neg_count = _merge(cells_n[inside_n], np.ones(int(inside_n.sum())))
        conflict = np.isin(neg_cells, pos_cells)
        dropped = int(neg_count[conflict].sum())
        neg_cells, neg_count = neg_cells[~conflict], neg_count[~conflict]
    cell = np.concatenate([pos_cells, neg_cells])
    row, col = np.divmod(cell, grid.cols)
    merged = np.concatenate([pos_count, neg_count])
    return TrainingPoints(
        x=grid.x_centres()[col], y=grid.y_centres()[row],
        label=np.concatenate([np.ones(pos_cells.size, dtype=int), np.zeros(neg_cells.size, dtype=int)]),
        weight=np.concatenate([pos_weight, np.ones(neg_cells.size)]), merged=merged, row=row, col=col,
        merged_away=int((merged - 1).sum()), negatives_dropped=dropped, outside=outside)
