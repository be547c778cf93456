"""Prospectivity model files without pickle: the fitted classifiers as plain arrays, read back into small predictors.

A pickle runs code when it is read, which is why the QGIS plugin repository's scan refuses it and why a model file
from a stranger was unsafe to open. A model file is instead a NumPy ``.npz`` archive (a zip of ``.npy`` arrays, read
with ``allow_pickle=False``) holding a JSON header and, per bag, the arrays that make the classifier's predictions:

- logistic regression: ``coef`` (bands,) and ``intercept``; p = sigmoid(x . coef + intercept);
- random forest: per tree the node arrays ``left``, ``right`` (-1 at leaves), ``feature``, ``threshold`` and
  ``value`` (the positive class's share at each node); p = mean over trees of the leaf's share;
- gradient boosting and monotone (histogram) gradient boosting: per tree the same node arrays with ``value`` the
  leaf's additive score (learning rate included) and ``missing_left`` (where a NaN goes), and the ``baseline``
  score; p = sigmoid(baseline + sum of the leaves' scores).

A node sends ``x`` left when ``x <= threshold``, as scikit-learn does (features compared in float32 for the forest
and classic boosting, float64 for histogram boosting, as there). The arrays are read from the fitted scikit-learn
objects (histogram boosting's trees only through its private ``_predictors``, for which scikit-learn has no public
API; the tests compare every method's reloaded predictions with scikit-learn's own). Each bag also keeps its
categorical encodings (:class:`.model.EncodedClassifier`).
"""
import json
import zipfile

import numpy as np

FILE_FORMAT = "lodestone prospectivity model (npz)"
FILE_VERSION = 2
"""Version 1 was a pickle (Lodestone 0.1 development builds); it is refused with a message to retrain."""


def _sigmoid(score):
    return 1.0 / (1.0 + np.exp(-score))


ROWS_PER_BLOCK = 1 << 15
"""Rows walked down the trees together: the block's working arrays stay in the processor's cache."""


class _Walk:
    """A tree compiled for walking: ``children`` (2 x nodes) holds at ``2 i`` the node ``i`` sends a row to when
    its value is above the threshold and at ``2 i + 1`` when at or below it (a leaf points at itself), so every row
    takes ``depth`` steps whatever leaf it ends in."""

    def __init__(self, tree):
        left, right = np.asarray(tree["left"]), np.asarray(tree["right"])
        own = np.arange(len(left))
        leaf = left < 0
        self.children = np.empty(2 * len(left), np.intp)
        self.children[0::2] = np.where(leaf, own, right)
        self.children[1::2] = np.where(leaf, own, left)
        self.feature = np.asarray(tree["feature"]).astype(np.intp)
        self.threshold = np.asarray(tree["threshold"])
        missing = tree.get("missing_left")
        self.missing_left = None if missing is None else np.asarray(missing).astype(bool)
        self.depth, level = 0, np.zeros(1, np.intp)
        while True:  # breadth first from the root
            level = level[~leaf[level]]
            if not len(level):
                break
            self.depth += 1
            level = np.concatenate([left[level], right[level]])


def _leaves(walks, features):
    """Per tree (:class:`_Walk`), the leaf node each row of ``features`` (rows, bands) ends in (list of int
    arrays): blocks of :data:`ROWS_PER_BLOCK` rows go down each tree one level at a time."""
    rows, bands = features.shape
    flat = np.ascontiguousarray(features).ravel()
    found = [np.empty(rows, np.intp) for _ in walks]
    for start in range(0, rows, ROWS_PER_BLOCK):
        stop = min(start + ROWS_PER_BLOCK, rows)
        block = flat[start * bands : stop * bands]
        offsets = np.arange(stop - start, dtype=np.intp) * bands
        has_nan = bool(np.isnan(block).any())
        for leaves, walk in zip(found, walks):
            node = np.zeros(stop - start, np.intp)
            for _ in range(walk.depth):
                values = block[offsets + walk.feature[node]]
                at_or_below = values <= walk.threshold[node]
                if has_nan and walk.missing_left is not None:
                    at_or_below |= np.isnan(values) & walk.missing_left[node]
                node = walk.children[2 * node + at_or_below]
            leaves[start:stop] = node
    return found


