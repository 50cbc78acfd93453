# Every target creates .venv and installs what it needs, so each works on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench model clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The analysis's hot modules compiled to C (mypyc), again whenever a source of the analysis
# changes. Without a C compiler the build fails and the bot reads them as Python: the same
# results, slower (bot/core/analysis/compiled.py).
COMPILED := $(VENV)/.compiled
ANALYSIS := $(shell find bot/core/analysis -name '*.py')

$(COMPILED): $(STAMP) $(ANALYSIS) tools/compile.py
	$(BIN)/python tools/compile.py \
		|| echo "stancebot: the analysis could not be compiled; it runs as Python (slower)"
	touch $@

DEMO_DB := data/demo.db

# With no token the bot runs its demo on data/demo.db (STANCEBOT_DEMO_DB), fresh each time.
run: $(COMPILED)  ## the bot on the bundled demo news, in the terminal (no tokens needed)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	STANCEBOT_DEMO_DB=$(DEMO_DB) $(BIN)/stancebot run

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The storage tests run on SQLite and on a throwaway PostgreSQL server (installed from Debian's
# packages when missing and run as root); without one they are skipped, and the summary says so.
test: lint $(COMPILED)
	tests/with_postgres.sh $(BIN)/pytest -q

model: $(COMPILED)  ## refit the reading model on the corpus's training portion
	$(BIN)/python -m training fit

bench: $(COMPILED)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	find bot -name '*.so' -delete
	rm -rf *__mypyc*.so build/mypyc $(VENV) .mypy_cache .ruff_cache .pytest_cache
