"""Print the claims ledger: ``python -m glasslib.claims [--json] [--paper KEY]``."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import PAPERS, _fmt, all_claims, claims_for, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m glasslib.claims",
                                     description="Print the glass-tls claims ledger.")
    parser.add_argument("--json", action="store_true", help="print every claim as a JSON list")
    parser.add_argument("--paper", choices=list(PAPERS), help="only the claims of one paper")
    parser.add_argument("--write-snapshot", metavar="PATH", type=Path,
                        help="write {id: verdict} of every claim to PATH (the regression snapshot)")
    args = parser.parse_args(argv)
    rows = claims_for(args.paper) if args.paper else list(all_claims())
    if args.write_snapshot:
        snap = {c.id: c.verdict for c in all_claims()}
        args.write_snapshot.write_text(json.dumps(snap, indent=1, ensure_ascii=False) + "\n")
        print(f"wrote {len(snap)} verdicts to {args.write_snapshot}")
        return 0
    if args.json:
        json.dump([c.to_dict() for c in rows], sys.stdout, indent=1, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    def cut(text: str, width: int) -> str:
        return text if len(text) <= width else text[: width - 1] + "…"

    print(f"{'verdict':<11} {'id':<44} {'where':<28} {'paper':<22} {'ours':<22}")
    for c in rows:
        print(f"{c.verdict:<11} {cut(c.id, 44):<44} {cut(c.where, 28):<28} "
              f"{cut(_fmt(c.paper_value), 22):<22} {cut(_fmt(c.our_value), 22):<22}")
    s = summary(rows)
    print(f"\n{s['total']} claims: {s['reproduces']} reproduce, {s['ambiguous']} ambiguous, "
          f"{s['differs']} differ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
