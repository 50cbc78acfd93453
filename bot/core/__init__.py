"""The platform-neutral domain: plain values and decisions, standard library only."""
