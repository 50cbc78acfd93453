"""Stance words in the languages the bot reads, by family: the model's language-free features.

English is read by the rules' own lexicon (cue_lexicon, markers); its families are folded into
the same coarse families as the stems below, so "bans", "verbietet", "interdit" and "zakaz"
all light up `fam:ban` and a handful of examples in one language teach the others.

Stems match at a word start and run on to the word's end ("verbot" finds Verbot, Verbots,
Verbote). Kept short and common: the model weighs them, the rules do not act on them.
"""

from __future__ import annotations

import functools
import re

from bot.core.analysis import families as f

_STEMS: dict[str, str] = {
    "ban": (
        # de
        "verbot verbiet verbann ausschluss ausschließ ausgeschlossen ausgesperrt aussperr "
        "untersag sperrt gesperrt bannt "
        # fr
        "interdi exclu exclut bannit bannir bloque écarte évinc proscri "
        # es, pt
        "prohib proíb proib veta vetar vetó veto excluy excluir exclusión bloquea banir bane "
        # it
        "vieta vietat divieto esclud esclus bando banna bloccat "
        # nl
        "verbod verbied verboden uitgesloten uitsluit geweerd weert buitengesloten "
        # pl
        "zakaz wyklucz wykluczen banow zablokow "
        # sv, fi
        "förbud förbjud utesl portas portad stängs kielt kiello sulke suljet "
        # cs, ro
        "zákaz zakáz zakazuj vylouč vylučuj interzic interzis exclud blochea"
    ),
    "remove": (
        "entfern ausbau rückbau austausch rauswurf retir démont démantèle remplac "
        "desmont sustitu reemplaz rimuov rimozion smantell sostitu remov substitu verwijder "
        "vervang usun usuwa wymian ersätt byta riva poist korva odstran nahraz nahrad elimin "
        "înlocu îndepărt scoate"
    ),
    "restrict": (
        "beschränk einschränk begrenz kernnetz auflage restrei restrict limit cœur núcleo "
        "restring restricc restriz prescrizion nucleo beperk kernnetwerk ogranicz begräns "
        "kärnnät rajoit ydinverk omez jádr restricți nucleul"
    ),
    "review": (
        "entwurf gesetzentwurf prüf erwäg überleg debatt vorschlag projet envisag examin "
        "réfléch consultation propos proyecto anteproyecto estudia plantea consulta analiza "
        "disegno ddl valuta esamin propost consultazion projeto avalia estuda proposta "
        "wetsvoorstel overweeg onderzoek consultatie voorstel projekt nowelizac rozważ "
        "konsultac utred överväg förslag lagförslag remiss lakiesity esity harkits selvit "
        "návrh zvažuj posuz proiect analizeaz dezbat propuner"
    ),
    "allow": (
        "erlaub zulass zugelassen genehmig autoris autoriz permet permit consent "
        "toestaan toegestaan toelat dopuszcz pozwol zezwol tillåt salli hyväksy povol umožn "
        "permite aprob"
    ),
    "partner": (
        "partner zusammenarbeit kooperation vertrag vereinbar absichtserklär partenariat "
        "accord contrat coopération mémorandum acuerdo alianza contrato cooperación memorando "
        "convenio accordo contratto collaborazion intesa acordo parceria cooperação "
        "samenwerk overeenkomst umow porozumien współprac avtal samarbet sopimu yhteisty "
        "kumppan smlouv spoluprác memorand parteneriat contract cooperare colabor"
    ),
    "court": (
        "gericht urteil klage tribunal conseil recours juzgado audiencia recurso tar "
        "tribunale ricorso sentenz justiça rechter rechtbank sąd trybunał skarg domstol "
        "förvaltningsrätt oikeus valitus soud instanț curte"
    ),
    "negation": (
        "nicht kein keine ohne pas sans aucun sin ni non senza não sem nem niet geen zonder "
        "nie bez inte ej utan ingen ei eikä ilman nu fără"
    ),
    "lobby": (
        "drängt fordert warnt druck appell exhorte pression presiona insta advierte presión "
        "pressa preme avverte pressione pressiona alerta pressão dringt waarschuw nacisk "
        "wzywa ostrzega naciska uppmana varna påtryck painost varoit vyzýv varuj tlak presiun "
        "avertiz îndeamn"
    ),
    "state": (
        "regierung bundesregierung ministeri minister gesetz verordnung behörde "
        "gouvernement ministre ministère loi décret autorité gobierno ministerio ministro ley "
        "decreto autoridad governo ministero legge autorità governo ministério lei autoridade "
        "regering kabinet minister wet overheid rząd ministerstw minister ustaw rozporządzen "
        "regering regeringen minister lag myndighet hallitus ministeri laki viranomai vláda "
        "ministr zákon úřad guvern ministr lege ordonanț autoritat"
    ),
    "off_topic": (
        "sanktion handy smartphone exportkontroll halbleiter verhaft festnahm anklage sanction "
        "téléphone puces semi-conduct arrestation sancion móvil teléfono semiconduct detenc "
        "sanzion telefon semicondutt arrest sanç celular telemóvel semicondut prisão sanctie "
        "sankcj smartfon półprzewodnik aresztow mobiltelefon gripen pakote puhelin "
        "älypuhelin sankc čip zatčen sancțiun cipuri arestat chips chip"
    ),
}

# The rules' English cue families, folded into the coarse families above.
_ENGLISH: dict[str, str] = {
    f.BAN: "ban",
    f.PROHIBIT: "ban",
    f.UPHOLD_BAN: "ban",
    f.REMOVE: "remove",
    f.RESTRICT: "restrict",
    f.UPHOLD_RESTRICT: "restrict",
    f.STOP_SHORT: "restrict",
    f.REVIEW: "review",
    f.REVERSAL: "review",
    f.ALLOW: "allow",
    f.LIFT: "allow",
    f.DENY: "allow",
    f.RULE_OUT: "allow",
    f.AGAINST: "allow",
    f.NO_LIMIT: "allow",
    f.PARTNER: "partner",
}


def coarse_family(english_family: str) -> str:
    return _ENGLISH.get(english_family, english_family)


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        family: re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(s) for s in sorted(set(stems.split()))) + r")\w*",
            re.IGNORECASE,
        )
        for family, stems in _STEMS.items()
    }


_STATE = re.compile(
    r"\b(?:government|govt|ministry|minister|regulator|parliament|cabinet|court|law|decree|"
    r"president|prime\s+minister|premier|authorit(?:y|ies)|officials|state|lawmakers|senate|"
    r"congress|legislation|bill|rules?)\b",
    re.IGNORECASE,
)


def state_named(text: str) -> bool:
    """Whether English text names a government body or act ("ministry", "law", "cabinet")."""
    return bool(_STATE.search(text))


def foreign_families(text: str) -> set[str]:
    """The coarse families whose stems appear in `text` (not English text: its words are the
    rules' lexicon's)."""
    return {family for family, pattern in _patterns().items() if pattern.search(text)}
