"""Statements: what each figure, date and age is about, of whom, when, by whose account.

Code proposes every field from a dependency parse; the model is asked only to pick whom a
pronoun names, among the few names code found before it.
"""

from claimcheck.statements.build import restated, statements

__all__ = ["restated", "statements"]
