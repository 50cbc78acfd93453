"""Is an item about Huawei?"""

from __future__ import annotations

import pytest

from bot.core.analysis import Analyser
from tests.core.analysis.conftest import item


@pytest.mark.parametrize(
    ("title", "summary", "terms"),
    [
        ("Huawei unveils new foldable phone", "", ("Huawei",)),
        ("ZTE wins Serbian tender", "", ("ZTE",)),
        ("HiSilicon chips return", "", ("HiSilicon",)),
        ("Finland bans high-risk vendors from 5G", "", ("high-risk vendors",)),
        ("Portugal moves to exclude 'high-risk' suppliers", "", ("high-risk' suppliers",)),
        # ... and as the other languages read write it.
        (
            "UE apresenta plano para excluir fornecedores de alto risco",
            "",
            ("fornecedores de alto risco",),
        ),
        ("Stretta Ue sui fornitori ad alto rischio", "", ("fornitori ad alto rischio",)),
        (
            "Polska wprowadza przepisy o „dostawcach wysokiego ryzyka”",
            "",
            ("dostawcach wysokiego ryzyka",),
        ),
        ("Profiling von Hochrisikolieferanten", "", ("Hochrisikolieferanten",)),
        (
            "L'État se passe des fournisseurs 5G à haut risque",
            "",
            ("fournisseurs 5G à haut risque",),
        ),
        (
            "Taiwan blocks Chinese-made equipment from its 5G networks",
            "",
            ("Chinese-made equipment",),
        ),
        ("Israel reviews use of Chinese telecom vendors", "", ("Chinese telecom vendors",)),
        ("Miksi Suomi ja Ruotsi suhtautuvat Huaweihin eri tavoin?", "", ("Huaweihin",)),
        ("Dominican Republic joins US Clean Network Initiative", "", ("Clean Network",)),
        # 5G policy that names no vendor: a network term and a vendor-policy term.
        ("Poland tightens 5G rules targeting non-NATO suppliers", "", ("non-NATO suppliers",)),
        ("Israel rejects Chinese bids for its 5G network", "", ("5G", "Chin")),
        ("Denmark wants 5G suppliers from closely allied countries", "", ("5G", "allied")),
        ("Polska sieć 5G bez chińskich dostawców", "", ("5G", "chiń")),
        ("Romania, US sign memorandum on 5G technologies", "", ("5G", "US")),
        (
            "Vote on telecoms security rules",
            "It targets untrusted vendors.",
            ("telecom", "trusted"),
        ),
        ("Malta will not restrict any vendor from 5G", "", ("5G", "restrict any vendor")),
        # Between letters of another script, where no word boundary is written.
        ("スウェーデンはHuawei、ZTEを5Gから禁止", "", ("Huawei", "ZTE")),
        ("印度公布5G试验名单 中国公司遭排除在外", "", ("5G", "中国")),
        (
            "España podrá vetar de la red 5G a empresas de terceros países",
            "",
            ("5G", "terceros países"),
        ),
        ("Kabinett einigt sich auf IT-Sicherheitsgesetz 2.0", "", ("IT-Sicherheitsgesetz",)),
        # A law on 5G: the laws that screen vendors are often reported without a vendor's name.
        ("Legea 5G a fost adoptată în Parlament", "", ("5G", "Legea")),
        ("Proiectul legii 5G, modificat", "", ("5G", "legii")),
        ("Finland passes new 5G security law", "", ("5G", "security law")),
        (
            "Nowelizacja krajowego systemu cyberbezpieczeństwa w Senacie",
            "",
            ("krajowego systemu cyberbezpiecze",),
        ),
        (
            "El Gobierno llevará en mayo la Ley de Ciberseguridad del 5G al Congreso",
            "",
            ("5G", "Ley"),
        ),
        (
            "Decreto cybersecurity, via libera dalla Camera",
            "Decreto sulle reti 5G.",
            ("5G", "Decreto"),
        ),
    ],
)
def test_relevant_items(
    analyser: Analyser, title: str, summary: str, terms: tuple[str, ...]
) -> None:
    analysis = analyser.analyse(item(title, summary))
    assert (True, terms) == (analysis.relevant, analysis.huawei_terms)


@pytest.mark.parametrize(
    "title",
    [
        "Honor launches a new budget phone",
        "UK removes Chinese-made surveillance cameras from government sites",
        "India bans TikTok, WeChat and 57 other Chinese apps",
        "Samsung wins $6.6 billion 5G deal with Verizon",
        "Deutsche Telekom switches on 5G standalone nationwide",
        "Samsung to supply 5G radios for Videotron",
        "China Mobile passes 500 million 5G subscribers",
        "Tell us: how reliable is your mobile signal? Sign up to share your 5G experience",
        "Verizon signs 5G deal in the US",
        "Apple sells 15 games for 5 gamers",
        "5G rollout lags behind in rural areas",
        "Operator fined 2 million lei over 5G coverage ads",
        "Georgia lawmakers pass small-cell siting bill to speed 5G",
    ],
)
def test_irrelevant_items(analyser: Analyser, title: str) -> None:
    assert not analyser.analyse(item(title)).relevant


def test_chinese_vendors_count_only_near_telecom_words(analyser: Analyser) -> None:
    near = analyser.analyse(item("Officials debate Chinese vendors in 5G networks"))
    far = analyser.analyse(item("Chinese vendors dominate the solar panel market"))
    assert (True, False) == (near.relevant, far.relevant)


def test_each_term_is_listed_once(analyser: Analyser) -> None:
    analysis = analyser.analyse(item("Huawei and ZTE", "Huawei said ZTE and huawei agree."))
    assert ("Huawei", "ZTE") == analysis.huawei_terms
