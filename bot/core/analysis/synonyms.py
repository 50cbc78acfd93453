"""Near-synonyms of each stance family, generated from stems (see stems.py), so that a verb
the hand-written lexicon lacks ("freezes out", "rules Huawei out of", "ring-fences", "probes",
"greenlit") is read like its family's common verbs.

Each tuple is spliced into the cue lexicon after its family's hand-written entries: at one
position the earlier, more specific pattern still wins.
"""

from __future__ import annotations

from bot.core.analysis.families import ALLOW, BAN, REMOVE, RESTRICT, REVIEW
from bot.core.analysis.idioms import gap
from bot.core.analysis.relevance import HUAWEI_LIKE as H
from bot.core.analysis.relevance import VENDOR
from bot.core.analysis.stems import verb, verbs

# Keeping out, locking out, ruling out (of): a vendor excluded.
_KEEP_OUT = verbs(
    "freeze out, lock out, squeeze out, force out, push out, shut off, keep off, leave off, "
    "cut from, cut off, keep away"
)
_OBJECTS_OUT = verb("rule") + r"\s+(?!out\b)" + gap(3) + r"out(?:\s+of)?\b"

BANNING: tuple[tuple[str, str], ...] = (
    (BAN, _KEEP_OUT),
    (BAN, _OBJECTS_OUT),  # "a provision that rules Huawei out of the networks"
    (BAN, verb("rule") + r"\s+out\s+(?=" + H + ")"),  # "rules out Huawei" (not "a ban")
    (BAN, verbs("blacklist disqualify debar")),
    # "ditches Huawei", "dumps ZTE": the vendor as the object ("drops its ban" is a lift).
    (BAN, verbs("ditch dump") + r"\s+(?=" + VENDOR + r"\b)"),
    (REMOVE, verbs("take out, pull out, weed out, root out, yank out, wind down, strip out")),
    (REMOVE, verbs("eject expel evict uproot")),
)

RESTRICTING: tuple[tuple[str, str], ...] = (
    (RESTRICT, verbs("confine constrain ring-fence")),
    (RESTRICT, verb("rein in")),
    (
        RESTRICT,
        verbs("tighten toughen")
        + r"\s+"
        + gap(3)
        + r"(?:rules|restrictions|controls|scrutiny|requirements|checks|oversight|vetting|"
        r"screening|conditions|regime|standards)\b",
    ),
)

REVIEWING: tuple[tuple[str, str], ...] = (
    (REVIEW, verbs("probe scrutinise scrutinize reassess re-examine reexamine investigate")),
    (REVIEW, r"(?:examination|scrutiny|inquiry|re-?assessment)\b"),
    (REVIEW, verbs("look into, hold off")),
    (
        REVIEW,
        r"(?:decision|verdict|ruling)\s+(?:\w+\s+){0,3}?(?:is|are|remains?)\s+(?:still\s+)?"
        r"(?:pending|outstanding|open)\b",
    ),
    # "no decision on Huawei before the election", "yet to decide", "keeps its options open".
    (
        REVIEW,
        r"no\s+(?:final\s+)?decision\s+(?:yet\s+)?(?:has\s+been\s+)?(?:made\s+)?(?:on|about|over)\b",
    ),
    (REVIEW, r"(?:yet|still)\s+to\s+(?:decide|make\s+(?:a|its)\s+decision)\b"),
    (REVIEW, r"(?:keep|keeps|kept|keeping)\s+(?:its|their|all|the)\s+options\s+open\b"),
)

ALLOWING: tuple[tuple[str, str], ...] = (
    (ALLOW, r"(?:greenlit|greenlighted|okay(?:s|ed)?)\s+" + H),
    (
        ALLOW,
        r"open\s+to\s+(?:all|every|any)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:vendors?|suppliers?|bidders?|companies|manufacturers?)\b",
    ),
    (ALLOW, r"(?:will\s+be|would\s+be|be|being)\s+(?:still\s+)?eligible\s+(?:to|for)\b"),
    (
        ALLOW,
        r"(?:no|not\s+any)\s+(?:vendor|supplier|company)\s+(?:will|would|is|to)\s+be\s+"
        r"(?:excluded|barred|banned|shut\s+out)\b",
    ),
)
