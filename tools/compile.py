"""Compiles the analysis's hot modules to C with mypyc, in place (`make` runs it).

    .venv/bin/python tools/compile.py          # build (needs a C compiler)
    .venv/bin/python tools/compile.py --clean  # remove the extension modules: all Python again

The list is `MODULES` in bot/core/analysis/compiled.py; the package uses the result only while
it is newer than every source of the analysis (see that module). Without a C compiler the build
fails and the bot reads the same modules as Python.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
from pathlib import Path
from types import ModuleType

from mypyc.build import mypycify
from setuptools import setup

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "mypyc"


def compiled_module() -> ModuleType:
    """bot/core/analysis/compiled.py alone: importing the package would load the old build."""
    spec = importlib.util.spec_from_file_location(
        "compiled", ROOT / "bot" / "core" / "analysis" / "compiled.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def clean(package: Path) -> None:
    for built in [*package.rglob("*.so"), *package.rglob("*.pyd"), *ROOT.glob("*__mypyc*")]:
        built.unlink()
    shutil.rmtree(BUILD, ignore_errors=True)


def build(sources: list[Path]) -> None:
    os.chdir(ROOT)  # the extension modules land beside their sources, named from ROOT
    extensions = mypycify(
        [str(source.relative_to(ROOT)) for source in sources],
        opt_level="3",
        target_dir=str(BUILD),
    )
    setup(
        name="stancebot-compiled",
        packages=[],  # pip installs the project; this only builds the extension modules
        ext_modules=extensions,
        script_args=["--quiet", "build_ext", "--inplace", "--build-temp", str(BUILD / "temp")],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="only remove the compiled modules")
    compiled = compiled_module()
    clean(compiled.PACKAGE)
    if not parser.parse_args().clean:
        build(compiled.sources())


if __name__ == "__main__":
    main()
