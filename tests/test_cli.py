"""The command line as scripts use it: `stancebot ask`, `db export`, `db import`."""

from __future__ import annotations

import io
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import main
from bot.core.models import Stance
from bot.core.opml import OpmlFeed, dump_opml, parse_opml
from bot.render.palette import stance_rgb
from bot.render.world import frame_for
from bot.settings import PROJECT_CONFIG
from bot.storage.target import DatabaseUrl
from tests.render.support import INSIDE, colour_at


@pytest.fixture(autouse=True)
def environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database_target: Path | DatabaseUrl
) -> Path:
    """STANCEBOT_DB set to each engine in turn; the folder of the bot's local files (its SQLite
    file, the demo's, the images) is returned."""
    for name in ("DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "STANCEBOT_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("STANCEBOT_CONFIG", str(PROJECT_CONFIG))
    monkeypatch.setenv("STANCEBOT_ENV_FILE", "")  # a developer's .env stays out of the tests
    monkeypatch.setenv("STANCEBOT_HTTP_PORT", "0")  # tests in parallel must not share a port
    if isinstance(database_target, DatabaseUrl):
        monkeypatch.setenv("STANCEBOT_DB", database_target.value)
        monkeypatch.chdir(tmp_path)  # with a URL, the local files go to ./data (settings.toml)
        (tmp_path / "data").mkdir()
        return tmp_path / "data"
    monkeypatch.setenv("STANCEBOT_DB", str(tmp_path / "cli.db"))
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_ask_prints_the_uk_card(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "/huawei country uk")
    assert 0 == code
    assert out.startswith("🇬🇧 United Kingdom: Banned")
    assert "14 Jul 2020" in out
    assert "https://" in out


def test_ask_json_prints_the_reply_for_scripts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "/huawei country British", "--json")
    reply = json.loads(out)
    assert (0, "banned", True) == (code, reply["stance"], reply["private"])


def test_ask_an_unknown_country_fails_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "/huawei country Narnia")
    assert 1 == code
    assert "No country matches “Narnia”." in out


def test_export_then_import_round_trips(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _, exported, _ = run(capsys, "db", "export")
    dump = json.loads(exported)
    gb = next(r for r in dump["records"] if r["code"] == "GB")
    assert ("United Kingdom", "banned", "2020-07-14") == (gb["name"], gb["stance"], gb["since"])
    gb["summary"] = "Edited by import."
    path = tmp_path / "records.json"
    path.write_text(json.dumps(dump))
    code, out, _ = run(capsys, "db", "import", str(path))
    assert (0, True) == (code, out.startswith(f"Imported {len(dump['records'])} records"))
    _, card, _ = run(capsys, "ask", "/huawei country gb")
    assert "Edited by import." in card


def test_an_invalid_import_names_every_problem_and_imports_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _, exported, _ = run(capsys, "db", "export")
    dump = json.loads(exported)
    dump["records"][0]["stance"] = "maybe"
    dump["records"][1]["code"] = "ZZ"
    dump["records"][2]["summary"] = "Should not land."
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(dump))
    code, _, err = run(capsys, "db", "import", str(path))
    assert 2 == code
    assert "record 1" in err
    assert "'maybe' is not one of" in err
    assert "unknown country code 'ZZ'" in err
    _, after, _ = run(capsys, "db", "export")
    assert "Should not land." not in after


@pytest.mark.sqlite_only(reason="a damaged SQLite file")
def test_a_corrupted_database_is_named_not_reset(
    capsys: pytest.CaptureFixture[str], environment: Path
) -> None:
    (environment / "cli.db").write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, "ask", "/huawei country uk")
    assert 2 == code
    assert str(environment / "cli.db") in err


def test_an_invalid_seed_stops_start_up_naming_the_entry(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    shutil.copytree(PROJECT_CONFIG.parent, config)
    with (config / "stances.toml").open("a") as file:
        file.write('\n[NARNIA]\nsummary = "x"\n[[NARNIA.changes]]\non = 2020-01-01\n')
        file.write('stance = "banned"\nreason = "x"\nsources = ["https://example.org"]\n')
    monkeypatch.setenv("STANCEBOT_CONFIG", str(config / "settings.toml"))
    code, _, err = run(capsys, "ask", "/huawei country uk")
    assert 2 == code
    assert "stances.toml is invalid" in err
    assert "[NARNIA]: unknown country code" in err


def test_run_console_answers_piped_commands_and_stops_at_end_of_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("/huawei country se\nquit\n"))
    code, out, _ = run(capsys, "run", "--console")
    assert 0 == code
    assert "🇸🇪 Sweden: Banned" in out
    assert out.rstrip().endswith("stancebot stopped.")


