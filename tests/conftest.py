"""Test configuration shared by every test module.

Property-based tests (hypothesis) run derandomized, with no example database and no
deadline: a test run is reproducible, leaves no files behind, and does not fail because
a loaded CI machine is slow.
"""
from hypothesis import settings

settings.register_profile("glass-tls", derandomize=True, database=None, deadline=None)
settings.load_profile("glass-tls")
