"""From signals to findings: one per country, the strongest stance, a confidence, evidence.

Signals for one country and stance combine like independent witnesses (1 − Π(1 − w)): a
headline alone gives 0.9, a headline with a summary sentence agreeing about 0.97, a summary
sentence alone 0.55-0.7. Signals for another stance pull the confidence down. Allowed does
not contradict partnered (a partner is allowed).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.analysis.reading import Signal
from bot.core.analysis.values import Finding
from bot.core.models import Stance

_COMPATIBLE = frozenset({frozenset({Stance.PARTNERED, Stance.ALLOWED})})


def findings_from(
    signals: list[Signal], subjects: dict[str, int], sentence: Callable[[int], str]
) -> tuple[list[Finding], list[str]]:
    """Findings for every country with signals, then the subjects (country → sentence naming
    it) that have none."""
    by_country: dict[str, list[Signal]] = {}
    for signal in signals:
        by_country.setdefault(signal.code, []).append(signal)
    findings: list[Finding] = []
    lines: list[str] = []
    for code, own in by_country.items():
        finding, line = _decide(code, own, sentence)
        findings.append(finding)
        lines.append(line)
    for code, index in subjects.items():
        if code not in by_country:
            findings.append(Finding(code, None, 0.0, sentence(index)))
            lines.append(f"{code}: about it, no stance signal")
    return findings, lines


def _qualified(own: list[Signal]) -> list[Signal]:
    """ "Lets Huawei into 5G but caps its role": a permission and a restriction of one country
    in one sentence are one restricted stance."""
    restricted = {s.sentence for s in own if s.stance is Stance.RESTRICTED}
    return [
        s._replace(stance=Stance.RESTRICTED)
        if s.stance is Stance.ALLOWED and s.sentence in restricted
        else s
        for s in own
    ]


def _decide(code: str, own: list[Signal], sentence: Callable[[int], str]) -> tuple[Finding, str]:
    own = _qualified(own)
    scores: dict[Stance, float] = {}
    for signal in own:
        scores[signal.stance] = 1 - (1 - scores.get(signal.stance, 0.0)) * (1 - signal.weight)
    best = max(scores, key=lambda stance: scores[stance])
    against = sum(
        score
        for stance, score in scores.items()
        if stance is not best and frozenset({best, stance}) not in _COMPATIBLE
    )
    support = scores[best]
    confidence = round(support * (1 - 0.5 * against / (support + against)), 2)
    strongest = max((s for s in own if s.stance is best), key=lambda s: s.weight)
    agreeing = sum(1 for s in own if s.stance is best)
    line = f"{code}: {best} at {confidence:.2f} from {agreeing} signal(s)" + (
        f", {len(own) - agreeing} disagreeing" if len(own) > agreeing else ""
    )
    return Finding(code, best, confidence, sentence(strongest.sentence)), line
