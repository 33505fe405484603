"""Line editing for answers typed at a terminal, with GNU readline when
Python has it: an answer to correct can be put on the input line ready to
edit (not only offered as a default to retype), and the line being typed
when Ctrl-C is pressed can be read back, so a conversation can keep it.

Readline only edits what ``input()`` reads when standard input and standard
output are both the terminal (the prompt is then written to stdout, which is
that same terminal); otherwise, or with libedit or no readline at all,
:func:`available` is false and callers ask as before (the text to correct
becomes the default that Enter keeps, and a half-typed line is not known).
"""

from __future__ import annotations

import contextlib
import sys
from typing import Iterator

_used = False  # whether readline read the last answer (so its line buffer is that answer's)


def _readline():
    try:
        import readline
    except ImportError:  # Windows, or a Python built without it
        return None
    if "libedit" in (readline.__doc__ or ""):  # macOS system Python: no dependable line buffer
        return None
    return readline


def _on_terminal(stream, fd: int) -> bool:
    try:
        return stream.fileno() == fd and stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def available() -> bool:
    """Whether answers typed now are read through GNU readline."""
    return _on_terminal(sys.stdin, 0) and _on_terminal(sys.stdout, 1) and _readline() is not None


@contextlib.contextmanager
def editing(prefill: str | None = None) -> Iterator[None]:
    """While one answer is read through readline: ``prefill`` waits on the
    input line, editable, when the prompt appears."""
    global _used
    readline = _readline()
    if prefill:
        readline.set_startup_hook(lambda: readline.insert_text(prefill))
    _used = True
    try:
        yield
    finally:
        if prefill:
            readline.set_startup_hook(None)


def not_through_readline() -> None:
    """The next answer is read without readline: its line buffer says nothing about it."""
    global _used
    _used = False


def interrupted_line() -> str | None:
    """What was on the input line when the last answer was interrupted
    (Ctrl-C): '' when nothing was typed; None when it can't be known (the
    answer wasn't read through readline)."""
    if not _used:
        return None
    readline = _readline()
    return readline.get_line_buffer() if readline is not None else None
