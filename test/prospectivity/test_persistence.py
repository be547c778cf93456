"""Model files without pickle: every method's classifiers, stored as arrays and read back, predict what scikit-learn
predicts (an independent computation: scikit-learn's own predict_proba on the same data)."""
import numpy as np
import pytest

from lodestone.science.prospectivity import model, persistence


@pytest.mark.parametrize("method", model.METHODS)
def test_stored_classifiers_predict_as_scikit_learn_does(method, tmp_path):
    rng = np.random.default_rng(3)
    features = rng.normal(size=(400, 4)).astype(np.float32)
    labels = (features[:, 0] + 0.5 * features[:, 1] + rng.normal(scale=0.7, size=400) > 0.8).astype(int)
    directions = [1, 1, 0, -1] if method == model.MONOTONE_METHOD else None
    classifier = model._classifier(method, 4, 5, directions).fit(features, labels)
    encodings = {2: {1.0: 0.7, 3.0: -0.2}}
    path = persistence.write(tmp_path / "m.lodestone", {"note": "test"},
                             [(*persistence.predictor_of(classifier), encodings)])
    header, ((predictor, read_encodings),) = persistence.read(path)
    assert header["note"] == "test" and read_encodings == encodings
    new = rng.normal(size=(1000, 4)).astype(np.float32)
    np.testing.assert_allclose(predictor.predict_proba(new), classifier.predict_proba(new), atol=1e-6)
    with np.load(path, allow_pickle=False) as archive:  # plain arrays only
        assert all(archive[name].dtype != object for name in archive.files)


@pytest.mark.parametrize("seed", range(4))
def test_the_tree_walk_ends_in_scikit_learns_leaves(seed, monkeypatch):
    # scikit-learn's apply() gives each row's leaf in every tree: an independent walk of the same trees; blocks of
    # a few rows, so rows cross block boundaries
    from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier

    monkeypatch.setattr(persistence, "ROWS_PER_BLOCK", 97)
    rng = np.random.default_rng(seed)
    features = rng.normal(size=(600, 5)).astype(np.float32)
    labels = (features[:, 0] - features[:, 2] ** 2 + rng.normal(scale=0.5, size=600) > 0).astype(int)
    new = rng.normal(size=(1003, 5)).astype(np.float32)
    forest = RandomForestClassifier(n_estimators=7, random_state=seed).fit(features, labels)
    boosting = GradientBoostingClassifier(n_estimators=9, max_depth=4, random_state=seed).fit(features, labels)
    for classifier, leaves in ((forest, forest.apply(new)), (boosting, boosting.apply(new)[:, :, 0])):
        predictor = persistence.rebuilt(*persistence.predictor_of(classifier))
        walked = persistence._leaves(predictor.walks, new)
        np.testing.assert_array_equal(np.column_stack(walked), leaves)


def test_missing_values_go_where_histogram_boosting_sends_them(tmp_path):
    rng = np.random.default_rng(5)
    features = rng.normal(size=(800, 4))
    labels = (features[:, 0] + rng.normal(scale=0.5, size=800) > 0.5).astype(int)
    features[rng.uniform(size=features.shape) < 0.15] = np.nan  # learnt: which side a NaN goes at each split
    classifier = model._classifier(model.MONOTONE_METHOD, 4, 5, [1, 0, 0, 0]).fit(features, labels)
    path = persistence.write(tmp_path / "m.lodestone", {}, [(*persistence.predictor_of(classifier), {})])
    (predictor, _), = persistence.read(path)[1]
    new = rng.normal(size=(2000, 4))
    new[rng.uniform(size=new.shape) < 0.2] = np.nan
    np.testing.assert_allclose(predictor.predict_proba(new), classifier.predict_proba(new), atol=1e-6)
