"""glasslib: the thin shared library of the glass-tls compendium.

Floors, from the ground up (each module imports only from floors below it):

1. :mod:`glasslib.units`, :mod:`glasslib.validation` — SI constants, conversions, input checks.
2. :mod:`glasslib.materials` — the material tables of ``data/`` as typed records.
3. Physics shared by several papers — :mod:`glasslib.tunneling` (the standard
   tunnelling model) and :mod:`glasslib.tunneling_symbolic` (its SymPy derivations).
4. One module per paper (``carruzzo_yu``, ``zhou_leggett``, ``glassons``, ``rfot`` …).
5. :mod:`glasslib.claims` — the claims ledger (``python -m glasslib.claims --json``).

All functions take and return SI units; conversions live in :mod:`glasslib.units`.
"""
__version__ = "0.1.0"
