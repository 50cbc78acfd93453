"""The product's stance conventions, applied to what the clause reading found.

The clause reading says what a verb does ("bars", "removes", "won't ban"); the conventions
(corpus/README.md) say what that means for a government's stance once the whole item is read:

- Drafts and hedges: a bill, a draft, a motion or a consultation, or a measure that "may" or
  "could" come, is under review however the headline words it ("Romania bars Huawei" about a
  bill the government approved), unless the item says the law is in force.
- Core versus all: an exclusion from the core, or of some components, or a veto of one deal,
  restricts; only removal from core and radio (or all 5G) bans.
- Background: "Last year, Australia and Japan banned ..." in the summary of a story about
  something else is context, not news of those countries.
- Reacting countries: China answering another country's decision ("China warns Sweden after
  ban") decides nothing of its own.
- US-promoted declarations: a 5G "security declaration", memorandum or Clean Network pledge
  signed with the US is not binding; on its own it puts the question under review.
- Warnings: a country's own authority warning against Huawei's kit ("NÚKIB warns against
  Huawei and ZTE") is `restricted`: where such a warning binds, it keeps Huawei out in practice.
- Negations: "won't ban" is `allowed` unless a restriction already in force still stands (the
  record says so), and then it is that restriction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.core.analysis.foreign_words import STEMS, SUSPENDING, stems
from bot.core.analysis.lexicon import for_lowercased, guarded
from bot.core.analysis.markers import FOREIGN_CORE
from bot.core.analysis.mentions import Entity
from bot.core.analysis.pending import in_force
from bot.core.analysis.reading import Signal
from bot.core.analysis.relevance import US_NAMES
from bot.core.analysis.text import Span
from bot.core.analysis.topics import NAMES_5G
from bot.core.analysis.unnamed import acts_for_country
from bot.core.models import Stance

# A document that is not law yet, with the exclusion it carries: anywhere in the story's lead
# ("approved a bill that effectively bars", "draft law which could remove", "a ban bill").
_EXCLUSION = (
    r"(?:bar|ban|block|exclu|remov|restrict|prohibit|shut|oust|keep|phas|rip|strip|purg|ditch)"
)
_DRAFT = for_lowercased(
    re.compile(
        r"\b(?:bills?|draft\w*|motion|proposals?|proposed|proposes?|consultation|white\s+paper)\b"
        r"(?:\W+\w+){0,6}?\W+"
        + _EXCLUSION
        + r"|\b"
        + _EXCLUSION
        + r"\w*\s+(?:bill|draft|motion)\b",
        re.IGNORECASE,
    )
)
# A power to exclude, not an exclusion: "gives the security authority more power to exclude
# suppliers", "a law allowing authorities to ban", "enable Ottawa to ban". A framework with no
# vendor designated yet leaves the question under review, even once it is law; using the power
# ("uses its new powers to bar") is an exclusion.
_EMPOWERING = for_lowercased(
    re.compile(
        r"\b(?:powers?|authority|right)\s+to\s+(?:\w+\s+){0,2}?"
        + _EXCLUSION
        + r"|\b(?:allow(?:s|ing)?|enabl(?:e|es|ing)|empower\w*|authori[sz](?:e|es|ing))\s+"
        r"(?!(?:\w+\s+)?(?:operators|carriers|telcos|companies|firms|providers)\b)"
        r"(?:[\w'’-]+\s+){1,3}?to\s+(?:\w+\s+)?"
        + _EXCLUSION
        # "las bases para poder prohibir", "pour pouvoir exclure", "per poter escludere"
        + r"|\b(?:para|pour|per|um)\s+(?:poder|pouvoir|poter|podermos)\s+"
        r"(?:prohib|vet|exclu|interd|esclud|vieta|proib|verbiet)",
        re.IGNORECASE,
    )
)
_USING_POWERS = for_lowercased(
    re.compile(r"\b(?:us(?:e|es|ed|ing)|invok\w+|exercis\w+)\s+(?:\w+\s+){0,2}?powers?\b")
)
# A bill in the other languages read.
_FOREIGN_BILL = (
    r"projet\s+de\s+loi|proposition\s+de\s+loi|(?:ante)?proyecto\s+de\s+ley|"
    r"projeto\s+de\s+lei|disegno\s+di\s+legge|ddl|proposta\s+di\s+legge|"
    r"\w*gesetzentwurf\w*|referentenentwurf\w*|wetsvoorstel\w*|projekt\w*\s+ustawy|nowelizacj\w*|"
    r"lagförslag\w*|návrh\w*\s+zákona|proiect\w*\s+de\s+lege|lakiesity\w*"
)
# The same as _DRAFT in those languages: "proyecto de ley para excluir a Huawei", "projet de
# loi visant à exclure", "Gesetzentwurf ... verbieten", "projekt ustawy ... wykluczenie".
_FOREIGN_DRAFT = for_lowercased(
    re.compile(
        r"\b(?:"
        + _FOREIGN_BILL
        + r")(?:\W+\w+){0,8}?\W+(?:"
        + stems(STEMS["ban"] + " " + STEMS["remove"] + " " + STEMS["restrict"])
        + r")",
        re.IGNORECASE,
    )
)
# A measure that may come: just before the verb.
_HEDGE = re.compile(
    r"\b(?:may|might|could|poised\s+to|weighs?|weighing|mulls?|mulling|"
    r"consider(?:s|ing)?|mooted|looking\s+(?:for|at)\s+(?:legal\s+)?(?:options|ways)|"
    r"edges?\s+closer|moves?\s+closer|pav(?:es|ing)\s+the\s+way|would\s+allow|set\s+(?:to|for)|"
    r"(?:wants?|plans?|intends?|seeks?|needs?|prepar(?:es|ing)|expected|likely)\s+to|"
    r"potentially|seeks?\s+(?:the\s+)?powers?\s+to|"
    r"should|whether|potential|possible|looming|"
    # the same in the other languages read: "posible veto", "admite rever", "könnte"
    r"posib\w*|possív\w*|possibil\w*|mögliche?\w*|eventual\w*|eventuell\w*|potenci\w*|"
    r"potentiel\w*|potenzial\w*|ewentualn\w*|możliw\w*|prawdopodobn\w*|mahdollis\w*|sinaliz\w*|rever|"
    r"revisar|reconsid\w*|riconsider\w*|überdenk\w*|recuar|podría\w*|podrá|poderá|pode|podem|"
    r"puede|pueden|busca\w*|"
    r"poderia|pourrai\w*|potrebbe\w*|könnte\w*|planea\w*|planeja\w*|prevede|prevé|prevê|"
    r"prévoit|envisag\w*|pretend\w*|quiere|vuole|wollen|vill|planerar|överväger|"
    r"veut|veulent|souhait\w*|quer|querem|wil|willen|explor\w*|pondera\w*|estudia|estuda|"
    r"considera|consideran|consideram|pianific\w*|zvažuj\w*|plánuj\w*|planuj\w*|rozważ\w*|"
    r"erwäg\w*|overweeg\w*|overwegen|overwoog\w*|harkitse\w*|verso|vers|hacia|rumo\s+a|"
    r"se\s+encamina\w*\s+a|"
    r"prepara\w*|prépare\w*|chce|chcą|chtějí|aikoo|aikovat|"
    # on the way to it, or soon: "Tyskland på vej med 5G-forbud", "bientôt interdit"
    r"på\s+(?:vej|väg|vei)|on\s+(?:the|its)\s+way\s+to|auf\s+dem\s+Weg|bientôt|demnächst|"
    r"binnenkort|wkrótce|snart)\b",
    re.IGNORECASE,
)
# A ban suspended, by a court or pending an appeal, is not lifted: "court suspends Huawei ban",
# "al suspender tribunal el veto a Huawei".
_SUSPENDED = re.compile(stems(SUSPENDING), re.IGNORECASE)
# Admitted in part, or not excluded in full: "Huawei pas totalement banni", "partiellement
# autorisé", "nicht komplett ausschließen", "ne sera pas banni ... mais presque": restricted.
_IN_PART = re.compile(
    r"\b(?:partially|partly|in\s+part|partiellement|en\s+partie|teilweise|deels|gedeeltelijk|"
    r"parcialmente|parzialmente|częściowo|částečně|"
    r"(?:not|pas|nicht|niet|no|non|nie|ne)\s+(?:\w+\s+)?(?:totally|completely|fully|entirely|"
    r"totalement|complètement|entièrement|komplett|ganz|vollständig|völlig|helemaal|volledig|"
    r"totalmente|completamente|całkowicie|úplně)|"
    r"(?:but|mais|aber|pero|ma|mas|maar)\s+(?:almost|presque|fast|casi|quasi|quase|bijna)|"
    # "pas banni mais fortement limité", "not banned but restricted"
    r"(?:but|mais|aber|pero|ma|mas|maar)\s+(?:\w+\s+)?(?:limited|restricted|limitée?s?|"
    r"restreinte?s?|eingeschränkt|beschränkt|limitad[oa]s?|limitat[oaie]|beperkt))\b",
    re.IGNORECASE,
)
_LAW_PASSED = for_lowercased(
    re.compile(
        r"\b(?:parliament|lawmakers|legislature|assembly|congress|senate)\s+(?:\w+\s+){0,2}?"
        r"(?:passes|passed|approves|approved|adopts|adopted)\s+(?:\w+\s+){0,3}?(?:law|act)\b",
        re.IGNORECASE,
    )
)
_PARTIAL = re.compile(
    r"\b(?:core|cores|components?|parts\s+of|sensitive|critical\s+(?:parts|functions)|"
    r"\w*komponenten|"
    + FOREIGN_CORE
    + r"|componentes?|composants?|componenti|accordo|acuerdo|acordo|accord|Vertrag|"
    r"(?:deal|contract|cooperation|agreement|partnership|trials?)\b)",
    re.IGNORECASE,
)
_WHOLE = re.compile(
    r"\b(?:radio|RAN|access\s+network|antennas?|base\s+stations?|entire|all\s+(?:5G|"
    r"equipment|kit|gear|networks?)|whole|completely|fully|rip\s+out\s+all|core\s+and\s+"
    r"(?:the\s+)?(?:radio|access))\b",
    re.IGNORECASE,
)
# A pledge made with the US: the lead names both the US and a declaration-like act.
_US = guarded(
    re.compile(
        r"\b(?:"
        + US_NAMES
        + r"|American|Pompeo|[Aa]merican[ao]s?|[Aa]méricain\w*|[Aa]merikan\w*|[Aa]merick\w*|"
        r"[Aa]merykańsk\w*)\b"
    )
)
_CLEAN_NETWORK = r"Clean\s+Network|red\s+limpia|rede\s+limpa|rete\s+pulita|réseau\s+propre"
# A pact with Huawei or China is no pledge to the US, even where the US is named beside it.
_CHINESE_PARTY = r"(?:huawei|zte|chin\w*)\b"
_PLEDGE = guarded(
    for_lowercased(
        re.compile(
            r"\b(?:(?:declarations?|memorand\w+|MoU|joint\s+statement|initiative|"
            r"iniciativa|iniziativa|deklaracj\w*|declaración|declaração|déclaration|"
            r"dichiarazione|Erklärung|deklarác\w*|vyhlásen\w*|prohlášení)"
            r"(?!\s+(?:of\s+understanding\s+)?(?:with|con|com|avec|mit|z)\s+(?:[\w-]+\s+){0,2}?"
            + _CHINESE_PARTY
            + r")|"
            + _CLEAN_NETWORK
            # "Georgia and US plan close cooperation on 5G networks"
            + r"|cooperation\s+on\s+(?:5G|fifth)"
            # not Huawei's own: "Cambodia and Huawei signed an agreement", "deal with Huawei"
            + r"|(?<!huawei\s)(?<!zte\s)(?:sign\w*|nearing|close\s+to\s+signing)\s+"
            r"(?:an?\s+|the\s+)?(?:(?!" + _CHINESE_PARTY + r")[\w-]+\s+){0,2}?"
            r"(?:deal|agreement|pact)(?!\s+with\s+(?:[\w-]+\s+){0,2}?" + _CHINESE_PARTY + r"))\b",
            re.IGNORECASE,
        )
    )
)
# Huawei suing a state, in court or in arbitration: "Huawei takes Sweden to court", "Huawei
# verklagt US-Regierung", "Huawei daagt Zweden voor de rechter". Not an appeal against a
# decision, which the conventions read as the decision standing.
_SUED = re.compile(
    r"\b(?:Huawei|ZTE)\w*\s+(?:[\w'’-]+\s+){0,2}?(?:sues|suing|sued|files?\s+(?:a\s+)?lawsuit|"
    r"takes?\s+\S+(?:\s+\S+)?\s+to\s+court|asks?\s+(?:a\s+|the\s+)?(?:\w+\s+)?court|"
    r"(?:goes|going)\s+to\s+court|commences\s+arbitration|daagt|verklagt|demanda|stämmer|"
    r"åberopar|pozywa|žaluje)\b",
    re.IGNORECASE,
)
_BACKGROUND = re.compile(
    r"^\W*(?:last\s+(?:year|month)|earlier|previously|in\s+(?:19|20)\d\d|since|already|"
    r"back\s+in|in\s+the\s+past|eerder|vorig\s+jaar|zuvor|bereits|früher|auparavant|"
    r"anteriormente|in\s+precedenza|wcześniej)\b",
    re.IGNORECASE,
)
_SCOPE_REACH = 70  # how far after its verb a measure's scope is read ("removes ... from the core")
_REACTOR = "CN"
_EXCLUDING = frozenset({Stance.BANNED, Stance.RESTRICTED})
_PLEDGED = _EXCLUDING | {Stance.PARTNERED}
_PLEDGER = "US"
# A pact about 5G: it names 5G, or it is the US's Clean Network.
_ABOUT_5G = re.compile(NAMES_5G.pattern + "|" + _CLEAN_NETWORK, re.IGNORECASE)
_DECLARED_WEIGHT = 0.7  # as sure as a verb read in the summary's first sentence
_Reading = tuple[list[Signal], list[str]]  # signals, and a note for each
# A bill, a draft or a motion named by the headline itself ("Vote on Huawei bill postponed",
# "Parliament passes motion on Huawei"): the question is before its lawmakers.
_BILL_IN_TITLE = for_lowercased(
    re.compile(
        r"\b(?:bills?|draft\w*|motions?|amendments?|" + _FOREIGN_BILL + r")\b", re.IGNORECASE
    )
)
_BILL_WEIGHT = 0.5  # the bill may be about something else in the sector: a hint for the model
# A country's own authority warning against Huawei's kit as a security threat ("NÚKIB warns
# against Huawei and ZTE", "varuje úřad"): where such a warning binds (Czechia's) it has kept
# Huawei out in practice, which the conventions call restricted.
_WARNS = for_lowercased(
    re.compile(
        r"\b(?:warns?|warning|warnt|varuj\w*|varován\w*|met\s+en\s+garde|advierte|avverte|"
        r"ostrzega|"
        # a threat or a risk to security, as a Czech or Slovak authority calls it
        r"bezpečnostn\w+\s+(?:hrozb|rizik)\w*|(?:hrozb|rizik)\w*\s+pro\s+bezpečnost\w*|"
        r"považuj\w*\s+(?:[\w-]+\s+){0,3}?za\s+(?:hrozb|rizik)\w*)\b",
        re.IGNORECASE,
    )
)
_WARNED_WEIGHT = 0.5
_HUAWEI_WARNS = re.compile(r"\bHuawei\s+(?:warns|warnt)\b|\b(?:varuje|warnt),?\s+Huawei\b")
# What is warned against is the measure, not Huawei ("Altmaier warnt vor Huawei-Ausschluss",
# "warns against a ban"): the one warning opposes restricting it.
_AGAINST_A_MEASURE = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:\w+-)?(?:ausschlu\w*|verbot\w*|bann\w*|boykott\w*|bans?|"
    r"banning|exclu\w*|zákaz\w*|vylouč\w*)\b"
)


def apply_conventions(
    text: str,
    sentences: list[Span],
    actors: list[Entity],
    signals: list[Signal],
    standing: Callable[[str], Stance],
) -> _Reading:
    """The signals as the conventions read them, and a note for each one changed or dropped."""
    title_codes = _title_codes(actors, sentences[0].end)
    if not signals:  # most relevant items: only the lead is read (a pact, a bill, a warning)
        lead = _lead(text, sentences)
        pact = _declared(lead, _pledged_with_us(lead), title_codes)
        title = text[: sentences[0].end]
        return pact if pact[0] else _billed(title, actors) or _warned(title, actors) or ([], [])
    if _SUED.search(text, 0, sentences[0].end):
        why = "Huawei's own lawsuit: a mention, the measure it contests only its cause"
        return [], [f"{signal.code} {signal.stance}: {why}" for signal in signals]
    notes: list[str] = []
    kept: list[Signal] = []
    story = _story(text, sentences)
    for signal in signals:
        sentence = sentences[signal.sentence]
        said = text[sentence.start : sentence.end]
        if why := _dropped(signal, said, title_codes, story.pledged):
            notes.append(f"{signal.code} {signal.stance}: {why}")
            continue
        stance, why = _convention(signal, text, sentence, story)
        if signal.negated and stance is Stance.ALLOWED and standing(signal.code) in _EXCLUDING:
            stance, why = standing(signal.code), "not a new exclusion; the one in force stands"
        if stance is not signal.stance:
            notes.append(f"{signal.code} {signal.stance} → {stance}: {why}")
        kept.append(signal._replace(stance=stance))
    declared, declared_notes = _declared(
        story.lead, story.pledged, title_codes - {signal.code for signal in signals}
    )
    return kept + declared, notes + declared_notes


def _declared(lead: str, pledged: bool, codes: set[str]) -> _Reading:
    """A 5G declaration signed with the US and no stance verb of its own ("Slovenia and the
    US sign a 5G declaration"): under review for the headline's other countries."""
    if not pledged or not _ABOUT_5G.search(lead):
        return [], []
    parties = sorted(codes - {_PLEDGER, _REACTOR, "EU"})
    why = "a 5G declaration signed with the US: under review"
    signals = [Signal(code, Stance.UNDER_REVIEW, _DECLARED_WEIGHT, 0, why) for code in parties]
    return signals, [f"{code} under_review: {why}" for code in parties]


def _billed(title: str, actors: list[Entity]) -> _Reading | None:
    """A headline naming a bill, a draft or a motion, and no stance verb read anywhere: under
    review for the one country the item names as acting."""
    if not _BILL_IN_TITLE.search(title.lower()):
        return None
    codes = {a.code for a in actors if acts_for_country(a)}
    why = "a bill, a draft or a motion in the headline: under review"
    return _one_country(codes - {_REACTOR, "EU"}, Stance.UNDER_REVIEW, _BILL_WEIGHT, why)


def _warned(title: str, actors: list[Entity]) -> _Reading | None:
    """A headline where one country's own authority warns against Huawei: restricted. Not
    Huawei warning ("varuje Huawei"), nor a warning given to a leader ("X warns Buhari")."""
    lowered = title.lower()
    warning = _WARNS.search(lowered)
    if (
        warning is None
        or _HUAWEI_WARNS.search(title)
        or _AGAINST_A_MEASURE.match(lowered, warning.end())
    ):
        return None
    # English puts the one who warns first; Czech and German may put it after the verb.
    end = warning.start() if warning.group(0).startswith("warn") else len(title)
    codes = {
        a.code
        for a in actors
        if a.start < end
        and a.code
        and (a.kind in ("agency", "leader") or (a.kind == "demonym" and a.institutional))
    }
    why = "its own authority warns against Huawei: restricted"
    return _one_country(codes - {_REACTOR, _PLEDGER, "EU"}, Stance.RESTRICTED, _WARNED_WEIGHT, why)


def _one_country(codes: set[str], stance: Stance, weight: float, why: str) -> _Reading | None:
    """A signal for the one country of `codes`; None when they are several or none."""
    if len(codes) != 1:
        return None
    (code,) = codes
    return [Signal(code, stance, weight, 0, why)], [f"{code} {stance}: {why}"]


@dataclass(frozen=True)
class _Story:
    """What the whole item says of the kind of act it reports, read once per item."""

    lead: str  # the title and the first summary sentence
    enacted: bool  # the law is said to be in force or passed
    drafted: bool  # the lead names a bill, a draft or a proposal
    empowering: bool  # the act gives a power to exclude, and names no one excluded
    pledged: bool  # a declaration signed with the US


def _story(text: str, sentences: list[Span]) -> _Story:
    lead = _lead(text, sentences)
    enacted = in_force(text) or bool(_LAW_PASSED.search(text.lower()))
    lowered = lead.lower()
    drafted = bool(_DRAFT.search(lowered) or _FOREIGN_DRAFT.search(lowered))
    empowering = bool(_EMPOWERING.search(lowered)) and not _USING_POWERS.search(lowered)
    return _Story(lead, enacted, drafted, empowering, _pledged_with_us(lead))


def _title_codes(actors: list[Entity], title_end: int) -> set[str]:
    return {a.code for a in actors if a.start < title_end and acts_for_country(a)}


def _lead(text: str, sentences: list[Span]) -> str:
    """The title and the first summary sentence: where a story says what kind of act it is."""
    return text[: sentences[min(1, len(sentences) - 1)].end]


def _dropped(signal: Signal, said: str, title_codes: set[str], pledged: bool) -> str:
    if signal.sentence > 0 and signal.code not in title_codes and _BACKGROUND.search(said):
        return "background in the summary, not this story's news"
    if signal.code == _REACTOR and title_codes - {_REACTOR}:
        return "China reacting to another country's decision"
    if signal.code == _REACTOR and signal.stance in _EXCLUDING:
        return "China excludes none of its own vendors: someone else's exclusion"
    if signal.code == _PLEDGER and title_codes - {_PLEDGER} and pledged:
        return "the US as the party to another country's declaration"
    return ""


def _convention(signal: Signal, text: str, sentence: Span, story: _Story) -> tuple[Stance, str]:
    stance = signal.stance
    if stance in _EXCLUDING and (why := _not_yet(signal, text, story)):
        return Stance.UNDER_REVIEW, why
    if stance is Stance.ALLOWED and (reading := _not_quite(signal, text, sentence)):
        return reading
    if (
        stance is Stance.ALLOWED
        and not signal.negated
        and _hedged(signal, text)
        and not story.enacted
    ):
        return Stance.UNDER_REVIEW, "an admission that may come, not one made"
    if stance in _PLEDGED and signal.code != _PLEDGER and story.pledged:
        return Stance.UNDER_REVIEW, "a declaration signed with the US, not a binding measure"
    scope = text[max(sentence.start, signal.at) : min(sentence.end, signal.at + _SCOPE_REACH)]
    if stance is Stance.BANNED and _PARTIAL.search(scope) and not _WHOLE.search(scope):
        return Stance.RESTRICTED, "out of the core, some components or one deal only"
    return stance, ""


def _not_yet(signal: Signal, text: str, story: _Story) -> str:
    """Why an exclusion is still to come, or "" when it is taken."""
    if not story.enacted and (_hedged(signal, text) or story.drafted):
        return "a draft, a proposal or a measure that may come"
    return "a power to exclude, no one excluded yet" if story.empowering else ""


def _hedged(signal: Signal, text: str) -> bool:
    return bool(_HEDGE.search(text, max(0, signal.at - 40), max(signal.at, 0)))


def _not_quite(signal: Signal, text: str, sentence: Span) -> tuple[Stance, str] | None:
    """An admission that is not one (a ban suspended, or an admission in part), or None."""
    if signal.at < 0:  # a signal read from the whole lead, with no verb of its own
        return None
    if _SUSPENDED.match(text, signal.at):
        return Stance.UNDER_REVIEW, "a ban suspended, not lifted"
    near = text[max(sentence.start, signal.at - 40) : min(sentence.end, signal.at + 60)]
    if _IN_PART.search(near):
        return Stance.RESTRICTED, "admitted in part, or not excluded in full"
    return None


def _pledged_with_us(lead: str) -> bool:
    return bool(_US.search(lead)) and bool(_PLEDGE.search(lead.lower()))