def test_poll_once_polls_the_demo_feed_and_prints_what_it_found(
    capsys: pytest.CaptureFixture[str],
) -> None:
    first_code, first, _ = run(capsys, "poll", "--once")
    second_code, second, _ = run(capsys, "poll", "--once")
    assert (0, 0) == (first_code, second_code)
    delivered = int(first.rsplit("failed; ", 1)[1].split()[0])
    assert "40 entries, 40 new" in first
    assert (delivered, delivered) == (first.count("── ALERT #"), first.count("Unconfirmed."))
    assert delivered > 5
    assert "stancebot demo: Huawei 5G policy news: not modified" in second
    assert second.rstrip().endswith("Polled 1 feed: 1 ok, 0 failed; 0 alerts delivered.")


def test_analyze_prints_the_json_contract_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], environment: Path
) -> None:
    lines = [
        {
            "title": "Sweden bans Huawei and ZTE from its 5G networks",
            "summary": "",
            "link": "https://example.org/se",
            "published": "2020-10-20T10:00:00+00:00",
        },
        {
            "title": "Germany won't exclude Huawei from 5G, Merkel says",
            "summary": "",
            "link": "https://example.org/de",
            "published": "2019-10-15T10:00:00+00:00",
        },
        {"title": "US warns allies over Huawei", "summary": "", "link": "https://example.org/us"},
        {
            "title": "Huawei unveils new foldable phone",
            "summary": "",
            "link": "https://example.org/p",
        },
    ]
    source = environment / "items.jsonl"
    source.write_text("\n".join(json.dumps(line) for line in lines))
    code, out, _ = run(capsys, "analyze", str(source), "--json")
    results = [json.loads(line) for line in out.splitlines()]
    pairs = [[(f["country"], f["stance"]) for f in r["findings"] if f["stance"]] for r in results]
    assert 0 == code
    assert [[("SE", "banned")], [("DE", "allowed")], [], []] == pairs
    assert [True, True, True, True] == [r["relevant"] for r in results]
    assert {"title", "link", "relevant", "findings"} == set(results[0])
    assert {"country", "stance", "confidence", "evidence"} == set(results[0]["findings"][0])
    assert not (environment / "cli.db").exists()


def test_analyze_explains_the_demo_feed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "analyze", str(PROJECT_CONFIG.parent / "demo" / "huawei-news.xml"), "--explain"
    )
    assert 0 == code
    assert 40 == out.count("· relevant:") + out.count("· not relevant")


def test_analyze_reads_partial_missing_and_future_dates_and_skips_only_bad_lines(
    capsys: pytest.CaptureFixture[str], environment: Path
) -> None:
    items = [
        ("Sweden bans Huawei from 5G", "2020-10"),
        ("Huawei posts results", "2019"),
        ("Huawei opens a lab", None),
        ("Huawei in Paris", "9999-01-01"),
        ("Huawei in Rome", "last Tuesday"),
    ]
    lines = [
        json.dumps({"title": title, "link": f"https://a.example/{n}", "published": published})
        for n, (title, published) in enumerate(items)
    ]
    lines[2:2] = ["this line is not JSON"]
    lines.append('["an", "array"]')
    source = environment / "mixed.jsonl"
    source.write_text("\n".join(lines))
    code, out, err = run(capsys, "analyze", str(source), "--json")
    assert 0 == code
    assert [title for title, _ in items] == [json.loads(line)["title"] for line in out.splitlines()]
    assert [
        "line 3: not an item",
        "line 5: date '9999-01-01' lies in the future; the fetch time stands in",
        "line 6: date 'last Tuesday' not understood; the fetch time stands in",
        "line 7: not an item",
    ] == [line.split(" ", 2)[2].split(" (")[0] for line in err.splitlines()]


