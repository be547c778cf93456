"""Nothing lost, nothing silently wrong: every algorithm on bad or awkward input, through ``processing.run`` and
through the ``python3 -m lodestone`` runner.

Each case asserts: no traceback and no internal error (a message that names the problem, and the fix where there
is one), the runner's exit status 2, the input files byte-identical afterwards with nothing new beside them (no
``.aux.xml``), and no output file left after a failure. Valid parameters come from the demo itself: the demo's own
run (``demo_project.run_demo``) is recorded, so every case starts from a call that works and breaks one thing.
"""
import hashlib
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsProcessingModelAlgorithm, QgsVectorLayer

import processing
from lodestone.processing.algorithms import ALGORITHMS
from lodestone.processing.safety import open_gdal

pytestmark = pytest.mark.qgis

INTERNAL = ("Traceback", "KeyError", "AttributeError", "IndexError", "OverflowError", "TypeError", "ValueError",
            "ZeroDivisionError", "failed unexpectedly", "object has no attribute", "NoneType")


# ----------------------------------------------------------------------------------------------------------------
# The demo's own calls: a working parameter set for every algorithm


@pytest.fixture(scope="module")
def demo_calls(lodestone_provider, tmp_path_factory):
    """{algorithm id: (parameters, results)} of the first call of each algorithm in the demo's run, plus the
    algorithms the demo does not call, on the demo's outputs."""
    from lodestone import demo_project

    calls = {}
    real = demo_project.run_algorithm

    def recording(algorithm_id, parameters, feedback=None):
        results = real(algorithm_id, parameters, feedback)
        calls.setdefault(algorithm_id, (dict(parameters), results))
        return results

    demo_project.run_algorithm = recording
    try:
        demo_project.run_demo(tmp_path_factory.mktemp("demo_run"), seed=2019, feedback=QgsProcessingFeedback())
    finally:
        demo_project.run_algorithm = real
    rtp = calls["lodestone:reducetopole"][1]["OUTPUT"]
    stack = calls["lodestone:stackevidence"][1]["OUTPUT"]
    model = calls["lodestone:prospectivitymodel"][1]
    positives = calls["lodestone:prospectivitymodel"][0]["POSITIVES"]
    roads = calls["lodestone:accesscost"][0]["ROADS"]
    for name, extra in {"upwardcontinuation": {"HEIGHT": 100.0}, "verticalderivative": {"ORDER": 1},
                        "horizontalderivative": {"DIRECTION": 0}, "tiltderivative": {}, "analyticsignal": {},
                        "texture": {"WINDOW": 5}, "phasesymmetry": {"MIN_WAVELENGTH": 75.0}}.items():
        calls[f"lodestone:{name}"] = ({"INPUT": rtp, **extra}, {})
    calls["lodestone:distanceraster"] = ({"INPUT": roads, "REFERENCE": rtp}, {})
    calls["lodestone:applymodel"] = ({"MODEL": model["MODEL"], "EVIDENCE": [stack]}, {})
    calls["lodestone:validateprospectivity"] = ({"SCORE": model["PROSPECTIVITY"], "POINTS": positives}, {})
    calls["lodestone:weightsofevidence"] = ({"EVIDENCE": rtp, "DEPOSITS": positives, "TYPE": 1, "UNIT_AREA": 0.01,
                                             "N_CLASSES": 5}, {})
    calls["lodestone:fuzzyoverlay"] = ({"LAYERS": [rtp, model["PROSPECTIVITY"]], "MEMBERSHIP": "large; linear",
                                        "OPERATOR": 0}, {})
    return calls


def test_every_algorithm_has_a_working_call(demo_calls, lodestone_provider):
    ids = {algorithm.id() for algorithm in lodestone_provider.algorithms() if algorithm.id().count(":") == 1
           and not algorithm.id().startswith("lodestone:demo")}
    models = {algorithm.id() for algorithm in lodestone_provider.algorithms()
              if isinstance(algorithm, QgsProcessingModelAlgorithm)}
    assert ids - models - {"lodestone:wofeposterior"} <= set(demo_calls)


