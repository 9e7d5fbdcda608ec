# glass-tls: two commands on a fresh machine with Python 3.11 and make.
#   make book   install everything into .venv/ and build the HTML book (_build/html/index.html)
#   make test   install everything into .venv/ and run every test (unit tests + nbval)
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Notebook kernels come from the virtual environment, never from a user-wide kernelspec.
export JUPYTER_PATH := $(CURDIR)/$(VENV)/share/jupyter
export PYTHONHASHSEED := 0
export PYDEVD_DISABLE_FILE_VALIDATION := 1
export MPLCONFIGDIR := $(CURDIR)/$(VENV)/mplconfig

.PHONY: all install book test unit nbval ledger execute clean distclean

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
	rm -rf _build/html
	$(BIN)/jupyter-book build . --warningiserror --nitpick --keep-going
	@test -f _build/html/index.html || { echo "error: _build/html/index.html was not built"; exit 1; }
	@echo "The book is at _build/html/index.html"

test: install
	$(BIN)/python -m pytest tests chapters --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg

unit: install
	$(BIN)/python -m pytest tests

nbval: install
	$(BIN)/python -m pytest chapters --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg

ledger: install
	$(BIN)/python -m glasslib.claims

# Re-execute every chapter in place (after a deliberate change), storing fresh outputs.
execute: install
	$(BIN)/jupyter nbconvert --to notebook --execute --inplace --ExecutePreprocessor.timeout=300 chapters/*.ipynb

clean:
	rm -rf _build

distclean: clean
	rm -rf $(VENV)