def test_analyze_says_so_when_a_source_has_no_items(
    capsys: pytest.CaptureFixture[str], environment: Path
) -> None:
    empty = environment / "empty.jsonl"
    empty.write_text("\n\n")
    feed = environment / "empty.xml"
    feed.write_text("<rss version='2.0'><channel><title>Quiet</title></channel></rss>")
    code, out, err = run(capsys, "analyze", str(empty), str(feed))
    assert (0, "") == (code, out)
    assert [
        f"stancebot: {empty}: no items to analyse",
        f"stancebot: {feed}: no items to analyse",
    ] == (err.splitlines())


def test_analyze_reports_an_unreadable_input(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "analyze", "/nonexistent/feed.xml")
    assert (2, True) == (code, "cannot read /nonexistent/feed.xml" in err)


def test_ask_map_writes_a_png_with_the_banned_countries_in_red(
    capsys: pytest.CaptureFixture[str], environment: Path
) -> None:
    code, out, _ = run(capsys, "ask", "/huawei map")
    [path] = (environment / "images").glob("stances-map-*.png")
    assert (0, True) == (code, f"[image saved to {path}: Map of Huawei 5G stances" in out)
    png, frame = path.read_bytes(), frame_for(None)
    colours = {
        c: colour_at(png, frame.to_pixel(*INSIDE[c])) for c in ("US", "GB", "AU", "SE", "CA")
    }
    assert dict.fromkeys(colours, stance_rgb(Stance.BANNED)) == colours


def test_discord_invite_url_asks_for_the_least_permissions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "discord", "invite-url", "--application-id", "123")
    assert 0 == code
    assert "client_id=123&scope=bot+applications.commands&permissions=309237763072" in out


def test_discord_invite_url_without_a_token_names_the_option_to_use(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "discord", "invite-url")
    assert (2, True) == (code, "DISCORD_TOKEN is not set" in err)
    assert "--application-id" in err


def test_poll_without_once_explains_itself(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "poll")
    assert (2, "") == (code, out)
    assert "add --once to poll every feed once" in err
    assert "stancebot run" in err


def test_ask_help_explains_its_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["ask", "--help"])
    out = capsys.readouterr().out
    assert 0 == exited.value.code
    assert "the command, quoted as one argument" in out
    assert "the role to ask with" in out


def test_terminal_replies_show_no_markdown_backticks(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "/huawei list", "--as", "member")
    assert (0, False) == (code, "`" in out)
    assert "Try: list banned" in out


def test_the_bundled_record_passes_its_audit(
    capsys: pytest.CaptureFixture[str], environment: Path
) -> None:
    code, out, _ = run(capsys, "record", "audit")
    sourced = int(out.splitlines()[1].split()[0])
    assert (0, True) == (code, out.rstrip().endswith("The record passes its audit."))
    assert sourced >= 170


def test_the_country_card_says_when_and_by_whom_the_record_was_reviewed(
    capsys: pytest.CaptureFixture[str], environment: Path
) -> None:
    code, out, _ = run(capsys, "ask", "/huawei country kenya", "--json")
    fields = {f["name"]: f["value"] for f in json.loads(out)["fields"]}
    assert 0 == code
    assert fields["Reviewed"].startswith("4 Dec 2026 by stancebot's record research")


def test_feeds_import_then_export_round_trips_an_opml_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    listed = tmp_path / "feeds.opml"
    listed.write_bytes(
        dump_opml([OpmlFeed("https://a.example/rss", "A")], "mine", datetime.now(UTC))
    )
    imported = run(capsys, "feeds", "import", str(listed), "--tenant", "T1")
    again = run(capsys, "feeds", "import", str(listed), "--tenant", "T1")
    code, out, _ = run(capsys, "feeds", "export", "--tenant", "T1")
    assert (0, True) == (imported[0], imported[1].startswith("Imported 1 feed; 0 already"))
    assert again[1].startswith("Imported 0 feeds; 1 already watched.")
    assert (0, [OpmlFeed("https://a.example/rss", "A")]) == (code, parse_opml(out.encode()))


def test_feeds_import_of_a_bad_file_names_the_problem_and_adds_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    listed = tmp_path / "feeds.opml"
    listed.write_text("<opml><body><outline xmlUrl='ftp://x'/></body></opml>")
    code, _, err = run(capsys, "feeds", "import", str(listed))
    exported = run(capsys, "feeds", "export")[1]
    assert (2, True) == (code, "“ftp://x” is not an http(s) URL" in err)
    assert "ftp://x" not in exported
