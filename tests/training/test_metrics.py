"""The figures the reading is judged by, and how far they can move with other events."""

from __future__ import annotations

from training.metrics import Quality, interval, judge, total

_RIGHT = judge([("GB", "banned")], [("GB", "banned")])
_MISSED = judge([("GB", "banned")], [])


def test_an_item_read_right_is_a_hit_and_one_missed_a_miss() -> None:
    assert (1, 0, 0) == (_RIGHT.lenient.hits, _RIGHT.lenient.extra, _RIGHT.lenient.missed)
    assert (0, 0, 1) == (_MISSED.lenient.hits, _MISSED.lenient.extra, _MISSED.lenient.missed)


def test_events_read_alike_leave_nothing_to_move() -> None:
    judged = [(f"e{n}", _RIGHT) for n in range(50)]
    assert (1.0, 1.0) == interval(judged)


def test_the_interval_holds_the_figure_and_narrows_with_more_events() -> None:
    def events(count: int) -> list[tuple[str, Quality]]:
        return [(f"e{n}", _RIGHT if n % 2 else _MISSED) for n in range(count)]

    few, many = interval(events(40)), interval(events(400))
    f1 = total(q for _, q in events(400)).lenient.f1
    assert few[0] < many[0] < f1 < many[1] < few[1]


def test_items_of_one_event_are_drawn_together() -> None:
    """Forty items of two events move as two draws, not as forty."""
    judged = [("right", _RIGHT)] * 20 + [("missed", _MISSED)] * 20
    low, high = interval(judged)
    assert 0.0 == low
    assert 1.0 == high
