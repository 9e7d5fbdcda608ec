"""nbval, with the claims compared claim by claim.

When nbval re-executes a chapter, the cell that shows the chapter's ledger produces the
claims again. Here they are compared with the committed ones field by field (floats to a
relative 1e-9), and a failure names each claim whose value, tolerance, verdict or kind
drifted. The machine-readable payload and its HTML table (a pure function of the records)
are then left out of nbval's own exact text comparison; the text table is still compared.
"""
from nbformat import from_dict

from glasslib.claims import MIME, compare_records

try:
    from nbval.plugin import IPyNbCell
except ImportError:  # nbval absent: nothing to patch
    IPyNbCell = None


def _payload(outputs):
    found = []
    for out in outputs:
        data = out.get("data") or {}
        if MIME in data:
            found.extend(data[MIME]["claims"])
    return found


def _without_payload(outputs):
    kept = []
    for out in outputs:
        data = out.get("data")
        if data and MIME in data:
            out = dict(out, data={k: v for k, v in data.items() if k not in (MIME, "text/html")})
        kept.append(from_dict(out))      # nbval reads outputs by attribute
    return kept


if IPyNbCell is not None and not getattr(IPyNbCell, "_glass_tls_claims", False):
    _original = IPyNbCell.compare_outputs

    def compare_outputs(self, test, ref, skip_compare=None):
        committed, current = _payload(ref), _payload(test)
        if committed or current:
            problems = compare_records(committed, current)
            if problems:
                self.comparison_traceback = ["the chapter's claims drifted from the committed ones:"] + [
                    "  " + p for p in problems]
                return False
        return _original(self, _without_payload(test), _without_payload(ref), skip_compare)

    IPyNbCell.compare_outputs = compare_outputs
    IPyNbCell._glass_tls_claims = True