def fresh_outputs(algorithm_id, parameters, folder):
    """``parameters`` with every output given a new file in ``folder`` (optional outputs left out)."""
    from qgis.core import QgsApplication, QgsProcessingParameterDefinition

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    given = set(parameters)
    parameters = {k: v for k, v in parameters.items() if k not in {d.name() for d in
                                                                   algorithm.destinationParameterDefinitions()}}
    for definition in algorithm.destinationParameterDefinitions():
        if definition.flags() & QgsProcessingParameterDefinition.FlagOptional and definition.name() not in given:
            continue
        parameters[definition.name()] = str(folder / f"{definition.name().lower()}.{definition.defaultFileExtension()}")
    return parameters


# ----------------------------------------------------------------------------------------------------------------
# Checking one run


def files_of(parameters):
    """Every existing input file the parameters name (layers by their source), with its folder."""
    found = set()
    for value in parameters.values():
        for item in value if isinstance(value, list) else [value]:
            source = item.source() if isinstance(item, QgsVectorLayer) else item
            if isinstance(source, str):
                path = Path(source.split("|")[0].split("?")[0].replace("file://", ""))
                if path.is_file():
                    found.add(path)
    return found


def snapshot(paths):
    """{file: sha256} of the files and of everything else in their folders (to catch new files beside them)."""
    folders = {path.parent for path in paths}
    return {file: hashlib.sha256(file.read_bytes()).hexdigest()
            for folder in folders for file in folder.iterdir() if file.is_file()}


def assert_clean_message(message):
    assert not any(word in message for word in INTERNAL), message
    assert len(message.strip()) > 30, message


def run_case(algorithm_id, parameters, output_folder):
    """Run through processing.run; returns (ok, message). Checks inputs unchanged and, after a failure, that the
    output folder holds nothing."""
    inputs = files_of(parameters)
    before = snapshot(inputs)
    try:
        processing.run(algorithm_id, parameters, feedback=QgsProcessingFeedback())
        ok, message = True, ""
    except QgsProcessingException as error:
        ok, message = False, str(error)
        assert_clean_message(message)
    assert snapshot(inputs) == before, f"{algorithm_id} changed or added files beside its inputs"
    if not ok:
        left = [p.name for p in output_folder.iterdir()] if output_folder.exists() else []
        assert not left, f"{algorithm_id} failed but left {left}"
    return ok, message


# ----------------------------------------------------------------------------------------------------------------
# Every algorithm: empty layer, all-nodata raster, geographic CRS, mismatched CRS


def first_input(algorithm_id):
    """The name and kind ('vector' or 'raster') of an algorithm's first layer input."""
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    for definition in algorithm.parameterDefinitions():
        if definition.type() in ("source", "vector"):
            return definition.name(), "vector"
        if definition.type() == "raster":
            return definition.name(), "raster"
        if definition.type() == "multilayer":
            return definition.name(), "multilayer"
    return None, None


def broken_vector(value, case, folder):
    """A copy of a vector input: with no features, or reprojected (EPSG:4326 geographic, EPSG:32617 mismatched)."""
    output = str(folder / f"{case}.gpkg")
    if case == "empty":
        return processing.run("native:extractbyexpression", {"INPUT": value, "EXPRESSION": "false",
                                                             "OUTPUT": output})["OUTPUT"]
    crs = {"geographic": "EPSG:4326", "mismatched": "EPSG:32617"}[case]
    return processing.run("native:reprojectlayer", {"INPUT": value, "TARGET_CRS": crs, "OUTPUT": output})["OUTPUT"]


def broken_raster(path, case, folder):
    """A copy of a raster input: every cell nodata, or warped to EPSG:4326 / EPSG:32617."""
    output = str(folder / f"{case}.tif")
    if case == "empty":
        source = gdal.Open(str(path))
        copy = gdal.GetDriverByName("GTiff").CreateCopy(output, source)
        for index in range(1, copy.RasterCount + 1):
            band = copy.GetRasterBand(index)
            band.SetNoDataValue(-99999.0)
            band.WriteArray(np.full((copy.RasterYSize, copy.RasterXSize), -99999.0))
        copy = None
        return output
    gdal.Warp(output, str(path), dstSRS={"geographic": "EPSG:4326", "mismatched": "EPSG:32617"}[case])
    return output


ALGORITHM_IDS = sorted(f"lodestone:{algorithm.ALGORITHM_ID}" for algorithm in ALGORITHMS
                       if algorithm.ALGORITHM_ID != "demoproperty")


