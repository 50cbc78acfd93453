"""Cue families: what a stance cue says before negation and scope are applied."""

from __future__ import annotations

UPHOLD_BAN = "uphold-ban"  # upholds / imposes a ban: banned
UPHOLD_RESTRICT = "uphold-restrict"  # imposes restrictions: restricted
LIFT = "lift"  # lifts a ban: allowed
REVERSAL = "reversal"  # revisits: a lifted ban if a ban follows, else a review
DENY = "deny"  # denies plans, rejects calls: allowed
RULE_OUT = "rule-out"  # rules out a ban: allowed ("does not rule out": under review)
AGAINST = "against"  # opts against a ban: allowed
STOP_SHORT = "stop-short"  # stops short of a ban: restricted
NO_LIMIT = "no-limit"  # no restrictions on Huawei: allowed
PROHIBIT = "prohibit"  # operators must not use: banned
REMOVE = "remove"  # orders removal: banned, even from the core only
BAN = "ban"  # bars, excludes, blocks: banned, or restricted when partial
RESTRICT = "restrict"  # limits, caps
REVIEW = "review"  # weighs, considers, delays a decision
ALLOW = "allow"  # allows, clears, gives the green light
PARTNER = "partner"  # signs a deal, picks, launches with Huawei

BANNISH = frozenset({BAN, REMOVE, RESTRICT, PROHIBIT, UPHOLD_BAN, UPHOLD_RESTRICT})
NEEDS_TARGET = frozenset({BAN, REMOVE, RESTRICT, PROHIBIT})
NO_BAN = frozenset({AGAINST, RULE_OUT})  # "decides against banning", "rules out a ban"
