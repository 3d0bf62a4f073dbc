import sys
from pathlib import Path

import pytest

# tests/seed.py is shared by test folders that are not packages.
sys.path.insert(0, str(Path(__file__).parent))

# The pytest plugin's own tests run pytest inside pytest.
pytest_plugins = ["pytester"]


@pytest.fixture(autouse=True)
def _no_answer_cache(monkeypatch):
    """Tests against live fake servers must not share answers through the user's cache."""
    monkeypatch.setenv("CLAIMCHECK_CACHE", "0")
