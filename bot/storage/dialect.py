"""The stores' and migrations' SQL, written once in SQLite's dialect, said in PostgreSQL's.

A small, explicit translation of the text, rule by rule, cached per statement:

- parameters: `?`, `?NNN` and `:name` become `$n` (a dict of named values becomes a list);
- `x IN (SELECT value FROM json_each(?))` becomes `x = ANY($n)` (`NOT IN`: `<> ALL($n)`), and the
  JSON list passed for it becomes an array;
- `json_each(t.column) alias` (a JSON array of row ids kept in a column) becomes a set of bigints;
- `INSERT OR IGNORE` becomes `ON CONFLICT DO NOTHING`; two-argument `max`/`min`, `greatest`/`least`;
- `GLOB 'pattern'` becomes a regular expression match;
- an `INSERT` into a table with an `id` column returns it (`cursor.lastrowid`);
- in migrations: `INTEGER PRIMARY KEY` becomes an identity column, `REAL` double precision,
  `STRICT`/`WITHOUT ROWID` go, `date()`/`time()` and `json_valid()`/`json_type()` in checks call
  the functions of `COMPATIBILITY`, and a trigger's body becomes a trigger function.

A statement no rule carries gives its PostgreSQL text beside its SQLite text with `both()`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot.storage.sql import Params

_VARIANTS: dict[str, str] = {}


def both(*, sqlite: str, postgres: str) -> str:
    """The SQLite text, used as is on SQLite; on PostgreSQL `postgres` (still with `?`s)."""
    _VARIANTS[sqlite] = postgres
    return sqlite


# SQLite's functions that the migrations' CHECK constraints (and `iif`) call, on PostgreSQL. They
# answer NULL or false for bad input where the plain cast would raise, so a check fails cleanly.
COMPATIBILITY = """
CREATE OR REPLACE FUNCTION json_valid(doc text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN PERFORM doc::jsonb; RETURN true; EXCEPTION WHEN others THEN RETURN false; END $$;
CREATE OR REPLACE FUNCTION json_type(doc text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN RETURN jsonb_typeof(doc::jsonb); EXCEPTION WHEN others THEN RETURN NULL; END $$;
CREATE OR REPLACE FUNCTION sqlite_date(day text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN RETURN to_char(day::date, 'YYYY-MM-DD'); EXCEPTION WHEN others THEN RETURN NULL; END $$;
CREATE OR REPLACE FUNCTION sqlite_time(moment text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN RETURN to_char(moment::time, 'HH24:MI:SS'); EXCEPTION WHEN others THEN RETURN NULL; END $$;
CREATE OR REPLACE FUNCTION iif(test boolean, yes text, no text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN test THEN yes ELSE no END $$;
CREATE OR REPLACE FUNCTION iif(test boolean, yes integer, no integer) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN test THEN yes ELSE no END $$;
"""


@dataclass(frozen=True)
class Translated:
    sql: str
    names: tuple[str, ...]  # the named parameters, in $n order (none: positional)
    lists: frozenset[int]  # positions (from 0) whose JSON list is passed as an array
    returns_rows: bool
    returns_id: bool
    count: int  # how many parameters it takes

    def arguments(self, params: Params) -> list[Any]:
        values = [params[name] for name in self.names] if isinstance(params, dict) else [*params]
        for position in self.lists:
            values[position] = json.loads(values[position])
        return values


_TOKENS = re.compile(r"'(?:[^']|'')*'|--[^\n]*|[^'-]+|-")
_PARAMETER = re.compile(r"\?(\d*)|(?<![:\w]):([A-Za-z_]\w*)")
_ID_TABLE = re.compile(r"CREATE TABLE (\w+) \(\s*id\s+INTEGER PRIMARY KEY", re.IGNORECASE)
_INSERT_INTO = re.compile(r"^\s*INSERT\s+(?:OR\s+IGNORE\s+)?INTO\s+(\w+)", re.IGNORECASE)


@lru_cache(maxsize=2048)
def translate(sql: str, *, returning_id: bool = True) -> Translated:
    """One statement of the stores (not a migration)."""
    text, names, count = _parameters(_VARIANTS.get(sql, sql))
    lists: set[int] = set()

    def as_array(match: re.Match[str]) -> str:
        lists.add(int(match.group(2)) - 1)
        return ("<> ALL" if match.group(1) else "= ANY") + f"(${match.group(2)})"

    text = re.sub(
        r"\b(NOT\s+)?IN\s*\(\s*SELECT\s+value\s+FROM\s+json_each\(\$(\d+)\)\s*\)",
        as_array,
        text,
        flags=re.IGNORECASE,
    )
    text = _common(text).strip().rstrip(";")
    if re.match(r"\s*INSERT\s+OR\s+IGNORE\s", text, re.IGNORECASE):
        text = re.sub(r"INSERT\s+OR\s+IGNORE", "INSERT", text, count=1, flags=re.IGNORECASE)
        text += " ON CONFLICT DO NOTHING"
    insert = _INSERT_INTO.match(sql)
    returns_id = bool(
        returning_id and insert and insert.group(1) in id_tables() and "RETURNING" not in text
    )
    if returns_id:
        text += " RETURNING id"
    rows = returns_id or bool(re.match(r"\s*(SELECT|WITH)\b", text, re.IGNORECASE))
    returning = rows or "RETURNING" in text
    return Translated(text, names, frozenset(lists), returning, returns_id, count)


def translate_script(sql: str) -> str:
    """A migration: several statements, tables and triggers."""
    text, _, _ = _parameters(sql)
    text = _common(text)
    text = re.sub(
        r"\bINTEGER PRIMARY KEY\b", "INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", text
    )
    text = re.sub(r"\)\s*STRICT(?:\s*,\s*WITHOUT ROWID)?\s*;", ");", text)
    text = re.sub(r"\bREAL\b", "DOUBLE PRECISION", text)
    text = re.sub(r"\b(date|time)\(", r"sqlite_\1(", text)
    return _TRIGGER.sub(_trigger, text)


_TRIGGER = re.compile(
    r"CREATE TRIGGER (\w+) AFTER (INSERT|UPDATE|DELETE) ON (\w+)\s+BEGIN\s+(.*?;)\s*END;",
    re.IGNORECASE | re.DOTALL,
)


def _trigger(match: re.Match[str]) -> str:
    name, when, table, body = match.groups()
    return (
        f"CREATE FUNCTION {name}_fired() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN {body} RETURN NULL; END $$;\n"
        f"CREATE TRIGGER {name} AFTER {when} ON {table}\n"
        f"FOR EACH ROW EXECUTE FUNCTION {name}_fired();"
    )


def _common(text: str) -> str:
    text = re.sub(
        r"\bjson_each\((\w+\.\w+)\)\s+(\w+)",
        r"LATERAL (SELECT CAST(value AS bigint) AS value"
        r" FROM jsonb_array_elements_text(CAST(\1 AS jsonb))) AS \2",
        text,
    )
    text = re.sub(r"\bmax\(([^(),]+),([^(),]+)\)", r"greatest(\1,\2)", text)
    text = re.sub(r"\bmin\(([^(),]+),([^(),]+)\)", r"least(\1,\2)", text)
    return re.sub(r"([\w.]+)\s+GLOB\s+'([^']*)'", _glob, text)


def _glob(match: re.Match[str]) -> str:
    pattern, bracket = "", False
    for c in match.group(2):
        bracket = (bracket or c == "[") and c != "]"
        if c in "[]" or bracket:
            pattern += c
        else:
            pattern += ".*" if c == "*" else "." if c == "?" else re.escape(c)
    return f"{match.group(1)} ~ '^{pattern}$'"


def _parameters(sql: str) -> tuple[str, tuple[str, ...], int]:
    """`?`, `?NNN` and `:name` as `$n`, outside quotes; comments dropped."""
    names: list[str] = []
    highest = 0

    def number(match: re.Match[str]) -> str:
        nonlocal highest
        if match.group(2):
            if match.group(2) not in names:
                names.append(match.group(2))
            index = names.index(match.group(2)) + 1
        else:
            index = int(match.group(1)) if match.group(1) else highest + 1
        highest = max(highest, index)
        return f"${index}"

    pieces = []
    for token in _TOKENS.findall(sql):
        if token.startswith("--"):
            continue
        pieces.append(token if token.startswith("'") else _PARAMETER.sub(number, token))
    return "".join(pieces), tuple(names), highest


@lru_cache(maxsize=1)
def id_tables() -> frozenset[str]:
    """The tables whose rows have an `id` (an INSERT into them returns it)."""
    from bot.storage.migrations import load_migrations  # noqa: PLC0415 (avoids a cycle)

    return frozenset(
        name for migration in load_migrations() for name in _ID_TABLE.findall(migration.sql)
    )