class TreePredictor:
    """Predictions of stored trees: ``kind`` "forest" (mean leaf share) or "boosting" (sigmoid of summed scores)."""

    def __init__(self, kind, trees, baseline=0.0, dtype="float32"):
        self.kind, self.trees, self.baseline, self.dtype = kind, trees, float(baseline), dtype
        self.walks = [_Walk(tree) for tree in trees]

    def predict_proba(self, features):
        features = np.asarray(features, dtype=self.dtype)
        leaves = _leaves(self.walks, features)
        if self.kind == "forest":
            positive = np.mean([tree["value"][leaf] for tree, leaf in zip(self.trees, leaves)], axis=0)
        else:
            positive = _sigmoid(self.baseline + np.sum([tree["value"][leaf] for tree, leaf in zip(self.trees, leaves)],
                                                       axis=0))
        return np.column_stack([1.0 - positive, positive])


class LinearPredictor:
    """Predictions of a stored logistic regression."""

    def __init__(self, coef, intercept):
        self.coef, self.intercept = np.asarray(coef, dtype=float), float(intercept)

    def predict_proba(self, features):
        positive = _sigmoid(np.asarray(features, dtype=float) @ self.coef + self.intercept)
        return np.column_stack([1.0 - positive, positive])


def _sklearn_tree(tree, positive_column=None):
    """Node arrays of a fitted scikit-learn ``Tree`` (``tree_``): the positive class's share at each node when
    ``positive_column`` is given (classification), else the node's regression value."""
    value = tree.value[:, 0, :]
    if positive_column is not None:
        value = value[:, positive_column] / value.sum(axis=1)
    else:
        value = value[:, 0]
    return {"left": tree.children_left.astype(np.int64), "right": tree.children_right.astype(np.int64),
            "feature": np.maximum(tree.feature, 0).astype(np.int64), "threshold": tree.threshold.astype(np.float64),
            "value": value.astype(np.float64)}


def _positive_column(classifier):
    classes = list(classifier.classes_)
    if classes != [0, 1]:
        raise ValueError(f"a prospectivity classifier must have the classes [0, 1], got {classes}.")
    return 1


def predictor_of(classifier):
    """(kind, parameters, trees) describing a fitted scikit-learn classifier (see the module docstring)."""
    name = type(classifier).__name__
    column = _positive_column(classifier)
    if name == "LogisticRegression":
        return "logistic", {"intercept": float(classifier.intercept_[0])}, [{"coef": classifier.coef_[0]}]
    if name == "RandomForestClassifier":
        return "forest", {}, [_sklearn_tree(tree.tree_, column) for tree in classifier.estimators_]
    if name == "GradientBoostingClassifier":
        trees = [_sklearn_tree(tree.tree_) for tree in classifier.estimators_[:, 0]]
        for tree in trees:
            tree["value"] = tree["value"] * classifier.learning_rate
        probe = np.zeros((1, classifier.n_features_in_), dtype=np.float32)
        summed = sum(tree["value"][leaf][0] for tree, leaf in zip(trees, _leaves([_Walk(t) for t in trees], probe)))
        baseline = float(classifier.decision_function(probe)[0]) - summed
        return "boosting", {"baseline": baseline, "dtype": "float32"}, trees
    if name == "HistGradientBoostingClassifier":
        trees = []
        for (predictor,) in classifier._predictors:  # no public API for the fitted trees (see module docstring)
            nodes = predictor.nodes
            if nodes["is_categorical"].any():
                raise ValueError("categorical splits cannot be stored: Lodestone encodes categories itself.")
            leaf = nodes["is_leaf"].astype(bool)
            trees.append({"left": np.where(leaf, -1, nodes["left"].astype(np.int64)),
                          "right": np.where(leaf, -1, nodes["right"].astype(np.int64)),
                          "feature": nodes["feature_idx"].astype(np.int64),
                          "threshold": nodes["num_threshold"].astype(np.float64),
                          "missing_left": nodes["missing_go_to_left"].astype(np.uint8),
                          "value": nodes["value"].astype(np.float64)})
        baseline = float(np.ravel(classifier._baseline_prediction)[0])
        return "boosting", {"baseline": baseline, "dtype": "float64"}, trees
    raise ValueError(f"cannot store a {name}.")


