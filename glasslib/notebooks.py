"""Executing the chapters: with parameters, reproducibly, and only when their inputs changed.

This is machinery, not physics. It serves three commands:

* ``make execute`` re-executes the committed chapters in place
  (:func:`execute`, streams coalesced and timing metadata dropped, so that re-executing an
  unchanged chapter leaves no diff);
* ``make book`` stages executed copies of the chapters in ``_build/executed`` and re-executes
  exactly those whose inputs changed (:func:`stage`): a chapter's *input hash* covers its own
  code cells, every file of ``glasslib/``, ``data/`` and the pinned ``requirements.txt``, so the
  book never shows an output that the current code would not compute;
* ``python -m glasslib rerun`` executes a copy of a chapter with new parameters
  (:func:`execute` with ``parameters``), papermill-style: a cell that sets them is inserted
  after the chapter's cell tagged ``parameters``.

The book's one executable page that is not a chapter, the ledger (``book/ledger.md``, a MyST
Markdown notebook), is executed by ``make book`` too (:func:`execute_page`), with the same kernel
manager, into an ``.ipynb`` that Sphinx reads as it is: Sphinx executes nothing.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Iterable, Mapping

__all__ = ["ROOT", "input_hash", "chapter_paths", "execute", "execute_page", "stale", "stage", "timings"]

#: The top of the checkout (glasslib is installed in editable mode).
ROOT = Path(__file__).resolve().parents[1]
#: Where a chapter records the hash of the inputs it was executed with.
HASH_KEY = "glass_tls_input_hash"


def chapter_paths(root: Path = ROOT) -> list[Path]:
    """The chapter notebooks, in book order."""
    return sorted((root / "chapters").glob("[0-9][0-9]-*.ipynb"))


def _code_of(notebook: Mapping[str, Any]) -> str:
    cells = [c for c in notebook["cells"] if c.get("cell_type") == "code"]
    return json.dumps([["".join(c.get("source", "")), c.get("metadata", {}).get("tags", [])] for c in cells])


def _shared_inputs(root: Path) -> Iterable[Path]:
    for folder in ("glasslib", "data"):
        yield from sorted(p for p in (root / folder).rglob("*")
                          if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")
    yield root / "requirements.txt"


def input_hash(notebook: Path | Mapping[str, Any], root: Path = ROOT) -> str:
    """SHA-256 of what a chapter's outputs depend on: its code cells (and their tags), every
    file of ``glasslib/`` and ``data/``, and ``requirements.txt``. Markdown cells and stored
    outputs do not enter, so editing prose does not force a re-execution."""
    nb = json.loads(Path(notebook).read_text(encoding="utf-8")) if isinstance(notebook, (str, Path)) else notebook
    h = hashlib.sha256(_code_of(nb).encode())
    for path in _shared_inputs(root):
        if path.is_file():
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def _coalesce_streams(nb) -> None:
    """Merge consecutive stream outputs of one name, as a reader sees them (the kernel may split
    one print into several chunks differently from run to run)."""
    for cell in nb.cells:
        if cell.get("cell_type") != "code":
            continue
        merged = []
        for out in cell.get("outputs", []):
            if (merged and out.get("output_type") == "stream" and merged[-1].get("output_type") == "stream"
                    and merged[-1].get("name") == out.get("name")):
                merged[-1]["text"] = "".join(merged[-1]["text"]) + "".join(out["text"])
            else:
                merged.append(out)
        cell["outputs"] = merged
        cell.get("metadata", {}).pop("execution", None)


def _inject_parameters(nb, parameters: Mapping[str, Any]) -> None:
    import nbformat

    tagged = [i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", [])]
    if not tagged:
        raise ValueError("the chapter has no cell tagged 'parameters' to override")
    source = "# Parameters injected by glasslib.notebooks.execute\n" + "\n".join(
        f"{k} = {v!r}" for k, v in parameters.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    nb.cells.insert(tagged[0] + 1, cell)


def _ipc_kernel_manager(sockets: Path) -> type:
    """A kernel manager that talks to its kernel over Unix sockets in ``sockets``, not over TCP
    on localhost (where ipykernel warns, rightly, that the traffic is unencrypted)."""
    from jupyter_client.manager import KernelManager

    class IPCKernelManager(KernelManager):
        def __init__(self, **kwargs):
            kwargs.setdefault("transport", "ipc")
            kwargs.setdefault("ip", str(sockets / "kernel"))
            super().__init__(**kwargs)

    return IPCKernelManager


def _run(nb, folder: Path, timeout: int) -> float:
    """Execute ``nb`` in place with the project's kernel, running in ``folder`` and reached over
    Unix sockets; coalesce its streams. Returns the execution time in seconds."""
    from nbclient import NotebookClient

    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="glass-tls-kernel-") as sockets:
        NotebookClient(nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(folder)}},
                       record_timing=False, kernel_manager_class=_ipc_kernel_manager(Path(sockets))).execute()
    seconds = time.perf_counter() - start
    _coalesce_streams(nb)
    return seconds


def execute(path: Path, out_path: Path | None = None, *, parameters: Mapping[str, Any] | None = None,
            timeout: int = 300, root: Path = ROOT) -> float:
    """Execute a chapter with the project's kernel and write it (in place by default).

    Parameters
    ----------
    path : Path
        The notebook.
    out_path : Path, optional
        Where to write the executed notebook (default: ``path`` itself).
    parameters : mapping, optional
        Values that override the chapter's ``parameters`` cell (for a rerun).
    timeout : int
        Seconds allowed per cell.

    Returns
    -------
    float
        The execution time in seconds.

    Raises
    ------
    nbclient.exceptions.CellExecutionError
        If a cell raises; the message names the cell.
    """
    import nbformat

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    digest = input_hash(nb, root)
    if parameters:
        _inject_parameters(nb, parameters)
    seconds = _run(nb, path.parent, timeout)
    if not parameters:
        nb.metadata[HASH_KEY] = digest
    target = Path(out_path) if out_path else path
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)
    return seconds


def execute_page(source: Path, out_path: Path, *, timeout: int = 300) -> float:
    """Execute a MyST Markdown notebook (a book page with ``{code-cell}`` blocks) into an ``.ipynb``.

    The kernel runs in the page's folder, with this process's environment (the ledger page
    reads the executed chapters from ``GLASS_TLS_CHAPTERS``), and talks to it over Unix sockets
    like the chapters' kernels.

    Parameters
    ----------
    source : Path
        The ``.md`` page (its front matter names the kernel).
    out_path : Path
        The executed notebook to write; Sphinx reads it in place of the page.
    timeout : int
        Seconds allowed per cell.

    Returns
    -------
    float
        The execution time in seconds.

    Raises
    ------
    nbclient.exceptions.CellExecutionError
        If a cell raises; the message names the cell.
    """
    import nbformat
    from myst_nb.core.read import read_myst_markdown_notebook

    source = Path(source)
    nb = read_myst_markdown_notebook(source.read_text(encoding="utf-8"), path=source)
    seconds = _run(nb, source.parent, timeout)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out_path)
    return seconds


def _refresh_prose(source: Path, copy: Path) -> None:
    """Give an up-to-date executed copy the source's current markdown and cell metadata.

    The input hash leaves out prose and captions (editing them need not re-execute), so the
    copy takes every cell from the source and only the outputs of its code cells, which are
    the same code in the same order, from the execution it records."""
    src = json.loads(source.read_text(encoding="utf-8"))
    old = json.loads(copy.read_text(encoding="utf-8"))
    ran = [c for c in old["cells"] if c.get("cell_type") == "code"]
    code = [c for c in src["cells"] if c.get("cell_type") == "code"]
    if len(ran) != len(code):                     # cannot happen when the hashes agree; be safe
        raise RuntimeError(f"{copy}: executed copy does not match {source.name}")
    for new, done in zip(code, ran):
        new["outputs"], new["execution_count"] = done.get("outputs", []), done.get("execution_count")
    src["metadata"] = {**src.get("metadata", {}), HASH_KEY: old["metadata"][HASH_KEY]}
    text = json.dumps(src, indent=1, ensure_ascii=False) + "\n"
    if text != copy.read_text(encoding="utf-8"):
        copy.write_text(text, encoding="utf-8")


def stale(dest: Path, root: Path = ROOT) -> list[Path]:
    """The chapters whose executed copy in ``dest`` is missing or was executed with other inputs."""
    out = []
    for chapter in chapter_paths(root):
        copy = Path(dest) / chapter.name
        if not copy.is_file():
            out.append(chapter)
            continue
        recorded = json.loads(copy.read_text(encoding="utf-8")).get("metadata", {}).get(HASH_KEY)
        if recorded != input_hash(chapter, root):
            out.append(chapter)
    return out


def stage(dest: Path, *, jobs: int = 2, root: Path = ROOT, log=print,
          execute_all: bool = False) -> dict[str, float]:
    """Bring ``dest`` up to date: execute (in parallel) exactly the chapters that are stale.

    A stale chapter whose committed notebook records the hash of the current inputs (its code,
    glasslib, data, requirements) is copied instead: its stored outputs are what these inputs
    compute (and `make test` re-executes and compares them). So a fresh clone builds without
    executing anything, and any change to an input re-executes the chapters it reaches.
    ``execute_all=True`` (``make book FRESH=1``) executes every chapter on this machine,
    whatever ``dest`` and the committed notebooks hold.

    Returns
    -------
    dict
        ``{chapter file name: seconds}`` for the chapters executed now.
    """
    dest = Path(dest)
    todo = list(chapter_paths(root)) if execute_all else []
    for chapter in [] if execute_all else stale(dest, root):
        committed = json.loads(chapter.read_text(encoding="utf-8"))
        if committed.get("metadata", {}).get(HASH_KEY) == input_hash(committed, root):   # made with these inputs
            dest.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(chapter, dest / chapter.name)
            log(f"committed   {chapter.name} (executed with the current inputs)")
        else:
            todo.append(chapter)
    for chapter in chapter_paths(root):
        if chapter not in todo:
            _refresh_prose(chapter, dest / chapter.name)
            log(f"up to date  {chapter.name}")
    for old in dest.glob("*.ipynb") if dest.is_dir() else []:
        if not (root / "chapters" / old.name).is_file():
            old.unlink()                                   # a chapter that no longer exists

    failed: dict[str, str] = {}

    def run(chapter: Path) -> tuple[str, float]:
        try:
            seconds = execute(chapter, dest / chapter.name, root=root)
        except Exception as exc:                          # report every failing chapter, not the first
            (dest / chapter.name).unlink(missing_ok=True)
            failed[chapter.name] = str(exc).strip().splitlines()[-1] if str(exc).strip() else repr(exc)
            log(f"FAILED      {chapter.name}: {failed[chapter.name]}")
            return chapter.name, float("nan")
        log(f"executed    {chapter.name} in {seconds:.1f} s")
        return chapter.name, seconds

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        done = dict(pool.map(run, todo))
    if failed:
        raise RuntimeError("chapters that failed to execute: " + "; ".join(f"{k}: {v}" for k, v in failed.items()))
    return done


def timings(root: Path = ROOT, log=print) -> dict[str, float]:
    """Measure, in one run: each chapter's execution time (alone, into a scratch folder), the
    ledger command, ``make test``, and ``make book`` cold (a fresh ``_build``: chapters whose committed
    notebooks record the current inputs are copied, the others executed), warm (nothing
    changed) and with every chapter executed (``FRESH=1``, what a change to glasslib costs).
    Prints a table and returns ``{what: seconds}``. This is what ``make timings`` runs; speed
    is reported, never asserted by a test."""
    import shutil
    import subprocess
    import sys
    import tempfile

    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for chapter in chapter_paths(root):
            out[f"execute {chapter.stem}"] = execute(chapter, Path(scratch) / chapter.name, root=root)
            log(f"{out[f'execute {chapter.stem}']:8.1f} s  execute {chapter.name}")

    def timed(label: str, cmd: list[str]) -> None:
        start = time.perf_counter()
        done = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
        out[label] = time.perf_counter() - start
        status = "" if done.returncode == 0 else f"  (exit {done.returncode})"
        log(f"{out[label]:8.1f} s  {label}{status}")

    timed("python -m glasslib.claims", [sys.executable, "-m", "glasslib.claims"])
    timed("make test", ["make", "test"])
    shutil.rmtree(root / "_build", ignore_errors=True)
    timed("make book (cold: a fresh _build)", ["make", "book"])
    timed("make book (warm, nothing changed)", ["make", "book"])
    timed("make book FRESH=1 (every chapter executed, as after a change to glasslib)", ["make", "book", "FRESH=1"])
    return out


def _main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m glasslib.notebooks",
                                     description="Execute the glass-tls chapters.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_stage = sub.add_parser("stage", help="execute into DEST the chapters whose inputs changed")
    p_stage.add_argument("dest", type=Path)
    p_stage.add_argument("--jobs", type=int, default=2)
    p_stage.add_argument("--all", action="store_true", dest="execute_all",
                         help="execute every chapter, even those up to date or committed with the current inputs")
    p_page = sub.add_parser("page", help="execute a MyST Markdown page (the ledger) into an .ipynb")
    p_page.add_argument("source", type=Path)
    p_page.add_argument("out", type=Path)
    p_exec = sub.add_parser("execute", help="re-execute chapters in place")
    p_exec.add_argument("paths", nargs="+", type=Path)
    sub.add_parser("timings", help="time every chapter, the ledger, make test and make book (cold, warm, FRESH=1)")
    args = parser.parse_args(argv)
    if args.command == "timings":
        timings()
    elif args.command == "stage":
        try:
            stage(args.dest, jobs=args.jobs, log=lambda m: print(m, flush=True), execute_all=args.execute_all)
        except RuntimeError as exc:
            print(f"error: {exc}", flush=True)
            return 1
    elif args.command == "page":
        print(f"executed    {args.source} in {execute_page(args.source, args.out):.1f} s", flush=True)
    else:
        for path in args.paths:
            print(f"executed    {path.name} in {execute(path):.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
