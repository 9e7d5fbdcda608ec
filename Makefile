# glass-tls: two commands on a fresh machine with Python 3.11 and make.
#   make book   install everything into .venv/ and build the HTML book (_build/html/index.html)
#   make test   install everything into .venv/ and run every test (unit tests + nbval)
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Line + branch coverage of glasslib by the unit tests that `make test` requires: every public
# function is exercised by a unit test with a known value (measured 95 % when this was set).
COVERAGE_MIN ?= 90

# Notebook kernels come from the virtual environment, never from a user-wide kernelspec.
export JUPYTER_PATH := $(CURDIR)/$(VENV)/share/jupyter
export PYTHONHASHSEED := 0
export PYDEVD_DISABLE_FILE_VALIDATION := 1
export MPLCONFIGDIR := $(CURDIR)/$(VENV)/mplconfig
# Cache bytecode even where the environment asks Python not to (PYTHONDONTWRITEBYTECODE=1 on some CI
# images): otherwise every kernel recompiles glasslib and every pytest worker re-rewrites the test
# files' asserts, a few seconds of each `make test`. The caches are __pycache__/, ignored by git.
export PYTHONDONTWRITEBYTECODE :=

.PHONY: all install book test unit nbval ledger execute lab pdf browser-test timings clean distclean

all: test book

install: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (glass-tls needs Python 3.11; set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (glass-tls)" >/dev/null
	@# Build Matplotlib's font cache once here, so that no notebook prints it to stderr.
	$(BIN)/python -c "import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot"
	touch $(STAMP)

book: install
	@# 1. executed copies of the chapters, re-executing only those whose inputs changed
	@#    (FRESH=1: execute every chapter here, even those committed with the current inputs)
	$(BIN)/python -m glasslib.notebooks stage _build/executed --jobs 2 $(if $(FRESH),--all)
	@# 2. the ledger page, executed here like the chapters (it reads the claims of those copies);
	@#    rewritten on every build, so Sphinx re-reads it
	GLASS_TLS_CHAPTERS=$(CURDIR)/_build/executed $(BIN)/python -m glasslib.notebooks page book/ledger.md _build/pages/ledger.ipynb
	@# 3. a source tree whose chapters and ledger page are those executed copies (the committed
	@#    notebooks are never touched); Sphinx executes nothing
	rm -rf _build/src && mkdir -p _build/src/book
	for f in book/*; do ln -s ../../../$$f _build/src/$$f; done
	ln -s ../../pages/ledger.ipynb _build/src/book/ledger.ipynb && ln -s ../executed _build/src/chapters
	cp _config.yml _toc.yml _build/src/
	$(BIN)/jupyter-book build _build/src --path-output . --warningiserror --nitpick --keep-going
	@test -f _build/html/index.html || { echo "error: _build/html/index.html was not built"; exit 1; }
	@echo "The book is at _build/html/index.html"

# The unit tests and nbval over every chapter, on both cores (--dist loadfile keeps each notebook on
# one worker, in order), with line and branch coverage of glasslib by the unit tests. The files are
# handed out longest first (tests/conftest.py orders them; --no-loadscope-reorder keeps that order).
test: install
	$(BIN)/python -m pytest -n 2 --dist loadfile --no-loadscope-reorder -m "not browser" tests chapters --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg \
		--cov=glasslib --cov-branch --cov-report=term:skip-covered --cov-fail-under=$(COVERAGE_MIN)

unit: install
	$(BIN)/python -m pytest -m "not browser" tests

nbval: install
	$(BIN)/python -m pytest chapters --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg

ledger: install
	$(BIN)/python -m glasslib.claims

# Re-execute every chapter in place (after a deliberate change), storing fresh outputs. Streams are
# coalesced and timings dropped, so re-executing an unchanged chapter leaves no diff.
execute: install
	$(BIN)/python -m glasslib.notebooks execute chapters/[0-9]*.ipynb

# Every page of the built book in headless Chromium (Debian's, installed when absent), served on
# 127.0.0.1: math typeset, no raw TeX, images with alt text, links resolve, no JS error, no request
# off the loopback address. Run after `make book`.
browser-test: install
	@test -f _build/html/index.html || { echo "error: run make book first"; exit 1; }
	bash tests/browser/install_chromium.sh
	$(BIN)/python -m pytest tests/browser -m browser -p no:xdist -q

# The chapters in JupyterLab, with the project's kernel.
lab: install
	$(BIN)/jupyter lab --notebook-dir=. chapters/01-standard-tunnelling-model.ipynb

# The whole book as one PDF through Jupyter Book's LaTeX builder (TeX Live from Debian when absent).
pdf: book
	@command -v latexmk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		latexmk texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended texlive-xetex \
		fonts-freefont-otf tex-gyre; }
	$(BIN)/jupyter-book build _build/src --path-output . --builder pdflatex
	@ls -l _build/latex/*.pdf

# Each chapter's execution time, make test, make book cold and warm, and the ledger command, in one run.
timings: install
	$(BIN)/python -m glasslib.notebooks timings

clean:
	rm -rf _build

distclean: clean
	rm -rf $(VENV)
