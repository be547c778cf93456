"""``python3 -m lodestone``: the headless runner (see headless.py)."""
import sys

from .headless import main

sys.exit(main())
