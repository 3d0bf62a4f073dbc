import types

import claimcheck


def test_all_matches_public_names():
    public = {
        name
        for name, value in vars(claimcheck).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert set(claimcheck.__all__) == public


def test_all_is_sorted():
    assert claimcheck.__all__ == sorted(claimcheck.__all__)
