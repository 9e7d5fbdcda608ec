"""nbval, with the claims compared claim by claim and the figures compared as pixels.

When nbval re-executes a chapter, the cell that shows the chapter's ledger produces the
claims again. Here they are compared with the committed ones field by field (floats to a
relative 1e-9), and a failure names each claim whose value, tolerance, verdict or kind
drifted. The machine-readable payload and its HTML table (a pure function of the records)
are then left out of nbval's own exact text comparison; the text table is still compared.

nbval skips images. Here every re-created figure (``image/png``) is compared with the
committed one as pixels: an RMS difference above ``glasslib.figures.IMAGE_RMS_TOLERANCE``
grey levels, a different size or a different number of figures fails the cell. The
tolerance absorbs the grey level or two by which one figure's anti-aliasing differs between
machines, never a moved curve.

The kernels run without coverage: nbval would otherwise trace every chapter (twice as slow),
and the coverage that `make test` requires is that of the unit tests.
"""
from nbformat import from_dict

from glasslib.claims import MIME, compare_records
from glasslib.figures import IMAGE_RMS_TOLERANCE, image_difference

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


def _images(outputs):
    return [out["data"]["image/png"] for out in outputs if "image/png" in (out.get("data") or {})]


def _image_problems(committed, current):
    old, new = _images(committed), _images(current)
    if len(old) != len(new):
        return [f"the cell made {len(new)} figure(s); {len(old)} committed"]
    problems = []
    for k, (a, b) in enumerate(zip(old, new), 1):
        rms = image_difference(a, b)
        if rms > IMAGE_RMS_TOLERANCE:
            what = "a different size" if rms == float("inf") else f"RMS {rms:.2f} grey levels"
            problems.append(f"figure {k} of the cell differs from the committed one: {what} "
                            f"(tolerance {IMAGE_RMS_TOLERANCE})")
    return problems


def _without_payload(outputs):
    kept = []
    for out in outputs:
        data = out.get("data")
        if data and MIME in data:
            out = dict(out, data={k: v for k, v in data.items() if k not in (MIME, "text/html")})
        kept.append(from_dict(out))      # nbval reads outputs by attribute
    return kept


if IPyNbCell is not None:
    # With pytest-cov active, nbval starts coverage (branch tracing) inside every chapter's kernel
    # (nbval.cover): the chapters then executed about twice as slowly in `make test`, and their
    # code counted as "covered by the unit tests". Coverage here measures the unit tests only;
    # the kernels run untraced.
    import nbval.plugin as _nbval_plugin

    _nbval_plugin.setup_coverage = lambda *args, **kwargs: None
    _nbval_plugin.teardown_coverage = lambda *args, **kwargs: None

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
        problems = _image_problems(ref, test)
        if problems:
            self.comparison_traceback = problems
            return False
        return _original(self, _without_payload(test), _without_payload(ref), skip_compare)

    IPyNbCell.compare_outputs = compare_outputs
    IPyNbCell._glass_tls_claims = True
