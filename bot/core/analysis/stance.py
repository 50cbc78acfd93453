"""What a cue signals once its negation and scope are known.

"bans" → banned; "won't ban" → allowed; "bars ... from government procurement" → restricted;
"lifts its ban" → allowed; "not planning to reverse its ban" → banned; "does not rule out a
ban" → under review; "is not considering measures to shut out" → allowed.
"""

from __future__ import annotations

from typing import NamedTuple

from bot.core.analysis.families import (
    AGAINST,
    ALLOW,
    BAN,
    DENY,
    LIFT,
    NO_BAN,
    NO_LIMIT,
    PARTNER,
    PROHIBIT,
    REMOVE,
    RESTRICT,
    REVERSAL,
    REVIEW,
    RULE_OUT,
    STOP_SHORT,
    UPHOLD_BAN,
    UPHOLD_RESTRICT,
)
from bot.core.models import Stance

_PLAIN: dict[str, Stance] = {
    UPHOLD_BAN: Stance.BANNED,
    UPHOLD_RESTRICT: Stance.RESTRICTED,
    LIFT: Stance.ALLOWED,
    DENY: Stance.ALLOWED,
    RULE_OUT: Stance.ALLOWED,
    AGAINST: Stance.ALLOWED,
    STOP_SHORT: Stance.RESTRICTED,
    NO_LIMIT: Stance.ALLOWED,
    PROHIBIT: Stance.BANNED,
    REMOVE: Stance.BANNED,
    BAN: Stance.BANNED,
    RESTRICT: Stance.RESTRICTED,
    REVIEW: Stance.UNDER_REVIEW,
    ALLOW: Stance.ALLOWED,
    PARTNER: Stance.PARTNERED,
}
# Negated: "won't ban" allows; "won't lift the ban" keeps it; "doesn't rule out" leaves it open.
_NEGATED: dict[str, Stance | None] = {
    UPHOLD_BAN: Stance.ALLOWED,
    UPHOLD_RESTRICT: Stance.ALLOWED,
    LIFT: Stance.BANNED,
    DENY: Stance.UNDER_REVIEW,
    RULE_OUT: Stance.UNDER_REVIEW,
    AGAINST: None,
    STOP_SHORT: None,
    NO_LIMIT: None,
    PROHIBIT: None,
    REMOVE: Stance.ALLOWED,
    BAN: Stance.ALLOWED,
    RESTRICT: Stance.ALLOWED,
    REVIEW: None,
    ALLOW: Stance.BANNED,
    PARTNER: None,
}
# A partial scope ("from the core", "government procurement", "up to 35%") turns these into
# restricted: a partial exclusion, or a permission with limits.
_NARROWED_BY_SCOPE = frozenset({BAN, PROHIBIT, UPHOLD_BAN, ALLOW})


class Around(NamedTuple):
    """What surrounds a cue in its clause."""

    negated: bool  # "won't", "no plans to", "denies"
    scoped: bool  # a partial scope follows: "from the core", "government procurement"
    ban_follows: bool  # a ban verb later in the clause: "revisit its decision to strip"
    removal_follows: bool  # an order to remove: "... and must remove existing gear"
    outright_but: bool = False  # "won't ban it outright, but ...", "won't ban it, but urges ..."
    proposed: bool = False  # "introduces a bill to ban", "proposes to exclude": not yet decided


def signalled(family: str, around: Around) -> tuple[Stance | None, str]:
    """The stance a cue of `family` signals, and why, in words for the explanation."""
    if family == REVERSAL:
        family = LIFT if around.ban_follows else REVIEW
    if family == REVIEW and around.negated:
        if around.ban_follows:  # "is not considering measures to shut out Huawei"
            return Stance.ALLOWED, "a ban is not even being considered"
        return None, "a negated review says nothing"
    stance = _NEGATED[family] if around.negated else _PLAIN[family]
    why = "negated" if around.negated else "plain"
    if stance is None:
        return None, f"{why}: no signal"
    return _qualified(family, stance, around, why)


def _qualified(family: str, stance: Stance, around: Around, why: str) -> tuple[Stance, str]:
    """The stance as a proposal, an "outright ... but" or a partial scope changes it."""
    negated = around.negated
    if around.proposed and not negated and stance in (Stance.BANNED, Stance.RESTRICTED):
        return Stance.UNDER_REVIEW, "proposed, not yet decided"
    if around.outright_but and (family in NO_BAN or (negated and family == BAN)):
        return Stance.RESTRICTED, "no outright ban, but something less"
    # An order to remove makes a partial-sounding ban a ban ("must not use it in new core
    # functions and must remove existing gear").
    narrowed = around.scoped and not around.removal_follows and family in _NARROWED_BY_SCOPE
    if narrowed and (stance is Stance.BANNED or not negated):
        return Stance.RESTRICTED, f"{why}, partial in scope"
    return stance, why
