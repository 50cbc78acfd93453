"""The compiled analysis: used only while it is fresher than every source, read as Python
otherwise, and reading real news exactly as the Python modules do."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.core.analysis import compiled

ROOT = Path(__file__).resolve().parents[3]

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
BUILT, EDITED = 2_000_000_000, 2_000_000_100  # modification times, in seconds


def touch(path: Path, when: float, text: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    os.utime(path, (when, when))


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """Sources a.py, sub/b.py and c.py, with a and sub/b compiled after all three were written."""
    folder = tmp_path / "pkg"
    for name in ("a", "sub/b", "c"):
        touch(folder / f"{name}.py", BUILT - 100)
    for name in ("a", "sub/b"):
        touch(folder / f"{name}{SUFFIX}", BUILT)
    return folder


def test_modules_compiled_after_every_source_are_fresh(package: Path) -> None:
    assert compiled.fresh(package, ["a", "sub/b"])


def test_any_source_changed_after_the_build_makes_it_stale(package: Path) -> None:
    touch(package / "c.py", EDITED)  # not compiled itself: the others may depend on it
    assert not compiled.fresh(package, ["a", "sub/b"])


def test_a_listed_module_without_its_build_makes_it_stale(package: Path) -> None:
    (package / f"sub/b{SUFFIX}").unlink()
    assert not compiled.fresh(package, ["a", "sub/b"])


@pytest.fixture
def stale_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An importable package whose module `m` has a broken extension module beside its source."""
    folder = tmp_path / "stalepkg"
    touch(folder / "__init__.py", BUILT)
    touch(folder / "m.py", BUILT, "WHERE = 'source'\n")
    touch(folder / f"m{SUFFIX}", BUILT, "not a shared library")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield folder
    for name in ("stalepkg", "stalepkg.m"):
        sys.modules.pop(name, None)
    sys.path_importer_cache.pop(str(folder), None)


def test_an_extension_module_comes_before_its_source(stale_package: Path) -> None:
    with pytest.raises(ImportError):
        importlib.import_module("stalepkg.m")


def test_modules_read_as_python_come_from_their_sources(stale_package: Path) -> None:
    compiled.read_as_python([str(stale_package)], ["m"])
    assert "source" == importlib.import_module("stalepkg.m").WHERE


# Reads every corpus item with the shipped analyser and prints each analysis, one per line;
# with "python", the package is told to skip its extension modules before it is imported.
READ_THE_CORPUS = """
import importlib.util, sys
if sys.argv[1] == "python":
    from tools.compile import compiled_module
    where = importlib.util.find_spec("bot.core.analysis").submodule_search_locations
    compiled_module().read_as_python(where)
from bench.bench_analysis_quality import shipped_analyser
from bot.core.analysis import text
from training import corpus
from training.dataset import item_of
analyser = shipped_analyser()
print(text.__file__)
for example in corpus.load():
    print(example.id, repr(analyser.analyse(item_of(example))))
"""


def read_the_corpus(how: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", READ_THE_CORPUS, how],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.splitlines()


@pytest.mark.skipif(not compiled.fresh(), reason="the analysis is not compiled here (`make` is)")
def test_the_compiled_analysis_reads_real_news_as_the_python_one_does() -> None:
    as_compiled, as_python = read_the_corpus("compiled"), read_the_corpus("python")
    assert (SUFFIX, ".py") == (
        Path(as_compiled[0]).name.removeprefix("text"),
        Path(as_python[0]).suffix,
    )
    assert len(as_python) > 8000
    assert as_python[1:] == as_compiled[1:]