@pytest.mark.parametrize("case", ["empty", "geographic", "mismatched"])
@pytest.mark.parametrize("algorithm_id", ALGORITHM_IDS)
def test_bad_first_input_gives_a_clear_message_or_a_sound_result(demo_calls, tmp_path, runner, algorithm_id, case):
    """Empty layer / all-nodata raster, geographic CRS and another UTM zone: a clear refusal or a result, the same
    through processing.run and through the runner."""
    if algorithm_id not in demo_calls:
        pytest.skip(f"{algorithm_id} needs generalised rasters from weightsofevidence: no working call on the demo")
    name, kind = first_input(algorithm_id)
    parameters, _ = demo_calls[algorithm_id]
    if name is None or name not in parameters:
        pytest.skip(f"{algorithm_id} has no layer input in its demo call")
    value = parameters[name]
    made = tmp_path / "inputs"
    made.mkdir()
    if kind == "multilayer":
        value = [value] if isinstance(value, str) else list(value)
        first = value[0]
        is_raster = isinstance(first, str) and open_gdal(first) is not None
        value = [(broken_raster if is_raster else broken_vector)(first, case, made)] + list(value[1:])
    elif kind == "raster":
        value = broken_raster(value, case, made)
    else:
        value = broken_vector(value, case, made)
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    ok, message = run_case(algorithm_id, fresh_outputs(algorithm_id, {**parameters, name: value}, outputs), outputs)
    again = tmp_path / "runner"
    again.mkdir()
    code, printed = runner("run", algorithm_id, *as_pairs(fresh_outputs(algorithm_id, {**parameters, name: value},
                                                                       again)))
    assert code == (0 if ok else 2), printed
    assert "Traceback" not in printed and (ok or message.splitlines()[-1] in printed), printed
    if not ok:
        assert not list(again.iterdir())
    if case == "empty" and not ok:
        assert any(word in message.lower() for word in ("empty", "no ", "nodata", "nothing", "fewer")), message
    if case == "geographic" and not ok:
        assert any(word in message for word in ("geographic", "degrees", "Reproject", "reproject", "CRS")), message


# ----------------------------------------------------------------------------------------------------------------
# The cases found by hand, each through processing.run and through the runner


@pytest.fixture
def runner(capsys):
    """``python3 -m lodestone ARGS`` in this process (the running QGIS is reused): (exit status, what it printed)."""
    from lodestone import headless

    def run(*args):
        code = headless.main(list(args))
        captured = capsys.readouterr()
        return code, captured.out + captured.err

    return run


def as_pairs(parameters):
    """NAME=VALUE words for the runner; a layer is named by its file (a CSV layer by the CSV, as a user would); an
    unset (None) parameter is left out."""
    pairs = []
    for key, value in parameters.items():
        if value is None:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, QgsVectorLayer):
                item = item.source().split("?")[0].replace("file://", "")
            pairs.append(f"{key}={item}")
    return pairs


def write_raster(path, value, like):
    """A float32 GeoTIFF holding ``value`` everywhere on the grid and CRS of the raster ``like``."""
    source = gdal.Open(str(like))
    values = np.full((source.RasterYSize, source.RasterXSize), value, dtype=np.float32)
    out = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Float32)
    out.SetGeoTransform(source.GetGeoTransform())
    out.SetProjection(source.GetProjection())
    out.GetRasterBand(1).WriteArray(values)
    out = None
    return str(path)


def write_polygon(path, wkt, crs="EPSG:32618"):
    """A GeoPackage of one ranked polygon (rank 1)."""
    from qgis.core import QgsFeature, QgsGeometry

    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=rank:integer", "target", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes([1])
    feature.setGeometry(QgsGeometry.fromWkt(wkt))
    layer.dataProvider().addFeatures([feature])
    return processing.run("native:savefeatures", {"INPUT": layer, "OUTPUT": str(path)})["OUTPUT"]


