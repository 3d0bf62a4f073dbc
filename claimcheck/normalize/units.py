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
from claimcheck.normalize.intervals import scale
from claimcheck.normalize.words import spaced as words

if TYPE_CHECKING:
    import pint

# The word after a figure that may be its unit: 'km', 'km/h', 'm/s', 'sq', '-mile'.
UNIT_AFTER = re.compile(
    r"(?:\s?-\s?|\s)?(?P<unit>[A-Za-zµ]*(?i:watt)s?[-\s]hours?|[A-Za-zµ]+(?:/[A-Za-z]+)?)\b"
)
# A unit of time a unit is divided by, written out: '30 kilometres an hour', '5 m per second'.
PER_TIME = re.compile(r"\s+(?:an?|per)\s+(?P<time>hour|minute|second)\b", re.IGNORECASE)
# The dimensions compared, as pint names them. Not time (durations are read apart), not
# temperature (its scales have offsets) and not dimensionless ones ('percent'; bits are below).
DIMENSIONS = {
    "[length]": "length",
    "[mass]": "mass",
    "[length] ** 2": "area",
    "[length] ** 3": "volume",
    "[length] / [time]": "speed",
    "[mass] * [length] ** 2 / [time] ** 2": "energy",
    "[mass] * [length] ** 2 / [time] ** 3": "power",
}
# pint counts bits as no dimension, so data and its rate are told by their base units: '25
# Mbps' and '25 megabits per second' are one rate, '4 GB' and '4,000 MB' one size.
DATA = {"bit": "data", "bit / second": "data rate"}
DIMENSION_NAMES = frozenset(DIMENSIONS.values()) | frozenset(DATA.values())
# What a unit of those dimensions is written as: a symbol of one to three letters ('km',
# 'mph', 'kW'), a rate ('km/h'), or a spelled unit with its prefix and plural.
MAY_BE_UNIT = re.compile(
    r"[A-Za-zµ]{1,3}|\w+/\w+"
    r"|[kMGT]bps"
    r"|(?i:(?:kilo|centi|milli|mega|giga)?(?:met(?:er|re)|gram|lit(?:er|re)|watt|joule)s?"
    r"|(?:kilo|mega|giga|tera)?(?:bit|byte)s?"
    r"|(?:kilo|mega|giga|tera)?watts?[-\s]hours?"
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


# The unit of a height written in feet and inches ('5'10"'), which is read whole.
INCHES = "inches"
# Unit symbols, as written in their case: a figure may carry one glued to it ('5km', '80kg',
# '3.5GHz') or written in capitals after it ('4 GB', '230 V'). Not 's' ('1990s'), 'm' (metres
# or millions), 't', 'K', 'B', 'G', 'A', 'N' or 'D' ('5G', '4K', '3D', '45N'), which are
# names or other units as often.
SYMBOLS = words(
    "mm cm km nm µm μm ft yd mi mg g kg KG Kg µg μg mcg lb lbs oz ml mL l L cl cL dl dL "
    "ms µs μs ns min mins hr hrs sec secs mph kph kmh W kW MW GW TW Wh kWh MWh GWh TWh "
    "J kJ MJ cal kcal hp V mV kV mA mAh Ah Hz kHz MHz GHz KB kB MB GB TB PB Kb Mb Gb "
    "Mbit Gbit bps kbps Mbps Gbps Pa kPa MPa hPa psi bar dB"
)
# Degrees Celsius as British news writes them: '30C', '30-35C'.
CELSIUS = "C"
# Words that say a figure before them is a size: '1.8m tall', '2.4m high'.
SIZE_WORDS = words("tall long high wide deep thick across away")
# A symbol glued to its figure ('5km', '100km/h'); 'm' only at the end of a clause ('ran
# 100m.') or before a word of size ('1.8m tall'), where it cannot be millions of something.
GLUED = re.compile(
    rf"(?:{'|'.join(sorted(SYMBOLS | {CELSIUS}, key=len, reverse=True))})(?:/[A-Za-z]+)?(?![\w/])"
    rf"|m(?:/s)?(?=\s*(?:[.,;:!?)]|$)|\s+(?:{'|'.join(sorted(SIZE_WORDS))})\b)"
)


@dataclass(frozen=True)
class Physical:
    """A figure's unit as pint reads it: its dimension, and the factor to base units."""

    unit: str
    dimension: str
    factor: float

    def scaled(self, interval: Interval) -> Interval:
        """Return an interval in this unit as the same interval in base units."""
        return scale(interval, self.factor)


def physical(text: str, end: int, *, per_time: bool = True) -> Physical | None:
    """Return the physical unit written right after a figure that ends at `end`, or None;
    with `per_time` false, without the unit of time it may be divided by ('calories' of
    '250 calories an hour').

    Only a word that may be a unit (a symbol, or a spelled unit of the dimensions above) is
    looked up, so a text of soldiers and cars never loads pint."""
    m = UNIT_AFTER.match(text, end)
    if m is None or m.group("unit").lower() in NOT_UNITS or not MAY_BE_UNIT.fullmatch(m["unit"]):
        return None
    per = PER_TIME.match(text, m.end()) if per_time else None
    unit = re.sub(r"s?[-\s]", "_", m["unit"])  # 'kilowatt-hours' as pint writes it
    return _resolve(f"{unit}/{per['time']}" if per else unit)


def per_time(text: str, end: int) -> bool:
    """Tell whether the unit after a figure is divided by a unit of time written out: '250
    calories an hour', '30 kilometres per hour'."""
    m = UNIT_AFTER.match(text, end)
    return m is not None and PER_TIME.match(text, m.end()) is not None


def physical_of(unit: str | None, text: str, end: int) -> Physical | None:
    """Return the physical unit of a figure that ends at `end` and was read with `unit`: the
    unit its own span writes ('5'10"', read in INCHES), or else the word right after it."""
    return _resolve(INCHES) if unit == INCHES else physical(text, end)


@cache
def _resolve(unit: str) -> Physical | None:
    import pint

    try:
        base = _registry().Quantity(1, unit).to_base_units()
    except (pint.errors.PintError, AttributeError, TypeError, ValueError):
        return None
    dimension = DIMENSIONS.get(str(base.dimensionality)) or DATA.get(str(base.units))
    return Physical(unit, dimension, float(base.magnitude)) if dimension else None


@cache
def _registry() -> pint.UnitRegistry[float]:
    import pint

    return pint.UnitRegistry()
