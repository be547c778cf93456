"""Build dist/lodestone-<version>.zip for the QGIS plugin manager (top folder lodestone/).

Only what a QGIS user needs is shipped: the plugin code, science, styles, models, licence and docs; tests, CI,
benchmarks and developer files stay out.
"""
import configparser
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ("metadata.txt", "__init__.py", "__main__.py", "plugin.py", "headless.py", "runner.py", "demo_project.py",
           "LICENSE", "README.md", "CHANGELOG.md", "requirements.txt", "processing", "science", "ui", "resources",
           "i18n", "docs/science.md", "docs/development.md", "docs/algorithms")
SKIPPED_PARTS = {"__pycache__", ".pytest_cache"}


def version():
    metadata = configparser.ConfigParser()
    metadata.read(ROOT / "metadata.txt")
    return metadata["general"]["version"]


def shipped_files():
    for name in SHIPPED:
        path = ROOT / name
        if path.is_file():
            yield path
        elif path.is_dir():
            for file in sorted(path.rglob("*")):
                if file.is_file() and not SKIPPED_PARTS & set(file.relative_to(ROOT).parts) \
                        and file.suffix not in (".pyc", ".ts"):
                    yield file


def build(destination=ROOT / "dist"):
    destination.mkdir(parents=True, exist_ok=True)
    archive = destination / f"lodestone-{version()}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for file in shipped_files():
            zf.write(file, Path("lodestone") / file.relative_to(ROOT))
    return archive


if __name__ == "__main__":
    print(build(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "dist"))
