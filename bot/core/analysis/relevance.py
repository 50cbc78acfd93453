"""Is an item about Huawei? Its names, and the phrases governments use instead of its name.

Decisions written down:
- ZTE counts. Governments decide on "Huawei and ZTE" together and both are the "high-risk
  vendors" of the EU toolbox, so a ZTE-only item is relevant too.
- Honor does not: Huawei sold it in 2020.
- "high-risk vendor(s)/supplier(s)" always counts, in every language read ("fornitori ad alto
  rischio", "dostawcy wysokiego ryzyka"): the phrase only lives in 5G security policy.
- "Chinese vendors/suppliers/equipment (makers)", "Chinese-made equipment", "Chinese telecom
  giant" count only with a 5G or telecom word in the same sentence: "Chinese-made surveillance
  cameras" or "Chinese apps" are another story.
- Many headlines on a government's 5G decision never name Huawei: "Poland tightens rules on
  non-NATO suppliers", "Israel rejects Chinese bids for 5G", "Denmark wants 5G suppliers from
  allied countries". An item that names 5G (or telecoms law) together with China, vendors,
  trust or security, in any of the languages read, counts too; the reading decides the rest.
- So does a law or decree on 5G ("Legea 5G a fost adoptată în Parlament"): the laws that
  screen vendors are often reported without a vendor's name.
"""

from __future__ import annotations

import re

from bot.core.analysis.lexicon import for_lowercased, guarded

# "High-risk vendors" as the other languages read write it (lowercase, as searched).
HIGH_RISK_SUPPLIERS = (
    r"(?:proveedores|suministradores|fornecedores|fournisseurs|équipementiers|fornitori|"
    r"anbieter|hersteller|lieferanten|leveranciers|dostawc\w*|dodavatel\w*|dodávateľ\w*|"
    r"furnizori\w*|leverantörer)(?:\s+(?:de\s+)?5g)?\s+"
    r"(?:(?:de|di|ad|à|a|met\s+een|cu|s)\s+)?(?:alto|elevado|haut|hohem|hoog|wysokiego|vysokým|risc)"
    r"\s+(?:riesgo|risco|risque|rischio|risico|ryzyka|rizikem|ridicat)"
    r"|hochrisiko-?(?:anbieter|hersteller|lieferanten|zulieferer)\w*|hoogrisicoleveranciers?|"
    r"vysoce\s+rizikov\w*\s+dodavatel\w*|högriskleverantör\w*"
)
# Searched in lowercased text, as the two policy tests below: this filter sees every item.
_NAMED = guarded(
    for_lowercased(
        re.compile(
            r"\b(?:Huawei\w*|HiSilicon|Ren Zhengfei|Meng Wanzhou|ZTE)\b"
            r"|\b(?:high[- ]risk|non-NATO)['’\"]?\s+(?:5G\s+|telecoms?\s+|network\s+|equipment\s+)?"
            r"(?:vendors?|suppliers?|providers?)\b|\bClean Network\b|\bred limpia\b|\brede limpa\b",
            re.IGNORECASE,
        )
    )
)
_HIGH_RISK = guarded(re.compile(r"\b(?:" + HIGH_RISK_SUPPLIERS + r")\b"))
# Their words for risk, looked for first: the suppliers' words are common ("Anbieter").
_RISK = re.compile(r"ri(?:es|sc|sq|si|zik)|ryzyk|högrisk")
# Huawei and ZTE as other scripts write them, found anywhere: these scripts join words (and
# in them the Latin name has no word boundary: "スウェーデンはHuawei、ZTEを").
_NAMED_ELSEWHERE = re.compile(
    r"Huawei|ZTE|华为|華為|華爲|ファーウェイ|화웨이|هواوي|هواوى|Хуавэй|Хуавей|Хуавеј|หัวเว่ย|"
    r"হুয়াওয়ে|हुवावे|हुआवेई|हूवावे|中兴|中興"
)
_CHINESE_VENDOR = guarded(
    re.compile(
        r"\bChinese(?:[- ]made|[- ]built)?\s+(?:(?:5G|telecoms?|telecommunications|network|"
        r"networking|tech|technology|equipment|telecom equipment)\s+)*"
        r"(?:vendors?|suppliers?|equipment(?:\s+(?:makers?|manufacturers?))?|gear|kit|giant)\b"
    )
)
_TELECOM = re.compile(
    r"\b(?:5G|4G|telecoms?|telecommunications?|networks?|mobile|carriers?|operators?|"
    r"base stations?|spectrum|broadband)\b",
    re.IGNORECASE,
)
# The two tests below read the lowercased text: case-sensitive patterns run about four times
# faster than case-insensitive ones, and this filter sees every item of every feed.
# 5G, or the law and equipment of telecom networks, as the languages read write them.
_NETWORK_POLICY = guarded(
    re.compile(
        r"(?<![a-z0-9])(?:5\s?g|g5)(?![a-z0-9])|fifth[- ]generation|quinta generaci|"
        r"cinqui[eè]me g[ée]n[ée]ration|"
        r"electronic communications|communications [ée]lectroniques|comunicaciones electr[oó]nicas|"
        r"comunicazioni elettroniche|komunikacji elektronicznej|telekommunikationsgesetz|"
        r"it-sicherheitsgesetz|\bksc\b|krajow\w* system\w* cyberbezpiecze|\btele[ck]om|\btélécom|"
        r"\btelecomunica"
    )
)
# What makes such an item one on vendor policy: China, trust and risk, national security.
# Vendors or security alone do not: "Samsung to supply 5G radios" is market news, and
# neither is "China Mobile passes 500 million 5G subscribers".
_VENDOR_POLICY = guarded(
    re.compile(
        r"\b(?:chin(?!a\s+(?:mobile|telecom|unicom|tower|broadnet))|kina\b|kines|kiina|cin[ae]s|"
        r"cina\b|čín|chiń|chinez)|trusted|trustworthy|high[- ]risk|hochrisiko|vertrauensw|zaufan|"
        r"nepouzdan|fiables?\b|confiables?\b|affidabil|\ballied\b|\bnato\b|clean network|"
        r"red limpia|rede limpa|covered list|golden power|rip and replace|national security|"
        r"s[ée]curit[ée] nationale|seguridad nacional|sicurezza nazionale|"
        r"nationale[nr]? sicherheit|bezpiecze\w+ narodow|"
        # suppliers of "third countries", Chinese companies as Chinese and Japanese write them
        r"third countries|terceros pa[ií]ses|pa[ií]ses terceiros|pays tiers|paesi terzi|"
        r"drittstaat|państw trzecich|中国|中國|"
        # the laws written to screen 5G vendors
        r"ciberseguridad 5g|it-sicherheitsgesetz|\bksc\b|krajow\w* system\w* cyberbezpiecze|"
        r"cybersecurity act|"
        # a law on 5G networks: "Legea 5G a fost adoptată", "ley del 5G"; not English "bill" or
        # "law": US states pass 5G siting bills ("Georgia lawmakers pass small-cell siting bill")
        r"\b(?:legea|legii|lege|ley|loi|legge|gesetz\w*|ustaw\w*|zákon\w*|lagen|laki|"
        r"decreto|décret|decree|wetsontwerp|wet|security\s+(?:law|bill|act))\b|"
        # vendors excluded or not as such: "will not restrict any vendor from the 5G race"
        r"(?:ban|bar|restrict|exclud|block)\w*\s+(?:any|specific|particular|certain|individual)\s+"
        r"(?:vendors?|suppliers?)"
    )
)
# US-promoted 5G declarations: a pact with the US on 5G names no vendor either. The original
# text, as "US" must not be "us".
# The US by name in the languages read; case matters ("US", not "us").
US_NAMES = (
    r"(?:US|USA|U\.S\.|United\s+States|Washington|EUA|EE\.?\s?UU|Estados\s+Unidos|"
    r"[ÉE]tats-Unis|Stati\s+Uniti|Vereinigten\s+Staaten|Stan\w*\s+Zjednoczon\w*|SUA|"
    # declined: "se Spojenými státy", "met de Verenigde Staten", "Yhdysvaltojen"
    r"Spojen\w*\s+st[aá]t\w*|Verenigde\s+Staten|Förenta\s+staterna|Egyesült\s+Államok\w*|"
    r"Yhdysval\w*)"
)
_US_PACT = guarded(
    re.compile(
        r"\b" + US_NAMES + r"\b(?=.*\b(?i:memorand|declaration|deklara|vyhlásen|prohlášen|"
        r"d[ée]claration|declara[cç]|joint statement|agreement|MoU|signs?\b|signed|"
        r"cooperation on 5G))",
        re.DOTALL,
    )
)
# In cue patterns: the vendor by name ("China's Huawei" too), and the object of "allows ...",
# "picks ...": Huawei or a way of naming it.
VENDOR = r"(?:China['’]s\s+)?(?:Huawei|ZTE)"
HUAWEI_LIKE = (
    r"(?:" + VENDOR + r"|HiSilicon|it|them|the\s+(?:Chinese\s+)?(?:company|vendor|firm|supplier|"
    r"group|telecoms?\s+giant|tech\s+giant)|high[- ]risk\s+(?:vendors?|suppliers?)|"
    r"Chinese\s+(?:vendors?|suppliers?|equipment|firms?|companies))"
)


