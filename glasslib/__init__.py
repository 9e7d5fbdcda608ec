"""glasslib: the thin shared library of the glass-tls compendium.

Floors, from the ground up (each module imports only from floors below it):

1. :mod:`glasslib.units`, :mod:`glasslib.validation` — SI constants, conversions, input checks.
2. :mod:`glasslib.materials` (the material tables of ``data/`` as typed records) and
   :mod:`glasslib.experiments` (experimental numbers as the papers quote them).
3. Shared physics and generic tools — :mod:`glasslib.tunneling` (the standard tunnelling
   model, numeric), :mod:`glasslib.elasticity`, :mod:`glasslib.elastic_dipoles`,
   :mod:`glasslib.mean_field`, :mod:`glasslib.dimensions` (SymPy dimensional analysis),
   :mod:`glasslib.symbolic` (small generic SymPy tools), :mod:`glasslib.figures`.
4. One numeric module per paper or idea: ``carruzzo_yu``, ``frozen_tls`` (Carruzzo & Yu
   2020), ``rfot``, ``ripplons``, ``plateau``, ``quantum_mixing``, ``gruneisen`` (Lubchenko &
   Wolynes 2008), ``zhou_leggett`` (Zhou & Leggett 2022), ``glassons`` (Turlakov 2022),
   ``glass_table`` (the synthesis).
5. :mod:`glasslib.claims` — the claims ledger, read from the executed chapters
   (``python -m glasslib.claims --json``); :mod:`glasslib.notebooks` — executing them.

The derivations of the papers are not here: they are on the pages of the chapters.

All functions take and return SI units; conversions live in :mod:`glasslib.units`.
"""
__version__ = "0.1.0"
