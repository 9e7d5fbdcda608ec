"""Print the claims ledger, read from the executed chapters.

``python -m glasslib.claims [--json] [--paper KEY] [--kind KIND] [--verdict VERDICT] [--chapters DIR]``
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .papers import FIELDS, KINDS, PAPERS, VERDICTS
from .render import format_value, summary_text
from .store import read_all


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m glasslib.claims",
                                     description="Print the glass-tls claims ledger, read from the "
                                                 "committed outputs of the executed chapters.")
    parser.add_argument("--json", action="store_true", help="print every claim as a JSON list")
    parser.add_argument("--paper", choices=list(PAPERS), help="only the claims of one paper")
    parser.add_argument("--kind", choices=list(KINDS), help="only the claims of one kind")
    parser.add_argument("--verdict", choices=list(VERDICTS), help="only the claims with this verdict")
    parser.add_argument("--chapters", type=Path, default=None, help="the chapters folder (default: the checkout's)")
    args = parser.parse_args(argv)
    rows = [r for r in read_all(args.chapters)
            if (args.paper is None or r["paper"] == args.paper)
            and (args.kind is None or r["kind"] == args.kind)
            and (args.verdict is None or r["verdict"] == args.verdict)]
    if args.json:
        json.dump([{f: r[f] for f in FIELDS} for r in rows], sys.stdout, indent=1, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0

    def cut(text: str, width: int) -> str:
        return text if len(text) <= width else text[: width - 1] + "…"

    print(f"{'verdict':<11} {'kind':<12} {'id':<46} {'where':<28} {'paper':<20} {'ours':<20}")
    for r in rows:
        print(f"{r['verdict']:<11} {r['kind']:<12} {cut(r['id'], 46):<46} {cut(r['where'], 28):<28} "
              f"{cut(format_value(r['paper_value']), 20):<20} {cut(format_value(r['our_value']), 20):<20}")
    print()
    print(summary_text(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
