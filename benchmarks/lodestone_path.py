"""Makes the plugin importable as package ``lodestone`` for the benchmark scripts, through a link in a temporary
folder: the repository root is the plugin folder and must never itself be on ``sys.path`` (its ``processing/``
would hide QGIS's own ``processing`` package), as in ``test/conftest.py``."""
import functools
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@functools.lru_cache(maxsize=1)
def add_lodestone_to_path():
    link_parent = Path(tempfile.mkdtemp(prefix="lodestone-bench-"))
    (link_parent / "lodestone").symlink_to(REPO, target_is_directory=True)
    sys.path.insert(0, str(link_parent))
