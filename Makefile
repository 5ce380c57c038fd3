# Two commands set everything up on a fresh machine with Python >= 3.11:
#   make demo   creates .venv, installs kg, loads the seed graph and answers example questions
#   make test   creates .venv, installs kg with its test tools (and Debian's chromium for the
#               browser tests and Virtuoso for the second SPARQL server, when it may), runs the
#               whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.kg-installed

.PHONY: demo test test-time bench install chromium virtuoso clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/kg demo

test: $(STAMP) chromium virtuoso
	$(BIN)/python -m pytest

# The browser tests drive Debian's chromium. Install it when it is missing and this user
# may (root, or sudo without a password); otherwise those tests skip and say why.
chromium:
	@command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || { \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; \
	  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; \
	  else echo "chromium is missing and cannot be installed here: browser tests will skip"; exit 0; fi; \
	  command -v apt-get >/dev/null 2>&1 || { echo "no apt-get: install chromium yourself for the browser tests"; exit 0; }; \
	  echo "installing chromium for the browser tests"; \
	  $$sudo apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $$sudo apt-get update -q >/dev/null 2>&1 && $$sudo apt-get install -y -q chromium >/dev/null 2>&1; } || \
	  echo "could not install chromium: browser tests will skip"; }

# The remote-store tests also run against Virtuoso 7 (Debian's virtuoso-opensource-7-bin),
# started by a pytest fixture. Installed as chromium is; otherwise those tests skip.
virtuoso:
	@command -v virtuoso-t >/dev/null 2>&1 || [ -x /usr/bin/virtuoso-t ] || { \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; \
	  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; \
	  else echo "virtuoso-t is missing and cannot be installed here: Virtuoso tests will skip"; exit 0; fi; \
	  command -v apt-get >/dev/null 2>&1 || { echo "no apt-get: install virtuoso-opensource-7-bin yourself for the Virtuoso tests"; exit 0; }; \
	  echo "installing virtuoso-opensource-7-bin for the Virtuoso tests"; \
	  $$sudo apt-get install -y -q virtuoso-opensource-7-bin >/dev/null 2>&1 || \
	  { $$sudo apt-get update -q >/dev/null 2>&1 && $$sudo apt-get install -y -q virtuoso-opensource-7-bin >/dev/null 2>&1; } || \
	  echo "could not install virtuoso-opensource-7-bin: Virtuoso tests will skip"; }

# The suite's time, to compare before and after a change: wall and processor seconds (the
# tests and every process they start, the lanes a stopped server leaves behind included)
# and the 25 slowest tests. On a busy machine the processor time is the steadier figure.
test-time: $(STAMP)
	$(BIN)/python tests/suite_time.py $(TESTS)

bench: $(STAMP)
	$(BIN)/python -m pytest tests/benchmarks -p no:cacheprovider -s -q

clean:
	rm -rf $(VENV) kg-store .pytest_cache build dist
