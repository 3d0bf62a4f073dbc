"""Every Python block of the README runs: a broken snippet fails CI.

A block is run as a module from the repository's root; the tests it defines are then run
too, by pytest when they take fixtures (the plugin's `check_claims`), else called directly.
"""

import inspect
import re

import pytest
from seed import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)


def test_the_readme_has_python_blocks():
    assert len(BLOCKS) >= 4


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_each_readme_block_runs(block, monkeypatch, request):
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": "readme"}
    exec(compile(block, "README.md", "exec"), namespace)
    tests = {k: v for k, v in namespace.items() if k.startswith("test_") and callable(v)}
    with_fixtures = {k for k, v in tests.items() if inspect.signature(v).parameters}
    for name, test in tests.items():
        if name not in with_fixtures:
            test()
    if with_fixtures:
        # Asked for only here: pytester forgets, when it ends, the modules imported since it
        # began, and spaCy's numpy cannot be imported twice in one process.
        pytester = request.getfixturevalue("pytester")
        monkeypatch.chdir(pytester.path)  # pytest must collect the block alone
        pytester.makepyfile(test_readme_block=block)
        result = pytester.runpytest_subprocess("-p", "no:randomly")
        result.assert_outcomes(passed=len(with_fixtures))
