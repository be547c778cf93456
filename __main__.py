"""``python3 -m lodestone``: the headless runner (see headless.py).

The process ends with ``os._exit`` once the run is over and QGIS is shut down (standard streams flushed first): on
QGIS 3.40 the C++ teardown at interpreter exit can crash (status -11, no Python frame) after a run that succeeded,
depending on the order in which Python happened to free objects, which would report a good run as failed.
"""
import os
import sys

from .headless import main

status = main()
sys.stdout.flush()
sys.stderr.flush()
os._exit(status if isinstance(status, int) else 0)
