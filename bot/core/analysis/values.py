"""What the analysis says of an item: the values other parts of the bot code against."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.models import Stance


@dataclass(frozen=True)
class Mention:
    """One country mention in the text."""

    country: str  # code, e.g. "GB", "EU"
    surface: str  # the text matched, e.g. "Downing Street"
    start: int  # offset in Item.text (title + "\n" + summary)
    kind: str  # "name" | "alias" | "demonym" | "seat" | "code"


@dataclass(frozen=True)
class Finding:
    """What one item says of one country it is about."""

    country: str
    stance: Stance | None  # None: the item is about the country but signals no stance
    confidence: float  # 0..1; 0.0 when stance is None
    evidence: str  # the sentence carrying the signal, or the first one naming the country


@dataclass(frozen=True)
class Analysis:
    relevant: bool  # about Huawei (or high-risk / Chinese vendors next to 5G or telecom)
    huawei_terms: tuple[str, ...]
    mentions: tuple[Mention, ...]
    findings: tuple[Finding, ...]  # one per country the item is about; empty if not relevant
    explanation: tuple[str, ...]  # the trace behind `/huawei why`

    @property
    def signals(self) -> tuple[Finding, ...]:
        """The findings that carry a stance."""
        return tuple(finding for finding in self.findings if finding.stance is not None)
