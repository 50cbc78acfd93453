"""The data files are read once per content in a process, and read afresh when they change."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.catalog import load_catalog
from tests.conftest import CONFIG


def test_a_catalog_is_built_once_per_content_of_its_files(tmp_path: Path) -> None:
    config = tmp_path / "config"
    shutil.copytree(CONFIG, config)
    countries, stances = config / "countries.toml", config / "stances.toml"

    first = load_catalog(countries, stances, None)
    again = load_catalog(countries, stances, None)
    stances.write_text(stances.read_text("utf-8") + "\n# edited\n", "utf-8")
    edited = load_catalog(countries, stances, None)

    assert (True, False) == (again is first, edited is first)
