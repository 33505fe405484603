"""Numbers as people write them: 60 not 60.0, 2.5, -3 (never "+-3"),
0.3 not 0.30000000000000004. Pure."""

from __future__ import annotations


def number(value: float | int | None, empty: str = "—") -> str:
    """A quantity for reading: whole numbers without a decimal point, others
    with at most two decimals, trailing zeros dropped."""
    if value is None:
        return empty
    rounded = round(float(value), 2)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.2f}".rstrip("0").rstrip(".")


def signed(value: float | int) -> str:
    """A change: +3, -3, +2.5 (zero is 0)."""
    text = number(value)
    return text if text.startswith("-") or text == "0" else "+" + text


def plural(count: float | int, singular: str, many: str | None = None) -> str:
    """The noun agreeing with ``count``: 'column' for 1, 'columns' otherwise."""
    return singular if count == 1 else many or singular + "s"


def counted(count: float | int, singular: str, many: str | None = None) -> str:
    """A count with its noun agreeing: 1 day, 2 days, 0 days."""
    return f"{number(count)} {plural(count, singular, many)}"
