"""The analysis modules compiled to C (mypyc) for speed, and the guard that keeps stale ones out.

`make` compiles the modules listed here in place (`tools/compile.py`): each extension module
sits beside its source, and Python imports it first. A source changed after the build would be
shadowed by its old code, so the package uses the compiled modules only when every one is there
and newer than every source of the package; otherwise it reads them all as Python (the same
results, slower) until the next `make`. All or none: compiled modules call each other directly,
so a mix would hold two copies of a module.
"""

from __future__ import annotations

import importlib.machinery
import os
import sys
from collections.abc import Iterable
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# The reading's hot paths: compiled, a relevant item is read 10-19% faster. Left out:
# learned/linear.py (compiled, it would hold a new float for every weight it loads: 3 MB more at
# the peak, for scores that already sum in C). Compiled classes cannot be subclassed by Python
# ones: wrap them instead.
MODULES = (
    "about",
    "analyse",
    "carveouts",
    "conventions",
    "findings",
    "history",
    "language",
    "lexicon",
    "markers",
    "mentions",
    "name_index",
    "reading",
    "relevance",
    "subjects",
    "text",
    "traps",
    "learned/features",
    "learned/lexicon",
    "learned/model",
    "learned/observe",
)
_SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]  # this interpreter's: ".cpython-311-..."


def sources(package: Path = PACKAGE, modules: Iterable[str] = MODULES) -> list[Path]:
    return [package / f"{module}.py" for module in modules]


def fresh(package: Path = PACKAGE, modules: Iterable[str] = MODULES) -> bool:
    """Every listed module compiled, and after the last change to any source of the package."""
    built = [source.with_name(source.stem + _SUFFIX) for source in sources(package, modules)]
    if not all(path.exists() for path in built):
        return False
    oldest = min(path.stat().st_mtime for path in built)
    return all(source.stat().st_mtime <= oldest for source in package.rglob("*.py"))


def how_read() -> str:
    """For people: whether the analysis runs compiled, or from its sources."""
    if fresh():
        return "compiled to C (mypyc)"
    return "read as Python (slower; `make` compiles it, given a C compiler)"


def read_as_python(package_path: Iterable[str], modules: Iterable[str] = MODULES) -> None:
    """From now on, import the package's modules (and its subpackages') from their sources: each
    folder's finder is replaced by one without the extension-module loader."""
    loaders = [
        (importlib.machinery.SourceFileLoader, importlib.machinery.SOURCE_SUFFIXES),
        (importlib.machinery.SourcelessFileLoader, importlib.machinery.BYTECODE_SUFFIXES),
    ]
    subfolders = sorted({os.path.dirname(module) for module in modules})
    for root in package_path:
        for folder in (os.path.join(root, sub) if sub else root for sub in subfolders):
            sys.path_importer_cache[folder] = importlib.machinery.FileFinder(folder, *loaders)
