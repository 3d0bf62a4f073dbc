"""Physical units through pint: '5 km' and '5,000 metres' are one length, '60 mph' and
'97 km/h' one speed.

A figure's unit is the word written right after it ('km', 'metres', 'km/h'). Where pint
knows it as a length, mass, area, volume, speed, energy or power, the figure is compared in
base units; any other word ('soldiers', 'points', 'percent') stays a noun. pint's registry
is loaded on first use, once, and only for figures that carry such a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from claimcheck.models import Interval
from claimcheck.normalize.words import spaced as words

if TYPE_CHECKING:
    import pint

# The word after a figure that may be its unit: 'km', 'km/h', 'm/s', 'sq', '-mile'.
UNIT_AFTER = re.compile(r"(?:\s?-\s?|\s)?(?P<unit>[A-Za-zµ]+(?:/[A-Za-z]+)?)\b")
# The dimensions compared, as pint names them. Not time (durations are read apart), not
# temperature (its scales have offsets) and not dimensionless ones ('percent', 'GB').
DIMENSIONS = {
    "[length]": "length",
    "[mass]": "mass",
    "[length] ** 2": "area",
    "[length] ** 3": "volume",
    "[length] / [time]": "speed",
    "[mass] * [length] ** 2 / [time] ** 2": "energy",
    "[mass] * [length] ** 2 / [time] ** 3": "power",
}
DIMENSION_NAMES = frozenset(DIMENSIONS.values())
# What a unit of those dimensions is written as: a symbol of one to three letters ('km',
# 'mph', 'kW'), a rate ('km/h'), or a spelled unit with its prefix and plural.
MAY_BE_UNIT = re.compile(
    r"[A-Za-zµ]{1,3}|\w+/\w+"
    r"|(?i:(?:kilo|centi|milli|mega|giga)?(?:met(?:er|re)|gram|lit(?:er|re)|watt|joule)s?"
    r"|miles?|feet|foot|inch(?:es)?|yards?|tonnes?|tons?|ounces?|acres?|hectares?"
    r"|gallons?|pints?|knots?|calories?|horsepower|nautical)"
)
# Words pint knows as units that prose uses otherwise: 'five points', 'a pound' (money),
# '7 pm' (not picometres), '5 are missing' (not ares), '3 mil' (millions), '€3.8 billion
# has been spent' (not hectares), '12 bags', '3 buses'.
NOT_UNITS = words(
    "point points pt pound pounds a an in at am pm are st mil pc ly ha bar b "
    "has bag bags bus buses fly flies pin pins toe toes"
)


@dataclass(frozen=True)
class Physical:
    """A figure's unit as pint reads it: its dimension, and the factor to base units."""

    unit: str
    dimension: str
    factor: float

    def scaled(self, interval: Interval) -> Interval:
        """Return an interval in this unit as the same interval in base units."""
        return interval.model_copy(
            update={"lo": interval.lo * self.factor, "hi": interval.hi * self.factor}
        )


def physical(text: str, end: int) -> Physical | None:
    """Return the physical unit written right after a figure that ends at `end`, or None.

    Only a word that may be a unit (a symbol, or a spelled unit of the dimensions above) is
    looked up, so a text of soldiers and cars never loads pint."""
    m = UNIT_AFTER.match(text, end)
    if m is None or m.group("unit").lower() in NOT_UNITS or not MAY_BE_UNIT.fullmatch(m["unit"]):
        return None
    return _resolve(m.group("unit"))


@cache
def _resolve(unit: str) -> Physical | None:
    import pint

    try:
        base = _registry().Quantity(1, unit).to_base_units()
    except (pint.errors.PintError, AttributeError, TypeError, ValueError):
        return None
    dimension = DIMENSIONS.get(str(base.dimensionality))
    return Physical(unit, dimension, float(base.magnitude)) if dimension else None


@cache
def _registry() -> pint.UnitRegistry[float]:
    import pint

    return pint.UnitRegistry()
