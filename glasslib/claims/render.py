"""The claims as a reader sees them: a text table, and an HTML table that filters (no SymPy).

Both take *records*: the dicts that :meth:`glasslib.claims.Claim.to_record` makes and
that an executed chapter carries in its output. The chapter's claims cell, the ledger
page and ``python -m glasslib.claims`` all render through here.
"""
from __future__ import annotations

import html
from typing import Any, Iterable, Sequence

from .papers import KINDS, PAPERS, VERDICTS

__all__ = ["format_value", "summary", "summary_text", "text_table", "html_table", "claim_line_html",
           "summary_html"]

_MARK = {"reproduces": "✔", "ambiguous": "≈", "differs": "✘"}


def format_value(value: Any, tex: str | None = None, *, html_math: bool = False) -> str:
    """A value as printed in a table: 4 significant digits, a range as [low, high], an
    expression as its LaTeX (between ``\\(`` and ``\\)`` for HTML) or its SymPy string."""
    if tex is not None and html_math:           # the classes Sphinx gives inline math, so MathJax typesets it
        return '<span class="math notranslate nohighlight">\\(' + html.escape(tex) + "\\)</span>"
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, (int, float)):
        return f"{value:.4g}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(f"{float(x):.4g}" for x in value) + "]"
    return html.escape(str(value)) if html_math else str(value)


def summary(records: Iterable[dict]) -> dict[str, int]:
    """Counts: the verdicts of the tests (kinds ``derived`` and ``recomputed``), and the
    consistency checks apart (``consistency``, with how many of them fail)."""
    rows = list(records)
    tests = [r for r in rows if r["kind"] != "consistency"]
    checks = [r for r in rows if r["kind"] == "consistency"]
    out = {v: sum(r["verdict"] == v for r in tests) for v in VERDICTS}
    out.update({k: sum(r["kind"] == k for r in rows) for k in KINDS})
    out["consistency_failing"] = sum(r["verdict"] != "reproduces" for r in checks)
    out["total"] = len(rows)
    return out


def summary_text(records: Iterable[dict]) -> str:
    """One line: '12 claims: 9 tests (7 reproduce, 1 ambiguous, 1 differ) and 3 consistency checks'."""
    s = summary(records)
    tests = s["derived"] + s["recomputed"]
    line = (f"{s['total']} claims: {tests} tests ({s['derived']} derived, {s['recomputed']} recomputed): "
            f"{s['reproduces']} reproduce, {s['ambiguous']} ambiguous, {s['differs']} differ; "
            f"{s['consistency']} consistency checks (cannot fail by construction)")
    if s["consistency_failing"]:
        line += f", {s['consistency_failing']} of which do not hold"
    return line


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def text_table(records: Sequence[dict], *, width: int = 34) -> str:
    """Every claim on one line: verdict, kind, id, the paper's value and ours."""
    rows = list(records)
    if not rows:
        return "no claims"
    wid = max(len(r["id"]) for r in rows)
    lines = [summary_text(rows), f"{'verdict':<11} {'kind':<12} {'id':<{wid}}  {'paper':<{width}} ours"]
    for r in rows:
        lines.append(f"{r['verdict']:<11} {r['kind']:<12} {r['id']:<{wid}}  "
                     f"{_cut(format_value(r['paper_value']), width):<{width}} "
                     f"{_cut(format_value(r['our_value']), width)}")
    return "\n".join(lines)


_STYLE = """<style>
.gt-claims{font-size:0.85em;margin:0.5em 0}
.gt-claims .gt-filters{margin:0.3em 0 0.5em 0}
.gt-claims .gt-filters label{margin-right:1em}
.gt-claims .gt-scroll{overflow-x:auto;max-width:100%}
.gt-claims table{border-collapse:collapse;width:100%;table-layout:auto}
.gt-claims th,.gt-claims td{border-bottom:1px solid #ddd;padding:2px 4px;vertical-align:top;text-align:left}
.gt-claims td.gt-id{font-family:monospace;font-size:0.9em;overflow-wrap:anywhere;min-width:9em}
.gt-claims td.gt-val{overflow-wrap:anywhere;max-width:16em}
.gt-claims td.gt-nowrap,.gt-claims th{white-space:nowrap}
.gt-claims .gt-v-reproduces{color:#176e2a}.gt-claims .gt-v-ambiguous{color:#8a6100}.gt-claims .gt-v-differs{color:#b00020}
.gt-claims .gt-k-consistency{color:#666;font-style:italic}
</style>"""

_SCRIPT = """<script>
(function(){
  var box = document.currentScript.parentNode;
  var sel = box.querySelectorAll('select[data-col]');
  var search = box.querySelector('input.gt-search');
  var rows = box.querySelectorAll('tbody tr');
  var count = box.querySelector('.gt-count');
  function apply(){
    var shown = 0, q = search ? search.value.toLowerCase() : '';
    for (var i = 0; i < rows.length; i++){
      var r = rows[i], ok = true;
      for (var j = 0; j < sel.length; j++){
        var v = sel[j].value;
        if (v && r.getAttribute('data-' + sel[j].getAttribute('data-col')) !== v){ ok = false; }
      }
      if (ok && q && r.textContent.toLowerCase().indexOf(q) < 0){ ok = false; }
      r.style.display = ok ? '' : 'none';
      if (ok){ shown++; }
    }
    if (count){ count.textContent = shown + ' of ' + rows.length + ' claims shown'; }
  }
  for (var j = 0; j < sel.length; j++){ sel[j].addEventListener('change', apply); }
  if (search){ search.addEventListener('input', apply); }
})();
</script>"""


