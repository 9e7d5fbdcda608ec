"""glasslib: the thin shared library of the glass-tls compendium.

Floors, from the ground up (each module imports only from floors below it):

1. :mod:`glasslib.units`, :mod:`glasslib.validation` — SI constants, conversions, input checks.
2. :mod:`glasslib.materials` — the material tables of ``data/`` as typed records.
3. Physics shared by several papers — :mod:`glasslib.tunneling` (the standard
   tunnelling model), :mod:`glasslib.tunneling_symbolic` (its SymPy derivations),
   :mod:`glasslib.dimensions` (SymPy dimensional analysis), :mod:`glasslib.elasticity`
   (isotropic media, phonon exchange), :mod:`glasslib.elastic_dipoles` (random
   orientations), :mod:`glasslib.mean_field` (random local fields, Monte Carlo).
4. One module per paper or idea: ``carruzzo_yu`` (Carruzzo & Yu 2020), ``rfot``,
   ``ripplons``, ``plateau``, ``quantum_mixing``, ``gruneisen`` (Lubchenko & Wolynes
   2008), ``zhou_leggett`` (Zhou & Leggett 2022), ``glassons`` (Turlakov 2022), each
   with a ``*_symbolic`` companion holding its SymPy derivation steps.
5. :mod:`glasslib.claims` — the claims ledger (``python -m glasslib.claims --json``).

All functions take and return SI units; conversions live in :mod:`glasslib.units`.
"""
__version__ = "0.1.0"