def hand_cases(calls, folder):
    """(name, algorithm id, parameters, what the message must say) of the issue's cases on the demo's data."""
    rtp = calls["lodestone:reducetopole"][0]["INPUT"]
    survey = calls["lodestone:correctsurvey"][0]["INPUT"]
    grid_call = calls["lodestone:gridsurvey"][0]
    plan_call = calls["lodestone:plandrillprogram"][0]
    model_call = calls["lodestone:prospectivitymodel"][0]
    lineaments = calls["lodestone:structuralcomplexity"][0]["INPUT"]
    showings = calls["lodestone:trainingpoints"][0]["POSITIVES"][1]
    stack_call = calls["lodestone:stackevidence"][0]
    drill_call = calls["lodestone:compiledrillholes"][0]
    tiny = write_polygon(folder / "tiny.gpkg", "Polygon ((413000 5494000, 413001 5494000, 413001 5494001, "
                                              "413000 5494001, 413000 5494000))")
    flat = write_raster(folder / "flat.tif", 0.5, rtp)
    return [
        ("rtp onto its input", "lodestone:reducetopole", {**calls["lodestone:reducetopole"][0], "OUTPUT": rtp},
         "would overwrite the input INPUT"),
        ("correct onto its input", "lodestone:correctsurvey", {**calls["lodestone:correctsurvey"][0],
                                                                "OUTPUT": survey}, "would overwrite the input INPUT"),
        ("grid at 0.05 m", "lodestone:gridsurvey", {**grid_call, "CELL_SIZE": 0.05}, "Use a cell size of at least"),
        ("stack at 0.05 m", "lodestone:stackevidence", {**{k: v for k, v in stack_call.items() if k != "REFERENCE"},
                                                        "CELL_SIZE": 0.05, "CRS": "EPSG:32618",
                                                        "EXTENT": "411300,414600,5493000,5495000 [EPSG:32618]"},
         "Use a cell size of at least"),
        ("complexity at 0.05 m", "lodestone:structuralcomplexity",
         {**calls["lodestone:structuralcomplexity"][0], "CELL_SIZE": 0.05, "REFERENCE": None},
         "Use a cell size of at least"),
        ("tested depth at 0.05 m", "lodestone:compiledrillholes",
         {**{k: v for k, v in drill_call.items() if k != "REFERENCE"}, "CELL_SIZE": 0.05},
         "Use a cell size of at least"),
        ("a 1 m2 target", "lodestone:plandrillprogram", {**plan_call, "TARGETS": tiny}, "at most 1 hole"),
        ("a constant map", "lodestone:extracttargets", {**calls["lodestone:extracttargets"][0],
                                                        "PROSPECTIVITY": flat}, "one value"),
        ("one constant band", "lodestone:prospectivitymodel", {**model_call, "EVIDENCE": flat},
         "Every evidence band is constant"),
        ("a GeoTIFF named .asc", "lodestone:reducetopole", {**calls["lodestone:reducetopole"][0],
                                                            "OUTPUT": str(folder / "rtp.asc")}, "name it 'rtp.tif'"),
        ("roads outside the grid", "lodestone:accesscost",
         {**calls["lodestone:accesscost"][0], "REFERENCE": None, "EXTENT": "0,1000,0,1000 [EPSG:32618]"},
         "No road crosses the grid"),
        ("a misspelt field", "lodestone:gridsurvey", {**grid_call, "VALUE_FIELD": "anomly_nt"},
         "has no field 'anomly_nt'"),
        ("a point layer for lineaments", "lodestone:structuralcomplexity",
         {**calls["lodestone:structuralcomplexity"][0], "INPUT": showings}, "point layer"),
        ("a tension out of range", "lodestone:gridsurvey", {**grid_call, "TENSION": 2}, "between 0 and 1"),
        ("lineaments misread as targets", "lodestone:plandrillprogram",
         {**plan_call, "TARGETS": lineaments, "RANK_FIELD": None}, "polygon"),
    ]


CASE_NAMES = ["rtp onto its input", "correct onto its input", "grid at 0.05 m", "stack at 0.05 m",
              "complexity at 0.05 m", "tested depth at 0.05 m", "a 1 m2 target", "a constant map", "one constant band",
              "a GeoTIFF named .asc", "roads outside the grid", "a misspelt field", "a point layer for lineaments",
              "a tension out of range", "lineaments misread as targets"]


@pytest.mark.parametrize("name", CASE_NAMES)
def test_hand_cases_are_refused_clearly_through_processing_and_the_runner(demo_calls, tmp_path, runner, name):
    cases = {case[0]: case[1:] for case in hand_cases(demo_calls, tmp_path)}
    algorithm_id, parameters, expected = cases[name]
    parameters = {k: v for k, v in parameters.items() if v is not None}
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    named = fresh_outputs(algorithm_id, parameters, outputs)
    named.update({k: v for k, v in parameters.items() if k in ("OUTPUT",) and name in ("rtp onto its input",
                                                                                       "correct onto its input",
                                                                                       "a GeoTIFF named .asc")})
    ok, message = run_case(algorithm_id, named, outputs)
    assert not ok and expected in message, message
    inputs = files_of(named)
    before = snapshot(inputs)
    code, printed = runner("run", algorithm_id, *as_pairs(named))
    assert code == 2 and expected in printed and "Traceback" not in printed, printed
    assert snapshot(inputs) == before
    assert not list(outputs.iterdir())


