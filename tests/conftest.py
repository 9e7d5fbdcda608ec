"""Test configuration shared by every test module.

Property-based tests (hypothesis) run derandomized, with no example database and no
deadline: a test run is reproducible, leaves no files behind, and does not fail because
a loaded CI machine is slow.
"""
from hypothesis import settings

settings.register_profile("glass-tls", derandomize=True, database=None, deadline=None)
settings.load_profile("glass-tls")


# pytest.approx adds an absolute tolerance of 1e-12 by default, so `x == approx(5.6e-23, rel=1e-6)`
# accepts any x below 1e-12: in SI, a wrong power of hbar or k_B would pass. Here the default
# absolute tolerance is 0 (the relative default, 1e-6, is pytest's); a test that compares with
# zero states its absolute tolerance.
import pytest as _pytest

_approx = _pytest.approx


def _approx_without_absolute_floor(expected, rel=None, abs=None, nan_ok=False):  # noqa: A002
    return _approx(expected, rel=1e-6 if rel is None else rel, abs=0.0 if abs is None else abs, nan_ok=nan_ok)


_pytest.approx = _approx_without_absolute_floor


# Order of work for `make test` on two cores (pytest-xdist, --dist loadfile --no-loadscope-reorder):
# longest first, so that no worker is left with a long chapter while the other idles. The
# chapters (each one kernel, executed cell by cell) go first, the larger ones first; then the
# test files that start kernels of their own; then the unit tests, which fill the gaps.
# Only the order changes: every test still runs, and each file stays on one worker.
_KERNEL_TEST_FILES = ("test_cli.py", "test_notebooks_build.py", "test_notebooks_more.py")


def _cost_rank(item) -> tuple[int, float]:
    path = item.path
    if path.suffix == ".ipynb":
        import json

        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        return 0, -sum(len("".join(c["source"])) for c in cells if c["cell_type"] == "code")
    if path.name in _KERNEL_TEST_FILES:
        return 1, float(_KERNEL_TEST_FILES.index(path.name))
    return 2, 0.0


def pytest_collection_modifyitems(session, config, items):
    ranks: dict = {}
    for item in items:
        if item.path not in ranks:
            ranks[item.path] = _cost_rank(item)
    items.sort(key=lambda item: ranks[item.path])      # stable: the order within a file is kept
