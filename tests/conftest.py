import sys
from pathlib import Path

# tests/seed.py is shared by test folders that are not packages.
sys.path.insert(0, str(Path(__file__).parent))

# The pytest plugin's own tests run pytest inside pytest.
pytest_plugins = ["pytester"]
