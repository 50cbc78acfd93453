"""Verb forms generated from stems, so a family's lexicon covers every inflection at once.

    verb("bar")          → bar|bars|barred|barring
    verb("freeze out")   → (freeze|freezes|froze|frozen|freezing) (up to 4 words) out
    verbs("limit curb")  → one group of both verbs' forms

English inflection is regular enough for a stance lexicon: a final "e" is dropped before
"-ing"/"-ed", "y" after a consonant becomes "ies"/"ied", a short closed syllable doubles its
last consonant ("bar" → "barred"). The few irregular verbs are listed.
"""

from __future__ import annotations

import re

_IRREGULAR = {
    "forbid": "forbid forbids forbade forbidden forbidding",
    "freeze": "freeze freezes froze frozen freezing",
    "keep": "keep keeps kept keeping",
    "leave": "leave leaves left leaving",
    "shut": "shut shuts shutting",
    "cut": "cut cuts cutting",
    "set": "set sets setting",
    "take": "take takes took taken taking",
    "tear": "tear tears tore torn tearing",
    "lock": "lock locks locked locking",
    "seal": "seal seals sealed sealing",
    "wind": "wind winds wound winding",
    "hold": "hold holds held holding",
    "rule": "rule rules ruled ruling",
    "push": "push pushes pushed pushing",
    "force": "force forces forced forcing",
    "squeeze": "squeeze squeezes squeezed squeezing",
    "choose": "choose chooses chose chosen choosing",
    "ring-fence": "ring-fence ring-fences ring-fenced ring-fencing",
    "greenlight": "greenlight greenlights greenlit greenlighted greenlighting",
}
_DOUBLING = re.compile(r"^(?:[^aeiou]*[aeiou])([bdgmnprt])$")  # bar, ban, cap, strip, ship
_NO_DOUBLING = frozenset({"deliver", "consider", "limit", "visit", "open", "weigh", "review"})


def forms(stem: str) -> list[str]:
    """Every inflection of a one-word verb stem."""
    if stem in _IRREGULAR:
        return _IRREGULAR[stem].split()
    if stem.endswith("e"):
        return [stem, stem + "s", stem + "d", stem[:-1] + "ing"]
    if re.search(r"[^aeiou]y$", stem):
        return [stem, stem[:-1] + "ies", stem[:-1] + "ied", stem + "ing"]
    if re.search(r"(?:s|sh|ch|x|z)$", stem):
        return [stem, stem + "es", stem + "ed", stem + "ing"]
    last = stem[-1]
    if stem not in _NO_DOUBLING and _DOUBLING.match(stem) and last not in "wxy":
        return [stem, stem + "s", stem + last + "ed", stem + last + "ing"]
    return [stem, stem + "s", stem + "ed", stem + "ing"]


def verb(phrase: str, gap: int = 4) -> str:
    """A pattern for a verb, or a phrasal verb whose particle may follow its object ("keeps
    Huawei gear out", "shut out"): the particle comes within `gap` words."""
    head, *particles = phrase.split()
    alternatives = sorted(set(forms(head)), key=len, reverse=True)
    pattern = "(?:" + "|".join(re.escape(form) for form in alternatives) + ")"
    if not particles:
        return pattern + r"\b"
    words = rf"(?:[\w'’.&-]+\s+){{0,{gap}}}?"
    return pattern + r"\s+" + words + r"\s+".join(map(re.escape, particles)) + r"\b"


def verbs(phrases: str, gap: int = 4) -> str:
    """One group of several verbs, comma-separated when phrasal ("shut out, keep out")."""
    parts = [p.strip() for p in phrases.split(",")] if "," in phrases else phrases.split()
    return "(?:" + "|".join(verb(p, gap) for p in parts if p) + ")"