def huawei_terms(text: str) -> tuple[str, ...]:
    """The Huawei terms in `text`, each once, in order of appearance."""
    found: dict[str, str] = {}
    lowered = text.lower()
    for match in _NAMED.finditer(lowered):
        found.setdefault(match.group(), _as_written(text, lowered, match))
    if _RISK.search(lowered):
        for match in _HIGH_RISK.finditer(lowered):
            found.setdefault(match.group(), _as_written(text, lowered, match))
    if not text.isascii():
        for match in _NAMED_ELSEWHERE.finditer(text):
            key = match.group().lower()
            if not any(known.startswith(key) for known in found):  # not "Huawein" again
                found[key] = match.group()
    for match in _CHINESE_VENDOR.finditer(text):
        if _telecom_nearby(text, match.start(), match.end()):
            found.setdefault(match.group().lower(), match.group())
    return tuple(found.values()) or _policy_terms(text, lowered)


def _policy_terms(text: str, lowered: str) -> tuple[str, ...]:
    """A network-policy term and a vendor-policy term, where the item names no vendor."""
    network = _NETWORK_POLICY.search(lowered)
    if network is None:
        return ()
    vendor = _VENDOR_POLICY.search(lowered)
    if vendor is None:
        pact = _US_PACT.search(text)
        return (_as_written(text, lowered, network), pact.group()) if pact else ()
    # One law can be both ("IT-Sicherheitsgesetz"): listed once.
    return tuple(dict.fromkeys([_as_written(text, lowered, m) for m in (network, vendor)]))


def _as_written(text: str, lowered: str, match: re.Match[str]) -> str:
    """The matched words as the text writes them (lowercasing rarely changes a length)."""
    return text[match.start() : match.end()] if len(text) == len(lowered) else match.group()


def _telecom_nearby(text: str, start: int, end: int) -> bool:
    # The same sentence, roughly: up to 150 characters either side, not across a full stop.
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 150)
    right_stop = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min([*right_stop, end + 150])
    return bool(_TELECOM.search(text, left, start)) or bool(_TELECOM.search(text, start, right))
