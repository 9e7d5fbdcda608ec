"""Equations and glued numbers that a reader can follow, checked without building the book.

The book build (-W) fails on a glue key or an equation label it cannot resolve, but only after
several minutes and only for the first problem. These tests read the committed chapters and
say at once, for every chapter: each labelled equation has a label unique in the book, stands
as its own block (MyST parses a label only there) and is referred to at least once; each
``{eq}`` reference names a label that exists, and is not wrapped in a second pair of
parentheses (the link prints its own: "((2.3))"); each ``{glue:text}`` key, in the text or a
figure caption, is glued by the chapter exactly once, and its format applies to the stored value.
"""
from __future__ import annotations

import functools
import json
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHAPTERS = sorted((ROOT / "chapters").glob("[0-9][0-9]-*.ipynb"))

LABEL = re.compile(r"\$\$\s*\((eq-[\w-]+)\)\s*$", re.M)
EQ_REF = re.compile(r"\{eq\}`([^`]+)`")
GLUE_REF = re.compile(r"\{glue:text\}`([^`]+)`")
GLUE_MIME_SUFFIX = "text/plain"


@functools.lru_cache(maxsize=None)
def _notebook(path: Path) -> dict:
    """A committed chapter, read once (the tests only read it)."""
    return json.loads(path.read_text(encoding="utf-8"))


def _markdown(nb: dict) -> list[str]:
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"]


def _captions(nb: dict) -> list[str]:
    """The figure captions (myst-nb cell metadata), which MyST parses like the prose."""
    return [c.get("metadata", {}).get("mystnb", {}).get("figure", {}).get("caption", "")
            for c in nb["cells"] if c["cell_type"] == "code"]


def _glued(nb: dict) -> list[tuple[str, str]]:
    """(key, stored text/plain) of every glue output of a notebook."""
    out = []
    for cell in nb["cells"]:
        for o in cell.get("outputs", []) if cell["cell_type"] == "code" else []:
            meta = (o.get("metadata") or {}).get("scrapbook")
            if meta:
                prefix = meta.get("mime_prefix", "")
                out.append((meta["name"], "".join(o["data"].get(prefix + GLUE_MIME_SUFFIX, ""))))
    return out


def _labels() -> dict[str, list[str]]:
    return {p.name: [m for s in _markdown(_notebook(p)) for m in LABEL.findall(s)] for p in CHAPTERS}


def test_every_equation_label_is_unique_in_the_book():
    counts = Counter(label for labels in _labels().values() for label in labels)
    assert not [k for k, n in counts.items() if n > 1], "labels used twice"


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.name[:2])
def test_labelled_equations_stand_alone_and_are_referred_to(path):
    all_labels = {label for labels in _labels().values() for label in labels}
    text = "\n".join(_markdown(_notebook(path)))
    refs = set(EQ_REF.findall(text))
    problems = [f"{{eq}}`{r}` names no label" for r in sorted(refs - all_labels)]
    for cell in _markdown(_notebook(path)):
        lines = cell.split("\n")
        for j, line in enumerate(lines):
            if not LABEL.search(line):
                continue
            k = j
            while k > 0 and not lines[k].lstrip().startswith("$$"):
                k -= 1
            if (k > 0 and lines[k - 1].strip()) or (j + 1 < len(lines) and lines[j + 1].strip()):
                problems.append(f"{LABEL.search(line).group(1)} is not a block of its own (blank line before and after)")
    book_refs = {r for p in CHAPTERS for s in _markdown(_notebook(p)) for r in EQ_REF.findall(s)}
    problems += [f"{label} is never referred to" for label in _labels()[path.name] if label not in book_refs]
    problems += [f"doubled parentheses: {m}" for m in re.findall(r"\(\{eq\}`[^`]+`\)", text)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.name[:2])
def test_every_glued_number_is_glued_once_and_formats(path):
    from myst_nb.core.variables import format_plain_text

    nb = _notebook(path)
    glued = _glued(nb)
    twice = [k for k, n in Counter(k for k, _ in glued).items() if n > 1]
    assert not twice, f"glued twice: {twice}"
    values = dict(glued)
    problems = []
    for ref in GLUE_REF.findall("\n".join(_markdown(nb) + _captions(nb))):
        if "::" in ref:                        # another chapter's glue: path::key
            other, _, ref = ref.partition("::")
            source = dict(_glued(_notebook((path.parent / other).with_suffix(".ipynb"))))
        else:
            source = values
        key, _, fmt = ref.partition(":")
        if key not in source:
            problems.append(f"{{glue:text}}`{ref}`: no cell glues {key!r}")
            continue
        try:
            format_plain_text(source[key], fmt)
        except (TypeError, ValueError) as exc:
            problems.append(f"{{glue:text}}`{ref}`: format {fmt!r} fails on {source[key]!r}: {exc}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.name[:2])
def test_glue_does_not_hide_a_cells_verdict(path):
    """A cell's last expression is what the reader sees under it. A glue() call placed after a
    cell's last claim swallows the claim's displayed verdict: glue goes before it."""
    import ast

    def call_name(stmt):
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
            f = stmt.value.func
            return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
        return None

    hidden = []
    code = [c for c in _notebook(path)["cells"] if c["cell_type"] == "code"]
    for k, cell in enumerate(code):
        source = "".join(cell["source"])
        body = ast.parse("\n".join("" if line.lstrip().startswith(("%", "!")) else line   # IPython magics
                                    for line in source.split("\n"))).body
        j = len(body) - 1
        while j >= 0 and call_name(body[j]) == "glue":
            j -= 1
        if j < len(body) - 1 and j >= 0 and call_name(body[j]) in ("record", "identity"):
            hidden.append(f"code cell {k}")
    assert not hidden, f"glue() after the last claim hides its verdict in {hidden}"
