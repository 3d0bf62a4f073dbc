"""Text → Claims: code reads and proposes, the model picks among a few candidates."""

from claimcheck.extract.ask import Chooser
from claimcheck.extract.claims import extract

__all__ = ["Chooser", "extract"]