# ----------------------------------------------------------------------------------------------------------------
# The runner: warnings shown, CSV points taken, unnamed outputs kept, Ctrl-C honoured


def test_the_runner_prints_the_warnings_its_summary_refers_to(demo_calls, tmp_path, runner):
    call = dict(demo_calls["lodestone:compiledrillholes"][0])
    assays = Path(call["ASSAYS"]).read_text().splitlines()
    bad = tmp_path / "assays.csv"
    bad.write_text("\n".join(assays + ["CZ-87-01,5,4,1.0"]) + "\n")  # an inverted interval
    call["ASSAYS"] = str(bad)
    code, printed = runner("run", "lodestone:compiledrillholes", *as_pairs(fresh_outputs(
        "lodestone:compiledrillholes", call, tmp_path)))
    assert code == 0, printed
    assert "1 data problems (warnings above)" in printed
    assert "WARNING:" in printed.split("1 data problems")[0]


def test_uncovered_base_station_readings_are_a_printed_warning(demo_calls, tmp_path, runner):
    call = dict(demo_calls["lodestone:correctsurvey"][0])
    rows = Path(call["BASE_STATION"]).read_text().splitlines()
    short = tmp_path / "base_station.csv"
    short.write_text("\n".join(rows[:len(rows) // 3]) + "\n")
    call["BASE_STATION"] = str(short)
    code, printed = runner("run", "lodestone:correctsurvey", *as_pairs(fresh_outputs("lodestone:correctsurvey", call,
                                                                                      tmp_path)))
    assert code == 0
    warning = next(line for line in printed.splitlines() if line.startswith("WARNING:") and "base-station" in line)
    assert "of 13634 readings" in warning


def test_unnamed_outputs_are_files_the_runner_names(demo_calls, runner):
    call = {k: v for k, v in demo_calls["lodestone:magneticanomalies"][0].items() if k in ("INPUT",)}
    code, printed = runner("run", "lodestone:magneticanomalies", *as_pairs(call))
    assert code == 0, printed
    named = dict(line.split(": ", 1) for line in printed.splitlines() if line.startswith("OUTPUT: "))
    assert Path(named["OUTPUT"]).is_file() and "lodestone-magneticanomalies-" in named["OUTPUT"]


@pytest.fixture
def tee_roads(tmp_path):
    """The issue's T-junction: a highway west-east and a side road ending on its middle, base at its west end,
    a target 500 m beyond the end of the side road; base and target as CSV points, as users keep them."""
    from qgis.core import QgsFeature, QgsGeometry

    layer = QgsVectorLayer("LineString?crs=EPSG:32618&field=class:string", "roads", "memory")
    for wkt, kind in (("LineString (0 0, 10000 0)", "highway"), ("LineString (5000 0, 5000 4000)", "forestry")):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([kind])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        layer.dataProvider().addFeatures([feature])
    roads = processing.run("native:savefeatures", {"INPUT": layer, "OUTPUT": str(tmp_path / "roads.gpkg")})["OUTPUT"]
    (tmp_path / "base.csv").write_text("name,x,y\nbase,0,0\n")
    (tmp_path / "targets.csv").write_text("id,x,y\nT1,5000,4500\n")
    return {"ROADS": roads, "CLASS_FIELD": "class", "BASE": str(tmp_path / "base.csv"),
            "TARGETS": str(tmp_path / "targets.csv"), "CELL_SIZE": 50}


def test_a_t_junction_gives_the_500_m_walk_through_the_runner(tee_roads, tmp_path, runner):
    table = tmp_path / "access.gpkg"
    code, printed = runner("run", "lodestone:targetaccess", *as_pairs({**tee_roads, "TABLE": str(table)}))
    assert code == 0, printed
    (row,) = QgsVectorLayer(str(table), "t", "ogr").getFeatures()
    assert row["offroad_m"] == pytest.approx(500.0, abs=1.0)
    assert (row["access_x"], row["access_y"]) == pytest.approx((5000.0, 4000.0), abs=1.0)
    assert row["road_km"] == pytest.approx(9.0, abs=0.01)


def test_ctrl_c_cancels_the_runner_and_leaves_no_output(demo_calls, tmp_path, plugin_pythonpath):
    import os

    call = {**demo_calls["lodestone:gridsurvey"][0], "CELL_SIZE": 2.0, "OUTPUT": str(tmp_path / "grid.tif")}
    env = dict(os.environ, PYTHONPATH=str(plugin_pythonpath), QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "-m", "lodestone", "run", "lodestone:gridsurvey", *as_pairs(call)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    for line in process.stdout:  # wait until the solver runs
        if "Gridding" in line:
            break
    time.sleep(1.0)
    process.send_signal(signal.SIGINT)
    start = time.perf_counter()
    printed = process.communicate(timeout=60)[0]
    assert process.returncode == 130, printed
    assert time.perf_counter() - start < 5.0
    assert "cancelled" in printed and "Traceback" not in printed
    assert list(tmp_path.iterdir()) == []


# ----------------------------------------------------------------------------------------------------------------
# Cancel through the feedback: within two seconds, and the previous output kept


def cancel_after(seconds):
    feedback = QgsProcessingFeedback()
    threading.Timer(seconds, feedback.cancel).start()
    return feedback


@pytest.mark.parametrize(("algorithm_id", "changes"), [
    ("lodestone:accesscost", {"CELL_SIZE": 4.0, "REFERENCE": None}),
    ("lodestone:prospectivitymodel", {"N_BAGS": 40}),
    ("lodestone:gridsurvey", {"CELL_SIZE": 2.0}),
])
def test_cancel_is_honoured_within_two_seconds_and_keeps_the_previous_output(demo_calls, tmp_path, algorithm_id,
                                                                           changes):
    parameters = {k: v for k, v in {**demo_calls[algorithm_id][0], **changes}.items() if v is not None}
    parameters = fresh_outputs(algorithm_id, parameters, tmp_path)
    previous = {name: b"an earlier result" for name in parameters.values()
                if isinstance(name, str) and name.startswith(str(tmp_path))}
    for name, content in previous.items():
        Path(name).write_bytes(content)
    feedback = cancel_after(1.0)
    start = time.perf_counter()
    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written"):
        processing.run(algorithm_id, parameters, feedback=feedback)
    assert time.perf_counter() - start < 3.0
    assert {str(p) for p in tmp_path.iterdir()} == set(previous)
    assert all(Path(name).read_bytes() == content for name, content in previous.items())


@pytest.mark.slow
def test_britain_gridded_with_survey_years_as_blocks_reports_their_line_spacing(lodestone_provider, tmp_path,
                                                                              shared_file, runner):
    """The British compilation (541k readings): with its years as blocks, the automatic cell size comes from a line
    spacing of 1.5-2 km (one estimate over every line gave 209 m and a 28.8 GiB grid); gridded here over a 60 km
    square to keep the test short."""
    import lzma

    source = shared_file("britain-magnetic/britain-magnetic.csv.xz")
    plain = tmp_path / "britain.csv"
    plain.write_bytes(lzma.decompress(source.read_bytes()))
    lonlat = QgsVectorLayer(f"{plain.as_uri()}?type=csv&xField=longitude&yField=latitude&crs=EPSG:4326"
                            "&detectTypes=yes", "britain", "delimitedtext")
    readings = processing.run("native:reprojectlayer", {"INPUT": lonlat, "TARGET_CRS": "EPSG:27700",
                                                        "OUTPUT": str(tmp_path / "britain.gpkg")})["OUTPUT"]
    code, printed = runner("run", "lodestone:gridsurvey", f"INPUT={readings}", "VALUE_FIELD=total_field_anomaly_nt",
                           "LINE_FIELD=line_and_segment", "BLOCK_FIELD=year",
                           "EXTENT=400000,460000,400000,460000 [EPSG:27700]", f"OUTPUT={tmp_path / 'grid.tif'}")
    assert code == 0, printed
    spacing = float(printed.split("Estimated line spacing: ")[1].split(" m")[0])
    assert 1500 <= spacing <= 2000
    assert "Line spacing per block: 1955:" in printed
