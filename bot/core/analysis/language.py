"""Which language a headline is in, from its function words: cheap, and good enough to pick
the country names, actors and cues to read it with.

Only the languages the analysis reads are told apart; any other text (another script, or too
few function words to tell) is "" and is read with the shared vocabulary alone.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.core.analysis.text import word_set

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": word_set(
        "a the of and to in for on with from by is are was will not its as at has have be that "
        "over after says said new into amid"
    ),
    "de": word_set(
        "der die das und nicht ist im den dem des mit von für auf bei aus sich zu ein eine "
        "einer wird werden soll keine kein nach über gegen auch vom zum zur"
    ),
    "fr": word_set(
        "le la les des du de un une et est dans pour sur par pas au aux ne se qui que ce avec "
        "sera sont face contre après"
    ),
    "es": word_set(
        "el la los las del de a un una y es en por para con no se que al sus su como contra tras "
        "sobre será está"
    ),
    "it": word_set(
        "il lo la gli le dei delle del della degli un una e è in per con non si che al alla "
        "sul sulla ai nel nella contro dopo"
    ),
    "pt": word_set(
        "o a os as do da de dos das um uma e é em no na nos nas por para com não se que ao à "
        "pelo pela sobre contra após"
    ),
    "nl": word_set(
        "de het een en van in is op te voor met niet aan bij uit zijn wordt worden geen ook "
        "over naar om door tegen"
    ),
    "pl": word_set(
        "i w z na do nie się jest od po o za że dla przez czy jak to ze oraz przed będzie "
        "może ale tego"
    ),
    "sv": word_set(
        "och i på att det som en ett för med av är inte till från om har kan ska mot efter får"
    ),
    "fi": word_set(
        "ja on ei se että ovat oli myös kuin mutta tai sekä jo nyt voi sen hän kun mukaan vuoden"
    ),
    "cs": word_set(
        "a v na se je z do že s o pro by k od jako ve ze po není jsou bude také který které proti"
    ),
    "ro": word_set(
        "și în de la cu pe nu se a o un din că care pentru sunt este mai al ale prin după sau fi"
    ),
    # Danish and Norwegian share most words; the ones they spell apart decide.
    "da": word_set(
        "og ikke af efter også ved være skal bliver blev mod fra til det den som er vil"
    ),
    "no": word_set("og ikke av etter også ved være skal blir ble mot fra til det den som er vil"),
    "sk": word_set(
        "a v na sa je z do že s o by k od ako vo zo po nie sú bude tiež ktorý ktoré proti"
    ),
    "sl": word_set("in v na se je z do da s o za bi k od kot ne so bo tudi ki proti"),
    "et": word_set("ja on ei see et ka kui aga või ning oli nüüd mis seda ta"),
    "lt": word_set("ir į iš kad su yra bus ne dėl nuo per už kaip tai"),
    "hu": word_set("az és nem egy hogy meg is már csak de mint"),
    # Read with the shared vocabulary only; listed so that their words do not vote for another.
    "id": word_set("yang dan di ke dari untuk dengan ini itu akan tidak bagi oleh dalam apa"),
    "tr": word_set("ve bir bu için ile ihalesini olarak daha çok gibi"),
    "sh": word_set("je i u na za da li se ni od su će ili kao"),
    "vi": word_set("của và có không là được cho với trong này những các"),
}
# Letters that only some of these languages write: each one found is a strong vote.
_LETTERS: dict[str, str] = {
    "pl": "ąęłńśźż",
    "cs": "řěůčďťň",
    "ro": "ășțî",
    "de": "ß",
    "fi": "",
    "sv": "å",
    "pt": "ãõ",
    "es": "ñ¿¡",
    "fr": "œçèêëàù",
    "tr": "ğış",
    "hu": "őű",
    "da": "æøå",
    "no": "æøå",
    "sk": "ôľĺŕčďťň",
    "et": "õ",
    "lt": "ėįųū",
    "vi": "ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựđ",
}
_WORD = re.compile(r"[^\W\d_]+")
# Case endings: "Ruotsissa", "Huawein kanssa", "verkoista".
_FINNISH_ENDINGS = tuple("ssa ssä sta stä lla llä lta ltä iin ksi aan ään nsa nsä".split())  # noqa: SIM905
_POSSESSIVE = re.compile(r"['’]s\b")
_LETTER = re.compile(r"[^\W\d_]")
_NOT_LATIN = re.compile(r"[^\W\d_A-Za-zÀ-ɏ]")  # a letter of another script
_ASCII = re.compile(r"[\x00-\x7f]+")


def guess_language(text: str) -> str:
    """The language of `text` ("en", "de", ...), or "" when it is unclear or not Latin script."""
    if not text.isascii() and (others := len(_NOT_LATIN.findall(_ASCII.sub("", text)))):
        letters = len(_LETTER.findall(text))  # counted only when another script is written
        if letters - others < 0.6 * letters:
            return ""
    words = _WORD.findall(_POSSESSIVE.sub("", text).lower())
    scores = dict.fromkeys(_FUNCTION_WORDS, 0.0)
    for word in filter(_LANGUAGES_OF.__contains__, words):
        for language in _LANGUAGES_OF[word]:
            scores[language] += 1.0
    lowered = text.lower()
    if not lowered.isascii():  # every telling letter is outside ASCII
        _add_letters(scores, lowered)
    scores["fi"] += 0.7 * sum(1 for w in words if w.endswith(_FINNISH_ENDINGS))
    best = max(scores, key=lambda language: scores[language])
    return best if scores[best] >= 1 else ""


def _add_letters(scores: dict[str, float], lowered: str) -> None:
    counts = Counter(_ASCII.sub("", lowered))
    for mark, count in counts.items():
        for language in _LANGUAGES_WRITING.get(mark, ()):
            scores[language] += 1.5 * count
    if "ä" in counts or "ö" in counts:
        scores["fi"] += 0.5 * counts["ä"] + 0.5 * counts["ö"]
        scores["sv"] += 0.3 * counts["ä"]
        scores["de"] += 0.3 * (counts["ä"] + counts["ö"] + counts["ü"])


def _languages_of() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for language, vocabulary in _FUNCTION_WORDS.items():
        for word in vocabulary:
            found.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in found.items()}


_LANGUAGES_OF = _languages_of()  # each function word, with the languages that use it
_LANGUAGES_WRITING = {
    mark: tuple(language for language, marks in _LETTERS.items() if mark in marks)
    for mark in "".join(_LETTERS.values())
}
