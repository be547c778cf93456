"""python3 -m lodestone: lists and runs algorithms, and answers bad input with a message, never a traceback."""
import pytest


def assert_clean_error(result, *phrases):
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    for phrase in phrases:
        assert phrase in result.stderr, result.stderr


def test_list_shows_the_algorithms(lodestone_cli):
    result = lodestone_cli(["list"])
    assert result.returncode == 0, result.stderr
    assert "lodestone:demoproperty" in result.stdout and "Workflows" in result.stdout


def test_help_shows_parameters_with_their_help(lodestone_cli):
    result = lodestone_cli(["help", "lodestone:demoproperty"])
    assert result.returncode == 0, result.stderr
    assert "SEED" in result.stdout and "Seed of the noise" in result.stdout


def test_unknown_algorithm_suggests_the_closest(lodestone_cli):
    result = lodestone_cli(["run", "lodestone:demoproprty"])
    assert_clean_error(result, "Unknown algorithm 'lodestone:demoproprty'", "Did you mean lodestone:demoproperty")


def test_missing_input_file_names_the_parameter(lodestone_cli, tmp_path):
    result = lodestone_cli(["run", "native:buffer", f"INPUT={tmp_path / 'nowhere' / 'roads.gpkg'}", "DISTANCE=10",
                            f"OUTPUT={tmp_path / 'out.gpkg'}"])
    assert_clean_error(result, "Input file not found for INPUT", "nowhere/roads.gpkg")


def test_unknown_parameter_lists_the_real_ones(lodestone_cli):
    result = lodestone_cli(["run", "lodestone:demoproperty", "SEEDS=3"])
    assert_clean_error(result, "has no parameter SEEDS", "SEED")


def test_missing_qgis_bindings_say_what_to_install(lodestone_cli, tmp_path):
    fake = tmp_path / "qgis"
    fake.mkdir()
    (fake / "__init__.py").write_text("raise ImportError('libqgis_core.so not found (simulated)')\n")
    result = lodestone_cli(["list"], extra_pythonpath=tmp_path)
    assert_clean_error(result, "QGIS Python bindings", "python3-qgis")


@pytest.mark.slow
def test_run_writes_the_requested_outputs(lodestone_cli, tmp_path):
    result = lodestone_cli(["run", "lodestone:demoproperty", "SEED=3", f"CLAIMS={tmp_path / 'claims.gpkg'}",
                            f"IP_CHARGEABILITY={tmp_path / 'ip.tif'}"])
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "claims.gpkg").stat().st_size > 10_000 and (tmp_path / "ip.tif").exists()
    assert "CLAIMS:" in result.stdout


def test_real_demo_without_the_data_names_the_folder(lodestone_cli, tmp_path):
    result = lodestone_cli(["demo-real", "--data", str(tmp_path / "nowhere"), "--output", str(tmp_path / "out")])
    assert_clean_error(result, "The Osborne survey is not at", "osborne-magnetic.csv.xz")
