"""Sphinx configuration of the Vietnamese pages.

The settings both languages share are in ``docs/_ext/shared_conf.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "_ext"))

from shared_conf import *  # noqa: F403

language = "vi"
