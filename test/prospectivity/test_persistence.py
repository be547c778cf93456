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
