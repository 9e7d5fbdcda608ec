"""The glass-tls command line: ``python -m glasslib <command>``.

Commands
--------
materials
    The glasses of ``data/`` and the inputs each table gives for them.
predict --material NAME
    What each theory's numeric functions give for that glass, from its data.
rerun CHAPTER -p NAME VALUE [-p NAME VALUE ...]
    Execute a copy of a chapter with its parameters overridden, into ``_build/reruns/``
    (the committed notebook is never touched).
ledger [--json] [--paper KEY] ...
    The claims ledger (as ``python -m glasslib.claims``).
"""
from __future__ import annotations

import argparse
import re
import ast
import sys
from pathlib import Path

from . import materials


def _materials(args) -> int:
    cy = materials.carruzzo_yu_glasses()
    mb = materials.meissner_berret_glasses()
    names = list(cy) + [n for n in mb if n not in cy]
    print(f"{'glass':10s} {'rho [kg/m3]':>11s} {'v [m/s]':>8s} {'v_o [A3]':>8s} {'C_exp':>8s} "
          f"{'c_l [m/s]':>9s} {'c_t [m/s]':>9s} {'gamma_l [eV]':>12s} {'gamma_t [eV]':>12s}")
    for n in names:
        g, a = cy.get(n), mb.get(n)
        cells = [f"{g.rho:11.0f}" if g else f"{'-':>11s}", f"{g.v:8.0f}" if g else f"{'-':>8s}",
                 f"{g.v_o * 1e30:8.1f}" if g else f"{'-':>8s}", f"{g.C_exp:8.2e}" if g else f"{'-':>8s}",
                 f"{a.c_l:9.0f}" if a else f"{'-':>9s}", f"{a.c_t:9.0f}" if a else f"{'-':>9s}",
                 f"{a.gamma_l / 1.602176634e-19:12.2f}" if a else f"{'-':>12s}",
                 f"{a.gamma_t / 1.602176634e-19:12.2f}" if a else f"{'-':>12s}"]
        print(f"{n:10s} " + " ".join(cells))
    print("\nsources: data/" + materials.CARRUZZO_YU_TABLE + " (Carruzzo & Yu, Table I); data/"
          + materials.MEISSNER_BERRET_TABLE + " (Berret & Meissner, as tabulated by Zhou & Leggett)")
    return 0


def _predict(args) -> int:
    from . import carruzzo_yu, tunneling

    cy = materials.carruzzo_yu_glasses()
    mb = materials.meissner_berret_glasses()
    name = args.material
    if name not in cy and name not in mb:
        materials.pick({**cy, **mb}, name, "data/ (Carruzzo & Yu Table I, Berret & Meissner table)")
    print(f"{name}:")
    if name in cy:
        g = cy[name]
        th = carruzzo_yu.theory_for_glass(g, alpha=args.alpha)
        print(f"  Carruzzo & Yu (alpha = {args.alpha:g}): C = {th.C:.3g} (measured {g.C_exp:.3g}), "
              f"P_bar = {th.P_bar:.3g} J^-1 m^-3, T_D = {th.T_D:.4g} K")
        print(f"  standard tunnelling model with the measured C: l/lambda = "
              f"{float(tunneling.mean_free_path_per_wavelength(g.C_exp)):.4g}")
    else:
        print("  Carruzzo & Yu: not predicted (needs rho, v and v_o of Table I)")
    if name in mb:
        a = mb[name]
        print(f"  Zhou & Leggett: gamma_l/gamma_t = c_l/c_t = {a.c_l / a.c_t:.3g} "
              f"(measured {a.gamma_l / a.gamma_t:.3g})")
    else:
        print("  Zhou & Leggett: not predicted (needs c_l and c_t of the Berret-Meissner table)")
    print("  Lubchenko & Wolynes, Turlakov: silica only in data/; see chapters 4-6, 8 and 9")
    return 0


def _parse_value(text: str):
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text                                   # a bare word is a string: -p MATERIAL BK7


def _file_safe(value) -> str:
    """A parameter value as part of a file name: a path by its file name, no separators or spaces."""
    text = str(value)
    if "/" in text or "\\" in text:
        text = text.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return re.sub(r"[^\w.+-]+", "_", text)


def _rerun(args) -> int:
    from nbclient.exceptions import CellExecutionError

    from .notebooks import ROOT, chapter_paths, execute

    chapters = {p.stem: p for p in chapter_paths()}
    matches = [p for stem, p in chapters.items() if stem == args.chapter or stem.startswith(args.chapter)]
    if len(matches) != 1:
        print(f"error: chapter {args.chapter!r} matches {len(matches)} chapters; give one of: "
              + ", ".join(chapters), file=sys.stderr)
        return 2
    params = {k: _parse_value(v) for k, v in args.p or []}
    out = ROOT / "_build" / "reruns" / (matches[0].stem + "".join(f"_{k}-{_file_safe(v)}" for k, v in params.items())
                                        + ".ipynb")
    try:
        seconds = execute(matches[0], out, parameters=params)
    except CellExecutionError as exc:                # the chapter stopped: its own error, not nbclient's traceback
        print(f"error: {matches[0].name} with {params} stopped: {exc.ename}: {exc.evalue}", file=sys.stderr)
        return 1
    print(f"executed {matches[0].name} with {params} in {seconds:.1f} s -> {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m glasslib", description="The glass-tls command line.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("materials", help="the glasses of data/ and their inputs").set_defaults(run=_materials)
    p = sub.add_parser("predict", help="each theory's numbers for one glass")
    p.add_argument("--material", required=True)
    p.add_argument("--alpha", type=float, default=2.5, help="Carruzzo & Yu's alpha (default 2.5)")
    p.set_defaults(run=_predict)
    p = sub.add_parser("rerun", help="execute a copy of a chapter with other parameters, into _build/reruns/")
    p.add_argument("chapter", help="the chapter's file name, its stem, or its number (e.g. 02)")
    p.add_argument("-p", nargs=2, action="append", metavar=("NAME", "VALUE"),
                   help="a parameter to override, e.g. -p MATERIAL BK7")
    p.set_defaults(run=_rerun)
    sub.add_parser("ledger", help="the claims ledger (python -m glasslib.claims)", add_help=False)
    if argv is None:
        argv = sys.argv[1:]
    if argv and argv[0] == "ledger":
        from .claims.__main__ import main as ledger_main
        return ledger_main(argv[1:])
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except KeyError as exc:                            # an unknown material: the message lists the valid ones
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
