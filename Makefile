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

DEMO_DB := data/demo.db

# With no token the bot runs its demo on data/demo.db (STANCEBOT_DEMO_DB), fresh each time.
run: $(STAMP)  ## the bot on the bundled demo news, in the terminal (no tokens needed)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	STANCEBOT_DEMO_DB=$(DEMO_DB) $(BIN)/stancebot run

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The storage tests run on SQLite and on a throwaway PostgreSQL server (installed from Debian's
# packages when missing and run as root); without one they are skipped, and the summary says so.
test: lint
	tests/with_postgres.sh $(BIN)/pytest -q

model: $(STAMP)  ## refit the reading model on the corpus's training portion
	$(BIN)/python -m training fit

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
