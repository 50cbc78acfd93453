"""The learned stage's parts: linear models, features, candidates, the record's history and the
decision, on small hand-made values."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bot.core.analysis.history import StanceHistory
from bot.core.analysis.language import guess_language
from bot.core.analysis.learned.features import (
    Candidate,
    RuleView,
    Windows,
    candidate_features,
    item_features,
    masked,
    tokens,
)
from bot.core.analysis.learned.linear import LinearModel
from bot.core.analysis.learned.model import (
    SECOND_STAGE,
    Guess,
    ReadingModel,
    second_stage,
    second_stage_inputs,
)
from bot.core.analysis.learned.observe import Observation, against_record, domain_country
from bot.core.analysis.markers import Markers, marker_lexicon
from bot.core.analysis.mentions import Entity
from bot.core.errors import ConfigError
from bot.core.models import Change, Origin, Stance
from tests.core.analysis.conftest import hits


def test_a_binary_model_gives_the_sigmoid_of_its_score() -> None:
    model = LinearModel(("1",), (0.0,), {"ban": (2.0,)})
    assert 0.5 == model.probabilities({})["1"]
    assert pytest.approx(0.8808, abs=1e-4) == model.probabilities({"ban": 1.0})["1"]


def test_a_multinomial_model_gives_probabilities_that_sum_to_one() -> None:
    model = LinearModel(("a", "b", "c"), (0.0, 1.0, -1.0), {"x": (1.0, 0.0, 3.0)})
    probabilities = model.probabilities({"x": 1.0, "unseen": 1.0})
    assert pytest.approx(1.0) == sum(probabilities.values())
    assert "c" == max(probabilities, key=lambda c: probabilities[c])


def test_weights_that_do_not_match_the_classes_are_refused() -> None:
    with pytest.raises(ConfigError):
        LinearModel.from_dict(
            {"classes": ["a", "b"], "intercepts": [0, 0], "weights": {"x": [1]}}, "t"
        )


def _model(threshold: float, second: tuple[float, ...] = ()) -> ReadingModel:
    return ReadingModel.from_dict(
        {
            "second": list(second),
            "item_and_stance": {
                "classes": ["1", "banned", "allowed"],
                "intercepts": [-7.0, 0.0, 0.0],
                "weights": {"bans": [6.0, 3.0, -3.0]},
            },
            "candidate": {"classes": ["1"], "intercepts": [0.0], "weights": {"t.l1:^": [5.0]}},
            "calibration": [1.0, 0.0],
            "threshold": threshold,
        }
    )


def _observation(words: dict[str, float], recorded: tuple[str, str] = ("", "")) -> Observation:
    se = Candidate("SE", (Entity(0, 6, "Sweden", "SE", "name", True),))
    cn = Candidate("CN", (Entity(20, 27, "Chinese", "CN", "demonym", False),))
    return Observation(words, (se, cn), ({"t.l1:^": 1.0}, {"t.l1:the": 1.0}), recorded)


def test_the_model_finds_the_deciding_candidate_and_its_stance() -> None:
    decisions = _model(0.5).decide(_observation({"bans": 1.0}), {})
    assert [("SE", Stance.BANNED)] == [(d.code, d.stance) for d in decisions]
    assert 0.8 < decisions[0].confidence < 1.0


def test_no_signal_word_no_finding() -> None:
    assert [] == _model(0.5).decide(_observation({"launches": 1.0}), {})


def test_a_candidates_chance_sums_the_items_score_and_its_own() -> None:
    guesses = _model(0.5).guesses(_observation({"bans": 1.0}), {})
    # SE: sigmoid(-7 + 6 + 5); CN, not first in the title: sigmoid(-7 + 6)
    assert [("SE", 0.982), ("CN", 0.2689)] == [(g.code, round(g.found, 4)) for g in guesses]


def test_the_second_stage_reads_each_candidate_against_the_items_best() -> None:
    # Weights on (found, stance, best, second, is best), in log-odds, none on whose stance or
    # which, no intercept: a candidate counts by how it stands against the best one, and the
    # best one by itself.
    second = (1.0, 0.0, -1.0, 0.0, 3.0) + (0.0,) * (len(SECOND_STAGE) - 4)
    guesses = _model(0.5, second).guesses(_observation({"bans": 1.0}), {})
    scores = second_stage(guesses, second)
    assert [0.9526, 0.0067] == [round(score, 4) for score in scores]
    decisions = _model(0.5, second).decide(_observation({"bans": 1.0}), {})
    assert ["SE"] == [d.code for d in decisions]


def test_a_second_stage_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(ConfigError):
        _model(0.5, (1.0, 2.0))


def test_where_the_rules_read_a_stance_their_stance_stands() -> None:
    observation = _observation({"bans": 1.0}, recorded=("allowed", ""))
    decisions = _model(0.5).decide(observation, {"SE": "restricted"})
    assert [("SE", Stance.RESTRICTED)] == [(d.code, d.stance) for d in decisions]


def test_where_the_stance_model_is_sure_a_decision_is_pending_its_stance_stands() -> None:
    model = ReadingModel.from_dict(
        {
            "item_and_stance": {
                "classes": ["1", "banned", "under_review"],
                "intercepts": [-7.0, 0.0, 0.0],
                "weights": {"plans": [6.0, 0.0, 1.0], "a bill": [0.0, 0.0, 1.0]},
            },
            "candidate": {"classes": ["1"], "intercepts": [0.0], "weights": {"t.l1:^": [5.0]}},
            "calibration": [1.0, 0.0],
            "threshold": 0.5,
        }
    )

    def read(words: dict[str, float]) -> list[tuple[str, str, str]]:
        decisions = model.decide(_observation(words), {"SE": "banned"})
        return [(d.code, d.stance, d.stance_from) for d in decisions]

    # under_review at 0.73 (1 against 0): the rules' ban stands; at 0.88 (2 against 0), the
    # model's pending decision.
    assert [("SE", Stance.BANNED, "rules")] == read({"plans": 1.0})
    assert [("SE", Stance.UNDER_REVIEW, "pending")] == read({"plans": 1.0, "a bill": 1.0})


def test_where_the_rules_read_none_the_stance_on_record_stands() -> None:
    decisions = _model(0.5).decide(_observation({"bans": 1.0}, recorded=("allowed", "")), {})
    assert [("SE", Stance.ALLOWED, "record")] == [
        (d.code, d.stance, d.stance_from) for d in decisions
    ]


def test_with_no_stance_on_record_the_stance_models_stands() -> None:
    decisions = _model(0.5).decide(_observation({"bans": 1.0}), {})
    assert [("SE", Stance.BANNED, "model")] == [
        (d.code, d.stance, d.stance_from) for d in decisions
    ]


def test_names_are_masked_by_what_they_are_and_years_by_a_token() -> None:
    entities = [
        Entity(0, 6, "Sweden", "SE", "name", True),
        Entity(12, 15, "PTS", "SE", "agency", True),
    ]
    text = "Sweden's    PTS bans Huawei until 2025"
    assert ["⟨country⟩", "'s", "⟨agency⟩", "bans", "huawei", "until", "⟨year⟩"] == tokens(
        masked(text, entities)
    ) or ["⟨country⟩", "s", "⟨agency⟩", "bans", "huawei", "until", "⟨year⟩"] == tokens(
        masked(text, entities)
    )


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("https://www.svd.se/a", "SE"),
        ("https://www.bbc.co.uk/news/1", "GB"),
        ("https://techcrunch.com/x", ""),
        ("https://news.example.io/x", ""),  # a brand domain says nothing of a country
        ("not a link", ""),
    ],
)
def test_an_outlets_country_domain_implies_its_country(link: str, expected: str) -> None:
    assert expected == domain_country(link, frozenset({"SE", "GB", "IO", "US"}))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sweden bans Huawei from its 5G networks", "en"),
        ("Förbudet mot produkter från Huawei i svenska 5G-nät står fast", "sv"),
        ("Huawei soll weitgehend aus dem 5G-Netz entfernt werden", "de"),
        ("Już drugi rząd w Polsce przyjął Lex Huawei", "pl"),
        ("Le Conseil constitutionnel valide la loi anti-Huawei", "fr"),
        ("El Gobierno no aclara si habrá veto para Huawei en las redes 5G", "es"),
        ("Ruotsi kielsi Huawein ja ZTE:n 5G-verkoissa", "fi"),
        # "de" and "la" are Spanish as much as Romanian.
        ("Costa Rica acusa a Huawei de frenar el desarrollo de la red 5G", "es"),
        ("Danske ministerier bruger IT-udstyr fra Huawei, og det bliver ikke ændret", "da"),
        ("Telenor bytter ut Huawei, og regjeringen vil ikke blande seg etter advarselen", "no"),
        ("Saksamaa piirab Huawei tehnoloogia kasutamist ja see on õige", "et"),
        ("Lietuva uždraudė ne ES ir NATO šalims dalyvauti 5G tinklo plėtroje", "lt"),
        # Slovak writes Czech's letters too ("č", "ť"); its own words decide.
        ("Slovenská vláda sa zatiaľ nevyjadrila, či obmedzí čínsku techniku v sieťach", "sk"),
        ("Česká vláda zatím nerozhodla, zda omezí čínskou techniku v sítích", "cs"),
        ("擔心危及國安 澳洲5G建設禁用華為產品", ""),
    ],
)
def test_the_language_of_a_headline_is_told_by_its_function_words(text: str, expected: str) -> None:
    assert expected == guess_language(text)


def _change(on: date, stance: Stance) -> Change:
    return Change("GB", stance, on, "r", ("https://a.b",), Origin.SEED, "seed v1")


def test_the_record_is_read_as_it_stood_the_day_before_the_story() -> None:
    history = StanceHistory(
        {
            "GB": [
                _change(date(2020, 7, 14), Stance.BANNED),
                _change(date(2020, 1, 28), Stance.RESTRICTED),
            ]
        }
    )
    assert [
        Stance.UNKNOWN,
        Stance.RESTRICTED,
        Stance.RESTRICTED,
        Stance.BANNED,
        Stance.UNKNOWN,
    ] == [
        history.before("GB", date(2020, 1, 28)),
        history.before("GB", date(2020, 1, 29)),
        history.before("GB", date(2020, 7, 14)),
        history.before("GB", date(2020, 7, 15)),
        history.before("FR", date(2024, 1, 1)),
    ]


@pytest.mark.parametrize(
    ("confidence", "expected"),
    [
        (0.97, "rule.conf:high"),
        (0.9, "rule.conf:high"),
        (0.7, "rule.conf:mid"),
        (0.5, "rule.conf:low"),
    ],
)
def test_the_decider_sees_how_strongly_the_rules_read_a_stance(
    confidence: float, expected: str
) -> None:
    """A headline's signal (0.9) is right more often than a summary sentence's (0.55-0.7)."""
    text = "Sweden bans Huawei"
    rules = RuleView(
        {"SE": "banned"},
        {"SE": confidence},
        frozenset(),
        frozenset(),
        (),
        Markers(text, hits(marker_lexicon(), text)),
    )
    features = candidate_features(
        Windows(text, len(text), []), len(text), Candidate("SE", ()), rules=rules, codes=["SE"]
    )
    assert [expected] == [f for f in features if f.startswith("rule.conf:")]


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        (["SE"], ["others:0"]),
        (["SE", "CN", "US"], ["others:0"]),  # China and the US are seldom the ones deciding
        (["SE", "NO"], ["others:1"]),
        (["SE", "NO", "DK", "FI"], ["others:2"]),
    ],
)
def test_the_decider_sees_whether_another_country_could_be_deciding(
    codes: list[str], expected: list[str]
) -> None:
    text = "Sweden bans Huawei"
    rules = RuleView({}, {}, frozenset(), frozenset(), (), Markers(text, []))
    features = candidate_features(
        Windows(text, len(text), []), len(text), Candidate("SE", ()), rules=rules, codes=codes
    )
    assert expected == [f for f in features if f.startswith("others:")]


def test_the_decider_sees_whether_the_rules_repeat_the_record_or_change_it() -> None:
    text = "Sweden bans Huawei"
    rules = RuleView(
        {"SE": "banned"},
        {"SE": 0.9},
        frozenset(),
        frozenset(),
        (),
        Markers(text, hits(marker_lexicon(), text)),
    )
    assert ({"rule~prior:same": 1.0}, {"rule~prior:differs": 1.0}, {}, {}) == (
        against_record("SE", Stance.BANNED, rules),
        against_record("SE", Stance.ALLOWED, rules),
        against_record("SE", Stance.UNKNOWN, rules),
        against_record("NO", Stance.BANNED, rules),
    )


def test_the_second_stage_is_the_weighted_sum_of_its_inputs() -> None:
    guesses = [
        Guess("SE", "banned", 0.9, 0.7, "rules"),
        Guess("CN", "banned", 0.4, 0.2, "record"),
        Guess("NO", "allowed", 0.4, 0.3, "model"),
        Guess("FI", "partnered", 0.6, 0.5, "rules"),
    ]
    # (found, stance, best, second, is best, rules', record's, banned, restricted, under review,
    # allowed, intercept)
    weights = (1.0, 0.5, -0.4, 0.1, 0.3, 0.8, -0.6, 0.4, -0.2, -0.7, 0.5, 0.2)
    *slopes, intercept = weights
    expected = [
        1 / (1 + math.exp(-(intercept + sum(w * x for w, x in zip(slopes, inputs, strict=True)))))
        for inputs in second_stage_inputs(guesses)
    ]
    assert pytest.approx(expected) == second_stage(guesses, weights)


def test_a_words_forms_share_one_feature() -> None:
    def words(title: str) -> list[str]:
        rules = RuleView({}, {}, frozenset(), frozenset(), (), Markers(title, []))
        windows = Windows(title, len(title), [])
        features = item_features(windows, title, "", [], rules=rules, language="es")
        return sorted(f for f in features if f.startswith("t:") and " " not in f)

    assert ["t:^", "t:a", "t:españ", "t:exclu", "t:huawe"] == words("España excluye a Huawei")
    assert words("España excluye a Huawei") == words("España excluirá a Huawei")


_FEATURES_IN_ORDER = """
from training import corpus
from training.dataset import item_of
from training.train import rules_analyser
analyser = rules_analyser()
for example in corpus.load(split="train")[:300]:
    observation = analyser.observe(item_of(example))
    print(list(observation.features), [list(f) for f in observation.candidate_features])
"""


def test_an_items_features_come_in_the_same_order_in_every_process() -> None:
    # The order is the order the scores are summed in: were it a set's, which follows each
    # process's string hashes, a refit would not be bit for bit the same.
    runs = {
        subprocess.run(
            [sys.executable, "-c", _FEATURES_IN_ORDER],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parents[3],
        ).stdout
        for seed in ("1", "2")
    }
    assert 1 == len(runs)
