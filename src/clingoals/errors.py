"""The one exception family. Messages are written for clinicians, not engineers.

The CLI prints ``str(error)`` on one stderr line and exits with status 1.
"""


def sentence(text: str) -> str:
    """A message ending as a sentence does, so another can follow it."""
    text = str(text).rstrip()
    return text if text.endswith((".", "!", "?")) else text + "."


class ClingoalsError(Exception):
    """Any error the user can act on."""


class InvalidInput(ClingoalsError):
    """A value the user typed cannot be used."""


class AmbiguousChoice(InvalidInput):
    """A part of a name that matches several: ``choices`` is [(name, what
    it is)] for each, so a terminal can offer them as a numbered question."""

    def __init__(self, message: str, choices: list[tuple[str, str]]):
        super().__init__(message)
        self.choices = choices


class DateError(InvalidInput):
    """A date phrase could not be understood."""


class NotFound(ClingoalsError):
    """An id or name that does not exist."""


class StoreError(ClingoalsError):
    """The database cannot be opened or used safely."""
