"""The variables the bot reads: the process environment over a `.env` file's values.

The file is `.env` in the working folder, or the one STANCEBOT_ENV_FILE names (empty: none).
A variable set in the environment always wins over the file's line for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from dotenv import dotenv_values

from bot.core.errors import ConfigError

ENV_FILE_VARIABLE = "STANCEBOT_ENV_FILE"
DEFAULT_ENV_FILE = ".env"


def read_environment(process: Mapping[str, str]) -> tuple[dict[str, str], Path | None]:
    """The merged variables, and the file read (None when there was none to read)."""
    named = process.get(ENV_FILE_VARIABLE)
    path = Path(named if named is not None else DEFAULT_ENV_FILE)
    if named == "" or (named is None and not path.is_file()):
        return dict(process), None
    if not path.is_file():
        raise ConfigError(f"{ENV_FILE_VARIABLE} names no file:", [f"{path} does not exist"])
    try:
        found = dotenv_values(path, interpolate=False)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} cannot be read:", [str(exc)]) from exc
    values = {key: value for key, value in found.items() if value is not None}
    return {**values, **process}, path