def rebuilt(kind, parameters, trees):
    """The predictor of :func:`predictor_of`'s description."""
    if kind == "logistic":
        return LinearPredictor(trees[0]["coef"], parameters["intercept"])
    return TreePredictor(kind, trees, parameters.get("baseline", 0.0), parameters.get("dtype", "float32"))


def write(path, header, bags):
    """Write a model file: ``header`` (JSON-able dict) and ``bags``, each ``(kind, parameters, trees, encodings)``
    with ``encodings`` {column: {code: contrast}}."""
    arrays, described = {}, []
    for bag_index, (kind, parameters, trees, encodings) in enumerate(bags):
        for tree_index, tree in enumerate(trees):
            for key, array in tree.items():
                arrays[f"b{bag_index}_t{tree_index}_{key}"] = np.asarray(array)
        described.append({"kind": kind, "parameters": parameters, "trees": len(trees),
                          "keys": sorted(trees[0]) if trees else [],
                          "encodings": {str(column): {repr(code): contrast for code, contrast in codes.items()}
                                        for column, codes in encodings.items()}})
    full = {**header, "format": FILE_FORMAT, "version": FILE_VERSION, "bags": described}
    arrays["header"] = np.array(json.dumps(full))
    with open(path, "wb") as stream:
        np.savez_compressed(stream, **arrays)
    return path


def read(path):
    """``(header, bags)`` of a model file, bags as ``(predictor, encodings)``. Raises ValueError with what to do."""
    try:
        with open(path, "rb") as stream:
            magic = stream.read(2)
    except OSError as error:
        raise ValueError(f"Cannot read the model file '{path}' ({error}): give the MODEL file written by "
                         "lodestone:prospectivitymodel.") from None
    if magic[:1] == b"\x80":  # a pickle (protocol 2 or later): what Lodestone wrote before version 2
        raise ValueError(f"'{path}' is an older Lodestone model file (a Python pickle, which is no longer opened "
                         "because reading one can run code): train the model again with "
                         "lodestone:prospectivitymodel.")
    if magic != b"PK":
        raise ValueError(f"Cannot read the model file '{path}' (not a model archive): give the MODEL file written "
                         "by lodestone:prospectivitymodel.")
    try:
        with np.load(path, allow_pickle=False) as archive:
            header = json.loads(str(archive["header"]))
            if header.get("format") != FILE_FORMAT:
                raise ValueError(f"'{path}' is not a Lodestone prospectivity model: give the MODEL file written by "
                                 "lodestone:prospectivitymodel.")
            if header["version"] > FILE_VERSION:
                raise ValueError(f"'{path}' was written by a newer Lodestone: update the plugin.")
            bags = []
            for bag_index, bag in enumerate(header["bags"]):
                trees = [{key: archive[f"b{bag_index}_t{tree_index}_{key}"] for key in bag["keys"]}
                         for tree_index in range(bag["trees"])]
                encodings = {int(column): {float(code): contrast for code, contrast in codes.items()}
                             for column, codes in bag["encodings"].items()}
                bags.append((rebuilt(bag["kind"], bag["parameters"], trees), encodings))
    except (OSError, KeyError, json.JSONDecodeError, zipfile.BadZipFile) as error:
        raise ValueError(f"Cannot read the model file '{path}' ({error}): give the MODEL file written by "
                         "lodestone:prospectivitymodel.") from None
    return header, bags
