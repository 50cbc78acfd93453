"""The README's "Project structure" names every module of the bot's top level and of render/."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def structure_section() -> str:
    readme = (ROOT / "README.md").read_text("utf-8")
    found = re.search(r"^## Project structure\n(.*?)^```\n(.*?)^```", readme, re.M | re.S)
    assert found is not None, "README.md has no 'Project structure' section with a tree"
    return found.group(2)


def modules_and_packages(folder: Path) -> set[str]:
    modules = {p.name for p in folder.glob("*.py") if p.name != "__init__.py"}
    packages = {f"{p.name}/" for p in folder.iterdir() if (p / "__init__.py").exists()}
    return modules | packages


def test_the_structure_names_every_top_level_module_and_package_of_the_bot() -> None:
    named = set(re.findall(r"[\w]+\.py|[\w]+/", structure_section()))
    assert set() == modules_and_packages(ROOT / "bot") - named


def test_the_structure_names_every_module_of_render() -> None:
    named = set(re.findall(r"[\w]+\.py", structure_section()))
    assert set() == modules_and_packages(ROOT / "bot" / "render") - named
