"""The labelled corpus of real headlines: sound, sourced, and split by event once and for all."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bench.bench_analysis_quality import misses
from training import corpus
from training.dataset import Row
from training.train import MODEL, fingerprint, training_examples


def test_the_corpus_has_no_problems() -> None:
    assert [] == corpus.problems(corpus.load())


def test_every_translation_is_of_a_training_item_once_per_language() -> None:
    examples = corpus.load()
    assert [] == corpus.translation_problems(examples)
    translated = corpus.translations(examples)
    assert len(translated) >= 5000
    by_id = {e.id: e for e in examples}
    sources = [by_id[t.id.rsplit("-", 1)[0]] for t in translated]
    # A translation is read as its source is labelled, and falls in its source's event.
    assert [(s.pairs, s.event, "train") for s in sources] == [
        (t.pairs, t.event, t.split) for t in translated
    ]


def test_a_translation_of_a_test_item_is_a_problem(tmp_path: Path) -> None:
    test_item = corpus.load(split="test")[0]
    path = tmp_path / "translated.jsonl"
    raw = {"source": test_item.id, "lang": "de", "title": "Titel", "summary": ""}
    path.write_text(json.dumps(raw) + "\n", "utf-8")
    expected = [f"{test_item.id}-de: translates {test_item.id}, not a training item"]
    assert expected == corpus.translation_problems(corpus.load(), path)
    assert [] == corpus.translations(corpus.load(), path)


def test_a_translation_line_of_another_shape_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    source = corpus.load(split="train")[0]
    path = tmp_path / "translated.jsonl"
    lines = [
        {"source": source.id, "lang": "de", "title": "Titel"},  # no summary
        {"source": source.id, "lang": "fr", "title": None, "summary": ""},
        {"source": source.id, "lang": "it", "title": "Titolo", "summary": ""},
    ]
    path.write_text("".join(json.dumps(raw) + "\n" for raw in lines), "utf-8")
    expected = [
        "line 1: not one string each for source, lang, title, summary",
        "line 2: not one string each for source, lang, title, summary",
    ]
    assert expected == corpus.translation_problems(corpus.load(), path)
    assert [f"{source.id}-it"] == [t.id for t in corpus.translations(corpus.load(), path)]


_UNREAD_BAND = corpus.TEST_SHARE, corpus.TEST_SHARE + corpus.UNREAD_SHARE


def _event_in_band(low: int, high: int) -> str:
    """An event name whose hash falls in [low, high) percent, as the portions are drawn."""
    return next(f"e{n}" for n in range(1000) if low <= corpus.band(f"e{n}") < high)


def test_a_fifth_of_the_training_events_is_kept_unread_and_never_a_test_item() -> None:
    examples = corpus.load()
    unread = [e for e in examples if corpus.kept_unread(e) and not corpus.never_read(e)]
    assert {"train"} == {e.split for e in unread}
    training_events = {e.event for e in examples if e.split == "train"}
    assert 0.15 < len({e.event for e in unread}) / len(training_events) < 0.25
    # Drawn by the event's hash in the band after the test portion's: a moved item follows its
    # portion, never the band alone.
    in_band = corpus._with(examples[0], event=_event_in_band(*_UNREAD_BAND), split="train")
    assert corpus.kept_unread(in_band)
    assert not corpus.kept_unread(corpus._with(in_band, split="test"))
    after = _event_in_band(_UNREAD_BAND[1], 100)
    assert not corpus.kept_unread(corpus._with(in_band, event=after))


def test_items_added_after_the_rules_were_last_written_are_never_read_and_kept_unread() -> None:
    examples = corpus.load()
    never = [e for e in examples if corpus.never_read(e)]
    assert never
    assert all(corpus.kept_unread(e) for e in never)
    assert {"train"} == {e.split for e in never}
    after_band = _event_in_band(_UNREAD_BAND[1], 100)
    last_read = corpus._with(examples[0], id=f"h{corpus.FIRST_NEVER_READ - 1}", event=after_band)
    first_unread = corpus._with(last_read, id=f"h{corpus.FIRST_NEVER_READ}")
    assert not corpus.kept_unread(corpus._with(last_read, split="train"))
    assert corpus.never_read(corpus._with(first_unread, split="train"))
    assert not corpus.never_read(corpus._with(first_unread, split="test"))


def test_the_bench_never_lists_the_misses_of_items_kept_unread(
    capsys: pytest.CaptureFixture[str],
) -> None:
    signal = corpus.load(split="train")[0]
    unread_event, read_event = _event_in_band(*_UNREAD_BAND), _event_in_band(_UNREAD_BAND[1], 100)
    unread = corpus._with(signal, id="h9001", stance="banned", event=unread_event)
    read = corpus._with(signal, id="h9002", stance="banned", event=read_event)
    train = [Row(unread, None, frozenset()), Row(read, None, frozenset())]
    misses(train, [[], []])
    printed = capsys.readouterr().out
    assert "h9002" in printed
    assert "h9001" not in printed


def test_the_corpus_holds_at_least_500_real_headlines_each_with_its_source_link() -> None:
    examples = corpus.load()
    assert len(examples) >= 500
    assert [] == [e.id for e in examples if not e.link.startswith(("https://", "http://"))]


def test_no_event_straddles_the_training_and_test_portions() -> None:
    splits: dict[str, set[str]] = {}
    for example in corpus.load():
        splits.setdefault(example.event, set()).add(example.split)
    assert [] == [event for event, seen in splits.items() if len(seen) > 1]


def test_one_decision_told_in_both_portions_under_two_event_names_is_a_problem() -> None:
    train = next(e for e in corpus.load(split="train") if e.stance and len(e.published) == 10)
    retold = corpus._with(
        train,
        id="h9999",
        title="Ruritania's decision, in other words",
        link="https://other.example/a",
        event="another-name",
        split="test",
    )
    expected = [f"h9999 and {train.id}: one decision in both portions"]
    assert expected == corpus.problems([train, retold])


def test_the_test_portion_is_a_fifth_to_a_third_of_the_corpus_with_every_kind() -> None:
    examples = corpus.load()
    test = [e for e in examples if e.split == "test"]
    assert 0.15 <= len(test) / len(examples) <= 0.35
    assert {"signal", "mention", "irrelevant"} == set(Counter(e.kind for e in test))


def test_growing_the_corpus_skips_known_links_and_keeps_every_split() -> None:
    examples = corpus.load()[:40]
    known = examples[0]
    new: dict[str, object] = {
        "title": "Ruritania bans Huawei from 5G",
        "summary": "",
        "published": "2021-03",
        "link": "https://news.example/ruritania",
        "countries": [],
        "stance": None,
        "kind": "mention",
        "event": "ruritania-2021",
    }
    grown = corpus.grow(examples, [{**new, "link": known.link}, new])
    assert examples == grown[:40]
    assert ["https://news.example/ruritania"] == [e.link for e in grown[40:]]
    assert grown[40].split in ("train", "test")


def test_a_grown_item_is_numbered_after_the_highest_id_so_removals_leave_no_clash() -> None:
    examples = corpus.load()[:40]
    with_a_gap = [e for e in examples if e.id != examples[3].id]
    new: dict[str, object] = {
        "title": "R",
        "published": "2021",
        "link": "https://r.example",
        "kind": "irrelevant",
    }
    grown = corpus.grow(with_a_gap, [new])
    assert f"h{max(int(e.id[1:]) for e in examples) + 1:04d}" == grown[-1].id
    assert [] == corpus.problems(grown)


def test_the_shipped_model_was_fitted_on_the_corpus_as_it_is() -> None:
    with MODEL.open(encoding="utf-8") as lines:
        shipped = json.loads(next(lines))["trained_on"]["fingerprint"]
    real, extra = training_examples()
    assert fingerprint([*real, *extra]) == shipped, "the corpus changed: run `make model` to refit"


def _signal(old: corpus.Example, event: str, link: str) -> dict[str, object]:
    return {
        "title": "Ruritania bans Huawei",
        "published": old.published,
        "link": link,
        "countries": list(old.countries),
        "stance": old.stance,
        "kind": "signal",
        "event": event,
    }


def test_a_new_event_keeps_its_name_and_takes_the_split_of_the_same_decision() -> None:
    examples = corpus.load()
    old = next(e for e in examples if e.stance is not None)
    grown = corpus.grow(examples, [_signal(old, "another-wording", "https://r.example/1")])
    assert ("another-wording", old.split) == (grown[-1].event, grown[-1].split)


def test_a_new_item_naming_a_known_event_joins_that_event_s_split() -> None:
    examples = corpus.load()
    old = next(e for e in examples if e.stance is not None and e.split == "test")
    stray = {**_signal(old, old.event, "https://r.example/2"), "stance": None, "countries": []}
    grown = corpus.grow(examples, [stray])
    assert (old.event, "test") == (grown[-1].event, grown[-1].split)


def test_a_new_item_naming_no_event_joins_the_one_event_of_its_decision() -> None:
    examples = corpus.load()
    decisions = Counter(corpus._decision(e) for e in examples)
    old = next(e for e in examples if e.stance is not None and decisions[corpus._decision(e)] == 1)
    grown = corpus.grow(examples, [_signal(old, "", "https://r.example/3")])
    assert (old.event, old.split) == (grown[-1].event, grown[-1].split)


def test_copies_of_a_known_item_are_not_grown_nor_allowed() -> None:
    examples = corpus.load()
    known = next(e for e in examples if int(e.id[1:]) > corpus.REFERENCE_ITEMS)
    www = known.link.replace("://www.", "://", 1).replace("://", "://www.", 1)
    fields: dict[str, object] = {"published": "2021", "kind": "irrelevant", "event": "x"}
    same_page = {**fields, "title": "Another title", "link": www + "?outputType=amp"}
    same_words = {**fields, "title": known.title, "summary": known.summary, "link": "https://m.x/1"}
    assert examples == corpus.grow(examples, [same_page, same_words])
    copy = corpus._with(known, id=f"h{len(examples) + 9000}", link="https://mirror.example/a")
    assert [f"{copy.id} ({copy.title[:50]}): a copy of {known.id}"] == corpus.problems(
        [*examples, copy]
    )


def test_every_second_reading_is_of_a_corpus_item_in_the_stance_vocabulary() -> None:
    readings = corpus.second_readings()
    ids = {e.id for e in corpus.load()}
    assert len(readings) >= 2_000
    assert [] == [r.id for r in readings if r.id not in ids]
    stances = {stance for r in readings for _, stance in r.first | r.second}
    assert stances <= set(corpus.STANCES)