def _select(col: str, options: Sequence[str]) -> str:
    opts = "".join(f'<option value="{html.escape(o)}">{html.escape(o)}</option>' for o in options)
    return f'<label>{col} <select data-col="{col}"><option value="">all</option>{opts}</select></label>'


def summary_html(records: Sequence[dict]) -> str:
    """The one-line summary as an HTML paragraph."""
    return f"<p><strong>{html.escape(summary_text(records))}</strong></p>"


def html_table(records: Sequence[dict], *, show_chapter: bool = False) -> str:
    """Every claim as one row of a table that the reader can filter by paper, verdict and kind.

    Symbolic values are shown as typeset math (their LaTeX between ``\\(`` and ``\\)``).
    The markup is deterministic (no random element ids), so nbval can compare it.
    """
    rows = list(records)
    papers = [p for p in PAPERS if any(r["paper"] == p for r in rows)]
    head = ["verdict", "kind", "id", "paper", "ours", "rel_tol", "quantity", "where", "note"]
    if show_chapter:
        head.insert(8, "chapter")
    out = [_STYLE, '<div class="gt-claims">', summary_html(rows),
           '<div class="gt-filters">', _select("paper", papers), _select("verdict", VERDICTS),
           _select("kind", KINDS), '<label>search <input class="gt-search" type="search"></label>',
           f'<span class="gt-count">{len(rows)} of {len(rows)} claims shown</span></div>',
           '<div class="gt-scroll"><table><thead><tr>' + "".join(f"<th>{h}</th>" for h in head)
           + "</tr></thead><tbody>"]
    for r in rows:
        cells = [
            f'<td class="gt-nowrap gt-v-{r["verdict"]}">{_MARK[r["verdict"]]} {r["verdict"]}</td>',
            f'<td class="gt-nowrap gt-k-{r["kind"]}">{r["kind"]}</td>',
            f'<td class="gt-id">{html.escape(r["id"])}</td>',
            f'<td class="gt-val">{format_value(r["paper_value"], r.get("paper_tex"), html_math=True)}</td>',
            f'<td class="gt-val">{format_value(r["our_value"], r.get("our_tex"), html_math=True)}</td>',
            f"<td>{r['rel_tol']:g}</td>",
            f"<td>{html.escape(r['quantity'])}</td>",
            f"<td>{html.escape(r['where'])}</td>",
            f"<td>{html.escape(r['note'])}</td>",
        ]
        if show_chapter:             # the chapter's number, linking to it (the ledger page sits in book/)
            ch = r.get("chapter", "")
            cells.insert(8, f'<td class="gt-nowrap"><a href="../chapters/{html.escape(ch)}.html" '
                            f'title="{html.escape(ch)}">{html.escape(ch.split("-")[0].lstrip("0"))}</a></td>')
        out.append(f'<tr data-paper="{r["paper"]}" data-verdict="{r["verdict"]}" data-kind="{r["kind"]}">'
                   + "".join(cells) + "</tr>")
    out += ["</tbody></table></div>", _SCRIPT, "</div>"]
    return "\n".join(out)


def claim_line_html(record: dict) -> str:
    """One claim as a line of HTML, shown where a chapter records it."""
    r = record
    return (f'<div class="gt-claim"><span class="gt-v-{r["verdict"]}">{_MARK[r["verdict"]]} '
            f'<strong>{r["verdict"]}</strong></span> <code>{html.escape(r["id"])}</code> '
            f'({r["kind"]}): paper {format_value(r["paper_value"], r.get("paper_tex"), html_math=True)}, '
            f'ours {format_value(r["our_value"], r.get("our_tex"), html_math=True)}, '
            f'rel_tol {r["rel_tol"]:g}</div>')


def summary_table_html(records: Sequence[dict]) -> str:
    """Counts per paper: the tests (derived + recomputed) by verdict, and the consistency checks apart."""
    rows = list(records)
    head = ("paper", "tests", "reproduce", "ambiguous", "differ", "consistency checks", "total")
    out = ['<table class="gt-summary"><thead><tr>' + "".join(f"<th>{h}</th>" for h in head)
           + "</tr></thead><tbody>"]
    groups = [(title, [r for r in rows if r["paper"] == key]) for key, (title, _) in PAPERS.items()]
    groups = [(t, g) for t, g in groups if g] + [("All papers", rows)]
    for title, group in groups:
        s = summary(group)
        cells = (html.escape(title), s["derived"] + s["recomputed"], s["reproduces"], s["ambiguous"],
                 s["differs"], s["consistency"], s["total"])
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)
