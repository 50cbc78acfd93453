"""The deployment files say what the README promises: checked with the real tools where this
machine has them (systemd-analyze; docker compose and docker build need the compose plugin and
a Docker engine), and by reading their structure everywhere."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.settings import PROJECT_CONFIG

ROOT = PROJECT_CONFIG.parent.parent
UNIT = ROOT / "deploy" / "stancebot.service"
INSTALLED = "/opt/stancebot/.venv/bin/stancebot"


def docker_works(*probe: str) -> bool:
    if shutil.which("docker") is None:
        return False
    found = subprocess.run(["docker", *probe], capture_output=True, check=False, timeout=30)
    return found.returncode == 0


# systemd -----------------------------------------------------------------------------------


def unit_settings() -> dict[str, list[str]]:
    """Each `Key=value` of the unit, every value kept (keys such as Environment repeat)."""
    found: dict[str, list[str]] = {}
    for line in UNIT.read_text("utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            found.setdefault(key.strip(), []).append(value.strip())
    return found


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
def test_systemd_accepts_the_unit_without_a_warning(tmp_path: Path) -> None:
    # verify insists that ExecStart exists: the installed path becomes one that does here.
    unit = tmp_path / "stancebot.service"
    unit.write_text(UNIT.read_text("utf-8").replace(INSTALLED, "/bin/true"), "utf-8")
    checked = subprocess.run(
        ["systemd-analyze", "verify", str(unit)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert (0, "") == (checked.returncode, checked.stdout + checked.stderr)


def test_the_unit_runs_unprivileged_and_hardened() -> None:
    unit = unit_settings()
    wanted = {
        "User": ["stancebot"],
        "ExecStart": [f"{INSTALLED} run"],
        "ProtectSystem": ["strict"],
        "NoNewPrivileges": ["yes"],
        "PrivateTmp": ["yes"],
        "ProtectHome": ["yes"],
        "ReadWritePaths": ["/var/lib/stancebot"],
        "StateDirectory": ["stancebot"],
        "CapabilityBoundingSet": [""],
        "KillSignal": ["SIGTERM"],
    }
    assert wanted == {key: unit.get(key) for key in wanted}
    environment = dict(entry.split("=", 1) for entry in unit["Environment"])
    assert environment["STANCEBOT_DB"].startswith("/var/lib/stancebot/")
    assert environment["STANCEBOT_DEMO_DB"].startswith("/var/lib/stancebot/")


# Dockerfile --------------------------------------------------------------------------------


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments), continuation lines joined, comments left out."""
    text = (ROOT / "Dockerfile").read_text("utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = re.sub(r"\\\n\s*", " ", "\n".join(lines))
    found = []
    for line in joined.splitlines():
        if line.strip():
            word, _, rest = line.strip().partition(" ")
            found.append((word.upper(), rest.strip()))
    return found


def image_env() -> dict[str, str]:
    pairs = [arguments for word, arguments in instructions() if word == "ENV"]
    return dict(re.findall(r"(\w+)=(\S*)", " ".join(pairs)))


def test_the_image_is_slim_unprivileged_with_its_data_in_a_volume() -> None:
    steps = instructions()
    words = [word for word, _ in steps]
    args = dict(steps)  # the last of each instruction
    assert re.fullmatch(r"python:3\.\d+-slim(-\w+)?", args["FROM"])
    assert args["USER"] not in ("root", "0")
    assert words.index("USER") > max(i for i, word in enumerate(words) if word == "RUN")
    assert '["/data"]' == args["VOLUME"]
    env = image_env()
    assert ("/data", "/data", "") == (
        str(Path(env["STANCEBOT_DB"]).parent),
        str(Path(env["STANCEBOT_DEMO_DB"]).parent),
        env["STANCEBOT_ENV_FILE"],
    )
    assert env["STANCEBOT_HTTP_PORT"] == args["EXPOSE"]


def test_the_image_checks_its_health_on_healthz() -> None:
    health = dict(instructions())["HEALTHCHECK"]
    asked = re.search(r"CMD .*'http://127\.0\.0\.1:%s(/\w+)' % os\.environ\['(\w+)'\]", health)
    assert asked is not None, health
    assert ("/healthz", "STANCEBOT_HTTP_PORT") == asked.groups()


def test_no_secret_or_database_goes_into_the_image() -> None:
    ignored = set((ROOT / ".dockerignore").read_text("utf-8").split())
    assert {".env", "*.env", "data/", "*.db", ".venv", ".git"} <= ignored


@pytest.mark.skipif(not docker_works("info"), reason="no Docker engine runs on this machine")
def test_the_image_builds() -> None:
    built = subprocess.run(
        ["docker", "build", "-q", "-t", "stancebot:test", str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert 0 == built.returncode, built.stderr


# compose.yaml ------------------------------------------------------------------------------


def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "compose.yaml").read_text("utf-8"))
    return loaded


def test_compose_runs_the_bot_on_sqlite_in_a_volume_and_postgresql_only_in_its_profile() -> None:
    file = compose()
    bot, postgres = file["services"]["bot"], file["services"]["postgres"]
    assert (["bot", "postgres"], ["data", "pgdata"]) == (
        list(file["services"]),
        list(file["volumes"]),
    )
    assert (None, ["postgres"], False) == (
        bot.get("profiles"),
        postgres["profiles"],
        bot["depends_on"]["postgres"]["required"],
    )
    assert "." == bot["build"]
    assert ["data:/data"] == bot["volumes"]
    assert ["127.0.0.1:3000:3000"] == bot["ports"]  # the listener, on the host's loopback only
    assert [{"path": ".env", "required": False}] == bot["env_file"]
    assert (True, ["ALL"], ["no-new-privileges:true"]) == (
        bot["read_only"],
        bot["cap_drop"],
        bot["security_opt"],
    )


@pytest.mark.skipif(
    not docker_works("compose", "version"), reason="the docker compose plugin is not installed"
)
def test_docker_compose_accepts_the_file() -> None:
    checked = subprocess.run(
        ["docker", "compose", "-f", str(ROOT / "compose.yaml"), "config", "--quiet"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert 0 == checked.returncode, checked.stderr
