"""Words that change what a stance cue says: negations, hedges, lobbying, conditions, scope.

All are found in one pass; the reading of a clause then asks which of them stand between an
actor and its verb ("Germany won't exclude"), or follow the verb ("bars Huawei from
government procurement": a partial measure, so restricted rather than banned).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from bot.core.analysis.foreign_words import STEMS, stems
from bot.core.analysis.lexicon import Hit, Lexicon

NEG = "negation"
HEDGE = "hedge"
SOURCE = "source"
LOBBY = "lobbying"
COND = "condition"
SCOPE = "scope"

# The core of a network, or a government's own, in the other languages read: a partial scope.
FOREIGN_CORE = (
    r"kernnetz\w*|kernnetwerk\w*|núcleo|nucleo|cœur|coeur|jádr\w*|rdzeni\w*|kärnnät\w*|"
    r"ydinverk\w*|rede\s+privativa|red\s+privada"
)
_PATTERNS = {
    NEG: r"\b(?:not|never|no|without|nor|instead\s+of|rather\s+than)\b|"
    # The other languages read: "n'interdira pas", "não vai", "nicht", "inte", "ikke", "nem"...
    r"\b(?:non(?!-)|não|nicht|kein\w*|nie|niet|inte|ej|ei|eikä|nu|nunca|jamais|pas|ikke|nem)\b|"
    # "nessun motivo per escludere Huawei", "aucune raison d'exclure", "ningún motivo para"
    r"\b(?:nessun[ao]?|aucune?|ningún|ningun[ao]|nenhum[a]?)\b|"
    r"\bn['’](?=\w)|"
    r"\bne\s+(?:bo|bodo|bi)\b|"  # Slovenian: "ne bo prepovedala"
    # French "ne" before a verb its "pas" follows: "ne bannit pas Huawei"
    r"\bne\s+(?=[\w-]+\s+(?:pas|plus|jamais)\b)|"
    # "without" before an infinitive: "sin excluir a Huawei", "sans exclure", "senza vietare"
    r"\b(?:sin|sem|senza|sans)\s+(?=\w+(?:ar|er|ir|re)\b)|"
    r"\b(?:won|don|doesn|didn|isn|aren|wasn|weren|hasn|haven|hadn|can|couldn|wouldn|"
    r"shouldn|mustn|needn|ain)['’]t\b|"
    r"\b(?:refus\w+|declin\w+|unlikely)\s+to\b|"
    # "denies barring Huawei", "denied it had excluded": a measure denied is not taken.
    r"\bden(?:y|ies|ied|ying)\b|"
    # ... and in the other languages read: "Mourão nega haver intenção de banir a Huawei"
    r"\b(?:nega|negou|niega|negó|dément\w*|smentisc\w*|bestreit\w*|dementier\w*|ontkent|"
    r"zaprzecz\w*|popírá|popřel\w*|neagă|förnekar|dementerar)\b",
    # "would have forced" is a counterfactual (a condition, below), not a hedge.
    HEDGE: r"\b(?:may|might|could|would)\b(?!\s+not\b|n['’]t|\s+have\s+(?!to\b))|"
    r"\b(?:reportedly|likely|possibly|"
    r"expected\s+to|set\s+to|poised\s+to|plans?\s+to|planning\s+to|intends?\s+to|"
    r"seeks?\s+to)\b",
    SOURCE: r"\baccording\s+to\b|\bsources?\b|\bpeople\s+familiar\b|\bsaid\s+to\s+be\b",
    LOBBY: r"\b(?:urg(?:e|es|ed|ing)|press(?:es|ed|ing)|push(?:es|ed|ing)|pressur(?:es|ed|ing)|"
    r"press\s+(?:\S+\s+){1,3}?to|lobb(?:y|ies|ied|ying)|warn(?:s|ed)?|warning\s+(?:that|of|against)|threaten(?:s|ed|ing)?|"
    r"demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|encourag\w+|persuad\w+|coerc\w+|recommend\w*|"
    r"advis(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to|call(?:s|ed|ing)?\s+(?:on|for|to)|calls|"
    r"pressure\s+(?:on\s+(?:\S+\s+){1,3}?)?to|want(?:s|ed)?\s+(?!to\b)(?:\S+\s+){1,3}?to|"
    r"tell(?:s|ing)?\s+(?:\S+\s+){1,3}?to|told\s+(?:\S+\s+){1,3}?to|"
    r"forc(?:e|es|ed|ing)\s+(?:\S+\s+){1,3}?to|(?:requests?|pleas?|appeals?|demands?)\s+(?:from|by|to)|"
    # Leverage: "links a jet sale to the phase-out of", "ties aid to dropping".
    r"(?:link|links|linked|linking|ties|tied|tying)\s+(?:[\w'’-]+\s+){1,4}?to\s+"
    r"(?=(?:the\s+|a\s+)?(?:phase-?out|removal|ban|exclusion|dropping|removing|banning|"
    r"excluding|ditching|replacing))|conditional\s+on)\b|"
    # "exercent des pressions sur le Maroc pour", "presiona a", "drängt", "naciska na"
    r"\b(?:pressions?\s+sur|" + stems(STEMS["lobby"]) + r")\b",
    # "conditions that would have forced operators to drop Huawei": what did not happen.
    COND: r"\b(?:if|unless|whether|should|in\s+case|(?:would|could|might)\s+have(?!\s+to\b))\b|"
    # "si veta a Huawei", "falls Berlin Huawei verbietet"
    r"\b(?:falls|wenn|jeśli|jeżeli|jos|pokud|dacă|qualora|dersom|hvis|ifall)\b",
    SCOPE: r"\b(?:non-core|cores?|periphery|peripheral|procurement|federal\s+agencies|"
    r"government\s+agencies|state\s+agencies|ministries|government(?:['’]s)?\s+(?:own\s+|"
    r"private\s+)?(?:networks?|systems|offices|buildings|complexes|communications)|military|"
    r"defen[cs]e\s+(?:sites|bases|facilities)|sensitive|critical\s+(?:parts|functions|sites|infrastructure)|"
    r"own\s+(?:networks?|communications|systems)|nuclear|limited\s+role|only\s+(?:in|from|for|on)|"
    r"(?:corporate|internal|official)\s+(?:networks?|communications|systems)|parts\s+of|"
    r"near\s+(?:[\w-]+\s+){0,2}?(?:bases|installations|facilities)|"
    r"some\s+(?:components|parts)|certain\s+(?:components|parts)|"
    r"(?:state|government)\s+(?:[\w-]+\s+){0,2}?(?:projects?|institutions|bodies))\b|"
    r"\b\d+\s*(?:%|per\s*cent\b)|"
    # the same in the other languages read: "del núcleo de su red", "des marchés publics"
    r"\b(?:" + FOREIGN_CORE + r"|"
    r"compras\s+públicas|contratación\s+pública|contratos\s+públicos|marchés\s+publics|"
    r"appalti\s+pubblici|öffentliche\w*\s+(?:aufträge|beschaffung|vergabe)|"
    r"zamówie\w*\s+publiczn\w*|veřejn\w*\s+zakáz\w*|kern|overheidsaankopen|"
    r"aanbesteding\w*|kritieke\s+(?:delen|onderdelen)|"
    r"red\s+(?:5g\s+)?(?:privada\s+)?del\s+gobierno|rede\s+(?:5g\s+)?do\s+governo)\b",
}


@functools.cache
def marker_lexicon() -> Lexicon:
    """Compiled on first use (the analyser asks for it when it is built), then shared."""
    return Lexicon(_PATTERNS.items())


# A lobbying verb aimed at a country's own operators or ministries is an instruction, not lobbying.
_DIRECTIVE_OBJECT = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:operators|carriers|ministries|agencies|companies|firms|"
    r"telecoms?\s+companies|regulators)\b",
    re.IGNORECASE,
)


def _is_directive(text: str, start: int, end: int) -> bool:
    """ "asks operators to", "tells carriers to": a government instructing its own operators."""
    return bool(_DIRECTIVE_OBJECT.match(text, end) or _DIRECTIVE_OBJECT.search(text, start, end))


class Marker(NamedTuple):
    start: int
    end: int
    kind: str
    text: str


class Markers:
    """The markers of one text, looked up by kind and range."""

    def __init__(self, text: str, hits: list[Hit]) -> None:
        """`hits`: the marker lexicon's in `text`."""
        self._by_kind: dict[str, list[Marker]] = {kind: [] for kind in _PATTERNS}
        for start, end, kind in hits:
            if kind == LOBBY and _is_directive(text, start, end):
                continue
            self._by_kind[kind].append(Marker(start, end, kind, text[start:end]))
        self._starts = {kind: [m.start for m in ms] for kind, ms in self._by_kind.items()}

    def within(self, kind: str, start: int, end: int) -> Iterator[Marker]:
        """Markers of `kind` lying wholly inside text[start:end], in order."""
        markers = self._by_kind[kind]
        index = bisect.bisect_left(self._starts[kind], start)
        while index < len(markers) and markers[index].end <= end:
            yield markers[index]
            index += 1

    def last(self, kind: str, start: int, end: int) -> Marker | None:
        found = None
        for marker in self.within(kind, start, end):
            found = marker
        return found

    def any(self, kind: str, start: int, end: int) -> bool:
        return next(self.within(kind, start, end), None) is not None
